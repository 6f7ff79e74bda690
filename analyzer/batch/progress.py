"""How a batch reports progress: the protocol the runner calls, and a silent default.

The command line supplies a progress bar (`cli.progress.RichProgress`); the core knows only
this protocol.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from analyzer.batch.worker import Outcome


class BatchProgress(Protocol):
    def planned(self, documents: int, reused: int, to_run: int) -> None: ...

    def running(self, paths: Sequence[str]) -> None: ...

    def finished(self, outcome: Outcome) -> None: ...


class SilentProgress:
    def planned(self, documents: int, reused: int, to_run: int) -> None:
        pass

    def running(self, paths: Sequence[str]) -> None:
        pass

    def finished(self, outcome: Outcome) -> None:
        pass
