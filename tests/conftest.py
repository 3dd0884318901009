"""Fixtures shared by the test modules."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from followup.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """A fresh state database in the test's own directory."""
    return Store.open(tmp_path / "state.sqlite3")


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The umask most systems give a user: state files must be private all the same."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)
