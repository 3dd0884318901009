"""Only what tests/corpus/source/lib.py lacks: a few VTIMEZONE blocks and RFC 2047 words.

The builders themselves (msg, raw, text, html, alt, mixed, cal_inline, cal_file, L, person, the
date resolvers, ...) are imported from lib.py by every module; nothing here copies them.
"""

from __future__ import annotations

import base64
import textwrap

ZONES = {
    "Pacific/Auckland": """
        BEGIN:VTIMEZONE
        TZID:Pacific/Auckland
        X-LIC-LOCATION:Pacific/Auckland
        BEGIN:STANDARD
        TZOFFSETFROM:+1300
        TZOFFSETTO:+1200
        TZNAME:NZST
        DTSTART:19700405T030000
        RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
        END:STANDARD
        BEGIN:DAYLIGHT
        TZOFFSETFROM:+1200
        TZOFFSETTO:+1300
        TZNAME:NZDT
        DTSTART:19700927T020000
        RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU
        END:DAYLIGHT
        END:VTIMEZONE
    """,
    "Asia/Kolkata": """
        BEGIN:VTIMEZONE
        TZID:Asia/Kolkata
        X-LIC-LOCATION:Asia/Kolkata
        BEGIN:STANDARD
        TZOFFSETFROM:+0530
        TZOFFSETTO:+0530
        TZNAME:IST
        DTSTART:19700101T000000
        END:STANDARD
        END:VTIMEZONE
    """,
    "America/Sao_Paulo": """
        BEGIN:VTIMEZONE
        TZID:America/Sao_Paulo
        X-LIC-LOCATION:America/Sao_Paulo
        BEGIN:STANDARD
        TZOFFSETFROM:-0300
        TZOFFSETTO:-0300
        TZNAME:-03
        DTSTART:19700101T000000
        END:STANDARD
        END:VTIMEZONE
    """,
    # Windows name for Denver: observes US daylight time (-0600 from the 2nd Sunday in March).
    "Mountain Standard Time": """
        BEGIN:VTIMEZONE
        TZID:Mountain Standard Time
        BEGIN:STANDARD
        DTSTART:16010101T020000
        TZOFFSETFROM:-0600
        TZOFFSETTO:-0700
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010101T020000
        TZOFFSETFROM:-0700
        TZOFFSETTO:-0600
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
        END:DAYLIGHT
        END:VTIMEZONE
    """,
    # Windows name for Arizona: Mountain time WITHOUT daylight saving, -0700 all year.
    "US Mountain Standard Time": """
        BEGIN:VTIMEZONE
        TZID:US Mountain Standard Time
        BEGIN:STANDARD
        DTSTART:16010101T000000
        TZOFFSETFROM:-0700
        TZOFFSETTO:-0700
        END:STANDARD
        END:VTIMEZONE
    """,
    "Europe/London": """
        BEGIN:VTIMEZONE
        TZID:Europe/London
        X-LIC-LOCATION:Europe/London
        BEGIN:DAYLIGHT
        TZOFFSETFROM:+0000
        TZOFFSETTO:+0100
        TZNAME:BST
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
    "Europe/Rome": """
        BEGIN:VTIMEZONE
        TZID:Europe/Rome
        X-LIC-LOCATION:Europe/Rome
        BEGIN:DAYLIGHT
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        TZNAME:CEST
        DTSTART:19700329T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        TZNAME:CET
        DTSTART:19701025T030000
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
        END:STANDARD
        END:VTIMEZONE
    """,
}


def zone(name: str) -> str:
    """A VTIMEZONE block to paste into an iCalendar body (dedented, no surrounding blank lines)."""
    return textwrap.dedent(ZONES[name]).strip("\n")


def b_word(s: str, charset: str = "UTF-8") -> str:
    """One RFC 2047 'B' encoded word."""
    return f"=?{charset}?B?{base64.b64encode(s.encode(charset)).decode()}?="


def q_word(s: str, charset: str = "UTF-8") -> str:
    """One RFC 2047 'Q' encoded word (spaces as '_', everything non-plain as =XX)."""
    out = []
    for byte in s.encode(charset):
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="
