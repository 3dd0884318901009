# ruff: noqa: E501
"""Germany: tarnwald (Hamburg, Workday in German + Outlook/Teams), rheinkiesel (Frankfurt,
Outlook, CANCEL), muehlbach (Leipzig, du-style startup), seeberg (Munich, LinkedIn + Google
Calendar, English), brisling (Berlin founder, terse Gmail)."""

from __future__ import annotations

from source.lib import (
    DANA,
    L,
    alt,
    attachment,
    auto_html,
    cal_file,
    cal_inline,
    fake_pdf,
    fixed,
    html,
    mid,
    mixed,
    msg,
    person,
    plus_weeks,
    quote,
    raw,
    text,
    vtz,
)

from .common import b_word, q_word

# =========================================================================== tarnwald (de, Hamburg)
TW = "Tarnwald Logistik"
TW_ROLE = "Senior Data Engineer (w/m/d) Plattform & Integration"
MERLE = '"Johannsen, Merle" <merle.johannsen@tarnwald-logistik.example>'
ILSE = person("Dr. Ilse Baumgart", "ilse.baumgart@tarnwald-logistik.example")
HENNING = person("Henning Voss", "henning.voss@tarnwald-logistik.example")
TW_UID = "040000008200E00074C5B7101A82E00800000000D4C3B2A1E6CDDC010000000000000000100000007A6B5C4D3E2F1A0B9C8D7E6F5A4B3C2D"
TW_3_MID = mid("tarnwald-3", "", "outlook")
TW_4_MID = mid("tarnwald-4", "", "outlook")
TW_SIG = """
Mit freundlichen Grüßen

Merle Johannsen
Talent Acquisition Partner
Tarnwald Logistik SE | Am Sandtorkai 48 | 20457 Hamburg
Tel. +49 40 3038 2217
"""
TEAMS_DE = """
________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf Ihrem Computer, in der mobilen App oder auf einem Raumgerät teil.
Klicken Sie hier, um an der Besprechung teilzunehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk0NjQ4ZjUtMWQ2Ni00@thread.v2/0>
Besprechungs-ID: 374 112 908 553
Passcode: 7qK2mZ
Laden Sie Teams herunter <https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten <https://www.microsoft.com/microsoft-teams/join-a-meeting>
Weitere Infos <https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen
________________________________________________________________________________

Tarnwald Logistik SE, Sitz: Hamburg, Registergericht: Amtsgericht Hamburg HRB 184223
Vorstand: Jens-Peter Tarnwald (Vors.), Aylin Demir | Aufsichtsratsvorsitzender: Dr. Gerd Lassen
"""

TW_1_TEXT = """
Sehr geehrte Frau Whitfield,

vielen Dank für Ihr Interesse an Tarnwald Logistik und für Ihre Bewerbung als Senior Data Engineer (w/m/d) Plattform & Integration (Stellen-ID R-10482).

Ihre Unterlagen sind vollständig bei uns eingegangen. Unser Recruiting-Team und die Fachabteilung sichten nun alle Bewerbungen; in der Regel erhalten Sie in drei bis vier Wochen eine Rückmeldung von uns.

Den Stand Ihrer Bewerbung können Sie jederzeit in unserem Kandidatenportal einsehen:
https://tarnwald.wd3.myworkdayjobs.com/de-DE/Karriere/userHome

Mit freundlichen Grüßen
Ihr Talent-Acquisition-Team
Tarnwald Logistik SE · Am Sandtorkai 48 · 20457 Hamburg

Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail.
"""

msg(
    "tarnwald-1",
    f"""
    From: Tarnwald Logistik SE <tarnwald@myworkday.com>
    To: dana.whitfield@example.org
    Subject: {q_word("Ihre Bewerbung bei Tarnwald Logistik – Senior Data Engineer (w/m/d) Plattform & Integration (R-10482)")}
    Date: Tue, 07 Apr 2026 10:14:52 +0200
    Message-ID: <1775549692514.4471.tarnwald@myworkday.com>
    Auto-Submitted: auto-generated
    """,
    alt(
        text(TW_1_TEXT),
        html(auto_html(TW_1_TEXT, "font-family:Arial;font-size:13px"), cte="base64"),
    ),
    L(
        "application_ack",
        language="de",
        hard_negative=True,
        company=TW,
        role=TW_ROLE,
        decision=("in drei bis vier Wochen", plus_weeks(4)),
        thread="tarnwald",
        notes="Workday acknowledgement in German. Its review time counts (README); 'drei bis vier Wochen' is a range: upper end, 4 weeks from 7 April = 5 May.",
    ),
)

TW_2_TEXT = """
Guten Tag Dana Whitfield,

der Status Ihrer Bewerbung für die Stelle Senior Data Engineer (w/m/d) Plattform & Integration hat sich geändert.

Bitte melden Sie sich in unserem Kandidatenportal an, um den aktuellen Stand einzusehen:
https://tarnwald.wd3.myworkdayjobs.com/de-DE/Karriere/userHome

Ihr Tarnwald-Recruiting-Team
"""

msg(
    "tarnwald-2",
    """
    From: Tarnwald Logistik SE <tarnwald@myworkday.com>
    To: dana.whitfield@example.org
    Subject: Aktualisierung Ihres Bewerbungsstatus
    Date: Wed, 15 Apr 2026 08:02:11 +0200
    Message-ID: <1776232931007.8812.tarnwald@myworkday.com>
    Auto-Submitted: auto-generated
    """,
    html(auto_html(TW_2_TEXT, "font-family:Arial;font-size:13px")),
    L(
        "other",
        language="de",
        hard_negative=True,
        company=TW,
        role=TW_ROLE,
        thread="tarnwald",
        notes="JUDGEMENT CALL (README): a content-free 'your application status has changed' ping is `other`, not application_ack. The receipt was already acknowledged (tarnwald-1); this one says nothing about what changed (the invitation came the next day by separate mail), so nobody can tell from it whether it is good or bad news. Company is set because it belongs to the application. HTML only.",
    ),
)

TW_3_TEXT = (
    """
Sehr geehrte Frau Whitfield,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Tarnwald Logistik. Ihr Profil hat uns überzeugt, und wir möchten Sie gerne näher kennenlernen.

Hiermit laden wir Sie zu einem ersten Gespräch per Microsoft Teams ein:

Termin: Dienstag, 21. April 2026, 10:00 – 11:00 Uhr
Gesprächspartner: Frau Dr. Ilse Baumgart (Leiterin Datenplattform) und Herr Henning Voss (Teamleiter Integration)

Bitte nehmen Sie die Einladung im Kalender an oder teilen Sie mir kurz mit, falls der Termin nicht passt. Eine Rückmeldung zum weiteren Vorgehen erhalten Sie spätestens eine Woche nach dem Gespräch.
"""
    + TW_SIG
    + TEAMS_DE
)


def tw_ics(method: str, seq: int, day: str, start: str, end: str, stamp: str, desc: str) -> str:
    return f"""
BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{vtz("W. Europe Standard Time")}
BEGIN:VEVENT
ORGANIZER;CN="Johannsen, Merle":mailto:merle.johannsen@tarnwald-logistik.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dana Whitfield:mailto:dana.whitfield@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Baumgart, Ilse Dr.":mailto:ilse.baumgart@tarnwald-logistik.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Voss, Henning":mailto:henning.voss@tarnwald-logistik.example
DESCRIPTION;LANGUAGE=de-DE:{desc}
UID:{TW_UID}
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Tarnwald Logistik – Dana Whitfield
DTSTART;TZID=W. Europe Standard Time:{day}T{start}
DTEND;TZID=W. Europe Standard Time:{day}T{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:{seq}
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk0NjQ4ZjUtMWQ2Ni00@thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
END:VEVENT
END:VCALENDAR
"""


msg(
    "tarnwald-3",
    f"""
    From: {MERLE}
    To: Dana Whitfield <dana.whitfield@example.org>
    CC: "Baumgart, Ilse Dr." <ilse.baumgart@tarnwald-logistik.example>, "Voss, Henning" <henning.voss@tarnwald-logistik.example>
    Subject: {q_word("Einladung zum Kennenlerngespräch – Senior Data Engineer (w/m/d) Plattform & Integration")}
    Thread-Topic: {q_word("Einladung zum Kennenlerngespräch – Senior Data Engineer (w/m/d) Plattform & Integration")}
    Date: Thu, 16 Apr 2026 11:37:26 +0200
    Message-ID: {TW_3_MID}
    Content-Language: de-DE
    X-MS-Exchange-Organization-SCL: -1
    """,
    alt(
        text(TW_3_TEXT),
        html(auto_html(TW_3_TEXT, "font-family:Calibri,sans-serif;font-size:11pt")),
        cal_inline(
            tw_ics(
                "REQUEST",
                0,
                "20260421",
                "100000",
                "110000",
                "20260416T093726Z",
                "Sehr geehrte Frau Whitfield\\, hiermit laden wir Sie zu einem ersten Gespräch per Microsoft Teams ein.\\n",
            ),
            "REQUEST",
        ),
    ),
    L(
        "interview_invite",
        language="de",
        company=TW,
        role=TW_ROLE,
        interview=("2026-04-21T10:00:00+02:00", "2026-04-21T11:00:00+02:00"),
        interviewers=[ILSE, HENNING],
        decision=("spätestens eine Woche nach dem Gespräch", fixed("2026-04-28")),
        thread="tarnwald",
        notes="Outlook/Teams meeting request, the first invitation, with a fixed time. 'spätestens eine Woche nach dem Gespräch' is anchored to the interview this message fixes: 21 April + 7 = 28 April. The later move (tarnwald-4) does not change this message's label. The organiser only schedules.",
    ),
)

TW_4_TEXT = (
    """
Sehr geehrte Frau Whitfield,

leider muss Frau Dr. Baumgart am Dienstag kurzfristig zu unserem Standort in Duisburg. Ich habe unser Gespräch daher auf Donnerstag, 23. April 2026, 14:00 – 15:00 Uhr verlegt; Herr Voss ist ebenfalls dabei. Der Teams-Link bleibt unverändert.

Ich bitte die Verschiebung zu entschuldigen und hoffe, der neue Termin passt Ihnen.
"""
    + TW_SIG
    + TEAMS_DE
)

msg(
    "tarnwald-4",
    f"""
    From: {MERLE}
    To: Dana Whitfield <dana.whitfield@example.org>
    CC: "Baumgart, Ilse Dr." <ilse.baumgart@tarnwald-logistik.example>, "Voss, Henning" <henning.voss@tarnwald-logistik.example>
    Subject: {q_word("Kennenlerngespräch Tarnwald Logistik – Dana Whitfield")}
    Date: Fri, 17 Apr 2026 15:20:44 +0200
    Message-ID: {TW_4_MID}
    Content-Language: de-DE
    """,
    alt(
        text(TW_4_TEXT),
        html(auto_html(TW_4_TEXT, "font-family:Calibri,sans-serif;font-size:11pt")),
        cal_inline(
            tw_ics(
                "REQUEST",
                1,
                "20260423",
                "140000",
                "150000",
                "20260417T132044Z",
                "Neuer Termin: Donnerstag\\, 23. April 2026\\, 14:00 – 15:00 Uhr.\\n",
            ),
            "REQUEST",
        ),
    ),
    L(
        "interview_reschedule",
        language="de",
        company=TW,
        interview=("2026-04-23T14:00:00+02:00", "2026-04-23T15:00:00+02:00"),
        interviewers=[ILSE, HENNING],
        thread="tarnwald",
        notes="Updated Outlook meeting request: same UID, SEQUENCE 1, new time; Outlook does not prefix the subject. No new timeline is stated. Role not named in this message.",
    ),
)

TW_5_TEXT = """
Liebe Frau Johannsen,

kein Problem, Donnerstag um 14 Uhr passt mir gut. Ich freue mich auf das Gespräch mit Frau Dr. Baumgart und Herrn Voss.

Viele Grüße
Dana Whitfield

Am 17.04.26 um 15:20 schrieb Johannsen, Merle:
""" + quote(
    """
Sehr geehrte Frau Whitfield,

leider muss Frau Dr. Baumgart am Dienstag kurzfristig zu unserem Standort in Duisburg. Ich habe unser Gespräch daher auf Donnerstag, 23. April 2026, 14:00 – 15:00 Uhr verlegt; Herr Voss ist ebenfalls dabei. Der Teams-Link bleibt unverändert.
"""
)

msg(
    "tarnwald-5",
    f"""
    From: {DANA}
    To: {MERLE}
    Subject: Re: {q_word("Kennenlerngespräch Tarnwald Logistik – Dana Whitfield")}
    Date: Fri, 17 Apr 2026 18:03:10 +0200
    Message-ID: <7b0e2c4f-91d3-4e8a-a5b6-0c2d4e6f8a1b@example.org>
    In-Reply-To: {TW_4_MID}
    References: {TW_3_MID} {TW_4_MID}
    User-Agent: Mozilla Thunderbird
    Content-Language: de-DE
    """,
    text(TW_5_TEXT, params="; format=flowed", cte="8bit"),
    L(
        "user_sent",
        language="de",
        hard_negative=True,
        company=TW,
        thread="tarnwald",
        notes="Dana accepts the moved slot from Thunderbird (German quote header, format=flowed, 8-bit).",
    ),
)

TW_6_TEXT = (
    """
Sehr geehrte Frau Whitfield,

ich möchte Sie nicht länger ohne Nachricht warten lassen: Wir hatten Ihnen eine Rückmeldung innerhalb einer Woche zugesagt und können diese Zusage leider nicht halten. Zwei Gespräche mit weiteren Kandidat:innen mussten krankheitsbedingt verschoben werden, und unser Bereichsleiter ist bis Mitte Mai im Urlaub.

Eine Entscheidung wird daher erst nach Pfingsten fallen – wir melden uns dann umgehend bei Ihnen. Ihre Bewerbung ist selbstverständlich weiterhin im Rennen.
"""
    + TW_SIG
)

msg(
    "tarnwald-6",
    f"""
    From: {MERLE}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Ihre Bewerbung als Senior Data Engineer - Zwischenstand
    Date: Tue, 05 May 2026 09:48:31 +0200
    Message-ID: {mid("tarnwald-6", "", "outlook")}
    Content-Language: de-DE
    """,
    text(TW_6_TEXT, charset="windows-1252"),
    L(
        "timeline_update",
        language="de",
        company=TW,
        role="Senior Data Engineer",
        decision=("erst nach Pfingsten", fixed("2026-05-29")),
        thread="tarnwald",
        notes="JUDGEMENT CALL (README): 'after Whitsun' (Pentecost 24 May, Whit Monday 25 May 2026) is resolved like 'next week': the Friday of the week after the holiday, 29 May. 'bis Mitte Mai im Urlaub' is the manager's absence, not a decision time; 'innerhalb einer Woche' is the old, broken promise. windows-1252 QP.",
    ),
)

TW_7_TEXT = """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Pfingstmontag, 25.05.2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails. E-Mails werden in dieser Zeit nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an recruiting@tarnwald-logistik.example.

Mit freundlichen Grüßen
Merle Johannsen
"""

msg(
    "tarnwald-7",
    f"""
    From: {MERLE}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Automatische Antwort: Ihre Bewerbung als Senior Data Engineer - Zwischenstand
    Date: Mon, 18 May 2026 07:55:02 +0200
    Message-ID: {mid("tarnwald-7", "", "outlook")}
    Auto-Submitted: auto-replied
    X-Auto-Response-Suppress: All
    Content-Language: de-DE
    """,
    text(TW_7_TEXT, charset="iso-8859-15"),
    L(
        "out_of_office",
        language="de",
        hard_negative=True,
        company=TW,
        role="Senior Data Engineer",
        thread="tarnwald",
        return_date="2026-05-26",
        notes="'bis einschließlich Pfingstmontag, 25.05.' names the last day away, a public holiday: back on the next business day, Tuesday 26 May. Reply to a message of Dana's not in the corpus. ISO-8859-15.",
    ),
)

TW_8_TEXT = (
    """
Sehr geehrte Frau Whitfield,

wie versprochen melde ich mich nach Pfingsten bei Ihnen, leider nicht mit der Nachricht, die Sie sich erhofft haben.

Nach den letzten Gesprächen hat sich die Fachabteilung für einen Kandidaten entschieden, der bereits Erfahrung mit unserem Transport-Management-System mitbringt. Diese Entscheidung ist uns bei Ihrem starken Profil nicht leichtgefallen.

Frau Dr. Baumgart lässt Ihnen ausdrücklich ausrichten, dass sie sich über eine Bewerbung auf künftige Stellen im Datenplattform-Team freuen würde.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.
"""
    + TW_SIG
)

msg(
    "tarnwald-8",
    f"""
    From: {MERLE}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Ihre Bewerbung als Senior Data Engineer (w/m/d) Plattform & Integration
    Date: Thu, 28 May 2026 14:12:09 +0200
    Message-ID: {mid("tarnwald-8", "", "outlook")}
    Content-Language: de-DE
    """,
    alt(
        text(TW_8_TEXT), html(auto_html(TW_8_TEXT, "font-family:Calibri,sans-serif;font-size:11pt"))
    ),
    L(
        "rejection",
        language="de",
        company=TW,
        role=TW_ROLE,
        thread="tarnwald",
        notes="Rejection without the word 'Absage'; it repeats 'nach Pfingsten' as the promise kept. An invitation to apply for future roles is not a next step.",
    ),
)

# =========================================================================== rheinkiesel (de, Frankfurt)
RK = "Rheinkiesel Bank"
RK_ROLE = "Data Engineer Kreditrisiko (m/w/d)"
SVENJA = person("Svenja Albers", "svenja.albers@rheinkiesel-bank.example")
RAUH = person("Dr. Konstantin Rauh", "konstantin.rauh@rheinkiesel-bank.example")
RK_UID = "040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC0100000000000000001000000011223344556677889900AABBCCDDEEFF"
RK_FOOTER = """
Rheinkiesel Bank AG | Mainzer Landstraße 112 | 60327 Frankfurt am Main
Vorstand: Dr. Friederike Lenz (Vorsitzende), Markus Oberle | Vorsitzender des Aufsichtsrats: Prof. Dr. Hans-Georg Wirth
Sitz: Frankfurt am Main | Amtsgericht Frankfurt am Main HRB 99213

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
"""

RK_1_TEXT = (
    """
Sehr geehrte Frau Whitfield,

wie heute Morgen telefonisch besprochen, bestätige ich Ihnen hiermit gern Ihr Vorstellungsgespräch:

Mittwoch, 20. Mai 2026, 13:30 bis 14:30 Uhr
Rheinkiesel Bank AG, Mainzer Landstraße 112, 60327 Frankfurt am Main, Empfang Haus B

Ihre Gesprächspartner sind Herr Dr. Konstantin Rauh (Bereichsleiter IT Risikocontrolling) und ich.

Bitte bringen Sie einen gültigen Lichtbildausweis mit; der Empfang meldet Sie dann bei uns an. Ihre Reisekosten (Bahn, 2. Klasse) erstatten wir Ihnen gern.

Nach dem Gespräch melden wir uns bis Ende der KW 22 mit einer Entscheidung bei Ihnen.

Mit freundlichen Grüßen

i. A. Svenja Albers
HR Business Partner
"""
    + RK_FOOTER
)


def rk_ics(method: str, seq: int, status: str, stamp: str) -> str:
    return f"""
BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{vtz("W. Europe Standard Time")}
BEGIN:VEVENT
ORGANIZER;CN="Albers, Svenja":mailto:svenja.albers@rheinkiesel-bank.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dana Whitfield:mailto:dana.whitfield@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rauh, Konstantin Dr.":mailto:konstantin.rauh@rheinkiesel-bank.example
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="FRA-HausB-3.14 (8)":mailto:fra-hausb-314@rheinkiesel-bank.example
UID:{RK_UID}
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Data Engineer Kreditrisiko (m/w/d) – Frau Whitfield
DTSTART;TZID=W. Europe Standard Time:20260520T133000
DTEND;TZID=W. Europe Standard Time:20260520T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE=de-DE:FRA Haus B\\, Raum 3.14 (Empfang Haus B)
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if method == "CANCEL" else "TENTATIVE"}
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""


msg(
    "rheinkiesel-1",
    f"""
    From: "Albers, Svenja" <svenja.albers@rheinkiesel-bank.example>
    To: "dana.whitfield@example.org" <dana.whitfield@example.org>
    Subject: {b_word("Vorstellungsgespräch Data Engineer Kreditrisiko (m/w/d) am 20.05.2026", "iso-8859-1")}
    Date: Mon, 11 May 2026 09:15:37 +0200
    Message-ID: {mid("rheinkiesel-1", "", "outlook")}
    Content-Language: de-DE
    X-MS-Has-Attach:
    """,
    alt(
        text(RK_1_TEXT, charset="iso-8859-1"),
        html(auto_html(RK_1_TEXT, "font-family:Arial,sans-serif;font-size:10pt")),
        cal_inline(rk_ics("REQUEST", 0, "CONFIRMED", "20260511T071537Z"), "REQUEST", cte="base64"),
    ),
    L(
        "interview_confirmation",
        language="de",
        company=RK,
        role=RK_ROLE,
        interview=("2026-05-20T13:30:00+02:00", "2026-05-20T14:30:00+02:00"),
        interviewers=[RAUH, SVENJA],
        decision=("bis Ende der KW 22", fixed("2026-05-29")),
        thread="rheinkiesel",
        notes="Confirms a time agreed by phone ('wie heute Morgen telefonisch besprochen'), with a meeting request. The HR partner interviews ('und ich'). 'bis Ende der KW 22' = end of ISO calendar week 22 (25-31 May 2026) = Friday 29 May, like 'end of this week'. The meeting-room resource is not an interviewer. ISO-8859-1 body and subject.",
    ),
)

RK_2_TEXT = (
    """
Sehr geehrte Frau Whitfield,

es tut mir sehr leid, Ihnen so kurzfristig absagen zu müssen: Die Position wird im Zuge einer Reorganisation des Risikocontrollings neu zugeschnitten und ist bis auf Weiteres gestoppt. Das Gespräch mit Herrn Dr. Rauh und mir am Mittwoch findet daher nicht statt.

Sobald feststeht, ob und in welchem Zuschnitt die Stelle neu ausgeschrieben wird, komme ich unaufgefordert auf Sie zu.

Mit freundlichen Grüßen

i. A. Svenja Albers
HR Business Partner
"""
    + RK_FOOTER
)

msg(
    "rheinkiesel-2",
    f"""
    From: "Albers, Svenja" <svenja.albers@rheinkiesel-bank.example>
    To: "dana.whitfield@example.org" <dana.whitfield@example.org>
    Subject: {b_word("Abgesagt: Vorstellungsgespräch Data Engineer Kreditrisiko (m/w/d) am 20.05.2026", "iso-8859-1")}
    Date: Mon, 18 May 2026 16:40:15 +0200
    Message-ID: {mid("rheinkiesel-2", "", "outlook")}
    Content-Language: de-DE
    Importance: high
    """,
    alt(
        text(RK_2_TEXT, charset="iso-8859-1"),
        cal_inline(rk_ics("CANCEL", 1, "CANCELLED", "20260518T144015Z"), "CANCEL", cte="base64"),
    ),
    L(
        "interview_cancel",
        language="de",
        company=RK,
        role=RK_ROLE,
        interview=("2026-05-20T13:30:00+02:00", "2026-05-20T14:30:00+02:00"),
        interviewers=[RAUH, SVENJA],
        thread="rheinkiesel",
        notes="Outlook 'Abgesagt:' with METHOD:CANCEL. The position is stopped 'bis auf Weiteres' (on hold): a cancellation, not a rejection (README). interview = the cancelled slot.",
    ),
)

# =========================================================================== muehlbach (de, Leipzig)
MB = "Mühlbach Analytics"
MB_ROLE = "Lead Data Engineer"
JANA = "Jana Reichelt <jana@muehlbach-analytics.example>"
MB_1_MID = mid("muehlbach-1", "", "gmail")

MB_1_TEXT = """
Hallo Dana,

danke Dir nochmal für den tollen Tag bei uns in Leipzig – das Team war echt begeistert, und Konrad hat direkt gefragt, wann Du anfangen kannst. 😉

Bevor wir Dir ein Angebot für die Lead-Data-Engineer-Stelle machen können, brauchen wir noch zwei Referenzen. Magst Du uns Namen, Position, Telefonnummer und E-Mail von zwei Personen schicken, mit denen Du in den letzten Jahren eng zusammengearbeitet hast? Idealerweise ist eine davon eine ehemalige Führungskraft.

Wir rufen nur kurz an (ca. 15 Minuten) und melden uns direkt danach bei Dir.

Liebe Grüße
Jana

--
Jana Reichelt
People & Culture | Mühlbach Analytics GmbH
Spinnereistraße 7, 04179 Leipzig
"""

msg(
    "muehlbach-1",
    f"""
    From: {JANA}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Referenzen - kleiner letzter Schritt
    Date: Tue, 26 May 2026 13:05:44 +0200
    Message-ID: {MB_1_MID}
    """,
    alt(text(MB_1_TEXT), html(auto_html(MB_1_TEXT))),
    L(
        "reference_request",
        language="de",
        company=MB,
        role=MB_ROLE,
        thread="muehlbach",
        notes="Du-style startup. Mentions 'Angebot' only as what comes after the references: reference_request, not offer. 'melden uns direkt danach' is anchored to undated calls: no decision_date. The role appears only as a compound ('Lead-Data-Engineer-Stelle').",
    ),
)

MB_2_TEXT = """
Hallo Dana,

Deine Referenzen waren durchweg großartig – danke, dass Du das so schnell organisiert hast!

Wir freuen uns riesig, Dir hiermit offiziell die Stelle als Lead Data Engineer bei Mühlbach Analytics anzubieten. Im Anhang findest Du unser Vertragsangebot mit allen Details. Die Eckdaten:

– 92.000 € brutto Jahresgehalt plus 10 % variabler Bonus
– 30 Urlaubstage, remote aus Berlin mit ein bis zwei Tagen pro Monat in Leipzig
– Start zum 1. September 2026 oder nach Absprache

Gib uns gern bis zum 12. Juni Bescheid, ob Du an Bord kommst. Wenn Du vorher Fragen hast, ruf Konrad oder mich einfach an.

Liebe Grüße
Jana
"""

msg(
    "muehlbach-2",
    f"""
    From: {JANA}
    To: Dana Whitfield <dana.whitfield@example.org>
    Cc: Konrad Mühlbach <konrad@muehlbach-analytics.example>
    Subject: {b_word("Dein Vertragsangebot – Lead Data Engineer 🎉")}
    Date: Thu, 04 Jun 2026 17:20:11 +0200
    Message-ID: {mid("muehlbach-2", "", "gmail")}
    In-Reply-To: {MB_1_MID}
    References: {MB_1_MID}
    """,
    mixed(
        alt(text(MB_2_TEXT), html(auto_html(MB_2_TEXT))),
        attachment(
            fake_pdf("Vertragsangebot"),
            'application/pdf; name="Vertragsangebot_Dana_Whitfield.pdf"',
            'attachment; filename="Vertragsangebot_Dana_Whitfield.pdf"',
        ),
    ),
    L(
        "offer",
        language="de",
        company=MB,
        role=MB_ROLE,
        thread="muehlbach",
        notes="Offer with the contract attached. 'bis zum 12. Juni Bescheid' is Dana's deadline: no decision_date. The Cc display name is raw UTF-8 in the header.",
    ),
)

# =========================================================================== seeberg (en, Munich, LinkedIn)
SB = "Seeberg Robotics"
SB_ROLE = "Senior Data Engineer – Perception Data Platform"
JONAS = person("Jonas Pfeiffer", "jonas.pfeiffer@seeberg-robotics.example")

SB_1_TEXT = """
Your application was sent to Seeberg Robotics

Senior Data Engineer – Perception Data Platform
Seeberg Robotics · Munich, Bavaria, Germany (Hybrid)
Applied on April 13, 2026

Now, take these steps to stand out:

Message the hiring team
Reaching out to the job poster can make a difference.

Practice common interview questions
Get AI-powered feedback on your answers before the real thing.
https://www.linkedin.com/interview-prep/

View application: https://www.linkedin.com/jobs/view/4188214402/

This email was intended for Dana Whitfield (Senior Data Engineer)
You are receiving Job application emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
"""

msg(
    "seeberg-1",
    f"""
    From: LinkedIn <jobs-noreply@linkedin.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {b_word("Dana, your application was sent to Seeberg Robotics")}
    Date: Mon, 13 Apr 2026 20:14:33 +0000
    Message-ID: <1318604.9921844.1776111273410@ltx1-app4417.prod.linkedin.com>
    List-Unsubscribe: <https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn>
    X-LinkedIn-Class: JOBS-APPLY
    """,
    alt(
        text(SB_1_TEXT),
        html(auto_html(SB_1_TEXT, "font-family:-apple-system,system-ui,sans-serif;font-size:14px")),
    ),
    L(
        "application_ack",
        hard_negative=True,
        company=SB,
        role=SB_ROLE,
        thread="seeberg",
        notes="LinkedIn Easy Apply receipt sent by the platform. 'Practice common interview questions' is advertising.",
    ),
)

SB_2_TEXT = """
Jonas Pfeiffer
Talent Acquisition Lead at Seeberg Robotics

Hi Dana, thanks for reaching out and for applying to the Perception Data Platform role! Your background with sensor data pipelines is exactly what we're missing right now. Would you have time for a 30 min intro call with me this Friday (17 April) at 11:00 CET? If yes I'll send a Google Meet invite right away. Best, Jonas

Reply: https://www.linkedin.com/messaging/thread/2-ZTk4YjFhN2Et/

You're receiving notification emails for new messages.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
"""

msg(
    "seeberg-2",
    """
    From: Jonas Pfeiffer via LinkedIn <messages-noreply@linkedin.com>
    Reply-To: Jonas Pfeiffer via LinkedIn <reply-a1b2c3d4e5f6@reply.linkedin.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Jonas just messaged you
    Date: Wed, 15 Apr 2026 07:48:02 +0000
    Message-ID: <1781245.2210933.1776239282011@ltx1-app2093.prod.linkedin.com>
    X-LinkedIn-Class: INMAIL-REPLY
    """,
    alt(
        text(SB_2_TEXT),
        html(auto_html(SB_2_TEXT, "font-family:-apple-system,system-ui,sans-serif;font-size:14px")),
    ),
    L(
        "interview_invite",
        company=SB,
        role="Perception Data Platform",
        interview=("2026-04-17T11:00:00+02:00", "2026-04-17T11:30:00+02:00"),
        interviewers=[person("Jonas Pfeiffer", None)],
        thread="seeberg",
        notes="LinkedIn notification of the in-house recruiter's reply to Dana's message to the hiring team: a recruiter screen 'with me' for an application she made, with a single proposed time (counts as fixed). '11:00 CET' written in April by a Munich recruiter means Munich local time, CEST (+02:00); taken literally CET would be 12:00 CEST. The relay addresses are LinkedIn's, not his: email null. The role is named only as 'the Perception Data Platform role'.",
    ),
)

SB_3_TEXT = """
This event has been updated
Changed: time

Sorry Dana, a board meeting landed on my 11:00. Moved us to 14:00, hope that still works! Jonas

Intro call Seeberg Robotics x Dana Whitfield
Friday 17 April 2026 ⋅ 14:00 – 14:30 (Central European Time - Berlin)
Previously: Friday 17 April 2026 ⋅ 11:00 – 11:30

Join with Google Meet
https://meet.google.com/sbr-kqpa-hwe

Guests
Jonas Pfeiffer - organiser
dana.whitfield@example.org

Reply for dana.whitfield@example.org
Yes · No · Maybe · More options

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
"""

SB_3_ICS = f"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{vtz("Europe/Berlin")}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260417T140000
DTEND;TZID=Europe/Berlin:20260417T143000
DTSTAMP:20260416T142209Z
ORGANIZER;CN=Jonas Pfeiffer:mailto:jonas.pfeiffer@seeberg-robotics.example
UID:3q9v0seeberg7k2m1x8c4b6n5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jonas Pfeiffer;X-NUM-GUESTS=0:mailto:jonas.pfeiffer@seeberg-robotics.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=dana.whitfield@example.org;X-NUM-GUESTS=0:mailto:dana.whitfield@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/sbr-kqpa-hwe
CREATED:20260415T090412Z
DESCRIPTION:Sorry Dana\\, a board meeting landed on my 11:00. Moved us to 14:00\\, hope that still works! Jonas
LAST-MODIFIED:20260416T142209Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Intro call Seeberg Robotics x Dana Whitfield
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

msg(
    "seeberg-3",
    f"""
    From: Jonas Pfeiffer <jonas.pfeiffer@seeberg-robotics.example>
    Sender: Google Calendar <calendar-notification@google.com>
    Reply-To: jonas.pfeiffer@seeberg-robotics.example
    To: dana.whitfield@example.org
    Subject: {b_word("Updated invitation: Intro call Seeberg Robotics x Dana Whitfield @ Fri 17 Apr 2026 14:00 - 14:30 (CEST) (dana.whitfield@example.org)")}
    Date: Thu, 16 Apr 2026 14:22:09 +0000
    Message-ID: <calendar-b7a4c2e1-5d3f-4a9b-8e6c-seeberg0417@google.com>
    """,
    mixed(
        alt(
            text(SB_3_TEXT, cte="base64"),
            html(auto_html(SB_3_TEXT, "font-family:Roboto,Arial,sans-serif"), cte="base64"),
            cal_inline(SB_3_ICS, "REQUEST"),
        ),
        cal_file(SB_3_ICS, "invite.ics", "application/ics"),
    ),
    L(
        "interview_reschedule",
        company=SB,
        interview=("2026-04-17T14:00:00+02:00", "2026-04-17T14:30:00+02:00"),
        interviewers=[JONAS],
        thread="seeberg",
        notes="Google Calendar 'Updated invitation' with SEQUENCE 1: the original Meet invite Jonas sent after Dana said yes is not in the corpus. New slot 14:00-14:30 CEST; the old time is shown as 'Previously'.",
    ),
)

# =========================================================================== brisling (en, Berlin founder)
BR = "Brisling Labs"
MATS = "Mats Ekholm <mats@brislinglabs.example>"
BR_1_MID = mid("brisling-1", "", "gmail")
BR_DANA_MID = mid("brisling-dana", "", "gmail")

raw(
    "brisling-1",
    f"""
    Return-Path: <mats@brislinglabs.example>
    MIME-Version: 1.0
    Date: Mon, 27 Apr 2026 22:47:19 +0200
    Message-ID: {BR_1_MID}
    Subject: take home
    From: {MATS}
    To: Dana Whitfield <dana.whitfield@example.org>
    Content-Type: text/plain; charset="UTF-8"

    hey dana - loved the take home, esp the backfill bit. cna you do thurs 4pm for a chat w/ me and priya (our cto)? office in kreuzberg or zoom whatever works for you

    m
    """,
    L(
        "interview_invite",
        company=BR,
        interview=("2026-04-30T16:00:00+02:00", None),
        interviewers=[person("Mats Ekholm", "mats@brislinglabs.example"), person("Priya", None)],
        thread="brisling",
        notes="Founder's late-evening one-liner with a typo and no signature, written byte for byte. The next stage after a take-home, with one proposed time ('thurs 4pm' = Thursday 30 April, Berlin): interview_invite (README: a next stage with a fixed time is an invite). No duration: end null. The company is named nowhere in the text (only the sender's domain); the role is not named.",
    ),
)

BR_2_TEXT = """
dana - talked it over w priya this morning. we want you on the team.

formal offer comes from our lawyer on monday but ballpark is 88k base + 0.35% esop, 4 day week option like we discussed. no rush but would love to know by end of next week

call me whenever, 0176 2231 9087

m

Sent from my iPhone

> On 30 Apr 2026, at 18:02, Dana Whitfield <dana.whitfield@example.org> wrote:
>
> Hi Mats, thanks again for the chat today, and please thank Priya for me too. Really enjoyed it. Dana
"""

msg(
    "brisling-2",
    f"""
    From: {MATS}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Re: take home
    Date: Fri, 08 May 2026 19:02:55 +0200
    Message-ID: <A1C3E5F7-2B4D-4F60-8A9C-0E1F2A3B4C5D@brislinglabs.example>
    In-Reply-To: {BR_DANA_MID}
    References: {BR_1_MID} {BR_DANA_MID}
    X-Mailer: iPhone Mail (22E252)
    """,
    text(BR_2_TEXT, charset="us-ascii", cte="7bit"),
    L(
        "offer",
        company=BR,
        thread="brisling",
        notes="Informal verbal offer from the founder ('we want you on the team' with base and equity); the paperwork follows, but the decision is made: offer. 'would love to know by end of next week' is Dana's deadline: no decision_date. Replies to Dana's thank-you, which is not in the corpus.",
    ),
)
