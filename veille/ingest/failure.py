"""An input that could not be read, with the reason shown to the user and a short kind for counts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Failure:
    """An input (file, or ``file#record``) that could not be read.

    ``reason`` is the full message for stderr; ``kind`` a short name the ingest summary
    counts by ("not JSON", "corrupt gzip", …); it defaults to the reason itself.
    """

    source: str
    reason: str
    kind: str = ""
    link: str = ""  # a feed entry without text: the page it points to, which a URL reader fetches

    def __post_init__(self) -> None:
        if not self.kind:
            self.kind = self.reason
