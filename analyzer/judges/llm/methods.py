"""Which structured-output method a judge asks for, falling back when the server lacks one.

Transport retries (429, 5xx, timeouts, Retry-After) are the openai client's own (`max_retries`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Collection
from typing import Literal, cast

log = logging.getLogger(__name__)

Method = Literal["json_schema", "function_calling", "text"]
METHODS: tuple[Method, ...] = ("json_schema", "function_calling", "text")
#: Statuses that, answering a structured-output request, mean "this server can't do that".
#: A 500 is not among them: it is transient (retried by the client), never a verdict on support.
UNSUPPORTED_STATUS = frozenset({400, 422})


class MethodLadder:
    """Structured-output methods still worth trying, best first, shared by a judge's checks.

    `auto` starts with json_schema, then function calling, then JSON parsed from text; a method
    the server rejects (HTTP 400/422 to that request) is dropped for the judge's lifetime,
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
