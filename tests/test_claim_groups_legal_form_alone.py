"""A legal form printed alone ("JSC", "LLC") is the short form of no company: one article's filing
printing "JSC" beside its own company's name must not make its figures about the one company of
another article whose name opens with that legal form."""

from __future__ import annotations

import pytest

from loaders.group.claims import OrganisationNames


@pytest.mark.parametrize("alone", ["JSC", "LLC", "PJSC", "SA", "Pty"])
def test_a_legal_form_alone_names_no_company(alone):
    names = OrganisationNames({"jsc-tashkent-weavers", "llc-ulaan-felt", "pjsc-volga-mills", "sa-kivu-cement", "pty-kestrel"})
    assert names(alone) is None


def test_the_words_after_the_legal_form_still_name_the_company():
    names = OrganisationNames({"jsc-tashkent-weavers"})
    assert names("JSC Tashkent") == "jsc-tashkent-weavers"
    assert names("JSC Tashkent Weavers") == "jsc-tashkent-weavers"


def test_a_short_form_that_is_no_legal_form_still_resolves():
    names = OrganisationNames({"orvale-dairy-group", "jsc-tashkent-weavers"})
    assert names("Orvale") == "orvale-dairy-group"
    assert names("Orvale Dairy") == "orvale-dairy-group"


def test_a_company_named_exactly_as_printed_still_resolves():
    # Only the short-form lookup is closed to a legal form: an organisation the corpus knows by that
    # very name is still found.
    names = OrganisationNames({"jsc"})
    assert names("JSC") == "jsc"
