"""Shared fixtures: pipelines are loaded once per session; ../shared is optional."""

from __future__ import annotations

import os
import socket
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


# -- no request leaves the machine -------------------------------------------------
_LOCAL_HOSTS = ("127.", "::1", "localhost")


class NetworkGuard:
    """Refuses socket connections to any host but the loopback one, and remembers them."""

    def __init__(self) -> None:
        self.refused: list[str] = []

    def check(self, sock, address) -> None:
        if sock.family not in (socket.AF_INET, socket.AF_INET6):
            return  # Unix sockets and the like never leave the machine
        host = str(address[0]) if isinstance(address, tuple) else str(address)
        if not host.startswith(_LOCAL_HOSTS):
            self.refused.append(host)
            raise ConnectionRefusedError(f"tests may only connect to 127.0.0.1, not {host}")


@pytest.fixture(autouse=True)
def network_guard(monkeypatch):
    """Every test: a connection to another host than 127.0.0.1 is refused and fails the test."""
    guard = NetworkGuard()
    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guarded_connect(sock, address):
        guard.check(sock, address)
        return connect(sock, address)

    def guarded_connect_ex(sock, address):
        guard.check(sock, address)
        return connect_ex(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)
    yield guard
    if guard.refused:
        pytest.fail(f"the test tried to reach hosts other than 127.0.0.1: {sorted(set(guard.refused))}")
