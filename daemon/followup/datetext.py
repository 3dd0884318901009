"""Interview times stated in prose, for mail that carries no calendar invite.

Also home of the shared date vocabulary (English, German, French, Spanish) and the date finder
that timeline.py builds on.

Conventions (each one is tested):

- Only times near an interview cue (interview, call, meeting, chat, Gespräch, Termin, entretien,
  entrevista, ...) count, and only when a date is stated next to them ("Tuesday, March 3 at
  2 PM", "14:00 Uhr am 3. März", "tomorrow at 10am", "on Tuesday at 2pm"). A time without a date
  or a date without a time gives None: we would rather not know than guess.
- Several different times (options, "2pm or 4pm") give None. A reschedule ("moved from X to Y",
  "Y instead of X") gives the new time: a time after "from/instead of/statt/au lieu de/en lugar
  de" is the old one.
- Deadlines ("please confirm by March 1 at 5pm"), office hours and forwarded-message headers
  ("Sent: ...", "On ... wrote:") are not interview times.
- Zone: the one stated next to the time (IANA name, "CET", "ET", "PT", "GMT+1", "UTC-5",
  "+01:00", "Berlin time", "Pacific", "Eastern Time", "(heure de Paris)", "hora CDMX",
  "Hora central europea - Madrid", "(UTC+01:00) Amsterdam, Berlin"); named zones are resolved
  with zoneinfo for the actual date, so "2pm CET" in July is 14:00+02:00 and "2pm EST" in July
  is 14:00-04:00, and "CEST" or "EDT" written for a winter date is the winter offset. The reason:
  people write "CET", "EST", "PST" all year (the name they know for their zone, not the one in
  force that day), and someone in Berlin who writes "11:00 CET" in May means 11:00 on their
  clock, CEST (+02:00). The writer is always taken to mean the region's wall clock. UTC is
  fixed; so is GMT, except from a sender in the UK zone (the Date offset is London's at that
  moment, e.g. +0100 in summer): there "GMT" is UK time like "BST", +01:00 in summer. Elsewhere
  "GMT" is the world's name for UTC ("14:00 GMT" from Berlin in July is 14:00+00:00). CST and IST
  are ambiguous and read from the sender's offset (China/US Central; India/Ireland/Israel).
- No zone stated: `default_zone` if given, else the sender's Date offset, except that a +0000
  Date (usually a server's clock) on a German, French or Spanish text means Berlin, Paris or
  Madrid time.
- A quoted or forwarded message below the new text ("-----Original Message-----", "From: ...
  Sent: ...", "On ... wrote:") is not read: its times are an older message's.
- Year-less dates: the next such date on or after the message date, except a date up to 30 days
  before it, which stays in the past ("thanks for the call on March 3" sent March 5).
- Numeric dates: one part above 12 decides; "2026-03-05" is ISO; dotted "05.03." is always D.M;
  otherwise slashes are M/D only in an English text with a US context (a US zone in the text,
  or a sender offset west of UTC-3:30), else D/M.
- Weekday with a date: the date wins. A weekday alone is the next one strictly after the message
  date; "this Tuesday" may be today; "next Tuesday" is the Tuesday of next calendar week (on a
  weekend, "next week" is the coming week).
- A bare hour without am/pm from 1 to 7 ("at 2", "at 3:30") is read as afternoon: interviews at
  3 a.m. are rarer than people who leave out "pm".
- End: the stated range ("2–3pm", "14:00-14:45", "von 14 bis 15 Uhr"), else a stated length
  ("45-minute call", "(30 min)", "one hour"), else None.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import cached_property
from typing import Protocol, TypeVar

from followup.timing import zone_info

# ---------------------------------------------------------------------------------------------
# Vocabulary shared with timeline.py


def word_list(text: str) -> list[str]:
    """The whitespace-separated words of `text` (long vocabularies read better as prose)."""
    return text.split()


def phrase_list(text: str) -> list[str]:
    """The comma-separated phrases of `text`, spaces normalised."""
    return [" ".join(phrase.split()) for phrase in text.split(",") if phrase.strip()]


def _table(groups: Iterable[str], first: int) -> dict[str, int]:
    return {name: number for number, names in enumerate(groups, first) for name in names.split()}


# "ago" (agosto) and "set" (setiembre) are left out: they are common English words, and Polish
# "marca" (of March) is Spanish and Portuguese for a brand (timeline.py reads it before a month
# part only: "do końca marca"). Polish months are there in the genitive ("do 15 maja") and the
# locative ("w maju") as well as the nominative.
MONTHS: dict[str, int] = _table(
    (
        "january jan janv januar jänner jaenner janvier enero ene januari gennaio janeiro "
        "stycznia styczeń styczniu",
        "february feb febr februar février fevrier févr fevr febrero februari febbraio fevereiro "
        "lutego luty lutym",
        "march mar märz maerz mrz mars marzo maart março marco marcu",
        "april apr avril avr abril abr aprile kwietnia kwiecień kwietniu",
        "may mai mayo mei maggio maio maja maju",
        "june jun juni juin junio giugno junho czerwca czerwiec czerwcu",
        "july jul juli juillet juil julio luglio julho lipca lipiec lipcu",
        "august aug august août aout agosto augustus sierpnia sierpień sierpniu",
        "september sep sept septembre septiembre setiembre settembre setembro września wrzesień "
        "wrześniu",
        "october oct okt oktober octobre octubre ottobre outubro października październik "
        "październiku",
        "november nov novembre noviembre novembro listopada listopad listopadzie",
        "december dec dez dezember décembre decembre déc diciembre dic dicembre dezembro grudnia "
        "grudzień grudniu",
    ),
    1,
)

MONTH_ABBREVIATIONS = frozenset(
    word_list(
        "jan janv feb febr févr fevr mar mrz apr avr abr jun jul juil aug sep sept oct okt nov dec "
        "dez déc dic ene"
    )
)

# Full names only: abbreviations ("we", "sat", "sun", "mar") are ordinary words too often.
WEEKDAYS: dict[str, int] = _table(
    (
        "monday montag lundi lunes maandag lunedì lunedi segunda-feira poniedziałek poniedziałku",
        "tuesday dienstag mardi martes dinsdag martedì martedi terça-feira terca-feira wtorek "
        "wtorku",
        "wednesday mittwoch mercredi miércoles miercoles woensdag mercoledì mercoledi quarta-feira "
        "środa środy środę",
        "thursday donnerstag jeudi jueves donderdag giovedì giovedi quinta-feira czwartek czwartku",
        "friday freitag vendredi viernes vrijdag venerdì venerdi sexta-feira piątek piątku",
        "saturday samstag sonnabend samedi sábado sabado zaterdag sobota soboty sobotę",
        "sunday sonntag dimanche domingo zondag domenica niedziela niedzieli niedzielę",
    ),
    0,
)
# Abbreviations are only skipped in front of a date ("Tue, Mar 3"), never read on their own.
_WEEKDAY_ABBREVIATIONS = word_list(
    "mon tue tues wed thu thur thurs fri sat sun mo di mi do fr sa so "
    "lun mar mer jeu ven sam dim mié mie jue vie sáb dom"
)

NUMBER_WORDS: dict[str, int] = {
    **_table(word_list("one two three four five six seven eight nine ten eleven twelve"), 1),
    "a": 1, "an": 1, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    **_table(word_list("eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf"), 1),
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "fuenf": 5, "zwoelf": 12,
    "vierzehn": 14, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30,
    **_table(word_list("un deux trois quatre cinq six sept huit neuf dix onze douze"), 1),
    "une": 1, "quinze": 15, "vingt": 20, "trente": 30,
    **_table(word_list("uno dos tres cuatro cinco seis siete ocho nueve diez once doce"), 1),
    "una": 1, "catorce": 14, "quince": 15, "veinte": 20, "treinta": 30,
    # Dutch, Italian, Portuguese ("een" is also Dutch "a"; "acht" is also German)
    **_table(word_list("één twee drie vier vijf zes zeven acht negen tien elf twaalf"), 1),
    "een": 1, "veertien": 14, "vijftien": 15, "twintig": 20, "dertig": 30,
    **_table(word_list("uno due tre quattro cinque sei sette otto nove dieci undici dodici"), 1),
    "un": 1, "quattordici": 14, "quindici": 15, "venti": 20, "trenta": 30,
    **_table(word_list("um dois três quatro cinco seis sete oito nove dez onze doze"), 1),
    "uma": 1, "duas": 2, "tres": 3, "catorze": 14, "vinte": 20, "trinta": 30,
    "jeden": 1, "jednego": 1, "dwa": 2, "dwóch": 2, "dwie": 2, "trzy": 3, "trzech": 3,
    "cztery": 4, "czterech": 4, "pięć": 5, "pięciu": 5, "dziesięć": 10, "dziesięciu": 10,
}  # fmt: skip

# Vague counts: "a few days" is read as 3, "a couple" as 2, "several" as 5 (see timeline.py).
VAGUE_COUNTS: dict[str, int] = {
    "a few": 3, "few": 3, "a couple of": 2, "a couple": 2, "couple of": 2, "several": 5,
    "ein paar": 3, "paar": 3, "wenigen": 3, "wenige": 3, "einigen": 5, "mehreren": 5,
    "quelques": 3, "plusieurs": 5,
    "unos": 3, "unas": 3, "algunos": 3, "algunas": 3, "pocos": 3, "pocas": 3, "varios": 5,
    "varias": 5, "een paar": 3, "enkele": 3, "aantal": 5, "qualche": 3, "alcuni": 3,
    "alcune": 3, "pochi": 3, "pochissimi": 3, "alguns": 3, "algumas": 3, "poucos": 3,
    "poucas": 3, "vários": 5, "várias": 5,
}  # fmt: skip


Trie = dict[str, "Trie"]


def alternation(words: Iterable[str]) -> str:
    """A regex for any of `words`, as a trie: a space matches any whitespace, '*' any word ending.

    Python's re tries the branches of an alternation one by one at every position; a trie makes
    that one branch per letter, several times faster on the long word lists used here.
    """
    trie: Trie = {}
    for word in set(words):
        node = trie
        for atom in _atoms(word):
            node = node.setdefault(atom, {})
        node[""] = {}
    return _emit(trie)


def _atoms(word: str) -> list[str]:
    atoms: list[str] = []
    for char in word:
        if char.isspace():
            if atoms[-1:] != [r"\s+"]:
                atoms.append(r"\s+")
        elif char == "*":
            atoms.append(r"\w*")
        else:
            atoms.append(re.escape(char))
    return atoms


def _emit(node: Trie) -> str:
    branches = [atom + _emit(child) for atom, child in sorted(node.items()) if atom]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


# Typographic apostrophes, non-breaking spaces and minus signs become their plain forms. Every
# replacement is one character for one, so match offsets stay valid for the original text.
_PLAIN = (("\u2019", "'"), ("\u2018", "'"), ("\xa0", " "), ("\u202f", " "), ("\u2212", "-"))


def plain(text: str) -> str:
    # str.replace, not str.translate: translate with a table is ~50x slower on a 2 KB text.
    for fancy, simple in _PLAIN:
        if fancy in text:
            text = text.replace(fancy, simple)
    return text


def lowered(text: str) -> str:
    """`text` in lower case, one character for one (patterns run on it without IGNORECASE,
    which makes Python's re about four times faster)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(char.lower()[:1] for char in text)  # "İ" lowers to two characters


# ---------------------------------------------------------------------------------------------
# Language and reading context


_STOPWORDS: dict[str, str] = {
    **dict.fromkeys(
        word_list("the and you we to for of is are will your our with this that be have would"),
        "en",
    ),
    **dict.fromkeys(
        word_list(
            "der die das und ist wir sie ihnen ihre nicht mit für ich bin uns sind eine bei zu"
        ),
        "de",
    ),
    **dict.fromkeys(
        word_list(
            "le les et est nous vous pour des du avec je suis une dans votre notre sur pas "
            "bonjour merci cordialement sommes"
        ),
        "fr",
    ),
    **dict.fromkeys(
        word_list("el los las y es que para con estoy usted su nuestro por una del está gracias"),
        "es",
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
_US_ZONE = re.compile(
    r"(?<![A-Za-z])(?:E[SD]?T|P[SD]?T|C[SD]T|M[SD]T|AK[SD]T|HST)(?![A-Za-z])"
    r"|\b(?:Eastern|Pacific|Central|Mountain)\b"
    r"|\bAmerica/"
)


def guess_language(text: str) -> str:
    """'en', 'de', 'fr' or 'es' by counting function words in lower-case `text`; default 'en'."""
    counts = {"en": 0, "de": 0, "fr": 0, "es": 0}
    for word in _WORD.findall(text):
        language = _STOPWORDS.get(word)
        if language:
            counts[language] += 1
    best = max(counts, key=lambda key: counts[key])
    return best if counts[best] else "en"


class Reading:
    """What a text's dates are relative to; the language is worked out only when needed."""

    def __init__(self, text: str, sent: datetime, today: date) -> None:
        self.text = plain(text)
        self.low = lowered(self.text)
        self.sent = sent
        self.today = today

    @cached_property
    def language(self) -> str:
        return guess_language(self.low)

    @cached_property
    def month_first(self) -> bool:
        """Read an ambiguous 3/5 as March 5 (US usage) rather than 3 May."""
        if self.language != "en":
            return False
        offset = self.sent.utcoffset()
        if offset is not None and offset <= -timedelta(hours=3, minutes=30):
            return True
        return _US_ZONE.search(self.text) is not None


# ---------------------------------------------------------------------------------------------
# Calendar helpers


def local_date(moment: datetime, zone: tzinfo | None) -> date:
    """The date of `moment` in `zone` (its own date when None, or at the ends of time)."""
    if zone is None:
        return moment.date()
    try:
        return moment.astimezone(zone).date()
    except OverflowError:  # 0001-01-01 00:00+00:00 has no date further west
        return moment.date()


def week_monday(day: date, last_workday: int = 4) -> date:
    """Monday of the week `day` counts in; on a weekend that is the coming week."""
    monday = day - timedelta(days=day.weekday())
    if day.weekday() > last_workday:
        monday += timedelta(days=7)
    return monday


def next_weekday(today: date, weekday: int, *, strictly_after: bool = True) -> date:
    ahead = (weekday - today.weekday()) % 7
    if ahead == 0 and strictly_after:
        ahead = 7
    return today + timedelta(days=ahead)


def weekday_of_next_week(today: date, weekday: int) -> date:
    monday = week_monday(today)
    if today.weekday() <= 4:
        monday += timedelta(days=7)
    return monday + timedelta(days=weekday)


def last_day_of_month(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, last_day_of_month(year, month + 1).day))


PAST_GRACE = timedelta(days=30)


def month_day(today: date, month: int, day: int, year: int | None = None) -> date | None:
    """The date for a stated day and month; year-less → the next one, unless just past."""
    try:
        if year is not None:
            return date(year, month, day)
        for candidate_year in (today.year - 1, today.year, today.year + 1):
            if not 1 <= candidate_year <= 9999:
                continue
            try:
                candidate = date(candidate_year, month, day)
            except ValueError:  # 29 February in a common year
                continue
            if candidate >= today - PAST_GRACE:
                return candidate
        return None
    except (ValueError, OverflowError):
        return None


# ---------------------------------------------------------------------------------------------
# Finding dates


class Span(Protocol):
    """Anything found at text[start:end]: a date, a time of day, a timeline phrase."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


SpanT = TypeVar("SpanT", bound=Span)


def clear_of(start: int, end: int, spans: Iterable[Span]) -> bool:
    """Whether text[start:end] overlaps none of `spans`."""
    return all(end <= span.start or start >= span.end for span in spans)


def longest_first(found: Iterable[SpanT]) -> list[SpanT]:
    """Where finds overlap, the longest one (then the earlier one) wins; longest first."""
    kept: list[SpanT] = []
    for span in sorted(found, key=lambda s: (s.start - s.end, s.start)):
        if clear_of(span.start, span.end, kept):
            kept.append(span)
    return kept


@dataclass(frozen=True)
class DateMention:
    """A date named in the text: where, which day, and how it was named."""

    start: int
    end: int
    day: date
    kind: str  # "date" (day and month), "weekday", "relative" (today, tomorrow), "dom" (the 15th)


_M = alternation(MONTHS)
_WDA = alternation([*WEEKDAYS, *_WEEKDAY_ABBREVIATIONS])
# A weekday in front of a date ("Tue, 3 Mar", "Dienstag, den 3.") is part of the mention but says
# nothing: the date wins.
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{_WDA})\.?,?\s+(?:(?:the|le|el|den|der)\s+)?$")
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# All patterns below run on lowered text (see `lowered`), so they are written in lower case.
_MONTH_FIRST = re.compile(
    rf"(?P<mon>{_M})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.]\d)\b(?:,?\s+{_YEAR}\b)?"
)
_DAY_FIRST = re.compile(
    rf"(?<![\d.,/:])\b(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e|º|°|ª|\.)?\s*"
    rf"(?:of\s+|de\s+|-)?(?P<mon>{_M})\b\.?(?:,?\s+(?:de\s+)?{_YEAR}\b)?"
)
_DIGIT = re.compile(r"\d")
# Runs of digits, dots, slashes and dashes: the only places an all-digit date can start.
_NUMERIC = re.compile(r"\d[\d./-]*")
_ISO = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<a>[01]\d)-(?P<b>[0-3]\d)(?!\d)")
# Dotted dates need the dot after the month ("12.03." or "12.03.2026"): "14.30" is a time.
_DOTTED = re.compile(r"(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)\.(?P<y>(?:19|20)\d\d|\d\d(?!\d))?(?!\d)")
_SLASHED = re.compile(r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<y>(?:19|20)\d\d|\d\d))?(?![\d/%])")
_RELATIVE_DAYS = {
    "today": 0, "tonight": 0, "heute": 0, "aujourd'hui": 0, "hoy": 0,
    "tomorrow": 1, "morgen": 1, "demain": 1, "mañana": 1,
    "übermorgen": 2, "uebermorgen": 2, "après-demain": 2, "apres-demain": 2,
}  # fmt: skip
_DATE_WORDS: dict[str, str] = {
    **dict.fromkeys(MONTHS, "month"),
    **dict.fromkeys(WEEKDAYS, "weekday"),
    **dict.fromkeys(_RELATIVE_DAYS, "relative"),
    "pasado mañana": "relative",
    "the day after tomorrow": "relative",
}
# One scan finds every month, weekday and "tomorrow"-like word.
_DATE_WORD = re.compile(rf"\b(?:{alternation(_DATE_WORDS)})\b")
# "Guten Morgen", "heute Morgen", "esta mañana", "por la mañana" are mornings, not tomorrow.
_MORNING_BEFORE = re.compile(r"\b(?:guten|heute|am|jeden|den|dem|der|la|esta|una|cada|de)\s+$")
# The word before a weekday says which one: "next Tuesday" is next calendar week's, "this
# Tuesday" may be today, "coming Tuesday" (like a bare one) is the next one after today.
_NEXT_WEEK_WORDS = frozenset(
    phrase_list(
        """next, the following, nächsten, nächster, naechsten, naechster, el próximo,
        el proximo, próximo, proximo, przyszły, przyszłego, przyszłą, następny, następnego,
        następną"""
    )
)
_THIS_WEEK_WORDS = frozenset(word_list("this diesen diesem ce este"))
_WHICH_WEEKDAY = alternation(
    [*_NEXT_WEEK_WORDS, *_THIS_WEEK_WORDS, *word_list("coming kommenden kommender")]
)
_WEEKDAY_REF = re.compile(
    rf"\b(?:(?P<which>{_WHICH_WEEKDAY})\s+)?(?P<wd>{alternation(WEEKDAYS)})\b"
    r"(?:\s+(?P<after>next\s+week|(?:der\s+)?nächste[nr]?\s+woche|prochain|qui\s+vient"
    r"|de\s+la\s+semaine\s+prochaine|que\s+viene|próximo|proximo|de\s+la\s+próxima\s+semana"
    r"|de\s+la\s+semana\s+que\s+viene)\b)?"
)
_DOM_BEFORE = re.compile(r"\b(?:the|zum|am|den|dem|le|el|del)\s+$")
_DAY_OF_MONTH = re.compile(
    r"\b(?:the\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[a-z])"
    r"|(?:zum|am|den|dem)\s+(?P<d2>[0-3]?\d)\.(?![\d])"
    r"|(?:le|el|del)\s+(?P<d3>[0-3]?\d)(?:er)?(?![\d/.:,]|\s*(?:h\b|heures?|horas?|d[ií]as?|jours?"
    r"|de\s|à|a\s+las|%)))"
)


def _numeric(reading: Reading, a: int, b: int, year: int | None) -> date | None:
    """An all-digit date: the unambiguous reading, else the text's convention, within reason."""
    if year is not None and year < 100:
        year += 2000
    # Only an ambiguous pair needs the text's convention (which may cost a language guess).
    day_first = a > 12 or (b <= 12 and not reading.month_first)
    readings = [(a, b), (b, a)] if day_first else [(b, a), (a, b)]  # (day, month)
    found = [month_day(reading.today, month, day, year) for day, month in readings if month <= 12]
    valid = [found_day for found_day in found if found_day is not None]
    if not valid:
        return None
    preferred = valid[0]
    # The convention gives a date far away, the other reading a near one: "returning 03/12/2026"
    # in an English mail from Europe in early March is the 12th, not 3 December.
    near_other = len(valid) == 2 and _plausible(reading.today, valid[1])
    if near_other and not _plausible(reading.today, preferred):
        return valid[1]
    return preferred


def _plausible(today: date, day: date) -> bool:
    return today - PAST_GRACE <= day <= today + timedelta(days=200)


def find_dates(reading: Reading, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date named in text[start:end], resolved; overlaps go to the longest mention.

    Two cheap scans (runs of digits; month, weekday and "tomorrow" words) say where the real
    patterns may match, which keeps a 2 KB email well under a millisecond.
    """
    low = reading.low
    end = len(low) if end is None else end
    today = reading.today
    found: list[DateMention] = []

    def add(begin: int, finish: int, day: date | None, kind: str) -> None:
        if day is None:
            return
        if kind == "date":
            weekday = _WEEKDAY_BEFORE.search(low, max(start, begin - 16), begin)
            begin = weekday.start() if weekday else begin
        found.append(DateMention(begin, finish, day, kind))

    digits = _DIGIT.search(low, start, end) is not None
    if digits:
        for token in _NUMERIC.finditer(low, start, end):
            _numeric_at(reading, token.start(), start, end, add)
    last_end = start
    for word_match in _DATE_WORD.finditer(low, start, end):
        word = " ".join(word_match.group().split())
        kind = _DATE_WORDS[word]
        if kind == "month":
            if not digits:
                continue
            for match in (
                _MONTH_FIRST.match(low, word_match.start(), end),
                _DAY_FIRST.search(
                    low, max(start, word_match.start() - 12), min(end, word_match.end() + 12)
                ),
            ):
                if match is not None:
                    _add_named(reading, match, add)
        elif kind == "relative":
            if word in ("morgen", "mañana") and _MORNING_BEFORE.search(
                low, max(0, word_match.start() - 8), word_match.start()
            ):
                continue
            days = (
                2 if word in ("pasado mañana", "the day after tomorrow") else _RELATIVE_DAYS[word]
            )
            add(word_match.start(), word_match.end(), _shift(today, days), "relative")
        else:
            window_start = max(last_end, start, word_match.start() - 24)
            match = _WEEKDAY_REF.search(low, window_start, min(end, word_match.end() + 40))
            if match is not None and match.start() <= word_match.start():
                add(match.start(), match.end(), _weekday_reference(today, match), "weekday")
                last_end = match.end()
    return sorted(longest_first(found), key=lambda m: m.start)


def _numeric_at(
    reading: Reading,
    at: int,
    start: int,
    end: int,
    add: Callable[[int, int, date | None, str], None],
) -> None:
    """An all-digit date starting at `at` ("2026-03-05", "12.03.", "3/15"), or "the 15th"."""
    low, today = reading.low, reading.today
    if at > 0 and low[at - 1] in ".,/:-+":
        return  # inside a number, a time or a phone number
    match = _ISO.match(low, at, end)
    if match:
        day = month_day(today, int(match["a"]), int(match["b"]), int(match["y"]))
        add(at, match.end(), day, "date")
        return
    match = _DOTTED.match(low, at, end)
    if match:
        year = int(match["y"]) if match["y"] else None
        if year is not None and year < 100:
            year += 2000
        add(at, match.end(), month_day(today, int(match["b"]), int(match["a"]), year), "date")
        return
    match = _SLASHED.match(low, at, end)
    if match:
        year = int(match["y"]) if match["y"] else None
        add(at, match.end(), _numeric(reading, int(match["a"]), int(match["b"]), year), "date")
        return
    before = _DOM_BEFORE.search(low, max(start, at - 8), at)
    if before:
        match = _DAY_OF_MONTH.match(low, before.start(), end)
        if match:
            number = int(match["d1"] or match["d2"] or match["d3"])
            add(match.start(), match.end(), _day_of_month(today, number), "dom")


def _add_named(
    reading: Reading, match: re.Match[str], add: Callable[[int, int, date | None, str], None]
) -> None:
    """A date with a month name ("March 3", "3. März", "3 de marzo de 2026")."""
    name = match.group("mon")
    # "may" is a month only when written as one: "May 7", not "we may 7 ..."
    if name == "may" and reading.text[match.start("mon")] != "M":
        return
    year = int(match.group("year")) if match.group("year") else None
    day = month_day(reading.today, MONTHS[name], int(match.group("day")), year)
    end_at = match.end()
    if reading.low[end_at - 1] == "." and not year and name not in MONTH_ABBREVIATIONS:
        end_at -= 1  # "bis zum 15. März." ends a sentence; only "Mar." keeps its dot
    add(match.start(), end_at, day, "date")


def _shift(today: date, days: int) -> date | None:
    try:
        return today + timedelta(days=days)
    except OverflowError:
        return None


def _weekday_reference(today: date, match: re.Match[str]) -> date | None:
    weekday = WEEKDAYS[match["wd"].lower()]
    which = " ".join((match["which"] or "").lower().split())
    try:
        if match["after"] or which in _NEXT_WEEK_WORDS:
            return weekday_of_next_week(today, weekday)
        strictly = which not in _THIS_WEEK_WORDS
        return next_weekday(today, weekday, strictly_after=strictly)
    except OverflowError:
        return None


def _day_of_month(today: date, number: int) -> date | None:
    if not 1 <= number <= 31:
        return None
    try:
        candidate = today.replace(day=1)
        for _ in range(3):
            if number <= last_day_of_month(candidate.year, candidate.month).day:
                day = candidate.replace(day=number)
                if day >= today:
                    return day
            candidate = add_months(candidate, 1)
    except (ValueError, OverflowError):
        return None
    return None


# ---------------------------------------------------------------------------------------------
# Zones

_ABBREVIATIONS: dict[str, str] = {
    "CET": "Europe/Berlin", "CEST": "Europe/Berlin", "MEZ": "Europe/Berlin",
    "MESZ": "Europe/Berlin", "EET": "Europe/Athens", "EEST": "Europe/Athens",
    "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon", "BST": "Europe/London",
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CT": "America/Chicago", "CDT": "America/Chicago",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "AKST": "America/Anchorage", "AKDT": "America/Anchorage", "HST": "Pacific/Honolulu",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul", "SGT": "Asia/Singapore", "HKT": "Asia/Hong_Kong",
    "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
}  # fmt: skip
_CITIES: dict[str, str] = {
    "berlin": "Europe/Berlin", "germany": "Europe/Berlin", "munich": "Europe/Berlin",
    "münchen": "Europe/Berlin", "frankfurt": "Europe/Berlin", "hamburg": "Europe/Berlin",
    "vienna": "Europe/Vienna", "wien": "Europe/Vienna", "zurich": "Europe/Zurich",
    "zürich": "Europe/Zurich", "amsterdam": "Europe/Amsterdam", "paris": "Europe/Paris",
    "france": "Europe/Paris", "madrid": "Europe/Madrid", "spain": "Europe/Madrid",
    "españa": "Europe/Madrid", "barcelona": "Europe/Madrid", "london": "Europe/London",
    "dublin": "Europe/Dublin", "lisbon": "Europe/Lisbon", "stockholm": "Europe/Stockholm",
    "warsaw": "Europe/Warsaw", "brussels": "Europe/Brussels", "rome": "Europe/Rome",
    "milan": "Europe/Rome", "prague": "Europe/Prague", "new york": "America/New_York",
    "toronto": "America/Toronto", "chicago": "America/Chicago", "denver": "America/Denver",
    "san francisco": "America/Los_Angeles", "los angeles": "America/Los_Angeles",
    "seattle": "America/Los_Angeles", "mexico city": "America/Mexico_City",
    "ciudad de méxico": "America/Mexico_City", "méxico": "America/Mexico_City",
    "mexico": "America/Mexico_City", "cdmx": "America/Mexico_City", "bogotá": "America/Bogota",
    "bogota": "America/Bogota", "buenos aires": "America/Argentina/Buenos_Aires",
    "santiago": "America/Santiago", "lima": "America/Lima", "india": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata", "mumbai": "Asia/Kolkata", "singapore": "Asia/Singapore",
    "tokyo": "Asia/Tokyo", "sydney": "Australia/Sydney",
}  # fmt: skip
# Zone names in words, right after a time: "Pacific", "Eastern Time", "Berlin time",
# "(heure de Paris)", "Hora central europea - Madrid", "(hora CDMX)", "deutscher Zeit".
_ZONE_NAMES: dict[str, str] = {
    **{f"{city} time": zone for city, zone in _CITIES.items()},
    **{f"heure de {city}": zone for city, zone in _CITIES.items()},
    **{f"hora de {city}": zone for city, zone in _CITIES.items()},
    **{f"hora {city}": zone for city, zone in _CITIES.items()},
    **{f"{city} zeit": zone for city, zone in _CITIES.items()},
    **dict.fromkeys(
        phrase_list(
            """eastern, eastern time, eastern standard time, eastern daylight time, us eastern,
            new york time"""
        ),
        "America/New_York",
    ),
    **dict.fromkeys(
        phrase_list("central, central time, central standard time, central daylight time"),
        "America/Chicago",
    ),
    **dict.fromkeys(
        phrase_list("mountain, mountain time, mountain standard time, mountain daylight time"),
        "America/Denver",
    ),
    **dict.fromkeys(
        phrase_list(
            """pacific, pacific time, pacific standard time, pacific daylight time, us pacific,
            california time"""
        ),
        "America/Los_Angeles",
    ),
    **dict.fromkeys(
        phrase_list(
            """central european time, central european standard time,
            central european summer time, cet time, german time, germany time,
            mitteleuropäische zeit, mitteleuropäischer zeit, mitteleuropäische sommerzeit,
            mitteleuropäischer sommerzeit, deutscher zeit, deutsche zeit, berliner zeit,
            heure d'europe centrale, heure de l'europe centrale, heure normale d'europe centrale,
            heure d'été d'europe centrale, hora central europea, hora de europa central,
            hora de verano de europa central, hora alemana"""
        ),
        "Europe/Berlin",
    ),
    **dict.fromkeys(
        phrase_list("heure française, heure de france, french time, heure de paris"),
        "Europe/Paris",
    ),
    **dict.fromkeys(
        phrase_list(
            """hora peninsular, hora peninsular española, hora española, hora de españa,
            spanish time, hora central europea - madrid"""
        ),
        "Europe/Madrid",
    ),
    **dict.fromkeys(
        phrase_list("uk time, british time, london time, greenwich mean time"), "Europe/London"
    ),
    **dict.fromkeys(phrase_list("irish time, ireland time"), "Europe/Dublin"),
    **dict.fromkeys(
        phrase_list(
            """hora del centro de méxico, hora del centro, hora de méxico,
            hora de la ciudad de méxico, hora cdmx, mexico city time, hora central de méxico"""
        ),
        "America/Mexico_City",
    ),
    **dict.fromkeys(
        phrase_list("india time, indian standard time, india standard time"), "Asia/Kolkata"
    ),
    **dict.fromkeys(
        phrase_list("eastern european time, eastern european summer time"), "Europe/Athens"
    ),
    **dict.fromkeys(
        phrase_list("western european time, western european summer time"), "Europe/Lisbon"
    ),
}  # fmt: skip
_ZONE_NAME = alternation(_ZONE_NAMES)
_ZONE = re.compile(
    r"[\s,(\[⋅·\-–]*(?:"
    r"(?-i:(?P<iana>[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_\-]+){1,2}))"
    r"|(?:(?P<prefix>GMT|UTC)\s*(?:(?P<sign>[+-])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d\d))?)?"
    r"(?:\)?\s*(?P<after_city>" + alternation(_CITIES) + r"))?)"
    r"|(?P<sign2>[+-])(?P<oh2>\d\d):?(?P<om2>\d\d)(?!\d)"
    r"|(?P<named>" + _ZONE_NAME + r")(?![^\W\d_])"
    r"|(?-i:(?P<abbr>[A-Z]{2,5}))(?![A-Za-z])"
    r")",
    re.IGNORECASE,  # runs once per time, on the original text: abbreviations need the case
)


def _fixed(sign: str, hours: str, minutes: str | None) -> tzinfo | None:
    total = int(hours) * 60 + int(minutes or 0)
    if total > 14 * 60 or (minutes is not None and int(minutes) >= 60):
        return None
    return timezone(timedelta(minutes=-total if sign == "-" else total))


def zone_or_none(name: str | None) -> tzinfo | None:
    """The IANA zone of that name; None for no name or one this machine does not know."""
    if not name:
        return None
    try:
        return zone_info(name)
    except ValueError:
        return None


def _ambiguous_abbreviation(abbr: str, sent: datetime) -> str:
    offset = sent.utcoffset() or timedelta(0)
    hours = offset.total_seconds() / 3600
    if abbr == "CST":
        return "Asia/Shanghai" if hours == 8 else "America/Chicago"
    # IST: India, Ireland or Israel
    if hours in (0, 1):
        return "Europe/Dublin"
    if hours in (2, 3):
        return "Asia/Jerusalem"
    return "Asia/Kolkata"


_LONDON = zone_info("Europe/London")


def _gmt(sent: datetime) -> tzinfo:
    """What "GMT" means from this sender: UK time from someone on UK time, else UTC."""
    try:
        in_london = sent.utcoffset() == sent.astimezone(_LONDON).utcoffset()
    except OverflowError:  # the ends of time
        return UTC
    return _LONDON if in_london else UTC


def zone_after(text: str, position: int, sent: datetime) -> tuple[tzinfo, int] | None:
    """The zone written right after a time (within a few characters), and where it ends."""
    match = _ZONE.match(text, position, min(len(text), position + 80))
    if match is None or match.start() == match.end():
        return None
    found: tzinfo | None
    if match["iana"]:
        found = zone_or_none(match["iana"])
    elif match["prefix"]:
        city = match["after_city"]
        if city:  # Outlook's "(UTC+01:00) Amsterdam, Berlin": the city knows about summer time
            found = zone_or_none(_CITIES[" ".join(city.lower().split())])
        elif match["sign"]:
            found = _fixed(match["sign"], match["oh"], match["om"])
        else:
            found = _gmt(sent) if match["prefix"].upper() == "GMT" else UTC
    elif match["sign2"]:
        found = _fixed(match["sign2"], match["oh2"], match["om2"])
    elif match["named"]:
        found = zone_or_none(_ZONE_NAMES[" ".join(match["named"].lower().split())])
    elif match["abbr"]:
        abbr = match["abbr"]
        if abbr in ("UTC", "Z"):
            found = UTC
        elif abbr == "GMT":
            found = _gmt(sent)
        elif abbr in ("CST", "IST"):
            found = zone_or_none(_ambiguous_abbreviation(abbr, sent))
        elif abbr in _ABBREVIATIONS:
            found = zone_or_none(_ABBREVIATIONS[abbr])
        else:
            return None
    else:
        return None
    return (found, match.end()) if found is not None else None


# ---------------------------------------------------------------------------------------------
# Times of day


def _clock(n: int) -> str:
    # "am" right before a German weekday or a date is the preposition: "um 10 am Montag".
    am_pm = (
        r"(?:[ap]\.\s?m\.?|pm\b\.?|p\s?m\b\.?|a\s?m\b(?!\s+(?:montag|dienstag|mittwoch|donnerstag"
        r"|freitag|samstag|sonntag|\d)))"
    )
    return (
        rf"(?P<h{n}>[012]?\d)(?:(?:[:.]|\s?h\s?)(?P<m{n}>[0-5]\d)|(?P<hs{n}>\s?h)(?![^\W\d_]|\d))?"
        rf"(?:\s*(?P<ap{n}>{am_pm}))?(?:\s*(?P<uhr{n}>uhr|heures?|hrs|h)\b)?"
    )


_UNIT_AFTER = (
    r"(?!\s*(?:days?|jours?|d[ií]as?|tage|weeks?|semaines?|semanas?|wochen|business|working"
    r"|ouvr|h[aá]biles|%|minutes?|mins?|minuten|minutos|hours?|stunden|horas|years?|ans\b"
    r"|años|jahre|persons?|people|personnes|personas|€|\$|k\b))"
)
_DIGITS = re.compile(r"\d+")
# Matched only where a run of digits starts (found by _DIGITS, a much cheaper scan).
_TIME = re.compile(
    _clock(1)
    + r"(?:\s*(?:-|–|—|to|until|till|bis|à|a|au|and|und|y)\s*"
    + _clock(2)
    + r")?(?![\d:])"
    + _UNIT_AFTER
)
# The word before a bare hour that makes it a time: "at 3", "um 14", "a las 10".
_TIME_BEFORE = re.compile(
    r"\b(?P<pre>at|um|à|a\s+las?|ab|from|von|de|between|zwischen|entre|starting\s+at"
    r"|beginning\s+at|gegen|vers|hacia)\s+$|@\s*$"
)
_NOON = re.compile(r"\b(?:at\s+|à\s+|a\s+|um\s+)?(?:12\s+)?(?:noon|midday|(?<!-)midi|mediodía)\b")
_DAYPART = re.compile(
    r"\s*(?:(?P<pm>in\s+the\s+(?:afternoon|evening)|nachmittags|abends|de\s+l'après-midi|du\s+soir"
    r"|de\s+la\s+(?:tarde|noche)|por\s+la\s+(?:tarde|noche))"
    r"|(?P<am>in\s+the\s+morning|morgens|vormittags|du\s+matin|de\s+la\s+mañana"
    r"|por\s+la\s+mañana))"
)
_WEAK_PRE = {"at", "um", "à", "a la", "a las", "@", "gegen", "vers", "hacia"}


@dataclass(frozen=True)
class _Clock:
    start: int
    end: int
    begins: time
    ends: time | None


def _hour(raw: str, am_pm: str | None, daypart: str | None) -> int | None:
    hour = int(raw)
    marker = (am_pm or "").lower().replace(".", "").replace(" ", "")
    if marker or daypart:
        afternoon = marker.startswith("p") if marker else daypart == "pm"
        if hour > 12:  # "14 pm" happens; the 24-hour figure wins
            return hour if hour <= 23 else None
        if hour == 0:
            return None
        return hour % 12 + (12 if afternoon else 0)
    if hour > 23:
        return None
    # A bare 1..7 without am/pm is afternoon (see the module docstring); "02:00" is meant.
    if 1 <= hour <= 7 and not raw.startswith("0"):
        return hour + 12
    return hour


def find_times(text: str, start: int, end: int) -> list[_Clock]:
    """Times of day in lower-case text[start:end]: "2pm", "14:00 Uhr", "14h30", "2–3pm"."""
    clocks: list[_Clock] = []
    covered = start
    for digits in _DIGITS.finditer(text, start, end):
        at = digits.start()
        if at < covered or (at > 0 and text[at - 1] in ".,/:+-"):
            continue  # inside the last time, or the tail of a number, a date or a phone number
        match = _TIME.match(text, at, end)
        if match is None:
            continue
        covered = match.end()
        clock = _read_clock(text, match)
        if clock is not None:
            clocks.append(clock)
    for match in _NOON.finditer(text, start, end):
        clocks.append(_Clock(match.start(), match.end(), time(12, 0), None))
    return sorted(longest_first(clocks), key=lambda c: c.start)


def _read_clock(text: str, match: re.Match[str]) -> _Clock | None:
    """The time a _TIME match states, or None when nothing marks it as a time of day."""
    before = _TIME_BEFORE.search(text, max(0, match.start() - 16), match.start())
    pre = " ".join(before.group().split()) if before else ""
    has_end = match["h2"] is not None
    marked = any(match[f"{key}1"] for key in ("m", "ap", "hs", "uhr"))
    marked_end = has_end and any(match[f"{key}2"] for key in ("m", "ap", "hs", "uhr"))
    if not (marked or marked_end or (pre in _WEAK_PRE and not has_end)):
        return None
    daypart_match = _DAYPART.match(text, match.end())
    daypart = None
    if daypart_match:
        daypart = "pm" if daypart_match["pm"] else "am"
    ap1, ap2 = match["ap1"], match["ap2"]
    begins_hour = _hour(match["h1"], ap1 or ap2, daypart)
    if begins_hour is None:
        return None
    ends: time | None = None
    if has_end:
        ends_hour = _hour(match["h2"], ap2 or ap1, daypart)
        if ends_hour is None:
            return None
        if ap2 and not ap1 and begins_hour > ends_hour:
            # "11-1pm": the pm belongs to the end only
            begins_hour = _hour(match["h1"], "am", None) or begins_hour
        ends = time(ends_hour, int(match["m2"] or 0))
    begins = time(begins_hour, int(match["m1"] or 0))
    finish = daypart_match.end() if daypart_match else match.end()
    return _Clock(match.start(), finish, begins, ends)


# ---------------------------------------------------------------------------------------------
# Interview times

_INTERVIEW_CUE = re.compile(
    r"\b(?:"
    + alternation(
        phrase_list(
            """interview*, call, calls, phone screen*, screening, meeting*, meet, chat,
            conversation, talk, speak*, catch-up, catch up, onsite, on-site, visit, session,
            appointment, zoom, teams, gespräch*, vorstellungsgespräch*, telefongespräch*,
            kennenlerngespräch*, kennenlern*, bewerbungsgespräch*, zweitgespräch*, telefonat*,
            termin*, treffen, videocall, video-call, entretien*, entrevue, rendez-vous, appel,
            visio*, réunion, échange, entrevista*, reunión, reunion, llamada, videollamada, cita,
            conversación, conversacion, charla, gesprek*, sollicitatiegesprek*,
            kennismakingsgesprek*, videogesprek*, afspraak, colloqui*, incontro, chiamata,
            videochiamata, chiacchierata, conversa, reunião, chamada, videochamada, rozmow*,
            spotkani*"""
        )
    )
    + r")\b"
)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|before|until|till|no\s+later\s+than|deadline|bis(?:\s+zum|\s+spätestens)?"
    r"|spätestens|avant(?:\s+le)?|d'ici(?:\s+le)?|jusqu'(?:au|à)|au\s+plus\s+tard(?:\s+le)?"
    r"|antes\s+del?|hasta(?:\s+el)?|a\s+más\s+tardar(?:\s+el)?)"
    r"\s+(?:the\s+end\s+of\s+)?(?:(?:the|end\s+of\s+day|eod|cob|on)\s+)?$"
)
_NOT_INTERVIEW_BEFORE = re.compile(
    r"(?:office|opening|business|working)\s+hours|bürozeiten|öffnungszeiten|sprechzeiten"
    r"|geschäftszeiten|horaires|horario"
)
_HEADER_LINE = re.compile(
    r"^[ \t>]*(?:sent|gesendet|envoyé|enviado|date|datum|fecha)\s*:", re.MULTILINE
)
_FROM_LINE = re.compile(
    r"^[ \t>]*(?:from|von|de|subject|betreff|objet|asunto|to|an|à|para)\s*:", re.MULTILINE
)
_WROTE = re.compile(r"(?:wrote|schrieb|a\s+écrit|escribió)\s*:")
_OLD_BEFORE = re.compile(
    r"\b(?:from|instead\s+of|rather\s+than|statt|anstatt|anstelle|von|au\s+lieu\s+(?:de|du)"
    r"|initialement|en\s+lugar\s+de|en\s+vez\s+de|originally|ursprünglich|previously|zuvor"
    r"|prévu|del)\s+(?:(?:the|dem|le|el|on|am)\s+)?$"
)
_OLD_AFTER = re.compile(r"^\W{0,3}(?:instead|no\s+longer|nicht\s+mehr|n'est\s+plus|ya\s+no)\b")
_ALTERNATIVE_AFTER = re.compile(
    r"^\s*[,;]?\s*(?:or|oder|ou|o|bzw\.?|alternatively|alternativ|sinon|either)\b"
)
_ALTERNATIVE_BEFORE = re.compile(
    r"\b(?:or|oder|ou|o|bzw\.?|either|entweder)\s+(?:(?:on|am|le|el|at)\s+)?$"
)
_RESCHEDULE = re.compile(
    r"\b(?:reschedul\w*|move\w*|moving|postpone\w*|verschieb\w*|verschoben|verleg\w*"
    r"|report\w*|déplac\w*|décal\w*|reprogram\w*|cambi\w*|pospon\w*|aplaz\w*|new\s+time"
    r"|neuer\s+termin|nouvel\s+horaire|nueva\s+hora)\b"
)
_BREAK = re.compile(r"[.!?](?:\s|$)|\n[ \t]*\n")
_AFTER_GAP = re.compile(r"\s*(?:,|on|am|le|el|the|den|ce|este)?\s*(?:,\s*)?")
_LENGTH_WORDS = r"(?:minutes?|mins?\.?|minuten|minutos|min\.?)"
_DURATION = re.compile(
    r"(?:(?P<before>for|lasting|lasts|last|of|about|approximately|approx\.?|around|dauer:?"
    r"|duration\s*:?|length\s*:?"
    r"|dauert|ca\.?|etwa|durée\s*(?:de|:)?|dure|duración\s*(?:de|:)?|durará|dura|\()\s*)?"
    rf"(?:(?P<minutes>\d{{1,3}})\s*-?\s*{_LENGTH_WORDS}"
    r"|(?P<hour>an|one|1|eine|une|una)\s*-?\s*(?:hour|stunde|heure|hora)"
    r"|(?P<hours>\d(?:[.,]5)?)\s*-?\s*(?:hours?|stunden|heures|horas))\b"
    r"(?P<after>\s*(?:\)|[\w-]*\s*(?:interview|call|chat|meeting|conversation|video|phone"
    r"|gespräch|telefonat|termin|entretien|appel|entrevista|llamada|reunión|session)))?"
)


_LANGUAGE_ZONES: dict[str, tzinfo] = {
    "de": zone_info("Europe/Berlin"),
    "fr": zone_info("Europe/Paris"),
    "es": zone_info("Europe/Madrid"),
}
_QUOTED_HEADER = re.compile(
    r"^[ \t>]*(?:-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine"
    r"|mensaje original)|(?:from|von|de)\s*:.*\n[ \t>]*(?:sent|gesendet|envoyé|enviado(?:\s+el)?"
    r"|date|datum|fecha)\s*:|.*\b(?:wrote|schrieb|a\s+écrit|escribió)\s*:[ \t]*$)",
    re.MULTILINE,
)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    begins: datetime
    ends: datetime | None
    old: bool


def interview_time(
    text: str, sent: datetime, default_zone: str | None = None
) -> tuple[datetime, datetime | None] | None:
    """The interview's start (aware) and end (or None) as stated in the text, else None.

    `sent` is the message's aware Date, the reference for "tomorrow" and year-less dates.
    `default_zone` (an IANA name; ValueError when unknown) stands in when the text names no zone;
    without it the sender's Date offset does.
    """
    fallback: tzinfo = zone_info(default_zone) if default_zone else (sent.tzinfo or UTC)
    try:
        return _interview_time(text, sent, default_zone, fallback)
    except OverflowError:  # a date past year 9999 or before year 1
        return None


def _interview_time(
    text: str, sent: datetime, default_zone: str | None, fallback: tzinfo
) -> tuple[datetime, datetime | None] | None:
    reading = Reading(text, sent, sent.date())
    low = reading.low
    cues = [(match.start(), match.end()) for match in _INTERVIEW_CUE.finditer(low)]
    if not cues:
        return None
    if default_zone is None and sent.utcoffset() == timedelta(0):
        # A +0000 Date usually comes from a server, not from the writer's clock: a German,
        # French or Spanish text then means its own country's time.
        fallback = _LANGUAGE_ZONES.get(reading.language, fallback)
    reading.today = local_date(sent, fallback)
    quoted = _QUOTED_HEADER.search(low)
    if quoted is not None:  # a quoted or forwarded message below: its times are not this one's
        low = low[: quoted.start()]
        cues = [cue for cue in cues if cue[0] < quoted.start()]
    return _choose(_stated_times(reading, low, cues, fallback), low)


def _stated_times(
    reading: Reading, low: str, cues: list[tuple[int, int]], fallback: tzinfo
) -> list[_Candidate]:
    """Every time with a date near an interview cue in `low` (the new text); none at all when
    the text offers options ("2pm or 4pm"), as no one of them is the interview."""
    sent = reading.sent
    candidates: list[_Candidate] = []
    ambiguous = False
    for window_start, window_end in _windows(cues, len(low)):
        window_end = min(window_end, len(low))
        clocks = find_times(low, window_start, window_end)
        if not clocks:
            continue
        # Dates are only looked for around the times: that is where they can belong.
        mentions = find_dates(
            reading, max(window_start, clocks[0].start - 80), min(window_end, clocks[-1].end + 40)
        )
        clocks = [clock for clock in clocks if clear_of(clock.start, clock.end, mentions)]
        for index, clock in enumerate(clocks):
            stated = zone_after(reading.text, clock.end, sent)
            after_time = stated[1] if stated else clock.end  # "10 a.m. Eastern on March 12"
            previous = clocks[index - 1] if index else None
            mention = _date_for(low, clock, after_time, mentions, previous)
            if mention is None:
                continue
            first, last = min(mention.start, clock.start), max(mention.end, after_time)
            if stated is None and mention.start > clock.start:
                # "10:00am - 10:30am, Thursday, March 12 (Central European Time)"
                stated = zone_after(reading.text, mention.end, sent)
                last = stated[1] if stated else last
            if not _near_cue(cues, first, last) or _blocked(low, first):
                continue
            if _ALTERNATIVE_AFTER.match(low, last) or _ALTERNATIVE_BEFORE.search(
                low, max(0, first - 20), first
            ):
                ambiguous = True
            zone = stated[0] if stated else fallback
            candidate = _resolve(reading, mention.day, clock, first, last, zone)
            if candidate is not None:
                candidates.append(candidate)
    return [] if ambiguous else candidates


def _choose(candidates: list[_Candidate], low: str) -> tuple[datetime, datetime | None] | None:
    """The interview among the stated times: the one time that is not an old one, or the
    last one mentioned when the text moves the interview; else unknown."""
    if not candidates:
        return None
    current = [c for c in candidates if not c.old] or candidates
    starts = {c.begins for c in current}
    if len(starts) == 1:
        # The same time said twice ("Tuesday at 2pm" in prose, "2:00-2:45 PM" in the summary):
        # one interview, with the end wherever it was given.
        ends = [c.ends for c in current if c.ends is not None]
        return current[0].begins, (max(ends) if ends else None)
    if _RESCHEDULE.search(low):
        last_mentioned = max(current, key=lambda c: c.start)
        return last_mentioned.begins, last_mentioned.ends
    return None


def _windows(cues: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """Stretches of text around interview cues, merged: only these are scanned."""
    merged: list[tuple[int, int]] = []
    for start, end in cues:
        low, high = max(0, start - 300), min(size, end + 300)
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def _date_for(
    text: str,
    clock: _Clock,
    after_time: int,
    mentions: list[DateMention],
    previous: _Clock | None,
) -> DateMention | None:
    """The date this time belongs to: the nearest one before it, else one right after it (or
    after the zone that follows it, which ends at `after_time`)."""
    before = [m for m in mentions if m.end <= clock.start]
    if before:
        mention = before[-1]
        gap = text[mention.end : clock.start]
        if (
            len(gap) <= 45
            and not _BREAK.search(gap)
            and (previous is None or previous.start < mention.start)
        ):
            return mention
    after = [m for m in mentions if m.start >= after_time]
    if after and _AFTER_GAP.fullmatch(text, after_time, after[0].start):
        return after[0]
    return None


def _near_cue(cues: list[tuple[int, int]], first: int, last: int) -> bool:
    return any(end >= first - 250 and start <= last + 150 for start, end in cues)


def _blocked(text: str, first: int) -> bool:
    if _DEADLINE_BEFORE.search(text, max(0, first - 40), first):
        return True
    if _NOT_INTERVIEW_BEFORE.search(text, max(0, first - 60), first):
        return True
    line_start = text.rfind("\n", 0, first) + 1
    line_end = text.find("\n", first)
    line_end = len(text) if line_end == -1 else line_end
    if _WROTE.search(text, first, line_end):
        return True
    if _HEADER_LINE.match(text, line_start):
        # A header block of a quoted or forwarded message, whichever order its lines come in.
        return _FROM_LINE.search(text, max(0, line_start - 300), line_start + 300) is not None
    return False


def _resolve(
    reading: Reading,
    day: date,
    clock: _Clock,
    first: int,
    last: int,
    zone: tzinfo,
) -> _Candidate | None:
    low = reading.low
    try:
        begins = datetime.combine(day, clock.begins, tzinfo=zone)
        ends: datetime | None = None
        if clock.ends is not None:
            ends = datetime.combine(day, clock.ends, tzinfo=zone)
            if ends <= begins:
                ends += timedelta(days=1)
        else:
            length = _stated_length(low, first, last)
            if length is not None:
                ends = begins + length
    except OverflowError:
        return None
    old = bool(_OLD_BEFORE.search(low, max(0, first - 30), first) or _OLD_AFTER.match(low, last))
    return _Candidate(first, last, begins, ends, old)


def _stated_length(text: str, first: int, last: int) -> timedelta | None:
    """A length said near the time ("a 45-minute call", "(30 min)", "Dauer: 1 Stunde")."""
    for match in _DURATION.finditer(text, max(0, first - 150), min(len(text), last + 150)):
        if not (match["before"] or match["after"]):
            continue
        if match["minutes"]:
            minutes = int(match["minutes"])
        elif match["hour"]:
            minutes = 60
        else:
            minutes = round(float(match["hours"].replace(",", ".")) * 60)
        if 10 <= minutes <= 480:
            return timedelta(minutes=minutes)
    return None
