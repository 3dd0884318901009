"""Interview times in prose: formats per language, zones and DST, traps, robustness."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from followup.datetext import Reading, alternation, find_dates, guess_language, interview_time
from hypothesis import given, settings
from hypothesis import strategies as st

CET = timezone(timedelta(hours=1))
NEW_YORK = timezone(timedelta(hours=-5))
# Friday 20 February 2026, 09:00 in Berlin: the reference for every table below.
SENT = datetime(2026, 2, 20, 9, 0, tzinfo=CET)
NEW_YORK_SENT = datetime(2026, 2, 20, 9, 0, tzinfo=NEW_YORK)


def at(text: str, sent: datetime = SENT, zone: str | None = None) -> tuple[str, str | None] | None:
    """The result as ISO strings, which show the offset the zone gave for that date."""
    found = interview_time(text, sent, zone)
    if found is None:
        return None
    start, end = found
    assert start.tzinfo is not None and (end is None or end.tzinfo is not None)
    return start.isoformat(), end.isoformat() if end else None


CASES = [
    # English
    ("Your interview is on Tuesday, March 3 at 2:00 PM CET.", "2026-03-03T14:00:00+01:00", None),
    ("Interview on Thursday 5 March 2026, 10:00–11:00 (Europe/Berlin)",
     "2026-03-05T10:00:00+01:00", "2026-03-05T11:00:00+01:00"),
    ("Can we do the call tomorrow at 10am?", "2026-02-21T10:00:00+01:00", None),
    ("Interview: March 3, 2–3pm", "2026-03-03T14:00:00+01:00", "2026-03-03T15:00:00+01:00"),
    ("Interview March 3 14:00-14:45", "2026-03-03T14:00:00+01:00", "2026-03-03T14:45:00+01:00"),
    ("Your phone screen is confirmed for March 3rd at 11-1pm.",
     "2026-03-03T11:00:00+01:00", "2026-03-03T13:00:00+01:00"),
    ("Let's meet on Tuesday at 2pm.", "2026-02-24T14:00:00+01:00", None),
    ("Our call is next Tuesday at 3:30 p.m.", "2026-02-24T15:30:00+01:00", None),
    ("The interview will take place at 2pm on March 3.", "2026-03-03T14:00:00+01:00", None),
    ("Interview on March 3 at noon.", "2026-03-03T12:00:00+01:00", None),
    ("We scheduled a 45-minute call on March 3 at 2pm.",
     "2026-03-03T14:00:00+01:00", "2026-03-03T14:45:00+01:00"),
    ("Interview: Tue, Mar 3, 2026, 9:30 AM - 10:15 AM GMT",
     "2026-03-03T09:30:00+00:00", "2026-03-03T10:15:00+00:00"),
    ("Interview on March 3 at 2pm (America/New_York)", "2026-03-03T14:00:00-05:00", None),
    ("Interview on March 3 at 2pm Eastern Time", "2026-03-03T14:00:00-05:00", None),
    ("Interview on March 3 at 14:00 Berlin time", "2026-03-03T14:00:00+01:00", None),
    ("The call is on the 3rd of March at 4 in the afternoon.", "2026-03-03T16:00:00+01:00", None),
    ("Date: Tuesday, March 3\nTime: 2:00 PM CET\nFormat: video interview",
     "2026-03-03T14:00:00+01:00", None),
    ("Interview details\n\nDate: 2026-03-03\nTime: 14:00 CET", "2026-03-03T14:00:00+01:00", None),
    ("The call on March 3 at 2", "2026-03-03T14:00:00+01:00", None),
    # German
    ("Ihr Vorstellungsgespräch ist am Dienstag, 3. März um 14:00 Uhr.",
     "2026-03-03T14:00:00+01:00", None),
    ("Gespräch am 3. März von 14 bis 15 Uhr", "2026-03-03T14:00:00+01:00",
     "2026-03-03T15:00:00+01:00"),
    ("Termin: 03.03.2026, 14:00–15:00 Uhr", "2026-03-03T14:00:00+01:00",
     "2026-03-03T15:00:00+01:00"),
    ("Wir freuen uns auf das Gespräch am 3.3. um 10.30 Uhr.", "2026-03-03T10:30:00+01:00", None),
    ("Das Telefonat findet morgen um 10 Uhr statt.", "2026-02-21T10:00:00+01:00", None),
    ("Wir laden Sie zu einem Interview am Mittwoch, den 4. März 2026 um 9 Uhr ein.",
     "2026-03-04T09:00:00+01:00", None),
    ("Ihr Termin: Donnerstag, 5. März, 14:00 Uhr (MEZ)", "2026-03-05T14:00:00+01:00", None),
    # French
    ("Votre entretien est le mardi 3 mars à 14h00.", "2026-03-03T14:00:00+01:00", None),
    ("Entretien le mardi 3 mars de 14h à 15h.", "2026-03-03T14:00:00+01:00",
     "2026-03-03T15:00:00+01:00"),
    ("Nous vous proposons un entretien le 3 mars 2026 à 14h30 (heure de Paris).",
     "2026-03-03T14:30:00+01:00", None),
    ("Rendez-vous demain à 10h.", "2026-02-21T10:00:00+01:00", None),
    ("Votre entretien aura lieu le 1er mars à 9h.", "2026-03-01T09:00:00+01:00", None),
    # Spanish
    ("La entrevista será el martes 3 de marzo a las 14:00.", "2026-03-03T14:00:00+01:00", None),
    ("La entrevista será el 3 de marzo de 2026 a las 10 de la mañana.",
     "2026-03-03T10:00:00+01:00", None),
    ("Tenemos la llamada el 3 de marzo a las 4 de la tarde.", "2026-03-03T16:00:00+01:00", None),
    ("La reunión es mañana a las 10:00.", "2026-02-21T10:00:00+01:00", None),
    ("Entrevista: 03/03/2026 de 14:00 a 15:00 (hora de Madrid)",
     "2026-03-03T14:00:00+01:00", "2026-03-03T15:00:00+01:00"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "start", "end"), CASES)
def test_interview_times(text: str, start: str, end: str | None) -> None:
    assert at(text) == (start, end)


DST_AND_ZONES = [
    # Named zones follow the zone's rules on the day: "CET" in July is summer time.
    ("Interview on July 3 at 2pm CET", "2026-07-03T14:00:00+02:00"),
    ("Interview on July 3 at 2pm CEST", "2026-07-03T14:00:00+02:00"),
    ("Interview on March 27 at 10:00 CET", "2026-03-27T10:00:00+01:00"),
    ("Interview on March 30 at 10:00 CET", "2026-03-30T10:00:00+02:00"),  # after 29 March
    ("Interview on July 3 at 2pm EST", "2026-07-03T14:00:00-04:00"),
    ("Interview on March 6 at 10am ET", "2026-03-06T10:00:00-05:00"),
    ("Interview on March 9 at 10am ET", "2026-03-09T10:00:00-04:00"),  # US DST from 8 March
    ("Interview on July 3 at 2pm PT", "2026-07-03T14:00:00-07:00"),
    ("Interview on July 3 at 2pm PDT", "2026-07-03T14:00:00-07:00"),
    ("Interview on January 15, 2027 at 2pm PST", "2027-01-15T14:00:00-08:00"),
    ("Interview on July 3 at 2pm BST", "2026-07-03T14:00:00+01:00"),
    ("Interview on July 3 at 2pm GMT", "2026-07-03T14:00:00+00:00"),
    ("Interview on July 3 at 2pm UTC", "2026-07-03T14:00:00+00:00"),
    ("Interview on July 3 at 2pm GMT+1", "2026-07-03T14:00:00+01:00"),
    ("Interview on July 3 at 2pm UTC-5", "2026-07-03T14:00:00-05:00"),
    ("Interview on July 3 at 14:00 +01:00", "2026-07-03T14:00:00+01:00"),
    ("Interview on July 3 at 14:00 UTC+05:30", "2026-07-03T14:00:00+05:30"),
    ("Interview on July 3 at 14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome",
     "2026-07-03T14:00:00+02:00"),
    ("Interview on July 3 at 2pm (Europe/London)", "2026-07-03T14:00:00+01:00"),
    ("Interview on July 3 at 2pm CT", "2026-07-03T14:00:00-05:00"),
    ("Interview on July 3 at 9am JST", "2026-07-03T09:00:00+09:00"),
    ("Interview on July 3 at 9am Pacific Time", "2026-07-03T09:00:00-07:00"),
    ("Interview on Tuesday 3/17 at 9:00 AM Pacific, which is 5:00 PM for you in Berlin.",
     "2026-03-17T09:00:00-07:00"),
    ("Entrevista técnica\nviernes, 20 de febrero de 2026 ⋅ 12:00 – 13:00\n"
     "Hora central europea - Madrid", "2026-02-20T12:00:00+01:00"),
    ("¿Podemos mover la entrevista al martes 10 de marzo a las 10:00 a. m. (hora CDMX)?",
     "2026-03-10T10:00:00-06:00"),
    ("Entretien le 3 juillet à 14h (heure de Paris)", "2026-07-03T14:00:00+02:00"),
    ("Gespräch am 3. Juli um 14 Uhr (deutscher Zeit)", "2026-07-03T14:00:00+02:00"),
    ("Interview: Wednesday 21 January 2026 ⋅ 10:00 – 10:45\nCentral European Time - Berlin",
     "2026-01-21T10:00:00+01:00"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "start"), DST_AND_ZONES)
def test_zones_and_daylight_saving(text: str, start: str) -> None:
    found = at(text)
    assert found is not None and found[0] == start


SCHEDULER_MAILS = [
    ("Interview Confirmation\n\nDate: Thursday, March 12, 2026\nTime: 2:00 PM - 2:45 PM EDT\n"
     "Location: Zoom", "2026-03-12T14:00:00-04:00", "2026-03-12T14:45:00-04:00"),
    ("Event: 30 Minute Interview\nDate/Time: 10:00am - 10:30am, Thursday, March 12, 2026 "
     "(Central European Time)", "2026-03-12T10:00:00+01:00", "2026-03-12T10:30:00+01:00"),
    ("A new event has been scheduled.\nEvent Type: Intro call\nEvent Date/Time: 14:00 - 14:30 "
     "Thursday, 12 March 2026 (Central European Time)",
     "2026-03-12T14:00:00+01:00", "2026-03-12T14:30:00+01:00"),
    ("Your onsite is scheduled for 3/12/2026, 9:00 AM – 1:00 PM PT.",
     "2026-03-12T09:00:00-07:00", "2026-03-12T13:00:00-07:00"),
    ("Please find below the details of your interview:\n- Date: 12 March 2026\n"
     "- Time: 14:00 (CET)\n- Duration: 45 minutes",
     "2026-03-12T14:00:00+01:00", "2026-03-12T14:45:00+01:00"),
    ("Termin: 12. März 2026\nUhrzeit: 14:00 - 15:00 Uhr (MEZ)\nOrt: Microsoft Teams",
     "2026-03-12T14:00:00+01:00", "2026-03-12T15:00:00+01:00"),
    ("The call is at 10 a.m. Eastern on March 12.", "2026-03-12T10:00:00-04:00", None),
    ("Interview: Thursday March 12th @ 2:30pm EST", "2026-03-12T14:30:00-04:00", None),
    ("Interview slot: Thu 12 Mar 2026 14:00 – 14:45 (CET)",
     "2026-03-12T14:00:00+01:00", "2026-03-12T14:45:00+01:00"),
    ("Hola Dana, te confirmo la entrevista para el jueves 12 de marzo a las 15:30 h "
     "(hora peninsular).", "2026-03-12T15:30:00+01:00", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "start", "end"), SCHEDULER_MAILS)
def test_scheduler_and_recruiter_formats(text: str, start: str, end: str | None) -> None:
    # Sent from New York: every zone here comes from the text, none from the sender.
    assert at(text, NEW_YORK_SENT) == (start, end)


def test_ambiguous_abbreviations_follow_the_sender() -> None:
    shanghai = datetime(2026, 2, 20, 9, 0, tzinfo=timezone(timedelta(hours=8)))
    assert at("Interview on March 3 at 2pm CST", shanghai) == ("2026-03-03T14:00:00+08:00", None)
    assert at("Interview on March 3 at 2pm CST", NEW_YORK_SENT) == (
        "2026-03-03T14:00:00-06:00",
        None,
    )
    india = datetime(2026, 2, 20, 9, 0, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert at("Interview on March 3 at 2pm IST", india) == ("2026-03-03T14:00:00+05:30", None)
    dublin = datetime(2026, 7, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    assert at("Interview on July 3 at 2pm IST", dublin) == ("2026-07-03T14:00:00+01:00", None)


def test_no_zone_uses_the_senders_offset_or_the_default_zone() -> None:
    assert at("Interview on March 3 at 2pm", NEW_YORK_SENT) == ("2026-03-03T14:00:00-05:00", None)
    # A default zone (e.g. the company's, from config) replaces the sender's offset, DST-aware.
    assert at("Interview on July 3 at 2pm", SENT, "Europe/Berlin") == (
        "2026-07-03T14:00:00+02:00",
        None,
    )
    found = interview_time("Interview on July 3 at 2pm", SENT, "Europe/Berlin")
    assert found is not None and found[0].tzinfo == ZoneInfo("Europe/Berlin")
    with pytest.raises(ValueError, match="unknown time zone"):
        interview_time("Interview on July 3 at 2pm", SENT, "Europe/Atlantis")


def test_a_server_clock_date_defers_to_the_texts_language() -> None:
    server = datetime(2026, 1, 15, 8, 12, tzinfo=UTC)
    text = (
        "Wir laden Sie zu einem Vorstellungsgespräch ein.\n"
        "Termin: Dienstag, 27. Januar 2026, 14:00 Uhr\nDauer: ca. 60 Minuten"
    )
    assert at(text, server) == ("2026-01-27T14:00:00+01:00", "2026-01-27T15:00:00+01:00")
    assert at("Entretien le 27 janvier à 14h.", server) == ("2026-01-27T14:00:00+01:00", None)
    # English from a +0000 clock keeps UTC: it may well be London.
    assert at("Interview on January 27 at 2pm.", server) == ("2026-01-27T14:00:00+00:00", None)
    # A configured default zone beats the guess.
    assert at(text, server, "Europe/Vienna") == (
        "2026-01-27T14:00:00+01:00",
        "2026-01-27T15:00:00+01:00",
    )


def test_quoted_messages_below_are_not_read() -> None:
    text = (
        "Can we move the interview to Tuesday, March 10 at 10am?\n\n"
        "De: Daniela Ruiz <daniela@example.com>\n"
        "Enviado el: miércoles, 25 de febrero de 2026 10:20\n"
        "Asunto: Entrevista\n\nTe propongo la entrevista el lunes 9 de marzo a las 9:00."
    )
    assert at(text) == ("2026-03-10T10:00:00+01:00", None)
    text = (
        "Thanks, see you then!\n\nOn Fri, Feb 20, 2026 at 9:00 AM Anna <anna@example.com> wrote:\n"
        "> Your interview is on March 3 at 2pm."
    )
    assert interview_time(text, SENT) is None


def test_us_numeric_dates_in_a_us_context() -> None:
    # "3/5 at 2pm EST": an English US mail, so March 5.
    assert at("Our call is 3/5 at 2pm EST") == ("2026-03-05T14:00:00-05:00", None)
    assert at("Our call is 3/5 at 2pm", NEW_YORK_SENT) == ("2026-03-05T14:00:00-05:00", None)
    # From Europe the same digits are 3 May.
    assert at("Our call is 3/5 at 2pm") == ("2026-05-03T14:00:00+01:00", None)
    # One part above 12 decides, whoever writes.
    assert at("Our call is 3/15 at 2pm") == ("2026-03-15T14:00:00+01:00", None)
    assert at("Nuestra llamada es el 15/3 a las 14:00") == ("2026-03-15T14:00:00+01:00", None)


def test_year_less_dates() -> None:
    # Next such date on or after the message date ...
    assert at("Interview on January 5 at 10am") == ("2027-01-05T10:00:00+01:00", None)
    # ... except a date just past, which names a recent event.
    later = datetime(2026, 3, 5, 9, 0, tzinfo=CET)
    assert at("Thank you for the call on March 3 at 2pm.", later) == (
        "2026-03-03T14:00:00+01:00",
        None,
    )


def test_weekday_and_date_disagree_the_date_wins() -> None:
    assert at("Interview on Monday, March 3 at 2pm") == ("2026-03-03T14:00:00+01:00", None)


def test_reschedule_gives_the_new_time() -> None:
    text = (
        "We need to move your interview from Tuesday, March 3 at 2pm to Thursday, March 5 at 3pm."
    )
    assert at(text) == ("2026-03-05T15:00:00+01:00", None)
    text = "Das Gespräch ist jetzt am 5. März um 15 Uhr statt am 3. März um 14 Uhr."
    assert at(text) == ("2026-03-05T15:00:00+01:00", None)
    text = "Could we reschedule the call to March 5 at 3pm?"
    assert at(text) == ("2026-03-05T15:00:00+01:00", None)


def test_same_time_twice_is_one_time() -> None:
    text = (
        "Your interview is confirmed for Tuesday, March 3 at 2pm CET.\n\n"
        "Summary\nDate: March 3, 2026\nTime: 2:00 PM CET\nInterviewer: Anna"
    )
    assert at(text) == ("2026-03-03T14:00:00+01:00", None)
    text = (
        "Your interview is confirmed for Tuesday, March 3 at 2pm CET.\n\n"
        "Date: March 3, 2026\nTime: 2:00 PM - 2:45 PM CET"
    )
    assert at(text) == ("2026-03-03T14:00:00+01:00", "2026-03-03T14:45:00+01:00")


TRAPS = [
    # Not stated as an interview, call or meeting.
    "The office party is on March 3 at 5pm.",
    "Your package will arrive on March 3 between 2pm and 4pm.",
    # A time without a date, or a date without a time.
    "Let's have a call at 2pm.",
    "Your interview is on March 3.",
    "Interview: sometime next week.",
    # Options, not a fixed time.
    "Would Tuesday at 2pm or Wednesday at 3pm work for the call?",
    "For the interview, are you free on March 3 at 2pm or on March 4 at 10am?",
    "Here are some slots for the interview: March 3 at 2pm, March 4 at 10am, March 5 at 4pm.",
    "Für das Gespräch schlagen wir den 3. März um 14 Uhr oder den 4. März um 10 Uhr vor.",
    # Deadlines, office hours, forwarded headers and reply lines.
    "Please confirm by March 1 at 5pm whether you can attend the interview.",
    "Bitte bestätigen Sie den Termin bis zum 1. März um 12 Uhr.",
    "For questions about the interview, our office hours are Mon-Fri 9:00-17:00.",
    "From: Jane Doe\nSent: Tuesday, March 3, 2026 2:00 PM\nSubject: Interview next steps",
    "On Tue, Mar 3, 2026 at 2:00 PM Jane Doe <jane@example.com> wrote:\n> Interview",
    # Numbers that are not times.
    "The interview process takes 5-7 business days.",
    "Call +49 30 1234 5678 before the interview.",
    "The interview will take 45 minutes. Sent from my iPhone",
    "",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_give_nothing(text: str) -> None:
    assert interview_time(text, SENT) is None


def test_deadline_next_to_the_real_time() -> None:
    text = (
        "Your interview is on Tuesday, March 3 at 2pm. "
        "Please confirm by March 1 at 5pm that you can make it."
    )
    assert at(text) == ("2026-03-03T14:00:00+01:00", None)


def test_arriving_early_is_not_a_length() -> None:
    text = "Interview on March 3 at 2pm. Please join 10 minutes early."
    assert at(text) == ("2026-03-03T14:00:00+01:00", None)
    text = "Interview on March 3 at 2pm (45 min)."
    assert at(text) == ("2026-03-03T14:00:00+01:00", "2026-03-03T14:45:00+01:00")
    text = "Gespräch am 3. März um 14 Uhr, Dauer: 60 Minuten."
    assert at(text) == ("2026-03-03T14:00:00+01:00", "2026-03-03T15:00:00+01:00")


def test_german_am_is_not_morning() -> None:
    assert at("Gespräch um 10 am Montag, 2. März") == ("2026-03-02T10:00:00+01:00", None)


# ---------------------------------------------------------------------------------------------
# The shared date finder and vocabulary


def test_find_dates_kinds() -> None:
    reading = Reading(
        "by Friday, on 3/15, am 12.03., the 15th, tomorrow, 2026-04-01", SENT, SENT.date()
    )
    kinds = [(m.kind, m.day.isoformat()) for m in find_dates(reading)]
    assert kinds == [
        ("weekday", "2026-02-27"),
        ("date", "2026-03-15"),
        ("date", "2026-03-12"),
        ("dom", "2026-03-15"),
        ("relative", "2026-02-21"),
        ("date", "2026-04-01"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "we may 7 times",  # "may" is a month only when written "May"
        "in 5-7 business days",  # a range, not 5 July
        "we will see",  # "we" is not Wednesday
        "Guten Morgen",  # a morning, not tomorrow
        "esta mañana",
        "version 1.2.3",
        "14.30 Uhr",  # a time, not a date
        "31/02/2026",  # no such day
    ],
)
def test_find_dates_ignores(text: str) -> None:
    assert find_dates(Reading(text, SENT, SENT.date())) == []


def test_language_guess() -> None:
    assert guess_language("wir melden uns bei ihnen und danken für ihre geduld") == "de"
    assert guess_language("nous vous remercions pour votre candidature et vous") == "fr"
    assert guess_language("le agradecemos su interés y nos pondremos en contacto") == "es"
    assert guess_language("thank you for your application, we will be in touch") == "en"
    assert guess_language("") == "en"


def test_alternation_is_a_trie_that_prefers_longer_words() -> None:
    import re

    pattern = re.compile(rf"\b(?:{alternation(['mar', 'mars', 'marzo', 'catch up', 'speak*'])})\b")
    assert [m.group() for m in pattern.finditer("mar mars marzo catch  up speaking")] == [
        "mar",
        "mars",
        "marzo",
        "catch  up",
        "speaking",
    ]


def test_find_dates_past_year_bounds_do_not_raise() -> None:
    edge = datetime(9999, 12, 30, 12, 0, tzinfo=UTC)
    reading = Reading(
        "tomorrow, the day after tomorrow, next Friday, 31.12., Jan 1", edge, edge.date()
    )
    assert all(isinstance(m.day, date) for m in find_dates(reading))


# ---------------------------------------------------------------------------------------------
# Robustness and speed

FRAGMENTS = [
    "interview", "call", "Gespräch", "entretien", "entrevista", "on", "at", "am", "um", "le",
    "à", "el", "a las", "Tuesday", "Dienstag", "mardi", "martes", "March 3", "3. März",
    "3 mars", "3 de marzo", "3/5", "03.03.2026", "2026-03-03", "2pm", "14:00", "14h", "14 Uhr",
    "2–3pm", "14:00-14:45", "11-1pm", "CET", "EST", "PT", "IST", "CST", "GMT+1", "UTC-5",
    "+01:00", "(Europe/Berlin)", "(Mars/Olympus)", "(UTC+01:00) Amsterdam", "Berlin time",
    "tomorrow", "morgen", "mañana", "noon", "or", "oder", "from", "to", "instead of", "by",
    "45-minute", "(30 min)", "99:99", "24:00", "0pm", "13pm", "31/02", "Feb 30", "12.13.",
    "de la tarde", "in the morning", "wrote:", "Sent:", "From:", ",", ".", "\n", "\n\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(),
    sent=st.datetimes(timezones=st.sampled_from([CET, UTC, NEW_YORK])),  # ends of time too
)
def test_never_raises_on_any_text(text: str, sent: datetime) -> None:
    found = interview_time(text, sent)
    assert found is None or found[0].tzinfo is not None


@settings(max_examples=600, deadline=None)
@given(
    words=st.lists(st.sampled_from(FRAGMENTS), max_size=20),
    separators=st.lists(st.sampled_from([" ", ", ", "\n", " "]), min_size=20, max_size=20),
    days=st.integers(min_value=0, max_value=365 * 100),
    hours=st.integers(min_value=-12, max_value=14),
    default=st.sampled_from([None, "Europe/Berlin", "America/New_York"]),
)
def test_never_raises_on_near_miss_phrases(
    words: list[str], separators: list[str], days: int, hours: int, default: str | None
) -> None:
    text = "".join(word + separator for word, separator in zip(words, separators, strict=False))
    sent = datetime(1970, 1, 1, 9, 0, tzinfo=timezone(timedelta(hours=hours))) + timedelta(days)
    found = interview_time(text, sent, default)
    if found is not None:
        start, end = found
        assert start.tzinfo is not None
        assert end is None or end > start


@pytest.mark.parametrize(
    "sent",
    [datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, tzinfo=UTC)],
)
def test_the_ends_of_time(sent: datetime) -> None:
    text = "Interview tomorrow at 10am, or on 31.12. at 23:30 CET, or next Friday at 2pm PT"
    found = interview_time(text, sent, "Pacific/Kiritimati")
    assert found is None or found[0].tzinfo is not None


def test_fast_enough_on_a_two_kilobyte_email() -> None:
    body = (
        "Thank you for the conversation on Tuesday. Your second interview is confirmed for "
        "Thursday, 12 March 2026 at 14:00 CET (45 min). Our office is open Mon-Fri "
        "9:00-17:30; call +49 30 1234 5678 with any questions about the meeting. "
    )
    email = (body * 8)[:2048]
    interview_time(email, SENT)
    began = time.perf_counter()
    for _ in range(100):
        interview_time(email, SENT)
    per_call = (time.perf_counter() - began) / 100
    assert per_call < 0.01  # see test_timeline: a guard against runaway patterns, not the budget


# Dutch, Italian and Portuguese prose (sentences written for these tests; sent Fri 20 Feb).
MORE_LANGUAGES = [
    (
        "We nodigen je uit voor een gesprek op dinsdag 3 maart om 10:00 uur.",
        "2026-03-03T10:00:00+01:00",
    ),
    (
        "Ti proponiamo un colloquio giovedì 5 marzo alle 15:30 (ora italiana).",
        "2026-03-05T15:30:00+01:00",
    ),
    (
        "Gostaríamos de marcar a entrevista para quarta-feira, 4 de março, às 11:00.",
        "2026-03-04T11:00:00+01:00",
    ),
]


@pytest.mark.parametrize(("text", "start"), MORE_LANGUAGES)
def test_interview_times_in_more_languages(text: str, start: str) -> None:
    found = at(text)
    assert found is not None and found[0] == start


# Zone abbreviations written by someone in that zone, in summer and in winter: the name people
# know for their zone, whatever its rules say that day, means their wall clock then.
BERLIN_MAY = datetime(2026, 5, 4, 9, 0, tzinfo=timezone(timedelta(hours=2)))
BERLIN_JANUARY = datetime(2026, 1, 12, 9, 0, tzinfo=CET)
NEW_YORK_JUNE = datetime(2026, 6, 1, 9, 0, tzinfo=timezone(timedelta(hours=-4)))
NEW_YORK_JANUARY = datetime(2026, 1, 12, 9, 0, tzinfo=NEW_YORK)
SEATTLE_JULY = datetime(2026, 7, 6, 9, 0, tzinfo=timezone(timedelta(hours=-7)))
SEATTLE_DECEMBER = datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=-8)))
LONDON_JUNE = datetime(2026, 6, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))
LONDON_DECEMBER = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

ABBREVIATIONS_ALL_YEAR = [
    # Central Europe
    ("Ihr Gespräch findet am 12. Mai um 11:00 CET statt.", BERLIN_MAY, "2026-05-12T11:00:00+02:00"),
    ("Interview on May 12 at 11:00 CET (video call).", BERLIN_MAY, "2026-05-12T11:00:00+02:00"),
    ("Gespräch am 12. Mai um 11 Uhr MEZ.", BERLIN_MAY, "2026-05-12T11:00:00+02:00"),
    ("Interview on May 12 at 11:00 CEST.", BERLIN_MAY, "2026-05-12T11:00:00+02:00"),
    ("Gespräch am 20. Januar um 11:00 CEST.", BERLIN_JANUARY, "2026-01-20T11:00:00+01:00"),
    ("Interview on January 20 at 11:00 CET.", BERLIN_JANUARY, "2026-01-20T11:00:00+01:00"),
    # US Eastern
    ("Your interview is on June 9 at 10am EST.", NEW_YORK_JUNE, "2026-06-09T10:00:00-04:00"),
    ("Your interview is on June 9 at 10am EDT.", NEW_YORK_JUNE, "2026-06-09T10:00:00-04:00"),
    ("Your call is on January 20 at 10am EDT.", NEW_YORK_JANUARY, "2026-01-20T10:00:00-05:00"),
    ("Your call is on January 20 at 10am EST.", NEW_YORK_JANUARY, "2026-01-20T10:00:00-05:00"),
    # US Pacific
    ("Onsite interview on July 14 at 1:30pm PST.", SEATTLE_JULY, "2026-07-14T13:30:00-07:00"),
    ("Onsite interview on July 14 at 1:30pm PDT.", SEATTLE_JULY, "2026-07-14T13:30:00-07:00"),
    ("Phone screen on December 8 at 1:30pm PDT.", SEATTLE_DECEMBER, "2026-12-08T13:30:00-08:00"),
    ("Phone screen on December 8 at 1:30pm PST.", SEATTLE_DECEMBER, "2026-12-08T13:30:00-08:00"),
    # UK: "GMT" from someone on UK time is UK time, like "BST"
    ("Interview on 9 June at 11:00 GMT.", LONDON_JUNE, "2026-06-09T11:00:00+01:00"),
    ("Interview on 9 June at 11:00 (GMT).", LONDON_JUNE, "2026-06-09T11:00:00+01:00"),
    ("Interview on 9 June at 11:00 BST.", LONDON_JUNE, "2026-06-09T11:00:00+01:00"),
    ("Interview on 8 December at 11:00 GMT.", LONDON_DECEMBER, "2026-12-08T11:00:00+00:00"),
    ("Interview on 8 December at 11:00 BST.", LONDON_DECEMBER, "2026-12-08T11:00:00+00:00"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sent", "start"), ABBREVIATIONS_ALL_YEAR)
def test_zone_abbreviations_mean_the_writers_clock_all_year(
    text: str, sent: datetime, start: str
) -> None:
    found = at(text, sent)
    assert found is not None and found[0] == start


def test_gmt_from_outside_the_uk_is_utc() -> None:
    # From Berlin, New York or a server clock (+0000 in summer is no UK wall clock), GMT is UTC.
    text = "Interview on 9 June at 11:00 GMT."
    assert at(text, BERLIN_MAY) == ("2026-06-09T11:00:00+00:00", None)
    assert at(text, NEW_YORK_JUNE) == ("2026-06-09T11:00:00+00:00", None)
    server = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
    assert at(text, server) == ("2026-06-09T11:00:00+00:00", None)
    # An offset stays an offset, from anywhere.
    assert at("Interview on 9 June at 11:00 GMT+1.", LONDON_JUNE) == (
        "2026-06-09T11:00:00+01:00",
        None,
    )


def test_polish_interview_time() -> None:
    # Polish weekdays and months (sentence written for this test; sent Fri 20 Feb).
    text = "Zapraszamy na rozmowę w czwartek, 7 maja o 10:00."
    assert at(text) == ("2026-05-07T10:00:00+01:00", None)
