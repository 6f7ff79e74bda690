"""Zip archives read safely: every member is vetted before a byte of it is decompressed.

Nothing is ever extracted to disk: members are read into memory, bounded by their declared size
(which `zipfile` enforces while decompressing) and by the limits in `BatchSettings`. A member is
refused when its name escapes the archive (`../`, absolute or drive paths), when it is a link,
encrypted, compressed with a method other than stored/deflate, compressed at an absurd ratio
(zip bomb), beyond the archive's byte budget, or a nested archive deeper than allowed.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from analyzer.config import BatchSettings
from analyzer.errors import IngestError

ARCHIVE_SUFFIXES = frozenset({".zip"})
SYSTEM_NAMES = frozenset({"__macosx", "thumbs.db", "desktop.ini", "$recycle.bin"})
SAFE_METHODS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
_DRIVE = re.compile(r"^[A-Za-z]:")


class ArchiveError(IngestError):
    """An archive that cannot be opened or is refused as a whole."""

    kind = "archive_error"


@dataclass(frozen=True)
class MemberVerdict:
    """What to do with one archive member: read it, or exclude it with a reason."""

    name: str
    action: str  # "read" | "nested" | "skip" | "refuse" | "ignore"
    reason: str = ""


def is_hidden(parts: tuple[str, ...]) -> bool:
    """Hidden (dot-prefixed) or operating-system clutter anywhere in a path."""
    return any(p.startswith(".") or p.lower() in SYSTEM_NAMES for p in parts)


def unsafe_name_reason(name: str) -> str | None:
    """Why a member name would escape the extraction target, or None when it stays inside."""
    if name.startswith("/") or _DRIVE.match(name):
        return "absolute path (would be written outside the target)"
    if ".." in PurePosixPath(name).parts:
        return "path escapes the archive with '..'"
    if "\x00" in name:
        return "NUL byte in the name"
    return None


def _is_link(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _ratio_reason(info: zipfile.ZipInfo, limits: BatchSettings) -> str | None:
    """A bomb is judged by what it would cost: a member that expands past
    `max_zip_compressed_member_bytes` at a ratio past `max_zip_ratio`. Small, very compressible
    text (a 300 KB Markdown file at 500:1) is harmless and read."""
    if info.file_size <= limits.max_zip_compressed_member_bytes:
        return None
    ratio = info.file_size / max(info.compress_size, 1)
    if info.compress_size == 0 or ratio > limits.max_zip_ratio:
        return (
            f"compression ratio {ratio:.0f}:1 exceeds the limit of "
            f"{limits.max_zip_ratio:.0f}:1 (possible zip bomb)"
        )
    return None


def vet_member(info: zipfile.ZipInfo, limits: BatchSettings, depth: int) -> MemberVerdict:
    """Judge one member from its header alone. `depth` is 0 for a top-level archive."""
    name = info.filename.replace("\\", "/")
    if reason := unsafe_name_reason(name):
        return MemberVerdict(name, "refuse", reason)
    if info.is_dir():
        return MemberVerdict(name, "ignore")
    if is_hidden(PurePosixPath(name).parts):
        return MemberVerdict(name, "skip", "hidden or system file")
    if _is_link(info):
        return MemberVerdict(name, "refuse", "symbolic link inside the archive")
    if info.flag_bits & 0x1:
        return MemberVerdict(name, "refuse", "encrypted archive entry")
    if info.compress_type not in SAFE_METHODS:
        return MemberVerdict(name, "refuse", f"unsupported compression method {info.compress_type}")
    if reason := _ratio_reason(info, limits):
        return MemberVerdict(name, "refuse", reason)
    if PurePosixPath(name).suffix.lower() in ARCHIVE_SUFFIXES:
        if depth + 1 > limits.max_zip_depth:
            return MemberVerdict(
                name, "refuse", f"nested archive beyond the depth limit of {limits.max_zip_depth}"
            )
        return MemberVerdict(name, "nested")
    return MemberVerdict(name, "read")


def open_zip(data: bytes | Path, label: str) -> zipfile.ZipFile:
    """Open an archive from a path or bytes, turning any failure into an ArchiveError."""
    try:
        return zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ArchiveError(f"not a readable zip archive: {exc}", path=label) from exc


def vet_archive(
    archive: zipfile.ZipFile, limits: BatchSettings, depth: int
) -> Iterator[tuple[zipfile.ZipInfo, MemberVerdict]]:
    """Every member with its verdict, the byte budget applied in archive order."""
    infos = archive.infolist()
    if len(infos) > limits.max_zip_entries:
        raise ArchiveError(
            f"{len(infos)} entries exceed the limit of {limits.max_zip_entries}", path=None
        )
    budget = limits.max_zip_bytes
    for info in infos:
        verdict = vet_member(info, limits, depth)
        if verdict.action in ("read", "nested"):
            if info.file_size > budget:
                verdict = MemberVerdict(
                    verdict.name,
                    "refuse",
                    f"archive exceeds its budget of {limits.max_zip_bytes} uncompressed bytes",
                )
            else:
                budget -= info.file_size
        yield info, verdict


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> bytes:
    """A member's bytes; never more than its declared size (zipfile stops there and checks CRC)."""
    try:
        with archive.open(info) as handle:
            data = handle.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ArchiveError(f"cannot read archive entry: {exc}", path=label) from exc
    if len(data) > info.file_size:
        raise ArchiveError("entry is larger than declared", path=label)
    return data


def read_chain(path: Path, members: tuple[str, ...]) -> bytes:
    """The bytes of a member reached through nested archives (outermost member name first).

    Only members that discovery vetted are ever named here, so limits were already applied.
    """
    source: bytes | Path = path
    label = str(path)
    for member in members:
        label = f"{label}/{member}"
        with open_zip(source, label) as archive:
            try:
                info = archive.getinfo(member)
            except KeyError as exc:
                raise ArchiveError("entry not found in the archive", path=label) from exc
            source = read_member(archive, info, label)
    if isinstance(source, Path):
        raise ArchiveError("no archive member named", path=label)
    return source
