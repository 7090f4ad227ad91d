"""The q25 round's kinds (README "Speakers"): a title, "of" and an organisation or a portfolio joined to its holder's
name with no comma ("the director of Kestrel Torvik Bojan Kranjc", "the Minister of Economy Juraj Tamm"); a
transcript's turn labelled by an office alone ("MINISTER:", "MAYOR:"), whose holder the page names elsewhere. Short
original sentences; must-nots first."""

from __future__ import annotations

from tests.helpers import found_in, said, speakers_under_a_title


def people(text: str) -> set[str]:
    return found_in(text).names("person")


def organisations(text: str) -> set[str]:
    return found_in(text).names("organisation")


# --- must-nots: a title's organisation with no person after it stays whole, a title before a place's body ---


def test_a_title_before_a_towns_council_names_no_person():
    text = "The Mayor of Riga Council opened the new hall on Monday.\n"
    assert not people(text)


def test_a_board_of_a_company_named_with_a_company_after_it_names_no_person():
    text = "The board of Kestrel Torvik Agro Invest approved the plan on Tuesday.\n"
    assert not people(text)


def test_a_company_holding_a_persons_name_after_a_title_stays_one_company():
    text = "He is the chairman of Mary Ann Lee Holdings, the filing said.\n"
    assert not people(text)


def test_a_title_of_a_company_named_for_a_person_alone_names_no_one_else():
    # "Anna Berzina" is the company's whole name after "of": no body before it, nothing to cut
    text = "She is the director of Anna Berzina, a bakery in Jelgava.\n"
    assert "Anna Berzina" not in organisations(text) or not people(text) - {"Anna Berzina"}


# (review q25 H1) a portfolio of two words before a holder whose surname is a given name too: the portfolio's
# second word is no part of the name ("Affairs Mark Thomas" is no one)
def test_a_minister_of_foreign_affairs_before_a_surname_that_is_a_given_name_is_the_holder_alone():
    text = '"We will sign the deal in May," the Minister of Foreign Affairs Mark Thomas said.\n'
    assert people(text) == {"Mark Thomas"}
    assert said(text) == [("We will sign the deal in May,", "Mark Thomas")]


def test_a_minister_of_home_affairs_opening_a_sentence_names_the_holder_alone():
    text = "The Minister of Home Affairs Ana Lee said the border stays open.\n"
    assert people(text) == {"Ana Lee"}


def test_a_two_word_portfolio_before_a_holder_with_a_given_name_last_names_the_holder_alone():
    for portfolio in ("Foreign Trade", "Economic Development", "Home Affairs"):
        text = f"The Minister of {portfolio} Ahmed Ali said the port will open in June.\n"
        assert people(text) == {"Ahmed Ali"}, portfolio


# --- the fix: the organisation or the portfolio, then its holder's name ---


def test_a_title_of_a_company_joined_to_its_holders_name():
    text = '"We will keep the plant open," said the director of Kestrel Torvik Bojan Kranjc.\n'
    assert people(text) == {"Bojan Kranjc"}
    assert "Kestrel Torvik" in organisations(text)
    assert said(text) == [("We will keep the plant open,", "Bojan Kranjc")]


def test_a_chairman_of_the_board_of_a_company_joined_to_its_holders_name():
    text = '"The dairy stays," said the chairman of the board of Nevo Varde Anna Berzina.\n'
    assert people(text) == {"Anna Berzina"}
    assert said(text) == [("The dairy stays,", "Anna Berzina")]


def test_a_minister_of_a_portfolio_joined_to_the_holders_name():
    text = '"The state will pay its share," said the Minister of Economy Juraj Tamm.\n'
    assert people(text) == {"Juraj Tamm"}
    assert said(text) == [("The state will pay its share,", "Juraj Tamm")]


def test_a_minister_of_a_listed_portfolio_joined_to_the_holders_name():
    text = "The Minister of the Environment, Climate and Energy Ana Kovač visited the plant on Thursday.\n"
    assert people(text) == {"Ana Kovač"}


# --- a speaker named by a title alone, its holder named once with the title, "of" and a body joined to the name ---


def test_a_title_alone_with_no_holder_named_stays_no_ones():
    text = 'The council met on Monday. "We will vote in December," said the mayor.\n'
    assert said(text) == [("We will vote in December,", None)]


def test_a_title_alone_with_two_holders_named_stays_no_ones():
    text = (
        "The Minister of Agriculture Ana Kovač and the Minister of Economy Ivo Tamm met the growers.\n\n"
        '"Without beet there is no factory," the minister said.\n'
    )
    assert said(text) == [("Without beet there is no factory,", None)]


def test_a_title_alone_is_its_holder_named_with_a_body_whose_name_is_accented():
    text = (
        "The mayor of Županja Davor Kolar spoke to the workers on Tuesday.\n\n"
        '"This is the best news in ten years," said the mayor.\n'
    )
    assert said(text) == [("This is the best news in ten years,", "Davor Kolar")]


def test_a_title_alone_is_its_holder_named_with_a_long_body_joined_to_the_name():
    text = (
        "The president of the Association of Beet Growers of Slavonia Stjepan Horvat was not satisfied.\n\n"
        '"With this price the young will not sow beet," said the president.\n'
    )
    assert said(text) == [("With this price the young will not sow beet,", "Stjepan Horvat")]


# ... where the corpus holds other holders of the title: the article's own holder, its title joined to the name
OTHER_PRESIDENTS = [("Ana Lee", "president", "Tessa Bank"), ("Tom Reid", "president", "Orvale Club")]


def test_a_title_alone_with_other_holders_in_the_corpus_and_none_named_here_stays_no_ones():
    text = 'The growers met on Monday.\n\n"The price is too low," said the president.\n'
    assert speakers_under_a_title(text, OTHER_PRESIDENTS) == [("The price is too low,", None)]


def test_a_title_alone_is_the_articles_holder_of_a_long_body_beside_other_holders_in_the_corpus():
    text = (
        "The president of the Association of Beet Growers of Slavonia Stjepan Horvat was not satisfied.\n\n"
        '"With this price the young will not sow beet," said the president.\n'
    )
    assert speakers_under_a_title(text, OTHER_PRESIDENTS) == [("With this price the young will not sow beet,", "Stjepan Horvat")]


def test_a_title_alone_is_the_articles_holder_of_a_body_named_with_accented_capitals():
    text = 'The president of Šalek Tenis Ivo Kranjc opened the courts.\n\n"We waited ten years for this," said the president.\n'
    assert speakers_under_a_title(text, OTHER_PRESIDENTS) == [("We waited ten years for this,", "Ivo Kranjc")]


# --- a transcript's turn labelled by an office alone ("MINISTER:") ---


def test_an_office_label_with_two_holders_named_stays_no_ones():
    text = (
        "Present: Ana Kovač, Minister of Agriculture; Ivo Tamm, Minister of Economy; Eva Berg, Director, Tessa Foods.\n\n"
        "EVA BERG: Thank you. The plant will stay open for five more years at least.\n\n"
        "MINISTER: Nobody in the valley will be left without work, I can promise that.\n\n"
        "EVA BERG: We will need the support of the state for the new line.\n"
    )
    assert ("Nobody in the valley will be left without work, I can promise that.", "Ana Kovač") not in said(text)
    assert ("Nobody in the valley will be left without work, I can promise that.", "Ivo Tamm") not in said(text)


def test_a_chairs_office_label_is_no_members_quote():
    text = (
        "Present: Ana Kovač, Minister of Agriculture; Eva Berg, Director, Tessa Foods.\n\n"
        "CHAIR IVO TAMM: I open the item and give the floor to the Director.\n\n"
        "EVA BERG: Thank you. The plant will stay open for five more years at least.\n\n"
        "CHAIR: Thank you. The Minister has the floor.\n\n"
        "ANA KOVAČ: The state will stand behind the people of this valley.\n"
    )
    assert all(words != "Thank you. The Minister has the floor." for words, _ in said(text))


def test_an_office_label_is_the_one_holder_the_transcript_names():
    text = (
        "Present: Ana Kovač, Minister of Agriculture; Eva Berg, Director, Tessa Foods; Ivo Tamm, Mayor of Velenje.\n\n"
        "EVA BERG: Thank you. The plant will stay open for five more years at least.\n\n"
        "MINISTER: Nobody in the valley will be left without work, I can promise that.\n\n"
        "MAYOR: The town will guarantee part of the loan if the council agrees.\n\n"
        "EVA BERG: We will need the support of the state for the new line.\n"
    )
    got = said(text)
    assert ("Nobody in the valley will be left without work, I can promise that.", "Ana Kovač") in got
    assert ("The town will guarantee part of the loan if the council agrees.", "Ivo Tamm") in got


# --- a parish's priest named by his office alone ("said the parish priest") ---


def test_a_priest_alone_with_no_holder_named_stays_no_ones():
    text = 'The church was full on Sunday.\n\n"This town lived in fear for a year," said the parish priest.\n'
    assert said(text) == [("This town lived in fear for a year,", None)]


def test_a_surname_that_is_a_word_of_the_church_stays_a_name():
    text = '"We will build the school," said Ana Priest, the council\'s treasurer.\n'
    assert said(text) == [("We will build the school,", "Ana Priest")]


def test_a_parish_priest_alone_is_the_one_the_article_names():
    text = (
        "The parish priest Fr. Josip Kranjc celebrated a Mass of thanksgiving with the workers.\n\n"
        '"This town lived in fear for a year," said the parish priest after the Mass.\n'
    )
    assert people(text) == {"Josip Kranjc"}
    assert said(text) == [("This town lived in fear for a year,", "Josip Kranjc")]


# --- a broadcast transcript's vox pop, labelled by who speaks with no name ("PASSER-BY:") ---


def test_a_passer_by_label_on_a_page_with_no_named_turns_is_no_quote():
    text = "Street survey, Tuesday\n\nPASSER-BY: I do not care what they burn if it is warm.\n"
    assert said(text) == []


def test_a_passer_by_turn_of_a_transcript_is_a_quote_of_no_one():
    text = (
        "PRESENTER: Good evening. The heating plant will stop burning coal.\n\n"
        "REPORTER: The director of the plant, Eva Berg, signed the contract today.\n\n"
        "EVA BERG: The coal era in the valley is over, and nobody will pay double.\n\n"
        "REPORTER: At the market we asked people what they think.\n\n"
        "PASSER-BY: If it is warm and not more expensive, I do not care what they burn.\n\n"
        "EVA BERG: The works begin in the spring and end before the winter.\n"
    )
    got = said(text)
    assert ("If it is warm and not more expensive, I do not care what they burn.", None) in got
    assert ("The coal era in the valley is over, and nobody will pay double.", "Eva Berg") in got
