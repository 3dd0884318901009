"""Giving memory back to the system after a big catch-up.

CPython frees the objects of a 10,000-message catch-up, but glibc's allocator keeps the freed
heap pages (message bodies, big lists) mapped, so an idle daemon would stay at its peak size
for weeks. glibc's malloc_trim(0) returns them. Where the C library has no malloc_trim (musl,
macOS) nothing is done: the memory is reused by the next catch-up either way.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

# A cycle that read at least this many messages is worth a trim (a few ms of CPU).
BIG_CYCLE = 1000

_trim: Any = None  # libc's malloc_trim once looked up; False when the C library has none


def give_back_freed_memory() -> bool:
    """Return freed heap pages to the system; True when the C library could be asked."""
    global _trim
    if _trim is None:
        import ctypes  # only after a big catch-up: it costs ~1 MB to load
        import ctypes.util

        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            _trim = libc.malloc_trim
            _trim.argtypes = [ctypes.c_size_t]
            _trim.restype = ctypes.c_int
        except (OSError, AttributeError):
            _trim = False
    if _trim is False:
        return False
    _trim(0)
    log.debug("freed heap memory returned to the system")
    return True
