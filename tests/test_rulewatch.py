"""Live rules: which file events count, the watcher on a real directory, and the reload that
swaps a whole valid set in or keeps the old one."""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from pathlib import Path

import pytest
from followup.config import load_config
from followup.launcher import LiveRules, _workers
from followup.paths import shipped_rules_dir
from followup.rulewatch import RuleWatcher, relevant, worth_watching
from followup.service import ReloadRefused
from followup.store import Store
from watchdog.events import (
    DirModifiedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileClosedNoWriteEvent,
    FileCreatedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileOpenedEvent,
)

WITHIN = 15.0  # generous upper bound for a loaded machine


def test_writes_and_renames_of_rule_files_and_templates_count() -> None:
    assert relevant(FileModifiedEvent("/r/classify/20-events.yaml"))
    assert relevant(FileClosedEvent("/r/timing.yaml"))
    assert relevant(FileCreatedEvent("/r/templates/thank_you.txt"))
    # An editor's save by rename: the temporary name means nothing, the target does.
    assert relevant(FileMovedEvent("/r/classify/.20-events.yaml.tmp", "/r/classify/20-events.yaml"))
    assert relevant(FileMovedEvent("/r/classify/20-events.yaml", "/r/old/20-events.bak"))
    assert relevant(DirMovedEvent("/r/new-templates", "/r/templates"))


def test_noise_does_not_count() -> None:
    assert not relevant(FileOpenedEvent("/r/timing.yaml"))
    assert not relevant(FileClosedNoWriteEvent("/r/timing.yaml"))
    assert not relevant(FileModifiedEvent("/r/classify/.20-events.yaml.swp"))
    assert not relevant(FileCreatedEvent("/r/classify/.#20-events.yaml"))  # an Emacs lock
    assert not relevant(FileCreatedEvent("/r/classify/4913"))  # vim's probe file
    assert not relevant(FileModifiedEvent("/r/templates/README.md"))
    assert not relevant(DirModifiedEvent("/r/classify"))


def test_only_a_users_own_rules_directory_is_watched(tmp_path: Path) -> None:
    assert not worth_watching(shipped_rules_dir())
    assert not worth_watching(tmp_path / "missing")
    assert worth_watching(tmp_path)


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    copy = tmp_path / "rules"
    shutil.copytree(shipped_rules_dir(), copy, ignore=shutil.ignore_patterns("__*"))
    return copy


class Wakes:
    def __init__(self) -> None:
        self.reasons: list[str] = []
        self.event = threading.Event()

    def __call__(self, reason: str) -> None:
        self.reasons.append(reason)
        self.event.set()

    def wait(self) -> bool:
        found = self.event.wait(WITHIN)
        self.event.clear()
        return found


def test_a_burst_of_saves_wakes_once_and_a_rename_over_wakes_too(rules: Path) -> None:
    wakes = Wakes()
    watcher = RuleWatcher(rules, wakes, debounce=0.3)
    watcher.start()
    try:
        timing = rules / "timing.yaml"
        text = timing.read_text()
        for _ in range(3):  # an in-place save, three times in quick succession
            timing.write_text(text + "\n")
        assert wakes.wait()
        time.sleep(0.5)
        assert len(wakes.reasons) == 1, wakes.reasons
        assert "timing.yaml" in wakes.reasons[0]

        template = rules / "templates" / "thank_you.txt"
        temporary = template.with_name(".thank_you.txt.new")
        temporary.write_text(template.read_text() + "\nP.S.\n")
        os.replace(temporary, template)
        assert wakes.wait()
        assert "thank_you.txt" in wakes.reasons[-1]
    finally:
        watcher.stop()


# -- the reload --------------------------------------------------------------------------------

CONFIG = """\
accounts:
  - name: personal
    imap: {{host: 127.0.0.1, port: 1, security: tls}}
    username: dana
    password_file: {password}
profile:
  name: Dana Whitfield
  email: dana@example.org
rules_dir: {rules}
"""

BROKEN_RULE = """\
rules:
  - name: my-new-rule
    category: rejection
    when:
      subject: {any: ["re:(unclosed"]}
"""


@pytest.fixture
def live(tmp_path: Path, rules: Path):  # type: ignore[no-untyped-def]
    password = tmp_path / "password"
    password.write_text("secret\n")
    password.chmod(0o600)
    config_file = tmp_path / "config.yaml"
    config_file.write_text(CONFIG.format(password=password, rules=rules))
    config = load_config(config_file)
    with Store.open(tmp_path / "state.sqlite3") as store:
        workers = _workers(config, store, None)
        yield LiveRules(config, store, None, "all"), workers, store, config_file


def test_a_broken_rule_keeps_the_old_set_and_says_where_once(live, rules, caplog) -> None:  # type: ignore[no-untyped-def]
    reloader, workers, store, _ = live
    before = workers[0].runtime
    (rules / "classify" / "40-mine.yaml").write_text(BROKEN_RULE)
    with caplog.at_level(logging.ERROR, logger="followup"):
        for _ in range(2):
            with pytest.raises(ReloadRefused) as refused:
                reloader(workers, False)
    error = str(refused.value)
    assert "40-mine.yaml:5:" in error and "my-new-rule" in error and "unclosed" in error
    assert workers[0].runtime is before
    assert len(caplog.records) == 1  # the same mistake is not logged again
    status = store.rules_status("all")
    assert status is not None and status.rules_error == error and status.rules_error_at


def test_a_good_reload_swaps_every_worker_at_once_and_clears_the_error(live, rules) -> None:  # type: ignore[no-untyped-def]
    reloader, workers, store, _ = live
    mine = rules / "classify" / "40-mine.yaml"
    mine.write_text(BROKEN_RULE)
    with pytest.raises(ReloadRefused):
        reloader(workers, False)
    mine.write_text(BROKEN_RULE.replace("re:(unclosed", "we regret to inform you"))
    before = workers[0].runtime
    swapped = reloader(workers, False)
    assert swapped[0] is workers[0]  # same account: the connection and watchers stay
    assert workers[0].runtime is not before
    assert "my-new-rule" in {rule.name for rule in workers[0].runtime.settings.rules.rules}
    status = store.rules_status("all")
    assert status is not None and status.rules_error is None
    assert status.rules_summary == workers[0].runtime.summary()
    assert status.rules_summary.endswith("in 7 files, 5 templates")


def test_a_template_that_cannot_render_is_refused(live, rules) -> None:  # type: ignore[no-untyped-def]
    reloader, workers, _, _ = live
    template = rules / "templates" / "follow_up_1.txt"
    template.write_text("Subject: Re: {{ thread_subject }}\n\nHi {{ recipent.name }}\n")
    with pytest.raises(ReloadRefused) as refused:
        reloader(workers, False)
    assert "follow_up_1.txt:3" in str(refused.value) and "recipent" in str(refused.value)


def test_sighup_rereads_the_config_a_changed_account_gets_a_new_worker(live) -> None:  # type: ignore[no-untyped-def]
    reloader, workers, _, config_file = live
    text = config_file.read_text()
    config_file.write_text(text.replace("port: 1,", "port: 2,"))
    [fresh] = reloader(workers, True)
    assert fresh is not workers[0] and fresh.account.imap.port == 2
    config_file.write_text(text.replace("username: dana", "username: [dana"))
    with pytest.raises(ReloadRefused) as refused:
        reloader([fresh], True)
    assert f"{config_file}:5:" in str(refused.value)
