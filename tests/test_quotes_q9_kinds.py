"""Error kinds the q9 held-out round (quotes: speakers and grouping, in house styles not seen
before) showed, on short original sentences: a broadcast transcript's labels giving the speaker's
role after the name ("ANN LEE, MANAGING DIRECTOR:"), the programme's own reporter labelled so
too."""

from __future__ import annotations

import pytest

from tests.helpers import build_and_query
from tests.test_quotes_q8_kinds import speakers  # (words, speaker) of every direct and partial quote


@pytest.mark.parametrize(
    "text, expected",
    [
        # a transcript's label with the speaker's role after a comma: the turn is the speaker's words,
        # the reporter's turns (labelled with a journalist's role, then by name alone) the outlet's
        (
            "PRESENTER: A bakery in Tenby has closed. Our reporter Megan Maddox-Hale has the story.\n\n"
            "MEGAN MADDOX-HALE, REPORTER: The ovens went cold on Friday. The owner, Gareth Castellow, spoke to us.\n\n"
            "GARETH CASTELLOW, OWNER, CASTELLOW BAKERY: Flour doubled and the rent doubled. We could not carry both.\n\n"
            "MEGAN MADDOX-HALE: The council's officer, Tegan Lisburne-Ray, says help came too late.\n\n"
            "TEGAN LISBURNE-RAY, BUSINESS OFFICER: We offered a grant in March. It was not enough.\n\n"
            "MEGAN MADDOX-HALE: Megan Maddox-Hale, in Tenby.",
            [
                ("Flour doubled and the rent doubled. We could not carry both.", "Gareth Castellow"),
                ("We offered a grant in March. It was not enough.", "Tegan Lisburne-Ray"),
            ],
        ),
        # a Senior correspondent's label marks the outlet's words as well
        (
            "ANNA VOSS-PEREIRA, SENIOR CORRESPONDENT: The strike is in its third day. Its leader is Tom Greaves.\n\n"
            "TOM GREAVES, UNION BRANCH SECRETARY: Nobody wants to be out here in the rain.\n\n"
            "ANNA VOSS-PEREIRA: The company says talks will resume.\n\n"
            "TOM GREAVES: We will be here until they do.",
            [
                ("Nobody wants to be out here in the rain.", "Tom Greaves"),
                ("We will be here until they do.", "Tom Greaves"),
            ],
        ),
        # must-not: a role in ordinary case after a name is a sentence's subject ("…, added:"), not a label
        (
            "Megan Castellow, Director of Sales, added: the stores reopen on Monday.\n\n"
            "Tom Greaves, Branch Secretary: nobody wants a strike.",
            [],
        ),
        # must-not: a comma after a name opening an ordinary paragraph is no label without its colon
        (
            'Tom Greaves, the branch secretary, spoke first. "Nobody wants a strike," he said.\n\n'
            "Ann Lee, however, said the offer stood.",
            [("Nobody wants a strike,", "Tom Greaves")],
        ),
    ],
)
def test_a_transcript_label_may_give_the_role(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a friend named in passing, after "with a … friend,": "he" is still the man the paragraph is about
        (
            'Chief executive Marcus Oyelaran-Fitch said sorry. "We got it wrong," Oyelaran-Fitch said.\n\n'
            "He started out in 2001, selling records from a van with a school friend, Tobias Wrenfield, "
            "who now runs a rival shop.\n\n"
            '"Back then I knew every customer," he said.',
            [("We got it wrong,", "Marcus Oyelaran-Fitch"), ("Back then I knew every customer,", "Marcus Oyelaran-Fitch")],
        ),
        (
            'Helen Marchbank-Oduya opened the bakery in 1998. "Bread is patience," she said.\n\n'
            "She ran it for a decade with her sister Clara Marchbank-Oduya before the fire.\n\n"
            '"I still smell the smoke some mornings," she said.',
            [
                ("Bread is patience,", "Helen Marchbank-Oduya"),
                ("I still smell the smoke some mornings,", "Helen Marchbank-Oduya"),
            ],
        ),
        # must-not: a friend who is the sentence's subject takes the pronoun
        (
            'Marcus Oyelaran-Fitch left the board in May. "It was time," he said.\n\n'
            "His friend, Tobias Wrenfield, took over the shop.\n\n"
            '"I will keep the name," he said.',
            [("It was time,", "Marcus Oyelaran-Fitch"), ("I will keep the name,", "Tobias Wrenfield")],
        ),
        # must-not: with no one else named before, the friend named in passing is the one left
        (
            'The shop opened with a school friend, Tobias Wrenfield, behind the till.\n\n"We sold out by noon," he said.',
            [("We sold out by noon,", "Tobias Wrenfield")],
        ),
    ],
)
def test_a_relation_named_in_passing_is_no_pronouns_first_choice(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a given name alone before a description of a person: a person known by one name, who speaks
        (
            "We spoke to Bartosz, a shift foreman on the night crew.\n\n"
            '"I will believe it when I see the new lift," Bartosz said. "My father waited too," Bartosz added.',
            [("I will believe it when I see the new lift,", "Bartosz"), ("My father waited too,", "Bartosz")],
        ),
        (
            'Inês, 51, has packed fruit at the plant since 1996.\n\n"Nobody asked us anything," Inês said.',
            [("Nobody asked us anything,", "Inês")],
        ),
        (
            "Josué, who has led the branch for nine years, spoke first.\n\n"
            '"We are going to court, and we are going together," Josué told the crowd.',
            [("We are going to court, and we are going together,", "Josué")],
        ),
        # must-not: a one-word company described after a comma by what it is stays no person
        (
            'Walmart, a retailer with stores in every state, said it "will review the contract".',
            [("will review the contract", None)],
        ),
        # must-not: a word that is no given name before "who" stays no person
        (
            'Brixtonia, who make the boilers, said the fault was "under investigation".',
            [("under investigation", None)],
        ),
    ],
)
def test_a_given_name_before_a_description_is_a_person(text, expected):
    assert speakers(text) == expected


GIVEN_NAME_ONLY = {
    "wire": (
        "Kiln maker to shut line\n\n"
        "CRICIÚMA — Tiles maker Pedralva Cerâmica will close a kiln line, its union said on Monday.\n\n"
        '"The company is treating our families like a line in a spreadsheet," said Josué Pereira Lins, '
        "president of the ceramists' union.\n"
    ),
    "magazine": (
        "Our union at the gate\n\n"
        "Josué, who has led our union for nine years, climbed onto the truck at the Pedralva Cerâmica gate.\n\n"
        '"The company is treating our families like a line in a spreadsheet," Josué told the assembly.\n'
    ),
}


@pytest.mark.parametrize(
    "other_name, expected",
    [
        # a person the magazine calls by the given name alone is the one the wire names in full
        ("Josué Pereira Lins", "Josué Pereira Lins"),
        # must-not: a full name beginning with another given name leaves the magazine's speaker alone
        ("Joaquim Pereira Lins", "Josué"),
    ],
)
def test_a_given_name_alone_is_the_person_the_group_names_in_full(tmp_path, other_name, expected):
    rows = build_and_query(
        tmp_path,
        {name: text.replace("Josué Pereira Lins", other_name) for name, text in GIVEN_NAME_ONLY.items()},
        "SELECT p.name FROM quotes q JOIN people p ON p.id = q.speaker_id WHERE q.article_id = 'magazine'"
        " AND q.text LIKE 'The company is treating%'",
    )
    assert [r["name"] for r in rows] == [expected]
