"""Timing of the prose extractors (timeline.py, datetext.py) on a realistic 2 KB email.

Run: .venv/bin/python bench/bench_timeline.py — prints the median and 99th percentile per call.
"""

from __future__ import annotations

import statistics
import time
from datetime import datetime, timedelta, timezone

from followup.datetext import interview_time
from followup.timeline import decision_timeline, return_date

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


def measure(label: str, call: object, rounds: int = 2000) -> None:
    samples = []
    for _ in range(rounds):
        began = time.perf_counter()
        result = call()  # type: ignore[operator]
        samples.append(time.perf_counter() - began)
    samples.sort()
    median = statistics.median(samples) * 1e6
    p99 = samples[int(len(samples) * 0.99)] * 1e6
    print(f"{label:<40} median {median:7.1f} µs   p99 {p99:7.1f} µs   -> {result}")


def main() -> None:
    # First calls compile nothing (patterns are compiled at import) but warm the caches.
    decision_timeline(EMAIL, SENT)
    print(f"email: {len(EMAIL)} characters")
    measure("decision_timeline(email)", lambda: decision_timeline(EMAIL, SENT))
    measure("interview_time(email)", lambda: interview_time(EMAIL, SENT))
    measure("interview_time(invite)", lambda: interview_time(INVITE, SENT))
    measure("decision_timeline(invite)", lambda: decision_timeline(INVITE, SENT))
    measure(f"return_date(ooo, {len(OOO)} chars)", lambda: return_date(OOO, SENT))


if __name__ == "__main__":
    main()
