"""Following feeds: each cycle asks every due feed whether it changed (conditional GET), reads
the entries it does not hold yet and stores their analyses.

A feed's state (validators, last check and success, consecutive errors, next check) is written
only once its entries are stored, each in its own transaction: a process killed at any point
reads the feed again on restart, finds what it stored and stores only the rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from .http import Fetcher, FetchError
from .runner import Summary, ingest, load_index
from .sniff import sniff
from .urls import feed_entries

# A failing feed waits every × 2^errors before its next check, at most this long.
MAX_BACKOFF = timedelta(days=1)


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class FeedCheck:
    """One feed in one cycle: ``status`` is "read", "not modified", "failed" or "waiting" (backoff)."""

    url: str
    status: str
    reason: str = ""
    summary: Summary = field(default_factory=Summary)
    known: int = 0  # entries whose page is already stored: not fetched again


@dataclass
class Cycle:
    checks: list[FeedCheck] = field(default_factory=list)
    seconds: float = 0.0
    stopped: bool = False

    def feeds(self, status: str) -> int:
        return sum(c.status == status for c in self.checks)

    @property
    def new(self) -> int:
        return sum(c.summary.new + c.summary.replaced + c.summary.duplicates for c in self.checks)

    @property
    def unchanged(self) -> int:
        return sum(c.summary.unchanged + c.known for c in self.checks)

    @property
    def failed(self) -> int:
        return sum(c.summary.failed for c in self.checks) + self.feeds("failed")


class Watcher:
    """Polls ``urls`` into ``store``; ``every`` (seconds) is the cycle period, which failing
    feeds' backoff is a multiple of.

    Args:
        stop: asked after each stored article; True ends the cycle there.
        on_item: called with (status, item) for each article or failure settled.
    """

    def __init__(self, store, urls: list[str], every: float, *, fetcher: Fetcher | None = None,
                 lang: str | None = None, stop: Callable[[], bool] | None = None,
                 on_item: Callable | None = None, clock: Callable[[], datetime] = utc_now) -> None:
        self.store, self.urls, self.every = store, list(dict.fromkeys(urls)), every
        self.fetcher = fetcher or Fetcher()
        self.lang, self.stop, self.on_item, self.clock = lang, stop or (lambda: False), on_item, clock
        self._index = None

    def cycle(self) -> Cycle:
        started = time.monotonic()
        report = Cycle()
        if self._index is None:
            self._index = load_index(self.store)
        for url in self.urls:
            report.checks.append(self._check(url))
            if self.stop():
                report.stopped = True
                break
        report.seconds = time.monotonic() - started
        return report

    def _check(self, url: str) -> FeedCheck:
        state = self.store.feed_state(url) or {}
        now = self.clock()
        if state.get("next_check") and state["next_check"] > _stamp(now):
            return FeedCheck(url, "waiting", f"{state['errors']} errors; next check {state['next_check']}")
        try:
            response = self.fetcher.get(url, etag=state.get("etag"), last_modified=state.get("last_modified"))
            if response.status != 304 and sniff(response.body[:65536], url) != "feed":
                raise FetchError("not an RSS or Atom feed", "not a feed")
        except FetchError as exc:
            self._failed(url, now, state, exc.reason)
            return FeedCheck(url, "failed", exc.reason)
        if response.status == 304:
            self.store.feed_checked(url, _stamp(now), etag=state.get("etag"),
                                    last_modified=state.get("last_modified"))
            return FeedCheck(url, "not modified")
        return self._read(url, response, now)

    def _read(self, url: str, response, now: datetime) -> FeedCheck:
        check = FeedCheck(url, "read")

        def known(link: str) -> bool:
            if self.store.has_url(link):
                check.known += 1
                return True
            return False

        items = feed_entries(response.body, url, self.fetcher, None, skip=known)
        check.summary = ingest(items, self.store, lang=self.lang, on_item=self.on_item, stop=self.stop,
                               index=self._index)
        if self.stop():
            return check  # interrupted: the feed is read again in full next time
        # An entry that failed keeps the feed's validators out, so the next cycle tries it again.
        whole = not any(f.kind != "no text" for f in check.summary.failures)
        self.store.feed_checked(url, _stamp(now), etag=response.etag if whole else None,
                                last_modified=response.last_modified if whole else None)
        return check

    def _failed(self, url: str, now: datetime, state: dict, reason: str) -> None:
        errors = (state.get("errors") or 0) + 1
        wait = min(timedelta(seconds=self.every * 2 ** errors), MAX_BACKOFF)
        self.store.feed_checked(url, _stamp(now), error=reason, next_check=_stamp(now + wait))

    def close(self) -> None:
        self.fetcher.close()


def describe(cycle: Cycle, when: datetime) -> str:
    """One line per cycle: feeds checked, articles new / unchanged / failed, time taken."""
    feeds = len(cycle.checks)
    parts = [f"{cycle.feeds('read')} read", f"{cycle.feeds('not modified')} not modified"]
    if cycle.feeds("failed"):
        parts.append(f"{cycle.feeds('failed')} failed")
    if cycle.feeds("waiting"):
        parts.append(f"{cycle.feeds('waiting')} waiting after errors")
    return (f"{_stamp(when)} {feeds} feed{'s' * (feeds != 1)} ({', '.join(parts)}): "
            f"{cycle.new} new, {cycle.unchanged} unchanged, {cycle.failed} failed in {cycle.seconds:.1f} s")


__all__ = ["Cycle", "FeedCheck", "Watcher", "describe", "utc_now"]
