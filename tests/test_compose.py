"""Drafts: template variables from an action, and RFC 5322 messages that parse back exactly."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from typing import Any

import pytest
from factories import ANA, BEN, RITA
from followup import paths
from followup.compose import (
    MAX_REFERENCES,
    Draft,
    Thread,
    compose,
    draft_message_id,
    first_name,
    greeting_names,
    message_id,
    references,
    template_name,
    thread_subject,
    variables,
)
from followup.config import Profile, Reference
from followup.mail import parse as read_mail
from followup.model import Action, ActionKind, Application, Person, State
from followup.templates import Rendered, Templates, sample_variables, template_dir
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

TEMPLATES = Templates.load(template_dir(paths.shipped_rules_dir()))
NOW = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
CHLOE = Person("Chloé Martin", "chloe@acme.example")
PROFILE = Profile(
    name="Dana Whitfield",
    email="dana@example.org",
    signature="Dana Whitfield\n+49 30 1234567\nlinkedin.com/in/dana",
)
SAM = Reference(
    "Sam Lee", "sam@globex.example", "my manager at Globex", "2021-2023", "the payments migration"
)
THREAD = Thread("AW: Re: Your interview with Acme", "m3@acme.example", ("<m1@acme.example>",))
EXPECTED_HEADERS = [
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "in-reply-to",
    "references",
    "x-followup-action",
    "content-type",
    "content-transfer-encoding",
    "mime-version",
]


def application(**changes: Any) -> Application:
    app = Application(
        id="acme-1a2b3c4d",
        company="Acme",
        role="Data Engineer",
        state=State.WAITING,
        created=datetime(2026, 2, 20, tzinfo=UTC),
        interview_start=datetime(2026, 3, 3, 9, tzinfo=UTC),  # 10:00 in Berlin, a Tuesday
        interview_end=datetime(2026, 3, 3, 10, tzinfo=UTC),
        interviewers=(ANA,),
        contact=RITA,
        subject="Your interview with Acme",
    )
    return replace(app, **changes)


def action(step: str = "thank_you", to: tuple[Person, ...] = (ANA,), **changes: Any) -> Action:
    kind = {
        "thank_you": ActionKind.DRAFT_THANK_YOU,
        "follow_up_1": ActionKind.DRAFT_FOLLOW_UP,
        "follow_up_2": ActionKind.DRAFT_FOLLOW_UP,
        "references": ActionKind.DRAFT_REFERENCE_HEADS_UP,
        "rejection_reply": ActionKind.DRAFT_REJECTION_REPLY,
    }[step.split(":")[0].split("@")[0]]
    made = Action(
        id=f"acme-1a2b3c4d.r1.{step}",
        application_id="acme-1a2b3c4d",
        kind=kind,
        step=step,
        round=1,
        created=NOW,
        to=to,
    )
    return replace(made, **changes)


def draft(
    act: Action | None = None,
    app: Application | None = None,
    profile: Profile = PROFILE,
    thread: Thread = THREAD,
    reference: Reference | None = None,
    to: tuple[Person, ...] | None = None,
) -> tuple[Rendered, Draft]:
    """Render the shipped template for `act` and compose it, the way the shell does."""
    act = act or action()
    app = app or application()
    values = variables(act, app, profile, thread, zone="Europe/Berlin", reference=reference)
    rendered = TEMPLATES.render(template_name(act), values)
    recipients = to if to is not None else act.to
    return rendered, compose(act, app, profile, rendered, thread, now=NOW, to=recipients)


def text_of(message: EmailMessage) -> str:
    """The decoded body with LF line ends (quoted-printable decodes to the wire's CRLF)."""
    content = message.get_content()
    assert isinstance(content, str)
    return content.replace("\r\n", "\n")


def parse(message: EmailMessage) -> EmailMessage:
    parsed = BytesParser(policy=policy.default).parsebytes(message.as_bytes())
    assert isinstance(parsed, EmailMessage)
    return parsed


def header_lines(raw: bytes) -> list[bytes]:
    head = raw.split(b"\r\n\r\n", 1)[0]
    return head.split(b"\r\n")


def assert_wire_safe(raw: bytes, expected: list[str] = EXPECTED_HEADERS) -> None:
    """CRLF only, every line within RFC 5322's 998 octets, 7-bit clean, no extra header."""
    assert raw.endswith(b"\r\n")
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert b"\r" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    assert raw.isascii()
    names = [
        line.split(b":", 1)[0].decode().lower()
        for line in header_lines(raw)
        if line and not line[:1].isspace()
    ]
    assert names == expected
    assert not re.search(rb"(?im)^bcc", raw)


# --- headers --------------------------------------------------------------------------------


def test_headers_parse_back() -> None:
    rendered, message = draft()
    raw = message.as_bytes()
    assert_wire_safe(raw)
    parsed = parse(message)
    assert parsed["From"].addresses[0].display_name == "Dana Whitfield"
    assert parsed["From"].addresses[0].addr_spec == "dana@example.org"
    assert [a.addr_spec for a in parsed["To"].addresses] == ["ana.ruiz@acme.example"]
    assert parsed["To"].addresses[0].display_name == "Ana Ruiz"
    assert parsed["Subject"] == rendered.subject == "Thank you for the Data Engineer interview"
    assert parsed["Message-ID"] == "<followup.acme-1a2b3c4d.r1.thank_you@example.org>"
    assert parsed["In-Reply-To"] == "<m3@acme.example>"
    assert parsed["References"] == "<m1@acme.example> <m3@acme.example>"
    assert parsed["X-Followup-Action"] == "acme-1a2b3c4d.r1.thank_you"
    assert parsedate_to_datetime(parsed["Date"]) == NOW
    assert parsed["MIME-Version"] == "1.0"
    assert parsed.get_content_type() == "text/plain"
    assert parsed.get_content_charset() == "utf-8"
    assert parsed["Content-Transfer-Encoding"] == "quoted-printable"
    assert text_of(parsed) == rendered.body
    assert message.skipped == ()


def test_the_bytes_do_not_depend_on_the_policy_passed_at_write_time() -> None:
    _, message = draft()
    assert message.as_bytes() == message.as_bytes(policy=policy.SMTP)


def test_reply_subject_drops_the_thread_prefixes() -> None:
    rendered, message = draft(action("follow_up_1", to=(RITA,)))
    assert rendered.subject == "Re: Your interview with Acme"
    assert parse(message)["Subject"] == "Re: Your interview with Acme"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Re: RE: AW: Interview", "Interview"),
        ("Aw: Sv: Antw: Interview", "Interview"),
        ("Re[2]: Interview", "Interview"),
        ("Fwd: Interview", "Fwd: Interview"),
        ("Reminder: Interview", "Reminder: Interview"),
        ("  Re:\r\n   Interview\t ", "Interview"),
        ("", ""),
    ],
)
def test_thread_subject(subject: str, expected: str) -> None:
    assert thread_subject(subject) == expected


def test_no_thread_subject_gives_a_subject_of_its_own() -> None:
    no_thread = Thread("", None, ())
    rendered, message = draft(action("follow_up_1", to=(RITA,)), thread=no_thread)
    assert rendered.subject == "Following up on my interview"
    parsed = parse(message)
    assert parsed["In-Reply-To"] is None and parsed["References"] is None


def test_an_empty_rendered_subject_falls_back() -> None:
    act = action("follow_up_2", to=(RITA,))
    empty = Rendered("", "Hello,\n")
    with_thread = compose(act, application(), PROFILE, empty, THREAD, now=NOW, to=act.to)
    assert with_thread["Subject"] == "Re: Your interview with Acme"
    alone = compose(act, application(), PROFILE, empty, Thread("", None), now=NOW, to=act.to)
    assert alone["Subject"] == "Following up on my interview: Data Engineer"


def test_umlauts_and_japanese_round_trip() -> None:
    jurgen = Person("Jürgen Müller-Lüdenscheidt", "juergen@firma.example")
    subject = "面接のお礼 — Data Engineer（東京）"
    profile = replace(PROFILE, name="Dörte Ä. Weiß")
    act = action(to=(jurgen,))
    rendered = Rendered(subject, "Grüße aus Köln — ありがとうございました。\n" + "ü" * 300 + "\n")
    message = compose(act, application(), profile, rendered, THREAD, now=NOW, to=act.to)
    raw = message.as_bytes()
    assert_wire_safe(raw)
    assert b"=?utf-8?" in raw  # RFC 2047 encoded words, written by the policy
    parsed = parse(message)
    assert parsed["Subject"] == subject
    assert parsed["From"].addresses[0].display_name == "Dörte Ä. Weiß"
    assert parsed["To"].addresses[0].display_name == "Jürgen Müller-Lüdenscheidt"
    assert text_of(parsed) == rendered.body


def test_an_international_domain_is_written_as_punycode() -> None:
    person = Person("Zoë", "zoe@bücher.example")
    rendered = Rendered("Hallo", "Hallo\n")
    message = compose(action(to=(person,)), application(), PROFILE, rendered, THREAD, now=NOW,
                      to=(person,))  # fmt: skip
    assert parse(message)["To"].addresses[0].addr_spec == "zoe@xn--bcher-kva.example"


# --- injection ------------------------------------------------------------------------------

EVIL = "Ana\r\nBcc: evil@attacker.example\r\n\r\nbody"


def test_crlf_in_a_display_name_adds_no_header() -> None:
    person = Person(EVIL, "ana.ruiz@acme.example")
    _, message = draft(action(to=(person,)))
    raw = message.as_bytes()
    assert_wire_safe(raw)
    parsed = parse(message)
    assert parsed["Bcc"] is None
    assert [a.addr_spec for a in parsed["To"].addresses] == ["ana.ruiz@acme.example"]
    assert "\n" not in parsed["To"].addresses[0].display_name
    assert text_of(parsed).startswith("Hi Ana,\n")


def test_crlf_in_a_subject_adds_no_header() -> None:
    thread = Thread(EVIL, "m3@acme.example", ())
    rendered, message = draft(action("follow_up_1", to=(RITA,)), thread=thread)
    assert rendered.subject == "Re: Ana Bcc: evil@attacker.example body"
    assert_wire_safe(message.as_bytes())
    assert parse(message)["Bcc"] is None
    rendered = Rendered("Hi\r\nBcc: evil@attacker.example\nX-Evil: 1", "body\n")
    message = compose(action(), application(), PROFILE, rendered, THREAD, now=NOW, to=(ANA,))
    assert_wire_safe(message.as_bytes())
    assert parse(message)["Subject"] == "Hi Bcc: evil@attacker.example X-Evil: 1"


def test_crlf_in_message_ids_adds_no_header() -> None:
    thread = Thread(
        "x", "m3@acme.example>\r\nBcc: evil@attacker.example", ("<m1@x>\r\nX-Evil: 1", "m2@x")
    )
    _, message = draft(thread=thread)
    assert_wire_safe(message.as_bytes(), [h for h in EXPECTED_HEADERS if h != "in-reply-to"])
    parsed = parse(message)
    assert parsed["Bcc"] is None and parsed["X-Evil"] is None
    assert parsed["In-Reply-To"] is None  # "id>...": not an id, so nothing to reply to
    assert parsed["References"] == "<m2@x>"  # "<m1@x>X-Evil:1" is no id either


@pytest.mark.parametrize(
    "text",
    [
        "=?utf-8?q?=0D=0ABcc:_evil@attacker.example?=",
        "=?utf-8?b?DQpCY2M6IGV2aWxAYXR0YWNrZXIuZXhhbXBsZQ==?=",
        "Ana =?utf-8?q?Ruiz=0D=0ABcc:_evil@attacker.example?= x",
        "=?utf-8?q?=?utf-8?q?=0D=0ABcc:_x@y?==?utf-8?q?=0D=0ABcc:_x@y?=",
        '=?utf-8?q?"?=\u00a1',
    ],
)
def test_encoded_words_in_text_are_not_decoded_into_headers(text: str) -> None:
    # The stdlib decodes an encoded word in a value it is handed, then writes it raw.
    person = Person(text, "ana.ruiz@acme.example")
    rendered = Rendered(text, "body\n")
    message = compose(action(), application(), PROFILE, rendered, THREAD, now=NOW, to=(person,))
    assert_wire_safe(message.as_bytes())
    parsed = parse(message)
    assert parsed["Bcc"] is None
    assert [a.addr_spec for a in parsed["To"].addresses] == ["ana.ruiz@acme.example"]
    assert "\n" not in str(parsed["Subject"]) + parsed["To"].addresses[0].display_name


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<a@b>", "a@b"),
        ("a@b", "a@b"),
        (" <a@\r\n b.example> ", "a@b.example"),  # folded inside the id
        ("<a@b\r\nBcc: x@y>", "a@bBcc:x@y"),  # an odd id, but one token on one line
        ("a@b>\r\nBcc: x@y", ""),
        ("<a b@c> <d@e>", ""),
        ("ünï@code", ""),
        ("x" * 901 + "@b", ""),
        ("", ""),
    ],
)
def test_message_ids_are_one_safe_token(value: str, expected: str) -> None:
    assert message_id(value) == expected


_NAME_TEXT = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from(list('\r\n\t\x00\x0b\x0c\x1c\x85\u2028\u2029\u202e"\\<>@,;:()=?')),
        st.sampled_from(["=?utf-8?q?", "=?utf-8?b?", "?=", "=0D=0A", "DQo=", "Bcc:", " "]),
        st.sampled_from(["\r\nBcc: x@y", "\r\n\r\n", "=?utf-8?q?=0D=0ABcc:_x@y?="]),
        st.text(max_size=20),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_NAME_TEXT, subject=_NAME_TEXT, reply_to=_NAME_TEXT)
def test_no_text_in_a_name_subject_or_id_injects_a_header(
    name: str, subject: str, reply_to: str
) -> None:
    person = Person(name, "ana.ruiz@acme.example")
    act = action(to=(person,))
    thread = Thread(subject, reply_to, (reply_to, "m1@acme.example"))
    values = variables(act, application(), PROFILE, thread, zone="Europe/Berlin")
    rendered = Rendered(f"Re: {values['thread_subject']}", f"{values['greeting']}\n")
    message = compose(act, application(), PROFILE, rendered, thread, now=NOW, to=act.to)
    raw = message.as_bytes()
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    names = [
        line.split(b":", 1)[0].lower()
        for line in header_lines(raw)
        if line and not line[:1].isspace()
    ]
    assert b"bcc" not in names and len(names) == len(set(names))
    assert set(names) <= {n.encode() for n in EXPECTED_HEADERS}
    parsed = parse(message)
    assert [a.addr_spec for a in parsed["To"].addresses] == ["ana.ruiz@acme.example"]
    assert "\n" not in str(parsed["Subject"]) and "\r" not in str(parsed["Subject"])


# --- addresses ------------------------------------------------------------------------------


def test_unusable_addresses_are_left_out_and_reported() -> None:
    people = (
        ANA,
        Person("Broken", "not an address"),
        Person("Ana again", "ANA.RUIZ@acme.example"),
        Person("Nobody", "nobody@"),
        Person("Ünï", "ünï@acme.example"),
        BEN,
    )
    _, message = draft(action(to=people))
    assert [a.addr_spec for a in parse(message)["To"].addresses] == [
        "ana.ruiz@acme.example",
        "ben@acme.example",
    ]
    assert message.skipped == (
        "Broken <not an address>",
        "Nobody <nobody@>",
        "Ünï <ünï@acme.example>",
    )


@pytest.mark.parametrize(
    "name", ["Ruiz, Ana", "Ana Ruiz (Acme)", 'Ana "the data one" Ruiz', "O'Neil; Shaun"]
)
def test_names_that_need_quoting_read_back_unchanged(name: str) -> None:
    _, message = draft(action(to=(Person(name, "ana.ruiz@acme.example"),)))
    assert parse(message)["To"].addresses[0].display_name == name


def test_a_draft_without_any_usable_recipient_has_no_to() -> None:
    _, message = draft(action(to=()), app=application(contact=None))
    assert message["To"] is None
    assert text_of(message).startswith("Hello,\n")


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        compose(action(), application(), PROFILE, Rendered("x", "y\n"), THREAD,
                now=datetime(2026, 3, 4), to=(ANA,))  # fmt: skip


def test_a_broken_profile_address_is_refused() -> None:
    with pytest.raises(ValueError, match="profile"):
        draft(profile=replace(PROFILE, email="dana at example.org"))


# --- threading ------------------------------------------------------------------------------


def test_references_end_with_the_replied_message_each_once() -> None:
    thread = Thread("x", "<c@x>", ("a@x", "<c@x>", "b@x", "<a@x>", "", "bad<id@x", "ü@x"))
    assert references(thread) == ("a@x", "b@x", "c@x")


def test_a_long_thread_keeps_its_root_and_the_newest() -> None:
    ids = tuple(f"m{i}@x" for i in range(30))
    chain = references(Thread("x", "reply@x", ids))
    assert len(chain) == MAX_REFERENCES
    assert chain[0] == "m0@x" and chain[-1] == "reply@x" and chain[-2] == "m29@x"


def test_long_ids_are_never_encoded_or_split() -> None:
    long = "x" * 300 + "@mail.example.com"
    thread = Thread("x", long, tuple(f"<{i}{long}>" for i in range(3)))
    long_action = action(step="thank_you:" + "f" * 120)
    _, message = draft(long_action, thread=thread)
    raw = message.as_bytes()
    assert_wire_safe(raw)
    assert b"=?" not in raw.split(b"\r\n\r\n")[0].replace(b"Subject", b"")
    parsed = parse(message)
    assert parsed["In-Reply-To"] == f"<{long}>"
    assert parsed["References"].split() == [f"<{i}{long}>" for i in range(3)] + [f"<{long}>"]
    assert parsed["X-Followup-Action"] == long_action.id


# --- Message-ID -----------------------------------------------------------------------------


def test_draft_message_id_is_a_pure_function_of_the_action() -> None:
    first = draft_message_id("acme-1a2b3c4d.r1.thank_you:9f8e7d6c", "dana@example.org")
    again = draft_message_id("acme-1a2b3c4d.r1.thank_you:9f8e7d6c", "Dana@Example.org")
    assert first == again
    assert re.fullmatch(r"<followup\.[A-Za-z0-9._-]+@example\.org>", first)
    assert first.startswith("<followup.acme-1a2b3c4d.r1.thank_you-9f8e7d6c.")
    _, message = draft(action())
    assert message["Message-ID"] == draft(action())[1]["Message-ID"]


def test_draft_message_ids_keep_unlike_action_ids_apart() -> None:
    ids = ["a:b", "a-b", "a/b", "a b", "a..b", "a.b", ".a", "a.", "ä", "ö", "a@b", "a@2"]
    made = [draft_message_id(i, "dana@example.org") for i in ids]
    assert len(set(made)) == len(ids)
    for text in made:
        left = text[1:-1].rpartition("@")[0]
        assert re.fullmatch(r"[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*", left), text


def test_draft_message_id_of_a_very_long_action_id_stays_short() -> None:
    made = draft_message_id("x" * 5000, "dana@example.org")
    assert len(made) < 200 and made == draft_message_id("x" * 5000, "dana@example.org")
    assert made != draft_message_id("x" * 4999, "dana@example.org")


@pytest.mark.parametrize(
    ("email", "domain"),
    [
        ("dana@bücher.example", "xn--bcher-kva.example"),
        ("dana", "followup.invalid"),
        ("dana@exa mple..org", "example.org"),
    ],
)
def test_draft_message_id_domain(email: str, domain: str) -> None:
    assert draft_message_id("a", email) == f"<followup.a@{domain}>"


# --- variables and greetings ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ana Ruiz", "Ana"),
        ("Ruiz, Ana", "Ana"),
        ("Ruiz Garcia, Ana María", "Ana"),
        ("Ana Ruiz, PhD", "Ana"),
        ("ANA RUIZ", "Ana"),
        ("DUPONT Jean-Luc", "Jean-Luc"),
        ("AJ Smith", "AJ"),
        ("jean-luc picard", "Jean-Luc"),
        ("Dr. Ana Ruiz", "Ana"),
        ("J. Robert Smith", "Robert"),
        ('"Ana Ruiz (Acme)"', "Ana"),
        ("Chloé Martin", "Chloé"),
        ("", ""),
        ("   ", ""),
        ("ana.ruiz", ""),
        ("ana.ruiz@acme.example", ""),
        ("Acme Talent Team", ""),
        ("Rita Recruiter", "Rita"),
        ("Ana\r\nBcc: evil@x", "Ana"),
    ],
)
def test_first_name(name: str, expected: str) -> None:
    assert first_name(name, "ana.ruiz@acme.example") == expected


def test_greeting_names() -> None:
    assert greeting_names([]) == ""
    assert greeting_names(["", ""]) == ""
    assert greeting_names(["Ana"]) == "Ana"
    assert greeting_names(["Ana", "", "Ben"]) == "Ana and Ben"
    assert greeting_names(["Ana", "Ben", "Chloé"]) == "Ana, Ben and Chloé"


def test_panel_thank_you_greets_all_three() -> None:
    panel = (ANA, BEN, CHLOE)
    rendered, message = draft(action(to=panel), app=application(interviewers=panel))
    assert rendered.body.startswith("Hi Ana, Ben and Chloé,\n\n")
    assert len(parse(message)["To"].addresses) == 3


def test_surname_first_is_greeted_by_the_first_name() -> None:
    rendered, _ = draft(action(to=(Person("Ruiz, Ana", "ana.ruiz@acme.example"),)))
    assert rendered.body.startswith("Hi Ana,\n")


def test_no_names_greets_hello() -> None:
    nameless = (Person("", "ana.ruiz@acme.example"), Person("", "ben@acme.example"))
    rendered, _ = draft(action(to=nameless), app=application(interviewers=nameless))
    assert rendered.body.startswith("Hello,\n")


def test_thank_you_has_the_signature_and_marked_gaps() -> None:
    rendered, _ = draft()
    assert "on Tuesday about the Data Engineer role at Acme" in rendered.body
    assert "[one thing you enjoyed discussing]" in rendered.body
    assert "[why this role excites you, and why you are a good fit]" in rendered.body
    assert rendered.body.endswith("Best regards,\n" + PROFILE.signature + "\n")
    assert "news" not in rendered.body


def test_thank_you_uses_the_pitch_and_the_news() -> None:
    pitch = "I have built three data platforms from scratch."
    profile = replace(PROFILE, pitch=pitch, signature="")
    act, app = action(), application()
    values = variables(act, app, profile, THREAD, zone="Europe/Berlin", news="a new office.")
    rendered = TEMPLATES.render("thank_you", values)
    assert pitch in rendered.body and "[why this role" not in rendered.body
    assert "the recent news: a new office." in rendered.body
    assert rendered.body.endswith("Best regards,\nDana Whitfield\ndana@example.org\n")


def test_follow_up_1_reminds_them_of_their_own_timeline() -> None:
    app = application(decision_date=date(2026, 3, 13), decision_text="by the end of next week")
    rendered, _ = draft(action("follow_up_1", to=(RITA,)), app=app)
    assert rendered.body.startswith("Hi Rita,\n\n")
    assert "my interview on Tuesday 3 March for the Data Engineer role at Acme" in rendered.body
    assert "You mentioned you hoped to reach a decision by Friday 13 March" in rendered.body
    assert "anything else I can send you" in rendered.body
    assert "updated timeline" in rendered.body


def test_follow_up_1_without_a_timeline() -> None:
    rendered, _ = draft(action("follow_up_1", to=(RITA,)))
    assert "You mentioned" not in rendered.body
    assert "I wanted to check in on where things stand." in rendered.body
    assert "updated timeline" in rendered.body


def test_follow_up_2_is_shorter_and_still_interested() -> None:
    first, _ = draft(action("follow_up_1", to=(RITA,)))
    second, _ = draft(action("follow_up_2@1", to=(RITA,)))
    assert len(second.body) < len(first.body)
    assert "interested" in second.body and second.subject == first.subject


def test_reference_heads_up() -> None:
    act = action("references", to=())
    to = (Person(SAM.name, SAM.email),)
    rendered, message = draft(act, thread=Thread("", None), reference=SAM, to=to)
    assert rendered.subject == "Heads-up: Acme may contact you for a reference"
    body = rendered.body
    assert body.startswith("Hi Sam,\n\n")
    assert "the Data Engineer role at Acme with Ana Ruiz on Tuesday 3 March" in body
    assert "[what the role needs most" in body and "speak to the payments migration" in body
    assert "since we last worked together (2021-2023): [what you have done" in body
    assert body.endswith("Best,\nDana\n")
    assert parse(message)["To"].addresses[0].addr_spec == "sam@globex.example"


def test_rejection_reply() -> None:
    rendered, _ = draft(action("rejection_reply", to=(RITA,)))
    assert rendered.subject == "Re: Your interview with Acme"
    assert "Thank you for letting me know" in rendered.body
    assert "considered for future roles" in rendered.body


def test_variables_in_detail() -> None:
    late = datetime(2026, 3, 3, 23, 30, tzinfo=UTC)  # already Wednesday in Berlin
    app = application(role="Data Engineer (m/w/d)", interview_start=late, round=2)
    values = variables(action("follow_up_2@1", to=()), app, PROFILE, THREAD, zone="Europe/Berlin")
    assert values["interview"] == {
        "day": "Wednesday 4 March",
        "weekday": "Wednesday",
        "date": "2026-03-04",
        "time": "00:30",
        "interviewers": [{"name": "Ana Ruiz", "first_name": "Ana", "email": ANA.email}],
        "names": "Ana Ruiz",
        "round": 2,
    }
    assert values["role"] == "Data Engineer"
    assert values["position"] == "the Data Engineer role at Acme"
    assert values["follow_up_number"] == 2
    assert values["recipients"] == [{"name": RITA.name, "first_name": "Rita", "email": RITA.email}]
    assert values["decision"] is None and values["news"] is None and values["reference"] is None
    assert values["me"]["first_name"] == "Dana"
    assert values["thread_subject"] == "Your interview with Acme"
    unknown = application(company="", role="", interview_start=None, interviewers=())
    values = variables(action(), unknown, PROFILE, THREAD, zone="UTC")
    assert values["position"] == "the role"
    assert values["interview"]["day"] == "" and values["interview"]["names"] == ""
    assert values["follow_up_number"] is None


def _shape(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_shape(value[0])] if value else []
    return type(value).__name__


@pytest.mark.parametrize("step", ["thank_you", "follow_up_1", "references"])
def test_sample_variables_have_the_shape_of_real_ones(step: str) -> None:
    act = action(step)
    app = application(decision_date=date(2026, 3, 13), decision_text="by Friday")
    reference = SAM if step == "references" else None
    real = variables(act, app, PROFILE, THREAD, zone="UTC", reference=reference, news="x")
    sample = sample_variables(template_name(act))
    assert _shape(sample) == _shape(real)


@pytest.mark.parametrize(
    ("step", "name"),
    [
        ("thank_you", "thank_you"),
        ("thank_you@1:1a2b3c4d", "thank_you"),
        ("follow_up_1", "follow_up_1"),
        ("follow_up_2@3", "follow_up_2"),
        ("references", "reference_heads_up"),
        ("rejection_reply", "rejection_reply"),
    ],
)
def test_template_name(step: str, name: str) -> None:
    assert template_name(action(step)) == name


def test_the_daemon_reads_its_own_draft_back_into_the_thread() -> None:
    """Once sent, the draft comes back through Sent: it must still belong to the thread."""
    jurgen = Person("Jürgen Müller", "juergen@acme.example")
    rendered, message = draft(action("follow_up_1", to=(jurgen,)))
    mail = read_mail(message.as_bytes())
    assert mail.unreadable is None
    assert mail.message_id == "followup.acme-1a2b3c4d.r1.follow_up_1@example.org"
    assert mail.in_reply_to == "m3@acme.example"
    assert mail.references == ("m1@acme.example", "m3@acme.example")
    assert mail.subject == rendered.subject
    assert mail.to == (Person("Jürgen Müller", "juergen@acme.example"),)
    assert mail.header("x-followup-action") == "acme-1a2b3c4d.r1.follow_up_1"
    assert "Hi Jürgen," in mail.text
