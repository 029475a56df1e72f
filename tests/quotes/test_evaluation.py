"""Quote scoring as SFU computes it, and the ``veille eval quotes`` command."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from veille.cli import app
from veille.evaluation import quotes as qe
from veille.model import Analysis, Article, Entity, Mention, Quote

TEXT = "Smith said the plan would fail. Jones said nothing else mattered to the town."


def gold_doc() -> qe.GoldDoc:
    return qe.GoldDoc(
        "d1",
        TEXT,
        "en",
        [
            qe.GoldQuote(ranges=[(11, 30)], speaker=[(0, 5)], speaker_text="Smith", reference="John Smith"),
            qe.GoldQuote(ranges=[(43, 76)], speaker=[(32, 37)], speaker_text="Jones", reference="Ann Jones"),
        ],
    )


def analysis(quotes, entities) -> Analysis:
    return Analysis(article=Article.from_text(TEXT), quotes=quotes, entities=entities)


def quote(start, end, speaker=None, s=None):
    return Quote(text=TEXT[start:end], start=start, end=end, kind="indirect", speaker=speaker,
                 speaker_text=TEXT[s[0]:s[1]] if s else None, speaker_start=s[0] if s else None,
                 speaker_end=s[1] if s else None)


def test_overlap_is_measured_on_the_gold_span():
    assert qe.overlap_score(set(range(0, 10)), set(range(0, 100))) == 1.0
    assert qe.overlap_score(set(range(0, 10)), set(range(5, 7))) == 0.2
    assert qe.overlap_score(set(), set(range(3))) == 0.0


def test_thresholds_precision_recall_and_speakers():
    smith = Entity(id="person:john-smith", name="John Smith", type="PERSON", mentions=[Mention(text="Smith", start=0, end=5)])
    other = Entity(id="person:x", name="Bob Brown", type="PERSON")
    preds = [
        quote(11, 30, smith.id, (0, 5)),  # exact, right speaker
        quote(43, 60, other.id, (32, 37)),  # half of the gold span, wrong entity but overlapping mention
        quote(0, 5),  # a false alarm
    ]
    low, high = qe.evaluate([gold_doc()], [analysis(preds, [smith, other])])
    assert (low.tp, low.fp, low.fn) == (2, 1, 0)
    assert (high.tp, high.fp, high.fn) == (1, 2, 1)
    assert low.speaker_accuracy == 0.5 and low.speaker_span_accuracy == 1.0
    assert abs(low.f1 - 0.8) < 1e-9


def test_a_prediction_matches_one_gold_quote_only():
    long = quote(0, len(TEXT))
    low, _ = qe.evaluate([gold_doc()], [analysis([long], [])])
    assert (low.tp, low.fp, low.fn) == (1, 0, 1)


def test_names_match_by_contained_words():
    assert qe.names_match("Trevor Nicholson", ["Nicholson"])
    assert qe.names_match("authorities", ["Authorities"])
    assert not qe.names_match("Trevor Nicholson", ["Mary Nicholson"])


def test_cli_rejects_an_unknown_dataset(tmp_path):
    result = CliRunner().invoke(app, ["eval", "quotes", "--dataset", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "--dataset must be ggt, polnear or a folder" in result.output


def test_cli_scores_a_gold_folder(tmp_path):
    text = "« Nous partirons demain matin sans faute » , a déclaré le maire Jean Dupont."
    s, n = text.index("Nous"), text.index("Jean Dupont")
    row = {"id": "a", "language": "fr", "text": text, "quotes": [
        {"start": s, "end": text.index(" »"), "speaker_start": n, "speaker_end": n + 11,
         "speaker_text": "Jean Dupont", "reference": "Jean Dupont"}
    ]}
    (tmp_path / "a.json").write_text(json.dumps(row), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "quotes", "--dataset", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "overlap 0.3: precision 1.000  recall 1.000  F1 1.000  speaker accuracy 1.000" in result.output


def test_french_gold_set_is_well_formed():
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "gold" / "quotes-fr"
    docs = qe.load_folder(folder)
    assert len(docs) >= 20 and sum(len(d.quotes) for d in docs) >= 100
    for doc in docs:
        for q in doc.quotes:
            (s, e), (ss, se) = q.ranges[0], q.speaker[0]
            assert e > s and doc.text[ss:se] == q.speaker_text and q.reference
