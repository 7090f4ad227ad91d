"""Vocabulary as data: the word lists and cue patterns the extractors use.

Each list lives in one YAML file beside this module (see README.md here for
what each is for and where it came from). `load(name)` reads a file once and
checks its shape, naming the file and key on bad data; the helpers below turn
lists into regex alternations, keeping the file's order (a regex alternation
tries its branches in order, so longer phrases are listed before their
prefixes).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

VOCAB_DIR = Path(__file__).resolve().parent


# libyaml's safe loader where PyYAML has it (the same data, several times faster at start-up).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class VocabularyError(ValueError):
    """A vocabulary file that does not have the shape its readers expect."""


@cache
def load(name: str) -> dict[str, Any]:
    path = VOCAB_DIR / f"{name}.yml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (OSError, yaml.YAMLError) as error:
        raise VocabularyError(f"{path}: cannot read vocabulary: {error}") from error
    if not isinstance(data, dict):
        raise VocabularyError(f"{path}: expected a mapping of lists at the top level")
    return data


def words(name: str, key: str) -> tuple[str, ...]:
    """A list of non-empty strings under `key` in vocabulary file `name`."""
    value = load(name).get(key)
    if not isinstance(value, list) or not value or not all(isinstance(w, str) and w.strip() for w in value):
        raise VocabularyError(f"{VOCAB_DIR / name}.yml: key '{key}' must be a non-empty list of non-empty strings")
    return tuple(value)


def mapping(name: str, key: str) -> dict[str, str]:
    """A mapping of strings to strings under `key` in vocabulary file `name`."""
    value = load(name).get(key)
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise VocabularyError(f"{VOCAB_DIR / name}.yml: key '{key}' must be a mapping of strings to strings")
    return dict(value)


def alternation(entries: tuple[str, ...] | list[str]) -> str:
    """A non-capturing regex alternation of literal phrases, in the given order."""
    return alternation_by_first_letter([(entry[:1], re.escape(entry[1:])) for entry in entries])


_GROUP_FROM = 8  # alternatives: fewer are tried one by one


def alternation_by_first_letter(alternatives: str | list[tuple[str, str]], flags: int = re.IGNORECASE) -> str:
    """An alternation, tried in order, rewritten behind tests of the letter (or digit) each
    alternative begins with: one test of all the first letters, then under each letter the
    alternatives beginning with it, in their order. The engine tries an alternation one
    alternative at a time (no quick test of a first character), so a long list of words costs a
    try per word at every position; so, a handful. The same matches: two alternatives under
    different letters never match at one position, and under one the order is kept (an
    alternative that may begin with one of several letters stands under each); the tests ignore
    case (whatever the host pattern's flags), so they pass wherever a first letter matches.

    `alternatives` is either an alternation `a|b|c` (each alternative parsed under `flags` for its
    first letter; returned as it is where it is not rewritten), or (first character, regex of the
    rest) pairs, the first character a literal (returned as one non-capturing group; where every
    alternative under a letter begins with one character, that character is matched once).
    Rewritten only where there are at least _GROUP_FROM alternatives and every one begins with
    an ASCII letter or digit (in either case; a parsed alternative, with one of a few); an
    alternation string also only where every alternative parses alone and none holds a capturing
    group (its number would move, and a copy would make two)."""
    if isinstance(alternatives, str):
        plain = alternatives
        pieces = _first_letters_of_alternation(alternatives, flags)
    else:
        plain = "(?:" + "|".join(re.escape(first) + rest for first, rest in alternatives) + ")"
        pieces = [
            ((first.lower(),), first, rest) if len(first) == 1 and first.isascii() and first.isalnum() else None
            for first, rest in alternatives
        ]
    if len(pieces) < _GROUP_FROM or any(piece is None for piece in pieces):
        return plain
    letters: dict[str, list[tuple[str, str]]] = {}
    for starts, first, rest in pieces:  # type: ignore[misc]
        for letter in starts:
            letters.setdefault(letter, []).append((first, rest))
    under = []
    for letter, members in letters.items():
        firsts = {first for first, _ in members}
        if len(firsts) == 1 and "" not in firsts:  # one first character: it is matched once
            under.append(re.escape(members[0][0]) + "(?:" + "|".join(rest for _, rest in members) + ")")
        else:
            under.append(f"(?=(?i:{letter}))(?:" + "|".join(re.escape(first) + rest for first, rest in members) + ")")
    tree = f"(?=(?i:[{''.join(letters)}]))(?:{'|'.join(under)})"
    return tree if isinstance(alternatives, str) else f"(?:{tree})"


def _first_letters_of_alternation(alternation: str, flags: int) -> list[tuple[tuple[str, ...], str, str] | None]:
    """Each alternative of `alternation` as (the letters it may begin with in lower case, sorted, "",
    itself), or None where that is not proved (it may begin with something other than a few ASCII
    letters or digits, or does not parse alone); all None where the alternation holds a capturing
    group or does not compile."""
    alternatives = _top_level_alternatives(alternation)
    try:
        if re.compile(alternation, flags).groups:
            return [None]
    except re.error:
        return [None]
    pieces: list[tuple[tuple[str, ...], str, str] | None] = []
    for alternative in alternatives:
        try:  # (a "|" inside a group or a set splits it into pieces that do not parse alone)
            chars = _first_characters(re._parser.parse(alternative, flags).data)  # type: ignore[attr-defined]
        except (AttributeError, re.error):
            return [None]
        lowered = sorted({char.lower() for char in chars}) if chars else []
        proved = lowered and all(len(letter) == 1 and letter.isascii() and letter.isalnum() for letter in lowered)
        pieces.append((tuple(lowered), "", alternative) if proved else None)
    return pieces


def _top_level_alternatives(pattern: str) -> list[str]:
    """`pattern` split at each "|" that stands outside any group, set or escape (each piece is still
    parsed alone before it is used: a split this reading got wrong gives a piece that does not parse)."""
    pieces, depth, start, index = [], 0, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1  # (the escaped character is skipped)
        elif char == "[":
            index += 1
            if index < len(pattern) and pattern[index] == "^":
                index += 1
            if index < len(pattern) and pattern[index] == "]":
                index += 1  # (a "]" first in a set is a member)
            while index < len(pattern) and pattern[index] != "]":
                index += 2 if pattern[index] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(pattern[start:index])
            start = index + 1
        index += 1
    return [*pieces, pattern[start:]]


def opening_alternation_by_first_letter(pattern: str, flags: int = re.IGNORECASE) -> str:
    """`pattern` with the alternation of the non-capturing group it opens with (`(?:a|b|c)...`)
    rewritten by alternation_by_first_letter: the same matches, the group's words tried only
    under their first letter. As it is where it opens with no such group."""
    if not pattern.startswith("(?:"):
        return pattern
    depth, index = 0, 0
    while index < len(pattern):  # the group's closing bracket
        char = pattern[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index += 1
            if index < len(pattern) and pattern[index] == "^":
                index += 1
            if index < len(pattern) and pattern[index] == "]":
                index += 1
            while index < len(pattern) and pattern[index] != "]":
                index += 2 if pattern[index] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                break
        index += 1
    else:
        return pattern
    inner, rest = pattern[3:index], pattern[index + 1 :]
    if rest[:1] in ("*", "+", "?", "{"):
        return pattern  # (a repeated group: left as it is)
    grouped = alternation_by_first_letter(inner, flags)
    return pattern if grouped == inner else f"(?:{grouped}){rest}"


def word_start_regex(pattern: str, flags: int = 0, first_character: bool = False) -> re.Pattern[str]:
    """`pattern` compiled, with a cheap test in front where every match of it provably
    begins a word (a word boundary, then a word character) or a number: the engine
    then tries a long alternation only there, not at every character. The matches
    are the same; a pattern the proof cannot read is compiled as is. With
    `first_character`, its `first_character_test` (where one is proved) stands after
    that test: at a word start no match can begin at, one test more, not the pattern."""
    try:
        starts = _starts(re._parser.parse(pattern, flags).data, False)  # type: ignore[attr-defined]
        if starts:
            test = first_character_test(pattern, flags) if first_character else ""
            return re.compile(rf"{_GUARDS[starts]}{test}(?:{pattern})", flags)
    except (AttributeError, KeyError, re.error):  # a Python without this parser, or global flags not at the start
        pass
    return re.compile(pattern, flags)


# How a match may begin: at a word boundary with a word character ("b"), with a digit ("d"),
# with a word character ("w"); and the test in front that every such beginning passes.
_GUARDS = {
    frozenset("b"): r"\b(?=\w)",
    frozenset("d"): r"(?=\d)",
    frozenset("bd"): r"(?=\d|\b\w)",
    frozenset("w"): r"(?=\w)",
    frozenset("bw"): r"(?=\w)",
    frozenset("dw"): r"(?=\w)",
    frozenset("bdw"): r"(?=\w)",
}


def _starts(items: list, boundary: bool) -> frozenset[str] | None:
    """How every match of the parsed items begins (see _GUARDS; `boundary`: a word boundary is
    asserted before them), or None when unsure."""
    return _beginnings(items, _start_class, boundary)


def _start_class(op: object, argument: Any, boundary: bool) -> frozenset[str] | None:
    """How a match begins whose first item is this literal or character set."""
    if op is re._constants.LITERAL:  # type: ignore[attr-defined]
        return _first_character({_class_of_char(chr(argument))}, boundary)
    return _first_character({_class_of_member(member, value) for member, value in argument}, boundary)


def _no_word_before(op: object, argument: Any) -> bool:
    """Whether this item is a look-behind proving that no word character stands right before the
    position: one that wants a non-word character last ("(?<=\\d )", "(?<=[%t] )"), or one that
    refuses every word character ("(?<![\\w-])"). A word character after it then begins a word,
    as a word boundary there would say."""
    constants = re._constants  # type: ignore[attr-defined]
    if op not in (constants.ASSERT, constants.ASSERT_NOT) or argument[0] != -1 or not argument[1].data:
        return False
    last_op, last = argument[1].data[-1]
    if op is constants.ASSERT:
        if last_op is constants.LITERAL:
            return _class_of_char(chr(last)) is None
        return last_op is constants.IN and all(
            member is constants.LITERAL and _class_of_char(chr(value)) is None for member, value in last
        )
    return (
        len(argument[1].data) == 1
        and last_op is constants.IN
        and all(member is not constants.NEGATE for member, _ in last)  # "(?<![^\w])" wants a word character
        and any(member is constants.CATEGORY and value is constants.CATEGORY_WORD for member, value in last)
    )


def _beginnings(items: list, first_item: Any, boundary: bool = False) -> frozenset[str] | None:
    """What every match of the parsed items begins with, as `first_item(op, argument, boundary)`
    says of the literal or character set a match can begin with, or None when unsure. One walk
    of the parse tree serves both proofs (word starts, first characters)."""
    constants = re._constants  # type: ignore[attr-defined]
    found: frozenset[str] = frozenset()
    for op, argument in items:
        if (op is constants.AT and argument is constants.AT_BOUNDARY) or _no_word_before(op, argument):
            boundary = True
            continue
        if op in (constants.ASSERT, constants.ASSERT_NOT, constants.AT):
            continue  # a look-around or an anchor consumes nothing: the match begins after it
        if op is constants.LITERAL or op is constants.IN:
            begun = first_item(op, argument, boundary)
            return None if begun is None else found | begun
        if op is constants.BRANCH:
            branches = [_beginnings(branch, first_item, boundary) for branch in argument[1]]
            return None if any(b is None for b in branches) else found.union(*branches)  # type: ignore[arg-type]
        if op is constants.SUBPATTERN:
            _group, add_flags, _del_flags, inner = argument
            inner_begun = None if add_flags & (re.ASCII | re.LOCALE) else _beginnings(inner.data, first_item, boundary)
            if inner_begun is not None and add_flags & re.IGNORECASE and first_item is _item_characters:
                inner_begun = _every_case(inner_begun)  # "(?i:in|at)" in a pattern that minds case begins "In" too
            return None if inner_begun is None else found | inner_begun
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
            low, _high, inner = argument
            inner_begun = _beginnings(inner.data, first_item, boundary)
            if inner_begun is None:
                return None
            found |= inner_begun
            if low >= 1:
                return found
            continue  # it may match nothing: then what follows begins the match
        return None
    return None  # the items may match nothing


def _first_character(classes: set[str | None], boundary: bool) -> frozenset[str] | None:
    """How a match begins whose first character is of one of these classes ("d" digit, "w" word, None other)."""
    if None in classes:
        return None
    if boundary:
        return frozenset("b")
    return frozenset("d" if classes == {"d"} else "w")


def _class_of_char(char: str) -> str | None:
    if re.fullmatch(r"\d", char):
        return "d"
    return "w" if re.fullmatch(r"\w", char) else None


def _class_of_member(member: object, value: object) -> str | None:
    """The class of the characters a member of a character set matches: "d", "w" or None (others too)."""
    constants = re._constants  # type: ignore[attr-defined]
    if member is constants.LITERAL:
        return _class_of_char(chr(value))  # type: ignore[arg-type]
    if member is constants.RANGE:
        bounds: tuple[int, int] = value  # type: ignore[assignment]
        if 48 <= bounds[0] <= bounds[1] <= 57:
            return "d"
        return "w" if any(first <= bounds[0] <= bounds[1] <= last for first, last in ((65, 90), (97, 122))) else None
    if member is constants.CATEGORY:
        return "d" if value is constants.CATEGORY_DIGIT else "w" if value is constants.CATEGORY_WORD else None
    return None


def required_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Characters of which every match of `pattern` holds at least one (caseless ones only:
    punctuation, digits), or None when the parse proves no such set. A text holding none of
    them cannot match: a cheap test before an expensive pattern."""
    try:
        return _required(re._parser.parse(pattern, flags).data)  # type: ignore[attr-defined]
    except (AttributeError, re.error):
        return None


def _required(items: list) -> frozenset[str] | None:
    constants = re._constants  # type: ignore[attr-defined]
    best: frozenset[str] | None = None
    for op, argument in items:
        found: frozenset[str] | None = None
        if op is constants.LITERAL:
            char = chr(argument)
            found = frozenset(char) if char.lower() == char.upper() else None
        elif op is constants.IN and all(member is constants.LITERAL for member, _ in argument):
            chars = frozenset(chr(value) for _, value in argument)
            found = chars if all(char.lower() == char.upper() for char in chars) else None
        elif op is constants.BRANCH:
            branches = [_required(branch) for branch in argument[1]]
            found = None if any(b is None for b in branches) else frozenset().union(*branches)  # type: ignore[arg-type]
        elif op is constants.SUBPATTERN:
            found = _required(argument[3].data)
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT) and argument[0] >= 1:
            found = _required(argument[2].data)
        if found is not None and (best is None or len(found) < len(best)):
            best = found  # one item that must match is enough; the fewest characters test fastest
    return best


def first_character_test(pattern: str, flags: int = 0) -> str:
    """A look-ahead for the characters every match of `pattern` can begin with (both cases of
    an ASCII letter when `flags` ignore case), to put in front of it: a position no match can
    begin at then costs one test. "" when the parse gives no such small set."""
    try:
        chars = _first_characters(re._parser.parse(pattern, flags).data)  # type: ignore[attr-defined]
    except (AttributeError, re.error):
        return ""
    if chars is not None and flags & re.IGNORECASE:
        chars = _every_case(chars)
    if chars is None:
        return ""
    return "(?=[" + "".join(re.escape(char) for char in sorted(chars)) + "])"


# The characters outside ASCII that the engine, ignoring case, folds to an ASCII letter ("İstanbul" matches
# "(?i)istanbul", "ſ" matches "s", the Kelvin sign "k"): a test of first characters must admit them too.
_FOLDED_TO_ASCII = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def _every_case(chars: frozenset[str]) -> frozenset[str] | None:
    """Every character the engine matches, ignoring case, against one of these; None where one is a letter outside
    ASCII (whose other cases the engine folds in its own way)."""
    if any(not char.isascii() and char.lower() != char.upper() for char in chars):
        return None
    cased = set(chars) | {char.lower() for char in chars} | {char.upper() for char in chars}
    return frozenset(cased).union(*(_FOLDED_TO_ASCII.get(char, "") for char in cased))


def first_character_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled behind its `first_character_test`: the same matches, and a position no
    match can begin at costs one test (a pattern that opens with a long alternation and no word
    boundary, searched at every position of a window). Compiled as is where no test is proved, or
    where nothing may stand before it (global flags)."""
    test = first_character_test(pattern, flags)
    if test:
        try:
            return re.compile(f"{test}(?:{pattern})", flags)  # (the test before every branch of it)
        except re.error:
            pass
    return re.compile(pattern, flags)


def named_branches_by_first_character(branches: list[tuple[str, str]], flags: int = 0) -> str:
    """An alternation of named branches (name, regex), tried in the given order, behind a tree of
    tests of the character a match begins with: at a position, the engine tests a few sets of
    first characters and then tries only the branches that can begin with the character there
    (of tens of branches, a handful), where one test per branch would cost tens. A branch that
    can begin with several characters stands under each, its group named `name_k` (k counts its
    copies: `branch_name` reads the name back). The same matches: branches under two characters
    never match at one position, and under one the order is kept. Where a branch's first
    characters are not a small known set, every branch is behind its own test instead.
    Consecutive branches of one name are alternatives of one branch, tried in order: under a
    character, those that can begin with it make one group."""
    return _named_branches(branches, flags)[0]


def named_branches_regex(branches: list[tuple[str, str]], flags: int = 0) -> re.Pattern[str]:
    """`word_start_regex(named_branches_by_first_character(branches, flags), flags)`, each branch
    parsed once: how every match of the alternation begins is how every match of each branch
    does, read from the parse that gives its first characters, where parsing the whole
    alternation again to prove it cost as much as compiling it (a long list: the metrics' cues)."""
    pattern, starts = _named_branches(branches, flags)
    if starts:
        return re.compile(rf"{_GUARDS[starts]}(?:{pattern})", flags)
    return re.compile(pattern, flags)


def _named_branches(branches: list[tuple[str, str]], flags: int) -> tuple[str, frozenset[str] | None]:
    """named_branches_by_first_character's alternation, and how every match of it begins (see
    _GUARDS; None when unsure), from one parse of each branch."""
    parsed = []
    for _, pattern in branches:
        try:
            parsed.append(re._parser.parse(pattern, flags).data)  # type: ignore[attr-defined]
        except (AttributeError, re.error):
            parsed.append(None)
    begun = [None if items is None else _starts(items, False) for items in parsed]
    starts = None if any(b is None for b in begun) else frozenset().union(*begun)  # type: ignore[arg-type]
    folded: list[tuple[str, str, frozenset[str]]] = []
    for (name, pattern), items in zip(branches, parsed, strict=True):
        chars = None if items is None else _first_characters(items)
        if chars is None or (flags & re.IGNORECASE and any(not c.isascii() and c.lower() != c.upper() for c in chars)):
            seen: dict[str, int] = {}
            numbered = []
            for name, pattern in branches:  # a name's copies numbered: one group name each
                numbered.append((f"{name}_{seen.get(name, 0)}", pattern))
                seen[name] = seen.get(name, 0) + 1
            alternation = "|".join(f"(?P<{group}>{first_character_test(pattern, flags)}{pattern})" for group, pattern in numbered)
            return alternation, starts
        folded.append((name, pattern, frozenset(c.lower() for c in chars) if flags & re.IGNORECASE else chars))
    under: dict[str, list[tuple[str, str]]] = {}
    copies: dict[str, int] = {}
    for name, pattern, chars in folded:
        for char in sorted(chars):
            members = under.setdefault(char, [])
            if members and members[-1][0].rsplit("_", 1)[0] == name:  # a branch's next alternative: one group
                members[-1] = (members[-1][0], f"{members[-1][1]}|{pattern}")
                continue
            members.append((f"{name}_{copies.get(name, 0)}", pattern))
            copies[name] = copies.get(name, 0) + 1
    leaves = [
        (char, "|".join(f"(?P<{group}>{pattern})" for group, pattern in members)) for char, members in sorted(under.items())
    ]
    return _test_tree(leaves, bool(flags & re.IGNORECASE)), starts


_TREE_FAN_OUT = 4  # sets tested at each level of the tree of first-character tests


def _test_tree(leaves: list[tuple[str, str]], both_cases: bool) -> str:
    """Alternatives (first characters, regex) as a tree: each level tests at most _TREE_FAN_OUT sets."""
    if len(leaves) > _TREE_FAN_OUT:
        size = -(-len(leaves) // _TREE_FAN_OUT)
        leaves = [
            ("".join(chars for chars, _ in leaves[i : i + size]), _test_tree(leaves[i : i + size], both_cases))
            for i in range(0, len(leaves), size)
        ]
    tests = []
    for chars, regex in leaves:
        spelled = "".join(sorted(set(chars) | ({c.upper() for c in chars} if both_cases else set())))
        tests.append(f"(?=[{re.escape(spelled)}])(?:{regex})")
    return "|".join(tests)


def branch_name(match: re.Match[str]) -> str:
    """The name of the branch of a `named_branches_by_first_character` pattern that matched."""
    assert match.lastgroup is not None  # every branch is a named group
    return match.lastgroup.rsplit("_", 1)[0]


_FEW_CHARACTERS = 64  # a wider set tests no faster than the pattern itself


def _first_characters(items: list) -> frozenset[str] | None:
    """The characters a match of the parsed items can begin with, or None when not a small known set."""
    return _beginnings(items, _item_characters)


def _item_characters(op: object, argument: Any, _boundary: bool) -> frozenset[str] | None:
    """The characters this literal or character set matches, or None when not a small known set."""
    constants = re._constants  # type: ignore[attr-defined]
    if op is constants.LITERAL:
        return frozenset(chr(argument))
    chars: set[str] = set()
    for member, value in argument:
        if member is constants.LITERAL:
            chars.add(chr(value))
        elif member is constants.RANGE and value[1] - value[0] < _FEW_CHARACTERS:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None
    return frozenset(chars)
