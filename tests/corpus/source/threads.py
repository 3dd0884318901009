# ruff: noqa: E501, W291, E101
"""Whole conversations: invite -> replies -> calendar invites -> follow-ups -> outcome."""

from __future__ import annotations

from .lib import (
    DANA,
    L,
    alt,
    attachment,
    auto_html,
    cal_file,
    cal_inline,
    dd,
    end_of_next_week,
    fake_pdf,
    fixed,
    html,
    mixed,
    msg,
    person,
    quote,
    raw,
    text,
    vtz,
)

# =========================================================================== acme (en)
# Acme Robotics, Berlin: invite with slots -> Dana picks one -> Google Calendar invite ->
# thank-you -> follow-up -> recruiter's vacation reply -> rejection ("we were impressed").

ACME = "Acme Robotics"
ACME_ROLE = "Senior Backend Engineer (Platform)"
PRIYA = person("Priya Raman", "priya.raman@acme-robotics.example")
JONAS = person("Jonas Becker", "jonas.becker@acme-robotics.example")
A1 = "<CAJm7Yq0pXr3tN8wQe2Lk1vB4s9ZdF6hUc@mail.gmail.com>"
A2 = "<8d1f6c2e-3a47-4b8e-9f10-5c2d7e8a9b31@example.org>"
A4 = "<0b7e2f91-6d3c-4a58-8e27-1f4a9c6d2e80@example.org>"
A5 = "<c41a9e77-2b65-4f0d-a3c8-7e9d15b2f064@example.org>"

ACME_1_TEXT = """
Hi Dana,

Thanks again for applying to the Senior Backend Engineer (Platform) role – your background in event-driven systems really stood out to us.

We'd like to invite you to a first interview: a 45-minute video call with Jonas Becker (Engineering Manager, Platform) and me. We'll talk about your experience, the team and what we're building, and leave plenty of time for your questions.

Would one of these slots work for you? (All times Berlin time.)

  • Tue 20 Jan, 14:00–14:45
  • Wed 21 Jan, 10:00–10:45
  • Thu 22 Jan, 16:00–16:45

If none of them fit, just send me two or three alternatives and I'll make it work.

Best,
Priya

--
Priya Raman
Talent Partner | Acme Robotics GmbH
Am Flutgraben 3, 12435 Berlin
+49 30 1234 5678
"""

msg(
    "acme-1",
    f"""
    Return-Path: <priya.raman@acme-robotics.example>
    Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
            by mx.example.org (Postfix) with ESMTPS id 4dQ7Zk1Wxyz
            for <dana.whitfield@example.org>; Tue, 13 Jan 2026 10:42:19 +0100 (CET)
    MIME-Version: 1.0
    From: Priya Raman <priya.raman@acme-robotics.example>
    Date: Tue, 13 Jan 2026 10:42:17 +0100
    Message-ID: {A1}
    Subject: =?UTF-8?Q?Acme_Robotics_=E2=80=93_interview_for_Senior_Backend_Engineer_?=
     =?UTF-8?Q?=28Platform=29?=
    To: {DANA}
    Cc: Jonas Becker <jonas.becker@acme-robotics.example>
    """,
    alt(text(ACME_1_TEXT), html(auto_html(ACME_1_TEXT)), boundary="000000000000a1b2c3d4e5f60718"),
    L(
        "interview_invite",
        company=ACME,
        role=ACME_ROLE,
        interviewers=[JONAS, PRIYA],
        thread="acme",
        notes="Three candidate slots are offered; no time is fixed yet, so interview is null.",
    ),
)

ACME_2_TEXT = f"""
Hi Priya,

thank you, that's great news! Wednesday, 21 January at 10:00 works perfectly for me.

Looking forward to speaking with you and Jonas.

Best regards,
Dana

-- 
Dana Whitfield
+49 151 2345 6789
https://danawhitfield.example.org

On 13/01/2026 10:42, Priya Raman wrote:
{quote(ACME_1_TEXT)}"""

msg(
    "acme-2",
    f"""
    Message-ID: {A2}
    Date: Tue, 13 Jan 2026 13:05:44 +0100
    MIME-Version: 1.0
    User-Agent: Mozilla Thunderbird
    Subject: =?UTF-8?Q?Re=3A_Acme_Robotics_=E2=80=93_interview_for_Senior_Backend_En?=
     =?UTF-8?Q?gineer_=28Platform=29?=
    Content-Language: en-GB
    To: Priya Raman <priya.raman@acme-robotics.example>
    Cc: Jonas Becker <jonas.becker@acme-robotics.example>
    References: {A1}
    From: {DANA}
    In-Reply-To: {A1}
    """,
    text(ACME_2_TEXT, cte="8bit", params="; format=flowed", quote_charset=False),
    L(
        "user_sent",
        hard_negative=True,
        company=ACME,
        role=ACME_ROLE,
        thread="acme",
        notes="Dana accepts one of the offered slots; the company's calendar invite (acme-3) is what fixes the time.",
    ),
)

ACME_3_ICS = """
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260121T090000Z
DTEND:20260121T094500Z
DTSTAMP:20260113T143109Z
ORGANIZER;CN=Priya Raman:mailto:priya.raman@acme-robotics.example
UID:3q9v1r7kd0m2c5hb8tf4nl6e1s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@acme-robotics.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Becker;X-NUM-GUESTS=0:mailto:jonas.becker@acme-robotics.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dana.whitfield@example.org;X-NUM-GUESTS=0:mailto:dana.whitfield@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/qxv-rmbt-zkd
X-MICROSOFT-CDO-OWNERAPPTID:-1473920183
CREATED:20260113T143108Z
DESCRIPTION:Hi Dana\\, looking forward to our chat! You'll meet Jonas Becker (Engineering Manager) and me. We aim to get back to every candidate within a week after the interview.\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:-\\nJoin with Google Meet: https://meet.google.com/qxv-rmbt-zkd\\nOr dial: (DE) +49 30 300195012 PIN: 418227906#\\n\\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:-
LAST-MODIFIED:20260113T143108Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Acme Robotics | Interview: Dana Whitfield (Senior Backend Engineer)
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT
END:VCALENDAR
"""

ACME_3_TEXT = """
Acme Robotics | Interview: Dana Whitfield (Senior Backend Engineer)
Wednesday 21 January 2026 ⋅ 10:00 – 10:45
Central European Time - Berlin

Join with Google Meet
https://meet.google.com/qxv-rmbt-zkd

Join by phone
(DE) +49 30 300195012
PIN: 418227906#

More phone numbers
https://tel.meet/qxv-rmbt-zkd?pin=7305562288016&hs=7

Hi Dana, looking forward to our chat! You'll meet Jonas Becker (Engineering Manager) and me. We aim to get back to every candidate within a week after the interview.

Guests
Priya Raman - organiser
Jonas Becker
dana.whitfield@example.org
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M3E5djFyN2tkMG0yYzVoYjh0ZjRubDZlMXMgZGFuYS53aGl0ZmllbGRAZXhhbXBsZS5vcmc&tok=MjUjcHJpeWEucmFtYW5AYWNtZS1yb2JvdGljcy5leGFtcGxl&ctz=Europe%2FBerlin&hl=en_GB&es=0

Reply for dana.whitfield@example.org and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=M3E5djFyN2tkMG0yYzVoYjh0ZjRubDZlMXMgZGFuYS53aGl0ZmllbGRAZXhhbXBsZS5vcmc&ctz=Europe%2FBerlin&hl=en_GB&es=0
Your attendance is optional.

~~//~~
Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""

ACME_3_HTML = """
<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from Priya Raman"/></span></span>
<table cellpadding="0" cellspacing="0" border="0" role="presentation" style="width:100%;max-width:600px"><tr><td>
<h2 style="font-family:'Google Sans',Roboto,sans-serif;font-size:22px;font-weight:400;color:#3c4043" itemprop="name">Acme Robotics | Interview: Dana Whitfield (Senior Backend Engineer)</h2>
<div style="color:#3c4043"><span>Wednesday 21 January 2026 &#8901; 10:00 &ndash; 10:45</span><br><span style="color:#70757a">Central European Time - Berlin</span></div>
<p><a href="https://meet.google.com/qxv-rmbt-zkd" style="background-color:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
<div style="white-space:pre-wrap">Hi Dana, looking forward to our chat! You&#39;ll meet Jonas Becker (Engineering Manager) and me. We aim to get back to every candidate within a week after the interview.</div>
<h3>Guests</h3>
<ul><li>Priya Raman <span style="color:#70757a">- organiser</span></li><li>Jonas Becker</li><li>dana.whitfield@example.org</li></ul>
<p style="color:#70757a;font-size:12px">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
</td></tr></table></body></html>
"""

msg(
    "acme-3",
    """
    Return-Path: <3vWxlaQ4KBHMhbNOJ-YURhQONdS.NYJT@calendar-server.bounces.google.com>
    MIME-Version: 1.0
    Reply-To: Priya Raman <priya.raman@acme-robotics.example>
    Sender: Google Calendar <calendar-notification@google.com>
    Auto-Submitted: auto-generated
    Message-ID: <calendar-7c4d1f2a-98e3-4b6a-b1d0-3e5f7a9c2d14@google.com>
    Date: Tue, 13 Jan 2026 14:31:09 +0000
    Subject: Invitation: Acme Robotics | Interview: Dana Whitfield (Senior Backend
     Engineer) @ Wed 21 Jan 2026 10:00 - 10:45 (CET) (dana.whitfield@example.org)
    From: Priya Raman <priya.raman@acme-robotics.example>
    To: dana.whitfield@example.org
    """,
    mixed(
        alt(
            text(ACME_3_TEXT, charset="UTF-8", quote_charset=False, params="; format=flowed; delsp=yes", cte="base64"),
            html(ACME_3_HTML, charset="UTF-8", quote_charset=False),
            cal_inline(ACME_3_ICS, "REQUEST", cte="7bit", charset="UTF-8"),
        ),
        cal_file(ACME_3_ICS, "invite.ics", "application/ics"),
    ),
    L(
        "interview_confirmation",
        company=ACME,
        role=ACME_ROLE,
        interview=("2026-01-21T10:00:00+01:00", "2026-01-21T10:45:00+01:00"),
        interviewers=[JONAS, PRIYA],
        decision=("within a week after the interview", fixed("2026-01-28")),
        thread="acme",
        notes="Google Calendar invite, times in UTC (Z). The decision timeline is anchored to the interview (21 Jan), not to the message date: 21 Jan + 7 days.",
    ),
)

ACME_4_TEXT = """
Dear Jonas, dear Priya,

Thank you both for taking the time to speak with me this morning. I really enjoyed learning about the move from the nightly batch jobs to the event pipeline, and Jonas's point about making on-call boring resonated with me – it's exactly the kind of platform work I want to do.

Our conversation confirmed my interest in the role. My experience building and operating Kafka-based services at Spreewerk Data would let me contribute to the ingestion layer from day one.

Priya mentioned that you hope to decide within a week – please let me know if I can send anything else in the meantime.

Best regards,
Dana

-- 
Dana Whitfield
+49 151 2345 6789
https://danawhitfield.example.org
"""

msg(
    "acme-4",
    f"""
    Message-ID: {A4}
    Date: Wed, 21 Jan 2026 17:48:12 +0100
    MIME-Version: 1.0
    User-Agent: Mozilla Thunderbird
    Content-Language: en-GB
    To: Jonas Becker <jonas.becker@acme-robotics.example>,
     Priya Raman <priya.raman@acme-robotics.example>
    From: {DANA}
    Subject: Thank you – Senior Backend Engineer interview
    """,
    text(ACME_4_TEXT, cte="8bit", params="; format=flowed", quote_charset=False),
    L(
        "user_sent",
        hard_negative=True,
        company=ACME,
        role=ACME_ROLE,
        thread="acme",
        notes="Dana's thank-you note. It repeats the company's timeline ('within a week'), but a user_sent message never carries a decision_date.",
    ),
)

ACME_5_TEXT = f"""
Hi Priya,

I hope you're well. I wanted to follow up on my interview with you and Jonas on 21 January for the Senior Backend Engineer (Platform) role.

You mentioned a decision within about a week, so I thought I'd check in. I'm still very excited about the team and the platform work. Is there any update on the timeline, or anything else I can provide?

Thanks a lot and have a good weekend,
Dana

On 21/01/2026 17:48, Dana Whitfield wrote:
{quote(ACME_4_TEXT)}"""

msg(
    "acme-5",
    f"""
    Message-ID: {A5}
    Date: Fri, 30 Jan 2026 09:15:03 +0100
    MIME-Version: 1.0
    User-Agent: Mozilla Thunderbird
    Subject: =?UTF-8?Q?Re=3A_Thank_you_=E2=80=93_Senior_Backend_Engineer_interview?=
    Content-Language: en-GB
    To: Priya Raman <priya.raman@acme-robotics.example>
    References: {A4}
    From: {DANA}
    In-Reply-To: {A4}
    """,
    text(ACME_5_TEXT, cte="8bit", params="; format=flowed", quote_charset=False),
    L(
        "user_sent",
        hard_negative=True,
        company=ACME,
        role=ACME_ROLE,
        thread="acme",
        notes="Dana's status follow-up after the stated week passed.",
    ),
)

raw(
    "acme-6",
    f"""
    Return-Path: <>
    Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
            by mx.example.org (Postfix) with ESMTPS id 4dS2Lq0Hb3z
            for <dana.whitfield@example.org>; Fri, 30 Jan 2026 09:15:33 +0100 (CET)
    MIME-Version: 1.0
    From: Priya Raman <priya.raman@acme-robotics.example>
    Date: Fri, 30 Jan 2026 09:15:31 +0100
    Message-ID: <CAJm7Yq3vacation-autoreply-0d41b9@mail.gmail.com>
    Subject: Out of office until Monday 2 February
    To: {DANA}
    In-Reply-To: {A5}
    References: {A4} {A5}
    Auto-Submitted: auto-replied
    Precedence: bulk
    X-Autoreply: yes
    Content-Type: text/plain; charset="UTF-8"
    Content-Transfer-Encoding: quoted-printable

    Hi,

    thanks for your message! I'm out of the office with limited access to email=
     and will be back on Monday, 2 February.

    For anything urgent regarding interviews or scheduling, please contact talen=
    t@acme-robotics.example.

    Priya
    """,
    L(
        "out_of_office",
        hard_negative=True,
        company=ACME,
        role=None,
        return_date="2026-02-02",
        thread="acme",
        notes="Gmail vacation responder on the follow-up; mentions interviews and scheduling.",
    ),
)

ACME_7_TEXT = f"""
Hi Dana,

Thank you for your patience, and sorry for the slow reply – I was out last week.

Jonas and the team really enjoyed talking to you, and we were genuinely impressed by the depth of your answers on the event pipeline. This was a close call. In the end, though, we've decided to move forward with another candidate whose experience with large-scale Kubernetes operations is a closer match for what the team needs right now.

I know this isn't the news you were hoping for. If you'd like more detailed feedback, I'm happy to set up a short call. We'd also love to stay in touch – we'll be opening a Staff role in the spring and I'd be glad to reach out then.

Wishing you all the best with your search,
Priya

On Fri, 30 Jan 2026 at 09:15, Dana Whitfield <dana.whitfield@example.org> wrote:
{quote(ACME_5_TEXT)}"""

msg(
    "acme-7",
    f"""
    MIME-Version: 1.0
    From: Priya Raman <priya.raman@acme-robotics.example>
    Date: Tue, 3 Feb 2026 16:20:48 +0100
    Message-ID: <CAJm7Yq1n5XbR0pH2sUe9Tq7LwVa3KcYf8GdMz@mail.gmail.com>
    Subject: =?UTF-8?Q?Re=3A_Thank_you_=E2=80=93_Senior_Backend_Engineer_interview?=
    To: {DANA}
    In-Reply-To: {A5}
    References: {A4} {A5}
    """,
    alt(text(ACME_7_TEXT), html(auto_html(ACME_7_TEXT)), boundary="000000000000f3e2d1c0b9a87654"),
    L(
        "rejection",
        company=ACME,
        role=ACME_ROLE,
        thread="acme",
        notes="Praise first ('genuinely impressed', 'close call'), then the no. The offer of a feedback call and 'reach out in the spring' are not events.",
    ),
)

# =========================================================================== nordlicht (de)
# Nordlicht Energie, Hamburg: fixed-time invite -> Dana confirms -> Outlook/Teams invite
# (W. Europe Standard Time) -> moved by updated invite (SEQUENCE 1) -> thank-you ->
# "bis Ende nächster Woche" -> second round.

NORD = "Nordlicht Energie"
NORD_ROLE = "Softwareentwickler Backend (m/w/d)"
VOGT = person("Katrin Vogt", "k.vogt@nordlicht-energie.example")
KORN = person("Dr. Matthias Korn", "m.korn@nordlicht-energie.example")
N1 = "<AM9PR04MB7711C2E04D0A3F19B7A2C4E5D3A12@AM9PR04MB7711.eurprd04.prod.outlook.com>"
N2 = "<5b0e7c1d-44f2-4a3b-8d69-2e7f0c1a9b56@example.org>"
N3 = "<AM9PR04MB7711F9A1C7E2B05D4E3C1A7B8F245@AM9PR04MB7711.eurprd04.prod.outlook.com>"
N5 = "<E2B4C1D0-7F3A-4C85-9A61-0D8E5B7F2C93@example.org>"
N6 = "<AM9PR04MB77110A3D5E8B1C2F7D9E4A6B0C381@AM9PR04MB7711.eurprd04.prod.outlook.com>"

NORD_SIG = """
Katrin Vogt
Personalreferentin

Nordlicht Energie GmbH | Am Sandtorkai 12 | 20457 Hamburg
Tel.: +49 40 555 123-45 | www.nordlicht-energie.example
Sitz der Gesellschaft: Hamburg | Amtsgericht Hamburg HRB 123456 | Geschäftsführer: Jan Petersen
"""

NORD_1_TEXT = (
    """
Sehr geehrte Frau Whitfield,

vielen Dank für Ihre Bewerbung als Softwareentwickler Backend (m/w/d) und Ihr Interesse an der Nordlicht Energie GmbH.

Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen. Hiermit laden wir Sie herzlich zu einem ersten Vorstellungsgespräch per Microsoft Teams ein:

Termin: Dienstag, 27. Januar 2026, 14:00 Uhr
Dauer: ca. 60 Minuten
Gesprächspartner: Herr Dr. Matthias Korn (Teamleiter Plattform) und ich

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Sollte er Ihnen nicht passen, nennen Sie uns gerne zwei bis drei Alternativen.

Die Einladung für Teams erhalten Sie nach Ihrer Bestätigung separat.

Mit freundlichen Grüßen

"""
    + NORD_SIG.lstrip("\n")
)

msg(
    "nordlicht-1",
    f"""
    From: "Vogt, Katrin" <k.vogt@nordlicht-energie.example>
    To: "dana.whitfield@example.org" <dana.whitfield@example.org>
    Subject: =?Windows-1252?Q?Einladung_zum_Vorstellungsgespr=E4ch_=96_Softwareentwic?=
     =?Windows-1252?Q?kler_Backend_=28m/w/d=29?=
    Thread-Topic: =?Windows-1252?Q?Einladung_zum_Vorstellungsgespr=E4ch_=96_Softwareentwic?=
     =?Windows-1252?Q?kler_Backend_=28m/w/d=29?=
    Thread-Index: AdyF3kTQ0m1b2x7zS3ySm3Jt0m9Vqw==
    Date: Thu, 15 Jan 2026 08:12:40 +0000
    Message-ID: {N1}
    Accept-Language: de-DE, en-US
    Content-Language: de-DE
    X-MS-Has-Attach:
    X-MS-TNEF-Correlator:
    X-MS-Exchange-Organization-SCL: -1
    """,
    alt(
        text(NORD_1_TEXT, charset="iso-8859-15"),
        html(auto_html(NORD_1_TEXT, "font-family:Calibri,sans-serif;font-size:11pt").replace("charset=utf-8", "charset=iso-8859-15"), charset="iso-8859-15"),
    ),
    L(
        "interview_invite",
        language="de",
        company=NORD,
        role=NORD_ROLE,
        interview=("2026-01-27T14:00:00+01:00", "2026-01-27T15:00:00+01:00"),
        interviewers=[person("Dr. Matthias Korn", None), VOGT],
        thread="nordlicht",
        notes="Fixed time stated in text only ('ca. 60 Minuten' gives the end). Date header is UTC (+0000) while the text is Hamburg time.",
    ),
)

NORD_2_TEXT = f"""
Sehr geehrte Frau Vogt,

vielen Dank für die Einladung, über die ich mich sehr freue. Den Termin am Dienstag, 27. Januar 2026, um 14:00 Uhr bestätige ich Ihnen gerne.

Mit freundlichen Grüßen
Dana Whitfield

Am 15.01.26 um 09:12 schrieb Vogt, Katrin:
{quote(NORD_1_TEXT)}"""

msg(
    "nordlicht-2",
    f"""
    Message-ID: {N2}
    Date: Thu, 15 Jan 2026 11:30:02 +0100
    MIME-Version: 1.0
    User-Agent: Mozilla Thunderbird
    Subject: =?UTF-8?Q?Re=3A_Einladung_zum_Vorstellungsgespr=C3=A4ch_=E2=80=93_Softw?=
     =?UTF-8?Q?areentwickler_Backend_=28m/w/d=29?=
    Content-Language: de-DE
    To: "Vogt, Katrin" <k.vogt@nordlicht-energie.example>
    References: {N1}
    From: {DANA}
    In-Reply-To: {N1}
    """,
    text(NORD_2_TEXT, cte="8bit", params="; format=flowed", quote_charset=False),
    L(
        "user_sent",
        language="de",
        hard_negative=True,
        company=NORD,
        role=NORD_ROLE,
        thread="nordlicht",
        notes="Dana confirms the proposed time.",
    ),
)

TEAMS_DE = """
________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf Ihrem Computer, in der mobilen App oder im Raumgerät teil
Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjM0NmE1YjItNDc0Zi00Y2Y3LWE2ZDUtOTkxOGQ3ZTBkZTQx%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2c3d4-1111-2222-3333-444455556666%22%2c%22Oid%22%3a%22f0e1d2c3-7777-8888-9999-aaaabbbbcccc%22%7d>
Besprechungs-ID: 342 817 559 206
Passcode: Zk7Qp3
Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Weitere Infos<https://aka.ms/JoinTeamsMeeting?omkt=de-DE> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/?organizerId=f0e1d2c3-7777-8888-9999-aaaabbbbcccc&tenantId=a1b2c3d4-1111-2222-3333-444455556666&threadId=19_meeting_ZjM0NmE1YjItNDc0Zi00Y2Y3LWE2ZDUtOTkxOGQ3ZTBkZTQx@thread.v2&messageId=0&language=de-DE>
________________________________________________________________________________
"""

NORD_UID = "040000008200E00074C5B7101A82E0080000000070B1C3E0F385DC01000000000000000010000000A8E4F5D2C6B7A94E9B3D1C0F2E4A6B8C"


def nord_ics(seq: int, start: str, end: str, stamp: str, desc: str) -> str:
    return f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{vtz("W. Europe Standard Time")}
BEGIN:VEVENT
ORGANIZER;CN="Vogt, Katrin":mailto:k.vogt@nordlicht-energie.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dana.whitfield@example.org:mailto:dana.whitfield@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Korn, Matthias":mailto:m.korn@nordlicht-energie.example
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=HH-3.OG-Elbblick (8):mailto:raum.elbblick@nordlicht-energie.example
DESCRIPTION;LANGUAGE=de-DE:{desc}
UID:{NORD_UID}
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Softwareentwickler Backend (m/w/d) – Dana Whitfield
DTSTART;TZID=W. Europe Standard Time:{start}
DTEND;TZID=W. Europe Standard Time:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:{seq}
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-OWNERAPPTID:2124069184
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:k.vogt@nordlicht-energie.example\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZjM0NmE1YjItNDc0Zi00Y2Y3LWE2ZDUtOTkxOGQ3ZTBkZTQx-thread.v2
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams-Besprechung","LocationAnnotation":"","LocationUri":"","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""


NORD_3_TEXT = (
    """
Sehr geehrte Frau Whitfield,

vielen Dank für Ihre Rückmeldung. Anbei wie besprochen die Einladung zu unserem Gespräch am 27.01.

Viele Grüße
Katrin Vogt

"""
    + TEAMS_DE.lstrip("\n")
)

msg(
    "nordlicht-3",
    f"""
    From: "Vogt, Katrin" <k.vogt@nordlicht-energie.example>
    To: "dana.whitfield@example.org" <dana.whitfield@example.org>
    CC: "Korn, Matthias" <m.korn@nordlicht-energie.example>
    Subject: =?utf-8?B?Vm9yc3RlbGx1bmdzZ2VzcHLDpGNoIFNvZnR3YXJlZW50d2lja2xlciBCYWNr?=
     =?utf-8?B?ZW5kIChtL3cvZCkg4oCTIERhbmEgV2hpdGZpZWxk?=
    Thread-Topic: =?utf-8?B?Vm9yc3RlbGx1bmdzZ2VzcHLDpGNoIFNvZnR3YXJlZW50d2lja2xlciBCYWNr?=
     =?utf-8?B?ZW5kIChtL3cvZCkg4oCTIERhbmEgV2hpdGZpZWxk?=
    Thread-Index: AdyF9m1b2x7zS3ySm3Jt0m9VqwAAAQ==
    Date: Thu, 15 Jan 2026 13:47:12 +0000
    Message-ID: {N3}
    Accept-Language: de-DE, en-US
    Content-Language: de-DE
    X-MS-Has-Attach:
    X-MS-TNEF-Correlator:
    """,
    alt(
        text(NORD_3_TEXT, cte="base64"),
        html(auto_html(NORD_3_TEXT, "font-family:Calibri,sans-serif;font-size:11pt")),
        cal_inline(
            nord_ics(
                0,
                "20260127T140000",
                "20260127T150000",
                "20260115T134710Z",
                "Sehr geehrte Frau Whitfield\\,\\n\\nvielen Dank für Ihre Rückmeldung. Anbei wie besprochen die Einladung zu unserem Gespräch am 27.01.\\n\\nViele Grüße\\nKatrin Vogt\\n",
            ),
            "REQUEST",
        ),
    ),
    L(
        "interview_confirmation",
        language="de",
        company=NORD,
        role=NORD_ROLE,
        interview=("2026-01-27T14:00:00+01:00", "2026-01-27T15:00:00+01:00"),
        interviewers=[KORN, VOGT],
        thread="nordlicht",
        notes="Outlook/Teams meeting request, inline text/calendar, TZID 'W. Europe Standard Time'. A room resource is an attendee and is not an interviewer.",
    ),
    crlf=True,
)

NORD_4_TEXT = (
    """
Sehr geehrte Frau Whitfield,

leider ist Herr Dr. Korn am Dienstag kurzfristig verhindert. Wir haben unser Gespräch daher auf Donnerstag, 29. Januar 2026, 10:00–11:00 Uhr verschoben. Ich hoffe, der neue Termin passt Ihnen – falls nicht, geben Sie mir bitte kurz Bescheid.

Entschuldigen Sie bitte die Umstände.

Viele Grüße
Katrin Vogt

"""
    + TEAMS_DE.lstrip("\n")
)

msg(
    "nordlicht-4",
    """
    From: "Vogt, Katrin" <k.vogt@nordlicht-energie.example>
    To: "dana.whitfield@example.org" <dana.whitfield@example.org>
    CC: "Korn, Matthias" <m.korn@nordlicht-energie.example>
    Subject: =?utf-8?B?Vm9yc3RlbGx1bmdzZ2VzcHLDpGNoIFNvZnR3YXJlZW50d2lja2xlciBCYWNr?=
     =?utf-8?B?ZW5kIChtL3cvZCkg4oCTIERhbmEgV2hpdGZpZWxk?=
    Thread-Topic: =?utf-8?B?Vm9yc3RlbGx1bmdzZ2VzcHLDpGNoIFNvZnR3YXJlZW50d2lja2xlciBCYWNr?=
     =?utf-8?B?ZW5kIChtL3cvZCkg4oCTIERhbmEgV2hpdGZpZWxk?=
    Thread-Index: AdyF9m1b2x7zS3ySm3Jt0m9VqwAAAQAAB8Kw
    Date: Fri, 23 Jan 2026 08:03:51 +0000
    Message-ID: <AM9PR04MB77113E7C0B9A5D2F1E8C4D6A7B902@AM9PR04MB7711.eurprd04.prod.outlook.com>
    Accept-Language: de-DE, en-US
    Content-Language: de-DE
    X-MS-Has-Attach:
    X-MS-TNEF-Correlator:
    """,
    alt(
        text(NORD_4_TEXT, cte="base64"),
        html(auto_html(NORD_4_TEXT, "font-family:Calibri,sans-serif;font-size:11pt")),
        cal_inline(
            nord_ics(
                1,
                "20260129T100000",
                "20260129T110000",
                "20260123T080349Z",
                "Sehr geehrte Frau Whitfield\\,\\n\\nleider ist Herr Dr. Korn am Dienstag kurzfristig verhindert. Wir haben unser Gespräch daher auf Donnerstag\\, 29. Januar 2026\\, 10:00–11:00 Uhr verschoben.\\n",
            ),
            "REQUEST",
        ),
    ),
    L(
        "interview_reschedule",
        language="de",
        company=NORD,
        role=NORD_ROLE,
        interview=("2026-01-29T10:00:00+01:00", "2026-01-29T11:00:00+01:00"),
        interviewers=[KORN, VOGT],
        thread="nordlicht",
        notes="Same UID as nordlicht-3 with SEQUENCE 1 and a new time; the subject does not say it changed.",
    ),
)

NORD_5_TEXT = """
Sehr geehrte Frau Vogt, sehr geehrter Herr Dr. Korn,

herzlichen Dank für das angenehme und offene Gespräch heute Vormittag. Besonders der Einblick in die Umstellung Ihrer Messdaten-Plattform auf Streaming hat mich begeistert – genau in diesem Bereich möchte ich mich einbringen.

Das Gespräch hat mein Interesse an der Position noch verstärkt. Für Rückfragen stehe ich Ihnen jederzeit gerne zur Verfügung.

Ich freue mich, von Ihnen zu hören.

Mit freundlichen Grüßen
Dana Whitfield
+49 151 2345 6789

Von meinem iPhone gesendet
"""

msg(
    "nordlicht-5",
    f"""
    From: {DANA}
    Mime-Version: 1.0 (1.0)
    Date: Thu, 29 Jan 2026 16:40:27 +0100
    Subject: =?utf-8?Q?Vielen_Dank_f=C3=BCr_das_Gespr=C3=A4ch?=
    Message-Id: {N5}
    To: "Vogt, Katrin" <k.vogt@nordlicht-energie.example>
    Cc: "Korn, Matthias" <m.korn@nordlicht-energie.example>
    X-Mailer: iPhone Mail (22D63)
    """,
    text(NORD_5_TEXT, quote_charset=False),
    L(
        "user_sent",
        language="de",
        hard_negative=True,
        company=NORD,
        role=None,
        thread="nordlicht",
        notes="Dana's thank-you, sent from the iPhone ('Von meinem iPhone gesendet').",
    ),
)

NORD_6_TEXT = (
    """
Sehr geehrte Frau Whitfield,

vielen Dank für Ihre freundliche Nachricht und Ihre Geduld.

Wir führen derzeit noch Gespräche mit weiteren Kandidatinnen und Kandidaten und möchten uns für die Entscheidung die nötige Zeit nehmen. Sie erhalten von uns bis Ende nächster Woche eine Rückmeldung zum weiteren Vorgehen.

Mit freundlichen Grüßen

"""
    + NORD_SIG.lstrip("\n")
    + """
Von: Dana Whitfield <dana.whitfield@example.org>
Gesendet: Donnerstag, 29. Januar 2026 16:40
An: Vogt, Katrin <k.vogt@nordlicht-energie.example>
Cc: Korn, Matthias <m.korn@nordlicht-energie.example>
Betreff: Vielen Dank für das Gespräch

"""
    + NORD_5_TEXT
)

msg(
    "nordlicht-6",
    f"""
    From: "Vogt, Katrin" <k.vogt@nordlicht-energie.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?iso-8859-1?Q?AW:_Vielen_Dank_f=FCr_das_Gespr=E4ch?=
    Thread-Topic: =?iso-8859-1?Q?Vielen_Dank_f=FCr_das_Gespr=E4ch?=
    Thread-Index: AQHclPq0xS3ySm3Jt0m9VqwAAAQAAB8KwAAFd1A=
    Date: Wed, 4 Feb 2026 09:12:05 +0000
    Message-ID: {N6}
    References: {N5}
    In-Reply-To: {N5}
    Accept-Language: de-DE, en-US
    Content-Language: de-DE
    X-MS-Has-Attach:
    X-MS-TNEF-Correlator:
    """,
    alt(text(NORD_6_TEXT, charset="windows-1252"), html(auto_html(NORD_6_TEXT).replace("charset=utf-8", "charset=windows-1252"), charset="windows-1252")),
    L(
        "timeline_update",
        language="de",
        company=NORD,
        role=None,
        decision=("bis Ende nächster Woche", end_of_next_week()),
        thread="nordlicht",
        notes="Outlook-style quoted header block (Von/Gesendet/An/Betreff) below the reply.",
    ),
)

NORD_7_TEXT = (
    """
Sehr geehrte Frau Whitfield,

wie angekündigt melde ich mich bei Ihnen – und zwar mit guten Nachrichten: Wir freuen uns, Sie in die nächste Runde unseres Auswahlverfahrens einladen zu dürfen.

Das zweite Gespräch findet bei uns vor Ort in Hamburg statt und umfasst eine kurze Fallstudie (insgesamt ca. 2,5 Stunden) mit Herrn Dr. Korn und unserem CTO, Herrn Lars Brandt.

Damit wir einen Termin finden, teilen Sie mir bitte mit, an welchen Tagen Sie in KW 9 und KW 10 verfügbar wären. Ihre Reisekosten erstatten wir Ihnen selbstverständlich.

Mit freundlichen Grüßen

"""
    + NORD_SIG.lstrip("\n")
)

msg(
    "nordlicht-7",
    """
    From: "Vogt, Katrin" <k.vogt@nordlicht-energie.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?iso-8859-1?Q?Zweites_Gespr=E4ch_=96_Softwareentwickler_Backend_(m/w/d)?=
    Thread-Topic: =?iso-8859-1?Q?Zweites_Gespr=E4ch_=96_Softwareentwickler_Backend_(m/w/d)?=
    Thread-Index: AdydE2kLxS3ySm3Jt0m9Vqw1AAB8Kw==
    Date: Thu, 12 Feb 2026 14:30:44 +0000
    Message-ID: <AM9PR04MB7711D4F8A2C6E0B1937A5E2C4D610@AM9PR04MB7711.eurprd04.prod.outlook.com>
    Accept-Language: de-DE, en-US
    Content-Language: de-DE
    X-MS-Has-Attach:
    X-MS-TNEF-Correlator:
    """,
    text(NORD_7_TEXT, charset="utf-8", cte="quoted-printable"),
    L(
        "next_round",
        language="de",
        company=NORD,
        role=NORD_ROLE,
        interviewers=[person("Dr. Matthias Korn", None), person("Lars Brandt", None)],
        thread="nordlicht",
        notes="Second round, no time yet. 'KW 9 und KW 10' are weeks for Dana's availability, not a decision timeline. The Subject's encoded word labels =96 (an en dash in windows-1252) as iso-8859-1, as Outlook often does.",
    ),
)

# =========================================================================== lumen (en)
# Lumen Health, San Francisco (remote EU): Lever invite with a Calendly link -> Calendly
# confirmation (UTC .ics) -> virtual onsite -> GoodTime schedule -> references -> Dana's
# references -> offer with an RFC 2231 named PDF.

LUMEN = "Lumen Health"
LUMEN_ROLE = "Staff Data Engineer (Remote, EU)"
MARCUS = person("Marcus Lee", "marcus.lee@lumenhealth.example")
LU1 = "<01000194abcd7e21-6f3b2a1c-8d9e-4f0a-b5c6-7d8e9f0a1b2c-000000@email.hire.lever.co>"
LU5 = "<CAH4kZr9pL2mWn8xQ0sT3vY6bC1dF5gJ7hK@mail.gmail.com>"
LU6 = "<a9c3e5f7-1b2d-4e6f-8a0c-2e4f6a8c0e12@example.org>"

LUMEN_1_TEXT = """
Hi Dana,

Thanks for applying to Lumen Health! I'm Marcus, the recruiter for our Data Platform team. I've had a chance to review your background and would love to set up an initial 30-minute call to tell you more about the role and learn about what you're looking for.

Please grab a time that works for you here: https://calendly.com/marcus-lee-lumen/recruiter-screen

The calendar shows times in your local time zone. If nothing works, just reply to this email and we'll figure something out.

Talk soon,
Marcus Lee
Senior Technical Recruiter, Lumen Health

--
Sent by Lumen Health via Lever. Reply to this email to respond directly to Marcus.
"""

msg(
    "lumen-1",
    f"""
    Return-Path: <bounces+1843029-a3f1-dana.whitfield=example.org@email.hire.lever.co>
    From: Marcus Lee <no-reply@hire.lever.co>
    Reply-To: Marcus Lee <marcus.lee@lumenhealth.example>
    To: dana.whitfield@example.org
    Subject: =?utf-8?Q?Lumen_Health_=E2=80=93_next_steps_for_Staff_Data_Engineer?=
    Date: Tue, 20 Jan 2026 16:14:03 +0000
    Message-ID: {LU1}
    X-Lever-Candidate-Id: 4f7a1c92-3e5b-4d8a-9c0f-1b2e3d4c5a6b
    X-SES-Outgoing: 2026.01.20-54.240.8.97
    Feedback-ID: 1.us-east-1.Lever:AmazonSES
    """,
    alt(text(LUMEN_1_TEXT), html(auto_html(LUMEN_1_TEXT))),
    L(
        "interview_invite",
        company=LUMEN,
        role=LUMEN_ROLE,
        interviewers=[MARCUS],
        thread="lumen",
        notes="Self-scheduling Calendly link; no time. The sender is the Lever no-reply address, the recruiter is in Reply-To.",
    ),
)

LUMEN_2_TEXT = """
Hi Dana Whitfield,

Your Recruiter Screen (30 min) with Marcus Lee at 06:00pm (Central European Time) on Monday, January 26, 2026 is scheduled.

Event Type:
Recruiter Screen (30 min)

Event Date/Time:
06:00pm - 06:30pm (Central European Time) on Monday, January 26, 2026

Location:
This is a Zoom web conference.
https://lumenhealth.zoom.us/j/91234567890?pwd=dGh1c2lzYWZha2VwYXNzd29yZA.1

Invitee Time Zone:
Central European Time

Questions:
Please share anything that will help prepare for our meeting.
Happy to talk about the EU remote setup and the data platform migration.

View event in Calendly: https://calendly.com/events/8f2c1e4a-6b3d-4c7e-9a0f-2d4b6c8e0a1f

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/8f2c1e4a-6b3d-4c7e-9a0f-2d4b6c8e0a1f
Reschedule: https://calendly.com/reschedulings/8f2c1e4a-6b3d-4c7e-9a0f-2d4b6c8e0a1f

Powered by Calendly.com
"""

LUMEN_2_ICS = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260121T190244Z
UID:8f2c1e4a-6b3d-4c7e-9a0f-2d4b6c8e0a1f@calendly.com
DTSTART:20260126T170000Z
DTEND:20260126T173000Z
SUMMARY:Recruiter Screen (30 min) between Marcus Lee and Dana Whitfield
DESCRIPTION:Event Name: Recruiter Screen (30 min)\\n\\nLocation: This is a Zoom web conference. https://lumenhealth.zoom.us/j/91234567890?pwd=dGh1c2lzYWZha2VwYXNzd29yZA.1\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/8f2c1e4a-6b3d-4c7e-9a0f-2d4b6c8e0a1f\\nReschedule: https://calendly.com/reschedulings/8f2c1e4a-6b3d-4c7e-9a0f-2d4b6c8e0a1f\\n\\nPowered by Calendly.com
LOCATION:https://lumenhealth.zoom.us/j/91234567890?pwd=dGh1c2lzYWZha2VwYXNzd29yZA.1
ORGANIZER;CN=Marcus Lee:mailto:marcus.lee@lumenhealth.example
ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dana.whitfield@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

msg(
    "lumen-2",
    """
    From: Calendly <notifications@calendly.com>
    Reply-To: Marcus Lee <marcus.lee@lumenhealth.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Confirmed: Recruiter Screen (30 min) with Marcus Lee on Monday,
     January 26, 2026
    Date: Wed, 21 Jan 2026 19:02:44 +0000
    Message-ID: <6790d1a4c2b7e_3f1a2b4c5d6e7f8091a2@calendly-mailer-7d9f8.mail>
    Auto-Submitted: auto-generated
    X-Mailer: Calendly
    """,
    mixed(
        alt(text(LUMEN_2_TEXT), html(auto_html(LUMEN_2_TEXT, "font-family:Helvetica,Arial,sans-serif;color:#1a1a1a"))),
        cal_file(LUMEN_2_ICS, "invite.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "interview_confirmation",
        company=LUMEN,
        role=None,
        interview=("2026-01-26T18:00:00+01:00", "2026-01-26T18:30:00+01:00"),
        interviewers=[MARCUS],
        thread="lumen",
        notes="Calendly invitee confirmation; the attached .ics uses UTC. The company is named only in the Zoom host and Reply-To domain.",
    ),
)

LUMEN_3_TEXT = f"""
Hi Dana,

Great chatting yesterday! I shared my notes with Elena (our Director of Data Engineering) and the team would love to move you forward to our virtual onsite.

It's four 45-minute conversations, which we usually do in one block:

- Data modeling & SQL
- System design (streaming pipelines)
- Hiring manager chat with Elena Petrova
- Values & collaboration

Our coordinator, Sam, will reach out via GoodTime in the next day or two with available times – we can schedule it in your afternoon/evening so it overlaps with Pacific hours.

Let me know if you have any questions in the meantime!

Marcus

On Tue, Jan 20, 2026 at 8:14 AM Marcus Lee <marcus.lee@lumenhealth.example> wrote:
{quote(LUMEN_1_TEXT)}"""

msg(
    "lumen-3",
    f"""
    MIME-Version: 1.0
    From: Marcus Lee <marcus.lee@lumenhealth.example>
    Date: Tue, 27 Jan 2026 14:41:10 -0800
    Message-ID: <CAH4kZr2Wq8nLx5vT0pB3mY7cR1dS6fG9hJ@mail.gmail.com>
    Subject: =?UTF-8?Q?Re=3A_Lumen_Health_=E2=80=93_next_steps_for_Staff_Data_Engineer?=
    To: Dana Whitfield <dana.whitfield@example.org>
    In-Reply-To: {LU1}
    References: {LU1}
    """,
    alt(text(LUMEN_3_TEXT), html(auto_html(LUMEN_3_TEXT))),
    L(
        "next_round",
        company=LUMEN,
        role=LUMEN_ROLE,
        interviewers=[person("Elena Petrova", None)],
        thread="lumen",
        notes="Moved forward to the onsite; times come later via GoodTime. 'in the next day or two' is about scheduling, not a decision.",
    ),
)

LUMEN_4_TEXT = """
Hi Dana,

Your virtual onsite for the Staff Data Engineer role at Lumen Health is confirmed! All times below are shown in your time zone (Central European Time, UTC+01:00).

Tuesday, February 10, 2026

5:00 PM – 5:45 PM   Data Modeling & SQL – Priyanka Desai
5:45 PM – 6:30 PM   System Design – Ben Whitaker
6:30 PM – 6:45 PM   Break
6:45 PM – 7:30 PM   Hiring Manager – Elena Petrova
7:30 PM – 8:15 PM   Values & Collaboration – Jordan Kim

All sessions use the same Zoom link:
https://lumenhealth.zoom.us/j/98765432100?pwd=b25zaXRlLWZha2UtcHdk.1

A calendar invitation is attached. Need to make a change? Just reply to this email and I'll help.

Best,
Sam Ortiz
Recruiting Coordinator, Lumen Health

Scheduled with GoodTime
"""

LUMEN_4_ICS = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-5e1c7a2b-90d4-4f3e-8a6b-c2d1e0f9a8b7@goodtime.io
DTSTAMP:20260130T170522Z
DTSTART:20260210T160000Z
DTEND:20260210T191500Z
SUMMARY:Lumen Health – Virtual Onsite – Dana Whitfield
LOCATION:https://lumenhealth.zoom.us/j/98765432100?pwd=b25zaXRlLWZha2UtcHdk.1
DESCRIPTION:Data Modeling & SQL (Priyanka Desai)\\, System Design (Ben Whitaker)\\, Hiring Manager (Elena Petrova)\\, Values & Collaboration (Jordan Kim). 15-minute break at 18:30 CET.
ORGANIZER;CN=Lumen Health Recruiting:mailto:recruiting-scheduling@lumenhealth.example
ATTENDEE;CN=Dana Whitfield;RSVP=TRUE:mailto:dana.whitfield@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

msg(
    "lumen-4",
    """
    From: Lumen Health Recruiting <notifications@goodtime.io>
    Reply-To: Sam Ortiz <sam.ortiz@lumenhealth.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?utf-8?Q?Your_Lumen_Health_virtual_onsite_is_confirmed_=E2=80=93_Tuesd?=
     =?utf-8?Q?ay=2C_February_10?=
    Date: Fri, 30 Jan 2026 17:05:22 +0000
    Message-ID: <20260130170522.7f3e1a2b9c4d@mailer.goodtime.io>
    Auto-Submitted: auto-generated
    X-Auto-Response-Suppress: All
    """,
    mixed(
        alt(text(LUMEN_4_TEXT, cte="base64"), html(auto_html(LUMEN_4_TEXT), cte="base64")),
        cal_file(LUMEN_4_ICS, "Lumen Health - Virtual Onsite.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "interview_confirmation",
        company=LUMEN,
        role=LUMEN_ROLE,
        interview=("2026-02-10T17:00:00+01:00", "2026-02-10T20:15:00+01:00"),
        interviewers=[
            person("Priyanka Desai", None),
            person("Ben Whitaker", None),
            person("Elena Petrova", None),
            person("Jordan Kim", None),
        ],
        thread="lumen",
        notes="Multi-session loop: interview = start of the first session to end of the last. Text times are in Dana's zone (CET); the .ics is UTC.",
    ),
)

LUMEN_5_TEXT = """
Hi Dana,

I hope you've had a chance to recover from Tuesday's marathon! I'm happy to share that the feedback from the onsite was really strong across the board.

As a final step, we'd like to speak with two or three professional references – ideally at least one person who managed you directly. Could you send me their names, how you worked together, and their email addresses? We use a short online questionnaire (Xref), so it only takes them about 15 minutes.

If we can get the references back early next week, we're hoping to have a final decision by end of next week.

Thanks,
Marcus
"""

msg(
    "lumen-5",
    f"""
    MIME-Version: 1.0
    From: Marcus Lee <marcus.lee@lumenhealth.example>
    Date: Thu, 12 Feb 2026 10:20:00 -0800
    Message-ID: {LU5}
    Subject: Lumen Health - references
    To: Dana Whitfield <dana.whitfield@example.org>
    """,
    alt(text(LUMEN_5_TEXT), html(auto_html(LUMEN_5_TEXT))),
    L(
        "reference_request",
        company=LUMEN,
        role=None,
        decision=("a final decision by end of next week", end_of_next_week()),
        thread="lumen",
        notes="'early next week' is when they want the references, not the decision.",
    ),
)

LUMEN_6_TEXT = f"""
Hi Marcus,

That's wonderful to hear – thank you! Here are my references:

1. Dr. Anja Keller – my manager at Spreewerk Data GmbH (2021–2025), Head of Data Platform
   anja.keller@spreewerk.example

2. Tomasz Nowak – Principal Engineer at Spreewerk Data; we led the streaming migration together
   tomasz.nowak@spreewerk.example

3. Ruth Adeyemi – product manager I worked with closely at Kiezkauf
   ruth.adeyemi@kiezkauf.example

I've let all three know to expect an email from Xref.

Best,
Dana

On 12/02/2026 19:20, Marcus Lee wrote:
{quote(LUMEN_5_TEXT)}"""

msg(
    "lumen-6",
    f"""
    Message-ID: {LU6}
    Date: Fri, 13 Feb 2026 09:02:37 +0100
    MIME-Version: 1.0
    User-Agent: Mozilla Thunderbird
    Subject: Re: Lumen Health - references
    Content-Language: en-GB
    To: Marcus Lee <marcus.lee@lumenhealth.example>
    References: {LU5}
    From: {DANA}
    In-Reply-To: {LU5}
    """,
    text(LUMEN_6_TEXT, cte="8bit", params="; format=flowed", quote_charset=False),
    L(
        "user_sent",
        hard_negative=True,
        company=LUMEN,
        role=None,
        thread="lumen",
        notes="Dana sends her references; quotes the company's timeline, which does not count here.",
    ),
)

LUMEN_7_TEXT = """
Hi Dana,

I'm thrilled to let you know that the team would like to offer you the position of Staff Data Engineer at Lumen Health! Everyone you met was excited about what you'd bring to the Data Platform team, and your references were glowing.

The attached offer letter has all the details. In short:

- Base salary: EUR 112,000 per year, employed through our employer-of-record partner in Germany
- Equity: 18,000 stock options, 4-year vesting with a 1-year cliff
- 30 days of paid vacation plus German public holidays
- Start date: flexible, ideally April 1, 2026

Elena would love to jump on a call this week to answer any questions – just let me know what times work for you.

To keep things moving, we'd ask you to let us know your decision by Wednesday, March 4.

Congratulations again – we really hope you'll join us!

Marcus
"""

msg(
    "lumen-7",
    f"""
    MIME-Version: 1.0
    From: Marcus Lee <marcus.lee@lumenhealth.example>
    Date: Tue, 24 Feb 2026 09:30:00 -0800
    Message-ID: <CAH4kZr0Ofr3xN7bL2qV9sW4yT6cD1eF8gH@mail.gmail.com>
    Subject: =?UTF-8?B?T2ZmZXIg4oCTIFN0YWZmIERhdGEgRW5naW5lZXIgYXQgTHVtZW4gSGVhbHRoIPCfjok=?=
    To: Dana Whitfield <dana.whitfield@example.org>
    Cc: Elena Petrova <elena.petrova@lumenhealth.example>
    References: {LU5} {LU6}
    In-Reply-To: {LU6}
    """,
    mixed(
        alt(text(LUMEN_7_TEXT), html(auto_html(LUMEN_7_TEXT))),
        attachment(
            fake_pdf("Lumen Health Offer Letter"),
            'application/pdf; name="=?UTF-8?Q?Lumen_Health_=E2=80=93_Offer_Letter_=E2=80=93_Dana_Whitfield.pdf?="',
            "attachment;\n filename*=utf-8''Lumen%20Health%20%E2%80%93%20Offer%20Letter%20%E2%80%93%20Dana%20Whitfield.pdf",
        ),
    ),
    L(
        "offer",
        company=LUMEN,
        role=LUMEN_ROLE,
        thread="lumen",
        notes="'let us know your decision by Wednesday, March 4' is Dana's deadline, not the company's decision timeline: decision_date stays null. Attachment name uses RFC 2231 (and RFC 2047 in the name= parameter, as Gmail does).",
    ),
)

# =========================================================================== celeste (fr)
# Atelier Céleste, Paris: fixed-time invite -> Dana confirms -> "d'ici la fin de la semaine
# prochaine" -> rejection in windows-1252.

CEL = "Atelier Céleste"
CEL_ROLE = "Développeur Full-Stack (H/F)"
HELENE = person("Hélène Marchand", "helene.marchand@atelier-celeste.example")
C1 = "<CAKp2vR8mQ4nX1zL7tW0yB3eD6fG9hJ2kS@mail.gmail.com>"
C2 = "<3f7a9b1c-5d2e-4a8f-b0c6-e4d2f8a1c3b5@example.org>"

CEL_1_TEXT = """
Bonjour Dana,

Merci pour votre candidature au poste de Développeur Full-Stack (H/F) chez Atelier Céleste. Votre parcours a retenu toute notre attention !

Nous avons le plaisir de vous convier à un premier entretien en visioconférence avec Thomas Leroy, notre CTO, et moi-même :

📅 jeudi 5 février 2026 à 11h00 (heure de Paris)
⏱ durée : 45 minutes environ
📍 Google Meet – le lien vous sera envoyé avec l'invitation

Pourriez-vous nous confirmer votre disponibilité sur ce créneau ? S'il ne vous convient pas, n'hésitez pas à nous proposer d'autres disponibilités.

Au plaisir d'échanger avec vous,

Hélène Marchand
Chargée de recrutement – Atelier Céleste
12 rue des Petites Écuries, 75010 Paris
"""

msg(
    "celeste-1",
    f"""
    MIME-Version: 1.0
    From: "=?utf-8?q?H=C3=A9l=C3=A8ne_Marchand?=" <helene.marchand@atelier-celeste.example>
    Date: Mon, 26 Jan 2026 15:04:27 +0100
    Message-ID: {C1}
    Subject: =?UTF-8?Q?Invitation_=C3=A0_un_entretien_=E2=80=93_D=C3=A9veloppeur_Full?=
     =?UTF-8?Q?=2DStack_=28H=2FF=29?=
    To: Dana Whitfield <dana.whitfield@example.org>
    """,
    alt(text(CEL_1_TEXT, charset="UTF-8", quote_charset=False), html(auto_html(CEL_1_TEXT), charset="UTF-8", quote_charset=False)),
    L(
        "interview_invite",
        language="fr",
        company=CEL,
        role=CEL_ROLE,
        interview=("2026-02-05T11:00:00+01:00", "2026-02-05T11:45:00+01:00"),
        interviewers=[person("Thomas Leroy", None), HELENE],
        thread="celeste",
        notes="Display name is an RFC 2047 word inside a quoted string (technically invalid, common in practice). '45 minutes environ' gives the end.",
    ),
)

CEL_2_TEXT = f"""
Bonjour Hélène,

Merci beaucoup pour votre message. Je vous confirme avec plaisir ma disponibilité pour l'entretien du jeudi 5 février à 11h00.

Bien cordialement,
Dana Whitfield

Le 26/01/2026 à 15:04, Hélène Marchand a écrit :
{quote(CEL_1_TEXT)}"""

msg(
    "celeste-2",
    f"""
    Message-ID: {C2}
    Date: Mon, 26 Jan 2026 18:22:10 +0100
    MIME-Version: 1.0
    User-Agent: Mozilla Thunderbird
    Subject: =?UTF-8?Q?Re=3A_Invitation_=C3=A0_un_entretien_=E2=80=93_D=C3=A9veloppe?=
     =?UTF-8?Q?ur_Full-Stack_=28H/F=29?=
    Content-Language: fr
    To: =?UTF-8?Q?H=C3=A9l=C3=A8ne_Marchand?= <helene.marchand@atelier-celeste.example>
    References: {C1}
    From: {DANA}
    In-Reply-To: {C1}
    """,
    text(CEL_2_TEXT, cte="8bit", params="; format=flowed", quote_charset=False),
    L(
        "user_sent",
        language="fr",
        hard_negative=True,
        company=CEL,
        role=CEL_ROLE,
        thread="celeste",
        notes="Dana confirms the slot.",
    ),
)

CEL_3_TEXT = f"""
Bonjour Dana,

Merci encore pour l'échange d'hier avec Thomas, qui a été très apprécié de notre côté.

Nous terminons les derniers entretiens en début de semaine prochaine et reviendrons vers vous d'ici la fin de la semaine prochaine pour vous faire un retour.

Belle journée,
Hélène

Le lun. 26 janv. 2026 à 18:22, Dana Whitfield <dana.whitfield@example.org> a écrit :
{quote(CEL_2_TEXT)}"""

msg(
    "celeste-3",
    f"""
    MIME-Version: 1.0
    From: "=?utf-8?q?H=C3=A9l=C3=A8ne_Marchand?=" <helene.marchand@atelier-celeste.example>
    Date: Fri, 6 Feb 2026 10:31:52 +0100
    Message-ID: <CAKp2vR1zT6nW3qL8xB0mY5eD2fG7hJ4kP@mail.gmail.com>
    Subject: =?UTF-8?Q?Re=3A_Invitation_=C3=A0_un_entretien_=E2=80=93_D=C3=A9veloppe?=
     =?UTF-8?Q?ur_Full-Stack_=28H/F=29?=
    To: Dana Whitfield <dana.whitfield@example.org>
    In-Reply-To: {C2}
    References: {C1} {C2}
    """,
    alt(text(CEL_3_TEXT, charset="UTF-8", quote_charset=False), html(auto_html(CEL_3_TEXT), charset="UTF-8", quote_charset=False)),
    L(
        "timeline_update",
        language="fr",
        company=CEL,
        role=CEL_ROLE,
        decision=("d'ici la fin de la semaine prochaine", end_of_next_week()),
        thread="celeste",
        notes="Sent on a Friday: 'la fin de la semaine prochaine' is Friday 13 Feb. 'en début de semaine prochaine' is about their other interviews.",
    ),
)

CEL_4_TEXT = """
Bonjour Dana,

Nous tenons à vous remercier sincèrement pour le temps que vous nous avez consacré ainsi que pour la qualité de nos échanges.

Après mûre réflexion, nous sommes au regret de vous informer que nous ne donnerons pas une suite favorable à votre candidature. Nous avons en effet retenu un profil dont l’expérience correspond davantage à nos besoins immédiats, notamment sur la partie front-end.

Ce choix n’a pas été facile : votre motivation et votre cœur de compétences back-end nous ont réellement convaincus. Nous nous permettrons de revenir vers vous si une opportunité plus adaptée se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

Hélène Marchand
Chargée de recrutement – Atelier Céleste
"""

msg(
    "celeste-4",
    """
    From: =?windows-1252?Q?H=E9l=E8ne_Marchand?= <helene.marchand@atelier-celeste.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?windows-1252?Q?Votre_candidature_chez_Atelier_C=E9leste?=
    Date: Thu, 12 Feb 2026 17:55:03 +0100
    Message-ID: <000b01dc9c2e$4a7f1e30$df5b5a90$@atelier-celeste.example>
    X-Mailer: Microsoft Outlook 16.0
    Thread-Index: AQHcnC5KfxowR1tamHWlC3ZJbm8cEA==
    Content-Language: fr
    """,
    alt(text(CEL_4_TEXT, charset="windows-1252"), html(auto_html(CEL_4_TEXT).replace("charset=utf-8", "charset=windows-1252"), charset="windows-1252")),
    L(
        "rejection",
        language="fr",
        company=CEL,
        role=None,
        thread="celeste",
        notes="windows-1252 (’ and œ are outside iso-8859-1). Praise after the no; 'revenir vers vous si une opportunité' is not an event. The role is not named in this message.",
    ),
)

# =========================================================================== cobalto (es)
# Cobalto Tecnología, Madrid: invite with two slots (raw 8-bit UTF-8 headers) -> Dana picks
# from her iPhone -> Zoom confirmation with an octet-stream .ics -> thank-you -> offer.

COB = "Cobalto Tecnología"
COB_ROLE = "Ingeniero/a de Software Senior"
LUCIA = person("Lucía Herrera", "lucia.herrera@cobalto.example")
S1 = "<d7e1b0c2a9f84e3b@cobalto.example>"
S2 = "<6A2F1C3E-8B4D-4E7A-9C0F-1D2E3F4A5B6C@example.org>"
S3 = "<2c9e4b7a1d3f4a8e@cobalto.example>"

COB_1_TEXT = """
Hola Dana:

¡Gracias por tu interés en Cobalto! Hemos revisado tu candidatura para el puesto de Ingeniero/a de Software Senior y nos encantaría conocerte.

Te propongo una primera entrevista por videollamada de una hora con Javier Molina, nuestro Head of Engineering, y conmigo. ¿Te vendría bien alguno de estos huecos? (hora peninsular española)

- martes 3 de marzo, de 10:00 a 11:00
- miércoles 4 de marzo, de 16:00 a 17:00

Si ninguno te encaja, dime qué disponibilidad tienes esa semana y lo cuadramos.

Un saludo,
Lucía Herrera
People & Talent · Cobalto Tecnología
Calle de Alcalá 123, 28009 Madrid
"""

raw(
    "cobalto-1",
    dd(f"""
    Return-Path: <lucia.herrera@cobalto.example>
    Received: from mail.cobalto.example (mail.cobalto.example [198.51.100.23])
    	by mx.example.org (Postfix) with ESMTPS id 4f8LkQ2vXz
    	for <dana.whitfield@example.org>; Mon, 23 Feb 2026 12:31:02 +0100 (CET)
    From: Lucía Herrera <lucia.herrera@cobalto.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Invitación a entrevista – Ingeniero/a de Software Senior
    Date: Mon, 23 Feb 2026 12:30:55 +0100
    Message-ID: {S1}
    MIME-Version: 1.0
    Content-Type: text/plain; charset=utf-8
    Content-Transfer-Encoding: 8bit
    X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF121 (Linux)/9.0.0_GA_4546)

    """)
    + COB_1_TEXT,
    L(
        "interview_invite",
        language="es",
        company=COB,
        role=COB_ROLE,
        interviewers=[person("Javier Molina", None), LUCIA],
        thread="cobalto",
        notes="Raw 8-bit UTF-8 in From and Subject (no RFC 2047). Two candidate slots, nothing fixed.",
    ),
)

COB_2_TEXT = f"""
Hola Lucía:

¡Muchas gracias! El martes 3 de marzo a las 10:00 me viene perfecto.

Un saludo,
Dana

Sent from my iPhone

On 23. Feb 2026, at 12:30, Lucía Herrera <lucia.herrera@cobalto.example> wrote:

{quote(COB_1_TEXT)}"""

msg(
    "cobalto-2",
    f"""
    From: {DANA}
    Mime-Version: 1.0 (1.0)
    Date: Mon, 23 Feb 2026 19:10:41 +0100
    Subject: =?utf-8?Q?Re:_Invitaci=C3=B3n_a_entrevista_=E2=80=93_Ingeniero/a_de_Software_Senior?=
    Message-Id: {S2}
    References: {S1}
    In-Reply-To: {S1}
    To: =?utf-8?Q?Luc=C3=ADa_Herrera?= <lucia.herrera@cobalto.example>
    X-Mailer: iPhone Mail (22D63)
    """,
    text(COB_2_TEXT, quote_charset=False),
    L(
        "user_sent",
        language="es",
        hard_negative=True,
        company=COB,
        role=COB_ROLE,
        thread="cobalto",
        notes="Dana picks a slot from her phone; English quote header on a Spanish reply.",
    ),
)

COB_3_TEXT = f"""
Hola Dana:

¡Perfecto! Te confirmo la entrevista el martes 3 de marzo a las 10:00 (hora de Madrid) con Javier y conmigo. Te adjunto la invitación para tu calendario.

Lucía Herrera le está invitando a una reunión de Zoom programada.

Tema: Entrevista Dana Whitfield – Cobalto Tecnología
Hora: 3 mar 2026 10:00 Madrid

Unirse a la reunión Zoom
https://cobalto.zoom.us/j/83412345678?pwd=Y29iYWx0by1mYWtlLXB3ZA.1

ID de reunión: 834 1234 5678
Código de acceso: 482913

Un saludo,
Lucía

El 23/02/2026 19:10, Dana Whitfield escribió:
{quote(COB_2_TEXT)}"""

COB_3_ICS = f"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
{vtz("Europe/Madrid")}
BEGIN:VEVENT
DTSTAMP:20260224T081502Z
DTSTART;TZID=Europe/Madrid:20260303T100000
DTEND;TZID=Europe/Madrid:20260303T110000
SUMMARY:Entrevista Dana Whitfield – Cobalto Tecnología
UID:20260224T081502Z-83412345678@fe80:0:0:0:1c8a:5dff:fe2b:7c10ens5
TZID:Europe/Madrid
DESCRIPTION:Lucía Herrera le está invitando a una reunión de Zoom programada.\\n\\nUnirse a la reunión Zoom\\nhttps://cobalto.zoom.us/j/83412345678?pwd=Y29iYWx0by1mYWtlLXB3ZA.1\\n\\nID de reunión: 834 1234 5678\\nCódigo de acceso: 482913\\n
LOCATION:https://cobalto.zoom.us/j/83412345678?pwd=Y29iYWx0by1mYWtlLXB3ZA.1
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""

msg(
    "cobalto-3",
    f"""
    From: =?utf-8?Q?Luc=C3=ADa_Herrera?= <lucia.herrera@cobalto.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?utf-8?Q?Confirmaci=C3=B3n_entrevista_=E2=80=93_martes_3_de_marzo_10=3A00?=
    Date: Tue, 24 Feb 2026 09:15:06 +0100
    Message-ID: {S3}
    In-Reply-To: {S2}
    References: {S1} {S2}
    X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF121 (Linux)/9.0.0_GA_4546)
    """,
    mixed(
        text(COB_3_TEXT, cte="8bit", quote_charset=False),
        cal_file(COB_3_ICS, "Entrevista_Cobalto.ics", "application/octet-stream"),
    ),
    L(
        "interview_confirmation",
        language="es",
        company=COB,
        role=COB_ROLE,
        interview=("2026-03-03T10:00:00+01:00", "2026-03-03T11:00:00+01:00"),
        interviewers=[person("Javier Molina", None), LUCIA],
        thread="cobalto",
        notes="Zoom .ics attached as application/octet-stream, no METHOD line, TZID Europe/Madrid. The end time is only in the .ics.",
    ),
)

COB_4_TEXT = """
Hola Lucía, hola Javier:

Muchas gracias por la entrevista de esta mañana. Me gustó mucho conocer cómo estáis reorganizando la plataforma de pagos y el enfoque del equipo en la calidad del código.

Salgo de la conversación aún más convencida de que puedo aportar mucho, sobre todo en la parte de streaming y observabilidad.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo,
Dana Whitfield
+49 151 2345 6789
"""

msg(
    "cobalto-4",
    f"""
    Message-ID: <9e2c4a6b-8d0f-4b1a-a3c5-e7f9b1d3f5a7@example.org>
    Date: Tue, 3 Mar 2026 13:02:55 +0100
    MIME-Version: 1.0
    User-Agent: Mozilla Thunderbird
    Subject: Gracias por la entrevista de hoy
    Content-Language: es-ES
    To: =?UTF-8?Q?Luc=C3=ADa_Herrera?= <lucia.herrera@cobalto.example>
    Cc: Javier Molina <javier.molina@cobalto.example>
    From: {DANA}
    """,
    text(COB_4_TEXT, cte="8bit", params="; format=flowed", quote_charset=False),
    L(
        "user_sent",
        language="es",
        hard_negative=True,
        company=COB,
        role=None,
        thread="cobalto",
        notes="Thank-you note, a new message (no References).",
    ),
)

COB_5_TEXT = """
Hola Dana:

¡Tenemos muy buenas noticias! Después de las entrevistas con Javier y el equipo, nos complace ofrecerte el puesto de Ingeniera de Software Senior en Cobalto Tecnología.

Te resumo las condiciones principales (encontrarás el detalle en la carta de oferta adjunta):

- Salario bruto anual: 68.000 €
- Modalidad: remoto desde Alemania, con una visita trimestral a Madrid
- Incorporación: a convenir, idealmente el 1 de mayo

¿Te parece si lo comentamos en una llamada esta semana? Te agradeceríamos una respuesta antes del viernes 20 de marzo.

¡Enhorabuena!
Lucía
"""

msg(
    "cobalto-5",
    """
    From: =?utf-8?Q?Luc=C3=ADa_Herrera?= <lucia.herrera@cobalto.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Cc: Javier Molina <javier.molina@cobalto.example>
    Subject: =?utf-8?Q?Oferta_=E2=80=93_Ingeniero/a_de_Software_Senior_en_Cobalto?=
    Date: Tue, 10 Mar 2026 11:45:19 +0100
    Message-ID: <5f1a3c7e9b2d4e6a@cobalto.example>
    X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF121 (Linux)/9.0.0_GA_4546)
    """,
    mixed(
        alt(text(COB_5_TEXT, cte="base64"), html(auto_html(COB_5_TEXT), cte="base64")),
        attachment(
            fake_pdf("Carta de oferta"),
            "application/pdf",
            "attachment;\n filename*0*=UTF-8''Carta%20de%20oferta%20%E2%80%93%20Cobalto%20;\n filename*1*=Tecnolog%C3%ADa.pdf",
        ),
    ),
    L(
        "offer",
        language="es",
        company=COB,
        role=COB_ROLE,
        notes="'antes del viernes 20 de marzo' is Dana's answer deadline, not a decision timeline. RFC 2231 continuation (filename*0*/filename*1*).",
        thread="cobalto",
    ),
)

# =========================================================================== harlow (en)
# Harlow & Finch (agency): cold outreach -> Dana is open -> agency arranges the client
# interview with Pinecrest Capital -> Teams invite (GMT Standard Time) -> final stage.

PINE = "Pinecrest Capital"
PINE_ROLE = "Lead Python Engineer"
H1 = "<LO2P265MB4821A7C3E9F1D05B2A6C8E4F7D190@LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM>"
H2 = "<7c5e3a1f-9b8d-4f6e-a2c4-0e8a6c4e2a09@example.org>"
H3 = "<LO2P265MB4821E2B5D8A1C4F7039B6E1D3A582@LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM>"

HARLOW_SIG = """
Oliver Grant
Senior Consultant – Technology
Harlow & Finch Recruitment Ltd
+44 20 7946 0123 | www.harlowfinch.example

Harlow & Finch Recruitment Ltd is acting as an Employment Agency in relation to this vacancy. Registered in England & Wales No. 09876543.
"""

HARLOW_1_TEXT = (
    """
Hi Dana,

I hope you don't mind me reaching out directly – I came across your profile on LinkedIn and your work on real-time data pipelines caught my eye.

I'm currently partnering exclusively with a well-established investment firm in London that is building out a new trading-data platform. They're looking for a Lead Python Engineer to shape the architecture and mentor a team of five. Remote from the EU is fine, with one week per quarter in London.

Package: £110–125k base + bonus, relocation support if wanted.

Would you be open to a quick, informal chat this week? I'm free Wednesday afternoon or Thursday morning – or just reply with a good time and number.

Kind regards,
Oliver

"""
    + HARLOW_SIG.lstrip("\n")
)

msg(
    "harlow-1",
    f"""
    From: Oliver Grant <oliver.grant@harlowfinch.example>
    To: "dana.whitfield@example.org" <dana.whitfield@example.org>
    Subject: =?utf-8?Q?Lead_Python_Engineer_=E2=80=93_London_fintech_=28hybrid_/_remote?=
     =?utf-8?Q?_EU=29?=
    Thread-Topic: =?utf-8?Q?Lead_Python_Engineer_=E2=80=93_London_fintech_=28hybrid_/_remote?=
     =?utf-8?Q?_EU=29?=
    Thread-Index: AQHclCp1s2R0b3VuZHMtZmFrZS1pbmRleA==
    Date: Mon, 2 Feb 2026 09:47:30 +0000
    Message-ID: {H1}
    Accept-Language: en-GB, en-US
    Content-Language: en-GB
    X-MS-Has-Attach:
    X-MS-TNEF-Correlator:
    """,
    alt(text(HARLOW_1_TEXT), html(auto_html(HARLOW_1_TEXT, "font-family:Aptos,Calibri,sans-serif;font-size:11pt"))),
    L(
        "recruiter_outreach",
        hard_negative=True,
        company=None,
        role=PINE_ROLE,
        thread="harlow",
        notes="Unsolicited agency mail. The client is not named (company null). It proposes a 'chat' at loose times; not an interview.",
    ),
)

HARLOW_2_TEXT = f"""
Hi Oliver,

Thanks for reaching out – this sounds interesting, and the remote setup would work well for me.

I'm happy to have a chat. Thursday morning around 10:00 UK time would be good; you can reach me on +49 151 2345 6789.

Best,
Dana

On 02/02/2026 10:47, Oliver Grant wrote:
{quote(HARLOW_1_TEXT)}"""

msg(
    "harlow-2",
    f"""
    Message-ID: {H2}
    Date: Mon, 2 Feb 2026 12:15:09 +0100
    MIME-Version: 1.0
    User-Agent: Mozilla Thunderbird
    Subject: =?UTF-8?Q?Re=3A_Lead_Python_Engineer_=E2=80=93_London_fintech_=28hybrid?=
     =?UTF-8?Q?_/_remote_EU=29?=
    Content-Language: en-GB
    To: Oliver Grant <oliver.grant@harlowfinch.example>
    References: {H1}
    From: {DANA}
    In-Reply-To: {H1}
    """,
    text(HARLOW_2_TEXT, cte="8bit", params="; format=flowed", quote_charset=False),
    L(
        "user_sent",
        hard_negative=True,
        company=None,
        role=PINE_ROLE,
        thread="harlow",
        notes="Dana agrees to a call with the agency recruiter (not an interview).",
    ),
)

HARLOW_3_TEXT = (
    """
Hi Dana,

Great news – I sent your CV over to Pinecrest Capital after our call and they'd like to meet you!

The first stage is a 60-minute video interview with Sarah Okafor (Head of Engineering) and Daniel Frost (Principal Engineer):

Thursday 19 February, 14:00–15:00 UK time (15:00–16:00 your time)

It'll be a mix of your background and a conversational system-design discussion – no live coding at this stage. Sarah's assistant will send the Teams invite directly.

Could you confirm that works? Happy to do a quick prep call early next week.

Best,
Oliver

"""
    + HARLOW_SIG.lstrip("\n")
)

msg(
    "harlow-3",
    f"""
    From: Oliver Grant <oliver.grant@harlowfinch.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?utf-8?Q?Pinecrest_Capital_=E2=80=93_interview_Thursday_19_Feb?=
    Thread-Topic: =?utf-8?Q?Pinecrest_Capital_=E2=80=93_interview_Thursday_19_Feb?=
    Thread-Index: AdybF2R0b3VuZHMtZmFrZS1pbmRleDI=
    Date: Fri, 6 Feb 2026 16:02:11 +0000
    Message-ID: {H3}
    Accept-Language: en-GB, en-US
    Content-Language: en-GB
    X-MS-Has-Attach:
    X-MS-TNEF-Correlator:
    """,
    alt(text(HARLOW_3_TEXT), html(auto_html(HARLOW_3_TEXT, "font-family:Aptos,Calibri,sans-serif;font-size:11pt"))),
    L(
        "interview_invite",
        company=PINE,
        role=None,
        interview=("2026-02-19T14:00:00+00:00", "2026-02-19T15:00:00+00:00"),
        interviewers=[person("Sarah Okafor", None), person("Daniel Frost", None)],
        thread="harlow",
        notes="An agency recruiter arranging a client interview IS an event; company is the client. Times are given in two zones (UK and Dana's).",
    ),
)

TEAMS_EN = """
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTg5N2JhZmQtMmM0Yi00ZDFmLWI3YWEtNjQ1ZDI4ZjdlMWM5%40thread.v2/0?context=%7b%22Tid%22%3a%22b2c3d4e5-2222-3333-4444-555566667777%22%2c%22Oid%22%3a%22e1d2c3b4-8888-9999-aaaa-bbbbccccdddd%22%7d>
Meeting ID: 318 664 902 577
Passcode: 7sQm2T
Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=e1d2c3b4-8888-9999-aaaa-bbbbccccdddd&tenantId=b2c3d4e5-2222-3333-4444-555566667777&threadId=19_meeting_YTg5N2JhZmQtMmM0Yi00ZDFmLWI3YWEtNjQ1ZDI4ZjdlMWM5@thread.v2&messageId=0&language=en-GB>
________________________________________________________________________________
"""

HARLOW_4_TEXT = (
    """
Dear Dana,

Please find below the details for your interview with Sarah Okafor and Daniel Frost. We look forward to speaking with you.

Kind regards,
Grace Whitmore
Executive Assistant to the CTO | Pinecrest Capital LLP
1 Finsbury Avenue, London EC2M 2PF

"""
    + TEAMS_EN.lstrip("\n")
)

HARLOW_4_ICS = f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{vtz("GMT Standard Time")}
BEGIN:VEVENT
ORGANIZER;CN=Grace Whitmore:mailto:grace.whitmore@pinecrest-capital.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sarah Okafor:mailto:sarah.okafor@pinecrest-capital.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Frost:mailto:daniel.frost@pinecrest-capital.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dana.whitfield@example.org:mailto:dana.whitfield@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oliver Grant:mailto:oliver.grant@harlowfinch.example
DESCRIPTION;LANGUAGE=en-GB:Dear Dana\\,\\n\\nPlease find below the details for your interview with Sarah Okafor and Daniel Frost. We look forward to speaking with you.\\n\\nKind regards\\,\\nGrace Whitmore\\n
UID:040000008200E00074C5B7101A82E00800000000D0F6A2C1A997DC010000000000000000100000004C2E8A6B0D1F3E5A7C9B1D3F5E7A9C0B
SUMMARY;LANGUAGE=en-GB:Pinecrest Capital – Interview: Dana Whitfield (Lead Python Engineer)
DTSTART;TZID=GMT Standard Time:20260219T140000
DTEND;TZID=GMT Standard Time:20260219T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260209T112039Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""

msg(
    "harlow-4",
    """
    From: Grace Whitmore <grace.whitmore@pinecrest-capital.example>
    To: Sarah Okafor <sarah.okafor@pinecrest-capital.example>, Daniel Frost
     <daniel.frost@pinecrest-capital.example>, "dana.whitfield@example.org"
     <dana.whitfield@example.org>
    CC: Oliver Grant <oliver.grant@harlowfinch.example>
    Subject: =?utf-8?Q?Pinecrest_Capital_=E2=80=93_Interview=3A_Dana_Whitfield_=28Lead?=
     =?utf-8?Q?_Python_Engineer=29?=
    Thread-Topic: =?utf-8?Q?Pinecrest_Capital_=E2=80=93_Interview=3A_Dana_Whitfield_=28Lead?=
     =?utf-8?Q?_Python_Engineer=29?=
    Thread-Index: AdydqR2kLxS3ySm3Jt0m9Vqw1AAB8KwQ==
    Date: Mon, 9 Feb 2026 11:20:41 +0000
    Message-ID: <LO4P123MB6712B3E9D1F7A05C2E4B8D6F1A390@LO4P123MB6712.GBRP123.PROD.OUTLOOK.COM>
    Accept-Language: en-GB, en-US
    Content-Language: en-GB
    X-MS-Has-Attach:
    X-MS-TNEF-Correlator:
    X-MS-Exchange-Calendar-Series-Instance-Id: BAAAAIIA4AB0xbcQGoLgCAAAAADQ9qLBqZfcAQAAAAAAAAAAEAAAAEwuimsNHz5afJsdP15+nAs=
    """,
    alt(
        text(HARLOW_4_TEXT, cte="quoted-printable"),
        html(auto_html(HARLOW_4_TEXT, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
        cal_inline(HARLOW_4_ICS, "REQUEST"),
    ),
    L(
        "interview_confirmation",
        company=PINE,
        role=PINE_ROLE,
        interview=("2026-02-19T14:00:00+00:00", "2026-02-19T15:00:00+00:00"),
        interviewers=[
            person("Sarah Okafor", "sarah.okafor@pinecrest-capital.example"),
            person("Daniel Frost", "daniel.frost@pinecrest-capital.example"),
        ],
        thread="harlow",
        notes="Teams invite with TZID 'GMT Standard Time'. The organiser is an assistant and the agency recruiter is an optional attendee: neither is an interviewer.",
    ),
    crlf=True,
)

HARLOW_5_TEXT = (
    """
Hi Dana,

Just off the phone with Sarah – really positive feedback from yesterday! They liked your take on the event-store design and how you talked about mentoring.

They'd like to invite you to the final stage: a 90-minute session with their CTO, Richard Hale, plus a short pairing exercise with one of the team. It can be in London or remote – I'll confirm times with Grace on Monday and come back to you with options.

Speak soon,
Oliver

"""
    + HARLOW_SIG.lstrip("\n")
    + """
From: Oliver Grant <oliver.grant@harlowfinch.example>
Sent: Friday, February 6, 2026 4:02 PM
To: Dana Whitfield <dana.whitfield@example.org>
Subject: Pinecrest Capital – interview Thursday 19 Feb

"""
    + HARLOW_3_TEXT
)

msg(
    "harlow-5",
    f"""
    From: Oliver Grant <oliver.grant@harlowfinch.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?utf-8?Q?RE=3A_Pinecrest_Capital_=E2=80=93_interview_Thursday_19_Feb?=
    Thread-Topic: =?utf-8?Q?Pinecrest_Capital_=E2=80=93_interview_Thursday_19_Feb?=
    Thread-Index: AdybF2R0b3VuZHMtZmFrZS1pbmRleDIAA1b2x7w=
    Date: Fri, 20 Feb 2026 10:05:37 +0000
    Message-ID: <LO2P265MB48219D1C3E5F7A0B2C4D6E8F0A217@LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM>
    References: {H3}
    In-Reply-To: {H3}
    Accept-Language: en-GB, en-US
    Content-Language: en-GB
    X-MS-Has-Attach:
    X-MS-TNEF-Correlator:
    """,
    alt(text(HARLOW_5_TEXT), html(auto_html(HARLOW_5_TEXT, "font-family:Aptos,Calibri,sans-serif;font-size:11pt"))),
    L(
        "next_round",
        company=PINE,
        role=None,
        interviewers=[person("Richard Hale", None)],
        thread="harlow",
        notes="Final stage via the agency, times to follow. 'on Monday' is when the agency will confirm times, not a decision. Outlook quoted header block (From/Sent/To/Subject).",
    ),
)
