"""One error hierarchy for the core. Errors carry their data; edges turn them into messages."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analyzer.models import Scorecard


def printable(text: str) -> str:
    """Text safe for a one-line message: control and format characters (newlines, ANSI
    escapes, bidi overrides) shown as escapes, so a file name cannot break or fake a line."""
    if all(ch.isprintable() for ch in text):
        return text
    return "".join(ch if ch.isprintable() or ch == " " else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    code = ord(ch)
    if code < 0x100 and unicodedata.category(ch) == "Cc":
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


class AnalyzerError(Exception):
    """Base of every error the core raises on purpose."""

    kind = "analyzer_error"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        text = f"{self.path}: {self.message}" if self.path else self.message
        return printable(text)


class IngestError(AnalyzerError):
    """A document could not be read (corrupt, truncated, empty, encrypted)."""

    kind = "ingest_error"


class UnsupportedFormat(IngestError):
    """The content is not one of the formats gapcard reads."""

    kind = "unsupported_format"


class EncryptedDocument(IngestError):
    """The document is protected by a password gapcard does not have."""

    kind = "encrypted_document"


class DocumentTooLarge(IngestError):
    """The document exceeds a configured size or page limit."""

    kind = "document_too_large"


class DocumentTooComplex(IngestError):
    """Reading the document passed a budget: its text, its expanded XML, its time or memory."""

    kind = "document_too_complex"


class AnalysisCancelled(AnalyzerError):
    """The analysis was cancelled while it ran (its document was deleted)."""

    kind = "cancelled"


class RubricError(AnalyzerError):
    """A check file in prompts/ is invalid, or a check selection names unknown checks."""

    kind = "rubric_error"


class CheckNotSupported(RubricError):
    """The chosen engine has no way to judge some checks of the chosen rubric."""

    kind = "check_not_supported"


class LLMNotConfigured(AnalyzerError):
    """The LLM engine was asked for but no model endpoint is configured (no base URL, key or
    Azure endpoint): refused before anything is sent anywhere."""

    kind = "llm_not_configured"


class StoreError(AnalyzerError):
    """The vector store failed or is unreachable."""

    kind = "store_error"


class EmbeddingError(AnalyzerError):
    """The offline embedding model is missing, unreadable or failed to run."""

    kind = "embedding_error"


class JudgeError(AnalyzerError):
    """A judge could not produce a verdict for a check (after retries, for the LLM)."""

    kind = "judge_error"

    def __init__(
        self,
        message: str,
        *,
        check_id: str,
        attempts: int = 1,
        raw_output: str | None = None,
    ) -> None:
        super().__init__(message)
        self.check_id = check_id
        self.attempts = attempts
        self.raw_output = raw_output

    def __str__(self) -> str:
        return f"check {self.check_id}: {self.message} (after {self.attempts} attempt(s))"


class ChecksNotJudged(AnalyzerError):
    """Some checks of a scorecard have no verdict: the judge failed on them (an endpoint that
    kept failing, replies that never parsed). Such a scorecard is never cached or kept as a
    result, so the next run judges them again."""

    kind = "checks_not_judged"

    @classmethod
    def of(cls, scorecard: Scorecard) -> ChecksNotJudged:
        unjudged = scorecard.unjudged
        first = next(iter(unjudged.values()), "")
        return cls(f"{len(unjudged)} of {len(scorecard.checks)} checks not judged: {first}")


class UpstreamModelError(JudgeError):
    """The model endpoint failed (HTTP error, timeout) beyond the retry budget."""

    kind = "upstream_model_error"
