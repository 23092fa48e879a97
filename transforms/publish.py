"""Releases in the open-data folder.

Layout of `out/`:

    releases/<version>/         one folder per published release (never changed afterwards)
        documents.csv, documents.parquet, ... (the five tables)
        datapackage.json        Frictionless Data Package v2, a Table Schema per resource
        validation.json/.html   the Great Expectations result
        changes.json            what changed since the previous release
        quarantine.csv          source files left out, with the reason
    latest -> releases/<version>   switched in one atomic step (rename of a symlink)
    rejected/<version>/         releases that failed validation, with their report
    .staging/<version>/         a release being written (invisible to portals)
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from transforms.tables import TABLE_NAMES, TABLES, table_schema

QUARANTINE_COLUMNS = ["source", "sha256", "reason"]


def new_version(out: Path) -> str:
    """A release version: the UTC time, made unique within `out`."""
    base = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    version, n = base, 1
    while any((out / d / version).exists() for d in ("releases", "rejected", ".staging")):
        n += 1
        version = f"{base}-{n}"
    return version


def staging_dir(out: Path, version: str) -> Path:
    return out / ".staging" / version


def latest_release(out: Path) -> Path | None:
    """The folder `out/latest` points at, if any."""
    link = out / "latest"
    if not link.is_symlink() and not link.exists():
        return None
    target = link.resolve()
    return target if target.is_dir() else None


def write_quarantine(entries: list[dict[str, Any]], folder: Path) -> None:
    rows = sorted(entries, key=lambda e: e["source"])
    pd.DataFrame(rows, columns=QUARANTINE_COLUMNS).to_csv(folder / "quarantine.csv", index=False, encoding="utf-8", lineterminator="\n")


def write_json(data: Any, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def datapackage(folder: Path, version: str, *, validation_success: bool) -> dict[str, Any]:
    """The datapackage.json of a release folder, with sha256 and byte counts of every file."""
    resources = []
    for name in TABLE_NAMES:
        table = TABLES[name]
        for fmt, mediatype in (("csv", "text/csv"), ("parquet", "application/vnd.apache.parquet")):
            path = folder / f"{name}.{fmt}"
            resource: dict[str, Any] = {
                "name": name if fmt == "csv" else f"{name}-parquet",
                "type": "table",
                "path": path.name,
                "title": table.title,
                "description": table.description,
                "format": fmt,
                "mediatype": mediatype,
                "bytes": path.stat().st_size,
                "hash": "sha256:" + _file_sha256(path),
                "schema": table_schema(name),
            }
            if fmt == "csv":
                resource["encoding"] = "utf-8"
                resource["dialect"] = {"delimiter": ",", "header": True, "lineTerminator": "\n"}
            resources.append(resource)
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "kamerdata",
        "title": "kamerdata: figures and commitments from Dutch parliamentary documents",
        "description": "Documents, sections, paragraphs, figures and commitments extracted from Kamerstukken and answers to Kamervragen, validated with Great Expectations.",
        "version": version,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "licenses": [{"name": "CC0-1.0", "path": "https://creativecommons.org/publicdomain/zero/1.0/", "title": "CC0 1.0"}],
        "sources": [{"title": "Officiële Bekendmakingen (KOOP) and Tweede Kamer publications", "path": "https://zoek.officielebekendmakingen.nl/"}],
        "kamerdata": {"validation": "passed" if validation_success else "failed", "validation_report": "validation.html"},
        "resources": resources,
    }


def reject(out: Path, version: str) -> Path:
    """Move a staged release that failed validation aside; `latest` is not touched."""
    target = out / "rejected" / version
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staging_dir(out, version), target)
    _remove_if_empty(staging_dir(out, version).parent)
    return target


def publish(out: Path, version: str) -> Path:
    """Finish a validated staged release and make it current in one atomic step."""
    staged = staging_dir(out, version)
    write_json(datapackage(staged, version, validation_success=True), staged / "datapackage.json")
    release = out / "releases" / version
    release.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staged, release)
    _remove_if_empty(staged.parent)
    switch_latest(out, release)
    return release


def switch_latest(out: Path, release: Path) -> None:
    """Point `out/latest` at `release`: a new symlink renamed over the old one."""
    tmp = out / f".latest.{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(os.path.relpath(release, out), tmp)
    os.replace(tmp, out / "latest")


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass  # not empty: another release is being staged


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
