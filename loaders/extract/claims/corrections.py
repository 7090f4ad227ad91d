"""(c31) A page's correction line ("Correction, Nov. 27: An earlier version of this article misstated the size of the
array. It is 0.12 GW, not 0.2 GW."; "Update: in the first version of the news the storage was indicated as 80 thousand
tonnes."): the figure it says the page replaced is kept, its modality "corrected", so that it never stands beside the
page's own figure as another outlet's printing, nor makes a false conflict with them. Vocabulary: claim_cues.yml
`correction_openers`, `correction_versions`, `correction_items`, `correction_rather`, `correction_present`. Linear:
each pattern is searched once over the text, and each claim finds its line, sentence and cue by bisection."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.extract.claims.vocabulary import longest_first
from loaders.vocab import words

if TYPE_CHECKING:
    from loaders.extract.claims import ClaimFound
    from loaders.spans import Span

CORRECTED = "corrected"
# a paragraph opening with an opener, then ":" or "," (a date may follow the comma: "Correction, Nov. 27:")
_OPENER_RE = re.compile(rf"^[ \t]*(?:{longest_first(words('claim_cues', 'correction_openers'))})[ \t]*[:,(–—-]", re.MULTILINE)
# (fixc31 M4) an update's opener ("Update:"): no correction's paragraph of its own, but the page's where it names the
# earlier version
_UPDATE_RE = re.compile(rf"^[ \t]*(?:{longest_first(words('claim_cues', 'update_openers'))})[ \t]*[:,(–—-]", re.MULTILINE)
# (fixc31 M3) the earlier version of "this"/"our" item is the page's; of "the"/"that" item only in a paragraph an
# opener or an update's opener begins ("the first version of the report" may be another body's draft)
_EARLIER_RE = re.compile(
    rf"\b(?:an?|the|our|its)\s+(?:{longest_first(words('claim_cues', 'correction_versions'))})\s+version\s+of\s+"
    rf"(?:(?P<page>this|our)|the|that)\s+(?:{longest_first(words('claim_cues', 'correction_items'))})\b",
    re.IGNORECASE,
)
# a "rather than", or (fixc31 M2) ";" or the present figure's words ("; it is 120 MW", ", which is 120 MW"): the figure
# after them is the page's own
_RATHER_RE = re.compile(
    rf"\b(?:{longest_first(words('claim_cues', 'correction_rather'))})\s|;"
    rf"|\b(?:{longest_first(words('claim_cues', 'correction_present'))})\b",
    re.IGNORECASE,
)
_NOT_BEFORE_RE = re.compile(r"\bnot\s+(?:the\s+|some\s+|about\s+|around\s+)?$", re.IGNORECASE)
_NOT_REACH = 16  # characters before a figure where "not" may stand


def _line_start(breaks: list[int], at: int) -> int:
    line = bisect_right(breaks, at) - 1
    return breaks[line] if line >= 0 else 0


def corrected(text: str, sentences: list[Span], claims: list[ClaimFound]) -> list[ClaimFound]:
    """The claims, each figure a correction line says the page replaced marked "corrected"."""
    openers = [m.start() for m in _OPENER_RE.finditer(text)]
    opened = {*openers, *(m.start() for m in _UPDATE_RE.finditer(text))}  # the lines a correction's opener begins
    breaks = [m.end() for m in re.finditer("\n", text)]  # where each line after the first starts
    earlier = [
        m.start()
        for m in _EARLIER_RE.finditer(text)
        if m.group("page") or _line_start(breaks, m.start()) in opened  # another's document only in a correction
    ]
    if not earlier and not openers:
        return claims
    rather = [m.start() for m in _RATHER_RE.finditer(text)]
    starts = [s.start for s in sentences]
    out = []
    for claim in claims:
        start = claim.span.start
        line_start = _line_start(breaks, start)
        index = bisect_right(starts, start) - 1
        sentence_start = sentences[index].start if index >= 0 and sentences[index].end >= claim.span.end else line_start
        sentence_start = max(sentence_start, line_start)
        # the earlier version named before the figure, in its sentence, no "rather than" between
        cue = bisect_right(earlier, start) - 1
        replaced = cue >= 0 and earlier[cue] >= sentence_start
        if replaced:
            other = bisect_right(rather, start) - 1
            replaced = not (other >= 0 and rather[other] > earlier[cue])
        if not replaced:
            # "..., not 0.2 GW" in a correction's paragraph (an opener at its line's start, or the earlier version
            # named on its line)
            opener = bisect_right(openers, start) - 1
            in_correction = (opener >= 0 and openers[opener] >= line_start) or (cue >= 0 and earlier[cue] >= line_start)
            replaced = in_correction and _NOT_BEFORE_RE.search(text, max(line_start, start - _NOT_REACH), start) is not None
        out.append(replace(claim, modality=CORRECTED) if replaced else claim)
    return out
