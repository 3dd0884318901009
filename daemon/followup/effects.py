"""Carry out what the machine decided: drafts into Drafts, stale drafts out, notices in.

Exactly once: the outbox row was committed with the decision; before each APPEND the folder
is searched for the draft's Message-ID (derived from the action id), so a crash between the
APPEND and the commit that marks it done never leaves a second copy. A draft once written is
never written again, even if the user deletes it.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime

from followup.compose import (
    Thread,
    compose,
    draft_message_id,
    header_text,
    template_name,
    variables,
)
from followup.config import Notices, Profile, Reference
from followup.describe import STEP_WORDS
from followup.engine import OWN_NOTICE_HEADER
from followup.imap import DELETED, DRAFT, SEEN, FolderMissing, LinkLost, MailboxError
from followup.machine import THANK_YOU_TOO_LATE, action_id, base_step
from followup.mailbox import Mailbox
from followup.model import Action, ActionKind, Application, Person, State
from followup.news import NewsCache
from followup.notify import DIGEST_STEP, Notifier, NotifyError, NotifyRefused
from followup.store import OutboxEntry, Store, WrittenDraft
from followup.templates import TemplateError, Templates

log = logging.getLogger(__name__)

# After this many failed attempts (1, 2, 4 ... 60 minutes apart) an action is left failed and
# shown in `followup status`; fixing the cause and restarting retries nothing automatically.
MAX_ATTEMPTS = 8
# A reference heads-up waits this long after the first confirmation, so that interviews
# confirmed in the same few days reach each reference as one draft, not a flood ...
HEADS_UP_WINDOW = timedelta(days=3)
# ... but is ready at least this long before the soonest of those interviews.
HEADS_UP_BEFORE = timedelta(days=1)


class ActionFailed(Exception):
    """This action cannot be done now; the reason is for the user (it is stored and shown)."""


@dataclass(frozen=True)
class Places:
    """The folders effects write to."""

    inbox: str
    drafts: str


@dataclass
class Effects:
    """Everything needed to turn outbox rows into messages in one account's mailbox."""

    store: Store
    mailbox: Mailbox
    account: str
    profile: Profile
    templates: Templates
    zone: str
    places: Places
    written: list[str] = field(default_factory=list)  # action ids done by the last run
    notifier: Notifier | None = None  # None: notices go into INBOX
    notices: Notices = field(default_factory=Notices)
    news: NewsCache | None = None  # None: drafts carry no company news
    heads_up_window: timedelta = HEADS_UP_WINDOW
    _attempts: int = 0  # failed attempts of the action being done
    _batched: set[str] = field(default_factory=set)  # heads-ups written as part of a batch
    _appended: list[tuple[Action, tuple[Person, ...]]] = field(default_factory=list)

    def run(self, now: datetime, *, retry_failed: bool = False) -> int:
        """Do every pending action and every failed one whose retry is due (all failed ones
        with `retry_failed`, e.g. at start, after the user fixed the cause); returns how many
        were done. A lost link propagates (the service reconnects; the rows stay pending)."""
        self.written = []
        self._appended = []
        mine = self.account
        failed = (
            self.store.outbox("failed", mine)
            if retry_failed
            else self.store.retryable(now, MAX_ATTEMPTS, mine)
        )
        todo = self.store.outbox("pending", mine) + failed
        if not todo:
            return 0
        superseded = self.store.replaced_drafts()
        self._batched = set()
        for entry in todo:
            if entry.action.id in self._batched:
                continue
            if entry.action.id in superseded and entry.action.kind != ActionKind.NOTICE:
                self._finish(entry.action, "cancelled", now, "superseded before it was written")
                continue
            if entry.action.kind == ActionKind.DRAFT_REFERENCE_HEADS_UP:
                batch = self._heads_up_batch(entry.action)
                if batch[0].id != entry.action.id or now < self._heads_up_due(batch):
                    continue  # its leader writes it; or more interviews may still join
            if _too_late(entry.action, now):
                self._thank_you_missed(entry.action, now)
                continue
            self._one(entry, now)
        self._drafts_ready(now)
        return len(self.written)

    def _thank_you_missed(self, action: Action, now: datetime) -> None:
        """A thank-you whose time passed days ago (read late by a backfill or a first look,
        or the daemon was off): not written, since a note weeks after the interview reads
        oddly; the user is told once per round instead. Had the user sent one, the replay of
        Sent would have cancelled this action before it got here."""
        day = f"{action.due:%a %d %b}" if action.due else "days ago"
        self._finish(action, "cancelled", now, f"too late for a thank-you note (due {day})")
        app = self.store.application(action.application_id)
        name = app.company if app and app.company else action.application_id
        text = (
            f"The thank-you note to {name} was due {day}: too late for one now, so none was "
            "drafted. The follow-ups go on as planned."
        )
        # Once: another interviewer's note finds it told (the same id).
        self._notice_now(action.application_id, action.round, "notice:thank_you_missed", text, now)

    def _drafts_ready(self, now: datetime) -> None:
        """With notices by email, one message saying which new drafts wait for review: the
        Drafts folder rings no bell on a phone. Its id derives from the drafts it lists."""
        appended, self._appended = self._appended, []
        if self.notifier is None or not appended:
            return
        lines = []
        for action, to in appended:
            app = self.store.application(action.application_id)
            label = STEP_WORDS.get(template_name(action), template_name(action).replace("_", " "))
            if action.kind == ActionKind.DRAFT_REFERENCE_HEADS_UP:
                label = "reference heads-up"
            company = f" ({app.company})" if app and app.company else ""
            lines.append(f"- {label} to {_names(to)}{company}")
        keys = "\n".join(sorted(f"{a.id} {_names(to)}" for a, to in appended))
        digest = hashlib.sha256(keys.encode("utf-8", "replace")).hexdigest()[:12]
        first = appended[0][0]
        text = f"{len(lines)} new draft(s) to review in {self.places.drafts}:\n" + "\n".join(lines)
        self._notice_now(
            first.application_id, first.round, "notice:drafts_ready", text, now,
            notice_id=f"{first.application_id}.drafts-ready.{digest}",
        )  # fmt: skip

    def _notice_now(
        self,
        application_id: str,
        round_: int,
        step: str,
        text: str,
        now: datetime,
        *,
        notice_id: str | None = None,
    ) -> None:
        """Queue a notice the effects themselves decided and send it at once; one already
        queued (the same id: by default the machine's for this step and round) is not sent
        again here (the outbox does it if it is pending)."""
        notice = Action(
            id=notice_id or action_id(application_id, step, round_),
            application_id=application_id,
            kind=ActionKind.NOTICE,
            step=step,
            round=round_,
            created=now,
            notice=text,
        )
        with self.store.transaction():
            added = self.store.add_actions([notice])
        if added:
            self._one(OutboxEntry(notice, "pending", 0, None, None), now)

    def _one(self, entry: OutboxEntry, now: datetime) -> None:
        """One action, its failure recorded on its own row: a draft the server refuses (quota,
        a folder gone) never holds back the actions after it."""
        action = entry.action
        self._attempts = entry.attempts
        batch = (
            self._heads_up_batch(action)
            if action.kind == ActionKind.DRAFT_REFERENCE_HEADS_UP
            else [action]
        )
        try:
            result = self.execute(action, now)
        except LinkLost:
            raise
        except (ActionFailed, TemplateError, MailboxError) as error:
            log.error("%s: %s failed: %s", action.application_id, action.step, error)
            self._finish(action, "failed", now, str(error))
            return
        members = [other for other in batch[1:] if other.id != action.id]
        with self.store.transaction():
            # The leader and the heads-ups written with its drafts are done together: were
            # the members left pending by a crash, they would lead a new batch under new
            # Message-IDs and every reference would get a second draft.
            self.store.finish_action(action.id, "done", now, result)
            for other in members:
                self.store.finish_action(
                    other.id, "done", now, f"in the batched heads-up of {action.id}"
                )
        self.written.append(action.id)
        log.info("%s: %s: %s", action.application_id, action.step, result)
        for other in members:
            self._batched.add(other.id)
            self.written.append(other.id)

    def _finish(self, action: Action, status: str, now: datetime, result: str) -> None:
        with self.store.transaction():
            self.store.finish_action(action.id, status, now, result)

    def execute(self, action: Action, now: datetime) -> str:
        """Do one action; returns what was done, in words."""
        if action.kind == ActionKind.NOTICE:
            return self._notice(action, action.notice, now)
        if action.kind == ActionKind.REMOVE_STALE_DRAFT:
            return self._remove_stale(action, now)
        app = self.store.application(action.application_id)
        if app is None:
            raise ActionFailed(f"application {action.application_id} is no longer in the store")
        if action.kind == ActionKind.DRAFT_REFERENCE_HEADS_UP:
            return self._reference_drafts(action, app, now)
        return self._draft(action, app, now, action.to or _fallback_to(app), None, action.id)

    # -- drafts ------------------------------------------------------------------------------

    def _reference_drafts(self, action: Action, app: Application, now: datetime) -> str:
        """One draft per reference about every interview of the batch `action` leads (its
        Message-IDs derive from the leader's id, like a single heads-up's)."""
        references = self.profile.references
        if not references:
            return "no references in the profile (add them under profile.references)"
        batch = self._heads_up_batch(action)
        apps = [app] + [
            other
            for one in batch[1:]
            if (other := self.store.application(one.application_id)) is not None
            and other.id != app.id
        ]
        done = [
            self._draft(
                action,
                app,
                now,
                (Person(ref.name, ref.email),),
                ref,
                f"{action.id}.{_slug(ref.email)}",
                batch=apps,
            )
            for ref in references
        ]
        about = f" (about {len(apps)} interviews)" if len(apps) > 1 else ""
        return "; ".join(done) + about

    def _heads_up_batch(self, action: Action) -> list[Action]:
        """The heads-ups written together with `action`, the batch's leader first.

        Batches are cut from the unfinished heads-ups oldest first: a leader, then every one
        decided within `heads_up_window` of it. A crash before the members are marked done
        leaves the same rows, so the batch and its Message-IDs come out the same again.
        """
        waiting = sorted(
            (
                entry.action
                for status in ("pending", "failed")
                for entry in self.store.outbox(status, self.account)
                if entry.action.kind == ActionKind.DRAFT_REFERENCE_HEADS_UP
                # one that failed for good holds no batch back (a restart retries it alone)
                and (status == "pending" or entry.attempts < MAX_ATTEMPTS)
            ),
            key=lambda a: (a.created, a.id),
        )
        if not any(a.id == action.id for a in waiting):
            return [action]
        batches: list[list[Action]] = []
        for one in waiting:
            if batches and one.created < batches[-1][0].created + self.heads_up_window:
                batches[-1].append(one)
            else:
                batches.append([one])
        return next(b for b in batches if any(a.id == action.id for a in b))

    def _heads_up_due(self, batch: list[Action]) -> datetime:
        """When a batch is written: at the end of its window, or a day before the soonest of
        its interviews if that comes first (never before its leader was decided); at once
        when a company is waiting for the references (it asked for them)."""
        leader = batch[0]
        due = leader.created + self.heads_up_window
        for one in batch:
            app = self.store.application(one.application_id)
            if app is not None and app.state == State.ACTION_NEEDED:
                return leader.created
            if app is not None and app.interview_start is not None:
                due = min(due, app.interview_start - HEADS_UP_BEFORE)
        return max(due, leader.created)

    def _draft(
        self,
        action: Action,
        app: Application,
        now: datetime,
        to: tuple[Person, ...],
        reference: Reference | None,
        key: str,
        *,
        batch: list[Application] | None = None,
    ) -> str:
        """Write one draft unless it already exists (after a crash) or was written before."""
        message_id = draft_message_id(key, self.profile.email)
        if any(d.message_id == message_id for d in self.store.drafts_of(action.id)):
            return f"draft {message_id} was written before"
        found = self.mailbox.find_message_id(self.places.drafts, message_id)
        if found:
            raw = self.mailbox.fetch_message(self.places.drafts, found[0]) or b""
            self._remember(action, message_id, found[0], raw, now)
            return f"draft already in {self.places.drafts} (UID {found[0]})"
        thread = self._thread(app)
        name = template_name(action)
        news, link = self._news(action, app, now)
        values = variables(
            action,
            app,
            self.profile,
            thread,
            zone=self.zone,
            reference=reference,
            news=news,
            news_link=link,
            batch=batch or (),
        )
        rendered = self.templates.render(name, values)
        message = compose(action, app, self.profile, rendered, thread, now=now, to=to)
        if message["Message-ID"] != message_id:  # one action, several drafts (references)
            del message["Message-ID"]
            message["Message-ID"] = message_id
        raw = message.as_bytes(policy=policy.SMTP)
        uid = self.mailbox.append(self.places.drafts, raw, (DRAFT, SEEN), now)
        self._remember(action, message_id, uid, raw, now)
        self._appended.append((action, to))
        where = f"UID {uid}" if uid else "no UID reported"
        left_out = (
            f"; left out unusable address(es) {', '.join(message.skipped)}"
            if (message.skipped)
            else ""
        )
        return f"draft to {_names(to)} written to {self.places.drafts} ({where}){left_out}"

    def _remember(
        self, action: Action, message_id: str, uid: int | None, raw: bytes, now: datetime
    ) -> None:
        draft = WrittenDraft(
            action.id, message_id, self.account, self.places.drafts, uid, fingerprint(raw), now
        )
        with self.store.transaction():
            self.store.record_draft(draft)

    def _news(self, action: Action, app: Application, now: datetime) -> tuple[str | None, str]:
        """The cached company news for a thank-you or follow-up; never waits for a feed."""
        wanted = action.kind in (ActionKind.DRAFT_THANK_YOU, ActionKind.DRAFT_FOLLOW_UP)
        if self.news is None or not wanted:
            return None, ""
        item = self.news.item_for(app, now)
        return (item.title, item.link) if item else (None, "")

    def _thread(self, app: Application) -> Thread:
        ids = self.store.thread_messages(app.id)
        return Thread(app.subject, ids[-1] if ids else None, tuple(ids[-20:]))

    # -- stale drafts and notices -----------------------------------------------------------

    def _remove_stale(self, action: Action, now: datetime) -> str:
        """Remove the drafts of `action.replaces` that the user left as written, then say so.
        A draft already gone (sent, or deleted by the user) needs no word. Every copy with the
        draft's Message-ID counts: a client may save an edit as a new message and only flag
        the old copy deleted."""
        told = []
        gone = 0
        for draft in self.store.drafts_of(action.replaces or ""):
            copies = self._live_copies(draft.folder, draft.message_id)
            if not copies:
                gone += 1
                continue
            if any(fingerprint(raw) != draft.fingerprint for _, raw in copies):
                told.append(f"you had edited it, so it is still in {draft.folder}")
                continue
            removed = [self.mailbox.remove(draft.folder, uid) for uid, _ in copies]
            told.append(
                f"it was removed from {draft.folder}"
                if all(removed)
                else f"it is marked deleted in {draft.folder}"
            )
        if not told:
            return "the draft was already gone (sent or deleted)" if gone else "no draft written"
        reason = action.notice or self._no_longer_needed(action)
        return self._notice(action, f"{reason} The draft: {'; '.join(told)}.", now)

    def _live_copies(self, folder: str, message_id: str) -> list[tuple[int, bytes]]:
        """(UID, bytes) of each copy not flagged deleted; none when the folder is gone."""
        try:
            uids = self.mailbox.find_message_id(folder, message_id)
            if not uids:
                return []
            deleted = {h.uid for h in self.mailbox.headers(folder, uids) if DELETED in h.flags}
            copies = [(uid, self.mailbox.fetch_message(folder, uid)) for uid in uids]
        except FolderMissing:
            return []
        return [(uid, raw) for uid, raw in copies if raw is not None and uid not in deleted]

    def _no_longer_needed(self, action: Action) -> str:
        app = self.store.application(action.application_id)
        company = app.company if app and app.company else "the company"
        draft = base_step((action.replaces or "").rpartition(".")[2])
        label = STEP_WORDS.get(draft, draft.replace("_", " "))
        return f"You wrote to {company} yourself, so the unsent {label} draft is not needed."

    def _notice(self, action: Action, text: str, now: datetime) -> str:
        """Tell the user: by SMTP to their own address when configured, else (and when
        sending keeps failing) as a message put into their INBOX. Only ever to the user.

        Before sending, INBOX is searched for the notice's Message-ID: a notice that was
        delivered there before a crash is not sent again."""
        message_id = draft_message_id(f"{action.id}.notice", self.profile.email)
        if self.mailbox.find_message_id(self.places.inbox, message_id):
            return f"notice already in {self.places.inbox}"
        if not self.notices.each and action.step != DIGEST_STEP:
            return f"kept for the daily digest: {text}"
        raw = notice_message(self.profile, action, text, message_id, now)
        if self.notifier is None:
            self.mailbox.append(self.places.inbox, raw, (), now)
            return f"notice in {self.places.inbox}: {text}"
        try:
            self.notifier.send(raw, self.profile.email, [self.profile.email])
        except NotifyError as error:
            last = self._attempts + 1 >= MAX_ATTEMPTS
            if not last and not isinstance(error, NotifyRefused):
                raise ActionFailed(f"{error} (will try again)") from None
            why = "the server refused it" if isinstance(error, NotifyRefused) else "it kept failing"
            log.error("notice %s not sent by SMTP (%s): put into %s", action.id, error, "INBOX")
            note = f"[Sent here instead: SMTP failed ({why}): {error}]"
            raw = notice_message(self.profile, action, f"{text}\n\n{note}", message_id, now)
            self.mailbox.append(self.places.inbox, raw, (), now)
            return f"notice in {self.places.inbox}, not sent: SMTP failed ({error}): {text}"
        return f"notice sent to {self.profile.email} by SMTP: {text}"


def notice_message(
    profile: Profile, action: Action, text: str, message_id: str, now: datetime
) -> bytes:
    """A short note from the daemon to the user; marked so the daemon never reads it back."""
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = f"interview-followup <{profile.email}>"
    message["To"] = profile.email
    # Notice text quotes company names read from mail: header_text makes it one safe line.
    first_line = text.split("\n", 1)[0].rstrip(" :")
    message["Subject"] = "followup: " + header_text(first_line, 70)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = message_id
    message["Auto-Submitted"] = "auto-generated"
    message[OWN_NOTICE_HEADER] = action.id
    if action.step == DIGEST_STEP:
        message.set_content(f"{text}\n\nSee `followup status` for every application.\n")
        return message.as_bytes()
    message.set_content(
        f"{text}\n\nApplication: {action.application_id}\n"
        f"See `followup status` and `followup show {action.application_id}` for the history.\n"
    )
    return message.as_bytes()


def fingerprint(raw: bytes) -> str:
    """What the user would change in a draft — recipients (Bcc too), sender, subject, text,
    and the attachments and other parts by type, name and size — white space aside; not the
    Date or Message-ID, which a client may rewrite on save."""
    message = message_from_bytes(raw, policy=policy.default)
    parts = [str(message.get(name, "")) for name in ("From", "To", "Cc", "Bcc", "Subject")]
    body = message.get_body(("plain",)) if isinstance(message, EmailMessage) else None
    if body is not None:
        try:
            parts.append(body.get_content())
        except (LookupError, ValueError):
            parts.append(str(body.get_payload()))
    for part in message.walk():
        if part is body or part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        parts.append(f"[{part.get_content_type()} {part.get_filename() or ''} {len(payload)}]")
    text = " ".join(" ".join(parts).split())
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()


def _fallback_to(app: Application) -> tuple[Person, ...]:
    return (app.contact,) if app.contact else ()


def _names(people: tuple[Person, ...]) -> str:
    return ", ".join(p.name or p.email for p in people) or "(no recipient known)"


def _slug(email: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in email.lower())


def _too_late(action: Action, now: datetime) -> bool:
    return (
        action.kind == ActionKind.DRAFT_THANK_YOU
        and action.due is not None
        and now > action.due + THANK_YOU_TOO_LATE
    )
