"""Durations as people write them, business days, holidays, quiet hours, DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from followup.timing import (
    Duration,
    WorkCalendar,
    add_business_days,
    after,
    format_timedelta,
    outside_quiet_hours,
    parse_duration,
    start_of_business_day,
)
from hypothesis import given
from hypothesis import strategies as st

BERLIN = ZoneInfo("Europe/Berlin")
BERLIN_WEEK = WorkCalendar(zone="Europe/Berlin")
GERMAN_HOLIDAYS = WorkCalendar(zone="Europe/Berlin", holiday_country="DE")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90m", Duration(real=timedelta(minutes=90))),
        ("24h", Duration(real=timedelta(hours=24))),
        ("7d", Duration(real=timedelta(days=7))),
        ("2 weeks", Duration(real=timedelta(days=14))),
        ("1h 30m", Duration(real=timedelta(minutes=90))),
        ("1h30m", Duration(real=timedelta(minutes=90))),
        ("36 hours", Duration(real=timedelta(hours=36))),
        ("5 business days", Duration(business_days=5)),
        ("1 business day", Duration(business_days=1)),
        ("3 working days", Duration(business_days=3)),
        ("  10 Business Days ", Duration(business_days=10)),
    ],
)
def test_durations_read_like_people_write_them(text: str, expected: Duration) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "7", "abc", "7 parsecs", "h", "5 business", "1h x", "-3d"])
def test_unreadable_durations_say_what_is_expected(text: str) -> None:
    with pytest.raises(ValueError, match="24h"):
        parse_duration(text)


def test_a_bare_number_asks_for_a_unit() -> None:
    with pytest.raises(ValueError, match="no unit"):
        parse_duration(7)


@given(st.integers(1, 10_000))
def test_formatted_durations_read_back(minutes: int) -> None:
    span = timedelta(minutes=minutes)
    assert parse_duration(format_timedelta(span)).real == span


def test_business_days_skip_weekends() -> None:
    friday = date(2026, 3, 6)
    assert add_business_days(friday, 1) == date(2026, 3, 9)
    assert add_business_days(friday, 5) == date(2026, 3, 13)
    assert add_business_days(date(2026, 3, 7), 0) == date(2026, 3, 9)  # Saturday → Monday
    assert add_business_days(date(2026, 3, 9), -1) == date(2026, 3, 6)


def test_business_days_skip_the_configured_countrys_holidays() -> None:
    # 24 Dec 2026 is a Thursday; 25 and 26 Dec are German public holidays (Fri, Sat).
    assert add_business_days(date(2026, 12, 24), 1, BERLIN_WEEK) == date(2026, 12, 25)
    assert add_business_days(date(2026, 12, 24), 1, GERMAN_HOLIDAYS) == date(2026, 12, 28)
    # Good Friday 3 Apr and Easter Monday 6 Apr 2026.
    assert add_business_days(date(2026, 4, 2), 1, GERMAN_HOLIDAYS) == date(2026, 4, 7)


def test_regional_holidays() -> None:
    # 6 Jan (Epiphany) is a holiday in Bavaria, not in Berlin.
    bavaria = WorkCalendar(zone="Europe/Berlin", holiday_country="DE", holiday_subdivision="BY")
    assert add_business_days(date(2026, 1, 5), 1, GERMAN_HOLIDAYS) == date(2026, 1, 6)
    assert add_business_days(date(2026, 1, 5), 1, bavaria) == date(2026, 1, 7)


def test_an_unknown_holiday_country_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="XX"):
        add_business_days(date(2026, 1, 5), 1, WorkCalendar(holiday_country="XX"))


def test_24_hours_across_the_spring_dst_change_are_24_real_hours() -> None:
    saturday_noon = datetime(2026, 3, 28, 12, 0, tzinfo=BERLIN)
    later = after(saturday_noon, parse_duration("24h"), BERLIN_WEEK)
    assert later.astimezone(UTC) - saturday_noon.astimezone(UTC) == timedelta(hours=24)
    assert later.hour == 13  # the clocks went forward an hour


def test_business_days_keep_the_local_wall_clock_across_dst() -> None:
    friday = datetime(2026, 3, 27, 10, 0, tzinfo=BERLIN)
    monday = after(friday, Duration(business_days=1), BERLIN_WEEK)
    assert (monday.date(), monday.hour, monday.utcoffset()) == (
        date(2026, 3, 30),
        10,
        timedelta(hours=2),
    )


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        (datetime(2026, 3, 3, 3, 0), datetime(2026, 3, 3, 8, 0)),
        (datetime(2026, 3, 3, 22, 30), datetime(2026, 3, 4, 8, 0)),
        (datetime(2026, 3, 3, 21, 0), datetime(2026, 3, 4, 8, 0)),
        (datetime(2026, 3, 3, 8, 0), datetime(2026, 3, 3, 8, 0)),
        (datetime(2026, 3, 3, 20, 59), datetime(2026, 3, 3, 20, 59)),
    ],
)
def test_nothing_becomes_due_in_quiet_hours(local: datetime, expected: datetime) -> None:
    when = local.replace(tzinfo=BERLIN)
    assert outside_quiet_hours(when, BERLIN_WEEK) == expected.replace(tzinfo=BERLIN)


def test_quiet_hours_are_the_users_even_for_times_in_other_zones() -> None:
    new_york_evening = datetime(2026, 3, 3, 17, 0, tzinfo=ZoneInfo("America/New_York"))
    moved = outside_quiet_hours(new_york_evening, BERLIN_WEEK)  # 23:00 in Berlin
    assert moved.astimezone(BERLIN) == datetime(2026, 3, 4, 8, 0, tzinfo=BERLIN)
    assert moved.tzinfo == new_york_evening.tzinfo


def test_quiet_hours_within_a_day() -> None:
    lunch = WorkCalendar(zone="UTC", quiet_start=time(12), quiet_end=time(13))
    when = datetime(2026, 3, 3, 12, 30, tzinfo=UTC)
    assert outside_quiet_hours(when, lunch) == datetime(2026, 3, 3, 13, 0, tzinfo=UTC)


def test_start_of_business_day_skips_to_monday() -> None:
    saturday = date(2026, 3, 7)
    assert start_of_business_day(saturday, BERLIN_WEEK) == datetime(2026, 3, 9, 8, tzinfo=BERLIN)


def test_unknown_zone_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="IANA"):
        _ = WorkCalendar(zone="Mars/Olympus").tz


@given(
    st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(BERLIN)
    )
)
def test_quiet_hours_never_move_time_backwards_or_more_than_a_night(when: datetime) -> None:
    moved = outside_quiet_hours(when, BERLIN_WEEK)
    assert when <= moved <= when + timedelta(hours=12)
    local = moved.astimezone(BERLIN).time()
    assert time(8) <= local < time(21)


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        (datetime(2026, 3, 4, 0, 0), datetime(2026, 3, 3, 21, 0)),
        (datetime(2026, 3, 3, 23, 0), datetime(2026, 3, 3, 21, 0)),
        (datetime(2026, 3, 3, 7, 59), datetime(2026, 3, 2, 21, 0)),
        (datetime(2026, 3, 3, 15, 0), datetime(2026, 3, 3, 15, 0)),
    ],
)
def test_deadlines_are_pulled_back_out_of_quiet_hours(local: datetime, expected: datetime) -> None:
    from followup.timing import before_quiet_hours

    assert before_quiet_hours(local.replace(tzinfo=BERLIN), BERLIN_WEEK) == expected.replace(
        tzinfo=BERLIN
    )
