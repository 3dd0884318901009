"""Send later against a real Dovecot and a real SMTP server (aiosmtpd, implicit TLS): a marked
draft goes out once at its moment, is filed in Sent, and leaves Drafts; unmarked, disabled,
refused, killed between the server's 250 and the commit, restarted: never twice."""

from __future__ import annotations

import email
import multiprocessing
import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cyrus import Cyrus
from dovecot import Dovecot
from followup.config import Account, Profile, SendLater, SmtpSecurity
from followup.imap import DRAFT, SEEN, ImapMailbox
from followup.model import ActionKind
from followup.notify import Delivery, Notifier
from followup.sendlater import SendLaterJob
from followup.store import SendRequest, Store
from followup.timing import WorkCalendar
from loopback import PlainSecret, Tls
from smtpserver import Inbox, notifier, smtp_server
from testmail import connected, flags_of, folder_messages, uids_in

pytestmark = pytest.mark.integration

BERLIN = ZoneInfo("Europe/Berlin")
PROFILE = Profile(name="Dana Whitfield", email="dana@example.org")
ON = SendLater(enabled=True, zones=(("acme.example", "Europe/Berlin"),))
USER = WorkCalendar(zone="America/New_York")  # the user is elsewhere: their time counts
MONDAY_NIGHT = datetime(2026, 3, 2, 23, 0, tzinfo=BERLIN)
TUESDAY_NINE = datetime(2026, 3, 3, 9, 0, tzinfo=BERLIN)
KEYWORD = b"$FollowupSend"


def draft(body: str = "Thank you for your time today.\n", *, bcc: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Dana Whitfield <dana@example.org>"
    msg["To"] = "Rita Recruiter <rita@acme.example>"
    msg["Cc"] = "sam@acme.example"
    if bcc:
        msg["Bcc"] = bcc
    msg["Subject"] = "Re: Interview at Acme – thank you"
    msg["Date"] = "Mon, 02 Mar 2026 22:50:00 +0100"
    msg["Message-ID"] = "<thanks.1@example.org>"
    msg["X-Followup-Action"] = "acme-1.r1.thank_you"
    msg.set_content(body)
    return msg.as_bytes(policy=policy.SMTP)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "state.sqlite3") as opened:
        yield opened


@pytest.fixture
def smtp(dovecot_tls: Tls) -> Iterator[tuple[Inbox, Notifier]]:
    with smtp_server(dovecot_tls, "tls") as (inbox, port):
        yield inbox, notifier(port, SmtpSecurity.TLS, dovecot_tls.ca_file)


def run(job: SendLaterJob, dovecot: Dovecot, now: datetime) -> list[str]:
    with connected(dovecot) as box:
        folders = box.find_folders()
        return job.run(box, folders.drafts, folders.sent, now, USER)


def send_folder(dovecot: Dovecot) -> str:
    """The server's name for Followup/Send (its delimiter may be '.'), made if missing."""
    with connected(dovecot) as box:
        name = box.own_folder(("Followup", "Send"), create=True)
    assert name is not None
    return name


def job_of(store: Store, sender: Notifier, settings: SendLater = ON) -> SendLaterJob:
    return SendLaterJob(settings, store, "personal", PROFILE, sender)


def test_a_draft_marked_with_the_keyword_is_sent_once_at_9_their_time(
    dovecot: Dovecot, smtp: tuple[Inbox, Notifier], store: Store
) -> None:
    inbox, sender = smtp
    dovecot.deliver("Drafts", draft(bcc="me@example.org"), flags=(DRAFT, SEEN, KEYWORD))
    other = dovecot.deliver("Drafts", draft().replace(b"thanks.1", b"thanks.2"), flags=(DRAFT,))
    job = job_of(store, sender)
    run(job, dovecot, MONDAY_NIGHT)
    run(job, dovecot, TUESDAY_NINE - timedelta(minutes=1))
    assert inbox.messages == []
    run(job, dovecot, TUESDAY_NINE)
    run(job, dovecot, TUESDAY_NINE + timedelta(minutes=10))
    [(mail_from, recipients, wire)] = inbox.messages
    assert mail_from == "dana@example.org"
    assert recipients == ["rita@acme.example", "sam@acme.example", "me@example.org"]
    sent = email.message_from_bytes(wire, policy=policy.default)
    assert sent["Bcc"] is None and sent["X-Followup-Action"] is None
    assert sent["Message-ID"] == "<thanks.1@example.org>"
    assert sent["Date"] == "Tue, 03 Mar 2026 09:00:00 +0100"
    [(_, flags, copy)] = folder_messages(dovecot, "Sent")
    assert SEEN in flags and DRAFT not in flags and KEYWORD not in flags
    assert copy["Message-ID"] == "<thanks.1@example.org>" and "me@example.org" in copy["Bcc"]
    assert uids_in(dovecot, "Drafts") == [other]  # the sent draft is gone, the other stays
    [request] = store.send_requests("personal")
    assert request.status == "sent" and request.filed_at is not None and request.raw is None


def test_a_draft_put_into_followup_send_is_sent_the_same_way(
    dovecot: Dovecot, smtp: tuple[Inbox, Notifier], store: Store
) -> None:
    inbox, sender = smtp
    job = job_of(store, sender)
    run(job, dovecot, MONDAY_NIGHT)  # makes the folder, as a client would then show it
    original = dovecot.deliver("Drafts", draft(), flags=(DRAFT, SEEN))
    folder = send_folder(dovecot)
    dovecot.deliver(folder, draft(), flags=(DRAFT, SEEN))  # the user copied it there
    run(job, dovecot, MONDAY_NIGHT + timedelta(minutes=5))
    assert inbox.messages == []
    run(job, dovecot, TUESDAY_NINE)
    assert len(inbox.messages) == 1
    assert uids_in(dovecot, folder) == []
    assert original not in uids_in(dovecot, "Drafts")  # the unchanged original too
    assert len(uids_in(dovecot, "Sent")) == 1


def test_unmarking_before_the_moment_cancels_and_sends_nothing(
    dovecot: Dovecot, smtp: tuple[Inbox, Notifier], store: Store
) -> None:
    inbox, sender = smtp
    uid = dovecot.deliver("Drafts", draft(), flags=(DRAFT, KEYWORD))
    moved = dovecot.deliver("Drafts", draft().replace(b"thanks.1", b"thanks.3"), flags=(DRAFT,))
    job = job_of(store, sender)
    run(job, dovecot, MONDAY_NIGHT)
    folder = send_folder(dovecot)
    dovecot.deliver(folder, draft().replace(b"thanks.1", b"thanks.3"))
    run(job, dovecot, MONDAY_NIGHT + timedelta(minutes=1))
    assert len(store.send_requests("personal", ("scheduled",))) == 2
    with dovecot.client() as client:  # the keyword off, the copy moved back out
        client.select_folder("Drafts")
        client.remove_flags([uid], [KEYWORD])
        client.select_folder(folder)
        [copy] = client.search("ALL")
        client.delete_messages([copy])
        client.uid_expunge([copy])
    run(job, dovecot, TUESDAY_NINE)
    assert inbox.messages == [] and uids_in(dovecot, "Sent") == []
    assert {r.status for r in store.send_requests("personal")} == {"cancelled"}
    assert uids_in(dovecot, "Drafts") == [uid, moved] and flags_of(dovecot, "Drafts", uid) == (
        DRAFT,
    )


def test_disabled_the_marked_drafts_are_left_alone(
    dovecot: Dovecot, smtp: tuple[Inbox, Notifier], store: Store
) -> None:
    inbox, sender = smtp
    uid = dovecot.deliver("Drafts", draft(), flags=(DRAFT, KEYWORD))
    run(job_of(store, sender, SendLater(enabled=False)), dovecot, TUESDAY_NINE)
    assert inbox.messages == [] and inbox.logins == []
    assert uids_in(dovecot, "Drafts") == [uid] and KEYWORD in flags_of(dovecot, "Drafts", uid)
    with dovecot.client() as client:
        assert not any("Followup" in name for _, _, name in client.list_folders())
    assert store.send_requests() == []


def test_a_restart_sends_nothing_twice(
    dovecot: Dovecot, smtp: tuple[Inbox, Notifier], store: Store, tmp_path: Path
) -> None:
    inbox, sender = smtp
    dovecot.deliver("Drafts", draft(), flags=(DRAFT, KEYWORD))
    run(job_of(store, sender), dovecot, TUESDAY_NINE)
    # The user's client put the draft back (an undo, a sync): the same Message-ID, marked.
    dovecot.deliver("Drafts", draft(), flags=(DRAFT, KEYWORD))
    with Store.open(tmp_path / "state.sqlite3") as reopened:  # a new process, the same state
        run(job_of(reopened, sender), dovecot, TUESDAY_NINE + timedelta(hours=1))
        run(job_of(reopened, sender), dovecot, TUESDAY_NINE + timedelta(days=1))
    assert len(inbox.messages) == 1 and len(uids_in(dovecot, "Sent")) == 1


class Crash(BaseException):
    """The process dying at this instant."""


def test_a_crash_after_sent_is_recorded_files_the_copy_once_after_the_restart(
    dovecot: Dovecot, smtp: tuple[Inbox, Notifier], store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, sender = smtp
    dovecot.deliver("Drafts", draft(), flags=(DRAFT, KEYWORD))
    appended: list[str] = []
    real_append = ImapMailbox.append

    def append_then_die(self: ImapMailbox, folder: str, raw: bytes, *a: object, **k: object):  # type: ignore[no-untyped-def]
        real_append(self, folder, raw, *a, **k)  # type: ignore[arg-type]
        appended.append(folder)
        raise Crash

    monkeypatch.setattr(ImapMailbox, "append", append_then_die)
    with pytest.raises(Crash):
        run(job_of(store, sender), dovecot, TUESDAY_NINE)
    monkeypatch.setattr(ImapMailbox, "append", real_append)
    assert appended == ["Sent"] and store.send_requests()[0].status == "sent"
    run(job_of(store, sender), dovecot, TUESDAY_NINE + timedelta(minutes=5))
    assert len(inbox.messages) == 1 and len(uids_in(dovecot, "Sent")) == 1
    assert uids_in(dovecot, "Drafts") == []


def _send_and_die(state: str, fields: dict[str, object], port: int, ca: str, password: str) -> None:
    """In a child process: run the job, and die (os._exit, like SIGKILL: no cleanup, no
    commit) right after the SMTP server answered 250."""
    real = notifier(port, SmtpSecurity.TLS, Path(ca))

    def send_then_die(raw: bytes, sender: str, recipients: list[str]) -> Delivery:
        real.deliver(raw, sender, recipients)
        os._exit(9)

    store = Store.open(state)
    box = ImapMailbox(Account(**fields), lambda: PlainSecret("password", password))  # type: ignore[arg-type]
    box.connect()
    folders = box.find_folders()
    SendLaterJob(ON, store, "personal", PROFILE, real, send=send_then_die).run(
        box, folders.drafts, folders.sent, TUESDAY_NINE, USER
    )
    os._exit(0)


def test_killed_between_the_servers_250_and_the_commit_it_is_unsure_never_resent(
    dovecot: Dovecot, smtp: tuple[Inbox, Notifier], dovecot_tls: Tls, tmp_path: Path
) -> None:
    inbox, sender = smtp
    dovecot.deliver("Drafts", draft(), flags=(DRAFT, KEYWORD))
    state = tmp_path / "killed.sqlite3"
    Store.open(state).close()
    account = dovecot.account()
    fields = {name: getattr(account, name) for name in account.__dataclass_fields__}
    port = sender.smtp.port
    context = multiprocessing.get_context("fork")
    child = context.Process(
        target=_send_and_die,
        args=(str(state), fields, port, str(dovecot_tls.ca_file), dovecot.password),
    )
    child.start()
    child.join(60)
    assert child.exitcode == 9, "the child was to die right after the server's 250"
    assert len(inbox.messages) == 1
    with Store.open(state) as store:
        assert store.send_requests()[0].status == "sending"
        said = run(job_of(store, sender), dovecot, TUESDAY_NINE + timedelta(minutes=5))
        run(job_of(store, sender), dovecot, TUESDAY_NINE + timedelta(days=1))
        [request] = store.send_requests()
        notices = [e.action for e in store.outbox() if e.action.kind == ActionKind.NOTICE]
    assert len(inbox.messages) == 1  # never sent twice
    assert request.status == "unsure" and any("unsure" in line for line in said)
    [notice] = notices
    assert "send it again by hand" in notice.notice
    assert uids_in(dovecot, "Drafts") != [] and uids_in(dovecot, "Sent") == []


def test_a_refused_recipient_keeps_the_draft_tells_once_and_does_not_loop(
    dovecot: Dovecot, smtp: tuple[Inbox, Notifier], store: Store
) -> None:
    inbox, sender = smtp
    inbox.refuse = {"rita@acme.example", "sam@acme.example"}
    uid = dovecot.deliver("Drafts", draft(), flags=(DRAFT, KEYWORD))
    job = job_of(store, sender)
    for minutes in (0, 5, 60):
        run(job, dovecot, TUESDAY_NINE + timedelta(minutes=minutes))
    [request] = store.send_requests()
    assert request.status == "refused" and request.attempts == 1
    assert "rita@acme.example: 550" in (request.last_error or "")
    assert inbox.messages == [] and uids_in(dovecot, "Drafts") == [uid]
    notices = [e.action for e in store.outbox() if e.action.kind == ActionKind.NOTICE]
    assert len(notices) == 1 and "rita@acme.example" in notices[0].notice


def test_a_recipient_refused_while_the_other_got_it_is_sent_once_and_told(
    dovecot: Dovecot, smtp: tuple[Inbox, Notifier], store: Store, tmp_path: Path
) -> None:
    inbox, sender = smtp
    inbox.refuse = {"sam@acme.example"}  # RCPT TO answered 550 5.1.1; Rita's is taken
    dovecot.deliver("Drafts", draft(), flags=(DRAFT, KEYWORD))
    job = job_of(store, sender)
    said = run(job, dovecot, TUESDAY_NINE)
    run(job, dovecot, TUESDAY_NINE + timedelta(minutes=5))
    with Store.open(tmp_path / "state.sqlite3") as reopened:  # a restart: still never resent
        reopened_job = SendLaterJob(ON, reopened, "personal", PROFILE, sender)
        with connected(dovecot) as box:
            folders = box.find_folders()
            reopened_job.run(
                box, folders.drafts, folders.sent, TUESDAY_NINE + timedelta(days=1), USER,
                retry_refused=True,
            )  # fmt: skip
    [(mail_from, recipients, wire)] = inbox.messages
    assert (mail_from, recipients) == ("dana@example.org", ["rita@acme.example"])
    assert b"Message-ID: <thanks.1@example.org>" in wire
    [request] = store.send_requests()
    assert request.status == "sent" and request.filed_at is not None
    assert "sam@acme.example (550 5.1.1 no such user here)" in (request.last_error or "")
    assert any("but refused for sam@acme.example" in line for line in said)
    [(_, _, copy)] = folder_messages(dovecot, "Sent")
    assert copy["Message-ID"] == "<thanks.1@example.org>"
    assert uids_in(dovecot, "Drafts") == []
    notices = [e.action for e in store.outbox() if e.action.kind == ActionKind.NOTICE]
    [notice] = notices
    assert "sam@acme.example (550 5.1.1 no such user here)" in notice.notice
    assert "rita@acme.example" not in notice.notice.split("refused it for")[1]
    assert "send it to that person again yourself" in notice.notice


def test_a_link_dropped_after_the_data_is_unsure_and_never_resent(
    dovecot: Dovecot, smtp: tuple[Inbox, Notifier], store: Store
) -> None:
    inbox, sender = smtp
    inbox.hang_up_after_data = True  # the server has the message; we never see its 250
    dovecot.deliver("Drafts", draft(), flags=(DRAFT, KEYWORD))
    job = job_of(store, sender)
    run(job, dovecot, TUESDAY_NINE)
    inbox.hang_up_after_data = False
    run(job, dovecot, TUESDAY_NINE + timedelta(hours=1))
    run(job_of(store, sender), dovecot, TUESDAY_NINE + timedelta(days=1))
    assert len(inbox.messages) == 1
    [request] = store.send_requests()
    assert request.status == "unsure", request.last_error
    assert len([e for e in store.outbox() if e.action.kind == ActionKind.NOTICE]) == 1


def test_the_daemons_cycle_sends_a_marked_draft_and_tells_of_an_unsure_one(
    dovecot: Dovecot, smtp: tuple[Inbox, Notifier], store: Store
) -> None:
    """Through service.Worker.cycle: the worker's outbound carries send_later and the SMTP
    notifier; the effects of the same cycle deliver the notice send later queued."""
    from types import SimpleNamespace

    from followup.config import ControlNames, Notices
    from followup.engine import Settings
    from followup.paths import shipped_rules_dir
    from followup.policy import POLICY_FILE, load_policy
    from followup.runtime import Runtime, load_rules, load_templates
    from followup.service import Worker
    from followup.triage import Hints

    inbox, sender = smtp
    rules_dir = shipped_rules_dir()
    rules = load_rules(rules_dir)
    policy = load_policy(rules_dir / POLICY_FILE, "Europe/Berlin")
    settings = Settings.build("personal", rules, policy, PROFILE.addresses)
    runtime = Runtime(rules_dir, settings, load_templates(rules_dir), Hints.from_rules(rules))
    outbound = SimpleNamespace(
        notifier=sender,
        notices=Notices(),
        news=None,
        control=ControlNames(enabled=False),
        send_later=ON,
    )

    def open_mailbox() -> ImapMailbox:
        box = ImapMailbox(dovecot.account(), dovecot.secret)
        box.connect()
        return box

    worker = Worker(
        dovecot.account(),
        PROFILE,
        store,
        runtime,
        open_mailbox,
        outbound=outbound,  # type: ignore[arg-type]
    )
    dovecot.deliver("Drafts", draft(), flags=(DRAFT, KEYWORD))
    try:
        worker.cycle(MONDAY_NIGHT)
        assert inbox.messages == []
        worker.cycle(TUESDAY_NINE)
        assert len(inbox.messages) == 1 and uids_in(dovecot, "Drafts") == []
        # A request left `sending` by a crash: the next cycle marks it unsure and its notice
        # goes to the user by SMTP in that very cycle.
        lost = SendRequest(
            "personal", "<lost@example.org>", "Drafts", 99, TUESDAY_NINE, TUESDAY_NINE,
            "scheduled", summary="to rita@acme.example: 'Re: lost'",
        )  # fmt: skip
        with store.transaction():
            store.save_send_request(lost)
        with store.transaction():
            store.save_send_request(replace(lost, status="sending"))
        worker.cycle(TUESDAY_NINE + timedelta(minutes=5))
    finally:
        worker.disconnect()
    assert store.send_request("personal", "<lost@example.org>").status == "unsure"  # type: ignore[union-attr]
    [(_, to, notice)] = inbox.messages[1:]
    assert to == [PROFILE.email] and b"send it again by hand" in notice.replace(b"=\r\n", b"")


def test_on_cyrus_both_marks_work_under_its_namespace(
    cyrus: Cyrus, dovecot_tls: Tls, store: Store
) -> None:
    """Cyrus names the folder INBOX.Followup.Send and reports special-use in lower case."""
    with smtp_server(dovecot_tls, "tls") as (inbox, port):
        sender = notifier(port, SmtpSecurity.TLS, dovecot_tls.ca_file)
        job = job_of(store, sender)
        with connected(cyrus) as box:
            folders = box.find_folders()
            folder = box.own_folder(("Followup", "Send"), create=True)
        assert folder == cyrus.folder("Followup.Send")
        cyrus.deliver(folders.drafts, draft(), flags=(DRAFT, KEYWORD))
        cyrus.deliver(folder, draft().replace(b"thanks.1", b"thanks.2"))
        with connected(cyrus) as box:
            job.run(box, folders.drafts, folders.sent, MONDAY_NIGHT, USER)
            job.run(box, folders.drafts, folders.sent, TUESDAY_NINE, USER)
    assert len(inbox.messages) == 2
    assert uids_in(cyrus, folders.drafts) == [] and uids_in(cyrus, folder) == []
    assert len(uids_in(cyrus, folders.sent or "")) == 2
