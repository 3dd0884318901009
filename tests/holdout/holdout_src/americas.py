# ruff: noqa: E501
"""Chicago (HireVue, Jobvite, Microsoft Bookings across the US DST change), Boston (Rippling,
Crosschq, a hiring manager's phone) and Seattle (BambooHR)."""

from __future__ import annotations

from source.lib import (
    DANA,
    L,
    alt,
    auto_html,
    cal_inline,
    html,
    mid,
    msg,
    person,
    quote,
    raw,
    text,
)

from .common import qword, tzblock

# =========================================================================== prairie (en, Chicago)
PS = "Prairie Signal"
PS_ROLE = "Senior Data Engineer – Grid Analytics"
DENISE = person("Denise Halvorsen", "denise.halvorsen@prairiesignal.example")
PS_BOOKINGS = "Prairie Signal Interviews <PrairieSignalInterviews@prairiesignal.onmicrosoft.com>"
PS_UID = "040000008200E00074C5B7101A82E0080000000061C2B3A4F5A6DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90"
PS_5_ID = mid("prairie-5", "", "outlook")

PS_1_TEXT = """
Hi Dana,

Thank you for your interest in Prairie Signal! As the next step in our hiring process, we invite you to complete an on-demand video interview for the Senior Data Engineer – Grid Analytics position.

This interview is on-demand: you can record your answers at any time before the deadline, from any device with a camera and microphone. It includes 5 questions and should take about 25 minutes.

Complete your interview by: Monday, February 9, 2026 11:59 PM CST

Start interview: https://app.hirevue.com/interviews/8c1f0e7a-prairiesignal/start

Before you begin, you can try a practice question to get comfortable with the format. Our talent team will review your responses and reach out within two weeks of your completion.

Good luck!
Prairie Signal Talent Acquisition

This message was sent by HireVue on behalf of Prairie Signal. HireVue, Inc., 10876 S River Front Pkwy, South Jordan, UT 84095
"""

msg(
    "prairie-1",
    f"""
    From: Prairie Signal <noreply@hirevue.com>
    To: dana.whitfield@example.org
    Subject: {qword("Prairie Signal: Your video interview for Senior Data Engineer – Grid Analytics")}
    Date: Wed, 4 Feb 2026 10:03:19 -0600
    Message-ID: {mid("prairie-1", "mail.hirevue.com")}
    X-HV-Template: candidate-invite-ondemand
    Auto-Submitted: auto-generated
    """,
    alt(
        text(PS_1_TEXT),
        html(
            auto_html(
                PS_1_TEXT, "font-family:'Open Sans',Arial,sans-serif;font-size:15px;color:#262626"
            )
        ),
    ),
    L(
        "interview_invite",
        company=PS,
        role=PS_ROLE,
        thread="prairie",
        notes="HireVue one-way (on-demand) video interview: an interview stage with no fixed time, like a self-scheduling link. 'by Monday, February 9' is Dana's deadline. 'within two weeks of your completion' is anchored to an event with no date yet: null.",
    ),
)

PS_2_TEXT = """
Hello Dana,

Thank you for completing your video interview. We're happy to let you know that you have been selected to move forward to a live interview with Denise Halvorsen, Director of Grid Analytics.

Our coordinator will send you a link to book a time on Denise's calendar within the next few days.

Best regards,
Prairie Signal Talent Acquisition
Chicago, IL
"""

msg(
    "prairie-2",
    f"""
    From: Prairie Signal Careers <careers-noreply@jobvite.com>
    Reply-To: talent@prairiesignal.example
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {qword("Update on your application – Senior Data Engineer – Grid Analytics")}
    Date: Tue, 17 Feb 2026 09:40:12 -0600
    Message-ID: {mid("prairie-2", "jobvite.com")}
    X-Jobvite-Event: candidate_workflow_step
    """,
    alt(text(PS_2_TEXT), html(auto_html(PS_2_TEXT, "font-family:Arial,sans-serif;font-size:14px"))),
    L(
        "next_round",
        company=PS,
        role=PS_ROLE,
        interviewers=[person("Denise Halvorsen", None)],
        thread="prairie",
        notes="Jobvite stage change: she advances; no time, no link yet. 'within the next few days' is about scheduling, and vague.",
    ),
)

PS_3_TEXT = """
Hello Dana Whitfield,

Thanks for booking with Prairie Signal Interviews.

Booking details

Service: Hiring manager interview – Senior Data Engineer – Grid Analytics
Staff: Denise Halvorsen
Date and time: Tuesday, March 10, 2026 9:00 AM - 10:00 AM (UTC-06:00) Central Time (US & Canada)
Location: Microsoft Teams meeting

Join your appointment: https://teams.microsoft.com/l/meetup-join/19%3ameeting_PrairieSignalBookings%40thread.v2/0

Manage booking: https://outlook.office365.com/owa/calendar/PrairieSignalInterviews@prairiesignal.onmicrosoft.com/bookings/s/9dQ0aKxP2U6Jw1rT7yFbVg2

If you need to make changes, please do so at least 24 hours before your appointment.

Prairie Signal
1 N Dearborn St, Chicago, IL 60602
"""


def ps_ics(method: str, seq: int, status: str, stamp: str, description: str) -> str:
    return f"""
BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{tzblock("Central Standard Time")}
BEGIN:VEVENT
ORGANIZER;CN=Prairie Signal Interviews:mailto:PrairieSignalInterviews@prairiesignal.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Denise Halvorsen:mailto:denise.halvorsen@prairiesignal.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Dana Whitfield:mailto:dana.whitfield@example.org
DESCRIPTION;LANGUAGE=en-US:{description}
UID:{PS_UID}
SUMMARY;LANGUAGE=en-US:Hiring manager interview – Senior Data Engineer – Grid Analytics
DTSTART;TZID=Central Standard Time:20260310T090000
DTEND;TZID=Central Standard Time:20260310T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""


msg(
    "prairie-3",
    f"""
    From: {PS_BOOKINGS}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Booking confirmed with Prairie Signal Interviews
    Date: Thu, 19 Feb 2026 11:12:09 -0600
    Message-ID: {mid("prairie-3", "", "outlook")}
    X-MS-Exchange-Organization-BookingsEmail: Confirmation
    Auto-Submitted: auto-generated
    """,
    alt(
        text(PS_3_TEXT),
        html(auto_html(PS_3_TEXT, "font-family:'Segoe UI',Arial,sans-serif;font-size:14px")),
        cal_inline(
            ps_ics("REQUEST", 0, "CONFIRMED", "20260219T171209Z", "Booked via Microsoft Bookings."),
            "REQUEST",
        ),
    ),
    L(
        "interview_confirmation",
        company=PS,
        role=PS_ROLE,
        interview=("2026-03-10T09:00:00-05:00", "2026-03-10T10:00:00-05:00"),
        interviewers=[DENISE],
        thread="prairie",
        notes="Microsoft Bookings confirmation after Dana booked a slot. The text prints the zone's standard label '(UTC-06:00) Central Time', but 10 March is after the US DST change (8 March): the instant is 09:00 CDT = -05:00 (15:00 in Berlin, still CET), and the .ics (TZID 'Central Standard Time' with DST rules) agrees. The Bookings mailbox only organises.",
    ),
)

PS_4_TEXT = """
Hi Dana,

Don't miss out on future opportunities at Prairie Signal! Your candidate profile in our Talent Community is only 40% complete.

Candidates with complete profiles are 3x more likely to be contacted by our recruiters. It only takes a few minutes:

  ✔ Add your skills and certifications
  ✔ Upload an updated resume
  ✔ Set your job alert preferences

Complete my profile: https://jobs.jobvite.com/prairiesignal/talentcommunity/profile

Thanks for your interest in building the future of the grid with us.

Prairie Signal Talent Acquisition

You are receiving this email because you joined the Prairie Signal Talent Community. Unsubscribe: https://jobs.jobvite.com/prairiesignal/unsubscribe
"""

msg(
    "prairie-4",
    f"""
    From: Prairie Signal Careers <careers-noreply@jobvite.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Dana, complete your profile to stand out
    Date: Tue, 24 Feb 2026 08:00:03 -0600
    Message-ID: {mid("prairie-4", "jobvite.com")}
    List-Unsubscribe: <https://jobs.jobvite.com/prairiesignal/unsubscribe>
    Precedence: bulk
    """,
    alt(text(PS_4_TEXT), html(auto_html(PS_4_TEXT, "font-family:Arial,sans-serif;font-size:14px"))),
    L(
        "other",
        hard_negative=True,
        company=PS,
        thread="prairie",
        notes="ATS 'complete your profile' nudge from the same Jobvite sender as prairie-2. Not an info_request: it asks for nothing the application needs (talent-community profile, job alerts, 'future opportunities'); bulk headers. It comes from the employer of an active application, so company is set.",
    ),
)

PS_5_TEXT = """
Hello Dana Whitfield,

Your booking has been cancelled.

Service: Hiring manager interview – Senior Data Engineer – Grid Analytics
Date and time: Tuesday, March 10, 2026 9:00 AM - 10:00 AM (UTC-06:00) Central Time (US & Canada)

Message from Denise Halvorsen:
Dana, I'm sorry to do this at short notice. We've been asked to pause external hiring for the Grid Analytics team until our Q2 budget review, so I have to cancel Tuesday. This isn't a reflection on you – if the role reopens, I'll reach out to you directly.

Book again: https://outlook.office365.com/owa/calendar/PrairieSignalInterviews@prairiesignal.onmicrosoft.com/bookings/

Prairie Signal
"""

msg(
    "prairie-5",
    f"""
    From: {PS_BOOKINGS}
    Reply-To: Denise Halvorsen <denise.halvorsen@prairiesignal.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Booking cancelled with Prairie Signal Interviews
    Date: Fri, 6 Mar 2026 15:48:30 -0600
    Message-ID: {PS_5_ID}
    X-MS-Exchange-Organization-BookingsEmail: Cancellation
    Auto-Submitted: auto-generated
    """,
    alt(
        text(PS_5_TEXT),
        cal_inline(
            ps_ics("CANCEL", 1, "CANCELLED", "20260306T214830Z", "Cancelled by Denise Halvorsen."),
            "CANCEL",
        ),
    ),
    L(
        "interview_cancel",
        company=PS,
        role=PS_ROLE,
        interview=("2026-03-10T09:00:00-05:00", "2026-03-10T10:00:00-05:00"),
        interviewers=[DENISE],
        thread="prairie",
        notes="Bookings cancellation (METHOD:CANCEL, SEQUENCE 1) with a personal note: hiring paused, so cancel, not rejection. Sent in CST (-0600) for a slot in CDT (-0500). Sent 15:48 CST = 22:48 in Berlin, the same day.",
    ),
)

PS_6_TEXT = (
    "Hi Denise,\n\nThanks for letting me know, and for the personal note – I appreciate it. I understand, and I'd be glad to pick things up again if the role reopens.\n\nAll the best,\nDana\n\n"
    "On Fri, 6 Mar 2026 at 22:48, Prairie Signal Interviews <PrairieSignalInterviews@prairiesignal.onmicrosoft.com> wrote:\n"
    + quote(PS_5_TEXT)
)

msg(
    "prairie-6",
    f"""
    MIME-Version: 1.0
    Date: Sat, 7 Mar 2026 10:05:19 +0100
    Message-ID: {mid("prairie-6", "", "gmail")}
    In-Reply-To: {PS_5_ID}
    References: {PS_5_ID}
    Subject: Re: Booking cancelled with Prairie Signal Interviews
    From: {DANA}
    To: Denise Halvorsen <denise.halvorsen@prairiesignal.example>
    """,
    text(PS_6_TEXT),
    L(
        "user_sent",
        hard_negative=True,
        company=PS,
        role=PS_ROLE,
        thread="prairie",
        notes="Dana's reply to the cancellation; the quoted part carries the cancelled slot.",
    ),
)

# =========================================================================== quillon (en, Boston)
QH = "Quillon Health"
QH_ROLE = "Staff Data Engineer"
MEG = "Meg Sullivan <meg.sullivan@quillonhealth.example>"
QH_2_ID = "<7D21A9E3-5C44-4B8F-A0E2-9F1B3C6D8E20@quillonhealth.example>"

QH_1_TEXT = """
Hi Dana,

Thanks for chatting with us last week! As the next step for the Staff Data Engineer role, we'd like you to complete a short take-home exercise. It should take 3–4 hours; please don't spend more than that.

The exercise and instructions are here: https://github.example/quillon-health/de-takehome (access expires after 7 days).

Please submit your solution by Friday, January 16 at 5pm ET. Once we receive it, two of our engineers will review it within 3 business days and we'll follow up on next steps.

Best,
Meg Sullivan
Recruiting Coordinator, Quillon Health
"""

msg(
    "quillon-1",
    f"""
    From: Quillon Health <no-reply@rippling.com>
    Reply-To: {MEG}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {qword("Quillon Health – Take-home exercise for Staff Data Engineer")}
    Date: Mon, 12 Jan 2026 10:15:33 -0500
    Message-ID: {mid("quillon-1", "rippling.com")}
    X-Rippling-Product: recruiting
    """,
    alt(
        text(QH_1_TEXT),
        html(auto_html(QH_1_TEXT, "font-family:Inter,Arial,sans-serif;font-size:14px")),
    ),
    L(
        "info_request",
        company=QH,
        role=QH_ROLE,
        thread="quillon",
        notes="Take-home assignment via Rippling Recruiting. 'by Friday, January 16' is Dana's deadline; 'within 3 business days' counts from a submission whose date is not fixed (she may submit earlier): null.",
    ),
)

QH_2_RAW = f"""
Content-Type: text/plain;
	charset=us-ascii
Content-Transfer-Encoding: 7bit
From: Rob Castellano <rob@quillonhealth.example>
Mime-Version: 1.0 (1.0)
Date: Wed, 21 Jan 2026 08:47:10 -0500
Subject: take-home
Message-Id: {QH_2_ID}
Cc: {MEG}
To: dana.whitfield@example.org
X-Mailer: iPhone Mail (22C152)

Dana - really liked your take-home, esp the backfill approach. Want to bring you in for the virtual onsite. Meg will reach out w/ times.

Rob

Sent from my iPhone
"""

raw(
    "quillon-2",
    QH_2_RAW,
    L(
        "next_round",
        company=QH,
        role=None,
        thread="quillon",
        notes="Three-line note from the hiring manager's phone: she advances, times to follow. The role is not named. Written byte for byte: Apple's header order, tab-folded Content-Type.",
    ),
)

QH_3_TEXT = """
Hi Dana,

Rob and the team are excited to move forward! We'd like to invite you to your virtual onsite on Thursday, February 5. Here's the proposed agenda (all times Eastern):

10:00 – 10:45 AM   Live coding – Anjali Venkatesan, Senior Data Engineer
11:00 – 11:45 AM   System design – Marcus Boyd, Principal Engineer
11:45 AM – 12:15 PM   Break
12:15 – 1:00 PM   Hiring manager – Rob Castellano, VP Data
1:15 – 1:45 PM   Values & collaboration – Tessa Park, People Partner

For you in Berlin that's 4:00 – 7:45 PM. Each session has its own Zoom link, which I'll send in separate calendar invites once you confirm.

Could you reply by Thursday to confirm that this works?

Best,
Meg
"""

QH_3_HTML = """
<div style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Dana,</p>
<p>Rob and the team are excited to move forward! We'd like to invite you to your virtual onsite on <b>Thursday, February 5</b>. Here's the proposed agenda (all times Eastern):</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ddd;font-size:13px">
<tr style="background:#f2f5f9"><th align="left">Time (ET)</th><th align="left">Session</th><th align="left">With</th></tr>
<tr><td>10:00 – 10:45 AM</td><td>Live coding</td><td>Anjali Venkatesan, Senior Data Engineer</td></tr>
<tr><td>11:00 – 11:45 AM</td><td>System design</td><td>Marcus Boyd, Principal Engineer</td></tr>
<tr><td>11:45 AM – 12:15 PM</td><td>Break</td><td></td></tr>
<tr><td>12:15 – 1:00 PM</td><td>Hiring manager</td><td>Rob Castellano, VP Data</td></tr>
<tr><td>1:15 – 1:45 PM</td><td>Values &amp; collaboration</td><td>Tessa Park, People Partner</td></tr>
</table>
<p>For you in Berlin that's 4:00 – 7:45 PM. Each session has its own Zoom link, which I'll send in separate calendar invites once you confirm.</p>
<p>Could you reply by Thursday to confirm that this works?</p>
<p>Best,<br>Meg</p>
</div>
"""

msg(
    "quillon-3",
    f"""
    MIME-Version: 1.0
    From: {MEG}
    Date: Tue, 27 Jan 2026 13:30:18 -0500
    Message-ID: {mid("quillon-3", "", "gmail")}
    Subject: {qword("Virtual onsite – Staff Data Engineer – Thursday, Feb 5")}
    To: Dana Whitfield <dana.whitfield@example.org>
    Cc: Rob Castellano <rob@quillonhealth.example>
    """,
    alt(text(QH_3_TEXT), html(QH_3_HTML)),
    L(
        "interview_invite",
        company=QH,
        role=QH_ROLE,
        interview=("2026-02-05T10:00:00-05:00", "2026-02-05T13:45:00-05:00"),
        interviewers=[
            person("Anjali Venkatesan", None),
            person("Marcus Boyd", None),
            person("Rob Castellano", "rob@quillonhealth.example"),
            person("Tessa Park", None),
        ],
        thread="quillon",
        notes="Next stage WITH fixed times: interview_invite (README). Multi-session loop: start of the first session to end of the last, US Eastern (-05:00). The People Partner runs a session, so she is an interviewer; the coordinator is not. 'reply by Thursday' is Dana's deadline.",
    ),
)

QH_4_TEXT = """
Hi Dana,

Quillon Health is using Crosschq to collect references for your candidacy for the Staff Data Engineer position.

Please add at least 3 references, including at least 2 people who managed you directly. Your references will receive a short online survey; it takes about 10 minutes, and their answers are shared with Quillon Health only.

Add your references: https://app.crosschq.com/candidate/r/5QW8-HX21

We recommend letting your references know to expect an email from Crosschq. Please submit your references within 2 days so Quillon Health can keep your process moving.

The Crosschq Team
Crosschq, Inc. · San Francisco, CA
"""

msg(
    "quillon-4",
    f"""
    From: Crosschq <noreply@crosschq.com>
    To: dana.whitfield@example.org
    Subject: Quillon Health has requested your references
    Date: Mon, 9 Feb 2026 12:04:55 -0500
    Message-ID: {mid("quillon-4", "crosschq.com")}
    Auto-Submitted: auto-generated
    """,
    alt(
        text(QH_4_TEXT),
        html(auto_html(QH_4_TEXT, "font-family:Helvetica,Arial,sans-serif;font-size:15px")),
    ),
    L(
        "reference_request",
        company=QH,
        role=QH_ROLE,
        thread="quillon",
        notes="Reference vendor on behalf of the company. 'within 2 days' is Dana's deadline.",
    ),
)

QH_5_TEXT = """
Hi Dana,

Thank you for everything you put into this process – the take-home, the onsite, and lining up references so quickly.

This was a genuinely close call, but after a lot of deliberation the team has decided to extend an offer to another candidate whose background in claims data was a closer fit for the first year of this role. I know that's disappointing to hear at this stage.

Rob asked me to pass on that he'd be glad to stay in touch, and we'd love to consider you for future openings.

Warmly,
Meg
"""

msg(
    "quillon-5",
    f"""
    MIME-Version: 1.0
    From: {MEG}
    Date: Fri, 20 Feb 2026 11:15:40 -0500
    Message-ID: {mid("quillon-5", "", "gmail")}
    Subject: {qword("Staff Data Engineer – update")}
    To: Dana Whitfield <dana.whitfield@example.org>
    """,
    alt(text(QH_5_TEXT), html(auto_html(QH_5_TEXT))),
    L(
        "rejection",
        company=QH,
        role=QH_ROLE,
        thread="quillon",
        notes="'extend an offer to another candidate' contains the word offer: it is a rejection.",
    ),
)

# =========================================================================== tessellate (en, Seattle)
TS_TEXT = """
Hi Dana,

Thanks for applying for the Senior Data Engineer, Fleet Telemetry position at Tessellate Robotics! We're excited that you're interested in joining our team.

Our recruiting team will review your application, and if your experience is a good match, we'll reach out to set up a phone screen. Due to the volume of applications we receive, we aren't able to respond to each applicant individually.

Thanks again,
The Tessellate Robotics Recruiting Team

Powered by BambooHR
"""

msg(
    "tessellate-1",
    f"""
    From: Tessellate Robotics <notifications@app.bamboohr.com>
    Reply-To: no-reply@tessellate-robotics.example
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Thanks for applying to Tessellate Robotics!
    Date: Wed, 14 Jan 2026 08:20:45 -0800
    Message-ID: {mid("tessellate-1", "app.bamboohr.com")}
    Auto-Submitted: auto-generated
    """,
    html(auto_html(TS_TEXT, "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333")),
    L(
        "application_ack",
        hard_negative=True,
        company="Tessellate Robotics",
        role="Senior Data Engineer, Fleet Telemetry",
        thread="tessellate",
        notes="BambooHR receipt (HTML-only) mentioning a 'phone screen' conditionally. No review time is stated.",
    ),
)
