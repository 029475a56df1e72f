"""The ``veille`` command: a thin layer that parses, calls the library and prints."""

from __future__ import annotations

import os
import sys

from ..errors import VeilleError
from .app import app, console_err

# Each module adds its commands to ``app`` when imported.
from . import analyze as _analyze  # noqa: E402,F401
from . import evaluate as _evaluate  # noqa: E402,F401
from . import ingest as _ingest, query as _query, export as _export  # noqa: E402,F401
from . import eval_entities as _eval_entities  # noqa: E402,F401
from . import eval_events as _eval_events  # noqa: E402,F401
from . import serve as _serve  # noqa: E402,F401
from . import eval_quotes as _eval_quotes  # noqa: E402,F401
from . import spark as _spark  # noqa: E402,F401
from . import watch as _watch, alert as _alert  # noqa: E402,F401

__all__ = ["app", "main"]


def main() -> None:
    """Run the CLI; any error becomes one line on stderr (VEILLE_DEBUG=1 shows tracebacks)."""
    try:
        app()
    except KeyboardInterrupt:
        console_err.print("veille: interrupted", markup=False)
        sys.exit(130)
    except VeilleError as exc:
        console_err.print(f"veille: error: {exc}", markup=False)
        sys.exit(1)
    except Exception as exc:  # last resort: users get a line, not a traceback
        if os.environ.get("VEILLE_DEBUG"):
            raise
        console_err.print(f"veille: internal error: {type(exc).__name__}: {exc}", markup=False)
        sys.exit(1)
