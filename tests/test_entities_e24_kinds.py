"""The e24 round's kinds: a shorter form of a person's full name the same article prints is that person
("Faizal Hakim" of "Faizal Hakim Mohd Yusri", "Kovács Eszter" of "Kovács Eszter Judit", "Mariam Al-Nuaimi" of
"Mariam Khalid Saif Al-Nuaimi"); Malay titles of two words and "Shaikh" no part of a name, Malay hereditary titles
part of it; a Korean given name printed first ("Min-jae Park"); a name run into a title, "of" and a town's name
("The mayor of Kecel Szabó Gergely"); a signatory under "Sd/-"; a contact alone on its line above a title; a
filing's defined terms after "the" no organisations; "Teluk" opening a place's name. Short sentences of our own."""

from __future__ import annotations

import pytest

from tests.helpers import places, said
from tests.test_entity_rules import organisations, people


# Must not change: two people who share words of their names stay two ("Faizal Hakim Mohd Yusri" and "Faizal
# Hakim Rahman": "Faizal Hakim" is neither's for sure), a father and his son named with a generation's suffix
# stay two, and a short form no full name holds stays a person of its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Faizal Hakim Mohd Yusri met Faizal Hakim Rahman at the port. Faizal Hakim said the talks went well.",
            {"Faizal Hakim Mohd Yusri", "Faizal Hakim Rahman", "Faizal Hakim"},
        ),
        (
            "Tomas Reyes Jr. took over from Tomas Reyes last year, the company said.",
            {"Tomas Reyes Jr", "Tomas Reyes"},
        ),
        (
            "Maria Lindqvist chairs the board. Peter Holm said the plant would open in May.",
            {"Maria Lindqvist", "Peter Holm"},
        ),
    ],
)
def test_people_sharing_words_stay_apart(text, expected):
    assert people(text) == expected


# The fix: a shorter form of two words or more of one person's full name in the same article, the full name's
# opening words, its middle words or its given name and family name, is that person, not a person of its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Executive chairman Tan Sri Faizal Hakim Mohd Yusri signed the deal. Faizal Hakim said it was a good day.",
            {"Faizal Hakim Mohd Yusri"},
        ),
        (
            "Kovács Eszter Judit, who keeps broilers, spoke first. Kovács Eszter said the growers were not asked.",
            {"Kovács Eszter Judit"},
        ),
        (
            "The undersecretary, Dr. Mariam Khalid Saif Al-Nuaimi, attended. Dr. Mariam Al-Nuaimi said the plan would help.",
            {"Mariam Khalid Saif Al-Nuaimi"},
        ),
        (
            "The association's president, Rosa Mamani Condori, signed. Later Rosa Mamani told us she was glad.",
            {"Rosa Mamani Condori"},
        ),
    ],
)
def test_a_shorter_form_of_a_full_name_is_that_person(text, expected):
    assert people(text) == expected


def test_the_shorter_forms_quote_is_the_full_names():
    text = (
        "State committee chairman Datuk Wan Mohd Hafiz Wan Ismail witnessed the signing. "
        '"Pahang wants the plant and will approve it quickly," Wan Mohd Hafiz said.'
    )
    assert [speaker for _, speaker in said(text)] == ["Wan Mohd Hafiz Wan Ismail"]


# Must not change: "Tan" alone is a family name ("Tan Wei Ming"), a hereditary word alone before one other word
# is a two-word name ("Nik Aziz"), "Raja" a given name ("Raja Kumar"), and "Sri" of a land stays the land's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tan Wei Ming, an analyst at a broker, said the shares were cheap.", {"Tan Wei Ming"}),
        ("Nik Aziz, a fisherman, said the catch was poor.", {"Nik Aziz"}),
        ("Raja Kumar, a trader, said prices rose.", {"Raja Kumar"}),
        ("Priya Nair flew to Sri Lanka on Monday, she said.", {"Priya Nair"}),
    ],
)
def test_malay_titles_leave_other_names_alone(text, expected):
    assert people(text) == expected


# The fix: Malaysia's titles of two words ("Tan Sri", "Dato' Sri") and the Gulf's "Shaikh" are no part of a name
# and no person; Malay hereditary titles ("Wan", "Tengku") are part of the name, the father's too.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Executive chairman Tan Sri Dato' Sri Faizal Hakim Mohd Yusri signed the deal.", {"Faizal Hakim Mohd Yusri"}),
        ("The chairman, Shaikh Rashid bin Omar Al-Hadi, signed the deal.", {"Rashid bin Omar Al-Hadi"}),
        ("State committee chairman Datuk Wan Mohd Hafiz Wan Ismail witnessed it.", {"Wan Mohd Hafiz Wan Ismail"}),
        (
            "It will be chaired by Datuk Tengku Nur Aisyah Tengku Abdul Hamid. Tengku Nur Aisyah said it would hire.",
            {"Tengku Nur Aisyah Tengku Abdul Hamid"},
        ),
    ],
)
def test_malay_and_gulf_titles(text, expected):
    assert people(text) == expected


# Must not change: a hyphenated word before a park's name is no person, and a Korean name printed family name first
# stays one person.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fans met at Coca-cola Park on Sunday.", set()),
        ("Lee Jae-won, the chief executive, said sales rose.", {"Lee Jae-won"}),
    ],
)
def test_hyphenated_words_and_family_name_first(text, expected):
    assert people(text) == expected


# The fix: a Korean given name of two syllables joined by a hyphen, printed before a family name of the countries
# that write it first, opens a person's name ("Min-jae Park", "Seo-yeon Han"), and the surname alone is that person.
def test_a_korean_given_name_printed_first():
    text = "Min-jae Park spent two years looking. Seo-yeon Han joins Hanul Battery Works as head of purchasing."
    assert people(text) == {"Min-jae Park", "Seo-yeon Han"}
    quoted = 'Min-jae Park signed for it. "We looked at Chile, at Peru and at Poland," Park told the newsletter.'
    assert [speaker for _, speaker in said(quoted)] == ["Min-jae Park"]


# Must not change: a town whose name holds a given name after a word opening towns' names stays whole ("Villa Carlos
# Paz"), a town named alone after "mayor of" stays a town, and a company's name holding a person's stays whole.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The mayor of Villa Carlos Paz spoke at the opening.", "Villa Carlos Paz"),
        ("The mayor of Tessby said the road would be ready.", "Tessby"),
    ],
)
def test_a_town_after_a_mayor_stays_whole(text, place):
    assert place in places(text)
    assert not people(text)


def test_a_company_holding_a_persons_name_after_a_title_stays_whole():
    assert "Mary Ann Lee Holdings" in organisations("He is chairman of Mary Ann Lee Holdings.")


# The fix: a title, "of", a body's or a place's name, then a person's name run into it, given name first or last
# ("The mayor of Kecel Szabó Gergely", "President of the Municipality of Kikinda Ilona Kertész"): the place or
# the body, and the person.
@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        ("The mayor of Kecel Szabó Gergely welcomed the investment.", "Szabó Gergely", "Kecel"),
        ("The mayor of Kecskemét Anna Kovács welcomed it.", "Anna Kovács", "Kecskemét"),
        ("President of the Municipality of Kikinda Ilona Kertész welcomed it.", "Ilona Kertész", "Municipality of Kikinda"),
    ],
)
def test_a_name_run_into_a_title_of_a_body(text, person, other):
    assert people(text) == {person}
    assert other in places(text) | organisations(text)


# Must not change: a party's term takes its party's name ('(the "Company")'), and a short name in quotes without
# "the" is the company's ('("Tessaly Mining")').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Kestrel Foods Ltd (the "Company") said the Company would pay.', {"Kestrel Foods"}),
        ('The deal with Tessaly Mining Corporation ("Tessaly Mining") closed. Tessaly Mining said so.', {"Tessaly Mining"}),
    ],
)
def test_parties_and_short_names_stay_organisations(text, expected):
    assert organisations(text) == expected


# The fix: a term the page defines in brackets and quotes after "the" is no organisation of its own ('(the "JV
# Agreement")', '(together, the "Sellers")', '(the "Facility")').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Kestrel Foods signed a joint venture agreement (the "JV Agreement") on Friday. The JV Agreement runs ten years.',
            {"Kestrel Foods"},
        ),
        (
            'Kestrel Foods bought it from Mr. Ivo Brandt and Mrs. Ana Brandt (together, the "Sellers"). The Sellers keep 40%.',
            {"Kestrel Foods"},
        ),
        (
            'Kestrel Foods drew on a term loan from Orvale Bank (the "Facility Agreement"). The Facility Agreement ends in 2030.',
            {"Kestrel Foods", "Orvale Bank"},
        ),
    ],
)
def test_a_defined_term_is_no_organisation(text, expected):
    # exactly: neither the term nor a word inside it ("JV") is an organisation
    assert organisations(text) == expected


def test_the_body_a_term_stands_for_stays_and_the_term_goes():
    text = 'Orvale Growers Cooperative Society (hereinafter "the Cooperative") signed. The Cooperative has 400 members.'
    assert organisations(text) == {"Orvale Growers Cooperative Society"}


# Must not change: a company's word after a name on the same line still makes it a company's name.
def test_a_company_word_after_a_name_in_a_sentence():
    assert "Kestrel Mobile" in organisations("Kestrel Mobile chief executive Jo Hale said sales rose.")


# The fix: a name alone on its line above a title on the next, as a filing's contact or signature prints it, is a
# person, not a company "followed by a company word".
def test_a_contact_alone_on_its_line_above_a_title():
    text = "The Company will disclose any developments.\n\nFor further information:\nMaryam Saeed Al Hosani\nHead of Investor Relations\n"
    assert people(text) == {"Maryam Saeed Al Hosani"}
    assert not organisations(text)


_FILING = "The board approved the acquisition of the spinning mill on Friday, and the shares will be paid in cash.\n\n"


# Must not change: a name alone on its line with no signature mark above it is no person by that alone, and a
# sentence after the mark is no signatory.
def test_no_signature_mark_no_signatory():
    assert not people(_FILING + "For KAVERI YARNS LIMITED\n\nS. Meenakshi\nCompany Secretary\n")
    assert not people(_FILING + "Sd/-\nThe Board approved it on Monday.\n")


# The fix: the name alone on the line under "Sd/-" or "(Sd.)", where an Indian filing's signature stands, is a person.
@pytest.mark.parametrize("mark", ["Sd/-", "(Sd.)"])
def test_a_signatory_under_a_signature_mark(mark):
    text = _FILING + f"For KAVERI YARNS LIMITED\n\n{mark}\nS. Meenakshi\nCompany Secretary & Compliance Officer\n"
    assert "S. Meenakshi" in people(text)


# ... and a company's name after a title and "of", a given name among its words, stays whole.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The chief economist of Bank Dena Kerman, Hamid Tavakoli, spoke.", "Bank Dena Kerman"),
        ("The president of Lácteos Sabana Alta, Andrés Uribe, signed.", "Lácteos Sabana Alta"),
    ],
)
def test_a_company_after_a_title_of_stays_whole(text, name):
    assert name in organisations(text)


# Must not change: "Datuk Seri" stays a title before a name, and "Bukit" opens a company's name before its legal form.
def test_datuk_seri_and_a_company_opened_by_bukit():
    assert people("Group managing director Datuk Seri Ahmad Fuad Ismail said so.") == {"Ahmad Fuad Ismail"}
    assert "PT Bukit Asam" in organisations("PT Bukit Asam Tbk reported a higher profit.")


# The fix: a Malay bay's "Teluk" opens a place's name no list knows ("the Teluk Kalung industrial park").
def test_a_bay_opening_a_place():
    text = "The plant will be built at the Teluk Kalung industrial park here, creating jobs."
    assert "Teluk Kalung" in places(text)
    assert "Teluk Kalung" not in organisations(text)


# `LISTED_ON_BEFORE_RE` built with the project's `alternation()` (each phrase escaped, grouped by first letter): the
# same phrases before an exchange, in either case, and no word that only starts like one.
def test_the_listing_openings_pattern():
    from loaders.extract.claims.context import LISTED_ON_BEFORE_RE
    from loaders.vocab import words

    for phrase in words("organisations", "listing_openings"):
        assert LISTED_ON_BEFORE_RE.search(f"which is {phrase} the ")
        assert LISTED_ON_BEFORE_RE.search(f"which is {phrase.upper()} ")
    assert not LISTED_ON_BEFORE_RE.search("which is relisted onward ")
    assert not LISTED_ON_BEFORE_RE.search("which is listed on the board of ")


# Must not change: the fields a ministry's name lists after "of" stay in it, and a last field of two words too.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It was attended by the Ministry of Health, Labour and Welfare and others.", "Ministry of Health, Labour and Welfare"),
        ("The Ministry of Agriculture and Rural Development said so.", "Ministry of Agriculture and Rural Development"),
    ],
)
def test_a_ministrys_fields(text, name):
    assert name in organisations(text)


# The fix: a courtesy title after a ministry's last field opens its official's name, no word of the ministry's ("the
# Ministry of Industry and Commerce Dr. Mariam Saif Nuaimi": the ministry, and the person).
@pytest.mark.parametrize(("title", "person"), [("Dr.", "Mariam Saif Nuaimi"), ("Mr.", "Ali Hasan")])
def test_a_title_after_a_ministrys_last_field(title, person):
    text = f"It was attended by officials of the Ministry of Industry and Commerce {title} {person} and others."
    assert organisations(text) == {"Ministry of Industry and Commerce"}
    assert people(text) == {person}
