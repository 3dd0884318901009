"""A throwaway Dovecot 2.3 IMAP server on loopback, for integration tests.

Each server lives in its own short temp dir (config, TLS files, users, Maildirs, logs) and is
killed with its children on stop; nothing is left behind (see loopback.py).
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import ssl
import subprocess
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from imapclient import IMAPClient, SocketTimeout  # type: ignore[import-untyped]
from imapclient.imap_utf7 import encode as encode_utf7  # type: ignore[import-untyped]
from loopback import HOST, LoopbackServer, Tls, live_members

# A second loopback address the certificate does not name: connecting there with a trusted
# CA must still fail the hostname check.
UNNAMED_HOST = "127.0.0.2"

# What Dovecot 2.3 announces after login; drop_capabilities edits this list.
POST_LOGIN_CAPABILITIES = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES "
    "THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN "
    "NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES "
    "WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SNIPPET=FUZZY PREVIEW=FUZZY PREVIEW "
    "STATUS=SIZE SAVEDATE LITERAL+ NOTIFY SPECIAL-USE"
)

STANDARD_MAILBOXES: Mapping[str, str | None] = {"Drafts": r"\Drafts", "Sent": r"\Sent"}


class DovecotUnavailable(Exception):
    """Dovecot is not installed."""


class DovecotUnsupported(Exception):
    """Dovecot is installed, but of a version this fixture cannot configure."""


@dataclass(frozen=True)
class Options:
    """How one server is configured; tests choose with @pytest.mark.dovecot(**options)."""

    # name -> special-use attribute (None: the mailbox exists but carries no attribute)
    mailboxes: Mapping[str, str | None] = field(default_factory=lambda: dict(STANDARD_MAILBOXES))
    plaintext_auth: bool = False  # allow LOGIN without TLS on the imap port
    prefix: str = ""  # personal namespace prefix, e.g. "INBOX."
    separator: str = "."
    rawlog: bool = False  # Dovecot writes every session's raw protocol to rawlog_dir/USER/
    tls: bool = True  # False: no TLS at all (no STARTTLS, no imaps listener)
    # Capabilities the server stops announcing after login (it still implements them), to
    # see how a client copes with a server that lacks them.
    drop_capabilities: tuple[str, ...] = ()
    max_userip_connections: int = 200
    # An RFC 7662 introspection endpoint (POST token=...; JSON with "active": true and
    # "username"): when set, XOAUTH2 and OAUTHBEARER logins are checked there by an oauth2
    # passdb, and passwords (PLAIN, LOGIN) still by the users file.
    oauth2_introspection_url: str | None = None


def dovecot_version(binary: str = "dovecot") -> str:
    """The installed version (e.g. "2.3.19.1"); DovecotUnavailable when there is none,
    DovecotUnsupported when it is not 2.3."""
    path = shutil.which(binary) or (
        "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
    )
    if path is None:
        raise DovecotUnavailable(
            "dovecot is not installed; install it (Debian: apt-get install -y dovecot-imapd)"
        )
    out = subprocess.run([path, "--version"], capture_output=True, text=True, check=False)
    version = out.stdout.split()[0] if out.stdout.split() else ""
    if not version.startswith("2.3."):
        raise DovecotUnsupported(
            f"dovecot {version or '(unknown version)'} found at {path}; this fixture writes "
            "Dovecot 2.3 configuration (2.4 changed the syntax). Install Dovecot 2.3."
        )
    return version


CONFIG = """\
# A throwaway test server; nothing here is fit for production.
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = {host}, {unnamed_host}
shutdown_clients = yes

{ssl}
disable_plaintext_auth = {disable_plaintext_auth}

auth_mechanisms = plain login{oauth2_mechanisms}
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
{passwd_mechanisms}}}
{oauth2_passdb}userdb {{
  driver = passwd-file
  args = username_format=%u {root}/users
}}

mail_uid = nobody
mail_gid = {nogroup}
first_valid_uid = 1
mail_location = maildir:{root}/mail/%u
mailbox_idle_check_interval = 1 secs

namespace inbox {{
  inbox = yes
  prefix = {prefix}
  separator = {separator}
{mailboxes}
}}

protocol imap {{
  mail_max_userip_connections = {max_userip_connections}
{protocol_extra}
}}

service imap-login {{
  inet_listener imap {{
    port = {imap_port}
  }}
{imaps_listener}
}}
"""


# Dovecot 2.3's oauth2 passdb settings (its own file, named by the passdb's args). The
# introspection answer must say "active": true and name the user who logs in.
OAUTH2_CONFIG = """\
introspection_mode = post
introspection_url = {url}
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
timeout_msecs = 5000
"""

OAUTH2_PASSDB = """\
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {path}
}}
"""


def _mailbox_block(name: str, special_use: str | None) -> str:
    if '"' in name or "\\" in name:
        raise ValueError(f"mailbox name {name!r} cannot go into the test config")
    lines = [f'  mailbox "{name}" {{', "    auto = subscribe"]
    if special_use:
        lines.append(f"    special_use = {special_use}")
    lines.append("  }")
    return "\n".join(lines)


class Dovecot(LoopbackServer):
    """One running Dovecot with one test user (more with add_user)."""

    unnamed_host = UNNAMED_HOST
    name = "dovecot"
    session_process = "imap"
    # The children exit within milliseconds of SIGTERM; the master would linger for a second.
    term_seconds = 0.5

    def __init__(self, tls: Tls, options: Options | None = None, *, user: str = "dana") -> None:
        dovecot_version()
        self.options = options or Options()
        self.tls = tls
        super().__init__(tls, prefix="dc", user=user)
        (self.root / "mail").mkdir()
        (self.root / "mail").chmod(0o777)
        self.add_user(user, self.password)
        self._write_config()

    # ---- life cycle ------------------------------------------------------------------------

    @property
    def config_file(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_file(self) -> Path:
        return self.root / "dovecot.log"

    @property
    def maildir(self) -> Path:
        """The test user's Maildir (INBOX itself; folders are .Name subdirectories)."""
        return self.root / "mail" / self.user

    def _write_config(self) -> None:
        opts = self.options
        mailboxes = "\n".join(_mailbox_block(n, su) for n, su in opts.mailboxes.items())
        extra = []
        if opts.rawlog:
            extra.append(f"  rawlog_dir = {self.root}/rawlog/%u")
        if opts.drop_capabilities:
            dropped = {c.upper() for c in opts.drop_capabilities}
            kept = [c for c in POST_LOGIN_CAPABILITIES.split() if c.upper() not in dropped]
            extra.append(f"  imap_capability = {' '.join(kept)}")
        if opts.tls:
            ssl_settings = (
                f"ssl = yes\nssl_cert = <{self.tls.cert_file}\nssl_key = <{self.tls.key_file}\n"
                "ssl_min_protocol = TLSv1.2"
            )
            imaps = f"  inet_listener imaps {{\n    port = {self.imaps_port}\n    ssl = yes\n  }}"
        else:
            ssl_settings, imaps = "ssl = no", ""
        nogroup = "nogroup" if _group_exists("nogroup") else "nobody"
        oauth2_mechanisms = passwd_mechanisms = oauth2_passdb = ""
        if opts.oauth2_introspection_url is not None:
            url = opts.oauth2_introspection_url
            if not url.startswith(("http://", "https://")) or any(c.isspace() for c in url):
                raise ValueError(f"oauth2_introspection_url {url!r} is not an http(s) URL")
            oauth2_file = self.root / "dovecot-oauth2.conf.ext"
            oauth2_file.write_text(OAUTH2_CONFIG.format(url=url))
            oauth2_file.chmod(0o644)
            oauth2_mechanisms = " xoauth2 oauthbearer"
            # The users file answers for passwords only, never for a token.
            passwd_mechanisms = "  mechanisms = plain login\n"
            oauth2_passdb = OAUTH2_PASSDB.format(path=oauth2_file)
        self.config_file.write_text(
            CONFIG.format(
                root=self.root,
                host=HOST,
                unnamed_host=UNNAMED_HOST,
                ssl=ssl_settings,
                disable_plaintext_auth="no" if opts.plaintext_auth else "yes",
                nogroup=nogroup,
                prefix=opts.prefix,
                separator=opts.separator,
                mailboxes=mailboxes,
                protocol_extra="\n".join(extra),
                imap_port=self.imap_port,
                imaps_listener=imaps,
                max_userip_connections=opts.max_userip_connections,
                oauth2_mechanisms=oauth2_mechanisms,
                passwd_mechanisms=passwd_mechanisms,
                oauth2_passdb=oauth2_passdb,
            )
        )

    def start(self, timeout: float = 10.0) -> None:
        if self._proc is not None:
            raise RuntimeError("dovecot is already running")
        binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
        # A master killed while holding the dotlock of its instance list leaves it behind; the
        # next master would wait ~10 s for it, accepting connections but serving none.
        for stale in (self.root / "state").glob("*.lock"):
            stale.unlink(missing_ok=True)
        # -F: stay in the foreground so this process owns the master and can kill it.
        self._proc = subprocess.Popen(
            [binary, "-F", "-c", str(self.config_file)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        ports = (self.imap_port, self.imaps_port) if self.options.tls else (self.imap_port,)
        self._wait_for_greeting(self._wait_until_listening(ports, timeout))

    def _exited_at_start(self, proc: subprocess.Popen[bytes]) -> str:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        return f"dovecot exited at start: {err}\n{self.log_tail()}"

    def _wait_for_greeting(self, deadline: float) -> None:
        """Listening is not serving: wait until a client gets the IMAP greeting (over TLS
        when there is TLS), so the first test connection never races the login processes."""
        context = ssl.create_default_context(cafile=str(self.ca_file))
        port = self.imaps_port if self.options.tls else self.imap_port
        while True:
            try:
                with socket.create_connection((HOST, port), 2) as raw:
                    if self.options.tls:
                        with context.wrap_socket(raw, server_hostname=HOST) as tls:
                            if tls.recv(64).startswith(b"* OK"):
                                return
                    elif raw.recv(64).startswith(b"* OK"):
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"dovecot sent no greeting in time\n{self.log_tail()}")
            time.sleep(0.02)

    def _only_the_master_is_left(self, proc: subprocess.Popen[bytes]) -> bool:
        """On stop, clients see their connection closed without a BYE (use kick() for a
        BYE); the master, which would idle a second more after its children, is killed."""
        return live_members(proc.pid) == [proc.pid]

    def kick(self, user: str | None = None) -> None:
        """End every session of `user` the way an administrator does: `* BYE`, then close."""
        binary = shutil.which("doveadm") or "/usr/bin/doveadm"
        subprocess.run(
            [binary, "-c", str(self.config_file), "kick", user or self.user],
            check=True,
            capture_output=True,
        )

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no dovecot log)"

    # ---- users and accounts ----------------------------------------------------------------

    def add_user(self, user: str, password: str) -> None:
        """Add a login (passwd-file is re-read on change; no restart needed)."""
        if ":" in user or ":" in password or "\n" in user + password:
            raise ValueError("user and password must not contain ':' or newlines")
        self._users[user] = password
        if self.options.rawlog:
            # Dovecot writes a rawlog only into a directory that already exists.
            rawlog = self.root / "rawlog" / user
            rawlog.mkdir(parents=True, exist_ok=True)
            os.chown(rawlog, pwd.getpwnam("nobody").pw_uid, -1)
        users = "".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in self._users.items())
        path = self.root / "users"
        path.write_text(users)
        path.chmod(0o644)

    # ---- mail --------------------------------------------------------------------------------

    def _connect(self) -> IMAPClient:
        if self.options.tls:
            return super()._connect()
        # Without TLS, a login needs Options(plaintext_auth=True).
        return IMAPClient(HOST, self.imap_port, ssl=False, timeout=SocketTimeout(15, 15))

    def folder_dir(self, folder: str) -> Path:
        """Where Dovecot keeps `folder` on disk (Maildir++ layout)."""
        name = folder
        if self.options.prefix and name.startswith(self.options.prefix):
            name = name[len(self.options.prefix) :]
        if name.upper() == "INBOX" or not name:
            return self.maildir
        on_disk = encode_utf7(name).decode("ascii").replace(self.options.separator, ".")
        return self.maildir / ("." + on_disk)

    def reset_uidvalidity(self, folder: str) -> None:
        """Make the server renumber `folder` under a new UIDVALIDITY, keeping its messages.

        This is what a restored or rebuilt server looks like to a client. The server is
        stopped while the UID list and indexes are removed, then started again.
        """
        directory = self.folder_dir(folder)
        if not directory.is_dir():
            raise FileNotFoundError(directory)
        was_running = self.running
        self.stop()
        for path in directory.iterdir():
            if path.name.startswith(("dovecot-uidlist", "dovecot.index")):
                path.unlink()
        if was_running:
            self.start()

    def rawlog_commands(self, user: str | None = None) -> list[str]:
        """Every line the server received from `user`'s sessions after login (Options.rawlog),
        oldest session first, without Dovecot's timestamps: `TAG COMMAND args` lines, and the
        lines of any literal (message text) and DONE in between.

        Dovecot writes a session's log as it goes; close the client first to read it whole.
        """
        directory = self.root / "rawlog" / (user or self.user)
        lines: list[str] = []
        for path in sorted(directory.glob("*.in"), key=lambda p: p.stat().st_mtime):
            for line in path.read_bytes().decode("utf-8", "replace").split("\r\n"):
                _stamp, _, rest = line.partition(" ")
                if rest:
                    lines.append(rest)
        return lines

    def commands(self, name: str, user: str | None = None) -> list[str]:
        """The command lines whose command (after the tag) starts with `name`, e.g.
        "UID FETCH", "EXPUNGE", "IDLE"."""
        pattern = re.compile(r"^[A-Za-z0-9.]+ " + re.escape(name.upper()) + r"(?: |$)")
        return [line for line in self.rawlog_commands(user) if pattern.match(line.upper())]


def _group_exists(name: str) -> bool:
    import grp

    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True
