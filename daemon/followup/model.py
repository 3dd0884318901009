"""Plain typed data shared by every module: mail, signals, applications, actions.

Nothing here does I/O or reads the clock; every value is immutable so the pure core can be
tested by comparing values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Category(StrEnum):
    """What a message is, for the follow-up engine."""

    # Pipeline events: they move an application.
    INTERVIEW_INVITE = "interview_invite"
    INTERVIEW_CONFIRMATION = "interview_confirmation"
    INTERVIEW_RESCHEDULE = "interview_reschedule"
    INTERVIEW_CANCEL = "interview_cancel"
    REJECTION = "rejection"
    OFFER = "offer"
    REFERENCE_REQUEST = "reference_request"
    INFO_REQUEST = "info_request"
    TIMELINE_UPDATE = "timeline_update"
    NEXT_ROUND = "next_round"
    # Not events (user_sent and out_of_office still reach the machine, as non-replies).
    USER_SENT = "user_sent"
    OUT_OF_OFFICE = "out_of_office"
    APPLICATION_ACK = "application_ack"
    JOB_ALERT = "job_alert"
    RECRUITER_OUTREACH = "recruiter_outreach"
    NEWSLETTER = "newsletter"
    UNRELATED_CALENDAR = "unrelated_calendar"
    PERSONAL = "personal"
    OTHER = "other"


PIPELINE_EVENTS: frozenset[Category] = frozenset(
    {
        Category.INTERVIEW_INVITE,
        Category.INTERVIEW_CONFIRMATION,
        Category.INTERVIEW_RESCHEDULE,
        Category.INTERVIEW_CANCEL,
        Category.REJECTION,
        Category.OFFER,
        Category.REFERENCE_REQUEST,
        Category.INFO_REQUEST,
        Category.TIMELINE_UPDATE,
        Category.NEXT_ROUND,
    }
)

# Signals the state machine consumes; everything else is recorded and ignored.
ENGINE_SIGNALS: frozenset[Category] = PIPELINE_EVENTS | {
    Category.USER_SENT,
    Category.OUT_OF_OFFICE,
}


@dataclass(frozen=True)
class Person:
    """A mailbox with its decoded display name ('' when the message gave none)."""

    name: str
    email: str

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True)
class Invite:
    """One VEVENT of a text/calendar part, with times resolved to aware datetimes."""

    method: str  # REQUEST, CANCEL, PUBLISH, REPLY, ... ('' when absent)
    uid: str
    sequence: int = 0
    status: str = ""  # CONFIRMED, TENTATIVE, CANCELLED or ''
    start: datetime | None = None
    end: datetime | None = None
    summary: str = ""
    location: str = ""
    description: str = ""
    organizer: Person | None = None
    attendees: tuple[Person, ...] = ()  # people only: rooms and resources are left out
    recurrence_id: str = ""
    notes: tuple[str, ...] = ()  # how ambiguous times were resolved, for `explain`

    @property
    def cancelled(self) -> bool:
        return self.method.upper() == "CANCEL" or self.status.upper() == "CANCELLED"


@dataclass(frozen=True)
class Mail:
    """A parsed message: everything later stages need, nothing tied to a parser library."""

    message_id: str
    subject: str = ""
    date: datetime | None = None  # aware
    sender: Person | None = None  # From
    to: tuple[Person, ...] = ()
    cc: tuple[Person, ...] = ()
    reply_to: tuple[Person, ...] = ()
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    text: str = ""  # the new, readable text: quoted replies and signature removed
    quoted: str = ""  # the quoted part of a reply
    signature: str = ""
    headers: tuple[tuple[str, str], ...] = ()  # (lower-case name, decoded value), in order
    auto_submitted: bool = False  # Auto-Submitted other than "no", X-Autoreply, ...
    bulk: bool = False  # Precedence bulk/list/junk or List-Unsubscribe / List-Id present
    invites: tuple[Invite, ...] = ()
    attachments: tuple[str, ...] = ()  # file names
    unreadable: str | None = None  # the reason, when the bytes could not be read as mail
    notes: tuple[str, ...] = ()

    def header(self, name: str) -> str:
        """The first value of a header, '' when absent (names are case-insensitive)."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key == wanted), "")

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """Every Message-ID this message names: its own, In-Reply-To and References."""
        ids = [self.message_id, self.in_reply_to, *self.references]
        return tuple(dict.fromkeys(i for i in ids if i))


@dataclass(frozen=True)
class Signal:
    """What the classifier learned from one message, in the engine's terms."""

    kind: Category
    message_id: str
    at: datetime  # the message's Date (aware)
    subject: str = ""
    sender: Person | None = None
    company: str | None = None
    role: str | None = None
    interview_start: datetime | None = None
    interview_end: datetime | None = None
    interviewers: tuple[Person, ...] = ()
    contact: Person | None = None  # the recruiter or hiring contact to follow up with
    decision_date: date | None = None  # the company's stated decision timeline, resolved
    decision_text: str | None = None  # the words it was resolved from
    return_date: date | None = None  # for out_of_office
    invite_uid: str | None = None
    thread_ids: tuple[str, ...] = ()  # Message-ID, In-Reply-To, References
    rules: tuple[str, ...] = ()  # names of the rules that fired, for explanations
    wants_references: bool = False  # the company asked for the candidate's references


class State(StrEnum):
    """Where an application stands."""

    TRACKING = "tracking"  # known, no interview fixed yet (invited, self-scheduling, ...)
    SCHEDULED = "scheduled"  # an interview is fixed
    INTERVIEWED = "interviewed"  # the interview is over; the thank-you is not sent yet
    WAITING = "waiting"  # the user wrote after the interview; waiting for the company
    ACTION_NEEDED = "action_needed"  # the company asked for something
    OFFER = "offer"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    MOVED_ON = "moved_on"  # silence after both follow-ups; no more drafts
    STOPPED = "stopped"  # the user said stop


TERMINAL_STATES: frozenset[State] = frozenset(
    {State.OFFER, State.REJECTED, State.CANCELLED, State.MOVED_ON, State.STOPPED}
)


class ActionKind(StrEnum):
    """What the shell is asked to do."""

    DRAFT_THANK_YOU = "draft_thank_you"
    DRAFT_FOLLOW_UP = "draft_follow_up"  # step says which: follow_up_1 or follow_up_2
    DRAFT_REFERENCE_HEADS_UP = "draft_reference_heads_up"
    DRAFT_REJECTION_REPLY = "draft_rejection_reply"
    REMOVE_STALE_DRAFT = "remove_stale_draft"  # only if unchanged; then tell the user (notice)
    NOTICE = "notice"  # tell the user something


class Timer(StrEnum):
    """Named deadlines an application waits for; the machine fires them on clock ticks."""

    THANK_YOU = "thank_you"  # make the thank-you draft
    INTERVIEW_END = "interview_end"  # the interview is over
    FOLLOW_UP_1 = "follow_up_1"
    FOLLOW_UP_2 = "follow_up_2"
    MOVE_ON = "move_on"
    SNOOZE_END = "snooze_end"


@dataclass(frozen=True)
class Action:
    """One thing for the shell to do, exactly once; its id never changes for the same step."""

    id: str
    application_id: str
    kind: ActionKind
    step: str  # e.g. "thank_you", "follow_up_1", "notice:offer"
    round: int
    created: datetime  # the instant the machine decided it
    due: datetime | None = None  # when the user should have sent it by
    to: tuple[Person, ...] = ()
    notice: str = ""  # for NOTICE, and REMOVE_STALE_DRAFT once done: the sentence for the user
    replaces: str | None = None  # for REMOVE_STALE_DRAFT: the action whose draft went stale


@dataclass(frozen=True)
class Application:
    """One job application and everything the engine remembers about it."""

    id: str
    company: str
    role: str
    state: State
    created: datetime
    round: int = 1
    interview_start: datetime | None = None
    interview_end: datetime | None = None
    interviewers: tuple[Person, ...] = ()
    contact: Person | None = None
    subject: str = ""  # the thread's subject, for "Re: ..."
    thread_ids: frozenset[str] = frozenset()
    invite_uids: frozenset[str] = frozenset()
    company_domains: frozenset[str] = frozenset()
    decision_date: date | None = None
    decision_text: str | None = None
    last_user_sent: datetime | None = None
    last_company_message: datetime | None = None
    follow_ups_drafted: int = 0
    follow_ups_sent: int = 0
    paused_until: datetime | None = None  # out-of-office: nothing comes due before this
    snoozed_until: datetime | None = None  # the user's snooze
    state_before_hold: State | None = None  # where stop/move-on left from, for resume/reopen
    timers: tuple[tuple[Timer, datetime], ...] = ()  # sorted by time
    open_drafts: tuple[tuple[str, str], ...] = ()  # (action id, step) of drafts not yet sent
    silence: int = 0  # how often the company broke a silence: numbers each follow-up cycle
    emitted: frozenset[str] = frozenset()  # ids of every action ever decided: never twice
    last_draft_at: datetime | None = None  # when the newest draft was decided
    reschedules: int = 0  # interviews moved after a thank-you was decided: numbers the next one
    last_event: str = ""  # a short description, for `status`
    last_event_at: datetime | None = None

    def timer(self, name: Timer) -> datetime | None:
        return next((when for timer, when in self.timers if timer == name), None)


@dataclass(frozen=True)
class Tick:
    """The clock moved on to `now` (no message)."""


@dataclass(frozen=True)
class Command:
    """A user command: track, stop, snooze (until), resume."""

    name: str  # "track" | "stop" | "snooze" | "resume"
    until: datetime | None = None
    reason: str = ""


Event = Signal | Tick | Command


@dataclass(frozen=True)
class Transition:
    """The result of one `advance`: the new application, what to do, and why."""

    application: Application
    actions: tuple[Action, ...] = ()
    reason: str = ""
    changed: bool = field(default=True)
