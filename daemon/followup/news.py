"""Recent, harmless company news for a thank-you or follow-up, from a feed in a local cache.

A draft only ever reads the cache (state dir), so a slow or broken feed never delays one;
feeds are fetched in background threads with a short timeout, parsed by feedparser.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import logging
import os
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from followup.config import NewsSettings
from followup.model import Application
from followup.yamlfile import Context, YamlError, load_file, value_position

log = logging.getLogger(__name__)

NEWS_FILE = "news.yaml"
MAX_FEED_BYTES = 2 * 1024 * 1024
MAX_ITEMS = 50  # kept per feed in the cache
USER_AGENT = "interview-followup (company news for a thank-you note)"


@dataclass(frozen=True)
class NewsItem:
    title: str
    link: str
    published: datetime | None  # aware UTC; None when the feed gave no date

    def to_plain(self) -> dict[str, str | None]:
        when = self.published.isoformat() if self.published else None
        return {"title": self.title, "link": self.link, "published": when}

    @classmethod
    def from_plain(cls, data: dict[str, Any]) -> NewsItem:
        when = data.get("published")
        return cls(
            str(data.get("title") or ""),
            str(data.get("link") or ""),
            datetime.fromisoformat(when) if when else None,
        )


# --- the negative-word filter ---------------------------------------------------------------


@dataclass(frozen=True)
class NegativeWords:
    """Words that keep a headline out of a draft: whole words, any case; `word*` also matches
    longer words that start with it (German compounds: `insolvenz*`)."""

    pattern: re.Pattern[str] | None
    count: int = 0

    @classmethod
    def load(cls, *files: Path) -> NegativeWords:
        """The shipped list and the user's additions (files that do not exist are skipped);
        a mistake is a YamlError naming the file and line."""
        words: list[str] = []
        for path in files:
            if path.is_file():
                words += _words(path)
        return cls.of(words)

    @classmethod
    def of(cls, words: Iterable[str]) -> NegativeWords:
        parts = []
        for word in dict.fromkeys(w.strip().lower() for w in words if w.strip()):
            stem = word.removesuffix("*")
            body = r"\s+".join(re.escape(piece) for piece in stem.split())
            # Scripts written without spaces (Chinese, Japanese) have no word edges to test.
            spaced = not any("\u3000" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in stem)
            if not spaced:
                parts.append(body)
            elif word.endswith("*"):
                parts.append(rf"(?<!\w){body}\w*")
            else:
                parts.append(rf"(?<!\w){body}(?!\w)")
        if not parts:
            return cls(None, 0)
        return cls(re.compile("|".join(parts), re.IGNORECASE), len(parts))

    def hit(self, title: str) -> str | None:
        """The negative word found in `title`, or None when the headline is fine."""
        if self.pattern is None:
            return None
        match = self.pattern.search(title)
        return match.group(0) if match else None


def _words(path: Path) -> list[str]:
    data = load_file(path)
    ctx = Context(str(path))
    if data is None:
        return []
    root = ctx.mapping(data, "the news file")
    ctx.check_keys(root, ("negative",))
    if root.get("negative") is None:
        return []
    languages = ctx.mapping(root["negative"], "'negative'", value_position(root, "negative"))
    words = []
    for language in languages:
        for word, where in ctx.get_str_list(languages, language):
            if not word.strip().removesuffix("*").strip():
                raise ctx.error(f"negative.{language}: an empty word would match everything", where)
            words.append(word)
    return words


# --- reading a feed (pure) --------------------------------------------------------------------


def parse_items(raw: bytes) -> list[NewsItem]:
    """Every entry with a title, newest first; garbage gives [] (feedparser never raises)."""
    parsed = _feedparser().parse(raw)
    items = []
    for entry in parsed.entries[: MAX_ITEMS * 2]:
        title = " ".join(str(entry.get("title") or "").split())
        if not title:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        when = datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None
        link = str(entry.get("link") or "").strip()
        items.append(NewsItem(title[:300], link if _is_web(link) else "", when))
    items.sort(key=lambda i: i.published or datetime.min.replace(tzinfo=UTC), reverse=True)
    return items[:MAX_ITEMS]


def pick(
    items: Iterable[NewsItem], now: datetime, max_age: timedelta, negative: NegativeWords
) -> NewsItem | None:
    """The newest dated item of the last `max_age` whose title has no negative word."""
    for item in sorted(
        (i for i in items if i.published is not None),
        key=lambda i: i.published or now,
        reverse=True,
    ):
        assert item.published is not None
        if item.published > now + timedelta(days=1):
            continue  # dated in the future: a feed's clock or time zone is off
        if now - item.published > max_age:
            return None
        if negative.hit(item.title) is None:
            return item
    return None


def feed_for(app: Application, feeds: Iterable[tuple[str, str]]) -> str | None:
    """The feed configured for the application's company name or one of its mail domains."""
    company = app.company.strip().casefold()
    domains = {d.casefold() for d in app.company_domains}
    for key, url in feeds:
        wanted = key.casefold()
        if (company and wanted == company) or wanted in domains:
            return url
        if "." in wanted and any(d.endswith("." + wanted) for d in domains):
            return url
    return None


def _is_web(link: str) -> bool:
    return bool(re.match(r"https?://[^\s]+$", link))


# --- the cache and the background fetches -----------------------------------------------------


def _feedparser() -> Any:
    """feedparser, imported when a feed is read (~50 ms), not by every command."""
    import feedparser  # type: ignore[import-untyped]

    return feedparser


def fetch_url(url: str, timeout: float) -> bytes:
    """The feed's bytes; OSError (URLError, HTTPError, timeouts) when it cannot be had."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    # Bandit B310: config.py accepts only http:// and https:// feed URLs, and urllib follows
    # redirects to http, https and ftp only (never file:).
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310  # nosec B310
        return bytes(response.read(MAX_FEED_BYTES))


class NewsCache:
    """Company news per feed, cached as JSON in `directory`; drafts read, threads fetch."""

    def __init__(
        self,
        settings: NewsSettings,
        directory: Path,
        negative: NegativeWords,
        *,
        fetch: Callable[[str, float], bytes] = fetch_url,
    ) -> None:
        self.settings = settings
        self.directory = directory
        self.negative = negative
        self._fetch = fetch
        self._lock = threading.Lock()
        self._running: dict[str, threading.Thread] = {}
        self._write_failed = False  # the last write of the cache failed (said once)

    def item_for(self, app: Application, now: datetime) -> NewsItem | None:
        """The item to mention for `app`, from the cache only; a missing or stale cache
        starts a background fetch for next time."""
        url = feed_for(app, self.settings.feeds)
        if url is None:
            return None
        cached = self._read(url)
        if cached is None or self._stale(cached, now):
            self.start(url, now)
        if cached is None:
            return None
        return pick(cached[1], now, self.settings.max_age, self.negative)

    def prefetch(self, apps: Iterable[Application], now: datetime) -> list[str]:
        """Start background fetches of the stale feeds of `apps`; returns the URLs started.
        Meant for every daemon cycle, so a thank-you due tomorrow finds the news cached."""
        started = []
        for app in apps:
            url = feed_for(app, self.settings.feeds)
            if url is None or url in started:
                continue
            cached = self._read(url)
            if (cached is None or self._stale(cached, now)) and self.start(url, now):
                started.append(url)
        return started

    def start(self, url: str, now: datetime) -> bool:
        """Fetch `url` in a daemon thread, unless a fetch of it is already running."""
        with self._lock:
            running = self._running.get(url)
            if running is not None and running.is_alive():
                return False
            thread = threading.Thread(
                target=self.refresh, args=(url, now), name="news-fetch", daemon=True
            )
            self._running[url] = thread
        thread.start()
        return True

    def wait(self, seconds: float) -> None:
        """Wait for running fetches (tests, and `followup check`)."""
        with self._lock:
            threads = list(self._running.values())
        for thread in threads:
            thread.join(seconds)

    def refresh(self, url: str, now: datetime) -> str | None:
        """Fetch and cache one feed now (blocking, bounded by the timeout); returns the error
        in words, or None. Earlier items stay cached when a fetch fails."""
        error = None
        items: list[NewsItem] | None = None
        try:
            raw = self._fetch(url, self.settings.timeout_seconds)
        except (OSError, ValueError) as failure:  # URLError, HTTPError, timeouts; a bad URL
            error = f"cannot fetch {url}: {_reason(failure)}"
        else:
            items = parse_items(raw)
            if not items:
                bozo = _feedparser().parse(raw).get("bozo_exception")
                error = f"{url} is not an RSS or Atom feed with items" + (
                    f" ({type(bozo).__name__}: {bozo})" if bozo else ""
                )
        if error:
            log.warning("company news: %s", error)
        old = self._read(url)
        if items is None or (not items and old):
            items = old[1] if old else []
        try:
            self._write(url, now, items, error)
        except OSError as failure:
            # A fetch runs in a thread of its own: nobody above would say it. Drafts go on
            # without the news; the next cycle tries again (said once until it works).
            said = f"cannot write the company news cache in {self.directory}: {_reason(failure)}"
            if not self._write_failed:
                log.error("%s; free some space or make it writable (drafts are written "
                          "without company news meanwhile)", said)  # fmt: skip
            self._write_failed = True
            return said
        self._write_failed = False
        return error

    def _path(self, url: str) -> Path:
        return self.directory / (hashlib.sha256(url.encode()).hexdigest()[:24] + ".json")

    def _read(self, url: str) -> tuple[datetime, list[NewsItem]] | None:
        try:
            data = json.loads(self._path(url).read_text("utf-8"))
            checked = datetime.fromisoformat(data["checked"])
            return checked, [NewsItem.from_plain(item) for item in data["items"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _write(self, url: str, now: datetime, items: list[NewsItem], error: str | None) -> None:
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self._path(url)
        data = {
            "url": url,
            "checked": now.isoformat(),
            "error": error,
            "items": [item.to_plain() for item in items],
        }
        temporary = path.with_suffix(f".{threading.get_ident()}.tmp")
        try:
            # 0600 whatever the umask, like every state file: it names the companies applied to.
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with open(descriptor, "w", encoding="utf-8") as out:
                out.write(json.dumps(data, ensure_ascii=False, indent=1))
            os.replace(temporary, path)
        except OSError:
            temporary.unlink(missing_ok=True)  # no half-written file left behind
            raise

    def _stale(self, cached: tuple[datetime, list[NewsItem]], now: datetime) -> bool:
        checked = cached[0]
        return now - checked >= self.settings.refresh or checked > now + timedelta(hours=1)


def open_news(settings: NewsSettings, state_dir: Path, rules_dir: Path) -> NewsCache | None:
    """The news cache of a configuration (None when it names no feed): cached under
    `state_dir`/news, filtered by the shipped news.yaml plus the user's in `rules_dir`."""
    if not settings.feeds:
        return None
    from followup.paths import shipped_rules_dir  # importlib.resources: only when needed

    shipped = shipped_rules_dir() / NEWS_FILE
    mine = rules_dir / NEWS_FILE
    files = (shipped,) if mine.resolve() == shipped.resolve() else (shipped, mine)
    return NewsCache(settings, state_dir / "news", NegativeWords.load(*files))


def _reason(error: BaseException) -> str:
    if isinstance(error, urllib.error.HTTPError):
        return f"HTTP {error.code} {error.reason}"
    if isinstance(error, urllib.error.URLError):
        return str(error.reason)
    if isinstance(error, TimeoutError):
        return "timed out"
    return str(error) or type(error).__name__


__all__ = [
    "NEWS_FILE",
    "NegativeWords",
    "NewsCache",
    "NewsItem",
    "YamlError",
    "feed_for",
    "open_news",
    "parse_items",
    "pick",
]
