"""``veille eval entities``: gold readers and scores on small hand-made corpora."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from veille.evaluation.entities import Scores, load_brat, load_conllu, normalise

CONLLU = """# newdoc id = doc1
# meta::dateCreated = 2019-05-01
# newpar
# text = Angela Merkel visited Paris.
1\tAngela\tAngela\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-sssss-cf1-1,2-coref-Angela_Merkel
2\tMerkel\tMerkel\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=1)
3\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_
4\tParis\tParis\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=(2-place-new-sssss-cf1-1-coref-Paris)|SpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

# text = The chancellor smiled.
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-person-giv-sssss-cf1-2-coref
2\tchancellor\tchancellor\tNOUN\tNN\t_\t3\tnsubj\t_\tEntity=1)
3\tsmiled\tsmile\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_
"""


def test_conllu_named_mentions_only(tmp_path):
    (tmp_path / "doc1.conllu").write_text(CONLLU, encoding="utf-8")
    [doc] = load_conllu(tmp_path)
    assert doc.text == "Angela Merkel visited Paris. The chancellor smiled."
    assert {(doc.text[s:e], c) for s, e, c in doc.spans} == {("Angela Merkel", "PER"), ("Paris", "LOC")}
    assert str(doc.published) == "2019-05-01"


def test_brat_types_and_elided_articles(tmp_path):
    folder = tmp_path / "2016" / "01"
    folder.mkdir(parents=True)
    text = "Le président de l'Irak a rencontré l'ONU à Paris ."
    (folder / "2016_01_04-001.txt").write_text(text, encoding="utf-8")
    (folder / "2016_01_04-001.ann").write_text(
        "T1\tLocation 16 22\tl'Irak\nT2\tOrganization 35 40\tl'ONU\nT3\tDate 0 2\tLe\nT4\tLocation 43 48\tParis\n",
        encoding="utf-8",
    )
    [doc] = load_brat(tmp_path)
    assert {(doc.text[s:e], c) for s, e, c in doc.spans} == {("Irak", "LOC"), ("ONU", "ORG"), ("Paris", "LOC")}
    assert str(doc.published) == "2016-01-04"


def test_scores():
    s = Scores()
    s.add({(0, 4, "LOC"), (5, 9, "PER")}, {(0, 4, "LOC"), (10, 12, "ORG")})
    assert s.prf("LOC") == (1.0, 1.0, 1.0)
    assert s.prf("PER") == (0.0, 0.0, 0.0)
    p, r, f = s.prf()
    assert (p, r) == (0.5, 0.5) and abs(f - 0.5) < 1e-9
    assert normalise("l'Irak", 0, 6, "LOC") == (2, 6, "LOC")


def test_cli_scores_a_folder(tmp_path):
    from veille.cli import app

    folder = tmp_path / "gold"
    folder.mkdir()
    text = "Angela Merkel a rencontré Emmanuel Macron à Berlin ."
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "a.ann").write_text("T1\tPerson 0 13\tAngela Merkel\nT2\tPerson 26 41\tEmmanuel Macron\n"
                                  "T3\tLocation 44 50\tBerlin\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "entities", "--dataset", str(folder)])
    assert result.exit_code == 0, result.output
    assert "overall  veille" in result.output and "overall  spacy" in result.output
    bad = CliRunner().invoke(app, ["eval", "entities", "--dataset", str(tmp_path / "missing")])
    assert bad.exit_code == 2


def test_leading_english_article_is_dropped():
    text = "Reporters waited outside the White House."
    start = text.index("the White")
    assert normalise(text, start, start + len("the White House"), "ORG") == (start + 4, start + 15, "ORG")
    # A name that only looks like an article start keeps its letters.
    assert normalise("Theresa May spoke.", 0, 11, "PER") == (0, 11, "PER")


def test_only_mentions_the_entities_stage_recorded_as_names_are_scored():
    from types import SimpleNamespace as NS

    from veille.entities.component import MENTION_KINDS
    from veille.evaluation.entities import veille_spans

    text = "Selon la porte-parole, Léa Marchal viendra."
    said = (text.index("la porte"), text.index(","))
    name = (text.index("Léa"), text.index(" viendra"))
    person = NS(type="PERSON", mentions=[NS(start=s, end=e) for s, e in (said, name)])
    # The speaker's description was added by the quotes stage: the entities stage has no kind for it.
    doc = NS(text=text, user_data={MENTION_KINDS: {name: "ner"}}, _=NS(entities=[person]))
    assert veille_spans(doc) == {(name[0], name[1], "PER")}
