"""French quotes through the full pipeline: one test per construction."""

from __future__ import annotations

import pytest

from veille.nlp.pipeline import VEILLE_COMPONENTS  # noqa: F401  (pipeline import registers factories)

from .helpers import quotes


def speaker_name(entity):
    return entity.name if entity is not None else None


def test_direct_quote_with_inverted_cue(fr_nlp):
    text = "« Nous ne céderons pas aux menaces de nos adversaires » , a déclaré Emmanuel Macron lundi."
    [(q, who)] = quotes(fr_nlp, text)
    assert q.kind == "direct" and q.text == "Nous ne céderons pas aux menaces de nos adversaires"
    assert q.cue == "déclarer" and "Macron" in speaker_name(who)


def test_direct_quote_after_colon(fr_nlp):
    text = "Angela Merkel a affirmé : « La coopération européenne reste notre meilleure protection. »"
    [(q, who)] = quotes(fr_nlp, text)
    assert q.kind == "direct" and q.text.startswith("La coopération européenne")
    assert "Merkel" in speaker_name(who)


def test_indirect_quote_que(fr_nlp):
    text = "Le ministre Bruno Le Maire a déclaré que la croissance serait plus faible que prévu cette année."
    [(q, who)] = quotes(fr_nlp, text)
    assert q.kind == "indirect" and q.text.startswith("que la croissance")
    assert q.cue == "déclarer" and "Le Maire" in speaker_name(who)


def test_indirect_with_object_content(fr_nlp):
    text = "Le syndicat CGT a dénoncé la fermeture brutale de trois usines dans le nord du pays."
    [(q, who)] = quotes(fr_nlp, text)
    assert q.kind == "indirect" and q.text.startswith("la fermeture brutale")
    assert who is not None and "CGT" in who.name


def test_selon_attribution(fr_nlp):
    text = "Selon la police, une centaine de manifestants se sont rassemblés devant la préfecture."
    [(q, who)] = quotes(fr_nlp, text)
    assert q.kind == "indirect" and q.text.startswith("une centaine de manifestants")
    assert q.speaker_text and "police" in q.speaker_text


def test_mixed_quote(fr_nlp):
    text = "Le maire a exprimé sa volonté d'agir pour que « chaque habitant puisse se loger dignement » ."
    [(q, _)] = quotes(fr_nlp, text)
    assert q.kind == "mixed" and "« chaque habitant puisse se loger dignement »" in q.text


def test_communique_owner_is_the_speaker(fr_nlp, reference_text):
    found = quotes(fr_nlp, reference_text)
    communique = [who for q, who in found if q.text.startswith("S’agissant de la situation")]
    assert communique and communique[0] is not None and communique[0].type == "ORG"
    assert "Élysée" in " ".join(m.text for m in communique[0].mentions)


def test_pronoun_speaker_takes_the_last_compatible_person(fr_nlp):
    text = (
        "La ministre Élisabeth Borne a présenté le projet de loi mardi devant les députés. "
        "« Ce texte protège les salariés les plus fragiles » , a-t-elle ajouté."
    )
    found = quotes(fr_nlp, text)
    direct = [who for q, who in found if q.kind == "direct"]
    assert direct and "Borne" in speaker_name(direct[0])


def test_reference_article_eight_statements(fr_nlp, reference_text):
    found = quotes(fr_nlp, reference_text)
    assert len(found) == 8
    speakers = [speaker_name(who) for _, who in found]
    starts = [q.text[:25] for q, _ in found]
    expected = [
        ("la réduction des flux", "Macron"),
        ("S’agissant de la situati", "Presidency"),
        ("sa détermination à agir", "Macron"),
        ("Les deux présidents ont", "Presidency"),
        ("une augmentation du nomb", None),
        ("qu’ils n’étaient pas les", "Belarus"),
        ("que Minsk ne limitera pl", "Lukashenko"),
        ("à plusieurs reprises au", "Belarus"),
    ]
    for (start, name), got_start, got in zip(expected, starts, speakers):
        assert got_start.startswith(start[:15])
        assert got is not None
        if name:
            assert name in got
    kinds = [q.kind for q, _ in found]
    assert kinds[2] == "mixed" and kinds[1] == "direct" and kinds[0] == "indirect"


@pytest.mark.parametrize(
    "text, content",
    [
        ("Le chantier sera repoussé à l'automne, comme l'a annoncé la ministre Claire Martin.",
         "Le chantier sera repoussé à l'automne"),
        ("La ville a voté son budget. Comme l'a rappelé le maire Paul Durand, la piscine restera fermée tout l'été.",
         "la piscine restera fermée tout l'été"),
    ],
)
def test_comme_clause_vouches_for_its_host_clause(fr_nlp, text, content):
    # "comme l'a dit X": X's side clause reports the clause it hangs on, not itself.
    [(q, who)] = quotes(fr_nlp, text)
    assert q.text == content and speaker_name(who) in ("Claire Martin", "Paul Durand")


def test_participle_with_agent_reports_what_the_agent_said(fr_nlp):
    # "X, accusé par Y de …": Y is who accuses, the infinitive clause what Y said about X.
    text = "La grève continue. Le maire, accusé par l'opposition de mentir sur les comptes de la ville, a démissionné."
    [(q, _who)] = quotes(fr_nlp, text)
    assert q.text == "de mentir sur les comptes de la ville" and q.speaker_text == "l'opposition"
