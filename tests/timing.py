"""The linear tests' one timing loop: an extractor timed at a size and at twice it, the best of a few
tries, because a busy machine can slow either run (CPU seconds, never wall time)."""

from __future__ import annotations

from collections.abc import Callable


def doubling_ratios(seconds_at: Callable[[int], float], small: int, large: int, tries: int = 3) -> list[float]:
    """The ratios of `seconds_at(large)` to `seconds_at(small)`, tried until one is under 3 (about 2 is
    linear, 4 quadratic) or `tries` are spent; the caller asserts on the smallest."""
    ratios: list[float] = []
    for _ in range(tries):
        ratios.append(seconds_at(large) / max(seconds_at(small), 1e-3))
        if ratios[-1] < 3:
            break
    return ratios
