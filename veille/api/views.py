"""The corpus-wide aggregates, answered through the cache; shared by the API, the pages and warm-up."""

from __future__ import annotations

import logging
from typing import Any

from ..store.base import Store
from ..store.network_index import build_index
from . import drawing
from .cache import AnswerCache
from .places import event_locations

log = logging.getLogger(__name__)

# What the API and the pages ask for when no filter is given (see routes.py and web.py).
API_NETWORK = dict(type=None, event_type=None, since=None, until=None, limit=100, co_mentions=False)
PAGE_NETWORK = dict(API_NETWORK, limit=40)
NO_FILTER = dict(type=None, since=None, until=None)


def stats(store: Store, cache: AnswerCache) -> dict[str, Any]:
    return cache.get(("stats",), store.stats)


def network(store: Store, cache: AnswerCache, **args: Any) -> dict[str, list[dict[str, Any]]]:
    key = ("network", *sorted(args.items()))
    if cache.fingerprint is not None and not args.get("co_mentions"):
        # A cached server sums per-day totals loaded once per database version instead of
        # scanning every mention and event of the window on each new filter.
        index = cache.get(("network-index",), lambda: build_index(store))
        if index is not None:
            plain = {k: v for k, v in args.items() if k != "co_mentions"}
            return cache.get(key, lambda: index.network(**plain))
    return cache.get(key, lambda: store.network(**args))


def network_layout(store: Store, cache: AnswerCache, **args: Any) -> dict[str, Any]:
    # the layout depends only on the network, so it is kept beside it
    return cache.get(("network-layout", *sorted(args.items())),
                     lambda: drawing.network_layout(network(store, cache, **args)))


def locations(store: Store, cache: AnswerCache, **args: Any) -> list[dict[str, Any]]:
    return cache.get(("locations", *sorted(args.items())), lambda: event_locations(store, **args))


def named_places(store: Store, cache: AnswerCache, limit: int = 300) -> list[dict[str, Any]]:
    """Places the articles name that the knowledge base locates, most mentioned first."""
    def compute() -> list[dict[str, Any]]:
        found = []
        for kind in ("GPE", "LOC"):
            for e in store.entities(type=kind, limit=limit):
                if e.get("lat") is not None and e.get("lon") is not None:
                    found.append(e)
        return sorted(found, key=lambda e: -(e.get("mentions") or 0))[:limit]

    return cache.get(("named-places", limit), compute)


def warm(store: Store, cache: AnswerCache) -> None:
    """Compute the unfiltered views once at start-up, so the first visitors don't wait."""
    try:
        stats(store, cache)
        network(store, cache, **API_NETWORK)
        network_layout(store, cache, **PAGE_NETWORK)
        locations(store, cache, **NO_FILTER)
        named_places(store, cache)
    except Exception as exc:  # warming is an optimisation: a failure shows up on the real request
        log.warning("cache warm-up stopped: %s", exc)
