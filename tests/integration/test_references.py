"""Reference heads-ups on a real Dovecot, through the command line: two interviews confirmed
in the same week reach each reference as ONE draft listing both, written once.
"""

from __future__ import annotations

import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from followup.paths import shipped_rules_dir
from story import ME, at, config_text, confirmation, once, with_invite
from testmail import folder_messages

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("berlin_user")]

REFERENCES = """\
  career_update: "I now lead the platform team at Initech."
  references:
    - name: Sam Lee
      email: sam@old.example
      relationship: my manager at Globex
      last_worked_together: 2021-2023
      can_speak_to: leading the payments migration
    - name: Kim Park
      email: kim@uni.example
      catch_up: "Since the lab I moved into backend engineering."
"""


def globex_confirmation() -> bytes:
    """A second company confirms an interview on Friday 6 March, 14:00, with Lea Vogel."""
    message = EmailMessage()
    message["From"] = "Tom Berger <tom.berger@globex-systems.example>"
    message["To"] = f"Dana Whitfield <{ME}>"
    message["Subject"] = "Interview confirmation: Platform Engineer at Globex Systems"
    message["Date"] = format_datetime(at(2, 15, 30))
    message["Message-ID"] = "<confirm-88@globex-systems.example>"
    message.set_content(
        "Hi Dana,\n\nI'm happy to confirm your interview for the Platform Engineer role on "
        "Friday, 6 March at 14:00 (Berlin time), a one-hour video call with Lea Vogel, our "
        "Head of Platform. The calendar invitation is attached.\n\nBest,\nTom\n\n--\n"
        "Tom Berger\nRecruiter | Globex Systems GmbH\n"
    )
    event = (
        "UID:interview-88@globex-systems.example\r\n"
        "DTSTAMP:20260302T143000Z\r\n"
        "DTSTART;TZID=Europe/Berlin:20260306T140000\r\n"
        "DTEND;TZID=Europe/Berlin:20260306T150000\r\n"
        "SUMMARY:Interview: Platform Engineer (Dana Whitfield)\r\n"
        "ORGANIZER;CN=Tom Berger:mailto:tom.berger@globex-systems.example\r\n"
        "ATTENDEE;CN=Lea Vogel;ROLE=REQ-PARTICIPANT:mailto:lea.vogel@globex-systems.example\r\n"
        f"ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT:mailto:{ME}\r\n"
    )
    return with_invite(message, "Globex", event)


@pytest.fixture
def setup(dovecot: Any, tmp_path: Path) -> tuple[Any, Path]:
    rules = tmp_path / "rules"
    shutil.copytree(shipped_rules_dir(), rules, ignore=shutil.ignore_patterns("__*"))
    timing = rules / "timing.yaml"
    timing.write_text(timing.read_text().replace("heads_up: on_request", "heads_up: every_round"))
    text = config_text(dovecot, tmp_path / "state").replace(
        "  signature: |", REFERENCES + "  signature: |"
    )
    config = tmp_path / "config.yaml"
    config.write_text(text + f"rules_dir: {rules}\n")
    return dovecot, config


def drafts(dovecot: Any) -> list[Any]:
    return [message for _, _, message in folder_messages(dovecot, "Drafts")]


def test_two_interviews_in_one_week_give_one_heads_up_per_reference(setup: Any) -> None:
    dovecot, config = setup
    dovecot.deliver("INBOX", confirmation())
    once(config, "2026-03-02T12:00+01:00")
    assert drafts(dovecot) == []  # held: another interview may follow this week

    dovecot.deliver("INBOX", globex_confirmation())
    once(config, "2026-03-02T18:00+01:00")
    assert drafts(dovecot) == []

    # A day before the first interview (Wednesday 10:00) the batch is written.
    once(config, "2026-03-03T10:30+01:00")
    written = drafts(dovecot)
    assert sorted(str(d["To"]) for d in written) == [
        "Kim Park <kim@uni.example>",
        "Sam Lee <sam@old.example>",
    ]
    for draft in written:
        body = draft.get_body(("plain",)).get_content()
        assert "Acme Robotics" in body and "Globex Systems" in body, body
        assert "Jonas Becker" in body and "Lea Vogel" in body
        assert "2 companies" in str(draft["Subject"])
    sam = next(d for d in written if "sam@" in str(d["To"]))
    kim = next(d for d in written if "kim@" in str(d["To"]))
    assert "payments migration" in sam.get_body(("plain",)).get_content()
    assert "I now lead the platform team" in sam.get_body(("plain",)).get_content()
    assert "Since the lab I moved" in kim.get_body(("plain",)).get_content()

    # Later cycles, and the same confirmation again, write nothing more.
    dovecot.deliver("INBOX", confirmation("<confirm-7731-resent@acme-robotics.example>"))
    once(config, "2026-03-03T12:00+01:00")
    once(config, "2026-03-03T15:00+01:00")
    assert len(drafts(dovecot)) == 2
