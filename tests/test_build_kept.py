"""The build's later passes read each article's extraction back from the build's own spool (`_kept`,
pickled), not from its cache payload (JSON); the third pass takes the entities the second pass carried
names into rather than carrying them again; the quotes' reader takes the extraction's sentences rather
than splitting the paragraphs again. Each must give exactly what the payload's road gives."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import pytest

from loaders import cache
from loaders.build import (
    _first_pass,
    _first_pass_kept,
    _roles,
    _roles_kept,
    _third_pass,
    _unkept,
    _with_names,
    _with_quotes,
    _zones,
    extract_article,
)
from loaders.build import (
    _quoted as _with_quotes_of,
)
from loaders.curated import Curated
from loaders.extract.entities.consistency import CorpusNames, carry_names
from loaders.extract.quotes import RoleIndex, find_quotes
from loaders.read import read_seed_files
from tests.conftest import FIXTURE_ARTICLES, SEEDS

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"


def _same(a: object, b: object, path: str = "") -> None:
    """The same types and values at every depth (a list is not a tuple, a dict's order counts)."""
    assert type(a) is type(b), f"{path}: {type(a).__name__} against {type(b).__name__}"
    if dataclasses.is_dataclass(a):
        for field in dataclasses.fields(a):
            _same(getattr(a, field.name), getattr(b, field.name), f"{path}.{field.name}")
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), path  # type: ignore[arg-type]
        for index, (x, y) in enumerate(zip(a, b, strict=True)):  # type: ignore[call-overload]
            _same(x, y, f"{path}[{index}]")
    elif isinstance(a, dict):
        assert list(a) == list(b), path  # type: ignore[call-overload]
        for key in a:
            _same(a[key], b[key], f"{path}[{key!r}]")  # type: ignore[index]
    else:
        assert a == b, path


def _articles() -> list:
    # the seeds, the fixtures, and a slice of the held-out set (varied house styles; the whole set is the proof's)
    return [*read_seed_files(SEEDS), *read_seed_files(FIXTURE_ARTICLES), *read_seed_files(HELDOUT)[:120]]


@pytest.fixture(scope="module")
def first() -> list[tuple]:
    return [(seed, _first_pass_kept((seed, None), {})) for seed in _articles()]


def test_the_kept_extraction_is_the_payloads(first):
    for seed, (payload, _, _, kept) in first:
        loaded, back = cache.load(payload, seed), _unkept(seed, kept)
        _same(loaded, back, seed.file_name)


def test_the_first_pass_is_the_payloads_with_or_without_the_cache(first):
    for seed, (payload, summary, roles, kept) in first[:20]:
        assert _first_pass((seed, None), {}) == (payload, summary, roles)
        again, _, roles_again, kept_again = _first_pass_kept((seed, payload), {})  # from the cache
        assert (again, roles_again) == (payload, roles)
        _same(_unkept(seed, kept_again), _unkept(seed, kept), seed.file_name)


def test_the_entities_the_second_pass_carried_are_the_third_passs(first):
    corpus = CorpusNames()
    for _, (_, summary, _, _) in first:
        corpus.add(summary)
    names = corpus.finish()
    carried, all_roles = {}, []
    for seed, (payload, _, roles, kept) in first:
        if roles is None:
            roles, entities = _roles_kept((seed, kept), names)
            assert roles == _roles((seed, payload), names), seed.file_name
            _same(pickle.loads(entities), _with_names(seed, payload, names).entities, seed.file_name)
            carried[seed.file_name] = entities
        all_roles.extend(roles)
    assert carried  # some article's names were carried by the second pass
    index = RoleIndex(all_roles)
    curated = Curated(articles={}, catalogue={})
    for seed, (payload, _, _, kept) in first:
        if seed.file_name not in carried:
            continue
        taken = _third_pass((seed, kept, carried[seed.file_name]), (names, index, curated))
        again = _third_pass((seed, kept, None), (names, index, curated))
        assert taken == again, seed.file_name
        # the payload's road (add's): the same quotes
        assert _with_quotes((seed, payload), (names, index)).quotes == _quoted(_unkept(seed, kept), names, index), seed.file_name


def _quoted(article, names, index) -> list:
    article.entities = carry_names(article.seed.text, _zones(article), article.entities, names)
    return _with_quotes_of(article, index).quotes


def test_quotes_read_with_the_extractions_sentences_are_the_same():
    seeds = _articles()
    said = 0
    for seed in seeds:
        article = extract_article(seed, {})
        paragraphs = article.layout.paragraphs
        plain = find_quotes(seed.text, paragraphs, article.entities)
        given = find_quotes(seed.text, paragraphs, article.entities, paragraph_sentences=article.sentences)
        assert given == plain, seed.file_name
        said += sum(quote.kind == "indirect" for quote in plain)
    assert said  # reported speech was read
