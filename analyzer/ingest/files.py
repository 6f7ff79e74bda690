"""Reading a document file from disk: regular files only, never more than the size limit.

A FIFO blocks a reader forever and a device (or a link to `/dev/zero`) reports size 0 and never
ends; both are refused after a `stat` (which follows links) and before any open. The file is
then opened non-blocking and checked again on its descriptor, so one swapped in between is
refused too, and the read stops one byte past the limit whatever the file claims.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from analyzer.errors import DocumentTooLarge, IngestError

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def special_kind(mode: int) -> str | None:
    """What a non-regular file is ("a named pipe (FIFO)"), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _KINDS if test(mode)), "not a regular file")


def check_regular(path: Path, name: str | None = None) -> int:
    """The size of a regular file; IngestError for anything else (links are followed)."""
    display = name or str(path)
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise IngestError("cannot read file: no such file", path=display) from exc
    except PermissionError as exc:
        raise IngestError("permission denied", path=display) from exc
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}", path=display) from exc
    kind = special_kind(info.st_mode)
    if kind is not None:
        raise IngestError(f"is {kind}, not a document file", path=display)
    return info.st_size


def open_regular(path: Path, name: str | None = None) -> BinaryIO:
    """A regular file opened for reading (non-blocking open, checked on its descriptor)."""
    display = name or str(path)
    check_regular(path, display)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}", path=display) from exc
    kind = special_kind(os.fstat(fd).st_mode)
    if kind is not None:
        os.close(fd)
        raise IngestError(f"is {kind}, not a document file", path=display)
    return os.fdopen(fd, "rb")


def read_regular(path: Path, max_bytes: int, name: str | None = None) -> bytes:
    """The bytes of a regular file of at most max_bytes."""
    display = name or str(path)
    size = check_regular(path, display)
    if size > max_bytes:
        raise DocumentTooLarge(f"{size} bytes, more than the limit of {max_bytes}", path=display)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}", path=display) from exc
    try:
        kind = special_kind(os.fstat(fd).st_mode)
        if kind is not None:
            raise IngestError(f"is {kind}, not a document file", path=display)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}", path=display) from exc
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise DocumentTooLarge(f"more than the limit of {max_bytes} bytes", path=display)
    return data
