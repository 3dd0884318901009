"""Raw message bytes → Mail: ids, people, dates, the new readable text, invites, attachments.

`parse` never raises: bytes it cannot read give a Mail whose `unreadable` says why.
"""

# Why the stdlib and not mail-parser (checked with mail-parser 4.8.0; see tests/test_mail.py):
# mail-parser drops the bytes of raw 8-bit non-UTF-8 headers (latin-1 "Grüße aus Köln" comes
# out "Gre aus Kln"), leaves quoted encoded-word display names undecoded, keeps only the bare
# content type of a calendar attachment (its MIME `method=CANCEL` is gone) and files an inline
# text/calendar part as "not handled" text with a WARNING per part. What it adds over the
# stdlib (Received-chain forensics, defect reports, .msg conversion) is not needed here.
# So the stdlib does all of it, in two gears for speed: the structure is read with the
# compat32 policy (3-6x faster than policy.default on real invites, same feed parser), and
# policy.default's header parser decodes the values that need it (encoded words).

from __future__ import annotations

import codecs
import contextlib
import email
import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from email import policy
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import collapse_rfc2231_value, getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

from followup.model import Invite, Mail, Person

MAX_TEXT = 200_000  # characters of readable text kept per message
MAX_PART_BYTES = 2_000_000  # bytes of one text part decoded
MAX_HTML = 1_000_000  # characters of one HTML part converted
MAX_DEPTH = 30  # MIME nesting followed
MAX_HEADERS = 500
MAX_HEADER_VALUE = 10_000
_DECODED_AT_MOST = 4 * MAX_HEADER_VALUE  # raw characters of one header value decoded
MAX_ATTACHMENTS = 100
MAX_CALENDARS = 10
MAX_REFERENCES = 200

# Headers that only mail has: without any of them the bytes are not a message.
# fmt: off
_MAIL_HEADERS = frozenset({
    "from", "to", "cc", "bcc", "sender", "reply-to", "subject", "date", "message-id",
    "in-reply-to", "references", "received", "return-path", "delivered-to", "mime-version",
    "content-type", "x-mailer",
})
# fmt: on
_CALENDAR_TYPES = frozenset(
    {"text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"}
)
_ENCRYPTED_TYPES = frozenset(
    {"application/pkcs7-mime", "application/x-pkcs7-mime", "application/pgp-encrypted"}
)
_C1 = re.compile("[\x80-\x9f]")
_C1_AS_CP1252 = {
    code: bytes([code]).decode("cp1252", "replace").replace("\ufffd", " ")
    for code in range(0x80, 0xA0)
}
_SURROGATES = re.compile("[\udc80-\udcff]")
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f]+")
_IDS = re.compile(r"<([^<>]+)>")
_ID_JUNK = re.compile(r"[<>\s]")
_SPACES = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u034f\u00ad]")
_BLANK_RUNS = re.compile(r"\n{3,}")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:\-]{1,40})""", re.I
)


def parse(raw: bytes) -> Mail:
    """Read one message; never raises (a daemon must not stop on one bad message)."""
    try:
        data = _as_bytes(raw)
    except TypeError:  # a wrong type is still "one bad message"
        return Mail(message_id=_synthetic_id(b""), unreadable=f"not bytes: {type(raw).__name__}")
    try:
        return _parse(data)
    except Exception as error:  # last resort: each stage below already guards itself
        return Mail(
            message_id=_synthetic_id(data),
            unreadable=_one_line(f"parser error: {type(error).__name__}: {error}")[:300],
        )


def _as_bytes(raw: Any) -> bytes:
    """Bytes from whatever a caller holds (a Maildir file read as text still parses)."""
    if isinstance(raw, bytes | bytearray | memoryview):
        return bytes(raw)
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    raise TypeError(type(raw).__name__)


def _parse(data: bytes, *, quick: bool = True) -> Mail:
    """`quick`: a plain header block (a header fetch) is split here instead of by the stdlib
    feed parser, to the same (name, value) pairs; False forces the feed parser (for tests)."""
    if not data.strip():
        return Mail(message_id=_synthetic_id(data), unreadable="empty message")
    notes: list[str] = []
    items = _plain_header_block(data) if quick else None
    msg: Message | None = None
    unreadable: str | None = None
    if items is None:
        msg, unreadable = _read_structure(data)
        items = list(msg.raw_items())
    raw = _RawHeaders(items)
    headers = _headers(raw, notes)
    first: dict[str, str] = {}
    for name, value in headers:
        first.setdefault(name, value)
    if not _MAIL_HEADERS.intersection(first):
        unreadable = unreadable or "no mail headers found (From, To, Subject, Date, Message-ID...)"
    message_id = _message_id(raw, data, notes)
    date = _date(raw, notes)
    content = _Content()
    if msg is not None and not isinstance(msg, _HeadersOnly):
        _guard(content.notes, "MIME structure", _visit, msg, 0, content, True)
    text, quoted, signature = _readable_text(content, notes) if content.bodies else ("", "", "")
    invites: tuple[Invite, ...] = ()
    if content.calendars:
        invites = _guard(notes, "calendar", _invites, content, date, notes) or ()
    return Mail(
        message_id=message_id,
        subject=first.get("subject", ""),
        date=date,
        sender=next(iter(_people(raw.every("from")) or _people(raw.every("sender"))), None),
        to=_people(raw.every("to")),
        cc=_people(raw.every("cc")),
        reply_to=_people(raw.every("reply-to")),
        in_reply_to=next(iter(_ids(raw.first("in-reply-to"))), ""),
        references=_references(raw),
        text=text,
        quoted=quoted,
        signature=signature,
        headers=headers,
        auto_submitted=_auto_submitted(first),
        bulk=_bulk(first),
        invites=invites,
        attachments=tuple(dict.fromkeys(content.attachments))[:MAX_ATTACHMENTS],
        unreadable=unreadable,
        notes=tuple(dict.fromkeys([*notes, *content.notes])),
    )


class _HeadersOnly(Message):
    """What is left of a message whose MIME tree could not be read: its headers."""


def _read_structure(data: bytes) -> tuple[Message, str | None]:
    """The MIME tree, or only the headers when the tree is beyond reading."""
    # Leading blank lines would make the whole message body (seen in real exports).
    source = data.lstrip(b"\r\n\t ")
    if _ends_at_first_blank_line(source):
        # Headers alone (a header fetch): read as headers they give the same message, minus
        # the feed parser's MIME pass, which compiles a pattern for each new boundary. Kept
        # only when nothing followed them and no message/* type asks for a nested parse.
        msg = BytesHeaderParser().parsebytes(source, headersonly=True)
        maintype = msg.get_content_maintype()
        if msg.get_payload() == "" and maintype != "message":
            if maintype == "multipart":
                msg.get_boundary()  # raises where the full parse would
            return msg, None
    try:
        return email.message_from_bytes(source), None
    except RecursionError:  # thousands of nested multiparts: the feed parser recurses
        msg = BytesHeaderParser(_class=_HeadersOnly).parsebytes(source, headersonly=True)
        return msg, "MIME structure nested too deeply to read"


# A header line as the feed parser takes it: a name of printable ASCII but ':', then ':'.
_HEADER_START = re.compile(r"[\x21-\x39\x3b-\x7e]+:")
_PLAIN_HEADER_BYTES = re.compile(rb"[^\x20-\x7e\t\r\n]|\r(?!\n)")


def _plain_header_block(data: bytes) -> list[tuple[str, str]] | None:
    """The (name, value) pairs the stdlib's header parser (compat32) reads from a plain
    header block: printable ASCII, CRLF or LF line ends, nothing after the first blank line,
    no mbox `From ` line, a Content-Type that needs no MIME pass. None otherwise: the stdlib
    reads it then. A header fetch spends far less here than in the feed parser."""
    source = data.lstrip(b"\r\n\t ")
    if _PLAIN_HEADER_BYTES.search(source) or not _ends_at_first_blank_line(source):
        return None
    lines = source.decode("ascii").splitlines(keepends=True)
    items: list[tuple[str, str]] = []
    name = ""
    value: list[str] = []
    for line in lines:
        if line in ("\n", "\r\n"):
            break
        if line[0] in " \t":
            if not name:
                return None  # a continuation line first: the parser notes a defect
            value.append(line)
            continue
        if name:
            items.append((name, "".join(value).rstrip("\r\n")))
        if line.startswith("From ") or not _HEADER_START.match(line):
            return None
        name, _, first = line.partition(":")
        value = [first.lstrip(" \t")]
    if name:
        items.append((name, "".join(value).rstrip("\r\n")))
    mime = [(name.lower(), value) for name, value in items if name[:8].lower() == "content-"]
    if mime and (len(mime) > 1 or mime[0][0] != "content-type"):
        return None  # a file name, an encoding, a second type: the MIME pass reads them
    if mime and not _plain_content_type(mime[0][1]):
        return None
    return items


_PLAIN_TYPES = frozenset(
    {"text/plain", "text/html", "multipart/alternative", "multipart/mixed", "multipart/related"}
)
_CHARSET_PARAM = re.compile(r'(?:^|;)\s*charset\s*=\s*("?)([A-Za-z0-9_.:-]+)\1\s*(?=;|$)', re.I)


def _plain_content_type(value: str) -> bool:
    """Whether a header block with this Content-Type holds nothing for the MIME pass to find
    (no file name, no calendar or encrypted type, a charset Python knows, no RFC 2231)."""
    lower = value.lower()
    if lower.split(";")[0].strip() not in _PLAIN_TYPES:
        return False
    if any(mark in lower for mark in ("*", "(", "\\", "name", "=?")):
        return False
    charsets = [label for _, label in _CHARSET_PARAM.findall(value)]
    if len(charsets) != lower.count("charset") or len(charsets) > 1:
        return False
    return all(_codec(label.lower()) for label in charsets)


def _ends_at_first_blank_line(source: bytes) -> bool:
    """Whether the first empty line (the end of the headers) is the last thing in `source`."""
    ends = [i + len(blank) for blank in (b"\n\n", b"\n\r\n") if (i := source.find(blank)) >= 0]
    return bool(ends) and min(ends) == len(source)


def _guard(notes: list[str], what: str, func: Any, *args: Any) -> Any:
    """Run one stage; a failure becomes a note so the other stages still salvage the rest."""
    try:
        return func(*args)
    except Exception as error:
        notes.append(_one_line(f"{what} unreadable: {type(error).__name__}: {error}")[:300])
        return None


# --- headers -------------------------------------------------------------------------------


class _RawHeaders:
    """A message's headers read once, each value unfolded once: the same header is asked for
    by several readers (the header list, ids, dates, people)."""

    def __init__(self, items: list[tuple[str, str]]) -> None:
        self.items = items
        self._where: dict[str, list[int]] = {}
        for position, (key, _) in enumerate(self.items):
            self._where.setdefault(key.lower(), []).append(position)
        self._unfolded: dict[int, str] = {}

    def unfolded(self, position: int) -> str:
        """The value at `position`, as `_unfold` reads it."""
        text = self._unfolded.get(position)
        if text is None:
            text = self._unfolded[position] = _unfold(self.items[position][1])
        return text

    def first(self, name: str) -> str:
        """Like `_raw_header`: the first occurrence (lower-case `name`), encoded words kept."""
        where = self._where.get(name)
        return self.unfolded(where[0])[:MAX_HEADER_VALUE] if where else ""

    def every(self, name: str) -> list[str]:
        """Every occurrence (lower-case `name`), unfolded and cut like `first`."""
        return [self.unfolded(i)[:MAX_HEADER_VALUE] for i in self._where.get(name, ())]


def _headers(raw: _RawHeaders, notes: list[str]) -> tuple[tuple[str, str], ...]:
    """Every header as (lower-case name, decoded one-line value), in order."""
    items = raw.items
    if len(items) > MAX_HEADERS:
        notes.append(f"only the first {MAX_HEADERS} of {len(items)} headers kept")
    result = []
    for position, (name, _) in enumerate(items[:MAX_HEADERS]):
        value = raw.unfolded(position)
        # The stdlib decodes a run of encoded words in quadratic time (each word splits the
        # rest of the value: 1 MB of them takes seconds), so a value that long is cut first.
        clean = _decode_words(value[:_DECODED_AT_MOST])
        if len(clean) > MAX_HEADER_VALUE or len(value) > _DECODED_AT_MOST:
            notes.append(f"header {name.lower()} cut to {MAX_HEADER_VALUE} characters")
        result.append((_one_line(_unfold(name)).lower(), clean[:MAX_HEADER_VALUE]))
    return tuple(result)


def _raw_header(msg: Message, name: str) -> str:
    """The first occurrence of a header, unfolded and 8-bit decoded, encoded words kept."""
    wanted = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == wanted:
            return _unfold(value)[:MAX_HEADER_VALUE]
    return ""


def _unfold(value: Any) -> str:
    """Undo header folding and read raw 8-bit bytes as UTF-8 (else cp1252)."""
    text = value if isinstance(value, str) else str(value)
    if text.isascii() and "\n" not in text:
        return text  # nothing folded, no raw 8-bit bytes
    if _SURROGATES.search(text):
        text = _decode_bytes(text.encode("utf-8", "surrogateescape"))
    return _FOLD.sub("", text)


def _decode_bytes(data: bytes) -> str:
    """Raw 8-bit header bytes: UTF-8 when they are, else the Windows legacy charset."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _legacy_decode(data)[0]


def _decode_words(text: str) -> str:
    """RFC 2047 encoded words → text, as one clean line."""
    if "=?" in text:
        text = _CONTROLS.sub(" ", text)
        # The stdlib header parser has raised on odd input before: keep the raw text then.
        with contextlib.suppress(Exception):
            text = str(policy.default.header_factory("x-unstructured", text))
    return _one_line(text)


def _one_line(text: str) -> str:
    """No CR, LF or other controls (header values must be safe to write back), no surrogates."""
    if text.isascii() and text.isprintable():
        return text.strip()  # the common case: nothing below would change it
    if _C1.search(text):
        # "iso-8859-1" encoded words from Outlook are cp1252 ("=96" is an en dash): real
        # text never holds C1 controls, so read them as the cp1252 characters meant.
        text = text.translate(_C1_AS_CP1252)
    text = _CONTROLS.sub(" ", text)
    if _LONE_SURROGATES.search(text):
        text = _LONE_SURROGATES.sub("\ufffd", text)
    return text.strip()


def _people(values: list[str]) -> tuple[Person, ...]:
    """Mailboxes of an address header (its unfolded values), display names decoded, each
    address once.

    getaddresses (not policy.default's address parser) because it is ~7x faster and more
    forgiving; the display names, quoted encoded words included, are decoded afterwards.
    """
    if not values:
        return ()
    pairs = _simple_addresses(values)
    if pairs is None:
        if any("=?" in value for value in values):
            values = [_Q_WORD.sub(_escape_specials, value) for value in values]
        try:
            pairs = getaddresses(values)
        except Exception:  # the address parser has had crashes on hostile input
            return ()
    people: dict[str, Person] = {}
    for display, address in pairs:
        address = _one_line(address).strip("<>").lower()
        if "@" not in address or address.startswith("@") or address.endswith("@"):
            continue
        person_name = _decode_words(display).strip().strip("\"'").strip()
        people.setdefault(address, Person(name=person_name, email=address))
    return tuple(people.values())


_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_SIMPLE_ADDRESS = rf"{_ATOM}(?:\.{_ATOM})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
# `Display Name <local@domain>` or `local@domain`: no quotes, comments, groups, routes,
# encoded words or 8-bit text, which getaddresses (and the decoding after it) is for.
_SIMPLE_MAILBOX = re.compile(
    rf"[ \t]*(?:([A-Za-z0-9!#$%&'*+/=?^_`{{|}}~. \t-]*?)[ \t]*<({_SIMPLE_ADDRESS})>"
    rf"|({_SIMPLE_ADDRESS}))[ \t]*"
)


# A Q-encoded word with an address special left raw ("=?utf-8?q?Ana_x@evil.example?="): the
# address parser would take the word for the address. Encoding the specials means the same.
_Q_WORD = re.compile(r"=\?[^?\s]+\?[qQ]\?[^?\s]*\?=")
_SPECIAL = re.compile(r'[@,;:<>"()\[\]\\]')


def _escape_specials(word: re.Match[str]) -> str:
    return _SPECIAL.sub(lambda char: f"={ord(char[0]):02X}", word[0])


def _simple_addresses(values: list[str]) -> list[tuple[str, str]] | None:
    """getaddresses' answer for plain `Name <a@b>, c@d` lists, ~10x faster; None for
    anything else. A display name's words are joined by one space, as getaddresses does."""
    pairs = []
    for value in values:
        for piece in value.split(","):
            found = _SIMPLE_MAILBOX.fullmatch(piece)
            if found is None:
                return None
            display, routed, bare = found.groups()
            if routed is None:
                pairs.append(("", bare))
            elif "=?" in display:
                return None
            else:
                pairs.append((" ".join(display.split()), routed))
    return pairs


def _ids(value: str) -> tuple[str, ...]:
    """Message-IDs in a header, without <>; bare ids when a sender left the brackets off."""
    found = [_SPACES.sub("", i) for i in _IDS.findall(value)]
    if not found:
        found = [_ID_JUNK.sub("", t).strip(",;") for t in value.split() if "@" in t]
    return tuple(dict.fromkeys(_one_line(i) for i in found if i.strip()))


def _references(raw: _RawHeaders) -> tuple[str, ...]:
    """References, the thread's root kept when a long thread must be cut."""
    found = _ids(raw.first("references"))
    if len(found) <= MAX_REFERENCES:
        return found
    return found[:1] + found[-(MAX_REFERENCES - 1) :]


def _message_id(raw: _RawHeaders, data: bytes, notes: list[str]) -> str:
    """The message's own id; dedup and threading need one, so a missing one is made up."""
    found = _ids(raw.first("message-id"))
    if found:
        return found[0]
    synthetic = _synthetic_id(data)
    notes.append(f"no Message-ID: used {synthetic}, from a hash of the bytes")
    return synthetic


def _synthetic_id(data: bytes) -> str:
    """Stable for the same bytes, so a message without an id is still seen only once."""
    return f"sha256-{hashlib.sha256(data).hexdigest()[:40]}@followup.invalid"


def _date(raw: _RawHeaders, notes: list[str]) -> datetime | None:
    """Date as an aware datetime; a zoneless Date is read as UTC and said so."""
    value = _decode_words(raw.first("date"))
    if not value:
        notes.append("no Date header")
        return None
    try:
        moment: datetime | None = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        moment = _iso_date(value)
    if moment is None:
        notes.append(f"Date unreadable: {value[:80]!r}")
        return None
    if moment.tzinfo is None:
        notes.append("Date has no zone (or -0000): read as UTC")
        moment = moment.replace(tzinfo=UTC)
    return moment


def _iso_date(value: str) -> datetime | None:
    """Some generators write ISO 8601 into Date."""
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _auto_submitted(first: dict[str, str]) -> bool:
    """Machine replies (RFC 3834 and the common X- headers); X-Auto-Response-Suppress is not
    one: Outlook puts it on ordinary mail too."""
    if first.get("auto-submitted", "no").split(";")[0].strip().lower() not in ("no", ""):
        return True
    for name in ("x-autoreply", "x-autorespond"):
        if name in first and first[name].strip().lower() not in ("no", "false", "0"):
            return True
    if first.get("x-autogenerated", "").strip().lower() == "reply":
        return True
    return first.get("precedence", "").strip().lower() == "auto_reply"


def _bulk(first: dict[str, str]) -> bool:
    """Sent to many (newsletters, job alerts, ATS blasts): RFC 2076 Precedence, RFC 2369."""
    if first.get("precedence", "").strip().lower() in ("bulk", "list", "junk"):
        return True
    return "list-unsubscribe" in first or "list-id" in first


# --- MIME structure -----------------------------------------------------------------------


@dataclass
class _Content:
    """What the walk over the MIME tree found, in message order."""

    bodies: list[tuple[str, str]] = field(default_factory=list)  # ("plain"|"html", text)
    calendars: list[tuple[bytes, str, str]] = field(default_factory=list)  # data, charset, method
    attachments: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def merge(self, other: _Content, bodies: bool) -> None:
        if bodies:
            self.bodies.extend(other.bodies)
        self.calendars.extend(other.calendars)
        self.attachments.extend(other.attachments)
        self.notes.extend(other.notes)


def _visit(part: Message, depth: int, content: _Content, bodies: bool) -> None:
    """Collect bodies, calendars and attachment names under `part`."""
    if depth > MAX_DEPTH:
        content.notes.append(f"MIME parts nested deeper than {MAX_DEPTH} were skipped")
        return
    ctype = part.get_content_type()
    if ctype == "message/rfc822":  # before is_multipart(): its payload is a list too
        _visit_forwarded(part, depth, content, bodies)
    elif part.is_multipart():
        children = [c for c in part.get_payload() if isinstance(c, Message)]
        if ctype == "multipart/alternative":
            _visit_alternative(children, depth, content, bodies)
        elif ctype == "multipart/related":
            root = _related_root(part, children)
            for child in children:
                _visit(child, depth + 1, content, bodies and child is root)
        else:
            for child in children:
                _visit(child, depth + 1, content, bodies)
    else:
        _visit_leaf(part, ctype, content, bodies)


def _visit_alternative(
    children: list[Message], depth: int, content: _Content, bodies: bool
) -> None:
    """Take the bodies of one alternative: plain text when it says something, else HTML."""
    found = []
    for child in children:
        sub = _Content()
        _visit(child, depth + 1, sub, bodies)
        found.append(sub)
    chosen = next((s for s in found if _has(s, "plain")), None)
    chosen = chosen or next((s for s in found if _has(s, "html")), None)
    chosen = chosen or next((s for s in found if s.bodies), None)
    for sub in found:
        content.merge(sub, bodies=sub is chosen)


def _has(content: _Content, kind: str) -> bool:
    """Whether an alternative has a body of this kind with words in it (Outlook sends an
    empty text/plain next to the real HTML)."""
    return any(k == kind and text.strip() for k, text in content.bodies)


def _related_root(part: Message, children: list[Message]) -> Message | None:
    """The root of multipart/related (RFC 2387: `start`, else the first part); the other
    parts are resources it refers to, not text to read."""
    start = part.get_param("start")
    if isinstance(start, str):
        for child in children:
            if child.get("content-id", "").strip() == start.strip():
                return child
    return children[0] if children else None


def _visit_forwarded(part: Message, depth: int, content: _Content, bodies: bool) -> None:
    """A forwarded message: its text joins the body under a forward separator, so the reply
    splitter sets it apart as quoted text."""
    name = _filename(part)
    if name:
        content.attachments.append(name)
    inner = next((p for p in part.get_payload() if isinstance(p, Message)), None)
    if inner is None:
        return
    sub = _Content()
    _visit(inner, depth + 1, sub, bodies)
    content.merge(sub, bodies=False)
    if bodies and sub.bodies:
        lines = ["---------- Forwarded message ---------"]
        for header in ("From", "Date", "Subject", "To"):
            value = _decode_words(_raw_header(inner, header))
            if value:
                lines.append(f"{header}: {value}")
        text = "\n".join(lines) + "\n\n" + _bodies_text(sub.bodies)
        content.bodies.append(("plain", text))


def _visit_leaf(part: Message, ctype: str, content: _Content, bodies: bool) -> None:
    """A single part: a calendar (by type or by .ics name), a body, or an attachment."""
    name = _filename(part)
    if ctype in _ENCRYPTED_TYPES:
        content.notes.append(f"an encrypted part ({ctype}) cannot be read")
    if ctype in _CALENDAR_TYPES or name.lower().endswith((".ics", ".vcs")):
        _add_calendar(part, content)
        if name:
            content.attachments.append(name)
        return
    is_attachment = part.get_content_disposition() == "attachment" or (
        name and not name.lower().endswith((".txt", ".htm", ".html"))
    )
    if name:
        content.attachments.append(name)
    if bodies and not is_attachment and ctype in ("text/plain", "text/html"):
        kind = "html" if ctype == "text/html" else "plain"
        text = _guard(content.notes, f"{ctype} part", _part_text, part, kind, content.notes)
        if text:
            content.bodies.append((kind, text))


def _add_calendar(part: Message, content: _Content) -> None:
    """Keep the calendar's bytes with its MIME method: some senders put METHOD only there."""
    if len(content.calendars) >= MAX_CALENDARS:
        content.notes.append(f"more than {MAX_CALENDARS} calendar parts: the rest are ignored")
        return
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes) or not data.strip():
        content.notes.append("empty calendar part")
        return
    method = part.get_param("method")
    if isinstance(method, tuple):
        method = collapse_rfc2231_value(method)
    content.calendars.append((data, part.get_content_charset() or "", str(method or "")))


def _filename(part: Message) -> str:
    """The attachment's file name: RFC 2231 and (non-standard, common) RFC 2047 decoded."""
    try:
        name: Any = part.get_filename()
        if name == "":  # None means there is no `name` either: get_filename looked for it
            name = part.get_param("name")
    except Exception:  # malformed parameters
        return ""
    if isinstance(name, tuple):
        name = collapse_rfc2231_value(name)
    if not name:
        return ""
    text = _decode_words(_unfold(str(name)))
    return re.split(r"[\\/]", text)[-1].strip()[:255]


# --- text ----------------------------------------------------------------------------------


def _part_text(part: Message, kind: str, notes: list[str]) -> str:
    """A body part as text; HTML without a MIME charset often names one in <meta>."""
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return ""
    if len(data) > MAX_PART_BYTES:
        notes.append(f"a {kind} part was cut to its first {MAX_PART_BYTES} bytes")
        data = data[:MAX_PART_BYTES]
    charset = part.get_content_charset()
    if charset is None and kind == "html":
        sniffed = _META_CHARSET.search(data[:4096])
        charset = sniffed.group(1).decode("ascii").lower() if sniffed else None
    text, note = decode_text(data, charset)
    if note:
        notes.append(note)
    if kind == "plain" and str(part.get_param("format") or "").lower() == "flowed":
        text = unflow(text, delsp=str(part.get_param("delsp") or "").lower() == "yes")
    return text


def unflow(text: str, delsp: bool = False) -> str:
    """Undo RFC 3676 format=flowed (Gmail, Apple Mail): a line ending in a space goes on in
    the next line, so phrases a rule looks for are not cut by the sender's line wrap."""
    out: list[str] = []
    pending: list[str] = []
    pending_depth = -1
    for line in text.replace("\r\n", "\n").split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        body = body[1:] if body.startswith(" ") else body  # space-stuffing
        if pending and depth != pending_depth:
            out.append(_quoted_line(pending_depth, "".join(pending)))
            pending = []
        if body.endswith(" ") and body != "-- ":
            pending.append(body[:-1] if delsp else body)
            pending_depth = depth
            continue
        if pending:
            pending.append(body)
            body, pending = "".join(pending), []
        out.append(_quoted_line(depth, body))
    if pending:
        out.append(_quoted_line(pending_depth, "".join(pending)))
    return "\n".join(out)


def _quoted_line(depth: int, body: str) -> str:
    return f"{'>' * depth} {body}" if depth else body


# Labels mail uses that Python spells differently, or whose superset is what senders mean
# (the WHATWG encoding standard reads these labels the same way).
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "ansi_x3.4-1968": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-8-i": "iso-8859-8",
    "iso-8859-6-i": "iso-8859-6",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "sjis": "cp932",
    "windows-874": "cp874",
    "tis-620": "cp874",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "unicode-1-1-utf-7": "utf-7",
    "utf8": "utf-8",
    "x-unknown": "",
    "unknown-8bit": "",
}


def decode_text(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """Bytes of a text part → text, and a note when the declared charset was not used.

    Order: valid UTF-8 that is not plain ASCII (senders mislabel UTF-8 often; real legacy
    text is almost never valid UTF-8), then the declared charset, then UTF-8 with
    replacements when it is mostly UTF-8, then cp1252, then latin-1 (never fails).
    """
    declared = (charset or "").strip().strip("\"'").lower()
    codec = _codec(declared)
    if not codec.startswith(("utf-8", "utf-16", "utf-32")) and not data.isascii():
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return text, (
                f"declared charset {declared!r} but the text is UTF-8" if declared else None
            )
    if codec:
        try:
            return data.decode(codec), None
        except (UnicodeDecodeError, LookupError):
            pass
    text, used = _guess(data)
    if not declared:
        return text, None
    return text, f"charset {declared!r} {'did not fit' if codec else 'unknown'}: read as {used}"


def _codec(label: str) -> str:
    """A Python text codec for a MIME charset label, '' when unknown or not a text codec."""
    if not label:
        return ""
    label = _CHARSET_ALIASES.get(label, label)
    if not label:
        return ""
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return ""
    if not getattr(info, "_is_text_encoding", True):
        return ""  # e.g. "base64", "zlib": not a charset, and a decompression bomb
    return info.name


def _guess(data: bytes) -> tuple[str, str]:
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    if bad * 20 < len(text) - len(text.encode("ascii", "ignore")) - bad:
        return text, "UTF-8 with replacements"
    return _legacy_decode(data)


def _legacy_decode(data: bytes) -> tuple[str, str]:
    """Non-UTF-8 bytes as the Windows legacy charset, else latin-1 (which never fails), and
    the codec used."""
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _bodies_text(bodies: list[tuple[str, str]]) -> str:
    return "\n\n".join(html_to_text(t) if kind == "html" else t for kind, t in bodies)


def _readable_text(content: _Content, notes: list[str]) -> tuple[str, str, str]:
    text = _guard(notes, "text", _bodies_text, content.bodies) or ""
    text = _normalise(text)
    if len(text) > MAX_TEXT:
        notes.append(f"text cut to its first {MAX_TEXT} characters")
        text = text[:MAX_TEXT]
    parts = _guard(notes, "reply structure", split_reply, text)
    return parts if parts is not None else (text.strip(), "", "")


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.isascii():  # the invisible characters and NBSP are not ASCII
        text = _INVISIBLE.sub("", text).replace("\xa0", " ")
    # Blanks at the end of every line but the last, line by line (a regex for them tries
    # every space of the text); each step only when there is something for it to do.
    if " \n" in text or "\t\n" in text:
        lines = text.split("\n")
        text = "\n".join([line.rstrip(" \t") for line in lines[:-1]] + lines[-1:])
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return text


# --- HTML ----------------------------------------------------------------------------------


class _HtmlText(HTMLParser):
    """HTML → text that keeps the shape a reader sees: lines, list items, quotes as "> "."""

    # Blocks end a line; paragraphs also leave a blank line, as a mail client shows them.
    # fmt: off
    BLOCKS = frozenset({
        "div", "li", "tr", "dl", "dt", "dd", "pre", "hr", "section", "article", "header",
        "footer", "address", "center", "form",
    })
    PARAGRAPHS = frozenset({
        "p", "table", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
    })
    # fmt: on
    HIDDEN = frozenset({"style", "script", "title", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.quote = 0
        self.line_quote = 0
        self.hidden = 0
        self.pre = 0
        self.link: str | None = None
        self.link_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
            return
        if tag == "br":
            self.flush(keep_empty=True)
        elif tag in self.BLOCKS:
            self.flush()
        elif tag in self.PARAGRAPHS:
            self.paragraph()
        if tag == "blockquote":
            self.quote += 1
        elif tag == "pre":
            self.pre += 1
        elif tag == "li":
            self.add("- ")
        elif tag in ("td", "th"):
            self.add(" ")
        elif tag == "a":
            self.link = dict(attrs).get("href") or None
            self.link_text = []
        if tag == "div" and self.is_signature(attrs):
            self.lines.append(self.prefix() + "-- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
            return
        if tag == "a":
            self.end_link()
        if tag in self.BLOCKS:
            self.flush()
        elif tag in self.PARAGRAPHS:
            self.paragraph()
        if tag == "blockquote":
            self.quote = max(0, self.quote - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.pre:
            first, *rest = data.split("\n")
            self.add(first)
            for piece in rest:
                self.flush(keep_empty=True)
                self.add(piece)
            return
        self.add(re.sub(r"\s+", " ", data))

    def add(self, text: str) -> None:
        if not text:
            return
        if not self.line:
            self.line_quote = self.quote
        self.line.append(text)
        if self.link is not None:
            self.link_text.append(text)

    def end_link(self) -> None:
        """Keep a link's target when its text does not show it: "Pick a time" hides the one
        fact (a scheduling link) that a rule may need."""
        href, self.link = self.link, None
        shown = "".join(self.link_text).strip()
        if href and href.startswith(("http://", "https://")) and href not in shown and shown:
            self.add(f" <{href[:300]}>")

    def flush(self, keep_empty: bool = False) -> None:
        """End the current line; `keep_empty` makes an empty one (a <br> on its own)."""
        line = "".join(self.line).strip()
        self.line = []
        if line or keep_empty:
            self.lines.append(("> " * self.line_quote) + line if line else self.prefix())
        self.line_quote = self.quote

    def paragraph(self) -> None:
        self.flush()
        if self.lines and self.lines[-1].strip(" >"):
            self.lines.append(self.prefix().rstrip())

    def prefix(self) -> str:
        return "> " * self.quote

    def is_signature(self, attrs: list[tuple[str, str | None]]) -> bool:
        """Gmail and Outlook on the web mark signatures without a "-- " line
        (Thunderbird's moz-signature carries its own)."""
        values = dict(attrs)
        css = (values.get("class") or "").lower()
        ident = (values.get("id") or "").lower()
        return "gmail_signature" in css or ident in ("signature", "x_signature")

    def text(self) -> str:
        self.flush()
        return "\n".join(self.lines).strip()


def html_to_text(html: str) -> str:
    """Readable text of an HTML body (stdlib html.parser: linear, no dependency)."""
    parser = _HtmlText()
    try:
        parser.feed(html[:MAX_HTML])
        parser.close()
    except Exception:  # html.parser has asserted on odd markup: keep what it had read
        parser.add(re.sub(r"<[^>]*>", " ", parser.rawdata[:MAX_HTML]))
    return parser.text()


# --- replies: new text, quoted text, signature ----------------------------------------------

_QUOTE_LINE = re.compile(r"^\s*>")
_ATTRIBUTIONS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^on\b.{1,400}\bwrote\s*:$",
        r"^am\b.{1,400}\bschrieb\b.{0,300}:$",
        r"^.{1,300}\bschrieb\s+am\b.{1,100}:$",
        r"^le\b.{1,400}\ba\s+[ée]crit\s*:$",
        r"^el\b.{1,400}\bescribi[óo]\s*:$",
        r"^em\b.{1,400}\bescreveu\s*:$",
        r"^il\b.{1,400}\bha\s+scritto\s*:$",
        r"^op\b.{1,400}\bschreef\b.{0,300}:$",
        r"^(?:den|på)\b.{1,400}\bskrev\b.{0,300}:$",
    )
]
# Any order of words ("Alice <a@x> schrieb am 8.1.:"), but one line that names an address or
# a date, never joined lines: those would swallow the text above. Matched from the end, as
# one pattern with two unbounded parts backtracks quadratically on long lines.
_ANY_ATTRIBUTION_END = re.compile(
    r"\b(?:wrote|schrieb|a [ée]crit|escribi[óo]|escreveu|ha scritto|schreef|skrev|"
    r"napisał\(a\)|napisał|написал\(а\)|написал)\s*:$",
    re.IGNORECASE,
)
_ADDRESS_OR_DIGIT = re.compile(r"@|\d")
_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|originalnachricht|"
    r"message d'origine|mensaje original|mensagem original|messaggio originale|"
    r"oorspronkelijk bericht|ursprungligt meddelande|forwarded message|"
    r"weitergeleitete nachricht|message transféré|mensaje reenviado|mensaje enviado|"
    r"mensagem encaminhada|messaggio inoltrato|doorgestuurd bericht)\s*-{2,}\s*$"
    r"|^\s*(?:begin forwarded message|anfang der weitergeleiteten nachricht|"
    r"début du message réexpédié|inicio del mensaje reenviado|"
    r"início da mensagem reencaminhada)\s*:\s*$",
    re.IGNORECASE,
)
_RULE_LINE = re.compile(r"^\s*(?:_{10,}|-{10,})\s*$")
_FROM_LINE = re.compile(r"^\s*\*?(?:from|von|de|van|da|från|fra|od|от)\s*:\*?\s*\S", re.I)
_SENT_LINE = re.compile(
    r"^\s*\*?(?:sent|date|gesendet|datum|envoyé|enviado(?: el)?|enviada|fecha|verzonden|"
    r"inviato|data|skickat|sendt|wysłano|отправлено)\s*:\*?",
    re.IGNORECASE,
)
_SIGNATURE_LINE = re.compile(r"^--\s*$")
_MOBILE_FOOTER = re.compile(
    r"^(?:sent from my .{1,40}|sent from (?:outlook|mail) for .{1,30}|get outlook for .{1,30}|"
    r"von meinem .{1,40} gesendet|gesendet von .{1,40}|envoyé de mon .{1,40}|"
    r"enviado desde mi .{1,40}|enviado do meu .{1,40}|inviato da .{1,40})$",
    re.IGNORECASE,
)
MAX_SIGNATURE_LINES = 40


def split_reply(text: str) -> tuple[str, str, str]:
    """(new text, quoted text, signature) of a message body.

    Quoted: `>` lines with the attribution above them ("On ... wrote:" and its German,
    French, Spanish... forms), and everything from an "Original Message" separator or an
    Outlook "From: / Sent:" header block on. The signature follows a "-- " line, or is a
    mobile "Sent from my ..." footer. Linear in the number of lines.
    """
    lines = text.split("\n")
    kept: list[str] = []
    quoted: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _QUOTE_LINE.match(line):
            quoted.append(line)
            i += 1
            continue
        attribution = _attribution(lines, i)
        size = attribution or _loose_attribution(line)
        if size and _quote_follows(lines, i + size):
            quoted.extend(lines[i : i + size])
            i += size
            continue
        if attribution or _SEPARATOR.match(line) or _header_block(lines, i):
            rules = []
            while kept and (not kept[-1].strip() or _RULE_LINE.match(kept[-1])):
                rules.append(kept.pop())  # Outlook's ____ line above its header block
            quoted.extend(r for r in reversed(rules) if r.strip())
            quoted.extend(lines[i:])
            break
        kept.append(line)
        i += 1
    body, signature = _split_signature(kept)
    return _join(body), _join(quoted), _join(signature)


def _attribution(lines: list[str], i: int) -> int:
    """How many lines (1-3: clients wrap long ones) form a reply attribution at line i."""
    line = lines[i].strip()
    if not line or len(line) > 500:
        return 0
    if line.endswith(":") and _ADDRESS_OR_DIGIT.search(line) and _ANY_ATTRIBUTION_END.search(line):
        return 1
    joined = line
    for size in (1, 2, 3):
        if size > 1:
            if i + size - 1 >= len(lines) or not lines[i + size - 1].strip():
                return 0
            joined = f"{joined} {lines[i + size - 1].strip()}"
        if joined.endswith(":") and any(p.match(joined) for p in _ATTRIBUTIONS):
            return size
    return 0


def _loose_attribution(line: str) -> int:
    """Attributions in languages not listed ("2024-01-08 10:00 GMT+01:00 Alice <a@x>:") count
    only right above a `>` quote: a line that ends in ":" and names an address or a date."""
    text = line.strip()
    return int(text.endswith(":") and len(text) <= 300 and bool(_ADDRESS_OR_DIGIT.search(text)))


def _quote_follows(lines: list[str], i: int) -> bool:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i < len(lines) and bool(_QUOTE_LINE.match(lines[i]))


def _header_block(lines: list[str], i: int) -> bool:
    """An Outlook-style "From: ... / Sent: ..." block that starts a quoted message."""
    if not _FROM_LINE.match(lines[i]):
        return False
    return any(_SENT_LINE.match(line) for line in lines[i + 1 : i + 5])


def _split_signature(lines: list[str]) -> tuple[list[str], list[str]]:
    for j in range(len(lines) - 1, -1, -1):
        if _SIGNATURE_LINE.match(lines[j]):
            signature = lines[j + 1 :]
            if sum(1 for s in signature if s.strip()) <= MAX_SIGNATURE_LINES:
                return lines[:j], signature
            break
    last = next((j for j in range(len(lines) - 1, -1, -1) if lines[j].strip()), None)
    if last is not None and _MOBILE_FOOTER.match(lines[last].strip()):
        return lines[:last], lines[last:]
    return lines, []


def _join(lines: list[str]) -> str:
    return "\n".join(lines).strip("\n").strip()


# --- invites -------------------------------------------------------------------------------


def _invites(content: _Content, date: datetime | None, notes: list[str]) -> tuple[Invite, ...]:
    """Every event of every calendar part, once (Gmail sends each invite inline and as
    invite.ics); the copy that knows its METHOD wins."""
    from followup.invite import read_calendar  # icalendar (~5 MB) only for invites

    fallback: tzinfo | None = date.tzinfo if date is not None else None
    seen: dict[tuple[object, ...], Invite] = {}
    payloads: set[bytes] = set()
    for data, charset, method in content.calendars:
        if data in payloads:
            continue
        payloads.add(data)
        text, _ = decode_text(data, charset or "utf-8")
        invites, calendar_notes = read_calendar(text, fallback, mime_method=method)
        notes.extend(calendar_notes)
        for invite in invites:
            key = (invite.uid, invite.recurrence_id, invite.sequence, invite.start, invite.end)
            if key not in seen or (invite.method and not seen[key].method):
                seen[key] = invite
    return tuple(seen.values())
