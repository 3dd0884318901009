"""Tests for mail.py's quick header path: a header block split without the stdlib feed
parser, and plain address lists read without getaddresses, give exactly the stdlib's Mail."""

from __future__ import annotations

import random
from email.utils import getaddresses
from pathlib import Path

import pytest
from followup.imap import HEADER_FIELDS
from followup.mail import _parse, _plain_header_block, _simple_addresses
from hypothesis import given, settings
from hypothesis import strategies as st

TESTS = Path(__file__).resolve().parent
MESSAGES = sorted(
    p
    for folder in ("corpus", "holdout", "holdout2", "holdout3")
    for p in (TESTS / folder).glob("*.eml")
)
FETCHED = {name.lower() for name in HEADER_FIELDS}


def header_section(raw: bytes) -> bytes:
    """Everything up to and with the first blank line: what `BODY[HEADER]` returns."""
    for end in (b"\r\n\r\n", b"\n\n"):
        where = raw.find(end)
        if where >= 0:
            return raw[: where + len(end)]
    return raw + b"\r\n\r\n"


def header_fields(raw: bytes) -> bytes:
    """The HEADER_FIELDS lines of a message, in their order, as a server's header fetch
    returns them (CRLF, a blank line at the end)."""
    lines = header_section(raw).replace(b"\r\n", b"\n").split(b"\n")
    kept: list[bytes] = []
    keep = False
    for line in lines:
        if not line:
            break
        if line[:1] in (b" ", b"\t"):
            if keep:
                kept.append(line)
            continue
        keep = line.split(b":", 1)[0].strip().lower().decode("latin-1") in FETCHED
        if keep:
            kept.append(line)
    return b"\r\n".join(kept) + b"\r\n\r\n"


def same_as_stdlib(block: bytes) -> None:
    assert _parse(block) == _parse(block, quick=False), block


def test_the_quick_path_reads_every_real_header_block_like_the_stdlib() -> None:
    assert len(MESSAGES) > 300
    quick = 0
    for path in MESSAGES:
        raw = path.read_bytes()
        for block in (header_fields(raw), header_section(raw)):
            same_as_stdlib(block)
            quick += _plain_header_block(block) is not None
    # It is the common case, or it would not be worth having.
    assert quick > len(MESSAGES) / 2


def test_damaged_header_blocks_read_like_the_stdlib() -> None:
    """Header blocks of the corpus with characters that matter to a header parser put in at
    random places: the quick path either gives the stdlib's answer or leaves it to it."""
    rng = random.Random(8)
    marks = [b":", b" ", b"\t", b"\r\n", b"\n", b"\r", b"<", b">", b",", b'"', b"(", b";",
             b"=?", b"From ", b"\r\n ", b"\xc3\xa9", b"\x00", b"@", b".", b"\\", b"*"]  # fmt: skip
    blocks = [header_fields(p.read_bytes()) for p in MESSAGES]
    for _ in range(3000):
        block = bytearray(rng.choice(blocks))
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(block))
            block[at:at] = rng.choice(marks)
        same_as_stdlib(bytes(block))


@pytest.mark.parametrize(
    "block",
    [
        b"Subject: a\r\n folded\r\n\tline\r\nFrom: A <a@b.example>\r\n\r\n",
        b"Subject:\r\n only folded\r\nMessage-ID: <x@y>\r\n\r\n",
        b"Subject: lf only\nFrom: a@b.example\n\n",
        b"Subject: lone\rcr\r\n\r\n",
        b" continuation first\r\nSubject: x\r\n\r\n",
        b"From nobody Mon Jan 1 00:00:00 2024\r\nSubject: mbox\r\n\r\n",
        b"Subject : space before the colon\r\n\r\n",
        b"Subject: two\r\n\r\nblank lines\r\n\r\n",
        b"Subject: no blank line at the end\r\n",
        b"Content-Type: text/plain; charset=utf-8\r\nSubject: x\r\n\r\n",
        b'Content-Type: text/plain;\r\n charset="iso-8859-1"; format=flowed\r\n\r\n',
        b"Content-Type: text/plain; charset=x-unknown-charset\r\nSubject: x\r\n\r\n",
        b"Content-Type: text/calendar; method=CANCEL\r\nSubject: x\r\n\r\n",
        b"Content-Type: application/pkcs7-mime\r\nSubject: x\r\n\r\n",
        b'Content-Type: multipart/mixed; boundary="b1"\r\nSubject: x\r\n\r\n',
        b"Content-Type: multipart/mixed\r\nSubject: x\r\n\r\n",
        b"Content-Type: message/rfc822\r\nSubject: x\r\n\r\n",
        b'Content-Type: text/plain; name="cv.pdf"\r\nSubject: x\r\n\r\n',
        b"Content-Type: text/plain\r\nContent-Type: text/calendar\r\n\r\n",
        b"Content-Type: text/plain; charset*=utf-8''x\r\n\r\n",
        b"Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?=\r\n"
        b"From: =?utf-8?q?J=C3=B6rg?= <j@k.example>\r\n\r\n",
        b"Subject: Gr\xc3\xbc\xc3\x9fe\r\n\r\n",
        b"Subject: Gr\xfc\xdfe\r\n\r\n",
        b"Subject: tab\there and  two spaces  \r\n\r\n",
        b"Subject: control \x01 char\r\n\r\n",
        b"Date: Tue, 3 Mar 2026 12:00:00\r\nMessage-ID: no brackets@x.example\r\n\r\n",
        b"Date: 2026-03-03T12:00:00Z\r\nIn-Reply-To: <a@b> <c@d>\r\n"
        b"References: <a@b>\r\n <c@d>\r\n\r\n",
        b"To: a@b.example, B <b@b.example>,\r\n C. D. <c@b.example>\r\n"
        b'Cc: "Q, R" <q@r.example>\r\n\r\n',
        b"To: undisclosed-recipients:;\r\nReply-To: (comment) a@b.example\r\n\r\n",
        b"From: A@B.EXAMPLE\r\nTo: a@b.example, A@b.example\r\n\r\n",
        b"X-Empty:\r\nSubject: x\r\n\r\n",
        b"\r\n\r\nSubject: leading blank lines\r\n\r\n",
    ],
)
def test_edge_cases_read_like_the_stdlib(block: bytes) -> None:
    same_as_stdlib(block)


def test_a_plain_fetch_takes_the_quick_path() -> None:
    block = (
        b"Date: Sun, 01 Mar 2026 09:00:00 +0000\r\nMessage-ID: <m3@bench.example>\r\n"
        b"To: dana@example.org\r\nFrom: Friend 3 <friend3@mail.example>\r\n"
        b"Subject: Weekend plans 3\r\nList-Id: Shop <news.shop.example>\r\n"
        b'Content-Type: text/plain; charset="utf-8"\r\n\r\n'
    )
    assert _plain_header_block(block) is not None
    same_as_stdlib(block)


ADDRESSES = [
    "a@b.example",
    "Jane Doe <jane@acme.example>",
    "  Jane   Doe   <jane@acme.example>  ",
    "J. R. R. Tolkien <jrr@middle.example>",
    "O'Brien <ob@x.example>",
    "a@b.example, Jane <jane@acme.example>,c@d.example",
    "<bare@angle.example>",
    "first.last+tag@sub.domain.example",
    "UPPER <UP@CASE.EXAMPLE>",
]
NOT_SIMPLE = [
    '"Doe, Jane" <jane@acme.example>',
    "jane@acme.example (Jane Doe)",
    "Team: a@b.example, c@d.example;",
    "=?utf-8?q?J=C3=B6rg?= <j@k.example>",
    "<@route.example:a@b.example>",
    "a@[127.0.0.1]",
    "Jörg <j@k.example>",
    "a..b@c.example",
    "a@b.example,",
    "",
    "Jane Doe jane@acme.example",
]


@pytest.mark.parametrize("value", ADDRESSES)
def test_simple_addresses_are_what_getaddresses_says(value: str) -> None:
    assert _simple_addresses([value]) == getaddresses([value])


@pytest.mark.parametrize("value", NOT_SIMPLE)
def test_anything_else_is_left_to_getaddresses(value: str) -> None:
    assert _simple_addresses([value]) is None


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.text(alphabet="aZ09.-_+' <>@,\t\"():;=?", min_size=0, max_size=40),
        min_size=1,
        max_size=3,
    )
)
def test_whenever_it_answers_it_agrees_with_getaddresses(values: list[str]) -> None:
    found = _simple_addresses(values)
    if found is not None:
        assert found == getaddresses(values)
