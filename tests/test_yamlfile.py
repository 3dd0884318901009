"""yamlfile: YAML 1.2 loading with file:line:column errors and schema helpers."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from followup.yamlfile import (
    Context,
    YamlError,
    item_position,
    key_position,
    load_file,
    load_text,
    node_position,
    value_position,
)


def test_yaml_1_2_scalars_stay_strings() -> None:
    data = load_text("a: no\nb: yes\nc: off\nd: true\ne: 012\n")
    assert data["a"] == "no" and data["b"] == "yes" and data["c"] == "off"
    assert data["d"] is True
    assert data["e"] == 12


def test_duplicate_key_is_an_error_at_the_second_key() -> None:
    with pytest.raises(YamlError) as caught:
        load_text("rules:\n  a: 1\n  a: 2\n", "r.yaml")
    err = caught.value
    assert (err.path, err.line, err.column) == ("r.yaml", 3, 3)
    assert "duplicate key" in str(err)
    assert str(err).startswith("r.yaml:3:3: ")


def test_syntax_error_has_file_line_column() -> None:
    with pytest.raises(YamlError) as caught:
        load_text("a: [1, 2\nb: 3\n", "x.yaml")
    assert caught.value.line == 2
    assert str(caught.value).startswith("x.yaml:2:")


def test_tab_indentation_is_reported() -> None:
    with pytest.raises(YamlError) as caught:
        load_text("a:\n\t- b\n", "t.yaml")
    assert caught.value.line == 2


def test_str_format_with_rule() -> None:
    err = YamlError("unknown key 'bodyy'", path="rules/x.yaml", line=9, column=18, rule="r1")
    assert str(err) == "rules/x.yaml:9:18: rule 'r1': unknown key 'bodyy'"
    assert isinstance(err, ValueError)


def test_str_format_without_position() -> None:
    assert str(YamlError("boom", path="p.yaml")) == "p.yaml: boom"
    assert str(YamlError("boom", path="p.yaml", line=4)) == "p.yaml:4: boom"


def test_error_survives_pickling() -> None:
    err = YamlError("m", path="p", line=1, column=2, rule="r")
    again = pickle.loads(pickle.dumps(err))
    assert str(again) == str(err) and again.rule == "r"


def test_positions_are_one_based() -> None:
    data = load_text("top:\n  key: value\n  list:\n    - one\n    - two\n")
    top = data["top"]
    assert node_position(data) == (1, 1)
    assert key_position(top, "key") == (2, 3)
    assert value_position(top, "key") == (2, 8)
    assert item_position(top["list"], 1) == (5, 7)
    assert node_position("scalar") is None


def test_load_file_reports_missing_and_non_utf8(tmp_path: Path) -> None:
    with pytest.raises(YamlError, match="cannot read"):
        load_file(tmp_path / "missing.yaml")
    bad = tmp_path / "latin.yaml"
    bad.write_bytes(b"a: \xe9\n")
    with pytest.raises(YamlError, match="not UTF-8"):
        load_file(bad)


def test_context_check_keys_points_at_the_unknown_key() -> None:
    data = load_text("name: r\nbodyy: x\n")
    ctx = Context("f.yaml", "r")
    with pytest.raises(YamlError) as caught:
        ctx.check_keys(data, ("name", "body"))
    assert str(caught.value) == (
        "f.yaml:2:1: rule 'r': unknown key 'bodyy' (expected one of: name, body)"
    )


def test_context_missing_key_points_at_the_mapping() -> None:
    data = load_text("outer:\n  name: r\n")
    with pytest.raises(YamlError) as caught:
        Context("f.yaml").check_keys(data["outer"], ("name", "when"), required=("when",))
    assert caught.value.line == 2 and "missing key 'when'" in str(caught.value)


def test_context_typed_getters() -> None:
    data = load_text("s: text\nn: 3\nb: true\nl: [a, b]\none: a\nbad: 1.5\nempty: ''\n")
    ctx = Context("f.yaml")
    assert ctx.get_str(data, "s") == "text"
    assert ctx.get_str(data, "absent", "dflt") == "dflt"
    assert ctx.get_number(data, "n", 0, integer=True) == 3
    assert ctx.get_bool(data, "b") is True
    assert [v for v, _ in ctx.get_str_list(data, "l")] == ["a", "b"]
    assert [v for v, _ in ctx.get_str_list(data, "one")] == ["a"]
    with pytest.raises(YamlError, match="whole number"):
        ctx.get_number(data, "bad", 0, integer=True)
    with pytest.raises(YamlError, match="non-empty text"):
        ctx.get_str(data, "empty")
    with pytest.raises(YamlError, match="true or false"):
        ctx.get_bool(data, "s")
    with pytest.raises(YamlError) as caught:
        ctx.get_str(data, "n")
    assert caught.value.line == 2


def test_context_mapping_type_error() -> None:
    data = load_text("x: [1]\n")
    with pytest.raises(YamlError, match="must be a mapping, not a list"):
        Context("f.yaml").mapping(data["x"], "'x'", value_position(data, "x"))
