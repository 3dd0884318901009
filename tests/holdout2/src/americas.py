# ruff: noqa: E501
"""Americas: vireo (Denver, Greenhouse + Outlook), mesaverde (Phoenix, via a London agency),
paineira (São Paulo, Google Agenda in Portuguese), ceiba (Bogotá, Spanish)."""

from __future__ import annotations

from source.lib import (
    DANA,
    L,
    alt,
    attachment,
    auto_html,
    cal_file,
    cal_inline,
    end_of_next_week,
    fake_pdf,
    fixed,
    html,
    mid,
    mixed,
    msg,
    person,
    quote,
    text,
)

from .common import b_word, q_word, zone

# =========================================================================== vireo (en-US, Denver)
VH = "Vireo Health"
VH_ROLE = "Senior Data Platform Engineer"
KAYLA = "Kayla Brennan <kayla.brennan@vireohealth.example>"
MARCUS = person("Marcus Oyelaran", "marcus.oyelaran@vireohealth.example")

VH_1_TEXT = """
Hi Dana,

Good news from the mountains: your application for Senior Data Platform Engineer made it through our review (and yes, a human read every word).

The next step is a 45-minute video conversation with Marcus Oyelaran, the Engineering Manager for our Data Platform team. Marcus usually spends the first half on the systems you've built and the second half answering whatever you want to know about us.

Grab a time that works for you:
https://app.greenhouse.io/scheduling/self_schedule/c41a7e09f2?token=Vh7QpL2mXz

The times you'll see are already converted to your local time zone, so no mental math required.

A few things we believe in:
- We'll never ask you for unpaid work longer than 2 hours.
- You'll always know who you're meeting and why.
- You'll hear back from a person, not a template.

Talk soon,
Kayla Brennan
Technical Recruiter, Vireo Health
Denver, CO

Powered by Greenhouse
"""

VH_1_HTML = """
<!DOCTYPE html><html><body style="margin:0;background:#f3f7f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#173b2a;padding:28px">
<tr><td><img src="https://cdn.vireohealth.example/email/leaf.png" alt="Vireo Health" width="40"></td></tr>
<tr><td><p>Hi Dana,</p>
<p>Good news from the mountains: your application for <strong>Senior Data Platform Engineer</strong> made it through our review (and yes, a human read every word).</p>
<p>The next step is a 45-minute video conversation with <strong>Marcus Oyelaran</strong>, the Engineering Manager for our Data Platform team. Marcus usually spends the first half on the systems you've built and the second half answering whatever you want to know about us.</p>
<p style="text-align:center"><a href="https://app.greenhouse.io/scheduling/self_schedule/c41a7e09f2?token=Vh7QpL2mXz" style="background:#2f7d4f;color:#fff;padding:12px 22px;border-radius:22px;text-decoration:none">Grab a time that works for you</a></p>
<p>The times you'll see are already converted to your local time zone, so no mental math required.</p>
<p>A few things we believe in:</p>
<ul><li>We'll never ask you for unpaid work longer than 2 hours.</li><li>You'll always know who you're meeting and why.</li><li>You'll hear back from a person, not a template.</li></ul>
<p>Talk soon,<br>Kayla Brennan<br>Technical Recruiter, Vireo Health<br>Denver, CO</p>
<p style="font-size:11px;color:#8a9b90">Powered by Greenhouse</p>
</td></tr></table></td></tr></table></body></html>
"""

msg(
    "vireo-1",
    f"""
    Return-Path: <bounces+3318201-aa01-dana.whitfield=example.org@us.greenhouse-mail.io>
    From: Vireo Health Recruiting <no-reply@us.greenhouse-mail.io>
    Reply-To: {KAYLA}
    To: dana.whitfield@example.org
    Subject: {b_word("🌿 Next up: meet the Vireo data team")}
    Date: Thu, 16 Apr 2026 08:10:27 -0600
    Message-ID: <661f8a2b3c4d5_9e8f7a6b@greenhouse-mailer-3c1d2.mail>
    """,
    alt(text(VH_1_TEXT), html(VH_1_HTML, cte="base64")),
    L(
        "interview_invite",
        company=VH,
        role=VH_ROLE,
        interviewers=[person("Marcus Oyelaran", None)],
        thread="vireo",
        notes="Greenhouse self-scheduling link in the company's own playful template (emoji subject, HTML layout table). No time yet. 'You'll hear back from a person' is a promise without a time.",
    ),
)

VH_2_TEXT = """
Hi Dana,

Thanks for picking a slot so quickly! Here's the calendar hold for Tuesday, April 28 at 8:00 AM Mountain (4:00 PM for you in Berlin). Zoom details are in the invite.

Marcus is looking forward to it.

Kayla
"""

VH_2_ICS = f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{zone("Mountain Standard Time")}
BEGIN:VEVENT
ORGANIZER;CN=Kayla Brennan:mailto:kayla.brennan@vireohealth.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Oyelaran:mailto:marcus.oyelaran@vireohealth.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dana.whitfield@example.org:mailto:dana.whitfield@example.org
DESCRIPTION;LANGUAGE=en-US:Hi Dana\\,\\n\\nThanks for picking a slot so quickly! Marcus is looking forward to it.\\n\\nJoin Zoom Meeting\\nhttps://vireohealth.zoom.us/j/84213370915?pwd=Q2x1\\nMeeting ID: 842 1337 0915\\n
UID:040000008200E00074C5B7101A82E00800000000A0B7C3D2F6CDDC01000000000000000010000000F2E4A1C9B7D8E6F5A4B3C2D1E0F9A8B7
SUMMARY;LANGUAGE=en-US:Dana Whitfield <> Marcus Oyelaran | Senior Data Platform Engineer
DTSTART;TZID=Mountain Standard Time:20260428T080000
DTEND;TZID=Mountain Standard Time:20260428T084500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260417T154415Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:https://vireohealth.zoom.us/j/84213370915?pwd=Q2x1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
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
    "vireo-2",
    f"""
    From: {KAYLA}
    To: Dana Whitfield <dana.whitfield@example.org>, Marcus Oyelaran <marcus.oyelaran@vireohealth.example>
    Subject: Dana Whitfield <> Marcus Oyelaran | Senior Data Platform Engineer
    Thread-Topic: Dana Whitfield <> Marcus Oyelaran | Senior Data Platform Engineer
    Date: Fri, 17 Apr 2026 09:44:15 -0600
    Message-ID: {mid("vireo-2", "", "outlook")}
    Content-Language: en-US
    """,
    alt(
        text(VH_2_TEXT),
        html(auto_html(VH_2_TEXT, "font-family:Aptos,sans-serif;font-size:12pt")),
        cal_inline(VH_2_ICS, "REQUEST"),
    ),
    L(
        "interview_confirmation",
        company=VH,
        role=VH_ROLE,
        interview=("2026-04-28T08:00:00-06:00", "2026-04-28T08:45:00-06:00"),
        interviewers=[MARCUS],
        thread="vireo",
        notes="Outlook meeting request after Dana self-scheduled. TZID is the Windows name 'Mountain Standard Time' (Denver), which observes daylight time: -06:00 on 28 April, i.e. 16:00 Berlin as the text says. Compare arizona in mesaverde-2.",
    ),
)

VH_3_TEXT = """
Hi Dana,

I'm so glad I get to send this one. The panel loved Thursday's system design session (Marcus is still talking about your backfill strategy).

The last step on our side is references. Could you send me contact info for two or three people who've seen your work up close, ideally at least one former manager? Name, title, how you worked together, email and phone is perfect. I'll reach out by email first to set up a 15-minute call, and I'll keep it to business hours in their time zone.

We're aiming to wrap things up by mid-May, so the sooner the better, but no stress if you need a couple of days to give your references a heads-up.

Best,
Kayla

Kayla Brennan | Technical Recruiter
Vireo Health | vireohealth.example
"""

msg(
    "vireo-3",
    f"""
    From: {KAYLA}
    To: {DANA}
    Subject: References for the Senior Data Platform Engineer role
    Date: Wed, 06 May 2026 09:30:00 -0600
    Message-ID: {mid("vireo-3", "", "outlook")}
    """,
    alt(text(VH_3_TEXT), html(auto_html(VH_3_TEXT))),
    L(
        "reference_request",
        company=VH,
        role=VH_ROLE,
        decision=("by mid-May", fixed("2026-05-15")),
        thread="vireo",
        notes="'wrap things up by mid-May' is the company's own decision horizon: mid-month is resolved to the 15th (this corpus's convention, README). 'the sooner the better' is for Dana.",
    ),
)

VH_4_TEXT = """
Hi Dana,

It's official: we'd love for you to join Vireo Health as our Senior Data Platform Engineer!

Your offer letter is ready for you to review and e-sign:
https://app.greenhouse.io/offers/review/8e1c44d0b7?token=Ofr9Lk2

Highlights (everything is spelled out in the letter):
- Base salary: EUR 96,000, employed through our EOR partner in Germany
- Equity: 6,000 stock options, 4-year vesting with a 1-year cliff
- Start date: flexible, we proposed July 1

The link stays active until Tuesday, May 26. If you'd like to talk anything through, grab me or Marcus anytime.

Kayla

Sent via Greenhouse
"""

msg(
    "vireo-4",
    f"""
    From: Kayla Brennan via Greenhouse <no-reply@us.greenhouse-mail.io>
    Reply-To: {KAYLA}
    To: dana.whitfield@example.org
    Subject: {b_word("Your offer from Vireo Health 🎉")}
    Date: Tue, 19 May 2026 10:05:33 -0600
    Message-ID: <66a1b2c3d4e5f_1a2b3c4d@greenhouse-mailer-7f8e9.mail>
    """,
    alt(text(VH_4_TEXT), html(auto_html(VH_4_TEXT)), boundary="--==_mimepart_66a1b2c3_offer"),
    L(
        "offer",
        company=VH,
        role=VH_ROLE,
        thread="vireo",
        notes="Greenhouse e-sign offer. 'active until Tuesday, May 26' is Dana's deadline: no decision_date.",
    ),
)

# =========================================================================== mesaverde (en, Phoenix, agency)
MV = "Mesa Verde Solar"
MV_ROLE = "Data Engineer III"
OLLY = "Olly Fairbairn <olly.fairbairn@crestline-talent.example>"
MV_1_MID = mid("mesaverde-1", "", "outlook")

MV_1_TEXT = """
Hi Dana,

Great news: Mesa Verde Solar have come back on your CV for the Data Engineer III role and they'd like to get you in front of the team.

I've provisionally booked you in for Thursday 7th May at 9am Arizona time. Heads up that Arizona doesn't do daylight saving, so they're on MST all year round; that's 5pm UK / 6pm for you in Berlin. It'll be a 60-minute video call with:

- Ramona Ochoa, Director of Data Engineering (hiring manager)
- Jed Sandoval, Staff Engineer

Could you drop me a quick line to confirm you're good for that? Once you do, Ramona's team will send the invite directly.

A few pointers: Ramona is big on dbt and data contracts, Jed will probably go deep on streaming. Happy to jump on a call beforehand to prep.

Cheers,
Olly

Olly Fairbairn
Senior Consultant, Data & Analytics
Crestline Talent Partners | 20 Eastcheap, London EC3M 1EB
M: +44 7700 900418
"""

msg(
    "mesaverde-1",
    f"""
    From: {OLLY}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Mesa Verde Solar - they want to meet you!
    Date: Tue, 28 Apr 2026 11:40:09 +0100
    Message-ID: {MV_1_MID}
    """,
    alt(text(MV_1_TEXT), html(auto_html(MV_1_TEXT, "font-family:Arial;font-size:10pt"))),
    L(
        "interview_invite",
        company=MV,
        role=MV_ROLE,
        interview=("2026-05-07T09:00:00-07:00", "2026-05-07T10:00:00-07:00"),
        interviewers=[person("Ramona Ochoa", None), person("Jed Sandoval", None)],
        thread="mesaverde",
        notes="A London agency arranges an interview with a named client: a pipeline event, company = the client. A single (provisional) time counts as fixed. 9am Arizona = MST -07:00 (no DST) = 18:00 Berlin. The agency recruiter is excluded from interviewers.",
    ),
)

MV_2_TEXT = """
Hi Dana,

Olly let us know Thursday the 7th works, thank you. Invite below; we'll use Webex. Jed will join as well.

Looking forward to it,
Ramona

Ramona Ochoa
Director of Data Engineering | Mesa Verde Solar
Phoenix, AZ

--
Join Webex meeting
https://mesaverdesolar.webex.com/meet/rochoa
Meeting number (access code): 2661 884 3107
Meeting password: Solar2026
"""

MV_2_ICS = f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{zone("US Mountain Standard Time")}
BEGIN:VEVENT
ORGANIZER;CN=Ramona Ochoa:mailto:rochoa@mesaverdesolar.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dana Whitfield:mailto:dana.whitfield@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jed Sandoval:mailto:jsandoval@mesaverdesolar.example
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Olly Fairbairn:mailto:olly.fairbairn@crestline-talent.example
UID:040000008200E00074C5B7101A82E008000000005C1E2D3F47CDDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-US:Data Engineer III interview - Dana Whitfield
DTSTART;TZID=US Mountain Standard Time:20260507T090000
DTEND;TZID=US Mountain Standard Time:20260507T100000
LOCATION;LANGUAGE=en-US:Webex - https://mesaverdesolar.webex.com/meet/rochoa
SEQUENCE:0
STATUS:CONFIRMED
DTSTAMP:20260429T151552Z
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

msg(
    "mesaverde-2",
    f"""
    From: Ramona Ochoa <rochoa@mesaverdesolar.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Cc: Jed Sandoval <jsandoval@mesaverdesolar.example>, {OLLY}
    Subject: Data Engineer III interview - Dana Whitfield
    Date: Wed, 29 Apr 2026 08:15:52 -0700
    Message-ID: {mid("mesaverde-2", "", "outlook")}
    """,
    alt(text(MV_2_TEXT), cal_inline(MV_2_ICS, "REQUEST", cte="quoted-printable")),
    L(
        "interview_confirmation",
        company=MV,
        role=MV_ROLE,
        interview=("2026-05-07T09:00:00-07:00", "2026-05-07T10:00:00-07:00"),
        interviewers=[
            person("Ramona Ochoa", "rochoa@mesaverdesolar.example"),
            person("Jed Sandoval", "jsandoval@mesaverdesolar.example"),
        ],
        thread="mesaverde",
        notes="The client's own Outlook meeting request after the agency's booking. TZID 'US Mountain Standard Time' is Windows' Arizona zone, -07:00 all year (not 'Mountain Standard Time', which is -06:00 in May). The organiser is also an interviewer; the agency recruiter is only an optional attendee. Date header -0700.",
    ),
)

MV_3_TEXT = """
Hi Dana,

Quick one: caught Ramona this afternoon. They really enjoyed Thursday and you're one of two in the final mix. They've got one more conversation on Wednesday and have promised me a decision by COB Wednesday 20th May. With the time difference that'll probably land in my inbox overnight, so expect a call from me on the Thursday morning.

Speak soon,
Olly

Olly Fairbairn
Senior Consultant, Data & Analytics
Crestline Talent Partners

On 28 Apr 2026, at 11:40, Olly Fairbairn <olly.fairbairn@crestline-talent.example> wrote:

""" + quote(MV_1_TEXT)

msg(
    "mesaverde-3",
    f"""
    From: {OLLY}
    To: {DANA}
    Subject: Re: Mesa Verde Solar - they want to meet you!
    Date: Mon, 11 May 2026 15:50:21 +0100
    Message-ID: <9F1B2C44-7D3E-4A61-B0C2-5E8F7A6D1C3B@crestline-talent.example>
    In-Reply-To: {MV_1_MID}
    References: {MV_1_MID}
    X-Mailer: iPhone Mail (22E252)
    """,
    text(MV_3_TEXT),
    L(
        "timeline_update",
        company=MV,
        role=MV_ROLE,
        decision=("a decision by COB Wednesday 20th May", fixed("2026-05-20")),
        thread="mesaverde",
        notes="Agency relays the client's timeline (the agency acts for the company). The decision is the client's 20 May; 'a call from me on the Thursday morning' is only when the agency passes it on. 'one more conversation on Wednesday' (13 May) is not the decision either. Apple Mail quote of his own first mail.",
    ),
)

# =========================================================================== paineira (pt-BR, São Paulo)
PT = "Paineira Tecnologia"
PT_ROLE = "Engenheira(o) de Dados Sênior"
CAMILA = "Camila Rezende <camila.rezende@paineira.example>"
RAFAEL = person("Rafael Tavares", "rafael.tavares@paineira.example")
JULIANA = person("Juliana Okamoto", "juliana.okamoto@paineira.example")

PT_1_TEXT = """
Oi Dana, conforme combinamos por e-mail, segue o convite para a entrevista técnica com o Rafael e a Juliana. Vai ser em inglês, fica tranquila! Qualquer coisa, me chama. Abs, Camila

Entrevista técnica – Dana Whitfield x Paineira
Quinta-feira, 23 de abril de 2026 ⋅ 10:00 até 11:00
Horário Padrão de Brasília - São Paulo

Vaga: Engenheira(o) de Dados Sênior

Participar com o Google Meet
https://meet.google.com/pnr-qwke-zut

Convidados
Camila Rezende - organizador
Rafael Tavares
Juliana Okamoto
dana.whitfield@example.org

Ver todas as informações do convidado
https://calendar.google.com/calendar/event?action=VIEW&eid=NmN0cGFpbmVpcmE

Responder para dana.whitfield@example.org
Sim · Não · Talvez · Mais opções

Convite do Google Agenda
Você está recebendo este e-mail porque é um convidado do evento.
"""

PT_1_ICS = f"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{zone("America/Sao_Paulo")}
BEGIN:VEVENT
DTSTART;TZID=America/Sao_Paulo:20260423T100000
DTEND;TZID=America/Sao_Paulo:20260423T110000
DTSTAMP:20260420T124018Z
ORGANIZER;CN=Camila Rezende:mailto:camila.rezende@paineira.example
UID:6ctpaineira3k9m2q7v1x5b8n4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Camila Rezende;X-NUM-GUESTS=0:mailto:camila.rezende@paineira.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rafael Tavares;X-NUM-GUESTS=0:mailto:rafael.tavares@paineira.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Juliana Okamoto;X-NUM-GUESTS=0:mailto:juliana.okamoto@paineira.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dana.whitfield@example.org;X-NUM-GUESTS=0:mailto:dana.whitfield@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/pnr-qwke-zut
CREATED:20260420T124017Z
DESCRIPTION:Oi Dana\\, conforme combinamos por e-mail\\, segue o convite para a entrevista técnica com o Rafael e a Juliana. Vai ser em inglês\\, fica tranquila! Qualquer coisa\\, me chama. Abs\\, Camila\\n\\nVaga: Engenheira(o) de Dados Sênior
LAST-MODIFIED:20260420T124017Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica – Dana Whitfield x Paineira
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

msg(
    "paineira-1",
    f"""
    From: Camila Rezende <camila.rezende@paineira.example>
    Sender: Google Agenda <calendar-notification@google.com>
    Reply-To: camila.rezende@paineira.example
    To: dana.whitfield@example.org
    Subject: {q_word("Convite: Entrevista técnica – Dana Whitfield x Paineira @ qui 23 de abr. de 2026 10:00 - 11:00 (BRT) (dana.whitfield@example.org)")}
    Date: Mon, 20 Apr 2026 12:40:18 +0000
    Message-ID: <calendar-7c1e0b4a-2f9d-4e88-b1a3-paineira0423@google.com>
    """,
    mixed(
        alt(
            text(PT_1_TEXT, cte="base64"),
            html(
                auto_html(PT_1_TEXT, "font-family:Roboto,Arial,sans-serif;font-size:14px"),
                cte="base64",
            ),
            cal_inline(PT_1_ICS, "REQUEST"),
        ),
        cal_file(PT_1_ICS, "invite.ics", "application/ics"),
    ),
    L(
        "interview_confirmation",
        language="pt",
        company=PT,
        role=PT_ROLE,
        interview=("2026-04-23T10:00:00-03:00", "2026-04-23T11:00:00-03:00"),
        interviewers=[RAFAEL, JULIANA],
        thread="paineira",
        notes="Google Agenda invitation in Portuguese 'conforme combinamos por e-mail' (as agreed): the calendar invite that follows an agreement, so a confirmation. Brasília time has no DST: -03:00, 15:00 Berlin. The organising recruiter does not interview.",
    ),
)

PT_2_TEXT = """
Oi Dana, tudo bem?

Queria te dar uma posição sincera: o Rafael e a Juliana gostaram muito da conversa, mas ainda estamos finalizando entrevistas com mais duas pessoas. A ideia é fechar a decisão até o fim da próxima semana, e eu te aviso assim que tiver novidade.

Obrigada pela paciência!

Camila Rezende
Talent Acquisition | Paineira Tecnologia
São Paulo - SP
"""

msg(
    "paineira-2",
    f"""
    From: {CAMILA}
    To: {DANA}
    Subject: {b_word("Atualização do processo – Engenheira(o) de Dados Sênior")}
    Date: Tue, 05 May 2026 11:20:37 -0300
    Message-ID: {mid("paineira-2", "", "gmail")}
    """,
    alt(text(PT_2_TEXT, charset="UTF-8", cte="8bit"), html(auto_html(PT_2_TEXT), cte="8bit")),
    L(
        "timeline_update",
        language="pt",
        company=PT,
        role=PT_ROLE,
        decision=("até o fim da próxima semana", end_of_next_week()),
        thread="paineira",
        notes="'until the end of next week' from Tue 5 May = Friday 15 May (README's 'end of next week' rule). 8-bit UTF-8 body.",
    ),
)

# =========================================================================== ceiba (es-CO, Bogotá)
CB = "Ceiba Data"
CB_ROLE = "Data Engineer Senior"
VALENTINA = "Valentina Ospina <valentina.ospina@ceibadata.example>"
CB_1_MID = mid("ceiba-1", "", "gmail")
CB_2_MID = mid("ceiba-2", "", "gmail")

CB_1_TEXT = """
Hola Dana, ¿cómo vas?

Te escribo porque para avanzar con tu proceso de Data Engineer Senior necesitamos que nos compartas tres cositas:

1. Tu aspiración salarial mensual en dólares (la vinculación sería como contractor).
2. Desde qué fecha podrías arrancar.
3. Una copia de tu pasaporte, para el estudio de seguridad que hacemos a todo el equipo.

Apenas tengamos todo, te confirmo la fecha de la entrevista final con Andrés.

¡Mil gracias!

Valentina Ospina
Talent Partner · Ceiba Data
Bogotá, Colombia
"""

msg(
    "ceiba-1",
    f"""
    From: {VALENTINA}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Proceso Data Engineer Senior - documentos pendientes
    Date: Wed, 13 May 2026 09:02:44 -0500
    Message-ID: {CB_1_MID}
    """,
    alt(text(CB_1_TEXT), html(auto_html(CB_1_TEXT))),
    L(
        "info_request",
        language="es",
        company=CB,
        role=CB_ROLE,
        thread="ceiba",
        notes="Colombian Spanish; asks for salary expectation, start date and a passport copy. 'te confirmo la fecha de la entrevista' is scheduling, not a decision.",
    ),
)

CB_2_TEXT = """
Hola Valentina:

Gracias por el mensaje. Te respondo por puntos:

1. Mi aspiración es de 7.500 USD mensuales.
2. Podría empezar el 1 de agosto, una vez cumplido mi preaviso.
3. Te adjunto el pasaporte escaneado.

Quedo atenta a la fecha de la entrevista final.

Un saludo,
Dana

El mié, 13 may 2026 a las 16:02, Valentina Ospina (<valentina.ospina@ceibadata.example>) escribió:
""" + quote(CB_1_TEXT)

msg(
    "ceiba-2",
    f"""
    From: {DANA}
    To: {VALENTINA}
    Subject: Re: Proceso Data Engineer Senior - documentos pendientes
    Date: Thu, 14 May 2026 10:31:09 +0200
    Message-ID: {CB_2_MID}
    In-Reply-To: {CB_1_MID}
    References: {CB_1_MID}
    """,
    mixed(
        text(CB_2_TEXT),
        attachment(
            fake_pdf("pasaporte"),
            'application/pdf; name="pasaporte_dana_whitfield.pdf"',
            'attachment; filename="pasaporte_dana_whitfield.pdf"',
        ),
    ),
    L(
        "user_sent",
        language="es",
        hard_negative=True,
        company=CB,
        role=CB_ROLE,
        thread="ceiba",
        notes="Dana answers the information request (Spanish Gmail quote header, PDF attached).",
    ),
)

CB_3_TEXT = """
Hola Dana,

Te cuento cómo va todo: la entrevista final con Andrés fue el martes y nos encantó (supongo que ya lo notaste 😄). La dirección está terminando de ver a otra persona y nos dijo que nos da respuesta entre el 8 y el 12 de junio. Apenas sepa algo, te escribo.

Un abrazo,
Valentina
"""

msg(
    "ceiba-3",
    f"""
    From: {VALENTINA}
    To: {DANA}
    Subject: Re: Proceso Data Engineer Senior - documentos pendientes
    Date: Fri, 22 May 2026 11:15:30 -0500
    Message-ID: {mid("ceiba-3", "", "gmail")}
    In-Reply-To: {CB_2_MID}
    References: {CB_1_MID} {CB_2_MID}
    """,
    text(CB_3_TEXT, cte="base64"),
    L(
        "timeline_update",
        language="es",
        company=CB,
        role=CB_ROLE,
        decision=("entre el 8 y el 12 de junio", fixed("2026-06-12")),
        thread="ceiba",
        notes="A date range: its upper end (README), 12 June. base64 body with an emoji.",
    ),
)

CB_4_TEXT = """
Hola Dana,

No es el correo que me hubiera gustado escribirte. Después de darle muchas vueltas, la dirección se decidió por la otra persona finalista, sobre todo porque puede trabajar en horario de Bogotá sin desfase.

De verdad fue un gusto conocerte. Si te parece, me encantaría tenerte en cuenta para futuras vacantes remotas con horario europeo.

Un abrazo,
Valentina
"""

msg(
    "ceiba-4",
    f"""
    From: {VALENTINA}
    To: {DANA}
    Subject: Tu proceso en Ceiba Data
    Date: Wed, 10 Jun 2026 16:40:00 -0500
    Message-ID: {mid("ceiba-4", "", "gmail")}
    """,
    text(CB_4_TEXT, charset="iso-8859-1", cte="quoted-printable"),
    L(
        "rejection",
        language="es",
        company=CB,
        thread="ceiba",
        notes="Chose the other finalist; warm wording without the usual 'lamentablemente'. ISO-8859-1 quoted-printable. Date -0500 is 23:40 in Berlin, the same day.",
    ),
)
