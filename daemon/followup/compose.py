"""Turn a decided Action into the variables its template sees and into an RFC 5322 draft.

Pure: no I/O and no clock (`now` is a parameter). Every header value that came from mail is
made safe here, so a hostile display name, subject or Message-ID can never add a header.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from followup.config import Profile, Reference
from followup.machine import base_step
from followup.model import Action, ActionKind, Application, Person
from followup.templates import MAX_SUBJECT, Rendered, one_line
from followup.timing import zone_info

MAX_NAME = 200  # a display name longer than this is not a name
MAX_TEXT = 300  # company, role, thread subject
MAX_ID = 900  # "In-Reply-To: <id>" must fit one 998-octet line: ids are never folded or cut
MAX_REFERENCES = 20
MAX_ID_PART = 120  # the action-id part of a draft's Message-ID, before its hash suffix

# Bidi embeddings/overrides/isolates can make a name display as something else; they are
# never needed in a greeting or a header, so they go with the control characters.
_INVISIBLE = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_LONE_SURROGATES = re.compile(r"[\ud800-\udfff]")
# Body text keeps its line breaks and tabs; every other control character goes.
_BODY_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|sv|vs|antw|odp|rif|res|ynt)(?:\s*\[\d+\]|\s*\(\d+\))?\s*[:：]\s*)+",
    re.IGNORECASE,
)
_GENDER_SUFFIX = re.compile(
    r"\s*[(\[]\s*(?:(?:m|w|f|d|x|i|h|div)(?:\s*/\s*(?:m|w|f|d|x|i|h|div))+"
    r"|all\s+genders?|gn\*?)\s*[)\]]\s*$",
    re.IGNORECASE,
)
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Thread:
    """The thread a draft answers: its subject and the ids to reply to (without or with <>)."""

    subject: str
    reply_to_id: str | None
    references: tuple[str, ...] = ()


class Draft(EmailMessage):
    """A draft ready for IMAP APPEND, plus the recipients left out because their address
    would not parse (`skipped`, as `Name <address>` strings), for the shell to report."""

    skipped: tuple[str, ...] = ()


# --- what templates see -------------------------------------------------------------------


def variables(
    action: Action,
    app: Application,
    profile: Profile,
    thread: Thread,
    *,
    zone: str,
    reference: Reference | None = None,
    news: str | None = None,
    news_link: str | None = None,
    batch: Sequence[Application] = (),
) -> dict[str, Any]:
    """The values a draft's template is rendered with (rules/templates/README.md lists them).

    Plain dicts, lists and strings only: the sandbox then has nothing to reach through, and a
    missing value is "" (or None for whole optional parts), never an undefined name.
    `batch`: every application a batched reference heads-up is about (`app` among them).
    """
    if reference is not None:
        addressed: Sequence[Person] = (Person(reference.name, reference.email),)
    else:
        addressed = action.to or ((app.contact,) if app.contact else ())
    recipients = _people(addressed)
    names = greeting_names([person["first_name"] for person in recipients])
    company = one_line(_clean(app.company), MAX_TEXT)
    role = _role(app.role)
    number = {"follow_up_1": 1, "follow_up_2": 2}.get(base_step(action.step))
    return {
        "me": {
            "name": display_name(profile.name),
            "first_name": first_name(profile.name, profile.email),
            "email": one_line(_clean(profile.email), MAX_NAME),
            "signature": _body_text(profile.signature),
            "pitch": _body_text(profile.pitch),
            "career_update": _body_text(profile.career_update),
        },
        "company": company,
        "role": role,
        "position": position(role, company),
        "recipients": recipients,
        "greeting_names": names,
        "greeting": f"Hi {names}," if names else "Hello,",
        "interview": _interview(app, zone),
        "decision": _decision(app),
        "follow_up_number": number,
        "news": _body_text(news) or None,
        "news_link": one_line(_clean(news_link or ""), MAX_ID) if news else "",
        "interviews": [_batch_item(one, zone) for one in (batch or (app,))],
        "reference": _reference(reference) if reference is not None else None,
        "thread_subject": thread_subject(thread.subject),
    }


def position(role: str, company: str) -> str:
    """'the Data Engineer role at Acme', or as much of it as is known."""
    noun = "" if re.search(r"\b(?:role|position|job)$", role, re.IGNORECASE) else " role"
    what = f"the {role}{noun}" if role else "the role"
    return f"{what} at {company}" if company else what


def thread_subject(subject: str) -> str:
    """The thread's subject, one line, without reply prefixes ('Re: AW: x' → 'x')."""
    return _REPLY_PREFIX.sub("", one_line(_clean(subject), MAX_TEXT)).strip()


def _role(role: str) -> str:
    # "(m/w/d)" and "(all genders)" belong in a job ad, not in a thank-you note.
    return _GENDER_SUFFIX.sub("", one_line(_clean(role), MAX_TEXT)).strip()


def _people(persons: Iterable[Person]) -> list[dict[str, str]]:
    seen: set[str] = set()
    out = []
    for person in persons:
        email = one_line(_clean(person.email), MAX_NAME)
        if email.lower() in seen:
            continue
        seen.add(email.lower())
        out.append(
            {
                "name": display_name(person.name),
                "first_name": first_name(person.name, person.email),
                "email": email,
            }
        )
    return out


def _interview(app: Application, zone: str) -> dict[str, Any]:
    interviewers = _people(app.interviewers)
    start = app.interview_start
    local = start.astimezone(zone_info(zone)) if start is not None else None
    return {
        "day": day_words(local.date()) if local else "",
        "weekday": _WEEKDAYS[local.weekday()] if local else "",
        "date": local.date().isoformat() if local else "",
        "time": f"{local:%H:%M}" if local else "",
        "interviewers": interviewers,
        "names": _and([p["name"] for p in interviewers if p["name"]]),
        "round": app.round,
    }


def _decision(app: Application) -> dict[str, str] | None:
    if app.decision_date is None and not app.decision_text:
        return None
    decided = app.decision_date
    return {
        "text": one_line(_clean(app.decision_text or ""), MAX_TEXT),
        "date": decided.isoformat() if decided else "",
        "day": day_words(decided) if decided else "",
    }


def _reference(reference: Reference) -> dict[str, str]:
    return {
        "name": display_name(reference.name),
        "first_name": first_name(reference.name, reference.email),
        "email": one_line(_clean(reference.email), MAX_NAME),
        "relationship": one_line(_clean(reference.relationship), MAX_TEXT),
        "last_worked_together": one_line(_clean(reference.last_worked_together), MAX_TEXT),
        "can_speak_to": one_line(_clean(reference.can_speak_to), MAX_TEXT),
        "catch_up": _body_text(reference.catch_up),
    }


def _batch_item(app: Application, zone: str) -> dict[str, Any]:
    """One interview of a reference heads-up: where, what, when and with whom."""
    company = one_line(_clean(app.company), MAX_TEXT)
    role = _role(app.role)
    return {
        "company": company,
        "role": role,
        "position": position(role, company),
        **_interview(app, zone),
    }


def day_words(day: date) -> str:
    """'Tuesday 3 March', in English whatever the machine's locale (the templates are)."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


def _and(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def greeting_names(first_names: Iterable[str]) -> str:
    """'Ana' / 'Ana and Ben' / 'Ana, Ben and Chloé'; '' when no name is known."""
    return _and(list(dict.fromkeys(name for name in first_names if name)))


# --- names ----------------------------------------------------------------------------------

_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "herr", "frau", "mme"}
    | {"mlle", "sr", "sra", "srta", "dott", "ing"}
)
_SUFFIXES = frozenset(
    {"phd", "md", "mba", "msc", "bsc", "ma", "ba", "jr", "sr", "ii", "iii", "iv", "cpa", "esq"}
)
# Words that mark a mailbox as a department or a robot: "Acme Talent Team" gets "Hello,".
_NOT_A_PERSON = frozenset(
    {"team", "recruiting", "recruitment", "talent", "careers", "jobs", "hr", "hiring"}
    | {"noreply", "no-reply", "donotreply", "do-not-reply", "notifications", "mailer-daemon"}
)
_EDGE_PUNCTUATION = "\"'`.,;:!?()[]{}<>|/\\*"


def display_name(name: str) -> str:
    """A display name safe for a header and a greeting: one line, no controls, capped."""
    return header_text(name, MAX_NAME).strip(" \"'")


def header_text(text: str, limit: int) -> str:
    """Text for a header value: one line, no controls, capped, and no RFC 2047 opener.

    The stdlib decodes an encoded word found in a value it is given and writes the result
    raw: Subject "=?utf-8?q?=0D=0ABcc:_x?=" comes out as a real Bcc line (Python 3.11). Text
    that reaches us has been decoded already, so a "=?" left in it is never a real one.
    """
    return one_line(_clean(text), limit).replace("=?", "= ?")


def first_name(name: str, email: str = "") -> str:
    """How to greet someone: 'Ana' from 'Ana Ruiz', 'Ruiz, Ana', 'ANA RUIZ', 'Dr. Ana Ruiz' or
    'RUIZ Ana'; '' when the name is empty, a department, or only the address again.

    Never derived from the address: 'Hi Ana.ruiz,' is worse than 'Hello,'.
    """
    text = display_name(name)
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>", " ", text)
    local = email.partition("@")[0].lower()
    if not text or ("@" in text and " " not in text) or text.lower() in {local, email.lower()}:
        return ""
    if "," in text:
        before, _, after = text.partition(",")
        after_tokens = [t.strip(_EDGE_PUNCTUATION).lower() for t in after.split()]
        suffix_only = all(t in _SUFFIXES for t in after_tokens)
        # "Ruiz, Ana" puts the family name first; "Ana Ruiz, PhD" only adds a degree.
        text = before if suffix_only else after
    tokens = [t.strip(_EDGE_PUNCTUATION) for t in text.split()]
    tokens = [t for t in tokens if any(c.isalpha() for c in t) and "@" not in t]
    if any(t.lower() in _NOT_A_PERSON for t in tokens):
        return ""
    tokens = [t for t in tokens if t.lower().rstrip(".") not in _HONORIFICS]
    tokens = [t for t in tokens if sum(c.isalpha() for c in t) > 1]  # initials: "J. Smith"
    if not tokens:
        return ""
    chosen = tokens[0]
    if len(tokens) > 1 and chosen.isupper() and len(chosen) > 2:
        # "DUPONT Jean": a family name in capitals, then the given name.
        given = next((t for t in tokens[1:] if not t.isupper() and t[:1].isupper()), None)
        chosen = given or chosen
    if re.fullmatch(r"[\w'’-]*[._][\w.'’_-]*", chosen):
        return ""  # "ana.ruiz" is a handle, not a name
    shouting = all(t.isupper() for t in tokens)  # "ANA RUIZ"; but "AJ Smith" keeps "AJ"
    if chosen.islower() or (chosen.isupper() and (len(chosen) > 2 or shouting)):
        chosen = "-".join(part[:1].upper() + part[1:].lower() for part in chosen.split("-"))
    return chosen


# --- the message ------------------------------------------------------------------------------


def template_name(action: Action) -> str:
    """The template that drafts this action: thank_you, follow_up_1, follow_up_2,
    reference_heads_up or rejection_reply."""
    if action.kind == ActionKind.DRAFT_REFERENCE_HEADS_UP:
        return "reference_heads_up"
    return base_step(action.step)


def compose(
    action: Action,
    app: Application,
    profile: Profile,
    rendered: Rendered,
    thread: Thread,
    *,
    now: datetime,
    to: tuple[Person, ...],
) -> Draft:
    """The draft as an EmailMessage with policy.SMTP: `as_bytes()` is CRLF and ready to APPEND.

    The body is quoted-printable UTF-8: paragraphs stay single lines when decoded (they reflow
    on a phone, unlike hard-wrapped text, and need no format=flowed), while every encoded line
    stays under 78 octets and 7-bit clean for any IMAP server. Non-ASCII names and subjects
    become RFC 2047 encoded words through the policy.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    sender = address(profile.name, profile.email)
    if sender is None:
        raise ValueError(f"the profile's email {profile.email!r} is not a usable address")
    recipients, skipped = addresses(to)

    message = Draft(policy=policy.SMTP)
    message["From"] = sender
    if recipients:
        message["To"] = recipients
    message["Subject"] = header_text(rendered.subject, MAX_SUBJECT) or header_text(
        _fallback_subject(action, app, thread), MAX_SUBJECT
    )
    message["Date"] = format_datetime(now)
    message["Message-ID"] = draft_message_id(action.id, profile.email)
    reply_to = message_id(thread.reply_to_id or "")
    if reply_to:
        message["In-Reply-To"] = _Tokens("In-Reply-To", [f"<{reply_to}>"])
    chain = references(thread)
    if chain:
        message["References"] = _Tokens("References", [f"<{i}>" for i in chain])
    message["X-Followup-Action"] = _Tokens("X-Followup-Action", [_ascii_token(action.id)])
    body = _LONE_SURROGATES.sub("\ufffd", rendered.body) or "\n"
    message.set_content(body, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.skipped = tuple(skipped)
    return message


def _fallback_subject(action: Action, app: Application, thread: Thread) -> str:
    """For a template whose subject rendered empty."""
    subject = thread_subject(thread.subject)
    if subject and action.kind != ActionKind.DRAFT_REFERENCE_HEADS_UP:
        return f"Re: {subject}"
    role = _role(app.role)
    about = f": {role}" if role else ""
    return {
        ActionKind.DRAFT_THANK_YOU: f"Thank you{about}",
        ActionKind.DRAFT_FOLLOW_UP: f"Following up on my interview{about}",
        ActionKind.DRAFT_REFERENCE_HEADS_UP: f"Reference heads-up{about}",
        ActionKind.DRAFT_REJECTION_REPLY: f"Thank you{about}",
    }.get(action.kind, f"Interview{about}")


def address(name: str, email: str) -> Address | None:
    """A mailbox for a header, or None when the address will not parse (or needs SMTPUTF8).

    If the stdlib would write the display name so that it reads back as something else, the
    characters that need quoting are dropped from it, and if that is not enough, the name is.
    """
    spec = one_line(_clean(email), MAX_ID).strip("<> ")
    local, at, domain = spec.rpartition("@")
    if not at or not local or not domain or any(c.isspace() for c in spec):
        return None
    if not local.isascii():
        return None  # an internationalised local part cannot be written without SMTPUTF8
    try:
        domain = domain.encode("idna").decode("ascii")
        bare = Address(addr_spec=f"{local}@{domain}")
    except Exception:  # the stdlib parser raises several types (even IndexError) on junk
        return None
    if bare.addr_spec.lower() != f"{local}@{domain}".lower() or not _reads_back([bare]):
        return None  # the parser read only part of it
    shown = display_name(name)
    for candidate in (shown, one_line(_HEADER_SPECIALS.sub(" ", shown), MAX_NAME)):
        if not candidate:
            break
        try:
            mailbox = Address(display_name=candidate, username=bare.username, domain=bare.domain)
        # Bandit B112: a name the stdlib refuses is not an error: the plainer one is tried next.
        except Exception:  # nosec B112
            continue
        if _reads_back([mailbox]):
            return mailbox
    return bare


# Characters a display name needs quoting for; a person's name can do without them.
_HEADER_SPECIALS = re.compile(r'[()<>\[\]:;@\\"]')


def _reads_back(mailboxes: Sequence[Address]) -> bool:
    """True when the To header written for these mailboxes reads back as the same ones, on
    continuation lines only: what a mail client will see is what was meant."""
    try:
        folded = policy.SMTP.header_factory("To", list(mailboxes)).fold(policy=policy.SMTP)
        lines = folded.split("\r\n")
        if lines[-1] != "" or any(not line[:1].isspace() for line in lines[1:-1]):
            return False
        value = "".join(lines).partition(":")[2]
        read = policy.default.header_factory("To", value).addresses
    except Exception:
        return False
    return [(a.display_name, a.addr_spec) for a in read] == [
        (m.display_name, m.addr_spec) for m in mailboxes
    ]


def addresses(people: Iterable[Person]) -> tuple[list[Address], list[str]]:
    """(usable mailboxes, each address once; the people left out, as 'Name <address>')."""
    usable: list[Address] = []
    skipped: list[str] = []
    seen: set[str] = set()
    for person in people:
        mailbox = address(person.name, person.email)
        if mailbox is None:
            skipped.append(one_line(_clean(str(person)), MAX_ID))
        elif mailbox.addr_spec.lower() not in seen:
            seen.add(mailbox.addr_spec.lower())
            usable.append(mailbox)
    if not _reads_back(usable):  # each reads back alone, but not together: names left off
        usable = [Address(username=m.username, domain=m.domain) for m in usable]
    return usable, skipped


def message_id(value: str) -> str:
    """A Message-ID from a store or a header, without <>, safe to write back; '' if unusable.

    Folding may have split an id over lines, so whitespace inside is removed rather than
    rejected; anything still not printable ASCII, or too long for one line, is left out.
    """
    text = re.sub(r"[\s\x00-\x1f\x7f]+", "", value)
    text = text.removeprefix("<").removesuffix(">")
    if not text or len(text) > MAX_ID or not text.isascii() or not text.isprintable():
        return ""
    if any(c in '<>"\\(),' for c in text):
        return ""
    return text


def references(thread: Thread) -> tuple[str, ...]:
    """References for the draft: the thread's ids, the one replied to last, each once; a long
    chain keeps its root and the newest ids (RFC 5322 §3.6.4 asks for the root)."""
    reply_to = message_id(thread.reply_to_id or "")
    ids = [message_id(i) for i in thread.references]
    chain = [i for i in dict.fromkeys(ids) if i and i != reply_to]
    if reply_to:
        chain.append(reply_to)
    if len(chain) > MAX_REFERENCES:
        chain = chain[:1] + chain[-(MAX_REFERENCES - 1) :]
    return tuple(chain)


def draft_message_id(action_id: str, email: str) -> str:
    """`<followup.{action id}@{the user's domain}>`: the same action always gets the same id,
    so the shell can search Drafts for it before APPEND (exactly-once drafts).

    Characters outside [A-Za-z0-9._-] become '-', and then a hash of the exact action id is
    appended, so ids that differ only in those characters still get different Message-IDs.
    """
    safe = re.sub(r"\.{2,}", ".", _ID_UNSAFE.sub("-", action_id)).strip(".")
    if safe != action_id or len(safe) > MAX_ID_PART:
        digest = hashlib.sha256(action_id.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        safe = f"{safe[:MAX_ID_PART].rstrip('.')}.{digest}".lstrip(".")
    return f"<followup.{safe}@{_domain(email)}>"


def _domain(email: str) -> str:
    if "@" not in email:
        return "followup.invalid"
    domain = re.sub(r"\s+", "", email.rpartition("@")[2]).lower()
    domain = re.sub(r"\.{2,}", ".", domain).strip(".")
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        domain = ""
    domain = re.sub(r"\.{2,}", ".", re.sub(r"[^a-z0-9.-]", "", domain)).strip(".-")
    return domain or "followup.invalid"


def _ascii_token(text: str) -> str:
    """Printable ASCII without spaces; anything else as a \\u escape (deterministic)."""
    out = "".join(c if "!" <= c <= "~" else f"\\u{ord(c):04x}" for c in text)
    return out[: MAX_ID - 20]


class _Tokens(str):
    """A header of ASCII tokens (message ids) that must never be encoded or split.

    policy.SMTP folds a long unstructured value into RFC 2047 encoded words, which turns a
    long Message-ID into garbage; a header value with a `name` and its own `fold` is written
    as it is, with line breaks only between tokens, whichever policy `as_bytes` is given.
    """

    name: str
    tokens: tuple[str, ...]

    def __new__(cls, name: str, tokens: Sequence[str]) -> _Tokens:
        self = super().__new__(cls, " ".join(tokens))
        self.name = name
        self.tokens = tuple(tokens)
        return self

    def fold(self, *, policy: Any) -> str:
        width = policy.max_line_length or 998
        start = f"{self.name}:"
        lines: list[str] = []
        line = start
        for token in self.tokens:
            if line != start and len(line) + 1 + len(token) > width:
                lines.append(line)
                line = ""
            line += f" {token}"
        lines.append(line)
        return str(policy.linesep).join(lines) + str(policy.linesep)


def _clean(text: str | None) -> str:
    """No lone surrogates (they cannot be encoded) and no invisible direction controls."""
    text = text or ""
    if _LONE_SURROGATES.search(text):
        text = _LONE_SURROGATES.sub("\ufffd", text)
    return _INVISIBLE.sub("", text)


def _body_text(text: str | None) -> str:
    """Text for a body: its own line breaks kept, other control characters removed."""
    text = _clean(text).replace("\r\n", "\n").replace("\r", "\n")
    return _BODY_CONTROLS.sub("", text).strip()
