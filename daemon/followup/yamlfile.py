"""Load YAML files so that every error names file:line:column (and the rule, when there is one).

Generic on purpose: the classifier rules and the timing policy both validate through `Context`.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, ReusedAnchorWarning, YAMLError

__all__ = [
    "Context",
    "YamlError",
    "item_position",
    "key_position",
    "load_file",
    "load_text",
    "node_position",
    "value_position",
]

Position = tuple[int, int]  # 1-based (line, column)


class YamlError(ValueError):
    """A YAML file is broken or does not fit its schema; `str()` reads `path:line:col: ...`."""

    def __init__(
        self,
        message: str,
        *,
        path: str | Path = "<string>",
        line: int | None = None,
        column: int | None = None,
        rule: str | None = None,
    ) -> None:
        self.message = message
        self.path = str(path)
        self.line = line
        self.column = column
        self.rule = rule
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        rule = f"rule '{self.rule}': " if self.rule else ""
        return f"{where}: {rule}{self.message}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only arguments need help to survive pickling (multiprocessing, caches).
        return (_rebuild, (self.message, self.path, self.line, self.column, self.rule))


def _rebuild(
    message: str, path: str, line: int | None, column: int | None, rule: str | None
) -> YamlError:
    return YamlError(message, path=path, line=line, column=column, rule=rule)


def _yaml() -> YAML:
    # Round-trip mode: YAML 1.2 scalars (`no` stays a string), line/column on every
    # collection, and duplicate keys rejected rather than silently overwritten.
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    return yaml


def load_text(text: str, path: str | Path = "<string>") -> Any:
    """Parse YAML text; syntax errors become a YamlError pointing at the offending spot."""
    try:
        with warnings.catch_warnings():
            # YAML 1.2 lets an anchor be defined again (the later one wins): not worth a warning.
            warnings.simplefilter("ignore", ReusedAnchorWarning)
            return _yaml().load(text)
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        problem = " ".join(str(err.problem or err.context or "invalid YAML").split())
        if "duplicate key" in problem:
            problem = problem.split(" with value")[0]
        elif "'\\t'" in problem:
            problem = "a tab character: YAML indents with spaces only"
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        raise YamlError(problem, path=path, line=line, column=column) from None
    except YAMLError as err:
        raise YamlError(" ".join(str(err).split()), path=path) from None


def load_file(path: Path) -> Any:
    """Read and parse one file; unreadable or non-UTF-8 files are YamlErrors too."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise YamlError(f"not UTF-8 text ({err.reason})", path=path) from None
    except OSError as err:
        raise YamlError(f"cannot read: {err.strerror or err}", path=path) from None
    return load_text(text, path)


def _pos(raw: Any) -> Position | None:
    if isinstance(raw, tuple | list) and len(raw) >= 2 and raw[0] is not None:
        return (int(raw[0]) + 1, int(raw[1]) + 1)
    return None


def node_position(node: Any) -> Position | None:
    """Where a mapping or sequence starts; None for plain scalars (ask their parent)."""
    if isinstance(node, CommentedMap | CommentedSeq) and node.lc.line is not None:
        return (node.lc.line + 1, node.lc.col + 1)
    return None


def key_position(mapping: Any, key: Any) -> Position | None:
    """Where `key` is written inside `mapping`."""
    if isinstance(mapping, CommentedMap):
        try:
            return _pos(mapping.lc.key(key))
        except (KeyError, TypeError, AttributeError):
            return node_position(mapping)
    return None


def value_position(mapping: Any, key: Any) -> Position | None:
    """Where the value of `key` is written inside `mapping`."""
    if isinstance(mapping, CommentedMap):
        try:
            return _pos(mapping.lc.value(key))
        except (KeyError, TypeError, AttributeError):
            return key_position(mapping, key)
    return None


def item_position(seq: Any, index: int) -> Position | None:
    """Where item `index` of a sequence is written."""
    if isinstance(seq, CommentedSeq):
        try:
            return _pos(seq.lc.item(index))
        except (KeyError, TypeError, AttributeError, IndexError):
            return node_position(seq)
    return None


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


@dataclass(frozen=True)
class Context:
    """The file (and rule) that schema errors are reported against, with typed getters."""

    path: str
    rule: str | None = None

    def for_rule(self, rule: str | None) -> Context:
        return Context(self.path, rule)

    def error(self, message: str, where: Position | None = None) -> YamlError:
        line, column = where if where else (None, None)
        return YamlError(message, path=self.path, line=line, column=column, rule=self.rule)

    def at_node(self, node: Any, message: str) -> YamlError:
        return self.error(message, node_position(node))

    def at_key(self, mapping: Any, key: Any, message: str) -> YamlError:
        return self.error(message, key_position(mapping, key))

    def at_value(self, mapping: Any, key: Any, message: str) -> YamlError:
        return self.error(message, value_position(mapping, key))

    def at_item(self, seq: Any, index: int, message: str) -> YamlError:
        return self.error(message, item_position(seq, index))

    # -- schema helpers ---------------------------------------------------------------------

    def mapping(self, node: Any, what: str, where: Position | None = None) -> CommentedMap:
        """`node` as a mapping, or an error saying what was expected."""
        if isinstance(node, CommentedMap):
            return node
        where = where or node_position(node)  # a list or scalar still has a place
        raise self.error(f"{what} must be a mapping, not {_type_name(node)}", where)

    def check_keys(
        self, mapping: CommentedMap, allowed: Iterable[str], required: Iterable[str] = ()
    ) -> None:
        """Reject unknown keys (at the key) and report missing ones (at the mapping)."""
        allowed_list = list(allowed)
        for key in mapping:
            if not isinstance(key, str) or key not in allowed_list:
                raise self.at_key(
                    mapping,
                    key,
                    f"unknown key {key!r} (expected one of: {', '.join(allowed_list)})",
                )
        for key in required:
            if key not in mapping:
                raise self.at_node(mapping, f"missing key {key!r}")

    def get_str(self, mapping: CommentedMap, key: str, default: str | None = None) -> str:
        """A non-empty text value; numbers are not silently turned into text."""
        if key not in mapping:
            if default is None:
                raise self.at_node(mapping, f"missing key {key!r}")
            return default
        value = mapping[key]
        if not isinstance(value, str) or not value.strip():
            raise self.at_value(mapping, key, f"{key!r} must be non-empty text")
        return str(value)

    def get_bool(self, mapping: CommentedMap, key: str, default: bool | None = None) -> bool:
        if key not in mapping:
            if default is None:
                raise self.at_node(mapping, f"missing key {key!r}")
            return default
        value = mapping[key]
        if not isinstance(value, bool):
            raise self.at_value(
                mapping, key, f"{key!r} must be true or false, not {_type_name(value)}"
            )
        return value

    def get_number(
        self,
        mapping: CommentedMap,
        key: str,
        default: float,
        *,
        minimum: float | None = None,
        integer: bool = False,
    ) -> float:
        if key not in mapping:
            return default
        value = mapping[key]
        ok = isinstance(value, int) if integer else isinstance(value, int | float)
        if isinstance(value, bool) or not ok:
            kind = "a whole number" if integer else "a number"
            raise self.at_value(mapping, key, f"{key!r} must be {kind}")
        if minimum is not None and value < minimum:
            raise self.at_value(mapping, key, f"{key!r} must be at least {minimum:g}")
        return float(value)

    def get_str_list(self, mapping: CommentedMap, key: str) -> list[tuple[str, Position | None]]:
        """A list of non-empty texts (a single text is a one-item list), each with its position."""
        value = mapping[key]
        if isinstance(value, str) and value.strip():
            return [(str(value), value_position(mapping, key))]
        if not isinstance(value, CommentedSeq) or not value:
            raise self.at_value(mapping, key, f"{key!r} must be text or a non-empty list of text")
        items: list[tuple[str, Position | None]] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.at_item(
                    value, index, f"items of {key!r} must be non-empty text, not {_type_name(item)}"
                )
            items.append((str(item), item_position(value, index)))
        return items
