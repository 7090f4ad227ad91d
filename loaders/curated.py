"""Curated files in the seeds folder: data a person vouches for, not code.

- `articles.yml`: per-article facts the text does not give (outlet, published, url),
  keyed by article id.
- `catalogue.yml`: entities with canonical names, kinds and aliases.

Both are optional: a folder of bare *.txt files builds too.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from loaders.errors import BuildError

ARTICLE_FIELDS = {"outlet", "published", "url", "title", "byline"}


@dataclass(frozen=True)
class Curated:
    articles: dict[str, dict] = field(default_factory=dict)
    catalogue: dict = field(default_factory=dict)


def _load_yaml(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else None
        raise BuildError(str(path), f"not valid YAML ({error.problem})", where=where) from None
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise BuildError(str(path), f"not readable YAML ({error})") from None


def load_curated(seeds_dir: Path, article_ids: set[str]) -> Curated:
    articles: dict[str, dict] = {}
    path = seeds_dir / "articles.yml"
    if path.exists():
        data = _load_yaml(path)
        if not isinstance(data, dict):
            raise BuildError(str(path), "expected a mapping of article id to its facts")
        for article_id, facts in data.items():
            if article_id not in article_ids:
                raise BuildError(str(path), f"names article {article_id!r}, which has no .txt file")
            if not isinstance(facts, dict) or not set(facts) <= ARTICLE_FIELDS:
                raise BuildError(str(path), f"article {article_id!r}: expected keys among {sorted(ARTICLE_FIELDS)}")
            articles[str(article_id)] = {key: str(value) for key, value in facts.items() if value is not None}
    catalogue: dict = {}
    path = seeds_dir / "catalogue.yml"
    if path.exists():
        data = _load_yaml(path)
        if not isinstance(data, dict):
            raise BuildError(str(path), "expected a mapping of entity kind to entries")
        catalogue = data
    return Curated(articles=articles, catalogue=catalogue)
