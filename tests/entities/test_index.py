"""The mention index later stages read the entities stage's mentions through."""

from veille.entities.index import MentionIndex
from veille.model import Entity, Mention


def _entity(name: str, *spans: tuple[int, int]) -> Entity:
    return Entity(id=f"person:{name.lower()}", name=name, type="PERSON",
                  mentions=[Mention(text=name, start=s, end=e) for s, e in spans])


def test_a_long_mention_starting_far_before_still_overlaps():
    long = _entity("Organisation", (0, 200))
    short = [_entity(f"P{i}", (10 + 5 * i, 12 + 5 * i)) for i in range(20)]
    index = MentionIndex.of([long, *short])
    assert [r[2] for r in index.overlapping(150, 160)] == [long]


def test_overlapping_stops_at_the_limit_and_keeps_the_order():
    people = [_entity(f"P{i}", (i * 10, i * 10 + 5)) for i in range(5)]
    index = MentionIndex.of(people)
    assert [r[2].name for r in index.overlapping(0, 50)] == ["P0", "P1", "P2", "P3", "P4"]
    assert [r[2].name for r in index.overlapping(0, 50, limit=2)] == ["P0", "P1"]
    assert index.overlapping(5, 10) == []  # ends are exclusive


def test_an_entity_named_twice_in_the_range_is_listed_once():
    macron = _entity("Macron", (0, 6), (20, 26))
    index = MentionIndex.of([macron, _entity("Putin", (10, 15))])
    assert [e.name for e in index.entities_overlapping(0, 30)] == ["Macron", "Putin"]


def test_added_mentions_are_found_and_neighbours_come_nearest_first():
    index = MentionIndex.of([_entity("A", (0, 1)), _entity("C", (40, 41))])
    b = _entity("B")
    index.add(20, 21, b)
    assert [r[2].name for r in index.before(40)] == ["B", "A"]
    assert [r[2].name for r in index.after(0)] == ["B", "C"]
    assert index.first_from(15)[2] is b
    assert index.first_from(50) is None
