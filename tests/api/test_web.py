"""The web pages rendered over the test database: content, escaping, UI language."""

from __future__ import annotations

import re

from samples import BELKACEM, HURST


def _xss_article_id(client) -> str:
    return client.get("/api/search", params={"q": "harbour"}).json()[0]["article_id"]


def test_dashboard(client):
    html = client.get("/").text
    assert "Dashboard" in html and "Top actors" in html
    assert "We agreed to keep talking" in html  # latest quotes
    assert "<svg" in html and "ACCUSE" in html  # events by type over time


def test_pages_follow_accept_language_and_switch(client):
    fr = client.get("/", headers={"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.8"})
    assert '<html lang="fr">' in fr.text and "Tableau de bord" in fr.text
    en = client.get("/", headers={"Accept-Language": "de-DE,en;q=0.5"})
    assert '<html lang="en">' in en.text
    # ?lang= switches and is remembered in a cookie
    switched = client.get("/?lang=fr", headers={"Accept-Language": "en"})
    assert "Tableau de bord" in switched.text and switched.cookies.get("veille_lang") == "fr"
    assert "Tableau de bord" in client.get("/network", headers={"Accept-Language": "en"}).text
    client.cookies.clear()


def test_article_page_highlights_and_links(client):
    article_id = client.get("/api/articles", params={"entity": HURST}).json()[0]["id"]
    html = client.get(f"/article/{article_id}").text
    assert f'href="/entity/{HURST.replace(":", "%3A")}"' in html
    assert re.search(r'class="q[^"]*"[^>]*>We agreed to keep talking', html)
    assert re.search(r'class="trig"[^>]*>met<', html)
    assert 'class="q spk ent ent-PERSON"' not in html  # the speaker span sits outside the quote
    assert re.search(r'class="spk ent ent-PERSON"[^>]*>Hurst<', html)
    # markup inside a quote stays text
    assert "This attack must stop &lt;now&gt;" in html


def test_xss_fixture_is_escaped_everywhere(client):
    article_id = _xss_article_id(client)
    pages = [client.get(f"/article/{article_id}").text, client.get("/search", params={"q": "harbour"}).text,
             client.get("/").text, client.get("/search", params={"q": "<script>alert(1)</script>"}).text]
    for html in pages:
        assert "<script>" not in html
        assert "<img src=x" not in html and "onerror=\"alert" not in html
    article = pages[0]
    assert "&lt;script&gt;window.__xss = 1;&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in article
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt; Harbour deal" in article


def test_search_page_kinds(client):
    html = client.get("/search", params={"q": "Belkacem"}).text
    assert 'id="entities"' in html and 'id="quotes"' in html and 'id="events"' in html
    assert "This attack must stop" in html
    events = client.get("/search", params={"kind": "events", "type": "ASSAULT"}).text
    assert "ASSAULT" in events and "CONSULT</span>" not in events
    entities = client.get("/search", params={"kind": "entities", "type": "GPE"}).text
    assert "Geneva" in entities and "Clara Hurst" not in entities
    assert "Nothing found." in client.get("/search", params={"q": "zzzzqqq"}).text


def test_search_page_bad_filters_show_an_error_page(client):
    r = client.get("/search", params={"q": "x", "since": "2024-99-01"}, headers={"Accept": "text/html"})
    assert r.status_code == 422 and "since: &#39;2024-99-01&#39; is not a date" in r.text
    r = client.get("/search", params={"kind": "spells"}, headers={"Accept": "text/html"})
    assert r.status_code == 422 and "unknown kind" in r.text


def test_entity_page(client):
    html = client.get(f"/entity/{BELKACEM}").text
    assert "Omar Belkacem" in html and "This attack must stop" in html
    assert "Interaction partners" in html and "Northern Alliance" in html
    assert "<svg" in html
    hurst = client.get(f"/entity/{HURST}").text
    # The role in words in the interface language, its code kept as the tooltip.
    assert re.search(r'class="role" title="foreign_minister:CHE">Foreign Minister of Switzerland '
                     r'<span class="meta">\(2024-05-14\)', hurst)
    hurst_fr = client.get(f"/entity/{HURST}", params={"lang": "fr"}).text
    assert "ministre des Affaires étrangères de la Suisse" in hurst_fr and ">foreign_minister:CHE<" not in hurst_fr
    article_id = client.get("/api/articles", params={"entity": HURST}).json()[0]["id"]
    assert "Foreign Minister of Switzerland" in client.get(f"/article/{article_id}", params={"lang": "en"}).text
    client.cookies.clear()
    missing = client.get("/entity/person:nobody", headers={"Accept": "text/html"})
    assert missing.status_code == 404 and "person:nobody" in missing.text


def test_network_page_draws_nodes_and_coloured_edges(client):
    html = client.get("/network", params={"limit": 150}).text
    assert html.count('class="node"') >= 3
    assert 'class="edge cooperation"' in html and 'class="edge conflict"' in html
    # Node colours have a legend: one key per entity type drawn.
    legend = re.search(r'<p class="keys node-keys">(.*?)</p>', html).group(1)
    assert "person" in legend and "organisation" in legend
    assert 'class="edge neutral"' not in html
    assert 'class="edge neutral"' in client.get("/network", params={"limit": 150, "co_mentions": "1"}).text
    only = client.get("/network", params={"type": "CONSULT"}).text
    assert only.count('class="node"') == 2 and 'class="edge conflict"' not in only
    assert client.get("/network", params={"type": "nope"}, headers={"Accept": "text/html"}).status_code == 422


def test_map_page_and_base_map(client):
    html = client.get("/map").text
    assert html.count('class="place"') == 2 and 'href="/map/world.svg"' in html
    assert html.count('class="named-place"') >= 2  # Geneva and Tarnow at least are located
    svg = client.get("/map/world.svg")
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert len(svg.text) > 100_000 and svg.text.count("M") > 200  # real country outlines
    assert "no_places" not in client.get("/map", params={"type": "AID"}).text
    assert "No located events" in client.get("/map", params={"type": "AID"}).text


def test_static_assets_are_served_by_the_package(client):
    r = client.get("/static/style.css")
    assert r.status_code == 200 and "text/css" in r.headers["content-type"]
    for page in ("/", "/network", "/map", "/search"):
        html = client.get(page).text
        assert not re.search(r'(src|href)="(https?:)?//', html), page  # nothing from another host


def test_event_triggers_are_quoted_in_the_interface_language(client):
    article_id = client.get("/api/articles", params={"entity": HURST}).json()[0]["id"]
    en = client.get(f"/article/{article_id}", headers={"Accept-Language": "en"}).text
    assert "« " not in en and "“met”" in en
    fr = client.get(f"/article/{article_id}?lang=fr").text
    assert "« met »" in fr
    client.cookies.clear()


def test_pages_show_each_event_sentence_with_its_trigger_marked(client):
    article_id = client.get("/api/articles", params={"entity": HURST}).json()[0]["id"]
    article = client.get(f"/article/{article_id}").text
    search = client.get("/search", params={"q": "Belkacem", "kind": "events"}).text
    entity = client.get(f"/entity/{BELKACEM}").text
    for html in (article, search, entity):
        assert re.search(r'<blockquote class="evidence"[^>]*>Belkacem <mark>accused</mark> the Northern Alliance', html)
    assert re.search(r'<blockquote class="evidence"[^>]*>[^<]*<mark>shelling</mark>', article)
