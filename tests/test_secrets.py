"""Secrets: commands through the real /bin/sh, files, the keyring; the value never shows."""

from __future__ import annotations

import logging
import sys
import time
import types
from pathlib import Path

import pytest
from followup.config import Account, Credentials, Server
from followup.secrets import Secret, SecretError, obtain

SECRET = "s3cret-Value"


def account(name: str = "personal", username: str = "dana@example.org", **how: object) -> Account:
    return Account(
        name=name,
        imap=Server(host="imap.example.org", port=993),
        username=username,
        credentials=Credentials(**how),  # type: ignore[arg-type]
    )


def failure(acct: Account, *, timeout: float = 30) -> str:
    with pytest.raises(SecretError) as caught:
        obtain(acct, timeout=timeout)
    message = str(caught.value)
    assert message.startswith(f"account {acct.name!r}: ")
    assert caught.value.account == acct.name
    assert SECRET not in message and SECRET not in repr(caught.value)
    return message


# -- commands -------------------------------------------------------------------------------------


def test_password_command_first_line_only() -> None:
    secret = obtain(account(password_command=f"printf '{SECRET}\\nextra'"))
    assert secret == Secret("password", SECRET)


def test_oauth2_token_command() -> None:
    secret = obtain(account(oauth2_token_command=f"printf '{SECRET}\\r\\n'"))
    assert (secret.kind, secret.value) == ("oauth2", SECRET)


def test_spaces_inside_and_around_the_password_are_kept() -> None:
    assert obtain(account(password_command="printf ' a b \\n'")).value == " a b "


def test_the_command_runs_in_a_shell_with_stdin_closed() -> None:
    # A pipeline needs /bin/sh; `cat` reads stdin, which must be empty, not the terminal.
    secret = obtain(account(password_command=f"cat; echo {SECRET} | tr a-z A-Z"))
    assert secret.value == SECRET.upper()


def test_failing_command_shows_status_and_last_stderr_line_never_stdout() -> None:
    message = failure(
        account(
            password_command=f"echo {SECRET}; echo first >&2; "
            "echo 'gpg: decryption failed' >&2; exit 3"
        )
    )
    assert "password_command exited with status 3: gpg: decryption failed" in message
    assert "first" not in message


def test_stderr_that_repeats_stdout_is_blanked() -> None:
    message = failure(account(password_command=f"echo {SECRET}; echo got {SECRET} >&2; exit 1"))
    assert "got ****" in message


def test_long_stderr_is_cut_to_200_characters() -> None:
    message = failure(account(password_command="printf '%0500d\\n' 0 >&2; exit 1"))
    tail = message.split("status 1: ", 1)[1].split(". Run it", 1)[0]
    assert len(tail) == 200 and tail.endswith("…")


def test_command_not_found() -> None:
    message = failure(account(password_command="no-such-password-tool --get mail"))
    assert "command not found (exit status 127)" in message
    assert "no-such-password-tool" in message  # from the shell's stderr line


def test_empty_output() -> None:
    message = failure(account(oauth2_token_command="printf '\\nsecond line'"))
    assert "oauth2_token_command printed nothing on its first line" in message
    assert "token" in message


def test_timeout_stops_the_whole_pipeline() -> None:
    started = time.monotonic()
    # The sleeping grandchild would keep stdout open if only the shell were killed.
    message = failure(account(password_command="sleep 30 | cat; echo late"), timeout=0.5)
    assert time.monotonic() - started < 10
    assert "did not finish within 0.5 seconds" in message


# -- files ----------------------------------------------------------------------------------------


def test_password_file_first_line(tmp_path: Path) -> None:
    path = tmp_path / "pw"
    path.write_text(f"{SECRET}\nrest\n")
    path.chmod(0o600)
    assert obtain(account(password_file=path)) == Secret("password", SECRET)


def test_password_file_readable_by_others_is_warned_about_without_the_secret(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "pw"
    path.write_text(SECRET)
    path.chmod(0o644)
    with caplog.at_level(logging.WARNING, logger="followup.secrets"):
        assert obtain(account(password_file=path)).value == SECRET
    assert "readable by other users" in caplog.text and "chmod 600" in caplog.text
    assert SECRET not in caplog.text


def test_password_file_found_in_credentials_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    creds = tmp_path / "credentials"
    creds.mkdir()
    (creds / "personal.password").write_text(SECRET + "\n")
    (creds / "personal.password").chmod(0o400)
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(creds))
    # As load_config leaves it: resolved next to the config, the bare name kept.
    configured = account(
        password_file=tmp_path / "etc" / "personal.password", credential_name="personal.password"
    )
    assert obtain(configured).value == SECRET
    # A relative path built by hand is looked up there too.
    monkeypatch.chdir(tmp_path)
    assert obtain(account(password_file=Path("personal.password"))).value == SECRET


def test_a_file_next_to_the_config_wins_over_the_credentials_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    creds = tmp_path / "credentials"
    creds.mkdir()
    (creds / "pw").write_text("from-systemd")
    (tmp_path / "pw").write_text("from-config-dir")
    (tmp_path / "pw").chmod(0o600)
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(creds))
    assert obtain(account(password_file=tmp_path / "pw", credential_name="pw")).value == (
        "from-config-dir"
    )


def test_missing_password_file_names_every_place_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path / "credentials"))
    message = failure(account(password_file=tmp_path / "pw", credential_name="pw"))
    assert str(tmp_path / "pw") in message and str(tmp_path / "credentials" / "pw") in message
    assert "does not exist" in message
    monkeypatch.delenv("CREDENTIALS_DIRECTORY")
    alone = failure(account(password_file=tmp_path / "pw", credential_name="pw"))
    assert str(tmp_path / "credentials") not in alone


def test_unreadable_or_empty_password_file(tmp_path: Path) -> None:
    directory = tmp_path / "a-directory"
    directory.mkdir()
    assert "cannot read password_file" in failure(account(password_file=directory))
    empty = tmp_path / "empty"
    empty.write_text("\n" + SECRET)
    empty.chmod(0o600)
    assert "nothing on its first line" in failure(account(password_file=empty))


# -- keyring --------------------------------------------------------------------------------------


def fake_keyring(monkeypatch: pytest.MonkeyPatch, stored: dict[tuple[str, str], str]) -> None:
    module = types.ModuleType("keyring")
    module.get_password = lambda service, user: stored.get((service, user))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", module)


def test_keyring_service_followup_user_username(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_keyring(monkeypatch, {("followup", "dana@example.org"): SECRET})
    assert obtain(account(keyring=True)) == Secret("password", SECRET)


def test_keyring_without_an_entry_says_how_to_store_it(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_keyring(monkeypatch, {})
    message = failure(account(keyring=True, username="dana smith"))
    assert "keyring set followup 'dana smith'" in message


def test_keyring_backend_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("keyring")

    def broken(service: str, user: str) -> str:
        raise RuntimeError("No recommended backend was available")

    module.get_password = broken  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", module)
    message = failure(account(keyring=True))
    assert "No recommended backend" in message and "keyring set followup" in message


def test_keyring_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # makes `import keyring` fail
    assert "pip install keyring" in failure(account(keyring=True))


# -- the value never shows ------------------------------------------------------------------------


def test_secret_never_shows_its_value() -> None:
    secret = Secret("password", SECRET)
    for shown in (repr(secret), str(secret), f"{secret}", f"{secret!r}", repr([secret])):
        assert SECRET not in shown
    assert repr(secret) == "Secret(password, ****)"
    assert secret.value == SECRET


def test_no_error_message_contains_the_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret_file = tmp_path / "pw"
    secret_file.write_bytes(b"\xff" + SECRET.encode())
    cases = [
        account(password_command=f"echo {SECRET}; exit 1"),
        account(password_command=f"echo {SECRET}; echo {SECRET} >&2; exit 2"),
        account(password_command=f"echo {SECRET}; sleep 5"),
        account(password_command=f"printf '\\377{SECRET}'"),
        account(password_file=secret_file),
        account(),
        account(password_command="x", keyring=True),
    ]
    fake_keyring(monkeypatch, {})
    cases.append(account(keyring=True, username="u"))
    for case in cases:
        failure(case, timeout=0.5)  # asserts the secret is absent from str() and repr()
