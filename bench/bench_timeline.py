"""Timing of the prose extractors (timeline.py, datetext.py): a realistic 2 KB email, the corpus.

Run: .venv/bin/python bench/bench_timeline.py [--rounds N]
Per call: the best round's mean (the machine is noisy: the best round is the least disturbed),
the median and the 99th percentile over all calls. The corpus part runs every function on the
text/plain body of each message in tests/corpus (stdlib email, quoted lines dropped).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

from followup.datetext import interview_time
from followup.timeline import decision_timeline, return_date

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"
SENT = datetime(2026, 3, 4, 10, 0, tzinfo=timezone(timedelta(hours=1)))

EMAIL = """Hi Alex,

Thank you so much for taking the time to speak with us on Tuesday about the Senior Backend
Engineer role. The whole panel enjoyed the conversation, and we were impressed by your
thoughts on event sourcing and how you approached the system design exercise.

As mentioned during the call, we are still interviewing a few other candidates this week.
We may ask some of them for a second conversation, so the process takes a little longer than
usual. We expect to make a final decision by the end of next week, and we will get back to
you either way. If anything changes on our side, I will update you as soon as I can.

In the meantime, please feel free to send over any work samples you'd like us to consider,
and let me know if you have any questions about the team, the benefits or the relocation
package. Our office is open Mon-Fri 9:00-17:30, and you can always reach me on my mobile.

For your records, here is a summary of what we discussed:
- Team: Platform (8 engineers, 1 EM, 1 PM)
- Stack: Python, Go, PostgreSQL, Kafka, Kubernetes
- Start date: flexible, ideally within 3 months
- Hybrid: 2 days a week in the Berlin office

We appreciate your patience, and we'll be in touch soon.

Best regards,

Maria Schneider
Senior Talent Acquisition Partner | ExampleCorp GmbH
Friedrichstraße 123, 10117 Berlin
Tel: +49 30 1234 5678 | Mobile: +49 170 123 45 67
www.example.com

ExampleCorp GmbH, Sitz: Berlin, Amtsgericht Charlottenburg HRB 123456 B
Geschäftsführer: Max Mustermann, Erika Musterfrau

This email and any attachments are confidential. If you received it by mistake, please
delete it and notify the sender. To stop receiving these emails, unsubscribe here:
https://example.com/unsubscribe?id=12345. Sent from my iPhone
"""

INVITE = EMAIL.replace(
    "We expect to make a final decision by the end of next week",
    "Your second interview is confirmed for Thursday, 12 March 2026 at 14:00 CET (45 min)",
)
OOO = (
    "Thank you for your message. I am out of the office until Monday, March 16, with limited "
    "access to email. For urgent matters please contact jobs@example.com.\n" * 12
)


def measure(label: str, call: Callable[[], object], rounds: int, calls: int = 500) -> None:
    samples: list[float] = []
    best = float("inf")
    result: object = None
    for _ in range(rounds):
        began_round = time.perf_counter()
        for _ in range(calls):
            began = time.perf_counter()
            result = call()
            samples.append(time.perf_counter() - began)
        best = min(best, (time.perf_counter() - began_round) / calls)
    samples.sort()
    median = statistics.median(samples) * 1e6
    p99 = samples[int(len(samples) * 0.99)] * 1e6
    print(f"{label:<38} best {best * 1e6:6.0f} µs  median {median:6.0f} µs  p99 {p99:6.0f} µs")
    print(f"{'':<38} -> {result}")


def corpus_texts() -> list[tuple[str, datetime]]:
    texts = []
    for path in sorted(CORPUS.glob("*.eml")):
        message = BytesParser(policy=policy.default).parse(path.open("rb"))
        try:
            sent = parsedate_to_datetime(str(message["Date"]))
        except (TypeError, ValueError):
            continue
        body = message.get_body(preferencelist=("plain",))
        if body is None or sent.tzinfo is None:
            continue
        try:
            text = body.get_content()
        except (LookupError, KeyError):
            continue
        lines = [line for line in text.splitlines() if not line.startswith(">")]
        texts.append(("\n".join(lines), sent))
    return texts


def measure_corpus(rounds: int) -> None:
    texts = corpus_texts()
    if not texts:
        return
    size = sum(len(text) for text, _ in texts)
    print(f"\ncorpus: {len(texts)} text bodies, {size / len(texts):.0f} characters on average")
    for label, function in (
        ("decision_timeline", lambda text, sent: decision_timeline(text, sent)),
        ("interview_time", lambda text, sent: interview_time(text, sent)),
        ("return_date", lambda text, sent: return_date(text, sent)),
    ):
        per_message: list[float] = []
        best = float("inf")
        for _ in range(rounds):
            began_round = time.perf_counter()
            for text, sent in texts:
                began = time.perf_counter()
                function(text, sent)
                per_message.append(time.perf_counter() - began)
            best = min(best, (time.perf_counter() - began_round) / len(texts))
        per_message.sort()
        median = statistics.median(per_message) * 1e6
        p99 = per_message[int(len(per_message) * 0.99)] * 1e6
        worst = per_message[-1] * 1e6
        print(
            f"{label:<38} best {best * 1e6:6.0f} µs  median {median:6.0f} µs  p99 {p99:6.0f} µs"
            f"  max {worst:6.0f} µs"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    decision_timeline(EMAIL, SENT)  # patterns compile at import; this warms the caches
    print(f"Python {platform.python_version()}; email: {len(EMAIL)} characters")
    measure("decision_timeline(email)", lambda: decision_timeline(EMAIL, SENT), rounds)
    measure("decision_timeline(invite)", lambda: decision_timeline(INVITE, SENT), rounds)
    measure("interview_time(email)", lambda: interview_time(EMAIL, SENT), rounds)
    measure("interview_time(invite)", lambda: interview_time(INVITE, SENT), rounds)
    measure(f"return_date(ooo, {len(OOO)} characters)", lambda: return_date(OOO, SENT), rounds)
    measure_corpus(rounds)


if __name__ == "__main__":
    main()
