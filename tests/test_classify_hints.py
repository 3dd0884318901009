"""The hints that let classify skip a `re:` phrase never hide a match: for every phrase of
the shipped rules and every text of the test mail, searching with hints finds what the bare
pattern finds."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest
from followup.classify import MailView, RegexPhrase, RuleSet, _normalize, literal_hints
from followup.mail import parse
from followup.model import Invite, Mail
from hypothesis import given, settings
from hypothesis import strategies as st

TESTS = Path(__file__).resolve().parent
FOLDERS = ("corpus", "holdout", "holdout2", "holdout3")


def shipped_phrases() -> list[RegexPhrase]:
    rules = RuleSet.default()
    found = {id(o): o for o in gc.get_objects() if isinstance(o, RegexPhrase)}
    assert rules is not None and found
    return sorted(found.values(), key=lambda p: p.written)


def texts() -> list[str]:
    out = []
    for folder in FOLDERS:
        for path in sorted((TESTS / folder).glob("*.eml")):
            mail = parse(path.read_bytes())
            out += [mail.subject, mail.text, mail.quoted]
    return [_normalize(t, 20_000) for t in out if t]


def test_hints_never_hide_a_match_of_a_shipped_phrase() -> None:
    phrases = shipped_phrases()
    assert sum(1 for p in phrases if p.hints) > len(phrases) / 2
    for text in texts():
        lower = text.lower()
        for phrase in phrases:
            assert phrase.find(text, lower) == phrase.search(text), (phrase.written, text[:200])


@pytest.mark.parametrize(
    ("pattern", "hints"),
    [
        (r"\b(invitart[ie]|invitarLa|ti\s+invitiamo)\b", ("invitarla", "invitart", "invitiamo")),
        (r"\b(GP\s+practice|Arztpraxis)\b", ("arztpraxis", "practice")),
        (r"(ab|cd)+xyz", ("xyz",)),
        (r"a(bc)?def", ("def",)),
        (r"abc|de", None),
        (r"(?:x|yy)z", None),
        (r"(one|two)?three", ("three",)),
        (r"(one|tw)\s+three", ("three",)),
    ],
)
def test_each_alternative_gives_its_own_best_text(
    pattern: str, hints: tuple[str, ...] | None
) -> None:
    assert literal_hints(re.compile(pattern, re.IGNORECASE)) == hints


@settings(max_examples=300, deadline=None)
@given(
    subject=st.text(max_size=60),
    body=st.text(max_size=400),
    summary=st.text(max_size=40),
)
def test_the_words_of_the_whole_text_are_those_of_its_parts(
    subject: str, body: str, summary: str
) -> None:
    """MailView builds the words of `text` from its parts' (the body is read once): they are
    exactly the words a scan of the joined text finds, in any script and case."""
    invite = Invite(method="REQUEST", uid="u1", summary=summary)
    mail = Mail(message_id="<w@example.org>", subject=subject, text=body, invites=(invite,))
    view = MailView(mail, frozenset(), frozenset())
    assert view.words("text") == frozenset(re.findall(r"\w+", view.lower["text"]))
