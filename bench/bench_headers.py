"""ImapMailbox.headers alone against a bare imaplib fetch of the same items, on a real Dovecot.

Run: .venv/bin/python bench/bench_headers.py [--messages 10000] [--rounds 5]

The INBOX is bench_daemon's mailbox (~4 KB messages, 2 % with a calendar attachment). Each
round, alternating (the machine is noisy), times on a fresh TLS connection:
  bare    imaplib `UID FETCH 1:* <the header items>`, unparsed (login, EXAMINE, fetch, logout)
  headers ImapMailbox.connect + headers(INBOX, every UID) + close
and then, without the network, the parse of one captured answer (all messages in one FETCH)
by imapclient's parse_fetch_response and by followup.fetchparse (when it exists).
"""

from __future__ import annotations

import argparse
import imaplib
import platform
import shutil
import ssl
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "integration"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_daemon import fill, mailbox_messages  # noqa: E402
from dovecot import Dovecot, Options, Tls  # noqa: E402
from followup import imap  # noqa: E402
from followup.imap import ImapMailbox  # noqa: E402
from imapclient.response_parser import parse_fetch_response  # noqa: E402

try:
    from followup.fetchparse import parse_header_fetch
except ImportError:  # before the parser existed
    parse_header_fetch = None


def bare(server: Dovecot) -> tuple[float, list[object]]:
    context = ssl.create_default_context(cafile=str(server.ca_file))
    started = time.perf_counter()
    client = imaplib.IMAP4_SSL(server.host, server.imaps_port, ssl_context=context)
    client.login(server.user, server.password)
    client.select("INBOX", readonly=True)
    _typ, data = client.uid("FETCH", "1:*", imap._HEADER_ITEMS)
    client.logout()
    return time.perf_counter() - started, data


def headers(server: Dovecot, uids: list[int]) -> tuple[float, int]:
    started = time.perf_counter()
    with ImapMailbox(server.account(), server.secret) as box:
        found = box.headers("INBOX", uids)
    return time.perf_counter() - started, sum(h.has_calendar for h in found)


def best(function, rounds: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="fh", dir="/tmp"))
    server = Dovecot(Tls.create(work / "tls"), Options())
    server.start()
    try:
        fill(server, mailbox_messages(args.messages))
        uids = list(range(1, args.messages + 1))
        bares, ours = [], []
        data: list[object] = []
        calendars = 0
        for _ in range(args.rounds):
            seconds, data = bare(server)
            bares.append(seconds)
            seconds, calendars = headers(server, uids)
            ours.append(seconds)
        print(f"python {platform.python_version()}, {args.messages} messages "
              f"({calendars} with a calendar), best of {args.rounds}, {imap.HEADER_CHUNK} "
              "UIDs per UID FETCH in headers()")  # fmt: skip
        print(f"  bare imaplib UID FETCH 1:*, unparsed:   {min(bares):.3f} s")
        print(f"  ImapMailbox.headers (connect..close):   {min(ours):.3f} s "
              f"(ratio {min(ours) / min(bares):.2f})")  # fmt: skip
        generic = best(lambda: parse_fetch_response(data, True, False), args.rounds)
        print(f"  parse only, imapclient parse_fetch_response: {generic:.3f} s")
        if parse_header_fetch is not None:
            wanted = set(uids)
            fast = best(lambda: parse_header_fetch(data, wanted), args.rounds)  # type: ignore[misc]
            print(f"  parse only, followup.fetchparse:             {fast:.3f} s")
    finally:
        server.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
