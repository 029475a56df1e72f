"""The web interface in a real browser (Debian's Chromium driven by Playwright).

Skips with a reason when Playwright or /usr/bin/chromium is missing. Screenshots of
each page go to docs/screenshots/ (referenced from the README).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from samples import BELKACEM

CHROMIUM = os.environ.get("VEILLE_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
    pytest.skip(f"chromium not found at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(app):
    import uvicorn

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        except Exception as exc:  # a broken install is reported as a skip, with the reason
            pytest.skip(f"chromium at {CHROMIUM} could not start: {str(exc).splitlines()[0]}")
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US",
                                  extra_http_headers={"Accept-Language": "en"})
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    # Offline guarantee: any request to another host fails the test.
    foreign: list[str] = []
    pg.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server)
             else (foreign.append(route.request.url), route.abort()))
    pg.dialogs = dialogs
    yield pg
    assert not foreign, f"page asked for outside resources: {foreign}"
    assert not dialogs, f"a script ran and opened a dialog: {dialogs}"
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_dashboard(page, server):
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Dashboard"
    assert page.locator(".figure b").first.inner_text() == "6"
    assert page.locator("ol.actors li").count() >= 5
    assert page.locator("figure.chart svg rect").count() >= 3
    shot(page, "dashboard")


def test_click_search_to_entity_to_article(page, server):
    page.goto(server + "/")
    page.fill("form.quick input[name=q]", "Belkacem")
    page.press("form.quick input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Belkacem")
    assert page.locator("#quotes blockquote").first.inner_text() == "This attack must stop <now>"
    shot(page, "search")
    page.locator("#entities a.entity-link", has_text="Omar Belkacem").click()
    page.wait_for_url("**/entity/**")
    assert page.locator("h1.entity-name").inner_text().startswith("Omar Belkacem")
    assert page.locator("text=Interaction partners").count() == 1
    shot(page, "entity")
    page.locator("a.article-link").first.click()
    page.wait_for_url("**/article/**")
    assert page.locator("h1.article-title").inner_text() == "Ministers meet in Geneva"
    text = page.locator("#article-text")
    assert text.locator(".q").count() >= 2 and text.locator(".trig").count() >= 3
    assert text.locator(f'a.ent[href="/entity/{BELKACEM.replace(":", "%3A")}"]').count() == 3
    shot(page, "article")


def test_network_renders_svg(page, server):
    page.goto(server + "/network?limit=60&co_mentions=1")
    svg = page.locator("svg#network")
    assert svg.locator("circle.node").count() >= 10
    assert svg.locator("line.edge.cooperation").count() >= 1 and svg.locator("line.edge.conflict").count() >= 1
    box = svg.bounding_box()
    assert box and box["width"] > 500 and box["height"] > 300
    shot(page, "network")
    page.select_option("select[name=type]", "ASSAULT")
    page.click("form.filters button")
    page.wait_for_url("**type=ASSAULT**")
    assert page.locator("svg#network circle.node").count() == 2


def test_map_renders_base_map_and_places(page, server):
    page.goto(server + "/map")
    svg = page.locator("svg#map")
    assert svg.locator("circle.place").count() == 2
    assert svg.locator("circle.named-place").count() >= 2
    # the base map image really loaded (from veille, not a tile server)
    loaded = page.evaluate("""async () => {
        const r = await fetch('/map/world.svg'); const t = await r.text();
        return r.ok && t.includes('<path');
    }""")
    assert loaded
    shot(page, "map")


def test_xss_fixture_shows_as_text(page, server):
    page.goto(server + "/search?q=harbour")
    page.locator("#text a.article-link").first.click()
    page.wait_for_url("**/article/**")
    assert page.locator("h1.article-title").inner_text() == '<script>alert("title")</script> Harbour deal'
    body = page.locator("#article-text").inner_text()
    assert "<script>window.__xss = 1;</script>" in body and '<img src=x onerror="alert(1)">' in body
    assert page.evaluate("window.__xss") is None
    assert page.locator("#article-text img").count() == 0
    shot(page, "xss")


def test_french_interface(browser, server):
    context = browser.new_context(locale="fr-FR", extra_http_headers={"Accept-Language": "fr-FR,fr;q=0.9"})
    pg = context.new_page()
    pg.goto(server + "/")
    assert pg.locator("h1").inner_text() == "Tableau de bord"
    pg.click("header .langs a[hreflang=en]")
    assert pg.locator("h1").inner_text() == "Dashboard"
    pg.goto(server + "/network")  # the choice sticks
    assert pg.locator("h1").inner_text() == "Network of actors"
    pg.goto(server + "/?lang=fr")
    shot(pg, "dashboard-fr")
    context.close()


def test_api_docs_render_offline(page, server):
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=20000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/quotes" in p for p in paths) and any("/api/analyze" in p for p in paths)
