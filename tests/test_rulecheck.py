"""`followup rules validate`: every broken part of a rules directory, with file:line:col and
the rule's name; a good one summed up in a line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from followup.paths import shipped_rules_dir
from followup.rulecheck import check_rules, main_text


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    copy = tmp_path / "rules"
    shutil.copytree(shipped_rules_dir(), copy, ignore=shutil.ignore_patterns("__*"))
    return copy


def test_the_shipped_rules_are_fine() -> None:
    check = check_rules(shipped_rules_dir())
    assert check.ok, check.errors
    assert check.summary is not None
    assert "rules in 6 files" in check.summary and "5 templates" in check.summary
    assert main_text(check).startswith("✓ ")


def test_every_broken_part_is_reported_with_where_and_which_rule(rules: Path) -> None:
    (rules / "classify" / "40-mine.yaml").write_text(
        "rules:\n"
        "  - name: Absage erkannt\n"
        "    category: rejection\n"
        "    when:\n"
        "      subject: {any: ['re:(Absage']}\n",
        encoding="utf-8",
    )
    (rules / "timing.yaml").write_text("thank_you:\n  due: soonish\n")
    (rules / "templates" / "thank_you.txt").write_text("Subject: Thanks\n\n{{ greeting }\n")
    check = check_rules(rules)
    assert not check.ok and check.summary is None
    assert len(check.errors) == 3, check.errors
    rule, template, timing = check.errors
    assert rule.startswith(f"{rules}/classify/40-mine.yaml:5:") and "'Absage erkannt'" in rule
    assert template.startswith(f"{rules}/templates/thank_you.txt:3")
    assert timing.startswith(f"{rules}/timing.yaml:")
    text = main_text(check)
    assert text.startswith(f"✗ {rules}: 3 problem(s)\n")
    assert text.count("\n") == 4


def test_a_template_with_a_misspelt_variable_fails_before_any_draft_does(rules: Path) -> None:
    (rules / "templates" / "follow_up_2.txt").write_text(
        "Subject: Re: {{ thread_subject }}\n\n{% if decision %}{{ decison.text }}{% endif %}\n"
    )
    check = check_rules(rules)
    assert [e for e in check.errors if "decison" in e and "follow_up_2.txt:3" in e], check.errors


def test_a_directory_with_only_some_parts_borrows_the_shipped_ones(tmp_path: Path) -> None:
    own = tmp_path / "mine"
    (own / "classify").mkdir(parents=True)
    (own / "classify" / "mine.yaml").write_text(
        "rules:\n  - name: Absage\n    category: rejection\n"
        "    when: {subject: {any: [Absage, 'Leider müssen wir']}}\n",
        encoding="utf-8",
    )
    check = check_rules(own)
    assert check.ok, check.errors
    assert "1 rule in 1 file," in (check.summary or "")
    assert "the shipped timing.yaml" in (check.summary or "")


def test_a_missing_directory_is_one_clear_error(tmp_path: Path) -> None:
    check = check_rules(tmp_path / "nope")
    assert check.errors == (f"{tmp_path / 'nope'}: no such directory",)
