"""Geometry for the pages' SVG: the actor network layout and small bar charts.

Everything here returns numbers and labels; templates turn them into SVG elements
(Jinja escapes every label), so no markup is built from untrusted text in Python.
"""

from __future__ import annotations

import math
from typing import Any

# Colours shared with style.css: cooperation green, conflict red, co-mention grey.
COOPERATION = "#2e8b57"
CONFLICT = "#c0392b"
NEUTRAL = "#b8bcc4"
QUAD_COLOURS = {
    "verbal-cooperation": "#7fc97f",
    "material-cooperation": "#2e8b57",
    "verbal-conflict": "#f0a35e",
    "material-conflict": "#c0392b",
}
TYPE_COLOURS = {"PERSON": "#4c72b0", "ORG": "#8172b2", "GPE": "#55a868", "LOC": "#64b5cd",
                "NORP": "#ccb974", "EVENT": "#c44e52", "OTHER": "#8c8c8c"}
PALETTE = ("#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3", "#8c8c8c",
           "#ccb974", "#64b5cd", "#2e8b57", "#c0392b", "#7fc97f", "#f0a35e", "#386cb0", "#bf5b17")


def network_layout(network: dict[str, list[dict[str, Any]]], width: int = 900, height: int = 640,
                   iterations: int = 120) -> dict[str, Any]:
    """Force-directed positions (Fruchterman–Reingold, deterministic start on a spiral).

    RETURNS: {"nodes": [{id, name, type, mentions, x, y, r, colour}], "edges": [{x1, y1, x2, y2,
    width, colour, source, target, count, cooperation, conflict}], "width", "height"}.
    """
    nodes = network.get("nodes") or []
    index = {n["id"]: i for i, n in enumerate(nodes)}
    edges = [e for e in network.get("edges") or [] if e["source"] in index and e["target"] in index]
    if not nodes:
        return {"nodes": [], "edges": [], "width": width, "height": height}
    links = [(index[e["source"]], index[e["target"]], 1 + math.log1p(e.get("count", 1))) for e in edges]
    pos = _force_positions(len(nodes), links, width, height, iterations)
    placed = _placed_nodes(nodes, pos, width, height)
    drawn = _drawn_edges(edges, [placed[index[e["source"]]] for e in edges],
                         [placed[index[e["target"]]] for e in edges])
    return {"nodes": placed, "edges": drawn, "width": width, "height": height}


def _force_positions(n: int, links: list[tuple[int, int, float]], width: int, height: int,
                     iterations: int) -> list[list[float]]:
    k = math.sqrt(width * height / n) * 0.8
    # Golden-angle spiral: spread out, reproducible, most-mentioned nodes in the middle.
    pos = [[width / 2 + 8 * math.sqrt(i + 1) * math.cos(i * 2.39996) * 3,
            height / 2 + 8 * math.sqrt(i + 1) * math.sin(i * 2.39996) * 3] for i in range(n)]
    temperature = width / 8
    for _ in range(iterations):
        disp = [[0.0, 0.0] for _ in range(n)]
        _repel(pos, disp, k)
        _attract(pos, disp, links, k)
        for i in range(n):
            # a weak pull to the centre keeps unconnected nodes on the canvas
            disp[i][0] += (width / 2 - pos[i][0]) * 0.02
            disp[i][1] += (height / 2 - pos[i][1]) * 0.02
            dx, dy = disp[i]
            d = math.sqrt(dx * dx + dy * dy) or 0.1
            pos[i][0] += dx / d * min(d, temperature)
            pos[i][1] += dy / d * min(d, temperature)
        temperature = max(1.0, temperature * 0.95)
    return pos


def _repel(pos: list[list[float]], disp: list[list[float]], k: float) -> None:
    n = len(pos)
    for i in range(n):
        xi, yi = pos[i]
        for j in range(i + 1, n):
            dx, dy = xi - pos[j][0], yi - pos[j][1]
            d2 = dx * dx + dy * dy or 0.01
            f = k * k / d2
            disp[i][0] += dx * f
            disp[i][1] += dy * f
            disp[j][0] -= dx * f
            disp[j][1] -= dy * f


def _attract(pos: list[list[float]], disp: list[list[float]], links: list[tuple[int, int, float]],
             k: float) -> None:
    for a, b, w in links:
        dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
        d = math.sqrt(dx * dx + dy * dy) or 0.1
        f = d * w / k
        disp[a][0] -= dx / d * f
        disp[a][1] -= dy / d * f
        disp[b][0] += dx / d * f
        disp[b][1] += dy / d * f


def _placed_nodes(nodes: list[dict[str, Any]], pos: list[list[float]], width: int,
                  height: int) -> list[dict[str, Any]]:
    """Positions scaled into the canvas, with a radius by mentions and a colour by type."""
    biggest = max(nd.get("mentions") or 1 for nd in nodes)
    margin = 40
    xs, ys = [p[0] for p in pos], [p[1] for p in pos]
    sx = (width - 2 * margin) / ((max(xs) - min(xs)) or 1)
    sy = (height - 2 * margin) / ((max(ys) - min(ys)) or 1)
    return [{
        **nd,
        "x": round(margin + (x - min(xs)) * sx, 1),
        "y": round(margin + (y - min(ys)) * sy, 1),
        "r": round(4 + 18 * math.sqrt((nd.get("mentions") or 1) / biggest), 1),
        "colour": TYPE_COLOURS.get(nd.get("type") or "OTHER", TYPE_COLOURS["OTHER"]),
    } for nd, (x, y) in zip(nodes, pos)]


def _drawn_edges(edges: list[dict[str, Any]], sources: list[dict[str, Any]],
                 targets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Edges between placed nodes, coloured by whether the pair cooperates or fights."""
    top = max((e.get("count", 1) for e in edges), default=1) or 1
    drawn = []
    for e, a, b in zip(edges, sources, targets):
        coop, conf = e.get("cooperation") or 0, e.get("conflict") or 0
        colour = NEUTRAL if coop == conf == 0 else (COOPERATION if coop >= conf else CONFLICT)
        drawn.append({
            **e, "x1": a["x"], "y1": a["y"], "x2": b["x"], "y2": b["y"], "colour": colour,
            "kind": "neutral" if colour == NEUTRAL else ("cooperation" if colour == COOPERATION else "conflict"),
            "width": round(0.8 + 4 * (e.get("count", 1) / top), 1),
            "source_name": a.get("name"), "target_name": b.get("name"),
        })
    # Neutral edges first so coloured ones are drawn on top.
    drawn.sort(key=lambda e: e["kind"] != "neutral")
    return drawn


def stacked_bars(rows: list[dict[str, Any]], bucket: str, key: str, value: str = "count",
                 colours: dict[str, str] | None = None, width: int = 720, height: int = 180,
                 max_buckets: int = 48) -> dict[str, Any]:
    """Stacked bars from rows like {bucket: "2024-05", key: "CONSULT", value: 3}.

    RETURNS: {"bars": [{x, y, w, h, colour, label, key, value}], "keys": [(key, colour)],
    "ticks": [{x, label}], "width", "height", "max"}.
    """
    buckets: dict[str, dict[str, int]] = {}
    for r in rows:
        b = str(r.get(bucket) or "?")
        buckets.setdefault(b, {})
        k = str(r.get(key) or "?")
        buckets[b][k] = buckets[b].get(k, 0) + int(r.get(value) or 0)
    labels = sorted(buckets)[-max_buckets:]
    keys = sorted({k for b in labels for k in buckets[b]})
    colours = dict(colours or {})
    for i, k in enumerate(keys):
        colours.setdefault(k, PALETTE[i % len(PALETTE)])
    peak = max((sum(buckets[b].values()) for b in labels), default=0) or 1
    plot_h = height - 24
    slot = (width - 10) / max(len(labels), 1)
    bar_w = min(40.0, max(2.0, slot * 0.8))
    bars, ticks = [], []
    for i, b in enumerate(labels):
        x = 5 + i * slot
        y = plot_h
        for k in keys:
            v = buckets[b].get(k, 0)
            if not v:
                continue
            h = plot_h * v / peak
            y -= h
            bars.append({"x": round(x, 1), "y": round(y, 1), "w": round(bar_w, 1), "h": round(max(h, 0.5), 1),
                         "colour": colours[k], "label": b, "key": k, "value": v})
        if len(labels) <= 12 or i % max(1, len(labels) // 8) == 0:
            ticks.append({"x": round(x + bar_w / 2, 1), "label": b})
    return {"bars": bars, "keys": [(k, colours[k]) for k in keys], "ticks": ticks,
            "width": width, "height": height, "max": peak}


def month_rows(rows: list[dict[str, Any]], date_key: str = "date") -> list[dict[str, Any]]:
    """Rows keyed by full dates regrouped by month (YYYY-MM), other fields kept."""
    out = []
    for r in rows:
        d = r.get(date_key)
        out.append({**r, "month": str(d)[:7] if d else "?"})
    return out
