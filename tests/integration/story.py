"""Real mail for the daemon's integration tests: one application's messages, as sent.

Each builder returns the bytes a mail server would hold; dates are Berlin time in March 2026
(2 March 2026 is a Monday).
"""

from __future__ import annotations

import io
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
ME = "dana@example.org"
RECRUITER = "Priya Raman <priya.raman@acme-robotics.example>"
CONFIRMATION_ID = "<confirm-7731@acme-robotics.example>"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=BERLIN)


def with_invite(message: EmailMessage, organiser: str, event: str) -> bytes:
    """`message` with a calendar invitation attached: one confirmed VEVENT whose lines from
    UID to the attendees are `event`, as hiring tools send it."""
    ics = (
        f"BEGIN:VCALENDAR\r\nPRODID:-//{organiser}//Hiring//EN\r\nVERSION:2.0\r\n"
        f"METHOD:REQUEST\r\nBEGIN:VEVENT\r\n{event}"
        "SEQUENCE:0\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    message.add_attachment(
        ics.encode(), maintype="text", subtype="calendar", params={"method": "REQUEST"},
        filename="invite.ics",
    )  # fmt: skip
    return message.as_bytes()


def confirmation(message_id: str = CONFIRMATION_ID) -> bytes:
    """The recruiter confirms an interview on Wednesday 4 March, 10:00–10:45, with Jonas."""
    message = EmailMessage()
    message["From"] = RECRUITER
    message["To"] = f"Dana Whitfield <{ME}>"
    message["Subject"] = "Interview confirmation: Senior Backend Engineer at Acme Robotics"
    message["Date"] = format_datetime(at(2, 10, 12))
    message["Message-ID"] = message_id
    message.set_content(
        "Hi Dana,\n\n"
        "thanks for your time on the phone. I'm happy to confirm your interview for the "
        "Senior Backend Engineer role on Wednesday, 4 March at 10:00 (Berlin time), a "
        "45-minute video call with Jonas Becker, our Engineering Manager. The calendar "
        "invitation is attached.\n\n"
        "We aim to make a decision within a week of the interview.\n\n"
        "Best,\nPriya\n\n--\nPriya Raman\nTalent Partner | Acme Robotics GmbH\n"
    )
    event = (
        "UID:interview-7731@acme-robotics.example\r\n"
        "DTSTAMP:20260302T091200Z\r\n"
        "DTSTART;TZID=Europe/Berlin:20260304T100000\r\n"
        "DTEND;TZID=Europe/Berlin:20260304T104500\r\n"
        "SUMMARY:Interview: Senior Backend Engineer (Dana Whitfield)\r\n"
        "ORGANIZER;CN=Priya Raman:mailto:priya.raman@acme-robotics.example\r\n"
        "ATTENDEE;CN=Jonas Becker;ROLE=REQ-PARTICIPANT:\r\n"
        " mailto:jonas.becker@acme-robotics.example\r\n"
        f"ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT:mailto:{ME}\r\n"
    )
    return with_invite(message, "Acme Robotics", event)


def user_reply(
    to: str, subject: str, when: datetime, text: str, in_reply_to: str, number: int
) -> bytes:
    """What the user's mail client puts into Sent when they send a reply."""
    message = EmailMessage()
    message["From"] = f"Dana Whitfield <{ME}>"
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<sent-{number}@example.org>"
    message["In-Reply-To"] = in_reply_to
    message["References"] = f"{CONFIRMATION_ID} {in_reply_to}".strip()
    message.set_content(text + "\n\nDana\n")
    return message.as_bytes()


def newsletter(number: int) -> bytes:
    message = EmailMessage()
    message["From"] = "Weekly Digest <digest@news.example>"
    message["To"] = ME
    message["Subject"] = f"Your weekly digest #{number}"
    message["Date"] = format_datetime(at(3, 7))
    message["Message-ID"] = f"<digest-{number}@news.example>"
    message["List-Unsubscribe"] = "<mailto:unsubscribe@news.example>"
    message.set_content("Ten links you might like.\n")
    return message.as_bytes()


def config_text(
    dovecot: Any,
    state_dir: Path,
    *,
    security: str = "tls",
    ca_file: Path | None | str = "server's",
    password_file: Path | None = None,
) -> str:
    """A config file for the test user of `dovecot` (a tests/integration/dovecot.Dovecot)."""
    port = dovecot.imaps_port if security == "tls" else dovecot.imap_port
    ca = dovecot.ca_file if ca_file == "server's" else ca_file
    lines = [
        "accounts:",
        "  - name: personal",
        f"    imap: {{host: {dovecot.host}, port: {port}, security: {security}}}",
        f"    username: {dovecot.user}",
        f"    ca_file: {ca or 'null'}",
        f"    password_file: {password_file or dovecot.password_file}",
        "    timeout: 10",
        "profile:",
        "  name: Dana Whitfield",
        f"  email: {ME}",
        '  pitch: "I have spent six years building event-driven platforms."',
        "  signature: |",
        "    Dana Whitfield · +49 30 1234567 · linkedin.com/in/dana",
        f"state_dir: {state_dir}",
    ]
    return "\n".join(lines) + "\n"


def company_reply(when: datetime, text: str, in_reply_to: str, number: int) -> bytes:
    """The recruiter answers in the thread."""
    message = EmailMessage()
    message["From"] = RECRUITER
    message["To"] = f"Dana Whitfield <{ME}>"
    message["Subject"] = "Re: Interview confirmation: Senior Backend Engineer at Acme Robotics"
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<reply-{number}@acme-robotics.example>"
    message["In-Reply-To"] = in_reply_to
    message["References"] = f"{CONFIRMATION_ID} {in_reply_to}"
    message.set_content(
        text + "\n\nBest,\nPriya\n\n--\nPriya Raman\nTalent Partner | Acme Robotics GmbH\n"
    )
    return message.as_bytes()


def once(config: Path, when: str) -> str:
    """One `followup run --once` at `when` (ISO), as a timer would run it; its output."""
    from followup.cli import main

    out = io.StringIO()
    code = main(["--config", str(config), "run", "--once", "--as-of", when], out=out)
    assert code == 0, out.getvalue()
    return out.getvalue()
