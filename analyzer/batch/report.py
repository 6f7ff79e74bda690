"""The record of one batch run: what was planned, what ran, what is on disk, and the exit code."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from analyzer.batch.discover import Discovery
from analyzer.batch.summary import DiffLink, SummaryRow
from analyzer.batch.worker import Outcome, Task

#: Exit codes of `gapcard batch`: 0 all documents analysed; 1 some document failed, was refused
#: or is still pending; 2 usage error; 130 interrupted (rerun to resume).
EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class BatchOptions(BaseModel):
    """What `gapcard batch` was asked to do."""

    paths: list[Path] = Field(min_length=1)
    out_dir: Path
    workers: int | None = Field(default=None, ge=1, description="None: settings, then cores")
    checks: str | None = None
    engine: str | None = None
    diff_versions: bool = False


class BatchReport(BaseModel):
    names: dict[str, str] = Field(description="Document path -> output name")
    hashes: dict[str, str] = Field(default_factory=dict, description="Document path -> sha256")
    reused: list[str] = Field(default_factory=list, description="Paths whose result was reused")
    tasks: list[Task] = Field(default_factory=list, description="Documents sent to analysis")
    outcomes: list[Outcome] = Field(default_factory=list, description="Analyses finished now")
    discovery: Discovery = Field(default_factory=Discovery)
    rubric_name: str = ""
    engine: str = ""
    coverage: str | None = None
    workers: int = 0
    interrupted: bool = False
    run_seconds: float = 0.0
    peak_main_mb: float = 0.0
    peak_worker_mb: float = 0.0
    rows: list[SummaryRow] = Field(default_factory=list)
    diffs: list[DiffLink] = Field(default_factory=list)
    summary_csv: Path | None = None
    summary_html: Path | None = None

    @property
    def analysed(self) -> int:
        """Documents analysed by this run (succeeded or failed)."""
        return len(self.outcomes)

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def docs_per_minute(self) -> float:
        return 60 * self.analysed / self.run_seconds if self.run_seconds > 0 else 0.0

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        bad = ("failed", "refused", "pending")
        return EXIT_FAILURES if any(row.status in bad for row in self.rows) else EXIT_OK
