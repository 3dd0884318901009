"""The sample mailbox of `followup demo`: four weeks of a job search in Berlin, March 2026.

Pure data: three applications (move-on, rejection, references) among alerts and newsletters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from followup.config import Profile, Reference

ZONE = "Europe/Berlin"
BERLIN = ZoneInfo(ZONE)
ME = "dana@example.org"
ME_NAMED = f"Dana Whitfield <{ME}>"
START = datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)  # a Monday
END = datetime(2026, 3, 28, 12, 0, tzinfo=BERLIN)

PROFILE = Profile(
    name="Dana Whitfield",
    email=ME,
    signature="Dana Whitfield · +49 30 1234567 · linkedin.com/in/dana-whitfield",
    pitch="I have spent six years building event-driven platforms that stay up on the "
    "busiest day of the year.",
    career_update="Since we worked together I led the move of our payments platform to "
    "event sourcing.",
    references=(
        Reference(
            name="Ana Ruiz",
            email="ana.ruiz@example.com",
            relationship="my manager at Finlo",
            last_worked_together="2021–2023",
            can_speak_to="leading the payments migration",
        ),
        Reference(
            name="Tomás Ferreira",
            email="tomas.ferreira@example.net",
            relationship="the tech lead I paired with at Finlo",
            last_worked_together="2022–2023",
            can_speak_to="on-call ownership and code review",
        ),
    ),
)


@dataclass(frozen=True)
class Delivery:
    """One message as it lands: when, in which folder, and why it is in the story."""

    at: datetime
    folder: str  # "INBOX" or "Sent"
    raw: bytes
    about: str  # a few words for the timeline


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=BERLIN)


def _message(
    sender: str,
    subject: str,
    when: datetime,
    message_id: str,
    text: str,
    *,
    to: str = ME_NAMED,
    in_reply_to: str | None = None,
    references: str | None = None,
    extra: dict[str, str] | None = None,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = references or in_reply_to
    for name, value in (extra or {}).items():
        message[name] = value
    message.set_content(text)
    return message


def _invite(
    uid: str,
    start: datetime,
    end: datetime,
    summary: str,
    organizer: str,
    people: list[tuple[str, str]],
) -> bytes:
    def stamp(value: datetime) -> str:
        return value.astimezone(BERLIN).strftime("%Y%m%dT%H%M%S")

    attendees = "".join(
        f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT:mailto:{address}\r\n" for name, address in people
    )
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//followup demo//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260301T090000Z\r\n"
        f"DTSTART;TZID={ZONE}:{stamp(start)}\r\nDTEND;TZID={ZONE}:{stamp(end)}\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER:mailto:{organizer}\r\n{attendees}"
        "SEQUENCE:0\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


# -- Acme Robotics: interview, thank-you, silence, two follow-ups, move on ----------------

ACME_CONFIRMATION = "<confirm-7731@acme-robotics.example>"


def acme_confirmation() -> Delivery:
    message = _message(
        "Priya Raman <priya.raman@acme-robotics.example>",
        "Interview confirmation: Senior Backend Engineer at Acme Robotics",
        at(2, 10, 12),
        ACME_CONFIRMATION,
        "Hi Dana,\n\n"
        "thanks for your time on the phone. I'm happy to confirm your interview for the "
        "Senior Backend Engineer role on Wednesday, 4 March at 10:00 (Berlin time), a "
        "45-minute video call with Jonas Becker, our Engineering Manager. The calendar "
        "invitation is attached.\n\n"
        "We aim to make a decision within a week of the interview.\n\n"
        "Best,\nPriya\n\n--\nPriya Raman\nTalent Partner | Acme Robotics GmbH\n",
    )
    message.add_attachment(
        _invite(
            "interview-7731@acme-robotics.example",
            at(4, 10),
            at(4, 10, 45),
            "Interview: Senior Backend Engineer (Dana Whitfield)",
            "priya.raman@acme-robotics.example",
            [("Jonas Becker", "jonas.becker@acme-robotics.example"), ("Dana Whitfield", ME)],
        ),
        maintype="text",
        subtype="calendar",
        params={"method": "REQUEST"},
        filename="invite.ics",
    )
    return Delivery(at(2, 10, 12), "INBOX", message.as_bytes(policy=SMTP), "Acme confirms")


# -- Alpenglanz (German): interview with two people, a timeline, a rejection -------------

ALPENGLANZ_INVITE = "<e4d5c6b7a8f94e21b0c3@alpenglanz.example>"
RETO = "Reto Ammann <reto.ammann@alpenglanz.example>"


def alpenglanz_invite() -> Delivery:
    text = (
        "Grüezi Frau Whitfield\n\n"
        "Herzlichen Dank für Ihre Bewerbung als Backend-Entwicklerin und Ihr Interesse an "
        "der Alpenglanz Software AG. Gerne bestätigen wir Ihnen das Vorstellungsgespräch via "
        "Zoom:\n\n"
        "Dienstag, 10. März 2026, 09:30–10:30 Uhr (MEZ)\n"
        "mit Nadja Steiner (Teamleiterin Backend) und Reto Ammann (HR Business Partner)\n\n"
        "Die Kalendereinladung mit dem Zoom-Link finden Sie im Anhang.\n\n"
        "Freundliche Grüsse\n\nReto Ammann\nHR Business Partner\n"
        "Alpenglanz Software AG | Hardstrasse 219 | 8005 Zürich\n"
    )
    message = _message(
        RETO,
        "Bestätigung Vorstellungsgespräch – Backend-Entwicklerin / Backend-Entwickler",
        at(3, 8, 45),
        ALPENGLANZ_INVITE,
        text,
    )
    message.add_attachment(
        _invite(
            "gespraech-4471@alpenglanz.example",
            at(10, 9, 30),
            at(10, 10, 30),
            "Vorstellungsgespräch Dana Whitfield",
            "reto.ammann@alpenglanz.example",
            [
                ("Nadja Steiner", "nadja.steiner@alpenglanz.example"),
                ("Reto Ammann", "reto.ammann@alpenglanz.example"),
                ("Dana Whitfield", ME),
            ],
        ),
        maintype="text",
        subtype="calendar",
        params={"method": "REQUEST"},
        filename="einladung.ics",
    )
    return Delivery(at(3, 8, 45), "INBOX", message.as_bytes(policy=SMTP), "Alpenglanz invites")


def alpenglanz_timeline() -> Delivery:
    message = _message(
        RETO,
        "Re: Bestätigung Vorstellungsgespräch – Backend-Entwicklerin / Backend-Entwickler",
        at(11, 13, 20),
        "<a1b2c3d4e5f64a7b8c9d@alpenglanz.example>",
        "Guten Tag Frau Whitfield\n\n"
        "Vielen Dank für das angenehme Gespräch von gestern. Nadja und ich haben den "
        "Austausch sehr geschätzt.\n\n"
        "Wir führen in dieser Woche noch weitere Gespräche und werden Ihnen innerhalb von "
        "10 Werktagen einen Bescheid geben.\n\n"
        "Freundliche Grüsse\nReto Ammann\n",
        in_reply_to=ALPENGLANZ_INVITE,
    )
    return Delivery(at(11, 13, 20), "INBOX", message.as_bytes(policy=SMTP), "Alpenglanz: 10 days")


def alpenglanz_rejection() -> Delivery:
    message = _message(
        RETO,
        "Ihre Bewerbung bei der Alpenglanz Software AG",
        at(20, 11, 0),
        "<f7e6d5c4b3a24190a8b7@alpenglanz.example>",
        "Sehr geehrte Frau Whitfield\n\n"
        "Nochmals vielen Dank für Ihr Interesse an der Alpenglanz Software AG und für die "
        "Zeit, die Sie sich für unseren Bewerbungsprozess genommen haben.\n\n"
        "Nach sorgfältiger Prüfung aller Kandidaturen haben wir uns entschieden, den Prozess "
        "mit einer anderen Person weiterzuführen, deren Profil unseren aktuellen "
        "Anforderungen noch etwas besser entspricht. Dieser Entscheid ist uns nicht "
        "leichtgefallen.\n\n"
        "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.\n\n"
        "Freundliche Grüsse\nReto Ammann\nHR Business Partner\n",
        in_reply_to=ALPENGLANZ_INVITE,
    )
    return Delivery(at(20, 11), "INBOX", message.as_bytes(policy=SMTP), "Alpenglanz says no")


# -- Brightwave: interview, thank-you, a reference request ------------------------------

BRIGHTWAVE_CONFIRMATION = "<interview-2291@brightwave.example>"
KELSEY = "Kelsey Moran <kelsey.moran@brightwave.example>"


def brightwave_confirmation() -> Delivery:
    message = _message(
        KELSEY,
        "Your interview with Brightwave Analytics – Staff Data Engineer",
        at(4, 16, 30),
        BRIGHTWAVE_CONFIRMATION,
        "Hi Dana,\n\n"
        "great news: the team would like to meet you. Your interview for the Staff Data "
        "Engineer position is confirmed for Friday, 6 March, 15:00–16:00 (Berlin time), on "
        "Google Meet with Marcus Lee, our Head of Data. The invitation is attached.\n\n"
        "We expect to get back to you within two weeks.\n\n"
        "Cheers,\nKelsey\n\nKelsey Moran | Recruiting | Brightwave Analytics\n",
    )
    message.add_attachment(
        _invite(
            "bw-2291@brightwave.example",
            at(6, 15),
            at(6, 16),
            "Interview: Staff Data Engineer – Dana Whitfield",
            "kelsey.moran@brightwave.example",
            [("Marcus Lee", "marcus.lee@brightwave.example"), ("Dana Whitfield", ME)],
        ),
        maintype="text",
        subtype="calendar",
        params={"method": "REQUEST"},
        filename="invite.ics",
    )
    return Delivery(at(4, 16, 30), "INBOX", message.as_bytes(policy=SMTP), "Brightwave confirms")


def brightwave_references() -> Delivery:
    message = _message(
        KELSEY,
        "Re: Your interview with Brightwave Analytics – Staff Data Engineer",
        at(12, 9, 40),
        "<refs-2291@brightwave.example>",
        "Hi Dana,\n\n"
        "thanks again for Friday – Marcus enjoyed the conversation. As a next step, could "
        "you send us the names and contact details of two references, ideally a former "
        "manager and a close colleague? We'd like to speak with them early next week.\n\n"
        "Cheers,\nKelsey\n",
        in_reply_to=BRIGHTWAVE_CONFIRMATION,
    )
    return Delivery(
        at(12, 9, 40), "INBOX", message.as_bytes(policy=SMTP), "Brightwave: references?"
    )


# -- noise: none of it may start or move anything -----------------------------------------


def job_alert() -> Delivery:
    message = _message(
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>",
        "12 new jobs for “Backend Engineer” in Berlin",
        at(3, 7, 2),
        "<alert-8812@linkedin.example>",
        "Your job alert for Backend Engineer in Berlin\n\n"
        "Senior Backend Engineer – Nimbus Pay – Berlin (hybrid)\n"
        "Platform Engineer – Kraken Logistics – Remote\n"
        "Backend Developer (Go) – Stadtwerk Digital – Berlin\n\n"
        "See all jobs: https://www.linkedin.example/jobs/alerts\n"
        "Unsubscribe: https://www.linkedin.example/unsub\n",
        to=ME,
        extra={
            "List-Unsubscribe": "<https://www.linkedin.example/unsub>",
            "Precedence": "bulk",
        },
    )
    return Delivery(at(3, 7, 2), "INBOX", message.as_bytes(policy=SMTP), "a job alert")


def job_alert_fr() -> Delivery:
    message = _message(
        "Welcome to the Jungle <alertes@wttj.example>",
        "5 nouvelles offres : Ingénieur·e backend",
        at(9, 7, 30),
        "<alerte-5521@wttj.example>",
        "Bonjour Dana,\n\n5 nouvelles offres correspondent à votre alerte « Ingénieur·e "
        "backend » :\n\n– Ingénieur·e backend senior – Qonto – Paris\n"
        "– Développeur·se Python – Alan – Remote\n\n"
        "Se désabonner : https://wttj.example/unsub\n",
        to=ME,
        extra={"List-Unsubscribe": "<https://wttj.example/unsub>", "Precedence": "bulk"},
    )
    return Delivery(at(9, 7, 30), "INBOX", message.as_bytes(policy=SMTP), "a French job alert")


def newsletter() -> Delivery:
    message = _message(
        "The Pragmatic Backend <hello@pragmatic-backend.example>",
        "Issue #87: interviews are a two-way street",
        at(5, 6, 15),
        "<issue-87@pragmatic-backend.example>",
        "This week: how to interview your interviewer, three questions to ask about on-call, "
        "and why your thank-you note matters less than you think.\n",
        to=ME,
        extra={
            "List-Id": "The Pragmatic Backend <weekly.pragmatic-backend.example>",
            "List-Unsubscribe": "<mailto:leave@pragmatic-backend.example>",
        },
    )
    return Delivery(at(5, 6, 15), "INBOX", message.as_bytes(policy=SMTP), "a newsletter")


def webinar() -> Delivery:
    message = _message(
        "Postgres Days <events@pgdays.example>",
        "Invitation: Webinar – Scaling Postgres to 1M writes/s",
        at(9, 12, 0),
        "<webinar-33@pgdays.example>",
        "You're registered! Join us on Thursday, 19 March at 17:00 CET for a live session "
        "with the Postgres Days speakers. The calendar invitation is attached.\n",
        to=ME,
        extra={"List-Unsubscribe": "<mailto:leave@pgdays.example>"},
    )
    message.add_attachment(
        _invite(
            "webinar-33@pgdays.example",
            at(19, 17),
            at(19, 18),
            "Webinar: Scaling Postgres",
            "events@pgdays.example",
            [("Dana Whitfield", ME)],
        ),
        maintype="text",
        subtype="calendar",
        params={"method": "REQUEST"},
        filename="webinar.ics",
    )
    return Delivery(at(9, 12), "INBOX", message.as_bytes(policy=SMTP), "a webinar invitation")


def deliveries() -> list[Delivery]:
    """Everything that arrives on its own, in time order (the user's replies are made by
    demo.py from the drafts, the day they are drafted)."""
    return sorted(
        [
            acme_confirmation(),
            alpenglanz_invite(),
            alpenglanz_timeline(),
            alpenglanz_rejection(),
            brightwave_confirmation(),
            brightwave_references(),
            job_alert(),
            job_alert_fr(),
            newsletter(),
            webinar(),
        ],
        key=lambda d: d.at,
    )


def sent_copy(draft: bytes, when: datetime, number: int) -> bytes:
    """What the user's client puts into Sent when the user sends a draft: the same people,
    subject, thread and text, a Date and Message-ID of its own."""
    from email import message_from_bytes
    from email.policy import default

    original = message_from_bytes(draft, policy=default)
    body = original.get_body(("plain",))
    text = body.get_content() if body is not None else ""
    message = _message(
        str(original["From"] or ME_NAMED),
        str(original["Subject"] or ""),
        when,
        f"<sent-{number}@example.org>",
        text,
        to=str(original["To"] or ""),
        in_reply_to=str(original["In-Reply-To"]) if original["In-Reply-To"] else None,
        references=str(original["References"]) if original["References"] else None,
    )
    return message.as_bytes(policy=SMTP)


def send_delay() -> timedelta:
    """How long after a draft appears the user sends it."""
    return timedelta(minutes=40)
