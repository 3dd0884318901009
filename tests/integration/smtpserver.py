"""A loopback SMTP server for the tests (aiosmtpd): implicit TLS, required STARTTLS, or plain,
with a login it checks, recipients it can refuse, and a record of everything it accepted."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from followup.config import Smtp, SmtpSecurity
from followup.notify import Login, Notifier, tls_context
from followup.secrets import Secret
from loopback import HOST, Tls, free_port

USER = "dana"
PASSWORD = "correct horse battery"


@dataclass
class Inbox:
    """What the test server saw: the messages it accepted and every AUTH attempt."""

    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    logins: list[tuple[str, bool]] = field(default_factory=list)  # (user, over TLS)
    refuse: set[str] = field(default_factory=set)  # recipients answered 550
    hang_up_after_data: bool = False  # take the message, then drop the link unanswered

    async def handle_RCPT(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address.lower() in self.refuse:
            return "550 5.1.1 no such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        if self.hang_up_after_data:
            server.transport.abort()
        return "250 OK queued"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        if not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user = data.login.decode()
        over_tls = server.transport.get_extra_info("sslcontext") is not None
        self.logins.append((user, over_tls))
        good = user == USER and data.password.decode() == PASSWORD
        # handled=False: aiosmtpd answers 235 or 535 itself (a rejecting handled=True hangs).
        return AuthResult(success=good, handled=False)


def server_context(tls: Tls) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(tls.cert_file), str(tls.key_file))
    return context


@contextmanager
def smtp_server(tls: Tls, mode: str) -> Iterator[tuple[Inbox, int]]:
    """aiosmtpd on loopback: "tls" (implicit), "starttls" (required before AUTH), or
    "plain" (no TLS offered at all, and it would take a password in the clear)."""
    inbox = Inbox()
    port = free_port()
    options: dict[str, Any] = {"authenticator": inbox.authenticate, "auth_require_tls": True}
    if mode == "tls":
        # aiosmtpd only counts STARTTLS as TLS for AUTH; this socket is TLS from the start.
        options |= {"ssl_context": server_context(tls), "auth_require_tls": False}
    elif mode == "starttls":
        options |= {"tls_context": server_context(tls), "require_starttls": True}
    else:
        options["auth_require_tls"] = False
    controller = Controller(inbox, hostname=HOST, port=port, ready_timeout=15, **options)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def notifier(
    port: int,
    security: SmtpSecurity,
    ca_file: Path | None,
    *,
    password: str = PASSWORD,
    timeout: float = 15.0,
) -> Notifier:
    """A Notifier that logs in to the test server as USER."""
    smtp = Smtp(HOST, port, security, "personal", ca_file=ca_file, timeout_seconds=timeout)
    return Notifier(smtp, Login(USER, lambda: Secret("password", password)), tls_context(smtp))
