"""A scripted OpenAI-compatible server on loopback, the only fake in the LLM tests.

It is a real HTTP server (stdlib, one thread per request) speaking `POST /v1/chat/completions`:
each request is recorded (body and headers) and answered with the next scripted `Reply`, or by
`responder(body)` once the script is empty. A reply may be a verdict, rendered as the request
asks (a tool call when the request offered tools, JSON text otherwise), an exact body, an HTTP
error with headers such as Retry-After, or a delay. The server can also refuse `response_format`
or `tools` requests, like servers without structured-output support.

A request may ask for one check's verdict or for a group's (`{"verdicts": [...]}`, several
checks in one call). A scripted single verdict answers a group request with that verdict for
every check of the group; `group()` scripts a group reply entry by entry.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from analyzer.config import LLMSettings, Settings

Body = dict[str, Any]
_PASSAGE = re.compile(r'<passage chunk_id="([^"]*)" locator="[^"]*">\n(.*?)\n</passage>', re.DOTALL)
_SINGLE_CHECK = re.compile(r"\(id: (\w+)\)")
_GROUP_CHECK = re.compile(r"^## (\w+)", re.MULTILINE)
GROUP_NAMES = ("verdicts", "record_verdicts")


@dataclass
class Reply:
    """One scripted answer. `verdict` is rendered per request; `body` is sent as given."""

    status: int = 200
    verdict: dict[str, Any] | None = None
    body: Body | str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    prompt_tokens: int | None = None
    completion_tokens: int = 25


def verdict(
    status: str,
    citations: list[tuple[str | None, str]] | None = None,
    *,
    rationale: str = "Scripted verdict.",
    missing: list[str] | None = None,
    **kwargs: Any,
) -> Reply:
    """A reply carrying a verdict with (chunk_id, quote) citations."""
    data = {
        "status": status,
        "rationale": rationale,
        "citations": [{"chunk_id": cid, "quote": quote} for cid, quote in citations or []],
        "missing": missing or [],
    }
    return Reply(verdict=data, **kwargs)


def group(*entries: dict[str, Any] | tuple[str, Reply], **kwargs: Any) -> Reply:
    """A group reply: `(check_id, verdict(...))` pairs, or raw entries sent as given."""
    items = [
        {"check_id": entry[0], **(entry[1].verdict or {})} if isinstance(entry, tuple) else entry
        for entry in entries
    ]
    return Reply(verdict={"verdicts": items}, **kwargs)


def text(content: str, **kwargs: Any) -> Reply:
    """A reply whose assistant message content is exactly `content` (e.g. malformed JSON)."""
    return Reply(body=content, **kwargs)


def error(status: int, message: str = "scripted error", **kwargs: Any) -> Reply:
    body = {"error": {"message": message, "type": "invalid_request_error", "code": None}}
    return Reply(status=status, body=body, **kwargs)


def method_of(body: Body) -> str:
    """How the request asks for the verdict: json_schema, function_calling or text."""
    if "response_format" in body:
        return "json_schema"
    return "function_calling" if body.get("tools") else "text"


def message_of(body: Body, role: str) -> str:
    return "\n".join(str(m.get("content", "")) for m in body["messages"] if m["role"] == role)


def is_group(body: Body) -> bool:
    """Whether the request asks for the verdicts of several checks in one reply."""
    names = [body.get("response_format", {}).get("json_schema", {}).get("name")]
    names += [tool["function"]["name"] for tool in body.get("tools") or []]
    return any(name in GROUP_NAMES for name in names) or '"verdicts"' in message_of(body, "user")


def checks_of(body: Body) -> list[str]:
    """The ids of the checks a request asks about, in the order it lists them."""
    user = message_of(body, "user")
    return _GROUP_CHECK.findall(user) if is_group(body) else _SINGLE_CHECK.findall(user)[:1]


def passages_of(body: Body) -> dict[str, str]:
    """chunk_id -> passage text, as the engine rendered them into the user message."""
    return dict(_PASSAGE.findall(message_of(body, "user")))


def completion(body: Body, reply: Reply) -> Body:
    """An OpenAI chat.completion answering `body` with the reply's verdict or content."""
    message: Body = {"role": "assistant", "content": None}
    finish = "stop"
    answer = reply.verdict
    if answer is not None and "verdicts" not in answer and is_group(body):
        answer = {"verdicts": [{"check_id": cid, **answer} for cid in checks_of(body)]}
    if answer is not None and method_of(body) == "function_calling":
        name = body["tools"][0]["function"]["name"]
        args = json.dumps(answer)
        message["tool_calls"] = [
            {"id": "call_1", "type": "function", "function": {"name": name, "arguments": args}}
        ]
        finish = "tool_calls"
    elif answer is not None:
        message["content"] = json.dumps(answer)
    else:
        message["content"] = str(reply.body)
    prompt = reply.prompt_tokens
    if prompt is None:
        prompt = sum(len(str(m.get("content", ""))) for m in body["messages"]) // 4
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "fake"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": reply.completion_tokens,
            "total_tokens": prompt + reply.completion_tokens,
        },
    }


class FakeOpenAI:
    """Start with `with FakeOpenAI() as server:`; point base_url at `server.base_url`."""

    def __init__(self, responder: Callable[[Body], Reply] | None = None) -> None:
        self.responder = responder
        self.requests: list[Body] = []
        self.headers: list[dict[str, str]] = []
        self.reject_response_format: int | None = None
        self.reject_tools: int | None = None
        self.max_in_flight = 0
        self._in_flight = 0
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def settings(self, data_dir: Path, **llm: Any) -> Settings:
        """Settings whose LLM engine talks to this server, retrying quickly; `llm` overrides."""
        values: dict[str, Any] = {
            "base_url": self.base_url,
            "timeout_s": 5.0,
            "max_retries": 1,
            "coverage": "retrieval",  # most tests pin per-check passages; full-coverage tests ask
        }
        return Settings(_env_file=None, data_dir=data_dir, llm=LLMSettings(**(values | llm)))

    def script(self, *replies: Reply) -> None:
        with self._lock:
            self._queue.extend(replies)

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def answer(self, body: Body) -> Reply:
        """The reply to a request: capability refusals, then the script, then the responder."""
        method = method_of(body)
        if method == "json_schema" and self.reject_response_format:
            return error(self.reject_response_format, "response_format is not supported")
        if body.get("tools") and self.reject_tools:
            return error(self.reject_tools, "tools are not supported")
        with self._lock:
            if self._queue:
                return self._queue.popleft()
        if self.responder is not None:
            return self.responder(body)
        return error(500, "fake server: no scripted reply left")

    @contextmanager
    def _counting(self) -> Iterator[None]:
        with self._lock:
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
        try:
            yield
        finally:
            with self._lock:
                self._in_flight -= 1

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                with server._lock:
                    server.requests.append(body)
                    server.headers.append({k.lower(): v for k, v in self.headers.items()})
                if not self.path.endswith("/chat/completions"):
                    return self._send(error(404, f"no route {self.path}"), body)
                with server._counting():
                    reply = server.answer(body)
                    time.sleep(reply.delay)
                self._send(reply, body)

            def _send(self, reply: Reply, body: Body) -> None:
                if reply.status == 200:
                    payload = json.dumps(completion(body, reply)).encode()
                elif isinstance(reply.body, str):
                    payload = reply.body.encode()
                else:
                    payload = json.dumps(reply.body or {}).encode()
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

        return Handler
