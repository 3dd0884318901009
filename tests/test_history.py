"""`followup show`: an application's events with their reasons, its drafts' fates, what is next."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from factories import CORPUS, OWNER, POLICY, Story, at, confirmation
from followup import history
from followup.cli import main
from followup.engine import apply_command
from followup.model import Command
from followup.paths import DATABASE_NAME
from followup.store import Store, WrittenDraft


def record(store: Store, app_id: str) -> history.Record:
    app = store.application(app_id)
    assert app is not None
    outbox = [e for e in store.outbox() if e.action.application_id == app_id]
    drafts = {e.action.id: store.drafts_of(e.action.id) for e in outbox}
    return history.Record(app, store.events(app_id), outbox, drafts, "personal", "acme")


def test_show_tells_the_story_with_reasons_drafts_and_next(tmp_path: Path) -> None:
    story = Story()
    store = Store.open(tmp_path / DATABASE_NAME)
    before = story.app
    story.feed(confirmation(at(3, 14), when=at(2, 10)), at(2, 10))
    with store.transaction():
        store.save_application(story.app, None)
        store.log(at(2, 10), "interview_confirmation", "interview round 1 fixed",
                  application_id="acme", message_id="<c1@acme.example>",
                  state_before=before.state, state_after=story.app.state)  # fmt: skip
    story.until(at(3, 16))
    thank_you = story.actions[-1]
    with store.transaction():
        store.save_application(story.app, None)
        store.add_actions(story.actions)
        store.finish_action(thank_you.id, "done", at(3, 16), "draft written")
        store.record_draft(
            WrittenDraft(thank_you.id, "<d1@followup>", "personal", "Drafts", 7, "x", at(3, 16))
        )
    text = history.show(record(store, "acme"), at(3, 17), POLICY)
    assert text.startswith("Acme, Data Engineer  (acme)")
    assert "interview: Tue 3 Mar 14:00 with Ana Ruiz" in text
    assert "Mon 2 Mar 10:00  interview confirmation  <c1@acme.example>" in text
    assert "tracking → interview scheduled: interview round 1 fixed" in text
    assert "draft: thank-you to Ana Ruiz" in text
    assert "written to Drafts, Message-ID <d1@followup>" in text
    assert "Tue 10 Mar 15:00 — draft: first follow-up to Rita Recruiter" in text


def test_a_stopped_application_says_how_to_resume(tmp_path: Path) -> None:
    story = Story()
    story.feed(confirmation(at(3, 14), when=at(2, 10)), at(2, 10))
    story.until(at(3, 16))
    store = Store.open(tmp_path / DATABASE_NAME)
    with store.transaction():
        store.save_application(story.app, None)
        store.add_actions(story.actions)
    apply_command(store, "acme", Command("stop", reason="moved city"), at(4), POLICY)
    text = history.show(record(store, "acme"), at(4, 10), POLICY)
    assert "you said stop" in text and "stopped by you: moved city" in text
    assert "cancelled: not written: you said stop" in text
    assert "followup resume acme" in text


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


@pytest.fixture(scope="module")
def corpus_state(tmp_path_factory: pytest.TempPathFactory) -> Path:
    state = tmp_path_factory.mktemp("state")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Europe/Berlin")
        code, _ = run(
            "--state-dir", str(state), "read", "--me", OWNER, "--as-of", "2026-03-25", str(CORPUS)
        )
    assert code == 0
    return state


def test_show_on_the_sample_corpus(corpus_state: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    code, text = run("--state-dir", str(corpus_state), "show", "acme")
    assert code == 0
    assert "Acme Robotics" in text and "History" in text and "rejection" in text
    assert "interview scheduled" in text
    # Who wrote each message and its subject, the long one cut with an ellipsis.
    assert 'rejection  Priya Raman: "Re: Thank you – Senior Backend Engineer interview"' in text
    assert '  Priya Raman: "Acme Robotics – interview for Senior Backend Engineer (Plat…"' in text


def test_show_lists_candidates_when_ambiguous(
    corpus_state: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run("--state-dir", str(corpus_state), "show", "a")
    assert code == 1
    err = capsys.readouterr().err
    assert "matches" in err and "acme-robotics" in err and "atelier-celeste" in err
