"""The bootstrap interval report.py prints beside each F1: sound on results whose answer is
known, and fixed by its seed."""

from __future__ import annotations

# report.py loaded by path, as the floors' test loads it (tests/ has no packages)
from test_eval_floors import report


def _results(right: int, missed: int, spurious: int, untagged: int) -> list[object]:
    r, f = report.Result, frozenset
    return (
        [r(f"ok{i}", "en", f({"trade"}), f({"trade"})) for i in range(right)]
        + [r(f"fn{i}", "en", f({"trade"}), f()) for i in range(missed)]
        + [r(f"fp{i}", "en", f(), f({"trade"})) for i in range(spurious)]
        + [r(f"no{i}", "en", f(), f()) for i in range(untagged)]
    )


def test_perfect_results_have_an_interval_of_one() -> None:
    assert report.f1_interval(_results(40, 0, 0, 60)) == (1.0, 1.0)


def test_the_interval_holds_the_figure_and_narrows_with_more_texts() -> None:
    few = _results(16, 2, 2, 20)  # F1 0.889
    many = _results(160, 20, 20, 200)  # the same F1 on ten times the texts
    f1 = 2 * 16 / (2 * 16 + 2 + 2)
    low, high = report.f1_interval(few)
    assert low < f1 < high < 1.0
    many_low, many_high = report.f1_interval(many)
    assert many_low < f1 < many_high
    assert many_high - many_low < (high - low) / 2


def test_the_interval_is_fixed_by_its_seed() -> None:
    results = _results(30, 5, 4, 50)
    assert report.f1_interval(results) == report.f1_interval(results)


def test_the_table_prints_the_interval_column() -> None:
    evaluation = report.Evaluation(
        tuple(_results(9, 1, 0, 10)),
        report.Counts(9, 0, 1),
        {t: report.Counts(9, 0, 1) if t == "trade" else report.Counts() for t in report.TAGS},
        {"en": report.Counts(9, 0, 1)},
    )
    text = report.table(evaluation)
    assert "F1 95% CI" in text
    overall = next(line for line in text.splitlines() if line.startswith("overall"))
    assert overall.split()[4].count("-") == 1  # "0.80-1.00"
