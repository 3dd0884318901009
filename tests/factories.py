"""Small builders for the engine's data, shared by the machine, describe and CLI tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from followup.classify import RuleSet
from followup.engine import Settings
from followup.machine import advance, new_application, run_until
from followup.model import Action, Application, Category, Command, Event, Person, Signal, Tick
from followup.policy import Policy
from followup.timing import WorkCalendar

BERLIN = ZoneInfo("Europe/Berlin")
POLICY = Policy(calendar=WorkCalendar(zone="Europe/Berlin"))
CORPUS = Path(__file__).parent / "corpus"
OWNER = "dana.whitfield@example.org"  # the corpus mailbox's owner
ANA = Person("Ana Ruiz", "ana.ruiz@acme.example")
BEN = Person("Ben Okafor", "ben@acme.example")
RITA = Person("Rita Recruiter", "rita@acme.example")
DANA = Person("Dana Whitfield", "dana@example.org")


@cache
def engine_settings() -> Settings:
    """The engine reading the corpus mailbox with the shipped rules (loaded once)."""
    return Settings.build("dana", RuleSet.default(), POLICY, [OWNER])


def at(day: int, hour: int = 9, minute: int = 0, month: int = 3) -> datetime:
    """An instant in March 2026, Berlin time (2 March 2026 is a Monday)."""
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def signal(kind: Category, when: datetime, **facts: object) -> Signal:
    sender = DANA if kind == Category.USER_SENT else RITA
    defaults: dict[str, object] = {
        "message_id": f"{kind.value}-{when.isoformat()}@mail.example",
        "sender": sender,
        "company": "Acme",
        "role": "Data Engineer",
    }
    if kind != Category.USER_SENT:
        defaults["contact"] = RITA
    defaults.update(facts)
    return Signal(kind=kind, at=when, **defaults)  # type: ignore[arg-type]


def confirmation(start: datetime, minutes: int = 60, **facts: object) -> Signal:
    when = facts.pop("when", start - timedelta(days=1))
    facts.setdefault("interviewers", (ANA,))
    return signal(
        Category.INTERVIEW_CONFIRMATION,
        when,  # type: ignore[arg-type]
        interview_start=start,
        interview_end=start + timedelta(minutes=minutes),
        **facts,
    )


@dataclass
class Story:
    """Drives one application through events and time, keeping every action it produced."""

    policy: Policy = POLICY
    app: Application = field(default_factory=lambda: new_application("acme", at(1)))
    actions: list[Action] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    def feed(self, event: Event, now: datetime) -> list[Action]:
        """Catch up the clock to `now`, then apply the event at `now`."""
        made = self.until(now)
        transition = advance(self.app, event, now, self.policy)
        self.app = transition.application
        self.reasons.append(transition.reason)
        self.actions.extend(transition.actions)
        return made + list(transition.actions)

    def until(self, now: datetime) -> list[Action]:
        made: list[Action] = []
        for _, transition in run_until(self.app, now, self.policy):
            self.app = transition.application
            self.reasons.append(transition.reason)
            made.extend(transition.actions)
        self.actions.extend(made)
        return made

    def tick(self, now: datetime) -> list[Action]:
        return self.feed(Tick(), now)

    def command(self, name: str, now: datetime, until: datetime | None = None) -> list[Action]:
        return self.feed(Command(name, until=until), now)

    def steps(self) -> list[str]:
        return [action.step for action in self.actions]


def scheduled_story(start: datetime | None = None, **facts: object) -> Story:
    story = Story()
    start = start or at(3, 14)
    story.feed(confirmation(start, **facts), start - timedelta(days=1))
    return story


__all__ = ["date", "Story", "scheduled_story", "signal", "confirmation", "at"]
