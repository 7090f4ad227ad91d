"""What extraction makes of one article: pure data, spans into its text."""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.clean import ArticleLayout
from loaders.extract.claims import ClaimFound
from loaders.extract.quotes import QuoteFound
from loaders.extract.types import EntityFindings
from loaders.read import SeedFile
from loaders.spans import Span


@dataclass
class ExtractedArticle:
    """Everything found in one article: pure data, spans into seed.text."""

    seed: SeedFile
    layout: ArticleLayout
    sentences: list[list[Span]]  # per paragraph
    entities: EntityFindings
    quotes: list[QuoteFound] = field(default_factory=list)
    claims: list[ClaimFound] = field(default_factory=list)
    role_titles: tuple[str, ...] = ()  # the job titles its quotes looked up in the corpus's roles
