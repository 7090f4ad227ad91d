"""Fixes of the c22 review, on short original sentences: "According to him, the company ..." gives the company's
figures to the speaker's own organisation only where the speaker speaks for it (an executive's or a spokesman's
title, an organisation of the described kind, the same paragraph, no later speaker); a site named by a nationality
is the deal's target's only where the article ties that country to the target and not to the buyer."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from loaders.extract.entities.state import canonical_organisation
from tests.test_claims import claims_of


def _subject(text: str, written: str) -> str | None:
    return next(c.subject for c in claims_of(text, "2026-11-27") if c.value_as_written == written)


@pytest.mark.parametrize(
    ("text", "written", "speakers"),
    [
        (
            "Brenna Foods Ltd will buy 60% of Carrow Dairies Ltd for £40m. Carrow Dairies makes 12,000 tonnes of butter."
            ' "The price is fair," said Tom Hale, an analyst at Wexford Securities. According to him, the company will'
            " sell 15,000 tonnes next year.",
            "15,000",
            "Wexford Securities",
        ),
        (
            'Brenna Foods Ltd will cut 300 jobs at its Leeds bakery. "This is a betrayal," said Mark Oduya, the shop'
            " steward of the Unite union. According to him, the company paid £2m in bonuses last year.",
            "£2m",
            "Unite",
        ),
        (
            'Brenna Foods Ltd will cut 300 jobs at its Leeds bakery. "We will appeal," said Mark Oduya, head of the GMB'
            " union. According to him, the company made a profit of £12m last year.",
            "£12m",
            "GMB",
        ),
        (
            'Brenna Foods Ltd wants to build a second plant. "We welcome the investment," said Joan Pike, the secretary'
            " of the Leeds Chamber of Commerce. According to her, the firm employs 900 people in the city.",
            "900",
            "Leeds Chamber of Commerce",
        ),
        (
            'Brenna Foods Ltd reported results on Tuesday. "A solid quarter," said Ravi Shah, partner at Olden Capital.'
            " According to him, the group expects sales of £410m this year.",
            "£410m",
            "Olden Capital",
        ),
        # a speaking title, but of a body that is no company: the firm described is another's
        (
            'Orvane Mills Ltd will close its Tessby site. "It is a sad day," said Lia Brandt, director of the Tessby'
            " Chamber of Commerce. According to her, the company employs 430 people there.",
            "430",
            "Tessby Chamber of Commerce",
        ),
        # a director among several ("a director at") speaks for no one
        (
            'Orvane Mills Ltd will buy 70% of Tessby Flour Ltd for £9m. Tessby Flour runs two mills. "Demand is weak,"'
            " said Lia Brandt, a director at Wexmoor Securities. According to her, the company sold 7,300 tonnes in May.",
            "7,300",
            "Wexmoor Securities",
        ),
    ],
)
def test_according_to_a_speaker_who_speaks_for_no_company_changes_no_subject(text, written, speakers):
    plain = text.replace("According to him, the", "The").replace("According to her, the", "The")
    subject = _subject(text, written)
    assert subject != speakers
    assert subject == _subject(plain, written)


@pytest.mark.parametrize(
    "between",
    [
        # a new paragraph, another speaker
        '\n\nKelmor Dairy chief executive Tom Hale disagreed. "Nothing changes for suppliers," he said. ',
        # a new paragraph only
        "\n\nKelmor Dairy chief executive Tom Hale disagreed. ",
        # another speaker in the same paragraph
        ' Kelmor Dairy chief executive Tom Hale disagreed. "Nothing changes for suppliers," he said. ',
    ],
)
def test_the_speakers_organisation_does_not_outlive_its_speaker(between):
    text = (
        'Tessa Foods Ltd will buy 65% of Kelmor Dairy Ltd for $5m. "Farmers are worried," said Ana Ruiz, chief executive'
        f" of Lenno Mills Ltd.{between}According to him, the company will pay $3m more for milk next year."
    )
    plain = text.replace("According to him, the", "The")
    assert _subject(text, "$3m") == _subject(plain, "$3m") == "Kelmor Dairy"


def test_the_speakers_organisation_holds_in_its_own_paragraph():
    text = (
        'Tessa Foods Ltd will buy 65% of Kelmor Dairy Ltd for $5m. "Farmers are worried," said Ana Ruiz, chief executive'
        " of Lenno Mills Ltd. According to her, the company will pay $3m more for milk next year."
    )
    assert _subject(text, "$3m") == "Lenno Mills"


@pytest.mark.parametrize(
    ("text", "written", "not_owner"),
    [
        # the buyer described by the nationality: its own plant
        (
            "Halvorsen Foods ASA, the Norwegian salmon group, will buy 70% of Dunmore Dairies Ltd for €30 million. The"
            " Norwegian plant employs 1,200 people.",
            "1,200",
            "Dunmore Dairies",
        ),
        (
            "Ballard Foods Ltd, the Irish dairy group, has agreed to buy 80% of Kresowa Dairy Ltd, a Polish cheese maker,"
            " for €21 million. The Irish site, which employs 640 people, will stay open.",
            "640",
            "Kresowa Dairy",
        ),
        # a third firm's plant, named by a nationality the article ties to no party
        (
            "Ballard Foods Ltd has agreed to buy 80% of Kresowa Dairy Ltd for €21 million.\n\nElsewhere in the sector,"
            " Danone Ltd cut jobs last week. The Spanish plant, which employs 450 people, will close in May.",
            "450",
            "Kresowa Dairy",
        ),
        (
            "Orvane Brewing A/S, the Danish beer group, will buy 55% of Tessby Malt Ltd for €8 million. The Danish plant"
            " makes 3.1 million hectolitres a year.",
            "3.1 million",
            "Tessby Malt",
        ),
    ],
)
def test_a_nationalitys_site_is_the_targets_only_where_the_article_ties_the_country_to_it(text, written, not_owner):
    assert _subject(text, written) != not_owner


@pytest.mark.parametrize(
    "deal",
    [
        "Ballard Foods Ltd has agreed to buy 80% of Kresowa Dairy Ltd, a Polish cheese maker, for €21 million. ",
        "Ballard Foods Ltd has agreed to buy 80% of the Polish dairy Kresowa Dairy Ltd for €21 million. ",
        "Ballard Foods Ltd has agreed to buy 80% of Poland's Kresowa Dairy Ltd for €21 million. ",
    ],
)
def test_a_nationalitys_site_is_the_targets_where_the_article_ties_the_country_to_it(deal):
    text = deal + "The Polish site, which employs 640 people, will stay open."
    assert _subject(text, "640") == "Kresowa Dairy"


def _organisation_mentions(text: str) -> dict[str, str]:
    entities = find_entities(text, layout(text).paragraphs, {})
    return {m.span.of(text): m.name for m in entities.mentions if m.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        ("HSBC HOLDINGS PLC said on Monday it would cut jobs. HSBC employs 210,000 people.", "HSBC", "HSBC HOLDINGS PLC"),
        ("KDB HOLDINGS PLC said on Monday it would cut 900 jobs. KDB employs 48,000 people.", "KDB", "KDB HOLDINGS PLC"),
    ],
)
def test_an_acronym_company_printed_in_capitals_keeps_its_short_form(text, short, full):
    names = _organisation_mentions(text)
    assert names[short] == names[full]


def test_an_acronym_in_capitals_lends_no_name_to_another_firms_acronym():
    text = (
        "KDB HOLDINGS PLC said on Monday it would cut 900 jobs. Its rival KDM Bank said it would hire. KDM employs 48,000 people."
    )
    names = _organisation_mentions(text)
    assert names.get("KDM") != names["KDB HOLDINGS PLC"]


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Orvane Fisheries Pvt. Ltd", "Orvane Fisheries"),
        ("Orvane Fisheries Private Ltd.", "Orvane Fisheries"),
        ("Siam Tuna Public Co Ltd", "Siam Tuna"),
        ("Siam Tuna Public Company Ltd", "Siam Tuna"),
        ("Siam Tuna Public Co., Ltd", "Siam Tuna"),
        ("Orvane Fisheries (Pvt.) Limited", "Orvane Fisheries"),
        ("Tessa Public Limited Company", "Tessa"),
        ("Kelmor Holdings Private Limited Company", "Kelmor Holdings"),
        # must not: a word of the name itself before the form, a form after "&", no form closing the name
        ("Tessa Public Transport Company Limited", "Tessa Public Transport"),
        ("Kestrel Private Bank Ltd", "Kestrel Private Bank"),
        ("Barkwell & Co. Ltd", "Barkwell & Co."),
        ("Orvane Public", "Orvane Public"),
        ("Harlow Private Equity", "Harlow Private Equity"),
    ],
)
def test_a_legal_form_of_several_words_is_read_by_its_words(name, canonical):
    assert canonical_organisation(name) == canonical


@pytest.mark.parametrize(
    ("text", "short", "owner"),
    [
        (
            "Azucarera Ebro closed a plant on Monday. Ebro Foods, the rice maker, said its sales rose. Ebro said it would hire.",
            "Ebro",
            "Ebro Foods",
        ),
        (
            "Harinera Tolosa cut prices on Monday. Tolosa Mills Ltd said its sales rose. Tolosa will hire 40 people.",
            "Tolosa",
            "Tolosa Mills Ltd",
        ),
        # must not: a group's core word stays the group's beside its subsidiary; a trade's firm named alone keeps it
        (
            "Grupo Tessa Alimentos reported results on Monday. Tessa Logística, its haulage arm, bought 40 trucks. Tessa"
            " said sales rose.",
            "Tessa",
            "Grupo Tessa Alimentos",
        ),
        ("Arrocera Valdez S.A. was sold on Monday. Valdez employs 300 people.", "Valdez", "Arrocera Valdez S.A."),
    ],
)
def test_a_short_form_goes_to_the_name_it_opens_before_one_it_ends_after_a_trades_word(text, short, owner):
    names = _organisation_mentions(text)
    assert names[short] == names[owner]
