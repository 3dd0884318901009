"""extract: the facts of a Signal (company, role, interview time, people, timelines)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from followup.classify import RuleSet, Verdict, classify
from followup.extract import (
    company_key,
    extract,
    find_company,
    find_contact,
    find_interviewers,
    find_role,
    role_key,
)
from followup.model import Category, Invite, Mail, Person
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ME = frozenset({"dana@example.org"})
SENT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday
BERLIN = ZoneInfo("Europe/Berlin")


def mail(subject: str = "", text: str = "", sender: Person | None = None, **kw: object) -> Mail:
    return Mail(
        message_id="<m1@x>",
        subject=subject,
        text=text,
        sender=sender or Person("Jane Roe", "jane.roe@acme-robotics.example"),
        date=SENT,
        **kw,  # type: ignore[arg-type]
    )


def verdict(category: Category, *rules: str) -> Verdict:
    return Verdict(category, rules, (), rules)


# ---------------------------------------------------------------------------------------------
# Company


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            mail(sender=Person("Acme Robotics via Greenhouse", "no-reply@greenhouse.io")),
            "Acme Robotics",
        ),
        (mail(sender=Person("Lumen Health Recruiting", "no-reply@hire.lever.co")), "Lumen Health"),
        (
            mail("Interview with Pinecrest Capital", sender=Person("", "x@greenhouse.io")),
            "Pinecrest Capital",
        ),
        (
            mail(
                "Ihre Bewerbung bei Nordlicht Energie GmbH", sender=Person("", "jobs@personio.de")
            ),
            "Nordlicht Energie",
        ),
        (
            mail("Votre candidature chez Atelier Céleste", sender=Person("", "a@welcomekit.co")),
            "Atelier Céleste",
        ),
        (mail("Tu candidatura en Cobalto", sender=Person("", "a@infojobs.net")), "Cobalto"),
        (
            mail(
                text="Thank you for your interest in Brightwave Analytics.",
                sender=Person("Sam", "sam.recruits@gmail.com"),
            ),
            "Brightwave Analytics",
        ),
        (mail(sender=Person("Jane", "jane@careers.acme-robotics.co.uk")), "Acme Robotics"),
    ],
)
def test_company(message: Mail, expected: str) -> None:
    assert find_company(message) == expected


def test_company_never_the_ats_vendor_or_job_board() -> None:
    assert find_company(mail(sender=Person("Greenhouse", "no-reply@greenhouse.io"))) is None
    assert find_company(mail(sender=Person("LinkedIn", "jobs-noreply@linkedin.com"))) is None


def test_company_agrees_with_the_domain_and_prefers_the_full_name() -> None:
    message = mail(
        text="Gracias por tu interés en Cobalto.\n\nLucía\nPeople · Cobalto Tecnología\nMadrid",
        sender=Person("Lucía", "lucia@cobalto.example"),
    )
    assert find_company(message) == "Cobalto Tecnología"
    umlaut = mail(sender=Person("J", "j@elbbruecke.example"), text="Elbbrücke Software GmbH")
    assert find_company(umlaut) == "Elbbrücke Software"


def test_agency_mail_names_the_client_not_the_agency() -> None:
    message = mail(
        "Pinecrest Capital – interview Thursday",
        "Great news – I sent your CV over to Pinecrest Capital and they'd like to meet you.\n"
        "Oliver\nHarlow & Finch Recruitment Ltd",
        sender=Person("Oliver Grant", "oliver@harlowfinch.example"),
    )
    assert find_company(message) == "Pinecrest Capital"
    cold = mail(
        "Lead engineer – fintech",
        "I'm partnering with my client, a trading firm.\nHarlow & Finch Recruitment Ltd",
        sender=Person("Oliver Grant", "oliver@harlowfinch.example"),
    )
    assert find_company(cold) is None


def test_company_and_role_keys() -> None:
    assert company_key("Acme Robotics GmbH") == company_key("acme robotics")
    assert company_key("Elbbrücke") == company_key("elbbruecke")
    assert company_key("Atelier Céleste SAS") == "atelierceleste"
    assert role_key("Softwareentwickler Backend (m/w/d)") == "softwareentwickler backend"


# ---------------------------------------------------------------------------------------------
# Role


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "Acme – interview for Senior Backend Engineer (Platform)",
            "",
            "Senior Backend Engineer (Platform)",
        ),
        (
            "",
            "Thanks for applying to the Staff Data Engineer role at Lumen.",
            "Staff Data Engineer",
        ),
        ("", "We'd like to offer you the position of Data Analyst at Acme.", "Data Analyst"),
        ("Interview: Dana Whitfield (Lead Python Engineer)", "", "Lead Python Engineer"),
        (
            "",
            "vielen Dank für Ihre Bewerbung als Softwareentwickler Backend (m/w/d) und Ihr",
            "Softwareentwickler Backend (m/w/d)",
        ),
        (
            "",
            "Merci pour votre candidature au poste de Développeur Full-Stack (H/F) chez nous.",
            "Développeur Full-Stack (H/F)",
        ),
        (
            "",
            "Hemos revisado tu candidatura para el puesto de Ingeniera de Datos y",
            "Ingeniera de Datos",
        ),
        (
            "Oferta – Ingeniero/a de Software Senior en Cobalto",
            "",
            "Ingeniero/a de Software Senior",
        ),
        ("Lunch?", "See you at noon.", None),
        ("Confirmed: Recruiter Screen (30 min) with Marcus Lee on Monday", "", None),
    ],
)
def test_role(subject: str, text: str, expected: str | None) -> None:
    assert find_role(mail(subject, text)) == expected


# ---------------------------------------------------------------------------------------------
# People


def test_interviewers_from_invite_without_me_robots_or_the_agency() -> None:
    invite = Invite(
        method="REQUEST",
        uid="u1",
        start=SENT,
        organizer=Person("Grace", "grace@pinecrest.example"),
        attendees=(
            Person("Sarah Okafor", "Sarah.Okafor@pinecrest.example"),
            Person("Daniel Frost", "daniel.frost@pinecrest.example"),
            Person("Dana", "dana@example.org"),
            Person("Oliver Grant", "oliver@agency.example"),
            Person("", "noreply@pinecrest.example"),
        ),
    )
    people = find_interviewers(mail(invites=(invite,)), ME)
    assert [p.email for p in people] == [
        "sarah.okafor@pinecrest.example",
        "daniel.frost@pinecrest.example",
    ]


def test_interviewer_is_the_organiser_when_nobody_else_is_invited() -> None:
    invite = Invite(
        method="REQUEST",
        uid="u1",
        organizer=Person("Korn, Matthias", "m.korn@firma.example"),
        attendees=(Person("Dana", "dana@example.org"),),
    )
    assert find_interviewers(mail(invites=(invite,)), ME) == (
        Person("Matthias Korn", "m.korn@firma.example"),
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "We'd like to invite you to a video call with Jonas Becker (Engineering Manager) "
            "and me.",
            ["Jonas Becker", "Jane Roe"],
        ),
        (
            "The interview is with Sarah Okafor (Head of Engineering) and Daniel Frost "
            "(Principal Engineer).",
            ["Sarah Okafor", "Daniel Frost"],
        ),
        (
            "Nous vous convions à un entretien avec Thomas Leroy, notre CTO, et moi-même.",
            ["Thomas Leroy", "Jane Roe"],
        ),
        (
            "Te propongo una entrevista con Javier Molina, nuestro Head of Engineering, y conmigo.",
            ["Javier Molina", "Jane Roe"],
        ),
        (
            "Termin: Dienstag 14 Uhr. Gesprächspartner: Herr Dr. Matthias Korn (Teamleiter) "
            "und ich.",
            ["Dr. Matthias Korn", "Jane Roe"],
        ),
        (
            "Agenda for your onsite:\n5:00 PM – 5:45 PM  System Design – Ben Whitaker\n"
            "5:45 PM – 6:30 PM  Values – Jordan Kim\n",
            ["Ben Whitaker", "Jordan Kim"],
        ),
        ("Thanks for your time today!", []),
    ],
)
def test_interviewers_from_text(text: str, names: list[str]) -> None:
    assert [p.name for p in find_interviewers(mail(text=text), ME)] == names


def test_interviewer_from_text_gets_an_address_the_message_knows() -> None:
    message = mail(
        text="You'll meet Jonas Becker (Engineering Manager) in the interview.",
        cc=(Person("Jonas Becker", "jonas@acme-robotics.example"),),
    )
    assert find_interviewers(message, ME) == (
        Person("Jonas Becker", "jonas@acme-robotics.example"),
    )


def test_contact_prefers_reply_to_and_skips_robots() -> None:
    via = mail(
        sender=Person("Marcus Lee via Lever", "no-reply@hire.lever.co"),
        reply_to=(Person("Marcus Lee", "marcus@lumen.example"),),
    )
    assert find_contact(via) == Person("Marcus Lee", "marcus@lumen.example")
    robot = mail(sender=Person("Acme", "no-reply@acme.example"))
    assert find_contact(robot) is None
    assert find_contact(mail(sender=Person("Dana", "dana@example.org")), ME) is None


# ---------------------------------------------------------------------------------------------
# Times


def test_utc_invite_is_shown_in_the_users_zone_named_zone_kept() -> None:
    utc = Invite(
        method="REQUEST",
        uid="u",
        start=datetime(2026, 1, 21, 9, 0, tzinfo=UTC),
        end=datetime(2026, 1, 21, 9, 45, tzinfo=UTC),
    )
    signal = extract(
        mail(invites=(utc,)), verdict(Category.INTERVIEW_CONFIRMATION), zone="Europe/Berlin"
    )
    assert signal.interview_start == datetime(2026, 1, 21, 10, 0, tzinfo=BERLIN)
    assert signal.interview_start is not None
    assert signal.interview_start.utcoffset() == timedelta(hours=1)
    pacific = ZoneInfo("America/Los_Angeles")
    named = Invite(method="REQUEST", uid="u", start=datetime(2026, 3, 17, 9, 0, tzinfo=pacific))
    signal = extract(
        mail(invites=(named,)), verdict(Category.INTERVIEW_INVITE), zone="Europe/Berlin"
    )
    assert signal.interview_start is not None
    assert signal.interview_start.utcoffset() == timedelta(hours=-7)
    no_zone = extract(mail(invites=(utc,)), verdict(Category.INTERVIEW_CONFIRMATION))
    assert no_zone.interview_start == utc.start


def test_floating_invite_time_takes_the_users_zone_or_the_date_offset() -> None:
    floating = Invite(method="REQUEST", uid="u", start=datetime(2026, 3, 5, 14, 0))
    signal = extract(
        mail(invites=(floating,)), verdict(Category.INTERVIEW_INVITE), zone="Europe/Berlin"
    )
    assert signal.interview_start == datetime(2026, 3, 5, 14, 0, tzinfo=BERLIN)
    sent = datetime(2026, 3, 2, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
    other = Mail(message_id="<a>", date=sent, invites=(floating,))
    signal = extract(other, verdict(Category.INTERVIEW_INVITE))
    assert signal.interview_start is not None
    assert signal.interview_start.utcoffset() == timedelta(hours=-5)


def test_a_loop_of_sessions_spans_first_start_to_last_end() -> None:
    sessions = tuple(
        Invite(
            method="REQUEST",
            uid=f"s{i}",
            start=datetime(2026, 2, 10, 16 + i, 0, tzinfo=UTC),
            end=datetime(2026, 2, 10, 16 + i, 45, tzinfo=UTC),
        )
        for i in range(3)
    )
    signal = extract(mail(invites=sessions), verdict(Category.INTERVIEW_CONFIRMATION))
    assert signal.interview_start == datetime(2026, 2, 10, 16, 0, tzinfo=UTC)
    assert signal.interview_end == datetime(2026, 2, 10, 18, 45, tzinfo=UTC)


def test_cancelled_invite_still_says_which_interview() -> None:
    cancel = Invite(method="CANCEL", uid="c1", start=datetime(2026, 3, 5, 14, 0, tzinfo=UTC))
    signal = extract(mail(invites=(cancel,)), verdict(Category.INTERVIEW_CANCEL))
    assert signal.interview_start == cancel.start and signal.invite_uid == "c1"


def test_prose_interview_time_when_there_is_no_invite() -> None:
    message = mail(
        text="Your interview is confirmed for Thursday, 5 March at 14:00 CET (45 minutes)."
    )
    signal = extract(message, verdict(Category.INTERVIEW_CONFIRMATION), zone="Europe/Berlin")
    assert signal.interview_start == datetime(2026, 3, 5, 14, 0, tzinfo=BERLIN)


def test_end_before_start_is_dropped() -> None:
    broken = Invite(
        method="REQUEST",
        uid="u",
        start=datetime(2026, 3, 5, 14, 0, tzinfo=UTC),
        end=datetime(2026, 3, 5, 13, 0, tzinfo=UTC),
    )
    signal = extract(mail(invites=(broken,)), verdict(Category.INTERVIEW_INVITE))
    assert signal.interview_start is not None and signal.interview_end is None


def test_decision_timeline_and_out_of_office_return() -> None:
    update = mail(text="Thanks for your patience. We'll get back to you within a week.")
    signal = extract(update, verdict(Category.TIMELINE_UPDATE))
    assert signal.decision_date == date(2026, 3, 9)
    assert signal.decision_text and "week" in signal.decision_text
    away = mail(text="I'm out of the office and will be back on Monday, 9 March.")
    assert extract(away, verdict(Category.OUT_OF_OFFICE)).return_date == date(2026, 3, 9)
    assert extract(away, verdict(Category.REJECTION)).return_date is None


def test_timeline_after_the_interview_counts_from_the_interview() -> None:
    invite = Invite(method="REQUEST", uid="u", start=datetime(2026, 3, 11, 10, 0, tzinfo=UTC))
    message = mail(
        text="Looking forward to it! We'll get back to you within a week after the interview.",
        invites=(invite,),
    )
    signal = extract(message, verdict(Category.INTERVIEW_CONFIRMATION))
    assert signal.decision_date == date(2026, 3, 18)


# ---------------------------------------------------------------------------------------------
# The whole Signal


def test_signal_carries_ids_rules_contact_and_references_wish() -> None:
    message = mail(
        "Re: next steps",
        "As a final step, could you please send us two professional references?",
        in_reply_to="<prev@x>",
        references=("<first@x>", "<prev@x>"),
    )
    rules = RuleSet.default()
    found = classify(message, rules, ME)
    signal = extract(message, found, rules=rules, me=ME)
    assert signal.kind == Category.REFERENCE_REQUEST and signal.wants_references
    assert signal.thread_ids == ("<m1@x>", "<prev@x>", "<first@x>")
    assert signal.rules == found.rules
    assert signal.contact == Person("Jane Roe", "jane.roe@acme-robotics.example")
    assert signal.at == SENT and signal.message_id == "<m1@x>"


def test_missing_date_uses_received_else_the_epoch() -> None:
    undated = Mail(message_id="<u>")
    received = datetime(2026, 3, 1, tzinfo=UTC)
    assert extract(undated, verdict(Category.OTHER), received=received).at == received
    assert extract(undated, verdict(Category.OTHER)).at.year == 1970


def test_user_sent_names_the_employer_from_the_recipients() -> None:
    sent = Mail(
        message_id="<s>",
        subject="Thank you – interview",
        text="Thank you for the conversation today.",
        sender=Person("Dana", "dana@example.org"),
        to=(Person("Priya", "priya@acme-robotics.example"),),
        date=SENT,
    )
    signal = extract(sent, verdict(Category.USER_SENT), me=ME)
    assert signal.company == "Acme Robotics"
    assert signal.contact == Person("Priya", "priya@acme-robotics.example")  # whom she wrote to


# ---------------------------------------------------------------------------------------------
# Fuzz: classify and extract never raise, whatever the Mail holds.


_words = st.sampled_from(
    [
        "interview",
        "Interview:",
        "unfortunately",
        "offer",
        "Einladung",
        "Gespräch",
        "entretien",
        "entrevista",
        "reschedule",
        "cancel",
        "with",
        "and me",
        "Dr.",
        "Jonas Becker",
        "(",
        ")",
        "–",
        "@",
        "via",
        "Greenhouse",
        "at",
        "Acme",
        "GmbH",
        "\n",
        "within a week",
        "by Friday",
        "10:00",
        "CET",
        "3/17",
        "Tuesday",
        "références",
        "référents",
        "Absage",
    ]
)
_text = st.one_of(st.text(max_size=300), st.lists(_words, max_size=40).map(" ".join))
_email = st.one_of(st.emails(), st.text(max_size=30))
_person = st.builds(Person, name=_text, email=_email)
_moment = st.one_of(
    st.none(),
    st.datetimes(timezones=st.none()),
    st.datetimes(timezones=st.sampled_from([UTC, BERLIN, timezone(timedelta(hours=-7))])),
)
_invite = st.builds(
    Invite,
    method=st.sampled_from(["REQUEST", "CANCEL", "PUBLISH", "", "request", "X"]),
    uid=st.text(max_size=20),
    sequence=st.integers(-5, 10**6),
    status=st.sampled_from(["", "CONFIRMED", "CANCELLED", "x"]),
    start=_moment,
    end=_moment,
    summary=_text,
    description=_text,
    organizer=st.one_of(st.none(), _person),
    attendees=st.lists(_person, max_size=4).map(tuple),
)
_mail = st.builds(
    Mail,
    message_id=st.text(max_size=40),
    subject=_text,
    date=_moment,
    sender=st.one_of(st.none(), _person),
    to=st.lists(_person, max_size=3).map(tuple),
    reply_to=st.lists(_person, max_size=2).map(tuple),
    in_reply_to=st.text(max_size=20),
    references=st.lists(st.text(max_size=20), max_size=3).map(tuple),
    text=_text,
    signature=_text,
    headers=st.lists(st.tuples(st.text(max_size=15), st.text(max_size=40)), max_size=5).map(tuple),
    auto_submitted=st.booleans(),
    bulk=st.booleans(),
    invites=st.lists(_invite, max_size=3).map(tuple),
    attachments=st.lists(st.text(max_size=20), max_size=2).map(tuple),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mail, st.one_of(st.none(), st.sampled_from(["Europe/Berlin", "Nowhere/Bogus", ""])))
def test_classify_and_extract_never_raise(message: Mail, zone: str | None) -> None:
    rules = RuleSet.default()
    found = classify(message, rules, ME, frozenset({"<t@x>"}))
    signal = extract(message, found, rules=rules, me=ME, zone=zone)
    assert signal.kind == found.category
    if signal.interview_start is not None:
        assert signal.interview_start.tzinfo is not None
