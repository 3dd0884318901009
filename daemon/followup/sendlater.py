"""Send later: a draft the user marked (keyword $FollowupSend in Drafts, or a copy in the
folder Followup/Send) is sent by SMTP at the next business hour of its recipient, filed in Sent.

Opt-in twice: nothing happens unless `send_later: enabled: true` is in the config, and then
only the very messages the user marked are sent. Removing the mark (the keyword taken off, the
message moved out of the folder, or deleted) before the moment cancels the request.

Exactly once, across crashes and restarts. Each request is a row keyed by the draft's
Message-ID (a draft without one gets one, derived from where it is, and the sent message and
its copy in Sent carry it). Status `sending` is committed BEFORE the SMTP transaction begins;
`sent` right after the server's 250; only then is the copy APPENDed to Sent (after searching
Sent for its Message-ID, so a crash never makes two copies) and the draft removed by UID
(never a plain EXPUNGE). A crash between the server's 250 and the commit of `sent` leaves a
row in `sending`, and nobody can know whether the mail went out. The next run looks for the
Message-ID in Sent (some providers, e.g. Gmail, file sent mail themselves); found, it is
`sent`; not found, it is `unsure`: it is NOT sent again, and the user gets a notice to check
and resend by hand. A duplicate email to a recruiter is worse than one the user is asked to
check, and an SMTP server offers no way to ask whether it already took a message. An SMTP
error that leaves the same doubt (the link dropped during DATA) is treated the same way.

A server may refuse some recipients (`550 5.1.1 no such user`) and take the message for the
others. That message went out: it is recorded `sent`, filed in Sent and the draft removed as
usual, and never sent again (the others would get it twice). The refused addresses and the
server's words are kept as the request's `last_error`, and the user is told once which
recipients did not get it, to check the address and send it to them by hand.

When: the draft is sent at the first moment at or after the mark that falls in the send
window (`send_later.hours` on `send_later.days`, default 09:00-17:00 Mon-Fri) in the
recipient's zone, so a draft marked in their business hours goes at the next cycle and one
marked at 23:00 their time goes at 09:00 their time. The recipient's zone, in this order:
1. an IANA zone configured for the company or its mail domain (`send_later.zones`): the
   user's knowledge wins, and only a named zone knows summer time and their weekend;
2. the UTC offset of the Date header of the company's last message on the thread: the zone
   their own mail client stamped, right for the weeks a draft waits. An offset of +0000 or
   -0000 is ignored: mail servers (Exchange among them) stamp UTC whatever the sender's zone;
3. the user's own zone (timing.yaml), and with it the user's holidays.
Holidays are the recipient's configured country (`send_later.holidays`), if any.

A refusal (the login, the certificate, a recipient, the message) keeps the draft, records the
error and tells the user once; it is tried again only after the user edits the draft or
restarts the daemon, never in a loop. Other failures (the server unreachable) are retried
with a growing wait, in business hours, and told to the user when they keep failing.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import format_datetime, getaddresses
from typing import Protocol, TypeGuard
from zoneinfo import ZoneInfo

from followup.compose import header_text
from followup.config import Account, Profile, SendLater
from followup.effects import fingerprint
from followup.imap import SEEN, FolderMissing, Folders
from followup.mail import parse
from followup.mailbox import FolderCount, Mailbox
from followup.model import Action, ActionKind, Application, Mail
from followup.notify import Delivery, Notifier, NotifyError, NotifyRefused, Refusal
from followup.runtime import Runtime
from followup.store import SendRequest, Store, StoreError
from followup.timing import WorkCalendar, is_business_day, zone_info

log = logging.getLogger(__name__)

# Temporary failures wait 5, 10, 20, 40 ... minutes (capped at 2 h) between tries; after this
# many tries the request is left `refused` and the user told.
MAX_ATTEMPTS = 8
RETRY_CAP = timedelta(hours=2)
# The application id of a notice about a draft that belongs to no tracked application.
NO_APPLICATION = "sendlater"
# Requests still to be acted on; `sent` (filed or not), `cancelled` and `unsure` rest.
OPEN = ("scheduled", "refused")

# What may follow what; anything else is a bug (tested).
TRANSITIONS: dict[str, frozenset[str]] = {
    "scheduled": frozenset({"scheduled", "sending", "cancelled", "refused"}),
    "sending": frozenset({"sent", "scheduled", "refused", "unsure"}),
    "refused": frozenset({"refused", "scheduled", "cancelled"}),
    "cancelled": frozenset({"scheduled", "cancelled"}),  # marked again
    "sent": frozenset({"sent"}),  # only its filing in Sent is recorded
    "unsure": frozenset({"unsure"}),  # the user decides, by hand
}


def step(request: SendRequest, status: str, **changes: object) -> SendRequest:
    """`request` in `status`, with `changes`; raises ValueError for a forbidden move."""
    if status not in TRANSITIONS.get(request.status, frozenset()):
        raise ValueError(f"a send request cannot go from {request.status} to {status}")
    return replace(request, status=status, **changes)  # type: ignore[arg-type]


# -- when: the recipient's zone and business hours (pure) ---------------------------------------


@dataclass(frozen=True)
class Window:
    """The recipient's sending window: their zone, hours, working days and holidays."""

    tz: tzinfo
    why: str  # how the zone was known, for status and the log
    start: time = time(9, 0)
    end: time = time(17, 0)
    days: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    holidays: str | None = None  # "DE" or "DE-BE"

    @property
    def label(self) -> str:
        if isinstance(self.tz, ZoneInfo):
            return self.tz.key
        offset = datetime.now(self.tz).utcoffset() or timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"

    def is_open_day(self, day: date) -> bool:
        country, _, subdivision = (self.holidays or "").upper().partition("-")
        calendar = WorkCalendar(
            holiday_country=country or None,
            holiday_subdivision=subdivision or None,
            workdays=self.days,
        )
        return is_business_day(day, calendar)


def next_moment(after: datetime, window: Window) -> datetime:
    """The first instant at or after `after` inside the window (in the window's zone)."""
    local = after.astimezone(window.tz)
    day = local.date()
    for _ in range(400):
        if window.is_open_day(day):
            opens = datetime.combine(day, window.start, window.tz)
            closes = datetime.combine(day, window.end, window.tz)
            if local < closes:
                return max(opens, local)
        day += timedelta(days=1)
    raise ValueError("the send_later window has no open day within a year: check 'days'")


def recipient_window(
    draft: Mail,
    applications: Sequence[Application],
    settings: SendLater,
    user: WorkCalendar,
) -> Window:
    """The recipient's window; how their zone is chosen is in the module docstring."""
    app = application_of(draft, applications)
    domains = [p.email.rpartition("@")[2].lower() for p in (*draft.to, *draft.cc) if "@" in p.email]
    if app is not None:
        domains += sorted(app.company_domains)
    company = app.company if app is not None else ""
    configured = _configured(settings.holidays, domains, company)
    holidays = configured[1] if configured else None
    zone = _configured(settings.zones, domains, company)
    last = app.last_company_message if app is not None else None
    offset = last.utcoffset() if last is not None else None
    tz: tzinfo
    if zone is not None:
        tz, why = zone_info(zone[1]), f"configured for {zone[0]}"
    elif offset:
        tz, why = timezone(offset), f"the Date of {company or 'the company'}'s last message"
    else:
        tz, why = user.tz, "your own zone (the recipient's is not known)"
        if holidays is None and user.holiday_country:
            holidays = user.holiday_country
            if user.holiday_subdivision:
                holidays += f"-{user.holiday_subdivision}"
    return Window(tz, why, settings.start, settings.end, settings.days, holidays)


def _configured(
    table: tuple[tuple[str, str], ...], domains: Sequence[str], company: str
) -> tuple[str, str] | None:
    """The (key, value) of `table` for the first recipient domain (or a parent domain), else
    for the company's name."""
    for domain in domains:
        for key, value in table:
            wanted = key.casefold()
            if domain == wanted or domain.endswith("." + wanted):
                return key, value
    if company:
        for key, value in table:
            if key.casefold() == company.casefold():
                return key, value
    return None


def application_of(draft: Mail, applications: Sequence[Application]) -> Application | None:
    """The application a draft belongs to: by the thread it replies to, else by the domain
    of a recipient (the most recently updated application first)."""
    ids = {draft.in_reply_to, *draft.references} - {""}
    for app in applications:
        if ids & app.thread_ids:
            return app
    domains = {p.email.rpartition("@")[2].lower() for p in (*draft.to, *draft.cc)}
    for app in applications:
        if domains & {d.lower() for d in app.company_domains}:
            return app
    return None


# -- what goes out (pure) -----------------------------------------------------------------------


@dataclass(frozen=True)
class Outgoing:
    """The marked draft made ready to send."""

    wire: bytes  # what the SMTP server gets: no Bcc, no X-Followup-* headers
    record: bytes  # the copy for Sent: the same, with Bcc kept (as mail clients keep it)
    sender: str
    recipients: tuple[str, ...]
    foreign_sender: str | None = None  # the From address when it is none of the user's


_FIELD = re.compile(rb"^([^:\s]+)\s*:")
# Left by mail clients on a draft for themselves, not for the recipient (Thunderbird, Apple
# Mail, mutt, mbox/Maildir tools); a client drops them when it sends, and so does this.
DRAFT_ONLY_HEADERS = frozenset(
    {
        "x-mozilla-draft-info",
        "x-identity-key",
        "x-account-key",
        "fcc",
        "x-uniform-type-identifier",
        "x-universally-unique-identifier",
        "x-apple-mail-remote-attachments",
        "x-apple-base-url",
        "x-apple-windows-friendly",
        "status",
        "x-status",
        "x-keywords",
        "x-uid",
    }
)


def outgoing(raw: bytes, message_id: str, now: datetime, profile: Profile) -> Outgoing:
    """The draft as it is now, dated `now`, with its Message-ID; the body is left byte for
    byte as the user's client wrote it."""
    head, separator, body = _split(raw)
    fields = _fields(head)
    names = [name.lower() for name, _ in fields]
    kept: list[tuple[str, bytes]] = [
        (name, line)
        for name, line in fields
        if name.lower() not in ("date", "message-id") and name.lower() not in DRAFT_ONLY_HEADERS
    ]
    newline = b"\r\n" if b"\r\n" in raw[: len(head) + 4] or not head else b"\n"
    kept.insert(0, ("Date", f"Date: {format_datetime(now)}".encode() + newline))
    kept.insert(1, ("Message-ID", f"Message-ID: {message_id}".encode() + newline))
    if "from" not in names:
        name = header_text(profile.name, 80).replace('"', "")
        kept.insert(0, ("From", f'From: "{name}" <{profile.email}>'.encode() + newline))
    record = b"".join(line for _, line in kept) + (separator or newline) + body
    wire_fields = [
        line
        for name, line in kept
        if name.lower() not in ("bcc", "resent-bcc") and not name.lower().startswith("x-followup-")
    ]
    wire = b"".join(wire_fields) + (separator or newline) + body
    headers = BytesHeaderParser(policy=compat32).parsebytes(head + b"\n")
    people = getaddresses(
        [str(v) for key in ("To", "Cc", "Bcc") for v in headers.get_all(key) or []]
    )
    recipients: list[str] = []
    for _, address in people:
        address = address.strip()
        if "@" in address and address.lower() not in (r.lower() for r in recipients):
            recipients.append(address)
    written = [a for _, a in getaddresses([str(v) for v in headers.get_all("From") or []])]
    mine = {a.lower() for a in profile.addresses}
    foreign = next((a for a in written if a.lower() not in mine), None)
    sender = written[0] if written and foreign is None else profile.email
    return Outgoing(wire, record, sender, tuple(recipients), foreign)


def _split(raw: bytes) -> tuple[bytes, bytes, bytes]:
    """(header block with its last line ending, the blank line, body)."""
    for separator in (b"\r\n\r\n", b"\n\n"):
        at = raw.find(separator)
        if at >= 0:
            cut = at + len(separator) // 2
            return raw[:cut], raw[cut : at + len(separator)], raw[at + len(separator) :]
    return raw if raw.endswith(b"\n") else raw + b"\r\n", b"", b""


def _fields(head: bytes) -> list[tuple[str, bytes]]:
    """Header fields as (name, the field's lines including folded continuations)."""
    fields: list[tuple[str, bytes]] = []
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t") and fields:
            name, text = fields[-1]
            fields[-1] = (name, text + line)
            continue
        match = _FIELD.match(line)
        if match is None:
            continue  # a broken line (no name): not worth sending on
        fields.append((match.group(1).decode("ascii", "replace"), line))
    return fields


def message_id_of(raw: bytes) -> str | None:
    """The draft's own Message-ID as written (`<...>`), or None."""
    value = BytesHeaderParser(policy=compat32).parsebytes(_split(raw)[0]).get("Message-ID")
    text = " ".join(str(value or "").split())
    return text or None


def given_message_id(account: str, folder: str, uidvalidity: int, uid: int, email: str) -> str:
    """The Message-ID given to a draft that has none: the same for the same message."""
    key = f"{account}\0{folder}\0{uidvalidity}\0{uid}".encode("utf-8", "replace")
    domain = email.rpartition("@")[2] or "followup.invalid"
    return f"<followup.send.{hashlib.sha256(key).hexdigest()[:24]}@{domain}>"


def summary_of(draft: Mail) -> str:
    """`to Rita <rita@acme.example>: 'Re: Interview'`, one line for status and notices."""
    people = ", ".join(p.email for p in (*draft.to, *draft.cc)) or "(no recipient)"
    return header_text(f"to {people}: {draft.subject!r}", 160)


def retry_wait(attempts: int) -> timedelta:
    return min(RETRY_CAP, timedelta(minutes=5 * 2 ** max(attempts - 1, 0)))


# -- the shell: one account's marked drafts ------------------------------------------------------


class SendMailbox(Protocol):
    """What sending later needs of a mailbox (ImapMailbox and MaildirMailbox have it)."""

    def own_folder(self, path: Sequence[str], *, create: bool) -> str | None: ...

    def uids_after(self, folder: str, last_uid: int) -> tuple[int, list[int]]: ...

    def status(self, folder: str) -> FolderCount: ...

    def bodies(self, folder: str, uids: Sequence[int]) -> dict[int, bytes]: ...

    def fetch_message(self, folder: str, uid: int) -> bytes | None: ...

    def find_message_id(self, folder: str, message_id: str) -> list[int]: ...

    def append(
        self, folder: str, raw: bytes, flags: Sequence[bytes] = ..., when: datetime | None = None
    ) -> int | None: ...

    def remove(self, folder: str, uid: int) -> bool: ...


class KeywordSendMailbox(SendMailbox, Protocol):
    def uids_with_keyword(self, folder: str, keyword: str) -> list[int]: ...


def _can_send_later(mailbox: Mailbox) -> TypeGuard[SendMailbox]:
    return hasattr(mailbox, "own_folder")


def _has_keywords(mailbox: SendMailbox) -> TypeGuard[KeywordSendMailbox]:
    return hasattr(mailbox, "uids_with_keyword") and hasattr(mailbox, "status")


@dataclass(frozen=True)
class Mark:
    """A marked draft found this run: where it is, its bytes, and the key it goes by."""

    message_id: str
    folder: str
    uid: int
    raw: bytes


class SendLaterJob:
    """Finds the marked drafts of one account, keeps their requests, sends what is due.

    Call `run` once per daemon cycle, before the effects run (which deliver its notices).
    A lost link propagates like any mailbox error: every step is recorded before the next.
    """

    def __init__(
        self,
        settings: SendLater,
        store: Store,
        account: str,
        profile: Profile,
        notifier: Notifier | None,
        *,
        send: Callable[[bytes, str, list[str]], Delivery] | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.account = account
        self.profile = profile
        self.notifier = notifier
        # The SMTP hand-over; tests may wrap it (a crash right after the server's 250).
        self._send = send or (notifier.deliver if notifier is not None else None)
        self._folder: str | None = None

    def run(
        self, mailbox: SendMailbox, drafts: str, sent: str | None, now: datetime,
        calendar: WorkCalendar, *, retry_refused: bool = False,
    ) -> list[str]:  # fmt: skip
        """Recover, reconcile the marks, send what is due, file what was sent; returns what
        happened, one line each (for the log). Does nothing at all when not enabled.

        `retry_refused` (the daemon's first cycle: a restart says "I fixed it") tries the
        refused drafts again, as an edit of the draft does at any time."""
        if not self.settings.enabled:
            return []
        said: list[str] = []
        said += self._recover(mailbox, sent, now)
        marks = self._marks(mailbox, drafts)
        said += self._reconcile(marks, now, calendar, retry_refused)
        for request in self.store.send_requests(self.account, ("scheduled",)):
            if request.send_at <= now:
                said.append(self._send_one(mailbox, request, now, calendar))
        for request in self.store.send_requests(self.account, ("sent",)):
            if request.filed_at is None:
                said.append(self._file(mailbox, request, drafts, sent, now))
        for line in said:
            log.info("%s: send later: %s", self.account, line)
        return said

    # -- marks ---------------------------------------------------------------------------------

    def send_folder(self, mailbox: SendMailbox) -> str | None:
        if self._folder is None:
            self._folder = mailbox.own_folder(self.settings.folder, create=True)
        return self._folder

    def _marks(self, mailbox: SendMailbox, drafts: str) -> dict[str, Mark]:
        """Every marked draft by its key: copies in the send-later folder, then drafts with
        the keyword (one message marked both ways is one request)."""
        found: dict[str, Mark] = {}
        places: list[tuple[str, int, list[int]]] = []
        folder = self.send_folder(mailbox)
        if folder is not None:
            try:
                # An empty folder (the usual case) costs one STATUS.
                empty = mailbox.status(folder).messages == 0
                validity, uids = (0, []) if empty else mailbox.uids_after(folder, 0)
            except FolderMissing:  # the user deleted it: made again, empty
                self._folder = None
                self.send_folder(mailbox)
                validity, uids = 0, []
            places.append((folder, validity, uids))
        if _has_keywords(mailbox):
            uids = mailbox.uids_with_keyword(drafts, self.settings.keyword)
            places.append((drafts, -1, uids))
        for place, validity, uids in places:
            for uid, raw in sorted(mailbox.bodies(place, uids).items()):
                key = message_id_of(raw)
                if key is None:
                    if validity < 0 and _has_keywords(mailbox):
                        validity = int(getattr(mailbox.status(place), "uidvalidity", 0))
                    key = given_message_id(self.account, place, validity, uid, self.profile.email)
                found.setdefault(key, Mark(key, place, uid, raw))
        return found

    def _reconcile(
        self, marks: dict[str, Mark], now: datetime, calendar: WorkCalendar, retry_refused: bool
    ) -> list[str]:
        """New marks scheduled, moved ones followed, vanished ones cancelled, refused ones
        re-armed by an edit of the draft (or a restart)."""
        said = []
        rows = {r.message_id: r for r in self.store.send_requests(self.account)}
        applications = self.store.applications()
        with self.store.transaction():
            for key, mark in marks.items():
                row = rows.get(key)
                rearmed = (
                    row is not None
                    and row.status == "refused"
                    and (retry_refused or fingerprint(mark.raw) != row.fingerprint)
                )
                if row is None or row.status == "cancelled" or rearmed:
                    draft = parse(mark.raw)
                    window = recipient_window(draft, applications, self.settings, calendar)
                    when = next_moment(now, window)
                    request = SendRequest(
                        self.account, key, mark.folder, mark.uid, now, when, "scheduled",
                        zone=f"{window.label} ({window.why})", summary=summary_of(draft),
                        attempts=row.attempts if row is not None else 0,
                    )  # fmt: skip
                    self.store.save_send_request(request)
                    said.append(
                        f"{request.summary}: to be sent {_when(when)} {window.label} "
                        f"(their time: {window.why})"
                    )
                elif row.status in OPEN and (row.folder, row.uid) != (mark.folder, mark.uid):
                    # The client saved an edit as a new message: follow it.
                    moved = step(row, row.status, folder=mark.folder, uid=mark.uid)
                    self.store.save_send_request(moved)
                # sent, sending, unsure: never sent again; a leftover copy is no new request
            for key, row in rows.items():
                if row.status in OPEN and key not in marks:
                    self.store.save_send_request(step(row, "cancelled", last_error=None))
                    said.append(f"{row.summary}: unmarked, not sent")
        return said

    # -- sending -------------------------------------------------------------------------------

    def _send_one(
        self, mailbox: SendMailbox, request: SendRequest, now: datetime, calendar: WorkCalendar
    ) -> str:
        """Send one due request, as the draft is now (fetched again right before)."""
        raw = mailbox.fetch_message(request.folder, request.uid)
        if raw is None or (message_id_of(raw) or request.message_id) != request.message_id:
            self._save(step(request, "cancelled", last_error="the marked draft is gone"))
            return f"{request.summary}: the marked draft is gone, not sent"
        draft = parse(raw)
        summary = summary_of(draft)
        window = recipient_window(draft, self.store.applications(), self.settings, calendar)
        moment = next_moment(now, window)
        if moment > now:  # the daemon was down at the moment, or the recipients changed
            self._save(step(request, "scheduled", send_at=moment, summary=summary))
            return f"{summary}: outside their hours now; to be sent {_when(moment)} {window.label}"
        ready = outgoing(raw, request.message_id, now, self.profile)
        if not ready.recipients:
            return self._refuse(request, raw, now, "the draft has no recipient (To, Cc or Bcc)")
        if ready.foreign_sender:
            return self._refuse(
                request,
                raw,
                now,
                f"it is from {ready.foreign_sender}, not from you: only your own drafts are "
                "sent (add the address to profile.aliases if it is yours)",
            )
        if self._send is None:
            return self._refuse(
                request, raw, now, "no SMTP server is configured (add an smtp: section)"
            )
        begun = step(
            request, "sending", attempts=request.attempts + 1, raw=ready.record, summary=summary
        )
        try:
            self._save(begun)  # the intent is on disk before the server hears anything
        except StoreError as error:  # another process took it first (one daemon per state!)
            return f"{summary}: not sent here: {error}"
        try:
            delivery = self._send(ready.wire, ready.sender, list(ready.recipients))
        except NotifyRefused as error:
            return self._refuse(begun, raw, now, str(error))
        except NotifyError as error:
            if error.maybe_accepted:
                unsure = step(begun, "unsure", last_error=str(error))
                self._save(unsure, _unsure_text(begun, str(error)), now)
                return f"{summary}: unsure whether it was sent ({error}); the user is told"
            if begun.attempts >= MAX_ATTEMPTS:
                return self._refuse(begun, raw, now, f"{error} (tried {begun.attempts} times)")
            later = next_moment(now + retry_wait(begun.attempts), window)
            self._save(step(begun, "scheduled", send_at=later, last_error=str(error), raw=None))
            return f"{summary}: not sent yet ({error}); next try {_when(later)}"
        answer = delivery.answer.strip()[:80]
        if delivery.refused:
            # Taken for the others: sent, whatever was refused; the user sends the rest.
            why = _partly_refused_why(delivery.refused)
            sent = step(begun, "sent", sent_at=now, last_error=why)
            notice = _partly_refused_text(begun, delivery.refused)
            self._save(sent, notice, now, topic="partly_refused")
            return f"{summary}: sent ({answer}), but {why}; the user is told"
        self._save(step(begun, "sent", sent_at=now, last_error=None))
        return f"{summary}: sent ({answer})"

    def _refuse(self, request: SendRequest, raw: bytes, now: datetime, why: str) -> str:
        text = (
            f"followup could not send the draft you marked to send later, {request.summary}: "
            f"{why}. It is still in {request.folder}, not sent. Fix the cause and edit the "
            "draft (or restart the daemon) to have it tried again, or take the mark off."
        )
        refused = step(request, "refused", last_error=why, fingerprint=fingerprint(raw))
        self._save(refused, text, now)
        # The bytes were kept to find the application for the notice; not beyond.
        with self.store.transaction():
            self.store.save_send_request(replace(refused, raw=None))
        return f"{request.summary}: not sent: {why}"

    # -- after the server's 250 ----------------------------------------------------------------

    def _file(
        self, mailbox: SendMailbox, request: SendRequest, drafts: str, sent: str | None,
        now: datetime,
    ) -> str:  # fmt: skip
        """The copy into Sent (unless already there) and the draft out of the folders it was
        marked in; each step is safe to repeat after a crash."""
        where = "no Sent folder, no copy kept"
        if sent is not None:
            if mailbox.find_message_id(sent, request.message_id):
                where = f"a copy is in {sent}"
            elif request.raw is not None:
                mailbox.append(sent, request.raw, (SEEN,), request.sent_at or now)
                where = f"a copy was put into {sent}"
        removed = self._remove_drafts(mailbox, request, drafts)
        self._save(step(request, "sent", filed_at=now, raw=None))
        return f"{request.summary}: {where}; {removed}"

    def _remove_drafts(self, mailbox: SendMailbox, request: SendRequest, drafts: str) -> str:
        """Remove the marked draft by its UID (a UID names unchanging bytes: the ones sent),
        and any other copy with its Message-ID and the same content in Drafts or the
        send-later folder (the original of a copy); a copy the user edited stays."""
        targets: set[tuple[str, int]] = set()
        marked = mailbox.fetch_message(request.folder, request.uid)
        if marked is not None and message_id_of(marked) in (None, request.message_id):
            targets.add((request.folder, request.uid))
        sent_print = fingerprint(request.raw) if request.raw is not None else None
        for folder in dict.fromkeys(f for f in (drafts, self._folder, request.folder) if f):
            for uid in mailbox.find_message_id(folder, request.message_id):
                if (folder, uid) in targets or sent_print is None:
                    continue
                copy = mailbox.fetch_message(folder, uid)
                if copy is not None and fingerprint(copy) == sent_print:
                    targets.add((folder, uid))
        for folder, uid in sorted(targets):
            mailbox.remove(folder, uid)
        return f"{len(targets)} draft cop{'y' if len(targets) == 1 else 'ies'} removed"

    # -- after a crash -------------------------------------------------------------------------

    def _recover(self, mailbox: SendMailbox, sent: str | None, now: datetime) -> list[str]:
        """Requests left `sending` by a crash: sent if their Message-ID is in Sent, else
        unsure (never sent again) and the user told."""
        said = []
        for request in self.store.send_requests(self.account, ("sending",)):
            if sent is not None and mailbox.find_message_id(sent, request.message_id):
                self._save(step(request, "sent", sent_at=request.sent_at or now))
                said.append(f"{request.summary}: found in {sent} after a restart: sent")
                continue
            why = "the daemon stopped while handing it to the mail server"
            self._save(step(request, "unsure", last_error=why), _unsure_text(request, why), now)
            said.append(f"{request.summary}: unsure whether it was sent; the user is told")
        return said

    # -- records and notices -------------------------------------------------------------------

    def _save(
        self,
        request: SendRequest,
        notice: str | None = None,
        now: datetime | None = None,
        *,
        topic: str | None = None,
    ) -> None:
        """Record the request; with `notice`, queue the word to the user in the same
        transaction (the effects send it, by SMTP or into INBOX), so it is never lost.
        The notice's `topic` is the request's status unless given."""
        with self.store.transaction():
            self.store.save_send_request(request)
            if notice is not None:
                when = now or request.marked_at
                self.store.add_actions([self._notice(request, notice, when, topic)])

    def _notice(
        self, request: SendRequest, text: str, now: datetime, topic: str | None = None
    ) -> Action:
        app = None
        if request.raw is not None:
            app = application_of(parse(request.raw), self.store.applications())
        digest = hashlib.sha256(request.message_id.encode("utf-8", "replace")).hexdigest()[:16]
        topic = topic or request.status
        return Action(
            id=f"{NO_APPLICATION}.{digest}.{topic}.{request.attempts}.{now:%Y%m%d%H%M%S}",
            application_id=app.id if app is not None else NO_APPLICATION,
            kind=ActionKind.NOTICE,
            step=f"notice:send_later_{topic}",
            round=0,
            created=now,
            notice=text,
        )


def _partly_refused_why(refused: Sequence[Refusal]) -> str:
    """What is recorded of a message the server took for some recipients only."""
    return f"refused for {'; '.join(str(r) for r in refused)}; sent to the others"


def _partly_refused_text(request: SendRequest, refused: Sequence[Refusal]) -> str:
    if len(refused) == 1:
        who, they, them = f"one recipient: {refused[0]}", "That person", "that person"
    else:
        who = f"{len(refused)} recipients: {'; '.join(str(r) for r in refused)}"
        they, them = "Those people", "them"
    return (
        f"followup sent the draft you marked to send later, {request.summary}, but the mail "
        f"server refused it for {who}. {they} did not get it; the other recipients did. Check "
        f"the address and send it to {them} again yourself: followup will not send it again, "
        "as the others would get it twice."
    )


def _unsure_text(request: SendRequest, why: str) -> str:
    return (
        f"A draft you marked to send later may or may not have gone out ({why}), and it is "
        f"not in your Sent folder: {request.summary}. Please check with the recipient or your "
        f"mail provider and send it again by hand if it did not arrive; followup will not send "
        f"it again. The draft is still in {request.folder}."
    )


def _when(moment: datetime) -> str:
    return moment.strftime("%a %d %b %H:%M")


class CyclingWorker(Protocol):
    """What `in_cycle` reads of a service.Worker."""

    @property
    def runtime(self) -> Runtime: ...

    @property
    def store(self) -> Store: ...

    @property
    def account(self) -> Account: ...

    @property
    def profile(self) -> Profile: ...

    @property
    def outbound(self) -> CyclingOutbound: ...


class CyclingOutbound(Protocol):
    """What `in_cycle` reads of a service.Outbound."""

    @property
    def send_later(self) -> SendLater: ...

    @property
    def notifier(self) -> Notifier | None: ...


def in_cycle(
    worker: CyclingWorker,
    mailbox: Mailbox,
    folders: Folders,
    now: datetime,
    *,
    retry_refused: bool,
) -> list[str]:
    """The daemon's call, once per Worker cycle before the effects run (they deliver the
    notices it queues). The settings are the worker's `outbound.send_later` (the config's
    send_later section) and the SMTP notifier `outbound.notifier`; a worker without them,
    or with send_later off, sends nothing and touches no folder."""
    settings = worker.outbound.send_later
    if not settings.enabled or not _can_send_later(mailbox):
        return []
    notifier = worker.outbound.notifier
    job = SendLaterJob(settings, worker.store, worker.account.name, worker.profile, notifier)
    calendar = worker.runtime.policy.calendar
    return job.run(
        mailbox, folders.drafts, folders.sent, now, calendar, retry_refused=retry_refused
    )


# How long `followup status` keeps telling of a send some recipients refused.
PARTLY_SENT_SHOWN = timedelta(days=7)
STATUS_SHOWN = ("scheduled", "sending", "refused", "unsure", "sent")


def pending_lines(
    store: Store, account: str | None = None, now: datetime | None = None
) -> list[str]:
    """What `followup status` can show: drafts waiting to be sent, and those that need the
    user (refused, unsure, sent this week while some recipients refused it); one line each,
    soonest first."""
    now = now or datetime.now(UTC)
    lines = []
    for request in store.send_requests(account, STATUS_SHOWN):
        if request.status == "sent":
            if request.last_error and (request.sent_at or now) > now - PARTLY_SENT_SHOWN:
                when = _when((request.sent_at or now).astimezone())
                lines.append(
                    f"send later: {request.summary}: sent {when}, but {request.last_error}"
                )
        elif request.status == "scheduled":
            local = request.send_at.astimezone(_zone_of(request.zone))
            lines.append(
                f"send later: {request.summary}: {_when(local)} {request.zone.split(' ')[0]}"
            )
        elif request.status == "refused":
            lines.append(f"send later: {request.summary}: NOT SENT: {request.last_error}")
        elif request.status == "unsure":
            lines.append(
                f"send later: {request.summary}: UNSURE whether it was sent: check by hand"
            )
        else:
            lines.append(f"send later: {request.summary}: being sent")
    return lines


def _zone_of(label: str) -> tzinfo:
    name = label.split(" ")[0]
    match = re.fullmatch(r"UTC([+-])(\d\d):(\d\d)", name)
    if match:
        minutes = int(match[2]) * 60 + int(match[3])
        return timezone(timedelta(minutes=-minutes if match[1] == "-" else minutes))
    try:
        return zone_info(name)
    except ValueError:
        return UTC
