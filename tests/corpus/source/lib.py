"""Small builders for the labelled mail corpus: MIME parts, iCalendar text, labels.

Everything is serialised by hand (not by email.generator) so that each message keeps exactly
the header spelling, encodings and quirks written here, byte for byte, on every rebuild.
"""

from __future__ import annotations

import base64
import hashlib
import quopri
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

# --------------------------------------------------------------------------- MIME parts


@dataclass
class Leaf:
    """One body part. `ctype` is the whole Content-Type value, parameters included."""

    ctype: str
    body: str | bytes
    cte: str = "7bit"  # 7bit | 8bit | quoted-printable | base64
    encode_as: str | None = None  # the charset the text is really encoded in
    headers: Sequence[str] = ()  # extra header lines, e.g. Content-Disposition


@dataclass
class Multi:
    subtype: str  # alternative | mixed | related
    parts: Sequence[Leaf | Multi]
    boundary: str = ""
    preamble: str = ""
    params: str = ""  # extra Content-Type parameters, e.g. '; type="text/html"'
    headers: Sequence[str] = ()


Part = Leaf | Multi


def dd(s: str) -> str:
    """Dedent a triple-quoted block and drop the first newline; keep a final newline."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s if s.endswith("\n") else s + "\n"


def _charset_of(ctype: str) -> str:
    low = ctype.lower()
    if "charset=" not in low:
        return "us-ascii"
    value = low.split("charset=", 1)[1].split(";", 1)[0].strip().strip('"')
    return value


def text(
    body: str,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    sub: str = "plain",
    params: str = "",
    encode_as: str | None = None,
    headers: Sequence[str] = (),
    quote_charset: bool = True,
) -> Leaf:
    cs = f'"{charset}"' if quote_charset else charset
    return Leaf(f"text/{sub}; charset={cs}{params}", dd(body), cte, encode_as, headers)


def html(body: str, charset: str = "utf-8", cte: str = "quoted-printable", **kw: Any) -> Leaf:
    return text(body, charset=charset, cte=cte, sub="html", **kw)


def alt(*parts: Part, boundary: str = "") -> Multi:
    return Multi("alternative", parts, boundary)


def mixed(*parts: Part, boundary: str = "", preamble: str = "") -> Multi:
    return Multi("mixed", parts, boundary, preamble)


def attachment(
    data: bytes,
    ctype: str,
    disposition: str,
    cte: str = "base64",
) -> Leaf:
    """A binary attachment; `disposition` is the whole Content-Disposition value."""
    return Leaf(ctype, data, cte, headers=(f"Content-Disposition: {disposition}",))


def fake_pdf(title: str) -> bytes:
    """A tiny but well-formed-looking PDF, so attachments have plausible bytes."""
    body = (
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        f"% {title}\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    return body.encode("latin-1", "replace")


def _encode_body(leaf: Leaf, nl: bytes) -> bytes:
    if isinstance(leaf.body, bytes):
        data = leaf.body
    else:
        charset = leaf.encode_as or _charset_of(leaf.ctype)
        if leaf.ctype.lower().startswith(("text/", "message/")) or leaf.encode_as:
            data = leaf.body.encode(charset if charset != "us-ascii" else "ascii")
        else:
            data = leaf.body.encode("utf-8")
    cte = leaf.cte.lower()
    if cte == "base64":
        if leaf.ctype.lower().startswith("text/"):
            # Text is encoded with CRLF line ends before base64, as mail clients do.
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        out = base64.encodebytes(data)
        return out.replace(b"\n", nl)
    if cte == "quoted-printable":
        data = data.replace(b"\r\n", b"\n")
        out = quopri.encodestring(data)
        return out.replace(b"\n", nl)
    data = data.replace(b"\r\n", b"\n")
    return data.replace(b"\n", nl)


def _boundary(seed: str, n: int) -> str:
    h = hashlib.sha1(f"{seed}/{n}".encode()).hexdigest()
    return h[:28]


def serialise(part: Part, seed: str, nl: bytes, counter: list[int]) -> bytes:
    """The part's own MIME headers, a blank line, and its body."""
    if isinstance(part, Leaf):
        lines = [f"Content-Type: {part.ctype}"]
        if part.cte:
            lines.append(f"Content-Transfer-Encoding: {part.cte}")
        lines.extend(part.headers)
        head = nl.join(line.encode("utf-8") for line in lines) + nl + nl
        return head + _encode_body(part, nl)
    counter[0] += 1
    b = part.boundary or ("----=_Part_" + _boundary(seed, counter[0]))
    lines = [f'Content-Type: multipart/{part.subtype};{nl.decode()} boundary="{b}"{part.params}']
    lines.extend(part.headers)
    out = nl.join(line.encode("utf-8") for line in lines) + nl + nl
    if part.preamble:
        out += part.preamble.encode("utf-8").replace(b"\n", nl)
    for child in part.parts:
        out += b"--" + b.encode() + nl
        body = serialise(child, seed, nl, counter)
        if not body.endswith(nl):
            body += nl
        out += body
    out += b"--" + b.encode() + b"--" + nl
    return out


# --------------------------------------------------------------------------- iCalendar


def ics(block: str, nl: str = "\r\n") -> str:
    """Fold a dedented iCalendar block at 75 octets, with CRLF line ends (RFC 5545)."""
    out: list[str] = []
    for line in dd(block).splitlines():
        raw = line.encode("utf-8")
        if len(raw) <= 75:
            out.append(line)
            continue
        chunk = b""
        first = True
        for ch in line:
            enc = ch.encode("utf-8")
            limit = 75 if first else 74
            if len(chunk) + len(enc) > limit:
                out.append(("" if first else " ") + chunk.decode("utf-8"))
                chunk = b""
                first = False
            chunk += enc
        out.append(("" if first else " ") + chunk.decode("utf-8"))
    return nl.join(out) + nl


VTZ = {
    "Europe/Berlin": """
        BEGIN:VTIMEZONE
        TZID:Europe/Berlin
        X-LIC-LOCATION:Europe/Berlin
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
    "Europe/Madrid": """
        BEGIN:VTIMEZONE
        TZID:Europe/Madrid
        X-LIC-LOCATION:Europe/Madrid
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
    "W. Europe Standard Time": """
        BEGIN:VTIMEZONE
        TZID:W. Europe Standard Time
        BEGIN:STANDARD
        DTSTART:16010101T030000
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010101T020000
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
        END:DAYLIGHT
        END:VTIMEZONE
    """,
    "Pacific Standard Time": """
        BEGIN:VTIMEZONE
        TZID:Pacific Standard Time
        BEGIN:STANDARD
        DTSTART:16010101T020000
        TZOFFSETFROM:-0700
        TZOFFSETTO:-0800
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010101T020000
        TZOFFSETFROM:-0800
        TZOFFSETTO:-0700
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
        END:DAYLIGHT
        END:VTIMEZONE
    """,
    "GMT Standard Time": """
        BEGIN:VTIMEZONE
        TZID:GMT Standard Time
        BEGIN:STANDARD
        DTSTART:16010101T020000
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0000
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010101T010000
        TZOFFSETFROM:+0000
        TZOFFSETTO:+0100
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
        END:DAYLIGHT
        END:VTIMEZONE
    """,
    "Romance Standard Time": """
        BEGIN:VTIMEZONE
        TZID:Romance Standard Time
        BEGIN:STANDARD
        DTSTART:16010101T030000
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010101T020000
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
        END:DAYLIGHT
        END:VTIMEZONE
    """,
}


def vtz(name: str) -> str:
    return textwrap.dedent(VTZ[name]).strip("\n")


def cal_inline(block: str, method: str, cte: str = "base64", charset: str = "utf-8") -> Leaf:
    """text/calendar as a body alternative (Outlook, Google): method in the Content-Type."""
    return Leaf(f'text/calendar; charset="{charset}"; method={method}', ics(block), cte)


def cal_file(
    block: str,
    filename: str = "invite.ics",
    ctype: str = "application/ics",
    method: str | None = None,
    cte: str = "base64",
) -> Leaf:
    """An .ics attachment (Google's invite.ics, Calendly's, a vendor's octet-stream)."""
    m = f"; method={method}" if method else ""
    return Leaf(
        f'{ctype}; name="{filename}"{m}',
        ics(block).encode("utf-8"),
        cte,
        headers=(f'Content-Disposition: attachment; filename="{filename}"',),
    )


# --------------------------------------------------------------------------- labels


Resolver = Callable[[date], date]


def plus_days(n: int) -> Resolver:
    return lambda d: d + timedelta(days=n)


def plus_weeks(n: int) -> Resolver:
    return plus_days(7 * n)


def plus_business_days(n: int) -> Resolver:
    def f(d: date) -> date:
        cur, left = d, n
        while left:
            cur += timedelta(days=1)
            if cur.weekday() < 5:
                left -= 1
        return cur

    return f


WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def next_weekday(name: str) -> Resolver:
    """The first such weekday strictly after the message date."""
    wd = WEEKDAYS.index(name[:3].lower())

    def f(d: date) -> date:
        delta = (wd - d.weekday()) % 7 or 7
        return d + timedelta(days=delta)

    return f


def end_of_this_week() -> Resolver:
    return lambda d: d + timedelta(days=4 - d.weekday())


def end_of_next_week() -> Resolver:
    return lambda d: d + timedelta(days=11 - d.weekday())


def early_next_month() -> Resolver:
    def f(d: date) -> date:
        y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
        return date(y, m, 10)

    return f


def end_of_month() -> Resolver:
    def f(d: date) -> date:
        y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
        return date(y, m, 1) - timedelta(days=1)

    return f


def fixed(iso: str) -> Resolver:
    return lambda d: date.fromisoformat(iso)


def person(name: str, email: str | None) -> dict[str, str | None]:
    return {"name": name, "email": email}


EVENTS = {
    "interview_invite",
    "interview_confirmation",
    "interview_reschedule",
    "interview_cancel",
    "rejection",
    "offer",
    "reference_request",
    "info_request",
    "timeline_update",
    "next_round",
}
NON_EVENTS = {
    "user_sent",
    "out_of_office",
    "application_ack",
    "job_alert",
    "recruiter_outreach",
    "newsletter",
    "unrelated_calendar",
    "personal",
    "other",
}


@dataclass
class Label:
    category: str
    language: str = "en"
    hard_negative: bool = False
    company: str | None = None
    role: str | None = None
    interview: tuple[str, str | None] | None = None
    interviewers: list[dict[str, str | None]] = field(default_factory=list)
    decision: tuple[str, Resolver] | None = None  # (phrase, how it resolves)
    return_date: str | None = None
    thread: str | None = None
    notes: str | None = None


def L(category: str, **kw: Any) -> Label:  # noqa: N802 - reads like a table row
    assert category in EVENTS | NON_EVENTS, category
    lab = Label(category, **kw)
    if category in EVENTS:
        assert not lab.hard_negative, "hard_negative is for non-events"
    return lab


@dataclass
class Entry:
    name: str
    data: bytes
    label: Label
    when: datetime


CORPUS: list[Entry] = []


def _date_of(data: bytes) -> datetime:
    head = data.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    lines = head.replace(b"\r\n", b"\n").split(b"\n")
    for i, line in enumerate(lines):
        if line.lower().startswith(b"date:"):
            value = line[5:]
            j = i + 1
            while j < len(lines) and lines[j][:1] in (b" ", b"\t"):
                value += lines[j]
                j += 1
            text_value = value.decode("ascii").strip()
            when = parsedate_to_datetime(text_value)
            if text_value[:3].isalpha():
                assert text_value[:3] == when.strftime("%a"), f"weekday wrong in {text_value}"
            return when
    raise ValueError("no Date header")


def msg(name: str, headers: str, body: Part, label: Label, crlf: bool = False) -> None:
    """A message from a header block (written verbatim) and a MIME body tree."""
    nl = b"\r\n" if crlf else b"\n"
    head = dd(headers).rstrip("\n")
    hb = head.encode("utf-8").replace(b"\n", nl) + nl
    if "mime-version:" not in head.lower():
        hb += b"MIME-Version: 1.0" + nl
    data = hb + serialise(body, name, nl, [0])
    _add(name, data, label)


def raw(name: str, data: str | bytes, label: Label, crlf: bool = False) -> None:
    """A message written byte for byte (str is UTF-8 encoded)."""
    b = dd(data).encode("utf-8") if isinstance(data, str) else data
    if crlf:
        b = b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    _add(name, b, label)


def _add(name: str, data: bytes, label: Label) -> None:
    assert not any(e.name == name for e in CORPUS), f"duplicate {name}"
    when = _date_of(data)
    assert when.tzinfo is not None, name
    CORPUS.append(Entry(name, data, label, when))


def label_dict(e: Entry) -> dict[str, Any]:
    lab = e.label
    dec_date = dec_text = None
    if lab.decision:
        dec_text, resolve = lab.decision
        dec_date = resolve(e.when.date()).isoformat()
    return {
        "category": lab.category,
        "language": lab.language,
        "hard_negative": lab.hard_negative,
        "company": lab.company,
        "role": lab.role,
        "interview": (
            {"start": lab.interview[0], "end": lab.interview[1]} if lab.interview else None
        ),
        "interviewers": lab.interviewers,
        "decision_date": dec_date,
        "decision_text": dec_text,
        "return_date": lab.return_date,
        "thread": lab.thread,
        "notes": lab.notes,
    }


def mid(seed: str, domain: str, style: str = "hex") -> str:
    """A stable, realistic-looking Message-ID local part."""
    h = hashlib.sha256(seed.encode()).hexdigest()
    if style == "gmail":
        b = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
        return f"<CA{b[:38].replace('/', '_').replace('+', '=')}@mail.gmail.com>"
    if style == "outlook":
        up = h.upper()
        return f"<AM9PR04MB{up[:4]}{up[4:36]}@AM9PR04MB{up[:4]}.eurprd04.prod.outlook.com>"
    return f"<{h[:16]}.{h[16:28]}@{domain}>"


# --------------------------------------------------------------------------- text helpers

DANA = "Dana Whitfield <dana.whitfield@example.org>"


def quote(body: str, prefix: str = "> ") -> str:
    """Quote a previous message the way mail clients do ('>' before every line)."""
    out = []
    for line in dd(body).rstrip("\n").splitlines():
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def auto_html(body: str, style: str = "font-family:Arial,sans-serif;font-size:14px") -> str:
    """A plain HTML rendering of a text body, as webmail and ATS composers produce."""
    import html as _html
    import re

    paras = dd(body).strip("\n").split("\n\n")
    out = [
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'</head><body><div style="{style}">'
    ]
    for p in paras:
        esc = _html.escape(p, quote=False)
        esc = re.sub(r"(https?://[^\s<>]+)", r'<a href="\1">\1</a>', esc)
        out.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"
