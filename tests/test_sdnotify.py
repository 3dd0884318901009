"""sd_notify: the datagrams systemd receives, the STATUS line, and when the daemon sends them."""

from __future__ import annotations

import errno
import logging
import os
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from factories import BERLIN, at
from followup.imap import CommandFailed, LinkLost, LoginFailed
from followup.model import Application, Person, State, Timer
from followup.sdnotify import (
    MAX_STATUS,
    Notifier,
    daemon_lines,
    one_line,
    pid_alive,
    socket_address,
    status_line,
    watchdog_usec,
)
from followup.service import CycleReport, Daemon, Outbound, ReloadRefused
from followup.store import RulesStatus, Store


class Listener:
    """What systemd would read on $NOTIFY_SOCKET."""

    def __init__(self, address: str | bytes) -> None:
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.socket.bind(address)
        self.socket.settimeout(5)

    def next(self) -> list[str]:
        return self.socket.recv(65536).decode("utf-8").split("\n")

    def all(self) -> list[list[str]]:
        self.socket.settimeout(0.05)
        found = []
        while True:
            try:
                found.append(self.next())
            except TimeoutError:
                return found


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[Listener, str]]:
    path = str(tmp_path / "notify")
    server = Listener(path)
    yield server, path
    server.socket.close()


def test_messages_arrive_as_one_datagram_each_with_non_ascii_intact(listener) -> None:  # type: ignore[no-untyped-def]
    server, path = listener
    notifier = Notifier(path)
    assert notifier.ready("2 applications · next: thank-you to Zoë Łukasiewicz, 日本")
    assert server.next() == [
        "READY=1",
        "STATUS=2 applications · next: thank-you to Zoë Łukasiewicz, 日本",
    ]
    notifier.status("line one\nREADY=1")  # a line break cannot smuggle in a field
    assert server.next() == ["STATUS=line one READY=1"]
    notifier.watchdog()
    assert server.next() == ["WATCHDOG=1"]
    notifier.stopping()
    assert server.next() == ["STOPPING=1"]
    notifier.reloading()
    reloading, monotonic = server.next()
    assert reloading == "RELOADING=1" and monotonic.startswith("MONOTONIC_USEC=")
    assert int(monotonic.split("=")[1]) > 0
    notifier.close()


def test_an_abstract_socket_is_named_with_a_leading_at() -> None:
    name = f"followup-test-{threading.get_ident()}"
    server = Listener(b"\0" + name.encode())
    try:
        assert socket_address("@" + name) == b"\0" + name.encode()
        assert Notifier("@" + name).ready()
        assert server.next() == ["READY=1"]
    finally:
        server.socket.close()


def test_outside_systemd_everything_is_a_no_op() -> None:
    notifier = Notifier.from_environment({})
    assert not notifier.enabled
    assert notifier.ready("x") is False
    assert notifier.watchdog_seconds is None


def test_a_vanished_socket_is_logged_once_and_never_raises(tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    notifier = Notifier(str(tmp_path / "gone"))
    with caplog.at_level(logging.WARNING, logger="followup.sdnotify"):
        assert notifier.ready() is False
        assert notifier.watchdog() is False
        assert notifier.stopping() is False
    assert len(caplog.records) == 1
    assert "gone" in caplog.records[0].getMessage()


def test_the_watchdog_interval_is_for_this_process_only() -> None:
    assert watchdog_usec({"WATCHDOG_USEC": "30000000"}, 42) == 30_000_000
    assert watchdog_usec({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "42"}, 42) == 30_000_000
    assert watchdog_usec({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "7"}, 42) is None
    assert watchdog_usec({"WATCHDOG_USEC": "soon"}, 42) is None
    assert watchdog_usec({"WATCHDOG_USEC": "0"}, 42) is None
    assert watchdog_usec({}, 42) is None
    notifier = Notifier.from_environment({"NOTIFY_SOCKET": "/x", "WATCHDOG_USEC": "4000000"})
    assert notifier.watchdog_seconds == 4.0


def test_a_long_status_is_cut_to_one_short_line() -> None:
    text = one_line("word " * 100)
    assert len(text) == MAX_STATUS and text.endswith("…")
    assert "\n" not in one_line("a\r\nb\tc")


def application(name: str, state: State = State.INTERVIEWED, **fields: Any) -> Application:
    return Application(
        id=f"app-{name}",
        company="Acme",
        role="Data Engineer",
        state=state,
        created=at(2),
        interviewers=(Person(name, "person@acme.example"),),
        **fields,
    )


def test_the_status_line_names_the_next_step_in_the_users_zone() -> None:
    ana = application("Ana Ruíz", timers=((Timer.THANK_YOU, at(3, 10)),))
    later = application("Ben", timers=((Timer.THANK_YOU, at(5, 10)),))
    closed = application("Cy", State.REJECTED)
    line = status_line([later, closed, ana], "Europe/Berlin")
    assert line == "3 applications (2 open) · next: thank-you to Ana Ruíz, Tue 3 Mar 10:00"
    utc = status_line([ana], "UTC")
    assert utc == "1 application · next: thank-you to Ana Ruíz, Tue 3 Mar 09:00"


def test_the_status_line_without_applications_and_with_problems() -> None:
    assert status_line([], "UTC") == "0 applications"
    waiting = application("Ana", State.WAITING)
    assert status_line([waiting], "UTC", ["work: login refused"]) == (
        "1 application · work: login refused"
    )


# -- the daemon's side -------------------------------------------------------------------------


class FakeWorker:
    """Enough of a Worker for the loop: a cycle that succeeds or raises."""

    def __init__(self, name: str, store: Store, error: Exception | None = None) -> None:
        self.account = SimpleNamespace(name=name)
        self.store = store
        self.runtime = SimpleNamespace(policy=SimpleNamespace(calendar=SimpleNamespace(zone="UTC")))
        self.outbound = Outbound()
        self.error = error
        self.cycles = 0

    def cycle(self, now: datetime) -> CycleReport:
        self.cycles += 1
        if self.error:
            raise self.error
        return CycleReport()

    def disconnect(self) -> None:
        pass

    def watched(self) -> list[str]:
        return []


class InThread:
    """A Daemon of fake workers run in its own thread, which opens its own store (a Store
    belongs to the thread that opened it)."""

    def __init__(self, database: Path, notifier: Notifier, errors: dict[str, Exception]) -> None:
        self.database = database
        self.notifier = notifier
        self.errors = errors
        self.daemon: Daemon | None = None
        self.workers: list[FakeWorker] = []
        self.built = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        assert self.built.wait(5)

    def _run(self) -> None:
        with Store.open(self.database) as store:
            self.workers = [FakeWorker(name, store, error) for name, error in self.errors.items()]
            self.daemon = Daemon(self.workers, None, notifier=self.notifier)  # type: ignore[arg-type]
            self.built.set()
            self.daemon.run()

    def stop(self) -> None:
        assert self.daemon is not None
        self.daemon.stop()
        self.thread.join(timeout=5)
        assert not self.thread.is_alive()


def test_ready_after_every_account_had_its_first_try_even_a_failed_one(listener, tmp_path) -> None:  # type: ignore[no-untyped-def]
    server, path = listener
    refused = LoginFailed("work: the server refused the login")
    database = tmp_path / "state.sqlite3"
    running = InThread(database, Notifier(path, 400_000), {"personal": None, "work": refused})  # type: ignore[dict-item]
    try:
        ready = server.next()
        assert ready[0] == "READY=1"
        assert ready[1] == "STATUS=0 applications · work: login refused"
        assert server.next() == ["WATCHDOG=1"]
        # Idle, the loop still wakes at half the watchdog interval to ping.
        assert server.next() == ["WATCHDOG=1"]
    finally:
        running.stop()
    good, bad = running.workers
    assert good.cycles >= 2 and bad.cycles == 1  # a refused login is not retried soon
    assert ["STOPPING=1"] in server.all()
    with Store.open(database) as store:
        status = store.rules_status("personal,work")
    assert status is not None and status.pid and status.last_cycle and status.stopped


def test_without_a_watchdog_the_loop_sleeps_as_long_as_it_likes(store) -> None:  # type: ignore[no-untyped-def]
    daemon = Daemon([FakeWorker("personal", store)], None)  # type: ignore[list-item]
    assert daemon._capped(300.0) == 300.0
    watched = Daemon(
        [FakeWorker("personal", store)],  # type: ignore[list-item]
        None,
        notifier=Notifier("/nowhere", 60_000_000),
    )
    assert watched._capped(300.0) == 30.0


def test_the_status_text_reads_the_store(store) -> None:  # type: ignore[no-untyped-def]
    due = datetime(2026, 3, 3, 9, tzinfo=UTC)
    app = application("Ana Ruíz", timers=((Timer.THANK_YOU, due.astimezone(BERLIN)),))
    with store.transaction():
        store.save_application(app, due)
    daemon = Daemon([FakeWorker("personal", store)], None)  # type: ignore[list-item]
    assert daemon.status_text() == "1 application · next: thank-you to Ana Ruíz, Tue 3 Mar 09:00"


def test_a_receiver_that_does_not_read_never_stalls_the_daemon(listener, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, path = listener
    monkeypatch.setattr("followup.sdnotify.SEND_TIMEOUT", 0.01)
    notifier = Notifier(path)
    results = [notifier.watchdog() for _ in range(60)]  # the queue holds only a few
    assert results[0] is True and results[-1] is False
    notifier.close()


def record(**fields: Any) -> RulesStatus:
    base: dict[str, Any] = dict(
        daemon="all",
        pid=4242,
        started=datetime(2026, 3, 3, 9, tzinfo=UTC),
        stopped=None,
        last_cycle=datetime(2026, 3, 3, 9, 5, tzinfo=UTC),
        rules_dir="/home/dana/.config/followup/rules",
        rules_summary="65 rules in 7 files, 5 templates",
        rules_loaded=datetime(2026, 3, 3, 9, tzinfo=UTC),
        rules_error=None,
        rules_error_at=None,
    )
    return RulesStatus(**{**base, **fields})


def test_status_says_whether_the_daemon_runs_and_which_rules_are_live() -> None:
    assert daemon_lines(None, None, "UTC") == [
        "daemon: has not run yet (followup run, or systemctl --user start followup)"
    ]
    running = daemon_lines(record(), True, "Europe/Berlin")
    assert running == [
        "daemon: running since Tue 3 Mar 10:00 (pid 4242), last cycle Tue 3 Mar 10:05",
        "rules: 65 rules in 7 files, 5 templates from /home/dana/.config/followup/rules "
        "(loaded Tue 3 Mar 10:00)",
    ]
    refused = record(
        rules_error="/r/classify/40-mine.yaml:3:15: rule 'Zebra-Berichte': unknown category",
        rules_error_at=datetime(2026, 3, 3, 9, 4, tzinfo=UTC),
    )
    assert daemon_lines(refused, True, "UTC")[2] == (
        "rules: an edit was refused Tue 3 Mar 09:04, the rules above stay live: "
        "/r/classify/40-mine.yaml:3:15: rule 'Zebra-Berichte': unknown category"
    )
    stopped = record(stopped=datetime(2026, 3, 3, 10, tzinfo=UTC))
    assert daemon_lines(stopped, False, "UTC")[0].startswith("daemon: stopped Tue 3 Mar 10:00")
    assert "killed, or crashed" in daemon_lines(record(), False, "UTC")[0]


def test_a_pid_is_alive_while_its_process_runs() -> None:
    assert pid_alive(os.getpid()) is True
    assert pid_alive(None) is None
    assert pid_alive(2**22 + 12345) is False  # above the kernel's pid_max


def test_a_reload_that_fails_keeps_the_workers_and_says_so(store, caplog) -> None:  # type: ignore[no-untyped-def]
    worker = FakeWorker("personal", store)
    calls: list[bool] = []

    def refuse(workers, config_too):  # type: ignore[no-untyped-def]
        calls.append(config_too)
        raise ReloadRefused("/r/timing.yaml:4:7: thank_you.due: not a duration")

    daemon = Daemon([worker], None, reloader=refuse)  # type: ignore[list-item]
    daemon.request_reload(config_too=True)
    daemon._reload_if_asked()
    assert calls == [True] and daemon.workers == [worker]
    assert daemon.status_text().endswith(
        "not reloaded: /r/timing.yaml:4:7: thank_you.due: not a duration"
    )
    daemon._reload_if_asked()  # asked once, done once
    assert calls == [True]

    def crash(workers, config_too):  # type: ignore[no-untyped-def]
        raise KeyError("a bug")

    daemon = Daemon([worker], None, reloader=crash)  # type: ignore[list-item]
    daemon.request_reload()
    with caplog.at_level(logging.ERROR, logger="followup.service"):
        daemon._reload_if_asked()
    assert daemon.workers == [worker] and "see the log" in daemon.status_text()
    assert "the reload failed" in caplog.text


def test_a_full_local_disk_is_an_error_saying_what_to_do_not_a_reconnect(store, caplog) -> None:  # type: ignore[no-untyped-def]
    full = OSError(errno.ENOSPC, "No space left on device", "/home/dana/Mail/.Drafts/tmp/x")
    worker = FakeWorker("personal", store, full)
    daemon = Daemon([worker], None)  # type: ignore[list-item]
    with caplog.at_level(logging.WARNING):
        wait = daemon._cycle(worker)  # type: ignore[arg-type]
    [record] = caplog.records
    assert record.levelname == "ERROR"
    assert "No space left on device" in record.getMessage()
    assert "free some space" in record.getMessage() and "reconnecting" not in record.getMessage()
    assert wait > 0


@pytest.mark.parametrize("wrapper", [LinkLost, CommandFailed])
def test_a_full_disk_behind_a_mailbox_error_is_said_so_too(store, caplog, wrapper) -> None:  # type: ignore[no-untyped-def]
    """The Maildir backend reports a file it cannot write as LinkLost (its UID map) or
    CommandFailed (a draft), with the OSError as the cause."""
    try:
        try:
            raise OSError(errno.EDQUOT, "Disk quota exceeded", "/home/dana/Mail/.Drafts/tmp/x")
        except OSError as cause:
            raise wrapper("personal: cannot write a draft into .Drafts") from cause
    except wrapper as error:
        failure = error
    worker = FakeWorker("personal", store, failure)
    daemon = Daemon([worker], None)  # type: ignore[list-item]
    with caplog.at_level(logging.WARNING):
        daemon._cycle(worker)  # type: ignore[arg-type]
    [record] = caplog.records
    assert record.levelname == "ERROR" and "free some space" in record.getMessage()


def test_a_long_catch_up_extends_the_start_then_pings_the_watchdog(  # type: ignore[no-untyped-def]
    listener, store, monkeypatch
) -> None:
    """A replay of thousands of messages is progress: before READY=1 systemd's start timeout
    is extended (with how far it got), after it the watchdog is pinged, at most every
    HEARTBEAT seconds."""
    server, path = listener
    worker = FakeWorker("personal", store)
    daemon = Daemon([worker], None, notifier=Notifier(path, 60_000_000))  # type: ignore[list-item]
    assert worker.heartbeat == daemon._heartbeat  # type: ignore[attr-defined]
    monkeypatch.setattr("followup.service.HEARTBEAT", 0.0)
    daemon._heartbeat(400, 10_000)
    assert server.next() == ["EXTEND_TIMEOUT_USEC=0", "STATUS=starting: read 400 of 10000 messages"]
    daemon._ready = True
    daemon._heartbeat(9_000, 10_000)
    assert server.next() == ["WATCHDOG=1"]
    monkeypatch.setattr("followup.service.HEARTBEAT", 30.0)
    daemon._heartbeat(9_500, 10_000)  # right after the last one: nothing
    daemon.notifier.stopping()
    assert server.next() == ["STOPPING=1"]
