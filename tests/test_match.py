"""match: which application a signal belongs to, and why."""

from __future__ import annotations

from datetime import UTC, datetime

from followup.match import match, same_company, same_role, shared_domains
from followup.model import Application, Category, Person, Signal, State

T0 = datetime(2026, 1, 1, tzinfo=UTC)
SHARED = frozenset({"greenhouse.io", "gmail.com", "linkedin.com"})


def app(app_id: str, company: str, role: str = "", **kw: object) -> Application:
    fields: dict[str, object] = {"state": State.TRACKING, "created": T0}
    fields.update(kw)
    return Application(id=app_id, company=company, role=role, **fields)  # type: ignore[arg-type]


def signal(**kw: object) -> Signal:
    fields: dict[str, object] = {"kind": Category.REJECTION, "message_id": "<new@x>", "at": T0}
    fields.update(kw)
    return Signal(**fields)  # type: ignore[arg-type]


def test_thread_wins_over_everything() -> None:
    apps = [
        app("a", "Acme", thread_ids=frozenset({"<t1@x>"})),
        app("b", "Other", invite_uids=frozenset({"uid-1"})),
    ]
    found = match(
        signal(thread_ids=("<new@x>", "<t1@x>"), invite_uid="uid-1", company="Other"), apps, SHARED
    )
    assert found.application_id == "a"
    assert "thread" in found.reason and "<t1@x>" in found.reason


def test_calendar_uid() -> None:
    apps = [app("a", "Acme"), app("b", "Beta", invite_uids=frozenset({"uid-9"}))]
    found = match(signal(invite_uid="uid-9"), apps, SHARED)
    assert found.application_id == "b" and "uid-9" in found.reason


def test_company_name_ignores_legal_form_and_case() -> None:
    found = match(signal(company="ACME Robotics GmbH"), [app("a", "Acme Robotics")], SHARED)
    assert found.application_id == "a" and "company" in found.reason


def test_sender_domain_but_never_a_shared_one() -> None:
    apps = [
        app("a", "Acme", company_domains=frozenset({"acme.example", "greenhouse.io"})),
        app("b", "Beta", company_domains=frozenset({"greenhouse.io"})),
    ]
    own = match(signal(sender=Person("J", "j@careers.acme.example")), apps, SHARED)
    assert own.application_id == "a" and "acme.example" in own.reason
    ats = match(signal(sender=Person("", "no-reply@greenhouse.io")), apps, SHARED)
    assert ats.application_id is None


def test_role_tells_two_applications_at_one_company_apart() -> None:
    apps = [
        app("data", "Acme", "Senior Data Engineer"),
        app("pm", "Acme", "Product Manager, Payments"),
    ]
    assert (
        match(signal(company="Acme", role="Product Manager"), apps, SHARED).application_id == "pm"
    )
    assert (
        match(
            signal(company="Acme", role="Senior Data Engineer (Platform)"), apps, SHARED
        ).application_id
        == "data"
    )
    new_role = match(signal(company="Acme", role="Office Assistant"), apps, SHARED)
    assert new_role.application_id is None and "Office Assistant" in new_role.reason


def test_open_and_recent_applications_win_ties() -> None:
    apps = [
        app("old", "Acme", state=State.REJECTED, last_event_at=datetime(2026, 2, 1, tzinfo=UTC)),
        app("open", "Acme", last_event_at=datetime(2026, 1, 5, tzinfo=UTC)),
        app("older-open", "Acme", last_event_at=datetime(2026, 1, 2, tzinfo=UTC)),
    ]
    assert match(signal(company="Acme"), apps, SHARED).application_id == "open"


def test_late_reply_in_a_closed_thread_still_matches() -> None:
    closed = app("a", "Acme", state=State.MOVED_ON, thread_ids=frozenset({"<t@x>"}))
    assert match(signal(thread_ids=("<t@x>",)), [closed], SHARED).application_id == "a"


def test_no_match_says_what_was_looked_for() -> None:
    assert match(signal(company="Acme"), [], SHARED).reason == "no applications yet"
    found = match(signal(company="Zeta Corp", role="Engineer"), [app("a", "Acme")], SHARED)
    assert found.application_id is None and "Zeta Corp" in found.reason


def test_same_role() -> None:
    assert same_role("Softwareentwickler Backend (m/w/d)", "Softwareentwickler Backend") is True
    assert same_role("Data Engineer", "Product Manager") is False
    assert same_role(None, "Data Engineer") is None


def test_shared_domains_come_from_the_rules() -> None:
    domains = shared_domains()
    assert {"greenhouse.io", "linkedin.com", "gmail.com", "calendly.com"} <= domains


def test_the_users_mail_matches_by_the_recipients_domain() -> None:
    apps = [app("a", "Alpenglanz Software", company_domains=frozenset({"alpenglanz.example"}))]
    thanks = signal(
        kind=Category.USER_SENT,
        sender=Person("Dana", "dana@example.org"),
        contact=Person("Reto", "reto@alpenglanz.example"),
    )
    found = match(thanks, apps, SHARED)
    assert found.application_id == "a" and "alpenglanz.example" in found.reason


def test_an_ats_started_application_is_found_by_name_prefix_or_the_domain_spelling_it() -> None:
    apps = [app("bw", "Brightwave Analytics", company_domains=frozenset({"myworkday.com"}))]
    shared = SHARED | {"myworkday.com"}
    assert match(signal(company="Brightwave"), apps, shared).application_id == "bw"
    lumen = [app("lh", "Lumen Health", company_domains=frozenset({"hire.lever.co"}))]
    booked = signal(
        company=None,
        sender=Person("Calendly", "notifications@calendly.com"),
        contact=Person("Marcus Lee", "marcus.lee@lumenhealth.example"),
    )
    assert match(booked, lumen, SHARED | {"calendly.com", "hire.lever.co"}).application_id == "lh"


def test_company_names_compare_by_leading_words() -> None:
    assert same_company("Acme", "ACME Robotics GmbH")
    assert same_company("Lumenhealth", "Lumen Health")
    assert same_company("Pebble & Pine", "Pebble and Pine")
    assert not same_company("Meta", "Metaplan")
    assert not same_company("", "Acme")


def test_a_closed_threads_reply_about_another_role_goes_to_the_open_application() -> None:
    old = app("old", "Acme", "Data Engineer", state=State.REJECTED, thread_ids=frozenset({"<o@x>"}))
    new = app("new", "Acme", "Machine Learning Engineer", state=State.INTERVIEWED)
    thanks = signal(
        kind=Category.USER_SENT, role="Machine Learning Engineer", thread_ids=("<o@x>",)
    )
    found = match(thanks, [old, new], SHARED)
    assert found.application_id == "new" and "closed application old" in found.reason
    same_role_reply = signal(role="Data Engineer", thread_ids=("<o@x>",))
    assert match(same_role_reply, [old, new], SHARED).application_id == "old"
