"""Error kinds the q13 held-out round (quotes: speakers and grouping across outlets, in house styles
not seen before) showed, on short original sentences: a title in the speaker's place that many people
hold in the data ("the group's chief executive") is the one holding it at an organisation the article
names; two printings given to two different people, in articles sharing one name only (a union both
stories name), are two utterances; a shipping line's name ending in "Lines" is a body, no person."""

from __future__ import annotations

import pytest

from loaders.group.quotes import Utterance, group_utterances, story_names
from loaders.spans import Span
from tests.test_entity_rules import organisations, people
from tests.test_quotes_q8_kinds import speakers, speakers_with_roles

CHIEF_EXECUTIVES = [("Tom Reid", "chief executive", "Kessway Foods"), ("Ann Banda", "chief executive", "Glasfryn Dairies")]
PASSING_CHIEF_EXECUTIVES = [("Ann Banda", "chief executive", "Orvale Dairies"), ("Tom Reid", "chief executive", "Glasfryn Foods")]


@pytest.mark.parametrize(
    "text, roles, expected",
    [
        # the one of the data's chief executives who holds it at the company this article names
        (
            "Kessway Foods will close its bakery in Hexham. The group's chief executive called the closure "
            '"a painful day for all of us".',
            CHIEF_EXECUTIVES,
            [("a painful day for all of us", "Tom Reid")],
        ),
        (
            'Kessway Foods will close its bakery in Hexham.\n\n"It is a painful day for all of us," the chief executive said.',
            CHIEF_EXECUTIVES,
            [("It is a painful day for all of us,", "Tom Reid")],
        ),
        # must-not: none of them holds it at an organisation this article names (another story's chief executives)
        (
            'Orvale Mills will close its bakery in Hexham.\n\n"It is a painful day for all of us," the chief executive said.',
            CHIEF_EXECUTIVES,
            [("It is a painful day for all of us,", None)],
        ),
        # must-not: two hold it at the company the article names (a predecessor and a successor): ambiguous
        (
            'Kessway Foods will close its bakery in Hexham.\n\n"It is a painful day for all of us," the chief executive said.',
            [*CHIEF_EXECUTIVES, ("Ivo Brandt", "chief executive", "Kessway Foods")],
            [("It is a painful day for all of us,", None)],
        ),
        # must-not: the chief executive of a company the story names in passing (bought, a supplier, a rival),
        # the story's own company having no known one
        (
            'Kessway Foods will buy Orvale Dairies for $40m.\n\n"This is a great day for our shareholders," the chief executive said.',
            PASSING_CHIEF_EXECUTIVES,
            [("This is a great day for our shareholders,", None)],
        ),
        (
            "Kessway Foods, which buys milk from Orvale Dairies and others, will close its bakery.\n\n"
            '"It is a painful day," the chief executive said.',
            PASSING_CHIEF_EXECUTIVES,
            [("It is a painful day,", None)],
        ),
        (
            "Kessway Foods will close its bakery. Its rival Glasfryn Foods said it would hire some staff.\n\n"
            '"It is a painful day," the chief executive said.',
            PASSING_CHIEF_EXECUTIVES,
            [("It is a painful day,", None)],
        ),
        # ... nor where the data knows that one chief executive only
        (
            'Kessway Foods will buy Orvale Dairies for $40m.\n\n"This is a great day for our shareholders," the chief executive said.',
            PASSING_CHIEF_EXECUTIVES[:1],
            [("This is a great day for our shareholders,", None)],
        ),
        # must-not: a district commissioner of another story does not speak for this one's commissioner
        (
            'Hexham Town Council met on Monday.\n\n"The road will reopen in May," the commissioner said.',
            [("Ann Banda", "district commissioner", "Mkushi District Council"), ("Tom Reid", "commissioner", "Orvale Port")],
            [("The road will reopen in May,", None)],
        ),
    ],
)
def test_a_title_many_hold_is_its_holder_at_an_organisation_the_article_names(text, roles, expected):
    assert speakers_with_roles(text, roles) == expected


def _grouped(first: tuple[str, str, frozenset[str]], second: tuple[str, str, frozenset[str]]) -> bool:
    items = [
        Utterance((f"article-{n}", 0, len(words)), Span(0, len(words)), words, "direct", speaker, story)
        for n, (words, speaker, story) in enumerate((first, second))
    ]
    return any(len({link.utterance.quote_key for link in g.links}) > 1 for g in group_utterances(items))


HEXHAM = story_names(["Unite", "Kessway Foods"], ["Tom Reid", "Jo Pike"])
ORVALE = story_names(["Unite", "Orvale Dairies"], ["Ann Banda", "Cy Mold"])
HEXHAM_AGAIN = story_names(["Kessway Foods"], ["Jo Pike", "Ivo Brandt"])
ONE_WORD_A = story_names(["Kessway"], ["Ann Lee"])
ONE_WORD_B = story_names(["Kessway"], ["Tom Reid"])


@pytest.mark.parametrize(
    "first, second, grouped",
    [
        # must-not: a stock phrase two people of two stories said, the stories naming one union both
        (
            ("the saddest choice our trustees have ever had to make", "ann-banda", ORVALE),
            ("the saddest choice these trustees have ever had to make", "tom-reid", HEXHAM),
            False,
        ),
        # must-not: the same, word for word
        (
            ("the saddest choice our trustees have ever had to make", "ann-banda", ORVALE),
            ("the saddest choice our trustees have ever had to make", "tom-reid", HEXHAM),
            False,
        ),
        # must-not: two people's identical words in stories sharing one word only (a company both name)
        (
            ("We have no plans to shut the depot in Tessby and the drivers know it.", "ann-lee", ONE_WORD_A),
            ("We have no plans to shut the depot in Tessby and the drivers know it.", "tom-reid", ONE_WORD_B),
            False,
        ),
        # one outlet giving the words to the wrong person of the same story (company and people shared)
        (
            ("the saddest choice our trustees have ever had to make", "ivo-brandt", HEXHAM_AGAIN),
            ("the saddest choice these trustees have ever had to make", "tom-reid", HEXHAM),
            True,
        ),
        # the stories sharing one name still tie where a side names no speaker
        (
            ("the saddest choice our trustees have ever had to make", None, ORVALE),
            ("the saddest choice these trustees have ever had to make", "tom-reid", HEXHAM),
            True,
        ),
        # and where both name the one speaker
        (
            ("the saddest choice our trustees have ever had to make", "tom-reid", ORVALE),
            ("the saddest choice these trustees have ever had to make", "tom-reid", HEXHAM),
            True,
        ),
    ],
)
def test_two_peoples_words_in_stories_sharing_one_name_are_two_utterances(first, second, grouped):
    assert _grouped(first, second) == grouped


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"The crew are safe and nobody was hurt," said Kestrel Reefer Lines.', None),
        ('"The crew are safe and nobody was hurt," Kestrel Reefer Lines said.', None),
        # must-not: a person is still one
        ('"The crew are safe and nobody was hurt," said Dana Lines-Okoro.', "Dana Lines-Okoro"),
        # must-not: a given name and the surname Lines (or Mills) are a person
        ('"The crew are safe and nobody was hurt," said Tom Lines.', "Tom Lines"),
        ('"The crew are safe and nobody was hurt," Ann Lines said.', "Ann Lines"),
        ('"The crew are safe and nobody was hurt," said Ann Mills.', "Ann Mills"),
    ],
)
def test_a_shipping_lines_name_is_a_body(text, expected):
    assert speakers(text) == [("The crew are safe and nobody was hurt,", expected)]


def test_a_name_ending_in_lines_is_an_organisation():
    text = "Kestrel Reefer Lines runs six ships from Gibraltar."
    assert "Kestrel Reefer Lines" in organisations(text)
    assert "Kestrel Reefer Lines" not in people(text)


@pytest.mark.parametrize("text", ["Tom Lines, a fisherman from Tessby, said the catch was poor.", "Ann Mills runs the bakery."])
def test_a_given_name_before_lines_is_no_organisation(text):
    assert not organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a person named inside the speaker's reported speech does not take the pronoun after it
        (
            '"We will wait for the tug," Nicholas Garbarino said.\n\n'
            "Mr Garbarino said he had spoken to the ship's master, Captain Tom Reid, twice since Tuesday.\n\n"
            '"He told me they were fine," he said.',
            [("We will wait for the tug,", "Nicholas Garbarino"), ("He told me they were fine,", "Nicholas Garbarino")],
        ),
        (
            'Ann Lee runs the depot. "We were not told," she said.\n\n'
            'Lee told the Courier she had met the driver, Tom Reid, on Monday.\n\n"It went well," she said.',
            [("We were not told,", "Ann Lee"), ("It went well,", "Ann Lee")],
        ),
        # must-not: no pronoun takes up the subject, who may be a woman ("her successor"): the pronoun after
        # is the last person named's
        (
            'Ann Lee said her successor, Tom Reid, would start in May.\n\n"I am ready for this," he said.',
            [("I am ready for this,", "Tom Reid")],
        ),
        (
            'Ann Lee said Tom Reid would take over the depot in May.\n\n"I am ready for this," he said.',
            [("I am ready for this,", "Tom Reid")],
        ),
        (
            'Ann Lee told reporters that Tom Reid would run the plant. "It is a big job," he said.',
            [("It is a big job,", "Tom Reid")],
        ),
        # must-not: the other person named in a sentence of their own
        (
            '"We will wait for the tug," Nicholas Garbarino said.\n\n'
            "The ship's master is Captain Tom Reid, from Kudat.\n\n"
            '"We are fine," he said.',
            [("We will wait for the tug,", "Nicholas Garbarino"), ("We are fine,", "Tom Reid")],
        ),
    ],
)
def test_a_person_named_in_reported_speech_leaves_the_pronoun_to_the_speaker(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a port's officers are titles: "the port captain" is the one the article gives it
        (
            "Port captain Rosa Quist spoke at the harbour office.\n\n"
            'According to the port captain, the crash "was not the fault of anyone in this harbour".',
            [("was not the fault of anyone in this harbour", "Rosa Quist")],
        ),
        (
            "Harbour master Ivo Brandt closed the channel.\n\nOther boats waited.\n\n"
            '"Nobody sails until the divers are done," the harbour master said.',
            [("Nobody sails until the divers are done,", "Ivo Brandt")],
        ),
        # must-not: a harbour master the article does not name is not the person named before
        (
            'Ivo Brandt runs the ferry.\n\n"Nobody sails until the divers are done," a harbour master said.',
            [("Nobody sails until the divers are done,", None)],
        ),
    ],
)
def test_a_ports_officers_are_titles(text, expected):
    assert speakers(text) == expected


def _sources(text: str) -> list[tuple[str, str | None, str | None]]:
    from loaders.clean import layout
    from loaders.extract.entities import find_entities
    from loaders.extract.quotes import RoleIndex, find_quotes
    from tests.helpers import TITLE

    text = TITLE + text
    paragraphs = layout(text).paragraphs
    found = find_quotes(text, paragraphs, find_entities(text, paragraphs, {}), RoleIndex())
    return [(q.span.of(text), q.speaker, q.source) for q in found if q.kind == "direct"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # someone unnamed in the speaker's place: a source of their own, to whom no other outlet's speaker is carried
        (
            '"Nobody on this site lifts a shovel until the wages arrive," a union leader told reporters.',
            [("Nobody on this site lifts a shovel until the wages arrive,", None, "a union leader")],
        ),
        (
            '"Nobody on this site lifts a shovel until the wages arrive," said a shift supervisor at the mine.',
            [("Nobody on this site lifts a shovel until the wages arrive,", None, "a shift supervisor at the mine")],
        ),
        # must-not: the name an unnamed leader gave is theirs
        (
            '"Nobody on this site lifts a shovel until the wages arrive," said a union leader, who gave his name only as Tom.',
            [("Nobody on this site lifts a shovel until the wages arrive,", "Tom", None)],
        ),
        # must-not: a leader named
        (
            '"Nobody on this site lifts a shovel until the wages arrive," union leader Tom Reid told reporters.',
            [("Nobody on this site lifts a shovel until the wages arrive,", "Tom Reid", None)],
        ),
    ],
)
def test_an_unnamed_leader_is_a_source_of_their_own(text, expected):
    assert _sources(text) == expected


def _printed(article: str, words: str, speaker: str | None) -> Utterance:
    story = frozenset({"fishing"})
    return Utterance((article, 0, len(words)), Span(0, len(words)), words, "direct", speaker, story)


QUELIMANE_PT = ("Em Quelimane os 45 barcos continuam a pescar como sempre.", "rui-mabote")
QUELIMANE_EN = ("the 45 boats in Quelimane keep fishing as always", "rui-mabote")


@pytest.mark.parametrize(
    "first, second, grouped",
    [
        # one person's words in his language and another outlet's English: a number and a name shared
        (QUELIMANE_PT, QUELIMANE_EN, True),
        (
            ("Tri handred man bae i kasem wok long Lakatoro.", "rui-mabote"),
            ("Lakatoro will get 300 new jobs from the plant, all of them here.", "rui-mabote"),
            False,  # must-not: the Bislama spells its number out, so no number is shared
        ),
        # must-not: one speaker's two different remarks in English sharing a number and a name
        (
            ("Quelimane will have 45 new hotels by the end of next year.", "rui-mabote"),
            QUELIMANE_EN,
            False,
        ),
        # must-not: another number
        (("Em Quelimane os 60 barcos continuam a pescar como sempre.", "rui-mabote"), QUELIMANE_EN, False),
        # must-not: two people
        (QUELIMANE_PT, ("the 45 boats in Quelimane keep fishing as always", "lena-mott"), False),
        # must-not: one speaker's two remarks, one in each language, sharing a number and a name: the other
        # remark is twice as long
        (
            QUELIMANE_PT,
            ("We lost 45 boats in Quelimane to the storm and we will have to buy more for the season.", "rui-mabote"),
            False,
        ),
        # must-not: sharing only the story's year and its company
        (
            ("En 2024 Kessway abrirá cinco tiendas nuevas.", "ana-ruiz"),
            ("We lost money at Kessway in 2024 and we must now cut costs at every store.", "ana-ruiz"),
            False,
        ),
        (
            ("Record 2024 revenue, strong brand, healthy balance sheet, bright outlook, Kessway proud.", "ana-ruiz"),
            ("In 2024 Kessway will post record revenue and we are hiring in every region now.", "ana-ruiz"),
            False,
        ),
        (
            ("Long 2025 olketa bae wakem niu wharf long Honiara hia.", "ana-ruiz"),
            ("The cannery in Honiara will hire women first in 2025 because they asked us for the jobs.", "ana-ruiz"),
            False,
        ),
        # must-not: a number and the company shared, another name printed and the other remark longer
        (
            ("Kessway versera 300 euros de prime à chaque salarié.", "ana-ruiz"),
            ("If Kessway finds 300 workers by March we will open the second plant in the spring.", "ana-ruiz"),
            False,
        ),
    ],
)
def test_one_persons_words_in_two_languages_share_a_number_and_a_name(first, second, grouped):
    items = [_printed("article-a", *first), _printed("article-b", *second)]
    assert any(len({link.utterance.quote_key for link in g.links}) > 1 for g in group_utterances(items)) == grouped
