"""The q24 round's kinds (README "Speakers"): surnames that are towns or provinces ("Toledo", "Segovia",
"Zamora", "Pereira") cutting a name or taking a speaker's place, and a compass word of another language that names
a province ("Sul") cutting a company's name. Short original sentences; must-nots first."""

from __future__ import annotations

from loaders.group.quotes import Utterance, comparable
from loaders.spans import Span
from tests.helpers import found_in, grouped_articles, said, utterance


def people(text: str) -> set[str]:
    return found_in(text).names("person")


def places(text: str) -> set[str]:
    return found_in(text).names("place")


# --- must-nots: a province's or a town's name stays a place where nothing says a person is meant ---


def test_a_provinces_name_after_a_title_and_a_name_of_another_person_stays_a_place():
    text = "Mayor Ann Leary visited Segovia on Monday.\n"
    assert "Ann Leary" in people(text)
    assert "Segovia" in places(text)


def test_a_provinces_name_after_a_given_name_with_nothing_of_a_person_about_it_stays_a_place():
    # "Victoria" alone before it: no title, no role, no speech verb, no label
    assert "Toledo" in places("The bus from Victoria Toledo runs twice a day.\n")


def test_a_towns_name_alone_with_a_speech_verb_stays_a_place_where_no_one_bears_it_as_a_surname():
    text = "Marta Quint, director of Orvale Foods, spoke.\n\nThe plant in Toledo, said Ms Quint, is shut.\n"
    assert "Toledo" in places(text)
    assert not any("Toledo" in person for person in people(text))


def test_a_towns_name_after_a_place_preposition_stays_a_place_though_someone_bears_it():
    text = (
        "Marta Pereira, director of Orvale Foods, spoke.\n\n"
        "Their first shop opened in Pereira, said the chairman, and did well.\n"
    )
    assert "Pereira" in places(text)


def test_a_surname_alone_names_no_one_where_the_article_bears_it_only_as_a_place():
    text = '"We will open in March," Pereira said.\n'
    assert dict(said(text)) == {"We will open in March,": None}


# --- the rules ---


def test_a_provinces_name_after_a_title_and_a_given_name_is_a_surname():
    assert "Ana Segovia" in people("County Judge Ana Segovia opened the bridge.\n")
    assert "Ana Segovia" in people("Commissioner Ana Segovia opened the bridge.\n")


def test_a_provinces_name_after_a_given_name_and_before_a_role_is_a_surname():
    text = "Ana Toledo, general manager of the water board, said work starts soon.\n"
    assert "Ana Toledo" in people(text)


def test_a_name_a_transcripts_turn_labels_print_in_capitals_is_a_person_in_running_text_too():
    text = (
        "ANCHOR LIA MOSS: Good morning. The board set the dates.\n\n"
        "REPORTER TOM REID: Its manager, Ana Toledo, gave them.\n\n"
        "ANA TOLEDO: The first houses will be connected in May.\n\n"
        "REPORTER TOM REID: From the colonia, Tom Reid.\n"
    )
    assert "Ana Toledo" in people(text)
    assert "Toledo" not in places(text)


def test_a_towns_name_alone_beside_a_speech_verb_is_the_surname_of_the_person_named_with_it():
    text = 'Marta Pereira, director of Orvale Foods, spoke.\n\n"We will open in March," Pereira said.\n'
    assert dict(said(text))["We will open in March,"] == "Marta Pereira"
    text = 'Ana Zamora, who leads the committee, spoke.\n\n"We will watch every street," said Zamora.\n'
    assert dict(said(text))["We will watch every street,"] == "Ana Zamora"


def test_a_portuguese_compass_word_ends_a_companys_name_and_is_no_province():
    text = "The union and the processor Orvale Costa Sul signed on Tuesday.\n\nThe director of Costa Sul spoke.\n"
    assert "Sul" not in places(text)
    assert "Costa Sul" in found_in(text).names("organisation")


def test_a_verb_attributing_the_quote_before_a_towns_name_makes_it_the_surname_too():
    text = 'Marta Pereira, director of Orvale Foods, spoke.\n\n"We will open in March," declared Pereira.\n'
    assert dict(said(text))["We will open in March,"] == "Marta Pereira"


def test_a_rating_agency_that_affirms_a_company_names_no_person():
    assert not people("Kestrel Ratings affirmed Orvale Foods at BBB on Monday.\n")


def test_a_translated_pages_prefect_and_a_texas_county_judge_are_titles_a_quote_names_its_speaker_by():
    text = 'The prefect Ana Braga opened the fair.\n\n"The city was born of the sea," said the prefect.\n'
    assert dict(said(text))["The city was born of the sea,"] == "Ana Braga"
    text = 'County Judge Ana Segovia opened the bridge.\n\n"No one waits again," said the county judge.\n'
    assert dict(said(text))["No one waits again,"] == "Ana Segovia"


def test_a_towns_name_alone_before_who_is_the_surname_of_the_person_named_with_it():
    text = (
        "Ana Zamora, 60, has lived there since 1990. Ana Lee, the manager, set the dates.\n\n"
        'Zamora, who leads the committee, said they would watch. "We will watch every street," she said.\n'
    )
    assert dict(said(text))["We will watch every street,"] == "Ana Zamora"


def test_a_towns_name_alone_before_which_stays_a_place():
    text = "Ana Zamora, 60, spoke.\n\nZamora, which lies on the Duero, is quiet.\n"
    assert "Zamora" in places(text)


def test_a_towns_name_alone_is_the_surname_of_a_person_named_with_a_nickname_inside_the_name():
    text = (
        'Ana "La Güera" Zamora has lived there since 1990. Ana Lee, the manager, set the dates.\n\n'
        'Zamora, who leads the committee, said they would watch. "We will watch every street," she said.\n'
    )
    assert dict(said(text))["We will watch every street,"] == "Ana Zamora"


def test_don_before_an_english_surname_stays_a_given_name():
    text = 'Don Smith, the coach, spoke. "We won," Don Smith said.\n\n"It was hard," Don said.\n'
    assert "Don Smith" in people(text)
    assert dict(said(text))["It was hard,"] == "Don Smith"


def test_don_is_a_title_where_the_page_prints_it_before_a_given_name_alone_opening_the_longer_name():
    text = 'Don Ramón Ortiz, 70, waited by the ditch.\n\n"At last," said Don Ramón.\n'
    assert people(text) == {"Ramón Ortiz"}
    assert dict(said(text))["At last,"] == "Ramón Ortiz"


# --- quote groups across translations ---


def test_one_speakers_two_different_remarks_in_the_same_words_are_not_grouped():
    a = utterance("a", "For twenty years the fisherman sold his catch at the price the buyer decided.", "Ana Reis")
    b = utterance("b", "The price is a floor, not a ceiling: if the market pays more, the fisherman sells for more.", "Ana Reis")
    assert grouped_articles(a, b) == []


def test_two_speakers_saying_a_short_generic_line_are_not_grouped():
    a = utterance("a", "We are very happy with this agreement.", "Ana Reis")
    b = utterance("b", "We are very happy with the agreement.", "Tom Hale")
    assert grouped_articles(a, b) == []


def test_hundreds_spelled_out_and_in_digits_of_another_value_are_not_grouped():
    a = utterance("a", "The first three hundred houses will be connected before the summer, and the rest by 2028.", "Ana Reis")
    b = utterance("b", "The first 200 homes will be hooked up before summer, and the rest by the end of 2028.", "Ana Reis")
    assert grouped_articles(a, b) == []


def test_hundreds_spelled_out_are_the_digits_another_outlet_prints():
    a = utterance("a", "The first two hundred houses will be connected before the summer, and the rest by 2028.", "Ana Reis")
    b = utterance("b", "The first 200 homes will be hooked up before summer, and the rest by the end of 2028.", "Ana Reis")
    assert grouped_articles(a, b) == [{"a", "b"}]
    assert comparable("one hundred and twenty-five people") == comparable("125 people")
    assert comparable("two thousand five hundred tonnes") == comparable("2,500 tonnes")


def test_a_short_fragment_given_to_two_speakers_is_still_grouped_where_a_story_ties_them():
    a = Utterance(
        ("a", 0, 22), Span(0, 22), "in no immediate danger", "partial", "Ana Reis", frozenset({"orvale", "reis", "hale"})
    )
    text = "She is in no immediate danger and nothing is leaking."
    b = Utterance(("b", 0, len(text)), Span(0, len(text)), text, "direct", "Tom Hale", frozenset({"orvale", "reis", "hale"}))
    assert grouped_articles(a, b) == [{"a", "b"}]


def test_a_given_name_that_is_a_place_before_a_provinces_name_stays_a_place_without_a_given_name_before_it():
    assert "Ávila" in places("Commissioner Lee of Guadalupe Ávila spoke.\n")


def test_a_provinces_name_after_two_given_names_the_second_a_place_too_is_a_surname():
    text = "Commissioner Ana Guadalupe Ávila, whose precinct includes it, spoke.\n"
    assert "Ana Guadalupe Ávila" in people(text)
