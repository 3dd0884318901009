# ruff: noqa: E501
"""Singapore (Workable, Sterling) and Sydney (Breezy HR, DST ending on 5 April) stories."""

from __future__ import annotations

from source.lib import (
    DANA,
    L,
    alt,
    attachment,
    auto_html,
    cal_file,
    end_of_next_week,
    fake_pdf,
    fixed,
    html,
    mid,
    mixed,
    msg,
    person,
    plus_business_days,
    quote,
    text,
)

from .common import qword, tzblock

# =========================================================================== kaleido (en, SGT)
KA = "Kaleido Systems"
KA_ROLE = "Senior Data Engineer, Payments Platform"
MEILING = person("Mei Ling Tan", "meiling.tan@kaleido-systems.example")
ROHAN = person("Rohan Nair", "rohan.nair@kaleido-systems.example")
FARAH = person("Farah Iskandar", "farah.iskandar@kaleido-systems.example")
KA_REPLY = "r-8f2c1a9d47e0@candidates.workablemail.com"
KA_2_ID = mid("kaleido-2", "candidates.workablemail.com")
KA_3_ID = mid("kaleido-3", "", "gmail")

KA_1_TEXT = """
Hi Dana,

Thanks for applying for the Senior Data Engineer, Payments Platform role at Kaleido Systems. This email confirms that we've received your application.

What happens next?
Our talent team reviews every application by hand. We aim to get back to every candidate within 10 business days, whether or not we move forward.

In the meantime, you can learn more about how we build payments infrastructure for South-East Asia on our careers page: https://apply.workable.com/kaleido-systems/

Best,
Kaleido Systems Talent Team

--
Powered by Workable · You are receiving this email because you applied for a job at Kaleido Systems.
"""

msg(
    "kaleido-1",
    f"""
    Return-Path: <bounce-kaleido-systems@candidates.workablemail.com>
    From: Kaleido Systems <noreply@candidates.workablemail.com>
    Reply-To: Kaleido Systems Talent <talent@kaleido-systems.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Thanks for applying to Kaleido Systems
    Date: Mon, 19 Jan 2026 11:02:33 +0800
    Message-ID: {mid("kaleido-1", "candidates.workablemail.com")}
    X-Workable-Template: candidate_application_received
    Auto-Submitted: auto-generated
    """,
    alt(
        text(KA_1_TEXT),
        html(
            auto_html(
                KA_1_TEXT,
                "font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#1f2d3d",
            )
        ),
    ),
    L(
        "application_ack",
        hard_negative=True,
        company=KA,
        role=KA_ROLE,
        decision=("within 10 business days", plus_business_days(10)),
        thread="kaleido",
        notes="Workable receipt with a stated review time (an ack's review time counts). Sent 11:02 SGT = 04:02 in Berlin, the same calendar day. No Singapore holiday in 19 Jan - 2 Feb.",
    ),
)

KA_2_TEXT = """
Hi Dana,

Thanks for your patience! The hiring team has reviewed your profile and would love to speak with you. The first conversation is a 60-minute technical interview with Rohan Nair (Engineering Manager, Payments) and Farah Iskandar (Staff Data Engineer).

Could you let me know which of these slots works for you? All times are Singapore time (SGT, UTC+8); I've added Berlin time in brackets.

  • Tue 3 Feb, 4:00–5:00 pm SGT (9:00–10:00 am CET)
  • Wed 4 Feb, 3:00–4:00 pm SGT (8:00–9:00 am CET)
  • Thu 5 Feb, 5:30–6:30 pm SGT (10:30–11:30 am CET)

If none of these suit, just reply with a few alternatives for the week after.

Cheers,
Mei Ling

Mei Ling Tan | Talent Acquisition Lead
Kaleido Systems · 71 Ayer Rajah Crescent, #06-14, Singapore 139951
"""

msg(
    "kaleido-2",
    f"""
    From: "Mei Ling Tan (Kaleido Systems)" <kaleido-systems@candidates.workablemail.com>
    Reply-To: "Mei Ling Tan (Kaleido Systems)" <{KA_REPLY}>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {qword("Interview with Kaleido Systems – Senior Data Engineer, Payments Platform")}
    Date: Tue, 27 Jan 2026 16:40:09 +0800
    Message-ID: {KA_2_ID}
    X-Workable-Template: candidate_message
    """,
    alt(
        text(KA_2_TEXT),
        html(
            auto_html(
                KA_2_TEXT,
                "font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#1f2d3d",
            )
        ),
    ),
    L(
        "interview_invite",
        company=KA,
        role=KA_ROLE,
        interviewers=[person("Rohan Nair", None), person("Farah Iskandar", None)],
        thread="kaleido",
        notes="Three candidate slots in SGT with Berlin times in brackets: no time fixed. The recruiter writes from a Workable relay address; the interviewers' addresses are not given here.",
    ),
)

KA_3_TEXT = (
    "On Tue, 27 Jan 2026 at 09:40, Mei Ling Tan (Kaleido Systems) <"
    + KA_REPLY
    + "> wrote:\n"
    + quote("""
Hi Dana,

Thanks for your patience! The hiring team has reviewed your profile and would love to speak with you. The first conversation is a 60-minute technical interview with Rohan Nair (Engineering Manager, Payments) and Farah Iskandar (Staff Data Engineer).

Could you let me know which of these slots works for you? All times are Singapore time (SGT, UTC+8); I've added Berlin time in brackets.

  • Tue 3 Feb, 4:00–5:00 pm SGT (9:00–10:00 am CET)
  • Wed 4 Feb, 3:00–4:00 pm SGT (8:00–9:00 am CET)
  • Thu 5 Feb, 5:30–6:30 pm SGT (10:30–11:30 am CET)
""")
    + "\nHi Mei Ling,\n\nThanks a lot! Wednesday 4 Feb, 3:00–4:00 pm SGT works well for me – an 8 am start in Berlin is no problem.\n\n"
    + quote("""
If none of these suit, just reply with a few alternatives for the week after.

Cheers,
Mei Ling
""")
    + "\nLooking forward to meeting Rohan and Farah.\n\nBest,\nDana\n"
)

msg(
    "kaleido-3",
    f"""
    MIME-Version: 1.0
    Date: Tue, 27 Jan 2026 12:15:02 +0100
    Message-ID: {KA_3_ID}
    In-Reply-To: {KA_2_ID}
    References: {KA_2_ID}
    Subject: {qword("Re: Interview with Kaleido Systems – Senior Data Engineer, Payments Platform")}
    From: {DANA}
    To: "Mei Ling Tan (Kaleido Systems)" <{KA_REPLY}>
    """,
    text(KA_3_TEXT),
    L(
        "user_sent",
        hard_negative=True,
        company=KA,
        role=KA_ROLE,
        thread="kaleido",
        notes="Bottom-posted, interleaved reply (Dana answers between quoted blocks). She picks a slot; the company's invite (kaleido-4) fixes it.",
    ),
)

KA_4_TEXT = """
Hi Dana,

Your interview has been scheduled.

Senior Data Engineer, Payments Platform – Technical interview
Wednesday, February 4, 2026 · 3:00 PM – 4:00 PM (GMT+08:00) Singapore
Video call: https://meet.google.com/kzs-pmnt-rnd

Interviewers
Rohan Nair, Engineering Manager
Farah Iskandar, Staff Data Engineer

We usually share feedback within 3 business days of each interview.

Need to make a change? Reply to this email and Mei Ling will help.

Kaleido Systems
"""

KA_4_ICS = f"""
BEGIN:VCALENDAR
PRODID:-//Workable//Events//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{tzblock("Asia/Singapore")}
BEGIN:VEVENT
UID:wkbl-evt-3b9c0f1e7a24@workable.com
DTSTAMP:20260128T020544Z
DTSTART;TZID=Asia/Singapore:20260204T150000
DTEND;TZID=Asia/Singapore:20260204T160000
SUMMARY:Technical interview: Dana Whitfield – Senior Data Engineer\\, Payments Platform
LOCATION:https://meet.google.com/kzs-pmnt-rnd
ORGANIZER;CN=Mei Ling Tan:mailto:meiling.tan@kaleido-systems.example
ATTENDEE;CN=Rohan Nair;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rohan.nair@kaleido-systems.example
ATTENDEE;CN=Farah Iskandar;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:farah.iskandar@kaleido-systems.example
ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dana.whitfield@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

msg(
    "kaleido-4",
    f"""
    From: Kaleido Systems <noreply@candidates.workablemail.com>
    Reply-To: "Mei Ling Tan (Kaleido Systems)" <{KA_REPLY}>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Interview confirmed: Kaleido Systems - Wed, Feb 4, 3:00 PM SGT
    Date: Wed, 28 Jan 2026 10:05:44 +0800
    Message-ID: {mid("kaleido-4", "candidates.workablemail.com")}
    X-Workable-Template: candidate_event_scheduled
    """,
    mixed(
        alt(
            text(KA_4_TEXT),
            html(
                auto_html(
                    KA_4_TEXT,
                    "font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#1f2d3d",
                )
            ),
        ),
        cal_file(KA_4_ICS, "invite.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "interview_confirmation",
        company=KA,
        role=KA_ROLE,
        interview=("2026-02-04T15:00:00+08:00", "2026-02-04T16:00:00+08:00"),
        interviewers=[ROHAN, FARAH],
        decision=("within 3 business days of each interview", fixed("2026-02-09")),
        thread="kaleido",
        notes="TZID=Asia/Singapore with its VTIMEZONE (08:00-09:00 in Berlin). The feedback time is anchored to the interview this message fixes: Wed 4 Feb + 3 business days = Mon 9 Feb (Chinese New Year, 17-18 Feb, is later).",
    ),
)

KA_5_TEXT = """
Hi Dana,

Good news: Rohan and Farah really enjoyed Wednesday's session, and we'd like to move you forward to the final round. It consists of a 90-minute system design interview with two senior engineers and a conversation with our CTO, Wen Hui Lim.

A heads-up that Singapore largely shuts down for Chinese New Year on 17–18 Feb, so the panel's calendars are patchy that week. I'll come back to you with options by Thursday.

Best,
Mei Ling

--
Mei Ling Tan
Talent Acquisition Lead, Kaleido Systems
"""

msg(
    "kaleido-5",
    f"""
    MIME-Version: 1.0
    From: Mei Ling Tan <meiling.tan@kaleido-systems.example>
    Date: Mon, 9 Feb 2026 14:20:31 +0800
    Message-ID: {mid("kaleido-5", "", "gmail")}
    Subject: Next steps - Senior Data Engineer, Payments Platform
    To: Dana Whitfield <dana.whitfield@example.org>
    """,
    alt(text(KA_5_TEXT), html(auto_html(KA_5_TEXT))),
    L(
        "next_round",
        company=KA,
        role=KA_ROLE,
        interviewers=[person("Wen Hui Lim", None)],
        thread="kaleido",
        notes="Final round announced, no time. 'by Thursday' is when the recruiter sends options (scheduling), not a decision. Only the CTO is named among the final-round interviewers.",
    ),
)

KA_6_TEXT = """
Hi Dana,

On behalf of the whole team, I'm thrilled to offer you the position of Senior Data Engineer, Payments Platform at Kaleido Systems!

Your formal offer letter is attached. It covers your base salary (SGD 168,000 per year), the annual bonus, relocation support to Singapore and how we will handle the Employment Pass application with you.

Please take the time you need to read it and to ask us anything. We'd appreciate your decision by Friday, 13 March.

One formality: the offer is subject to a standard background screening, which our partner Sterling will send you separately in the next few days.

Congratulations again – Rohan is already plotting your onboarding plan.

Mei Ling
"""

msg(
    "kaleido-6",
    f"""
    MIME-Version: 1.0
    From: Mei Ling Tan <meiling.tan@kaleido-systems.example>
    Date: Tue, 3 Mar 2026 17:45:10 +0800
    Message-ID: {mid("kaleido-6", "", "gmail")}
    Subject: {qword("Your offer from Kaleido Systems 🎉")}
    To: Dana Whitfield <dana.whitfield@example.org>
    Cc: Rohan Nair <rohan.nair@kaleido-systems.example>
    """,
    mixed(
        alt(text(KA_6_TEXT), html(auto_html(KA_6_TEXT))),
        attachment(
            fake_pdf("Kaleido Systems - Offer Letter - Dana Whitfield"),
            'application/pdf; name="Kaleido_Offer_Letter_Dana_Whitfield.pdf"',
            'attachment; filename="Kaleido_Offer_Letter_Dana_Whitfield.pdf"',
        ),
    ),
    L(
        "offer",
        company=KA,
        role=KA_ROLE,
        thread="kaleido",
        notes="'your decision by Friday, 13 March' is Dana's deadline: decision_date null. Announces the background screening of kaleido-7.",
    ),
)

KA_7_HTML = """
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Background screening</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1b2733">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#00263e;padding:18px 28px"><img src="https://www.sterlingcheck.com/email/logo-white.png" alt="Sterling" height="26"></td></tr>
<tr><td style="padding:28px;font-size:15px;line-height:22px">
<p>Hello Dana Whitfield,</p>
<p><strong>Kaleido Systems Pte. Ltd.</strong> has asked Sterling to complete a pre-employment background screening as part of your offer of employment.</p>
<p>To get started, please log in to the Sterling candidate portal, review and sign the disclosure and consent forms, and provide the requested information:</p>
<ul>
<li>your employment history for the last 7 years,</li>
<li>your highest degree and the institution that awarded it,</li>
<li>a copy of your passport (photo page).</li>
</ul>
<p style="text-align:center;margin:26px 0"><a href="https://candidate.sterlingcheck.com/invite/7Q2K-MX4P-91ZD" style="background:#e35205;color:#ffffff;padding:12px 22px;text-decoration:none;border-radius:4px">Start your screening</a></p>
<p>Please complete your submission within 5 business days. Screenings typically take 3&ndash;5 business days after all information has been received.</p>
<p>Questions about the process? Visit our <a href="https://candidate.sterlingcheck.com/help">help center</a>. Questions about your offer should go to the Kaleido Systems talent team.</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#6b7785;background:#f7f8fa">Sterling &middot; Background and identity services &middot; This message was sent to dana.whitfield@example.org on behalf of Kaleido Systems Pte. Ltd. Reference: SG-2026-0388412</td></tr>
</table></td></tr></table></body></html>
"""

msg(
    "kaleido-7",
    f"""
    From: Sterling <no-reply@sterlingcheck.com>
    To: dana.whitfield@example.org
    Subject: Action required: Kaleido Systems Pte. Ltd. background screening
    Date: Thu, 5 Mar 2026 09:12:40 -0500
    Message-ID: {mid("kaleido-7", "mail.sterlingcheck.com")}
    Auto-Submitted: auto-generated
    X-Sterling-Order: SG-2026-0388412
    """,
    html(KA_7_HTML),
    L(
        "info_request",
        company=KA,
        role=None,
        thread="kaleido",
        notes="Background-check vendor after the offer (kaleido-6). Labelled info_request, not a non-event: it is a step of THIS hiring process (the offer is conditional on it) and it asks Dana to supply documents and consent, exactly what info_request covers; the vendor acts for the employer like an ATS does, so company is the employer. 'within 5 business days' is Dana's deadline; '3-5 business days after all information has been received' is the vendor's processing time, anchored to an undated submission and not the company's decision: null. HTML-only.",
    ),
)

KA_8_TEXT = """
Hello Dana Whitfield,

Your background screening for Kaleido Systems Pte. Ltd. is complete, and the results have been shared with the employer.

You can view or download a copy of your report at any time in the Sterling candidate portal: https://candidate.sterlingcheck.com/reports

If you believe any information in your report is inaccurate or incomplete, you have the right to dispute it with Sterling free of charge.

Please note that Sterling does not make hiring decisions. Questions about your offer or your start date should be directed to Kaleido Systems.

Sterling
Reference: SG-2026-0388412
"""

msg(
    "kaleido-8",
    f"""
    From: Sterling <no-reply@sterlingcheck.com>
    To: dana.whitfield@example.org
    Subject: Your background check is complete
    Date: Thu, 12 Mar 2026 11:30:02 -0400
    Message-ID: {mid("kaleido-8", "mail.sterlingcheck.com")}
    Auto-Submitted: auto-generated
    X-Sterling-Order: SG-2026-0388412
    """,
    alt(
        text(KA_8_TEXT),
        html(
            auto_html(
                KA_8_TEXT, "font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#1b2733"
            )
        ),
    ),
    L(
        "other",
        hard_negative=True,
        company=KA,
        thread="kaleido",
        notes="Status notice from the background-check vendor: asks for nothing, decides nothing ('Sterling does not make hiring decisions'); belongs to the Kaleido application, so company is set. Date header in US Eastern daylight time (-0400, DST started 8 March).",
    ),
)

# =========================================================================== ironbark (en, Sydney)
IB = "Ironbark Analytics"
IB_ROLE = "Lead Analytics Engineer"
TOM = person("Tom Gallagher", "tom.gallagher@ironbark-analytics.example")
IB_1_ID = mid("ironbark-1", "messaging.breezy.hr")

IB_1_TEXT = """
Hi Dana,

Thanks for your application for the Lead Analytics Engineer role – Tom (our Head of Data, cc'd) and I were both impressed.

We'd like to invite you to a video interview with Tom on Tuesday 7 April at 5:00pm Sydney time. Heads-up: daylight saving ends in NSW this Sunday (5 April), so that's 5:00pm AEST (UTC+10) – 9:00am in Berlin if I've done my maths right. It'll run for about 45 minutes on Zoom; the link will follow once you confirm.

Can you let me know if that works?

Cheers,
Jess

Jess Kowalczyk
Talent Partner, Ironbark Analytics
Level 4, 88 Cumberland St, The Rocks NSW 2000
"""

msg(
    "ironbark-1",
    f"""
    From: "Jess Kowalczyk | Ironbark Analytics" <noreply@breezy.hr>
    Reply-To: Jess Kowalczyk <ironbark-analytics-a7c31f@messaging.breezy.hr>
    To: Dana Whitfield <dana.whitfield@example.org>
    Cc: Tom Gallagher <tom.gallagher@ironbark-analytics.example>
    Subject: {qword("Video interview – Lead Analytics Engineer")}
    Date: Tue, 31 Mar 2026 14:20:05 +1100
    Message-ID: {IB_1_ID}
    X-Breezy-Stage: interview
    """,
    alt(
        text(IB_1_TEXT, cte="base64"),
        html(
            auto_html(IB_1_TEXT, "font-family:Lato,Arial,sans-serif;font-size:14px"), cte="base64"
        ),
    ),
    L(
        "interview_invite",
        company=IB,
        role=IB_ROLE,
        interview=("2026-04-07T17:00:00+10:00", "2026-04-07T17:45:00+10:00"),
        interviewers=[TOM],
        thread="ironbark",
        notes="One proposed time, so it is fixed. The Date header is AEDT (+1100) but the interview falls after DST ends in NSW (5 April): +1000, 09:00 in Berlin (CEST). Duration 'about 45 minutes'. Base64 bodies.",
    ),
)

IB_2_TEXT = (
    "Hi Dana, something's come up tmrw arvo, sorry. Could we do Thu same time instead?\n\nTom\n\nSent from my iPhone\n\n"
    "> On 31 Mar 2026, at 2:20 pm, Jess Kowalczyk | Ironbark Analytics <noreply@breezy.hr> wrote:\n>\n"
    + quote(IB_1_TEXT.split("Cheers,")[0])
)

msg(
    "ironbark-2",
    f"""
    From: Tom Gallagher <tom.gallagher@ironbark-analytics.example>
    Mime-Version: 1.0 (1.0)
    Date: Mon, 6 Apr 2026 19:52:18 +1000
    Subject: Re: Video interview - Lead Analytics Engineer
    Message-Id: <5B7E1C2A-93D4-4F0B-8A61-2C9E7D3F1B40@ironbark-analytics.example>
    References: {IB_1_ID}
    In-Reply-To: {IB_1_ID}
    To: Dana Whitfield <dana.whitfield@example.org>
    Cc: Jess Kowalczyk <ironbark-analytics-a7c31f@messaging.breezy.hr>
    X-Mailer: iPhone Mail (23E246)
    """,
    text(IB_2_TEXT, cte="quoted-printable"),
    L(
        "interview_reschedule",
        company=IB,
        role=IB_ROLE,
        interview=("2026-04-09T17:00:00+10:00", None),
        interviewers=[TOM],
        thread="ironbark",
        notes="Terse top-posted phone reply (Australian slang: 'tmrw arvo'). 'Thu same time' = Thursday 9 April, 5:00pm AEST. The new text states no duration (the 45 minutes are only in the quoted original), so end is null by the README rule. Sent on Easter Monday evening.",
    ),
)

IB_3_TEXT = """
Hi Tom,

Thank you for taking the time to talk this morning (your late afternoon!). I really enjoyed hearing how the team moved the revenue models from spreadsheets to dbt, and the discussion about testing metric definitions gave me a lot to think about.

The role sounds like a great fit for what I want to do next, and I'd be excited to help build the analytics engineering practice at Ironbark.

Best regards,
Dana
"""

msg(
    "ironbark-3",
    f"""
    MIME-Version: 1.0
    Date: Thu, 9 Apr 2026 10:31:44 +0200
    Message-ID: {mid("ironbark-3", "", "gmail")}
    Subject: {qword("Thank you – Lead Analytics Engineer")}
    From: {DANA}
    To: Tom Gallagher <tom.gallagher@ironbark-analytics.example>
    Cc: Jess Kowalczyk <ironbark-analytics-a7c31f@messaging.breezy.hr>
    """,
    alt(text(IB_3_TEXT), html(auto_html(IB_3_TEXT))),
    L(
        "user_sent",
        hard_negative=True,
        company=IB,
        role=IB_ROLE,
        thread="ironbark",
        notes="Dana's thank-you note, a fresh thread.",
    ),
)

IB_4_TEXT = """
Hi Dana,

Just a quick update so you're not left wondering. Tom really enjoyed your chat last Thursday.

We have two more candidates to meet this week, and we expect to make a decision by the end of next week. I'll call or email either way.

Cheers,
Jess
"""

msg(
    "ironbark-4",
    f"""
    MIME-Version: 1.0
    From: Jess Kowalczyk <jess.kowalczyk@ironbark-analytics.example>
    Date: Tue, 14 Apr 2026 15:05:51 +1000
    Message-ID: {mid("ironbark-4", "ironbark-analytics.example")}
    Subject: Lead Analytics Engineer - where things stand
    To: Dana Whitfield <dana.whitfield@example.org>
    """,
    text(IB_4_TEXT, charset="us-ascii", cte="7bit"),
    L(
        "timeline_update",
        company=IB,
        role=IB_ROLE,
        decision=("by the end of next week", end_of_next_week()),
        thread="ironbark",
        notes="Tue 14 April (+1000; 07:05 in Berlin, same day): end of next week = Fri 24 April. 'this week' is about the other candidates.",
    ),
)

IB_5_TEXT = """
Hi Dana,

Thanks again for your time and your patience through our process.

I'm sorry to say that we've decided to progress with another candidate, whose experience with our stack (dbt and Snowflake in a regulated setting) is a closer match for where the team is right now. It was a close decision.

Tom asked me to pass on that he really enjoyed your conversation, and we'd be glad to hear from you again if a role like this opens up down the track.

All the best,
Jess Kowalczyk
Talent Partner, Ironbark Analytics
"""

msg(
    "ironbark-5",
    f"""
    From: Jess Kowalczyk <jess.kowalczyk@ironbark-analytics.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Your application for Lead Analytics Engineer
    Date: Thu, 23 Apr 2026 16:10:27 +1000
    Message-ID: {mid("ironbark-5", "ironbark-analytics.example")}
    """,
    alt(
        text(IB_5_TEXT),
        html(auto_html(IB_5_TEXT, "font-family:Lato,Arial,sans-serif;font-size:14px")),
    ),
    L(
        "rejection",
        company=IB,
        role=IB_ROLE,
        thread="ironbark",
        notes="Soft rejection ('progress with another candidate', 'down the track').",
    ),
)
