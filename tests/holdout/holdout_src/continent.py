# ruff: noqa: E501
"""Continental stories: Amsterdam (Recruitee, Dutch), Milan (Zoho Recruit, Italian), Lisbon
(Teamtailor, Portuguese), Stockholm (Cal.com, Deel), Berlin (Personio, German), Lyon, Valencia,
and two German ATS notifications (SAP SuccessFactors, JOIN)."""

from __future__ import annotations

from source.lib import (
    DANA,
    L,
    alt,
    attachment,
    auto_html,
    cal_file,
    fake_pdf,
    fixed,
    html,
    mid,
    mixed,
    msg,
    person,
    plus_business_days,
    plus_weeks,
    quote,
    text,
)

from .common import bword, qword

# =========================================================================== vinkel (nl, Amsterdam)
VK = "Vinkel Studio"
VK_ROLE = "Backend Developer (Python)"
SANNE = person("Sanne de Wit", "sanne@vinkelstudio.example")

VK_1_TEXT = """
Hoi Dana,

Bedankt voor je sollicitatie op de functie Backend Developer (Python) bij Vinkel Studio! We hebben je cv en motivatie in goede orde ontvangen.

We bekijken iedere sollicitatie persoonlijk. Je hoort binnen twee weken van ons, ook als het geen match is.

Hartelijke groet,
Team Vinkel Studio
Keizersgracht 312, 1016 EZ Amsterdam

Deze e-mail is verzonden via Recruitee.
"""

msg(
    "vinkel-1",
    f"""
    From: Vinkel Studio <noreply@recruitee.com>
    Reply-To: Vinkel Studio <job.b7c2e9@vinkelstudio.recruitee.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Bedankt voor je sollicitatie bij Vinkel Studio
    Date: Mon, 12 Jan 2026 13:22:10 +0100
    Message-ID: {mid("vinkel-1", "mailer.recruitee.com")}
    Auto-Submitted: auto-generated
    """,
    alt(
        text(VK_1_TEXT),
        html(auto_html(VK_1_TEXT, "font-family:Roboto,Arial,sans-serif;font-size:14px")),
    ),
    L(
        "application_ack",
        language="nl",
        hard_negative=True,
        company=VK,
        role=VK_ROLE,
        decision=("binnen twee weken", plus_weeks(2)),
        thread="vinkel",
        notes="Dutch Recruitee receipt with a review time ('binnen twee weken' = within two weeks).",
    ),
)

VK_2_TEXT = """
Hoi Dana,

Leuk dat je hebt gesolliciteerd! We hebben je profiel met het team bekeken en willen je graag beter leren kennen.

Daarom nodigen we je uit voor een eerste (online) gesprek met onze CTO Bram Hoekstra en mij. Schikt donderdag 29 januari om 14:00 uur? We trekken er ongeveer één uur voor uit en bellen via Google Meet; de link stuur ik je na je bevestiging.

Laat je even weten of dit past? Anders zoeken we samen een ander moment.

Groetjes,
Sanne de Wit
Recruiter | Vinkel Studio
"""

msg(
    "vinkel-2",
    f"""
    From: Sanne de Wit <sanne@vinkelstudio.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Uitnodiging kennismakingsgesprek - Backend Developer (Python)
    Date: Wed, 21 Jan 2026 10:17:45 +0100
    Message-ID: {mid("vinkel-2", "", "outlook")}
    Content-Language: nl-NL
    """,
    text(VK_2_TEXT, charset="windows-1252"),
    L(
        "interview_invite",
        language="nl",
        company=VK,
        role=VK_ROLE,
        interview=("2026-01-29T14:00:00+01:00", "2026-01-29T15:00:00+01:00"),
        interviewers=[person("Bram Hoekstra", None), SANNE],
        thread="vinkel",
        notes="Dutch. One proposed time ('Schikt donderdag 29 januari om 14:00 uur?'), Amsterdam time (CET), 'ongeveer één uur' = about an hour. The recruiter takes part ('met ... mij'). windows-1252 body.",
    ),
)

VK_3_TEXT = """
Hoi Dana,

Nogmaals bedankt voor het fijne gesprek van vorige week en voor je tijd.

We hebben een moeilijke keuze moeten maken. Helaas hebben we besloten om verder te gaan met een andere kandidaat, van wie de ervaring nét iets beter aansluit bij wat ons team op dit moment nodig heeft.

We waren echt onder de indruk van je kennis van dataplatforms. Mogen we je gegevens nog een jaar bewaren voor toekomstige vacatures? Laat het ons gerust weten.

Veel succes met je zoektocht!

Sanne
"""

msg(
    "vinkel-3",
    f"""
    From: Sanne de Wit <sanne@vinkelstudio.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Je sollicitatie bij Vinkel Studio
    Date: Wed, 4 Feb 2026 16:30:12 +0100
    Message-ID: {mid("vinkel-3", "", "outlook")}
    Content-Language: nl-NL
    """,
    alt(
        text(VK_3_TEXT),
        html(auto_html(VK_3_TEXT, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
    ),
    L(
        "rejection",
        language="nl",
        company=VK,
        role=None,
        thread="vinkel",
        notes="Dutch rejection ('Helaas hebben we besloten om verder te gaan met een andere kandidaat'). 'nog een jaar' is data retention.",
    ),
)

VK_4_TEXT = """
Hoi Dana,

Je hebt eerder gesolliciteerd bij Vinkel Studio. We hebben je gevraagd of we je gegevens mogen bewaren voor toekomstige vacatures, maar we hebben nog geen toestemming van je ontvangen.

Zonder toestemming verwijderen we je gegevens over 30 dagen, op 25 maart 2026. Wil je in onze talentpool blijven? Klik dan hieronder.

Ja, bewaar mijn gegevens: https://vinkelstudio.recruitee.com/o/consent/2f81c0

Met vriendelijke groet,
Vinkel Studio

Deze e-mail is verzonden via Recruitee.
"""

msg(
    "vinkel-4",
    f"""
    From: Vinkel Studio <noreply@recruitee.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Mogen we je gegevens bewaren?
    Date: Tue, 24 Feb 2026 09:00:41 +0100
    Message-ID: {mid("vinkel-4", "mailer.recruitee.com")}
    Auto-Submitted: auto-generated
    """,
    alt(
        text(VK_4_TEXT),
        html(auto_html(VK_4_TEXT, "font-family:Roboto,Arial,sans-serif;font-size:14px")),
    ),
    L(
        "other",
        language="nl",
        hard_negative=True,
        company=VK,
        thread="vinkel",
        notes="Dutch GDPR consent reminder after the rejection: 'over 30 dagen, op 25 maart 2026' is a deletion date, not a decision.",
    ),
)

# =========================================================================== lagonero (it, Milan)
LN = "Lago Nero Software"
LN_ROLE = "Data Engineer Senior"
GIULIA = person("Giulia Ferri", "giulia.ferri@lagonero.example")
LN_1_ID = mid("lagonero-1", "zohorecruit.eu")
LN_DANA_ID = mid("lagonero-dana-reply", "", "gmail")

LN_1_TEXT = """
Ciao Dana,

grazie per la tua candidatura per la posizione di Data Engineer Senior in Lago Nero Software. Il tuo profilo ci ha colpito e vorremmo conoscerti meglio.

Ti proponiamo un primo colloquio conoscitivo di circa 45 minuti su Google Meet, con me e con Luca Bertolini, il nostro Head of Data. Ecco alcune disponibilità (ora italiana):

- lunedì 16 febbraio alle 10:00
- martedì 17 febbraio alle 15:30
- giovedì 19 febbraio alle 11:00

Fammi sapere quale preferisci e ti invierò l'invito.

A presto,
Giulia Ferri
HR Specialist – Lago Nero Software S.r.l.
Via Tortona 27, 20144 Milano
"""

msg(
    "lagonero-1",
    f"""
    From: Giulia Ferri <giulia.ferri@lagonero.example>
    Sender: Lago Nero Software <notifications@zohorecruit.eu>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Colloquio conoscitivo - Data Engineer Senior
    Date: Tue, 10 Feb 2026 11:40:22 +0100
    Message-ID: {LN_1_ID}
    X-Mailer: Zoho Recruit
    """,
    text(LN_1_TEXT.replace("–", "-"), charset="iso-8859-15", cte="8bit"),
    L(
        "interview_invite",
        language="it",
        company=LN,
        role=LN_ROLE,
        interviewers=[GIULIA, person("Luca Bertolini", None)],
        thread="lagonero",
        notes="Italian, three candidate slots ('colloquio conoscitivo' = introductory interview): no time fixed. iso-8859-15 8-bit body; Zoho Recruit as Sender.",
    ),
)

LN_2_TEXT = """
Ciao Dana,

grazie ancora per la piacevole chiacchierata di giovedì: a Luca è piaciuto molto il tuo approccio alla qualità dei dati.

Prima di organizzare il prossimo passo avremmo bisogno di qualche informazione in più:

1. la tua retribuzione attuale e le tue aspettative economiche (RAL lorda annua);
2. il tuo periodo di preavviso;
3. se avresti bisogno di supporto per il trasferimento a Milano o se preferisci lavorare da remoto dalla Germania.

Riusciresti a mandarmele entro mercoledì?

Grazie e buon weekend,
Giulia

Il giorno mer 11 feb 2026 alle ore 09:03 Dana Whitfield <dana.whitfield@example.org> ha scritto:
""" + quote("""
Ciao Giulia,

grazie mille! Giovedì 19 febbraio alle 11:00 va benissimo per me.

Un saluto,
Dana
""")

msg(
    "lagonero-2",
    f"""
    MIME-Version: 1.0
    From: Giulia Ferri <giulia.ferri@lagonero.example>
    Date: Fri, 20 Feb 2026 15:10:03 +0100
    Message-ID: {mid("lagonero-2", "", "gmail")}
    In-Reply-To: {LN_DANA_ID}
    References: {LN_1_ID} {LN_DANA_ID}
    Subject: Re: Colloquio conoscitivo - Data Engineer Senior
    To: Dana Whitfield <dana.whitfield@example.org>
    """,
    alt(text(LN_2_TEXT), html(auto_html(LN_2_TEXT))),
    L(
        "info_request",
        language="it",
        company=LN,
        role=LN_ROLE,
        thread="lagonero",
        notes="Italian: salary expectations (RAL), notice period, relocation. 'entro mercoledì' is Dana's deadline. Italian Gmail quote header ('Il giorno ... ha scritto:') over Dana's reply, which is not in the corpus by itself.",
    ),
)

LN_3_TEXT = """
Ciao Dana,

ti scrivo per aggiornarti: abbiamo ricevuto le tue informazioni, grazie. Stiamo completando gli ultimi colloqui con gli altri candidati e contiamo di darti una risposta definitiva entro venerdì 13 marzo.

Un saluto,
Giulia
"""

msg(
    "lagonero-3",
    f"""
    MIME-Version: 1.0
    From: Giulia Ferri <giulia.ferri@lagonero.example>
    Date: Mon, 2 Mar 2026 09:55:40 +0100
    Message-ID: {mid("lagonero-3", "", "gmail")}
    Subject: Aggiornamento sulla tua candidatura
    To: Dana Whitfield <dana.whitfield@example.org>
    """,
    text(LN_3_TEXT),
    L(
        "timeline_update",
        language="it",
        company=LN,
        role=None,
        decision=("entro venerdì 13 marzo", fixed("2026-03-13")),
        thread="lagonero",
        notes="Italian timeline with an explicit date ('entro' = by).",
    ),
)

LN_4_TEXT = """
Grazie per il tuo messaggio.

Sarò fuori ufficio fino a venerdì 6 marzo compreso, con accesso limitato alla posta elettronica. Per questioni urgenti puoi scrivere a recruiting@lagonero.example.

Giulia Ferri
Lago Nero Software
"""

msg(
    "lagonero-4",
    f"""
    From: Giulia Ferri <giulia.ferri@lagonero.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Risposta automatica: Re: Aggiornamento sulla tua candidatura
    Date: Wed, 4 Mar 2026 08:01:12 +0100
    Message-ID: {mid("lagonero-4", "", "gmail")}
    Auto-Submitted: auto-replied
    X-Autoreply: yes
    """,
    text(LN_4_TEXT, charset="iso-8859-1", cte="quoted-printable"),
    L(
        "out_of_office",
        language="it",
        hard_negative=True,
        company=LN,
        return_date="2026-03-09",
        thread="lagonero",
        notes="Italian auto-reply: 'fino a venerdì 6 marzo compreso' names the last day of absence (compreso = inclusive), so she is back on the next business day, Monday 9 March.",
    ),
)

LN_5_TEXT = """
Ciao Dana,

sono felice di comunicarti che abbiamo deciso di offrirti la posizione di Data Engineer Senior in Lago Nero Software!

In allegato trovi la nostra proposta: contratto a tempo indeterminato, CCNL Commercio, RAL di 62.000 €, con possibilità di lavorare da remoto fino a tre giorni a settimana e un contributo per il trasferimento.

Ti chiediamo di farci sapere entro venerdì 20 marzo se accetti. Per qualsiasi domanda, anche sul contratto, Luca e io siamo a disposizione.

Un caro saluto,
Giulia Ferri
"""

msg(
    "lagonero-5",
    f"""
    MIME-Version: 1.0
    From: Giulia Ferri <giulia.ferri@lagonero.example>
    Date: Thu, 12 Mar 2026 17:20:15 +0100
    Message-ID: {mid("lagonero-5", "", "gmail")}
    Subject: Proposta di assunzione - Data Engineer Senior
    To: Dana Whitfield <dana.whitfield@example.org>
    Cc: Luca Bertolini <luca.bertolini@lagonero.example>
    """,
    mixed(
        alt(text(LN_5_TEXT), html(auto_html(LN_5_TEXT))),
        attachment(
            fake_pdf("Lago Nero Software - Proposta di assunzione"),
            'application/pdf; name="Proposta_di_assunzione_Dana_Whitfield.pdf"',
            'attachment; filename="Proposta_di_assunzione_Dana_Whitfield.pdf"',
        ),
    ),
    L(
        "offer",
        language="it",
        company=LN,
        role=LN_ROLE,
        thread="lagonero",
        notes="Italian offer ('offrirti la posizione', 'proposta'). 'entro venerdì 20 marzo' is Dana's answer deadline: decision_date null.",
    ),
)

# =========================================================================== cais (pt, Lisbon)
CD = "Cais Digital"
CD_ROLE = "Engenheiro(a) de Dados Sénior"
RITA = person("Rita Moura", "rita.moura@caisdigital.example")

CD_1_TEXT = """
Olá Dana,

Obrigada pela tua candidatura à vaga de Engenheiro(a) de Dados Sénior na Cais Digital!

Gostávamos de te conhecer melhor numa primeira conversa de 30 minutos comigo, por videochamada. Podes escolher o dia e a hora que te forem mais convenientes através do link abaixo:

Marcar entrevista: https://caisdigital.teamtailor.com/meetings/7d1e93b2

Os horários são apresentados no teu fuso horário.

Até breve!
Rita Moura
Talent Acquisition · Cais Digital
Rua da Boavista 120, 1200-066 Lisboa
"""

msg(
    "cais-1",
    f"""
    From: "Rita Moura - Cais Digital" <notifications@teamtailor-mail.com>
    Reply-To: Rita Moura <rita.moura@caisdigital.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {bword("Convite para entrevista – Engenheiro(a) de Dados Sénior")}
    Date: Thu, 5 Feb 2026 10:12:33 +0000
    Message-ID: {mid("cais-1", "teamtailor-mail.com")}
    X-Teamtailor-Message: interview_scheduling
    """,
    alt(
        text(CD_1_TEXT, cte="base64"),
        html(
            auto_html(CD_1_TEXT, "font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px"),
            cte="base64",
        ),
    ),
    L(
        "interview_invite",
        language="pt",
        company=CD,
        role=CD_ROLE,
        interviewers=[RITA],
        thread="cais",
        notes="European Portuguese Teamtailor self-scheduling link ('Marcar entrevista'): no time. The recruiter holds the call herself ('comigo'); her address is the Reply-To. Lisbon is UTC+0 in winter.",
    ),
)

CD_2_TEXT = """
Olá,

Obrigada pela tua mensagem. Estou ausente do escritório até sexta-feira, 13 de fevereiro, sem acesso regular ao e-mail. Regresso na segunda-feira, 16 de fevereiro, e responderei assim que possível.

Para assuntos urgentes, contacta talent@caisdigital.example.

Rita Moura
Cais Digital
"""

msg(
    "cais-2",
    f"""
    From: Rita Moura <rita.moura@caisdigital.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {qword("Resposta automática: Pergunta sobre a entrevista", "iso-8859-1")}
    Date: Mon, 9 Feb 2026 11:03:27 +0000
    Message-ID: {mid("cais-2", "caisdigital.example")}
    Auto-Submitted: auto-replied
    """,
    text(CD_2_TEXT, charset="iso-8859-1", cte="8bit"),
    L(
        "out_of_office",
        language="pt",
        hard_negative=True,
        company=CD,
        return_date="2026-02-16",
        thread="cais",
        notes="Portuguese auto-reply, raw ISO-8859-1 8-bit body. Away 'até sexta-feira, 13 de fevereiro', back 'segunda-feira, 16 de fevereiro' (stated).",
    ),
)

CD_3_TEXT = """
Olá Dana,

Muito obrigada pelo tempo que dedicaste ao nosso processo de recrutamento e pela conversa com a equipa.

Depois de uma análise cuidada, decidimos avançar com outros candidatos cujo perfil se ajusta mais às necessidades atuais da equipa. Sabemos que não é a notícia que esperavas.

Com a tua autorização, manteremos os teus dados na nossa base de talento durante 12 meses, para futuras oportunidades.

Desejamos-te muito sucesso!
Rita Moura e equipa Cais Digital
"""

msg(
    "cais-3",
    f"""
    From: "Rita Moura - Cais Digital" <notifications@teamtailor-mail.com>
    Reply-To: Rita Moura <rita.moura@caisdigital.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: A tua candidatura na Cais Digital
    Date: Tue, 24 Feb 2026 14:03:51 +0000
    Message-ID: {mid("cais-3", "teamtailor-mail.com")}
    X-Teamtailor-Message: rejection
    """,
    alt(
        text(CD_3_TEXT),
        html(auto_html(CD_3_TEXT, "font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px")),
    ),
    L(
        "rejection",
        language="pt",
        company=CD,
        role=None,
        thread="cais",
        notes="Portuguese rejection ('decidimos avançar com outros candidatos'). '12 meses' is data retention.",
    ),
)

# =========================================================================== lindqvist (en, Stockholm)
LQ = "Lindqvist Audio"
LQ_ROLE = "Freelance Data Engineer"
NILS = person("Nils Ekdahl", "nils.ekdahl@lindqvist-audio.example")
LQ_1_ID = mid("lindqvist-1", "cal.com")

LQ_1_TEXT = """
Your event has been scheduled
We sent an email with a calendar invitation with the details to everyone.

What
Intro call – Freelance Data Engineer between Nils Ekdahl and Dana Whitfield

When
Friday, January 16, 2026 | 2:00pm - 2:30pm (Europe/Stockholm)

Who
Nils Ekdahl - Organizer
nils.ekdahl@lindqvist-audio.example
Dana Whitfield
dana.whitfield@example.org

Where
Google Meet: https://meet.google.com/lqv-audi-oxx

Additional notes
Quick chat about the 6-month data platform contract – no prep needed.

Need to make a change? Reschedule or Cancel: https://cal.com/booking/4fQm2kLx9Ta
"""

LQ_1_ICS = """
BEGIN:VCALENDAR
VERSION:2.0
CALSCALE:GREGORIAN
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:4fQm2kLx9Ta@Cal.com
DTSTAMP:20260113T093107Z
DTSTART:20260116T130000Z
DTEND:20260116T133000Z
SUMMARY:Intro call – Freelance Data Engineer between Nils Ekdahl and Dana Whitfield
DESCRIPTION:Quick chat about the 6-month data platform contract – no prep needed.
LOCATION:https://meet.google.com/lqv-audi-oxx
ORGANIZER;CN=Nils Ekdahl:mailto:nils.ekdahl@lindqvist-audio.example
ATTENDEE;CN=Dana Whitfield;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dana.whitfield@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

msg(
    "lindqvist-1",
    f"""
    From: Nils Ekdahl <no-reply@cal.com>
    Reply-To: Nils Ekdahl <nils.ekdahl@lindqvist-audio.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {qword("Confirmed: Intro call – Freelance Data Engineer between Nils Ekdahl and Dana Whitfield")}
    Date: Tue, 13 Jan 2026 09:31:07 +0000
    Message-ID: {LQ_1_ID}
    """,
    mixed(
        alt(
            text(LQ_1_TEXT),
            html(
                auto_html(
                    LQ_1_TEXT, "font-family:Inter,Arial,sans-serif;font-size:14px;color:#101010"
                )
            ),
        ),
        cal_file(LQ_1_ICS, "event.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "interview_confirmation",
        company=LQ,
        role=LQ_ROLE,
        interview=("2026-01-16T14:00:00+01:00", "2026-01-16T14:30:00+01:00"),
        interviewers=[NILS],
        thread="lindqvist",
        notes="Cal.com booking confirmation: Dana booked from a link Nils had sent on LinkedIn (not in the corpus), so it confirms a time she chose. Text in Europe/Stockholm (CET), .ics in UTC; they agree. The organiser holds the call himself.",
    ),
)

LQ_2_TEXT = """
Hi Dana – thanks for today, good chat!

Short version: we'd like you to meet Karin (our CTO) and do a small paid pairing session. I'll send times early next week.

/N

Skickat från min iPhone
"""

msg(
    "lindqvist-2",
    f"""
    From: Nils Ekdahl <nils.ekdahl@lindqvist-audio.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Re: Intro call
    Date: Fri, 16 Jan 2026 15:12:44 +0100
    Message-Id: <A0F3C7D1-2E8B-4C55-9B6A-7D4E1F2A3B9C@lindqvist-audio.example>
    In-Reply-To: {LQ_1_ID}
    References: {LQ_1_ID}
    Mime-Version: 1.0 (1.0)
    X-Mailer: iPhone Mail (22C152)
    """,
    text(LQ_2_TEXT),
    L(
        "next_round",
        company=LQ,
        role=None,
        interviewers=[person("Karin", None)],
        thread="lindqvist",
        notes="Phone note: next stage (CTO + paid pairing), no time. 'early next week' is about sending times. Swedish iPhone signature.",
    ),
)

LQ_3_HTML = """
<!doctype html>
<html><head><meta charset="utf-8"><title>Review your contract</title></head>
<body style="margin:0;background:#f7f7fb;font-family:'Inter',Arial,sans-serif;color:#17171f">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 12px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px">
<tr><td style="padding:28px 32px 0"><img src="https://assets.deel.com/email/deel-logo.png" alt="deel." height="24"></td></tr>
<tr><td style="padding:20px 32px;font-size:15px;line-height:23px">
<p>Hi Dana,</p>
<p><b>Lindqvist Audio AB</b> has invited you to Deel to review and sign your contract.</p>
<table role="presentation" cellpadding="6" cellspacing="0" style="font-size:14px;background:#f4f5ff;border-radius:8px;width:100%">
<tr><td style="color:#6b6b80">Contract</td><td>Freelance Data Engineer – Data platform rebuild</td></tr>
<tr><td style="color:#6b6b80">Type</td><td>Fixed rate</td></tr>
<tr><td style="color:#6b6b80">Rate</td><td>EUR 8,400.00 / month</td></tr>
<tr><td style="color:#6b6b80">Start date</td><td>Mar 2, 2026</td></tr>
<tr><td style="color:#6b6b80">End date</td><td>Aug 31, 2026</td></tr>
</table>
<p style="text-align:center;margin:28px 0"><a href="https://app.deel.com/contracts/invite/Yx7Pq2Lm" style="background:#1f2bff;color:#ffffff;padding:12px 28px;border-radius:999px;text-decoration:none;font-weight:600">Review and sign</a></p>
<p style="font-size:13px;color:#6b6b80">This invitation link expires in 14 days. After you sign, Lindqvist Audio AB will countersign and you will be asked to complete your onboarding (tax form and bank details).</p>
</td></tr>
<tr><td style="padding:16px 32px 28px;font-size:11px;color:#9a9aae">Deel, Inc. · 650 2nd Street, San Francisco, CA 94107 · You received this email because Lindqvist Audio AB invited you to Deel.</td></tr>
</table></td></tr></table></body></html>
"""

msg(
    "lindqvist-3",
    f"""
    From: Deel <no-reply@letsdeel.com>
    To: dana.whitfield@example.org
    Subject: Lindqvist Audio AB sent you a contract to review
    Date: Tue, 3 Feb 2026 15:02:26 +0000
    Message-ID: {mid("lindqvist-3", "letsdeel.com")}
    Auto-Submitted: auto-generated
    """,
    html(LQ_3_HTML),
    L(
        "offer",
        company=LQ,
        role=LQ_ROLE,
        thread="lindqvist",
        notes="Deel contractor invitation: for a freelance engagement the contract to sign (rate, dates) is the offer, sent through the payroll platform on the client's behalf. Company = the client, without 'AB'. 'expires in 14 days' is a link expiry.",
    ),
)

# =========================================================================== okapi (de, Berlin)
OK = "Okapi Payments"
OK_ROLE = "Senior Backend Engineer (Go) (m/w/d)"
LEA = person("Lea Hoffmann", "lea.hoffmann@okapi-payments.example")
OK_1_ID = mid("okapi-1", "jobs.personio.de")

OK_1_TEXT = """
Hallo Dana,

vielen Dank für Deine Bewerbung als Senior Backend Engineer (Go) (m/w/d) und Dein Interesse an Okapi Payments!

Wir würden Dich gern kennenlernen. Passt Dir Montag, der 23. Februar, von 16:00 bis 17:00 Uhr? Das Gespräch findet per Microsoft Teams statt; dabei sind Jan Brodersen (Engineering Lead Acquiring) und ich.

Bitte gib mir kurz Bescheid, ob der Termin für Dich passt – den Link schicke ich Dir dann mit der Kalendereinladung.

Viele Grüße aus Kreuzberg
Lea Hoffmann
People & Talent | Okapi Payments GmbH
Ritterstraße 12, 10969 Berlin
"""

msg(
    "okapi-1",
    f"""
    From: =?utf-8?Q?Lea_Hoffmann_=7C_Okapi_Payments?= <okapi-payments@jobs.personio.de>
    Reply-To: Lea Hoffmann <lea.hoffmann@okapi-payments.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {qword("Einladung zum Kennenlernen – Senior Backend Engineer (Go) (m/w/d)")}
    Date: Mon, 16 Feb 2026 10:44:18 +0100
    Message-ID: {OK_1_ID}
    X-Personio-Template: candidate_message
    """,
    alt(
        text(OK_1_TEXT, cte="base64"),
        html(
            auto_html(OK_1_TEXT, "font-family:'Source Sans Pro',Arial,sans-serif;font-size:15px"),
            cte="base64",
        ),
    ),
    L(
        "interview_invite",
        language="de",
        company=OK,
        role=OK_ROLE,
        interview=("2026-02-23T16:00:00+01:00", "2026-02-23T17:00:00+01:00"),
        interviewers=[LEA, person("Jan Brodersen", None)],
        thread="okapi",
        notes="German Personio message proposing one fixed slot ('Passt Dir Montag ... von 16:00 bis 17:00 Uhr?'). The recruiter takes part ('dabei sind ... und ich'). Base64 bodies.",
    ),
)

OK_2_TEXT = (
    "Hallo Lea,\n\nvielen Dank für die Einladung! Montag, 23.02., 16–17 Uhr passt mir sehr gut. Ich freue mich auf das Gespräch mit Jan und Dir.\n\nViele Grüße\nDana\n\n"
    "Am Mo., 16. Feb. 2026 um 10:44 Uhr schrieb Lea Hoffmann | Okapi Payments <okapi-payments@jobs.personio.de>:\n"
    + quote(OK_1_TEXT)
)

msg(
    "okapi-2",
    f"""
    MIME-Version: 1.0
    Date: Mon, 16 Feb 2026 12:30:02 +0100
    Message-ID: {mid("okapi-2", "", "gmail")}
    In-Reply-To: {OK_1_ID}
    References: {OK_1_ID}
    Subject: {qword("Re: Einladung zum Kennenlernen – Senior Backend Engineer (Go) (m/w/d)")}
    From: {DANA}
    To: Lea Hoffmann <lea.hoffmann@okapi-payments.example>
    """,
    text(OK_2_TEXT),
    L(
        "user_sent",
        language="de",
        hard_negative=True,
        company=OK,
        role=OK_ROLE,
        thread="okapi",
        notes="Dana accepts in German; German Gmail quote header.",
    ),
)

OK_3_TEXT = """
Hallo Dana,

leider muss ich unseren Termin am Montag, 23.02., von 16 bis 17 Uhr absagen – Jan ist kurzfristig krank geworden, und ohne ihn möchten wir das Gespräch nicht führen.

Das tut mir wirklich leid! Ich melde mich Anfang nächster Woche mit neuen Terminvorschlägen bei Dir.

Viele Grüße
Lea
"""

msg(
    "okapi-3",
    f"""
    From: Lea Hoffmann <lea.hoffmann@okapi-payments.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Absage unseres Termins am Montag
    Date: Fri, 20 Feb 2026 08:12:36 +0100
    Message-ID: {mid("okapi-3", "okapi-payments.example")}
    """,
    text(OK_3_TEXT, charset="windows-1252", cte="quoted-printable"),
    L(
        "interview_cancel",
        language="de",
        company=OK,
        role=None,
        interview=("2026-02-23T16:00:00+01:00", "2026-02-23T17:00:00+01:00"),
        interviewers=[person("Jan", None)],
        thread="okapi",
        notes="'Absage' of an appointment, not of the application; new proposals promised but none given: cancel. interview = the cancelled slot (stated with its end). Only Jan is named as a participant here ('ohne ihn'); Lea writes. 'Anfang nächster Woche' is about new proposals.",
    ),
)

OK_4_TEXT = """
Hallo Dana,

wie versprochen ein neuer Vorschlag: Wie wäre es mit Donnerstag, 26.02., 10:30–11:30 Uhr? Gleiche Runde wie geplant, also Jan und ich, wieder per Teams.

Jan ist wieder fit und freut sich schon.

Viele Grüße
Lea
"""

msg(
    "okapi-4",
    f"""
    From: Lea Hoffmann <lea.hoffmann@okapi-payments.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Neuer Termin: Kennenlernen Okapi Payments
    Date: Tue, 24 Feb 2026 13:05:09 +0100
    Message-ID: {mid("okapi-4", "okapi-payments.example")}
    """,
    text(OK_4_TEXT, charset="windows-1252", cte="8bit"),
    L(
        "interview_reschedule",
        language="de",
        company=OK,
        role=None,
        interview=("2026-02-26T10:30:00+01:00", "2026-02-26T11:30:00+01:00"),
        interviewers=[person("Jan", None), LEA],
        thread="okapi",
        notes="The new time promised in the cancellation (okapi-3): a new time for the same interview, so reschedule, not a new invite (proposed, not yet confirmed).",
    ),
)

OK_5_TEXT = """
Hallo Dana,

danke nochmal für das gute Gespräch am Donnerstag – Jan war begeistert von Deinen Ideen zum Settlement-Service.

Wir sprechen diese Woche noch mit zwei weiteren Kandidat:innen und geben Dir bis spätestens 12.03. Bescheid, wie es weitergeht.

Viele Grüße
Lea
"""

msg(
    "okapi-5",
    f"""
    From: Lea Hoffmann <lea.hoffmann@okapi-payments.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Kurzes Update
    Date: Mon, 2 Mar 2026 17:20:44 +0100
    Message-ID: {mid("okapi-5", "okapi-payments.example")}
    """,
    text(OK_5_TEXT),
    L(
        "timeline_update",
        language="de",
        company=OK,
        role=None,
        decision=("bis spätestens 12.03.", fixed("2026-03-12")),
        thread="okapi",
        notes="'bis spätestens 12.03.' = by 12 March at the latest (a Thursday). 'diese Woche' is about the other candidates.",
    ),
)

# =========================================================================== sillon (fr, Lyon)
SILLON_TEXT = """
Bonjour Dana,

Merci encore pour notre échange de mardi, c'était très agréable.

Nous souhaitons poursuivre avec vous : la prochaine étape est un entretien technique d'environ 1h30 avec deux membres de l'équipe Data. Claire, notre office manager, vous proposera des créneaux d'ici vendredi.

Bien à vous,
Thomas Mercier
CTO – Sillon Data, Lyon
"""

msg(
    "sillon-1",
    f"""
    From: Thomas Mercier <thomas.mercier@sillon-data.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {qword("Suite de notre échange")}
    Date: Thu, 22 Jan 2026 18:20:14 +0100
    Message-ID: {mid("sillon-1", "sillon-data.example")}
    """,
    text(SILLON_TEXT, cte="8bit"),
    L(
        "next_round",
        language="fr",
        company="Sillon Data",
        role=None,
        thread="sillon",
        notes="French next stage without a time; 'd'ici vendredi' is when the office manager proposes slots, not a decision. The office manager only schedules.",
    ),
)

# =========================================================================== brasa (es, Valencia)
BRASA_TEXT = """
Hola Dana:

Gracias de nuevo por tu tiempo en la entrevista final con Jorge y Marta. Nos dejaste muy buena impresión.

Como último paso antes de tomar una decisión, ¿podrías facilitarnos el nombre y el contacto de dos personas que puedan darnos referencias sobre tu trabajo? Idealmente, una de ellas debería haber sido tu responsable directa.

Nuestra intención es comunicarte la decisión final antes del 6 de marzo.

Un saludo,
Nuria Ferrer
People & Culture - Brasa Labs (Valencia)
"""

BRASA_1_TEXT = """
Hola Dana:

¡Gracias por tu candidatura al puesto de Ingeniero/a de Datos Senior en Brasa Labs! Hemos recibido tu CV correctamente.

Nuestro equipo revisará tu perfil con calma y te contactaremos en un plazo máximo de 10 días hábiles, tanto si seguimos adelante como si no.

Un saludo,
El equipo de People & Culture de Brasa Labs

Este correo se ha enviado a través de Factorial. Por favor, no respondas a este mensaje.
"""

msg(
    "brasa-1",
    f"""
    From: Brasa Labs <no-reply@factorialhr.com>
    To: dana.whitfield@example.org
    Subject: {qword("Hemos recibido tu candidatura – Brasa Labs")}
    Date: Tue, 27 Jan 2026 10:05:41 +0100
    Message-ID: {mid("brasa-1", "mail.factorialhr.com")}
    Auto-Submitted: auto-generated
    """,
    alt(
        text(BRASA_1_TEXT),
        html(auto_html(BRASA_1_TEXT, "font-family:Inter,Arial,sans-serif;font-size:14px")),
    ),
    L(
        "application_ack",
        language="es",
        hard_negative=True,
        company="Brasa Labs",
        role="Ingeniero/a de Datos Senior",
        decision=("en un plazo máximo de 10 días hábiles", plus_business_days(10)),
        thread="brasa",
        notes="Spanish receipt via Factorial with a review time: 10 business days from Tue 27 Jan = Tue 10 Feb (chosen after Valencia's local holiday of 22 January).",
    ),
)

msg(
    "brasa-2",
    f"""
    From: Nuria Ferrer <nuria.ferrer@brasalabs.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Referencias - Ingeniera de Datos Senior
    Date: Wed, 25 Feb 2026 13:15:09 +0100
    Message-ID: {mid("brasa-2", "brasalabs.example")}
    """,
    text(BRASA_TEXT, charset="iso-8859-1", cte="quoted-printable"),
    L(
        "reference_request",
        language="es",
        company="Brasa Labs",
        role="Ingeniera de Datos Senior",
        decision=("antes del 6 de marzo", fixed("2026-03-06")),
        thread="brasa",
        notes="Spanish reference request after the final interview, with an explicit decision date ('antes del' = by, upper end as in the first corpus).",
    ),
)

# =========================================================================== auric (de, SAP SuccessFactors)
AURIC_HTML = """
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#000000">
<p>Sehr geehrte Frau Whitfield,</p>
<p>der Status Ihrer Bewerbung auf die Position &bdquo;Data Engineer (w/m/d) Digital Manufacturing&ldquo; (Stellen-ID 48213) hat sich geändert.</p>
<table border="0" cellpadding="4" cellspacing="0" style="font-size:10pt">
<tr><td><b>Neuer Status:</b></td><td>In Prüfung durch die Fachabteilung</td></tr>
<tr><td><b>Standort:</b></td><td>Ludwigshafen am Rhein</td></tr>
</table>
<p>Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen:<br>
<a href="https://career5.successfactors.eu/career?company=auricchemP&amp;career_ns=job_application">https://career5.successfactors.eu/career?company=auricchemP&amp;career_ns=job_application</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Auric Chemicals SE</p>
<p style="font-size:8pt;color:#666666">Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.</p>
</body></html>
"""

msg(
    "auric-1",
    f"""
    From: Auric Chemicals Karriere <DoNotReply@successfactors.eu>
    To: dana.whitfield@example.org
    Subject: {qword("Statusänderung Ihrer Bewerbung – Data Engineer (w/m/d) Digital Manufacturing")}
    Date: Mon, 19 Jan 2026 07:30:00 +0100
    Message-ID: {mid("auric-1", "successfactors.eu")}
    Auto-Submitted: auto-generated
    """,
    html(AURIC_HTML),
    L(
        "application_ack",
        language="de",
        hard_negative=True,
        company="Auric Chemicals",
        role="Data Engineer (w/m/d) Digital Manufacturing",
        thread="auric",
        notes="SAP SuccessFactors status change to 'In Prüfung durch die Fachabteilung' (the hiring department is looking at it): the 'your application was viewed' kind, so application_ack. HTML-only.",
    ),
)

# =========================================================================== wattwerk (de, JOIN)
WATT_TEXT = """
Hallo Dana,

gute Nachrichten: Wattwerk Energie hat sich Deine Bewerbung als Data Engineer (m/w/d) angesehen.

Was passiert jetzt? Das Unternehmen prüft Deine Unterlagen und meldet sich bei Dir, wenn es Dich kennenlernen möchte. Viele Unternehmen antworten innerhalb von 14 Tagen.

Deine Bewerbungen im Überblick: https://join.com/candidate/applications

Viel Erfolg!
Dein JOIN Team

JOIN Solutions AG · Sihlbruggstrasse 105, 6340 Baar, Schweiz
"""

msg(
    "wattwerk-1",
    f"""
    From: JOIN <noreply@join.com>
    To: dana.whitfield@example.org
    Subject: {qword("Wattwerk Energie hat Deine Bewerbung angesehen 👀")}
    Date: Wed, 28 Jan 2026 14:12:09 +0100
    Message-ID: {mid("wattwerk-1", "join.com")}
    List-Unsubscribe: <https://join.com/unsubscribe/candidate-notifications>
    Auto-Submitted: auto-generated
    """,
    alt(text(WATT_TEXT), html(auto_html(WATT_TEXT, "font-family:Arial,sans-serif;font-size:15px"))),
    L(
        "application_ack",
        language="de",
        hard_negative=True,
        company="Wattwerk Energie",
        role="Data Engineer (m/w/d)",
        thread="wattwerk",
        notes="JOIN 'your application was viewed' notice. 'Viele Unternehmen antworten innerhalb von 14 Tagen' is the platform's general statistic, not the company's statement: no decision_date.",
    ),
)
