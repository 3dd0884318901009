# ruff: noqa: E501
"""Non-events that belong to no application (plus two about Dana's current employer).

Most are hard negatives of kinds the earlier corpora do not have; four are easy controls.
Dana's current employer is Spreewerk Systems GmbH, Berlin (spreewerk.example)."""

from __future__ import annotations

from source.lib import (
    L,
    alt,
    auto_html,
    cal_file,
    cal_inline,
    html,
    mixed,
    msg,
    raw,
    text,
    vtz,
)

from .common import b_word, q_word, zone

# =========================================================================== forge (en): bootcamp mock interview day
FORGE_TEXT = """
Hi Dana!

Thanks so much for volunteering again at our Spring Mock Interview Day. Here's your slot:

Mock Interview Day – volunteer interviewer
Saturday 16 May 2026 ⋅ 10:00 – 13:00 (Central European Time - Berlin)
Forge Coding School, Ohlauer Str. 43, 10999 Berlin (2nd floor, "Turing" room)
Remote volunteers: https://whereby.com/forge-mock-3

You'll run three 45-minute mock technical interviews with graduates of our Data Engineering bootcamp (cohort DE-14) and give each of them 10 minutes of feedback. Interview guides and scoring rubrics will land in your inbox by Wednesday. The students get their written feedback from us within a week, so you don't need to write anything up afterwards.

Coffee, pastries and lunch are on us.

Thank you!
Ayşe, Career Services @ Forge

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
"""

FORGE_ICS = f"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{vtz("Europe/Berlin")}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260516T100000
DTEND;TZID=Europe/Berlin:20260516T130000
DTSTAMP:20260504T120531Z
ORGANIZER;CN=Forge Career Services:mailto:events@forgecodingschool.example
UID:0f7forgemockday2026spring@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dana.whitfield@example.org:mailto:dana.whitfield@example.org
DESCRIPTION:Three 45-minute mock technical interviews with DE-14 graduates. Remote: https://whereby.com/forge-mock-3
LOCATION:Forge Coding School\\, Ohlauer Str. 43\\, 10999 Berlin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock Interview Day – volunteer interviewer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

msg(
    "forge-1",
    f"""
    From: Forge Career Services <events@forgecodingschool.example>
    Sender: Google Calendar <calendar-notification@google.com>
    To: dana.whitfield@example.org
    Subject: {b_word("Invitation: Mock Interview Day – volunteer interviewer @ Sat 16 May 2026 10:00 - 13:00 (CEST) (dana.whitfield@example.org)")}
    Date: Mon, 04 May 2026 12:05:31 +0000
    Message-ID: <calendar-3e1d9f02-forge-mockday@google.com>
    """,
    mixed(
        alt(
            text(FORGE_TEXT, cte="base64"),
            html(auto_html(FORGE_TEXT), cte="base64"),
            cal_inline(FORGE_ICS, "REQUEST"),
        ),
        cal_file(FORGE_ICS, "invite.ics"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="A coding bootcamp's mock interview day, where Dana volunteers as a mock interviewer: a METHOD:REQUEST invite full of interview vocabulary with a fixed time, but no hiring process of hers. 'within a week' is the school's feedback to its students.",
    ),
)

# =========================================================================== spreewerk (de): internal panel training
SW_TRAIN_TEXT = """
Liebe Panel-Mitglieder,

ab Juni führen wir für alle Engineering-Stellen strukturierte Interviews ein. In dieser Schulung (verpflichtend für alle, die in Interview-Panels sitzen) üben wir gemeinsam:

– wie wir Kandidat:innen anhand des neuen Bewertungsbogens einschätzen,
– wie eine faire und nachvollziehbare Absage-Begründung aussieht,
– warum Euer Feedback innerhalb von 48 Stunden nach dem Gespräch im ATS stehen muss.

Termin: Dienstag, 19. Mai 2026, 10:00 – 12:00 Uhr (Teams)

Bitte bringt ein Beispiel aus einem Eurer letzten Interviews mit.

Viele Grüße
Leonie Adler
Talent Acquisition | Spreewerk Systems GmbH

________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf Ihrem Computer, in der mobilen App oder auf einem Raumgerät teil.
Klicken Sie hier, um an der Besprechung teilzunehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_c3ByZWV3ZXJrLXRyYWluaW5n@thread.v2/0>
Besprechungs-ID: 318 207 554 912
Passcode: Hq9mT3
________________________________________________________________________________
"""

SW_TRAIN_ICS = f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{vtz("W. Europe Standard Time")}
BEGIN:VEVENT
ORGANIZER;CN="Adler, Leonie":mailto:leonie.adler@spreewerk.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Interview-Panels Engineering:mailto:panel-engineering@spreewerk.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, Dana":mailto:dana.whitfield@example.org
UID:040000008200E00074C5B7101A82E00800000000B7A6C5D4E3F2DC01000000000000000010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=de-DE:Schulung Interview-Panels: Strukturierte Interviews & Bewertungsbögen
DTSTART;TZID=W. Europe Standard Time:20260519T100000
DTEND;TZID=W. Europe Standard Time:20260519T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260506T123011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
"""

msg(
    "spreewerk-1",
    f"""
    From: "Adler, Leonie" <leonie.adler@spreewerk.example>
    To: Interview-Panels Engineering <panel-engineering@spreewerk.example>
    Subject: {q_word("Schulung Interview-Panels: Strukturierte Interviews & Bewertungsbögen")}
    Date: Wed, 06 May 2026 14:30:11 +0200
    Message-ID: <FR2P281MB1447E1A0B9C8D7E6F5A4B3C2D1E0F9A8@FR2P281MB1447.DEUP281.PROD.OUTLOOK.COM>
    Content-Language: de-DE
    """,
    alt(text(SW_TRAIN_TEXT), cal_inline(SW_TRAIN_ICS, "REQUEST")),
    L(
        "unrelated_calendar",
        language="de",
        hard_negative=True,
        notes="Internal training for interview panels at Dana's current employer (she sits on panels): a Teams meeting request with 'Interviews', 'Kandidat:innen', 'Absage' and '48 Stunden'. Not her hiring process; addressed to a distribution list.",
    ),
)

# =========================================================================== spreewerk (en): Dana is the interviewer
SW_GH_TEXT = """
Hi Dana,

Leonie Adler has scheduled you as an interviewer.

Candidate: Jakob Meinhardt
Job: Backend Engineer (Go) - Spreewerk Systems
Interview: Technical Deep Dive
When: Thursday, May 7, 2026 11:00 AM - 12:00 PM CEST
Where: Google Meet - https://meet.google.com/swk-jmdv-tdd
Other interviewers: Ole Brandt

Before the interview
Review the interview kit and Jakob's resume: https://app.greenhouse.io/interview_kits/55120348

After the interview
Please submit your scorecard within 24 hours so the hiring team can make a decision by the end of next week.

Thanks,
Greenhouse
"""

SW_GH_ICS = f"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{vtz("Europe/Berlin")}
BEGIN:VEVENT
UID:gh-interview-55120348-dana@greenhouse.io
DTSTAMP:20260428T151102Z
DTSTART;TZID=Europe/Berlin:20260507T110000
DTEND;TZID=Europe/Berlin:20260507T120000
SUMMARY:Interview: Jakob Meinhardt - Technical Deep Dive (Backend Engineer (Go))
LOCATION:https://meet.google.com/swk-jmdv-tdd
ORGANIZER;CN=Leonie Adler:mailto:leonie.adler@spreewerk.example
ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dana.whitfield@example.org
ATTENDEE;CN=Ole Brandt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ole.brandt@spreewerk.example
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

msg(
    "spreewerk-2",
    f"""
    From: Greenhouse <no-reply@greenhouse.io>
    To: dana.whitfield@example.org
    Subject: {b_word("You've been added to an interview: Jakob Meinhardt – Backend Engineer (Go)")}
    Date: Tue, 28 Apr 2026 15:11:02 +0000
    Message-ID: <6630e8a6b1d4c_4f3e2d1c@greenhouse-app-9a8b7.mail>
    """,
    mixed(
        alt(text(SW_GH_TEXT), html(auto_html(SW_GH_TEXT))),
        cal_file(SW_GH_ICS, "interview.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="Greenhouse tells Dana she is on the interview panel for a candidate at her current employer: an interview where Dana is the interviewer (README: unrelated_calendar), sent from the same ATS as a live process. 'make a decision by the end of next week' is about that candidate, not about Dana.",
    ),
)

# =========================================================================== niamh (en-IE): Dana as the referee
NIAMH_TEXT = """
Dana!!

So I've made it to the final round at Hexwell (the climate data place I told you about at Marta's birthday) and their recruiter, Sarah Obi, has just asked me for two references. Would you be one of them? You're the only person who's actually seen me run an on-call rotation from hell, so you'd be perfect.

She said she'll probably ring next week, Tuesday or Wednesday afternoon, 20-30 min tops. From what I've heard they ask about how I handle incidents and how I work with product people. They're hoping to make me an offer before the end of the month, fingers crossed!!

If it's a no, totally fine, just tell me by Friday so I can ask someone else.

xx Niamh

Sent from my Galaxy
"""

msg(
    "niamh-1",
    """
    From: Niamh Gallagher <niamh.gallagher@example.net>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: huge favour - would you be a reference for me?
    Date: Sun, 10 May 2026 20:41:19 +0100
    Message-ID: <CAKq7Xb0f2Lq9mV1Zr3Tn8YcH4sWd6Ep5Jk2Gu7Ra1Bf9Cx3Dz@mail.gmail.com>
    """,
    alt(text(NIAMH_TEXT), html(auto_html(NIAMH_TEXT, "font-family:sans-serif"))),
    L(
        "personal",
        hard_negative=True,
        notes="A friend asks Dana to be a referee for HER application: Dana is the reference, not the candidate, so this is not a reference_request of Dana's pipeline; personal. Carries 'final round', 'recruiter', 'references', 'offer', a call window and 'by Friday'.",
    ),
)

# =========================================================================== shortlistly (en): a free-trial offer
SHORT_TEXT = """
Dana, we saved you a seat.

An offer just for you: 30 days of Shortlistly Pro, free.

Job hunting is a full-time job. Pro makes it lighter:
- Track every application and interview on one board
- Get a nudge two days before each follow-up is due
- See when recruiters open your CV

"I went from zero replies to three interview invites in a week." (Priya, Data Analyst)

Claim your free trial: https://shortlistly.example/pro?c=SPRING30
This offer expires on Sunday, 17 May. No card needed.

Shortlistly GmbH, Rosenthaler Str. 40, 10178 Berlin
Unsubscribe: https://shortlistly.example/u/8f2c
"""

msg(
    "shortlistly-1",
    """
    From: Shortlistly <hello@mail.shortlistly.example>
    To: dana.whitfield@example.org
    Subject: Dana, an offer just for you: 30 days of Pro, free
    Date: Thu, 14 May 2026 07:30:00 +0000
    Message-ID: <20260514073000.5c1f.shortlistly@mail.shortlistly.example>
    List-Unsubscribe: <https://shortlistly.example/u/8f2c>
    Precedence: bulk
    """,
    alt(
        text(SHORT_TEXT), html(auto_html(SHORT_TEXT, "font-family:Arial;font-size:16px;color:#111"))
    ),
    L(
        "newsletter",
        hard_negative=True,
        notes="Marketing for a job-search tool: 'An offer just for you' (a free trial), 'interview invites', 'recruiters', an expiry date. Bulk marketing mail is newsletter.",
    ),
)

# =========================================================================== skylark (en): flight rescheduled
SKY_TEXT = """
Dear Ms Whitfield,

We're sorry to let you know that your flight has been rescheduled.

Booking reference: K7Q2LM

SK 1184  Berlin Brandenburg (BER) → Marseille Provence (MRS)
Thursday 21 May 2026
Original departure: 06:50   New departure: 08:15
Original arrival: 09:05     New arrival: 10:25

If the new time doesn't suit you, you can change to another Skylark flight free of charge or request a full refund in Manage My Booking within 7 days of this email.

We apologise for any inconvenience.

Skylark Airways Customer Care
"""

msg(
    "skylark-1",
    """
    From: Skylark Airways <no-reply@notifications.skylark-air.example>
    To: dana.whitfield@example.org
    Subject: Your flight has been rescheduled - Booking ref K7Q2LM
    Date: Wed, 13 May 2026 05:12:44 +0000
    Message-ID: <sched-chg.K7Q2LM.20260513051244@notifications.skylark-air.example>
    Auto-Submitted: auto-generated
    """,
    alt(text(SKY_TEXT), html(auto_html(SKY_TEXT))),
    L(
        "other",
        hard_negative=True,
        notes="Airline schedule change: 'rescheduled', a date and old/new times. Travel notices are transactional mail like a shipping notice (other), not an appointment Dana attends. The flight happens to be the one booked for an interview trip (calanque-1), but the notice names no employer: company and thread null.",
    ),
)

# =========================================================================== praxis (de): doctor cancels
PRAXIS_TEXT = """
Sehr geehrte Frau Whitfield,

leider müssen wir Ihren Termin am Dienstag, 12.05.2026 um 08:40 Uhr (Check-up) absagen, da Frau Dr. Roloff kurzfristig erkrankt ist.

Bitte vereinbaren Sie über unsere Online-Terminbuchung oder telefonisch einen neuen Termin. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Ihr Praxisteam
Hausarztpraxis Dr. med. Anja Roloff
Kastanienallee 12, 10435 Berlin
Tel. 030 4431 2290
"""

PRAXIS_ICS = f"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Praxis Roloff//Terminverwaltung//DE
METHOD:CANCEL
{vtz("Europe/Berlin")}
BEGIN:VEVENT
UID:termin-20260512-0840-whitfield@praxis-roloff.example
DTSTAMP:20260511T154520Z
DTSTART;TZID=Europe/Berlin:20260512T084000
DTEND;TZID=Europe/Berlin:20260512T090000
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Termin Hausarztpraxis Dr. Roloff (Check-up)
ORGANIZER;CN=Praxis Dr. Roloff:mailto:termine@praxis-roloff.example
ATTENDEE;CN=Dana Whitfield:mailto:dana.whitfield@example.org
END:VEVENT
END:VCALENDAR
"""

msg(
    "praxis-1",
    """
    From: Praxis Dr. Roloff <termine@praxis-roloff.example>
    To: dana.whitfield@example.org
    Subject: Terminabsage: Ihr Termin am 12.05.2026
    Date: Mon, 11 May 2026 17:45:20 +0200
    Message-ID: <absage.20260511174520.7731@praxis-roloff.example>
    """,
    mixed(
        text(PRAXIS_TEXT, charset="iso-8859-1"),
        cal_file(PRAXIS_ICS, "termin.ics", "text/calendar", method="CANCEL"),
    ),
    L(
        "unrelated_calendar",
        language="de",
        hard_negative=True,
        notes="A doctor's practice cancels an appointment with METHOD:CANCEL: 'Terminabsage', 'absagen', a fixed date and time.",
    ),
)

# =========================================================================== hallam (en-GB): alumni webinar via Zoom
HALLAM_TEXT = """
Hi Dana Whitfield,

Thank you for registering for "Hallam Alumni Interview Series: From Bootcamp to Staff Engineer".

In this month's Interview Series, Dr Ruth Okafor (BSc Computing 2011) talks to three alumni about the interviews that changed their careers, what hiring panels really look for, and how to negotiate an offer. There will be time for audience questions.

Date Time: May 27, 2026 06:00 PM London

Join from PC, Mac, iPad, or Android: https://hallam-ac-uk.zoom.us/w/88320714456?tk=Hq2fR8
Passcode: 551902

Add to calendar: Google Calendar | Yahoo Calendar | iCal (.ics)

You can cancel your registration at any time.

Hallam University Alumni Careers
"""

HALLAM_ICS = f"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
{zone("Europe/London")}
BEGIN:VEVENT
DTSTAMP:20260515T100231Z
DTSTART;TZID=Europe/London:20260527T180000
DTEND;TZID=Europe/London:20260527T190000
SUMMARY:Hallam Alumni Interview Series: From Bootcamp to Staff Engineer
UID:20260515T100231Z-88320714456@fe80:0:0:0:zoom
DESCRIPTION:Join from PC\\, Mac\\, iPad\\, or Android: https://hallam-ac-uk.zoom.us/w/88320714456?tk=Hq2fR8\\nPasscode: 551902
LOCATION:https://hallam-ac-uk.zoom.us/w/88320714456?tk=Hq2fR8
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""

msg(
    "hallam-1",
    """
    From: Hallam University Alumni Careers <no-reply@zoom.us>
    Reply-To: alumni.careers@hallam-university.example
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Hallam Alumni Interview Series: From Bootcamp to Staff Engineer Confirmation
    Date: Fri, 15 May 2026 10:02:31 +0000
    Message-ID: <Z1o8aDqPS3CjYw5bJ9vR2g@zoom.us>
    """,
    mixed(
        alt(
            text(HALLAM_TEXT), html(auto_html(HALLAM_TEXT, "font-family:Lato,Helvetica,sans-serif"))
        ),
        cal_file(HALLAM_ICS, "invite.ics", "text/calendar"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="Zoom webinar registration for a university alumni 'Interview Series' (a career talk): interview, hiring panels, offer, a fixed time in London and an .ics without METHOD. A webinar, not her hiring process.",
    ),
)

# =========================================================================== glassdoor (en): interview reviews for a pipeline company
GD_TEXT = """
3 new interview reviews for Vireo Health

Senior Data Engineer Interview - Denver, CO
Accepted offer · Positive experience · Average interview
"I applied online. The process took 3 weeks. Recruiter screen, hiring manager call, then a virtual onsite with four rounds. You hear back within a few days after each step."
Interview question: Design a pipeline that ingests claims data from 40 clinics with different schemas.

Data Analyst Interview - Remote
Declined offer · Neutral experience · Easy interview
"Friendly people, but the offer was below market."

Software Engineer Interview - Denver, CO
No offer · Negative experience · Difficult interview
"Got ghosted after the final round, then a rejection email two months later."

See all 48 Vireo Health interview reviews: https://www.glassdoor.com/Interview/Vireo-Health-Interview-Questions-E7731520.htm

You're receiving this because you follow Vireo Health on Glassdoor.
Unsubscribe: https://www.glassdoor.com/profile/emailSettings.htm
"""

msg(
    "glassdoor-1",
    """
    From: Glassdoor <noreply@glassdoor.com>
    To: dana.whitfield@example.org
    Subject: New interview reviews for Vireo Health
    Date: Sat, 02 May 2026 14:30:12 +0000
    Message-ID: <0100018f2a7c3e41-vireo-digest@email.glassdoor.com>
    List-Unsubscribe: <https://www.glassdoor.com/profile/emailSettings.htm>
    Precedence: bulk
    """,
    alt(text(GD_TEXT), html(auto_html(GD_TEXT, "font-family:Arial;font-size:14px"))),
    L(
        "newsletter",
        hard_negative=True,
        notes="Glassdoor interview-review digest about a company in Dana's pipeline (vireo): 'Accepted offer', 'rejection', 'final round', 'hear back within a few days'. Content digest, not an event; company null (marketing/content, README).",
    ),
)

# =========================================================================== granlund-news (en): "we're hiring" newsletter of a pipeline company
GN_TEXT = """
GRANLUND MONTHLY · May 2026

Four new cities, one very big battery

This spring our scooters arrived in Gothenburg, Aarhus, Tampere and Riga, and our new swappable battery now lasts a full 70 km.

We're hiring!
We want 40 new colleagues on board this year. Open roles include:
- Senior Data Engineer, Fleet Analytics (Stockholm or remote in the EU)
- Backend Engineer, Payments (Berlin)
- Fleet Operations Lead (Riga)

How we hire: one call, one case, one visit, and an answer within two weeks of your final interview. See all roles at https://granlund.example/careers

Ride safe,
The Granlund team

You're receiving this because you signed up at granlund.example. Unsubscribe: https://granlund.example/u/news
"""

msg(
    "granlund-news-1",
    """
    From: Granlund Mobility <news@granlund.example>
    To: dana.whitfield@example.org
    Subject: Granlund Monthly: 4 new cities, 1 very big battery - and we're hiring!
    Date: Thu, 07 May 2026 08:00:00 +0200
    Message-ID: <news-2026-05.dana@granlund.example>
    List-Unsubscribe: <https://granlund.example/u/news>
    List-Id: Granlund Monthly <news.granlund.example>
    Precedence: bulk
    """,
    alt(text(GN_TEXT), html(auto_html(GN_TEXT, "font-family:Inter,sans-serif;font-size:16px"))),
    L(
        "newsletter",
        hard_negative=True,
        notes="Company-wide 'we're hiring' newsletter from a company Dana is in process with (granlund), listing the very role she is interviewing for and a hiring timeline ('an answer within two weeks of your final interview'): job-ad text in a newsletter, no decision_date, company null (marketing).",
    ),
)

# =========================================================================== wellfound (en): job alert
WF_TEXT = """
Dana, 6 new Data Engineer roles at startups

Mesa Verde Solar · Data Engineer III
Phoenix, AZ or Remote (US time zones) · $140k - $165k · 0.05% - 0.1%
Hiring process: 3 interviews · usually responds within 5 days

Loopline · Senior Data Engineer
Berlin · €85k - €100k
Actively hiring · Interviewing candidates this week

Tidemark AI · Staff Data Engineer
Remote (EU) · €110k - €130k · 0.2%
Offer decisions within 10 days of the final round

Pocketnest · Data Platform Engineer
Amsterdam · €75k - €90k

See all 6 jobs: https://wellfound.com/jobs?role=data-engineer

You're receiving this because of your job alert "data engineer, Berlin/Remote". Manage alerts: https://wellfound.com/settings/notifications
"""

msg(
    "wellfound-1",
    """
    From: Wellfound <jobs@wellfound.com>
    To: dana.whitfield@example.org
    Subject: Dana, 6 new Data Engineer roles at startups
    Date: Tue, 21 Apr 2026 16:00:00 +0000
    Message-ID: <6625398000000.wf-alert-ds-2209@wellfound.com>
    List-Unsubscribe: <https://wellfound.com/settings/notifications>
    Precedence: bulk
    """,
    alt(text(WF_TEXT), html(auto_html(WF_TEXT))),
    L(
        "job_alert",
        hard_negative=True,
        notes="Job alert listing a pipeline company's role (mesaverde, which Dana reaches through an agency) with 'interviews', 'responds within 5 days' and 'Offer decisions within 10 days': job-ad text, no decision_date.",
    ),
)

# =========================================================================== hellowork (fr): job alert
HW_TEXT = """
Bonjour Dana,

12 nouvelles offres d'emploi correspondent à votre alerte « data engineer » à Lyon et en télétravail.

Data Engineer Senior (H/F) - Ardoise Analytics - Lyon 2e - CDI
Processus rapide : un entretien RH, un entretien technique, réponse sous 48 h.

Ingénieur Data / Big Data (H/F) - Groupe Mirabelle - Villeurbanne - CDI
Télétravail partiel · 50-58 K€

Data Engineer confirmé (H/F) - Soierie Conseil - Lyon 7e - CDI
Entretiens en cours, prise de poste dès que possible

Voir les 12 offres : https://www.hellowork.com/fr-fr/emploi/recherche.html?k=data+engineer&l=lyon

Vous recevez cet e-mail car vous avez créé une alerte emploi sur HelloWork. Se désabonner : https://www.hellowork.com/fr-fr/alertes
"""

msg(
    "hellowork-1",
    """
    From: HelloWork <alertes@hellowork.com>
    To: dana.whitfield@example.org
    Subject: =?UTF-8?Q?12_nouvelles_offres_d=27emploi_pour_=C2=AB=C2=A0data_engineer=C2=A0=C2=BB?=
    Date: Fri, 24 Apr 2026 06:45:00 +0200
    Message-ID: <alerte.4471920.20260424@hellowork.com>
    List-Unsubscribe: <https://www.hellowork.com/fr-fr/alertes>
    Precedence: bulk
    """,
    alt(text(HW_TEXT), html(auto_html(HW_TEXT))),
    L(
        "job_alert",
        language="fr",
        hard_negative=True,
        notes="French job alert: 'offres' (French for job ads, and the word for offer), the Ardoise role Dana applied to, 'entretien', 'réponse sous 48 h' in job-ad text: no decision_date.",
    ),
)

# =========================================================================== tecnoempleo (es): job alert
TE_TEXT = """
Hola Dana,

Tenemos 5 nuevas ofertas de empleo que encajan con tu alerta «Ingeniero de datos - Remoto»:

Data Engineer (Python, Airflow) - Brisa Logística - 100% remoto - 50.000 € - 58.000 €
Senior Data Engineer - Grupo Tramuntana - Barcelona / Híbrido - 55.000 € - 65.000 €
Ingeniero/a de Datos - Olivo Seguros - Sevilla / Remoto - 42.000 € - 48.000 €
Data Platform Engineer - Nexa Retail - Madrid - 60.000 € - 70.000 €
Analytics Engineer - Faro Fintech - Remoto - 45.000 € - 52.000 €

Ver todas las ofertas: https://www.tecnoempleo.com/alertas/ver/77412

Puedes modificar o eliminar tu alerta desde tu área de candidato.
Tecnoempleo.com
"""

msg(
    "tecnoempleo-1",
    """
    From: Tecnoempleo <alertas@tecnoempleo.com>
    To: dana.whitfield@example.org
    Subject: 5 nuevas ofertas para tu alerta: Ingeniero de datos - Remoto
    Date: Mon, 08 Jun 2026 08:15:00 +0200
    Message-ID: <alerta.77412.20260608081500@tecnoempleo.com>
    Precedence: bulk
    """,
    text(TE_TEXT, charset="windows-1252"),
    L(
        "job_alert",
        language="es",
        hard_negative=True,
        notes="Plain Spanish job alert; hard only because 'ofertas' is both 'job ads' and 'offers'. No pipeline company, no interview words. windows-1252.",
    ),
)

# =========================================================================== arbeitsagentur (de): job alert
AA_TEXT = """
Guten Tag Frau Whitfield,

zu Ihrem Suchauftrag „Data Engineer, Berlin + 50 km und bundesweit remote“ gibt es 4 neue Stellenangebote:

Data Engineer Kreditrisiko (m/w/d)
Rheinkiesel Bank AG, Frankfurt am Main – Vollzeit, unbefristet

Senior Data Engineer (m/w/d) Energiehandel
Havelstrom AG, Potsdam – Vollzeit, Homeoffice möglich

Dateningenieur (m/w/d) Mobilitätsdaten
Landesamt für Verkehr, Berlin – TV-L E13, Vorstellungsgespräche ab Juni

Data Engineer (m/w/d) Cloud
Kontorhaus Digital GmbH, Hamburg – remote

Alle Angebote ansehen: https://www.arbeitsagentur.de/jobsuche/suche?suchauftrag=9921744

Sie erhalten diese E-Mail, weil Sie in der Jobsuche der Bundesagentur für Arbeit einen Suchauftrag angelegt haben.
"""

msg(
    "arbeitsagentur-1",
    f"""
    From: Jobsuche der Bundesagentur für Arbeit <noreply@arbeitsagentur.de>
    To: dana.whitfield@example.org
    Subject: {q_word("Neue Stellenangebote zu Ihrem Suchauftrag „Data Engineer“")}
    Date: Wed, 29 Apr 2026 07:10:00 +0200
    Message-ID: <sa-9921744-20260429071000@arbeitsagentur.de>
    Precedence: bulk
    """,
    text(AA_TEXT),
    L(
        "job_alert",
        language="de",
        hard_negative=True,
        notes="Federal employment agency's search alert, listing the Rheinkiesel role Dana is about to interview for and 'Vorstellungsgespräche ab Juni'. Raw UTF-8 in the sender's display name.",
    ),
)

# =========================================================================== inmail (en): agency outreach via LinkedIn
INMAIL_TEXT = """
Callum Reid
Principal Recruiter, Data & AI at Northbrook Search

Staff Data Engineer - climate tech - fully remote

Hi Dana,

I'm partnering with a Series B climate-tech scale-up (I can't name them just yet) who are building out their data platform team. Your Iceberg and streaming work looks like a great fit.

They run a slick process: a chat with me, two interviews, and an offer within 10 days. Package is €115-130k plus equity.

Would you be open to a quick call this week? I'm free Thursday at 3pm your time if that suits.

Best,
Callum

Reply: https://www.linkedin.com/messaging/thread/2-Y2FsbHVtLXJl/
This is an InMail. Dana, you're receiving InMail notification emails.
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
"""

msg(
    "inmail-1",
    """
    From: Callum Reid via LinkedIn <inmail-hit-reply@linkedin.com>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Staff Data Engineer - climate tech - fully remote
    Date: Tue, 12 May 2026 09:14:51 +0000
    Message-ID: <1902211.5518824.1778577291233@ltx1-app8812.prod.linkedin.com>
    X-LinkedIn-Class: INMAIL
    """,
    alt(text(INMAIL_TEXT), html(auto_html(INMAIL_TEXT))),
    L(
        "recruiter_outreach",
        hard_negative=True,
        notes="Unsolicited agency InMail with an anonymous client: 'two interviews', 'an offer within 10 days', a proposed call time. Nothing was applied for.",
    ),
)

# =========================================================================== faltwerk (de): in-house outreach
FALT_TEXT = """
Hallo Frau Whitfield,

ich bin bei Faltwerk Robotics für das Recruiting im Engineering zuständig und bin über Ihren Vortrag auf der data2day („Backfills ohne Angst“) auf Sie aufmerksam geworden.

Wir bauen gerade unsere Datenplattform für die Sensordaten unserer Falt-Roboter neu auf und suchen dafür jemanden, der genau solche Migrationen schon gestemmt hat. Eine Ausschreibung gibt es noch nicht, ich wollte erst einmal hören, ob Sie grundsätzlich offen für einen Wechsel sind.

Hätten Sie Lust auf ein unverbindliches Gespräch, etwa am Donnerstag, 28. Mai, um 17 Uhr? Kein Vorstellungsgespräch, eher ein virtueller Kaffee mit unserem CTO und mir.

Viele Grüße aus Dresden
Lea Brandstätter
Talent Acquisition · Faltwerk Robotics GmbH
"""

msg(
    "faltwerk-1",
    f"""
    From: {q_word("Lea Brandstätter")} <lea.brandstaetter@faltwerk-robotics.example>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: {q_word("Kurzes Kennenlernen? Datenplattform bei Faltwerk")}
    Date: Fri, 22 May 2026 11:30:00 +0200
    Message-ID: <4d2a9e10-7b3c-4f51-a8e2-faltwerk0522@faltwerk-robotics.example>
    """,
    alt(text(FALT_TEXT), html(auto_html(FALT_TEXT))),
    L(
        "recruiter_outreach",
        language="de",
        hard_negative=True,
        company="Faltwerk Robotics",
        notes="In-house recruiter approaches Dana (she never applied; no vacancy yet) and proposes a concrete time with the CTO. Unsolicited: outreach, not an invite. Company named because the employer is (as in the first corpus).",
    ),
)

# =========================================================================== talentoiberico (es): agency outreach
TI_TEXT = """
Hola Dana:

Soy Irene, de Talento Ibérico. Te escribo porque mi cliente, una fintech de Barcelona con unas 200 personas, está buscando un/a Lead Data Engineer para liderar un equipo de cinco personas, 100 % en remoto desde cualquier país de la UE.

El proceso es ágil: dos entrevistas y una oferta en menos de tres semanas. La banda salarial está entre 85.000 y 95.000 € más bonus.

¿Te encajaría una llamada el lunes a las 10:00 para contarte más? Si no es buen momento, dime cuándo te viene mejor.

Un saludo,
Irene Castaño
Senior Tech Recruiter · Talento Ibérico
"""

msg(
    "talentoiberico-1",
    f"""
    From: {q_word("Irene Castaño")} <irene.castano@talentoiberico.example>
    To: dana.whitfield@example.org
    Subject: Oportunidad Lead Data Engineer - fintech (remoto UE)
    Date: Wed, 03 Jun 2026 10:05:00 +0200
    Message-ID: <CAJ5mT2rQe8Wn4Vx1Lk7Pa9Zb3Hc6Dg0Fy2Su5Eo8Ri4Nq1Ma@mail.gmail.com>
    """,
    text(TI_TEXT, charset="iso-8859-15", cte="8bit"),
    L(
        "recruiter_outreach",
        language="es",
        hard_negative=True,
        notes="Spanish agency cold mail, anonymous client: 'dos entrevistas', 'oferta', a proposed call on Monday at 10:00. ISO-8859-15 8-bit (for the euro sign).",
    ),
)

# =========================================================================== sanne (nl): friend
SANNE_TEXT = """
Hé Dana,

Ik hoorde van Joris dat je bij Duinstroom had gesolliciteerd! Balen dat het niks werd, die eis van vloeiend Nederlands vind ik echt onzin voor een data-rol.

Heb je nog andere sollicitatiegesprekken lopen? Als je in juni een keer naar Utrecht komt, kun je gewoon bij ons logeren.

Dikke knuffel,
Sanne
"""

msg(
    "sanne-1",
    """
    From: Sanne Bakker <sanne.bakker@example.net>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: =?UTF-8?Q?H=C3=A9_jij!?=
    Date: Thu, 23 Apr 2026 21:12:00 +0200
    Message-ID: <5E7A9C1B-3D2F-4A60-9B8E-7C6D5E4F3A2B@example.net>
    X-Mailer: iPhone Mail (22E252)
    """,
    text(SANNE_TEXT),
    L(
        "personal",
        language="nl",
        hard_negative=True,
        notes="Dutch friend mentions a pipeline company (Duinstroom), its rejection and 'sollicitatiegesprekken': personal.",
    ),
)

# =========================================================================== kasia (pl): friend
raw(
    "kasia-1",
    """
    Return-Path: <kasia.zielinska@example.net>
    From: =?UTF-8?Q?Kasia_Zieli=C5=84ska?= <kasia.zielinska@example.net>
    To: Dana Whitfield <dana.whitfield@example.org>
    Subject: Powodzenia jutro!
    Date: Tue, 05 May 2026 19:40:00 +0200
    Message-ID: <b7e2f1c0-1a9d-4c3e-8f52-kasia0505@example.net>
    MIME-Version: 1.0
    Content-Type: text/plain; charset=utf-8
    Content-Transfer-Encoding: 8bit

    Dana!

    Trzymam kciuki za jutrzejszą rozmowę w Bursztynie! Pamiętaj, że Tomasz jest bardzo w porządku, pracowałam z nim dwa lata. Daj znać, jak poszło – po rozmowie idziemy na pierogi, ja stawiam :)

    Buziaki,
    Kasia
    """,
    L(
        "personal",
        language="pl",
        hard_negative=True,
        notes="Polish friend wishes luck for tomorrow's interview ('rozmowa') at a pipeline company: personal, no event. Raw 8-bit UTF-8 body.",
    ),
)

# =========================================================================== dataconf (es): talk proposal rejected
DC_TEXT = """
Hola Dana:

Gracias por enviar tu propuesta «Backfills sin miedo: reprocesar tres años de eventos en Iceberg» a DataConf Valencia 2026.

Este año hemos recibido 412 propuestas para 38 huecos y, lamentablemente, la tuya no ha sido seleccionada. Sabemos que preparar una propuesta lleva tiempo y te agradecemos mucho el esfuerzo.

El comité de programa te enviará comentarios detallados en un plazo de dos semanas. Como ponente propuesta, tienes un 20 % de descuento en la entrada con el código CFP26.

Un saludo,
Comité de programa de DataConf Valencia
"""

msg(
    "dataconf-1",
    """
    From: DataConf Valencia <cfp@dataconf-valencia.example>
    To: dana.whitfield@example.org
    Subject: Tu propuesta para DataConf Valencia 2026
    Date: Fri, 29 May 2026 13:00:00 +0200
    Message-ID: <cfp-decision-0197@dataconf-valencia.example>
    """,
    alt(text(DC_TEXT), html(auto_html(DC_TEXT))),
    L(
        "other",
        language="es",
        hard_negative=True,
        notes="A conference rejects Dana's talk proposal: rejection wording ('lamentablemente ... no ha sido seleccionada') and a timeline ('en un plazo de dos semanas'), but no job application: other, no decision_date.",
    ),
)

# =========================================================================== delf (fr): oral exam convocation
DELF_TEXT = """
Madame Whitfield,

Vous êtes convoquée aux épreuves du DELF B2, session de juin 2026.

Épreuves collectives (compréhension et production écrites) : samedi 6 juin 2026 à 9h00, salle 1
Épreuve individuelle de production orale (entretien avec deux examinateurs) : samedi 6 juin 2026 à 14h20, salle 3 - 30 minutes de préparation, puis 20 minutes d'entretien

Merci de vous présenter 20 minutes avant le début des épreuves, munie de cette convocation et d'une pièce d'identité.

Les résultats seront communiqués sous six semaines environ.

Service des examens
Institut français Berlin
"""

msg(
    "delf-1",
    """
    From: =?UTF-8?Q?Institut_fran=C3=A7ais_Berlin_-_Examens?= <examens@institutfrancais-berlin.example>
    To: dana.whitfield@example.org
    Subject: Convocation DELF B2 - session de juin 2026
    Date: Mon, 18 May 2026 11:20:00 +0200
    Message-ID: <convocation-delf-b2-2026-06-0147@institutfrancais-berlin.example>
    """,
    text(DELF_TEXT, charset="iso-8859-15"),
    L(
        "unrelated_calendar",
        language="fr",
        hard_negative=True,
        notes="A French language exam convocation: the oral part is an 'entretien avec deux examinateurs' at a fixed time, and results come 'sous six semaines'. An exam, not a hiring process.",
    ),
)

# =========================================================================== userinterviews (en): paid research session
UI_TEXT = """
Hi Dana,

You're confirmed! Here are the details of your session:

Study: How data teams handle schema changes
Researcher: Hannah Lee, Quarry Data
When: Tuesday, May 19, 2026, 4:00 PM - 4:45 PM CEST
Where: Zoom (link in the calendar invite)

Incentive: $100 Amazon gift card, sent within 5 business days after your session.

Need to reschedule or cancel? Please let us know at least 24 hours in advance: https://www.userinterviews.com/participants/sessions

Thanks for participating,
The User Interviews team
"""

UI_ICS = f"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//User Interviews//Sessions//EN
METHOD:REQUEST
{vtz("Europe/Berlin")}
BEGIN:VEVENT
UID:ui-session-3381920-dana@userinterviews.com
DTSTAMP:20260514T180200Z
DTSTART;TZID=Europe/Berlin:20260519T160000
DTEND;TZID=Europe/Berlin:20260519T164500
SUMMARY:User Interviews: How data teams handle schema changes (Quarry Data)
LOCATION:https://quarrydata.zoom.us/j/91733820456
ORGANIZER;CN=User Interviews:mailto:sessions@userinterviews.com
ATTENDEE;CN=Hannah Lee:mailto:hannah.lee@quarrydata.example
ATTENDEE;CN=Dana Whitfield;RSVP=TRUE:mailto:dana.whitfield@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

msg(
    "userinterviews-1",
    """
    From: User Interviews <studies@userinterviews.com>
    To: dana.whitfield@example.org
    Subject: You're confirmed! Schema changes study - Tue, May 19 at 4:00 PM CEST
    Date: Thu, 14 May 2026 18:02:00 +0000
    Message-ID: <ui.session.3381920.confirm@userinterviews.com>
    """,
    mixed(
        alt(text(UI_TEXT), html(auto_html(UI_TEXT))),
        cal_file(UI_ICS, "session.ics", "text/calendar", method="REQUEST"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="A paid user-research interview (Dana is the participant of a product study): 'User Interviews', 'You're confirmed', a researcher, a fixed slot and a METHOD:REQUEST .ics. Not a job interview.",
    ),
)

# =========================================================================== adplist (en): Dana mentors someone
ADP_TEXT = """
Hi Dana,

Nia Mensah booked a mentoring session with you.

Topic: Preparing for data engineering interviews
When: Saturday, 30 May 2026, 11:00 - 11:45 (GMT+2)
Where: Google Meet, https://meet.google.com/adp-nmde-wqa

Nia's note: "Hi Dana! I have my first onsite interview loop in June and would love to practise a system design question with you. Thank you so much for mentoring!"

Need to reschedule? You can change the time from your dashboard up to 12 hours before the session.

Keep mentoring,
ADPList
"""

ADP_ICS = f"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ADPList//Booking//EN
METHOD:REQUEST
{vtz("Europe/Berlin")}
BEGIN:VEVENT
UID:adplist-booking-8812034@adplist.org
DTSTAMP:20260524T093000Z
DTSTART;TZID=Europe/Berlin:20260530T110000
DTEND;TZID=Europe/Berlin:20260530T114500
SUMMARY:ADPList mentoring: Nia Mensah x Dana Whitfield
LOCATION:https://meet.google.com/adp-nmde-wqa
ORGANIZER;CN=ADPList:mailto:bookings@adplist.org
ATTENDEE;CN=Nia Mensah:mailto:nia.mensah@example.net
ATTENDEE;CN=Dana Whitfield;RSVP=TRUE:mailto:dana.whitfield@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

msg(
    "adplist-1",
    """
    From: ADPList <hello@adplist.org>
    To: dana.whitfield@example.org
    Subject: New session booked: Nia Mensah - Preparing for data engineering interviews
    Date: Sun, 24 May 2026 09:30:00 +0000
    Message-ID: <booking-8812034@adplist.org>
    """,
    mixed(
        alt(text(ADP_TEXT), html(auto_html(ADP_TEXT))),
        cal_file(ADP_ICS, "session.ics", "application/ics"),
    ),
    L(
        "unrelated_calendar",
        hard_negative=True,
        notes="A mentee books Dana (the mentor) to practise for HER interviews: a confirmed booking with a fixed slot and .ics, like a self-scheduling confirmation, but Dana is not a candidate.",
    ),
)

# =========================================================================== stromnetz (de): meter appointment moved
SN_TEXT = """
Sehr geehrte Frau Whitfield,

der für Montag, 08.06.2026, vorgesehene Termin zum Wechsel Ihres Stromzählers muss leider verschoben werden.

Neuer Termin: Mittwoch, 10.06.2026, zwischen 07:00 und 12:00 Uhr

Unser Monteur, Herr Kaczmarek, meldet sich etwa 30 Minuten vor seiner Ankunft telefonisch. Sollte Ihnen der neue Termin nicht passen, können Sie ihn bis zwei Werktage vorher online ändern: https://www.stromnetz-berlin.example/termin

Mit freundlichen Grüßen
Ihr Team Zählerwechsel
Stromnetz Berlin GmbH
"""

msg(
    "stromnetz-1",
    f"""
    From: Stromnetz Berlin <zaehlerwechsel@stromnetz-berlin.example>
    To: dana.whitfield@example.org
    Subject: {q_word("Neuer Termin für Ihren Zählerwechsel")}
    Date: Wed, 03 Jun 2026 13:14:00 +0200
    Message-ID: <zw-2026-06-03-88213@stromnetz-berlin.example>
    """,
    text(SN_TEXT, charset="windows-1252"),
    L(
        "unrelated_calendar",
        language="de",
        hard_negative=True,
        notes="A utility moves a meter-replacement appointment: 'verschoben', 'Neuer Termin', old and new dates. Appointment-like, not hiring. The encoded subject is plain ASCII.",
    ),
)

# =========================================================================== berlinenespanol (es): community afterwork
BE_TEXT = """
¡Hola, Dana!

Te invitamos al afterwork de mayo de Berlín en Español. Este mes tenemos una mini charla de Carmen Ruiz: «Cómo preparar una entrevista de trabajo en Alemania (y sobrevivir al Bewerbungsgespräch)», y después, tapas y buena conversación.

Afterwork de mayo – Berlín en Español
jueves, 21 de mayo de 2026 ⋅ 19:00 – 22:00 (hora de verano de Europa central - Berlín)
Bar La Mancha, Weserstraße 58, 12045 Berlín

Invitados
Berlín en Español - organizador
dana.whitfield@example.org

Responder para dana.whitfield@example.org
Sí · No · Quizás · Más opciones

Invitación de Google Calendar
"""

BE_ICS = f"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{vtz("Europe/Berlin")}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260521T190000
DTEND;TZID=Europe/Berlin:20260521T220000
DTSTAMP:20260507T150000Z
ORGANIZER;CN=Berlín en Español:mailto:hola@berlinenespanol.example
UID:afterworkmayo2026berlinenespanol@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dana.whitfield@example.org:mailto:dana.whitfield@example.org
DESCRIPTION:Mini charla: Cómo preparar una entrevista de trabajo en Alemania. Después\\, tapas.
LOCATION:Bar La Mancha\\, Weserstraße 58\\, 12045 Berlín
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Afterwork de mayo – Berlín en Español
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

msg(
    "berlinenespanol-1",
    f"""
    From: {q_word("Berlín en Español")} <hola@berlinenespanol.example>
    Sender: Google Calendar <calendar-notification@google.com>
    To: dana.whitfield@example.org
    Subject: {b_word("Invitación: Afterwork de mayo – Berlín en Español @ jue 21 may 2026 19:00 - 22:00 (CEST) (dana.whitfield@example.org)")}
    Date: Thu, 07 May 2026 15:00:00 +0000
    Message-ID: <calendar-afterwork-mayo-2026@google.com>
    """,
    mixed(
        alt(
            text(BE_TEXT, cte="base64"),
            html(auto_html(BE_TEXT), cte="base64"),
            cal_inline(BE_ICS, "REQUEST"),
        ),
        cal_file(BE_ICS, "invite.ics"),
    ),
    L(
        "unrelated_calendar",
        language="es",
        hard_negative=True,
        notes="Spanish Google Calendar invitation (METHOD:REQUEST) to a community afterwork whose talk is about preparing job interviews ('entrevista de trabajo', 'Bewerbungsgespräch').",
    ),
)

# =========================================================================== kleinanzeigen (de): an offer accepted
KA_TEXT = """
Hallo Dana,

gute Nachrichten: Jan K. hat dein Angebot über 320 € für „Cube Kathmandu Trekkingrad 28 Zoll, RH 54“ angenommen.

Vereinbare jetzt mit Jan die Übergabe oder bezahle sicher mit „Sicher bezahlen“. Bitte antworte innerhalb von 48 Stunden, sonst wird die Anzeige wieder freigegeben.

Zur Unterhaltung: https://www.kleinanzeigen.de/m-nachrichten.html

Dein Kleinanzeigen-Team
"""

msg(
    "kleinanzeigen-1",
    """
    From: Kleinanzeigen <noreply@kleinanzeigen.de>
    To: dana.whitfield@example.org
    Subject: Dein Angebot wurde angenommen
    Date: Sun, 17 May 2026 18:22:00 +0200
    Message-ID: <ka-offer-accepted-2984411@kleinanzeigen.de>
    """,
    alt(text(KA_TEXT), html(auto_html(KA_TEXT))),
    L(
        "other",
        language="de",
        hard_negative=True,
        notes="A classifieds marketplace: the seller accepted Dana's price offer for a bicycle ('Angebot ... angenommen'), with a 48-hour deadline for her. Not an employment offer.",
    ),
)

# =========================================================================== easy controls
STROMWERK_TEXT = """
Sehr geehrte Frau Whitfield,

anbei erhalten Sie Ihre Abschlagsrechnung für Juni 2026.

Vertragskonto: 2004 7719 35
Abschlag Juni 2026: 62,00 EUR
Fälligkeit: 15.06.2026 (Einzug per SEPA-Lastschrift)

Ihre Rechnungen finden Sie auch jederzeit in Ihrem Kundenportal.

Mit freundlichen Grüßen
Ihr Stromwerk-Berlin-Kundenservice
"""

msg(
    "stromwerk-1",
    """
    From: Stromwerk Berlin <kundenservice@stromwerk-berlin.example>
    To: dana.whitfield@example.org
    Subject: Ihre Abschlagsrechnung Juni 2026
    Date: Mon, 01 Jun 2026 06:00:00 +0200
    Message-ID: <rechnung-2026-06-2004771935@stromwerk-berlin.example>
    """,
    text(STROMWERK_TEXT, charset="iso-8859-1"),
    L("other", language="de", notes="Easy control: an electricity bill."),
)

DIGEST_TEXT = """
Data Engineering Digest #212

This week:
- Iceberg 1.9 lands row lineage and faster equality deletes
- Why your Airflow DAGs are slow (and it's not the scheduler)
- A practical guide to data contracts with Protobuf
- DuckDB in the browser: a year of production lessons
- Talk of the week: "Streaming joins without tears" (42 min video)

Read online: https://dataengdigest.example/212
You subscribed to Data Engineering Digest. Unsubscribe: https://dataengdigest.example/u
"""

msg(
    "digest-1",
    """
    From: Data Engineering Digest <digest@dataengdigest.example>
    To: dana.whitfield@example.org
    Subject: Data Engineering Digest #212
    Date: Sun, 26 Apr 2026 07:00:00 +0000
    Message-ID: <digest-212@dataengdigest.example>
    List-Unsubscribe: <https://dataengdigest.example/u>
    List-Id: Data Engineering Digest <digest.dataengdigest.example>
    """,
    text(DIGEST_TEXT, charset="us-ascii", cte="7bit"),
    L("newsletter", notes="Easy control: a technical newsletter."),
)

PAPERLINE_HTML = """
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<h2>Thanks for your order, Dana!</h2>
<p>Receipt #48213 · 16 May 2026</p>
<table cellpadding="4">
<tr><td>The Data Warehouse Toolkit, 3rd ed. (Kimball &amp; Ross)</td><td align="right">54,90 €</td></tr>
<tr><td>Shipping (DHL, Germany)</td><td align="right">0,00 €</td></tr>
<tr><td><b>Total (incl. 7 % VAT)</b></td><td align="right"><b>54,90 €</b></td></tr>
</table>
<p>Paid with PayPal. Your book will arrive in 2-3 working days.</p>
<p>Paperline Books · Bergmannstraße 9 · 10961 Berlin</p>
</body></html>
"""

msg(
    "paperline-1",
    """
    From: Paperline Books <orders@paperline.example>
    To: dana.whitfield@example.org
    Subject: Your receipt #48213
    Date: Sat, 16 May 2026 12:13:00 +0200
    Message-ID: <order-48213-receipt@paperline.example>
    """,
    html(PAPERLINE_HTML),
    L(
        "other",
        notes="Easy control: a bookshop receipt (HTML only). The delivery estimate is not a decision timeline.",
    ),
)
