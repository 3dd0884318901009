"""Hostile and pathological messages: header injection into drafts, huge and deep input,
bombs and broken bytes must be read within generous time and memory bounds, or refused
with a reason; never raise, never blow up quadratically."""

from __future__ import annotations

import base64
import gzip
import re
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from factories import CORPUS, OWNER, POLICY, engine_settings
from followup.classify import classify
from followup.config import Profile
from followup.effects import Effects, Places
from followup.engine import process_message, tick
from followup.explain import Source, explain_message
from followup.extract import extract
from followup.mail import parse
from followup.model import Mail
from followup.paths import shipped_rules_dir
from followup.store import Store
from followup.templates import Templates, template_dir
from test_effects import MemoryMailbox

SETTINGS = engine_settings()
NOW = datetime(2026, 3, 2, 9, tzinfo=POLICY.calendar.tz)
SECONDS = 10.0  # generous: the slowest case takes about a second on a shared 2-core box
MEGABYTES = 300
EVIL = "evil@attacker.example"


@dataclass
class Cost:
    seconds: float
    peak_mb: float


def measure(work: Callable[[], Any]) -> tuple[Any, Cost]:
    """Run `work` under tracemalloc: its result, wall time and peak Python memory."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = work()
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, Cost(seconds, peak / 1e6)


def timed(work: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    result = work()
    return result, time.perf_counter() - started


def within_bounds(raw: bytes, store: Store, megabytes: float | None = None) -> Mail:
    """Every reader a message meets (parse, classify, extract, the engine, explain), each
    within SECONDS; with `megabytes`, parse's peak memory under it too (measured apart:
    tracemalloc slows deep recursion tenfold)."""
    mail, seconds = timed(lambda: parse(raw))
    assert seconds < SECONDS, f"parse: {seconds:.1f} s"
    if not mail.unreadable:
        verdict, seconds = timed(lambda: classify(mail, SETTINGS.rules, SETTINGS.me))
        assert seconds < SECONDS, f"classify: {seconds:.1f} s"
        _, seconds = timed(
            lambda: extract(mail, verdict, rules=SETTINGS.rules, me=SETTINGS.me, zone="UTC")
        )
        assert seconds < SECONDS, f"extract: {seconds:.1f} s"
    outcome, seconds = timed(
        lambda: process_message(
            store, SETTINGS, folder="INBOX", uidvalidity=1, uid=1, raw=raw, now=NOW
        )
    )
    assert seconds < SECONDS, f"engine: {seconds:.1f} s"
    assert not (outcome.unreadable or "").startswith("internal error"), outcome.unreadable
    explanation, seconds = timed(
        lambda: explain_message(Source("hostile.eml", raw), SETTINGS.rules, SETTINGS.me)
    )
    assert seconds < SECONDS, f"explain: {seconds:.1f} s"
    assert not (explanation.unreadable or "").startswith("internal error")
    if megabytes is not None:
        _, cost = measure(lambda: classify(parse(raw), SETTINGS.rules, SETTINGS.me))
        assert cost.peak_mb < megabytes, cost
    return mail


def message(headers: str = "", body: bytes = b"Hello.\n", ctype: str = "text/plain") -> bytes:
    head = (
        "From: Rita Recruiter <rita@acme.example>\n"
        f"To: {OWNER}\n"
        "Subject: Interview confirmation\n"
        "Date: Mon, 02 Mar 2026 08:00:00 +0100\n"
        "Message-ID: <hostile@acme.example>\n"
        "MIME-Version: 1.0\n"
        f"Content-Type: {ctype}\n"
    )
    return (head + headers).encode() + b"\n" + body


# --- header injection into drafts --------------------------------------------------------------

# The thread's contact, with a line break hidden in every way a header can carry one.
_NAMES = [
    "=?utf-8?q?Priya_Raman=0D=0ABcc:_evil@attacker.example?=",
    "=?utf-8?b?" + base64.b64encode(b"Priya Raman\r\nBcc: evil@attacker.example").decode() + "?=",
    '"=?utf-8?q?Priya_Raman=0D=0ABcc:_evil@attacker.example?="',
    "=?utf-8?b?" + base64.b64encode(b"Priya Raman\rBcc: evil@attacker.example").decode() + "?=",
    "=?utf-8?q?Priya=0ABcc:evil@attacker.example=0A=0A?=",
]
_SUBJECTS = [
    "=?UTF-8?Q?Acme_Robotics_interview=0D=0ABcc:_evil@attacker.example=0D=0A=0D=0Abody?=",
    "=?UTF-8?B?" + base64.b64encode(b"Acme\rBcc: evil@attacker.example\n").decode() + "?=",
    "Acme =?utf-8?q?=3D=3Futf-8=3Fq=3F=3D0D=3D0ABcc:_evil@attacker.example=3F=3D?=",
]


def poison(raw: bytes, name: str, subject: str) -> bytes:
    """The message with its sender's display name and its subject replaced by hostile ones."""
    head, sep, body = raw.partition(b"\n\n")
    head = head.replace(b"Priya Raman <", name.encode() + b" <")
    head = re.sub(rb"(?m)^Subject:.*(\n[ \t].*)*", b"Subject: " + subject.encode(), head)
    return head + sep + body


def drafts_from(store: Store, thread: list[bytes]) -> list[bytes]:
    """Deliver a thread like the daemon does, let the thank-you fall due, and draft it."""
    for uid, raw in enumerate(thread, start=1):
        date = parse(raw).date
        assert date is not None
        tick(store, POLICY, date)
        process_message(
            store, SETTINGS, folder="INBOX", uidvalidity=1, uid=uid, raw=raw,
            now=date + timedelta(minutes=2),
        )  # fmt: skip
    [app] = store.applications()
    assert app.interview_end is not None, "the poisoned thread must still make an interview"
    assert app.company == "Acme Robotics", "a display name never becomes the company"
    assert app.contact is not None and app.contact.email.endswith("@acme-robotics.example")
    later = app.interview_end + timedelta(hours=3)
    assert tick(store, POLICY, later) > 0
    mailbox = MemoryMailbox()
    profile = Profile(name="Dana Whitfield", email=OWNER, signature="Dana")
    templates = Templates.load(template_dir(shipped_rules_dir()))
    effects = Effects(
        store, mailbox, "dana", profile, templates, "Europe/Berlin", Places("INBOX", "Drafts")
    )  # type: ignore[arg-type]
    effects.run(later)
    return [raw for _, raw, _ in mailbox.folders["Drafts"]]


@pytest.mark.parametrize("subject", _SUBJECTS)
@pytest.mark.parametrize("name", _NAMES)
def test_line_breaks_in_names_and_subjects_never_become_draft_headers(
    tmp_path: Path, name: str, subject: str
) -> None:
    thread = [poison((CORPUS / f"acme-{n}.eml").read_bytes(), name, subject) for n in (1, 2, 3)]
    store = Store.open(tmp_path / "state.sqlite3")
    drafts = drafts_from(store, thread)
    assert drafts, "a thank-you draft was expected"
    allowed = {
        "from", "to", "cc", "subject", "date", "message-id", "in-reply-to", "references",
        "x-followup-action", "content-type", "content-transfer-encoding", "mime-version",
    }  # fmt: skip
    for raw in drafts:
        head = raw.partition(b"\r\n\r\n")[0]
        assert b"\n" not in head.replace(b"\r\n", b""), "a bare LF or CR in the header"
        assert b"\r" not in head.replace(b"\r\n", b"")
        names = {line.split(b":")[0].lower().decode() for line in head.split(b"\r\n")
                 if line and not line[:1].isspace()}  # fmt: skip
        assert names <= allowed, names
        draft = message_from_bytes(raw, policy=policy.default)
        assert draft["Bcc"] is None
        for header in ("To", "Cc"):
            for mailbox in getattr(draft[header], "addresses", ()):
                assert mailbox.addr_spec != EVIL
        assert "\n" not in str(draft["Subject"]) and "\r" not in str(draft["Subject"])


@pytest.mark.parametrize(
    "name",
    [
        "=?utf-8?q?Priya_Raman_evil@attacker.example?=",
        "=?utf-8?q?Evil,_other@attacker.example?=",
        "=?utf-8?Q?x<evil@attacker.example>?=",
        '"=?utf-8?q?Priya_evil@attacker.example?="',
        "=?utf-8?b?" + base64.b64encode(b"Priya evil@attacker.example").decode() + "?=",
    ],
)
def test_an_address_inside_an_encoded_display_name_is_never_the_sender(name: str) -> None:
    raw = message().replace(
        b"From: Rita Recruiter <rita@acme.example>", f"From: {name} <rita@acme.example>".encode()
    )
    sender = parse(raw).sender
    assert sender is not None and sender.email == "rita@acme.example", sender
    assert "@attacker.example" in sender.name  # kept as the name it is


# --- huge, deep and broken messages ------------------------------------------------------------


def test_a_one_megabyte_subject(store: Store) -> None:
    subject = b"Subject: " + b"interview " * 100_000
    raw = message().replace(b"Subject: Interview confirmation", subject)
    mail = within_bounds(raw, store)
    assert len(mail.subject) <= 20_000


def test_a_one_megabyte_encoded_subject(store: Store) -> None:
    words = b"\n ".join([b"=?utf-8?b?" + base64.b64encode(b"interview " * 40) + b"?="] * 2000)
    within_bounds(message().replace(b"Subject: Interview confirmation", b"Subject: " + words),
                  store)  # fmt: skip


def test_five_thousand_received_lines(store: Store) -> None:
    received = "".join(
        f"Received: from relay{n}.example ([10.0.{n % 256}.{n // 256}]) by mx{n}.example "
        f"with ESMTPS id {n:08x}; Mon, 02 Mar 2026 08:00:00 +0100\n"
        for n in range(5000)
    )
    mail = within_bounds(message(headers=received), store)
    assert mail.subject == "Interview confirmation"


def test_ten_thousand_recipients(store: Store) -> None:
    to = ", ".join(f"Person {n} <p{n}@example.com>" for n in range(10_000))
    within_bounds(message(headers=f"Cc: {to}\n"), store)


def test_ten_thousand_recipients_in_one_folded_header(store: Store) -> None:
    to = ",\n ".join(f'"Last{n}, First{n}" <p{n}@example.com>' for n in range(10_000))
    within_bounds(message().replace(f"To: {OWNER}".encode(), f"To: {OWNER},\n {to}".encode()),
                  store)  # fmt: skip


def nested(levels: int) -> bytes:
    parts = b"Interview on Tuesday at 10:00.\n"
    for level in reversed(range(levels)):
        boundary = f"b{level}".encode()
        parts = (
            b"--" + boundary + b"\nContent-Type: "
            + (f'multipart/mixed; boundary="b{level + 1}"'.encode() if level + 1 < levels
               else b"text/plain")
            + b"\n\n" + parts + b"\n--" + boundary + b"--\n"
        )  # fmt: skip
    return message(body=parts, ctype='multipart/mixed; boundary="b0"')


@pytest.mark.slow
def test_a_thousand_levels_of_nested_mime(store: Store) -> None:
    mail = within_bounds(nested(1000), store)
    assert mail.unreadable or any("nested" in note for note in mail.notes)


def test_a_thousand_levels_of_forwarded_messages(store: Store) -> None:
    inner = message()
    for _ in range(1000):
        inner = message(body=inner, ctype="message/rfc822")
    within_bounds(inner, store)


@pytest.mark.slow
def test_a_25_megabyte_attachment(store: Store) -> None:
    blob = base64.encodebytes(bytes(range(256)) * (25_000_000 // 256))
    body = (
        b"--b\nContent-Type: text/plain\n\nPlease find the contract attached.\n"
        b"--b\nContent-Type: application/pdf; name=contract.pdf\n"
        b"Content-Disposition: attachment; filename=contract.pdf\n"
        b"Content-Transfer-Encoding: base64\n\n" + blob + b"--b--\n"
    )
    mail = within_bounds(
        message(body=body, ctype='multipart/mixed; boundary="b"'), store, MEGABYTES
    )
    assert "contract.pdf" in mail.attachments


@pytest.mark.slow
def test_a_huge_base64_text_part_is_cut(store: Store) -> None:
    blob = base64.encodebytes(b"interview " * 1_800_000)  # 18 MB of text, 25 MB encoded
    raw = message(headers="Content-Transfer-Encoding: base64\n", body=blob)
    mail = within_bounds(raw, store, MEGABYTES)
    assert len(mail.text) <= 200_000


def test_a_gzip_bomb_attachment_is_never_expanded(store: Store) -> None:
    bomb = gzip.compress(b"\0" * 200_000_000, compresslevel=9)  # 200 MB in about 200 KB
    body = (
        b"--b\nContent-Type: text/plain\n\nLogs attached.\n"
        b"--b\nContent-Type: application/gzip; name=logs.gz\nContent-Encoding: gzip\n"
        b"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(bomb) + b"--b--\n"
    )
    within_bounds(message(body=body, ctype='multipart/mixed; boundary="b"'), store, 50)


def test_nul_bytes_everywhere(store: Store) -> None:
    raw = message(body=b"Inter\0view on Tue\0sday\0\n").replace(b"Rita", b"Ri\0ta")
    raw = raw.replace(b"Subject: Interview", b"Subject: Inter\0view")
    mail = within_bounds(raw, store)
    assert "\0" not in mail.subject
    assert all("\0" not in (p.name + p.email) for p in (mail.sender, *mail.to) if p)


def test_invalid_utf8_in_every_header(store: Store) -> None:
    junk = b"\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\xed\xa0\x80"
    lines = [
        b"From: " + junk + b" <rita@acme.example>",
        b"To: " + junk + b" <" + OWNER.encode() + b">",
        b"Cc: " + junk,
        b"Reply-To: " + junk + b"@" + junk,
        b"Subject: Interview " + junk,
        b"Date: Mon, 02 Mar 2026 " + junk,
        b"Message-ID: <" + junk + b"@acme.example>",
        b"In-Reply-To: <" + junk + b">",
        b"References: <" + junk + b"> <a@b>",
        b"MIME-Version: 1.0" + junk,
        b"Content-Type: text/plain; charset=" + junk + b"; name=" + junk,
        b"Content-Disposition: attachment; filename*=utf-8''" + junk,
        b"Auto-Submitted: " + junk,
        b"List-Id: " + junk,
        b"X-" + junk + b": " + junk,
    ]
    mail = within_bounds(b"\n".join(lines) + b"\n\nHello " + junk + b"\n", store)
    for text in (mail.subject, mail.message_id, mail.text):
        text.encode("utf-8")  # no lone surrogates survive into what is stored and shown


def calendar(events: str) -> bytes:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nPRODID:-//x//y//EN\r\n"
        + events + "END:VCALENDAR\r\n"
    )  # fmt: skip
    return message(body=ics.encode(), ctype="text/calendar; method=REQUEST; charset=utf-8")


def test_a_calendar_with_ten_thousand_events(store: Store) -> None:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:e{n}@acme.example\r\nDTSTART:20260303T{n % 24:02d}0000Z\r\n"
        f"DTEND:20260303T{n % 24:02d}3000Z\r\nSUMMARY:Interview {n}\r\nEND:VEVENT\r\n"
        for n in range(10_000)
    )
    mail = within_bounds(calendar(events), store, MEGABYTES)
    assert 1 <= len(mail.invites) <= 50  # the first events, not none


def test_a_calendar_repeating_every_second_forever(store: Store) -> None:
    events = (
        "BEGIN:VEVENT\r\nUID:every-second@acme.example\r\nDTSTART:20260303T090000Z\r\n"
        "DTEND:20260303T100000Z\r\nRRULE:FREQ=SECONDLY\r\nSUMMARY:Interview\r\n"
        "EXDATE:" + ",".join(f"20260303T09{m:02d}00Z" for m in range(60)) + "\r\n"
        "END:VEVENT\r\n"
    )
    within_bounds(calendar(events), store)


@pytest.mark.slow
def test_long_lines_without_any_break(store: Store) -> None:
    within_bounds(message(body=b"a" * 20_000_000), store, MEGABYTES)


@pytest.mark.slow
def test_an_html_body_of_three_million_tags(tmp_path: Path) -> None:
    within_bounds(
        message(body=b"<p>" * 3_000_000, ctype="text/html"), Store.open(tmp_path / "s.sqlite3")
    )


def test_reading_grows_linearly_with_the_number_of_recipients() -> None:
    """No quadratic blowup: ten times the recipients costs well under a hundred times."""

    def cost(count: int) -> float:
        """The best of three runs: a busy machine only ever adds time."""
        to = ", ".join(f"P{n} <p{n}@example.com>" for n in range(count))
        raw = message(headers=f"Cc: {to}\n")
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            classify(parse(raw), SETTINGS.rules, SETTINGS.me)
            runs.append(time.perf_counter() - started)
        return min(runs)

    cost(200)  # warm up
    small, large = cost(1000), cost(10_000)
    assert large < max(small, 0.02) * 40, (small, large)  # linear is 10x, quadratic 100x
