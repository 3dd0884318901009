"""Only what tests/corpus/source/lib.py lacks: two VTIMEZONE blocks for this corpus's invites.

Everything else (MIME, iCalendar folding, labels, resolvers) is imported from lib.py.
"""

from __future__ import annotations

import textwrap

_VTZ = {
    # Ashby writes Olson names; July is PDT (-07:00).
    "America/Los_Angeles": """
        BEGIN:VTIMEZONE
        TZID:America/Los_Angeles
        X-LIC-LOCATION:America/Los_Angeles
        BEGIN:DAYLIGHT
        TZOFFSETFROM:-0800
        TZOFFSETTO:-0700
        TZNAME:PDT
        DTSTART:19700308T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETFROM:-0700
        TZOFFSETTO:-0800
        TZNAME:PST
        DTSTART:19701101T020000
        RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
        END:STANDARD
        END:VTIMEZONE
    """,
    # Outlook's Windows name for US Eastern: despite the name, -04:00 in July (EDT).
    "Eastern Standard Time": """
        BEGIN:VTIMEZONE
        TZID:Eastern Standard Time
        BEGIN:STANDARD
        DTSTART:16010101T020000
        TZOFFSETFROM:-0400
        TZOFFSETTO:-0500
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010101T020000
        TZOFFSETFROM:-0500
        TZOFFSETTO:-0400
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
        END:DAYLIGHT
        END:VTIMEZONE
    """,
}


def vtz3(name: str) -> str:
    return textwrap.dedent(_VTZ[name]).strip("\n")
