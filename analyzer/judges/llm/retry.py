"""Retry policy for model calls: backoff with jitter, Retry-After, structured-output fallback."""

from __future__ import annotations

import logging
import threading
from collections.abc import Collection, Mapping
from email.utils import parsedate_to_datetime
from typing import Literal, cast

log = logging.getLogger(__name__)

Method = Literal["json_schema", "function_calling", "text"]
METHODS: tuple[Method, ...] = ("json_schema", "function_calling", "text")
#: Statuses that, answering a structured-output request, mean "this server can't do that".
UNSUPPORTED_STATUS = frozenset({400, 422, 500})


def parse_retry_after(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds to wait from `retry-after-ms` or `retry-after` (seconds or an HTTP date)."""
    lowered = {k.lower(): v for k, v in headers.items()}
    millis = lowered.get("retry-after-ms")
    if millis is not None:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = lowered.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when: float = parsedate_to_datetime(value).timestamp()
        return max(0.0, when - now)
    except (TypeError, ValueError, IndexError):
        return None


def backoff_delay(
    retry: int, *, base: float, cap: float, jitter: float, retry_after: float | None = None
) -> float:
    """Delay before retry number `retry` (1-based).

    With a Retry-After the server's delay is honoured (capped at `cap`); otherwise
    `base * 2**(retry-1)`, capped, scaled by a jitter in [0.5, 1) from `jitter` in [0, 1).
    """
    if retry_after is not None:
        return min(cap, retry_after)
    exponential: float = min(cap, base * 2.0 ** max(0, retry - 1))
    return exponential * (0.5 + 0.5 * min(max(jitter, 0.0), 1.0))


class MethodLadder:
    """Structured-output methods still worth trying, best first, shared by a judge's checks.

    `auto` starts with json_schema, then function calling, then JSON parsed from text; a method
    the server rejects (HTTP 400/422/500 to that request) is dropped for the judge's lifetime,
    so later checks go straight to the method that works.
    """

    def __init__(self, preferred: str, available: Collection[str] = METHODS) -> None:
        wanted = list(METHODS) if preferred == "auto" else [cast(Method, preferred)]
        self._order: list[Method] = [m for m in wanted if m in available] or ["text"]
        self._lock = threading.Lock()

    def current(self) -> Method:
        with self._lock:
            return self._order[0]

    def give_up(self, method: Method, status: int, *, context_overflow: bool = False) -> bool:
        """Drop `method` after an HTTP `status` showing no support; True to try another one."""
        if status not in UNSUPPORTED_STATUS or context_overflow:
            return False
        with self._lock:
            if method not in self._order:
                return True
            if len(self._order) == 1:
                return False
            self._order.remove(method)
        log.warning("model endpoint rejected %s (HTTP %s); falling back", method, status)
        return True
