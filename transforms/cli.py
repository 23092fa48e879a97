"""`kamerdata`: the pipeline's stages from the command line, without a scheduler.

    kamerdata run --source DIR --out DIR [--data DIR]   discover, process, validate, publish
    kamerdata extract FILE... --out DIR                  the five tables of some files, no publishing
    kamerdata validate DIR                               validate the tables in a folder
    kamerdata evaluate DIR                               score the extractors on labelled documents

Exit codes: 0 success (also when there was nothing new to publish), 1 the
release or the tables failed validation / a file could not be read, 2 usage.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    return args.func(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kamerdata", description="Open data from Dutch parliamentary documents.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every step")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="process a source folder and publish a release")
    run.add_argument("--source", required=True, type=Path, help="folder of .xml, .pdf and .txt documents")
    run.add_argument("--out", required=True, type=Path, help="the open-data folder (releases/, latest)")
    run.add_argument("--data", default=Path("data"), type=Path, help="working folder: raw archive, cache, run state (default: data/)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    run.set_defaults(func=cmd_run)

    extract = sub.add_parser("extract", help="write the five tables of some files (no publishing)")
    extract.add_argument("files", nargs="+", type=Path, metavar="FILE")
    extract.add_argument("--out", required=True, type=Path, help="folder for the tables (CSV and Parquet)")
    extract.add_argument("--no-progress", action="store_true", help="no progress bar")
    extract.set_defaults(func=cmd_extract)

    validate = sub.add_parser("validate", help="validate the five tables in a folder (CSV or Parquet)")
    validate.add_argument("folder", type=Path, metavar="DIR")
    validate.add_argument("--report", type=Path, help="also write validation.json and validation.html here")
    validate.set_defaults(func=cmd_validate)

    evaluate = sub.add_parser("evaluate", help="precision and recall of the extractors on labelled documents")
    evaluate.add_argument("folder", type=Path, metavar="DIR", help="folder with *.labels.json (e.g. ../shared/corpus/dev)")
    evaluate.set_defaults(func=cmd_evaluate)
    return parser


def _progress(enabled: bool, description: str):
    if not enabled:
        return None
    from rich.progress import track

    return lambda items, total: track(items, total=total, description=description, transient=True, console=_stderr_console())


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def cmd_run(args: argparse.Namespace) -> int:
    from transforms import pipeline
    from transforms.validate import ValidationFailed

    if not args.source.is_dir():
        print(f"kamerdata run: source folder {args.source} does not exist", file=sys.stderr)
        return EXIT_USAGE
    settings = pipeline.Settings(args.source.absolute(), args.out.absolute(), args.data.absolute())
    try:
        result = pipeline.run(settings, progress=_progress(not args.no_progress and sys.stderr.isatty(), "processing"))
    except ValidationFailed as failed:
        print(f"release rejected: validation failed; {settings.out / 'latest'} is unchanged.\n{failed}", file=sys.stderr)
        return EXIT_FAILED
    _print_run(result)
    return EXIT_OK


def _print_run(result: dict[str, Any]) -> None:
    rows = ", ".join(f"{n} {name}" for name, n in result["rows"].items())
    changes = result["changes"]
    if result["status"] == "unchanged":
        print(f"nothing new to publish; release {result['release']} stays current ({rows})")
    else:
        print(f"published release {result['release']}: {rows}")
        print(f"  at {result['path']}")
    print(f"  documents: {changes['inserted']} new, {changes['updated']} updated, {changes['unchanged']} unchanged, {result['quarantined']} quarantined")


def cmd_extract(args: argparse.Namespace) -> int:
    from transforms.model import ParseError
    from transforms.pipeline import extract_rows
    from transforms.publish import write_quarantine
    from transforms.sources.archive import sha256_hex
    from transforms.tableio import write_tables
    from transforms.tables import TABLE_NAMES, frame

    rows: dict[str, list] = {name: [] for name in TABLE_NAMES}
    quarantine, seen = [], set()
    files = args.files
    progress = _progress(not args.no_progress and sys.stderr.isatty(), "extracting")
    for path in progress(files, len(files)) if progress else files:
        try:
            data = path.read_bytes()
            found = extract_rows(path.name, data, sha256_hex(data))
            if found["documents"][0]["document_id"] in seen:
                raise ParseError(f"document id {found['documents'][0]['document_id']} is also given by another file")
        except (OSError, ParseError) as err:
            print(f"{path}: {err}", file=sys.stderr)
            quarantine.append({"source": str(path), "sha256": None, "reason": str(err)})
            continue
        seen.add(found["documents"][0]["document_id"])
        found["documents"][0]["source_url"] = found["documents"][0]["source_url"] or path.absolute().as_uri()
        for name in TABLE_NAMES:
            rows[name].extend(found[name])
    write_tables({name: frame(name, rows[name]) for name in TABLE_NAMES}, args.out)
    write_quarantine(quarantine, args.out)
    print(f"wrote {', '.join(f'{len(rows[n])} {n}' for n in TABLE_NAMES)} to {args.out}")
    return EXIT_FAILED if quarantine else EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from transforms.validate import validate_folder, write_report

    try:
        report = validate_folder(args.folder)
    except (OSError, ValueError) as err:
        print(f"kamerdata validate: {err}", file=sys.stderr)
        return EXIT_FAILED
    if args.report:
        args.report.mkdir(parents=True, exist_ok=True)
        write_report(report, args.report)
    print(report.summary())
    return EXIT_OK if report.success else EXIT_FAILED


def cmd_evaluate(args: argparse.Namespace) -> int:
    from transforms.evaluate import label_files, load_labelled
    from transforms.evaluate.commitments import format_commitments, score_commitments
    from transforms.evaluate.figures import format_figures, score_figures

    if not label_files(args.folder):
        print(f"kamerdata evaluate: no *.labels.json in {args.folder}", file=sys.stderr)
        return EXIT_USAGE
    docs = load_labelled(args.folder)
    print(f"{len(docs)} labelled documents in {args.folder}\n")
    print(format_figures(score_figures(docs)))
    print()
    print(format_commitments(score_commitments(docs)))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
