"""Error kinds the q18 quotes round showed, on short original sentences: a Spanish page's reporting verbs
in English translation inverted after a quote ('"…," indicated X'); "the official" in a speaker's place
after a person named with a title (that person, as "the 58-year-old" is); a title after a land's
possessive ("Peru's energy minister said") whose one holder in the article is printed as another land's;
a portfolio of several capitalised words between commas ("the Minister of Agriculture, Livestock and Food,
X,") naming its holder; a land's possessive beside a title asked no organisation (roles are held at
organisations), so the holder another outlet names for a translation of the words is found; a number
spelled out by one outlet and printed in digits by another ("forty tonnes" / "40 tonnes") one utterance; a
photo caption's own quote after "Photo:" or "Pictured:" and its speaker (a pronoun the caption's person, the
credit no one); a single name before "who gave only her first name" a person's."""

from __future__ import annotations

import pytest

from loaders.extract.quotes import find_quotes
from loaders.group.quotes import _compare, speaker_titles
from tests.helpers import build_and_query, said
from tests.test_quotes import find_entities, layout
from tests.test_quotes_q12_kinds import _printed, _two_printings


@pytest.mark.parametrize("verb", ["indicated", "manifested", "expressed"])
def test_a_translated_spanish_reporting_verb_after_a_quote_names_the_speaker_after_it(verb):
    text = (
        "The mill in Tecpán will close in March.\n\n"
        f'"Forty families depend on the mill," {verb} Lidia Sut Xiquín, secretary of the union, '
        '"and nobody asked them."'
    )
    assert said(text)[0] == ("Forty families depend on the mill,", "Lidia Sut Xiquín")


def test_the_official_in_a_speakers_place_is_the_person_named_just_before_with_a_title():
    text = (
        "The Minister of Energy and Mines, Óscar Velásquez Ixcot, opened the plant on Monday. "
        '"Every school in the valley will have light by June," declared the official.'
    )
    assert said(text) == [("Every school in the valley will have light by June,", "Óscar Velásquez Ixcot")]


def test_the_official_after_an_unnamed_official_brought_in_is_not_the_person_named_before():
    """must not: an unnamed official brought in between is whom "the official" stands for."""
    text = (
        "Mayor Teresa Brun opened the bridge on Monday. A ministry official, who asked not to be named, "
        'doubted the budget. "The money will run out in spring," said the official.'
    )
    assert said(text) == [("The money will run out in spring,", None)]


LAKE = (
    "Bolivia's Minister of Mines, Ana Quispe Mamani, welcomed the line in a statement.\n\n"
    "Peru's energy minister, who attended the launch in Puno, said the line \"will carry power to both sides "
    'of the lake by 2028."'
)


def test_a_title_after_a_lands_possessive_is_not_the_holder_the_article_prints_as_another_lands():
    assert said(LAKE) == [("will carry power to both sides of the lake by 2028.", None)]


@pytest.mark.parametrize(
    "named",
    [
        "Peru's Minister of Energy, Luis Paredes Soto, opened the line.",
        # a holder printed with no land's possessive at all may be the land's
        "Energy Minister Luis Paredes Soto opened the line.",
    ],
)
def test_a_title_after_a_lands_possessive_is_the_holder_the_article_prints_as_that_lands_or_no_lands(named):
    text = (
        f"{named}\n\n"
        "Peru's energy minister, who attended the launch in Puno, said the line \"will carry power to both sides "
        'of the lake by 2028."'
    )
    assert said(text) == [("will carry power to both sides of the lake by 2028.", "Luis Paredes Soto")]


def roles_in(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.title) for r in find_entities(text, layout(text).paragraphs, {}).roles}


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Ports, Roads and Housing, Nilda Ajú Cux, opened the quay in Salamá.",
        "The Minister of Ports, Roads, Bridges and Housing, Nilda Ajú Cux, opened the quay.",
    ],
)
def test_a_portfolio_listed_between_commas_names_its_holder(text):
    assert ("Nilda Ajú Cux", "minister") in roles_in(text)


def test_a_lands_possessive_beside_a_title_asked_qualifies_it_no_organisation():
    assert speaker_titles(None, "Chile's mining minister, who opened the port", None, []) == (
        "minister",
        frozenset(),
    )
    # must not: a company's possessive (its people's adjective) still qualifies the title
    assert speaker_titles(None, "the Swedish company's CEO", None, []) == ("chief executive @ swedish", frozenset())


def test_a_translation_under_a_lands_title_groups_with_the_holders_words_another_outlet_prints():
    asked, _ = speaker_titles(None, "Chile's mining minister, who opened the port", None, [])
    _, holds = speaker_titles("nilda-aju-cux", "Nilda Ajú Cux", None, [("nilda-aju-cux", "minister", None)])
    first = _printed(
        "article-1",
        "With this port, a village of fishers ships its catch along the coast with no agents between.",
        None,
        asked,
        frozenset(),
    )
    second = _printed(
        "article-2",
        "With this port, a village of fishermen sends its catch along the coast with no middlemen between.",
        "nilda-aju-cux",
        None,
        holds,
    )
    assert _two_printings(first, second)


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("The first forty boats are already in the water,", "The first 40 boats have already been put in the water,", True),
        ("Twenty-five growers signed the contract last week.", "25 growers signed the contract last week.", True),
        # must not: other numbers stay other utterances
        ("The first forty boats are already in the water,", "The first 50 boats are already in the water,", False),
    ],
)
def test_a_number_spelled_out_and_in_digits_is_one_utterance(a, b, same):
    assert (_compare(a, b) is not None) == same


def with_captions(text: str) -> list[tuple[str, str | None]]:
    """(words, speaker) of every quote, the layout's furniture given as the captions it may hold."""
    found_layout = layout(text)
    entities = find_entities(text, found_layout.paragraphs, {})
    roles = [(r.person, r.title, r.organisation) for r in entities.roles]
    captions = [part.span for part in found_layout.removed if part.kind == "boilerplate"]
    found = find_quotes(text, found_layout.paragraphs, entities, roles, captions=captions)
    return [(q.span.of(text), q.speaker) for q in found if q.kind != "indirect"]


HARBOUR = (
    "Harbour reopens to trawlers\n\n"
    "The harbour at Kilkeel reopened on Monday after a month of dredging, and the trawlers came back in the night.\n\n"
    'Photo: "We lost a month of landings, but we kept every crew," says Aoife McCann. (Mourne Radio: Sean Duffy)\n\n'
    'Harbour master Aoife McCann said the dredger had taken out 40,000 tonnes of silt. "The channel is four metres '
    'deep again," she said.\n\n'
    "Skipper Declan Rooney landed the first catch of prawns at dawn.\n\n"
    'Pictured: Declan Rooney on the quay at Kilkeel. "The first haul paid for the diesel," he says. (Mourne Radio: Sean Duffy)\n\n'
    "The council will pay for the next dredging in 2029, a spokesman said."
)


def test_a_photo_captions_own_quote_is_read_with_its_speaker_never_its_credit():
    got = with_captions(HARBOUR)
    assert ("We lost a month of landings, but we kept every crew,", "Aoife McCann") in got
    # the pronoun stands for the person the caption names, not the last person the prose names
    assert ("The first haul paid for the diesel,", "Declan Rooney") in got
    assert ("The channel is four metres deep again,", "Aoife McCann") in got


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Boats in the harbour at Kilkeel on Monday. (Mourne Radio: Sean Duffy)",
        # must not: a caption's credit is no speaker, and a caption without marks has no quote
        "Pictured: The dredger leaving Kilkeel, its last load of silt aboard. / Mourne Radio",
    ],
)
def test_a_caption_without_a_quote_gives_no_quote(caption):
    text = (
        "Harbour reopens to trawlers\n\nThe harbour at Kilkeel reopened on Monday after a month of dredging.\n\n"
        f"{caption}\n\nThe council will pay for the next dredging in 2029."
    )
    assert with_captions(text) == []


def test_a_captions_quote_is_written_with_its_speaker(tmp_path):
    rows = build_and_query(
        tmp_path,
        {"harbour": HARBOUR},
        "SELECT substr(a.text, q.span_start + 1, q.span_end - q.span_start) AS words, p.name AS speaker FROM quotes q"
        " JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.speaker_id",
    )
    said = {(r["words"], r["speaker"]) for r in rows}
    assert ("The first haul paid for the diesel,", "Declan Rooney") in said
    assert ("We lost a month of landings, but we kept every crew,", "Aoife McCann") in said


def test_a_single_name_before_who_gave_only_her_first_name_is_a_person():
    text = (
        "The night market on Liuhe Road reopened on Friday. At a noodle stall near the gate, owner A-mei (阿美), "
        'who gave only her first name, said trade was slow. "Tourists come back slowly after a typhoon," she said.'
    )
    assert said(text) == [("Tourists come back slowly after a typhoon,", "A-mei")]
    people = {m.name for m in find_entities(text, layout(text).paragraphs, {}).mentions if m.kind == "person"}
    assert "A-mei" in people


@pytest.mark.parametrize(
    "prose, caption, speaker",
    [
        # a family name printed first: "Kim" is how the prose prints "Kim Min-jae"
        (
            'Roaster Kim Min-jae opened his second café in Busan on Friday. "We roast every morning," Kim said.',
            'Photo: Kim Min-jae at the roaster. "Every bean is from one farm," Kim said. (Busan Daily)',
            "Kim Min-jae",
        ),
        # a nickname the prose prints for the person, with their surname
        (
            'Ask anyone at the market and they send you to Bedros "Pete" Arslanian. "I sell figs," Arslanian said.'
            " Pete, as everyone calls him, opened the stall in 1994.",
            'Photo: Pete Arslanian at his stall. "My mother sold figs before me," he said. (Valley Courier)',
            "Bedros Arslanian",
        ),
        # the fuller name of a person the article also prints without their second surname
        (
            'Lucía Quispe Huanca runs the cooperative. "The rain came late," Lucía Quispe Huanca said. '
            'Lucía Quispe told the buyers, "We will deliver in May."',
            'Photo: Lucía Quispe Huanca in the field. "We planted by hand this year," Quispe said. (Altiplano Press)',
            "Lucía Quispe Huanca",
        ),
    ],
)
def test_a_captions_speaker_is_the_person_the_prose_prints_so(prose, caption, speaker):
    text = f"Market news\n\n{prose}\n\n{caption}\n\nThe market opens at six."
    got = dict(with_captions(text))
    (words,) = [w for w in got if w.startswith(("Every bean", "My mother", "We planted"))]
    assert got[words] == speaker


def test_a_picture_captions_label_and_a_speakers_label_before_its_quote():
    text = (
        "Harbour reopens to trawlers\n\nThe harbour at Kilkeel reopened on Monday after a month of dredging.\n\n"
        "Skipper Declan Rooney landed the first catch.\n\n"
        "Picture caption: Declan Rooney: ‘The first haul paid for the diesel and the crew’\n\n"
        "The council will pay for the next dredging in 2029."
    )
    assert with_captions(text) == [("The first haul paid for the diesel and the crew", "Declan Rooney")]


def test_a_captions_words_in_marks_with_no_speech_verb_are_no_ones_quote():
    """must not: two people pictured, words in brackets and marks after them, no verb: no speaker, no quote."""
    text = (
        "Harbour reopens to trawlers\n\nSkipper Declan Rooney and harbour master Aoife McCann opened the quay.\n\n"
        'Photo: Declan Rooney (left) and Aoife McCann at the quay ("The channel is deep again")\n\n'
        "The council will pay for the next dredging in 2029."
    )
    assert with_captions(text) == []


def test_a_swahili_courtesy_title_is_no_part_of_the_name():
    """ "Bi" (a woman) and "Mzee" (an elder man) before a given name, as Tanzanian papers print them."""
    text = (
        "The chairperson of the Jambiani Farmers' Cooperative, Bi Zuhura Omar Said, opened the store on Monday. "
        '"The women will keep the keys," Bi Zuhura said. Mzee Khamis Makame, 80, watched. '
        '"I planted the first seedlings here," he said.'
    )
    assert said(text) == [
        ("The women will keep the keys,", "Zuhura Omar Said"),
        ("I planted the first seedlings here,", "Khamis Makame"),
    ]
