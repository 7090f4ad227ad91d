"""The extraction cache rebuilds a project dataclass only from exactly its fields."""

import zlib

import pytest

from loaders import cache
from loaders.spans import Span


@pytest.mark.parametrize(
    "span",
    [
        '{"@": "loaders.spans:Span", "start": 1}',  # a field missing
        '{"@": "loaders.spans:Span", "start": 1, "end": 2, "text": "x"}',  # a field it does not have
        '{"@": "loaders.spans:Span", "end": 2, "start": 1}',  # not in the order this program writes
    ],
)
def test_a_payload_with_other_fields_is_refused(span):
    with pytest.raises(ValueError):
        cache.load(zlib.compress(('{"layout": ' + span + "}").encode()), None)


def test_a_rebuilt_dataclass_is_the_one_init_makes():
    rebuilt = cache._rebuild({"@": "loaders.spans:Span", "start": 1, "end": 2})
    assert rebuilt == Span(1, 2) and hash(rebuilt) == hash(Span(1, 2)) and rebuilt < Span(1, 3)
