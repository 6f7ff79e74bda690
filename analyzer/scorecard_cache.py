"""Finished scorecards on disk, so an unchanged document is not judged twice."""

from __future__ import annotations

import logging
from pathlib import Path

from pydantic import ValidationError

from analyzer.atomic import write_atomic
from analyzer.models import Scorecard, Usage

log = logging.getLogger(__name__)


class ScorecardCache:
    """One JSON file per (tenant, sha256, key) under root/tenant/sha256/."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, tenant: str, sha256: str, key: str) -> Path:
        safe_tenant = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in tenant)
        return self.root / safe_tenant / sha256 / f"{key}.json"

    def get(self, tenant: str, sha256: str, key: str) -> Scorecard | None:
        path = self._path(tenant, sha256, key)
        try:
            return Scorecard.model_validate_json(path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValidationError) as exc:
            log.warning("ignoring unreadable cached scorecard %s: %s", path, exc)
            return None

    def put(self, tenant: str, sha256: str, key: str, scorecard: Scorecard) -> None:
        path = self._path(tenant, sha256, key)
        write_atomic(path, scorecard.model_dump_json())

    def forget(self, tenant: str, sha256: str) -> None:
        folder = self._path(tenant, sha256, "x").parent
        if folder.is_dir():
            for file in folder.iterdir():
                file.unlink(missing_ok=True)
            folder.rmdir()


def from_cache(cached: Scorecard, name: str) -> Scorecard:
    """A cached scorecard under the name asked for; no model was called to return it."""
    checks = [row.model_copy(update={"usage": Usage(cached=True)}) for row in cached.checks]
    info = cached.document.model_copy(update={"name": name})
    update = {"document": info, "checks": checks, "usage": Usage(cached=True), "calls": []}
    return cached.model_copy(update=update)
