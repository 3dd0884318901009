"""The daemon against a real Dovecot over TLS on loopback: catch-up cost and new-mail latency.

Run: .venv/bin/python bench/bench_daemon.py [--messages 10000] [--rounds 3] [--latency 20]
     [--maildir]

1. Catch-up: a fresh state reads an INBOX of N messages (~4 KB each; 88 % list and bulk
   mail marked by List-Id or Precedence, 10 % personal, 2 % job mail) — headers for all,
   bodies for candidates — as a ratio to a bare imaplib
   `UID FETCH 1:* (FLAGS BODY.PEEK[HEADER.FIELDS (...)])` of the same mailbox, measured in
   the same run, alternating (the machine is noisy). IMAP commands are counted in Dovecot's
   raw protocol log.
2. Latency: the daemon runs (IDLE); a message is APPENDed; time until the store has it.
   Dovecot itself waits ~0.5 s before it notifies an IDLE client.
3. With --maildir: the same mailbox read as a local Maildir (Dovecot's own tree, in place),
   against a bare read of every file's header block.
"""

from __future__ import annotations

import argparse
import imaplib
import os
import platform
import pwd
import shutil
import ssl
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "integration"))

from dovecot import Dovecot, Options, Tls  # noqa: E402
from followup.backends import open_mailbox  # noqa: E402
from followup.config import Account, MaildirPlace, Profile  # noqa: E402
from followup.imap import HEADER_FIELDS, ImapMailbox, Watcher  # noqa: E402
from followup.runtime import load_runtime  # noqa: E402
from followup.service import Daemon, Worker  # noqa: E402
from followup.store import Store  # noqa: E402
from story import confirmation  # noqa: E402

PROFILE = Profile(name="Dana Whitfield", email="dana@example.org", signature="Dana")
FILLER = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 60)[:3500]


def mailbox_messages(count: int) -> list[bytes]:
    """A mailbox of `count` messages of ~4 KB: mostly bulk, some personal, 2 % job mail."""
    messages = []
    for number in range(count):
        kind = number % 50
        if kind == 0:  # 2 %: job mail (a confirmation from a different company each time)
            raw = confirmation(f"<confirm-{number}@corp{number}.example>").replace(
                b"acme-robotics.example", f"corp{number}.example".encode()
            )
            messages.append(raw)
            continue
        message = EmailMessage()
        message["Date"] = format_datetime(datetime(2026, 3, 1, 9, tzinfo=UTC))
        message["Message-ID"] = f"<m{number}@bench.example>"
        message["To"] = "dana@example.org"
        if kind <= 5:  # 10 %: personal mail, read in full
            message["From"] = f"Friend {number} <friend{number}@mail.example>"
            message["Subject"] = f"Weekend plans {number}"
        else:  # 88 %: newsletters (List-Id) and marketing mail (Precedence: bulk)
            message["From"] = f"Shop {number % 40} <news@shop{number % 40}.example>"
            message["Subject"] = f"This week's offers #{number}"
            message["List-Unsubscribe"] = f"<mailto:unsub-{number}@shop.example>"
            if number % 2:
                message["List-Id"] = f"Shop {number % 40} news <news.shop{number % 40}.example>"
            else:
                message["Precedence"] = "bulk"
        message.set_content(FILLER)
        messages.append(message.as_bytes())
    return messages


def fill(server: Dovecot, messages: list[bytes]) -> None:
    for start in range(0, len(messages), 500):
        server.deliver_many("INBOX", messages[start : start + 500])


def bare_fetch(server: Dovecot) -> float:
    """The baseline: one header FETCH of the whole INBOX with raw imaplib over TLS."""
    context = ssl.create_default_context(cafile=str(server.ca_file))
    started = time.perf_counter()
    client = imaplib.IMAP4_SSL(server.host, server.imaps_port, ssl_context=context)
    client.login(server.user, server.password)
    client.select("INBOX", readonly=True)
    fields = " ".join(HEADER_FIELDS)
    client.uid("FETCH", "1:*", f"(FLAGS BODY.PEEK[HEADER.FIELDS ({fields})])")
    client.logout()
    return time.perf_counter() - started


def catch_up(server: Dovecot, state: Path) -> tuple[float, dict[str, int], int]:
    """A first cycle over the whole INBOX from a fresh store; (seconds, fetched, bodies).
    The rules are loaded before the clock starts: the daemon loads them once at start."""
    account = server.account()
    shutil.rmtree(state, ignore_errors=True)
    return first_cycle(account, state, lambda: _connected(account, server))


def first_cycle(
    account: Account, state: Path, opener: Callable[[], Any]
) -> tuple[float, dict[str, int], int]:
    """One timed cycle from a fresh store in `state`; the rules are loaded before the clock."""
    runtime = load_runtime(ROOT / "rules", account.name, PROFILE.addresses)
    with Store.open(state / "followup.sqlite3") as store:
        worker = Worker(account, PROFILE, store, runtime, opener)
        started = time.perf_counter()
        report = worker.cycle(datetime(2026, 3, 3, 12, tzinfo=UTC))
        elapsed = time.perf_counter() - started
        worker.disconnect()
    return elapsed, report.fetched, report.bodies


def _connected(account, server: Dovecot) -> ImapMailbox:  # type: ignore[no-untyped-def]
    mailbox = ImapMailbox(account, server.secret)
    mailbox.connect()
    return mailbox


def commands_of_one_catch_up(server: Dovecot, state: Path) -> list[str]:
    before = len(server.rawlog_commands())
    catch_up(server, state)
    time.sleep(0.3)  # the rawlog is written as the session closes
    lines = server.rawlog_commands()[before:]
    tagged = [line.split(" ", 2)[1].upper() for line in lines if _tagged(line)]
    return tagged


def maildir_account(server: Dovecot) -> Account:
    """The same mailbox read as a local Maildir (Dovecot's own tree, Maildir++; Dovecot
    makes .Drafts only when it is first used)."""
    nobody = pwd.getpwnam("nobody")
    for sub in ("", "cur", "new", "tmp"):
        (server.maildir / ".Drafts" / sub).mkdir(exist_ok=True)
        os.chown(server.maildir / ".Drafts" / sub, nobody.pw_uid, nobody.pw_gid)
    return replace(server.account(), maildir=MaildirPlace(server.maildir))


def bare_maildir_read(server: Dovecot) -> float:
    """The Maildir baseline: list INBOX's cur/ and new/ and read every message's header
    block (up to the first blank line), as a header fetch would return it."""
    started = time.perf_counter()
    for sub in ("cur", "new"):
        for path in (server.maildir / sub).iterdir():
            with path.open("rb") as file:
                head = file.read(8192)
                while b"\n\n" not in head and b"\n\r\n" not in head:
                    more = file.read(8192)
                    if not more:
                        break
                    head += more
    return time.perf_counter() - started


def maildir_catch_up(server: Dovecot, state: Path) -> tuple[float, dict[str, int], int]:
    """A first cycle over the Maildir INBOX from a fresh store (UID map made in it)."""
    account = maildir_account(server)
    shutil.rmtree(state, ignore_errors=True)
    state.mkdir(parents=True)
    return first_cycle(account, state, lambda: open_mailbox(account, server.secret, state))


def _tagged(line: str) -> bool:
    parts = line.split(" ", 2)
    return len(parts) >= 2 and parts[0].isalnum() and parts[1].isalpha() and parts[1] != "DONE"


def latency(server: Dovecot, state: Path, samples: int) -> list[float]:
    """Seconds from a finished APPEND until the daemon's store has the message."""
    account = server.account()
    runtime = load_runtime(ROOT / "rules", account.name, PROFILE.addresses)
    shutil.rmtree(state, ignore_errors=True)
    results = []
    caught_up = threading.Event()
    holder: list[Daemon] = []

    def run() -> None:  # the store belongs to the thread that opens it
        with Store.open(state / "followup.sqlite3") as store:
            worker = Worker(account, PROFILE, store, runtime, lambda: _connected(account, server))
            daemon = Daemon([worker], _watchers(server), on_cycle=lambda *_: caught_up.set())
            holder.append(daemon)
            daemon.run()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    if not caught_up.wait(600):
        raise RuntimeError("the first catch-up did not finish in 10 minutes")
    time.sleep(1.0)  # the watchers are IDLE
    with Store.open(state / "followup.sqlite3") as reader:
        for number in range(samples):
            message_id = f"late-{number}@bench.example"
            raw = (
                f"From: a@b.example\r\nTo: dana@example.org\r\nSubject: ping {number}\r\n"
                f"Message-ID: <{message_id}>\r\nDate: Tue, 3 Mar 2026 12:00:00 +0000\r\n"
                "\r\nhello\r\n"
            ).encode()
            server.deliver("INBOX", raw)
            started = time.perf_counter()
            while not reader.is_seen(account.name, message_id):
                time.sleep(0.005)
                if time.perf_counter() - started > 30:
                    raise RuntimeError("the daemon did not see a new message in 30 s")
            results.append(time.perf_counter() - started)
    holder[0].stop()
    thread.join(10)
    return results


def _watchers(server: Dovecot):  # type: ignore[no-untyped-def]
    """Start an IDLE watcher per folder, logged in as the test user."""

    def start(worker: Worker, folder: str, wake):  # type: ignore[no-untyped-def]
        watcher = Watcher(worker.account, server.secret, folder, wake)
        watcher.start()
        return watcher

    return start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--latency", type=int, default=20, help="new-mail samples")
    parser.add_argument(
        "--maildir", action="store_true", help="also read the same mailbox as a local Maildir"
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="fb", dir="/tmp"))
    tls = Tls.create(work / "tls")
    server = Dovecot(tls, Options(rawlog=True))
    server.start()
    try:
        started = time.perf_counter()
        fill(server, mailbox_messages(args.messages))
        print(
            f"filled INBOX with {args.messages} messages in {time.perf_counter() - started:.1f} s"
        )
        bare, ours = [], []
        for _ in range(args.rounds):
            bare.append(bare_fetch(server))
            seconds, fetched, bodies = catch_up(server, work / "state")
            ours.append(seconds)
        commands = commands_of_one_catch_up(server, work / "state")
        ratio = min(ours) / min(bare)
        print(f"python {platform.python_version()} on {platform.machine()}, "
              f"{args.messages} messages, best of {args.rounds}")  # fmt: skip
        print(f"  bare header fetch (imaplib, TLS): {min(bare):.2f} s")
        print(f"  daemon catch-up (fresh state):    {min(ours):.2f} s "
              f"(ratio {ratio:.2f}; {bodies} bodies fetched; {fetched})")  # fmt: skip
        counts: dict[str, int] = {}
        for name in commands:
            counts[name] = counts.get(name, 0) + 1
        print(f"  IMAP commands in one catch-up: {len(commands)} {counts}")
        if args.latency:
            samples = latency(server, work / "state", args.latency)
            quantiles = statistics.quantiles(samples, n=20, method="inclusive")
            print(f"  new mail -> state ({len(samples)} samples): "
                  f"p50 {statistics.median(samples) * 1000:.0f} ms, "
                  f"p95 {quantiles[18] * 1000:.0f} ms")  # fmt: skip
        if args.maildir:
            bare_files, local = [], []
            for _ in range(args.rounds):
                bare_files.append(bare_maildir_read(server))
                seconds, fetched, bodies = maildir_catch_up(server, work / "state-maildir")
                local.append(seconds)
            print(f"  Maildir (the same messages, Dovecot's tree read in place), best of "
                  f"{args.rounds}:")  # fmt: skip
            print(f"    bare read of every header block: {min(bare_files):.2f} s")
            ratio = min(local) / min(bare_files)
            print(f"    daemon catch-up (fresh state):   {min(local):.2f} s (ratio "
                  f"{ratio:.2f}; {bodies} bodies read; {fetched})")  # fmt: skip
    finally:
        server.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
