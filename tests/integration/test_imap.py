"""followup.imap against a real Dovecot: TLS and login, folders, fetches, APPEND, IDLE.

Commands are counted in Dovecot's own rawlog (what the server received), not in the client.
"""

from __future__ import annotations

import base64
import logging
import os
import queue
import signal
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default
from pathlib import Path

import pytest
from dovecot import Dovecot
from followup import imap
from followup.config import Credentials, FolderNames, Security
from followup.imap import (
    DRAFT,
    SEEN,
    FolderMissing,
    Header,
    ImapMailbox,
    LinkLost,
    LoginFailed,
    MailboxError,
    TlsFailed,
    Watcher,
    uid_set,
)
from loopback import PlainSecret, free_port
from testmail import connected, flags_of, message, uids_in

pytestmark = pytest.mark.integration

# Dovecot batches change notifications (~0.5 s); never assert faster than this.
PUSH = 3.0


@pytest.fixture
def mailbox(dovecot: Dovecot) -> Iterator[ImapMailbox]:
    with connected(dovecot) as box:
        yield box


# ---- connecting ------------------------------------------------------------------------------


def test_tls_login_trusts_the_configured_ca(dovecot: Dovecot) -> None:
    with ImapMailbox(dovecot.account(), dovecot.secret) as box:
        assert box.connected
        assert box.tls_version in ("TLSv1.2", "TLSv1.3")
        assert "IMAP4REV1" in box.capabilities
        assert box.supports_idle and box.supports_uidplus and box.supports_move
        box.noop()
    assert not box.connected


def test_starttls_login(dovecot: Dovecot) -> None:
    account = dovecot.account(security=Security.STARTTLS)
    assert account.imap.port == dovecot.imap_port
    with ImapMailbox(account, dovecot.secret) as box:
        assert box.tls_version in ("TLSv1.2", "TLSv1.3")
        assert box.status("INBOX").messages == 0


@pytest.mark.dovecot(tls=False, plaintext_auth=True)
def test_starttls_is_required_when_configured(dovecot: Dovecot) -> None:
    box = ImapMailbox(dovecot.account(security=Security.STARTTLS), dovecot.secret)
    with pytest.raises(TlsFailed, match="does not offer STARTTLS") as caught:
        box.connect()
    assert "personal" in str(caught.value)
    assert "Login: user=" not in dovecot.log_file.read_text()  # the password never left


@pytest.mark.dovecot(tls=False, plaintext_auth=True)
def test_insecure_means_no_tls_at_all(dovecot: Dovecot) -> None:
    with ImapMailbox(dovecot.account(security=Security.INSECURE), dovecot.secret) as box:
        assert box.tls_version is None
        assert box.status("INBOX").messages == 0


def test_insecure_login_refused_by_a_server_that_wants_tls(dovecot: Dovecot) -> None:
    # Dovecot counts a connection whose two ends share an address as secure; through
    # 127.0.0.2 the client is 127.0.0.1, a different address, so the server insists on TLS.
    account = dovecot.account(security=Security.INSECURE, host=dovecot.unnamed_host)
    box = ImapMailbox(account, dovecot.secret)
    with pytest.raises(LoginFailed, match="starttls or tls"):
        box.connect()


@pytest.mark.parametrize("ca", ["none", "other"])
def test_untrusted_certificate_is_refused(dovecot: Dovecot, ca: str) -> None:
    ca_file = None if ca == "none" else dovecot.tls.other_ca_file
    box = ImapMailbox(dovecot.account(ca_file=ca_file), dovecot.secret)
    with pytest.raises(TlsFailed) as caught:
        box.connect()
    text = str(caught.value)
    assert text.startswith("account 'personal': ")
    assert "not trusted" in text and "ca_file" in text
    assert not box.connected


def test_untrusted_certificate_is_refused_on_starttls_too(dovecot: Dovecot) -> None:
    account = dovecot.account(security=Security.STARTTLS, ca_file=None)
    with pytest.raises(TlsFailed, match="not trusted"):
        ImapMailbox(account, dovecot.secret).connect()


def test_certificate_for_another_name_is_refused(dovecot: Dovecot) -> None:
    # Same trusted CA, but the certificate names localhost and 127.0.0.1 only.
    box = ImapMailbox(dovecot.account(host=dovecot.unnamed_host), dovecot.secret)
    with pytest.raises(TlsFailed, match="is not valid for the name '127.0.0.2'"):
        box.connect()


def test_tls_to_a_plaintext_port_is_a_tls_error(dovecot: Dovecot) -> None:
    box = ImapMailbox(dovecot.account(port=dovecot.imap_port), dovecot.secret)
    with pytest.raises(TlsFailed, match="imap.security"):
        box.connect()


def test_wrong_password_names_the_account_never_the_password(dovecot: Dovecot) -> None:
    wrong = "hunter2-not-it"
    box = ImapMailbox(dovecot.account(), lambda: PlainSecret("password", wrong))
    started = time.monotonic()
    with pytest.raises(LoginFailed) as caught:
        box.connect()
    assert time.monotonic() - started < 2
    text = str(caught.value)
    assert "account 'personal'" in text and "dana" in text
    assert "AUTHENTICATIONFAILED" in text
    assert "password_file" in text
    assert wrong not in text and wrong not in repr(caught.value)
    assert dovecot.password not in text
    assert caught.value.__cause__ is None or wrong not in str(caught.value.__cause__)


@pytest.mark.dovecot(max_userip_connections=1)
def test_too_many_connections_is_not_a_wrong_password(dovecot: Dovecot) -> None:
    with ImapMailbox(dovecot.account(), dovecot.secret):
        second = ImapMailbox(dovecot.account(), dovecot.secret)
        with pytest.raises(LinkLost, match=r"refused the login for now: \[LIMIT\]"):
            second.connect()
    with ImapMailbox(dovecot.account(), dovecot.secret) as third:
        assert third.connected


def test_no_secret_in_any_log_line_even_at_debug(
    dovecot: Dovecot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with ImapMailbox(dovecot.account(), dovecot.secret) as box:
        box.uids_after("INBOX", 0)
    with pytest.raises(LoginFailed):
        ImapMailbox(dovecot.account(), lambda: PlainSecret("password", "wrong-pw-123")).connect()
    account = dovecot.account(credentials=Credentials(oauth2_token_command="print-token"))
    with pytest.raises(LoginFailed):
        ImapMailbox(account, lambda: PlainSecret("oauth2", "ya29.secret-token")).connect()
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "LOGIN" in text  # imapclient did log the traffic
    xoauth2 = base64.b64encode(b"user=dana\x01auth=Bearer ya29.secret-token\x01\x01").decode()
    for secret in (dovecot.password, "wrong-pw-123", "ya29.secret-token", xoauth2[:20]):
        assert secret not in text


def test_non_ascii_password(dovecot: Dovecot) -> None:
    dovecot.add_user("juergen", "Grüße-aus-Köln")
    account = dovecot.account(username="juergen")
    with ImapMailbox(account, lambda: PlainSecret("password", "Grüße-aus-Köln")) as box:
        assert box.status("INBOX").messages == 0
    wrong = ImapMailbox(account, lambda: PlainSecret("password", "Grüße-aus-Bonn"))
    with pytest.raises(LoginFailed) as caught:
        wrong.connect()
    assert "Bonn" not in str(caught.value)


def test_refused_oauth2_token_is_a_login_failure(dovecot: Dovecot) -> None:
    account = dovecot.account(credentials=Credentials(oauth2_token_command="print-token"))
    box = ImapMailbox(account, lambda: PlainSecret("oauth2", "ya29.token"))
    with pytest.raises(LoginFailed, match="oauth2_token_command") as caught:
        box.connect()
    assert "ya29.token" not in str(caught.value)


def test_nothing_listening_is_a_lost_link(dovecot: Dovecot) -> None:
    port = free_port()
    box = ImapMailbox(dovecot.account(port=port), dovecot.secret)
    with pytest.raises(LinkLost, match=f"127.0.0.1:{port} refused"):
        box.connect()


def test_a_restart_loses_the_link_and_the_next_call_reconnects(
    dovecot: Dovecot, mailbox: ImapMailbox
) -> None:
    mailbox.uids_after("INBOX", 0)
    dovecot.restart()
    with pytest.raises(LinkLost):
        mailbox.uids_after("INBOX", 0)
    assert not mailbox.connected
    dovecot.deliver("INBOX", message())
    assert mailbox.uids_after("INBOX", 0)[1] == [1]


# ---- folders ---------------------------------------------------------------------------------


def test_find_folders_by_special_use(dovecot: Dovecot, mailbox: ImapMailbox) -> None:
    folders = mailbox.find_folders()
    assert (folders.inbox, folders.sent, folders.drafts) == ("INBOX", "Sent", "Drafts")


@pytest.mark.dovecot(rawlog=True)
def test_special_use_asked_for_when_list_shows_none(
    dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if the server marked special-use folders only on request (RFC 6154 LIST-EXTENDED).
    monkeypatch.setattr(imap, "_special", lambda flags: False)
    with ImapMailbox(dovecot.account(), dovecot.secret) as box:
        assert box.find_folders() == imap.Folders("INBOX", "Sent", "Drafts")
    assert dovecot.commands('LIST "" "*" RETURN (SPECIAL-USE)')


@pytest.mark.dovecot(
    mailboxes={"Entwürfe": None, "Gesendet": None, "Drafts-old": None}, prefix="INBOX."
)
def test_find_folders_by_usual_name_under_the_namespace_prefix(
    dovecot: Dovecot, mailbox: ImapMailbox
) -> None:
    folders = mailbox.find_folders()
    assert folders == imap.Folders("INBOX", "INBOX.Gesendet", "INBOX.Entwürfe")
    uid = mailbox.append(folders.drafts, message("Entwurf"))
    assert uid == 1


@pytest.mark.dovecot(mailboxes={"Notes": None})
def test_no_drafts_folder_says_to_set_folders_drafts(
    dovecot: Dovecot, mailbox: ImapMailbox
) -> None:
    with pytest.raises(FolderMissing, match="folders.drafts") as caught:
        mailbox.find_folders()
    assert "'Notes'" in str(caught.value)


@pytest.mark.dovecot(mailboxes={"Notes": None, "Entwürfe": None})
def test_no_sent_folder_is_none(dovecot: Dovecot, mailbox: ImapMailbox) -> None:
    assert mailbox.find_folders() == imap.Folders("INBOX", None, "Entwürfe")


def test_overrides_win_and_must_exist(dovecot: Dovecot) -> None:
    with dovecot.client() as c:
        c.create_folder("Work Drafts")
    account = dovecot.account(folders=FolderNames(drafts="Work Drafts", sent="Sent"))
    with ImapMailbox(account, dovecot.secret) as box:
        assert box.find_folders() == imap.Folders("INBOX", "Sent", "Work Drafts")

    account = dovecot.account(folders=FolderNames(drafts="Entwürfe"))
    with ImapMailbox(account, dovecot.secret) as box, pytest.raises(FolderMissing) as caught:
        box.find_folders()
    text = str(caught.value)
    assert "'Entwürfe' does not exist" in text
    assert "'Work Drafts'" in text and "'Drafts'" in text
    assert "folders.drafts" in text


def test_selecting_a_missing_folder(mailbox: ImapMailbox) -> None:
    with pytest.raises(FolderMissing, match="'Nope' does not exist"):
        mailbox.uids_after("Nope", 0)
    with pytest.raises(FolderMissing):
        mailbox.append("Nope", message())
    with pytest.raises(FolderMissing):
        mailbox.status("Nope")
    assert mailbox.connected  # a refused command leaves the connection usable


# ---- reading ---------------------------------------------------------------------------------


def test_uids_after(dovecot: Dovecot, mailbox: ImapMailbox) -> None:
    dovecot.deliver_many("INBOX", [message(f"m{i}") for i in range(3)])
    validity, uids = mailbox.uids_after("INBOX", 0)
    assert uids == [1, 2, 3]
    assert validity == mailbox.status("INBOX").uidvalidity
    # `UID 4:*` answers 3 (the highest UID) even though 3 < 4.
    assert mailbox.uids_after("INBOX", 3) == (validity, [])
    assert mailbox.uids_after("INBOX", 99) == (validity, [])
    assert mailbox.uids_after("INBOX", 1) == (validity, [2, 3])
    # Mail that lands while the folder is selected is seen on the next call.
    dovecot.deliver("INBOX", message("late"))
    assert mailbox.uids_after("INBOX", 3) == (validity, [4])


def test_uids_since(dovecot: Dovecot, mailbox: ImapMailbox) -> None:
    with dovecot.client() as c:
        c.append("INBOX", message("old"), msg_time=datetime(2020, 1, 1, tzinfo=UTC))
    dovecot.deliver("INBOX", message("new"))
    validity, uids, uidnext = mailbox.uids_since("INBOX", date.today() - timedelta(days=1))
    assert uids == [2]
    assert uidnext == 3  # from the EXAMINE, without a STATUS of its own
    assert mailbox.uids_since("INBOX", date(2019, 12, 31)) == (validity, [1, 2], 3)
    assert mailbox.uids_since("INBOX", date.today() + timedelta(days=2)) == (validity, [], 3)


def test_status(dovecot: Dovecot, mailbox: ImapMailbox) -> None:
    before = mailbox.status("INBOX")
    mailbox.uids_after("INBOX", 0)  # selected: STATUS must still be current
    dovecot.deliver("INBOX", message())
    after = mailbox.status("INBOX")
    assert (after.uidvalidity, after.uidnext, after.messages) == (
        before.uidvalidity,
        before.uidnext + 1,
        before.messages + 1,
    )


def test_uidvalidity_change_is_reported(dovecot: Dovecot) -> None:
    dovecot.deliver_many("INBOX", [message(f"m{i}") for i in range(2)])
    with ImapMailbox(dovecot.account(), dovecot.secret) as box:
        before, uids = box.uids_after("INBOX", 0)
    dovecot.reset_uidvalidity("INBOX")
    with ImapMailbox(dovecot.account(), dovecot.secret) as box:
        after, again = box.uids_after("INBOX", 0)
    assert after != before
    assert again == uids == [1, 2]


@pytest.mark.dovecot(rawlog=True)
def test_headers_of_300_messages_in_one_command(dovecot: Dovecot) -> None:
    raws = [message(f"m{i}", calendar=(i == 150)) for i in range(300)]
    uids = dovecot.deliver_many("INBOX", raws)
    box = ImapMailbox(dovecot.account(), dovecot.secret)
    with box:
        headers = box.headers("INBOX", list(reversed(uids)))
    fetches = dovecot.commands("UID FETCH")
    assert len(fetches) == 1, fetches
    assert " 1:300 " in fetches[0]
    assert [h.uid for h in headers] == uids
    assert all(isinstance(h, Header) for h in headers)
    assert [h.uid for h in headers if h.has_calendar] == [uids[150]]
    first = headers[0]
    assert b"Subject: m0" in first.raw and b"Message-ID: <m0@acme.example>" in first.raw
    assert b"Content-Type:" in first.raw
    assert b"Hello" not in first.raw  # headers only
    assert first.size == len(raws[0])
    assert first.flags == ()


@pytest.mark.dovecot(rawlog=True)
def test_headers_are_chunked(dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imap, "HEADER_CHUNK", 100)
    uids = dovecot.deliver_many("INBOX", [message(f"m{i}") for i in range(250)])
    with ImapMailbox(dovecot.account(), dovecot.secret) as box:
        # every other one, and one that does not exist: ranges cannot cover them
        wanted = uids[::2] + [9999]
        headers = box.headers("INBOX", wanted)
    assert [h.uid for h in headers] == uids[::2]
    assert len(dovecot.commands("UID FETCH")) == 2


def test_calendar_detected_in_a_nested_or_single_part(
    dovecot: Dovecot, mailbox: ImapMailbox
) -> None:
    plain = dovecot.deliver("INBOX", message("plain"))
    invite = message("invite", calendar=True)
    forwarded = EmailMessage()
    forwarded["Subject"] = "Fwd: invite"
    forwarded.set_content("see below")
    forwarded.add_attachment(message_from_bytes(invite, policy=default))
    nested = dovecot.deliver("INBOX", forwarded.as_bytes(policy=SMTP))
    bare = dovecot.deliver(
        "INBOX", b"Subject: ics\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\nBEGIN:X\r\n"
    )
    ics = EmailMessage()
    ics["Subject"] = "attached file"
    ics.set_content("file attached")
    ics.add_attachment(b"BEGIN:VCALENDAR", maintype="application", subtype="octet-stream",
                       filename="Interview.ICS")  # fmt: skip
    named = dovecot.deliver("INBOX", ics.as_bytes(policy=SMTP))
    found = {h.uid: h.has_calendar for h in mailbox.headers("INBOX", [plain, nested, bare, named])}
    assert found == {plain: False, nested: True, bare: True, named: True}


def varied_messages() -> dict[str, tuple[bytes, bool]]:
    """Messages whose header answers differ in shape: {name: (raw, has a calendar)}."""
    out: dict[str, tuple[bytes, bool]] = {}
    out["plain"] = message("plain"), False
    invite = message("invite", calendar=True)
    out["invite"] = invite, True
    forwarded = EmailMessage()
    forwarded["Subject"] = "Fwd: invite"
    forwarded.set_content("see below")
    forwarded.add_attachment(message_from_bytes(invite, policy=default))
    out["forwarded"] = forwarded.as_bytes(policy=SMTP), True
    out["bare"] = b"Subject: ics\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\nX\r\n", True

    def attached(subject: str, data: bytes, kind: str, name: str) -> EmailMessage:
        msg = EmailMessage()
        msg["Subject"] = subject
        msg.set_content("attached")
        maintype, subtype = kind.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
        return msg

    for name, kind, filename, calendar in [
        ("application/ics", "application/ics", "a.bin", True),
        ("named .ICS", "application/octet-stream", "Interview.ICS", True),
        ("RFC 2231 name", "application/pdf", "Gespräch.pdf", False),
        ("quoted name", "application/pdf", 'a "b" (c) \\ d.pdf', False),
    ]:
        out[name] = attached(name, b"%PDF", kind, filename).as_bytes(policy=SMTP), calendar
    described = attached("described", b"%PDF", "application/pdf", "physics.pdf")
    described.get_payload()[1]["Content-Description"] = "my calendar (not one)"
    out["calendar only in words"] = described.as_bytes(policy=SMTP), False
    nested = EmailMessage()
    nested["Subject"] = "alternative"
    nested.set_content("text")
    nested.add_alternative("<p>html</p>", subtype="html")
    nested.get_payload()[1].add_related(b"PNG", maintype="image", subtype="png", cid="<l>")
    nested.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="cv.pdf")
    out["nested multiparts"] = nested.as_bytes(policy=SMTP), False
    # Raw 8-bit names: Dovecot sends them as literals inside BODYSTRUCTURE.
    eight_bit = (
        "Subject: Grüße aus Köln\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b\r\nContent-Type: "
        'application/octet-stream; name="Einladung Gespräch.ics"\r\n\r\nX\r\n--b--\r\n'
    )
    out["8-bit"] = eight_bit.encode(), True
    out["no header field asked for"] = b"X-Other: 1\r\n\r\nbody\r\n", False
    deep = "Content-Type: text/calendar\r\n\r\nX\r\n"
    for depth in range(16):  # deeper than fetchparse reads in one regex match
        boundary = f"d{depth}"
        deep = (
            f"Content-Type: multipart/mixed; boundary={boundary}\r\n\r\n"
            f"--{boundary}\r\n{deep}\r\n--{boundary}--\r\n"
        )
    out["deep"] = ("Subject: deep\r\n" + deep).encode(), True
    long = EmailMessage()
    long["Subject"] = "long"
    long["References"] = " ".join(f"<r{i}@acme.example>" for i in range(80))
    long.set_content("x")
    out["folded references"] = long.as_bytes(policy=SMTP), False
    return out


def test_headers_read_fast_are_those_imapclient_reads(
    dovecot: Dovecot,
    mailbox: ImapMailbox,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """followup.fetchparse reads the header answer as imapclient's generic parser does."""
    varied = varied_messages()
    names = list(varied) * 3
    uids = dovecot.deliver_many("INBOX", [raw for raw, _ in varied.values()] * 3)
    with dovecot.client() as client:
        client.select_folder("INBOX")
        client.add_flags(uids[::3], [b"\\Flagged", b"$Forwarded"])
        client.add_flags(uids[1::4], [b"\\Seen", b"1"])  # imapclient reads keyword 1 as an int
    wanted = [*uids, uids[-1] + 10]
    generic = "read by imapclient instead"
    with caplog.at_level(logging.DEBUG, logger="followup.imap"):
        fast = mailbox.headers("INBOX", wanted)
        assert generic not in caplog.text

        def refuse(*args: object, **kwargs: object) -> object:
            raise imap.Unexpected("told to")

        monkeypatch.setattr(imap, "parse_header_fetch", refuse)
        slow = mailbox.headers("INBOX", wanted)
        assert generic in caplog.text
    assert fast == slow
    assert [h.uid for h in fast] == uids
    assert {(name, h.has_calendar) for name, h in zip(names, fast, strict=True)} == {
        (name, calendar) for name, (_, calendar) in varied.items()
    }
    assert fast[1].flags == (b"\\Seen", b"1")
    assert "Grüße aus Köln".encode() in fast[names.index("8-bit")].raw
    assert fast[names.index("no header field asked for")].raw == b"\r\n"


def test_bodies_are_whole_and_leave_messages_unseen(dovecot: Dovecot, mailbox: ImapMailbox) -> None:
    raws = [message(f"m{i}", body=f"Body {i} äöü\n") for i in range(3)]
    uids = dovecot.deliver_many("INBOX", raws)
    bodies = mailbox.bodies("INBOX", uids + [77])
    assert bodies == dict(zip(uids, raws, strict=True))
    assert mailbox.fetch_message("INBOX", uids[1]) == raws[1]
    assert mailbox.fetch_message("INBOX", 77) is None
    mailbox.close()
    for uid in uids:
        assert SEEN not in flags_of(dovecot, "INBOX", uid)


def test_find_message_id_exactly(dovecot: Dovecot, mailbox: ImapMailbox) -> None:
    target = dovecot.deliver("Drafts", message("a", message_id="<fu-abc@followup.example>"))
    # IMAP SEARCH matches substrings, case-insensitively: these hit the search, not the check.
    dovecot.deliver("Drafts", message("b", message_id="<FU-ABC@followup.example>"))
    dovecot.deliver("Drafts", message("c", message_id="<x.fu-abc@followup.example>"))
    assert mailbox.find_message_id("Drafts", "<fu-abc@followup.example>") == [target]
    assert mailbox.find_message_id("Drafts", "fu-abc@followup.example") == [target]
    assert mailbox.find_message_id("Drafts", "<abc@followup.example>") == []
    assert mailbox.find_message_id("Drafts", "<nothing@followup.example>") == []


def test_find_message_id_quotes_what_needs_quoting(dovecot: Dovecot, mailbox: ImapMailbox) -> None:
    odd = '<a"b\\c{3}(x)*%@followup.example>'
    # Written by hand: the email package would "repair" this Message-ID.
    raw = f"Subject: odd\r\nMessage-ID: {odd}\r\n\r\nbody\r\n".encode()
    uid = dovecot.deliver("INBOX", raw)
    assert mailbox.find_message_id("INBOX", odd) == [uid]
    with pytest.raises(ValueError):
        mailbox.find_message_id("INBOX", "<a\r\nb@x>")


# ---- writing ---------------------------------------------------------------------------------


def test_append_non_ascii_bytes_as_seen_draft(dovecot: Dovecot, mailbox: ImapMailbox) -> None:
    raw = (
        "From: Dana <dana@example.org>\r\nTo: rita@acme.example\r\n"
        "Subject: =?utf-8?q?Vielen_Dank?=\r\nMessage-ID: <draft-1@followup.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        "Grüße aus Köln, ありがとう\r\n"
    ).encode()
    when = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
    uid = mailbox.append("Drafts", raw, when=when)
    assert isinstance(uid, int) and uid >= 1
    assert set(flags_of(dovecot, "Drafts", uid)) == {DRAFT, SEEN}
    with dovecot.client() as c:
        c.select_folder("Drafts", readonly=True)
        got = c.fetch([uid], ["BODY.PEEK[]", "INTERNALDATE"])[uid]
    assert got[b"BODY[]"] == raw
    assert got[b"INTERNALDATE"].astimezone(UTC) == when
    assert mailbox.find_message_id("Drafts", "<draft-1@followup.example>") == [uid]
    with pytest.raises(TypeError):
        mailbox.append("Drafts", raw.decode())  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        mailbox.append("Drafts", raw, when=datetime(2026, 1, 1))


@pytest.mark.dovecot(rawlog=True)
def test_remove_expunges_only_that_message(dovecot: Dovecot) -> None:
    ours = dovecot.deliver("Drafts", message("ours"))
    users = dovecot.deliver("Drafts", message("deleted by the user"), flags=[imap.DELETED])
    kept = dovecot.deliver("Drafts", message("kept"))
    with ImapMailbox(dovecot.account(), dovecot.secret) as box:
        assert box.remove("Drafts", ours) is True
    assert uids_in(dovecot, "Drafts") == [users, kept]
    assert imap.DELETED in flags_of(dovecot, "Drafts", users)
    assert [line.split(" ", 1)[1] for line in dovecot.commands("UID EXPUNGE")] == [
        f"UID EXPUNGE {ours}"
    ]
    assert dovecot.commands("EXPUNGE") == []
    assert dovecot.commands("CLOSE") == []


@pytest.mark.dovecot(drop_capabilities=("UIDPLUS", "MOVE"), rawlog=True)
def test_remove_without_uidplus_only_flags(dovecot: Dovecot) -> None:
    ours = dovecot.deliver("Drafts", message("ours"))
    users = dovecot.deliver("Drafts", message("theirs"), flags=[imap.DELETED])
    with ImapMailbox(dovecot.account(), dovecot.secret) as box:
        assert not box.supports_uidplus
        assert box.remove("Drafts", ours) is False
    assert uids_in(dovecot, "Drafts") == [ours, users]
    assert imap.DELETED in flags_of(dovecot, "Drafts", ours)
    assert not any("EXPUNGE" in line.upper() for line in dovecot.commands("UID"))
    assert dovecot.commands("EXPUNGE") == []


@pytest.mark.dovecot(
    drop_capabilities=("UIDPLUS",),
    mailboxes={"Drafts": r"\Drafts", "Sent": r"\Sent", "Bin": r"\Trash"},
)
def test_remove_without_uidplus_moves_to_trash(dovecot: Dovecot) -> None:
    ours = dovecot.deliver("Drafts", message("ours"))
    users = dovecot.deliver("Drafts", message("theirs"), flags=[imap.DELETED])
    with ImapMailbox(dovecot.account(), dovecot.secret) as box:
        assert box.remove("Drafts", ours) is True
    assert uids_in(dovecot, "Drafts") == [users]
    assert len(uids_in(dovecot, "Bin")) == 1


# ---- watching --------------------------------------------------------------------------------


class Signals:
    """Collects a watcher's callbacks for the test thread."""

    def __init__(self) -> None:
        self.changes: queue.Queue[str] = queue.Queue()
        self.errors: queue.Queue[MailboxError] = queue.Queue()

    def on_change(self, folder: str) -> None:
        self.changes.put(folder)

    def on_error(self, error: MailboxError) -> None:
        self.errors.put(error)

    def change(self, within: float) -> str:
        return self.changes.get(timeout=within)

    def drain(self) -> int:
        n = 0
        while not self.changes.empty():
            self.changes.get_nowait()
            n += 1
        return n


@pytest.fixture
def signals() -> Signals:
    return Signals()


@pytest.fixture
def watchers() -> Iterator[list[Watcher]]:
    started: list[Watcher] = []
    yield started
    for watcher in started:
        watcher.stop()


def watch(dovecot: Dovecot, signals: Signals, started: list[Watcher], **kw: float) -> Watcher:
    watcher = Watcher(
        dovecot.account(),
        dovecot.secret,
        "INBOX",
        signals.on_change,
        on_error=signals.on_error,
        **kw,
    )
    started.append(watcher)
    watcher.start()
    return watcher


def test_idle_signals_new_mail(dovecot: Dovecot, signals: Signals, watchers: list[Watcher]) -> None:
    watcher = watch(dovecot, signals, watchers)
    assert signals.change(within=15) == "INBOX"  # the catch-up signal after connecting
    time.sleep(0.3)  # let IDLE begin
    started = time.monotonic()
    dovecot.deliver("INBOX", message())
    assert signals.change(within=PUSH) == "INBOX"
    assert time.monotonic() - started < PUSH
    assert watcher.sessions == 1
    assert signals.errors.empty()


def test_watcher_reconnects_after_a_restart(
    dovecot: Dovecot, signals: Signals, watchers: list[Watcher]
) -> None:
    watcher = watch(dovecot, signals, watchers)
    signals.change(within=15)
    time.sleep(0.3)
    dovecot.restart()
    assert signals.change(within=6) == "INBOX"  # reconnected: catch up
    assert watcher.sessions == 2
    assert isinstance(signals.errors.get(timeout=1), LinkLost)
    time.sleep(0.3)
    signals.drain()
    dovecot.deliver("INBOX", message())
    assert signals.change(within=PUSH) == "INBOX"


def test_watcher_reconnects_after_a_bye(
    dovecot: Dovecot, signals: Signals, watchers: list[Watcher]
) -> None:
    watcher = watch(dovecot, signals, watchers)
    signals.change(within=15)
    time.sleep(0.3)
    dovecot.kick()
    error = signals.errors.get(timeout=3)
    assert isinstance(error, LinkLost) and "BYE" in str(error)
    assert signals.change(within=15) == "INBOX"
    assert watcher.sessions == 2


@pytest.mark.dovecot(rawlog=True)
def test_idle_is_reissued_every_cycle(
    dovecot: Dovecot, signals: Signals, watchers: list[Watcher]
) -> None:
    watcher = watch(dovecot, signals, watchers, cycle=0.7)
    signals.change(within=15)
    time.sleep(2.0)
    signals.drain()
    dovecot.deliver("INBOX", message())
    assert signals.change(within=PUSH) == "INBOX"
    watcher.stop()
    assert watcher.sessions == 1
    assert len(dovecot.commands("IDLE")) >= 3
    assert "DONE" in dovecot.rawlog_commands()  # each cycle ended politely


def test_a_hung_server_is_dropped_when_done_goes_unanswered(
    dovecot: Dovecot,
    signals: Signals,
    watchers: list[Watcher],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(imap, "IDLE_DONE_DEADLINE", 1.0)
    watcher = watch(dovecot, signals, watchers, cycle=1.0)
    signals.change(within=15)
    [hung] = dovecot.session_pids()
    os.kill(hung, signal.SIGSTOP)  # the TCP link stays up; the server just never answers
    try:
        error = signals.errors.get(timeout=15)
        assert isinstance(error, LinkLost)
        assert signals.change(within=15) == "INBOX"  # a new connection, a new process
        assert watcher.sessions == 2
    finally:
        os.kill(hung, signal.SIGCONT)


def test_stop_is_prompt(dovecot: Dovecot, signals: Signals, watchers: list[Watcher]) -> None:
    watcher = watch(dovecot, signals, watchers)
    signals.change(within=15)
    time.sleep(0.3)
    started = time.monotonic()
    watcher.stop()
    assert time.monotonic() - started < 5.0
    assert not watcher.is_alive()


def test_stop_is_prompt_while_backing_off(
    dovecot: Dovecot, signals: Signals, watchers: list[Watcher]
) -> None:
    dovecot.stop()
    watcher = watch(dovecot, signals, watchers, backoff_cap=60)
    assert isinstance(signals.errors.get(timeout=15), LinkLost)
    started = time.monotonic()
    watcher.stop()
    assert time.monotonic() - started < 5.0
    assert not watcher.is_alive()


def test_refused_login_is_reported_and_not_retried_soon(
    dovecot: Dovecot, signals: Signals, watchers: list[Watcher]
) -> None:
    watcher = Watcher(
        dovecot.account(),
        lambda: PlainSecret("password", "wrong"),
        "INBOX",
        signals.on_change,
        on_error=signals.on_error,
        backoff_cap=60,
    )
    watchers.append(watcher)
    watcher.start()
    assert isinstance(signals.errors.get(timeout=15), LoginFailed)
    time.sleep(1.5)
    assert signals.errors.empty()
    assert dovecot.log_file.read_text().count("auth failed") <= 1
    assert watcher.sessions == 0 and signals.changes.empty()


@pytest.mark.dovecot(drop_capabilities=("IDLE",))
def test_polls_without_idle(dovecot: Dovecot, signals: Signals, watchers: list[Watcher]) -> None:
    watcher = watch(dovecot, signals, watchers, poll_every=0.5)
    assert signals.change(within=15) == "INBOX"
    time.sleep(1.2)
    assert signals.changes.empty()  # nothing changed: no signal
    dovecot.deliver("INBOX", message())
    assert signals.change(within=PUSH) == "INBOX"
    assert watcher.sessions == 1


# ---- pure helpers ----------------------------------------------------------------------------


def test_uid_set() -> None:
    assert uid_set([5, 1, 2, 3, 7, 8, 3]) == "1:3,5,7:8"
    assert uid_set([42]) == "42"
    assert uid_set(range(1, 501)) == "1:500"
    with pytest.raises(ValueError):
        uid_set([])


def test_special_use_attributes_compare_case_insensitively() -> None:
    listing = [
        (frozenset({b"\\hasnochildren"}), ".", "INBOX"),
        (frozenset({b"\\drafts"}), ".", "Entwurf-Ordner"),  # Cyrus says \drafts
    ]
    assert imap._by_attribute(listing, b"\\drafts") == "Entwurf-Ordner"


@pytest.mark.parametrize(
    ("names", "prefixes", "expected"),
    [
        (["INBOX", "[Gmail]/Entwürfe"], [("", "/")], "[Gmail]/Entwürfe"),
        (["INBOX", "[Google Mail]/Brouillons"], [("", "/")], "[Google Mail]/Brouillons"),
        (["INBOX", "INBOX.Drafts"], [("", ".")], "INBOX.Drafts"),
        (["INBOX", "INBOX/Draft"], [("INBOX/", "/")], "INBOX/Draft"),
        (["INBOX", "drafts"], [("", "/")], "drafts"),
        (["INBOX", "Drafts", "[Gmail]/Drafts"], [("", "/")], "Drafts"),
        (["INBOX", "Notes"], [("", "/")], None),
    ],
)
def test_drafts_by_usual_name(
    names: list[str], prefixes: list[tuple[str, str]], expected: str | None
) -> None:
    listing = [(frozenset[bytes](), "/", n) for n in names]
    assert imap._by_name(listing, prefixes, imap._DRAFTS_NAMES) == expected


def test_sent_by_usual_name() -> None:
    listing = [(frozenset[bytes](), "/", n) for n in ["INBOX", "[Gmail]/Sent Mail"]]
    assert imap._by_name(listing, [("", "/")], imap._SENT_NAMES) == "[Gmail]/Sent Mail"
    listing = [(frozenset[bytes](), ".", n) for n in ["INBOX", "Éléments envoyés"]]
    assert imap._by_name(listing, [("", ".")], imap._SENT_NAMES) == "Éléments envoyés"


def test_watcher_refuses_an_idle_cycle_past_ten_minutes(tmp_path: Path) -> None:
    from followup.config import Account, Server

    account = Account("x", Server("localhost", 993), "u", Credentials(password_file=tmp_path))
    with pytest.raises(ValueError):
        Watcher(account, lambda: PlainSecret("password", "p"), "INBOX", print, cycle=1800)


def test_change_detection() -> None:
    assert imap._changes([(3, b"EXISTS")])
    assert imap._changes([(b"OK", b"Still here"), (2, b"EXPUNGE")])
    assert not imap._changes([(b"OK", b"Still here")])
    assert imap._bye([(b"BYE", b"Server shutting down.")])


def test_connections_share_one_tls_context_until_the_ca_file_changes(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    """The worker and each IDLE watcher hold a connection: one CA store between them, and a
    ca_file replaced on disk (a renewed CA) is read again by the next connection."""
    ca_file = tmp_path / "ca.pem"
    ca_file.write_bytes(dovecot.tls.ca_file.read_bytes())
    account = dovecot.account(ca_file=ca_file)
    with ImapMailbox(account, dovecot.secret) as one, ImapMailbox(account, dovecot.secret) as two:
        assert one._client.ssl_context is two._client.ssl_context
        first = one._client.ssl_context
    ca_file.write_bytes(dovecot.tls.ca_file.read_bytes())
    later = os.stat(ca_file).st_mtime_ns + 1_000_000_000
    os.utime(ca_file, ns=(later, later))
    with ImapMailbox(account, dovecot.secret) as three:
        assert three._client.ssl_context is not first
        assert three.status("INBOX").messages == 0  # and it still verifies the server
        second = three._client.ssl_context
    # Replaced by a copy that keeps the old mtime (cp -p, rsync -a): still read again.
    mtime = os.stat(ca_file).st_mtime_ns
    copy = tmp_path / "ca.new"
    copy.write_bytes(dovecot.tls.ca_file.read_bytes())
    os.utime(copy, ns=(mtime, mtime))
    os.replace(copy, ca_file)
    with ImapMailbox(account, dovecot.secret) as four:
        assert four._client.ssl_context is not second
