"""Broken configuration, timing, classification rules, news words and templates: each gives
ONE clear error naming file:line (and column where YAML has one), never a traceback, from
the loaders and from `followup rules validate` and `followup check`."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from followup.cli import main
from followup.config import load_config
from followup.news import NEWS_FILE, NegativeWords
from followup.paths import shipped_rules_dir
from followup.rulecheck import check_rules
from followup.runtime import LOAD_ERRORS
from followup.yamlfile import YamlError, load_file

# `path:line: message` or `path:line:column: message`, on one line.
WHERE = r"{path}:(\d+)(?::(\d+))?: \S"

# Kinds of broken YAML any of the files can have: (name, text, line of the mistake or None).
SYNTAX = [
    ("tab indent", "a:\n\tb: 1\n", 2),
    ("unclosed quote", 'a: "open\nb: 1\n', None),
    ("unclosed flow", "a: [1, 2\nb: 3\n", None),
    ("bad indent", "a:\n  b: 1\n c: 2\n", 3),
    ("duplicate key", "a: 1\nb: 2\na: 3\n", 3),
    ("mapping in a scalar", "a: b: c\n", 1),
    ("undefined alias", "a: *nowhere\n", 1),
]
BINARY = bytes(range(256)) * 4
LATIN1 = "calendar:\n  zone: Europe/Zürich\n".encode("latin-1")


def check(error: Exception, path: Path, line: int | None = None) -> str:
    """The error reads `path:line[:col]: message`, on one line, and says something."""
    text = str(error)
    assert "\n" not in text and "Traceback" not in text, text
    if line is None:
        assert re.match(re.escape(str(path)) + r"(:\d+(:\d+)?)?: \S", text), text
    else:
        found = re.match(WHERE.format(path=re.escape(str(path))), text)
        assert found, text
        assert int(found[1]) == line, text
    return text


def test_a_tab_is_named_as_the_mistake(tmp_path: Path) -> None:
    path = tmp_path / "timing.yaml"
    path.write_text("thank_you:\n\tafter: 1h\n")
    with pytest.raises(YamlError) as caught:
        load_file(path)
    assert str(caught.value) == f"{path}:2:1: a tab character: YAML indents with spaces only"


# --- the timing file ---------------------------------------------------------------------------


def rules_dir(tmp_path: Path) -> Path:
    """A user's rules directory: a copy of the shipped one."""
    root = tmp_path / "rules"
    shutil.copytree(shipped_rules_dir(), root, ignore=shutil.ignore_patterns("__*"))
    return root


def loads_with_error(root: Path) -> list[str]:
    result = check_rules(root)
    assert not result.ok
    return list(result.errors)


TIMING_SCHEMA = [
    ("wrong type", "thank_you:\n  after: [1, 2]\n", 2),
    ("bad duration", "thank_you:\n  after: soonish\n", 2),
    ("negative duration", "thank_you:\n  after: -5h\n", 2),
    ("unknown key", "thank_you:\n  afterr: 1h\n", 2),
    ("unknown section", "thankyou:\n  after: 1h\n", 1),
    ("bad zone", "calendar:\n  zone: Mars/Olympus\n", 2),
    ("bad quiet hours", "calendar:\n  quiet_hours: 25:00-08:00\n", 2),
    ("bad choice", "thank_you:\n  to: everybody\n", 2),
    ("a list at the top", "- 1\n- 2\n", 1),
]


@pytest.mark.parametrize(("kind", "text", "line"), SYNTAX + TIMING_SCHEMA)
def test_a_broken_timing_file(tmp_path: Path, kind: str, text: str, line: int | None) -> None:
    root = rules_dir(tmp_path)
    (root / "timing.yaml").write_text(text)
    [error] = loads_with_error(root)
    check(Exception(error), root / "timing.yaml", line)


@pytest.mark.parametrize(
    ("kind", "data"), [("binary", BINARY), ("latin-1", LATIN1), ("empty", b""), ("dir", None)]
)
def test_a_timing_file_that_is_not_yaml_text(tmp_path: Path, kind: str, data: bytes | None) -> None:
    root = rules_dir(tmp_path)
    path = root / "timing.yaml"
    path.unlink()
    if data is None:
        path.mkdir()
    else:
        path.write_bytes(data)
    result = check_rules(root)
    if kind == "empty":
        assert result.ok, result.errors  # an empty file keeps every default
        return
    [error] = result.errors
    check(Exception(error), path)


# --- classification rules ----------------------------------------------------------------------

RULE = """rules:
  - name: my-rule
    category: rejection
    priority: 50
    weight: 1
    when:
      text: [unfortunately]
"""
RULES_SCHEMA = [
    ("bad regex", RULE.replace("[unfortunately]", '["re:(unclosed"]'), 7),
    ("wrong type", RULE.replace("weight: 1", "weight: heavy"), 5),
    ("unknown key", RULE.replace("weight: 1", "wieght: 1"), 5),
    ("unknown category", RULE.replace("rejection", "rejekted"), 3),
    ("unknown condition", RULE.replace("text:", "txet:"), 7),
    ("unknown list", RULE.replace("[unfortunately]", "list:no_such_list"), 7),
    ("rules not a list", "rules:\n  name: x\n", 2),
    ("a rule without a name", RULE.replace("  - name: my-rule\n    category", "  - category"), 2),
]


@pytest.mark.parametrize(("kind", "text", "line"), SYNTAX + RULES_SCHEMA)
def test_a_broken_rule_file(tmp_path: Path, kind: str, text: str, line: int | None) -> None:
    root = rules_dir(tmp_path)
    path = root / "classify" / "90-mine.yaml"
    path.write_text(text)
    [error] = loads_with_error(root)
    check(Exception(error), path, line)


@pytest.mark.parametrize(("kind", "data"), [("binary", BINARY), ("latin-1", LATIN1), ("dir", None)])
def test_a_rule_file_that_is_not_yaml_text(tmp_path: Path, kind: str, data: bytes | None) -> None:
    root = rules_dir(tmp_path)
    path = root / "classify" / "90-mine.yaml"
    if data is None:
        path.mkdir()
    else:
        path.write_bytes(data)
    [error] = loads_with_error(root)
    check(Exception(error), path)


# --- templates ---------------------------------------------------------------------------------

TEMPLATES = [
    ("unclosed tag", "Subject: Hi\n\n{% if role %}\nHello\n", None),
    ("unknown tag", "Subject: Hi\n\nHello\n{% frobnicate %}\n", 4),
    ("unclosed expression", "Subject: Hi\n\nHello {{ role \n", 3),
    ("unknown variable", "Subject: Hi\n\nHello\n{{ recruiter_name }}\n", 4),
    ("unknown attribute", "Subject: Hi\n\nHello {{ me.nickname }}\n", 3),
    ("unknown filter", "Subject: Hi\n\nHello {{ role | shout }}\n", 3),
]


@pytest.mark.parametrize(("kind", "text", "line"), TEMPLATES)
def test_a_broken_template(tmp_path: Path, kind: str, text: str, line: int | None) -> None:
    root = rules_dir(tmp_path)
    path = root / "templates" / "thank_you.txt"
    path.write_text(text)
    errors = loads_with_error(root)
    assert len(errors) == 1, errors
    check(Exception(errors[0]), path, line)


@pytest.mark.parametrize(("kind", "data"), [("binary", BINARY), ("latin-1", LATIN1)])
def test_a_template_that_is_not_text(tmp_path: Path, kind: str, data: bytes) -> None:
    root = rules_dir(tmp_path)
    path = root / "templates" / "thank_you.txt"
    path.write_bytes(data)
    errors = loads_with_error(root)
    assert len(errors) == 1, errors
    check(Exception(errors[0]), path)


# --- news words --------------------------------------------------------------------------------

NEWS_SCHEMA = [
    ("wrong type", "negative:\n  en: {layoffs: 1}\n", 2),
    ("unknown key", "negatives:\n  en: [layoff*]\n", 1),
    ("a word that is a list", "negative:\n  en:\n    - [a, b]\n", 3),
]


@pytest.mark.parametrize(("kind", "text", "line"), SYNTAX + NEWS_SCHEMA)
def test_a_broken_news_file(tmp_path: Path, kind: str, text: str, line: int | None) -> None:
    path = tmp_path / NEWS_FILE
    path.write_text(text)
    with pytest.raises(LOAD_ERRORS) as caught:
        NegativeWords.load(shipped_rules_dir() / NEWS_FILE, path)
    check(caught.value, path, line)


def test_a_broken_news_file_is_reported_by_rules_validate(tmp_path: Path) -> None:
    root = rules_dir(tmp_path)
    (root / NEWS_FILE).write_text("negative:\n  en: {layoffs: 1}\n")
    [error] = loads_with_error(root)
    check(Exception(error), root / NEWS_FILE, 2)


# --- the configuration -------------------------------------------------------------------------

CONFIG = """accounts:
  - name: personal
    maildir:
      path: {mail}
profile:
  name: Dana Whitfield
  email: dana@example.org
state_dir: {state}
rules_dir: {rules}
"""
CONFIG_SCHEMA = [
    ("wrong type", CONFIG.replace("name: Dana Whitfield", "name: [Dana]"), 6),
    ("unknown key", CONFIG.replace("profile:", "profile:\n  nmae: x"), 6),
    ("unknown top key", CONFIG + "smpt:\n  host: x\n", 10),
    ("bad security", CONFIG + "smtp:\n  host: x\n  security: plain\n", 12),
    (
        "bad duration",
        CONFIG + "smtp:\n  host: x\n  username: d\n  password_command: x\n  timeout: forever\n",
        14,
    ),
    ("bad account name", CONFIG.replace("name: personal", "name: my/account"), 2),
    ("no accounts", "profile:\n  name: Dana\n  email: dana@example.org\n", None),
    ("bad email", CONFIG.replace("dana@example.org", "not-an-address"), 7),
]


def config_text(tmp_path: Path, text: str) -> str:
    mail = tmp_path / "Mail"
    for sub in ("cur", "new", "tmp"):
        (mail / sub).mkdir(parents=True, exist_ok=True)
    return text.format(mail=mail, state=tmp_path / "state", rules=shipped_rules_dir())


@pytest.mark.parametrize(("kind", "text", "line"), SYNTAX + CONFIG_SCHEMA)
def test_a_broken_config(tmp_path: Path, kind: str, text: str, line: int | None) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(config_text(tmp_path, text))
    with pytest.raises(YamlError) as caught:
        load_config(path)
    check(caught.value, path, line)


@pytest.mark.parametrize(
    ("kind", "data"), [("binary", BINARY), ("latin-1", LATIN1), ("empty", b""), ("dir", None)]
)
def test_a_config_that_is_not_yaml_text(tmp_path: Path, kind: str, data: bytes | None) -> None:
    path = tmp_path / "config.yaml"
    if data is None:
        path.mkdir()
    else:
        path.write_bytes(data)
    with pytest.raises(YamlError) as caught:
        load_config(path)
    check(caught.value, path)


# --- what the commands print -------------------------------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    try:
        status = main(list(argv))
    except SystemExit as exit_:
        status = exit_.code if isinstance(exit_.code, int) else 1
    captured = capsys.readouterr()
    output = captured.out + captured.err
    assert "Traceback" not in output, output
    return status, output


BROKEN_PARTS = {
    "timing": ("timing.yaml", "thank_you:\n  after: soonish\n", 2),
    "rules": ("classify/90-mine.yaml", RULE.replace("[unfortunately]", '["re:(x"]'), 7),
    "template": ("templates/thank_you.txt", "Subject: Hi\n\n{{ recruiter_name }}\n", 3),
    "news": (NEWS_FILE, "negative:\n  en: {layoffs: 1}\n", 2),
    "tabs": ("timing.yaml", "a:\n\tb: 1\n", 2),
}


@pytest.mark.parametrize("part", sorted(BROKEN_PARTS))
def test_rules_validate_and_check_name_the_broken_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], part: str
) -> None:
    root = rules_dir(tmp_path)
    name, text, line = BROKEN_PARTS[part]
    (root / name).write_text(text)
    where = f"{root / name}:{line}"

    status, output = run_cli(capsys, "rules", "validate", str(root))
    assert status != 0
    assert where in output, output

    config = tmp_path / "config.yaml"
    config.write_text(config_text(tmp_path, CONFIG).replace(str(shipped_rules_dir()), str(root)))
    status, output = run_cli(capsys, "--config", str(config), "check")
    assert status != 0
    assert where in output, output


def test_check_names_the_broken_line_of_the_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(config_text(tmp_path, CONFIG + "smtp:\n  host: x\n  security: plain\n"))
    status, output = run_cli(capsys, "--config", str(config), "check")
    assert status != 0
    assert f"{config}:12" in output, output
