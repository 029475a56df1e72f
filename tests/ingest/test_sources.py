"""Each source format on the fixtures in tests/resources/ingest (Wikinews, CC BY 2.5), and bad input."""

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from veille import settings
from veille.ingest import Failure, articles_from_bytes, read_paths
from veille.ingest.sniff import sniff

RES = Path(__file__).resolve().parents[1] / "resources" / "ingest"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def split(items):
    items = list(items)
    return [i for i in items if not isinstance(i, Failure)], [i for i in items if isinstance(i, Failure)]


def test_sniffing_goes_by_content_not_name():
    assert sniff(b"<!DOCTYPE html><html><body><p>x</p>", "a.txt") == "html"
    assert sniff(b'<?xml version="1.0"?><rss version="2.0"><channel>', "feed") == "feed"
    assert sniff(b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "a.html") == "feed"
    assert sniff(b'{"text": "a"}\n{"text": "b"}\n', "dump.txt") == "jsonl"
    assert sniff(b'{\n  "text": "a"\n}\n', "x") == "json"
    assert sniff(b'[{"text": "a"}]', "x") == "json"
    assert sniff(b"WARC/1.0\r\nWARC-Type: response\r\n", "x.bin") == "warc"
    assert sniff(gzip.compress(b"hello"), "x.txt") == "gzip"
    assert sniff("Le président a parlé.".encode(), "page.html") == "text"
    assert sniff(b"\x89PNG\r\n\x1a\n" + bytes(20), "x.html") == "binary"


def test_text_opening_with_a_bracket_is_still_text():
    data = "[Update] Minister resigns\n\nThe minister resigned on Monday.\n".encode()
    [article] = articles_from_bytes(data, "update.txt")
    assert article.text == data.decode() and article.title == "[Update] Minister resigns"
    [failure] = articles_from_bytes(b"[1, 2,", "broken.json")
    assert failure.kind == "not JSON"


def test_text_keeps_content_unchanged():
    data = (EXAMPLES / "fr-wikinews-44940.txt").read_bytes()
    [article] = articles_from_bytes(data, "a.txt")
    assert article.text == data.decode("utf-8")
    assert article.title.startswith("WikiLeaks")


def test_html_page_main_text_title_date_url_language():
    [article] = read_paths([str(RES / "page.html")])
    assert article.title == "WikiLeaks : l’Équateur accorde l'asile politique à Julian Assange"
    assert article.text.startswith(article.title + "\n\n")
    assert "Rafael Correa" in article.text
    assert "Main page" not in article.text and "Creative Commons" not in article.text
    assert article.published == date(2012, 8, 17)
    assert article.url.startswith("https://fr.wikinews.org/wiki/WikiLeaks")
    assert article.language == "fr"


def test_html_title_paragraph_added_when_body_lacks_it():
    page = ("<html><head><title>Putin warns the West</title></head><body><article>"
            + "<p>Russian President Vladimir Putin said on Tuesday that the West was crossing red lines "
              "and that Russia would answer any threat to its security.</p>" * 3
            + "</article></body></html>")
    [article] = articles_from_bytes(page.encode(), "p.html")
    assert article.text.startswith("Putin warns the West\n\nRussian President")


def test_truncated_html():
    page = (RES / "page.html").read_bytes()
    head_only = page[: page.index(b"<body>") - 20]
    [failure] = articles_from_bytes(head_only, "cut.html")
    assert isinstance(failure, Failure) and failure.kind == "truncated HTML"
    # Cut in the middle of the body: the text before the cut is still an article.
    [article] = articles_from_bytes(page[: page.index(b"</article>") - 300], "cut2.html")
    assert "Rafael Correa" in article.text


def test_real_news_pages(shared):
    pages = sorted((shared / "eval-corpus" / "html-readability").glob("*/source.html"))[:4]
    assert pages
    for path in pages:
        [article] = read_paths([str(path)])
        meta = json.loads((path.parent / "expected-metadata.json").read_text())
        assert len(article.text) > 500, path
        assert article.language == (meta.get("lang") or article.language)[:2], path


def test_jsonl_default_and_custom_fields():
    articles, failures = split(read_paths([str(RES / "records.jsonl")]))
    assert not failures and len(articles) == 4
    first = articles[0]
    assert first.source.endswith("records.jsonl#1") and first.language == "fr"
    assert first.published == date(2012, 8, 17) and first.url.startswith("https://fr.wikinews.org/")
    assert first.text.startswith(first.title + "\n\n")
    articles, failures = split(read_paths([str(RES / "custom-fields.jsonl")]))
    assert not articles and [f.kind for f in failures] == ["no text", "no text"]
    fields = {"text": "body", "title": "headline", "url": "link", "date": "meta.published",
              "language": "language"}
    articles, failures = split(read_paths([str(RES / "custom-fields.jsonl")], fields=fields))
    assert not failures and len(articles) == 2
    assert articles[1].published == date(2012, 6, 24) and articles[1].title.startswith("Égypte")


def test_jsonl_bad_lines_are_named_and_the_rest_read():
    lines = (RES / "records.jsonl").read_bytes().splitlines()
    data = b"\n".join([lines[0], b"{not json", b'{"title": "no body"}', b'["a list"]', lines[1]])
    articles, failures = split(articles_from_bytes(data, "dump.jsonl"))
    assert len(articles) == 2
    assert [(f.source, f.kind) for f in failures] == [
        ("dump.jsonl#2", "not JSON"), ("dump.jsonl#3", "no text"), ("dump.jsonl#4", "bad record")]


def test_json_array_and_object_with_records():
    records = [json.loads(line) for line in (RES / "records.jsonl").read_text().splitlines()]
    articles, _ = split(articles_from_bytes(json.dumps(records).encode(), "all.json"))
    assert len(articles) == 4
    articles, _ = split(articles_from_bytes(json.dumps({"items": records}, indent=1).encode(), "all.json"))
    assert len(articles) == 4
    [one] = articles_from_bytes(json.dumps(records[0], indent=2).encode(), "one.json")
    assert one.title == records[0]["title"]


def test_html_in_a_json_text_field_becomes_plain_text():
    record = {"title": "T", "text": "<p>First paragraph here.</p><p>Second <b>bold</b> one.</p><script>x()</script>"}
    [article] = articles_from_bytes(json.dumps(record).encode(), "r.jsonl")
    assert article.text == "T\n\nFirst paragraph here.\n\nSecond bold one."


def test_rss_and_atom():
    articles, failures = split(read_paths([str(RES / "feed.rss")]))
    assert not failures and len(articles) == 4
    assert [a.published for a in articles][:2] == [date(2012, 8, 17), date(2012, 6, 24)]
    assert articles[0].text.startswith(articles[0].title + "\n\n")
    assert "<p>" not in articles[0].text and "Rafael Correa" in articles[0].text
    assert articles[2].url.startswith("https://en.wikinews.org/")
    articles, failures = split(read_paths([str(RES / "feed.atom")]))
    assert len(articles) == 2 and articles[0].published == date(2015, 8, 21)


def test_broken_feeds():
    [failure] = articles_from_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><item><tit', "f.rss")
    assert isinstance(failure, Failure) and failure.kind == "broken feed"
    data = b'<rss version="2.0"><channel><item><title>Only a title</title></item></channel></rss>'
    [failure] = articles_from_bytes(data, "f.rss")
    assert failure.kind == "no text" and failure.source == "f.rss#1"


def test_warc_gz_html_responses_only():
    articles, failures = split(read_paths([str(RES / "pages.warc.gz")]))
    assert not failures and len(articles) == 2  # the PNG and the redirect are skipped
    assert articles[0].url.startswith("https://en.wikinews.org/wiki/North_Korea")
    assert articles[0].language == "en" and articles[1].language == "fr"
    assert articles[0].published == date(2015, 8, 21)
    assert "Main page" not in articles[0].text


def _members(path: Path) -> list[bytes]:
    """Split a multi-member gzip file into its members."""
    data = path.read_bytes()
    starts = [i for i in range(len(data)) if data.startswith(b"\x1f\x8b\x08\x00\x00\x00\x00\x00", i)]
    return [data[a:b] for a, b in zip(starts, starts[1:] + [len(data)])]


def test_warc_gz_corrupt_member_is_skipped_and_the_rest_read():
    members = _members(RES / "pages.warc.gz")
    assert len(members) == 4
    broken = members[0][:40] + b"\x00garbage" * 20  # a member whose deflate stream is mangled
    data = b"".join([members[0], broken, members[1], members[2], members[3], broken, members[0], broken])
    articles, failures = split(articles_from_bytes(data, "x.warc.gz"))
    assert [a.url for a in articles] == [articles[0].url, articles[1].url, articles[0].url]
    assert [f.kind for f in failures] == ["corrupt gzip"] * 3  # one per corrupt stretch


def test_plain_warc_corrupt_record_is_skipped():
    records = [gzip.decompress(m) for m in _members(RES / "pages.warc.gz")]
    junk = b"junk left by a broken crawler\r\n"
    data = b"".join([records[0], junk, records[1], records[3], junk, records[0]])
    articles, failures = split(articles_from_bytes(data, "x.warc"))
    assert len(articles) == 3
    assert [f.kind for f in failures] == ["corrupt WARC record"] * 2


def test_gzip_of_anything_and_corrupt_gzip(tmp_path):
    jsonl = (RES / "records.jsonl").read_bytes()
    path = tmp_path / "records.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl))
    articles, failures = split(read_paths([str(path)]))
    assert len(articles) == 4 and not failures
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress((RES / "page.html").read_bytes()))
    [article] = read_paths([str(page)])
    assert article.title.startswith("WikiLeaks")
    truncated = tmp_path / "cut.jsonl.gz"
    truncated.write_bytes(gzip.compress(jsonl * 20)[:-200])  # cut after the first 64 KiB
    articles, failures = split(read_paths([str(truncated)]))
    assert len(articles) >= 8 and [f.kind for f in failures] == ["corrupt gzip"]
    tiny = tmp_path / "tiny.txt.gz"
    tiny.write_bytes(gzip.compress(b"Some text that was cut.")[:-6])
    [failure] = read_paths([str(tiny)])
    assert failure.kind == "corrupt gzip"


def test_folders_are_recursive_and_skip_foreign_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "feed.rss").write_bytes((RES / "feed.rss").read_bytes())
    (tmp_path / "a" / "one.txt").write_bytes((EXAMPLES / "en-wikinews-korea.txt").read_bytes())
    (tmp_path / "a" / "photo.jpg").write_bytes(b"\xff\xd8\xff" + bytes(100))
    articles, failures = split(read_paths([str(tmp_path)]))
    assert len(articles) == 5 and not failures


def test_stdin(monkeypatch):
    data = (RES / "records.jsonl").read_bytes()

    class FakeStdin:
        buffer = io.BufferedReader(io.BytesIO(data))

    monkeypatch.setattr("sys.stdin", FakeStdin)
    articles, failures = split(read_paths(["-"]))
    assert len(articles) == 4 and articles[0].source == "-#1"


def test_size_limit(monkeypatch):
    monkeypatch.setitem(settings.DEFAULTS, "max_article_bytes", 1000)
    [failure] = read_paths([str(EXAMPLES / "en-wikinews-korea.txt")])
    assert failure.kind == "too large" and "limit 1,000" in failure.reason
    articles, failures = split(read_paths([str(RES / "records.jsonl")]))
    assert failures and all(f.kind == "too large" for f in failures)
    assert all(len(a.text) <= 1000 + 200 for a in articles)


def test_clean_html_fragment_is_an_article():
    # An article body with no page around it (no <html>, no <body>): all of it is the text.
    body = ("<div class=\"story\"><p>The harbour authority of Valmora closed the northern pier on Tuesday "
            "after a crane collapsed onto two fishing boats.</p>"
            "<p>Nobody was hurt, the authority said, but repairs are expected to take several weeks "
            "and the fish market will move to the southern quay in the meantime.</p></div>")
    [article] = articles_from_bytes(body.encode(), "expected.html")
    assert not isinstance(article, Failure)
    assert article.text.startswith("The harbour authority of Valmora") and "southern quay" in article.text
    assert "\n\n" in article.text  # paragraphs kept apart


def test_tiny_html_fragment_is_still_refused():
    [failure] = articles_from_bytes(b"<div><span>Menu</span> <a href='/'>Home</a></div>", "nav.html")
    assert isinstance(failure, Failure)
