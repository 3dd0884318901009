"""The mailbox over IMAP: TLS, login, special folders, batched fetches, APPEND and IDLE.

No business logic: it moves bytes, UIDs and folder names; what they mean is decided elsewhere.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from imapclient import IMAPClient, SocketTimeout  # type: ignore[import-untyped]
from imapclient.exceptions import (  # type: ignore[import-untyped]
    CapabilityError,
    IMAPClientAbortError,
    IMAPClientError,
    LoginError,
    ProtocolError,
)
from imapclient.imap_utf7 import decode as decode_utf7  # type: ignore[import-untyped]
from imapclient.response_parser import (  # type: ignore[import-untyped]
    parse_fetch_response,
    parse_response,
)

from followup.config import Account, Security
from followup.fetchparse import Fetched, Unexpected, has_calendar, parse_header_fetch
from followup.mailbox import Since

__all__ = [
    "DELETED",
    "DRAFT",
    "HEADER_FIELDS",
    "SEEN",
    "FolderMissing",
    "FolderStatus",
    "Folders",
    "Header",
    "ImapMailbox",
    "LinkLost",
    "LoginFailed",
    "MailboxError",
    "SecretLike",
    "TlsFailed",
    "Watcher",
    "uid_set",
]

log = logging.getLogger(__name__)
# Where imapclient sends imaplib's protocol trace.
_TRACE = logging.getLogger("imapclient.imaplib")

# Message flags (not to be confused with the \Drafts and \Sent folder attributes).
DRAFT = b"\\Draft"
SEEN = b"\\Seen"
DELETED = b"\\Deleted"

# The header fields fetched for every new message: enough to classify and match it, and to
# decide whether its body is worth fetching at all.
HEADER_FIELDS = (
    "MESSAGE-ID",
    "DATE",
    "FROM",
    "TO",
    "CC",
    "REPLY-TO",
    "SUBJECT",
    "IN-REPLY-TO",
    "REFERENCES",
    "LIST-ID",
    "LIST-UNSUBSCRIBE",
    "PRECEDENCE",
    "AUTO-SUBMITTED",
    "X-AUTOREPLY",
    "X-AUTORESPONSE-SUPPRESS",
    "CONTENT-TYPE",
    "X-FOLLOWUP-ACTION",
    "X-FOLLOWUP-NOTICE",  # the daemon's own notices: never read back as mail
)
_HEADER_ITEMS = (
    "(UID FLAGS RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS ("
    + " ".join(HEADER_FIELDS)
    + ")])"
)
# UIDs per UID FETCH: one round trip per chunk, and a command line well under the 8 KB some
# servers allow (ranges keep it short; a worst case of scattered UIDs is ~16 KB at 2000).
HEADER_CHUNK = 2000
BODY_CHUNK = 1000
# Whole messages per UID FETCH are also bounded by their size (RFC822.SIZE from the header
# fetch; a message of unknown size counts as BODY_SIZE_UNKNOWN): few round trips for small
# mail, bounded memory for big attachments.
BODY_BYTES = 8_000_000
BODY_SIZE_UNKNOWN = 100_000

CONNECT_TIMEOUT = 20.0
LOGOUT_TIMEOUT = 3.0

# Folder names mail clients and providers use when the server marks nothing special-use.
_DRAFTS_NAMES = (
    "Drafts",
    "Draft",
    "Entwürfe",
    "Brouillons",
    "Borradores",
    "Bozze",
    "Rascunhos",
    "Concepten",
    "Utkast",
    "Kladder",
    "Luonnokset",
    "Kopie robocze",
    "Черновики",
)
_SENT_NAMES = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "Gesendet",
    "Gesendete Elemente",
    "Gesendete Objekte",
    "Éléments envoyés",
    "Messages envoyés",
    "Envoyés",
    "Enviados",
    "Elementos enviados",
    "Posta inviata",
    "Inviati",
    "Verzonden",
    "Verzonden items",
    "Skickat",
    "Skickade objekt",
    "Sendt",
    "Sendte elementer",
    "Wysłane",
    "Отправленные",
)
_TRASH_NAMES = ("Trash", "Deleted Items", "Deleted Messages", "Papierkorb", "Corbeille")
# Parents under which those names appear: the personal root, Gmail's (two spellings), INBOX.
_NAME_ROOTS: tuple[tuple[str, ...], ...] = ((), ("[Gmail]",), ("[Google Mail]",), ("INBOX",))

# RFC 5530 codes (and Gmail's wording) for a login refused for now, not for bad credentials.
_TEMPORARY_REFUSAL = re.compile(
    r"\[(UNAVAILABLE|LIMIT|INUSE|SERVERBUG)\]|too many simultaneous connections", re.IGNORECASE
)

_CHANGES = {b"EXISTS", b"EXPUNGE", b"FETCH", b"RECENT", b"VANISHED"}


# ---- errors -------------------------------------------------------------------------------


class MailboxError(Exception):
    """Something went wrong with the mailbox; str() says what happened and what to do."""


class LoginFailed(MailboxError):
    """Wrong user, password or token: retrying soon will not help (and may lock the account)."""


class TlsFailed(MailboxError):
    """The certificate, its name or the TLS protocol was refused: not retried soon."""


class LinkLost(MailboxError):
    """The network, a timeout or the server ended the connection: reconnect."""


class FolderMissing(MailboxError):
    """A folder the account needs does not exist on the server."""


class CommandFailed(MailboxError):
    """The server refused one command (quota, permissions); the connection is still usable."""


# ---- data ---------------------------------------------------------------------------------


class SecretLike(Protocol):
    """A password or an OAuth2 token (followup.secrets.Secret has this shape)."""

    @property
    def kind(self) -> str: ...  # "password" or "oauth2"

    @property
    def value(self) -> str: ...


@dataclass(frozen=True)
class Folders:
    inbox: str
    sent: str | None
    drafts: str


@dataclass
class FolderStatus:
    """Not frozen, for the same reason as Header (followup.mailbox.StatusLike)."""

    uidvalidity: int
    uidnext: int
    messages: int


@dataclass
class Header:
    """One message's chosen header fields and structure, fetched without its body.

    Not frozen: followup.mailbox.HeaderLike declares plain (writable) attributes, which a
    frozen dataclass's read-only fields do not satisfy.
    """

    uid: int
    raw: bytes  # the HEADER_FIELDS lines present, as the server sent them
    size: int  # RFC822.SIZE of the whole message
    has_calendar: bool  # a text/calendar or .ics part anywhere in it
    flags: tuple[bytes, ...]  # as stored, without the per-session \Recent


def uid_set(uids: Iterable[int]) -> str:
    """`[1, 2, 3, 5, 7, 8]` -> `"1:3,5,7:8"`: an IMAP sequence set, sorted and deduplicated."""
    ordered = sorted(set(uids))
    if not ordered:
        raise ValueError("an empty UID set")
    if ordered[0] < 1:
        raise ValueError(f"UIDs start at 1, not {ordered[0]}")
    parts: list[str] = []
    start = prev = ordered[0]
    for uid in ordered[1:]:
        if uid == prev + 1:
            prev = uid
            continue
        parts.append(f"{start}:{prev}" if prev > start else str(start))
        start = prev = uid
    parts.append(f"{start}:{prev}" if prev > start else str(start))
    return ",".join(parts)


def _chunks(uids: Sequence[int], size: int) -> Iterator[list[int]]:
    ordered = sorted(set(uids))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def _sized_chunks(sizes: dict[int, int], most: int, budget: int) -> Iterator[list[int]]:
    """UIDs in order, in chunks of at most `most` UIDs and about `budget` bytes (a message
    bigger than the budget goes alone)."""
    chunk: list[int] = []
    total = 0
    for uid in sorted(sizes):
        if chunk and (len(chunk) >= most or total + sizes[uid] > budget):
            yield chunk
            chunk, total = [], 0
        chunk.append(uid)
        total += sizes[uid]
    if chunk:
        yield chunk


# ---- the mailbox --------------------------------------------------------------------------


class ImapMailbox:
    """One IMAP connection to one account. Not thread-safe: one per thread.

    Methods connect on first use; after LinkLost the next call reconnects. The secret is
    asked for afresh on every connection (tokens expire) and is never kept or logged.
    """

    def __init__(self, account: Account, secret: Callable[[], SecretLike]) -> None:
        self.account = account
        self._secret = secret
        self._client: Any = None
        self._selected: tuple[str, bool] | None = None  # (folder, readonly)
        self._uidvalidity = 0
        self._uidnext = 0  # of the selected folder, as its SELECT/EXAMINE said (0: unknown)
        self._list_status = True  # until the server refuses or garbles it on this link
        self.capabilities: frozenset[str] = frozenset()
        # The folder list and namespace of this connection, read once (see _folder_tree).
        self._tree: (
            tuple[list[tuple[frozenset[bytes], str | None, str]], list[tuple[str, str]]] | None
        ) = None
        self.tls_version: str | None = None  # e.g. "TLSv1.3"; None without TLS
        # RFC822.SIZE of the messages of the last header fetch, (folder, UID) -> bytes.
        self._sizes: dict[tuple[str, int], int] = {}

    # -- connection ----------------------------------------------------------------------------

    def __enter__(self) -> ImapMailbox:
        self.connect()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def connected(self) -> bool:
        return self._client is not None

    @property
    def supports_idle(self) -> bool:
        return "IDLE" in self.capabilities

    @property
    def supports_uidplus(self) -> bool:
        return "UIDPLUS" in self.capabilities

    @property
    def supports_move(self) -> bool:
        return "MOVE" in self.capabilities

    @property
    def _where(self) -> str:
        return f"{self.account.imap.host}:{self.account.imap.port}"

    def _say(self, text: str) -> str:
        return f"account {self.account.name!r}: {text}"

    def connect(self) -> None:
        """Open, secure and log in; does nothing when already connected."""
        if self._client is not None:
            return
        server = self.account.imap
        context = None if server.security is Security.INSECURE else self._tls_context()
        timeout = SocketTimeout(
            connect=min(self.account.timeout_seconds, CONNECT_TIMEOUT),
            read=self.account.timeout_seconds,
        )
        client: Any = None
        phase = "connect"
        secret: SecretLike | None = None
        self.capabilities = frozenset()  # an earlier session's list explains nothing here
        try:
            client = IMAPClient(
                server.host,
                server.port,
                ssl=server.security is Security.TLS,
                ssl_context=context,
                timeout=timeout,
            )
            _tune(client.socket())
            if server.security is Security.STARTTLS:
                if not client.has_capability("STARTTLS"):
                    raise TlsFailed(
                        self._say(
                            f"{self._where} does not offer STARTTLS, so the password would "
                            "cross the network unencrypted; nothing was sent. Use security: tls "
                            "(usually port 993) if the server offers it."
                        )
                    )
                client.starttls(context)
            phase = "login"
            if server.security is Security.INSECURE and client.has_capability("LOGINDISABLED"):
                raise LoginFailed(
                    self._say(
                        f"{self._where} accepts no password over an unencrypted connection "
                        "(LOGINDISABLED); nothing was sent. Use security: starttls or tls."
                    )
                )
            secret = self._secret()
            self._login(client, secret)
            phase = "session"
            self.capabilities = frozenset(
                c.decode("ascii", "replace").upper() for c in client.capabilities()
            )
        except BaseException as error:
            if client is not None:
                with contextlib.suppress(Exception):
                    client.shutdown()
            if isinstance(error, MailboxError):
                raise
            translated = self._translate(error, phase, "connecting", secret)
            if translated is None:
                raise
            raise translated from None
        sock = client.socket()
        self.tls_version = sock.version() if isinstance(sock, ssl.SSLSocket) else None
        self._client = client
        self._selected = None
        self._list_status = True
        self._tree = None
        log.debug(
            "%s: logged in as %s at %s (%s)",
            self.account.name,
            self.account.username,
            self._where,
            self.tls_version or "no TLS",
        )

    def _login(self, client: Any, secret: SecretLike) -> None:
        username = self.account.username
        if secret.kind == "oauth2":
            client.oauth2_login(username, secret.value)
        elif (username + secret.value).isascii():
            client.login(username, secret.value)
        elif client.has_capability("AUTH=PLAIN"):
            # LOGIN carries ASCII only; SASL PLAIN carries UTF-8.
            client.plain_login(username, secret.value)
        else:
            raise LoginFailed(
                self._say(
                    f"the username or password has non-ASCII characters, which {self._where} "
                    "cannot take (no AUTH=PLAIN); nothing was sent."
                )
            )

    def close(self) -> None:
        """Log out (briefly; a dead link is just dropped). Never expunges anything."""
        client, self._client = self._client, None
        self._selected = None
        if client is None:
            return
        try:
            client.socket().settimeout(LOGOUT_TIMEOUT)
            client.logout()
        except Exception:
            with contextlib.suppress(Exception):
                client.shutdown()

    def _drop(self) -> None:
        client, self._client = self._client, None
        self._selected = None
        self._tree = None
        if client is not None:
            with contextlib.suppress(Exception):
                client.shutdown()

    def _socket(self) -> socket.socket | None:
        return self._client.socket() if self._client is not None else None

    def _tls_context(self) -> ssl.SSLContext:
        ca_file = self.account.ca_file
        try:
            return _verifying_context(ca_file)
        except (OSError, ssl.SSLError) as error:
            raise TlsFailed(
                self._say(
                    f"the ca_file {ca_file} cannot be used ({error}). Point ca_file at the PEM "
                    "file of the certificate authority that signed the server's certificate."
                )
            ) from None

    def _credential_source(self) -> str:
        c = self.account.credentials
        if c.oauth2_token_command:
            return "oauth2_token_command (the token may have expired or lack the IMAP scope)"
        if c.password_command:
            return "password_command"
        if c.password_file:
            return f"password_file {c.password_file}"
        if c.keyring:
            return "password in the system keyring"
        return "credentials"

    def _translate(
        self, error: BaseException, phase: str, doing: str, secret: SecretLike | None = None
    ) -> MailboxError | None:
        """The MailboxError for a library or socket error; None for anything else (a bug)."""
        where = self._where
        if isinstance(error, LoginError):
            text = _server_text(error, secret)
            if _TEMPORARY_REFUSAL.search(text):
                # Right credentials, wrong moment (too many connections, maintenance):
                # retry like a lost link, never as a refused password.
                return LinkLost(self._say(f"{where} refused the login for now: {text}."))
            if "PRIVACYREQUIRED" in text.upper() or (
                # Only a plaintext login can be refused for want of TLS; and Cyrus lists
                # LOGINDISABLED even after a login over TLS.
                self.account.imap.security is Security.INSECURE
                and "LOGINDISABLED" in self.capabilities
            ):
                return LoginFailed(
                    self._say(
                        f"{where} accepts no password over an unencrypted connection ({text}). "
                        "Use security: starttls or tls."
                    )
                )
            return LoginFailed(
                self._say(
                    f"the server refused the login for {self.account.username}: {text}. "
                    f"Check the username and the {self._credential_source()}."
                )
            )
        if isinstance(error, ssl.SSLCertVerificationError):
            reason = error.verify_message or str(error)
            if error.verify_code in (62, 64):  # X509_V_ERR_HOSTNAME_MISMATCH, _IP_ADDRESS_
                return TlsFailed(
                    self._say(
                        f"the certificate of {where} is not valid for the name "
                        f"{self.account.imap.host!r} ({reason}). Set imap.host to a name the "
                        "certificate lists, or fix the server's certificate."
                    )
                )
            if error.verify_code == 10:  # X509_V_ERR_CERT_HAS_EXPIRED
                return TlsFailed(
                    self._say(f"the certificate of {where} has expired; renew it on the server.")
                )
            return TlsFailed(
                self._say(
                    f"the certificate of {where} is not trusted ({reason}). If the server uses "
                    "a self-signed certificate or a private authority, set ca_file to that "
                    "authority's PEM file."
                )
            )
        if isinstance(error, ssl.SSLError) and phase == "connect":
            if isinstance(error, ssl.SSLEOFError | ssl.SSLZeroReturnError):
                return LinkLost(self._say(f"{where} closed the connection during TLS setup."))
            return TlsFailed(
                self._say(
                    f"TLS with {where} failed ({error.reason or error}). Check imap.port and "
                    "imap.security: 993 is usually tls, 143 starttls."
                )
            )
        if isinstance(error, socket.gaierror):
            return LinkLost(
                self._say(
                    f"cannot resolve {self.account.imap.host!r} ({error.strerror}); check "
                    "imap.host and the network."
                )
            )
        if isinstance(error, ConnectionRefusedError):
            return LinkLost(
                self._say(f"{where} refused the connection; is the server up and the port right?")
            )
        if isinstance(error, TimeoutError):
            return LinkLost(self._say(f"{where} did not answer in time while {doing}."))
        if isinstance(error, IMAPClientAbortError | ProtocolError | OSError):
            return LinkLost(
                self._say(f"the connection to {where} broke while {doing}: {_clean(error)}.")
            )
        if isinstance(error, CapabilityError):
            return CommandFailed(self._say(f"{where} cannot do this ({_clean(error)})."))
        if isinstance(error, IMAPClientError):
            text = _server_text(error, secret)
            if phase == "connect":
                return TlsFailed(self._say(f"{where} refused to start TLS: {text}."))
            return CommandFailed(self._say(f"the server refused {doing}: {text}."))
        return None

    @contextmanager
    def _session(self, doing: str) -> Iterator[Any]:
        """The logged-in client; library errors become MailboxErrors, and a lost link is
        dropped so that the next call reconnects."""
        self.connect()
        try:
            yield self._client
        except LinkLost:
            self._drop()
            raise
        except MailboxError:
            raise
        except Exception as error:
            translated = self._translate(error, "session", doing)
            if translated is None:
                raise
            if isinstance(translated, LinkLost):
                self._drop()
            raise translated from error

    # -- folders -------------------------------------------------------------------------------

    def _list(self, client: Any) -> list[tuple[frozenset[bytes], str | None, str]]:
        """Every folder: (lower-cased attributes, delimiter, name)."""
        listing = client.list_folders()
        if not any(_special(flags) for flags, _, _ in listing):
            # Some servers mark special-use folders only when asked (RFC 6154 LIST-EXTENDED)
            # or only through Gmail's old XLIST.
            if "SPECIAL-USE" in self.capabilities:
                typ, data = client._imap._simple_command(
                    "LIST", '""', '"*"', "RETURN (SPECIAL-USE)"
                )
                if typ == "OK":
                    typ, data = client._imap._untagged_response(typ, data, "LIST")
                    listing = client._proc_folder_list(data)
            elif "XLIST" in self.capabilities:
                listing = client.xlist_folders()
        out = []
        for flags, delimiter, name in listing:
            attrs = frozenset(bytes(f).lower() for f in flags)
            delim = delimiter.decode("ascii", "replace") if isinstance(delimiter, bytes) else None
            out.append((attrs, delim, str(name)))
        return out

    def _folder_names(self, client: Any) -> list[str]:
        return [name for _, _, name in self._list(client)]

    @contextmanager
    def _folder_must_exist(self, client: Any, folder: str) -> Iterator[None]:
        """Run a command on `folder`: a server's refusal that says the folder does not exist
        becomes FolderMissing (naming the folders there); anything else passes unchanged."""
        try:
            yield
        except IMAPClientAbortError:
            raise
        except IMAPClientError as error:
            if _says_missing(str(error)):
                raise self._missing(client, folder) from None
            raise

    def _missing(self, client: Any, folder: str, setting: str | None = None) -> FolderMissing:
        self._tree = None  # the folder list read earlier on this link named it: read it afresh
        try:
            names = self._folder_names(client)
        except Exception:  # the listing only decorates the message
            names = []
        shown = ", ".join(repr(n) for n in names[:40]) + (" ..." if len(names) > 40 else "")
        advice = f" Set {setting} in the config to one of them." if setting else ""
        return FolderMissing(
            self._say(
                f"the folder {folder!r} does not exist on {self._where}. "
                f"Folders there: {shown or '(none listed)'}.{advice}"
            )
        )

    def find_folders(self) -> Folders:
        """INBOX, Sent (None when there is none) and Drafts: the config's names when set (they
        must exist), else RFC 6154 special-use attributes, else the usual names."""
        overrides = self.account.folders
        with self._session("listing folders") as client:
            every, prefixes = self._folder_tree(client)
            listing = [entry for entry in every if _selectable(entry[0])]
            names = [name for _, _, name in listing]

            def existing(name: str, setting: str) -> str:
                if name in names:
                    return name
                if name.upper() == "INBOX":
                    return next((n for n in names if n.upper() == "INBOX"), name)
                raise self._missing(client, name, setting)

            inbox = existing(overrides.inbox, "folders.inbox")
            if overrides.drafts:
                drafts = existing(overrides.drafts, "folders.drafts")
            else:
                found = _by_attribute(listing, b"\\drafts") or _by_name(
                    listing, prefixes, _DRAFTS_NAMES
                )
                if found is None:
                    shown = ", ".join(repr(n) for n in names[:40])
                    raise FolderMissing(
                        self._say(
                            f"no Drafts folder on {self._where}: none is marked \\Drafts and "
                            f"none has a usual name. Folders there: {shown or '(none)'}. Set "
                            "folders.drafts in the config to the folder drafts should go to."
                        )
                    )
                drafts = found
            if overrides.sent:
                sent: str | None = existing(overrides.sent, "folders.sent")
            else:
                sent = _by_attribute(listing, b"\\sent") or _by_name(listing, prefixes, _SENT_NAMES)
        return Folders(inbox=inbox, sent=sent, drafts=drafts)

    def own_folder(self, path: Sequence[str], *, create: bool) -> str | None:
        """The folder `path` (e.g. ("Followup", "Track")) under the personal namespace, with
        the server's delimiter: `Followup/Track` on Dovecot, `INBOX.Followup.Track` on Cyrus.
        Created and subscribed (so clients show it) when missing and `create`; else None."""
        with self._session(f"finding the folder {'/'.join(path)!r}") as client:
            listing, prefixes = self._folder_tree(client)
            prefix, delimiter = prefixes[0]
            name = prefix + delimiter.join(path)
            existing = {n.casefold(): n for attrs, _, n in listing if _selectable(attrs)}
            if name.casefold() in existing:
                return existing[name.casefold()]
            if not create:
                return None
            self._tree = None  # the list is about to change
            for depth in range(1, len(path) + 1):
                # Parents first: some servers (Cyrus) do not create them implicitly.
                partial = prefix + delimiter.join(path[:depth])
                if partial.casefold() in existing:
                    continue
                try:
                    client.create_folder(partial)
                except IMAPClientError as error:
                    if "ALREADYEXISTS" not in str(error).upper():
                        raise
                with contextlib.suppress(IMAPClientError):
                    client.subscribe_folder(partial)
        log.info("%s: made the folder %r", self.account.name, name)
        return name

    def uids_with_keyword(self, folder: str, *keywords: str, fresh: bool = True) -> list[int]:
        """UIDs of the messages in `folder` the user tagged with any of `keywords` (e.g.
        $FollowupStop), in one SEARCH. `fresh=False` when the folder was just selected or
        searched: no NOOP first."""
        criteria: list[str] = []
        for number, keyword in enumerate(keywords):
            # SEARCH OR a b: n keywords are n-1 ORs ahead of n KEYWORD keys (RFC 3501 6.4.4).
            criteria += (["OR"] if number < len(keywords) - 1 else []) + ["KEYWORD", keyword]
        with self._session(f"searching {folder!r} for {', '.join(keywords)}") as client:
            self._select(client, folder, readonly=True, fresh=fresh)
            return sorted(client.search(criteria))

    def remove_keyword(self, folder: str, uids: Sequence[int], keyword: str) -> None:
        """Take `keyword` off these messages (after acting on it), touching no other flag."""
        if not uids:
            return
        with self._session(f"untagging {keyword} in {folder!r}") as client:
            self._select(client, folder, readonly=False, fresh=False)
            client.remove_flags(list(uids), [keyword.encode("ascii")], silent=True)

    def _folder_tree(
        self, client: Any
    ) -> tuple[list[tuple[frozenset[bytes], str | None, str]], list[tuple[str, str]]]:
        """Every folder and the personal namespace prefixes, read once per connection (a
        cycle asks for them for Drafts and Sent, then for each control folder)."""
        if self._tree is None:
            listing = self._list(client)
            self._tree = (listing, self._personal_prefixes(client, listing))
        return self._tree

    def _personal_prefixes(
        self, client: Any, listing: list[tuple[frozenset[bytes], str | None, str]]
    ) -> list[tuple[str, str]]:
        """(prefix, delimiter) of the personal namespaces, e.g. [("INBOX.", ".")]."""
        delimiter = next((d for _, d, _ in listing if d), "/")
        if "NAMESPACE" in self.capabilities:
            with contextlib.suppress(IMAPClientError):
                personal = client.namespace().personal
                if personal:
                    return [(str(p), str(d or delimiter)) for p, d in personal]
        return [("", delimiter)]

    def _trash(self, client: Any) -> str | None:
        every, prefixes = self._folder_tree(client)
        listing = [entry for entry in every if _selectable(entry[0])]
        return _by_attribute(listing, b"\\trash") or _by_name(listing, prefixes, _TRASH_NAMES)

    def _select(self, client: Any, folder: str, *, readonly: bool, fresh: bool) -> int:
        """Select `folder` (EXAMINE when read-only); returns its UIDVALIDITY.

        `fresh`: the caller needs messages that arrived since the last command to be visible.
        Dovecot (and others) update a selected folder's view only after a command, so an
        already selected folder gets a NOOP.
        """
        current = self._selected
        if current is not None and current[0] == folder and (readonly or not current[1]):
            if fresh:
                client.noop()
                self._forget_untagged(client)
            return self._uidvalidity
        self._selected = None  # a failed SELECT leaves nothing selected
        with self._folder_must_exist(client, folder):
            info = client.select_folder(folder, readonly=readonly)
        self._selected = (folder, readonly)
        self._uidvalidity = int(info.get(b"UIDVALIDITY", 0))
        self._uidnext = int(info.get(b"UIDNEXT", 0))
        return self._uidvalidity

    @staticmethod
    def _forget_untagged(client: Any) -> None:
        # imaplib keeps every untagged EXISTS/FETCH it saw; a long-lived connection would
        # hoard them, and old FETCH lines would be mixed into the next FETCH's answer.
        for key in ("EXISTS", "RECENT", "EXPUNGE", "FETCH"):
            client._imap.untagged_responses.pop(key, None)

    # -- reading -------------------------------------------------------------------------------

    def status(self, folder: str) -> FolderStatus:
        with self._session(f"STATUS {folder!r}") as client:
            if self._selected is not None and self._selected[0] == folder:
                # STATUS on the selected folder may be stale (RFC 3501 6.3.10); leave it.
                if "UNSELECT" in self.capabilities:
                    client.unselect_folder()
                    self._selected = None
                elif self._selected[1]:  # read-only: CLOSE expunges nothing
                    client.close_folder()
                    self._selected = None
            with self._folder_must_exist(client, folder):
                info = client.folder_status(folder, ["UIDVALIDITY", "UIDNEXT", "MESSAGES"])
        return FolderStatus(
            uidvalidity=int(info[b"UIDVALIDITY"]),
            uidnext=int(info[b"UIDNEXT"]),
            messages=int(info[b"MESSAGES"]),
        )

    def message_counts(self, folders: Sequence[str]) -> dict[str, int]:
        """How many messages each folder holds. With LIST-STATUS (RFC 5819; Dovecot, Cyrus
        and others) one LIST asks for all of them; a folder its answer leaves out or names
        otherwise, or a server without it (or refusing it), gets one STATUS each."""
        counts: dict[str, int] = {}
        if (
            len(folders) > 1
            and self._list_status
            and {"LIST-STATUS", "LIST-EXTENDED"} <= (self.capabilities)
        ):
            try:
                counts = self._counts_by_list_status(folders)
            except (CommandFailed, ProtocolError, ValueError, TypeError, IndexError) as error:
                log.debug("LIST-STATUS: %s; one STATUS per folder on this link", error)
                self._list_status = False
        for folder in folders:
            if folder not in counts:
                counts[folder] = self.status(folder).messages
        return counts

    def _counts_by_list_status(self, folders: Sequence[str]) -> dict[str, int]:
        with self._session(f"counting the messages of {', '.join(folders)}") as client:
            imap = client._imap
            imap.untagged_responses.pop("STATUS", None)
            patterns = b"(" + b" ".join(client._normalise_folder(f) for f in folders) + b")"
            kind, data = imap._simple_command(
                "LIST", b'""', patterns, b"RETURN", b"(STATUS (MESSAGES))"
            )
            _, answers = imap._untagged_response(kind, data, "STATUS")
            imap.untagged_responses.pop("LIST", None)  # the LIST lines themselves: not wanted
            if kind != "OK":
                raise CommandFailed(self._say(f"LIST-STATUS failed: {_decode(data)}"))
            encoded = client.folder_encode
        # Parsed as one list: a name sent as a literal arrives split over two entries.
        parsed = parse_response([answer for answer in answers if answer])
        counts = {}
        for name, items in zip(parsed[::2], parsed[1::2], strict=True):
            values = dict(zip(items[::2], items[1::2], strict=False))
            if b"MESSAGES" in values:
                counts[decode_utf7(name) if encoded else _decode(name)] = int(values[b"MESSAGES"])
        return {folder: counts[folder] for folder in folders if folder in counts}

    def uids_after(self, folder: str, last_uid: int) -> tuple[int, list[int]]:
        """(UIDVALIDITY, sorted UIDs above `last_uid`)."""
        with self._session(f"searching {folder!r}") as client:
            validity = self._select(client, folder, readonly=True, fresh=True)
            found = client.search(["UID", f"{max(last_uid, 0) + 1}:*"])
        # `UID n:*` always includes the highest UID, even when it is below n.
        return validity, sorted(uid for uid in found if uid > last_uid)

    def uids_since(self, folder: str, day: date) -> Since:
        """Messages that arrived on or after `day`, in one SEARCH: UIDNEXT comes from the
        EXAMINE before it (a folder selected earlier on this link keeps the UIDNEXT of
        then, which is lower, so still safe), not from a STATUS of its own."""
        with self._session(f"searching {folder!r}") as client:
            validity = self._select(client, folder, readonly=True, fresh=True)
            uidnext = self._uidnext
            if not uidnext:
                # RFC 3501 requires UIDNEXT in the EXAMINE answer; for a server leaving it
                # out (and often out of STATUS too), one above the highest UID now, asked
                # before the search so that nothing arriving in between is below it.
                uidnext = max(client.search(["ALL"]), default=0) + 1
            found = sorted(client.search(["SINCE", day]))
        return Since(validity, found, uidnext)

    def _uid_fetch(
        self, client: Any, uids: Sequence[int], items: str
    ) -> dict[int, dict[bytes, Any]]:
        """ONE `UID FETCH <set> <items>`, parsed by imapclient; answers keyed by their UID."""
        return _fetch_values(self._uid_fetch_answer(client, uids, items), set(uids))

    def _uid_fetch_answer(self, client: Any, uids: Sequence[int], items: str) -> list[Any]:
        """ONE `UID FETCH <set> <items>` with the set compressed into ranges; the untagged
        FETCH responses as imaplib keeps them (lines and (line, literal) pairs), unparsed.

        imapclient's fetch() would list every UID and cannot take ranges; this is its own
        code path with the set built here. A NO still returns what came; BAD raises.
        """
        imap = client._imap
        debug = imap.debug
        if not _TRACE.isEnabledFor(logging.DEBUG):
            # imapclient sets imaplib's debug level to 5 so that its trace reaches logging;
            # imaplib then formats a repr of every line, literal and regex match of the answer
            # (and of the whole answer once more at the end) before logging drops them all.
            imap.debug = 0
        try:
            tag = imap._command("UID", "FETCH", uid_set(uids), items)
            typ, data = imap._command_complete("FETCH", tag)  # BAD raises IMAPClientError
            if typ == "NO":
                # e.g. [EXPUNGEISSUED]: some messages vanished meanwhile; the others came.
                log.debug("UID FETCH: %s", _decode(data[0] if data else b""))
            elif typ != "OK":
                raise IMAPClientError(f"UID FETCH failed: {_decode(data[0] if data else b'')}")
            typ, data = imap._untagged_response(typ, data, "FETCH")
        finally:
            imap.debug = debug
        return list(data)

    def headers(self, folder: str, uids: Sequence[int]) -> list[Header]:
        """Header fields, size, flags and structure of `uids` (absent ones are skipped), in
        UID order; one UID FETCH per HEADER_CHUNK UIDs; nothing is marked \\Seen."""
        if not uids:
            return []
        out: list[Header] = []
        with self._session(f"fetching headers from {folder!r}") as client:
            self._select(client, folder, readonly=True, fresh=False)
            for chunk in _chunks(uids, HEADER_CHUNK):
                out.extend(self._header_chunk(client, chunk))
        self._sizes = {(folder, header.uid): header.size for header in out}
        return out

    def _header_chunk(self, client: Any, uids: list[int]) -> list[Header]:
        imap = client._imap
        # FETCH lines left from earlier commands name messages by sequence numbers that may
        # have moved since; they are no part of this answer.
        imap.untagged_responses.pop("FETCH", None)
        renumberings = _renumberings(imap)
        answer = self._uid_fetch_answer(client, uids, _HEADER_ITEMS)
        wanted = set(uids)
        try:
            fetched = parse_header_fetch(
                answer, wanted, renumbered=_renumberings(imap) != renumberings
            )
        except Unexpected as error:
            # A server's odd but valid answer, or a broken one: imapclient's generic parser
            # takes whatever it can, as before this parser existed.
            log.debug("UID FETCH: answer read by imapclient instead (%s)", error)
            return [
                _header(uid, values)
                for uid, values in sorted(_fetch_values(answer, wanted).items())
            ]
        return [_header_of(item) for _uid, item in sorted(fetched.items())]

    def bodies(self, folder: str, uids: Sequence[int]) -> dict[int, bytes]:
        """Whole messages by UID (BODY.PEEK: never marks \\Seen); absent UIDs are left out."""
        out: dict[int, bytes] = {}
        if not uids:
            return out
        sizes = {uid: self._sizes.get((folder, uid)) or BODY_SIZE_UNKNOWN for uid in uids}
        with self._session(f"fetching messages from {folder!r}") as client:
            self._select(client, folder, readonly=True, fresh=False)
            for chunk in _sized_chunks(sizes, BODY_CHUNK, BODY_BYTES):
                for uid, values in self._uid_fetch(client, chunk, "(UID BODY.PEEK[])").items():
                    body = values.get(b"BODY[]")
                    if body is not None:
                        out[uid] = bytes(body)
        return out

    def fetch_message(self, folder: str, uid: int) -> bytes | None:
        return self.bodies(folder, [uid]).get(uid)

    def find_message_id(self, folder: str, message_id: str) -> list[int]:
        """UIDs of messages whose Message-ID is exactly `message_id` (angle brackets optional).

        Servers match HEADER searches by substring, so every hit is checked by its header.
        """
        wanted = _normal_message_id(message_id)
        with self._session(f"searching {folder!r} for a Message-ID") as client:
            self._select(client, folder, readonly=True, fresh=True)
            if wanted.isascii():
                found = client.search(b"HEADER Message-ID " + _quote(wanted.encode("ascii")))
            else:  # 8-bit: imapclient sends it as a literal, which needs no quoting at all
                found = client.search(["HEADER", "Message-ID", wanted], charset="UTF-8")
            if not found:
                return []
            fetched = self._uid_fetch(
                client, list(found), "(UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])"
            )
        parser = BytesHeaderParser(policy=compat32)
        hits = []
        for uid, values in fetched.items():
            raw = _item(values, b"BODY[HEADER.FIELDS") or b""
            ids = parser.parsebytes(bytes(raw)).get_all("Message-ID") or []
            if any(_unfold(str(value)) == wanted for value in ids):
                hits.append(uid)
        return sorted(hits)

    # -- writing -------------------------------------------------------------------------------

    def append(
        self,
        folder: str,
        raw: bytes,
        flags: Sequence[bytes] = (DRAFT, SEEN),
        when: datetime | None = None,
    ) -> int | None:
        """Store `raw` in `folder`; its UID when the server says (APPENDUID), else None."""
        if not isinstance(raw, bytes):
            raise TypeError("append takes the message as bytes, e.g. msg.as_bytes(policy=SMTP)")
        if when is not None and when.utcoffset() is None:
            raise ValueError("append needs an aware datetime (with a time zone) or None")
        with (
            self._session(f"APPEND to {folder!r}") as client,
            self._folder_must_exist(client, folder),
        ):
            response = client.append(folder, raw, flags=tuple(flags), msg_time=when)
        match = re.search(rb"\[APPENDUID (\d+) (\d+)\]", response or b"", re.IGNORECASE)
        return int(match.group(2)) if match else None

    def remove(self, folder: str, uid: int) -> bool:
        """Remove this one message. True when it is gone from `folder` (expunged by UID, or
        moved to Trash); False when it could only be flagged \\Deleted.

        Never a plain EXPUNGE: that would also purge whatever the user marked deleted.
        """
        with self._session(f"removing a message from {folder!r}") as client:
            self._select(client, folder, readonly=False, fresh=True)
            if self.supports_uidplus:
                client.add_flags([uid], [DELETED], silent=True)
                client.uid_expunge([uid])
                return True
            if self.supports_move:
                trash = self._trash(client)
                if trash is not None and trash != folder:
                    client.move([uid], trash)
                    return True
            client.add_flags([uid], [DELETED], silent=True)
            return False

    def noop(self) -> None:
        with self._session("NOOP") as client:
            client.noop()
            self._forget_untagged(client)


# ---- helpers ------------------------------------------------------------------------------


# (CA file or "" for the system's) -> (the file's stamp, context)
_contexts: dict[tuple[str, bool], tuple[tuple[int, ...], ssl.SSLContext]] = {}
_contexts_lock = threading.Lock()


def _verifying_context(ca_file: Path | None) -> ssl.SSLContext:
    """One TLS context per CA source, shared by every connection of the process (the worker's
    and each IDLE watcher's): each context holds its own copy of the CA store, ~0.8 MB with
    the system's. A CA file replaced or rewritten on disk gets a new one: its stamp has the
    ctime and inode, which no copy that keeps the mtime (cp -p, rsync -a) keeps."""
    path = str(ca_file) if ca_file else ssl.get_default_verify_paths().cafile or ""
    source = (path, ca_file is None)
    stamp: tuple[int, ...] = ()
    try:
        st = os.stat(path) if path else None
        if st is not None:
            stamp = (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino)
    except OSError:
        stamp = (-1,)  # missing: create_default_context below says why
    with _contexts_lock:
        known = _contexts.get(source)
        if known is not None and known[0] == stamp and stamp != (-1,):
            return known[1]
        context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        # Hostname checks stay on: only `security: insecure` turns certificate checks off.
        context.check_hostname = True
        context.verify_mode = ssl.CERT_REQUIRED
        _contexts[source] = (stamp, context)
        return context


def _tune(sock: socket.socket) -> None:
    # Without TCP_NODELAY Nagle's algorithm holds back every small command (~40 ms each).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    # Keepalive probes notice a peer that vanished without a word (a NAT box forgot us,
    # a laptop resumed elsewhere) within about two minutes, even while IDLE waits quietly.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    for name, value in (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 15), ("TCP_KEEPCNT", 4)):
        if hasattr(socket, name):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, name), value)


def _special(flags: Iterable[Any]) -> bool:
    return any(
        bytes(f).lower() in (b"\\drafts", b"\\sent", b"\\trash", b"\\junk", b"\\all") for f in flags
    )


def _selectable(attrs: frozenset[bytes]) -> bool:
    return b"\\noselect" not in attrs and b"\\nonexistent" not in attrs


def _by_attribute(
    listing: list[tuple[frozenset[bytes], str | None, str]], attribute: bytes
) -> str | None:
    # Compared lower-cased: Cyrus says \drafts, Dovecot \Drafts.
    return next((name for attrs, _, name in listing if attribute in attrs), None)


def _by_name(
    listing: list[tuple[frozenset[bytes], str | None, str]],
    prefixes: list[tuple[str, str]],
    names: Sequence[str],
) -> str | None:
    existing = {name: name for _, _, name in listing}
    folded: dict[str, str] = {}
    for name in existing:
        folded.setdefault(name.casefold(), name)
    candidates = []
    for root in _NAME_ROOTS:
        for name in names:
            for prefix, delimiter in prefixes:
                if root == ("INBOX",) and prefix.upper().startswith("INBOX"):
                    continue  # already INBOX<delim>Name through the namespace
                candidates.append(prefix + delimiter.join((*root, name)))
    for candidate in candidates:
        if candidate in existing:
            return candidate
    for candidate in candidates:
        if candidate.casefold() in folded:
            return folded[candidate.casefold()]
    return None


def _fetch_values(answer: list[Any], wanted: set[int]) -> dict[int, dict[bytes, Any]]:
    """imapclient's reading of a FETCH answer: {UID: {item: value}} for the UIDs in `wanted`.

    Keyed by the UID item, so an unsolicited FETCH (a flag change, keyed by sequence number)
    is never mistaken for an answer.
    """
    parsed = parse_fetch_response(answer, True, False)
    out: dict[int, dict[bytes, Any]] = {}
    for values in parsed.values():
        uid = values.get(b"UID")
        if isinstance(uid, int) and uid in wanted:
            out.setdefault(uid, {}).update(values)
    return out


def _header(uid: int, values: dict[bytes, Any]) -> Header:
    """A Header from imapclient's reading of one message's items."""
    raw = _item(values, b"BODY[HEADER.FIELDS") or b""
    return Header(
        uid=uid,
        raw=bytes(raw),
        size=int(values.get(b"RFC822.SIZE") or 0),
        has_calendar=has_calendar(values.get(b"BODYSTRUCTURE")) or _calendar_header(raw),
        flags=_stored_flags(values.get(b"FLAGS") or ()),
    )


def _header_of(item: Fetched) -> Header:
    """A Header from followup.fetchparse's reading of one message's items."""
    return Header(
        uid=item.uid,
        raw=item.header,
        size=item.size,
        has_calendar=item.calendar or _calendar_header(item.header),
        flags=_stored_flags(item.flags),
    )


def _stored_flags(flags: Iterable[Any]) -> tuple[bytes, ...]:
    """Flags as stored: without the per-session \\Recent. imapclient reads a keyword of
    digits (`$1` is usual, `1` is legal) as an int, which is turned back into its bytes."""
    out = (f if isinstance(f, bytes) else str(f).encode("ascii") for f in flags)
    return tuple(f for f in out if f.lower() != b"\\recent")


def _renumberings(imap: Any) -> int:
    """How many EXPUNGE and VANISHED responses imaplib holds: when a command adds any,
    sequence numbers in its answer may name different messages before and after."""
    held = imap.untagged_responses
    return len(held.get("EXPUNGE", ())) + len(held.get("VANISHED", ()))


def _calendar_header(raw: bytes) -> bool:
    match = re.search(rb"(?im)^content-type:\s*([a-z0-9.+-]+/[a-z0-9.+-]+)", raw)
    return match is not None and match.group(1).lower() in (b"text/calendar", b"application/ics")


def _item(values: dict[bytes, Any], prefix: bytes) -> Any:
    for key, value in values.items():
        if isinstance(key, bytes) and key.upper().startswith(prefix):
            return value
    return None


def _normal_message_id(message_id: str) -> str:
    text = _unfold(message_id)
    if not text or any(c in text for c in "\r\n\0"):
        raise ValueError(f"not a Message-ID: {message_id!r}")
    if not text.startswith("<"):
        text = "<" + text
    if not text.endswith(">"):
        text += ">"
    return text


def _unfold(value: str) -> str:
    return re.sub(r"\r?\n[ \t]+", " ", value).strip()


def _quote(value: bytes) -> bytes:
    return b'"' + value.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'


def _decode(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _clean(error: BaseException) -> str:
    return _unwrap_bytes(str(error)) or type(error).__name__


def _unwrap_bytes(text: str) -> str:
    # imaplib puts the server's reply into its errors as a bytes repr: b'[CODE] text'.
    return re.sub(r"""b(['"])(.*?)\1""", lambda m: m.group(2), text).strip()


def _server_text(error: BaseException, secret: SecretLike | None) -> str:
    text = _clean(error)
    for prefix in ("login failed:", "authenticate failed:"):
        if text.lower().startswith(prefix):
            text = text[len(prefix) :].strip()
    if secret is not None and len(secret.value) >= 3:
        text = text.replace(secret.value, "****")
    return text.rstrip(".") or "no reason given"


def _says_missing(text: str) -> bool:
    lowered = text.lower()
    return any(
        s in lowered
        for s in ("nonexistent", "trycreate", "doesn't exist", "does not exist", "not found")
    )


def _changes(responses: Iterable[Any]) -> bool:
    for response in responses:
        if isinstance(response, tuple) and len(response) >= 2:
            if isinstance(response[0], int) and _upper(response[1]) in _CHANGES:
                return True
            if _upper(response[0]) == b"VANISHED":
                return True
    return False


def _bye(responses: Iterable[Any]) -> bool:
    return any(isinstance(r, tuple) and r and _upper(r[0]) == b"BYE" for r in responses)


def _upper(value: Any) -> bytes:
    return bytes(value).upper() if isinstance(value, bytes) else b""


# ---- watching -----------------------------------------------------------------------------

# idle_check waits at most this long per call, so the IDLE cycle deadline is kept.
IDLE_CHECK = 30.0
# DONE must be answered within this, or the connection is dropped.
IDLE_DONE_DEADLINE = 10.0
# First reconnect waits up to this (full jitter), doubling per failure up to backoff_cap.
BACKOFF_BASE = 1.0


def backoff(failures: int, cap: float) -> float:
    """Capped exponential backoff with full jitter: up to 1, 2, 4 ... seconds, at most `cap`,
    so that many clients cut off together do not come back together."""
    ceiling = min(cap, BACKOFF_BASE * 2.0 ** min(failures - 1, 20))
    return max(0.05, random.uniform(0.0, ceiling))  # noqa: S311 - jitter, not crypto


class Watcher(threading.Thread):
    """Watches one folder on its own connection and calls on_change(folder) when it may have
    changed; it never reads or writes mail itself.

    IDLE when the server has it (re-issued every `cycle` seconds), else STATUS every
    `poll_every` seconds. After every (re)connection on_change is called once, so the owner
    catches up on what happened while the link was down. on_error gets every MailboxError
    that ended a connection or an attempt; refused logins and certificates are retried only
    every `backoff_cap` seconds, lost links sooner, with capped exponential backoff and jitter.
    Callbacks run on this thread: hand the news over, do no work there.
    """

    def __init__(
        self,
        account: Account,
        secret: Callable[[], SecretLike],
        folder: str,
        on_change: Callable[[str], None],
        *,
        cycle: float = 540.0,
        poll_every: float = 60.0,
        backoff_cap: float = 300.0,
        on_error: Callable[[MailboxError], None] | None = None,
    ) -> None:
        super().__init__(name=f"watch {account.name}/{folder}", daemon=True)
        if not 0 < cycle <= 600:
            raise ValueError("cycle must be within (0, 600] seconds (RFC 2177; NAT boxes)")
        if poll_every <= 0 or backoff_cap <= 0:
            raise ValueError("poll_every and backoff_cap must be positive")
        self.account = account
        self.folder = folder
        self.cycle = cycle
        self.poll_every = poll_every
        self.backoff_cap = backoff_cap
        self._secret = secret
        self._on_change = on_change
        self._on_error = on_error
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self.sessions = 0  # connections that reached the folder; for status and tests

    def stop(self, timeout: float = 2.0) -> None:
        """Ask the thread to end and wait up to `timeout` seconds for it."""
        self._stopping.set()
        self._kick()
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout)

    def _kick(self) -> None:
        """Wake the thread from a blocking read by shutting the socket down under it.

        The plain socket's shutdown(), not SSLSocket's (which also tears down TLS state the
        reading thread is using); a closed socket object refuses it, so a reused descriptor
        is never touched.
        """
        with self._lock:
            sock = self._sock
        if sock is not None:
            with contextlib.suppress(OSError, ValueError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def run(self) -> None:
        failures = 0
        while not self._stopping.is_set():
            established = self.sessions
            try:
                self._session()
                continue
            except (LoginFailed, TlsFailed) as error:
                self._report(error)
                delay = self.backoff_cap
            except MailboxError as error:
                if self._stopping.is_set():
                    break
                failures = 1 if self.sessions > established else failures + 1
                self._report(error)
                delay = self._backoff(failures)
            except Exception as error:  # the secret source failed, or a bug
                if self._stopping.is_set():
                    break
                log.debug("%s: watching %s", self.account.name, self.folder, exc_info=True)
                self._report(
                    MailboxError(
                        f"account {self.account.name!r}: watching {self.folder!r} failed: {error}"
                    )
                )
                delay = self.backoff_cap
            log.debug("%s: next try to watch %s in %.1f s", self.account.name, self.folder, delay)
            self._stopping.wait(delay)

    def _backoff(self, failures: int) -> float:
        return backoff(failures, self.backoff_cap)

    def _report(self, error: MailboxError) -> None:
        if self._on_error is None:
            log.warning("%s", error)
            return
        log.debug("%s", error)
        try:
            self._on_error(error)
        except Exception:
            log.exception("the on_error callback failed")

    def _changed(self) -> None:
        try:
            self._on_change(self.folder)
        except Exception:
            log.exception("the on_change callback failed")

    def _session(self) -> None:
        """One connection, until it breaks (raises) or stop() is called (returns)."""
        mailbox = ImapMailbox(self.account, self._secret)
        try:
            mailbox.connect()
            with self._lock:
                self._sock = mailbox._socket()
            if self._stopping.is_set():
                return
            if mailbox.supports_idle:
                self._idle(mailbox)
            else:
                self._poll(mailbox)
        finally:
            with self._lock:
                self._sock = None
            if self._stopping.is_set():
                mailbox._drop()  # the socket is shut down already: no LOGOUT to wait for
            else:
                mailbox.close()

    def _poll(self, mailbox: ImapMailbox) -> None:
        last = mailbox.status(self.folder)
        self.sessions += 1
        self._changed()
        while not self._stopping.wait(self.poll_every):
            now = mailbox.status(self.folder)
            if now != last:
                last = now
                self._changed()

    def _idle(self, mailbox: ImapMailbox) -> None:
        with mailbox._session(f"selecting {self.folder!r}") as client:
            mailbox._select(client, self.folder, readonly=True, fresh=False)
        self.sessions += 1
        self._changed()
        while not self._stopping.is_set():
            with mailbox._session(f"IDLE on {self.folder!r}") as client:
                client.idle()
                if self._idle_cycle(client):
                    return
                timer = threading.Timer(IDLE_DONE_DEADLINE, self._kick)
                timer.daemon = True
                timer.start()
                try:
                    _text, responses = client.idle_done()
                finally:
                    timer.cancel()
                mailbox._forget_untagged(client)
            if _changes(responses):
                self._changed()

    def _idle_cycle(self, client: Any) -> bool:
        """Wait for news until the cycle ends (False) or stop() is called (True)."""
        cycle_end = time.monotonic() + self.cycle
        quick_empty = 0
        while not self._stopping.is_set():
            remaining = cycle_end - time.monotonic()
            if remaining <= 0:
                return False
            timeout = min(IDLE_CHECK, remaining)
            started = time.monotonic()
            responses = client.idle_check(timeout=timeout)
            if self._stopping.is_set():
                return True
            if responses:
                quick_empty = 0
                if _bye(responses):
                    raise LinkLost(
                        f"account {self.account.name!r}: the server ended the connection "
                        f"(BYE) while watching {self.folder!r}."
                    )
                if _changes(responses):
                    self._changed()
            elif time.monotonic() - started < timeout / 2:
                # imapclient swallows EOF: a dead link answers "nothing" at once, every time.
                # One early empty answer can be a TLS record without data; three are not.
                quick_empty += 1
                if quick_empty >= 3:
                    raise LinkLost(
                        f"account {self.account.name!r}: the connection was closed while "
                        f"watching {self.folder!r}."
                    )
            else:
                quick_empty = 0
        return True
