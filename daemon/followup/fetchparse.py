"""The answer to the daemon's header fetch, read strictly and fast.

`UID FETCH <set> (UID FLAGS RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS (...)])` is the
hot path of a catch-up. imapclient parses every response generically in pure Python (a lexer
that walks the bytes one at a time, then a tuple for every parenthesised list), and on
thousands of messages that costs several times the network time, most of it in building
BODYSTRUCTURE trees of which the daemon needs one bit: is there a calendar part. This parser
reads only what was asked for, in whatever order the server sends it, steps over any other
item (MODSEQ, X-GM-LABELS, ...) with regular expressions, and builds a BODYSTRUCTURE tree
only when its text mentions a calendar at all. Whatever it does not understand raises
Unexpected, so that the caller parses the same answer generically instead of guessing.

The input is the answer as imaplib keeps it: a list of records, each either a line (bytes,
CRLF, "* " and "FETCH" removed: b'12 (UID 7 FLAGS ...') or, for a line that ends in a
literal's {n}, the pair (that line, the literal's n bytes). One response is zero or more such
pairs followed by one plain line.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

__all__ = ["Fetched", "Unexpected", "has_calendar", "parse_header_fetch"]


class Unexpected(ValueError):
    """The answer is not of the expected shape; str() says where, without its content."""


class Fetched(NamedTuple):
    """One message's items, as the server sent them."""

    uid: int
    flags: tuple[bytes, ...]  # \Recent included, if the server sent it
    size: int  # RFC822.SIZE
    header: bytes  # the BODY[HEADER.FIELDS (...)] text; b"" for NIL
    calendar: bool  # BODYSTRUCTURE has a text/calendar or application/ics part or a *.ics name


# ---- BODYSTRUCTURE: is there a calendar -----------------------------------------------------

_CALENDAR_TYPES = {(b"text", b"calendar"), (b"application", b"ics")}
_NAME_KEYS = {b"name", b"filename"}


def has_calendar(structure: Any) -> bool:
    """A BODYSTRUCTURE as nested tuples (this module's or imapclient's BodyData) names a
    text/calendar or application/ics part, or a part named *.ics, anywhere in it."""
    for part in _walk_parts(structure):
        if (_lower(part[0]), _lower(part[1]) if len(part) > 1 else b"") in _CALENDAR_TYPES:
            return True
        if any(name.endswith(b".ics") for name in _part_names(part[2:])):
            return True
    return False


def _walk_parts(structure: Any) -> Iterator[tuple[Any, ...]]:
    """Every leaf part of a BODYSTRUCTURE, nested messages too."""
    if not isinstance(structure, tuple | list) or not structure:
        return
    head = structure[0]
    if isinstance(head, list):  # imapclient's multipart: ([parts], subtype, ...)
        for part in head:
            yield from _walk_parts(part)
        return
    if isinstance(head, tuple):  # a raw multipart: (part, part, subtype, ...)
        for part in structure:
            if not isinstance(part, tuple):
                break
            yield from _walk_parts(part)
        return
    yield tuple(structure)
    kind = _lower(head), _lower(structure[1]) if len(structure) > 1 else b""
    if kind == (b"message", b"rfc822") and len(structure) > 8:
        yield from _walk_parts(structure[8])


def _part_names(fields: Iterable[Any]) -> Iterator[bytes]:
    """Values of NAME / FILENAME parameters found anywhere in a part's fields."""
    for value in fields:
        if isinstance(value, tuple):
            if len(value) % 2 == 0:
                for key, item in zip(value[::2], value[1::2], strict=True):
                    if _lower(key) in _NAME_KEYS and isinstance(item, bytes):
                        yield item.lower()
            yield from _part_names(v for v in value if isinstance(v, tuple))


def _lower(value: Any) -> bytes:
    return bytes(value).lower() if isinstance(value, bytes) else b""


# ---- the general reader ------------------------------------------------------------------

_START = re.compile(rb"(\d+) \(")
# An item name, with its section and partial origin: BODY[HEADER.FIELDS (A B)]<0>.
_NAME = re.compile(rb"[A-Za-z][A-Za-z0-9.\-]*(?:\[[^\]\r\n]*\](?:<\d+>)?)?")
_NUMBER = re.compile(rb"\d+")
# Flags are atoms, some with a leading backslash; quoting, lists and wildcards are not flags.
_FLAG_CHARS = rb"[^()\"{}\[\]%*\x00-\x1f\x7f]"
_FLAGS = re.compile(rb"\((" + _FLAG_CHARS + rb"*)\)")
# RFC 3501 quoted strings escape only \ and ": any other backslash is a broken server.
_QUOTED_CONTENT = rb'[^"\\\r\n]*+(?:\\["\\][^"\\\r\n]*+)*+'
_QUOTED = re.compile(rb'"(' + _QUOTED_CONTENT + rb')"')
_ESCAPE = re.compile(rb'\\(["\\])')
_ATOM = re.compile(rb"\\?[^\s()\"{}\[\]%*\\]+")
_LITERAL = re.compile(rb"\{(\d+)\}\Z")  # a literal is announced at the end of a line
_MAX_DEPTH = 64

# Keys of one response's items once read.
_UID = "UID"
_FLAGS_ITEM = "FLAGS"
_SIZE = "RFC822.SIZE"
_STRUCTURE = "BODYSTRUCTURE"
_HEADER = "BODY[HEADER.FIELDS"
_DATA = (_SIZE, _STRUCTURE, _HEADER)


def _unquote(content: bytes) -> bytes:
    return _ESCAPE.sub(rb"\1", content) if b"\\" in content else content


def _may_have_calendar(structure: bytes) -> bool:
    r"""False when the BODYSTRUCTURE text (without literals) cannot have a calendar part: it
    would need a text/calendar or application/ics type, or a name ending in .ics, and quoted
    strings escape only \ and ", so neither word can hide behind an escape."""
    lowered = structure.lower()
    return b"calendar" in lowered or b"ics" in lowered


# ---- the reader ---------------------------------------------------------------------------


class _Reader:
    """A position in imaplib's records: the current line, its literal, and where we are."""

    __slots__ = ("index", "literal", "pos", "records", "text")

    def __init__(self, records: Sequence[Any]) -> None:
        self.records = records
        self.index = -1
        self.text = b""
        self.literal: bytes | None = None
        self.pos = 0

    def load(self, index: int) -> None:
        if index >= len(self.records):
            raise Unexpected("the answer ends inside a response")
        record = self.records[index]
        if isinstance(record, tuple):
            if len(record) != 2 or not isinstance(record[0], bytes):
                raise Unexpected(f"record {index} is not a (line, literal) pair")
            self.text, self.literal = record
            if not isinstance(self.literal, bytes):
                raise Unexpected(f"record {index} has no literal")
        elif isinstance(record, bytes):
            self.text, self.literal = record, None
        else:
            raise Unexpected(f"record {index} is a {type(record).__name__}")
        self.index = index
        self.pos = 0

    def fail(self, what: str) -> Unexpected:
        return Unexpected(f"{what} at byte {self.pos} of record {self.index}")

    def char(self) -> int:
        """The byte at the position; -1 at the end of the line."""
        return self.text[self.pos] if self.pos < len(self.text) else -1

    # -- one response --------------------------------------------------------------------------

    def response(self) -> tuple[int, dict[str, Any]]:
        """(sequence number, {item: value}) of the response starting at this record."""
        match = _START.match(self.text)
        if match is None:
            raise self.fail("not a FETCH response")
        seq = int(match.group(1))
        self.pos = match.end()
        items: dict[str, Any] = {}
        if self.char() == 0x29:  # ")": no items at all
            self.pos += 1
        else:
            while True:
                self.item(items)
                following = self.char()
                self.pos += 1
                if following == 0x29:  # ")"
                    break
                if following != 0x20:
                    self.pos -= 1
                    raise self.fail("neither a space nor ) after an item")
        if self.pos != len(self.text) or self.literal is not None:
            raise self.fail("more after the end of a response")
        return seq, items

    def item(self, items: dict[str, Any]) -> None:
        match = _NAME.match(self.text, self.pos)
        if match is None:
            raise self.fail("not an item name")
        name = match.group().upper()
        self.pos = match.end()
        if self.char() != 0x20:
            raise self.fail("no space after an item name")
        self.pos += 1
        if name == b"UID":
            items[_UID] = self.number()
        elif name == b"FLAGS":
            items[_FLAGS_ITEM] = self.flags()
        elif name == b"RFC822.SIZE":
            items[_SIZE] = self.number()
        elif name == b"BODYSTRUCTURE":
            items[_STRUCTURE] = self.calendar()
        elif name.startswith(b"BODY[HEADER.FIELDS ("):
            items[_HEADER] = self.nstring()
        else:  # MODSEQ, X-GM-LABELS, ...: never asked for, stepped over
            self.skip()

    def number(self) -> int:
        match = _NUMBER.match(self.text, self.pos)
        if match is None:
            raise self.fail("not a number")
        self.pos = match.end()
        return int(match.group())

    def flags(self) -> tuple[bytes, ...]:
        match = _FLAGS.match(self.text, self.pos)
        if match is None:
            raise self.fail("not a list of flags")
        self.pos = match.end()
        return tuple(match.group(1).split())

    def nstring(self) -> bytes:
        if self.char() in (0x22, 0x7B):  # a quoted string or a literal
            value: bytes = self.value(0)
            return value
        match = _ATOM.match(self.text, self.pos)
        if match is None or match.group().upper() != b"NIL":
            raise self.fail("not a string")
        self.pos = match.end()
        return b""

    def calendar(self) -> bool:
        """Whether the BODYSTRUCTURE here has a calendar part; steps over it."""
        return has_calendar(self.value(0))

    def skip(self) -> None:
        self.value(0)

    # -- any value -----------------------------------------------------------------------------

    def value(self, depth: int) -> Any:
        """The value here as imapclient would give it: bytes, int, None (NIL) or a tuple."""
        char = self.char()
        if char == 0x28:  # "("
            return self.list(depth + 1)
        if char == 0x22:  # '"'
            match = _QUOTED.match(self.text, self.pos)
            if match is None:
                raise self.fail("a broken quoted string")
            self.pos = match.end()
            text = match.group(1)
            return _ESCAPE.sub(rb"\1", text) if b"\\" in text else text
        if char == 0x7B:  # "{"
            match = _LITERAL.match(self.text, self.pos)
            if match is None or self.literal is None:
                raise self.fail("a literal not at the end of its line")
            literal = self.literal
            if len(literal) != int(match.group(1)):
                raise self.fail(f"a literal of {len(literal)} bytes announced as {{{match[1]!r}}}")
            self.load(self.index + 1)
            return literal
        match = _ATOM.match(self.text, self.pos)
        if match is None:
            raise self.fail("no value")
        self.pos = match.end()
        atom = match.group()
        if atom.upper() == b"NIL":
            return None
        if atom.isdigit() and (atom[0] != 0x30 or len(atom) == 1):  # 0123 stays bytes
            return int(atom)
        return atom

    def list(self, depth: int) -> tuple[Any, ...]:
        if depth > _MAX_DEPTH:
            raise self.fail("lists nested too deep")
        self.pos += 1
        out: list[Any] = []
        if self.char() == 0x29:
            self.pos += 1
            return ()
        while True:
            out.append(self.value(depth))
            char = self.char()
            if char == 0x29:  # ")"
                self.pos += 1
                return tuple(out)
            if char == 0x20:
                self.pos += 1
            elif char != 0x28 or not isinstance(out[-1], tuple):
                # Only the parts of a multipart follow each other without a space: (..)(..)
                raise self.fail("neither a space nor ) in a list")


def _value_of(text: bytes) -> Any:
    """The one value that is all of `text`, read by the general reader."""
    reader = _Reader([text])
    reader.load(0)
    value = reader.value(0)
    if reader.pos != len(text):
        raise reader.fail("more after a value")
    return value


# ---- the usual response, in one match ------------------------------------------------------


def _balanced(depth: int) -> bytes:
    """One parenthesised list nested at most `depth` deep, with quoted strings and no
    literals (possessive throughout: the engine never backtracks into it)."""
    inner = rb'[^()"{\r\n]++|"' + _QUOTED_CONTENT + rb'"'
    pattern = rb"\((?:" + inner + rb")*+\)"
    for _ in range(depth - 1):
        pattern = rb"\((?:" + inner + rb"|" + pattern + rb")*+\)"
    return pattern


# Deep enough for a multipart in a message/rfc822 in a multipart in a multipart; deeper
# structures, and any with a literal in it, go to the general reader.
_LIST = _balanced(12)
_KNOWN = rb"(?i:(?:UID|FLAGS|RFC822\.SIZE|BODYSTRUCTURE) |BODY\[HEADER\.FIELDS )"
# Each item in its usual form. A repeated group keeps what its last pass captured, so one
# match reads every item of a line, whatever their order; a literal can only end the line.
_ITEM = (
    rb"(?:(?i:UID) (?P<uid>\d+)(?=[ )])"
    rb"|(?i:FLAGS) \((?P<flags>" + _FLAG_CHARS + rb"*)\)"
    rb"|(?i:RFC822\.SIZE) (?P<size>\d+)(?=[ )])"
    rb"|(?i:BODYSTRUCTURE) (?P<structure>" + _LIST + rb")"
    rb"|(?i:BODY\[HEADER\.FIELDS) \([^\]\r\n]*\] "
    rb'(?:\{(?P<header_literal>\d+)\}\Z|"(?P<header_quoted>' + _QUOTED_CONTENT + rb')"'
    rb"|(?P<header_nil>(?i:NIL))(?=[ )]))"
    rb"|(?!" + _KNOWN + rb")" + _NAME.pattern + rb" "
    rb"(?:\d+(?=[ )])|" + _LIST + rb'|"' + _QUOTED_CONTENT + rb'"|(?i:NIL)(?=[ )])'
    rb"|\{(?P<other_literal>\d+)\}\Z))"
)
# The first line of a response: "12 (" and items, each followed by a space and another, or
# by the closing ")" or, after a literal's announcement, by the end of the line.
_FIRST_LINE = re.compile(
    rb"(?P<seq>\d+) \((?:" + _ITEM + rb"(?: (?=[A-Za-z])|(?=\)\Z)|(?<=\})\Z))*+(?:\)|(?<=\}))\Z"
)
# A line after a literal: more items, each after a space, then ")" or another literal.
_NEXT_LINE = re.compile(rb"(?: " + _ITEM + rb")*+(?:\)|(?<=\}))\Z")
_GROUPS = ("uid", "flags", "size", "structure", "header_literal", "header_quoted", "header_nil")


def _usual_response(records: Sequence[Any], index: int) -> tuple[int, dict[str, Any], int] | None:
    """(sequence number, {item: value}, index of the next response) for the response at
    `index` when each of its items has a usual form; None when the general reader must take
    it (which also knows what is wrong, if anything is)."""
    seq = 0
    items: dict[str, Any] = {}
    line = _FIRST_LINE  # then _NEXT_LINE for each line after a literal
    while True:
        record = records[index]
        if isinstance(record, tuple):
            if len(record) != 2:
                return None
            text, literal = record
        else:
            text, literal = record, None
        if not isinstance(text, bytes):
            return None
        match = line.fullmatch(text)
        if match is None:
            return None
        if line is _FIRST_LINE:
            seq = int(match["seq"])
            line = _NEXT_LINE
        uid, flags, size, structure, header_literal, header_quoted, header_nil = match.group(
            *_GROUPS
        )
        if uid is not None:
            items[_UID] = int(uid)
        if flags is not None:
            items[_FLAGS_ITEM] = tuple(flags.split())
        if size is not None:
            items[_SIZE] = int(size)
        if structure is not None:
            items[_STRUCTURE] = _may_have_calendar(structure) and has_calendar(_value_of(structure))
        if header_quoted is not None:
            items[_HEADER] = _unquote(header_quoted)
        elif header_nil is not None:
            items[_HEADER] = b""
        announced = header_literal or match["other_literal"]
        if announced is None:
            if literal is not None:  # a literal announced in no item's place
                return None
            return seq, items, index + 1
        if literal is None or len(literal) != int(announced):
            return None
        if header_literal is not None:
            items[_HEADER] = literal
        index += 1
        if index >= len(records):
            return None


# ---- the answer ---------------------------------------------------------------------------


def parse_header_fetch(
    records: Sequence[Any], wanted: Container[int], *, renumbered: bool = False
) -> dict[int, Fetched]:
    """The messages of `wanted` found in one FETCH answer, by UID; Unexpected when the answer
    is not what was asked for (an item missing, a syntax error, a truncated response).

    Every answer to a UID FETCH carries its UID; a response without one is unsolicited (a
    flag change the server reports meanwhile, named by sequence number). It is merged into
    the message that had that sequence number in this answer, later news winning, unless
    sequence numbers may have moved (`renumbered`: an EXPUNGE came during the command) or
    the number names two messages; then it is left out, and the message keeps the flags its
    own response gave. Messages expunged meanwhile are simply absent.
    """
    if not records or list(records) == [None]:
        return {}
    reader = _Reader(records)
    responses: list[tuple[int, int | None, dict[str, Any]]] = []
    unsolicited = False
    index = 0
    while index < len(records):
        usual = _usual_response(records, index)
        if usual is None:
            reader.load(index)
            seq, items = reader.response()
            index = reader.index + 1
        else:
            seq, items, index = usual
        uid = items.get(_UID)
        unsolicited = unsolicited or uid is None
        responses.append((seq, uid, items))

    at_seq: dict[int, int | None] = {}  # None: two messages had this number
    if unsolicited and not renumbered:
        for seq, uid, _items in responses:
            if uid is not None:
                at_seq[seq] = uid if at_seq.get(seq, uid) == uid else None
    merged: dict[int, dict[str, Any]] = {}
    for seq, uid, items in responses:
        if uid is None:
            uid = at_seq.get(seq)
        if uid is not None and uid in wanted:
            known = merged.get(uid)
            if known is None:
                merged[uid] = items
            else:
                known.update(items)

    out: dict[int, Fetched] = {}
    for uid, items in merged.items():
        if len(items) < 5:  # fewer than UID and the four items asked for
            if not any(name in items for name in _DATA):
                # Only news of its flags: its own response never came (expunged meanwhile).
                continue
            missing = [name for name in (_FLAGS_ITEM, *_DATA) if name not in items]
            if missing:
                raise Unexpected(f"the response for UID {uid} has no {', '.join(missing)}")
        out[uid] = Fetched(uid, items[_FLAGS_ITEM], items[_SIZE], items[_HEADER], items[_STRUCTURE])
    return out
