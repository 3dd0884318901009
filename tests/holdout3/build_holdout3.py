#!/usr/bin/env python3
"""Write the third held-out mail corpus (tests/holdout3/*.eml and labels.yaml) from src/*.py.

Like tests/holdout2/build_holdout2.py it reuses the first corpus's machinery instead of copying
it: the MIME/iCalendar/label builders of tests/corpus/source/lib.py and the label renderer and
text extractor of tests/corpus/build_corpus.py, so all four corpora share one format.

`python tests/holdout3/build_holdout3.py` rewrites every generated file; `--check` writes
nothing and fails if a file on disk differs from what the sources produce or a label is
inconsistent; `--stats` prints the counts.
"""

from __future__ import annotations

import argparse
import collections
import email
import email.policy
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
sys.path.insert(0, str(HERE))

import build_corpus  # noqa: E402  (the first corpus's writer; importing it registers its messages)
from source.lib import CORPUS, EVENTS, NON_EVENTS, Entry, label_dict  # noqa: E402

# The first corpus registered itself into lib's shared list while build_corpus was imported.
# This corpus is separate: drop those entries before our sources register theirs.
CORPUS.clear()

from src import continent, negatives, stories  # noqa: E402,F401

LABELS = HERE / "labels.yaml"
# The first corpus's four languages, the hold-outs' Dutch, Italian, Portuguese, Polish, and Swedish.
LANGUAGES = set(build_corpus.LANGUAGES) | {"nl", "it", "pt", "pl", "sv"}
BERLIN = ZoneInfo("Europe/Berlin")
INTERVIEW_CATEGORIES = {
    "interview_invite",
    "interview_confirmation",
    "interview_reschedule",
    "interview_cancel",
}
MONTHS = (7, 8)  # July and August 2026

HEADER = """\
# Expected answers for every message in this directory (the THIRD HELD-OUT corpus). GENERATED
# by build_holdout3.py from src/*.py: edit the label next to its message there and rebuild.
# Same format and conventions as tests/corpus/labels.yaml (see tests/corpus/README.md); the
# differences and judgement calls are listed in README.md here. Strings are double-quoted;
# dates and datetimes are ISO 8601 strings; null means "not stated / not applicable".
"""


def render_labels(entries: list[Entry]) -> str:
    """build_corpus's rendering, under this corpus's own header comment."""
    body = build_corpus.render_labels(entries)
    assert body.startswith(build_corpus.HEADER)
    return HEADER + body[len(build_corpus.HEADER) :]


def check(entries: list[Entry]) -> list[str]:
    problems: list[str] = []
    names = {e.name + ".eml" for e in entries}
    on_disk = {p.name for p in HERE.glob("*.eml")}
    for extra in sorted(on_disk - names):
        problems.append(f"{extra}: on disk but not produced by the sources (no label)")
    for e in entries:
        path = HERE / f"{e.name}.eml"
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
        if d["language"] not in LANGUAGES:
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
        if not (e.when.year == 2026 and e.when.month in MONTHS):
            problems.append(f"{e.name}: outside July-August 2026")
    if LABELS.exists() and LABELS.read_text(encoding="utf-8") != render_labels(entries):
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="verify only, write nothing")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args()
    entries = list(CORPUS)
    if not args.check:
        for e in entries:
            (HERE / f"{e.name}.eml").write_bytes(e.data)
        LABELS.write_text(render_labels(entries), encoding="utf-8")
    problems = check(entries)
    for p in problems:
        print(p, file=sys.stderr)
    if args.stats or not args.check:
        print(stats(entries))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
