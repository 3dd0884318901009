"""All of the advice in one story, through the command line, on a real Dovecot with notices
by SMTP (aiosmtpd) and company news from a feed (a local HTTP server).

Acme Robotics: confirmation → reference heads-ups (shared with Globex's interview of the
same week) → thank-you carrying the company's good news (never its layoffs) → silence →
two follow-ups → rejection → a gracious reply. Globex Systems: its first follow-up, approved
by the user with the $FollowupSend tag on a Friday evening, goes out on Monday at 09:00 and
is filed in Sent — once.
"""

from __future__ import annotations

import email
import email.policy
import shutil
import threading
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from followup.paths import shipped_rules_dir
from followup.store import Store
from loopback import HOST, Tls
from smtpserver import PASSWORD, USER, Inbox, smtp_server
from story import ME, RECRUITER, at, company_reply, config_text, confirmation, once
from test_references import REFERENCES, globex_confirmation
from testmail import folder_messages

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.usefixtures("berlin_user")]

FEED = b"""<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>
<title>Acme Robotics news</title>
<item><title>Acme Robotics announces layoffs in Munich</title><link>https://acme.example/l</link>
<pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate></item>
<item><title>Acme Robotics opens a Berlin office</title><link>https://acme.example/berlin</link>
<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate></item>
</channel></rss>"""


@pytest.fixture
def feed() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            self.wfile.write(FEED)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer((HOST, 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}/feed.xml"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def smtp(dovecot_tls: Tls) -> Iterator[tuple[Inbox, int, Tls]]:
    with smtp_server(dovecot_tls, "tls") as (inbox, port):
        yield inbox, port, dovecot_tls


def _config(dovecot: Any, tmp_path: Path, feed: str, smtp_port: int, tls: Tls) -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(shipped_rules_dir(), rules, ignore=shutil.ignore_patterns("__*"))
    timing = rules / "timing.yaml"
    timing.write_text(timing.read_text().replace("heads_up: on_request", "heads_up: every_round"))
    secret = tmp_path / "smtp.password"
    secret.write_text(PASSWORD + "\n")
    secret.chmod(0o600)
    text = config_text(dovecot, tmp_path / "state").replace(
        "  signature: |", REFERENCES + "  signature: |"
    )
    text += (
        f"rules_dir: {rules}\n"
        f"smtp:\n  host: {HOST}\n  port: {smtp_port}\n  security: tls\n  username: {USER}\n"
        f"  password_file: {secret}\n  ca_file: {tls.ca_file}\n"
        f"news:\n  feeds:\n    Acme Robotics: {feed}\n"
        "send_later:\n  enabled: true\n"
    )
    config = tmp_path / "config.yaml"
    config.write_text(text)
    return config


def drafts(dovecot: Any) -> list[tuple[int, EmailMessage]]:
    return [(uid, message) for uid, _, message in folder_messages(dovecot, "Drafts")]


def body(message: EmailMessage) -> str:
    return str(message.get_body(("plain",)).get_content())  # type: ignore[union-attr]


def new_drafts(dovecot: Any, before: set[str]) -> list[EmailMessage]:
    return [m for _, m in drafts(dovecot) if str(m["Message-ID"]) not in before]


def ids(dovecot: Any) -> set[str]:
    return {str(m["Message-ID"]) for _, m in drafts(dovecot)}


def send(dovecot: Any, draft: EmailMessage, when_day: int, hour: int, number: int) -> None:
    """The user sends a draft: it leaves Drafts, its copy lands in Sent."""
    with dovecot.client() as client:
        client.select_folder("Drafts")
        uids = client.search(["HEADER", "Message-ID", str(draft["Message-ID"]).strip("<>")])
        client.delete_messages(uids)
        client.uid_expunge(uids)
    sent = EmailMessage()
    sent["From"] = f"Dana Whitfield <{ME}>"
    sent["To"] = str(draft["To"])
    sent["Subject"] = str(draft["Subject"])
    sent["Date"] = format_datetime(at(when_day, hour))
    sent["Message-ID"] = f"<sent-{number}@example.org>"
    sent["In-Reply-To"] = str(draft["In-Reply-To"])
    sent["References"] = str(draft["References"] or draft["In-Reply-To"])
    sent.set_content(body(draft))
    dovecot.deliver("Sent", sent.as_bytes(), [b"\\Seen"])


def notices(inbox: Inbox) -> list[str]:
    """The subjects of the notices the SMTP server accepted, each to the user alone."""
    subjects = []
    for _, recipients, raw in inbox.messages:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        if message["X-Followup-Notice"]:
            assert recipients == [ME]
            subjects.append(str(message["Subject"]))
    return subjects


def applications(config: Path) -> dict[str, tuple[str, int]]:
    state = config.parent / "state" / "followup.sqlite3"
    with Store.open(state) as store:
        return {a.company: (a.state.value, a.follow_ups_sent) for a in store.applications()}


def test_all_of_the_advice_in_one_story(dovecot: Any, tmp_path: Path, feed: str, smtp: Any) -> None:
    inbox, port, tls = smtp
    config = _config(dovecot, tmp_path, feed, port, tls)
    dovecot.deliver("INBOX", confirmation())  # Acme: interview Wed 4 Mar 10:00
    dovecot.deliver("INBOX", globex_confirmation())  # Globex: interview Fri 6 Mar 14:00
    once(config, "2026-03-02T16:00+01:00")
    assert drafts(dovecot) == []  # the heads-ups wait: more interviews may come this week

    # A day before the first interview: one heads-up per reference, listing both.
    once(config, "2026-03-03T10:30+01:00")
    heads_ups = [m for _, m in drafts(dovecot)]
    assert sorted(str(m["To"]) for m in heads_ups) == [
        "Kim Park <kim@uni.example>",
        "Sam Lee <sam@old.example>",
    ]
    assert all("Acme Robotics" in body(m) and "Globex Systems" in body(m) for m in heads_ups)
    assert any("new draft(s) to review" in s or "draft" in s.lower() for s in notices(inbox))

    # The interview ends; the thank-you carries the good news, never the layoffs.
    before = ids(dovecot)
    once(config, "2026-03-04T12:00+01:00")
    [thanks] = new_drafts(dovecot, before)
    assert str(thanks["To"]) == "Jonas Becker <jonas.becker@acme-robotics.example>"
    assert "opens a Berlin office" in body(thanks), body(thanks)
    assert "layoffs" not in body(thanks)
    send(dovecot, thanks, 4, 13, 1)

    # Globex's interview: its thank-you, sent.
    before = ids(dovecot)
    once(config, "2026-03-06T17:00+01:00")
    [globex_thanks] = new_drafts(dovecot, before)
    assert "lea.vogel@globex-systems.example" in str(globex_thanks["To"])
    send(dovecot, globex_thanks, 6, 18, 2)

    # Silence: Acme said "within a week"; the first follow-up comes after it, then the second.
    before = ids(dovecot)
    once(config, "2026-03-12T10:00+01:00")
    acme_follow_up = [m for m in new_drafts(dovecot, before) if "priya" in str(m["To"])]
    assert len(acme_follow_up) == 1
    send(dovecot, acme_follow_up[0], 12, 11, 3)

    # Globex's first follow-up: the user approves it on Friday evening with the tag.
    before = ids(dovecot)
    once(config, "2026-03-13T19:00+01:00")
    [globex_follow_up] = [m for m in new_drafts(dovecot, before) if "globex" in str(m["To"])]
    with dovecot.client() as client:
        client.select_folder("Drafts")
        [uid] = client.search(
            ["HEADER", "Message-ID", str(globex_follow_up["Message-ID"]).strip("<>")]
        )
        client.add_flags([uid], [b"$FollowupSend"])
    once(config, "2026-03-13T20:00+01:00")
    sent_by_smtp = [raw for _, rcpt, raw in inbox.messages if rcpt != [ME]]
    assert sent_by_smtp == []  # not on a Friday night: at the next business hour
    once(config, "2026-03-16T09:05+01:00")
    once(config, "2026-03-16T09:30+01:00")  # and never twice
    sent_by_smtp = [(rcpt, raw) for _, rcpt, raw in inbox.messages if rcpt != [ME]]
    assert len(sent_by_smtp) == 1
    assert sent_by_smtp[0][0] == ["tom.berger@globex-systems.example"]
    assert str(globex_follow_up["Message-ID"]) not in ids(dovecot)
    sent_folder = [m for _, _, m in folder_messages(dovecot, "Sent")]
    assert sum(str(m["Message-ID"]) == str(globex_follow_up["Message-ID"]) for m in sent_folder)
    assert (
        sum(str(m["Message-ID"]) == str(globex_follow_up["Message-ID"]) for m in sent_folder) == 1
    )

    # Acme: still nothing, so the second follow-up; then Acme says no.
    before = ids(dovecot)
    once(config, "2026-03-19T12:00+01:00")
    second = [m for m in new_drafts(dovecot, before) if "priya" in str(m["To"])]
    assert len(second) == 1
    send(dovecot, second[0], 19, 13, 4)
    dovecot.deliver(
        "INBOX",
        company_reply(
            at(20, 11),
            "Hi Dana,\n\nthank you for your patience. After careful consideration we have "
            "decided to move forward with other candidates for this position.\n\n"
            "We wish you all the best in your search.",
            "<sent-4@example.org>",
            9,
        ),
    )
    before = ids(dovecot)
    once(config, "2026-03-20T12:00+01:00")
    [gracious] = new_drafts(dovecot, before)
    assert str(gracious["To"]) == RECRUITER
    assert "considered for" in body(gracious) or "future" in body(gracious)
    assert applications(config)["Acme Robotics"][0] == "rejected"
    assert any("Acme Robotics" in s for s in notices(inbox)[-3:])
    assert applications(config)["Globex Systems"] == ("waiting", 1)
