"""Per-language data files and the typed structures that declare them: each name defined once.

Two workers of one list under the same name would silently keep only the later one, turning the
earlier rule off (Python accepts a second assignment, and a dataclass a second field)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import veille

ROOT = Path(veille.__file__).parent
DATA_FILES = sorted((ROOT / "lang").glob("*/*.py"))
TYPED = [ROOT / "events" / "lexicon.py", ROOT / "quotes" / "data.py", ROOT / "entities" / "data.py"]


def _assigned(body: list[ast.stmt]) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_list_is_defined_once_per_language(path):
    twice = [n for n, c in _assigned(ast.parse(path.read_text(encoding="utf-8")).body).items() if c > 1]
    assert not twice, f"{path.name} defines {twice} more than once"


@pytest.mark.parametrize("path", TYPED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_typed_field_is_declared_once(path):
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef):
            twice = [n for n, c in _assigned(node.body).items() if c > 1]
            assert not twice, f"{node.name} declares {twice} more than once"


def test_the_check_sees_a_second_definition():
    assert _assigned(ast.parse("A = {1}\nB = 2\nA = {3}\n").body)["A"] == 2
