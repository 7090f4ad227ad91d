"""`datapackage.json`: a Frictionless Data Package describing the database,
written beside it from the models (every table, every column, keys).

Each table is a resource read through SQL: `"path": "sqlite:///xiaomi.db"`
with `dialect.sql.table`; the path is relative to the folder that holds both
files, so a reader works from there (`cd DIR && frictionless validate datapackage.json`).
"""

from __future__ import annotations

import inspect
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.sql.sqltypes import TypeEngine

DESCRIPTOR_NAME = "datapackage.json"


def _field_type(column_type: TypeEngine) -> str:
    from sqlalchemy import Float, Integer

    if isinstance(column_type, Integer):
        return "integer"
    if isinstance(column_type, Float):
        return "number"
    return "string"


def _description(table: Table) -> str | None:
    from db.models import Base

    for mapper in Base.registry.mappers:
        if mapper.local_table is table and mapper.class_.__doc__:
            return inspect.cleandoc(mapper.class_.__doc__)
    return None


def _resource(table: Table, db_file: str | None) -> dict[str, Any]:
    from sqlalchemy import UniqueConstraint

    unique = {
        next(iter(constraint.columns)).name
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint) and len(constraint.columns) == 1
    }
    fields = []
    for column in table.columns:
        constraints: dict[str, Any] = {}
        if not column.nullable:
            constraints["required"] = True
        if column.unique or column.name in unique:
            constraints["unique"] = True
        field: dict[str, Any] = {"name": column.name, "type": _field_type(column.type)}
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields, "primaryKey": [column.name for column in table.primary_key.columns]}
    foreign_keys = [
        {"fields": [key.parent.name], "reference": {"resource": key.column.table.name, "fields": [key.column.name]}}
        for key in sorted(table.foreign_keys, key=lambda key: key.parent.name)
    ]
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    resource: dict[str, Any] = {
        "name": table.name,
        "type": "table",
        "path": f"sqlite:///{db_file}" if db_file is not None else None,
        "scheme": "sqlite",
        "format": "sql",
        "dialect": {"sql": {"table": table.name}},
        "schema": schema,
    }
    description = _description(table)
    if description:
        resource["description"] = description
    return resource


# The build's own working tables, not part of the dataset described: the extraction cache and
# what `add` reads of the corpus.
NOT_DATA = {
    "extraction_cache",
    "corpus_counts",
    "corpus_index",
    "entity_contributions",
    "article_records",
    "claim_members",
    "claim_placements",
    "quote_printings",
}


def resources_from_models() -> list[dict[str, Any]]:
    """Every data table's resource, read from the models (its path left None): what db/tables.py keeps."""
    from db.models import Base

    return [_resource(table, None) for table in Base.metadata.sorted_tables if table.name not in NOT_DATA]


def datapackage(db_file: str, version: str | None = None) -> dict[str, Any]:
    from db.tables import RESOURCES

    resources = [{**resource, "path": f"sqlite:///{db_file}"} for resource in RESOURCES]
    descriptor: dict[str, Any] = {
        "name": "xiaomi-db",
        "title": "xiaomi.db: news articles, entities, quotes and numeric claims",
        "licenses": [
            {"name": "MIT", "title": "Code and derived data: MIT. Article texts belong to their publishers (see NOTICE)."}
        ],
        "resources": resources,
    }
    if version:
        descriptor["version"] = version
    return descriptor


def write_datapackage(db_path: Path, version: str | None = None) -> Path:
    """Write DIR/datapackage.json for DIR/NAME.db (atomically; same models, same bytes)."""
    target = db_path.parent / DESCRIPTOR_NAME
    temporary = target.with_name(f".{DESCRIPTOR_NAME}.writing")
    temporary.write_text(json.dumps(datapackage(db_path.name, version), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(temporary, target)
    return target
