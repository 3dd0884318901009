"""A company's stated decision timeline ("we'll get back to you within a week"), resolved to a date.

Also the return date of an out-of-office auto reply. Pure: `sent` (the message's Date) is "now".

Where a phrase is looked for: only in sentences that carry a cue about hearing back (decision,
outcome, get back to you, let you know, feedback, next steps, be in touch, Rückmeldung,
Entscheidung, melden uns, réponse, retour, décision, reviendrons, respuesta, decisión, noticias,
nos pondremos en contacto, ...). Inside such a sentence a phrase counts when its clause has the
cue, or when it is a firm deadline ("by Friday", "within 2 weeks", "bis Freitag", "d'ici
vendredi") near the cue. Never counted: a time that belongs to a request to the candidate
("please send us your availability by Friday", "Bitte geben Sie uns bis Freitag Rückmeldung",
"te agradeceríamos una respuesta antes del viernes"); a plain date right after an interview,
call or meeting noun ("your interview is on Friday"); a timeline for scheduling rather than
deciding ("we'll reach out in the next day or two with available times"); a question; words in
quotation marks; the candidate repeating the company ("you mentioned a decision within a week").

Conventions (all dates are local dates in the calendar's zone, or the zone of `sent`'s offset):

- Ranges resolve to their upper end: "5-7 business days" → 7, "a week or two" → 14 days.
- "N business/working days", "Werktage", "jours ouvrés", "días hábiles" skip weekends and the
  calendar's holidays; "N days", "in 14 Tagen" are calendar days. French, Spanish, Portuguese
  and Italian "15 jours", "quince días", "quinze dias", "quindici giorni" are the idiom for two
  weeks (14 days), like "fortnight", "quinzaine", "quincena", "quinzena", "quindicina"; "8
  jours", "huitaine" are one week (7 days), as in tests/corpus. "Hours" round up to whole days.
- Counted before a span runs out: "before two weeks are up", "bevor zwei Wochen vergehen",
  "avant que deux semaines ne passent", "antes de que pasen dos semanas", "zanim miną dwa
  tygodnie" → the span's end, as "within two weeks". Where the verb follows ("before two weeks
  are up") it must be there: "before two weeks" alone is no span.
- A span counted from the interview ("within a week after the interview", "nach dem Gespräch
  ... innerhalb von 10 Werktagen", "7-10 days after interviewing", "spätestens eine Woche nach
  dem Gespräch", "dans les dix jours suivant l'entretien", "en los 10 días siguientes a la
  entrevista", "na het gesprek", "dal colloquio", "após a entrevista", "po rozmowie") starts on
  the interview's day: the `interview` argument, else the time stated in the text
  (datetext.interview_time); unknown → None.
- Vague counts are business days: "a few days", "in the coming days", "in den nächsten Tagen",
  "dans les prochains jours", "en los próximos días" → 3 business days; "a couple of days" → 2;
  "several days" → 5. "In the coming weeks" / "a few weeks" → 3 weeks.
- Weeks end on the calendar's last workday (Friday): "by the end of the week", "this week",
  "later this week" → this Friday; "next week", "by end of next week", "bis Ende nächster
  Woche" → Friday of next week; "early next week" → Tuesday; "mid next week" → Wednesday. On
  a weekend, "this week" and "next week" both mean the coming week.
- Weekdays: "by Friday" → the next Friday strictly after the message day; "by next Tuesday" →
  the Tuesday of next calendar week; "this Friday" may be today.
- Months: "early/beginning of next month", "Anfang nächsten Monats", "début du mois prochain",
  "a principios del mes que viene" → the 10th; "mid-March" → 15 March; "end of the month",
  "next month", "in March" → the month's last day. Parts of a named month, in all eight
  languages: early (early, Anfang, début, principios, begin, inizio, início, początek) → the
  10th; mid (mid, Mitte, mi-, mediados, half, metà, meados, połowa) → the 15th; end (end, late,
  Ende, fin, finales, eind, fine, final/fim, koniec) → the last day. "Begin April 3" is a date.
- Polish: "do piątku" → as "by Friday"; "w przyszłym tygodniu" → as "next week"; "do końca
  tygodnia/miesiąca", "na początku przyszłego tygodnia", "w maju" like their English forms.
- Ranges of dates resolve to the upper date: "between 8 and 12 June", "zwischen dem 8. und 12.
  Juni", "entre le 8 et le 12 juin", "entre el 8 y el 12 de junio", "8-12 June" → 12 June.
- Movable feasts (Easter by the Anonymous Gregorian algorithm; Good Friday, Holy Week / Semana
  Santa, Easter Monday, Ascension, Pentecost / Whitsun / Pfingsten, Whit Monday, Corpus Christi
  / Fronleichnam, and "the Easter weekend", "le pont de l'Ascension" as spans of days): "after X"
  ("nach Pfingsten", "después de Semana Santa", "po Wielkanocy") → the Friday (last workday) of
  the week after X's Monday, i.e. of the week that starts on the first Monday on or after X's
  last day (Easter Monday, Whit Monday, the Monday after Ascension Day): "after Easter" 2026 →
  Friday 10 April. "before/by X" ("vor Ostern", "avant le pont de l'Ascension") → the day before
  X's first day (Holy Week starts on Palm Sunday). The next such date on or after the message
  day. School holidays ("Osterferien", "vacances de Pâques") vary by region: not read.
- Dates: "by March 15", "bis zum 15. März", "15.03.", "3/15": year-less → the next such date,
  unless it was at most 30 days before the message (then that past date). Digits-only dates are
  D/M unless the text is English with a US context (see datetext.py); one part above 12 decides.
  A range like "5-7 business days" is never a date.
- "Today", "by end of day" → the message day; "tomorrow" → the next day; "in KW 12",
  "Kalenderwoche 13", "calendar week 12" → the Friday of that ISO week.
- Several timelines: the one whose cue is about the decision (decision, outcome, Entscheidung,
  décision, decisión) beats one about hearing back/feedback, which beats generic next steps;
  then a phrase in the cue's own clause (or a firm deadline right next to it) beats a plain
  phrase merely near it; then the latest date (the upper end). "We'll send feedback by Friday
  and decide by the end of next week" → end of next week.
- "Soon", "shortly", "zeitnah", "prochainement", "pronto" name no date: None.

The returned `Timeline.text` is the phrase as written ("within 2 weeks", "bis Ende nächster
Woche"), for drafts that remind the company of its own words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cached_property

from followup.datetext import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    PAST_GRACE,
    VAGUE_COUNTS,
    DateMention,
    Reading,
    add_months,
    alternation,
    clear_of,
    find_dates,
    interview_time,
    last_day_of_month,
    local_date,
    longest_first,
    month_day,
    phrase_list,
    week_monday,
    weekday_of_next_week,
    word_list,
)
from followup.timing import WorkCalendar, add_business_days


@dataclass(frozen=True)
class Timeline:
    """A stated decision timeline: the words as written and the date they resolve to."""

    text: str
    date: date


# Every pattern in this module runs on lowered text (datetext.lowered), so it is written in
# lower case and compiled without IGNORECASE, which Python's re pays for at every position.

# ---------------------------------------------------------------------------------------------
# Cues: what makes a sentence about hearing back. The class ranks competing timelines.

_DECISION, _HEAR_BACK, _GENERIC = 3, 2, 1
# One phrase per line; "*" stands for any word ending.
_CUE_PHRASES: dict[int, str] = {
    _DECISION: """
        decision*
        decide
        decides
        decided
        deciding
        outcome*
        final answer
        verdict
        entscheid*
        entschied*
        ergebnis*
        zusage
        absage
        décision*
        décid*
        résultat*
        decisión*
        decidi*
        resultado*
        beslissing*
        besluit*
        uitsluitsel
        uitslag
        decisione
        decisioni
        esito
        decisão
        decisões
        decisao
        decyzj*
    """,
    _HEAR_BACK: """
        hear back
        hearing back
        hear from us
        hear from me
        hear from them
        hear from the team
        hear from our
        hearing from us
        get back to
        get back to you
        getting back to you
        get back with you
        get back in touch
        come back to you
        circle back
        revert*
        respond to you
        reply to you
        our response
        a response
        our reply
        a reply
        an answer
        our answer
        feedback
        let you know
        inform you
        notify you
        update you
        an update
        status update
        keep you posted
        keep you updated
        keep you informed
        follow up with you
        reach out
        reaching out
        contact you
        be in touch
        be in contact
        get in touch with you
        touch base
        rückmeld*
        zurückmeld*
        melde
        melden
        meldet
        informier*
        bescheid
        antwort*
        kontaktier*
        kontakt aufnehmen
        auf sie zukommen
        zurückkommen
        nachricht
        von uns
        réponse*
        répondr*
        retour
        revenir vers
        reviendr*
        reviens vers
        recontact*
        contacter*
        tiendr* au courant
        tiendr* inform*
        tenir au courant
        tenir inform*
        informer*
        nouvelles
        faire savoir
        ferons savoir
        respuesta*
        responder*
        contestar*
        contestaremos
        news for you
        have news
        any news
        noticias
        contacto
        contactar*
        informar*
        comunicar*
        avisar*
        novedades
        retroalimentación
        retroalimentacion
        news from us
        expect news
        hear news
        hoor je
        hoort
        horen
        laten weten
        laten je
        laten u
        laat je
        laat u
        terugkoppeling
        reactie
        antwoord
        risposta*
        riscontro
        faremo sapere
        ricontatter*
        aggiorner*
        resposta*
        notícias
        entraremos em contacto
        entraremos em contato
        odpowiedź
        odpowiedzi
        odpowiemy
        odezwiemy
        damy znać
        damy ci znać
        damy panu znać
        damy pani znać
        skontaktujemy*
        poinformujemy
        informację zwrotną
        informacji zwrotnej
    """,
    _GENERIC: """
        next step
        next steps
        nächsten schritte
        weiteren schritte
        weitere vorgehen
        weiteres vorgehen
        prochaines étapes
        suite du processus
        suite de la procédure
        próximos pasos
        siguientes pasos
        review applications
        review all applications
        review every application
        review your application
        reviewing applications
        prüfen ihre bewerbung
        prüfen ihre unterlagen
        ihre unterlagen prüfen
        ihre bewerbung prüfen
        étudier votre candidature
        étudierons votre candidature
        examiner votre candidature
        revisar su candidatura
        revisaremos su candidatura
        revisaremos tu candidatura
    """,
}
_CUE_LIST: list[tuple[str, int]] = [
    (phrase.strip(), rank)
    for rank, phrases in _CUE_PHRASES.items()
    for phrase in phrases.strip().splitlines()
]
_CUE = re.compile(rf"\b(?:{alternation(phrase for phrase, _ in _CUE_LIST)})\b")
_CUE_EXACT: dict[str, int] = {phrase: rank for phrase, rank in _CUE_LIST if "*" not in phrase}
_CUE_STEMS: list[tuple[re.Pattern[str], int]] = [
    (re.compile(alternation([phrase]) + r"\Z"), rank) for phrase, rank in _CUE_LIST if "*" in phrase
]


def _cue_class(found: str) -> int:
    spaced = " ".join(found.split())
    if spaced in _CUE_EXACT:
        return _CUE_EXACT[spaced]
    return max((rank for pattern, rank in _CUE_STEMS if pattern.match(spaced)), default=_GENERIC)


# ---------------------------------------------------------------------------------------------
# Sentences and clauses

_TERMINATOR = re.compile(r"[.!?…]+(?=\s|$)|\n[ \t]*\n")
# A dot after these does not end a sentence ("Mr.", "z. B.", "ca.", "Fr." for Freitag, "Mar.").
_ABBREVIATIONS = frozenset(
    word_list(
        "mr mrs ms dr prof approx ca bzw evtl ggf inkl nr st fr hr jan feb mar apr jun jul aug sep "
        "sept oct okt nov dec dez mon tue tues wed thu thur thurs fri sat sun mo di mi do sa so vs "
        "no incl resp ref cf av mme mlle sr sra dto etc"
    )
)
_LONGEST_SENTENCE = 400  # beyond this a "sentence" is a run-on blob: look no further
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]–—]|\s-\s|\b(?:and|but|while|whereas|however|although|und|aber|sondern|während"
    r"|jedoch|et|mais|tandis|y|pero|mientras|aunque)\b"
)
_EVENT = re.compile(
    r"\b(?:interview\w*|call|meeting|appointment|visit|on-?site|session|chat|conversation"
    r"|\w*gespräch\w*|termin\w*|treffen|entretien\w*|rendez-vous|réunion|appel"
    r"|entrevista\w*|reuni[oó]n|llamada|cita|start\s+date|starting\s+date|eintritt\w*"
    r"|arbeitsbeginn|prise\s+de\s+poste|incorporaci[oó]n)\b"
)
_QUOTE = re.compile(r'["“”«»„]')
_SCHEDULING = re.compile(
    r"\b(?:schedul\w*|available\s+times|availability|time\s*slots?|slots?|terminvorschl\w*"
    r"|neuen\s+termin\w*|terminabsprache|terminfindung|créneaux?|disponibilités?|horarios?"
    r"|agendar|programar|coordinar\s+(?:una|la)\s+(?:entrevista|reunión|llamada))\b"
)
_REPORTED = re.compile(
    r"\b(?:you|he|she|they)\s+(?:mentioned|said|told\s+me|indicated|promised)\b"
    r"|\b(?:mentioned|said|told\s+me|indicated)\s+(?:that\s+)?you\b|\bas\s+you\s+said\b"
    r"|\bsie\s+hatten\b|\bhatten\s+sie\b|\bwie\s+besprochen\b"
    r"|\bvous\s+(?:m'|nous\s+)?aviez\b|\bcomme\s+convenu\b"
    r"|\bme\s+(?:dijiste|dijo|comentaste|comentó|indicaste|indicó)\b|\bcomo\s+acordamos\b"
)
_THANKS = re.compile(r"\b(?:thank\w*|danke\w*|vielen\s+dank|merci|gracias)\b")
_REQUEST = re.compile(
    r"\b(?:(?:please|pls|kindly|bitte|merci\s+de|veuillez|por\s+favor)\b"
    r"(?!\s+(?:note|allow|expect|be\s+aware|rest\s+assured|bear\s+with|be\s+patient|beachten"
    r"|haben\s+sie\s+(?:etwas\s+)?(?:geduld|verständnis)|noter|patienter|tenga\s+en\s+cuenta"
    r"|tener\s+en\s+cuenta|don't\s+hesitate|do\s+not\s+hesitate))"
    r"|could\s+you|can\s+you|would\s+you|könnten\s+sie|können\s+sie|würden\s+sie"
    r"|pourriez-vous|pouvez-vous|podría\w*|agradecer\w*|appreciate\s+(?:a|an|your)\b"
    r"|\bsie\s+uns\b|\bvous\s+nous\b|\bnos\s+(?:confirm|dig|indiqu|env[ií]|avis|hag|respond"
    r"|contest|comuniq)\w*"
    r"|let\s+(?:us|me)\s+know|(?:get\s+back|respond|reply|write\s+back)\s+to\s+(?:us|me)\b"
    r"|lassen\s+sie\s+(?:uns|mich)|teilen\s+sie\s+(?:uns|mir)"
    r"|(?:melden|wenden)\s+sie\s+sich|faites[\s-]nous\s+savoir|tenez[\s-]nous"
    r"|háganos\s+saber|indíquenos|avísenos|(?:send|give|tell|email|forward)\s+(?:us|me)\b"
    r"|your\s+(?:feedback|response|reply|answer|availability|confirmation|decision|thoughts)"
    r"|ihre?\s+(?:rückmeldung|antwort|entscheidung|verfügbarkeit|bestätigung)"
    r"|votre\s+(?:retour|réponse|décision|disponibilité|confirmation)|vos\s+disponibilités"
    r"|(?:su|tu)\s+(?:respuesta|decisión|disponibilidad|confirmación)"
    r"|prosimy|proszę|prosilibyśmy|daj(?:cie)?\s+(?:nam|mi)\s+znać)"
)


def _is_break(text: str, match: re.Match[str]) -> bool:
    if not match.group().startswith("."):
        return True
    before = text[max(0, match.start() - 12) : match.start()]
    word = re.split(r"[\s(]", before)[-1]
    return not (word[-1:].isdigit() or len(word) <= 1 or word.split(".")[-1] in _ABBREVIATIONS)


def _sentence(low: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around low[start:end]: from the last break before to the next one after."""
    left = max(0, start - _LONGEST_SENTENCE)
    for match in reversed(list(_TERMINATOR.finditer(low, left, start))):
        if _is_break(low, match):
            left = match.end()
            break
    right = min(len(low), end + _LONGEST_SENTENCE)
    for match in _TERMINATOR.finditer(low, end, right):
        if _is_break(low, match):
            right = match.end()
            break
    return left, right


def _clause(low: str, left: int, right: int, start: int, end: int) -> tuple[int, int]:
    """The clause around low[start:end], within the sentence low[left:right]."""
    begin = left
    for match in _CLAUSE_BREAK.finditer(low, left, start):
        begin = match.end()
    after = _CLAUSE_BREAK.search(low, end, right)
    return begin, (after.start() if after else right)


# ---------------------------------------------------------------------------------------------
# Phrase families. Each regex only finds the shape; the resolver reads the words.

_NUMBER = rf"(?:\d{{1,3}}|{alternation(NUMBER_WORDS)})"
_VAGUE = alternation(VAGUE_COUNTS)
# Joins the ends of a range: "5-7", "one or two", "ein bis zwei", "une à deux", "uno o dos".
_RANGE_JOIN = r"(?:\s*[-–—/]\s*|\s+(?:to|or|bis|oder|à|a|ou|o|y|and|und|et)\s+)"
_COUNT = rf"(?:{_VAGUE}|{_NUMBER}(?:{_RANGE_JOIN}{_NUMBER})?)"
_NEXT = alternation(
    word_list(
        "next coming following upcoming nächsten naechsten kommenden folgenden prochains "
        "prochaines próximos próximas proximos proximas siguientes venideros volgende komende "
        "prossimi prossime successivi najbliższych"
    )
)
_UNITS: dict[str, tuple[str, bool]] = {
    **dict.fromkeys(
        ("business days", "working days", "work days", "workdays", "business-days",
         "working-days", "werktage", "werktagen", "arbeitstage", "arbeitstagen",
         "geschäftstage", "geschäftstagen", "jours ouvrés", "jours ouvrables",
         "jours travaillés", "días hábiles", "dias habiles", "días laborables",
         "dias laborables", "días laborales", "werkdagen", "giorni lavorativi",
         "dias úteis", "dias uteis", "dni roboczych", "dni robocze"),
        ("business", True),
    ),
    **dict.fromkeys(("business day", "working day", "werktag", "arbeitstag", "jour ouvré",
                     "día hábil", "dia habil", "werkdag", "giorno lavorativo", "dia útil"),
                    ("business", False)),
    **dict.fromkeys(("days", "tage", "tagen", "jours", "días", "dias", "dagen", "giorni",
                     "dni"), ("day", True)),
    **dict.fromkeys(("day", "tag", "jour", "día", "dia", "dag", "giorno", "dzień"),
                    ("day", False)),
    **dict.fromkeys(("weeks", "wks", "wochen", "semaines", "semanas", "weken", "settimane",
                     "tygodni", "tygodnie"), ("week", True)),
    **dict.fromkeys(("week", "wk", "woche", "semaine", "semana", "settimana", "tydzień",
                     "tygodnia"), ("week", False)),
    **dict.fromkeys(("months", "monate", "monaten", "meses", "maanden", "mesi", "miesięcy"),
                    ("month", True)),
    **dict.fromkeys(("month", "monat", "mois", "mes", "maand", "mese", "mês", "miesiąc"),
                    ("month", False)),
    **dict.fromkeys(("hours", "hrs", "stunden", "heures", "horas", "uur", "ore", "godzin"),
                    ("hour", True)),
    **dict.fromkeys(("hour", "hr", "stunde", "heure", "hora", "ora", "godzina"),
                    ("hour", False)),
    "fortnight": ("fortnight", False), "fortnights": ("fortnight", True),
    "quinzaine": ("quinzaine", False), "huitaine": ("huitaine", False),
    # Spanish, Portuguese and Italian fortnights
    "quincena": ("quinzaine", False), "quinzena": ("quinzaine", False),
    "quindicina": ("quinzaine", False),
}  # fmt: skip
_UNIT = alternation(_UNITS)
_STRONG_SPAN_PREP = re.compile(
    r"(?:within|inside|up\s+to|no\s+later\s+than|innerhalb|binnen|spätestens|d'ici|sous"
    r"|dentro|en\s+un\s+plazo|en\s+el\s+plazo|dans\s+un\s+délai|sous\s+un\s+délai|allow"
    r"|uiterlijk|entro|nel\s+giro|no\s+prazo|em\s+até|w\s+ciągu)"
)
_WITHIN_ONE = re.compile(
    r"(?:within|innerhalb|binnen|d'ici|dentro|en\s+un\s+plazo|dans\s+un\s+délai|sous|over"
    r"|entro|nel\s+giro|no\s+prazo|em\s+até|w\s+ciągu)"
)
_SPAN = re.compile(
    r"\b(?P<prep>within|in|inside(?:\s+of)?|over|during|allow|takes?|need|give\s+us|wait|up\s+to"
    r"|innerhalb(?:\s+(?:von|der|den))?|binnen|spätestens\s+in|im\s+laufe\s+(?:der|von)"
    r"|d'ici(?:\s+à)?|sous(?:\s+un\s+délai\s+(?:de|d'))?|dans(?:\s+un\s+délai\s+(?:de|d'))?"
    r"|au\s+cours\s+(?:des|de)|en(?:\s+un\s+plazo(?:\s+máximo)?\s+de|\s+el\s+plazo\s+de"
    r"|\s+el\s+transcurso\s+de)?|dentro\s+de|durante|entro|nel\s+giro\s+di"
    r"|no\s+prazo\s+de|em\s+até|em|nos|nas|w\s+ciągu)(?:\s+|(?<=')\s*)"
    r"(?:(?:about|around|approximately|approx\.?|roughly|another|a\s+further|ca\.?|circa|etwa"
    r"|ungefähr|rund|maximal|höchstens|environ|à\s+peu\s+près|aproximadamente"
    r"|alrededor\s+de|como\s+máximo|máximo)\s+)?"
    r"(?:(?P<article>the|den|der|die|les|des|las|los|el|la|le|de|i|le|os|as)\s+)?"
    rf"(?:(?P<next>{_NEXT})\s+)?"
    rf"(?:(?P<count>{_COUNT})\s*)?"
    rf"(?:(?P<next2>{_NEXT})\s+)?"
    rf"(?P<unit>{_UNIT})\b"
    r"(?:'s\s+time|\s+time)?"
    r"(?:\s+(?P<after>à\s+venir|qui\s+viennent|suivants|siguientes|venideros))?"
    rf"(?:\s+(?:or|oder|ou|o)\s+(?P<count2>{_NUMBER}|so)\b)?"
)

_PREP = alternation(
    phrase_list(
        """by, before, until, till, toward, towards, around, at, in, during, over, within, sometime,
    some time, no later than, not later than, bis, spätestens, noch, im laufe, innerhalb, vor,
    gegen, zum, d'ici, d'ici à, avant, pour, jusqu'à, jusqu'au, dans, en, courant, au cours de,
    vers, à, a, para, antes de, antes del, hasta, durante, hacia, dentro de,
    en el transcurso de, a lo largo de, uiterlijk, voor, tegen, rond, entro, prima di, entro il,
    entro la, verso, até, até ao, até à, até o, até a, em, no, do, najpóźniej do, przed, pod,
    w, z"""
    )
)
_DET_WORDS = alternation(
    word_list(
        "the der die das den dem des zum zur im la le les el los las del al de du of di ai agli van"
    )
)
_DET = rf"(?:(?:{_DET_WORDS})\s+|(?:[ld]|all|dell|nell)'\s*)"
# Polish month and week parts: "do końca", "na początku", "w połowie".
_ANCHOR_PL = r"|końca|koniec|końcem|początku|początek|połowie|połowy"
_ANCHOR = (
    r"(?:first\s+half|second\s+half|end|close|beginning|start|middle|mid|early|late|later|ende"
    r"|anfang|beginn|mitte|fin"
    r"|début|debut|milieu|mi(?=-)|final|finales|fines|principios|principio|inicios|comienzos"
    rf"|mediados{_ANCHOR_PL})"
)
# Before a month's name only, as these are ordinary words elsewhere ("fine", "begin", "half"):
# Dutch "half mei", "eind mei", "begin juni"; Italian "metà maggio", "fine maggio", "inizio
# giugno"; Portuguese "meados de junho", "fim de maio", "início de junho".
_MONTH_PART = (
    rf"(?:{_ANCHOR[3:-1]}|half|halverwege|midden|medio|eind|einde|begin|metà|fine(?!\s+may\b)"
    r"|inizio|inizi|primi|meados|fim|finais|início|inicio|começo|comeco|princípios|princípio)"
)
_WHICH = (
    r"(?:next|following|coming|current|this|nächste[nrs]?|naechste[nrs]?|kommende[nrs]?"
    r"|folgende[nrs]?|übernächste[nrs]?|diese[nrs]?|laufende[nrs]?|prochaine?|próxim[oa]"
    r"|proxim[oa]|siguiente|este|esta|cette|ce|przyszł(?:ym|ego|y)|następn(?:ym|ego|y)|tym"
    r"|tego|bieżąc(?:ym|ego|y))"
)
_AFTER_WHICH = (
    r"(?:after\s+next|prochaine?|suivante?|à\s+venir|qui\s+vient|en\s+cours|que\s+viene"
    r"|próxim[oa]|proxim[oa]|siguiente|entrante|actual)"
)


# What may stand before a week or month: "by the end of", "d'ici la fin de", "a finales de".
def _prep_anchor(anchor: str) -> str:
    return rf"\b(?P<prep>(?:{_PREP})\s+)?(?:{_DET})*(?:(?P<anchor>{anchor})(?:\s+|-)(?:{_DET})*)?"


_PREP_ANCHOR = _prep_anchor(_ANCHOR)


def _anchored(unit_word: str) -> re.Pattern[str]:
    return re.compile(
        rf"{_PREP_ANCHOR}(?:(?P<which>{_WHICH})\s+)?(?:{_DET})*(?P<unit>{unit_word})\b"
        rf"(?:\s+(?P<after>{_AFTER_WHICH})\b)?(?!\s+(?:of|du|vom|del|de|d')\b)"
    )


_WEEK = _anchored(r"week|woche|semaine|semana|tydzień|tygodnia|tygodniu")
_MONTH = _anchored(r"month|monats?|mois|mes|miesiąc|miesiąca|miesiącu")
# Abbreviations are left out here: "mar" and "sept" (French seven) are words on their own.
# Polish "marca" (of March) is only read after a month part: "do końca marca".
_MONTH_NAMES: dict[str, int] = {
    **{name: number for name, number in MONTHS.items() if name not in MONTH_ABBREVIATIONS},
    "marca": 3,
}
_FULL_MONTH_NAMES = alternation(_MONTH_NAMES)
# A day after the month makes it a date ("begin April 3"), which the date finder reads.
_NAMED_MONTH = re.compile(
    rf"{_prep_anchor(_MONTH_PART)}(?P<mon>{_FULL_MONTH_NAMES})\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?(?!\s+[0-3]?\d(?:st|nd|rd|th)?\b)"
)
_WEEKEND = re.compile(
    r"\b(?:(?P<prep>by|before|until|bis|vor|avant|d'ici|antes\s+del?|para)\s+)?"
    r"(?:(?:the|dem|zum|le|el)\s+)?(?:weekend|wochenende|week-end|fin\s+de\s+semana|eow"
    r"|end\s+of\s+week|end-of-week|wochenende)\b"
)
_MONTH_EDGE = re.compile(
    r"\b(?P<prep>(?:bis|by|before|avant|antes\s+de)\s+(?:zum\s+|zur\s+|the\s+)?)?"
    r"(?P<word>monatsende|monatsanfang|monatsmitte|month-end|month\s+end|eom)\b"
)
# German (and some English) mail names weeks by number: "in KW 12", "Kalenderwoche 13", "CW 12".
_WEEK_NUMBER = re.compile(
    r"\b(?P<prep>(?:bis|by|in|spätestens\s+in)\s+)?(?:(?:der|zur|ende\s+der|the)\s+)?"
    r"(?:kw|kalenderwoche|cw|calendar\s+week|week)\s*\.?\s*(?P<number>\d{1,2})\b"
    r"(?:\s*/\s*(?P<year>(?:19|20)\d\d))?"
)
_END_OF_DAY = re.compile(
    r"\b(?P<prep>by\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob"
    r"|close\s+of\s+business|im\s+laufe\s+des\s+tages|heute\s+noch|noch\s+heute"
    r"|dans\s+la\s+journée|a\s+lo\s+largo\s+del\s+día|en\s+el\s+día\s+de\s+hoy)\b"
    r"(?!\s+(?:on|tomorrow|morgen|\w+day))"
)
_DEADLINE_PREP = re.compile(
    r"(?:by|before|until|till|no\s+later|not\s+later|bis|spätestens|vor|d'ici|avant|jusqu"
    r"|antes|hasta|para|uiterlijk|entro|até|do|najpóźniej|przed)\b"
)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than|latest\s+by"
    r"|by\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day(?:\s+on)?|by\s+(?:cob|eod)"
    r"(?:\s+on)?|bis(?:\s+spätestens)?(?:\s+(?:zum|zur|am))?|spätestens(?:\s+(?:bis|am|zum))?"
    r"(?:\s+zum)?|vor\s+dem|d'ici(?:\s+à)?(?:\s+(?:le|au))?|avant(?:\s+le)?|jusqu'(?:au|à)"
    r"|au\s+plus\s+tard(?:\s+le)?|antes\s+del?|para(?:\s+el)?|hasta(?:\s+el)?"
    r"|a\s+más\s+tardar(?:\s+el)?|como\s+muy\s+tarde(?:\s+el)?|uiterlijk(?:\s+op)?"
    r"|vóór|voor|entro(?:\s+(?:il|la|e\s+non\s+oltre))?|non\s+oltre|prima\s+d[ie]l?"
    r"|até(?:\s+(?:a|ao|à|dia))?|o\s+mais\s+tardar|(?:najpóźniej\s+)?do|przed)\s+(?:the\s+)?$"
)
_ON_BEFORE = re.compile(r"\b(?:on|am|le|el)\s+$")
_DEADLINE_AFTER = re.compile(
    r",?\s*(?:at\s+the\s+latest|latest|spätestens|au\s+plus\s+tard|a\s+más\s+tardar"
    r"|como\s+muy\s+tarde)\b"
)


# After the interview, in eight languages: "a week after the interview", "nach dem Gespräch",
# "suivant l'entretien", "siguientes a la entrevista", "na het gesprek", "dopo il colloquio",
# "após a entrevista", "po rozmowie".
def _after_the_interview(lead: str, english: str, french: str, spanish: str) -> re.Pattern[str]:
    """Every branch starts with `lead`; the English, French and Spanish words vary with where
    the phrase stands (right after a span, or ahead of it in the sentence)."""
    return re.compile(
        rf"{lead}(?:{english})\s+(?:(?:the|your|our|this|each|every|a)\s+)?"
        r"(?:(?:final|last|first|second|third|next)\s+)?(?:interview|call|meeting|conversation|chat"
        r"|onsite|on-site|round|visit)s?\b"
        rf"|{lead}(?:{english})\s+(?:interviewing|speaking\s+(?:with|to)\s+(?:us|you)"
        r"|meeting\s+(?:us|you)|we\s+(?:speak|meet|talk))\b"
        rf"|{lead}(?:nach|im\s+anschluss\s+an)\s+(?:(?:dem|das|ihrem|ihr|unserem|unser|diesem"
        r"|jedem)\s+)?\w*(?:gespräch|interview|termin|telefonat)\w*"
        rf"|{lead}(?:{french})\s+(?:l'|(?:votre|notre|cet|chaque|le)\s+)(?:entretien|entrevue"
        r"|rendez-vous|échange|appel)\w*"
        rf"|{lead}(?:{spanish})\s+(?:(?:la|su|nuestra|esta|cada|tu)\s+)"
        r"(?:entrevista|reunión|llamada|conversación)\w*"
        rf"|{lead}na\s+(?:(?:het|je|jouw|uw|ons|dit)\s+)?\w*gesprek\w*"
        rf"|{lead}(?:dopo|dal|dalla|(?:successivi\s+)?al)\s+(?:(?:il|lo|la|tuo|nostro)\s+|l')?"
        r"(?:colloqui|intervist|chiamat)\w*"
        rf"|{lead}(?:após|depois\s+d[aoe]|a\s+contar\s+d[aoe]|(?:seguintes\s+)?[àa])\s+"
        r"(?:(?:a|o|sua|nossa)\s+)?(?:entrevista|reunião|conversa|chamada)\w*"
        rf"|{lead}po\s+(?:(?:naszej|twojej|pana|pani)\s+)?(?:rozmowie|spotkaniu)\b"
    )


# Right after a span: "within a week after the interview", "within 3 days of your call",
# "en los 10 días siguientes a la entrevista" (the span reads "siguientes" itself).
_FROM_INTERVIEW_AFTER = _after_the_interview(
    r"\s*",
    "after|following|of|from",
    r"après|suivant|qui\s+suit|qui\s+suivent|à\s+compter\s+de",
    r"después\s+de|tras|luego\s+de|(?<=siguientes\s)a|siguientes\s+a",
)
# Ahead of it in the sentence: "after the interview you will hear back within 10 days".
_FROM_INTERVIEW_BEFORE = _after_the_interview(
    r"\b", "after|following", "après", r"después\s+de|tras|luego\s+de"
)
# A span counted from the interview without a preposition a plain span takes: "7-10 days after
# interviewing", "spätestens eine Woche nach dem Gespräch". The phrase includes the interview.
_INTERVIEW_SPAN = re.compile(
    r"\b(?:(?P<prep>spätestens|höchstens|maximal|no\s+later\s+than|not\s+later\s+than"
    r"|at\s+the\s+latest|at\s+most|about|around|roughly|some|approximately|etwa|ca\.?|circa"
    r"|environ|aproximadamente|como\s+máximo|uiterlijk|najpóźniej|al\s+massimo|no\s+máximo)\s+)?"
    r"(?:(?:the|die|les|los|las|i|os|as)\s+)?"
    rf"(?P<count>{_COUNT})\s*(?P<unit>{_UNIT})\b"
    r"(?:\s+(?:suivants|siguientes|successivi|seguintes|volgende))?"
    rf"(?P<tail>{_FROM_INTERVIEW_AFTER.pattern})"
)

# Counted before a span runs out: "before two weeks are up", "bevor zwei Wochen vergehen", "avant
# que deux semaines ne passent", "antes de que pasen dos semanas", "zanim miną dwa tygodnie".
_BEFORE_SPAN = re.compile(
    r"\b(?P<prep>before|bevor|ehe|avant\s+qu(?:e|')|voordat(?:\s+er)?"
    r"|antes\s+de\s+que\s+(?:pasen|pase|transcurran|transcurra|se\s+cumplan|se\s+cumpla)"
    r"|prima\s+che\s+(?:passino|passi|trascorrano|trascorra|siano\s+(?:passat|trascors)[ei]"
    r"|sia\s+(?:passat|trascors)[ao])"
    r"|antes\s+que\s+(?:se\s+)?(?:passem|passe)|antes\s+de\s+(?:passarem|passar|decorrerem)"
    r"|zanim\s+(?:miną|minie|upłyną|upłynie))(?:\s+|(?<=')\s*)"
    r"(?:(?:the|die|les|las|los|i|le|os|as)\s+)?"
    rf"(?:(?P<count>{_COUNT})\s*)?(?P<unit>{_UNIT})\b"
    r"(?P<verb>\s+(?:(?:are|is)\s+(?:up|over|out)|(?:have|has)\s+(?:passed|gone\s+by|elapsed)"
    r"|go(?:es)?\s+by|pass(?:es)?|elapses?|vergehen|vergeht|(?:vergangen|verstrichen|um)\s+"
    r"(?:sind|ist)|(?:ne\s+)?(?:passent|passe|s'écoulent|s'écoule|se\s+soi(?:en)?t\s+écoulé\w*"
    r"|soi(?:en)?t\s+passé\w*)|(?:voorbij|om|verstreken)\s+(?:zijn|is)|voorbij\s+gaan))?"
)
# Languages whose verb follows the span: there it must be said ("before two weeks" is no span).
_VERB_FOLLOWS = re.compile(r"before|bevor|ehe|avant|voordat")

# Ranges with an explicit upper date: "between 8 and 12 June", "zwischen dem 8. und 12. Juni",
# "entre le 8 et le 12 juin", "entre el 8 y el 12 de junio", "8-12 June", "between June 8 and 12".
_RANGE_MONTH = alternation(_MONTH_NAMES)
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|°|ª|\.)?"
_DATE_RANGE = re.compile(
    r"\b(?:(?P<prep>between|zwischen|entre|tra|fra|tussen|między|from|vom|von|du|del|dal|van"
    r"|od)\s+)?(?:(?:the|dem|le|el|il|o|los\s+d[ií]as|os\s+dias|de)\s+|l')?"
    rf"(?P<d1>[0-3]?\d){_ORDINAL}(?:\s+(?:of\s+|de\s+|di\s+)?(?P<m1>{_RANGE_MONTH}))?"
    r"(?P<join>\s*[-–—]\s*|\s+(?:and|und|et|y|e|en|a|to|till|until|bis|au|al|i|do)\s+)"
    r"(?:(?:the|dem|zum|le|el|il|o)\s+)?"
    rf"(?P<d2>[0-3]?\d){_ORDINAL}\s*(?:of\s+|de\s+|di\s+)?(?P<m2>{_RANGE_MONTH})\b"
    r"(?:,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b)?"
    rf"|\b(?P<prep2>between|from)\s+(?P<m3>{_RANGE_MONTH})\s+(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?"
    r"\s*(?:[-–—]|and|to|through|until)\s*"
    rf"(?:(?P<m4>{_RANGE_MONTH})\s+)?(?P<d4>[0-3]?\d)(?:st|nd|rd|th)?\b"
    r"(?!\s*(?:[:.]\d|[ap]\.?m\b|h\b|uhr\b))"
)

# Movable feasts, from Easter: name → (first day, last day) in days after Easter Sunday.
_FEASTS: dict[str, tuple[int, int]] = {
    **dict.fromkeys(
        phrase_list(
            """easter, easter sunday, ostern, ostersonntag, pâques, paques, pascua,
            domingo de pascua, domingo de resurrección, pasen, pasqua, páscoa, pascoa,
            wielkanoc, wielkanocy, wielkanocą"""
        ),
        (0, 0),
    ),
    **dict.fromkeys(
        phrase_list(
            """easter weekend, easter break, easter holiday weekend, osterwochenende,
            osterfeiertage, osterfeiertagen, ostertage, ostertagen, week-end de pâques,
            week-end pascal, paasweekend, paasdagen, święta wielkanocne, świętach wielkanocnych,
            świętami wielkanocnymi"""
        ),
        (-2, 1),
    ),
    **dict.fromkeys(
        phrase_list(
            """holy week, karwoche, semaine sainte, semana santa, goede week, settimana santa,
            wielki tydzień, wielkim tygodniu, wielkiego tygodnia"""
        ),
        (-7, 0),
    ),
    **dict.fromkeys(
        phrase_list(
            """good friday, karfreitag, vendredi saint, viernes santo, goede vrijdag,
            venerdì santo, sexta-feira santa, wielki piątek, wielkim piątku"""
        ),
        (-2, -2),
    ),
    **dict.fromkeys(
        phrase_list(
            """easter monday, ostermontag, lundi de pâques, lunes de pascua, paasmaandag,
            tweede paasdag, pasquetta, lunedì dell'angelo, poniedziałek wielkanocny"""
        ),
        (1, 1),
    ),
    **dict.fromkeys(
        phrase_list(
            """ascension, ascension day, himmelfahrt, christi himmelfahrt, ascensión,
            hemelvaart, hemelvaartsdag, ascensione, ascensão, wniebowstąpienie,
            wniebowstąpieniu"""
        ),
        (39, 39),
    ),
    **dict.fromkeys(
        phrase_list("pont de l'ascension, ascension bridge, ascension long weekend"), (39, 40)
    ),
    **dict.fromkeys(
        phrase_list(
            """pentecost, whitsun, whitsunday, whit sunday, pfingsten, pfingstsonntag,
            pentecôte, pentecote, pentecostés, pinksteren, pentecoste, pentecostes,
            zielone świątki, zielonych świątkach, zielonymi świątkami"""
        ),
        (49, 49),
    ),
    **dict.fromkeys(
        phrase_list(
            """whit monday, pfingstmontag, lundi de pentecôte, pinkstermaandag,
            tweede pinksterdag, lunes de pentecostés"""
        ),
        (50, 50),
    ),
    **dict.fromkeys(
        phrase_list(
            """whitsun weekend, pentecost weekend, pfingstwochenende, pfingstfeiertage,
            pfingstfeiertagen, pinksterweekend, week-end de la pentecôte"""
        ),
        (48, 50),
    ),
    **dict.fromkeys(
        phrase_list(
            """corpus christi, fronleichnam, fête-dieu, sacramentsdag, corpus domini,
            boże ciało, bożym ciele, bożego ciała"""
        ),
        (60, 60),
    ),
}
_AFTER_FEAST = frozenset(
    phrase_list(
        """after, right after, straight after, directly after, shortly after, soon after,
        following, nach, gleich nach, direkt nach, kurz nach, après, juste après, dès,
        después de, justo después de, tras, pasada, na, direct na, vlak na, meteen na, dopo,
        subito dopo, após, logo após, depois de, depois da, logo depois de, po, zaraz po, tuż po"""
    )
)
_BEFORE_FEAST = frozenset(
    phrase_list(
        """before, by, until, ahead of, vor, noch vor, bis, bis zu, avant, d'ici, antes de,
        para, hasta, voor, vóór, prima di, prima della, prima del, entro, antes da, antes do,
        até, przed, do"""
    )
)
_FEAST = re.compile(
    rf"\b(?P<prep>{alternation(_AFTER_FEAST | _BEFORE_FEAST)})\s+"
    r"(?:(?:the|dem|den|der|le|la|les|el|los|las|il|lo|het|de|da|do|o|a)\s+|l')*"
    rf"(?P<feast>{alternation(_FEASTS)})\b"
)


# Cheap triggers: a family's pattern runs only in a window around one of its trigger words, and
# one scan of a sentence finds the trigger words of all families.
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "span": tuple(_UNITS),
    "week": ("week", "woche", "semaine", "semana", "tydzień", "tygodnia", "tygodniu"),
    "month": ("month", "monat", "monats", "mois", "mes", "miesiąc", "miesiąca", "miesiącu"),
    "named_month": tuple(_MONTH_NAMES),
    "weekend": ("weekend", "wochenende", "week-end", "semana", "eow", "week", "end-of-week"),
    "month_edge": ("monatsende", "monatsanfang", "monatsmitte", "month-end", "month", "eom"),
    "week_number": ("kw", "kalenderwoche", "cw", "calendar week", "week"),
    "end_of_day": (*word_list("day eod cob business tages heute journée día"), "business day"),
    "date_range": tuple(_MONTH_NAMES),
    "before_span": tuple(word_list("before bevor ehe avant voordat prima zanim antes")),
    # The words that tie a span to the interview (not "of": "within 3 days of your call" has
    # a span's own preposition, which the span family reads).
    "interview_span": (
        *word_list("after following nach anschluss après suivant suit suivent compter después"),
        *word_list("tras luego siguientes na dopo dal dalla successivi após depois contar"),
        *word_list("seguintes po"),
    ),
    "feast": tuple(_FEASTS),
}
_TRIGGER = re.compile(
    rf"\b(?:{alternation(word for words in _TRIGGERS.values() for word in words)})\b"
)
_FAMILIES_OF: dict[str, tuple[str, ...]] = {}
for _family_name, _words in _TRIGGERS.items():
    for _word in _words:
        _FAMILIES_OF[_word] = (*_FAMILIES_OF.get(_word, ()), _family_name)


# ---------------------------------------------------------------------------------------------
# Resolving


@dataclass(frozen=True)
class _Frame:  # not slotted: cached_property needs a __dict__
    """What a resolver needs: the reference day, the calendar and the text's reading."""

    today: date
    calendar: WorkCalendar | None
    reading: Reading
    interview: datetime | None = None

    @cached_property
    def interview_day(self) -> date | None:
        """The interview's local date: the caller's, else the one stated in the text."""
        when = self.interview
        if when is None:
            found = interview_time(self.reading.text, self.reading.sent)
            when = found[0] if found else None
        if when is None:
            return None
        return local_date(when, self.calendar.tz if self.calendar else None)

    @property
    def last_workday(self) -> int:
        return max(self.calendar.workdays) if self.calendar and self.calendar.workdays else 4


_END_WORDS = re.compile(
    r"\b(?:end|close|late|later|ende|fin|final|finales|fines|second\s+half|eind|einde|fine|fim"
    r"|finais|końca|koniec|końcem)\b"
)
_START_WORDS = re.compile(
    r"\b(?:beginning|start|early|anfang|beginn|début|debut|principios|principio|inicios"
    r"|comienzos|begin|inizio|inizi|primi|início|inicio|começo|comeco|princípios|princípio"
    r"|początku|początek)\b"
)
_MID_WORDS = re.compile(
    r"\b(?:middle|mid|mitte|milieu|mi|mediados|first\s+half|half|halverwege|midden|medio|metà"
    r"|meados|połowie|połowy)\b"
)
_AFTER_NEXT_WORDS = re.compile(r"\bafter\s+next\b|übernächste")
_NEXT_WORDS = re.compile(
    r"\b(?:next|following|coming|nächste[nrs]?|naechste[nrs]?|kommende[nrs]?|folgende[nrs]?"
    r"|prochaine?|suivante?|à\s+venir|qui\s+vient|próxim[oa]|proxim[oa]|siguiente|que\s+viene"
    r"|entrante|przyszł\w*|następn\w*)\b"
)
_THIS_WORDS = re.compile(
    r"\b(?:this|current|diese[nrs]?|laufende[nrs]?|cette|ce|esta|este|en\s+cours|actual|tym"
    r"|tego|bieżąc\w*)\b"
)
_WITHIN_WORDS = re.compile(
    r"(?:within|during|in|over|innerhalb|im\s+laufe|dans|au\s+cours|en|durante|dentro"
    r"|a\s+lo\s+largo)\b"
)
_ARTICLE = re.compile(r"\b(?:the|der|la|le|el)\b|\bl'")


def _anchor(words: str) -> str | None:
    if _END_WORDS.search(words):
        return "end"
    if _START_WORDS.search(words):
        return "start"
    if _MID_WORDS.search(words):
        return "mid"
    return None


def _which(words: str) -> int | None:
    if _AFTER_NEXT_WORDS.search(words):
        return 2
    if _NEXT_WORDS.search(words):
        return 1
    if _THIS_WORDS.search(words):
        return 0
    return None


def _relative_shape(match: re.Match[str]) -> tuple[str | None, int] | None:
    """(anchor, how many weeks/months ahead) of a week/month phrase, or None if it names none."""
    anchor = _anchor(match["anchor"] or "")
    which = _which(" ".join(filter(None, (match["which"], match["after"]))))
    if which is None:
        # "within the week", "dans la semaine": this one; "a week", "the month": nothing
        within = _WITHIN_WORDS.match(match["prep"] or "") and _ARTICLE.search(match.group())
        if anchor is None and not within:
            return None
        which = 0
    return anchor, which


def _resolve_week(match: re.Match[str], frame: _Frame) -> date | None:
    shape = _relative_shape(match)
    if shape is None:
        return None
    anchor, ahead = shape
    last = frame.last_workday
    monday = week_monday(frame.today, last)
    on_weekend = frame.today.weekday() > last
    # On a weekend the coming week is both "this week" and "next week".
    monday += timedelta(days=7 * (max(ahead - 1, 0) if on_weekend else ahead))
    offset = {"start": 1, "mid": 2}.get(anchor or "", last)
    return monday + timedelta(days=offset)


def _month_anchor_day(year: int, month: int, anchor: str | None) -> date:
    if anchor == "start":
        return date(year, month, 10)
    if anchor == "mid":
        return date(year, month, 15)
    return last_day_of_month(year, month)


# What follows a Spanish "mes": the end of the phrase, or "que viene", "próximo", ...
_SPANISH_MES = re.compile(
    r"\s*(?:[.,;:!?)]|$|que\s+viene|pr[oó]ximo|entrante|siguiente|actual|en\s+curso)"
)


def _resolve_month(match: re.Match[str], frame: _Frame) -> date | None:
    # Spanish "mes" is French "my" (plural): "à la fin de mes entretiens" is no month.
    spanish = match["unit"] != "mes" or _SPANISH_MES.match(match.string, match.end())
    if not (spanish or frame.reading.language == "es"):
        return None
    shape = _relative_shape(match)
    if shape is None:
        return None
    anchor, ahead = shape
    first = add_months(frame.today.replace(day=1), ahead)
    return _month_anchor_day(first.year, first.month, anchor)


_IN_MONTH = frozenset(word_list("in im en courant during durante em w"))


def _resolve_named_month(match: re.Match[str], frame: _Frame) -> date | None:
    name = match["mon"]
    if name == "may" and frame.reading.text[match.start("mon")] != "M":
        return None
    anchor = _anchor(match["anchor"] or "")
    prep = (match["prep"] or "").strip()
    if anchor is None and (prep not in _IN_MONTH or name == "marca"):
        return None
    month = _MONTH_NAMES[name]
    if match["year"]:
        return _month_anchor_day(int(match["year"]), month, anchor)
    today = frame.today
    for year in (today.year, today.year + 1):
        day = _month_anchor_day(year, month, anchor)
        if day >= today - PAST_GRACE:
            return day
    return None


def _count(words: str) -> tuple[int, bool] | None:
    """The upper end of a count ("5-7" → 7, "one or two" → 2) and whether it was vague."""
    spaced = " ".join(words.split())
    if spaced in VAGUE_COUNTS:
        return VAGUE_COUNTS[spaced], True
    values = []
    for piece in re.split(_RANGE_JOIN, spaced):
        if piece.isdigit():
            values.append(int(piece))
        elif piece in NUMBER_WORDS:
            values.append(NUMBER_WORDS[piece])
    return (max(values), False) if values else None


_LIMITS = {"business": 300, "day": 400, "week": 60, "month": 24, "hour": 2000}
_DAYS_PER = {"fortnight": 14, "quinzaine": 14, "huitaine": 7}
_IDIOM_DAYS = frozenset({"jours", "días", "dias", "giorni"})


def _resolve_span(match: re.Match[str], frame: _Frame) -> date | None:
    kind, plural = _UNITS[" ".join(match["unit"].split())]
    prep = " ".join(match["prep"].split())
    counted = _count(match["count"]) if match["count"] else None
    if counted is None:
        if match["count"]:
            return None
        if kind in _DAYS_PER or (prep == "w ciągu" and not plural):
            # Polish has no article: "w ciągu tygodnia" is within a week
            counted = (1, False)
        elif not (match["next"] or match["next2"] or match["after"]):
            return None
        elif plural:
            counted = (3, True)
        elif _WITHIN_ONE.match(prep) or (prep == "in" and match["article"] == "the"):
            counted = (1, False)
        else:
            # "im Laufe der nächsten Woche", "dans la semaine prochaine": sometime next week,
            # which the week family reads; "within the next week" is seven days.
            return None
    number, vague = counted
    number = _idiom(number, vague, kind, match["unit"])
    if match["count2"] and match["count2"] != "so":
        second = _count(match["count2"])
        if second:
            number = max(number, second[0])
    return _span_end(frame.today, kind, number, vague, frame.calendar)


def _idiom(number: int, vague: bool, kind: str, unit: str) -> int:
    if kind == "day" and not vague and number in (8, 15) and unit in _IDIOM_DAYS:
        return number - 1  # French "sous 15 jours", Spanish "en quince días": two weeks
    return number


def _span_end(
    today: date, kind: str, number: int, vague: bool, calendar: WorkCalendar | None
) -> date | None:
    """`today` plus `number` units of `kind` (vague day counts are business days)."""
    if number <= 0 or number > _LIMITS.get(kind, 60):
        return None
    if kind == "business" or (kind == "day" and vague):
        return add_business_days(today, number, calendar)
    if kind == "day":
        return today + timedelta(days=number)
    if kind == "week":
        return today + timedelta(weeks=number)
    if kind == "month":
        return add_months(today, number)
    if kind == "hour":
        return today + timedelta(days=math.ceil(number / 24))
    return today + timedelta(days=number * _DAYS_PER[kind])


def _resolve_week_number(match: re.Match[str], frame: _Frame) -> date | None:
    number = int(match["number"])
    today = frame.today
    years = [int(match["year"])] if match["year"] else [today.year, today.year + 1]
    for year in years:
        try:
            friday = date.fromisocalendar(year, number, frame.last_workday + 1)
        except ValueError:  # no such week that year
            continue
        if friday >= today - PAST_GRACE:
            return friday
    return None


def _resolve_weekend(match: re.Match[str], frame: _Frame) -> date | None:
    if match.group().endswith("semana") and "fin" not in match.group():
        return None
    return week_monday(frame.today, frame.last_workday) + timedelta(days=frame.last_workday)


def _resolve_month_edge(match: re.Match[str], frame: _Frame) -> date | None:
    word = match["word"]
    anchor = "start" if "anfang" in word else "mid" if "mitte" in word else "end"
    return _month_anchor_day(frame.today.year, frame.today.month, anchor)


def _resolve_end_of_day(match: re.Match[str], frame: _Frame) -> date | None:
    return frame.today


def _counted_span(count: str | None, unit: str, today: date, frame: _Frame) -> date | None:
    """`count` `unit` ("two weeks", "7-10 days") from `today`; no count is one of a
    singular unit (Polish "zanim minie tydzień")."""
    kind, plural = _UNITS[" ".join(unit.split())]
    counted = _count(count) if count else (None if plural else (1, False))
    if counted is None:
        return None
    number, vague = counted
    return _span_end(today, kind, _idiom(number, vague, kind, unit), vague, frame.calendar)


def _resolve_before_span(match: re.Match[str], frame: _Frame) -> date | None:
    if _VERB_FOLLOWS.match(match["prep"]) and not match["verb"]:
        return None
    return _counted_span(match["count"], match["unit"], frame.today, frame)


def _resolve_interview_span(match: re.Match[str], frame: _Frame) -> date | None:
    # With a span's own preposition ("within", "dans les") the span family reads it.
    low = match.string
    start = max(0, match.start() - 40)
    count_at = match.start("count")
    spans = _SPAN.finditer(low, start, match.end())
    if any(span.start() < count_at < span.end() for span in spans):
        return None
    interview_day = frame.interview_day
    if interview_day is None:
        return None
    return _counted_span(match["count"], match["unit"], interview_day, frame)


def _resolve_date_range(match: re.Match[str], frame: _Frame) -> date | None:
    text = frame.reading.text
    if match["d4"]:
        name_at = match.start("m4") if match["m4"] else match.start("m3")
        first, last = int(match["d3"]), int(match["d4"])
        same_month = not match["m4"]
    else:
        if not (match["prep"] or match["join"].strip() in "-–—"):
            return None  # "on 8 and 12 June" are two days, not a range
        name_at = match.start("m2")
        first, last = int(match["d1"]), int(match["d2"])
        same_month = not match["m1"]
    name = _MONTH_NAME_AT.match(match.string, name_at)
    if name is None or (name.group() == "may" and text[name_at] != "M"):
        return None
    if same_month and first >= last:
        return None
    year = int(match["year"]) if match["year"] else None
    return month_day(frame.today, _MONTH_NAMES[name.group()], last, year)


_MONTH_NAME_AT = re.compile(_RANGE_MONTH)


def easter(year: int) -> date:
    """Easter Sunday (Gregorian) of `year`: the Anonymous Gregorian algorithm."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _resolve_feast(match: re.Match[str], frame: _Frame) -> date | None:
    first, last = _FEASTS[" ".join(match["feast"].split())]
    after = " ".join(match["prep"].split()) in _AFTER_FEAST
    today = frame.today
    for year in (today.year, today.year + 1):
        sunday = easter(year)
        if after:
            # The Friday (last workday) of the week that starts on the feast's Monday: the first
            # Monday on or after its last day (Easter Monday, Whit Monday, the Monday after
            # Ascension Day).
            end = sunday + timedelta(days=last)
            monday = end + timedelta(days=-end.weekday() % 7)
            day = monday + timedelta(days=frame.last_workday)
        else:
            day = sunday + timedelta(days=first - 1)
        if day >= today:
            return day
    return None


Resolver = Callable[[re.Match[str], _Frame], "date | None"]


@dataclass(frozen=True)
class _Family:
    """A phrase shape, how far around its trigger words to look for it, and its resolver."""

    pattern: re.Pattern[str]
    before: int
    after: int
    resolve: Resolver
    firm: bool = False  # always a firm deadline ("before two weeks are up")


_FAMILIES: dict[str, _Family] = {
    "span": _Family(_SPAN, 90, 40, _resolve_span),
    "week": _Family(_WEEK, 70, 30, _resolve_week),
    "month": _Family(_MONTH, 70, 30, _resolve_month),
    "named_month": _Family(_NAMED_MONTH, 60, 12, _resolve_named_month),
    "weekend": _Family(_WEEKEND, 30, 12, _resolve_weekend),
    "month_edge": _Family(_MONTH_EDGE, 30, 20, _resolve_month_edge),
    "week_number": _Family(_WEEK_NUMBER, 40, 16, _resolve_week_number),
    "end_of_day": _Family(_END_OF_DAY, 40, 40, _resolve_end_of_day),
    "date_range": _Family(_DATE_RANGE, 60, 24, _resolve_date_range),
    "before_span": _Family(_BEFORE_SPAN, 0, 90, _resolve_before_span, firm=True),
    "interview_span": _Family(_INTERVIEW_SPAN, 60, 50, _resolve_interview_span, firm=True),
    "feast": _Family(_FEAST, 40, 0, _resolve_feast),
}


@dataclass(frozen=True)
class _Phrase:
    start: int
    end: int
    day: date
    strong: bool  # a firm deadline ("by", "within", "bis", "d'ici"), not just a mention


def _phrases(left: int, right: int, frame: _Frame) -> list[_Phrase]:
    """Every timeline phrase in the sentence low[left:right], resolved; longest wins overlaps."""
    low = frame.reading.low
    found: list[_Phrase] = []
    for name, (start, end) in _trigger_windows(low, left, right):
        family = _FAMILIES[name]
        for match in family.pattern.finditer(low, start, end):
            try:
                day = family.resolve(match, frame)
            except (ValueError, OverflowError):
                day = None
            if day is not None and family.pattern is _SPAN and _counted_from_interview(match):
                day = _from_interview(family, match, frame)
            if day is not None:
                found.append(_family_phrase(family, match, day))
    for mention in find_dates(frame.reading, left, right):
        found.append(_mention_phrase(low, mention))
    return longest_first(found)


def _from_interview(family: _Family, match: re.Match[str], frame: _Frame) -> date | None:
    """A span resolved from the interview's day ("within a week after the interview")."""
    interview_day = frame.interview_day
    if interview_day is None:
        return None
    try:
        return family.resolve(match, replace(frame, today=interview_day))
    except (ValueError, OverflowError):
        return None


def _counted_from_interview(match: re.Match[str]) -> bool:
    """Whether a span is counted from the interview: "a week after the interview"."""
    low = match.string
    if _FROM_INTERVIEW_AFTER.match(low, match.end()):
        return True
    before = low[max(0, match.start() - 60) : match.start()]
    return any(
        not re.search(r"[.!?;]", before[anchor.end() :])
        for anchor in _FROM_INTERVIEW_BEFORE.finditer(before)
    )


def _trigger_windows(low: str, left: int, right: int) -> list[tuple[str, tuple[int, int]]]:
    """(family, window) pairs: where in the sentence each family's pattern may match."""
    windows: dict[str, list[tuple[int, int]]] = {}
    for trigger in _TRIGGER.finditer(low, left, right):
        for name in _FAMILIES_OF.get(" ".join(trigger.group().split()), ()):
            family = _FAMILIES[name]
            start = max(left, trigger.start() - family.before)
            end = min(right, trigger.end() + family.after)
            spans = windows.setdefault(name, [])
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return [(name, span) for name, spans in windows.items() for span in spans]


def _family_phrase(family: _Family, match: re.Match[str], day: date) -> _Phrase:
    low = match.string
    prep = " ".join((match["prep"] or "").split()) if "prep" in family.pattern.groupindex else ""
    if family.pattern is _SPAN:
        strong = bool(_STRONG_SPAN_PREP.match(prep))
    else:
        strong = bool(_DEADLINE_PREP.match(prep))
    strong = family.firm or strong or bool(_DEADLINE_AFTER.match(low, match.end()))
    return _Phrase(match.start(), match.end(), day, strong)


def _mention_phrase(low: str, mention: DateMention) -> _Phrase:
    deadline = _DEADLINE_BEFORE.search(low, max(0, mention.start - 40), mention.start)
    start = deadline.start() if deadline else mention.start
    if deadline is None:  # the text keeps its "on"/"am"/"le": "on Friday", not "Friday"
        plain_prep = _ON_BEFORE.search(low, max(0, mention.start - 6), mention.start)
        start = plain_prep.start() if plain_prep else start
    strong = deadline is not None or bool(_DEADLINE_AFTER.match(low, mention.end))
    return _Phrase(start, mention.end, mention.day, strong)


# ---------------------------------------------------------------------------------------------
# Public API


def decision_timeline(
    text: str,
    sent: datetime,
    calendar: WorkCalendar | None = None,
    *,
    interview: datetime | None = None,
) -> Timeline | None:
    """The company's stated decision timeline in `text` (new text only), resolved; else None.

    `sent` is the message's aware Date. Dates are local to `calendar.zone` when a calendar is
    given, else to `sent`'s own offset; business days use the calendar's workdays and holidays.
    `interview` (aware, optional) is the interview's start when the caller knows it: a timeline
    counted from the interview ("within a week after the interview", "nach dem Gespräch")
    starts there. Without it the interview time stated in `text` is used, and without that such
    a timeline is not resolved (None), rather than counted from the wrong day.
    """
    try:
        return _decision_timeline(text, sent, calendar, interview)
    except OverflowError:  # a date past year 9999 or before year 1: no timeline there
        return None


def _decision_timeline(
    text: str, sent: datetime, calendar: WorkCalendar | None, interview: datetime | None
) -> Timeline | None:
    today = local_date(sent, calendar.tz if calendar else None)
    reading = Reading(text, sent, today)
    low = reading.low
    cues = [
        (m.start(), m.end(), _cue_class(m.group()))
        for m in _CUE.finditer(low)
        if not (m.group() == "retour" and low.endswith("de ", 0, m.start()))  # "back": OOO
    ]
    if not cues:
        return None
    frame = _Frame(today, calendar, reading, interview)
    best: tuple[tuple[int, int, date], Timeline] | None = None
    done_until = -1
    for cue_start, cue_end, _ in cues:
        if cue_start < done_until:
            continue  # this cue's sentence was read already
        left, right = _sentence(low, cue_start, cue_end)
        done_until = right
        sentence_cues = [cue for cue in cues if left <= cue[0] < right]
        for phrase in _phrases(left, right, frame):
            rank = _rank(low, left, right, phrase, sentence_cues)
            if rank is None:
                continue
            key = (*rank, phrase.day)
            if best is None or key > best[0]:
                words = " ".join(reading.text[phrase.start : phrase.end].split())
                best = (key, Timeline(words, phrase.day))
    return best[1] if best else None


def _rank(
    low: str,
    left: int,
    right: int,
    phrase: _Phrase,
    cues: list[tuple[int, int, int]],
) -> tuple[int, int] | None:
    """(cue class, closeness) for a phrase that counts, None for one that does not.

    Closeness is 1 for a phrase in the cue's clause or a firm deadline next to it, 0 for a plain
    phrase next to it ("we'll get back to you, probably next week").
    """
    begin, end = _clause(low, left, right, phrase.start, phrase.end)
    if _REQUEST.search(low, begin, end):
        return None
    sentence = low[left:right]
    if sentence.rstrip().endswith("?") or "¿" in sentence:
        return None  # a question, not a statement: "when can I expect to hear back?"
    if _QUOTE.search(low, left, phrase.start) and _QUOTE.search(low, phrase.end, right):
        return None  # reported speech: 'if they say "we'll get back to you within a week"'
    if _REPORTED.search(sentence):
        return None  # the candidate repeating it: "you mentioned you hope to decide in a week"
    if _SCHEDULING.search(sentence) and all(cue[2] != _DECISION for cue in cues):
        return None  # "we'll reach out in the next day or two with available times"
    in_clause = [
        cue for cue in cues if begin <= cue[0] < end and not phrase.start <= cue[0] < phrase.end
    ]
    if not phrase.strong:
        # "your interview is on Friday", "the call next week": the date belongs to the event.
        for event in _EVENT.finditer(low, max(begin, phrase.start - 40), phrase.start):
            if not any(event.end() <= cue[0] < phrase.start for cue in in_clause):
                return None
        if _THANKS.search(low, begin, end):
            return None
    if in_clause:
        return max(cue[2] for cue in in_clause), 1
    nearest = min(cues, key=lambda cue: _distance(cue, phrase))
    distance = _distance(nearest, phrase)
    if phrase.strong and distance <= 100:
        # A firm deadline next to the cue is about it, as much as one in the cue's own clause.
        return nearest[2], 1
    # "We'll get back to you, probably next week": a plain phrase right after the cue.
    if not phrase.strong and nearest[1] <= phrase.start and distance <= 40:
        if _EVENT.search(low, begin, end):
            return None
        return nearest[2], 0
    return None


def _distance(cue: tuple[int, int, int], phrase: _Phrase) -> int:
    if cue[1] <= phrase.start:
        return phrase.start - cue[1]
    return max(0, cue[0] - phrase.end)


# ---------------------------------------------------------------------------------------------
# Out-of-office return dates

_RANGE_BEFORE = re.compile(
    r"\b(?:from|vom|von|du|del|desde|between|zwischen|entre)\s+\S.{0,30}?\s*"
    r"(?:to|until|till|through|thru|-|–|bis(?:\s+(?:einschließlich|einschl\.?|inkl\.?|inklusive"
    r"|zum|zur))*|au|al|jusqu'(?:au|à)|hasta(?:\s+el)?|and|und|et|y)\s+"
    r"(?:(?:the|le|el|dem|den)\s+)?$",
    re.DOTALL,
)
_INCLUSIVE_BEFORE = re.compile(
    r"\b(?:through|thru|up\s+to\s+and\s+including|until\s+and\s+including"
    r"|bis\s+(?:einschließlich|einschl\.?|inkl\.?|inklusive)(?:\s+(?:zum|zur|dem|den))?)\s+"
    r"(?:(?:the|dem|den)\s+)?$"
)
_INCLUSIVE_AFTER = re.compile(
    r"\s*\(?\s*(?:inclusive|inclus(?:e|ive)?|einschließlich|inklusive|incluido|incluida)\b"
)
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|til|up\s+to|bis(?:\s+(?:zum|zur|am|einschließlich|inkl\.?))?|jusqu'(?:au|à)"
    r"(?:\s+(?:le|la))?|hasta(?:\s+el)?|au)\s+(?:(?:the|le|el|dem|den)\s+)?$"
)
_BACK_BEFORE = re.compile(
    r"\b(?:back|return\w*|be\s+in|in\s+the\s+office|wieder\w*|zurück|ab(?:\s+dem)?"
    r"|de\s+retour|retour|à\s+partir\s+du|à\s+partir\s+de|dès(?:\s+le)?|de\s+vuelta"
    r"|regres\w*|vuelvo|volver\w*|reincorpor\w*|a\s+partir\s+del?|desde\s+el)"
    r"\b(?:\s+[^\W\d_]+){0,4}?\s*(?:on|am|le|el|the|by)?\s*$"
)
_BACK_AFTER = re.compile(r"\s*(?:bin\s+ich\s+|sind\s+wir\s+)?wieder\b")
_NEXT_WEEK = re.compile(
    r"\b(?:next\s+week|nächste\s+woche|naechste\s+woche|kommende\s+woche|la\s+semaine\s+prochaine"
    r"|la\s+semana\s+que\s+viene|la\s+próxima\s+semana|la\s+proxima\s+semana)\b"
)


def return_date(text: str, sent: datetime) -> date | None:
    """The day an out-of-office sender is back, from their auto reply; None when not stated.

    "until X" and "back on X" → X; "through X", "bis einschließlich X", "X inclusive" and the end
    of a range ("from 1 to 12 March", "vom 1. bis 12. März", "du 1er au 12 mars", "del 1 al 12 de
    marzo") → the next business day (Monday to Friday) after X. "Back next week" → its Monday.
    The first date with such words wins; without any, a single upcoming date does. Dates are
    local to `sent`'s offset.
    """
    try:
        return _return_date(text, sent)
    except OverflowError:  # a date past year 9999 or before year 1
        return None


_OOO_HEAD = 600  # characters read first: auto replies give the return date near the top


def _return_date(text: str, sent: datetime) -> date | None:
    today = sent.date()
    reading = Reading(text, sent, today)
    low = reading.low
    # The return date is nearly always in the first lines: read those first, then the rest.
    head = low.find(" ", _OOO_HEAD)
    ends = (head, len(low)) if head != -1 else (len(low),)
    mentions: list[DateMention] = []
    for end in ends:
        mentions = _return_mentions(reading, end)
        for mention in mentions:
            back = _back_on(low, mention)
            if back is not None:
                return back
    upcoming = {m.day for m in mentions if m.day >= today and m.kind != "dom"}
    return upcoming.pop() if len(upcoming) == 1 else None


def _return_mentions(reading: Reading, end: int) -> list[DateMention]:
    """Dates in low[:end], with "next week" standing for its Monday."""
    low, today = reading.low, reading.today
    mentions = find_dates(reading, 0, end)
    for match in _NEXT_WEEK.finditer(low, 0, end):
        if clear_of(match.start(), match.end(), mentions):
            monday = weekday_of_next_week(today, 0)
            mentions.append(DateMention(match.start(), match.end(), monday, "week"))
    return sorted(mentions, key=lambda m: m.start)


def _back_on(low: str, mention: DateMention) -> date | None:
    """The return day a date stands for, from the words around it; None if they say nothing."""
    before = max(0, mention.start - 60)
    if _INCLUSIVE_BEFORE.search(low, before, mention.start) or _INCLUSIVE_AFTER.match(
        low, mention.end
    ):
        return _day_after(mention.day)
    if _RANGE_BEFORE.search(low, before, mention.start):
        return _day_after(mention.day)
    if _UNTIL_BEFORE.search(low, before, mention.start):
        return mention.day
    if _BACK_BEFORE.search(low, before, mention.start) or _BACK_AFTER.match(low, mention.end):
        return mention.day
    return None


def _day_after(day: date) -> date | None:
    try:
        return add_business_days(day, 1)
    except OverflowError:
        return None
