"""Non-events outside the stories (and Dana's reply to Marisma's offer).

Dana's employer is Spreewerk Systems (spreewerk.example), as in the second hold-out set.
"""

# Message text is kept as mail clients write it: long lines are part of the data.
# ruff: noqa: E501

from __future__ import annotations

import textwrap

from source.lib import (
    DANA,
    L,
    alt,
    attachment,
    auto_html,
    cal_file,
    cal_inline,
    fake_pdf,
    html,
    mid,
    mixed,
    msg,
    text,
    vtz,
)


def cal(*blocks: str) -> str:
    return "\n".join(textwrap.dedent(b).strip("\n") for b in blocks)


# --------------------------------------------------------------------------- Dana's own mail

msg(
    "marisma-user-1",
    f"""
    From: {DANA}
    To: =?UTF-8?Q?Luc=C3=ADa_Ferrer?= <lucia.ferrer@marismatech.example>
    Subject: =?UTF-8?Q?Re:_Propuesta_de_incorporaci=C3=B3n_=E2=80=93_Marisma_Tech?=
    Date: Mon, 03 Aug 2026 09:14:22 +0200
    Message-ID: {mid("marisma-user-1", "example.org")}
    In-Reply-To: {mid("marisma-3", "marismatech.example")}
    References: {mid("marisma-3", "marismatech.example")}
    """,
    text(
        """
        Hola Lucía:

        ¡Muchísimas gracias por la propuesta! Me hace mucha ilusión. Antes de firmar me gustaría
        aclarar un par de cosas sobre las visitas a Valencia y el paquete de reubicación.
        ¿Tendrías 20 minutos el miércoles a las 10:00 para una llamada rápida?

        Un saludo,
        Dana

        El jue, 30 jul 2026 a las 17:25, Lucía Ferrer <lucia.ferrer@marismatech.example> escribió:
        > ¡Tenemos buenas noticias! Después de hablar con tus referencias, nos complace
        > ofrecerte el puesto de Ingeniera de Datos Senior en Marisma Tech.
        > [...] La oferta es válida hasta el 14 de agosto.
        """
    ),
    L(
        "user_sent",
        language="es",
        hard_negative=True,
        company="Marisma Tech",
        role="Ingeniera de Datos Senior",
        thread="marisma",
        notes="Dana proposes a call: still user_sent; the quoted offer is not an event.",
    ),
)

# --------------------------------------------------------------------------- job alerts

msg(
    "linkedin-1",
    f"""
    From: LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>
    To: {DANA}
    Subject: "data engineer": Larchmont Analytics - Senior Data Engineer and more
    Date: Sat, 11 Jul 2026 06:02:13 +0000
    Message-ID: {mid("linkedin-1", "linkedin.com")}
    List-Unsubscribe: <https://www.linkedin.com/comm/jobs/alerts/unsubscribe?id=88812>
    """,
    html(
        auto_html(
            """
            Your job alert for data engineer in European Union

            6 new jobs match your preferences.

            Senior Data Engineer, Streaming
            Larchmont Analytics · London (Hybrid)
            Actively recruiting · 2 connections work here

            Machine Learning Platform Engineer
            Pinecrest AI · Remote (EMEA)
            Be an early applicant

            Data Engineer (all genders)
            Ostwind Mobility · Berlin
            Easy Apply · Interviewing now

            Analytics Engineer
            Coruja Bank · Lisbon
            Promoted

            See all jobs: https://www.linkedin.com/comm/jobs/search?alertId=88812
            """
        )
    ),
    L(
        "job_alert",
        hard_negative=True,
        notes="Names two pipeline companies (other roles) and says 'Interviewing now'.",
    ),
)

msg(
    "stepstone-1",
    f"""
    From: StepStone Job-Agent <jobagent@stepstone.de>
    To: {DANA}
    Subject: 5 neue Jobs für "Data Engineer" in Berlin
    Date: Tue, 28 Jul 2026 07:15:00 +0200
    Message-ID: {mid("stepstone-1", "stepstone.de")}
    List-Unsubscribe: <https://www.stepstone.de/jobagent/abmelden?id=4412>
    """,
    html(
        auto_html(
            """
            Hallo Dana, Ihr Job-Agent hat 5 neue Stellen für Sie gefunden:

            Senior Data Engineer (m/w/d) – Quellwerk Energie GmbH – Berlin – Teilweise Homeoffice
            Schnelle Rückmeldung: Das Unternehmen antwortet meist innerhalb von 7 Tagen

            Data Engineer Cloud (m/w/d) – Elbmarsch Versicherung – Hamburg

            Dateningenieur (w/m/d) – Stadtwerke Spreetal – Berlin

            Alle Jobs ansehen: https://www.stepstone.de/jobagent/4412
            """
        )
    ),
    L(
        "job_alert",
        language="de",
        hard_negative=True,
        notes="Names Quellwerk Energie (a different role) and a response-time claim: no "
        "decision date in an alert.",
    ),
)

msg(
    "pracuj-1",
    f"""
    From: Pracuj.pl <powiadomienia@pracuj.pl>
    To: {DANA}
    Subject: =?UTF-8?Q?Nowe_oferty_pracy:_Data_Engineer,_Krak=C3=B3w?=
    Date: Mon, 03 Aug 2026 08:00:41 +0200
    Message-ID: {mid("pracuj-1", "pracuj.pl")}
    List-Unsubscribe: <https://www.pracuj.pl/powiadomienia/wypisz?id=7781>
    """,
    html(
        auto_html(
            """
            Cześć Dana! Mamy dla Ciebie 3 nowe oferty pracy:

            Senior Data Engineer – Krokus Systems – Kraków (praca hybrydowa) – rekrutacja zdalna, 2 etapy rozmów

            Inżynier danych – Wawel Analytics – Kraków

            Big Data Developer – Bałtyk Soft – Gdańsk

            Zobacz wszystkie oferty: https://www.pracuj.pl/praca?alert=7781
            """
        )
    ),
    L("job_alert", language="pl", hard_negative=True, notes="Names Krokus Systems."),
)

# --------------------------------------------------------------------------- recruiter outreach

msg(
    "outreach-1",
    f"""
    From: Jack Holloway <jack.holloway@sterlingridge-talent.example>
    To: {DANA}
    Subject: Head of Data Engineering - Series B fintech, Berlin
    Date: Wed, 08 Jul 2026 12:20:47 +0100
    Message-ID: {mid("outreach-1", "sterlingridge-talent.example")}
    """,
    text(
        """
        Hi Dana,

        Hope you're well! I'm working exclusively with a Series B fintech in Berlin (can't name
        them just yet) who are building out their data org and your background at Spreewerk
        really stood out.

        The process is quick: two interviews and a short case study, and they make decisions
        within a week of the final interview. Salary up to EUR 115k + equity.

        Would you be free for a quick chat on Thursday at 4pm CET?

        Best,
        Jack Holloway
        Principal Consultant, Sterling Ridge Talent
        """
    ),
    L(
        "recruiter_outreach",
        hard_negative=True,
        notes="Unsolicited; anonymous client; timeline and proposed time are not events.",
    ),
)

msg(
    "inmail-1",
    f"""
    From: Merle Janssen via LinkedIn <inmail-hit-reply@linkedin.com>
    To: {DANA}
    Subject: Dana, a quick intro call about Ostwind Mobility?
    Date: Thu, 16 Jul 2026 14:41:09 +0000
    Message-ID: {mid("inmail-1", "linkedin.com")}
    """,
    html(
        auto_html(
            """
            Hi Dana,

            I'm the in-house Talent Lead at Ostwind Mobility. We're scaling our data platform team in Berlin and I think your Kafka and dbt experience would be a great fit for our Staff Data Engineer opening.

            Would you be open to a 20-minute intro call next Tuesday? No CV needed, just a conversation.

            Cheers,
            Merle

            Reply: https://www.linkedin.com/messaging/thread/2-ZmE4Nzk0/
            """
        )
    ),
    L(
        "recruiter_outreach",
        hard_negative=True,
        notes="In-house recruiter of a company Dana never applied to.",
    ),
)

msg(
    "outreach-nl-1",
    f"""
    From: Ruben Bakker <ruben@grachtwerk-recruitment.example>
    To: {DANA}
    Subject: Interessante rol als Lead Data Engineer in Utrecht
    Date: Tue, 04 Aug 2026 10:37:26 +0200
    Message-ID: {mid("outreach-nl-1", "grachtwerk-recruitment.example")}
    """,
    text(
        """
        Hoi Dana,

        Ik kwam je profiel tegen en wilde je even benaderen voor een mooie rol als Lead Data
        Engineer bij een van mijn klanten in Utrecht (scale-up in de energiesector, deels remote).

        Het proces bestaat uit twee gesprekken en ze beslissen binnen twee weken. Heb je deze week
        tijd voor een kort belletje?

        Groeten,
        Ruben Bakker
        Grachtwerk Recruitment
        """
    ),
    L("recruiter_outreach", language="nl", hard_negative=True),
)

# --------------------------------------------------------------------------- newsletters

msg(
    "boletin-1",
    f"""
    From: =?UTF-8?Q?Bolet=C3=ADn_Empleo_Tech?= <hola@empleotech-boletin.example>
    To: {DANA}
    Subject: =?UTF-8?Q?5_errores_que_te_cuestan_la_entrevista_(y_c=C3=B3mo_evitarlos)?=
    Date: Sun, 19 Jul 2026 09:00:00 +0200
    Message-ID: {mid("boletin-1", "empleotech-boletin.example")}
    List-Unsubscribe: <https://empleotech-boletin.example/baja?u=dana>
    Precedence: bulk
    """,
    alt(
        text(
            """
            Hola, Dana:

            Esta semana en el boletín:

            1. Cinco errores que te cuestan la entrevista técnica (y cómo evitarlos)
            2. ¿Cuánto tarda una empresa en darte una respuesta? Lo normal es entre una y dos
               semanas tras la entrevista final; si no te han dicho nada, escribe tú.
            3. Webinar gratuito: "Negocia tu oferta", jueves 23 de julio a las 19:00 (hora
               peninsular). Apúntate aquí: https://empleotech-boletin.example/webinar

            ¡Feliz verano y mucha suerte con tus procesos!
            El equipo de Empleo Tech
            """
        ),
        html(
            auto_html(
                """
                Hola, Dana:

                Esta semana en el boletín:

                1. Cinco errores que te cuestan la entrevista técnica (y cómo evitarlos)
                2. ¿Cuánto tarda una empresa en darte una respuesta? Lo normal es entre una y dos semanas tras la entrevista final; si no te han dicho nada, escribe tú.
                3. Webinar gratuito: "Negocia tu oferta", jueves 23 de julio a las 19:00 (hora peninsular). Apúntate aquí: https://empleotech-boletin.example/webinar

                ¡Feliz verano y mucha suerte con tus procesos!
                El equipo de Empleo Tech
                """
            )
        ),
    ),
    L("newsletter", language="es", hard_negative=True),
)

msg(
    "pinecrest-news-1",
    f"""
    From: Pinecrest AI <news@pinecrest.example>
    To: {DANA}
    Subject: Pinecrest Summer Update: Atlas 2.0 is here (and we're hiring!)
    Date: Thu, 06 Aug 2026 16:00:00 +0000
    Message-ID: {mid("pinecrest-news-1", "mail.pinecrest.example")}
    List-Unsubscribe: <https://pinecrest.example/unsubscribe?e=dana>
    Precedence: bulk
    """,
    html(
        auto_html(
            """
            Pinecrest Summer Update

            Atlas 2.0 ships today: 3x faster feature pipelines, native Iceberg support and a brand-new evaluation dashboard.

            Join our launch livestream on August 13 at 9am PT, with a live Q&A with our CTO.

            We're hiring! Our ML Platform and Applied Research teams are growing. See open roles: https://jobs.ashbyhq.com/pinecrest

            You are receiving this email because you signed up at pinecrest.example.
            """
        )
    ),
    L(
        "newsletter",
        hard_negative=True,
        notes="Marketing from a pipeline company (Dana is interviewing there): company null.",
    ),
)

msg(
    "techweekly-1",
    f"""
    From: Data Engineering Weekly <editor@de-weekly.example>
    To: {DANA}
    Subject: DEW #231: Iceberg vs Delta in 2026, DuckDB 2.1, streaming joins
    Date: Mon, 13 Jul 2026 06:30:00 +0000
    Message-ID: {mid("techweekly-1", "de-weekly.example")}
    List-Unsubscribe: <https://de-weekly.example/u/dana>
    Precedence: list
    """,
    text(
        """
        Data Engineering Weekly - issue 231

        * Iceberg vs Delta in 2026: a practitioner's comparison
        * DuckDB 2.1 release notes: what changed for larger-than-memory joins
        * Exactly-once streaming joins without tears
        * Tool of the week: a tiny CLI for diffing Parquet schemas

        Happy reading!
        """
    ),
    L("newsletter", notes="Easy control."),
)

# --------------------------------------------------------------------------- unrelated calendar

msg(
    "doctolib-1",
    f"""
    From: Doctolib <no-reply@doctolib.de>
    To: {DANA}
    Subject: =?UTF-8?Q?Ihr_Termin_bei_Zahnarztpraxis_Dr._Yilmaz_ist_best=C3=A4tigt?=
    Date: Fri, 10 Jul 2026 19:22:31 +0200
    Message-ID: {mid("doctolib-1", "doctolib.de")}
    """,
    html(
        auto_html(
            """
            Hallo Dana Whitfield,

            Ihr Termin ist bestätigt.

            Dienstag, 21. Juli 2026 um 08:30 Uhr
            Zahnarztpraxis Dr. Elif Yilmaz – Professionelle Zahnreinigung (ca. 45 Minuten)
            Bergmannstraße 48, 10961 Berlin

            Bitte bringen Sie Ihre Versichertenkarte mit. Sollten Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte bis 24 Stunden vorher ab.

            Ihr Doctolib-Team
            """
        )
    ),
    L("unrelated_calendar", language="de", hard_negative=True),
)

SOMMERFEST_UID = "040000008200E00074C5B7101A82E00800000000F1E2D3C4B80DDC01000000000000000010000000"

msg(
    "spreewerk-1",
    f"""
    From: Team Spreewerk <team@spreewerk.example>
    To: Alle Berlin <alle-berlin@spreewerk.example>
    Subject: Einladung: Spreewerk Sommerfest 2026
    Date: Wed, 01 Jul 2026 10:05:00 +0200
    Message-ID: {mid("spreewerk-1", "", "outlook")}
    Thread-Topic: Spreewerk Sommerfest 2026
    """,
    alt(
        text(
            """
            Liebe Kolleginnen und Kollegen,

            es ist wieder so weit: Unser Sommerfest findet am Freitag, 24. Juli, ab 16:00 Uhr im
            Biergarten am Spreeufer statt. Grill, Musik und ein kleines Quiz - Partner:innen sind
            herzlich willkommen. Bitte sagt bis 15.07. über die Kalendereinladung zu oder ab.

            Sonnige Grüße
            Euer Culture-Team
            """
        ),
        cal_inline(
            cal(
                """
                BEGIN:VCALENDAR
                METHOD:REQUEST
                PRODID:Microsoft Exchange Server 2010
                VERSION:2.0
                """,
                vtz("W. Europe Standard Time"),
                f"""
                BEGIN:VEVENT
                ORGANIZER;CN=Team Spreewerk:mailto:team@spreewerk.example
                ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alle Berlin:mailto:alle-berlin@spreewerk.example
                UID:{SOMMERFEST_UID}
                SUMMARY;LANGUAGE=de-DE:Spreewerk Sommerfest 2026
                DTSTART;TZID=W. Europe Standard Time:20260724T160000
                DTEND;TZID=W. Europe Standard Time:20260724T230000
                DTSTAMP:20260701T080500Z
                STATUS:CONFIRMED
                SEQUENCE:0
                LOCATION;LANGUAGE=de-DE:Biergarten am Spreeufer
                END:VEVENT
                END:VCALENDAR
                """,
            ),
            "REQUEST",
        ),
    ),
    L(
        "unrelated_calendar",
        language="de",
        hard_negative=True,
        notes="Team event at Dana's current employer (Outlook METHOD:REQUEST).",
    ),
)

msg(
    "webinar-1",
    f"""
    From: Zoom <no-reply@zoom.us>
    To: {DANA}
    Subject: Cracking the System Design Interview - Confirmation
    Date: Mon, 20 Jul 2026 15:44:02 +0000
    Message-ID: {mid("webinar-1", "zoom.us")}
    """,
    mixed(
        html(
            auto_html(
                """
                Hi Dana,

                Thank you for registering for "Cracking the System Design Interview: live mock session with ex-FAANG interviewers".

                Date & Time: Jul 29, 2026 06:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

                Join from a PC, Mac, iPad, iPhone or Android device: https://us06web.zoom.us/w/86620014432?tk=QmVybGlu

                You can cancel your registration at any time.
                """
            )
        ),
        cal_file(
            cal(
                """
                BEGIN:VCALENDAR
                PRODID:-//zoom.us//iCalendar Event//EN
                VERSION:2.0
                BEGIN:VEVENT
                DTSTAMP:20260720T154402Z
                DTSTART:20260729T160000Z
                DTEND:20260729T173000Z
                SUMMARY:Cracking the System Design Interview
                UID:20260720T154402Z-86620014432@fe80::zoom
                LOCATION:https://us06web.zoom.us/w/86620014432?tk=QmVybGlu
                END:VEVENT
                END:VCALENDAR
                """
            ),
            filename="iCalendar.ics",
            ctype="text/calendar",
        ),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="Webinar about interviews, .ics without METHOD.",
    ),
)

msg(
    "press-1",
    f"""
    From: =?UTF-8?Q?Ad=C3=A8le_Moreau?= <adele.moreau@lejournaldudev.example>
    To: {DANA}
    Subject: Demande d'interview - Le Journal du Dev
    Date: Thu, 30 Jul 2026 11:26:19 +0200
    Message-ID: {mid("press-1", "lejournaldudev.example")}
    """,
    text(
        """
        Bonjour Dana,

        Je suis journaliste au Journal du Dev. J'ai beaucoup aimé votre intervention sur le
        streaming temps réel à la conférence DataFrance en juin, et je prépare un dossier sur
        les équipes data européennes pour notre numéro de septembre.

        Accepteriez-vous de m'accorder une interview d'une trentaine de minutes ? Je vous
        propose jeudi 6 août à 10h, par visio. L'article sera publié d'ici la fin du mois
        d'août, et je vous enverrai vos citations pour relecture.

        Bien cordialement,
        Adèle Moreau
        Journaliste – Le Journal du Dev
        """
    ),
    L(
        "unrelated_calendar",
        language="fr",
        hard_negative=True,
        notes="Press interview with Dana as the interviewee, not a hiring process.",
    ),
)

msg(
    "mock-1",
    f"""
    From: Calendly <notifications@calendly.com>
    Reply-To: Hannah Okafor <hannah@careerlift-coaching.example>
    To: {DANA}
    Subject: Confirmed: Mock Interview (Behavioural) with Hannah Okafor on Thursday, 13 August 2026
    Date: Sat, 08 Aug 2026 12:10:44 +0000
    Message-ID: {mid("mock-1", "calendly.com")}
    """,
    mixed(
        html(
            auto_html(
                """
                Hi Dana,

                Your event is scheduled.

                Mock Interview (Behavioural) - 60 min
                Hannah Okafor, CareerLift Coaching
                17:00 - 18:00, Thursday, 13 August 2026 (Central European Summer Time)

                Please have two STAR stories ready, ideally about a conflict and a failure. Payment of EUR 90 has been received.

                Cancel or reschedule: https://calendly.com/cancellations/8a1f3d6e
                """
            )
        ),
        cal_file(
            cal(
                """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Calendly//EN
                METHOD:REQUEST
                BEGIN:VEVENT
                DTSTART:20260813T150000Z
                DTEND:20260813T160000Z
                DTSTAMP:20260808T121044Z
                UID:calendly-8a1f3d6e-mock
                SUMMARY:Mock Interview (Behavioural) between Hannah Okafor and Dana Whitfield
                ORGANIZER;CN=Hannah Okafor:mailto:hannah@careerlift-coaching.example
                ATTENDEE;CN=Dana Whitfield;PARTSTAT=ACCEPTED:mailto:dana.whitfield@example.org
                STATUS:CONFIRMED
                END:VEVENT
                END:VCALENDAR
                """
            ),
            filename="invite.ics",
        ),
    ),
    L("unrelated_calendar", hard_negative=True, notes="Paid mock interview with a coach."),
)

# --------------------------------------------------------------------------- personal

msg(
    "friend-1",
    f"""
    From: Sophie Baxter <sophie.baxter@gmail.com>
    To: {DANA}
    Subject: BBQ on Saturday + how did it go??
    Date: Wed, 08 Jul 2026 20:13:37 +0200
    Message-ID: {mid("friend-1", "", "gmail")}
    """,
    text(
        """
        Hey you!

        Sooo how did the interview with the London lot go yesterday?? Tell me everything. If
        they don't get back to you by next week they're idiots anyway.

        Also: BBQ at ours on Saturday from 4pm, Tempelhofer side of the park, bring the
        halloumi thing pls. Max and the kids are coming too.

        xx Sophie
        """
    ),
    L(
        "personal",
        hard_negative=True,
        notes="Friend's timeline guess ('by next week') is not the company's statement.",
    ),
)

msg(
    "carmen-1",
    f"""
    From: Carmen Ruiz <carmenruiz82@hotmail.es>
    To: {DANA}
    Subject: =?UTF-8?Q?=C2=BFVienes_en_agosto=3F?=
    Date: Sun, 02 Aug 2026 18:40:05 +0200
    Message-ID: {mid("carmen-1", "", "outlook")}
    """,
    text(
        """
        ¡Hola guapa!

        ¿Qué tal todo? Me dijo Pablo que te han hecho una oferta en Valencia, ¡qué fuerte! Si al
        final te vienes, tienes sofá en casa hasta que encuentres piso.

        Oye, ¿al final vienes a Cádiz la semana del 17? Dime algo antes del viernes que tengo que
        reservar la casa.

        Besos,
        Carmen
        """
    ),
    L("personal", language="es", hard_negative=True),
)

# --------------------------------------------------------------------------- other

msg(
    "receipt-1",
    f"""
    From: Bolt <receipts@bolt.eu>
    To: {DANA}
    Subject: Your Saturday trip with Bolt
    Date: Sat, 25 Jul 2026 01:12:48 +0200
    Message-ID: {mid("receipt-1", "bolt.eu")}
    """,
    html(
        auto_html(
            """
            Thanks for riding with Bolt, Dana

            Total: EUR 14.60
            Warschauer Str. -> Bergmannstr. 12
            Driver: Mehmet · Toyota Prius

            Payment: Visa •••• 4417
            """
        )
    ),
    L("other", notes="Easy control."),
)

msg(
    "workday-1",
    f"""
    From: Nordhafen Group <nordhafen@myworkday.com>
    To: {DANA}
    Subject: Reset your password
    Date: Tue, 11 Aug 2026 19:31:00 +0200
    Message-ID: {mid("workday-1", "myworkday.com")}
    """,
    text(
        """
        Hello,

        We received a request to reset the password for your candidate account at Nordhafen Group
        Careers. Click the link below to choose a new password. The link expires in 24 hours.

        https://wd3.myworkday.com/nordhafen/login.htmld?reset=1f09c2

        If you didn't request this, you can ignore this email.
        """
    ),
    L("other", hard_negative=True, notes="ATS sender and a time limit, but only a password reset."),
)

msg(
    "bahn-1",
    f"""
    From: DB Fahrkartenservice <noreply@bahn.de>
    To: {DANA}
    Subject: Ihre Fahrkarte Berlin Hbf - Hamburg Hbf am 28.07.2026
    Date: Mon, 20 Jul 2026 21:05:17 +0200
    Message-ID: {mid("bahn-1", "bahn.de")}
    """,
    mixed(
        text(
            """
            Vielen Dank für Ihre Buchung!

            Auftragsnummer: 4K7QXZ
            Hinfahrt: Di, 28.07.2026, ab Berlin Hbf 06:49, an Hamburg Hbf 08:41, ICE 1703
            Rückfahrt: Di, 28.07.2026, ab Hamburg Hbf 15:16, an Berlin Hbf 17:10, ICE 706
            Preis: 79,98 EUR (Sparpreis, 2. Klasse)

            Ihr Online-Ticket finden Sie im Anhang und im DB Navigator.

            Gute Reise wünscht Ihnen
            Ihre Deutsche Bahn
            """
        ),
        attachment(
            fake_pdf("DB Online-Ticket 4K7QXZ"),
            'application/pdf; name="Ticket_4K7QXZ.pdf"',
            'attachment; filename="Ticket_4K7QXZ.pdf"',
        ),
    ),
    L(
        "other",
        language="de",
        hard_negative=True,
        notes="Train ticket for the trip to the (later cancelled) Fernhain interview; it names "
        "no employer, so no company or thread (like holdout2's airline notice).",
    ),
)
