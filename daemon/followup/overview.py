"""`followup status`: every application in one table that fits the terminal, or JSON.

Pure: given the applications and what the store holds about them, returns text or plain data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from followup.describe import STATE_WORDS, by_urgency, day, next_step, people, when
from followup.machine import base_step, next_due
from followup.model import TERMINAL_STATES, Application, State
from followup.pick import short_refs
from followup.store import OutboxEntry

HEADERS = ("REF", "ACCOUNT", "COMPANY", "ROLE", "STATE", "LAST EVENT", "NEXT", "WHEN")
# Never cut: REF is what the other commands take; state and time are short already.
WHOLE = frozenset({"REF", "STATE", "WHEN"})
# A column is never cut below this many characters (or its header's width).
NARROWEST = 8
GAP = "  "


@dataclass(frozen=True)
class Row:
    """One application as status shows it."""

    app: Application
    ref: str
    account: str | None
    what: str
    at: str

    @property
    def needs_you(self) -> bool:
        return needs_you(self.app)


def needs_you(app: Application) -> bool:
    """A draft waits for the user to send it, or the company asked for something."""
    if app.state in TERMINAL_STATES:
        return False
    return bool(app.open_drafts) or app.state == State.ACTION_NEEDED


def rows(
    applications: Sequence[Application], accounts: dict[str, str | None], zone: str
) -> list[Row]:
    refs = short_refs(applications)
    result = []
    for app in by_urgency(list(applications)):
        what, at = next_step(app, zone)
        result.append(Row(app, refs[app.id], accounts.get(app.id), what, at))
    return result


def headline(table: Sequence[Row], zone: str) -> str:
    """`5 applications · 2 need you · next: thank-you to Ana Ruiz, Tue 3 Mar 10:00`."""
    count = len(table)
    parts = [f"{count} application{'s' if count != 1 else ''}"]
    open_count = sum(1 for row in table if row.app.state not in TERMINAL_STATES)
    if open_count != count:
        parts.append(f"{open_count} open")
    parts.append(f"{sum(1 for row in table if row.needs_you)} need you")
    soonest = min(
        ((due[1], row) for row in table if (due := next_due(row.app)) is not None),
        key=lambda pair: pair[0],
        default=None,
    )
    if soonest is not None:
        instant, row = soonest
        parts.append(f"next: {row.what} ({row.app.company or row.ref}), {when(instant, zone)}")
    return " · ".join(parts)


def table(table_rows: Sequence[Row], zone: str, width: int | None) -> str:
    """The table, its widest columns cut first until it fits `width` (None: no limit); the
    account column only when the applications belong to more than one account."""
    several = len({row.account for row in table_rows}) > 1
    header = [h for h in HEADERS if several or h != "ACCOUNT"]
    cells = [header]
    for row in table_rows:
        app = row.app
        last = f"{app.last_event}, {day(app.last_event_at, zone)}" if app.last_event else "—"
        line = [row.ref, row.account or "—", app.company or "—", app.role or "—"]
        line += [STATE_WORDS[app.state], last, row.what, row.at]
        cells.append(line if several else line[:1] + line[2:])
    # Too narrow even with every column cut: leave out the least needed ones.
    for dropped in ((), ("LAST EVENT",), ("LAST EVENT", "ROLE")):
        keep = [i for i, h in enumerate(header) if h not in dropped]
        shown = [[row[i] for i in keep] for row in cells]
        text = fit(shown, width, [header[i] in WHOLE for i in keep])
        if width is None or max(len(line) for line in text.splitlines()) <= width:
            break
    return text


def fit(cells: list[list[str]], width: int | None, whole: list[bool] | None = None) -> str:
    """Columns padded to their widest cell; while too wide, the widest column that may be
    cut loses a character (cut cells end in an ellipsis), so short columns stay whole."""
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]
    keep = whole or [False] * len(widths)
    floors = [
        widths[i] if keep[i] else min(widths[i], max(NARROWEST, len(cells[0][i])))
        for i in range(len(widths))
    ]
    if width is not None:
        while sum(widths) + len(GAP) * (len(widths) - 1) > width:
            widest = max(range(len(widths)), key=lambda i: widths[i] - floors[i])
            if widths[widest] <= floors[widest]:
                break
            widths[widest] -= 1
    return "".join(
        GAP.join(_cut(cell, w).ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        + "\n"
        for row in cells
    )


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def as_json(
    table_rows: Sequence[Row],
    failed: Sequence[OutboxEntry],
    unreadable: Sequence[tuple[str, str, int, str]],
    zone: str,
) -> dict[str, Any]:
    """A stable shape for scripts: instants in ISO 8601 with their offset."""
    applications = []
    for row in table_rows:
        app = row.app
        due = next_due(app)
        applications.append(
            {
                "id": app.id,
                "ref": row.ref,
                "account": row.account,
                "company": app.company,
                "role": app.role,
                "state": app.state.value,
                "needs_you": row.needs_you,
                "last_event": app.last_event or None,
                "last_event_at": _iso(app.last_event_at),
                "next": row.what,
                "next_at": _iso(due[1]) if due else None,
                "open_drafts": [base_step(step) for _, step in app.open_drafts],
                "interviewers": people(app.interviewers) if app.interviewers else None,
            }
        )
    return {
        "applications": applications,
        "failed_actions": [
            {
                "application_id": entry.action.application_id,
                "step": entry.action.step,
                "attempts": entry.attempts,
                "error": entry.last_error,
            }
            for entry in failed
        ],
        "unreadable_messages": [
            {"folder": folder, "message_id": message_id, "uid": uid, "reason": reason}
            for folder, message_id, uid, reason in unreadable
        ],
        "zone": zone,
    }


def _iso(instant: datetime | None) -> str | None:
    return instant.isoformat() if instant else None
