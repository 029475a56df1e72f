from veille.evaluation.extraction import evaluate, token_prf


def test_token_prf():
    assert token_prf("the cat sat", "the cat sat") == (1.0, 1.0, 1.0)
    p, r, f = token_prf("the cat sat on the mat", "The cat sat")
    assert (p, r) == (0.5, 1.0) and round(f, 3) == 0.667
    assert token_prf("", "x") == (0.0, 0.0, 0.0)


def test_extraction_quality_on_benchmark_pages(shared):
    results = {r["set"]: r for r in evaluate(shared / "eval-corpus")}
    assert results["html-scrapinghub"]["pages"] == 33 and results["html-scrapinghub"]["f1"] >= 0.95
    assert results["html-readability"]["f1"] >= 0.9
    assert results["html-trafilatura"]["snippet_accuracy"] >= 0.85
