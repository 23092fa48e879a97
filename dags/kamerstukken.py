"""
### kamerstukken: Dutch parliamentary documents to open data

Every run turns the documents in the source folder into a release of five
tables (documents, sections, paragraphs, figures, commitments) in the
open-data folder.

| task | what it does |
| --- | --- |
| `discover` | lists the `.xml`, `.pdf` and `.txt` documents in the source folder |
| `process_document` | one mapped task per document: archives the raw bytes (SHA-256), parses, extracts figures and commitments; a broken document is **quarantined** with its reason, the others go on |
| `assemble` | combines new, changed and already published documents into a staged release; nothing new means nothing is published |
| `validate` | runs the Great Expectations suites in `expectations/`; a failing release is moved to `rejected/` and this task fails with a summary |
| `publish` | writes `datapackage.json` and switches `latest` to the release in one atomic step |

Folders come from the DAG params (or `KAMERDATA_SOURCE`, `KAMERDATA_OUT`,
`KAMERDATA_DATA`; defaults `samples/`, `output/`, `data/`). The quarantine
list and the validation report are in every release folder.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from airflow.sdk import Asset, Param, dag, get_current_context, task

PROJECT = Path(__file__).resolve().parents[1]
OPEN_DATA = Asset("kamerdata-latest-release")


def _settings():
    # Imported here so that parsing this file stays cheap for the DAG processor.
    from transforms.pipeline import Settings, settings_from_env

    params = get_current_context()["params"]
    defaults = settings_from_env(PROJECT)
    return Settings.from_strings(
        params.get("source") or str(defaults.source),
        params.get("out") or str(defaults.out),
        params.get("data") or str(defaults.data),
    )


@dag(
    dag_id="kamerstukken",
    schedule="@daily",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    doc_md=__doc__,
    tags=["kamerdata", "open-data"],
    default_args={"owner": "kamerdata", "retries": 0},
    params={
        "source": Param("", type="string", description="Source folder (empty: KAMERDATA_SOURCE or samples/)"),
        "out": Param("", type="string", description="Open-data folder (empty: KAMERDATA_OUT or output/)"),
        "data": Param("", type="string", description="Working folder (empty: KAMERDATA_DATA or data/)"),
    },
)
def kamerstukken():
    @task(retries=2, retry_delay=timedelta(seconds=30))
    def discover() -> list[str]:
        from transforms import pipeline

        return pipeline.discover(_settings())

    @task(retries=2, retry_delay=timedelta(seconds=10), map_index_template="{{ source_name }}")
    def process_document(source: str) -> dict:
        from transforms import pipeline

        get_current_context()["source_name"] = source
        return pipeline.process_document(_settings(), source)

    @task(retries=1, retry_delay=timedelta(seconds=10))
    def assemble(results: list[dict]) -> dict:
        from transforms import pipeline

        # by index up to its length: iterating the lazy sequence of mapped results probes one item past
        # the end, which Airflow logs as an error ("XCom not found")
        return pipeline.assemble(_settings(), [results[i] for i in range(len(results))])

    @task
    def validate(staged: dict) -> dict:
        from transforms import pipeline

        return pipeline.validate(_settings(), staged)

    @task(retries=1, retry_delay=timedelta(seconds=10), outlets=[OPEN_DATA])
    def publish(validated: dict) -> dict:
        from transforms import pipeline

        return pipeline.publish(_settings(), validated)

    publish(validate(assemble(process_document.expand(source=discover()))))


kamerstukken()
