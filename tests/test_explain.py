"""explain: the `followup explain` engine; its --json output is a contract and tested exactly."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from followup.explain import JSON_KEYS, run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ME = "dana@example.org"

INVITE = """\
From: Priya Raman <priya.raman@acme-robotics.example>
To: Dana Whitfield <dana@example.org>
Subject: Interview confirmed: Senior Backend Engineer at Acme Robotics
Date: Tue, 13 Jan 2026 14:31:09 +0000
Message-ID: <invite-1@acme-robotics.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Hi Dana,

your interview is confirmed - the calendar invite is attached. You'll meet
Jonas Becker (Engineering Manager). We'll get back to you within a week.

Best,
Priya
--b1
Content-Type: text/calendar; charset=utf-8; method=REQUEST

BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:evt-42@acme-robotics.example
SEQUENCE:0
DTSTAMP:20260113T143000Z
DTSTART:20260121T090000Z
DTEND:20260121T094500Z
SUMMARY:Interview: Dana Whitfield (Senior Backend Engineer)
ORGANIZER;CN=Priya Raman:mailto:priya.raman@acme-robotics.example
ATTENDEE;CN=Jonas Becker:mailto:jonas.becker@acme-robotics.example
ATTENDEE;CN=Dana Whitfield:mailto:dana@example.org
END:VEVENT
END:VCALENDAR
--b1--
"""

REJECTION = """\
From: Acme Talent <talent@acme-robotics.example>
To: dana@example.org
Subject: Your application
Date: Mon, 02 Feb 2026 10:00:00 +0100
Message-ID: <no-1@acme-robotics.example>

Dear Dana, thank you for your interest. Unfortunately we have decided to move forward
with other candidates.
"""


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode()


def explain(
    paths: list[str], *, json_out: bool = True, stdin: bytes = b"", **kw: object
) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(
        paths,
        as_json=json_out,
        rules_dir=kw.pop("rules_dir", None),  # type: ignore[arg-type]
        me=kw.pop("me", ME),  # type: ignore[arg-type]
        stdin=io.BytesIO(stdin),
        out=out,
        err=err,
        **kw,  # type: ignore[arg-type]
    )
    return status, out.getvalue(), err.getvalue()


def lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines()]


def test_json_contract_exactly(tmp_path: Path) -> None:
    path = tmp_path / "invite.eml"
    path.write_bytes(crlf(INVITE))
    status, out, _ = explain([str(path)], zone="Europe/Berlin")
    assert status == 0
    [obj] = lines(out)
    assert tuple(obj) == JSON_KEYS
    rules = obj.pop("rules")
    assert isinstance(rules, list) and rules and all(isinstance(r, str) for r in rules)
    assert obj == {
        "file": str(path),
        "message_id": "invite-1@acme-robotics.example",
        "category": "interview_confirmation",
        "company": "Acme Robotics",
        "role": "Senior Backend Engineer",
        "interview": {"start": "2026-01-21T10:00:00+01:00", "end": "2026-01-21T10:45:00+01:00"},
        "interviewers": [{"name": "Jonas Becker", "email": "jonas.becker@acme-robotics.example"}],
        "decision_timeline": {"text": "within a week", "date": "2026-01-20"},
        "unreadable": None,
    }


def test_json_for_a_message_without_facts(tmp_path: Path) -> None:
    path = tmp_path / "no.eml"
    path.write_bytes(crlf(REJECTION))
    _, out, _ = explain([str(path)])
    [obj] = lines(out)
    assert obj["category"] == "rejection"
    assert obj["interview"] is None and obj["interviewers"] == []
    assert obj["decision_timeline"] is None and obj["unreadable"] is None
    assert obj["rules"] and obj["rules"][0] == "rejection"  # type: ignore[index]


def test_directory_maildir_and_stdin(tmp_path: Path) -> None:
    folder = tmp_path / "mails"
    folder.mkdir()
    (folder / "a.eml").write_bytes(crlf(INVITE))
    (folder / "b.eml").write_bytes(crlf(REJECTION))
    (folder / "notes.txt").write_text("not mail")
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "new" / "1700000000.1.host").write_bytes(crlf(REJECTION))
    (maildir / "cur" / "1700000001.2.host:2,S").write_bytes(crlf(INVITE))
    status, out, _ = explain([str(folder), str(maildir), "-"], stdin=crlf(REJECTION))
    objs = lines(out)
    assert status == 0
    assert [Path(str(o["file"])).name for o in objs] == [
        "a.eml",
        "b.eml",
        "1700000000.1.host",
        "1700000001.2.host:2,S",
        "-",
    ]
    assert [o["category"] for o in objs][-1] == "rejection"


def test_unreadable_file_is_reported_and_the_rest_continue(tmp_path: Path) -> None:
    good = tmp_path / "good.eml"
    good.write_bytes(crlf(REJECTION))
    status, out, _ = explain([str(tmp_path / "missing.eml"), str(good)])
    first, second = lines(out)
    assert status == 1
    assert tuple(first) == JSON_KEYS
    assert first["category"] is None and "cannot read" in str(first["unreadable"])
    assert first["rules"] == [] and first["interviewers"] == []
    assert second["category"] == "rejection"


def test_garbage_bytes_are_unreadable_but_still_one_json_line() -> None:
    status, out, _ = explain(["-"], stdin=b"\x00\xff garbage \x00" * 10)
    [obj] = lines(out)
    assert tuple(obj) == JSON_KEYS and obj["unreadable"]
    assert status == 0


def test_broken_rules_exit_2_with_a_clear_message(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "mine.yaml").write_text(
        "rules:\n  - name: r1\n    category: rejection\n    when:\n      bodyy: [no]\n"
    )
    status, out, err = explain(["-"], stdin=crlf(REJECTION), rules_dir=rules)
    assert status == 2 and out == ""
    assert f"{rules / 'mine.yaml'}:5:7: rule 'r1': unknown key 'bodyy'" in err


def test_custom_rules_dir_is_used(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "only.yaml").write_text(
        "rules:\n  - {name: everything-is-an-offer, category: offer, when: {body: [dana]}}\n"
    )
    _, out, _ = explain(["-"], stdin=crlf(REJECTION), rules_dir=rules)
    [obj] = lines(out)
    assert obj["category"] == "offer" and obj["rules"] == ["everything-is-an-offer"]


def test_human_output_says_why(tmp_path: Path) -> None:
    path = tmp_path / "invite.eml"
    path.write_bytes(crlf(INVITE))
    status, out, _ = explain([str(path)], json_out=False, zone="Europe/Berlin")
    assert status == 0
    assert "category     interview_confirmation" in out
    assert "decided by" in out and "carries a calendar invite" in out
    assert "interview    2026-01-21 10:00+01:00 – 2026-01-21 10:45+01:00" in out
    assert "Jonas Becker <jonas.becker@acme-robotics.example>" in out
    assert "timeline     'within a week' → 2026-01-20" in out


def test_me_marks_the_owners_mail_as_user_sent(tmp_path: Path) -> None:
    mine = REJECTION.replace(
        "Acme Talent <talent@acme-robotics.example>", "Dana <Dana@Example.org>"
    )
    _, out, _ = explain(["-"], stdin=crlf(mine), me="someone@else.example, dana@example.org")
    assert lines(out)[0]["category"] == "user_sent"


@pytest.mark.parametrize("empty", [b"", b"\r\n\r\n"])
def test_empty_input(empty: bytes) -> None:
    _, out, _ = explain(["-"], stdin=empty)
    [obj] = lines(out)
    assert obj["unreadable"]


# ---------------------------------------------------------------------------------------------
# Fuzz: explain never raises and always prints one JSON line per message, whatever the bytes.

_pieces = st.sampled_from(
    [
        b"From: a@b.c\r\n",
        b"Subject: Interview\r\n",
        b"Date: Mon, 02 Feb 2026 10:00:00 +0100\r\n",
        b"Content-Type: multipart/mixed; boundary=x\r\n",
        b"--x\r\n",
        b"--x--\r\n",
        b"Content-Type: text/calendar; method=CANCEL\r\n",
        b"BEGIN:VCALENDAR\r\n",
        b"BEGIN:VEVENT\r\n",
        b"DTSTART;TZID=Nowhere:20260101T100000\r\n",
        b"END:VEVENT\r\n",
        b"\r\n",
        b"unfortunately we decided",
        b"\xff\xfe\x00",
        b"=?utf-8?q?=E2=82?=",
        INVITE.encode(),
    ]
)
_raw = st.one_of(st.binary(max_size=2000), st.lists(_pieces, max_size=30).map(b"".join))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_raw)
def test_explain_never_raises_on_arbitrary_bytes(raw: bytes) -> None:
    status, out, _ = explain(["-"], stdin=raw)
    [obj] = lines(out)
    assert tuple(obj) == JSON_KEYS and status in (0, 1)
