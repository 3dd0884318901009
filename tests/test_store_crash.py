"""Invariants 1 and 2 under SIGKILL: a writer killed at random moments, checked after each kill.

The writer (tests/crash_writer.py) records one message per transaction: seen + machine step
(application, outbox, event log) + cursor. Whatever instant the kill lands on, the database
must be intact and hold exactly the messages up to its cursor: nothing lost, nothing twice.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import crash_writer
import pytest
from crash_writer import ACCOUNT, FOLDER, UIDVALIDITY, Expected, message_id
from followup.store import LATEST_VERSION, Store, action_from_plain

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 40
MAX_DELAY = 0.05  # seconds after the writer's imports; covers open, migration and many commits
BEYOND_REACH = 10**9  # killed runs are told to go on for ever, so the kill always lands mid-run
FINAL_EXTRA = 200  # the last run records this many more messages and exits by itself
SEED = 20260302


def start_writer(database: Path, last_uid: int) -> subprocess.Popen[str]:
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(database), str(last_uid)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    ready = writer.stdout.readline()
    if ready != "ready\n":
        writer.kill()
        _, errors = writer.communicate()
        pytest.fail(f"the crash writer did not start: {ready!r} {errors}")
    return writer


def check(database: Path, expected: Expected) -> int:
    """Assert the database is intact and holds exactly messages 1..cursor; return the cursor."""
    raw = sqlite3.connect(database)
    try:
        assert [row[0] for row in raw.execute("PRAGMA integrity_check")] == ["ok"]
        version = raw.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            # Killed before the first migration committed: it left nothing half-made behind.
            assert raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
            expected.advance_to(0)
            return 0
        assert version == LATEST_VERSION
        outbox_ids = [row[0] for row in raw.execute("SELECT action_id FROM outbox")]
        events = raw.execute("SELECT message_id FROM events ORDER BY seq")
        event_messages = [row[0] for row in events]
        seen = [row[0] for row in raw.execute("SELECT uid FROM messages ORDER BY uid")]
        outbox_data = {
            row[0]: action_from_plain(json.loads(row[1]))
            for row in raw.execute("SELECT action_id, data FROM outbox")
        }
    finally:
        raw.close()

    with Store.open(database) as store:
        cursor = store.cursor(ACCOUNT, FOLDER)
        last_uid = cursor.last_uid if cursor else 0
        if cursor:
            assert cursor.uidvalidity == UIDVALIDITY
        expected.advance_to(last_uid)  # raises if the cursor went backwards
        applications = {app.id: app for app in store.applications()}
        pending = {entry.action.id for entry in store.outbox("pending")}

    uids = list(range(1, last_uid + 1))
    # Invariant 2: the cursor is exactly the last message seen, and every one before it.
    assert seen == uids
    # Invariant 1: every action decided so far is queued once; none vanished, none extra.
    duplicates = [action for action, count in Counter(outbox_ids).items() if count > 1]
    assert not duplicates
    assert set(outbox_ids) == set(expected.actions)
    assert outbox_data == expected.actions
    assert pending == set(expected.actions)
    # One event per message, in order: no message was recorded twice or skipped.
    assert event_messages == [message_id(uid) for uid in uids]
    assert applications == expected.applications
    return last_uid


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    database = tmp_path / "state" / "followup.sqlite3"
    expected = Expected()
    progress: list[int] = []
    began = time.monotonic()
    for _ in range(KILLS):
        writer = start_writer(database, BEYOND_REACH)
        time.sleep(rng.uniform(0, MAX_DELAY))
        writer.send_signal(signal.SIGKILL)
        _, errors = writer.communicate(timeout=30)
        assert writer.returncode == -signal.SIGKILL, errors
        progress.append(check(database, expected))

    final = progress[-1] + FINAL_EXTRA
    writer = start_writer(database, final)
    _, errors = writer.communicate(timeout=60)
    assert writer.returncode == 0, errors
    assert check(database, expected) == final
    assert len(expected.actions) > final  # each message's notice, plus one references draft
    elapsed = time.monotonic() - began

    # The kills must really have landed while messages were being recorded, at many points.
    gains = [after - before for before, after in zip([0, *progress], progress, strict=False)]
    assert sum(1 for gain in gains if gain > 0) >= KILLS // 2, gains
    assert len(set(progress)) >= KILLS // 2, progress
    print(
        f"\n{KILLS} kills, {final} messages, {len(expected.actions)} actions, "
        f"messages per killed run {min(gains)}..{max(gains)}, {elapsed:.1f} s"
    )


def test_crash_writer_replay_matches_an_unkilled_run(tmp_path: Path) -> None:
    """The oracle itself: an uninterrupted run equals the in-memory replay (and is not empty)."""
    database = tmp_path / "followup.sqlite3"
    writer = start_writer(database, 25)
    _, errors = writer.communicate(timeout=60)
    assert writer.returncode == 0, errors
    expected = Expected()
    assert check(database, expected) == 25
    assert len(expected.applications) == crash_writer.APPLICATIONS
    assert any(action.kind == "draft_reference_heads_up" for action in expected.actions.values())
