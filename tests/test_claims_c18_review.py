"""Fixes of the c18 review, on short original sentences: the land finding reads each sentence's own
organisations; a country opening a clause makes the figure that land's only where the land acts (its
verb, or one of a land's nouns: "Chile exports rose", not "Chile sales rose"), and a company's share of
its own ("35% of its sales") stays the company's; a measure only a company has is never a land's, so
outlets' lands do not group it; a relative clause after a site in the land, or a person's surname, is
no land acting; a currency's name before its code is no organisation."""

from __future__ import annotations

import loaders.extract.claims as claims_module
from tests.test_claims import claims_of


def test_each_sentence_reads_only_its_own_organisations(monkeypatch):
    """N sentences each naming an organisation: the land step is handed that sentence's mentions, not
    the article's (which made the work grow with the square of the article's length)."""
    handed = []
    real = claims_module.acting_lands

    def spy(text, sentence, organisations, *rest):
        organisations = list(organisations)
        handed.append(len(organisations))
        return real(text, sentence, organisations, *rest)

    monkeypatch.setattr(claims_module, "acting_lands", spy)
    text = "\n\n".join(f"Brakmoor Tiles Ltd sold {n + 10} kilns in March." for n in range(30))
    claims_of(text)
    assert handed and max(handed) <= 2
