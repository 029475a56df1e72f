"""Entities tests: ../shared is found next to the repository, or where VEILLE_SHARED points."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _shared_dir() -> Path | None:
    for candidate in (ROOT.parent / "shared", os.environ.get("VEILLE_SHARED")):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


@pytest.fixture(scope="session")
def shared() -> Path:
    path = _shared_dir()
    if path is None:
        pytest.skip("../shared/ (developer data) is not present")
    return path


@pytest.fixture(scope="session")
def reference_text(shared: Path) -> str:
    path = shared / "examples" / "elysee-macron-putin-fr.txt"
    if not path.exists():
        pytest.skip("reference article not present")
    return path.read_text(encoding="utf-8")
