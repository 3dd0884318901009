"""Notices by SMTP and the daily digest: the smtp and notices config sections, whose login is
used, and the digest decided once per local day.

Sending itself is proved against aiosmtpd in tests/integration/test_smtp.py; here a stand-in
for aiosmtplib's client shows how each of its answers becomes a Delivery or a NotifyError.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time, timedelta
from pathlib import Path
from typing import Any

import pytest
from factories import ANA, at
from followup.config import ConfigError, Notices, SmtpSecurity, config_from_yaml
from followup.machine import new_application
from followup.model import Action, ActionKind, State
from followup.notify import (
    DIGEST_STEP,
    Delivery,
    Login,
    Notifier,
    NotifyError,
    NotifyRefused,
    Refusal,
    digest_id,
    due_digest,
    smtp_login,
    tls_context,
)
from followup.secrets import Secret
from followup.store import Store
from followup.yamlfile import load_text

ACCOUNTS = (
    "accounts:\n"
    "  - {name: personal, imap: {host: imap.example.org}, username: dana, "
    "password_command: 'echo imap-secret'}\n"
    "  - {name: work, imap: {host: imap.work.example}, username: d.w, keyring: true}\n"
    "profile: {name: Dana, email: dana@example.org}\n"
)


def config(text: str) -> Any:
    return config_from_yaml(load_text(ACCOUNTS + text, "config.yaml"), Path("config.yaml"))


def test_smtp_reuses_the_first_accounts_login_by_default() -> None:
    loaded = config("smtp:\n  host: smtp.example.org\n")
    smtp = loaded.smtp
    assert (smtp.port, smtp.security, smtp.login_account) == (465, SmtpSecurity.TLS, "personal")
    login = smtp_login(smtp, loaded.accounts)
    assert login.username == "dana"
    assert login.secret().value == "imap-secret"  # the account's own password_command
    assert "imap-secret" not in repr(login.secret())


def test_smtp_may_have_a_login_of_its_own() -> None:
    loaded = config(
        "smtp:\n  host: smtp.example.org\n  security: starttls\n  login_account: work\n"
        "  username: dana@smtp\n  password_command: echo smtp-secret\n  timeout: 10s\n"
    )
    smtp = loaded.smtp
    assert (smtp.port, smtp.security, smtp.timeout_seconds) == (587, SmtpSecurity.STARTTLS, 10)
    login = smtp_login(smtp, loaded.accounts)
    assert (login.username, login.secret().value) == ("dana@smtp", "smtp-secret")


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("smtp:\n  host: h\n  security: none\n", ":7:", "tls (port 465) or starttls"),
        ("smtp:\n  host: h\n  password: hunter2\n", ":7:", "secret itself"),
        ("smtp:\n  host: h\n  login_account: nope\n", ":7:", "no account named 'nope'"),
        ("smtp:\n  host: h\n  ca_file: /nonexistent/ca.pem\n", ":7:", "does not exist"),
        ("smtp:\n  port: 465\n", ":6:", "host"),
        ('notices:\n  digest: "25:00"\n', ":6:", "time of day"),
        ("notices:\n  each: false\n", ":6:", "needs a digest time"),
    ],
)
def test_mistakes_in_smtp_and_notices_name_the_line(text: str, where: str, words: str) -> None:
    with pytest.raises(ConfigError) as caught:
        config(text)
    assert where in str(caught.value) and words in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_notices_read_each_and_the_digest_time() -> None:
    assert config("").notices == Notices(each=True, digest=None)
    loaded = config('notices:\n  each: false\n  digest: "18:30"\n')
    assert loaded.notices == Notices(each=False, digest=time(18, 30))


def test_the_tls_context_checks_certificates(tmp_path: Path) -> None:
    loaded = config("smtp:\n  host: smtp.example.org\n")
    context = tls_context(loaded.smtp, loaded.accounts)
    assert context.check_hostname and context.verify_mode.name == "CERT_REQUIRED"


# --- the digest --------------------------------------------------------------------------------

DIGEST = Notices(each=False, digest=time(18, 0))
ZONE = "Europe/Berlin"


def busy_day(store: Store) -> None:
    app = replace(
        new_application("acme-1", at(2), "Acme", "Data Engineer"),
        state=State.INTERVIEWED,
        interviewers=(ANA,),
        last_event="interview over",
        last_event_at=at(4, 11),
    )
    offer = Action(
        "acme-1.r1.notice:offer", "acme-1", ActionKind.NOTICE, "notice:offer", 1, at(4, 12),
        notice="An offer from Acme! Congratulations.",
    )  # fmt: skip
    thanks = Action(
        "acme-1.r1.thank_you", "acme-1", ActionKind.DRAFT_THANK_YOU, "thank_you", 1, at(4, 12)
    )
    with store.transaction():
        store.save_application(app, None)
        store.add_actions([offer, thanks])
        store.finish_action(thanks.id, "done", at(4, 12), "draft written")


def test_no_digest_before_its_time_or_without_one(store: Store) -> None:
    busy_day(store)
    assert due_digest(store, at(4, 17, 59), DIGEST, ZONE) is None
    assert due_digest(store, at(4, 20), Notices(), ZONE) is None


def test_the_digest_is_decided_once_per_day_across_restarts(store: Store, tmp_path: Path) -> None:
    busy_day(store)
    digest = due_digest(store, at(4, 18, 1), DIGEST, ZONE)
    assert digest is not None and digest.id == digest_id(at(4).date()) == "digest.2026-03-04"
    assert digest.kind == ActionKind.NOTICE and digest.step == DIGEST_STEP
    text = digest.notice
    assert text.startswith("Your applications, Wednesday 4 March")
    assert "Acme: interviewed (interview over)" in text
    assert "An offer from Acme! Congratulations." in text
    assert "thank-you for Acme" in text
    assert due_digest(store, at(4, 23), DIGEST, ZONE) is None
    store.close()
    again = Store.open(tmp_path / "state.sqlite3")  # the same file: a restart
    assert due_digest(again, at(4, 23, 30), DIGEST, ZONE) is None
    assert [e.action.id for e in again.outbox("pending")].count("digest.2026-03-04") == 1


def test_a_quiet_day_is_recorded_without_a_message(store: Store) -> None:
    digest = due_digest(store, at(4, 18, 1), DIGEST, ZONE)
    assert digest is not None and digest.notice == ""
    [entry] = store.outbox()
    assert entry.status == "done" and "nothing happened" in (entry.result or "")


def test_the_next_digest_covers_only_what_came_after(store: Store) -> None:
    busy_day(store)
    assert due_digest(store, at(4, 18, 1), DIGEST, ZONE) is not None
    tomorrow = due_digest(store, at(5, 18, 1), DIGEST, ZONE)
    assert tomorrow is not None and tomorrow.notice == ""  # nothing new since yesterday's
    assert tomorrow.created - timedelta(days=1) == at(4, 18, 1)


def test_a_maildir_account_has_no_login_to_lend(tmp_path: Path) -> None:
    text = (
        f"accounts:\n  - {{name: local, maildir: {tmp_path}}}\n"
        "profile: {name: Dana, email: dana@example.org}\n"
        "smtp:\n  host: smtp.example.org\n"
    )
    with pytest.raises(ConfigError) as caught:
        config_from_yaml(load_text(text, "config.yaml"), Path("config.yaml"))
    assert "config.yaml:5" in str(caught.value) and "own username" in str(caught.value)
    text += "  username: dana\n  password_command: echo secret\n"
    loaded = config_from_yaml(load_text(text, "config.yaml"), Path("config.yaml"))
    assert smtp_login(loaded.smtp, loaded.accounts).username == "dana"


# --- what the SMTP server's answers become -------------------------------------------------------


class FakeSmtp:
    """Stands in for aiosmtplib.SMTP: logs in, then answers the message as `outcome` says
    (a (errors, answer) tuple like send_message's, or an exception to raise)."""

    outcome: object = ({}, "250 OK queued")

    def __init__(self, **options: object) -> None:
        self.is_connected = False

    async def connect(self) -> None:
        self.is_connected = True

    async def login(self, username: str, password: str) -> None:
        pass

    async def send_message(self, message: object, **options: object) -> object:
        if isinstance(FakeSmtp.outcome, BaseException):
            raise FakeSmtp.outcome
        return FakeSmtp.outcome

    async def quit(self) -> None:
        self.is_connected = False

    def close(self) -> None:
        self.is_connected = False


@pytest.fixture
def fake_smtp(monkeypatch: pytest.MonkeyPatch) -> Notifier:
    import aiosmtplib

    monkeypatch.setattr(aiosmtplib, "SMTP", FakeSmtp)
    monkeypatch.setattr(FakeSmtp, "outcome", ({}, "250 OK queued"))
    smtp = config("smtp:\n  host: smtp.example.org\n").smtp
    return Notifier(smtp, Login("dana", lambda: Secret("password", "pw")), tls_context(smtp))


MESSAGE = b"From: dana@example.org\r\nTo: rita@acme.example\r\nSubject: x\r\n\r\nhi\r\n"
TWO = ["rita@acme.example", "nobody@acme.example"]


def test_recipients_refused_while_the_message_was_taken_are_reported(
    fake_smtp: Notifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aiosmtplib import SMTPResponse

    refused = {"nobody@acme.example": SMTPResponse(550, "5.1.1 no such user")}
    monkeypatch.setattr(FakeSmtp, "outcome", (refused, "250 OK queued"))
    delivery = fake_smtp.deliver(MESSAGE, "dana@example.org", TWO)
    assert delivery == Delivery(
        "250 OK queued", (Refusal("nobody@acme.example", 550, "5.1.1 no such user"),)
    )
    assert str(delivery.refused[0]) == "nobody@acme.example (550 5.1.1 no such user)"
    # A notice to the user's own address keeps its plain answer.
    assert fake_smtp.send(MESSAGE, "dana@example.org", TWO) == "250 OK queued"


def test_a_message_taken_for_everyone_has_no_refusals(fake_smtp: Notifier) -> None:
    assert fake_smtp.deliver(MESSAGE, "dana@example.org", TWO) == Delivery("250 OK queued")
    assert fake_smtp.send(MESSAGE, "dana@example.org", ["dana@example.org"]) == "250 OK queued"


def test_only_a_link_lost_during_the_transaction_may_have_delivered(
    fake_smtp: Notifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    import aiosmtplib

    lost: tuple[Exception, ...] = (
        aiosmtplib.SMTPServerDisconnected("Connection lost"),
        aiosmtplib.SMTPReadTimeoutError("Timed out"),
        ConnectionResetError(),
    )
    for error in lost:
        monkeypatch.setattr(FakeSmtp, "outcome", error)
        with pytest.raises(NotifyError) as caught:
            fake_smtp.deliver(MESSAGE, "dana@example.org", TWO)
        assert caught.value.maybe_accepted and not isinstance(caught.value, NotifyRefused)
    answered: tuple[Exception, ...] = (
        aiosmtplib.SMTPDataError(451, "4.3.0 try again later"),
        aiosmtplib.SMTPDataError(554, "5.7.1 rejected as spam"),
        aiosmtplib.SMTPRecipientsRefused(
            [aiosmtplib.SMTPRecipientRefused(550, "5.1.1 no such user", r) for r in TWO]
        ),
        aiosmtplib.SMTPNotSupported("SMTPUTF8 is not supported by this server"),
    )
    for error in answered:  # the server said no, or it was never asked: nothing went out
        monkeypatch.setattr(FakeSmtp, "outcome", error)
        with pytest.raises(NotifyError) as caught:
            fake_smtp.deliver(MESSAGE, "dana@example.org", TWO)
        assert not caught.value.maybe_accepted, error
    monkeypatch.setattr(FakeSmtp, "outcome", answered[2])
    with pytest.raises(NotifyRefused, match="nobody@acme.example: 550 5.1.1 no such user"):
        fake_smtp.deliver(MESSAGE, "dana@example.org", TWO)


def test_a_draft_decided_before_yesterdays_digest_and_written_after_it_is_in_todays(
    store: Store,
) -> None:
    """A batched reference heads-up is decided when the first interview is confirmed and
    written the day before it: the digest tells it on the day it lands in Drafts."""
    app = new_application("acme-1", at(2), "Acme", "Data Engineer")
    heads_up = Action(
        "acme-1.r1.reference_heads_up",
        "acme-1",
        ActionKind.DRAFT_REFERENCE_HEADS_UP,
        "reference_heads_up",
        1,
        at(3, 10),
    )
    with store.transaction():
        store.save_application(app, None)
        store.add_actions([heads_up])
    assert due_digest(store, at(3, 18, 1), DIGEST, ZONE) is not None  # not written yet
    with store.transaction():
        store.finish_action(heads_up.id, "done", at(4, 9), "draft written")
    today = due_digest(store, at(4, 18, 1), DIGEST, ZONE)
    assert today is not None and "for Acme" in today.notice
    later = due_digest(store, at(5, 18, 1), DIGEST, ZONE)
    assert later is not None and "for Acme" not in later.notice  # told once


def test_an_address_aiosmtplib_cannot_read_is_refused_and_surely_not_sent(
    fake_smtp: Notifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FakeSmtp, "outcome", ValueError("Invalid address 'x@'"))
    with pytest.raises(NotifyRefused) as caught:
        fake_smtp.deliver(MESSAGE, "dana@example.org", ["x@"])
    assert not caught.value.maybe_accepted and "x@" in str(caught.value)
