from __future__ import annotations

import pytest

from worker.contracts import ArticleSubmission
from worker.errors import EmptyInput, InputTooLarge, NotText
from worker.pipeline.parse import decode_bytes, derive_title, parse_submission, split_header

LIMIT = 1_000_000


def test_the_seed_header_gives_a_month_precise_date_and_a_clean_body(seed_bytes: bytes) -> None:
    text, charset = decode_bytes(seed_bytes, LIMIT)
    published, body = split_header(text)
    assert charset == "utf-8"
    assert published is not None
    assert (published.iso, published.precision, published.provenance) == (
        "2025-05",
        "month",
        "text-header",
    )
    assert published.value.day == 1  # the period's start, for sorting only
    assert body.startswith("Le président russe Vladimir Poutine")


@pytest.mark.parametrize(
    ("header", "iso", "precision", "tz_known"),
    [
        ("date 2025", "2025", "year", False),
        ("date 2025-05-08", "2025-05-08", "day", False),
        ("date: 2025-05-08T10:30", "2025-05-08T10:30", "minute", False),
        ("DATE 2025-05-08T10:30:15+02:00", "2025-05-08T08:30:15+00:00", "second", True),
        ("date 2025-05-08T10:30:15Z", "2025-05-08T10:30:15+00:00", "second", True),
    ],
)
def test_it_reads_every_precision_of_the_date_header(
    header: str, iso: str, precision: str, tz_known: bool
) -> None:
    published, body = split_header(f"{header} Body text here.")
    assert published is not None
    assert (published.iso, published.precision, published.timezone_known) == (
        iso,
        precision,
        tz_known,
    )
    assert body == "Body text here."


@pytest.mark.parametrize("text", ["date 2025-13 Body.", "dated 2025-05 Body.", "Body 2025-05."])
def test_it_keeps_the_text_whole_when_there_is_no_valid_header(text: str) -> None:
    assert split_header(text) == (None, text)


def test_the_derived_title_is_the_first_sentence_without_its_full_stop() -> None:
    text = "Le président a signé. Le reste suit.\nDeuxième paragraphe."
    assert derive_title(text) == "Le président a signé"


def test_an_initial_does_not_end_the_first_sentence() -> None:
    assert derive_title("M. Poutine et V. Zelensky ont parlé. Suite.") == (
        "M. Poutine et V. Zelensky ont parlé"
    )


def test_a_long_first_sentence_is_cut_at_a_word_boundary() -> None:
    words = ["mot" + str(i) for i in range(80)]
    title = derive_title(" ".join(words) + ".", max_chars=60)
    assert title.endswith("…")
    assert len(title) <= 61
    kept = title.removesuffix("…").split()
    assert kept == words[: len(kept)]  # whole words only


def test_empty_whitespace_and_binary_input_are_refused_with_what_to_fix() -> None:
    with pytest.raises(EmptyInput, match="empty"):
        decode_bytes(b"", LIMIT)
    with pytest.raises(EmptyInput):
        decode_bytes(b"  \n\t ", LIMIT)
    with pytest.raises(NotText, match="binary"):
        decode_bytes(bytes(range(256)) * 8, LIMIT)
    with pytest.raises(InputTooLarge, match="NEWSWORKER_MAX_ARTICLE_BYTES"):
        decode_bytes(b"a" * (LIMIT + 1), LIMIT)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Le président à Pékin".encode("utf-16"), "Le président à Pékin"),
        ("\ufeffLe président".encode(), "Le président"),
        ("Le président de la Chine a parlé à Pékin.".encode("cp1252"), "président"),
    ],
)
def test_it_decodes_boms_and_legacy_encodings(data: bytes, expected: str) -> None:
    text, _ = decode_bytes(data, LIMIT)
    assert expected in text


def test_a_submission_title_wins_over_the_derived_one() -> None:
    parsed = parse_submission(
        ArticleSubmission(text="Corps du texte. Suite.", title="  Mon titre "), LIMIT
    )
    assert (parsed.title, parsed.title_derived) == ("Mon titre", False)


def test_html_goes_through_extraction_and_keeps_the_page_chrome_out() -> None:
    html = (
        "<html><head><title>Accord</title></head><body>"
        "<nav><a href='/ukraine'>Ukraine</a></nav>"
        "<article><h1>Accord commercial</h1>"
        + "<p>La Chine et la Russie ont signé un accord commercial important.</p>" * 6
        + "</article><aside>Lire aussi : Taïwan</aside></body></html>"
    )
    parsed = parse_submission(ArticleSubmission(html=html), LIMIT)
    assert parsed.input_format == "html"
    assert "accord commercial important" in parsed.text
    assert "Ukraine" not in parsed.text
    assert "Taïwan" not in parsed.text


def test_an_oversized_submission_is_refused() -> None:
    with pytest.raises(InputTooLarge):
        parse_submission(ArticleSubmission(text="x" * 2000), 1024)
