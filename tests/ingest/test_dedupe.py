from pathlib import Path

from veille.ingest.dedupe import NearDuplicates, signature

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_wire_copy_is_found_and_other_stories_are_not():
    story = (EXAMPLES / "en-wikinews-korea.txt").read_text(encoding="utf-8")
    other = (EXAMPLES / "en-wikinews-asylum.txt").read_text(encoding="utf-8")
    copy = "SEOUL (Reuters) -\n" + story.replace("Friday", "friday") + "\nReporting by our staff; editing."
    index = NearDuplicates(threshold=0.8)
    index.add("korea", signature(story))
    index.add("asylum", signature(other))
    found = index.find(signature(copy))
    assert found is not None and found[0] == "korea" and found[1] >= 0.8
    rewritten = " ".join(reversed(story.split()))
    assert index.find(signature(rewritten)) is None
    index.remove("korea")
    assert index.find(signature(copy)) is None


def test_short_texts_have_no_signature_and_signatures_are_stable():
    assert signature("Too short to compare.") is None
    text = (EXAMPLES / "fr-wikinews-44355.txt").read_text(encoding="utf-8")
    assert signature(text) == signature(text) and len(signature(text)) == 128 * 8
