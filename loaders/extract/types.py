"""Kinds of things found, named once, and the result types extractors share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Literal

from loaders.spans import Span

EntityKind = Literal["organisation", "person", "product", "place"]
QuoteKind = Literal["direct", "partial", "indirect"]

ORGANISATION: Final = "organisation"
PERSON: Final = "person"
PRODUCT: Final = "product"
PLACE: Final = "place"
# The rule of a mention a filing's defined term makes ('Kestrel Foods Ltd (the "Company")': each later
# "the Company"): a stand-in like "the company", so it names no organisation more prominent than another.
DEFINED_TERM_RULE: Final = "a filing's defined term"
ENTITY_KINDS: Final[tuple[EntityKind, ...]] = (ORGANISATION, PERSON, PRODUCT, PLACE)

DIRECT: Final = "direct"
PARTIAL: Final = "partial"
INDIRECT: Final = "indirect"


@dataclass(frozen=True, slots=True)
class Mention:
    kind: str
    name: str  # canonical
    span: Span
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class RoleFound:
    person: str
    title: str  # normalised, lower case
    organisation: str | None
    span: Span  # the role's words as written
    rule: str


@dataclass
class EntityFindings:
    mentions: list[Mention] = field(default_factory=list)
    roles: list[RoleFound] = field(default_factory=list)
    makers: dict[str, str] = field(default_factory=dict)  # product name -> organisation name
    product_kinds: dict[str, str] = field(default_factory=dict)  # product name -> product | category
    place_kinds: dict[str, str] = field(default_factory=dict)

    def names(self, kind: str) -> set[str]:
        return {mention.name for mention in self.mentions if mention.kind == kind}
