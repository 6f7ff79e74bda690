"""Per-document results of a batch on disk, written atomically, and the rule for reusing them.

Layout under the output folder's `reports/`: `<name>.json` (the scorecard, exactly what
`gapcard analyze --format json` prints), `<name>.html` (its report) and, for a document that
failed, `<name>.error.json`. The scorecard JSON is written last, by rename, so its presence is
the commit point of a document: a run killed at any moment leaves either a complete result or
none. A result is reused when its content hash, engine, rubric version and every check id and
version match what the run would produce.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from analyzer.atomic import TEMP_SUFFIX, write_atomic
from analyzer.errors import IngestError
from analyzer.models import Scorecard
from analyzer.rubric import Rubric

log = logging.getLogger(__name__)


class ResultKey(BaseModel):
    """What a stored result must match, besides the content hash, to be reused."""

    model_config = ConfigDict(frozen=True)

    engine: str
    rubric_name: str
    rubric_version: str
    checks: tuple[tuple[str, str], ...]
    #: the LLM engine's coverage (a result of the other coverage is not reused); None otherwise
    coverage: str | None = None

    @classmethod
    def of(cls, rubric: Rubric, engine: str, coverage: str | None = None) -> ResultKey:
        return cls(
            engine=engine,
            coverage=coverage,
            rubric_name=rubric.name,
            rubric_version=rubric.version,
            checks=tuple((c.id, c.version) for c in rubric.checks),
        )

    def matches(self, scorecard: Scorecard) -> bool:
        return (
            scorecard.engine == self.engine
            and scorecard.coverage == self.coverage
            and scorecard.rubric.name == self.rubric_name
            and scorecard.rubric.version == self.rubric_version
            and tuple((c.id, c.version) for c in scorecard.checks) == self.checks
        )


class FailureRecord(BaseModel):
    """Why a document could not be analysed. `final` failures are not retried on a rerun."""

    path: str
    sha256: str
    kind: str
    message: str
    final: bool
    key: ResultKey


def failure_is_final(exc: BaseException) -> bool:
    """Ingest errors depend only on the bytes, so retrying the same content cannot help."""
    return isinstance(exc, IngestError)


class ResultFiles:
    """The `reports/` folder of one batch output."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def json_path(self, name: str) -> Path:
        return self.folder / f"{name}.json"

    def html_path(self, name: str) -> Path:
        return self.folder / f"{name}.html"

    def error_path(self, name: str) -> Path:
        return self.folder / f"{name}.error.json"

    def load_scorecard(self, name: str) -> Scorecard | None:
        path = self.json_path(name)
        try:
            return Scorecard.model_validate_json(path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValidationError) as exc:
            log.warning("ignoring unreadable result %s: %s", path, exc)
            return None

    def load_failure(self, name: str) -> FailureRecord | None:
        path = self.error_path(name)
        try:
            return FailureRecord.model_validate_json(path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValidationError) as exc:
            log.warning("ignoring unreadable failure record %s: %s", path, exc)
            return None

    def reusable(self, name: str, sha256: str, key: ResultKey) -> bool:
        """Whether a stored result (or a final failure) already answers this document."""
        card = self.load_scorecard(name)
        if card is not None and card.document.sha256 == sha256 and key.matches(card):
            return True
        failure = self.load_failure(name)
        return bool(failure and failure.final and failure.sha256 == sha256 and failure.key == key)

    def save_scorecard(self, name: str, scorecard: Scorecard, html: str) -> None:
        """Report first, then the scorecard (the commit point), then drop any old failure."""
        write_atomic(self.html_path(name), html)
        write_atomic(self.json_path(name), scorecard.model_dump_json(indent=2))
        self.error_path(name).unlink(missing_ok=True)

    def save_failure(self, name: str, record: FailureRecord) -> None:
        write_atomic(self.error_path(name), record.model_dump_json(indent=2))
        self.json_path(name).unlink(missing_ok=True)
        self.html_path(name).unlink(missing_ok=True)

    def remove_partials(self) -> int:
        """Delete temp files left by a killed run; returns how many."""
        if not self.folder.is_dir():
            return 0
        stale = list(self.folder.glob(f".*{TEMP_SUFFIX}"))
        for path in stale:
            path.unlink(missing_ok=True)
        return len(stale)
