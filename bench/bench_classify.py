"""Classification throughput: messages per second through parse → classify → extract.

Run: .venv/bin/python bench/bench_classify.py [--rounds N]
Reads the labelled corpus in tests/corpus; reports each stage alone and the whole pipeline,
the best of several rounds, in CPU time of this process (the machine is noisy: CPU time
leaves out the waits for a busy CPU, and the best round is the least disturbed).
Also the daemon's first pass over a mailbox: each message's headers alone (up to the blank
line, as a header fetch returns them) parsed and classified.

Every round starts with re's pattern cache emptied: in a real mailbox every message has its
own MIME boundaries, for which the stdlib's parser compiles a pattern each, so the cache
never holds them (and they push out the patterns other code compiles on the fly).
"""

from __future__ import annotations

import argparse
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from followup.classify import RuleSet, classify
from followup.extract import extract
from followup.mail import parse

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"
ME = frozenset({"dana.whitfield@example.org"})


def best_rate(label: str, count: int, work: Callable[[], object], rounds: int) -> float:
    timings = []
    for _ in range(rounds):
        re.purge()
        start = time.process_time()
        work()
        timings.append(time.process_time() - start)
    best = min(timings)
    rate = count / best
    print(
        f"{label:<34} {rate:>9,.0f} msg/s {best / count * 1e6:7.0f} µs/msg   best"
        f" {best * 1000:7.1f} ms   median {statistics.median(timings) * 1000:7.1f} ms"
        f"   ({count} messages)"
    )
    return rate


def headers_of(raw: bytes) -> bytes:
    """The header block of a message, through its blank line (what a header fetch returns)."""
    ends = [i + len(blank) for blank in (b"\r\n\r\n", b"\n\n") if (i := raw.find(blank)) >= 0]
    return raw[: min(ends)] if ends else raw


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    raws = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))]
    if not raws:
        print(f"no messages in {CORPUS}", file=sys.stderr)
        return 1
    started = time.process_time()
    rules = RuleSet.default()
    print(f"rules loaded and compiled in {(time.process_time() - started) * 1000:.0f} ms")
    size = sum(len(r) for r in raws)
    print(
        f"corpus: {len(raws)} messages, {size / 1024:.0f} KiB; Python {platform.python_version()}"
    )
    mails = [parse(r) for r in raws]
    verdicts = [classify(m, rules, ME) for m in mails]

    best_rate("parse", len(raws), lambda: [parse(r) for r in raws], args.rounds)
    best_rate("classify", len(mails), lambda: [classify(m, rules, ME) for m in mails], args.rounds)
    best_rate(
        "extract",
        len(mails),
        lambda: [extract(m, v, rules=rules, me=ME) for m, v in zip(mails, verdicts, strict=True)],
        args.rounds,
    )

    def pipeline() -> None:
        for raw in raws:
            mail = parse(raw)
            extract(mail, classify(mail, rules, ME), rules=rules, me=ME)

    best_rate("parse + classify + extract", len(raws), pipeline, args.rounds)

    heads = [headers_of(r) for r in raws]
    head_mails = [parse(h) for h in heads]
    best_rate("parse (headers only)", len(heads), lambda: [parse(h) for h in heads], args.rounds)
    best_rate(
        "classify (headers only)",
        len(heads),
        lambda: [classify(m, rules, ME) for m in head_mails],
        args.rounds,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
