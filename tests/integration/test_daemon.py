"""The daemon against a real Dovecot: drafts appear in Drafts at the right time, exactly once.

Driven through the command line a user (or a systemd timer) runs: `followup run --once
--as-of ...` moves the clock without waiting a week.
"""

from __future__ import annotations

import email
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from followup import service
from followup.cli import main
from followup.config import Profile
from followup.imap import ImapMailbox
from followup.paths import shipped_rules_dir
from followup.runtime import load_runtime
from followup.service import Worker
from followup.store import Store
from story import (
    CONFIRMATION_ID,
    RECRUITER,
    at,
    company_reply,
    config_text,
    confirmation,
    newsletter,
    once,
    user_reply,
)
from testmail import delete_all, folder_messages, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("berlin_user")]


@pytest.fixture
def setup(dovecot, tmp_path: Path):  # type: ignore[no-untyped-def]
    config = tmp_path / "config.yaml"
    config.write_text(config_text(dovecot, tmp_path / "state"))
    return dovecot, config, tmp_path / "state"


def followup(config: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--config", str(config), *args], out=out)
    return code, out.getvalue()


def messages(dovecot, folder: str) -> list[tuple[int, set[bytes], email.message.EmailMessage]]:  # type: ignore[no-untyped-def]
    return folder_messages(dovecot, folder)


def drafts(dovecot) -> list[email.message.EmailMessage]:  # type: ignore[no-untyped-def]
    return [message for _, _, message in messages(dovecot, "Drafts")]


def state(state_dir: Path) -> list[tuple[str, str]]:
    with Store.open(state_dir / "followup.sqlite3") as store:
        return [(app.company, app.state.value) for app in store.applications()]


def test_a_whole_application_from_confirmation_to_moving_on(setup) -> None:  # type: ignore[no-untyped-def]
    dovecot, config, state_dir = setup
    dovecot.deliver("INBOX", confirmation())
    dovecot.deliver("INBOX", newsletter(1))

    # Before the interview: tracked, nothing to draft yet.
    out = once(config, "2026-03-03T12:00+01:00")
    assert "2 new message(s)" in out
    assert state(state_dir) == [("Acme Robotics", "scheduled")]
    assert drafts(dovecot) == []

    # The afternoon after the interview: a thank-you, threaded on the confirmation.
    once(config, "2026-03-04T14:00+01:00")
    [thank_you] = drafts(dovecot)
    assert thank_you["In-Reply-To"] == CONFIRMATION_ID
    assert CONFIRMATION_ID in thank_you["References"]
    assert "jonas.becker@acme-robotics.example" in str(thank_you["To"])
    assert thank_you["X-Followup-Action"]
    assert str(thank_you["From"]) == "Dana Whitfield <dana@example.org>"
    body = thank_you.get_body(("plain",)).get_content()
    assert "Jonas" in body
    assert "+49 30 1234567" in body  # contact details end every draft
    [(_, flags, _)] = messages(dovecot, "Drafts")
    assert {b"\\Draft", b"\\Seen"} <= flags

    # Running again writes nothing twice.
    once(config, "2026-03-04T15:00+01:00")
    assert len(drafts(dovecot)) == 1

    # The user sends it; the client moves it from Drafts to Sent.
    delete_all(dovecot, "Drafts")
    dovecot.deliver(
        "Sent",
        user_reply(
            str(thank_you["To"]), str(thank_you["Subject"]), at(4, 15),
            "Thank you for the conversation today.", CONFIRMATION_ID, 1,
        ),
    )  # fmt: skip
    once(config, "2026-03-05T09:00+01:00")
    assert state(state_dir) == [("Acme Robotics", "waiting")]
    assert drafts(dovecot) == []  # the deleted thank-you is not recreated

    # A week of silence: follow-up 1 to the recruiter, in the thread.
    once(config, "2026-03-12T10:00+01:00")
    [follow_up] = drafts(dovecot)
    assert "priya.raman@acme-robotics.example" in str(follow_up["To"])
    assert str(follow_up["Subject"]).startswith("Re:")
    assert follow_up["In-Reply-To"] == "<sent-1@example.org>"
    delete_all(dovecot, "Drafts")
    dovecot.deliver(
        "Sent",
        user_reply(RECRUITER, str(follow_up["Subject"]), at(12, 11), "Any news?",
                   "<sent-1@example.org>", 2),
    )  # fmt: skip

    # Another week: follow-up 2.
    once(config, "2026-03-20T10:00+01:00")
    [second] = drafts(dovecot)
    assert "priya.raman@acme-robotics.example" in str(second["To"])
    assert second["X-Followup-Action"] != follow_up["X-Followup-Action"]
    delete_all(dovecot, "Drafts")
    dovecot.deliver(
        "Sent",
        user_reply(RECRUITER, str(second["Subject"]), at(20, 11), "Still interested.",
                   "<sent-2@example.org>", 3),
    )  # fmt: skip

    # Still nothing: no more drafts, a note in INBOX to move on.
    once(config, "2026-03-28T10:00+01:00")
    assert drafts(dovecot) == []
    assert state(state_dir) == [("Acme Robotics", "moved_on")]
    notices = [m for _, flags, m in messages(dovecot, "INBOX") if m["X-Followup-Notice"]]
    assert len(notices) == 1
    assert "Acme" in notices[0].get_body(("plain",)).get_content()

    # The daemon does not read its own notice back as mail.
    with Store.open(state_dir / "followup.sqlite3") as store:
        before = len(store.events())
    once(config, "2026-03-28T11:00+01:00")
    with Store.open(state_dir / "followup.sqlite3") as store:
        assert len(store.events()) == before


def test_a_crash_between_append_and_commit_leaves_no_duplicate(setup) -> None:  # type: ignore[no-untyped-def]
    """SIGKILL right after the server accepted the APPEND, before the outbox row is marked
    done: the next run finds the draft by its Message-ID and does not write it again."""
    dovecot, config, state_dir = setup
    dovecot.deliver("INBOX", confirmation())
    crash = (
        "import os, signal, sys\n"
        "import followup.imap as imap\n"
        "real = imap.ImapMailbox.append\n"
        "def append(self, *args, **kwargs):\n"
        "    uid = real(self, *args, **kwargs)\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "imap.ImapMailbox.append = append\n"
        "from followup.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    args = ["--config", str(config), "run", "--once", "--as-of", "2026-03-04T14:00+01:00"]
    result = subprocess.run(
        [sys.executable, "-c", crash, *args], capture_output=True, env=os.environ, timeout=60
    )
    assert result.returncode == -9, result.stderr.decode()
    assert len(drafts(dovecot)) == 1
    with Store.open(state_dir / "followup.sqlite3") as store:
        assert [e.status for e in store.outbox() if "thank_you" in e.action.step] == ["pending"]

    once(config, "2026-03-04T14:05+01:00")
    assert len(drafts(dovecot)) == 1
    with Store.open(state_dir / "followup.sqlite3") as store:
        assert [e.status for e in store.outbox() if "thank_you" in e.action.step] == ["done"]


def test_a_draft_the_user_deleted_is_never_recreated(setup) -> None:  # type: ignore[no-untyped-def]
    dovecot, config, _ = setup
    dovecot.deliver("INBOX", confirmation())
    once(config, "2026-03-04T14:00+01:00")
    assert len(drafts(dovecot)) == 1
    delete_all(dovecot, "Drafts")
    once(config, "2026-03-04T18:00+01:00")
    once(config, "2026-03-05T09:00+01:00")
    assert drafts(dovecot) == []


def test_a_renumbered_inbox_is_rescanned_without_reading_anything_twice(setup) -> None:  # type: ignore[no-untyped-def]
    dovecot, config, state_dir = setup
    dovecot.deliver("INBOX", confirmation())
    once(config, "2026-03-03T12:00+01:00")
    with Store.open(state_dir / "followup.sqlite3") as store:
        events = len(store.events())
        validity = store.cursor("personal", "INBOX").uidvalidity  # type: ignore[union-attr]
    dovecot.reset_uidvalidity("INBOX")
    out = once(config, "2026-03-03T13:00+01:00")
    assert "0 about tracked applications" in out
    with Store.open(state_dir / "followup.sqlite3") as store:
        assert len(store.events()) == events
        assert store.cursor("personal", "INBOX").uidvalidity != validity  # type: ignore[union-attr]
    assert state(state_dir) == [("Acme Robotics", "scheduled")]


def test_a_wrong_password_is_one_clear_error(setup, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    dovecot, config, _ = setup
    wrong = tmp_path / "wrong"
    wrong.write_text("not the password\n")
    wrong.chmod(0o600)
    config.write_text(config_text(dovecot, tmp_path / "state", password_file=wrong))
    code, _ = followup(config, "run", "--once")
    assert code == 1
    error = capsys.readouterr().err
    assert "personal" in error and "not the password" not in error
    assert error.count("\n") == 1, error

    code, out = followup(config, "check")
    assert code == 1
    assert "✗ account personal login" in out


def test_an_untrusted_certificate_is_refused(setup, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    dovecot, config, _ = setup
    config.write_text(config_text(dovecot, tmp_path / "state", ca_file=None))
    code, _ = followup(config, "run", "--once")
    assert code == 1
    assert "ca_file" in capsys.readouterr().err
    code, out = followup(config, "check")
    assert code == 1
    assert "✗" in out and "ca_file" in out


def test_check_reports_every_item(setup) -> None:  # type: ignore[no-untyped-def]
    _, config, _ = setup
    code, out = followup(config, "check")
    assert code == 0, out
    for item in ("config", "rules", "state", "secret", "login", "TLS", "folders", "push"):
        assert f" {item}" in out, item
    assert "drafts Drafts" in out and "sent Sent" in out
    assert "IDLE" in out


def tracked(state_dir: Path) -> int:
    database = state_dir / "followup.sqlite3"
    if not database.exists():
        return 0
    with Store.open(database) as store:
        return len(store.applications())


def seen(state_dir: Path, message_id: str) -> bool:
    with Store.open(state_dir / "followup.sqlite3") as store:
        return store.is_seen("personal", message_id.strip("<>"))


def test_the_daemon_sees_new_mail_by_idle_survives_a_server_restart_and_stops_on_sigterm(
    setup,  # type: ignore[no-untyped-def]
) -> None:
    dovecot, config, state_dir = setup
    daemon = subprocess.Popen(
        [sys.executable, "-m", "followup.cli", "--config", str(config), "-v", "run"],
        stderr=subprocess.PIPE,
        env=os.environ,
    )
    try:
        assert wait_for(lambda: (state_dir / "followup.sqlite3").exists())
        time.sleep(1.0)  # the first cycle is done and the watchers are IDLE
        dovecot.deliver("INBOX", confirmation())
        assert wait_for(lambda: tracked(state_dir) == 1), "IDLE did not wake the daemon"

        dovecot.restart()  # mid-IDLE: every connection is cut
        time.sleep(0.5)
        dovecot.deliver("INBOX", newsletter(2))
        if not wait_for(lambda: seen(state_dir, "<digest-2@news.example>"), 40):
            daemon.kill()
            raise AssertionError(daemon.stderr.read().decode())  # type: ignore[union-attr]

        started = time.monotonic()
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=15) == 0
        assert time.monotonic() - started < 10
    finally:
        if daemon.poll() is None:
            daemon.kill()
        log = daemon.stderr.read().decode() if daemon.stderr else ""  # type: ignore[union-attr]
    assert "SIGTERM received" in log, log
    assert dovecot.password not in log


STILL_DECIDING = (
    "Hi Dana,\n\nthank you for your patience. We are still interviewing a few candidates "
    "and expect to make a decision by the end of next week."
)


def through_thank_you(dovecot, config: Path) -> email.message.EmailMessage:  # type: ignore[no-untyped-def]
    """Confirmation, interview, and the thank-you sent (moved from Drafts to Sent)."""
    dovecot.deliver("INBOX", confirmation())
    once(config, "2026-03-04T14:00+01:00")
    [thank_you] = drafts(dovecot)
    delete_all(dovecot, "Drafts")
    dovecot.deliver(
        "Sent",
        user_reply(str(thank_you["To"]), str(thank_you["Subject"]), at(4, 15), "Thanks!",
                   CONFIRMATION_ID, 1),
    )  # fmt: skip
    return thank_you


def to_follow_up_1(dovecot, config: Path) -> email.message.EmailMessage:  # type: ignore[no-untyped-def]
    """Then a week of silence: follow-up 1 in Drafts."""
    through_thank_you(dovecot, config)
    once(config, "2026-03-12T10:00+01:00")
    [follow_up] = drafts(dovecot)
    return follow_up


def test_a_stale_draft_is_removed_when_the_company_writes_first(setup) -> None:  # type: ignore[no-untyped-def]
    dovecot, config, state_dir = setup
    to_follow_up_1(dovecot, config)
    dovecot.deliver("INBOX", company_reply(at(12, 15), STILL_DECIDING, "<sent-1@example.org>", 1))
    once(config, "2026-03-12T16:00+01:00")
    assert drafts(dovecot) == []  # the unsent status inquiry is pointless now
    notices = [m for _, _, m in messages(dovecot, "INBOX") if m["X-Followup-Notice"]]
    assert len(notices) == 1
    assert "removed from Drafts" in notices[0].get_body(("plain",)).get_content()


def test_a_stale_draft_the_user_edited_is_kept_and_the_user_told(setup) -> None:  # type: ignore[no-untyped-def]
    dovecot, config, _ = setup
    follow_up = to_follow_up_1(dovecot, config)
    # The user starts editing: the client saves a changed copy under the same Message-ID.
    delete_all(dovecot, "Drafts")
    body = follow_up.get_body(("plain",))
    body.set_content(body.get_content() + "\nP.S. I also finished the take-home.\n")
    dovecot.deliver("Drafts", follow_up.as_bytes(), flags=(b"\\Draft", b"\\Seen"))
    dovecot.deliver("INBOX", company_reply(at(12, 15), STILL_DECIDING, "<sent-1@example.org>", 1))
    once(config, "2026-03-12T16:00+01:00")
    [kept] = drafts(dovecot)
    assert "take-home" in kept.get_body(("plain",)).get_content()
    notices = [m for _, _, m in messages(dovecot, "INBOX") if m["X-Followup-Notice"]]
    assert len(notices) == 1
    assert "edited it" in notices[0].get_body(("plain",)).get_content()


def test_list_mail_from_a_company_tracked_in_the_same_catch_up_is_read(setup) -> None:  # type: ignore[no-untyped-def]
    """A confirmation and, in the same batch, a reschedule sent through a mailing tool
    (List-Id, no job word in the subject): the second look reads the reschedule."""
    dovecot, config, state_dir = setup
    dovecot.deliver("INBOX", confirmation())
    dovecot.deliver("INBOX", _rescheduled_through_a_mailing_tool())
    once(config, "2026-03-03T09:00+01:00")
    with Store.open(state_dir / "followup.sqlite3") as store:
        categories = dict(
            store._db.execute("SELECT message_id, category FROM messages WHERE folder = 'INBOX'")
        )
    assert categories["reply-7@acme-robotics.example"] != "not_fetched", categories


def _rescheduled_through_a_mailing_tool() -> bytes:
    return company_reply(
        at(2, 16),
        "Hi Dana,\n\nunfortunately Jonas is travelling on Wednesday, so we need to reschedule "
        "your interview. Could we move it to Friday, 6 March at 14:00 (Berlin time) instead?",
        CONFIRMATION_ID,
        7,
    ).replace(
        b"Subject: Re: Interview confirmation",
        b"List-Id: <hr.acme-robotics.example>\r\nSubject: Re: A note from Acme",
    )


def test_a_stop_right_after_the_replay_still_gives_list_mail_its_second_look(
    dovecot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """SIGTERM lands just as the catch-up's replay ends: the reschedule skipped by its headers
    is still read (it is recorded as skipped, so no later start would read it again)."""
    dovecot.deliver("INBOX", confirmation())
    dovecot.deliver("INBOX", _rescheduled_through_a_mailing_tool())
    asked = {"stop": False}
    replay = service.process_backlog

    def replay_then_stop(*args, **kwargs):  # type: ignore[no-untyped-def]
        outcomes = replay(*args, **kwargs)
        asked["stop"] = True  # the signal arrives as the last message is recorded
        return outcomes

    monkeypatch.setattr(service, "process_backlog", replay_then_stop)
    account = dovecot.account()
    profile = Profile(name="Dana Whitfield", email="dana@example.org")
    runtime = load_runtime(shipped_rules_dir(), account.name, profile.addresses)
    with Store.open(tmp_path / "state.sqlite3") as store:
        worker = Worker(account, profile, store, runtime, lambda: connected_box(dovecot))
        worker.stopping = lambda: asked["stop"]
        worker.cycle(datetime.fromisoformat("2026-03-03T09:00+01:00"))
        worker.disconnect()
        categories = dict(
            store._db.execute("SELECT message_id, category FROM messages WHERE folder = 'INBOX'")
        )
    assert asked["stop"]
    assert categories["reply-7@acme-robotics.example"] != "not_fetched", categories


def test_a_stop_mid_replay_never_moves_a_cursor_past_mail_not_yet_read(
    dovecot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The replay goes by Date: UID 1 (confirmation), UID 3 (the reschedule), UID 2 (a
    newsletter written later). A stop after two leaves UID 2 unread; the second look at the
    reschedule must not move the cursor past it, so the next start reads it."""
    dovecot.deliver("INBOX", confirmation())  # UID 1, 2 Mar 10:12
    dovecot.deliver("INBOX", newsletter(1))  # UID 2, 3 Mar 07:00
    dovecot.deliver("INBOX", _rescheduled_through_a_mailing_tool())  # UID 3, 2 Mar 16:00
    asked = {"times": 0}

    def stop_before_the_third() -> bool:
        asked["times"] += 1
        return asked["times"] > 2

    account = dovecot.account()
    profile = Profile(name="Dana Whitfield", email="dana@example.org")
    runtime = load_runtime(shipped_rules_dir(), account.name, profile.addresses)
    with Store.open(tmp_path / "state.sqlite3") as store:
        for stopping, when in ((stop_before_the_third, "09:00"), (lambda: False, "09:05")):
            worker = Worker(account, profile, store, runtime, lambda: connected_box(dovecot))
            worker.stopping = stopping
            worker.cycle(datetime.fromisoformat(f"2026-03-03T{when}+01:00"))
            worker.disconnect()
        read = sorted(uid for (uid,) in store._db.execute("SELECT uid FROM messages"))
    assert read == [1, 2, 3]


def connected_box(dovecot) -> ImapMailbox:  # type: ignore[no-untyped-def]
    box = ImapMailbox(dovecot.account(), dovecot.secret)
    box.connect()
    return box


def test_a_draft_that_failed_and_went_stale_is_never_written(setup, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dovecot, config, state_dir = setup
    rules = tmp_path / "rules"
    shutil.copytree(shipped_rules_dir(), rules)
    template = rules / "templates" / "follow_up_1.txt"
    good = template.read_text()
    config.write_text(config.read_text() + f"rules_dir: {rules}\n")
    template.write_text("Subject: Re: {{ thread_subject }}\n\nHi {{ recipent.name }}\n")
    through_thank_you(dovecot, config)
    once(config, "2026-03-12T10:00+01:00")  # follow-up 1 fails: the template is broken
    assert drafts(dovecot) == []
    with Store.open(state_dir / "followup.sqlite3") as store:
        [failed] = store.outbox("failed")
        assert "recipent" in (failed.last_error or "")
    dovecot.deliver("INBOX", company_reply(at(12, 15), STILL_DECIDING, "<sent-1@example.org>", 1))
    template.write_text(good)
    once(config, "2026-03-12T16:00+01:00")
    once(config, "2026-03-12T17:00+01:00")
    assert drafts(dovecot) == []  # the company wrote first: the status inquiry is stale


def test_each_account_writes_only_its_own_drafts(setup, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dovecot, config, _ = setup
    dovecot.add_user("work", "work password 42")
    work_password = tmp_path / "work.password"
    work_password.write_text("work password 42\n")
    work_password.chmod(0o600)
    text = config.read_text()
    personal = text[text.index("  - name: personal") : text.index("profile:")]
    work = personal.replace("name: personal", "name: work").replace(
        f"username: {dovecot.user}", "username: work"
    ).replace(str(dovecot.password_file), str(work_password))  # fmt: skip
    config.write_text(text.replace("profile:", work + "profile:", 1))
    with dovecot.client("work") as client:
        client.append("INBOX", confirmation())
    once(config, "2026-03-03T09:00+01:00")
    once(config, "2026-03-04T14:00+01:00")
    assert drafts(dovecot) == []  # nothing in the personal account
    with dovecot.client("work") as client:
        client.select_folder("Drafts", readonly=True)
        assert len(client.search("ALL")) == 1
