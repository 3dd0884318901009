"""Tests for followup.mail: raw bytes → Mail, for the world's mail, never raising."""

from __future__ import annotations

import base64
import logging
import time
from datetime import UTC, datetime, timedelta, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from followup.mail import MAX_TEXT, decode_text, html_to_text, parse, split_reply, unflow
from followup.model import Mail, Person
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

REALMAIL = Path(__file__).resolve().parents[1].parent / "shared" / "realmail"

HEAD = """From: Alice Recruiter <alice@acme.example>
To: Sam Seeker <sam@example.org>
Subject: Interview
Date: Mon, 08 Jan 2024 10:00:00 +0100
Message-ID: <m1@acme.example>
"""

ICS_CANCEL = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ACME//EN\r\nMETHOD:CANCEL\r\n"
    "BEGIN:VEVENT\r\nUID:interview-42@acme.example\r\nSEQUENCE:1\r\nSTATUS:CANCELLED\r\n"
    "SUMMARY:Interview – Café\r\n"
    "DTSTART:20240110T130000Z\r\nDTEND:20240110T140000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def wire(text: str, encoding: str = "utf-8") -> bytes:
    """A message as it travels: CRLF line ends, bytes in the given encoding."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode(encoding)


def plain(body: str, head: str = HEAD, charset: str = "utf-8") -> bytes:
    return wire(
        f"{head}MIME-Version: 1.0\nContent-Type: text/plain; charset={charset}\n"
        f"Content-Transfer-Encoding: 8bit\n\n{body}",
        "utf-8" if charset in ("utf-8", "x-unknown-zz") else charset,
    )


def check_invariants(mail: Mail) -> None:
    """What every Mail promises, whatever bytes it came from."""
    assert isinstance(mail, Mail)
    assert mail.message_id and not set(mail.message_id) & set("\r\n<>")
    for value in (mail.subject, mail.in_reply_to, *mail.references, *mail.attachments):
        assert "\r" not in value and "\n" not in value
    for name, value in mail.headers:
        assert name == name.lower()
        assert not set(name + value) & {"\r", "\n"}
    people = [*mail.to, *mail.cc, *mail.reply_to] + ([mail.sender] if mail.sender else [])
    for person in people:
        assert not set(person.name + person.email) & {"\r", "\n"}
        assert "@" in person.email
    assert mail.date is None or mail.date.utcoffset() is not None
    for invite in mail.invites:
        for moment in (invite.start, invite.end):
            assert moment is None or moment.utcoffset() is not None
        assert "\n" not in invite.summary and "\n" not in invite.uid
    assert len(mail.text) <= MAX_TEXT


# --- the cases where mail-parser loses information --------------------------------------------


class TestLossCases:
    def test_raw_8bit_utf8_headers(self) -> None:
        head = (
            "From: Jürgen Müller <juergen@firma.example>\nTo: Zoë <zoe@example.org>\n"
            "Subject: Grüße aus Köln\nDate: Mon, 08 Jan 2024 10:00:00 +0100\n"
            "Message-ID: <u8@firma.example>\n"
        )
        mail = parse(wire(head + "\nHallo", "utf-8"))
        assert mail.subject == "Grüße aus Köln"
        assert mail.sender == Person("Jürgen Müller", "juergen@firma.example")
        assert mail.to == (Person("Zoë", "zoe@example.org"),)
        assert mail.header("subject") == "Grüße aus Köln"
        assert mail.unreadable is None

    def test_raw_8bit_latin1_headers(self) -> None:
        head = (
            "From: Jürgen Müller <juergen@firma.example>\nTo: sam@example.org\n"
            "Subject: Grüße aus Köln\nMessage-ID: <l1@firma.example>\n"
        )
        mail = parse(wire(head + "\nHallo", "latin-1"))
        assert mail.subject == "Grüße aus Köln"
        assert mail.sender == Person("Jürgen Müller", "juergen@firma.example")

    def test_quoted_encoded_word_display_name(self) -> None:
        head = HEAD.replace(
            "From: Alice Recruiter <alice@acme.example>",
            'From: "=?utf-8?q?Jos=C3=A9_P=C3=A9rez?=" <j@x.example>',
        ).replace(
            "To: Sam Seeker <sam@example.org>",
            'To: "=?utf-8?q?M=C3=BCller=2C_Anna?=" <anna@example.org>, '
            "=?iso-8859-1?q?Fran=E7ois?= <f@example.org>",
        )
        mail = parse(wire(head + "\nHola"))
        assert mail.sender == Person("José Pérez", "j@x.example")
        assert mail.to == (
            Person("Müller, Anna", "anna@example.org"),
            Person("François", "f@example.org"),
        )

    def test_rfc2231_and_rfc2047_file_names(self) -> None:
        text = f"""{HEAD}MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="B"

--B
Content-Type: text/plain; charset=utf-8

See attached.
--B
Content-Type: application/pdf; name*=utf-8''Lebenslauf%20J%C3%BCrgen.pdf
Content-Disposition: attachment;
 filename*0*=utf-8''Lebenslauf%20;
 filename*1*=J%C3%BCrgen.pdf
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--B
Content-Type: application/pdf; name="=?utf-8?B?WmV1Z25pcyDDnGJlcnNpY2h0LnBkZg==?="
Content-Disposition: attachment; filename="=?utf-8?B?WmV1Z25pcyDDnGJlcnNpY2h0LnBkZg==?="
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--B--
"""
        mail = parse(wire(text))
        assert mail.attachments == ("Lebenslauf Jürgen.pdf", "Zeugnis Übersicht.pdf")
        assert mail.text == "See attached."

    def test_method_cancel_calendar_attachment(self) -> None:
        encoded = base64.encodebytes(ICS_CANCEL.encode()).decode()
        text = f"""{HEAD}MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="B"

--B
Content-Type: text/plain; charset=utf-8

The interview on Wednesday is cancelled.
--B
Content-Type: text/calendar; charset=utf-8; method=CANCEL; name=invite.ics
Content-Disposition: attachment; filename=invite.ics
Content-Transfer-Encoding: base64

{encoded}--B--
"""
        mail = parse(wire(text))
        (invite,) = mail.invites
        assert invite.method == "CANCEL"
        assert invite.cancelled
        assert invite.uid == "interview-42@acme.example"
        assert invite.sequence == 1
        assert invite.summary == "Interview – Café"
        assert invite.start == datetime(2024, 1, 10, 13, 0, tzinfo=UTC)
        assert invite.end == datetime(2024, 1, 10, 14, 0, tzinfo=UTC)
        assert mail.attachments == ("invite.ics",)

    def test_cancel_only_in_the_mime_method_parameter(self) -> None:
        body = ICS_CANCEL.replace("METHOD:CANCEL\r\n", "").replace("STATUS:CANCELLED\r\n", "")
        text = f"""{HEAD}MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="B"

--B
Content-Type: text/plain; charset=utf-8

Cancelled, sorry.
--B
Content-Type: text/calendar; charset="utf-8"; method="CANCEL"
Content-Disposition: attachment; filename="cancel.ics"
Content-Transfer-Encoding: 8bit

{body}--B--
"""
        (invite,) = parse(wire(text)).invites
        assert invite.method == "CANCEL" and invite.cancelled

    def test_ics_sent_as_octet_stream(self) -> None:
        encoded = base64.encodebytes(ICS_CANCEL.encode()).decode()
        text = f"""{HEAD}MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="B"

--B
Content-Type: text/plain

Hi
--B
Content-Type: application/octet-stream; name="Interview.ics"
Content-Disposition: attachment; filename="Interview.ics"
Content-Transfer-Encoding: base64

{encoded}--B--
"""
        (invite,) = parse(wire(text)).invites
        assert invite.cancelled

    def test_unknown_charset(self) -> None:
        mail = parse(plain("Wir freuen uns auf das Gespräch.", charset="x-unknown-zz"))
        assert mail.text == "Wir freuen uns auf das Gespräch."
        assert any("x-unknown-zz" in n and "unknown" in n for n in mail.notes)
        assert mail.unreadable is None

    def test_unknown_charset_with_legacy_bytes(self) -> None:
        body = "Café à 14h".encode("cp1252")
        raw = wire(f"{HEAD}Content-Type: text/plain; charset=klingon\n\n") + body
        mail = parse(raw)
        assert mail.text == "Café à 14h"

    def test_wrongly_declared_charset_utf8_declared_but_cp1252(self) -> None:
        raw = wire(f"{HEAD}Content-Type: text/plain; charset=utf-8\n\n") + "Grüße, Jürgen".encode(
            "cp1252"
        )
        mail = parse(raw)
        assert mail.text == "Grüße, Jürgen"
        assert any("did not fit" in n for n in mail.notes)

    def test_wrongly_declared_charset_latin1_declared_but_utf8(self) -> None:
        raw = wire(f"{HEAD}Content-Type: text/plain; charset=iso-8859-1\n\n") + "Grüße".encode()
        mail = parse(raw)
        assert mail.text == "Grüße"
        assert any("UTF-8" in n for n in mail.notes)

    def test_outlook_iso_8859_1_encoded_word_is_cp1252(self) -> None:
        head = HEAD.replace(
            "Subject: Interview",
            "Subject: =?iso-8859-1?Q?Zweites_Gespr=E4ch_=96_Backend?=",
        )
        assert parse(wire(head + "\nx")).subject == "Zweites Gespräch – Backend"

    def test_unknown_charset_in_an_encoded_word(self) -> None:
        head = HEAD.replace("Subject: Interview", "Subject: =?x-klingon?q?Caf=E9?= time")
        mail = parse(wire(head + "\nbody"))
        assert mail.subject.startswith("Caf") and mail.subject.endswith("time")

    def test_no_warnings_logged_for_calendar_parts(self, caplog: pytest.LogCaptureFixture) -> None:
        text = f"""{HEAD}MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="B"

--B
Content-Type: text/plain

Invite
--B
Content-Type: text/calendar; method=CANCEL

{ICS_CANCEL}--B--
"""
        with caplog.at_level(logging.DEBUG):
            parse(wire(text))
        assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


MAIL_PARSER_SEEN = "4.8.0"


def mail_parser_version() -> str:
    try:
        return metadata.version("mail-parser")
    except metadata.PackageNotFoundError:
        return ""


@pytest.mark.skipif(
    mail_parser_version() != MAIL_PARSER_SEEN,
    reason=f"documents mail-parser {MAIL_PARSER_SEEN}: re-check the choice on a new version",
)
class TestWhyNotMailParser:
    """The facts behind using the stdlib (see the comment at the top of followup/mail.py)."""

    @staticmethod
    def mail_parser(raw: bytes) -> Any:
        import mailparser  # only here: the daemon does not use it

        logging.getLogger("mailparser").setLevel(logging.CRITICAL)
        try:
            return mailparser.parse_from_bytes(raw)
        finally:
            logging.getLogger("mailparser").setLevel(logging.NOTSET)

    def test_it_drops_raw_latin1_header_bytes(self) -> None:
        raw = wire("From: a@x.example\nSubject: Grüße aus Köln\n\nHallo", "latin-1")
        assert self.mail_parser(raw).subject == "Gre aus Kln"
        assert parse(raw).subject == "Grüße aus Köln"

    def test_it_keeps_raw_utf8_header_bytes(self) -> None:
        raw = wire("From: a@x.example\nSubject: Grüße aus Köln\n\nHallo")
        assert self.mail_parser(raw).subject == "Grüße aus Köln"

    def test_it_leaves_quoted_encoded_word_names_undecoded(self) -> None:
        raw = wire('From: "=?utf-8?q?Jos=C3=A9_P=C3=A9rez?=" <j@x.example>\n\nHola')
        assert self.mail_parser(raw).from_ == [("=?utf-8?q?Jos=C3=A9_P=C3=A9rez?=", "j@x.example")]

    def test_it_drops_the_mime_method_of_a_calendar_attachment(self) -> None:
        body = ICS_CANCEL.replace("METHOD:CANCEL\r\n", "")
        raw = wire(
            "From: a@x.example\nContent-Type: multipart/mixed; boundary=B\n\n--B\n"
            "Content-Type: text/calendar; method=CANCEL\n"
            "Content-Disposition: attachment; filename=c.ics\n\n" + body + "--B--\n"
        )
        (attachment,) = self.mail_parser(raw).attachments
        assert attachment["mail_content_type"] == "text/calendar"
        assert "CANCEL" not in str({k: v for k, v in attachment.items() if k != "payload"})
        assert parse(raw).invites[0].method == "CANCEL"

    def test_it_warns_for_every_inline_calendar_part(
        self, caplog: pytest.LogCaptureFixture
    ) -> None:
        import mailparser

        raw = wire(f"From: a@x.example\nContent-Type: text/calendar\n\n{ICS_CANCEL}")
        with caplog.at_level(logging.WARNING, logger="mailparser"):
            mailparser.parse_from_bytes(raw)
        assert any("calendar" in r.getMessage() for r in caplog.records)


class TestDecodeText:
    @pytest.mark.parametrize(
        ("data", "charset", "expected"),
        [
            ("Grüße".encode(), "utf-8", "Grüße"),
            ("Grüße".encode("cp1252"), "iso-8859-1", "Grüße"),
            ("“quoted” – dash".encode("cp1252"), "iso-8859-1", "“quoted” – dash"),
            ("Grüße".encode(), None, "Grüße"),
            ("Grüße".encode("cp1252"), None, "Grüße"),
            ("テスト".encode("iso-2022-jp"), "iso-2022-jp", "テスト"),
            ("テスト".encode("shift_jis"), "shift_jis", "テスト"),
            ("안녕하세요".encode("cp949"), "ks_c_5601-1987", "안녕하세요"),
            ("你好".encode("gb18030"), "gb2312", "你好"),
            (b"plain", "base64", "plain"),
            (b"plain", '"UTF-8"', "plain"),
        ],
    )
    def test_charsets(self, data: bytes, charset: str | None, expected: str) -> None:
        assert decode_text(data, charset)[0] == expected

    def test_mostly_utf8_with_one_bad_byte_stays_utf8(self) -> None:
        data = ("Grüße und schöne Tage, " * 20).encode() + b"\xff"
        text, note = decode_text(data, "utf-8")
        assert text.startswith("Grüße und schöne Tage")
        assert note is not None and "UTF-8 with replacements" in note


# --- ids, people, dates, flags ------------------------------------------------------------------


class TestThreading:
    def test_ids_without_brackets(self) -> None:
        head = HEAD + (
            "In-Reply-To: <parent@example.org> (Sam Seeker's message of Mon, 8 Jan)\n"
            "References: <root@acme.example>\n <mid@example.org>\n\t<parent@example.org>\n"
        )
        mail = parse(wire(head + "\nThanks"))
        assert mail.message_id == "m1@acme.example"
        assert mail.in_reply_to == "parent@example.org"
        assert mail.references == ("root@acme.example", "mid@example.org", "parent@example.org")
        assert mail.thread_ids == (
            "m1@acme.example",
            "parent@example.org",
            "root@acme.example",
            "mid@example.org",
        )

    def test_bare_ids(self) -> None:
        head = HEAD.replace("<m1@acme.example>", "m1@acme.example") + "In-Reply-To: p@x.org\n"
        mail = parse(wire(head + "\nx"))
        assert mail.message_id == "m1@acme.example"
        assert mail.in_reply_to == "p@x.org"

    def test_unclosed_bracket(self) -> None:
        head = HEAD.replace("<m1@acme.example>", "junk<m1@acme.example")
        assert parse(wire(head + "\nx")).message_id == "junkm1@acme.example"

    def test_missing_message_id_is_synthesised_stably(self) -> None:
        raw = wire(HEAD.replace("Message-ID: <m1@acme.example>\n", "") + "\nHello")
        first, second = parse(raw), parse(raw)
        assert first.message_id == second.message_id
        assert first.message_id.startswith("sha256-")
        assert first.message_id.endswith("@followup.invalid")
        assert any("no Message-ID" in n for n in first.notes)
        assert parse(raw + b"!").message_id != first.message_id


class TestPeople:
    def test_from_to_cc_reply_to(self) -> None:
        head = HEAD + (
            'Cc: "Doe, John" <John.Doe@ACME.example>, hr@acme.example\n'
            "Reply-To: Jobs <jobs+abc@ats.example>\n"
        )
        mail = parse(wire(head + "\nx"))
        assert mail.sender == Person("Alice Recruiter", "alice@acme.example")
        assert mail.to == (Person("Sam Seeker", "sam@example.org"),)
        assert mail.cc == (
            Person("Doe, John", "john.doe@acme.example"),
            Person("", "hr@acme.example"),
        )
        assert mail.reply_to == (Person("Jobs", "jobs+abc@ats.example"),)

    def test_groups_junk_and_duplicates(self) -> None:
        head = HEAD.replace(
            "To: Sam Seeker <sam@example.org>",
            "To: undisclosed-recipients:;, Hiring Team, sam@example.org, SAM@example.org,\n"
            " Doe, John <j@d.example>",
        )
        mail = parse(wire(head + "\nx"))
        assert mail.to == (Person("", "sam@example.org"), Person("John", "j@d.example"))

    def test_sender_falls_back_to_sender_header(self) -> None:
        head = HEAD.replace("From: Alice Recruiter <alice@acme.example>\n", "Sender: a@b.example\n")
        assert parse(wire(head + "\nx")).sender == Person("", "a@b.example")


class TestDate:
    def test_aware_with_sender_offset(self) -> None:
        mail = parse(wire(HEAD + "\nx"))
        assert mail.date == datetime(2024, 1, 8, 9, 0, tzinfo=UTC)
        assert mail.date is not None and mail.date.utcoffset() == timedelta(hours=1)

    def test_naive_date_is_read_as_utc_and_noted(self) -> None:
        head = HEAD.replace("+0100", "-0000")
        mail = parse(wire(head + "\nx"))
        assert mail.date == datetime(2024, 1, 8, 10, 0, tzinfo=UTC)
        assert any("no zone" in n for n in mail.notes)

    def test_missing_date(self) -> None:
        mail = parse(wire(HEAD.replace("Date: Mon, 08 Jan 2024 10:00:00 +0100\n", "") + "\nx"))
        assert mail.date is None
        assert "no Date header" in mail.notes

    def test_garbage_date(self) -> None:
        mail = parse(wire(HEAD.replace("Mon, 08 Jan 2024 10:00:00 +0100", "soon") + "\nx"))
        assert mail.date is None
        assert any("Date unreadable" in n for n in mail.notes)

    def test_iso_date(self) -> None:
        head = HEAD.replace("Mon, 08 Jan 2024 10:00:00 +0100", "2024-01-08T10:00:00Z")
        assert parse(wire(head + "\nx")).date == datetime(2024, 1, 8, 10, 0, tzinfo=UTC)

    def test_invite_floating_time_uses_the_date_offset(self) -> None:
        ics = (
            "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:f\nDTSTART:20240110T140000\n"
            "DTEND;TZID=Atlantis:20240110T150000\nEND:VEVENT\nEND:VCALENDAR\n"
        )
        text = f"{HEAD}Content-Type: text/calendar; method=REQUEST\n\n{ics}"
        (invite,) = parse(wire(text)).invites
        plus_one = timezone(timedelta(hours=1))
        assert invite.start == datetime(2024, 1, 10, 14, 0, tzinfo=plus_one)
        assert invite.end == datetime(2024, 1, 10, 15, 0, tzinfo=plus_one)
        assert invite.method == "REQUEST"
        assert any("floating" in n and "+01:00" in n for n in invite.notes)
        assert any("Atlantis" in n for n in invite.notes)


class TestHeaders:
    def test_headers_are_decoded_unfolded_one_line(self) -> None:
        head = (
            HEAD.replace(
                "Subject: Interview",
                "Subject: =?UTF-8?Q?Einladung_zum?=\n =?UTF-8?Q?_Vorstellungsgespr=C3=A4ch?="
                "\n  next week",
            )
            + "X-Evil: =?utf-8?q?a=0D=0ABcc:_victim@example.org?=\nX-Folded: one\n\ttwo\n"
        )
        mail = parse(wire(head + "\nx"))
        assert mail.subject == "Einladung zum Vorstellungsgespräch  next week"
        assert mail.header("x-evil") == "a Bcc: victim@example.org"
        assert mail.header("X-Folded") == "one two"
        names = [name for name, _ in mail.headers]
        assert names[:5] == ["from", "to", "subject", "date", "message-id"]
        for _, value in mail.headers:
            assert "\r" not in value and "\n" not in value

    @pytest.mark.parametrize(
        ("extra", "auto"),
        [
            ("Auto-Submitted: auto-replied\n", True),
            ("Auto-Submitted: auto-generated; owner-email=x@y\n", True),
            ("Auto-Submitted: no\n", False),
            ("X-Autoreply: yes\n", True),
            ("X-Autorespond: Out of office\n", True),
            ("Precedence: auto_reply\n", True),
            ("X-Auto-Response-Suppress: All\n", False),
            ("", False),
        ],
    )
    def test_auto_submitted(self, extra: str, auto: bool) -> None:
        assert parse(wire(HEAD + extra + "\nx")).auto_submitted is auto

    @pytest.mark.parametrize(
        ("extra", "bulk"),
        [
            ("Precedence: bulk\n", True),
            ("Precedence: list\n", True),
            ("Precedence: junk\n", True),
            ("List-Unsubscribe: <mailto:u@x>\n", True),
            ("List-Id: Jobs <jobs.example.org>\n", True),
            ("Precedence: first-class\n", False),
            ("", False),
        ],
    )
    def test_bulk(self, extra: str, bulk: bool) -> None:
        assert parse(wire(HEAD + extra + "\nx")).bulk is bulk


# --- text -----------------------------------------------------------------------------------------

HTML_ONLY = """<html><head><title>Your interview</title>
<style>p { color: red; } .x { display: none }</style>
<script>document.write("tracking")</script></head>
<body><div>Hi Sam,</div><p>We&#39;d like to invite you&nbsp;to an interview &amp; a tour.</p>
<ul><li>Tuesday</li><li>Wednesday</li></ul>
<table><tr><td>Time</td><td>14:00</td></tr><tr><td>Place</td><td>Berlin</td></tr></table>
Line one<br>line two<br/>
Please <a href="https://cal.example/pick?x=1">pick a time</a> or see https://acme.example.
<div class="gmail_signature">Alice Recruiter<br>ACME Corp</div>
<div class="gmail_quote"><div class="gmail_attr">On Mon, Jan 8, 2024 at 10:00 AM Sam Seeker
&lt;sam@example.org&gt; wrote:<br></div>
<blockquote class="gmail_quote">I applied last week.<br>Best, Sam</blockquote></div>
</body></html>"""


class TestHtml:
    def test_html_only_message(self) -> None:
        text = f"{HEAD}MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n{HTML_ONLY}"
        mail = parse(wire(text))
        assert [line for line in mail.text.splitlines() if line] == [
            "Hi Sam,",
            "We'd like to invite you to an interview & a tour.",
            "- Tuesday",
            "- Wednesday",
            "Time 14:00",
            "Place Berlin",
            "Line one",
            "line two",
            "Please pick a time <https://cal.example/pick?x=1> or see https://acme.example.",
        ]
        assert "tracking" not in mail.text and "color" not in mail.text
        assert "Your interview" not in mail.text
        assert mail.signature == "Alice Recruiter\nACME Corp"
        assert "I applied last week." in mail.quoted
        assert mail.quoted.startswith("On Mon, Jan 8, 2024")

    def test_plain_preferred_over_html_unless_empty(self) -> None:
        def alternative(plain_body: str) -> bytes:
            return wire(f"""{HEAD}MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="A"

--A
Content-Type: text/plain; charset=utf-8

{plain_body}
--A
Content-Type: text/html; charset=utf-8

<p>From the HTML part</p>
--A--
""")

        assert parse(alternative("From the plain part")).text == "From the plain part"
        assert parse(alternative("   ")).text == "From the HTML part"

    def test_html_charset_from_meta(self) -> None:
        html = '<html><head><meta charset="windows-1252"></head><body>Café</body></html>'
        raw = wire(f"{HEAD}Content-Type: text/html\n\n") + html.encode("cp1252")
        assert parse(raw).text == "Café"

    def test_outlook_html_reply(self) -> None:
        html = """<html><body><div class="WordSection1">
<p class="MsoNormal">Thanks, see you then.</p>
<div id="Signature"><p>Sam Seeker<br>+49 170 0000000</p></div>
<div id="appendonsend"></div><hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg"><font><b>From:</b> Alice Recruiter &lt;alice@acme.example&gt;<br>
<b>Sent:</b> Monday, January 8, 2024 10:00 AM<br><b>To:</b> Sam Seeker<br>
<b>Subject:</b> Interview</font></div><div><p>Does Tuesday work?</p></div></div></body></html>"""
        mail = parse(wire(f"{HEAD}Content-Type: text/html; charset=utf-8\n\n{html}"))
        assert mail.text == "Thanks, see you then."
        assert mail.signature == "Sam Seeker\n+49 170 0000000"
        assert mail.quoted.startswith("From: Alice Recruiter")
        assert "Does Tuesday work?" in mail.quoted

    def test_broken_html_never_raises(self) -> None:
        for html in ["<div><p>unclosed", "<![CDATA[x", "<a href='", "</div></div>text<", "<" * 500]:
            html_to_text(html)


QUOTED = {
    "en": (
        "Thanks, Tuesday works for me.\n\n"
        "On Mon, Jan 8, 2024 at 10:00 AM Alice Recruiter <\nalice@acme.example> wrote:\n\n"
        "> Would Tuesday at 2pm work?\n>\n> Alice\n"
    ),
    "de": (
        "Danke, Dienstag passt.\n\n"
        "Am 08.01.2024 um 10:00 schrieb Alice Recruiter <alice@acme.example>:\n"
        "> Passt Ihnen Dienstag um 14 Uhr?\n"
    ),
    "fr": (
        "Merci, mardi me convient.\n\n"
        "Le lun. 8 janv. 2024 à 10:00, Alice Recruiter <alice@acme.example> a écrit\u00a0:\n"
        "> Mardi 14h vous convient-il ?\n"
    ),
    "es": (
        "Gracias, el martes me va bien.\n\n"
        "El lun, 8 ene 2024 a las 10:00, Alice Recruiter (<alice@acme.example>) escribió:\n"
        "> ¿Le va bien el martes a las 14h?\n"
    ),
    "en-outlook": (
        "Thanks, Tuesday works for me.\n\n________________________________\n"
        "From: Alice Recruiter <alice@acme.example>\nSent: Monday, January 8, 2024 10:00 AM\n"
        "To: Sam Seeker <sam@example.org>\nSubject: Interview\n\nWould Tuesday work?\n"
    ),
    "de-outlook": (
        "Danke, Dienstag passt.\n\nVon: Alice Recruiter <alice@acme.example>\n"
        "Gesendet: Montag, 8. Januar 2024 10:00\nAn: Sam Seeker\nBetreff: Interview\n\n"
        "Passt Dienstag?\n"
    ),
    "fr-outlook": (
        "Merci, mardi me convient.\n\nDe : Alice Recruiter <alice@acme.example>\n"
        "Envoyé : lundi 8 janvier 2024 10:00\nÀ : Sam Seeker\nObjet : Entretien\n\n"
        "Mardi ?\n"
    ),
    "es-outlook-el": (
        "Gracias, el martes me va bien.\n\nDe: Alice Recruiter <alice@acme.example>\n"
        "Enviado el: lunes, 8 de enero de 2024 10:00\nPara: Sam Seeker\nAsunto: Entrevista\n\n"
        "¿El martes?\n"
    ),
    "es-outlook": (
        "Gracias, el martes me va bien.\n\nDe: Alice Recruiter <alice@acme.example>\n"
        "Enviado: lunes, 8 de enero de 2024 10:00\nPara: Sam Seeker\nAsunto: Entrevista\n\n"
        "¿El martes?\n"
    ),
    "original-message": (
        "Thanks, Tuesday works for me.\n\n-----Original Message-----\n"
        "From: Alice Recruiter\nSent: Monday\n\nWould Tuesday work?\n"
    ),
    "de-original": (
        "Danke, Dienstag passt.\n\n-----Ursprüngliche Nachricht-----\n"
        "Von: Alice Recruiter\nGesendet: Montag\n\nPasst Dienstag?\n"
    ),
    "fr-original": (
        "Merci, mardi me convient.\n\n-----Message d'origine-----\nDe : Alice\n\nMardi ?\n"
    ),
    "es-original": (
        "Gracias, el martes me va bien.\n\n-----Mensaje original-----\nDe: Alice\n\n¿Martes?\n"
    ),
    "outlook-mac": (
        "Thanks, Tuesday works for me.\n\nFrom: Alice Recruiter <alice@acme.example>\n"
        "Date: Monday, 8 January 2024 at 10:00\nTo: Sam Seeker <sam@example.org>\n"
        "Subject: Interview\n\nWould Tuesday work?\n"
    ),
}
NEW_TEXT = {
    "en": "Thanks, Tuesday works for me.",
    "de": "Danke, Dienstag passt.",
    "fr": "Merci, mardi me convient.",
    "es": "Gracias, el martes me va bien.",
}


class TestQuotedReplies:
    @pytest.mark.parametrize("case", sorted(QUOTED))
    def test_quoted_part_is_set_apart(self, case: str) -> None:
        mail = parse(plain(QUOTED[case]))
        language = case.split("-")[0] if case.split("-")[0] in NEW_TEXT else "en"
        assert mail.text == NEW_TEXT[language]
        assert mail.quoted
        assert NEW_TEXT[language] not in mail.quoted
        assert "?" in mail.quoted

    def test_bottom_posting_keeps_the_reply(self) -> None:
        body = (
            "On Mon, Jan 8, 2024 at 10:00 AM Alice <alice@acme.example> wrote:\n"
            "> Would Tuesday work?\n\nYes, Tuesday is fine.\n\n-- \nSam\n"
        )
        new, quoted, signature = split_reply(body)
        assert new == "Yes, Tuesday is fine."
        assert quoted.startswith("On Mon") and "> Would Tuesday work?" in quoted
        assert signature == "Sam"

    def test_interleaved_reply(self) -> None:
        body = "> Tuesday?\nYes.\n> Remote?\nOn site please.\n"
        new, quoted, _ = split_reply(body)
        assert new == "Yes.\nOn site please."
        assert quoted == "> Tuesday?\n> Remote?"

    def test_unknown_language_attribution_before_a_quote(self) -> None:
        body = "Ok!\n\n2024-01-08 10:00 GMT+01:00 Alice <alice@acme.example>:\n> Dienstag?\n"
        new, quoted, _ = split_reply(body)
        assert new == "Ok!"

    def test_ordinary_sentences_are_not_boundaries(self) -> None:
        body = (
            "On Tuesday I can do any time.\nFrom: our side, nothing is missing.\n"
            "Le poste est intéressant.\nAm Montag bin ich frei:\n- 10 Uhr\n"
        )
        new, quoted, signature = split_reply(body)
        assert new == body.strip()
        assert quoted == "" and signature == ""


class TestFlowed:
    def test_format_flowed_is_joined(self) -> None:
        head = HEAD + "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n"
        body = (
            "We will get back to you with \nin a week.\n\n> Quoted and  \n> wrapped.\n-- \nAlice\n"
        )
        mail = parse(wire(f"{head}\n{body}"))
        assert mail.text == "We will get back to you within a week."
        assert mail.quoted == "> Quoted and wrapped."
        assert mail.signature == "Alice"

    def test_unflow_without_delsp_keeps_the_space(self) -> None:
        assert unflow("one \ntwo\n three") == "one two\nthree"

    def test_fixed_text_is_left_alone(self) -> None:
        mail = parse(plain("line one \nline two"))
        assert mail.text == "line one\nline two"


class TestSignature:
    def test_dash_dash_space(self) -> None:
        mail = parse(plain("See you Tuesday.\n\n-- \nSam Seeker\n+49 170 0000000\n"))
        assert mail.text == "See you Tuesday."
        assert mail.signature == "Sam Seeker\n+49 170 0000000"

    def test_signature_then_quote(self) -> None:
        body = "Thanks!\n-- \nSam\n\nOn Mon, 8 Jan 2024, Alice <a@acme.example> wrote:\n> Hi\n"
        mail = parse(plain(body))
        assert (mail.text, mail.signature) == ("Thanks!", "Sam")
        assert mail.quoted.startswith("On Mon")

    @pytest.mark.parametrize(
        "footer",
        [
            "Sent from my iPhone",
            "Von meinem iPhone gesendet",
            "Envoyé de mon iPad",
            "Enviado desde mi iPhone",
            "Get Outlook for Android",
        ],
    )
    def test_mobile_footers(self, footer: str) -> None:
        mail = parse(plain(f"Works for me.\n\n{footer}\n"))
        assert mail.text == "Works for me."
        assert mail.signature == footer

    def test_a_long_tail_after_dashes_is_not_a_signature(self) -> None:
        body = "Intro\n--\n" + "\n".join(f"point {i}" for i in range(60))
        new, _, signature = split_reply(body)
        assert signature == "" and new.endswith("point 59")


# --- structure ------------------------------------------------------------------------------------


class TestStructure:
    def test_gmail_invite_is_counted_once(self) -> None:
        ics = ICS_CANCEL.replace("METHOD:CANCEL", "METHOD:REQUEST").replace(
            "STATUS:CANCELLED", "STATUS:CONFIRMED"
        )
        text = f"""{HEAD}MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="M"

--M
Content-Type: multipart/alternative; boundary="A"

--A
Content-Type: text/plain; charset=UTF-8

Invitation: Interview
--A
Content-Type: text/calendar; charset=UTF-8; method=REQUEST

{ics}--A--
--M
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

{base64.encodebytes(ics.encode()).decode()}--M--
"""
        mail = parse(wire(text))
        assert len(mail.invites) == 1
        assert mail.invites[0].method == "REQUEST"
        assert mail.text == "Invitation: Interview"
        assert mail.attachments == ("invite.ics",)

    def test_related_resources_are_not_text(self) -> None:
        text = f"""{HEAD}MIME-Version: 1.0
Content-Type: multipart/related; boundary="R"

--R
Content-Type: text/html; charset=utf-8

<p>Root</p><img src="cid:logo">
--R
Content-Type: text/html; charset=utf-8
Content-ID: <extra>

<p>Resource</p>
--R
Content-Type: image/png; name="logo.png"
Content-ID: <logo>
Content-Transfer-Encoding: base64

iVBORw0KGgo=
--R--
"""
        mail = parse(wire(text))
        assert mail.text == "Root"
        assert mail.attachments == ("logo.png",)

    def test_forwarded_message_is_quoted(self) -> None:
        inner = (
            "From: Alice <alice@acme.example>\nSubject: Offer\nDate: Mon, 8 Jan 2024 10:00:00 +0100"
            "\nContent-Type: text/plain\n\nWe are happy to offer you the role.\n"
        )
        text = f"""{HEAD}MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="F"

--F
Content-Type: text/plain

FYI, see below.
--F
Content-Type: message/rfc822
Content-Disposition: attachment; filename="Offer.eml"

{inner}
--F--
"""
        mail = parse(wire(text))
        assert mail.text == "FYI, see below."
        assert "We are happy to offer you the role." in mail.quoted
        assert "Subject: Offer" in mail.quoted
        assert mail.attachments == ("Offer.eml",)

    def test_leading_blank_lines_before_headers(self) -> None:
        mail = parse(b"   \r\n\r\n" + wire(HEAD + "\nbody"))
        assert mail.message_id == "m1@acme.example"
        assert mail.text == "body"

    def test_mbox_from_line(self) -> None:
        mail = parse(wire("From alice@acme.example Mon Jan  8 10:00:00 2024\n" + HEAD + "\nbody"))
        assert mail.sender == Person("Alice Recruiter", "alice@acme.example")

    def test_crlf_lf_and_cr_line_ends(self) -> None:
        for sep in (b"\r\n", b"\n"):
            mail = parse(
                HEAD.replace("\n", "\r\n").encode().replace(b"\r\n", sep) + sep + b"a" + sep
            )
            assert mail.text == "a" and mail.subject == "Interview"


def nested(depth: int) -> bytes:
    """A message whose multiparts nest `depth` deep, each the only part of the one above."""
    parts = "".join(
        f"--b{i}\r\nContent-Type: multipart/mixed; boundary=b{i + 1}\r\n\r\n" for i in range(depth)
    )
    return wire(HEAD + "Content-Type: multipart/mixed; boundary=b0\n\n") + parts.encode()


class TestUnreadable:
    def test_empty(self) -> None:
        mail = parse(b"")
        assert mail.unreadable == "empty message"
        assert mail.message_id.endswith("@followup.invalid")

    def test_no_headers(self) -> None:
        mail = parse(b"\x00\x01\x02 random junk that is not mail \xff\xfe")
        assert mail.unreadable is not None and "no mail headers" in mail.unreadable

    def test_not_bytes(self) -> None:
        assert parse(12345).unreadable == "not bytes: int"  # type: ignore[arg-type]

    def test_str_is_accepted(self) -> None:
        assert parse(HEAD + "\nhi").subject == "Interview"  # type: ignore[arg-type]

    def test_deep_nesting(self) -> None:
        mail = parse(nested(3000))
        check_invariants(mail)
        assert mail.subject == "Interview"
        assert mail.unreadable is None or "nested" in mail.unreadable

    def test_moderate_nesting_is_followed_to_the_limit(self) -> None:
        depth = 40
        raw = nested(depth)
        raw += f"--b{depth}\r\nContent-Type: text/plain\r\n\r\ndeep\r\n".encode()
        mail = parse(raw)
        assert any("nested deeper" in n for n in mail.notes)


class TestSize:
    def test_big_text_is_capped_and_noted_quickly(self) -> None:
        body = "".join(f"> quoted line {i}\nnew line {i}\nOn {i} x wrote\n" for i in range(120_000))
        raw = plain(body)
        started = time.perf_counter()
        mail = parse(raw)
        elapsed = time.perf_counter() - started
        assert len(mail.text) <= MAX_TEXT
        assert any("text cut" in n for n in mail.notes)
        assert elapsed < 10, elapsed

    def test_huge_single_line_and_huge_html(self) -> None:
        started = time.perf_counter()
        parse(plain("x" * 3_000_000))
        html = "<div>" + "<p>a</p>" * 300_000 + "</div>"
        parse(wire(f"{HEAD}Content-Type: text/html\n\n{html}"))
        assert time.perf_counter() - started < 20


# --- fuzz -----------------------------------------------------------------------------------------

SEEDS = [
    plain(QUOTED["de-outlook"]),
    wire(f"{HEAD}Content-Type: text/html; charset=utf-8\n\n{HTML_ONLY}"),
    wire(f"{HEAD}Content-Type: text/calendar; method=CANCEL\n\n{ICS_CANCEL}"),
]
if REALMAIL.is_dir():
    SEEDS += [p.read_bytes() for p in sorted(REALMAIL.glob("*.eml"))]


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("a \t\n\r\xa0\u200b\x00é"), max_size=40))
def test_text_normalisation_skips_only_steps_with_nothing_to_do(text: str) -> None:
    import re

    from followup.mail import _normalise

    # Every step on every text, as the steps are defined.
    expected = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    expected = re.sub("[\u200b\u200c\u200d\u2060\ufeff\u034f\u00ad]", "", expected)
    expected = re.sub(r"[ \t\xa0]+\n", "\n", expected.replace("\xa0", " "))
    assert _normalise(text) == re.sub(r"\n{3,}", "\n\n", expected)


def test_an_empty_filename_falls_back_to_the_content_type_name() -> None:
    raw = wire(
        f"{HEAD}MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n"
        "--b\nContent-Type: text/plain\n\nHello\n"
        '--b\nContent-Type: application/pdf; name="cv.pdf"\n'
        'Content-Disposition: attachment; filename=""\n\nJVBERi0=\n'
        "--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment\n\nxx\n"
        "--b--\n"
    )
    mail = parse(raw)
    assert mail.attachments == ("cv.pdf",)
    assert mail.text == "Hello"


_HEADER_LINES = [
    "From: Alice Recruiter <alice@acme.example>",
    "From: =?utf-8?q?Ren=C3=A9e?= <renee@acme.example>",
    'To: sam@example.org, "Roe, Jane" <jane@example.org>',
    "Subject: =?iso-8859-1?q?Gespr=E4ch_=96_Termin?=",
    "Subject: Interview\n next week",
    "Subject: Gr\udcfc\udcdfe",
    "Date: Mon, 08 Jan 2024 10:00:00 +0100",
    "Message-ID: <m1@acme.example>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="b1"',
    "Content-Type: multipart/alternative",
    "Content-Type: multipart/mixed; boundary*=idna''abc",  # the stdlib raises reading it
    "Content-Type: message/rfc822",
    "Content-Type: message/delivery-status",
    "Content-Type: text/calendar; method=CANCEL; name=invite.ics",
    "Content-Type: application/pkcs7-mime; name=smime.p7m",
    "Content-Type: text/plain; charset*=utf-8''%C3%A9; format=flowed",
    'Content-Type: text/html; name*0="a"; name*1="b.ics"',
    'Content-Disposition: attachment; filename="cv.pdf"',
    "Content-Transfer-Encoding: base64",
    "X-Odd: \x01\x7f",
    "not a header line",
]


class TestHeadersAlone:
    """A header fetch (headers up to the blank line, nothing after) takes a shortcut past the
    MIME pass; it must give what the whole parse gives."""

    @staticmethod
    def both(data: bytes) -> tuple[Mail, Mail]:
        import followup.mail as module

        fast = parse(data)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(module, "_ends_at_first_blank_line", lambda source: False)
            slow = parse(data)
        return fast, slow

    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(st.sampled_from(_HEADER_LINES), min_size=1, max_size=8),
        st.sampled_from(["\r\n", "\n"]),
        st.sampled_from(["", "\r\n", "\n", "body\r\n", "\n--b1\n"]),
    )
    def test_same_mail_as_the_whole_parse(self, lines: list[str], end: str, more: str) -> None:
        data = (end.join(lines) + end + end + more).encode("utf-8", "surrogateescape")
        fast, slow = self.both(data)
        assert fast == slow

    @pytest.mark.parametrize("index", range(len(SEEDS)))
    def test_headers_of_real_messages(self, index: int) -> None:
        raw = SEEDS[index]
        end = min(i + len(b) for b in (b"\r\n\r\n", b"\n\n") if (i := raw.find(b)) >= 0)
        fast, slow = self.both(raw[:end])
        assert fast == slow
        assert fast.headers and fast.message_id


class TestFuzz:
    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.binary(max_size=2000))
    def test_random_bytes_never_raise(self, data: bytes) -> None:
        check_invariants(parse(data))
        check_invariants(parse(wire(HEAD) + data))

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.data())
    def test_mutated_real_messages_never_raise(self, data: st.DataObject) -> None:
        source = bytearray(data.draw(st.sampled_from(SEEDS)))
        for _ in range(data.draw(st.integers(1, 10))):
            if not source:
                break
            position = data.draw(st.integers(0, len(source) - 1))
            action = data.draw(st.sampled_from(["flip", "cut", "insert", "newline"]))
            if action == "flip":
                source[position] = data.draw(st.integers(0, 255))
            elif action == "cut":
                del source[position : position + data.draw(st.integers(1, 200))]
            elif action == "insert":
                source[position:position] = data.draw(st.binary(min_size=1, max_size=40))
            else:
                source[position:position] = data.draw(st.sampled_from([b"\r\n", b"\n", b"\r"]))
        check_invariants(parse(bytes(source)))

    @settings(max_examples=100, deadline=None)
    @given(st.text(max_size=300))
    def test_random_header_values(self, value: str) -> None:
        raw = "".join(
            f"{name}: {value}\n" for name in ("From", "To", "Subject", "Date", "Message-ID")
        )
        check_invariants(parse(raw.encode("utf-8", "surrogateescape") + b"\nbody"))
