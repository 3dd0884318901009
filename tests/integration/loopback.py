"""What the throwaway IMAP servers of the integration tests (dovecot.py, cyrus.py) share: the
loopback address, the test certificates, and `LoopbackServer`, the base of each fixture.

A server lives in its own short temp dir and runs as one process group, started by this
process and killed with its children on stop; nothing is left behind.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from followup.config import Account, Credentials, FolderNames, Security, Server
from imapclient import IMAPClient, SocketTimeout  # type: ignore[import-untyped]

HOST = "127.0.0.1"


@dataclass(frozen=True)
class PlainSecret:
    """Same shape as followup.secrets.Secret: a kind and a value."""

    kind: Literal["password", "oauth2"]
    value: str


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Tls:
    """A throwaway CA and a server certificate for localhost / 127.0.0.1, made with openssl."""

    ca_file: Path
    cert_file: Path
    key_file: Path
    other_ca_file: Path  # a CA that signed nothing here: trusting it must not help

    @classmethod
    def create(cls, directory: Path) -> Tls:
        directory.mkdir(parents=True, exist_ok=True)

        def openssl(*args: str) -> None:
            subprocess.run(["openssl", *args], cwd=directory, check=True, capture_output=True)

        ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        for name in ("ca", "other-ca"):
            openssl(
                "req", "-x509", *ec, "-keyout", f"{name}.key", "-out", f"{name}.pem",
                "-days", "2", "-subj", f"/CN=followup test {name}",
                "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign",
            )  # fmt: skip
        openssl(
            "req", "-new", *ec, "-keyout", "server.key", "-out", "server.csr",
            "-subj", "/CN=localhost",
        )  # fmt: skip
        (directory / "server.ext").write_text(
            "subjectAltName = DNS:localhost, IP:127.0.0.1\n"
            "extendedKeyUsage = serverAuth\n"
            "basicConstraints = CA:FALSE\n"
        )
        openssl(
            "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", "server.ext", "-out", "server.pem",
        )  # fmt: skip
        for path in directory.iterdir():
            path.chmod(0o644)
        return cls(
            ca_file=directory / "ca.pem",
            cert_file=directory / "server.pem",
            key_file=directory / "server.key",
            other_ca_file=directory / "other-ca.pem",
        )


class LoopbackServer:
    """One IMAP server on loopback with one test user (more with add_user): an imap port
    (STARTTLS) and an imaps port, an Account for the test user, and logged-in imapclient
    connections for setting up and inspecting mail.

    A subclass writes the server's configuration, starts its master process in a new
    session (`_proc`), and keeps `_users` (login -> password) up to date in add_user.
    """

    host = HOST
    name = "server"  # in error messages
    session_process = "imap"  # the name (/proc/PID/comm) of a process serving one client
    # How long the processes have to end on SIGTERM before the whole group is killed.
    term_seconds = 2.0

    def __init__(self, tls: Tls, *, prefix: str, user: str) -> None:
        self.ca_file = tls.ca_file
        self.root = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
        self.root.chmod(0o755)  # the server's own processes must reach its files
        self.user = user
        self.password = "correct horse " + os.urandom(4).hex()  # space: quoting is exercised
        self.imap_port = free_port()
        self.imaps_port = free_port()
        self._proc: subprocess.Popen[bytes] | None = None
        self._users: dict[str, str] = {}
        self.password_file = self.root / "password"
        self.password_file.write_text(self.password + "\n")
        self.password_file.chmod(0o600)

    # ---- life cycle ------------------------------------------------------------------------

    def start(self, timeout: float = 10.0) -> None:
        raise NotImplementedError

    def log_tail(self, lines: int = 30) -> str:
        raise NotImplementedError

    def _exited_at_start(self, proc: subprocess.Popen[bytes]) -> str:
        """What to say when the master ended before it listened."""
        return f"{self.name} master exited at start ({proc.returncode}):\n{self.log_tail()}"

    def _wait_until_listening(self, ports: Iterable[int], timeout: float) -> float:
        """Wait until each of `ports` takes connections; returns the deadline. The server is
        stopped when it does not listen in time."""
        if self._proc is None:
            raise RuntimeError(f"{self.name} is not running")
        deadline = time.monotonic() + timeout
        pending = set(ports)
        while pending:
            if self._proc.poll() is not None:
                proc, self._proc = self._proc, None
                raise RuntimeError(self._exited_at_start(proc))
            for port in list(pending):
                with contextlib.suppress(OSError), socket.create_connection((HOST, port), 0.2):
                    pending.discard(port)
            if pending and time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(
                    f"{self.name} did not listen within {timeout}s\n{self.log_tail()}"
                )
            if pending:
                time.sleep(0.01)
        return deadline

    def _only_the_master_is_left(self, proc: subprocess.Popen[bytes]) -> bool:
        """Whether the master may be killed at once, before term_seconds are up."""
        return False

    def stop(self) -> None:
        """Stop the master and every process it started (they share its process group).

        Every process gets SIGTERM; anything still alive after term_seconds is killed.
        Clients see their connection closed.
        """
        proc, self._proc = self._proc, None
        if proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + self.term_seconds
        while proc.poll() is None and time.monotonic() < deadline:
            if self._only_the_master_is_left(proc):
                break
            time.sleep(0.005)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)
        if proc.stderr:
            proc.stderr.close()
        # Orphaned children are reaped by init, some time later; wait until none is left
        # alive (a zombie holds no port).
        deadline = time.monotonic() + 5
        while live_members(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.01)

    def restart(self) -> None:
        """Stop and start on the same ports: every open client connection is dropped."""
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def session_pids(self) -> list[int]:
        """The processes serving logged-in clients (SIGSTOP one to make it hang)."""
        if self._proc is None:
            return []
        pids = []
        for pid in live_members(self._proc.pid):
            try:
                comm = Path(f"/proc/{pid}/comm").read_text().strip()
            except OSError:
                continue
            if comm == self.session_process:
                pids.append(pid)
        return pids

    # ---- users and accounts ----------------------------------------------------------------

    def add_user(self, user: str, password: str) -> None:
        raise NotImplementedError

    def secret(self) -> PlainSecret:
        return PlainSecret("password", self.password)

    def account(self, *, security: Security = Security.TLS, **overrides: Any) -> Account:
        """An Account for the test user; `host`, `port` and any Account field may be overridden.

        The port follows the security (imaps for TLS, imap otherwise) unless given.
        """
        host = overrides.pop("host", HOST)
        port = overrides.pop(
            "port", self.imaps_port if security is Security.TLS else self.imap_port
        )
        fields: dict[str, Any] = {
            "name": "personal",
            "imap": Server(host=host, port=port, security=security),
            "username": self.user,
            "credentials": Credentials(password_file=self.password_file),
            "ca_file": self.ca_file,
            "folders": FolderNames(),
            "timeout_seconds": 10.0,
        }
        unknown = set(overrides) - set(fields)
        if unknown:
            raise TypeError(f"unknown Account fields: {sorted(unknown)}")
        fields.update(overrides)
        return Account(**fields)

    # ---- mail --------------------------------------------------------------------------------

    def _connect(self) -> IMAPClient:
        """An imapclient connection, not logged in: over TLS, to the imaps port."""
        ctx = ssl.create_default_context(cafile=str(self.ca_file))
        return IMAPClient(
            HOST, self.imaps_port, ssl=True, ssl_context=ctx, timeout=SocketTimeout(15, 15)
        )

    def client(self, user: str | None = None) -> IMAPClient:
        """A logged-in imapclient connection, for setting up and inspecting mail."""
        user = user or self.user
        client = self._connect()
        client.socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        client.login(user, self._users[user])
        return client

    def deliver(self, folder: str, raw: bytes, flags: Iterable[bytes] = ()) -> int:
        """APPEND one message as the test user; returns its UID. `folder` is the IMAP name
        (`INBOX`; `Drafts` on Dovecot, `cyrus.drafts` or `cyrus.folder("Drafts")` on Cyrus)."""
        with self.client() as c:
            resp = c.append(folder, raw, flags=tuple(flags))
        m = re.search(rb"APPENDUID \d+ (\d+)", resp)
        if not m:
            raise RuntimeError(f"no APPENDUID in {resp!r}")
        return int(m.group(1))

    def deliver_many(self, folder: str, raws: Iterable[bytes]) -> list[int]:
        """APPEND many messages in one MULTIAPPEND command; returns their UIDs."""
        with self.client() as c:
            _typ, data = c.multiappend(folder, [{"msg": r, "flags": []} for r in raws])
        m = re.search(rb"APPENDUID \d+ ([\d:,]+)", b" ".join(data))
        if not m:
            raise RuntimeError(f"no APPENDUID in {data!r}")
        uids: list[int] = []
        for part in m.group(1).split(b","):
            lo, _, hi = part.partition(b":")
            uids.extend(range(int(lo), int(hi or lo) + 1))
        return uids


def live_members(pgid: int) -> list[int]:
    """Processes of group `pgid` that are not zombies (Linux /proc)."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid pgrp ...; comm may contain spaces and parentheses
        state, _ppid, pgrp = stat.rsplit(")", 1)[1].split()[:3]
        if int(pgrp) == pgid and state != "Z":
            alive.append(int(entry.name))
    return alive
