"""followup against a real Cyrus IMAP 3.6: what differs from Dovecot must not matter.

Cyrus keeps personal folders under `INBOX.` (INBOX.Drafts, INBOX.Sent), names special-use
attributes in lower case (`\\drafts`), and announces LOGINDISABLED after a login over TLS.
The mailbox layer and the whole daemon (through its command line) are run against it.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from cyrus import Cyrus
from followup import imap
from followup.config import FolderNames, Security
from followup.imap import DRAFT, SEEN, ImapMailbox, LinkLost, LoginFailed, MailboxError, Watcher
from followup.store import Store
from story import (
    CONFIRMATION_ID,
    at,
    config_text,
    confirmation,
    newsletter,
    once,
    user_reply,
)
from testmail import (
    connected,
    delete_all,
    flags_of,
    folder_messages,
    message,
    uids_in,
    wait_for,
)

pytestmark = pytest.mark.integration

# Cyrus pushes through idled at once; a generous bound still catches a poll-only IDLE.
PUSH = 3.0


@pytest.fixture
def mailbox(cyrus: Cyrus) -> Iterator[ImapMailbox]:
    with connected(cyrus) as box:
        yield box


# ---- connecting ------------------------------------------------------------------------------


def test_tls_login(cyrus: Cyrus) -> None:
    with ImapMailbox(cyrus.account(), cyrus.secret) as box:
        assert box.tls_version in ("TLSv1.2", "TLSv1.3")
        assert box.supports_idle and box.supports_uidplus and box.supports_move
        box.noop()
    assert not box.connected


def test_starttls_login(cyrus: Cyrus) -> None:
    account = cyrus.account(security=Security.STARTTLS)
    assert account.imap.port == cyrus.imap_port
    with ImapMailbox(account, cyrus.secret) as box:
        assert box.tls_version in ("TLSv1.2", "TLSv1.3")
        assert box.status("INBOX").messages == 0


def test_insecure_login_is_not_attempted_where_cyrus_says_logindisabled(cyrus: Cyrus) -> None:
    box = ImapMailbox(cyrus.account(security=Security.INSECURE), cyrus.secret)
    with pytest.raises(LoginFailed, match="LOGINDISABLED") as caught:
        box.connect()
    assert "nothing was sent" in str(caught.value)


def test_a_wrong_password_after_a_good_session_is_called_a_wrong_password(cyrus: Cyrus) -> None:
    """After a login over TLS Cyrus still lists LOGINDISABLED among its capabilities; a later
    refused login over TLS (ImapMailbox reconnects after LinkLost) is about the password,
    not about plaintext."""
    box = ImapMailbox(cyrus.account(), cyrus.secret)
    box.connect()
    assert "LOGINDISABLED" in box.capabilities  # Cyrus's post-login list, over TLS
    box.close()
    cyrus.add_user(cyrus.user, "changed on the server")
    with pytest.raises(LoginFailed) as caught:
        box.connect()
    assert "refused the login" in str(caught.value), str(caught.value)
    assert "unencrypted" not in str(caught.value)


def test_a_restart_loses_the_link_and_the_next_call_reconnects(
    cyrus: Cyrus, mailbox: ImapMailbox
) -> None:
    mailbox.uids_after("INBOX", 0)
    cyrus.restart()
    with pytest.raises(LinkLost):
        mailbox.uids_after("INBOX", 0)
    cyrus.deliver("INBOX", message())
    assert mailbox.uids_after("INBOX", 0)[1] == [1]


# ---- folders ---------------------------------------------------------------------------------


def test_find_folders_by_lower_case_special_use_under_inbox(
    cyrus: Cyrus, mailbox: ImapMailbox
) -> None:
    with cyrus.client() as c:
        listing = {str(name): set(flags) for flags, _, name in c.list_folders()}
    assert b"\\drafts" in listing["INBOX.Drafts"]  # what makes this server different
    folders = mailbox.find_folders()
    assert (folders.inbox, folders.sent, folders.drafts) == ("INBOX", "INBOX.Sent", "INBOX.Drafts")


@pytest.mark.cyrus(drafts="Entwürfe", sent="Gesendet")
def test_find_folders_by_special_use_whatever_the_name(cyrus: Cyrus, mailbox: ImapMailbox) -> None:
    folders = mailbox.find_folders()
    assert (folders.sent, folders.drafts) == ("INBOX.Gesendet", "INBOX.Entwürfe")
    uid = mailbox.append(folders.drafts, message("draft"))
    assert uid is not None and uids_in(cyrus, "INBOX.Entwürfe") == [uid]


@pytest.mark.cyrus(altnamespace=True)
def test_find_folders_in_the_alternate_namespace(mailbox: ImapMailbox) -> None:
    folders = mailbox.find_folders()
    assert (folders.inbox, folders.sent, folders.drafts) == ("INBOX", "Sent", "Drafts")


@pytest.mark.cyrus(unixhierarchysep=True)
def test_find_folders_with_slash_separator(mailbox: ImapMailbox) -> None:
    folders = mailbox.find_folders()
    assert (folders.sent, folders.drafts) == ("INBOX/Sent", "INBOX/Drafts")


@pytest.mark.cyrus(special_use=False)
def test_find_folders_by_name_under_the_inbox_prefix(cyrus: Cyrus, mailbox: ImapMailbox) -> None:
    with cyrus.client() as c:
        assert not any(
            b"\\drafts" in {f.lower() for f in flags} for flags, _, _ in c.list_folders()
        )
    folders = mailbox.find_folders()
    assert (folders.sent, folders.drafts) == ("INBOX.Sent", "INBOX.Drafts")


def test_folder_overrides_in_the_namespace(cyrus: Cyrus) -> None:
    with cyrus.client() as c:
        c.create_folder("INBOX.Entwürfe")
        c.create_folder("INBOX.Gesendet")
    account = cyrus.account(folders=FolderNames(drafts="INBOX.Entwürfe", sent="INBOX.Gesendet"))
    with ImapMailbox(account, cyrus.secret) as box:
        folders = box.find_folders()
    assert (folders.sent, folders.drafts) == ("INBOX.Gesendet", "INBOX.Entwürfe")


# ---- reading ---------------------------------------------------------------------------------


def test_uids_after_and_status(cyrus: Cyrus, mailbox: ImapMailbox) -> None:
    uids = [cyrus.deliver("INBOX", message(f"m{i}")) for i in range(3)]
    validity, found = mailbox.uids_after("INBOX", 0)
    assert found == uids == [1, 2, 3]
    assert validity == mailbox.status("INBOX").uidvalidity
    assert mailbox.uids_after("INBOX", 3) == (validity, [])  # `UID 4:*` answers 3
    assert mailbox.uids_after("INBOX", 1) == (validity, [2, 3])
    cyrus.deliver("INBOX", message("late"))  # lands while INBOX is selected
    assert mailbox.uids_after("INBOX", 3) == (validity, [4])
    status = mailbox.status("INBOX")  # INBOX is selected: STATUS must still be current
    assert (status.uidnext, status.messages) == (5, 4)


def test_uids_since(cyrus: Cyrus, mailbox: ImapMailbox) -> None:
    with cyrus.client() as c:
        c.append("INBOX", message("old"), msg_time=datetime(2020, 1, 1, tzinfo=UTC))
    cyrus.deliver("INBOX", message("new"))
    validity, uids, uidnext = mailbox.uids_since("INBOX", date.today() - timedelta(days=1))
    assert uids == [2]
    assert uidnext == 3  # from the EXAMINE, without a STATUS of its own
    assert mailbox.uids_since("INBOX", date(2019, 12, 31)) == (validity, [1, 2], 3)
    assert mailbox.uids_since("INBOX", date.today() + timedelta(days=2)) == (validity, [], 3)


def test_headers_and_bodies(cyrus: Cyrus, mailbox: ImapMailbox) -> None:
    raws = [message(f"m{i}", calendar=(i == 1), body=f"Body {i} äöü\n") for i in range(3)]
    uids = [cyrus.deliver("INBOX", raw) for raw in raws]
    cyrus.deliver("INBOX", message("seen"), flags=[SEEN])
    headers = mailbox.headers("INBOX", [*reversed(uids), 4, 99])
    assert [h.uid for h in headers] == [*uids, 4]
    assert [h.has_calendar for h in headers] == [False, True, False, False]
    assert b"Subject: m0" in headers[0].raw and b"Body" not in headers[0].raw
    assert headers[0].size == len(raws[0])
    assert headers[0].flags == () and headers[3].flags == (SEEN,)
    assert mailbox.bodies("INBOX", [*uids, 99]) == dict(zip(uids, raws, strict=True))
    mailbox.close()
    fetches = cyrus.commands("UID FETCH")
    assert len(fetches) == 2, fetches  # one for all the headers, one for all the bodies
    assert " UID FETCH 1:4,99 (" in fetches[0] and " UID FETCH 1:3,99 (" in fetches[1]
    assert all(SEEN not in flags_of(cyrus, "INBOX", uid) for uid in uids)


def test_append_find_and_remove_a_draft(cyrus: Cyrus, mailbox: ImapMailbox) -> None:
    drafts = mailbox.find_folders().drafts
    raw = (
        "From: Dana <dana@example.org>\r\nTo: rita@acme.example\r\nSubject: Danke\r\n"
        "Message-ID: <draft-1@followup.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        "Grüße aus Köln\r\n"
    ).encode()
    when = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
    users = cyrus.deliver(drafts, message("deleted by the user"), flags=[imap.DELETED])
    uid = mailbox.append(drafts, raw, when=when)
    assert uid == users + 1  # from APPENDUID
    assert set(flags_of(cyrus, drafts, uid)) == {DRAFT, SEEN}
    with cyrus.client() as c:
        c.select_folder(drafts, readonly=True)
        got = c.fetch([uid], ["BODY.PEEK[]", "INTERNALDATE"])[uid]
    assert got[b"BODY[]"] == raw
    assert got[b"INTERNALDATE"].astimezone(UTC) == when
    assert mailbox.find_message_id(drafts, "<draft-1@followup.example>") == [uid]
    assert mailbox.find_message_id(drafts, "draft-1@followup.example") == [uid]
    assert mailbox.find_message_id(drafts, "<draft@followup.example>") == []

    # SEARCH matches substrings: the header is checked; odd characters are quoted.
    odd = '<a"b\\c{3}(x)*%@followup.example>'
    odd_uid = cyrus.deliver(drafts, f"Subject: odd\r\nMessage-ID: {odd}\r\n\r\nbody\r\n".encode())
    assert mailbox.find_message_id(drafts, odd) == [odd_uid]

    assert mailbox.remove(drafts, uid) is True
    mailbox.close()
    assert uids_in(cyrus, drafts) == [users, odd_uid]  # the user's \Deleted one is left alone
    assert imap.DELETED in flags_of(cyrus, drafts, users)
    expunges = [line.split(" ", 1)[1] for line in cyrus.commands("UID EXPUNGE")]
    assert expunges == [f"UID EXPUNGE {uid}"]
    assert cyrus.commands("EXPUNGE") == [] and cyrus.commands("CLOSE") == []


# ---- watching --------------------------------------------------------------------------------


Watching = tuple[Watcher, "queue.Queue[str]", "queue.Queue[MailboxError]"]


@pytest.fixture
def watching(cyrus: Cyrus) -> Iterator[Watching]:
    """A Watcher on INBOX, started, and the queues its callbacks fill."""
    changes: queue.Queue[str] = queue.Queue()
    errors: queue.Queue[MailboxError] = queue.Queue()
    watcher = Watcher(cyrus.account(), cyrus.secret, "INBOX", changes.put, on_error=errors.put)
    watcher.start()
    try:
        assert changes.get(timeout=15) == "INBOX"  # the catch-up signal after connecting
        time.sleep(0.3)  # let IDLE begin
        yield watcher, changes, errors
    finally:
        watcher.stop()
    assert not watcher.is_alive()


def pushes_new_mail(cyrus: Cyrus, watching: Watching) -> float:
    watcher, changes, errors = watching
    started = time.monotonic()
    cyrus.deliver("INBOX", message())
    assert changes.get(timeout=PUSH) == "INBOX"
    pushed = time.monotonic() - started
    assert watcher.sessions == 1 and errors.empty()
    watcher.stop()
    assert len(cyrus.commands("IDLE")) == 1
    return pushed


def test_idle_signals_new_mail_through_idled(cyrus: Cyrus, watching: Watching) -> None:
    pushes_new_mail(cyrus, watching)  # IDLE would look only every 60 s by itself


@pytest.mark.cyrus(idled=False, idle_poll_seconds=1)
def test_idle_signals_new_mail_without_idled(cyrus: Cyrus, watching: Watching) -> None:
    pushes_new_mail(cyrus, watching)


def test_the_watcher_reconnects_after_a_restart(cyrus: Cyrus, watching: Watching) -> None:
    watcher, changes, errors = watching
    cyrus.restart()  # mid-IDLE: every connection is cut
    assert changes.get(timeout=6) == "INBOX"  # reconnected: catch up
    assert watcher.sessions == 2
    assert isinstance(errors.get(timeout=1), LinkLost)
    time.sleep(0.3)
    cyrus.deliver("INBOX", message())
    assert changes.get(timeout=PUSH) == "INBOX"


# ---- the daemon ------------------------------------------------------------------------------


@pytest.fixture
def daemon_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The user lives in Berlin ("local" zone of the shipped timing rules)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    monkeypatch.delenv("FOLLOWUP_STATE_DIR", raising=False)
    monkeypatch.delenv("FOLLOWUP_RULES", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent-followup-test")


def drafts_in(cyrus: Cyrus) -> list[tuple[set[bytes], EmailMessage]]:
    return [(flags, message) for _, flags, message in folder_messages(cyrus, cyrus.drafts)]


def test_the_daemon_drafts_a_thank_you_then_a_follow_up(
    cyrus: Cyrus, tmp_path: Path, daemon_env: None
) -> None:
    config = tmp_path / "config.yaml"
    state_dir = tmp_path / "state"
    # No folders in the config: Drafts and Sent are found by their special use.
    config.write_text(config_text(cyrus, state_dir))
    cyrus.deliver("INBOX", confirmation())

    out = once(config, "2026-03-03T12:00+01:00")
    assert "1 new message(s)" in out
    assert drafts_in(cyrus) == []

    # The afternoon after the interview: a thank-you in INBOX.Drafts, threaded.
    once(config, "2026-03-04T14:00+01:00")
    [(flags, thank_you)] = drafts_in(cyrus)
    assert {DRAFT, SEEN} <= flags
    assert thank_you["In-Reply-To"] == CONFIRMATION_ID
    assert CONFIRMATION_ID in thank_you["References"]
    assert "jonas.becker@acme-robotics.example" in str(thank_you["To"])

    once(config, "2026-03-04T15:00+01:00")
    assert len(drafts_in(cyrus)) == 1  # nothing twice

    # The user sends it: the client moves it from INBOX.Drafts to INBOX.Sent.
    delete_all(cyrus, cyrus.drafts)
    cyrus.deliver(
        cyrus.sent,
        user_reply(
            str(thank_you["To"]), str(thank_you["Subject"]), at(4, 15),
            "Thank you for the conversation today.", CONFIRMATION_ID, 1,
        ),
    )  # fmt: skip
    once(config, "2026-03-05T09:00+01:00")
    with Store.open(state_dir / "followup.sqlite3") as store:
        assert [(a.company, a.state.value) for a in store.applications()] == [
            ("Acme Robotics", "waiting")
        ]
    assert drafts_in(cyrus) == []

    # A week of silence: follow-up 1 to the recruiter, in the thread.
    once(config, "2026-03-12T10:00+01:00")
    [(flags, follow_up)] = drafts_in(cyrus)
    assert {DRAFT, SEEN} <= flags
    assert "priya.raman@acme-robotics.example" in str(follow_up["To"])
    assert str(follow_up["Subject"]).startswith("Re:")
    assert follow_up["In-Reply-To"] == "<sent-1@example.org>"


def test_the_daemon_watches_by_idle_and_survives_a_restart(
    cyrus: Cyrus, tmp_path: Path, daemon_env: None
) -> None:
    config = tmp_path / "config.yaml"
    state_dir = tmp_path / "state"
    config.write_text(config_text(cyrus, state_dir))
    database = state_dir / "followup.sqlite3"

    def seen(message_id: str) -> bool:
        if not database.exists():
            return False
        with Store.open(database) as store:
            return store.is_seen("personal", message_id.strip("<>"))

    daemon = subprocess.Popen(
        [sys.executable, "-m", "followup.cli", "--config", str(config), "-v", "run"],
        stderr=subprocess.PIPE,
        env=os.environ,
    )
    try:
        assert wait_for(database.exists)
        time.sleep(1.0)  # the first cycle is done and the watchers are IDLE
        cyrus.deliver("INBOX", confirmation())
        assert wait_for(lambda: seen(CONFIRMATION_ID)), "IDLE did not wake the daemon"
        cyrus.restart()  # mid-IDLE: every connection is cut
        time.sleep(0.5)
        cyrus.deliver("INBOX", newsletter(2))
        assert wait_for(lambda: seen("<digest-2@news.example>"), 20), "no catch-up"
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=15) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()
        log = daemon.stderr.read().decode() if daemon.stderr else ""
    assert "SIGTERM received" in log, log
    assert cyrus.password not in log
