"""What the daemon needs of a mailbox, whatever stores it (IMAP today, Maildir alike).

The service codes against this protocol only, so a backend is a class with these methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import NamedTuple, Protocol


class HeaderLike(Protocol):
    """One message's headers and structure, fetched without its body."""

    uid: int
    raw: bytes
    has_calendar: bool
    flags: tuple[bytes, ...]


class StatusLike(Protocol):
    uidvalidity: int
    uidnext: int


class FolderCount(Protocol):
    """How many messages a folder holds: an empty one needs no search."""

    messages: int


class Since(NamedTuple):
    """What a search by arrival date found, and where the folder stood before it."""

    uidvalidity: int
    uids: list[int]  # sorted
    # UIDNEXT as it was before the search: every message arriving later has a UID at or
    # above it, so an empty answer can still place a cursor without missing one.
    uidnext: int


class Mailbox(Protocol):
    """Folders of messages addressed by (UIDVALIDITY, UID), plus writing drafts."""

    def status(self, folder: str) -> StatusLike: ...

    def uids_after(self, folder: str, last_uid: int) -> tuple[int, list[int]]:
        """(UIDVALIDITY, sorted UIDs above `last_uid`)."""
        ...

    def uids_since(self, folder: str, day: date) -> Since:
        """The messages that arrived on or after `day`."""
        ...

    def headers(self, folder: str, uids: Sequence[int]) -> Sequence[HeaderLike]: ...

    def bodies(self, folder: str, uids: Sequence[int]) -> dict[int, bytes]: ...

    def append(
        self,
        folder: str,
        raw: bytes,
        flags: Sequence[bytes] = ...,
        when: datetime | None = None,
    ) -> int | None:
        """Store a message; its UID when the server says (APPENDUID), else None."""
        ...

    def find_message_id(self, folder: str, message_id: str) -> list[int]: ...

    def fetch_message(self, folder: str, uid: int) -> bytes | None: ...

    def remove(self, folder: str, uid: int) -> bool:
        """Remove one message (never anything else); False when it could only be flagged."""
        ...
