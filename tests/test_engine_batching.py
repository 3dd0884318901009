"""The engine writes sightings that change no application in batches: the same store as one
transaction per message, far fewer commits, and nothing lost or read twice after a crash."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from factories import CORPUS, POLICY, engine_settings
from followup import engine
from followup.engine import Incoming, process_backlog
from followup.mail import parse
from followup.store import Store

SETTINGS = engine_settings()
NOW = datetime(2026, 6, 1, 12, tzinfo=POLICY.calendar.tz)
NAMES = sorted(p.name for p in CORPUS.glob("*.eml"))


def header_block(raw: bytes) -> bytes:
    end = min(i + len(b) for b in (b"\r\n\r\n", b"\n\n") if (i := raw.find(b)) >= 0)
    return raw[:end]


def backlog() -> list[Incoming]:
    """The whole corpus in INBOX (every fifth message judged by its headers alone, as
    triage does with list mail), and a few of them again in Sent and in INBOX under a
    second UID, read whole and by their headers: duplicates in both shapes."""
    items = []
    for uid, name in enumerate(NAMES, start=1):
        raw = (CORPUS / name).read_bytes()
        if uid % 5 == 0:
            head = header_block(raw)
            items.append(Incoming("INBOX", 7, uid, head, True, parse(head)))
        else:
            items.append(Incoming("INBOX", 7, uid, raw))
    for uid, name in enumerate(NAMES[3::17], start=1):
        items.append(Incoming("Sent", 3, uid, (CORPUS / name).read_bytes()))
    for uid, name in enumerate(NAMES[::23], start=len(NAMES) + 1):
        raw = (CORPUS / name).read_bytes()
        head = header_block(raw)
        items.append(Incoming("INBOX", 7, uid, head, uid % 2 == 0, parse(head)))
    return items


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    db = store._db
    return {
        table: sorted(map(tuple, db.execute(f"SELECT * FROM {table}").fetchall()), key=repr)
        for table in ("messages", "cursors", "applications", "outbox", "events")
    }


@contextmanager
def counted(store: Store) -> Iterator[list[int]]:
    """Counts the store's transactions (each one commit, one fsync)."""
    real = store.transaction
    commits = [0]

    @contextmanager
    def transaction():  # type: ignore[no-untyped-def]
        with real() as db:
            yield db
        commits[0] += 1

    store.transaction = transaction  # type: ignore[method-assign]
    try:
        yield commits
    finally:
        store.transaction = real  # type: ignore[method-assign]


def test_batched_sightings_leave_the_store_as_one_transaction_each_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(tmp_path / "batched.sqlite3") as batched, counted(batched) as few:
        outcomes = process_backlog(batched, SETTINGS, backlog(), NOW)
        after_batches = dump(batched)
    monkeypatch.setattr(engine, "SKIPPED_PER_TRANSACTION", 1)  # each sighting written at once
    with Store.open(tmp_path / "single.sqlite3") as single, counted(single) as many:
        assert process_backlog(single, SETTINGS, backlog(), NOW) == outcomes
        assert dump(single) == after_batches
    assert any(o.duplicate for o in outcomes) and any(o.application_id for o in outcomes)
    assert many[0] >= len(outcomes)
    # The corpus is mostly job mail, one commit each; the rest shares commits.
    assert few[0] < many[0] * 0.8


def test_unrelated_mail_read_whole_is_committed_together(store: Store) -> None:
    names = [n for n in NAMES if n.startswith(("personal-", "newsletter-", "order-", "bank-"))]
    items = [Incoming("INBOX", 7, uid, (CORPUS / n).read_bytes()) for uid, n in enumerate(names, 1)]
    with counted(store) as commits:
        outcomes = process_backlog(store, SETTINGS, items, NOW)
    assert len(outcomes) == len(names) >= 10
    assert not any(o.application_id for o in outcomes)
    assert commits[0] == 1
    assert store.cursor("dana", "INBOX").last_uid == len(names)  # type: ignore[union-attr]


def test_a_crash_before_a_batch_is_written_loses_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = backlog()
    real_tick = engine.tick
    calls = [0]

    def power_cut_at_the_hundredth(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls[0] += 1
        if calls[0] == 100:
            raise RuntimeError("power cut")
        return real_tick(*args, **kwargs)

    monkeypatch.setattr(engine, "tick", power_cut_at_the_hundredth)
    with pytest.raises(RuntimeError):
        process_backlog(store, SETTINGS, items, NOW)
    # Every UID at or below a cursor is recorded: the next fetch starts above it.
    for folder in ("INBOX", "Sent"):
        cursor = store.cursor("dana", folder)
        if cursor is None:
            continue
        rows = store._db.execute("SELECT uid FROM messages WHERE folder = ?", (folder,))
        recorded = {uid for (uid,) in rows}
        below = {i.uid for i in items if i.folder == folder and i.uid <= cursor.last_uid}
        assert below <= recorded
    monkeypatch.setattr(engine, "tick", real_tick)
    after_restart = [i for i in items if i.uid > _last(store, i.folder)]
    process_backlog(store, SETTINGS, after_restart, NOW)
    with Store.open(store.path.parent / "clean.sqlite3") as clean:
        process_backlog(clean, SETTINGS, items, NOW)
        apps = {(a.company, a.state) for a in clean.applications()}
    assert {(a.company, a.state) for a in store.applications()} == apps


def _last(store: Store, folder: str) -> int:
    cursor = store.cursor("dana", folder)
    return cursor.last_uid if cursor else 0
