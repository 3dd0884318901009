"""The command line: help that teaches, status and plan on empty and filled stores."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from factories import POLICY, Story, at, confirmation, signal
from followup.cli import main
from followup.machine import next_due
from followup.model import Category
from followup.paths import DATABASE_NAME
from followup.store import Store


def run(*argv: str) -> str:
    out = io.StringIO()
    assert main(list(argv), out=out) == 0
    return out.getvalue()


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A state dir holding two applications driven by the real machine."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    monkeypatch.setenv("FOLLOWUP_RULES", str(tmp_path / "no-rules-here"))
    store = Store.open(tmp_path / DATABASE_NAME)
    acme = Story()
    acme.feed(confirmation(at(3, 14), when=at(2, 10)), at(2, 10))
    acme.until(at(3, 16))
    globex = Story(app=Story().app.__class__(**{**Story().app.__dict__, "id": "globex"}))
    globex.feed(signal(Category.REJECTION, at(2, 11), company="Globex", role="Analyst"), at(2, 11))
    with store.transaction():
        for story in (acme, globex):
            store.save_application(story.app, (next_due(story.app) or (None, None))[1])
            store.add_actions(story.actions)
    store.close()
    return tmp_path


def test_help_teaches_with_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    assert "Drafts" in text and "examples:" in text and "followup plan --as-of" in text
    for command in ("status", "plan", "explain"):
        assert command in text


@pytest.mark.parametrize("command", ["status", "plan", "explain"])
def test_every_subcommand_has_help(command: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"], out=io.StringIO())
    assert exit_.value.code == 0


def test_status_and_plan_on_an_empty_store_say_what_to_do(tmp_path: Path) -> None:
    for command in ("status", "plan"):
        text = run("--state-dir", str(tmp_path), command)
        assert "No applications tracked yet" in text
        assert "followup explain" in text


def test_status_is_a_headline_and_a_table_with_the_next_action(state: Path) -> None:
    lines = run("--state-dir", str(state), "status").splitlines()
    assert lines[0].startswith("2 applications · 1 open · 1 need you · next: first follow-up")
    assert lines[1] == "daemon: has not run yet (followup run, or systemctl --user start followup)"
    assert lines[3].split() == ["REF", "COMPANY", "ROLE", "STATE", "LAST", "EVENT", "NEXT", "WHEN"]
    acme = next(line for line in lines[1:] if "Acme" in line)
    assert "interviewed" in acme and "first follow-up to Rita Recruiter" in acme
    assert "Tue 10 Mar 15:00" in acme
    globex = next(line for line in lines if line.startswith("globex"))
    assert "rejected" in globex and "nothing" in globex


def test_plan_lists_pending_and_future_actions_in_time_order(state: Path) -> None:
    text = run("--state-dir", str(state), "plan", "--as-of", "2026-03-04T12:00+01:00")
    lines = text.splitlines()
    assert any("thank-you to Ana Ruiz" in line and "(ready now)" in line for line in lines)
    assert any("reply to the rejection to Rita Recruiter" in line for line in lines)
    assert lines[-1].startswith("Tue 10 Mar 15:00 — first follow-up to Rita Recruiter (Acme")


def test_plan_looks_ahead_without_changing_anything(state: Path) -> None:
    text = run("--state-dir", str(state), "plan", "--as-of", "2026-03-30")
    assert (
        "Tue 10 Mar 15:00 — draft: first follow-up to Rita Recruiter (Acme, Data Engineer)" in text
    )
    # Looking ahead wrote nothing.
    again = run("--state-dir", str(state), "plan", "--as-of", "2026-03-05")
    assert "Tue 10 Mar 15:00 — first follow-up" in again


def test_a_bad_as_of_is_a_clear_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["plan", "--as-of", "next tuesday"], out=io.StringIO())
    assert "ISO 8601" in capsys.readouterr().err


def test_a_broken_timing_file_is_one_clear_line(
    state: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "timing.yaml").write_text("follow_up:\n  first_after: soon\n", encoding="utf-8")
    monkeypatch.setenv("FOLLOWUP_RULES", str(rules))
    assert main(["--state-dir", str(state), "plan"], out=io.StringIO()) == 1
    err = capsys.readouterr().err
    assert "timing.yaml:2:16" in err and "duration" in err


def test_the_installed_command_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "followup.cli", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith("followup ")


def test_decision_dates_flow_into_the_plan(state: Path) -> None:
    store = Store.open(state / DATABASE_NAME)
    story = Story()
    story.feed(confirmation(at(3, 14), when=at(2, 10), decision_date=date(2026, 3, 20)), at(2, 10))
    story.until(at(3, 16))
    story.feed(signal(Category.USER_SENT, at(3, 18)), at(3, 18))
    with store.transaction():
        store.save_application(story.app, next_due(story.app)[1])  # type: ignore[index]
    store.close()
    text = run("--state-dir", str(state), "plan", "--as-of", "2026-03-05")
    assert "Mon 23 Mar 08:00 — first follow-up to Rita Recruiter" in text
    assert POLICY.decision_grace.business_days == 1


def test_plan_without_as_of_uses_the_real_clock(state: Path) -> None:
    from freezegun import freeze_time

    with freeze_time("2026-03-11T12:00:00+01:00"):
        text = run("--state-dir", str(state), "plan")
    assert "draft: first follow-up to Rita Recruiter" in text  # 10 Mar 15:00 has passed
    with freeze_time("2026-03-04T12:00:00+01:00"):
        text = run("--state-dir", str(state), "plan")
    assert "draft: first follow-up" not in text


def test_read_tracks_saved_mail_and_reading_again_changes_nothing(tmp_path: Path) -> None:
    from factories import CORPUS, OWNER

    thread = [str(CORPUS / f"acme-{n}.eml") for n in range(1, 8)]
    state = str(tmp_path / "state")
    text = run("--state-dir", state, "read", "--me", OWNER, "--as-of", "2026-02-10", *thread)
    assert "Read 7 message(s)" in text and "1 application(s) tracked" in text
    status = run("--state-dir", state, "status")
    assert "Acme Robotics" in status and "rejected" in status
    plan = run("--state-dir", state, "plan", "--as-of", "2026-02-10")
    assert "reply to the rejection to Priya Raman" in plan and "(ready now)" in plan
    again = run("--state-dir", state, "read", "--me", OWNER, "--as-of", "2026-02-10", *thread)
    assert "7 already read" in again and "0 new draft(s)" in again


def test_read_reports_files_it_cannot_read(tmp_path: Path) -> None:
    text = run(
        "--state-dir", str(tmp_path), "read", "--me", "x@example.org", str(tmp_path / "nope.eml")
    )
    assert "skipped" in text and "nope.eml" in text


def test_status_lists_actions_that_could_not_be_written(state: Path) -> None:
    with Store.open(state / DATABASE_NAME) as store:
        entry = store.outbox("pending")[0]
        with store.transaction():
            store.finish_action(entry.action.id, "failed", at(3, 17), "thank_you.txt:3: 'nmae'")
    out = run("--state-dir", str(state), "status")
    assert "could not be written" in out
    assert "thank_you.txt:3: 'nmae'" in out
    assert "restart the daemon" in out


def test_run_refuses_an_as_of_in_the_future_without_being_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["--config", str(tmp_path / "none.yaml"), "run", "--once", "--as-of", "2999-01-01"],
        out=io.StringIO(),
    )
    assert code == 2
    error = capsys.readouterr().err
    assert "followup plan --as-of" in error and "--allow-future" in error


def test_run_as_of_needs_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["run", "--as-of", "2026-03-01"], out=io.StringIO())
    assert code == 2
    assert "--once" in capsys.readouterr().err


def test_status_json_is_a_stable_shape_for_scripts(state: Path) -> None:
    import json

    data = json.loads(run("--state-dir", str(state), "status", "--json"))
    acme = next(app for app in data["applications"] if app["company"] == "Acme")
    assert acme["state"] == "interviewed" and acme["needs_you"] is True
    assert acme["next_at"] == "2026-03-10T15:00:00+01:00"
    assert acme["open_drafts"] == ["thank_you"] and acme["ref"] == "acme"
    assert set(data) == {"applications", "failed_actions", "unreadable_messages", "zone"}
    empty = json.loads(run("--state-dir", str(state / "none"), "status", "--json"))
    assert empty["applications"] == []


def test_status_fits_the_terminal_by_cutting_the_widest_columns(
    state: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "70")
    lines = run("--state-dir", str(state), "status").splitlines()[2:]
    assert all(len(line) <= 70 for line in lines)
    acme = next(line for line in lines if line.startswith("acme "))
    assert "interviewed" in acme and "Tue 10 Mar 15:00" in acme  # short columns stay whole
    assert "…" in acme  # the long NEXT column was cut


def test_status_shows_the_account_only_when_there_are_several(state: Path) -> None:
    with Store.open(state / DATABASE_NAME) as store, store.transaction():
        for app, account in zip(store.applications(), ("work", "home"), strict=True):
            store.save_application(app, next_due(app)[1] if next_due(app) else None, account)
    header = run("--state-dir", str(state), "status").splitlines()[3]
    assert header.split()[:3] == ["REF", "ACCOUNT", "COMPANY"]


def test_a_progress_bar_draws_counts_and_rate_on_a_terminal_only() -> None:
    from followup.progress import ProgressBar

    stream = io.StringIO()
    ticks = iter([0.0, 2.0, 4.0])
    bar = ProgressBar("backfill", stream, clock=lambda: next(ticks), force=True)
    bar(50, 100)
    bar(100, 100)
    assert stream.getvalue() == (
        "\rbackfill [############............] 50/100 · 25/s"
        "\rbackfill [########################] 100/100 · 25/s\n"
    )
    assert not ProgressBar("quiet", io.StringIO()).enabled  # not a terminal: silent
