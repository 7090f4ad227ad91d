"""The q26 round's kinds (README "Speakers"): given names spelt with letters beyond Latin-1 ("Radosław", "Gülşen",
"Żaneta"), which the list made from names-dataset left out; a portfolio whose word also ends companies' names
("Finance") between a title and its holder's name at a sentence's end; an office's label in other than capitals on a
page of no named turns (review q25 L4). Short original sentences; must-nots first."""

from __future__ import annotations

from tests.helpers import found_in, said


def people(text: str) -> set[str]:
    return found_in(text).names("person")


def organisations(text: str) -> set[str]:
    return found_in(text).names("organisation")


# --- must-nots: words with the same letters that name no one, bodies ending in a portfolio's word ---


def test_a_town_spelt_with_the_same_letters_is_no_person():
    text = "The ferry from Świnoujście to Ystad was cancelled on Monday because of the storm.\n"
    assert not people(text)


def test_a_company_name_of_such_letters_after_a_title_stays_whole():
    text = '"We will build two docks," said the chairman of Łódzka Stal Holding.\n'
    assert not people(text)


def test_a_company_ending_in_a_portfolios_word_names_no_person():
    text = '"We will lend more next year," said the chairman of Pioneer Finance.\n'
    assert not people(text)
    assert "Pioneer Finance" in organisations(text)


def test_a_minister_of_finance_with_no_name_after_names_no_person():
    text = '"The budget is safe," said the Minister of Finance.\n'
    assert not people(text)
    assert said(text) == [("The budget is safe,", None)]


def test_a_campaigner_for_a_portfolio_is_no_title_of_a_minister():
    # "for" and a portfolio after a word that is no title: nothing to cut, no name
    text = '"The budget is safe," said the fund for Finance Ana Holdings.\n'
    assert "Ana Holdings" not in people(text)


# --- given names of Latin letters beyond Latin-1 (loaders/data/make_given_names.py, NAME_SHAPE) ---


def test_a_polish_given_name_with_a_barred_l_after_a_title_of_a_body():
    text = "The president of the management board of Stocznia Wolin Bartłomiej Kęsik admitted that the yard lost money.\n"
    assert people(text) == {"Bartłomiej Kęsik"}
    assert "Stocznia Wolin" in organisations(text)


def test_a_turkish_given_name_after_a_title_of_a_company_with_no_comma():
    text = '"We will stay," said the president of the board of Kestrel Tersane Gülşen Korkmaz to the workers.\n'
    assert people(text) == {"Gülşen Korkmaz"}
    assert said(text) == [("We will stay,", "Gülşen Korkmaz")]


def test_a_place_before_a_polish_given_name_is_not_the_persons():
    text = "The MP from Gdynia Żaneta Wróblewska, who asked the ministry, said she would check the guarantees.\n"
    assert people(text) == {"Żaneta Wróblewska"}


def test_a_signatory_under_his_title_with_a_barred_l_is_a_person():
    text = "With respect,\n\nSecretary of State in the Ministry of Transport\nRadosław Kępa\n\nDT-IV.0211.2026\n"
    assert people(text) == {"Radosław Kępa"}
    assert "Radosław Kępa" not in organisations(text)


# --- a portfolio whose word ends companies' names too, the holder's name closing the sentence ---


def test_said_the_minister_of_finance_and_the_name_at_the_sentences_end():
    text = '"We will pay the growers in May," said the Minister of Finance Ana Mwale.\n'
    assert people(text) == {"Ana Mwale"}
    assert said(text) == [("We will pay the growers in May,", "Ana Mwale")]


def test_said_a_deputy_minister_of_finance_and_the_name_at_the_sentences_end():
    text = '"We will pay the growers in May," said Deputy Minister of Finance Tomas Novak.\n'
    assert said(text) == [("We will pay the growers in May,", "Tomas Novak")]


def test_said_the_minister_for_a_portfolio_and_the_name_with_no_comma():
    text = '"The clinics will open in May," said the Minister for Health Ana Mwale.\n'
    assert said(text) == [("The clinics will open in May,", "Ana Mwale")]


# --- (review q25 L4) an office's label in other than capitals is a turn only on a page of named turns ---

LIVE_BLOG = (
    "Flood live\n\n"
    "The provincial governor, Ana Kovač, visited the river towns on Monday.\n\n"
    "Governor: Schools stay shut in the valley until the water falls.\n\n"
    "The river rose by two metres overnight.\n\n"
    "Governor: All roads to the north are closed until further notice.\n"
)


def test_a_live_blogs_subheads_opening_with_an_office_are_no_turns():
    assert all(speaker != "Ana Kovač" for _, speaker in said(LIVE_BLOG))


def test_an_office_label_in_capitals_on_a_page_of_no_named_turns_is_still_a_turn():
    text = (
        "Present: Ana Kovač, Minister of Transport.\n\n"
        "MINISTER: Every island on the route will have a boat twice a day, and that is a promise.\n\n"
        "MINISTER: The ministry will pay for the new berth out of this year's budget.\n"
    )
    assert ("Every island on the route will have a boat twice a day, and that is a promise.", "Ana Kovač") in said(text)


def test_an_office_label_in_title_case_among_named_turns_is_the_holders_turn():
    text = (
        "Ana Kovač, Minister of Transport, and Hanna Voss attended.\n\n"
        "Hanna Voss: Thank you. The yard will build two more ferries before the line opens.\n\n"
        "Minister: Every island on the route will have a boat twice a day, and that is a promise.\n\n"
        "Hanna Voss: We will need a second berth at the north quay for the winter.\n"
    )
    assert ("Every island on the route will have a boat twice a day, and that is a promise.", "Ana Kovač") in said(text)


# --- a quote whose speaker the sentence after names ---


def test_words_spoken_by_a_minister_named_in_the_next_sentence():
    text = (
        '"We will not let the yard go the way of the old cranes." These words were spoken by the Deputy Minister of '
        "Transport Radosław Kępa, who also came to the meeting.\n"
    )
    assert said(text) == [("We will not let the yard go the way of the old cranes.", "Radosław Kępa")]


# --- a headline's quote opening with function words ("We will not ..."), which the body's quote rewords ---


def test_a_headlines_quote_opening_otherwise_than_the_bodys_stays_no_ones():
    text = (
        'Farmers angry at the county: "We will not sell the farm to the county"\n\n'
        "The county offered to buy the land in May.\n\n"
        '"We will not wait for the county to decide; the farm is ours," said Ana Lind, who runs it.\n'
    )
    assert ("We will not sell the farm to the county", None) in said(text)


def test_a_headlines_quote_two_speakers_reword_stays_no_ones():
    text = (
        'Farmers angry at the county: "We will not let the county take the land"\n\n'
        '"We will not let the county take our farm from us," said Ana Lind.\n\n'
        '"We will not let the county take the farm, never," said Ivo Berg.\n'
    )
    assert ("We will not let the county take the land", None) in said(text)


def test_a_headlines_quote_opening_with_function_words_is_the_body_speakers():
    text = (
        'Turks buy the old yard: "We will not let the yard go the way of the cranes"\n\n'
        "The group bought the yard on Tuesday.\n\n"
        '"We will not let the yard go the way of the old cranes," said Ana Lind, the deputy minister.\n'
    )
    assert ("We will not let the yard go the way of the cranes", "Ana Lind") in said(text)


# --- a quote whose speaker a passive sentence after it names ("This was said by Ann Lee") ---


def test_said_by_phone_after_a_named_speaker_keeps_the_speaker():
    text = '"The yard will stay open," Ana Lind said by phone from the coast.\n'
    assert said(text) == [("The yard will stay open,", "Ana Lind")]


def test_said_by_a_person_in_an_aside_after_a_scare_quote_names_no_speaker():
    text = 'The plan called "Harbour First for All" – said by Ana Lind to cost $2bn – was dropped in May.\n'
    assert [speaker for _, speaker in said(text)] in ([], [None])


def test_said_by_a_body_after_a_quote_names_no_person():
    text = '"We heard for two years that the yard would be sold." This was said by the board of the yard.\n'
    assert said(text) == [("We heard for two years that the yard would be sold.", None)]


def test_a_quote_said_by_a_person_named_in_the_passive_sentence_after():
    text = '"We heard for two years that the yard would be sold." This was said by Ana Lind, the shop steward of the staff.\n'
    assert said(text) == [("We heard for two years that the yard would be sold.", "Ana Lind")]


# --- (review q26 M1) the passive's agent is the person named straight after "by", not anyone in the clause ---


def test_an_impersonal_it_was_said_by_names_no_speaker_from_its_that_clause():
    text = '"The yard is dead." It was said by critics that Ana Lind had given up.\n'
    assert [speaker for _, speaker in said(text)] == [None]


def test_it_was_said_by_a_person_is_no_back_reference_to_the_quote():
    text = '"The yard is dead." It was said by Ana Lind on Monday that the sale had failed.\n'
    assert [speaker for _, speaker in said(text)] == [None]


def test_the_person_whose_lawyer_said_it_is_not_the_speaker():
    text = '"The yard is dead." This was said by Ana Lind\'s lawyer, Ivo Berg, on Monday.\n'
    assert "Ana Lind" not in [speaker for _, speaker in said(text)]


def test_a_person_named_in_a_relative_clause_after_the_agent_is_not_the_speaker():
    text = '"The yard is dead." This was said by critics who think Ana Lind has given up.\n'
    assert [speaker for _, speaker in said(text)] == [None]


def test_a_person_named_after_a_body_in_the_agent_is_not_the_speaker():
    text = '"The yard is dead." This was said by the union of Ana Lind on Monday.\n'
    assert [speaker for _, speaker in said(text)] == [None]


def test_the_agent_named_after_the_and_a_title_is_the_speaker():
    text = '"The yard is dead." This was said by the mayor Ana Lind on Monday.\n'
    assert said(text) == [("The yard is dead.", "Ana Lind")]


def test_the_agent_named_first_of_two_is_the_speaker():
    text = '"The yard is dead." This was said by Ana Lind, not by Ivo Berg.\n'
    assert said(text) == [("The yard is dead.", "Ana Lind")]


# --- (review q26 M3) names-dataset's words and family names among the given names beyond Latin-1 ---


def test_a_village_whose_first_word_is_an_ordinary_adjective_is_no_person():
    text = "The floods reached Mała Wieś and Sława on Sunday, the county said.\n"
    assert not people(text)


def test_family_names_of_countries_that_write_them_first_are_no_given_names():
    from loaders.data.make_given_names import TARGET

    given = set(TARGET.read_text(encoding="utf-8").split())
    assert not {"Nguyễn", "Trần", "Phạm"} & given
    assert {"Radosław", "Gülşen", "Nataša"} <= given  # the common given names the q26 round added stay


# --- (review q26 M2) small towns named like people: places only after a locative ("in", "near", "from") ---


def places_in(text: str) -> set[str]:
    return found_in(text).names("place")


def test_small_towns_named_like_people_after_in_are_places():
    # (the first, the clause going on after it; the second, before a verb, is left as a full-list town named like a
    # person is, "in Marion rose": "in Kraków and Sława left" may name her)
    text = "Prices in Çınar and Sława rose, the survey said.\n"
    assert "Çınar" in places_in(text)
    assert not people(text)


def test_small_towns_named_like_people_at_a_clauses_end_are_places():
    text = "Prices rose in Sława and Çınar.\n"
    assert {"Çınar", "Sława"} <= places_in(text)


def test_a_person_named_like_a_small_town_after_a_list_of_towns_is_no_place():
    text = "The mayor stayed in Kraków and Sława left for the coast on Monday.\n"
    assert "Sława" not in places_in(text)


def test_a_small_town_named_like_a_person_after_near_is_a_place():
    text = "The bus crashed near Sława on Friday, the police said.\n"
    assert "Sława" in places_in(text)


def test_a_given_name_of_a_small_towns_list_opening_a_sentence_is_no_place():
    text = "Sława Nowak, the mayor, said the road would reopen.\n"
    assert "Sława" not in places_in(text)


def test_a_given_name_of_a_small_towns_list_after_a_verb_is_no_place():
    text = "The council thanked Sława for the report on Monday.\n"
    assert "Sława" not in places_in(text)
