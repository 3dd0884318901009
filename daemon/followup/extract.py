"""Turn a classified Mail into the engine's Signal: company, role, interview time, people, timeline.

Pure: reads the Mail, the Verdict and the rule lists (ATS, job boards, free mail); never the
clock (a message without a Date takes the caller's `received` time).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TypeGuard, TypeVar

from .classify import (
    RuleSet,
    Verdict,
    literal_hints,
    normalize_address,
    owner_addresses,
    sender_domain_in,
    skipping_pattern,
)
from .datetext import interview_time, zone_or_none
from .model import Category, Invite, Mail, Person, Signal
from .timeline import decision_timeline, return_date

__all__ = [
    "PLATFORM_LISTS",
    "company_key",
    "company_words",
    "email_domain",
    "extract",
    "find_company",
    "find_interviewers",
    "find_role",
    "role_key",
]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
TEXT_CAP = 8000  # characters of new text read for facts (the cues come early)

# Categories whose message is about a concrete interview (its time matters).
_INTERVIEW_KINDS = frozenset(
    {
        Category.INTERVIEW_INVITE,
        Category.INTERVIEW_CONFIRMATION,
        Category.INTERVIEW_RESCHEDULE,
        Category.INTERVIEW_CANCEL,
        Category.NEXT_ROUND,
    }
)
# Categories whose stated decision timeline is worth keeping.
_TIMELINE_KINDS = frozenset(
    {
        Category.INTERVIEW_CONFIRMATION,
        Category.INTERVIEW_INVITE,
        Category.INTERVIEW_RESCHEDULE,
        Category.TIMELINE_UPDATE,
        Category.NEXT_ROUND,
        Category.INFO_REQUEST,
        Category.REFERENCE_REQUEST,
        Category.OFFER,
        Category.APPLICATION_ACK,
        Category.USER_SENT,
        Category.OTHER,
    }
)

# Vendors and boards whose names must never become "the company" (lists in the rules add more).
_VENDOR_NAMES = frozenset(
    [
        "greenhouse",
        "lever",
        "workday",
        "myworkday",
        "smartrecruiters",
        "ashby",
        "workable",
        "jobvite",
        "icims",
        "taleo",
        "successfactors",
        "bamboohr",
        "recruitee",
        "teamtailor",
        "personio",
        "breezy",
        "jazzhr",
        "pinpoint",
        "join",
        "softgarden",
        "rexx",
        "dvinci",
        "concludis",
        "umantis",
        "prescreen",
        "onlyfy",
        "kenjo",
        "factorial",
        "welcomekit",
        "flatchr",
        "talentsoft",
        "beetween",
        "taleez",
        "digitalrecruiters",
        "cornerstone",
        "avature",
        "phenom",
        "eightfold",
        "rippling",
        "paylocity",
        "ultipro",
        "zoho",
        "manatal",
        "homerun",
        "comeet",
        "hireology",
        "paradox",
        "hirevue",
        "bizneo",
        "hiringroom",
        "talentclue",
        "calendly",
        "goodtime",
        "prelude",
        "modernloop",
        "doodle",
        "hubspot",
        "google",
        "microsoft",
        "outlook",
        "gmail",
        "zoom",
        "teams",
        "linkedin",
        "indeed",
        "glassdoor",
        "stepstone",
        "xing",
        "infojobs",
        "monster",
        "ziprecruiter",
        "dice",
        "wellfound",
        "otta",
        "hackerrank",
        "codility",
        "codesignal",
        "testgorilla",
        "jobteaser",
        "apec",
        "hellowork",
    ]
)
_GENERIC_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "our",
        "your",
        "my",
        "we",
        "us",
        "you",
        "team",
        "hiring",
        "recruiting",
        "recruitment",
        "talent",
        "talents",
        "people",
        "hr",
        "careers",
        "career",
        "jobs",
        "job",
        "acquisition",
        "hello",
        "hi",
        "dear",
        "thanks",
        "thank",
        "regards",
        "best",
        "notification",
        "notifications",
        "noreply",
        "no-reply",
        "reply",
        "mail",
        "calendar",
        "invitation",
        "interview",
        "interviews",
        "update",
        "re",
        "fwd",
        "aw",
        "wg",
        "tr",
        "rv",
        "application",
        "applications",
        "candidate",
        "candidates",
        "position",
        "role",
        "bewerbung",
        "stelle",
        "équipe",
        "equipo",
        "el",
        "la",
        "le",
        "les",
        "los",
        "las",
        "der",
        "die",
        "das",
        "und",
        "and",
        "et",
        "y",
    ]
)
_GENERIC_WORDS |= frozenset(
    [
        "selección",
        "seleccion",
        "talento",
        "rrhh",
        "recursos",
        "humanos",
        "personal",
        "personalabteilung",
        "recrutement",
        "ressources",
        "humaines",
        "questions",
        "fragen",
        "preguntas",
        "sent",
        "from",
        "von",
    ]
)
_GENERIC_WORDS |= frozenset(
    ["ihnen", "sie", "ihr", "ihre", "dir", "du", "uns", "vous", "nous", "usted", "ustedes"]
)
_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(gmbh(\s*&\s*co\.?\s*kg)?|ag|se|kg|ug|inc\.?|llc|ltd\.?|limited|plc|corp\.?|"
    r"corporation|co\.?|llp|lp|pte\.?|s\.?a\.?s?\.?|s\.?l\.?u?\.?|s\.?a\.?r\.?l\.?|sarl|b\.?v\.?|n\.?v\.?|"
    r"oy|ab|as|a/s|aps|spa|s\.?p\.?a\.?|srl|s\.?r\.?l\.?|pty\.?\s*ltd\.?|gbr|e\.?\s?v\.?)$",
    re.IGNORECASE,
)
# Two-level public suffixes seen in company mail; enough for naming, not a PSL.
_SECOND_LEVEL = frozenset(
    [
        "co.uk",
        "org.uk",
        "ac.uk",
        "gov.uk",
        "com.au",
        "net.au",
        "org.au",
        "co.nz",
        "co.jp",
        "co.kr",
        "com.br",
        "com.mx",
        "com.ar",
        "com.co",
        "com.es",
        "com.tr",
        "com.cn",
        "com.hk",
        "com.sg",
        "co.in",
        "co.za",
        "co.il",
        "com.pl",
        "co.at",
        "or.at",
    ]
)
_SUBDOMAIN_NOISE = frozenset(
    [
        "mail",
        "email",
        "e-mail",
        "mailer",
        "mx",
        "smtp",
        "send",
        "sender",
        "news",
        "newsletter",
        "info",
        "jobs",
        "job",
        "careers",
        "career",
        "talent",
        "recruiting",
        "recruitment",
        "hr",
        "people",
        "hire",
        "apply",
        "notifications",
        "notification",
        "notify",
        "reply",
        "em",
        "en",
        "e",
        "m",
        "www",
        "corp",
        "corporate",
        "team",
        "bounce",
        "bounces",
    ]
)

_NAME_TOKEN = r"[A-Z0-9ÄÖÜÉÈÀÂÇÑ][\w&'’+-]*"
_NAME_CONNECTOR = r"(?:of|de|du|des|la|le|y|del|and|für|und|&|van|von)"
# Words of one line ("Acme Robotics GmbH"), never across a full stop or a line break.
_COMPANY = (
    rf"{_NAME_TOKEN}(?:[ \t]+(?:{_NAME_CONNECTOR}[ \t]+)?"
    rf"(?![0-9]+\b){_NAME_TOKEN}){{0,4}}"
)

# Display names: "Acme via Greenhouse", "Acme Recruiting", "Talent at Acme", "Jane from Acme".
_NAME_PATTERNS = [
    re.compile(rf"^(?P<c>{_COMPANY})\s+via\s+\S", re.UNICODE),
    re.compile(
        rf"^(?P<c>{_COMPANY})\s+(?:recruiting|recruitment|talent(?:\s+acquisition)?|careers?|"
        r"hiring(?:\s+team)?|hr|people(?:\s+team)?|jobs|karriere|recrutement|recrutamiento|"
        r"rrhh|personal(?:abteilung)?|team)(?:\s+team)?$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?:recruiting|talent|careers|hiring|jobs|team|people)\s+(?:at|@|bei|chez)\s+"
        rf"(?P<c>{_COMPANY})$",
        re.IGNORECASE,
    ),
    re.compile(rf"^[^|@()]{{2,40}}?\s+(?:from|at|@|bei|chez|de)\s+(?P<c>{_COMPANY})$"),
    re.compile(rf"^[^|()]{{2,40}}?\s*[|(–—-]\s*(?P<c>{_COMPANY})\s*\)?$"),
]
_SUBJECT_PATTERNS = [
    re.compile(
        rf"\b(?i:interview|call|chat|conversation|meeting|screen)\s+(?i:with|at)\s+"
        rf"(?P<c>{_COMPANY})"
    ),
    re.compile(
        rf"\b(?i:application|applying|candidacy)\s+(?:to|at|with|for\s+\S.*?\s+at)\s+"
        rf"(?P<c>{_COMPANY})"
    ),
    re.compile(rf"\s(?:at|@)\s+(?P<c>{_COMPANY})\s*(?:$|[-–—|:,(])"),
    re.compile(
        rf"\b(?i:Bewerbung|Vorstellungsgespräch|Gespräch|Interview|Einladung)\b[^|:]*?\s+bei\s+"
        rf"(?P<c>{_COMPANY})"
    ),
    re.compile(rf"\b(?i:candidature|entretien|poste)\b[^|:]*?\s+(?:chez|avec)\s+(?P<c>{_COMPANY})"),
    re.compile(
        rf"\b(?i:candidatura|entrevista|puesto|proceso)\b[^|:]*?\s+(?:en|con|para)\s+"
        rf"(?P<c>{_COMPANY})"
    ),
    re.compile(rf"^(?P<c>{_COMPANY})\s*[|–—:-]\s+"),
    re.compile(rf"[|–—-]\s*(?P<c>{_COMPANY})\s*$"),
]
_AGENCY = re.compile(
    r"\b(?:recruitment (?:ltd|limited|agency|consultancy|partners?)|employment agency|"
    r"recruitment consultant|staffing (?:agency|firm|partner)|executive search|headhunt\w*|"
    r"(?:my|our) client\b|on behalf of (?:my|our|a) client|Personalberatung|Personalvermittlung|"
    r"Personaldienstleist\w*|(?:meines|unseres|meinem|unserem) Kunden|cabinet de recrutement|"
    r"(?:mon|notre) client\b|consultora de selecci[oó]n|(?:mi|nuestro) cliente\b|"
    r"sent your (?:CV|resume|profile) (?:over )?to)",
    re.IGNORECASE,
)
_AGENCY_SEARCH = skipping_pattern(_AGENCY) or _AGENCY  # only whether it matches is read
_COMPANY_MENTION = re.compile(_COMPANY)
_BODY_PATTERNS = [
    re.compile(
        rf"\b(?:interest in|applying to|applied to|application (?:to|at|with)|"
        rf"(?:position|role|job|opening|vacancy) (?:at|with)|here at|join(?:ing)?|"
        rf"on behalf of|behalf of) (?P<c>{_COMPANY})"
    ),
    re.compile(
        rf"\b[Tt]he (?P<c>{_COMPANY}) (?:recruiting|talent|hiring|people|HR|recruitment|"
        rf"careers|team)\b"
    ),
    re.compile(
        rf"\b(?:Interesse an|Bewerbung bei|Interesse bei|Team von|Team der|bei der|bei)"
        rf"(?: der| dem| den)? (?P<c>{_COMPANY})"
    ),
    re.compile(
        rf"\b(?i:intérêt pour|portez à|candidature chez|chez|l'équipe|l’équipe) (?P<c>{_COMPANY})"
    ),
    re.compile(
        rf"(?:^|\n|[.!?]\s)(?P<c>{_COMPANY})\s+(?:has invited you|invited you|wants to|"
        r"would like to (?:invite|interview|meet)|te ha invitado|quiere hacerte|quiere conocerte|"
        r"hat Sie|hat dich|vous a invitée?|souhaite vous)"
    ),
    re.compile(
        rf"\b(?:was sent to|has been sent to|wurde an|a été envoyée à|enviada a) (?P<c>{_COMPANY})"
    ),
    re.compile(
        rf"\b(?:interés en|candidatura en|equipo de|trabajar en|unirte a) (?P<c>{_COMPANY})"
    ),
]

_ROLE_STOP = r"(?![\w(])"
# A job title is a run of capitalised words ("Senior Backend Engineer (Platform)",
# "Ingeniero/a de Software Senior", "Backend-Entwicklerin / Backend-Entwickler (80–100 %)",
# "Principal Engineer, Grid Analytics"); a lower-case word ends it.
_ROLE_WORD = r"[A-ZÄÖÜÉÈÁÍÓÚÑ0-9][\w'’/&+#-]*(?:\.[\w'’/&+#-]+)*"
_ROLE_JOIN = r"(?:de|of|for|für|du|des|del|la|le|el|&|/|-|–)"
_ROLE_PAREN = r"\([^()\n]{1,30}\)"
_ROLE_TEXT = (
    rf"(?P<r>{_ROLE_WORD}(?:(?:\s+{_ROLE_JOIN})?\s+{_ROLE_WORD}|\s*{_ROLE_PAREN}"
    rf"|,\s+{_ROLE_WORD}(?:\s+{_ROLE_WORD}){{0,2}}(?=\s*(?:$|[.;:!?\n(–—|]|\s-\s|"
    rf"\s(?:at|bei|chez|en|role|position)\b))){{0,8}})"
)
_ROLE_PATTERNS = [
    re.compile(
        rf"\b(?:role|position|job|post|opening|vacancy) of (?:an? )?{_ROLE_TEXT}{_ROLE_STOP}"
    ),
    re.compile(rf"\blooking for an? {_ROLE_TEXT}(?=\s+(?:to|who|with|for|in)\b)"),
    re.compile(
        rf"\b(?:for|as|about|of|the|our) (?:the |our |a |an )?{_ROLE_TEXT}\s+"
        r"(?:position|role|opening|vacancy|job)\b"
    ),
    re.compile(rf"\b(?:Stelle|Position|Rolle|Tätigkeit) als {_ROLE_TEXT}{_ROLE_STOP}"),
    re.compile(
        rf"\bBewerbung (?:als|für die Stelle|für die Position|auf die Stelle) "
        rf"(?:als )?{_ROLE_TEXT}{_ROLE_STOP}"
    ),
    re.compile(rf"\b(?:poste|emploi|offre) (?:de |d'|d’){_ROLE_TEXT}{_ROLE_STOP}"),
    re.compile(
        rf"\b(?:poste|candidature au poste|candidature pour le poste) (?:de |d'|d’)?"
        rf"{_ROLE_TEXT}{_ROLE_STOP}"
    ),
    re.compile(rf"\b(?:puesto|posición|vacante|cargo) de {_ROLE_TEXT}{_ROLE_STOP}"),
]
_SUBJECT_ROLE_PATTERNS = [
    re.compile(
        rf"(?:^(?:(?:re|aw|fwd?|wg|tr|rv)\s*:\s*)*|[–—|:]\s*|\s-\s*){_ROLE_TEXT}\s+"
        r"(?:at|@|bei|chez|en|with)\s+[A-Z]"
    ),
    re.compile(
        r"\b(?:application|applying|interview|bewerbung|candidature|candidatura|entrevista|"
        r"entretien|vorstellungsgespräch|gespräch|oferta|offer|angebot|offre)\b\s*"
        r"(?:for|as|als|für|pour|pour le poste de|para|de|:|[-–—|])?\s*"
        rf"(?:the\s+|die\s+|le\s+|el\s+)?{_ROLE_TEXT}{_ROLE_STOP}",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?:for|as|als|für|pour|para)\s+(?:the\s+|a\s+|an\s+)?{_ROLE_TEXT}\s*$"),
    re.compile(rf"^(?:(?:re|aw|fwd?|wg|tr|rv)\s*:\s*)*{_ROLE_TEXT}\s*[–—|:-]\s"),
    re.compile(rf"[–—|:-]\s*{_ROLE_TEXT}\s+(?:interview|Interview|application|role)\b"),
]
_ROLE_NOUNS = re.compile(
    r"(engineer|developer|manager|designer|analyst|scientist|lead|director|consultant|"
    r"specialist|architect|intern|owner|officer|administrator|coordinator|assistant|associate|"
    r"head|vp|president|recruiter|accountant|writer|editor|researcher|technician|operator|"
    r"advisor|representative|agent|executive|strateg|marketing|sales|support|devops|sre|"
    r"ingenieur|entwickler|berater|referent|leiter|sachbearbeiter|mitarbeiter|werkstudent|"
    r"praktikant|kaufmann|kauffrau|fachkraft|spezialist|développeu|ingénieu|chef|responsable|"
    r"chargé|chargée|consultant|stagiaire|alternant|desarrollador|ingenier|analista|jefe|"
    r"técnico|tecnico|becario|programador|gerente|diseñador)",
    re.IGNORECASE,
)
_REQUISITION = re.compile(
    r"\s*[(\[]\s*(?:R|Req|REQ|JR|ID|Job ID|Ref|Réf|Kennziffer|Nr\.?)[-:#. ]*\s*"
    r"[\w-]*\d[\w-]*\s*[)\]]"
)
_ROLE_LEAD = re.compile(
    r"^(?:(?:interview|invitation|application|applying|bewerbung|vorstellungsgespräch|gespräch|"
    r"einladung|candidature|entretien|entrevista|candidatura|oferta|offer|angebot|offre)"
    r"(?:\s+(?:for|to|als|für|zum|pour|para|de|au poste de))?\s+)+",
    re.IGNORECASE,
)
_NOT_A_ROLE = re.compile(
    r"\b(?:screen|screening|interview|call|chat|meeting|session|round|sync|catch-?up|intro|"
    r"gespräch|termin|entretien|entrevista|llamada|reunión)\b|\(\s*\d+\s*(?:min|minutes|h|hours?)",
    re.IGNORECASE,
)
_GENDER_TAG = re.compile(
    r"\s*[(\[]\s*(?:[mwfdhxi]\s*/\s*){1,3}[mwfdhxi]\s*[)\]]|\s*[(\[](?:all genders|h/f|f/h)[)\]]",
    re.IGNORECASE,
)

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_UPPER = "A-ZÄÖÜÉÈÁÍÓÚÑ"
_LOWER = "a-zäöüßéèêëáíóúñç'’-"
_PERSON_NAME = (
    rf"[{_UPPER}][{_LOWER}]+(?:\s+(?:van|von|de|da|del|di|le|la))?"
    rf"(?:\s+[{_UPPER}][{_LOWER}]+){{1,2}}"
)
_NAME_WITH_EMAIL = re.compile(
    rf"(?P<n>{_PERSON_NAME})\s*(?:\([^()@\n]{{0,60}}\)\s*)?[(<\[]\s*(?:mailto:)?"
    rf"(?P<e>{_EMAIL.pattern})\s*[)>\]]"
)
_HONORIFIC = (
    r"^(?:(?:Herrn?|Frau|Mr\.?|Mrs\.?|Ms\.?|Mme\.?|Mlle\.?|M\.|Monsieur|Madame|Sr\.|Sra\.|"
    r"Señor|Señora|Don|Doña)\s+)+"
)
_TITLE = r"(?:(?:Dr|Prof)\.\s*)*"
_MEETING_CUE = re.compile(
    r"\b(?:interview\w*|\w*call|chat|conversation|session|meet\w*|panel|screen\w*|kennen\w*|"
    r"\w*gespräch\w*|termin|entretien|échange|visio\w*|rencontre|entrevista|videollamada|"
    r"llamada|reunión|charla)\b",
    re.IGNORECASE,
)
_WITH_CUE = re.compile(
    r"\b(?:with:?|mit:?|avec:?|con:?|conmigo y con|joined by|meet(?:ing)?|"
    r"speak(?:ing)? (?:with|to)|"
    r"rencontrere[zr]|rencontrerons|conocerás a|conocerá a|conocer a|treffen Sie|"
    r"interviewers?\s*:|Gesprächspartner(?:in|innen)?\s*:|interlocuteurs?\s*:|"
    r"entrevistador(?:es|as?)?\s*:)\s+",
    re.IGNORECASE,
)
_NAME_LIST_ITEM = re.compile(
    rf"(?P<self>\b(?:me|myself|ich|mir|mich|moi-même|moi|conmigo|mí)\b)|"
    rf"(?:(?:our|their|the|your|notre|leur|votre|nuestro|nuestra|su|unser(?:em|er|en)?|"
    rf"ihre[mnr]?)\s+[\w&/ -]{{1,40}}?,\s+)?"
    rf"(?P<name>(?:{_HONORIFIC[1:]})?{_TITLE}{_PERSON_NAME})"
    rf"(?:\s*\([^()]{{0,80}}\)|,\s+(?:our|their|the|notre|leur|nuestro|nuestra|unser\w*)"
    rf"\s+[^,.;]{{1,50}}(?=,))?"
)
# Sentence ends, but not after "Dr." or "Mr.": those start the names we want.
_SENTENCE_BREAK = re.compile(
    r"(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!\bSt\.)(?<!\bM\.)"
    r"(?<=[.!?])\s+|\n\s*\n"
)
_LIST_GLUE = r"\s*(?:,\s*)?(?:and|und|et|y|&|as well as|sowie|plus)?\s*(?:,\s*)?"
_AGENDA_LINE = re.compile(
    rf"^[ \t]*\d{{1,2}}[:.h]\d{{2}}[^\n]{{0,60}}?\s[–—-]\s(?P<name>{_PERSON_NAME})[ \t]*$",
    re.MULTILINE,
)


class _Search:
    """One of the patterns below, searched with the same matches but sooner: through
    `skipping_pattern` (read matches by group name: group 0 of such a match is one
    character), and not at all in a text that lacks every literal a match needs."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.skipping = skipping_pattern(pattern)
        self.needs = _needed_literals(pattern)

    def finditer(self, text: str, lower: str) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`; `lower` is `text.lower()`."""
        if self.needs is not None and not any(literal in lower for literal in self.needs):
            return
        if self.skipping is None:
            yield from self.pattern.finditer(text)
            return
        position = 0
        while (match := self.skipping.search(text, position)) is not None:
            yield match
            position = match.end(1)  # a match is never empty: it starts with a character


def _needed_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case texts one of which the lower-cased text holds wherever `pattern` matches;
    None when unsure. Only for a pattern matched case-sensitively throughout: its literals
    occur in the text as written, so lower-cased in the lower-cased text (which lower-cases
    each character on its own, but for a Greek capital sigma)."""
    if pattern.flags & re.IGNORECASE or "(?i" in pattern.pattern:
        return None
    hints = literal_hints(pattern)
    if hints is None or any(set(h) & {"σ", "ς"} for h in hints):
        return None
    return hints


_BODY_SEARCHES = [_Search(p) for p in _BODY_PATTERNS]
_ROLE_SEARCHES = [_Search(p) for p in _ROLE_PATTERNS]


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def company_key(name: str) -> str:
    """A company name for comparing: lower-case, no legal form, no punctuation."""
    return "".join(company_words(name))


def company_words(name: str) -> tuple[str, ...]:
    """A company name as comparable words: "Acme Robotics GmbH" → ("acme", "robotics")."""
    name = _clean(name)
    while True:
        stripped = _LEGAL_SUFFIX.sub("", name).strip(" ,.")
        if stripped == name:
            break
        name = stripped
    # Elbbrücke and elbbruecke.de are one name: German spelling first, then drop accents.
    folded = name.casefold().replace("&", " and ").translate(_GERMAN)
    folded = unicodedata.normalize("NFKD", folded)
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return tuple(re.findall(r"\w+", plain))


def role_key(role: str) -> str:
    """A role for comparing: lower-case, without gender tags and punctuation."""
    return re.sub(r"[^\w]+", " ", _GENDER_TAG.sub("", role).casefold()).strip()


# ---------------------------------------------------------------------------------------------
# Company


def _domain_label(domain: str) -> str:
    """The registrable label of a domain: careers.acme-robotics.co.uk → acme-robotics."""
    labels = [label for label in domain.lower().rstrip(".").split(".") if label]
    if len(labels) < 2:
        return labels[0] if labels else ""
    if ".".join(labels[-2:]) in _SECOND_LEVEL and len(labels) >= 3:
        return labels[-3]
    return labels[-2]


def _name_from_domain(domain: str) -> str:
    label = _domain_label(domain)
    if not label or label in _SUBDOMAIN_NOISE:
        return ""
    return " ".join(part.capitalize() for part in re.split(r"[-_]+", label) if part)


_VENDOR_PREFIXES = tuple(sorted(v for v in _VENDOR_NAMES if len(v) > 4))


def _plausible_company(name: str) -> str | None:
    name = _clean(name).strip(" ,.;:-–—|'\"()")
    # Cut a trailing greeting or role word the capital-word pattern swallowed.
    words = name.split()
    while words and words[-1].lower() in _GENERIC_WORDS:
        words.pop()
    while words and words[0].lower() in _GENERIC_WORDS:
        words.pop(0)
    if len(words) > 1 and len(words[-1]) == 1:
        words.pop()  # "Orbital Freight B" of "B.V."
    name = " ".join(words)
    if len(name) < 2 or len(name) > 60:
        return None
    key = company_key(name)
    if not key or key in _VENDOR_NAMES or name.lower() in _GENERIC_WORDS:
        return None
    if key.startswith(_VENDOR_PREFIXES):
        return None
    return name


def email_domain(email: str) -> str:
    """The domain of an address, lower-case: what follows the last "@"."""
    return email.rpartition("@")[2].lower().strip()


def _company_domain(people: Iterable[Person], lists: _Lists) -> str:
    """The first domain among `people` that belongs to the employer (no ATS, board, free mail)."""
    for person in people:
        domain = email_domain(person.email)
        if domain and not lists.is_platform(domain) and not lists.is_freemail(domain):
            return domain
    return ""


# The rules' lists of senders that are never the employer (free mail aside).
PLATFORM_LISTS = ("ats_senders", "scheduling_senders", "job_boards", "assessment_senders")


class _Lists:
    """Sender lists from the rules (ATS, scheduling, boards, free mail) for fact finding."""

    def __init__(self, rules: RuleSet) -> None:
        self.platforms = frozenset(d.lower() for name in PLATFORM_LISTS for d in rules.list(name))
        self.freemail = frozenset(d.lower() for d in rules.list("freemail_domains"))
        self.categories = {rule.name: rule.category for rule in rules.rules}

    def is_platform(self, domain: str) -> bool:
        return sender_domain_in(domain, self.platforms)

    def is_freemail(self, domain: str) -> bool:
        return sender_domain_in(domain, self.freemail)


def find_company(mail: Mail, rules: RuleSet | None = None) -> str | None:
    """The employer's name, from the sender, subject, text and signature; never an ATS vendor."""
    return _find_company(mail, _lists(rules))


def _find_company(mail: Mail, lists: _Lists, outgoing: bool = False) -> str | None:
    """Candidates scored by source (display name 4, subject 3, text 2, domain 1), +3 when a
    name agrees with the employer's mail domain. `outgoing`: the user wrote it, so the
    employer is among the recipients. Mail from a recruitment agency names its client."""
    people = (
        [*mail.to, *mail.cc]
        if outgoing
        else [*mail.reply_to, *([mail.sender] if mail.sender else [])]
    )
    domain = _company_domain(people, lists)
    subject = _clean(mail.subject)
    text = mail.text[:TEXT_CAP]
    signature = mail.signature[-600:]
    agency_key = ""
    if domain and _AGENCY_SEARCH.search(f"{subject}\n{text}\n{signature}"):
        # The sender's own firm is not the employer; only a named client is.
        agency_key = company_key(_domain_label(domain))
        domain = ""
    domain_key = company_key(_domain_label(domain)) if domain else ""
    candidates: list[tuple[float, int, str]] = []

    def add(name: str | None, score: float) -> None:
        plausible = _plausible_company(name or "")
        if not plausible:
            return
        key = company_key(plausible)
        if agency_key and (key.startswith(agency_key[:6]) or agency_key.startswith(key)):
            return
        if domain_key and (
            key == domain_key or key.startswith(domain_key) or domain_key.startswith(key)
        ):
            score += 3
        candidates.append((score, len(plausible), plausible))

    names = [] if outgoing else [p.name for p in (mail.sender, *mail.reply_to) if p and p.name]
    for name in names:
        for pattern in _NAME_PATTERNS:
            match = pattern.search(_clean(name))
            if match:
                add(match.group("c"), 4)
                break
        else:
            if _LEGAL_SUFFIX.search(_clean(name)):
                add(name, 4)  # "Nordlicht Energie GmbH <noreply@softgarden.io>"
    for pattern in _SUBJECT_PATTERNS:
        for match in pattern.finditer(subject):
            add(match.group("c"), 3)
    lower = text.lower()
    for search in _BODY_SEARCHES:
        for match in search.finditer(text, lower):
            add(match.group("c"), 2)
    for invite in mail.invites[:3]:
        for pattern in _SUBJECT_PATTERNS[:3]:
            match = pattern.search(_clean(invite.summary))
            if match:
                add(match.group("c"), 2.5)
    longer: list[str] = []
    if domain_key:
        spelled, longer = _names_spelling(domain_key, f"{text}\n{signature}")
        for name in spelled:
            add(name, 2)
        add(_name_from_domain(domain), 1)
    if not candidates:
        return None
    candidates.sort(reverse=True)
    best = _LEGAL_SUFFIX.sub("", candidates[0][2]).strip(" ,") or candidates[0][2]
    # "Cobalto" in passing, "Cobalto Tecnología" in the signature: the full name, one word on.
    best_words = len(best.split())
    for name in longer:
        if company_key(name).startswith(company_key(best)) and len(name.split()) == best_words + 1:
            return name
    return best


def _names_spelling(domain_key: str, text: str) -> tuple[list[str], list[str]]:
    """Names in `text` that spell the mail domain ("Acme Robotics GmbH" for acme-robotics.de),
    and longer names that start with it (without their legal form)."""
    spelled: list[str] = []
    longer: list[str] = []
    probe = domain_key[:4]
    for match in _COMPANY_MENTION.finditer(text):
        words = match.group(0)
        plain = words.lower().replace(" ", "").replace("-", "")
        if probe not in (plain if words.isascii() else company_key(words)):
            continue  # cheap test first: most capitalised words are not the company
        mention = _plausible_company(words)
        if mention is None:
            continue
        key = company_key(mention)
        if key == domain_key:
            spelled.append(mention)
        elif key.startswith(domain_key) and len(mention.split()) >= 2:
            longer.append(_LEGAL_SUFFIX.sub("", mention).strip(" ,"))
    return spelled, longer


# ---------------------------------------------------------------------------------------------
# Role


def find_role(mail: Mail) -> str | None:
    """The job title the message is about, from the subject or the text."""
    candidates: list[tuple[float, int, str]] = []

    def add(role: str, score: float) -> None:
        role = _clean(role).strip(" ,.;:-–—|'\"")
        role = _REQUISITION.sub("", role)
        role = _ROLE_LEAD.sub("", role).strip(" ,.;:-–—|'\"")
        role = re.sub(r"^(?:the|a|an|our|die|der|le|la|el|un|une)\s+", "", role, flags=re.I)
        if not role[:1].isupper() and not role[:1].isdigit():
            return
        if role.count("(") != role.count(")"):
            role = role.rstrip("(").split(" (")[0] if role.count("(") > role.count(")") else role
        if len(role) < 3 or len(role) > 90 or role.lower() in _GENERIC_WORDS:
            return
        # "Interview: Dana Whitfield (Senior Backend Engineer)": the candidate's name, then role.
        named = re.match(rf"^(?P<n>{_PERSON_NAME})\s*\((?P<r>[^()]+)\)$", role)
        if named and not _ROLE_NOUNS.search(named.group("n")) and _ROLE_NOUNS.search(named["r"]):
            role = named.group("r").strip()
        if _NOT_A_ROLE.search(role):
            return  # "Recruiter Screen (30 min)" is a calendar event type, not a job
        if _ROLE_NOUNS.search(role):
            score += 2
        candidates.append((score, -len(candidates), role))

    subject = _clean(mail.subject)
    for pattern in _SUBJECT_ROLE_PATTERNS:
        match = pattern.search(subject)
        if match:
            add(match.group("r"), 2)
    text = mail.text[:TEXT_CAP]
    lower = text.lower()
    for search in _ROLE_SEARCHES:
        for match in search.finditer(text, lower):
            add(match.group("r"), 1.5)
    for invite in mail.invites[:3]:
        match = _SUBJECT_ROLE_PATTERNS[1].search(_clean(invite.summary))
        if match:
            add(match.group("r"), 1)
    candidates = [c for c in candidates if c[0] >= 3]
    if not candidates:
        return None
    candidates.sort(reverse=True)
    return candidates[0][2]


# ---------------------------------------------------------------------------------------------
# People


def _is_robot(person: Person) -> bool:
    local = person.email.lower().rpartition("@")[0]
    return bool(
        re.match(
            r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|mailer-daemon|postmaster|"
            r"bounces?|notifications?|notify|calendar|calendar-notification|invitations?|"
            r"jobs?|careers?|recruiting|talent|hr|info|hello|team|support|alerts?)\b",
            local,
        )
    )


def _is_me(person: Person, me: frozenset[str]) -> bool:
    return normalize_address(person.email) in me


def _someone_else(person: Person | None, me: frozenset[str]) -> TypeGuard[Person]:
    """A person with an address who is neither the user nor a mail robot."""
    return (
        person is not None
        and bool(person.email)
        and not _is_me(person, me)
        and not _is_robot(person)
    )


def _pick_invite(mail: Mail) -> Invite | None:
    timed = [i for i in mail.invites if i.start is not None]
    live = [i for i in timed if not i.cancelled]
    if live:
        return max(live, key=lambda i: i.sequence)
    if timed:
        return timed[0]
    return mail.invites[0] if mail.invites else None


def find_interviewers(
    mail: Mail, me: frozenset[str] = frozenset(), company: str | None = None
) -> tuple[Person, ...]:
    """Who the user meets: invite attendees (minus the user, robots and people from another
    firm, e.g. the agency recruiter), the organiser only when nobody else is invited; else
    the names the text gives next to "with" / "mit" / "avec" / "con" (and "me" = the sender)."""
    me = owner_addresses(me)
    invite = _pick_invite(mail)
    if invite is not None and (invite.attendees or invite.organizer):
        people = [p for p in invite.attendees if _someone_else(p, me)]
        domains = Counter(email_domain(p.email) for p in people)
        organiser = invite.organizer
        if organiser and organiser.email and not _is_robot(organiser):
            domains[email_domain(organiser.email)] += 1
        if len(domains) > 1:
            home = domains.most_common(1)[0][0]
            people = [p for p in people if email_domain(p.email) == home]
        if not people and _someone_else(organiser, me):
            people = [organiser]
        if people:
            return tuple(_dedupe(_tidy_person(p) for p in people))
    found = _interviewers_from_text(mail, me, company)
    return tuple(_dedupe(found))


def _tidy_person(person: Person) -> Person:
    """Lower-case address; "Korn, Matthias" → "Matthias Korn"; no address as a name."""
    name = _clean(re.sub(r"\s+via\s+.*$", "", person.name, flags=re.I))
    if "@" in name:
        name = ""
    flipped = re.fullmatch(r"([^,\s]+(?:\s[^,\s]+)?),\s*([^,]+)", name)
    if flipped:
        name = f"{flipped.group(2)} {flipped.group(1)}"
    return Person(name.strip(" '\""), person.email.lower())


def _dedupe(people: Iterable[Person]) -> list[Person]:
    seen: set[str] = set()
    out: list[Person] = []
    for person in people:
        key = person.email.lower() or person.name.lower()
        if key and key not in seen:
            seen.add(key)
            out.append(person)
    return out


def _known_addresses(mail: Mail) -> dict[str, str]:
    """Names the message itself pairs with an address (headers, invite, "Name <email>")."""
    known: dict[str, str] = {}
    people = [mail.sender, *mail.to, *mail.cc, *mail.reply_to]
    for invite in mail.invites:
        people += [invite.organizer, *invite.attendees]
    for person in people:
        if person is not None and person.email and person.name:
            known.setdefault(_tidy_person(person).name.lower(), person.email.lower())
    for match in _NAME_WITH_EMAIL.finditer(mail.text[:TEXT_CAP]):
        known.setdefault(_clean(match.group("n")).lower(), match.group("e").lower())
    return known


_ORG_WORDS = frozenset(
    [
        "energy",
        "capital",
        "labs",
        "lab",
        "health",
        "systems",
        "software",
        "analytics",
        "logistics",
        "games",
        "group",
        "bank",
        "solutions",
        "technologies",
        "technology",
        "partners",
        "consulting",
        "ai",
        "inc",
        "gmbh",
        "ag",
        "ltd",
        "llc",
        "studio",
        "studios",
        "robotics",
        "insurance",
        "mobility",
        "freight",
        "search",
        "recruitment",
        "talent",
        "acquisition",
        "team",
        "teams",
        "university",
        "universität",
        "université",
        "universidad",
        "meet",
        "zoom",
        "microsoft",
        "google",
    ]
)


def _not_a_person(name: str, company: str | None) -> bool:
    """Capitalised words that name a firm or a job title, not a person."""
    words = {w.lower().strip(".,") for w in name.split()}
    if words & _ORG_WORDS or _ROLE_NOUNS.search(name):
        return True
    return bool(company) and company_key(name) == company_key(company or "")


def _interviewers_from_text(
    mail: Mail, me: frozenset[str], company: str | None = None
) -> list[Person]:
    text = mail.text[:TEXT_CAP]
    known = _known_addresses(mail)
    sender = mail.sender
    found: list[Person] = []

    def person(name: str) -> Person:
        name = _clean(re.sub(_HONORIFIC, "", name))
        email = known.get(name.lower()) or known.get(re.sub(r"^(?:Dr|Prof)\.\s*", "", name).lower())
        return Person(name, email or "")

    start = 0
    for brk in [*_SENTENCE_BREAK.finditer(text), None]:
        end = brk.start() if brk is not None else len(text)
        sentence = text[start:end]
        # The meeting may be named just before ("Termin: Dienstag 14 Uhr\nmit Nadja ...").
        context = text[max(0, start - 200) : end]
        start = brk.end() if brk is not None else end
        if not _MEETING_CUE.search(context):
            continue
        for cue in _WITH_CUE.finditer(sentence):
            rest = sentence[cue.end() : cue.end() + 240]
            for item in _NAME_LIST_ITEM.finditer(rest):
                if item.start() > 0 and not re.fullmatch(
                    _LIST_GLUE, rest[_previous_end(rest, item) : item.start()]
                ):
                    break
                if item.group("self"):
                    if _someone_else(sender, me):
                        found.append(_tidy_person(sender))
                elif item.group("name") and not _not_a_person(item.group("name"), company):
                    found.append(person(item.group("name")))
    # Agenda lines: "5:00 PM – 5:45 PM  System Design – Ben Whitaker".
    for match in _AGENDA_LINE.finditer(text):
        if not _not_a_person(match.group("name"), company):
            found.append(person(match.group("name")))
    return [p for p in found if not (p.email and _is_me(p, me))]


def _previous_end(rest: str, item: re.Match[str]) -> int:
    ends = [m.end() for m in _NAME_LIST_ITEM.finditer(rest[: item.start()])]
    return ends[-1] if ends else 0


def _addressee(mail: Mail, me: frozenset[str]) -> Person | None:
    """The first person the user's message is addressed to."""
    return _first_someone_else((*mail.to, *mail.cc), me)


def find_contact(mail: Mail, me: frozenset[str] = frozenset()) -> Person | None:
    """Who to write to: Reply-To if it is a person, else the sender unless it is a robot."""
    return _first_someone_else((*mail.reply_to, mail.sender), me)


def _first_someone_else(people: Iterable[Person | None], me: frozenset[str]) -> Person | None:
    """The first of `people` who is neither the user nor a robot, with a tidy name."""
    owner = owner_addresses(me)
    for person in people:
        if _someone_else(person, owner):
            return Person(_tidy_person(person).name, person.email)
    return None


# ---------------------------------------------------------------------------------------------
# Times


def _is_utc(moment: datetime) -> bool:
    key = getattr(moment.tzinfo, "key", None)
    return (
        moment.tzinfo is UTC
        or key in ("UTC", "Etc/UTC", "Etc/GMT", "Z")
        or (moment.tzinfo is not None and moment.tzinfo.tzname(moment) in ("UTC", "Z"))
    )


def _local(moment: datetime | None, zone: tzinfo | None, sent: datetime) -> datetime | None:
    """An invite time as the user reads it: a zone the invite names is kept; UTC (how many
    calendars send every time) is shown in the user's zone; a floating time is taken to be
    in the user's zone, else in the Date header's offset."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone or sent.tzinfo or UTC)
    if zone is not None and _is_utc(moment):
        return moment.astimezone(zone)
    return moment


def _all_day(start: datetime, end: datetime | None) -> bool:
    """A calendar "hold" for whole days (DATE values arrive as midnight)."""
    if start.time() != datetime.min.time():
        return False
    return end is None or (end - start) % timedelta(days=1) == timedelta(0)


def _invite_times(
    start: datetime, end: datetime | None, text: str, sent: datetime, zone: str | None
) -> tuple[datetime | None, datetime | None]:
    """The invite's times, in the offset the message implies: the zone the text states for
    the same instant (a UTC .ics next to "10:00 (GMT)"), else the invite's own named zone,
    else the user's. An all-day hold takes the clock times the text gives for that day."""
    user_zone = zone_or_none(zone)
    if _all_day(start, end):
        day = start.date()
        clock = _clock_range(text)
        if clock is not None:
            tz: tzinfo = user_zone or start.tzinfo or sent.tzinfo or UTC
            first = datetime.combine(day, clock[0], tzinfo=tz)
            last = datetime.combine(day, clock[1], tzinfo=tz) if clock[1] else None
            return first, last
        return _local(start, user_zone, sent), None
    local_start = _local(start, user_zone, sent)
    local_end = _local(end, user_zone, sent)
    if start.tzinfo is not None and _is_utc(start):
        stated = _interview_from_text(text, sent, zone)
        said = stated[0].tzinfo if stated is not None else None
        if stated is not None and said is not None and stated[0] == start:
            return stated[0], end.astimezone(said) if end is not None else local_end
    return local_start, local_end


_CLOCK = r"(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|uhr|h)?"
_CLOCK_RANGE = re.compile(
    rf"(?:\bfrom|\bvon|\bde|\bab|\bruns\s+from|\bstarts?\s+at|\bbeginnt\s+um|\bà\s+partir\s+de"
    rf"|\ba\s+partir\s+de)\s+{_CLOCK}\s*(?:(?:to|until|till|bis|à|a|-|–)\s+"
    rf"(?:about\s+|approx\.?\s+|ca\.\s+|circa\s+|environ\s+|aproximadamente\s+)?{_CLOCK})?",
    re.IGNORECASE,
)


def _clock_range(text: str) -> tuple[time, time | None] | None:
    """The first "from 9:00 to about 16:30" / "von 9 bis 16:30 Uhr" in a text."""
    for match in _CLOCK_RANGE.finditer(text[:TEXT_CAP]):
        first = _clock(match.group(1), match.group(2), match.group(3))
        if first is None or (match.group(2) is None and match.group(3) is None):
            continue  # a bare number ("from 2 teams") is no time
        last = _clock(match.group(4), match.group(5), match.group(6)) if match.group(4) else None
        return first, last
    return None


def _clock(hours: str | None, minutes: str | None, suffix: str | None) -> time | None:
    if hours is None:
        return None
    hour, minute = int(hours), int(minutes or 0)
    mark = (suffix or "").lower().replace(".", "")
    if mark == "pm" and hour < 12:
        hour += 12
    elif mark == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _aware(moment: datetime | None, tz: tzinfo) -> datetime | None:
    """A floating time (no zone) is in `tz`; an aware one stays as it is."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=tz)


def _interview_span(
    mail: Mail, floating: tzinfo
) -> tuple[Invite | None, datetime | None, datetime | None]:
    """The invite that matters and the interview's span: for a loop of several sessions on
    one day, from the first start to the last end. Floating times are read in `floating`."""
    invite = _pick_invite(mail)
    start = _aware(invite.start, floating) if invite is not None else None
    if invite is None or start is None:
        return invite, None, None
    sessions: list[tuple[datetime, datetime | None]] = []
    for other in mail.invites:
        begin = _aware(other.start, floating)
        if begin is None or other.cancelled != invite.cancelled or begin.date() != start.date():
            continue
        sessions.append((begin, _aware(other.end, floating)))
    if len(sessions) <= 1:
        return invite, start, _aware(invite.end, floating)
    ends = [end for _, end in sessions if end is not None]
    return invite, min(begin for begin, _ in sessions), max(ends) if ends else None


_Found = TypeVar("_Found")


def _or_none(find: Callable[[], _Found | None]) -> _Found | None:
    """What a fact finder found; None when it fails, as one odd text must not stop the rest."""
    try:
        return find()
    except Exception:  # noqa: BLE001 - a fact finder must never stop the pipeline
        return None


def _interview_from_text(
    text: str, sent: datetime, zone: str | None
) -> tuple[datetime, datetime | None] | None:
    return _or_none(lambda: interview_time(text, sent, zone if zone_or_none(zone) else None))


def _timeline(text: str, sent: datetime, interview: datetime | None) -> tuple[str, date] | None:
    """The stated decision timeline; "within a week after the interview" counts from the
    interview when this message fixes it (timeline.py resolves it, given the start)."""
    found = _or_none(lambda: decision_timeline(text, sent, interview=interview))
    return (found.text, found.date) if found is not None else None


# ---------------------------------------------------------------------------------------------


_LIST_CACHE: dict[int, _Lists] = {}


def _lists(rules: RuleSet | None) -> _Lists:
    rules = rules or RuleSet.default()
    cached = _LIST_CACHE.get(id(rules))
    if cached is None:
        if len(_LIST_CACHE) > 8:
            _LIST_CACHE.clear()
        cached = _LIST_CACHE[id(rules)] = _Lists(rules)
    return cached


def extract(
    mail: Mail,
    verdict: Verdict,
    *,
    rules: RuleSet | None = None,
    me: frozenset[str] = frozenset(),
    received: datetime | None = None,
    zone: str | None = None,
) -> Signal:
    """The Signal for `mail`, whose category `verdict` decided.

    `rules` supplies the sender lists (default: the shipped rules); `me` the owner's addresses;
    `received` stands in for a missing Date; `zone` is the user's IANA zone: times written
    without a zone (prose, floating or UTC invites) are read and shown in it.
    """
    lists = _lists(rules)
    kind = verdict.category
    sent = mail.date or received or _EPOCH
    if sent.tzinfo is None:
        sent = sent.replace(tzinfo=UTC)
    text = mail.text[:TEXT_CAP]
    # For the user's own mail the contact is whom she wrote to (the machine keeps contacts
    # only from company mail; match uses its domain to find the application).
    contact = find_contact(mail, me) if kind != Category.USER_SENT else _addressee(mail, me)
    floating = zone_or_none(zone) or sent.tzinfo or UTC
    invite, invite_start, invite_end = _interview_span(mail, floating)

    start: datetime | None = None
    end: datetime | None = None
    if invite_start is not None:
        start, end = _invite_times(invite_start, invite_end, text, sent, zone)
    elif kind in _INTERVIEW_KINDS or kind == Category.USER_SENT:
        found = _interview_from_text(text, sent, zone)
        if found is not None:
            start, end = found
    if end is not None and start is not None and not (start < end <= start + timedelta(days=1)):
        end = None

    decision: tuple[str, date] | None = None
    if kind in _TIMELINE_KINDS and kind != Category.USER_SENT:
        decision = _timeline(text, sent, start)

    company = _find_company(mail, lists, outgoing=kind == Category.USER_SENT)
    interviewers: tuple[Person, ...] = ()
    if kind in _INTERVIEW_KINDS:
        interviewers = find_interviewers(mail, me, company)
        if not interviewers and kind == Category.INTERVIEW_INVITE and contact is not None:
            # Nobody else named: whoever invites to a first call is usually on it.
            interviewers = (_tidy_person(contact),)

    wants_references = kind == Category.REFERENCE_REQUEST or any(
        lists.categories.get(name) == Category.REFERENCE_REQUEST for name in verdict.rules
    )
    return Signal(
        kind=kind,
        message_id=mail.message_id,
        at=sent,
        subject=mail.subject,
        sender=mail.sender,
        company=company,
        role=find_role(mail),
        interview_start=start,
        interview_end=end,
        interviewers=interviewers,
        contact=contact,
        decision_date=decision[1] if decision else None,
        decision_text=decision[0] if decision else None,
        return_date=(
            _or_none(lambda: return_date(text, sent)) if kind == Category.OUT_OF_OFFICE else None
        ),
        invite_uid=invite.uid if invite is not None and invite.uid else None,
        thread_ids=mail.thread_ids,
        rules=verdict.rules,
        wants_references=wants_references,
    )
