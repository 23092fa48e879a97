"""The stages of a run, in order: the one place that knows the flow.

    discover -> process_document (per document) -> assemble -> validate -> publish

Each stage is a plain function over plain values (paths, dicts of strings), so
that Airflow can hand their results from task to task through XCom and the CLI
can call them in a loop. Heavy data never travels between stages: processed
rows are cached under `<data>/processed/`, staged releases under
`<out>/.staging/`.

Run state (`<data>/state.json`) holds, per document id, the source SHA-256,
its version and where its processed rows are. A document seen before with the
same bytes is a noop, with other bytes an update (version + 1), else an
insert. State is saved only when a release is published, so a rejected
release leaves everything as it was.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd

from transforms import publish as releases
from transforms.model import ParseError
from transforms.sources import local
from transforms.sources.archive import Archive
from transforms.tableio import read_table, read_tables, write_parquet, write_tables
from transforms.tables import TABLE_NAMES, TABLES, document_rows, frame

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Settings:
    source: Path  # the folder of source documents
    out: Path  # the open-data folder
    data: Path  # archive, processed-rows cache and run state

    @classmethod
    def from_strings(cls, source: str, out: str, data: str) -> Settings:
        return cls(Path(source).absolute(), Path(out).absolute(), Path(data).absolute())


@dataclass
class DocumentResult:
    """What processing one source file gave: a parsed document or a quarantine reason."""

    source: str  # path relative to the source folder
    status: str  # "parsed" or "quarantined"
    sha256: str | None = None
    document_id: str | None = None
    reason: str | None = None
    rows_dir: str | None = None
    cached: bool = False
    counts: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- discover ----------------------------------------------------------------


def discover(settings: Settings) -> list[str]:
    """The source documents to consider in this run (relative paths)."""
    return local.discover(settings.source)


# --- process -------------------------------------------------------------------


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the pipeline's code and the learned model's weights: processed rows are reused only by the same code."""
    digest = hashlib.sha256()
    for path in sorted([*PACKAGE_DIR.rglob("*.py"), *PACKAGE_DIR.rglob("*.json")]):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def process_document(settings: Settings, rel: str) -> dict[str, Any]:
    """Archive, parse and extract one source file; never raises for a bad document."""
    try:
        data = local.read_source(settings.source, rel)
    except (local.UnsafePath, OSError, ValueError) as err:
        return _quarantined(rel, None, str(err)).to_dict()
    name = PurePosixPath(rel).name
    sha = Archive(settings.data).put(data, origin=f"file:{rel}", name=name)
    return process_bytes(settings, rel, name, data, sha).to_dict()


def process_bytes(settings: Settings, rel: str, name: str, data: bytes, sha: str) -> DocumentResult:
    rows_dir = _rows_dir(settings, sha, name)
    done = rows_dir / "result.json"
    if done.exists():
        result = DocumentResult(**json.loads(done.read_text(encoding="utf-8")))
        result.source, result.cached = rel, True
        return result
    try:
        rows = extract_rows(name, data, sha)
    except ParseError as err:
        return _quarantined(rel, sha, str(err))
    except Exception as err:  # a bug must not cost the other documents: quarantine and log
        log.exception("%s: unexpected failure while processing", rel)
        return _quarantined(rel, sha, f"internal error: {type(err).__name__}: {err}")
    if rows["documents"][0]["source_url"] is None:
        rows["documents"][0]["source_url"] = f"file:{rel}"
    rows_dir.mkdir(parents=True, exist_ok=True)
    for table in TABLE_NAMES:
        write_parquet(table, frame(table, rows[table]), rows_dir / f"{table}.parquet")
    result = DocumentResult(
        source=rel,
        status="parsed",
        sha256=sha,
        document_id=rows["documents"][0]["document_id"],
        rows_dir=str(rows_dir),
        counts={table: len(rows[table]) for table in TABLE_NAMES},
    )
    releases.write_json(result.to_dict(), done)
    return result


def extract_rows(name: str, data: bytes, sha: str) -> dict[str, list[dict[str, Any]]]:
    """Parse one file and run both extractors: the rows it adds to the five tables."""
    from transforms.extract.commitments import extract_commitments
    from transforms.extract.figures import extract_figures
    from transforms.parse import parse_file

    doc = parse_file(name, data)
    if not doc.paragraphs:
        raise ParseError("no text found in the document")
    return document_rows(doc, extract_figures(doc), extract_commitments(doc), source_sha256=sha, version=1)


def _rows_dir(settings: Settings, sha: str, name: str) -> Path:
    key = hashlib.sha256(f"{sha}\0{name}".encode()).hexdigest()[:32]
    return settings.data / "processed" / code_fingerprint() / key


def _quarantined(rel: str, sha: str | None, reason: str) -> DocumentResult:
    log.error("quarantined %s: %s", rel, reason)
    return DocumentResult(source=rel, status="quarantined", sha256=sha, reason=reason)


# --- assemble ------------------------------------------------------------------


def load_state(settings: Settings) -> dict[str, Any]:
    path = settings.data / "state.json"
    if not path.exists():
        return {"release": None, "documents": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def assemble(settings: Settings, results: list[dict[str, Any]]) -> dict[str, Any]:
    """Combine the processed documents with the published ones into a staged release.

    Returns a summary: status "unchanged" when the tables would equal the
    current release (nothing is staged), else "staged" with the version.
    """
    state = load_state(settings)
    parsed, quarantine = _split_results(results)
    documents = dict(state["documents"])
    changes: dict[str, list[str]] = {"inserted": [], "updated": [], "unchanged": []}
    for result in sorted(parsed, key=lambda r: r.document_id):
        previous = documents.get(result.document_id)
        if previous is None:
            version, change = 1, "inserted"
        elif previous["sha256"] == result.sha256:
            version, change = previous["version"], "unchanged"
        else:
            version, change = previous["version"] + 1, "updated"
        changes[change].append(result.document_id)
        documents[result.document_id] = {"sha256": result.sha256, "version": version, "rows_dir": result.rows_dir, "source": result.source}
    _refresh_stale(settings, documents)
    tables = _combine(documents)
    summary: dict[str, Any] = {
        "documents": len(tables["documents"]),
        "quarantined": len(quarantine),
        "rows": {name: len(df) for name, df in tables.items()},
        "changes": {k: len(v) for k, v in changes.items()},
    }
    current = releases.latest_release(settings.out)
    published = _read_release(current)
    new_hashes = {name: _row_hashes(tables[name], TABLES[name].key) for name in TABLE_NAMES}
    if published is not None and published[1] == sorted(q["source"] for q in quarantine) and published[0] == new_hashes:
        log.info("nothing new: the tables equal the current release %s", current.name)
        return {"status": "unchanged", "release": current.name, **summary}
    version = releases.new_version(settings.out)
    staged = releases.staging_dir(settings.out, version)
    write_tables(tables, staged)
    releases.write_quarantine(quarantine, staged)
    old_hashes = published[0] if published is not None else None
    releases.write_json(_changes(current, tables, new_hashes, old_hashes, changes, quarantine), staged / "changes.json")
    releases.write_json({"release": version, "documents": documents}, staged / ".state.json")
    log.info("staged release %s: %s", version, summary["rows"])
    return {"status": "staged", "release": version, **summary}


def _split_results(results: list[dict[str, Any]]) -> tuple[list[DocumentResult], list[dict[str, Any]]]:
    parsed, quarantine, seen = [], [], {}
    for result in sorted((DocumentResult(**r) for r in results), key=lambda r: r.source):
        if result.status != "parsed":
            quarantine.append({"source": result.source, "sha256": result.sha256, "reason": result.reason})
        elif result.document_id in seen:
            reason = f"document id {result.document_id} is also given by {seen[result.document_id]}"
            log.error("quarantined %s: %s", result.source, reason)
            quarantine.append({"source": result.source, "sha256": result.sha256, "reason": reason})
        else:
            seen[result.document_id] = result.source
            parsed.append(result)
    return parsed, quarantine


def _refresh_stale(settings: Settings, documents: dict[str, dict[str, Any]]) -> None:
    """Re-derive, from the raw archive, documents processed by older code."""
    archive = Archive(settings.data)
    for doc_id, entry in documents.items():
        if entry["rows_dir"] and Path(entry["rows_dir"]).parent.name == code_fingerprint() and Path(entry["rows_dir"]).exists():
            continue
        name = PurePosixPath(entry["source"]).name
        result = process_bytes(settings, entry["source"], name, archive.get(entry["sha256"]), entry["sha256"])
        if result.status != "parsed" or result.document_id != doc_id:
            raise RuntimeError(f"{doc_id}: archived source {entry['sha256']} no longer processes ({result.reason})")
        entry["rows_dir"] = result.rows_dir


def _combine(documents: dict[str, dict[str, Any]]) -> dict[str, pd.DataFrame]:
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLE_NAMES}
    for doc_id in sorted(documents):
        entry = documents[doc_id]
        for name in TABLE_NAMES:
            parts[name].append(read_table(name, Path(entry["rows_dir"])))
        parts["documents"][-1]["version"] = entry["version"]
    tables = {}
    for name in TABLE_NAMES:
        frames = [df for df in parts[name] if len(df)]
        tables[name] = pd.concat(frames, ignore_index=True) if frames else frame(name, [])
    return tables


def _read_release(current: Path | None) -> tuple[dict[str, dict[str, int]], list[str]] | None:
    """Row hashes per table and the quarantined sources of the current release, read once."""
    if current is None:
        return None
    try:
        published = read_tables(current)
        quarantined = pd.read_csv(current / "quarantine.csv", dtype=str, keep_default_na=False)["source"]
    except (OSError, ValueError, KeyError):
        log.warning("current release %s is unreadable: the next one is compared with nothing", current)
        return None
    return {name: _row_hashes(published[name], TABLES[name].key) for name in TABLE_NAMES}, sorted(quarantined)


def _changes(
    current: Path | None,
    tables: dict[str, pd.DataFrame],
    new_hashes: dict[str, dict[str, int]],
    old_hashes: dict[str, dict[str, int]] | None,
    documents: dict[str, list[str]],
    quarantine: list[dict[str, Any]],
) -> dict[str, Any]:
    """Per table: rows inserted, updated and deleted since the current release (by key)."""
    per_table = {}
    for name in TABLE_NAMES:
        new, old = new_hashes[name], (old_hashes or {}).get(name, {})
        per_table[name] = {
            "rows": len(tables[name]),
            "inserted": sum(1 for k in new if k not in old),
            "updated": sum(1 for k, h in new.items() if k in old and old[k] != h),
            "deleted": sum(1 for k in old if k not in new),
        }
    return {
        "previous_release": current.name if current is not None else None,
        "documents": {k: sorted(v) for k, v in documents.items()},
        "quarantined": sorted(q["source"] for q in quarantine),
        "tables": per_table,
    }


def _row_hashes(df: pd.DataFrame, key: str) -> dict[str, int]:
    if df.empty:
        return {}
    hashes = pd.util.hash_pandas_object(df.astype("string").fillna("\0"), index=False)
    return dict(zip(df[key].astype(str), hashes.tolist(), strict=True))


# --- validate and publish --------------------------------------------------------


def validate(settings: Settings, staged: dict[str, Any]) -> dict[str, Any]:
    """Validate a staged release; a failing one is moved to `rejected/` and raises ValidationFailed."""
    from transforms.validate import ValidationFailed, validate_folder, write_report

    if staged["status"] != "staged":
        return staged
    folder = releases.staging_dir(settings.out, staged["release"])
    report = validate_folder(folder)
    write_report(report, folder)
    if not report.success:
        releases.write_json(releases.datapackage(folder, staged["release"], validation_success=False), folder / "datapackage.json")
        rejected = releases.reject(settings.out, staged["release"])
        log.error("release %s rejected, kept at %s; latest is unchanged.\n%s", staged["release"], rejected, report.summary())
        raise ValidationFailed(report)
    return {**staged, "validation": report.statistics}


def publish(settings: Settings, staged: dict[str, Any]) -> dict[str, Any]:
    """Make a validated release current and save the run state."""
    if staged["status"] != "staged":
        return staged
    version = staged["release"]
    state_file = releases.staging_dir(settings.out, version) / ".state.json"
    state = json.loads(state_file.read_text(encoding="utf-8"))
    state_file.unlink()
    release = releases.publish(settings.out, version)
    settings.data.mkdir(parents=True, exist_ok=True)
    releases.write_json(state, settings.data / "state.json")
    log.info("published release %s at %s", version, release)
    return {**staged, "status": "published", "path": str(release)}


def run(settings: Settings, *, progress=None) -> dict[str, Any]:
    """All stages without a scheduler; `progress(iterable, total)` wraps the per-document loop."""
    sources = discover(settings)
    loop = progress(sources, len(sources)) if progress else sources
    results = [process_document(settings, rel) for rel in loop]
    staged = assemble(settings, results)
    staged = validate(settings, staged)
    return publish(settings, staged)


def settings_from_env(project: Path) -> Settings:
    """Folders from KAMERDATA_SOURCE / _OUT / _DATA, defaulting to samples/, output/, data/."""
    return Settings.from_strings(
        os.environ.get("KAMERDATA_SOURCE", str(project / "samples")),
        os.environ.get("KAMERDATA_OUT", str(project / "output")),
        os.environ.get("KAMERDATA_DATA", str(project / "data")),
    )
