"""Benchmark: throughput and peak memory of the processing stages on a synthetic corpus.

Generates N OP-XML annual-report-like documents of realistic size (default
~200 pages each: ~600 KB of text), then measures, on one core:

- the baseline: a bare lxml parse + itertext of the same files;
- each stage: parse, figures, commitments, table assembly + CSV/Parquet
  writing, Great Expectations validation;
- the whole `kamerdata run` (archive, cache, assemble, validate, publish);

and prints documents/s, MB/s and the peak resident memory.

    python scripts/bench.py --documents 20 [--pages 200] [--workdir bench/]

With `--labelled` it times the two extractors instead on the text of every
labelled document (../shared/corpus/dev and evaluation/*): real Kamerstukken,
debates and PDF text, where the synthetic reports are XML only. Each extractor
runs over all of it `--rounds` times; the best round counts, since this
machine's speed varies from minute to minute.

    python scripts/bench.py --labelled [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sys
import time
from pathlib import Path
from xml.sax.saxutils import escape

# the checkout this script lives in, not the one the environment's editable install points at: a copy of the
# project in another folder (a worktree of an older commit) is timed with its own code
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SENTENCES = [
    "In {year} is het aantal relatieziekenhuizen uitgebreid van {a} naar {b} ziekenhuizen.",
    "De uitgaven op dit artikel bedroegen € {m},{d} miljoen, {p}% meer dan begroot.",
    "Defensie gaat het aantal opleidingsplaatsen verder uitbreiden tot {b} plaatsen in {next}.",
    "Ik zal uw Kamer voor de zomer van {next} informeren over de uitkomsten van de evaluatie.",
    "Het streefcijfer is {p}% vrouwen in de instroom.",
    "De voorbereidingen om te komen tot een landelijk crisisplan zijn gestart.",
    "Er zijn ruim {a}00 fte ingestroomd bij de krijgsmachtdelen en tientallen vte'en bij de KMar.",
    "Het project heeft een doorlooptijd van {a} jaar en kost circa € {m} mln. per jaar.",
    "Zoals gemeld in Kamerstuk 36 124, nr. {a} is artikel {a}.{b} van de Comptabiliteitswet 2016 van toepassing.",
    "De gemiddelde beschikbaarheid van de vloot lag op {p},{d} procent, tegen {a}{d} procent in {year}.",
    "Het kabinet is voornemens de regeling in {next} te herzien en wij verwachten dat de Kamer hierover eind {next} een voorstel ontvangt.",
    "De inspectie heeft {b} bezoeken afgelegd en twee derde van de bevindingen is opgevolgd.",
]
# Most sentences of an annual report carry no number: prose keeps the density realistic.
PROSE = [
    "Het beleid is gericht op het versterken van de samenwerking tussen de krijgsmachtdelen en de civiele partners.",
    "De uitvoering verliep grotendeels volgens planning, al waren er vertragingen bij de levering van materieel.",
    "Bij de verantwoording over dit artikel wordt ingegaan op de doelmatigheid en de doeltreffendheid van het beleid.",
    "De personeelsvoorziening blijft een punt van aandacht, in het bijzonder bij technische functies.",
    "In overleg met de betrokken departementen zijn afspraken gemaakt over de verdeling van de taken.",
    "De Algemene Rekenkamer heeft in haar verantwoordingsonderzoek aandacht gevraagd voor het financieel beheer.",
    "Daarnaast is geïnvesteerd in de digitale weerbaarheid van de organisatie en in de opleiding van medewerkers.",
    "De resultaten van de evaluatie worden betrokken bij de verdere inrichting van het programma.",
]


def make_document(rng: random.Random, number: int, pages: int) -> str:
    """One synthetic OP-XML Kamerstuk of about `pages` pages (3,000 characters each)."""
    year = rng.randint(2015, 2025)
    body, chars, section = [], 0, 0
    while chars < pages * 3000:
        section += 1
        body.append(f'<divisie><kop><nr>{section}</nr><titel>Beleidsartikel {section}</titel></kop>')
        for sub in range(1, 4):
            body.append(f'<divisie><kop><nr>{section}.{sub}</nr><titel>Onderdeel {sub}</titel></kop>')
            for _ in range(6):
                sentences = rng.sample(SENTENCES, 2) + rng.sample(PROSE, 4)
                rng.shuffle(sentences)
                text = " ".join(
                    s.format(year=year, next=year + 1, a=rng.randint(2, 9), b=rng.randint(10, 99), m=rng.randint(1, 999), d=rng.randint(0, 9), p=rng.randint(1, 60))
                    for s in sentences
                )
                chars += len(text)
                body.append(f"<al>{escape(text)}</al>")
            body.append(_table(rng))
            body.append("</divisie>")
        body.append("</divisie>")
    dossier = 90000 + number
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<officiele-publicatie><metadata>'
        f'<meta name="DC.identifier" content="kst-{dossier}-X-1"/><meta name="DC.title" content="Jaarverslag {year}"/>'
        f'<meta name="DC.type" content="Kamerstuk"/><meta name="OVERHEIDop.dossiernummer" content="{dossier}-X"/>'
        f'<meta name="DCTERMS.issued" content="{year + 1}-05-17"/></metadata><kamerstuk><kamerstukkop>'
        f'<tekstregel inhoud="vergaderjaar">Vergaderjaar {year}–{year + 1}</tekstregel></kamerstukkop>'
        f'<dossier><dossiernummer><dossiernr>{dossier} X</dossiernr></dossiernummer><titel>Jaarverslag {year}</titel></dossier>'
        f'<stuk><stuknr>Nr. <ondernummer>1</ondernummer></stuknr><titel>Jaarverslag</titel></stuk>'
        f'<algemeen><vrije-tekst><tekst>{"".join(body)}</tekst></vrije-tekst></algemeen></kamerstuk></officiele-publicatie>'
    )


def _table(rng: random.Random) -> str:
    rows = "".join(
        f"<row><entry>Artikel {i}</entry><entry>{rng.randint(1, 999)}.{rng.randint(100, 999)}</entry><entry>{rng.randint(1, 999)}.{rng.randint(100, 999)}</entry></row>"
        for i in range(1, 8)
    )
    return (
        '<table><title>Budgettaire gevolgen van beleid (bedragen x € 1.000)</title><tgroup cols="3">'
        '<colspec colname="c1"/><colspec colname="c2"/><colspec colname="c3"/>'
        f"<thead><row><entry>Omschrijving</entry><entry>Begroting</entry><entry>Realisatie</entry></row></thead><tbody>{rows}</tbody></tgroup></table>"
    )


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def labelled_documents() -> list:
    """The parsed text of every labelled document whose text this machine has."""
    from transforms.evaluate import label_files, labelled_sets, labelled_source
    from transforms.parse import parse_file

    docs = []
    for folder in labelled_sets():
        for path in label_files(folder):
            labels = json.loads(path.read_text(encoding="utf-8"))
            try:
                name, data = labelled_source(path, labels)
            except FileNotFoundError:
                continue  # a text of ../shared that is not on this machine
            docs.append(parse_file(name, data))
    return docs


def bench_labelled(rounds: int) -> None:
    from transforms.extract.commitments import extract_commitments
    from transforms.extract.figures import extract_figures

    docs = labelled_documents()
    if not docs:
        raise SystemExit("no labelled text found: ../shared/corpus is not beside this checkout")
    text_mb = sum(len(p.text.encode("utf-8")) for d in docs for p in d.paragraphs) / 1e6
    print(f"text: {text_mb:.2f} MB (UTF-8) in {len(docs)} labelled documents")
    extract_commitments(docs[0])  # the word list and the model load once per process, not in the timing
    print(f"\n{'extractor':12} {'rows':>7} {'best s':>8} {'MB/s':>6}")
    for name, extract in (("figures", extract_figures), ("commitments", extract_commitments)):
        best = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            rows = sum(len(extract(d)) for d in docs)
            best = min(best, time.perf_counter() - start)
        print(f"{name:12} {rows:7d} {best:8.2f} {text_mb / best:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=20)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--workdir", type=Path, default=Path("bench"))
    parser.add_argument("--labelled", action="store_true", help="time the extractors on the labelled documents' text")
    parser.add_argument("--rounds", type=int, default=2, help="with --labelled: rounds per extractor, the best counts")
    args = parser.parse_args()
    if args.labelled:
        bench_labelled(args.rounds)
        return

    source = args.workdir / "source"
    shutil.rmtree(args.workdir, ignore_errors=True)
    source.mkdir(parents=True)
    rng = random.Random(42)
    for i in range(args.documents):
        (source / f"kst-{90000 + i}-X-1.xml").write_text(make_document(rng, i, args.pages), encoding="utf-8")
    files = sorted(source.glob("*.xml"))
    blobs = [(f.name, f.read_bytes()) for f in files]
    megabytes = sum(len(b) for _, b in blobs) / 1e6
    print(f"corpus: {len(files)} OP-XML documents of ~{args.pages} pages, {megabytes:.1f} MB")

    from lxml import etree

    from transforms.extract.commitments import extract_commitments
    from transforms.extract.figures import extract_figures
    from transforms.parse import parse_file
    from transforms.tables import TABLE_NAMES, document_rows, frame

    timings: dict[str, float] = {}

    def timed(stage: str, fn):
        start = time.perf_counter()
        result = fn()
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start
        return result

    timed("baseline: lxml parse + itertext", lambda: [sum(len(t) for t in etree.fromstring(b).itertext()) for _, b in blobs])
    docs = timed("parse", lambda: [parse_file(name, data) for name, data in blobs])
    text_mb = sum(len(p.text) for d in docs for p in d.paragraphs) / 1e6
    figures = timed("figures", lambda: [extract_figures(d) for d in docs])
    commitments = timed("commitments", lambda: [extract_commitments(d) for d in docs])

    def assemble():
        rows: dict[str, list] = {n: [] for n in TABLE_NAMES}
        for d, f, c in zip(docs, figures, commitments, strict=True):
            for n, r in document_rows(d, f, c, source_sha256="0" * 64, version=1).items():
                rows[n].extend(r)
        tables = {n: frame(n, rows[n]) for n in TABLE_NAMES}
        from transforms.tableio import write_tables

        write_tables(tables, args.workdir / "tables")
        return tables

    tables = timed("tables: build + write CSV/Parquet", assemble)
    from transforms.validate import validate_tables

    report = timed("validation (Great Expectations)", lambda: validate_tables(tables))
    peak_stages = peak_mb()

    from transforms import pipeline

    settings = pipeline.Settings(source.absolute(), (args.workdir / "out").absolute(), (args.workdir / "data").absolute())
    result = timed("whole run: kamerdata run (cold)", lambda: pipeline.run(settings))
    timed("whole run again (nothing new)", lambda: pipeline.run(settings))

    print(f"text: {text_mb:.1f} MB in {sum(len(d.paragraphs) for d in docs)} paragraphs; rows: " + ", ".join(f"{len(t)} {n}" for n, t in tables.items()))
    print(f"validation: {'passed' if report.success else 'FAILED'}; release {result['release']} {result['status']}")
    print(f"\n{'stage':40} {'seconds':>8} {'docs/s':>8} {'MB/s':>8}")
    for stage, seconds in timings.items():
        mb = text_mb if stage in ("figures", "commitments") else megabytes
        print(f"{stage:40} {seconds:8.2f} {len(blobs) / seconds:8.1f} {mb / seconds:8.1f}")
    print("\n(MB/s: of XML for parse, tables, validation and runs; of paragraph text for figures and commitments)")
    print(f"peak memory (max RSS): {peak_stages:.0f} MB after the stages, {peak_mb():.0f} MB after the runs")


if __name__ == "__main__":
    main()
