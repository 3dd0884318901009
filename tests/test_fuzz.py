"""Fuzzing the reading path: damaged copies of real mail and random bytes through parse,
classify, extract, the engine and `explain`, which must never raise nor lose a reason.

The default run is bounded (a few hundred inputs, well under a minute). For a long run set
FOLLOWUP_FUZZ=N: N hypothesis examples per property and N mutations per kind of damage.
"""

from __future__ import annotations

import io
import json
import os
import random
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest
from factories import POLICY, engine_settings
from followup import explain
from followup.classify import RuleSet, classify
from followup.engine import process_message
from followup.explain import Source, explain_message, to_json
from followup.extract import extract
from followup.mail import parse
from followup.model import Mail
from followup.store import Store
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

TESTS = Path(__file__).parent
LONG = int(os.environ.get("FOLLOWUP_FUZZ", "0"))
EXAMPLES = LONG or 150  # hypothesis examples per property
MUTANTS = LONG or 40  # damaged copies per kind of damage
SETTINGS = engine_settings()
RULES = RuleSet.default()
ME = SETTINGS.me
NOW = datetime(2026, 3, 2, 9, tzinfo=POLICY.calendar.tz)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not LONG,  # the default run is the same every time; a long run explores
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@cache
def corpus() -> tuple[bytes, ...]:
    """Every real-looking message the tests keep: corpus and hold-out sets."""
    paths = sorted(TESTS.glob("corpus/*.eml")) + sorted(TESTS.glob("holdout*/*.eml"))
    assert len(paths) > 100
    return tuple(path.read_bytes() for path in paths)


# --- kinds of damage -------------------------------------------------------------------------


def flip_bytes(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 30)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def truncate(raw: bytes, rng: random.Random) -> bytes:
    return raw[: rng.randrange(len(raw))]


def duplicate_headers(raw: bytes, rng: random.Random) -> bytes:
    head, sep, body = raw.partition(b"\n\n")
    if not sep:
        head, sep, body = raw.partition(b"\r\n\r\n")
    lines = head.splitlines(keepends=True)
    for _ in range(rng.randint(1, 8)):
        line = rng.choice(lines)
        lines.insert(rng.randrange(len(lines) + 1), line * rng.choice((1, 2, 50)))
    return b"".join(lines) + sep + body


_CHARSETS = [
    b"utf-8", b"iso-8859-1", b"windows-1252", b"shift_jis", b"koi8-r", b"utf-16", b"utf-7",
    b"gb18030", b"x-unknown-charset", b"", b"\"", b"utf-8\x00", b"iso-2022-jp", b"euc-kr",
]  # fmt: skip
_CHARSET = re.compile(rb"charset=\"?[A-Za-z0-9_.:\-]*\"?", re.I)
_ENCODED_WORD = re.compile(rb"=\?[^?\s]+\?([bBqQ])\?")


def swap_charsets(raw: bytes, rng: random.Random) -> bytes:
    raw = _CHARSET.sub(lambda m: b"charset=" + rng.choice(_CHARSETS), raw)
    swapped = _ENCODED_WORD.sub(lambda m: b"=?" + rng.choice(_CHARSETS) + b"?" + m[1] + b"?", raw)
    if swapped == raw:  # a message without declared charsets gets one it does not match
        return b"Content-Type: text/plain; charset=" + rng.choice(_CHARSETS) + b"\n" + raw
    return swapped


_BOUNDARY = re.compile(rb"boundary=\"?([^\";\r\n]+)\"?", re.I)


def damage_boundaries(raw: bytes, rng: random.Random) -> bytes:
    found = _BOUNDARY.findall(raw)
    if not found:
        return raw.replace(b"\n\n", b"\n--\n\n", 1)
    boundary = rng.choice(found)
    choice = rng.randrange(5)
    if choice == 0:  # the closing delimiter is gone
        return raw.replace(b"--" + boundary + b"--", b"")
    if choice == 1:  # the declared boundary is never used
        return raw.replace(b"boundary=", b"boundary=x", 1)
    if choice == 2:  # delimiters cut in half
        return raw.replace(b"--" + boundary, b"--" + boundary[: len(boundary) // 2])
    if choice == 3:  # an empty boundary parameter
        return _BOUNDARY.sub(b'boundary=""', raw, count=1)
    return raw.replace(b"--" + boundary, b"--" + boundary + b"\n--" + boundary, 3)


DAMAGE: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "byte flips": flip_bytes,
    "truncation": truncate,
    "header duplication": duplicate_headers,
    "charset swaps": swap_charsets,
    "boundary damage": damage_boundaries,
}


def mutants(kind: str) -> Iterator[bytes]:
    rng = random.Random(f"{kind}-{LONG}")
    messages = corpus()
    for _ in range(MUTANTS):
        yield DAMAGE[kind](rng.choice(messages), rng)


# --- what must hold for any input ------------------------------------------------------------


def read_whole(raw: bytes) -> Mail:
    """parse → classify → extract, as the daemon does; any exception fails the test."""
    mail = parse(raw)
    assert isinstance(mail, Mail)
    assert mail.message_id
    if mail.unreadable is not None:
        assert mail.unreadable.strip(), "an unreadable message must say why"
        return mail
    verdict = classify(mail, RULES, ME)
    assert verdict.reasons
    extract(mail, verdict, rules=RULES, me=ME, zone="Europe/Berlin")
    return mail


def explain_ok(raw: bytes) -> None:
    """`followup explain` on the bytes: no internal error, and a reason when unreadable."""
    explanation = explain_message(Source("fuzz.eml", raw), RULES, ME, "Europe/Berlin")
    reason = explanation.unreadable
    assert not (reason or "").startswith("internal error"), reason
    if explanation.mail is None or explanation.mail.unreadable:
        assert reason and reason.strip()
    to_json(explanation)  # the --json view reads every field


def engine_ok(store: Store, raw: bytes, uid: int) -> None:
    outcome = process_message(
        store, SETTINGS, folder="INBOX", uidvalidity=1, uid=uid, raw=raw, now=NOW
    )
    assert not (outcome.unreadable or "").startswith("internal error"), outcome.unreadable
    if outcome.category == "unreadable":
        assert outcome.unreadable and outcome.unreadable.strip()
    cursor = store.cursor(SETTINGS.account, "INBOX")
    assert cursor is not None and cursor.last_uid == uid  # recorded, never stuck


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_real_mail_reads_without_an_exception(kind: str) -> None:
    for raw in mutants(kind):
        read_whole(raw)
        explain_ok(raw)


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_real_mail_through_the_engine_is_recorded(kind: str, store: Store) -> None:
    for uid, raw in enumerate(mutants(kind), start=1):
        engine_ok(store, raw, uid)


@pytest.mark.parametrize("as_json", [True, False])
def test_followup_explain_over_a_folder_of_damaged_mail(tmp_path: Path, as_json: bool) -> None:
    """The command as a user runs it on a folder: every file gets its answer, none a crash."""
    count = 0
    for kind in sorted(DAMAGE):
        for number, raw in enumerate(mutants(kind)):
            (tmp_path / f"{kind.replace(' ', '-')}-{number}.eml").write_bytes(raw)
            count += 1
    out, err = io.StringIO(), io.StringIO()
    status = explain.run(
        [str(tmp_path)], as_json=as_json, rules_dir=None, me=",".join(ME),
        stdin=io.BytesIO(), out=out, err=err, zone="Europe/Berlin",
    )  # fmt: skip
    assert status in (0, 1), err.getvalue()
    assert "internal error" not in out.getvalue() and "Traceback" not in err.getvalue()
    if as_json:
        lines = [json.loads(line) for line in out.getvalue().splitlines()]
        assert len(lines) == count


# --- generated input -------------------------------------------------------------------------

_HEADER_NAMES = st.sampled_from(
    ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To",
     "References", "Content-Type", "Content-Transfer-Encoding", "MIME-Version",
     "Auto-Submitted", "List-Id", "Precedence", "Sender", "X-Junk"]
)  # fmt: skip
_VALUES = st.one_of(
    st.text(max_size=80),
    st.binary(max_size=80).map(lambda b: b.decode("latin-1")),
    st.sampled_from(
        ["=?utf-8?b?SGVsbG8=?=", "=?utf-8?q?a=0D=0Ab?=", "=?x?q?=FF?=", "<a@b>", "<>",
         'multipart/mixed; boundary="b"', "text/calendar; method=CANCEL", "base64",
         "quoted-printable", "Mon, 32 Feb 2026 25:61:00 +9999", "\"A, B\" <a@b.c>, ,,",
         "text/plain; charset=utf-7", "@", "a@", "\"unterminated <x@y>"]
    ),
)  # fmt: skip
_BODIES = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from(
        [b"--b\nContent-Type: text/calendar\n\nBEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:x\n--b--",
         b"--b\nContent-Type: text/html\n\n<p>Interview on <b>Monday 10am</b><script>",
         b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nRRULE:FREQ=SECONDLY\nDTSTART:20260302T090000Z\n",
         b"=\n=ZZ=0", b"AAAA====", b"--b\n\n--b\n\n--b--"]
    ),
)  # fmt: skip


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    headers = draw(st.lists(st.tuples(_HEADER_NAMES, _VALUES), max_size=12))
    newline = draw(st.sampled_from([b"\n", b"\r\n", b"\r"]))
    head = newline.join(
        name.encode() + b": " + value.encode("utf-8", "surrogatepass") for name, value in headers
    )
    return head + newline + newline + draw(_BODIES)


@FUZZ
@given(raw=st.binary(max_size=2000))
def test_random_bytes_read_without_an_exception(raw: bytes) -> None:
    read_whole(raw)
    explain_ok(raw)


@FUZZ
@given(raw=messages())
def test_generated_messages_read_without_an_exception(raw: bytes) -> None:
    read_whole(raw)
    explain_ok(raw)


@FUZZ
@given(raw=messages())
def test_generated_messages_through_the_engine_are_recorded(tmp_path: Path, raw: bytes) -> None:
    store = Store.open(tmp_path / f"fuzz-{os.getpid()}.sqlite3")
    try:
        engine_ok(store, raw, 1)
    finally:
        store.close()
        for path in tmp_path.glob("fuzz-*"):
            path.unlink()


def test_non_mail_bytes_are_unreadable_with_a_reason() -> None:
    for raw in (b"", b"\x00" * 100, b"\xff\xfe" * 50, b"just some words, no header\n"):
        mail = parse(raw)
        assert mail.unreadable and mail.unreadable.strip(), raw
