"""Curated files in the seeds folder: data a person vouches for, not code.

- `articles.yml`: per-article facts the text does not give (outlet, published, url),
  keyed by article id.
- `catalogue.yml`: entities with canonical names, kinds and aliases.

Both are optional: a folder of bare *.txt files builds too.

Both are checked against a schema before anything uses them, on the YAML
node tree (PyYAML's `compose`), so that every refusal names the line and
column: types (a list where a list belongs, text where text belongs), required
names, dates that exist on the calendar, no empty names or aliases, article ids
that are text and name an article file, no key written twice.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from loaders.dates import iso_calendar_date
from loaders.errors import BuildError, from_os_error

ARTICLE_FIELDS = ("outlet", "published", "url", "title", "byline")
CATALOGUE_SECTIONS = ("organisations", "people", "products", "places")
PRODUCT_KINDS = ("product", "category")

_TAG = "tag:yaml.org,2002:"
# A record's keys, each with the function that checks its value node and returns the plain value.
Fields = Mapping[str, Callable[[Node, str], object]]
_WHAT_YAML_READ = {
    f"{_TAG}int": "a number",
    f"{_TAG}float": "a number",
    f"{_TAG}bool": "a yes/no value",
    f"{_TAG}null": "nothing",
    f"{_TAG}timestamp": "a date",
    f"{_TAG}str": "text",
    f"{_TAG}seq": "a list",
    f"{_TAG}map": "a mapping",
    f"{_TAG}set": "a set",
}


@dataclass(frozen=True)
class Curated:
    articles: dict[str, dict] = field(default_factory=dict)
    catalogue: dict = field(default_factory=dict)


class _Schema:
    """Checks one file's node tree; each check returns the plain value."""

    def __init__(self, path: Path):
        self.path = path

    def refuse(self, node: Node, problem: str) -> BuildError:
        mark = node.start_mark
        return BuildError(str(self.path), problem, where=f"line {mark.line + 1}, column {mark.column + 1}")

    @staticmethod
    def is_null(node: Node | None) -> bool:
        return node is None or (isinstance(node, ScalarNode) and node.tag == f"{_TAG}null")

    @staticmethod
    def read_as(node: Node) -> str:
        return _WHAT_YAML_READ.get(node.tag, node.tag)

    def text(self, node: Node, what: str) -> str:
        if not isinstance(node, ScalarNode) or node.tag != f"{_TAG}str":
            hint = " (put it in quotes to make it text)" if isinstance(node, ScalarNode) else ""
            raise self.refuse(node, f"{what}: expected text, found {self.read_as(node)}{hint}")
        if not node.value.strip():
            raise self.refuse(node, f"{what}: empty")
        return node.value

    def date(self, node: Node, what: str) -> str:
        value = node.value if isinstance(node, ScalarNode) and node.tag in {f"{_TAG}str", f"{_TAG}timestamp"} else None
        iso = iso_calendar_date(value) if value is not None else None
        if iso is None:
            shown = repr(value) if value is not None else self.read_as(node)
            raise self.refuse(node, f"{what}: {shown} is not a calendar date written YYYY-MM-DD")
        return iso

    def mapping(self, node: Node, what: str, key_is: str = "the key") -> list[tuple[str, Node, Node]]:
        """(key, key node, value node) of a mapping whose keys are distinct text."""
        if not isinstance(node, MappingNode):
            raise self.refuse(node, f"{what}: expected a mapping (key: value lines), found {self.read_as(node)}")
        items: list[tuple[str, Node, Node]] = []
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag != f"{_TAG}str":
                shown = key_node.value if isinstance(key_node, ScalarNode) else self.read_as(key_node)
                raise self.refuse(
                    key_node, f"{what}: {key_is} {shown} is {self.read_as(key_node)}, not text (put it in quotes: '{shown}')"
                )
            if key_node.value in seen:
                raise self.refuse(
                    key_node, f"{what}: {key_node.value!r} is written twice (first at line {seen[key_node.value] + 1})"
                )
            seen[key_node.value] = key_node.start_mark.line
            items.append((key_node.value, key_node, value_node))
        return items

    def sequence(self, node: Node, what: str) -> list[Node]:
        if self.is_null(node):
            return []
        if not isinstance(node, SequenceNode):
            raise self.refuse(node, f"{what}: expected a list (lines starting with '- ', or [a, b]), found {self.read_as(node)}")
        return list(node.value)

    def record(self, node: Node, what: str, fields: Fields, required: tuple[str, ...] = ()) -> dict:
        """A mapping with known keys, each checked by its own function; null values are left out."""
        record = {}
        for key, key_node, value_node in self.mapping(node, what):
            if key not in fields:
                raise self.refuse(key_node, f"{what}: unknown key {key!r} (expected one of: {', '.join(fields)})")
            if not self.is_null(value_node):
                record[key] = fields[key](value_node, f"{what}, {key}")
        for key in required:
            if key not in record:
                raise self.refuse(node, f"{what}: no {key!r} (every entry needs one)")
        return record


def _compose(path: Path) -> Node | None:
    try:
        source = path.read_text(encoding="utf-8").removeprefix("\ufeff")
        return yaml.compose(source, Loader=yaml.SafeLoader)
    except OSError as error:
        raise from_os_error(error, path) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else None
        raise BuildError(str(path), f"not valid YAML ({error.problem})", where=where) from None
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise BuildError(str(path), f"not readable YAML ({error})") from None


def _articles(path: Path, root: Node, article_ids: set[str]) -> dict[str, dict]:
    schema = _Schema(path)
    fields = {name: schema.text for name in ARTICLE_FIELDS} | {"published": schema.date}
    articles = {}
    for article_id, key_node, facts_node in schema.mapping(root, "articles (id: facts)", key_is="article id"):
        if article_id not in article_ids:
            raise schema.refuse(key_node, f"names article {article_id!r}, which has no .txt file")
        facts = {} if schema.is_null(facts_node) else schema.record(facts_node, f"article {article_id!r}", fields)
        articles[article_id] = facts
    return articles


def _catalogue(path: Path, root: Node) -> dict:
    schema = _Schema(path)

    def aliases(node: Node, what: str) -> list[str]:
        return [schema.text(alias, f"{what}, alias") for alias in schema.sequence(node, what)]

    def product_kind(node: Node, what: str) -> str:
        kind = schema.text(node, what)
        if kind not in PRODUCT_KINDS:
            raise schema.refuse(node, f"{what}: {kind!r} is not one of {', '.join(PRODUCT_KINDS)}")
        return kind

    def roles(node: Node, what: str) -> list[dict]:
        role_fields = {"title": schema.text, "organisation": schema.text}
        return [schema.record(role, f"{what}, role", role_fields, required=("title",)) for role in schema.sequence(node, what)]

    common = {"name": schema.text, "aliases": aliases}
    section_fields: dict[str, Fields] = {
        "organisations": common,
        "people": common | {"roles": roles},
        "products": common | {"kind": product_kind, "maker": schema.text},
        "places": common,
    }
    catalogue = {}
    for section, key_node, entries_node in schema.mapping(root, "catalogue (section: entries)"):
        if section not in section_fields:
            raise schema.refuse(key_node, f"unknown section {section!r} (expected one of: {', '.join(CATALOGUE_SECTIONS)})")
        catalogue[section] = [
            schema.record(entry, f"{section} entry", section_fields[section], required=("name",))
            for entry in schema.sequence(entries_node, section)
        ]
    return catalogue


def load_curated(seeds_dir: Path, article_ids: set[str]) -> Curated:
    articles: dict[str, dict] = {}
    catalogue: dict = {}
    path = seeds_dir / "articles.yml"
    if os.path.lexists(path):  # a dangling or looping link is an error, not an absent file
        root = _compose(path)
        articles = {} if root is None or _Schema.is_null(root) else _articles(path, root, article_ids)
    path = seeds_dir / "catalogue.yml"
    if os.path.lexists(path):
        root = _compose(path)
        catalogue = {} if root is None or _Schema.is_null(root) else _catalogue(path, root)
    return Curated(articles=articles, catalogue=catalogue)
