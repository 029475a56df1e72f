"""Store fixtures over hand-built analyses."""

from __future__ import annotations

import pytest
from store_samples import make_en, make_fr


@pytest.fixture()
def fr_analysis() -> Analysis:
    return make_fr()


@pytest.fixture()
def en_analysis() -> Analysis:
    return make_en()


@pytest.fixture()
def store(tmp_path, fr_analysis, en_analysis):
    from veille.store import open_store

    s = open_store(tmp_path / "v.db")
    s.save(fr_analysis)
    s.save(en_analysis)
    yield s
    s.close()
