"""Company news over real HTTP on loopback: RSS and Atom served by http.server, and feeds that
are slow, fail (500), serve garbage, or have only old or negative items; then a thank-you
draft on a real Dovecot that carries the news, and one that is written on time without it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from followup.config import NewsSettings, Profile
from followup.effects import Effects, Places
from followup.machine import new_application
from followup.model import Action, ActionKind, Person
from followup.news import NegativeWords, NewsCache
from followup.paths import shipped_rules_dir
from followup.store import Store
from followup.templates import Templates, template_dir
from loopback import HOST
from testmail import connected, folder_messages

pytestmark = pytest.mark.integration

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
NEGATIVE = NegativeWords.load(shipped_rules_dir() / "news.yaml")
SLOW_SECONDS = 60.0  # far beyond any bound below: a wait for it could not go unnoticed


def _rss(*items: tuple[str, str, str]) -> bytes:
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><pubDate>{when}</pubDate></item>"
        for t, link, when in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Acme news</title>{body}</channel></rss>"
    ).encode()


FEEDS: dict[str, bytes] = {
    "/rss": _rss(
        ("Acme announces layoffs", "http://x/1", "Tue, 03 Mar 2026 09:00:00 GMT"),
        (
            "Acme opens a Berlin office",
            "https://acme.example/berlin",
            "Mon, 02 Mar 2026 09:00:00 GMT",
        ),
    ),  # fmt: skip
    "/atom": b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Globex</title><id>urn:g</id>
<updated>2026-03-03T10:00:00Z</updated>
<entry><title>Globex gewinnt Designpreis</title><id>urn:1</id>
<link href="https://globex.example/preis"/><updated>2026-03-03T10:00:00Z</updated></entry>
</feed>""",
    "/old": _rss(("Acme opens a Paris office", "https://a/p", "Mon, 05 Jan 2026 09:00:00 GMT")),
    "/negative": _rss(("Acme faces lawsuit", "https://a/l", "Tue, 03 Mar 2026 09:00:00 GMT")),
    "/garbage": b"<html><body><h1>Welcome</h1><p>this is not a feed",
}


class FeedServer:
    """http.server on loopback in a thread; /slow waits until the test ends, /500 fails."""

    def __init__(self) -> None:
        self.release = threading.Event()
        release = self.release

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                if self.path == "/slow":
                    release.wait(SLOW_SECONDS)
                if self.path == "/500":
                    self.send_error(500, "Internal Server Error")
                    return
                body = FEEDS.get(self.path, FEEDS["/rss"])
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer((HOST, 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://{HOST}:{self.server.server_address[1]}{path}"

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


def cache(feeds: FeedServer, path: str, tmp_path: Path, timeout: float = 15.0) -> NewsCache:
    settings = NewsSettings(feeds=(("Acme", feeds.url(path)),), timeout_seconds=timeout)
    return NewsCache(settings, tmp_path / "news", NEGATIVE)


ACME = new_application("acme-1", NOW - timedelta(days=2), "Acme", "Data Engineer")


def test_rss_gives_the_newest_item_that_is_not_bad_news(feeds: FeedServer, tmp_path: Path) -> None:
    news = cache(feeds, "/rss", tmp_path)
    assert news.refresh(feeds.url("/rss"), NOW) is None
    item = news.item_for(ACME, NOW)
    assert item is not None
    assert (item.title, item.link) == ("Acme opens a Berlin office", "https://acme.example/berlin")


def test_atom_works_too(feeds: FeedServer, tmp_path: Path) -> None:
    news = cache(feeds, "/atom", tmp_path)
    assert news.refresh(feeds.url("/atom"), NOW) is None
    item = news.item_for(ACME, NOW)
    assert item is not None and item.title == "Globex gewinnt Designpreis"


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/500", "HTTP 500"),
        ("/garbage", "not an RSS or Atom feed"),
        ("/old", None),
        ("/negative", None),
    ],
)
def test_feeds_with_nothing_to_offer(
    feeds: FeedServer, tmp_path: Path, path: str, error: str | None
) -> None:
    news = cache(feeds, path, tmp_path)
    said = news.refresh(feeds.url(path), NOW)
    assert (said is None) if error is None else (error in (said or ""))
    assert news.item_for(ACME, NOW) is None


def test_a_slow_feed_times_out(feeds: FeedServer, tmp_path: Path) -> None:
    news = cache(feeds, "/slow", tmp_path, timeout=1.0)
    started = time.monotonic()
    said = news.refresh(feeds.url("/slow"), NOW)
    assert "timed out" in (said or "")
    assert time.monotonic() - started < SLOW_SECONDS / 4


# --- drafts on Dovecot --------------------------------------------------------------------------

PROFILE = Profile(name="Dana Whitfield", email="dana@example.org", signature="Dana · +49 30 1")


def _thank_you(store: Store) -> None:
    app = replace(
        ACME,
        interviewers=(Person("Ana Ruiz", "ana@acme.example"),),
        interview_start=NOW - timedelta(hours=4),
        interview_end=NOW - timedelta(hours=3),
    )
    action = Action(
        "acme-1.r1.thank_you", "acme-1", ActionKind.DRAFT_THANK_YOU, "thank_you", 1, NOW,
        to=(Person("Ana Ruiz", "ana@acme.example"),),
    )  # fmt: skip
    with store.transaction():
        store.save_application(app, None)
        store.add_actions([action])


def _effects(store: Store, mailbox: Any, news: NewsCache) -> Effects:
    return Effects(
        store, mailbox, "personal", PROFILE, Templates.load(template_dir(shipped_rules_dir())),
        "Europe/Berlin", Places("INBOX", "Drafts"), news=news,
    )  # fmt: skip


def _draft_body(dovecot: Any) -> str:
    [(_, _, draft)] = folder_messages(dovecot, "Drafts")
    return str(draft.get_body(("plain",)).get_content())


def test_a_thank_you_carries_the_news_of_a_local_feed(
    dovecot: Any, feeds: FeedServer, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "state.sqlite3")
    _thank_you(store)
    news = cache(feeds, "/rss", tmp_path)
    # The daemon's cycle prefetches while the interview is still ahead ...
    assert news.prefetch([ACME], NOW - timedelta(days=1)) == [feeds.url("/rss")]
    news.wait(15)
    # ... so the thank-you, when due, finds the news in the cache.
    with connected(dovecot) as mailbox:
        assert _effects(store, mailbox, news).run(NOW) == 1
    body = _draft_body(dovecot)
    assert "recent news: Acme opens a Berlin office (https://acme.example/berlin)." in body
    assert "layoffs" not in body


def test_a_failing_feed_leaves_the_draft_written_on_time_without_news(
    dovecot: Any, feeds: FeedServer, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "state.sqlite3")
    _thank_you(store)
    news = cache(feeds, "/slow", tmp_path, timeout=SLOW_SECONDS)
    with connected(dovecot) as mailbox:
        started = time.monotonic()
        assert _effects(store, mailbox, news).run(NOW) == 1
        elapsed = time.monotonic() - started
    assert elapsed < 15, f"the draft waited {elapsed:.1f} s for the feed"
    body = _draft_body(dovecot)
    assert "recent news" not in body and "Thank you for taking the time" in body
    broken = cache(feeds, "/500", tmp_path / "other")
    broken.refresh(feeds.url("/500"), NOW)
    assert broken.item_for(ACME, NOW) is None
