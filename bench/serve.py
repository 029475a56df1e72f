"""Load check of ``veille serve``: concurrent clients against a local server on a big database.

    python bench/serve.py [--db bench-serve.db] [--articles 5000] [--clients 8] [--requests 40]

1. Database (built once, reused while it holds enough articles): real articles (the
   examples, plus the eval corpus when ../shared is present) go through the real
   pipeline; each analysis is then cloned with a new id through the store's own
   ``save`` until the database holds ``--articles`` articles. A clone appends a
   copy marker to the text (so its content id differs, every offset stays valid) and
   gets a publication date spread over two years. Where the pipeline found no quotes
   or events in an article, the clone gets synthetic ones built from its real entity
   mentions (a sentence quoted by a PERSON, PLOVER events between entities it names):
   they give the queries a realistic load, they say nothing about analysis quality.
2. A server (``veille serve``, one uvicorn process) on 127.0.0.1 and a free port.
3. ``--clients`` threads each send ``--requests`` requests, alternating
   ``/api/quotes?speaker=<a person>`` and ``/api/network``, in two rounds: network
   views a user opens again and again (default, an event type, a fixed window: the
   server's aggregate cache answers after the first), then a new random date window
   each time (cache misses: the store computes every answer). p50/p95/max latency per
   endpoint and round is printed.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from veille.model import Analysis, Article, Event, Quote, SentenceSpan, Span  # noqa: E402

TYPES = [("CONSULT", "verbal-cooperation"), ("AGREE", "verbal-cooperation"), ("AID", "material-cooperation"),
         ("ACCUSE", "verbal-conflict"), ("THREATEN", "verbal-conflict"), ("ASSAULT", "material-conflict")]


def seed_articles(limit: int) -> list[Article]:
    from veille.ingest import Failure, read_paths

    from corpus import text_paths

    paths = [str(ROOT / "examples")] + [str(p) for p in text_paths()]
    return [a for a in read_paths(paths) if not isinstance(a, Failure)][:limit]


def synthesise(analysis: Analysis, rng: random.Random) -> Analysis:
    """Quotes and events from the article's real mentions when the pipeline gave none."""
    text = analysis.article.text
    people = [e for e in analysis.entities if e.type == "PERSON" and e.mentions]
    actors = [e for e in analysis.entities if e.mentions and e.type in ("PERSON", "ORG", "GPE")]
    places = [e for e in analysis.entities if e.type in ("GPE", "LOC") and e.mentions]
    quotes = list(analysis.quotes)
    if not quotes and people:
        for sentence_start in [0] + [i + 2 for i, c in enumerate(text) if c == "." and i + 2 < len(text)][:6]:
            end = text.find(".", sentence_start + 20)
            if end == -1:
                break
            who = rng.choice(people)
            m = who.mentions[0]
            quotes.append(Quote(text=text[sentence_start:end], start=sentence_start, end=end, kind="indirect",
                                speaker=who.id, speaker_text=m.text, speaker_start=m.start, speaker_end=m.end))
    events = list(analysis.events)
    if not events and len(actors) >= 2:
        for _ in range(min(6, len(actors))):
            a, b = rng.sample(actors, 2)
            kind, quad = rng.choice(TYPES)
            m = a.mentions[0]
            events.append(Event(type=kind, quad=quad, source=[a.id], target=[b.id],
                                trigger=Span(text=m.text, start=m.start, end=m.end),
                                location=rng.choice(places).id if places else None,
                                sentence=SentenceSpan(start=m.start, end=m.end)))
    return analysis.model_copy(update={"quotes": quotes, "events": events})


def clone(analysis: Analysis, n: int, published: date) -> Analysis:
    a = analysis.article
    article = Article.from_text(f"{a.text}\n[copy {n}]", source=f"{a.source}#{n}", url=None, title=a.title,
                                published=published, language=a.language)
    return analysis.model_copy(update={"article": article})


def build_db(path: Path, target: int, seeds: int) -> None:
    from veille.nlp import analyze
    from veille.store import open_store

    store = open_store(path)
    try:
        have = store.stats()["articles"]
        if have >= target:
            print(f"database: {path} already holds {have} articles")
            return
        t0 = time.perf_counter()
        rng = random.Random(7)
        analysed = list(analyze(seed_articles(seeds)))
        # The store refuses an analysis naming one entity id twice; such seeds are left out.
        base = [synthesise(an, rng) for an in analysed
                if len({e.id for e in an.entities}) == len(an.entities)]
        print(f"pipeline: {len(analysed)} real articles analysed in {time.perf_counter() - t0:.1f}s "
              f"({len(analysed) - len(base)} left out: an entity id given twice)")
        t1 = time.perf_counter()
        start = date(2023, 1, 1)
        n = have
        while n < target:
            an = base[n % len(base)]
            store.save(clone(an, n, start + timedelta(days=rng.randrange(730))))
            n += 1
        print(f"store: {target - have} clones saved in {time.perf_counter() - t1:.1f}s "
              f"({(target - have) / (time.perf_counter() - t1):.0f} articles/s)")
    finally:
        store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "veille", "serve", "--db", str(db), "--host", "127.0.0.1",
                             "--port", str(port)], env=env, stderr=subprocess.PIPE, text=True)
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().strip()}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/articles?limit=1", timeout=1)
            return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start within 60 s")


def repeated_network(rng: random.Random) -> dict:
    """The views a dashboard user opens again and again (answered from the cache after the first)."""
    return rng.choice([{}, {"type": rng.choice(TYPES)[0]}, {"since": "2023-06-01", "until": "2023-12-31"},
                       {"limit": 50}])


def varied_network(rng: random.Random) -> dict:
    """A different date window almost every time: cache misses, the store answers each."""
    start = date(2023, 1, 1) + timedelta(days=rng.randrange(600))
    params = {"since": start.isoformat(), "until": (start + timedelta(days=rng.randrange(30, 400))).isoformat()}
    if rng.random() < 0.3:
        params["type"] = rng.choice(TYPES)[0]
    return params


def run_clients(base: str, clients: int, requests: int, speakers: list[str],
                network_params=repeated_network) -> dict[str, list[float]]:
    import httpx

    timings: dict[str, list[float]] = {"quotes?speaker=": [], "network": []}
    errors: list[str] = []
    lock = threading.Lock()

    def client(k: int) -> None:
        rng = random.Random(k)
        with httpx.Client(base_url=base, timeout=30) as http:
            for i in range(requests):  # bounded: each client sends exactly `requests` requests
                if i % 2 == 0:
                    key, url, params = "quotes?speaker=", "/api/quotes", {"speaker": rng.choice(speakers)}
                else:
                    key, url = "network", "/api/network"
                    params = network_params(rng)
                t0 = time.perf_counter()
                r = http.get(url, params=params)
                elapsed = (time.perf_counter() - t0) * 1000
                with lock:
                    if r.status_code != 200:
                        errors.append(f"{url} {params} → {r.status_code}")
                    timings[key].append(elapsed)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        print(f"errors: {len(errors)}, first: {errors[0]}")
    return timings


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=str(ROOT / "bench-serve.db"))
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--seeds", type=int, default=60, help="real articles run through the pipeline")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=40, help="requests per client")
    args = ap.parse_args()
    db = Path(args.db)
    build_db(db, args.articles, args.seeds)
    port = free_port()
    server = start_server(db, port)
    try:
        import httpx

        base = f"http://127.0.0.1:{port}"
        stats = httpx.get(base + "/api/stats", timeout=60).json()
        print(f"database: {stats['articles']} articles, {stats['mentions']} mentions, "
              f"{stats['quotes']} quotes, {stats['events']} events")
        people = httpx.get(base + "/api/entities", params={"type": "PERSON", "limit": 40}).json()
        speakers = [p["name"] for p in people] or ["nobody"]
        httpx.get(base + "/api/network", timeout=120)  # waits for the server's start-up warm-up
        run_clients(base, 2, 3, speakers)  # warm-up: page cache, thread-local connections
        for label, maker in (("network views repeated (cache hits after the first)", repeated_network),
                             ("network windows all different (cache misses)", varied_network)):
            t0 = time.perf_counter()
            timings = run_clients(base, args.clients, args.requests, speakers, maker)
            wall = time.perf_counter() - t0
            total = sum(len(v) for v in timings.values())
            print(f"\n{label}: {args.clients} concurrent clients × {args.requests} requests = {total} "
                  f"in {wall:.1f}s ({total / wall:.0f} req/s)")
            print(f"{'endpoint':<20} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
            for key, values in timings.items():
                print(f"/api/{key:<15} {len(values):>5} {statistics.median(values):>8.1f} "
                      f"{pct(values, 95):>8.1f} {max(values):>8.1f}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
