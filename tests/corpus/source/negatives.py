# ruff: noqa: E501
"""Non-events, most of them built to look like events (hard negatives)."""

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
    fake_pdf,
    html,
    mixed,
    msg,
    plus_business_days,
    plus_weeks,
    quote,
    raw,
    text,
    vtz,
)

BULK_LINKEDIN = """
    List-Unsubscribe: <https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs&midToken=AQH8x2>
    List-Unsubscribe-Post: List-Unsubscribe=One-Click
    Precedence: bulk
    X-LinkedIn-Class: JOBS-ALERT
    X-LinkedIn-Template: email_jobs_saved_search_alert_01
"""

# =========================================================================== user_sent

U1_TEXT = """
Hi Kelsey,

I hope you're doing well. I wanted to follow up on my interview with you and Arjun on 19 February for the Senior Data Engineer role, and on the details I sent you last week.

I'm still very interested in the position and in the work the team is doing on the analytics platform. Is there any update on the timeline, or anything else I can provide?

Thank you, and best regards,
Dana
"""

msg(
    "brightwave-user-1",
    f"""
    Message-ID: <1d3f5b7a-9c0e-4a2c-8e4f-6a8c0e2a4c6e@example.org>
    Date: Mon, 2 Mar 2026 09:40:11 +0100
    MIME-Version: 1.0
    User-Agent: Mozilla Thunderbird
    Subject: =?UTF-8?Q?Following_up_=E2=80=93_Senior_Data_Engineer_interview?=
    Content-Language: en-GB
    To: Kelsey Moran <kelsey.moran@brightwave.example>
    From: {DANA}
    """,
    text(U1_TEXT, cte="7bit", params="; format=flowed", quote_charset=False),
    L(
        "user_sent",
        hard_negative=True,
        company="Brightwave Analytics",
        role="Senior Data Engineer",
        thread="brightwave",
        notes="Dana's status follow-up; mentions interview date and 'timeline'.",
    ),
)

msg(
    "brightwave-ooo-1",
    """
    From: Kelsey Moran <kelsey.moran@brightwave.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?utf-8?Q?Automatic_reply=3A_Following_up_=E2=80=93_Senior_Data_Engineer_in?=
     =?utf-8?Q?terview?=
    Thread-Topic: =?utf-8?Q?Following_up_=E2=80=93_Senior_Data_Engineer_interview?=
    Thread-Index: AQHcqh0Kzq1z0m9VqwAAAQAAB8KwAAFd1Aw=
    Date: Mon, 2 Mar 2026 08:40:14 +0000
    Message-ID: <BN8PR12MB33618A7B6C5D4E3F2A1B0C9D8E7F6@BN8PR12MB3361.namprd12.prod.outlook.com>
    In-Reply-To: <1d3f5b7a-9c0e-4a2c-8e4f-6a8c0e2a4c6e@example.org>
    References: <1d3f5b7a-9c0e-4a2c-8e4f-6a8c0e2a4c6e@example.org>
    Auto-Submitted: auto-generated
    X-Auto-Response-Suppress: All
    X-MS-Exchange-Inbox-Rules-Loop: kelsey.moran@brightwave.example
    Accept-Language: en-US
    Content-Language: en-US
    X-MS-Has-Attach:
    X-MS-TNEF-Correlator:
    """,
    alt(
        text(
            """
            Thank you for your message. I am out of the office until Monday, March 9, with no access to email.

            For urgent recruiting matters, including interview scheduling, please contact recruiting@brightwave.example.

            Kelsey
            """
        ),
        html(
            auto_html(
                """
            Thank you for your message. I am out of the office until Monday, March 9, with no access to email.

            For urgent recruiting matters, including interview scheduling, please contact recruiting@brightwave.example.

            Kelsey
            """
            )
        ),
    ),
    L(
        "out_of_office",
        hard_negative=True,
        company="Brightwave Analytics",
        role="Senior Data Engineer",
        return_date="2026-03-09",
        thread="brightwave",
        notes="Outlook 'Automatic reply:' on Dana's follow-up. 'out of the office until Monday, March 9' = back on 9 March.",
    ),
)

U2_TEXT = """
Guten Tag Frau Steiner, guten Tag Herr Ammann

Herzlichen Dank für das offene und angenehme Gespräch heute Vormittag. Die Einblicke in Ihre Migration auf eine ereignisgesteuerte Architektur fand ich sehr spannend – genau in diesem Umfeld sehe ich meine Stärken.

Ich freue mich, von Ihnen zu hören, und stehe für Rückfragen jederzeit gerne zur Verfügung.

Freundliche Grüsse
Dana Whitfield
"""

msg(
    "alpenglanz-user-1",
    f"""
    Message-ID: <0a2c4e6f-8b1d-4f3a-9c5e-7b9d1f3a5c7e@example.org>
    Date: Tue, 10 Mar 2026 14:12:30 +0100
    MIME-Version: 1.0
    User-Agent: Mozilla Thunderbird
    Subject: =?UTF-8?Q?Vielen_Dank_f=C3=BCr_das_Gespr=C3=A4ch_von_heute?=
    Content-Language: de-CH
    To: Reto Ammann <reto.ammann@alpenglanz.example>
    Cc: Nadja Steiner <nadja.steiner@alpenglanz.example>
    From: {DANA}
    """,
    text(U2_TEXT, cte="8bit", params="; format=flowed", quote_charset=False),
    L(
        "user_sent",
        language="de",
        hard_negative=True,
        company="Alpenglanz Software",
        role=None,
        thread="alpenglanz",
        notes="Dana's thank-you in Swiss style.",
    ),
)

U3_TEXT = """
Hola Marta:

Muchas gracias por la entrevista de esta mañana. Me ha gustado mucho conocer cómo trabaja el equipo de backend y los retos de la migración a microservicios.

Quedo a tu disposición para cualquier información adicional.

Un saludo,
Dana Whitfield

Enviado desde mi iPhone
"""

msg(
    "datalia-user-1",
    f"""
    From: {DANA}
    Mime-Version: 1.0 (1.0)
    Date: Thu, 26 Feb 2026 13:05:09 +0100
    Subject: Gracias por la entrevista
    Message-Id: <7F1A3C5E-9B2D-4E6F-8A0C-1D3F5B7A9C2E@example.org>
    To: =?utf-8?Q?Marta_G=C3=B3mez?= <marta.gomez@datalia.example>
    X-Mailer: iPhone Mail (22D63)
    """,
    text(U3_TEXT, quote_charset=False),
    L(
        "user_sent",
        language="es",
        hard_negative=True,
        company="Datalia Consultores",
        role=None,
        thread="datalia",
        notes="Thank-you from the phone; Spanish iPhone signature.",
    ),
)

KM_FWD_ICS = f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{vtz("Pacific Standard Time")}
BEGIN:VEVENT
ORGANIZER;CN=Hannah Cole:mailto:hannah.cole@kestrelmobility.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dana.whitfield@example.org:mailto:dana.whitfield@example.org
UID:040000008200E00074C5B7101A82E00800000000B07E3C14F4A9DC01000000000000000010000000E5C7A9B1D3F5E7092B4D6F8A0C2E4A6B
SUMMARY;LANGUAGE=en-US:Kestrel Mobility – Interview: Senior Software Engineer\\, Fleet Data
DTSTART;TZID=Pacific Standard Time:20260317T090000
DTEND;TZID=Pacific Standard Time:20260317T094500
DTSTAMP:20260303T172207Z
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

U4_TEXT = """
Hey you,

FYI – this is the Seattle one I told you about. 5pm on the 17th, so I'll need the study that evening. Fingers crossed!

D.

-------- Forwarded Message --------
Subject: 	Kestrel Mobility – Interview: Senior Software Engineer, Fleet Data
Date: 	Tue, 3 Mar 2026 17:22:09 +0000
From: 	Hannah Cole <hannah.cole@kestrelmobility.example>
To: 	Derek Liu <derek.liu@kestrelmobility.example>, dana.whitfield@example.org <dana.whitfield@example.org>

Hi Dana,

Thank you for applying to the Senior Software Engineer, Fleet Data role at Kestrel Mobility! I'd like to invite you to a first interview with Derek Liu, our Engineering Manager for Fleet Data.

I've sent this invite for Tuesday 3/17 at 9:00 AM Pacific, which should be 5:00 PM for you in Berlin. It's a 45-minute conversation about your background and a high-level design question. If the time doesn't work, feel free to propose a new time from the invite.

Looking forward to it!
Hannah Cole
Technical Recruiter | Kestrel Mobility | Seattle, WA
"""

msg(
    "kestrel-user-1",
    f"""
    Message-ID: <5c7e9a1b-3d5f-4b7a-8c9e-1f3b5d7f9a1c@example.org>
    Date: Tue, 3 Mar 2026 19:40:52 +0100
    MIME-Version: 1.0
    User-Agent: Mozilla Thunderbird
    Subject: =?UTF-8?Q?Fwd=3A_Kestrel_Mobility_=E2=80=93_Interview=3A_Senior_Software_E?=
     =?UTF-8?Q?ngineer=2C_Fleet_Data?=
    Content-Language: en-GB
    To: Jonah Keller <jonah.keller@example.net>
    From: {DANA}
    """,
    mixed(
        text(U4_TEXT, cte="8bit", params="; format=flowed", quote_charset=False),
        cal_file(KM_FWD_ICS, "invite.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "user_sent",
        hard_negative=True,
        company="Kestrel Mobility",
        role="Senior Software Engineer, Fleet Data",
        thread="kestrel",
        notes="Dana forwards the interview invite (with its METHOD:REQUEST .ics) to her partner. From the owner: user_sent, and the interview fields stay null for non-events.",
    ),
)

U5_TEXT = """
Madame Lambert,

Je tenais à vous remercier, ainsi que Monsieur Dubois, pour l'entretien de cet après-midi. Nos échanges sur la refonte de votre plateforme de données ont confirmé tout mon intérêt pour le poste.

Je reste à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Dana Whitfield
"""

msg(
    "horizon-user-1",
    f"""
    Message-ID: <2e4a6c8e-0a2c-4e6a-8c0e-2a4c6e8a0c2e@example.org>
    Date: Mon, 23 Feb 2026 18:02:44 +0100
    MIME-Version: 1.0
    User-Agent: Mozilla Thunderbird
    Subject: Remerciements suite à notre entretien
    Content-Language: fr
    To: Sophie Lambert <sophie.lambert@horizonverre.example>
    Cc: Marc Dubois <marc.dubois@horizonverre.example>
    From: {DANA}
    """,
    text(U5_TEXT, cte="8bit", params="; format=flowed", quote_charset=False),
    L(
        "user_sent",
        language="fr",
        hard_negative=True,
        company="Horizon Verre",
        role=None,
        thread="horizon",
        notes="Formal French thank-you note.",
    ),
)

U6_ICS = """
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20260205T143000Z
DTEND:20260205T153000Z
DTSTAMP:20260202T130210Z
ORGANIZER;CN=Maja Lind:mailto:maja.lind@fjordline.example
UID:5kq2m8v1d4c7b0n3r6t9f2h5j8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dana Whitfield;X-NUM-GUESTS=0:mailto:dana.whitfield@example.org
CREATED:20260122T083139Z
LAST-MODIFIED:20260202T130209Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Technical Interview – Dana Whitfield (Fjordline Logistics)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

U6_TEXT = """
Dana Whitfield has accepted this invitation.

Technical Interview – Dana Whitfield (Fjordline Logistics)
Thursday 5 February 2026 ⋅ 15:30 – 16:30
Central European Time - Berlin

Guests
Maja Lind - organiser
Ole Hansen
Dana Whitfield

Invitation from Google Calendar
"""

msg(
    "fjordline-user-1",
    f"""
    Sender: Google Calendar <calendar-notification@google.com>
    Message-ID: <calendar-reply-8b1f3d5e-7a9c-4e2b-b4d6-f8a0c2e4a6b8@google.com>
    Date: Mon, 02 Feb 2026 13:02:10 +0000
    Subject: =?UTF-8?Q?Accepted=3A_Technical_Interview_=E2=80=93_Dana_Whitfield_=28Fjor?=
     =?UTF-8?Q?dline_Logistics=29_=40_Thu_5_Feb_2026_15=3A30_=2D_16=3A30_=28CET=29?=
    From: {DANA}
    To: maja.lind@fjordline.example
    """,
    mixed(
        alt(
            text(U6_TEXT, charset="UTF-8", quote_charset=False, cte="base64"),
            html(auto_html(U6_TEXT), charset="UTF-8", quote_charset=False),
            cal_inline(U6_ICS, "REPLY", cte="7bit", charset="UTF-8"),
        ),
        cal_file(U6_ICS, "invite.ics", "application/ics"),
    ),
    L(
        "user_sent",
        hard_negative=True,
        company="Fjordline Logistics",
        role=None,
        thread="fjordline",
        notes="Dana's own calendar acceptance (METHOD:REPLY, PARTSTAT=ACCEPTED), sent by Google Calendar from her address.",
    ),
)

U7_TEXT = """
Sehr geehrter Herr Bäcker,

ich hoffe, es geht Ihrem Teamleiter inzwischen wieder besser.

Sie hatten mir Ende Februar nach der Absage unseres Termins einen neuen Terminvorschlag in Aussicht gestellt. Da ich bisher nichts von Ihnen gehört habe, wollte ich kurz nachfragen, wie der Stand ist. Ich bin nach wie vor sehr an der Position als DevOps Engineer interessiert und flexibel, was den Termin angeht.

Mit freundlichen Grüßen
Dana Whitfield
"""

msg(
    "elbbruecke-user-1",
    f"""
    Message-ID: <4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e4a@example.org>
    Date: Thu, 5 Mar 2026 08:55:21 +0100
    MIME-Version: 1.0
    User-Agent: Mozilla Thunderbird
    Subject: Nachfrage zum Stand meiner Bewerbung
    Content-Language: de-DE
    To: =?UTF-8?Q?J=C3=BCrgen_B=C3=A4cker?= <j.baecker@elbbruecke.example>
    From: {DANA}
    """,
    text(U7_TEXT, cte="8bit", params="; format=flowed", quote_charset=False),
    L(
        "user_sent",
        language="de",
        hard_negative=True,
        company="Elbbrücke Software",
        role="DevOps Engineer (m/w/d)",
        thread="elbbruecke",
        notes="Dana's follow-up; contains 'Absage', 'Termin', 'Terminvorschlag'.",
    ),
)

msg(
    "elbbruecke-ooo-1",
    """
    From: =?ISO-8859-1?Q?J=FCrgen_B=E4cker?= <j.baecker@elbbruecke.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?ISO-8859-1?Q?Abwesenheitsnotiz=3A_Nachfrage_zum_Stand_meiner_Bewerbung?=
    Date: Thu, 5 Mar 2026 08:55:30 +0100
    Message-ID: <vacation.20260305075530.4412@elbbruecke.example>
    In-Reply-To: <4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e4a@example.org>
    References: <4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e4a@example.org>
    Auto-Submitted: auto-replied (vacation)
    Precedence: junk
    MIME-Version: 1.0
    """,
    text(
        """
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 13.03.2026, nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen erreichen Sie uns unter info@elbbruecke.example oder telefonisch unter 040 123 456-0.

        Mit freundlichen Grüßen
        Jürgen Bäcker
        """,
        charset="ISO-8859-1",
    ),
    L(
        "out_of_office",
        language="de",
        hard_negative=True,
        company="Elbbrücke Software",
        return_date="2026-03-16",
        thread="elbbruecke",
        notes="'bis einschließlich Freitag, 13.03.' names the last day away: return_date is the next business day, Monday 16 March (README).",
    ),
)

U8_TEXT = f"""
Hola Daniela:

¡Claro, sin problema! El martes 10 de marzo a las 10:00 (hora CDMX) me funciona perfecto. Ya acepté la invitación actualizada.

Saludos,
Dana

El jue, 5 mar 2026 a las 18:45, Daniela Ruiz (<daniela.ruiz@grupoalba.example>) escribió:
{quote('''
Hola Dana,

Una disculpa: al Ing. Treviño se le presentó un viaje el lunes. ¿Podemos mover la entrevista al martes 10 de marzo a las 10:00 a. m. (hora CDMX)? Misma liga de Meet y misma duración. Ya te envié la invitación actualizada.

Gracias por tu comprensión,
Daniela
''')}"""

msg(
    "alba-user-1",
    f"""
    MIME-Version: 1.0
    From: {DANA}
    Date: Thu, 5 Mar 2026 20:03:17 +0100
    Message-ID: <CAGw2dN4mX8vB1nQ5zR7tY0uI3oP6aS9dF2@mail.gmail.com>
    Subject: Re: RE: Entrevista - Arquitecto/a de Datos | Grupo Alba
    To: Daniela Ruiz <daniela.ruiz@grupoalba.example>
    In-Reply-To: <MN2PR15MB34829A8B7C6D5E4F3A2B1C0D9E8F7@MN2PR15MB3482.namprd15.prod.outlook.com>
    References: <MN2PR15MB34829A8B7C6D5E4F3A2B1C0D9E8F7@MN2PR15MB3482.namprd15.prod.outlook.com>
    """,
    alt(text(U8_TEXT), html(auto_html(U8_TEXT))),
    L(
        "user_sent",
        language="es",
        hard_negative=True,
        company="Grupo Alba",
        role="Arquitecto/a de Datos",
        thread="alba",
        notes="Dana accepts the moved slot (sent through Gmail's web client: Spanish Gmail quote header).",
    ),
)

# =========================================================================== out_of_office

msg(
    "celeste-ooo-1",
    """
    From: Thomas Leroy <thomas.leroy@atelier-celeste.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?R=C3=A9ponse_automatique_=3A_Merci_pour_notre_entretien?=
    Date: Thu, 5 Feb 2026 17:31:06 +0100
    Message-ID: <CAKp9vautoreply.7f3a1c@mail.gmail.com>
    In-Reply-To: <9d1b3f5a-7c9e-4b1d-a3f5-b7d9f1b3d5f7@example.org>
    Auto-Submitted: auto-replied
    X-Autoreply: yes
    MIME-Version: 1.0
    """,
    text(
        """
        Bonjour,

        Je suis en congés jusqu'au vendredi 13 février inclus, avec un accès limité à mes e-mails. Je serai de retour le lundi 16 février.

        Pour toute question concernant un recrutement ou un entretien, merci de contacter Hélène Marchand (helene.marchand@atelier-celeste.example).

        Bien à vous,
        Thomas Leroy
        CTO – Atelier Céleste
        """
    ),
    L(
        "out_of_office",
        language="fr",
        hard_negative=True,
        company="Atelier Céleste",
        return_date="2026-02-16",
        thread="celeste",
        notes="French vacation reply to a thank-you note of Dana's that is not in the corpus; mentions 'entretien'.",
    ),
)

msg(
    "cobalto-ooo-1",
    """
    From: Javier Molina <javier.molina@cobalto.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?utf-8?Q?Respuesta_autom=C3=A1tica=3A_Gracias_por_la_entrevista_de_hoy?=
    Date: Tue, 3 Mar 2026 13:03:02 +0100
    Message-ID: <autoreply.3c5e7a9b@cobalto.example>
    In-Reply-To: <9e2c4a6b-8d0f-4b1a-a3c5-e7f9b1d3f5a7@example.org>
    References: <9e2c4a6b-8d0f-4b1a-a3c5-e7f9b1d3f5a7@example.org>
    Auto-Submitted: auto-replied
    X-Mailer: Zimbra 9.0.0_GA_4546
    MIME-Version: 1.0
    """,
    text(
        """
        Hola,

        Gracias por tu mensaje. Estoy fuera de la oficina y volveré el lunes 9 de marzo.

        Para cualquier tema urgente relacionado con procesos de selección, escribe a talento@cobalto.example.

        Javier Molina
        Head of Engineering · Cobalto Tecnología
        """,
        cte="8bit",
    ),
    L(
        "out_of_office",
        language="es",
        hard_negative=True,
        company="Cobalto Tecnología",
        return_date="2026-03-09",
        thread="cobalto",
        notes="Auto-reply to Dana's thank-you (cobalto-4, where he was in Cc).",
    ),
)

msg(
    "lumen-ooo-1",
    """
    From: Marcus Lee <marcus.lee@lumenhealth.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?Out_of_office_=E2=80=93_back_Wednesday=2C_March_4?=
    Date: Fri, 27 Feb 2026 08:00:41 -0800
    Message-ID: <CAH4kZr-ooo-5b7d9f1a3c@mail.gmail.com>
    In-Reply-To: <e7a9c1e3-5b7d-4f9a-b1c3-e5a7c9e1b3d5@example.org>
    Auto-Submitted: auto-replied
    Precedence: bulk
    MIME-Version: 1.0
    """,
    alt(
        text(
            """
            Thanks for your note! I'm out of the office Feb 27 – Mar 3 with limited access to email and will respond when I'm back on Wednesday, March 4.

            If your message is about an offer, an interview or scheduling, please contact Elena Petrova (elena.petrova@lumenhealth.example) or recruiting@lumenhealth.example.

            Marcus
            """
        ),
        html(
            auto_html(
                """
            Thanks for your note! I'm out of the office Feb 27 – Mar 3 with limited access to email and will respond when I'm back on Wednesday, March 4.

            If your message is about an offer, an interview or scheduling, please contact Elena Petrova (elena.petrova@lumenhealth.example) or recruiting@lumenhealth.example.

            Marcus
            """
            )
        ),
    ),
    L(
        "out_of_office",
        hard_negative=True,
        company="Lumen Health",
        return_date="2026-03-04",
        thread="lumen",
        notes="Mentions 'offer' and 'interview'. The return date equals the offer deadline in lumen-7 by coincidence: it is not a decision date.",
    ),
)

# =========================================================================== application_ack

NORD_ACK = """
Sehr geehrte Frau Whitfield,

vielen Dank für Ihre Bewerbung als Softwareentwickler Backend (m/w/d) und das damit verbundene Interesse an der Nordlicht Energie GmbH.

Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen. Wir werden diese sorgfältig prüfen und uns innerhalb von drei Wochen bei Ihnen melden. Sollten wir Sie zu einem Vorstellungsgespräch einladen, erhalten Sie eine gesonderte Nachricht.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Nordlicht Energie GmbH

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
"""

msg(
    "nordlicht-ack-1",
    """
    From: Nordlicht Energie GmbH <noreply@softgarden.io>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?ISO-8859-1?Q?Eingangsbest=E4tigung_Ihrer_Bewerbung_als_Softwareentwickl?=
     =?ISO-8859-1?Q?er_Backend_(m/w/d)?=
    Date: Thu, 8 Jan 2026 16:47:02 +0100
    Message-ID: <1767887222017.38211.softgarden@app.softgarden.io>
    Auto-Submitted: auto-generated
    Precedence: bulk
    """,
    alt(
        text(NORD_ACK, charset="ISO-8859-1", quote_charset=False),
        html(auto_html(NORD_ACK).replace("charset=utf-8", "charset=ISO-8859-1"), charset="ISO-8859-1", quote_charset=False),
    ),
    L(
        "application_ack",
        language="de",
        hard_negative=True,
        company="Nordlicht Energie",
        role="Softwareentwickler Backend (m/w/d)",
        decision=("innerhalb von drei Wochen", plus_weeks(3)),
        thread="nordlicht",
        notes="softgarden acknowledgement in ISO-8859-1 QP; states a review time (recorded) and mentions 'Vorstellungsgespräch'.",
    ),
)

msg(
    "vektor-ack-1",
    """
    From: StepStone <noreply@stepstone.de>
    To: dana.whitfield@example.org
    Subject: =?UTF-8?Q?Ihre_Bewerbung_ist_raus!_=E2=80=93_Vektor_Systems_AG?=
    Date: Mon, 2 Feb 2026 21:14:55 +0100
    Message-ID: <0102019c1f4e7a2b-3c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e7f-000000@eu-west-1.amazonses.com>
    List-Unsubscribe: <https://www.stepstone.de/candidate/unsubscribe?type=application-confirmation&uid=7c21>
    Precedence: bulk
    """,
    html(
        """
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#0c2577">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <h1 style="font-size:22px">Ihre Bewerbung ist raus!</h1>
        <p>Hallo Dana Whitfield,</p>
        <p>Ihre Bewerbung als <b>Senior Platform Engineer (m/w/d)</b> bei <b>Vektor Systems AG</b> wurde erfolgreich versendet.</p>
        <p>Wie geht es jetzt weiter? Das Unternehmen prüft Ihre Unterlagen. Wenn Ihr Profil passt, meldet es sich direkt bei Ihnen – zum Beispiel mit einer Einladung zum Vorstellungsgespräch.</p>
        <p style="background:#f2f5ff;padding:12px"><b>Tipp:</b> Bereiten Sie sich jetzt schon vor – mit unseren <a href="https://www.stepstone.de/magazin/vorstellungsgespraech">10 Fragen, die im Vorstellungsgespräch garantiert kommen</a>.</p>
        <p>Viel Erfolg!<br>Ihr StepStone-Team</p>
        <p style="font-size:11px;color:#777">StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf</p>
        </td></tr></table></body></html>
        """,
        cte="base64",
    ),
    L(
        "application_ack",
        language="de",
        hard_negative=True,
        company="Vektor Systems",
        role="Senior Platform Engineer (m/w/d)",
        thread="vektor",
        notes="Job board confirms the application was sent (not the company). HTML-only, base64. Mentions 'Einladung zum Vorstellungsgespräch' hypothetically.",
    ),
)

msg(
    "celeste-ack-1",
    """
    From: Atelier =?utf-8?q?C=C3=A9leste?= <no-reply@welcomekit.co>
    To: dana.whitfield@example.org
    Subject: =?utf-8?Q?Accus=C3=A9_de_r=C3=A9ception_de_votre_candidature?=
    Date: Mon, 19 Jan 2026 10:03:31 +0100
    Message-ID: <wk.1f2e3d4c5b6a@welcomekit.co>
    Auto-Submitted: auto-generated
    """,
    alt(
        text(
            """
            Bonjour Dana,

            Nous avons bien reçu votre candidature pour le poste de Développeur Full-Stack (H/F) et vous remercions de l'intérêt que vous portez à Atelier Céleste.

            Notre équipe va étudier votre profil avec attention. Si celui-ci correspond à nos attentes, nous vous contacterons pour convenir d'un premier entretien. Nous reviendrons vers vous dans les meilleurs délais.

            Belle journée,
            L'équipe Atelier Céleste
            """
        ),
        html(
            auto_html(
                """
            Bonjour Dana,

            Nous avons bien reçu votre candidature pour le poste de Développeur Full-Stack (H/F) et vous remercions de l'intérêt que vous portez à Atelier Céleste.

            Notre équipe va étudier votre profil avec attention. Si celui-ci correspond à nos attentes, nous vous contacterons pour convenir d'un premier entretien. Nous reviendrons vers vous dans les meilleurs délais.

            Belle journée,
            L'équipe Atelier Céleste
            """
            )
        ),
    ),
    L(
        "application_ack",
        language="fr",
        hard_negative=True,
        company="Atelier Céleste",
        role="Développeur Full-Stack (H/F)",
        thread="celeste",
        notes="'dans les meilleurs délais' is vague: no decision_date. Display name mixes plain text and an encoded word.",
    ),
)

msg(
    "nubeclara-ack-1",
    """
    From: Nube Clara <no-reply@mail.teamtailor.com>
    Reply-To: Jordi Puig <jordi@nubeclara.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?Hemos_recibido_tu_candidatura_=E2=80=93_Data_Engineer?=
    Date: Mon, 9 Feb 2026 08:21:40 +0100
    Message-ID: <tt-msg-9a8b7c6d5e4f3a2b@mail.teamtailor.com>
    Auto-Submitted: auto-generated
    """,
    alt(
        text(
            """
            ¡Hola Dana!

            Gracias por tu interés en Nube Clara. Hemos recibido tu candidatura para el puesto de Data Engineer.

            Revisamos todas las candidaturas personalmente y te responderemos en un plazo de 10 días hábiles. Si tu perfil encaja, el siguiente paso será una breve llamada con nuestro equipo de Talent y una prueba técnica.

            ¡Mucha suerte!
            El equipo de Nube Clara
            """
        ),
        html(
            auto_html(
                """
            ¡Hola Dana!

            Gracias por tu interés en Nube Clara. Hemos recibido tu candidatura para el puesto de Data Engineer.

            Revisamos todas las candidaturas personalmente y te responderemos en un plazo de 10 días hábiles. Si tu perfil encaja, el siguiente paso será una breve llamada con nuestro equipo de Talent y una prueba técnica.

            ¡Mucha suerte!
            El equipo de Nube Clara
            """
            )
        ),
    ),
    L(
        "application_ack",
        language="es",
        hard_negative=True,
        company="Nube Clara",
        role="Data Engineer",
        decision=("en un plazo de 10 días hábiles", plus_business_days(10)),
        thread="nubeclara",
        notes="Ack with a review time in business days (recorded).",
    ),
)

msg(
    "linkedin-1",
    f"""
    From: LinkedIn <jobs-noreply@linkedin.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Dana, your application was sent to Fjordline Logistics
    Date: Mon, 19 Jan 2026 20:31:07 +0000
    Message-ID: <1529871044.4417731.1768854667311@ltx1-app5521.prod.linkedin.com>
    {dd(BULK_LINKEDIN).strip().replace(chr(10), chr(10) + "    ")}
    """,
    alt(
        text(
            """
            Your application was sent to Fjordline Logistics

            Senior Platform Engineer
            Fjordline Logistics · Oslo, Norway (Hybrid)
            Applied on January 19, 2026

            Now, take these next steps for more success with your job search:
            - Prepare for interviews with Fjordline Logistics: see common interview questions
            - Follow Fjordline Logistics to stay up to date with their page

            View application: https://www.linkedin.com/comm/jobs/view/4133557711/?trackingId=a1B2c3D4

            This email was intended for Dana Whitfield (Backend Engineer | Event-driven systems)
            You are receiving LinkedIn notification emails.
            Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
            © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
            """
        ),
        html(
            auto_html(
                """
            Your application was sent to Fjordline Logistics

            Senior Platform Engineer
            Fjordline Logistics · Oslo, Norway (Hybrid)
            Applied on January 19, 2026

            Now, take these next steps for more success with your job search:
            - Prepare for interviews with Fjordline Logistics: see common interview questions
            - Follow Fjordline Logistics to stay up to date with their page

            View application: https://www.linkedin.com/comm/jobs/view/4133557711/?trackingId=a1B2c3D4

            This email was intended for Dana Whitfield (Backend Engineer | Event-driven systems)
            You are receiving LinkedIn notification emails.
            Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
            © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
            """
            )
        ),
    ),
    L(
        "application_ack",
        hard_negative=True,
        company="Fjordline Logistics",
        role="Senior Platform Engineer",
        thread="fjordline",
        notes="LinkedIn Easy Apply confirmation (sent by the platform). 'Prepare for interviews with Fjordline Logistics' is advertising.",
    ),
)

msg(
    "kestrel-ack-1",
    """
    From: Kestrel Mobility Talent Acquisition <kestrelmobility@talent.icims.com>
    To: dana.whitfield@example.org
    Subject: Kestrel Mobility - Thank you for applying (Job ID 2026-4471)
    Date: Mon, 16 Feb 2026 07:12:48 -0800
    Message-ID: <icims.2026-4471.58831.1771254768@talent.icims.com>
    Auto-Submitted: auto-generated
    X-Auto-Response-Suppress: OOF, AutoReply
    """,
    alt(
        text(
            """
            Dear Dana,

            Thank you for applying for the Senior Software Engineer, Fleet Data position (Job ID 2026-4471) at Kestrel Mobility. We have received your application.

            What happens next?
            Our Talent Acquisition team reviews every application. If you are selected for an interview, a member of our team will contact you directly to schedule a phone screen. Due to the high volume of applications, we may not be able to respond to every applicant individually.

            You can review your application status at any time in our careers portal: https://careers-kestrelmobility.icims.com/jobs/candidate

            Best regards,
            Kestrel Mobility Talent Acquisition

            Kestrel Mobility is an Equal Opportunity Employer.
            """,
            charset="us-ascii",
            cte="7bit",
        ),
        html(
            auto_html(
                """
            Dear Dana,

            Thank you for applying for the Senior Software Engineer, Fleet Data position (Job ID 2026-4471) at Kestrel Mobility. We have received your application.

            What happens next?
            Our Talent Acquisition team reviews every application. If you are selected for an interview, a member of our team will contact you directly to schedule a phone screen. Due to the high volume of applications, we may not be able to respond to every applicant individually.

            You can review your application status at any time in our careers portal: https://careers-kestrelmobility.icims.com/jobs/candidate

            Best regards,
            Kestrel Mobility Talent Acquisition

            Kestrel Mobility is an Equal Opportunity Employer.
            """
            )
        ),
    ),
    L(
        "application_ack",
        hard_negative=True,
        company="Kestrel Mobility",
        role="Senior Software Engineer, Fleet Data",
        thread="kestrel",
        notes="iCIMS ack with 'selected for an interview' and 'schedule a phone screen' (conditional). 'we may not be able to respond' is not a timeline.",
    ),
)

msg(
    "datalia-ack-1",
    """
    From: InfoJobs <noreply@infojobs.net>
    To: dana.whitfield@example.org
    Subject: =?UTF-8?Q?Datalia_Consultores_ha_le=C3=ADdo_tu_CV?=
    Date: Mon, 16 Feb 2026 18:40:12 +0100
    Message-ID: <20260216174012.3d4e5f6a7b8c@mailing.infojobs.net>
    List-Unsubscribe: <https://www.infojobs.net/candidate/notifications/unsubscribe?t=cvl>
    Precedence: bulk
    """,
    html(
        """
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#1f2933">
        <p>Hola Dana,</p>
        <p>¡Buenas noticias! <b>Datalia Consultores</b> ha leído tu CV para la oferta <b>Desarrollador/a Backend Java</b>.</p>
        <p>Tu candidatura sigue en proceso. Si la empresa quiere hacerte una entrevista, te avisaremos por aquí y en la app.</p>
        <p><a href="https://www.infojobs.net/candidate/applications">Ver el estado de tu candidatura</a></p>
        <p style="font-size:12px;color:#666">¿Preparando entrevistas? Lee nuestra guía: <a href="https://orientacion-laboral.infojobs.net/entrevista-de-trabajo">Cómo preparar una entrevista de trabajo</a></p>
        <p>El equipo de InfoJobs</p>
        </body></html>
        """
    ),
    L(
        "application_ack",
        language="es",
        hard_negative=True,
        company="Datalia Consultores",
        role="Desarrollador/a Backend Java",
        thread="datalia",
        notes="Job-board status notice ('ha leído tu CV'): closest to an acknowledgement; no event. HTML-only.",
    ),
)

# =========================================================================== job_alert

msg(
    "linkedin-2",
    f"""
    From: LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?=E2=80=9Cbackend_engineer=E2=80=9D=3A_Acme_Robotics_-_Senior_Backe?=
     =?UTF-8?Q?nd_Engineer_and_more?=
    Date: Wed, 14 Jan 2026 06:05:22 +0000
    Message-ID: <1873319845.4821190.1768370722514@ltx1-app8127.prod.linkedin.com>
    {dd(BULK_LINKEDIN).strip().replace(chr(10), chr(10) + "    ")}
    """,
    alt(
        text(
            """
            Your job alert for backend engineer in Berlin, Germany
            New jobs match your preferences.

            Senior Backend Engineer (Platform)
            Acme Robotics · Berlin, Germany (Hybrid)
            Actively recruiting · 2 company alumni work here
            View job: https://www.linkedin.com/comm/jobs/view/4127761203/

            Staff Data Engineer (Remote, EU)
            Lumen Health · Germany (Remote)
            Be an early applicant · Interviewing candidates this week
            View job: https://www.linkedin.com/comm/jobs/view/4128810944/

            Platform Engineer
            Kiezkauf · Berlin, Germany (On-site)
            Easy Apply
            View job: https://www.linkedin.com/comm/jobs/view/4128901733/

            Get interview-ready: practise answers to common questions with AI interview prep (Premium).

            See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1732099

            This email was intended for Dana Whitfield (Backend Engineer | Event-driven systems)
            Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
            You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
            © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
            """
        ),
        html(
            auto_html(
                """
            Your job alert for backend engineer in Berlin, Germany
            New jobs match your preferences.

            Senior Backend Engineer (Platform)
            Acme Robotics · Berlin, Germany (Hybrid)
            Actively recruiting · 2 company alumni work here
            View job: https://www.linkedin.com/comm/jobs/view/4127761203/

            Staff Data Engineer (Remote, EU)
            Lumen Health · Germany (Remote)
            Be an early applicant · Interviewing candidates this week
            View job: https://www.linkedin.com/comm/jobs/view/4128810944/

            Platform Engineer
            Kiezkauf · Berlin, Germany (On-site)
            Easy Apply
            View job: https://www.linkedin.com/comm/jobs/view/4128901733/

            Get interview-ready: practise answers to common questions with AI interview prep (Premium).

            See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1732099
            """
            )
        ),
    ),
    L(
        "job_alert",
        hard_negative=True,
        notes="Names Acme Robotics and Lumen Health (both in active processes), with 'Interviewing candidates this week' and 'interview-ready'.",
    ),
)

msg(
    "indeed-1",
    """
    From: Indeed <alert@indeed.com>
    To: dana.whitfield@example.org
    Subject: Quantum Harbor and 14 more new jobs for python developer in Berlin
    Date: Fri, 30 Jan 2026 05:41:10 +0000
    Message-ID: <0100019c0f3a1e44-7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d-000000@email.amazonses.com>
    List-Unsubscribe: <https://subscriptions.indeed.com/alerts/unsubscribe?id=9c1e4b7a>, <mailto:unsubscribe-alert@indeed.com>
    List-Unsubscribe-Post: List-Unsubscribe=One-Click
    Precedence: bulk
    """,
    alt(
        text(
            """
            15 new python developer jobs in Berlin

            Site Reliability Engineer
            Quantum Harbor - Dublin / Remote
            Easily apply · Responsive employer · Hiring multiple candidates
            "...you'll join a team that runs interviews within a week of applying..."

            Senior Python Developer (m/w/d)
            Vektor Systems AG - München
            Urgently hiring · Interviews this week

            Backend Engineer (Python/Go)
            Halcyon Labs - Amsterdam
            New

            Show all jobs: https://de.indeed.com/jobs?q=python+developer&l=Berlin&from=ja

            Interview tip of the week: use the STAR method to structure your answers.

            You received this email because you subscribed to job alerts on Indeed.
            Unsubscribe: https://subscriptions.indeed.com/alerts/unsubscribe?id=9c1e4b7a
            """
        ),
        html(
            auto_html(
                """
            15 new python developer jobs in Berlin

            Site Reliability Engineer
            Quantum Harbor - Dublin / Remote
            Easily apply · Responsive employer · Hiring multiple candidates
            "...you'll join a team that runs interviews within a week of applying..."

            Senior Python Developer (m/w/d)
            Vektor Systems AG - München
            Urgently hiring · Interviews this week

            Backend Engineer (Python/Go)
            Halcyon Labs - Amsterdam
            New

            Show all jobs: https://de.indeed.com/jobs?q=python+developer&l=Berlin&from=ja

            Interview tip of the week: use the STAR method to structure your answers.
            """
            )
        ),
    ),
    L(
        "job_alert",
        hard_negative=True,
        notes="Names three companies Dana is talking to; contains 'interviews within a week' (a job-ad snippet, not a timeline).",
    ),
)

msg(
    "glassdoor-1",
    """
    From: Glassdoor Jobs <noreply@glassdoor.com>
    To: dana.whitfield@example.org
    Subject: Fjordline Logistics and 9 other companies are hiring for Platform Engineer
    Date: Tue, 3 Feb 2026 13:22:31 +0000
    Message-ID: <jobalert.5f6e7d8c9b0a.20260203@mail.glassdoor.com>
    List-Unsubscribe: <https://www.glassdoor.com/member/emailPreferences/unsubscribe.htm?e=ZGFuYQ>
    Precedence: bulk
    """,
    html(
        """
        <html><head><meta charset="utf-8"><style>.co{color:#0caa41;font-weight:bold}</style></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#20262e">
        <h2>New jobs for Platform Engineer</h2>
        <table cellpadding="8">
        <tr><td><span class="co">Fjordline Logistics</span> &bull; 4.1 &#9733;<br><b>Senior Platform Engineer</b><br>Oslo (Hybrid) &bull; Easy Apply<br>
        <small>Interview experience: 71% positive &bull; Interview difficulty: 3.1 / 5 &bull; <a href="https://www.glassdoor.com/Interview/Fjordline-Logistics-Interview-Questions-E99821.htm">See 23 interview reviews</a></small></td></tr>
        <tr><td><span class="co">Orbital Freight</span> &bull; 4.4 &#9733;<br><b>Backend Engineer, Routing</b><br>Rotterdam (Remote) &bull; 2d</td></tr>
        <tr><td><span class="co">Stratos Energy</span> &bull; 3.8 &#9733;<br><b>Principal Engineer, Grid Analytics</b><br>Berlin &bull; 5d<br><small>Candidates say the interview process takes about 3 weeks.</small></td></tr>
        </table>
        <p><a href="https://www.glassdoor.com/Job/platform-engineer-jobs-SRCH_KO0,17.htm">See all 10 jobs</a></p>
        <p style="font-size:11px;color:#888">You're receiving this email because you created a job alert. Glassdoor LLC, 50 Beale Street, San Francisco, CA 94105. <a href="https://www.glassdoor.com/member/emailPreferences/unsubscribe.htm?e=ZGFuYQ">Unsubscribe</a></p>
        </body></html>
        """
    ),
    L(
        "job_alert",
        hard_negative=True,
        notes="HTML-only. Interview statistics for companies in Dana's pipeline; 'takes about 3 weeks' is review data, not a timeline.",
    ),
)

msg(
    "stepstone-1",
    """
    From: StepStone Jobagent <jobagent@stepstone.de>
    To: dana.whitfield@example.org
    Subject: =?UTF-8?Q?8_neue_Jobs_f=C3=BCr_=E2=80=9ESoftwareentwickler_Backend=E2=80=9C_?=
     =?UTF-8?Q?in_Hamburg?=
    Date: Tue, 13 Jan 2026 07:02:10 +0100
    Message-ID: <0102019bb5c3d2e1-aa11bb22-cc33-4d44-8e55-ff6677889900-000000@eu-west-1.amazonses.com>
    List-Unsubscribe: <https://www.stepstone.de/candidate/jobagent/unsubscribe?id=4471>
    List-Id: StepStone Jobagent <jobagent.stepstone.de>
    Precedence: bulk
    """,
    alt(
        text(
            """
            Hallo Dana Whitfield,

            Ihr Jobagent hat 8 neue Stellenangebote für Sie gefunden:

            Softwareentwickler Backend (m/w/d)
            Nordlicht Energie GmbH – Hamburg
            Schnelle Bewerbung · vor 2 Tagen

            DevOps Engineer (m/w/d)
            Elbbrücke Software GmbH – Hamburg
            Neu

            Java Developer (w/m/d)
            Hanseatische Datenwerke AG – Hamburg
            Homeoffice möglich

            Alle Jobs ansehen: https://www.stepstone.de/jobs/softwareentwickler-backend/in-hamburg

            Tipp der Woche: So überzeugen Sie im Vorstellungsgespräch – und diese Rückfragen sollten Sie am Ende unbedingt stellen.

            Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Abmelden: https://www.stepstone.de/candidate/jobagent/unsubscribe?id=4471
            """
        ),
        html(
            auto_html(
                """
            Hallo Dana Whitfield,

            Ihr Jobagent hat 8 neue Stellenangebote für Sie gefunden:

            Softwareentwickler Backend (m/w/d)
            Nordlicht Energie GmbH – Hamburg
            Schnelle Bewerbung · vor 2 Tagen

            DevOps Engineer (m/w/d)
            Elbbrücke Software GmbH – Hamburg
            Neu

            Java Developer (w/m/d)
            Hanseatische Datenwerke AG – Hamburg
            Homeoffice möglich

            Alle Jobs ansehen: https://www.stepstone.de/jobs/softwareentwickler-backend/in-hamburg

            Tipp der Woche: So überzeugen Sie im Vorstellungsgespräch – und diese Rückfragen sollten Sie am Ende unbedingt stellen.
            """
            )
        ),
    ),
    L(
        "job_alert",
        language="de",
        hard_negative=True,
        notes="Names Nordlicht Energie and Elbbrücke; mentions 'Vorstellungsgespräch'.",
    ),
)

msg(
    "xing-1",
    """
    From: XING <mail@xing.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?Neue_Jobs_f=C3=BCr_Sie=3A_Senior_Platform_Engineer_bei_Vektor_Sy?=
     =?UTF-8?Q?stems_AG_und_5_weitere?=
    Date: Sat, 7 Feb 2026 09:15:44 +0100
    Message-ID: <6986e2b0.a1b2c3d4e5f6@mail.xing.com>
    List-Unsubscribe: <https://www.xing.com/settings/notifications/unsubscribe?token=eHlq>
    Precedence: bulk
    """,
    html(
        """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;color:#0d0d0d">
        <p>Hallo Dana,</p>
        <p>diese Jobs passen zu Ihrem Profil:</p>
        <ul>
        <li><b>Senior Platform Engineer (m/w/d)</b> – Vektor Systems AG, München · 98&nbsp;% Match · <i>Schnell-Bewerbung</i></li>
        <li><b>Backend-Entwickler/in (80–100&nbsp;%)</b> – Alpenglanz Software AG, Zürich · 91&nbsp;% Match</li>
        <li><b>Cloud Engineer</b> – Bayern Digital GmbH, Nürnberg · 84&nbsp;% Match</li>
        </ul>
        <p>Gut vorbereitet ins Gespräch: <a href="https://www.xing.com/news/klartext/vorstellungsgespraech-fragen">Die häufigsten Fragen im Vorstellungsgespräch</a></p>
        <p><a href="https://www.xing.com/jobs/search">Alle Jobs anzeigen</a></p>
        <p style="font-size:11px;color:#777">New Work SE, Am Strandkai 1, 20457 Hamburg · <a href="https://www.xing.com/settings/notifications/unsubscribe?token=eHlq">Abmelden</a></p>
        </body></html>
        """
    ),
    L(
        "job_alert",
        language="de",
        hard_negative=True,
        notes="HTML-only; names Vektor Systems and Alpenglanz (active processes).",
    ),
)

msg(
    "wttj-1",
    """
    From: Welcome to the Jungle <hello@welcometothejungle.com>
    To: dana.whitfield@example.org
    Subject: =?UTF-8?Q?Vos_nouvelles_offres_=3A_D=C3=A9veloppeur_Full-Stack_chez_Atelier?=
     =?UTF-8?Q?_C=C3=A9leste_et_6_autres?=
    Date: Thu, 22 Jan 2026 08:00:12 +0100
    Message-ID: <20260122070012.f1e2d3c4b5a6@mail.welcometothejungle.com>
    List-Unsubscribe: <https://www.welcometothejungle.com/fr/me/settings/notifications?unsubscribe=alerts>
    Precedence: bulk
    """,
    alt(
        text(
            """
            Bonjour Dana,

            7 nouvelles offres correspondent à votre alerte « Développeur backend – Paris / Remote » :

            Développeur Full-Stack (H/F) – Atelier Céleste – Paris 10e – CDI
            Ingénieur DevOps (H/F) – Maison Lavande – Lyon – CDI
            Développeur Python (H/F/X) – Horizon Verre – Bruxelles – CDI

            Voir toutes les offres : https://www.welcometothejungle.com/fr/jobs?alert=4412

            À lire cette semaine : « Entretien d'embauche : les 5 questions à poser au recruteur »

            Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner : https://www.welcometothejungle.com/fr/me/settings/notifications?unsubscribe=alerts
            """
        ),
        html(
            auto_html(
                """
            Bonjour Dana,

            7 nouvelles offres correspondent à votre alerte « Développeur backend – Paris / Remote » :

            Développeur Full-Stack (H/F) – Atelier Céleste – Paris 10e – CDI
            Ingénieur DevOps (H/F) – Maison Lavande – Lyon – CDI
            Développeur Python (H/F/X) – Horizon Verre – Bruxelles – CDI

            Voir toutes les offres : https://www.welcometothejungle.com/fr/jobs?alert=4412

            À lire cette semaine : « Entretien d'embauche : les 5 questions à poser au recruteur »
            """
            )
        ),
    ),
    L(
        "job_alert",
        language="fr",
        hard_negative=True,
        notes="Names three French-speaking companies in Dana's pipeline; 'Entretien d'embauche' article teaser.",
    ),
)

msg(
    "infojobs-1",
    """
    From: InfoJobs Alertas <alertas@infojobs.net>
    To: dana.whitfield@example.org
    Subject: =?UTF-8?Q?Nuevas_ofertas_para_ti=3A_Ingeniero/a_de_Software_Senior_en_Cobal?=
     =?UTF-8?Q?to_Tecnolog=C3=ADa_y_9_m=C3=A1s?=
    Date: Tue, 17 Feb 2026 08:30:00 +0100
    Message-ID: <20260217073000.alert.5e4d3c2b1a09@mailing.infojobs.net>
    List-Unsubscribe: <https://www.infojobs.net/candidate/alerts/unsubscribe?id=771>
    Precedence: bulk
    """,
    alt(
        text(
            """
            Hola Dana,

            Tenemos 10 ofertas nuevas que encajan con tu alerta «desarrollador backend remoto»:

            Ingeniero/a de Software Senior – Cobalto Tecnología – Madrid (remoto) – Proceso de selección: entrevista por videollamada y prueba técnica
            Desarrollador/a Backend Java – Datalia Consultores – Madrid – Incorporación inmediata
            Backend Developer – Mareas Software – Valencia – Teletrabajo

            Ver todas: https://www.infojobs.net/ofertas-trabajo?alerta=771

            Consejo: prepara tu próxima entrevista con nuestra guía gratuita.

            Recibes este correo porque tienes una alerta activa en InfoJobs.
            """
        ),
        html(
            auto_html(
                """
            Hola Dana,

            Tenemos 10 ofertas nuevas que encajan con tu alerta «desarrollador backend remoto»:

            Ingeniero/a de Software Senior – Cobalto Tecnología – Madrid (remoto) – Proceso de selección: entrevista por videollamada y prueba técnica
            Desarrollador/a Backend Java – Datalia Consultores – Madrid – Incorporación inmediata
            Backend Developer – Mareas Software – Valencia – Teletrabajo

            Ver todas: https://www.infojobs.net/ofertas-trabajo?alerta=771

            Consejo: prepara tu próxima entrevista con nuestra guía gratuita.
            """
            )
        ),
    ),
    L(
        "job_alert",
        language="es",
        hard_negative=True,
        notes="Names Cobalto, Datalia and Mareas; 'entrevista por videollamada' describes a job ad.",
    ),
)

msg(
    "linkedin-3",
    f"""
    From: LinkedIn <jobs-listings@linkedin.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Kestrel Mobility is hiring: jobs similar to the one you applied for
    Date: Thu, 26 Feb 2026 17:44:03 +0000
    Message-ID: <944310882.1877321.1772127843991@ltx1-app3390.prod.linkedin.com>
    {dd(BULK_LINKEDIN).strip().replace(chr(10), chr(10) + "    ")}
    """,
    html(
        """
        <html><head><meta charset="utf-8"></head><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#000000e6">
        <p>Hi Dana,</p>
        <p>Because you applied for <b>Senior Software Engineer, Fleet Data</b> at <b>Kestrel Mobility</b>, you might like these roles:</p>
        <p><b>Staff Software Engineer, Telematics</b><br>Kestrel Mobility &middot; Seattle, WA (Remote)<br><span style="color:#057642">You'd be a top applicant</span></p>
        <p><b>Senior Data Engineer</b><br>Northgate Insurance &middot; Remote<br>Reviewing applicants &middot; Interviews start next week</p>
        <p><a href="https://www.linkedin.com/comm/jobs/collections/similar-jobs/?referenceJobId=4139920177">See more jobs</a></p>
        <p style="font-size:12px;color:#00000099">This email was intended for Dana Whitfield. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a> &middot; &copy; 2026 LinkedIn Corporation</p>
        </body></html>
        """
    ),
    L(
        "job_alert",
        hard_negative=True,
        notes="Refers to Dana's real Kestrel application; 'Interviews start next week' is about another job ad.",
    ),
)

# =========================================================================== recruiter_outreach

msg(
    "outreach-1",
    """
    From: Max Turner <max.turner@vantage-talent.example>
    To: dana.whitfield@example.org
    Subject: Exciting opportunity - Senior Engineer, leading fintech (Frankfurt / remote)
    Date: Tue, 20 Jan 2026 08:12:45 +0000
    Message-ID: <01000193aa7e2c11-5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f-000000@email.amazonses.com>
    X-Mailer: Outreach.io
    List-Unsubscribe: <https://app.outreach.io/unsubscribe/v2/Zm9vYmFy>
    """,
    alt(
        text(
            """
            Hi Dana,

            Hope your week is off to a good start! I'm working on an exciting role with one of Europe's leading fintechs – a Senior Engineer position in their payments core team (Python/Kafka), remote-first with occasional trips to Frankfurt.

            Your background at Spreewerk Data looks like a great match, and the salary range is up to €105k + equity.

            Are you open to a quick 15-minute chat this week? Grab any slot that suits you here: https://calendly.com/max-turner-vantage/15min

            Best,
            Max Turner
            Principal Consultant | Vantage Talent
            """
        ),
        html(
            auto_html(
                """
            Hi Dana,

            Hope your week is off to a good start! I'm working on an exciting role with one of Europe's leading fintechs – a Senior Engineer position in their payments core team (Python/Kafka), remote-first with occasional trips to Frankfurt.

            Your background at Spreewerk Data looks like a great match, and the salary range is up to €105k + equity.

            Are you open to a quick 15-minute chat this week? Grab any slot that suits you here: https://calendly.com/max-turner-vantage/15min

            Best,
            Max Turner
            Principal Consultant | Vantage Talent
            """
            )
        ),
    ),
    L(
        "recruiter_outreach",
        hard_negative=True,
        company=None,
        role="Senior Engineer",
        notes="Sequenced agency cold mail with a Calendly link: looks like a self-scheduling invite but nothing was applied for.",
    ),
)

msg(
    "linkedin-4",
    f"""
    From: Tom Becker via LinkedIn <messaging-digest-noreply@linkedin.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Tom sent you a new message
    Date: Mon, 9 Feb 2026 15:02:19 +0000
    Message-ID: <1128834512.2209914.1770649339401@ltx1-app6650.prod.linkedin.com>
    {dd(BULK_LINKEDIN).strip().replace(chr(10), chr(10) + "    ")}
    """,
    alt(
        text(
            """
            Tom Becker
            Senior Tech Recruiter at Northstar Search · InMail

            Hi Dana, I hope you're well! I'm hiring for a Head of Data Engineering at a Series B climate-tech company in Berlin. Interview process is quick (3 stages, done within two weeks). Would you be open to an exploratory call? Happy to share more details.

            Reply: https://www.linkedin.com/comm/messaging/thread/2-OGQ1ZjI2/

            This email was intended for Dana Whitfield (Backend Engineer | Event-driven systems)
            © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
            """
        ),
        html(
            auto_html(
                """
            Tom Becker
            Senior Tech Recruiter at Northstar Search · InMail

            Hi Dana, I hope you're well! I'm hiring for a Head of Data Engineering at a Series B climate-tech company in Berlin. Interview process is quick (3 stages, done within two weeks). Would you be open to an exploratory call? Happy to share more details.

            Reply: https://www.linkedin.com/comm/messaging/thread/2-OGQ1ZjI2/
            """
            )
        ),
    ),
    L(
        "recruiter_outreach",
        hard_negative=True,
        company=None,
        role="Head of Data Engineering",
        notes="LinkedIn InMail notification. 'done within two weeks' describes the process, not a decision about Dana.",
    ),
)

msg(
    "outreach-2",
    """
    From: Stefanie Brandt <s.brandt@brandt-executive.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Vertrauliche Anfrage: Lead Engineer Plattform (m/w/d) im Raum Berlin
    Date: Wed, 28 Jan 2026 11:34:20 +0100
    Message-ID: <002f01dc9041$1a2b3c40$4f5e6d70$@brandt-executive.example>
    X-Mailer: Microsoft Outlook 16.0
    MIME-Version: 1.0
    """,
    text(
        """
        Sehr geehrte Frau Whitfield,

        ich bin über Ihr XING-Profil auf Sie aufmerksam geworden und möchte Ihnen vertraulich eine spannende Position vorstellen: Für einen mittelständischen Softwarehersteller im Raum Berlin suche ich eine/n Lead Engineer Plattform (m/w/d).

        Hätten Sie Zeit für ein kurzes, unverbindliches Telefonat am Donnerstag, 29. Januar, um 17:30 Uhr? Alternativ nennen Sie mir gerne einen Termin, der Ihnen besser passt.

        Selbstverständlich behandle ich Ihre Daten streng vertraulich.

        Mit freundlichen Grüßen

        Stefanie Brandt
        Geschäftsführerin
        Brandt Executive Search GmbH | Kurfürstendamm 21 | 10719 Berlin
        """,
        charset="windows-1252",
    ),
    L(
        "recruiter_outreach",
        language="de",
        hard_negative=True,
        company=None,
        role="Lead Engineer Plattform (m/w/d)",
        notes="Headhunter cold mail proposing a concrete call time ('Donnerstag, 29. Januar, um 17:30 Uhr'): not an interview, nothing was applied for.",
    ),
    crlf=True,
)

msg(
    "outreach-3",
    """
    From: =?utf-8?Q?Aur=C3=A9lie_Garnier?= <a.garnier@talents-rive-gauche.example>
    To: dana.whitfield@example.org
    Subject: =?utf-8?Q?Opportunit=C3=A9_=E2=80=93_Lead_Developer_Python_=28Paris_/_t=C3=A9l=C3=A9travail=29?=
    Date: Tue, 10 Feb 2026 10:48:55 +0100
    Message-ID: <CAFr9gH2jK4lZ6xC8vB0nM2qW4eR6tY8uI0@mail.gmail.com>
    MIME-Version: 1.0
    """,
    alt(
        text(
            """
            Bonjour Dana,

            Je me permets de vous contacter car votre profil a retenu mon attention. J'accompagne actuellement une scale-up parisienne de la logistique dans le recrutement de son/sa Lead Developer Python (télétravail possible à 80 %).

            Seriez-vous ouverte à un premier échange téléphonique de 20 minutes cette semaine pour que je vous en dise plus ? Il ne s'agit pas d'un entretien, simplement d'une prise de contact.

            Bien à vous,
            Aurélie Garnier
            Consultante senior – Talents Rive Gauche
            """
        ),
        html(
            auto_html(
                """
            Bonjour Dana,

            Je me permets de vous contacter car votre profil a retenu mon attention. J'accompagne actuellement une scale-up parisienne de la logistique dans le recrutement de son/sa Lead Developer Python (télétravail possible à 80 %).

            Seriez-vous ouverte à un premier échange téléphonique de 20 minutes cette semaine pour que je vous en dise plus ? Il ne s'agit pas d'un entretien, simplement d'une prise de contact.

            Bien à vous,
            Aurélie Garnier
            Consultante senior – Talents Rive Gauche
            """
            )
        ),
    ),
    L(
        "recruiter_outreach",
        language="fr",
        hard_negative=True,
        company=None,
        role="Lead Developer Python",
        notes="French recruitment agency; contains the word 'entretien' (negated).",
    ),
)

msg(
    "outreach-4",
    """
    From: Carlos Medina <carlos.medina@cazatalentos-iberia.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Oportunidad laboral: Staff Engineer en empresa SaaS (100% remoto)
    Date: Wed, 4 Mar 2026 16:05:40 +0100
    Message-ID: <2f4e6a8c0b1d@cazatalentos-iberia.example>
    MIME-Version: 1.0
    """,
    text(
        """
        Hola Dana,

        ¿Qué tal? Soy Carlos, headhunter especializado en perfiles tecnológicos. Estoy buscando un/a Staff Engineer para una empresa SaaS española en pleno crecimiento (100 % remoto desde la UE, salario hasta 95.000 € brutos anuales).

        He visto tu experiencia con arquitecturas orientadas a eventos y creo que encajarías muy bien. ¿Te apetecería que habláramos por teléfono el jueves o el viernes? El proceso con el cliente consta de tres entrevistas y suele cerrarse en menos de un mes.

        Un saludo,
        Carlos Medina
        Cazatalentos Iberia
        """,
        cte="8bit",
    ),
    L(
        "recruiter_outreach",
        language="es",
        hard_negative=True,
        company=None,
        role="Staff Engineer",
        notes="Cold headhunter mail; mentions 'tres entrevistas' and a process length, none of which are events for Dana.",
    ),
)

msg(
    "outreach-5",
    """
    From: Julia Park <julia.park@northwind-ai.example>
    To: dana.whitfield@example.org
    Subject: Intro call? (Northwind AI)
    Date: Thu, 12 Mar 2026 18:20:33 +0000
    Message-ID: <CAJp8kL1zX3cV5bN7mQ9wE1rT3yU5iO7pA9@mail.gmail.com>
    MIME-Version: 1.0
    """,
    text(
        """
        Hi Dana,

        I lead recruiting at Northwind AI – we're building evaluation infrastructure for ML teams. I came across your conference talk on exactly-once processing and would love to tell you about our Senior Infrastructure Engineer opening.

        No application needed – would you be up for a 30-minute intro call with me next week? If it's a fit, the next step would be an interview with our CTO.

        Best,
        Julia Park
        Head of Talent, Northwind AI
        """
    ),
    L(
        "recruiter_outreach",
        hard_negative=True,
        company="Northwind AI",
        role="Senior Infrastructure Engineer",
        notes="In-house recruiter, unsolicited (Dana never applied): outreach, not an invite. Company is named because the employer is.",
    ),
)

# =========================================================================== newsletter

msg(
    "newsletter-1",
    """
    From: Career Compass Weekly <hello@careercompass-weekly.example>
    To: dana.whitfield@example.org
    Subject: 10 questions to ask at the end of your interview
    Date: Sun, 18 Jan 2026 07:00:00 +0000
    Message-ID: <20260118070000.cc-weekly-117@newsletter.careercompass-weekly.example>
    List-Id: Career Compass Weekly <weekly.careercompass-weekly.example>
    List-Unsubscribe: <https://careercompass-weekly.example/unsubscribe?u=dana>, <mailto:unsubscribe@careercompass-weekly.example>
    List-Unsubscribe-Post: List-Unsubscribe=One-Click
    Precedence: bulk
    X-Mailer: Substack
    """,
    alt(
        text(
            """
            Career Compass Weekly – Issue #117

            10 questions to ask at the end of your interview

            "Do you have any questions for us?" is your last chance to make an impression. Here are ten that work in any interview – from the recruiter screen to the final round:

            1. What does success look like in the first 90 days?
            2. What's the biggest challenge the team is facing right now?
            3. How will you make your decision, and when can I expect to hear back?
            ...

            Pro tip: if they say "we'll get back to you within a week", write it down – it's your cue for a polite follow-up on day 8.

            Next week: how to negotiate an offer without burning bridges.

            You're receiving this because you subscribed to Career Compass Weekly. Unsubscribe: https://careercompass-weekly.example/unsubscribe?u=dana
            """
        ),
        html(
            auto_html(
                """
            Career Compass Weekly – Issue #117

            10 questions to ask at the end of your interview

            "Do you have any questions for us?" is your last chance to make an impression. Here are ten that work in any interview – from the recruiter screen to the final round:

            1. What does success look like in the first 90 days?
            2. What's the biggest challenge the team is facing right now?
            3. How will you make your decision, and when can I expect to hear back?
            ...

            Pro tip: if they say "we'll get back to you within a week", write it down – it's your cue for a polite follow-up on day 8.

            Next week: how to negotiate an offer without burning bridges.
            """,
                "font-family:Georgia,serif;font-size:16px;line-height:1.5",
            )
        ),
    ),
    L(
        "newsletter",
        hard_negative=True,
        notes="Interview-tips newsletter quoting 'we'll get back to you within a week' and mentioning offers and final rounds.",
    ),
)

msg(
    "newsletter-2",
    """
    From: Indeed Career Guide <careerguide@indeed.com>
    To: dana.whitfield@example.org
    Subject: How to write a thank-you note after an interview (with templates)
    Date: Wed, 28 Jan 2026 14:00:00 +0000
    Message-ID: <0100019c01aa2b3c-careerguide-5e6f7a8b-000000@email.amazonses.com>
    List-Unsubscribe: <https://subscriptions.indeed.com/careerguide/unsubscribe?id=d4n4>
    Precedence: bulk
    """,
    html(
        """
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:15px;color:#2d2d2d">
        <h1 style="font-size:24px">How to write a thank-you note after an interview</h1>
        <p>Sending a thank-you email within 24 hours of your interview can set you apart. Here's a template you can adapt:</p>
        <blockquote style="border-left:3px solid #2557a7;padding-left:12px">
        Subject: Thank you – [Job title] interview<br><br>
        Dear [Interviewer name],<br><br>
        Thank you for taking the time to meet with me on [date]. I enjoyed learning about [topic] and I'm excited about the opportunity to join [Company]...<br><br>
        I look forward to hearing from you regarding next steps.
        </blockquote>
        <p>Also in this issue: <a href="https://www.indeed.com/career-advice/interviewing/follow-up-email">When (and how) to follow up if you haven't heard back</a> &middot; <a href="https://www.indeed.com/career-advice/interviewing/rejection">How to respond to a rejection email</a></p>
        <p style="font-size:11px;color:#767676">Indeed, 6433 Champion Grandview Way, Austin, TX 78750. <a href="https://subscriptions.indeed.com/careerguide/unsubscribe?id=d4n4">Unsubscribe</a></p>
        </body></html>
        """
    ),
    L(
        "newsletter",
        hard_negative=True,
        notes="HTML-only; contains a thank-you template with 'Thank you – [Job title] interview' and 'next steps'.",
    ),
)

msg(
    "newsletter-3",
    """
    From: karriere.kompakt <newsletter@karriere-kompakt.example>
    To: dana.whitfield@example.org
    Subject: =?UTF-8?Q?So_meistern_Sie_das_Vorstellungsgespr=C3=A4ch_=E2=80=93_plus=3A_Ab?=
     =?UTF-8?Q?sage_erhalten=3F_So_reagieren_Sie_richtig?=
    Date: Thu, 5 Feb 2026 06:30:00 +0100
    Message-ID: <nl-2026-06.88213@karriere-kompakt.example>
    List-Id: karriere.kompakt Newsletter <newsletter.karriere-kompakt.example>
    List-Unsubscribe: <https://karriere-kompakt.example/abmelden?id=88213>
    Precedence: list
    """,
    alt(
        text(
            """
            karriere.kompakt – Ihr Newsletter für Bewerbung und Beruf

            So meistern Sie das Vorstellungsgespräch
            Von der Begrüßung bis zur Frage nach dem Gehalt: Unsere Checkliste für Ihr nächstes Gespräch. Tipp: Fragen Sie am Ende, bis wann Sie mit einer Rückmeldung rechnen dürfen – viele Unternehmen antworten innerhalb von zwei Wochen.

            Absage erhalten? So reagieren Sie richtig
            „Leider müssen wir Ihnen mitteilen …“ – eine Absage tut weh. Warum eine freundliche Antwort trotzdem lohnt.

            Einladung zum Probearbeiten: Was ist erlaubt?

            Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://karriere-kompakt.example/abmelden?id=88213
            """
        ),
        html(
            auto_html(
                """
            karriere.kompakt – Ihr Newsletter für Bewerbung und Beruf

            So meistern Sie das Vorstellungsgespräch
            Von der Begrüßung bis zur Frage nach dem Gehalt: Unsere Checkliste für Ihr nächstes Gespräch. Tipp: Fragen Sie am Ende, bis wann Sie mit einer Rückmeldung rechnen dürfen – viele Unternehmen antworten innerhalb von zwei Wochen.

            Absage erhalten? So reagieren Sie richtig
            „Leider müssen wir Ihnen mitteilen …“ – eine Absage tut weh. Warum eine freundliche Antwort trotzdem lohnt.

            Einladung zum Probearbeiten: Was ist erlaubt?
            """
            )
        ),
    ),
    L(
        "newsletter",
        language="de",
        hard_negative=True,
        notes="Quotes a German rejection phrase, 'Einladung', 'Vorstellungsgespräch' and 'innerhalb von zwei Wochen'.",
    ),
)

msg(
    "newsletter-4",
    """
    From: Welcome to the Jungle <newsletter@welcometothejungle.com>
    To: dana.whitfield@example.org
    Subject: =?UTF-8?Q?Entretien_d=E2=80=99embauche_=3A_7_erreurs_=C3=A0_=C3=A9viter?=
    Date: Tue, 24 Feb 2026 12:00:00 +0100
    Message-ID: <20260224110000.nl.7c8d9e0f1a2b@mail.welcometothejungle.com>
    List-Unsubscribe: <https://www.welcometothejungle.com/fr/me/settings/notifications?unsubscribe=newsletter>
    Precedence: bulk
    """,
    html(
        """
        <html><head><meta charset="utf-8"></head><body style="font-family:'Work Sans',Arial,sans-serif;color:#212121;background:#fff">
        <h1 style="font-size:26px">Entretien d&rsquo;embauche : 7 erreurs à éviter</h1>
        <p>Arriver en retard, ne pas connaître l&rsquo;entreprise, oublier de relancer&hellip; On fait le point sur les faux pas les plus fréquents.</p>
        <p><b>Et après l&rsquo;entretien ?</b> Si le recruteur vous a dit qu&rsquo;il reviendrait vers vous « d&rsquo;ici la fin de la semaine prochaine », attendez ce délai avant de relancer, poliment.</p>
        <p><a href="https://www.welcometothejungle.com/fr/articles/erreurs-entretien-embauche">Lire l&rsquo;article</a></p>
        <p>Aussi cette semaine : « Nous sommes au regret de&hellip; » : comment rebondir après un refus.</p>
        <p style="font-size:11px;color:#888">Vous recevez cette newsletter car vous êtes inscrit·e sur Welcome to the Jungle. <a href="https://www.welcometothejungle.com/fr/me/settings/notifications?unsubscribe=newsletter">Se désabonner</a></p>
        </body></html>
        """,
        cte="base64",
    ),
    L(
        "newsletter",
        language="fr",
        hard_negative=True,
        notes="Contains 'd'ici la fin de la semaine prochaine' and 'Nous sommes au regret' as quoted examples.",
    ),
)

msg(
    "newsletter-5",
    """
    From: InfoJobs Orienta <orienta@infojobs.net>
    To: dana.whitfield@example.org
    Subject: =?UTF-8?Q?C=C3=B3mo_preparar_una_entrevista_por_videollamada_=F0=9F=8E=A5?=
    Date: Sun, 1 Mar 2026 10:00:00 +0100
    Message-ID: <20260301090000.orienta.0a1b2c3d@mailing.infojobs.net>
    List-Unsubscribe: <https://www.infojobs.net/candidate/notifications/unsubscribe?t=orienta>
    Precedence: bulk
    """,
    alt(
        text(
            """
            Hola Dana,

            Cómo preparar una entrevista por videollamada
            Luz, cámara y… ¡conexión! Te contamos cómo causar buena impresión en tu próxima entrevista online.

            ¿Te han dicho que te responderán en las próximas dos semanas y no sabes nada? Así puedes hacer seguimiento sin resultar insistente.

            «Lamentamos informarle…»: cómo gestionar un rechazo y aprender de él.

            El equipo de InfoJobs
            """
        ),
        html(
            auto_html(
                """
            Hola Dana,

            Cómo preparar una entrevista por videollamada
            Luz, cámara y… ¡conexión! Te contamos cómo causar buena impresión en tu próxima entrevista online.

            ¿Te han dicho que te responderán en las próximas dos semanas y no sabes nada? Así puedes hacer seguimiento sin resultar insistente.

            «Lamentamos informarle…»: cómo gestionar un rechazo y aprender de él.

            El equipo de InfoJobs
            """
            )
        ),
    ),
    L(
        "newsletter",
        language="es",
        hard_negative=True,
        notes="Quotes 'en las próximas dos semanas' and 'Lamentamos informarle' as examples.",
    ),
)

msg(
    "newsletter-6",
    """
    From: Python Weekly <rahul@pythonweekly.example>
    To: dana.whitfield@example.org
    Subject: Python Weekly - Issue 731
    Date: Thu, 12 Feb 2026 16:00:00 +0000
    Message-ID: <pw731.20260212@mail.pythonweekly.example>
    List-Id: Python Weekly <pythonweekly.example>
    List-Unsubscribe: <https://pythonweekly.example/unsubscribe>
    Precedence: bulk
    """,
    text(
        """
        Python Weekly - Issue 731

        Articles, Tutorials and Talks
        - Free-threaded Python in production: six months later
        - Writing a tiny async job queue with asyncio.TaskGroup
        - Type narrowing tricks you may have missed

        Projects
        - pgqueuer: job queue on top of PostgreSQL LISTEN/NOTIFY
        - tach: enforce module boundaries in large codebases

        Jobs
        - Senior Python Engineer, remote (EU)

        Unsubscribe: https://pythonweekly.example/unsubscribe
        """,
        charset="us-ascii",
        cte="7bit",
    ),
    L("newsletter", notes="Plain tech newsletter; an easy negative."),
)

msg(
    "acme-newsletter-1",
    """
    From: Acme Robotics <news@acme-robotics.example>
    To: dana.whitfield@example.org
    Subject: =?UTF-8?Q?Inside_Platform=3A_an_interview_with_Jonas_Becker_=7C_Acme_Roboti?=
     =?UTF-8?Q?cs_Newsletter_=E2=80=93_February?=
    Date: Tue, 10 Feb 2026 10:00:00 +0100
    Message-ID: <mc.20260210.acme.5f4e3d2c1b@mail.mailchimpapp.net>
    List-Id: Acme Robotics Newsletter <7a1b2c3d4e.list-id.mcsv.net>
    List-Unsubscribe: <https://acme-robotics.us21.list-manage.com/unsubscribe?u=7a1b2c&id=3d4e5f>
    Precedence: bulk
    X-Mailer: Mailchimp Mailer - **CID3d4e5f6a7b8c9d**
    """,
    alt(
        text(
            """
            Acme Robotics Newsletter – February 2026

            Inside Platform: an interview with Jonas Becker
            Our Engineering Manager talks about moving from nightly batch jobs to an event pipeline, hiring for the platform team and what makes on-call boring (in a good way).

            We're hiring! Our Platform team is growing: we're interviewing for a Staff Backend Engineer this spring. Apply at https://acme-robotics.example/careers.

            Meet us at the Berlin Tech Career Fair on 4 March – book a 15-minute chat with our team.

            You're receiving this because you signed up at acme-robotics.example. Unsubscribe: https://acme-robotics.us21.list-manage.com/unsubscribe?u=7a1b2c&id=3d4e5f
            """
        ),
        html(
            auto_html(
                """
            Acme Robotics Newsletter – February 2026

            Inside Platform: an interview with Jonas Becker
            Our Engineering Manager talks about moving from nightly batch jobs to an event pipeline, hiring for the platform team and what makes on-call boring (in a good way).

            We're hiring! Our Platform team is growing: we're interviewing for a Staff Backend Engineer this spring. Apply at https://acme-robotics.example/careers.

            Meet us at the Berlin Tech Career Fair on 4 March – book a 15-minute chat with our team.
            """
            )
        ),
    ),
    L(
        "newsletter",
        hard_negative=True,
        company=None,
        notes="Newsletter FROM a company that just rejected Dana, naming her interviewer and 'interviewing'. Not about her application (company null).",
    ),
)

# =========================================================================== unrelated_calendar


def gcal_invite_ics(uid: str, start: str, end: str, summary: str, organizer: tuple[str, str], stamp: str, all_day: bool = False, method: str = "REQUEST", status: str = "CONFIRMED", seq: int = 0) -> str:
    if all_day:
        times = f"DTSTART;VALUE=DATE:{start}\nDTEND;VALUE=DATE:{end}"
    else:
        times = f"DTSTART:{start}\nDTEND:{end}"
    return f"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:{method}
BEGIN:VEVENT
{times}
DTSTAMP:{stamp}
ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}
UID:{uid}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={organizer[0]};X-NUM-GUESTS=0:mailto:{organizer[1]}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dana.whitfield@example.org;X-NUM-GUESTS=0:mailto:dana.whitfield@example.org
SEQUENCE:{seq}
STATUS:{status}
SUMMARY:{summary}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""


UC1_TEXT = """
Guten Tag Frau Whitfield,

wir möchten Sie an Ihren Termin erinnern:

Zahnarztpraxis Dr. med. dent. Julia Sommer
Dienstag, 3. Februar 2026 um 08:30 Uhr
Kontrolluntersuchung und professionelle Zahnreinigung (ca. 60 Min.)
Boxhagener Straße 45, 10245 Berlin

Bitte bringen Sie Ihre Gesundheitskarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte spätestens 24 Stunden vorher ab: https://www.doctolib.de/termine/verwalten

Ihr Doctolib-Team
"""

msg(
    "doctolib-1",
    """
    From: Doctolib <no-reply@doctolib.de>
    To: dana.whitfield@example.org
    Subject: Terminerinnerung: Ihr Termin am 03.02.2026 um 08:30
    Date: Mon, 2 Feb 2026 08:30:11 +0100
    Message-ID: <reminder-31f7c2a9e4b8@doctolib.de>
    Auto-Submitted: auto-generated
    """,
    alt(text(UC1_TEXT), html(auto_html(UC1_TEXT, "font-family:Arial,sans-serif;color:#107aca"))),
    L(
        "unrelated_calendar",
        language="de",
        hard_negative=True,
        notes="Dentist reminder: 'Terminerinnerung', a date, a time and a duration.",
    ),
)

UC2_TEXT = """
Team lunch 🍜
Friday 6 February 2026 ⋅ 12:30 – 13:30
Central European Time - Berlin

Cocolo Ramen, Gipsstraße 3, 10119 Berlin

Old Spreewerk crew reunion – Anja's buying the first round of gyoza!

Guests
Tomasz Nowak - organiser
Anja Keller
dana.whitfield@example.org

Reply for dana.whitfield@example.org

Invitation from Google Calendar
"""

msg(
    "gcal-lunch-1",
    """
    Reply-To: Tomasz Nowak <tomasz.nowak@spreewerk.example>
    Sender: Google Calendar <calendar-notification@google.com>
    Auto-Submitted: auto-generated
    Message-ID: <calendar-3e5a7c9e-1b3d-4f5a-8c7e-9a1b3d5f7a9c@google.com>
    Date: Mon, 02 Feb 2026 17:44:51 +0000
    Subject: =?UTF-8?Q?Invitation=3A_Team_lunch_=F0=9F=8D=9C_=40_Fri_6_Feb_2026_12=3A30_?=
     =?UTF-8?Q?=2D_13=3A30_=28CET=29_=28dana=2Ewhitfield=40example=2Eorg=29?=
    From: Tomasz Nowak <tomasz.nowak@spreewerk.example>
    To: dana.whitfield@example.org
    """,
    mixed(
        alt(
            text(UC2_TEXT, charset="UTF-8", quote_charset=False, cte="base64"),
            html(auto_html(UC2_TEXT), charset="UTF-8", quote_charset=False),
            cal_inline(gcal_invite_ics("6t8v0x2z4b6d8f0h2j4l6n8p0r", "20260206T113000Z", "20260206T123000Z", "Team lunch 🍜", ("Tomasz Nowak", "tomasz.nowak@spreewerk.example"), "20260202T174451Z"), "REQUEST", cte="7bit", charset="UTF-8"),
        ),
        cal_file(gcal_invite_ics("6t8v0x2z4b6d8f0h2j4l6n8p0r", "20260206T113000Z", "20260206T123000Z", "Team lunch 🍜", ("Tomasz Nowak", "tomasz.nowak@spreewerk.example"), "20260202T174451Z"), "invite.ics", "application/ics"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="A real Google Calendar METHOD:REQUEST invite, from Dana's former colleague (also one of her references): not an interview.",
    ),
)

UC3_ICS = """
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260126T120512Z
DTSTART:20260129T170000Z
DTEND:20260129T180000Z
SUMMARY:Acing the System Design Interview – Live Webinar
UID:ZOOM84410099221@zoom.us
ORGANIZER;CN=TechPrep Academy:mailto:no-reply@zoom.us
ATTENDEE;CN=Dana Whitfield;RSVP=FALSE:mailto:dana.whitfield@example.org
DESCRIPTION:Join from PC\\, Mac\\, iPad\\, or Android: https://us02web.zoom.us/w/84410099221?tk=aBc
LOCATION:https://us02web.zoom.us/w/84410099221?tk=aBc
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

UC3_TEXT = """
Hi Dana Whitfield,

Thank you for registering for "Acing the System Design Interview – Live Webinar".

Date & Time: Jan 29, 2026 06:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

Join from PC, Mac, iPad, or Android: https://us02web.zoom.us/w/84410099221?tk=aBc
Passcode: 551902

Add to calendar: the attached invitation works with Google Calendar, Outlook and Apple Calendar.

You can cancel your registration at any time.

TechPrep Academy
"""

msg(
    "zoom-webinar-1",
    """
    From: TechPrep Academy <no-reply@zoom.us>
    Reply-To: events@techprep-academy.example
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?utf-8?Q?Acing_the_System_Design_Interview_=E2=80=93_Live_Webinar_Confirma?=
     =?utf-8?Q?tion?=
    Date: Mon, 26 Jan 2026 12:05:12 +0000
    Message-ID: <zoom.webinar.84410099221.reg.7f2c@zoom.us>
    List-Unsubscribe: <https://zoom.us/webinar/unsubscribe?id=84410099221>
    Precedence: bulk
    Auto-Submitted: auto-generated
    """,
    mixed(
        alt(text(UC3_TEXT), html(auto_html(UC3_TEXT, "font-family:Lato,Helvetica,Arial,sans-serif;color:#232333"))),
        cal_file(UC3_ICS, "invite.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="Webinar registration with a METHOD:REQUEST .ics and bulk headers; the summary says 'Interview'.",
    ),
)

UC4_ICS = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Event//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1184422910-order-7731192@eventbrite.com
DTSTAMP:20260203T091233Z
DTSTART;VALUE=DATE:20260304
DTEND;VALUE=DATE:20260305
SUMMARY:Berlin Tech Career Fair 2026
LOCATION:Station Berlin\\, Luckenwalder Str. 4-6\\, 10963 Berlin
DESCRIPTION:Meet 80+ hiring companies. Bring printed CVs. On-the-spot interviews with selected exhibitors.
END:VEVENT
END:VCALENDAR
"""

msg(
    "eventbrite-1",
    """
    From: Eventbrite <noreply@order.eventbrite.com>
    To: dana.whitfield@example.org
    Subject: Your tickets for Berlin Tech Career Fair 2026
    Date: Tue, 3 Feb 2026 09:12:33 +0000
    Message-ID: <order-7731192.20260203091233@order.eventbrite.com>
    Auto-Submitted: auto-generated
    """,
    mixed(
        alt(
            text(
                """
                Hi Dana,

                You're going to Berlin Tech Career Fair 2026!

                Wednesday, 4 March 2026 (all day)
                Station Berlin, Luckenwalder Str. 4-6, 10963 Berlin

                Order #7731192 – 1 x Free Visitor Ticket

                Meet 80+ hiring companies, including Acme Robotics, Nordlicht Energie and Stratos Energy. Some exhibitors offer on-the-spot interviews – bring printed CVs!

                Your ticket is attached as a PDF. Add the event to your calendar with the attached file.

                Eventbrite
                """
            ),
            html(
                auto_html(
                    """
                Hi Dana,

                You're going to Berlin Tech Career Fair 2026!

                Wednesday, 4 March 2026 (all day)
                Station Berlin, Luckenwalder Str. 4-6, 10963 Berlin

                Order #7731192 – 1 x Free Visitor Ticket

                Meet 80+ hiring companies, including Acme Robotics, Nordlicht Energie and Stratos Energy. Some exhibitors offer on-the-spot interviews – bring printed CVs!
                """
                )
            ),
        ),
        attachment(fake_pdf("Eventbrite ticket 7731192"), 'application/pdf; name="ticket-7731192.pdf"', 'attachment; filename="ticket-7731192.pdf"'),
        cal_file(UC4_ICS, "event.ics", "text/calendar", method="PUBLISH"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="Career-fair ticket with an ALL-DAY .ics (METHOD:PUBLISH); names companies in Dana's pipeline and 'on-the-spot interviews'.",
    ),
)

UC5_ICS = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260209T201455Z
UID:b71c3e5a-9d2f-4a6b-8e0c-4f6a8c0e2a4c@calendly.com
DTSTART:20260212T070000Z
DTEND:20260212T080000Z
SUMMARY:Mock Interview (60 min) between Ellie Harper and Dana Whitfield
DESCRIPTION:Event Name: Mock Interview (60 min)\\n\\nPlease bring the job description of the role you're preparing for.
LOCATION:https://us06web.zoom.us/j/81234509876
ORGANIZER;CN=Ellie Harper:mailto:ellie@harpercoaching.example
ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dana.whitfield@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

UC5_TEXT = """
Hi Dana Whitfield,

Your Mock Interview (60 min) with Ellie Harper at 08:00am (Central European Time) on Thursday, February 12, 2026 is scheduled.

Event Type:
Mock Interview (60 min)

Event Date/Time:
08:00am - 09:00am (Central European Time) on Thursday, February 12, 2026

Location:
https://us06web.zoom.us/j/81234509876

Questions:
Which interview are you preparing for?
Orbital Freight technical screen (Thursday afternoon)

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/b71c3e5a-9d2f-4a6b-8e0c-4f6a8c0e2a4c
Reschedule: https://calendly.com/reschedulings/b71c3e5a-9d2f-4a6b-8e0c-4f6a8c0e2a4c

Powered by Calendly.com
"""

msg(
    "calendly-coach-1",
    """
    From: Calendly <notifications@calendly.com>
    Reply-To: Ellie Harper <ellie@harpercoaching.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Confirmed: Mock Interview (60 min) with Ellie Harper on Thursday,
     February 12, 2026
    Date: Mon, 9 Feb 2026 20:14:55 +0000
    Message-ID: <698a3c1f5e7d2_4c5d6e7f8091a2b3@calendly-mailer-7d9f8.mail>
    Auto-Submitted: auto-generated
    X-Mailer: Calendly
    """,
    mixed(
        alt(text(UC5_TEXT), html(auto_html(UC5_TEXT, "font-family:Helvetica,Arial,sans-serif;color:#1a1a1a"))),
        cal_file(UC5_ICS, "invite.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        company=None,
        notes="Calendly booking of a MOCK interview with a paid career coach: identical shape to a real Calendly confirmation, and it even names Orbital Freight. Not a hiring event.",
    ),
)

msg(
    "podcast-1",
    """
    From: Ravi Menon <ravi@pipelinepod.example>
    To: dana.whitfield@example.org
    Subject: Interview invitation: The Pipeline Podcast
    Date: Wed, 11 Feb 2026 13:37:02 +0000
    Message-ID: <CAR7vB9nM1qW3eR5tY7uI9oP1aS3dF5gH7j@mail.gmail.com>
    MIME-Version: 1.0
    """,
    text(
        """
        Hi Dana,

        I host The Pipeline Podcast, a fortnightly show about data engineering in practice. I really enjoyed your talk on exactly-once processing at DataConf Berlin and would love to interview you for an episode!

        Recording takes about 45 minutes over Riverside. Would any of these work for you?
        - Tuesday 24 February, 17:00 CET
        - Thursday 26 February, 18:00 CET

        Or pick a time here: https://calendly.com/pipelinepod/guest-recording

        Cheers,
        Ravi
        """
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="'Interview invitation' in the subject, slots and a Calendly link – for a podcast, not a job.",
    ),
)

msg(
    "journalist-1",
    """
    From: Miriam Engel <m.engel@hauptstadt-kurier.example>
    To: dana.whitfield@example.org
    Subject: Interviewanfrage: Frauen in der Softwareentwicklung
    Date: Tue, 17 Feb 2026 10:05:48 +0100
    Message-ID: <6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0@hauptstadt-kurier.example>
    MIME-Version: 1.0
    """,
    text(
        """
        Sehr geehrte Frau Whitfield,

        ich bin Redakteurin im Wirtschaftsressort des Hauptstadt-Kuriers und arbeite an einem Beitrag über Frauen in der Softwareentwicklung in Berlin. Ihr Vortrag auf der DataConf wurde mir empfohlen.

        Hätten Sie Zeit für ein etwa 30-minütiges Interview, gerne telefonisch, am Donnerstag, 19. Februar, um 14:00 Uhr? Das Gespräch würde ich vorab zur Autorisierung vorlegen.

        Mit freundlichen Grüßen
        Miriam Engel
        Redaktion Wirtschaft | Hauptstadt-Kurier
        """
    ),
    L(
        "unrelated_calendar",
        language="de",
        hard_negative=True,
        notes="Press interview request with a concrete time: 'Interview' in the journalistic sense.",
    ),
)

UC8_TEXT = """
Afterwork anciens élèves – promo 2016 🍷
jeudi 19 février 2026 ⋅ 19:00 – 22:00
heure normale d’Europe centrale - Paris

Le Syndicat, 51 rue du Faubourg Saint-Denis, 75010 Paris

On se retrouve enfin ! Dana, tu es de passage à Paris ce jour-là, non ?

Invités
Camille Dupont - organisateur
dana.whitfield@example.org

Répondre pour dana.whitfield@example.org

Invitation de Google Agenda
"""

msg(
    "gcal-afterwork-1",
    """
    Reply-To: Camille Dupont <camille.dupont.perso@example.net>
    Sender: Google Agenda <calendar-notification@google.com>
    Auto-Submitted: auto-generated
    Message-ID: <calendar-8c0e2a4c-6e8a-4c0e-a2c4-e6a8c0e2a4c6@google.com>
    Date: Sat, 07 Feb 2026 10:22:13 +0000
    Subject: =?UTF-8?Q?Invitation=C2=A0=3A_Afterwork_anciens_=C3=A9l=C3=A8ves_=E2=80=93_pr?=
     =?UTF-8?Q?omo_2016_=F0=9F=8D=B7_=40_jeu=2E_19_f=C3=A9vr=2E_2026_19=3A00_=2D_22?=
     =?UTF-8?Q?=3A00_=28CET=29_=28dana=2Ewhitfield=40example=2Eorg=29?=
    From: Camille Dupont <camille.dupont.perso@example.net>
    To: dana.whitfield@example.org
    """,
    mixed(
        alt(
            text(UC8_TEXT, charset="UTF-8", quote_charset=False, cte="base64"),
            html(auto_html(UC8_TEXT), charset="UTF-8", quote_charset=False),
            cal_inline(gcal_invite_ics("0c2e4g6i8k0m2o4q6s8u0w2y4a", "20260219T180000Z", "20260219T210000Z", "Afterwork anciens élèves – promo 2016 🍷", ("Camille Dupont", "camille.dupont.perso@example.net"), "20260207T102213Z"), "REQUEST", cte="7bit", charset="UTF-8"),
        ),
        cal_file(gcal_invite_ics("0c2e4g6i8k0m2o4q6s8u0w2y4a", "20260219T180000Z", "20260219T210000Z", "Afterwork anciens élèves – promo 2016 🍷", ("Camille Dupont", "camille.dupont.perso@example.net"), "20260207T102213Z"), "invite.ics", "application/ics"),
    ),
    L(
        "unrelated_calendar",
        language="fr",
        hard_negative=True,
        notes="French Google Calendar invite (METHOD:REQUEST) for an alumni evening; the organiser's first name is also the Maison Lavande recruiter's.",
    ),
)

UC9_TEXT = """
Cena de cumpleaños de Marta 🎂
sábado, 14 de marzo de 2026 ⋅ 21:00 – 23:30
Hora central europea - Berlín

Tapas Bar Sol, Pannierstraße 31, 12047 Berlin

¡Sorpresa! No le digáis nada a Marta. Reservado a nombre de Lucas.

Invitados
Lucas Fernández - organizador
dana.whitfield@example.org

Invitación de Google Calendar
"""

msg(
    "gcal-birthday-1",
    """
    Reply-To: Lucas =?UTF-8?Q?Fern=C3=A1ndez?= <lucas.fernandez@example.net>
    Sender: Google Calendar <calendar-notification@google.com>
    Auto-Submitted: auto-generated
    Message-ID: <calendar-a4c6e8a0-c2e4-4a6c-8e0a-2c4e6a8c0e2a@google.com>
    Date: Sun, 01 Mar 2026 19:47:30 +0000
    Subject: =?UTF-8?Q?Invitaci=C3=B3n=3A_Cena_de_cumplea=C3=B1os_de_Marta_=F0=9F=8E=82_?=
     =?UTF-8?Q?=40_s=C3=A1b_14_mar_2026_21=3A00_=2D_23=3A30_=28CET=29_=28dana=2Ewhi?=
     =?UTF-8?Q?tfield=40example=2Eorg=29?=
    From: Lucas =?UTF-8?Q?Fern=C3=A1ndez?= <lucas.fernandez@example.net>
    To: dana.whitfield@example.org
    """,
    mixed(
        alt(
            text(UC9_TEXT, charset="UTF-8", quote_charset=False, cte="base64"),
            html(auto_html(UC9_TEXT), charset="UTF-8", quote_charset=False),
            cal_inline(gcal_invite_ics("2e4g6i8k0m2o4q6s8u0w2y4a6c", "20260314T200000Z", "20260314T223000Z", "Cena de cumpleaños de Marta 🎂", ("Lucas Fernández", "lucas.fernandez@example.net"), "20260301T194730Z"), "REQUEST", cte="7bit", charset="UTF-8"),
        ),
        cal_file(gcal_invite_ics("2e4g6i8k0m2o4q6s8u0w2y4a6c", "20260314T200000Z", "20260314T223000Z", "Cena de cumpleaños de Marta 🎂", ("Lucas Fernández", "lucas.fernandez@example.net"), "20260301T194730Z"), "invite.ics", "application/ics"),
    ),
    L(
        "unrelated_calendar",
        language="es",
        hard_negative=True,
        notes="Spanish Google Calendar invite for a birthday dinner.",
    ),
)

UC10_ICS = f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{vtz("W. Europe Standard Time")}
BEGIN:VEVENT
ORGANIZER;CN=Nina Hoffmann:mailto:nina@codebridge-berlin.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dana Whitfield:mailto:dana.whitfield@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Leyla Aydin:mailto:leyla.aydin@example.net
DESCRIPTION;LANGUAGE=en-US:Applicant interview for the spring cohort. You are the interviewer\\; Leyla is the applicant. Scoring sheet attached in the volunteer drive.\\n
UID:040000008200E00074C5B7101A82E00800000000E1A4C7F0B3A9DC010000000000000000100000009B1D3F5A7C9E1B3D5F7A9C1E3B5D7F9A
SUMMARY;LANGUAGE=en-US:Applicant interview – Leyla Aydin (you: interviewer)
DTSTART;TZID=W. Europe Standard Time:20260224T183000
DTEND;TZID=W. Europe Standard Time:20260224T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260216T091002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""

UC10_TEXT = """
Hi Dana,

Thanks so much for volunteering again this cohort! Here's your first applicant interview slot. Leyla is switching careers from nursing – her application is in the shared drive. Please fill in the scoring sheet by the end of the week.

Nina
Code Bridge Berlin e.V. – volunteer coordination

________________________________________________________________________________
Microsoft Teams meeting
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y29kZWJyaWRnZS1mYWtl%40thread.v2/0>
Meeting ID: 381 220 415 908
Passcode: cB7q2K
________________________________________________________________________________
"""

msg(
    "codebridge-1",
    """
    From: Nina Hoffmann <nina@codebridge-berlin.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    CC: Leyla Aydin <leyla.aydin@example.net>
    Subject: =?utf-8?Q?Applicant_interview_=E2=80=93_Leyla_Aydin_=28you=3A_interviewer?=
     =?utf-8?Q?=29?=
    Date: Mon, 16 Feb 2026 09:10:04 +0000
    Message-ID: <FR3P281MB1234A5B6C7D8E9F0A1B2C3D4E5F60@FR3P281MB1234.DEUP281.PROD.OUTLOOK.COM>
    Content-Language: en-US
    X-MS-Has-Attach:
    X-MS-TNEF-Correlator:
    """,
    alt(
        text(UC10_TEXT),
        html(auto_html(UC10_TEXT, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
        cal_inline(UC10_ICS, "REQUEST"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="Teams interview invite in which DANA is the interviewer (volunteering at a coding bootcamp). An interview, but not about her job search.",
    ),
    crlf=True,
)

msg(
    "buergeramt-1",
    """
    From: =?UTF-8?Q?B=C3=BCrgeramt_Berlin_=E2=80=93_Terminvereinbarung?= <noreply@berlin.example>
    To: dana.whitfield@example.org
    Subject: =?UTF-8?Q?Ihre_Terminbest=C3=A4tigung_=E2=80=93_Vorgangsnummer_28817731?=
    Date: Fri, 23 Jan 2026 07:55:02 +0100
    Message-ID: <termin.28817731.20260123@service.berlin.example>
    Auto-Submitted: auto-generated
    """,
    text(
        """
        Sehr geehrte Frau Whitfield,

        hiermit bestätigen wir Ihren Termin:

        Dienstleistung: Anmeldung einer Wohnung
        Standort: Bürgeramt Friedrichshain, Frankfurter Allee 35/37, 10247 Berlin
        Datum: Mittwoch, 28.01.2026
        Uhrzeit: 09:40 Uhr
        Vorgangsnummer: 28817731

        Bitte bringen Sie zur Vorsprache Ihren Personalausweis oder Reisepass sowie die Wohnungsgeberbestätigung mit. Sollten Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte ab.

        Mit freundlichen Grüßen
        Ihr Bürgeramt
        """,
        charset="ISO-8859-15",
        cte="quoted-printable",
    ),
    L(
        "unrelated_calendar",
        language="de",
        hard_negative=True,
        notes="Government appointment confirmation ('Terminbestätigung', 'Vorsprache'). ISO-8859-15 body.",
    ),
)

UC12_ICS = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eversports//Booking//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:eversports-booking-99314420@eversports.com
DTSTAMP:20260224T150211Z
DTSTART:20260225T173000Z
DTEND:20260225T184500Z
SUMMARY:Vinyasa Flow with Maike
LOCATION:Yogaloft Kreuzberg\\, Wiener Str. 18\\, 10999 Berlin
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
"""

msg(
    "eversports-1",
    """
    From: Eversports <noreply@eversports.com>
    To: dana.whitfield@example.org
    Subject: Cancelled: Vinyasa Flow with Maike on Wed, 25 Feb at 18:30
    Date: Tue, 24 Feb 2026 15:02:11 +0000
    Message-ID: <booking.99314420.cancel@mail.eversports.com>
    Auto-Submitted: auto-generated
    List-Unsubscribe: <https://www.eversports.com/settings/notifications>
    """,
    mixed(
        alt(
            text(
                """
                Hi Dana,

                Unfortunately, your class has been cancelled by the studio:

                Vinyasa Flow with Maike
                Wednesday, 25 February 2026, 18:30 – 19:45
                Yogaloft Kreuzberg

                Your class credit has been returned to your account. We apologise for the inconvenience.

                Eversports
                """
            ),
            html(
                auto_html(
                    """
                Hi Dana,

                Unfortunately, your class has been cancelled by the studio:

                Vinyasa Flow with Maike
                Wednesday, 25 February 2026, 18:30 – 19:45
                Yogaloft Kreuzberg

                Your class credit has been returned to your account. We apologise for the inconvenience.

                Eversports
                """
                )
            ),
        ),
        cal_file(UC12_ICS, "booking.ics", "text/calendar", method="CANCEL"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="METHOD:CANCEL for a yoga class, with 'Unfortunately ... cancelled': looks like interview_cancel.",
    ),
)

UC13_ICS = """
BEGIN:VCALENDAR
PRODID:-//HubSpot//Events//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hs-event-acme-open-house-2026-03-11@hubspot.com
DTSTAMP:20260225T100003Z
DTSTART:20260311T170000Z
DTEND:20260311T183000Z
SUMMARY:Acme Robotics Engineering Open House (online)
ORGANIZER;CN=Acme Robotics Events:mailto:events@acme-robotics.example
ATTENDEE;CN=Dana Whitfield;RSVP=TRUE:mailto:dana.whitfield@example.org
DESCRIPTION:Meet the Platform team\\, hear about open roles and ask anything.
LOCATION:https://acme-robotics.zoom.us/w/99120034411
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

msg(
    "acme-event-1",
    """
    From: Acme Robotics Events <events@acme-robotics.example>
    To: dana.whitfield@example.org
    Subject: You're registered: Acme Robotics Engineering Open House, 11 March
    Date: Wed, 25 Feb 2026 11:00:03 +0100
    Message-ID: <1772013603.hs.acme.events.5d6e7f@bf1.hubspotemail.net>
    List-Unsubscribe: <https://acme-robotics.example/hs/manage-preferences/unsubscribe?d=eyJ>
    List-Unsubscribe-Post: List-Unsubscribe=One-Click
    Precedence: bulk
    X-HS-Cid: 4f7a2c91
    """,
    mixed(
        alt(
            text(
                """
                Hi Dana,

                Thanks for registering for the Acme Robotics Engineering Open House!

                Wednesday, 11 March 2026, 18:00–19:30 CET (online)

                Meet the Platform team, hear from Jonas Becker about how we interview and what we look for, and ask us anything about our open roles.

                Join link: https://acme-robotics.zoom.us/w/99120034411
                A calendar invitation is attached.

                See you there,
                The Acme Robotics Talent Team
                """
            ),
            html(
                auto_html(
                    """
                Hi Dana,

                Thanks for registering for the Acme Robotics Engineering Open House!

                Wednesday, 11 March 2026, 18:00–19:30 CET (online)

                Meet the Platform team, hear from Jonas Becker about how we interview and what we look for, and ask us anything about our open roles.

                Join link: https://acme-robotics.zoom.us/w/99120034411
                A calendar invitation is attached.

                See you there,
                The Acme Robotics Talent Team
                """
                )
            ),
        ),
        cal_file(UC13_ICS, "invite.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        company=None,
        notes="A METHOD:REQUEST invite FROM a company in Dana's pipeline (after it rejected her), with her former interviewer's name – but a marketing event with bulk headers.",
    ),
)

# =========================================================================== personal

msg(
    "personal-1",
    """
    From: Priti Shah <priti.shah@example.net>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: sooo??
    Date: Wed, 21 Jan 2026 12:14:09 +0100
    Message-ID: <CAP3sH9a1kL2zX4cV6bN8mQ0wE2rT4yU6iO@mail.gmail.com>
    MIME-Version: 1.0
    """,
    text(
        """
        How did the interview go?? Did they ask the system design stuff you were worried about?

        Drinks Friday to celebrate (or commiserate)? 19:00 at the usual place 🍸

        P.
        """
    ),
    L(
        "personal",
        hard_negative=True,
        notes="A friend asking about the Acme interview and proposing a time for drinks.",
    ),
)

msg(
    "personal-2",
    """
    From: Mama <ingrid.whitfield@example.net>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Morgen!
    Date: Mon, 26 Jan 2026 20:31:44 +0100
    Message-ID: <1a2b3c4d5e6f.7a8b9c0d@webmail.example.net>
    MIME-Version: 1.0
    X-Mailer: GMX Freemail
    """,
    text(
        """
        Liebe Dana,

        ganz viel Glück morgen bei deinem Vorstellungsgespräch in Hamburg! Du schaffst das. Ruf mich danach an, ja? Papa lässt grüßen.

        Und vergiss nicht: Sonntag ist Omas Geburtstag, 15 Uhr Kaffee und Kuchen.

        Hab dich lieb
        Mama
        """,
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    L(
        "personal",
        language="de",
        hard_negative=True,
        notes="Mother wishing luck for 'Vorstellungsgespräch'; also a Sunday 15:00 family appointment.",
    ),
)

msg(
    "personal-3",
    """
    From: =?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez?= <lufernandez@example.net>
    To: Dana <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?=C2=BFQu=C3=A9_tal_la_entrevista=3F?=
    Date: Tue, 3 Mar 2026 21:12:50 +0100
    Message-ID: <CAFnD7x2mK9vB1nQ3zR5tY7uI9oP1aS3dF5@mail.gmail.com>
    MIME-Version: 1.0
    """,
    text(
        """
        ¡Hola guapa!

        ¿Qué tal la entrevista con Cobalto? Lucas me dijo que era esta mañana. ¡Cuéntamelo todo!

        Por cierto, el sábado 14 es la cena sorpresa de Marta, ¿vienes?

        Besos,
        Lucía
        """,
        cte="8bit",
    ),
    L(
        "personal",
        language="es",
        hard_negative=True,
        notes="A friend (whose first name equals the Cobalto recruiter's) asks about the Cobalto interview.",
    ),
)

msg(
    "personal-4",
    """
    From: Anja Keller <anja.keller@spreewerk.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Re: Reference for Lumen Health
    Date: Tue, 17 Feb 2026 19:08:22 +0100
    Message-ID: <CAK1eL3r5tY7uI9oP1aS3dF5gH7jK9lZ1xC@mail.gmail.com>
    In-Reply-To: <b3d5f7a9-1c3e-4a5c-9e7a-1c3e5a7c9e1b@example.org>
    References: <b3d5f7a9-1c3e-4a5c-9e7a-1c3e5a7c9e1b@example.org>
    MIME-Version: 1.0
    """,
    text(
        """
        Hi Dana,

        Of course! The Xref questionnaire from Lumen arrived this morning and I've already filled it in – I said only nice things, promise :)

        They said the hiring manager might also want a quick call with me next week, which is totally fine.

        Fingers crossed for the offer!
        Anja
        """
    ),
    L(
        "personal",
        hard_negative=True,
        company=None,
        notes="Dana's former manager about the reference she gave: references, 'offer', 'next week' – but a personal message, not from the hiring company.",
    ),
)

msg(
    "personal-5",
    """
    From: Margaux Petit <margaux.petit@example.net>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Samedi ?
    Date: Thu, 12 Mar 2026 09:40:31 +0100
    Message-ID: <CAMp4rG6hJ8kL0zX2cV4bN6mQ8wE0rT2yU4@mail.gmail.com>
    MIME-Version: 1.0
    """,
    text(
        """
        Coucou Dana,

        Je suis à Berlin ce week-end avec Hugo ! On se fait un brunch samedi ? Dis-moi ce qui t'arrange.

        Bises,
        Margaux
        """
    ),
    L("personal", language="fr", notes="Easy negative: friends' brunch."),
)

# =========================================================================== other

msg(
    "order-1",
    """
    From: Buchkiste <versand@buchkiste.example>
    To: dana.whitfield@example.org
    Subject: Your order has shipped: "Cracking the Coding Interview"
    Date: Tue, 13 Jan 2026 14:55:20 +0100
    Message-ID: <ship-4471-99812@buchkiste.example>
    Auto-Submitted: auto-generated
    """,
    alt(
        text(
            """
            Hello Dana,

            Good news: your order #4471-99812 has shipped!

            1 x Cracking the Coding Interview, 6th Edition (Paperback)
            1 x System Design Interview – An Insider's Guide, Vol. 2 (Paperback)

            Estimated delivery: Thursday, 15 January, between 10:00 and 14:00 (DHL)
            Tracking: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567890

            Thanks for shopping with Buchkiste!
            """
        ),
        html(
            auto_html(
                """
            Hello Dana,

            Good news: your order #4471-99812 has shipped!

            1 x Cracking the Coding Interview, 6th Edition (Paperback)
            1 x System Design Interview – An Insider's Guide, Vol. 2 (Paperback)

            Estimated delivery: Thursday, 15 January, between 10:00 and 14:00 (DHL)
            Tracking: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567890

            Thanks for shopping with Buchkiste!
            """
            )
        ),
    ),
    L(
        "other",
        hard_negative=True,
        notes="Shipping notice: 'Interview' in the product names, a delivery date and time window.",
    ),
)

msg(
    "dhl-1",
    """
    From: DHL Paket <noreply@dhl.de>
    To: dana.whitfield@example.org
    Subject: =?UTF-8?Q?Ihre_DHL_Sendung_kommt_am_Mittwoch=2C_11=2E02=2E2026?=
    Date: Tue, 10 Feb 2026 18:02:33 +0100
    Message-ID: <20260210170233.00340434168899001122@dhl.de>
    Auto-Submitted: auto-generated
    """,
    html(
        """
        <html><head><meta charset="utf-8"></head><body style="font-family:Delivery,Arial,sans-serif">
        <div style="background:#ffcc00;padding:12px"><b>DHL</b></div>
        <p>Hallo Dana Whitfield,</p>
        <p>Ihre Sendung 00340434168899001122 von <b>Zalanda Fashion</b> kommt voraussichtlich am <b>Mittwoch, 11.02.2026, zwischen 10:00 und 13:00 Uhr</b>.</p>
        <p>Sie sind nicht zu Hause? <a href="https://www.dhl.de/wunschzustellung">Wunschtermin oder Ablageort wählen</a></p>
        <p>Ihr DHL Team</p>
        </body></html>
        """,
        cte="quoted-printable",
    ),
    L(
        "other",
        language="de",
        hard_negative=True,
        notes="Parcel delivery window ('Wunschtermin'). HTML-only.",
    ),
)

msg(
    "bank-1",
    """
    From: Spreebank Online <service@spreebank.example>
    To: dana.whitfield@example.org
    Subject: Your February account statement is ready
    Date: Sun, 1 Mar 2026 04:12:00 +0100
    Message-ID: <stmt.202602.88120311@spreebank.example>
    Auto-Submitted: auto-generated
    """,
    text(
        """
        Dear Ms Whitfield,

        Your account statement for February 2026 is now available in online banking.

        For your security we never send attachments or ask for your PIN by email.

        Spreebank Online Service
        """,
        charset="us-ascii",
        cte="7bit",
    ),
    L("other", notes="Easy negative: bank notice."),
)

msg(
    "linkedin-receipt-1",
    """
    From: LinkedIn <billing-noreply@linkedin.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Your LinkedIn Premium Career receipt
    Date: Sat, 17 Jan 2026 03:20:11 +0000
    Message-ID: <1933201871.991201.1768620011220@ltx1-app2210.prod.linkedin.com>
    Auto-Submitted: auto-generated
    """,
    text(
        """
        Thanks for your payment, Dana.

        Premium Career (monthly)
        Amount: EUR 39.99 (incl. VAT)
        Billing date: 17 January 2026
        Next billing date: 17 February 2026
        Payment method: Visa ending in 4242

        Your Premium features include InMail credits, applicant insights and AI-powered interview prep.

        Manage your subscription: https://www.linkedin.com/premium/manage
        LinkedIn Ireland Unlimited Company, Wilton Place, Dublin 2, Ireland.
        """
    ),
    L("other", notes="Subscription receipt (mentions 'interview prep' in passing)."),
)

raw(
    "bahn-1",
    dd(
        """
    From: DB Vertrieb GmbH <buchungsbestaetigung@bahn.de>
    To: dana.whitfield@example.org
    Subject: Buchungsbestaetigung (Auftrag 7R4X2M) - Ihre Reise am 29.01.2026
    Date: Sat, 24 Jan 2026 11:42:07 +0100
    Message-ID: <7R4X2M.20260124114207@bahn.de>
    MIME-Version: 1.0
    Content-Type: multipart/mixed; boundary="=_db_7R4X2M"
    Auto-Submitted: auto-generated

    --=_db_7R4X2M
    Content-Type: text/plain; charset=iso-8859-1
    Content-Transfer-Encoding: quoted-printable

    Guten Tag Frau Whitfield,

    vielen Dank f=FCr Ihre Buchung. Ihr Online-Ticket finden Sie im Anhang.

    Hinfahrt am 29.01.2026
    Berlin Hbf       ab 06:52   Gl. 7    ICE 1001
    Hamburg Hbf      an 08:36   Gl. 13

    R=FCckfahrt am 29.01.2026
    Hamburg Hbf      ab 14:01   Gl. 14   ICE 1002
    Berlin Hbf       an 15:45   Gl. 6

    Reservierung: Wagen 7, Platz 64 (Gro=DFraum, Fenster)
    Gesamtpreis: 59,98 EUR

    Gute Reise w=FCnscht Ihnen
    Ihre Deutsche Bahn

    --=_db_7R4X2M
    Content-Type: application/pdf; name="Ticket_7R4X2M.pdf"
    Content-Transfer-Encoding: base64
    Content-Disposition: attachment; filename="Ticket_7R4X2M.pdf"

    JVBERi0xLjQKJSBEQiBUaWNrZXQgN1I0WDJNCiUlRU9GCg==

    --=_db_7R4X2M--
    """
    ),
    L(
        "other",
        language="de",
        hard_negative=True,
        notes="Train booking Berlin–Hamburg (where Nordlicht is) with dates, times and a 'Reservierung': a travel receipt, not an event.",
    ),
)

msg(
    "workday-reset-1",
    """
    From: Brightwave Analytics <brightwave@myworkday.com>
    To: dana.whitfield@example.org
    Subject: Reset your password - Brightwave Analytics Careers
    Date: Wed, 4 Mar 2026 02:14:40 -0500
    Message-ID: <771209433.8812.1772608480991@wd5-prod-mail-02.myworkday.com>
    Auto-Submitted: auto-generated
    """,
    text(
        """
        Hello Dana Whitfield,

        We received a request to reset the password for your Brightwave Analytics candidate account.

        Reset your password: https://brightwave.wd5.myworkdayjobs.com/en-US/Brightwave_Careers/passwordReset?token=kX92mQ

        This link expires in 24 hours. If you did not request a password reset, you can ignore this email.

        Brightwave Talent Acquisition
        """,
        charset="us-ascii",
        cte="7bit",
    ),
    L(
        "other",
        hard_negative=True,
        company="Brightwave Analytics",
        notes="Workday sender and company name of an active process (company is set: it concerns that application's candidate account), but a password reset. 'expires in 24 hours' is not a timeline.",
    ),
)

msg(
    "pedido-1",
    """
    From: Libros del Sur <pedidos@librosdelsur.example>
    To: dana.whitfield@example.org
    Subject: =?UTF-8?Q?Tu_pedido_n=C2=BA_55120_ha_sido_enviado?=
    Date: Fri, 6 Mar 2026 12:00:41 +0100
    Message-ID: <pedido.55120.enviado@librosdelsur.example>
    Auto-Submitted: auto-generated
    """,
    text(
        """
        ¡Hola Dana!

        Tu pedido nº 55120 ya está en camino.

        1 x «Cien años de soledad» (edición de bolsillo)

        Entrega estimada: 3-5 días laborables.

        ¡Gracias por tu compra!
        Libros del Sur
        """,
        cte="8bit",
    ),
    L(
        "other",
        language="es",
        notes="Easy negative: order shipped ('3-5 días laborables' is a delivery estimate).",
    ),
)

MENTOR_TEXT = """
Hi Dana Whitfield,

A new event has been scheduled.

Event Type:
Mentoring chat (30 min)

Invitee:
Sofia Brandão

Invitee Email:
sofia.brandao@example.net

Event Date/Time:
06:30pm - 07:00pm (Central European Time) on Wednesday, February 18, 2026

Location:
https://meet.google.com/mnt-dana-sfb

Invitee Time Zone:
Central European Time

Questions:
What would you like to talk about?
I have my first backend interview next week (a big fintech!) and would love to practise the system design part and hear how you prepare for interviews.

View event in Calendly: https://calendly.com/events/f1a3c5e7-9b2d-4f6a-8c0e-2a4c6e8f0b1d

Sent from Calendly
"""

MENTOR_ICS = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260214T112201Z
UID:f1a3c5e7-9b2d-4f6a-8c0e-2a4c6e8f0b1d@calendly.com
DTSTART:20260218T173000Z
DTEND:20260218T180000Z
SUMMARY:Sofia Brandão and Dana Whitfield
DESCRIPTION:Event Name: Mentoring chat (30 min)
LOCATION:https://meet.google.com/mnt-dana-sfb
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@example.org
ATTENDEE;CN=Sofia Brandão;RSVP=TRUE:mailto:sofia.brandao@example.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

msg(
    "calendly-2",
    """
    From: Calendly <notifications@calendly.com>
    Reply-To: =?UTF-8?Q?Sofia_Brand=C3=A3o?= <sofia.brandao@example.net>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?New_Event=3A_Sofia_Brand=C3=A3o_-_06=3A30pm_Wed=2C_Feb_18=2C_2026_-_Ment?=
     =?UTF-8?Q?oring_chat_=2830_min=29?=
    Date: Sat, 14 Feb 2026 11:22:01 +0000
    Message-ID: <69905b49c3d1e_6e7f8091a2b3c4d5@calendly-mailer-7d9f8.mail>
    Auto-Submitted: auto-generated
    X-Mailer: Calendly
    """,
    mixed(
        alt(text(MENTOR_TEXT), html(auto_html(MENTOR_TEXT, "font-family:Helvetica,Arial,sans-serif;color:#1a1a1a"))),
        cal_file(MENTOR_ICS, "invite.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="Calendly 'New Event:' host notification in exactly the shape of calendly-1, but a mentee booking a mentoring chat with Dana; the invitee's answer talks about interviews.",
    ),
)
