"""`followup init` against a real Dovecot: it learns the security mode, logs in, finds the
folders, and writes a config that loads and passes `followup check`."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest
from dovecot import Dovecot
from followup.cli import main
from followup.config import Security, load_config
from loopback import free_port

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("berlin_user")]


def init(
    dovecot: Dovecot, config: Path, *extra: str, tls_port: int | None = None
) -> tuple[int, str]:
    out = io.StringIO()
    argv = [
        "--state-dir", str(config.parent / "state"), "init", "--config", str(config),
        "--email", "dana@example.org", "--host", dovecot.host, "--username", dovecot.user,
        "--password-file", str(dovecot.password_file), "--ca-file", str(dovecot.ca_file),
        "--tls-port", str(tls_port or dovecot.imaps_port),
        "--starttls-port", str(dovecot.imap_port), "--name", "Dana Whitfield", "--yes", *extra,
    ]  # fmt: skip
    return main(argv, out=out), out.getvalue()


def check(config: Path) -> tuple[int, str]:
    out = io.StringIO()
    code = main(
        ["--state-dir", str(config.parent / "state"), "--config", str(config), "check"], out=out
    )
    return code, out.getvalue()


def test_init_learns_implicit_tls_logs_in_and_finds_the_folders(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    config = tmp_path / "followup" / "config.yaml"
    code, out = init(dovecot, config)
    assert code == 0, out
    assert "implicit TLS" in out and "logged in" in out and "drafts Drafts" in out
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    account = load_config(config).accounts[0]
    assert (account.imap.security, account.imap.port) == (Security.TLS, dovecot.imaps_port)
    assert (account.folders.sent, account.folders.drafts) == ("Sent", "Drafts")
    assert dovecot.password not in config.read_text()  # where to get it, never the password
    code, out = check(config)
    assert code == 0, out
    assert "✓ account personal login" in out


def test_init_falls_back_to_starttls_when_no_implicit_tls_port_answers(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    config = tmp_path / "config.yaml"
    code, out = init(dovecot, config, tls_port=free_port())
    assert code == 0, out
    assert "STARTTLS" in out
    account = load_config(config).accounts[0]
    assert (account.imap.security, account.imap.port) == (Security.STARTTLS, dovecot.imap_port)
    assert check(config)[0] == 0


@pytest.mark.dovecot(tls=False, plaintext_auth=True)
def test_init_never_falls_back_to_plaintext(
    dovecot: Dovecot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.yaml"
    code, _ = init(dovecot, config, tls_port=free_port())
    assert code == 1
    err = capsys.readouterr().err
    assert "could not connect with TLS" in err and "Plaintext IMAP is never tried" in err
    assert not config.exists()


def test_a_refused_login_writes_nothing_and_says_so(
    dovecot: Dovecot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "wrong"
    wrong.write_text("not the password\n")
    wrong.chmod(0o600)
    config = tmp_path / "config.yaml"
    code, _ = init(dovecot, config, "--password-file", str(wrong))
    assert code == 1
    err = capsys.readouterr().err
    assert "works, but the login was refused" in err and "not the password" not in err
    assert not config.exists()


def test_an_untrusted_certificate_is_reported_not_bypassed(
    dovecot: Dovecot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.yaml"
    out = io.StringIO()
    argv = [
        "init", "--config", str(config), "--email", "dana@example.org", "--host", dovecot.host,
        "--username", dovecot.user, "--password-file", str(dovecot.password_file),
        "--tls-port", str(dovecot.imaps_port), "--starttls-port", str(dovecot.imap_port),
        "--name", "Dana", "--yes",
    ]  # fmt: skip
    assert main(argv, out=out) == 1
    assert "ca_file" in capsys.readouterr().err
    assert not config.exists()
