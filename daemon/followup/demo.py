"""`followup demo`: four weeks of a job search replayed in seconds on a sample Maildir.

The real Worker over the real Maildir backend, on an injected clock; nothing outside DIR.
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import TextIO

from followup import demo_story as story
from followup import paths
from followup.config import NO_SERVER, Account, Credentials, MaildirLayout, MaildirPlace
from followup.describe import STEP_WORDS
from followup.engine import NOT_FETCHED, Outcome, Settings
from followup.machine import base_step
from followup.maildir import MaildirMailbox
from followup.policy import POLICY_FILE, load_policy
from followup.runtime import Runtime, load_rules, load_templates
from followup.service import Worker
from followup.store import Store
from followup.triage import Hints

__all__ = ["DemoResult", "main", "run"]

_DELIVERIES = itertools.count(1)
# Kinds of draft the simulated user sends the day they appear (the rest stay in Drafts).
SENT_BY_USER = ("thank_you", "follow_up")
WIDTH = 80
MAX_CYCLES = 2000  # a guard: the story needs a few dozen


@dataclass(frozen=True)
class Line:
    """One line of the timeline."""

    at: datetime
    who: str  # the application (company) or "" for mail about none
    text: str


@dataclass
class Draft:
    """A draft as the daemon wrote it, and where it is now."""

    raw: bytes
    written: datetime
    step: str  # the machine's step, e.g. thank_you, follow_up_1, references
    path: Path  # in Drafts; in Sent once the user sent it
    sent: datetime | None = None


@dataclass
class DemoResult:
    directory: Path
    mail: Path
    lines: list[Line] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)
    cycles: int = 0
    seconds: float = 0.0


def run(directory: Path) -> DemoResult:
    """Build the sample Maildir in `directory` and replay the story; what happened."""
    started = time.monotonic()
    mail = directory / "Mail"
    state = directory / "state"
    for folder in ("INBOX", "Sent", "Drafts"):
        for sub in ("cur", "new", "tmp"):
            (mail / folder / sub).mkdir(parents=True, exist_ok=True)
    state.mkdir(parents=True, exist_ok=True)
    account = Account(
        "demo",
        NO_SERVER,
        "",
        Credentials(),
        maildir=MaildirPlace(mail, MaildirLayout.PLAIN),
    )
    result = DemoResult(directory, mail)

    def open_mailbox() -> MaildirMailbox:
        mailbox = MaildirMailbox(account, state)
        mailbox.connect()
        return mailbox

    with Store.open(state / paths.DATABASE_NAME) as store:
        worker = Worker(account, story.PROFILE, store, _runtime(account.name), open_mailbox)
        _Replay(worker, store, result).run()
        worker.disconnect()
    result.seconds = time.monotonic() - started
    return result


def _runtime(account: str) -> Runtime:
    """The shipped rules, timed in the story's zone (not this machine's)."""
    shipped = paths.shipped_rules_dir()
    policy = load_policy(shipped / POLICY_FILE, story.ZONE)
    rules = load_rules(shipped)
    settings = Settings.build(account, rules, policy, story.PROFILE.addresses)
    return Runtime(shipped, settings, load_templates(shipped), Hints.from_rules(rules))


class _Replay:
    """The clock moves from one thing to the next: a message landing, a timer falling due,
    the user sending a draft; the worker runs a full cycle at each."""

    def __init__(self, worker: Worker, store: Store, result: DemoResult) -> None:
        self.worker = worker
        self.store = store
        self.result = result
        self.arrivals = story.deliveries()
        self.about = {_message_id(d.raw): d.about for d in self.arrivals}
        self.sends: list[tuple[datetime, Draft]] = []
        self.seen_drafts: set[str] = set()
        self.seen_notices: set[str] = set()
        self.last_event = 0

    def run(self) -> None:
        now = story.START
        while now <= story.END and self.result.cycles < MAX_CYCLES:
            self._land(now)
            report = self.worker.cycle(now)
            self.result.cycles += 1
            for outcome in report.outcomes:
                self._outcome(now, outcome)
            self._events()
            self._new_drafts(now)
            self._notices(now)
            now = self._next(now)

    def _next(self, now: datetime) -> datetime:
        later = [d.at for d in self.arrivals] + [at for at, _ in self.sends]
        due = self.store.next_due()
        if due is not None and due > now:
            later.append(due)
        soonest = min([t for t in later if t > now], default=story.END + timedelta(days=1))
        return max(soonest, now + timedelta(minutes=1))

    def _land(self, now: datetime) -> None:
        """Mail due by `now` lands as a delivery agent puts it: tmp/, then new/ (INBOX) or
        cur/ seen (what the user's client saved in Sent), dated when it arrived."""
        while self.arrivals and self.arrivals[0].at <= now:
            delivery = self.arrivals.pop(0)
            _deliver(self.result.mail / delivery.folder, delivery.raw, delivery.at)
        for item in [s for s in self.sends if s[0] <= now]:
            self.sends.remove(item)
            self._send(*item)

    def _send(self, when: datetime, draft: Draft) -> None:
        """What a mail client does when the user sends a draft: the draft leaves Drafts and
        the message as sent is saved in Sent."""
        number = sum(1 for d in self.result.drafts if d.sent) + 1
        sent = story.sent_copy(draft.raw, when, number)
        draft.path.unlink(missing_ok=True)
        draft.path = _deliver(self.result.mail / "Sent", sent, when, seen=True)
        draft.sent = when
        who = _company_of(self.store, draft.raw)
        self._say(when, who, f"you send the {_label(draft.step)}; your client moves it to Sent")

    def _outcome(self, now: datetime, outcome: Outcome) -> None:
        about = self.about.get(outcome.message_id)
        if outcome.application_id or about is None:
            return  # tracked mail is told by its events; the user's own by the send
        if outcome.category == NOT_FETCHED:
            why = "mailing-list mail about nothing tracked: its headers were enough"
        else:
            why = f"{outcome.category.replace('_', ' ')}: {outcome.reason}"
        self._say(now, "", f"{about}, ignored ({why})")

    def _events(self) -> None:
        events = [e for e in self.store.events() if e.seq > self.last_event]
        for event in events:
            self.last_event = event.seq
            if not event.application_id:
                continue
            app = self.store.application(event.application_id)
            who = (app.company if app else None) or event.application_id
            change = ""
            if event.state_before != event.state_after and event.state_after:
                change = f"{event.state_before or 'new'} → {event.state_after}: "
            kind = "" if event.kind == "tick" else event.kind.replace("_", " ") + ": "
            self._say(event.at, who, f"{kind}{change}{event.reason}")

    def _new_drafts(self, now: datetime) -> None:
        for path in sorted((self.result.mail / "Drafts" / "cur").iterdir()):
            if path.name in self.seen_drafts or path.name.startswith("."):
                continue
            self.seen_drafts.add(path.name)
            raw = path.read_bytes()
            message = message_from_bytes(raw, policy=default)
            step = _step(self.store, str(message["X-Followup-Action"] or ""))
            draft = Draft(raw, now, step, path)
            self.result.drafts.append(draft)
            to = str(message["To"] or "nobody")
            who = _company_of(self.store, raw)
            self._say(now, who, f"{_label(step)} drafted to {to}, in Drafts")
            if step.startswith(SENT_BY_USER):
                self.sends.append((now + story.send_delay(), draft))

    def _notices(self, now: datetime) -> None:
        inbox = self.result.mail / "INBOX"
        for path in sorted([*(inbox / "new").iterdir(), *(inbox / "cur").iterdir()]):
            if path.name in self.seen_notices:
                continue
            self.seen_notices.add(path.name)
            message = message_from_bytes(path.read_bytes(), policy=default)
            if message["X-Followup-Notice"]:
                first = _body(message).split("\n\n")[0]
                self._say(now, "", f"a note to you in INBOX: {' '.join(first.split())}")

    def _say(self, at: datetime, who: str, text: str) -> None:
        self.result.lines.append(Line(at, who, text))


def _deliver(folder: Path, raw: bytes, when: datetime, *, seen: bool = False) -> Path:
    name = f"{int(when.timestamp())}.M{next(_DELIVERIES)}P{os.getpid()}.followup-demo"
    temporary = folder / "tmp" / name
    temporary.write_bytes(raw)
    stamp = when.timestamp()
    os.utime(temporary, (stamp, stamp))
    final = folder / "cur" / (name + ":2,S") if seen else folder / "new" / name
    os.rename(temporary, final)
    return final


def _message_id(raw: bytes) -> str:
    value = message_from_bytes(raw, policy=default)["Message-ID"]
    return str(value or "").strip().strip("<>")


def _label(step: str) -> str:
    base = base_step(step)
    return STEP_WORDS.get(base, base.replace("_", " "))


def _step(store: Store, action_id: str) -> str:
    for entry in store.outbox():
        if action_id.startswith(entry.action.id):
            return entry.action.step
    return "draft"


def _company_of(store: Store, raw: bytes) -> str:
    """The company of the application a message's thread belongs to, '' if none."""
    message = message_from_bytes(raw, policy=default)
    action = str(message["X-Followup-Action"] or "")
    ids = {
        part.strip("<> \t")
        for name in ("In-Reply-To", "References", "Message-ID")
        for part in str(message[name] or "").split()
    }
    for app in store.applications():
        if (action and action.startswith(app.id)) or ids & set(app.thread_ids):
            return app.company or app.id
    return ""


# -- printing ----------------------------------------------------------------------------------


def render(result: DemoResult, out: TextIO, *, color: bool = False) -> None:
    """The timeline, then every draft with its file, then how to look at them in a client."""
    bold = (lambda s: f"\033[1m{s}\033[0m") if color else (lambda s: s)
    out.write(bold("What happened, and why") + "\n" + "=" * 22 + "\n")
    day = None
    for line in sorted(result.lines, key=lambda item: item.at):
        local = line.at.astimezone(story.BERLIN)
        if local.date() != day:
            day = local.date()
            out.write("\n" + bold(local.strftime("%a %d %b %Y")) + "\n")
        prefix = f"  {local:%H:%M}  "
        head = f"{line.who}: " if line.who else ""
        out.write(
            textwrap.fill(
                head + line.text,
                WIDTH,
                initial_indent=prefix,
                subsequent_indent=" " * len(prefix),
                break_on_hyphens=False,
            )
            + "\n"
        )
    title = f"The {len(result.drafts)} drafts it wrote"
    out.write("\n" + bold(title) + "\n" + "=" * len(title) + "\n")
    for number, draft in enumerate(result.drafts, 1):
        message = message_from_bytes(draft.raw, policy=default)
        local = draft.written.astimezone(story.BERLIN)
        if draft.sent:
            where = f"sent by you {draft.sent.astimezone(story.BERLIN):%a %d %b %H:%M}; now"
        else:
            where = "waiting for you in Drafts:"
        out.write(f"\n--- {number}. {_label(draft.step)}, written {local:%a %d %b %H:%M}\n")
        out.write(_wrap(f"    {where} {draft.path}") + "\n\n")
        for name in ("From", "To", "Cc", "Subject", "In-Reply-To"):
            if message[name]:
                out.write(_wrap(f"{name}: {message[name]}") + "\n")
        out.write("\n" + _body(message).rstrip() + "\n")
    mail = result.mail
    out.write(
        "\n"
        + bold("Look at them in your mail client")
        + "\n"
        + f"  mutt -f {mail / 'Drafts'}    (or neomutt -f; Sent and INBOX beside it)\n"
        + f"  followup --state-dir {result.directory / 'state'} status\n"
        + f"\nReplayed {_span()} in {result.cycles} cycles, {result.seconds:.1f} s.\n"
    )


def _span() -> str:
    days = (story.END - story.START).days
    return f"{days // 7} weeks" if days % 7 == 0 else f"{days} days"


def _wrap(text: str) -> str:
    return textwrap.fill(text, WIDTH, subsequent_indent="    ", break_on_hyphens=False)


def _body(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    if part is None:
        return ""
    try:
        text = str(part.get_content())
    except (LookupError, ValueError):
        return str(part.get_payload())
    return "\n".join(
        textwrap.fill(line, WIDTH, break_on_hyphens=False) if line.strip() else ""
        for line in text.splitlines()
    )


def main(
    directory: Path | None,
    out: TextIO,
    *,
    err: TextIO | None = None,
    color: bool | None = None,
) -> int:
    """`followup demo [DIR]`: exit 0 after printing the story; 2 when DIR is not empty."""
    err = err or sys.stderr
    if directory is None:
        directory = Path(tempfile.mkdtemp(prefix="followup-demo-"))
        err.write(f"followup demo: the sample mailbox is in {directory}\n")
    elif directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        err.write(
            f"followup demo: {directory} is not an empty directory; give a new or empty one "
            "(or none, for a temporary one), so nothing of yours is overwritten\n"
        )
        return 2
    directory.mkdir(parents=True, exist_ok=True)
    result = run(directory.absolute())
    use_color = color if color is not None else (out.isatty() and not os.environ.get("NO_COLOR"))
    render(result, out, color=use_color)
    return 0


if __name__ == "__main__":  # `python -m followup.demo [DIR]`, as `make demo` runs it
    from followup.cli import main as followup

    sys.exit(followup(["demo", *sys.argv[1:]]))
