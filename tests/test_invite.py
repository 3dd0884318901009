"""Tests for followup.invite: calendar bytes → Invite, aware times, no rooms, never raising."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from followup.invite import MAX_EVENTS, parse_calendar, read_calendar
from followup.model import Person
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PLUS_TWO = timezone(timedelta(hours=2))


def calendar(*events: str, method: str | None = "REQUEST", extra: str = "") -> bytes:
    """A VCALENDAR around the given VEVENT bodies (CRLF, as on the wire)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    if method:
        lines.append(f"METHOD:{method}")
    if extra:
        lines.append(extra.strip("\n"))
    for body in events:
        lines += ["BEGIN:VEVENT", body.strip("\n"), "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\n".join(lines) + "\n").replace("\n", "\r\n").encode("utf-8")


def one(data: bytes, fallback=None, **kwargs):
    invites = parse_calendar(data, fallback, **kwargs)
    assert len(invites) == 1, invites
    return invites[0]


UTC_EVENT = """UID:abc-123@example.com
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Interview: Backend Engineer
LOCATION:Zoom
DESCRIPTION:Line one\\nLine two
DTSTART:20240105T140000Z
DTEND:20240105T150000Z"""


class TestBasics:
    def test_utc_event_fields(self) -> None:
        invite = one(calendar(UTC_EVENT))
        assert invite.method == "REQUEST"
        assert invite.uid == "abc-123@example.com"
        assert invite.sequence == 2
        assert invite.status == "CONFIRMED"
        assert invite.summary == "Interview: Backend Engineer"
        assert invite.location == "Zoom"
        assert invite.description == "Line one\nLine two"
        assert invite.start == datetime(2024, 1, 5, 14, 0, tzinfo=UTC)
        assert invite.end == datetime(2024, 1, 5, 15, 0, tzinfo=UTC)
        assert invite.start.utcoffset() == timedelta(0)
        assert not invite.cancelled
        assert invite.notes == ()

    def test_cancel_by_method_and_status(self) -> None:
        body = UTC_EVENT.replace("STATUS:CONFIRMED", "STATUS:CANCELLED")
        invite = one(calendar(body, method="CANCEL"))
        assert invite.method == "CANCEL"
        assert invite.status == "CANCELLED"
        assert invite.cancelled

    def test_method_from_mime_parameter_when_calendar_has_none(self) -> None:
        invite = one(calendar(UTC_EVENT, method=None), mime_method="cancel")
        assert invite.method == "CANCEL"
        assert invite.cancelled

    def test_calendar_method_wins_over_mime_and_disagreement_is_noted(self) -> None:
        invites, notes = read_calendar(calendar(UTC_EVENT), None, mime_method="CANCEL")
        assert invites[0].method == "REQUEST"
        assert any("differs" in n for n in notes)

    def test_no_method_at_all(self) -> None:
        assert one(calendar(UTC_EVENT, method=None)).method == ""

    def test_str_input_and_bom(self) -> None:
        data = "\ufeff" + calendar(UTC_EVENT).decode()
        assert one(data.encode("utf-8")).uid == "abc-123@example.com"
        assert one(calendar(UTC_EVENT).decode()).uid == "abc-123@example.com"

    def test_cp1252_calendar(self) -> None:
        data = calendar(UTC_EVENT.replace("Interview: Backend Engineer", "Entretien café"))
        data = data.decode("utf-8").encode("cp1252")
        invites, notes = read_calendar(data)
        assert invites[0].summary == "Entretien café"
        assert any("cp1252" in n for n in notes)

    def test_several_events_and_a_cap(self) -> None:
        bodies = [UTC_EVENT.replace("abc-123", f"id{i}") for i in range(MAX_EVENTS + 5)]
        invites, notes = read_calendar(calendar(*bodies))
        assert len(invites) == MAX_EVENTS
        assert any("more than" in n for n in notes)

    def test_missing_uid_is_noted(self) -> None:
        invite = one(calendar("DTSTART:20240105T140000Z\nDTEND:20240105T150000Z"))
        assert invite.uid == ""
        assert "event has no UID" in invite.notes

    def test_header_like_fields_are_one_line(self) -> None:
        body = UTC_EVENT.replace("SUMMARY:Interview: Backend Engineer", "SUMMARY:a\\nb\\Nc")
        invite = one(calendar(body))
        assert "\n" not in invite.summary and "\r" not in invite.summary
        assert invite.summary == "a b c"


class TestTimes:
    def test_windows_zone_name_without_vtimezone(self) -> None:
        body = (
            "UID:w\nDTSTART;TZID=Pacific Standard Time:20240705T090000\n"
            "DTEND;TZID=Pacific Standard Time:20240705T100000"
        )
        invite = one(calendar(body))
        # July: Pacific Daylight Time, UTC-7.
        assert invite.start == datetime(2024, 7, 5, 16, 0, tzinfo=UTC)
        assert invite.start.utcoffset() == timedelta(hours=-7)
        assert invite.end == datetime(2024, 7, 5, 17, 0, tzinfo=UTC)

    def test_windows_zone_name_wins_over_a_wrong_vtimezone(self) -> None:
        bogus = (
            "BEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\nBEGIN:STANDARD\n"
            "DTSTART:16010101T000000\nTZOFFSETFROM:+0500\nTZOFFSETTO:+0500\n"
            "END:STANDARD\nEND:VTIMEZONE"
        )
        body = (
            "UID:w\nDTSTART;TZID=W. Europe Standard Time:20240115T100000\n"
            "DTEND;TZID=W. Europe Standard Time:20240115T110000"
        )
        invite = one(calendar(body, extra=bogus))
        assert invite.start == datetime(2024, 1, 15, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
        assert invite.start.utcoffset() == timedelta(hours=1)

    def test_iana_zone(self) -> None:
        body = "UID:i\nDTSTART;TZID=Europe/Berlin:20240705T090000\nDURATION:PT30M"
        invite = one(calendar(body))
        assert invite.start == datetime(2024, 7, 5, 7, 0, tzinfo=UTC)
        assert invite.end == datetime(2024, 7, 5, 7, 30, tzinfo=UTC)

    def test_custom_vtimezone_is_used_with_its_daylight_rule(self) -> None:
        zone = (
            "BEGIN:VTIMEZONE\nTZID:Customized Time Zone\n"
            "BEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n"
            "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE"
        )
        summer = "UID:s\nDTSTART;TZID=Customized Time Zone:20240705T090000\nDURATION:PT1H"
        winter = "UID:w\nDTSTART;TZID=Customized Time Zone:20240105T090000\nDURATION:PT1H"
        invites = parse_calendar(calendar(summer, winter, extra=zone))
        assert invites[0].start == datetime(2024, 7, 5, 7, 0, tzinfo=UTC)
        assert invites[0].start.utcoffset() == timedelta(hours=2)
        assert invites[1].start == datetime(2024, 1, 5, 8, 0, tzinfo=UTC)
        assert invites[1].end == datetime(2024, 1, 5, 9, 0, tzinfo=UTC)
        assert any("defined by the calendar" in n for n in invites[0].notes)

    def test_unknown_tzid_without_vtimezone_uses_the_fallback_and_says_so(self) -> None:
        body = (
            "UID:u\nDTSTART;TZID=Mars/Olympus:20240105T090000\n"
            "DTEND;TZID=Mars/Olympus:20240105T100000"
        )
        invite = one(calendar(body), PLUS_TWO)
        assert invite.start == datetime(2024, 1, 5, 9, 0, tzinfo=PLUS_TWO)
        assert invite.end == datetime(2024, 1, 5, 10, 0, tzinfo=PLUS_TWO)
        assert any("unknown TZID 'Mars/Olympus'" in n and "+02:00" in n for n in invite.notes)

    def test_unknown_tzid_without_fallback_is_utc(self) -> None:
        body = "UID:u\nDTSTART;TZID=Nowhere:20240105T090000\nDURATION:PT1H"
        invite = one(calendar(body))
        assert invite.start == datetime(2024, 1, 5, 9, 0, tzinfo=UTC)
        assert any("UTC" in n for n in invite.notes)

    def test_floating_time(self) -> None:
        invite = one(calendar("UID:f\nDTSTART:20240105T090000\nDTEND:20240105T093000"), PLUS_TWO)
        assert invite.start == datetime(2024, 1, 5, 7, 0, tzinfo=UTC)
        assert invite.end is not None and invite.end.utcoffset() == timedelta(hours=2)
        assert any("floating" in n for n in invite.notes)

    def test_all_day_event(self) -> None:
        invite = one(calendar("UID:d\nDTSTART;VALUE=DATE:20240105"), PLUS_TWO)
        assert invite.start == datetime(2024, 1, 5, tzinfo=PLUS_TWO)
        assert invite.end == datetime(2024, 1, 6, tzinfo=PLUS_TWO)
        assert any("all-day" in n for n in invite.notes)

    def test_duration_instead_of_dtend(self) -> None:
        invite = one(calendar("UID:d\nDTSTART:20240105T090000Z\nDURATION:PT1H45M"))
        assert invite.end == datetime(2024, 1, 5, 10, 45, tzinfo=UTC)

    def test_no_end_at_all(self) -> None:
        invite = one(calendar("UID:d\nDTSTART:20240105T090000Z"))
        assert invite.end is None
        assert any("end is unknown" in n for n in invite.notes)

    def test_end_before_start_is_noted(self) -> None:
        invite = one(calendar("UID:d\nDTSTART:20240105T090000Z\nDTEND:20240105T080000Z"))
        assert any("ends before it starts" in n for n in invite.notes)

    def test_globally_unique_tzid(self) -> None:
        body = (
            "UID:g\nDTSTART;TZID=/freeassociation.sourceforge.net/Europe/Berlin:20240705T090000\n"
            "DURATION:PT1H"
        )
        invite = one(calendar(body))
        assert invite.start == datetime(2024, 7, 5, 7, 0, tzinfo=UTC)

    def test_recurrence_id_is_normalised_to_utc(self) -> None:
        a = one(
            calendar(
                "UID:r\nRECURRENCE-ID;TZID=Europe/Berlin:20240705T090000\nDTSTART:20240705T070000Z"
            )
        )
        b = one(calendar("UID:r\nRECURRENCE-ID:20240705T070000Z\nDTSTART:20240705T070000Z"))
        assert a.recurrence_id == b.recurrence_id == "20240705T070000Z"
        c = one(calendar("UID:r\nRECURRENCE-ID;VALUE=DATE:20240705\nDTSTART:20240705T070000Z"))
        assert c.recurrence_id == "20240705"


class TestTimezoneCacheIsolation:
    """icalendar caches VTIMEZONE definitions process-wide, first one wins: not here."""

    @staticmethod
    def zone(offset: str) -> str:
        return (
            "BEGIN:VTIMEZONE\nTZID:Office Time\nBEGIN:STANDARD\nDTSTART:19700101T000000\n"
            f"TZOFFSETFROM:{offset}\nTZOFFSETTO:{offset}\nEND:STANDARD\nEND:VTIMEZONE"
        )

    BODY = "UID:c\nDTSTART;TZID=Office Time:20240105T100000\nDURATION:PT1H"

    def test_a_bogus_definition_does_not_leak_into_the_next_calendar(self) -> None:
        first = one(calendar(self.BODY, extra=self.zone("+0500")))
        second = one(calendar(self.BODY, extra=self.zone("-0300")))
        assert first.start is not None and second.start is not None
        assert first.start.utcoffset() == timedelta(hours=5)
        assert second.start.utcoffset() == timedelta(hours=-3)
        assert second.start == datetime(2024, 1, 5, 13, 0, tzinfo=UTC)

    def test_a_later_calendar_without_the_definition_does_not_inherit_it(self) -> None:
        one(calendar(self.BODY, extra=self.zone("+0500")))
        later = one(calendar(self.BODY), PLUS_TWO)
        assert later.start is not None and later.start.utcoffset() == timedelta(hours=2)
        assert any("unknown TZID" in n for n in later.notes)


class TestPeople:
    EVENT = """UID:p
DTSTART:20240105T090000Z
ORGANIZER;CN="Doe, Jane":MAILTO:Jane.Doe@Example.com
ATTENDEE;CN=Bob Smith;PARTSTAT=NEEDS-ACTION:mailto:bob@example.com
ATTENDEE;CN="=?utf-8?q?Jos=C3=A9_P=C3=A9rez?=":mailto:jose@example.com
ATTENDEE;CUTYPE=ROOM;CN=Berlin 3.14:mailto:berlin314@example.com
ATTENDEE;CUTYPE=RESOURCE;CN=Projector:mailto:projector@example.com
ATTENDEE;CN=Big Room (8) [TV]:mailto:c_188abc@resource.calendar.google.com
ATTENDEE;CN=Conference Room 4B:mailto:conf4b@example.com
ATTENDEE;CN=Bob again:mailto:BOB@example.com
ATTENDEE:mailto:nameless@example.com
ATTENDEE;CN=Ann;EMAIL=ann@example.com:urn:uuid:1234"""

    def test_organizer(self) -> None:
        invite = one(calendar(self.EVENT))
        assert invite.organizer == Person("Doe, Jane", "jane.doe@example.com")

    def test_attendees_are_people_only(self) -> None:
        invite = one(calendar(self.EVENT))
        assert invite.attendees == (
            Person("Bob Smith", "bob@example.com"),
            Person("José Pérez", "jose@example.com"),
            Person("", "nameless@example.com"),
            Person("Ann", "ann@example.com"),
        )

    def test_single_attendee_and_no_organizer(self) -> None:
        invite = one(calendar("UID:p\nDTSTART:20240105T090000Z\nATTENDEE;CN=A:mailto:a@x.org"))
        assert invite.organizer is None
        assert invite.attendees == (Person("A", "a@x.org"),)


class TestBrokenCalendarsNeverRaise:
    def test_garbage(self) -> None:
        invites, notes = read_calendar(b"this is not a calendar")
        assert invites == ()
        assert notes and "unreadable" in notes[0]

    def test_empty(self) -> None:
        assert read_calendar(b"")[0] == ()

    def test_unclosed(self) -> None:
        invites, notes = read_calendar(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n")
        assert invites == ()
        assert "calendar part has no VEVENT" in notes

    def test_bad_dtstart_and_sequence_spoil_only_themselves(self) -> None:
        invite = one(calendar("UID:b\nSEQUENCE:two\nDTSTART:2024XX\nDTEND:20240105T100000Z"))
        assert invite.uid == "b"
        assert invite.start is None
        assert invite.sequence == 0
        assert invite.end == datetime(2024, 1, 5, 10, 0, tzinfo=UTC)
        assert any("SEQUENCE unreadable" in n for n in invite.notes)
        assert any("DTSTART" in n for n in invite.notes)

    def test_duplicate_dtstart(self) -> None:
        invite = one(calendar("UID:b\nDTSTART:20240105T090000Z\nDTSTART:20240105T100000Z"))
        assert invite.start == datetime(2024, 1, 5, 9, 0, tzinfo=UTC)
        assert any("2 times" in n for n in invite.notes)

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.binary(max_size=600))
    def test_random_bytes(self, data: bytes) -> None:
        parse_calendar(data)
        parse_calendar(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + data)

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.data())
    def test_mutated_calendar(self, data: st.DataObject) -> None:
        source = bytearray(calendar(UTC_EVENT, extra=TestTimezoneCacheIsolation.zone("+0100")))
        for _ in range(data.draw(st.integers(1, 8))):
            position = data.draw(st.integers(0, len(source) - 1))
            action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
            if action == "flip":
                source[position] = data.draw(st.integers(0, 255))
            elif action == "cut":
                del source[position : position + data.draw(st.integers(1, 40))]
            else:
                source[position:position] = data.draw(st.binary(min_size=1, max_size=20))
            if not source:
                break
        for invite in parse_calendar(bytes(source), PLUS_TWO):
            for moment in (invite.start, invite.end):
                assert moment is None or moment.utcoffset() is not None
