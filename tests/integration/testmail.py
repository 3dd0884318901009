"""Mail for the mailbox-layer tests against a real server (test_imap.py on Dovecot,
test_cyrus.py on Cyrus), and a look at what the server holds, through the test user's own
imapclient connection (`server` is a loopback.LoopbackServer)."""

from __future__ import annotations

import email
import email.policy
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from email.policy import SMTP
from typing import Any

from followup.imap import ImapMailbox
from loopback import LoopbackServer


def message(
    subject: str = "Interview",
    *,
    message_id: str | None = None,
    calendar: bool = False,
    body: str = "Hello,\nthanks for your time.\n",
) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Rita Recruiter <rita@acme.example>"
    msg["To"] = "dana@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Thu, 26 Nov 2026 10:00:00 +0100"
    msg["Message-ID"] = message_id or f"<{subject.replace(' ', '-')}@acme.example>"
    msg.set_content(body)
    if calendar:
        msg.add_attachment(
            "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:1@acme\r\n"
            "DTSTART:20261201T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            subtype="calendar",
            params={"method": "REQUEST"},
        )
    return msg.as_bytes(policy=SMTP)


@contextmanager
def connected(server: LoopbackServer) -> Iterator[ImapMailbox]:
    """An ImapMailbox of the test user, connected (over TLS), closed afterwards."""
    box = ImapMailbox(server.account(), server.secret)
    box.connect()
    try:
        yield box
    finally:
        box.close()


def flags_of(server: LoopbackServer, folder: str, uid: int) -> tuple[bytes, ...]:
    """Stored flags (not the per-session \\Recent)."""
    with server.client() as c:
        c.select_folder(folder, readonly=True)
        return tuple(f for f in c.get_flags([uid]).get(uid, ()) if f != b"\\Recent")


def uids_in(server: LoopbackServer, folder: str) -> list[int]:
    with server.client() as c:
        c.select_folder(folder, readonly=True)
        return sorted(c.search("ALL"))


def folder_messages(server: LoopbackServer, folder: str) -> list[tuple[int, set[bytes], Any]]:
    """(UID, flags, parsed message) of everything in `folder`, oldest first, unread flags kept."""
    with server.client() as client:
        client.select_folder(folder, readonly=True)
        uids = client.search("ALL")
        data = client.fetch(uids, ["FLAGS", "BODY.PEEK[]"]) if uids else {}
    return [
        (
            uid,
            set(item[b"FLAGS"]),
            email.message_from_bytes(item[b"BODY[]"], policy=email.policy.default),
        )
        for uid, item in sorted(data.items())
    ]


def delete_all(server: LoopbackServer, folder: str) -> None:
    """What a mail client does when the user sends or discards a draft."""
    with server.client() as client:
        client.select_folder(folder)
        uids = client.search("ALL")
        if uids:
            client.delete_messages(uids)
            client.uid_expunge(uids)


def wait_for(condition: Callable[[], bool], seconds: float = 15.0) -> bool:
    """Poll until `condition()` holds; False when `seconds` pass first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False
