"""Logs suit journald under systemd and a terminal otherwise; secrets never reach them."""

from __future__ import annotations

import io
import logging

import pytest
from followup import logs


@pytest.fixture(autouse=True)
def restore_logging():  # type: ignore[no-untyped-def]
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    logs.forget_secrets()


def test_under_journald_lines_carry_a_priority_and_no_timestamp(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("JOURNAL_STREAM", "8:12345")
    stream = io.StringIO()
    logs.setup(0, stream)
    log = logging.getLogger("followup.test")
    log.info("drafted a thank-you")
    log.warning("reconnecting")
    log.debug("not shown by default")
    assert stream.getvalue().splitlines() == ["<6>drafted a thank-you", "<4>reconnecting"]


def test_a_multi_line_error_keeps_its_priority_on_every_line(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("JOURNAL_STREAM", "8:12345")
    stream = io.StringIO()
    logs.setup(0, stream)
    try:
        raise ValueError("boom")
    except ValueError:
        logging.getLogger("followup.test").exception("the cycle failed")
    lines = stream.getvalue().splitlines()
    assert len(lines) > 2 and all(line.startswith("<3>") for line in lines)


def test_on_a_terminal_lines_carry_time_and_level(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    stream = io.StringIO()
    logs.setup(1, stream)
    logging.getLogger("followup.test").debug("why")
    assert " DEBUG   why" in stream.getvalue()


def test_a_known_secret_is_masked_in_every_logger_at_every_level(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    stream = io.StringIO()
    logs.setup(2, stream)
    logs.hide("correct horse battery")
    logging.getLogger("imapclient.imaplib").debug(
        "> b'A1 LOGIN dana \"%s\"'", "correct horse battery"
    )
    logging.getLogger("followup").error("failed with correct horse battery")
    text = stream.getvalue()
    assert "correct horse battery" not in text
    assert text.count("****") == 2
