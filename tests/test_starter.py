"""`followup init` without a server: host guesses, questions and flags, the file it writes.
(Connecting, logging in and finding folders: tests/integration/test_init.py, on Dovecot.)"""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest
from followup import starter
from followup.cli import main
from followup.config import Security, load_config


@pytest.mark.parametrize(
    ("email", "host"),
    [
        ("dana@gmail.com", "imap.gmail.com"),
        ("dana@outlook.com", "outlook.office365.com"),
        ("dana@fastmail.com", "imap.fastmail.com"),
        ("dana@icloud.com", "imap.mail.me.com"),
        ("dana@gmx.de", "imap.gmx.net"),
        ("dana@posteo.de", "posteo.de"),
        ("dana@mailbox.org", "imap.mailbox.org"),
        ("dana@Example.ORG", "imap.example.org"),
        ("jürgen@bücher.example", "imap.bücher.example"),
    ],
)
def test_the_host_is_guessed_from_the_address(email: str, host: str) -> None:
    assert starter.guess_host(email)[0] == host


def test_gmail_and_microsoft_say_how_their_passwords_work() -> None:
    assert "app password" in starter.guess_host("x@gmail.com")[1]
    assert "OAuth2" in starter.guess_host("x@hotmail.com")[1]


def test_name_from_email() -> None:
    assert starter.name_from_email("dana.whitfield@example.org") == "Dana Whitfield"
    assert starter.name_from_email("d_whitfield+jobs@example.org") == "D Whitfield Jobs"


def test_questions_are_asked_only_for_what_flags_left_open() -> None:
    asked: list[str] = []
    replies = iter(["dana.whitfield@posteo.de", "", "1", "pass show posteo", "", "I ship."])

    def ask(prompt: str, default: str) -> str:
        asked.append(prompt)
        return next(replies)

    said: list[str] = []
    answers = starter.gather({}, ask, said.append)
    assert answers.email == "dana.whitfield@posteo.de" and answers.host == "posteo.de"
    assert answers.credentials.password_command == "pass show posteo"
    assert answers.name == "Dana Whitfield" and answers.pitch == "I ship."
    assert len(asked) == 6 and any("never stored" in line for line in said)
    confirmed: list[str] = []
    flagged = starter.gather(
        {"email": "a@b.example", "keyring": "yes", "name": "A", "pitch": ""},
        lambda prompt, default: confirmed.append(prompt) or "",
        said.append,
    )
    assert confirmed == ["IMAP server"]  # the guess, confirmed with Enter
    assert flagged.credentials.keyring and flagged.host == "imap.b.example"


def test_without_a_terminal_a_missing_answer_names_its_flag() -> None:
    with pytest.raises(starter.InitError, match="--email"):
        starter.gather({}, None, print)
    with pytest.raises(starter.InitError, match="--password-command"):
        starter.gather({"email": "a@b.example"}, None, print)
    with pytest.raises(starter.InitError, match="not an email address"):
        starter.gather({"email": "dana"}, None, print)


def answers(**changes: object) -> starter.Answers:
    base = starter.gather(
        {"email": "dana@example.org", "password_command": "pass show mail", "name": "Dana W"},
        None,
        print,
    )
    return starter.Answers(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def test_the_written_config_loads_and_keeps_no_password(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "config.yaml"
    learned = starter.Learned(Security.STARTTLS, 143, "TLSv1.3", "INBOX", "Sent", "Entwürfe")
    text = starter.config_text(answers(pitch='I say "yes": often'), learned)
    starter.write_config(path, text, force=False)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    config = load_config(path)
    account = config.accounts[0]
    assert (account.imap.host, account.imap.port, account.imap.security) == (
        "imap.example.org",
        143,
        Security.STARTTLS,
    )
    assert account.credentials.password_command == "pass show mail"
    assert (account.folders.sent, account.folders.drafts) == ("Sent", "Entwürfe")
    assert config.profile.pitch == 'I say "yes": often' and config.profile.name == "Dana W"
    assert "# password_file:" in text and "# keyring:" in text  # the other ways, taught


def test_an_existing_config_is_kept_without_force(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("mine\n")
    with pytest.raises(starter.InitError, match="--force"):
        starter.write_config(path, "new\n", force=False)
    assert path.read_text() == "mine\n"
    starter.write_config(path, "new\n", force=True)
    assert path.read_text() == "new\n"


def test_init_through_the_cli_without_connecting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.yaml"
    argv = ["init", "--config", str(path), "--email", "dana@fastmail.com", "--yes",
            "--password-command", "pass show fastmail", "--no-connect"]  # fmt: skip
    out = io.StringIO()
    assert main(argv, out=out) == 0
    assert "Fastmail needs an app password" in out.getvalue()
    assert "followup check" in out.getvalue()
    assert load_config(path).accounts[0].imap.host == "imap.fastmail.com"
    assert main(argv, out=io.StringIO()) == 1
    assert "exists already" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:  # two ways to the password: a usage error
        main([*argv, "--keyring"], out=io.StringIO())
    assert usage.value.code == 2
