"""followup.fetchparse on raw server bytes, read into records by imaplib itself.

Each answer is written as the server sends it (CRLF lines, literals as {n} CRLF and n bytes)
and replayed through imaplib's own response reader, so the parser sees exactly the records a
live connection gives it. The property test compares it with imapclient's
parse_fetch_response, the generic parser it stands in for.
"""

from __future__ import annotations

import imaplib
import io
import re
from typing import Any

import pytest
from followup.fetchparse import (
    Fetched,
    Unexpected,
    _usual_response,
    has_calendar,
    parse_header_fetch,
)
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from imapclient.response_parser import parse_fetch_response  # type: ignore[import-untyped]

FIELDS = b"BODY[HEADER.FIELDS (MESSAGE-ID DATE FROM SUBJECT CONTENT-TYPE)]"
HEADER = b"Message-ID: <a@b.example>\r\nSubject: Hello (again)\r\n\r\n"
PLAIN = b'("text" "plain" ("charset" "utf-8") NIL NIL "7bit" 120 4 NIL NIL NIL NIL)'
INVITE = (
    b'(("text" "plain" ("charset" "utf-8") NIL NIL "quoted-printable" 413 15 NIL NIL NIL NIL)'
    b'("text" "calendar" ("method" "REQUEST" "charset" "us-ascii") NIL NIL "base64" 826 11 NIL'
    b' ("attachment" ("filename" "invite.ics")) NIL NIL) "mixed" ("boundary" "=b=") NIL NIL NIL)'
)


class _Replay(imaplib.IMAP4):
    """imaplib reading a recorded answer instead of a socket."""

    def __init__(self, wire: bytes) -> None:
        self._wire = wire
        super().__init__()

    def open(self, host: str = "", port: int = 0, timeout: float | None = None) -> None:
        self.host, self.port, self.sock = host, port, None
        self.file = io.BytesIO(self._wire)

    def _connect(self) -> None:
        self._cmd_log_len, self._cmd_log_idx, self._cmd_log = 10, 0, {}
        self.tagpre = b"A"
        self.tagre = re.compile(rb"(?P<tag>A\d+) (?P<type>[A-Z]+) (?P<data>.*)", re.ASCII)


def records(wire: bytes) -> list[Any]:
    """The untagged FETCH responses of `wire` as imaplib keeps them."""
    replay = _Replay(wire)
    while replay.file.tell() < len(wire):
        replay._get_response()
    return list(replay.untagged_responses.get("FETCH", [None]))


def literal(data: bytes) -> bytes:
    return b"{%d}\r\n" % len(data) + data


def response(seq: int, *items: bytes) -> bytes:
    return b"* %d FETCH (" % seq + b" ".join(items) + b")\r\n"


def dovecot(seq: int, uid: int, structure: bytes = PLAIN, header: bytes = HEADER) -> bytes:
    """Dovecot answers in the order asked."""
    return response(
        seq,
        b"UID %d" % uid,
        b"FLAGS (\\Seen \\Recent)",
        b"RFC822.SIZE 1954",
        b"BODYSTRUCTURE " + structure,
        FIELDS + b" " + literal(header),
    )


def parse(wire: bytes, wanted: set[int] | None = None, **kw: Any) -> dict[int, Fetched]:
    return parse_header_fetch(records(wire), wanted or set(range(1, 1000)), **kw)


def generic(data: list[Any], wanted: set[int]) -> dict[int, Fetched]:
    """What imapclient makes of the same records, in Fetched form (the old code path)."""
    merged: dict[int, dict[bytes, Any]] = {}
    for values in parse_fetch_response(data, True, False).values():
        uid = values.get(b"UID")
        if isinstance(uid, int) and uid in wanted:
            merged.setdefault(uid, {}).update(values)
    out = {}
    for uid, values in merged.items():
        header = next(v for k, v in values.items() if k.startswith(b"BODY[HEADER.FIELDS"))
        out[uid] = Fetched(
            uid,
            tuple(values[b"FLAGS"]),
            values[b"RFC822.SIZE"],
            header or b"",
            has_calendar(values[b"BODYSTRUCTURE"]),
        )
    return out


# ---- shapes of real servers -----------------------------------------------------------------


def test_dovecot_order_with_a_literal_header() -> None:
    wire = dovecot(1, 7) + dovecot(2, 9, INVITE)
    found = parse(wire)
    assert found == {
        7: Fetched(7, (b"\\Seen", b"\\Recent"), 1954, HEADER, False),
        9: Fetched(9, (b"\\Seen", b"\\Recent"), 1954, HEADER, True),
    }
    assert found == generic(records(wire), {7, 9})


def test_cyrus_order_flags_first_and_the_structure_after_the_literal() -> None:
    wire = response(
        3,
        b"FLAGS (\\Seen $Forwarded)",
        b"UID 12",
        FIELDS + b" " + literal(HEADER),
        b"MODSEQ (4711)",
        b"BODYSTRUCTURE " + INVITE,
        b"RFC822.SIZE 88",
    )
    assert parse(wire) == {12: Fetched(12, (b"\\Seen", b"$Forwarded"), 88, HEADER, True)}
    assert parse(wire) == generic(records(wire), {12})


def test_gmail_order_extra_items_upper_case_types_and_quoted_field_names() -> None:
    structure = (
        b'(("TEXT" "PLAIN" ("CHARSET" "UTF-8") NIL NIL "7BIT" 10 1 NIL NIL NIL)'
        b'("TEXT" "CALENDAR" ("CHARSET" "UTF-8" "METHOD" "REQUEST") NIL NIL "7BIT" 10 1 NIL'
        b' NIL NIL) "ALTERNATIVE" ("BOUNDARY" "b") NIL NIL)'
    )
    wire = response(
        1,
        b"X-GM-THRID 1592370923645012513",
        b"X-GM-MSGID 1592370923645012513",
        b'X-GM-LABELS ("\\\\Inbox" "\\\\Important" "Job search")',
        b"UID 4",
        b"RFC822.SIZE 5120",
        b'INTERNALDATE "01-Mar-2026 09:00:00 +0000"',
        b"FLAGS ()",
        b"BODYSTRUCTURE " + structure,
        b'BODY[HEADER.FIELDS ("MESSAGE-ID" "DATE")] ' + literal(HEADER),
    )
    assert parse(wire) == {4: Fetched(4, (), 5120, HEADER, True)}
    assert parse(wire) == generic(records(wire), {4})


def test_odd_casing_of_names_and_nil() -> None:
    wire = response(
        1,
        b"uid 5",
        b"Flags (\\seen)",
        b"rfc822.size 10",
        b'BodyStructure ("Application" "ICS" nil nil nil "Base64" 10)',
        b"body[header.fields (subject)] nil",
    )
    assert parse(wire) == {5: Fetched(5, (b"\\seen",), 10, b"", True)}


def test_header_as_a_quoted_string_with_escapes() -> None:
    wire = response(
        1, b"UID 5", b"FLAGS ()", b"RFC822.SIZE 1", b"BODYSTRUCTURE " + PLAIN,
        FIELDS + b' "Subject: \\"quoted\\" \\\\ back"',
    )  # fmt: skip
    assert parse(wire)[5].header == b'Subject: "quoted" \\ back'
    assert parse(wire) == generic(records(wire), {5})


def test_empty_header_literal() -> None:
    wire = dovecot(1, 5, header=b"")
    assert parse(wire)[5].header == b""


# ---- BODYSTRUCTURE --------------------------------------------------------------------------


def structure_of(structure: bytes) -> bool:
    found = parse(dovecot(1, 1, structure))
    assert found == generic(records(dovecot(1, 1, structure)), {1})
    return found[1].calendar


def test_calendar_deep_inside_nested_multiparts() -> None:
    leaf = b'("text" "plain" ("charset" "us-ascii") NIL NIL "7bit" 1 1 NIL NIL NIL NIL)'
    calendar = b'("text" "calendar" ("method" "CANCEL") NIL NIL "7bit" 1 1 NIL NIL NIL NIL)'
    inner = b"(" + leaf + calendar + b' "alternative" ("boundary" "x") NIL NIL NIL)'
    middle = b"(" + leaf + inner + b' "related" ("boundary" "y") NIL NIL NIL)'
    outer = b"(" + middle + leaf + b' "mixed" ("boundary" "z") NIL NIL NIL)'
    assert structure_of(outer)
    assert not structure_of(outer.replace(b'"calendar"', b'"html"'))


def test_calendar_inside_a_forwarded_message() -> None:
    envelope = (
        b'("Thu, 26 Nov 2026 10:00:00 +0100" "invite" (("Rita" NIL "rita" "acme.example"))'
        b' (("Rita" NIL "rita" "acme.example")) (("Rita" NIL "rita" "acme.example"))'
        b' ((NIL NIL "dana" "example.org")) NIL NIL NIL "<i@acme.example>")'
    )
    inner = (
        b'(("text" "plain" ("charset" "utf-8") NIL NIL "7bit" 30 2 NIL NIL NIL NIL)'
        b'("text" "calendar" ("method" "REQUEST") NIL NIL "7bit" 90 5 NIL NIL NIL NIL)'
        b' "mixed" ("boundary" "in") NIL NIL NIL)'
    )
    forwarded = (
        b'(("text" "plain" ("charset" "utf-8") NIL NIL "7bit" 10 1 NIL NIL NIL NIL)'
        b'("message" "rfc822" NIL NIL NIL "7bit" 900 ' + envelope + b" " + inner + b" 40 NIL"
        b' ("attachment" NIL) NIL NIL) "mixed" ("boundary" "out") NIL NIL NIL)'
    )
    assert structure_of(forwarded)
    assert not structure_of(forwarded.replace(b'"calendar"', b'"plain"'))


def test_an_ics_file_by_name_in_any_case() -> None:
    attached = (
        b'(("text" "plain" NIL NIL NIL "7bit" 1 1 NIL NIL NIL NIL)("application" "octet-stream"'
        b' ("name" "Interview.ICS") NIL NIL "base64" 10 NIL ("attachment" ("filename"'
        b' "Interview.ICS")) NIL NIL) "mixed" ("boundary" "b") NIL NIL NIL)'
    )
    assert structure_of(attached)
    assert not structure_of(attached.replace(b".ICS", b".pdf"))


def test_words_that_only_look_like_a_calendar() -> None:
    # "calendar" in a description and "ics" in a name: read in full, and still no calendar.
    looks = (
        b'("text" "plain" ("name" "physics.txt") NIL "my calendar (draft)" "7bit" 1 1 NIL NIL'
        b" NIL NIL)"
    )
    assert not structure_of(looks)
    assert structure_of(looks.replace(b"physics.txt", b"physics.ics"))


def test_literals_inside_the_bodystructure() -> None:
    # Servers send a string as a literal when it has 8-bit bytes or quote characters.
    name = 'Einladung Gespräch "2".ics'.encode()
    structure = (
        b'(("text" "plain" NIL NIL NIL "7bit" 1 1 NIL NIL NIL NIL)("application" "octet-stream"'
        b' ("name" ' + literal(name) + b') NIL NIL "base64" 10 NIL NIL NIL NIL) "mixed"'
        b' ("boundary" ' + literal(b"(not a list") + b") NIL NIL NIL)"
    )
    assert structure_of(structure)
    plain_type = b"(" + literal(b"text") + b" " + literal(b"plain") + b' NIL NIL NIL "7bit" 1 1)'
    assert not structure_of(plain_type)
    calendar_type = b"(" + literal(b"TEXT") + b' "calendar" NIL NIL NIL "7bit" 1 1)'
    assert structure_of(calendar_type)


def test_quoted_strings_with_parentheses_and_escapes_inside() -> None:
    structure = (
        b'("text" "plain" ("name" "a (b) \\"c\\" \\\\ d)") NIL "((((" "7bit" 1 1 NIL NIL NIL NIL)'
    )
    assert not structure_of(structure)


def test_structures_deeper_than_the_quick_path_are_read_in_full() -> None:
    leaf = b'("text" "calendar" NIL NIL NIL "7bit" 1 1 NIL NIL NIL NIL)'
    structure = leaf
    for _ in range(20):
        structure = b"(" + structure + b' "mixed" ("boundary" "b") NIL NIL NIL)'
    assert structure_of(structure)
    assert not structure_of(structure.replace(b"calendar", b"plain"))


def test_nil_bodystructure_is_no_calendar() -> None:
    assert not parse(dovecot(1, 1, b"NIL"))[1].calendar


def test_has_calendar_takes_imapclients_body_data_too() -> None:
    from imapclient.response_types import BodyData  # type: ignore[import-untyped]

    raw = (
        (b"text", b"plain", None, None, None, b"7bit", 1, 1),
        (b"text", b"calendar", None, None, None, b"7bit", 1, 1),
        b"mixed",
    )
    assert has_calendar(BodyData.create(raw)) and has_calendar(raw)


# ---- what else a server sends ---------------------------------------------------------------


def test_unsolicited_flags_after_the_answer_win() -> None:
    wire = dovecot(1, 7) + dovecot(2, 9) + response(2, b"FLAGS (\\Deleted)")
    found = parse(wire)
    assert found[9].flags == (b"\\Deleted",)
    assert found[7].flags == (b"\\Seen", b"\\Recent")
    assert found == generic(records(wire), {7, 9})


def test_unsolicited_flags_before_the_answer_lose() -> None:
    wire = response(2, b"FLAGS (\\Deleted)") + dovecot(1, 7) + dovecot(2, 9)
    assert parse(wire)[9].flags == (b"\\Seen", b"\\Recent")
    assert parse(wire) == generic(records(wire), {7, 9})


def test_unsolicited_flags_for_a_message_not_asked_for_are_ignored() -> None:
    wire = response(5, b"FLAGS (\\Seen)") + dovecot(1, 7) + response(6, b"UID 70 FLAGS ()")
    assert set(parse(wire, {7})) == {7}


def test_unsolicited_flags_are_not_placed_when_numbers_may_have_moved() -> None:
    wire = dovecot(1, 7) + dovecot(2, 9) + response(2, b"FLAGS (\\Deleted)")
    assert parse(wire, renumbered=True)[9].flags == (b"\\Seen", b"\\Recent")
    # one sequence number for two messages: an EXPUNGE went unnoticed; place nothing
    wire = dovecot(2, 7) + dovecot(2, 9) + response(2, b"FLAGS (\\Deleted)")
    found = parse(wire)
    assert found[7].flags == found[9].flags == (b"\\Seen", b"\\Recent")


def test_a_flag_update_with_uid_merges_by_uid() -> None:
    wire = dovecot(1, 7) + response(1, b"UID 7", b"FLAGS (\\Answered)", b"MODSEQ (9)")
    assert parse(wire)[7].flags == (b"\\Answered",)


def test_an_expunged_message_is_absent() -> None:
    # Only a flag change came for UID 8; its own answer did not (expunged meanwhile).
    wire = dovecot(1, 7) + response(2, b"FLAGS (\\Seen) UID 8")
    assert set(parse(wire)) == {7}
    assert parse_header_fetch([None], {1}) == {}


def test_an_answer_without_an_item_asked_for_is_unexpected() -> None:
    wire = response(1, b"UID 7", b"FLAGS ()", b"BODYSTRUCTURE " + PLAIN, FIELDS + b" NIL")
    with pytest.raises(Unexpected, match="RFC822.SIZE"):
        parse(wire)


@pytest.mark.parametrize(
    "wire",
    [
        dovecot(1, 7).replace(b"BODYSTRUCTURE (", b"BODYSTRUCTURE ((", 1),  # unbalanced
        dovecot(1, 7).replace(b"UID 7", b"UID seven"),
        dovecot(1, 7).replace(b"FLAGS (", b"FLAGS ((", 1),
        dovecot(1, 7).replace(b'"7bit"', b'"7\\bit"'),  # an escape RFC 3501 does not have
        dovecot(1, 7).replace(b" RFC822.SIZE", b"  RFC822.SIZE"),
        dovecot(1, 7).replace(b"UID 7", b"UID"),
        dovecot(1, 7)[:-3] + b"\r\n",  # the closing parenthesis is missing
        dovecot(1, 7)[:-3] + b" GARBAGE\r\n",
        dovecot(1, 7)[:-2] + b" x\r\n",
        dovecot(1, 7, b'("text" {4}\r\nplain)'),  # a literal in mid-line
        response(1, b"UID 7 FLAGS () RFC822.SIZE 1 BODYSTRUCTURE", FIELDS + b" NIL"),
    ],
    ids=[
        "unbalanced",
        "uid-not-a-number",
        "flags-nested",
        "bad-escape",
        "two-spaces",
        "uid-without-value",
        "no-closing-paren",
        "garbage-after-item",
        "garbage-after-end",
        "mid-line-literal",
        "item-without-value",
    ],
)
def test_broken_answers_are_unexpected(wire: bytes) -> None:
    data = records(wire)
    with pytest.raises(Unexpected):
        parse_header_fetch(data, {7})


def test_truncated_records_are_unexpected() -> None:
    data = records(dovecot(1, 7) + dovecot(2, 9))
    with pytest.raises(Unexpected):  # the last response's closing line is missing
        parse_header_fetch(data[:-1], {7, 9})
    line, header = data[0]
    with pytest.raises(Unexpected):  # a literal shorter than announced
        parse_header_fetch([(line, header[:-1]), data[1]], {7})
    with pytest.raises(Unexpected):
        parse_header_fetch([b"7 (UID 7 FLAGS ("], {7})
    with pytest.raises(Unexpected):
        parse_header_fetch([b"* OK hello"], {7})


def test_a_record_of_the_wrong_type_is_unexpected() -> None:
    with pytest.raises(Unexpected):
        parse_header_fetch([("1 (UID 1)",)], {1})


# ---- against imapclient, on generated answers -----------------------------------------------

_TEXT = st.lists(
    st.sampled_from([*'abcXYZ019 .-_()"\\%*[]{}', "ä", "calendar", ".ics", "ics"]), max_size=8
).map("".join)


@st.composite
def strings(draw: st.DrawFn, value: st.SearchStrategy[str] = _TEXT) -> bytes:
    """One string, quoted (with escapes) or as a literal."""
    data = draw(value).encode()
    # Literals in a structure send the whole response to the general reader; in half the
    # answers there are none, so that the quick path is tried as often.
    if draw(st.shared(st.booleans(), key="literals")) and draw(st.integers(0, 5)) == 0:
        return literal(data)
    return b'"' + data.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'


def nstrings(value: st.SearchStrategy[str] = _TEXT) -> st.SearchStrategy[bytes]:
    return st.one_of(st.just(b"NIL"), strings(value))


_TYPES = st.sampled_from(
    [
        ("text", "plain"),
        ("TEXT", "HTML"),
        ("text", "calendar"),
        ("Text", "Calendar"),
        ("application", "ics"),
        ("application", "pdf"),
        ("image", "png"),
        ("application", "octet-stream"),
    ]
)
_NAMES = st.sampled_from(["invite.ics", "Invite.ICS", "cv.pdf", "physics.txt", "ics", "a.ics.txt"])
_KEYS = st.sampled_from(["charset", "name", "NAME", "filename", "method", "format"])


@st.composite
def parameters(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):
        return b"NIL"
    pairs = draw(st.lists(st.tuples(_KEYS, st.one_of(_NAMES, _TEXT)), min_size=1, max_size=3))
    return b"(" + b" ".join(draw(strings(st.just(k))) + b" " + draw(strings(st.just(v)))
                            for k, v in pairs) + b")"  # fmt: skip


@st.composite
def disposition(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):
        return b"NIL"
    kind = draw(strings(st.sampled_from(["attachment", "inline"])))
    return b"(" + kind + b" " + draw(parameters()) + b")"


@st.composite
def leaf(draw: st.DrawFn, depth: int) -> bytes:
    kind, subtype = draw(_TYPES)
    fields = [
        draw(strings(st.just(kind))),
        draw(strings(st.just(subtype))),
        draw(parameters()),
        draw(nstrings()),
        draw(nstrings()),
        draw(strings(st.sampled_from(["7bit", "base64", "quoted-printable"]))),
        str(draw(st.integers(0, 99999))).encode(),
    ]
    if kind.lower() == "text":
        fields.append(str(draw(st.integers(0, 999))).encode())
    if draw(st.booleans()):  # extension data
        fields += [draw(nstrings()), draw(disposition()), b"NIL", b"NIL"]
    return b"(" + b" ".join(fields) + b")"


@st.composite
def forwarded(draw: st.DrawFn, depth: int) -> bytes:
    address = b"(" + b" ".join([draw(nstrings()), b"NIL", draw(strings()), draw(strings())]) + b")"
    envelope = b"(" + b" ".join(
        [draw(nstrings()), draw(nstrings())] + [b"(" + address + b")"] * 3
        + [b"NIL"] * 3 + [b"NIL", draw(nstrings())]
    ) + b")"  # fmt: skip
    inner = draw(body(depth + 1))
    return (
        b'("message" "rfc822" NIL NIL NIL "7bit" 100 ' + envelope + b" " + inner
        + b" 10 NIL " + draw(disposition()) + b" NIL NIL)"
    )  # fmt: skip


@st.composite
def multipart(draw: st.DrawFn, depth: int) -> bytes:
    parts = draw(st.lists(body(depth + 1), min_size=1, max_size=3))
    subtype = draw(strings(st.sampled_from(["mixed", "alternative", "related"])))
    tail = b""
    if draw(st.booleans()):
        tail = b" " + draw(parameters()) + b" " + draw(disposition()) + b" NIL NIL"
    return b"(" + b"".join(parts) + b" " + subtype + tail + b")"


def body(depth: int = 0) -> st.SearchStrategy[bytes]:
    if depth >= 3:
        return leaf(depth)
    return st.one_of(leaf(depth), multipart(depth), forwarded(depth))


_FLAG = st.sampled_from([b"\\Seen", b"\\Answered", b"\\Recent", b"$Forwarded", b"Junk", b"$label1"])
_FIELD_NAMES = st.sampled_from(
    [FIELDS, FIELDS.lower(), b'BODY[HEADER.FIELDS ("MESSAGE-ID" "DATE")]']
)
_EXTRA = st.sampled_from(
    [
        b"MODSEQ (12345)",
        b'X-GM-LABELS ("\\\\Inbox" "Job search")',
        b"X-GM-MSGID 1592370923645012513",
        b'INTERNALDATE "01-Mar-2026 09:00:00 +0000"',
        b"X-GM-LABELS ()",
    ]
)


@st.composite
def message(draw: st.DrawFn, seq: int, uid: int) -> bytes:
    header = draw(st.binary(max_size=60))
    if draw(st.booleans()):
        header_item = literal(header)
    elif draw(st.booleans()):
        header_item = b"NIL"
    else:
        text = header.replace(b"\r", b"").replace(b"\n", b"")
        header_item = b'"' + text.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'
    flags = draw(st.lists(_FLAG, unique=True, max_size=3))
    items = [
        draw(st.sampled_from([b"UID", b"uid"])) + b" %d" % uid,
        b"FLAGS (" + b" ".join(flags) + b")",
        b"RFC822.SIZE %d" % draw(st.integers(0, 10**7)),
        draw(st.sampled_from([b"BODYSTRUCTURE", b"BodyStructure"])) + b" " + draw(body()),
        draw(_FIELD_NAMES) + b" " + header_item,
        *draw(st.lists(_EXTRA, max_size=2)),
    ]
    return response(seq, *draw(st.permutations(items)))


@st.composite
def answers(draw: st.DrawFn) -> tuple[bytes, set[int]]:
    count = draw(st.integers(1, 4))
    uids = draw(st.lists(st.integers(1, 10**6), min_size=count, max_size=count, unique=True))
    parts = [draw(message(seq, uid)) for seq, uid in enumerate(uids, start=1)]
    for _ in range(draw(st.integers(0, 2))):  # unsolicited flag changes, anywhere
        seq = draw(st.integers(1, count + 2))
        flags = b" ".join(draw(st.lists(_FLAG, unique=True, max_size=2)))
        parts.insert(draw(st.integers(0, len(parts))), response(seq, b"FLAGS (" + flags + b")"))
    wanted = set(draw(st.lists(st.sampled_from(uids), min_size=1)))
    return b"".join(parts), wanted


def _starts(record: Any) -> bool:
    """Whether this record begins a response (the one before it ended one)."""
    return re.match(rb"\d+ \(", record[0] if isinstance(record, tuple) else record) is not None


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers())
def test_same_as_imapclient(answer: tuple[bytes, set[int]]) -> None:
    wire, wanted = answer
    data = records(wire)
    found = parse_header_fetch(data, wanted)
    assert found == generic(data, wanted)
    event(f"calendar: {any(f.calendar for f in found.values())}")
    usual = [_usual_response(data, i) is not None for i, r in enumerate(data) if _starts(r)]
    event(f"read in one match: {'all' if all(usual) else 'some' if any(usual) else 'none'}")
    event(f"unsolicited: {wire.count(b' FETCH (FLAGS') > 0}")


@settings(max_examples=200, deadline=None)
@given(body())
def test_no_calendar_word_no_calendar(structure: bytes) -> None:
    """The shortcut: a structure that never says calendar or ics has no calendar part."""
    found = parse(dovecot(1, 1, structure))[1].calendar
    lowered = structure.lower()
    if b"calendar" not in lowered and b"ics" not in lowered:
        assert not found
    assert found == generic(records(dovecot(1, 1, structure)), {1})[1].calendar
