"""The mailbox over a local Maildir tree (mbsync, offlineimap, Dovecot, mutt, notmuch users).

ImapMailbox's interface and a watcher, over files; no business logic: bytes, UIDs, folders.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import logging
import os
import random
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from imapclient import imap_utf7  # type: ignore[import-untyped]
from watchdog.events import (
    FileCreatedEvent,
    FileDeletedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.utils.event_debouncer import EventDebouncer

from followup.config import Account, MaildirLayout, MaildirPlace

# The usual and localised names of the special folders are IMAP's: one list for both backends.
from followup.imap import (
    _DRAFTS_NAMES,
    _NAME_ROOTS,
    _SENT_NAMES,
    DELETED,
    DRAFT,
    HEADER_FIELDS,
    SEEN,
    CommandFailed,
    FolderMissing,
    Folders,
    FolderStatus,
    Header,
    LinkLost,
    MailboxError,
)
from followup.mailbox import Since

__all__ = [
    "MAP_DIR",
    "MaildirMailbox",
    "MaildirWatcher",
    "Tree",
    "find_tree",
    "flags_of_name",
    "message_key",
]

log = logging.getLogger(__name__)

# Where the UID maps live, under followup's state directory (see UidMap for why not in the
# Maildir itself).
MAP_DIR = "maildir-uids"
# Subfolders deeper than this are not looked for (a symlink loop must not hang discovery).
MAX_DEPTH = 8
INBOX = "INBOX"

# Maildir info flags (the letters after ":2,") and the IMAP flags they stand for.
_FLAG_LETTERS = {
    "D": DRAFT,
    "F": b"\\Flagged",
    "P": b"$Forwarded",
    "R": b"\\Answered",
    "S": SEEN,
    "T": DELETED,
}
_LETTER_OF = {flag.lower(): letter for letter, flag in _FLAG_LETTERS.items()}
# Where the info part of a file name begins: ":2," by the spec; mbsync's InfoDelimiter and
# Maildirs kept on file systems that forbid ':' use ';' or '!'.
_INFO = re.compile(r"[:;!]2,")
# mbsync writes its UID into the unique part and adds it when it first syncs a message: the
# same message before and after.
_MBSYNC_UID = re.compile(r",U=(\d+)")
_CALENDAR_TYPE = re.compile(rb"(?im)^content-type:[ \t]*(?:text/calendar|application/ics)\b")
_ICS_NAME = re.compile(rb'(?i)\bname\*?=[ \t]*"?[^"\r\n;]*\.ics(?=["; \t\r\n])')
_TOP_TYPE = re.compile(rb"(?im)^content-type:[ \t]*([a-z0-9.+-]+/[a-z0-9.+-]+)")
_MESSAGE_ID = re.compile(rb"(?im)^message-id:[ \t]*([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)")
_CALENDAR_WORDS = (b"alendar", b"ALENDAR", b".ics", b".ICS", b".Ics", b"/ics", b"/ICS")
_HEADER_NAMES = frozenset(name.encode("ascii") for name in HEADER_FIELDS)
_MAILDIR_SUBDIRS = ("cur", "new", "tmp")


# ---- names -------------------------------------------------------------------------------


def message_key(file_name: str) -> str:
    """The part of a file name that names the message for good: the unique part before the
    info (flags change it), without mbsync's `,U=n` (added on its first sync)."""
    match = _INFO.search(file_name)
    unique = file_name[: match.start()] if match else file_name
    return _MBSYNC_UID.sub("", unique)


def flags_of_name(file_name: str) -> tuple[bytes, ...]:
    """The IMAP flags a file name carries (`...:2,DS` -> \\Draft, \\Seen); lower-case letters
    are Dovecot's keywords, which no one here reads."""
    match = _INFO.search(file_name)
    if not match:
        return ()
    letters = file_name[match.end() :]
    return tuple(_FLAG_LETTERS[c] for c in sorted(set(letters)) if c in _FLAG_LETTERS)


def _info(flags: Iterable[bytes]) -> str:
    letters = {_LETTER_OF[f.lower()] for f in flags if f.lower() in _LETTER_OF}
    return ":2," + "".join(sorted(letters))


_deliveries = 0
_deliveries_lock = threading.Lock()


def _unique_name() -> str:
    """A new unique part as the Maildir spec makes it: time, microseconds, pid, a counter,
    and the host name with '/' and ':' escaped."""
    global _deliveries
    with _deliveries_lock:
        _deliveries += 1
        count = _deliveries
    now = time.time()
    host = socket.gethostname().replace("/", "\\057").replace(":", "\\072") or "localhost"
    rand = random.randrange(16**6)  # noqa: S311 - uniqueness within the microsecond, not crypto
    return f"{int(now)}.M{int(now * 1e6) % 1_000_000}P{os.getpid()}Q{count}R{rand:06x}.{host}"


def _decoded(segment: str) -> str:
    """A folder name as the user reads it: Dovecot and Courier keep IMAP's modified UTF-7 on
    disk (`Entw&APw-rfe`), mbsync and offlineimap usually UTF-8."""
    if "&" not in segment:
        return segment
    try:
        text = str(imap_utf7.decode(segment.encode("ascii")))
    except (UnicodeError, ValueError):
        return segment
    return text if imap_utf7.encode(text) == segment.encode("ascii") else segment


# ---- the tree ----------------------------------------------------------------------------


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


@dataclass(frozen=True)
class Tree:
    """The folders of one Maildir tree: name (as the user sees it) -> directory."""

    root: Path
    layout: MaildirLayout  # the one found (never AUTO)
    folders: dict[str, Path] = field(default_factory=dict)

    def path_of(self, name: str) -> Path | None:
        if name in self.folders:
            return self.folders[name]
        if name.upper() == INBOX:
            return next((p for n, p in self.folders.items() if n.upper() == INBOX), None)
        return None


def find_tree(place: MaildirPlace) -> Tree:
    """Every folder under `place.path`, named the way the layout names them.

    Maildir++: the root is INBOX and `.Name` (`.Parent.Child`) are its folders. Plain: every
    directory holding cur/ and new/ is a folder named by its path (`INBOX`, `Archive/2024`);
    a root that is itself a Maildir is INBOX when no `INBOX/` exists. Auto: Maildir++ when
    the root is a Maildir with `.Name` folders or with no plain ones, else plain.
    """
    root = place.path
    layout = place.layout
    if layout is MaildirLayout.AUTO:
        layout = _detect(root)
    folders: dict[str, Path] = {}
    if layout is MaildirLayout.MAILDIR_PLUS_PLUS:
        if _is_maildir(root):
            folders[INBOX] = root
        for entry in _subdirs(root):
            if entry.name.startswith(".") and entry.name not in (".", "..") and _is_maildir(entry):
                folders[_decoded(entry.name[1:])] = entry
    else:
        for path, parts in _plain_maildirs(root, (), 0):
            name = "/".join(_decoded(p) for p in parts)
            if len(parts) == 1 and name.upper() == INBOX:
                name = INBOX
            folders.setdefault(name, path)
        if _is_maildir(root) and INBOX not in folders:
            folders[INBOX] = root
    return Tree(root, layout, dict(sorted(folders.items())))


def _detect(root: Path) -> MaildirLayout:
    if not _is_maildir(root):
        return MaildirLayout.PLAIN
    dotted = any(e.name.startswith(".") and _is_maildir(e) for e in _subdirs(root))
    plain = any(
        not e.name.startswith(".") and e.name not in _MAILDIR_SUBDIRS and _is_maildir(e)
        for e in _subdirs(root)
    )
    return MaildirLayout.PLAIN if plain and not dotted else MaildirLayout.MAILDIR_PLUS_PLUS


def _subdirs(path: Path) -> list[Path]:
    try:
        return sorted(p for p in path.iterdir() if p.is_dir())
    except OSError:
        return []


def _plain_maildirs(
    directory: Path, parts: tuple[str, ...], depth: int
) -> Iterator[tuple[Path, tuple[str, ...]]]:
    if depth >= MAX_DEPTH:
        return
    for entry in _subdirs(directory):
        name = entry.name
        if name.startswith(".") or (name in _MAILDIR_SUBDIRS and _is_maildir(directory)):
            continue
        here = (*parts, name)
        if _is_maildir(entry):
            yield entry, here
        yield from _plain_maildirs(entry, here, depth + 1)


def _special(tree: Tree, names: Sequence[str]) -> str | None:
    """The folder with one of the usual names (also under [Gmail]/ or INBOX/ or INBOX.),
    exact spelling first, then any case."""
    candidates = [
        joiner.join((*root, name))
        for root in _NAME_ROOTS
        for name in names
        for joiner in ("/", ".")
    ]
    for candidate in candidates:
        if candidate in tree.folders:
            return candidate
    folded = {name.casefold(): name for name in reversed(tree.folders)}
    return next((folded[c.casefold()] for c in candidates if c.casefold() in folded), None)


# ---- the UID map -------------------------------------------------------------------------


class UidMap:
    """Stable UIDs for one Maildir folder: message key -> UID (and its Message-ID, cached).

    Maildir has no UIDs, so they are kept here, in followup's state directory, in a file
    named after the folder's path, and NOT in the Maildir: mbsync, offlineimap and notmuch
    sync or index what they find there (a Maildir++ tool takes any `.name` for a folder),
    the Maildir may be read-only or shared with another machine, and a map kept beside the
    state database is lost together with the cursors it numbers, never apart from them.
    When the map is lost the folder gets a new UIDVALIDITY, so the worker rescans it and
    recognises what it read before by Message-ID. (Not the one mbsync or Dovecot keep: a map
    made again would then claim the old numbering while giving the messages it had numbered
    itself other UIDs, and a cursor could skip them.) The UIDs mbsync (`,U=n`) or Dovecot
    (`dovecot-uidlist`) gave are taken over when a map starts, and for new messages whenever
    they are above every UID given so far, so UIDs read the same in every tool.
    """

    def __init__(self, folder_dir: Path, state_dir: Path) -> None:
        self.folder_dir = folder_dir
        digest = hashlib.sha256(str(folder_dir).encode("utf-8", "surrogateescape")).hexdigest()
        self.file = state_dir / MAP_DIR / f"{digest[:24]}.json"
        self.uidvalidity = 0
        self.uidnext = 1
        self.entries: dict[str, list[Any]] = {}  # key -> [uid, message_id | None]
        self._stamp: tuple[int, int] | None = None
        self._dirty = False
        self._hints: dict[str, int] = {}  # another tool's UIDs, read when the map started
        self._fresh = False  # started just now: another tool's UIDs are taken as they are
        self._missing: set[str] = set()  # keys the last listing did not show
        # Bumped whenever keys or UIDs change (a sync, a reload, a new map): a cached
        # UID -> key table is good while it stays the same.
        self.generation = 0

    @contextlib.contextmanager
    def locked(self) -> Iterator[UidMap]:
        """The map as on disk, for one change: another process (`followup run --once` next
        to the daemon) numbering the same folder sees the same UIDs."""
        self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # 0600 like every state file: its name tells which folders are mail (umask 022 is common).
        descriptor = os.open(self.file.with_suffix(".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        with open(descriptor, "a+b") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                self._load_if_changed()
                try:
                    yield self
                finally:
                    if self._dirty:
                        self._save()
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _load_if_changed(self) -> None:
        try:
            st = self.file.stat()
        except FileNotFoundError:
            if self.uidvalidity == 0:
                self._start()
            return
        stamp = (st.st_mtime_ns, st.st_size)
        if stamp == self._stamp:
            return
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
            self.uidvalidity = int(data["uidvalidity"])
            self.uidnext = int(data["uidnext"])
            self.entries = {str(k): list(v) for k, v in data["messages"].items()}
            self.generation += 1
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.warning("the UID map %s is unreadable (%s): numbering afresh", self.file, error)
            self._start()
            return
        self._stamp = stamp

    def _start(self) -> None:
        """A new map, under a new UIDVALIDITY (see the class's docstring)."""
        known = _other_tools_uids(self.folder_dir)
        self.uidvalidity = random.randrange(1, 2**32)  # noqa: S311 - uniqueness, not secrecy
        self.uidnext = max(known.uidnext, 1)
        self.entries = {}
        self.generation += 1
        self._hints = known.uids
        self._fresh = True
        self._dirty = True

    def _save(self) -> None:
        data = {
            "folder": str(self.folder_dir),
            "uidvalidity": self.uidvalidity,
            "uidnext": self.uidnext,
            "messages": self.entries,
        }
        temporary = self.file.with_suffix(f".tmp{os.getpid()}")
        # 0600 whatever the umask: the map holds the Message-IDs of the user's mail.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(descriptor, "w", encoding="utf-8") as out:
            out.write(json.dumps(data, separators=(",", ":")))
        os.replace(temporary, self.file)
        st = self.file.stat()
        self._stamp = (st.st_mtime_ns, st.st_size)
        self._dirty = False

    def sync(self, files: dict[str, Path]) -> None:
        """Give every present message a UID (in arrival order); forget one that is missing
        from two listings in a row (a listing may miss a file renamed while it is read)."""
        for gone in set(self.entries) - set(files):
            if gone in self._missing:
                del self.entries[gone]
                self._dirty = True
                self.generation += 1
        self._missing = set(self.entries) - set(files)
        new = [key for key in files if key not in self.entries]
        if not new:
            return
        hints = self._hints or _other_tools_uids(self.folder_dir).uids
        taken = {entry[0] for entry in self.entries.values()}
        new.sort(key=lambda key: (_mtime(files[key]), files[key].name))
        # Another tool's UIDs first (taken over when above everything given so far)...
        floor = 1 if self._fresh else self.uidnext
        fresh = []
        for key in new:
            hint = hints.get(key) or _mbsync_uid(files[key].name)
            if hint and hint >= floor and hint not in taken:
                self.entries[key] = [hint, None]
                taken.add(hint)
            else:
                fresh.append(key)
        if len(fresh) < len(new):
            self.uidnext = max(self.uidnext, max(taken) + 1)
        # ... then the rest, in the order they arrived.
        for key in fresh:
            self.entries[key] = [self.uidnext, None]
            self.uidnext += 1
        self.generation += 1
        self._hints = {}
        self._fresh = False
        self._dirty = True

    def remember_id(self, key: str, message_id: str) -> None:
        entry = self.entries.get(key)
        if entry is not None and entry[1] != message_id:
            entry[1] = message_id
            self._dirty = True


# A listing taken this many seconds after its directories last changed may be reused: more
# than the coarsest mtime granularity of the file systems Maildirs live on (FAT: 2 s).
SETTLED = 2.5


@dataclass
class _Listing:
    """One listing of a folder: the mtimes of new/ and cur/ read before it, its files,
    whether it may be reused while they stay the same, and the UID -> key table made from
    it under map generation `generation`."""

    stamps: tuple[int, int]
    files: dict[str, Path]
    settled: bool = False
    generation: int = -1
    by_uid: dict[int, str] | None = None


def _directory_stamps(directory: Path) -> tuple[int, int]:
    stamps = []
    for sub in ("new", "cur"):
        try:
            stamps.append(os.stat(directory / sub).st_mtime_ns)
        except FileNotFoundError:
            stamps.append(0)
    return stamps[0], stamps[1]


@dataclass(frozen=True)
class _Known:
    uidvalidity: int = 0
    uidnext: int = 1
    uids: dict[str, int] = field(default_factory=dict)


def _other_tools_uids(folder: Path) -> _Known:
    """UIDVALIDITY, next UID and key -> UID as Dovecot or mbsync keep them, if either does
    (the validity is read for completeness; UidMap keeps its own)."""
    dovecot = folder / "dovecot-uidlist"
    if dovecot.is_file():
        with contextlib.suppress(OSError, ValueError, IndexError):
            return _dovecot_uidlist(dovecot.read_text(encoding="utf-8", errors="replace"))
    mbsync = folder / ".uidvalidity"
    if mbsync.is_file():
        with contextlib.suppress(OSError, ValueError, IndexError):
            lines = mbsync.read_text(encoding="ascii", errors="replace").split()
            return _Known(int(lines[0]), int(lines[1]) + 1 if len(lines) > 1 else 1)
    return _Known()


def _dovecot_uidlist(text: str) -> _Known:
    """Version 1 (`1 V N`) and 3 (`3 V123 N45 G...`) headers; lines `uid [fields] :name`
    (version 3) or `uid name` (version 1)."""
    lines = text.splitlines()
    header = lines[0].split()
    if header[0] == "1":
        validity, nextuid = int(header[1]), int(header[2])
    else:
        fields = {item[0]: item[1:] for item in header[1:] if item}
        validity, nextuid = int(fields["V"]), int(fields.get("N", "1"))
    uids: dict[str, int] = {}
    for line in lines[1:]:
        head, _, name = line.partition(":") if header[0] != "1" else line.partition(" ")
        number = head.split()[0] if head.split() else ""
        if number.isdigit() and name:
            uids[message_key(name.strip())] = int(number)
    return _Known(validity, nextuid, uids)


def _mbsync_uid(name: str) -> int | None:
    match = _MBSYNC_UID.search(name)
    return int(match.group(1)) if match else None


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


# ---- the mailbox -------------------------------------------------------------------------


class MaildirMailbox:
    """One account's Maildir tree. Not thread-safe: one per thread (like ImapMailbox).

    Reading never changes a file (bodies do not mark anything seen); writing goes through
    tmp/ as the Maildir spec says, so a reader never sees half a message.
    """

    def __init__(self, account: Account, state_dir: Path) -> None:
        if account.maildir is None:
            raise ValueError(f"account {account.name!r} is not a Maildir account")
        self.account = account
        self.place = account.maildir
        self.state_dir = state_dir
        self.tree: Tree | None = None
        self._maps: dict[Path, UidMap] = {}
        self._listings: dict[Path, _Listing] = {}

    def _say(self, text: str) -> str:
        return f"account {self.account.name!r}: {text}"

    # -- connection ----------------------------------------------------------------------------

    def connect(self) -> None:
        """Find the tree's folders (again); a missing root is FolderMissing."""
        root = self.place.path
        if not root.is_dir():
            raise FolderMissing(
                self._say(
                    f"the Maildir {str(root)!r} does not exist. Is the disk mounted, has mbsync "
                    "or offlineimap run once? Else set maildir.path in the config."
                )
            )
        self.tree = find_tree(self.place)
        if not self.tree.folders:
            raise FolderMissing(
                self._say(
                    f"no Maildir folders under {str(root)!r} (a folder is a directory with "
                    "cur/ and new/ in it). Point maildir.path at the top of the tree."
                )
            )

    def close(self) -> None:
        self.tree = None

    def noop(self) -> None:
        """Nothing to keep alive: here for the same shape as ImapMailbox."""

    def _tree(self) -> Tree:
        if self.tree is None:
            self.connect()
        assert self.tree is not None
        return self.tree

    def folder_dir(self, folder: str) -> Path:
        """The directory of `folder`; FolderMissing (naming the folders there) if none."""
        tree = self._tree()
        path = tree.path_of(folder)
        if path is None or not _is_maildir(path):
            self.tree = find_tree(self.place)  # created since? look once more
            tree = self.tree
            path = tree.path_of(folder)
        if path is None or not _is_maildir(path):
            raise self._missing(folder)
        return path

    def _missing(self, folder: str, setting: str | None = None) -> FolderMissing:
        names = list(self._tree().folders)
        shown = ", ".join(repr(n) for n in names[:40]) + (" ..." if len(names) > 40 else "")
        advice = f" Set {setting} in the config to one of them." if setting else ""
        return FolderMissing(
            self._say(
                f"the folder {folder!r} does not exist in the Maildir {str(self.place.path)!r} "
                f"({self._tree().layout.value} layout). Folders there: {shown}.{advice}"
            )
        )

    def find_folders(self) -> Folders:
        """INBOX, Sent (None when there is none) and Drafts: the config's names when set (they
        must exist), else the usual names, localised ones included."""
        tree = self._tree()
        overrides = self.account.folders

        def existing(name: str, setting: str) -> str:
            if tree.path_of(name) is None:
                raise self._missing(name, setting)
            return INBOX if name.upper() == INBOX else name

        inbox = existing(overrides.inbox, "folders.inbox")
        if overrides.drafts:
            drafts = existing(overrides.drafts, "folders.drafts")
        else:
            found = _special(tree, _DRAFTS_NAMES)
            if found is None:
                shown = ", ".join(repr(n) for n in tree.folders)
                raise FolderMissing(
                    self._say(
                        f"no Drafts folder in the Maildir {str(self.place.path)!r}: none has a "
                        f"usual name. Folders there: {shown}. Set folders.drafts in the config "
                        "to the folder your mail client keeps drafts in."
                    )
                )
            drafts = found
        sent = existing(overrides.sent, "folders.sent") if overrides.sent else None
        if sent is None:
            sent = _special(tree, _SENT_NAMES)
        return Folders(inbox=inbox, sent=sent, drafts=drafts)

    def own_folder(self, path: Sequence[str], *, create: bool) -> str | None:
        """The folder `path` (e.g. ("Followup", "Track")) named the tree's way: `Followup.Track`
        in Maildir++ (the directory `.Followup.Track`), `Followup/Track` in plain layout. Made
        (cur/, new/, tmp/; Maildir++'s `maildirfolder` marker) when missing and `create`."""
        tree = self._tree()
        plus = tree.layout is MaildirLayout.MAILDIR_PLUS_PLUS
        name = ("." if plus else "/").join(path)
        existing = {n.casefold(): n for n in tree.folders}
        if name.casefold() in existing:
            return existing[name.casefold()]
        if not create:
            return None
        if plus:
            encoded = ".".join(str(imap_utf7.encode(p).decode("ascii")) for p in path)
            directory = tree.root / ("." + encoded)
        else:
            directory = tree.root.joinpath(*path)
        try:
            for sub in _MAILDIR_SUBDIRS:
                (directory / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
            if plus:
                (directory / "maildirfolder").touch()
        except OSError as error:
            raise CommandFailed(
                self._say(f"cannot make the folder {name!r}: {error.strerror or error}")
            ) from error
        self.tree = find_tree(self.place)
        log.info("%s: made the folder %r (%s)", self.account.name, name, directory)
        return name

    # -- the folder's messages -----------------------------------------------------------------

    def _map(self, directory: Path) -> UidMap:
        uid_map = self._maps.get(directory)
        if uid_map is None:
            uid_map = self._maps[directory] = UidMap(directory.absolute(), self.state_dir)
        return uid_map

    def _listing(self, directory: Path) -> _Listing:
        """The folder's files, listed again only when new/ or cur/ changed: a wake-up reads
        a 10,000-message folder in two stat calls instead of a listing each time it asks.

        A directory's mtime moves with every file added, removed or renamed in it, but in
        steps of the file system's granularity (a clock tick; 1-2 s on some): a change soon
        after a listing could leave the mtime it had. So, as git does with its index, a
        listing is reused only when it was taken at least SETTLED seconds after the mtimes
        it saw (read before it): any later change has a later mtime. (An NFS client's
        cached attributes can delay noticing a change, never lose it.)"""
        stamps = _directory_stamps(directory)
        known = self._listings.get(directory)
        if known is not None and known.stamps == stamps and known.settled:
            return known
        taken = time.time_ns()
        listing = _Listing(stamps, self._scan(directory))
        listing.settled = taken - max(stamps) >= SETTLED * 1_000_000_000
        self._listings[directory] = listing
        return listing

    def _scan(self, directory: Path) -> dict[str, Path]:
        """key -> file of every message. new/ is listed before cur/: a message a client moves
        between the two listings is seen twice (one key), never missed."""
        files: dict[str, Path] = {}
        for sub in ("new", "cur"):
            try:
                entries = list(os.scandir(directory / sub))
            except FileNotFoundError:
                continue
            except OSError as error:
                raise LinkLost(
                    self._say(f"cannot list {directory / sub}: {error.strerror or error}")
                ) from error
            for entry in entries:
                if entry.name.startswith("."):
                    continue  # the spec's rule: dot-files are no messages
                files[message_key(entry.name)] = Path(entry.path)
        return files

    @contextlib.contextmanager
    def _synced(self, folder: str) -> Iterator[tuple[UidMap, dict[str, Path], dict[int, str]]]:
        """The folder's map (every message numbered), its files by key, and UID -> key.
        Listed under the map's lock: two processes never number different listings."""
        directory = self.folder_dir(folder)
        try:
            with self._map(directory).locked() as uid_map:
                listing = self._listing(directory)
                if listing.generation != uid_map.generation or listing.by_uid is None:
                    uid_map.sync(listing.files)
                    listing.generation = uid_map.generation
                    listing.by_uid = {
                        e[0]: key for key, e in uid_map.entries.items() if key in listing.files
                    }
                yield uid_map, listing.files, listing.by_uid
        except OSError as error:
            raise LinkLost(
                self._say(f"cannot keep the UID map of {folder!r}: {error.strerror or error}")
            ) from error

    def status(self, folder: str) -> FolderStatus:
        with self._synced(folder) as (uid_map, files, _):
            return FolderStatus(uid_map.uidvalidity, uid_map.uidnext, len(files))

    def message_counts(self, folders: Sequence[str]) -> dict[str, int]:
        return {folder: self.status(folder).messages for folder in folders}

    def uids_after(self, folder: str, last_uid: int) -> tuple[int, list[int]]:
        """(UIDVALIDITY, sorted UIDs above `last_uid`)."""
        with self._synced(folder) as (uid_map, _, by_uid):
            return uid_map.uidvalidity, sorted(uid for uid in by_uid if uid > last_uid)

    def uids_since(self, folder: str, day: date) -> Since:
        """Messages that arrived on or after `day` by the file's modification time, which
        delivery agents, Dovecot and mbsync set to the arrival."""
        with self._synced(folder) as (uid_map, files, by_uid):
            found = [
                uid
                for uid, key in by_uid.items()
                if datetime.fromtimestamp(_mtime(files[key])).date() >= day
            ]
            return Since(uid_map.uidvalidity, sorted(found), uid_map.uidnext)

    def _read(self, directory: Path, key: str, path: Path) -> bytes | None:
        """The file's bytes; when a client renamed it meanwhile (flags), its new name's."""
        for attempt in range(3):
            try:
                return path.read_bytes()
            except FileNotFoundError:
                if attempt == 2:
                    return None
                path = self._scan(directory).get(key) or path
                if not path.exists():
                    return None
            except OSError as error:
                raise LinkLost(
                    self._say(f"cannot read {path}: {error.strerror or error}")
                ) from error
        return None

    def headers(self, folder: str, uids: Sequence[int]) -> list[Header]:
        """Header fields, size, flags and structure of `uids` (absent ones are skipped), in
        UID order; the same header fields IMAP fetches. Nothing is marked seen."""
        if not uids:
            return []
        out: list[Header] = []
        directory = self.folder_dir(folder)
        with self._synced(folder) as (uid_map, files, by_uid):
            for uid in sorted(set(uids)):
                key = by_uid.get(uid)
                if key is None:
                    continue
                raw = self._read(directory, key, files[key])
                if raw is None:
                    continue
                chosen = _chosen_fields(_header_block(raw))
                uid_map.remember_id(key, _message_id(chosen))
                out.append(
                    Header(
                        uid=uid,
                        raw=chosen,
                        size=len(raw),
                        has_calendar=_has_calendar(raw, chosen),
                        flags=flags_of_name(files[key].name),
                    )
                )
        return out

    def bodies(self, folder: str, uids: Sequence[int]) -> dict[int, bytes]:
        """Whole messages by UID; absent UIDs are left out. Never changes a flag."""
        out: dict[int, bytes] = {}
        if not uids:
            return out
        directory = self.folder_dir(folder)
        with self._synced(folder) as (_, files, by_uid):
            for uid in sorted(set(uids)):
                key = by_uid.get(uid)
                if key is not None:
                    raw = self._read(directory, key, files[key])
                    if raw is not None:
                        out[uid] = raw
        return out

    def fetch_message(self, folder: str, uid: int) -> bytes | None:
        return self.bodies(folder, [uid]).get(uid)

    def find_message_id(self, folder: str, message_id: str) -> list[int]:
        """UIDs of messages whose Message-ID is exactly `message_id` (angle brackets
        optional). Message-IDs are read once per message and kept in the UID map."""
        wanted = _normal_id(message_id)
        directory = self.folder_dir(folder)
        hits = []
        with self._synced(folder) as (uid_map, files, _):
            for key, entry in uid_map.entries.items():
                if key not in files:
                    continue
                if entry[1] is None:
                    raw = self._read(directory, key, files[key])
                    if raw is None:
                        continue
                    uid_map.remember_id(key, _message_id(_header_block(raw)))
                if entry[1] == wanted:
                    hits.append(int(entry[0]))
        return sorted(hits)

    # -- writing -------------------------------------------------------------------------------

    def append(
        self,
        folder: str,
        raw: bytes,
        flags: Sequence[bytes] = (DRAFT, SEEN),
        when: datetime | None = None,
    ) -> int | None:
        """Store `raw` in `folder` as the Maildir spec says: written and synced in tmp/, then
        linked into cur/ (with its flags in the name) or new/ (no flags: unread news). The
        file's time is `when`, which readers take for the arrival. Returns its UID."""
        if not isinstance(raw, bytes):
            raise TypeError("append takes the message as bytes, e.g. msg.as_bytes(policy=SMTP)")
        if when is not None and when.utcoffset() is None:
            raise ValueError("append needs an aware datetime (with a time zone) or None")
        directory = self.folder_dir(folder)
        unique = _unique_name()
        temporary = directory / "tmp" / unique
        final = directory / "cur" / (unique + _info(flags)) if flags else directory / "new" / unique
        try:
            (directory / "tmp").mkdir(exist_ok=True)
            with open(temporary, "xb") as out:
                out.write(raw)
                out.flush()
                os.fsync(out.fileno())
            if when is not None:
                stamp = when.timestamp()
                os.utime(temporary, (stamp, stamp))
            _link(temporary, final)
            _sync_dir(final.parent)
        except OSError as error:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise CommandFailed(
                self._say(f"cannot write to {folder!r} ({final.parent}): {error.strerror or error}")
            ) from error
        key = message_key(final.name)
        with self._synced(folder) as (uid_map, _, _):
            uid_map.remember_id(key, _message_id(_header_block(raw)))
            return int(uid_map.entries[key][0])

    def remove(self, folder: str, uid: int) -> bool:
        """Delete this one message's file (never anything else). True when it is gone."""
        for _attempt in range(3):
            with self._synced(folder) as (_, files, by_uid):
                key = by_uid.get(uid)
                if key is None:
                    return True
                path = files[key]
            try:
                path.unlink()
                return True
            except FileNotFoundError:
                continue  # a client renamed it (a flag) meanwhile: look again
            except OSError as error:
                raise CommandFailed(
                    self._say(f"cannot delete {path}: {error.strerror or error}")
                ) from error
        log.debug("%s: %s UID %s kept moving while being removed", self.account.name, folder, uid)
        return False


def _link(source: Path, target: Path) -> None:
    """Into place without ever overwriting: link() as the spec says, rename() where the file
    system has no hard links."""
    try:
        os.link(source, target)
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        if target.exists():
            raise
        os.rename(source, target)
        return
    source.unlink()


def _sync_dir(directory: Path) -> None:
    """The new name survives a crash once its directory is synced."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)


def _header_block(raw: bytes) -> bytes:
    """Everything up to the blank line that ends the header (CRLF or LF files alike)."""
    ends = [(at, len(mark)) for mark in (b"\n\n", b"\n\r\n") if (at := raw.find(mark)) >= 0]
    if not ends:
        return raw
    at, length = min(ends)
    return raw[: at + length]


def _chosen_fields(head: bytes) -> bytes:
    """The header fields IMAP is asked for (imap.HEADER_FIELDS), in their order in the file,
    folded lines kept, then the blank line, like BODY[HEADER.FIELDS (...)]."""
    out: list[bytes] = []
    keep = False
    for line in head.splitlines(keepends=True):
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            if keep:
                out.append(line)
            continue
        name = line.split(b":", 1)[0].strip().upper()
        keep = b":" in line and name in _HEADER_NAMES
        if keep:
            out.append(line)
    return b"".join(out) + b"\r\n"


def _has_calendar(raw: bytes, head: bytes) -> bool:
    """A text/calendar or application/ics part, or a part named *.ics, anywhere. A message
    that is not multipart says so in its header; the others are searched only when the
    words can be there at all (the search costs more than the read)."""
    top = _TOP_TYPE.search(head)
    if top is not None and not top.group(1).lower().startswith(b"multipart/"):
        return bool(_CALENDAR_TYPE.search(head) or _ICS_NAME.search(head))
    if not any(word in raw for word in _CALENDAR_WORDS):
        return False
    return bool(_CALENDAR_TYPE.search(raw) or _ICS_NAME.search(raw))


def _message_id(head: bytes) -> str:
    """The Message-ID field of a header block ('' when it has none or a broken one)."""
    match = _MESSAGE_ID.search(head)
    if match is None:
        return ""
    try:
        return _normal_id(match.group(1).decode("utf-8", "replace"))
    except ValueError:
        return ""


def _normal_id(message_id: str) -> str:
    text = re.sub(r"\r?\n[ \t]+", " ", message_id).strip()
    if not text or any(c in text for c in "\r\n\0"):
        raise ValueError(f"not a Message-ID: {message_id!r}")
    return "<" + text.strip("<>") + ">"


# ---- watching ----------------------------------------------------------------------------

# Changes that close together are one wake-up: a client moving 200 messages, mbsync's burst.
DEBOUNCE_SECONDS = 0.3


class _Changes(FileSystemEventHandler):
    """On the observer's thread: keeps only what changes the set of messages (a file created,
    moved or deleted); reading a message (opened/closed events) is no change."""

    def __init__(self, debouncer: EventDebouncer) -> None:
        self._debouncer = debouncer

    def on_any_event(self, event: FileSystemEvent) -> None:
        if isinstance(event, FileCreatedEvent | FileMovedEvent | FileDeletedEvent):
            self._debouncer.handle_event(event)


class MaildirWatcher:
    """Watches one folder's new/ and cur/ and calls on_change(folder) when messages came,
    went or changed flags; it never reads or writes mail itself. Same shape as
    imap.Watcher: start(), stop(), callbacks on its own threads that must only hand the news
    over. on_change is called once after start, so the owner catches up."""

    def __init__(
        self,
        directory: Path,
        folder: str,
        on_change: Callable[[str], None],
        *,
        on_error: Callable[[MailboxError], None] | None = None,
        debounce: float = DEBOUNCE_SECONDS,
    ) -> None:
        self.directory = directory
        self.folder = folder
        self._on_change = on_change
        self._on_error = on_error
        self._debouncer = EventDebouncer(debounce, self._batch)
        self._observer: Any = None
        self.watching = False  # False when the folder could not be watched (see on_error)

    def start(self) -> None:
        """Watch, or report why not through on_error; never raises (the daemon then still
        looks every few minutes)."""
        observer = Observer()
        handler = _Changes(self._debouncer)
        try:
            for sub in ("new", "cur"):
                observer.schedule(handler, str(self.directory / sub), recursive=False)
            observer.start()
        except OSError as error:
            self._report(
                MailboxError(
                    f"cannot watch {self.directory} ({error.strerror or error}); new mail is "
                    "noticed within five minutes instead"
                )
            )
            with contextlib.suppress(Exception):
                observer.stop()
            return
        self._observer = observer
        self._debouncer.start()
        self.watching = True
        self._changed()

    def stop(self, timeout: float = 2.0) -> None:
        observer, self._observer = self._observer, None
        if observer is not None:
            observer.stop()
            observer.join(timeout)
        if self._debouncer.is_alive():
            self._debouncer.stop()
            self._debouncer.join(timeout)
        self.watching = False

    def _batch(self, events: list[FileSystemEvent]) -> None:
        if events:
            self._changed()

    def _changed(self) -> None:
        try:
            self._on_change(self.folder)
        except Exception:
            log.exception("the on_change callback failed")

    def _report(self, error: MailboxError) -> None:
        if self._on_error is None:
            log.warning("%s", error)
            return
        try:
            self._on_error(error)
        except Exception:
            log.exception("the on_error callback failed")
