# ruff: noqa: E501
"""Spain and France: cordillera (Madrid, Personio in Spanish), salinas (Barcelona, Webex),
ardoise (Lyon, SmartRecruiters in French), calanque (Marseille, via a Paris agency),
sarrasin (Rennes, a CTO's own mail)."""

from __future__ import annotations

from source.lib import (
    DANA,
    L,
    alt,
    auto_html,
    cal_file,
    cal_inline,
    end_of_next_week,
    fixed,
    html,
    mid,
    mixed,
    msg,
    person,
    plus_business_days,
    plus_days,
    plus_weeks,
    quote,
    text,
    vtz,
)

from .common import b_word, q_word

# =========================================================================== cordillera (es, Madrid)
CP = "Cordillera Pagos"
CP_ROLE = "Ingeniero/a de Datos Senior (Remoto)"
LUCIA = person("Lucía Ferrer", "lucia.ferrer@cordillerapagos.example")

CP_1_TEXT = """
Hola Dana:

¡Gracias por tu interés en Cordillera Pagos! Te confirmamos que hemos recibido correctamente tu candidatura para el puesto de Ingeniero/a de Datos Senior (Remoto).

Nuestro equipo de Talento revisa personalmente cada perfil y te contestaremos antes de que pasen dos semanas, tanto si seguimos adelante como si no.

Mientras tanto, puedes conocer un poco mejor cómo trabajamos en https://cordillerapagos.example/equipo

Un saludo,
El equipo de Talento de Cordillera Pagos
Calle de Alcalá 93, 28009 Madrid

Este es un mensaje automático enviado a través de Personio: las respuestas a esta dirección no se leen.
"""

msg(
    "cordillera-1",
    f"""
    From: Cordillera Pagos <notifications@mail.personio.de>
    To: dana.whitfield@example.org
    Subject: Hemos recibido tu candidatura - {q_word("Ingeniero/a de Datos Senior (Remoto)")}
    Date: Mon, 13 Apr 2026 18:03:27 +0200
    Message-ID: <b21f7e3c.4a90.cordillera-pagos@mail.personio.de>
    Auto-Submitted: auto-generated
    """,
    alt(
        text(CP_1_TEXT),
        html(auto_html(CP_1_TEXT, "font-family:Lato,Arial,sans-serif;font-size:14px")),
    ),
    L(
        "application_ack",
        language="es",
        hard_negative=True,
        company=CP,
        role=CP_ROLE,
        decision=("antes de que pasen dos semanas", plus_weeks(2)),
        thread="cordillera",
        notes="Personio acknowledgement in Spanish; 'before two weeks have passed' = within two weeks: 13 April + 14 = 27 April. The subject mixes plain text and an encoded word.",
    ),
)

CP_2_TEXT = """
Hola Dana:

Soy Lucía Ferrer, Data Lead en Cordillera Pagos. He leído tu candidatura con mucho interés y me encantaría que charláramos un rato sobre el puesto de Ingeniero/a de Datos Senior.

Será una videollamada de 45 minutos conmigo; no hace falta preparar nada especial.

Puedes reservar directamente el hueco que mejor te venga aquí:
https://cordillera-pagos.jobs.personio.de/interview-scheduling/3f9a1c7e-55b2-4d0e-a1f8-7c2e9b4d6a10

Si ninguno te encaja, respóndeme y buscamos otro.

¡Hasta pronto!
Lucía
"""

msg(
    "cordillera-2",
    f"""
    From: {b_word("Lucía Ferrer (Cordillera Pagos)")} <notifications@mail.personio.de>
    Reply-To: {b_word("Lucía Ferrer")} <lucia.ferrer@cordillerapagos.example>
    To: dana.whitfield@example.org
    Subject: {b_word("¿Hablamos? Elige hora para tu entrevista con Cordillera Pagos")}
    Date: Wed, 22 Apr 2026 10:31:05 +0200
    Message-ID: <c7d02a91.5b11.cordillera-pagos@mail.personio.de>
    """,
    alt(
        text(CP_2_TEXT),
        html(auto_html(CP_2_TEXT, "font-family:Lato,Arial,sans-serif;font-size:14px")),
    ),
    L(
        "interview_invite",
        language="es",
        company=CP,
        role="Ingeniero/a de Datos Senior",
        interviewers=[LUCIA],
        thread="cordillera",
        notes="Personio self-scheduling link sent in the hiring manager's own words; no time yet. She conducts it ('conmigo'); her address is in Reply-To.",
    ),
)

CP_3_TEXT = """
Hola Dana:

Tu entrevista para el puesto de Ingeniero/a de Datos Senior (Remoto) en Cordillera Pagos ha quedado reservada.

Fecha: martes, 5 de mayo de 2026
Hora: 16:30 - 17:15 (hora peninsular española, CEST)
Con: Lucía Ferrer
Dónde: Google Meet - https://meet.google.com/cdp-hvxe-tna

Te adjuntamos una invitación de calendario. Si necesitas cambiar la hora, usa el enlace de tu reserva.

Equipo de Talento de Cordillera Pagos

Enviado a través de Personio
"""

CP_3_ICS = f"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting Scheduling//ES
METHOD:REQUEST
{vtz("Europe/Madrid")}
BEGIN:VEVENT
UID:slot-0b7e4f2a-cordillera-20260505@personio.de
DTSTAMP:20260422T141244Z
DTSTART;TZID=Europe/Madrid:20260505T163000
DTEND;TZID=Europe/Madrid:20260505T171500
SUMMARY:Entrevista Cordillera Pagos – Dana Whitfield
DESCRIPTION:Ingeniero/a de Datos Senior (Remoto)\\nCon: Lucía Ferrer\\nGoogle Meet: https://meet.google.com/cdp-hvxe-tna
LOCATION:https://meet.google.com/cdp-hvxe-tna
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@cordillerapagos.example
ATTENDEE;CN=Dana Whitfield;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:dana.whitfield@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

msg(
    "cordillera-3",
    """
    From: Cordillera Pagos <notifications@mail.personio.de>
    To: dana.whitfield@example.org
    Subject: Entrevista confirmada: martes, 5 de mayo de 2026 - 16:30
    Date: Wed, 22 Apr 2026 16:12:44 +0200
    Message-ID: <e90c1d47.6c22.cordillera-pagos@mail.personio.de>
    """,
    mixed(
        alt(text(CP_3_TEXT), html(auto_html(CP_3_TEXT))),
        cal_file(CP_3_ICS, "entrevista.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "interview_confirmation",
        language="es",
        company=CP,
        role=CP_ROLE,
        interview=("2026-05-05T16:30:00+02:00", "2026-05-05T17:15:00+02:00"),
        interviewers=[LUCIA],
        thread="cordillera",
        notes="Booking confirmation after self-scheduling, with a TZID=Europe/Madrid .ics.",
    ),
)

CP_4_TEXT = """
Hola Dana:

Siento muchísimo tener que escribirte esto. Ayer Dirección decidió congelar todas las contrataciones de datos hasta después del verano, así que tengo que anular nuestra entrevista del martes 5 a las 16:30.

No tiene nada que ver contigo ni con tu perfil, que me parece de lo mejor que hemos recibido. Si la posición se reactiva en septiembre, serás la primera persona a la que escriba.

Un abrazo y perdona las molestias,
Lucía

--
Lucía Ferrer · Data Lead · Cordillera Pagos
"""

msg(
    "cordillera-4",
    f"""
    From: {b_word("Lucía Ferrer")} <lucia.ferrer@cordillerapagos.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Entrevista del martes
    Date: Thu, 30 Apr 2026 13:05:12 +0200
    Message-ID: {mid("cordillera-4", "", "gmail")}
    """,
    alt(text(CP_4_TEXT, cte="8bit"), html(auto_html(CP_4_TEXT), cte="8bit")),
    L(
        "interview_cancel",
        language="es",
        company=CP,
        interview=("2026-05-05T16:30:00+02:00", None),
        interviewers=[LUCIA],
        thread="cordillera",
        notes="Hiring frozen 'hasta después del verano': the interview is cancelled, the application is not rejected (README: on hold cancels). The text names the start only ('martes 5 a las 16:30'), so end is null. 'hasta después del verano' and 'en septiembre' are no decision dates.",
    ),
)

# =========================================================================== salinas (es, Barcelona, Webex)
SA = "Salinas Analytics"
SA_ROLE = "Data Engineer Senior"
JORDI = person("Jordi Puigvert", "jordi.puigvert@salinas-analytics.example")
MARTA = person("Marta Roig", "marta.roig@salinas-analytics.example")
SA_UID = "7e3f2a10c4b84e09a6d1salinas@salinas-analytics.webex.com"


def sa_ics(seq: int, start: str, end: str, stamp: str) -> str:
    return f"""
BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//ES
VERSION:2.0
METHOD:REQUEST
{vtz("Europe/Madrid")}
BEGIN:VEVENT
UID:{SA_UID}
DTSTAMP:{stamp}
DTSTART;TZID=Europe/Madrid:{start}
DTEND;TZID=Europe/Madrid:{end}
SEQUENCE:{seq}
SUMMARY:Entrevista técnica – Dana Whitfield (Data Engineer Senior)
LOCATION:https://salinas-analytics.webex.com/salinas-analytics/j.php?MTID=m3f0c2a9e1b
ORGANIZER;CN=Jordi Puigvert:mailto:jordi.puigvert@salinas-analytics.example
ATTENDEE;CN=Marta Roig;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marta.roig@salinas-analytics.example
ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dana.whitfield@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""


WEBEX_ES = """
Entrar a la reunión
https://salinas-analytics.webex.com/salinas-analytics/j.php?MTID=m3f0c2a9e1b

Número de reunión (código de acceso): 2743 118 6620
Contraseña de la reunión: Dw26salinas

Entrar por vídeo
27431186620@salinas-analytics.webex.com

Unirse por teléfono
+34-91-790-0118 España (Madrid) Peaje
Código de acceso: 2743 118 6620

Si es el organizador, inicie su reunión aquí: https://salinas-analytics.webex.com/salinas-analytics/j.php?MTID=host

Webex es una marca registrada de Cisco Systems, Inc.
"""

SA_1_TEXT = (
    """
Mensaje del organizador: Hola Dana: tal como hablamos ayer por teléfono, te envío la invitación para la entrevista técnica. Estaremos Marta Roig y yo. ¡Hasta el martes! Jordi

Jordi Puigvert le invita a esta reunión de Webex.

Entrevista técnica – Dana Whitfield (Data Engineer Senior)
Organizador: Jordi Puigvert
martes, 28 de abril de 2026 11:00 | (UTC+02:00) Bruselas, Copenhague, Madrid, París | 1 hora
"""
    + WEBEX_ES
)

msg(
    "salinas-1",
    f"""
    From: "Jordi Puigvert (a través de Webex)" <messenger@webex.com>
    Reply-To: jordi.puigvert@salinas-analytics.example
    To: dana.whitfield@example.org
    Subject: {q_word("Reunión programada: Entrevista técnica – Dana Whitfield (Data Engineer Senior)")}
    Date: Fri, 17 Apr 2026 12:00:31 +0200
    Message-ID: <1455870031.11842.1776420031422@webex.com>
    """,
    alt(
        text(SA_1_TEXT),
        cal_inline(sa_ics(0, "20260428T110000", "20260428T120000", "20260417T100031Z"), "REQUEST"),
    ),
    L(
        "interview_confirmation",
        language="es",
        company=SA,
        role=SA_ROLE,
        interview=("2026-04-28T11:00:00+02:00", "2026-04-28T12:00:00+02:00"),
        interviewers=[JORDI, MARTA],
        thread="salinas",
        notes="Webex meeting invitation sent by the host after a phone agreement ('tal como hablamos ayer'): confirmation. The host interviews ('Estaremos Marta Roig y yo'); his address is in Reply-To. Duration '1 hora'.",
    ),
)

SA_2_TEXT = (
    """
Jordi Puigvert ha cambiado la siguiente reunión de Webex.

Mensaje del organizador: Dana, Marta tiene que estar el martes en un cliente; lo pasamos al jueves a las 12. ¡Perdona el cambio!

Entrevista técnica – Dana Whitfield (Data Engineer Senior)
Organizador: Jordi Puigvert
jueves, 30 de abril de 2026 12:00 | (UTC+02:00) Bruselas, Copenhague, Madrid, París | 1 hora
"""
    + WEBEX_ES
)

msg(
    "salinas-2",
    f"""
    From: "Jordi Puigvert (a través de Webex)" <messenger@webex.com>
    Reply-To: jordi.puigvert@salinas-analytics.example
    To: dana.whitfield@example.org
    Subject: {q_word("Reunión actualizada: Entrevista técnica – Dana Whitfield (Data Engineer Senior)")}
    Date: Fri, 24 Apr 2026 09:30:02 +0200
    Message-ID: <1455870031.11907.1776929402188@webex.com>
    """,
    alt(
        text(SA_2_TEXT),
        cal_inline(sa_ics(1, "20260430T120000", "20260430T130000", "20260424T073002Z"), "REQUEST"),
    ),
    L(
        "interview_reschedule",
        language="es",
        company=SA,
        role=SA_ROLE,
        interview=("2026-04-30T12:00:00+02:00", "2026-04-30T13:00:00+02:00"),
        interviewers=[JORDI, MARTA],
        thread="salinas",
        notes="Webex 'Reunión actualizada' with SEQUENCE 1; the new slot. Marta is named in the note, the attendee list and the .ics.",
    ),
)

SA_3_MID = mid("salinas-3", "", "gmail")
SA_3_TEXT = """
Hola Dana:

¡Enhorabuena! Marta y yo salimos muy contentos de la entrevista técnica del jueves y queremos que pases a la última fase: una conversación con nuestra directora de tecnología, Montserrat Vidal.

Montse está de viaje esta semana y la que viene, así que su asistente te escribirá para cuadrar agenda en cuanto vuelva. Nuestra idea es cerrar el proceso a mediados de junio.

Un abrazo,
Jordi

Jordi Puigvert
Head of Data · Salinas Analytics
Carrer de Pujades 77, 08005 Barcelona
"""

msg(
    "salinas-3",
    f"""
    From: Jordi Puigvert <jordi.puigvert@salinas-analytics.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Siguiente paso - Data Engineer Senior
    Date: Mon, 04 May 2026 17:10:48 +0200
    Message-ID: {SA_3_MID}
    """,
    alt(text(SA_3_TEXT), html(auto_html(SA_3_TEXT))),
    L(
        "next_round",
        language="es",
        company=SA,
        role=SA_ROLE,
        interviewers=[person("Montserrat Vidal", None)],
        decision=("a mediados de junio", fixed("2026-06-15")),
        thread="salinas",
        notes="She advances to a final conversation without a time ('su asistente te escribirá'). 'cerrar el proceso a mediados de junio' is the company's decision horizon: mid-month = the 15th (README). 'esta semana y la que viene' is the CTO's travel, not a decision time.",
    ),
)

SA_4_TEXT = """
Gracias por tu correo.

Estoy de vacaciones hasta el viernes 8 de mayo (incluido) y sin acceso regular al correo. Si es urgente, escribe a talento@salinas-analytics.example y te responderán lo antes posible.

Jordi Puigvert
"""

msg(
    "salinas-4",
    f"""
    From: Jordi Puigvert <jordi.puigvert@salinas-analytics.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?Respuesta_autom=C3=A1tica=3A_Re=3A_Siguiente_paso_-_Data_Engineer_Senior?=
    Date: Tue, 05 May 2026 08:00:12 +0200
    Message-ID: {mid("salinas-4", "", "gmail")}
    In-Reply-To: {mid("salinas-dana-reply", "", "gmail")}
    Auto-Submitted: auto-replied
    Precedence: bulk
    """,
    text(SA_4_TEXT),
    L(
        "out_of_office",
        language="es",
        hard_negative=True,
        company=SA,
        role=SA_ROLE,
        return_date="2026-05-11",
        thread="salinas",
        notes="Vacation reply to Dana's answer (not in the corpus). 'hasta el viernes 8 de mayo (incluido)' is the last day away: back on the next business day, Monday 11 May.",
    ),
)

# =========================================================================== ardoise (fr, Lyon)
AR = "Ardoise Analytics"
AR_ROLE = "Data Engineer Senior (H/F)"
ELODIE = person("Élodie Marchand", "elodie.marchand@ardoise-analytics.example")
ELODIE_ADDR = f"{b_word('Élodie Marchand')} <elodie.marchand@ardoise-analytics.example>"
AR_2_MID = "<sr.msg.7a1c90e3@smartrecruiters.com>"
AR_3_MID = mid("ardoise-3", "", "gmail")
AR_4_MID = mid("ardoise-4", "", "outlook")

AR_1_TEXT = """
Bonjour Dana,

Merci d'avoir postulé au poste de Data Engineer Senior (H/F) chez Ardoise Analytics. Nous vous confirmons la bonne réception de votre dossier.

Chaque candidature est lue par une personne de notre équipe, et non par un algorithme. Nous reviendrons vers vous sous 10 jours ouvrés, quelle que soit l'issue.

Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat :
https://jobs.smartrecruiters.com/ArdoiseAnalytics/candidate-portal

À très bientôt,
L'équipe Talents d'Ardoise Analytics
12 quai Rambaud, 69002 Lyon

Propulsé par SmartRecruiters
"""

msg(
    "ardoise-1",
    """
    From: Ardoise Analytics <noreply@smartrecruiters.com>
    To: dana.whitfield@example.org
    Subject: Votre candidature chez Ardoise Analytics
    Date: Tue, 14 Apr 2026 09:12:38 +0200
    Message-ID: <sr.msg.3f0b2d71@smartrecruiters.com>
    Auto-Submitted: auto-generated
    """,
    alt(
        text(AR_1_TEXT),
        html(
            auto_html(AR_1_TEXT, "font-family:'Open Sans',Arial,sans-serif;font-size:14px"),
            cte="base64",
        ),
    ),
    L(
        "application_ack",
        language="fr",
        hard_negative=True,
        company=AR,
        role=AR_ROLE,
        decision=("sous 10 jours ouvrés", plus_business_days(10)),
        thread="ardoise",
        notes="SmartRecruiters acknowledgement in French with a review time in business days: 14 April + 10 = 28 April (no French or Berlin holiday in between).",
    ),
)

AR_2_TEXT = """
Bonjour Dana,

Je suis Élodie, chargée de recrutement chez Ardoise Analytics. Votre parcours nous a beaucoup plu et j'aimerais vous proposer un premier échange téléphonique d'une trentaine de minutes, pour vous présenter l'équipe et mieux comprendre ce que vous recherchez.

Voici mes disponibilités :
- mardi 28 avril à 10h00
- mercredi 29 avril à 15h00
- jeudi 30 avril à 11h30

Il vous suffit de me répondre en indiquant le créneau qui vous convient (heure de Paris, donc la même qu'à Berlin).

Belle journée,
Élodie Marchand
Chargée de recrutement - Ardoise Analytics

Ce message vous a été envoyé via SmartRecruiters.
"""

msg(
    "ardoise-2",
    f"""
    From: {b_word("Élodie Marchand via SmartRecruiters")} <noreply@smartrecruiters.com>
    Reply-To: {ELODIE_ADDR}
    To: dana.whitfield@example.org
    Subject: Ardoise Analytics - prenons 30 minutes pour faire connaissance
    Date: Mon, 20 Apr 2026 14:40:09 +0200
    Message-ID: {AR_2_MID}
    """,
    alt(text(AR_2_TEXT), html(auto_html(AR_2_TEXT))),
    L(
        "interview_invite",
        language="fr",
        company=AR,
        interviewers=[ELODIE],
        thread="ardoise",
        notes="A recruiter phone screen with three proposed slots: invite, no fixed time. The recruiter conducts it, so she is the interviewer. Role not named in this message.",
    ),
)

AR_3_TEXT = """
Bonjour Élodie,

Merci encore pour notre échange de ce matin. J'ai beaucoup apprécié votre présentation de l'équipe Data et du projet de migration vers Snowflake, qui correspond exactement à ce que j'ai envie de faire dans les prochaines années.

Je reste bien sûr disponible pour la suite du processus.

Bien cordialement,
Dana Whitfield
"""

msg(
    "ardoise-3",
    f"""
    From: {DANA}
    To: {ELODIE_ADDR}
    Subject: =?UTF-8?Q?Merci_pour_notre_=C3=A9change?=
    Date: Thu, 30 Apr 2026 17:20:41 +0200
    Message-ID: {AR_3_MID}
    """,
    alt(text(AR_3_TEXT), html(auto_html(AR_3_TEXT))),
    L(
        "user_sent",
        language="fr",
        hard_negative=True,
        company=AR,
        thread="ardoise",
        notes="Dana's thank-you after the phone screen, a new message (no References).",
    ),
)

AR_4_TEXT = """
Bonjour Dana,

Merci pour votre message, le plaisir était partagé !

Avant de vous présenter à Guillaume, notre responsable Data, j'aurais besoin de deux informations :
- vos prétentions salariales (fixe brut annuel) ;
- la durée de votre préavis actuel.

Si vous pouviez également m'envoyer votre CV en version française, ce serait parfait pour Guillaume.

Nous reviendrons vers vous courant de la semaine prochaine pour vous dire si nous poursuivons.

Bien à vous,
Élodie

Élodie Marchand
Chargée de recrutement - Ardoise Analytics
06 71 48 22 90

De : Dana Whitfield <dana.whitfield@example.org>
Envoyé : jeudi 30 avril 2026 17:20
À : Élodie Marchand <elodie.marchand@ardoise-analytics.example>
Objet : Merci pour notre échange

Bonjour Élodie,

Merci encore pour notre échange de ce matin. J'ai beaucoup apprécié votre présentation de l'équipe Data et du projet de migration vers Snowflake, qui correspond exactement à ce que j'ai envie de faire dans les prochaines années.
"""

msg(
    "ardoise-4",
    f"""
    From: {ELODIE_ADDR}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?iso-8859-1?Q?RE=A0=3A_Merci_pour_notre_=E9change?=
    Date: Mon, 04 May 2026 10:05:17 +0200
    Message-ID: {AR_4_MID}
    In-Reply-To: {AR_3_MID}
    References: {AR_3_MID}
    Content-Language: fr-FR
    """,
    alt(
        text(AR_4_TEXT, charset="iso-8859-1"),
        html(auto_html(AR_4_TEXT, "font-family:Calibri,sans-serif;font-size:11pt")),
    ),
    L(
        "info_request",
        language="fr",
        company=AR,
        decision=("courant de la semaine prochaine", end_of_next_week()),
        thread="ardoise",
        notes="Asks for salary expectations, notice period and a French CV. 'Nous reviendrons vers vous courant de la semaine prochaine pour vous dire si nous poursuivons' is when they decide: Friday of next week, 15 May. Outlook 'RE :' with a no-break space in an ISO-8859-1 encoded word.",
    ),
)

AR_5_TEXT = """
Bonjour,

Je suis actuellement absente et serai de retour le mardi 12 mai. Pendant mon absence, vous pouvez contacter l'équipe à l'adresse talents@ardoise-analytics.example.

Cordialement,
Élodie Marchand
"""

msg(
    "ardoise-5",
    f"""
    From: {ELODIE_ADDR}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?iso-8859-1?Q?R=E9ponse_automatique=A0=3A_RE=A0=3A_Merci_pour_notre_=E9change?=
    Date: Tue, 05 May 2026 08:30:55 +0200
    Message-ID: {mid("ardoise-5", "", "outlook")}
    Auto-Submitted: auto-replied
    X-Auto-Response-Suppress: All
    """,
    text(AR_5_TEXT, charset="iso-8859-1"),
    L(
        "out_of_office",
        language="fr",
        hard_negative=True,
        company=AR,
        return_date="2026-05-12",
        thread="ardoise",
        notes="Outlook automatic reply to Dana's answer (with her salary and notice period, not in the corpus).",
    ),
)

AR_6_TEXT = """
Bonjour Dana,

Je tenais à vous répondre personnellement. Guillaume a étudié votre dossier avec attention et nous avons beaucoup hésité ; nous avons finalement choisi de poursuivre avec une personne qui a déjà mené une migration Snowflake de bout en bout dans le secteur bancaire, ce qui pèsera lourd pour les douze prochains mois.

Ce n'est donc pas une question de qualité de votre profil, et j'espère sincèrement que nos chemins se recroiseront.

Très bonne continuation,
Élodie
"""

msg(
    "ardoise-6",
    f"""
    From: {ELODIE_ADDR}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Votre candidature - Data Engineer Senior (H/F)
    Date: Wed, 20 May 2026 11:15:26 +0200
    Message-ID: {mid("ardoise-6", "", "outlook")}
    """,
    text(AR_6_TEXT, cte="base64"),
    L(
        "rejection",
        language="fr",
        company=AR,
        role=AR_ROLE,
        thread="ardoise",
        notes="Personal rejection without 'regret' or 'malheureusement': they continue with someone else.",
    ),
)

# =========================================================================== calanque (fr, agency for Marseille)
CQ = "Calanque Énergie"
CQ_ROLE = "Lead Data Engineer"
HUGO = "Hugo Lemaire <h.lemaire@vauban-talents.example>"
CQ_1_MID = mid("calanque-1", "", "outlook")
CQ_2_MID = mid("calanque-2", "", "outlook")
NADIA = person("Nadia Belkacem", None)
THEO = person("Théo Garnier", None)

CQ_1_TEXT = """
Bonjour Dana,

Suite à notre conversation téléphonique, je vous confirme votre entretien avec Calanque Énergie pour le poste de Lead Data Engineer :

📅 jeudi 21 mai 2026 à 14h30 (heure de Paris)
📍 dans leurs locaux : 18 quai du Port, 13002 Marseille
👥 vous rencontrerez Mme Nadia Belkacem, DSI, et M. Théo Garnier, responsable de la plateforme Data.

L'entretien durera environ une heure. Calanque prend en charge vos billets d'avion ; leur assistante vous les enverra directement.

N'hésitez pas à m'appeler avant le jour J si vous voulez qu'on prépare ensemble.

Bien à vous,
Hugo Lemaire
Consultant Senior IT & Data - Vauban Talents
01 86 95 42 17
"""

msg(
    "calanque-1",
    f"""
    From: {HUGO}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {b_word("Confirmation entretien Calanque Énergie – jeudi 21 mai")}
    Date: Tue, 12 May 2026 10:44:29 +0200
    Message-ID: {CQ_1_MID}
    """,
    alt(text(CQ_1_TEXT), html(auto_html(CQ_1_TEXT))),
    L(
        "interview_confirmation",
        language="fr",
        company=CQ,
        role=CQ_ROLE,
        interview=("2026-05-21T14:30:00+02:00", "2026-05-21T15:30:00+02:00"),
        interviewers=[NADIA, THEO],
        thread="calanque",
        notes="A Paris agency confirms an on-site interview with its named client after a phone call: a pipeline event, company = the client. 'environ une heure' gives the end. Emoji bullet points.",
    ),
)

CQ_2_TEXT = """
Bonjour Dana,

Petit changement de programme : Mme Belkacem a un comité de direction qui a été avancé au jeudi après-midi. Calanque Énergie me demande donc de décaler votre entretien au vendredi 22 mai à 10h00, même lieu, toujours avec Mme Belkacem et M. Garnier, et toujours pour une heure environ.

Leur assistante modifie vos billets en conséquence. Pouvez-vous me confirmer que cela vous convient ?

Merci et désolé pour ce contretemps,
Hugo

-----Message d'origine-----
De : Hugo Lemaire
Envoyé : mardi 12 mai 2026 10:44
À : Dana Whitfield
Objet : Confirmation entretien Calanque Énergie – jeudi 21 mai

Bonjour Dana,

Suite à notre conversation téléphonique, je vous confirme votre entretien avec Calanque Énergie pour le poste de Lead Data Engineer :
"""

msg(
    "calanque-2",
    f"""
    From: {HUGO}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {b_word("RE: Confirmation entretien Calanque Énergie – jeudi 21 mai")}
    Date: Mon, 18 May 2026 09:20:02 +0200
    Message-ID: {CQ_2_MID}
    In-Reply-To: {CQ_1_MID}
    References: {CQ_1_MID}
    """,
    text(CQ_2_TEXT, charset="windows-1252"),
    L(
        "interview_reschedule",
        language="fr",
        company=CQ,
        role=CQ_ROLE,
        interview=("2026-05-22T10:00:00+02:00", "2026-05-22T11:00:00+02:00"),
        interviewers=[person("Belkacem", None), person("Garnier", None)],
        thread="calanque",
        notes="The agency moves the client interview; the old date stays in the subject ('jeudi 21 mai') while the new one is in the text. The new text names the interviewers by title and surname only ('Mme Belkacem et M. Garnier'): the labels give the surnames, which compare by containment with either form. windows-1252 body.",
    ),
)

CQ_3_TEXT = """
Bonjour Dana,

Excellent retour de Calanque Énergie sur votre entretien de vendredi : Mme Belkacem souhaite avancer rapidement.

Avant de finaliser, ils aimeraient échanger avec deux personnes ayant travaillé avec vous, idéalement un ancien manager. Pourriez-vous me transmettre leurs noms, fonctions, e-mails et numéros de téléphone ? Je me charge de les prévenir du cadre de l'appel.

Le client m'a promis une réponse définitive sous huitaine.

Bien à vous,
Hugo
"""

msg(
    "calanque-3",
    f"""
    From: {HUGO}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {b_word("Calanque Énergie – vos références")}
    Date: Wed, 27 May 2026 15:02:11 +0200
    Message-ID: {mid("calanque-3", "", "outlook")}
    References: {CQ_1_MID} {CQ_2_MID}
    """,
    alt(text(CQ_3_TEXT), html(auto_html(CQ_3_TEXT))),
    L(
        "reference_request",
        language="fr",
        company=CQ,
        decision=("sous huitaine", plus_days(7)),
        thread="calanque",
        notes="The agency asks for referees for its client. 'sous huitaine' is the French 'within eight days' idiom for a week, like '8 jours' (README): 27 May + 7 = 3 June.",
    ),
)

# =========================================================================== sarrasin (fr, Rennes)
SR = "Sarrasin Logiciels"
SR_DANA_MID = mid("sarrasin-dana", "", "gmail")

SR_1_TEXT = """
Bonjour Dana,

Pardon pour le silence radio, je n'ai pas oublié votre candidature ! Nous avons vu les derniers candidats vendredi et le comité de recrutement se réunit mardi prochain pour trancher.

Je m'engage à vous donner une réponse avant le pont de l'Ascension.

Bonne soirée,
Yann

--
Yann Le Goff
CTO - Sarrasin Logiciels
Rennes

Le lun. 4 mai 2026 à 09:10, Dana Whitfield <dana.whitfield@example.org> a écrit :
""" + quote(
    """
Bonjour Yann,

Je me permets de revenir vers vous concernant ma candidature au poste de Data Engineer, suite à notre entretien du 22 avril. Auriez-vous des nouvelles ?

Bien cordialement,
Dana Whitfield
"""
)

msg(
    "sarrasin-1",
    f"""
    From: Yann Le Goff <yann.legoff@sarrasin-logiciels.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?Re=3A_Candidature_Data_Engineer_=E2=80=93_point_d=27=C3=A9tape?=
    Date: Tue, 05 May 2026 18:22:40 +0200
    Message-ID: {mid("sarrasin-1", "", "gmail")}
    In-Reply-To: {SR_DANA_MID}
    References: {SR_DANA_MID}
    """,
    text(SR_1_TEXT),
    L(
        "timeline_update",
        language="fr",
        company=SR,
        role="Data Engineer",
        decision=("avant le pont de l'Ascension", fixed("2026-05-13")),
        thread="sarrasin",
        notes="JUDGEMENT CALL (README): 'avant le pont de l'Ascension' = before the Ascension long weekend (Thursday 14 May 2026 is the holiday, Friday 15 the 'pont'), so by the last working day before it, Wednesday 13 May. 'mardi prochain' is when the committee meets, not the answer. A reply to Dana's follow-up, quoted below (hers, so it does not count).",
    ),
)
