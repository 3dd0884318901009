"""XOAUTH2 login against a real Dovecot, as with Gmail or Microsoft 365 and pizauth or oama.

Dovecot checks each token at a local RFC 7662 introspection endpoint (a small HTTP server in
this process) that knows exactly one valid token, for the test user. Passwords still work on
the same server (the fixture's helpers log in with one).
"""

from __future__ import annotations

import json
import logging
import secrets
import shlex
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from dovecot import Dovecot, Options
from followup.config import Credentials
from followup.imap import ImapMailbox, LinkLost, LoginFailed
from followup.secrets import Secret, obtain
from loopback import HOST, Tls

pytestmark = pytest.mark.integration

EMAIL = "Hello,\r\nthanks for your time.\r\n"


def new_token() -> str:
    """An access token shaped like the ones providers hand out: URL-safe text plus the
    characters (+ / = ~) a form body must escape."""
    return "ya29." + secrets.token_urlsafe(24) + "+/=~"


@dataclass(frozen=True)
class Introspected:
    """One request Dovecot made to the introspection endpoint."""

    method: str
    path: str
    content_type: str
    form: dict[str, list[str]]

    @property
    def token(self) -> str | None:
        values = self.form.get("token")
        return values[0] if values else None


@dataclass
class Introspection:
    """An RFC 7662 introspection endpoint that knows one valid token, for one user.

    It answers `{"active": true, "username": ...}` for that token and `{"active": false}`
    for any other, and records every request. Change `token` to expire the old one.
    """

    token: str
    username: str
    requests: list[Introspected] = field(default_factory=list)
    url: str = ""
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def answer(self, request: Introspected) -> dict[str, object]:
        with self._lock:
            self.requests.append(request)
            valid = request.method == "POST" and request.token == self.token
        if not valid:
            return {"active": False}
        return {
            "active": True,
            "username": self.username,
            "token_type": "Bearer",
            "scope": "https://mail.google.com/",
            "exp": int(time.time()) + 3600,
        }

    def tokens_seen(self) -> list[str | None]:
        with self._lock:
            return [r.token for r in self.requests]


class _Handler(BaseHTTPRequestHandler):
    server: _IntrospectionServer

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        request = Introspected(
            method=self.command,
            path=self.path,
            content_type=self.headers.get("Content-Type", ""),
            form=parse_qs(body, keep_blank_values=True),
        )
        data = json.dumps(self.server.endpoint.answer(request)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _serve

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - base signature
        pass  # request lines would carry no token, but stderr is no place for them either


class _IntrospectionServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, endpoint: Introspection) -> None:
        super().__init__((HOST, 0), _Handler)
        self.endpoint = endpoint


@pytest.fixture
def introspection() -> Iterator[Introspection]:
    endpoint = Introspection(token=new_token(), username="dana")
    server = _IntrospectionServer(endpoint)
    endpoint.url = f"http://{HOST}:{server.server_port}/oauth2/introspect"
    # A short poll interval: shutdown() waits for serve_forever to look up.
    thread = threading.Thread(
        target=server.serve_forever, args=(0.02,), name="introspection", daemon=True
    )
    thread.start()
    try:
        yield endpoint
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def dovecot(dovecot_tls: Tls, introspection: Introspection) -> Iterator[Dovecot]:
    """conftest's server, with the oauth2 passdb pointed at `introspection`. One per test:
    Dovecot slows down logins from an address after a failed one; a new server forgets."""
    server = Dovecot(dovecot_tls, Options(oauth2_introspection_url=introspection.url))
    try:
        server.start()
        yield server
    finally:
        server.close()


def log_in(box: ImapMailbox) -> ImapMailbox:
    """Connect as the daemon would: Dovecot answers [UNAVAILABLE] when its request to the
    introspection endpoint fails for a moment (seen on a loaded machine), and the daemon
    then connects again. A refused token is LoginFailed and is not retried."""
    for attempt in range(3):
        try:
            box.connect()
            return box
        except LinkLost as error:
            if "UNAVAILABLE" not in str(error) or attempt == 2:
                raise
            time.sleep(0.5)
    return box


def distinct(tokens: list[str | None]) -> list[str | None]:
    """The tokens Dovecot asked about, a retried login's repeats folded."""
    return [t for n, t in enumerate(tokens) if n == 0 or tokens[n - 1] != t]


def token_command(token: str) -> Credentials:
    return Credentials(oauth2_token_command=f"printf %s {shlex.quote(token)}")


def test_xoauth2_login_over_tls(dovecot: Dovecot, introspection: Introspection) -> None:
    uid = dovecot.deliver("INBOX", b"Subject: Interview\r\n\r\n" + EMAIL.encode())
    account = dovecot.account(credentials=token_command(introspection.token))
    with log_in(ImapMailbox(account, lambda: Secret("oauth2", introspection.token))) as box:
        assert box.tls_version in ("TLSv1.2", "TLSv1.3")
        folders = box.find_folders()
        assert (folders.inbox, folders.drafts, folders.sent) == ("INBOX", "Drafts", "Sent")
        assert box.uids_after("INBOX", 0)[1] == [uid]
    assert distinct(introspection.tokens_seen()) == [introspection.token]
    request = introspection.requests[-1]
    assert (request.method, request.path) == ("POST", "/oauth2/introspect")
    assert request.content_type == "application/x-www-form-urlencoded"
    assert "method=XOAUTH2" in dovecot.log_file.read_text()


def test_expired_token_is_a_login_failure(
    dovecot: Dovecot, introspection: Introspection, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    expired = new_token()
    account = dovecot.account(credentials=token_command(expired))
    box = ImapMailbox(account, lambda: Secret("oauth2", expired))
    started = time.monotonic()
    with pytest.raises(LoginFailed) as caught:
        box.connect()
    assert time.monotonic() - started < 2
    assert not box.connected
    assert introspection.tokens_seen() == [expired]
    text = str(caught.value)
    assert text.startswith("account 'personal': ")
    assert "dana" in text and "AUTHENTICATIONFAILED" in text
    assert "oauth2_token_command" in text and "expired" in text
    for shown in (text, repr(caught.value), str(caught.value.__cause__ or ""), caplog.text):
        assert expired not in shown


def test_token_from_oauth2_token_command(dovecot: Dovecot, introspection: Introspection) -> None:
    account = dovecot.account(credentials=token_command(introspection.token))
    asked: list[str] = []

    def secret() -> Secret:
        value = obtain(account)
        asked.append(value.kind)
        return value

    with log_in(ImapMailbox(account, secret)) as box:
        assert box.find_folders().drafts == "Drafts"
    assert set(asked) == {"oauth2"}  # asked afresh for each try
    assert distinct(introspection.tokens_seen()) == [introspection.token]


def test_a_refreshed_token_is_used_on_the_next_connection(
    dovecot: Dovecot, introspection: Introspection, tmp_path: Path
) -> None:
    # What pizauth or oama do: the command prints whatever token is current.
    current = tmp_path / "token"
    current.write_text(introspection.token + "\n")
    account = dovecot.account(
        credentials=Credentials(oauth2_token_command=f"cat {shlex.quote(str(current))}")
    )
    box = ImapMailbox(account, lambda: obtain(account))
    log_in(box)
    box.close()
    first = introspection.token
    introspection.token = new_token()  # the old one expires...
    current.write_text(introspection.token + "\n")  # ...and the helper has the new one
    log_in(box)
    try:
        assert box.find_folders().inbox == "INBOX"
    finally:
        box.close()
    assert distinct(introspection.tokens_seen()) == [first, introspection.token]


def test_a_token_is_good_only_for_its_own_user(
    dovecot: Dovecot, introspection: Introspection
) -> None:
    dovecot.add_user("eve", "eve's password")
    account = dovecot.account(username="eve", credentials=token_command(introspection.token))
    box = ImapMailbox(account, lambda: Secret("oauth2", introspection.token))
    with pytest.raises(LoginFailed, match="eve"):
        box.connect()
    assert introspection.tokens_seen() == [introspection.token]
