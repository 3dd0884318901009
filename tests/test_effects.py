"""Carrying out actions: drafts written once, per reference, retried after a fixable error.

A small in-memory mailbox stands in for the server here; tests/integration/test_daemon.py
proves the same paths against a real Dovecot.
"""

from __future__ import annotations

import email
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from email import policy
from pathlib import Path

import pytest
from factories import ANA, RITA, at
from followup.config import Profile, Reference
from followup.effects import MAX_ATTEMPTS, Effects, Places
from followup.engine import OWN_NOTICE_HEADER
from followup.machine import new_application
from followup.mail import parse
from followup.model import Action, ActionKind
from followup.paths import shipped_rules_dir
from followup.store import Store
from followup.templates import Templates, template_dir

PROFILE = Profile(
    name="Dana Whitfield",
    email="dana@example.org",
    signature="Dana Whitfield · +49 30 1234567",
    references=(
        Reference("Ana Ruiz", "ana@ref.example", "my manager at Acme"),
        Reference("Bo Chen", "bo@ref.example", "a colleague at Initech"),
    ),
)
TEMPLATES = Templates.load(template_dir(shipped_rules_dir()))


@dataclass
class MemoryMailbox:
    """Folders of (uid, bytes, flags), enough of the Mailbox protocol for effects."""

    folders: dict[str, list[tuple[int, bytes, tuple[bytes, ...]]]] = field(
        default_factory=lambda: {"INBOX": [], "Drafts": []}
    )
    appends: int = 0

    def append(self, folder, raw, flags=(), when=None):  # type: ignore[no-untyped-def]
        self.appends += 1
        uid = len(self.folders[folder]) + 1
        self.folders[folder].append((uid, raw, tuple(flags)))
        return uid

    def find_message_id(self, folder, message_id):  # type: ignore[no-untyped-def]
        return [
            uid
            for uid, raw, _ in self.folders[folder]
            if _one_line(email.message_from_bytes(raw, policy=policy.default)["Message-ID"])
            == message_id
        ]

    def fetch_message(self, folder, uid):  # type: ignore[no-untyped-def]
        return next((raw for u, raw, _ in self.folders[folder] if u == uid), None)

    def remove(self, folder, uid):  # type: ignore[no-untyped-def]
        self.folders[folder] = [m for m in self.folders[folder] if m[0] != uid]
        return True

    def messages(self, folder: str) -> list[email.message.EmailMessage]:
        return [
            email.message_from_bytes(raw, policy=policy.default)  # type: ignore[misc]
            for _, raw, _ in self.folders[folder]
        ]


def _one_line(value: object) -> str:
    return "".join(str(value).split())  # a long Message-ID is folded onto its own line


def effects(store: Store, mailbox: MemoryMailbox, templates: Templates = TEMPLATES) -> Effects:
    return Effects(
        store, mailbox, "personal", PROFILE, templates, "Europe/Berlin", Places("INBOX", "Drafts")
    )  # type: ignore[arg-type]


def queue(store: Store, *actions: Action) -> None:
    app = replace(
        new_application("acme-1", at(2), "Acme", "Data Engineer"),
        interviewers=(ANA,),
        contact=RITA,
        subject="Interview confirmation",
        interview_start=at(4, 10),
        interview_end=at(4, 11),
    )
    with store.transaction():
        store.save_application(app, None)
        store.add_actions(actions)


def action(kind: ActionKind, step: str, **fields: object) -> Action:
    return Action(f"acme-1.r1.{step}", "acme-1", kind, step, 1, at(4, 12), **fields)  # type: ignore[arg-type]


def test_each_reference_gets_its_own_draft_once(store: Store) -> None:
    mailbox = MemoryMailbox()
    queue(store, action(ActionKind.DRAFT_REFERENCE_HEADS_UP, "references"))
    assert effects(store, mailbox).run(at(4, 13)) == 1
    drafts = mailbox.messages("Drafts")
    assert sorted(str(d["To"]) for d in drafts) == [
        "Ana Ruiz <ana@ref.example>",
        "Bo Chen <bo@ref.example>",
    ]
    assert len({d["Message-ID"] for d in drafts}) == 2
    assert effects(store, mailbox).run(at(4, 14)) == 0
    assert mailbox.appends == 2


def test_without_references_the_action_is_done_with_a_hint(store: Store) -> None:
    mailbox = MemoryMailbox()
    queue(store, action(ActionKind.DRAFT_REFERENCE_HEADS_UP, "references"))
    alone = Effects(
        store, mailbox, "personal", replace(PROFILE, references=()), TEMPLATES,  # type: ignore[arg-type]
        "Europe/Berlin", Places("INBOX", "Drafts"),
    )  # fmt: skip
    alone.run(at(4, 13))
    [entry] = store.outbox()
    assert entry.status == "done" and "profile.references" in (entry.result or "")
    assert mailbox.appends == 0


def test_a_draft_found_in_drafts_after_a_crash_is_not_written_again(store: Store) -> None:
    mailbox = MemoryMailbox()
    queue(store, action(ActionKind.DRAFT_THANK_YOU, "thank_you", to=(ANA,)))
    effects(store, mailbox).run(at(4, 13))
    # Forget that it was written, as if the process died between APPEND and COMMIT.
    with store.transaction():
        store._db.execute("UPDATE outbox SET status = 'pending'")
        store._db.execute("DELETE FROM drafts")
    effects(store, mailbox).run(at(4, 14))
    assert mailbox.appends == 1
    [entry] = store.outbox()
    assert entry.status == "done" and "already in Drafts" in (entry.result or "")


def test_a_broken_template_fails_the_action_and_a_fixed_one_is_retried(
    store: Store, tmp_path: Path
) -> None:
    mailbox = MemoryMailbox()
    queue(store, action(ActionKind.DRAFT_THANK_YOU, "thank_you", to=(ANA,)))
    broken = tmp_path / "templates"
    broken.mkdir()
    (broken / "thank_you.txt").write_text("Subject: Thanks\n\nHi {{ interviewr.name }}\n")
    effects(store, mailbox, Templates.load(broken)).run(at(4, 13))
    [entry] = store.outbox()
    assert entry.status == "failed" and "interviewr" in (entry.last_error or "")
    assert entry.attempts == 1

    effects(store, mailbox).run(at(4, 13) + timedelta(seconds=30))  # the retry waits a minute
    assert mailbox.appends == 0
    effects(store, mailbox).run(at(4, 13) + timedelta(minutes=2))
    assert mailbox.appends == 1
    assert store.outbox()[0].status == "done"
    assert MAX_ATTEMPTS > 1


def test_a_notice_lands_in_inbox_once_and_is_known_as_ours(store: Store) -> None:
    mailbox = MemoryMailbox()
    queue(store, action(ActionKind.NOTICE, "notice:move_on", notice="Time to move on from Acme."))
    effects(store, mailbox).run(at(4, 13))
    with store.transaction():
        store._db.execute("UPDATE outbox SET status = 'pending'")
    effects(store, mailbox).run(at(4, 14))
    [notice] = mailbox.folders["INBOX"]
    assert parse(notice[1]).header(OWN_NOTICE_HEADER) == "acme-1.r1.notice:move_on"
    assert b"Time to move on from Acme." in notice[1]


# --- notices by SMTP (a stand-in notifier; tests/integration/test_smtp.py uses aiosmtpd) -------


@dataclass
class FakeNotifier:
    """Records what was sent; fails with `error` while it is set."""

    error: Exception | None = None
    sent: list[bytes] = field(default_factory=list)

    def send(self, raw: bytes, sender: str, recipients: list[str]) -> str:
        if self.error is not None:
            raise self.error
        assert recipients == [PROFILE.email] and sender == PROFILE.email  # only ever the user
        self.sent.append(raw)
        return "250 OK"


def with_notifier(
    store: Store, mailbox: MemoryMailbox, notifier: object, **extra: object
) -> Effects:
    return replace(effects(store, mailbox), notifier=notifier, **extra)  # type: ignore[arg-type]


def body_of(raw: bytes) -> str:
    message = email.message_from_bytes(raw, policy=policy.default)
    return str(message.get_body(("plain",)).get_content())  # type: ignore[union-attr]


def offer(store: Store) -> None:
    queue(store, action(ActionKind.NOTICE, "notice:offer", notice="An offer from Acme!"))


def test_with_smtp_a_notice_is_sent_to_the_user_not_put_into_inbox(store: Store) -> None:
    mailbox, notifier = MemoryMailbox(), FakeNotifier()
    offer(store)
    assert with_notifier(store, mailbox, notifier).run(at(4, 13)) == 1
    [raw] = notifier.sent
    assert parse(raw).header(OWN_NOTICE_HEADER) == "acme-1.r1.notice:offer"
    assert mailbox.folders["INBOX"] == []
    assert "by SMTP" in (store.outbox()[0].result or "")


def test_a_failed_send_is_retried_and_never_lost(store: Store) -> None:
    from followup.notify import NotifyError

    mailbox, notifier = MemoryMailbox(), FakeNotifier(NotifyError("cannot reach the server"))
    offer(store)
    when = at(4, 13)
    for attempt in range(1, MAX_ATTEMPTS):
        with_notifier(store, mailbox, notifier).run(when)
        [entry] = store.outbox()
        assert (entry.status, entry.attempts) == ("failed", attempt)
        when += timedelta(hours=1)
    assert mailbox.folders["INBOX"] == []
    with_notifier(store, mailbox, notifier).run(when)  # the last attempt: into INBOX instead
    [notice] = mailbox.folders["INBOX"]
    text = body_of(notice[1])
    assert "An offer from Acme!" in text and "SMTP failed" in text
    assert store.outbox()[0].status == "done"


def test_a_send_that_recovers_goes_out_by_smtp(store: Store) -> None:
    from followup.notify import NotifyError

    mailbox, notifier = MemoryMailbox(), FakeNotifier(NotifyError("timed out"))
    offer(store)
    with_notifier(store, mailbox, notifier).run(at(4, 13))
    notifier.error = None
    with_notifier(store, mailbox, notifier).run(at(4, 13, 5))
    assert len(notifier.sent) == 1 and mailbox.folders["INBOX"] == []


def test_a_refused_login_puts_the_notice_into_inbox_at_once(store: Store) -> None:
    from followup.notify import NotifyRefused

    mailbox = MemoryMailbox()
    offer(store)
    refused = FakeNotifier(NotifyRefused("the SMTP server refused the login of 'dana'"))
    with_notifier(store, mailbox, refused).run(at(4, 13))
    [notice] = mailbox.folders["INBOX"]
    assert "refused the login" in body_of(notice[1])


def test_with_only_a_digest_a_notice_waits_for_it(store: Store) -> None:
    from datetime import time

    from followup.config import Notices

    mailbox, notifier = MemoryMailbox(), FakeNotifier()
    offer(store)
    digest_only = Notices(each=False, digest=time(18, 0))
    with_notifier(store, mailbox, notifier, notices=digest_only).run(at(4, 13))
    assert notifier.sent == [] and mailbox.folders["INBOX"] == []
    assert "kept for the daily digest" in (store.outbox()[0].result or "")


# --- reference heads-ups, batched ---------------------------------------------------------------


def heads_up(store: Store, app_id: str, company: str, decided: datetime, start: datetime) -> None:
    app = replace(
        new_application(app_id, decided, company, "Data Engineer"),
        interviewers=(ANA,),
        interview_start=start,
    )
    act = Action(
        f"{app_id}.r1.references", app_id, ActionKind.DRAFT_REFERENCE_HEADS_UP, "references", 1,
        decided,
    )  # fmt: skip
    with store.transaction():
        store.save_application(app, None)
        store.add_actions([act])


def test_interviews_confirmed_days_apart_give_one_heads_up_per_reference(store: Store) -> None:
    mailbox = MemoryMailbox()
    heads_up(store, "acme-1", "Acme", at(2, 10), at(12, 10))
    assert effects(store, mailbox).run(at(3, 10)) == 0  # waits for more interviews
    heads_up(store, "globex-1", "Globex", at(4, 9), at(13, 14))
    assert effects(store, mailbox).run(at(4, 12)) == 0
    assert effects(store, mailbox).run(at(5, 10, 1)) == 2  # the window closed: both done
    drafts = mailbox.messages("Drafts")
    assert sorted(str(d["To"]) for d in drafts) == [
        "Ana Ruiz <ana@ref.example>",
        "Bo Chen <bo@ref.example>",
    ]
    for draft in drafts:
        body = draft.get_body(("plain",)).get_content()
        assert "Acme" in body and "Globex" in body
        assert "2 companies" in str(draft["Subject"])
    assert {e.status for e in store.outbox()} == {"done"}
    assert effects(store, mailbox).run(at(6, 10)) == 0
    assert mailbox.appends == 2


def test_a_heads_up_is_not_held_past_the_day_before_the_interview(store: Store) -> None:
    mailbox = MemoryMailbox()
    heads_up(store, "acme-1", "Acme", at(2, 10), at(3, 15))
    assert effects(store, mailbox).run(at(2, 10, 5)) == 0
    assert effects(store, mailbox).run(at(2, 15)) == 1  # a day before the interview
    assert len(mailbox.messages("Drafts")) == 2


def test_an_interview_confirmed_after_the_window_gets_its_own_heads_up(store: Store) -> None:
    mailbox = MemoryMailbox()
    heads_up(store, "acme-1", "Acme", at(2, 10), at(20, 10))
    effects(store, mailbox).run(at(5, 11))
    heads_up(store, "globex-1", "Globex", at(9, 9), at(23, 10))
    effects(store, mailbox).run(at(12, 10))
    drafts = mailbox.messages("Drafts")
    assert len(drafts) == 4 and len({d["Message-ID"] for d in drafts}) == 4


def test_a_crash_inside_a_batch_writes_nothing_twice(store: Store) -> None:
    mailbox = MemoryMailbox()
    heads_up(store, "acme-1", "Acme", at(2, 10), at(20, 10))
    heads_up(store, "globex-1", "Globex", at(3, 10), at(21, 10))
    effects(store, mailbox).run(at(6, 10))
    with store.transaction():
        store._db.execute("UPDATE outbox SET status = 'pending'")
        store._db.execute("DELETE FROM drafts")
    effects(store, mailbox).run(at(6, 11))
    assert mailbox.appends == 2


def test_killed_while_a_batch_is_marked_done_nothing_is_written_twice(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    mailbox = MemoryMailbox()
    heads_up(store, "acme-1", "Acme", at(2, 10), at(20, 10))
    heads_up(store, "globex-1", "Globex", at(3, 10), at(21, 10))
    real = store.finish_action

    def killed_at_the_member(action_id: str, status: str, at: datetime, result: str = "") -> None:
        if result.startswith("in the batched heads-up"):
            raise SystemExit("killed")  # the process dies between the two rows
        real(action_id, status, at, result)

    monkeypatch.setattr(store, "finish_action", killed_at_the_member)
    with pytest.raises(SystemExit):
        effects(store, mailbox).run(at(6, 10))
    monkeypatch.setattr(store, "finish_action", real)
    effects(store, mailbox).run(at(6, 11))
    assert mailbox.appends == 2  # one heads-up per reference, found again by Message-ID


# --- company news in a thank-you -----------------------------------------------------------------


def test_a_thank_you_carries_cached_news_and_never_waits_for_a_feed(
    store: Store, tmp_path: Path
) -> None:
    from followup.config import NewsSettings
    from followup.news import NegativeWords, NewsCache

    rss = (
        b"<rss version='2.0'><channel><title>Acme</title><item><title>Acme opens a Berlin office"
        b"</title><link>https://acme.example/berlin</link>"
        b"<pubDate>Mon, 02 Mar 2026 08:00:00 +0000</pubDate></item></channel></rss>"
    )
    calls: list[str] = []

    def fetch(url: str, timeout: float) -> bytes:
        calls.append(url)
        return rss

    settings = NewsSettings(feeds=(("Acme", "https://acme.example/feed"),))
    news = NewsCache(settings, tmp_path / "news", NegativeWords.of(["layoff*"]), fetch=fetch)
    mailbox = MemoryMailbox()
    queue(store, action(ActionKind.DRAFT_THANK_YOU, "thank_you", to=(ANA,)))
    news.refresh("https://acme.example/feed", at(4, 8))
    replace(effects(store, mailbox), news=news).run(at(4, 13))
    [draft] = mailbox.messages("Drafts")
    body = draft.get_body(("plain",)).get_content()
    assert "Acme opens a Berlin office (https://acme.example/berlin)" in body


def test_with_smtp_new_drafts_are_announced_once(store: Store) -> None:
    mailbox, notifier = MemoryMailbox(), FakeNotifier()
    queue(store, action(ActionKind.DRAFT_THANK_YOU, "thank_you", to=(ANA,)))
    with_notifier(store, mailbox, notifier).run(at(4, 13))
    [raw] = notifier.sent
    text = body_of(raw)
    assert "1 new draft(s) to review in Drafts" in text
    assert "thank-you to Ana Ruiz (Acme)" in text
    with_notifier(store, mailbox, notifier).run(at(4, 14))
    assert len(notifier.sent) == 1
    effects(store, MemoryMailbox()).run(at(4, 15))  # without SMTP: no announcement at all
    assert mailbox.folders["INBOX"] == []


def test_the_daily_digest_goes_out_like_a_notice_once(store: Store) -> None:
    from datetime import time

    from followup.config import Notices
    from followup.notify import due_digest

    mailbox, notifier = MemoryMailbox(), FakeNotifier()
    digest_only = Notices(each=False, digest=time(18, 0))
    offer(store)
    with_notifier(store, mailbox, notifier, notices=digest_only).run(at(4, 13))
    assert notifier.sent == []
    assert due_digest(store, at(4, 18, 5), digest_only, "Europe/Berlin") is not None
    with_notifier(store, mailbox, notifier, notices=digest_only).run(at(4, 18, 5))
    [raw] = notifier.sent
    message = email.message_from_bytes(raw, policy=policy.default)
    assert str(message["Subject"]) == "followup: Your applications, Wednesday 4 March"
    assert "An offer from Acme!" in body_of(raw)
    assert message[OWN_NOTICE_HEADER] == "digest.2026-03-04"
    assert due_digest(store, at(4, 22), digest_only, "Europe/Berlin") is None
    with_notifier(store, mailbox, notifier, notices=digest_only).run(at(4, 22))
    assert len(notifier.sent) == 1


def test_a_company_that_asked_for_references_gets_them_at_once(store: Store) -> None:
    from followup.model import State

    mailbox = MemoryMailbox()
    heads_up(store, "acme-1", "Acme", at(2, 10), at(20, 10))
    app = store.application("acme-1")
    assert app is not None
    with store.transaction():
        store.save_application(replace(app, state=State.ACTION_NEEDED), None)
    assert effects(store, mailbox).run(at(2, 10, 5)) == 1


def test_a_heads_up_that_failed_for_good_holds_no_batch_back(store: Store) -> None:
    mailbox = MemoryMailbox()
    heads_up(store, "acme-1", "Acme", at(2, 10), at(20, 10))
    heads_up(store, "globex-1", "Globex", at(3, 10), at(21, 10))
    with store.transaction():
        store._db.execute(
            "UPDATE outbox SET status = 'failed', attempts = ? WHERE action_id = ?",
            (MAX_ATTEMPTS, "acme-1.r1.references"),
        )
    assert effects(store, mailbox).run(at(6, 12)) == 1
    for draft in mailbox.messages("Drafts"):
        body = draft.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert "Globex" in body and "Acme" not in body


def test_a_thank_you_read_days_too_late_is_not_written_and_the_user_is_told_once(
    store: Store,
) -> None:
    # A backfill (or a first look after a long pause) replays an interview of weeks ago:
    # its thank-you was due then; a note now would read oddly.
    queue(
        store,
        action(ActionKind.DRAFT_THANK_YOU, "thank_you:a", due=at(5, 11), to=(ANA,)),
        action(ActionKind.DRAFT_THANK_YOU, "thank_you:b", due=at(5, 11), to=(RITA,)),
        action(ActionKind.DRAFT_FOLLOW_UP, "follow_up_1", due=at(12, 9), to=(RITA,)),
    )
    box = MemoryMailbox()
    late = at(5, 11) + timedelta(days=40)
    effects(store, box).run(late)
    statuses = {entry.action.step: (entry.status, entry.result) for entry in store.outbox()}
    assert statuses["thank_you:a"][0] == "cancelled"
    assert "too late for a thank-you note" in (statuses["thank_you:a"][1] or "")
    assert statuses["thank_you:b"][0] == "cancelled"
    assert statuses["follow_up_1"][0] == "done"  # an inquiry is still in order
    assert [m["Subject"] for m in box.messages("Drafts")] == ["Re: Interview confirmation"]
    [notice] = box.messages("INBOX")
    assert "too late for one now" in notice.get_content()
    effects(store, box).run(late + timedelta(hours=1))
    assert len(box.messages("INBOX")) == 1


def test_a_thank_you_a_day_late_is_still_written(store: Store) -> None:
    queue(store, action(ActionKind.DRAFT_THANK_YOU, "thank_you", due=at(5, 11), to=(ANA,)))
    box = MemoryMailbox()
    effects(store, box).run(at(6, 11))
    assert len(box.messages("Drafts")) == 1
    assert box.messages("INBOX") == []


def test_a_thank_you_held_back_by_a_stop_is_not_written_weeks_later_on_resume(
    store: Store,
) -> None:
    from factories import POLICY
    from followup.engine import apply_command
    from followup.model import Command

    queue(store, action(ActionKind.DRAFT_THANK_YOU, "thank_you", due=at(5, 11), to=(ANA,)))
    apply_command(store, "acme-1", Command("stop"), at(4, 13), POLICY)
    resumed = apply_command(store, "acme-1", Command("resume"), at(24, 9), POLICY)
    assert [a.step for a in resumed.queued if a.kind == ActionKind.DRAFT_THANK_YOU]
    box = MemoryMailbox()
    effects(store, box).run(at(24, 9))
    assert box.messages("Drafts") == []
    [notice] = box.messages("INBOX")
    assert "too late for one now" in notice.get_content()
