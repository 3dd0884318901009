"""The user's configuration: accounts, profile, where state and rules live.

Loaded from YAML and validated whole; every mistake is a YamlError naming file:line:column
and what is expected. Secrets are never stored here: only how to obtain them.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from followup.timing import parse_duration, zone_info
from followup.yamlfile import (
    Context,
    Position,
    YamlError,
    item_position,
    key_position,
    load_file,
    node_position,
    value_position,
)

__all__ = [
    "Account",
    "Config",
    "ConfigError",
    "Credentials",
    "FolderNames",
    "MaildirLayout",
    "MaildirPlace",
    "Profile",
    "Reference",
    "Security",
    "Server",
    "config_path",
    "find_account",
    "load_config",
]


class Security(StrEnum):
    """How the IMAP connection is protected."""

    TLS = "tls"  # implicit TLS, usually port 993
    STARTTLS = "starttls"  # plaintext upgraded before login, usually port 143
    INSECURE = "insecure"  # no TLS at all: only when the account says so by name


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    security: Security = Security.TLS


@dataclass(frozen=True)
class Credentials:
    """How to obtain the secret; exactly one of these is set."""

    password_command: str | None = None  # its first output line is the password
    password_file: Path | None = None  # e.g. $CREDENTIALS_DIRECTORY/followup-password
    keyring: bool = False  # the system keyring, service "followup", user = account username
    oauth2_token_command: str | None = None  # its first output line is an XOAUTH2 token
    # password_file as written when it was a bare file name: a systemd service finds it as
    # $CREDENTIALS_DIRECTORY/NAME (LoadCredential=NAME:...) when it is not next to the config.
    credential_name: str | None = None

    def source(self) -> str | None:
        """The config key that says where the secret comes from (None when nothing does)."""
        sources = self.sources()
        return sources[0] if len(sources) == 1 else None

    def sources(self) -> tuple[str, ...]:
        """Every secret source that is set; a valid account has exactly one."""
        found = []
        if self.password_command is not None:
            found.append("password_command")
        if self.password_file is not None:
            found.append("password_file")
        if self.keyring:
            found.append("keyring")
        if self.oauth2_token_command is not None:
            found.append("oauth2_token_command")
        return tuple(found)


@dataclass(frozen=True)
class FolderNames:
    """Folder overrides; None means find it (RFC 6154 special-use, then usual names)."""

    inbox: str = "INBOX"
    sent: str | None = None
    drafts: str | None = None


DEFAULT_TIMEOUT_SECONDS = 60.0  # per IMAP network operation


class MaildirLayout(StrEnum):
    """How a local Maildir tree names its folders."""

    AUTO = "auto"  # whatever the tree looks like (Maildir++ when the root itself is INBOX)
    MAILDIR_PLUS_PLUS = "maildir++"  # root = INBOX, subfolders .Sent, .Drafts (Dovecot, Courier)
    PLAIN = "plain"  # INBOX/, Sent/, Archive/2024/ (mbsync SubFolders Verbatim, offlineimap)


@dataclass(frozen=True)
class MaildirPlace:
    """A Maildir tree on this machine, read and written in place (followup.maildir)."""

    path: Path
    layout: MaildirLayout = MaildirLayout.AUTO


# What a Maildir account holds where an IMAP account has its server and login: nothing
# reads these for it (followup.backends dispatches on Account.kind).
NO_SERVER = Server(host="", port=0)


@dataclass(frozen=True)
class Account:
    name: str
    imap: Server  # NO_SERVER for a Maildir account
    username: str  # "" for a Maildir account
    credentials: Credentials
    ca_file: Path | None = None
    folders: FolderNames = field(default_factory=FolderNames)
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS
    maildir: MaildirPlace | None = None  # set: a local Maildir instead of an IMAP server

    @property
    def kind(self) -> str:
        """Which backend serves this account: "imap" or "maildir"."""
        return "maildir" if self.maildir is not None else "imap"


@dataclass(frozen=True)
class Reference:
    """Someone who vouches for the candidate (used for reference heads-up drafts)."""

    name: str
    email: str
    relationship: str = ""  # "my manager at Acme"
    last_worked_together: str = ""  # "2021–2023"
    can_speak_to: str = ""  # "leading the payments migration"
    # What the candidate did since working with this person; empty: profile.career_update.
    catch_up: str = ""


@dataclass(frozen=True)
class Profile:
    name: str
    email: str
    signature: str = ""  # contact details that end every draft
    aliases: tuple[str, ...] = ()  # other addresses of the user's own
    pitch: str = ""  # a sentence on why the candidate fits; templates may use it
    career_update: str = ""  # what the candidate did lately, for references
    references: tuple[Reference, ...] = ()

    @property
    def addresses(self) -> tuple[str, ...]:
        return (self.email, *self.aliases)


@dataclass(frozen=True)
class Config:
    path: Path
    accounts: tuple[Account, ...]
    profile: Profile
    state_dir: Path | None = None  # None: paths.state_dir() decides
    rules_dir: Path | None = None  # None: paths.rules_dir() decides
    # Settings that load but deserve a word to the user (`followup check` prints them).
    warnings: tuple[str, ...] = ()
    smtp: Smtp | None = None  # None: notices are put into INBOX, never sent
    notices: Notices = field(default_factory=lambda: Notices())
    news: NewsSettings = field(default_factory=lambda: NewsSettings())
    send_later: SendLater = field(default_factory=lambda: SendLater())
    control: ControlNames = field(default_factory=lambda: ControlNames())


class ConfigError(YamlError):
    """The configuration file is missing, broken or does not fit the schema.

    `str()` reads `path:line:col: what is wrong and what is expected`.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.message, self.path, self.line, self.column))


def _rebuild(message: str, path: str, line: int | None, column: int | None) -> ConfigError:
    return ConfigError(message, path=path, line=line, column=column)


class _Context(Context):
    """A yamlfile.Context whose errors are ConfigErrors, so callers can tell them apart."""

    def error(self, message: str, where: Position | None = None) -> ConfigError:
        line, column = where if where else (None, None)
        return ConfigError(message, path=self.path, line=line, column=column)

    def value_at(self, mapping: Any, key: Any) -> Position | None:
        """Where the value of `key` is; for an empty value (`key:`), the key itself, since
        ruamel places a missing value at whatever token comes next, often on another line."""
        if isinstance(mapping, CommentedMap) and mapping.get(key) is None:
            return key_position(mapping, key)
        return value_position(mapping, key)

    def at_value(self, mapping: Any, key: Any, message: str) -> ConfigError:
        return self.error(message, self.value_at(mapping, key))


CONFIG_NAME = "config.yaml"
EXAMPLE_NAME = "config.example.yaml"  # shipped in rules/, i.e. the followup.rules package


def config_path(explicit: str | Path | None = None) -> Path:
    """The --config flag, then $FOLLOWUP_CONFIG, then $XDG_CONFIG_HOME/followup/config.yaml."""
    for candidate in (explicit, os.environ.get("FOLLOWUP_CONFIG")):
        if candidate:
            return Path(candidate).expanduser()
    # Same lookup as paths.rules_dir(), so the config and the user's rules sit side by side.
    xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(xdg) / "followup" / CONFIG_NAME


def find_account(config: Config, name: str | None) -> Account:
    """The account called `name`; with no name, the only account there is."""
    names = ", ".join(account.name for account in config.accounts)
    if name is None:
        if len(config.accounts) == 1:
            return config.accounts[0]
        raise ConfigError(
            f"there are several accounts ({names}): say which one with --account NAME",
            path=config.path,
        )
    for account in config.accounts:
        if account.name == name:
            return account
    raise ConfigError(f"no account named {name!r} (the accounts are: {names})", path=config.path)


def load_config(path: Path) -> Config:
    """Read and validate the whole configuration; every mistake is a ConfigError."""
    path = Path(path)
    if not path.exists():
        raise ConfigError(
            "no configuration file here: pass --config PATH, or write one like "
            f"rules/{EXAMPLE_NAME} (installed at {_example_path()}); "
            "`followup init` will write it for you",
            path=path,
        )
    try:
        data = load_file(path)
    except YamlError as error:
        raise ConfigError(
            error.message, path=error.path, line=error.line, column=error.column
        ) from None
    return config_from_yaml(data, path)


def _example_path() -> Path:
    from followup.paths import shipped_rules_dir  # importlib.resources: only on this error

    return shipped_rules_dir() / EXAMPLE_NAME


# -- schema ------------------------------------------------------------------------------------

_Choice = TypeVar("_Choice", bound=StrEnum)

_TOP_KEYS = (
    "accounts",
    "profile",
    "state_dir",
    "rules_dir",
    "smtp",
    "notices",
    "news",
    "send_later",
    "control",
)
_SECRET_SOURCES = ("password_command", "password_file", "keyring", "oauth2_token_command")
_ACCOUNT_KEYS = ("name", "imap", "ca_file", "username", *_SECRET_SOURCES, "folders", "timeout")
_MAILDIR_ACCOUNT_KEYS = ("name", "maildir", "folders")
_MAILDIR_KEYS = ("path", "layout")
_IMAP_KEYS = ("host", "port", "security")
_FOLDER_KEYS = ("inbox", "drafts", "sent")
_PROFILE_KEYS = (
    "name",
    "email",
    "aliases",
    "pitch",
    "career_update",
    "signature",
    "references",
)
_REFERENCE_KEYS = (
    "name",
    "email",
    "relationship",
    "last_worked_together",
    "can_speak_to",
    "catch_up",
)
# Keys that would put the secret itself into the file: refused with advice, never echoed.
_LITERAL_SECRETS = ("password", "pass", "secret", "token", "oauth2_token", "access_token")
_CHOICES = "password_command, password_file, keyring: true or oauth2_token_command"
_DEFAULT_PORTS = {Security.TLS: 993, Security.STARTTLS: 143, Security.INSECURE: 143}

# Account names end up in systemd instance names (followup@NAME) and in file names.
_ACCOUNT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
# Deliberately loose: catches "Dana <dana@x.org>", a missing @, spaces, a stray comma.
_EMAIL = re.compile(r'[^@\s<>()\[\],;:"]+@[^@\s<>()\[\],;:".]+(?:\.[^@\s<>()\[\],;:".]+)*')
_SECONDS = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s*", re.IGNORECASE)


def config_from_yaml(data: Any, path: Path) -> Config:
    """Validate parsed YAML; relative paths in it are read against `path`'s directory."""
    ctx = _Context(str(path))
    base = path.expanduser().absolute().parent
    if data is None:
        raise ctx.error("the file is empty: expected 'accounts' and 'profile'")
    root = ctx.mapping(data, "the configuration file", node_position(data))
    ctx.check_keys(root, _TOP_KEYS, required=("accounts", "profile"))

    accounts_node = root["accounts"]
    if not isinstance(accounts_node, CommentedSeq):
        raise ctx.at_value(
            root, "accounts", "'accounts' must be a list, each item starting '- name: ...'"
        )
    if not accounts_node:
        raise ctx.at_value(root, "accounts", "'accounts' must list at least one account")
    accounts: list[Account] = []
    warnings: list[str] = []
    seen: dict[str, Position | None] = {}
    for index, node in enumerate(accounts_node):
        item = ctx.mapping(node, f"account {index + 1}", item_position(accounts_node, index))
        account = _account(item, ctx, base, warnings)
        if account.name in seen:
            first = seen[account.name]
            where = f" (first at line {first[0]})" if first else ""
            raise ctx.at_value(
                item,
                "name",
                f"account name {account.name!r} is used twice{where}: names must differ",
            )
        seen[account.name] = value_position(item, "name")
        accounts.append(account)

    profile = _profile(
        ctx.mapping(root["profile"], "'profile'", ctx.value_at(root, "profile")), ctx
    )
    return Config(
        path=path,
        accounts=tuple(accounts),
        profile=profile,
        state_dir=_optional_dir(root, "state_dir", ctx, base),
        rules_dir=_optional_dir(root, "rules_dir", ctx, base),
        warnings=tuple(warnings),
        smtp=_smtp(root, ctx, base, accounts),
        notices=_notices(root, ctx),
        news=_news(root, ctx),
        send_later=_send_later(root, ctx),
        control=_control(root, ctx),
    )


def _ca_file(
    item: CommentedMap, ctx: _Context, base: Path, trusted_for: str, prefix: str = ""
) -> Path | None:
    """`ca_file:`, which must name an existing PEM file (None when absent or null)."""
    if item.get("ca_file") is None:
        return None
    ca_file = _path(item, "ca_file", ctx, base)
    if not ca_file.is_file():
        raise ctx.at_value(
            item,
            "ca_file",
            f"{prefix}ca_file {str(ca_file)!r} does not exist: expected a PEM file of the CA "
            f"certificates to trust for {trusted_for}",
        )
    return ca_file


def _choice(mapping: CommentedMap, key: str, default: _Choice, ctx: _Context) -> _Choice:
    """One of an enumeration's values (`default` when the key is absent), else an error at
    the value listing the allowed ones."""
    text = mapping.get(key, default.value)
    try:
        return type(default)(text)
    except ValueError:
        allowed = " | ".join(member.value for member in type(default))
        message = f"{key!r} must be one of {allowed}, not {text!r}"
        raise ctx.at_value(mapping, key, message) from None


def _account(item: CommentedMap, ctx: _Context, base: Path, warnings: list[str]) -> Account:
    for key in item:
        if key in _LITERAL_SECRETS:
            raise ctx.at_key(
                item,
                key,
                f"{key!r} would keep the secret itself in this file, and config files end up in "
                "backups, dotfile repositories and screenshots: say how to get it instead, with "
                f"one of {_CHOICES}",
            )
    if "maildir" in item:
        return _maildir_account(item, ctx, base)
    ctx.check_keys(item, _ACCOUNT_KEYS, required=("name", "imap", "username"))
    name = _account_name(item, ctx)
    who = f"account {name!r}"

    imap = ctx.mapping(item["imap"], f"{who}: 'imap'", ctx.value_at(item, "imap"))
    ctx.check_keys(imap, _IMAP_KEYS, required=("host",))
    host = ctx.get_str(imap, "host").strip()
    security = _choice(imap, "security", Security.TLS, ctx)
    port = int(ctx.get_number(imap, "port", _DEFAULT_PORTS[security], minimum=1, integer=True))
    if port > 65535:
        raise ctx.at_value(imap, "port", f"'port' must be from 1 to 65535, not {port}")
    if security is Security.INSECURE:
        warnings.append(
            f"{who} sends its password without TLS (security: insecure): anyone on the network "
            "path can read it"
        )

    ca_file = _ca_file(item, ctx, base, "this server, or null for the system's")
    if ca_file is not None and security is Security.INSECURE:
        warnings.append(f"{who} has a ca_file but security: insecure, which never uses it")

    return Account(
        name=name,
        imap=Server(host=host, port=port, security=security),
        username=ctx.get_str(item, "username"),
        credentials=_credentials(item, ctx, base, who),
        ca_file=ca_file,
        folders=_folders(item, ctx, who),
        timeout_seconds=_timeout(item, ctx),
    )


def _account_name(item: CommentedMap, ctx: _Context) -> str:
    name = ctx.get_str(item, "name")
    if not _ACCOUNT_NAME.fullmatch(name):
        raise ctx.at_value(
            item,
            "name",
            f"account name {name!r} may only use letters, digits, '-', '_' and '.', must start "
            "with a letter or digit and be at most 64 characters (it names files and the "
            "systemd unit followup@NAME)",
        )
    return name


def _maildir_account(item: CommentedMap, ctx: _Context, base: Path) -> Account:
    """`maildir: {path: ~/Mail/work, layout: auto}`: a local tree, so no server, no login."""
    if "imap" in item:
        raise ctx.at_key(
            item,
            "imap",
            "an account reads either an IMAP server ('imap:') or a local Maildir ('maildir:'), "
            "not both: make two accounts if you want both",
        )
    for key in item:
        if key not in _MAILDIR_ACCOUNT_KEYS and key in _ACCOUNT_KEYS:
            raise ctx.at_key(
                item,
                key,
                f"{key!r} is for IMAP accounts; a Maildir account needs only name, maildir and "
                "(optionally) folders",
            )
    ctx.check_keys(item, _MAILDIR_ACCOUNT_KEYS, required=("name", "maildir"))
    name = _account_name(item, ctx)
    who = f"account {name!r}"
    node = item["maildir"]
    if isinstance(node, str):  # `maildir: ~/Mail/work`, the short form
        place = MaildirPlace(_path(item, "maildir", ctx, base))
    else:
        spec = ctx.mapping(node, f"{who}: 'maildir'", ctx.value_at(item, "maildir"))
        ctx.check_keys(spec, _MAILDIR_KEYS, required=("path",))
        layout = _choice(spec, "layout", MaildirLayout.AUTO, ctx)
        place = MaildirPlace(_path(spec, "path", ctx, base), layout)
    if place.path.exists() and not place.path.is_dir():
        where, key = (node, "path") if isinstance(node, CommentedMap) else (item, "maildir")
        raise ctx.at_value(
            where, key, f"{str(place.path)!r} is a file: expected the directory of a Maildir tree"
        )
    return Account(
        name=name,
        imap=NO_SERVER,
        username="",
        credentials=Credentials(),
        folders=_folders(item, ctx, who),
        maildir=place,
    )


def _credentials(item: CommentedMap, ctx: _Context, base: Path, who: str) -> Credentials:
    present = [key for key in _SECRET_SOURCES if key in item]
    if "keyring" in item and not ctx.get_bool(item, "keyring"):
        present.remove("keyring")  # `keyring: false` is the same as leaving it out
    if not present:
        raise ctx.at_node(
            item, f"{who} does not say how to get its password: set exactly one of {_CHOICES}"
        )
    if len(present) > 1:
        raise ctx.at_key(
            item,
            present[1],
            f"{who} sets both {present[0]} and {present[1]}: keep exactly one of {_CHOICES}",
        )
    source = present[0]
    if source == "keyring":
        return Credentials(keyring=True)
    if source == "password_file":
        written = ctx.get_str(item, source).strip()
        bare = "/" not in written and not written.startswith("~")
        return Credentials(
            password_file=_path(item, source, ctx, base), credential_name=written if bare else None
        )
    command = ctx.get_str(item, source)
    if source == "password_command":
        return Credentials(password_command=command)
    return Credentials(oauth2_token_command=command)


def _folders(item: CommentedMap, ctx: _Context, who: str) -> FolderNames:
    if item.get("folders") is None:
        return FolderNames()
    folders = ctx.mapping(item["folders"], f"{who}: 'folders'", value_position(item, "folders"))
    ctx.check_keys(folders, _FOLDER_KEYS)
    return FolderNames(
        inbox=ctx.get_str(folders, "inbox") if folders.get("inbox") is not None else "INBOX",
        drafts=ctx.get_str(folders, "drafts") if folders.get("drafts") is not None else None,
        sent=ctx.get_str(folders, "sent") if folders.get("sent") is not None else None,
    )


def _timeout(item: CommentedMap, ctx: _Context) -> float:
    """Seconds as a number, `60s`, or any real-time duration (`2m`); never business days."""
    if item.get("timeout") is None:
        return DEFAULT_TIMEOUT_SECONDS
    value = item["timeout"]
    expected = "write seconds like 60 or 60s, or a duration like 2m"
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ctx.at_value(item, "timeout", f"'timeout' must be a duration: {expected}")
    if isinstance(value, int | float):
        seconds = float(value)
    elif match := _SECONDS.fullmatch(value):
        seconds = float(match[1])
    else:
        try:
            duration = parse_duration(value)
        except ValueError:
            duration = None
        if duration is None or duration.business_days:
            raise ctx.at_value(
                item, "timeout", f"cannot read {value!r} as a 'timeout': {expected}"
            ) from None
        seconds = duration.real.total_seconds()
    if seconds <= 0:
        raise ctx.at_value(item, "timeout", f"'timeout' must be more than 0 seconds: {expected}")
    return seconds


def _profile(profile: CommentedMap, ctx: _Context) -> Profile:
    ctx.check_keys(profile, _PROFILE_KEYS, required=("name", "email"))
    aliases: list[str] = []
    if profile.get("aliases") is not None:
        for alias, where in ctx.get_str_list(profile, "aliases"):
            aliases.append(_checked_email(alias.strip(), ctx, where, "aliases"))
    references: list[Reference] = []
    if profile.get("references") is not None:
        node = profile["references"]
        if not isinstance(node, CommentedSeq):
            raise ctx.at_value(
                profile, "references", "'references' must be a list, each item starting '- name:'"
            )
        for index, raw in enumerate(node):
            ref = ctx.mapping(raw, f"reference {index + 1}", item_position(node, index))
            ctx.check_keys(ref, _REFERENCE_KEYS, required=("name", "email"))
            references.append(
                Reference(
                    name=ctx.get_str(ref, "name").strip(),
                    email=_email(ref, "email", ctx),
                    relationship=_text(ref, "relationship", ctx),
                    last_worked_together=_text(ref, "last_worked_together", ctx, numbers=True),
                    can_speak_to=_text(ref, "can_speak_to", ctx),
                    catch_up=_text(ref, "catch_up", ctx),
                )
            )
    return Profile(
        name=ctx.get_str(profile, "name").strip(),
        email=_email(profile, "email", ctx),
        signature=_text(profile, "signature", ctx, strip=False).rstrip(),
        aliases=tuple(aliases),
        pitch=_text(profile, "pitch", ctx),
        career_update=_text(profile, "career_update", ctx),
        references=tuple(references),
    )


def _text(
    mapping: CommentedMap, key: str, ctx: _Context, *, numbers: bool = False, strip: bool = True
) -> str:
    """Optional free text: missing or null is empty; a year like 2021 is fine where `numbers`."""
    value = mapping.get(key)
    if value is None:
        return ""
    if numbers and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise ctx.at_value(mapping, key, f"{key!r} must be text")
    return value.strip() if strip else value


def _email(mapping: CommentedMap, key: str, ctx: _Context) -> str:
    return _checked_email(ctx.get_str(mapping, key).strip(), ctx, value_position(mapping, key), key)


def _checked_email(text: str, ctx: _Context, where: Position | None, key: str) -> str:
    if _EMAIL.fullmatch(text):
        return text
    hint = ""
    if "<" in text and ">" in text:
        inner = text[text.index("<") + 1 : text.index(">")]
        hint = f" (write just the address, e.g. {inner})"
    raise ctx.error(
        f"{key!r}: {text!r} does not look like an email address: expected name@domain{hint}", where
    )


def _path(mapping: CommentedMap, key: str, ctx: _Context, base: Path) -> Path:
    """`~` expanded; relative to the config file's directory, not wherever the daemon started."""
    path = Path(ctx.get_str(mapping, key).strip()).expanduser()
    return path if path.is_absolute() else base / path


def _optional_dir(root: CommentedMap, key: str, ctx: _Context, base: Path) -> Path | None:
    if root.get(key) is None:
        return None
    path = _path(root, key, ctx, base)
    if path.exists() and not path.is_dir():
        raise ctx.at_value(root, key, f"{key} {str(path)!r} is a file: expected a directory")
    return path


# -- notices by SMTP, the daily digest, company news (sections of their own) ---------------------


class SmtpSecurity(StrEnum):
    """How the SMTP connection is protected; there is deliberately no plaintext choice."""

    TLS = "tls"  # implicit TLS, usually port 465
    STARTTLS = "starttls"  # required STARTTLS, usually port 587


@dataclass(frozen=True)
class Smtp:
    """Where notices to the user are sent from; login and CA default to an IMAP account's."""

    host: str
    port: int
    security: SmtpSecurity
    login_account: str  # the IMAP account whose username, secret and ca_file are reused
    username: str | None = None  # None: the login account's
    credentials: Credentials | None = None  # None: the login account's
    ca_file: Path | None = None  # None: the login account's (the system's CAs stay trusted)
    timeout_seconds: float = 30.0


@dataclass(frozen=True)
class ControlNames:
    """Where the user gives commands; every name is configurable (`control:` in the config)."""

    track_folder: tuple[str, ...] = ("Followup", "Track")
    stop_folder: tuple[str, ...] = ("Followup", "Stop")
    track_keyword: str = "$FollowupTrack"
    stop_keyword: str = "$FollowupStop"
    make_folders: bool = True  # create the two folders (subscribed) so clients offer them
    enabled: bool = True

    def folders(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return (("track", self.track_folder), ("stop", self.stop_folder))

    def keywords(self) -> tuple[tuple[str, str], ...]:
        return (("track", self.track_keyword), ("stop", self.stop_keyword))


@dataclass(frozen=True)
class Notices:
    """How the user hears about offers, requests and moving on."""

    each: bool = True  # one message per event
    digest: time | None = None  # one summary a day at this local time


@dataclass(frozen=True)
class NewsSettings:
    """Company news feeds: (company name or mail domain, feed URL) pairs."""

    feeds: tuple[tuple[str, str], ...] = ()
    max_age: timedelta = timedelta(days=30)
    timeout_seconds: float = 5.0
    refresh: timedelta = timedelta(hours=6)


_SMTP_KEYS = (
    "host",
    "port",
    "security",
    "login_account",
    "username",
    "ca_file",
    "timeout",
    *_SECRET_SOURCES,
)
_SMTP_PORTS = {SmtpSecurity.TLS: 465, SmtpSecurity.STARTTLS: 587}
_NOTICE_KEYS = ("each", "digest")
_NEWS_KEYS = ("feeds", "max_age", "timeout", "refresh")
_CLOCK = re.compile(r"\s*([01]?\d|2[0-3]):([0-5]\d)\s*")


def _smtp(root: CommentedMap, ctx: _Context, base: Path, accounts: list[Account]) -> Smtp | None:
    if root.get("smtp") is None:
        return None
    item = ctx.mapping(root["smtp"], "'smtp'", ctx.value_at(root, "smtp"))
    for key in item:
        if key in _LITERAL_SECRETS:
            raise ctx.at_key(
                item,
                key,
                f"smtp: {key!r} would keep the secret itself in this file: leave it out to reuse "
                f"the IMAP account's login, or set one of {_CHOICES}",
            )
    ctx.check_keys(item, _SMTP_KEYS, required=("host",))
    text = item.get("security", SmtpSecurity.TLS.value)
    try:
        security = SmtpSecurity(text)
    except ValueError:
        raise ctx.at_value(
            item,
            "security",
            f"smtp: 'security' must be tls (port 465) or starttls (port 587), not {text!r}; "
            "a password is never sent over an unencrypted connection",
        ) from None
    port = int(ctx.get_number(item, "port", _SMTP_PORTS[security], minimum=1, integer=True))
    if port > 65535:
        raise ctx.at_value(item, "port", f"smtp: 'port' must be from 1 to 65535, not {port}")
    names = [account.name for account in accounts]
    login = ctx.get_str(item, "login_account") if item.get("login_account") is not None else None
    if login is None:
        login = names[0]
    elif login not in names:
        raise ctx.at_value(
            item,
            "login_account",
            f"smtp: no account named {login!r} to take the login from "
            f"(the accounts are: {', '.join(names)})",
        )
    own = any(key in item for key in _SECRET_SOURCES)
    lender = next(account for account in accounts if account.name == login)
    if lender.kind != "imap" and not (own and item.get("username") is not None):
        raise ctx.at_node(
            item,
            f"smtp: account {login!r} reads a local Maildir and has no login to reuse: give "
            f"smtp its own username and one of {_CHOICES}",
        )
    ca_file = _ca_file(item, ctx, base, "the SMTP server", prefix="smtp: ")
    return Smtp(
        host=ctx.get_str(item, "host").strip(),
        port=port,
        security=security,
        login_account=login,
        username=ctx.get_str(item, "username") if item.get("username") is not None else None,
        credentials=_credentials(item, ctx, base, "smtp") if own else None,
        ca_file=ca_file,
        timeout_seconds=_timeout(item, ctx) if item.get("timeout") is not None else 30.0,
    )


def _notices(root: CommentedMap, ctx: _Context) -> Notices:
    if root.get("notices") is None:
        return Notices()
    item = ctx.mapping(root["notices"], "'notices'", ctx.value_at(root, "notices"))
    ctx.check_keys(item, _NOTICE_KEYS)
    digest = None
    if item.get("digest") is not None:
        value = item["digest"]
        match = _CLOCK.fullmatch(value) if isinstance(value, str) else None
        if match is None:
            raise ctx.at_value(
                item,
                "digest",
                f"notices: 'digest' is the time of day to send it, like \"18:00\" (quoted), "
                f"not {value!r}",
            )
        digest = time(int(match[1]), int(match[2]))
    each = ctx.get_bool(item, "each", True) if "each" in item else True
    if not each and digest is None:
        raise ctx.at_key(
            item,
            "each",
            'notices: each: false needs a digest time (e.g. digest: "18:00"), or you would '
            "never hear about an offer",
        )
    return Notices(each=each, digest=digest)


def _news(root: CommentedMap, ctx: _Context) -> NewsSettings:
    if root.get("news") is None:
        return NewsSettings()
    item = ctx.mapping(root["news"], "'news'", ctx.value_at(root, "news"))
    ctx.check_keys(item, _NEWS_KEYS)
    feeds: list[tuple[str, str]] = []
    if item.get("feeds") is not None:
        node = ctx.mapping(item["feeds"], "news: 'feeds'", ctx.value_at(item, "feeds"))
        for name in node:
            url = node[name]
            if not isinstance(url, str) or not re.match(r"https?://[^\s/]+", url.strip()):
                raise ctx.at_value(
                    node,
                    name,
                    f"news: the feed of {name!r} must be an http:// or https:// URL of an RSS or "
                    "Atom feed",
                )
            feeds.append((str(name).strip(), url.strip()))

    def duration(key: str, default: timedelta) -> timedelta:
        if item.get(key) is None:
            return default
        try:
            parsed = parse_duration(str(item[key]))
        except ValueError:
            parsed = None
        if parsed is None or parsed.business_days or parsed.real <= timedelta(0):
            raise ctx.at_value(
                item, key, f"news: cannot read {item[key]!r} as '{key}': write e.g. 30d or 6h"
            )
        return parsed.real

    return NewsSettings(
        feeds=tuple(feeds),
        max_age=duration("max_age", timedelta(days=30)),
        timeout_seconds=_timeout(item, ctx) if item.get("timeout") is not None else 5.0,
        refresh=duration("refresh", timedelta(hours=6)),
    )


# -- send later: drafts the user marked, sent by SMTP in the recipient's business hours --------


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class SendLater:
    """Which drafts the user asked to have sent, and when (followup.sendlater).

    Off unless `enabled`: nothing is ever sent that the user did not mark, and nothing at all
    while this is off. `zones` and `holidays` key a company name (as `followup status` shows
    it) or a mail domain (which covers its subdomains) to an IANA zone or an ISO country code
    (`DE`, or `DE-BE` with a subdivision): the recipient's, which a Date header cannot say.
    """

    enabled: bool = False
    keyword: str = "$FollowupSend"
    folder: tuple[str, ...] = ("Followup", "Send")
    start: time = time(9, 0)  # business hours, in the recipient's zone
    end: time = time(17, 0)
    days: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0
    zones: tuple[tuple[str, str], ...] = ()
    holidays: tuple[tuple[str, str], ...] = ()


_SEND_LATER_KEYS = ("enabled", "keyword", "folder", "hours", "days", "zones", "holidays")
# An IMAP keyword is an atom: no space, no ( ) { % * " \ ] and no control characters.
_KEYWORD = re.compile(r"\$?[A-Za-z0-9_.+-]{1,64}")
_HOURS = re.compile(r"\s*([01]?\d|2[0-3]):([0-5]\d)\s*[-–]\s*([01]?\d|2[0-4]):([0-5]\d)\s*")
_COUNTRY = re.compile(r"([A-Za-z]{2,3})(?:-([A-Za-z0-9]{1,6}))?")


def _send_later(root: CommentedMap, ctx: _Context) -> SendLater:
    if root.get("send_later") is None:
        return SendLater()
    item = ctx.mapping(root["send_later"], "'send_later'", ctx.value_at(root, "send_later"))
    ctx.check_keys(item, _SEND_LATER_KEYS)
    keyword = SendLater.keyword
    if item.get("keyword") is not None:
        keyword = ctx.get_str(item, "keyword").strip()
        if not _KEYWORD.fullmatch(keyword) or keyword.startswith("\\"):
            raise ctx.at_value(
                item,
                "keyword",
                f"send_later: 'keyword' {keyword!r} is not an IMAP keyword: use letters, digits "
                "and . _ + - (a leading $ is usual), e.g. $FollowupSend",
            )
    folder = SendLater.folder
    if item.get("folder") is not None:
        parts = tuple(p.strip() for p in ctx.get_str(item, "folder").strip().split("/"))
        if not all(parts):
            raise ctx.at_value(
                item, "folder", "send_later: 'folder' is a path like Followup/Send (no empty parts)"
            )
        folder = parts
    start, end = SendLater.start, SendLater.end
    if item.get("hours") is not None:
        value = item["hours"]
        match = _HOURS.fullmatch(value) if isinstance(value, str) else None
        if match is not None:
            start = time(int(match[1]), int(match[2]))
            end = time(23, 59, 59) if int(match[3]) == 24 else time(int(match[3]), int(match[4]))
        if match is None or not start < end:
            raise ctx.at_value(
                item,
                "hours",
                f"send_later: 'hours' is a span of the day like \"09:00-17:00\" (quoted, start "
                f"before end), not {value!r}",
            )
    days = SendLater.days
    if item.get("days") is not None:
        chosen = set()
        for text, where in ctx.get_str_list(item, "days"):
            name = text.strip().lower()[:3]
            if name not in _WEEKDAYS:
                raise ctx.error(
                    f"send_later: 'days' lists weekdays like mon, tue ... sun, not {text!r}", where
                )
            chosen.add(_WEEKDAYS.index(name))
        days = frozenset(chosen)
    enabled = ctx.get_bool(item, "enabled", False)
    if enabled and root.get("smtp") is None:
        raise ctx.at_value(
            item,
            "enabled",
            "send_later: sending needs an SMTP server: add an smtp: section (host, port, "
            "security), or set enabled: false",
        )
    return SendLater(
        enabled=enabled,
        keyword=keyword,
        folder=folder,
        start=start,
        end=end,
        days=days,
        zones=_send_later_table(item, "zones", ctx),
        holidays=_send_later_table(item, "holidays", ctx),
    )


def _send_later_table(item: CommentedMap, key: str, ctx: _Context) -> tuple[tuple[str, str], ...]:
    """`zones:` (company or domain -> IANA zone) or `holidays:` (-> country code), checked."""
    if item.get(key) is None:
        return ()
    node = ctx.mapping(item[key], f"send_later: {key!r}", ctx.value_at(item, key))
    pairs = []
    for name in node:
        value = node[name]
        text = value.strip() if isinstance(value, str) else ""
        if key == "zones":
            try:
                zone_info(text)
            except ValueError:
                raise ctx.at_value(
                    node,
                    name,
                    f"send_later: the zone of {name!r} must be an IANA name like "
                    f"'Europe/Berlin', not {value!r}",
                ) from None
        elif not _COUNTRY.fullmatch(text) or not _known_country(text):
            raise ctx.at_value(
                node,
                name,
                f"send_later: the holidays of {name!r} are a country code like 'DE' or "
                f"'DE-BE' (country-subdivision) that the holidays package knows, not {value!r}",
            )
        pairs.append((str(name).strip(), text))
    return tuple(pairs)


def _known_country(code: str) -> bool:
    import holidays  # ~100 ms: only for a config that names holiday countries

    country, _, subdivision = code.upper().partition("-")
    supported = holidays.list_supported_countries()
    if country not in supported:
        return False
    return not subdivision or subdivision in supported[country]


_CONTROL_KEYS = ("enabled", "make_folders", "track_folder", "stop_folder", "track_keyword",
                 "stop_keyword")  # fmt: skip


def _control(root: CommentedMap, ctx: _Context) -> ControlNames:
    """`control:` — the folders and keywords through which the user gives commands from
    their mail client (see followup.mailcontrol)."""
    if root.get("control") is None:
        return ControlNames()
    item = ctx.mapping(root["control"], "'control'", ctx.value_at(root, "control"))
    ctx.check_keys(item, _CONTROL_KEYS)
    default = ControlNames()
    found: dict[str, Any] = {}
    for key in ("enabled", "make_folders"):
        if key in item:
            found[key] = ctx.get_bool(item, key)
    for key in ("track_folder", "stop_folder"):
        if key in item:
            parts = tuple(p for p in ctx.get_str(item, key).split("/") if p)
            if not parts:
                raise ctx.at_value(item, key, f"control: {key!r} needs a folder name, like "
                                   '"Followup/Track" (levels separated by "/")')  # fmt: skip
            found[key] = parts
    for key in ("track_keyword", "stop_keyword"):
        if key in item:
            keyword = ctx.get_str(item, key)
            if not _KEYWORD.fullmatch(keyword):  # the same rule as send_later's keyword
                raise ctx.at_value(
                    item,
                    key,
                    f"control: {key!r} must be one IMAP keyword: ASCII, no spaces, no "
                    f'( ) {{ % * " \\ ], and not a \\system flag; not {keyword!r}',
                )
            found[key] = keyword
    control = ControlNames(**{**default.__dict__, **found})
    if control.track_folder == control.stop_folder:
        raise ctx.at_key(item, "stop_folder", "control: the track and stop folders must differ")
    return control
