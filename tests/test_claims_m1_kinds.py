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
        ("Kestrel, a firm founded by a fishing family from Gozo in 2001, sold $5m of tea last year.", "$5m", "2025"),
        ("Kestrel was set up by the town's farmers in 1987 and employs 420 people.", "420", None),
        # must not: a year of something else done "by" someone, a figure said "in" a year
        ("Kestrel's sales, hit by the drought in 2023, fell to $5m.", "$5m", "2023"),
        ("Kestrel was started by two sisters and made $5m in 2019.", "$5m", "2019"),
        ("Kestrel, founded in 1998, made $5m in 2024.", "$5m", "2024"),
    ],
)
def test_the_year_a_company_was_begun_by_someone_is_no_period(text, written, period):
    assert _periods(text)[written] == period
