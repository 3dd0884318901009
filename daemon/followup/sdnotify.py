"""How the daemon is doing, in words: sd_notify to systemd, and the lines `followup status` shows.

sd_notify is one datagram per message to $NOTIFY_SOCKET; outside systemd every call is a no-op.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Mapping, Sequence

from followup import describe
from followup.model import TERMINAL_STATES, Application
from followup.store import RulesStatus

log = logging.getLogger(__name__)

# systemd truncates nothing, but a status line is read in `systemctl status`: keep it short.
MAX_STATUS = 200
# Seconds a message may wait for room in the receiver's queue before it is dropped.
SEND_TIMEOUT = 2.0


class Notifier:
    """Sends sd_notify(3) messages. Sending never raises: a daemon whose supervisor went away
    keeps working, and says so once in the log."""

    def __init__(self, address: str | None, watchdog_usec: int | None = None) -> None:
        self.address = address or None
        self.watchdog_seconds = watchdog_usec / 1_000_000 if watchdog_usec else None
        self._socket: socket.socket | None = None
        self._failed = False

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Notifier:
        """$NOTIFY_SOCKET, and $WATCHDOG_USEC when $WATCHDOG_PID is unset or this process."""
        env = os.environ if environ is None else environ
        return cls(env.get("NOTIFY_SOCKET"), watchdog_usec(env, os.getpid()))

    @property
    def enabled(self) -> bool:
        return self.address is not None

    def ready(self, status: str | None = None) -> bool:
        """Startup is finished (or a reload is): `systemctl start` returns now."""
        return self.send("READY=1", *([f"STATUS={one_line(status)}"] if status else []))

    def status(self, text: str) -> bool:
        return self.send(f"STATUS={one_line(text)}")

    def watchdog(self) -> bool:
        """The worker made progress: systemd restarts the service if this stops coming."""
        return self.send("WATCHDOG=1")

    def stopping(self) -> bool:
        return self.send("STOPPING=1")

    def extend_start(self, seconds: float, status: str) -> bool:
        """Startup is still making progress: systemd waits `seconds` more before its start
        timeout (systemd 236 and later; older ones ignore it)."""
        usec = int(seconds * 1_000_000)
        return self.send(f"EXTEND_TIMEOUT_USEC={usec}", f"STATUS={one_line(status)}")

    def reloading(self) -> bool:
        """A reload began (Type=notify-reload wants the monotonic time with it); `ready()`
        ends it."""
        usec = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
        return self.send("RELOADING=1", f"MONOTONIC_USEC={usec}")

    def send(self, *fields: str) -> bool:
        """One datagram with `fields` as lines; True when it went out."""
        if self.address is None:
            return False
        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
                # A receiver that does not read (a full queue) must not stall the daemon:
                # after a short wait the message is dropped.
                self._socket.settimeout(SEND_TIMEOUT)
            self._socket.sendto("\n".join(fields).encode("utf-8"), socket_address(self.address))
        except OSError as error:
            if not self._failed:
                self._failed = True
                log.warning("cannot tell systemd how the daemon is (%s): %s", self.address, error)
            return False
        return True

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None


def socket_address(address: str) -> str | bytes:
    """A leading `@` names a socket in the abstract namespace (a leading NUL byte)."""
    if address.startswith("@"):
        return b"\0" + address[1:].encode("utf-8")
    return address


def watchdog_usec(environ: Mapping[str, str], pid: int) -> int | None:
    """The watchdog interval systemd asked for, if it is meant for process `pid`."""
    value = environ.get("WATCHDOG_USEC", "")
    owner = environ.get("WATCHDOG_PID", "")
    if owner and owner != str(pid):
        return None
    try:
        usec = int(value)
    except ValueError:
        return None
    return usec if usec > 0 else None


def one_line(text: str) -> str:
    """Line breaks would start a new field of the datagram: fold them, and keep it short."""
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_STATUS else flat[: MAX_STATUS - 1] + "…"


def status_line(
    applications: Sequence[Application],
    zone: str | None,
    problems: Sequence[str] = (),
) -> str:
    """`3 applications · next: thank-you to Ana Ruiz, Tue 3 Mar 10:00`, plus what is wrong
    (an account that cannot log in, rules kept after a broken edit)."""
    open_apps = [app for app in applications if app.state not in TERMINAL_STATES]
    count = len(applications)
    parts = [f"{count} application{'' if count == 1 else 's'}"]
    if count and len(open_apps) != count:
        parts[0] += f" ({len(open_apps)} open)"
    if open_apps:
        first = describe.by_urgency(open_apps)[0]
        what, when = describe.next_step(first, zone)
        if what != "nothing":
            parts.append(f"next: {what}" + (f", {when}" if when not in ("—", "") else ""))
    parts.extend(problems)
    return one_line(" · ".join(parts))


def daemon_lines(status: RulesStatus | None, alive: bool | None, zone: str | None) -> list[str]:
    """What `followup status` says about the daemon and its live rules, from the record the
    daemon keeps in the store. `alive`: whether its pid still runs (None: unknown)."""
    if status is None or status.started is None:
        return ["daemon: has not run yet (followup run, or systemctl --user start followup)"]
    when = describe.when
    if status.stopped is not None:
        lines = [f"daemon: stopped {when(status.stopped, zone)}"]
    elif alive is False:
        lines = [
            f"daemon: not running (pid {status.pid} started {when(status.started, zone)} "
            "ended without stopping: killed, or crashed; see its log)"
        ]
    else:
        lines = [f"daemon: running since {when(status.started, zone)} (pid {status.pid})"]
    if status.last_cycle is not None:
        lines[0] += f", last cycle {when(status.last_cycle, zone)}"
    if status.rules_summary:
        lines.append(
            f"rules: {status.rules_summary} from {status.rules_dir} "
            f"(loaded {when(status.rules_loaded, zone)})"
        )
    if status.rules_error:
        lines.append(
            f"rules: an edit was refused {when(status.rules_error_at, zone)}, the rules above "
            f"stay live: {status.rules_error}"
        )
    return lines


def pid_alive(pid: int | None) -> bool | None:
    """Whether process `pid` exists (a daemon of another user counts); None when unknown."""
    if not pid:
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists, as another user (the system service)
        return True
    return True
