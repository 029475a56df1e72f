"""Generic actors are stored, marked, and left out of top lists and the network by default."""

from __future__ import annotations

from datetime import date

from veille.model import Analysis, Article, Entity, Mention
from veille.store import open_store


def _analysis() -> Analysis:
    text = "La police a dispersé les manifestants. Le maire Jean Dupré a salué la police."
    art = Article.from_text(text, source="t.txt", title="t", published=date(2022, 3, 1), language="fr")

    def m(part: str, after: int = 0) -> Mention:
        s = text.index(part, after)
        return Mention(text=part, start=s, end=s + len(part))

    police = Entity(id="actor:cop", name="police", type="ORG", sector="COP", generic=True,
                    mentions=[m("police"), m("police", 20)])
    mayor = Entity(id="person:jean-dupre", name="Jean Dupré", type="PERSON", mentions=[m("Jean Dupré")])
    return Analysis(article=art, entities=[police, mayor], quotes=[], events=[])


def test_generic_actor_left_out_by_default(tmp_path):
    with open_store(tmp_path / "g.db") as store:
        store.save(_analysis())
        assert [e["id"] for e in store.entities()] == ["person:jean-dupre"]
        listed = {e["id"]: e["generic"] for e in store.entities(generic=True)}
        assert listed == {"actor:cop": True, "person:jean-dupre": False}
        assert [n["id"] for n in store.network()["nodes"]] == ["person:jean-dupre"]
        assert {n["id"] for n in store.network(generic=True)["nodes"]} == {"actor:cop", "person:jean-dupre"}


def test_described_speakers_are_stored_as_generic(tmp_path):
    analysis = _analysis()
    text = analysis.article.text
    start = text.index("manifestants")
    analysis.entities.append(Entity(id="other:les-manifestants", name="les manifestants", type="OTHER",
                                    mentions=[Mention(text="manifestants", start=start, end=start + 12)]))
    with open_store(tmp_path / "g.db") as store:
        store.save(analysis)
        assert "other:les-manifestants" not in {e["id"] for e in store.entities()}
        assert {e["id"]: e["generic"] for e in store.entities(generic=True)}["other:les-manifestants"] is True


def test_query_entities_generic_option(tmp_path):
    from typer.testing import CliRunner

    from veille.cli import app

    db = tmp_path / "g.db"
    with open_store(db) as store:
        store.save(_analysis())
    runner = CliRunner()
    plain = runner.invoke(app, ["query", "entities", "--db", str(db), "--format", "json"])
    both = runner.invoke(app, ["query", "entities", "--db", str(db), "--format", "json", "--generic"])
    assert plain.exit_code == 0 and both.exit_code == 0, plain.output + both.output
    assert "actor:cop" not in plain.output and "actor:cop" in both.output
