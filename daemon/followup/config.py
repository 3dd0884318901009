"""The user's configuration: accounts, profile, where state and rules live.

Loaded from YAML and validated whole; every mistake is a YamlError naming file:line:column
and what is expected. Secrets are never stored here: only how to obtain them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


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


@dataclass(frozen=True)
class FolderNames:
    """Folder overrides; None means find it (RFC 6154 special-use, then usual names)."""

    inbox: str = "INBOX"
    sent: str | None = None
    drafts: str | None = None


@dataclass(frozen=True)
class Account:
    name: str
    imap: Server
    username: str
    credentials: Credentials
    ca_file: Path | None = None
    folders: FolderNames = field(default_factory=FolderNames)
    timeout_seconds: float = 60.0


@dataclass(frozen=True)
class Reference:
    """Someone who vouches for the candidate (used for reference heads-up drafts)."""

    name: str
    email: str
    relationship: str = ""  # "my manager at Acme"
    last_worked_together: str = ""  # "2021–2023"
    can_speak_to: str = ""  # "leading the payments migration"


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
