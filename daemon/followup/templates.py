"""Sandboxed Jinja2 rendering of draft emails from the user's plain-text templates.

Every template is compiled when the directory is loaded, so a typo is reported as `file:line`
before any draft needs it; rendering never reaches Python internals and never guesses a value.
"""

from __future__ import annotations

import difflib
import re
import types
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import FunctionLoader, StrictUndefined, Template
from jinja2 import TemplateError as JinjaError
from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import missing

TEMPLATE_SUFFIX = ".txt"
# The drafts the engine asks for; a user directory may hold any subset of them (see `load`).
DRAFT_TEMPLATES: tuple[str, ...] = (
    "thank_you",
    "follow_up_1",
    "follow_up_2",
    "reference_heads_up",
    "rejection_reply",
)
_SUBJECT = re.compile(r"^subject:[ \t]*(.*)$", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")
# Controls (C0, DEL, C1) and Unicode line/paragraph separators never belong in a subject.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
MAX_SUBJECT = 300


class TemplateError(Exception):
    """A template that cannot be loaded or rendered; reads `path:line: message`."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Rendered:
    """A rendered draft: a one-line subject and a body ending in one newline."""

    subject: str
    body: str


def template_dir(rules_root: Path) -> Path:
    """Where a rules directory keeps its draft templates."""
    return rules_root / "templates"


class _Undefined(StrictUndefined):
    """StrictUndefined that names the fields a mapping does have, so a typo explains itself."""

    @property
    def _undefined_message(self) -> str:
        obj = self._undefined_obj
        if self._undefined_hint is None and obj is not missing and isinstance(obj, Mapping):
            name = str(self._undefined_name)
            fields = sorted(str(key) for key in obj)
            return f"{name!r} is not a field here{_did_you_mean(name, fields)}; fields: " + (
                ", ".join(fields) or "(none)"
            )
        return str(super()._undefined_message)


def _did_you_mean(name: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


_SUBJECT_PART = "#subject"


def _environment(sources: Mapping[str, Path]) -> ImmutableSandboxedEnvironment:
    def load_source(name: str) -> tuple[str, str, Any] | None:
        base, _, part = name.partition("#")
        path = sources.get(base)
        if path is None:
            return None
        first, _, rest = path.read_text(encoding="utf-8").partition("\n")
        match = _SUBJECT.match(first.rstrip("\r"))
        if match is None:
            raise TemplateError(path, 1, _NO_SUBJECT)
        # The subject line and the body are two templates of the same file: a value with a
        # line break cannot spill from the subject into the body. The body keeps an empty
        # first line so that its line numbers are the file's.
        source = match[1] if part else "\n" + rest
        return source, str(path), lambda: True

    return ImmutableSandboxedEnvironment(
        loader=FunctionLoader(load_source),
        undefined=_Undefined,
        autoescape=False,  # plain-text mail: HTML escaping would garble names like "O'Neil"
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


class Templates:
    """The compiled draft templates of one directory (plus defaults it does not override)."""

    def __init__(
        self, templates: Mapping[str, tuple[Template, Template]], paths: Mapping[str, Path]
    ) -> None:
        self._templates = dict(templates)
        self._paths = dict(paths)

    @classmethod
    def load(cls, directory: Path, *, defaults: Path | None = None) -> Templates:
        """Compile every `*.txt` in `directory`; templates missing there come from `defaults`.

        `defaults` is meant for the shipped templates, so a user who edited only the thank-you
        still gets the other drafts. Syntax errors and a missing `Subject:` line are raised here.
        """
        sources: dict[str, Path] = {}
        for folder in (defaults, directory):
            if folder is None:
                continue
            if not folder.is_dir():
                raise TemplateError(folder, None, "no such template directory")
            for path in sorted(folder.glob(f"*{TEMPLATE_SUFFIX}")):
                if path.is_file():
                    sources[path.name[: -len(TEMPLATE_SUFFIX)]] = path
        env = _environment(sources)
        compiled: dict[str, tuple[Template, Template]] = {}
        for name, path in sources.items():
            try:
                subject = env.get_template(name + _SUBJECT_PART)
                body = env.get_template(name)
            except TemplateSyntaxError as error:
                raise TemplateError(path, error.lineno, error.message or str(error)) from None
            except (OSError, UnicodeDecodeError) as error:
                raise TemplateError(path, None, f"cannot read: {error}") from None
            compiled[name] = (subject, body)
        return cls(compiled, sources)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(sorted(self._templates))

    def path(self, name: str) -> Path:
        return self._paths[name]

    def render(self, name: str, variables: Mapping[str, Any]) -> Rendered:
        """Fill a template in; any mistake is a TemplateError naming the file and line."""
        pair = self._templates.get(name)
        if pair is None:
            raise TemplateError(
                f"{name}{TEMPLATE_SUFFIX}",
                None,
                f"no such template; available: {', '.join(self.names) or '(none)'}",
            )
        path = self._paths[name]
        subject, body = (_render(template, variables, path) for template in pair)
        return Rendered(subject=one_line(subject, MAX_SUBJECT), body=_tidy(body))


_NO_SUBJECT = "the first line must be 'Subject: ...', then a blank line, then the body"


def _render(template: Template, variables: Mapping[str, Any], path: Path) -> str:
    try:
        return template.render(dict(variables))
    except SecurityError as error:
        raise TemplateError(path, _line_of(error, path), f"not allowed: {error}") from None
    except UndefinedError as error:
        message = str(error)
        if message.endswith("is undefined"):
            wanted = message.split("'")[1] if message.count("'") >= 2 else ""
            names = sorted(variables)
            message += _did_you_mean(wanted, names) if wanted else ""
            message += "; available: " + ", ".join(names)
        raise TemplateError(path, _line_of(error, path), message) from None
    except JinjaError as error:
        raise TemplateError(path, _line_of(error, path), str(error)) from None
    except Exception as error:  # a filter or method raised: still the template's fault
        raise TemplateError(
            path, _line_of(error, path), f"{type(error).__name__}: {error}"
        ) from None


def _line_of(error: BaseException, path: Path) -> int | None:
    """The template line Jinja's rewritten traceback points at (the innermost one)."""
    line = None
    tb: types.TracebackType | None = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == str(path):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _tidy(text: str) -> str:
    """The body without trailing blanks, leading or repeated blank lines: optional paragraphs
    (`{% if news %}`) leave no holes. It ends with one newline."""
    body: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.rstrip()
        if line or (body and body[-1]):
            body.append(line)
    while body and not body[-1]:
        body.pop()
    return "\n".join(body) + "\n" if body else ""


def one_line(text: str, limit: int) -> str:
    """Text safe for one header line: no controls, whitespace collapsed, at most `limit`."""
    text = _CONTROLS.sub(" ", text)
    text = _WHITESPACE.sub(" ", text).strip()
    return text[:limit].rstrip()


# Sample values with the shapes compose.variables() produces (tests/test_compose.py keeps the
# two in step). Two variants, because StrictUndefined only trips on the branch a render takes:
# everything filled in, and everything optional left empty.
_PERSON = {"name": "Ana Ruiz", "first_name": "Ana", "email": "ana.ruiz@acme.example"}
_FULL: dict[str, Any] = {
    "me": {
        "name": "Dana Whitfield",
        "first_name": "Dana",
        "email": "dana@example.org",
        "signature": "Dana Whitfield\n+49 30 1234567\ndana@example.org",
        "pitch": "I have spent five years building the kind of data platform you described.",
        "career_update": "I now lead a team of four and moved our pipelines to streaming.",
    },
    "company": "Acme",
    "role": "Data Engineer",
    "position": "the Data Engineer role at Acme",
    "recipients": [_PERSON],
    "greeting_names": "Ana",
    "greeting": "Hi Ana,",
    "interview": {
        "day": "Tuesday 3 March",
        "weekday": "Tuesday",
        "date": "2026-03-03",
        "time": "10:00",
        "interviewers": [_PERSON],
        "names": "Ana Ruiz",
        "round": 1,
    },
    "decision": {"text": "by the end of next week", "date": "2026-03-13", "day": "Friday 13 March"},
    "follow_up_number": None,
    "news": "Acme opened its new Berlin office",
    "news_link": "https://acme.example/news/berlin-office",
    "interviews": [],  # filled in below, from "interview"
    "reference": None,
    "thread_subject": "Your interview for Data Engineer",
}
_EMPTY: dict[str, Any] = {
    **_FULL,
    "me": {**_FULL["me"], "first_name": "", "signature": "", "pitch": "", "career_update": ""},
    "company": "",
    "role": "",
    "position": "the role",
    "recipients": [],
    "greeting_names": "",
    "greeting": "Hello,",
    "interview": {
        "day": "",
        "weekday": "",
        "date": "",
        "time": "",
        "interviewers": [],
        "names": "",
        "round": 1,
    },
    "decision": None,
    "news": None,
    "news_link": "",
    "thread_subject": "",
}
_FULL["interviews"] = [
    {"company": "Acme", "role": "Data Engineer", "position": _FULL["position"]}
    | _FULL["interview"],
    {
        "company": "Globex",
        "role": "Platform Engineer",
        "position": "the Platform Engineer role at Globex",
        **_FULL["interview"],
        "day": "Thursday 5 March",
        "weekday": "Thursday",
        "date": "2026-03-05",
        "names": "Ben Okafor",
        "round": 2,
    },
]
_EMPTY["interviews"] = [{"company": "", "role": "", "position": "the role"} | _EMPTY["interview"]]
_REFERENCE = {
    "name": "Sam Lee",
    "first_name": "Sam",
    "email": "sam@old.example",
    "relationship": "my manager at Globex",
    "last_worked_together": "2021-2023",
    "can_speak_to": "leading the payments migration",
    "catch_up": "Since Globex I have led the data platform team at Initech.",
}


def sample_variables(name: str, *, filled: bool = True) -> dict[str, Any]:
    """Variables like a real draft of template `name` would get (for checks and previews)."""
    variables = dict(_FULL if filled else _EMPTY)
    if name.startswith("follow_up_"):
        variables["follow_up_number"] = 2 if name.endswith("2") else 1
    if name != "reference_heads_up":
        variables["interviews"] = variables["interviews"][:1]
    if name == "reference_heads_up":
        reference = _REFERENCE if filled else {**dict.fromkeys(_REFERENCE, ""), "email": "x@y.z"}
        variables["reference"] = reference
        variables["recipients"] = [{key: reference[key] for key in ("name", "first_name", "email")}]
        variables["greeting_names"] = reference["first_name"]
        variables["greeting"] = f"Hi {reference['first_name']}," if filled else "Hello,"
    return variables


def validate(directory: Path, *, defaults: Path | None = None) -> list[str]:
    """Every problem with a template directory, as `path:line: message` lines ([] when good):
    templates missing, or failing to load or to render (see render_problems)."""
    try:
        templates = Templates.load(directory, defaults=defaults)
    except TemplateError as error:
        return [str(error)]
    problems = [
        f"{directory}: missing {name}{TEMPLATE_SUFFIX}"
        for name in DRAFT_TEMPLATES
        if name not in templates.names
    ]
    return problems + render_problems(templates)


def render_problems(templates: Templates) -> list[str]:
    """Templates that load but fail to render a sample draft (a misspelt variable), as
    `path:line: message` lines. Each is rendered with filled and with empty sample values, so
    a mistake in an optional paragraph is caught now, not when a real draft takes that branch.
    """
    problems: list[str] = []
    for name in templates.names:
        for filled in (True, False):
            try:
                templates.render(name, sample_variables(name, filled=filled))
            except TemplateError as error:
                if str(error) not in problems:
                    problems.append(str(error))
    return problems
