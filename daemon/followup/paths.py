"""Where things live on this machine: the state database, the rules, the local time zone.

Shell code: it reads the environment and the file system so the core never has to.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from followup.config import Config

DATABASE_NAME = "followup.sqlite3"


def state_dir(explicit: str | Path | None = None) -> Path:
    """Flag, then $FOLLOWUP_STATE_DIR, then systemd's $STATE_DIRECTORY, then the XDG default."""
    for candidate in (explicit, os.environ.get("FOLLOWUP_STATE_DIR")):
        if candidate:
            return Path(candidate).expanduser()
    systemd = os.environ.get("STATE_DIRECTORY")
    if systemd:
        return Path(systemd.split(":")[0])
    xdg = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(xdg) / "followup"


def state_dir_for(flag: str | Path | None, config: Config | None) -> Path:
    """--state-dir, $FOLLOWUP_STATE_DIR, systemd's $STATE_DIRECTORY, then the config's
    state_dir, then the XDG default: a unit's StateDirectory= wins over a home-directory
    path in the config that a hardened unit may not be allowed to write."""
    if flag or os.environ.get("FOLLOWUP_STATE_DIR") or os.environ.get("STATE_DIRECTORY"):
        return state_dir(flag)
    return state_dir(config.state_dir if config else None)


def shipped_rules_dir() -> Path:
    """The default rules and templates installed with the package."""
    return Path(str(files("followup.rules")))


def rules_dir(explicit: str | Path | None = None) -> Path:
    """Flag, then $FOLLOWUP_RULES, then ~/.config/followup/rules if it exists, else shipped."""
    for candidate in (explicit, os.environ.get("FOLLOWUP_RULES")):
        if candidate:
            return Path(candidate).expanduser()
    xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    user = Path(xdg) / "followup" / "rules"
    return user if user.is_dir() else shipped_rules_dir()


def rules_root(config: Config | None, explicit: str | Path | None = None) -> Path:
    """A --rules flag, else $FOLLOWUP_RULES, else the config's rules_dir, else
    ~/.config/followup/rules if it exists, else the shipped rules."""
    if explicit is None and not os.environ.get("FOLLOWUP_RULES") and config is not None:
        explicit = config.rules_dir
    return rules_dir(explicit)


def classify_rules_dir(root: Path) -> Path:
    """The classification rules in a rules directory (its `classify/`), or `root` itself when
    it holds the rule files directly."""
    sub = root / "classify"
    return sub if sub.is_dir() else root


def local_zone() -> str:
    """This machine's IANA zone name ($TZ, /etc/timezone, /etc/localtime), else UTC."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and "/" in tz and not tz.startswith("/"):
        return tz
    try:
        name = Path("/etc/timezone").read_text(encoding="utf-8").strip()
        if name:
            return name
    except OSError:
        pass
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        return "UTC"
    marker = "zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else "UTC"
