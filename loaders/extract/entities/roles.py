"""Roles: the job title a person holds, and the organisation it is at."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from loaders.extract.cues import ROLE_WORDS, normalise_role
from loaders.extract.entities.catalogue import CatalogueEntry
from loaders.extract.entities.state import UPPER, ArticleState
from loaders.extract.types import ORGANISATION, PERSON, Mention, RoleFound
from loaders.spans import Span
from loaders.vocab import alternation, words

# (q25) capitals of any Latin letter ("Toplarna Šalek"), and a body's name of several parts joined by "of", "for" or
# "and" ("the president of the Association of Beet Growers of Slavonia Ana Horvat")
_CAPITALISED_WORD = rf"(?-i:[{UPPER}][\w’'-]*)"
# ... never into a second title after "and" ("the founder of Tessa Foods and Chief Executive Ana Lee": her title is
# the second; review q25 M2)
_CAPITALISED_RUN = rf"{_CAPITALISED_WORD}(?:\s+(?:(?:of|for)\s+(?:the\s+)?|(?:and|&)\s+(?:the\s+)?(?!{ROLE_WORDS}\b))?{_CAPITALISED_WORD}){{0,5}}"
_HONORIFIC = rf"(?:(?-i:{alternation(words('names', 'honorifics'))})\.?\s+)?"
# (review q25 L5) a company's organ between the title and the company's name: "chairman of the board of Nevo Varde"
_COMPANY_ORGAN = rf"(?:(?:{alternation(words('roles', 'company_organs'))})\s+of\s+(?:the\s+)?)?"
# "the minister for sport, Ann Lee", "Greenland's Minister for Fisheries and Hunting, Ann Lee": a portfolio
# of up to four words, in lower case or with capitals, joined by "and" or "&"
# ... or a list of capitalised portfolios between commas closed by "and" ("the Minister of Agriculture,
# Livestock and Food, Ann Lee"), its last of two words ("Agriculture, Forestry and Water Management")
_PORTFOLIO = (
    r"\s+(?:for|of)\s+(?:the\s+)?(?:[\w-]+(?:\s+(?:(?:and|&)\s+)?[\w-]+){0,3}"
    r"|(?-i:[A-Z])[\w-]+(?:,\s+(?-i:[A-Z])[\w-]+){1,3}\s+(?:and|&)\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)\s*,"
)
# "told the" straight before an organisation after the holder's name: the holder's listener (an outlet, a
# committee), not where the title is held
_LISTENER_CUES = "|".join(re.escape(cue).replace(r"\ ", r"\s+") for cue in words("roles", "listener_cues"))
_LISTENER_BEFORE_RE = re.compile(rf"\b(?:{_LISTENER_CUES})\s+(?:the\s+)?\Z", re.IGNORECASE)
LISTENER_REACH = 40  # characters before an organisation searched for a listener cue ("in an interview with the")
# ... unless its own audience follows it ("told Orvale Bank employees", "told Kestrel Marine's annual meeting"):
# then it is the holder's company, which he told
_POSSESSIVE_RE = re.compile(r"['’]s\b")
_AUDIENCE_AFTER_RE = re.compile(rf"['’]s\b|\s+(?:{alternation(words('roles', 'audience_nouns'))})\b", re.IGNORECASE)


def _is_listener(text: str, mention: Mention, after: int) -> bool:
    """Whether an organisation mention after `after` is whom a holder spoke to ("told the Harbour Gazette")."""
    return (
        mention.span.start >= after
        and _LISTENER_BEFORE_RE.search(text, after, mention.span.start) is not None
        and not _AUDIENCE_AFTER_RE.match(text, mention.span.end)
    )


def find_roles(article: ArticleState, catalogue: list[CatalogueEntry]) -> None:
    text = article.text
    organisations = [m for m in article.found.mentions if m.kind == ORGANISATION]
    # the article's most-printed organisation, its mentions as a holder's listener ("told the Financial
    # Gazette") not counted: a title falls back on it where no organisation stands beside the title
    main_organisation = Counter(
        m.name for m in organisations if not _is_listener(text, m, max(0, m.span.start - LISTENER_REACH))
    ).most_common(1)
    organisations.sort(key=lambda m: m.span)
    starts = [m.span.start for m in organisations]
    for mention in [m for m in article.found.mentions if m.kind == PERSON and m.rule != "byline"]:
        before = article.before(mention.span, 80)
        after = article.after(mention.span, 80)
        role = None
        # "Chief Executive Jo Hale", "its chairman, Jo Hale"; "the mayor of Orvale, Jo Hale": the title
        # and what it is of, then the name in apposition (or straight after it, as agencies print it: "Deputy
        # Minister of Agriculture Ann Lee", "Chairman of the Orvale Growers' Association Jo Hale"); "the minister for sport, Ann Lee": the title,
        # its portfolio in lower case left out; a courtesy title may stand before the name ("the Mayor, Mr Jo Hale")
        match = re.search(
            rf"({ROLE_WORDS}(?:\s+(?:and|&)\s+{ROLE_WORDS})*)(?:\s+of\s+(?:the\s+)?{_COMPANY_ORGAN}({_CAPITALISED_RUN})(?:,|(?=\s+$))|({_PORTFOLIO}))?\s*,?\s+"
            rf"{_HONORIFIC}$",
            before,
            re.IGNORECASE,
        )
        of_span = None  # "the mayor of Orvale": what the title is of, written out
        if match and match.group(3) and re.search(r"\b(?:a|an)\s+$", before[: match.start(1)], re.IGNORECASE):
            # "a" title and its portfolio: "ten years as a director for Halden Foods, Ingrid Moe said" is
            # someone's career, the name after it a source's ("the Minister for Fisheries and Hunting, Ann
            # Lee, said", "its director for Asia, Jo Hale" name their holder)
            match = None
        if match and _POSSESSIVE_RE.match(after) and re.search(rf",\s*{_HONORIFIC}$", before):
            # "the finance director, Ann Lee's deputy": the title set off before a possessive is the one
            # the possessed holds ("Chief Executive Jo Hale's plan", with no comma, is Jo Hale's title)
            match = None
        if match:
            role_span = Span(mention.span.start - len(before) + match.start(1), mention.span.start - len(before) + match.end(1))
            role = (role_span, "role before name")
            if match.group(2):
                of_span = Span(mention.span.start - len(before) + match.start(2), mention.span.start - len(before) + match.end(2))
        else:
            match = re.match(
                rf",\s+(?:the\s+)?(?:\w+[’']s\s+)?((?:{ROLE_WORDS})(?:\s+(?:and|&)\s+{ROLE_WORDS})*)\b", after, re.IGNORECASE
            )
            if match:
                role_span = Span(mention.span.end + match.start(1), mention.span.end + match.end(1))
                role = (role_span, "appositive role")
        if not role:
            continue
        role_span, rule = role
        title = normalise_role(role_span.of(text))
        window = Span(max(0, role_span.start - 40), min(len(text), role_span.end + 60))
        nearby = [
            o
            for o in organisations[bisect.bisect_left(starts, window.start) : bisect.bisect_right(starts, window.end)]
            if window.contains(o.span)
            and not (o.span.start >= mention.span.end and _is_listener(text, o, max(mention.span.end, role_span.end)))
        ]
        organisation = None
        if of_span is not None:
            # the organisation the title is of, or none (a town: "the mayor of Orvale")
            organisation = next((o.name for o in nearby if of_span.contains(o.span)), None)
        elif nearby:
            organisation = min(nearby, key=lambda o: abs(o.span.start - role_span.start)).name
        elif (
            re.search(r"\b(?:the company|the firm|the bank|the group|its)\b", text[window.start : window.end], re.IGNORECASE)
            and main_organisation
        ) or (main_organisation and rule == "role before name"):
            organisation = main_organisation[0][0]
        article.found.roles.append(RoleFound(mention.name, title, organisation, role_span, rule))
    for entry in catalogue:
        if entry.kind == PERSON and entry.name in article.found.names(PERSON):
            for title, organisation in entry.roles:
                span = next((m.span for m in article.found.mentions if m.name == entry.name), None)
                if span and not any(r.person == entry.name for r in article.found.roles):
                    article.found.roles.append(RoleFound(entry.name, normalise_role(title), organisation, span, "catalogue"))
