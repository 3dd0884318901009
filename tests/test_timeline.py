"""Stated decision timelines and out-of-office return dates: phrase families, traps, calendars."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from followup.timeline import Timeline, decision_timeline, return_date
from followup.timing import WorkCalendar
from hypothesis import given, settings
from hypothesis import strategies as st

CET = timezone(timedelta(hours=1))
# Wednesday 4 March 2026, 10:00 in Berlin: the reference for every table below.
SENT = datetime(2026, 3, 4, 10, 0, tzinfo=CET)
THIS_FRIDAY = date(2026, 3, 6)
NEXT_FRIDAY = date(2026, 3, 13)


def resolved(text: str, sent: datetime = SENT, calendar: WorkCalendar | None = None) -> date | None:
    found = decision_timeline(text, sent, calendar)
    return found.date if found else None


ENGLISH = [
    ("We will make a decision within a week.", date(2026, 3, 11)),
    ("We'll get back to you in the next week or two.", date(2026, 3, 18)),
    ("You will hear back within 2 weeks.", date(2026, 3, 18)),
    ("We expect to have an answer for you in two weeks.", date(2026, 3, 18)),
    ("We'll let you know by end of next week.", NEXT_FRIDAY),
    ("We'll let you know by the end of next week.", NEXT_FRIDAY),
    ("We aim to give you feedback by the end of the week.", THIS_FRIDAY),
    ("We'll let you know by Friday.", THIS_FRIDAY),
    ("We'll get back to you by Monday.", date(2026, 3, 9)),
    ("Expect to hear from us by next Tuesday.", date(2026, 3, 10)),
    ("You will hear back in the next 5-7 business days.", date(2026, 3, 13)),
    ("You will hear back in the next 5 to 7 business days.", date(2026, 3, 13)),
    ("We will get back to you within 3 working days.", date(2026, 3, 9)),
    ("We'll be in touch in a few days.", date(2026, 3, 9)),
    ("We'll get back to you in a couple of days.", date(2026, 3, 6)),
    ("We expect to make a decision early next month.", date(2026, 4, 10)),
    ("We plan to reach a decision at the beginning of next month.", date(2026, 4, 10)),
    ("We will make our decision mid-March.", date(2026, 3, 15)),
    ("We will make our decision by March 15.", date(2026, 3, 15)),
    ("We will make our decision by March 15th, 2026.", date(2026, 3, 15)),
    ("We will make our decision by 15 March.", date(2026, 3, 15)),
    ("Decisions will be made by the end of the month.", date(2026, 3, 31)),
    ("We'll be in touch next week.", NEXT_FRIDAY),
    ("You will hear from us in the coming days.", date(2026, 3, 9)),
    ("We'll get back to you by tomorrow.", date(2026, 3, 5)),
    ("We'll get back to you tomorrow.", date(2026, 3, 5)),
    ("We hope to make a final decision within the week.", THIS_FRIDAY),
    ("We should be able to update you later this week.", THIS_FRIDAY),
    ("Our hiring manager will give you feedback this week.", THIS_FRIDAY),
    ("We'll get back to you early next week.", date(2026, 3, 10)),
    ("We'll reach a decision mid next week.", date(2026, 3, 11)),
    ("The team will decide in the next week.", date(2026, 3, 11)),
    ("Expect to hear back in a couple of weeks.", date(2026, 3, 18)),
    ("We will reach out to you about next steps in the coming weeks.", date(2026, 3, 25)),
    ("We'll get back to you within 48 hours.", date(2026, 3, 6)),
    ("You should hear from us by end of day.", date(2026, 3, 4)),
    ("We'll get back to you by the 15th.", date(2026, 3, 15)),
    ("We'll let you know on Friday.", THIS_FRIDAY),
    ("We will have a decision by Friday, March 13.", date(2026, 3, 13)),
    ("We'll have a decision for you by Mar. 13th.", date(2026, 3, 13)),
    ("We will let you know our decision by next Friday at the latest.", NEXT_FRIDAY),
    ("Please allow 5-7 business days for our decision.", date(2026, 3, 13)),
    ("Please note that we will get back to you within 10 days.", date(2026, 3, 14)),
    ("We will decide in May.", date(2026, 5, 31)),
    ("We'll let you know in 2-3 months.", date(2026, 6, 4)),
    ("We will get back to you in a week's time.", date(2026, 3, 11)),
    ("We'll get back to you in a fortnight.", date(2026, 3, 18)),
    ("We'll get back to you with an update in one to two weeks.", date(2026, 3, 18)),
    ("The panel will make a decision by the end of next month.", date(2026, 4, 30)),
    ("We'll get back to you, probably next week.", NEXT_FRIDAY),
    ("Next steps: you will hear from us within ten business days.", date(2026, 3, 18)),
    ("We aim to get back to all candidates by 2026-03-20.", date(2026, 3, 20)),
    ("We'll be in touch the week after next.", date(2026, 3, 20)),
    ("You'll hear back from us by the weekend.", THIS_FRIDAY),
    ("We'll get back to you by COB Friday.", THIS_FRIDAY),
    ("We'll let you know in the next 24-48 hours.", date(2026, 3, 6)),
    ("We will reach a decision within the next 7-10 days.", date(2026, 3, 14)),
    ("We will let you know by mid-next week.", date(2026, 3, 11)),
    ("We will let you know by the middle of next week.", date(2026, 3, 11)),
    ("We'll be in touch sometime next week.", NEXT_FRIDAY),
    ("We will decide by the end of this month.", date(2026, 3, 31)),
    ("We'll make a decision by month-end.", date(2026, 3, 31)),
    ("We'll make a decision by the end of March.", date(2026, 3, 31)),
    ("We'll make a decision in late March.", date(2026, 3, 31)),
    ("We'll make a decision in early April.", date(2026, 4, 10)),
    ("We'll get back to you over the next couple of weeks.", date(2026, 3, 18)),
    ("We'll get back to you within 1-2 business days.", date(2026, 3, 6)),
    ("We'll circle back with next steps by EOW.", THIS_FRIDAY),
    ("You'll receive our decision no later than March 20th.", date(2026, 3, 20)),
    ("We'll have news for you in about ten days.", date(2026, 3, 14)),
    ("We'll be in touch in the first half of next week.", date(2026, 3, 11)),
    ("Thank you for your patience - we'll have an update for you by Thursday.", date(2026, 3, 5)),
    (
        "Our team will review your application and get back to you within five to seven working "
        "days.",
        date(2026, 3, 13),
    ),
    ("We review applications within 2 weeks.", date(2026, 3, 18)),
    ("As I mentioned, we will make a decision by Friday.", THIS_FRIDAY),
    ("As we said on the call, you will hear from us next week.", NEXT_FRIDAY),
    ("You can expect news from us early next month.", date(2026, 4, 10)),
]

GERMAN = [
    ("Sie erhalten innerhalb einer Woche eine Rückmeldung.", date(2026, 3, 11)),
    ("Wir melden uns innerhalb von 10 Werktagen bei Ihnen.", date(2026, 3, 18)),
    ("Wir werden Ihnen in den nächsten zwei Wochen Bescheid geben.", date(2026, 3, 18)),
    ("Wir melden uns bis Ende nächster Woche.", NEXT_FRIDAY),
    ("Wir melden uns bis Ende der nächsten Woche bei Ihnen.", NEXT_FRIDAY),
    ("Wir geben Ihnen bis Freitag eine Rückmeldung.", THIS_FRIDAY),
    ("Eine Entscheidung erwarten wir Anfang nächsten Monats.", date(2026, 4, 10)),
    ("Eine Entscheidung fällt Anfang des kommenden Monats.", date(2026, 4, 10)),
    ("Sie hören in 14 Tagen von uns.", date(2026, 3, 18)),
    ("Wir melden uns bis zum 15. März.", date(2026, 3, 15)),
    ("Wir melden uns spätestens Ende der Woche bei Ihnen.", THIS_FRIDAY),
    ("Wir melden uns im Laufe der nächsten Woche bei Ihnen.", NEXT_FRIDAY),
    ("Sie erhalten unsere Entscheidung bis spätestens 20.03.2026.", date(2026, 3, 20)),
    ("Sie erhalten unsere Entscheidung bis 20.03.", date(2026, 3, 20)),
    ("Eine Rückmeldung erhalten Sie in ca. 2-3 Wochen.", date(2026, 3, 25)),
    ("Wir werden Sie Mitte April über unsere Entscheidung informieren.", date(2026, 4, 15)),
    ("Wir melden uns in den kommenden Tagen.", date(2026, 3, 9)),
    ("Wir melden uns in ein bis zwei Wochen.", date(2026, 3, 18)),
    ("Wir melden uns bei Ihnen, voraussichtlich nächste Woche.", NEXT_FRIDAY),
    ("Wir melden uns nächste Woche bei Ihnen.", NEXT_FRIDAY),
    ("Wir melden uns bis kommenden Dienstag.", date(2026, 3, 10)),
    ("Wir geben Ihnen bis Monatsende Bescheid.", date(2026, 3, 31)),
    ("Sie bekommen morgen eine Antwort von uns.", date(2026, 3, 5)),
    ("Wir melden uns in drei Wochen.", date(2026, 3, 25)),
    ("Wir melden uns bis spätestens Mittwoch.", date(2026, 3, 11)),
    ("Wir melden uns Anfang kommender Woche.", date(2026, 3, 10)),
    ("Wir treffen unsere Entscheidung bis Ende des Monats.", date(2026, 3, 31)),
    ("Wir melden uns bis Mitte März.", date(2026, 3, 15)),
    ("Wir melden uns in KW 12 bei Ihnen.", date(2026, 3, 20)),
    ("Eine Entscheidung fällt voraussichtlich in der Kalenderwoche 13.", date(2026, 3, 27)),
]

FRENCH = [
    ("Nous vous donnerons une réponse d'ici une semaine.", date(2026, 3, 11)),
    ("Nous vous donnerons une réponse d’ici une semaine.", date(2026, 3, 11)),
    ("Vous aurez un retour sous 15 jours.", date(2026, 3, 18)),  # the idiom: two weeks
    ("Vous aurez un retour d'ici quinze jours.", date(2026, 3, 18)),
    ("Nous vous répondrons sous huit jours.", date(2026, 3, 11)),
    ("Nous vous répondrons dans les 3 jours.", date(2026, 3, 7)),
    ("Nous reviendrons vers vous dans les 10 jours ouvrés.", date(2026, 3, 18)),
    ("Nous vous ferons un retour d'ici la fin de la semaine prochaine.", NEXT_FRIDAY),
    ("Nous reviendrons vers vous d'ici vendredi.", THIS_FRIDAY),
    ("Nous prendrons une décision début du mois prochain.", date(2026, 4, 10)),
    ("Nous reviendrons vers vous dans les prochains jours.", date(2026, 3, 9)),
    ("Nous vous tiendrons informé d'ici la fin du mois.", date(2026, 3, 31)),
    ("Nous reviendrons vers vous sous huitaine.", date(2026, 3, 11)),
    ("Vous recevrez une réponse dans un délai de deux semaines.", date(2026, 3, 18)),
    ("Nous vous répondrons la semaine prochaine.", NEXT_FRIDAY),
    ("Nous vous ferons part de notre décision avant le 15 mars.", date(2026, 3, 15)),
    ("Nous vous recontacterons mi-avril.", date(2026, 4, 15)),
    ("Nous vous ferons un retour dans les deux prochaines semaines.", date(2026, 3, 18)),
    ("Nous vous ferons un retour dans les jours à venir.", date(2026, 3, 9)),
    ("Nous reviendrons vers vous d'ici le 20 mars au plus tard.", date(2026, 3, 20)),
    ("Nous reviendrons vers vous vendredi prochain.", NEXT_FRIDAY),
    ("Nous vous donnerons des nouvelles d'ici deux à trois semaines.", date(2026, 3, 25)),
    ("Nous vous répondrons d'ici mardi prochain.", date(2026, 3, 10)),
    ("Nous prendrons notre décision avant la fin du mois.", date(2026, 3, 31)),
    ("Nous reviendrons vers vous courant de la semaine prochaine.", NEXT_FRIDAY),
    ("Nous vous ferons un retour en fin de semaine prochaine.", NEXT_FRIDAY),
    ("Nous vous répondrons au plus tard vendredi.", THIS_FRIDAY),
    ("Nous vous répondrons dans un délai de 48 heures.", date(2026, 3, 6)),
]

SPANISH = [
    ("Le daremos una respuesta en una semana.", date(2026, 3, 11)),
    ("Nos pondremos en contacto en las próximas dos semanas.", date(2026, 3, 18)),
    ("Recibirá una respuesta en un plazo de 10 días hábiles.", date(2026, 3, 18)),
    ("Le daremos una respuesta antes del viernes.", THIS_FRIDAY),
    ("Tomaremos una decisión a finales de la próxima semana.", NEXT_FRIDAY),
    ("Le daremos noticias a principios del mes que viene.", date(2026, 4, 10)),
    ("Nos pondremos en contacto en los próximos días.", date(2026, 3, 9)),
    ("Le informaremos de nuestra decisión la semana que viene.", NEXT_FRIDAY),
    ("Recibirá noticias nuestras antes del 15 de marzo.", date(2026, 3, 15)),
    ("Le contactaremos a mediados de abril.", date(2026, 4, 15)),
    ("Le daremos una respuesta en 2 o 3 semanas.", date(2026, 3, 25)),
    ("Nos pondremos en contacto contigo mañana.", date(2026, 3, 5)),
    ("Tomaremos una decisión a finales de mes.", date(2026, 3, 31)),
    ("Le daremos una respuesta en unos días.", date(2026, 3, 9)),
    ("Le comunicaremos nuestra decisión el próximo viernes.", NEXT_FRIDAY),
    ("Le daremos una respuesta dentro de dos semanas.", date(2026, 3, 18)),
    ("Le daremos una respuesta en quince días.", date(2026, 3, 18)),
    ("Le daremos una respuesta a lo largo de la semana que viene.", NEXT_FRIDAY),
    ("Le responderemos antes de fin de mes.", date(2026, 3, 31)),
    ("Recibirá una respuesta en un plazo máximo de dos semanas.", date(2026, 3, 18)),
    ("Le responderemos a más tardar el viernes.", THIS_FRIDAY),
    ("Le contestaremos hasta el próximo lunes.", date(2026, 3, 9)),
    ("Tendrás noticias nuestras durante la próxima semana.", NEXT_FRIDAY),
]


@pytest.mark.parametrize(("text", "expected"), [*ENGLISH, *GERMAN, *FRENCH, *SPANISH])
def test_each_language(text: str, expected: date) -> None:
    assert resolved(text) == expected


TRAPS = [
    # The date belongs to the interview, not to a decision.
    "Your interview is on Friday. We'll let you know soon.",
    "Your interview is on Friday, and we will let you know the outcome shortly after.",
    "Your interview is scheduled for next week, and we'll let you know the outcome shortly.",
    "We'd like to schedule a call next week to discuss next steps.",
    "We'll be in touch to schedule your interview next week.",
    "Ihr Gespräch findet nächste Woche statt, wir melden uns danach.",
    "Votre entretien aura lieu vendredi, nous vous ferons un retour ensuite.",
    "Thanks for coming in on Wednesday; we'll let you know soon.",
    # A deadline for the candidate, not the company's timeline.
    "Please send us your availability by Friday so we can get back to you.",
    "Please let us know by Friday whether you accept.",
    "Bitte geben Sie uns bis Freitag Rückmeldung.",
    "Merci de nous faire un retour d'ici vendredi.",
    "Por favor, envíenos su respuesta antes del viernes.",
    "Could you send us your references by Monday so we can make a decision?",
    "We look forward to your feedback by Friday.",
    # No date named, or no cue at all.
    "We will let you know. Sent from my iPhone",
    "We will get back to you as soon as possible.",
    "We will be in touch after the holidays.",
    "Wir werden Ihnen zeitnah eine Rückmeldung geben.",
    "Nous reviendrons vers vous prochainement.",
    "Le responderemos pronto.",
    "Le responderemos esta mañana.",
    "We may decide later.",
    "We may 7 times review it.",
    "The office is closed next week.",
    "Office hours: Mon-Fri 9:00-17:00. We will get back to you soon.",
    "You can unsubscribe at any time. We'll send updates every week.",
    "Join us on Wednesday for the career fair!",
    "",
    "   \n\n  ",
    # French "mes" is "my", not the Spanish month.
    "Je vous ferai un retour à la fin de mes entretiens.",
    # A deadline for the candidate's answer to an offer.
    "Te agradeceríamos una respuesta antes del viernes 20 de marzo.",
    "Wir würden uns freuen, wenn Sie uns bis zum 27. März Bescheid geben.",
    "We would appreciate your answer by Friday.",
    "Get back to us by Friday to confirm the offer.",
    # Scheduling, not deciding.
    "Our coordinator will reach out in the next day or two with available times.",
    "Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen.",
    "Nous reviendrons vers vous d'ici vendredi avec des créneaux pour l'entretien.",
    # Reported speech, questions, out-of-office "de retour".
    'Pro tip: if they say "we\'ll get back to you within a week", write it down.',
    "« Nous reviendrons vers vous d'ici la fin de la semaine prochaine », disent-ils.",
    "How will you make your decision, and when can I expect to hear back by Friday?",
    "¿Te han dicho que te responderán en las próximas dos semanas?",
    "Priya mentioned that you hope to decide within a week.",
    "Sie hatten mir eine Rückmeldung bis Ende Februar in Aussicht gestellt.",
    "Je serai de retour le lundi 16 mars.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_give_nothing(text: str) -> None:
    assert decision_timeline(text, SENT) is None


def test_counted_from_the_interview() -> None:
    # The invite states the interview; the timeline counts from it, not from the message.
    text = (
        "Your interview is on Tuesday, March 10 at 10:00 CET. "
        "We aim to get back to every candidate within a week after the interview."
    )
    assert resolved(text) == date(2026, 3, 17)
    text = (
        "Ihr Gespräch ist am 10. März um 10 Uhr. Nach dem Gespräch erhalten Sie innerhalb von "
        "10 Werktagen eine Rückmeldung von uns."
    )
    assert resolved(text) == date(2026, 3, 24)
    # The caller knows the interview: it wins over the text.
    known = datetime(2026, 3, 12, 15, 0, tzinfo=CET)
    found = decision_timeline(
        "You will hear from us within 3 business days of your interview.", SENT, interview=known
    )
    assert found == Timeline("within 3 business days", date(2026, 3, 17))
    # Counted from an interview nobody can date: not resolved rather than resolved wrongly.
    text = (
        "Please pick a slot with the link below. After the interview you will hear back from us "
        "within 10 business days."
    )
    assert decision_timeline(text, SENT) is None
    # "The outcome of the interview" is not a starting point.
    assert resolved("We'll let you know the outcome of the interview within a week.") == date(
        2026, 3, 11
    )


def test_business_day_ranges_are_never_dates() -> None:
    found = decision_timeline("You will hear back in 5-7 business days.", SENT)
    assert found == Timeline("in 5-7 business days", date(2026, 3, 13))
    # "5-7" is not May 7, "we" is not Wednesday, "may" is not May.
    found = decision_timeline("We may get back to you in 5-7 business days.", SENT)
    assert found is not None and found.date == date(2026, 3, 13)


def test_text_is_the_phrase_as_written() -> None:
    found = decision_timeline("Wir melden uns bis Ende  nächster\nWoche bei Ihnen.", SENT)
    assert found == Timeline("bis Ende nächster Woche", NEXT_FRIDAY)
    found = decision_timeline("Wir melden uns bis zum 15. März.", SENT)
    assert found is not None and found.text == "bis zum 15. März"


def test_decision_beats_feedback_beats_next_steps() -> None:
    text = "We'll send feedback by Friday and make a final decision by the end of next week."
    assert resolved(text) == NEXT_FRIDAY
    text = "We will decide within 2 weeks. You'll get feedback from the panel by Friday."
    assert resolved(text) == date(2026, 3, 18)
    text = "Next steps will follow by Monday; we'll let you know by Friday."
    assert resolved(text) == THIS_FRIDAY


def test_upper_end_wins_among_equals() -> None:
    text = "We'll let you know by Friday, and by next Tuesday at the latest."
    assert resolved(text) == date(2026, 3, 10)


def test_the_right_sentence_in_a_real_email() -> None:
    text = (
        "Hi Alex,\n\nThank you for speaking with us on Tuesday. Your second interview was "
        "great! We are still interviewing a few other candidates this week, so the process "
        "takes a little longer. We expect to make a final decision by the end of next week, "
        "and we will get back to you either way.\n\nOur office is open Mon-Fri 9-17.\n\n"
        "Best regards,\nMaria\nSent from my iPhone"
    )
    assert decision_timeline(text, SENT) == Timeline("by the end of next week", NEXT_FRIDAY)


def test_sentence_breaks_respect_abbreviations_and_dates() -> None:
    assert resolved("Wir melden uns bis Fr. 13.03. bei Ihnen.") == date(2026, 3, 13)
    assert resolved("We'll get back to you approx. within 2 weeks.") == date(2026, 3, 18)


def test_numeric_dates_read_by_language_and_zone() -> None:
    # English from Europe: D/M; 13/03 is unambiguous anyway.
    assert resolved("We will let you know by 13/03.") == date(2026, 3, 13)
    assert resolved("We'll give you an answer by 3/15.") == date(2026, 3, 15)
    new_york = datetime(2026, 3, 4, 10, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert resolved("We'll give you an answer by 3/10.", new_york) == date(2026, 3, 10)
    # From Europe the same digits are 3 October, far away: the near reading, 10 March, wins.
    assert resolved("We'll give you an answer by 3/10.") == date(2026, 3, 10)
    assert resolved("Wir melden uns bis 10.3.") == date(2026, 3, 10)


def test_year_less_dates_roll_forward_but_not_for_the_recent_past() -> None:
    december = datetime(2026, 12, 20, 9, 0, tzinfo=CET)
    assert resolved("We will make a decision by January 10.", december) == date(2027, 1, 10)
    assert resolved("We expect to make a decision early next month.", december) == date(2027, 1, 10)
    late_march = datetime(2026, 3, 20, 9, 0, tzinfo=CET)
    assert resolved("We will make our decision by March 15.", late_march) == date(2026, 3, 15)


def test_weekday_conventions() -> None:
    friday = datetime(2026, 3, 6, 9, 0, tzinfo=CET)
    assert resolved("We'll let you know by Friday.", friday) == NEXT_FRIDAY
    assert resolved("We'll let you know this Friday.", friday) == date(2026, 3, 6)
    monday = datetime(2026, 3, 2, 9, 0, tzinfo=CET)
    # "next Tuesday" on a Monday is the Tuesday of next week (the upper end), not tomorrow.
    assert resolved("We'll get back to you by next Tuesday.", monday) == date(2026, 3, 10)
    assert resolved("We'll get back to you by Tuesday.", monday) == date(2026, 3, 3)


def test_weekend_messages_mean_the_coming_week() -> None:
    saturday = datetime(2026, 3, 7, 11, 0, tzinfo=CET)
    assert resolved("We'll be in touch next week.", saturday) == NEXT_FRIDAY
    assert resolved("We'll decide by the end of the week.", saturday) == NEXT_FRIDAY
    assert resolved("We'll decide by the end of next week.", saturday) == NEXT_FRIDAY


def test_business_days_skip_the_calendars_holidays() -> None:
    berlin = WorkCalendar(zone="Europe/Berlin", holiday_country="DE")
    before_easter = datetime(2026, 4, 1, 10, 0, tzinfo=CET)  # Good Friday 3, Easter Monday 6
    text = "We will get back to you within 3 business days."
    assert resolved(text, before_easter) == date(2026, 4, 6)
    assert resolved(text, before_easter, berlin) == date(2026, 4, 8)
    assert resolved("Wir melden uns in den nächsten Tagen.", before_easter, berlin) == date(
        2026, 4, 8
    )


def test_the_calendar_zone_decides_what_today_is() -> None:
    pacific_evening = datetime(2026, 3, 4, 23, 30, tzinfo=timezone(timedelta(hours=-8)))
    text = "We'll get back to you by tomorrow."
    assert resolved(text, pacific_evening) == date(2026, 3, 5)
    berlin = WorkCalendar(zone="Europe/Berlin")  # 08:30 on Thursday 5 March there
    assert resolved(text, pacific_evening, berlin) == date(2026, 3, 6)


def test_a_long_sentence_does_not_hide_its_cue() -> None:
    filler = "and we have a lot of candidates, " * 30
    text = f"We will get back to you {filler} within two weeks."
    assert decision_timeline(text, SENT) is None or resolved(text) == date(2026, 3, 18)


# ---------------------------------------------------------------------------------------------
# Out-of-office return dates

RETURNS = [
    ("I'm out of the office until March 12.", date(2026, 3, 12)),
    (
        "I am out of the office until Thursday, March 12, with limited access to email.",
        date(2026, 3, 12),
    ),
    ("I'll be back on Monday.", date(2026, 3, 9)),
    ("I will be back in the office on Monday, March 9.", date(2026, 3, 9)),
    ("I am on annual leave, returning Tuesday 10th March.", date(2026, 3, 10)),
    ("Returning 12/03/2026.", date(2026, 3, 12)),
    ("I am away and will return on 2026-03-16.", date(2026, 3, 16)),
    ("I'm on leave from March 2 to March 12 inclusive.", date(2026, 3, 13)),
    ("I'm out of the office through Friday, March 13.", date(2026, 3, 16)),
    ("I'm travelling this week and back next week.", date(2026, 3, 9)),
    ("Back tomorrow.", date(2026, 3, 5)),
    ("Ich bin bis zum 12.03. nicht im Büro.", date(2026, 3, 12)),
    ("Ich bin bis einschließlich 12.03.2026 im Urlaub.", date(2026, 3, 13)),
    ("Ich bin vom 1. bis 12. März im Urlaub.", date(2026, 3, 13)),
    ("Ab dem 16. März bin ich wieder im Büro.", date(2026, 3, 16)),
    ("Ab Montag bin ich wieder erreichbar.", date(2026, 3, 9)),
    ("Je serai de retour le 12 mars.", date(2026, 3, 12)),
    ("Je suis absent jusqu'au 12 mars inclus.", date(2026, 3, 13)),
    ("Je suis en congé du 2 au 12 mars.", date(2026, 3, 13)),
    ("Je serai de retour lundi.", date(2026, 3, 9)),
    ("Estaré fuera hasta el 12 de marzo.", date(2026, 3, 12)),
    ("Estoy de vacaciones del 2 al 12 de marzo.", date(2026, 3, 13)),
    ("Estaré de vuelta el lunes 9 de marzo.", date(2026, 3, 9)),
    ("Me reincorporo el 16/03/2026.", date(2026, 3, 16)),
]


@pytest.mark.parametrize(("text", "expected"), RETURNS)
def test_return_date(text: str, expected: date) -> None:
    assert return_date(text, SENT) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your message. I am currently out of the office.",
        "I'm out of the office with limited access to email. Call +49 30 1234 5678.",
        "Ich bin derzeit nicht im Büro.",
        "",
    ],
)
def test_return_date_absent(text: str) -> None:
    assert return_date(text, SENT) is None


def test_return_date_day_month_order() -> None:
    new_york = datetime(2026, 3, 4, 10, 0, tzinfo=timezone(timedelta(hours=-5)))
    # From the US, 03/12 is March 12 ...
    assert return_date("I am out of the office until 03/12/2026.", new_york) == date(2026, 3, 12)
    # ... and from Europe 12/03 is too; German is always D/M.
    assert return_date("I am out of the office until 12/03/2026.", SENT) == date(2026, 3, 12)
    assert return_date("Ich bin bis 12/03/2026 abwesend.", SENT) == date(2026, 3, 12)
    # The convention's reading (3 December) is far away, the other one near: the near one wins.
    assert return_date("I am out of the office until 12/03/2026.", new_york) == date(2026, 3, 12)


# ---------------------------------------------------------------------------------------------
# Robustness and speed

FRAGMENTS = [
    "we'll get back to you", "decision", "by", "within", "in the next", "5-7", "business days",
    "Friday", "next week", "end of", "the month", "March 15", "15.", "März", "bis", "Ende",
    "nächster Woche", "d'ici", "la fin de", "semaine prochaine", "antes del", "viernes", "a",
    "finales de", "mes", "3/15", "12.03.", "2026-03-12", "tomorrow", "morgen", "mañana", "Mai",
    "may", "we", ",", ".", "\n\n", "until", "back on", "from", "to", "inclusive", "please",
    "interview", "31/02", "99/99", "0.0.", "Monday the 31st", "the 31st", "in 999 days",
    "in 0 weeks", "within 300 months", "Freitag", "mi-", "de", "la", "l'",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.text(), sent=st.datetimes(  # the whole range, ends of time included
    timezones=st.sampled_from([CET, UTC, timezone(timedelta(hours=-11, minutes=-30))]),
))  # fmt: skip
def test_never_raises_on_any_text(text: str, sent: datetime) -> None:
    found = decision_timeline(text, sent)
    assert found is None or isinstance(found.date, date)
    back = return_date(text, sent)
    assert back is None or isinstance(back, date)


@settings(max_examples=500, deadline=None)
@given(
    words=st.lists(st.sampled_from(FRAGMENTS), max_size=25),
    separators=st.lists(st.sampled_from([" ", "  ", "\n", ", ", ". "]), min_size=25, max_size=25),
    days=st.integers(min_value=0, max_value=365 * 150),
)
def test_never_raises_on_near_miss_phrases(
    words: list[str], separators: list[str], days: int
) -> None:
    text = "".join(word + separator for word, separator in zip(words, separators, strict=False))
    sent = datetime(1950, 1, 1, 12, 0, tzinfo=CET) + timedelta(days=days)
    found = decision_timeline(text, sent, WorkCalendar(zone="Europe/Berlin"))
    assert found is None or isinstance(found.date, date)
    back = return_date(text, sent)
    assert back is None or isinstance(back, date)


@pytest.mark.parametrize(
    "sent",
    [datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, tzinfo=UTC)],
)
def test_the_ends_of_time(sent: datetime) -> None:
    text = "We'll decide within 2 weeks, by next Friday, early next month, in KW 52. Back 31.12."
    found = decision_timeline(text, sent, WorkCalendar(zone="Pacific/Kiritimati"))
    assert found is None or isinstance(found.date, date)
    back = return_date("Back next week, until 31.12.", sent)
    assert back is None or isinstance(back, date)


def test_fast_enough_on_a_two_kilobyte_email() -> None:
    body = (
        "Thank you for taking the time to speak with us on Tuesday. We may ask a few more "
        "questions, and we expect to make a final decision by the end of next week. "
        "Our office is open Mon-Fri 9:00-17:30. Call +49 30 1234 5678 any time. "
    )
    email = (body * 8)[:2048]
    decision_timeline(email, SENT)  # warm caches
    began = time.perf_counter()
    for _ in range(100):
        decision_timeline(email, SENT)
    per_call = (time.perf_counter() - began) / 100
    # The budget is "well under 1 ms" (bench/bench_timeline.py measures it); this guards against
    # a pattern going quadratic, with room for a slow, busy CI machine.
    assert per_call < 0.01


# Dutch, Italian, Portuguese and Polish (sentences written for these tests; sent Wed 4 March).
MORE_LANGUAGES = [
    ("Je hoort binnen twee weken van ons.", date(2026, 3, 18)),
    ("We laten je binnen 5 werkdagen weten hoe het verder gaat.", date(2026, 3, 11)),
    ("U ontvangt uiterlijk vrijdag 13 maart ons besluit.", NEXT_FRIDAY),
    ("Ti daremo una risposta entro due settimane.", date(2026, 3, 18)),
    ("Contiamo di comunicarti la decisione entro venerdì 13 marzo.", NEXT_FRIDAY),
    ("Riceverai un riscontro entro 3 giorni lavorativi.", date(2026, 3, 9)),
    ("Daremos uma resposta dentro de duas semanas.", date(2026, 3, 18)),
    ("Esperamos ter uma decisão até sexta-feira, 13 de março.", NEXT_FRIDAY),
    ("Odpowiedź otrzymasz w ciągu dwóch tygodni.", date(2026, 3, 18)),
]


@pytest.mark.parametrize(("text", "expected"), MORE_LANGUAGES)
def test_more_languages(text: str, expected: date) -> None:
    assert resolved(text) == expected


# ---------------------------------------------------------------------------------------------
# Phrase families in eight languages (sentences invented for these tests; sent Wed 4 March 2026)

MAY_10, MAY_15, MAY_31 = date(2026, 5, 10), date(2026, 5, 15), date(2026, 5, 31)
JUNE_10, JUNE_15 = date(2026, 6, 10), date(2026, 6, 15)
FORTNIGHT = date(2026, 3, 18)

FORTNIGHTS = [
    ("We'll get back to you within a fortnight.", FORTNIGHT),
    ("The panel will reach a decision within the next fortnight.", FORTNIGHT),
    ("You should hear from us in a fortnight's time.", FORTNIGHT),
    ("Expect our feedback in about a fortnight.", FORTNIGHT),
    ("We'll have an outcome for you in a fortnight or so.", FORTNIGHT),
    ("Wir melden uns binnen vierzehn Tagen bei Ihnen.", FORTNIGHT),
    ("Eine Entscheidung erhalten Sie innerhalb von 14 Tagen.", FORTNIGHT),
    ("Sie hören in vierzehn Tagen von uns.", FORTNIGHT),
    ("Nous reviendrons vers vous sous quinzaine.", FORTNIGHT),
    ("Vous aurez notre réponse dans une quinzaine de jours.", FORTNIGHT),
    ("Nous vous ferons un retour d'ici une quinzaine.", FORTNIGHT),
    ("Nous prendrons une décision dans les quinze jours.", FORTNIGHT),
    ("Le daremos una respuesta en una quincena.", FORTNIGHT),
    ("Tendrá noticias nuestras dentro de una quincena.", FORTNIGHT),
    ("Le comunicaremos la decisión en un plazo de quince días.", FORTNIGHT),
    ("Je hoort binnen 14 dagen van ons.", FORTNIGHT),
    ("We laten je binnen veertien dagen weten wat ons besluit is.", FORTNIGHT),
    ("We nemen een beslissing binnen twee weken.", FORTNIGHT),
    ("Ti daremo una risposta entro quindici giorni.", FORTNIGHT),  # the idiom, as in French
    ("Riceverai un riscontro entro una quindicina di giorni.", FORTNIGHT),
    ("Ti faremo sapere l'esito nel giro di due settimane.", FORTNIGHT),
    ("Daremos uma resposta em quinze dias.", FORTNIGHT),
    ("Receberá uma resposta dentro de uma quinzena.", FORTNIGHT),
    ("Teremos uma decisão no prazo de duas semanas.", FORTNIGHT),
    ("Odpowiedź otrzymasz w ciągu 14 dni.", FORTNIGHT),
    ("Odezwiemy się w ciągu dwóch tygodni.", FORTNIGHT),
    ("Decyzję przekażemy w ciągu czternastu dni.", None),  # no such number word: nothing
]

MONTH_PARTS = [
    # English
    ("We'll make a decision by mid-May.", MAY_15),
    ("You will hear back from us by the middle of May.", MAY_15),
    ("We expect to decide in early May.", MAY_10),
    ("We'll get back to you at the beginning of May.", MAY_10),
    ("The team will reach a decision by the end of May.", MAY_31),
    ("Our feedback will follow in late May.", MAY_31),
    ("We'll let you know in the second half of May.", MAY_31),
    # German
    ("Wir melden uns Mitte Mai bei Ihnen.", MAY_15),
    ("Eine Entscheidung fällt bis Mitte Mai.", MAY_15),
    ("Sie erhalten unsere Rückmeldung Anfang Mai.", MAY_10),
    ("Wir melden uns bis Ende Mai.", MAY_31),
    ("Mit einer Entscheidung rechnen wir spätestens Ende Mai.", MAY_31),
    ("Wir geben Ihnen Anfang Juni Bescheid.", JUNE_10),
    # French
    ("Nous reviendrons vers vous mi-mai.", MAY_15),
    ("Nous prendrons notre décision à la mi-mai.", MAY_15),
    ("Nous vous donnerons une réponse d'ici fin mai.", MAY_31),
    ("Vous aurez un retour fin mai.", MAY_31),
    ("Nous vous ferons part de notre décision début mai.", MAY_10),
    ("Nous vous répondrons au début du mois de juin.", None),  # "du mois de": not read (yet)
    ("Nous reviendrons vers vous avant la fin mai.", MAY_31),
    # Spanish
    ("Le daremos una respuesta a mediados de junio.", JUNE_15),
    ("Tomaremos una decisión a mediados de mayo.", MAY_15),
    ("Le contactaremos a finales de mayo.", MAY_31),
    ("Recibirá noticias nuestras a principios de mayo.", MAY_10),
    ("Le responderemos antes de finales de mayo.", MAY_31),
    ("Le daremos una respuesta a fines de mayo.", MAY_31),
    # Dutch
    ("Je hoort half mei van ons.", MAY_15),
    ("We nemen halverwege mei een beslissing.", MAY_15),
    ("We laten je eind mei weten hoe het verder gaat.", MAY_31),
    ("Ons besluit volgt uiterlijk eind mei.", MAY_31),
    ("Je hoort begin mei van ons.", MAY_10),
    ("We laten u begin juni weten wat de uitslag is.", JUNE_10),
    # Italian
    ("Ti daremo una risposta a metà maggio.", MAY_15),
    ("Comunicheremo la decisione entro la fine di maggio.", MAY_31),
    ("Ti faremo sapere a fine maggio.", MAY_31),
    ("Riceverai un riscontro all'inizio di maggio.", MAY_10),
    ("Ti ricontatteremo ai primi di giugno.", JUNE_10),
    ("La decisione arriverà verso la fine di maggio.", MAY_31),
    # Portuguese
    ("Daremos uma resposta em meados de junho.", JUNE_15),
    ("Teremos uma decisão até meados de maio.", MAY_15),
    ("Entraremos em contacto no final de maio.", MAY_31),
    ("Daremos uma resposta até o fim de maio.", MAY_31),
    ("Receberá notícias nossas no início de maio.", MAY_10),
    ("Esperamos ter uma decisão no começo de junho.", JUNE_10),
    # Polish
    ("Odezwiemy się do połowy maja.", MAY_15),
    ("Decyzję podejmiemy w połowie maja.", MAY_15),
    ("Odpowiedź otrzymasz do końca maja.", MAY_31),
    ("Damy znać pod koniec maja.", MAY_31),
    ("Odezwiemy się na początku maja.", MAY_10),
    ("Decyzję podejmiemy do końca marca.", date(2026, 3, 31)),
    ("Damy znać w maju.", MAY_31),
]

POLISH = [
    ("Odezwiemy się do piątku.", THIS_FRIDAY),
    ("Odpowiedź otrzymasz najpóźniej do piątku.", THIS_FRIDAY),
    ("Damy znać do poniedziałku.", date(2026, 3, 9)),
    ("Odezwiemy się do przyszłego piątku.", NEXT_FRIDAY),
    ("Odezwiemy się w przyszłym tygodniu.", NEXT_FRIDAY),
    ("Decyzję podejmiemy w przyszłym tygodniu.", NEXT_FRIDAY),
    ("Odpowiedź otrzymasz w tym tygodniu.", THIS_FRIDAY),
    ("Damy znać do końca tygodnia.", THIS_FRIDAY),
    ("Odezwiemy się do końca przyszłego tygodnia.", NEXT_FRIDAY),
    ("Odezwiemy się na początku przyszłego tygodnia.", date(2026, 3, 10)),
    ("Odpowiedź otrzymasz w ciągu 14 dni.", FORTNIGHT),
    ("Decyzję podejmiemy w ciągu 10 dni roboczych.", date(2026, 3, 18)),
    ("Decyzję podejmiemy w ciągu tygodnia.", date(2026, 3, 11)),
    ("Poinformujemy o decyzji do końca miesiąca.", date(2026, 3, 31)),
    ("Skontaktujemy się w przyszłym miesiącu.", date(2026, 4, 30)),
    ("Odezwiemy się do 20 marca.", None),  # "marca" is a brand in Spanish: never a bare date
    ("Odezwiemy się do 20 maja.", date(2026, 5, 20)),
]


@pytest.mark.parametrize(("text", "expected"), [*FORTNIGHTS, *MONTH_PARTS, *POLISH])
def test_fortnights_month_parts_and_polish(text: str, expected: date | None) -> None:
    assert resolved(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We will begin April interviews soon and let you know.",
        "We'll let you know on a fine May morning, we hope.",
        "Half May's candidates were local; we'll let you know soon.",
        "Please let us know your availability by mid-May.",
        "Bitte geben Sie uns bis Ende Mai Rückmeldung.",
        "Prosimy o odpowiedź do piątku.",
    ],
)
def test_month_part_traps(text: str) -> None:
    assert decision_timeline(text, SENT) is None


JUNE_12 = date(2026, 6, 12)
RANGES = [
    ("We'll make our decision between 8 and 12 June.", JUNE_12),
    ("You will hear from us between June 8 and 12.", JUNE_12),
    ("We'll get back to you between June 8 and June 12.", JUNE_12),
    ("Expect our feedback 8–12 June.", JUNE_12),
    ("Wir melden uns zwischen dem 8. und 12. Juni.", JUNE_12),
    ("Wir geben Ihnen vom 8. bis 12. Juni Bescheid.", JUNE_12),
    ("Nous vous répondrons entre le 8 et le 12 juin.", JUNE_12),
    ("Nous prendrons notre décision du 8 au 12 juin.", JUNE_12),
    ("Le daremos una respuesta entre el 8 y el 12 de junio.", JUNE_12),
    ("Tomaremos una decisión entre los días 8 y 12 de junio.", JUNE_12),
    ("We laten je tussen 8 en 12 juni weten wat ons besluit is.", JUNE_12),
    ("Ti daremo una risposta tra l'8 e il 12 giugno.", JUNE_12),
    ("Daremos uma resposta entre os dias 8 e 12 de junho.", JUNE_12),
    ("Odezwiemy się między 8 a 12 czerwca.", JUNE_12),
    ("Decyzję podejmiemy od 8 do 12 czerwca.", JUNE_12),
]

COUNTED_BEFORE = [
    ("We'll get back to you before two weeks are up.", FORTNIGHT),
    ("You'll have our decision before two weeks have passed.", FORTNIGHT),
    ("We'll let you know before a week is out.", date(2026, 3, 11)),
    ("Wir melden uns, bevor zwei Wochen vergehen.", FORTNIGHT),
    ("Sie erhalten eine Rückmeldung, ehe zwei Wochen vergangen sind.", FORTNIGHT),
    ("Nous vous répondrons avant que deux semaines ne passent.", FORTNIGHT),
    ("Nous reviendrons vers vous avant qu'une semaine ne soit passée.", date(2026, 3, 11)),
    ("Le daremos una respuesta antes de que pasen dos semanas.", FORTNIGHT),
    ("Tendrá noticias nuestras antes de que transcurran 10 días hábiles.", date(2026, 3, 18)),
    ("We laten je weten wat ons besluit is voordat er twee weken voorbij zijn.", FORTNIGHT),
    ("Ti daremo una risposta prima che passino due settimane.", FORTNIGHT),
    ("Daremos uma resposta antes que passem duas semanas.", FORTNIGHT),
    ("Odezwiemy się, zanim miną dwa tygodnie.", FORTNIGHT),
    ("We'll get back to you before two weeks.", None),  # no verb: not a span
]

# Easter Sunday 2026 is 5 April (Palm Sunday 29 March), Ascension 14 May, Pentecost 24 May,
# Corpus Christi 4 June.
FEASTS = [
    ("We'll make a decision after Easter.", date(2026, 4, 10)),
    ("We'll get back to you straight after the Easter weekend.", date(2026, 4, 10)),
    ("You will hear from us before Easter.", date(2026, 4, 4)),
    ("We will get back to you after Whitsun.", date(2026, 5, 29)),
    ("The panel will decide after Pentecost.", date(2026, 5, 29)),
    ("Wir melden uns nach Pfingsten.", date(2026, 5, 29)),
    ("Eine Entscheidung fällt direkt nach Ostern.", date(2026, 4, 10)),
    ("Wir geben Ihnen noch vor Ostern Bescheid.", date(2026, 4, 4)),
    ("Wir melden uns nach Fronleichnam.", date(2026, 6, 12)),
    ("Nous vous répondrons avant le pont de l'Ascension.", date(2026, 5, 13)),
    ("Nous reviendrons vers vous après l'Ascension.", date(2026, 5, 22)),
    ("Nous prendrons notre décision après Pâques.", date(2026, 4, 10)),
    ("Le daremos una respuesta después de Semana Santa.", date(2026, 4, 10)),
    ("Le daremos una respuesta antes de Semana Santa.", date(2026, 3, 28)),
    ("Tomaremos una decisión tras la Pascua.", date(2026, 4, 10)),
    ("Je hoort na Pasen van ons.", date(2026, 4, 10)),
    ("We nemen een beslissing voor Hemelvaart.", date(2026, 5, 13)),
    ("Ti daremo una risposta dopo Pasqua.", date(2026, 4, 10)),
    ("Daremos uma resposta depois da Páscoa.", date(2026, 4, 10)),
    ("Odezwiemy się po Wielkanocy.", date(2026, 4, 10)),
    ("Decyzję podejmiemy przed Zielonymi Świątkami.", date(2026, 5, 23)),
]


@pytest.mark.parametrize(("text", "expected"), [*RANGES, *COUNTED_BEFORE, *FEASTS])
def test_ranges_counted_before_and_feasts(text: str, expected: date | None) -> None:
    assert resolved(text) == expected


def test_feasts_roll_to_next_year_and_respect_the_message_day() -> None:
    after_pentecost = datetime(2026, 6, 1, 9, 0, tzinfo=CET)
    assert resolved("We'll decide after Easter.", after_pentecost) == date(2027, 4, 2)
    easter_monday = datetime(2026, 4, 6, 9, 0, tzinfo=CET)  # still the week after Easter
    assert resolved("We'll decide after Easter.", easter_monday) == date(2026, 4, 10)
    found = decision_timeline("Wir melden uns nach Pfingsten.", SENT)
    assert found == Timeline("nach Pfingsten", date(2026, 5, 29))


def test_easter_dates() -> None:
    from followup.timeline import easter

    known = {2024: date(2024, 3, 31), 2025: date(2025, 4, 20), 2026: date(2026, 4, 5),
             2027: date(2027, 3, 28), 2038: date(2038, 4, 25), 2285: date(2285, 3, 22)}  # fmt: skip
    for year, sunday in known.items():
        assert easter(year) == sunday


INTERVIEW = datetime(2026, 3, 10, 14, 0, tzinfo=CET)  # Tuesday 10 March
FROM_THE_INTERVIEW = [
    ("We'll make a decision 7–10 days after interviewing.", date(2026, 3, 20)),
    ("You'll hear back no later than 5 business days after your final interview.",
     date(2026, 3, 17)),
    ("We usually decide about two weeks after the onsite.", date(2026, 3, 24)),
    ("Unsere Entscheidung erhalten Sie spätestens eine Woche nach dem Gespräch.",
     date(2026, 3, 17)),
    ("Nous vous répondrons dans les dix jours suivant l'entretien.", date(2026, 3, 20)),
    ("Le daremos una respuesta en los 10 días siguientes a la entrevista.", date(2026, 3, 20)),
    ("We laten je binnen vijf werkdagen na het gesprek weten wat ons besluit is.",
     date(2026, 3, 17)),
    ("Ti daremo una risposta entro 10 giorni dal colloquio.", date(2026, 3, 20)),
    ("Daremos uma resposta nos 10 dias seguintes à entrevista.", date(2026, 3, 20)),
    ("Odpowiedź otrzymasz najpóźniej 5 dni po rozmowie.", date(2026, 3, 15)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FROM_THE_INTERVIEW)
def test_spans_from_the_interview(text: str, expected: date) -> None:
    found = decision_timeline(text, SENT, interview=INTERVIEW)
    assert found is not None and found.date == expected
    # Nobody can date the interview: not resolved rather than counted from the message.
    assert decision_timeline(text, SENT) is None


def test_spans_from_the_interview_stated_in_the_text() -> None:
    text = (
        "Your interview is on Tuesday, March 10 at 2pm CET. We'll make a decision 7-10 days "
        "after interviewing."
    )
    assert decision_timeline(text, SENT) == Timeline(
        "7-10 days after interviewing", date(2026, 3, 20)
    )
    text = (
        "Ihr Gespräch findet am 10. März um 14 Uhr statt. Unsere Entscheidung erhalten Sie "
        "spätestens eine Woche nach dem Gespräch."
    )
    found = decision_timeline(text, SENT)
    assert found == Timeline("spätestens eine Woche nach dem Gespräch", date(2026, 3, 17))


@pytest.mark.parametrize(
    "text",
    [
        "Your interview will be after Easter; we'll let you know soon.",
        "Happy Easter! We'll get back to you soon.",
        "Please let us know before Easter whether you accept.",
        "Wir melden uns nach Ostern mit Terminvorschlägen.",
        "Interviews take place between 8 and 12 June, and we'll let you know the outcome soon.",
        "We'll let you know whether you can interview between 8 and 12 June.",
        "Our office is closed from Good Friday to Easter Monday; we'll get back to you soon.",
        "Please reply before two weeks are up so we can make a decision.",
        "We'll get back to you once we have met 10 candidates after the interview.",
    ],
)
def test_new_family_traps(text: str) -> None:
    assert decision_timeline(text, SENT) is None
