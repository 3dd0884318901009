"""English-speaking processes (and the Swedish and Dutch ones that switch to English).

larchmont (London, Greenhouse), brightwater (Boston, Lever + Outlook), pinecrest (San Francisco,
Ashby), corbel (Dublin, iCIMS), helvion (Zurich, SuccessFactors), halvard (Stockholm, Teamtailor,
sv/en), tidemark (Amsterdam, Teamtailor, nl/en).
"""

# Message text is kept as mail clients write it: long lines are part of the data.
# ruff: noqa: E501

from __future__ import annotations

import textwrap

from source.lib import (
    DANA,
    L,
    alt,
    attachment,
    auto_html,
    cal_file,
    cal_inline,
    end_of_month,
    fake_pdf,
    fixed,
    html,
    mid,
    mixed,
    msg,
    person,
    plus_business_days,
    text,
)

from .common import vtz3


def cal(*blocks: str) -> str:
    """Join dedented iCalendar fragments (VTIMEZONE text is not indented like the rest)."""
    return "\n".join(textwrap.dedent(b).strip("\n") for b in blocks)


# --------------------------------------------------------------------------- larchmont

LA_ROLE = "Senior Data Engineer, Platform"
PRIYA = "priya.raman@larchmontanalytics.example"
TOM = "tom.ashworth@larchmontanalytics.example"

msg(
    "larchmont-1",
    f"""
    From: Priya Raman <no-reply@us.greenhouse-mail.io>
    Reply-To: Priya Raman <{PRIYA}>
    To: {DANA}
    Subject: Larchmont Analytics - let's schedule your interview for {LA_ROLE}
    Date: Thu, 02 Jul 2026 10:14:07 +0000
    Message-ID: {mid("larchmont-1", "us.greenhouse-mail.io")}
    X-Mailer: Greenhouse
    """,
    alt(
        text(
            f"""
            Hi Dana,

            Thanks so much for applying for the {LA_ROLE} role at Larchmont Analytics - the
            team really enjoyed reading about your streaming work at Spreewerk.

            The next step is a 45-minute video call with Tom Ashworth, our Head of Data
            Platform. Please pick a time that suits you using the link below (all times are
            shown in your local time zone):

            https://app.greenhouse.io/scheduling/availability/7f3c21d0a9b84e1e?t=cand

            If none of the slots work, just reply to this email and I'll find something else.

            Best,
            Priya

            Priya Raman | Talent Partner | Larchmont Analytics
            12 Hatton Garden, London EC1N 8AN
            """
        ),
        html(
            auto_html(
                f"""
                Hi Dana,

                Thanks so much for applying for the {LA_ROLE} role at Larchmont Analytics - the team really enjoyed reading about your streaming work at Spreewerk.

                The next step is a 45-minute video call with Tom Ashworth, our Head of Data Platform. Please pick a time that suits you using the link below (all times are shown in your local time zone):

                https://app.greenhouse.io/scheduling/availability/7f3c21d0a9b84e1e?t=cand

                If none of the slots work, just reply to this email and I'll find something else.

                Best,
                Priya

                Priya Raman | Talent Partner | Larchmont Analytics
                """
            )
        ),
    ),
    L(
        "interview_invite",
        company="Larchmont Analytics",
        role=LA_ROLE,
        interviewers=[person("Tom Ashworth", None)],
        thread="larchmont",
        notes="Greenhouse self-scheduling link: no fixed time.",
    ),
)

msg(
    "larchmont-2",
    f"""
    From: Larchmont Analytics <no-reply@us.greenhouse-mail.io>
    Reply-To: {PRIYA}
    To: {DANA}
    Subject: Interview Confirmation: Dana Whitfield - {LA_ROLE}
    Date: Fri, 03 Jul 2026 08:41:55 +0000
    Message-ID: {mid("larchmont-2", "us.greenhouse-mail.io")}
    """,
    mixed(
        text(
            f"""
            Hi Dana,

            You're all set! Here are the details of your upcoming interview with
            Larchmont Analytics.

            Role: {LA_ROLE}
            Date: Tuesday, July 7, 2026
            Time: 2:00pm - 2:45pm BST (London)
            Interviewer: Tom Ashworth, Head of Data Platform
            Location: Google Meet - https://meet.google.com/xqo-btrd-kfa

            Need to make a change? Reply to this email and Priya will help.

            Larchmont Analytics Talent Team
            """
        ),
        cal_file(
            cal(
                """
                BEGIN:VCALENDAR
                PRODID:-//Greenhouse Software//Scheduling//EN
                VERSION:2.0
                METHOD:REQUEST
                BEGIN:VEVENT
                UID:gh-sched-5521908-larchmont@greenhouse.io
                DTSTAMP:20260703T084155Z
                DTSTART:20260707T130000Z
                DTEND:20260707T134500Z
                SUMMARY:Interview: Dana Whitfield / Larchmont Analytics (Tom Ashworth)
                LOCATION:https://meet.google.com/xqo-btrd-kfa
                ORGANIZER;CN=Priya Raman:mailto:priya.raman@larchmontanalytics.example
                ATTENDEE;CN=Tom Ashworth;ROLE=REQ-PARTICIPANT:mailto:tom.ashworth@larchmontanalytics.example
                ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:dana.whitfield@example.org
                SEQUENCE:0
                STATUS:CONFIRMED
                END:VEVENT
                END:VCALENDAR
                """
            ),
            filename="interview.ics",
            ctype="text/calendar",
            method="REQUEST",
        ),
    ),
    L(
        "interview_confirmation",
        company="Larchmont Analytics",
        role=LA_ROLE,
        interview=("2026-07-07T14:00:00+01:00", "2026-07-07T14:45:00+01:00"),
        interviewers=[person("Tom Ashworth", TOM)],
        thread="larchmont",
        notes="Booking confirmation after self-scheduling; BST in text, UTC in the .ics.",
    ),
)

msg(
    "larchmont-3",
    f"""
    From: {DANA}
    To: Tom Ashworth <{TOM}>
    Cc: Priya Raman <{PRIYA}>
    Subject: Thank you - {LA_ROLE}
    Date: Tue, 07 Jul 2026 17:32:10 +0200
    Message-ID: {mid("larchmont-3", "example.org")}
    User-Agent: Mozilla Thunderbird
    """,
    text(
        """
        Hi Tom,

        Thanks a lot for the conversation this afternoon. I particularly enjoyed hearing how you
        want to move the ingestion layer off the nightly batch jobs - that's exactly the kind of
        migration I did at Spreewerk last year, and I'd love to help with it.

        If anything else would be useful for your decision, just let me know.

        Best wishes,
        Dana
        """
    ),
    L(
        "user_sent",
        hard_negative=True,
        company="Larchmont Analytics",
        role=LA_ROLE,
        thread="larchmont",
    ),
)

msg(
    "larchmont-4",
    f"""
    From: Priya Raman <{PRIYA}>
    To: {DANA}
    Subject: Automatic reply: Following up - {LA_ROLE}
    Date: Mon, 20 Jul 2026 09:02:44 +0100
    Message-ID: {mid("larchmont-4", "", "outlook")}
    Auto-Submitted: auto-replied
    X-Auto-Response-Suppress: All
    Thread-Topic: Following up - {LA_ROLE}
    """,
    text(
        """
        Hi,

        Thanks for your message. I'm on annual leave from Saturday 18 July and will be back in
        the office on Monday 3 August, with limited access to email.

        For anything urgent regarding interviews please contact talent@larchmontanalytics.example.

        Priya
        """
    ),
    L(
        "out_of_office",
        hard_negative=True,
        company="Larchmont Analytics",
        role=LA_ROLE,
        return_date="2026-08-03",
        thread="larchmont",
    ),
)

msg(
    "larchmont-5",
    f"""
    From: Tom Ashworth <{TOM}>
    To: {DANA}
    Subject: Re: Following up - {LA_ROLE}
    Date: Wed, 29 Jul 2026 16:20:31 +0100
    Message-ID: {mid("larchmont-5", "larchmontanalytics.example")}
    In-Reply-To: {mid("larchmont-dana-followup", "example.org")}
    References: {mid("larchmont-dana-followup", "example.org")}
    """,
    text(
        f"""
        Hi Dana,

        Sorry for the radio silence, and thanks for nudging - Priya is on leave, so I'm picking
        this up myself.

        Honest update: you're one of two people we're still considering, but with half of the
        leadership team away we can't sign anything off until they're back on the 10th. You'll
        hear from us by Friday 14 August at the latest, one way or the other.

        Thanks for bearing with us over the summer.

        Tom

        On Mon, 20 Jul 2026 at 09:58, Dana Whitfield <dana.whitfield@example.org> wrote:
        > Hi Priya, hi Tom,
        > I hope you're both well. I wanted to check in on the {LA_ROLE} position -
        > is there any news on next steps?
        > Best, Dana
        """
    ),
    L(
        "timeline_update",
        company="Larchmont Analytics",
        role=LA_ROLE,
        decision=("by Friday 14 August at the latest", fixed("2026-08-14")),
        thread="larchmont",
        notes="'back on the 10th' is the leadership's absence, not the decision.",
    ),
)

msg(
    "larchmont-6",
    f"""
    From: Larchmont Analytics <no-reply@us.greenhouse-mail.io>
    Reply-To: {PRIYA}
    To: {DANA}
    Subject: Your application for {LA_ROLE} at Larchmont Analytics
    Date: Fri, 14 Aug 2026 13:05:12 +0000
    Message-ID: {mid("larchmont-6", "us.greenhouse-mail.io")}
    """,
    alt(
        text(
            """
            Dear Dana,

            Thank you for the time you invested in our process over the last weeks, and for
            your patience during the summer.

            After a great deal of deliberation we have decided to offer the position to a
            candidate whose background is a closer match to the team's immediate needs. This
            was a genuinely difficult decision.

            We'd be glad to keep your details on file and will reach out if a similar role opens
            up. We wish you every success in your search.

            Kind regards,
            Priya Raman, on behalf of the Larchmont Analytics hiring team
            """
        ),
        html(
            auto_html(
                """
                Dear Dana,

                Thank you for the time you invested in our process over the last weeks, and for your patience during the summer.

                After a great deal of deliberation we have decided to offer the position to a candidate whose background is a closer match to the team's immediate needs. This was a genuinely difficult decision.

                We'd be glad to keep your details on file and will reach out if a similar role opens up. We wish you every success in your search.

                Kind regards,
                Priya Raman, on behalf of the Larchmont Analytics hiring team
                """
            )
        ),
    ),
    L(
        "rejection",
        company="Larchmont Analytics",
        role=LA_ROLE,
        thread="larchmont",
        notes="'offer the position to a candidate' is a rejection for Dana, not an offer.",
    ),
)

msg(
    "larchmont-7",
    f"""
    From: Larchmont Analytics via Greenhouse <surveys@greenhouse.io>
    To: {DANA}
    Subject: How was your interview experience with Larchmont Analytics?
    Date: Mon, 17 Aug 2026 07:30:00 +0000
    Message-ID: {mid("larchmont-7", "greenhouse.io")}
    List-Unsubscribe: <https://app.greenhouse.io/surveys/unsubscribe/9a81c>
    """,
    html(
        auto_html(
            """
            Hi Dana,

            You recently interviewed with Larchmont Analytics. We'd love to hear how it went - your answers are anonymous and take about 2 minutes.

            How likely are you to recommend interviewing at Larchmont Analytics to a friend? (0-10)

            https://app.greenhouse.io/surveys/candidate/9a81c6f2

            Your responses will not affect any current or future application.
            """
        )
    ),
    L(
        "other",
        hard_negative=True,
        company="Larchmont Analytics",
        thread="larchmont",
        notes="Candidate-experience survey after the rejection: other, as in holdout2.",
    ),
)

# --------------------------------------------------------------------------- brightwater

BW_ROLE = "Staff Backend Engineer (Remote, EU)"
MEGAN = "megan.oconnell@brightwaterhealth.example"
RAJ = "raj.patel@brightwaterhealth.example"

msg(
    "brightwater-1",
    f"""
    From: Megan O'Connell <{MEGAN}>
    Sender: Brightwater Health <no-reply@hire.lever.co>
    To: {DANA}
    Subject: Brightwater Health: interview for {BW_ROLE}
    Date: Mon, 06 Jul 2026 09:12:40 -0400
    Message-ID: {mid("brightwater-1", "hire.lever.co")}
    """,
    alt(
        text(
            f"""
            Hi Dana,

            Great news - Raj Patel, Engineering Manager for our Claims Platform team, would like
            to meet you for a first technical conversation about the {BW_ROLE} opening.

            I've held the following time for you:

              Thursday, July 9 at 10:00 AM ET (4:00 PM your time in Berlin)
              60 minutes, Zoom: https://brightwaterhealth.zoom.us/j/84120077391

            If that doesn't work, reply with two or three alternatives this week and I'll shuffle
            things around.

            Thanks!
            Megan

            Megan O'Connell
            Senior Technical Recruiter, Brightwater Health
            """
        ),
        html(
            auto_html(
                f"""
                Hi Dana,

                Great news - Raj Patel, Engineering Manager for our Claims Platform team, would like to meet you for a first technical conversation about the {BW_ROLE} opening.

                I've held the following time for you:

                Thursday, July 9 at 10:00 AM ET (4:00 PM your time in Berlin)
                60 minutes, Zoom: https://brightwaterhealth.zoom.us/j/84120077391

                If that doesn't work, reply with two or three alternatives this week and I'll shuffle things around.

                Thanks!
                Megan
                """
            )
        ),
    ),
    L(
        "interview_invite",
        company="Brightwater Health",
        role=BW_ROLE,
        interview=("2026-07-09T10:00:00-04:00", "2026-07-09T11:00:00-04:00"),
        interviewers=[person("Raj Patel", None)],
        thread="brightwater",
        notes="First invitation with one held time: invite with a fixed time (ET = EDT in July).",
    ),
)

msg(
    "brightwater-2",
    f"""
    From: Raj Patel <{RAJ}>
    To: {DANA}
    Cc: Megan O'Connell <{MEGAN}>
    Subject: Updated: Brightwater Health - technical interview (Dana Whitfield)
    Date: Wed, 08 Jul 2026 08:47:19 -0400
    Message-ID: {mid("brightwater-2", "", "outlook")}
    Thread-Topic: Brightwater Health - technical interview (Dana Whitfield)
    """,
    alt(
        text(
            """
            Hi Dana - apologies, I have to be in a vendor review all of Thursday morning. I've
            moved our conversation to Friday, same hour. Hope that still works on your side!

            Raj

            ________________________________________________________________________________
            Microsoft Teams meeting
            Join on your computer, mobile app or room device
            https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ODk3%40thread.v2/0
            Meeting ID: 391 550 228 417  Passcode: q8Vb3T
            ________________________________________________________________________________
            """
        ),
        cal_inline(
            cal(
                """
                BEGIN:VCALENDAR
                METHOD:REQUEST
                PRODID:Microsoft Exchange Server 2010
                VERSION:2.0
                """,
                vtz3("Eastern Standard Time"),
                """
                BEGIN:VEVENT
                ORGANIZER;CN=Raj Patel:mailto:raj.patel@brightwaterhealth.example
                ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dana Whitfield:mailto:dana.whitfield@example.org
                ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Megan O'Connell:mailto:megan.oconnell@brightwaterhealth.example
                DESCRIPTION;LANGUAGE=en-US:Hi Dana - apologies\\, I have to be in a vendor review all of Thursday morning. I've moved our conversation to Friday\\, same hour.
                UID:040000008200E00074C5B7101A82E00800000000B0C1F3D1A70DDC01000000000000000010000000
                SUMMARY;LANGUAGE=en-US:Brightwater Health - technical interview (Dana Whitfield)
                DTSTART;TZID=Eastern Standard Time:20260710T110000
                DTEND;TZID=Eastern Standard Time:20260710T120000
                CLASS:PUBLIC
                PRIORITY:5
                DTSTAMP:20260708T124719Z
                TRANSP:OPAQUE
                STATUS:CONFIRMED
                SEQUENCE:1
                LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
                X-MICROSOFT-CDO-BUSYSTATUS:BUSY
                END:VEVENT
                END:VCALENDAR
                """,
            ),
            "REQUEST",
        ),
    ),
    L(
        "interview_reschedule",
        company="Brightwater Health",
        interview=("2026-07-10T11:00:00-04:00", "2026-07-10T12:00:00-04:00"),
        interviewers=[person("Raj Patel", RAJ)],
        thread="brightwater",
        notes=(
            "'same hour' in the text is loose: the invite (SEQUENCE 1) says 11:00 Eastern, the "
            "original was 10:00; the .ics is authoritative. Windows 'Eastern Standard Time' is "
            "EDT -04:00 in July. Megan only organises (optional attendee)."
        ),
    ),
)

msg(
    "brightwater-3",
    f"""
    From: Megan O'Connell <{MEGAN}>
    Sender: Brightwater Health <no-reply@hire.lever.co>
    To: {DANA}
    Subject: A couple of quick questions before your final round
    Date: Wed, 15 Jul 2026 11:03:27 -0400
    Message-ID: {mid("brightwater-3", "hire.lever.co")}
    """,
    text(
        """
        Hi Dana,

        Raj was really impressed on Friday - thank you! Before I set up the final round I need to
        check a few practical things with you, since this role is employed through our Dutch
        entity:

        1. Do you have the right to work in the EU without sponsorship?
        2. What are your salary expectations (gross, EUR)?
        3. What is your notice period at Spreewerk?

        A quick reply is totally fine. We're aiming to wrap up the whole process by the end of
        July, so the sooner I have these the better.

        Best,
        Megan
        """
    ),
    L(
        "info_request",
        company="Brightwater Health",
        thread="brightwater",
        decision=("by the end of July", end_of_month()),
        notes="Asks for right to work, salary and notice; the process end date counts.",
    ),
)

msg(
    "brightwater-4",
    f"""
    From: Megan O'Connell <{MEGAN}>
    To: {DANA}
    Subject: References - Brightwater Health
    Date: Tue, 21 Jul 2026 10:26:00 -0400
    Message-ID: {mid("brightwater-4", "brightwaterhealth.example")}
    """,
    alt(
        text(
            """
            Hi Dana,

            Thanks again for making time for the final round yesterday - the panel's feedback was
            strong across the board.

            Our last step is reference checks. Could you send me the names and contact details
            of two professional references, ideally including someone you reported to directly?
            We use Crosschq, so they'll receive a short online questionnaire rather than a call.

            Best,
            Megan
            """
        ),
        html(
            auto_html(
                """
                Hi Dana,

                Thanks again for making time for the final round yesterday - the panel's feedback was strong across the board.

                Our last step is reference checks. Could you send me the names and contact details of two professional references, ideally including someone you reported to directly? We use Crosschq, so they'll receive a short online questionnaire rather than a call.

                Best,
                Megan
                """
            )
        ),
    ),
    L("reference_request", company="Brightwater Health", thread="brightwater"),
)

# --------------------------------------------------------------------------- pinecrest

PC_ROLE = "Senior ML Platform Engineer"
ALEX = "alex.kim@pinecrest.example"

msg(
    "pinecrest-1",
    f"""
    From: Pinecrest AI <no-reply@ashbyhq.com>
    Reply-To: Alex Kim <{ALEX}>
    To: {DANA}
    Subject: Confirmed: Recruiter Screen with Pinecrest AI
    Date: Fri, 10 Jul 2026 08:03:51 -0700
    Message-ID: {mid("pinecrest-1", "ashbyhq.com")}
    """,
    mixed(
        alt(
            text(
                f"""
                Your interview is confirmed

                Recruiter Screen - {PC_ROLE}
                Tuesday, July 14, 2026
                9:00 AM - 9:30 AM PDT (America/Los_Angeles)
                Interviewer: Alex Kim (Technical Recruiter)
                Video: https://pinecrest.zoom.us/j/96001237745

                Need to reschedule? https://jobs.ashbyhq.com/pinecrest/interview/reschedule/6c0e1d
                """
            ),
            html(
                """
                <html><body style="font-family:Inter,Helvetica,sans-serif">
                <h2>Your interview is confirmed</h2>
                <p><b>Recruiter Screen &ndash; Senior ML Platform Engineer</b><br>
                Tuesday, July 14, 2026<br>9:00&nbsp;AM &ndash; 9:30&nbsp;AM PDT (America/Los_Angeles)<br>
                Interviewer: Alex Kim (Technical Recruiter)<br>
                Video: <a href="https://pinecrest.zoom.us/j/96001237745">Zoom</a></p>
                <p><a href="https://jobs.ashbyhq.com/pinecrest/interview/reschedule/6c0e1d">Need to reschedule?</a></p>
                </body></html>
                """
            ),
        ),
        cal_file(
            cal(
                """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Ashby//Interview Scheduling//EN
                METHOD:REQUEST
                """,
                vtz3("America/Los_Angeles"),
                """
                BEGIN:VEVENT
                UID:ashby-ivs-3f6a9b10-pinecrest
                DTSTAMP:20260710T150351Z
                DTSTART;TZID=America/Los_Angeles:20260714T090000
                DTEND;TZID=America/Los_Angeles:20260714T093000
                SUMMARY:Recruiter Screen: Dana Whitfield <> Pinecrest AI
                LOCATION:https://pinecrest.zoom.us/j/96001237745
                ORGANIZER;CN=Alex Kim:mailto:alex.kim@pinecrest.example
                ATTENDEE;CN=Alex Kim;PARTSTAT=ACCEPTED:mailto:alex.kim@pinecrest.example
                ATTENDEE;CN=Dana Whitfield;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dana.whitfield@example.org
                SEQUENCE:0
                STATUS:CONFIRMED
                END:VEVENT
                END:VCALENDAR
                """,
            ),
            filename="invite.ics",
        ),
    ),
    L(
        "interview_confirmation",
        company="Pinecrest AI",
        role=PC_ROLE,
        interview=("2026-07-14T09:00:00-07:00", "2026-07-14T09:30:00-07:00"),
        interviewers=[person("Alex Kim", ALEX)],
        thread="pinecrest",
        notes="Ashby booking confirmation; the invite with the link is not in the mailbox.",
    ),
)

msg(
    "pinecrest-2",
    f"""
    From: Pinecrest AI <no-reply@ashbyhq.com>
    Reply-To: Alex Kim <{ALEX}>
    To: {DANA}
    Subject: Cancelled: Recruiter Screen with Pinecrest AI
    Date: Mon, 13 Jul 2026 07:45:10 -0700
    Message-ID: {mid("pinecrest-2", "ashbyhq.com")}
    """,
    mixed(
        text(
            """
            Hi Dana,

            Unfortunately Alex is out sick today and tomorrow, so we've had to cancel your
            Recruiter Screen on Tuesday, July 14 at 9:00 AM PDT. So sorry for the short notice!

            Alex will be in touch with some new times as soon as they're back.

            - The Pinecrest AI Recruiting Team
            """
        ),
        cal_file(
            cal(
                """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Ashby//Interview Scheduling//EN
                METHOD:CANCEL
                """,
                vtz3("America/Los_Angeles"),
                """
                BEGIN:VEVENT
                UID:ashby-ivs-3f6a9b10-pinecrest
                DTSTAMP:20260713T144510Z
                DTSTART;TZID=America/Los_Angeles:20260714T090000
                DTEND;TZID=America/Los_Angeles:20260714T093000
                SUMMARY:Cancelled: Recruiter Screen: Dana Whitfield <> Pinecrest AI
                ORGANIZER;CN=Alex Kim:mailto:alex.kim@pinecrest.example
                ATTENDEE;CN=Dana Whitfield:mailto:dana.whitfield@example.org
                SEQUENCE:1
                STATUS:CANCELLED
                END:VEVENT
                END:VCALENDAR
                """,
            ),
            filename="cancel.ics",
            ctype="text/calendar",
            method="CANCEL",
        ),
    ),
    L(
        "interview_cancel",
        company="Pinecrest AI",
        interview=("2026-07-14T09:00:00-07:00", "2026-07-14T09:30:00-07:00"),
        interviewers=[person("Alex Kim", ALEX)],
        thread="pinecrest",
        notes="Cancelled with a promise of new times: still a cancel.",
    ),
)

msg(
    "pinecrest-3",
    f"""
    From: Alex Kim <{ALEX}>
    To: {DANA}
    Subject: new time for our chat?
    Date: Wed, 15 Jul 2026 09:18:02 -0700
    Message-ID: {mid("pinecrest-3", "pinecrest.example")}
    """,
    text(
        """
        hey Dana, I'm back on my feet - thanks for your patience!

        would Monday July 20 at 8:30am Pacific work for you? that should be 17:30 in Berlin if
        my math is right. still 30 min, same zoom link as before. if it doesn't suit, grab any
        other slot here: https://jobs.ashbyhq.com/pinecrest/interview/reschedule/6c0e1d

        Alex
        """
    ),
    L(
        "interview_reschedule",
        company="Pinecrest AI",
        interview=("2026-07-20T08:30:00-07:00", "2026-07-20T09:00:00-07:00"),
        interviewers=[person("Alex Kim", ALEX)],
        thread="pinecrest",
        notes="A new time after a cancellation is a reschedule (holdout2 convention).",
    ),
)

# --------------------------------------------------------------------------- corbel (iCIMS)

CO_ROLE = "Data Engineer II"

msg(
    "corbel-1",
    f"""
    From: Corbel Insurance Careers <corbel-careers@talent.icims.com>
    To: {DANA}
    Subject: Thank you for applying - {CO_ROLE} (Req ID 2026-4471)
    Date: Mon, 06 Jul 2026 12:40:18 +0100
    Message-ID: {mid("corbel-1", "talent.icims.com")}
    """,
    html(
        auto_html(
            f"""
            Dear Dana,

            Thank you for your interest in Corbel Insurance. We have received your application for {CO_ROLE} (Req ID 2026-4471), Dublin / Hybrid.

            Our Talent Acquisition team typically reviews applications within 10 business days. If your profile matches the requirements, a member of the team will contact you to discuss next steps.

            You can review the status of your application at any time in our Careers Portal: https://careers-corbel.icims.com/jobs/candidate

            Kind regards,
            Talent Acquisition, Corbel Insurance DAC
            """
        )
    ),
    L(
        "application_ack",
        hard_negative=True,
        company="Corbel Insurance",
        role=CO_ROLE,
        decision=("within 10 business days", plus_business_days(10)),
        thread="corbel",
        notes="Review time in an ack counts; 6 Jul + 10 business days crosses no Irish holiday.",
    ),
)

msg(
    "corbel-2",
    f"""
    From: Corbel Insurance Careers <corbel-careers@talent.icims.com>
    Reply-To: niamh.brennan@corbelinsurance.example
    To: {DANA}
    Subject: Next step: online assessment for {CO_ROLE}
    Date: Thu, 16 Jul 2026 14:02:33 +0100
    Message-ID: {mid("corbel-2", "talent.icims.com")}
    """,
    alt(
        text(
            f"""
            Dear Dana,

            Thank you for your application for {CO_ROLE}. We are pleased to invite you to complete
            our online technical assessment, which is the next step in our selection process.

            The assessment is hosted by HackerRank, contains three SQL/Python tasks and takes about
            90 minutes. Please complete it within 5 days of receiving this email:

            https://www.hackerrank.com/test/corbel-de2-2026/login?b=eyJ1c2VyIjoiZGFuYSJ9

            If you require any adjustments, reply to this email and Niamh Brennan from our Talent
            team will be happy to help.

            Kind regards,
            Talent Acquisition, Corbel Insurance
            """
        ),
        html(
            auto_html(
                f"""
                Dear Dana,

                Thank you for your application for {CO_ROLE}. We are pleased to invite you to complete our online technical assessment, which is the next step in our selection process.

                The assessment is hosted by HackerRank, contains three SQL/Python tasks and takes about 90 minutes. Please complete it within 5 days of receiving this email:

                https://www.hackerrank.com/test/corbel-de2-2026/login?b=eyJ1c2VyIjoiZGFuYSJ9

                If you require any adjustments, reply to this email and Niamh Brennan from our Talent team will be happy to help.

                Kind regards,
                Talent Acquisition, Corbel Insurance
                """
            )
        ),
    ),
    L(
        "info_request",
        company="Corbel Insurance",
        role=CO_ROLE,
        thread="corbel",
        notes="'invite you to complete' an assessment: info_request, not an interview. "
        "'within 5 days' is Dana's deadline.",
    ),
)

# --------------------------------------------------------------------------- helvion

msg(
    "helvion-1",
    f"""
    From: Helvion Careers <careers@successfactors.eu>
    To: {DANA}
    Subject: Your application: Senior Data Engineer (f/m/d) - Job ID 58213
    Date: Tue, 04 Aug 2026 07:58:41 +0000
    Message-ID: {mid("helvion-1", "successfactors.eu")}
    """,
    html(
        auto_html(
            """
            Dear Dana Whitfield,

            Thank you for your interest in Helvion Insurance and for your application for the position Senior Data Engineer (f/m/d), Zurich, Job ID 58213.

            We have now completed our review. Although your qualifications are impressive, we have decided to proceed with other candidates whose profiles more closely match the requirements of this position.

            We will retain your data in our talent pool for 12 months, unless you object. Please feel free to apply again for other positions at Helvion.

            Kind regards
            Helvion Insurance Ltd
            Talent Acquisition Switzerland
            """,
            style="font-family:'72',Arial,sans-serif;font-size:13px",
        )
    ),
    L(
        "rejection",
        company="Helvion Insurance",
        role="Senior Data Engineer (f/m/d)",
        thread="helvion",
        notes="SuccessFactors rejection; '12 months' is data retention, not a timeline.",
    ),
)

# --------------------------------------------------------------------------- halvard (sv/en)

HV_ROLE = "Data Platform Engineer"

msg(
    "halvard-1",
    f"""
    From: Halvard Data <no-reply@teamtailor.com>
    Reply-To: rekrytering@halvarddata.example
    To: {DANA}
    Subject: =?utf-8?Q?Tack_f=C3=B6r_din_ans=C3=B6kan_=E2=80=93_{HV_ROLE.replace(" ", "_")}?=
    Date: Fri, 03 Jul 2026 10:22:09 +0200
    Message-ID: {mid("halvard-1", "teamtailor.com")}
    """,
    alt(
        text(
            f"""
            Hej Dana!

            Tack för din ansökan till tjänsten {HV_ROLE} hos Halvard Data. Vi har tagit emot
            dina dokument.

            Eftersom stora delar av teamet har semester under juli går vi igenom ansökningarna
            efter semestern. Vi återkommer senast den 14 augusti med besked om nästa steg.

            Ha en fin sommar!

            Vänliga hälsningar,
            Ebba Lindgren
            Halvard Data AB
            """
        ),
        html(
            auto_html(
                f"""
                Hej Dana!

                Tack för din ansökan till tjänsten {HV_ROLE} hos Halvard Data. Vi har tagit emot dina dokument.

                Eftersom stora delar av teamet har semester under juli går vi igenom ansökningarna efter semestern. Vi återkommer senast den 14 augusti med besked om nästa steg.

                Ha en fin sommar!

                Vänliga hälsningar,
                Ebba Lindgren
                Halvard Data AB
                """
            )
        ),
    ),
    L(
        "application_ack",
        language="sv",
        hard_negative=True,
        company="Halvard Data",
        role=HV_ROLE,
        decision=("senast den 14 augusti", fixed("2026-08-14")),
        thread="halvard",
    ),
)

msg(
    "halvard-2",
    f"""
    From: Ebba Lindgren <ebba.lindgren@halvarddata.example>
    To: {DANA}
    Subject: =?utf-8?Q?Autosvar:_Fr=C3=A5ga_om_ans=C3=B6kan?=
    Date: Mon, 20 Jul 2026 14:11:36 +0200
    Message-ID: {mid("halvard-2", "", "outlook")}
    Auto-Submitted: auto-replied
    """,
    text(
        """
        Hej,

        Tack för ditt mejl! Jag har semester till och med fredag 7 augusti och läser inte min
        e-post. Jag är tillbaka måndag 10 augusti.

        Brådskande ärenden: rekrytering@halvarddata.example

        Ebba Lindgren, Talent Acquisition
        """
    ),
    L(
        "out_of_office",
        language="sv",
        hard_negative=True,
        company="Halvard Data",
        return_date="2026-08-10",
        thread="halvard",
    ),
)

msg(
    "halvard-3",
    f"""
    From: Ebba Lindgren <ebba.lindgren@halvarddata.example>
    To: {DANA}
    Subject: {HV_ROLE} - take-home task
    Date: Tue, 18 Aug 2026 10:05:47 +0200
    Message-ID: {mid("halvard-3", "halvarddata.example")}
    """,
    text(
        f"""
        Hi Dana,

        Thanks for your patience over the summer - we've now been through all applications for
        the {HV_ROLE} role (I'm writing in English as our engineering team works in English).

        Before we book interviews we ask shortlisted candidates to do a small take-home task:
        build a tiny ingestion pipeline for the dataset in the repo below and write half a page
        about your design choices. It shouldn't take more than 3-4 hours.

        https://github.com/halvard-data/take-home-de (access granted to your GitHub handle)

        Ideally you'd send it back within a week. We're aiming to have offers out by the end
        of September.

        Vänliga hälsningar,
        Ebba
        """
    ),
    L(
        "info_request",
        company="Halvard Data",
        role=HV_ROLE,
        decision=("by the end of September", fixed("2026-09-30")),
        thread="halvard",
        notes="Take-home task = info_request; 'within a week' is Dana's deadline, the offer "
        "date is the company's timeline.",
    ),
)

# --------------------------------------------------------------------------- tidemark (nl/en)

TM_ROLE = "Backend Engineer (Go)"
FEMKE = "femke.devries@tidemark.example"

msg(
    "tidemark-1",
    f"""
    From: Femke de Vries <{FEMKE}>
    To: {DANA}
    Subject: Ons gesprek van donderdag
    Date: Tue, 07 Jul 2026 15:36:20 +0200
    Message-ID: {mid("tidemark-1", "tidemark.example")}
    """,
    text(
        """
        Hoi Dana,

        Vervelend nieuws: Bas Vermeulen (onze engineering lead) is donderdag 9 juli helaas de
        hele dag bij een klant, dus ons gesprek kan dan niet doorgaan. Zou vrijdag 10 juli om
        13:00 uur ook passen? Het gesprek duurt een uur en blijft gewoon via Google Meet, dezelfde
        link.

        Laat je even weten of dat lukt?

        Groetjes,
        Femke de Vries
        Recruiter | Tidemark
        """
    ),
    L(
        "interview_reschedule",
        language="nl",
        company="Tidemark",
        interview=("2026-07-10T13:00:00+02:00", "2026-07-10T14:00:00+02:00"),
        interviewers=[person("Bas Vermeulen", None)],
        thread="tidemark",
        notes="Proposed new time for an existing interview: reschedule. Femke is only scheduling.",
    ),
)

msg(
    "tidemark-2",
    f"""
    From: Femke de Vries <{FEMKE}>
    To: {DANA}
    Subject: Volgende ronde bij Tidemark
    Date: Wed, 15 Jul 2026 11:48:03 +0200
    Message-ID: {mid("tidemark-2", "tidemark.example")}
    """,
    text(
        f"""
        Hoi Dana,

        Goed nieuws! Bas was erg enthousiast over jullie gesprek van vrijdag. We willen je graag
        uitnodigen voor de laatste ronde voor de functie {TM_ROLE}: een technisch gesprek van
        anderhalf uur met twee engineers uit het team, op ons kantoor in Amsterdam of online.

        Ik stuur je volgende week een paar opties; een aantal mensen is nu op vakantie.

        Groetjes,
        Femke
        """
    ),
    L(
        "next_round",
        language="nl",
        company="Tidemark",
        role=TM_ROLE,
        thread="tidemark",
        notes="'Ik stuur je volgende week een paar opties' is a scheduling promise, not a decision.",
    ),
)

msg(
    "tidemark-3",
    f"""
    From: Femke de Vries <{FEMKE}>
    To: {DANA}
    Subject: Your offer from Tidemark
    Date: Fri, 31 Jul 2026 16:02:55 +0200
    Message-ID: {mid("tidemark-3", "tidemark.example")}
    """,
    mixed(
        text(
            f"""
            Hi Dana,

            (Switching to English so our Head of People can follow along in cc later.)

            I'm delighted to let you know that the team would love you to join Tidemark as
            {TM_ROLE}! Attached you'll find our offer letter: EUR 78,000 gross per year plus
            8% holiday allowance, 28 days of leave, and a relocation budget if you decide to
            move to Amsterdam.

            Have a look, and let's have a call early next week to go through any questions.

            Warm regards,
            Femke
            """
        ),
        attachment(
            fake_pdf("Tidemark offer letter - Dana Whitfield"),
            'application/pdf; name="Offer_Dana_Whitfield_Tidemark.pdf"',
            'attachment; filename="Offer_Dana_Whitfield_Tidemark.pdf"',
        ),
    ),
    L("offer", company="Tidemark", role=TM_ROLE, thread="tidemark"),
)
