"""A one-line progress display, on a terminal only (never in CI logs)."""

from __future__ import annotations

import sys
from typing import TextIO


class Progress:
    def __init__(self, stream: TextIO = sys.stderr, enabled: bool | None = None):
        self.stream = stream
        self.enabled = stream.isatty() if enabled is None else enabled

    def step(self, message: str) -> None:
        if self.enabled:
            self.stream.write(f"\r\033[K{message}")
            self.stream.flush()

    def done(self, message: str) -> None:
        if self.enabled:
            self.stream.write(f"\r\033[K{message}\n")
            self.stream.flush()
