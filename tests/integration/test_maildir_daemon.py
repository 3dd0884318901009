"""The daemon (`followup run`, a real subprocess) on a Maildir account: a confirmation
dropped into INBOX/new/ becomes a thank-you in Drafts within seconds through the watcher,
and the user's reply saved in Sent moves the application on. And the backend on the Maildir
a real Dovecot serves, checked against what Dovecot's IMAP says.

The daemon runs on the real clock, so the story is dated around now, in a zone where it is
midday (quiet hours never hold the draft back)."""

from __future__ import annotations

import mailbox
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from followup.config import NO_SERVER, Account, Credentials, MaildirLayout, MaildirPlace
from followup.imap import DRAFT, SEEN
from followup.maildir import MaildirMailbox
from followup.store import Store
from testmail import wait_for

pytestmark = pytest.mark.integration

ME = "dana@example.org"
CONFIRMATION_ID = "<confirm-5150@acme-robotics.example>"


def midday_zone() -> str:
    """An Etc/GMT zone where it is about noon now (its sign is POSIX's, the other way round)."""
    offset = 12 - datetime.now(UTC).hour
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"


def confirmation(start: datetime, end: datetime, sent: datetime) -> bytes:
    message = EmailMessage()
    message["From"] = "Priya Raman <priya.raman@acme-robotics.example>"
    message["To"] = f"Dana Whitfield <{ME}>"
    message["Subject"] = "Interview confirmation: Senior Backend Engineer at Acme Robotics"
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = CONFIRMATION_ID
    message.set_content(
        "Hi Dana,\n\nI'm happy to confirm your interview for the Senior Backend Engineer role "
        f"on {start:%A, %d %B at %H:%M}, a 45-minute video call with Jonas Becker, our "
        "Engineering Manager. The calendar invitation is attached.\n\nBest,\nPriya\n"
    )

    def stamp(value: datetime) -> str:
        return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    ics = (
        "BEGIN:VCALENDAR\r\nPRODID:-//Acme//Hiring//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:interview-5150@acme-robotics.example\r\n"
        f"DTSTAMP:{stamp(sent)}\r\nDTSTART:{stamp(start)}\r\nDTEND:{stamp(end)}\r\n"
        "SUMMARY:Interview: Senior Backend Engineer (Dana Whitfield)\r\n"
        "ORGANIZER;CN=Priya Raman:mailto:priya.raman@acme-robotics.example\r\n"
        "ATTENDEE;CN=Jonas Becker:mailto:jonas.becker@acme-robotics.example\r\n"
        f"ATTENDEE;CN=Dana Whitfield:mailto:{ME}\r\nSTATUS:CONFIRMED\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    message.add_attachment(
        ics.encode(), maintype="text", subtype="calendar", params={"method": "REQUEST"},
        filename="invite.ics",
    )  # fmt: skip
    return message.as_bytes(policy=SMTP)


def sent_reply(draft: EmailMessage, when: datetime) -> bytes:
    """What the user's client saves in Sent when the user sends the draft."""
    message = EmailMessage()
    message["From"] = f"Dana Whitfield <{ME}>"
    message["To"] = str(draft["To"])
    message["Subject"] = str(draft["Subject"])
    message["Date"] = format_datetime(when)
    message["Message-ID"] = "<sent-1@example.org>"
    message["In-Reply-To"] = CONFIRMATION_ID
    message["References"] = CONFIRMATION_ID
    message.set_content("Thank you for the conversation today.\n\nDana\n")
    return message.as_bytes(policy=SMTP)


def deliver(folder: Path, name: str, raw: bytes, *, seen: bool = False) -> None:
    """As a delivery agent (or mbsync) does: tmp/ first, then one rename."""
    temporary = folder / "tmp" / name
    temporary.write_bytes(raw)
    os.rename(temporary, folder / ("cur" if seen else "new") / (name + (":2,S" if seen else "")))


@pytest.fixture
def maildir(tmp_path: Path) -> Path:
    root = tmp_path / "Mail"
    for folder in ("INBOX", "Sent", "Drafts"):
        for sub in ("cur", "new", "tmp"):
            (root / folder / sub).mkdir(parents=True)
    return root


@pytest.fixture
def daemon(maildir: Path, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], Path]]:
    state = tmp_path / "state"
    config = tmp_path / "config.yaml"
    config.write_text(
        "accounts:\n"
        "  - name: local\n"
        f"    maildir: {{path: {maildir}, layout: auto}}\n"
        "profile:\n"
        "  name: Dana Whitfield\n"
        f"  email: {ME}\n"
        "  signature: Dana Whitfield · +49 30 1234567\n"
        f"state_dir: {state}\n"
    )
    env = dict(os.environ, TZ=midday_zone(), XDG_CONFIG_HOME="/nonexistent-followup-test")
    for name in ("FOLLOWUP_STATE_DIR", "FOLLOWUP_RULES", "STATE_DIRECTORY", "NOTIFY_SOCKET"):
        env.pop(name, None)
    process = subprocess.Popen(
        [sys.executable, "-m", "followup.cli", "--config", str(config), "-v", "run"],
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        yield process, state
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=15)


def cursor_set(state: Path, folder: str) -> bool:
    database = state / "followup.sqlite3"
    if not database.exists():
        return False
    with Store.open(database) as store:
        return store.cursor("local", folder) is not None


def app_state(state: Path) -> str | None:
    with Store.open(state / "followup.sqlite3") as store:
        apps = store.applications()
        return apps[0].state.value if apps else None


def drafts(maildir: Path) -> list[tuple[str, EmailMessage]]:
    """(Maildir flags, message) of each draft, as Python's own Maildir reader sees them."""
    out = []
    for stored in mailbox.Maildir(maildir / "Drafts", create=False):
        message = message_from_bytes(stored.as_bytes(), policy=default)
        out.append((stored.get_flags(), message))
    return out


def test_a_confirmation_dropped_into_new_becomes_a_thank_you_and_a_sent_reply_moves_on(
    daemon: tuple[subprocess.Popen[bytes], Path], maildir: Path
) -> None:
    process, state = daemon
    log = b""
    try:
        # The first cycle has looked at both folders (and the watchers start right after).
        assert wait_for(lambda: cursor_set(state, "INBOX") and cursor_set(state, "Sent"), 30)
        time.sleep(1.0)

        now = datetime.now(ZoneInfo(midday_zone()))
        start = now - timedelta(hours=3)
        deliver(
            maildir / "INBOX",
            "1700000001.M1P1.mx",
            confirmation(start, start + timedelta(minutes=45), now - timedelta(days=1)),
        )
        assert wait_for(lambda: len(drafts(maildir)) == 1, 15), "no thank-you within 15 s"
        [(flags, thank_you)] = drafts(maildir)
        assert "D" in flags
        assert thank_you["In-Reply-To"] == CONFIRMATION_ID
        assert "jonas.becker@acme-robotics.example" in str(thank_you["To"])
        assert app_state(state) == "interviewed"

        # The user sends it: the client drops the draft and saves the message in Sent.
        for path in (maildir / "Drafts" / "cur").iterdir():
            path.unlink()
        deliver(maildir / "Sent", "1700000002.M2P2.mx", sent_reply(thank_you, now), seen=True)
        assert wait_for(lambda: app_state(state) == "waiting", 15), "Sent was not seen"
        assert drafts(maildir) == []  # the sent thank-you is not written again

        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
        log = process.stderr.read() if process.stderr else b""  # type: ignore[union-attr]
    assert b"SIGTERM received" in log, log.decode()
    assert b"Traceback" not in log, log.decode()


def test_the_maildir_dovecot_serves_reads_and_writes_alike(dovecot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Dovecot's own Maildir++ read in place: its UIDs are taken over, a
    flag Dovecot sets (a rename) keeps the UID, an expunge is seen, and a draft written by the
    backend is a \\Draft message to Dovecot's IMAP, with the UID the backend said."""
    first = dovecot.deliver("INBOX", confirmation(*_times()))
    second = dovecot.deliver("INBOX", sent_reply(_draft(), datetime.now(UTC)))
    with dovecot.client() as client:
        for folder in ("Drafts", "Sent"):  # auto-created folders reach the disk when used
            client.select_folder(folder, readonly=True)
    account = Account("local", NO_SERVER, "", Credentials(), maildir=MaildirPlace(dovecot.maildir))
    box = MaildirMailbox(account, tmp_path / "state")
    box.connect()
    assert box.tree is not None and box.tree.layout is MaildirLayout.MAILDIR_PLUS_PLUS
    folders = box.find_folders()
    assert (folders.inbox, folders.sent, folders.drafts) == ("INBOX", "Sent", "Drafts")
    validity, uids = box.uids_after("INBOX", 0)
    assert uids == [first, second]

    with dovecot.client() as client:
        client.select_folder("INBOX")
        client.add_flags([first], [b"\\Seen"])
        client.delete_messages([second])
        client.expunge()
    assert box.uids_after("INBOX", 0) == (validity, [first])
    assert box.headers("INBOX", [first])[0].flags == (SEEN,)

    draft = sent_reply(_draft(), datetime.now(UTC)).replace(b"<sent-1@", b"<draft-1@")
    uid = box.append("Drafts", draft, (DRAFT, SEEN), datetime.now(UTC))
    with dovecot.client() as client:
        client.select_folder("Drafts", readonly=True)
        found = client.search(["HEADER", "Message-ID", "<draft-1@example.org>"])
        flags = client.get_flags(found)
    assert found == [uid]
    assert {b"\\Draft", b"\\Seen"} <= set(flags[uid])


def _times() -> tuple[datetime, datetime, datetime]:
    now = datetime.now(UTC)
    return now - timedelta(hours=3), now - timedelta(hours=2), now - timedelta(days=1)


def _draft() -> EmailMessage:
    message = EmailMessage()
    message["To"] = "Jonas Becker <jonas.becker@acme-robotics.example>"
    message["Subject"] = "Thank you for the interview"
    return message
