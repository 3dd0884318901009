"""The writer shared by the held-out corpora (tests/holdout*/build_holdout*.py).

Each held-out corpus registers its messages through source/lib.py, then hands them here to be
written, checked against their labels, or counted, in the first corpus's exact format.
"""

from __future__ import annotations

import argparse
import collections
import email
import email.policy
import sys
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import build_corpus
from source.lib import EVENTS, NON_EVENTS, Entry, label_dict

BERLIN = ZoneInfo("Europe/Berlin")
INTERVIEW_CATEGORIES = {
    "interview_invite",
    "interview_confirmation",
    "interview_reschedule",
    "interview_cancel",
}


@dataclass(frozen=True)
class HeldOut:
    """One held-out corpus: its folder, its labels' header comment, and what it may hold."""

    here: Path
    header: str
    languages: frozenset[str]
    months: tuple[int, ...]  # of 2026
    period: str  # the months in words, for messages


def render_labels(corpus: HeldOut, entries: list[Entry]) -> str:
    """build_corpus's rendering, under this corpus's own header comment."""
    body = build_corpus.render_labels(entries)
    assert body.startswith(build_corpus.HEADER)
    return corpus.header + body[len(build_corpus.HEADER) :]


def check(corpus: HeldOut, entries: list[Entry]) -> list[str]:
    problems: list[str] = []
    names = {e.name + ".eml" for e in entries}
    on_disk = {p.name for p in corpus.here.glob("*.eml")}
    for extra in sorted(on_disk - names):
        problems.append(f"{extra}: on disk but not produced by the sources (no label)")
    for e in entries:
        path = corpus.here / f"{e.name}.eml"
        if not path.exists() or path.read_bytes() != e.data:
            problems.append(f"{path.name}: differs from the sources (rebuild)")
        msg = email.message_from_bytes(e.data, policy=email.policy.default)
        for k in msg:
            str(msg[k])  # every header must decode
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        d = label_dict(e)
        cat = d["category"]
        if cat not in EVENTS | NON_EVENTS:
            problems.append(f"{e.name}: bad category {cat}")
        if d["language"] not in corpus.languages:
            problems.append(f"{e.name}: bad language {d['language']}")
        if (
            d["decision_text"]
            and d["decision_text"].lower() not in build_corpus.visible_text(msg).lower()
        ):
            problems.append(f"{e.name}: decision_text not found in the message text")
        if (cat == "out_of_office") != bool(d["return_date"]):
            problems.append(f"{e.name}: return_date is for out_of_office only, and required there")
        if d["interview"] and cat not in INTERVIEW_CATEGORIES:
            problems.append(f"{e.name}: interview set on a {cat}")
        if cat in NON_EVENTS and d["interviewers"]:
            problems.append(f"{e.name}: a non-event with interviewers")
        if cat in NON_EVENTS - {"application_ack"} and d["decision_date"]:
            problems.append(f"{e.name}: only events and acknowledgements carry a decision date")
        if cat in EVENTS and not d["company"]:
            problems.append(f"{e.name}: an event without company")
        if cat == "user_sent" and "dana.whitfield@example.org" not in str(msg["From"]):
            problems.append(f"{e.name}: user_sent but not from the owner")
        if e.when.date() != e.when.astimezone(BERLIN).date():
            problems.append(f"{e.name}: Date is another calendar day in Berlin (README)")
        if not (e.when.year == 2026 and e.when.month in corpus.months):
            problems.append(f"{e.name}: outside {corpus.period}")
    labels = corpus.here / "labels.yaml"
    if labels.exists() and labels.read_text(encoding="utf-8") != render_labels(corpus, entries):
        problems.append("labels.yaml differs from the sources (rebuild)")
    return problems


def stats(entries: list[Entry]) -> str:
    cats = collections.Counter(e.label.category for e in entries)
    langs = collections.Counter(e.label.language for e in entries)
    ev_langs = collections.Counter(e.label.language for e in entries if e.label.category in EVENTS)
    hard = sum(1 for e in entries if e.label.hard_negative)
    ev = sum(1 for e in entries if e.label.category in EVENTS)
    lines = [
        f"{len(entries)} messages, {ev} events, {len(entries) - ev} non-events, "
        f"{hard} hard negatives ({100 * hard / len(entries):.0f}%)"
    ]
    lines += [f"  {c:24} {n}" for c, n in sorted(cats.items())]
    lines += [
        f"  lang {lang:19} {n} ({ev_langs[lang]} events)" for lang, n in sorted(langs.items())
    ]
    return "\n".join(lines)


def main(corpus: HeldOut, entries: list[Entry], description: str | None) -> int:
    """`build_holdoutN.py [--check] [--stats]`: write (or only verify) the corpus."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--check", action="store_true", help="verify only, write nothing")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args()
    if not args.check:
        for e in entries:
            (corpus.here / f"{e.name}.eml").write_bytes(e.data)
        (corpus.here / "labels.yaml").write_text(render_labels(corpus, entries), encoding="utf-8")
    problems = check(corpus, entries)
    for p in problems:
        print(p, file=sys.stderr)
    if args.stats or not args.check:
        print(stats(entries))
    return 1 if problems else 0
