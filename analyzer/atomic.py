"""Atomic file writes: a reader (or a killed process) sees the old file or the new, never half.

The data goes to a temporary file in the target's own folder (same filesystem), is flushed and
fsynced, then `os.replace`d over the target; the folder is fsynced where the filesystem allows.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

#: Suffix of the temporary files, so a cleaner can find ones a killed process left behind.
TEMP_SUFFIX = ".partial"


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable; a no-op where directories cannot be fsynced."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def replace_into(source: Path, target: Path) -> None:
    """Move a finished file over `target` in one step (both in the same filesystem)."""
    with open(source, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(source, target)
    fsync_dir(target.parent)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write `data` (text as UTF-8) to `path` atomically, creating its folder if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
