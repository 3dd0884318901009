"""`followup init`: a commented starter config, with what can be found out found out.

Guesses the IMAP host from the address, learns the security mode by connecting (implicit TLS,
then STARTTLS; never plaintext), checks the login and finds the folders, then writes the file.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from followup.config import Account, Credentials, FolderNames, Security, Server
from followup.imap import ImapMailbox, LoginFailed, MailboxError, TlsFailed
from followup.secrets import Secret, SecretError, obtain

# Well-known providers: address domain -> (IMAP host, what to know about the password).
PROVIDERS: dict[str, tuple[str, str]] = {}
_GOOGLE = ("imap.gmail.com", "Gmail takes an app password (with 2-step verification on) or an "
           "OAuth2 token (--oauth2-token-command, e.g. `oama access ADDRESS`)")  # fmt: skip
_MICROSOFT = ("outlook.office365.com", "Microsoft ended plain passwords for IMAP: use an OAuth2 "
              "token (--oauth2-token-command, e.g. `oama access ADDRESS`)")  # fmt: skip
_APPLE = ("imap.mail.me.com", "iCloud needs an app-specific password (appleid.apple.com)")
_YAHOO = ("imap.mail.yahoo.com", "Yahoo needs an app password (account security settings)")
for _domains, _entry in (
    (("gmail.com", "googlemail.com"), _GOOGLE),
    (("outlook.com", "hotmail.com", "live.com", "msn.com", "outlook.de", "hotmail.de"), _MICROSOFT),
    (("icloud.com", "me.com", "mac.com"), _APPLE),
    (("yahoo.com", "yahoo.de", "yahoo.co.uk", "yahoo.fr", "ymail.com"), _YAHOO),
    (("fastmail.com", "fastmail.fm"), ("imap.fastmail.com", "Fastmail needs an app password")),
    (("gmx.de", "gmx.net", "gmx.at", "gmx.ch", "gmx.com"), ("imap.gmx.net", "")),
    (("web.de",), ("imap.web.de", "")),
    (("posteo.de", "posteo.net"), ("posteo.de", "")),
    (("mailbox.org",), ("imap.mailbox.org", "")),
    (("aol.com",), ("imap.aol.com", "AOL needs an app password")),
    (("zoho.com", "zohomail.com"), ("imap.zoho.com", "")),
    (("yandex.com", "yandex.ru"), ("imap.yandex.com", "Yandex needs an app password")),
    (("t-online.de",), ("secureimap.t-online.de", "")),
    (("protonmail.com", "proton.me", "pm.me"), ("127.0.0.1", "Proton works through Proton "
     "Mail Bridge on this machine: use the host, port and password the Bridge shows")),
):  # fmt: skip
    for _domain in _domains:
        PROVIDERS[_domain] = _entry

TLS_PORT = 993
STARTTLS_PORT = 143
PROBE_TIMEOUT = 15.0
SECRET_FLAGS = ("password_command", "password_file", "keyring", "oauth2_token_command")


class InitError(Exception):
    """Init cannot go on; the message says what to do."""


@dataclass(frozen=True)
class Answers:
    """Everything the config needs, from flags or questions."""

    email: str
    host: str
    credentials: Credentials
    name: str
    pitch: str = ""
    username: str = ""  # "" = the email address
    account: str = "personal"
    ca_file: Path | None = None
    tls_port: int = TLS_PORT
    starttls_port: int = STARTTLS_PORT
    state_dir: str | None = None
    signature: str = ""


@dataclass(frozen=True)
class Learned:
    """What connecting taught: how the server is secured, and its folders."""

    security: Security
    port: int
    tls_version: str | None = None
    inbox: str = "INBOX"
    sent: str | None = None
    drafts: str | None = None
    notes: tuple[str, ...] = field(default=())


def guess_host(email: str) -> tuple[str, str]:
    """(IMAP host, a note on passwords) for an address: a known provider, else imap.DOMAIN."""
    domain = email.rpartition("@")[2].strip().lower()
    if domain in PROVIDERS:
        return PROVIDERS[domain]
    return f"imap.{domain}", ""


def name_from_email(email: str) -> str:
    """`dana.whitfield@x` → `Dana Whitfield`: a default the user confirms."""
    local = email.partition("@")[0]
    words = [w for w in re.split(r"[._+-]+", local) if w and not w.isdigit()]
    return " ".join(w[:1].upper() + w[1:] for w in words)


def account_for(answers: Answers, security: Security, port: int) -> Account:
    return Account(
        name=answers.account,
        imap=Server(answers.host, port, security),
        username=answers.username or answers.email,
        credentials=answers.credentials,
        ca_file=answers.ca_file,
        folders=FolderNames(),
        timeout_seconds=PROBE_TIMEOUT,
    )


def learn(
    answers: Answers,
    secret_for: Callable[[Account], Secret] = obtain,
    say: Callable[[str], None] = lambda _line: None,
) -> Learned:
    """Connect with implicit TLS, else STARTTLS (never without TLS); log in; find folders.

    Raises InitError when neither mode connects, the certificate is refused, or the login is
    refused (the message says which, and what to do)."""
    try:
        secret = secret_for(account_for(answers, Security.TLS, answers.tls_port))
    except SecretError as error:
        raise InitError(f"{error}. Test the command in a shell, then run init again.") from None
    failures = []
    modes = ((Security.TLS, answers.tls_port), (Security.STARTTLS, answers.starttls_port))
    for security, port in modes:
        account = account_for(answers, security, port)
        mode = "implicit TLS" if security is Security.TLS else "STARTTLS"
        say(f"trying {answers.host}:{port} with {mode} ...")
        mailbox = ImapMailbox(account, lambda: secret)
        try:
            mailbox.connect()
        except LoginFailed as error:
            raise InitError(
                f"{answers.host}:{port} ({mode}) works, but the login was refused: {error}"
            ) from None
        except TlsFailed as error:
            failures.append(f"{mode} on port {port}: {error}")
            if "certificate" in str(error):
                break  # a certificate refused on one port is refused on the other too
            continue
        except MailboxError as error:
            failures.append(f"{mode} on port {port}: {error}")
            continue
        try:
            folders = mailbox.find_folders()
            return Learned(
                security, port, mailbox.tls_version, folders.inbox, folders.sent, folders.drafts
            )
        except MailboxError as error:
            raise InitError(f"logged in, but the folders could not be found: {error}") from None
        finally:
            mailbox.close()
    raise InitError(
        "could not connect with TLS:\n  "
        + "\n  ".join(failures)
        + "\nCheck the host (--host), or give the ports your provider documents "
        "(--tls-port, --starttls-port). Plaintext IMAP is never tried."
    )


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is a subset of it)."""
    return json.dumps(text, ensure_ascii=False)


def _credential_lines(credentials: Credentials) -> list[str]:
    chosen = credentials.source()
    lines = []
    values = {
        "password_command": credentials.password_command,
        "password_file": str(credentials.password_file) if credentials.password_file else None,
        "keyring": "true" if credentials.keyring else None,
        "oauth2_token_command": credentials.oauth2_token_command,
    }
    examples = {
        "password_command": '"pass show mail/you"   # run by /bin/sh; first output line',
        "password_file": "personal.password       # first line of the file; chmod 600 it",
        "keyring": "true                    # keyring set followup YOU@EXAMPLE.ORG",
        "oauth2_token_command": '"oama access YOU@EXAMPLE.ORG"  # an XOAUTH2 access token',
    }
    for key in SECRET_FLAGS:
        value = values[key]
        if key == chosen and value is not None:
            shown = value if key == "keyring" else _q(value)
            lines.append(f"    {key}: {shown}")
        else:
            lines.append(f"    # {key}: {examples[key]}")
    return lines


def config_text(answers: Answers, learned: Learned | None) -> str:
    """The starter config: what was learned, and comments that teach the rest."""
    security = learned.security if learned else Security.TLS
    port = learned.port if learned else answers.tls_port
    found = "found by `followup init`" if learned else "null = find it when connecting"
    sent = _q(learned.sent) if learned and learned.sent else "null"
    drafts = _q(learned.drafts) if learned and learned.drafts else "null"
    inbox = _q(learned.inbox) if learned else _q("INBOX")
    ca = _q(str(answers.ca_file)) if answers.ca_file else "null"
    signature = answers.signature or f"{answers.name} · {answers.email}"
    lines = [
        "# interview-followup configuration, written by `followup init`.",
        "# `followup check` tests it; `followup --help` explains every command.",
        "# Relative paths are read from this file's directory; `~` means your home directory.",
        "",
        "accounts:",
        "  # One entry per mailbox; the name appears in the systemd unit followup@NAME.",
        f"  - name: {_q(answers.account)}",
        "    imap:",
        f"      host: {_q(answers.host)}",
        f"      port: {port}",
        f"      security: {security.value}           # tls | starttls ({found})",
        f"    ca_file: {ca}                # a PEM file of CA certificates; null = the system's",
        f"    username: {_q(answers.username or answers.email)}",
        "",
        "    # How to get the password. The password itself never goes in this file.",
        "    # Exactly one of these:",
        *_credential_lines(answers.credentials),
        "",
        f"    folders:                # {found}",
        f"      inbox: {inbox}",
        f'      drafts: {drafts}      # name it for localised folders, e.g. "[Gmail]/Entwürfe"',
        f"      sent: {sent}",
        "    timeout: 60s              # per network operation",
        "",
        "profile:",
        f"  name: {_q(answers.name)}",
        f"  email: {_q(answers.email)}",
        "  # aliases: [you@work.example]   # your other addresses, so your mail is recognised",
        "  # One or two sentences the thank-you drafts may use: why you fit the role.",
        f"  pitch: {_q(answers.pitch)}",
        "  # What you did lately, for the heads-up to your references.",
        '  career_update: ""',
        "  signature: |",
        *(f"    {line}" for line in signature.splitlines() or [""]),
        "  # references:              # people who vouch for you (heads-up drafts go to them)",
        "  #   - name: Ana Ruiz",
        "  #     email: ana@example.com",
        "  #     relationship: my manager at Acme",
        "",
    ]
    if answers.state_dir:
        lines.append(f"state_dir: {_q(answers.state_dir)}")
    else:
        lines.append("# state_dir: ~/.local/state/followup   # the database")
    lines.append("# rules_dir: ~/.config/followup/rules   # your own rules and templates")
    return "\n".join(lines) + "\n"


def write_config(path: Path, text: str, *, force: bool) -> None:
    """Write the file 0600 (it says where the password comes from); never overwrite an
    existing one unless `force`."""
    if path.exists() and not force:
        raise InitError(
            f"{path} exists already; nothing was changed. Use --force to replace it, or "
            "--config OTHER.yaml to write elsewhere."
        )
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


# Asks one question: (prompt, default) -> the answer ('' keeps the default).
Ask = Callable[[str, str], str]

SECRET_MENU = (
    "How should followup get the password? (it is never stored in the config)\n"
    "  1  a command that prints it, e.g. `pass show mail/you` (password_command)\n"
    "  2  a file holding it, chmod 600 (password_file)\n"
    "  3  the system keyring (keyring)\n"
    "  4  a command that prints an OAuth2 access token (oauth2_token_command)"
)


def gather(given: dict[str, str | None], ask: Ask | None, say: Callable[[str], None]) -> Answers:
    """Complete the answers: flags first, then questions (with `ask`), else an InitError that
    names the missing flag. Only what cannot be found out is asked."""

    def need(key: str, prompt: str, default: str = "") -> str:
        value = given.get(key)
        if value:
            return value
        if ask is None:
            if default:
                return default
            raise InitError(f"--{key.replace('_', '-')} is needed (or run init on a terminal)")
        answer = ask(prompt, default).strip() or default
        if not answer:
            raise InitError(f"{prompt.rstrip('?: ')} is needed")
        return answer

    email = need("email", "Your email address")
    if "@" not in email or " " in email.strip():
        raise InitError(f"{email!r} is not an email address (e.g. dana@example.org)")
    host, note = guess_host(email)
    host = need("host", "IMAP server", host)
    if note:
        say(f"note: {note}")
    credentials = _credentials(given, ask, say, email)
    name = need("name", "Your name, as it ends your emails", name_from_email(email))
    pitch = given.get("pitch")
    if pitch is None and ask is not None:
        pitch = ask("One sentence on why you fit the roles you apply for (Enter: later)", "")
    return Answers(
        email=email.strip(),
        host=host.strip(),
        credentials=credentials,
        name=name.strip(),
        pitch=(pitch or "").strip(),
        username=given.get("username") or "",
        account=given.get("account") or "personal",
        ca_file=_path(given.get("ca_file")),
        tls_port=int(given.get("tls_port") or TLS_PORT),
        starttls_port=int(given.get("starttls_port") or STARTTLS_PORT),
        state_dir=given.get("state_dir"),
    )


def _path(text: str | None) -> Path | None:
    return Path(text).expanduser().resolve() if text else None


def _credentials(
    given: dict[str, str | None], ask: Ask | None, say: Callable[[str], None], email: str
) -> Credentials:
    chosen = [key for key in SECRET_FLAGS if given.get(key)]
    if len(chosen) > 1:
        flags = " and ".join(f"--{key.replace('_', '-')}" for key in chosen)
        raise InitError(f"{flags}: choose one way to get the password")
    if not chosen:
        if ask is None:
            raise InitError(
                "say how to get the password: --password-command CMD, --password-file FILE, "
                "--keyring or --oauth2-token-command CMD (the password itself is never stored)"
            )
        say(SECRET_MENU)
        choice = ask("Choose 1-4", "1").strip()
        key = {"1": SECRET_FLAGS[0], "2": SECRET_FLAGS[1], "3": SECRET_FLAGS[2]}.get(
            choice, SECRET_FLAGS[3]
        )
        if key == "keyring":
            say(f"store it once with: keyring set followup {email}")
            return Credentials(keyring=True)
        prompt = "The file" if key == "password_file" else "The command"
        value = ask(prompt, "").strip()
        if not value:
            raise InitError(f"{key} is needed")
        chosen, given = [key], {**given, key: value}
    key = chosen[0]
    value = given[key] or ""
    if key == "keyring":
        return Credentials(keyring=True)
    if key == "password_file":
        return Credentials(password_file=Path(value).expanduser().resolve())
    if key == "password_command":
        return Credentials(password_command=value)
    return Credentials(oauth2_token_command=value)
