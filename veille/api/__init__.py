"""HTTP API and web interface over a veille database (``veille serve``)."""

from .app import app_for_db, create_app

__all__ = ["app_for_db", "create_app"]
