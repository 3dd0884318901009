"""The key bindings in contrib/ call commands that exist, with arguments they accept, and
every message is piped raw (the commands read it on standard input)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from followup.cli import build_parser

CONTRIB = Path(__file__).resolve().parents[1] / "contrib"


def _followup_commands(text: str) -> list[list[str]]:
    """Every `followup ...` command line in a bindings file, split like a shell would."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    pattern = re.compile(r"followup ([^<|\"]+?)(?:<enter>|<Enter>| \||\")")
    return [shlex.split(m.group(1)) for line in lines for m in pattern.finditer(line)]


@pytest.mark.parametrize("path", ["mutt/followup.muttrc", "aerc/binds.conf"])
def test_every_bound_command_parses(path: str) -> None:
    commands = _followup_commands((CONTRIB / path).read_text(encoding="utf-8"))
    assert {argv[0] for argv in commands} >= {"track", "stop", "explain"}
    parser = build_parser()
    for argv in commands:
        args = parser.parse_args(argv)
        assert args.run is not None, argv


def test_mutt_pipes_the_raw_message() -> None:
    for line in (CONTRIB / "mutt/followup.muttrc").read_text(encoding="utf-8").splitlines():
        if "<pipe-message>" in line:
            assert "unset pipe_decode<enter><pipe-message>" in line
            assert "set pipe_decode=$my_pd" in line.replace("\\$", "$")


def test_aerc_pipes_the_whole_message() -> None:
    for line in (CONTRIB / "aerc/binds.conf").read_text(encoding="utf-8").splitlines():
        if ":pipe" in line and not line.startswith("#"):
            assert ":pipe -m followup " in line
