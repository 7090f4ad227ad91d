"""Entity extraction stays linear in the length of its text: each shape that
once made it crawl, at 64 KB, must finish well inside a generous guard.
(Timing per doubling is measured by benchmarks/bench_entities.py, not here.)"""

from __future__ import annotations

import pytest

from loaders.extract.entities import find_entities
from loaders.spans import Span
from tests.timing import doubling_ratios

SIZE = 64 * 1024
CATALOGUE = {"organisations": [{"name": "Velmora"}, {"name": "Kestrel Motors", "aliases": ["Kestrel"]}]}
SHAPES = [
    ("initials", "A. "),
    ("titles with stops", "Mr. "),
    ("capitalised words", "Aa "),
    ("long organisation name", "Big "),
    ("places", "Paris "),
    ("catalogue names", "Velmora "),
    ("model names", "Kestrel K7 "),
    ("speakers", "Jane Doe said. "),
    ("honorific and surname", "Mr Smith "),
    ("people", "Aa Bb said "),
    ("paragraphs", "A.\n\n"),
    ("acronym in brackets", "Harlow and Finch (HF) "),
    ("possessives", "Ann Lee's "),
    ("roles in a run", "Kestrel CEO Ann Lee "),
    ("launched products", "Velmora launched the Aa Pro. "),
    ("categories", "smartphones and tablets "),
    ("places in apposition", "Aa, a small town, "),
    ("divisions of two words", "Aa Bb and Cc Dd "),
    # places read from their context: lists after a locative, "-based", states, kinds of place, brands
    ("towns in a list", "in Ostrava, Brno, Koper, "),
    ("towns before their states", "Joplin, Missouri, "),
    ("towns before -based", "A Kandy-based "),
    ("kinds of place", "the Aa River and the Bb and Cc provinces "),
    ("lower-case brands", "zapply 4 adds. "),
    ("capitalised locatives in a list", "In Xa, "),
    ("names joined by ampersands", "Aa & Bb "),
    ("names cut short", "Ab Hydropower Company and Ab Hydro. "),
    # the e5 round's rules: a list after a plural kind, Spanish joiners, "between", a site in a town,
    # a weak organisation that is a place, a name without its kind word
    ("names listed after a plural kind", "the unions Aa-Bb, Cc and "),
    ("bodies' names with joiners", "Comisión para el Aa para la "),
    ("towns between towns", "between Geneva and Basel and "),
    ("sites in towns", "the plant at Aa in Geneva "),
    ("weak organisations that are places", "in Ahensan. Ahensan management at Ahensan "),
    ("names without their kind word", "PT Aa Bb Cc and Aa Bb "),
    ("routes between towns", "from Geneva to Aa from "),
    ("places based in", "based in Aa Bb based in "),
    # the e6 round's rules: a known town before ", where", a name and its state after a locative,
    # a site's place at a line, the edge of a place
    ("towns before where", "from Kemalpaşa, where from Aa, where "),
    ("a town and its state after a locative", "in Aa Bb, Texas, in Cc, "),
    ("lines at towns", "a line at Geneva a line at "),
    ("edges of places", "the northern edge of Aa Bb the northern edge of "),
    # the c8 round's rules: a term's acronym, a role's title written out, a period's report, list items
    ("terms' acronyms", "net interest margin (NIM) and the net interest margin "),
    ("roles' titles", "Ann Lee, Chief Financial Officer: "),
    ("periods' reports", "Aa Bb's third-quarter numbers "),
    ("list items", "\n- Net profit "),
    # the e7 round's rules: lists after "from", the villages around a place, a body named in its own
    # language (each opening walks a bounded number of words), firms joined by "and", a place read
    # again, mayors' towns, a business's town after "of", model codes with a hyphen
    ("lists after from", "people from Aa, Bb and the villages around Cc from "),
    ("bodies named in their own language", "Fonds de la des et du Aa bb-cc de "),
    ("openings with no name", "Conseil Conseil du "),
    ("firms joined by and", "Aa and Bb, a law firm, Cc and "),
    ("places named again", "Aa City Mayor Bb. in Aa City "),
    ("businesses of towns", "Aa Engineering of Germiston "),
    ("hyphenated models", "the SB-300 the Vantor 9R "),
    # joiners read one way or two ("para los", "para" + "los") before no name: 2**k ways once
    ("joiners before no name", "Aa" + " para los" * 24 + " x. "),
    ("names after near, lists at sites", "a plant near Aa on Bb near branches at Aa, Bb, farmers at Los Lagos, "),
    ("rivers and owners", "the plant on the Aa a family firm from Aa on the "),
    ("bearings, bodies joined by and, carriers", "west of Aa Fire and Rescue Service moves boxes for Aa and Bb, west of "),
    (
        "towns of businesses, councillors, camel case, appositions",
        "a Porto law firm Aa Bb regional councillor the union that represents them, AaBb, lives in Aa da Bb and ",
    ),
    # the e10 round's rules: a site at a place, the old site, off the coast, places of their kind
    # ending in a weak word, a ferry between two places
    (
        "sites at, old sites, off, weak kinds, routes",
        "a plant at Aa Bb the old Aa Bb plant fishing off Aa Bb Aa Bb Head the ferry between Aa and Bb south of the ",
    ),
    (
        "routes' ends, lists off the coast, trades before a business",
        "the Aa to Bb ferry fishing off Aa and Bb and Aa engineers Bb Solutions Aa River Bb on Aa Road ",
    ),
    # the c11 round's rules: tickers after names, a dollar's letters after a name
    ("tickers after names", "Aa Foods (BIST: AAF) and Bb Foods (BBF US) AAF BBF "),
    ("dollar letters after names", "Aa Holdings for US$5 and Bb Holdings for NZ$4 "),
    # the e11 round's rules: going up or round to a name, a ship calling at ports, a kind and a particle
    ("going up to, calling at, kinds with particles", "up to Aa round to Bb calls at Aa and Bb Ría de Aa Cabo de la "),
    # the c12 round's rules: a filing's defined terms, a company's organs, a town before a company noun
    ("defined terms", 'Aa Foods Ltd (the "Company") and Bb Mills Ltd ("Bb" or the "Target") the Company the Target '),
    ("bracketed pairs of terms", 'Aa Patika Nyrt. (the "Company"; together with its subsidiaries, the "Group") the Group '),
    ("organs and towns", "The Management Board of Aa Foods Spółka Akcyjna and the Płock group and the Riga company "),
    # the m3 round's rules: a qualified division, a count of workers in a place, a town set
    # off after "of", goods carried from towns, a ferry from a town
    (
        "qualified divisions, counted workers, set-off towns, carried goods",
        "the Aa Bb wine region 310 people in Aa Bb, of Paris, carries food from Paris and Lyon ferry from Aa ",
    ),
    # a person of a place, people coming from a list, a crop grown somewhere (the e12 round's scanners)
    ("people and crops from places", "a farmer from Aa Bb who came from Aa, Bb and Cc kelp grown on Aa "),
    # the e13 round's scanners: a legal form before a name, a lower-case kind after one, an island in
    # a country, a villager "of" a place, a town after a business, a recurring name on an island
    (
        "bodies by their own grammar, islands, villagers, businesses' towns",
        "UAB Aa bb cc Aa bankas Bb on Aa in Spain contractor Aa Bb of Cc Aa Foods from Paris visited Aa ",
    ),
    # the e14 round's scanners: a place's own coast after its possessive, land between two places, a
    # road through towns, a trade before a name
    (
        "coasts, land between places, roads through towns, trades before names",
        "Aa Bb's south shore 40 hectares between Aa and Bb the road through Aa, Bb and Cc Fisherman Aa Bb Cc ",
    ),
    # the e17 round's cut of a person before "of" and a body a name opens: a bounded stretch, however long the run
    ("people of bodies a name opens, in one run", "Ana Reyes of Banco Orvo Lind of Bank Tessa "),
    # the e25 round's rules and their review's guards: a town's two names joined by a slash (after a locative, a
    # legal form's locative, a postcode, a photo's credit, chained), a town between a legal form and its land, an
    # agency's dateline, a legal act's union, zones' and divisions' words, a company organ of a defined term
    ("slashed pairs after locatives", "in Aaa/Bbb "),
    ("slashed pairs chained", "Aa/Bb/"),
    ("slashed pairs after legal forms, postcodes and credits", "Orvo d.d. from Aa/Bb, 6320 Aa/Bb (Photo: Ann Aa/Bb) "),
    ("towns after legal forms", "Orvo Ltd., Aaa (Germany) and "),
    ("slashed towns after legal forms", "Ltd., Aa/Bb (Germany) and "),
    ("agency datelines", "Tessaro, Meskerem 12/2019 (XNA) - The council met.\n\n"),
    ("legal acts' unions", "Regulation (EU) "),
    ("zones and divisions", "the business zone Aa Bb chose the distrito de Juan Aa "),
    ("organs of defined terms", "The Management Board of the Company and the Supervisory Board of the Aa Group "),
    # the fixpasses3 review's HIGH 1: whether an initial and a family name is a person's, decided once per name
    ("initial and family name repeated", "The K. Tessmer plant rose. "),
]


@pytest.mark.timeout(20)
def test_a_long_word_of_capitals_finishes():
    """A checksum or a code printed as one long word of capitals: each capital inside it opens no new name
    (a name before "in the" starts at a word's start)."""
    text = "Farmers in the Orvai said prices rose in Kandy. Checksum: " + "A" * SIZE + " The end."
    found = find_entities(text, [Span(0, len(text))], CATALOGUE)
    assert all(m.span.of(text) for m in found.mentions)


def _distinct_surnames(count: int) -> str:
    """Ann Baaaaa said. Ann Baaaab said. ...: many people sharing a first name, surnames one letter apart."""
    letters = "abcdefghij"
    names = []
    for number in range(count):
        tail = "".join(letters[int(digit)] for digit in f"{number:05d}")
        names.append(f"Ann B{tail} said. J. B{tail} agreed.")
    return " ".join(names)


@pytest.mark.timeout(60)
def test_many_people_sharing_a_first_name_finish():
    text = _distinct_surnames(SIZE // 32)
    found = find_entities(text, [Span(0, len(text))], CATALOGUE)
    assert len(found.names("person")) > 100


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name, unit", SHAPES, ids=[name for name, _ in SHAPES])
def test_pathological_shapes_finish(name, unit):
    text = unit * (SIZE // len(unit))
    if name == "long organisation name":
        text = "The " + text + "Co"
    zones = [Span(p, p + 1) for p in range(0, len(text), 3)] if name == "paragraphs" else [Span(0, len(text))]
    found = find_entities(text, zones, CATALOGUE)
    assert all(m.span.of(text) for m in found.mentions)


def _turn_labels_in_capitals_seconds(size: int) -> float:
    """CPU seconds of the people rule of turn labels in capitals over a transcript of two speakers whose
    capitals labels alternate, `size` characters long."""
    import time

    from loaders.extract.entities.people import people_in_turn_labels_in_capitals
    from loaders.extract.entities.state import ArticleState

    unit = (
        "HOST MIRELA VOSS: Where were you when the lights went out across the valley?\n\n"
        "ENGINEER TOMAS KERR: On the ridge, checking the pylons after the storm had passed.\n\n"
    )
    text = (unit * (size // len(unit) + 1))[:size]
    article = ArticleState(text, [Span(0, len(text))])
    started = time.process_time()
    people_in_turn_labels_in_capitals(article)
    seconds = time.process_time() - started
    assert {"Mirela Voss", "Tomas Kerr"} <= article.found.names("person")
    return seconds


@pytest.mark.timeout(120)
def test_people_of_turn_labels_in_capitals_grow_linearly():
    """A long transcript of labels in capitals (q23 review H3): whether each name is printed in running text
    too is decided once per distinct name in one pass over the text, not by a search of the whole text at
    every label (about 4x per doubling when it was). CPU seconds at two sizes, the best of three tries."""
    ratios = doubling_ratios(_turn_labels_in_capitals_seconds, 64 * 1024, 128 * 1024)
    assert min(ratios) < 3, ratios


def _e25_shapes_seconds(size: int) -> float:
    """CPU seconds of entity extraction over the e25 round's shapes (review of e25, LOW 8), `size` characters."""
    import time

    unit = (
        "in Aaa/Bbb Orvo d.d. from Aa/Bb, 6320 Cc/Dd (Photo: Ann Ee/Ff) Orvo Ltd., Aaa (Germany) and "
        "Ltd., Aa/Bb (Germany) and Regulation (EU) the business zone Aa Bb chose the distrito de Juan Aa "
        "The Management Board of the Company met.\n\nTessaro, Meskerem 12/2019 (XNA) - The council met.\n\n"
    )
    text = (unit * (size // len(unit) + 1))[:size]
    started = time.process_time()
    find_entities(text, [Span(0, len(text))], CATALOGUE)
    return time.process_time() - started


@pytest.mark.timeout(240)
def test_the_e25_shapes_grow_linearly():
    """The e25 round's regexes (slashed pairs, towns after legal forms, agency datelines, legal acts' unions,
    zones, organs of defined terms): about 2x per doubling, no backtracking that grows with the text."""
    ratios = doubling_ratios(_e25_shapes_seconds, 32 * 1024, 64 * 1024)
    assert min(ratios) < 3, ratios


def _one_long_capitalised_word_seconds(size: int) -> float:
    """CPU seconds of entity extraction over a sentence holding one capitalised word `size` letters long
    after a locative (a blob or a run-together string pasted into an article)."""
    import time

    text = "The plant in Aa " + "B" + "b" * size + " opened."
    started = time.process_time()
    find_entities(text, [Span(0, len(text))], CATALOGUE)
    return time.process_time() - started


@pytest.mark.timeout(120)
def test_one_long_capitalised_word_grows_linearly():
    """One very long capitalised word (e25 review, LOW 8: 1.7 s at 20,000 letters, 159 s at 200,000): the check
    for words run together ("salesTeam") starts only at a run of lower-case letters' first letter, not at each
    letter of it, so one run is read once."""
    ratios = doubling_ratios(_one_long_capitalised_word_seconds, 16 * 1024, 32 * 1024)
    assert min(ratios) < 3, ratios


def _e26_shapes_seconds(size: int) -> float:
    """CPU seconds of entity extraction over the e26 round's shapes (link lines opening with known towns, a
    company named after a town, lists after a division's plural or growers and "of", routes, islands, undated
    agency datelines), `size` characters."""
    import time

    unit = (
        "Automobiles Ende SA hired.\n\nRead also:\n- Ende: boats\n- Kupang, the market\n- Suai: roads\n\n"
        "the regencies of Aa, Bb Cc, Dd and Ee and the producers of Jumilla, Yecla and Bullas shipped from the "
        "port of Kupang to Ende in Aab, on the island of Bali.\n\nEnde, W Orvala (XNA) - The boats.\n\n"
        "Molinos del Ende buys from the producers of Ende and Kupang.\n\n"
    )
    text = (unit * (size // len(unit) + 1))[:size]
    started = time.process_time()
    find_entities(text, [Span(0, len(text))], CATALOGUE)
    return time.process_time() - started


@pytest.mark.timeout(240)
def test_the_e26_shapes_grow_linearly():
    """The e26 round's rules: about 2x per doubling; the names printed after a name are read once per article,
    not once per link line."""
    ratios = doubling_ratios(_e26_shapes_seconds, 32 * 1024, 64 * 1024)
    assert min(ratios) < 3, ratios


def _e28_distinct_name(number: int) -> str:
    """Kaaaaael, Kaaaabel, ...: a company's name of its own for each sentence."""
    return "K" + "".join("abcdefghij"[int(digit)] for digit in f"{number:05d}") + "el"


_E28_SHAPES = {
    # a name, a spaced dash, another name and a legal form (the review's shape)
    "dashed heads": "The company {name} – Orvale Transportes, Lda. signed. ",
    # a company's name, a spaced dash, its trade and its legal form: one name
    "dashed heads joined": "The company {name} – Transportes Marítimos, Lda. signed. ",
    # a villager "of" a place, beside companies of their own names
    "villagers of": "{name} Fish Ltd hired a fisherman of Tessby. ",
    # a list after "the islands of", beside companies of their own names
    "islands of": "{name} Fish Ltd buys from the islands of Tessa and Orvo. ",
}


def _e28_shape_seconds(unit: str, size: int) -> float:
    import time

    parts, length, number = [], 0, 0
    while length < size:
        parts.append(unit.format(name=_e28_distinct_name(number)))
        length += len(parts[-1])
        number += 1
    text = "".join(parts)[:size]
    started = time.process_time()
    find_entities(text, [Span(0, len(text))], CATALOGUE)
    return time.process_time() - started


@pytest.mark.timeout(300)
@pytest.mark.parametrize("shape", sorted(_E28_SHAPES))
def test_the_e28_shapes_grow_linearly(shape):
    """The e28 review's H3: a company's name before a dash looks for what holds its head among the mentions at
    its place, not among all of them, and gives the head back once; the villagers' and the islands' rules ask the
    organisations' first words of a set made once, not every organisation's name at each match. About 2x per
    doubling (3-4x when each match read every organisation's name)."""
    small = 128 * 1024 if shape.startswith("dashed heads") else 64 * 1024  # (the heads' scan shows late: cheap per mention)
    ratios = doubling_ratios(lambda size: _e28_shape_seconds(_E28_SHAPES[shape], size), small, 2 * small)
    assert min(ratios) < 3, ratios


def _q25_shapes_seconds(size: int) -> float:
    """CPU seconds of entity extraction over the q25 round's shapes and its review's fixes (a title, "of" and a body
    joined to the holder's name, a portfolio of two words, a body joined by "and" before a second title, a
    dedication opened by a possessive), `size` characters."""
    import time

    unit = (
        "The president of the Union of Hop Growers of Orvala Stjepan Horvat left. The Minister of Foreign Affairs "
        "Mark Thomas said so. The founder of Tessa Foods and Chief Executive Ana Lee said so. The director of "
        "Kestrel Torvik Bojan Kranjc agreed. Father Ivo Tamm, parish priest of the Parish Our Lady of the Tides, "
        "prayed.\n\n"
    )
    text = (unit * (size // len(unit) + 1))[:size]
    started = time.process_time()
    find_entities(text, [Span(0, len(text))], CATALOGUE)
    return time.process_time() - started


@pytest.mark.timeout(240)
def test_the_q25_shapes_grow_linearly():
    """The q25 round's rules and its review's fixes (review q25, LOW): about 2x per doubling."""
    ratios = doubling_ratios(_q25_shapes_seconds, 32 * 1024, 64 * 1024)
    assert min(ratios) < 3, ratios


_E29_SHAPES = {
    # another of a town's names read alone and beside the list's name, beside companies of their own names
    "other names": "{name} Fish Ltd sells in Meran and Orvo. Bozen/Bolzano boats call at Hondarribia (Fuenterrabía). ",
    # a table's column of stops, each row a stop in two languages, with weak organisations' names
    "table of stops": "{name} | 06:10 | 22:40\n",
    # a settlements' list in apposition
    "settlements in apposition": "The villages of the hinterland, {name}, Orvu and Tessby, voted. ",
}


def _e29_shape_seconds(unit: str, size: int) -> float:
    import time

    parts, length, number = ["Stop | First | Last\n" if "|" in unit else ""], 0, 0
    while length < size:
        parts.append(unit.format(name=_e28_distinct_name(number)))
        length += len(parts[-1])
        number += 1
    text = "".join(parts)[:size]
    started = time.process_time()
    find_entities(text, [Span(0, len(text))], CATALOGUE)
    return time.process_time() - started


@pytest.mark.timeout(300)
@pytest.mark.parametrize("shape", sorted(_E29_SHAPES))
def test_the_e29_shapes_grow_linearly(shape):
    """The e29 rules: the page's printing of a town's list name is read once per town (not at each of its other
    names), a table's weak organisations gathered once, the settlements' apposition read by one pass. About 2x per
    doubling."""
    ratios = doubling_ratios(lambda size: _e29_shape_seconds(_E29_SHAPES[shape], size), 64 * 1024, 128 * 1024)
    assert min(ratios) < 3, ratios


def _distinct_other_names_seconds(size: int) -> float:
    """CPU seconds of entity extraction over `size` characters naming a different town under another of its names
    in each short sentence, the town's list name after it (e29 review H3)."""
    import time

    from loaders.extract.gazetteer import other_town_names

    pairs = [line.split("\t") for line in other_town_names()._lines]
    pairs = [(other, town) for other, town in pairs if other.isalpha() and other.isascii()][::2]
    parts, length, number = [], 0, 0
    while length < size:
        other, town = pairs[number % len(pairs)]
        parts.append(f"Sales grew in {other}, and {town} agreed. ")
        length += len(parts[-1])
        number += 1
    text = "".join(parts)[:size]
    started = time.process_time()
    find_entities(text, [Span(0, len(text))], CATALOGUE)
    return time.process_time() - started


@pytest.mark.timeout(300)
def test_many_distinct_other_names_of_towns_grow_linearly():
    """The e29 review's H3: whether a page prints a town's list name is read from one index of the page's words
    made once per article, not by a scan of the whole page for each town an other name points at. About 2x per
    doubling (3x and more when each town scanned the page)."""
    ratios = doubling_ratios(_distinct_other_names_seconds, 128 * 1024, 256 * 1024)
    assert min(ratios) < 3, ratios
