"""The local source folder: discovery and the path checks on untrusted names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from transforms.sources.archive import Archive, sha256_hex
from transforms.sources.local import UnsafePath, discover, read_source, resolve_inside


@pytest.fixture
def source(tmp_path: Path) -> Path:
    root = tmp_path / "source"
    (root / "sub").mkdir(parents=True)
    (root / "a.xml").write_text("<x/>")
    (root / "sub" / "b.PDF").write_bytes(b"%PDF")
    (root / "c.txt").write_text("tekst")
    (root / "notes.md").write_text("not a document")
    (root / ".hidden.xml").write_text("<x/>")
    (tmp_path / "secret.txt").write_text("outside")
    return root


def test_discover_lists_documents_sorted_and_skips_other_files(source: Path) -> None:
    assert discover(source) == ["a.xml", "c.txt", "sub/b.PDF"]


def test_discover_skips_links_that_leave_the_folder(source: Path) -> None:
    os.symlink(source.parent / "secret.txt", source / "link.txt")
    assert "link.txt" not in discover(source)


@pytest.mark.parametrize("name", ["../secret.txt", "/etc/passwd", "sub/../../secret.txt", "", "a\x00.xml", "..\\secret.txt"])
def test_crafted_names_never_read_outside(source: Path, name: str) -> None:
    with pytest.raises(UnsafePath):
        read_source(source, name)


def test_symlink_escape_is_refused(source: Path) -> None:
    os.symlink(source.parent, source / "up")
    with pytest.raises(UnsafePath, match="outside the source folder"):
        resolve_inside(source, "up/secret.txt")


def test_read_source_reads_inside(source: Path) -> None:
    assert read_source(source, "sub/b.PDF") == b"%PDF"


def test_archive_stores_once_and_records_every_fetch(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    first = archive.put(b"inhoud", origin="file:a.txt", name="a.txt")
    second = archive.put(b"inhoud", origin="file:b.txt", name="b.txt")
    assert first == second == sha256_hex(b"inhoud")
    assert archive.get(first) == b"inhoud"
    assert [r["origin"] for r in archive.records()] == ["file:a.txt", "file:b.txt"]
    assert len(list((tmp_path / "archive" / "objects").rglob("*"))) == 2  # one folder, one object


def test_archive_detects_corruption_and_bad_keys(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    digest = archive.put(b"inhoud", origin="x", name="x")
    archive.object_path(digest).write_bytes(b"anders")
    with pytest.raises(ValueError, match="corrupt"):
        archive.get(digest)
    with pytest.raises(ValueError, match="not a SHA-256"):
        archive.object_path("../../etc/passwd")
