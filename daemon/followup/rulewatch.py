"""Notice edits to the user's rules (classify YAML, timing.yaml, templates/) and wake the daemon.

Only wakes: the daemon thread loads and validates the whole new set and swaps it in at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from watchdog.events import (
    EVENT_TYPE_CLOSED,
    EVENT_TYPE_CREATED,
    EVENT_TYPE_DELETED,
    EVENT_TYPE_MODIFIED,
    EVENT_TYPE_MOVED,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.utils.event_debouncer import EventDebouncer

from followup import paths

log = logging.getLogger(__name__)

# What the daemon reads from a rules directory: rule files and templates.
RULE_SUFFIXES = frozenset({".yaml", ".yml", ".txt"})
# An editor's save is a burst (write, close, rename, chmod): one reload for the lot.
DEBOUNCE_SECONDS = 0.3
# Writes and renames change what is read; `opened`, `closed_no_write` and `attrib` do not.
_CHANGES = frozenset(
    {
        EVENT_TYPE_CREATED,
        EVENT_TYPE_MODIFIED,
        EVENT_TYPE_MOVED,
        EVENT_TYPE_DELETED,
        EVENT_TYPE_CLOSED,
    }
)


def relevant(event: FileSystemEvent) -> bool:
    """Whether an event may change the rules: a rule file or template written, created,
    deleted or renamed to or from (editors save by renaming a temporary file over the old
    one), or a whole folder moved in or out. Hidden files (swap files, locks) never count."""
    if event.event_type not in _CHANGES:
        return False
    if event.is_directory:
        return event.event_type != EVENT_TYPE_MODIFIED
    names = [_text(event.src_path), _text(event.dest_path)]
    return any(_rule_file(name) for name in names if name)


def _text(path: str | bytes) -> str:
    return path.decode("utf-8", "surrogateescape") if isinstance(path, bytes) else path


def _rule_file(path: str) -> bool:
    name = Path(path)
    return name.suffix.lower() in RULE_SUFFIXES and not name.name.startswith(".")


def worth_watching(root: Path) -> bool:
    """The shipped rules change only with an upgrade of the package, which replaces the code
    too and wants a restart, not a reload of files caught halfway through the install: only
    the user's own rules directory is watched."""
    try:
        return root.is_dir() and root.resolve() != paths.shipped_rules_dir().resolve()
    except OSError:
        return False


class RuleWatcher:
    """Watches one rules directory (recursively) and calls `on_change` once per burst of
    edits, on the debouncer's thread: `on_change` must only wake the daemon."""

    def __init__(
        self,
        root: Path,
        on_change: Callable[[str], None],
        *,
        debounce: float = DEBOUNCE_SECONDS,
    ) -> None:
        self.root = root
        self._on_change = on_change
        self._debouncer = EventDebouncer(debounce, self._flush)
        self._observer: BaseObserver | None = None

    def start(self) -> None:
        handler = _Forward(self._debouncer.handle_event)
        observer = Observer()
        observer.schedule(handler, str(self.root), recursive=True)
        self._debouncer.start()
        observer.start()
        self._observer = observer
        log.debug("watching %s for rule edits", self.root)

    def stop(self) -> None:
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout=5)
            self._observer = None
        if self._debouncer.is_alive():
            self._debouncer.stop()
            self._debouncer.join(timeout=5)

    def _flush(self, events: list[FileSystemEvent]) -> None:
        changed = sorted({_text(e.dest_path or e.src_path) for e in events})
        shown = ", ".join(Path(p).name for p in changed[:3]) + (" …" if len(changed) > 3 else "")
        try:
            self._on_change(f"rules changed: {shown}")
        except Exception:  # noqa: BLE001 - the observer thread must survive a failing wake
            log.exception("waking the daemon after a rule edit failed")


class _Forward(FileSystemEventHandler):
    def __init__(self, forward: Callable[[FileSystemEvent], None]) -> None:
        self._forward = forward

    def on_any_event(self, event: FileSystemEvent) -> None:
        if relevant(event):
            self._forward(event)
