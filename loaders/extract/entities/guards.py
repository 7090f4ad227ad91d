"""Guards: stretches that look like names but never are one.

Each guard has a name (returned as the reason) and a unit test. They read
only the candidate and a few characters around it.
"""

from __future__ import annotations

import functools
import re

from loaders.data import iso
from loaders.extract.entities.state import NON_ORGANISATION_ACRONYMS, NOT_NAMES
from loaders.spans import Span
from loaders.vocab import load, words

_LEGAL_FORMS = frozenset(words("organisations", "legal_forms"))
_CURRENCY_SYMBOLS = "$€£¥₹₩₽₺₫₱฿"
# Two capitalised words run together with no space, each at least five letters ("FinancialGovernment"):
# navigation menus glued into one line. Brand names join shorter parts ("PayPal", "YouTube").
# (read from a lower-case run's first letter only, and without giving letters back: one long word is read
# once, not once from each of its letters)
_RUN_TOGETHER_RE = re.compile(r"(?<![a-z])[a-z]{4,}+[A-Z][a-z]{4,}")
_EXCHANGE_ENDINGS = words("markets", "endings")
# "Jan" alone is January, "Jan Berg" a person
_MONTHS_SHORT = frozenset(words("not_names", "months_short"))
# (e28) "Tue" a Tuesday where a timetable prints it: before a time or a date ("Tue 07:00", "Thu 12 March"), in a
# range or a list of weekdays ("Mon–Fri", "Mon, Wed and Fri"); elsewhere the letters may be a name ("Sun said",
# "Thu said", "The Sun reported"; e28 review H2)
_WEEKDAYS_SHORT = frozenset(words("not_names", "weekdays_short"))
_WEEKDAY = "|".join(sorted(_WEEKDAYS_SHORT, key=len, reverse=True))
_A_DAY_AFTER_RE = re.compile(rf"\.?(?:,? ?\d|\s?[-–/]\s?(?:{_WEEKDAY})\b|,\s(?:{_WEEKDAY})\b|\s(?:and|&)\s(?:{_WEEKDAY})\b)")
_A_DAY_BEFORE_RE = re.compile(rf"\b(?:{_WEEKDAY})\.?(?:\s?[-–/]\s?|,\s|\s(?:and|&)\s)$")
# A letter or two glued to a figure with a decimal or a scale ("N48.2bn", "K3.5m", "RM1.3bil"); not "A380" or "G7".
_SCALES = r"(?:bn|mn|m|tn|k|b|bil|mil|bln|mln|trn)"
_AMOUNT_WORD_RE = re.compile(rf"[A-Z]{{1,2}}\d+(?:[.,]\d+)*{_SCALES}|[A-Z]{{1,2}}\d+[.,]\d+{_SCALES}?")
_CURRENCY_GLUED_RE = re.compile(rf"([A-Z][A-Za-z]{{0,3}})\d[\d.,]*(?:{_SCALES}|cr)?")  # "Rs4.2bn" too
_DIGIT_AFTER_RE = re.compile(r"[.,]?\d")
_SPACED_FIGURE_AFTER_RE = re.compile(r"[ \u00a0]\d")
_LETTERS_AND_FIGURE_RE = re.compile(r"[A-Z]{1,3}\d+(?:\.\d+)?")
_LISTING_AFTER_RE = re.compile(r"\s*:\s*[A-Z0-9]")
# "FY23", "FY2025", "Q3", "H1": a reporting period, never a name
_PERIOD_RE = re.compile(r"(?:FY|CY|Q[1-4]|H[12])[’']?\d{2,4}|Q[1-4]|H[12]")
_MONTH = "|".join(sorted([*words("not_names", "months"), *words("not_names", "months_short")], key=len, reverse=True))
# "July-September", "Jan–Mar": a span of months (a quarter, a season), never a name
_MONTHS_SPAN_RE = re.compile(rf"(?:{_MONTH})\.?\s?[-–]\s?(?:{_MONTH})\.?")

_INCOTERMS = frozenset(words("organisations", "incoterms"))
# "Press Office", "Press and Information Office": a body's own office, named alone, no organisation of its own
_OWN_UNIT_FUNCTION = (
    rf"(?:{'|'.join(map(re.escape, sorted(words('organisations', 'own_unit_functions'), key=len, reverse=True)))})"
)
OWN_UNIT = rf"{_OWN_UNIT_FUNCTION}(?:\s+(?:and|&)\s+{_OWN_UNIT_FUNCTION})?\s+(?:{'|'.join(map(re.escape, words('organisations', 'own_unit_nouns')))})"
_OWN_UNIT_RE = re.compile(OWN_UNIT, re.IGNORECASE)
# what goes on after a term of delivery on a price line: its price after a colon ("FOB Tessport: US$9.80/kg"),
# ", per tonne" inside its brackets, or a price noun ("FOB prices"); before it a verb of pricing ("quoted CIF")
_PRICE_AFTER_TERM_RE = re.compile(
    r"\s*:\s*[^\n]{0,12}?[\d$€£¥₹]|\s*,\s*per\b|\s+(?:prices?|rates?|basis|terms|values?|quotes?|quotations?)\b"
)
_PRICING_BEFORE_TERM_RE = re.compile(r"\b(?:quoted|priced|sold|bought|offered|delivered|shipped|basis)\s+$")
_CONTRACTION_RE = re.compile(r"(?:I|We|You|He|She|It|They|There|That|What|Who|Here|Let)[’'](?:m|s|re|ve|d|ll)")


@functools.cache
def _currency_words() -> frozenset[str]:
    # (and the codes the currencies' vocabulary reads beside ISO 4217's: "RMB", the withdrawn "BGN")
    return (
        iso.currency_codes()
        | frozenset(load("currencies").get("code_aliases") or {})
        | frozenset(words("not_names", "currency_words"))
    )


@functools.cache
def _local_letter_signs() -> frozenset[str]:
    """(m20) The letter signs lands' papers print before their own money (currencies.yml `by_country.prefixes`)."""
    prefixes = (load("currencies").get("by_country") or {}).get("prefixes") or {}
    return frozenset(sign for sign in prefixes if sign.isalpha())


@functools.cache
def _scale_word_after_re() -> re.Pattern[str]:
    scales = sorted((word for word in (load("numbers").get("scales") or {}) if word.isalpha()), key=len, reverse=True)
    return re.compile(rf"[ \u00a0](?:{'|'.join(map(re.escape, scales))})\b")


def _scale_word_after(text: str, span: Span) -> bool:
    """Whether a scale's word follows the stretch ("R80 million")."""
    return _scale_word_after_re().match(text, span.end, span.end + 20) is not None


def is_currency_word(word: str) -> bool:
    """Whether a word is a currency's code or word ("THB", "RMB", "Rs")."""
    return word in _currency_words()


def _currency_names() -> list[str]:
    """The currencies' names and signs written after a number (currencies.yml `words`, `by_country.words`)."""
    vocabulary = load("currencies")
    return [*(vocabulary.get("words") or {}), *((vocabulary.get("by_country") or {}).get("words") or {})]


@functools.cache
def _capital_currency_names() -> frozenset[str]:
    """The currency names written in capitals as one word ("FCFA"): a currency, never a name."""
    return frozenset(name for name in _currency_names() if " " not in name and name.isupper())


@functools.cache
def _currency_name_parts() -> dict[str, tuple[tuple[str, str], ...]]:
    """Capitalised word -> (the words before it, the words after it) in each currency's name of several
    words that holds it ("CFA" -> ("", " francs"), ("francs ", "")...)."""
    parts: dict[str, list[tuple[str, str]]] = {}
    for name in _currency_names():
        tokens = name.split(" ")
        for at, token in enumerate(tokens):
            if len(tokens) > 1 and token[:1].isupper():
                before, after = " ".join(tokens[:at]), " ".join(tokens[at + 1 :])
                parts.setdefault(token, []).append((before + " " if before else "", " " + after if after else ""))
    return {token: tuple(found) for token, found in parts.items()}


def _in_a_currency_name(text: str, span: Span) -> bool:
    """Whether the word at `span` stands in a currency's name of several words ("4.2 billion CFA francs",
    "francs CFA"): there it is the currency's, not a body's ("the CFA said" may be one)."""
    for before, after in _currency_name_parts().get(span.of(text), ()):
        start, end = span.start - len(before), span.end + len(after)
        if (
            start >= 0
            and text[start : span.start].casefold() == before.casefold()
            and text[span.end : end].casefold() == after.casefold()
            and (end == len(text) or not text[end].isalnum())
        ):
            return True
    return False


@functools.cache
def _markets() -> frozenset[str]:
    return frozenset(words("markets", "exchanges")) | frozenset(words("markets", "indexes"))


def term_of_delivery(text: str, span: Span) -> bool:
    """Whether the stretch, opened by an Incoterm, is a price line's term of delivery, no organisation: the term
    and its port or place in brackets ("W320 (FOB Tessport) US$3.10/lb"; not a body's acronym alone, "the Fair
    Trade Agency (FCA)"), before a price ("Kernel, FOB Tessport: US$9.80/kg", "Prices (CIF Orvale, per tonne)",
    "FOB prices") or after a verb of pricing ("quoted CIF"). "The FCA fined the bank" keeps its body."""
    after = text[span.end : span.end + 40]
    if text[max(0, span.start - 1) : span.start] == "(" and (" " in span.of(text) or after.startswith(",")):
        return True
    return bool(_PRICE_AFTER_TERM_RE.match(after) or _PRICING_BEFORE_TERM_RE.search(text[max(0, span.start - 20) : span.start]))


def junk(text: str, span: Span) -> str | None:
    """Why the stretch `span` of `text` cannot be an entity's name, or None."""
    value = span.of(text)
    tokens = value.split()
    before = text[max(0, span.start - 2) : span.start] or " "
    after = text[span.end : span.end + 2] or " "
    if (
        before[-1:] in _CURRENCY_SYMBOLS
        or before[-1:].isdigit()
        or after[:1].isdigit()
        or _DIGIT_AFTER_RE.match(after)
        or after[:1] in _CURRENCY_SYMBOLS
    ) and len(tokens) == 1:
        return "touches an amount"  # "$230B", "S$3.7", "$US6.1", "Rs. 500"
    if before[-1:] in _CURRENCY_SYMBOLS and _LETTERS_AND_FIGURE_RE.fullmatch(value):
        return "touches an amount"
    if len(tokens) == 1 and _AMOUNT_WORD_RE.fullmatch(value):
        return "touches an amount"  # "N48.2bn", "K3.5m": a currency letter glued to a figure
    glued = _CURRENCY_GLUED_RE.fullmatch(value)
    if len(tokens) == 1 and glued and glued.group(1) in _currency_words():
        return "touches an amount"  # "Sh640", "Rs500": a currency word glued to a figure
    if len(tokens) == 1 and glued and glued.group(1) in _local_letter_signs() and _scale_word_after(text, span):
        return "touches an amount"  # (m20) "a loan of R80 million": a land's letter sign glued to a scaled figure
    if (
        len(tokens) == 1
        and value in _local_letter_signs()
        and value not in _currency_words()
        and _SPACED_FIGURE_AFTER_RE.match(text, span.end)
    ):
        return "touches an amount"  # (m21) "NLe 265 million", "Le 9,500.00": a land's letter sign a space before a sum
    if len(value.replace(".", "")) <= 1:
        return "single letter"
    if value[:1].islower():
        return "lower case"  # "listed" of "U.S.-listed", left when the place before it is taken
    if len(tokens) == 1 and (value in _LEGAL_FORMS or value.rstrip(".") in _LEGAL_FORMS):
        # ("Kestrel" or "the Company"): a press release's defined term; "S.A." after "Pesquera del Cabo, "
        return "a legal form alone"
    if (len(tokens) == 1 and _PERIOD_RE.fullmatch(value)) or _MONTHS_SPAN_RE.fullmatch(value):
        return "a reporting period"
    if _field_label(text, span, value):
        return "a form's field label"
    if _OWN_UNIT_RE.fullmatch(value):
        return "a body's own office"
    if _section_label(text, span, value):
        return "a section label"
    if len(tokens) == 1 and (value in _currency_words() or value.rstrip(".") in _currency_words()):
        return "currency"
    if len(tokens) == 1 and (value in _capital_currency_names() or _in_a_currency_name(text, span)):
        return "currency"  # "FCFA", the "CFA" of "CFA francs" and "francs CFA"
    if len(tokens) == 1 and value.upper() in NON_ORGANISATION_ACRONYMS and value.isupper():
        return "term, not a name"
    if tokens[0] in _INCOTERMS and term_of_delivery(text, span):
        return "term of delivery"
    if all(token in NOT_NAMES or token.rstrip(".") in NOT_NAMES for token in tokens) or (
        len(tokens) == 1 and value.rstrip(".") in _MONTHS_SHORT
    ):
        return "never a name"
    if (
        len(tokens) == 1
        and value.rstrip(".") in _WEEKDAYS_SHORT
        and (
            _A_DAY_AFTER_RE.match(text, span.end, span.end + 12)
            or _A_DAY_BEFORE_RE.search(text, max(0, span.start - 12), span.start)
        )
    ):
        return "never a name"
    if _CONTRACTION_RE.fullmatch(value):
        return "pronoun with a verb"  # "I'm", "We’re"
    if _RUN_TOGETHER_RE.search(value):
        return "words run together"
    if value in _markets() or (value.endswith(_EXCHANGE_ENDINGS) and len(tokens) > 1):
        return "exchange or index"
    if _LISTING_AFTER_RE.match(text, span.end, span.end + 4) and value.isupper():
        return "exchange or index"  # "(NYSE: ABC)", "(TYO: 4321)"
    return None


# "Food & Drink", "Energy & Markets": two capitalised words joined by "&" as one part of a line divided by bars
# ("Business | Home & Garden | 4 March 2027"), or standing alone on a line where both are everyday words: a
# masthead's section label. A firm's name so joined stands in a sentence ("Procter & Gamble") or alone on a
# line of a list ("Harlan & Fisk" under "The bidders are:"): a surname is no everyday word.
_SECTION_LABEL_RE = re.compile(r"[A-Z][a-z]+ & [A-Z][a-z]+")
_PART_BEFORE_RE = re.compile(r"(?:^|\n|\|)[ \t]*$")
_PART_AFTER_RE = re.compile(r"[ \t]*(?:$|\n|\|)")
_BAR_BEFORE_RE = re.compile(r"\|[ \t]*$")
_BAR_AFTER_RE = re.compile(r"[ \t]*\|")


def _section_label(text: str, span: Span, value: str) -> bool:
    if (
        _SECTION_LABEL_RE.fullmatch(value) is None
        or _PART_BEFORE_RE.search(text, max(0, span.start - 4), span.start) is None
        or _PART_AFTER_RE.match(text, span.end) is None
    ):
        return False
    if _BAR_BEFORE_RE.search(text, max(0, span.start - 4), span.start) or _BAR_AFTER_RE.match(text, span.end):
        return True
    from loaders.extract.entities.people import common_words  # people reads the guards

    return all(word.lower() in common_words() for word in value.split(" & "))


_LABELS_PRINTED = 2  # a label is the form's where two lines or more open with it


def _field_label(text: str, span: Span, value: str) -> bool:
    """ "News Title" of "News Title: X" where more lines of the text open with "News Title:" (a filing feed's or a
    form's rows, "Trading Code:", "Post Date:"): the form's label, no name; a name opening one line before a
    colon (a deal box's "Buyer: X") is read as any other."""
    if not text.startswith(":", span.end) or (span.start > 0 and text[span.start - 1] != "\n"):
        return False
    if ":" in value or "\n" in value:
        return text.count(f"\n{value}:") + text.startswith(f"{value}:") >= _LABELS_PRINTED
    return _line_labels(text).get(value, 0) >= _LABELS_PRINTED


@functools.lru_cache(maxsize=8)
def _line_labels(text: str) -> dict[str, int]:
    """How many lines open with each "label:" (the words before a line's first colon), counted once per text:
    asking each line-opening name for its count stays linear in the text's length."""
    counts: dict[str, int] = {}
    for line in text.split("\n"):
        label, colon, _ = line.partition(":")
        if colon:
            counts[label] = counts.get(label, 0) + 1
    return counts


@functools.lru_cache(maxsize=1)  # (the entity stage asks three times for one article's: read once)
def lower_case_words(text: str) -> frozenset[str]:
    """The words an article writes in lower case, read once per article."""
    return frozenset(_LOWER_CASE_WORD_RE.findall(text))


_LOWER_CASE_WORD_RE = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")


def common_word(value: str, lower_words: frozenset[str]) -> bool:
    """A lone capitalised word the article also writes in lower case ("Further",
    "Holding"): an ordinary word at a sentence's start, not a name."""
    return " " not in value and value[:1].isupper() and value[1:].islower() and value.lower() in lower_words
