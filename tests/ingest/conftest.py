"""Fixtures of the ingest tests: a local HTTP server (see feedserver.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from feedserver import FeedServer  # noqa: E402


@pytest.fixture()
def feed_server():
    with FeedServer() as server:
        yield server
