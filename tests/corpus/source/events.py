# ruff: noqa: E501
"""Company stories outside the long threads: mostly pipeline events, plus their acks."""

from __future__ import annotations

from .lib import (
    L,
    Leaf,
    alt,
    attachment,
    auto_html,
    cal_file,
    cal_inline,
    dd,
    early_next_month,
    end_of_next_week,
    fake_pdf,
    html,
    mixed,
    msg,
    next_weekday,
    person,
    plus_business_days,
    plus_days,
    plus_weeks,
    quote,
    raw,
    text,
    vtz,
)

# =========================================================================== fjordline (en)
FJ = "Fjordline Logistics"
FJ_ROLE = "Senior Platform Engineer"
INGRID = person("Ingrid Solberg", "ingrid.solberg@fjordline.example")
FJ_UID = "5kq2m8v1d4c7b0n3r6t9f2h5j8@google.com"

FJ_1_TEXT = """
Hi Dana,

Thank you for your interest in the Senior Platform Engineer position at Fjordline Logistics! We enjoyed reviewing your application and would like to invite you to a 60-minute technical interview with two engineers from our Platform team.

Please use the link below to select a time that works best for you:

Select a time: https://app.greenhouse.io/scheduling/self_schedule/7d3a9c1e2b4f6a8c?token=Gq3ZkR8mV2xN5pL0

If none of the available times work for you, please reply to this email and we will find an alternative.

Best regards,
Ingrid Solberg
Talent Acquisition Partner | Fjordline Logistics AS
Oslo, Norway
"""

msg(
    "fjordline-1",
    """
    Return-Path: <bounces+6613984-9f2a-dana.whitfield=example.org@us.greenhouse-mail.io>
    From: Ingrid Solberg <no-reply@us.greenhouse-mail.io>
    Reply-To: Ingrid Solberg <ingrid.solberg@fjordline.example>
    To: dana.whitfield@example.org
    Subject: Schedule your technical interview with Fjordline Logistics
    Date: Wed, 21 Jan 2026 10:05:12 +0000
    Message-ID: <6790a4d8b1c2e_1f2a3b4c5d6e@greenhouse-mailer-6b8d9.mail>
    X-Mailgun-Tag: candidate_self_schedule_request
    """,
    alt(text(FJ_1_TEXT), html(auto_html(FJ_1_TEXT, "font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222"))),
    L(
        "interview_invite",
        company=FJ,
        role=FJ_ROLE,
        thread="fjordline",
        notes="Greenhouse self-schedule request; interviewers are not named yet.",
    ),
)

FJ_2_TEXT = """
Hi Dana,

Thank you for scheduling your interview for the Senior Platform Engineer role at Fjordline Logistics. Here are the details:

Technical Interview
Wednesday, February 4th, 2026
3:00 PM - 4:00 PM CET (Central European Time - Berlin)

Interviewers:
Ole Hansen - Staff Engineer
Maja Lind - Engineering Manager, Platform

Location: Google Meet - https://meet.google.com/fjd-oslo-tek

A calendar invitation is attached. If you need to reschedule, please reply to this email.

Good luck!
Ingrid
"""

FJ_2_ICS = f"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{vtz("Europe/Berlin")}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260204T150000
DTEND;TZID=Europe/Berlin:20260204T160000
DTSTAMP:20260122T083140Z
ORGANIZER;CN=Maja Lind:mailto:maja.lind@fjordline.example
UID:{FJ_UID}
ATTENDEE;CN=Ole Hansen;PARTSTAT=ACCEPTED:mailto:ole.hansen@fjordline.example
ATTENDEE;CN=Maja Lind;PARTSTAT=ACCEPTED:mailto:maja.lind@fjordline.example
ATTENDEE;CN=Dana Whitfield;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:dana.whitfield@example.org
SUMMARY:Technical Interview – Dana Whitfield (Fjordline Logistics)
LOCATION:https://meet.google.com/fjd-oslo-tek
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

msg(
    "fjordline-2",
    """
    From: Ingrid Solberg <no-reply@greenhouse.io>
    Reply-To: Ingrid Solberg <ingrid.solberg@fjordline.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Interview Confirmation: Fjordline Logistics - Senior Platform Engineer
    Date: Thu, 22 Jan 2026 08:31:40 +0000
    Message-ID: <6791e0cc4a7b3_2b3c4d5e6f70@greenhouse-mailer-6b8d9.mail>
    Auto-Submitted: auto-generated
    """,
    mixed(
        alt(text(FJ_2_TEXT), html(auto_html(FJ_2_TEXT, "font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222"))),
        cal_file(FJ_2_ICS, "invite.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "interview_confirmation",
        company=FJ,
        role=FJ_ROLE,
        interview=("2026-02-04T15:00:00+01:00", "2026-02-04T16:00:00+01:00"),
        interviewers=[
            person("Ole Hansen", "ole.hansen@fjordline.example"),
            person("Maja Lind", "maja.lind@fjordline.example"),
        ],
        thread="fjordline",
        notes="Greenhouse confirmation after self-scheduling; .ics with TZID=Europe/Berlin and VTIMEZONE.",
    ),
)

FJ_3_TEXT = """
This event has been changed.

Technical Interview – Dana Whitfield (Fjordline Logistics)

Changed: Thursday 5 February 2026 ⋅ 15:30 – 16:30
Central European Time - Berlin

Apologies – Ole has a clash on Wednesday, so we've moved the interview by a day. Same link as before.

Join with Google Meet
https://meet.google.com/fjd-oslo-tek

Guests
Maja Lind - organiser
Ole Hansen
Dana Whitfield
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWtxMm04djFkNGM3YjBuM3I2dDlmMmg1ajggZGFuYS53aGl0ZmllbGRAZXhhbXBsZS5vcmc

Reply for dana.whitfield@example.org

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
"""

FJ_3_ICS = f"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260205T143000Z
DTEND:20260205T153000Z
DTSTAMP:20260202T124403Z
ORGANIZER;CN=Maja Lind:mailto:maja.lind@fjordline.example
UID:{FJ_UID}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Maja Lind;X-NUM-GUESTS=0:mailto:maja.lind@fjordline.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ole Hansen;X-NUM-GUESTS=0:mailto:ole.hansen@fjordline.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dana Whitfield;X-NUM-GUESTS=0:mailto:dana.whitfield@example.org
CREATED:20260122T083139Z
DESCRIPTION:Apologies – Ole has a clash on Wednesday\\, so we've moved the interview by a day. Same link as before.
LAST-MODIFIED:20260202T124402Z
LOCATION:https://meet.google.com/fjd-oslo-tek
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Technical Interview – Dana Whitfield (Fjordline Logistics)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

msg(
    "fjordline-3",
    """
    Reply-To: Maja Lind <maja.lind@fjordline.example>
    Sender: Google Calendar <calendar-notification@google.com>
    Auto-Submitted: auto-generated
    Message-ID: <calendar-0e6b2d94-51c7-4a3f-8e20-d7b19c4f6a58@google.com>
    Date: Mon, 02 Feb 2026 12:44:03 +0000
    Subject: =?UTF-8?Q?Updated_invitation=3A_Technical_Interview_=E2=80=93_Dana_Whi?=
     =?UTF-8?Q?tfield_=28Fjordline_Logistics=29_=40_Thu_5_Feb_2026_15=3A30_=2D_16?=
     =?UTF-8?Q?=3A30_=28CET=29_=28dana=2Ewhitfield=40example=2Eorg=29?=
    From: Maja Lind <maja.lind@fjordline.example>
    To: dana.whitfield@example.org
    """,
    mixed(
        alt(
            text(FJ_3_TEXT, charset="UTF-8", quote_charset=False, params="; format=flowed; delsp=yes", cte="base64"),
            html(auto_html(FJ_3_TEXT, "font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043"), charset="UTF-8", quote_charset=False),
            cal_inline(FJ_3_ICS, "REQUEST", cte="7bit", charset="UTF-8"),
        ),
        cal_file(FJ_3_ICS, "invite.ics", "application/ics"),
    ),
    L(
        "interview_reschedule",
        company=FJ,
        role=None,
        interview=("2026-02-05T15:30:00+01:00", "2026-02-05T16:30:00+01:00"),
        interviewers=[
            person("Ole Hansen", "ole.hansen@fjordline.example"),
            person("Maja Lind", "maja.lind@fjordline.example"),
        ],
        thread="fjordline",
        notes="Google 'Updated invitation': same UID as the Greenhouse .ics in fjordline-2, SEQUENCE 1, UTC times. The role is not named, only the company.",
    ),
)

FJ_4_TEXT = """
Hi Dana,

I wanted to give you a quick update. The team really enjoyed meeting you, but we're still completing interviews with a couple of other candidates, and our VP of Engineering is travelling for most of this month.

I'm sorry this is taking longer than we hoped – we need a bit more time, and you can expect news from us early next month.

Thanks so much for your patience!

Ingrid
"""

msg(
    "fjordline-4",
    """
    MIME-Version: 1.0
    From: Ingrid Solberg <ingrid.solberg@fjordline.example>
    Date: Wed, 18 Feb 2026 14:02:26 +0100
    Message-ID: <CAN8pW3x4fR7tY0uI2oP5aS8dF1gH3jK6lZ@mail.gmail.com>
    Subject: Update on your application - Senior Platform Engineer
    To: Dana Whitfield <dana.whitfield@example.org>
    """,
    alt(text(FJ_4_TEXT), html(auto_html(FJ_4_TEXT))),
    L(
        "timeline_update",
        company=FJ,
        role=FJ_ROLE,
        decision=("early next month", early_next_month()),
        thread="fjordline",
        notes="'early next month' resolves to the 10th of next month (README). 'most of this month' is not a timeline.",
    ),
)

# =========================================================================== orbital (en)
ORB = "Orbital Freight"
ORB_ROLE = "Backend Engineer, Routing"

ORB_1_HTML = """
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Schedule your interview</title>
<style>.btn{background:#4f46e5;color:#ffffff!important;border-radius:6px;padding:12px 20px;text-decoration:none;display:inline-block}</style></head>
<body style="margin:0;padding:0;background:#f6f7f9">
<div style="display:none;max-height:0;overflow:hidden">Pick a time for your Technical Screen with Orbital Freight&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 16px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#111827">
<tr><td style="padding:32px">
<img src="https://app.ashbyhq.com/api/images/org-theme-logo/orbital-freight.png" alt="Orbital Freight" height="28"><br><br>
<p>Hi Dana,</p>
<p>Thanks for your interest in the <strong>Backend Engineer, Routing</strong> role! We&rsquo;d like to invite you to a <strong>Technical Screen (60&nbsp;min)</strong> with our engineering team.</p>
<p>Please choose a time that works for you using the button below. Times are shown in your local time zone.</p>
<p style="text-align:center;margin:28px 0"><a class="btn" href="https://app.ashbyhq.com/interview-scheduling/candidate/6f0e2d1c-4b3a-4f29-9e8d-7c6b5a4f3e2d">Choose a time</a></p>
<p style="color:#6b7280;font-size:13px">This scheduling link expires in 7 days. If none of the times work, reply to this email and we&rsquo;ll sort something out.</p>
<p>Best,<br>Femke de Vries<br>Recruiting, Orbital Freight</p>
</td></tr></table>
<p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#9ca3af">Powered by Ashby &middot; Orbital Freight B.V., Wilhelminakade 91, 3072 AP Rotterdam</p>
</td></tr></table></body></html>
"""

msg(
    "orbital-1",
    """
    From: Orbital Freight <no-reply@ashbyhq.com>
    Reply-To: Femke de Vries <femke@orbitalfreight.example>
    To: dana.whitfield@example.org
    Subject: Schedule your interview with Orbital Freight
    Date: Mon, 26 Jan 2026 13:20:00 +0000
    Message-ID: <0100019bfa4e21c3-8d2f6a1e-3b4c-4d5e-9f0a-1b2c3d4e5f60-000000@email.amazonses.com>
    X-Ashby-Email-Type: candidate-self-scheduling
    """,
    html(ORB_1_HTML),
    L(
        "interview_invite",
        company=ORB,
        role=ORB_ROLE,
        thread="orbital",
        notes="HTML-only Ashby self-scheduling mail. 'This scheduling link expires in 7 days' is not a decision timeline.",
    ),
)

ORB_2_TEXT = """
Hi Dana,

This is a friendly reminder about your upcoming interview for the Backend Engineer, Routing role at Orbital Freight.

Technical Screen
Thursday, February 12, 2026
4:00 PM – 5:00 PM CET

Interviewer: Ruben Jansen (Senior Software Engineer)

Join on Zoom: https://orbitalfreight.zoom.us/j/87213456901?pwd=b3JiaXRhbC1mYWtlLXB3ZA.1

Need to reschedule? Just reply to this email.

Good luck!
The Orbital Freight Recruiting Team
"""

msg(
    "orbital-2",
    """
    From: Orbital Freight <no-reply@ashbyhq.com>
    Reply-To: Femke de Vries <femke@orbitalfreight.example>
    To: dana.whitfield@example.org
    Subject: Reminder: Your interview with Orbital Freight is tomorrow
    Date: Wed, 11 Feb 2026 15:00:04 +0000
    Message-ID: <0100019c4d8a3f11-2e4f6a8c-0b1d-4e3f-a5c7-9e1b3d5f7a9c-000000@email.amazonses.com>
    Auto-Submitted: auto-generated
    X-Ashby-Email-Type: interview-reminder
    """,
    alt(text(ORB_2_TEXT), html(auto_html(ORB_2_TEXT))),
    L(
        "interview_confirmation",
        company=ORB,
        role=ORB_ROLE,
        interview=("2026-02-12T16:00:00+01:00", "2026-02-12T17:00:00+01:00"),
        interviewers=[person("Ruben Jansen", None)],
        thread="orbital",
        notes="Reminder the day before: a confirmation of the booked time.",
    ),
)

ORB_3_TEXT = """
Hi Dana,

First of all, thank you for the time you put into our process – Ruben said your routing exercise was one of the cleanest solutions he has seen this year.

Unfortunately, we won't be moving forward with your application at this time. The team decided to prioritise candidates with more hands-on Go experience, since that's what the routing service is written in. This is no reflection on your abilities, and I'm sorry it isn't better news.

You're very welcome to apply again in 6 months – we'd genuinely be glad to hear from you.

All the best,
Femke

Femke de Vries
Recruiting | Orbital Freight
"""

msg(
    "orbital-3",
    """
    From: Femke de Vries <femke@orbitalfreight.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Your application at Orbital Freight
    Date: Thu, 19 Feb 2026 10:12:45 +0100
    Message-ID: <CAF3dV8n2bM5qW7eR9tY1uI4oP6aS0dF2gH@mail.gmail.com>
    MIME-Version: 1.0
    """,
    alt(text(ORB_3_TEXT), html(auto_html(ORB_3_TEXT))),
    L(
        "rejection",
        company=ORB,
        role=None,
        thread="orbital",
        notes="Opens with praise. 'apply again in 6 months' is not a decision timeline. The role is not named.",
    ),
)

# =========================================================================== brightwave (en)
BW = "Brightwave Analytics"
BW_ROLE = "Senior Data Engineer"
KELSEY = person("Kelsey Moran", "kelsey.moran@brightwave.example")

BW_1_HTML = """
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
<table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="background:#0b3d91;padding:16px"><span style="color:#ffffff;font-size:20px;font-weight:bold">Brightwave Analytics</span></td></tr>
<tr><td style="padding:20px">
<p>Dear Dana Whitfield,</p>
<p>Thank you for your interest in the <b>Senior Data Engineer (R-2026-0142)</b> position at Brightwave Analytics. We have received your application and our Talent Acquisition team is currently reviewing it.</p>
<p>We review applications within 2 weeks. If your qualifications match the requirements of the role, a recruiter will contact you to discuss next steps, which may include a phone screen and interviews with the hiring team.</p>
<p>You can check the status of your application at any time by signing in to your <a href="https://brightwave.wd5.myworkdayjobs.com/en-US/Brightwave_Careers/userHome">Candidate Home</a> account.</p>
<p>Sincerely,<br>Brightwave Talent Acquisition</p>
<p style="font-size:11px;color:#888888">This is an automated message. Please do not reply to this email.</p>
</td></tr></table></body></html>
"""

BW_1_TEXT = """
Dear Dana Whitfield,

Thank you for your interest in the Senior Data Engineer (R-2026-0142) position at Brightwave Analytics. We have received your application and our Talent Acquisition team is currently reviewing it.

We review applications within 2 weeks. If your qualifications match the requirements of the role, a recruiter will contact you to discuss next steps, which may include a phone screen and interviews with the hiring team.

You can check the status of your application at any time by signing in to your Candidate Home account: https://brightwave.wd5.myworkdayjobs.com/en-US/Brightwave_Careers/userHome

Sincerely,
Brightwave Talent Acquisition

This is an automated message. Please do not reply to this email.
"""

msg(
    "brightwave-1",
    """
    From: Brightwave Analytics <brightwave@myworkday.com>
    To: dana.whitfield@example.org
    Subject: Thank you for applying to Brightwave Analytics
    Date: Mon, 12 Jan 2026 14:03:22 -0500
    Message-ID: <1412938471.88213.1768244602311@wd5-prod-mail-07.myworkday.com>
    Auto-Submitted: auto-generated
    X-Auto-Response-Suppress: All
    Precedence: bulk
    """,
    alt(text(BW_1_TEXT, cte="7bit", quote_charset=False, charset="UTF-8"), html(BW_1_HTML, charset="UTF-8", quote_charset=False)),
    L(
        "application_ack",
        hard_negative=True,
        company=BW,
        role=BW_ROLE,
        decision=("within 2 weeks", plus_weeks(2)),
        thread="brightwave",
        notes="Workday acknowledgement. It states a review time, which is recorded (README: an ack's own timeline counts), and mentions interviews.",
    ),
)

BW_2_TEXT = """
Dear Dana,

Congratulations! The hiring team for the Senior Data Engineer (R-2026-0142) position would like to invite you to a video interview.

Date: Thursday, February 19, 2026
Time: 9:00 AM - 10:00 AM Eastern Standard Time (EST)
Format: Microsoft Teams (a meeting link will be sent separately)
Interviewers: Kelsey Moran (Senior Recruiter), Arjun Mehta (Director, Data Engineering)

Please confirm your attendance by replying to Kelsey Moran at kelsey.moran@brightwave.example. If you require an accommodation during the interview process, please let us know.

Sincerely,
Brightwave Talent Acquisition
"""

msg(
    "brightwave-2",
    """
    From: Brightwave Analytics <brightwave@myworkday.com>
    Reply-To: Kelsey Moran <kelsey.moran@brightwave.example>
    To: dana.whitfield@example.org
    Subject: Interview Invitation: Senior Data Engineer (R-2026-0142)
    Date: Tue, 3 Feb 2026 11:30:10 -0500
    Message-ID: <2093847712.10482.1770136210442@wd5-prod-mail-03.myworkday.com>
    Auto-Submitted: auto-generated
    """,
    alt(text(BW_2_TEXT), html(auto_html(BW_2_TEXT, "font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333"))),
    L(
        "interview_invite",
        company=BW,
        role=BW_ROLE,
        interview=("2026-02-19T09:00:00-05:00", "2026-02-19T10:00:00-05:00"),
        interviewers=[KELSEY, person("Arjun Mehta", None)],
        thread="brightwave",
        notes="Workday notification, fixed time in US Eastern (15:00 Berlin).",
    ),
)

BW_3_TEXT = """
Hi Dana,

Thanks again for your time last week – Arjun and the team enjoyed the conversation.

As part of our standard process, before the team makes a decision I need a few details from you:

1. Your salary expectations (base, in EUR)
2. Your notice period with your current employer
3. Confirmation that you have the right to work in Germany (we would employ you through our Berlin entity)

Could you send these over by Friday?

Thanks!
Kelsey

Kelsey Moran | Senior Recruiter | Brightwave Analytics
"""

msg(
    "brightwave-3",
    """
    From: Kelsey Moran <kelsey.moran@brightwave.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?utf-8?Q?Next_steps_=E2=80=93_a_few_questions?=
    Thread-Topic: =?utf-8?Q?Next_steps_=E2=80=93_a_few_questions?=
    Thread-Index: AdyknQ1xS3ySm3Jt0m9Vqw1AAB8KwAAA==
    Date: Mon, 23 Feb 2026 10:45:31 -0500
    Message-ID: <BN8PR12MB33617E2A9C0D4F15B6A7C8E9D0F12@BN8PR12MB3361.namprd12.prod.outlook.com>
    Accept-Language: en-US
    Content-Language: en-US
    X-MS-Has-Attach:
    X-MS-TNEF-Correlator:
    """,
    alt(text(BW_3_TEXT), html(auto_html(BW_3_TEXT, "font-family:Aptos,Calibri,sans-serif;font-size:11pt"))),
    L(
        "info_request",
        company=BW,
        role=None,
        thread="brightwave",
        notes="Asks for salary expectations, notice period, right to work. 'by Friday' is Dana's deadline, not the company's decision.",
    ),
    crlf=True,
)

BW_4_TEXT = """
Dear Dana Whitfield,

Brightwave Analytics is using SkillSurvey Reference(R) to gather feedback about you from your professional references.

Please click the link below to enter the names and contact information of at least 3 references, including at least 2 former supervisors. Your references will then be asked to complete a brief, confidential online survey.

Enter your references: https://www.skillsurvey.com/ref/candidate/BW-7A3F92C1

Please complete this step within 3 business days so the hiring team can continue with your application.

Thank you,
SkillSurvey on behalf of Brightwave Analytics

Questions? Contact Kelsey Moran at kelsey.moran@brightwave.example
"""

msg(
    "brightwave-4",
    """
    From: SkillSurvey on behalf of Brightwave Analytics <noreply@skillsurvey.com>
    Reply-To: kelsey.moran@brightwave.example
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Brightwave Analytics requests your references
    Date: Thu, 5 Mar 2026 09:12:00 -0500
    Message-ID: <20260305141200.48213.ref-request@mail.skillsurvey.com>
    Auto-Submitted: auto-generated
    """,
    text(BW_4_TEXT, charset="us-ascii", cte="7bit"),
    L(
        "reference_request",
        company=BW,
        role=None,
        thread="brightwave",
        notes="Reference vendor on behalf of the company. 'within 3 business days' is Dana's deadline.",
    ),
)

# =========================================================================== quantum (en)
QH = "Quantum Harbor"
QH_ROLE = "Site Reliability Engineer"
AOIFE = person("Aoife Byrne", "aoife.byrne@quantumharbor.example")

QH_1_TEXT = """
Dear Dana,

We are pleased to invite you to an interview for the Site Reliability Engineer position at Quantum Harbor.

Interview details
Type: Video interview (Microsoft Teams)
Date: Monday, February 9, 2026
Time: 10:00 - 11:00 (GMT)
With: Aoife Byrne (Talent Acquisition) and Cian Murphy (SRE Lead)

Please accept the attached calendar invitation to confirm. If the proposed time does not suit you, you can suggest another time here: https://jobs.smartrecruiters.com/QuantumHarbor/interview/3f8a2c71-b5d9-4e06-a1c4-7d2e9f0b6a83

Kind regards,
Aoife Byrne
Quantum Harbor | Talent Acquisition
"""

QH_1_ICS = """
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:3f8a2c71-b5d9-4e06-a1c4-7d2e9f0b6a83@smartrecruiters.com
DTSTAMP:20260129T110245Z
DTSTART:20260209T100000Z
DTEND:20260209T110000Z
SUMMARY:Interview: Site Reliability Engineer - Quantum Harbor
DESCRIPTION:Video interview (Microsoft Teams) with Aoife Byrne and Cian Murphy.
ORGANIZER;CN=Aoife Byrne:mailto:aoife.byrne@quantumharbor.example
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT:mailto:aoife.byrne@quantumharbor.example
ATTENDEE;CN=Cian Murphy;ROLE=REQ-PARTICIPANT:mailto:cian.murphy@quantumharbor.example
ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dana.whitfield@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

msg(
    "quantum-1",
    """
    From: Quantum Harbor <noreply@smartrecruiters.com>
    Reply-To: Aoife Byrne <aoife.byrne@quantumharbor.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Quantum Harbor: Interview invitation for Site Reliability Engineer
    Date: Thu, 29 Jan 2026 11:02:45 +0000
    Message-ID: <sr-4c1d8e2f9a7b@smartrecruiters.com>
    """,
    mixed(
        alt(text(QH_1_TEXT), html(auto_html(QH_1_TEXT))),
        Leaf(
            'application/octet-stream; name="interview.ics"',
            dd(QH_1_ICS).replace("\n", "\r\n").encode(),
            "base64",
            headers=('Content-Disposition: attachment; filename="interview.ics"',),
        ),
    ),
    L(
        "interview_invite",
        company=QH,
        role=QH_ROLE,
        interview=("2026-02-09T10:00:00+00:00", "2026-02-09T11:00:00+00:00"),
        interviewers=[AOIFE, person("Cian Murphy", "cian.murphy@quantumharbor.example")],
        thread="quantum",
        notes="First invitation with a fixed time; the .ics is application/octet-stream with METHOD:REQUEST in UTC.",
    ),
)

QH_2_TEXT = """
Hi Dana,

Apologies for the late notice – Cian has been pulled into an incident review on Monday, so we've moved your interview to Wednesday 11 February at the same time (10:00-11:00 Irish time, 11:00-12:00 for you). An updated invitation is on its way.

If this doesn't work, just let me know and we'll find another slot.

Thanks for your flexibility,
Aoife
"""

msg(
    "quantum-2",
    """
    From: Aoife Byrne <aoife.byrne@quantumharbor.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Change to your interview on Monday
    Date: Fri, 6 Feb 2026 15:40:12 +0000
    Message-ID: <DB9PR03MB7324A1B2C3D4E5F60718293A4B5C6@DB9PR03MB7324.eurprd03.prod.outlook.com>
    Content-Language: en-IE
    MIME-Version: 1.0
    """,
    text(QH_2_TEXT, charset="Windows-1252", cte="quoted-printable"),
    L(
        "interview_reschedule",
        company=QH,
        role=None,
        interview=("2026-02-11T10:00:00+00:00", "2026-02-11T11:00:00+00:00"),
        interviewers=[person("Cian Murphy", None)],
        thread="quantum",
        notes="Plain-text reschedule, new time given in two zones.",
    ),
)

QH_3_TEXT = """
Hi Dana,

Thanks for your patience. Panel feedback is still coming in and the hiring manager is out until Monday, so you can expect to hear from us in the next 5-7 business days.

Best,
Aoife
"""

msg(
    "quantum-3",
    """
    From: Aoife Byrne <aoife.byrne@quantumharbor.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: RE: Site Reliability Engineer - status
    Date: Wed, 18 Feb 2026 12:10:33 +0000
    Message-ID: <DB9PR03MB73249F8E7D6C5B4A3928170F6E5D4@DB9PR03MB7324.eurprd03.prod.outlook.com>
    In-Reply-To: <f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f@example.org>
    References: <f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f@example.org>
    Content-Language: en-IE
    MIME-Version: 1.0
    """,
    text(QH_3_TEXT, charset="us-ascii", cte="7bit"),
    L(
        "timeline_update",
        company=QH,
        role=QH_ROLE,
        decision=("in the next 5-7 business days", plus_business_days(7)),
        thread="quantum",
        notes="Range: upper end, business days skip weekends. 'out until Monday' is not the decision. Replies to a message of Dana's that is not in the corpus.",
    ),
)

QH_4_TEXT = """
Dear Dana,

Thank you for interviewing with us for the Site Reliability Engineer role.

The panel was really impressed with your incident-management experience and how clearly you walked us through your on-call improvements. It was a genuinely tough decision. After much deliberation, we have offered the role to another candidate who has more hands-on experience with our specific cloud stack.

We would love to keep your details on file and will reach out if a suitable position opens up. Thank you again for the time and energy you invested.

Kind regards,
Aoife Byrne
Quantum Harbor | Talent Acquisition
"""

msg(
    "quantum-4",
    """
    From: Aoife Byrne <aoife.byrne@quantumharbor.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Site Reliability Engineer - update
    Date: Thu, 26 Feb 2026 16:30:00 +0000
    Message-ID: <DB9PR03MB7324C0D1E2F3A4B5C6D7E8F9A0B1C@DB9PR03MB7324.eurprd03.prod.outlook.com>
    Content-Language: en-IE
    """,
    alt(text(QH_4_TEXT), html(auto_html(QH_4_TEXT, "font-family:Calibri,sans-serif;font-size:11pt"))),
    L(
        "rejection",
        company=QH,
        role=QH_ROLE,
        thread="quantum",
        notes="'really impressed' and 'tough decision' before the no; the subject only says 'update'.",
    ),
    crlf=True,
)

# =========================================================================== kestrel (en)
KM = "Kestrel Mobility"
KM_ROLE = "Senior Software Engineer, Fleet Data"
HANNAH = person("Hannah Cole", "hannah.cole@kestrelmobility.example")
DEREK = person("Derek Liu", "derek.liu@kestrelmobility.example")
KM_UID = "040000008200E00074C5B7101A82E00800000000B07E3C14F4A9DC01000000000000000010000000E5C7A9B1D3F5E7092B4D6F8A0C2E4A6B"

KM_1_TEXT = """
Hi Dana,

Thank you for applying to the Senior Software Engineer, Fleet Data role at Kestrel Mobility! I'd like to invite you to a first interview with Derek Liu, our Engineering Manager for Fleet Data.

I've sent this invite for Tuesday 3/17 at 9:00 AM Pacific, which should be 5:00 PM for you in Berlin. It's a 45-minute conversation about your background and a high-level design question. If the time doesn't work, feel free to propose a new time from the invite.

Looking forward to it!
Hannah Cole
Technical Recruiter | Kestrel Mobility | Seattle, WA

"""

KM_TEAMS = """
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE5ZmQ0MTQtYjFhYS00NmM0LWJjNDctNGI2ZjRiYzE1Yjk0%40thread.v2/0?context=%7b%22Tid%22%3a%22c3d4e5f6-3333-4444-5555-666677778888%22%7d>
Meeting ID: 229 104 583 760
Passcode: Hq4Rz9
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
________________________________________________________________________________
"""


def km_ics(method: str, seq: int, status: str, stamp: str, quoted_tzid: bool) -> str:
    tz = '"Pacific Standard Time"' if quoted_tzid else "Pacific Standard Time"
    return f"""
BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{vtz("Pacific Standard Time")}
BEGIN:VEVENT
ORGANIZER;CN=Hannah Cole:mailto:hannah.cole@kestrelmobility.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Derek Liu:mailto:derek.liu@kestrelmobility.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dana.whitfield@example.org:mailto:dana.whitfield@example.org
DESCRIPTION;LANGUAGE=en-US:Interview: Dana Whitfield / Senior Software Engineer\\, Fleet Data\\n
UID:{KM_UID}
SUMMARY;LANGUAGE=en-US:{"Canceled: " if method == "CANCEL" else ""}Kestrel Mobility – Interview: Senior Software Engineer\\, Fleet Data
DTSTART;TZID={tz}:20260317T090000
DTEND;TZID={tz}:20260317T094500
CLASS:PUBLIC
PRIORITY:{1 if method == "CANCEL" else 5}
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if method == "CANCEL" else "TENTATIVE"}
X-MICROSOFT-CDO-INTENDEDSTATUS:{"FREE" if method == "CANCEL" else "BUSY"}
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""


msg(
    "kestrel-1",
    """
    From: Hannah Cole <hannah.cole@kestrelmobility.example>
    To: Derek Liu <derek.liu@kestrelmobility.example>, "dana.whitfield@example.org"
     <dana.whitfield@example.org>
    Subject: =?utf-8?Q?Kestrel_Mobility_=E2=80=93_Interview=3A_Senior_Software_Engineer?=
     =?utf-8?Q?=2C_Fleet_Data?=
    Thread-Topic: =?utf-8?Q?Kestrel_Mobility_=E2=80=93_Interview=3A_Senior_Software_Engineer?=
     =?utf-8?Q?=2C_Fleet_Data?=
    Thread-Index: AdyrE1Rz0m1b2x7zS3ySm3Jt0m9VqwCCDD==
    Date: Tue, 3 Mar 2026 17:22:09 +0000
    Message-ID: <SJ0PR11MB5678A9B8C7D6E5F4A3B2C1D0E9F87@SJ0PR11MB5678.namprd11.prod.outlook.com>
    Accept-Language: en-US
    Content-Language: en-US
    X-MS-Has-Attach:
    X-MS-TNEF-Correlator:
    """,
    alt(
        text(KM_1_TEXT + KM_TEAMS.lstrip("\n")),
        html(auto_html(KM_1_TEXT + KM_TEAMS.lstrip("\n"), "font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
        cal_inline(km_ics("REQUEST", 0, "CONFIRMED", "20260303T172207Z", False), "REQUEST"),
    ),
    L(
        "interview_invite",
        company=KM,
        role=KM_ROLE,
        interview=("2026-03-17T09:00:00-07:00", "2026-03-17T09:45:00-07:00"),
        interviewers=[DEREK],
        thread="kestrel",
        notes="First invitation sent directly as a Teams meeting request. TZID 'Pacific Standard Time' is the Windows zone for America/Los_Angeles: on 17 March US daylight time is in force, so the offset is -07:00 (the text's '5:00 PM Berlin' agrees).",
    ),
)

KM_2_TEXT = """
Hi Dana,

I'm sorry to share that the Fleet Data position has been put on hold due to a budget freeze, so I have to cancel your interview on 3/17. This has nothing to do with you or your application.

I'll reach out if the role reopens later this year.

Best,
Hannah
"""

msg(
    "kestrel-2",
    """
    From: Hannah Cole <hannah.cole@kestrelmobility.example>
    To: Derek Liu <derek.liu@kestrelmobility.example>, "dana.whitfield@example.org"
     <dana.whitfield@example.org>
    Subject: =?utf-8?Q?Canceled=3A_Kestrel_Mobility_=E2=80=93_Interview=3A_Senior_Softwar?=
     =?utf-8?Q?e_Engineer=2C_Fleet_Data?=
    Thread-Topic: =?utf-8?Q?Kestrel_Mobility_=E2=80=93_Interview=3A_Senior_Software_Engineer?=
     =?utf-8?Q?=2C_Fleet_Data?=
    Thread-Index: AdyrE1Rz0m1b2x7zS3ySm3Jt0m9VqwCCDDAAcF3E
    Date: Mon, 9 Mar 2026 20:05:00 +0000
    Message-ID: <SJ0PR11MB56780B1C2D3E4F5A6B7C8D9E0F1A2@SJ0PR11MB5678.namprd11.prod.outlook.com>
    Importance: high
    X-Priority: 1
    Accept-Language: en-US
    Content-Language: en-US
    X-MS-Has-Attach:
    X-MS-TNEF-Correlator:
    """,
    alt(
        text(KM_2_TEXT),
        html(auto_html(KM_2_TEXT, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
        cal_inline(km_ics("CANCEL", 1, "CANCELLED", "20260309T200458Z", True), "CANCEL"),
    ),
    L(
        "interview_cancel",
        company=KM,
        role=KM_ROLE,
        interview=("2026-03-17T09:00:00-07:00", "2026-03-17T09:45:00-07:00"),
        interviewers=[DEREK],
        thread="kestrel",
        notes="METHOD:CANCEL / STATUS:CANCELLED with a quoted TZID parameter. Role put on hold: a cancellation, not (yet) a rejection. interview = the cancelled slot.",
    ),
    crlf=True,
)

# =========================================================================== tidewater (en)
TW = "Tidewater Games"
TW_ROLE = "Founding Backend Engineer"
RUI = person("Rui Almeida", "rui@tidewater.example")
TW1 = "<CAPz6Hn1tY3wQ8eR0uI5oP7aS2dF4gJ9kL1@mail.gmail.com>"

TW_1_TEXT = """
Hey Dana,

Rui here, CTO at Tidewater. Saw your application for the founding backend role – your write-up on idempotent event consumers was great, we literally had that bug last month 😅

Would you be up for a relaxed 30-min video chat with me and Marta (our CEO)? No prep needed, we just want to get to know you and tell you what we're building.

Here's my calendar, grab whatever works: https://calendly.com/rui-tidewater/30min

Cheers,
Rui

Sent from my iPhone
"""

msg(
    "tidewater-1",
    f"""
    From: Rui Almeida <rui@tidewater.example>
    Date: Thu, 5 Feb 2026 22:14:31 +0000
    Message-ID: {TW1}
    Subject: =?UTF-8?B?eW91ciBhcHBsaWNhdGlvbiDwn5GL?=
    To: Dana Whitfield <dana.whitfield@example.org>
    X-Mailer: iPhone Mail (22D63)
    Mime-Version: 1.0 (1.0)
    """,
    text(TW_1_TEXT, quote_charset=False),
    L(
        "interview_invite",
        company=TW,
        role=TW_ROLE,
        interviewers=[RUI, person("Marta", None)],
        thread="tidewater",
        notes="Casual invite from the CTO with a Calendly link; the word 'interview' never appears ('video chat').",
    ),
)

TW_2_TEXT = f"""
Hi Dana,

Really sorry to do this, but I have to cancel our chat on Friday. We found out yesterday that our Series A is delayed, and we've paused all hiring until it closes. I didn't want to waste your time.

I'd love to pick this up again once we're back on track – I'll let you know.

Rui

On Thu, Feb 5, 2026 at 10:14 PM Rui Almeida <rui@tidewater.example> wrote:
{quote(TW_1_TEXT)}"""

msg(
    "tidewater-2",
    f"""
    MIME-Version: 1.0
    From: Rui Almeida <rui@tidewater.example>
    Date: Wed, 11 Feb 2026 08:50:17 +0000
    Message-ID: <CAPz6Hn7bK2mW5qE8rT0yU3iO6pA9sD1fG4@mail.gmail.com>
    Subject: =?UTF-8?B?UmU6IHlvdXIgYXBwbGljYXRpb24g8J+Riw==?=
    To: Dana Whitfield <dana.whitfield@example.org>
    In-Reply-To: {TW1}
    References: {TW1}
    """,
    alt(text(TW_2_TEXT), html(auto_html(TW_2_TEXT))),
    L(
        "interview_cancel",
        company=TW,
        role=None,
        interviewers=[RUI],
        thread="tidewater",
        notes="Plain-text cancellation of a Calendly-booked chat; the exact slot is not stated ('on Friday'), so interview is null. Hiring paused: cancel, not rejection.",
    ),
)

# =========================================================================== halcyon (en)
HL = "Halcyon Labs"
HL_ROLE = "Senior Backend Engineer (Payments)"
NOOR = person("Noor Visser", "noor.visser@halcyonlabs.example")

HL_1_TEXT = """
Hi Dana,

Just confirming our phone screen tomorrow, Tuesday 17 February, at 11:00 CET. I'll call you on +49 151 2345 6789 – it should take about 30 minutes.

Talk tomorrow!
Noor

--
Noor Visser | Talent Lead | Halcyon Labs
Keizersgracht 520, 1017 EK Amsterdam
"""

msg(
    "halcyon-1",
    """
    From: Noor Visser <noor.visser@halcyonlabs.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Tomorrow's call
    Date: Mon, 16 Feb 2026 16:40:02 +0100
    Message-ID: <20260216154002.1a2b3c4d@mail.halcyonlabs.example>
    User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.6.0
    MIME-Version: 1.0
    """,
    text(HL_1_TEXT, charset="UTF-8", cte="8bit", params="; format=flowed", quote_charset=False),
    L(
        "interview_confirmation",
        company=HL,
        role=None,
        interview=("2026-02-17T11:00:00+01:00", "2026-02-17T11:30:00+01:00"),
        interviewers=[NOOR],
        thread="halcyon",
        notes="Plain-text confirmation of a phone screen; neither 'interview' nor the role appears. 'about 30 minutes' gives the end.",
    ),
)

HL_2_TEXT = """
Hi Dana,

Great speaking earlier! As agreed on the phone, here's a calendar hold for your on-site assessment day at our Amsterdam office (Keizersgracht 520) on Thursday 5 March.

The day runs from 9:00 to about 16:30: a pair-programming session with two engineers from the Payments team, a system design conversation, lunch with the team, and a wrap-up with our CTO, Willem Bakker.

We'll reimburse your travel – just keep the receipts.

See you in Amsterdam!
Noor
"""

HL_2_ICS = """
BEGIN:VCALENDAR
METHOD:REQUEST
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
BEGIN:VEVENT
UID:7E1D3A5C-9B2F-4E6A-8C0D-2F4B6D8E0A1C
DTSTART;VALUE=DATE:20260305
DTEND;VALUE=DATE:20260306
DTSTAMP:20260223T091502Z
SUMMARY:Halcyon Labs – On-site assessment day (Dana Whitfield)
LOCATION:Halcyon Labs\\, Keizersgracht 520\\, 1017 EK Amsterdam
DESCRIPTION:Programme from 9:00 to about 16:30. Pair programming\\, system design\\, lunch\\, wrap-up with Willem Bakker.
ORGANIZER;CN=Noor Visser:mailto:noor.visser@halcyonlabs.example
ATTENDEE;CN=Dana Whitfield;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dana.whitfield@example.org
ATTENDEE;CN=Willem Bakker;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:willem.bakker@halcyonlabs.example
SEQUENCE:0
TRANSP:TRANSPARENT
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
"""

msg(
    "halcyon-2",
    """
    From: Noor Visser <noor.visser@halcyonlabs.example>
    Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))
    Subject: =?utf-8?Q?Invitation=3A_Halcyon_Labs_=E2=80=93_On-site_assessment_day_=28Th?=
     =?utf-8?Q?u_5_March=29?=
    Date: Mon, 23 Feb 2026 10:15:02 +0100
    Message-Id: <A3C5E7F9-1B2D-4F6A-8C0E-2A4C6E8F0B1D@halcyonlabs.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    X-Mailer: Apple Mail (2.3826.400.131.1.6)
    """,
    mixed(
        text(HL_2_TEXT, quote_charset=False, charset="utf-8"),
        cal_file(HL_2_ICS, "invite.ics", "text/calendar", method="REQUEST", cte="quoted-printable"),
        boundary="Apple-Mail=_4B2D8F1A-6C3E-4A70-9E5B-1D7F3C9A2E48",
    ),
    L(
        "interview_confirmation",
        company=HL,
        role=None,
        interview=("2026-03-05T09:00:00+01:00", "2026-03-05T16:30:00+01:00"),
        interviewers=[person("Willem Bakker", "willem.bakker@halcyonlabs.example")],
        thread="halcyon",
        notes="The calendar event is ALL-DAY (VALUE=DATE); the actual times come from the text. Confirms what was agreed by phone. The two pair-programming engineers are unnamed.",
    ),
)

HL_3_TEXT = """
Hi Dana,

Thanks again for coming all the way to Amsterdam last week – the team really enjoyed the day.

We're finalising our decision with Willem this week, and you'll hear from us by Friday.

Best,
Noor
"""

msg(
    "halcyon-3",
    """
    From: Noor Visser <noor.visser@halcyonlabs.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Quick update
    Date: Wed, 11 Mar 2026 09:05:40 +0100
    Message-ID: <20260311080540.5e6f7a8b@mail.halcyonlabs.example>
    User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.6.0
    MIME-Version: 1.0
    """,
    text(HL_3_TEXT, cte="quoted-printable"),
    L(
        "timeline_update",
        company=HL,
        role=None,
        decision=("by Friday", next_weekday("fri")),
        thread="halcyon",
        notes="'by Friday' = the first Friday after the message date.",
    ),
)

HL_4_TEXT = """
Hi Dana,

Quick update as promised – we've decided to go with an internal candidate for the role, who has been covering parts of it over the past months.

Thank you so much for your time and for the energy you brought to the assessment day. I'd be happy to keep in touch.

Best,
Noor
"""

msg(
    "halcyon-4",
    """
    From: Noor Visser <noor.visser@halcyonlabs.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Re: Quick update
    Date: Fri, 13 Mar 2026 15:20:11 +0100
    Message-ID: <20260313142011.9c0d1e2f@mail.halcyonlabs.example>
    In-Reply-To: <20260311080540.5e6f7a8b@mail.halcyonlabs.example>
    References: <20260311080540.5e6f7a8b@mail.halcyonlabs.example>
    User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.6.0
    MIME-Version: 1.0
    """,
    text(HL_4_TEXT, cte="quoted-printable"),
    L(
        "rejection",
        company=HL,
        role=None,
        thread="halcyon",
        notes="Short and indirect: 'decided to go with an internal candidate'. No 'unfortunately', no 'reject'.",
    ),
)

# =========================================================================== vektor (de)
VK = "Vektor Systems"
VK_ROLE = "Senior Platform Engineer (m/w/d)"
SABINE = person("Sabine Huber", "sabine.huber@vektor-systems.example")

VK_1_TEXT = """
Hallo Frau Whitfield,

vielen Dank für Ihre Bewerbung als Senior Platform Engineer (m/w/d) bei der Vektor Systems AG. Wir haben uns Ihre Unterlagen angesehen und würden Sie gerne in einem ersten Videocall (45 Minuten) mit Florian Maier (Head of Platform) und mir kennenlernen.

Bitte wählen Sie über den folgenden Link einen für Sie passenden Termin aus:
https://vektor-systems.jobs.personio.de/interview-scheduling/8c1f4e7a-2b9d-4c3e-a6f0-5d8b1e4a7c92

Nach dem Gespräch erhalten Sie innerhalb von 10 Werktagen eine Rückmeldung von uns.

Viele Grüße
Sabine Huber
Talent Acquisition | Vektor Systems AG
Leopoldstraße 200 · 80804 München
"""

msg(
    "vektor-1",
    """
    From: Vektor Systems AG <no-reply@mail.personio.de>
    Reply-To: Sabine Huber <sabine.huber@vektor-systems.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?Einladung_zum_Kennenlernen_=E2=80=93_Senior_Platform_Engineer?=
     =?UTF-8?Q?_=28m/w/d=29?=
    Date: Tue, 10 Feb 2026 10:22:48 +0100
    Message-ID: <3b9f0e6c2a7d41e8b5c4@mail.personio.de>
    X-Personio-Template: interview-self-scheduling
    """,
    alt(text(VK_1_TEXT), html(auto_html(VK_1_TEXT))),
    L(
        "interview_invite",
        language="de",
        company=VK,
        role=VK_ROLE,
        interviewers=[person("Florian Maier", None), SABINE],
        thread="vektor",
        notes="Self-scheduling link. 'innerhalb von 10 Werktagen' is anchored to an interview whose date is not known yet, so decision_date is null (decision_text too).",
    ),
)

VK_2_TEXT = """
Hallo Frau Whitfield,

vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihren Termin:

Datum: Dienstag, 24.02.2026
Uhrzeit: 10:00 – 10:45 Uhr (MEZ)
Ort: Google Meet – https://meet.google.com/vkt-plat-frm
Teilnehmende: Florian Maier, Sabine Huber

Im Anhang finden Sie eine Kalenderdatei (.ics). Sollten Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte über folgenden Link ab oder wählen Sie einen neuen Termin:
https://vektor-systems.jobs.personio.de/interview-scheduling/8c1f4e7a-2b9d-4c3e-a6f0-5d8b1e4a7c92/manage

Viele Grüße
Ihr Recruiting-Team der Vektor Systems AG
"""

VK_2_ICS = f"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//DE
METHOD:REQUEST
{vtz("Europe/Berlin")}
BEGIN:VEVENT
UID:interview-8c1f4e7a-2b9d-4c3e-a6f0-5d8b1e4a7c92@personio.de
DTSTAMP:20260211T183210Z
DTSTART;TZID=Europe/Berlin:20260224T100000
DTEND;TZID=Europe/Berlin:20260224T104500
SUMMARY:Kennenlernen Vektor Systems AG – Dana Whitfield
LOCATION:https://meet.google.com/vkt-plat-frm
ORGANIZER;CN=Sabine Huber:mailto:sabine.huber@vektor-systems.example
ATTENDEE;CN=Florian Maier;ROLE=REQ-PARTICIPANT:mailto:florian.maier@vektor-systems.example
ATTENDEE;CN=Sabine Huber;ROLE=REQ-PARTICIPANT:mailto:sabine.huber@vektor-systems.example
ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dana.whitfield@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

msg(
    "vektor-2",
    """
    From: Vektor Systems AG <no-reply@mail.personio.de>
    Reply-To: Sabine Huber <sabine.huber@vektor-systems.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?Terminbest=C3=A4tigung=3A_Kennenlernen_am_24=2E02=2E2026_um_10=3A00?=
     =?UTF-8?Q?_Uhr?=
    Date: Wed, 11 Feb 2026 19:32:10 +0100
    Message-ID: <7e2a9c4f1b8d43a6a0e1@mail.personio.de>
    Auto-Submitted: auto-generated
    """,
    mixed(
        text(VK_2_TEXT, cte="base64"),
        cal_file(VK_2_ICS, "termin.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "interview_confirmation",
        language="de",
        company=VK,
        role=None,
        interview=("2026-02-24T10:00:00+01:00", "2026-02-24T10:45:00+01:00"),
        interviewers=[
            person("Florian Maier", "florian.maier@vektor-systems.example"),
            SABINE,
        ],
        thread="vektor",
        notes="Booking confirmation with a base64 body and a TZID=Europe/Berlin .ics.",
    ),
)

VK_3_TEXT = """
Hallo Frau Whitfield,

vielen Dank nochmals für das angenehme Gespräch am Dienstag – Florian war sehr angetan.

Damit wir den Prozess fortsetzen können, benötigen wir noch folgende Unterlagen von Ihnen:

- Ihre Arbeitszeugnisse der letzten beiden Arbeitgeber
- eine kurze Arbeitsprobe (z. B. einen Link zu einem Repository oder ein Design-Dokument, das Sie teilen dürfen)
- Ihre Gehaltsvorstellung (brutto/Jahr) sowie Ihre Kündigungsfrist

Bitte laden Sie die Dokumente bis Mittwoch, 4. März, in Ihrem Bewerberkonto hoch:
https://vektor-systems.jobs.personio.de/candidate/documents

Viele Grüße
Sabine Huber
"""

msg(
    "vektor-3",
    """
    From: Sabine Huber <sabine.huber@vektor-systems.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?Ihre_Unterlagen_f=C3=BCr_den_n=C3=A4chsten_Schritt?=
    Date: Thu, 26 Feb 2026 11:10:05 +0100
    Message-ID: <CAM5tR2b8nW4qE6rT9yU1iO3pA7sD0fG2hJ@mail.gmail.com>
    MIME-Version: 1.0
    """,
    alt(text(VK_3_TEXT), html(auto_html(VK_3_TEXT))),
    L(
        "info_request",
        language="de",
        company=VK,
        role=None,
        thread="vektor",
        notes="Asks for references letters (Zeugnisse), a work sample and salary expectations. 'bis Mittwoch, 4. März' is Dana's deadline.",
    ),
)

VK_4_TEXT = """
Hallo Frau Whitfield,

wir sind in der finalen Phase und würden gerne noch mit zwei Referenzgebern sprechen – idealerweise mit einer ehemaligen Führungskraft.

Könnten Sie uns Namen, Position und Kontaktdaten (Telefon oder E-Mail) nennen? Selbstverständlich kontaktieren wir niemanden bei Ihrem aktuellen Arbeitgeber ohne Ihre ausdrückliche Zustimmung.

Unsere Entscheidung möchten wir Ihnen im Laufe der nächsten Woche mitteilen.

Viele Grüße
Sabine Huber
"""

msg(
    "vektor-4",
    """
    From: Sabine Huber <sabine.huber@vektor-systems.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Referenzen
    Date: Tue, 10 Mar 2026 14:00:51 +0100
    Message-ID: <CAM5tR2f1qW8eR3tY6uI9oP2aS5dF7gH0jK@mail.gmail.com>
    MIME-Version: 1.0
    """,
    alt(text(VK_4_TEXT), html(auto_html(VK_4_TEXT))),
    L(
        "reference_request",
        language="de",
        company=VK,
        role=None,
        decision=("im Laufe der nächsten Woche", end_of_next_week()),
        thread="vektor",
        notes="'im Laufe der nächsten Woche' (during next week) resolves to Friday of next week.",
    ),
)

VK_5_TEXT = """
Hallo Frau Whitfield,

es freut mich sehr, Ihnen mitteilen zu dürfen, dass wir Ihnen die Position als Senior Platform Engineer (m/w/d) anbieten möchten!

Im Anhang finden Sie unser Vertragsangebot. Die wichtigsten Eckdaten:

- Jahresbruttogehalt: 92.000 €
- 30 Urlaubstage
- Remote-first, Büro in München nach Wunsch
- Start: 1. Mai 2026 oder nach Vereinbarung

Wir würden uns freuen, wenn Sie uns bis zum 27. März Bescheid geben. Für Fragen steht Ihnen Florian gerne auch telefonisch zur Verfügung.

Viele Grüße
Sabine Huber
Talent Acquisition | Vektor Systems AG
"""

msg(
    "vektor-5",
    """
    From: Sabine Huber <sabine.huber@vektor-systems.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Cc: Florian Maier <florian.maier@vektor-systems.example>
    Subject: =?iso-8859-15?Q?Ihr_Vertragsangebot_=96_Senior_Platform_Engineer_=28m/w/d=29?=
    Date: Thu, 19 Mar 2026 16:05:33 +0100
    Message-ID: <20260319150533.GA11873@vektor-systems.example>
    User-Agent: Mutt/2.2.12 (2023-09-09)
    """,
    mixed(
        text(VK_5_TEXT, charset="iso-8859-15", quote_charset=False),
        attachment(
            fake_pdf("Vertragsangebot"),
            "application/pdf",
            "attachment; filename*=iso-8859-1''Vertragsangebot_Whitfield_M%FCnchen.pdf",
        ),
    ),
    L(
        "offer",
        language="de",
        company=VK,
        role=VK_ROLE,
        thread="vektor",
        notes="iso-8859-15 body (the € sign is 0xA4). The Subject's =96 is not a dash in iso-8859-15 (a sender bug kept on purpose). RFC 2231 filename in iso-8859-1. 'bis zum 27. März' is Dana's deadline.",
    ),
)

# =========================================================================== alpenglanz (de-CH)
AG = "Alpenglanz Software"
AG_ROLE = "Backend-Entwicklerin / Backend-Entwickler (80–100 %)"
RETO = person("Reto Ammann", "reto.ammann@alpenglanz.example")

AG_1_TEXT = """
Grüezi Frau Whitfield

Herzlichen Dank für Ihre Bewerbung und Ihr Interesse an der Alpenglanz Software AG. Gerne möchten wir Sie besser kennenlernen und laden Sie zu einem ersten Gespräch via Zoom ein:

Dienstag, 10. März 2026, 09:30–10:30 Uhr (MEZ)
mit Nadja Steiner (Teamleiterin Backend) und Reto Ammann (HR Business Partner)

Den Zoom-Link erhalten Sie mit einer separaten Einladung. Bitte bestätigen Sie uns den Termin bis Freitag.

Freundliche Grüsse

Reto Ammann
HR Business Partner
Alpenglanz Software AG | Hardstrasse 219 | 8005 Zürich
"""

msg(
    "alpenglanz-1",
    """
    From: Reto Ammann <reto.ammann@alpenglanz.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?utf-8?B?RWlubGFkdW5nIHp1bSBHZXNwcsOkY2gg4oCTIEJhY2tlbmQtRW50d2lja2xlcmlu?=
     =?utf-8?B?IC8gQmFja2VuZC1FbnR3aWNrbGVy?=
    Date: Wed, 25 Feb 2026 08:45:19 +0100
    Message-ID: <e4d5c6b7a8f94e21b0c3@alpenglanz.example>
    X-Mailer: Microsoft Outlook 16.0
    MIME-Version: 1.0
    """,
    alt(text(AG_1_TEXT, cte="base64"), html(auto_html(AG_1_TEXT), cte="base64")),
    L(
        "interview_invite",
        language="de",
        company=AG,
        role=AG_ROLE,
        interview=("2026-03-10T09:30:00+01:00", "2026-03-10T10:30:00+01:00"),
        interviewers=[person("Nadja Steiner", None), RETO],
        thread="alpenglanz",
        notes="Swiss German (no ß). 'bis Freitag' is Dana's deadline to confirm, not a decision timeline.",
    ),
)

AG_2_TEXT = """
Guten Tag Frau Whitfield

Vielen Dank für das angenehme Gespräch von gestern. Nadja und ich haben den Austausch sehr geschätzt.

Wir führen in dieser Woche noch weitere Gespräche und werden Ihnen innerhalb von 10 Werktagen einen Bescheid geben.

Freundliche Grüsse
Reto Ammann
"""

msg(
    "alpenglanz-2",
    """
    From: Reto Ammann <reto.ammann@alpenglanz.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?utf-8?Q?Unser_Gespr=C3=A4ch_vom_10=2E_M=C3=A4rz?=
    Date: Wed, 11 Mar 2026 13:20:44 +0100
    Message-ID: <a1b2c3d4e5f64a7b8c9d@alpenglanz.example>
    X-Mailer: Microsoft Outlook 16.0
    MIME-Version: 1.0
    """,
    text(AG_2_TEXT),
    L(
        "timeline_update",
        language="de",
        company=AG,
        role=None,
        decision=("innerhalb von 10 Werktagen", plus_business_days(10)),
        thread="alpenglanz",
        notes="10 Werktage = 10 business days (Mon–Fri).",
    ),
)

AG_3_TEXT = """
Sehr geehrte Frau Whitfield

Nochmals vielen Dank für Ihr Interesse an der Alpenglanz Software AG und für die Zeit, die Sie sich für unseren Bewerbungsprozess genommen haben.

Nach sorgfältiger Prüfung aller Kandidaturen haben wir uns entschieden, den Prozess mit einer anderen Person weiterzuführen, deren Profil unseren aktuellen Anforderungen noch etwas besser entspricht. Dieser Entscheid ist uns nicht leichtgefallen.

Gerne würden wir Ihr Dossier mit Ihrem Einverständnis für künftige Vakanzen in Evidenz halten.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüsse
Reto Ammann
HR Business Partner
"""

msg(
    "alpenglanz-3",
    """
    From: Reto Ammann <reto.ammann@alpenglanz.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Ihre Bewerbung bei der Alpenglanz Software AG
    Date: Fri, 20 Mar 2026 11:00:02 +0100
    Message-ID: <f7e6d5c4b3a24190a8b7@alpenglanz.example>
    X-Mailer: Microsoft Outlook 16.0
    MIME-Version: 1.0
    """,
    alt(text(AG_3_TEXT), html(auto_html(AG_3_TEXT))),
    L(
        "rejection",
        language="de",
        company=AG,
        role=None,
        thread="alpenglanz",
        notes="Swiss phrasing: 'den Prozess mit einer anderen Person weiterzuführen', 'Dossier in Evidenz halten'. No 'leider', no 'Absage'.",
    ),
)

# =========================================================================== elbbruecke (de)
EB = "Elbbrücke Software"
EB_ROLE = "DevOps Engineer (m/w/d)"

EB_1 = (
    dd(
        """
    Return-Path: <j.baecker@elbbruecke.example>
    From: J\xfcrgen B\xe4cker <j.baecker@elbbruecke.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Absage Termin Donnerstag
    Date: Tue, 24 Feb 2026 17:45:12 +0100
    Message-ID: <5E1B2C3D.4A5F6E70@elbbruecke.example>
    X-Mailer: Claws Mail 3.17.5 (GTK+ 2.24.32; x86_64-pc-linux-gnu)
    MIME-Version: 1.0
    Content-Type: text/plain; charset=ISO-8859-1
    Content-Transfer-Encoding: 8bit

    Sehr geehrte Frau Whitfield,

    leider m\xfcssen wir den f\xfcr Donnerstag, 26.02., 15:00-16:00 Uhr geplanten
    Termin absagen, da unser Teamleiter krankheitsbedingt ausf\xe4llt.

    Wir melden uns in den n\xe4chsten Tagen mit einem neuen Terminvorschlag bei
    Ihnen. Wir bitten um Ihr Verst\xe4ndnis.

    Mit freundlichen Gr\xfc\xdfen

    J\xfcrgen B\xe4cker
    Gesch\xe4ftsf\xfchrer
    Elbbr\xfccke Software GmbH, Stresemannstra\xdfe 29, 22769 Hamburg
    """
    )
).encode("latin-1")

raw(
    "elbbruecke-1",
    EB_1,
    L(
        "interview_cancel",
        language="de",
        company=EB,
        role=None,
        interview=("2026-02-26T15:00:00+01:00", "2026-02-26T16:00:00+01:00"),
        interviewers=[],
        thread="elbbruecke",
        notes="'Absage' here cancels an appointment, not the application. Raw ISO-8859-1 bytes in the From header (no RFC 2047) and an 8-bit body. A new slot is promised but not given: cancel, not reschedule. interview = the cancelled slot.",
    ),
)

EB_2_TEXT = """
Sehr geehrte Frau Whitfield,

vielen Dank für Ihre Geduld in den letzten Wochen.

Leider müssen wir Ihnen mitteilen, dass wir die Stelle als DevOps Engineer (m/w/d) zwischenzeitlich intern besetzt haben. Ihre Bewerbung können wir daher nicht weiter berücksichtigen.

Wir bedauern sehr, dass es nicht mehr zu unserem Gespräch gekommen ist, und wünschen Ihnen für Ihre weitere Suche viel Erfolg.

Mit freundlichen Grüßen

Jürgen Bäcker
Geschäftsführer
Elbbrücke Software GmbH
"""

msg(
    "elbbruecke-2",
    """
    From: =?ISO-8859-1?Q?J=FCrgen_B=E4cker?= <j.baecker@elbbruecke.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Ihre Bewerbung als DevOps Engineer
    Date: Tue, 10 Mar 2026 09:30:27 +0100
    Message-ID: <5E2F3A4B.6C7D8E90@elbbruecke.example>
    X-Mailer: Claws Mail 3.17.5 (GTK+ 2.24.32; x86_64-pc-linux-gnu)
    MIME-Version: 1.0
    """,
    text(EB_2_TEXT, charset="ISO-8859-1", cte="8bit", quote_charset=False),
    L(
        "rejection",
        language="de",
        company=EB,
        role=EB_ROLE,
        thread="elbbruecke",
        notes="'Leider müssen wir Ihnen mitteilen' – position filled internally.",
    ),
)

# =========================================================================== lavande (fr)
ML = "Maison Lavande"
ML_ROLE = "Ingénieur DevOps (H/F)"
CAMILLE = person("Camille Roux", "camille.roux@maisonlavande.example")

ML_1_TEXT = """
Bonjour Dana,

Votre candidature pour le poste d'Ingénieur DevOps (H/F) a retenu notre attention et nous souhaiterions échanger avec vous lors d'un premier entretien de 30 minutes avec Camille Roux, Talent Acquisition Manager.

Choisissez le créneau qui vous convient le mieux :
https://www.welcomekit.co/dashboard/o/maison-lavande/scheduling/3a7e9c1b

À très vite,
L'équipe Maison Lavande
"""

msg(
    "lavande-1",
    """
    From: Maison Lavande <no-reply@welcomekit.co>
    Reply-To: Camille Roux <camille.roux@maisonlavande.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?Maison_Lavande_=E2=80=93_Planifiez_votre_entretien?=
    Date: Wed, 4 Feb 2026 09:40:00 +0100
    Message-ID: <wk.8f3e1a2b4c5d@welcomekit.co>
    List-Unsubscribe: <https://www.welcomekit.co/unsubscribe/candidate/8f3e1a2b4c5d>
    """,
    alt(text(ML_1_TEXT), html(auto_html(ML_1_TEXT, "font-family:'Work Sans',Arial,sans-serif;color:#222"))),
    L(
        "interview_invite",
        language="fr",
        company=ML,
        role=ML_ROLE,
        interviewers=[CAMILLE],
        thread="lavande",
        notes="Self-scheduling link from the ATS; the interviewer's address is the Reply-To. Carries a List-Unsubscribe header although it is a real event.",
    ),
)

ML_2_TEXT = """
Bonjour Dana,

Votre entretien est confirmé :

Mercredi 11 février 2026, de 10h00 à 10h30 (heure de Paris)
Avec : Camille Roux
Lieu : visioconférence – https://meet.google.com/mlv-dvop-lyn

Vous trouverez ci-joint une invitation à ajouter à votre agenda.

Besoin de modifier le créneau ? Rendez-vous sur votre espace candidat.

L'équipe Maison Lavande
"""

ML_2_ICS = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Scheduling//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:wk-interview-3a7e9c1b-0211@welcomekit.co
DTSTAMP:20260204T191304Z
DTSTART:20260211T090000Z
DTEND:20260211T093000Z
SUMMARY:Entretien Maison Lavande – Dana Whitfield
LOCATION:https://meet.google.com/mlv-dvop-lyn
ORGANIZER;CN=Camille Roux:mailto:camille.roux@maisonlavande.example
ATTENDEE;CN=Dana Whitfield;RSVP=TRUE:mailto:dana.whitfield@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

msg(
    "lavande-2",
    """
    From: Maison Lavande <no-reply@welcomekit.co>
    Reply-To: Camille Roux <camille.roux@maisonlavande.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?Entretien_confirm=C3=A9_=3A_mercredi_11_f=C3=A9vrier_2026_=C3=A0_10h00?=
    Date: Wed, 4 Feb 2026 20:13:04 +0100
    Message-ID: <wk.9a0b1c2d3e4f@welcomekit.co>
    Auto-Submitted: auto-generated
    """,
    mixed(
        alt(text(ML_2_TEXT), html(auto_html(ML_2_TEXT))),
        cal_file(ML_2_ICS, "entretien.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "interview_confirmation",
        language="fr",
        company=ML,
        role=None,
        interview=("2026-02-11T10:00:00+01:00", "2026-02-11T10:30:00+01:00"),
        interviewers=[CAMILLE],
        thread="lavande",
        notes="UTC .ics; French times in the text.",
    ),
)

ML_3_HTML = """
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Bonjour Dana,</p>
<p>Merci pour le temps que vous avez accordé à Maison Lavande et pour notre échange de la semaine dernière.</p>
<p>Malheureusement, nous avons retenu un autre profil pour ce poste, plus proche de notre besoin en matière d&#39;infrastructure <i>on-premise</i>.</p>
<p>Nous conservons votre candidature dans notre vivier et ne manquerons pas de revenir vers vous si un poste correspondant à votre profil venait à s&#39;ouvrir.</p>
<p>Nous vous souhaitons une belle continuation,</p>
<p>Camille Roux<br><span style="color:#7a5cb0">Talent Acquisition Manager &middot; Maison Lavande</span><br>
<span style="font-size:12px;color:#888">14 quai Saint-Antoine, 69002 Lyon</span></p>
</div></body></html>
"""

msg(
    "lavande-3",
    """
    From: Camille Roux <camille.roux@maisonlavande.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?Votre_candidature_=E2=80=93_Ing=C3=A9nieur_DevOps?=
    Date: Mon, 16 Feb 2026 14:30:38 +0100
    Message-ID: <CAL7mQ1b4nV8xW2eR5tY9uI3oP6aS0dF1gH@mail.gmail.com>
    MIME-Version: 1.0
    """,
    html(ML_3_HTML),
    L(
        "rejection",
        language="fr",
        company=ML,
        role=ML_ROLE,
        thread="lavande",
        notes="HTML-only. 'Malheureusement, nous avons retenu un autre profil'.",
    ),
)

# =========================================================================== horizon (fr-BE)
HV = "Horizon Verre"
HV_ROLE = "Développeur Python (H/F/X)"
SOPHIE = person("Sophie Lambert", "sophie.lambert@horizonverre.example")

HV_1_TEXT = """
Madame Whitfield,

Suite à votre candidature au poste de Développeur Python (H/F/X), nous avons le plaisir de vous inviter à un entretien qui se tiendra le jeudi 19 février 2026 de 14h00 à 15h00 dans nos bureaux (Avenue Louise 231, 1050 Bruxelles), ou en visioconférence si vous le préférez.

Vous rencontrerez Monsieur Marc Dubois, responsable de l'équipe Data.

Merci de bien vouloir nous confirmer votre présence.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Sophie Lambert
Responsable des Ressources Humaines
Horizon Verre SA
"""

msg(
    "horizon-1",
    """
    From: Sophie Lambert <sophie.lambert@horizonverre.example>
    To: dana.whitfield@example.org
    Subject: =?iso-8859-1?Q?Invitation_=E0_un_entretien_=2D_D=E9veloppeur_Python_=28H/F/X=29?=
    Date: Mon, 9 Feb 2026 11:15:24 +0100
    Message-ID: <002301dc99a7$8b1c2d30$a1548790$@horizonverre.example>
    X-Mailer: Microsoft Outlook 16.0
    Thread-Index: AQH8mYeLHC0wobU0h5BkOQ==
    Content-Language: fr-be
    MIME-Version: 1.0
    """,
    alt(text(HV_1_TEXT, charset="iso-8859-1"), html(auto_html(HV_1_TEXT).replace("charset=utf-8", "charset=iso-8859-1"), charset="iso-8859-1")),
    L(
        "interview_invite",
        language="fr",
        company=HV,
        role=HV_ROLE,
        interview=("2026-02-19T14:00:00+01:00", "2026-02-19T15:00:00+01:00"),
        interviewers=[person("Marc Dubois", None)],
        thread="horizon",
        notes="Formal Belgian French, iso-8859-1 quoted-printable.",
    ),
)

HV_2_TEXT = """
Madame Whitfield,

Un imprévu nous oblige à décaler l'entretien prévu ce jeudi 19 février. Nous vous proposons de le reporter au lundi 23 février à 15h30 (même durée, même lieu).

Pourriez-vous nous confirmer que ce nouveau créneau vous convient ? Toutes nos excuses pour ce contretemps.

Bien cordialement,

Sophie Lambert
Responsable des Ressources Humaines
"""

msg(
    "horizon-2",
    """
    From: Sophie Lambert <sophie.lambert@horizonverre.example>
    To: dana.whitfield@example.org
    Subject: =?iso-8859-1?Q?Report_de_votre_entretien_du_19_f=E9vrier?=
    Date: Tue, 17 Feb 2026 09:05:50 +0100
    Message-ID: <004a01dc9fd1$2c3d4e50$84b7eaf0$@horizonverre.example>
    X-Mailer: Microsoft Outlook 16.0
    Thread-Index: AQH8n9EsPU5QhLfq8A==
    Content-Language: fr-be
    MIME-Version: 1.0
    """,
    text(HV_2_TEXT, charset="iso-8859-1"),
    L(
        "interview_reschedule",
        language="fr",
        company=HV,
        role=None,
        interview=("2026-02-23T15:30:00+01:00", "2026-02-23T16:30:00+01:00"),
        interviewers=[],
        thread="horizon",
        notes="New time proposed ('nous vous proposons'); 'même durée' means one hour, from horizon-1.",
    ),
)

HV_3_TEXT = """
Madame Whitfield,

Merci encore pour l'entretien d'hier avec Monsieur Dubois.

Afin de poursuivre le processus, pourriez-vous nous faire parvenir vos prétentions salariales (brut annuel) ainsi que votre date de disponibilité ? Nous aurions également besoin d'une copie de votre diplôme.

Bien cordialement,

Sophie Lambert
"""

msg(
    "horizon-3",
    """
    From: Sophie Lambert <sophie.lambert@horizonverre.example>
    To: dana.whitfield@example.org
    Subject: =?iso-8859-1?Q?Suite_de_votre_candidature_-_=E9l=E9ments_compl=E9mentaires?=
    Date: Tue, 24 Feb 2026 10:40:15 +0100
    Message-ID: <006b01dca56a$5e6f7080$1b4e5190$@horizonverre.example>
    X-Mailer: Microsoft Outlook 16.0
    Content-Language: fr-be
    MIME-Version: 1.0
    """,
    text(HV_3_TEXT, charset="iso-8859-1", cte="8bit"),
    L(
        "info_request",
        language="fr",
        company=HV,
        role=None,
        thread="horizon",
        notes="Salary expectations, availability date, diploma. 8-bit iso-8859-1 body.",
    ),
)

HV_4_TEXT = """
Madame Whitfield,

Nous accusons bonne réception de vos documents et vous en remercions.

Le comité de recrutement se réunira prochainement ; nous vous communiquerons notre décision sous 15 jours.

Bien cordialement,

Sophie Lambert

De : Dana Whitfield <dana.whitfield@example.org>
Envoyé : vendredi 27 février 2026 17:12
À : Sophie Lambert <sophie.lambert@horizonverre.example>
Objet : RE: Suite de votre candidature - éléments complémentaires

Madame Lambert,

Veuillez trouver ci-joint une copie de mon diplôme. Mes prétentions salariales se situent autour de 75 000 euros brut annuels, et je serai disponible à partir du 1er mai 2026 (préavis de trois mois).

Bien cordialement,
Dana Whitfield
"""

msg(
    "horizon-4",
    """
    From: Sophie Lambert <sophie.lambert@horizonverre.example>
    To: dana.whitfield@example.org
    Subject: =?iso-8859-1?Q?RE=3A_Suite_de_votre_candidature_-_=E9l=E9ments_compl=E9mentaires?=
    Date: Mon, 2 Mar 2026 16:20:09 +0100
    Message-ID: <009c01dcaa5b$7f8091a0$7e81b4e0$@horizonverre.example>
    In-Reply-To: <1c3e5a7b-9d0f-4b2a-8c4e-6f8a0b2c4d6e@example.org>
    References: <006b01dca56a$5e6f7080$1b4e5190$@horizonverre.example> <1c3e5a7b-9d0f-4b2a-8c4e-6f8a0b2c4d6e@example.org>
    X-Mailer: Microsoft Outlook 16.0
    Content-Language: fr-be
    MIME-Version: 1.0
    """,
    text(HV_4_TEXT, charset="iso-8859-1"),
    L(
        "timeline_update",
        language="fr",
        company=HV,
        role=None,
        decision=("sous 15 jours", plus_weeks(2)),
        thread="horizon",
        notes="'15 jours' is the French idiom for a fortnight: 14 days (README). It starts 'Nous accusons bonne réception' but is not an application ack. 'prochainement' is vague. Dana's quoted message (French Outlook header block) has '1er mai 2026', which is her availability.",
    ),
)

HV_5_TEXT = """
Madame Whitfield,

Nous avons le plaisir de vous informer que votre candidature a été retenue pour la dernière étape de notre processus.

Avant de finaliser notre décision, pourriez-vous nous transmettre les coordonnées de deux personnes de référence (idéalement d'anciens responsables hiérarchiques) que nous pourrions contacter ?

Bien cordialement,

Sophie Lambert
"""

msg(
    "horizon-5",
    """
    From: Sophie Lambert <sophie.lambert@horizonverre.example>
    To: dana.whitfield@example.org
    Subject: =?iso-8859-1?Q?R=E9f=E9rences_professionnelles?=
    Date: Wed, 11 Mar 2026 11:00:41 +0100
    Message-ID: <00c201dcb13d$90a1b2c0$b1e51840$@horizonverre.example>
    X-Mailer: Microsoft Outlook 16.0
    Content-Language: fr-be
    MIME-Version: 1.0
    """,
    text(HV_5_TEXT, charset="iso-8859-1"),
    L(
        "reference_request",
        language="fr",
        company=HV,
        role=None,
        thread="horizon",
        notes="'retenue pour la dernière étape' sounds like next_round, but what is asked is references.",
    ),
)

# =========================================================================== datalia (es)
DT = "Datalia Consultores"
DT_ROLE = "Desarrollador/a Backend Java"

DT_1_TEXT = """
Hola Dana,

Datalia Consultores te ha invitado a una entrevista para la oferta Desarrollador/a Backend Java.

Fecha: jueves, 26 de febrero de 2026
Hora: 11:30 (hora peninsular)
Tipo: videollamada (Microsoft Teams)

Mensaje de la empresa:
"Buenos días, Dana. Nos ha gustado mucho tu perfil y nos gustaría conocerte. La entrevista durará unos 45 minutos y estará presente nuestra responsable técnica, Marta Gómez. Un saludo."

Confirma tu asistencia desde tu área de candidato:
https://www.infojobs.net/candidate/applications/detail.xhtml?applicationId=9f8e7d6c5b4a

El equipo de InfoJobs
"""

msg(
    "datalia-1",
    """
    From: InfoJobs <noreply@infojobs.net>
    To: dana.whitfield@example.org
    Subject: Datalia Consultores quiere hacerte una entrevista
    Date: Thu, 19 Feb 2026 10:02:33 +0100
    Message-ID: <20260219090233.7a6b5c4d3e2f@mailing.infojobs.net>
    List-Unsubscribe: <https://www.infojobs.net/candidate/notifications/unsubscribe?t=ivw>
    X-Campaign: candidate-interview-invitation
    """,
    alt(text(DT_1_TEXT), html(auto_html(DT_1_TEXT, "font-family:Arial,sans-serif;color:#1f2933"))),
    L(
        "interview_invite",
        language="es",
        company=DT,
        role=DT_ROLE,
        interview=("2026-02-26T11:30:00+01:00", "2026-02-26T12:15:00+01:00"),
        interviewers=[person("Marta Gómez", None)],
        thread="datalia",
        notes="Job-board notification (InfoJobs) carrying a real invitation with a fixed time; bulk-style headers.",
    ),
)

DT_2_TEXT = """
Hola Dana,

Te recordamos que mañana, jueves 26 de febrero, a las 11:30, tienes una entrevista con Datalia Consultores para la oferta Desarrollador/a Backend Java.

Consejos para tu entrevista:
- Revisa la descripción de la oferta y prepara ejemplos concretos.
- Comprueba tu conexión y tu cámara unos minutos antes.
- Ten a mano tu CV y preguntas para la empresa.

¡Mucha suerte!
El equipo de InfoJobs
"""

msg(
    "datalia-2",
    """
    From: InfoJobs <noreply@infojobs.net>
    To: dana.whitfield@example.org
    Subject: =?UTF-8?Q?Recordatorio=3A_ma=C3=B1ana_tienes_una_entrevista_con_Datalia_Con?=
     =?UTF-8?Q?sultores?=
    Date: Wed, 25 Feb 2026 09:00:03 +0100
    Message-ID: <20260225080003.1b2c3d4e5f6a@mailing.infojobs.net>
    List-Unsubscribe: <https://www.infojobs.net/candidate/notifications/unsubscribe?t=rem>
    Auto-Submitted: auto-generated
    """,
    alt(text(DT_2_TEXT), html(auto_html(DT_2_TEXT))),
    L(
        "interview_confirmation",
        language="es",
        company=DT,
        role=DT_ROLE,
        interview=("2026-02-26T11:30:00+01:00", None),
        interviewers=[],
        thread="datalia",
        notes="Reminder with interview tips (which look like a newsletter). No end or duration in this message: end is null.",
    ),
)

DT_3_TEXT = """
Hola Dana:

Gracias de nuevo por tu tiempo el jueves pasado. Seguimos valorando las candidaturas finalistas y te daremos una respuesta antes del viernes.

Un saludo,
Marta Gómez
Responsable Técnica · Datalia Consultores
"""

msg(
    "datalia-3",
    """
    From: =?utf-8?Q?Marta_G=C3=B3mez?= <marta.gomez@datalia.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Proceso Desarrollador/a Backend Java
    Date: Mon, 2 Mar 2026 12:40:08 +0100
    Message-ID: <f2e3d4c5b6a7@datalia.example>
    MIME-Version: 1.0
    """,
    text(DT_3_TEXT, charset="iso-8859-1", cte="8bit", encode_as="utf-8", quote_charset=False),
    L(
        "timeline_update",
        language="es",
        company=DT,
        role=DT_ROLE,
        decision=("antes del viernes", next_weekday("fri")),
        thread="datalia",
        notes="Declares charset=iso-8859-1 but the body is UTF-8 (mojibake if trusted). 'antes del viernes' resolves to that Friday (upper end).",
    ),
)

DT_4_TEXT = """
Estimada Sra. Whitfield:

Le agradecemos sinceramente el interés mostrado por formar parte de Datalia Consultores y el tiempo dedicado a nuestro proceso de selección.

Lamentamos informarle de que, tras valorar detenidamente todas las candidaturas, hemos decidido continuar el proceso con otros perfiles que se ajustan en mayor medida a los requisitos del puesto.

Conservaremos sus datos en nuestra base de datos durante un periodo de 12 meses para futuras vacantes, de acuerdo con la normativa de protección de datos.

Atentamente,
Departamento de Selección
Datalia Consultores, S.L.
"""

msg(
    "datalia-4",
    """
    From: =?utf-8?Q?Datalia_Consultores_=E2=80=93_Selecci=C3=B3n?= <seleccion@datalia.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?utf-8?Q?Resultado_del_proceso_de_selecci=C3=B3n?=
    Date: Thu, 5 Mar 2026 17:10:59 +0100
    Message-ID: <a9b8c7d6e5f4@datalia.example>
    MIME-Version: 1.0
    """,
    alt(text(DT_4_TEXT, cte="base64"), html(auto_html(DT_4_TEXT), cte="base64")),
    L(
        "rejection",
        language="es",
        company=DT,
        role=None,
        thread="datalia",
        notes="Formal usted: 'Lamentamos informarle'. '12 meses' is data retention, not a timeline.",
    ),
)

# =========================================================================== alba (es-MX)
GA = "Grupo Alba"
GA_ROLE = "Arquitecto/a de Datos"
DANIELA = person("Daniela Ruiz", "daniela.ruiz@grupoalba.example")
TREVINO = person("Alejandro Treviño", None)

GA_1_TEXT = """
Hola Dana,

¡Qué gusto saludarte! Te escribo de parte de Grupo Alba. Revisamos tu perfil para la vacante de Arquitecto/a de Datos (remoto) y nos gustaría agendar una primera entrevista contigo.

Te propongo el lunes 9 de marzo a las 9:00 a. m., hora del centro de México (CDMX), por Google Meet, con una duración de una hora. Estaría presente el Ing. Alejandro Treviño, director de Datos.

¿Me confirmas si te funciona? Quedo atenta.

Saludos cordiales,
Daniela Ruiz
Adquisición de Talento | Grupo Alba
"""

msg(
    "alba-1",
    """
    From: Daniela Ruiz <daniela.ruiz@grupoalba.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Entrevista - Arquitecto/a de Datos | Grupo Alba
    Date: Wed, 25 Feb 2026 10:20:00 -0600
    Message-ID: <MN2PR15MB3482C1D2E3F4A5B6C7D8E9F0A1B2C@MN2PR15MB3482.namprd15.prod.outlook.com>
    Content-Language: es-MX
    MIME-Version: 1.0
    """,
    alt(text(GA_1_TEXT), html(auto_html(GA_1_TEXT, "font-family:Calibri,sans-serif;font-size:11pt"))),
    L(
        "interview_invite",
        language="es",
        company=GA,
        role=GA_ROLE,
        interview=("2026-03-09T09:00:00-06:00", "2026-03-09T10:00:00-06:00"),
        interviewers=[TREVINO],
        thread="alba",
        notes="Mexico City time: no daylight saving since 2022, so -06:00 (16:00 in Berlin).",
    ),
)

GA_2_TEXT = """
Hola Dana,

Una disculpa: al Ing. Treviño se le presentó un viaje el lunes. ¿Podemos mover la entrevista al martes 10 de marzo a las 10:00 a. m. (hora CDMX)? Misma liga de Meet y misma duración. Ya te envié la invitación actualizada.

Gracias por tu comprensión,
Daniela

De: Daniela Ruiz <daniela.ruiz@grupoalba.example>
Enviado el: miércoles, 25 de febrero de 2026 10:20
Para: Dana Whitfield <dana.whitfield@example.org>
Asunto: Entrevista - Arquitecto/a de Datos | Grupo Alba

""" + GA_1_TEXT

msg(
    "alba-2",
    """
    From: Daniela Ruiz <daniela.ruiz@grupoalba.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: RE: Entrevista - Arquitecto/a de Datos | Grupo Alba
    Date: Thu, 5 Mar 2026 11:45:30 -0600
    Message-ID: <MN2PR15MB34829A8B7C6D5E4F3A2B1C0D9E8F7@MN2PR15MB3482.namprd15.prod.outlook.com>
    Content-Language: es-MX
    MIME-Version: 1.0
    """,
    text(GA_2_TEXT),
    L(
        "interview_reschedule",
        language="es",
        company=GA,
        role=GA_ROLE,
        interview=("2026-03-10T10:00:00-06:00", "2026-03-10T11:00:00-06:00"),
        interviewers=[TREVINO],
        thread="alba",
        notes="Moved by one day; 'misma duración' = one hour (from alba-1). Quotes alba-1 below a Spanish Outlook header block (De/Enviado el/Para/Asunto), so the old time is still in the body.",
    ),
)

GA_3_TEXT = """
Hola Dana,

¡Buenas noticias! Al Ing. Treviño le encantó la conversación y nos gustaría invitarte a la siguiente fase del proceso: una entrevista técnica con dos integrantes del equipo de plataforma y, después, una conversación con nuestra CFO.

En los próximos días te comparto opciones de horario.

Saludos,
Daniela
"""

msg(
    "alba-3",
    """
    From: Daniela Ruiz <daniela.ruiz@grupoalba.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Siguiente fase - Grupo Alba
    Date: Fri, 13 Mar 2026 13:00:12 -0600
    Message-ID: <MN2PR15MB3482F0E1D2C3B4A5968778695A4B3@MN2PR15MB3482.namprd15.prod.outlook.com>
    Content-Language: es-MX
    MIME-Version: 1.0
    """,
    alt(text(GA_3_TEXT), html(auto_html(GA_3_TEXT))),
    L(
        "next_round",
        language="es",
        company=GA,
        role=None,
        thread="alba",
        notes="Next stage, no time. 'En los próximos días' is about scheduling and vague.",
    ),
)

GA_4_TEXT = """
Hola Dana,

Para avanzar con tu proceso, ¿podrías enviarnos tu CV actualizado en inglés y tu disponibilidad para incorporarte? También necesitamos saber si trabajarías como contratista desde Alemania o prefieres una relación laboral a través de nuestro socio en Europa.

¡Gracias!
Daniela
"""

msg(
    "alba-4",
    """
    From: Daniela Ruiz <daniela.ruiz@grupoalba.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Documentos pendientes
    Date: Mon, 16 Mar 2026 09:30:45 -0600
    Message-ID: <MN2PR15MB34825B6A7C8D9E0F1A2B3C4D5E6F7@MN2PR15MB3482.namprd15.prod.outlook.com>
    Content-Language: es-MX
    MIME-Version: 1.0
    """,
    text(GA_4_TEXT),
    L(
        "info_request",
        language="es",
        company=GA,
        role=None,
        thread="alba",
        notes="CV in English, start availability, contract setup.",
    ),
)

# =========================================================================== mareas (es)
MS = "Mareas Software"
MS_ROLE = "Backend Developer"

MS_1_TEXT = """
Este evento se ha cancelado y se ha eliminado de tu calendario.

Entrevista técnica – Dana Whitfield (Mareas Software)
viernes, 20 de febrero de 2026 ⋅ 12:00 – 13:00
Hora central europea - Madrid

Sentimos cancelar: la posición de Backend Developer se ha cerrado temporalmente. Pau te escribirá con más detalles.

Organizador
Pau Ferrer
pau.ferrer@mareas.example

Invitados
Pau Ferrer - organizador
Núria Vidal
dana.whitfield@example.org

Invitación de Google Calendar

Recibes este correo electrónico porque eres un invitado a este evento.
"""

MS_1_ICS = """
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20260220T110000Z
DTEND:20260220T120000Z
DTSTAMP:20260218T120344Z
ORGANIZER;CN=Pau Ferrer:mailto:pau.ferrer@mareas.example
UID:1m4r3a5s7d9f2g4h6j8k0l2p4q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pau Ferrer;X-NUM-GUESTS=0:mailto:pau.ferrer@mareas.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Núria Vidal;X-NUM-GUESTS=0:mailto:nuria.vidal@mareas.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=dana.whitfield@example.org;X-NUM-GUESTS=0:mailto:dana.whitfield@example.org
CREATED:20260209T101500Z
DESCRIPTION:Sentimos cancelar: la posición de Backend Developer se ha cerrado temporalmente. Pau te escribirá con más detalles.
LAST-MODIFIED:20260218T120343Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entrevista técnica – Dana Whitfield (Mareas Software)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

msg(
    "mareas-1",
    """
    Reply-To: Pau Ferrer <pau.ferrer@mareas.example>
    Sender: Google Calendar <calendar-notification@google.com>
    Auto-Submitted: auto-generated
    Message-ID: <calendar-5d2e8f1a-3b7c-4e90-a6d4-c8b2e1f0a793@google.com>
    Date: Wed, 18 Feb 2026 12:03:44 +0000
    Subject: =?UTF-8?Q?Evento_cancelado=3A_Entrevista_t=C3=A9cnica_=E2=80=93_Dana_W?=
     =?UTF-8?Q?hitfield_=28Mareas_Software=29_=40_vie_20_feb_2026_12=3A00_=2D_13?=
     =?UTF-8?Q?=3A00_=28CET=29_=28dana=2Ewhitfield=40example=2Eorg=29?=
    From: Pau Ferrer <pau.ferrer@mareas.example>
    To: dana.whitfield@example.org
    """,
    mixed(
        alt(
            text(MS_1_TEXT, charset="UTF-8", quote_charset=False, params="; format=flowed; delsp=yes", cte="base64"),
            html(auto_html(MS_1_TEXT, "font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043"), charset="UTF-8", quote_charset=False),
            cal_inline(MS_1_ICS, "CANCEL", cte="7bit", charset="UTF-8"),
        ),
        cal_file(MS_1_ICS, "invite.ics", "application/ics"),
    ),
    L(
        "interview_cancel",
        language="es",
        company=MS,
        role=MS_ROLE,
        interview=("2026-02-20T12:00:00+01:00", "2026-02-20T13:00:00+01:00"),
        interviewers=[
            person("Pau Ferrer", "pau.ferrer@mareas.example"),
            person("Núria Vidal", "nuria.vidal@mareas.example"),
        ],
        thread="mareas",
        notes="Spanish Google Calendar cancellation (METHOD:CANCEL). The position is 'closed temporarily': cancel, not rejection. interview = the cancelled slot.",
    ),
)

# =========================================================================== nubeclara (es)
NC = "Nube Clara"
NC_ROLE = "Data Engineer"

NC_1_TEXT = """
Hola Dana:

Muchas gracias por completar la prueba técnica. El equipo la está revisando junto con las de otros candidatos y te daremos una respuesta en las próximas dos semanas.

Un saludo,
Jordi Puig
Talent · Nube Clara
"""

msg(
    "nubeclara-1",
    """
    From: Jordi Puig <jordi@nubeclara.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?Prueba_t=C3=A9cnica_recibida?=
    Date: Mon, 2 Mar 2026 10:00:14 +0100
    Message-ID: <CAB9nR3t5yW7qE1rT4uI6oP8aS2dF0gH3jK@mail.gmail.com>
    MIME-Version: 1.0
    """,
    alt(text(NC_1_TEXT), html(auto_html(NC_1_TEXT))),
    L(
        "timeline_update",
        language="es",
        company=NC,
        role=None,
        decision=("en las próximas dos semanas", plus_weeks(2)),
        thread="nubeclara",
        notes="Acknowledges a take-home submission and states when a decision comes.",
    ),
)

NC_2_TEXT = """
Hola Dana:

Te escribo para darte respuesta sobre el proceso de Data Engineer.

Tras revisar tu prueba técnica con el equipo, hemos decidido no seguir adelante con tu candidatura en esta ocasión. La prueba estaba muy bien estructurada, pero buscamos a alguien con más experiencia en Spark y Databricks.

Te deseo mucha suerte con la búsqueda.

Un abrazo,
Jordi
"""

msg(
    "nubeclara-2",
    """
    From: Jordi Puig <jordi@nubeclara.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Proceso Data Engineer
    Date: Fri, 13 Mar 2026 12:30:40 +0100
    Message-ID: <CAB9nR3w8zX1qE4rT7uI0oP3aS6dF9gH2jL@mail.gmail.com>
    MIME-Version: 1.0
    """,
    text(NC_2_TEXT, cte="8bit"),
    L(
        "rejection",
        language="es",
        company=NC,
        role=NC_ROLE,
        thread="nubeclara",
        notes="Informal tú: 'hemos decidido no seguir adelante con tu candidatura'.",
    ),
)

# =========================================================================== mistral (fr)
msg(
    "mistral-1",
    """
    From: =?UTF-8?Q?L=C3=A9a_Fabre?= <lea.fabre@studiomistral.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?Prochaine_=C3=A9tape_=F0=9F=8E=89?=
    Date: Thu, 26 Feb 2026 15:10:27 +0100
    Message-ID: <CAE1qW3e5rT7yU9iO1pA3sD5fG7hJ9kL1zX@mail.gmail.com>
    MIME-Version: 1.0
    """,
    alt(
        text(
            """
            Bonjour Dana,

            Bonne nouvelle : suite à votre entretien avec Julien, nous avons le plaisir de vous annoncer que vous êtes retenue pour l'étape suivante du processus !

            Il s'agira d'un entretien technique d'environ 1h30 avec deux développeurs de l'équipe (revue de code et discussion d'architecture).

            Nous reviendrons vers vous très prochainement pour fixer une date.

            Belle fin de semaine,
            Léa Fabre
            Studio Mistral · Marseille
            """
        ),
        html(
            auto_html(
                """
            Bonjour Dana,

            Bonne nouvelle : suite à votre entretien avec Julien, nous avons le plaisir de vous annoncer que vous êtes retenue pour l'étape suivante du processus !

            Il s'agira d'un entretien technique d'environ 1h30 avec deux développeurs de l'équipe (revue de code et discussion d'architecture).

            Nous reviendrons vers vous très prochainement pour fixer une date.

            Belle fin de semaine,
            Léa Fabre
            Studio Mistral · Marseille
            """
            )
        ),
    ),
    L(
        "next_round",
        language="fr",
        company="Studio Mistral",
        role=None,
        notes="'retenue pour l'étape suivante', date to be set. 'très prochainement' is vague: no decision_date.",
    ),
)

# =========================================================================== kiln (en)
KS = "Kiln Studio"
BEN = person("Ben Adler", "ben@kilnstudio.example")

msg(
    "kiln-1",
    """
    From: Ben Adler <ben@kilnstudio.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Code sample?
    Date: Mon, 9 Feb 2026 11:00:37 +0100
    Message-ID: <CAD2wE4r6tY8uI0oP2aS4dF6gH8jK0lZ2xC@mail.gmail.com>
    MIME-Version: 1.0
    """,
    text(
        """
        Hi Dana,

        Thanks for the great first chat on Friday!

        Before we set up the technical round, could you share a code sample you're proud of – a GitHub repo, a gist, or a PR you're allowed to show? Ideally something in Python or Go, up to ~500 lines, so the team can look at it before we talk.

        Best,
        Ben
        """
    ),
    L(
        "info_request",
        company=KS,
        role=None,
        thread="kiln",
        notes="Work-sample request; it mentions a future technical round but does not invite to it yet.",
    ),
)

msg(
    "kiln-2",
    """
    From: Ben Adler <ben@kilnstudio.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Re: Code sample?
    Date: Mon, 16 Feb 2026 10:30:02 +0100
    Message-ID: <CAD2wE4u1iO3pA5sD7fG9hJ1kL3zX5cV7bN@mail.gmail.com>
    In-Reply-To: <CAD2wE4r6tY8uI0oP2aS4dF6gH8jK0lZ2xC@mail.gmail.com>
    References: <CAD2wE4r6tY8uI0oP2aS4dF6gH8jK0lZ2xC@mail.gmail.com>
     <8a6c4e2f-0b1d-4c3e-9f5a-7b9d1f3e5a7c@example.org>
    MIME-Version: 1.0
    """,
    text(
        """
        Hi Dana,

        Thanks for sending the code – the team really liked how you structured the retry logic and the tests around it.

        We'd love to move you to the next stage: a 2-hour technical round (system design plus a walkthrough of your sample) with Ines and Kofi from the platform team. I'll send over some time options later this week.

        Cheers,
        Ben
        """
    ),
    L(
        "next_round",
        company=KS,
        role=None,
        interviewers=[person("Ines", None), person("Kofi", None)],
        thread="kiln",
        notes="Next stage, times to follow. References a reply of Dana's that is not in the corpus.",
    ),
)

msg(
    "kiln-3",
    """
    From: Ben Adler <ben@kilnstudio.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Thanks for today
    Date: Thu, 5 Mar 2026 17:15:49 +0100
    Message-ID: <CAD2wE4y4uI6oP8aS0dF2gH4jK6lZ8xC0vB@mail.gmail.com>
    MIME-Version: 1.0
    """,
    text(
        """
        Hi Dana,

        Thanks for today's technical round – Ines and Kofi had a great time.

        We're meeting on Monday to discuss all the candidates, and we'll make a decision within a week. I'll keep you posted either way.

        Best,
        Ben
        """
    ),
    L(
        "timeline_update",
        company=KS,
        role=None,
        decision=("within a week", plus_days(7)),
        thread="kiln",
        notes="'within a week' = message date + 7 days. 'on Monday' is an internal meeting, not the decision.",
    ),
)

# =========================================================================== sable (en)
SM = "Sable & Moss"
SM_ROLE = "Senior Python Engineer"

msg(
    "sable-1",
    """
    From: Sable & Moss Talent <talent@sableandmoss.example>
    Reply-To: Amelia Hart <amelia.hart@sableandmoss.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Your take-home assignment - Senior Python Engineer
    Date: Tue, 10 Feb 2026 09:30:00 +0000
    Message-ID: <takehome.20260210093000.7c1e@sableandmoss.example>
    MIME-Version: 1.0
    """,
    mixed(
        text(
            """
            Hi Dana,

            Thanks for your time on the phone on Friday. As the next step for the Senior Python Engineer role, we'd like you to complete a short take-home assignment: a small rate-limiting service with an HTTP API. The brief is attached.

            Please aim to spend no more than 3-4 hours on it and send us your solution (a GitHub link or a zip file) within 5 days of receiving this email. If you need more time, just let us know.

            Best wishes,
            Amelia Hart
            Talent Partner, Sable & Moss
            """,
            charset="us-ascii",
            cte="7bit",
        ),
        attachment(
            fake_pdf("Take-home brief"),
            'application/pdf; name="Sable & Moss - Take-home brief.pdf"',
            'attachment; filename="Sable & Moss - Take-home brief.pdf"',
        ),
    ),
    L(
        "info_request",
        company=SM,
        role=SM_ROLE,
        thread="sable",
        notes="A take-home (work sample) is something the company asks for, not an interview. 'within 5 days' is Dana's deadline.",
    ),
)

msg(
    "sable-2",
    """
    From: Amelia Hart <amelia.hart@sableandmoss.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Re: Your take-home assignment - Senior Python Engineer
    Date: Mon, 16 Feb 2026 14:05:18 +0000
    Message-ID: <CAG5tY7u9iO1pA3sD5fG7hJ9kL1zX3cV5bN@mail.gmail.com>
    In-Reply-To: <d4f6a8c0-2e4a-4c6e-8a0c-2e4a6c8e0a2c@example.org>
    References: <takehome.20260210093000.7c1e@sableandmoss.example>
     <d4f6a8c0-2e4a-4c6e-8a0c-2e4a6c8e0a2c@example.org>
    MIME-Version: 1.0
    """,
    text(
        """
        Hi Dana,

        Thanks for submitting your take-home – we've received it and passed it on to the engineering team.

        Reviews take a little while as our engineers do them alongside their day-to-day work, so you'll hear back from us in two weeks.

        Best wishes,
        Amelia
        """
    ),
    L(
        "timeline_update",
        company=SM,
        role=SM_ROLE,
        decision=("in two weeks", plus_weeks(2)),
        thread="sable",
        notes="Receipt of a submission plus a stated timeline.",
    ),
)

# =========================================================================== helix / pebble / northgate / sundial (en)
HX = "Helix Biologics"
HX_ROLE = "Bioinformatics Software Engineer"

msg(
    "helix-1",
    """
    From: Helix Biologics <no-reply@greenhouse.io>
    To: dana.whitfield@example.org
    Subject: Thank you for applying to Helix Biologics
    Date: Wed, 14 Jan 2026 16:22:09 +0100
    Message-ID: <6967b4f1a2c3d_3c4d5e6f7081@greenhouse-mailer-6b8d9.mail>
    Auto-Submitted: auto-generated
    """,
    alt(
        text(
            """
            Hi Dana,

            Thank you for your interest in Helix Biologics! We wanted to let you know we received your application for Bioinformatics Software Engineer, and we are delighted that you would consider joining our team.

            Our team will review your application and, if your experience is a good fit, we'll reach out to schedule an interview. In the meantime, feel free to learn more about our science at https://helixbio.example/science.

            Regards,
            Helix Biologics Talent Team
            """
        ),
        html(
            auto_html(
                """
            Hi Dana,

            Thank you for your interest in Helix Biologics! We wanted to let you know we received your application for Bioinformatics Software Engineer, and we are delighted that you would consider joining our team.

            Our team will review your application and, if your experience is a good fit, we'll reach out to schedule an interview. In the meantime, feel free to learn more about our science at https://helixbio.example/science.

            Regards,
            Helix Biologics Talent Team
            """
            )
        ),
    ),
    L(
        "application_ack",
        hard_negative=True,
        company=HX,
        role=HX_ROLE,
        thread="helix",
        notes="Greenhouse ack that says 'schedule an interview' conditionally. No timeline.",
    ),
)

msg(
    "helix-2",
    """
    From: Helix Biologics Recruiting <no-reply@greenhouse.io>
    To: dana.whitfield@example.org
    Subject: Your application to Helix Biologics
    Date: Tue, 27 Jan 2026 18:00:00 +0000
    Message-ID: <6978fc40e1f2a_4d5e6f708192@greenhouse-mailer-6b8d9.mail>
    Auto-Submitted: auto-generated
    """,
    alt(
        text(
            """
            Dear Dana,

            Thank you for your interest in the Bioinformatics Software Engineer position at Helix Biologics.

            After careful consideration, we have decided to move forward with other candidates whose qualifications more closely match our current needs.

            We appreciate the time you invested in applying and encourage you to keep an eye on our careers page for future openings.

            Best regards,
            Helix Biologics Recruiting
            """
        ),
        html(
            auto_html(
                """
            Dear Dana,

            Thank you for your interest in the Bioinformatics Software Engineer position at Helix Biologics.

            After careful consideration, we have decided to move forward with other candidates whose qualifications more closely match our current needs.

            We appreciate the time you invested in applying and encourage you to keep an eye on our careers page for future openings.

            Best regards,
            Helix Biologics Recruiting
            """
            )
        ),
    ),
    L(
        "rejection",
        company=HX,
        role=HX_ROLE,
        thread="helix",
        notes="Classic ATS rejection before any interview.",
    ),
)

PP = "Pebble & Pine"
PP_ROLE = "Senior Backend Developer"

msg(
    "pebble-1",
    """
    From: Pebble & Pine <no-reply@hire.lever.co>
    To: dana.whitfield@example.org
    Subject: Thanks for applying to Pebble & Pine!
    Date: Thu, 15 Jan 2026 12:00:00 +0000
    Message-ID: <01000194c2f1e3a7-9b8c7d6e-5f4a-4b3c-a2d1-e0f9a8b7c6d5-000000@email.hire.lever.co>
    Feedback-ID: 1.us-east-1.Lever:AmazonSES
    Auto-Submitted: auto-generated
    """,
    alt(
        text(
            """
            Hi Dana,

            Thanks so much for your interest in Pebble & Pine! We've received your application for Senior Backend Developer.

            Our team reviews every application by hand, and we'll be in touch within the next 10 business days either way.

            In the meantime, you might enjoy reading about how we work: https://pebbleandpine.example/how-we-work

            Warmly,
            The Pebble & Pine team
            """
        ),
        html(
            auto_html(
                """
            Hi Dana,

            Thanks so much for your interest in Pebble & Pine! We've received your application for Senior Backend Developer.

            Our team reviews every application by hand, and we'll be in touch within the next 10 business days either way.

            In the meantime, you might enjoy reading about how we work: https://pebbleandpine.example/how-we-work

            Warmly,
            The Pebble & Pine team
            """
            )
        ),
    ),
    L(
        "application_ack",
        hard_negative=True,
        company=PP,
        role=PP_ROLE,
        decision=("within the next 10 business days", plus_business_days(10)),
        thread="pebble",
        notes="Lever ack with a stated timeline (recorded).",
    ),
)

msg(
    "pebble-2",
    """
    From: Pebble & Pine <no-reply@hire.lever.co>
    Reply-To: Tess Morgan <tess@pebbleandpine.example>
    To: dana.whitfield@example.org
    Subject: Your application to Pebble & Pine
    Date: Wed, 28 Jan 2026 15:45:10 +0000
    Message-ID: <01000194ff2a1b3c-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d-000000@email.hire.lever.co>
    Feedback-ID: 1.us-east-1.Lever:AmazonSES
    """,
    text(
        """
        Hi Dana,

        Thank you for taking the time to apply for the Senior Backend Developer role at Pebble & Pine.

        We've reviewed your application and unfortunately, we won't be moving forward at this time. We received a lot of strong applications and had to make some difficult choices.

        We'd love for you to keep us in mind for the future.

        All the best,
        Tess
        Pebble & Pine
        """
    ),
    L(
        "rejection",
        company=PP,
        role=PP_ROLE,
        thread="pebble",
        notes="Lever rejection, plain text only.",
    ),
)

msg(
    "northgate-1",
    """
    From: Northgate Insurance <northgate@myworkday.com>
    To: dana.whitfield@example.org
    Subject: Update on your application: Senior Data Engineer (R-10422)
    Date: Mon, 2 Mar 2026 13:01:00 -0500
    Message-ID: <881230477.55120.1772474460881@wd3-prod-mail-11.myworkday.com>
    Auto-Submitted: auto-generated
    Precedence: bulk
    """,
    alt(
        text(
            """
            Dear Dana,

            Thank you for your interest in Northgate Insurance.

            We wanted to let you know that the Senior Data Engineer (R-10422) position you applied for has been filled.

            We encourage you to continue exploring opportunities at Northgate and to create job alerts on our careers site so you hear about new roles first.

            Kind regards,
            Northgate Talent Acquisition
            """
        ),
        html(
            auto_html(
                """
            Dear Dana,

            Thank you for your interest in Northgate Insurance.

            We wanted to let you know that the Senior Data Engineer (R-10422) position you applied for has been filled.

            We encourage you to continue exploring opportunities at Northgate and to create job alerts on our careers site so you hear about new roles first.

            Kind regards,
            Northgate Talent Acquisition
            """,
                "font-family:Arial,sans-serif;font-size:13px;color:#333",
            )
        ),
    ),
    L(
        "rejection",
        company="Northgate Insurance",
        role="Senior Data Engineer",
        notes="'the position ... has been filled' – no 'unfortunately'. Mentions job alerts.",
    ),
)

raw(
    "sundial-1",
    dd(
        """
    Return-Path: <chloe.tan@sundialmedia.example>
    From: Chloe Tan <chloe.tan@sundialmedia.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Staff Engineer, Streaming - next steps
    Date: Wed, 25 Feb 2026 11:11:11 +0000
    Message-ID: <20260225111111.4f5e6d7c@sundialmedia.example>
    MIME-Version: 1.0
    Content-Type: text/plain; charset=us-ascii
    Content-Transfer-Encoding: 8bit
    X-Mailer: Sundial Internal Mailer 2.1

    Hi Dana,

    Thank you for your time over the last few weeks and for meeting the team – we’ve really enjoyed getting to know you.

    After a lot of discussion we’ve decided not to move forward with your application. We’re looking for someone with deeper experience in live video streaming infrastructure, and the panel felt that gap was too large for this particular role.

    I know the subject line promised “next steps” – I’m sorry it isn’t better news.

    Warmly,
    Chloe Tan
    People Team · Sundial Media
    """
    ),
    L(
        "rejection",
        company="Sundial Media",
        role="Staff Engineer, Streaming",
        notes="Declares charset=us-ascii but the 8-bit body is UTF-8 (curly quotes, dashes). The subject says 'next steps'.",
    ),
)

# =========================================================================== bluefin (agency, en)
msg(
    "bluefin-1",
    """
    From: Lena Schmitt <lena.schmitt@bluefin-talent.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Confirmed: your interview with Stratos Energy (Tue 3 March, 10:00)
    Date: Fri, 27 Feb 2026 17:30:29 +0100
    Message-ID: <VI1PR07MB6234D7E8F9A0B1C2D3E4F5A6B7C8D@VI1PR07MB6234.eurprd07.prod.outlook.com>
    Content-Language: en-GB
    MIME-Version: 1.0
    """,
    alt(
        text(
            """
            Hi Dana,

            Confirming your interview with Stratos Energy for the Principal Engineer, Grid Analytics role:

            Tuesday 3 March, 10:00-11:00 CET
            With: Henrik Olsen, VP Engineering
            Where: Microsoft Teams (Stratos will send the link directly)

            Let me know if you have any questions – I'll call you on Monday for a quick prep.

            Good luck!
            Lena

            Lena Schmitt | Senior Recruitment Consultant | Bluefin Talent GmbH
            Torstraße 140, 10119 Berlin | +49 30 9876 5432
            """
        ),
        html(
            auto_html(
                """
            Hi Dana,

            Confirming your interview with Stratos Energy for the Principal Engineer, Grid Analytics role:

            Tuesday 3 March, 10:00-11:00 CET
            With: Henrik Olsen, VP Engineering
            Where: Microsoft Teams (Stratos will send the link directly)

            Let me know if you have any questions – I'll call you on Monday for a quick prep.

            Good luck!
            Lena

            Lena Schmitt | Senior Recruitment Consultant | Bluefin Talent GmbH
            Torstraße 140, 10119 Berlin | +49 30 9876 5432
            """,
                "font-family:Calibri,sans-serif;font-size:11pt",
            )
        ),
    ),
    L(
        "interview_confirmation",
        company="Stratos Energy",
        role="Principal Engineer, Grid Analytics",
        interview=("2026-03-03T10:00:00+01:00", "2026-03-03T11:00:00+01:00"),
        interviewers=[person("Henrik Olsen", None)],
        notes="An agency recruiter confirming a client interview: an event, company = the client. 'on Monday' is the agency's prep call.",
    ),
)

# Dana shares her own Calendly link; the company books it, so the notification is Calendly's
# host-side "New Event:" mail addressed to her.
KILN_CAL_TEXT = """
Hi Dana Whitfield,

A new event has been scheduled.

Event Type:
Interview slot (2 hours)

Invitee:
Ben Adler

Invitee Email:
ben@kilnstudio.example

Guests:
ines.moreau@kilnstudio.example
kofi.mensah@kilnstudio.example

Event Date/Time:
02:00pm - 04:00pm (Central European Time) on Thursday, March 5, 2026

Location:
https://meet.google.com/kln-tech-rnd

Invitee Time Zone:
Central European Time

Questions:
Anything I should prepare?
Ines and Kofi will start with a walkthrough of your retry library, then a system design exercise.

View event in Calendly: https://calendly.com/events/e2a4c6e8-0a2c-4e6a-8c0e-2a4c6e8a0c2e

Pro Tip! Take Calendly anywhere you work with the browser extension.

Sent from Calendly
"""

KILN_CAL_ICS = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260302T091733Z
UID:e2a4c6e8-0a2c-4e6a-8c0e-2a4c6e8a0c2e@calendly.com
DTSTART:20260305T130000Z
DTEND:20260305T150000Z
SUMMARY:Ben Adler and Dana Whitfield
DESCRIPTION:Event Name: Interview slot (2 hours)\\n\\nLocation: https://meet.google.com/kln-tech-rnd
LOCATION:https://meet.google.com/kln-tech-rnd
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@example.org
ATTENDEE;CN=Ben Adler;RSVP=TRUE:mailto:ben@kilnstudio.example
ATTENDEE;CN=ines.moreau@kilnstudio.example;RSVP=TRUE:mailto:ines.moreau@kilnstudio.example
ATTENDEE;CN=kofi.mensah@kilnstudio.example;RSVP=TRUE:mailto:kofi.mensah@kilnstudio.example
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

msg(
    "calendly-1",
    """
    From: Calendly <notifications@calendly.com>
    Reply-To: Ben Adler <ben@kilnstudio.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: New Event: Ben Adler - 02:00pm Thu, Mar 5, 2026 - Interview slot (2 hours)
    Date: Mon, 2 Mar 2026 09:17:33 +0000
    Message-ID: <69a55525e1c7b_5d6e7f8091a2b3c4@calendly-mailer-7d9f8.mail>
    Auto-Submitted: auto-generated
    X-Mailer: Calendly
    """,
    mixed(
        alt(text(KILN_CAL_TEXT), html(auto_html(KILN_CAL_TEXT, "font-family:Helvetica,Arial,sans-serif;color:#1a1a1a"))),
        cal_file(KILN_CAL_ICS, "invite.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "interview_confirmation",
        company=KS,
        role=None,
        interview=("2026-03-05T14:00:00+01:00", "2026-03-05T16:00:00+01:00"),
        interviewers=[
            person("Ines", "ines.moreau@kilnstudio.example"),
            person("Kofi", "kofi.mensah@kilnstudio.example"),
        ],
        thread="kiln",
        notes="Calendly HOST notification ('New Event:'): the company booked a slot on Dana's own Calendly, so Dana is the organiser in the .ics. The company is only visible through the invitee's domain and the names. Ben (the recruiter who booked) is not an interviewer; the interviewers are the two guests.",
    ),
)
