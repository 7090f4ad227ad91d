"""Amounts in one sentence: money, percentages, fractions and counts, normalised.

Every number is found once by a simple token pattern, then read from short
windows on either side of it (a currency before it; a scale, the other end of
a range, a unit or a counted noun after it), so the work per number is
bounded and the whole is linear in the sentence's length.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from text_to_num import text2num

from loaders.data import iso
from loaders.extract.claims.vocabulary import (
    ACTS_ON_MODIFIER,
    AGE_CUES,
    ATTACHED_SCALES,
    CARRIED_BEFORE,
    CODE_ALIASES,
    COUNTED_BEFORE_A_NOUN,
    COUNTED_NOT_PRODUCTS,
    COUNTED_NOUNS,
    CURRENCY_WORDS,
    DESCRIBING_ENDINGS,
    DESCRIBING_WORDS,
    DEVICE_CUES,
    DEVICE_CUES_AFTER,
    DOLLAR_QUALIFIER_FOLLOWERS,
    DOLLAR_QUALIFIERS_AFTER,
    DURATIONS,
    FRACTIONS,
    LENGTH_CUES_AFTER,
    LENGTH_CUES_BEFORE,
    LENGTH_CUES_LAID,
    LOCAL_ONLY_WORDS,
    LOCAL_PREFIXES,
    LOWER_CASE_CURRENCY_WORDS,
    LOWER_CASE_NOUNS,
    MEASURES,
    MINOR_UNITS,
    MONEY_CUES,
    MONEY_WORDS_AFTER,
    NOT_A_MATERIAL_AFTER_OF,
    NOT_A_THING_WEIGHED,
    NOT_COUNTED,
    NUMBER_WORDS,
    ORDINALS,
    ORDINARY_CURRENCY_WORDS,
    PARTS_OF_A_SCALE,
    PREFIXES,
    PREMISES,
    QUALIFIERS,
    RATE_OPENERS,
    RUPEE_SCALE_CURRENCIES,
    RUPEE_SCALE_PARTS,
    RUPEE_SCALES,
    SCALED_SIGNS_AFTER,
    SCALES,
    SHARES_IN_WORDS,
    SHARES_NOT_AFTER,
    SIGN_COUNTRIES_AFTER,
    SINGULAR_COUNT_CUES,
    SINGULAR_COUNTS,
    SPACED_GROUPS_NOT_AFTER,
    SPACED_MEASURES,
    TRADES,
    WEIGHT_WORDS,
    WORLD_PRICED_BULK_UNITS,
    WORLD_PRICED_COMMODITIES,
    WORLD_PRICED_UNITS,
    is_currency_code,
    longest_first,
)
from loaders.spans import Span
from loaders.vocab import first_character_test, load, words

# (c25) the word for percent a machine translation leaves untranslated ("55 por ciento", "55 odsto"), lower case only
PERCENT_WORDS = words("numbers", "percent_words")

# Western grouping, Indian grouping ("2,50,000": lakh and crore), grouping by spaces (plain, no-break,
# thin or narrow no-break) as South African and European filings print it ("R2 400 000 000", "1 350 people": the last group not followed by
# another number, "1 350 2 100" being two), or none. At most four spaced groups (to the trillions): an
# unbounded run tried again at each of its groups would be quadratic on a long run of them. A day after
# a month's name, or a number after "No.", is no first group: "On March 3 150 workers" counts 150.
_SPACED_NOT_AFTER = "".join(rf"(?<!\b{re.escape(word)} )" for word in SPACED_GROUPS_NOT_AFTER)
# A decimal comma, as continental pages and their translations print it ("EUR 38,5 mio", "2,1 percent",
# "41,2 M$", "1,26 euros per share"): one or two digits after the comma (never a thousands group), read
# so only before a scale, a percentage, a scaled sign or a currency's word after the number.
# A weight or an area after it too ("2,4 tonnes", "1,5 kg", "3,6 ha"): one or two digits after a comma
# group no thousands there either.
# (m20) ... and power and energy ("2,4 MW", "1,25 GWh"): a plant's size, never a list of two numbers.
_DECIMAL_COMMA_UNITS = {"tonnes", "kilograms", "hectares", "MW", "GW", "MWh", "GWh", "TWh"}
_WEIGHTS_AND_AREAS = [
    "tonnes",
    "kilograms",
    "hectares",
    *sorted(unit for unit in _DECIMAL_COMMA_UNITS if unit[:1].isupper()),  # the symbols: "MW", "GWh"
    *(word for word, unit in COUNTED_NOUNS.items() if unit in _DECIMAL_COMMA_UNITS),
    *(symbol for symbol, (unit, _) in MEASURES.items() if unit in _DECIMAL_COMMA_UNITS and "." not in symbol),
]
_DECIMAL_COMMA = (
    rf"\d{{1,3}},\d{{1,2}}(?=[\s-]?(?:(?:{longest_first(SCALES)})(?![\w])|%|per ?cent\b|percent\b|percentage points?\b|p\.\s?p\."
    rf"|(?-i:{longest_first(SCALED_SIGNS_AFTER)})|(?:{longest_first(CURRENCY_WORDS)})\b"
    rf"|(?-i:{longest_first(_WEIGHTS_AND_AREAS)})\b))"
)
# A decimal comma after a currency's code ("BGN 12,40", "EUR 3,85 a share"): two digits after the comma, no
# more after them, group no thousands, and a code opens a sum, never a list of numbers.
_CODES_BEFORE = "|".join(sorted(code for code in {*iso.currency_codes(), *CODE_ALIASES} if len(code) == 3 and code.isupper()))
_CODE_DECIMAL_COMMA = (
    rf"(?=\d{{1,3}},\d\d(?![\d]|,\d))(?:(?<=(?-i:{_CODES_BEFORE}) )|(?<=(?-i:{_CODES_BEFORE})\u00a0)|(?<=(?-i:{_CODES_BEFORE})))"
    r"\d{1,3},\d\d"
)
# (m18) ... and after a currency's sign of a symbol ("US$0,65", "R$ 12,40"; not "Rs", "RM": letters): the same two
# digits and no more, in a sign's own sum. (One look-behind for each length of sign: each must be of a fixed width.)
_SYMBOL_SIGNS = sorted(sign for sign in PREFIXES if not sign.isalpha())
_AFTER_A_SYMBOL_SIGN = "|".join(
    rf"(?<=(?-i:{longest_first(sign for sign in _SYMBOL_SIGNS if len(sign) == length)}){space})"
    for length in sorted({len(sign) for sign in _SYMBOL_SIGNS})
    for space in ("", " ")
)
# (m20) ... and after a land's own letter sign glued to its sum (`by_country` prefixes: "R31,50", "Afl 24,75" are read
# as the land's money only in its story; no letter before the sign: "PR31,50" is no sum)
_LOCAL_LETTER_SIGNS = sorted(sign for sign in LOCAL_PREFIXES if sign.isalpha())
_AFTER_A_LOCAL_LETTER_SIGN = "|".join(
    rf"(?<=(?<![^\W\d_])(?-i:{longest_first(sign for sign in _LOCAL_LETTER_SIGNS if len(sign) == length)}){space})"
    for length in sorted({len(sign) for sign in _LOCAL_LETTER_SIGNS})
    for space in ("", " ")
)
_SIGN_DECIMAL_COMMA = rf"(?=\d{{1,3}},\d\d(?![\d]|,\d))(?:{_AFTER_A_SYMBOL_SIGN}|{_AFTER_A_LOCAL_LETTER_SIGN})\d{{1,3}},\d\d"
_DIGITS = (
    rf"{_DECIMAL_COMMA}|{_CODE_DECIMAL_COMMA}|{_SIGN_DECIMAL_COMMA}|"
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    # (review fixfp2) two dotted groups of three or more ("1.500.000"): thousands, no number has two decimal points
    r"|[1-9]\d{0,2}(?:\.\d{3}){2,4}(?![\d.,]\d|\d)"
    f"|{_SPACED_NOT_AFTER}"
    r"[1-9]\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3}){1,4}(?![ \u00a0\u2009\u202f]?\d)(?:\.\d+)?"
    # (m16) the Swiss and Liechtenstein apostrophe of thousands ("CHF 450'000", "1’250’000"): exactly three digits after
    # each apostrophe, no digit nor another apostrophe's digit after the last group (a time's "4'20" is none)
    r"|[1-9]\d{0,2}(?:['’]\d{3}){1,4}(?![\d]|['’]\d)(?:\.\d+)?"
    r"|\d{1,15}(?:\.\d{1,12})?"
)
_WORD = longest_first(NUMBER_WORDS)
# "three hundred and eighty", "four hundred twelve": the hundreds go on with their tens (not into another figure's
# hundreds: "between three hundred and four hundred")
_SPELLED = rf"{_WORD}(?:[- ]{_WORD})?(?:\s+hundred(?:\s+(?:and\s+)?{_WORD}(?:-{_WORD})?\b(?![\s-]+hundred\b))?)?"
# "40 (forty) refrigerated trucks", "1,500 (one thousand five hundred) shares": a filing's figure repeated in
# words in brackets, between the figure and its noun
_SPELLED_ECHO_RE = re.compile(
    rf"\s?\((?:{_WORD}|hundred|thousand|and)(?:[\s-]+(?:{_WORD}|hundred|thousand|and)){{0,8}}\)", re.IGNORECASE
)
# "thirty (30) refrigerated trucks", "one hundred fifteen (115) units": a filing's figure in words, repeated in
# digits in brackets before its noun (the words before the bracket, the digits the figure read)
_DIGITS_ECHO_BEFORE_RE = re.compile(
    rf"\b(?:{_WORD}|hundred|thousand|and)(?:[\s-]+(?:{_WORD}|hundred|thousand|and)){{0,8}}\s?\($", re.IGNORECASE
)
# "40 (mostly old) trucks", "22 (mostly leased) farms": a few lowercase words in brackets between a figure and
# its noun, an aside about what is counted (kept only where a counted noun follows it)
_ASIDE_RE = re.compile(r"\s?\((?:[a-z][a-z-]*)(?:\s[a-z][a-z-]*){0,3}\)")
_AFTER_A_STOPPED_SIGN = "".join(
    rf"|(?<=(?-i:(?<![A-Za-z]){re.escape(sign)}))" for sign in sorted(PREFIXES) if re.fullmatch(r"[A-Za-z]+\.", sign)
)
_NOT_A_RANK = "".join(rf"(?<!\b{re.escape(word)} )" for word in SHARES_NOT_AFTER)
_SHARE_OF = (
    rf"\s+(?:of\b|(?!(?:[A-Za-z-]+\s+)?(?:{longest_first(DURATIONS)})\b)(?:[A-Za-z-]+\s+)?"
    rf"(?!(?:{longest_first(NOT_COUNTED)})\b)[A-Za-z-]+(?<!s)(?<!u)s\b)"
)
_WORD_SCALES = longest_first(scale for scale in SCALES if scale.isalpha() and len(scale) > 3)
# Words after "of them" that make it a clause of its own ("half of them are", "a third of them will"), not a share's noun.
_VERBS_AFTER_THEM = "are|were|is|was|will|would|have|had|has|can|could|may|might|must|should|do|did|work|live|said|say"
_NUMBER = (
    # a whole and a half before a scale: "two and a half million cans", "1 and a half billion euros"
    rf"(?<![\d.,])\b(?P<and_half>(?:\d{{1,3}}|{_WORD}(?:-{_WORD})?)\s+and\s+a\s+half)(?=[\s-](?:{_WORD_SCALES})\b)"
    # (every form of digits begins with one: the test before the look-behinds spares them at every word)
    # (m18: or right after a sign of letters written with its stop, "Rs.29.92 crores", "Rp.15.000")
    rf"|(?=\d)(?:(?<![\d.,]){_AFTER_A_STOPPED_SIGN})(?P<digits>{_DIGITS})(?![\d])"
    # a part of a scale in words: "half a million geese", "a quarter of a billion dollars" (never the
    # half of "two and a half million", read whole above)
    rf"|\b(?!(?<=\band )a\s+half\b)(?P<part>{longest_first(PARTS_OF_A_SCALE)})(?=[\s-](?:{_WORD_SCALES})\b)"
    # a fraction before a spelled number: "two-thirds of" is a fraction, not "two"
    # ("two-thirds of them women": a share of the people named, where a noun follows "them"; "a third of
    # it": a share of a figure named before, see `_read_at`)
    rf"|\b(?P<fraction>{longest_first(FRACTIONS)})(?=\s+of\b(?!\s+(?:them|us|those|these|you)\b)"
    rf"|\s+of\s+them\s+(?!(?:{_VERBS_AFTER_THEM})\b)[a-z]+\b)"
    # a fraction right after "of which" ("41,000 tonnes, of which half came from ..."): a share of the figure before
    rf"|(?<=\bwhich )(?P<which_fraction>{longest_first(FRACTIONS)})\b(?!\s+of\b)"
    # "one in four adults", "two in three of them": a share; not a rank, nor how often ("one in two weeks")
    # (the letters they begin with tested before the look-behinds)
    rf"|\b{first_character_test(longest_first(SHARES_IN_WORDS), re.IGNORECASE)}{_NOT_A_RANK}"
    rf"(?P<share>{longest_first(SHARES_IN_WORDS)})\b(?={_SHARE_OF})"
    rf"|\b(?P<spelled>{_SPELLED})\b"
)
# Every match begins with a digit or at a word's start (each branch's word boundary, the digits' look-ahead, the
# space of "which " before a fraction): that test first, so that the branches are tried only there, not at every
# character (word_start_regex cannot read the digits' look-ahead, and left the pattern bare)
NUMBER_RE = re.compile(rf"(?=\d|\b\w)(?:{_NUMBER})", re.IGNORECASE)
_SCALE = rf"(?:[\s-]?{longest_first(SCALES)}(?:\b|(?<=\.))|(?-i:{longest_first(ATTACHED_SCALES)})\b)"  # "1.2bn", "1.2 billion", "1.2-billion"
_PREFIX = longest_first(PREFIXES)
# A currency before the number: a sign or abbreviation, or an ISO code, at the end of a short window.
PREFIX_RE = re.compile(rf"(?:(?<![A-Za-z])(?P<prefix>{_PREFIX})|\b(?P<code>(?-i:[A-Z]{{3}})))\s?$")
RANGE_RE = re.compile(
    rf"(?P<scale>{_SCALE})?\s?(?P<separator>-|–|to|and)\s?(?:{_PREFIX}\s?)?(?P<high>(?:{_DIGITS})(?!\d)|{_SPELLED}\b)",
    re.IGNORECASE,
)
SCALE_RE = re.compile(_SCALE, re.IGNORECASE)
# (m16) "Rs 4 arab 20 crore", "Rs 11 arab": the South Asian scales above the crore, lower case only, read in a
# rupee's sum or before a crore or lakh (`_rupee_scale`)
_RUPEE_SCALE_RE = re.compile(rf"\s(?:{longest_first(RUPEE_SCALES)})\b")
_RUPEE_SCALE_AFTER_RE = re.compile(
    rf"\s+(?:\d{{1,3}}\s+(?:{longest_first(RUPEE_SCALE_PARTS)})\b"
    rf"|(?:{longest_first(w for w, c in CURRENCY_WORDS.items() if c in RUPEE_SCALE_CURRENCIES)})\b)",
    re.IGNORECASE,
)
# "MNT 98 billion 600 million", "1 million 50 thousand tons", "5 crore 20 lakh", "sixty-two million four hundred
# thousand": a magnitude written in parts, the part after a scale with a smaller scale of its own (or, after
# "thousand", none: "1 thousand 250 tons"); never a word beginning a compound ("5 thousand one-off")
_COMPOUND_PART_RE = re.compile(
    rf"\s+(?P<and>and\s+)?(?P<more>\d{{1,3}}(?![\d.,]\d)|{_SPELLED})(?![\w-])(?:\s+(?P<scale>{_WORD_SCALES})\b)?", re.IGNORECASE
)
# "between three hundred and four thousand": a spelled low end before "and" and a number with its scale
_SPELLED_AND_RE = re.compile(r"\s+and\s+", re.IGNORECASE)
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# ... unless the range goes on after the scale ("between three hundred and eighty million and four hundred million")
_RANGE_GOES_ON_RE = re.compile(r"\s*(?:and|to|-|–)\s", re.IGNORECASE)
# A currency's word right after a part joined by "and" ("$5 billion and 200 million euros"): a second figure
_CURRENCY_WORD_AFTER_RE = re.compile(rf"\s*(?:{longest_first(CURRENCY_WORDS)})\b", re.IGNORECASE)
# A scale written as a word ("million", "lakh", "crore"; not "m" nor "bn"): a unit's symbol may follow it.
_WORD_SCALE_RE = re.compile(rf"(?:{longest_first(s for s in SCALES if s.isalpha() and len(s) > 3)})", re.IGNORECASE)
# A closing quotation mark may stand between a quoted figure and its noun (shipped "just under 9,000" vans).
# A plural's "s" is not the end of "business", "diagnosis" or "bonus" ("2,000 business customers" count customers).
# A possessive counts the noun after it ("4 women's clinics" are no women).
# A modifier before the counted noun may be a pair of words joined by a slash ("two (2) roll-on/roll-off
# passenger ferries", "four full-size/long-range trucks"): two lower-case letters on both sides, so no fraction
# nor a unit's rate ("90 km/h winds", "100 Mbit/s speeds", "300 kWh/day units").
_NOUN = rf"[\"”]?\s+(?P<noun>(?:[A-Za-z-]+(?:(?-i:(?<=[a-z]{{2}})/(?=[a-z]{{2}}))[A-Za-z-]+)?\s+){{0,2}}?(?:{longest_first(noun for noun in COUNTED_NOUNS if noun not in LOWER_CASE_NOUNS)}|(?-i:{longest_first(LOWER_CASE_NOUNS)})|(?-i:[a-z][a-z-]+(?<!s)(?<!si)(?<!u)s|[A-Z]{{2,6}}s)))\b(?![’']s\b)"
# "a 900-tonne-a-day mill": units a rate joins to its number (counted.yml `rate_units`)
RATE_UNITS = dict(load("counted").get("rate_units") or {})
# (fixc29) a name read in lower case only whose capitals are a currency's code ("eur", "EUR"): a sum's word only in
# lower case ("4,3 million eur"); in capitals it is the code ("4.3 million EUR"), and "45 Eur area banks", "3 Eur
# awards" count banks and awards
_CODE_NAMES = frozenset(word for word in LOWER_CASE_CURRENCY_WORDS if word.upper() in {*iso.currency_codes(), *CODE_ALIASES})
_SUM_WORDS = longest_first([word for word in [*CURRENCY_WORDS, *LOCAL_ONLY_WORDS] if word not in _CODE_NAMES])
if _CODE_NAMES:
    _SUM_WORDS += rf"|(?-i:(?:{longest_first(_CODE_NAMES)})(?!-))"  # (not "19 eur-area countries")
    # (fixr4 M4) ... and capitalised after a scale's word ("4.3 million Eur"; fixc31: "63 mil. Eur", after an
    # abbreviation's dot, is still read as no claim): after a scale the word can only be the currency; after a bare
    # count it is another word's ("3 Eur awards")
    _SUM_WORDS += rf"|(?<=[a-z.]\s)(?-i:(?:{longest_first(name.capitalize() for name in _CODE_NAMES)})(?!-))"
UNIT_RE = re.compile(
    rf"\s*\((?P<inner>[^()\n]{{1,40}})\)\s?(?=(?P<after>{longest_first(CURRENCY_WORDS)})\b)"
    # a currency's hundredth before its currency's word: "42 euro cents" are cents, not 42 euros
    rf"|(?P<minor>\s?{longest_first(w for w in MINOR_UNITS if len(w) > 1)}\b|(?-i:{longest_first(w for w in MINOR_UNITS if len(w) == 1)})\b)"
    rf"|[\s-]?(?P<word>{_SUM_WORDS})\b"  # "7.6 billion kroner", "a 7.6 billion-krone charge"
    rf"|\s?(?P<pct>%|per ?cent\b|(?-i:{longest_first(PERCENT_WORDS)})\b|pct\b|(?-i:pc)\b|percentage points?\b|pp\b|(?-i:p\.\s?p\.)|basis points?\b|(?-i:bps?)\b)"
    # "190kt", "4,200t": a unit symbol joined to the number; "12 000 t": one that may stand a space apart
    # ("t-shirts" is none; nor is a symbol a space apart before a capitalised word: "1,200 Mt Isa workers" are
    # workers of a town, Mount Isa)
    rf"|(?P<measure>(?-i:{longest_first(MEASURES)}))\b(?![-'’])"
    rf"|[ \u00a0\u202f](?P<spaced>(?-i:{longest_first(SPACED_MEASURES)}))\b(?![-'’]|[ \u00a0]+(?-i:[A-Z]))"
    rf"|\s?(?P<code>(?-i:[A-Z]{{3}}))\b"
    rf"|-(?P<aged>(?-i:year|month|week|day))s?-old\b"
    # "an 84-ship operator": a singular joined to the number before the noun it describes, or before
    # the name it describes ("the 320-megawatt Battle River station")
    rf"|-(?P<compound>(?-i:{longest_first(COUNTED_BEFORE_A_NOUN)}))\b(?=\s+(?-i:[A-Za-z][a-z]{{2,}})\b)"
    # "a 900-tonne-a-day mill", "a 40,000-barrel-per-day refinery": a rate's unit joined to the number
    rf"|-(?P<rate>(?-i:{longest_first(RATE_UNITS)}))-(?:a|per)-(?:day|year|week|hour)\b"
    rf"|{_NOUN}",
    re.IGNORECASE,
)
NOUN_RE = re.compile(_NOUN, re.IGNORECASE)
# (fixc31 M1) the units of length (metres, and those `conversions` gives in metres) and the words that make one a speed
_LENGTHS = frozenset(
    ["metres", *(unit for unit, entry in (load("counted").get("conversions") or {}).items() if entry["unit"] == "metres")]
)
_SPEED_AFTER_RE = re.compile(rf"\s+(?:{longest_first(load('counted').get('speed_after') or [])})\b", re.IGNORECASE)
NOT_AN_AMOUNT_BEFORE_RE = re.compile(r"(?:\b(?:tier|FY|No\.?)|\b[QH])\s?$")
# The number of a quarter or a half after its letter ("Q3", "H1"): a country's letter sign ("Q" for the
# quetzal) before any other number is its money.
QUARTER_NUMBER_RE = re.compile(r"[1-4]")
FRACTION_PRECISION = 5.0  # percent: how finely a fraction in words is printed
PART_PRECISION = 0.1  # of its scale: how finely a part of a scale in words is printed ("half a million")
PART_OF_RE = re.compile(r"\s+of\s+(?:(?:its|their|our|the|his|her)\s+)?(?:about\s+|some\s+)?[\d,.]{1,15}\s")
# A multiple: a decimal ("subscribed 3.4 times"), or a whole number of times something ("7 times the shares").
MULTIPLE_AFTER_RE = re.compile(r"\s+(?:the|its|their|that|what)\b", re.IGNORECASE)
FREQUENCY_AFTER_RE = re.compile(r"\s+(?:a|an|per|each|every|in a row|over|since|this|last)\b", re.IGNORECASE)
# "the first six months", "the first nine months": a part of a year named, not a figure ("within the
# next three years" is a deadline, a figure).
STRETCH_BEFORE_RE = re.compile(r"\b(?:first|second)\s+$", re.IGNORECASE)
DATE_AFTER_RE = re.compile(r"\s+(?:ago|earlier|later|old|before|after|to|ended|ending|through)\b", re.IGNORECASE)
# A hedge may stand between the cue and its number ("including more than 1,000").
_HEDGE = rf"(?:{longest_first(QUALIFIERS)}\s+)?"
AGE_BEFORE_RE = re.compile(rf"\b{longest_first(AGE_CUES)}\s+{_HEDGE}$", re.IGNORECASE)
# "8,400 staff, including about 700 in Gdansk": the count's noun is the previous one's.
ELLIPSIS_BEFORE_RE = re.compile(
    rf"\b(?:including|of which|of whom|among them|of them|with)\s+{_HEDGE}$",
    re.IGNORECASE,
)
# "sold 310 kettles, up from 262": a bare number after these words counts the sentence's earlier noun.
CARRIED_BEFORE_RE = re.compile(rf"\b{longest_first(CARRIED_BEFORE)}\s+{_HEDGE}$", re.IGNORECASE)
# A singular noun is a modifier where a plural follows it ("business customers").
HEAD_AFTER_RE = re.compile(r"\s+((?-i:[a-z][a-z-]+(?<!s)(?<!si)(?<!u)s))\b")
# (m16) "3 million sheep and goat skins", "400 car and truck tyres": two modifiers of one family joined by "and"
# before the plural they describe; the plural is counted
PAIRED_HEAD_AFTER_RE = re.compile(
    r"[^\S\n]+(?:and|or|&)[^\S\n]+((?-i:[a-z][a-z-]+(?<!s)))[^\S\n]+((?-i:[a-z][a-z-]+(?<!s)(?<!si)(?<!u)s))\b"
)
_COUNT_FAMILIES = {noun: family for family, nouns in load("counted")["families"].items() for noun in nouns}
# A broker's comparison in brackets after a figure ("4,950 completions (FY25: 4,670)", "(2025: 88)"):
# the earlier period's figure, counted as the one it follows.
COMPARISON_BEFORE_RE = re.compile(
    r"\(\s*(?:FY\s?\d{2,4}|[HQ][1-4](?:\s?(?:FY)?\s?\d{2,4})?|\d{4}|prior year|previous year|last year|a year earlier)\s*:\s*$",
    re.IGNORECASE,
)
# The earlier figure of a comparison: "up from 41,900", "compared with 41,900", "(2024: 41,900)";
# `EARLIER_AFTER_RE`: "188,000 a year earlier".
EARLIER_BEFORE_RE = re.compile(rf"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+{_HEDGE}$", re.IGNORECASE)
EARLIER_AFTER_RE = re.compile(
    r"[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}?(?:a|one)\s+year\s+(?:earlier|before)\b|[^\S\n]+the\s+(?:year|quarter)\s+before\b",
    re.IGNORECASE,
)


def is_earlier(text: str, sentence: Span, span: Span) -> bool:
    """Whether a figure is the earlier one of a comparison (last year's, the one it rose from)."""
    return bool(
        EARLIER_BEFORE_RE.search(text, max(sentence.start, span.start - 40), span.start)
        or COMPARISON_BEFORE_RE.search(text, max(sentence.start, span.start - 24), span.start)
        or EARLIER_AFTER_RE.match(text, span.end, min(sentence.end, span.end + 40))
    )


# "6.4m subscribers (+180,000 in the quarter)": a change signed in brackets counts the noun before it.
SIGNED_CHANGE_BEFORE_RE = re.compile(r"\(\s*[+−-]\s*$")
# "63 cases had been confirmed, 21 of them in hospital": a part named after its number counts the same.
ELLIPSIS_AFTER_RE = re.compile(r"\s+of\s+(?:them|those|these)\b", re.IGNORECASE)
# "The number of people infected has risen to 54": the number counts what "the number of" names.
NUMBER_OF_RE = re.compile(
    rf"\bnumber\s+of\s+(?P<noun>[a-z]+)\b[^.;:]{{0,80}}?\s(?:to|at|is|was|reached|hit)\s+{_HEDGE}$", re.IGNORECASE
)
# "a staff of 210", "its fleet of 140": a whole named before "of" and the number (counted.yml `collectives`)
COLLECTIVES = {noun.casefold(): unit for noun, unit in (load("counted").get("collectives") or {}).items()}
COLLECTIVE_BEFORE_RE = re.compile(
    rf"\b(?:a|an|its|their|the|his|her|our)\s+(?:[a-z-]+\s+)?(?P<noun>{longest_first(COLLECTIVES)})\s+of\s+{_HEDGE}$",
    re.IGNORECASE,
)
# (c25) "Headcount is 815", "The workforce rose to 3,100": a whole that counts people, a verb of being or reaching
# (counted.yml `collective_verbs`), then the number: the whole's people (only `collective_verb_nouns`: a payroll is
# money; a whole of no unit, "fleet", counts none here)
COLLECTIVE_VERB_BEFORE_RE = re.compile(
    rf"\b(?P<noun>{longest_first(noun for noun in load('counted').get('collective_verb_nouns') or [] if COLLECTIVES.get(noun))})"
    r"\s+(?:now\s+)?"
    rf"(?:{longest_first(load('counted').get('collective_verbs') or [])})\s+{_HEDGE}$",
    re.IGNORECASE,
)
# (fixc25) "of" or "in" before the whole: it is no subject of the verb ("The mean age of the workforce is 41", "Chief
# of staff was 47")
_OF_BEFORE_A_WHOLE_RE = re.compile(r"\b(?:of|in)\s+(?:(?:the|its|their|his|her|our|a|an|this|that)\s+)?$", re.IGNORECASE)
# "to" or "into" right before such a whole: what is added to it ("adds 40 trucks to its fleet of 140"), whose
# count the whole counts too
_ADDED_TO_RE = re.compile(r"\b(?:to|into)\s+$", re.IGNORECASE)
# "Subscribers added: 64,000" on a line of its own: a list's label names what its bare number counts.
# (m21, c31) a hedge may stand between the label's colon and its number ("Jobs: ~400", "Jobs: about 400",
# "Staff: c. 250", "Jobs during construction: Approximately 1,400")
_LABEL_HEDGE = rf"(?:(?i:{longest_first([*QUALIFIERS, *words('claim_cues', 'hedge_signs')])})[ \t]*)?"
LABEL_RE = re.compile(rf"[ \t]*(?:[-•*–][ \t]*)?(?P<label>[A-Za-z][A-Za-z -]*?)[ \t]*:[ \t]*{_LABEL_HEDGE}")
# Words near a figure that say what it is: a money cue before a local word for money, a farm word near
# a singular count; searched within this many characters, so the work per number is bounded.
_CUE_REACH = 120
MONEY_CUE_RE = re.compile(rf"\b{longest_first(MONEY_CUES)}\b", re.IGNORECASE)
SINGULAR_COUNT_CUE_RE = re.compile(rf"\b{longest_first(SINGULAR_COUNT_CUES)}\b", re.IGNORECASE)
# The US "meters" is a length unless a word of devices stands in its clause (counted.yml `device_cues`): "installed
# 36,000 meters", "makes 120,000 meters a year" count the devices; "collapsed 200 meters from the finish line" is a
# length, and so is a number with a word of length near it (`length_cues_*`): "replaced 12,000 meters of old water
# pipe", "a depth of 2,400 meters", "at 1,900 meters".
_US_METRE_WORDS = frozenset({"meters", "meter"})
DEVICE_CUE_RE = re.compile(rf"\b(?:{longest_first(DEVICE_CUES)})\b", re.IGNORECASE)
# a word of devices right after the "meters" ("1.2 million meters in service"): `device_cues_after`
DEVICE_CUE_AFTER_RE = re.compile(rf"\s+(?:{longest_first(DEVICE_CUES_AFTER)})\b", re.IGNORECASE)
# "meter" or "metering" standing alone elsewhere near it in the sentence ("replacing every mechanical meter"; not "400-meter")
_METER_WORD_RE = re.compile(r"(?<![-\w])meter(?:ing)?\b(?!-)", re.IGNORECASE)
_CLAUSE_MARKS = ",;:()"


def _devices_meant(text: str, sentence: Span, start: int, end: int) -> bool:
    """Whether a word of devices stands in the clause of the "meters" at start..end (bounded windows: linear)."""
    left = max(sentence.start, start - _CUE_REACH)
    right = min(sentence.end, end + _CUE_REACH)
    clause_start = max([left] + [text.rfind(mark, left, start) + 1 for mark in _CLAUSE_MARKS])
    ends = [found for found in (text.find(mark, end, right) for mark in _CLAUSE_MARKS) if found >= 0]
    clause_end = min([right, *ends])
    if DEVICE_CUE_RE.search(text, clause_start, start) or DEVICE_CUE_RE.search(text, end, clause_end):
        return True
    return bool(_METER_WORD_RE.search(text, left, start) or _METER_WORD_RE.search(text, end, right))


LENGTH_AFTER_RE = re.compile(
    rf"\s+(?:(?:{longest_first(LENGTH_CUES_AFTER)})|of\s+(?:[A-Za-z-]+\s+){{0,2}}?(?:{longest_first(LENGTH_CUES_LAID)})"
    # "meters of" a material or a thing laid ("40,000 meters of denim"), a lower-case noun: not a determiner, a
    # relative pronoun or a quantifier ("36,000 meters of which 12,000 are smart", "of various types"), nor a name
    rf"|of\s+(?!(?:{longest_first(NOT_A_MATERIAL_AFTER_OF)})\b)(?-i:[a-z]+))\b",
    re.IGNORECASE,
)
LENGTH_BEFORE_RE = re.compile(
    rf"(?:\b(?:{longest_first(LENGTH_CUES_BEFORE)})\b[^.;!?\d]{{0,24}}"
    r"|\bat\s+(?:(?:about|around|some|roughly|nearly|almost|over|under|more than|just over|just under)\s+)?)$",
    re.IGNORECASE,
)
# A converted amount in brackets right after ("4.40 crowns ($0.41)").
CONVERSION_AFTER_RE = re.compile(r"\s*\(\s*(?:about\s+|around\s+|roughly\s+)?(?:[$€£¥]|[A-Z]{3}\b)")
# A label's opening plural, a singular noun before it ("Season tickets"), and after it only lowercase
# words none of them another plural ("sold in the year"; "Pub sales figures" counts no sales).
LABEL_OPENING_RE = re.compile(r"(?:[A-Za-z]+\s)?[A-Za-z][a-z-]+(?<!s)(?<!si)(?<!u)s(?=(?:\s[a-z]*[a-rt-z])*$)")
_LABEL_REACH = 60  # characters: a label longer than this is prose, not a list line
FROM_RE = re.compile(r"\bfrom\s$", re.IGNORECASE)  # "from 5 to 6 percent" is a change, not a range
BETWEEN_RE = re.compile(rf"\bbetween\s(?:{_PREFIX}\s?)?$", re.IGNORECASE)  # "and" makes a range only after "between"
BRACKET_RE = re.compile(r"\s*(?:\(|,?\s+or\s+)\s*(?:about|around|or|roughly|approximately|some)?\s*", re.IGNORECASE)
YEAR_RE = re.compile(r"(?:19|20)\d{2}")
POINTS_RE = re.compile(r"\s?points?\b", re.IGNORECASE)
# A sign whose currency depends on the article's country, touching the number ("N48.2bn").
# A sign of two letters or more may stand a space apart from its number ("Rs. 88"); one letter touches it ("R45").
_LOCAL_LONG = [sign for sign in LOCAL_PREFIXES if len(sign.rstrip(".")) > 1]
_LOCAL_SHORT = [sign for sign in LOCAL_PREFIXES if len(sign.rstrip(".")) <= 1]
LOCAL_SIGN_RE = (
    re.compile(
        rf"(?<![A-Za-z])(?:(?P<long>{longest_first(_LOCAL_LONG) if _LOCAL_LONG else '(?!)'})[ \u00a0]?"
        rf"|(?P<short>{longest_first(_LOCAL_SHORT) if _LOCAL_SHORT else '(?!)'}))$"
    )
    if LOCAL_PREFIXES
    else re.compile(r"(?!)")
)


@dataclass(frozen=True)
class Amount:
    span: Span  # in the article's text; covers a second currency's reading after it
    value: float
    unit: str  # percent, percentage points, an ISO 4217 code, GBX, or a counted noun
    scale: str | None  # as written: billion, bn, m, crore
    precision: float  # the step the number was printed to: 18bn -> 1e9, 18.2bn -> 1e8, 350m -> 1e7
    value_high: float | None = None  # the upper end of a range ("seven to eight per cent")
    also_value: float | None = None  # the same amount in a second currency
    also_unit: str | None = None


DECIMAL_COMMA_RE = re.compile(r"\d{1,3},\d{1,2}")
# A page that prints a decimal comma in an amount ("USD 24,5 mio", "45,2 %") groups thousands by a dot
# ("2.400 tonnes" is two thousand four hundred there, as on the continental page it was translated from).
_DECIMAL_COMMA_AMOUNT_RE = re.compile(rf"(?<![\d.,]){_DECIMAL_COMMA}(?!\d)", re.IGNORECASE)
_THOUSANDS_DOT_RE = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_THOUSANDS_DOTS_RE = re.compile(r"[1-9]\d{0,2}(?:\.\d{3}){2,4}")  # "1.500.000": thousands on any page
# (review fixfp2) a sign whose papers group thousands by dots right before the number ("Rp15.000", "Rp. 15.000")
_DOT_THOUSANDS_SIGN_BEFORE_RE = re.compile(
    rf"(?<![A-Za-z])(?:{longest_first(words('currencies', 'dot_thousands_signs'))})[ \t\u00a0]?\Z"
)
# What follows a number decides its dot: before a percentage it is a decimal point ("1.125 percent"); before a
# scale ("$1.125 billion", "₡12.400 million") it groups thousands only where the page prints a scaled amount
# with a decimal comma ("US$18,6 million"), not where its one decimal comma is a percentage ("2,5 percent").
_PERCENT_AFTER_RE = re.compile(r"[\s-]?(?:%|per ?cent\b|percent\b|percentage points?\b)", re.IGNORECASE)
_SCALE_AFTER = rf"[\s-]?(?:{longest_first(SCALES)})(?![\w])|(?-i:{longest_first(SCALED_SIGNS_AFTER)})"
_SCALE_AFTER_RE = re.compile(_SCALE_AFTER, re.IGNORECASE)
_SCALED_DECIMAL_COMMA_RE = re.compile(rf"(?<![\d.,])\d{{1,3}},\d{{1,2}}(?=(?:{_SCALE_AFTER}))(?!\d)", re.IGNORECASE)


def prints_decimal_commas(text: str) -> bool:
    """Whether the page prints a decimal comma in an amount, so that a dot groups the thousands of a count."""
    return _DECIMAL_COMMA_AMOUNT_RE.search(text) is not None


def prints_scaled_decimal_commas(text: str) -> bool:
    """Whether the page prints a decimal comma in a scaled amount ("24,5 mio"), so that a dot before a scale
    groups thousands too ("12.400 million")."""
    return _SCALED_DECIMAL_COMMA_RE.search(text) is not None


# A number with a decimal point of other than three digits ("17.4", "3.25", "0.1234"); a date's dots
# ("26.11.2026") are none.
_DECIMAL_POINT_RE = re.compile(r"(?<![\d.])\d+\.(?:\d{1,2}|\d{4,})(?![\d.])")
_DOTTED_GROUP_RE = re.compile(r"(?<![\d.,])[1-9]\d{0,2}\.\d{3}(?![\d.,])")


# A word after a dotted number that makes it a count of things ("6.200 tonnes", "4.100 small producers"): a
# lower-case word that is no scale and no currency's name
_COUNTED_WORD_AFTER_RE = re.compile(r"\s(?P<word>[a-z][a-z-]*)\b")
# what stands before a count: the start of a line or a word, not a currency's sign or code ("$1.250", "USD 1.080")
_COUNT_BEFORE_RE = re.compile(r"(?:^|[\s(])$")


def _prints_a_dotted_count(text: str, number: re.Match[str]) -> bool:
    """Whether a "d.ddd" number counts things, unscaled and no money: "6.200 tonnes", not "1.250 million
    units", "$1.250 billion" nor "1.080 dollars"."""
    before = text[max(0, number.start() - 5) : number.start()]
    if not _COUNT_BEFORE_RE.search(before) or is_currency_code(before.strip()[-3:]):
        return False
    if _SCALE_AFTER_RE.match(text, number.end()) or not (after := _COUNTED_WORD_AFTER_RE.match(text, number.end())):
        return False
    return after.group("word").casefold() not in CURRENCY_WORDS


def prints_only_thousands_dots(text: str) -> bool:
    """Whether the page's dots all group thousands though it prints no decimal comma: it prints two
    numbers or more of the "d.ddd" shape, each ending in a zero (a round figure: "6.200 tonnes",
    "3.750 million"; a writer of decimals drops that zero), one of them a count of things, unscaled and
    no money ("6.200 tonnes"; a thousands dot before "million" alone is rare in any style), none before a
    percentage ("4.750%" is a decimal), and no number with a decimal point of another length ("17.4"), as a
    page translated from Spanish or Portuguese does; "$1.250 billion" and "$1.500 billion" on an English
    page are decimals."""
    dotted = list(_DOTTED_GROUP_RE.finditer(text))
    return (
        len(dotted) >= 2
        and all(number.group(0).endswith("0") and not _PERCENT_AFTER_RE.match(text, number.end()) for number in dotted)
        and any(_prints_a_dotted_count(text, number) for number in dotted)
        and _DECIMAL_POINT_RE.search(text) is None
    )


def _dot_groups_thousands(text: str, end: int, thousands_dots: bool, scaled_thousands_dots: bool) -> bool:
    """Whether the dot of a "d.ddd" number ending at `end` groups thousands, by what follows it."""
    if not thousands_dots or re.match(r"\.\d", text[end : end + 2]) or _PERCENT_AFTER_RE.match(text, end):
        return False
    return scaled_thousands_dots or not _SCALE_AFTER_RE.match(text, end)


# A word after a bare "$" figure naming its dollar (`dollar_qualifiers_after`): in brackets ("$40 million
# (U.S.)"), "in U.S. dollars", or bare where a clause ends or a follower word comes after it
_QUALIFIER = longest_first(DOLLAR_QUALIFIERS_AFTER)
_DOLLAR_QUALIFIER_RE = re.compile(
    rf"[ \t]*\([ \t]*(?P<bracketed>{_QUALIFIER})[ \t]*\)"
    rf"|[ \t]+in[ \t]+(?P<named>{_QUALIFIER})[ \t]+(?:dollars|currency|funds)\b"
    rf"|[ \t]+(?P<bare>{_QUALIFIER})(?![\w.])(?=[ \t]*(?:[,;:!?)]|\.(?:\s|$)|$)|(?<=\.)\s+[A-Z]"
    rf"|[ \t]+(?:{'|'.join(DOLLAR_QUALIFIER_FOLLOWERS)})\b)"
)

# (l35) "$81 a barrel", "$1,870 per troy ounce": a price by a unit a world commodity is priced by (`world_priced_units`)
# ("$45 per tonne": a unit local fees are priced by too, a commodity's only with a commodity's word near it)
_WORLD_PRICED_UNIT_RE = re.compile(
    rf"[ \t]+(?:an?|per)[ \t]+(?:(?P<unit>{longest_first(WORLD_PRICED_UNITS)})|{longest_first(WORLD_PRICED_BULK_UNITS)})\b",
    re.IGNORECASE,
)
_WORLD_COMMODITY_RE = re.compile(rf"\b(?:{longest_first(WORLD_PRICED_COMMODITIES)})\b", re.IGNORECASE)
_LOCAL_CHARGE_RE = re.compile(rf"\b(?:{longest_first(words('currencies', 'local_charge_words'))})\b", re.IGNORECASE)
# (review l36) a commodity word naming the payers ("oil refiners", "coal-fired"), and a charge's object ("tax on coal")
_COMMODITY_PAYER_RE = re.compile(
    rf"(?:[ \t]+|-)(?:{longest_first(words('currencies', 'commodity_payer_words'))})\b", re.IGNORECASE
)
_CHARGE_OBJECT_RE = re.compile(
    rf"[ \t]+(?:{longest_first(words('currencies', 'charge_object_prepositions'))})[ \t]+"
    rf"(?:(?!(?:{longest_first(words('currencies', 'charge_object_stop_words'))})\b)[\w-]+[ \t]+){{0,3}}",
    re.IGNORECASE,
)
COMMODITY_REACH = 120  # characters before a price by the tonne, in its sentence, read for a commodity's word
COMMODITY_REACH_AFTER = 40  # ... and after its unit ("$118 per tonne of iron ore")


def _charge_priced(text: str, reach: int, start: int) -> bool:
    """(review of the fix passes F1; review l36) Whether the price at `start` is a local charge's: a charge's word
    before it (from `reach`), and no commodity word between them as the price's own subject ("Despite the export
    tax, iron ore sold for $118 a tonne"), only ones naming the payers ("oil refiners") or the charge's object ("the
    tax on coal", "the tax on imported Australian coal": up to three words between, no verb)."""
    charges = list(_LOCAL_CHARGE_RE.finditer(text, reach, start))
    if not charges:
        return False
    charge = charges[-1]
    for commodity in _WORLD_COMMODITY_RE.finditer(text, charge.end(), start):
        if _COMMODITY_PAYER_RE.match(text, commodity.end(), start):
            continue
        if _CHARGE_OBJECT_RE.fullmatch(text, charge.end(), commodity.start()):
            continue
        return False
    return True


# "65 M$", "48 M$ US": a scale and a dollar sign after the number (`scaled_signs_after`)
# "142 MD", "3,4 MMDH": millions or billions of a currency its country's papers abbreviate so (a sign of
# letters, standing apart from a word after it)
SCALED_SIGN_AFTER_RE = re.compile(
    r"\s?(?P<sign>"
    + "|".join(
        re.escape(sign) + ("(?![A-Za-z])" if sign[-1:].isalpha() else "")
        for sign in sorted(SCALED_SIGNS_AFTER, key=lambda sign: (-len(sign), sign))
    )
    + rf")(?:\s?(?P<country>{longest_first(SIGN_COUNTRIES_AFTER)})\b)?"
)


def _read_number(written: str) -> tuple[float, float] | None:
    """(value, precision) of a number as printed, in digits or in words."""
    if written[0].isdigit() and DECIMAL_COMMA_RE.fullmatch(written):
        whole, decimals = written.split(",")
        return float(f"{whole}.{decimals}"), 10.0 ** -len(decimals)
    if written[0].isdigit():
        plain = re.sub(r"[,\s\u2009\u202f'’]", "", written)
        if "." in plain:
            return float(plain), 10.0 ** -len(plain.split(".")[1])
        # Trailing zeros may be rounding ("350m" next to "353m"), but a number keeps two
        # significant digits ("80,000" is printed to the thousand, not to the ten thousand).
        zeros = min(len(plain) - len(plain.rstrip("0")), max(len(plain.lstrip("0")) - 2, 0))
        return float(plain), 10.0**zeros
    try:
        value = float(text2num(" ".join(written.lower().split()), "en"))
    except ValueError:
        return None
    return value, 1.0


def _compound_part(
    text: str, cursor: int, limit: int, factor: float, decimal: bool = False, currency: bool = False
) -> tuple[float, float, int] | None:
    """(value, precision, end) of the part of a magnitude written in parts after its scale (`_COMPOUND_PART_RE`):
    smaller than the scale before it, with a smaller scale of its own, or bare after "thousand". Never after a
    decimal head ("$1.5 billion 200 million of it": nobody writes 1.5 billion in parts), never digits after "and"
    (digits in parts are written without it: "$2 billion and 300 million shares" are two figures), and never a part
    after "and" that a currency's word follows where the head has its currency before it ("$5 billion and 200
    million euros"; "two billion and three hundred million euros" is one sum)."""
    more = _COMPOUND_PART_RE.match(text, cursor, limit)
    if more is None or factor < 1000 or decimal:
        return None
    if more.group("and") and (
        more.group("more")[0].isdigit() or (currency and _CURRENCY_WORD_AFTER_RE.match(text, more.end(), limit))
    ):
        return None
    read = _read_number(more.group("more"))
    if read is None or (not more.group("scale") and factor != 1000):
        return None
    smaller = _scale(more.group("scale"))
    if read[0] * smaller >= factor:
        return None
    return read[0] * smaller, read[1] * smaller, more.end()


def _scale(written: str | None) -> float:
    if not written:
        return 1.0
    key = " ".join(written.split())
    return ATTACHED_SCALES.get(key) or SCALES.get(key.lower()) or RUPEE_SCALES.get(key, 1.0)


def _rupee_scale(text: str, cursor: int, limit: int, currency: str | None) -> re.Match[str] | None:
    """(m16) An arab or a kharab after a number ("Rs 4 arab 20 crore", "11 arab rupees"): in lower case, in a
    rupee's sum (its sign or code before the number, its word after the scale) or before a crore's or a lakh's
    part; never the adjective ("4 Arab states", "two arab teams")."""
    found = _RUPEE_SCALE_RE.match(text, cursor, limit)
    if found is None:
        return None
    if currency in RUPEE_SCALE_CURRENCIES or _RUPEE_SCALE_AFTER_RE.match(text, found.end(), limit):
        return found
    return None


def _currency_before(window: str) -> tuple[str, int] | None:
    """The currency written at the end of the window, and how many characters it takes."""
    found = PREFIX_RE.search(window)
    if not found:
        return None
    if found.group("prefix"):
        return PREFIXES[found.group("prefix")], len(window) - found.start()
    code = found.group("code")
    return (CODE_ALIASES.get(code, code), len(window) - found.start()) if is_currency_code(code) else None


# A currency's name capitalised right before a number and a scale, as filings print it ("approximately Baht 1,053
# million", "Riel 166 billion"): after no capitalised word ("Ayn Rand 2 million copies") and not opening the sentence
# ("Won 3 million votes"); never a name read in lower case only ("Cedi Street"); never before a counted noun ("said Rand 3
# million shares were sold").
_CURRENCY_NAME_BEFORE_RE = re.compile(r"(?<![\w.,])(?P<name>[A-Z][a-zà-ÿ]+)[ \u00a0]$")
_CAPITALISED_WORD_BEFORE_RE = re.compile(r"[A-Z][\w’'-]*[ \u00a0]$")


def _currency_name_before(text: str, sentence: Span, start: int, end: int) -> tuple[str, int] | None:
    """The currency a capitalised name before the number names, and how many characters it takes, or None."""
    window_start = max(sentence.start, start - 16)
    found = _CURRENCY_NAME_BEFORE_RE.search(text, window_start, start)
    if not found or found.start() == sentence.start or not _WORD_SCALE_RE.match(text, end + 1):
        return None
    word = found.group("name").casefold()
    if word not in CURRENCY_WORDS or word in LOWER_CASE_CURRENCY_WORDS or not text[sentence.start : found.start()].strip():
        return None
    if _CAPITALISED_WORD_BEFORE_RE.search(text, max(sentence.start, found.start() - 24), found.start()):
        return None
    scale = _WORD_SCALE_RE.match(text, end + 1)
    if scale and (after := _WORD_AFTER_RE.match(text, scale.end(), sentence.end)) and _is_counted_noun(after.group(1)):
        return None  # "Won 3 million fans", "Rand 3 million shares were sold": a count, the name a word of the sentence
    return CURRENCY_WORDS[word], start - found.start()


def _is_counted_noun(word: str) -> bool:
    """A noun counted.yml lists as counted (`nouns`, or `not_products`: "fans", "votes"), never any lower-case plural:
    money is counted in plurals too ("Euro 500 million bonds", "Rand 4 billion investments")."""
    return word.casefold() in COUNTED_NOUNS or word.casefold() in COUNTED_NOT_PRODUCTS


_SIGNS_NEEDING_A_SCALE = frozenset(load("currencies").get("signs_needing_a_scale") or [])
_LETTER_SIGNS_NEEDING_MONEY = frozenset(load("currencies").get("letter_signs_needing_money") or [])
_SIGNS_BEFORE_A_ROAD_NUMBER = frozenset(load("currencies").get("signs_before_a_road_number") or [])
# (review of the fix passes 4, H1) a road's noun right after the sign's bare number: "the R80 road" (currencies.yml)
_ROAD_NOUN_AFTER_RE = re.compile(rf"[ \u00a0]+(?:{longest_first(load('currencies').get('road_nouns') or [])})\b", re.IGNORECASE)
_WORDS_AFTER_A_PRICE = frozenset(word.casefold() for word in load("currencies").get("words_after_a_price") or [])
# What a price is counted per, right after a currency's name ("1,200 ariary per kilo", "580 cedis a bag", "1,100
# kip/kg"): a price's divisor, so the name is money (currencies.yml `price_divisors`).
PRICE_DIVISOR_AFTER_RE = re.compile(
    rf"(?:[ \u00a0]+(?:per|an?|the|each)[ \u00a0]+|/)(?:{longest_first(load('currencies').get('price_divisors') or [])})s?\b",
    re.IGNORECASE,
)
_WORD_AFTER_RE = re.compile(r"[ \u00a0]+([A-Za-z][A-Za-z-]*)")


def _names_a_code(text: str, end: int) -> bool:
    """Whether a word that names what the number is the code of follows it ("K12 exams", "N95 masks")."""
    word = _WORD_AFTER_RE.match(text, end)
    return word is not None and word.group(1).casefold() not in _WORDS_AFTER_A_PRICE


_DECIMAL_PART_RE = re.compile(r"[.,]\d{1,3}$")  # "24.60", "4.250": a decimal part (no thousands group of a long code)
_MONEY_SHAPE_RE = re.compile(r"[.,\u00a0\u2009\u202f '’]\d")  # a decimal part or a thousands group
ORDINAL_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(ORDINALS)})[- ]$", re.IGNORECASE)
ORDINAL_REACH = 8  # characters before a fraction in which an ordinal may stand


# "of it" after a fraction ("a third of it to China"): a share of what was named before.
IT_AFTER_RE = re.compile(r"\s+of\s+it\b")
OF_WHICH_BEFORE_RE = re.compile(r"\bof\s+which\s+$")
FIGURE_REACH = 300  # characters back, within the paragraph, in which the figure a fraction of "it" is part of stands
_DIGIT_RE = re.compile(r"\d")


def _figure_before(text: str, start: int) -> bool:
    """Whether a number stands shortly before `start` in its paragraph (the figure "a third of it" or
    "of which half" is a share of)."""
    reach = max(0, start - FIGURE_REACH)
    paragraph = text.rfind("\n\n", reach, start)
    return _DIGIT_RE.search(text, paragraph + 2 if paragraph >= 0 else reach, start) is not None


def _read_at(
    text: str,
    sentence: Span,
    token: re.Match,
    previous_unit: str | None = None,
    local: Mapping[str, str] = {},
    thousands_dots: bool = False,
    scaled_thousands_dots: bool = False,
    world_priced: bool = False,
) -> Amount | None:
    """The amount whose number is `token` (a match on the article's text, inside the sentence);
    `local` reads the signs and words whose currency depends on the article's country; `thousands_dots`
    says the page groups thousands by a dot (`prints_decimal_commas`), `scaled_thousands_dots` even before a
    scale (`prints_scaled_decimal_commas`); `world_priced` says the page prints its own dollar's prefix beside
    the bare "$" it reads as that dollar, so a world commodity's price by "$" is the US dollar's."""
    start, end = token.start(), token.end()
    if token.group("share"):  # "two in three": a share, as rough as a whole percent
        return Amount(Span(start, end), SHARES_IN_WORDS[token.group("share").lower()], "percent", None, 1.0)
    if token.group("which_fraction"):
        if not OF_WHICH_BEFORE_RE.search(text, max(sentence.start, start - 12), start) or not _figure_before(text, start):
            return None  # "in which half ...": no share of a figure
        return Amount(Span(start, end), FRACTIONS[token.group("which_fraction").lower()], "percent", None, FRACTION_PRECISION)
    if token.group("fraction"):
        if ORDINAL_BEFORE_RE.search(text, max(sentence.start, start - ORDINAL_REACH), start):
            return None  # "the first half of 2025" names a period, not a fraction of something
        if IT_AFTER_RE.match(text, end) and not _figure_before(text, start):
            return None  # "half of it" with no figure before it names: no share of a figure
        # A fraction in words is rough: a reader writes "a quarter" for 23.6% and "two-thirds" for 65%
        # (to the nearest five percent, and a hedge stretches it so far: "almost a quarter" reaches 20%).
        return Amount(Span(start, end), FRACTIONS[token.group("fraction").lower()], "percent", None, FRACTION_PRECISION)
    written = token.group("digits") or token.group("spelled") or token.group("part") or token.group("and_half")
    low_before_a_scaled_high = False
    if (
        token.group("spelled")
        and (halves := _SPELLED_AND_RE.split(written, 1))[1:]
        and _BETWEEN_BEFORE_RE.search(text, max(sentence.start, start - 10), start)
        and (after_scale := SCALE_RE.match(text, end, sentence.end))
        and not _RANGE_GOES_ON_RE.match(text, after_scale.end(), sentence.end)
    ):
        # "between three hundred and four thousand": a range's low end, no "three hundred and four" thousand
        written, end, low_before_a_scaled_high = halves[0], start + len(halves[0]), True
    read: tuple[float, float] | None
    if token.group("and_half"):  # "two and a half million": the whole read, and a half added; a scale after
        units = _read_number(written.split()[0])
        read = (units[0] + 0.5, PART_PRECISION) if units else None
    elif token.group("part"):
        read = PARTS_OF_A_SCALE[" ".join(written.lower().split())], PART_PRECISION  # "half a million": 0.5, a scale after
    elif _THOUSANDS_DOT_RE.fullmatch(written) and _dot_groups_thousands(text, end, thousands_dots, scaled_thousands_dots):
        read = _read_number(written.replace(".", ""))  # "2.400 tonnes" on a page of decimal commas
    elif _THOUSANDS_DOTS_RE.fullmatch(written) or (
        _THOUSANDS_DOT_RE.fullmatch(written)
        and _DOT_THOUSANDS_SIGN_BEFORE_RE.search(text, max(0, start - 5), start)
        and not _SCALE_AFTER_RE.match(text, end)
    ):
        read = _read_number(written.replace(".", ""))  # "Rp.1.500.000", "Rp15.000": the rupiah's thousands
    else:
        read = _read_number(written)
    if read is None:
        return None
    value, precision = read
    window = text[max(sentence.start, start - 8) : start]
    before = _currency_before(window)
    sign = LOCAL_SIGN_RE.search(window) if local else None
    # A sign that is a currency everywhere ("$") names the local one only where it stands alone.
    local_sign = False
    if (
        sign
        and (written_sign := sign.group("long") or sign.group("short")) in local
        and (not before or before[1] == len(sign.group(0)))
    ):
        before = local[written_sign], len(sign.group(0))  # "N48.2bn" in a Nigerian story
        local_sign = True
    if not before and (named := _currency_name_before(text, sentence, start, end)):
        before = named  # "approximately Baht 1,053 million", "(approximately Riel 166 billion)"
    currency = before[0] if before else None
    if before:
        start -= before[1]
    elif re.search(r"[A-Za-z]$", window):
        return None  # "K7", "A320": part of a name
    # a quarter's number is one digit with no scale or decimal after it: "Q4 million" and "Q2.5 billion" are
    # the quetzal's in a Guatemalan story, as "Q240 million" is
    quarter = (
        QUARTER_NUMBER_RE.fullmatch(written) and not re.match(r"\.\d", text[end : end + 2]) and not SCALE_RE.match(text, end)
    )
    if NOT_AN_AMOUNT_BEFORE_RE.search(window) and not (local_sign and not quarter):
        return None  # "tier 1", "Q3", "FY2015", "No. 1"
    limit = min(sentence.end, end + 100)
    high = None
    scale_written = None
    cursor = end
    ranged = None if FROM_RE.search(window) else RANGE_RE.match(text, cursor, limit)
    if (
        ranged
        and ranged.group("separator").lower() == "and"
        and not BETWEEN_RE.search(text, max(sentence.start, start - 16), start)
    ):
        ranged = None
    if ranged and (token.group("digits") is not None) == ranged.group("high")[0].isdigit():
        high_written = ranged.group("high")
        if _THOUSANDS_DOT_RE.fullmatch(high_written) and _dot_groups_thousands(
            text, ranged.end("high"), thousands_dots, scaled_thousands_dots
        ):
            high_written = high_written.replace(".", "")  # "between 7.000 and 7.500" on a page of thousands dots
        high_read = _read_number(high_written)
        if high_read and high_read[0] > value * (1 if not ranged.group("scale") else 0):
            high = high_read[0]
            cursor = ranged.end()
        elif high_read and low_before_a_scaled_high and (high_scale := SCALE_RE.match(text, ranged.end(), limit)):
            # "between three hundred and four thousand": the scale is the high end's alone
            high = high_read[0] * _scale(high_scale.group(0).strip().lstrip("-"))
            cursor = high_scale.end()
    scaled = SCALE_RE.match(text, cursor, limit) or _rupee_scale(text, cursor, limit, currency)
    if scaled:
        scale_written = scaled.group(0).strip().lstrip("-")
        cursor = scaled.end()
    elif ranged and high is not None and ranged.group("scale"):
        scale_written = ranged.group("scale").strip()
    factor = _scale(scale_written)
    compound = (
        _compound_part(text, cursor, limit, factor, precision < 1, currency is not None) if scaled and high is None else None
    )
    if compound:
        cursor = compound[2]
    sign_written = window[len(window) - before[1] :].strip() if before else ""
    if sign_written == "$" and (qualified := _DOLLAR_QUALIFIER_RE.match(text, cursor, limit)):
        currency = DOLLAR_QUALIFIERS_AFTER[qualified.group("bracketed") or qualified.group("named") or qualified.group("bare")]
    elif (
        sign_written == "$"
        and local_sign
        and world_priced
        and (priced := _WORLD_PRICED_UNIT_RE.match(text, cursor, limit))
        and (
            priced.group("unit")
            or (
                _WORLD_COMMODITY_RE.search(
                    text, max(sentence.start, start - COMMODITY_REACH), min(sentence.end, priced.end() + COMMODITY_REACH_AFTER)
                )
                # (review of the fix passes, F1) not a local charge's price: "a carbon tax, paid by oil refiners, ..."
                and not _charge_priced(text, max(sentence.start, start - COMMODITY_REACH), start)
            )
        )
    ):
        currency = PREFIXES["$"]  # "$81 a barrel" on a page of "HK$": a world commodity's price, in US dollars
    if (
        not scale_written
        and sign_written in _SIGNS_NEEDING_A_SCALE
        and local.get(sign_written) != currency
        and not _DECIMAL_PART_RE.search(written)
    ):
        return None  # "Nu 12 was its rank", "Bt11 maize": a sign that is also a word or a code, no scale, not its country's story
    if (
        not scale_written
        and sign_written in _LETTER_SIGNS_NEEDING_MONEY
        and not _MONEY_SHAPE_RE.search(written)
        # (m20) a price per unit is money ("fetched up to R320/kg", "R18 a kilo")
        and not PRICE_DIVISOR_AFTER_RE.match(text, end, limit)
        and (
            _names_a_code(text, end)
            # the cue before the sign (`start` is the sign's own start by now: "will cost Frw 950 for adults")
            or not MONEY_CUE_RE.search(text, max(sentence.start, start - len(window) - _CUE_REACH), start)
        )
    ):
        return None  # "P3 pupils", "K12 schools": a grade or a code, not money ("a dividend of N4 a share" is)
    if (
        not scale_written
        and sign_written in _SIGNS_BEFORE_A_ROAD_NUMBER
        and not _MONEY_SHAPE_RE.search(written)
        and _ROAD_NOUN_AFTER_RE.match(text, end, limit)
    ):
        return None  # "the R80 road", "the R21 highway": a road's number ("fell to R45", "sell for R150" are money)
    if (
        not scaled
        and currency is None
        and (signed := SCALED_SIGN_AFTER_RE.match(text, cursor, limit))
        # a dollar's sign is the US dollar where no country reads it; a sign of letters ("142 MD") is money
        # only in its country's story
        and (signed.group("sign").endswith("$") or signed.group("sign") in local)
    ):
        dollar = signed.group("sign").endswith("$")  # only a dollar's country follows it ("48 M$ US")
        factor, scale_written = SCALED_SIGNS_AFTER[signed.group("sign")], signed.group("sign")
        cursor, country = (signed.end(), signed.group("country")) if dollar else (signed.end("sign"), None)
        currency = SIGN_COUNTRIES_AFTER[country] if country else local.get(signed.group("sign"), PREFIXES["$"])
    value, precision = value * factor, precision * factor
    if compound:
        value, precision = value + compound[0], min(precision, compound[1])
    high = high * factor if high is not None else None
    spelled = token.group("spelled") is not None
    if currency is None and not scale_written and (echo := _SPELLED_ECHO_RE.match(text, cursor, limit)):
        cursor = echo.end()
    if (
        currency is None
        and not scale_written
        and text.startswith(")", cursor)
        and (words := _DIGITS_ECHO_BEFORE_RE.search(text, max(sentence.start, start - 80), start))
    ):
        start, cursor = words.start(), cursor + 1  # "thirty (30) refrigerated trucks": the words and their digits
    if (
        currency is None
        and not scale_written
        and (aside := _ASIDE_RE.match(text, cursor, limit))
        and (after_aside := UNIT_RE.match(text, aside.end(), limit))
        and after_aside.lastgroup == "noun"
    ):
        # "40 (mostly old) trucks": the noun after the aside, the figure's words without it
        aside_from, cursor = cursor, aside.end()
    else:
        aside_from = None
    aside_end = cursor
    unit_match = UNIT_RE.match(text, cursor, limit)
    also_value = also_unit = None
    unit = currency
    if unit_match:
        kind = unit_match.lastgroup if unit_match.lastgroup != "after" else "inner"
        if kind == "inner" and currency is None:
            after = unit_match.group("after").casefold()
            unit = local.get(after, CURRENCY_WORDS[after])
            inner = _first_amount(text, unit_match.start("inner"), unit_match.end("inner"))
            if inner and inner.unit != unit and len(inner.unit) == 3 and inner.unit.isupper():
                also_value, also_unit = inner.value, inner.unit
            cursor = unit_match.end() + len(unit_match.group("after"))
        elif kind == "word" and currency is None and (weight := _weight_meant(text, sentence, start, unit_match, limit)):
            unit, cursor = weight, unit_match.end()  # "7.5 million pounds of kernels": a weight
        elif (
            kind == "word"
            and currency is None
            # a word only some countries' stories name money by ("dinars"): none elsewhere
            and (unit_match.group("word").casefold() in CURRENCY_WORDS or unit_match.group("word").casefold() in local)
            # a name read in lower case only, unless a price's divisor follows it ("1,200 Ariary per kilo")
            and not (
                unit_match.group("word").casefold() in LOWER_CASE_CURRENCY_WORDS
                and not unit_match.group("word").islower()
                and not PRICE_DIVISOR_AFTER_RE.match(text, unit_match.end(), limit)
                # (fixr4 M4) a code's name capitalised after a scale ("4.3 million Eur")
                and not (scale_written and unit_match.group("word").casefold() in _CODE_NAMES)
            )
            # "a 48 million pound grant" is money, "a 50-pound bag" a weight (`ordinary_words`)
            and _money_is_meant(
                text, sentence, start, unit_match, bool(scale_written), unit_match.group("word").casefold(), limit
            )
        ):
            word = unit_match.group("word").casefold()
            unit, cursor = local.get(word) or CURRENCY_WORDS[word], unit_match.end()
        elif kind == "pct" and currency is None and not scale_written:
            written_unit = unit_match.group("pct").lower()
            unit = (
                "percentage points"
                if written_unit.startswith(("percentage", "pp", "p."))
                else "basis points"
                if written_unit.startswith(("basis", "bp"))
                else "percent"
            )
            cursor = unit_match.end()
        elif kind == "minor" and currency is None and not scale_written and not spelled:
            minor = MINOR_UNITS[unit_match.group("minor").strip().casefold()]
            unit, cursor = minor["unit"], unit_match.end()
            if minor.get("local") in local:  # "85c" in an Australian story: Australian cents
                unit = local[minor["local"]]
            if minor["unit"] == minor["currency"]:  # cents: a fraction of their currency (baisas a thousandth)
                parts = float(minor.get("per") or 100)
                value, precision = value / parts, precision / parts
                high = high / parts if high is not None else None
        elif kind == "code" and currency is None and is_currency_code(unit_match.group("code")):
            code = unit_match.group("code")
            unit, cursor = CODE_ALIASES.get(code, code), unit_match.end()
        elif kind == "code" and currency is None:
            unit_match, kind = NOUN_RE.match(text, cursor, limit), "noun"  # "300 BMW cars": a name, then the noun
        elif (
            kind in ("measure", "spaced")
            and currency is None
            # (m20) and after an attached "k" of thousands: "48k t/yr"
            and (not scale_written or _WORD_SCALE_RE.fullmatch(scale_written) or ATTACHED_SCALES.get(scale_written) == 1e3)
        ):
            # a unit symbol after a scale in words too: "81.4 million kg", "4.3 lakh kg", "3 crore kg"
            unit, factor = MEASURES[unit_match.group(kind)]
            value, precision, cursor = value * factor, precision * factor, unit_match.end()
            high = high * factor if high is not None else None
        elif kind == "aged" and currency is None and not scale_written:
            unit = unit_match.group("aged").lower() + "s"
        elif kind == "compound" and currency is None and not scale_written:
            unit, cursor = COUNTED_BEFORE_A_NOUN[unit_match.group("compound")], unit_match.end()
        elif kind == "rate" and currency is None and not scale_written:
            unit, cursor = RATE_UNITS[unit_match.group("rate")], unit_match.end("rate")
        if kind == "noun" and unit_match and currency is None:
            # "two million homes": a spelled number with a scale counts like digits do
            noun = _counted_noun(unit_match.group("noun"), spelled and not scale_written)
            last = unit_match.group("noun").split()[-1].casefold()
            head = HEAD_AFTER_RE.match(text, unit_match.end(), limit)
            if head and (COUNTED_NOUNS.get(last, last) != last or last in SINGULAR_COUNTS):
                head_noun = head.group(1).casefold()
                if head_noun in COUNTED_NOUNS:
                    noun = COUNTED_NOUNS[head_noun]  # "2,000 business customers" count customers
                elif head_noun not in ACTS_ON_MODIFIER and head_noun not in NOT_COUNTED:
                    noun = f"{last} {head_noun}"  # "84,000 home batteries": the singular is a modifier
            elif (
                not last.endswith("s")
                and (paired := PAIRED_HEAD_AFTER_RE.match(text, unit_match.end(), limit))
                and (family := _COUNT_FAMILIES.get(COUNTED_NOUNS.get(last, last)))
                and _COUNT_FAMILIES.get(COUNTED_NOUNS.get(paired.group(1), paired.group(1) + "s")) == family
                and paired.group(2) not in NOT_COUNTED
            ):
                noun = COUNTED_NOUNS.get(paired.group(2), paired.group(2))  # "sheep and goat skins" count skins
            if spelled and not scale_written and last in BODY_MEMBERS:
                # "has forty-eight members", "twelve members of the co-operative": a body's membership only
                bare = unit_match.group("noun").casefold() == last
                of_whom = OF_AFTER_RE.match(text, unit_match.end(), limit)
                noun = last if bare and (not of_whom or MEMBERS_OF_A_BODY_RE.match(text, unit_match.end(), limit)) else None
                # ... after a cue of membership, or before "in" a place: never people picked out ("two members were
                # arrested", "Three members voted against")
                if noun and not (
                    MEMBERSHIP_CUE_BEFORE_RE.search(text, max(sentence.start, start - MEMBERSHIP_CUE_REACH), start)
                    or (not of_whom and MEMBERS_IN_A_PLACE_RE.match(text, unit_match.end(), limit))
                ):
                    noun = None
            if noun == "times" and not (
                ("." in written or MULTIPLE_AFTER_RE.match(text, unit_match.end(), limit))
                and not FREQUENCY_AFTER_RE.match(text, unit_match.end(), limit)
            ):
                noun = None  # "flew 3 times", "4.5 times a day": how often, not a multiple
            if (
                noun in DURATIONS
                and DATE_AFTER_RE.match(text, unit_match.end(), limit)
                and not AGE_BEFORE_RE.search(text, max(sentence.start, start - 40), start)
            ):
                noun = None  # "two years ago": a date, not a figure
            if noun in DURATIONS and STRETCH_BEFORE_RE.search(text, max(sentence.start, start - 12), start):
                noun = None  # "in the first six months": a period, not a figure
            if (
                noun is not None
                and noun in local
                and noun not in CURRENCY_WORDS
                and _money_is_meant(text, sentence, start, unit_match, bool(scale_written), noun, limit)
            ):
                noun = local[noun]  # "2.84 billion crowns" in an Oslo story: a currency only the country names
            if (
                noun == "metres"
                and last in _US_METRE_WORDS
                and (
                    _devices_meant(text, sentence, start, unit_match.end())
                    or DEVICE_CUE_AFTER_RE.match(text, unit_match.end(), limit) is not None
                )
                and not LENGTH_AFTER_RE.match(text, unit_match.end(), limit)
                and not LENGTH_BEFORE_RE.search(text, max(sentence.start, start - 40), start)
            ):
                noun = "meters"  # "installed 36,000 meters": the devices counted, no length
            if noun in SINGULAR_COUNTS and not SINGULAR_COUNT_CUE_RE.search(
                text, max(sentence.start, start - _CUE_REACH), min(sentence.end, cursor + _CUE_REACH)
            ):
                noun = None  # "12 head of department staff": no animals near, no count by the head
            if noun in _LENGTHS and _SPEED_AFTER_RE.match(text, unit_match.end(), limit):
                noun = None  # (fixc31 M1) "150 miles per hour": a speed, no length
            unit = noun
    if (
        unit is None
        and previous_unit
        and (
            ELLIPSIS_BEFORE_RE.search(text, max(sentence.start, start - 40), start)
            or COMPARISON_BEFORE_RE.search(text, max(sentence.start, start - 24), start)
            or CARRIED_BEFORE_RE.search(text, max(sentence.start, start - 48), start)
            or SIGNED_CHANGE_BEFORE_RE.search(text, max(sentence.start, start - 4), start)
            or ELLIPSIS_AFTER_RE.match(text, cursor, limit)
        )
    ):
        unit = previous_unit
    if unit is None and currency is None and (counted := NUMBER_OF_RE.search(text, max(sentence.start, start - 120), start)):
        unit = _counted_noun(counted.group("noun"), False)
    if unit is None and currency is None and (whole := COLLECTIVE_BEFORE_RE.search(text, max(sentence.start, start - 40), start)):
        # "with a staff of 210", "a workforce of 3,100": the people it names; "its fleet of 140" after "40 trucks":
        # what the sentence counted before
        # (only where the figure before was added to the whole: "carried 2.1 million passengers with a fleet of 38"
        # counts no passengers)
        noun = whole.group("noun").casefold()
        added_to = _ADDED_TO_RE.search(text, max(sentence.start, whole.start() - 8), whole.start())
        unit = COLLECTIVES[noun] or (previous_unit if added_to else None)
    if (
        unit is None
        and currency is None
        and (whole := COLLECTIVE_VERB_BEFORE_RE.search(text, max(sentence.start, start - 40), start))
        and not _OF_BEFORE_A_WHOLE_RE.search(text, max(sentence.start, whole.start() - 20), whole.start())
    ):
        unit = COLLECTIVES[whole.group("noun").casefold()]
    if unit is None and currency is None and not spelled and (part := PART_OF_RE.match(text, end, limit)):
        # "180 of its 640 jobs", "140 of 620 jobs": the part counts what the whole counts
        whole = NOUN_RE.match(text, part.end() - 1, limit)
        unit = _counted_noun(whole.group("noun"), False) if whole else None
    if unit is None and currency is None:
        unit = _label_noun(text, sentence, start)  # "Seats sold: 2.4M" counts in millions
    if unit is None:
        return None  # a bare number is no claim
    if not scale_written and YEAR_RE.fullmatch(written) and unit not in {"percent"} and currency is None:
        return None  # a year, however followed
    if spelled and written.lower() == "one" and unit not in CURRENCY_WORDS.values() and not scale_written:
        return None  # "one store": the article's way of saying "a"
    if aside_from is not None and cursor == aside_end:
        cursor = aside_from  # the noun read after the aside is no part of the figure's words
    return Amount(Span(start, cursor), value, unit, scale_written, precision, high, also_value, also_unit)


# A plural noun or "strong" right after a currency word that is also an ordinary word: the word is
# no currency there ("sol panels"); "is", "was", "has" and the like are verbs.
NOUN_AFTER_CURRENCY_WORD_RE = re.compile(r"[ \t]+(?:strong\b|(?!(?:is|was|has|does|goes|says)\b)[a-z]{2,}[^s\W]s\b)")


def _money_is_meant(
    text: str, sentence: Span, start: int, unit_match: re.Match[str], scale_written: bool, noun: str, limit: int
) -> bool:
    """Whether a local currency word that is an ordinary word too ("crowns") names money here."""
    if noun not in ORDINARY_CURRENCY_WORDS:
        return True
    if scale_written:
        # "5 million sol panels", "a 1.5 million leone strong workforce": the word names a kind of what follows
        return not NOUN_AFTER_CURRENCY_WORD_RE.match(text, unit_match.end(), limit)
    group = "noun" if unit_match.lastgroup != "word" else "word"
    printed = unit_match.group(group)
    if text[unit_match.start(group) - 1] == "-":
        return False  # "a 50-pound bag": a measure of what follows, not money
    return (
        printed[:1].isupper()  # "Norwegian crowns", "Czech crowns"
        or CONVERSION_AFTER_RE.match(text, unit_match.end(), limit) is not None
        or PRICE_DIVISOR_AFTER_RE.match(text, unit_match.end(), limit) is not None  # "580 cedis a bag"
        or MONEY_CUE_RE.search(text, max(sentence.start, start - _CUE_REACH), start) is not None
    )


# "of" and up to three words after a currency word that is a weight too ("pounds of green kernels").
_OF_A_THING_RE = re.compile(r"[ \t]+of[ \t]+((?:[A-Za-z'’-]+[ \t]+){0,2}[A-Za-z'’-]+)")


def _weight_meant(text: str, sentence: Span, start: int, unit_match: re.Match[str], limit: int) -> str | None:
    """The weight a currency word that is a weight too names, where "of" and the thing weighed follow it
    ("33 million pounds of shrimp"): no word of money among them ("5 million pounds of funding"), the
    first no determiner or relative ("4 million pounds of which", "of its stake": a part of a sum), and
    no word of money before the number in its sentence ("was fined", "raised"); or None."""
    word = unit_match.group("word").casefold()
    if word not in WEIGHT_WORDS:
        return None
    thing = _OF_A_THING_RE.match(text, unit_match.end(), limit)
    if thing is None:
        return None
    words = [w.casefold().strip("'’") for w in thing.group(1).split()]
    if words[0] in NOT_A_THING_WEIGHED or any(w in MONEY_WORDS_AFTER for w in words):
        return None
    if MONEY_CUE_RE.search(text, max(sentence.start, start - _CUE_REACH), start):
        return None
    return WEIGHT_WORDS[word]


def _label_noun(text: str, sentence: Span, start: int) -> str | None:
    """The counted noun of a list line's label ("Broadband subscribers added: 64,000"), or None."""
    line_start = max(text.rfind("\n", sentence.start, start) + 1, sentence.start)
    if start - line_start > _LABEL_REACH:
        return None
    label = LABEL_RE.fullmatch(text, line_start, start)
    if not label:
        return None
    for word in reversed(label.group("label").split()[-3:]):
        if word.casefold() in COUNTED_NOUNS:
            return COUNTED_NOUNS[word.casefold()]
    # "Season tickets: 27,300", "Cookers sold in the year: 310k": a label opening on a plural names it
    opening = LABEL_OPENING_RE.match(label.group("label"))
    return _counted_noun(opening.group(0).casefold(), False) if opening else None


# "members" a spelled number counts only as a body's (counted.yml `body_members`, `member_bodies`)
BODY_MEMBERS = frozenset(w.casefold() for w in load("counted")["body_members"])
OF_AFTER_RE = re.compile(r"\s+of\b", re.IGNORECASE)
MEMBERS_OF_A_BODY_RE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|this|that|our|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{longest_first(load('counted')['member_bodies'])})\b",
    re.IGNORECASE,
)


_COUNTED = load("counted")
# (fixcm) a cue of membership right before a spelled number of members ("has twelve", "with about ninety")
MEMBERSHIP_CUE_BEFORE_RE = re.compile(
    rf"\b(?:{longest_first(_COUNTED['membership_cues'])})\s+(?:(?:{longest_first(_COUNTED['membership_hedges'])})\s+)"
    r"{0,2}$",
    re.IGNORECASE,
)
MEMBERSHIP_CUE_REACH = 60
# ... or "in"/"across" a place after the members ("forty members in Fell Valley", "nine members in three regions")
MEMBERS_IN_A_PLACE_RE = re.compile(
    rf"\s+(?:in|across)\s+(?:(?-i:[A-Z])|[\w,-]+\s+(?:{longest_first(_COUNTED['membership_places'])})\b)",
    re.IGNORECASE,
)


def _counted_noun(phrase: str, spelled: bool) -> str | None:
    """The unit a counted phrase gives ("smart home devices" -> devices), or None."""
    words = phrase.split()
    if words[0].casefold() in RATE_OPENERS:
        return None  # (fixc31 H1) "80 per square foot": a price's unit, no quantity of it
    last_two = " ".join(words[-2:]).casefold()
    if last_two in COUNTED_NOUNS:
        return COUNTED_NOUNS[last_two]
    last = words[-1].casefold()
    if last == "times":
        # "subscribed 3.4 times", "bid for 7.8 times the shares": a multiple, printed in digits right before
        return "times" if len(words) == 1 and not spelled else None
    if last in COUNTED_NOUNS:
        return COUNTED_NOUNS[last]
    if last in DURATIONS:
        return last
    if spelled or last in NOT_COUNTED:
        return None
    if words[-1][:-1].isupper():
        return words[-1]  # an abbreviation's plural: "SUVs"
    if last == "seconds":
        return None
    if len(words) >= 2 and last not in PREMISES and last not in TRADES and _part_of_the_noun(words[-2]):
        return f"{words[-2]} {last}"  # "63,000 tumble dryers": the singular before the plural names the thing
    return last


def _part_of_the_noun(word: str) -> bool:
    """A lowercase singular noun that makes a compound with the plural after it ("heat" in "heat
    pumps"), not a word that only describes it ("new", "electric") nor a noun the vocabulary counts."""
    return (
        word.isalpha()
        and word.islower()
        and not word.endswith("s")
        and word not in DESCRIBING_WORDS
        and not word.endswith(DESCRIBING_ENDINGS)
        and word not in COUNTED_NOUNS
    )


def _first_amount(text: str, start: int, end: int) -> Amount | None:
    """The first amount inside text[start:end] (the bracketed second currency)."""
    inner = Span(start, end)
    for token in NUMBER_RE.finditer(text, start, end):
        amount = _read_at(text, inner, token)
        if amount:
            return amount
    return None


# (m15) A land area written in parts ("3 ha 15 a 40 m2", counted.yml `area_parts`): each later part a number and
# a smaller unit's symbol, ending the clause or followed by a further part ("4 ha 20 a year" is no part).
_AREA_PARTS = {
    unit: {part["symbol"]: float(part["factor"]) for part in parts}
    for unit, parts in (load("counted").get("area_parts") or {}).items()
}
_AREA_PART_RES = {
    unit: re.compile(
        rf"[ \u00a0]+(?P<number>\d{{1,4}})[ \u00a0]?(?P<symbol>(?-i:{longest_first(parts)}))(?![\w-])(?=[ \u00a0]+\d|\s*[,.;:)]|\s*$)"
    )
    for unit, parts in _AREA_PARTS.items()
}


def _with_area_parts(text: str, amount: Amount, limit: int) -> Amount:
    """The amount with the smaller parts written after it ("3 ha 15 a 40 m2" is 3.154 hectares), if any."""
    pattern = _AREA_PART_RES.get(amount.unit)
    if pattern is None:
        return amount
    value, precision, end = amount.value, amount.precision, amount.span.end
    while (part := pattern.match(text, end, limit)) is not None:
        factor = _AREA_PARTS[amount.unit][part.group("symbol")]
        if factor >= precision:
            break
        value, precision, end = value + int(part.group("number")) * factor, factor, part.end()
    if end == amount.span.end:
        return amount
    return replace(amount, span=Span(amount.span.start, end), value=value, precision=precision)


# (m21) A venture's split: two shares joined by a slash, a colon or a hyphen before a venture's or a split's noun ("a
# 51/49 JV", "a 60:40 joint venture", "a 50-50 split"), the two adding up to a hundred.
_SPLIT_RE = re.compile(
    rf"(?<![\w.,/:-])(?P<first>\d{{1,2}})[/:-](?P<second>\d{{1,2}})(?![\w.,/:-])"
    rf"(?=[ \t\u00a0]+(?:{longest_first(words('claim_cues', 'split_nouns'))})\b)"
)


def _split_shares(text: str, sentence: Span) -> list[Amount]:
    """The two shares of each venture's split in the sentence, in percent."""
    shares = []
    for split in _SPLIT_RE.finditer(text, sentence.start, sentence.end):
        first, second = int(split.group("first")), int(split.group("second"))
        if first + second == 100:
            for part in ("first", "second"):
                value = float(split.group(part))
                shares.append(Amount(Span(split.start(part), split.end(part)), value, "percent", None, 1.0))
    return shares


def find_amounts(
    text: str,
    sentence: Span,
    local: Mapping[str, str] = {},
    thousands_dots: bool = False,
    scaled_thousands_dots: bool = False,
    world_priced: bool = False,
) -> list[Amount]:
    """Every amount in the sentence, in order; "10 billion yuan ($1.5 billion)"
    and "USD 2.9 billion, or Rs 21,360 crore" are one amount read in two
    currencies, never a negative number."""
    found: list[Amount] = []
    consumed = sentence.start
    splits = _split_shares(text, sentence)
    next_split = 0  # the shares come in text order, as the tokens do: one walk, not every share per token
    for token in NUMBER_RE.finditer(text, sentence.start, sentence.end):
        if token.start() < consumed:
            continue
        while next_split < len(splits) and splits[next_split].span.end + 1 <= token.start():
            next_split += 1
        if next_split < len(splits) and splits[next_split].span.start <= token.start():
            continue  # (m21) a venture's split's share ("a 51/49 JV"), read above
        counted_before = (
            found[-1].unit if found and not _is_money(found[-1].unit) and found[-1].unit not in {"percent", "GBX"} else None
        )
        amount = _read_at(text, sentence, token, counted_before, local, thousands_dots, scaled_thousands_dots, world_priced)
        if amount is None:
            continue
        amount = _with_area_parts(text, amount, sentence.end)
        consumed = amount.span.end
        if (
            found
            and amount.unit != found[-1].unit
            and found[-1].also_unit is None
            and _is_money(amount.unit)
            and _is_money(found[-1].unit)
        ):
            previous = found[-1]
            between = BRACKET_RE.fullmatch(text, previous.span.end, amount.span.start)
            if between:
                closing = 1 if text[amount.span.end : amount.span.end + 1] == ")" else 0
                found[-1] = Amount(
                    Span(previous.span.start, amount.span.end + closing),
                    previous.value,
                    previous.unit,
                    previous.scale,
                    previous.precision,
                    previous.value_high,
                    amount.value,
                    amount.unit,
                )
                consumed = amount.span.end + closing
                continue
        found.append(amount)
    if splits:
        found = sorted([*found, *splits], key=lambda amount: amount.span.start)
    # "rose to 18.4 percent, an increase of 3.3 points": points beside a percentage are percentage points,
    # unless the percentage restates them ("fell 120 points, or 1.2%": an index's points).
    if any(amount.unit == "percent" for amount in found):
        found = [
            replace(a, unit="percentage points")
            if a.unit == "points" and a.value <= 100 and not _restated(text, a, found[i + 1 : i + 2])
            else a
            for i, a in enumerate(found)
        ]
    return found


def _restated(text: str, amount: Amount, following: list[Amount]) -> bool:
    """Whether the next amount says the same in percent: "120 points, or 1.2%", "45 points (1.2%)"."""
    if not following or following[0].unit != "percent":
        return False
    noun = POINTS_RE.match(text, amount.span.end, following[0].span.start)  # the span ends at the number
    return BRACKET_RE.fullmatch(text, noun.end() if noun else amount.span.end, following[0].span.start) is not None


def _is_money(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()
