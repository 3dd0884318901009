"""`followup run` as systemd runs it, against a real Dovecot: sd_notify messages, SIGTERM
mid-cycle, SIGHUP, and rules edited while it runs.

The test binds the datagram socket systemd would ($NOTIFY_SOCKET) and reads what the daemon
says on it; the daemon is a real subprocess of the installed command line.
"""

from __future__ import annotations

import email.message
import email.utils
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from followup.cli import main
from followup.paths import shipped_rules_dir
from followup.store import Store
from running import Running
from story import config_text, confirmation, newsletter
from testmail import folder_messages, uids_in, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("berlin_user")]

# Generous: a loaded CI machine, not a performance promise.
WITHIN = 15.0


class Systemd:
    """The receiving end of sd_notify: a datagram socket read by a thread, as systemd reads it
    (an unread socket fills up after a few datagrams)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.socket.bind(str(path))
        self.socket.settimeout(0.2)
        self.messages: list[dict[str, str]] = []
        self._open = True
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while self._open:
            try:
                data = self.socket.recv(65536)
            except (TimeoutError, OSError):
                continue
            fields = dict(line.split("=", 1) for line in data.decode("utf-8").splitlines())
            self.messages.append(fields)

    def saw(self, key: str, value: str | None = None) -> bool:
        return any(key in m and (value is None or m[key] == value) for m in list(self.messages))

    def values(self, key: str) -> list[str]:
        return [m[key] for m in list(self.messages) if key in m]

    def close(self) -> None:
        self._open = False
        self._reader.join(timeout=5)
        self.socket.close()


@pytest.fixture
def setup(dovecot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A config whose rules are a copy of the shipped ones (to edit), and a NOTIFY_SOCKET."""
    rules = tmp_path / "rules"
    shutil.copytree(shipped_rules_dir(), rules, ignore=shutil.ignore_patterns("__*"))
    config = tmp_path / "config.yaml"
    config.write_text(config_text(dovecot, tmp_path / "state") + f"rules_dir: {rules}\n")
    return dovecot, config, tmp_path / "state", rules


@pytest.fixture
def systemd(tmp_path: Path) -> Iterator[Systemd]:
    listener = Systemd(tmp_path / "notify")
    try:
        yield listener
    finally:
        listener.close()


def start(config: Path, tmp: Path, systemd: Systemd, **extra: str) -> Running:
    env = {**os.environ, "NOTIFY_SOCKET": str(systemd.path), **extra}
    return Running(config, tmp, env, WITHIN)


def database(state_dir: Path) -> Store:
    return Store.open(state_dir / "followup.sqlite3")


def category(state_dir: Path, message_id: str) -> str | None:
    """How the daemon classified a message (None until it has read it)."""
    path = state_dir / "followup.sqlite3"
    if not path.exists():
        return None
    with database(state_dir) as store:
        row = store._db.execute(
            "SELECT category FROM messages WHERE message_id = ?", (message_id.strip("<>"),)
        ).fetchone()
    return row[0] if row else None


def seen_count(state_dir: Path) -> int:
    path = state_dir / "followup.sqlite3"
    if not path.exists():
        return 0
    with database(state_dir) as store:
        return int(store._db.execute("SELECT count(*) FROM messages").fetchone()[0])


def test_systemd_hears_ready_status_watchdog_and_stopping(setup, systemd, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dovecot, config, state_dir, rules = setup
    dovecot.deliver("INBOX", confirmation())
    daemon = start(config, tmp_path, systemd, WATCHDOG_USEC="2000000")
    try:
        assert wait_for(lambda: systemd.saw("READY", "1"), WITHIN), daemon.log()
        # Idle, the loop wakes at half the watchdog interval to ping: two pings in 15 s.
        assert wait_for(lambda: len(systemd.values("WATCHDOG")) >= 2, WITHIN), daemon.log()
        assert daemon.stop() == 0
    finally:
        daemon.close()
    ready = next(m for m in systemd.messages if "READY" in m)
    assert ready["STATUS"].startswith("1 application · next: "), ready
    assert systemd.values("STATUS")[0] == "starting: reading the mailbox"
    assert systemd.messages[-1] == {"STOPPING": "1"}
    with database(state_dir) as store:
        status = store.rules_status("all")
    assert status is not None
    assert status.pid == daemon.process.pid and status.started and status.last_cycle
    assert status.stopped is not None
    assert status.rules_dir == str(rules)
    assert status.rules_summary and "rules in 6 files, 5 templates" in status.rules_summary
    assert dovecot.password not in daemon.log()

    # Every connection the daemon opened is closed; its worker's with a LOGOUT.
    def sessions() -> tuple[int, int, int]:
        lines = dovecot.log_file.read_text(errors="replace").splitlines()
        opened = sum("Login: user=<dana>" in line for line in lines)
        ended = [line for line in lines if "imap(dana)" in line and "Disconnected" in line]
        return opened, len(ended), sum("Logged out" in line for line in ended)

    assert wait_for(lambda: sessions()[0] == sessions()[1], WITHIN), sessions()
    assert sessions()[2] >= 1


# Makes every store transaction last 30 ms longer (inside it: a signal lands mid-transaction
# too), so that a catch-up of a few hundred messages takes seconds and a SIGTERM surely
# arrives in the middle of one. Everything else is the real command.
SLOW_STORE = (
    "import contextlib, sys, time\n"
    "import followup.store as store\n"
    "real = store.Store.transaction\n"
    "@contextlib.contextmanager\n"
    "def slow(self):\n"
    "    with real(self) as db:\n"
    "        yield db\n"
    "        time.sleep(0.03)\n"
    "store.Store.transaction = slow\n"
    "from followup.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def drafts(dovecot) -> list[str]:  # type: ignore[no-untyped-def]
    """The X-Followup-Action of every draft in Drafts."""
    return [str(m["X-Followup-Action"]) for _, _, m in folder_messages(dovecot, "Drafts")]


def applications(state_dir: Path) -> list[tuple[str, str]]:
    with database(state_dir) as store:
        return sorted((app.company, app.state.value) for app in store.applications())


def seen_ids(state_dir: Path) -> set[str]:
    """The mail read, but for the daemon's own notices: one appended by the first run's
    last cycle is read by the second run (started after it) and not by the first."""
    with database(state_dir) as store:
        return {i for i in store.seen_message_ids("personal") if not i.startswith("followup.")}


def test_sigterm_mid_cycle_exits_0_soon_and_loses_nothing(setup, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dovecot, config, state_dir, _ = setup
    dovecot.deliver("INBOX", confirmation())
    total = 1 + len(dovecot.deliver_many("INBOX", [newsletter(n) for n in range(200)]))
    log_path = tmp_path / "daemon.log"
    with log_path.open("wb") as log:
        daemon = subprocess.Popen(
            [sys.executable, "-c", SLOW_STORE, "--config", str(config), "-v", "run"],
            stderr=log,
            env=os.environ,
        )
        try:
            assert wait_for(lambda: seen_count(state_dir) >= 20, WITHIN), log_path.read_text()
            started = time.monotonic()
            daemon.send_signal(signal.SIGTERM)
            assert daemon.wait(timeout=WITHIN) == 0
            stopped_after = time.monotonic() - started
        finally:
            if daemon.poll() is None:
                daemon.kill()
    text = log_path.read_text()
    assert "SIGTERM received" in text and "stopped" in text
    read_when_stopped = seen_count(state_dir)
    print(f"SIGTERM after 20 of {total} messages; exited 0 after {stopped_after:.1f} s")
    assert read_when_stopped <= total

    # The next run carries on where the stopped one left off ...
    assert main(["--config", str(config), "run", "--once"], out=io.StringIO()) == 0
    delivered = {"confirm-7731@acme-robotics.example"} | {
        f"digest-{n}@news.example" for n in range(200)
    }
    assert delivered <= seen_ids(state_dir)  # (plus the daemon's own notices, if any)
    after_stop = (applications(state_dir), seen_ids(state_dir))
    written = drafts(dovecot)
    assert written and len(written) == len(set(written)), written  # no duplicate draft

    # ... and ends where a run that was never interrupted ends.
    fresh = tmp_path / "fresh-state"
    config.write_text(config.read_text().replace(str(state_dir), str(fresh)))
    assert main(["--config", str(config), "run", "--once"], out=io.StringIO()) == 0
    assert (applications(fresh), seen_ids(fresh)) == after_stop
    assert sorted(drafts(dovecot)) == sorted(written)


def mail(subject: str, number: int) -> bytes:
    """One-to-one mail from a stranger: read in full and classified, not about a job."""
    message = email.message.EmailMessage()
    message["From"] = "Zoë Zimmer <zoe@zebra.example>"
    message["To"] = "Dana Whitfield <dana@example.org>"
    message["Subject"] = subject
    message["Date"] = email.utils.format_datetime(datetime.now(UTC))
    message["Message-ID"] = f"<zebra-{number}@zebra.example>"
    message.set_content("Anbei die Zahlen.\n\nZoë\n")
    return message.as_bytes()


MY_RULE = """\
rules:
  - name: Zebra-Berichte
    category: {category}
    when:
      subject: {{any: [Zebra-Bericht]}}
"""


def wait_for_reload(state_dir: Path, after: datetime | None) -> float:
    """Seconds until the daemon recorded a new live rule set (a good reload)."""
    started = time.monotonic()

    def reloaded() -> bool:
        with database(state_dir) as store:
            status = store.rules_status("all")
        return bool(
            status and status.rules_loaded and (after is None or status.rules_loaded > after)
        )

    assert wait_for(reloaded, WITHIN)
    return time.monotonic() - started


def loaded_at(state_dir: Path) -> datetime | None:
    with database(state_dir) as store:
        status = store.rules_status("all")
    return status.rules_loaded if status else None


def test_rules_edited_in_place_or_renamed_over_are_live_and_a_broken_one_is_not(  # type: ignore[no-untyped-def]
    setup, systemd, tmp_path
) -> None:
    dovecot, config, state_dir, rules = setup
    daemon = start(config, tmp_path, systemd)
    mine = rules / "classify" / "40-mine.yaml"
    try:
        assert wait_for(lambda: systemd.saw("READY", "1"), WITHIN), daemon.log()
        dovecot.deliver("INBOX", mail("Zebra-Bericht 1", 1))
        assert wait_for(lambda: category(state_dir, "zebra-1@zebra.example") is not None, WITHIN)
        assert category(state_dir, "zebra-1@zebra.example") != "newsletter"

        # An editor that writes in place.
        before = loaded_at(state_dir)
        mine.write_text(MY_RULE.format(category="newsletter"), encoding="utf-8")
        in_place = wait_for_reload(state_dir, before)
        dovecot.deliver("INBOX", mail("Zebra-Bericht 2", 2))
        assert wait_for(
            lambda: category(state_dir, "zebra-2@zebra.example") == "newsletter", WITHIN
        )

        # An editor that writes a temporary file and renames it over the old one.
        before = loaded_at(state_dir)
        temporary = mine.with_name(".40-mine.yaml.swp")
        temporary.write_text(MY_RULE.format(category="job_alert"), encoding="utf-8")
        os.replace(temporary, mine)
        renamed = wait_for_reload(state_dir, before)
        dovecot.deliver("INBOX", mail("Zebra-Bericht 3", 3))
        assert wait_for(lambda: category(state_dir, "zebra-3@zebra.example") == "job_alert", WITHIN)
        print(
            f"rules live {in_place:.2f} s after an in-place write, {renamed:.2f} s after a rename"
        )

        # A broken edit: the old rules stay, the error is recorded with file:line:col and rule.
        mine.write_text(MY_RULE.format(category="no_such_category"), encoding="utf-8")

        def refused() -> bool:
            with database(state_dir) as store:
                status = store.rules_status("all")
            return bool(status and status.rules_error)

        assert wait_for(refused, WITHIN), daemon.log()
        with database(state_dir) as store:
            status = store.rules_status("all")
        assert status is not None and status.rules_error is not None
        assert (
            status.rules_error.startswith(f"{mine}:3:") and "Zebra-Berichte" in status.rules_error
        )
        dovecot.deliver("INBOX", mail("Zebra-Bericht 4", 4))
        assert wait_for(lambda: category(state_dir, "zebra-4@zebra.example") == "job_alert", WITHIN)
        assert any("not reloaded" in s for s in systemd.values("STATUS")), systemd.messages
        assert daemon.stop() == 0
    finally:
        daemon.close()
    log = daemon.log()
    assert log.count("no_such_category") == 1, log  # one error, once
    assert systemd.values("RELOADING")  # each reload is announced, and READY=1 ends it


def test_sighup_rereads_the_config_and_its_rules(setup, systemd, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dovecot, config, state_dir, rules = setup
    other = tmp_path / "other-rules"
    shutil.copytree(rules, other)
    (other / "classify" / "40-mine.yaml").write_text(
        MY_RULE.format(category="recruiter_outreach"), encoding="utf-8"
    )
    daemon = start(config, tmp_path, systemd)
    try:
        assert wait_for(lambda: systemd.saw("READY", "1"), WITHIN), daemon.log()
        before = loaded_at(state_dir)
        config.write_text(config.read_text().replace(f"rules_dir: {rules}", f"rules_dir: {other}"))
        daemon.process.send_signal(signal.SIGHUP)
        wait_for_reload(state_dir, before)
        dovecot.deliver("INBOX", mail("Zebra-Bericht 5", 5))
        assert wait_for(
            lambda: category(state_dir, "zebra-5@zebra.example") == "recruiter_outreach", WITHIN
        ), daemon.log()
        with database(state_dir) as store:
            assert store.rules_status("all").rules_dir == str(other)  # type: ignore[union-attr]

        # A broken config keeps everything running as it was.
        good = config.read_text()
        config.write_text(good.replace("username:", "username: [", 1))
        daemon.process.send_signal(signal.SIGHUP)
        assert wait_for(lambda: "config.yaml:" in daemon.log(), WITHIN)
        dovecot.deliver("INBOX", mail("Zebra-Bericht 6", 6))
        assert wait_for(
            lambda: category(state_dir, "zebra-6@zebra.example") == "recruiter_outreach", WITHIN
        ), daemon.log()
        assert daemon.process.poll() is None

        # The settings beyond the rules follow the config too: mail commands turned off are
        # off at once (a copy in Followup/Track stays where the user put it).
        before = loaded_at(state_dir)
        config.write_text(good + "control: {enabled: false}\n")
        daemon.process.send_signal(signal.SIGHUP)
        wait_for_reload(state_dir, before)
        track = next(n for n in folder_names(dovecot) if n.endswith("Track"))
        dovecot.deliver(track, mail("Zebra-Bericht 7", 7))
        dovecot.deliver("INBOX", mail("Zebra-Bericht 8", 8))
        assert wait_for(
            lambda: category(state_dir, "zebra-8@zebra.example") == "recruiter_outreach", WITHIN
        ), daemon.log()
        assert len(uids_in(dovecot, track)) == 1
        assert daemon.stop() == 0
    finally:
        daemon.close()
    assert "SIGHUP received" in daemon.log()


def folder_names(dovecot) -> list[str]:  # type: ignore[no-untyped-def]
    with dovecot.client() as client:
        return [str(name) for _, _, name in client.list_folders()]
