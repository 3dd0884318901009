"""The daemon under faults, against a real Dovecot: SIGKILL at random moments, a link
dropped or stalled mid-IDLE / mid-FETCH / mid-APPEND (tcpproxy.py), a full disk under the
state database, and a wall clock that jumps. Afterwards: every draft once, nothing missed.
"""

from __future__ import annotations

import io
import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from followup import launcher
from followup.cli import main
from followup.config import load_config
from followup.service import MAX_SLEEP, CycleReport, Daemon
from followup.store import Store, to_plain
from kill_story import ForkedRun, Step, confirmation, newsletter, story, this_morning
from running import Running
from story import at, config_text
from story import confirmation as story_confirmation
from tcpproxy import TcpProxy
from testmail import folder_messages, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("berlin_user")]

DATABASE = "followup.sqlite3"


# ---- what the daemon left behind ------------------------------------------------------------


def written(dovecot: Any) -> Counter[tuple[str, str]]:
    """Drafts and notices the daemon wrote: (folder, Message-ID), counted."""
    found: Counter[tuple[str, str]] = Counter()
    for folder in ("Drafts", "INBOX"):
        for _, _, message in folder_messages(dovecot, folder):
            if message["X-Followup-Action"] or message["X-Followup-Notice"]:
                found[(folder, str(message["Message-ID"]))] += 1
    return found


def snapshot(state_dir: Path) -> dict[str, Any]:
    """The state a run leaves: applications, outbox, cursors, messages read, event log."""
    with Store.open(state_dir / DATABASE) as store:
        assert store.integrity() == "ok"
        db = store._db
        return {
            "applications": sorted(
                json.dumps(to_plain(app), sort_keys=True) for app in store.applications()
            ),
            "outbox": sorted((e.action.id, e.status) for e in store.outbox()),
            "cursors": sorted(
                (folder, last_uid)
                for folder, last_uid in db.execute("SELECT folder, last_uid FROM cursors")
            ),
            "messages": sorted(
                db.execute("SELECT folder, message_id, uid, category FROM messages").fetchall()
            ),
            "events": [
                (e.at, e.application_id, e.kind, e.message_id, e.state_before, e.state_after)
                for e in store.events()
            ],
        }


# ---- 1. SIGKILL at random moments -----------------------------------------------------------

KILLS = 50
MESSAGES = 200
STEPS = 16


def once_args(config: Path, as_of: datetime) -> list[str]:
    return ["--config", str(config), "run", "--once", "--as-of", as_of.isoformat()]


def deliver(dovecot: Any, step: Step) -> None:
    for folder in ("INBOX", "Sent"):
        raws = [raw for where, raw in step.mail if where == folder]
        if raws:
            dovecot.deliver_many(folder, raws)


@pytest.mark.slow
def test_sigkill_at_50_random_moments_leaves_what_a_clean_run_leaves(
    dovecot_tls: Any, tmp_path: Path
) -> None:
    from dovecot import Dovecot

    seed = int(os.environ.get("FOLLOWUP_KILL_SEED", random.randrange(1 << 30)))
    print(f"kill story seed {seed} (FOLLOWUP_KILL_SEED={seed} repeats it)")
    steps = story(MESSAGES, STEPS, seed)
    assert sum(len(step.mail) for step in steps) == MESSAGES

    # The clean run: every step once, in this process; how long each cycle takes.
    clean_server = Dovecot(dovecot_tls)
    killed_server = Dovecot(dovecot_tls)
    try:
        clean_server.start()
        killed_server.start()
        clean_config = tmp_path / "clean.yaml"
        clean_config.write_text(config_text(clean_server, tmp_path / "clean"))
        durations = []
        for step in steps:
            deliver(clean_server, step)
            run = ForkedRun(once_args(clean_config, step.as_of), tmp_path / "clean.log")
            assert run.wait(timeout=60) == 0, (tmp_path / "clean.log").read_text()[-3000:]
            durations.append(time.monotonic() - run.started)
        assert main(once_args(clean_config, steps[-1].as_of), out=io.StringIO()) == 0
        expected = written(clean_server)
        expected_state = snapshot(tmp_path / "clean")

        # The same story, each cycle killed at random moments until one completes.
        config = tmp_path / "killed.yaml"
        config.write_text(config_text(killed_server, tmp_path / "killed"))
        log = tmp_path / "killed.log"
        rng = random.Random(seed)
        plan = Counter(rng.randrange(STEPS) for _ in range(KILLS))
        kills = attempts = 0
        began = time.monotonic()
        for number, step in enumerate(steps):
            deliver(killed_server, step)
            to_kill = plan[number]
            while True:
                run = ForkedRun(once_args(config, step.as_of), log)
                attempts += 1
                if to_kill:
                    # Anywhere in the cycle, from its first byte to its end.
                    time.sleep(rng.uniform(0.0, durations[number] + 0.02))
                    run.kill()
                code = run.wait(timeout=60)
                if code == -signal.SIGKILL:
                    kills += 1
                    to_kill -= 1
                    continue
                assert code == 0, f"seed {seed}: exit {code}\n{log.read_text()[-3000:]}"
                if not to_kill or attempts > 4 * KILLS:
                    break
                # It finished before the kill: aim within the time it took, and try again.
                durations[number] = min(durations[number], time.monotonic() - run.started)
        assert main(once_args(config, steps[-1].as_of), out=io.StringIO()) == 0
        took = time.monotonic() - began

        print(
            f"seed {seed}: {kills} SIGKILLs in {attempts} runs over {STEPS} cycles, "
            f"{MESSAGES} messages, {took:.0f} s; clean cycles {sum(durations):.1f} s; "
            f"{sum(expected.values())} drafts and notices"
        )
        got = written(killed_server)
        assert expected, "the story makes drafts"
        assert max(expected.values()) == 1, f"seed {seed}: the clean run wrote twice: {expected}"
        assert got == expected, f"seed {seed}: drafts and notices differ"
        state = snapshot(tmp_path / "killed")
        for key in expected_state:
            assert state[key] == expected_state[key], f"seed {seed}: {key} differ"
        assert kills == KILLS, f"seed {seed}: only {kills} kills hit a running cycle"
    finally:
        clean_server.close()
        killed_server.close()


# ---- 2. a link dropped or stalled mid-IDLE, mid-FETCH, mid-APPEND ---------------------------

# The account's `timeout:` (seconds): a stalled link must be given up after it, not waited on.
TIMEOUT = 3
# Generous: a loaded CI machine, not a performance promise.
WITHIN = 20.0


def through_proxy(dovecot: Any, proxy: TcpProxy, state_dir: Path) -> str:
    """The test user's account over plaintext IMAP through `proxy` (so it can read the
    commands), with a short timeout."""
    text = config_text(dovecot, state_dir, security="insecure", ca_file=None)
    text = text.replace(f"port: {dovecot.imap_port}", f"port: {proxy.port}")
    return text.replace("timeout: 10", f"timeout: {TIMEOUT}")


def drafts_of(dovecot: Any) -> list[str]:
    return [str(m["Message-ID"]) for _, _, m in folder_messages(dovecot, "Drafts")]


def thank_you_done(state_dir: Path) -> bool:
    path = state_dir / DATABASE
    if not path.exists():
        return False
    with Store.open(path) as store:
        return [e.status for e in store.outbox() if "thank_you" in e.action.step] == ["done"]


FAULTS: dict[str, list[dict[str, Any]]] = {
    # The watcher of INBOX is cut as the server tells it of the new mail: that news is lost.
    "drop mid-IDLE": [
        dict(command=b"IDLE\r\n", action="drop", reply=b"EXISTS", session=b'EXAMINE "INBOX"')
    ],
    # The headers of the new mail are half sent when the link goes dead or silent.
    "drop mid-FETCH": [dict(command=b"UID FETCH", action="drop", reply=b"FETCH (", keep=40)],
    "stall mid-FETCH": [dict(command=b"UID FETCH", action="stall", reply=b"FETCH (", keep=40)],
    # ... and the first reconnection hangs after the greeting, at LOGIN.
    "drop mid-FETCH, stall at the next LOGIN": [
        dict(command=b"UID FETCH", action="drop", reply=b"FETCH (", keep=40),
        dict(command=b" LOGIN ", action="stall"),
    ],
    # The draft never reaches the server.
    "drop at APPEND": [dict(command=b"APPEND", action="drop")],
    # The server stored the draft, but its OK never reaches the daemon.
    "drop mid-APPEND": [dict(command=b"APPEND", action="drop", reply=b"[APPENDUID")],
    "stall mid-APPEND": [dict(command=b"APPEND", action="stall", reply=b"[APPENDUID")],
}


@pytest.mark.slow
@pytest.mark.dovecot(plaintext_auth=True)
@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_link_dropped_or_stalled_mid_command_misses_nothing_and_writes_once(
    dovecot: Any, tmp_path: Path, fault: str
) -> None:
    zone, company = this_morning(datetime.now(UTC))
    state_dir = tmp_path / "state"
    with TcpProxy(dovecot.imap_port) as proxy:
        config = tmp_path / "config.yaml"
        config.write_text(through_proxy(dovecot, proxy, state_dir))
        daemon = Running(config, tmp_path, {**os.environ, "TZ": zone}, WITHIN)
        try:
            assert wait_for(lambda: (state_dir / DATABASE).exists(), WITHIN), daemon.log()
            # The first cycle is done when the watchers are in IDLE on INBOX and Sent.
            assert wait_for(lambda: proxy.connections >= 3, WITHIN), daemon.log()
            time.sleep(1.0)
            armed = [proxy.arm(**spec) for spec in FAULTS[fault]]
            started = time.monotonic()
            sent = company.interview - timedelta(days=1)
            dovecot.deliver("INBOX", confirmation(company, sent, "local time"))
            for each in armed:
                assert each.fired.wait(WITHIN), f"{each} never struck\n{daemon.log()}"
            assert wait_for(lambda: thank_you_done(state_dir), WITHIN + TIMEOUT), daemon.log()
            took = time.monotonic() - started
            time.sleep(1.0)  # a second draft, if one were coming, would be on its way
            assert drafts_of(dovecot) == [drafts_of(dovecot)[0]], daemon.log()
            assert daemon.stop() == 0
        finally:
            daemon.close()
    log = daemon.log()
    print(f"{fault}: the thank-you is in Drafts {took:.1f} s after the mail arrived")
    assert proxy.struck == [spec["action"] for spec in FAULTS[fault]]
    if "IDLE" not in fault:
        assert "reconnecting in" in log, log
    assert "Traceback" not in log, log
    with Store.open(state_dir / DATABASE) as store:
        assert store.integrity() == "ok"
        [app] = store.applications()
        assert app.company == company.name


# ---- 3. a full disk under the state database ------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs for the state directory (mounting needs root, as the test machines run)."""
    where = tmp_path / "state"
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        message = f"cannot mount a small tmpfs: {mounted.stderr.strip()}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{message} (CI=true: this test must run)", pytrace=False)
        pytest.skip(message)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(directory: Path) -> Path:
    """Fill the file system of `directory` to the last byte; returns the filler file."""
    filler = directory / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


@pytest.mark.slow
def test_a_full_disk_is_one_clear_error_corrupts_nothing_and_the_daemon_recovers(
    dovecot: Any, tmp_path: Path, small_disk: Path
) -> None:
    zone, company = this_morning(datetime.now(UTC))
    config = tmp_path / "config.yaml"
    config.write_text(config_text(dovecot, small_disk))
    daemon = Running(config, tmp_path, {**os.environ, "TZ": zone}, WITHIN)
    try:
        assert wait_for(lambda: "cycled" in daemon_record(small_disk), WITHIN), daemon.log()
        filler = fill(small_disk)
        dovecot.deliver_many(
            "INBOX",
            [confirmation(company, company.interview - timedelta(days=1), "local time")]
            + [newsletter(n, datetime.now(UTC)) for n in range(300)],
        )
        assert wait_for(lambda: "disk is full" in daemon.log(), WITHIN), daemon.log()
        time.sleep(2.0)
        assert daemon.process.poll() is None, daemon.log()
        with Store.open(small_disk / DATABASE) as store:
            assert store.integrity() == "ok"

        filler.unlink()  # space is back
        assert wait_for(lambda: thank_you_done(small_disk), 60.0), daemon.log()
        assert daemon.stop() == 0
    finally:
        daemon.close()
    log = daemon.log()
    errors = [line for line in log.splitlines() if "cannot write" in line]
    print("\n".join(errors[:3]))
    assert str(small_disk / DATABASE) in errors[0], errors[0]
    assert "free" in errors[0].lower() or "space" in errors[0].lower(), errors[0]
    assert len(drafts_of(dovecot)) == 1
    with Store.open(small_disk / DATABASE) as store:
        assert store.integrity() == "ok"
        assert store.is_seen("personal", "digest-299@news.example")
        assert store.unreadable_messages() == []  # the disk's fault is not the mail's
    assert "the cycle failed" not in log, log  # a known trouble, said plainly


@pytest.mark.slow
@pytest.mark.dovecot(plaintext_auth=True)
def test_a_disk_that_fills_while_a_draft_is_appended_leaves_one_draft(
    dovecot: Any, tmp_path: Path, small_disk: Path
) -> None:
    """The server stored the draft; the daemon cannot record that it did (the disk filled
    while the answer was on its way). Once there is space, the draft is found in Drafts by
    its Message-ID, not written again."""
    zone, company = this_morning(datetime.now(UTC))
    with TcpProxy(dovecot.imap_port) as proxy:
        config = tmp_path / "config.yaml"
        config.write_text(
            through_proxy(dovecot, proxy, small_disk).replace(f"timeout: {TIMEOUT}", "timeout: 10")
        )
        daemon = Running(config, tmp_path, {**os.environ, "TZ": zone}, WITHIN)
        try:
            assert wait_for(lambda: "cycled" in daemon_record(small_disk), WITHIN), daemon.log()
            held = proxy.arm(b"APPEND", "hold", reply=b"[APPENDUID")
            dovecot.deliver("INBOX", confirmation(company, company.interview - timedelta(days=1)))
            assert held.fired.wait(WITHIN), daemon.log()
            filler = fill(small_disk)
            held.release()
            assert wait_for(lambda: "cannot write" in daemon.log(), WITHIN), daemon.log()
            assert len(drafts_of(dovecot)) == 1  # on the server, not yet in the outbox
            time.sleep(1.0)
            assert daemon.process.poll() is None, daemon.log()
            filler.unlink()
            assert wait_for(lambda: thank_you_done(small_disk), 60.0), daemon.log()
            assert daemon.stop() == 0
        finally:
            daemon.close()
    assert proxy.struck == ["hold"]
    assert len(drafts_of(dovecot)) == 1, daemon.log()
    with Store.open(small_disk / DATABASE) as store:
        assert store.integrity() == "ok"
        assert store.unreadable_messages() == []


def daemon_record(state_dir: Path) -> str:
    """'cycled' once the daemon recorded a finished cycle in the store."""
    path = state_dir / DATABASE
    if not path.exists():
        return ""
    with Store.open(path) as store:
        status = store.rules_status("all")
    return "cycled" if status and status.last_cycle else ""


# ---- 4. the wall clock jumps (suspend and resume, NTP) --------------------------------------


class WallClock:
    """The daemon's wall clock, moved by the test; its sleeps stay on the monotonic clock."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_a_wall_clock_that_jumps_3_days_ahead_and_1_hour_back_writes_each_draft_once(
    dovecot: Any, tmp_path: Path
) -> None:
    dovecot.deliver("INBOX", story_confirmation())  # an interview on 4 March, 10:00-10:45
    config = tmp_path / "config.yaml"
    config.write_text(config_text(dovecot, tmp_path / "state"))
    clock = WallClock(at(3, 12))  # the day before
    reports: queue.SimpleQueue[tuple[datetime, CycleReport]] = queue.SimpleQueue()
    sleeps: list[float] = []
    started = threading.Event()
    running: dict[str, Daemon] = {}

    def serve() -> None:
        # The store belongs to the thread that runs the daemon, as in `followup run`.
        with Store.open(tmp_path / "state" / DATABASE) as store:
            workers = launcher._workers(load_config(config), store, None)
            daemon = Daemon(
                workers, None, clock=clock, on_cycle=lambda _w, r: reports.put((clock.now, r))
            )
            sleep = daemon._sleep

            def measured(seconds: float) -> None:
                sleeps.append(seconds)
                sleep(seconds)

            daemon._sleep = measured  # type: ignore[method-assign]
            running["daemon"] = daemon
            started.set()
            daemon.run()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    assert started.wait(WITHIN)
    daemon = running["daemon"]

    def resume_at(when: datetime) -> CycleReport:
        """The machine wakes with the clock at `when`; the daemon is woken as a watcher
        would (without one, its capped sleep ends within MAX_SLEEP)."""
        clock.now = when
        daemon.wake("resumed")
        at_, report = reports.get(timeout=WITHIN)
        assert at_ == when
        return report

    try:
        _, first = reports.get(timeout=WITHIN)
        assert first.actions_done == 0  # nothing due before the interview
        # Suspended before the interview, resumed three days later: the thank-you (due on
        # the 4th) is written at once, once.
        assert resume_at(at(6, 12)).actions_done == 1
        # NTP sets the clock back an hour, then time runs on past where it was.
        assert resume_at(at(6, 11)).actions_done == 0
        assert resume_at(at(6, 12, 30)).actions_done == 0
        # Another suspend past the first follow-up's due day, and back an hour again.
        assert resume_at(at(13, 12)).actions_done == 1
        assert resume_at(at(13, 11)).actions_done == 0
        assert resume_at(at(13, 12, 30)).actions_done == 0
    finally:
        daemon.stop()
        thread.join(WITHIN)
    assert not thread.is_alive()
    assert sleeps and max(sleeps) <= MAX_SLEEP.total_seconds(), sleeps

    steps = [m["X-Followup-Action"] for _, _, m in folder_messages(dovecot, "Drafts")]
    assert len(steps) == 2 and len(set(steps)) == 2, steps
    jumped = snapshot(tmp_path / "state")

    # A run that saw the same mail at the same instants, with no jumps, decided the same.
    config.write_text(config_text(dovecot, tmp_path / "steady"))
    for when in (at(3, 12), at(6, 12), at(13, 12)):
        args = ["--config", str(config), "run", "--once", "--as-of", when.isoformat()]
        assert main(args, out=io.StringIO()) == 0
    steady = snapshot(tmp_path / "steady")
    assert jumped["outbox"] == steady["outbox"]
    assert jumped["applications"] == steady["applications"]


# ---- 5. the server renumbers INBOX under a running daemon -----------------------------------


@pytest.mark.slow
def test_a_uidvalidity_reset_under_a_running_daemon_reads_the_new_mail_and_nothing_twice(
    dovecot: Any, tmp_path: Path
) -> None:
    """test_daemon.py covers a reset between two `run --once`; here the daemon is running,
    loses its connections as the server goes down, and finds INBOX renumbered when it is
    back, with new mail among the old."""
    zone, company = this_morning(datetime.now(UTC))
    state_dir = tmp_path / "state"
    config = tmp_path / "config.yaml"
    config.write_text(config_text(dovecot, state_dir))
    dovecot.deliver_many("INBOX", [newsletter(n, datetime.now(UTC)) for n in range(20)])
    daemon = Running(config, tmp_path, {**os.environ, "TZ": zone}, WITHIN)
    try:
        assert wait_for(lambda: seen_count(state_dir) == 20, WITHIN), daemon.log()
        with Store.open(state_dir / DATABASE) as store:
            events = len(store.events())
            before = store.cursor("personal", "INBOX")
        dovecot.reset_uidvalidity("INBOX")
        dovecot.deliver("INBOX", confirmation(company, company.interview - timedelta(days=1)))
        assert wait_for(lambda: thank_you_done(state_dir), 2 * WITHIN), daemon.log()
        time.sleep(1.0)
        assert daemon.stop() == 0
    finally:
        daemon.close()
    assert "renumbered" in daemon.log()
    assert len(drafts_of(dovecot)) == 1
    with Store.open(state_dir / DATABASE) as store:
        assert store.integrity() == "ok"
        after = store.cursor("personal", "INBOX")
        assert before is not None and after is not None
        assert after.uidvalidity != before.uidvalidity and after.last_uid == 21
        # The old mail is recognised under its new UIDs (a sighting without a category),
        # never judged again.
        judged = store._db.execute(
            "SELECT message_id FROM messages WHERE category IS NOT NULL"
        ).fetchall()
        assert sorted(judged) == sorted(set(judged)) and len(judged) == 21, judged
        new = [e for e in store.events()[events:] if e.message_id and "digest" in e.message_id]
        assert new == [], new  # nothing read twice


def seen_count(state_dir: Path) -> int:
    path = state_dir / DATABASE
    if not path.exists():
        return 0
    with Store.open(path) as store:
        return int(store._db.execute("SELECT count(*) FROM messages").fetchone()[0])


# ---- 6. SIGKILL a running daemon while mail trickles in -------------------------------------

TRICKLE = 100
RUN_KILLS = 10


@pytest.mark.slow
def test_sigkill_of_a_running_daemon_while_mail_trickles_in_loses_and_doubles_nothing(
    dovecot: Any, tmp_path: Path
) -> None:
    """`followup run` (IDLE, the real clock) killed at random moments while 100 messages
    arrive a few at a time: six interviews this morning, each one thank-you in Drafts."""
    seed = int(os.environ.get("FOLLOWUP_KILL_SEED", random.randrange(1 << 30)))
    print(f"trickle seed {seed} (FOLLOWUP_KILL_SEED={seed} repeats it)")
    rng = random.Random(seed)
    now = datetime.now(UTC)
    zone, _ = this_morning(now)
    firms = [this_morning(now, number)[1] for number in range(1, 7)]
    mail = [confirmation(c, c.interview - timedelta(days=1), "local time") for c in firms]
    mail += [newsletter(n, now) for n in range(TRICKLE - len(mail))]
    rng.shuffle(mail)
    state_dir = tmp_path / "state"
    config = tmp_path / "config.yaml"
    config.write_text(config_text(dovecot, state_dir))

    def trickle() -> None:
        for start in range(0, len(mail), 5):
            dovecot.deliver_many("INBOX", mail[start : start + 5])
            time.sleep(rng.uniform(0.0, 0.4))

    sender = threading.Thread(target=trickle, daemon=True)
    kills = 0
    began = time.monotonic()
    sender.start()
    while kills < RUN_KILLS:
        daemon = Running(config, tmp_path, {**os.environ, "TZ": zone}, WITHIN)
        try:
            # Past the imports (~1 s), into the catch-up and the IDLE wake-ups.
            time.sleep(rng.uniform(0.8, 3.0))
            assert daemon.process.poll() is None, daemon.log()
        finally:
            daemon.process.kill()
            daemon.close()
        kills += 1
    sender.join(WITHIN)
    assert not sender.is_alive()
    before_final = len(folder_messages(dovecot, "Drafts"))
    env = {**os.environ, "TZ": zone}
    final = [sys.executable, "-m", "followup.cli", "--config", str(config), "run", "--once"]
    done = subprocess.run(final, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    took = time.monotonic() - began
    print(
        f"seed {seed}: {kills} SIGKILLs of followup run, {TRICKLE} messages, {took:.0f} s; "
        f"{before_final} of {len(firms)} thank-yous written before the last clean run"
    )

    drafts = Counter(str(m["X-Followup-Action"]) for _, _, m in folder_messages(dovecot, "Drafts"))
    assert len(drafts) == len(firms) and max(drafts.values()) == 1, f"seed {seed}: {drafts}"
    with Store.open(state_dir / DATABASE) as store:
        assert store.integrity() == "ok"
        assert sorted(a.company for a in store.applications()) == sorted(c.name for c in firms)
        judged = [
            row[0]
            for row in store._db.execute(
                "SELECT message_id FROM messages WHERE category IS NOT NULL"
            )
        ]
        assert len(judged) == TRICKLE == len(set(judged)), f"seed {seed}"
        assert all(e.status == "done" for e in store.outbox()), f"seed {seed}"
