"""Calendar invites: text/calendar (or .ics) bytes → Invite objects with aware start and end.

Pure and never raising: whatever a calendar gets wrong becomes a note, not an exception.
"""

from __future__ import annotations

import contextlib
import functools
import re
import threading
import warnings
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from email import policy
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar
from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from followup.model import Invite, Person

MAX_CALENDAR_BYTES = 1_000_000  # a real invite is a few KB; feeds can be huge
MAX_EVENTS = 50  # per calendar part: an interview is one event, a feed is not
MAX_DESCRIPTION = 20_000
MAX_LINE = 1_000

# icalendar caches VTIMEZONE definitions process-wide, first definition wins, so one bogus
# calendar would change how every later one reads: each calendar gets an empty cache, and
# the lock keeps two threads from sharing one.
_TZ_LOCK = threading.Lock()

_ROOM_DOMAINS = ("resource.calendar.google.com",)
_ROOM_WORDS = re.compile(
    r"\b(?:room|rooms|boardroom|meeting\s*room|conference\s*room|konferenzraum|"
    r"besprechungsraum|sitzungszimmer|salle\s+de\s+r[ée]union|salle\s+de\s+conf[ée]rence|"
    r"sala\s+de\s+(?:reuniones|juntas|conferencias))\b",
    re.IGNORECASE,
)
_ROOM_LOCAL_TOKENS = frozenset({"room", "rooms", "confroom", "meetingroom", "resource"})
_VTIMEZONE = re.compile(r"^BEGIN:VTIMEZONE\r?$.*?^END:VTIMEZONE\r?$\n?", re.M | re.S | re.I)
_TZID_LINE = re.compile(r"^TZID(?:;[^:\r\n]*)?:([^\r\n]*)", re.M | re.I)
_EXCHANGE_EPOCH = re.compile(r"^(DTSTART(?:;[^:\r\n]*)?:)16010101T", re.MULTILINE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"[\r\n\x00-\x1f\x7f]+")


def parse_calendar(
    data: bytes | str, fallback_tz: tzinfo | None = None, *, mime_method: str = ""
) -> tuple[Invite, ...]:
    """The events of a bare calendar (an .ics file or a MIME part), never raising.

    `fallback_tz` reads floating times and unknown TZIDs (the message Date's offset; UTC
    when None); `mime_method` is the MIME `method=` parameter, used when VCALENDAR has none.
    """
    return read_calendar(data, fallback_tz, mime_method=mime_method)[0]


def read_calendar(
    data: bytes | str, fallback_tz: tzinfo | None = None, *, mime_method: str = ""
) -> tuple[tuple[Invite, ...], tuple[str, ...]]:
    """Like `parse_calendar`, plus notes about the calendar as a whole (broken, cut, empty)."""
    try:
        return _read_calendar(data, _Zone.of(fallback_tz), mime_method)
    except Exception as error:  # a broken calendar must never stop a message
        return (), (f"calendar part unreadable: {_describe_error(error)}",)


@dataclass(frozen=True)
class _Zone:
    """The zone for floating times and unknown TZIDs, with the words that explain it."""

    tz: tzinfo
    label: str

    @classmethod
    def of(cls, zone: tzinfo | None) -> _Zone:
        if zone is None:
            return cls(UTC, "UTC (no message Date to go by)")
        if isinstance(zone, timezone):
            return cls(zone, f"{zone.tzname(None)}, the message Date's offset")
        return cls(zone, str(zone))


def _read_calendar(
    data: bytes | str, fallback: _Zone, mime_method: str
) -> tuple[tuple[Invite, ...], tuple[str, ...]]:
    notes: list[str] = []
    text = _calendar_text(data, notes)
    with _fresh_timezone_cache(), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        components = Calendar.from_ical(text, multiple=True)
        invites = list(_invites(components, fallback, mime_method.strip().upper(), notes))
    notes.extend(f"calendar: {_one_line(str(w.message), 200)}" for w in caught)
    if not invites:
        notes.append("calendar part has no VEVENT")
    return tuple(invites), tuple(dict.fromkeys(notes))


@contextmanager
def _fresh_timezone_cache() -> Iterator[None]:
    """Give this calendar icalendar's TZID cache to itself, so no other message leaks in.

    `tzp.use(name)` re-installs the same provider, which empties the cache.
    """
    with _TZ_LOCK:
        provider = tzp.name
        tzp.use(provider)
        try:
            yield
        finally:
            tzp.use(provider)


def _calendar_text(data: bytes | str, notes: list[str]) -> str:
    """Decode calendar bytes (RFC 5545 says UTF-8; Outlook sometimes sends cp1252)."""
    if isinstance(data, str):
        text = data
    else:
        raw = bytes(data)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", "replace")
            notes.append("calendar is not UTF-8: read as cp1252")
    text = _cut(text, notes)
    text = _VTIMEZONE.sub(_drop_known_zone, text)
    # Exchange starts its zone rules in 1601; dateutil walks them year by year on every
    # offset lookup. Starting them in 1970 gives the same offsets for any date that matters.
    return _EXCHANGE_EPOCH.sub(r"\g<1>19700101T", text)


def _cut(text: str, notes: list[str]) -> str:
    """At most MAX_CALENDAR_BYTES characters and one event more than MAX_EVENTS (icalendar
    parses every event before the first is read: 10,000 take seconds), cut after a whole
    event and closed, so a calendar too long to read whole still gives its first events."""
    cut = len(text) > MAX_CALENDAR_BYTES
    if cut:
        notes.append(f"calendar cut to its first {MAX_CALENDAR_BYTES} characters")
        text = text[:MAX_CALENDAR_BYTES]
    end = -1
    for _ in range(MAX_EVENTS + 1):
        found = text.find("END:VEVENT", end + 1)
        if found < 0:
            break
        end = found
    else:
        cut = True
    return text[:end] + "END:VEVENT\r\nEND:VCALENDAR\r\n" if cut and end >= 0 else text


def _drop_known_zone(block: re.Match[str]) -> str:
    """Drop a VTIMEZONE whose TZID is an IANA or Windows name: it is read from tzdata anyway,
    and iCloud's historic definitions are most of the parsing time of an invite."""
    found = _TZID_LINE.search(block.group(0))
    tzid = found.group(1).strip().strip('"').strip("/") if found else ""
    return "" if tzid in WINDOWS_TO_OLSON or tzid in _iana_zones() else block.group(0)


@functools.cache
def _iana_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _invites(
    components: list[Any], fallback: _Zone, mime_method: str, notes: list[str]
) -> Iterator[Invite]:
    count = 0
    for component in components:
        method = _text(component.get("METHOD")).upper() if component.name == "VCALENDAR" else ""
        if method and mime_method and method != mime_method:
            notes.append(f"calendar METHOD {method} differs from the MIME method {mime_method}")
        for event in component.walk("VEVENT"):
            count += 1
            if count > MAX_EVENTS:
                notes.append(f"calendar has more than {MAX_EVENTS} events: the rest are ignored")
                return
            try:
                yield _invite(event, method or mime_method, fallback)
            except Exception as error:  # one bad event must not hide the others
                notes.append(f"event unreadable: {_describe_error(error)}")


def _invite(event: Any, method: str, fallback: _Zone) -> Invite:
    """One VEVENT; each field is read on its own so one bad property spoils only itself."""
    notes: list[str] = []
    uid = _one_line(_text(event.get("UID")), MAX_LINE)
    if not uid:
        notes.append("event has no UID")
    start, start_is_date = _moment(event, "DTSTART", fallback, notes)
    end = _end(event, start, start_is_date, fallback, notes)
    if start is None:
        notes.append("event has no readable DTSTART")
    elif end is not None and end < start:
        notes.append("event ends before it starts")
    notes.extend(f"{name}: {_one_line(str(message), 200)}" for name, message in event.errors)
    return Invite(
        method=method,
        uid=uid,
        sequence=_sequence(event, notes),
        status=_one_line(_text(event.get("STATUS")), 50).upper(),
        start=start,
        end=end,
        summary=_one_line(_text(event.get("SUMMARY")), MAX_LINE),
        location=_one_line(_text(event.get("LOCATION")), MAX_LINE),
        description=_CONTROL.sub("", _text(event.get("DESCRIPTION")))[:MAX_DESCRIPTION],
        organizer=_person(_first(event.get("ORGANIZER"))),
        attendees=_attendees(event.get("ATTENDEE")),
        recurrence_id=_recurrence_id(event, fallback, notes),
        notes=tuple(dict.fromkeys(notes)),
    )


def _moment(
    event: Any, name: str, fallback: _Zone, notes: list[str]
) -> tuple[datetime | None, bool]:
    """An aware datetime for DTSTART/DTEND/RECURRENCE-ID, and whether it was a DATE."""
    prop = event.get(name)
    if isinstance(prop, list):
        notes.append(f"{name} given {len(prop)} times: the first is used")
        prop = prop[0]
    value = _dt(prop)
    if isinstance(value, datetime):
        tzid = _tzid(prop)
        return _aware(value, tzid, name, fallback, notes), False
    if isinstance(value, date):
        notes.append(f"{name} is an all-day date: read as midnight {fallback.label}")
        return datetime.combine(value, time(), tzinfo=fallback.tz), True
    if prop is not None:
        notes.append(f"{name} unreadable: {_one_line(str(prop), 80)}")
    return None, False


def _aware(value: datetime, tzid: str, name: str, fallback: _Zone, notes: list[str]) -> datetime:
    """Resolve a DATE-TIME to an aware one.

    A Windows zone name is read as its IANA zone even when the calendar carries a VTIMEZONE
    for it: the name is standard, a definition that disagrees is the sender's bug, and
    evaluating Exchange's definitions (rules from 1601) costs milliseconds per datetime.
    A zone that only the calendar defines is turned into its fixed offset at that instant,
    so later arithmetic and comparisons never re-run its rules.
    """
    windows = WINDOWS_TO_OLSON.get(tzid.strip("/")) if tzid else None
    if windows:
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
            return value.replace(tzinfo=ZoneInfo(windows))
    offset = value.utcoffset() if value.tzinfo is not None else None
    if offset is not None:
        if isinstance(value.tzinfo, ZoneInfo | timezone):
            return value
        fixed = value.replace(tzinfo=timezone(offset))
        notes.append(f"{name}: TZID {tzid!r} defined by the calendar: {_offset(fixed)}")
        return fixed
    if tzid:
        notes.append(f"{name}: unknown TZID {tzid!r} with no VTIMEZONE: read as {fallback.label}")
    else:
        notes.append(f"{name}: floating time (no zone): read as {fallback.label}")
    return value.replace(tzinfo=fallback.tz)


def _end(
    event: Any, start: datetime | None, start_is_date: bool, fallback: _Zone, notes: list[str]
) -> datetime | None:
    """DTEND, else DTSTART + DURATION, else a day for an all-day event (RFC 5545 3.6.1).

    A timed event with neither is left without an end: RFC 5545 would end it at its start,
    which would make an interview look over the moment it begins.
    """
    if event.get("DTEND") is not None:
        end, _ = _moment(event, "DTEND", fallback, notes)
        if end is not None:
            if event.get("DURATION") is not None:
                notes.append("event has both DTEND and DURATION: DTEND is used")
            return end
    duration = _dt(_first(event.get("DURATION")))
    if start is not None and isinstance(duration, timedelta):
        return start + duration
    if start is not None and start_is_date:
        return start + timedelta(days=1)
    if start is not None:
        notes.append("event has no DTEND or DURATION: its end is unknown")
    return None


def _recurrence_id(event: Any, fallback: _Zone, notes: list[str]) -> str:
    """RECURRENCE-ID as a UTC iCalendar stamp, so the same instance compares equal however
    each message wrote its zone."""
    if event.get("RECURRENCE-ID") is None:
        return ""
    moment, is_date = _moment(event, "RECURRENCE-ID", fallback, notes)
    if moment is None:
        return ""
    if is_date:
        return moment.strftime("%Y%m%d")
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _sequence(event: Any, notes: list[str]) -> int:
    raw = _first(event.get("SEQUENCE"))
    if raw is None:
        return 0
    try:
        return int(str(raw).strip())
    except ValueError:
        notes.append(f"SEQUENCE unreadable: {_one_line(str(raw), 40)}")
        return 0


def _attendees(raw: Any) -> tuple[Person, ...]:
    """People invited, without rooms and resources, each address once."""
    items = raw if isinstance(raw, list) else [] if raw is None else [raw]
    people: dict[str, Person] = {}
    for item in items:
        cutype = _text(_params(item).get("CUTYPE")).upper()
        person = _person(item)
        if person is None or cutype in ("ROOM", "RESOURCE") or _looks_like_room(person):
            continue
        people.setdefault(person.email or person.name, person)
    return tuple(people.values())


def _looks_like_room(person: Person) -> bool:
    """Rooms booked as plain attendees (Google resources, Exchange room mailboxes)."""
    local, _, domain = person.email.partition("@")
    if domain.endswith(_ROOM_DOMAINS):
        return True
    if _ROOM_LOCAL_TOKENS.intersection(re.split(r"[._+\-]", local)):
        return True
    return bool(_ROOM_WORDS.search(person.name))


def _person(address: Any) -> Person | None:
    """ORGANIZER/ATTENDEE → Person: mailto: stripped, CN unquoted and decoded."""
    if address is None:
        return None
    params = _params(address)
    email = _one_line(str(address), MAX_LINE).strip()
    if email.lower().startswith("mailto:"):
        email = email[7:].strip()
    if "@" not in email:
        email = _one_line(_text(params.get("EMAIL")), MAX_LINE).strip()
        email = email[7:] if email.lower().startswith("mailto:") else email
    name = _decode_words(_text(params.get("CN")).strip().strip('"').strip())
    email = email.strip("<> ").lower() if "@" in email else ""
    if not email and not name:
        return None
    return Person(name=_one_line(name, 200), email=email)


def _decode_words(text: str) -> str:
    """RFC 2047 encoded words, which some clients put in CN."""
    if "=?" not in text:
        return text
    try:
        return str(policy.default.header_factory("x-cn", text))
    except Exception:  # keep the raw name rather than lose the person
        return text


def _dt(prop: Any) -> Any:
    """A property's value; None when icalendar kept it as broken (it raises on `.dt`)."""
    try:
        return getattr(prop, "dt", None)
    except Exception:  # icalendar's BrokenCalendarProperty, and whatever comes next
        return None


def _tzid(prop: Any) -> str:
    return _text(_params(prop).get("TZID")).strip()


def _params(prop: Any) -> Any:
    try:
        return getattr(prop, "params", None) or {}
    except Exception:  # a broken property raises on any attribute
        return {}


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _text(value: Any) -> str:
    """A property or parameter as plain text ('' when absent)."""
    value = _first(value)
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _one_line(text: str, limit: int) -> str:
    """No CR/LF or control characters: these values end up next to mail headers."""
    return _LINE_BREAKS.sub(" ", text).strip()[:limit]


def _offset(value: datetime) -> str:
    offset = value.utcoffset()
    return timezone(offset).tzname(None) if offset is not None else "no offset"


def _describe_error(error: BaseException) -> str:
    return _one_line(f"{type(error).__name__}: {error}", 200)
