"""A throwaway Cyrus IMAP 3.6 server on loopback, for integration tests.

Cyrus differs from Dovecot where clients tend to trip: the personal namespace is `INBOX.`
with `.` as separator (folders are `INBOX.Drafts`, `INBOX.Sent`), special-use attributes
come back lower-case (`\\drafts`), and after login over TLS it still announces LOGINDISABLED.

Each server lives in its own short temp dir (imapd.conf, cyrus.conf, its sasldb, TLS files,
databases, spool) owned by the `cyrus` user; the master is started as root, drops to
`cyrus`, and is killed with its children on stop. Cyrus logs only to syslog; what each
session said is kept in its protocol log instead (`protocol_lines()`).
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from imapclient.imap_utf7 import encode as encode_utf7  # type: ignore[import-untyped]
from loopback import HOST, LoopbackServer, Tls

# cyrus-common holds the master and the tools; imapd and idled come in cyrus-imapd, which
# Debian does not let share a system with dovecot-imapd (both are an imap-server). Where both
# are wanted, cyrus-imapd is unpacked instead of installed:
#   apt-get download cyrus-imapd && dpkg-deb -x cyrus-imapd_*.deb /opt/cyrus-imapd
# and its binaries are found there (or in $CYRUS_IMAPD_BIN).
BIN = Path("/usr/lib/cyrus/bin")
MASTER = BIN / "master"
UNPACKED_BIN = Path("/opt/cyrus-imapd/usr/lib/cyrus/bin")
SASLPASSWD = "saslpasswd2"
CYRUS_USER = "cyrus"


def imapd_dir() -> Path | None:
    """Where imapd and idled are: $CYRUS_IMAPD_BIN, the installed package, or an unpacked one."""
    candidates = [os.environ.get("CYRUS_IMAPD_BIN"), str(BIN), str(UNPACKED_BIN)]
    for candidate in candidates:
        if candidate and (Path(candidate) / "imapd").exists():
            return Path(candidate)
    return None


class CyrusUnavailable(Exception):
    """Cyrus IMAP (or saslpasswd2) is not installed, or there is no `cyrus` user."""


@dataclass(frozen=True)
class Options:
    """How one server is configured; tests choose with @pytest.mark.cyrus(**options)."""

    # Cyrus's traditional namespace: INBOX.Drafts. True puts folders beside INBOX (Drafts).
    altnamespace: bool = False
    unixhierarchysep: bool = False  # True: "/" separates folders instead of "."
    # Folders created under INBOX at the first login, with the special-use they get.
    drafts: str | None = "Drafts"
    sent: str | None = "Sent"
    special_use: bool = True  # False: those folders carry no special-use attribute
    idled: bool = True  # push changes to IDLE through idled, as deployments do
    # How often IDLE looks for changes when there is no idled (Cyrus's default is 60).
    idle_poll_seconds: int = 60


def check_installed() -> None:
    """CyrusUnavailable unless Cyrus IMAP, saslpasswd2 and the `cyrus` user are there."""
    missing = [] if MASTER.exists() else [f"{MASTER} (cyrus-common)"]
    if imapd_dir() is None:
        missing.append(f"imapd in {BIN} or {UNPACKED_BIN} (cyrus-imapd)")
    if shutil.which(SASLPASSWD) is None:
        missing.append(f"{SASLPASSWD} (sasl2-bin)")
    if missing:
        raise CyrusUnavailable(
            f"Cyrus IMAP is not installed: {'; '.join(missing)} missing. Debian: apt-get "
            "install -y cyrus-imapd sasl2-bin, or, beside dovecot-imapd (a conflict): apt-get "
            "install -y cyrus-common sasl2-bin; apt-get download cyrus-imapd; dpkg-deb -x "
            "cyrus-imapd_*.deb /opt/cyrus-imapd"
        )
    try:
        pwd.getpwnam(CYRUS_USER)
    except KeyError:
        raise CyrusUnavailable(f"there is no {CYRUS_USER!r} user to run Cyrus as") from None


IMAPD_CONF = """\
# A throwaway test server; nothing here is fit for production.
configdirectory: {root}/conf
defaultpartition: default
partition-default: {root}/spool
temp_path: {root}/tmp
servername: localhost
syslog_prefix: cyrus-test
altnamespace: {altnamespace}
unixhierarchysep: {unixhierarchysep}
virtdomains: off
sasl_pwcheck_method: auxprop
sasl_auxprop_plugin: sasldb
sasl_sasldb_path: {root}/sasldb2
sasl_mech_list: PLAIN LOGIN
allowplaintext: no
failedloginpause: 0
autocreate_quota: 0
{autocreate}
tls_server_cert: {root}/tls/server.pem
tls_server_key: {root}/tls/server.key
tls_versions: tls1_2 tls1_3
imapidlepoll: {idle_poll}
"""

CYRUS_CONF = """\
START {{
  recover cmd="{bin}/ctl_cyrusdb -C {conf} -r"
}}
SERVICES {{
  imap cmd="{imapd_bin}/imapd -C {conf}" listen="{host}:{imap_port}" prefork=0 maxchild=100
  imaps cmd="{imapd_bin}/imapd -C {conf} -s" listen="{host}:{imaps_port}" prefork=0 maxchild=100
}}
{daemon}
"""


class Cyrus(LoopbackServer):
    """One running Cyrus with one test user (more with add_user)."""

    name = "cyrus"
    session_process = "imapd"
    # The master ends its children on SIGTERM; anything still alive after this is killed.
    term_seconds = 2.0

    def __init__(self, tls: Tls, options: Options | None = None, *, user: str = "dana") -> None:
        check_installed()
        self.version = ""  # from the greeting, e.g. "3.6.1-Debian-3.6.1-4+deb12u5"
        self.options = options or Options()
        super().__init__(tls, prefix="cy", user=user)
        for sub in ("conf/db", "conf/socket", "conf/proc", "conf/lock", "conf/log", "spool", "tmp"):
            (self.root / sub).mkdir(parents=True)
        (self.root / "tls").mkdir()
        # The shared TLS dir is root's alone; Cyrus reads its copies as `cyrus`.
        shutil.copy(tls.cert_file, self.root / "tls" / "server.pem")
        shutil.copy(tls.key_file, self.root / "tls" / "server.key")
        (self.root / "tls" / "server.key").chmod(0o600)
        self._write_config()
        self.add_user(user, self.password)

    # ---- names -----------------------------------------------------------------------------

    @property
    def separator(self) -> str:
        return "/" if self.options.unixhierarchysep else "."

    def folder(self, name: str) -> str:
        """The IMAP name of INBOX's subfolder `name` ("Drafts" -> "INBOX.Drafts")."""
        if self.options.altnamespace:
            return name
        return "INBOX" + self.separator + name

    @property
    def drafts(self) -> str:
        if self.options.drafts is None:
            raise ValueError("this server has no Drafts folder (Options(drafts=None))")
        return self.folder(self.options.drafts)

    @property
    def sent(self) -> str:
        if self.options.sent is None:
            raise ValueError("this server has no Sent folder (Options(sent=None))")
        return self.folder(self.options.sent)

    # ---- life cycle ------------------------------------------------------------------------

    @property
    def imapd_conf(self) -> Path:
        return self.root / "imapd.conf"

    @property
    def cyrus_conf(self) -> Path:
        return self.root / "cyrus.conf"

    @property
    def log_file(self) -> Path:
        """The master's stdout and stderr (Cyrus itself logs to syslog only)."""
        return self.root / "master.log"

    def _write_config(self) -> None:
        opts = self.options
        autocreate = []
        # Names in imapd.conf are as on the wire: modified UTF-7.
        folders = {
            use: encode_utf7(name).decode("ascii") if name else None
            for use, name in (("drafts", opts.drafts), ("sent", opts.sent))
        }
        names = [name for name in folders.values() if name]
        if names:
            autocreate.append("autocreate_inbox_folders: " + " | ".join(names))
            autocreate.append("autocreate_subscribe_folders: " + " | ".join(names))
        for use, name in folders.items():
            if name and opts.special_use:
                # The special-use attribute the folder gets when it is autocreated.
                autocreate.append(f"xlist-{use}: {name}")
        self.imapd_conf.write_text(
            IMAPD_CONF.format(
                root=self.root,
                altnamespace="yes" if opts.altnamespace else "no",
                unixhierarchysep="yes" if opts.unixhierarchysep else "no",
                autocreate="\n".join(autocreate),
                idle_poll=f"{opts.idle_poll_seconds}s",
            )
        )
        # master does not hand its -C on to the processes it starts: each gets its own.
        imapd_bin = imapd_dir() or BIN
        daemon = (
            f'DAEMON {{\n  idled cmd="{imapd_bin}/idled -C {self.imapd_conf}"\n}}'
            if opts.idled
            else ""
        )
        self.cyrus_conf.write_text(
            CYRUS_CONF.format(
                bin=BIN,
                imapd_bin=imapd_bin,
                conf=self.imapd_conf,
                host=HOST,
                imap_port=self.imap_port,
                imaps_port=self.imaps_port,
                daemon=daemon,
            )
        )

    def _chown(self) -> None:
        entry = pwd.getpwnam(CYRUS_USER)
        for directory, dirs, files in os.walk(self.root):
            for name in [directory, *(os.path.join(directory, n) for n in dirs + files)]:
                os.chown(name, entry.pw_uid, entry.pw_gid)

    def start(self, timeout: float = 10.0) -> None:
        if self._proc is not None:
            raise RuntimeError("cyrus is already running")
        self._chown()
        # Without -d the master stays in the foreground: this process owns it and its group.
        self._proc = subprocess.Popen(
            [
                str(MASTER), "-C", str(self.imapd_conf), "-M", str(self.cyrus_conf),
                "-p", str(self.root / "master.pid"), "-L", str(self.log_file),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        self._wait_until_listening((self.imap_port, self.imaps_port), timeout)
        for user in self._users:
            # The first login creates INBOX and its special-use folders.
            with self.client(user) as client:
                match = re.search(rb"Cyrus IMAP (\S+)", client.welcome or b"")
                self.version = match.group(1).decode() if match else "unknown"

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_file.read_text(errors="replace")
        except OSError:
            return "(no master log)"
        return "\n".join(text.splitlines()[-lines:]) or "(the master logged nothing)"

    # ---- users and accounts ----------------------------------------------------------------

    def add_user(self, user: str, password: str) -> None:
        """Add (or re-key) a login in the server's own sasldb; no restart needed."""
        if "\n" in user + password or "@" in user:
            raise ValueError("user and password must not contain newlines; user no '@'")
        subprocess.run(
            [SASLPASSWD, "-f", str(self.root / "sasldb2"), "-u", "localhost", "-p", "-c", user],
            input=password.encode(),
            check=True,
            capture_output=True,
        )
        self._users[user] = password
        # Cyrus writes a session's protocol log when this directory exists.
        (self.root / "conf" / "log" / user).mkdir(exist_ok=True)
        if self.running:
            self._chown()

    # ---- mail --------------------------------------------------------------------------------

    def protocol_lines(self, user: str | None = None) -> list[str]:
        """Every line of `user`'s sessions, oldest session first: client lines start with
        "C: ", server lines with "S: " (from Cyrus's protocol log; close clients first)."""
        directory = self.root / "conf" / "log" / (user or self.user)
        lines: list[str] = []
        for path in sorted(directory.iterdir(), key=lambda p: (p.stat().st_mtime, p.name)):
            # One file per imapd process, which may serve several sessions in turn; each
            # starts with a "---------- user date" banner. A direction marker (<stamp< from
            # the client, >stamp> from the server) starts each burst of lines.
            side = ""
            for line in path.read_bytes().decode("utf-8", "replace").split("\r\n"):
                for part in line.split("\n"):
                    match = re.match(r"^([<>])\d+[<>](.*)$", part, re.DOTALL)
                    if match:
                        side = "C: " if match.group(1) == "<" else "S: "
                        part = match.group(2)
                    elif part.startswith("---------- "):
                        side = ""
                    if side and part:
                        lines.append(side + part)
        return lines

    def commands(self, name: str, user: str | None = None) -> list[str]:
        """The client command lines whose command (after the tag) starts with `name`, e.g.
        "UID EXPUNGE", "EXPUNGE", "IDLE"."""
        pattern = re.compile(r"^C: [A-Za-z0-9.]+ " + re.escape(name.upper()) + r"(?: |$)")
        return [line[3:] for line in self.protocol_lines(user) if pattern.match(line.upper())]
