"""A local folder of source documents: the offline default source.

Every name that comes from outside (a file name in the folder, a relative path
handed over by the scheduler) is checked before it becomes a path: it must be
a plain relative path that stays inside the source folder, also after
symbolic links are resolved.
"""

from __future__ import annotations

import logging
from pathlib import Path, PurePosixPath

from transforms.parse import SUFFIXES

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 512 * 1024 * 1024  # larger files are refused, not read into memory


class UnsafePath(ValueError):
    """A source name that would read outside the source folder."""


def discover(source_dir: Path) -> list[str]:
    """Relative POSIX paths of the source documents in a folder, sorted.

    Hidden files and files of other types are skipped (and logged); links that
    point outside the folder are skipped too.
    """
    root = source_dir.resolve(strict=True)
    if not root.is_dir():
        raise NotADirectoryError(f"source folder {source_dir} is not a folder")
    found = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if any(part.startswith(".") for part in PurePosixPath(rel).parts) or path.is_dir():
            continue
        if path.suffix.lower() not in SUFFIXES:
            log.info("skipped %s: not a source document type (%s)", rel, ", ".join(SUFFIXES))
            continue
        try:
            resolve_inside(root, rel)
        except UnsafePath as err:
            log.warning("skipped %s: %s", rel, err)
            continue
        found.append(rel)
    return found


def resolve_inside(root: Path, rel: str) -> Path:
    """The path of `rel` under `root`, refusing anything that leaves `root`."""
    pure = PurePosixPath(rel)
    if not rel or pure.is_absolute() or "\\" in rel or "\x00" in rel or ".." in pure.parts:
        raise UnsafePath(f"{rel!r} is not a plain relative path inside the source folder")
    root = root.resolve(strict=True)
    path = (root / pure).resolve()
    if not path.is_relative_to(root):
        raise UnsafePath(f"{rel!r} resolves to {path}, outside the source folder {root}")
    return path


def read_source(root: Path, rel: str) -> bytes:
    """The bytes of one source document, after the path checks."""
    path = resolve_inside(root, rel)
    if not path.is_file():
        raise FileNotFoundError(f"{rel}: no such file in {root}")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ValueError(f"{rel}: {size} bytes is more than the limit of {MAX_FILE_BYTES}")
    return path.read_bytes()
