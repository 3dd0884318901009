"""A TCP proxy on loopback for fault tests: it forwards, and on command drops or stalls one
connection at a chosen moment of the IMAP conversation (mid-IDLE, mid-FETCH, mid-APPEND).

The moment is found in plaintext IMAP: a command in the client's bytes (`IDLE\\r\\n`,
`UID FETCH`, `APPEND`), then, optionally, a pattern in the server's answer to it.
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading
from dataclasses import dataclass, field
from typing import Literal

from loopback import HOST

Action = Literal["drop", "stall", "hold"]


@dataclass
class Fault:
    """One armed fault: fires once, on the first connection whose client sends `command`.

    Without `reply` it strikes as the command is seen, before the server gets it. With
    `reply` the command goes through and the fault strikes when the server's answer holds
    `reply`: the server's bytes up to the end of that pattern plus `keep` more reach the
    client, the rest does not (e.g. `reply=b"FETCH ("`, `keep=40`: a response cut halfway).

    drop: both sockets are closed (the client sees the connection end). stall: nothing more
    is forwarded either way, the sockets stay open (a half-dead link; only the client's
    timeout can tell). hold: like stall, but what is held back is delivered on `release()`
    (a slow link: the test does something while the answer is on its way).
    """

    command: bytes
    action: Action
    reply: bytes | None = None
    keep: int = 0
    # Only a connection whose client said this before (e.g. b'EXAMINE "INBOX"': the watcher of
    # INBOX, not the one of Sent).
    session: bytes | None = None
    fired: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)

    def release(self) -> None:
        """A held link delivers what it held and forwards again."""
        self.released.set()


class _Link:
    """One client connection and its upstream twin, pumped by one thread."""

    def __init__(self, proxy: TcpProxy, client: socket.socket, server: socket.socket) -> None:
        self.proxy = proxy
        self.client = client
        self.server = server
        self.fault: Fault | None = None  # armed on this link once its command was seen
        self.stalled = False
        self.held: dict[str, bytes] = {}  # direction -> bytes held back while on hold
        self.closed = False
        self.said = b""  # the client's bytes, the first 64 KiB (which folder, which login)
        self.reply_tail = b""  # the server's bytes since the fault's command

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        for sock in (self.client, self.server):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def waits_after(self, fault: Fault) -> bool:
        """Whether the client's last words were the fault's command (in its session)."""
        last_line = self.said.rstrip(b"\r\n").rsplit(b"\r\n", 1)[-1]
        return fault.command.strip() in last_line and (
            fault.session is None or fault.session in self.said
        )

    def pump(self) -> None:
        try:
            while not self.closed and not self.proxy.closing.is_set():
                readable, _, _ = select.select([self.client, self.server], [], [], 0.2)
                if self.held and self.fault is not None and self.fault.released.is_set():
                    self.stalled = False
                    self.client.sendall(self.held.pop("client", b""))
                    self.server.sendall(self.held.pop("server", b""))
                    self.held.clear()
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        self.close()
                        return
                    if self.held:
                        to = "server" if sock is self.client else "client"
                        self.held[to] = self.held.get(to, b"") + data
                        continue
                    if self.stalled:
                        continue  # swallowed: a stalled link carries nothing
                    if sock is self.client:
                        self._from_client(data)
                    else:
                        self._from_server(data)
                    if self.closed:
                        return
        except OSError:
            pass
        finally:
            self.close()
            self.proxy._forget(self)

    def _from_client(self, data: bytes) -> None:
        tail = self.said[-64:]
        if len(self.said) < 65536:
            self.said += data[:65536]
        if self.fault is None:
            fault = self.proxy._claim(tail + data, self.said)
            if fault is not None:
                self.fault = fault
                self.reply_tail = b""
                if fault.reply is None:
                    self._strike(rest=data, to="server")
                    return
        self.server.sendall(data)

    def _from_server(self, data: bytes) -> None:
        fault = self.fault
        if fault is None or fault.reply is None or fault.fired.is_set():
            self.client.sendall(data)
            return
        before = len(self.reply_tail)
        self.reply_tail += data
        at = self.reply_tail.find(fault.reply)
        if at < 0:
            self.client.sendall(data)
            return
        cut = max(0, at + len(fault.reply) + fault.keep - before)
        if cut:
            self.client.sendall(data[:cut])
        self._strike(rest=data[cut:], to="client")

    def _strike(self, rest: bytes, to: str) -> None:
        """The fault strikes; `rest` is what was on its way `to` the client or server."""
        assert self.fault is not None
        self.proxy.struck.append(self.fault.action)
        if self.fault.action == "drop":
            self.close()
        elif self.fault.action == "hold":
            self.held = {to: rest}
            self.stalled = True
        else:
            self.stalled = True
        self.fault.fired.set()


class TcpProxy:
    """Listens on a free loopback port and forwards every connection to (host, port)."""

    def __init__(self, upstream_port: int, upstream_host: str = HOST) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.listener = socket.create_server((HOST, 0))
        self.port: int = self.listener.getsockname()[1]
        self.closing = threading.Event()
        self.connections = 0  # accepted so far
        self.struck: list[str] = []  # the actions of the faults that fired, in order
        self._faults: list[Fault] = []
        self._links: list[_Link] = []
        self._lock = threading.Lock()
        self._acceptor = threading.Thread(target=self._accept, name="tcpproxy", daemon=True)
        self._acceptor.start()

    def arm(
        self,
        command: bytes,
        action: Action,
        *,
        reply: bytes | None = None,
        keep: int = 0,
        session: bytes | None = None,
    ) -> Fault:
        """Arm one fault (see Fault); wait on the returned fault's `fired` event.

        A fault waiting for a reply also takes a connection whose last command was `command`
        already (a client in IDLE now: the next news it would get is cut)."""
        fault = Fault(command, action, reply, keep, session)
        with self._lock:
            for link in self._links:
                if reply is not None and link.fault is None and link.waits_after(fault):
                    link.fault = fault
                    return fault
            self._faults.append(fault)
        return fault

    def _claim(self, seen: bytes, said: bytes) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.command in seen and (fault.session is None or fault.session in said):
                    self._faults.remove(fault)
                    return fault
        return None

    def cut_all(self) -> None:
        """Close every open connection now (a router reboot)."""
        with self._lock:
            links = list(self._links)
        for link in links:
            link.close()

    def _accept(self) -> None:
        while not self.closing.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            link = _Link(self, client, server)
            with self._lock:
                self.connections += 1
                self._links.append(link)
            threading.Thread(target=link.pump, name="tcpproxy link", daemon=True).start()

    def _forget(self, link: _Link) -> None:
        with self._lock:
            if link in self._links:
                self._links.remove(link)

    def close(self) -> None:
        self.closing.set()
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() below
        with contextlib.suppress(OSError):
            self.listener.close()
        self.cut_all()
        self._acceptor.join(timeout=5)

    def __enter__(self) -> TcpProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
