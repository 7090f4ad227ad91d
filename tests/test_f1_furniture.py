"""Page furniture and small misreads: a notice printed as a form (its labels no names), a masthead's
section label joined by "&", a body's own press office, a ministry's fields after "and", a list's
sentence-initial "The" and a land's name inside a longer place name. Short original texts of our own."""

from __future__ import annotations

from loaders.clean import layout
from loaders.extract.entities import find_entities
from loaders.extract.entities.forms import form_labels
from loaders.spans import Span
from tests.helpers import places
from tests.test_entity_rules import organisations, people

NOTICE = """Kessmoor Grain Holdings Limited

Company Name: Kessmoor Grain Holdings Limited
Date of Board Meeting: 3 March 2027
Time: 11:15
Subject: Acquisition of Tallow Ridge Mills
News Title: KESSGRAIN: Notice of Acquisition
Reference:\tBQ-4471

The board of Kessmoor Grain Holdings approved the purchase of Tallow Ridge Mills for 14 million pounds.
"""


def _names(text: str, kind: str) -> set[str]:
    paragraphs = layout(text).paragraphs
    return find_entities(text, paragraphs, {}).names(kind)


def test_a_forms_labels_are_no_names():
    found = _names(NOTICE, "organisation") | _names(NOTICE, "person") | _names(NOTICE, "place")
    for label in ("Company Name", "Name", "Date of Board", "Date of Board Meeting", "Time", "Subject", "News Title", "Reference"):
        assert label not in found
    assert "Tallow Ridge Mills" in found  # a field's value is read as any other text


def test_labels_side_by_side_on_a_line():
    text = "Notice\n\nDate of notice: 2027/03/03   Time of notice: 09:41:10\nSubject: Purchase of shares of Orsk Fittings\n"
    assert not {"Time", "Time of notice", "Date of notice"} & (_names(text, "organisation") | _names(text, "person"))


def test_one_labelled_line_and_an_interviews_turns_are_read_as_before():
    """One labelled line is no form; an interview's turns end as sentences: their labels name the speakers."""
    text = "Talk\n\nMarta Oyelaran: We will build the plant next year.\nDavid Kessy: And the jobs?\nMarta Oyelaran: Two hundred of them.\n"
    assert form_labels(text, layout(text).paragraphs) == []
    assert "David Kessy" in _names(text, "person")
    lone = "Talk\n\nSubject: Sale of Orsk Fittings to Velmar Group\n\nThe sale closes in May.\n"
    assert form_labels(lone, layout(lone).paragraphs) == []


def test_a_masthead_section_label_joined_by_an_ampersand_is_no_organisation():
    text = (
        "HARBOUR LEDGER\nEnergy & Markets\n\nBrenlow Foods buys Orvale dairy\n\n"
        "Brenlow Foods has bought the Orvale dairy, the company said.\n\n"
        "News | Energy & Markets | 4 March 2027\n\nThe dairy sells to Kestrel Foods.\n"
    )
    found = _names(text, "organisation")
    assert "Energy & Markets" not in found
    assert {"Brenlow Foods", "Kestrel Foods"} <= found
    # firms joined by "&" in a sentence stay
    prose = "Brenlow Foods sells to Marks & Spencer.\n\nProcter & Gamble had also bid for the dairy.\n"
    assert {"Procter & Gamble", "Marks & Spencer"} <= _names(prose, "organisation")


def test_a_bodys_own_press_office_is_no_organisation():
    text = "The ministry will decide in May.\n\nPress Office\nMinistry of Forestry and Water Resources\n"
    assert organisations(text) == {"Ministry of Forestry and Water Resources"}
    # its office's longer name, on its own line under the body's name or after "Contact:", is none either (not
    # "Press" and "Information Office" apart)
    assert organisations("Contact: Press and Information Office, Tessby.") == set()
    lines = "The water board will decide in May.\n\nTessby Water Board\nPress and Information Office\n"
    assert organisations(lines) == {"Tessby Water Board"}


def test_a_ministrys_fields_after_and_stay_one_body():
    # its country after "of", or its own office after the name, does not cut it at "and"
    assert organisations("The Ministry of Coastal Protection and Agriculture of Moldova approved it.") == {
        "Ministry of Coastal Protection and Agriculture"
    }
    assert organisations("Ministry of Coastal Protection and Agriculture Press Service\n") == {
        "Ministry of Coastal Protection and Agriculture"
    }
    # another body's name after "and": two bodies, as before
    assert "Bank of Orvalia" in organisations("The Ministry of Finance and the Bank of Orvalia agreed.")


def test_the_sentences_article_is_no_part_of_a_listed_name():
    assert places("The Kestra, Orvale and Tessby departments grow most of the milk.") >= {"Kestra", "Orvale", "Tessby"}
    assert "The Kestra" not in places("The Kestra, Orvale and Tessby departments grow most of the milk.")


def test_a_lands_name_inside_a_longer_place_name_is_no_land():
    assert "Mali" not in places("Farmers in Ban Mali Kessa grow rice.")
    assert "Chad" not in places("He moved to Nong Chad Village last year.")
    assert "Mali" in places("Farmers in Mali grow rice.")  # the land alone


def test_a_firms_name_ending_in_a_land_before_a_legal_form_is_no_person():
    """ "Rosa Quintas Angola, Lda.": a firm's local company, its land in its name, no person's name."""
    text = "Sales go through Rosa Quintas Angola, Lda. in Luanda."
    assert "Rosa Quintas Angola" in organisations(text)
    assert not people(text)
    assert "Jane Ortiz" in people("Jane Ortiz, Inc. magazine's editor, agreed.")  # a person's comma, as before


def test_form_labels_are_read_in_linear_time():
    import time

    line = "Company Code: 1597" + " " * 20000 + "x\n"
    text = line * 2
    started = time.perf_counter()
    form_labels(text, [Span(0, len(text))])
    assert time.perf_counter() - started < 1.0
