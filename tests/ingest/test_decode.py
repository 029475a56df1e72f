import codecs

import pytest

from veille.errors import InputError
from veille.ingest.decode import decode

FRENCH = "L’Élysée a indiqué que le président français s’était entretenu à Noël avec « son homologue »."


def test_utf8():
    assert decode(FRENCH.encode("utf-8")) == FRENCH


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_western_single_byte_french_comes_out_right(encoding):
    text = "Le président a déclaré à l'Assemblée qu'il était très déçu, « même inquiet »."
    assert decode(text.encode(encoding)) == text


def test_cp1252_curly_quotes():
    assert decode(FRENCH.encode("cp1252")) == FRENCH


@pytest.mark.parametrize("bom,enc", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")])
def test_bom_is_honoured_and_removed(bom, enc):
    assert decode(bom + FRENCH.encode(enc)) == FRENCH


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x00\x00", "zip"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_binary_is_refused_with_a_reason(data, reason):
    with pytest.raises(InputError, match=reason):
        decode(data)
