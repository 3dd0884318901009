"""Bits the hold-out sources share that tests/corpus/source/lib.py does not have.

Only data (time-zone blocks for zones the first corpus never used) and two tiny header helpers;
every MIME, iCalendar and label builder is imported from lib.py.
"""

from __future__ import annotations

import textwrap

from source.lib import VTZ, vtz

EXTRA_VTZ = {
    "Asia/Singapore": """
        BEGIN:VTIMEZONE
        TZID:Asia/Singapore
        X-LIC-LOCATION:Asia/Singapore
        BEGIN:STANDARD
        TZOFFSETFROM:+0800
        TZOFFSETTO:+0800
        TZNAME:+08
        DTSTART:19700101T000000
        END:STANDARD
        END:VTIMEZONE
    """,
    "Central Standard Time": """
        BEGIN:VTIMEZONE
        TZID:Central Standard Time
        BEGIN:STANDARD
        DTSTART:16010101T020000
        TZOFFSETFROM:-0500
        TZOFFSETTO:-0600
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010101T020000
        TZOFFSETFROM:-0600
        TZOFFSETTO:-0500
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
        END:DAYLIGHT
        END:VTIMEZONE
    """,
    "Europe/Dublin": """
        BEGIN:VTIMEZONE
        TZID:Europe/Dublin
        X-LIC-LOCATION:Europe/Dublin
        BEGIN:DAYLIGHT
        TZOFFSETFROM:+0000
        TZOFFSETTO:+0100
        TZNAME:IST
        DTSTART:19700329T010000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0000
        TZNAME:GMT
        DTSTART:19701025T020000
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
        END:STANDARD
        END:VTIMEZONE
    """,
}


def tzblock(name: str) -> str:
    """A VTIMEZONE block: lib's own zones first, then the ones only this corpus uses."""
    if name in VTZ:
        return vtz(name)
    return textwrap.dedent(EXTRA_VTZ[name]).strip("\n")


def qword(s: str, charset: str = "utf-8") -> str:
    """One RFC 2047 Q-encoded word (on one line, as many mailers write short subjects)."""
    out = []
    for byte in s.encode(charset):
        ch = chr(byte)
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def bword(s: str, charset: str = "utf-8") -> str:
    """One RFC 2047 B-encoded word."""
    import base64

    return f"=?{charset}?B?{base64.b64encode(s.encode(charset)).decode()}?="
