"""Security: templates cannot reach Python internals, state files are private even under
umask 022, and bandit runs clean on the package. (TLS that is stripped or bypassed, and
secrets in logs: tests/integration/test_no_secrets.py.)"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from followup.maildir import MAP_DIR, UidMap
from followup.news import NegativeWords, NewsCache, NewsSettings
from followup.store import Store
from followup.templates import TemplateError, Templates, sample_variables

REPO = Path(__file__).parent.parent

# --- templates are sandboxed ---------------------------------------------------------------------

ESCAPES = [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ self._TemplateReference__context }}",
    "{{ self._TemplateReference__context.cycler.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ range.__self__ }}",
    "{{ me|attr('__class__') }}",
    "{% set x = me.__class__ %}{{ x }}",
    "{{ config }}{{ request }}{{ self.__dict__ }}",
]


@pytest.mark.parametrize("expression", ESCAPES)
def test_a_template_reaching_for_python_internals_is_a_template_error(
    tmp_path: Path, expression: str
) -> None:
    path = tmp_path / "thank_you.txt"
    path.write_text(f"Subject: Thanks\n\nHello,\n{expression}\n")
    with pytest.raises(TemplateError) as caught:
        templates = Templates.load(tmp_path)
        templates.render("thank_you", sample_variables("thank_you"))
    text = str(caught.value)
    assert text.startswith(f"{path}:"), text
    assert "\n" not in text and "Traceback" not in text
    assert "uid=" not in text  # nothing ran


# --- state files are private ---------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def private_tree(root: Path) -> list[str]:
    """Everything under `root` that others could read: files not 0600, dirs not 0700."""
    wide = []
    for path in [root, *root.rglob("*")]:
        want = 0o700 if path.is_dir() else 0o600
        if mode(path) != want:
            wide.append(f"{path.relative_to(root.parent)}: {oct(mode(path))}")
    return wide


def test_the_database_and_its_sidecars_are_private(tmp_path: Path, umask_022: None) -> None:
    state = tmp_path / "state"
    store = Store.open(state / "followup.sqlite3")
    with store.transaction():
        store.log(datetime(2026, 3, 2, tzinfo=UTC), "test", "a write makes -wal and -shm")
    assert {p.name for p in state.iterdir()} >= {
        "followup.sqlite3",
        "followup.sqlite3-wal",
        "followup.sqlite3-shm",
    }
    assert private_tree(state) == []
    store.close()


def test_maildir_uid_maps_are_private(tmp_path: Path, umask_022: None) -> None:
    inbox = tmp_path / "Mail" / "INBOX"
    for sub in ("cur", "new", "tmp"):
        (inbox / sub).mkdir(parents=True)
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    uid_map = UidMap(inbox, state)
    with uid_map.locked():
        uid_map.sync({})
    assert list((state / MAP_DIR).iterdir()), "the map was written"
    assert private_tree(state) == []


def test_the_news_cache_is_private(tmp_path: Path, umask_022: None) -> None:
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    url = "https://acme.example/feed"
    feed = (
        b"<rss><channel><item><title>Acme opens Berlin office</title>"
        b"<link>https://acme.example/1</link></item></channel></rss>"
    )
    cache = NewsCache(
        NewsSettings(feeds=(("Acme", url),)),
        state / "news",
        NegativeWords.of([]),
        fetch=lambda address, timeout: feed,
    )
    cache.refresh(url, datetime(2026, 3, 2, tzinfo=UTC))
    assert list((state / "news").iterdir()), "the feed was cached"
    assert private_tree(state) == []


# --- static analysis ---------------------------------------------------------------------------


def bandit() -> str:
    found = shutil.which("bandit", path=str(Path(sys.executable).parent)) or shutil.which("bandit")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("bandit is not installed (pip install -e '.[test]')")
        pytest.skip("bandit is not installed")
    return found


def test_bandit_finds_nothing_in_the_package() -> None:
    result = subprocess.run(
        [bandit(), "-q", "-c", str(REPO / "pyproject.toml"), "-r", str(REPO / "daemon/followup")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
