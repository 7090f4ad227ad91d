"""word_start_regex: a cheap word-start test in front of a pattern only where
every match provably begins a word, and then the same matches as the pattern."""

import re

import pytest

from loaders.vocab import (
    alternation,
    alternation_by_first_letter,
    branch_name,
    first_character_regex,
    first_character_test,
    named_branches_by_first_character,
    named_branches_regex,
    required_characters,
    word_start_regex,
)

TEXT = "Shares fell 4% as sales rose in FY 2024; selling shares of X, the shares' fall, re-selling, 3shares, _x, 1.2023 and £5 (FY2023)."


@pytest.mark.parametrize(
    ("pattern", "guard"),
    [
        (r"\bshares?\b", r"\b(?=\w)"),
        (r"\b(?:fell|rose|fall\w*)\b", r"\b(?=\w)"),
        (r"(?P<a>\bsales\b)|(?P<b>\bshares\b(?! of))", r"\b(?=\w)"),
        (r"\b(?:selling|sell)\s+shares\b", r"\b(?=\w)"),
        (r"\b[a-z]+", r"\b(?=\w)"),
        (r"\b\w+", r"\b(?=\w)"),
        (r"\b\d", r"\b(?=\w)"),
        (r"(?<![\d.])\b(?:FY\s?)?\d{4}\b", r"\b(?=\w)"),  # a look-behind first; an optional part, then what follows
        (r"(?=s)\bs", r"\b(?=\w)"),
        # a look-behind that wants a non-word character last, or refuses every word character, then a
        # word character: a word begins there
        (r"(?<=\d )(?:sales|shares)\b", r"\b(?=\w)"),
        (r"(?<=[%4] )as\b", r"\b(?=\w)"),
        (r"(?<=\bfell )\d", r"\b(?=\w)"),
        (r"(?<![\w-])selling\b|\bsales", r"\b(?=\w)"),
        (r"(?<=\d)shares", r"(?=\w)"),  # a digit before: inside a word ("3shares")
        (r"(?<=[e ])s\w*", r"(?=\w)"),  # a letter may stand before
        (r"(?<![-.])selling", r"(?=\w)"),  # a letter may stand before ("re-selling" is refused, "xselling" not)
        (r"(?<=[^a])s\w*", r"(?=\w)"),  # a negated set may take a letter
        (r"(?<![^\w])s\w*", r"(?=\w)"),  # refusing a negated set of word characters wants one ("3shares")
        (r"(?<![^\w-])sales", r"(?=\w)"),
        (r"(?<![\d.,])(?P<digits>\d+(?:\.\d+)?)|\b(?P<word>three|five)\b", r"(?=\d|\b\w)"),  # a number: a digit anywhere
        (r"(?:\bFY)?\d", r"(?=\d|\b\w)"),
        (r"[0-9]+%", r"(?=\d)"),
        (r"(?P<a>sales)|(?P<b>\bshares)", r"(?=\w)"),  # one branch may start inside a word
        (r"shares", r"(?=\w)"),  # "3shares" matches
        (r"\b(?:FY)?\s", None),  # without the optional part, the match begins with a space
        (r"\b\w*", None),  # may match nothing
        (r"\b(?:x|)", None),
        (r"\b[^a]", None),  # a negated set may match a non-word character
        (r"\b£", None),
        (r"(?i)\bshares", None),  # global flags must stay first: compiled as is
        (r"\.", None),
    ],
)
def test_word_start_regex_guards_only_what_it_can_prove(pattern, guard):
    compiled = word_start_regex(pattern, re.IGNORECASE)
    assert compiled.pattern == (f"{guard}(?:{pattern})" if guard else pattern)
    plain = re.compile(pattern, re.IGNORECASE)
    # (and with the test of a match's first character after the guard, where one is proved)
    lettered = word_start_regex(pattern, re.IGNORECASE, first_character=True)
    test = first_character_test(pattern, re.IGNORECASE)
    assert lettered.pattern == (f"{guard}{test}(?:{pattern})" if guard else pattern)
    for regex in (compiled, lettered):
        assert [(m.span(), m.lastgroup) for m in regex.finditer(TEXT)] == [(m.span(), m.lastgroup) for m in plain.finditer(TEXT)]
        for start in range(0, len(TEXT), 7):  # a window: the boundary before its start reads the text before it
            got = [m.span() for m in regex.finditer(TEXT, start, start + 30)]
            assert got == [m.span() for m in plain.finditer(TEXT, start, start + 30)]


@pytest.mark.parametrize(
    ("pattern", "required"),
    [
        (r".{0,250}?\w\s*(?:[A-Z]\w*\s*/\s*(?:AP|AFP)|(?:AP|AFP)\s*/\s*[A-Z]\w*|\((?:AP|AFP)\))", {"/", "("}),
        (r"\d{1,2}[:.]\d{2}", {":", "."}),
        (r"(?:page\s+)?\d+/\d+", {"/"}),
        (r"(?:x/)+y", {"/"}),
        (r"(?:x/)?y", None),  # the slash is optional
        (r"a/b|c", None),  # one branch needs no slash
        (r"[^/]+", None),
        (r"advertisement", None),  # letters have case: never required, whatever the flags
    ],
)
def test_required_characters(pattern, required):
    found = required_characters(pattern, re.IGNORECASE)
    assert (set(found) if found is not None else None) == required
    if required:  # a text without any of them does not match; one with them may
        assert re.search(pattern, "Photo by Jane Doe AP 12 34 xy", re.IGNORECASE) is None


PHRASES = ["smart phones", "smartphones", "Smart TV", "sales", "Sales", "s", "tablets", "tablet", "TV", "tv", "2G", "5G"]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("phrases", [PHRASES, PHRASES[::-1], sorted(PHRASES, key=lambda p: (-len(p), p)), PHRASES[:3]])
def test_alternation_grouped_by_first_letter_matches_as_listed(phrases, flags):
    text = "Smart phones, smartphones and smart TV sales; Sales of TV, tv, tablets and 5G/2G s tablet SMART TV"
    grouped = re.compile(rf"\b{alternation(phrases)}\b", flags)
    listed = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", flags)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in listed.finditer(text)]
    assert [m.span() for m in listed.finditer(text)]  # the text holds some of them


def test_alternation_keeps_phrases_it_cannot_group_as_listed():
    assert alternation(["$", "€", "a", "b", "c", "d", "e", "f", "g"]) == "(?:\\$|€|a|b|c|d|e|f|g)"


@pytest.mark.parametrize(
    ("pattern", "test"),
    [
        (r"\bfoo|\bbar", "(?=[BFbf])"),
        (r"(?<!\d)\b(?:s(?:ales|hares)|tv)\b", "(?=[STstſ])"),  # "ſ" the engine folds to s
        (r"(?:FY)?2\d{3}", "(?=[2Ff])"),  # an optional part, then what follows
        (r"[0-3]+%", "(?=[0123])"),
        (r"\w+", ""),  # no small set
        (r"[^a]", ""),
        (r"x*", ""),  # may match nothing
        (r"\bü", ""),  # a letter outside ASCII: its cases are the engine's to fold
    ],
)
def test_first_character_test(pattern, test):
    assert first_character_test(pattern, re.IGNORECASE) == test
    if test:
        guarded, plain = re.compile(test + pattern, re.IGNORECASE), re.compile(pattern, re.IGNORECASE)
        assert [m.span() for m in guarded.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]


@pytest.mark.parametrize(
    ("pattern", "flags", "text", "span"),
    [
        # a case-blind group in a pattern that minds case: "In" and "AT" begin a match too
        (r"(?i:in|at) Tessby", 0, "Growers In Tessby", (8, 17)),
        (r"(?i:in|at) Tessby", 0, "AT Tessby", (0, 9)),
        # characters outside ASCII the engine folds to an ASCII letter when case is ignored
        (r"istanbul", re.IGNORECASE, "İSTANBUL", (0, 8)),
        (r"(?i:kelvin)", 0, "\u212aELVIN", (0, 6)),
        (r"sales", re.IGNORECASE, "ſALES", (0, 5)),
    ],
)
def test_a_first_character_test_admits_every_character_the_engine_folds(pattern, flags, text, span):
    """(s20) A test that read a case-blind group by its letters as written ("(?=[ai])" before "(?i:in|at)") refused
    "In Tessby" and the Kelvin sign's "KELVIN" (the test stands outside the group, minding case)."""
    assert re.search(pattern, text, flags).span() == span
    assert re.search(first_character_test(pattern, flags) + pattern, text, flags).span() == span


@pytest.mark.parametrize(
    ("pattern", "guarded"),
    [
        (r"(?:sales|shares|fell)\s+$", True),  # a list of words, then the window's end
        (r"\b(?:fell|rose)\s+$|(?:as|of)\s+$", True),  # the test stands before every branch
        (r"(?-i:[A-Z])[\w'-]*-selling\s+$", True),
        (r"\w+\s+$", False),  # no small set: as is
        (r"(?i)shares\s+$", False),  # global flags stay first: as is
    ],
)
def test_first_character_regex_searches_as_the_pattern(pattern, guarded):
    compiled = first_character_regex(pattern, re.IGNORECASE)
    assert (compiled.pattern != pattern) is guarded
    plain = re.compile(pattern, re.IGNORECASE)
    for end in range(len(TEXT) + 1):  # every window of 60 characters before a position, as a name's
        before = TEXT[max(0, end - 60) : end]
        found, expected = compiled.search(before), plain.search(before)
        assert (found and found.span()) == (expected and expected.span())


# Named branches sharing first letters, one beginning with several, one that may begin inside a word,
# and two that match at one position (the earlier must win).
BRANCHES = [
    ("rise", r"\b(?:rose|rise|rises)\b"),
    ("share", r"(?<!/)\bshares?\b(?! of)"),
    ("sale", r"\b(?:selling|sell)\s+shares\b|\bsales\b"),
    ("fall", r"\b(?:fell|falls?)"),
    ("many", r"\b(?:fiscal|fy|re-|s)\w*"),
    ("money", r"[£$]\d+"),
    ("digits", r"[0-9]+"),
]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("branches", [BRANCHES, BRANCHES[::-1], BRANCHES[:2]])
def test_named_branches_by_first_character_match_as_listed(branches, flags):
    dispatched = word_start_regex(named_branches_by_first_character(branches, flags), flags)
    listed = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in branches), flags)
    got = [(m.span(), branch_name(m)) for m in dispatched.finditer(TEXT)]
    assert got == [(m.span(), m.lastgroup) for m in listed.finditer(TEXT)]
    assert len({name for _, name in got}) > 1  # the text matches several branches
    for start in range(0, len(TEXT), 7):
        window = [(m.span(), branch_name(m)) for m in dispatched.finditer(TEXT, start, start + 30)]
        assert window == [(m.span(), m.lastgroup) for m in listed.finditer(TEXT, start, start + 30)]


def test_named_branches_by_first_character_tests_a_few_sets_per_position():
    pattern = named_branches_by_first_character(BRANCHES, re.IGNORECASE)
    assert pattern.startswith("(?=[")  # a tree of first-character tests, not one test per branch
    assert pattern.count("(?P<many_") == 3  # under each of f, r and s (F and f are one key when case is ignored)


def test_named_branches_that_may_begin_anywhere_each_keep_a_test_of_their_own():
    branches = [("word", r"\w+"), ("share", r"\bshares?")]
    pattern = named_branches_by_first_character(branches, re.IGNORECASE)
    assert pattern == r"(?P<word_0>\w+)|(?P<share_0>(?=[Ssſ])\bshares?)"
    listed = re.compile("|".join(f"(?P<{name}>{p})" for name, p in branches), re.IGNORECASE)
    compiled = re.compile(pattern, re.IGNORECASE)
    assert [(m.span(), branch_name(m)) for m in compiled.finditer(TEXT)] == [
        (m.span(), m.lastgroup) for m in listed.finditer(TEXT)
    ]


# Branches whose matches all begin a word, one that may begin inside a word, one at a digit, and one
# that may begin with a space (no guard can be proved): each alone and together.
GUARDED = [
    [("rise", r"\b(?:rose|rise)\b"), ("fall", r"\bfell")],
    [("rise", r"\b(?:rose|rise)\b"), ("share", r"shares")],
    [("digits", r"[0-9]+"), ("fall", r"\bfell")],
    [("rise", r"\brose"), ("space", r"\s+fell")],
    [("word", r"\w+"), ("share", r"\bshares?")],
]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("branches", [BRANCHES, BRANCHES[::-1], *GUARDED])
def test_named_branches_regex_is_the_alternation_word_start_regex_makes(branches, flags):
    """One parse of each branch proves the guard that parsing the whole alternation proves."""
    assert (
        named_branches_regex(branches, flags).pattern
        == word_start_regex(named_branches_by_first_character(branches, flags), flags).pattern
    )


def test_the_metrics_cues_regex_finds_what_each_metrics_whole_branch_finds():
    """METRIC_RE, built from each metric's alternatives (its patterns, then each cue phrase), finds
    the same cue of the same metric as the alternation of each metric's whole branch, in order: on
    the seeds and on a text of every cue phrase (each as written, continued, and run into the next)."""
    from loaders.extract.claims.context import METRIC_RE
    from loaders.extract.claims.vocabulary import metrics
    from loaders.vocab import load
    from tests.conftest import SEEDS

    listed = re.compile("|".join(f"(?P<m{i}>{pattern})" for i, (_, pattern) in enumerate(metrics())), re.IGNORECASE)
    phrases = [cue.rstrip("*") for entry in load("metrics")["metrics"] for cue in entry.get("cues", [])]
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts.append(" ".join(f"The {p} rose 5%; {p.upper()}ed {p}s. {p}" for p in phrases))
    for text in texts:
        found = [(m.span(), branch_name(m)) for m in METRIC_RE.finditer(text)]
        assert found == [(m.span(), m.lastgroup) for m in listed.finditer(text)]
        assert len({name for _, name in found}) > 3
    # a guard was proved: every alternative begins a word (those after a look-behind too)
    assert METRIC_RE.pattern.startswith(r"\b(?=\w)")


# Words sharing first letters, one a prefix of another ("say" before "says": the earlier must win), one
# in two words, one only in lower case behind a look-behind (as the Taglish speech verbs are written).
WORDS = r"say|says|said|sold|told|a\ ajouté|added|(?<=, )(?-i:ani)|rose"
WORDS_TEXT = "Ann Lee SAYS she said, ani Ben, that it rose; Mr Told added: a ajouté, Ani, says, sold, sayso."


def test_alternation_by_first_letter_matches_as_the_alternation():
    tree = alternation_by_first_letter(WORDS)
    assert tree.startswith("(?=(?i:[") and tree.count("(?=(?i:s))") == 1  # a test per first letter, not per word
    for template in (r"\b({})\b", r"(?:{})", r"\s+(?P<verb>{})\b"):
        plain = re.compile(template.format(WORDS), re.IGNORECASE)
        dispatched = re.compile(template.format(tree), re.IGNORECASE)
        expected = [(m.span(), m.groups()) for m in plain.finditer(WORDS_TEXT)]
        assert [(m.span(), m.groups()) for m in dispatched.finditer(WORDS_TEXT)] == expected
        assert len(expected) > 5
        for start in range(len(WORDS_TEXT)):
            found, wanted = dispatched.match(WORDS_TEXT, start), plain.match(WORDS_TEXT, start)
            assert (found and (found.span(), found.groups())) == (wanted and (wanted.span(), wanted.groups()))


@pytest.mark.parametrize(
    ("alternation_", "flags"),
    [
        ("said|(?:told|asked)", re.IGNORECASE),  # two alternatives (a "|" inside a group splits none)
        ("said|[|]told", re.IGNORECASE),  # ... (nor one inside a set)
        ("said|\\d+|told", re.IGNORECASE),  # an alternative beginning with no one letter
        ("said|élu", re.IGNORECASE),  # ... nor an ASCII one
        ("said|told|sold|asked|added|noted|warned", re.IGNORECASE),  # fewer than eight: tried one by one
        ("said|told|sold|asked|added|noted|warned|\\w+ly", re.IGNORECASE),  # any word character first
        ("said|told|sold|asked|added|noted|warned|told(", re.IGNORECASE),  # no pattern
        ("(sold)|(told)|(said)", re.IGNORECASE),  # capturing groups: their numbers would move
        ("sold|(?P<t>told)", re.IGNORECASE),
    ],
)
def test_alternation_by_first_letter_leaves_what_it_cannot_prove(alternation_, flags):
    assert alternation_by_first_letter(alternation_, flags) == alternation_


def test_alternation_by_first_letter_tests_letters_in_either_case_in_a_case_exact_host():
    # the rewrite used in a case-exact pattern: the words keep their case
    words_ = "Said|told|Sold|Told|said|Asked|added|Noted|wrote|Warned"
    for flags in (0, re.IGNORECASE):
        tree = alternation_by_first_letter(words_, flags)
        assert tree.count("(?=(?i:s))") == 1
        plain = re.compile(rf"\b(?:{words_})\b X")
        dispatched = re.compile(rf"\b(?:{tree})\b X")
        text = "Said X, said X, told X, Told X, Sold X, SOLD X, asked X, Asked X, wrote X, WROTE X, warned X"
        assert [m.span() for m in dispatched.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert len(plain.findall(text)) == 7


# Phrases as (first character, rest) pairs, as `alternation` and the claim cues give them: letters in both
# cases, a prefix before its longer phrase, a digit, a letter all of whose phrases share one first character.
PAIRS = [("s", "ay"), ("S", "ays"), ("s", "aid"), ("t", "old"), ("T", r"old\ off"), ("r", r"ose\w*"), ("5", "G"), ("f", "ell")]
PAIRS_TEXT = "Ann SAYS she said; Told off, it rose and rosen; 5G fell, says Sold told say sayso Fell 5g rOSE."


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("pairs", [PAIRS, PAIRS[::-1], PAIRS[:7]])
def test_alternation_by_first_letter_of_pairs_matches_as_the_alternation(pairs, flags):
    tree = alternation_by_first_letter(pairs)
    plain = "(?:" + "|".join(first + rest for first, rest in pairs) + ")"
    if len(pairs) < 8:
        assert tree == plain
    else:
        assert tree.startswith("(?:(?=(?i:[") and tree.count("(?=(?i:s))") == 1 and "f(?:ell)" in tree
    for template in (r"\b{}\b", r"{}", r"(?P<w>{})s?"):
        expected = re.compile(template.format(plain), flags)
        dispatched = re.compile(template.format(tree), flags)
        found = [(m.span(), m.groups()) for m in dispatched.finditer(PAIRS_TEXT)]
        assert found == [(m.span(), m.groups()) for m in expected.finditer(PAIRS_TEXT)]
        assert len(found) > 5
        for start in range(len(PAIRS_TEXT)):
            got, wanted = dispatched.match(PAIRS_TEXT, start), expected.match(PAIRS_TEXT, start)
            assert (got and (got.span(), got.groups())) == (wanted and (wanted.span(), wanted.groups()))


def test_alternation_by_first_letter_of_pairs_leaves_a_first_character_no_ascii_letter():
    for odd in [(" ", "and"), ("é", "lu"), ("-", "based")]:
        pairs = [*PAIRS, odd]
        assert alternation_by_first_letter(pairs) == "(?:" + "|".join(re.escape(f) + r for f, r in pairs) + ")"


def test_alternation_groups_literal_phrases_and_matches_as_their_plain_alternation():
    phrases = ["said", "Said that", "says", "told", "to", "rose", "Rose", "fell", "fallen", "5G"]
    grouped = alternation(phrases)
    assert grouped.startswith("(?:(?=(?i:[")
    plain = "(?:" + "|".join(re.escape(p) for p in phrases) + ")"
    text = "It said, Said that, says Rose; told to, fell, fallen 5G rose said that TOLD."
    for flags in (0, re.IGNORECASE):
        assert [m.span() for m in re.finditer(grouped, text, flags)] == [m.span() for m in re.finditer(plain, text, flags)]


# A group holding "|", a set holding "|", an escaped "|", and alternatives that may begin with one of
# several letters ("(?:re)?wrote", "[Ss]old|[Tt]old" split in two): each stands under every letter it may
# begin with, in its place.
GROUPED = r"said|(?:told|asked) him|[|]x|(?:re)?wrote|[Ss]old|[Tt]old|a\|b|noted|(?:machine|engine)[- ]?builder|warned"
GROUPED_TEXT = "He said, told him, asked him | x |x rewrote wrote Sold sold a|b NOTED engine-builder machine builder warned."


def test_alternation_by_first_letter_splits_only_outside_groups_sets_and_escapes():
    from loaders.vocab import _top_level_alternatives

    assert _top_level_alternatives(GROUPED) == [
        "said", "(?:told|asked) him", "[|]x", "(?:re)?wrote", "[Ss]old", "[Tt]old", r"a\|b", "noted",
        "(?:machine|engine)[- ]?builder", "warned",
    ]  # fmt: skip
    assert _top_level_alternatives("[]|]a|[^]|]b|c") == ["[]|]a", "[^]|]b", "c"]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_alternation_by_first_letter_puts_an_alternative_of_several_first_letters_under_each(flags):
    pattern = "(?:said|(?:told|asked) him|(?:re)?wrote|[Ss]old|[Tt]old|a\\|b|noted|(?:machine|engine)[- ]?builder|warned)"
    tree = alternation_by_first_letter(pattern[3:-1], flags)
    assert tree.count("(?:re)?wrote") == 2 and tree.count("(?:machine|engine)[- ]?builder") == 2
    plain, dispatched = re.compile(pattern, flags), re.compile(f"(?:{tree})", flags)
    text = "He said, told him, asked him, rewrote wrote Sold sold a|b NOTED engine-builder machine builder warned told."
    assert [m.span() for m in dispatched.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(plain.findall(text)) >= (11 if flags else 10)
    assert alternation_by_first_letter(GROUPED, flags) == GROUPED  # "[|]x": may begin with no letter


def test_opening_alternation_by_first_letter_rewrites_only_an_opening_group():
    from loaders.vocab import opening_alternation_by_first_letter

    words_ = "bank|company|firm|group|maker|lender|insurer|(?:machine|engine)[- ]?builder"
    rewritten = opening_alternation_by_first_letter(rf"(?:{words_})\s+$")
    assert rewritten.startswith("(?:(?=(?i:[") and rewritten.endswith(r")\s+$")
    text = "the bank  ", "a Machine builder ", "an insurer", "Group ", "the engine-builder  \n"
    for before in text:
        found = re.search(rewritten, before, re.IGNORECASE)
        wanted = re.search(rf"(?:{words_})\s+$", before, re.IGNORECASE)
        assert (found and found.span()) == (wanted and wanted.span())
    for unchanged in (rf"\b(?:{words_})\s+$", rf"(?:{words_})+\s+$", "(?:bank|firm)\\s+$", rf"(?:{words_}"):
        assert opening_alternation_by_first_letter(unchanged) == unchanged
