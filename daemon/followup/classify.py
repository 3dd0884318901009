"""Decide what a message is (a Category) with readable YAML rules, and say why.

Rules are validated whole and compiled once at load (one small matcher class per YAML key);
`classify` is pure: it reads only the Mail, the RuleSet and the owner's addresses.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .model import Category, Mail
from .yamlfile import (
    Context,
    Position,
    YamlError,
    item_position,
    load_file,
    load_text,
    node_position,
    value_position,
)

__all__ = [
    "Rule",
    "RuleSet",
    "Verdict",
    "classify",
    "normalize_address",
    "owner_addresses",
    "sender_domain_in",
]

# How much of each field is scanned: the decisive words of job mail come early, and a capped
# scan keeps a 2 MB newsletter as cheap as a two-line note.
SUBJECT_CAP = 400
BODY_CAP = 6000
SIGNATURE_CAP = 1000
INVITE_TEXT_CAP = 2000

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u034f"), None)
_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
# Both tables at once (their keys differ); searched for first, as most text holds none.
_CLEANUP = {**_INVISIBLE, **_QUOTES}
_NEEDS_CLEANUP = re.compile("[" + "".join(re.escape(chr(code)) for code in _CLEANUP) + "]")
_WORD = re.compile(r"\w+")
_REPLY_PREFIX = re.compile(r"^\s*(re|aw|antw|sv|vs|wg|fw|fwd|r|tr|rv|res)\s*(\[\d+\])?\s*:", re.I)


def _normalize(text: str, cap: int) -> str:
    """One spelling for the same words: NFC, straight quotes, single spaces, no invisibles."""
    text = text[: cap * 2]
    # ASCII text is in NFC already and holds none of the characters replaced.
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        if _NEEDS_CLEANUP.search(text):
            text = text.translate(_CLEANUP)
    return " ".join(text.split())[:cap]


def normalize_address(address: str) -> str:
    """Lower-case, without a +tag, so `Me+jobs@x.org` is the owner `me@x.org`."""
    address = address.strip().lower()
    local, at, domain = address.rpartition("@")
    if not at:
        return address
    return f"{local.split('+', 1)[0]}@{domain}"


def owner_addresses(addresses: Iterable[str]) -> frozenset[str]:
    """The owner's addresses, each as `normalize_address` spells it."""
    return frozenset(normalize_address(address) for address in addresses)


def sender_domain_in(domain: str, domains: Iterable[str]) -> bool:
    """True when `domain` is one of `domains` or a subdomain of one."""
    wanted = domains if isinstance(domains, frozenset | set) else frozenset(domains)
    labels = domain.lower().rstrip(".").split(".")
    return any(".".join(labels[i:]) in wanted for i in range(len(labels)))


# ---------------------------------------------------------------------------------------------
# The message as the matchers see it: every field normalised once.


_NOT_YET = object()


class MailView:
    """The parts of a Mail that rules look at, normalised once per message."""

    def __init__(
        self,
        mail: Mail,
        me: frozenset[str],
        tracked_threads: frozenset[str],
        tracked_domains: frozenset[str] = frozenset(),
    ) -> None:
        self.mail = mail
        subject = _normalize(mail.subject or "", SUBJECT_CAP)
        body = _normalize(mail.text or "", BODY_CAP)
        invite_text = _normalize(
            " ".join(f"{i.summary} {i.location} {i.description}" for i in mail.invites),
            INVITE_TEXT_CAP,
        )
        signature = _normalize(mail.signature or "", SIGNATURE_CAP)
        attachments = _normalize(" ".join(mail.attachments), SUBJECT_CAP)
        text = f"{subject} \n {body} \n {invite_text}"
        self.raw: dict[str, str] = {
            "subject": subject,
            "body": body,
            "text": text,
            "signature": signature,
            "invite_text": invite_text,
            "attachments": attachments,
        }
        self.lower: dict[str, str] = {k: v.lower() for k, v in self.raw.items()}
        self._words: dict[str, frozenset[str]] = {}
        self._found: dict[tuple[str, int], str | None] = {}
        self._present: dict[tuple[str, int], frozenset[str]] = {}
        sender = mail.sender
        self.address = normalize_address(sender.email) if sender else ""
        self.local, _, self.domain = self.address.rpartition("@")
        # The domain and every parent domain, as sender_domain_in tries them.
        labels = self.domain.lower().rstrip(".").split(".")
        self.domains = frozenset(".".join(labels[i:]) for i in range(len(labels)))
        self.name = _normalize(sender.name, 200) if sender else ""
        self.name_lower = self.name.lower()
        # Header values are normalised when a rule first asks for that header.
        raw_headers: dict[str, list[str]] = {}
        for key, value in mail.headers[:200]:
            raw_headers.setdefault(key.lower(), []).append(value)
        self._raw_headers = raw_headers
        self._headers: dict[str, list[str]] = {}
        self.from_me = bool(self.address) and self.address in me
        self.bulk = mail.bulk
        self.invite = bool(mail.invites)
        self.auto_submitted = mail.auto_submitted
        self.reply = bool(mail.in_reply_to or mail.references) or bool(
            _REPLY_PREFIX.match(mail.subject or "")
        )
        self.in_thread = any(
            i in tracked_threads for i in (mail.in_reply_to, *mail.references) if i
        )
        self.known_sender = bool(self.domain) and sender_domain_in(self.domain, tracked_domains)

    def header(self, name: str) -> list[str]:
        """The normalised values of a header (lower-case name), in message order."""
        values = self._headers.get(name)
        if values is None:
            values = [_normalize(value, 1000) for value in self._raw_headers.get(name, ())]
            self._headers[name] = values
        return values

    def words(self, field_name: str) -> frozenset[str]:
        """The whole words of a field: a phrase can only match if all its words are here."""
        words = self._words.get(field_name)
        if words is None:
            if field_name == "text":
                # Its parts joined by white space, which no word crosses: the union of
                # theirs, without reading the body a second time.
                words = self.words("subject") | self.words("body") | self.words("invite_text")
            else:
                words = frozenset(_WORD.findall(self.lower[field_name]))
            self._words[field_name] = words
        return words

    def find(self, field_name: str, group: PhraseGroup) -> str | None:
        """The text a phrase of `group` matched in a field (memoised: rules share lists)."""
        key = (field_name, id(group))
        found = self._found.get(key, _NOT_YET)
        if found is not _NOT_YET:
            return found  # type: ignore[return-value]
        lower = self.lower[field_name]
        present = None
        index = group.index
        if index is not None:
            # The hints of every group sharing this index, found in one scan of the field.
            present_key = (field_name, id(index))
            present = self._present.get(present_key)
            if present is None:
                present = index.present(lower, self.words(field_name))
                self._present[present_key] = present
        found = group.find(self.raw[field_name], lower, self.words(field_name), present)
        self._found[key] = found
        return found


# ---------------------------------------------------------------------------------------------
# Phrases: plain (case-insensitive, whole words, `*` at either end for "any word ending") or
# `re:` regular expressions.


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


class Phrase:
    """One phrase as written in a rule; `find` returns the matched text or None."""

    def __init__(self, written: str) -> None:
        self.written = written

    def find(self, raw: str, lower: str, words: frozenset[str] | None = None) -> str | None:
        """Search normalised text (`raw`) and its lower-case twin; `words`, when given, are
        the whole words of the text, used to skip hopeless searches."""
        raise NotImplementedError


class PlainPhrase(Phrase):
    """Whole-word, case-insensitive text; spaces match any run of white space."""

    def __init__(self, written: str) -> None:
        super().__init__(written)
        text = _normalize(written, 10_000).lower()
        self.open_start = text.startswith("*")
        self.open_end = text.endswith("*")
        self.needle = text.strip("*").strip()
        tokens = _WORD.findall(self.needle)
        # Tokens cut open by a wildcard are only prefixes/suffixes of a text word.
        if self.open_start and tokens and _is_word_char(self.needle[0]):
            tokens = tokens[1:]
        if self.open_end and tokens and _is_word_char(self.needle[-1]):
            tokens = tokens[:-1]
        self.tokens = frozenset(tokens)
        self.bound_start = not self.open_start and _is_word_char(self.needle[:1] or " ")
        self.bound_end = not self.open_end and _is_word_char(self.needle[-1:] or " ")

    def find(self, raw: str, lower: str, words: frozenset[str] | None = None) -> str | None:
        if words is not None and self.tokens and not self.tokens <= words:
            return None
        haystack = lower
        needle = self.needle
        start = 0
        while (i := haystack.find(needle, start)) >= 0:
            j = i + len(needle)
            left_ok = not self.bound_start or i == 0 or not _is_word_char(haystack[i - 1])
            right_ok = not self.bound_end or j >= len(haystack) or not _is_word_char(haystack[j])
            if left_ok and right_ok:
                return raw[i:j] if len(raw) == len(haystack) else needle
            start = i + 1
        return None


class RegexPhrase(Phrase):
    """`re:` pattern, case-insensitive, searched in the normalised (single-spaced) text."""

    def __init__(self, written: str, pattern: re.Pattern[str]) -> None:
        super().__init__(written)
        self.pattern = pattern
        self.hints = literal_hints(pattern)
        # Built at the first search: loading rules stays quick for a one-off command.
        self._skipping: re.Pattern[str] | None = None
        self._skipping_built = False

    def find(self, raw: str, lower: str, words: frozenset[str] | None = None) -> str | None:
        # A regex costs ~50x a substring test: skip it when a text it needs is absent.
        if self.hints is not None and not any(h in lower for h in self.hints):
            return None
        return self.search(raw)

    def search(self, raw: str) -> str | None:
        """The pattern's match in `raw`, hints not consulted (the caller has)."""
        if not self._skipping_built:
            self._skipping = skipping_pattern(self.pattern)
            self._skipping_built = True
        if self._skipping is not None:
            match = self._skipping.search(raw)
            return match[1] if match else None
        match = self.pattern.search(raw)
        return match[0] if match else None


# Every character an ASCII letter matches under re.IGNORECASE besides its two cases (the tests
# check this against the regex engine for every character).
_CASE_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def skipping_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` rewritten so that `search` skips, in C, the positions where no match can
    start; group 1 of its match is the match of `pattern`. None when that is not known to
    help or to be the same.

    Python's regex engine tries a pattern at every position unless it starts with a
    character matched case-sensitively: case-insensitive patterns and those that start with
    `\\b` or a lookaround are tried everywhere. The rewrite consumes one character of the set
    that every match starts with (all of their case forms, matched case-sensitively, so the
    engine skips), then steps back and matches the pattern there inside a lookahead. The
    match found is the same: the leftmost position where the pattern matches, with the same
    backtracking there.
    """
    flags = pattern.flags
    if flags & re.VERBOSE:
        return None
    if _BACKREFERENCE.search(pattern.pattern):
        return None  # the extra group would renumber what a back-reference names
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        items = sre_parse.parse(pattern.pattern, flags).data
        if items and items[0] in ((sre.AT, sre.AT_BEGINNING), (sre.AT, sre.AT_BEGINNING_STRING)):
            return None  # anchored at the start: the engine tries one position only
        zero_width = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
        if not flags & re.IGNORECASE and not (items and items[0][0] in zero_width):
            return None  # the engine skips ahead to a case-sensitive start by itself
        starts = _first_chars(items, bool(flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - private API; the rewrite is optional
        return None
    chars: set[str] = set()
    for code, any_case in starts or ():
        char = chr(code)
        if not any_case:
            chars.add(char)
        elif char.isascii():
            lower = char.lower()
            chars.update((lower, lower.upper(), *_CASE_EXTRA.get(lower, "")))
        else:
            return None  # the case forms of other characters are not worked out here
    if not chars:
        return None
    first = "".join(re.escape(c) for c in sorted(chars))
    try:
        return re.compile(f"(?-i:[{first}])(?<=(?=({pattern.pattern}))[\\s\\S])", flags)
    except re.error:  # e.g. global flags inside the pattern, which must come first
        return None


def _first_chars(items: Any, any_case: bool) -> set[tuple[int, bool]] | None:
    """The characters (codes, as written) one of which every match of `items` starts with,
    each with whether it is matched in any case; None when unsure or when a match may be
    empty. `any_case`: whether re.IGNORECASE holds where `items` stand."""
    from re import _constants as sre  # type: ignore[attr-defined]

    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the first character is still ahead
        if op is sre.LITERAL:
            return {(av, any_case)}
        if op is sre.IN:
            codes: set[int] = set()
            for member, value in av:
                if member is sre.LITERAL:
                    codes.add(value)
                elif member is sre.RANGE and value[1] - value[0] < 64:
                    codes.update(range(value[0], value[1] + 1))
                else:
                    return None  # negated sets, categories (\w, \d), big ranges
            return {(code, any_case) for code in codes}
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, inner = av  # (?i:...) and (?-i:...) change the case rule
            inner_case = (any_case or bool(add_flags & re.IGNORECASE)) and not (
                del_flags & re.IGNORECASE
            )
            return _first_chars(inner, inner_case)
        if op is sre.BRANCH:
            found: set[tuple[int, bool]] = set()
            for alternative in av[1]:
                starts = _first_chars(alternative, any_case)
                if starts is None:
                    return None
                found |= starts
            return found
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            return _first_chars(av[2], any_case)
        return None
    return None


def literal_hints(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Texts of which a match must contain at least one (lower-case), or None if unsure.

    Reads the parsed pattern: among the items every match must pass through, it picks the
    one whose possible literal beginnings are longest. Only a speed-up: any doubt → None.
    """
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - private API; the hint is optional
        return None
    if pattern.flags & re.VERBOSE:
        return None

    def leads(items: Any) -> set[str] | None:
        acc = ""
        for op, av in items:
            if op is sre.AT:
                if acc:
                    break
                continue
            if op is sre.LITERAL:
                acc += chr(av)
                continue
            if op is sre.SUBPATTERN:
                inner = leads(av[-1])
                return {acc + i for i in inner} if inner else ({acc} if acc else None)
            if op is sre.BRANCH:
                alts = [leads(alt) for alt in av[1]]
                if any(a is None for a in alts):
                    return {acc} if acc else None
                return {acc + i for a in alts if a for i in a}
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
                inner = leads(av[2])
                return {acc + i for i in inner} if inner else ({acc} if acc else None)
            break
        return {acc} if acc else None

    def required(items: Any, depth: int = 0) -> set[str] | None:
        """The best set of texts one of which every match of `items` contains."""
        candidates: list[set[str]] = []
        run: list[Any] = []
        for item in [*items, (None, None)]:
            op, av = item
            if op is sre.LITERAL:
                run.append(item)
                continue
            if run:
                found = leads(run)
                if found:
                    candidates.append(found)
                run = []
            if op in (sre.SUBPATTERN, sre.BRANCH) or (
                op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1
            ):
                found = leads([item])
                if found:
                    candidates.append(found)
                if depth < 8:
                    # `ti\s+invitiamo|GP\s+practice`: each alternative's own best text
                    # (`invitiamo`, `practice`), where their beginnings are too short.
                    found = within(op, av, depth + 1)
                    if found:
                        candidates.append(found)
        best: set[str] | None = None
        for found in candidates:
            if min(map(len, found)) < 3 or len(found) > 40:
                continue
            if best is None or min(map(len, found)) > min(map(len, best)):
                best = found
        return best

    def within(op: Any, av: Any, depth: int) -> set[str] | None:
        if op is sre.SUBPATTERN:
            return required(av[-1], depth)
        if op is sre.BRANCH:
            alternatives = [required(alt, depth) for alt in av[1]]
            if any(found is None for found in alternatives):
                return None
            return {text for found in alternatives if found for text in found}
        return required(av[2], depth)  # a repeat of at least one

    best = required(tree.data)
    if best is None:
        return None
    return tuple(sorted({h.lower() for h in best}))


def _trie_pattern(texts: Iterable[str]) -> str:
    """A regular expression matching any of `texts`, shaped as a trie (shared beginnings
    written once) so the engine follows one path instead of trying each text in turn. Where
    a text ends and a longer one goes on, the longer is tried first."""
    root: dict[str, Any] = {}
    for text in texts:
        node = root
        for char in text:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alternatives = [re.escape(char) + emit(child) for char, child in node.items() if char]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


class HintIndex:
    """Which of many short texts (the hints of `re:` phrases) occur in a text, in one pass.

    Exactly the set `{h for h in hints if h in text}`, for the cost of one regular-expression
    scan instead of one substring search per hint. At each position the scan finds the
    longest hint starting there; every hint that starts there is a beginning of that one, so
    the beginnings that are hints themselves complete the set.

    A hint made of word characters only lies inside one word of the text, so given the
    text's distinct words, those hints are looked for in the words alone (shorter than the
    text, and each word once); the few others by substring tests.
    """

    def __init__(self, hints: Iterable[str]) -> None:
        self.hints = frozenset(h for h in hints if h)
        in_words = sorted(h for h in self.hints if _WORD.fullmatch(h))
        self._others = tuple(sorted(self.hints.difference(in_words)))
        self._in_words = in_words
        self._scans: dict[bool, re.Pattern[str] | None] = {}  # compiled when first needed
        self._beginnings = {
            hint: frozenset(hint[:n] for n in range(1, len(hint) + 1) if hint[:n] in self.hints)
            for hint in self.hints
        }

    def present(self, lower: str, words: frozenset[str] | None = None) -> frozenset[str]:
        """The hints that occur in `lower` (compared as they are: pass lower-case text).
        `words`, when given, must be `_WORD.findall(lower)` as a set."""
        if words is None:
            scan = self._scan(in_words=False)
            longest = set(scan.findall(lower)) if scan else set()
        else:
            scan = self._scan(in_words=True)
            longest = set(scan.findall(" ".join(words))) if scan and words else set()
            longest.update(hint for hint in self._others if hint in lower)
        if not longest:
            return frozenset()
        beginnings = self._beginnings
        return frozenset().union(*(beginnings[hint] for hint in longest))

    def _scan(self, in_words: bool) -> re.Pattern[str] | None:
        if in_words not in self._scans:
            self._scans[in_words] = _scan_pattern(self._in_words if in_words else self.hints)
        return self._scans[in_words]


def _scan_pattern(hints: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern whose `findall` gives, at every position where a hint starts, the longest
    hint starting there. It consumes the first character (case-sensitively, so the engine
    skips positions no hint starts at) and reads the hint in a lookahead from one character
    back: the next search starts one character on, so overlapping hints are all seen."""
    hints = sorted(hints)
    if not hints:
        return None
    firsts = "".join(re.escape(c) for c in sorted({h[0] for h in hints}))
    return re.compile(f"[{firsts}](?<=(?=({_trie_pattern(hints)}))[\\s\\S])")


class PhraseGroup:
    """Phrases searched together; plain ones are looked up by their words, so a list of a
    hundred phrases costs a set intersection plus a few substring tests; `re:` ones by their
    hints (see HintIndex), so only those whose hints occur in the text are run."""

    def __init__(self, phrases: Sequence[Phrase]) -> None:
        self.phrases = tuple(phrases)
        self.written = tuple(p.written for p in self.phrases)
        self._by_word: dict[str, list[int]] = {}
        self._by_hint: dict[str, list[tuple[int, RegexPhrase]]] = {}
        self._always: list[int] = []
        for index, phrase in enumerate(self.phrases):
            if isinstance(phrase, PlainPhrase) and phrase.tokens:
                key = max(phrase.tokens, key=len)
                self._by_word.setdefault(key, []).append(index)
            elif isinstance(phrase, RegexPhrase) and phrase.hints is not None:
                for hint in phrase.hints:
                    self._by_hint.setdefault(hint, []).append((index, phrase))
            else:
                self._always.append(index)
        self._keys = frozenset(self._by_word)
        self.hints = frozenset(self._by_hint)
        self._index: HintIndex | None = None
        # Plain phrases with no whole word to look up (`interview*`, `*gespräch`) are tried
        # on every text; one scan for all their needles first skips them where none occurs.
        # Needles of word characters lie inside one word: the text's distinct words, joined,
        # are scanned instead of the whole text (shorter, each word once).
        always = [self.phrases[i] for i in self._always]
        self._always_scan: re.Pattern[str] | None = None
        self._always_in_words = False
        if always and all(isinstance(p, PlainPhrase) and p.needle for p in always):
            needles = [p.needle for p in always if isinstance(p, PlainPhrase)]
            self._always_scan = _scan_pattern(needles)
            self._always_in_words = all(_WORD.fullmatch(n) for n in needles)

    @property
    def index(self) -> HintIndex | None:
        """An index that knows every hint of the group (None: the group has none). A rule
        set gives all its groups one shared index, so a text is scanned once for all."""
        if self._index is None and self.hints:
            self._index = HintIndex(self.hints)
        return self._index

    def share_index(self, index: HintIndex) -> None:
        """Use `index` (which must know all of this group's hints) instead of an own one."""
        if not self.hints <= index.hints:
            raise ValueError("the shared index lacks hints of this group")
        if self.hints:
            self._index = index

    def find(
        self,
        raw: str,
        lower: str,
        words: frozenset[str] | None = None,
        present: frozenset[str] | None = None,
    ) -> str | None:
        """The first phrase (in list order) found in the text, as it appears there.

        `present`, when given with `words`, is what `self.index.present(lower)` returns
        (callers that search many groups in one text compute it once)."""
        if words is None:
            for phrase in self.phrases:
                found = phrase.find(raw, lower, words)
                if found is not None:
                    return found
            return None
        scan = self._always_scan
        if scan is None:
            hits = list(self._always)
        else:
            text = " ".join(words) if self._always_in_words else lower
            hits = list(self._always) if scan.search(text) else []
        for key in self._keys & words:
            hits.extend(self._by_word[key])
        regexes: dict[int, RegexPhrase] = {}
        if self.hints:
            if present is None:
                index = self.index
                present = index.present(lower, words) if index is not None else frozenset()
            for hint in self.hints & present:
                regexes.update(self._by_hint[hint])
            hits.extend(regexes)
        phrases = self.phrases
        for position in sorted(hits):
            # A regex whose hints were found: the pattern alone decides.
            regex = regexes.get(position)
            found = (
                regex.search(raw)
                if regex is not None
                else phrases[position].find(raw, lower, words)
            )
            if found is not None:
                return found
        return None


# ---------------------------------------------------------------------------------------------
# Matchers: one small class per YAML key, built by `_build_condition`.


class Matcher(Protocol):
    cost: int

    def test(self, view: MailView) -> list[str] | None:
        """The reasons it matched, or None when it did not."""
        ...

    def describe(self) -> str: ...


def _quote(items: Sequence[str], limit: int = 4) -> str:
    shown = ", ".join(repr(i) for i in items[:limit])
    return shown + (f" (+{len(items) - limit} more)" if len(items) > limit else "")


@dataclass
class FlagMatcher:
    """from_me, bulk, auto_submitted, reply, in_thread: a yes/no fact about the message."""

    flag: str
    expected: bool
    cost: int = 0

    _WORDING = {
        "from_me": ("is from the mailbox owner", "is not from the mailbox owner"),
        "bulk": ("is bulk / list mail", "is not bulk mail"),
        "auto_submitted": ("is auto-submitted", "is not auto-submitted"),
        "reply": ("is a reply", "is not a reply"),
        "in_thread": ("replies into a tracked thread", "is not in a tracked thread"),
        "known_sender": (
            "comes from an employer already tracked",
            "does not come from a tracked employer",
        ),
        "invite": ("carries a calendar invite", "carries no calendar invite"),
    }

    def test(self, view: MailView) -> list[str] | None:
        actual = bool(getattr(view, self.flag))
        return [self.describe()] if actual == self.expected else None

    def describe(self) -> str:
        yes, no = self._WORDING[self.flag]
        return yes if self.expected else no


@dataclass
class SenderMatcher:
    """From address, domain (subdomains included), local part or display name; any may match."""

    addresses: frozenset[str]
    domains: frozenset[str]
    locals: PhraseGroup | None
    names: PhraseGroup | None
    cost: int = 1

    def test(self, view: MailView) -> list[str] | None:
        if view.address and view.address in self.addresses:
            return [f"sender is {view.address}"]
        if view.domain and not self.domains.isdisjoint(view.domains):
            return [f"sender domain {view.domain} is listed"]
        # The view's address parts are normalised already: no second pass.
        if self.locals and view.local and (hit := self.locals.find(view.local, view.local)):
            return [f"sender local part {view.local!r} matches {hit!r}"]
        if self.names and view.name and (hit := self.names.find(view.name, view.name_lower)):
            return [f"sender name {view.name!r} contains {hit!r}"]
        return None

    def describe(self) -> str:
        parts = [*sorted(self.addresses), *sorted(self.domains)]
        for group in (self.locals, self.names):
            parts += group.written if group else ()
        return f"sender is one of {_quote(parts)}"


@dataclass
class PhraseMatcher:
    """Phrases in a text field: any (one is enough), all (each needed), none (none may appear)."""

    field_name: str
    any: PhraseGroup | None
    all: tuple[PhraseGroup, ...]  # each group: one of its phrases must appear
    none: PhraseGroup | None
    cost: int = 5

    def test(self, view: MailView) -> list[str] | None:
        reasons: list[str] = []
        if self.none and view.find(self.field_name, self.none) is not None:
            return None
        found_all: list[str] = []
        for group in self.all:
            hit = view.find(self.field_name, group)
            if hit is None:
                return None
            found_all.append(hit)
        if self.any:
            hit = view.find(self.field_name, self.any)
            if hit is None:
                return None
            reasons.append(f"{self.field_name} contains {hit!r}")
        if found_all:
            reasons.append(f"{self.field_name} contains " + " and ".join(map(repr, found_all)))
        if self.none and not reasons:
            reasons.append(f"{self.field_name} has none of {_quote(self.none.written)}")
        return reasons

    def describe(self) -> str:
        parts = []
        if self.any:
            parts.append(f"any of {_quote(self.any.written)}")
        if self.all:
            parts.append(f"all of {_quote([g.written[0] for g in self.all])}")
        if self.none:
            parts.append(f"none of {_quote(self.none.written)}")
        return f"{self.field_name} has " + "; ".join(parts)


@dataclass
class HeaderMatcher:
    """A header is present, or one of its values matches a phrase."""

    name: str
    pattern: PhraseGroup | None
    cost: int = 2

    def test(self, view: MailView) -> list[str] | None:
        values = view.header(self.name)
        if not values:
            return None
        if self.pattern is None:
            return [f"header {self.name} is present"]
        for value in values:
            hit = self.pattern.find(value, value.lower())
            if hit is not None:
                return [f"header {self.name} contains {hit!r}"]
        return None

    def describe(self) -> str:
        if self.pattern is None:
            return f"header {self.name} is present"
        return f"header {self.name} matches {self.pattern.written[0]!r}"


@dataclass
class InviteMatcher:
    """A calendar invite with a given METHOD, an update (SEQUENCE > 0) or a cancellation."""

    methods: frozenset[str]
    updated: bool | None
    cancelled: bool | None
    cost: int = 1

    def test(self, view: MailView) -> list[str] | None:
        for invite in view.mail.invites:
            method = (invite.method or "").upper()
            if self.methods and method not in self.methods:
                continue
            if self.updated is not None and (invite.sequence > 0) != self.updated:
                continue
            if self.cancelled is not None and invite.cancelled != self.cancelled:
                continue
            detail = f"METHOD:{method or '(none)'}"
            if invite.sequence:
                detail += f", SEQUENCE:{invite.sequence}"
            if invite.cancelled:
                detail += ", cancelled"
            return [f"carries a calendar invite ({detail})"]
        return None

    def describe(self) -> str:
        parts = []
        if self.methods:
            parts.append("METHOD " + "/".join(sorted(self.methods)))
        if self.updated is not None:
            parts.append("updated" if self.updated else "not updated")
        if self.cancelled is not None:
            parts.append("cancelled" if self.cancelled else "not cancelled")
        return "carries a calendar invite" + (f" ({', '.join(parts)})" if parts else "")


@dataclass
class AllOf:
    """Every matcher must match (cheap ones are tried first)."""

    matchers: tuple[Matcher, ...]
    cost: int = 0

    def test(self, view: MailView) -> list[str] | None:
        reasons: list[str] = []
        for matcher in self.matchers:
            found = matcher.test(view)
            if found is None:
                return None
            reasons.extend(found)
        return reasons

    def describe(self) -> str:
        return " and ".join(m.describe() for m in self.matchers)


@dataclass
class AnyOf:
    """At least one matcher must match; the first that does gives the reasons."""

    matchers: tuple[Matcher, ...]
    cost: int = 3

    def test(self, view: MailView) -> list[str] | None:
        for matcher in self.matchers:
            found = matcher.test(view)
            if found is not None:
                return found
        return None

    def describe(self) -> str:
        return "(" + " or ".join(m.describe() for m in self.matchers) + ")"


@dataclass
class NotMatcher:
    """The inner condition must not match."""

    inner: Matcher
    cost: int = 4

    def test(self, view: MailView) -> list[str] | None:
        return None if self.inner.test(view) is not None else []

    def describe(self) -> str:
        return f"not ({self.inner.describe()})"


# ---------------------------------------------------------------------------------------------
# Rules, rule sets and verdicts.


@dataclass(frozen=True)
class Rule:
    """A named condition that, when it matches, votes for a category."""

    name: str
    category: Category
    when: Matcher
    unless: Matcher | None = None
    priority: int = 0
    weight: float = 1.0
    description: str = ""
    source: str = ""  # path:line, for explanations

    def test(self, view: MailView) -> list[str] | None:
        reasons = self.when.test(view)
        if reasons is None:
            return None
        if self.unless is not None and self.unless.test(view) is not None:
            return None
        return reasons


@dataclass(frozen=True)
class Verdict:
    """What a message is, which rules said so, and why."""

    category: Category
    rules: tuple[str, ...] = ()  # every rule that fired, the deciding ones first
    reasons: tuple[str, ...] = ()  # "rule: why", one per matcher that fired
    deciding: tuple[str, ...] = ()  # the fired rules whose category won


@dataclass(frozen=True)
class RuleSet:
    """A validated, compiled set of rules plus the named lists they use."""

    rules: tuple[Rule, ...]
    lists: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    sources: tuple[str, ...] = ()

    @classmethod
    def load(cls, directory: Path) -> RuleSet:
        """Every *.yaml file in `directory` (or one file), validated whole: all or nothing."""
        directory = Path(directory)
        if directory.is_file():
            files = [directory]
        elif directory.is_dir():
            files = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml"))
            if not files:
                raise YamlError("no *.yaml rule files here", path=directory)
        else:
            raise YamlError("no such file or directory", path=directory)
        return cls._build([(str(p), load_file(p)) for p in files])

    @classmethod
    def from_texts(cls, texts: Iterable[tuple[str, str]]) -> RuleSet:
        """Rules from (path, YAML text) pairs; the path is only used in error messages."""
        return cls._build([(path, load_text(text, path)) for path, text in texts])

    @classmethod
    def default(cls) -> RuleSet:
        """The rules shipped with the package (loaded once per process)."""
        return _default_rules()

    def list(self, name: str) -> tuple[str, ...]:
        """A named list from the rules' `lists:` ('' items never), empty when undefined."""
        return self.lists.get(name, ())

    @classmethod
    def _build(cls, documents: Sequence[tuple[str, Any]]) -> RuleSet:
        lists = _Env(_collect_lists(documents))
        rules: list[Rule] = []
        seen: dict[str, str] = {}
        for path, doc in documents:
            ctx = Context(path)
            if doc is None:
                continue
            top = ctx.mapping(doc, "a rules file", node_position(doc) or (1, 1))
            ctx.check_keys(top, ("lists", "rules"))
            if "rules" not in top:
                continue
            seq = top["rules"]
            if not isinstance(seq, CommentedSeq):
                raise ctx.at_value(top, "rules", "'rules' must be a list of rules")
            for index, node in enumerate(seq):
                rule = _build_rule(ctx, seq, index, node, lists)
                if rule is None:
                    continue
                if rule.name in seen:
                    raise ctx.for_rule(rule.name).at_item(
                        seq, index, f"duplicate rule name (first defined at {seen[rule.name]})"
                    )
                seen[rule.name] = rule.source
                rules.append(rule)
        # One hint index for all groups: a field is scanned once for every `re:` phrase.
        shared = HintIndex(hint for group in lists.groups.values() for hint in group.hints)
        for group in lists.groups.values():
            group.share_index(shared)
        flat = {name: tuple(item for item, _ in items) for name, items in lists.items()}
        return cls(tuple(rules), flat, tuple(path for path, _ in documents))


@functools.lru_cache(maxsize=1)
def _default_rules() -> RuleSet:
    folder = importlib.resources.files("followup.rules").joinpath("classify")
    texts = sorted(
        (f"rules/classify/{entry.name}", entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".yaml")
    )
    return RuleSet.from_texts(texts)


# ---------------------------------------------------------------------------------------------
# Building rules from YAML.

_RULE_KEYS = ("name", "category", "priority", "weight", "description", "enabled", "when", "unless")
_PHRASE_FIELDS = ("subject", "body", "text", "signature", "invite_text", "attachments")
_FLAGS = ("from_me", "bulk", "auto_submitted", "reply", "in_thread", "known_sender")
_CONDITION_KEYS = (
    "sender",
    *_PHRASE_FIELDS,
    "header",
    "invite",
    *_FLAGS,
    "any_of",
    "all_of",
    "not",
)
_LIST_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_REF = "list:"  # `list:NAME` stands for every item of the named list


class _Env(dict[str, list[tuple[str, str]]]):
    """The named lists, plus the phrase groups built so far (shared between rules)."""

    def __init__(self, lists: Mapping[str, list[tuple[str, str]]]) -> None:
        super().__init__(lists)
        self.groups: dict[tuple[str, ...], PhraseGroup] = {}


def _list_ref(item: str) -> str | None:
    """The NAME of a `list:NAME` item; None for a phrase."""
    return item[len(_REF) :].strip() if item.startswith(_REF) else None


def _collect_lists(documents: Sequence[tuple[str, Any]]) -> dict[str, list[tuple[str, str]]]:
    """Named lists from every file; the same name in two files means the union of both."""
    raw: dict[str, list[tuple[str, str, Position | None]]] = {}
    for path, doc in documents:
        ctx = Context(path)
        if not isinstance(doc, CommentedMap) or "lists" not in doc:
            continue
        node = ctx.mapping(doc["lists"], "'lists'", value_position(doc, "lists"))
        for name in node:
            if not isinstance(name, str) or not _LIST_NAME.match(name):
                raise ctx.at_key(
                    node, name, f"list name {name!r} must be lower_case letters, digits, _"
                )
            for item, pos in ctx.get_str_list(node, name):
                raw.setdefault(name, []).append((item, path, pos))
    # Resolve `list:NAME` items that refer to other lists, refusing cycles.
    resolved: dict[str, list[tuple[str, str]]] = {}

    def resolve(name: str, trail: tuple[str, ...]) -> list[tuple[str, str]]:
        if name in resolved:
            return resolved[name]
        out: list[tuple[str, str]] = []
        for item, path, pos in raw[name]:
            ref = _list_ref(item)
            if ref is None:
                out.append((item, f"{path}:{pos[0] if pos else '?'}"))
                continue
            ctx = Context(path)
            if ref not in raw:
                raise ctx.error(f"list {name!r} refers to unknown list {ref!r}", pos)
            if ref in trail:
                raise ctx.error(f"lists refer to each other in a loop: {name} -> {ref}", pos)
            out.extend(resolve(ref, (*trail, ref)))
        resolved[name] = out
        return out

    for name in raw:
        resolve(name, (name,))
    return resolved


def _build_rule(ctx: Context, seq: CommentedSeq, index: int, node: Any, lists: _Env) -> Rule | None:
    ctx = ctx.for_rule(None)
    if not isinstance(node, CommentedMap):
        raise ctx.at_item(seq, index, "each rule must be a mapping with name, category, when")
    name = node.get("name")
    if isinstance(name, str) and name.strip():
        ctx = ctx.for_rule(name)
    ctx.check_keys(node, _RULE_KEYS, required=("name", "category", "when"))
    name = ctx.get_str(node, "name")
    category_text = ctx.get_str(node, "category")
    try:
        category = Category(category_text)
    except ValueError:
        raise ctx.at_value(
            node,
            "category",
            f"unknown category {category_text!r} (expected one of: "
            + ", ".join(c.value for c in Category)
            + ")",
        ) from None
    priority = int(ctx.get_number(node, "priority", 0, integer=True))
    weight = ctx.get_number(node, "weight", 1.0, minimum=0)
    description = node.get("description", "")
    if not isinstance(description, str):
        raise ctx.at_value(node, "description", "'description' must be text")
    enabled = ctx.get_bool(node, "enabled", True)
    when = _build_condition(ctx, node, "when", lists)
    unless = _build_condition(ctx, node, "unless", lists) if "unless" in node else None
    if not enabled:
        return None
    pos = node_position(node) or item_position(seq, index)
    return Rule(
        name=name,
        category=category,
        when=when,
        unless=unless,
        priority=priority,
        weight=weight,
        description=" ".join(description.split()),
        source=f"{ctx.path}:{pos[0] if pos else '?'}",
    )


def _build_condition(ctx: Context, parent: Any, key: Any, lists: _Env) -> Matcher:
    """A condition mapping: every key must hold (AND)."""
    where = (
        value_position(parent, key)
        if isinstance(parent, CommentedMap)
        else item_position(parent, key)
    )
    node = ctx.mapping(parent[key], f"{key!r}" if isinstance(key, str) else "a condition", where)
    if not node:
        raise ctx.error("a condition needs at least one test", where)
    ctx.check_keys(node, _CONDITION_KEYS)
    matchers: list[Matcher] = []
    for name in node:
        builder = _BUILDERS[name]
        matchers.append(builder(ctx, node, name, lists))
    matchers.sort(key=lambda m: m.cost)
    return matchers[0] if len(matchers) == 1 else AllOf(tuple(matchers))


def _expand(
    ctx: Context, items: list[tuple[str, Position | None]], lists: _Env
) -> list[tuple[str, Position | None]]:
    """Replace `list:NAME` items by the named list's items."""
    out: list[tuple[str, Position | None]] = []
    for item, pos in items:
        ref = _list_ref(item)
        if ref is not None:
            if ref not in lists:
                raise ctx.error(f"unknown list {ref!r} (define it under 'lists:')", pos)
            out.extend((value, pos) for value, _ in lists[ref])
        else:
            out.append((item, pos))
    return out


def _phrase(ctx: Context, written: str, pos: Position | None) -> Phrase:
    if written.startswith("re:"):
        source = written[3:].strip()
        if not source:
            raise ctx.error("empty regular expression after 're:'", pos)
        try:
            pattern = re.compile(source, re.IGNORECASE)
        except re.error as err:
            raise ctx.error(f"bad regular expression {source!r}: {err}", pos) from None
        return RegexPhrase(written, pattern)
    core = written.strip().strip("*")
    if "*" in core:
        raise ctx.error(f"'*' is only allowed at the start or end of a phrase: {written!r}", pos)
    if not core.strip():
        raise ctx.error(f"empty phrase {written!r}", pos)
    return PlainPhrase(written)


def _phrases(ctx: Context, items: list[tuple[str, Position | None]], lists: _Env) -> PhraseGroup:
    """Validated phrases as a group; the same list used by many rules is one group, so a
    message searches it once (MailView memoises per group)."""
    expanded = _expand(ctx, items, lists)
    key = tuple(written for written, _ in expanded)
    if key in lists.groups:
        return lists.groups[key]
    group = PhraseGroup([_phrase(ctx, written, pos) for written, pos in expanded])
    lists.groups[key] = group
    return group


def _build_phrases(ctx: Context, parent: CommentedMap, key: str, lists: _Env) -> Matcher:
    value = parent[key]
    if isinstance(value, str | CommentedSeq):
        return PhraseMatcher(key, _phrases(ctx, ctx.get_str_list(parent, key), lists), (), None)
    node = ctx.mapping(value, f"{key!r}", value_position(parent, key))
    ctx.check_keys(node, ("any", "all", "none"))
    if not node:
        raise ctx.at_value(parent, key, f"{key!r} needs any, all or none")
    any_ = _phrases(ctx, ctx.get_str_list(node, "any"), lists) if "any" in node else None
    none = _phrases(ctx, ctx.get_str_list(node, "none"), lists) if "none" in node else None
    groups: list[PhraseGroup] = []
    if "all" in node:
        # A `list:NAME` item inside `all` means "any phrase of that list".
        for written, pos in ctx.get_str_list(node, "all"):
            groups.append(_phrases(ctx, [(written, pos)], lists))
    cost = 5 + (len(any_.phrases) // 20 if any_ else 0)
    return PhraseMatcher(key, any_, tuple(groups), none, cost=cost)


def _build_sender(ctx: Context, parent: CommentedMap, key: str, lists: _Env) -> Matcher:
    node = ctx.mapping(parent[key], "'sender'", value_position(parent, key))
    ctx.check_keys(node, ("address", "domain", "local", "name"))
    if not node:
        raise ctx.at_value(parent, key, "'sender' needs address, domain, local or name")
    addresses: set[str] = set()
    domains: list[str] = []
    locals_: PhraseGroup | None = None
    names: PhraseGroup | None = None
    if "address" in node:
        for item, pos in _expand(ctx, ctx.get_str_list(node, "address"), lists):
            if "@" not in item:
                raise ctx.error(f"{item!r} is not an e-mail address", pos)
            addresses.add(normalize_address(item))
    if "domain" in node:
        for item, pos in _expand(ctx, ctx.get_str_list(node, "domain"), lists):
            domain = item.strip().lower().lstrip("@").rstrip(".")
            if not domain or " " in domain or "@" in domain:
                raise ctx.error(f"{item!r} is not a domain name", pos)
            domains.append(domain)
    if "local" in node:
        locals_ = _phrases(ctx, ctx.get_str_list(node, "local"), lists)
    if "name" in node:
        names = _phrases(ctx, ctx.get_str_list(node, "name"), lists)
    return SenderMatcher(frozenset(addresses), frozenset(domains), locals_, names)


def _build_header(ctx: Context, parent: CommentedMap, key: str, lists: _Env) -> Matcher:
    value = parent[key]
    items: list[tuple[Any, Position | None]]
    if isinstance(value, CommentedSeq):
        if not value:
            raise ctx.at_value(parent, key, "'header' list is empty")
        items = [(item, item_position(value, i)) for i, item in enumerate(value)]
    else:
        items = [(value, value_position(parent, key))]
    matchers: list[Matcher] = []
    for item, pos in items:
        node = ctx.mapping(item, "a header test", pos)
        ctx.check_keys(node, ("name", "pattern"), required=("name",))
        name = ctx.get_str(node, "name").strip().lower()
        if not re.fullmatch(r"[\x21-\x39\x3b-\x7e]+", name):
            raise ctx.at_value(node, "name", f"{name!r} is not a header name")
        pattern = None
        if "pattern" in node:
            written = ctx.get_str(node, "pattern")
            pattern = _phrases(ctx, [(written, value_position(node, "pattern"))], lists)
        matchers.append(HeaderMatcher(name, pattern))
    return matchers[0] if len(matchers) == 1 else AllOf(tuple(matchers))


_METHODS = frozenset(
    {"REQUEST", "CANCEL", "PUBLISH", "REPLY", "ADD", "REFRESH", "COUNTER", "DECLINECOUNTER"}
)


def _build_invite(ctx: Context, parent: CommentedMap, key: str, lists: _Env) -> Matcher:
    value = parent[key]
    if isinstance(value, bool):
        return FlagMatcher("invite", value)
    node = ctx.mapping(value, "'invite' (true, false or a mapping)", value_position(parent, key))
    ctx.check_keys(node, ("method", "updated", "cancelled"))
    methods: set[str] = set()
    if "method" in node:
        for item, pos in ctx.get_str_list(node, "method"):
            method = item.strip().upper()
            if method not in _METHODS:
                raise ctx.error(
                    f"unknown METHOD {item!r} (expected one of: {', '.join(sorted(_METHODS))})",
                    pos,
                )
            methods.add(method)
    updated = ctx.get_bool(node, "updated") if "updated" in node else None
    cancelled = ctx.get_bool(node, "cancelled") if "cancelled" in node else None
    return InviteMatcher(frozenset(methods), updated, cancelled)


def _build_flag(ctx: Context, parent: CommentedMap, key: str, lists: _Env) -> Matcher:
    return FlagMatcher(key, ctx.get_bool(parent, key))


def _build_combination(ctx: Context, parent: CommentedMap, key: str, lists: _Env) -> Matcher:
    seq = parent[key]
    if not isinstance(seq, CommentedSeq) or not seq:
        raise ctx.at_value(parent, key, f"{key!r} must be a non-empty list of conditions")
    inner = tuple(_build_condition(ctx, seq, i, lists) for i in range(len(seq)))
    if key == "all_of":
        return AllOf(tuple(sorted(inner, key=lambda m: m.cost)), cost=max(m.cost for m in inner))
    return AnyOf(inner, cost=max(m.cost for m in inner))


def _build_not(ctx: Context, parent: CommentedMap, key: str, lists: _Env) -> Matcher:
    inner = _build_condition(ctx, parent, key, lists)
    return NotMatcher(inner, cost=inner.cost)


_Builder = Callable[[Context, CommentedMap, str, _Env], Matcher]
_BUILDERS: dict[str, _Builder] = {
    "sender": _build_sender,
    **{name: _build_phrases for name in _PHRASE_FIELDS},
    "header": _build_header,
    "invite": _build_invite,
    **{name: _build_flag for name in _FLAGS},
    "any_of": _build_combination,
    "all_of": _build_combination,
    "not": _build_not,
}


# ---------------------------------------------------------------------------------------------
# Deciding.


def classify(
    mail: Mail,
    rules: RuleSet,
    me: frozenset[str],
    tracked_threads: frozenset[str] = frozenset(),
    tracked_domains: frozenset[str] = frozenset(),
) -> Verdict:
    """The category of `mail`: the highest priority among fired rules wins; within it, the
    category with the largest summed weight; a tie goes to the rule written first.

    `me`: the owner's addresses; `tracked_threads`: Message-IDs of threads of known
    applications; `tracked_domains`: the employers' own mail domains (never ATS or free mail).
    """
    owner = owner_addresses(me)
    domains = frozenset(d.lower().strip().lstrip("@") for d in tracked_domains if d.strip())
    view = MailView(mail, owner, tracked_threads, domains)
    fired: list[tuple[Rule, list[str]]] = []
    for rule in rules.rules:
        why = rule.test(view)
        if why is not None:
            fired.append((rule, why))
    if not fired:
        return Verdict(Category.OTHER, (), ("no rule fired",), ())
    top = max(rule.priority for rule, _ in fired)
    scores: dict[Category, float] = {}
    for rule, _ in fired:
        if rule.priority == top:
            scores[rule.category] = scores.get(rule.category, 0.0) + rule.weight
    best = max(scores.values())
    # dict keeps insertion order = rule order, so the first-written rule breaks ties.
    category = next(c for c, s in scores.items() if s == best)
    deciding = [(r, why) for r, why in fired if r.priority == top and r.category == category]
    others = sorted(
        ((r, why) for r, why in fired if not (r.priority == top and r.category == category)),
        key=lambda pair: -pair[0].priority,
    )
    ordered = deciding + others
    reasons = tuple(
        f"{rule.name}: {why}" if why else f"{rule.name}: matched"
        for rule, whys in ordered
        for why in (whys or [""])
    )
    return Verdict(
        category=category,
        rules=tuple(r.name for r, _ in ordered),
        reasons=reasons,
        deciding=tuple(r.name for r, _ in deciding),
    )


def phrase_group(items: Iterable[str]) -> PhraseGroup:
    """Phrases written as in the rules (plain, `*` wildcards, `re:`), for searches outside a
    rule, such as deciding from headers alone whether a message is worth its body."""
    phrases: list[Phrase] = []
    for written in items:
        if written.startswith("re:"):
            phrases.append(RegexPhrase(written, re.compile(written[3:].strip(), re.IGNORECASE)))
        elif "*" in written.strip().strip("*"):
            raise ValueError(f"'*' is only allowed at the start or end of a phrase: {written!r}")
        elif written.strip().strip("*").strip():
            phrases.append(PlainPhrase(written))
    return PhraseGroup(phrases)


def find_phrase(group: PhraseGroup, text: str) -> str | None:
    """The first phrase of `group` found in `text` (normalised as rules see text)."""
    raw = _normalize(text, 10_000)
    lower = raw.lower()
    return group.find(raw, lower, frozenset(_WORD.findall(lower)))
