"""Classification throughput: messages per second through parse → classify → extract.

Run: .venv/bin/python bench/bench_classify.py [--rounds N]
Reads the labelled corpus in tests/corpus; reports each stage alone and the whole pipeline,
the best of several rounds (the machine is noisy: the best round is the least disturbed).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

from followup.classify import RuleSet, classify
from followup.extract import extract
from followup.mail import parse

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"
ME = frozenset({"dana.whitfield@example.org"})


def best_rate(label: str, count: int, work, rounds: int) -> float:
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    best = min(timings)
    rate = count / best
    print(
        f"{label:<34} {rate:>9,.0f} msg/s   best {best * 1000:7.1f} ms"
        f"   median {statistics.median(timings) * 1000:7.1f} ms   ({count} messages)"
    )
    return rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    raws = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))]
    if not raws:
        print(f"no messages in {CORPUS}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    rules = RuleSet.default()
    print(f"rules loaded and compiled in {(time.perf_counter() - started) * 1000:.0f} ms")
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
