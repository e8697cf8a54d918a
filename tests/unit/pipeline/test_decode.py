"""One decoder for pages and raw input: byte-order marks in the right order, declared charsets
checked, detection, and CJK text that detection gives up on."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest

from worker.pipeline.decode import decode
from worker.pipeline.page import decode_html
from worker.pipeline.parse import decode_bytes

DATA = Path(__file__).parents[2] / "data"
FEEDPARSER = DATA / "feedparser-6.0.11.tar.gz"


def _feedparser_file(name: str) -> bytes:
    with tarfile.open(FEEDPARSER) as tar:
        member = tar.extractfile(f"feedparser-6.0.11/tests/encoding/{name}")
        assert member is not None
        return member.read()


@pytest.mark.parametrize("name", ["utf-32le-bom.xml", "utf-32be-bom.xml", "utf-16le-bom.xml",
                                  "utf-16be-bom.xml"])  # fmt: skip
def test_utf32_marks_are_read_before_utf16s(name: str) -> None:
    # feedparser's own encoding tests: UTF-32 LE's mark begins with UTF-16 LE's.
    body = _feedparser_file(name)
    page = decode_html(body)
    assert page[0].lstrip("\ufeff").startswith("<?xml")
    assert page[1:] == (name[:6], "bom")
    assert decode_bytes(body, 10**6) == page[:2]  # raw input and pages decode alike


def test_a_big5_hkscs_text_is_accepted() -> None:
    # CPython's Big5-HKSCS and Big5 test texts, one after the other: charset_normalizer
    # finds no encoding for them, so the text was refused as "not text".
    body = (DATA / "text" / "cpython.big5hkscs.txt").read_bytes()
    body += (DATA / "text" / "cpython.big5.txt").read_bytes()
    text, charset = decode_bytes(body, 10**6)
    assert charset == "big5hkscs"
    assert "如何在 Python 中使用既有的 C library" in text
    assert text == body.decode("big5hkscs")


def test_a_big5_file_is_big5() -> None:
    body = (DATA / "text" / "cpython.big5.txt").read_bytes()
    assert decode_bytes(body, 10**6) == (body.decode("big5"), "big5")


def test_undeclared_utf8_is_utf8_before_detection() -> None:
    decoded = decode("<p>Le président à Pékin</p>".encode())
    assert (decoded.charset, decoded.source) == ("utf-8", "utf-8")


def test_a_wrong_declaration_is_passed_over() -> None:
    body = "<meta charset='utf-8'><p>Президент России прибыл в Пекин.</p>".encode("cp1251")
    decoded = decode(body, "text/html; charset=utf-8")
    assert decoded.source == "detected"
    assert "России" in decoded.text
