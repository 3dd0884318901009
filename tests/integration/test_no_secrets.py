"""Secrets stay secret: the real daemon at -vv through a whole story against Dovecot, with
notices by SMTP (aiosmtpd), never writes the IMAP or SMTP password to a log line, the state
database or any file of the state directory; and TLS that a man in the middle strips or
answers for another name fails before any password leaves.
"""

from __future__ import annotations

import base64
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from dovecot import Dovecot, Options
from followup.config import Security, Smtp, SmtpSecurity
from followup.imap import ImapMailbox, TlsFailed
from followup.notify import Login, Notifier, NotifyError, NotifyRefused, tls_context
from followup.secrets import Secret
from loopback import Tls
from smtpserver import PASSWORD as SMTP_PASSWORD
from smtpserver import USER as SMTP_USER
from smtpserver import smtp_server
from story import CONFIRMATION_ID, RECRUITER, at, config_text, confirmation, user_reply
from testmail import delete_all, folder_messages, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("berlin_user")]


def forms(user: str, secret: str) -> dict[str, bytes]:
    """The secret as it could leak: plain, and as SASL PLAIN / LOGIN put it on the wire."""
    plain = base64.b64encode(f"\0{user}\0{secret}".encode())
    return {
        "plain": secret.encode(),
        "base64": base64.b64encode(secret.encode()),
        "sasl plain": plain,
        "sasl plain (authzid)": base64.b64encode(f"{user}\0{user}\0{secret}".encode()),
        "quoted": secret.replace(" ", "\\ ").encode(),
        "utf-16": secret.encode("utf-16-le"),  # SQLite may store text as UTF-16
    }


def leaks(data: bytes, secrets: dict[str, bytes]) -> list[str]:
    return [name for name, form in secrets.items() if form in data]


def run_cli(config: Path, *args: str, log: list[bytes]) -> int:
    """The real program in its own process, as systemd or a timer runs it, at -vv."""
    done = subprocess.run(
        [sys.executable, "-m", "followup.cli", "--config", str(config), "-vv", *args],
        capture_output=True,
        timeout=120,
        env=os.environ,
        check=False,
    )
    log.append(done.stdout + done.stderr)
    return done.returncode


def test_no_secret_in_any_log_line_the_database_or_the_state_files(
    dovecot: Dovecot, dovecot_tls: Tls, tmp_path: Path, umask_022: None
) -> None:
    state_dir = tmp_path / "state"
    smtp_password_file = tmp_path / "smtp.password"
    smtp_password_file.write_text(SMTP_PASSWORD + "\n")
    smtp_password_file.chmod(0o600)
    secrets = {
        **{f"imap {k}": v for k, v in forms(dovecot.user, dovecot.password).items()},
        **{f"smtp {k}": v for k, v in forms(SMTP_USER, SMTP_PASSWORD).items()},
        # the random part of the IMAP password alone
        "imap tail": dovecot.password.split()[-1].encode(),
    }
    log: list[bytes] = []
    with smtp_server(dovecot_tls, "tls") as (smtp_inbox, port):
        config = tmp_path / "config.yaml"
        config.write_text(
            config_text(dovecot, state_dir)
            + "smtp:\n"
            + f"  host: localhost\n  port: {port}\n  security: tls\n"
            + f"  username: {SMTP_USER}\n  password_file: {smtp_password_file}\n"
            + f"  ca_file: {dovecot.ca_file}\n  timeout: 10\n"
        )
        assert run_cli(config, "check", log=log) == 0, log[-1].decode()
        dovecot.deliver("INBOX", confirmation())
        for when in ("2026-03-03T12:00+01:00", "2026-03-04T14:00+01:00"):
            assert run_cli(config, "run", "--once", "--as-of", when, log=log) == 0, log[-1]
        drafts = [m for _, _, m in folder_messages(dovecot, "Drafts")]
        assert drafts, "the story wrote a thank-you draft"
        delete_all(dovecot, "Drafts")
        dovecot.deliver(
            "Sent",
            user_reply(RECRUITER, "Thank you", at(4, 15), "Thanks!", CONFIRMATION_ID, 1),
        )
        for when in ("2026-03-12T10:00+01:00", "2026-03-28T10:00+01:00"):
            assert run_cli(config, "run", "--once", "--as-of", when, log=log) == 0, log[-1]
        assert smtp_inbox.logins, "notices went out by SMTP, logged in"

        # The daemon itself for a while: IDLE, a new message, SIGTERM.
        daemon_log = tmp_path / "daemon.log"  # a file, not a pipe: -vv fills a pipe's buffer
        with daemon_log.open("wb") as output:
            daemon = subprocess.Popen(
                [sys.executable, "-m", "followup.cli", "--config", str(config), "-vv", "run"],
                stdout=output,
                stderr=subprocess.STDOUT,
                env=os.environ,
            )
            try:
                time.sleep(2.0)
                dovecot.deliver("INBOX", confirmation("<second@acme-robotics.example>"))
                time.sleep(3.0)
                daemon.send_signal(signal.SIGTERM)
                assert daemon.wait(timeout=15) == 0
            finally:
                if daemon.poll() is None:
                    daemon.kill()
        log.append(daemon_log.read_bytes())
        for args in (("status",), ("plan",), ("show", "Acme")):
            run_cli(config, *args, log=log)

    everything = b"\n".join(log)
    assert b"DEBUG" in everything, "-vv logged at debug level"
    assert b"> b'" in everything or b"imapclient" in everything, "IMAP protocol lines logged"
    (tmp_path / "all.log").write_bytes(everything)
    for number, line in enumerate(everything.splitlines(), 1):
        assert not leaks(line, secrets), f"log line {number}: {line[:200]!r}"
    files = [path for path in state_dir.rglob("*") if path.is_file()]
    assert any(path.name.endswith("-wal") or path.suffix == ".sqlite3" for path in files)
    for path in files:
        found = leaks(path.read_bytes(), secrets)
        assert not found, f"{path}: {found}"
    # Everything the real daemon left in its state directory is private, umask 022 or not.
    wide = [
        f"{path}: {oct(path.stat().st_mode & 0o777)}"
        for path in [state_dir, *state_dir.rglob("*")]
        if path.stat().st_mode & 0o777 != (0o700 if path.is_dir() else 0o600)
    ]
    assert wide == []


def test_no_oauth2_token_in_any_log_line_or_state_file(dovecot_tls: Tls, tmp_path: Path) -> None:
    """The same for an XOAUTH2 access token from oauth2_token_command (Gmail, Microsoft 365)."""
    from test_oauth2 import Introspection, _IntrospectionServer, new_token

    endpoint = Introspection(token=new_token(), username="dana")
    server = _IntrospectionServer(endpoint)
    endpoint.url = f"http://127.0.0.1:{server.server_port}/oauth2/introspect"
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    dovecot = Dovecot(dovecot_tls, Options(oauth2_introspection_url=endpoint.url))
    try:
        dovecot.start()
        token_file = tmp_path / "token"
        token_file.write_text(endpoint.token + "\n")
        token_file.chmod(0o600)
        state_dir = tmp_path / "state"
        config = tmp_path / "config.yaml"
        config.write_text(
            config_text(dovecot, state_dir).replace(
                f"password_file: {dovecot.password_file}",
                f"oauth2_token_command: cat {token_file}",
            )
        )
        log: list[bytes] = []
        dovecot.deliver("INBOX", confirmation())
        for when in ("2026-03-03T12:00+01:00", "2026-03-04T14:00+01:00"):
            code = run_cli(config, "run", "--once", "--as-of", when, log=log)
            if code != 0 and b"UNAVAILABLE" in log[-1]:
                # Dovecot's request to the endpoint failed for a moment (a loaded machine):
                # the daemon would connect again; so does the test, once.
                code = run_cli(config, "run", "--once", "--as-of", when, log=log)
            assert code == 0, log[-1]
        assert endpoint.tokens_seen(), "the daemon logged in with the token"
        assert folder_messages(dovecot, "Drafts"), "and wrote the thank-you"
    finally:
        dovecot.close()
        server.shutdown()
        server.server_close()
    token = endpoint.token
    secrets = {
        "plain": token.encode(),
        "xoauth2": base64.b64encode(f"user=dana\x01auth=Bearer {token}\x01\x01".encode()),
        "base64": base64.b64encode(token.encode()),
    }
    for number, line in enumerate(b"\n".join(log).splitlines(), 1):
        assert not leaks(line, secrets), f"log line {number}: {line[:200]!r}"
    for path in (p for p in state_dir.rglob("*") if p.is_file()):
        assert not leaks(path.read_bytes(), secrets), path


# --- TLS that is stripped or answered for another name ------------------------------------------


class Proxy:
    """A man in the middle on loopback: forwards bytes to `upstream`, passing what the server
    says through `rewrite` line by line, and records all the client sent."""

    def __init__(
        self, upstream: int, rewrite: Callable[[bytes], bytes], host: str = "127.0.0.1"
    ) -> None:
        self.upstream = upstream
        self.rewrite = rewrite
        self.from_client = bytearray()
        self.listener = socket.create_server((host, 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                client, _ = self.listener.accept()
                server = socket.create_connection(("127.0.0.1", self.upstream), timeout=15)
                for args in ((server, client, True), (client, server, False)):
                    threading.Thread(target=self._pump, args=args, daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, from_server: bool) -> None:
        with contextlib.suppress(OSError):
            pending = b""
            while data := source.recv(65536):
                if not from_server:
                    self.from_client += data
                    sink.sendall(data)
                    continue
                pending += data
                lines, newline, pending = pending.rpartition(b"\n")
                if newline:
                    sink.sendall(self.rewrite(lines + newline))
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.listener.close()


@contextlib.contextmanager
def proxy(
    upstream: int, rewrite: Callable[[bytes], bytes], host: str = "127.0.0.1"
) -> Iterator[Proxy]:
    middle = Proxy(upstream, rewrite, host)
    try:
        yield middle
    finally:
        middle.close()


def strip_starttls(data: bytes) -> bytes:
    """What a downgrading middlebox does: the server no longer seems to offer STARTTLS."""
    return data.replace(b" STARTTLS", b"").replace(b"250-STARTTLS\r\n", b"")


def unchanged(data: bytes) -> bytes:
    return data


@pytest.mark.dovecot(plaintext_auth=True)
def test_imap_starttls_stripped_by_a_proxy_fails_before_the_password_leaves(
    dovecot: Dovecot,
) -> None:
    with proxy(dovecot.imap_port, strip_starttls) as middle:
        account = dovecot.account(security=Security.STARTTLS, port=middle.port)
        box = ImapMailbox(account, dovecot.secret)
        with pytest.raises(TlsFailed, match="does not offer STARTTLS"):
            box.connect()
        assert not box.connected
        assert wait_for(lambda: len(middle.from_client) > 0, 5)
    sent = bytes(middle.from_client)
    assert not leaks(sent, forms(dovecot.user, dovecot.password)), sent
    assert b"LOGIN" not in sent.upper() and b"AUTHENTICATE" not in sent.upper()


def test_imap_starttls_for_another_name_is_refused(dovecot: Dovecot) -> None:
    # The certificate names localhost and 127.0.0.1 only.
    account = dovecot.account(security=Security.STARTTLS, host=dovecot.unnamed_host)
    with pytest.raises(TlsFailed, match="is not valid for the name"):
        ImapMailbox(account, dovecot.secret).connect()


def smtp_notifier(host: str, port: int, security: SmtpSecurity, ca_file: Path) -> Notifier:
    smtp = Smtp(host, port, security, "personal", ca_file=ca_file, timeout_seconds=10)
    login = Login(SMTP_USER, lambda: Secret("password", SMTP_PASSWORD))
    return Notifier(smtp, login, tls_context(smtp))


def send(notifier: Notifier) -> None:
    notifier.send(
        b"From: dana@example.org\r\nTo: dana@example.org\r\nSubject: x\r\n\r\nx\r\n",
        "dana@example.org",
        ["dana@example.org"],
    )


def test_smtp_starttls_stripped_by_a_proxy_fails_before_the_password_leaves(
    dovecot_tls: Tls,
) -> None:
    with smtp_server(dovecot_tls, "starttls") as (inbox, port), proxy(port, strip_starttls) as mid:
        with pytest.raises(NotifyError, match="STARTTLS"):
            send(smtp_notifier("127.0.0.1", mid.port, SmtpSecurity.STARTTLS, dovecot_tls.ca_file))
        assert inbox.logins == [] and inbox.messages == []
    sent = bytes(mid.from_client)
    assert not leaks(sent, forms(SMTP_USER, SMTP_PASSWORD)), sent
    assert b"AUTH" not in sent.upper()


@pytest.mark.parametrize("security", [SmtpSecurity.TLS, SmtpSecurity.STARTTLS])
def test_smtp_for_another_name_is_refused(dovecot_tls: Tls, security: SmtpSecurity) -> None:
    mode = "tls" if security == SmtpSecurity.TLS else "starttls"
    # The same server reached as 127.0.0.2, a name its certificate does not hold.
    with smtp_server(dovecot_tls, mode) as (inbox, port), proxy(port, unchanged, "127.0.0.2") as m:
        with pytest.raises(NotifyError) as caught:
            send(smtp_notifier("127.0.0.2", m.port, security, dovecot_tls.ca_file))
        # The certificate is named, unless asyncio (before Python 3.13, CPython gh-142352)
        # left the test's own asyncio server hanging in the failed handshake, so that even
        # the blocking second look at it timed out: then the handshake is said to have.
        said = str(caught.value)
        assert "certificate that is not trusted" in said or (
            not isinstance(caught.value, NotifyRefused)
            and ("did not answer in time" in said or "aborted while upgrading" in said)
        ), said
        assert inbox.logins == [] and inbox.messages == []
    assert not leaks(bytes(m.from_client), forms(SMTP_USER, SMTP_PASSWORD))
