"""How long `followup status` takes from exec to exit, and which imports it pays for.

Run: .venv/bin/python bench/bench_startup.py [--runs 20]

A state database is filled first by reading tests/corpus (a few dozen applications), then
`followup status` runs again and again as a fresh process, hyperfine-style: wall time per
run (min, median, max), next to the interpreter alone (`python -c pass`) and `python -S`-free
`import followup.cli` as baselines. `python -X importtime` then names the costliest imports.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
FOLLOWUP = str(Path(PYTHON).with_name("followup"))


def fill_state(state: Path) -> int:
    """Read the corpus into a fresh state database; returns the applications tracked."""
    sys.path.insert(0, str(ROOT / "tests"))
    from factories import engine_settings
    from followup.engine import process_saved
    from followup.store import Store

    state.mkdir(parents=True, exist_ok=True)
    messages = [(p.name, p.read_bytes()) for p in sorted((ROOT / "tests" / "corpus").glob("*.eml"))]
    with Store.open(state / "followup.sqlite3") as store:
        process_saved(store, engine_settings(), messages, datetime(2026, 4, 1, tzinfo=UTC))
        return len(store.applications())


def timed_runs(command: list[str], runs: int, env: dict[str, str]) -> list[float]:
    subprocess.run(command, env=env, check=True, capture_output=True)  # warm the page cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def _importtime_rows(stderr: str) -> list[tuple[int, str]]:
    rows = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line[len("import time:") :].split("|", 2)
        if name.startswith(" ") and not name.startswith("  "):  # a top-level import
            rows.append((int(cumulative), name.strip()))
    return sorted(rows, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="followup-startup-"))
    try:
        apps = fill_state(work / "state")
        env = dict(os.environ, FOLLOWUP_STATE_DIR=str(work / "state"), COLUMNS="120")
        env["XDG_CONFIG_HOME"] = str(work / "config")  # no user config, the shipped rules
        # As installed: bytecode cached (pip compiles it; here the warm-up run writes it).
        # With PYTHONDONTWRITEBYTECODE set and no cache, every module compiles on every run.
        uncached = dict(env, PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=str(work / "pyc"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        commands = {
            "python -c pass": [PYTHON, "-c", "pass"],
            "python -c 'import followup.cli'": [PYTHON, "-c", "import followup.cli"],
            "followup status": [FOLLOWUP, "status"],
            "followup status --json": [FOLLOWUP, "status", "--json"],
        }
        print(f"python {sys.version.split()[0]}; state: {apps} applications; {args.runs} runs each")
        runs = [(label, command, env) for label, command in commands.items()]
        runs.append(("followup status, nothing compiled ahead", [FOLLOWUP, "status"], uncached))
        for label, command, environment in runs:
            times = timed_runs(command, args.runs, environment)
            print(
                f"  {label:36s} min {min(times) * 1000:6.1f} ms   median "
                f"{statistics.median(times) * 1000:6.1f} ms   max {max(times) * 1000:6.1f} ms"
            )
        done = subprocess.run(
            [PYTHON, "-X", "importtime", "-c", "from followup.cli import main; main(['status'])"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        rows = _importtime_rows(done.stderr)
        print("  costliest top-level imports of `followup status` (-X importtime, one run):")
        for cumulative, name in rows[: args.top]:
            print(f"    {cumulative / 1000:7.1f} ms  {name}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
