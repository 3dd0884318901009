"""`followup explain`: read messages, classify them, and show what was decided and why.

Shell code (reads files and stdin); the decisions come from mail.parse → classify → extract.
With --json each message is one JSON object per line with a fixed set of keys (a contract).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from .classify import RuleSet, Verdict, classify, owner_addresses
from .extract import extract
from .mail import parse
from .model import Mail, Person, Signal
from .yamlfile import YamlError

__all__ = ["JSON_KEYS", "explain_message", "iter_sources", "run", "to_json"]

# The --json contract: exactly these keys, in this order.
JSON_KEYS = (
    "file",
    "message_id",
    "category",
    "company",
    "role",
    "interview",
    "interviewers",
    "decision_timeline",
    "rules",
    "unreadable",
)
MAX_MESSAGE_BYTES = 50_000_000  # a bigger "message" is not mail; say so instead of reading it


@dataclass(frozen=True)
class Source:
    """One message to explain: where it came from, and its bytes or why they are missing."""

    name: str
    data: bytes | None
    error: str | None = None


@dataclass(frozen=True)
class Explanation:
    """Everything `explain` shows about one message."""

    source: str
    mail: Mail | None
    verdict: Verdict | None
    signal: Signal | None
    unreadable: str | None


def iter_sources(paths: list[str], stdin: BinaryIO) -> Iterator[Source]:
    """Each message named by `paths`: files, directories of .eml, Maildirs, or '-' (stdin)."""
    for raw in paths:
        if raw == "-":
            yield _read_stdin(stdin)
            continue
        path = Path(raw)
        if path.is_dir():
            files = _maildir_files(path) if _is_maildir(path) else sorted(path.glob("*.eml"))
            if not files:
                yield Source(raw, None, "no messages here (*.eml, or a Maildir's cur/ and new/)")
            for file in files:
                yield _read_file(file)
        else:
            yield _read_file(path)


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() or (path / "new").is_dir()


def _maildir_files(path: Path) -> list[Path]:
    files: list[Path] = []
    for sub in ("new", "cur"):
        folder = path / sub
        if folder.is_dir():
            files += sorted(
                p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
            )
    return files


def _read_stdin(stdin: BinaryIO) -> Source:
    try:
        data = stdin.read(MAX_MESSAGE_BYTES + 1)
    except (OSError, ValueError) as err:
        return Source("-", None, f"cannot read stdin: {err}")
    if isinstance(data, str):  # a text stream passed by mistake still works
        data = data.encode("utf-8", "surrogateescape")
    if len(data) > MAX_MESSAGE_BYTES:
        return Source("-", None, f"larger than {MAX_MESSAGE_BYTES} bytes")
    return Source("-", bytes(data))


def _read_file(path: Path) -> Source:
    try:
        if path.stat().st_size > MAX_MESSAGE_BYTES:
            return Source(str(path), None, f"larger than {MAX_MESSAGE_BYTES} bytes")
        return Source(str(path), path.read_bytes())
    except OSError as err:
        return Source(str(path), None, f"cannot read: {err.strerror or err}")


def explain_message(
    source: Source,
    rules: RuleSet,
    me: frozenset[str],
    zone: str | None = None,
) -> Explanation:
    """Parse, classify and extract one message; never raises (one bad message never stops
    the rest)."""
    if source.data is None:
        return Explanation(source.name, None, None, None, source.error or "unreadable")
    try:
        mail = parse(source.data)
        verdict = classify(mail, rules, me)
        signal = extract(mail, verdict, rules=rules, me=me, zone=zone)
    except Exception as err:  # noqa: BLE001 - reported per message, like the daemon does
        reason = " ".join(f"internal error: {type(err).__name__}: {err}".split())[:300]
        return Explanation(source.name, None, None, None, reason)
    return Explanation(source.name, mail, verdict, signal, mail.unreadable)


def to_json(explanation: Explanation) -> dict[str, Any]:
    """The --json object for one message (keys exactly JSON_KEYS)."""
    signal = explanation.signal
    mail = explanation.mail
    interview = None
    if signal is not None and signal.interview_start is not None:
        end = signal.interview_end.isoformat() if signal.interview_end else None
        interview = {"start": signal.interview_start.isoformat(), "end": end}
    timeline = None
    if signal is not None and signal.decision_date is not None:
        timeline = {"text": signal.decision_text, "date": signal.decision_date.isoformat()}
    return {
        "file": explanation.source,
        "message_id": mail.message_id if mail is not None else None,
        "category": signal.kind.value if signal is not None else None,
        "company": signal.company if signal is not None else None,
        "role": signal.role if signal is not None else None,
        "interview": interview,
        "interviewers": [
            {"name": p.name, "email": p.email} for p in (signal.interviewers if signal else ())
        ],
        "decision_timeline": timeline,
        "rules": list(signal.rules) if signal is not None else [],
        "unreadable": explanation.unreadable,
    }


def _person(person: Person) -> str:
    if person.name and person.email:
        return f"{person.name} <{person.email}>"
    return person.name or person.email


def _human(explanation: Explanation) -> str:
    lines = [explanation.source]

    def row(label: str, value: str) -> None:
        lines.append(f"  {label:<13}{value}")

    signal, verdict, mail = explanation.signal, explanation.verdict, explanation.mail
    if signal is None or verdict is None or mail is None:
        row("unreadable", explanation.unreadable or "?")
        return "\n".join(lines)
    if explanation.unreadable:
        row("unreadable", explanation.unreadable)
    row("subject", mail.subject or "—")
    row("from", _person(mail.sender) if mail.sender else "—")
    row("category", signal.kind.value)
    deciding = set(verdict.deciding)
    for name in verdict.rules:
        mark = "decided by" if name in deciding else "also fired"
        whys = [r.split(": ", 1)[1] for r in verdict.reasons if r.split(": ", 1)[0] == name]
        row(mark, f"{name}: " + "; ".join(whys))
    if not verdict.rules:
        row("why", "no rule fired, so: other")
    row("company", signal.company or "—")
    row("role", signal.role or "—")
    if signal.interview_start is not None:
        when = signal.interview_start.isoformat(" ", "minutes")
        if signal.interview_end is not None:
            when += " – " + signal.interview_end.isoformat(" ", "minutes")
        row("interview", when)
    else:
        row("interview", "—")
    row("interviewers", ", ".join(map(_person, signal.interviewers)) or "—")
    row("contact", _person(signal.contact) if signal.contact else "—")
    if signal.decision_date is not None:
        row("timeline", f"{signal.decision_text!r} → {signal.decision_date.isoformat()}")
    if signal.return_date is not None:
        row("back on", signal.return_date.isoformat())
    if signal.wants_references:
        row("references", "the company asks for references")
    if signal.invite_uid:
        row("invite uid", signal.invite_uid)
    for note in (*mail.notes, *(n for invite in mail.invites for n in invite.notes)):
        row("note", note)
    return "\n".join(lines)


def run(
    paths: list[str],
    *,
    as_json: bool,
    rules_dir: Path | None,
    me: str | None,
    stdin: BinaryIO,
    out: TextIO,
    err: TextIO | None = None,
    zone: str | None = None,
) -> int:
    """The `followup explain` command. Exit status: 0 all read, 1 some message could not be
    read (the others are still shown), 2 the rules are broken (nothing is read)."""
    err = err if err is not None else sys.stderr
    try:
        rules = RuleSet.load(rules_dir) if rules_dir is not None else RuleSet.default()
    except YamlError as error:
        print(f"followup explain: rules: {error}", file=err)
        return 2
    owner = owner_addresses(
        part for part in (me or "").replace(";", ",").split(",") if part.strip()
    )
    status = 0
    first = True
    for source in iter_sources(paths or ["-"], stdin):
        explanation = explain_message(source, rules, owner, zone)
        if explanation.mail is None:
            status = 1
        if as_json:
            out.write(json.dumps(to_json(explanation), ensure_ascii=False) + "\n")
        else:
            out.write(("" if first else "\n") + _human(explanation) + "\n")
        first = False
    out.flush()
    return status
