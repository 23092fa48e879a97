"""The raw archive: every input kept once, content-addressed by SHA-256.

Objects live at `<data>/archive/objects/<sha[:2]>/<sha>`; every time an input
is archived, one JSON line says what was fetched from where and when
(`<data>/archive/records.jsonl`). Nothing fetched is ever lost, and any
release can be rebuilt from the archive.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Archive:
    def __init__(self, data_dir: Path) -> None:
        self.root = data_dir / "archive"

    def object_path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256 digest: {sha256!r}")
        return self.root / "objects" / sha256[:2] / sha256

    def put(self, data: bytes, *, origin: str, name: str) -> str:
        """Store `data` (once) and record where it came from; returns its SHA-256."""
        digest = sha256_hex(data)
        path = self.object_path(digest)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{digest}.{os.getpid()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
        record = {
            "sha256": digest,
            "bytes": len(data),
            "name": name,
            "origin": origin,
            "archived_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        self._append(record)
        return digest

    def get(self, sha256: str) -> bytes:
        data = self.object_path(sha256).read_bytes()
        if sha256_hex(data) != sha256:
            raise ValueError(f"archive object {sha256} is corrupt")
        return data

    def records(self) -> list[dict]:
        path = self.root / "records.jsonl"
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    def _append(self, record: dict) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        line = (json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
        # One write with O_APPEND: lines from parallel tasks do not interleave.
        fd = os.open(self.root / "records.jsonl", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)
