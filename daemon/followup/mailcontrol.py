"""Commands given from any mail client: a message copied into Followup/Track or Followup/Stop,
or tagged with a keyword, tells the daemon to track its thread or stop its application.

Folders work in every client, phone included; keywords suit clients that show them as tags
(Thunderbird, Apple Mail, aerc, mutt with a keyword patch). The daemon sets no keyword of its
own: it only takes off the one the user put on, once it has acted on it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeGuard

from followup.config import ControlNames
from followup.engine import Settings, application_of_message, apply_command, track_message
from followup.imap import CommandFailed
from followup.mail import parse
from followup.mailbox import HeaderLike
from followup.model import Command
from followup.store import Store

log = logging.getLogger(__name__)

TRACK = "track"
STOP = "stop"

__all__ = ["STOP", "TRACK", "ControlNames", "MailCommand", "MailControl", "apply_mail_command"]


@dataclass(frozen=True)
class MailCommand:
    """One instruction: the verb and the message it is about, and where it was found."""

    verb: str  # TRACK | STOP
    raw: bytes
    where: str  # e.g. "Followup/Track UID 7", for the log and the event


class ControlMailbox(Protocol):
    """What a backend offers for mail commands (IMAP does; a Maildir has folders only)."""

    def own_folder(self, path: Sequence[str], *, create: bool) -> str | None: ...

    def message_counts(self, folders: Sequence[str]) -> dict[str, int]: ...

    def uids_after(self, folder: str, last_uid: int) -> tuple[int, list[int]]: ...

    def headers(self, folder: str, uids: Sequence[int]) -> Sequence[HeaderLike]: ...

    def bodies(self, folder: str, uids: Sequence[int]) -> dict[int, bytes]: ...

    def remove(self, folder: str, uid: int) -> bool: ...


class KeywordMailbox(ControlMailbox, Protocol):
    def uids_with_keyword(self, folder: str, *keywords: str, fresh: bool = True) -> list[int]: ...

    def remove_keyword(self, folder: str, uids: Sequence[int], keyword: str) -> None: ...


class MailControl:
    """Finds the user's commands in one connection's mailbox and hands each to `apply`.

    Each command is applied before its trace is removed (the copy expunged by UID, the
    keyword taken off). A crash in between applies it again at the next start, which is
    harmless: tracking a tracked thread and stopping a stopped application change nothing.
    """

    def __init__(self, mailbox: ControlMailbox, names: ControlNames) -> None:
        self.mailbox = mailbox
        self.names = names
        self._folders: dict[str, str] | None = None  # verb -> folder name on the server
        self._tagged: dict[str, bool] = {}  # folder -> any keyword found by `look`

    def look(self, folder: str) -> None:
        """Search `folder` for the keywords now, while the cycle that just read it still has
        it selected: the `run` after it then needs no second EXAMINE of the folder."""
        mailbox = self.mailbox
        if self.names.enabled and _has_keywords(mailbox):
            keywords = [keyword for _, keyword in self.names.keywords()]
            try:
                found = mailbox.uids_with_keyword(folder, *keywords, fresh=False)
            except CommandFailed as error:
                # Mail is read before commands are run: a server refusing this search must
                # not hold up the cycle here; `run` asks again (and says why, if it fails).
                log.debug("%s: the keyword search failed (%s); asked again later", folder, error)
                return
            self._tagged[folder] = bool(found)

    def folders(self) -> dict[str, str]:
        """The control folders on the server (made on first use), looked up once per link."""
        if self._folders is None:
            found = {}
            for verb, path in self.names.folders():
                name = self.mailbox.own_folder(path, create=self.names.make_folders)
                if name is not None:
                    found[verb] = name
            self._folders = found
        return self._folders

    def run(self, tagged_in: Sequence[str], apply: Callable[[MailCommand], str]) -> list[str]:
        """Apply every pending command: copies in the control folders, then keywords on
        messages in `tagged_in` (INBOX, Sent). Returns what `apply` said of each."""
        if not self.names.enabled:
            return []
        said = []
        folders = self.folders()
        counts = self.mailbox.message_counts(list(folders.values()))
        for verb, folder in folders.items():
            if counts.get(folder) == 0:
                continue  # the usual case, told by one LIST-STATUS or a STATUS per folder
            _, uids = self.mailbox.uids_after(folder, 0)
            # A copy a server without UIDPLUS or MOVE could only flag \Deleted was done: applied
            # again, a lingering Track would undo the user's later stop.
            uids = [h.uid for h in self.mailbox.headers(folder, uids) if not _deleted(h.flags)]
            for uid, raw in sorted(self.mailbox.bodies(folder, uids).items()):
                said.append(apply(MailCommand(verb, raw, f"{folder} UID {uid}")))
                # The copy was only an instruction; the original stays where the user keeps it.
                self.mailbox.remove(folder, uid)
        mailbox = self.mailbox
        if _has_keywords(mailbox):
            keywords = [keyword for _, keyword in self.names.keywords()]
            for folder in tagged_in:
                tagged = self._tagged.pop(folder, None)
                if tagged is None:
                    tagged = bool(mailbox.uids_with_keyword(folder, *keywords))
                if not tagged:
                    continue  # the usual case, in one SEARCH for every keyword at once
                for verb, keyword in self.names.keywords():
                    uids = mailbox.uids_with_keyword(folder, keyword)
                    for uid, raw in sorted(mailbox.bodies(folder, uids).items()):
                        said.append(apply(MailCommand(verb, raw, f"{folder} UID {uid} {keyword}")))
                        mailbox.remove_keyword(folder, [uid], keyword)
        return said


def _deleted(flags: Sequence[bytes]) -> bool:
    return any(flag.lower() == b"\\deleted" for flag in flags)


def _has_keywords(mailbox: ControlMailbox) -> TypeGuard[KeywordMailbox]:
    return hasattr(mailbox, "uids_with_keyword") and hasattr(mailbox, "remove_keyword")


def apply_mail_command(
    store: Store, settings: Settings, command: MailCommand, now: datetime
) -> str:
    """Track or stop the application of the message in `command`; says what happened.

    A message no application knows is tracked as a new one; stopping one is refused with a
    reason (there is nothing to stop), never guessed at.
    """
    mail = parse(command.raw)
    if mail.unreadable:
        return f"{command.where}: the message cannot be read ({mail.unreadable}); nothing done"
    about = repr(mail.subject) if mail.subject else mail.message_id
    if command.verb == TRACK:
        outcome = track_message(store, settings, mail, now)
        name = outcome.after.company or outcome.after.id
        return f"{command.where}: {about}: {name}: {outcome.reason}"
    _, app, _ = application_of_message(store, settings, mail)
    if app is None:
        return f"{command.where}: {about} belongs to no tracked application; nothing to stop"
    stopped = apply_command(
        store, app.id, Command(STOP, reason=f"asked by mail ({about})"), now, settings.policy
    )
    name = app.company or app.id
    if not stopped.changed:
        return f"{command.where}: {about}: {name}: already stopped"
    return f"{command.where}: {about}: {name}: {stopped.reason}"
