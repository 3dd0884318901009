"""Commands about one message: track its thread (a known application, or a new one), stop
its application; each once, in one transaction, with a sentence saying what happened."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP

from factories import CORPUS, POLICY, engine_settings
from followup.engine import application_of_message, process_message, tick
from followup.mail import parse
from followup.mailcontrol import STOP, TRACK, MailCommand, apply_mail_command
from followup.model import State
from followup.store import Store

SETTINGS = engine_settings()


def _note(subject: str, sender: str, message_id: str, reply_to: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "dana.whitfield@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 02 Mar 2026 10:00:00 +0100"
    msg["Message-ID"] = message_id
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    msg.set_content("Hi Dana,\nlovely to chat yesterday. Let's stay in touch.\nMarta\n")
    return msg.as_bytes(policy=SMTP)


def _read_acme(store: Store) -> bytes:
    raw = (CORPUS / "acme-1.eml").read_bytes()
    when = parse(raw).date
    assert when is not None
    tick(store, POLICY, when)
    process_message(
        store, SETTINGS, folder="INBOX", uidvalidity=1, uid=1, raw=raw,
        now=when + timedelta(minutes=1),
    )  # fmt: skip
    return raw


def test_tracking_a_message_no_application_knows_starts_one(store: Store) -> None:
    raw = _note("Coffee next week?", "Marta Nowak <marta@kestrel-labs.example>", "<c1@kestrel>")
    now = parse(raw).date
    assert now is not None
    said = apply_mail_command(store, SETTINGS, MailCommand(TRACK, raw, "Followup/Track UID 1"), now)
    [app] = store.applications()
    assert app.state == State.TRACKING
    assert "c1@kestrel" in app.thread_ids
    assert "kestrel-labs.example" in app.company_domains
    assert said.startswith("Followup/Track UID 1: 'Coffee next week?'")
    # Again, an hour later: nothing changes, nothing new is made.
    later = now + timedelta(hours=1)
    again = apply_mail_command(store, SETTINGS, MailCommand(TRACK, raw, "here"), later)
    assert "already tracked" in again
    assert len(store.applications()) == 1
    assert store.applications()[0].last_event_at == now


def test_a_reply_on_a_tracked_thread_then_belongs_to_it(store: Store) -> None:
    raw = _note("Coffee next week?", "Marta Nowak <marta@kestrel-labs.example>", "<c1@kestrel>")
    now = parse(raw).date
    assert now is not None
    apply_mail_command(store, SETTINGS, MailCommand(TRACK, raw, "here"), now)
    reply = _note("Re: Coffee", "Marta <m@gmail.example>", "<c2@kestrel>", "<c1@kestrel>")
    _, app, reason = application_of_message(store, SETTINGS, parse(reply))
    assert app is not None and app.id == store.applications()[0].id
    assert "thread" in reason


def test_stop_by_mail_stops_the_application_of_its_thread(store: Store) -> None:
    raw = _read_acme(store)
    [app] = store.applications()
    now = app.created + timedelta(days=1)
    said = apply_mail_command(store, SETTINGS, MailCommand(STOP, raw, "INBOX UID 1"), now)
    stopped = store.application(app.id)
    assert stopped is not None and stopped.state == State.STOPPED
    assert "stopped by you" in said
    assert "already stopped" in apply_mail_command(
        store, SETTINGS, MailCommand(STOP, raw, "INBOX UID 1"), now
    )


def test_tracking_a_stopped_application_resumes_it(store: Store) -> None:
    raw = _read_acme(store)
    [app] = store.applications()
    now = app.created + timedelta(days=1)
    apply_mail_command(store, SETTINGS, MailCommand(STOP, raw, "x"), now)
    said = apply_mail_command(store, SETTINGS, MailCommand(TRACK, raw, "x"), now)
    resumed = store.application(app.id)
    assert resumed is not None and resumed.state == app.state
    assert "resumed" in said


def test_stopping_a_message_of_no_application_does_nothing(store: Store) -> None:
    raw = _note("Hello", "Someone <someone@elsewhere.example>", "<n1@elsewhere>")
    now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    said = apply_mail_command(store, SETTINGS, MailCommand(STOP, raw, "Followup/Stop UID 3"), now)
    assert "belongs to no tracked application; nothing to stop" in said
    assert store.applications() == []


def test_an_unreadable_message_is_said_so(store: Store) -> None:
    now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    said = apply_mail_command(store, SETTINGS, MailCommand(TRACK, b"", "Followup/Track UID 4"), now)
    assert said.startswith("Followup/Track UID 4: the message cannot be read (")
    assert said.endswith("nothing done")
    assert store.applications() == []
