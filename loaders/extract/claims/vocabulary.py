"""The claim extractors' vocabulary, read once from loaders/vocab and checked."""

from __future__ import annotations

import re
from collections.abc import Iterable

from loaders.data import iso
from loaders.vocab import VOCAB_DIR, VocabularyError, alternation, alternation_by_first_letter, load, mapping, words


def numbers(name: str, key: str) -> dict[str, float]:
    """A mapping of phrases to numbers under `key` in vocabulary file `name`."""
    value = load(name).get(key)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and k and isinstance(v, (int, float, str)) for k, v in value.items()
    ):
        raise VocabularyError(f"{VOCAB_DIR / name}.yml: key '{key}' must be a mapping of phrases to numbers")
    try:
        return {k: float(v) for k, v in value.items()}
    except ValueError as error:
        raise VocabularyError(f"{VOCAB_DIR / name}.yml: key '{key}': {error}") from error


def records(name: str, key: str, fields: tuple[str, ...]) -> list[dict[str, str]]:
    """A list of mappings, each with string `fields`, under `key` in vocabulary file `name`."""
    value = load(name).get(key)
    path = VOCAB_DIR / f"{name}.yml"
    if not isinstance(value, list) or not value:
        raise VocabularyError(f"{path}: key '{key}' must be a non-empty list")
    for position, entry in enumerate(value):
        if not isinstance(entry, dict) or not all(isinstance(entry.get(f), str) and entry[f] for f in fields):
            raise VocabularyError(f"{path}: {key}[{position}] needs non-empty strings {', '.join(fields)}")
    return value


def cue_pattern(phrases: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of cue phrases on word boundaries; a trailing `*`
    lets the last word continue ("plummet*": plummeted, plummeting)."""
    return r"\b" + alternation_by_first_letter([_cue_branch(p) for p in phrases]) + r"\b"


def _cue_branch(phrase: str) -> tuple[str, str]:
    """A cue phrase as a branch: its first character, and the regex of the rest."""
    return phrase[:1], re.escape(phrase[1:-1]) + r"\w*" if phrase.endswith("*") else re.escape(phrase[1:])


def longest_first(phrases: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longer ones tried first."""
    return alternation(sorted(phrases, key=lambda p: (-len(p), p)))


def cues(key: str, name: str = "claim_cues") -> str:
    return cue_pattern(words(name, key))


def broader_metrics() -> dict[str, str]:
    """metric id -> the broader metric it belongs to, from metrics.yml."""
    entries = load("metrics").get("metrics") or []
    known = {entry.get("id") for entry in entries if isinstance(entry, dict)}
    out = {}
    for position, entry in enumerate(entries):
        if isinstance(entry, dict) and "broader" in entry:
            if entry["broader"] not in known:
                raise VocabularyError(
                    f"{VOCAB_DIR / 'metrics.yml'}: metrics[{position}] ({entry.get('id')}): "
                    f"broader metric '{entry['broader']}' is not defined"
                )
            out[entry["id"]] = entry["broader"]
    return out


def yielding_metrics() -> dict[str, frozenset[str]]:
    """metric id -> the metrics its cue right after a number yields to (`yields_to` in metrics.yml)."""
    entries = load("metrics").get("metrics") or []
    known = {entry.get("id") for entry in entries if isinstance(entry, dict)}
    out = {}
    for position, entry in enumerate(entries):
        if isinstance(entry, dict) and "yields_to" in entry:
            others = entry["yields_to"]
            if not isinstance(others, list) or not all(other in known for other in others):
                raise VocabularyError(
                    f"{VOCAB_DIR / 'metrics.yml'}: metrics[{position}] ({entry.get('id')}): 'yields_to' must list defined metrics"
                )
            out[entry["id"]] = frozenset(others)
    return out


def metrics() -> list[tuple[str, str]]:
    """(id, regex) of each metric in metrics.yml, in the file's order."""
    entries = load("metrics").get("metrics")
    path = VOCAB_DIR / "metrics.yml"
    if not isinstance(entries, list) or not entries:
        raise VocabularyError(f"{path}: key 'metrics' must be a non-empty list")
    out = []
    for position, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise VocabularyError(f"{path}: metrics[{position}] needs an 'id'")
        phrases, patterns = entry.get("cues", []), entry.get("patterns", [])
        if not all(isinstance(p, str) and p for p in [*phrases, *patterns]) or not (phrases or patterns):
            raise VocabularyError(f"{path}: metrics[{position}] ({entry['id']}): 'cues'/'patterns' must be non-empty strings")
        try:
            for pattern in patterns:
                re.compile(pattern)
        except re.error as error:
            raise VocabularyError(f"{path}: metrics[{position}] ({entry['id']}): bad pattern: {error}") from error
        out.append((entry["id"], "|".join([*patterns, *([cue_pattern(phrases)] if phrases else [])])))
    return out


def metric_alternatives() -> list[tuple[int, str]]:
    """(position in `metrics()`, regex) of each alternative of each metric of `metrics()`, in order: its patterns, then
    each of its cue phrases on word boundaries. In this order they match as `metrics()`' branches
    do (a regex alternation tries its alternatives in order), and each begins with fewer characters
    than its metric's whole branch: a tree of first-character tests holds each alternative once or a
    few times, where it held each whole branch under every character any of it begins with."""
    out: list[tuple[int, str]] = []
    metrics()  # the file checked
    for position, entry in enumerate(load("metrics")["metrics"]):
        out += [(position, pattern) for pattern in entry.get("patterns", [])]
        out += [(position, rf"\b{re.escape(first)}{rest}\b") for first, rest in map(_cue_branch, entry.get("cues", []))]
    return out


def cue_conditions() -> list[tuple[str, re.Pattern[str], re.Pattern[str], int, bool]]:
    """(metric, cue, words, reach, needed) of `needs_before` (needed) and `not_after` (refused) in
    metrics.yml: the metric's cue matching `cue` names it only where `words` stand (or, refused, do not
    stand) within `reach` characters before it in its sentence."""
    loaded = load("metrics")
    path = VOCAB_DIR / "metrics.yml"
    out = []
    for key, field, needed in (("needs_before", "before", True), ("not_after", "after", False)):
        for position, entry in enumerate(loaded.get(key) or []):
            fields = ("metric", "cue", field)
            if not isinstance(entry, dict) or not all(isinstance(entry.get(f), str) and entry[f] for f in fields):
                raise VocabularyError(f"{path}: {key}[{position}] needs non-empty strings {', '.join(fields)}")
            if not isinstance(entry.get("reach"), int) or entry["reach"] <= 0:
                raise VocabularyError(f"{path}: {key}[{position}] needs a positive 'reach'")
            try:
                cue, words_ = re.compile(entry["cue"], re.IGNORECASE), re.compile(entry[field], re.IGNORECASE)
            except re.error as error:
                raise VocabularyError(f"{path}: {key}[{position}]: bad pattern: {error}") from error
            out.append((entry["metric"], cue, words_, entry["reach"], needed))
    return out


def is_currency_code(code: str) -> bool:
    """Whether ISO 4217 (as pycountry has it) knows the code, or the vocabulary gives it an alias."""
    return code in CODE_ALIASES or iso.is_currency_code(code)


def _per_country(key: str) -> dict[str, dict[str, str]]:
    value = (load("currencies").get("by_country") or {}).get(key) or {}
    if not all(
        isinstance(sign, str) and isinstance(by, dict) and all(isinstance(c, str) and isinstance(u, str) for c, u in by.items())
        for sign, by in value.items()
    ):
        raise VocabularyError(
            f"{VOCAB_DIR / 'currencies.yml'}: by_country.{key} must map each sign to a mapping of country codes to currencies"
        )
    return value


LOCAL_PREFIXES = _per_country("prefixes")
LOCAL_WORDS = {word.casefold(): by for word, by in _per_country("words").items()}
BESIDE_USUAL_PREFIXES = _per_country("beside_usual_prefixes")
LOCAL_SIGNS_AFTER = _per_country("signs_after")


SCALES = numbers("numbers", "scales")
ATTACHED_SCALES = numbers("numbers", "attached_scales")
RUPEE_SCALES = numbers("numbers", "rupee_scales")
RUPEE_SCALE_CURRENCIES = frozenset(words("numbers", "rupee_scale_currencies"))
RUPEE_SCALE_PARTS = words("numbers", "rupee_scale_parts")
FRACTIONS = numbers("numbers", "fractions")
SHARES_IN_WORDS = numbers("numbers", "shares")
SHARES_NOT_AFTER = words("numbers", "shares_not_after")
SPACED_GROUPS_NOT_AFTER = (
    words("claim_cues", "spaced_groups_not_after")
    + words("not_names", "months")
    + tuple(f"{month}{stop}" for month in words("not_names", "months_short") for stop in ("", "."))
)
ORDINALS = {k: int(v) for k, v in numbers("numbers", "ordinals").items()}
NUMBER_WORDS = words("numbers", "words")
PREFIXES = mapping("currencies", "prefixes")
_LISTED_CURRENCY_WORDS = {k.casefold(): v for k, v in mapping("currencies", "words").items()}
_APOSTROPHES = ("’", "'", "ʻ")  # "pa’anga" as ISO 4217 spells it, "pa'anga" and "paʻanga" as pages do


def _named_currencies() -> dict[str, str]:
    """The currencies ISO 4217 names by one word of their own ("2.63 billion ngultrum", "58.6 million
    pa'anga"), each also with an "s" and with each apostrophe pages write: words the vocabulary does
    not list, read as money only where an ordinary currency word would be (`ordinary_words`)."""
    found: dict[str, str] = {}
    for name, code in iso.currency_names().items():
        for spelling in {name.replace("’", mark) for mark in _APOSTROPHES}:
            for form in (spelling, spelling + "s"):
                if form not in _LISTED_CURRENCY_WORDS:
                    found[form] = code
    # the names and plurals ISO 4217 does not give by one word (`more_names`: "emalangeni", "meticais")
    for form, code in mapping("currencies", "more_names").items():
        if form.casefold() not in _LISTED_CURRENCY_WORDS:
            found[form.casefold()] = code
    return found


NAMED_CURRENCY_WORDS = _named_currencies()
# `more_names` are read in lower case only: a country's currency's name capitalised is a place's or a street's
# ("Cedi Street", "Birr Airport")
LOWER_CASE_CURRENCY_WORDS = frozenset(form.casefold() for form in mapping("currencies", "more_names")) - frozenset(
    _LISTED_CURRENCY_WORDS
)
CURRENCY_WORDS = NAMED_CURRENCY_WORDS | _LISTED_CURRENCY_WORDS
CODE_ALIASES = mapping("currencies", "code_aliases")
SCALED_SIGNS_AFTER = numbers("currencies", "scaled_signs_after")
SIGN_COUNTRIES_AFTER = mapping("currencies", "sign_countries_after")
DOLLAR_QUALIFIERS_AFTER = mapping("currencies", "dollar_qualifiers_after")
DOLLAR_QUALIFIER_FOLLOWERS = words("currencies", "dollar_qualifier_followers")
WORLD_PRICED_UNITS = words("currencies", "world_priced_units")
WORLD_PRICED_BULK_UNITS = words("currencies", "world_priced_bulk_units")
WORLD_PRICED_COMMODITIES = words("currencies", "world_priced_commodities")
MINOR_UNITS = {entry["word"].casefold(): entry for entry in records("currencies", "minor", ("word", "currency", "unit"))}
COUNTED_NOUNS = {k.casefold(): v for k, v in mapping("counted", "nouns").items()}
# (fixc31 H1) counted nouns read in lower case only ("feet": "3 Foot Locker stores" count stores)
LOWER_CASE_NOUNS = frozenset(words("counted", "lower_case_nouns"))
# (fixc31 H1) a word that makes the noun after a number a price's or a rate's unit ("80 per square foot")
RATE_OPENERS = frozenset(word.casefold() for word in words("counted", "rate_openers"))
# Things counted that no one makes or sells as units ("fans", "votes", "visitors"): counted nouns too
COUNTED_NOT_PRODUCTS = frozenset(word.casefold() for word in words("counted", "not_products"))
DURATIONS = frozenset(words("counted", "durations"))
ACTS_ON_MODIFIER = frozenset(words("counted", "acts_on_modifier"))
SINGULAR_COUNTS = frozenset(words("counted", "singular_counts"))
COUNTED_BEFORE_A_NOUN = dict(mapping("counted", "counted_before_a_noun"))
AGE_CUES = words("counted", "age_cues")
QUALIFIERS = words("claim_cues", "qualifiers")
MEASURES = {m["symbol"]: (m["unit"], float(m["factor"])) for m in records("counted", "measures", ("symbol", "unit", "factor"))}
SPACED_MEASURES = frozenset(m["symbol"] for m in records("counted", "measures", ("symbol", "unit", "factor")) if m.get("spaced"))
NOT_COUNTED = frozenset(w.casefold() for w in words("counted", "not_counted"))
DESCRIBING_WORDS = frozenset(w.casefold() for w in words("counted", "describing_words"))
DESCRIBING_ENDINGS = words("counted", "describing_endings")
PREMISES = frozenset(words("counted", "premises"))
TRADES = frozenset(words("counted", "trades"))
SINGULAR_COUNT_CUES = words("counted", "singular_count_cues")
LENGTH_CUES_AFTER = words("counted", "length_cues_after")
LENGTH_CUES_LAID = words("counted", "length_cues_laid")
LENGTH_CUES_BEFORE = words("counted", "length_cues_before")
DEVICE_CUES = words("counted", "device_cues")
DEVICE_CUES_AFTER = words("counted", "device_cues_after")
NOT_A_MATERIAL_AFTER_OF = words("counted", "not_a_material_after_of")
ORDINARY_CURRENCY_WORDS = frozenset(w.casefold() for w in words("currencies", "ordinary_words")) | frozenset(NAMED_CURRENCY_WORDS)
MONEY_CUES = words("currencies", "money_cues")
# Words only some countries' stories name money by, no ordinary word nor a hundredth ("dinars", "shillings"):
# read after a number only where the story's country gives them a reading.
LOCAL_ONLY_WORDS = frozenset(
    word for word in LOCAL_WORDS if word not in CURRENCY_WORDS and word not in ORDINARY_CURRENCY_WORDS and word not in MINOR_UNITS
)
# Currency words that are weights too ("33 million pounds of shrimp"), and the words after "of" that keep them money.
WEIGHT_WORDS = {k.casefold(): v for k, v in mapping("currencies", "weights").items()}
MONEY_WORDS_AFTER = frozenset(w.casefold() for w in words("currencies", "money_words_after") + MONEY_CUES)
NOT_A_THING_WEIGHED = frozenset(w.casefold() for w in words("currencies", "not_a_thing_weighed"))
PARTS_OF_A_SCALE = numbers("numbers", "parts_of_a_scale")
CARRIED_BEFORE = words("counted", "carried_before")
