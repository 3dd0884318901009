# ruff: noqa: E501
"""Non-events of kinds the first corpus does not have, mostly hard, plus three easy controls."""

from __future__ import annotations

from source.lib import (
    L,
    alt,
    auto_html,
    cal_file,
    cal_inline,
    html,
    mid,
    mixed,
    msg,
    text,
)

from .common import qword, tzblock

# =========================================================================== newsletters

HACKERRANK_TEXT = """
Hi Dana,

Technical interviews changed a lot in 2025. Our new Interview Prep Kit is built for how companies hire in 2026.

What's new
• 60 new interview questions on SQL, Python and system design
• AI Mock Interviewer: practise a full 45-minute technical interview and get feedback in minutes
• Company guides: what to expect in the interview loops at 200+ tech companies

Schedule your first mock interview: https://www.hackerrank.com/interview/prep-kit?utm_source=newsletter&utm_campaign=jan26

Good luck with your next interview!
The HackerRank Team

HackerRank, 2880 Lakeside Dr, Santa Clara, CA 95054 · Unsubscribe: https://www.hackerrank.com/email/unsubscribe
"""

msg(
    "hackerrank-1",
    f"""
    From: HackerRank <newsletter@hackerrank.com>
    To: dana.whitfield@example.org
    Subject: Your next technical interview, sorted: the 2026 Interview Prep Kit
    Date: Tue, 20 Jan 2026 16:00:00 +0000
    Message-ID: {mid("hackerrank-1", "mail.hackerrank.com")}
    List-Unsubscribe: <https://www.hackerrank.com/email/unsubscribe>, <mailto:unsubscribe@hackerrank.com>
    List-Unsubscribe-Post: List-Unsubscribe=One-Click
    Precedence: bulk
    """,
    alt(
        text(HACKERRANK_TEXT),
        html(
            auto_html(HACKERRANK_TEXT, "font-family:Arial,sans-serif;font-size:15px;color:#0e141e")
        ),
    ),
    L(
        "newsletter",
        hard_negative=True,
        notes="Assessment-platform marketing full of interview vocabulary ('Schedule your first mock interview', '45-minute technical interview').",
    ),
)

CODILITY_HTML = """
<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#222">
<h2>The State of Tech Hiring 2026</h2>
<p>Hi Dana,</p>
<p>Candidates won't wait. In our survey of 4,200 engineers, <b>61% dropped out of a process</b> when they did not hear back within a week of an interview.</p>
<p>The fastest-hiring teams now commit to a hiring decision within 48 hours of the final interview &ndash; and their offer acceptance rate is 23 points higher.</p>
<table cellpadding="8" style="background:#f4f1ff;border-radius:6px"><tr><td>
<b>Webinar: Structured interviews candidates actually like</b><br>
Thursday, February 19, 2026 &middot; 5:00 PM CET &middot; 45 minutes<br>
<a href="https://www.codility.com/webinars/structured-interviews-2026">Save your seat</a>
</td></tr></table>
<p><a href="https://www.codility.com/reports/state-of-tech-hiring-2026">Download the full report</a></p>
<p>&mdash; The Codility team</p>
<p style="font-size:11px;color:#888">You are receiving this because you took a Codility assessment and opted in to news. <a href="https://www.codility.com/unsubscribe">Unsubscribe</a></p>
</body></html>
"""

msg(
    "codility-1",
    f"""
    From: Codility <news@codility.com>
    To: dana.whitfield@example.org
    Subject: The State of Tech Hiring 2026: candidates won't wait
    Date: Thu, 5 Feb 2026 15:30:00 +0000
    Message-ID: {mid("codility-1", "mail.codility.com")}
    List-Unsubscribe: <https://www.codility.com/unsubscribe>
    Precedence: bulk
    """,
    html(CODILITY_HTML),
    L(
        "newsletter",
        hard_negative=True,
        notes="Marketing report: 'within a week of an interview', 'a hiring decision within 48 hours of the final interview', a webinar date and time. Newsletter text never gives a decision_date.",
    ),
)

WORKABLE_NEWS_TEXT = """
Workable Recruiting Newsletter · February 2026

How to write a rejection email candidates won't hate

Most candidates never hear back after an interview – and they remember it. Here's a template you can adapt:

    Subject: Your application for [Job title] at [Company]

    Dear [Candidate name],

    Thank you for taking the time to interview for the [Job title] position. Unfortunately, we have decided to move forward with another candidate whose experience more closely matches our needs at this time.

    We were impressed by [specific strength] and will keep your CV on file for future openings.

    Best regards,
    [Your name]

Three rules for better rejection emails
1. Send them: silence is the worst rejection.
2. Be specific and kind, but don't over-explain.
3. Tell candidates when they'll hear back. "You'll hear from us within 5 business days" beats any apology for a delay.

Read more: 12 rejection email templates for every stage → https://resources.workable.com/rejection-email-templates

You're receiving this because you subscribed to Workable's recruiting newsletter. Unsubscribe: https://resources.workable.com/unsubscribe
"""

msg(
    "workable-news-1",
    f"""
    From: Workable <newsletter@workable.com>
    To: dana.whitfield@example.org
    Subject: How to write a rejection email candidates won't hate (templates inside)
    Date: Wed, 11 Feb 2026 14:00:00 +0000
    Message-ID: {mid("workable-news-1", "resources.workable.com")}
    List-Unsubscribe: <https://resources.workable.com/unsubscribe>
    List-Id: Workable Recruiting Newsletter <recruiting-newsletter.workable.com>
    Precedence: bulk
    """,
    alt(
        text(WORKABLE_NEWS_TEXT),
        html(auto_html(WORKABLE_NEWS_TEXT, "font-family:Georgia,serif;font-size:16px")),
    ),
    L(
        "newsletter",
        hard_negative=True,
        notes="HR newsletter about rejection-email best practice, from the same ATS vendor that carries the Kaleido process. It contains a complete rejection template ('we have decided to move forward with another candidate') and a decision-timeline phrase, all as advice.",
    ),
)

GLASSDOOR_TEXT = """
New interview reviews at companies you follow

Kaleido Systems – Senior Data Engineer interview (Singapore)
"Process took about three weeks. Recruiter screen, technical interview with two engineers, then system design and a chat with the CTO. Heard back within a week after each round. Got an offer."
Interview difficulty: 3.4 / 5 · Experience: positive

Okapi Payments – Backend Engineer interview (Berlin)
"Friendly first call with People & Talent and the engineering lead, then a take-home. They told me I'd get an answer by Friday and they kept their word. Declined offer."
Interview difficulty: 2.9 / 5 · Experience: positive

See all 14 new reviews: https://www.glassdoor.com/Interview/index.htm?follow=1

Glassdoor, Inc. · You are receiving this email because you follow these companies. Manage email settings: https://www.glassdoor.com/member/emailSettings
"""

msg(
    "glassdoor-reviews-1",
    f"""
    From: Glassdoor Community <community@glassdoor.com>
    To: dana.whitfield@example.org
    Subject: New interview reviews: Kaleido Systems, Okapi Payments
    Date: Sat, 14 Feb 2026 09:00:00 +0000
    Message-ID: {mid("glassdoor-reviews-1", "mail.glassdoor.com")}
    List-Unsubscribe: <https://www.glassdoor.com/member/emailSettings/unsubscribe>
    Precedence: bulk
    """,
    alt(
        text(GLASSDOOR_TEXT),
        html(auto_html(GLASSDOOR_TEXT, "font-family:Arial,sans-serif;font-size:14px")),
    ),
    L(
        "newsletter",
        hard_negative=True,
        notes="Review digest naming two pipeline companies, with other people's interview stories, 'within a week', 'by Friday' and 'offer'. company null: nothing here is Dana's process.",
    ),
)

IRONBARK_NEWS_TEXT = """
THE IRONBARK LEDGER · March 2026

Hello from The Rocks!

In this issue
• Customer story: how a NSW energy retailer cut month-end close from 9 days to 2
• Engineering: our move from nightly batch to incremental dbt models
• Life at Ironbark: the team's Easter long weekend plans

We're hiring: Lead Analytics Engineer (Sydney or remote, APAC/EU hours)
Curious what our interview process looks like? It's four steps: an intro call with our talent team, a video interview with our Head of Data, a case study, and a final conversation with two of the team. We aim to give every candidate a decision within 10 business days of their final interview.
See all open roles: https://ironbark-analytics.example/careers

Until next month,
The Ironbark team

You're receiving The Ironbark Ledger because you subscribed on ironbark-analytics.example. Unsubscribe: https://ironbark-analytics.example/newsletter/unsubscribe
"""

msg(
    "ironbark-news-1",
    f"""
    From: Ironbark Analytics <news@ironbark-analytics.example>
    To: dana.whitfield@example.org
    Subject: The Ironbark Ledger - March 2026
    Date: Wed, 25 Mar 2026 12:00:00 +1100
    Message-ID: {mid("ironbark-news-1", "news.ironbark-analytics.example")}
    List-Unsubscribe: <https://ironbark-analytics.example/newsletter/unsubscribe>
    List-Id: The Ironbark Ledger <ledger.ironbark-analytics.example>
    Precedence: bulk
    """,
    alt(
        text(IRONBARK_NEWS_TEXT),
        html(auto_html(IRONBARK_NEWS_TEXT, "font-family:Lato,Arial,sans-serif;font-size:15px")),
    ),
    L(
        "newsletter",
        hard_negative=True,
        notes="Company newsletter from the domain of a pipeline company, advertising the very role Dana applied for and describing its interview process and decision time. Marketing from a company: company null. Sent 12:00 AEDT = 02:00 in Berlin, the same day.",
    ),
)

COOKING_TEXT = """
The Weeknight Table – Issue 112

Five soups for the last cold weeks of winter

1. Red lentil and coconut soup with lime
2. Roasted cauliflower and white bean soup
3. Miso noodle soup with greens
4. Smoky black bean soup
5. Leek and potato, the classic

Each one takes under 40 minutes and freezes well. Get the recipes: https://weeknighttable.example/issue-112

Happy cooking,
Ruth

Unsubscribe: https://weeknighttable.example/unsubscribe
"""

msg(
    "weeknight-1",
    f"""
    From: Ruth at The Weeknight Table <hello@weeknighttable.example>
    To: dana.whitfield@example.org
    Subject: Five soups for the last cold weeks
    Date: Sun, 22 Feb 2026 08:30:00 +0000
    Message-ID: {mid("weeknight-1", "weeknighttable.example")}
    List-Unsubscribe: <https://weeknighttable.example/unsubscribe>
    Precedence: bulk
    """,
    text(COOKING_TEXT),
    L("newsletter", notes="Easy negative: a cooking newsletter."),
)

# =========================================================================== unrelated calendar

DOCTOLIB_TEXT = """
Hello Dana Whitfield,

Your appointment is confirmed.

Dr. Henrik Vogel – Dentist
Kastanienallee 71, 10435 Berlin

Thursday 12 February 2026, 08:15 – 08:45
Reason for visit: Check-up (new patient)

Please bring your health insurance card and arrive 10 minutes early to fill in the medical questionnaire.

If you cannot attend, please cancel at least 24 hours in advance: https://www.doctolib.de/appointments

A calendar invitation is attached.

The Doctolib team
"""

DOCTOLIB_ICS = f"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Appointments//EN
METHOD:REQUEST
{tzblock("Europe/Berlin")}
BEGIN:VEVENT
UID:appt-5518820391@doctolib.de
DTSTAMP:20260202T184510Z
DTSTART;TZID=Europe/Berlin:20260212T081500
DTEND;TZID=Europe/Berlin:20260212T084500
SUMMARY:Dr. Henrik Vogel – Check-up (new patient)
LOCATION:Kastanienallee 71\\, 10435 Berlin
ORGANIZER;CN=Dr. Henrik Vogel:mailto:no-reply@doctolib.de
ATTENDEE;CN=Dana Whitfield;RSVP=FALSE:mailto:dana.whitfield@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

msg(
    "doctolib-dental-1",
    f"""
    From: Doctolib <no-reply@doctolib.de>
    To: dana.whitfield@example.org
    Subject: {qword("Appointment confirmed – Thursday 12 February 2026 at 08:15")}
    Date: Mon, 2 Feb 2026 19:45:10 +0100
    Message-ID: {mid("doctolib-dental-1", "doctolib.de")}
    Auto-Submitted: auto-generated
    """,
    mixed(
        alt(
            text(DOCTOLIB_TEXT),
            html(
                auto_html(
                    DOCTOLIB_TEXT,
                    "font-family:Montserrat,Arial,sans-serif;font-size:14px;color:#107aca",
                )
            ),
        ),
        cal_file(DOCTOLIB_ICS, "appointment.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="Dentist booked via Doctolib (English interface), with a METHOD:REQUEST .ics whose organiser is a 'Dr.': shaped like a confirmation, but not hiring.",
    ),
)

MEETUP_TEXT = """
You're going!

How we interview data engineers (and what we got wrong)
Berlin Data Engineering Meetup

Thursday, March 19, 2026
6:30 PM to 9:00 PM CET

Lumenfield GmbH, Schlesische Str. 26, 10997 Berlin (4th floor)

Talks
• Jan Brodersen (Okapi Payments): Our interview loop, version 4
• Mira Sandoval: Take-home assignments – fair or free labour?

Pizza and drinks from 6:30 PM. Please bring an ID for the front desk.

Can't make it? Update your RSVP so someone on the waitlist can go: https://www.meetup.com/berlin-data-engineering/events/308112477/

Meetup
"""

MEETUP_ICS = f"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Meetup//RemoteApi//EN
METHOD:PUBLISH
{tzblock("Europe/Berlin")}
BEGIN:VEVENT
UID:event_308112477@meetup.com
DTSTAMP:20260310T110133Z
DTSTART;TZID=Europe/Berlin:20260319T183000
DTEND;TZID=Europe/Berlin:20260319T210000
SUMMARY:How we interview data engineers (and what we got wrong)
LOCATION:Lumenfield GmbH (Schlesische Str. 26\\, 10997 Berlin)
URL:https://www.meetup.com/berlin-data-engineering/events/308112477/
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

msg(
    "meetup-1",
    f"""
    From: Meetup <info@email.meetup.com>
    To: dana.whitfield@example.org
    Subject: You're going to "How we interview data engineers (and what we got wrong)"
    Date: Tue, 10 Mar 2026 12:01:33 +0100
    Message-ID: {mid("meetup-1", "email.meetup.com")}
    List-Unsubscribe: <https://www.meetup.com/email/unsubscribe/rsvp>
    Auto-Submitted: auto-generated
    """,
    mixed(
        alt(
            text(MEETUP_TEXT),
            html(auto_html(MEETUP_TEXT, "font-family:Graphik,Arial,sans-serif;font-size:15px")),
        ),
        cal_file(MEETUP_ICS, "event.ics", "text/calendar", method="PUBLISH"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="Meetup RSVP with an .ics: 'interview' in the title and an engineer of a pipeline company (Okapi) as speaker.",
    ),
)

KRANICH_TEXT = """
Hi all,

as you have been nominated as interviewers for our Q2 hiring (Data Platform and Payments), please join this mandatory 90-minute training before your first interview panel.

Agenda
• How we run structured interviews: question banks and scorecards
• Avoiding bias in interviews and debriefs
• Writing fair, specific rejection feedback
• Our promise to candidates: a decision within 5 business days of the final interview

Please accept this invitation so we can plan the room. If you cannot make it, there is a second session in April.

Viele Grüße
Katrin Böhm
People & Culture | Kranich Data GmbH
"""

KRANICH_ICS = f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{tzblock("W. Europe Standard Time")}
BEGIN:VEVENT
ORGANIZER;CN=Katrin Böhm:mailto:katrin.boehm@kranich-data.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hiring panel Q2:mailto:hiring-panel-q2@kranich-data.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dana Whitfield:mailto:dana.whitfield@example.org
DESCRIPTION;LANGUAGE=en-US:Mandatory interviewer training for Q2 hiring panels.
UID:040000008200E00074C5B7101A82E00800000000C7D8E9F0A1B2DC010000000000000000100000004B5C6D7E8F901A2B3C4D5E6F708192A3
SUMMARY;LANGUAGE=en-US:Interviewer training: structured interviews & fair feedback
DTSTART;TZID=W. Europe Standard Time:20260224T140000
DTEND;TZID=W. Europe Standard Time:20260224T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260209T081522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Berlin HQ – Raum Spree / Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""

msg(
    "kranich-1",
    f"""
    From: =?utf-8?Q?Katrin_B=C3=B6hm?= <katrin.boehm@kranich-data.example>
    To: Hiring panel Q2 <hiring-panel-q2@kranich-data.example>, Dana Whitfield
     <dana.whitfield@example.org>
    Subject: Interviewer training: structured interviews & fair feedback (mandatory for Q2 panels)
    Date: Mon, 9 Feb 2026 09:15:22 +0100
    Message-ID: {mid("kranich-1", "", "outlook")}
    Content-Language: en-US
    """,
    alt(text(KRANICH_TEXT), cal_inline(KRANICH_ICS, "REQUEST")),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="Outlook meeting request from Dana's CURRENT employer (sent to her private address too): training for people who conduct interviews. Dana would be the interviewer, so it is not her hiring process. It even states a decision-time promise, for other candidates.",
    ),
)

EXPONENT_TEXT = """
Your peer mock interview is confirmed!

Type: System design (60 minutes)
When: Saturday, March 7, 2026, 11:00 AM – 12:00 PM CET
Partner: Arvid L. – Senior Data Engineer, 7 years of experience

How it works: you interview your partner for 30 minutes using the question we'll show you, then you switch roles. Both of you get written feedback afterwards.

Join: https://www.tryexponent.com/practice/room/b71c2e

Good luck!
The Exponent team
"""

EXPONENT_ICS = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Exponent//Peer Mock Interviews//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:peer-mock-b71c2e@tryexponent.com
DTSTAMP:20260304T191000Z
DTSTART:20260307T100000Z
DTEND:20260307T110000Z
SUMMARY:Peer mock interview: System design (Exponent)
LOCATION:https://www.tryexponent.com/practice/room/b71c2e
ORGANIZER;CN=Exponent:mailto:team@tryexponent.com
ATTENDEE;CN=Dana Whitfield;RSVP=TRUE:mailto:dana.whitfield@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

msg(
    "exponent-1",
    f"""
    From: Exponent <team@tryexponent.com>
    To: dana.whitfield@example.org
    Subject: {qword("Confirmed: peer mock interview (System design) – Sat, Mar 7, 11:00 AM CET")}
    Date: Wed, 4 Mar 2026 20:10:00 +0100
    Message-ID: {mid("exponent-1", "tryexponent.com")}
    Auto-Submitted: auto-generated
    """,
    mixed(
        alt(
            text(EXPONENT_TEXT),
            html(auto_html(EXPONENT_TEXT, "font-family:Inter,Arial,sans-serif;font-size:15px")),
        ),
        cal_file(EXPONENT_ICS, "invite.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="Peer MOCK interview on a practice platform: 'Confirmed', a time, an .ics with METHOD:REQUEST and an 'interviewer' partner, but practice, not hiring.",
    ),
)

BRANDT_TEXT = """
Hallo Dana Whitfield,

vielen Dank für Ihre Buchung bei Steuerkanzlei Brandt.

Buchungsdetails

Service: Erstberatung Einkommensteuer 2025 (45 Min.)
Mitarbeiter: Thomas Brandt
Datum und Uhrzeit: Dienstag, 17. März 2026 09:00 - 09:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Ort: Microsoft Teams-Besprechung

An Ihrem Termin teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SteuerBrandt%40thread.v2/0

Buchung verwalten: https://outlook.office365.com/owa/calendar/Termine@steuerkanzleibrandt.onmicrosoft.com/bookings/

Bitte halten Sie Ihre Lohnsteuerbescheinigung bereit.

Steuerkanzlei Brandt
"""

BRANDT_ICS = f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{tzblock("W. Europe Standard Time")}
BEGIN:VEVENT
ORGANIZER;CN=Steuerkanzlei Brandt - Termine:mailto:Termine@steuerkanzleibrandt.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Thomas Brandt:mailto:thomas.brandt@steuerkanzlei-brandt.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Dana Whitfield:mailto:dana.whitfield@example.org
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F90A1B2
SUMMARY;LANGUAGE=de-DE:Erstberatung Einkommensteuer 2025
DTSTART;TZID=W. Europe Standard Time:20260317T090000
DTEND;TZID=W. Europe Standard Time:20260317T094500
DTSTAMP:20260306T103412Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
"""

msg(
    "brandt-1",
    f"""
    From: Steuerkanzlei Brandt - Termine <Termine@steuerkanzleibrandt.onmicrosoft.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?utf-8?Q?Buchung_best=C3=A4tigt_bei_Steuerkanzlei_Brandt?=
    Date: Fri, 6 Mar 2026 11:34:12 +0100
    Message-ID: {mid("brandt-1", "", "outlook")}
    X-MS-Exchange-Organization-BookingsEmail: Confirmation
    Auto-Submitted: auto-generated
    """,
    alt(text(BRANDT_TEXT), cal_inline(BRANDT_ICS, "REQUEST")),
    L(
        "unrelated_calendar",
        language="de",
        hard_negative=True,
        notes="Microsoft Bookings confirmation for a tax adviser: the same vendor format as the Prairie Signal interview booking (prairie-3).",
    ),
)

IMMO_TEXT = """
Hallo Frau Whitfield,

der Anbieter Herr Kowalski hat Sie zu einem Besichtigungstermin eingeladen:

2-Zimmer-Wohnung, 58 m², Weserstraße 14, 12047 Berlin
Mittwoch, 25.03.2026, 18:15 – 18:30 Uhr

Bitte bestätigen Sie den Termin oder sagen Sie ihn ab: https://www.immobilienscout24.de/termine/8812003

Bitte bringen Sie folgende Unterlagen mit:
• SCHUFA-Auskunft
• Gehaltsnachweise der letzten drei Monate
• Mietschuldenfreiheitsbescheinigung

Der Anbieter entscheidet in der Regel innerhalb einer Woche nach der Besichtigung.

Viel Erfolg bei der Wohnungssuche!
Ihr ImmoScout24-Team
"""

msg(
    "immoscout-1",
    f"""
    From: ImmoScout24 <noreply@immobilienscout24.de>
    To: dana.whitfield@example.org
    Subject: Einladung zur Besichtigung: 2-Zimmer-Wohnung, Weserstr.
    Date: Fri, 20 Mar 2026 17:22:08 +0100
    Message-ID: {mid("immoscout-1", "immobilienscout24.de")}
    Auto-Submitted: auto-generated
    """,
    alt(
        text(IMMO_TEXT),
        html(auto_html(IMMO_TEXT, "font-family:'Make It Sans',Arial,sans-serif;font-size:15px")),
    ),
    L(
        "unrelated_calendar",
        language="de",
        hard_negative=True,
        notes="Flat viewing: 'Einladung', 'Termin', documents to bring (Gehaltsnachweise), and a decision phrase ('entscheidet ... innerhalb einer Woche nach der Besichtigung') – about a flat.",
    ),
)

ZOOM_TEXT = """
Hi Dana,

Thank you for registering for "Life at Kaleido: Ask our engineers anything".

Please submit any questions to: talent@kaleido-systems.example

Date & Time: Feb 26, 2026 07:00 PM Singapore

Join from PC, Mac, iPad, or Android: https://kaleido-systems.zoom.us/w/93841126650?tk=Xr2b8sLq

Passcode: 551208

Add to calendar: the .ics file is attached.

You can cancel your registration at any time.
"""

ZOOM_ICS = f"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{tzblock("Asia/Singapore")}
BEGIN:VEVENT
DTSTAMP:20260219T100000Z
DTSTART;TZID=Asia/Singapore:20260226T190000
DTEND;TZID=Asia/Singapore:20260226T200000
SUMMARY:Life at Kaleido: Ask our engineers anything
UID:ZOOM93841126650@zoom.us
LOCATION:https://kaleido-systems.zoom.us/w/93841126650
DESCRIPTION:Webinar hosted by Kaleido Systems.
END:VEVENT
END:VCALENDAR
"""

msg(
    "zoom-kaleido-1",
    f"""
    From: Kaleido Systems <no-reply@zoom.us>
    Reply-To: talent@kaleido-systems.example
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Kaleido Systems Webinar Registration Confirmation
    Date: Thu, 19 Feb 2026 18:00:00 +0800
    Message-ID: {mid("zoom-kaleido-1", "zoom.us")}
    Auto-Submitted: auto-generated
    """,
    mixed(
        alt(
            text(ZOOM_TEXT),
            html(auto_html(ZOOM_TEXT, "font-family:Lato,Arial,sans-serif;font-size:14px")),
        ),
        cal_file(ZOOM_ICS, "invite.ics", "text/calendar", method="PUBLISH"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="Webinar run by a company where Dana is in the final round (Kaleido): a webinar, even from a pipeline company, is not part of her process (README). Marketing from a company: company null.",
    ),
)

# =========================================================================== job alerts

JOBSTREET_TEXT = """
12 new jobs for "data engineer" in Singapore

Senior Data Engineer, Risk
Kaleido Systems · Central Region
SGD 12,000 – 15,000 per month · Quick apply · Employer usually responds within 3 days

Data Platform Engineer
Harbourfront Bank · Marina Bay
Fast interview process – hiring now

Lead Data Engineer
Merlion Logistics · Jurong East
Interviews next week · Relocation support

See all 12 jobs: https://sg.jobstreet.com/data-engineer-jobs/in-Singapore?alert=58812

You're receiving this job alert because you saved the search "data engineer" in Singapore. Manage alerts: https://sg.jobstreet.com/alerts
"""

msg(
    "jobstreet-1",
    f"""
    From: Jobstreet <noreply@e.jobstreet.com>
    To: dana.whitfield@example.org
    Subject: 12 new jobs for "data engineer" in Singapore
    Date: Mon, 2 Feb 2026 08:00:00 +0800
    Message-ID: {mid("jobstreet-1", "e.jobstreet.com")}
    List-Unsubscribe: <https://sg.jobstreet.com/alerts/unsubscribe?alert=58812>
    Precedence: bulk
    """,
    alt(
        text(JOBSTREET_TEXT),
        html(auto_html(JOBSTREET_TEXT, "font-family:Roboto,Arial,sans-serif;font-size:14px")),
    ),
    L(
        "job_alert",
        hard_negative=True,
        notes="Job alert naming a pipeline company (another Kaleido role), 'Fast interview process', 'Interviews next week', 'responds within 3 days'.",
    ),
)

NVB_TEXT = """
Hoi Dana,

Er zijn 5 nieuwe vacatures voor 'data engineer' in Amsterdam.

Data Engineer
Grachtwerk B.V. · Amsterdam · 32-40 uur
Direct een sollicitatiegesprek!

Backend Developer (Python)
Vinkel Studio · Amsterdam · 40 uur

Senior Data Engineer
Polderdata · Amstelveen · 36 uur
Binnen 1 week uitsluitsel

Bekijk alle vacatures: https://www.nationalevacaturebank.nl/vacatures?zoekopdracht=data-engineer&alert=77120

Je ontvangt deze e-mail omdat je een vacaturemelding hebt ingesteld. Afmelden: https://www.nationalevacaturebank.nl/afmelden
"""

msg(
    "nvb-1",
    f"""
    From: Nationale Vacaturebank <vacaturemelding@nationalevacaturebank.nl>
    To: dana.whitfield@example.org
    Subject: 5 nieuwe vacatures voor 'data engineer' in Amsterdam
    Date: Mon, 26 Jan 2026 07:00:00 +0100
    Message-ID: {mid("nvb-1", "nationalevacaturebank.nl")}
    List-Unsubscribe: <https://www.nationalevacaturebank.nl/afmelden>
    Precedence: bulk
    """,
    alt(text(NVB_TEXT), html(auto_html(NVB_TEXT, "font-family:Arial,sans-serif;font-size:14px"))),
    L(
        "job_alert",
        language="nl",
        hard_negative=True,
        notes="Dutch job alert listing the Vinkel role Dana applied for, plus 'Direct een sollicitatiegesprek!' and 'Binnen 1 week uitsluitsel' (answer within a week).",
    ),
)

# =========================================================================== recruiter outreach

TALENTIO_TEXT = """
Good news, Dana!

Northlake Mobility sent you an interview request for Senior Data Engineer.

Salary offered: €85k – €95k · Berlin · Hybrid (2 days in office)

Message from Ines Hartmann, Head of Data:
"Hi Dana, your Kafka and dbt experience stood out – we're rebuilding our trip-data platform and I'd love to tell you about it. Would you be up for a first interview?"

Accept or decline this request within 5 days: https://app.talent.io/candidate/requests/6d20e4

The talent.io team
"""

msg(
    "talentio-1",
    f"""
    From: talent.io <hello@talent.io>
    To: dana.whitfield@example.org
    Subject: {qword("Northlake Mobility wants to interview you 🎉")}
    Date: Tue, 3 Mar 2026 10:20:00 +0100
    Message-ID: {mid("talentio-1", "mail.talent.io")}
    Auto-Submitted: auto-generated
    """,
    alt(
        text(TALENTIO_TEXT),
        html(auto_html(TALENTIO_TEXT, "font-family:Inter,Arial,sans-serif;font-size:15px")),
    ),
    L(
        "recruiter_outreach",
        hard_negative=True,
        role="Senior Data Engineer",
        notes="Reverse-marketplace 'interview request': the company approached Dana on her talent.io profile; she never applied. Unsolicited, so outreach, and company null (not one of her applications). 'within 5 days' is Dana's deadline.",
    ),
)

INMAIL_TEXT = """
Dana, you have 3 new messages

Sophie Laurent · Talent Partner at Meridian Bank
Lead Data Engineer – first interview this week?
Hi Dana, I came across your profile and would love to set up a first interview for our Lead Data Engineer role in Frankfurt...

Marco Rinaldi · Senior Recruiter at TechHunt Italia
Opportunità Senior Data Engineer (full remote)
Ciao Dana, ti scrivo per una posizione che potrebbe interessarti...

Kai Sørensen · Head of Data at Fjelltopp
Quick chat?
Hi Dana – we're building a streaming platform for Nordic ferries and I think you'd...

View messages: https://www.linkedin.com/messaging/

This email was intended for Dana Whitfield (Backend & Data Engineer). Unsubscribe: https://www.linkedin.com/e/v2?e=inmail-digest
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
"""

msg(
    "inmail-1",
    f"""
    From: LinkedIn <inmail-hit-reply@linkedin.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Dana, you have 3 new InMail messages
    Date: Wed, 18 Feb 2026 07:30:00 +0000
    Message-ID: {mid("inmail-1", "linkedin.com")}
    List-Unsubscribe: <https://www.linkedin.com/e/v2?e=inmail-digest>
    Precedence: bulk
    """,
    alt(
        text(INMAIL_TEXT),
        html(
            auto_html(
                INMAIL_TEXT, "font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px"
            )
        ),
    ),
    L(
        "recruiter_outreach",
        hard_negative=True,
        notes="InMail digest: three unsolicited recruiter messages (one proposes a 'first interview this week'). Several roles, so role null.",
    ),
)

TECHHUNT_TEXT = """
Ciao Dana,

mi chiamo Marco e lavoro per TechHunt Italia, società di ricerca e selezione specializzata in profili tech.

Ti scrivo perché sto seguendo, per un nostro cliente (una scale-up fintech milanese), la ricerca di un/una Senior Data Engineer in full remote. Stack: Python, Kafka, Snowflake; RAL fino a 70.000 €.

Ti andrebbe di fare un colloquio conoscitivo telefonico di 15 minuti? Sono disponibile giovedì o venerdì pomeriggio. Il cliente conta di chiudere la selezione entro fine marzo.

Un saluto,
Marco Rinaldi
Senior Recruiter – TechHunt Italia
"""

msg(
    "techhunt-1",
    f"""
    From: Marco Rinaldi <marco.rinaldi@techhunt-italia.example>
    To: dana.whitfield@example.org
    Subject: {qword("Opportunità Senior Data Engineer – full remote")}
    Date: Thu, 26 Feb 2026 11:05:00 +0100
    Message-ID: {mid("techhunt-1", "techhunt-italia.example")}
    """,
    text(TECHHUNT_TEXT),
    L(
        "recruiter_outreach",
        language="it",
        hard_negative=True,
        role="Senior Data Engineer",
        notes="Italian agency cold mail: 'colloquio conoscitivo' (the same words as Lago Nero's real invite, lagonero-1), call times, and the client's hiring timeline ('entro fine marzo'). Anonymous client: company null.",
    ),
)

# =========================================================================== personal

MAYA_TEXT = """
Dana!!

How did the Halden & Rook interview go yesterday? Did they say when they'll decide? If it's "by Friday 10 April" again, I'm holding you to a celebratory dinner on the 11th 😄

Also: are we still on for climbing on Thursday? I can pick you up at 6.

M.
"""

msg(
    "maya-1",
    f"""
    MIME-Version: 1.0
    From: Maya Brenner <maya.brenner@example.net>
    Date: Tue, 31 Mar 2026 20:14:00 +0200
    Message-ID: {mid("maya-1", "", "gmail")}
    Subject: how did it go??
    To: Dana Whitfield <dana.whitfield@example.org>
    """,
    text(MAYA_TEXT),
    L(
        "personal",
        hard_negative=True,
        notes="A friend asks about the Halden & Rook interview and quotes its decision date: personal, nothing from the company.",
    ),
)

LIEKE_TEXT = """
Hoi Dana!

Heel veel succes morgen met je sollicitatiegesprek bij Vinkel! Je gaat het super doen. Laat je even weten hoe het ging?

Zaterdag nog steeds koffie bij mij om 11 uur?

Liefs,
Lieke
"""

msg(
    "lieke-1",
    f"""
    MIME-Version: 1.0
    From: Lieke van Dam <lieke.vandam@example.nl>
    Date: Wed, 28 Jan 2026 21:40:00 +0100
    Message-ID: {mid("lieke-1", "", "gmail")}
    Subject: Succes morgen!
    To: Dana Whitfield <dana.whitfield@example.org>
    """,
    text(LIEKE_TEXT),
    L(
        "personal",
        language="nl",
        hard_negative=True,
        notes="Dutch friend wishing luck for the Vinkel interview ('sollicitatiegesprek') and proposing a coffee time.",
    ),
)

HIKE_TEXT = """
Hey Dana,

here are the photos from Sunday's walk around the Grunewald lakes. The one with the very muddy dog is my favourite.

Same again in March?

Jonah
"""

msg(
    "jonah-1",
    f"""
    MIME-Version: 1.0
    From: Jonah Pereira <jonah.pereira@example.com>
    Date: Mon, 12 Jan 2026 19:02:00 +0100
    Message-ID: {mid("jonah-1", "", "gmail")}
    Subject: Photos from Sunday
    To: Dana Whitfield <dana.whitfield@example.org>
    """,
    text(HIKE_TEXT),
    L("personal", notes="Easy negative: photos from a friend."),
)

# =========================================================================== other

FUNKWELLE_TEXT = """
Guten Tag Frau Whitfield,

Ihre Rechnung für Februar 2026 ist da.

Kundennummer: 4471 2290 18
Rechnungsbetrag: 19,99 €

Der Betrag wird am 09.03.2026 von Ihrem Konto abgebucht. Ihre Rechnung finden Sie im Kundenportal: https://mein.funkwelle-mobil.example/rechnungen

Freundliche Grüße
Ihr Funkwelle-Mobil-Team
"""

msg(
    "funkwelle-1",
    f"""
    From: Funkwelle Mobil <rechnung@funkwelle-mobil.example>
    To: dana.whitfield@example.org
    Subject: =?utf-8?Q?Ihre_Rechnung_f=C3=BCr_Februar_2026?=
    Date: Wed, 4 Mar 2026 06:12:00 +0100
    Message-ID: {mid("funkwelle-1", "funkwelle-mobil.example")}
    Auto-Submitted: auto-generated
    """,
    text(FUNKWELLE_TEXT, charset="utf-8", cte="8bit"),
    L("other", language="de", notes="Easy negative: a mobile phone bill."),
)

APEC_TEXT = """
Bonjour Dana,

3 nouvelles offres correspondent à votre alerte « Ingénieur data – Lyon ».

Ingénieur Data confirmé (H/F)
Sillon Data · Lyon 2e · CDI · 50-58 k€
Processus de recrutement rapide : deux entretiens, réponse sous 8 jours

Data Engineer Senior (H/F)
Rhône Mobilités · Villeurbanne · CDI · 55-62 k€
Entretien avec le manager dès la semaine prochaine

Lead Data Engineer (H/F)
Confluence Énergie · Lyon 7e · CDI · 65-72 k€

Voir les offres : https://www.apec.fr/candidat/mes-alertes.html?alerte=31877

Vous recevez cet e-mail car vous avez créé une alerte sur apec.fr. Se désabonner : https://www.apec.fr/desabonnement
"""

msg(
    "apec-1",
    f"""
    From: Apec <alertes@apec.fr>
    To: dana.whitfield@example.org
    Subject: {qword("3 nouvelles offres pour votre alerte « Ingénieur data – Lyon »")}
    Date: Fri, 30 Jan 2026 06:45:00 +0100
    Message-ID: {mid("apec-1", "mail.apec.fr")}
    List-Unsubscribe: <https://www.apec.fr/desabonnement>
    Precedence: bulk
    """,
    alt(text(APEC_TEXT), html(auto_html(APEC_TEXT, "font-family:Arial,sans-serif;font-size:14px"))),
    L(
        "job_alert",
        language="fr",
        hard_negative=True,
        notes="French job alert listing the Sillon Data role Dana is in process for, with 'deux entretiens, réponse sous 8 jours' and 'Entretien avec le manager dès la semaine prochaine' – job-ad text, never a decision_date.",
    ),
)
