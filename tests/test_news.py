"""Company news: the negative-word filter, reading feeds, choosing an item, the cache.

Pure parts on bytes and plain datetimes; the cache with a stand-in fetch. The real HTTP path
(slow, failing and garbage feeds) is in tests/integration/test_news_feed.py.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from followup.config import ConfigError, NewsSettings, config_from_yaml
from followup.machine import new_application
from followup.news import NegativeWords, NewsCache, NewsItem, feed_for, parse_items, pick
from followup.paths import shipped_rules_dir
from followup.yamlfile import YamlError, load_text

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
SHIPPED = NegativeWords.load(shipped_rules_dir() / "news.yaml")


def rss(*items: tuple[str, str]) -> bytes:
    """An RSS 2.0 feed of (title, RFC 822 date) items."""
    body = "".join(
        f"<item><title>{title}</title><link>https://acme.example/{i}</link>"
        f"<pubDate>{when}</pubDate></item>"
        for i, (title, when) in enumerate(items)
    )
    head = "<?xml version='1.0'?><rss version='2.0'><channel><title>Acme</title>"
    return f"{head}{body}</channel></rss>".encode()


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Globex</title><id>urn:g</id>
<updated>2026-03-03T10:00:00Z</updated>
<entry><title>Globex wins a design award</title><id>urn:1</id>
<link href="https://globex.example/award"/><updated>2026-03-03T10:00:00Z</updated></entry>
<entry><title>Globex opens Lisbon hub</title><id>urn:2</id>
<link href="https://globex.example/lisbon"/><updated>2026-02-20T10:00:00Z</updated></entry>
</feed>"""


@pytest.mark.parametrize(
    "title",
    [
        "Acme announces layoffs in Europe",
        "ACME LAYOFFS",
        "Acme faces lawsuit over patents",
        "Data breach at Acme",
        "Acme Robotics files for bankruptcy",
        "Acme laid   off 200 people",
        "Acme kündigt Stellenabbau an",
        "Insolvenzverfahren über Acme eröffnet",
        "Acme annonce un plan social",
        "Escándalo en Acme",
        "Faillissement van Acme",
        "Acme: indagine della procura",
        "Acme pede recuperação judicial",
        "Zwolnienia grupowe w Acme",
    ],
)
def test_negative_headlines_are_caught_in_every_language(title: str) -> None:
    assert SHIPPED.hit(title) is not None, title


@pytest.mark.parametrize(
    "title",
    [
        "Acme opens a Berlin office",
        "Acme wins the Breachless Security award",  # a word boundary, not a substring
        "Acme strikes a partnership with Globex",  # "strike" is whole words only
        "Acme Robotics raises Series B",
        "Acme eröffnet neues Büro in Köln",
    ],
)
def test_harmless_headlines_pass(title: str) -> None:
    assert SHIPPED.hit(title) is None, title


def test_the_user_adds_words_of_their_own(tmp_path: Path) -> None:
    mine = tmp_path / "news.yaml"
    mine.write_text("negative:\n  en:\n    - merger\n  ja:\n    - 不祥事\n")
    words = NegativeWords.load(shipped_rules_dir() / "news.yaml", mine)
    assert words.hit("Acme announces merger") == "merger"
    assert words.hit("Acme社の不祥事について") == "不祥事"  # no word edges in Japanese
    assert words.hit("Acme announces layoffs") is not None  # the shipped list still counts


def test_a_broken_news_file_names_its_line(tmp_path: Path) -> None:
    mine = tmp_path / "news.yaml"
    mine.write_text("negative:\n  en:\n    - merger\n    - '*'\n")
    with pytest.raises(YamlError) as caught:
        NegativeWords.load(mine)
    assert "news.yaml:4" in str(caught.value) and "empty word" in str(caught.value)


def test_rss_and_atom_items_newest_first() -> None:
    items = parse_items(
        rss(
            ("Older", "Mon, 02 Feb 2026 08:00:00 +0000"), ("Newer", "Tue, 03 Mar 2026 08:00:00 GMT")
        )
    )
    assert [i.title for i in items] == ["Newer", "Older"]
    assert items[0].published == datetime(2026, 3, 3, 8, tzinfo=UTC)
    atom = parse_items(ATOM)
    assert [(i.title, i.link) for i in atom][0] == (
        "Globex wins a design award",
        "https://globex.example/award",
    )


def test_garbage_is_no_items() -> None:
    assert parse_items(b"<html><body>Not a feed <p>") == []
    assert parse_items(b"\x00\xff garbage") == []


def test_pick_skips_negative_old_and_undated_items() -> None:
    items = [
        NewsItem("Acme announces layoffs", "", NOW - timedelta(days=1)),
        NewsItem("Acme opens Berlin office", "https://a/1", NOW - timedelta(days=5)),
        NewsItem("No date at all", "", None),
    ]
    assert pick(items, NOW, timedelta(days=30), SHIPPED) == items[1]
    old = [NewsItem("Acme opens Berlin office", "", NOW - timedelta(days=31))]
    assert pick(old, NOW, timedelta(days=30), SHIPPED) is None
    future = [NewsItem("From next month", "", NOW + timedelta(days=20))]
    assert pick(future, NOW, timedelta(days=30), SHIPPED) is None


def test_a_feed_is_found_by_company_name_or_mail_domain() -> None:
    app = new_application("a", NOW, "Acme Robotics", "Engineer")
    feeds = (("acme robotics", "https://a/feed"),)
    assert feed_for(app, feeds) == "https://a/feed"
    by_domain = (("acme-robotics.example", "https://d/feed"),)
    other = new_application("b", NOW, "ACME", "Engineer")
    assert feed_for(other, by_domain) is None
    from dataclasses import replace

    other = replace(other, company_domains=frozenset({"jobs.acme-robotics.example"}))
    assert feed_for(other, by_domain) == "https://d/feed"


def test_the_cache_serves_drafts_and_refreshes_in_the_background(tmp_path: Path) -> None:
    url = "https://acme.example/feed"
    released = threading.Event()
    fetched: list[str] = []

    def slow(address: str, timeout: float) -> bytes:
        fetched.append(address)
        released.wait(15)
        return rss(("Acme opens Berlin office", "Tue, 03 Mar 2026 08:00:00 GMT"))

    settings = NewsSettings(feeds=(("Acme", url),))
    cache = NewsCache(settings, tmp_path, SHIPPED, fetch=slow)
    app = new_application("a", NOW, "Acme", "Engineer")
    assert cache.item_for(app, NOW) is None  # nothing cached: no waiting, a fetch starts
    assert cache.item_for(app, NOW) is None
    released.set()
    cache.wait(15)
    assert fetched == [url]  # one fetch at a time per feed
    item = cache.item_for(app, NOW)
    assert item is not None and item.title == "Acme opens Berlin office"


def test_a_failing_fetch_keeps_the_items_cached_before(tmp_path: Path) -> None:
    url = "https://acme.example/feed"
    answers: list[bytes | Exception] = [
        rss(("Acme opens Berlin office", "Tue, 03 Mar 2026 08:00:00 GMT")),
        OSError("connection refused"),
        b"<not a feed",
    ]

    def fetch(address: str, timeout: float) -> bytes:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    cache = NewsCache(NewsSettings(feeds=(("Acme", url),)), tmp_path, SHIPPED, fetch=fetch)
    assert cache.refresh(url, NOW) is None
    assert "connection refused" in (cache.refresh(url, NOW + timedelta(hours=7)) or "")
    assert "not an RSS or Atom feed" in (cache.refresh(url, NOW + timedelta(hours=14)) or "")
    app = new_application("a", NOW, "Acme", "Engineer")
    item = cache.item_for(app, NOW + timedelta(hours=14))
    assert item is not None and item.title == "Acme opens Berlin office"


def _config(text: str) -> object:
    base = "accounts:\n  - {name: p, imap: {host: h}, username: u, keyring: true}\n"
    base += "profile: {name: Dana, email: dana@example.org}\n"
    return config_from_yaml(load_text(base + text, "config.yaml"), Path("config.yaml"))


def test_the_news_section_reads_feeds_and_durations() -> None:
    config = _config(
        "news:\n  feeds:\n    Acme Robotics: https://acme.example/feed.xml\n"
        "    globex.example: http://globex.example/atom\n  max_age: 14d\n  timeout: 3s\n"
    )
    news = config.news  # type: ignore[attr-defined]
    assert news.feeds == (
        ("Acme Robotics", "https://acme.example/feed.xml"),
        ("globex.example", "http://globex.example/atom"),
    )
    assert news.max_age == timedelta(days=14) and news.timeout_seconds == 3.0


def test_a_feed_that_is_not_a_url_is_refused_at_its_line() -> None:
    with pytest.raises(ConfigError) as caught:
        _config("news:\n  feeds:\n    Acme: ftp://acme.example/feed\n")
    assert "config.yaml:6" in str(caught.value) and "http:// or https://" in str(caught.value)


def test_open_news_reads_the_users_words_and_caches_in_the_state_dir(tmp_path: Path) -> None:
    from followup.news import open_news

    assert open_news(NewsSettings(), tmp_path / "state", tmp_path / "rules") is None
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "news.yaml").write_text("negative:\n  en: [merger]\n")
    settings = NewsSettings(feeds=(("Acme", "https://acme.example/feed"),))
    news = open_news(settings, tmp_path / "state", rules)
    assert news is not None and news.directory == tmp_path / "state" / "news"
    assert news.negative.hit("Acme merger") and news.negative.hit("Acme layoffs")


def test_a_cache_that_cannot_be_written_is_said_once_and_leaves_no_half_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A fetch runs in its own thread: a full disk under the cache is told in the log (once,
    not every cycle), drafts go on without news, and the next write after it works."""
    import errno
    import os as os_module

    url = "https://acme.example/feed.xml"
    feed = rss(("Acme opens Berlin office", "Tue, 03 Mar 2026 08:00:00 GMT"))
    cache = NewsCache(
        NewsSettings(feeds=(("Acme", url),)), tmp_path, SHIPPED, fetch=lambda *_: feed
    )
    real_replace = os_module.replace

    def disk_full(source: object, target: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("followup.news.os.replace", disk_full)
    first = cache.refresh(url, NOW)
    second = cache.refresh(url, NOW + timedelta(hours=7))
    assert first is not None and "No space left on device" in first and second == first
    assert [r.levelname for r in caplog.records if "news cache" in r.getMessage()] == ["ERROR"]
    assert list(tmp_path.iterdir()) == []  # no half-written file
    app = new_application("a", NOW, "Acme", "Engineer")
    monkeypatch.setattr("followup.news.os.replace", real_replace)
    assert cache.refresh(url, NOW + timedelta(hours=14)) is None
    assert cache.item_for(app, NOW + timedelta(hours=14)) is not None
