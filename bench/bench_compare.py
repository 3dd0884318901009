"""Catch-up of two versions of the daemon on one Dovecot mailbox, alternating in one run.

Run: git archive REV daemon | tar -x -C /tmp/base
     .venv/bin/python bench/bench_compare.py /tmp/base [--messages 10000] [--rounds 4]

The machine is a noisy shared VM: comparing two separate runs of bench_daemon.py compares
their neighbours' load more than the code. Here one INBOX (bench_daemon's mix) is filled
once, then each round runs a bare imaplib header fetch and one fresh-state catch-up per
version, each catch-up in its own process (PYTHONPATH picks the version), in turn.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "integration"))
sys.path.insert(0, str(ROOT / "bench"))


def once(info: dict[str, str]) -> None:
    """One catch-up from a fresh state, with the `followup` on PYTHONPATH; prints JSON."""
    from followup.config import Account, Credentials, FolderNames, Profile, Security, Server
    from followup.imap import ImapMailbox
    from followup.runtime import load_runtime
    from followup.service import Worker
    from followup.store import Store
    from loopback import PlainSecret

    account = Account(
        name="personal",
        imap=Server(host=info["host"], port=int(info["port"]), security=Security.TLS),
        username=info["user"],
        credentials=Credentials(password_file=Path(info["password_file"])),
        ca_file=Path(info["ca"]),
        folders=FolderNames(),
        timeout_seconds=30.0,
    )
    profile = Profile(name="Dana Whitfield", email="dana@example.org", signature="Dana")
    runtime = load_runtime(ROOT / "rules", account.name, profile.addresses)

    def connected() -> ImapMailbox:
        mailbox = ImapMailbox(account, lambda: PlainSecret("password", info["password"]))
        mailbox.connect()
        return mailbox

    state = Path(tempfile.mkdtemp(prefix="fc", dir="/tmp"))
    try:
        with Store.open(state / "followup.sqlite3") as store:
            worker = Worker(account, profile, store, runtime, connected)
            cpu = time.process_time()
            started = time.perf_counter()
            report = worker.cycle(datetime(2026, 3, 3, 12, tzinfo=UTC))
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - cpu
            worker.disconnect()
    finally:
        shutil.rmtree(state, ignore_errors=True)
    import followup

    print(json.dumps({"seconds": elapsed, "cpu": cpu, "bodies": report.bodies,
                      "code": str(Path(followup.__file__).parents[1])}))  # fmt: skip


def run_once(code: Path, info: dict[str, str]) -> dict[str, float | str]:
    env = dict(os.environ, PYTHONPATH=str(code / "daemon"))
    done = subprocess.run(
        [sys.executable, __file__, "--once", json.dumps(info)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", nargs="?", type=Path, help="a tree with daemon/followup")
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--once", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.once:
        once(json.loads(args.once))
        return
    if args.base is None:
        parser.error("the base tree is required")

    from bench_daemon import bare_fetch, fill, mailbox_messages
    from dovecot import Dovecot, Options, Tls

    work = Path(tempfile.mkdtemp(prefix="fb", dir="/tmp"))
    server = Dovecot(Tls.create(work / "tls"), Options())
    server.start()
    try:
        fill(server, mailbox_messages(args.messages))
        info = {
            "host": server.host,
            "port": str(server.imaps_port),
            "user": server.user,
            "password": server.password,
            "password_file": str(server.password_file),
            "ca": str(server.ca_file),
        }
        sides = {"base": args.base.resolve(), "head": ROOT}
        results: dict[str, list[dict[str, float | str]]] = {name: [] for name in sides}
        bare = []
        for _ in range(args.rounds):
            bare.append(bare_fetch(server))
            for name, code in sides.items():
                results[name].append(run_once(code, info))
        best_bare = min(bare)
        print(f"python {platform.python_version()}, {args.messages} messages, "
              f"{args.rounds} rounds alternating; base = {args.base}")  # fmt: skip
        print(f"  bare header fetch (imaplib, TLS): best {best_bare:.2f} s")
        for name, runs in results.items():
            best = min(float(r["seconds"]) for r in runs)
            cpu = min(float(r["cpu"]) for r in runs)
            print(f"  {name} catch-up: best {best:.2f} s (ratio {best / best_bare:.1f}), "
                  f"CPU best {cpu:.2f} s, all {[round(float(r['seconds']), 2) for r in runs]}, "
                  f"{runs[0]['bodies']} bodies; code from {runs[0]['code']}")  # fmt: skip
    finally:
        server.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
