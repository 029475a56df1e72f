"""Ontology, lexicons, merging, date resolution and scoring, without the full pipeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from veille.events import ontology
from veille.events.component import events_data
from veille.events.merge import merge
from veille.events.qualifiers import resolve_date
from veille.events.triggers import lexicon
from veille.evaluation.events import GoldDoc, GoldEvent, Scores, load_dataset, score_doc
from veille.model import Analysis, Article, Entity, Event, Mention, SentenceSpan, Span

ROOT = Path(__file__).resolve().parents[2]


def test_ontology_has_sixteen_types_with_quads():
    assert len(ontology.event_types()) == 16
    assert ontology.quad("CONSULT") == "verbal-cooperation"
    assert ontology.quad("ASSAULT") == "material-conflict"
    assert "phone" in ontology.modes("CONSULT") and "deport" in ontology.modes("COERCE")
    assert ontology.current_name("DEMAND") == "REQUEST"


def test_lexicons_load_for_both_languages():
    fr = lexicon(events_data("fr"))
    en = lexicon(events_data("en"))
    bare = {t.type for t in fr[("expulser", "VERB")] if not (t.obj or t.prep or t.with_)}
    assert bare == {"COERCE"}
    assert {t.type for t in fr[("expulser", "VERB")] if t.obj == "diplomate"} == {"SANCTION"}
    assert en[("condemn", "VERB")][0].type == "ACCUSE"
    # English is seeded from CAMEO through the CAMEO→PLOVER table.
    assert any(t.generated for entries in en.values() for t in entries)
    assert all(t.type in ontology.event_types() for entries in en.values() for t in entries if t.type)


def _event(type_, source, target, start):
    span = Span(text="x", start=start, end=start + 1)
    return Event(type=type_, source=source, target=target, trigger=span, mentions=[span],
                 sentence=SentenceSpan(start=0, end=10))


def test_repeated_mentions_merge_into_one_event():
    events = merge([_event("CONSULT", ["a"], ["b"], 0), _event("CONSULT", ["b"], ["a"], 50),
                    _event("ACCUSE", ["a"], ["b"], 60)])
    assert [e.type for e in events] == ["CONSULT", "ACCUSE"]
    assert len(events[0].mentions) == 2


def test_different_actors_do_not_merge():
    assert len(merge([_event("ACCUSE", ["a"], ["b"], 0), _event("ACCUSE", ["c"], ["b"], 9)])) == 2


def test_date_resolution_relative_to_publication():
    day = lambda d: (d, "day")  # noqa: E731
    assert resolve_date("lundi", "2021-11-20", "fr") == day(dt.date(2021, 11, 15))
    assert resolve_date("hier", "2021-11-20", "fr") == day(dt.date(2021, 11, 19))
    assert resolve_date("le 15 novembre", "2021-11-20", "fr") == day(dt.date(2021, 11, 15))
    assert resolve_date("le 25 décembre", "2021-11-20", "fr") == day(dt.date(2020, 12, 25))
    assert resolve_date("Monday", "2021-11-20", "en") == day(dt.date(2021, 11, 15))
    assert resolve_date("lundi", None, "fr") is None


def test_triple_scoring_matches_actors_by_mention_overlap():
    text = "Hungary and Romania agreed. Serbia attacked Albania."
    gold = GoldDoc("d", text, "en", None, [GoldEvent("AGREE", ["Hungary", "Romania"], []),
                                          GoldEvent("ASSAULT", ["Serbia"], ["Albania"])])
    ents = [Entity(id=f"gpe:{n}", name=n, type="GPE", mentions=[Mention(text=n, start=text.index(n),
                                                                          end=text.index(n) + len(n))])
            for n in ("Hungary", "Romania", "Serbia", "Albania")]
    analysis = Analysis(article=Article.from_text(text), entities=ents, events=[
        _event("AGREE", ["gpe:Hungary"], ["gpe:Romania"], 20),   # symmetric: order does not matter
        _event("ASSAULT", ["gpe:Albania"], ["gpe:Serbia"], 35),  # reversed roles: wrong
    ])
    scores = Scores()
    score_doc(gold, analysis, scores, one_event=False)
    assert (scores.tp, scores.fp, scores.fn) == (1, 1, 1)


def test_french_gold_set_is_well_formed():
    docs = load_dataset(str(ROOT / "gold" / "events-fr"))
    assert len(docs) >= 20
    assert sum(len(d.events) for d in docs) >= 60
    for d in docs:
        for e in d.events:
            assert e.type in ontology.event_types()
            assert e.trigger_start is not None


def test_who_acts_changes_the_type():
    # Blocking roads is a state's coercion but demonstrators' protest; an "arrest" by rebels is an abduction.
    assert ontology.for_source_sectors("COERCE", "restrict", ["GOV"]) == ("COERCE", "restrict")
    assert ontology.for_source_sectors("COERCE", "restrict", ["OPP"]) == ("PROTEST", "obstruct")
    assert ontology.for_source_sectors("COERCE", "arrest", ["REB"]) == ("ASSAULT", "abduct")
    assert ontology.for_source_sectors("COERCE", "arrest", ["REB", None]) == ("COERCE", "arrest")
    assert ontology.for_source_sectors("MOBILIZE", "troops", ["CIV"]) == ("PROTEST", "demo")
    assert ontology.for_source_sectors("MOBILIZE", "troops", ["REB"]) == ("MOBILIZE", "troops")


def test_gold_actors_match_whole_words_only():
    # "UE" must not credit an entity whose mention merely contains those letters ("Turquie").
    text = "La Turquie critique l'UE."
    gold = GoldDoc("d", text, "fr", None, [GoldEvent("ACCUSE", ["UE"], [])])
    ents = [Entity(id="gpe:TUR", name="Turquie", type="GPE", mentions=[Mention(text="Turquie", start=3, end=10)])]
    analysis = Analysis(article=Article.from_text(text), entities=ents,
                        events=[_event("ACCUSE", ["gpe:TUR"], [], 11)])
    scores = Scores()
    score_doc(gold, analysis, scores, one_event=False)
    assert (scores.tp, scores.fp, scores.fn) == (0, 1, 1)


def test_one_doer_twice_in_a_sentence_is_one_act():
    merged = merge([_event("ASSAULT", ["a"], ["b"], 0), _event("ASSAULT", ["a"], [], 9)])
    assert len(merged) == 1 and len(merged[0].mentions) == 2
    # a doerless mention about the other's party folds in too; different doers stay apart
    assert len(merge([_event("ASSAULT", ["a"], ["b"], 0), _event("ASSAULT", [], ["b"], 9)])) == 1
    assert len(merge([_event("ASSAULT", ["a"], ["b"], 0), _event("ASSAULT", ["c"], ["d"], 9)])) == 2
