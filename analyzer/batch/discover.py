"""Find the documents of a batch in folders (recursively), single files and zip archives.

Discovery goes by file extension; the analyzer sniffs the content later. Anything not analysed is
recorded with a reason: hidden/system files and unsupported types are *skipped*, unsafe or
oversized archive members and unreadable archives are *refused*.
"""

from __future__ import annotations

import logging
import os
import zipfile
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from analyzer.batch.archive import (
    ARCHIVE_SUFFIXES,
    ArchiveError,
    MemberVerdict,
    is_hidden,
    open_zip,
    read_member,
    vet_archive,
)
from analyzer.config import BatchSettings
from analyzer.errors import AnalyzerError
from analyzer.ingest.files import special_kind

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = frozenset(
    {".pdf", ".pptx", ".docx", ".md", ".markdown", ".txt", ".html", ".htm"}
)


class BatchInputError(AnalyzerError):
    """A batch input path that does not exist or cannot be read (a usage error)."""

    kind = "batch_input_error"


class Source(BaseModel):
    """Where a document's bytes are: a file, or members of (nested) archives inside a file."""

    model_config = ConfigDict(frozen=True)

    path: Path = Field(description="The file on disk, or the outermost archive")
    members: tuple[str, ...] = Field(default=(), description="Member names, outermost first")
    size: int = Field(default=0, description="Size in bytes (declared size for members)")


class BatchItem(BaseModel):
    """One document to analyse; `rel` names it in every output and is unique in a batch."""

    model_config = ConfigDict(frozen=True)

    rel: str
    source: Source


class Excluded(BaseModel):
    """A file not analysed, and why."""

    model_config = ConfigDict(frozen=True)

    rel: str
    status: Literal["skipped", "refused"]
    reason: str


class Discovery(BaseModel):
    items: list[BatchItem] = Field(default_factory=list)
    excluded: list[Excluded] = Field(default_factory=list)

    _rels: set[str] = PrivateAttr(default_factory=set)

    def add(self, item: BatchItem) -> None:
        if item.rel in self._rels:
            self.exclude(item.rel, "refused", "duplicate name (another entry has the same path)")
        else:
            self._rels.add(item.rel)
            self.items.append(item)

    def exclude(self, rel: str, status: Literal["skipped", "refused"], reason: str) -> None:
        self.excluded.append(Excluded(rel=rel, status=status, reason=reason))


class _Walk:
    """One discovery pass with its limits; results accumulate in `found`."""

    def __init__(self, limits: BatchSettings, max_bytes: int, exclude: Sequence[Path]) -> None:
        self.limits = limits
        self.max_bytes = max_bytes
        self.exclude = {p.resolve() for p in exclude}
        self.found = Discovery()

    def path(self, path: Path) -> None:
        if not path.exists():
            raise BatchInputError("no such file or folder", path=str(path))
        if path.is_dir():
            self.folder(path)
        else:
            self.file(path, path.name)

    def folder(self, root: Path) -> None:
        label = root.resolve().name or str(root)
        for folder, dirs, files in os.walk(root, followlinks=False):
            here = Path(folder)
            rel_dir = here.relative_to(root).as_posix()
            prefix = label if rel_dir == "." else f"{label}/{rel_dir}"
            dirs[:] = sorted(d for d in dirs if self._enter(here / d, f"{prefix}/{d}"))
            for name in sorted(files):
                self.file(here / name, f"{prefix}/{name}")

    def _enter(self, folder: Path, rel: str) -> bool:
        if folder.resolve() in self.exclude:
            return False
        if is_hidden((folder.name,)):
            self.found.exclude(rel + "/", "skipped", "hidden or system folder")
            return False
        return True

    def file(self, path: Path, rel: str) -> None:
        suffix = path.suffix.lower()
        if is_hidden((path.name,)):
            self.found.exclude(rel, "skipped", "hidden or system file")
        elif path.is_symlink() and not path.exists():
            self.found.exclude(rel, "skipped", "broken symbolic link")
        elif suffix not in ARCHIVE_SUFFIXES and suffix not in SUPPORTED_SUFFIXES:
            self.found.exclude(rel, "skipped", f"unsupported file type '{suffix or path.name}'")
        elif (size := self._regular_size(path, rel)) is None:
            return
        elif suffix in ARCHIVE_SUFFIXES:
            self.archive(path, (), path, rel, 0)
        else:
            self.document(Source(path=path, size=size), rel)

    def _regular_size(self, path: Path, rel: str) -> int | None:
        """The size of a regular file; FIFOs, devices and links to them are refused unopened."""
        try:
            info = path.stat()
        except OSError as exc:
            self.found.exclude(rel, "refused", f"cannot read: {exc.strerror or exc}")
            return None
        if (kind := special_kind(info.st_mode)) is not None:
            self.found.exclude(rel, "refused", f"{kind}, not a document file")
            return None
        return info.st_size

    def document(self, source: Source, rel: str) -> None:
        if source.size > self.max_bytes:
            reason = f"{source.size} bytes exceeds the {self.max_bytes}-byte document limit"
            self.found.exclude(rel, "refused", reason)
        else:
            self.found.add(BatchItem(rel=rel, source=source))

    def archive(
        self, outer: Path, members: tuple[str, ...], data: Path | bytes, rel: str, depth: int
    ) -> None:
        try:
            with open_zip(data, rel) as archive:
                for info, verdict in vet_archive(archive, self.limits, depth):
                    self._member(outer, members, archive, info, verdict, rel, depth)
        except ArchiveError as exc:
            self.found.exclude(rel, "refused", exc.message)

    def _member(
        self,
        outer: Path,
        members: tuple[str, ...],
        archive: zipfile.ZipFile,
        info: zipfile.ZipInfo,
        verdict: MemberVerdict,
        rel: str,
        depth: int,
    ) -> None:
        action, name, reason = verdict.action, verdict.name, verdict.reason
        member_rel = f"{rel}/{name.lstrip('/')}"
        chain = (*members, info.filename)
        if action == "ignore":
            return
        if action in ("skip", "refuse"):
            self.found.exclude(member_rel, "skipped" if action == "skip" else "refused", reason)
        elif info.file_size > self.max_bytes:
            reason = f"{info.file_size} bytes exceeds the {self.max_bytes}-byte document limit"
            self.found.exclude(member_rel, "refused", reason)
        elif action == "nested":
            try:
                inner = read_member(archive, info, member_rel)
            except ArchiveError as exc:
                self.found.exclude(member_rel, "refused", exc.message)
                return
            self.archive(outer, chain, inner, member_rel, depth + 1)
        elif PurePosixPath(name).suffix.lower() not in SUPPORTED_SUFFIXES:
            suffix = PurePosixPath(name).suffix.lower() or PurePosixPath(name).name
            self.found.exclude(member_rel, "skipped", f"unsupported file type '{suffix}'")
        else:
            self.document(Source(path=outer, members=chain, size=info.file_size), member_rel)


def discover(
    paths: Sequence[Path],
    limits: BatchSettings,
    *,
    max_bytes: int,
    exclude: Sequence[Path] = (),
) -> Discovery:
    """Documents under `paths` (folders, files, zips); `exclude` folders are not entered."""
    walk = _Walk(limits, max_bytes, exclude)
    for path in paths:
        walk.path(path)
    log.info(
        "discovered %d documents, %d excluded", len(walk.found.items), len(walk.found.excluded)
    )
    return walk.found
