"""Obtain an account's password or OAuth2 token the way its config says: command, file, keyring.

The value lives only in a Secret, whose repr never shows it; errors say what to do, never what
the command printed.
"""

from __future__ import annotations

import importlib
import logging
import os
import shlex
import signal
import stat
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from followup import logs
from followup.config import Account

__all__ = ["KEYRING_SERVICE", "Secret", "SecretError", "obtain", "secret_source"]

log = logging.getLogger(__name__)

KEYRING_SERVICE = "followup"
_STDERR_LIMIT = 200


@dataclass(frozen=True)
class Secret:
    """A password or token; printing or logging it shows only its kind."""

    kind: Literal["password", "oauth2"]
    value: str = field(repr=False)

    def __repr__(self) -> str:
        return f"Secret({self.kind}, ****)"

    __str__ = __repr__


class SecretError(Exception):
    """The secret could not be obtained; the message names the account and what to do."""

    def __init__(self, account: str, message: str) -> None:
        self.account = account
        super().__init__(f"account {account!r}: {message}")


def secret_source(account: Account) -> Callable[[], Secret]:
    """Obtains the secret afresh on every connection (tokens expire; passwords change), and
    registers it with the log filter before anything could log it."""

    def get() -> Secret:
        secret = obtain(account)
        logs.hide(secret.value)
        return secret

    return get


def obtain(account: Account, *, timeout: float = 30) -> Secret:
    """Run the command, read the file or ask the keyring, as the account's credentials say."""
    credentials = account.credentials
    sources = credentials.sources()
    if len(sources) != 1:
        found = ", ".join(sources) or "none"
        raise SecretError(
            account.name,
            "needs exactly one of password_command, password_file, keyring or "
            f"oauth2_token_command (found: {found})",
        )
    if credentials.password_command is not None:
        value = _run(account.name, "password_command", credentials.password_command, timeout)
        return Secret("password", value)
    if credentials.oauth2_token_command is not None:
        value = _run(
            account.name, "oauth2_token_command", credentials.oauth2_token_command, timeout
        )
        return Secret("oauth2", value)
    if credentials.password_file is not None:
        return Secret("password", _read_file(account, credentials.password_file))
    return Secret("password", _from_keyring(account))


def _first_line(text: str) -> str:
    # Like mbsync's PassCmd: the first line, without its line ending; other spaces are kept,
    # since they may be part of the password.
    return text.split("\n", 1)[0].removesuffix("\r")


def _run(account: str, key: str, command: str, timeout: float) -> str:
    """Run `command` through /bin/sh; only its first stdout line ever leaves this function."""
    try:
        # A session of its own, so a timeout kills the whole pipeline (`gpg ... | head`), not
        # only the shell; otherwise a grandchild keeps the pipe open and we wait for it.
        # Bandit B603: the command is the user's own password_command from their config file,
        # run as the user, exactly as mbsync's PassCmd; no mail or network input reaches it.
        process = subprocess.Popen(  # nosec B603
            ["/bin/sh", "-c", command],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
    except OSError as error:
        raise SecretError(
            account, f"cannot start /bin/sh for {key}: {error.strerror or error}"
        ) from None
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        raise SecretError(
            account,
            f"{key} did not finish within {timeout:g} seconds and was stopped; does it wait for "
            "input (a passphrase prompt needs an agent such as gpg-agent, as stdin is closed)?",
        ) from None
    first = _first_line(out.decode("utf-8", "replace"))
    if process.returncode != 0:
        status = process.returncode
        reason = f"exited with status {status}"
        if status == 127:
            reason = "failed: command not found (exit status 127)"
        elif status == 126:
            reason = "failed: command not executable (exit status 126)"
        elif status < 0:
            reason = f"was killed by signal {-status}"
        last = _last_stderr_line(err, first)
        detail = f": {last}" if last else ""
        raise SecretError(
            account, f"{key} {reason}{detail}. Run it in a terminal to see what it needs"
        )
    try:
        value = _first_line(out.decode("utf-8"))
    except UnicodeDecodeError:
        raise SecretError(account, f"{key} printed something that is not UTF-8 text") from None
    if not value:
        raise SecretError(
            account,
            f"{key} printed nothing on its first line: it must print the "
            f"{'token' if key.startswith('oauth2') else 'password'} there",
        )
    return value


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        process.kill()
    process.communicate()  # reap it and close the pipes


def _last_stderr_line(err: bytes, stdout_first: str) -> str:
    """The last non-empty stderr line, shortened, with the would-be secret blanked out.

    stderr may be shown (it explains failures); stdout never is, and a command that echoes
    its output to stderr as well must not leak it through here.
    """
    lines = [line.strip() for line in err.decode("utf-8", "replace").splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return ""
    last = lines[-1]
    if stdout_first.strip():
        last = last.replace(stdout_first.strip(), "****")
    if len(last) > _STDERR_LIMIT:
        last = last[: _STDERR_LIMIT - 1] + "…"
    return last


def _read_file(account: Account, path: Path) -> str:
    candidates = [path]
    name = account.credentials.credential_name or (None if path.is_absolute() else str(path))
    directory = os.environ.get("CREDENTIALS_DIRECTORY")
    if name and directory:
        # systemd LoadCredential=NAME:SOURCE puts the file here, readable only by the service.
        candidates.append(Path(directory) / name)
    found = next((candidate for candidate in candidates if candidate.exists()), None)
    if found is None:
        where = " or ".join(repr(str(candidate)) for candidate in candidates)
        raise SecretError(
            account.name,
            f"password_file {where} does not exist: create it with the password on its first "
            "line (chmod 600), or fix password_file in the config",
        )
    try:
        mode = found.stat().st_mode
        data = found.read_bytes()
    except OSError as error:
        raise SecretError(
            account.name,
            f"cannot read password_file {str(found)!r}: {error.strerror or error}; "
            "check that the daemon's user may read it",
        ) from None
    if mode & (stat.S_IRGRP | stat.S_IROTH):
        log.warning(
            "account %r: password file %s is readable by other users: chmod 600 it",
            account.name,
            found,
        )
    try:
        value = _first_line(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise SecretError(account.name, f"password_file {str(found)!r} is not UTF-8 text") from None
    if not value:
        raise SecretError(
            account.name, f"password_file {str(found)!r} has nothing on its first line"
        )
    return value


def _from_keyring(account: Account) -> str:
    try:
        # Optional: only accounts with `keyring: true` need it installed.
        keyring = importlib.import_module("keyring")
    except ImportError:
        raise SecretError(
            account.name,
            "keyring: true needs the keyring package: pip install keyring "
            "(into the same environment as followup)",
        ) from None
    store = f"keyring set {KEYRING_SERVICE} {shlex.quote(account.username)}"
    try:
        value = keyring.get_password(KEYRING_SERVICE, account.username)
    except Exception as error:  # backends raise their own types (NoKeyringError, DBus, ...)
        raise SecretError(
            account.name,
            f"the system keyring failed ({type(error).__name__}: {error}); check that a "
            f"keyring backend is running, then store the password with: {store}",
        ) from None
    if not value:
        raise SecretError(
            account.name,
            f"no password in the keyring for service {KEYRING_SERVICE!r}, user "
            f"{account.username!r}: store it with: {store}",
        )
    if not isinstance(value, str):
        raise SecretError(account.name, "the keyring returned something that is not text")
    return value  # stored exactly as typed: no line ending to cut off
