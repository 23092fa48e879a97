"""Reading and writing the five tables as CSV and Parquet, per the contract.

CSV: UTF-8, comma, header row, `.` as decimal mark, ISO 8601 dates, `true` /
`false` for booleans, empty for null. Parquet: the types of
`transforms.tables.arrow_schema`, with the column descriptions as metadata.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from transforms.tables import TABLE_NAMES, TABLES, arrow_schema, conform


def to_arrow(name: str, df: pd.DataFrame) -> pa.Table:
    schema = arrow_schema(name)
    arrays = []
    for field in schema:
        values = [None if _missing(v) else v for v in df[field.name].tolist()]
        arrays.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def write_parquet(name: str, df: pd.DataFrame, path: Path) -> None:
    _atomic(path, lambda tmp: pq.write_table(to_arrow(name, df), tmp, compression="zstd"))


def write_csv(name: str, df: pd.DataFrame, path: Path) -> None:
    out = pd.DataFrame({c.name: [_csv_cell(v, c.type) for v in df[c.name].tolist()] for c in TABLES[name].columns}, columns=TABLES[name].column_names)
    _atomic(path, lambda tmp: out.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n"))


def write_tables(tables: dict[str, pd.DataFrame], folder: Path) -> None:
    """Each table as `<name>.csv` and `<name>.parquet` in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in TABLE_NAMES:
        write_csv(name, tables[name], folder / f"{name}.csv")
        write_parquet(name, tables[name], folder / f"{name}.parquet")


def read_table(name: str, folder: Path) -> pd.DataFrame:
    """One table from a folder, from Parquet where present, else CSV."""
    parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    if parquet.exists():
        try:
            df = pq.read_table(parquet).to_pandas()
        except (pa.ArrowException, OSError) as err:
            raise ValueError(f"{parquet}: not a readable Parquet file ({err})") from None
    elif csv.exists():
        df = pd.read_csv(csv, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
        df = _parse_csv_types(name, df)
    else:
        raise FileNotFoundError(f"{folder}: no {name}.parquet or {name}.csv")
    missing = [c for c in TABLES[name].column_names if c not in df.columns]
    if missing:
        raise ValueError(f"{name} in {folder}: missing columns {', '.join(missing)}")
    return conform(name, df)


def read_tables(folder: Path) -> dict[str, pd.DataFrame]:
    return {name: read_table(name, folder) for name in TABLE_NAMES}


def _parse_csv_types(name: str, df: pd.DataFrame) -> pd.DataFrame:
    for c in TABLES[name].columns:
        if c.name not in df.columns:
            continue
        col = df[c.name]
        if c.type == "integer":
            df[c.name] = pd.to_numeric(col).astype("Int64")
        elif c.type == "number":
            df[c.name] = pd.to_numeric(col).astype("Float64")
        elif c.type == "boolean":
            df[c.name] = col.map(lambda v: None if pd.isna(v) else str(v).strip().lower() in ("true", "1")).astype("boolean")
    return df


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _csv_cell(value: object, kind: str) -> str:
    if _missing(value):
        return ""
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "number":
        number = float(value)
        return str(int(number)) if number.is_integer() and abs(number) < 1e18 else repr(number)
    if kind == "date":
        return value.isoformat()[:10]
    return str(value)


def _atomic(path: Path, write) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    write(tmp)
    os.replace(tmp, path)
