"""Due-time arithmetic: durations as people write them, business days, holidays, quiet hours.

Pure: every function takes the instant it works from; nothing here reads the clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@dataclass(frozen=True)
class Duration:
    """A span as written in the rules: real time (`24h`, `7d`) or business days."""

    real: timedelta = timedelta(0)
    business_days: int = 0

    def __str__(self) -> str:
        if self.business_days:
            plural = "s" if self.business_days != 1 else ""
            return f"{self.business_days} business day{plural}"
        return format_timedelta(self.real)


_UNITS = {
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    "d": 86400, "day": 86400, "days": 86400,
    "w": 604800, "wk": 604800, "week": 604800, "weeks": 604800,
}  # fmt: skip
_BUSINESS = re.compile(r"^\s*(\d+)\s*(?:business|working|work)[\s-]*days?\s*$", re.IGNORECASE)
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+)", re.IGNORECASE)


def parse_duration(text: str | int | float) -> Duration:
    """Read `90m`, `24h`, `7d`, `2 weeks`, `1h 30m` or `5 business days`.

    Raises ValueError with the accepted forms, so a config error can say what is expected.
    """
    if isinstance(text, int | float) and not isinstance(text, bool):
        raise ValueError(
            f"{text!r} has no unit: write e.g. '{text}h', '{text}d' or '{text} business days'"
        )
    source = str(text).strip()
    business = _BUSINESS.match(source)
    if business:
        return Duration(business_days=int(business.group(1)))
    seconds = 0.0
    position = 0
    for part in _PART.finditer(source):
        if source[position : part.start()].strip(" ,") or part.group(2).lower() not in _UNITS:
            break
        seconds += float(part.group(1)) * _UNITS[part.group(2).lower()]
        position = part.end()
    else:
        if position and not source[position:].strip():
            return Duration(real=timedelta(seconds=seconds))
    raise ValueError(
        f"cannot read {source!r} as a duration: write e.g. '90m', '24h', '7d', '2 weeks' "
        "or '5 business days'"
    )


def format_timedelta(span: timedelta) -> str:
    """The shortest exact form that parse_duration reads back (`36h`, `7d`, `90m`)."""
    seconds = int(span.total_seconds())
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds // 60}m"


@dataclass(frozen=True)
class WorkCalendar:
    """The user's working week: zone, optional public holidays, and hours nothing is due in."""

    zone: str = "UTC"
    holiday_country: str | None = None  # ISO 3166 code for the `holidays` package, e.g. "DE"
    holiday_subdivision: str | None = None  # e.g. "BE" for Berlin
    quiet_start: time = time(21, 0)  # nothing becomes due from here ...
    quiet_end: time = time(8, 0)  # ... until here, local time
    workdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0

    @property
    def tz(self) -> ZoneInfo:
        return zone_info(self.zone)


@lru_cache(maxsize=64)
def zone_info(name: str) -> ZoneInfo:
    """ZoneInfo with a clear error for a misspelt zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(
            f"unknown time zone {name!r}: use an IANA name like 'Europe/Berlin'"
        ) from error


@lru_cache(maxsize=256)
def _holidays_of(country: str, subdivision: str | None, year: int) -> frozenset[date]:
    # Imported here: the holidays package takes ~100 ms to import and most commands never need it.
    import holidays

    try:
        table = holidays.country_holidays(country, subdiv=subdivision, years=year)
    except NotImplementedError as error:
        raise ValueError(f"the holidays package does not know country {country!r}") from error
    return frozenset(table.keys())


def is_business_day(day: date, calendar: WorkCalendar) -> bool:
    if day.weekday() not in calendar.workdays:
        return False
    if calendar.holiday_country is None:
        return True
    holidays_that_year = _holidays_of(
        calendar.holiday_country, calendar.holiday_subdivision, day.year
    )
    return day not in holidays_that_year


def add_business_days(day: date, count: int, calendar: WorkCalendar | None = None) -> date:
    """The date `count` business days after `day` (0 → `day` itself, or the next business day)."""
    calendar = calendar or WorkCalendar()
    if count == 0:
        while not is_business_day(day, calendar):
            day += timedelta(days=1)
        return day
    step = 1 if count > 0 else -1
    remaining = abs(count)
    while remaining:
        day += timedelta(days=step)
        if is_business_day(day, calendar):
            remaining -= 1
    return day


def after(start: datetime, span: Duration, calendar: WorkCalendar) -> datetime:
    """`start` plus `span`.

    Real time is added in UTC, so 24 h across a DST change is 24 real hours; business days keep
    the local wall-clock time and skip weekends and holidays.
    """
    if span.business_days:
        local = start.astimezone(calendar.tz)
        day = add_business_days(local.date(), span.business_days, calendar)
        return datetime.combine(day, local.timetz().replace(tzinfo=None), calendar.tz)
    return (start.astimezone(UTC) + span.real).astimezone(start.tzinfo)


def _quiet_span(when: datetime, calendar: WorkCalendar) -> tuple[datetime, datetime] | None:
    """The quiet period `when` falls in, as aware (start, end), or None outside one."""
    local = when.astimezone(calendar.tz)
    clock, start, end = local.time(), calendar.quiet_start, calendar.quiet_end
    if start == end:
        return None
    day = local.date()
    if start > end:  # the quiet span crosses midnight (the usual case: 21:00 → 08:00)
        if clock >= start:
            evening = day
        elif clock < end:
            evening = day - timedelta(days=1)
        else:
            return None
        morning = evening + timedelta(days=1)
    elif start <= clock < end:
        evening = morning = day
    else:
        return None
    tz = calendar.tz
    return datetime.combine(evening, start, tz), datetime.combine(morning, end, tz)


def outside_quiet_hours(when: datetime, calendar: WorkCalendar) -> datetime:
    """`when`, or the end of the quiet hours it falls in, so nothing becomes due at 3 a.m."""
    span = _quiet_span(when, calendar)
    return span[1].astimezone(when.tzinfo) if span else when


def before_quiet_hours(when: datetime, calendar: WorkCalendar) -> datetime:
    """`when`, or the start of the quiet hours it falls in: a deadline is never at midnight."""
    span = _quiet_span(when, calendar)
    return span[0].astimezone(when.tzinfo) if span else when


def start_of_business_day(day: date, calendar: WorkCalendar) -> datetime:
    """The first non-quiet instant of `day` (or of the next business day when `day` is not one)."""
    return datetime.combine(add_business_days(day, 0, calendar), calendar.quiet_end, calendar.tz)
