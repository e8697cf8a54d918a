"""extract_html on a real saved page: trafilatura's main text and metadata, not the whole page.

trafilatura 1.x returned a dict from ``bare_extraction(..., with_metadata=True)``; extract.py
reads a Document, so under 1.x every page silently fell back to all its visible text. These
tests fail on such a version: the method, the metadata and the size of the text all show it.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import trafilatura
from packaging.requirements import Requirement
from packaging.version import Version

from worker.pipeline.extract import extract_html
from worker.pipeline.page import decode_html

ROOT = Path(__file__).resolve().parents[3]
PAGE = ROOT / "tests" / "data" / "pages" / "dw.com.colonial.html"
URL = "https://news.example/dw.com.colonial.html"


def _page() -> str:
    html, _, _ = decode_html(PAGE.read_bytes())
    return html


def test_bare_extraction_with_metadata_returns_a_document() -> None:
    doc = trafilatura.bare_extraction(_page(), url=URL, with_metadata=True)
    assert doc is not None
    assert not isinstance(doc, dict), f"trafilatura {trafilatura.__version__} returns a dict"
    assert doc.title
    assert doc.text
    assert doc.date == "2020-01-19"


def test_a_real_page_gives_its_main_text_and_metadata() -> None:
    page = extract_html(_page(), url=URL)
    assert page.method == "trafilatura"
    assert page.title is not None
    assert page.title.startswith("Berlin confronts Germany's colonial past")
    assert page.published is not None
    assert (page.published.iso, page.published.precision) == ("2020-01-19", "day")
    assert page.author == "Deutsche Welle"
    assert page.site_name == "DW.COM"
    assert page.canonical == (
        "https://www.dw.com/en/berlin-confronts-germanys-colonial-past-with-new-initiative/a-52060881"
    )
    assert page.image_url is not None
    assert page.image_url.startswith("https://www.dw.com/image/")
    assert page.text.startswith("The German capital has launched a five-year project")
    # The main text only: the fallback (every text node of the page) is far longer and
    # carries the site's menus.
    everything = trafilatura.html2txt(_page())
    assert "Newsletter" in everything
    assert "Newsletter" not in page.text
    assert len(page.text) < len(everything) / 2


def test_the_declared_trafilatura_range_admits_no_1x_release() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    (declared,) = (
        Requirement(d) for d in project["dependencies"] if Requirement(d).name == "trafilatura"
    )
    assert not declared.specifier.contains(Version("1.12.2"))
    assert declared.specifier.contains(Version(trafilatura.__version__))
