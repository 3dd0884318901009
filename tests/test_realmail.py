"""Real calendar mail from public projects (shared/realmail/, see SOURCES.md there) read right.

Expected times were worked out by hand from each file (zone rules of that date applied).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from followup.invite import parse_calendar
from followup.mail import parse
from followup.model import Invite, Mail, Person

REALMAIL = Path(__file__).resolve().parents[1].parent / "shared" / "realmail"

if not REALMAIL.is_dir():
    pytest.skip(f"no real mail folder at {REALMAIL}", allow_module_level=True)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@dataclass(frozen=True)
class Expected:
    method: str
    uid: str  # a prefix: Exchange UIDs are long
    sequence: int
    status: str
    start: datetime | None
    end: datetime | None
    offset_hours: float | None = None  # the UTC offset the start is shown in, when it says much


TB_UID = "02e79b96"
EXPECTED = {
    # Apple iCloud, Europe/Paris in March before the DST change: CET, +01:00.
    "nylas_raw_message_with_ical_invite.eml": Expected(
        "REQUEST", "65BEB44C-9B9F-4DE3-BA5F-8153629CA077", 1, "",
        utc(2015, 3, 16, 5, 0), utc(2015, 3, 16, 6, 0), 1,
    ),
    # No DTSTART at all (the file says so in an X-NOTE).
    "tb_cancel-repeat-event.eml": Expected(
        "CANCEL", TB_UID, 1, "CANCELLED", None, utc(2022, 3, 16, 11, 30)
    ),
    # DTEND and DURATION both given; DTEND wins.
    "tb_cancel-single-event.eml": Expected(
        "CANCEL", TB_UID, 1, "CANCELLED", utc(2022, 3, 16, 11, 0), utc(2022, 3, 16, 11, 30), 0
    ),
    "tb_event-with-file-attachment.eml": Expected(
        "REQUEST", "02e79b96-file", 0, "CONFIRMED",
        utc(2022, 3, 16, 11, 0), utc(2022, 3, 16, 11, 30),
    ),
    "tb_exception-major.eml": Expected(
        "REQUEST", TB_UID, 2, "CONFIRMED", utc(2022, 3, 17, 5, 0), utc(2022, 3, 17, 5, 30)
    ),
    # TZID "FLE" is unknown and has no VTIMEZONE: the message Date's +03:00 is used.
    "tb_ext_invite.eml": Expected(
        "REQUEST", "36138BFC6A7B03EFC2258776003DB5C5", 0, "",
        utc(2021, 10, 26, 6, 0), utc(2021, 10, 26, 7, 0), 3,
    ),
    "tb_meet-meeting-invite.eml": Expected(
        "REQUEST", "65m17hsdolmotv3kvmrtg40ont@google.com", 0, "CONFIRMED",
        utc(2021, 3, 22, 9, 30), utc(2021, 3, 22, 10, 30), 0,
    ),
    "tb_message-containing-event.eml": Expected(
        "PUBLISH", "20160824T204000Z-568860280@example.com", 0, "",
        utc(2016, 9, 1, 6, 25), utc(2016, 9, 1, 6, 50),
    ),
    # Europe/Helsinki in November: EET, +02:00.
    "tb_message-non-invite.eml": Expected(
        "PUBLISH", "1e5fd4e6-bc52-439c-ac76-40da54f57c77@secure.example.com", 3, "CONFIRMED",
        utc(2021, 11, 29, 8, 55), utc(2021, 11, 29, 9, 0), 2,
    ),
    # Windows "FLE Standard Time" (Kyiv/Helsinki) in November: +02:00.
    "tb_outlook-test-invite.eml": Expected(
        "REQUEST", "030000008200E00074C5B7101A82E008", 0, "CONFIRMED",
        utc(2021, 11, 27, 7, 0), utc(2021, 11, 27, 7, 30), 2,
    ),
    "tb_repeat-event.eml": Expected(
        "REQUEST", TB_UID, 0, "CONFIRMED", utc(2022, 3, 16, 11, 0), utc(2022, 3, 16, 11, 30)
    ),
    "tb_single-event.eml": Expected(
        "REQUEST", TB_UID, 0, "CONFIRMED", utc(2022, 3, 16, 11, 0), utc(2022, 3, 16, 11, 30)
    ),
    # Windows "FLE Standard Time" in December: +02:00; a two-hour Teams meeting.
    "tb_teams-meeting-invite.eml": Expected(
        "REQUEST", "056000008200E00074C5B7101A82E008", 0, "CONFIRMED",
        utc(2020, 12, 2, 17, 0), utc(2020, 12, 2, 19, 0), 2,
    ),
    "tb_update-major.eml": Expected(
        "REQUEST", TB_UID, 2, "CONFIRMED", utc(2022, 3, 16, 5, 0), utc(2022, 3, 16, 5, 30)
    ),
    "tb_update-minor.eml": Expected(
        "REQUEST", TB_UID, 0, "CONFIRMED", utc(2022, 3, 16, 11, 0), utc(2022, 3, 16, 11, 30)
    ),
    # Bare calendars: no message Date, so floating and all-day times fall back to UTC.
    "icalendar_alarm_google_future.ics": Expected(
        "PUBLISH", "79fs7pkqvht9m5igs0vjv1sfra@google.com", 0, "CONFIRMED",
        utc(2024, 10, 4, 18, 15), utc(2024, 10, 4, 19, 0), 0,
    ),
    # A zone only the calendar defines (EU rules): July is +02:00.
    "icalendar_issue_165_missing_event.ics": Expected(
        "REQUEST", "", 0, "", utc(2015, 7, 3, 8, 0), utc(2015, 7, 3, 8, 30), 2
    ),
    # Windows "Eastern Standard Time", 28 Oct 2024: still EDT, -04:00.
    "icalendar_issue_836_do_not_quote_tzid.ics": Expected(
        "PUBLISH", "minimal-demo-event-est-20241028@example.com", 0, "",
        utc(2024, 10, 28, 21, 0), utc(2024, 10, 28, 22, 0), -4,
    ),
    # All-day (DATE) event.
    "icalendar_property_params.ics": Expected(
        "REQUEST", "XRIMCAL-628059586-522954492-9750559", 2, "",
        utc(2012, 8, 14), utc(2012, 8, 15), 0,
    ),
    # Windows "Pacific Standard Time" in February: PST, -08:00.
    "icalendar_timezone_same_start.ics": Expected(
        "REQUEST", "040000008200E00074C5B7101A82E0080000000090E19664858ED2", 0, "",
        utc(2017, 2, 24, 20, 0), utc(2017, 2, 24, 20, 30), -8,
    ),
    # Europe/Zurich, 28 Oct 2016, before the change back: CEST, +02:00.
    "icalendar_x_location.ics": Expected(
        "PUBLISH", "BFE33ADD-5553-48B5-B5A5-F9DA5CA4C393", 0, "CONFIRMED",
        utc(2016, 10, 28, 12, 0), utc(2016, 10, 28, 12, 30), 2,
    ),
    # Windows "New Zealand Standard Time" with a wrong VTIMEZONE body: tzdata wins, and in
    # November New Zealand is on daylight time, +13:00.
    "khal_tz_windows_format.ics": Expected(
        "", "PERSOYPOYGVR55JMICVAFVDWWBIKPC9PTAG6SN4B2YT", 0, "",
        utc(2019, 11, 20, 0, 0), utc(2019, 11, 20, 1, 30), 13,
    ),
    "nylas_gcal_v1.ics": Expected(
        "REQUEST", "jvbroggos139aumnj4p5og9rd0@google.com", 0, "CONFIRMED",
        utc(2015, 3, 19, 23, 30), utc(2015, 3, 20, 0, 30), 0,
    ),
    "nylas_google_cancelled1.ics": Expected(
        "REQUEST", "c74p2nmutcd0kt69ku7rs8vu2g@google.com", 0, "CONFIRMED",
        utc(2015, 4, 1, 14, 0), utc(2015, 4, 1, 15, 0),
    ),
    "nylas_google_cancelled2.ics": Expected(
        "CANCEL", "c74p2nmutcd0kt69ku7rs8vu2g@google.com", 1, "CANCELLED",
        utc(2015, 4, 1, 14, 0), utc(2015, 4, 1, 15, 0),
    ),
    # Europe/Paris, 31 March 2015, two days into summer time: +02:00.
    "nylas_icloud_cancelled1.ics": Expected(
        "REQUEST", "5919D444-7C99-4687-A526-FC5D10091318", 0, "",
        utc(2015, 3, 31, 2, 30), utc(2015, 3, 31, 3, 30), 2,
    ),
    "nylas_invite.ics": Expected(
        "REQUEST", "3f449c2mddkrkat2e803koqgt8@google.com", 0, "CONFIRMED",
        utc(2014, 8, 10), utc(2014, 8, 11),
    ),
    # Windows "Romance Standard Time" (Paris) on 1 April 2015: +02:00.
    "nylas_invite_w_rsvps1.ics": Expected(
        "REQUEST", "040000008200E00074C5B7101A82E00800000000F9125A30B06BD001", 0, "CONFIRMED",
        utc(2015, 4, 1, 14, 0), utc(2015, 4, 1, 14, 30), 2,
    ),
    "nylas_iphone_through_exchange.ics": Expected(
        "REQUEST", "091BD1D08D29478193C4AD1C0E609654", 0, "",
        utc(2014, 12, 27, 15, 0), utc(2014, 12, 27, 16, 0), 1,
    ),
    # No DTEND and no DURATION: the end is unknown.
    "nylas_meetup_infinite.ics": Expected(
        "PUBLISH", "", 0, "", utc(2011, 4, 20, 0, 0), None, -7
    ),
    "nylas_self_sent_v1.ics": Expected(
        "REQUEST", "burgos@google.com", 0, "CONFIRMED",
        utc(2015, 3, 19, 23, 30), utc(2015, 3, 20, 0, 30),
    ),
    # Windows "Romance Standard Time" (Paris) in February: CET, +01:00.
    "nylas_windows_event.ics": Expected(
        "REQUEST", "040000008200E00074C5B7101A82E008000000005853D6D90C4BD001", 4, "CONFIRMED",
        utc(2015, 2, 20, 8, 30), utc(2015, 2, 20, 9, 0), 1,
    ),
}  # fmt: skip

FILES = sorted(p for p in REALMAIL.iterdir() if p.suffix in (".eml", ".ics"))


def message(name: str) -> Mail:
    return parse((REALMAIL / name).read_bytes())


def calendar(name: str) -> tuple[Invite, ...]:
    """A bare calendar file: no message Date to read floating times by."""
    return parse_calendar((REALMAIL / name).read_bytes(), None)


def invites_of(path: Path) -> tuple[Invite, ...]:
    if path.suffix == ".eml":
        mail = message(path.name)
        assert mail.unreadable is None, mail.unreadable
        return mail.invites
    return calendar(path.name)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_file_parses_with_the_right_times(path: Path) -> None:
    assert path.name in EXPECTED, f"work out the expected times of {path.name} by hand"
    expected = EXPECTED[path.name]
    (invite,) = invites_of(path)
    assert invite.method == expected.method
    assert invite.uid.startswith(expected.uid) and (expected.uid or not invite.uid)
    assert invite.sequence == expected.sequence
    assert invite.status == expected.status
    assert invite.start == expected.start
    assert invite.end == expected.end
    for moment in (invite.start, invite.end):
        assert moment is None or moment.utcoffset() is not None
    if expected.offset_hours is not None:
        assert invite.start is not None
        assert invite.start.utcoffset() == timedelta(hours=expected.offset_hours)


def test_every_file_has_an_expectation() -> None:
    assert sorted(EXPECTED) == [p.name for p in FILES]


def test_files_read_the_same_in_any_order() -> None:
    """The process-wide TZID cache of icalendar must not make one file change another."""
    forward = {p.name: invites_of(p) for p in FILES}
    backward = {p.name: invites_of(p) for p in reversed(FILES)}
    assert forward == backward


class TestSpotChecks:
    def test_icloud_french_invitation_mail(self) -> None:
        mail = message("nylas_raw_message_with_ical_invite.eml")
        assert (
            mail.subject.replace("\xa0", " ")
            == "Karim Hamidou vous a invité à « Nilas test drive »"
        )
        assert mail.message_id == "1591770290.716808431426478374032.JavaMail.email@email.apple.com"
        assert mail.sender == Person("Karim Hamidou", "noreply@insideicloud.icloud.com")
        assert mail.to == (Person("", "karim@nilas.com"),)
        assert mail.date == utc(2015, 3, 16, 3, 59, 34)
        assert mail.attachments == ("iCal-20150315-205933.ics",)
        assert "Nilas test drive" in mail.text
        assert mail.header("delivered-to") == "karim@nilas.com"

    def test_teams_invite(self) -> None:
        mail = message("tb_teams-meeting-invite.eml")
        (invite,) = mail.invites
        assert invite.organizer == Person("Marge", "marge@example.com")
        assert {p.email for p in invite.attendees} == {"bart@example.com", "homer@example.com"}
        assert "Microsoft Teams" in mail.text
        assert mail.sender == Person("Marge", "marge@example.com")

    def test_google_invite_inline_and_attached_is_one_invite(self) -> None:
        mail = message("tb_meet-meeting-invite.eml")
        assert len(mail.invites) == 1
        assert mail.attachments == ("invite.ics",)
        assert mail.text.startswith("Du har blivit inbjuden")

    def test_mime_method_when_the_calendar_has_none(self) -> None:
        mail = message("tb_ext_invite.eml")
        (invite,) = mail.invites
        assert invite.method == "REQUEST"
        assert any("FLE" in note and "+03:00" in note for note in invite.notes)
        # The multipart/related resource ("RELATED") is not text; the plain alternative is.
        assert mail.text == "You have been invited to a meeting (TEXT)"

    def test_google_cancel_supersedes_the_request(self) -> None:
        (request,) = calendar("nylas_google_cancelled1.ics")
        (cancel,) = calendar("nylas_google_cancelled2.ics")
        assert (request.uid, request.recurrence_id) == (cancel.uid, cancel.recurrence_id)
        assert cancel.sequence > request.sequence
        assert cancel.cancelled and not request.cancelled

    def test_reschedule_raises_the_sequence_and_moves_the_time(self) -> None:
        (original,) = message("tb_single-event.eml").invites
        (moved,) = message("tb_update-major.eml").invites
        assert original.uid == moved.uid
        assert moved.sequence > original.sequence
        assert moved.start != original.start

    def test_exception_names_its_occurrence(self) -> None:
        (invite,) = message("tb_exception-major.eml").invites
        assert invite.recurrence_id == "20220317T110000Z"

    def test_all_day_and_no_end_are_explained(self) -> None:
        (all_day,) = calendar("nylas_invite.ics")
        assert any("all-day" in note for note in all_day.notes)
        (meetup,) = calendar("nylas_meetup_infinite.ics")
        assert any("end is unknown" in note for note in meetup.notes)

    def test_organizer_email_parameter_and_attendee_names(self) -> None:
        (invite,) = calendar("nylas_invite.ics")
        assert invite.organizer == Person("Charles Gruenwald", "charles@inboxapp.com")
        assert Person("Alyssa P Hacker", "alyssaphacker@example.com") in invite.attendees
        assert len(invite.attendees) == 4


# -- classified as what they are: ordinary calendar mail, not interviews -----------------------

OWNER = frozenset({"dana.whitfield@example.org"})  # none of these files is to or from her


def _as_mail(calendar: bytes, method: str) -> bytes:
    """A bare .ics as a calendar client sends it: the event inside an ordinary invitation."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Calendar <calendar-notification@calendar.example>"
    message["To"] = "someone@example.net"
    message["Subject"] = "Invitation"
    message["Message-ID"] = "<realmail-test@calendar.example>"
    message["Date"] = "Mon, 02 Mar 2026 09:00:00 +0000"
    message.set_content("You have been invited to an event.")
    message.add_attachment(
        calendar, maintype="text", subtype="calendar", params={"method": method or "REQUEST"}
    )
    return message.as_bytes()


@pytest.mark.parametrize(
    "name", sorted(p.name for p in REALMAIL.glob("*.*") if p.suffix in (".eml", ".ics"))
)
def test_real_calendar_mail_is_not_taken_for_an_interview(name: str) -> None:
    from followup.classify import RuleSet, classify
    from followup.model import PIPELINE_EVENTS

    data = (REALMAIL / name).read_bytes()
    if name.endswith(".ics"):
        invites = parse_calendar(data)
        data = _as_mail(data, invites[0].method if invites else "REQUEST")
    verdict = classify(parse(data), RuleSet.default(), OWNER)
    assert verdict.category not in PIPELINE_EVENTS, (name, verdict.rules)
