"""Alerts: saved searches run over each batch of new articles, delivered as an Atom feed, an
optional webhook (JSON POST, retried) and lines on ``veille watch``'s output.

The criteria are those of ``veille query`` (names resolved across languages by the store), so
``speaker: Poutine`` matches an English article quoting Putin.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as ET

import httpx

from .errors import InputError

log = logging.getLogger(__name__)

# Criterion → the keyword of ``store.articles`` it filters on.
CRITERIA = {"speaker": "speaker", "entity": "entity", "event_type": "event_type", "source": "source",
            "target": "target", "lang": "lang", "text": "text"}
# Most articles one check records per alert (more new articles than this between two checks: the rest are skipped).
CHECK_LIMIT = 10_000
WEBHOOK_TRIES = 3
WEBHOOK_MAX_ATTEMPTS = 10  # over all checks: a receiver down for good stops being called
ATOM = "http://www.w3.org/2005/Atom"


@dataclass
class Hit:
    alert: str
    article: dict[str, Any]


def clean_criteria(criteria: dict[str, str | None]) -> dict[str, str]:
    """The criteria given (empty ones dropped); raise InputError for none or an unknown one."""
    unknown = sorted(set(criteria) - set(CRITERIA))
    if unknown:
        raise InputError(f"unknown alert criteria: {', '.join(unknown)}")
    kept = {k: v.strip() for k, v in criteria.items() if v and v.strip()}
    if not kept:
        raise InputError("an alert needs at least one of --speaker, --entity, --event-type, --source, "
                         "--target, --lang, --text")
    return kept


def matches(store, criteria: dict[str, str], after_rid: int | None = None, upto_rid: int | None = None,
            limit: int = CHECK_LIMIT) -> list[dict]:
    """Articles (summaries) meeting every criterion, stored after ``after_rid`` (and up to
    ``upto_rid``) when given."""
    return store.articles(**{CRITERIA[k]: v for k, v in criteria.items()}, after_rid=after_rid,
                          upto_rid=upto_rid, limit=limit)


def check(store) -> list[Hit]:
    """Run every alert over the articles stored since its last check; record and return the new hits."""
    upto = store.last_rid()
    hits = []
    for alert in store.alerts():
        found = matches(store, alert["criteria"], alert["last_rid"], upto)
        fresh = set(store.record_hits(alert["name"], [a["id"] for a in found], upto))
        hits += [Hit(alert["name"], a) for a in reversed(found) if a["id"] in fresh]
    return hits


def deliver_webhooks(store, client: httpx.Client | None = None, pause: float = 0.5) -> tuple[int, int]:
    """POST each undelivered hit of alerts with a webhook; return (delivered, failed)."""
    own = client is None
    client = client or httpx.Client(timeout=10, trust_env=True)
    delivered = failed = 0
    try:
        for alert in store.alerts():
            if not alert["webhook"]:
                continue
            for hit in reversed(store.alert_hits(alert["name"], undelivered=True, limit=CHECK_LIMIT)):
                if hit["attempts"] >= WEBHOOK_MAX_ATTEMPTS:
                    continue
                ok = _post(client, alert["webhook"], payload(alert, hit), pause)
                store.hit_delivered(alert["name"], hit["id"], ok)
                delivered, failed = delivered + ok, failed + (not ok)
    finally:
        if own:
            client.close()
    return delivered, failed


def payload(alert: dict, hit: dict) -> dict[str, Any]:
    article = {k: hit[k] for k in ("id", "url", "title", "published", "language", "source")}
    return {"alert": alert["name"], "criteria": alert["criteria"], "found_at": hit["found_at"],
            "article": article}


def _post(client: httpx.Client, url: str, body: dict, pause: float) -> bool:
    for attempt in range(WEBHOOK_TRIES):
        try:
            if client.post(url, json=body).is_success:
                return True
        except httpx.HTTPError as exc:
            log.warning("webhook %s: %s", url, exc)
        if attempt + 1 < WEBHOOK_TRIES:
            time.sleep(pause * 2 ** attempt)
    return False


def atom_feed(alert: dict, hits: list[dict], base_url: str) -> bytes:
    """The alert's hits as an Atom 1.0 feed (newest first); links point to the article's own URL,
    or to its page under ``base_url``."""
    ET.register_namespace("", ATOM)
    base = base_url.rstrip("/")
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "title", f"veille alert: {alert['name']}")
    _text(feed, "id", f"{base}/alerts/{alert['name']}.atom")
    _text(feed, "updated", hits[0]["found_at"] if hits else alert["created"])
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=f"{base}/alerts/{alert['name']}.atom")
    _text(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", "veille")
    for hit in hits:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "title", hit["title"] or hit["snippet"][:80] or hit["id"])
        _text(entry, "id", f"urn:veille:{alert['name']}:{hit['id']}")
        _text(entry, "updated", hit["found_at"])
        ET.SubElement(entry, f"{{{ATOM}}}link", href=hit["url"] or f"{base}/article/{hit['id']}")
        _text(entry, "summary", hit["snippet"])
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = text
