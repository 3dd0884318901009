"""Triage: only provably bulk mail with no job-search sign is left unread."""

from __future__ import annotations

from followup.classify import RuleSet
from followup.mail import parse
from followup.triage import Hints, Known, why_fetch

HINTS = Hints.from_rules(RuleSet.default())
NOBODY = Known.build((), (), ("dana@example.org",))


def headers(*lines: str) -> bytes:
    base = {"Message-ID": "<m1@news.example>", "From": "News <news@letters.example>"}
    text = "".join(
        f"{k}: {v}\r\n"
        for k, v in base.items()
        if not any(line.lower().startswith(k.lower() + ":") for line in lines)
    )
    return (text + "".join(line + "\r\n" for line in lines) + "\r\n").encode()


def test_personal_mail_is_always_read():
    mail = parse(headers("Subject: dinner on Friday?"))
    assert why_fetch(mail, False, HINTS, NOBODY) == "not list mail"


def test_list_mail_without_a_job_sign_is_left_unread():
    for marker in ("List-Id: <offers.shop.example>", "Precedence: bulk"):
        mail = parse(headers("Subject: 20% off all shoes", marker))
        assert why_fetch(mail, False, HINTS, NOBODY) is None, marker


def test_an_unsubscribe_link_alone_does_not_make_mail_skippable():
    """Scheduling tools and ATSs add List-Unsubscribe to one-to-one interview mail."""
    mail = parse(headers("Subject: Hello from Acme", "List-Unsubscribe: <mailto:u@x.example>"))
    assert why_fetch(mail, False, HINTS, NOBODY) == "not list mail"


def test_list_mail_about_next_steps_or_a_test_in_any_language_is_read():
    subjects = (
        "Next steps with Acme Robotics",
        "Your availability next week",
        "Nächste Schritte",
        "Ihre Terminbestätigung",
        "Prochaines étapes",
        "Próximos pasos",
        "Coding challenge for Acme",
        "Zusage",
    )
    for subject in subjects:
        mail = parse(headers(f"Subject: {subject}", "List-Id: <hiring.example>"))
        assert why_fetch(mail, False, HINTS, NOBODY), subject


def test_bulk_mail_naming_an_interview_in_any_language_is_read():
    for subject in ("Your interview with Acme", "Ihre Bewerbung bei Nordwind", "Entretien RH"):
        mail = parse(headers(f"Subject: {subject}", "Precedence: bulk", "List-Id: <l.example>"))
        assert why_fetch(mail, False, HINTS, NOBODY), subject


def test_bulk_mail_with_a_calendar_part_is_read():
    mail = parse(headers("Subject: Updated event", "List-Id: <x.example>"))
    assert why_fetch(mail, True, HINTS, NOBODY) == "it carries a calendar invitation"


def test_bulk_mail_on_a_tracked_thread_or_from_an_employer_is_read():
    mail = parse(
        headers("Subject: hello", "List-Id: <x.example>", "In-Reply-To: <t1@acme.example>")
    )
    known = Known.build({"t1@acme.example"}, (), ())
    assert "tracked thread" in (why_fetch(mail, False, HINTS, known) or "")
    mail = parse(headers("From: Acme <jobs@mail.acme.example>", "Subject: hi", "List-Id: <l>"))
    known = Known.build((), {"acme.example"}, ())
    assert "employer" in (why_fetch(mail, False, HINTS, known) or "")


def test_bulk_mail_from_a_hiring_platform_is_read():
    mail = parse(headers("From: no-reply@us.greenhouse-mail.io", "Subject: Update", "List-Id: <g>"))
    assert "hiring platform" in (why_fetch(mail, False, HINTS, NOBODY) or "")
