"""Processes in German, French, Spanish, Italian, Portuguese and Polish.

quellwerk (Berlin, Personio), fernhain (Hamburg, via the Berlin agency Havelberg), calade
(Montpellier, SmartRecruiters), orgeval (Nantes, Outlook), marisma (Valencia, Google Calendar),
toma (Barcelona, founder on Gmail), lanterna (Genoa), mare (Lisbon), krokus (Kraków).
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
    early_next_month,
    fake_pdf,
    fixed,
    html,
    mid,
    mixed,
    msg,
    person,
    plus_business_days,
    plus_days,
    plus_weeks,
    text,
    vtz,
)


def cal(*blocks: str) -> str:
    return "\n".join(textwrap.dedent(b).strip("\n") for b in blocks)


# --------------------------------------------------------------------------- quellwerk (Personio)

QW_ROLE = "Data Engineer (m/w/d)"
JANA = "jana.boehm@quellwerk-energie.example"

msg(
    "quellwerk-1",
    f"""
    From: Quellwerk Energie GmbH <no-reply@mail.personio.de>
    Reply-To: jobs@quellwerk-energie.example
    To: {DANA}
    Subject: =?UTF-8?Q?Eingangsbest=C3=A4tigung_Ihrer_Bewerbung_als_Data_Engineer_(m/w/d)?=
    Date: Wed, 01 Jul 2026 18:44:12 +0200
    Message-ID: {mid("quellwerk-1", "mail.personio.de")}
    """,
    alt(
        text(
            f"""
            Hallo Dana Whitfield,

            vielen Dank für Ihre Bewerbung als {QW_ROLE} und Ihr Interesse an Quellwerk Energie!

            Ihre Unterlagen sind vollständig bei uns eingegangen. Wir sehen sie uns in Ruhe an
            und melden uns innerhalb von 14 Tagen bei Ihnen.

            Viele Grüße
            Ihr People-Team der Quellwerk Energie GmbH

            Diese E-Mail wurde automatisch versendet. Informationen zum Datenschutz finden Sie
            unter https://quellwerk-energie.jobs.personio.de/privacy-policy
            """
        ),
        html(
            auto_html(
                f"""
                Hallo Dana Whitfield,

                vielen Dank für Ihre Bewerbung als {QW_ROLE} und Ihr Interesse an Quellwerk Energie!

                Ihre Unterlagen sind vollständig bei uns eingegangen. Wir sehen sie uns in Ruhe an und melden uns innerhalb von 14 Tagen bei Ihnen.

                Viele Grüße
                Ihr People-Team der Quellwerk Energie GmbH
                """
            )
        ),
    ),
    L(
        "application_ack",
        language="de",
        hard_negative=True,
        company="Quellwerk Energie",
        role=QW_ROLE,
        decision=("innerhalb von 14 Tagen", plus_days(14)),
        thread="quellwerk",
    ),
)

msg(
    "quellwerk-2",
    f"""
    From: Quellwerk Energie GmbH <no-reply@mail.personio.de>
    Reply-To: {JANA}
    To: {DANA}
    Subject: =?UTF-8?Q?Terminbest=C3=A4tigung:_Kennenlerngespr=C3=A4ch_Quellwerk_Energie?=
    Date: Wed, 15 Jul 2026 09:27:40 +0200
    Message-ID: {mid("quellwerk-2", "mail.personio.de")}
    """,
    mixed(
        text(
            f"""
            Hallo Dana,

            vielen Dank, dass Sie sich einen Termin ausgewählt haben. Hiermit bestätigen wir
            Ihr Kennenlerngespräch:

            Position:     {QW_ROLE}
            Datum:        Montag, 20.07.2026
            Uhrzeit:      10:30 - 11:00 Uhr (Europe/Berlin)
            Gesprächspartnerin: Jana Böhm, Teamlead Data
            Ort:          Microsoft Teams (Link in der Kalendereinladung)

            Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte rechtzeitig ab.

            Viele Grüße
            Quellwerk Energie GmbH
            """
        ),
        cal_file(
            cal(
                """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Personio GmbH//Interview Scheduling//DE
                METHOD:REQUEST
                """,
                vtz("Europe/Berlin"),
                """
                BEGIN:VEVENT
                UID:personio-slot-88213-40231@personio.de
                DTSTAMP:20260715T072740Z
                DTSTART;TZID=Europe/Berlin:20260720T103000
                DTEND;TZID=Europe/Berlin:20260720T110000
                SUMMARY:Kennenlerngespräch Dana Whitfield – Data Engineer (m/w/d)
                LOCATION:Microsoft Teams
                DESCRIPTION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_QWx
                ORGANIZER;CN=Jana Böhm:mailto:jana.boehm@quellwerk-energie.example
                ATTENDEE;CN=Dana Whitfield;RSVP=TRUE:mailto:dana.whitfield@example.org
                SEQUENCE:0
                END:VEVENT
                END:VCALENDAR
                """,
            ),
            filename="Termin.ics",
            ctype="application/octet-stream",
        ),
    ),
    L(
        "interview_confirmation",
        language="de",
        company="Quellwerk Energie",
        role=QW_ROLE,
        interview=("2026-07-20T10:30:00+02:00", "2026-07-20T11:00:00+02:00"),
        interviewers=[person("Jana Böhm", JANA)],
        thread="quellwerk",
        notes="Personio booking confirmation after self-scheduling (the invite is not in the box).",
    ),
)

msg(
    "quellwerk-3",
    f"""
    From: =?UTF-8?Q?Jana_B=C3=B6hm?= <{JANA}>
    To: {DANA}
    Subject: Kurzes Update zu Ihrer Bewerbung
    Date: Thu, 23 Jul 2026 13:10:05 +0200
    Message-ID: {mid("quellwerk-3", "quellwerk-energie.example")}
    """,
    text(
        """
        Hallo Dana,

        danke nochmal für das nette Gespräch am Montag! Ich wollte mich kurz melden, damit Sie
        nicht im Ungewissen sind: Unser Geschäftsführer und die Hälfte meines Teams sind gerade
        im Urlaub, deshalb können wir die Entscheidung erst Anfang August treffen. Sie stehen bei
        uns aber definitiv weiter auf der Liste.

        Sonnige Grüße
        Jana Böhm
        Teamlead Data | Quellwerk Energie GmbH
        """
    ),
    L(
        "timeline_update",
        language="de",
        company="Quellwerk Energie",
        decision=("Anfang August", early_next_month()),
        thread="quellwerk",
        notes="'Anfang August' written in July = early next month: the 10th (corpus table).",
    ),
)

msg(
    "quellwerk-4",
    f"""
    From: Lea Hartmann <lea.hartmann@quellwerk-energie.example>
    To: {DANA}
    Subject: Abwesenheitsnotiz: Unterlagen Data Engineer
    Date: Thu, 06 Aug 2026 08:15:30 +0200
    Message-ID: {mid("quellwerk-4", "quellwerk-energie.example")}
    Auto-Submitted: auto-replied
    Precedence: auto_reply
    """,
    text(
        """
        Guten Tag,

        vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14.08.2026 im Urlaub. Ihre
        E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
        jobs@quellwerk-energie.example.

        Mit freundlichen Grüßen
        Lea Hartmann
        People & Culture
        """
    ),
    L(
        "out_of_office",
        language="de",
        hard_negative=True,
        company="Quellwerk Energie",
        return_date="2026-08-17",
        thread="quellwerk",
        notes="Last day of absence Friday 14.08. -> back Monday 17.08.",
    ),
)

msg(
    "quellwerk-5",
    f"""
    From: =?UTF-8?Q?Jana_B=C3=B6hm?= <{JANA}>
    To: {DANA}
    Cc: Lea Hartmann <lea.hartmann@quellwerk-energie.example>
    Subject: Gute Nachrichten von Quellwerk
    Date: Mon, 10 Aug 2026 11:42:18 +0200
    Message-ID: {mid("quellwerk-5", "quellwerk-energie.example")}
    """,
    text(
        f"""
        Liebe Dana,

        wie versprochen melde ich mich Anfang August - und zwar mit guten Nachrichten: Wir
        möchten Ihnen sehr gern die Stelle als {QW_ROLE} bei uns anbieten!

        Eckdaten: 74.000 EUR brutto im Jahr, 30 Urlaubstage, 2 Tage Homeoffice pro Woche,
        Start nach Absprache (gern zum 1. Oktober). Den Vertragsentwurf schickt Ihnen Lea nach
        ihrem Urlaub per DocuSign.

        Ich freue mich sehr auf Ihre Antwort!

        Herzliche Grüße
        Jana
        """
    ),
    L("offer", language="de", company="Quellwerk Energie", role=QW_ROLE, thread="quellwerk"),
)

# --------------------------------------------------------------------------- fernhain via Havelberg

FH_ROLE = "Lead Data Engineer (m/w/d)"
NILS = "Nils Brandenburg <n.brandenburg@havelberg-personal.example>"

msg(
    "fernhain-1",
    f"""
    From: {NILS}
    To: {DANA}
    Subject: Fernhain Logistik - Termin Erstgespräch
    Date: Mon, 13 Jul 2026 17:05:44 +0200
    Message-ID: {mid("fernhain-1", "havelberg-personal.example")}
    """,
    text(
        f"""
        Hallo Frau Whitfield,

        wie am Freitag telefonisch besprochen, habe ich Ihr Profil meinem Mandanten Fernhain
        Logistik in Hamburg vorgestellt - mit Erfolg! Man möchte Sie gern für die Position
        {FH_ROLE} kennenlernen:

        Donnerstag, 16.07., 14:00 Uhr, per Microsoft Teams, ca. 45 Minuten
        Gesprächspartner: Dr. Henrik Sievers (CTO) und Aylin Demir (Teamlead Data Platform)

        Die Einladung kommt direkt von Fernhain. Erfahrungsgemäß bekommen wir
        innerhalb von zwei bis drei Werktagen nach dem Gespräch Feedback vom Kunden, das gebe ich
        Ihnen dann sofort weiter.

        Viele Grüße aus Kreuzberg
        Nils Brandenburg
        Senior Consultant IT | Havelberg Personalberatung GmbH
        Tel. +49 30 5557 1208
        """
    ),
    L(
        "interview_invite",
        language="de",
        company="Fernhain Logistik",
        role=FH_ROLE,
        interview=("2026-07-16T14:00:00+02:00", "2026-07-16T14:45:00+02:00"),
        interviewers=[person("Dr. Henrik Sievers", None), person("Aylin Demir", None)],
        decision=(
            "innerhalb von zwei bis drei Werktagen nach dem Gespräch",
            fixed("2026-07-21"),
        ),
        thread="fernhain",
        notes=(
            "Agency arranges a client interview: invite, company = the client. The feedback "
            "span is anchored to the interview this message fixes: Thu 16.07. + 3 business "
            "days (upper end) = Tue 21.07."
        ),
    ),
)

msg(
    "fernhain-2",
    f"""
    From: {NILS}
    To: {DANA}
    Subject: AW: Fernhain Logistik - Termin Erstgespräch
    Date: Fri, 17 Jul 2026 12:31:09 +0200
    Message-ID: {mid("fernhain-2", "havelberg-personal.example")}
    In-Reply-To: {mid("fernhain-1", "havelberg-personal.example")}
    References: {mid("fernhain-1", "havelberg-personal.example")}
    """,
    text(
        """
        Hallo Frau Whitfield,

        schneller als gedacht: Fernhain war von Ihnen begeistert und möchte Sie in die zweite
        Runde einladen. Das ist ein halber Tag vor Ort in Hamburg mit einer kleinen Fallstudie
        und einem Gespräch mit dem Team. Einen Termin stimme ich gerade mit Frau Demir ab - das
        wird wegen der Urlaubszeit aber eher Ende Juli.

        Ich melde mich, sobald ich Vorschläge habe.

        Beste Grüße
        Nils Brandenburg
        """
    ),
    L(
        "next_round",
        language="de",
        company="Fernhain Logistik",
        thread="fernhain",
        notes="Relayed by the agency; 'eher Ende Juli' is the next interview, not a decision.",
    ),
)

msg(
    "fernhain-3",
    f"""
    From: {NILS}
    To: {DANA}
    Subject: Absage Termin Hamburg am 28.07.
    Date: Thu, 23 Jul 2026 09:48:27 +0200
    Message-ID: {mid("fernhain-3", "havelberg-personal.example")}
    """,
    text(
        """
        Hallo Frau Whitfield,

        leider muss ich Ihnen den Termin am Dienstag, 28.07., um 10:00 Uhr in Hamburg absagen:
        Herr Dr. Sievers ist kurzfristig ausgefallen, und ohne ihn möchte Fernhain die zweite
        Runde nicht durchführen. Einen neuen Termin gibt es frühestens Mitte August, wenn er
        wieder da ist. Die Fahrkarte können Sie sich von Fernhain erstatten lassen.

        Das tut mir wirklich leid - am Interesse an Ihnen hat sich nichts geändert.

        Viele Grüße
        Nils Brandenburg
        """
    ),
    L(
        "interview_cancel",
        language="de",
        company="Fernhain Logistik",
        interview=("2026-07-28T10:00:00+02:00", None),
        interviewers=[person("Dr. Sievers", None)],
        thread="fernhain",
        notes=(
            "The booking of 28.07. is not in the mailbox; the cancelled slot names a start "
            "only (end null). 'frühestens Mitte August' is about a new appointment and vague: "
            "no decision date."
        ),
    ),
)

msg(
    "fernhain-4",
    f"""
    From: {NILS}
    To: {DANA}
    Subject: Fernhain - wie geht es weiter
    Date: Wed, 12 Aug 2026 15:20:00 +0200
    Message-ID: {mid("fernhain-4", "havelberg-personal.example")}
    """,
    text(
        """
        Hallo Frau Whitfield,

        kurzes Update aus Hamburg: Herr Dr. Sievers ist zurück und hat sich Ihre Unterlagen und
        das Feedback aus dem Erstgespräch noch einmal angesehen. Fernhain verzichtet auf die
        Fallstudie vor Ort und entscheidet auf Basis der bisherigen Gespräche. Die Entscheidung
        soll bis spätestens Freitag, den 21. August fallen.

        Ich halte Sie auf dem Laufenden!
        Nils Brandenburg
        """
    ),
    L(
        "timeline_update",
        language="de",
        company="Fernhain Logistik",
        decision=("bis spätestens Freitag, den 21. August", fixed("2026-08-21")),
        thread="fernhain",
    ),
)

# --------------------------------------------------------------------------- calade (SmartRecruiters)

CA_ROLE = "Ingénieur Data (H/F)"
CAMILLE = "camille.roux@calade-energie.example"

msg(
    "calade-1",
    f"""
    From: =?UTF-8?Q?Calade_=C3=89nergie?= <noreply@smartrecruiters.com>
    To: {DANA}
    Subject: =?UTF-8?Q?Votre_candidature_au_poste_Ing=C3=A9nieur_Data_(H/F)?=
    Date: Thu, 02 Jul 2026 11:30:52 +0200
    Message-ID: {mid("calade-1", "smartrecruiters.com")}
    """,
    html(
        auto_html(
            f"""
            Bonjour Dana,

            Nous vous remercions pour l'intérêt que vous portez à Calade Énergie et pour votre candidature au poste {CA_ROLE} basé à Montpellier.

            Votre dossier a bien été transmis à notre équipe recrutement. Nous étudions chaque candidature avec attention et reviendrons vers vous sous trois semaines.

            Bien cordialement,
            L'équipe Talents de Calade Énergie
            """
        )
    ),
    L(
        "application_ack",
        language="fr",
        hard_negative=True,
        company="Calade Énergie",
        role=CA_ROLE,
        decision=("sous trois semaines", plus_weeks(3)),
        thread="calade",
    ),
)

msg(
    "calade-2",
    f"""
    From: Camille Roux <{CAMILLE}>
    To: {DANA}
    Subject: =?UTF-8?Q?Votre_candidature_Ing=C3=A9nieur_Data_=E2=80=93_premier_=C3=A9change?=
    Date: Mon, 06 Jul 2026 14:55:13 +0200
    Message-ID: {mid("calade-2", "calade-energie.example")}
    """,
    text(
        """
        Bonjour Dana,

        Votre profil a retenu toute notre attention ! Je vous propose un premier échange
        téléphonique d'une trentaine de minutes avec moi, pour faire connaissance et vous
        présenter l'équipe et le poste.

        Seriez-vous disponible mercredi 8 juillet à 10h ou jeudi 9 juillet à 15h ? Si aucun de
        ces créneaux ne vous convient, n'hésitez pas à m'en proposer d'autres.

        Au plaisir d'échanger,
        Camille Roux
        Chargée de recrutement – Calade Énergie
        """
    ),
    L(
        "interview_invite",
        language="fr",
        company="Calade Énergie",
        role="Ingénieur Data",
        interviewers=[person("Camille Roux", CAMILLE)],
        thread="calade",
        notes="Two candidate slots: interview null. Recruiter screen: Camille is the interviewer.",
    ),
)

msg(
    "calade-3",
    f"""
    From: Camille Roux <{CAMILLE}>
    To: {DANA}
    Subject: =?UTF-8?Q?Suite_de_votre_candidature_=E2=80=93_entretien_technique?=
    Date: Fri, 17 Jul 2026 10:08:45 +0200
    Message-ID: {mid("calade-3", "calade-energie.example")}
    """,
    text(
        """
        Bonjour Dana,

        Merci encore pour notre échange de jeudi dernier ; votre parcours a beaucoup plu à
        Julien Mercier, notre responsable Data. Bonne nouvelle donc : nous souhaitons poursuivre
        avec un entretien technique d'environ une heure avec Julien et un membre de son équipe.

        Avec les congés d'été, je reviens vers vous dès que possible pour fixer une date.

        Belle journée,
        Camille
        """
    ),
    L(
        "next_round",
        language="fr",
        company="Calade Énergie",
        thread="calade",
        notes="Advances, no time: next_round ('dès que possible' is vague).",
    ),
)

msg(
    "calade-4",
    f"""
    From: Camille Roux <{CAMILLE}>
    To: {DANA}
    Subject: =?UTF-8?Q?R=C3=A9ponse_automatique=C2=A0:_Disponibilit=C3=A9s_entretien_technique?=
    Date: Mon, 27 Jul 2026 09:01:12 +0200
    Message-ID: {mid("calade-4", "", "outlook")}
    Auto-Submitted: auto-replied
    X-Auto-Response-Suppress: All
    """,
    text(
        """
        Bonjour,

        Je suis en congés jusqu'au vendredi 21 août inclus, sans accès à ma messagerie. Je
        traiterai votre message à mon retour le lundi 24 août.

        Pour toute urgence : talents@calade-energie.example

        Camille Roux
        """
    ),
    L(
        "out_of_office",
        language="fr",
        hard_negative=True,
        company="Calade Énergie",
        return_date="2026-08-24",
        thread="calade",
    ),
)

msg(
    "calade-5",
    f"""
    From: Camille Roux <{CAMILLE}>
    To: {DANA}
    Subject: =?UTF-8?Q?Derni=C3=A8re_=C3=A9tape_=E2=80=93_r=C3=A9f=C3=A9rences?=
    Date: Wed, 26 Aug 2026 16:40:30 +0200
    Message-ID: {mid("calade-5", "calade-energie.example")}
    """,
    text(
        """
        Bonjour Dana,

        Julien m'a fait un retour très positif sur votre entretien technique d'hier, merci !

        Dernière étape avant une éventuelle proposition : pourriez-vous me transmettre les
        coordonnées (nom, fonction, e-mail ou téléphone) de deux personnes avec qui vous avez
        travaillé et que nous pourrions contacter ? Idéalement un ou une ancienne manager.

        Nous visons une décision d'ici le vendredi 4 septembre.

        Bien à vous,
        Camille
        """
    ),
    L(
        "reference_request",
        language="fr",
        company="Calade Énergie",
        decision=("d'ici le vendredi 4 septembre", fixed("2026-09-04")),
        thread="calade",
    ),
)

# --------------------------------------------------------------------------- orgeval (Outlook, fr)

OG_ROLE = "Développeur Python confirmé (H/F)"
SOPHIE = "sophie.lemaire@orgeval-logiciels.example"
OG_UID = "040000008200E00074C5B7101A82E00800000000D0A1C2B3E70DDC01000000000000000010000000"


def orgeval_vevent(method: str, seq: int, status: str, summary: str, desc: str) -> str:
    return cal(
        f"""
        BEGIN:VCALENDAR
        METHOD:{method}
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """,
        vtz("Romance Standard Time"),
        f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Sophie Lemaire:mailto:{SOPHIE}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dana Whitfield:mailto:dana.whitfield@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thomas Garnier:mailto:thomas.garnier@orgeval-logiciels.example
        DESCRIPTION;LANGUAGE=fr-FR:{desc}
        UID:{OG_UID}
        SUMMARY;LANGUAGE=fr-FR:{summary}
        DTSTART;TZID=Romance Standard Time:20260716T110000
        DTEND;TZID=Romance Standard Time:20260716T120000
        DTSTAMP:20260707T091500Z
        STATUS:{status}
        SEQUENCE:{seq}
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        END:VEVENT
        END:VCALENDAR
        """,
    )


msg(
    "orgeval-1",
    f"""
    From: Sophie Lemaire <{SOPHIE}>
    To: {DANA}
    Cc: Thomas Garnier <thomas.garnier@orgeval-logiciels.example>
    Subject: Entretien - {OG_ROLE}
    Date: Tue, 07 Jul 2026 11:15:00 +0200
    Message-ID: {mid("orgeval-1", "", "outlook")}
    Thread-Topic: Entretien - {OG_ROLE}
    """,
    alt(
        text(
            """
            Bonjour Dana,

            Comme convenu au téléphone ce matin, voici l'invitation pour notre entretien du
            jeudi 16 juillet de 11h à 12h, avec Thomas Garnier (lead technique) et moi-même.

            À jeudi prochain,
            Sophie Lemaire
            Responsable R&D – Orgeval Logiciels
            ________________________________________________________________________________
            Réunion Microsoft Teams
            Rejoindre sur votre ordinateur ou application mobile
            https://teams.microsoft.com/l/meetup-join/19%3ameeting_T3JnZXZhbA%40thread.v2/0
            ________________________________________________________________________________
            """
        ),
        cal_inline(
            orgeval_vevent(
                "REQUEST",
                0,
                "CONFIRMED",
                f"Entretien - {OG_ROLE}",
                "Comme convenu au téléphone ce matin\\, voici l'invitation pour notre entretien.",
            ),
            "REQUEST",
        ),
    ),
    L(
        "interview_confirmation",
        language="fr",
        company="Orgeval Logiciels",
        role=OG_ROLE,
        interview=("2026-07-16T11:00:00+02:00", "2026-07-16T12:00:00+02:00"),
        interviewers=[
            person("Sophie Lemaire", SOPHIE),
            person("Thomas Garnier", "thomas.garnier@orgeval-logiciels.example"),
        ],
        thread="orgeval",
        notes="'Comme convenu au téléphone': the calendar invite after an agreement.",
    ),
)

msg(
    "orgeval-2",
    f"""
    From: Sophie Lemaire <{SOPHIE}>
    To: {DANA}
    Cc: Thomas Garnier <thomas.garnier@orgeval-logiciels.example>
    Subject: =?UTF-8?Q?Annul=C3=A9=C2=A0:_Entretien_-_D=C3=A9veloppeur_Python_confirm=C3=A9_(H/F)?=
    Date: Mon, 13 Jul 2026 17:52:36 +0200
    Message-ID: {mid("orgeval-2", "", "outlook")}
    Thread-Topic: Entretien - {OG_ROLE}
    """,
    alt(
        text(
            """
            Bonjour Dana,

            Je suis désolée de devoir annuler notre entretien de jeudi. La direction vient de
            geler les recrutements jusqu'à la rentrée pour des raisons budgétaires, et le poste
            est mis en pause. Votre candidature n'est pas écartée : si le poste est rouvert en
            septembre, je reviendrai vers vous en priorité.

            Bien cordialement,
            Sophie Lemaire
            """
        ),
        cal_inline(
            orgeval_vevent(
                "CANCEL",
                1,
                "CANCELLED",
                f"Annulé : Entretien - {OG_ROLE}",
                "Je suis désolée de devoir annuler notre entretien de jeudi.",
            ),
            "CANCEL",
        ),
    ),
    L(
        "interview_cancel",
        language="fr",
        company="Orgeval Logiciels",
        role=OG_ROLE,
        interview=("2026-07-16T11:00:00+02:00", "2026-07-16T12:00:00+02:00"),
        interviewers=[
            person("Sophie Lemaire", SOPHIE),
            person("Thomas Garnier", "thomas.garnier@orgeval-logiciels.example"),
        ],
        thread="orgeval",
        notes="Hiring freeze / role paused: cancel, not rejection ('la rentrée' is vague).",
    ),
)

# --------------------------------------------------------------------------- marisma (Google Calendar, es)

MA_ROLE = "Ingeniero/a de Datos Senior"
LUCIA = "lucia.ferrer@marismatech.example"

msg(
    "marisma-1",
    f"""
    From: =?UTF-8?Q?Luc=C3=ADa_Ferrer_=28Google_Calendar=29?= <calendar-notification@google.com>
    Reply-To: {LUCIA}
    Sender: Google Calendar <calendar-notification@google.com>
    To: {DANA}
    Subject: =?UTF-8?Q?Invitaci=C3=B3n:_Entrevista_t=C3=A9cnica_=E2=80=93_Dana_Whitfield_@_mar_14_jul_2026_16:00_-_17:00_(CEST)_(dana.whitfield@example.org)?=
    Date: Thu, 09 Jul 2026 10:31:18 +0000
    Message-ID: {mid("marisma-1", "google.com")}
    """,
    alt(
        text(
            f"""
            Hola Dana, tal y como hablamos ayer por teléfono, te envío la invitación. ¡Nos vemos el martes!

            Entrevista técnica – Dana Whitfield
            martes, 14 de julio de 2026 · 16:00 – 17:00
            Zona horaria: Hora de verano de Europa central - Madrid
            Unirse con Google Meet: https://meet.google.com/pvd-hwqk-ujm

            Entrevista técnica para el puesto de {MA_ROLE} con Javier Ortega (CTO) y Marta Gil (Data Lead).

            Invitados
            Lucía Ferrer - organizador
            Javier Ortega
            Marta Gil
            Dana Whitfield

            Invitación de Google Calendar
            """
        ),
        cal_inline(
            cal(
                """
                BEGIN:VCALENDAR
                PRODID:-//Google Inc//Google Calendar 70.9054//EN
                VERSION:2.0
                CALSCALE:GREGORIAN
                METHOD:REQUEST
                """,
                vtz("Europe/Madrid"),
                f"""
                BEGIN:VEVENT
                DTSTART;TZID=Europe/Madrid:20260714T160000
                DTEND;TZID=Europe/Madrid:20260714T170000
                DTSTAMP:20260709T103118Z
                ORGANIZER;CN=Lucía Ferrer:mailto:{LUCIA}
                UID:5v0q1nq8e2c7m9a1vf3h2k6t4s@google.com
                ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Javier Ortega:mailto:javier.ortega@marismatech.example
                ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta Gil:mailto:marta.gil@marismatech.example
                ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dana.whitfield@example.org:mailto:dana.whitfield@example.org
                DESCRIPTION:Entrevista técnica para el puesto de {MA_ROLE} con Javier Ortega (CTO) y Marta Gil (Data Lead).
                SEQUENCE:0
                STATUS:CONFIRMED
                SUMMARY:Entrevista técnica – Dana Whitfield
                TRANSP:OPAQUE
                END:VEVENT
                END:VCALENDAR
                """,
            ),
            "REQUEST",
        ),
    ),
    L(
        "interview_confirmation",
        language="es",
        company="Marisma Tech",
        role=MA_ROLE,
        interview=("2026-07-14T16:00:00+02:00", "2026-07-14T17:00:00+02:00"),
        interviewers=[
            person("Javier Ortega", "javier.ortega@marismatech.example"),
            person("Marta Gil", "marta.gil@marismatech.example"),
        ],
        thread="marisma",
        notes="Google Calendar invite after a phone agreement ('tal y como hablamos'); "
        "Lucía only organises.",
    ),
)

msg(
    "marisma-2",
    f"""
    From: =?UTF-8?Q?Luc=C3=ADa_Ferrer?= <{LUCIA}>
    To: {DANA}
    Subject: Referencias - {MA_ROLE}
    Date: Tue, 21 Jul 2026 12:04:51 +0200
    Message-ID: {mid("marisma-2", "marismatech.example")}
    """,
    text(
        """
        ¡Hola Dana!

        Javier y Marta salieron muy contentos de la entrevista técnica. Estamos ya en la recta
        final y, como parte del proceso, nos gustaría hablar con dos personas que hayan trabajado
        contigo (a ser posible, una que haya sido tu responsable directa).

        ¿Podrías enviarme sus nombres, cargo y un teléfono o email de contacto? Nuestra idea es
        cerrar el proceso antes del 31 de julio, antes de que media oficina se vaya de vacaciones.

        ¡Un abrazo!
        Lucía Ferrer
        People Partner · Marisma Tech
        """
    ),
    L(
        "reference_request",
        language="es",
        company="Marisma Tech",
        decision=("antes del 31 de julio", fixed("2026-07-31")),
        thread="marisma",
    ),
)

msg(
    "marisma-3",
    f"""
    From: =?UTF-8?Q?Luc=C3=ADa_Ferrer?= <{LUCIA}>
    To: {DANA}
    Cc: Javier Ortega <javier.ortega@marismatech.example>
    Subject: =?UTF-8?Q?Propuesta_de_incorporaci=C3=B3n_=E2=80=93_Marisma_Tech?=
    Date: Thu, 30 Jul 2026 17:25:09 +0200
    Message-ID: {mid("marisma-3", "marismatech.example")}
    """,
    mixed(
        text(
            """
            Hola Dana:

            ¡Tenemos buenas noticias! Después de hablar con tus referencias, nos complace
            ofrecerte el puesto de Ingeniera de Datos Senior en Marisma Tech.

            Te adjunto la carta con las condiciones: 58.000 € brutos anuales, 23 días laborables
            de vacaciones, modalidad remota con dos visitas al trimestre a Valencia, e
            incorporación el 1 de octubre. La oferta es válida hasta el 14 de agosto.

            Si tienes cualquier duda, llámame cuando quieras.

            Un saludo,
            Lucía
            """
        ),
        attachment(
            fake_pdf("Carta de oferta - Dana Whitfield"),
            'application/pdf; name="Carta_oferta_Dana_Whitfield.pdf"',
            'attachment; filename="Carta_oferta_Dana_Whitfield.pdf"',
        ),
    ),
    L(
        "offer",
        language="es",
        company="Marisma Tech",
        role="Ingeniera de Datos Senior",
        thread="marisma",
        notes="'válida hasta el 14 de agosto' is Dana's deadline, not a decision date.",
    ),
)

# --------------------------------------------------------------------------- toma (founder on Gmail)

ORIOL = "oriol.puig.toma@gmail.com"

msg(
    "toma-1",
    f"""
    From: Oriol Puig <{ORIOL}>
    To: {DANA}
    Subject: Tu candidatura en Toma Pagos
    Date: Wed, 22 Jul 2026 22:47:31 +0200
    Message-ID: {mid("toma-1", "", "gmail")}
    """,
    alt(
        text(
            """
            Hola Dana,

            soy Oriol, cofundador de Toma Pagos. Gracias por tu candidatura para la posición de
            backend que publicamos en la web! Te escribo desde el Gmail porque el correo de la
            empresa me está dando guerra esta semana.

            Me encantaría conocerte. ¿Te iría bien una videollamada el lunes 27 a las 18:00? Sería
            media hora, informal, para contarte qué estamos construyendo y que me cuentes tú.

            Abrazo,
            Oriol

            Enviado desde mi iPhone
            """
        ),
        html(
            """
            <div dir="ltr">Hola Dana,<div><br></div><div>soy Oriol, cofundador de Toma Pagos. Gracias por tu candidatura para la posición de backend que publicamos en la web! Te escribo desde el Gmail porque el correo de la empresa me está dando guerra esta semana.</div><div><br></div><div>Me encantaría conocerte. ¿Te iría bien una videollamada el lunes 27 a las 18:00? Sería media hora, informal, para contarte qué estamos construyendo y que me cuentes tú.</div><div><br></div><div>Abrazo,</div><div>Oriol</div><div><br></div><div>Enviado desde mi iPhone</div></div>
            """
        ),
    ),
    L(
        "interview_invite",
        language="es",
        company="Toma Pagos",
        interview=("2026-07-27T18:00:00+02:00", "2026-07-27T18:30:00+02:00"),
        interviewers=[person("Oriol Puig", ORIOL)],
        thread="toma",
        notes="Founder writing from Gmail; one proposed time counts as fixed; 'media hora' gives "
        "the end. Sent at 22:47, Spanish time = Berlin time.",
    ),
)

msg(
    "toma-2",
    f"""
    From: Oriol Puig <{ORIOL}>
    To: {DANA}
    Subject: Re: Tu candidatura en Toma Pagos
    Date: Fri, 24 Jul 2026 08:12:06 +0200
    Message-ID: {mid("toma-2", "", "gmail")}
    In-Reply-To: {mid("toma-dana-yes", "example.org")}
    References: {mid("toma-1", "", "gmail")} {mid("toma-dana-yes", "example.org")}
    """,
    text(
        """
        Dana, perdona el lío: me ha surgido un viaje a Madrid con inversores justo el lunes.
        ¿Podemos pasarlo al martes 28 a las 9:30? Misma duración, mismo enlace de Meet que te
        mandé. Si no te va bien dime y buscamos otro hueco.

        Oriol

        El jue, 23 jul 2026 a las 9:05, Dana Whitfield (<dana.whitfield@example.org>) escribió:
        > Hola Oriol, ¡muchas gracias! El lunes a las 18:00 me va perfecto.
        > Un saludo, Dana
        """
    ),
    L(
        "interview_reschedule",
        language="es",
        company="Toma Pagos",
        interview=("2026-07-28T09:30:00+02:00", "2026-07-28T10:00:00+02:00"),
        interviewers=[person("Oriol Puig", ORIOL)],
        thread="toma",
        notes="'Misma duración' refers back to the half hour.",
    ),
)

# --------------------------------------------------------------------------- lanterna (it)

msg(
    "lanterna-1",
    f"""
    From: Lanterna Software <lavoraconnoi@lanternasoftware.example>
    To: {DANA}
    Subject: Abbiamo ricevuto la tua candidatura - Senior Data Engineer
    Date: Wed, 08 Jul 2026 09:33:27 +0200
    Message-ID: {mid("lanterna-1", "lanternasoftware.example")}
    """,
    text(
        """
        Ciao Dana,

        grazie per aver inviato la tua candidatura per la posizione di Senior Data Engineer
        (full remote, Genova). Il nostro team la valuterà con attenzione: ti risponderemo entro
        10 giorni lavorativi, sia in caso di esito positivo che negativo.

        Un saluto,
        Il team Persone & Cultura di Lanterna Software
        """,
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    L(
        "application_ack",
        language="it",
        hard_negative=True,
        company="Lanterna Software",
        role="Senior Data Engineer",
        decision=("entro 10 giorni lavorativi", plus_business_days(10)),
        thread="lanterna",
    ),
)

msg(
    "lanterna-2",
    f"""
    From: Giulia Repetto <giulia.repetto@lanternasoftware.example>
    To: {DANA}
    Subject: Re: Abbiamo ricevuto la tua candidatura - Senior Data Engineer
    Date: Mon, 27 Jul 2026 15:14:40 +0200
    Message-ID: {mid("lanterna-2", "lanternasoftware.example")}
    In-Reply-To: {mid("lanterna-1", "lanternasoftware.example")}
    """,
    text(
        """
        Ciao Dana,

        scusa il ritardo rispetto ai tempi che ti avevamo indicato. Abbiamo ricevuto moltissime
        candidature e, dopo un'attenta valutazione, abbiamo deciso di proseguire con profili più
        vicini alle esigenze attuali del team, in particolare con esperienza nel settore
        portuale.

        Ti ringraziamo davvero per l'interesse e ti auguriamo il meglio per la tua ricerca.

        Un caro saluto,
        Giulia Repetto
        HR Lanterna Software
        """
    ),
    L(
        "rejection",
        language="it",
        company="Lanterna Software",
        role="Senior Data Engineer",
        thread="lanterna",
    ),
)

# --------------------------------------------------------------------------- mare (pt)

INES = "ines.carvalho@marealta.example"

msg(
    "mare-1",
    f"""
    From: =?UTF-8?Q?In=C3=AAs_Carvalho?= <{INES}>
    To: {DANA}
    Subject: =?UTF-8?Q?Entrevista_Mar=C3=A9_Alta_Digital_=E2=80=93_Engenheira_de_Dados?=
    Date: Tue, 14 Jul 2026 10:05:33 +0100
    Message-ID: {mid("mare-1", "marealta.example")}
    """,
    text(
        """
        Olá Dana,

        Obrigada pela sua candidatura à vaga de Engenheira de Dados na Maré Alta Digital.
        Gostaríamos muito de a conhecer!

        Proponho uma primeira conversa na quinta-feira, 16 de julho, às 11h00 (hora de Lisboa),
        com a duração de 45 minutos, comigo e com o Rui Tavares, o nosso Tech Lead.

        Zoom: https://marealta.zoom.us/j/71302218845 (código: 4490)

        Se a hora não for conveniente, diga-me e encontramos outra.

        Cumprimentos,
        Inês Carvalho
        Head of Engineering · Maré Alta Digital, Lisboa
        """
    ),
    L(
        "interview_invite",
        language="pt",
        company="Maré Alta Digital",
        role="Engenheira de Dados",
        interview=("2026-07-16T11:00:00+01:00", "2026-07-16T11:45:00+01:00"),
        interviewers=[person("Inês Carvalho", INES), person("Rui Tavares", None)],
        thread="mare",
        notes="'hora de Lisboa' = WEST +01:00 in July, an hour behind Berlin.",
    ),
)

msg(
    "mare-2",
    f"""
    From: =?UTF-8?Q?In=C3=AAs_Carvalho?= <{INES}>
    To: {DANA}
    Subject: =?UTF-8?Q?Re:_Entrevista_Mar=C3=A9_Alta_Digital?=
    Date: Fri, 31 Jul 2026 12:48:20 +0100
    Message-ID: {mid("mare-2", "marealta.example")}
    """,
    text(
        """
        Olá Dana,

        Obrigada mais uma vez pelo tempo que dedicou às nossas conversas. Depois de muita
        reflexão, decidimos avançar com outra candidata que já está em Lisboa, o que para esta
        fase da equipa pesou bastante.

        Infelizmente não vamos poder seguir com a sua candidatura, mas gostei muito de a conhecer
        e espero que os nossos caminhos se cruzem no futuro.

        Boas férias!
        Inês
        """
    ),
    L("rejection", language="pt", company="Maré Alta Digital", thread="mare"),
)

# --------------------------------------------------------------------------- krokus (pl)

msg(
    "krokus-1",
    f"""
    From: Katarzyna Nowak <k.nowak@krokus-systems.example>
    To: {DANA}
    Subject: =?UTF-8?Q?Rekrutacja_Data_Engineer_=E2=80=93_informacja?=
    Date: Thu, 23 Jul 2026 14:36:02 +0200
    Message-ID: {mid("krokus-1", "krokus-systems.example")}
    """,
    text(
        """
        Dzień dobry Pani Dano,

        dziękujemy za rozmowę w zeszłym tygodniu. Chciałam przekazać krótką informację: ze
        względu na okres urlopowy proces rekrutacji na stanowisko Data Engineer potrwa dłużej,
        niż planowaliśmy. Ostateczną decyzję przekażemy do końca sierpnia.

        Przepraszamy za opóźnienie i dziękujemy za cierpliwość.

        Z pozdrowieniami
        Katarzyna Nowak
        HR Business Partner, Krokus Systems
        """
    ),
    L(
        "timeline_update",
        language="pl",
        company="Krokus Systems",
        role="Data Engineer",
        decision=("do końca sierpnia", fixed("2026-08-31")),
        thread="krokus",
    ),
)
