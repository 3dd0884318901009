"""Send later: the recipient's window (zones, weekends, holidays), the request's state machine,
the bytes that go out, the config section, and one account's job over an in-memory mailbox."""

from __future__ import annotations

import email
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta, timezone
from email import policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from followup.config import ConfigError, Profile, SendLater, load_config
from followup.machine import new_application
from followup.mail import parse
from followup.model import ActionKind, Application, Person
from followup.notify import Delivery, NotifyError, NotifyRefused, Refusal
from followup.sendlater import (
    TRANSITIONS,
    SendLaterJob,
    Window,
    given_message_id,
    message_id_of,
    next_moment,
    outgoing,
    pending_lines,
    recipient_window,
    step,
)
from followup.store import SendRequest, Store, StoreError
from followup.timing import WorkCalendar

BERLIN = ZoneInfo("Europe/Berlin")
PROFILE = Profile(name="Dana Whitfield", email="dana@example.org")
USER = WorkCalendar(zone="America/New_York")
ON = SendLater(enabled=True)


def draft(
    to: str = "Rita <rita@acme.de>",
    *,
    subject: str = "Re: Interview",
    message_id: str | None = "<d1@example.org>",
    bcc: str | None = None,
    in_reply_to: str | None = None,
    body: str = "Thank you for your time.\n",
) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Dana Whitfield <dana@example.org>"
    msg["To"] = to
    if bcc:
        msg["Bcc"] = bcc
    msg["Subject"] = subject
    msg["Date"] = "Mon, 02 Mar 2026 22:00:00 +0100"
    if message_id:
        msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    msg["X-Followup-Action"] = "acme-1.r1.thank_you"
    msg.set_content(body)
    return msg.as_bytes(policy=policy.SMTP)


def acme(**changes: object) -> Application:
    app = new_application("acme-1", datetime(2026, 2, 1, tzinfo=UTC), "Acme", "Engineer")
    return replace(app, company_domains=frozenset({"acme.de"}), **changes)  # type: ignore[arg-type]


# -- the window -------------------------------------------------------------------------------


def berlin_window(**changes: object) -> Window:
    return replace(Window(BERLIN, "test"), **changes)  # type: ignore[arg-type]


def test_a_mark_at_23_their_time_is_sent_at_9_their_time() -> None:
    marked = datetime(2026, 3, 2, 23, 0, tzinfo=BERLIN)  # a Monday
    assert next_moment(marked, berlin_window()) == datetime(2026, 3, 3, 9, 0, tzinfo=BERLIN)


def test_a_mark_in_their_business_hours_is_sent_at_once() -> None:
    marked = datetime(2026, 3, 3, 10, 17, tzinfo=BERLIN)
    assert next_moment(marked, berlin_window()) == marked


def test_a_mark_early_in_the_morning_waits_for_the_day_to_open() -> None:
    marked = datetime(2026, 3, 3, 6, 0, tzinfo=BERLIN)
    assert next_moment(marked, berlin_window()) == datetime(2026, 3, 3, 9, 0, tzinfo=BERLIN)


def test_friday_evening_and_the_weekend_wait_for_monday() -> None:
    monday_nine = datetime(2026, 3, 9, 9, 0, tzinfo=BERLIN)
    for marked in (
        datetime(2026, 3, 6, 17, 0, tzinfo=BERLIN),  # Friday, the window just closed
        datetime(2026, 3, 7, 12, 0, tzinfo=BERLIN),  # Saturday
        datetime(2026, 3, 8, 23, 59, tzinfo=BERLIN),  # Sunday night
    ):
        assert next_moment(marked, berlin_window()) == monday_nine


def test_their_holidays_are_skipped() -> None:
    # 1 May 2026 is a Friday and a public holiday in Germany, not in the US.
    thursday_night = datetime(2026, 4, 30, 20, 0, tzinfo=BERLIN)
    with_holidays = berlin_window(holidays="DE")
    assert next_moment(thursday_night, with_holidays) == datetime(2026, 5, 4, 9, tzinfo=BERLIN)
    assert next_moment(thursday_night, berlin_window()) == datetime(2026, 5, 1, 9, tzinfo=BERLIN)
    # a regional one: Reformation Day (31 Oct) in Brandenburg, not in Berlin; 2025 is a Friday
    friday = datetime(2025, 10, 31, 8, 0, tzinfo=BERLIN)
    assert next_moment(friday, berlin_window(holidays="DE-BB")).day == 3
    assert next_moment(friday, berlin_window(holidays="DE-BE")).day == 31


def test_an_instant_from_another_zone_is_judged_in_theirs() -> None:
    # 02:00 UTC on a Tuesday is 07:30 in India: their day opens at 09:00 IST = 03:30 UTC.
    india = Window(timezone(timedelta(hours=5, minutes=30)), "test")
    moment = next_moment(datetime(2026, 3, 3, 2, 0, tzinfo=UTC), india)
    assert moment.astimezone(UTC) == datetime(2026, 3, 3, 3, 30, tzinfo=UTC)
    assert india.label == "UTC+05:30"


def test_summer_time_is_followed_in_a_named_zone() -> None:
    # Berlin moves to summer time on 29 March 2026: 09:00 is 08:00 UTC before, 07:00 after.
    before = next_moment(datetime(2026, 3, 26, 20, 0, tzinfo=UTC), berlin_window())
    after = next_moment(datetime(2026, 3, 29, 20, 0, tzinfo=UTC), berlin_window())
    assert before.astimezone(UTC).hour == 8 and after.astimezone(UTC).hour == 7


def test_a_configured_zone_wins_by_domain_subdomain_or_company_name() -> None:
    settings = replace(ON, zones=(("acme.de", "Europe/Berlin"),), holidays=(("Acme", "DE"),))
    window = recipient_window(parse(draft("r@jobs.acme.de")), [], settings, USER)
    assert window.tz == BERLIN and window.why == "configured for acme.de"
    by_name = replace(ON, zones=(("ACME", "Asia/Tokyo"),), holidays=(("Acme", "JP"),))
    mail = parse(draft("r@mail.example", in_reply_to="<x@mail.example>"))
    app = acme(thread_ids=frozenset({"x@mail.example"}))
    window = recipient_window(mail, [app], by_name, USER)
    assert window.tz == ZoneInfo("Asia/Tokyo") and window.holidays == "JP"


def test_else_the_offset_of_the_companys_last_message() -> None:
    app = acme(
        last_company_message=datetime(2026, 3, 1, 10, 0, tzinfo=timezone(timedelta(hours=2)))
    )
    window = recipient_window(parse(draft()), [app], ON, USER)
    assert window.tz == timezone(timedelta(hours=2))
    assert "Acme's last message" in window.why


def test_a_utc_stamp_says_nothing_so_the_users_own_zone_is_used() -> None:
    user = WorkCalendar(zone="America/New_York", holiday_country="US")
    app = acme(last_company_message=datetime(2026, 3, 1, 10, 0, tzinfo=UTC))
    window = recipient_window(parse(draft()), [app], ON, user)
    assert window.tz == ZoneInfo("America/New_York") and window.holidays == "US"
    assert "your own zone" in window.why
    nobody = recipient_window(parse(draft("x@unknown.example")), [], ON, user)
    assert nobody.tz == ZoneInfo("America/New_York")


def test_custom_hours_and_days() -> None:
    sunday_to_thursday = replace(
        ON, start=time(8, 0), end=time(12, 0), days=frozenset({6, 0, 1, 2, 3})
    )
    window = recipient_window(parse(draft()), [], sunday_to_thursday, WorkCalendar("Asia/Dubai"))
    friday = datetime(2026, 3, 6, 13, 0, tzinfo=ZoneInfo("Asia/Dubai"))
    assert next_moment(friday, window) == datetime(2026, 3, 8, 8, 0, tzinfo=ZoneInfo("Asia/Dubai"))


# -- the state machine --------------------------------------------------------------------------


def request(status: str = "scheduled", **changes: object) -> SendRequest:
    now = datetime(2026, 3, 2, 22, 0, tzinfo=UTC)
    base = SendRequest("personal", "<d1@example.org>", "Drafts", 7, now, now, status)
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("scheduled", "sending"),
        ("scheduled", "cancelled"),
        ("sending", "sent"),
        ("sending", "unsure"),
        ("sending", "refused"),
        ("sending", "scheduled"),
        ("refused", "scheduled"),
        ("refused", "cancelled"),
        ("cancelled", "scheduled"),
    ],
)
def test_allowed_moves(before: str, after: str) -> None:
    assert step(request(before), after).status == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("sent", "sending"),
        ("sent", "scheduled"),
        ("unsure", "sending"),
        ("unsure", "scheduled"),
        ("scheduled", "sent"),  # never sent without `sending` on disk first
        ("cancelled", "sending"),
        ("refused", "sending"),
    ],
)
def test_forbidden_moves(before: str, after: str) -> None:
    with pytest.raises(ValueError, match=f"from {before} to {after}"):
        step(request(before), after)


def test_every_status_has_its_moves() -> None:
    assert set(TRANSITIONS) == {"scheduled", "sending", "sent", "cancelled", "refused", "unsure"}


def test_the_store_keeps_a_sent_request_sent(store: Store) -> None:
    with store.transaction():
        store.save_send_request(request("sent", raw=b"x"))
    with store.transaction():
        store.save_send_request(request("sent", filed_at=datetime(2026, 3, 3, tzinfo=UTC)))
    with pytest.raises(StoreError, match="already sent"), store.transaction():
        store.save_send_request(request("sending"))
    [kept] = store.send_requests("personal")
    assert kept.status == "sent" and kept.raw is None and kept.filed_at is not None


# -- what goes out ------------------------------------------------------------------------------


def test_outgoing_strips_bcc_and_own_headers_from_the_wire_only() -> None:
    raw = draft("Rita <rita@acme.de>, bob@acme.de", bcc="me@example.org, RITA@acme.de")
    now = datetime(2026, 3, 3, 9, 0, tzinfo=BERLIN)
    out = outgoing(raw, "<d1@example.org>", now, PROFILE)
    assert out.recipients == ("rita@acme.de", "bob@acme.de", "me@example.org")
    assert out.sender == "dana@example.org"
    wire = email.message_from_bytes(out.wire, policy=policy.default)
    record = email.message_from_bytes(out.record, policy=policy.default)
    assert wire["Bcc"] is None and wire["X-Followup-Action"] is None
    assert "me@example.org" in str(record["Bcc"])  # the user's copy says who got it
    assert wire["Date"] == "Tue, 03 Mar 2026 09:00:00 +0100"
    assert out.wire.split(b"\r\n\r\n", 1)[1] == raw.split(b"\r\n\r\n", 1)[1]  # body untouched


def test_a_draft_without_message_id_gets_one_that_stays_the_same() -> None:
    raw = draft(message_id=None)
    assert message_id_of(raw) is None
    given = given_message_id("personal", "Drafts", 11, 7, "dana@example.org")
    assert given == given_message_id("personal", "Drafts", 11, 7, "dana@example.org")
    assert given != given_message_id("personal", "Drafts", 12, 7, "dana@example.org")
    out = outgoing(raw, given, datetime(2026, 3, 3, 9, tzinfo=UTC), PROFILE)
    assert message_id_of(out.wire) == given == message_id_of(out.record)


def test_a_draft_with_bare_newlines_and_no_from_still_goes_out_whole() -> None:
    raw = b"To: rita@acme.de\nSubject: Hi\n\nHello\n"
    out = outgoing(raw, "<g@example.org>", datetime(2026, 3, 3, 9, tzinfo=UTC), PROFILE)
    message = email.message_from_bytes(out.wire, policy=policy.default)
    assert message["From"].addresses[0].addr_spec == "dana@example.org"
    assert message["Subject"] == "Hi" and message.get_content() == "Hello\n"


# -- the config section -------------------------------------------------------------------------

CONFIG = """\
accounts:
  - name: personal
    imap: {host: imap.example.org}
    username: dana@example.org
    password_command: "pass show mail"
profile: {name: Dana, email: dana@example.org}
smtp: {host: smtp.example.org}
"""


def load(tmp_path: Path, section: str) -> SendLater:
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG + section, encoding="utf-8")
    return load_config(path).send_later


def test_send_later_is_off_unless_enabled(tmp_path: Path) -> None:
    assert load(tmp_path, "") == SendLater() and not SendLater().enabled


def test_the_send_later_section_loads(tmp_path: Path) -> None:
    settings = load(
        tmp_path,
        "send_later:\n  enabled: true\n  keyword: $SendMe\n  folder: Outbox/Later\n"
        '  hours: "08:30-16:00"\n  days: [sun, mon, tue, wed, thu]\n'
        "  zones: {acme.de: Europe/Berlin, Globex: America/Chicago}\n"
        "  holidays: {acme.de: DE-BE}\n",
    )
    assert settings.enabled and settings.keyword == "$SendMe"
    assert settings.folder == ("Outbox", "Later")
    assert (settings.start, settings.end) == (time(8, 30), time(16, 0))
    assert settings.days == frozenset({6, 0, 1, 2, 3})
    assert settings.zones == (("acme.de", "Europe/Berlin"), ("Globex", "America/Chicago"))
    assert settings.holidays == (("acme.de", "DE-BE"),)


@pytest.mark.parametrize(
    ("section", "line", "words"),
    [
        ("send_later:\n  enabled: true\n  keyword: 'Send Me'\n", 10, "not an IMAP keyword"),
        ("send_later:\n  hours: '17:00-09:00'\n", 9, "start before end"),
        ("send_later:\n  days: [mon, funday]\n", 9, "not 'funday'"),
        ("send_later:\n  zones: {acme.de: Europe/Atlantis}\n", 9, "IANA name"),
        ("send_later:\n  holidays: {acme.de: XX}\n", 9, "country code"),
        ("send_later:\n  folder: 'Followup//Send'\n", 9, "no empty parts"),
        ("send_later:\n  enable: true\n", 9, "unknown key 'enable'"),
    ],
)
def test_a_bad_send_later_section_says_where_and_why(
    tmp_path: Path, section: str, line: int, words: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, section)
    assert f"config.yaml:{line}:" in str(caught.value) and words in str(caught.value)


def test_send_later_without_smtp_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(
        CONFIG.replace("smtp: {host: smtp.example.org}\n", "") + "send_later:\n  enabled: true\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="config.yaml:8:.*needs an SMTP server"):
        load_config(path)


# -- one account's job over an in-memory mailbox ------------------------------------------------


@dataclass
class Box:
    """Drafts, the send-later folder and Sent, as a server would keep them (UIDs, keywords)."""

    folders: dict[str, dict[int, tuple[bytes, set[str]]]] = field(
        default_factory=lambda: {"Drafts": {}, "Sent": {}}
    )
    next_uid: int = 1
    removed: list[tuple[str, int]] = field(default_factory=list)

    def put(self, folder: str, raw: bytes, *keywords: str) -> int:
        uid = self.next_uid
        self.next_uid += 1
        self.folders.setdefault(folder, {})[uid] = (raw, set(keywords))
        return uid

    def own_folder(self, path: Sequence[str], *, create: bool) -> str | None:
        name = "/".join(path)
        self.folders.setdefault(name, {})
        return name

    def uids_after(self, folder: str, last_uid: int) -> tuple[int, list[int]]:
        return 1, sorted(u for u in self.folders[folder] if u > last_uid)

    def bodies(self, folder: str, uids: Sequence[int]) -> dict[int, bytes]:
        return {u: self.folders[folder][u][0] for u in uids if u in self.folders[folder]}

    def fetch_message(self, folder: str, uid: int) -> bytes | None:
        return self.bodies(folder, [uid]).get(uid)

    def find_message_id(self, folder: str, message_id: str) -> list[int]:
        return [
            u for u, (raw, _) in self.folders[folder].items() if message_id_of(raw) == message_id
        ]

    def append(
        self, folder: str, raw: bytes, flags: Sequence[bytes] = (), when: object = None
    ) -> int:
        return self.put(folder, raw)

    def remove(self, folder: str, uid: int) -> bool:
        del self.folders[folder][uid]
        self.removed.append((folder, uid))
        return True

    def uids_with_keyword(self, folder: str, keyword: str) -> list[int]:
        return sorted(u for u, (_, kws) in self.folders[folder].items() if keyword in kws)

    @dataclass
    class _Status:
        uidvalidity: int = 1
        messages: int = 0

    def status(self, folder: str) -> object:
        return Box._Status(messages=len(self.folders.get(folder, {})))


@dataclass
class Smtp:
    """The SMTP hand-over: records what it was given, or fails as told; the recipients in
    `refuse` are refused while the message is taken for the others."""

    sent: list[tuple[bytes, str, list[str]]] = field(default_factory=list)
    fail: Exception | None = None
    refuse: dict[str, tuple[int, str]] = field(default_factory=dict)

    def __call__(self, raw: bytes, sender: str, recipients: list[str]) -> Delivery:
        if self.fail is not None:
            raise self.fail
        refused = tuple(Refusal(r, *self.refuse[r]) for r in recipients if r in self.refuse)
        self.sent.append((raw, sender, [r for r in recipients if r not in self.refuse]))
        return Delivery("250 OK queued", refused)


MONDAY_NIGHT = datetime(2026, 3, 2, 23, 0, tzinfo=BERLIN)
TUESDAY_NINE = datetime(2026, 3, 3, 9, 0, tzinfo=BERLIN)
BERLIN_USER = WorkCalendar(zone="Europe/Berlin")


def job(store: Store, smtp: Smtp, settings: SendLater = ON) -> SendLaterJob:
    return SendLaterJob(settings, store, "personal", PROFILE, None, send=smtp)


def run(j: SendLaterJob, box: Box, now: datetime, *, retry_refused: bool = False) -> list[str]:
    return j.run(box, "Drafts", "Sent", now, BERLIN_USER, retry_refused=retry_refused)


def test_disabled_nothing_is_touched_or_sent(store: Store) -> None:
    box, smtp = Box(), Smtp()
    box.put("Drafts", draft(), "$FollowupSend")
    assert run(job(store, smtp, SendLater()), box, TUESDAY_NINE) == []
    assert smtp.sent == [] and store.send_requests() == [] and "Followup/Send" not in box.folders


def test_a_marked_draft_waits_for_its_moment_then_goes_once(store: Store) -> None:
    box, smtp = Box(), Smtp()
    uid = box.put("Drafts", draft(), "$FollowupSend", "$label1")
    box.put("Drafts", draft(message_id="<other@example.org>"))  # not marked: never sent
    j = job(store, smtp)
    run(j, box, MONDAY_NIGHT)
    [waiting] = store.send_requests("personal")
    assert waiting.status == "scheduled" and waiting.send_at == TUESDAY_NINE
    run(j, box, TUESDAY_NINE - timedelta(minutes=1))
    assert smtp.sent == []
    run(j, box, TUESDAY_NINE)
    run(j, box, TUESDAY_NINE + timedelta(hours=1))
    assert len(smtp.sent) == 1 and smtp.sent[0][2] == ["rita@acme.de"]
    [done] = store.send_requests("personal")
    assert done.status == "sent" and done.filed_at is not None and done.raw is None
    assert uid not in box.folders["Drafts"] and len(box.folders["Drafts"]) == 1
    [(copy, _)] = box.folders["Sent"].values()
    assert message_id_of(copy) == "<d1@example.org>"


def test_unmarking_before_the_moment_cancels(store: Store) -> None:
    box, smtp = Box(), Smtp()
    uid = box.put("Drafts", draft(), "$FollowupSend")
    j = job(store, smtp)
    run(j, box, MONDAY_NIGHT)
    box.folders["Drafts"][uid][1].clear()
    run(j, box, TUESDAY_NINE)
    assert smtp.sent == [] and store.send_requests()[0].status == "cancelled"
    assert uid in box.folders["Drafts"]
    box.folders["Drafts"][uid][1].add("$FollowupSend")  # marked again: scheduled again
    run(j, box, TUESDAY_NINE + timedelta(hours=1))
    assert len(smtp.sent) == 1


def test_an_edit_after_marking_is_what_is_sent(store: Store) -> None:
    box, smtp = Box(), Smtp()
    uid = box.put("Drafts", draft(body="first words\n"), "$FollowupSend")
    j = job(store, smtp)
    run(j, box, MONDAY_NIGHT)
    # The client saves the edit as a new message with the same Message-ID and the mark.
    del box.folders["Drafts"][uid]
    box.put("Drafts", draft(body="better words\n"), "$FollowupSend")
    run(j, box, TUESDAY_NINE)
    assert b"better words" in smtp.sent[0][0] and box.folders["Drafts"] == {}


def test_a_refusal_is_told_once_and_not_retried_until_the_draft_changes(store: Store) -> None:
    box, smtp = Box(), Smtp(fail=NotifyRefused("the server refused the recipient(s): 550"))
    uid = box.put("Drafts", draft(), "$FollowupSend")
    j = job(store, smtp)
    run(j, box, TUESDAY_NINE)
    for minutes in (5, 60, 600):
        run(j, box, TUESDAY_NINE + timedelta(minutes=minutes))
    [refused] = store.send_requests()
    assert refused.status == "refused" and refused.attempts == 1 and "550" in refused.last_error
    notices = [e for e in store.outbox() if e.action.kind == ActionKind.NOTICE]
    assert len(notices) == 1 and "could not send" in notices[0].action.notice
    assert uid in box.folders["Drafts"]  # the draft is kept
    smtp.fail = None
    box.folders["Drafts"][uid] = (draft(to="rita@acme.example"), {"$FollowupSend"})  # fixed
    run(j, box, TUESDAY_NINE + timedelta(hours=11))  # 20:00: waits for the next morning
    run(j, box, TUESDAY_NINE + timedelta(days=1))
    assert len(smtp.sent) == 1 and store.send_requests()[0].status == "sent"


def test_a_draft_without_recipients_is_refused_without_smtp(store: Store) -> None:
    box, smtp = Box(), Smtp()
    box.put("Followup/Send", b"From: dana@example.org\r\nSubject: x\r\n\r\nhi\r\n")
    run(job(store, smtp), box, TUESDAY_NINE)
    assert smtp.sent == [] and "no recipient" in (store.send_requests()[0].last_error or "")


def test_a_server_that_is_down_is_tried_again_later_in_business_hours(store: Store) -> None:
    box, smtp = Box(), Smtp(fail=NotifyError("cannot reach the SMTP server: refused"))
    box.put("Drafts", draft(), "$FollowupSend")
    j = job(store, smtp)
    run(j, box, datetime(2026, 3, 3, 16, 58, tzinfo=BERLIN))
    [again] = store.send_requests()
    assert again.status == "scheduled" and again.attempts == 1
    assert again.send_at == datetime(2026, 3, 4, 9, 0, tzinfo=BERLIN)  # 17:03 is after hours
    smtp.fail = None
    run(j, box, again.send_at)
    assert len(smtp.sent) == 1


def test_a_link_lost_during_the_transaction_is_unsure_not_resent(store: Store) -> None:
    box = Box()
    smtp = Smtp(fail=NotifyError("connection reset by peer", maybe_accepted=True))
    box.put("Drafts", draft(), "$FollowupSend")
    j = job(store, smtp)
    run(j, box, TUESDAY_NINE)
    smtp.fail = None
    run(j, box, TUESDAY_NINE + timedelta(hours=1))
    assert smtp.sent == [] and store.send_requests()[0].status == "unsure"
    [notice] = [e for e in store.outbox() if e.action.kind == ActionKind.NOTICE]
    assert "may or may not have gone out" in notice.action.notice


def test_only_the_errors_flag_says_the_server_may_have_the_message(store: Store) -> None:
    """Whatever its words: an error without the flag is retried, never taken as unsure."""
    box = Box()
    smtp = Smtp(fail=NotifyError("sending through the SMTP server x:465 (tls) failed: reset"))
    box.put("Drafts", draft(), "$FollowupSend")
    j = job(store, smtp)
    run(j, box, TUESDAY_NINE)
    [again] = store.send_requests()
    assert again.status == "scheduled" and again.attempts == 1
    assert [e for e in store.outbox() if e.action.kind == ActionKind.NOTICE] == []
    smtp.fail = None
    run(j, box, again.send_at)
    assert len(smtp.sent) == 1 and store.send_requests()[0].status == "sent"


def test_a_recipient_refused_while_the_others_got_it_is_told_never_resent(
    store: Store,
) -> None:
    box = Box()
    smtp = Smtp(refuse={"nobody@acme.de": (550, "5.1.1 no such user")})
    uid = box.put("Drafts", draft("Rita <rita@acme.de>, nobody@acme.de"), "$FollowupSend")
    j = job(store, smtp)
    said = run(j, box, TUESDAY_NINE)
    for hours in (1, 24, 48):
        run(j, box, TUESDAY_NINE + timedelta(hours=hours))
    run(job(store, smtp), box, TUESDAY_NINE + timedelta(days=3), retry_refused=True)  # restart
    [(_, _, accepted)] = smtp.sent  # once, and never again
    assert accepted == ["rita@acme.de"]
    [done] = store.send_requests()
    assert done.status == "sent" and done.filed_at is not None and done.raw is None
    assert done.last_error == (
        "refused for nobody@acme.de (550 5.1.1 no such user); sent to the others"
    )
    assert any("sent (250 OK queued), but refused for nobody@acme.de" in line for line in said)
    assert uid not in box.folders["Drafts"] and len(box.folders["Sent"]) == 1
    [notice] = [e.action for e in store.outbox() if e.action.kind == ActionKind.NOTICE]
    assert notice.step == "notice:send_later_partly_refused"
    assert "refused it for one recipient: nobody@acme.de (550 5.1.1 no such user)" in (
        notice.notice
    )
    assert "rita@acme.de" in notice.notice  # in the summary: which draft it was
    assert "send it to that person again yourself" in notice.notice
    assert "will not send it again" in notice.notice
    # `followup status` tells it for a week, then lets it go.
    [line] = pending_lines(store, now=TUESDAY_NINE + timedelta(days=3))
    assert line.startswith("send later: to ") and "rita@acme.de" in line
    assert line.endswith(
        "but refused for nobody@acme.de (550 5.1.1 no such user); sent to the others"
    )
    assert pending_lines(store, now=TUESDAY_NINE + timedelta(days=8)) == []


def test_several_refused_recipients_are_all_named(store: Store) -> None:
    app = acme(thread_ids=frozenset({"m1@acme.de"}))
    with store.transaction():
        store.save_application(app, None, "personal")
    box = Box()
    smtp = Smtp(
        refuse={
            "nobody@acme.de": (550, "5.1.1 no such user"),
            "full@acme.de": (452, "4.2.2 mailbox\r\n full"),
        }
    )
    to = "rita@acme.de, nobody@acme.de, full@acme.de"
    box.put("Drafts", draft(to, in_reply_to="<m1@acme.de>"), "$FollowupSend")
    run(job(store, smtp), box, TUESDAY_NINE)
    [notice] = [e.action for e in store.outbox() if e.action.kind == ActionKind.NOTICE]
    assert notice.application_id == "acme-1"  # shown by `followup show` for Acme
    assert (
        "for 2 recipients: nobody@acme.de (550 5.1.1 no such user); "
        "full@acme.de (452 4.2.2 mailbox full)."
    ) in notice.notice
    assert "send it to them again yourself" in notice.notice
    assert store.send_requests()[0].status == "sent"


class Crash(BaseException):
    """The process dying at this very instant (nothing after it runs)."""


def test_a_crash_after_the_servers_250_is_unsure_after_the_restart(store: Store) -> None:
    box = Box()
    box.put("Drafts", draft(), "$FollowupSend")
    handed: list[bytes] = []

    def accept_then_die(raw: bytes, sender: str, recipients: list[str]) -> Delivery:
        handed.append(raw)
        raise Crash

    with pytest.raises(Crash):
        SendLaterJob(ON, store, "personal", PROFILE, None, send=accept_then_die).run(
            box, "Drafts", "Sent", TUESDAY_NINE, BERLIN_USER
        )
    assert store.send_requests()[0].status == "sending"
    smtp = Smtp()
    run(job(store, smtp), box, TUESDAY_NINE + timedelta(minutes=5))  # the restarted daemon
    assert len(handed) == 1 and smtp.sent == []
    assert store.send_requests()[0].status == "unsure"
    assert pending_lines(store) == [
        "send later: to rita@acme.de: 'Re: Interview': UNSURE whether it was sent: check by hand"
    ]


def test_a_crash_found_in_sent_counts_as_sent(store: Store) -> None:
    box = Box()
    box.put("Drafts", draft(), "$FollowupSend")
    with store.transaction():
        store.save_send_request(request("scheduled", folder="Drafts", uid=1))
    with store.transaction():
        store.save_send_request(
            request("sending", folder="Drafts", uid=1, raw=draft(), summary="to rita")
        )
    box.put("Sent", draft())  # e.g. Gmail files what its SMTP server sent
    smtp = Smtp()
    run(job(store, smtp), box, TUESDAY_NINE)
    assert smtp.sent == [] and store.send_requests()[0].status == "sent"
    assert len(box.folders["Sent"]) == 1 and box.folders["Drafts"] == {}


def test_pending_lines_show_the_time_in_the_recipients_zone(store: Store) -> None:
    box = Box()
    box.put("Drafts", draft(), "$FollowupSend")
    run(job(store, Smtp()), box, MONDAY_NIGHT)
    assert pending_lines(store, "personal") == [
        "send later: to rita@acme.de: 'Re: Interview': Tue 03 Mar 09:00 Europe/Berlin"
    ]


def test_the_notice_names_the_application_of_the_thread(store: Store) -> None:
    app = acme(thread_ids=frozenset({"m1@acme.de"}), contact=Person("Rita", "rita@acme.de"))
    with store.transaction():
        store.save_application(app, None, "personal")
    box, smtp = Box(), Smtp(fail=NotifyRefused("the login was refused"))
    box.put("Drafts", draft(in_reply_to="<m1@acme.de>"), "$FollowupSend")
    run(job(store, smtp), box, TUESDAY_NINE)
    [notice] = [e for e in store.outbox() if e.action.kind == ActionKind.NOTICE]
    assert notice.action.application_id == "acme-1"


def test_a_daemon_that_was_down_at_the_moment_waits_for_their_next_morning(store: Store) -> None:
    box, smtp = Box(), Smtp()
    box.put("Drafts", draft(), "$FollowupSend")
    j = job(store, smtp)
    run(j, box, MONDAY_NIGHT)
    run(j, box, TUESDAY_NINE + timedelta(hours=14))  # back at 23:00: not now, at 09:00
    assert smtp.sent == []
    assert store.send_requests()[0].send_at == TUESDAY_NINE + timedelta(days=1)
    run(j, box, TUESDAY_NINE + timedelta(days=1))
    assert len(smtp.sent) == 1


def test_a_message_not_from_the_user_is_never_sent(store: Store) -> None:
    box, smtp = Box(), Smtp()
    received = draft().replace(b"From: Dana Whitfield <dana@example.org>", b"From: rita@acme.de")
    box.put("Followup/Send", received)  # a received message put there by mistake
    run(job(store, smtp), box, TUESDAY_NINE)
    assert smtp.sent == [] and "not from you" in (store.send_requests()[0].last_error or "")


def test_headers_a_client_keeps_for_itself_do_not_go_out() -> None:
    raw = draft().replace(
        b"Subject:",
        b"X-Mozilla-Draft-Info: internal/draft; vcard=0\r\nFCC: imap://x/Sent\r\nSubject:",
    )
    out = outgoing(raw, "<d1@example.org>", TUESDAY_NINE, PROFILE)
    assert b"X-Mozilla-Draft-Info" not in out.wire and b"FCC" not in out.record
    assert b"Subject: Re: Interview" in out.wire


def test_a_deleted_send_folder_is_made_again_and_the_cycle_goes_on(store: Store) -> None:
    from followup.imap import FolderMissing

    class Forgetful(Box):
        """A server whose folder was deleted: STATUS and SEARCH on it fail."""

        def status(self, folder: str) -> object:
            if folder not in self.folders:
                raise FolderMissing(f"{folder} is gone")
            return super().status(folder)

        def uids_after(self, folder: str, last_uid: int) -> tuple[int, list[int]]:
            if folder not in self.folders:
                raise FolderMissing(f"{folder} is gone")
            return super().uids_after(folder, last_uid)

    box, smtp = Forgetful(), Smtp()
    j = job(store, smtp)
    run(j, box, MONDAY_NIGHT)
    del box.folders["Followup/Send"]
    box.put("Drafts", draft(), "$FollowupSend")
    run(j, box, TUESDAY_NINE)
    assert "Followup/Send" in box.folders and len(smtp.sent) == 1


def test_the_commented_example_section_loads_when_uncommented(tmp_path: Path) -> None:
    from followup.paths import shipped_rules_dir

    text = (shipped_rules_dir() / "config.example.yaml").read_text(encoding="utf-8")
    section = text[text.index("# send_later:") :].split("\n\n")[0]  # up to the next section
    lines = [
        line[2:] if line.startswith("# ") else line.lstrip("#") for line in section.splitlines()
    ]
    settings = load(tmp_path, "\n".join(lines).replace("enabled: false", "enabled: true") + "\n")
    assert settings.enabled and settings.keyword == "$FollowupSend"
    assert ("acme.example", "Europe/Berlin") in settings.zones
    assert settings.holidays == (("acme.example", "DE-BE"),)


def test_a_restart_tries_a_refused_draft_once_more(store: Store) -> None:
    box, smtp = Box(), Smtp(fail=NotifyRefused("the login was refused"))
    box.put("Drafts", draft(), "$FollowupSend")
    run(job(store, smtp), box, TUESDAY_NINE)
    smtp.fail = None  # the user fixed the password and restarted the daemon
    run(job(store, smtp), box, TUESDAY_NINE + timedelta(hours=1))
    assert smtp.sent == []  # not without the restart's word
    run(job(store, smtp), box, TUESDAY_NINE + timedelta(hours=2), retry_refused=True)
    assert len(smtp.sent) == 1


def test_in_cycle_sends_only_with_the_workers_outbound_send_later_on(store: Store) -> None:
    from types import SimpleNamespace

    from followup.imap import Folders
    from followup.sendlater import in_cycle
    from followup.service import Outbound

    box, smtp = Box(), Smtp()
    box.put("Drafts", draft(), "$FollowupSend")
    worker = SimpleNamespace(
        runtime=SimpleNamespace(policy=SimpleNamespace(calendar=BERLIN_USER)),
        store=store,
        account=SimpleNamespace(name="personal"),
        profile=PROFILE,
    )
    folders = Folders("INBOX", "Sent", "Drafts")
    for outbound in (Outbound(), Outbound(send_later=SendLater(enabled=False))):
        worker.outbound = outbound
        assert in_cycle(worker, box, folders, TUESDAY_NINE, retry_refused=True) == []  # type: ignore[arg-type]
    assert store.send_requests() == [] and "Followup/Send" not in box.folders
    worker.outbound = SimpleNamespace(send_later=ON, notifier=SimpleNamespace(deliver=smtp))
    said = in_cycle(worker, box, folders, TUESDAY_NINE, retry_refused=True)  # type: ignore[arg-type]
    assert len(smtp.sent) == 1 and any(": sent (" in line for line in said)


def test_a_maildir_account_sends_what_is_put_into_its_send_folder(
    store: Store, tmp_path: Path
) -> None:
    """A local Maildir has folders but no IMAP keywords: the folder is the mark there."""
    from followup.config import NO_SERVER, Account, Credentials, MaildirPlace
    from followup.maildir import MaildirMailbox

    root = tmp_path / "Mail"
    for folder in ("", ".Drafts", ".Sent"):
        for sub in ("cur", "new", "tmp"):
            (root / folder / sub).mkdir(parents=True, exist_ok=True)
    account = Account("local", NO_SERVER, "", Credentials(), maildir=MaildirPlace(root))
    box = MaildirMailbox(account, tmp_path / "state")  # type: ignore[arg-type]
    box.connect()
    folders = box.find_folders()
    smtp = Smtp()
    j = SendLaterJob(ON, store, "local", PROFILE, None, send=smtp)
    j.run(box, folders.drafts, folders.sent, MONDAY_NIGHT, BERLIN_USER)
    send_folder = j.send_folder(box)
    assert send_folder is not None
    box.append(send_folder, draft(), (), MONDAY_NIGHT)
    j.run(box, folders.drafts, folders.sent, MONDAY_NIGHT, BERLIN_USER)
    assert smtp.sent == []
    j.run(box, folders.drafts, folders.sent, TUESDAY_NINE, BERLIN_USER)
    assert len(smtp.sent) == 1
    assert box.uids_after(send_folder, 0)[1] == []
    assert len(box.find_message_id(folders.sent or "", "<d1@example.org>")) == 1


def test_only_a_scheduled_request_can_begin_to_be_sent(store: Store) -> None:
    """Checked under the store's write lock: two processes never both send one draft."""
    with store.transaction():
        store.save_send_request(request("scheduled"))
    with store.transaction():
        store.save_send_request(request("sending"))
    with pytest.raises(StoreError, match="is sending, not scheduled"), store.transaction():
        store.save_send_request(request("sending"))
    with store.transaction():
        store.save_send_request(request("unsure"))
    with pytest.raises(StoreError, match="already unsure"), store.transaction():
        store.save_send_request(request("sending"))


def test_a_request_taken_by_another_process_is_not_sent_here(store: Store) -> None:
    box, smtp = Box(), Smtp()
    box.put("Drafts", draft(), "$FollowupSend")
    j = job(store, smtp)
    run(j, box, MONDAY_NIGHT)
    [scheduled] = store.send_requests()
    with store.transaction():  # the other process began first
        store.save_send_request(step(scheduled, "sending"))
    said = j._send_one(box, scheduled, TUESDAY_NINE, BERLIN_USER)
    assert smtp.sent == [] and "not sent here" in said
