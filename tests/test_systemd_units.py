"""The systemd units in systemd/: `systemd-analyze verify` accepts them, and they say what the
daemon does (Type=notify, a watchdog longer than an idle cycle, a credential per account).

verify insists that ExecStart's program exists; the units name where `followup` is
installed for users (~/.local/bin, /usr/local/bin), which a test machine lacks. So a copy is
verified with ExecStart pointing at the `followup` of the Python running the tests: the same
unit, only the path differs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from followup.service import MAX_SLEEP

UNITS = Path(__file__).resolve().parent.parent / "systemd"
USER_UNIT = UNITS / "followup.service"
TEMPLATE = UNITS / "followup@.service"
# imap.Watcher re-issues IDLE every 9 minutes: a healthy daemon may be quiet that long.
IDLE_CYCLE_SECONDS = 540


def analyze() -> str:
    found = shutil.which("systemd-analyze")
    if found is None:
        reason = "systemd-analyze is not installed (Debian: apt-get install systemd)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason} (CI=true: the unit tests must run)", pytrace=False)
        pytest.skip(reason)
    return found


def installed_followup() -> Path:
    script = Path(sys.executable).parent / "followup"
    if not script.exists():
        which = shutil.which("followup")
        assert which, "the followup script is not installed (pip install -e .)"
        script = Path(which)
    return script


def settings(unit: Path) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for line in unit.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            values.setdefault(key.strip(), []).append(value.strip())
    return values


def seconds(text: str) -> int:
    total = 0
    for number, unit in re.findall(r"(\d+)\s*(min|s|h)?", text):
        total += int(number) * {"min": 60, "h": 3600}.get(unit, 1)
    return total


def runnable_copy(unit: Path, directory: Path) -> Path:
    """The unit with ExecStart's program replaced by the installed script."""
    text = unit.read_text(encoding="utf-8")
    text, count = re.subn(
        r"^ExecStart=\S+/followup\b", f"ExecStart={installed_followup()}", text, flags=re.M
    )
    assert count == 1
    copy = directory / unit.name
    copy.write_text(text, encoding="utf-8")
    return copy


def verify(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [analyze(), "verify", str(path)], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("unit", [USER_UNIT, TEMPLATE], ids=lambda u: u.name)
def test_systemd_analyze_verify_accepts_the_unit_without_a_warning(unit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    copy = runnable_copy(unit, tmp_path)
    target = copy.with_name("followup@personal.service") if unit == TEMPLATE else copy
    result = verify(target)
    assert result.returncode == 0, result.stderr
    # Unknown keys and bad values are only warnings to verify: none may concern the unit.
    own = [line for line in result.stderr.splitlines() if "followup" in line]
    assert own == [], result.stderr


def test_the_checked_unit_fails_verify_when_the_program_is_missing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Proves verify looks at ExecStart (why the test verifies a copy)."""
    copy = runnable_copy(USER_UNIT, tmp_path)
    copy.write_text(
        copy.read_text().replace(str(installed_followup()), str(tmp_path / "nope" / "followup"))
    )
    result = verify(copy)
    assert result.returncode != 0 and "nope/followup" in result.stderr


def test_the_system_template_is_hardened(tmp_path) -> None:  # type: ignore[no-untyped-def]
    copy = runnable_copy(TEMPLATE, tmp_path).with_name("followup@personal.service")
    result = subprocess.run(
        [analyze(), "security", "--offline=yes", str(copy)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    found = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", result.stdout)
    assert found, result.stdout + result.stderr
    assert float(found[1]) <= 2.0, result.stdout


@pytest.mark.parametrize("unit", [USER_UNIT, TEMPLATE], ids=lambda u: u.name)
def test_the_unit_says_what_the_daemon_does(unit: Path) -> None:
    values = settings(unit)
    assert values["Type"] == ["notify"] and values["NotifyAccess"] == ["main"]
    assert values["ExecReload"] == ["/bin/kill -HUP $MAINPID"]  # SIGHUP: config and rules
    assert values["Restart"] == ["on-failure"]
    assert "StartLimitIntervalSec" in values and "StartLimitBurst" in values
    watchdog = seconds(values["WatchdogSec"][0])
    # The loop pings at least every WatchdogSec/2 when idle; longer than an IDLE cycle and
    # the longest sleep anyway, so nothing but a stuck worker misses it.
    assert watchdog > IDLE_CYCLE_SECONDS and watchdog > MAX_SLEEP.total_seconds()
    assert seconds(values["TimeoutStartSec"][0]) >= watchdog  # the first catch-up


def test_the_template_runs_one_account_with_its_own_credential_and_state() -> None:
    values = settings(TEMPLATE)
    [start] = values["ExecStart"]
    assert start.endswith(" run --account %i")
    [credential] = values["LoadCredential"]
    assert credential.startswith("%i.password:")  # the config's password_file: NAME.password
    assert values["StateDirectory"] == ["followup/%i"]
    assert values["DynamicUser"] == ["yes"]
    assert values["ProtectSystem"] == ["strict"] and values["ProtectHome"] == ["read-only"]
    assert values["RestrictAddressFamilies"] == ["AF_UNIX AF_INET AF_INET6"]
