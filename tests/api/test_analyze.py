"""POST /api/analyze: text or HTML in, the output contract out, nothing stored."""

from __future__ import annotations

import pytest

from veille import settings

TEXT = "Emmanuel Macron a rencontré Olaf Scholz à Berlin lundi. Les deux dirigeants ont parlé de l'Ukraine."
HTML = f"<html><head><title>t</title></head><body><nav>Menu</nav><article><h1>Rencontre</h1><p>{TEXT}</p>" \
       f"<p>{TEXT}</p></article><footer>© site</footer></body></html>"


def test_analyze_text(client):
    before = client.get("/api/stats").json()["articles"]
    r = client.post("/api/analyze", json={"text": TEXT, "title": "Rencontre", "published": "2024-05-06"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["language"] == "fr" and body["text"] == TEXT and body["published"] == "2024-05-06"
    names = {e["name"] for e in body["entities"]}
    assert "Emmanuel Macron" in names
    for e in body["entities"]:
        for m in e["mentions"]:
            assert TEXT[m["start"]:m["end"]] == m["text"]
    assert client.get("/api/stats").json()["articles"] == before  # nothing stored


def test_analyze_html_extracts_main_text(client):
    r = client.post("/api/analyze", json={"html": HTML, "lang": "fr", "with_text": True})
    assert r.status_code == 200, r.text
    body = r.json()
    assert "Emmanuel Macron" in body["text"] and "Menu" not in body["text"]
    assert "text" not in client.post("/api/analyze", json={"text": TEXT, "with_text": False}).json()


@pytest.mark.parametrize(
    "payload, message",
    [
        ({}, "body: give exactly one of 'text' or 'html'"),
        ({"text": "a", "html": "<p>a</p>"}, "body: give exactly one of 'text' or 'html'"),
        ({"text": "   "}, "text: is empty"),
        ({"html": "<html><body></body></html>"}, "body: no article text found"),
        ({"text": 42}, "text: Input should be a valid string"),
        ({"text": "x", "published": "2024-13-40"}, "published: Input should be a valid date"),
        ({"text": "x", "colour": "red"}, "colour: Extra inputs are not permitted"),
        (["text"], "body: expected a JSON object"),
    ],
)
def test_analyze_validation(client, payload, message):
    r = client.post("/api/analyze", json=payload)
    assert r.status_code == 422, r.text
    assert r.json()["detail"].startswith(message), r.json()


def test_analyze_bad_json(client):
    r = client.post("/api/analyze", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["detail"].startswith("body: not a JSON object")


def test_analyze_body_limit(client):
    limit = settings.get("api_max_body_bytes")
    r = client.post("/api/analyze", json={"text": "a" * (limit + 10)})
    assert r.status_code == 413
    assert r.json()["detail"] == f"request body larger than {limit} bytes"


def test_analyze_body_limit_without_content_length(client):
    limit = settings.get("api_max_body_bytes")

    def chunks():
        for _ in range(limit // 65536 + 2):
            yield b"x" * 65536

    r = client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_analyze_is_post_only(client):
    assert client.get("/api/analyze").status_code == 405
