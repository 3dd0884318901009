"""Carrying out actions: drafts written once, per reference, retried after a fixable error.

A small in-memory mailbox stands in for the server here; tests/integration/test_daemon.py
proves the same paths against a real Dovecot.
"""

from __future__ import annotations

import email
from dataclasses import dataclass, field, replace
from datetime import timedelta
from email import policy
from pathlib import Path

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
