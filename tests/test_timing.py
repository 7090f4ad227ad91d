"""The linear tests' timing loop: it retries a slow-looking doubling, and a quadratic cost still shows."""

from tests.timing import doubling_ratios


def test_a_quadratic_cost_shows_in_every_try():
    assert doubling_ratios(lambda size: float(size * size), 10, 20) == [4.0, 4.0, 4.0]


def test_a_linear_cost_stops_at_the_first_try():
    assert doubling_ratios(lambda size: float(size), 10, 20) == [2.0]


def test_a_busy_first_try_is_tried_again():
    times = iter([9.0, 1.0, 2.0, 1.0])  # large then small: a slowed first large run, then an honest pair
    assert doubling_ratios(lambda size: next(times), 10, 20) == [9.0, 2.0]
