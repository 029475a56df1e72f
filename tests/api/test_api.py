"""The JSON API over a real database: every endpoint, every validation error."""

from __future__ import annotations

import re

import pytest
from samples import ALLIANCE, BELKACEM, GENEVA, HURST, TARNOW, XSS_TITLE

from veille import settings


def test_stats(client):
    body = client.get("/api/stats").json()
    assert body["articles"] == 6
    assert body["events"] >= 3 and body["quotes"] >= 3
    assert set(body["languages"]) == {"en", "fr"}
    assert {"ACCUSE", "ASSAULT", "CONSULT"} <= set(body["events_by_type"])
    assert body["top_entities"] and body["latest_quotes"]


def test_articles_list_and_filters(client):
    rows = client.get("/api/articles").json()
    assert len(rows) == 6
    assert {"id", "title", "published", "language", "text_length"} <= set(rows[0])
    fr = client.get("/api/articles", params={"lang": "fr"}).json()
    assert fr and all(r["language"] == "fr" for r in fr)
    dated = client.get("/api/articles", params={"since": "2024-05-01", "until": "2024-05-31"}).json()
    assert [r["title"] for r in dated] == ["Ministers meet in Geneva"]
    by_entity = client.get("/api/articles", params={"entity": "Clara Hurst"}).json()
    assert [r["title"] for r in by_entity] == ["Ministers meet in Geneva"]
    page = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert [r["id"] for r in page] == [r["id"] for r in rows[2:4]]


def test_article_record(client):
    rows = client.get("/api/articles", params={"entity": HURST}).json()
    record = client.get(f"/api/articles/{rows[0]['id']}").json()
    text = record["text"]
    for e in record["entities"]:
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    assert {q["speaker"] for q in record["quotes"]} == {HURST, BELKACEM}
    assert {ev["type"] for ev in record["events"]} == {"CONSULT", "ACCUSE", "ASSAULT"}
    without = client.get(f"/api/articles/{rows[0]['id']}", params={"with_text": "false"}).json()
    assert "text" not in without


def test_event_records_carry_their_sentence(client):
    article_id = client.get("/api/articles", params={"entity": HURST}).json()[0]["id"]
    record = client.get(f"/api/articles/{article_id}").json()
    text = record["text"]
    events = record["events"] + client.get("/api/events", params={"actor": HURST}).json()
    assert events
    for ev in events:
        s = ev["sentence"]
        assert s["text"] == text[s["start"]:s["end"]]
        assert s["start"] <= ev["trigger"]["start"] < ev["trigger"]["end"] <= s["end"]
        assert "date_precision" in ev


def test_article_missing_is_404(client):
    r = client.get("/api/articles/nope")
    assert r.status_code == 404 and "nope" in r.json()["detail"]


def test_entities(client):
    rows = client.get("/api/entities", params={"type": "gpe"}).json()
    assert rows and all(r["type"] == "GPE" for r in rows)
    mentions = [r["mentions"] for r in rows]
    assert mentions == sorted(mentions, reverse=True)
    found = client.get("/api/entities", params={"name": "belkacem"}).json()
    assert [r["id"] for r in found] == [BELKACEM]


def test_entity_profile(client):
    p = client.get(f"/api/entities/{HURST}").json()
    assert p["name"] == "Clara Hurst"
    assert [q["text"] for q in p["quotes_by"]] == ["We agreed to keep talking"]
    assert [e["type"] for e in p["events_as_source"]] == ["CONSULT"]
    assert {c["id"] for c in p["co_occurring"]} >= {BELKACEM, GENEVA}
    assert p["mentions_by_date"] == [{"date": "2024-05-14", "count": 2}]
    b = client.get(f"/api/entities/{BELKACEM}").json()
    assert {e["type"] for e in b["events_as_target"]} == {"CONSULT", "ASSAULT"}
    assert client.get("/api/entities/person:nobody").status_code == 404


def test_quotes_filters(client):
    by = client.get("/api/quotes", params={"speaker": "Hurst"}).json()
    assert [q["text"] for q in by] == ["We agreed to keep talking"]
    assert by[0]["speaker_name"] == "Clara Hurst" and by[0]["article_title"] == "Ministers meet in Geneva"
    words = client.get("/api/quotes", params={"text": "attack"}).json()
    assert [q["speaker"] for q in words] == [BELKACEM]
    assert client.get("/api/quotes", params={"speaker": "Nobody Atall"}).json() == []
    dated = client.get("/api/quotes", params={"until": "2024-04-01"}).json()
    assert dated and all(q["published"] <= "2024-04-01" for q in dated)
    assert client.get("/api/quotes", params={"lang": "fr"}).json() == []


def test_events_filters(client):
    assert [e["type"] for e in client.get("/api/events", params={"type": "consult"}).json()] == ["CONSULT"]
    src = client.get("/api/events", params={"source": ALLIANCE}).json()
    assert [e["type"] for e in src] == ["ASSAULT"]
    tgt = client.get("/api/events", params={"target": "Belkacem"}).json()
    assert {e["type"] for e in tgt} == {"CONSULT", "ASSAULT"}
    actor = client.get("/api/events", params={"actor": "Northern Alliance"}).json()
    assert {e["type"] for e in actor} == {"ACCUSE", "ASSAULT"}
    window = client.get("/api/events", params={"since": "2024-05-14", "until": "2024-05-14"}).json()
    assert {e["type"] for e in window} == {"CONSULT", "ACCUSE"}


def test_network(client):
    net = client.get("/api/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert {HURST, BELKACEM, ALLIANCE} <= ids
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert edges[tuple(sorted((HURST, BELKACEM)))]["cooperation"] == 1
    assert edges[tuple(sorted((ALLIANCE, BELKACEM)))]["conflict"] == 2
    # by default edges are events only; co_mentions adds actors merely named together
    assert all(e["cooperation"] + e["conflict"] > 0 for e in net["edges"])
    both = client.get("/api/network", params={"co_mentions": "true"}).json()
    assert len(both["edges"]) > len(net["edges"])
    assert any(e["cooperation"] + e["conflict"] == 0 and e["count"] > 0 for e in both["edges"])
    only = client.get("/api/network", params={"type": "ASSAULT"}).json()
    assert {n["id"] for n in only["nodes"]} == {ALLIANCE, BELKACEM}
    assert [(e["cooperation"], e["conflict"]) for e in only["edges"]] == [(0, 1)]
    people = client.get("/api/network", params={"entity_type": "PERSON"}).json()
    assert people["nodes"] and all(n["type"] == "PERSON" for n in people["nodes"])
    assert len(client.get("/api/network", params={"limit": 3}).json()["nodes"]) == 3
    assert client.get("/api/network", params={"until": "2000-01-01"}).json() == {"nodes": [], "edges": []}


def test_locations(client):
    places = client.get("/api/locations").json()
    assert {p["id"]: (p["lat"], p["lon"], p["events"]) for p in places} == {
        GENEVA: (46.2044, 6.1432, 1), TARNOW: (50.0121, 20.9858, 1)}
    assert [p["id"] for p in client.get("/api/locations", params={"type": "ASSAULT"}).json()] == [TARNOW]


def test_search(client):
    hits = client.get("/api/search", params={"q": "harbour"}).json()
    kinds = {h["kind"] for h in hits}
    assert kinds == {"article", "quote"}
    assert all(h["title"] == XSS_TITLE for h in hits)
    # FTS syntax in user input is taken as words, never an error
    assert client.get("/api/search", params={"q": 'harbour" OR NEAR(('}).status_code == 200


def test_openapi_docs(client):
    docs = client.get("/docs")
    assert docs.status_code == 200
    assets = re.findall(r'(?:src|href)=["\']?([^"\' >]+)', docs.text) + re.findall(r"url: '([^']+)'", docs.text)
    assert "/docs-assets/swagger-ui-bundle.js" in assets
    for url in assets:
        assert url.startswith("/"), f"/docs asks another host for {url}"
        assert client.get(url).status_code == 200, url
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/entities", "/api/entities/{entity_id}",
                 "/api/quotes", "/api/events", "/api/network", "/api/search", "/api/analyze", "/api/stats"):
        assert path in paths


MAX = settings.get("api_max_page")


@pytest.mark.parametrize(
    "url, params, message",
    [
        ("/api/articles", {"since": "2024-13-01"}, "since: '2024-13-01' is not a date"),
        ("/api/articles", {"until": "yesterday"}, "until: 'yesterday' is not a date"),
        ("/api/articles", {"since": "2024-05-02", "until": "2024-05-01"}, "until: 2024-05-01 is before since"),
        ("/api/articles", {"lang": "french!"}, "lang: 'french!' is not a language code"),
        ("/api/articles", {"limit": MAX + 1}, f"limit: must be between 1 and {MAX}"),
        ("/api/articles", {"limit": 10**9}, f"limit: must be between 1 and {MAX}"),
        ("/api/articles", {"limit": 0}, "limit: must be between 1"),
        ("/api/articles", {"limit": "ten"}, "limit: 'ten' is not a whole number"),
        ("/api/articles", {"offset": -1}, "offset: must be between 0"),
        ("/api/articles", {"offset": "x"}, "offset: 'x' is not a whole number"),
        ("/api/articles", {"entity": "x" * 600}, "entity: longer than 500 characters"),
        ("/api/articles/abc", {"with_text": "maybe"}, "with_text: Input should be a valid boolean"),
        ("/api/entities", {"type": "ANIMAL"}, "type: unknown entity type 'ANIMAL'"),
        ("/api/entities", {"limit": 5000}, "limit: must be between"),
        ("/api/quotes", {"since": "2024-02-30"}, "since: '2024-02-30' is not a date"),
        ("/api/quotes", {"limit": 201}, "limit: must be between"),
        ("/api/events", {"type": "HUG"}, "type: unknown event type 'HUG'"),
        ("/api/events", {"until": "2024/01/01"}, "until: '2024/01/01' is not a date"),
        ("/api/network", {"type": "PERSON"}, "type: unknown event type 'PERSON'"),
        ("/api/network", {"entity_type": "CONSULT"}, "entity_type: unknown entity type 'CONSULT'"),
        ("/api/network", {"limit": 100000}, "limit: must be between"),
        ("/api/network", {"since": "soon"}, "since: 'soon' is not a date"),
        ("/api/network", {"co_mentions": "maybe"}, "co_mentions: 'maybe' is not a yes/no value"),
        ("/api/locations", {"type": "nothing"}, "type: unknown event type"),
        ("/api/locations", {"since": "2024-1-1"}, "since: '2024-1-1' is not a date"),
        ("/api/search", {}, "q: is required"),
        ("/api/search", {"q": "   "}, "q: is required"),
        ("/api/search", {"q": "a", "limit": -5}, "limit: must be between"),
    ],
)
def test_validation_errors_are_422_with_a_clear_message(client, url, params, message):
    r = client.get(url, params=params)
    assert r.status_code == 422, r.text
    assert r.json()["detail"].startswith(message), r.json()


def test_unknown_route_is_json_404(client):
    r = client.get("/api/nothing-here")
    assert r.status_code == 404 and r.json()["detail"] == "Not Found"


def test_answers_follow_writes_while_serving(db_path, tmp_path):
    """A server on a database that an ingest keeps writing to (WAL) sees each commit."""
    import shutil

    from fastapi.testclient import TestClient
    from samples import annotated

    from veille.api import app_for_db
    from veille.model import Article
    from veille.store import open_store

    copy = tmp_path / "live.db"
    shutil.copy(db_path, copy)
    with TestClient(app_for_db(copy)) as live:
        before = live.get("/api/stats").json()
        net_before = live.get("/api/network", params={"limit": 200}).json()
        writer = open_store(copy)
        try:
            extra = annotated()
            text = extra.article.text + "\nUpdated."
            extra = extra.model_copy(update={"article": Article.from_text(
                text, source="geneva-2.txt", title="Second meeting", published=extra.article.published,
                language="en")})
            assert writer.save(extra) == "new"
            after = live.get("/api/stats").json()  # answered while the writer's connection is open
        finally:
            writer.close()
        assert after["articles"] == before["articles"] + 1
        assert after["events"] == before["events"] + 3
        net_after = live.get("/api/network", params={"limit": 200}).json()
        weight = {(e["source"], e["target"]): e["conflict"] for e in net_after["edges"]}
        old = {(e["source"], e["target"]): e["conflict"] for e in net_before["edges"]}
        assert weight[tuple(sorted((ALLIANCE, BELKACEM)))] == old[tuple(sorted((ALLIANCE, BELKACEM)))] + 2
