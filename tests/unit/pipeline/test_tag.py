from __future__ import annotations

import pytest

from worker.contracts import ArticleSubmission
from worker.errors import TaxonomyError
from worker.pipeline.normalize import normalize
from worker.pipeline.parse import parse_submission
from worker.pipeline.tag import tag
from worker.taxonomy import fold, load_taxonomy, parse_taxonomy
from worker.types import TaggedArticle


def _tag(text: str, title: str | None = None) -> TaggedArticle:
    parsed = parse_submission(ArticleSubmission(text=text, title=title), 10**6)
    return tag(normalize(parsed), load_taxonomy())


def _scores(tagged: TaggedArticle) -> dict[str, float]:
    return {t.tag: t.score for t in tagged.tags}


def test_the_seed_gets_all_five_tags_subjects_high_passing_mentions_low(
    seed_bytes: bytes,
) -> None:
    scores = _scores(_tag(seed_bytes.decode()))
    assert set(scores) == {"russia", "china", "trade", "ukraine", "taiwan"}
    for subject in ("russia", "china", "trade"):
        assert scores[subject] > 0.75
    for passing in ("ukraine", "taiwan"):
        assert 0.1 <= scores[passing] < 0.5


def test_evidence_offsets_point_at_the_matched_characters_of_the_stored_field(
    seed_bytes: bytes,
) -> None:
    tagged = _tag(seed_bytes.decode())
    stored = {"title": tagged.article.title, "text": tagged.article.text}
    for result in tagged.tags:
        assert result.evidence
        for ev in result.evidence:
            assert stored[ev.field][ev.start : ev.end] == ev.matched
            assert fold.fold_phrase(ev.matched).startswith(fold.fold_phrase(ev.term.rstrip("*")))


@pytest.mark.parametrize(
    "text",
    [
        "La visite de l'Ukraine.",
        "La visite de l’Ukraine.",
        "Le président d’Ukraine parle.",
        "Le président d'UKRAINE parle.",
    ],
)
def test_elision_with_either_apostrophe_still_finds_the_country(text: str) -> None:
    tagged = _tag(text, title="Sans rapport")
    assert "ukraine" in _scores(tagged)


def test_accents_and_case_do_not_matter_but_the_stored_text_keeps_them() -> None:
    tagged = _tag("Visite à PEKIN et à pékin.", title="x")
    china = next(t for t in tagged.tags if t.tag == "china")
    assert [e.matched for e in china.evidence] == ["PEKIN", "pékin"]


def test_a_word_inside_another_word_is_not_a_mention() -> None:
    assert "russia" not in _scores(_tag("Une prusse ancienne et des russettes.", title="x"))


def test_a_title_mention_scores_higher_than_a_late_body_mention() -> None:
    filler = "Phrase neutre sans pays. " * 40
    in_title = _scores(_tag(filler, title="La Chine annonce"))["china"]
    in_body = _scores(_tag(filler + "La Chine annonce.", title="Sans pays"))["china"]
    assert in_title > in_body


def test_country_tags_carry_their_iso_code(seed_bytes: bytes) -> None:
    codes = {t.tag: t.code for t in _tag(seed_bytes.decode()).tags}
    assert codes == {"russia": "RU", "china": "CN", "ukraine": "UA", "taiwan": "TW", "trade": None}


def test_a_malformed_taxonomy_is_refused_naming_the_file_and_problem() -> None:
    bad = (
        b"version: '1'\ntags:\n  - id: x\n    label: X\n    kind: country\n    aliases: {en: [X]}\n"
    )
    with pytest.raises(TaxonomyError, match=r"my\.yaml.*ISO 3166"):
        parse_taxonomy(bad, "my.yaml")
    with pytest.raises(TaxonomyError, match="not valid YAML"):
        parse_taxonomy(b"tags: [", "my.yaml")


def test_editing_the_taxonomy_changes_its_version_even_without_a_bump() -> None:
    doc = "version: '1'\ntags:\n  - {id: t, label: T, kind: topic, aliases: {en: [%s]}}\n"
    a = parse_taxonomy((doc % "alpha").encode(), "a")
    b = parse_taxonomy((doc % "beta").encode(), "b")
    assert a.version.startswith("1+")
    assert a.version != b.version


def test_decomposed_accents_stay_inside_the_evidence_span() -> None:
    from worker.taxonomy.fold import fold

    text = "a Pe\u0301kin b"
    f = fold(text)
    start = f.text.index("pekin")
    assert text[slice(*f.span(start, start + 5))] == "Pe\u0301kin"


def test_runs_of_spaces_do_not_break_a_phrase() -> None:
    found = load_taxonomy().matcher.find("Le  dirigeant Xi   Jinping parle.")
    china = [m for m in found if m.tag == "china"]
    assert [("Le  dirigeant Xi   Jinping parle."[m.start : m.end]) for m in china] == [
        "Xi   Jinping"
    ]


def test_hangul_and_kana_keep_their_letters_when_folded() -> None:
    from worker.taxonomy.fold import fold

    assert fold("러시아는 プーチン").text == "러시아는 プーチン"


def test_country_names_come_from_cldr_in_every_taxonomy_language() -> None:
    from worker.taxonomy import cldr_names

    names = cldr_names("RU", ["fr", "de", "ru", "zh_Hans", "ja"])
    assert names == {"fr": "Russie", "de": "Russland", "ru": "Россия", "zh_Hans": "俄罗斯",
                     "ja": "ロシア"}  # fmt: skip
    text = "Russland und Россия und 俄罗斯 und ロシア."
    tags = {m.tag for m in load_taxonomy().matcher.find(text)}
    assert tags == {"russia"}


def test_taxonomy_errors_name_the_line_of_the_problem() -> None:
    bad = (
        b"version: '1'\n"
        b"tags:\n"
        b"  - id: ok\n"
        b"    label: OK\n"
        b"    kind: topic\n"
        b"    aliases: {en: [fine]}\n"
        b"  - id: x\n"
        b"    label: X\n"
        b"    kind: country\n"
        b"    code: russia\n"
        b"    aliases: {en: [X]}\n"
    )
    with pytest.raises(
        TaxonomyError, match=r"my\.yaml: line 10: tags\.1\.code: String should match"
    ):
        parse_taxonomy(bad, "my.yaml")
