"""Error kinds the mixed held-out round m1 showed in claims, on short original sentences: the year a
company was begun "by" someone ("started by a fishing family in 1998") is no period of its figures."""

from __future__ import annotations

import pytest

from tests.test_claims import claims_of


def _periods(text: str) -> dict[str, str | None]:
    return {c.value_as_written: c.period for c in claims_of(text, "2026-11-25")}


@pytest.mark.parametrize(
    "text, written, period",
    [
        ("Kestrel, started by two sisters in 1998, is being sold in a $40m deal.", "$40m", None),
        ("Kestrel, a firm founded by a fishing family from Tessby in 2001, sold $5m of tea last year.", "$5m", "2025"),
        ("Kestrel was set up by the town's farmers in 1987 and employs 420 people.", "420", None),
        # must not: a year of something else done "by" someone, a figure said "in" a year
        ("Kestrel's sales, hit by the drought in 2023, fell to $5m.", "$5m", "2023"),
        ("Kestrel was started by two sisters and made $5m in 2019.", "$5m", "2019"),
        ("Kestrel, founded in 1998, made $5m in 2024.", "$5m", "2024"),
        # must not: the verb tells of no company ("homes started", "value created"): the year is the figure's
        ("Homes started by builders in 2024 fell 5% to 180,000.", "5%", "2024"),
        ("Businesses set up by women in 2023 rose 12% to 4,500.", "12%", "2023"),
        ("Value created by the merger in 2022 was $3bn, the company said.", "$3bn", "2022"),
        ("Profits formed by trading in 2021 came to $40m.", "$40m", "2021"),
        # a company's noun and "which was" before the verb: the year the company began
        ("Tessmark, which was founded by two brothers in 1996, sold $8m of wool.", "$8m", None),
        ("The bakery, set up by a couple in 2004, turned over $2m.", "$2m", None),
    ],
)
def test_the_year_a_company_was_begun_by_someone_is_no_period(text, written, period):
    assert _periods(text)[written] == period
