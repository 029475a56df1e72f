"""Shared fixtures: pipelines are loaded once per session; ../shared is optional."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The developer data sits next to the repository; VEILLE_SHARED points elsewhere.
SHARED = Path(os.environ.get("VEILLE_SHARED") or ROOT.parent / "shared")
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared/ (developer data) is not present")
    return SHARED


@pytest.fixture(scope="session")
def reference_text(shared: Path) -> str:
    path = shared / "examples" / "elysee-macron-putin-fr.txt"
    if not path.exists():
        pytest.skip("reference article not present")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def fr_nlp():
    from veille.nlp import build_nlp

    return build_nlp("fr")


@pytest.fixture(scope="session")
def en_nlp():
    from veille.nlp import build_nlp

    return build_nlp("en")
