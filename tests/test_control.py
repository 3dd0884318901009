"""stop, snooze and resume: one transaction each, the daemon cannot undo them, words that say
what changed; when a snooze ends; which application the user means."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from factories import BERLIN, POLICY, Story, at, confirmation, signal
from followup import control
from followup.cli import main
from followup.engine import apply_command, tick
from followup.machine import next_due
from followup.model import Application, Category, Command, State
from followup.paths import DATABASE_NAME
from followup.pick import NoSuchApplication, find_application, short_refs
from followup.store import Store


def stored(tmp_path: Path, *stories: Story) -> Store:
    store = Store.open(tmp_path / DATABASE_NAME)
    with store.transaction():
        for story in stories:
            store.save_application(story.app, (next_due(story.app) or (None, None))[1])
            store.add_actions(story.actions)
    return store


def interviewed() -> Story:
    """Acme: interviewed on 3 Mar; the thank-you is decided and waits in the outbox."""
    story = Story()
    story.feed(confirmation(at(3, 14), when=at(2, 10)), at(2, 10))
    story.until(at(3, 16))
    return story


def test_stop_cancels_unwritten_drafts_in_the_same_transaction(tmp_path: Path) -> None:
    store = stored(tmp_path, interviewed())
    outcome = apply_command(
        store, "acme", Command("stop", reason="took another offer"), at(4), POLICY
    )
    assert outcome.changed and outcome.after.state == State.STOPPED
    assert [a.step for a in outcome.cancelled] == ["thank_you"]
    assert store.outbox("pending") == []
    assert store.application("acme").open_drafts == ()  # type: ignore[union-attr]
    last = store.events("acme")[-1]
    assert (last.kind, last.state_before, last.state_after) == ("stop", "interviewed", "stopped")
    assert "took another offer" in last.reason
    assert store.next_due() is None  # nothing for the clock to do


def test_the_daemon_cannot_undo_a_stop_made_while_it_was_reading(tmp_path: Path) -> None:
    """A cycle lists due applications, the user stops one, the cycle goes on: the stop holds."""
    store = stored(tmp_path, interviewed())
    listed = store.due_applications(at(20))
    assert [app.id for app in listed] == ["acme"]
    apply_command(store, "acme", Command("stop"), at(4), POLICY)
    store.due_applications = lambda now: listed  # type: ignore[method-assign]
    assert tick(store, POLICY, at(20)) == 0
    assert store.application("acme").state == State.STOPPED  # type: ignore[union-attr]
    assert store.outbox("pending") == []


def test_resume_brings_back_the_drafts_a_stop_held_back_once(tmp_path: Path) -> None:
    store = stored(tmp_path, interviewed())
    apply_command(store, "acme", Command("stop"), at(4, 9), POLICY)
    back = apply_command(store, "acme", Command("resume"), at(4, 10), POLICY)
    assert back.after.state == State.INTERVIEWED
    assert [a.step.partition("@")[0] for a in back.queued] == ["thank_you"]
    assert [e.action.id for e in store.outbox("pending")] == [back.queued[0].id]
    # Again: the copy is held back and brought back; the original is not brought back twice.
    apply_command(store, "acme", Command("stop"), at(4, 11), POLICY)
    again = apply_command(store, "acme", Command("resume"), at(4, 12), POLICY)
    assert len(again.queued) == 1 and len(store.outbox("pending")) == 1


def test_snooze_holds_timers_until_the_date(tmp_path: Path) -> None:
    store = stored(tmp_path, interviewed())
    until = at(20, 8)
    outcome = apply_command(store, "acme", Command("snooze", until=until), at(4), POLICY)
    assert outcome.changed and outcome.after.snoozed_until == until
    assert store.next_due() == until
    assert tick(store, POLICY, at(19)) == 0  # the follow-up due 10 Mar waits
    assert tick(store, POLICY, at(20, 9)) == 1


def test_a_command_that_does_not_apply_changes_nothing(tmp_path: Path) -> None:
    story = Story()
    story.feed(signal(Category.REJECTION, at(2, 11)), at(2, 11))
    store = stored(tmp_path, story)
    events = len(store.events())
    outcome = apply_command(store, "acme", Command("snooze", until=at(20)), at(4), POLICY)
    assert not outcome.changed and "ignored" in outcome.reason
    assert len(store.events()) == events


def test_an_unknown_application_is_a_key_error(tmp_path: Path) -> None:
    with pytest.raises(KeyError):
        apply_command(stored(tmp_path), "nope", Command("stop"), at(4), POLICY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-20", datetime(2026, 3, 20, 8, 0, tzinfo=BERLIN)),
        ("2026-03-20T14:30", datetime(2026, 3, 20, 14, 30, tzinfo=BERLIN)),
        ("3d", datetime(2026, 3, 7, 12, 0, tzinfo=BERLIN)),
        ("2w", datetime(2026, 3, 18, 12, 0, tzinfo=BERLIN)),
        ("2 business days", datetime(2026, 3, 6, 12, 0, tzinfo=BERLIN)),
        ("tomorrow", datetime(2026, 3, 5, 8, 0, tzinfo=BERLIN)),
        ("monday", datetime(2026, 3, 9, 8, 0, tzinfo=BERLIN)),
        ("Fri", datetime(2026, 3, 6, 8, 0, tzinfo=BERLIN)),
        ("wednesday", datetime(2026, 3, 11, 8, 0, tzinfo=BERLIN)),  # today is Wednesday
        ("next week", datetime(2026, 3, 9, 8, 0, tzinfo=BERLIN)),
    ],
)
def test_when_a_snooze_ends(text: str, expected: datetime) -> None:
    assert control.parse_until(text, at(4, 12), POLICY.calendar) == expected


def test_a_duration_never_ends_in_the_quiet_hours() -> None:
    until = control.parse_until("12h", at(4, 12), POLICY.calendar)
    assert until == datetime(2026, 3, 5, 8, 0, tzinfo=BERLIN)


@pytest.mark.parametrize("text", ["someday", "2026-02-01", "-3d", "2026-13-01"])
def test_an_unreadable_or_past_until_says_what_works(text: str) -> None:
    with pytest.raises(ValueError, match="e.g.|past|cannot read"):
        control.parse_until(text, at(4, 12), POLICY.calendar)


def apps(*pairs: tuple[str, str]) -> list[Application]:
    return [
        Application(id=app_id, company=company, role="", state=State.WAITING, created=at(1))
        for app_id, company in pairs
    ]


def test_the_application_is_found_by_id_prefix_or_company() -> None:
    tracked = apps(
        ("acme-robotics-3f2a9c1b", "Acme Robotics"),
        ("acme-robotics-77aa0011", "Acme Robotics"),
        ("zurich-versicherung-1234abcd", "Zürich Versicherung"),
    )
    assert find_application(tracked, "acme-robotics-77").id == "acme-robotics-77aa0011"
    assert find_application(tracked, "ZURICH").company == "Zürich Versicherung"
    assert find_application(tracked, "zurich-versicherung-1234abcd").id.startswith("zurich")
    with pytest.raises(NoSuchApplication, match="matches 2 applications") as ambiguous:
        find_application(tracked, "acme")
    assert "acme-robotics-3f2a" in str(ambiguous.value)
    with pytest.raises(NoSuchApplication, match="no application matches 'globex'"):
        find_application(tracked, "globex")


def test_short_refs_are_unique_handles() -> None:
    tracked = apps(("acme-robotics-3f2a9c1b", "A"), ("acme-robotics-77aa0011", "A"), ("x-1", "X"))
    refs = short_refs(tracked)
    assert refs == {
        "acme-robotics-3f2a9c1b": "acme-robotics-3f2a",
        "acme-robotics-77aa0011": "acme-robotics-77aa",
        "x-1": "x",
    }
    for app in tracked:
        assert find_application(tracked, refs[app.id]) == app


def cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    monkeypatch.setenv("FOLLOWUP_RULES", str(tmp_path / "no-rules-here"))
    stored(tmp_path, interviewed()).close()
    return tmp_path


def test_the_commands_say_what_changed_and_that_the_daemon_sees_it(state: Path) -> None:
    code, out = cli("--state-dir", str(state), "stop", "acme", "--reason", "no longer keen")
    assert code == 0
    assert "stopped by you: no longer keen" in out and "interviewed → stopped" in out
    assert "cancelled, never written: draft: thank-you to Ana Ruiz" in out
    assert "next cycle" in out
    code, out = cli("--state-dir", str(state), "resume", "acme")
    assert code == 0 and "stopped → interviewed" in out and "decided now" in out
    code, out = cli("--state-dir", str(state), "snooze", "acme", "3w")
    assert code == 0 and "nothing comes due before" in out


def test_command_errors_say_what_to_do(
    state: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli("--state-dir", str(state), "snooze", "acme", "someday")[0] == 2
    assert "e.g. 2026-12-03" in capsys.readouterr().err
    assert cli("--state-dir", str(state), "stop", "globex")[0] == 1
    assert "tracked are:" in capsys.readouterr().err
    assert cli("--state-dir", str(tmp_path / "empty"), "resume", "acme")[0] == 1
    assert "No applications tracked yet" in capsys.readouterr().err


def test_snoozing_a_closed_application_is_refused(state: Path) -> None:
    cli("--state-dir", str(state), "stop", "acme")
    code, out = cli("--state-dir", str(state), "snooze", "acme", "2w")
    assert code == 1 and "nothing changed" in out


def test_stop_then_now(state: Path) -> None:
    """The real clock: the command is stamped now, in the log."""
    cli("--state-dir", str(state), "stop", "acme")
    with Store.open(state / DATABASE_NAME) as store:
        stamp = store.events("acme")[-1].at
    assert abs(stamp - datetime.now(BERLIN)) < timedelta(minutes=5)


CONFIG = """\
accounts:
  - name: personal
    imap: {host: imap.example.org}
    username: dana.whitfield@example.org
    password_command: "echo unused"
profile:
  name: Dana Whitfield
  email: dana.whitfield@example.org
"""


def cli_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the CLI tests keep their config: Berlin time, the shipped rules, no user config."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    monkeypatch.delenv("FOLLOWUP_RULES", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config-here"))
    return tmp_path / "config.yaml"


def test_track_and_stop_take_a_piped_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the mutt and aerc bindings in contrib/ run: the raw message on standard input."""
    from factories import CORPUS

    config = cli_home(tmp_path, monkeypatch)
    config.write_text(CONFIG)
    base = ["--config", str(config), "--state-dir", str(tmp_path / "state")]
    code, out = cli(*base, "track", str(CORPUS / "acme-1.eml"))
    assert code == 0 and "Acme Robotics" in out and "tracked by you" in out
    monkeypatch.setattr(
        "sys.stdin", io.TextIOWrapper(io.BytesIO((CORPUS / "acme-2.eml").read_bytes()))
    )
    code, out = cli(*base, "stop", "-")
    assert code == 0 and "tracking → stopped" in out
    monkeypatch.setattr(
        "sys.stdin", io.TextIOWrapper(io.BytesIO((CORPUS / "bahn-1.eml").read_bytes()))
    )
    assert cli(*base, "resume", "-")[0] == 1
    assert "belongs to no tracked application" in capsys.readouterr().err


def test_track_with_several_accounts_asks_which_one_writes_the_drafts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from factories import CORPUS

    config = cli_home(tmp_path, monkeypatch)
    second = (
        "  - name: work\n    imap: {host: imap.work.example}\n    username: dana@work.example\n"
        '    password_command: "echo unused"\n'
    )
    config.write_text(CONFIG.replace("profile:\n", second + "profile:\n"))
    base = ["--config", str(config), "--state-dir", str(tmp_path / "state")]
    message = str(CORPUS / "acme-1.eml")
    assert cli(*base, "track", message)[0] == 1
    assert "--account NAME" in capsys.readouterr().err
    assert cli(*base, "track", "--account", "nope", message)[0] == 1
    assert "no account 'nope'" in capsys.readouterr().err
    code, out = cli(*base, "track", "--account", "work", message)
    assert code == 0 and "Acme Robotics" in out
    with Store.open(tmp_path / "state" / "followup.sqlite3") as store:
        assert set(store.application_accounts().values()) == {"work"}
