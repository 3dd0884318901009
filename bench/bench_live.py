"""The daemon as it runs (`followup run`, its own process) against Dovecot over TLS:
new-mail latency and CPU per message, resident memory and CPU while idle, memory after a
big catch-up, each next to a bare imapclient IDLE loop measured at the same time.

Run: .venv/bin/python bench/bench_live.py [--samples 20] [--idle 60] [--messages 10000]

1. An empty INBOX: the daemon starts and catches up; then, while it and a bare imapclient
   IDLE loop sit idle for `--idle` seconds, their CPU (utime+stime from /proc/PID/stat) and
   resident memory (VmRSS) are read.
2. Latency: one message at a time is APPENDed; the time until the daemon's store has it,
   and the daemon's CPU for it. Dovecot itself notifies an IDLE client ~0.5 s after the
   message lands (LIBRARY-NOTES), so that is the floor.
3. With `--messages N` (0: skip), a second daemon with a fresh state catches up on an INBOX
   of N messages (bench_daemon's mix); its VmRSS and VmHWM (peak) once it is done.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "integration"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_daemon import fill, mailbox_messages  # noqa: E402
from dovecot import Dovecot, Options, Tls  # noqa: E402
from story import config_text  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")

BARE_IDLE = textwrap.dedent(
    """
    import ssl, sys
    from imapclient import IMAPClient
    host, port, ca, user, password = sys.argv[1:6]
    client = IMAPClient(host, int(port), ssl=True,
                        ssl_context=ssl.create_default_context(cafile=ca), timeout=30)
    client.login(user, password)
    client.select_folder("INBOX", readonly=True)
    print("idle", flush=True)
    while True:
        client.idle()
        client.idle_check(timeout=600)
        client.idle_done()
    """
)


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, from /proc/PID/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def memory_kb(pid: int, key: str = "VmRSS") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise KeyError(key)


def seen(state: Path, message_id: str | None = None) -> int:
    """Messages the daemon's store has (or whether it has this one), read-only."""
    path = state / "followup.sqlite3"
    if not path.exists():
        return 0
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        if message_id is None:
            return int(db.execute("SELECT count(*) FROM messages").fetchone()[0])
        row = db.execute("SELECT 1 FROM messages WHERE message_id = ?", (message_id,))
        return 1 if row.fetchone() else 0
    except sqlite3.OperationalError:  # not created yet
        return 0
    finally:
        db.close()


def wait_for(test, timeout: float, step: float = 0.005) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    while not test():
        if time.perf_counter() - started > timeout:
            raise RuntimeError(f"not done in {timeout} s")
        time.sleep(step)
    return time.perf_counter() - started


def start_daemon(server: Dovecot, work: Path, name: str) -> tuple[subprocess.Popen[bytes], Path]:
    state = work / f"state-{name}"
    config = work / f"config-{name}.yaml"
    config.write_text(config_text(server, state))
    env = dict(os.environ, TZ="Europe/Berlin")
    log = (work / f"{name}.log").open("wb")
    daemon = subprocess.Popen(
        [sys.executable, "-m", "followup.cli", "--config", str(config), "run"],
        stdout=subprocess.DEVNULL,
        stderr=log,
        env=env,
    )
    return daemon, state


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def running(daemon: subprocess.Popen[bytes], log: Path, test):  # type: ignore[no-untyped-def]
    """`test`, failing at once with the daemon's log when the daemon has exited."""

    def check() -> bool:
        if daemon.poll() is not None:
            raise RuntimeError(f"the daemon exited ({daemon.returncode}):\n{log.read_text()}")
        return bool(test())

    return check


def first_cycle_done(state: Path) -> bool:
    path = state / "followup.sqlite3"
    if not path.exists():
        return False
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        row = db.execute("SELECT count(*) FROM daemon_status WHERE last_cycle IS NOT NULL")
        return bool(row.fetchone()[0])
    except sqlite3.OperationalError:
        return False
    finally:
        db.close()


def ping(number: int) -> tuple[str, bytes]:
    message_id = f"late-{number}@bench.example"
    raw = (
        f"From: Sam <sam{number}@friends.example>\r\nTo: dana@example.org\r\n"
        f"Subject: ping {number}\r\nMessage-ID: <{message_id}>\r\n"
        "Date: Tue, 3 Mar 2026 12:00:00 +0000\r\n\r\nAre you free on Saturday?\r\n"
    )
    return message_id, raw.encode()


def idle_and_latency(server: Dovecot, work: Path, samples: int, idle: float) -> None:
    daemon, state = start_daemon(server, work, "empty")
    bare = subprocess.Popen(
        [sys.executable, "-c", BARE_IDLE, server.host, str(server.imaps_port),
         str(server.ca_file), server.user, server.password],
        stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        wait_for(running(daemon, work / "empty.log", lambda: first_cycle_done(state)), 60, 0.05)
        assert bare.stdout is not None
        bare.stdout.readline()
        time.sleep(3)  # watchers start after the first cycle
        cpu_daemon, cpu_bare = cpu_seconds(daemon.pid), cpu_seconds(bare.pid)
        time.sleep(idle)
        per_minute = 60 / idle
        idle_daemon = (cpu_seconds(daemon.pid) - cpu_daemon) * per_minute
        idle_bare = (cpu_seconds(bare.pid) - cpu_bare) * per_minute
        print(f"  idle {idle:.0f} s, CPU per minute:  daemon {idle_daemon * 1000:.1f} ms, "
              f"bare imapclient IDLE loop {idle_bare * 1000:.1f} ms")  # fmt: skip
        print(f"  resident memory idle:       daemon {memory_kb(daemon.pid) / 1024:.1f} MB, "
              f"bare imapclient IDLE loop {memory_kb(bare.pid) / 1024:.1f} MB")  # fmt: skip

        latencies = []
        started = cpu_seconds(daemon.pid)
        for number in range(samples):
            message_id, raw = ping(number)
            server.deliver("INBOX", raw)
            latencies.append(wait_for(lambda m=message_id: seen(state, m) == 1, 30))  # type: ignore[misc]
            time.sleep(0.5)  # the rest of the cycle (effects, status) after the commit
        # CPU is counted in clock ticks (10 ms): the total over all samples, per message.
        per_message = (cpu_seconds(daemon.pid) - started) / samples
        cut = statistics.quantiles(latencies, n=20, method="inclusive")
        print(f"  new mail -> state ({samples} samples): p50 "
              f"{statistics.median(latencies) * 1000:.0f} ms, p95 {cut[18] * 1000:.0f} ms, "
              f"max {max(latencies) * 1000:.0f} ms")  # fmt: skip
        print(f"  daemon CPU per new message: {per_message * 1000:.1f} ms "
              f"(all its CPU over the {samples} samples, idle included)")  # fmt: skip
        print(f"  resident memory after:      daemon {memory_kb(daemon.pid) / 1024:.1f} MB")
    finally:
        stop(daemon)
        bare.kill()
        bare.wait()


def after_catch_up(server: Dovecot, work: Path, count: int) -> None:
    started = time.perf_counter()
    fill(server, mailbox_messages(count))
    print(f"  filled INBOX with {count} messages in {time.perf_counter() - started:.0f} s")
    daemon, state = start_daemon(server, work, "full")
    try:
        done = running(daemon, work / "full.log", lambda: first_cycle_done(state))
        took = wait_for(done, 900, 0.1)
        print(f"  a fresh daemon caught up on {seen(state)} messages in {took:.1f} s "
              f"(process start and rule loading included)")  # fmt: skip
        time.sleep(3)
        print(f"  resident memory after the catch-up: VmRSS "
              f"{memory_kb(daemon.pid) / 1024:.1f} MB, peak VmHWM "
              f"{memory_kb(daemon.pid, 'VmHWM') / 1024:.1f} MB")  # fmt: skip
    finally:
        stop(daemon)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=20, help="new-mail samples")
    parser.add_argument("--idle", type=float, default=60.0, help="seconds of idle measured")
    parser.add_argument("--messages", type=int, default=10_000, help="catch-up size (0: skip)")
    args = parser.parse_args()

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stop Dovecot on the way out
    work = Path(tempfile.mkdtemp(prefix="fl", dir="/tmp"))
    server = Dovecot(Tls.create(work / "tls"), Options())
    server.start()
    try:
        print(f"python {platform.python_version()} on {platform.machine()}, "
              f"Dovecot over TLS on loopback")  # fmt: skip
        idle_and_latency(server, work, args.samples, args.idle)
        if args.messages:
            after_catch_up(server, work, args.messages)
    finally:
        server.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
