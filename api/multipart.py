"""Receive multipart uploads as a stream: each file goes to disk as it arrives, hashed on the
way, and a file over the size limit is dropped at the limit (never held in memory or on disk
whole). The rest of an oversized request is read and thrown away, up to a hard cap, so the
client gets the 413 rather than a reset connection.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote

from python_multipart import MultipartParser
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import parse_options_header
from starlette.requests import ClientDisconnect, Request

from api.errors import ApiError
from api.uploads import ReceivedFile, safe_filename

MAX_FIELD_BYTES = 10_000
MAX_PARTS_OVERHEAD = 1024 * 1024


def human_size(size: int) -> str:
    """52428800 -> "50 MB", 2000000 -> "1.91 MB" (binary units, as file managers show them)."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:.3g} {unit}"
    return f"{size} bytes"


def too_large(limit: int) -> ApiError:
    return ApiError(
        413, "payload_too_large", f"a file exceeds the {human_size(limit)} upload limit"
    )


@dataclass
class _Part:
    headers: dict[str, bytes] = field(default_factory=dict)
    name: str = ""
    filename: str | None = None
    handle: IO[bytes] | None = None
    path: Path | None = None
    digest: Any = None
    size: int = 0
    value: bytearray = field(default_factory=bytearray)


class MultipartReceiver:
    """Callbacks for python-multipart that write file parts under `new_path()`."""

    def __init__(self, new_path: Callable[[], Path], max_bytes: int, max_files: int) -> None:
        self.new_path = new_path
        self.max_bytes = max_bytes
        self.max_files = max_files
        self.files: list[ReceivedFile] = []
        self.fields: dict[str, str] = {}
        self.error: ApiError | None = None
        self._part = _Part()
        self._header_field = b""
        self._header_value = b""

    def callbacks(self) -> dict[str, Any]:
        return {
            "on_part_begin": self._begin,
            "on_header_field": self._hfield,
            "on_header_value": self._hvalue,
            "on_header_end": self._hend,
            "on_headers_finished": self._headers_done,
            "on_part_data": self._data,
            "on_part_end": self._end,
        }

    def _begin(self) -> None:
        self._part = _Part()

    def _hfield(self, data: bytes, start: int, end: int) -> None:
        self._header_field += data[start:end]

    def _hvalue(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def _hend(self) -> None:
        key = self._header_field.decode("latin-1").lower()
        self._part.headers[key] = self._header_value  # raw: a file name may be UTF-8
        self._header_field = self._header_value = b""

    def _headers_done(self) -> None:
        part = self._part
        _, options = parse_options_header(part.headers.get("content-disposition", b""))
        part.name = options.get(b"name", b"").decode("utf-8", "replace")
        raw = disposition_filename(part.headers.get("content-disposition", b""), options)
        if raw is None or self.error is not None:
            return
        part.filename = safe_filename(raw) if raw.strip() else ""
        if not part.filename:  # an empty file input in a browser form
            return
        if len(self.files) >= self.max_files:
            self.error = ApiError(422, "validation_error", f"at most {self.max_files} files")
            return
        part.path = self.new_path()
        part.handle = open(part.path, "wb")  # noqa: SIM115 - closed in _end or close()
        part.digest = hashlib.sha256()

    def _data(self, data: bytes, start: int, end: int) -> None:
        part = self._part
        chunk = data[start:end]
        if part.filename is None:
            if len(part.value) + len(chunk) > MAX_FIELD_BYTES:
                self.error = self.error or ApiError(422, "validation_error", "form field too long")
                return
            part.value += chunk
            return
        if part.handle is None:
            return
        part.size += len(chunk)
        if part.size > self.max_bytes:
            self._drop(part)
            self.error = self.error or too_large(self.max_bytes)
            return
        part.handle.write(chunk)
        part.digest.update(chunk)

    def _end(self) -> None:
        part = self._part
        if part.filename is None:
            self.fields[part.name] = part.value.decode("utf-8", "replace")
            return
        if part.handle is None or part.path is None:
            return
        part.handle.close()
        part.handle = None
        self.files.append(
            ReceivedFile(part.filename, part.path, part.digest.hexdigest(), part.size)
        )

    def _drop(self, part: _Part) -> None:
        if part.handle is not None:
            part.handle.close()
            part.handle = None
        if part.path is not None:
            part.path.unlink(missing_ok=True)

    def close(self) -> None:
        """Remove everything received (after an error)."""
        self._drop(self._part)
        for received in self.files:
            received.path.unlink(missing_ok=True)
        self.files = []


EXTENDED_FILENAME = re.compile(rb"""filename\*\s*=\s*([^;]+)""", re.IGNORECASE)


def disposition_filename(header: bytes, options: dict[bytes, bytes]) -> str | None:
    """A part's file name: RFC 5987 `filename*=UTF-8''...` first (RFC 6266), then `filename=`;
    None for a part that is not a file."""
    if match := EXTENDED_FILENAME.search(header):
        charset, _, rest = match.group(1).strip().strip(b'"').decode("latin-1").partition("'")
        _lang, _, encoded = rest.partition("'")
        try:
            return unquote(encoded, encoding=charset or "utf-8", errors="strict")
        except (LookupError, UnicodeDecodeError):
            return unquote(encoded, encoding="utf-8", errors="replace")
    filename = options.get(b"filename")
    return None if filename is None else filename.decode("utf-8", "replace")


def _boundary(request: Request) -> bytes:
    content_type, options = parse_options_header(request.headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise ApiError(
            415, "unsupported_media_type", "send multipart/form-data with one or more files"
        )
    return boundary


def _hard_cap(max_bytes: int, max_files: int) -> int:
    return max_bytes * max_files + MAX_PARTS_OVERHEAD


async def receive_multipart(
    request: Request, new_path: Callable[[], Path], *, max_bytes: int, max_files: int
) -> tuple[list[ReceivedFile], dict[str, str]]:
    """Stream a multipart body to disk; returns the files received and the text fields."""
    boundary = _boundary(request)
    receiver = MultipartReceiver(new_path, max_bytes, max_files)
    parser = MultipartParser(boundary, receiver.callbacks())  # type: ignore[arg-type]
    cap = _hard_cap(max_bytes, max_files)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise too_large(max_bytes)
    total = 0
    try:
        async for chunk in request.stream():
            total += len(chunk)
            if total > cap:
                raise too_large(max_bytes)
            parser.write(chunk)
        parser.finalize()
    except MultipartParseError as exc:
        receiver.close()
        raise ApiError(422, "validation_error", f"malformed multipart body: {exc}") from exc
    except (ApiError, ClientDisconnect):
        receiver.close()
        raise
    if receiver.error is not None:
        receiver.close()
        raise receiver.error
    return receiver.files, receiver.fields
