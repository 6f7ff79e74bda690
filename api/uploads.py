"""Uploaded files on disk: `data_dir/uploads/<tenant id>/<sha256>`, written atomically.

A file arrives in the tenant's `.incoming/` folder under a random name (see api.multipart), then
is fsynced and renamed into place, so a reader never sees a half-written document.
"""

from __future__ import annotations

import contextlib
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from analyzer.atomic import replace_into

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
STALE_PART_S = 3600.0  # an upload still being received is never this old
MAX_NAME = 255


@dataclass(frozen=True)
class ReceivedFile:
    """A file received from a client, still in the incoming folder."""

    name: str
    path: Path
    sha256: str
    size: int


def safe_filename(raw: str | None) -> str:
    """The last path component of a client's file name, without control characters."""
    name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    if len(name) > MAX_NAME:  # shorten the stem, keep the extension
        stem, dot, suffix = name.rpartition(".")
        if dot and stem and 0 < len(suffix) <= 16:
            return stem[: MAX_NAME - len(suffix) - 1].rstrip() + "." + suffix
        return name[:MAX_NAME]
    return name or "document"


class UploadStore:
    """Where uploaded documents live, one folder per tenant."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _tenant_dir(self, tenant_id: str) -> Path:
        if not ID_RE.match(tenant_id):
            raise ValueError(f"invalid tenant id {tenant_id!r}")
        return self.root / tenant_id

    def incoming_dir(self, tenant_id: str) -> Path:
        path = self._tenant_dir(tenant_id) / ".incoming"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def new_incoming_path(self, tenant_id: str) -> Path:
        return self.incoming_dir(tenant_id) / f"{secrets.token_hex(12)}.part"

    def path_for(self, tenant_id: str, sha256: str) -> Path:
        if not SHA256_RE.match(sha256):
            raise ValueError(f"invalid sha256 {sha256!r}")
        return self._tenant_dir(tenant_id) / sha256

    def commit(self, tenant_id: str, received: ReceivedFile) -> Path:
        """Move a received file into place (atomic rename); an identical file already there wins."""
        final = self.path_for(tenant_id, received.sha256)
        if final.exists():
            self.discard(received)
            return final
        replace_into(received.path, final)
        return final

    def discard(self, received: ReceivedFile) -> None:
        received.path.unlink(missing_ok=True)

    def remove(self, tenant_id: str, sha256: str) -> bool:
        path = self.path_for(tenant_id, sha256)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        return True

    def clear_incoming(self, older_than_s: float = STALE_PART_S) -> int:
        """Remove partial uploads left by a dead process; returns how many. Only old ones: in a
        folder shared by API replicas, a younger one may be another replica's upload."""
        removed = 0
        cutoff = time.time() - older_than_s
        for part in self.root.glob("*/.incoming/*.part"):
            with contextlib.suppress(FileNotFoundError):
                if part.stat().st_mtime < cutoff:
                    part.unlink()
                    removed += 1
        return removed
