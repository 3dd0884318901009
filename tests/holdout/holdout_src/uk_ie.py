# ruff: noqa: E501
"""London (Oracle Taleo, Outlook, BST starting 29 March), Manchester (JazzHR, Indeed), Pinpoint,
Dublin (Zoho Recruit), and a London agency placing Dana with a Berlin client."""

from __future__ import annotations

from source.lib import (
    DANA,
    L,
    alt,
    auto_html,
    cal_file,
    cal_inline,
    end_of_month,
    fixed,
    html,
    mid,
    mixed,
    msg,
    next_weekday,
    person,
    quote,
    text,
)

from .common import qword, tzblock

# =========================================================================== haldenrook (en, London)
HR = "Halden & Rook"
HR_ROLE = "Data Platform Engineer – Pricing"
IMOGEN = person("Imogen Clarke", "imogen.clarke@haldenrook.example")
OLIVER = person("Oliver Pryce", "oliver.pryce@haldenrook.example")
SUNITA = person("Sunita Mehra", "sunita.mehra@haldenrook.example")
HR_3_ID = mid("haldenrook-3", "", "outlook")
HR_UID = "040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DC010000000000000000100000009D2E4F61A3B7C8D9E0F1A2B3C4D5E6F7"

HR_1_TEXT = """
Dear Dana Whitfield,

Thank you for your interest in Halden & Rook and for applying for the position of Data Platform Engineer – Pricing (Requisition ID 26-0412).

Your application has been received and will be reviewed by our Resourcing team against the requirements of the role. We aim to review all applications within 10 working days of the closing date; this advert closes on Friday 6 March 2026.

You can check the status of your application at any time by logging in to your candidate account:
https://haldenrook.taleo.net/careersection/ext/mysubmissions.ftl

Please do not reply to this e-mail, as this mailbox is not monitored.

Kind regards,

Resourcing Team
Halden & Rook Ltd

Halden & Rook Ltd is registered in England and Wales (No. 04127735). Registered office: 30 Gresham Street, London EC2V 7PG.
"""

msg(
    "haldenrook-1",
    """
    From: Halden & Rook Resourcing <no-reply@taleo.net>
    To: dana.whitfield@example.org
    Subject: =?windows-1252?Q?Halden_&_Rook_=96_Application_received:_Data_Platform_Engineer_=96_Pricing_(26-0412)?=
    Date: Mon, 2 Mar 2026 09:14:00 +0000
    Message-ID: <1772442840000.26-0412.1738664@haldenrook.taleo.net>
    X-Mailer: Oracle Taleo Enterprise
    Auto-Submitted: auto-generated
    """,
    text(HR_1_TEXT, charset="windows-1252", cte="quoted-printable"),
    L(
        "application_ack",
        hard_negative=True,
        company=HR,
        role=HR_ROLE,
        decision=("within 10 working days of the closing date", fixed("2026-03-20")),
        thread="haldenrook",
        notes="Taleo receipt, windows-1252. The review time is anchored to the closing date this message states (Fri 6 March): + 10 working days = Fri 20 March, not 10 days from the message date. 'working days' = business days.",
    ),
    crlf=True,
)

HR_2_TEXT = """
Halden & Rook Careers

A request was received to reset the password of the candidate account linked to dana.whitfield@example.org.

To choose a new password, open the link below. For your security, the link expires in 30 minutes and can be used once.

https://haldenrook.taleo.net/careersection/iam/accessmanagement/resetPassword.jsf?token=c2F2ZWQtdG9rZW4tOTkx

If you did not request this, you can ignore this message; your password will not change.

Halden & Rook Resourcing
"""

msg(
    "haldenrook-2",
    """
    From: Halden & Rook Resourcing <no-reply@taleo.net>
    To: dana.whitfield@example.org
    Subject: Halden & Rook Careers - password reset
    Date: Sat, 7 Mar 2026 10:12:00 +0000
    Message-ID: <1772878320000.pwreset.1738664@haldenrook.taleo.net>
    X-Mailer: Oracle Taleo Enterprise
    Auto-Submitted: auto-generated
    """,
    text(HR_2_TEXT, charset="us-ascii", cte="7bit"),
    L(
        "other",
        hard_negative=True,
        company=HR,
        thread="haldenrook",
        notes="Password reset of the candidate account used for this application (company set, as for a Workday reset in the first corpus); 'expires in 30 minutes' is not a timeline.",
    ),
    crlf=True,
)

HR_3_HTML = """
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
table.MsoNormalTable {font-size:10.0pt; font-family:"Times New Roman",serif;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-family:"Calibri",sans-serif;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--></head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Dear Dana,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you for your application for the role of <b>Data Platform Engineer – Pricing</b> (Requisition 26-0412). I am pleased to invite you to a first-stage interview with our Data Platform team. The details are below.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr>
<td width="170" valign="top" style="width:127.5pt;border:solid #BFBFBF 1.0pt;background:#1F3864;padding:4.0pt 6.0pt 4.0pt 6.0pt"><p class="MsoNormal"><b><span style="color:white">Date</span></b><o:p></o:p></p></td>
<td width="430" valign="top" style="width:322.5pt;border:solid #BFBFBF 1.0pt;border-left:none;padding:4.0pt 6.0pt 4.0pt 6.0pt"><p class="MsoNormal">Monday 30 March 2026<o:p></o:p></p></td>
</tr>
<tr>
<td width="170" valign="top" style="width:127.5pt;border:solid #BFBFBF 1.0pt;border-top:none;background:#1F3864;padding:4.0pt 6.0pt 4.0pt 6.0pt"><p class="MsoNormal"><b><span style="color:white">Time</span></b><o:p></o:p></p></td>
<td width="430" valign="top" style="width:322.5pt;border-top:none;border-left:none;border-bottom:solid #BFBFBF 1.0pt;border-right:solid #BFBFBF 1.0pt;padding:4.0pt 6.0pt 4.0pt 6.0pt"><p class="MsoNormal">10:00 – 11:30 (UK time)<o:p></o:p></p>
<p class="MsoNormal"><i><span style="font-size:9.0pt;color:#595959">Please note that the clocks go forward on Sunday 29 March, so this is 10:00 BST (11:00 in Berlin).</span></i><o:p></o:p></p></td>
</tr>
<tr>
<td width="170" valign="top" style="width:127.5pt;border:solid #BFBFBF 1.0pt;border-top:none;background:#1F3864;padding:4.0pt 6.0pt 4.0pt 6.0pt"><p class="MsoNormal"><b><span style="color:white">Format</span></b><o:p></o:p></p></td>
<td width="430" valign="top" style="width:322.5pt;border-top:none;border-left:none;border-bottom:solid #BFBFBF 1.0pt;border-right:solid #BFBFBF 1.0pt;padding:4.0pt 6.0pt 4.0pt 6.0pt"><p class="MsoNormal">Microsoft Teams video interview: a competency-based interview (45 minutes) followed by a technical discussion of a past project of your choice (45 minutes)<o:p></o:p></p></td>
</tr>
<tr>
<td width="170" valign="top" style="width:127.5pt;border:solid #BFBFBF 1.0pt;border-top:none;background:#1F3864;padding:4.0pt 6.0pt 4.0pt 6.0pt"><p class="MsoNormal"><b><span style="color:white">Panel</span></b><o:p></o:p></p></td>
<td width="430" valign="top" style="width:322.5pt;border-top:none;border-left:none;border-bottom:solid #BFBFBF 1.0pt;border-right:solid #BFBFBF 1.0pt;padding:4.0pt 6.0pt 4.0pt 6.0pt"><p class="MsoNormal">Oliver Pryce, Head of Data Platform<o:p></o:p></p><p class="MsoNormal">Sunita Mehra, Principal Engineer<o:p></o:p></p></td>
</tr>
<tr>
<td width="170" valign="top" style="width:127.5pt;border:solid #BFBFBF 1.0pt;border-top:none;background:#1F3864;padding:4.0pt 6.0pt 4.0pt 6.0pt"><p class="MsoNormal"><b><span style="color:white">Your contact</span></b><o:p></o:p></p></td>
<td width="430" valign="top" style="width:322.5pt;border-top:none;border-left:none;border-bottom:solid #BFBFBF 1.0pt;border-right:solid #BFBFBF 1.0pt;padding:4.0pt 6.0pt 4.0pt 6.0pt"><p class="MsoNormal">Imogen Clarke, Talent Partner – 020 7946 0318<o:p></o:p></p></td>
</tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please confirm your attendance by replying to this email by 12:00 on Friday 27 March; I will then send you a Teams invitation from my calendar.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>What to expect</b><o:p></o:p></p>
<ul style="margin-top:0cm" type="disc">
<li class="MsoNormal">You do not need to prepare a presentation.</li>
<li class="MsoNormal">We may ask about your experience with streaming pipelines, data quality and working with pricing or actuarial teams.</li>
<li class="MsoNormal">If you require any adjustments to the interview process, please let me know in confidence.</li>
</ul>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Following the interview, we aim to let all candidates know the outcome by Friday 10 April.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal">Imogen<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Imogen Clarke</span></b><span style="color:#1F3864"> | Talent Partner<br>Halden &amp; Rook | 30 Gresham Street | London EC2V 7PG<br>T: 020 7946 0318</span><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it; you must not copy, distribute or rely on it. Halden &amp; Rook Ltd is authorised and regulated by the Financial Conduct Authority. Registered in England and Wales No. 04127735. Calls may be recorded for training and monitoring purposes. Halden &amp; Rook will never ask candidates for payment at any stage of the recruitment process.</span><o:p></o:p></p>
</div>
</body>
</html>
"""

msg(
    "haldenrook-3",
    f"""
    From: Imogen Clarke <imogen.clarke@haldenrook.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?windows-1252?Q?Interview_Invitation_=96_Data_Platform_Engineer_=96_Pricing_=96_Monday_30_March?=
    Thread-Topic: =?windows-1252?Q?Interview_Invitation_=96_Data_Platform_Engineer_=96_Pricing_=96_Monday_30_March?=
    Thread-Index: AdyhM3tX0Yk2qfQ1Tg2Ww5c0sP7v1A==
    Date: Thu, 26 Mar 2026 16:47:12 +0000
    Message-ID: {HR_3_ID}
    Accept-Language: en-GB, en-US
    Content-Language: en-GB
    X-MS-Has-Attach:
    X-MS-TNEF-Correlator:
    """,
    html(HR_3_HTML, charset="windows-1252"),
    L(
        "interview_invite",
        company=HR,
        role=HR_ROLE,
        interview=("2026-03-30T10:00:00+01:00", "2026-03-30T11:30:00+01:00"),
        interviewers=[person("Oliver Pryce", None), person("Sunita Mehra", None)],
        decision=("by Friday 10 April", fixed("2026-04-10")),
        thread="haldenrook",
        notes="HTML-only Outlook mail (windows-1252) with a layout table. Sent in GMT (+0000) for an interview after the switch to BST: 10:00 UK time = +01:00. 'by 12:00 on Friday 27 March' is Dana's deadline; 'the outcome by Friday 10 April' is the decision timeline (explicit date). The contact person only organises.",
    ),
)

HR_3_FLAT = """
Dear Dana,

Thank you for your application for the role of Data Platform Engineer – Pricing (Requisition 26-0412). I am pleased to invite you to a first-stage interview with our Data Platform team. The details are below.

Date: Monday 30 March 2026
Time: 10:00 – 11:30 (UK time)
Please note that the clocks go forward on Sunday 29 March, so this is 10:00 BST (11:00 in Berlin).
"""

HR_4_TEXT = (
    "Dear Imogen,\n\nThank you for the invitation – I'm pleased to confirm that I will attend the interview on Monday 30 March at 10:00 BST. I look forward to meeting Oliver and Sunita.\n\nKind regards,\nDana Whitfield\n\n"
    "On Thu, 26 Mar 2026 at 17:47, Imogen Clarke <imogen.clarke@haldenrook.example> wrote:\n"
    + quote(HR_3_FLAT)
    + "> [...]\n"
)

msg(
    "haldenrook-4",
    f"""
    MIME-Version: 1.0
    Date: Thu, 26 Mar 2026 19:02:37 +0100
    Message-ID: {mid("haldenrook-4", "", "gmail")}
    In-Reply-To: {HR_3_ID}
    References: {HR_3_ID}
    Subject: {qword("Re: Interview Invitation – Data Platform Engineer – Pricing – Monday 30 March")}
    From: {DANA}
    To: Imogen Clarke <imogen.clarke@haldenrook.example>
    """,
    alt(text(HR_4_TEXT), html(auto_html(HR_4_TEXT))),
    L(
        "user_sent",
        hard_negative=True,
        company=HR,
        role=HR_ROLE,
        thread="haldenrook",
        notes="Dana confirms attendance (top-posted, Gmail quote).",
    ),
)

HR_5_TEXT = """
Hi Dana,

Please find the Teams invitation for Monday's interview below. Oliver and Sunita will join you; I'll make sure everyone has your CV.

Kind regards,
Imogen

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ4NjE2ZTQtHaldenRook%40thread.v2/0?context=%7b%22Tid%22%3a%22hr%22%7d>
Meeting ID: 361 772 904 118
Passcode: gB7xQ2
Download Teams <https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web <https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More <https://aka.ms/JoinTeamsMeeting> | Meeting options <https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

HR_5_ICS = f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{tzblock("GMT Standard Time")}
BEGIN:VEVENT
ORGANIZER;CN=Imogen Clarke:mailto:imogen.clarke@haldenrook.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dana Whitfield:mailto:dana.whitfield@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oliver Pryce:mailto:oliver.pryce@haldenrook.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sunita Mehra:mailto:sunita.mehra@haldenrook.example
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=LON-30GS-4.12 Interview Room (6):mailto:lon-30gs-412@haldenrook.example
DESCRIPTION;LANGUAGE=en-GB:Hi Dana\\,\\n\\nPlease find the Teams invitation for Monday's interview below. Oliver and Sunita will join you.\\n
UID:{HR_UID}
SUMMARY;LANGUAGE=en-GB:Interview: Dana Whitfield – Data Platform Engineer – Pricing
DTSTART;TZID=GMT Standard Time:20260330T100000
DTEND;TZID=GMT Standard Time:20260330T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260327T083044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams Meeting","LocationAnnotation":"","LocationSource":0}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""

msg(
    "haldenrook-5",
    f"""
    From: Imogen Clarke <imogen.clarke@haldenrook.example>
    To: Dana Whitfield <dana.whitfield@example.org>, Oliver Pryce
     <oliver.pryce@haldenrook.example>, Sunita Mehra <sunita.mehra@haldenrook.example>
    Subject: =?windows-1252?Q?Interview:_Dana_Whitfield_=96_Data_Platform_Engineer_=96_Pricing?=
    Thread-Topic: =?windows-1252?Q?Interview:_Dana_Whitfield_=96_Data_Platform_Engineer_=96_Pricing?=
    Thread-Index: AdyhM3tX0Yk2qfQ1Tg2Ww5c0sP7v1AAKc8Rw
    Date: Fri, 27 Mar 2026 08:30:44 +0000
    Message-ID: {mid("haldenrook-5", "", "outlook")}
    Accept-Language: en-GB, en-US
    Content-Language: en-GB
    X-MS-Has-Attach:
    X-MS-TNEF-Correlator:
    """,
    alt(
        text(HR_5_TEXT),
        html(auto_html(HR_5_TEXT, "font-family:Calibri,Arial,sans-serif;font-size:11pt")),
        cal_inline(HR_5_ICS, "REQUEST"),
    ),
    L(
        "interview_confirmation",
        company=HR,
        role=HR_ROLE,
        interview=("2026-03-30T10:00:00+01:00", "2026-03-30T11:30:00+01:00"),
        interviewers=[OLIVER, SUNITA],
        thread="haldenrook",
        notes="Outlook/Teams meeting request after Dana accepted (haldenrook-4). TZID 'GMT Standard Time' on 30 March is BST (+01:00): the clocks changed the day before. The organiser and the room resource are not interviewers. The role is named in the subject and the .ics summary, not in the text.",
    ),
)

HR_6_TEXT = """
Thank you for your email.

I'm on annual leave over the Easter break with no access to email, returning on Tuesday 7 April. If your message is urgent, please contact resourcing@haldenrook.example.

Kind regards,
Imogen Clarke
"""

msg(
    "haldenrook-6",
    """
    From: Imogen Clarke <imogen.clarke@haldenrook.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?windows-1252?Q?Automatic_reply:_Thank_you_=96_Data_Platform_Engineer_=96_Pricing?=
    Thread-Topic: =?windows-1252?Q?Thank_you_=96_Data_Platform_Engineer_=96_Pricing?=
    Date: Tue, 31 Mar 2026 08:12:55 +0100
    Message-ID: <3c1d5e07a9f24b8e9a61f0d2c4b7e815@LO2P265MB5121.GBRP265.PROD.OUTLOOK.COM>
    Auto-Submitted: auto-replied
    X-MS-Exchange-Inbox-Rules-Loop: imogen.clarke@haldenrook.example
    X-Auto-Response-Suppress: All
    Content-Language: en-GB
    """,
    text(HR_6_TEXT, charset="windows-1252", cte="quoted-printable"),
    L(
        "out_of_office",
        hard_negative=True,
        company=HR,
        role=HR_ROLE,
        return_date="2026-04-07",
        thread="haldenrook",
        notes="Outlook auto-reply to Dana's thank-you (not in the corpus). Easter Monday (6 April) is a UK bank holiday, so she is back on Tuesday 7 April, as stated. Date header already in BST (+0100).",
    ),
)

HR_7_TEXT = """
Hi Dana,

Apologies for the slow reply – I've just got back from leave.

Good news: the panel were very positive, and we would like to move you to the final stage. Before we arrange that, we'd like to take up references. Could you please send me the names and contact details of two referees, one of whom should be your current or most recent line manager? We will not contact anyone without letting you know first.

We hope to come back to you with a final decision by the end of the month.

Kind regards,
Imogen

Imogen Clarke | Talent Partner
Halden & Rook | 30 Gresham Street | London EC2V 7PG

From: Dana Whitfield <dana.whitfield@example.org>
Sent: 31 March 2026 08:12
To: Imogen Clarke <imogen.clarke@haldenrook.example>
Subject: Thank you – Data Platform Engineer – Pricing

Dear Imogen,

Thank you for organising yesterday's interview, and please pass on my thanks to Oliver and Sunita. I enjoyed the discussion about repricing latency and would be delighted to continue the process.

Kind regards,
Dana
"""

msg(
    "haldenrook-7",
    f"""
    From: Imogen Clarke <imogen.clarke@haldenrook.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?windows-1252?Q?RE:_Thank_you_=96_Data_Platform_Engineer_=96_Pricing?=
    Thread-Topic: =?windows-1252?Q?Thank_you_=96_Data_Platform_Engineer_=96_Pricing?=
    Date: Wed, 8 Apr 2026 11:20:03 +0100
    Message-ID: {mid("haldenrook-7", "", "outlook")}
    In-Reply-To: {mid("haldenrook-dana-thanks", "", "gmail")}
    References: {mid("haldenrook-dana-thanks", "", "gmail")}
    Content-Language: en-GB
    """,
    alt(
        text(HR_7_TEXT, charset="windows-1252"),
        html(
            auto_html(HR_7_TEXT, "font-family:Calibri,Arial,sans-serif;font-size:11pt"),
            charset="windows-1252",
        ),
    ),
    L(
        "reference_request",
        company=HR,
        role=HR_ROLE,
        decision=("by the end of the month", end_of_month()),
        thread="haldenrook",
        notes="Asks for two referees although it also announces the final stage: reference_request (README). Top-posted Outlook reply with a From/Sent/To/Subject block; it replies to Dana's thank-you, which is not in the corpus. 'by the end of the month' = 30 April.",
    ),
)

# =========================================================================== marlow (en, Manchester)
MF = "Marlow Freight"
MF_ROLE = "Analytics Engineer"

MF_1_TEXT = """
Hi Dana,

Thank you for your interest in the Analytics Engineer position at Marlow Freight. We have received your application, and our hiring team will review it shortly.

We review applications on a rolling basis and will contact you if your qualifications match our needs.

Thank you,
Marlow Freight Talent Team

This email was sent via JazzHR. Please do not reply directly to this message.
"""

msg(
    "marlow-1",
    f"""
    From: Marlow Freight <no-reply@applytojob.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Thank you for applying to Marlow Freight
    Date: Mon, 26 Jan 2026 08:05:51 +0000
    Message-ID: {mid("marlow-1", "applytojob.com")}
    X-JazzHR-Message-Type: applicant_confirmation
    Auto-Submitted: auto-generated
    """,
    alt(
        text(MF_1_TEXT), html(auto_html(MF_1_TEXT, "font-family:Verdana,sans-serif;font-size:13px"))
    ),
    L(
        "application_ack",
        hard_negative=True,
        company=MF,
        role=MF_ROLE,
        thread="marlow",
        notes="JazzHR receipt. 'shortly' and 'on a rolling basis' are vague: no decision_date.",
    ),
)

MF_2_TEXT = """
Hi Dana,

Thanks for applying for our Analytics Engineer role – your background with event pipelines looks like a good fit and I'd like to take things forward.

Before I can put you forward for interview, I need to check a few practical points:

1. Do you currently have the right to work in the UK, or would you need visa sponsorship? (The role is hybrid, two days a week in our Manchester office.)
2. What is your notice period?
3. What are your salary expectations?

If you could reply by the end of the week, that would be great.

Thanks,
Callum Reid
Talent Acquisition, Marlow Freight Ltd
Trafford Park, Manchester M17 1AB
"""

msg(
    "marlow-2",
    f"""
    From: Callum Reid <callum.reid@marlowfreight.example>
    Sender: Callum Reid <no-reply@applytojob.com>
    Reply-To: Callum Reid <callum.reid@marlowfreight.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {qword("Analytics Engineer – a few quick questions")}
    Date: Tue, 3 Feb 2026 11:30:27 +0000
    Message-ID: {mid("marlow-2", "applytojob.com")}
    X-JazzHR-Message-Type: applicant_email
    """,
    alt(
        text(MF_2_TEXT), html(auto_html(MF_2_TEXT, "font-family:Verdana,sans-serif;font-size:13px"))
    ),
    L(
        "info_request",
        company=MF,
        role=MF_ROLE,
        thread="marlow",
        notes="Right to work, notice period, salary: info_request, although it says 'interview'. 'by the end of the week' is Dana's deadline, not a decision.",
    ),
)

MF_3_HTML = """
<!DOCTYPE html>
<html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#f3f2f1">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f3f2f1"><tr><td align="center">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:'Noto Sans','Helvetica Neue',Helvetica,Arial,sans-serif;color:#2d2d2d">
<tr><td style="padding:24px 32px 8px"><img src="https://www.indeed.com/images/email/indeed-logo.png" alt="Indeed" width="96"></td></tr>
<tr><td style="padding:8px 32px"><h1 style="font-size:22px;margin:0 0 12px">You have a new message</h1></td></tr>
<tr><td style="padding:0 32px">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="border:1px solid #e4e2e0;border-radius:8px"><tr><td style="padding:16px">
<div style="font-size:16px;font-weight:700">Marlow Freight</div>
<div style="font-size:14px;color:#595959">Analytics Engineer &middot; Manchester</div>
<p style="font-size:14px;margin:12px 0 0"><strong>Callum Reid:</strong> Hi Dana, thanks for getting back to me so quickly. I&rsquo;ve had a chance to speak with&hellip;</p>
</td></tr></table>
</td></tr>
<tr><td style="padding:20px 32px"><a href="https://messages.indeed.com/conversations/8f3c2a71d0b9?from=email" style="background:#2557a7;color:#ffffff;padding:12px 24px;border-radius:8px;text-decoration:none;font-weight:700">Read message</a></td></tr>
<tr><td style="padding:8px 32px 24px;font-size:12px;color:#767676">To reply, go to your Indeed inbox. Don&rsquo;t reply to this email, it can&rsquo;t receive replies.<br>&copy; 2026 Indeed &middot; <a href="https://www.indeed.com/legal" style="color:#767676">Privacy Policy</a> &middot; <a href="https://www.indeed.com/settings/notifications" style="color:#767676">Notification settings</a></td></tr>
</table></td></tr></table></body></html>
"""

msg(
    "marlow-3",
    f"""
    From: Indeed <messages-noreply@indeed.com>
    To: dana.whitfield@example.org
    Subject: New message from Marlow Freight
    Date: Thu, 12 Feb 2026 09:41:06 +0000
    Message-ID: {mid("marlow-3", "indeed.com")}
    List-Unsubscribe: <https://www.indeed.com/settings/notifications/unsubscribe?t=messages>
    Auto-Submitted: auto-generated
    """,
    html(MF_3_HTML, cte="base64"),
    L(
        "other",
        hard_negative=True,
        company=MF,
        role=MF_ROLE,
        thread="marlow",
        notes="Job-board notification that a message is waiting; the preview stops before anything happens. What Callum wrote (invite? rejection?) is only on Indeed, so this mail is a pointer, not an event. It belongs to the Marlow application, so company is set.",
    ),
)

# =========================================================================== hollowmere (en, Pinpoint)
HOLLOW_TEXT = """
Hi Dana,

We wanted to give you a quick update on your application for Senior Data Engineer at Hollowmere Foods.

We've had a huge response to this role, and it's taking us longer than planned to review every application properly – sorry for the wait. We now expect to contact all applicants about the outcome by Friday 27 February.

Thank you for your patience.

The Hollowmere Foods Talent Team

Sent via Pinpoint · Hollowmere Foods Ltd, Unit 5, Riverside Park, Leeds LS10 1AB
"""

msg(
    "hollowmere-1",
    f"""
    From: Hollowmere Foods <notifications@pinpointhq.com>
    Reply-To: Hollowmere Foods Talent <careers@hollowmere.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Update on your application: Senior Data Engineer
    Date: Thu, 19 Feb 2026 12:00:14 +0000
    Message-ID: {mid("hollowmere-1", "pinpointhq.com")}
    Auto-Submitted: auto-generated
    """,
    alt(
        text(HOLLOW_TEXT),
        html(auto_html(HOLLOW_TEXT, "font-family:Inter,Arial,sans-serif;font-size:15px")),
    ),
    L(
        "timeline_update",
        company="Hollowmere Foods",
        role="Senior Data Engineer",
        decision=("by Friday 27 February", fixed("2026-02-27")),
        thread="hollowmere",
        notes="Pinpoint bulk update to applicants: the process takes longer, with an explicit date. Not an ack (the application was acknowledged earlier, not in the corpus).",
    ),
)

# =========================================================================== saltmarsh (en, Dublin)
SM = "Saltmarsh Games"
SM_ROLE = "Backend Engineer (Data)"
NIAMH = person("Niamh Byrne", "niamh.byrne@saltmarshgames.example")
DECLAN = person("Declan Walsh", "declan.walsh@saltmarshgames.example")
SM_UID = "zr-interview-41877000002214031@zohorecruit.eu"

SM_1_TEXT = """
Dear Dana Whitfield,

Your interview for the position Backend Engineer (Data) has been rescheduled, as our Dublin office is closed on Tuesday 17 March for St Patrick's Day.

Previous schedule: Tuesday, 17 March 2026, 14:00 - 15:00 (Europe/Dublin)
New schedule: Thursday, 19 March 2026, 15:00 - 16:00 (Europe/Dublin)

Interview type: Video interview (Microsoft Teams)
Interviewers: Niamh Byrne, Declan Walsh

An updated calendar invitation is attached. Please let us know if the new time does not suit.

Regards,
Niamh Byrne
Talent Acquisition, Saltmarsh Games
"""


def sm_ics(method: str, seq: int, status: str, stamp: str) -> str:
    return f"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoho Corporation//Zoho Recruit//EN
METHOD:{method}
{tzblock("Europe/Dublin")}
BEGIN:VEVENT
UID:{SM_UID}
SEQUENCE:{seq}
STATUS:{status}
DTSTAMP:{stamp}
DTSTART;TZID=Europe/Dublin:20260319T150000
DTEND;TZID=Europe/Dublin:20260319T160000
SUMMARY:Technical Interview - Backend Engineer (Data) - Dana Whitfield
LOCATION:Microsoft Teams
ORGANIZER;CN=Niamh Byrne:mailto:niamh.byrne@saltmarshgames.example
ATTENDEE;CN=Niamh Byrne;ROLE=CHAIR:mailto:niamh.byrne@saltmarshgames.example
ATTENDEE;CN=Declan Walsh;ROLE=REQ-PARTICIPANT:mailto:declan.walsh@saltmarshgames.example
ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dana.whitfield@example.org
END:VEVENT
END:VCALENDAR
"""


msg(
    "saltmarsh-1",
    f"""
    From: Saltmarsh Games Recruitment <notifications@zohorecruit.eu>
    Reply-To: Niamh Byrne <niamh.byrne@saltmarshgames.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Interview Rescheduled: Technical Interview - Backend Engineer (Data)
    Date: Wed, 11 Mar 2026 10:22:31 +0000
    Message-ID: {mid("saltmarsh-1", "zohorecruit.eu")}
    X-Zoho-Recruit-Type: interview_rescheduled
    """,
    mixed(
        alt(
            text(SM_1_TEXT),
            html(auto_html(SM_1_TEXT, "font-family:Lato,Arial,sans-serif;font-size:14px")),
        ),
        cal_file(
            sm_ics("REQUEST", 1, "CONFIRMED", "20260311T102231Z"),
            "invite.ics",
            "text/calendar",
            method="REQUEST",
        ),
    ),
    L(
        "interview_reschedule",
        company=SM,
        role=SM_ROLE,
        interview=("2026-03-19T15:00:00+00:00", "2026-03-19T16:00:00+00:00"),
        interviewers=[NIAMH, DECLAN],
        thread="saltmarsh",
        notes="Zoho Recruit: previous and new schedule side by side (the new one counts); .ics SEQUENCE 1 with TZID=Europe/Dublin (UTC+0 until 29 March: 16:00 in Berlin). Niamh both organises and interviews (listed as interviewer and CHAIR).",
    ),
)

SM_2_TEXT = """
Dear Dana Whitfield,

We are sorry to let you know that your interview scheduled for Thursday, 19 March 2026, 15:00 - 16:00 (Europe/Dublin) has been cancelled.

Note from the recruiter:
Declan has had to travel at short notice, so we can't go ahead tomorrow. I'll be in touch once I have his availability for the next couple of weeks - apologies again. Niamh

Regards,
Saltmarsh Games
"""

msg(
    "saltmarsh-2",
    f"""
    From: Saltmarsh Games Recruitment <notifications@zohorecruit.eu>
    Reply-To: Niamh Byrne <niamh.byrne@saltmarshgames.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Interview Cancelled: Technical Interview - Backend Engineer (Data)
    Date: Wed, 18 Mar 2026 16:40:05 +0000
    Message-ID: {mid("saltmarsh-2", "zohorecruit.eu")}
    X-Zoho-Recruit-Type: interview_cancelled
    """,
    mixed(
        text(SM_2_TEXT, charset="us-ascii", cte="7bit"),
        cal_file(
            sm_ics("CANCEL", 2, "CANCELLED", "20260318T164005Z"),
            "cancel.ics",
            "text/calendar",
            method="CANCEL",
        ),
    ),
    L(
        "interview_cancel",
        company=SM,
        role=SM_ROLE,
        interview=("2026-03-19T15:00:00+00:00", "2026-03-19T16:00:00+00:00"),
        interviewers=[NIAMH, DECLAN],
        thread="saltmarsh",
        notes="METHOD:CANCEL, SEQUENCE 2. A new time is promised but not given: cancel. interview = the cancelled slot.",
    ),
)

# =========================================================================== corvid (agency London -> client Berlin)
CV = "Corvid Security"
CV_ROLE = "Senior Data Engineer"
FELIX = person("Felix Rau", "felix.rau@corvid-security.example")
AYLIN = person("Aylin Demir", "aylin.demir@corvid-security.example")
HARRIET = "Harriet Vale <harriet@brucknervale.example>"
CV_1_ID = mid("corvid-1", "", "gmail")

CV_FWD = """
---------- Forwarded message ---------
From: Felix Rau <felix.rau@corvid-security.example>
Date: Thu, 5 Mar 2026 at 16:58
Subject: Interview: Dana Whitfield / Senior Data Engineer
To: Harriet Vale <harriet@brucknervale.example>


Hi Harriet,

Thanks for sending Dana's availability. We've booked her in for Wednesday 11 March, 11:00–12:00 CET, at our office (Paul-Lincke-Ufer 8, 10999 Berlin, 3rd floor – ring "Corvid").

The panel will be myself and Aylin Demir, our Data Lead. Invite attached.

Best,
Felix

--
Felix Rau
VP Engineering, Corvid Security GmbH
"""

CV_1_TEXT = (
    """
Hi Dana,

Great news – Corvid have confirmed Wednesday! Forwarding their invite below; the .ics is attached too. They're a friendly bunch, just be ready to go deep on the streaming side with Aylin.

Call me if anything's unclear.

Harriet

Harriet Vale
Senior Consultant, Data & Platform | Brückner & Vale Talent
+44 20 7946 0521
"""
    + CV_FWD
)

CV_ICS = f"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{tzblock("Europe/Berlin")}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260311T110000
DTEND;TZID=Europe/Berlin:20260311T120000
DTSTAMP:20260305T155812Z
ORGANIZER;CN=Felix Rau:mailto:felix.rau@corvid-security.example
UID:1q9v0c3b7r2m5x8k4t6w1z0p3s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Felix Rau:mailto:felix.rau@corvid-security.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aylin Demir:mailto:aylin.demir@corvid-security.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Harriet Vale:mailto:harriet@brucknervale.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dana.whitfield@example.org:mailto:dana.whitfield@example.org
LOCATION:Corvid Security\\, Paul-Lincke-Ufer 8\\, 10999 Berlin
SUMMARY:Interview: Dana Whitfield / Senior Data Engineer
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

msg(
    "corvid-1",
    f"""
    MIME-Version: 1.0
    From: {HARRIET}
    Date: 5 Mar 2026 17:30:00 +0000
    Message-ID: {CV_1_ID}
    Subject: Fwd: Interview: Dana Whitfield / Senior Data Engineer
    To: Dana Whitfield <dana.whitfield@example.org>
    """,
    mixed(
        alt(text(CV_1_TEXT), html(auto_html(CV_1_TEXT))),
        cal_file(CV_ICS, "invite.ics", "application/ics"),
    ),
    L(
        "interview_confirmation",
        company=CV,
        role=CV_ROLE,
        interview=("2026-03-11T11:00:00+01:00", "2026-03-11T12:00:00+01:00"),
        interviewers=[FELIX, AYLIN],
        thread="corvid",
        notes="A London agency forwards the client's booking, made from availability Dana had given: confirmation. The company is the client, never the agency; the agency recruiter (an optional attendee) is not an interviewer. The facts sit in the forwarded part and the .ics. Date header without a weekday name.",
    ),
)

CV_2_TEXT = (
    """
Hi Sami,

FYI – the Corvid interview is on Wednesday, 11–12, in Kreuzberg. Could you do the Kita pick-up that day in case it runs over? I'll have my phone on silent.

x D

---------- Forwarded message ---------
From: Harriet Vale <harriet@brucknervale.example>
Date: Thu, 5 Mar 2026 at 18:30
Subject: Fwd: Interview: Dana Whitfield / Senior Data Engineer
To: Dana Whitfield <dana.whitfield@example.org>

"""
    + CV_1_TEXT
)

msg(
    "corvid-2",
    f"""
    MIME-Version: 1.0
    Date: Thu, 5 Mar 2026 19:02:48 +0100
    Message-ID: {mid("corvid-2", "", "gmail")}
    References: {CV_1_ID}
    In-Reply-To: {CV_1_ID}
    Subject: Fwd: Interview: Dana Whitfield / Senior Data Engineer
    From: {DANA}
    To: Sami Karlsson <sami.karlsson@example.net>
    """,
    mixed(
        alt(text(CV_2_TEXT), html(auto_html(CV_2_TEXT))),
        cal_file(CV_ICS, "invite.ics", "application/ics"),
    ),
    L(
        "user_sent",
        hard_negative=True,
        company=CV,
        role=CV_ROLE,
        thread="corvid",
        notes="Dana forwards the agency mail, with the METHOD:REQUEST .ics, to her partner: from the owner, so user_sent whatever it contains.",
    ),
)

CV_3_TEXT = """
Hi Dana,

Spoke to Felix this afternoon – they were really positive about yesterday, especially the Kafka war stories.

They have one more candidate to see on Monday and have promised me feedback by Wednesday. I'll ring you as soon as I hear anything.

Harriet
"""

msg(
    "corvid-3",
    f"""
    MIME-Version: 1.0
    From: {HARRIET}
    Date: Thu, 12 Mar 2026 18:05:00 +0000
    Message-ID: {mid("corvid-3", "", "gmail")}
    Subject: Corvid - feedback
    To: Dana Whitfield <dana.whitfield@example.org>
    """,
    text(CV_3_TEXT),
    L(
        "timeline_update",
        company=CV,
        role=None,
        decision=("feedback by Wednesday", next_weekday("wed")),
        thread="corvid",
        notes="Agency relays the client's timeline: 'by Wednesday' = the first Wednesday after Thu 12 March = 18 March. 'on Monday' is another candidate's interview.",
    ),
)
