# ruff: noqa: E501
"""UK, Nordics and the smaller languages: bramblecote (Bath, Zoho Recruit), tollgate (agency via
Manatal), granlund (Stockholm, Teamtailor), duinstroom (Utrecht, Homerun, nl), fornace (Bologna,
it), bursztyn (Gdańsk, Recruitee, pl)."""

from __future__ import annotations

from source.lib import (
    L,
    alt,
    attachment,
    auto_html,
    cal_file,
    end_of_month,
    fake_pdf,
    fixed,
    html,
    mid,
    mixed,
    msg,
    person,
    plus_days,
    plus_weeks,
    text,
)

from .common import b_word, q_word, zone

# =========================================================================== bramblecote (en-GB, Bath)
BC = "Bramblecote Publishing"
BC_ROLE = "Data Engineer (Analytics Platform)"

BC_1_TEXT = """
Dear Dana,

Thank you for applying for the Data Engineer (Analytics Platform) position at Bramblecote Publishing. This is an automated email to let you know we've received your application safely.

We'll be reviewing applications over the next 2 weeks and will let you know either way. We think everyone who takes the time to apply deserves an answer.

In the meantime, you might enjoy our engineering blog: https://bramblecote.example/blog/engineering

Kind regards,
The Bramblecote Recruitment Team
Bramblecote Publishing Ltd · 4 Queen Square · Bath BA1 2HA
"""

msg(
    "bramblecote-1",
    """
    From: Bramblecote Careers <careers-bramblecote@zohorecruitmail.eu>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Thanks for your interest in Bramblecote!
    Date: Fri, 10 Apr 2026 16:27:03 +0100
    Message-ID: <zr.4f1a9c02.bramblecote.1775834823@zohorecruitmail.eu>
    Auto-Submitted: auto-generated
    X-Mailer: Zoho Recruit
    """,
    alt(
        text(BC_1_TEXT),
        html(auto_html(BC_1_TEXT, "font-family:Georgia,serif;font-size:15px;color:#2b2b2b")),
    ),
    L(
        "application_ack",
        hard_negative=True,
        company=BC,
        role=BC_ROLE,
        decision=("over the next 2 weeks", plus_weeks(2)),
        thread="bramblecote",
        notes="The automatic 'thanks for your interest, we'll review in 2 weeks' acknowledgement: application_ack whose review time counts (README): 10 April + 14 = 24 April.",
    ),
)

BC_2_TEXT = """
Dear Dana,

We regret to inform you that the following interview has been cancelled.

Interview: First-stage interview - Data Engineer (Analytics Platform)
Date & Time: 30/04/2026 02:00 PM - 02:45 PM (Europe/London)
Interviewer(s): Hugh Pennington, Aisha Rahman
Reason: Interviewer unavailable

Your recruiter will be in touch shortly to arrange an alternative.

Regards,
Bramblecote Recruitment Team

This is a system generated email from Zoho Recruit.
"""

BC_2_ICS = f"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoho Corporation//Zoho Recruit//EN
METHOD:CANCEL
{zone("Europe/London")}
BEGIN:VEVENT
UID:ZR_INTERVIEW_6271000004418223@zohorecruit.eu
DTSTAMP:20260428T081240Z
SEQUENCE:1
STATUS:CANCELLED
DTSTART;TZID=Europe/London:20260430T140000
DTEND;TZID=Europe/London:20260430T144500
SUMMARY:First-stage interview - Data Engineer (Analytics Platform) - Dana Whitfield
ORGANIZER;CN=Bramblecote Recruitment:mailto:careers-bramblecote@zohorecruitmail.eu
ATTENDEE;CN=Hugh Pennington:mailto:hugh.pennington@bramblecote.example
ATTENDEE;CN=Aisha Rahman:mailto:aisha.rahman@bramblecote.example
ATTENDEE;CN=Dana Whitfield:mailto:dana.whitfield@example.org
END:VEVENT
END:VCALENDAR
"""

msg(
    "bramblecote-2",
    """
    From: Bramblecote Careers <careers-bramblecote@zohorecruitmail.eu>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Interview Cancelled: Data Engineer (Analytics Platform) - Dana Whitfield
    Date: Tue, 28 Apr 2026 09:12:40 +0100
    Message-ID: <zr.9b77e1d3.bramblecote.1777363960@zohorecruitmail.eu>
    X-Mailer: Zoho Recruit
    """,
    mixed(
        text(BC_2_TEXT, charset="us-ascii", cte="7bit"),
        cal_file(BC_2_ICS, "cancel.ics", "application/octet-stream"),
    ),
    L(
        "interview_cancel",
        company=BC,
        role=BC_ROLE,
        interview=("2026-04-30T14:00:00+01:00", "2026-04-30T14:45:00+01:00"),
        interviewers=[
            person("Hugh Pennington", "hugh.pennington@bramblecote.example"),
            person("Aisha Rahman", "aisha.rahman@bramblecote.example"),
        ],
        thread="bramblecote",
        notes="Zoho Recruit cancellation, METHOD:CANCEL in an application/octet-stream attachment. The booking that it cancels is not in the corpus. UK day/month date '30/04/2026 02:00 PM' in BST. A new slot is only promised: cancel.",
    ),
)

# =========================================================================== tollgate (en-GB, agency via Manatal)
TG = "Tollgate Freight"
TG_ROLE = "Senior Data Engineer"
PRIYANKA = "Priyanka Shah <priyanka.shah@marchmont-search.example>"
TG_1_MID = "<mn.2f8a61c0e9.tollgate@manatal.com>"
TG_2_MID = mid("tollgate-2", "", "outlook")
GARETH = person("Gareth Pryce", None)
NKECHI = person("Nkechi Adeyemi", None)

TG_1_TEXT = """
Hi Dana,

Lovely to speak earlier. As promised, here are the details of your interview with Tollgate Freight:

Role: Senior Data Engineer
Date: Monday 11 May 2026
Time: 14:00 - 15:00 (UK) / 15:00 - 16:00 (Berlin)
Format: Video (Teams link to follow from Tollgate's EA)
Interviewers: Gareth Pryce (Head of Data) and Nkechi Adeyemi (Lead Data Engineer)

Gareth usually opens with your CV, then Nkechi will pick a pipeline you've built and go deep on it, so have one in mind with numbers to hand.

Tollgate tend to make their decision 7–10 days after interviewing, and I'll chase them if it drags.

Best of luck, speak after!

Priyanka

Priyanka Shah | Principal Consultant, Data
Marchmont Search | 71 Queen Victoria Street, London EC4V 4AY
T: +44 20 7946 0358

Sent via Manatal
"""

msg(
    "tollgate-1",
    f"""
    From: {PRIYANKA}
    Sender: Manatal <notifications@manatal.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {q_word("Interview confirmation – Tollgate Freight – Senior Data Engineer")}
    Date: Wed, 06 May 2026 12:30:15 +0100
    Message-ID: {TG_1_MID}
    """,
    alt(text(TG_1_TEXT), html(auto_html(TG_1_TEXT, "font-family:Arial;font-size:14px"))),
    L(
        "interview_confirmation",
        company=TG,
        role=TG_ROLE,
        interview=("2026-05-11T14:00:00+01:00", "2026-05-11T15:00:00+01:00"),
        interviewers=[GARETH, NKECHI],
        decision=("7–10 days after interviewing", fixed("2026-05-21")),
        thread="tollgate",
        notes="Agency confirmation of a client interview agreed on the phone, sent through Manatal (Sender header). The agency relays the client's habit '7–10 days after interviewing': anchored to the interview this message fixes (11 May), upper end of the range: 21 May.",
    ),
)

TG_2_TEXT = """
Hi Dana,

Bad news I'm afraid: Tollgate have had to pull Monday's interview with Gareth and Nkechi. Gareth has been signed off by his doctor for a couple of weeks and they don't want to run it without him.

They were very apologetic and are keen to rebook as soon as he's back, so this is a pause rather than anything to do with you. I'll come back to you with new times the moment I have them.

Have a good weekend,
Priyanka
"""

msg(
    "tollgate-2",
    f"""
    From: {PRIYANKA}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {q_word("RE: Interview confirmation – Tollgate Freight – Senior Data Engineer")}
    Date: Fri, 08 May 2026 16:05:49 +0100
    Message-ID: {TG_2_MID}
    In-Reply-To: {TG_1_MID}
    References: {TG_1_MID}
    """,
    text(TG_2_TEXT, charset="us-ascii", cte="7bit"),
    L(
        "interview_cancel",
        company=TG,
        role=TG_ROLE,
        interviewers=[GARETH, NKECHI],
        thread="tollgate",
        notes="'pull Monday's interview' = cancel; new times only promised ('a pause'). The message names only the day, not the slot, so interview is null (as the first corpus does for 'on Friday'); the slot is in tollgate-1. The interviewers of the cancelled interview are named. 'a couple of weeks' is the manager's sick leave.",
    ),
)

TG_3_TEXT = """
Morning Dana,

Tollgate are back in business! Gareth's back at his desk and they'd like to rebook you for Tuesday 26 May, 10:30 - 11:30 UK time (11:30 - 12:30 for you), same panel with Gareth and Nkechi, same format. (Monday's a bank holiday here, hence the Tuesday.)

Can you let me know today if that works? Their EA will send the new Teams invite once you've confirmed.

Thanks,
Priyanka
"""

msg(
    "tollgate-3",
    f"""
    From: {PRIYANKA}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {q_word("RE: Interview confirmation – Tollgate Freight – Senior Data Engineer")}
    Date: Wed, 20 May 2026 10:20:33 +0100
    Message-ID: {mid("tollgate-3", "", "outlook")}
    In-Reply-To: {TG_2_MID}
    References: {TG_1_MID} {TG_2_MID}
    """,
    text(TG_3_TEXT, charset="us-ascii", cte="7bit"),
    L(
        "interview_reschedule",
        company=TG,
        role=TG_ROLE,
        interview=("2026-05-26T10:30:00+01:00", "2026-05-26T11:30:00+01:00"),
        interviewers=[GARETH, NKECHI],
        thread="tollgate",
        notes="A new time after a cancellation that promised one: interview_reschedule (as the first hold-out set decided). 'let me know today' is Dana's deadline.",
    ),
)

# =========================================================================== granlund (en, Stockholm, Teamtailor)
GR = "Granlund Mobility"
GR_ROLE = "Senior Data Engineer, Fleet Analytics"
SOFIA_FROM = '"Sofia Berglund | Granlund Mobility" <notifications@teamtailor-mail.com>'

GR_1_TEXT = """
Hej Dana!

Thanks for a really nice conversation last week. Anders and I both left it wanting to see more of how you think.

The next step is a small case: a sample of anonymised trip telemetry from our e-scooters and three questions about how you'd model it for the fleet ops team. You'll find everything in the attachment. We don't expect a polished product: 3-4 hours is plenty, and a README with your reasoning matters more to us than test coverage.

Please send it back to me within 5 days (just reply to this email). We go through every case within a week of receiving it and will then invite you to walk us through it.

Ha det bra,
Sofia Berglund
Talent Acquisition, Granlund Mobility
Stockholm
"""

msg(
    "granlund-1",
    f"""
    From: {SOFIA_FROM}
    Reply-To: <reply+c4e1a9f0-granlund-83@reply.teamtailor-mail.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {q_word("Your case assignment – Senior Data Engineer, Fleet Analytics")}
    Date: Tue, 21 Apr 2026 13:30:48 +0200
    Message-ID: <tt-msg-83c4e1a9f0@teamtailor-mail.com>
    """,
    mixed(
        alt(
            text(GR_1_TEXT),
            html(auto_html(GR_1_TEXT, "font-family:Inter,sans-serif;font-size:15px")),
        ),
        attachment(
            fake_pdf("Granlund case"),
            'application/pdf; name="granlund_case_fleet_telemetry.pdf"',
            'attachment; filename="granlund_case_fleet_telemetry.pdf"',
        ),
    ),
    L(
        "info_request",
        company=GR,
        role=GR_ROLE,
        thread="granlund",
        notes="Take-home case via Teamtailor: info_request. 'within 5 days' is Dana's deadline; 'within a week of receiving it' is anchored to her undated submission: no decision_date.",
    ),
)

GR_2_TEXT = """
Hej Dana,

Great news: the team loved your case walkthrough on Thursday, and we'd like to invite you to our final round, an afternoon at our office on Södermalm where you'll meet our Head of Engineering, Lina Holm, and a couple of people from fleet ops. We cover flights and a hotel night, of course.

Elin from our People team will email you within 7-10 days to find a date that works for both sides.

Vänliga hälsningar,
Sofia
"""

msg(
    "granlund-2",
    f"""
    From: {SOFIA_FROM}
    Reply-To: <reply+c4e1a9f0-granlund-83@reply.teamtailor-mail.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Final round - Senior Data Engineer, Fleet Analytics
    Date: Tue, 05 May 2026 11:02:33 +0200
    Message-ID: <tt-msg-91d7b20e44@teamtailor-mail.com>
    """,
    alt(text(GR_2_TEXT), html(auto_html(GR_2_TEXT, "font-family:Inter,sans-serif;font-size:15px"))),
    L(
        "next_round",
        company=GR,
        role=GR_ROLE,
        interviewers=[person("Lina Holm", None)],
        thread="granlund",
        notes="Advances to the final on-site; no date yet. 'within 7-10 days' is when the scheduler will write, not a decision: no decision_date.",
    ),
)

GR_3_TEXT = """
Hej Dana!

Lina and the team were unanimous after your visit on Tuesday: we would love for you to join Granlund Mobility as Senior Data Engineer, Fleet Analytics.

Your offer is attached, and you can also sign it digitally here: https://app.teamtailor.com/offers/sign/5be0c7a2

Some highlights:
- SEK 72,000 per month, or the Berlin-equivalent package through our Employer of Record if you prefer to stay put
- Six weeks of vacation
- A start date of your choosing after 1 August

Take the weekend to read it through, and call me on Monday with any questions at all.

Sofia
"""

msg(
    "granlund-3",
    f"""
    From: {SOFIA_FROM}
    Reply-To: <reply+c4e1a9f0-granlund-83@reply.teamtailor-mail.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {b_word("An offer for you 🛴 – Senior Data Engineer, Fleet Analytics")}
    Date: Fri, 29 May 2026 15:45:10 +0200
    Message-ID: <tt-msg-a07f3e5d12@teamtailor-mail.com>
    """,
    mixed(
        alt(
            text(GR_3_TEXT),
            html(auto_html(GR_3_TEXT, "font-family:Inter,sans-serif;font-size:15px")),
        ),
        attachment(
            fake_pdf("Offer"),
            'application/pdf; name="Offer_Dana_Whitfield_Granlund.pdf"',
            'attachment; filename="Offer_Dana_Whitfield_Granlund.pdf"',
        ),
    ),
    L(
        "offer",
        company=GR,
        role=GR_ROLE,
        thread="granlund",
        notes="Teamtailor offer with PDF and e-sign link. 'call me on Monday' is not a deadline or a decision.",
    ),
)

# =========================================================================== duinstroom (nl, Utrecht, Homerun)
DS = "Duinstroom Energie"

DS_1_TEXT = """
Hoi Dana,

Wat leuk dat je bij Duinstroom wilt komen werken! We hebben je sollicitatie voor de functie Data Engineer goed ontvangen.

Ons team bekijkt elke sollicitatie met echte mensenogen. Binnen twee weken hoor je van ons, beloofd.

Tot snel!
Team Duinstroom Energie
Utrecht

Verstuurd met Homerun
"""

msg(
    "duinstroom-1",
    """
    From: Duinstroom Energie <no-reply@homerun.co>
    To: dana.whitfield@example.org
    Subject: Bedankt voor je sollicitatie, Dana!
    Date: Thu, 09 Apr 2026 11:00:16 +0200
    Message-ID: <hr.0c9f2e41.duinstroom@homerun.co>
    Auto-Submitted: auto-generated
    """,
    alt(
        text(DS_1_TEXT),
        html(auto_html(DS_1_TEXT, "font-family:Circular,Helvetica,sans-serif;font-size:16px")),
    ),
    L(
        "application_ack",
        language="nl",
        hard_negative=True,
        company=DS,
        role="Data Engineer",
        decision=("Binnen twee weken hoor je van ons", plus_weeks(2)),
        thread="duinstroom",
        notes="Homerun acknowledgement in Dutch; 'within two weeks you'll hear from us': 9 April + 14 = 23 April.",
    ),
)

DS_2_TEXT = """
Hoi Dana,

Dank je wel voor je interesse in Duinstroom en voor de tijd die je in je sollicitatie hebt gestoken.

We hebben alle sollicitaties zorgvuldig bekeken en besloten om verder te gaan met kandidaten die vloeiend Nederlands spreken, omdat de rol veel contact heeft met onze netbeheerders. Daarom gaan we niet verder met jouw sollicitatie.

We wensen je heel veel succes met je zoektocht!

Hartelijke groet,
Femke de Vries
Recruiter, Duinstroom Energie

Verstuurd met Homerun
"""

msg(
    "duinstroom-2",
    """
    From: Femke de Vries - Duinstroom Energie <no-reply@homerun.co>
    Reply-To: <reply-5e21b9@inbound.homerun.co>
    To: dana.whitfield@example.org
    Subject: Je sollicitatie bij Duinstroom Energie
    Date: Tue, 21 Apr 2026 15:34:22 +0200
    Message-ID: <hr.7a4d8b13.duinstroom@homerun.co>
    """,
    alt(
        text(DS_2_TEXT),
        html(auto_html(DS_2_TEXT, "font-family:Circular,Helvetica,sans-serif;font-size:16px")),
    ),
    L(
        "rejection",
        language="nl",
        company=DS,
        thread="duinstroom",
        notes="Dutch rejection before any interview (language requirement).",
    ),
)

# =========================================================================== fornace (it, Bologna)
FN = "Fornace Labs"
FN_ROLE = "Data Engineer Senior"
GIULIA = "Giulia Manfredi <giulia.manfredi@fornacelabs.example>"
FN_1_MID = mid("fornace-1", "", "outlook")

FN_1_TEXT = """
Gentile Dana,

grazie per aver inviato la tua candidatura per la posizione di Data Engineer Senior in Fornace Labs.

Abbiamo letto con interesse il tuo profilo e saremmo lieti di invitarti a un colloquio conoscitivo con Chiara Benassi, la nostra CTO, giovedì 21 maggio alle ore 11:00 (ora italiana) su Google Meet. Il colloquio durerà circa 45 minuti e si svolgerà in inglese.

Ti chiediamo gentilmente di confermare la tua disponibilità rispondendo a questa email. Ti daremo un riscontro entro la fine di maggio.

Cordiali saluti,

Giulia Manfredi
HR Specialist - Fornace Labs S.r.l.
Via del Pratello 9, 40122 Bologna
"""

msg(
    "fornace-1",
    f"""
    From: {GIULIA}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Invito a colloquio - Data Engineer Senior
    Date: Tue, 12 May 2026 10:00:45 +0200
    Message-ID: {FN_1_MID}
    Content-Language: it-IT
    """,
    alt(
        text(FN_1_TEXT, charset="iso-8859-15"),
        html(auto_html(FN_1_TEXT, "font-family:Calibri,sans-serif;font-size:11pt")),
    ),
    L(
        "interview_invite",
        language="it",
        company=FN,
        role=FN_ROLE,
        interview=("2026-05-21T11:00:00+02:00", "2026-05-21T11:45:00+02:00"),
        interviewers=[person("Chiara Benassi", None)],
        decision=("entro la fine di maggio", end_of_month()),
        thread="fornace",
        notes="Italian first invitation with one fixed time and 'circa 45 minuti'. 'Ti daremo un riscontro entro la fine di maggio' = end of the month, 31 May. 'confermare la tua disponibilità' is Dana's task.",
    ),
)

FN_2_TEXT = """
Ciao Dana,

ti scrivo con una bella notizia: Chiara è rimasta molto colpita dal colloquio e vorremmo proseguire con il secondo step, un colloquio tecnico di circa un'ora e mezza con due persone del team piattaforma.

Nei prossimi giorni ti manderò alcune proposte di data e orario.

Un saluto,
Giulia
"""

msg(
    "fornace-2",
    f"""
    From: {GIULIA}
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: R: Invito a colloquio - Data Engineer Senior
    Date: Thu, 28 May 2026 12:30:19 +0200
    Message-ID: {mid("fornace-2", "", "outlook")}
    In-Reply-To: {mid("fornace-dana", "", "gmail")}
    References: {FN_1_MID} {mid("fornace-dana", "", "gmail")}
    Content-Language: it-IT
    """,
    text(FN_2_TEXT),
    L(
        "next_round",
        language="it",
        company=FN,
        role=FN_ROLE,
        thread="fornace",
        notes="Italian 'R:' reply prefix. She advances; dates will be proposed ('nei prossimi giorni', vague and about scheduling). The two technical interviewers are not named.",
    ),
)

# =========================================================================== bursztyn (pl, Gdańsk, Recruitee)
BZ = "Bursztyn Software"
BZ_ROLE = "Senior Data Engineer"

BZ_1_TEXT = """
Cześć Dana,

dziękujemy za przesłanie aplikacji na stanowisko Senior Data Engineer w Bursztyn Software. Potwierdzamy, że Twoje zgłoszenie do nas dotarło.

Nasz zespół rekrutacyjny przeanalizuje Twoje CV i odpowie Ci w ciągu 14 dni.

Pozdrawiamy serdecznie,
Zespół Rekrutacji Bursztyn Software
ul. Długi Targ 11, 80-828 Gdańsk

Wysłane przez Recruitee
"""

msg(
    "bursztyn-1",
    f"""
    From: Bursztyn Software <noreply@recruitee.com>
    To: dana.whitfield@example.org
    Subject: {q_word("Dziękujemy za aplikację - Senior Data Engineer", "iso-8859-2")}
    Date: Mon, 20 Apr 2026 09:45:11 +0200
    Message-ID: <rt.a11e0c57.bursztyn@recruitee.com>
    Auto-Submitted: auto-generated
    """,
    text(BZ_1_TEXT, charset="iso-8859-2"),
    L(
        "application_ack",
        language="pl",
        hard_negative=True,
        company=BZ,
        role=BZ_ROLE,
        decision=("odpowie Ci w ciągu 14 dni", plus_days(14)),
        thread="bursztyn",
        notes="Polish Recruitee acknowledgement in ISO-8859-2 quoted-printable: 'will answer you within 14 days' = 4 May.",
    ),
)

BZ_2_TEXT = """
Cześć Dana,

dziękujemy za wczorajszą rozmowę z Tomaszem – wypadła bardzo dobrze! Z przyjemnością zapraszamy Cię do kolejnego etapu rekrutacji, czyli rozmowy technicznej z naszym architektem, Piotrem Nowakiem (po angielsku).

Wkrótce prześlę Ci link do kalendarza, w którym wybierzesz dogodny termin.

Pozdrawiam,
Magdalena Wiśniewska
HR Business Partner, Bursztyn Software
"""

msg(
    "bursztyn-2",
    f"""
    From: {b_word("Magdalena Wiśniewska (Bursztyn Software)")} <noreply@recruitee.com>
    Reply-To: <bursztyn+c7a0e2@inbound.recruitee.com>
    To: dana.whitfield@example.org
    Subject: {b_word("Zaproszenie do kolejnego etapu – Senior Data Engineer")}
    Date: Thu, 07 May 2026 14:20:55 +0200
    Message-ID: <rt.f4b8d912.bursztyn@recruitee.com>
    """,
    alt(text(BZ_2_TEXT), html(auto_html(BZ_2_TEXT))),
    L(
        "next_round",
        language="pl",
        company=BZ,
        role=BZ_ROLE,
        interviewers=[person("Piotr Nowak", None)],
        thread="bursztyn",
        notes="Polish: invited to the next stage, a technical talk with the architect (named in the instrumental case, 'Piotrem Nowakiem': the label gives the nominative). A self-scheduling link will follow ('wkrótce'): no time.",
    ),
)
