"""followup.memory: after a big catch-up the freed heap goes back to the system."""

from __future__ import annotations

from pathlib import Path

import followup.memory as memory
import pytest


def _resident_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_freed_memory_is_returned_to_the_system() -> None:
    # 64 MB in 4 KB pieces (a message body's size), with a few kept between them as a cycle
    # keeps some objects: the freed ones are holes glibc's heap does not give back itself.
    bodies = [bytearray(4000) for _ in range(16_000)]
    kept = bodies[::50]
    del bodies
    before = _resident_kb()
    if not memory.give_back_freed_memory():
        pytest.skip("this C library has no malloc_trim")
    assert before - _resident_kb() > 16_000  # well over 16 MB of the 64 came back
    assert len(kept) == 320


def test_a_c_library_without_malloc_trim_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_trim", False)
    assert memory.give_back_freed_memory() is False
