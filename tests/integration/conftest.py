"""Fixtures for tests against a real Dovecot on loopback (see dovecot.py), and a real Cyrus
IMAP (see cyrus.py; `@pytest.mark.cyrus(**cyrus.Options)`, same rules when it is missing).

`dovecot` is a fresh server per test (it starts in ~15 ms); choose its configuration with
`@pytest.mark.dovecot(**Options)`, e.g. `@pytest.mark.dovecot(rawlog=True)`.
Without Dovecot the tests skip, except under CI=true, where they fail; a Dovecot other than
2.3 (2.4 changed the configuration syntax) always fails them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import cyrus as cyrus_server
import pytest
from dovecot import Dovecot, DovecotUnavailable, DovecotUnsupported, Options, dovecot_version
from loopback import Tls


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "dovecot(**options): configure the dovecot fixture (dovecot.Options)"
    )
    config.addinivalue_line(
        "markers", "cyrus(**options): configure the cyrus fixture (cyrus.Options)"
    )


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: integration tests must run)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def berlin_user(monkeypatch: pytest.MonkeyPatch) -> None:
    """The user lives in Berlin (the shipped timing rules' "local" zone), and nothing of the
    machine's own followup setup (state dir, rules, config, systemd's notify socket) leaks
    into the test. Use: `pytestmark = pytest.mark.usefixtures("berlin_user")`."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    for name in ("FOLLOWUP_STATE_DIR", "FOLLOWUP_RULES", "NOTIFY_SOCKET", "WATCHDOG_USEC"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent-followup-test")


@pytest.fixture(scope="session")
def dovecot_tls() -> Iterator[Tls]:
    """One throwaway CA and server certificate for the whole session."""
    try:
        dovecot_version()
    except DovecotUnavailable as error:
        _unavailable(str(error))
    except DovecotUnsupported as error:
        pytest.fail(str(error), pytrace=False)
    if shutil.which("openssl") is None:
        _unavailable("openssl is not installed; it makes the test certificates")
    directory = Path(tempfile.mkdtemp(prefix="dct", dir="/tmp"))
    try:
        yield Tls.create(directory)
    finally:
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def dovecot(request: pytest.FixtureRequest, dovecot_tls: Tls) -> Iterator[Dovecot]:
    """A running Dovecot with user `dana`, killed (with its children) after the test."""
    marker = request.node.get_closest_marker("dovecot")
    options = Options(**marker.kwargs) if marker else Options()
    server = Dovecot(dovecot_tls, options)
    try:
        server.start()
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def cyrus_tls() -> Iterator[Tls]:
    """A throwaway CA and server certificate for the Cyrus servers of the session."""
    try:
        cyrus_server.check_installed()
    except cyrus_server.CyrusUnavailable as error:
        _unavailable(str(error))
    if shutil.which("openssl") is None:
        _unavailable("openssl is not installed; it makes the test certificates")
    directory = Path(tempfile.mkdtemp(prefix="cyt", dir="/tmp"))
    try:
        yield Tls.create(directory)
    finally:
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def cyrus(request: pytest.FixtureRequest, cyrus_tls: Tls) -> Iterator[cyrus_server.Cyrus]:
    """A running Cyrus IMAP with user `dana` (INBOX, INBOX.Drafts, INBOX.Sent), killed with
    its children after the test."""
    marker = request.node.get_closest_marker("cyrus")
    options = cyrus_server.Options(**marker.kwargs) if marker else cyrus_server.Options()
    server = cyrus_server.Cyrus(cyrus_tls, options)
    try:
        server.start()
        yield server
    finally:
        server.close()
