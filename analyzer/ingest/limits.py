"""What one document's reading may cost, and what it noticed on the way.

`ingest_bytes` opens a `Reading` for the document it reads; the format readers charge the text
they extract to it (`charge`) and note what they could not read (`warn`). A document whose text
passes the budget (characters, blocks) or its deadline stops at once with DocumentTooComplex,
instead of after gigabytes. The reading is held in a context variable, so the readers keep their
plain signatures and concurrent threads each see their own.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from analyzer.errors import DocumentTooComplex

#: Warnings kept per document; more are counted in one last line.
MAX_WARNINGS = 20


@dataclass
class Reading:
    """The budget and warnings of the document being read."""

    name: str
    max_chars: int
    max_blocks: int
    deadline: float | None = None
    chars: int = 0
    blocks: int = 0
    warnings: list[str] = field(default_factory=list)
    dropped: int = 0

    def charge(self, text: str) -> None:
        self.chars += len(text)
        self.blocks += 1
        if self.chars > self.max_chars:
            raise DocumentTooComplex(
                f"has more than {self.max_chars:,} characters of text; split it into parts",
                path=self.name,
            )
        if self.blocks > self.max_blocks:
            raise DocumentTooComplex(
                f"has more than {self.max_blocks:,} paragraphs, rows or lines; split it into parts",
                path=self.name,
            )
        if self.deadline is not None and self.blocks % 64 == 0:
            self.check_time()

    def check_time(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise DocumentTooComplex("took too long to read; split it into parts", path=self.name)

    def warn(self, message: str) -> None:
        if message in self.warnings:
            return
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(message)
        else:
            self.dropped += 1

    def all_warnings(self) -> list[str]:
        more = [f"and {self.dropped} more warning(s)"] if self.dropped else []
        return self.warnings + more


_current: ContextVar[Reading | None] = ContextVar("gapcard_reading", default=None)


@contextmanager
def reading(
    name: str, *, max_chars: int, max_blocks: int, seconds: float | None = None
) -> Iterator[Reading]:
    """Open the reading of one document for the code run inside the block."""
    deadline = None if seconds is None else time.monotonic() + seconds
    state = Reading(name=name, max_chars=max_chars, max_blocks=max_blocks, deadline=deadline)
    token = _current.set(state)
    try:
        yield state
    finally:
        _current.reset(token)


def charge(text: str) -> None:
    """Count extracted text against the current document's budget (none outside a reading)."""
    state = _current.get()
    if state is not None:
        state.charge(text)


def check_time() -> None:
    state = _current.get()
    if state is not None:
        state.check_time()


def warn(message: str) -> None:
    """Note something of the current document that was skipped or read only in part."""
    state = _current.get()
    if state is not None:
        state.warn(message)


def warn_once(prefix: str, detail: str) -> None:
    """Note `prefix + detail` unless a warning with this prefix was noted already."""
    state = _current.get()
    if state is not None and not any(w.startswith(prefix) for w in state.warnings):
        state.warn(prefix + detail)
