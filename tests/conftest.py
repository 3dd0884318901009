"""Fixtures shared by the test modules."""

from __future__ import annotations

from pathlib import Path

import pytest
from followup.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """A fresh state database in the test's own directory."""
    return Store.open(tmp_path / "state.sqlite3")
