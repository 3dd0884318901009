"""Mail of many applications at once, for the fault tests: each company confirms an
interview, the user thanks, some companies answer (still deciding, a rejection), and
newsletters arrive between; plus `ForkedRun`, a `followup` process to kill at any moment.

Dates are Berlin time in March 2026 (2 March is a Monday), as in story.py.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sys
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from story import BERLIN, ME, with_invite

NAMES = [
    ("Acme Robotics", "acme-robotics.example", "Priya Raman", "Jonas Becker"),
    ("Borealis Data", "borealis-data.example", "Mette Lund", "Søren Holm"),
    ("Cobalt Health", "cobalt-health.example", "Ana Souza", "Luis Ortega"),
    ("Dunmore Freight", "dunmore-freight.example", "Ciara Walsh", "Owen Byrne"),
    ("Elbe Energie", "elbe-energie.example", "Katrin Vogel", "Jürgen Weiß"),
    ("Fjord Payments", "fjord-payments.example", "Ingrid Berg", "Anders Dahl"),
    ("Granite Labs", "granite-labs.example", "Maya Cohen", "Noam Levi"),
    ("Harbor Analytics", "harbor-analytics.example", "Grace Kim", "Daniel Park"),
]


@dataclass(frozen=True)
class Company:
    number: int
    name: str
    domain: str
    recruiter: str
    interviewer: str
    interview: datetime  # start; 45 minutes

    def address(self, person: str) -> str:
        """first.last@domain, in ASCII as most companies spell it (Jürgen -> juergen)."""
        local = ".".join(person.lower().split()[:: len(person.split()) - 1])
        for letter, spelled in (("ü", "ue"), ("ö", "oe"), ("ä", "ae"), ("ß", "ss"), ("ø", "o")):
            local = local.replace(letter, spelled)
        return f"{local}@{self.domain}"

    @property
    def recruiter_header(self) -> str:
        return f"{self.recruiter} <{self.address(self.recruiter)}>"

    @property
    def confirmation_id(self) -> str:
        return f"<confirm-{self.number}@{self.domain}>"

    @property
    def subject(self) -> str:
        return f"Interview confirmation: Backend Engineer at {self.name}"


def companies(count: int = len(NAMES), first_day: int = 3) -> list[Company]:
    """Interviews on consecutive working days of March 2026 from `first_day`, at 10:00."""
    result = []
    day = datetime(2026, 3, first_day, 10, 0, tzinfo=BERLIN)
    for number, (name, domain, recruiter, interviewer) in enumerate(NAMES[:count], start=1):
        while day.weekday() >= 5:
            day += timedelta(days=1)
        result.append(Company(number, name, domain, recruiter, interviewer, day))
        day += timedelta(days=1)
    return result


def confirmation(company: Company, sent: datetime, zone_label: str = "Berlin time") -> bytes:
    """The recruiter confirms the interview, with a calendar invitation; the text gives the
    time in the interview's own zone, called `zone_label`."""
    start = company.interview
    message = EmailMessage()
    message["From"] = company.recruiter_header
    message["To"] = f"Dana Whitfield <{ME}>"
    message["Subject"] = company.subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = company.confirmation_id
    when = start
    message.set_content(
        f"Hi Dana,\n\nthanks for your time on the phone. I'm happy to confirm your interview "
        f"for the Backend Engineer role on {when:%A}, {when.day} {when:%B} at {when:%H:%M} "
        f"(Berlin time), a 45-minute video call with {company.interviewer}, our Engineering "
        "Manager. The calendar invitation is attached.\n\n"
        "We aim to make a decision within a week of the interview.\n\n"
        f"Best,\n{company.recruiter.split()[0]}\n\n--\n{company.recruiter}\n"
        f"Talent Partner | {company.name}\n"
    )
    utc = "%Y%m%dT%H%M%SZ"
    end = start + timedelta(minutes=45)
    event = (
        f"UID:interview-{company.number}@{company.domain}\r\n"
        f"DTSTAMP:{sent.astimezone(UTC):{utc}}\r\n"
        f"DTSTART:{start.astimezone(UTC):{utc}}\r\n"
        f"DTEND:{end.astimezone(UTC):{utc}}\r\n"
        f"SUMMARY:Interview: Backend Engineer (Dana Whitfield)\r\n"
        f"ORGANIZER;CN={company.recruiter}:mailto:{company.address(company.recruiter)}\r\n"
        f"ATTENDEE;CN={company.interviewer};ROLE=REQ-PARTICIPANT:\r\n"
        f" mailto:{company.address(company.interviewer)}\r\n"
        f"ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT:mailto:{ME}\r\n"
    )
    return with_invite(message, f"{company.name}", event)


def zone_at_lunchtime(now: datetime) -> tuple[str, ZoneInfo]:
    """A fixed-offset zone where it is about 14:00 at `now` (for TZ and for mail): a daemon on
    the real clock then has a morning interview behind it and no quiet hours ahead."""
    offset = (14 - now.astimezone(UTC).hour) % 24
    if offset > 12:
        offset -= 24
    name = "Etc/GMT" + (f"{-offset:+d}" if offset else "")  # Etc/GMT-2 is UTC+2
    return name, ZoneInfo(name)


def this_morning(now: datetime, number: int = 1) -> tuple[str, Company]:
    """A company whose interview (09:00-09:45 in the zone of zone_at_lunchtime) is over."""
    name, zone = zone_at_lunchtime(now)
    local = now.astimezone(zone)
    firm, domain, recruiter, interviewer = NAMES[number - 1]
    interview = local.replace(hour=9, minute=0, second=0, microsecond=0)
    return name, Company(number, firm, domain, recruiter, interviewer, interview)


def sent_thanks(company: Company, when: datetime) -> bytes:
    """The user's own thank-you, as the mail client files it in Sent."""
    message = EmailMessage()
    message["From"] = f"Dana Whitfield <{ME}>"
    message["To"] = f"{company.interviewer} <{company.address(company.interviewer)}>"
    message["Subject"] = "Re: " + company.subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<thanks-{company.number}@example.org>"
    message["In-Reply-To"] = company.confirmation_id
    message["References"] = company.confirmation_id
    message.set_content("Thank you for the conversation today.\n\nDana\n")
    return message.as_bytes()


STILL_DECIDING = (
    "Hi Dana,\n\nthank you for your patience. We are still interviewing a few candidates "
    "and expect to make a decision by the end of next week."
)
REJECTION = (
    "Hi Dana,\n\nthank you for taking the time to interview with us. Unfortunately, we have "
    "decided to move forward with other candidates whose experience more closely matches "
    "our needs at this time. We wish you every success in your search."
)


def company_reply(company: Company, when: datetime, text: str, number: int) -> bytes:
    """The recruiter answers in the thread of the user's thank-you."""
    message = EmailMessage()
    message["From"] = company.recruiter_header
    message["To"] = f"Dana Whitfield <{ME}>"
    message["Subject"] = "Re: " + company.subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<reply-{company.number}-{number}@{company.domain}>"
    message["In-Reply-To"] = f"<thanks-{company.number}@example.org>"
    message["References"] = f"{company.confirmation_id} <thanks-{company.number}@example.org>"
    message.set_content(
        f"{text}\n\nBest,\n{company.recruiter.split()[0]}\n\n--\n{company.recruiter}\n"
        f"Talent Partner | {company.name}\n"
    )
    return message.as_bytes()


def newsletter(number: int, when: datetime) -> bytes:
    message = EmailMessage()
    message["From"] = f"Weekly Digest {number % 5} <digest{number % 5}@news.example>"
    message["To"] = ME
    message["Subject"] = f"Your digest #{number}: ten links you might like"
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<digest-{number}@news.example>"
    message["List-Unsubscribe"] = f"<mailto:unsubscribe{number % 5}@news.example>"
    message["List-Id"] = f"<digest{number % 5}.news.example>"
    message.set_content("Ten links you might like.\n")
    return message.as_bytes()


@dataclass(frozen=True)
class Step:
    """Mail that arrives (folder, raw), then one `run --once --as-of` at `as_of`."""

    mail: tuple[tuple[str, bytes], ...]
    as_of: datetime


def story(total: int = 200, steps: int = 25, seed: int = 0) -> list[Step]:
    """`total` messages over `steps` cycles from 2 to 31 March: for each company its
    confirmation, the user's thanks the day of the interview (for every other company; the
    rest get a thank-you draft), then a "still deciding", a rejection or silence (follow-ups
    come due); newsletters fill up the rest. The same seed makes the same story."""
    rng = random.Random(seed)
    firms = companies()
    timed: list[tuple[datetime, str, bytes]] = []
    for company in firms:
        start = company.interview
        sent = start - timedelta(days=1, hours=3)
        timed.append((sent, "INBOX", confirmation(company, sent)))
        if company.number % 2 == 0:
            at = start + timedelta(hours=4)
            timed.append((at, "Sent", sent_thanks(company, at)))
        fate = company.number % 4
        if fate == 1:
            at = start + timedelta(days=3, hours=2)
            timed.append((at, "INBOX", company_reply(company, at, STILL_DECIDING, 1)))
        elif fate == 2:
            at = start + timedelta(days=5, hours=1)
            timed.append((at, "INBOX", company_reply(company, at, REJECTION, 2)))
    first = datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)
    last = datetime(2026, 3, 31, 18, 0, tzinfo=BERLIN)
    span = (last - first).total_seconds()
    for number in range(total - len(timed)):
        at = first + timedelta(seconds=rng.uniform(0, span))
        timed.append((at, "INBOX", newsletter(number, at)))
    timed.sort(key=lambda item: item[0])
    cycle_times = [first + timedelta(seconds=span * (k + 1) / steps) for k in range(steps)]
    result = []
    index = 0
    for as_of in cycle_times:
        batch = []
        while index < len(timed) and timed[index][0] <= as_of:
            batch.append((timed[index][1], timed[index][2]))
            index += 1
        result.append(Step(tuple(batch), as_of))
    assert index == len(timed), "every message arrives before the last cycle"
    return result


# ---- a followup process that can be killed at a chosen moment --------------------------------


class ForkedRun:
    """`followup ARGS` in a child forked from this (test) process, whose imports are done:
    a kill timed from the start hits the cycle, not the interpreter starting up, and a run
    costs no second of start-up on a loaded machine. Its output goes to `log`."""

    def __init__(self, args: Sequence[str], log: Path) -> None:
        from followup.cli import main

        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: run the command line, never return into the test
            code = 70
            try:
                os.dup2(fd, 1)
                os.dup2(fd, 2)
                code = main(list(args))
            except BaseException:  # noqa: BLE001 - the exit code says it failed
                traceback.print_exc()
            finally:
                os._exit(code)
        os.close(fd)
        self.pid = pid
        self.started = time.monotonic()
        self.returncode: int | None = None

    def kill(self) -> None:
        if self.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)

    def wait(self, timeout: float) -> int:
        """The exit code, or minus the signal that ended it (as subprocess says)."""
        deadline = time.monotonic() + timeout
        while self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
            elif time.monotonic() > deadline:
                self.kill()
                raise TimeoutError(f"followup (pid {self.pid}) ran past {timeout} s")
            else:
                time.sleep(0.005)
        return self.returncode
