"""Maildir accounts in the config, `followup check` on them, and backends.py choosing the
mailbox and the watcher by the account's kind (over real temporary Maildirs)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from followup.backends import open_mailbox, start_watcher
from followup.checks import run_checks
from followup.config import ConfigError, MaildirLayout, load_config
from followup.imap import FolderMissing
from followup.maildir import MaildirMailbox

PROFILE = "profile:\n  name: Dana Whitfield\n  email: dana@example.org\n"


def make_tree(root: Path, *folders: str) -> Path:
    for folder in folders:
        for sub in ("cur", "new", "tmp"):
            (root / folder / sub).mkdir(parents=True, exist_ok=True)
    return root


def write_config(tmp_path: Path, account: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text("accounts:\n" + account + PROFILE + f"state_dir: {tmp_path / 'state'}\n")
    return path


def no_secret(_account: object) -> object:
    raise AssertionError("a Maildir account needs no secret")


def test_a_maildir_account_needs_no_credentials(tmp_path: Path) -> None:
    make_tree(tmp_path / "Mail", "INBOX", "Sent", "Drafts")
    config = load_config(
        write_config(tmp_path, "  - name: work\n    maildir: {path: Mail, layout: plain}\n")
    )
    [account] = config.accounts
    assert account.kind == "maildir"
    assert account.maildir is not None
    assert account.maildir.path == tmp_path / "Mail"  # relative to the config file
    assert account.maildir.layout is MaildirLayout.PLAIN


def test_the_short_form_and_the_default_layout(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, "  - name: work\n    maildir: ~/Mail/work\n"))
    assert config.accounts[0].maildir is not None
    assert config.accounts[0].maildir.path == Path("~/Mail/work").expanduser()
    assert config.accounts[0].maildir.layout is MaildirLayout.AUTO


@pytest.mark.parametrize(
    ("account", "where", "words"),
    [
        (
            "  - name: work\n    maildir: {path: Mail, layout: mh}\n",
            ":3:35:",
            "'layout' must be one of auto | maildir++ | plain",
        ),
        (
            "  - name: work\n    maildir: {path: Mail}\n    imap: {host: x}\n",
            ":4:5:",
            "either an IMAP server",
        ),
        (
            "  - name: work\n    maildir: {path: Mail}\n    username: dana\n",
            ":4:5:",
            "'username' is for IMAP accounts",
        ),
        ("  - name: work\n    maildir: {layout: plain}\n", ":3:14:", "path"),
    ],
)
def test_mistakes_name_the_line_and_column(
    tmp_path: Path, account: str, where: str, words: str
) -> None:
    with pytest.raises(ConfigError) as error:
        load_config(write_config(tmp_path, account))
    text = str(error.value)
    assert where in text and words in text, text


def test_a_file_where_the_tree_should_be(tmp_path: Path) -> None:
    (tmp_path / "Mail").write_text("not a directory")
    with pytest.raises(ConfigError, match=r":3:21: .*is a file"):
        load_config(write_config(tmp_path, "  - name: work\n    maildir: {path: Mail}\n"))


def test_open_mailbox_gives_a_connected_maildir_and_needs_no_secret(tmp_path: Path) -> None:
    make_tree(tmp_path / "Mail", "INBOX", "Sent", "Drafts")
    config = load_config(write_config(tmp_path, "  - name: work\n    maildir: Mail\n"))
    mailbox = open_mailbox(config.accounts[0], no_secret, tmp_path / "state")  # type: ignore[arg-type]
    assert isinstance(mailbox, MaildirMailbox)
    assert mailbox.find_folders().drafts == "Drafts"
    mailbox.close()


def test_open_mailbox_on_a_missing_tree_is_folder_missing(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, "  - name: work\n    maildir: Nowhere\n"))
    with pytest.raises(FolderMissing, match="Nowhere"):
        open_mailbox(config.accounts[0], no_secret, tmp_path / "state")  # type: ignore[arg-type]


def test_start_watcher_watches_the_maildir_folder(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "Mail", "INBOX", "Sent", "Drafts")
    config = load_config(write_config(tmp_path, "  - name: work\n    maildir: Mail\n"))
    woken: list[str] = []
    event = threading.Event()

    def wake(folder: str) -> None:
        woken.append(folder)
        event.set()

    watcher = start_watcher(config.accounts[0], "Sent", wake, no_secret)  # type: ignore[arg-type]
    try:
        assert event.wait(15)
        event.clear()
        (root / "Sent" / "new" / "1.M1.host").write_bytes(b"Subject: x\n\nhi\n")
        assert event.wait(15)
        assert set(woken) == {"Sent"}
    finally:
        watcher.stop()
    # A folder that is gone is logged, not raised: the cycle reports it.
    start_watcher(config.accounts[0], "Gone", wake, no_secret).stop()  # type: ignore[arg-type]


def test_check_on_a_maildir_account(tmp_path: Path) -> None:
    make_tree(tmp_path / "Mail", ".", ".Sent", ".Drafts")
    config = write_config(tmp_path, "  - name: work\n    maildir: Mail\n")
    lines = [c.line() for c in run_checks(config, None, None, no_secret)]  # type: ignore[arg-type]
    text = "\n".join(lines)
    assert "✓ account work maildir:" in text and "maildir++ layout, 3 folders" in text
    assert "✓ account work folders: inbox INBOX, sent Sent, drafts Drafts" in text
    assert "✓ account work writable" in text
    assert "account work push" in text
    assert "secret" not in text and "login" not in text


def test_check_says_what_is_wrong_with_a_maildir_account(tmp_path: Path) -> None:
    make_tree(tmp_path / "Mail", "INBOX")
    config = write_config(tmp_path, "  - name: work\n    maildir: Mail\n")
    lines = [c.line() for c in run_checks(config, None, None, no_secret)]  # type: ignore[arg-type]
    [maildir] = [line for line in lines if "account work" in line]
    assert maildir.startswith("✗ account work maildir:") and "folders.drafts" in maildir


def test_run_once_on_a_maildir_account_writes_the_draft_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`followup run --once --as-of ...` through the command line, on a Maildir account."""
    import io

    monkeypatch.setenv("TZ", "Europe/Berlin")
    for name in ("FOLLOWUP_STATE_DIR", "FOLLOWUP_RULES", "STATE_DIRECTORY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config-home"))

    from followup.cli import main
    from followup.demo_story import acme_confirmation

    root = make_tree(tmp_path / "Mail", "INBOX", "Sent", "Drafts")
    delivery = acme_confirmation()
    (root / "INBOX" / "new" / "1.M1.host").write_bytes(delivery.raw)
    config = write_config(tmp_path, "  - name: work\n    maildir: Mail\n")
    args = ["--config", str(config), "run", "--once", "--allow-future", "--as-of"]
    out = io.StringIO()
    assert main([*args, "2026-03-03T12:00+01:00"], out=out) == 0, out.getvalue()
    assert "1 new message(s)" in out.getvalue()
    assert main([*args, "2026-03-04T14:00+01:00"], out=io.StringIO()) == 0
    [draft] = list((root / "Drafts" / "cur").iterdir())
    assert draft.name.endswith(":2,DS")
    assert b"In-Reply-To: <confirm-7731@acme-robotics.example>" in draft.read_bytes()
    assert (tmp_path / "state" / "maildir-uids").is_dir()  # the UID maps beside the database
