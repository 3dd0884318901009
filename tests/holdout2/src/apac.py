# ruff: noqa: E501
"""Asia-Pacific stories: kowhai (Wellington, Ashby), saffron (Pune, Freshteam), harbourline (Sydney, Lever)."""

from __future__ import annotations

from source.lib import (
    DANA,
    L,
    alt,
    auto_html,
    cal_file,
    fixed,
    html,
    mid,
    mixed,
    msg,
    person,
    plus_weeks,
    quote,
    text,
)

from .common import b_word, zone

# =========================================================================== kowhai (en, NZ)
KW = "Kōwhai Digital"
KW_ROLE = "Staff Data Engineer (Remote, EU-friendly hours)"
AROHA = person("Aroha Ngata", "aroha.ngata@kowhai.example")
TANE = person("Tane Wiremu", "tane.wiremu@kowhai.example")
KW_1_MID = mid("kowhai-1", "ashbyhq.com")

KW_1_TEXT = """
Kia ora Dana,

Mereana here from Kōwhai Digital. Thanks heaps for the time on Tuesday's intro call. The team read your notes on the Kafka-to-Iceberg migration and wanted to meet you straight away, so rather than sending you yet another booking link we've gone ahead and found a time that sits inside your working day:

Technical conversation: Staff Data Engineer (Remote, EU-friendly hours)
When: Wednesday 8 April, 7:00pm to 7:45pm NZST
That's 9:00 to 9:45am on Wednesday morning for you in Berlin. Heads-up: our clocks go back an hour this Sunday (5 April), so the gap between us shrinks to 10 hours from then on.
Where: https://whereby.com/kowhai-digital-talent
With: Aroha Ngata (Head of Data) and Tane Wiremu (Principal Engineer)

No prep needed. Bring a system you're proud of (or one you'd rebuild differently) and we'll dig in from there.

If the time doesn't work, just hit reply and tell us what would; we're flexible.

One promise from us: we always get back to people within three working days of talking to them, whatever the outcome.

Ngā mihi,
Mereana Tipene
Talent Partner, Kōwhai Digital
Pōneke / Wellington

Sent with Ashby
"""

KW_1_ICS = f"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Interview Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{zone("Pacific/Auckland")}
BEGIN:VEVENT
UID:ashby-interview-6d1f0b2e-93a7-4c55-9e0d-kowhai-7731@ashbyhq.com
DTSTAMP:20260402T080533Z
DTSTART;TZID=Pacific/Auckland:20260408T190000
DTEND;TZID=Pacific/Auckland:20260408T194500
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kōwhai Digital – Technical conversation with Dana Whitfield
LOCATION:https://whereby.com/kowhai-digital-talent
DESCRIPTION:Staff Data Engineer (Remote\\, EU-friendly hours)\\nWith Aroha Ngata and Tane Wiremu.\\nJoin: https://whereby.com/kowhai-digital-talent
ORGANIZER;CN=Mereana Tipene:mailto:mereana.tipene@kowhai.example
ATTENDEE;CN=Aroha Ngata;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:aroha.ngata@kowhai.example
ATTENDEE;CN=Tane Wiremu;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tane.wiremu@kowhai.example
ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dana.whitfield@example.org
END:VEVENT
END:VCALENDAR
"""

msg(
    "kowhai-1",
    f"""
    Return-Path: <bounces+ashby-7731@mail.ashbyhq.com>
    From: {b_word("Kōwhai Digital")} <no-reply@ashbyhq.com>
    Reply-To: Mereana Tipene <mereana.tipene@kowhai.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {b_word("Kia ora Dana – you're booked in with Aroha & Tane 🌼")}
    Date: Thu, 02 Apr 2026 21:05:33 +1300
    Message-ID: {KW_1_MID}
    """,
    mixed(
        alt(
            text(KW_1_TEXT),
            html(
                auto_html(
                    KW_1_TEXT, "font-family:Inter,Helvetica,sans-serif;font-size:15px;color:#1f2a1f"
                )
            ),
        ),
        cal_file(KW_1_ICS, "invite.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "interview_invite",
        company=KW,
        role=KW_ROLE,
        interview=("2026-04-08T19:00:00+12:00", "2026-04-08T19:45:00+12:00"),
        interviewers=[AROHA, TANE],
        decision=("within three working days of talking to them", fixed("2026-04-13")),
        thread="kowhai",
        notes="Ashby with the company's own wording; a fixed slot sent unannounced after an intro call, so the first invitation to this stage. Date header in NZDT (+1300) while the interview falls after New Zealand's DST end on 5 April (NZST, +1200): 19:00 NZST = 09:00 Berlin, as the text says. 'within three working days of talking to them' is anchored to the interview this message fixes: Wed 8 April + 3 business days = Mon 13 April (no NZ or Berlin holiday in between). Mereana only schedules.",
    ),
)

KW_2_TEXT = """
Hi Dana,

Thanks for talking with Aroha and Tane on Wednesday.

Whatever happens next in your process, we'd love your honest take on how the conversation felt: was it clear what we were looking for, did you get enough time for your own questions, did the time zone juggling work?

It's five questions and takes about two minutes: https://app.ashbyhq.com/survey/kowhai/2f8c1e0a

The survey is anonymous and goes to our People team, not the hiring panel, so it has no effect at all on your application for the Staff Data Engineer role.

Ngā mihi nui,
The Kōwhai Digital People team

Sent with Ashby
"""

msg(
    "kowhai-2",
    f"""
    From: {b_word("Kōwhai Digital")} <no-reply@ashbyhq.com>
    To: dana.whitfield@example.org
    Subject: How did we do, Dana? (2 minutes, promise)
    Date: Fri, 10 Apr 2026 11:02:10 +1200
    Message-ID: {mid("kowhai-2", "ashbyhq.com")}
    List-Unsubscribe: <https://app.ashbyhq.com/unsubscribe/kowhai/2f8c1e0a>
    """,
    alt(text(KW_2_TEXT), html(auto_html(KW_2_TEXT))),
    L(
        "other",
        hard_negative=True,
        company=KW,
        role="Staff Data Engineer",
        thread="kowhai",
        notes="Candidate-experience survey after the interview: it asks nothing the application needs and moves nothing ('no effect at all on your application'), so not info_request and not an event. Belongs to the application, so company is set.",
    ),
)

# =========================================================================== saffron (en-IN, Pune)
SL = "Saffron Ledger"
SL_ROLE = "Senior Backend Engineer - Payments Platform"
KARTHIK = person("Karthik Raghunathan", "karthik.raghunathan@saffronledger.example")
SNEHA = person("Sneha Kulkarni", "sneha.kulkarni@saffronledger.example")
RITIKA = "Ritika Joshi <ritika.joshi@saffronledger.example>"
SL_1_MID = mid("saffron-1", "freshteam.com")
SL_3_MID = mid("saffron-3", "", "outlook")
SL_DANA_MID = mid("saffron-dana-confirm", "", "gmail")

SL_1_TEXT = """
Dear Dana,

Greetings from Saffron Ledger!

With reference to your application for the position of Senior Backend Engineer - Payments Platform, we are pleased to inform you that your profile has been shortlisted and your Technical Round 1 is scheduled as per the below details:

Date : 16-Apr-2026 (Thursday)
Time : 03:30 PM to 04:30 PM IST (12:00 PM to 01:00 PM CEST)
Mode : Google Meet - https://meet.google.com/xqv-ptra-kmd
Panel : Mr. Karthik Raghunathan (Engineering Manager) and Ms. Sneha Kulkarni (Senior SDE)

Kindly revert with your confirmation at the earliest. Request you to join 5 minutes prior and keep your camera switched on throughout the discussion.

Post the interview, the panel will share their feedback with HR and you will hear from us within 5 working days.

Thanks & Regards,
Ritika Joshi
Talent Acquisition | Saffron Ledger Pvt. Ltd.
Baner, Pune - 411045

This email was sent via Freshteam.
"""

SL_1_HTML = """
<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<p>Dear Dana,</p>
<p>Greetings from Saffron Ledger!</p>
<p>With reference to your application for the position of <b>Senior Backend Engineer - Payments Platform</b>, we are pleased to inform you that your profile has been shortlisted and your <b>Technical Round 1</b> is scheduled as per the below details:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td><b>Date</b></td><td>16-Apr-2026 (Thursday)</td></tr>
<tr><td><b>Time</b></td><td>03:30 PM to 04:30 PM IST (12:00 PM to 01:00 PM CEST)</td></tr>
<tr><td><b>Mode</b></td><td>Google Meet - <a href="https://meet.google.com/xqv-ptra-kmd">https://meet.google.com/xqv-ptra-kmd</a></td></tr>
<tr><td><b>Panel</b></td><td>Mr. Karthik Raghunathan (Engineering Manager) and Ms. Sneha Kulkarni (Senior SDE)</td></tr>
</table>
<p>Kindly revert with your confirmation at the earliest. Request you to join 5 minutes prior and keep your camera switched on throughout the discussion.</p>
<p>Post the interview, the panel will share their feedback with HR and you will hear from us within 5 working days.</p>
<p>Thanks &amp; Regards,<br>Ritika Joshi<br>Talent Acquisition | Saffron Ledger Pvt. Ltd.<br>Baner, Pune - 411045</p>
<p style="color:#888;font-size:11px">This email was sent via Freshteam.</p>
</body></html>
"""

SL_1_ICS = f"""
BEGIN:VCALENDAR
PRODID:-//Freshworks//Freshteam//EN
VERSION:2.0
METHOD:REQUEST
{zone("Asia/Kolkata")}
BEGIN:VEVENT
UID:ft-interview-418822-9931@freshteam.com
DTSTAMP:20260413T085241Z
DTSTART;TZID=Asia/Kolkata:20260416T153000
DTEND;TZID=Asia/Kolkata:20260416T163000
SUMMARY:Technical Round 1 - Dana Whitfield - Senior Backend Engineer - Payments Platform
LOCATION:https://meet.google.com/xqv-ptra-kmd
ORGANIZER;CN=Ritika Joshi:mailto:ritika.joshi@saffronledger.example
ATTENDEE;CN=Karthik Raghunathan;ROLE=REQ-PARTICIPANT:mailto:karthik.raghunathan@saffronledger.example
ATTENDEE;CN=Sneha Kulkarni;ROLE=REQ-PARTICIPANT:mailto:sneha.kulkarni@saffronledger.example
ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dana.whitfield@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

msg(
    "saffron-1",
    f"""
    From: Saffron Ledger Talent Acquisition <saffronledger@freshteam.com>
    Reply-To: {RITIKA}
    To: dana.whitfield@example.org
    Subject: Interview Scheduled || Technical Round 1 || Senior Backend Engineer - Payments Platform
    Date: Mon, 13 Apr 2026 14:22:41 +0530
    Message-ID: {SL_1_MID}
    X-Mailer: Freshteam
    """,
    mixed(
        alt(text(SL_1_TEXT), html(SL_1_HTML)),
        cal_file(SL_1_ICS, "interview.ics", "application/ics"),
    ),
    L(
        "interview_invite",
        company=SL,
        role=SL_ROLE,
        interview=("2026-04-16T15:30:00+05:30", "2026-04-16T16:30:00+05:30"),
        interviewers=[KARTHIK, SNEHA],
        decision=("you will hear from us within 5 working days", fixed("2026-04-23")),
        thread="saffron",
        notes="Freshteam, Indian business English ('kindly revert', 'post the interview'), Date in +0530. First invitation with a fixed time. The timeline is anchored to the interview this message fixes: Thu 16 April + 5 business days = Thu 23 April (no Maharashtra or Berlin holiday in between; Ambedkar Jayanti 14 April and Maharashtra Day 1 May lie outside). Ritika only schedules.",
    ),
)

SL_2_TEXT = """
Hi Dana,

This is a gentle reminder about your upcoming interview with Saffron Ledger.

Round: Technical Round 1
When: Thursday, 16 Apr 2026 · 3:30 PM - 4:30 PM (GMT+05:30) India Standard Time
Interviewers: Karthik Raghunathan, Sneha Kulkarni
Join: https://meet.google.com/xqv-ptra-kmd

All the best!
Team Saffron Ledger

Powered by Freshteam
"""

msg(
    "saffron-2",
    f"""
    From: Saffron Ledger Talent Acquisition <saffronledger@freshteam.com>
    To: dana.whitfield@example.org
    Subject: Reminder: Interview tomorrow || Saffron Ledger
    Date: Wed, 15 Apr 2026 17:00:04 +0530
    Message-ID: {mid("saffron-2", "freshteam.com")}
    Auto-Submitted: auto-generated
    """,
    text(SL_2_TEXT, cte="8bit"),
    L(
        "interview_confirmation",
        company=SL,
        interview=("2026-04-16T15:30:00+05:30", "2026-04-16T16:30:00+05:30"),
        interviewers=[person("Karthik Raghunathan", None), person("Sneha Kulkarni", None)],
        thread="saffron",
        notes="Automatic reminder the day before (README: reminders are confirmations), with Auto-Submitted: auto-generated like a notice. The role is not named in this message.",
    ),
)

SL_3_TEXT = """
Hi Dana,

Greetings of the day!

We are happy to inform you that you have cleared the Technical Round 1. The panel's feedback was very positive, especially on the idempotency and reconciliation discussion.

Your profile is now moved to the Techno-Managerial round with our CTO, Mr. Anand Deshpande. I will share the slot details by tomorrow EOD after checking his calendar.

Regards,
Ritika Joshi
Talent Acquisition | Saffron Ledger Pvt. Ltd.
+91 20 6712 4480

From: Dana Whitfield <dana.whitfield@example.org>
Sent: Monday, April 13, 2026 4:05 PM
To: Ritika Joshi <ritika.joshi@saffronledger.example>
Subject: Re: Interview Scheduled || Technical Round 1 || Senior Backend Engineer - Payments Platform

Hi Ritika,

Thank you, I confirm Thursday 16 April at 3:30 PM IST. Looking forward to speaking with Karthik and Sneha.

Best regards,
Dana
"""

msg(
    "saffron-3",
    f"""
    From: {RITIKA}
    To: {DANA}
    Subject: RE: Interview Scheduled || Technical Round 1 || Senior Backend Engineer - Payments Platform
    Date: Wed, 22 Apr 2026 12:10:55 +0530
    Message-ID: {SL_3_MID}
    In-Reply-To: {SL_DANA_MID}
    References: {SL_1_MID} {SL_DANA_MID}
    Thread-Topic: Interview Scheduled || Technical Round 1 || Senior Backend Engineer - Payments Platform
    X-MS-Has-Attach:
    """,
    alt(
        text(SL_3_TEXT, charset="us-ascii", cte="7bit"),
        html(auto_html(SL_3_TEXT, "font-family:Calibri,sans-serif;font-size:11pt")),
    ),
    L(
        "next_round",
        company=SL,
        role=SL_ROLE,
        interviewers=[person("Anand Deshpande", None)],
        thread="saffron",
        notes="Outlook top-posting over Dana's confirmation (a reply to a message of hers not in the corpus). She advances; the next round has no time yet. 'I will share the slot details by tomorrow EOD' is about scheduling, not a decision: no decision_date.",
    ),
)

SL_4_TEXT = """
Dear Dana,

Hope you are doing well.

Before we schedule the Techno-Managerial round, request you to kindly share the below details for our internal approval:

1. Current CTC (Fixed + Variable) - in EUR is fine
2. Expected CTC
3. Notice period / Earliest joining date
4. Current location and willingness to relocate to Pune (hybrid, 3 days WFO)
5. Last 3 months salary slips and latest appraisal letter

Do the needful at the earliest so that we can proceed further.

Thanks & Regards,
Ritika Joshi
Talent Acquisition | Saffron Ledger Pvt. Ltd.
"""

msg(
    "saffron-4",
    f"""
    From: {RITIKA}
    To: {DANA}
    Subject: Details required || Saffron Ledger || Dana Whitfield
    Date: Thu, 23 Apr 2026 16:45:12 +0530
    Message-ID: {mid("saffron-4", "", "outlook")}
    """,
    text(SL_4_TEXT, charset="us-ascii", cte="7bit"),
    L(
        "info_request",
        company=SL,
        thread="saffron",
        notes="Asks for compensation, notice period, relocation and payslips before the next round: info_request. 'at the earliest' is Dana's deadline, and vague.",
    ),
)

SL_5_TEXT = """
Dear Sender,

Thank you for your mail. I am on leave from 27/04/2026 and will be back in office on 04/05/2026 with limited access to emails.

For urgent hiring related queries, please reach out to Mr. Vivek Patil at vivek.patil@saffronledger.example.

Regards,
Ritika Joshi
"""

msg(
    "saffron-5",
    f"""
    From: {RITIKA}
    To: {DANA}
    Subject: Automatic reply: Details required || Saffron Ledger || Dana Whitfield
    Date: Mon, 27 Apr 2026 09:05:40 +0530
    Message-ID: {mid("saffron-5", "", "outlook")}
    Auto-Submitted: auto-replied
    X-Auto-Response-Suppress: All
    """,
    text(SL_5_TEXT, charset="us-ascii", cte="7bit"),
    L(
        "out_of_office",
        hard_negative=True,
        company=SL,
        return_date="2026-05-04",
        thread="saffron",
        notes="Outlook automatic reply to Dana's answer (not in the corpus). Indian dates are day/month: '04/05/2026' is 4 May, not 5 April (which would also be before the message).",
    ),
)

# =========================================================================== harbourline (en-AU, Sydney)
HL = "Harbourline Insurance"
HL_ROLE = "Lead Data Engineer – Claims Analytics"
BEC = "Bec Lawson <bec.lawson@harbourline.example>"
HL_1_MID = mid("harbourline-1", "hire.lever.co")
HL_2_MID = mid("harbourline-2", "", "gmail")
HL_3_MID = mid("harbourline-3", "", "outlook")

HL_1_TEXT = """
G'day Dana,

Bec from the Harbourline talent crew here. Your application for Lead Data Engineer – Claims Analytics landed on Hamish McCreadie's desk (he's our GM of Data & Analytics and would be your boss), and he's asked me to get something in the diary.

It'd be a relaxed 30-minute video chat: no whiteboard, no trick questions, mostly Hamish wanting to hear how you've taken messy claims-style data and made it trustworthy.

Here's what's free in his calendar. All times are Sydney time (AEST – we came off daylight saving on Sunday, so we're now 8 hours ahead of you):

  * Tue 14 April, 5:00pm
  * Wed 15 April, 4:30pm
  * Thu 16 April, 6:00pm

Just reply with the one that suits and I'll lock it in with a Teams link. If none of them work, there are a few more on Hamish's booking page: https://hire.lever.co/interview-scheduling/harbourline/4b7e21d9

Cheers,
Bec Lawson
Senior Talent Partner | Harbourline Insurance
Level 14, 2 Market St, Sydney NSW 2000
"""

msg(
    "harbourline-1",
    f"""
    From: "Bec Lawson (Harbourline Insurance)" <no-reply@hire.lever.co>
    Reply-To: {BEC}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?utf-8?q?Lead_Data_Engineer_=E2=80=93_Claims_Analytics=3A_fancy_a_chat_with_Hamish=3F?=
    Date: Tue, 07 Apr 2026 17:20:19 +1000
    Message-ID: {HL_1_MID}
    X-Lever-Opportunity: 7f3e0d2c-1b44-4c1b-9a5e-harbourline
    """,
    alt(text(HL_1_TEXT), html(auto_html(HL_1_TEXT, "font-family:Georgia,serif;font-size:15px"))),
    L(
        "interview_invite",
        company=HL,
        role=HL_ROLE,
        interviewers=[person("Hamish McCreadie", None)],
        thread="harbourline",
        notes="Lever with the recruiter's own Australian wording. Three candidate slots plus a booking page: no single fixed time, interview null. Date in AEST (+1000) two days after Sydney's DST end.",
    ),
)

HL_1_QUOTE = quote(HL_1_TEXT)

HL_2_TEXT = (
    """
Hi Bec,

I hope you're keeping well. I'm just following up on the Lead Data Engineer – Claims Analytics role: I spoke with Hamish on 15 April and you mentioned I'd hear back once he'd met the other candidates, but I haven't had any news since.

I'm still very keen on the role, and I'd be grateful for a quick update on where things stand, even if it's not the outcome I'm hoping for.

Best wishes,
Dana

On Tue, 7 Apr 2026 at 09:20, Bec Lawson (Harbourline Insurance) <no-reply@hire.lever.co> wrote:
"""
    + HL_1_QUOTE
)

msg(
    "harbourline-2",
    f"""
    From: {DANA}
    To: {BEC}
    Subject: =?UTF-8?Q?Re=3A_Lead_Data_Engineer_=E2=80=93_Claims_Analytics=3A_fancy_a_chat_with_Hamish=3F?=
    Date: Mon, 04 May 2026 10:12:47 +0200
    Message-ID: {HL_2_MID}
    In-Reply-To: {HL_1_MID}
    References: {HL_1_MID}
    """,
    text(HL_2_TEXT),
    L(
        "user_sent",
        hard_negative=True,
        company=HL,
        role=HL_ROLE,
        thread="harbourline",
        notes="Dana's own nudge after three weeks of silence (the recruiter ghosting her): user_sent whatever it says. Gmail bottom quote of the original invite.",
    ),
)

HL_3_TEXT = """
Hi Dana,

Sorry, that's on me – it's been a flat-out few weeks with EOFY planning kicking off, and your email was a good nudge.

Where it's at: Hamish has a shortlist of three (you're on it) and the panel sits down together next Thursday arvo to compare notes. We'll be back to you within a fortnight either way, and I'll make sure it's me ringing you rather than a form email.

Thanks for your patience,
Bec

Bec Lawson
Senior Talent Partner | Harbourline Insurance

________________________________
From: Dana Whitfield <dana.whitfield@example.org>
Sent: Monday, 4 May 2026 6:12 PM
To: Bec Lawson <bec.lawson@harbourline.example>
Subject: Re: Lead Data Engineer – Claims Analytics: fancy a chat with Hamish?

Hi Bec,

I hope you're keeping well. I'm just following up on the Lead Data Engineer – Claims Analytics role: I spoke with Hamish on 15 April and you mentioned I'd hear back once he'd met the other candidates, but I haven't had any news since.
"""

msg(
    "harbourline-3",
    f"""
    From: {BEC}
    To: {DANA}
    Subject: {b_word("RE: Lead Data Engineer – Claims Analytics: fancy a chat with Hamish?", "utf-8")}
    Date: Tue, 05 May 2026 16:40:03 +1000
    Message-ID: {HL_3_MID}
    In-Reply-To: {HL_2_MID}
    References: {HL_1_MID} {HL_2_MID}
    """,
    alt(
        text(HL_3_TEXT),
        html(auto_html(HL_3_TEXT, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
    ),
    L(
        "timeline_update",
        company=HL,
        role=HL_ROLE,
        decision=("within a fortnight", plus_weeks(2)),
        thread="harbourline",
        notes="Outlook top-posting; Sent line in Sydney time. 'within a fortnight' = 14 days from 5 May = 19 May. 'next Thursday arvo' is when the panel meets, not when they decide.",
    ),
)

HL_4_TEXT = """
Hi Dana,

Good news: the panel wants to take you through to the last step, which for us is referee checks.

Could you pop through details for two referees, ideally including someone you reported to directly in the last three years? For each one: name, role, how you worked together, a mobile number with country code and an email. Please give them a heads-up that the call may come from an Australian number. We'll try for their morning, which is our evening.

Once those are done it's over to Hamish for the final call.

Cheers,
Bec
"""

msg(
    "harbourline-4",
    f"""
    From: {BEC}
    To: {DANA}
    Subject: Referees - Lead Data Engineer
    Date: Fri, 15 May 2026 15:10:44 +1000
    Message-ID: {mid("harbourline-4", "", "outlook")}
    """,
    text(HL_4_TEXT, charset="us-ascii", cte="7bit"),
    L(
        "reference_request",
        company=HL,
        role="Lead Data Engineer",
        thread="harbourline",
        notes="Australian 'referees' for references. No decision time is given ('once those are done').",
    ),
)
