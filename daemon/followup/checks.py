"""`followup check`: prove that config, rules, state, login, TLS and folders are fine.

Each check yields a line: ✓ with what was found, or ✗ with what is wrong and what to do.
Nothing is written to the mailbox and nothing is sent.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from followup import paths
from followup.config import Account, Config, ConfigError, Security, load_config
from followup.imap import ImapMailbox, MailboxError
from followup.paths import rules_root
from followup.runtime import load_runtime, news_words, template_problems
from followup.secrets import Secret, SecretError, obtain
from followup.templates import TemplateError
from followup.yamlfile import YamlError


@dataclass(frozen=True)
class Check:
    ok: bool
    what: str
    detail: str
    advice: str = ""
    warning: bool = False  # ok, but worth knowing (e.g. polling instead of IDLE)

    def line(self) -> str:
        mark = "!" if self.warning else ("✓" if self.ok else "✗")
        text = f"{mark} {self.what}: {self.detail}"
        return text + (f"\n    → {self.advice}" if self.advice else "")


def run_checks(
    config_file: Path,
    state_dir: str | None,
    account_name: str | None,
    secret_for: Callable[[Account], Secret] = obtain,
) -> Iterator[Check]:
    """Every check in order; later checks that need an earlier one's result are skipped."""
    try:
        config = load_config(config_file)
    except (ConfigError, YamlError, OSError) as error:
        yield Check(False, "config", str(error), "fix the line shown, then run `followup check`")
        return
    yield Check(True, "config", str(config_file))
    for warning in config.warnings:
        yield Check(True, "config", warning, warning=True)
    yield from _rules(config)
    yield _state(config, state_dir)
    for account in config.accounts:
        if account_name and account.name != account_name:
            continue
        yield from _account(account, secret_for)
    if config.smtp is not None:
        yield _smtp(config)


def _smtp(config: Config) -> Check:
    """Log in to the SMTP server the notices go through, sending nothing."""
    from followup.notify import Notifier, NotifyError

    assert config.smtp is not None
    try:
        notifier = Notifier.build(config.smtp, config.accounts)
        said = notifier.verify()
    except NotifyError as error:
        return Check(
            False,
            "smtp",
            str(error),
            "fix the smtp section (or remove it: notices then go into your INBOX)",
        )
    return Check(True, "smtp", said or f"notices can be sent through {notifier.where}")


def _rules(config: Config) -> Iterator[Check]:
    root = rules_root(config)
    try:
        runtime = load_runtime(root, "check", config.profile.addresses)
        news_words(root)
    except (YamlError, TemplateError, ValueError, OSError) as error:
        yield Check(False, "rules", str(error), "fix the file shown; the shipped rules still work")
        return
    problems = template_problems(runtime.templates)  # a misspelt variable, as a reload sees it
    if problems:
        more = f" (and {len(problems) - 1} more: followup rules validate)" if problems[1:] else ""
        yield Check(False, "rules", problems[0] + more, "fix the template shown")
        return
    count = len(runtime.settings.rules.rules)
    yield Check(
        True,
        "rules",
        f"{root}: {count} classification rules, timing in zone "
        f"{runtime.policy.calendar.zone}, templates {', '.join(runtime.templates.names)}",
    )


def _state(config: Config, flag: str | None) -> Check:
    directory = paths.state_dir_for(flag, config)
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".check-"):
            pass
    except OSError as error:
        return Check(
            False,
            "state",
            f"{directory} is not writable ({error.strerror})",
            "set state_dir in the config to a directory you own",
        )
    return Check(True, "state", str(directory / paths.DATABASE_NAME))


def _account(account: Account, secret_for: Callable[[Account], Secret]) -> Iterator[Check]:
    label = f"account {account.name}"
    if account.maildir is not None:
        yield from _maildir(account)
        return
    try:
        secret = secret_for(account)
    except SecretError as error:
        yield Check(False, f"{label} secret", str(error), "test the command in a shell")
        return
    source = account.credentials.source() or "credentials"
    yield Check(True, f"{label} secret", f"{secret.kind} from {source}")
    server = f"{account.imap.host}:{account.imap.port}"
    mailbox = ImapMailbox(account, lambda: secret)
    try:
        mailbox.connect()
    except MailboxError as error:
        yield Check(False, f"{label} login", str(error))
        return
    try:
        yield Check(True, f"{label} login", f"{account.username} at {server}")
        yield _tls(account, mailbox)
        try:
            folders = mailbox.find_folders()
        except MailboxError as error:
            yield Check(False, f"{label} folders", str(error))
        else:
            sent = folders.sent or "none found (your replies are not seen; set folders.sent)"
            yield Check(
                True,
                f"{label} folders",
                f"inbox {folders.inbox}, sent {sent}, drafts {folders.drafts}",
                warning=folders.sent is None,
            )
        if mailbox.supports_idle:
            yield Check(True, f"{label} push", "IDLE: new mail is noticed as it arrives")
        else:
            yield Check(
                True,
                f"{label} push",
                "the server has no IDLE: new mail is noticed by polling every minute",
                warning=True,
            )
    finally:
        mailbox.close()


def _maildir(account: Account) -> Iterator[Check]:
    """A Maildir account: the tree, its folders, a Drafts folder this user may write to, and
    how new mail is noticed. Reads directory listings only; nothing is written."""
    from followup.maildir import MaildirMailbox

    label = f"account {account.name}"
    assert account.maildir is not None
    # The UID maps are not touched here: find_folders only lists directories.
    mailbox = MaildirMailbox(account, Path(tempfile.gettempdir()))
    try:
        mailbox.connect()
        folders = mailbox.find_folders()
    except MailboxError as error:
        yield Check(False, f"{label} maildir", str(error))
        return
    tree = mailbox.tree
    assert tree is not None
    yield Check(
        True,
        f"{label} maildir",
        f"{tree.root} ({tree.layout.value} layout, {len(tree.folders)} folders)",
    )
    sent = folders.sent or "none found (your replies are not seen; set folders.sent)"
    yield Check(
        True,
        f"{label} folders",
        f"inbox {folders.inbox}, sent {sent}, drafts {folders.drafts}",
        warning=folders.sent is None,
    )
    drafts = mailbox.folder_dir(folders.drafts)
    inbox = mailbox.folder_dir(folders.inbox)
    closed = [
        str(d)
        for d in (drafts / "tmp", drafts / "cur", inbox / "tmp", inbox / "new")
        if not os.access(d, os.W_OK | os.X_OK)
    ]
    if closed:
        yield Check(
            False,
            f"{label} writable",
            f"cannot write to {', '.join(closed)}",
            "drafts go to Drafts and notices to INBOX: give this user write access",
        )
    else:
        yield Check(True, f"{label} writable", f"drafts can be written to {drafts}")
    from watchdog.observers import Observer

    kind = getattr(Observer, "__name__", "").removesuffix("Observer").lower() or "file-system"
    if kind == "polling":
        yield Check(
            True,
            f"{label} push",
            "no file-system events here: new mail is noticed by polling",
            warning=True,
        )
    else:
        yield Check(
            True, f"{label} push", f"file-system events ({kind}): new mail is noticed at once"
        )


def _tls(account: Account, mailbox: ImapMailbox) -> Check:
    label = f"account {account.name} TLS"
    if account.imap.security == Security.INSECURE:
        return Check(
            True,
            label,
            "OFF (security: insecure): the password crosses the network in the clear",
            "use security: tls or starttls unless this server is on the same machine",
            warning=True,
        )
    version = mailbox.tls_version or "on"
    trust = (
        f"certificate checked against {account.ca_file}"
        if account.ca_file
        else ("certificate checked against the system's trusted authorities")
    )
    mode = "implicit TLS" if account.imap.security == Security.TLS else "STARTTLS"
    return Check(True, label, f"{mode}, {version}, {trust}")


def exit_status(checks: list[Check]) -> int:
    return 0 if all(c.ok for c in checks) else 1
