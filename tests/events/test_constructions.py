"""One test per construction, in French and English, on whole sentences through the pipeline."""

from __future__ import annotations

import datetime as dt


def test_passive_with_agent_fr(code):
    c = code("Minsk a été accusée par la Pologne de créer une crise migratoire.", "fr")
    e = c.one("ACCUSE")
    assert "Pologne" in c.words(e.source) and "Minsk" in c.words(e.target)


def test_passive_with_agent_en(code):
    c = code("Belarus was accused by Poland of creating a migrant crisis.", "en")
    e = c.one("ACCUSE")
    assert "Poland" in c.words(e.source) and "Belarus" in c.words(e.target)


def test_passive_without_agent_has_target_only(code):
    c = code("Minsk a été accusée de créer une crise migratoire.", "fr")
    e = c.one("ACCUSE")
    assert e.source == [] and "Minsk" in c.words(e.target)


def test_coordinated_sources_fr(code):
    c = code("La Lituanie, la Pologne et la Lettonie ont expulsé des migrants vers la Biélorussie.", "fr")
    e = c.one("COERCE")
    assert e.mode == "deport"
    assert {"Lituanie", "Pologne", "Lettonie"} <= c.words(e.source)
    assert "migrants" in c.words(e.target)


def test_coordinated_sources_en(code):
    c = code("Lithuania, Poland and Latvia expelled migrants to Belarus.", "en")
    e = c.one("COERCE")
    assert {"Lithuania", "Poland", "Latvia"} <= c.words(e.source)


def test_negation_fr(code):
    c = code("La Russie n'a pas rencontré les représentants de l'Ukraine.", "fr")
    assert c.one("CONSULT").negated


def test_negation_en(code):
    c = code("Russia did not meet Ukrainian officials.", "en")
    assert c.one("CONSULT").negated


def test_affirmative_is_not_negated(code):
    c = code("La Russie a rencontré les représentants de l'Ukraine.", "fr")
    assert not c.one("CONSULT").negated


def test_hypothetical_is_dropped(code):
    assert code("La Russie pourrait sanctionner la Lituanie.", "fr").events("SANCTION") == []
    assert code("Russia could sanction Lithuania.", "en").events("SANCTION") == []


def test_future_cooperation_is_an_intention(code):
    c = code("Finland will give Tanzania a grant to finance several projects.", "en")
    assert c.events("AGREE") and not c.events("AID")


def test_nominal_trigger_with_agent_and_genitive_fr(code):
    c = code("Les gardes-frontières ont évoqué l'expulsion forcée de migrants par la Lituanie.", "fr")
    e = c.one("COERCE")
    assert "Lituanie" in c.words(e.source) and "migrants" in c.words(e.target)


def test_nominal_trigger_with_agent_and_genitive_en(code):
    c = code("The forced expulsion of migrants by Lithuania was criticised.", "en")
    e = c.one("COERCE")
    assert "Lithuania" in c.words(e.source) and "migrants" in c.words(e.target)


def test_nominal_phone_call_with_partner(code):
    c = code("Emmanuel Macron a eu une conversation téléphonique avec Vladimir Poutine.", "fr")
    e = c.one("CONSULT")
    assert e.mode == "phone"
    assert "Emmanuel Macron" in c.words(e.source) and "Vladimir Poutine" in c.words(e.target)


def test_light_verb_with_talks_en(code):
    c = code("Emmanuel Macron held talks with Vladimir Putin.", "en")
    e = c.one("CONSULT")
    assert "Emmanuel Macron" in c.words(e.source) and "Vladimir Putin" in c.words(e.target)


def test_reported_event_keeps_inner_actors_fr(code):
    c = code("Le ministre a déclaré que la Pologne avait expulsé des migrants.", "fr")
    e = c.one("COERCE")
    assert "Pologne" in c.words(e.source)


def test_reported_event_keeps_inner_actors_en(code):
    c = code("The minister said that Poland had expelled migrants.", "en")
    e = c.one("COERCE")
    assert "Poland" in c.words(e.source)


def test_reported_denial_is_reject(code):
    c = code("Minsk a déclaré qu'ils n'étaient pas les organisateurs de la crise.", "fr")
    assert "Minsk" in c.words(c.one("REJECT").source)


def test_reported_obligation_is_request(code):
    c = code("Russia said that Ukraine must withdraw its troops.", "en")
    e = c.one("REQUEST")
    assert "Russia" in c.words(e.source) and "Ukraine" in c.words(e.target)


def test_date_weekday_fr(code):
    c = code("Lundi, la France a condamné la Russie.", "fr")  # 2021-11-20 is a Saturday
    assert c.one("ACCUSE").date == dt.date(2021, 11, 15)


def test_date_yesterday_fr(code):
    c = code("Hier, la police a arrêté des manifestants.", "fr")
    assert c.one("COERCE").date == dt.date(2021, 11, 19)


def test_date_day_month_fr(code):
    c = code("Le 15 novembre, l'Union européenne a sanctionné la Biélorussie.", "fr")
    assert c.one("SANCTION").date == dt.date(2021, 11, 15)


def test_date_weekday_en(code):
    c = code("On Monday, France condemned Russia.", "en")
    assert c.one("ACCUSE").date == dt.date(2021, 11, 15)


def test_date_without_publication_date_stays_unknown(code):
    c = code("Lundi, la France a condamné la Russie.", "fr", published=None)
    assert c.one("ACCUSE").date is None


def test_location_of_event(code):
    c = code("Yesterday police arrested protesters in Paris.", "en")
    e = c.one("COERCE")
    assert e.location is not None and "Paris" in c.words([e.location])
