"""Entities: organisations, people, products and places, as mentions with spans.

Two sources, each mention recording which (`rule`) and how sure (`confidence`):
- the curated catalogue (seeds/catalogue.yml): canonical names and aliases;
- general rules for what the catalogue has never heard of: organisation
  suffixes ("Kestrel Motors", "Temasek Holdings"), cue phrases ("research firm
  X", "analysts at X", "industry group X"), roles before names ("chief
  executive Tomasz Nowak"), speech verbs ("X Y said"), product-model shapes
  ("Kestrel K7"), and a gazetteer for places.
Then short forms resolve to the full name found in the same article: a
surname to its person ("Barra"), a first word to its organisation ("Kestrel").

Guards: pronouns are never people, adjectives of nationality never
organisations, and nicknames ("China's Apple") are not the company they
compare to. Only the spans given (title, prose, byline, dateline) are read,
so boilerplate yields nothing.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from loaders.extract.cues import LEGAL_FORMS, NOT_NAME_PRONOUNS, ROLE_RE, ROLE_WORDS, SPEECH_VERBS, normalise_role
from loaders.extract.gazetteer import demonyms, places
from loaders.extract.types import ORGANISATION, PERSON, PLACE, PRODUCT, EntityFindings, Mention, RoleFound
from loaders.spans import Span


# Words that end organisation names. Legal forms are dropped from canonical names.
ORGANISATION_WORDS = {
    "Bank", "Motors", "Telecom", "Telecoms", "Capital", "Securities", "Foods", "Robotics", "Technologies", "Technology",
    "Systems", "Partners", "Holdings", "Group", "Consortium", "Association", "Agency", "Airlines", "Airways", "Energy",
    "Pharmaceuticals", "Pharma", "Labs", "Electronics", "Industries", "Insurance", "Investments", "Ventures", "Media",
    "Networks", "Communications", "Software", "Semiconductor", "Semiconductors", "Automotive", "Bancorp", "Financial",
    "Fund", "Exchange", "Institute", "University", "Council", "Commission", "Ministry", "Authority", "Federation",
    "Union", "Reserve", "Motor", "Steel", "Mining", "Petroleum", "Oil", "Gas", "Chemicals", "Logistics", "Retail",
    "Stores", "Brands", "Entertainment", "Studios", "Pictures", "Press", "News", "Times", "Post", "Journal",
    "Daily", "Weekly", "Herald", "Tribune", "Gazette", "Wire", "Reuters", "Bloomberg",
} | LEGAL_FORMS
# Cue phrases right before an organisation's name.
ORGANISATION_CUE_RE = re.compile(
    r"(?:research|consulting|consultancy|law|investment|brokerage|rating|ratings|accounting|private[- ]equity|venture|"
    r"data|tech|technology|industry|trade|lobby)\s+(?:firm|group|company|house|body|agency)\s+$"
    r"|(?:analysts?|economists?|strategists?|researchers?|executives?)\s+(?:at|from|with)\s+$"
    r"|(?:rivals?|competitors?|peers?|customers?|clients?|groups?|companies|firms|makers?)\s+(?:such as|like|including)\s+$"
    r"|(?:startup|start-up|upstart|giant|maker|manufacturer|carmaker|automaker|lender|retailer|grocer|insurer|"
    r"regulator|watchdog|bank|company|firm|group|operator|conglomerate|brokerage)\s+$"
    r"|(?:according to|led by|backed by|owned by|acquired by|rated by|reported by|sued by|invested in)\s+$"
    r"|(?:shares (?:in|of))\s+$",
    re.IGNORECASE,
)
PRONOUNS = NOT_NAME_PRONOUNS
# Capitalised words that are never names on their own (sentence adverbs, months, days, titles...).
NOT_NAMES = PRONOUNS | {
    "The", "A", "An", "And", "But", "Or", "So", "If", "In", "On", "At", "For", "From", "By", "With", "As", "Of", "To",
    "However", "Unfortunately", "Fortunately", "Ironically", "Actually", "Basically", "Now", "Then", "Also", "Still",
    "Even", "Based", "According", "Back", "Unlike", "Like", "After", "Before", "While", "When", "Where", "What", "Why",
    "How", "Who", "Which", "Talking", "Speaking", "Note", "Photo", "Image", "Read", "Select", "Shares", "Sales",
    "Every", "Each", "All", "Some", "Many", "Most", "No", "Not", "Yes", "Chief", "Founder", "Industry", "Analysts",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "Q1", "Q2", "Q3", "Q4",
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Lord", "Lady", "President", "Vice", "Minister", "Chairman", "Director",
    "CEO", "COO", "CFO", "CTO", "VP", "GMT", "UTC", "LTE", "GDP", "IPO", "AI", "EV", "EVs", "SUV", "SUVs", "OK", "TV",
    "Inc", "Co", "Ltd", "Plc", "Corp", "It’s", "It's", "There's", "That's", "Here", "Earlier", "Later", "Meanwhile",
    "Last", "Next", "This", "Over", "Under", "Since", "Until", "Despite", "Although", "Though", "Because", "During",
    "Global", "Senior", "Executive", "Deputy", "Dear", "Breaking", "Update", "Editor", "Editors", "Reporting",
}
# A run that goes on past its organisation word into one of these names an event, not a company.
EVENT_WORDS = {"Show", "Conference", "Summit", "Forum", "Expo", "Fair", "Festival", "Awards", "Week", "Congress", "Games",
               "Cup", "Championship", "Prize", "Index", "Act", "Day"}
NON_ORGANISATION_ACRONYMS = {"CEO", "COO", "CFO", "CTO", "CMO", "VP", "GMT", "UTC", "LTE", "GDP", "IPO", "AI", "EV", "SUV",
                             "OK", "TV", "PC", "USB", "NFC", "GPS", "AM", "PM", "FY", "YOY", "EPS", "ETF", "M&A", "R&D",
                             "Q1", "Q2", "Q3", "Q4", "H1", "H2", "CET", "ET", "PT", "HQ", "PR", "VR", "AR", "IT"}

TOKEN = r"(?:[A-Z][\w’'&.-]*[\w.]|[A-Z])"
CONNECTOR = r"(?:\s(?:of|de|van|von|der|du|la|&)\s|\s)"
PROPER_RUN_RE = re.compile(rf"{TOKEN}(?:{CONNECTOR}{TOKEN})*")
POSSESSIVE_RE = re.compile(r"[’']s$")
# A model designation: letters and digits in one token ("K7", "Mi5c", "S24"), not a unit or period ("4G", "Q3", "2.1bn").
MODEL_TOKEN_RE = re.compile(r"^(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Z][A-Za-z]{0,3}\d{1,4}[a-z]{0,2}$")
NOT_MODELS_RE = re.compile(r"^(?:Q[1-4]|H[12]|FY\d+|[1-9]G|CO2)$")  # quarters, halves, fiscal years, network generations


@dataclass(frozen=True)
class CatalogueEntry:
    kind: str
    name: str
    aliases: tuple[str, ...]
    product_kind: str | None = None
    maker: str | None = None
    roles: tuple[tuple[str, str | None], ...] = ()
    source: str = "catalogue"


def catalogue_entries(catalogue: dict) -> list[CatalogueEntry]:
    entries = []
    for section, kind in (("organisations", ORGANISATION), ("people", PERSON), ("products", PRODUCT), ("places", PLACE)):
        for item in catalogue.get(section) or []:
            entries.append(CatalogueEntry(
                kind=kind,
                name=item["name"],
                aliases=tuple(item.get("aliases") or ()),
                product_kind=item.get("kind", "product") if kind == PRODUCT else None,
                maker=item.get("maker"),
                roles=tuple((role["title"], role.get("organisation")) for role in item.get("roles") or ()),
            ))
    return entries


def canonical_organisation(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return " ".join(words).rstrip(",")


class _Article:
    """Working state for one article: the text, the zones to read, what is taken."""

    def __init__(self, text: str, zones: list[Span]):
        self.text = text
        self.zones = zones
        self.taken: list[Span] = []
        self.found = EntityFindings()

    def free(self, span: Span) -> bool:
        return not any(span.overlaps(taken) for taken in self.taken)

    def add(self, kind: str, name: str, span: Span, rule: str, confidence: float, take: bool = True) -> None:
        self.found.mentions.append(Mention(kind, name, span, rule, confidence))
        if take:
            self.taken.append(span)

    def before(self, span: Span, width: int = 60) -> str:
        zone = next((z for z in self.zones if z.contains(span)), span)
        return self.text[max(zone.start, span.start - width) : span.start]

    def after(self, span: Span, width: int = 60) -> str:
        zone = next((z for z in self.zones if z.contains(span)), span)
        return self.text[span.end : min(zone.end, span.end + width)]

    def sentence_start(self, span: Span) -> bool:
        head = self.before(span, 4)
        zone = next((z for z in self.zones if z.contains(span)), span)
        return span.start == zone.start or bool(re.search(r"[.!?:]['\"’”]?\s+$|^\s*[\"“‘']$", head))


def _word_bounded(text: str, start: int, end: int, zone: Span) -> bool:
    before = text[start - 1] if start > zone.start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum() or (after in "-" and end + 1 < len(text) and text[end + 1].isalnum()))


def _match_catalogue(article: _Article, entries: list[CatalogueEntry]) -> None:
    forms = []
    for entry in entries:
        for form in (entry.name, *entry.aliases):
            forms.append((form, entry))
    forms.sort(key=lambda item: -len(item[0]))
    claimed: list[tuple[Span, str]] = []
    for form, entry in forms:
        flags = re.IGNORECASE if entry.product_kind == "category" else 0
        for zone in article.zones:
            for match in re.finditer(re.escape(form), article.text[zone.start : zone.end], flags):
                span = Span(zone.start + match.start(), zone.start + match.end())
                if not _word_bounded(article.text, span.start, span.end, zone):
                    continue
                # The same entity never twice on one stretch; different entities may share it
                # ("air and water purifiers" is both).
                if any(span.overlaps(other) and (name == entry.name or not _coordination(article.text, other, span))
                       for other, name in claimed):
                    continue
                claimed.append((span, entry.name))
                article.add(entry.kind, entry.name, span, entry.source, 1.0 if entry.source == "catalogue" else 0.95)
        if entry.kind == PRODUCT:
            article.found.product_kinds[entry.name] = entry.product_kind or "product"
            if entry.maker:
                article.found.makers[entry.name] = entry.maker


def _coordination(text: str, outer: Span, inner: Span) -> bool:
    """"air and water purifiers" holds two categories; "China's Apple" holds no Apple."""
    return outer.contains(inner) and bool(re.search(r"\s(?:and|or|&)\s", outer.of(text)))


def _match_places(article: _Article) -> None:
    gazetteer = places()
    for zone in article.zones:
        chunk = article.text[zone.start : zone.end]
        for match in re.finditer(r"[A-Z][\w.]*(?:[ -][A-Z][\w.]*)*", chunk):
            words = match.group(0)
            # Try the longest prefix-aligned sub-run that is a known place.
            tokens = list(re.finditer(r"[A-Z][\w.]*", words))
            i = 0
            while i < len(tokens):
                for j in range(len(tokens), i, -1):
                    candidate = words[tokens[i].start() : tokens[j - 1].end()]
                    stripped = candidate.rstrip(".") if candidate.rstrip(".") in gazetteer and candidate not in gazetteer else candidate
                    if stripped in gazetteer:
                        span = Span(zone.start + match.start() + tokens[i].start(), zone.start + match.start() + tokens[i].start() + len(stripped))
                        if article.free(span) and not _nickname(article, span):
                            name, kind = gazetteer[stripped]
                            article.found.place_kinds[name] = kind
                            article.add(PLACE, name, span, f"gazetteer ({kind})", 0.95)
                        i = j - 1
                        break
                i += 1


def _nickname(article: _Article, span: Span) -> bool:
    """"China's Apple": the place is part of a nickname; handled by the organisation guard."""
    after = article.after(span, 12)
    return bool(re.match(r"[’']s [A-Z]\w+", after)) and bool(re.search(r"(?:nicknamed|dubbed|called|known as)\s+$", article.before(span, 30)))


_RUN_BREAK_RE = re.compile(r"(\S+)\.\s+")
_KEEPS_ITS_STOP = {"Co", "Inc", "Corp", "Ltd", "Jr", "Sr", "St", "Mr", "Mrs", "Ms", "Dr"}


def _sentence_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A capitalised run may cross a full stop ("Temasek Holdings. Kumo"): split it there."""
    pieces, cursor = [], start
    for match in _RUN_BREAK_RE.finditer(text, start, end):
        word = match.group(1)
        if word in _KEEPS_ITS_STOP or len(word) == 1 or "." in word:  # "Co.", initials, "U.S."
            continue
        pieces.append((cursor, match.end(1)))
        cursor = match.end()
    pieces.append((cursor, end))
    return pieces


def _proper_runs(article: _Article) -> list[Span]:
    runs = []
    for zone in article.zones:
        chunk = article.text[zone.start : zone.end]
        matches = [piece for match in PROPER_RUN_RE.finditer(chunk)
                   for piece in _sentence_pieces(article.text, zone.start + match.start(), zone.start + match.end())]
        for start, end in matches:
            value = article.text[start:end]
            possessive = POSSESSIVE_RE.search(value)
            if possessive:
                end -= len(possessive.group(0))
            while end > start and article.text[end - 1] in ".,-’'" and not article.text[start:end].endswith(("Co.", "Inc.", "Corp.", "Ltd.", "S.A.", "U.S.", "N.V.")):
                end -= 1
            # Split at text already taken (catalogue, places).
            pieces, cursor = [], start
            for taken in sorted(t for t in article.taken if t.overlaps(Span(start, end))):
                if taken.start > cursor:
                    pieces.append(Span(cursor, taken.start))
                cursor = max(cursor, taken.end)
            if cursor < end:
                pieces.append(Span(cursor, end))
            for piece in pieces:
                cleaned = _strip_run(article.text, piece)
                if cleaned:
                    runs.append(cleaned)
    return runs


def _strip_run(text: str, span: Span) -> Span | None:
    """Trim white space, connectors and leading non-name words (sentence adverbs, "The")."""
    tokens = [m for m in re.finditer(r"\w\S*", text[span.start : span.end])]
    while tokens and (tokens[0].group(0) in NOT_NAMES or tokens[0].group(0) in {"of", "de", "&", "and"}
                      or ROLE_RE.fullmatch(tokens[0].group(0))):  # "Analyst Jo Baird": the title is no part of the name
        tokens.pop(0)
    while tokens and tokens[-1].group(0) in {"of", "de", "&", "and", "van", "von", "der", "du", "la"}:
        tokens.pop()
    if not tokens:
        return None
    return Span(span.start + tokens[0].start(), span.start + tokens[-1].end())


def _is_acronym(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z&]{1,5}", word))


def _organisation_by_suffix(article: _Article, span: Span) -> bool:
    """"Kestrel Motors Co", "Temasek Holdings", "Sequoia Capital China" (cut after the suffix)."""
    words = span.of(article.text).split()
    if len(words) < 2 or any(word in EVENT_WORDS for word in words[1:]) or words[0] in demonyms() and len(words) == 2:
        return False
    if not any(word in ORGANISATION_WORDS for word in words[1:]):
        return False
    cut = max(i for i, word in enumerate(words) if word in ORGANISATION_WORDS)
    name = " ".join(words[: cut + 1])
    organisation_span = Span(span.start, span.start + len(name))
    if organisation_span.of(article.text) != name:  # irregular spacing: keep the whole run
        organisation_span = span
    article.add(ORGANISATION, canonical_organisation(organisation_span.of(article.text)), organisation_span, "organisation suffix", 0.9)
    return True


def _classify_runs(article: _Article, runs: list[Span]) -> None:
    text = article.text
    pending_single: list[Span] = []
    for span in runs:
        value = span.of(text)
        words = value.split()
        before, after = article.before(span), article.after(span)
        if all(word in demonyms() for word in words):
            continue  # "Chinese", "German": adjectives of nationality, never organisations
        if re.search(r"(?:nicknamed|dubbed|called|known as)\s+\S+[’']s\s+$", before):
            continue  # the second half of a nickname ("China's Apple") is not that company
        if _organisation_by_suffix(article, span):
            continue
        role_before = re.search(rf"{ROLE_WORDS}\s*,?\s+$", before, re.IGNORECASE)
        speech_after = re.match(rf",?\s+(?:{SPEECH_VERBS})\b", after)
        speech_before = re.search(rf"\b(?:{SPEECH_VERBS})\s+$", before)
        appositive_role = re.match(rf",\s+(?:the\s+)?(?:\w+[’']s\s+|[A-Z]\w+\s+)?(?:{ROLE_WORDS})\b", after, re.IGNORECASE)
        personal = 2 <= len(words) <= 3 and all(w[0].isupper() and w.replace("-", "").isalpha() and w not in NOT_NAMES for w in words)
        if personal and (role_before or speech_after or appositive_role or re.search(r"according to\s+$", before, re.IGNORECASE) or speech_before):
            rule = "role before name" if role_before else "speech verb" if (speech_after or speech_before) else "appositive role" if appositive_role else "according to"
            article.add(PERSON, value, span, rule, 0.9)
            continue
        if ORGANISATION_CUE_RE.search(before) and not (len(words) == 1 and words[0] in NOT_NAMES):
            if not (personal and re.search(r"according to\s+$", before, re.IGNORECASE)):
                article.add(ORGANISATION, canonical_organisation(value), span, "cue phrase", 0.85)
                continue
        if len(words) == 1 and _is_acronym(value) and value not in NON_ORGANISATION_ACRONYMS and (speech_after or re.search(r"(?:group|firm|agency|body|regulator)\s+$", before, re.IGNORECASE)):
            article.add(ORGANISATION, value, span, "acronym with cue", 0.85)
            continue
        if re.fullmatch(r"[A-Z][\w-]*\.(?:com|net|org|io|ai)", value):
            article.add(ORGANISATION, value, span, "domain name", 0.85)
            continue
        pending_single.append(span)
    _resolve_short_forms(article, pending_single)


def _resolve_short_forms(article: _Article, spans: list[Span]) -> None:
    """A surname to its person, a first word to its organisation; then frequent
    unknown proper nouns with a company's verbs become organisations."""
    text = article.text
    people = {m.name for m in article.found.mentions if m.kind == PERSON}
    organisations = {m.name for m in article.found.mentions if m.kind == ORGANISATION}
    leftovers = []
    for span in spans:
        value = span.of(text)
        person = next((p for p in sorted(people) if value in p.split() and value not in NOT_NAMES), None)
        if person:
            article.add(PERSON, person, span, "surname of a person named earlier" if value == person.split()[-1] else "part of a person's name", 0.85)
            continue
        organisation = next((o for o in sorted(organisations) if o.split()[0] == value.split()[0] and len(value.split()) <= len(o.split())
                             and all(w in o.split() or w in LEGAL_FORMS for w in value.split())), None)
        if organisation:
            article.add(ORGANISATION, organisation, span, "short form of an organisation named earlier", 0.85)
            continue
        leftovers.append(span)
    # Unknown single proper nouns seen at least twice away from a sentence start, acting as a company.
    counts = Counter(s.of(text) for s in leftovers if not article.sentence_start(s))
    for span in leftovers:
        value = span.of(text)
        words = value.split()
        if (len(words) == 1 and counts[value] >= 2 and value not in NOT_NAMES and value not in demonyms()
                and not MODEL_TOKEN_RE.match(value) and value not in NON_ORGANISATION_ACRONYMS):
            article.add(ORGANISATION, value, span, "recurring proper noun", 0.6)


def _find_products(article: _Article) -> None:
    organisations = {m.name: m for m in article.found.mentions if m.kind == ORGANISATION}
    short_names = {name.split()[0]: name for name in organisations}
    for zone in article.zones:
        chunk = article.text[zone.start : zone.end]
        for match in re.finditer(r"\b(?:([A-Z][a-z]+)\s+)?([A-Z][A-Za-z]{0,3}\d{1,4}[a-z]{0,2})\b", chunk):
            model = match.group(2)
            if not MODEL_TOKEN_RE.match(model) or NOT_MODELS_RE.match(model):
                continue
            brand = match.group(1)
            maker = short_names.get(brand) if brand else None
            start = zone.start + (match.start(1) if maker else match.start(2))
            span = Span(start, zone.start + match.end(2))
            model_span = Span(zone.start + match.start(2), zone.start + match.end(2))
            if not article.free(model_span):
                continue
            name = span.of(article.text)
            # "the K5" after "Kestrel K7": same maker's line; the bare model keeps its own name.
            if maker:
                article.found.makers[name] = maker
                article.taken = [t for t in article.taken if not t.overlaps(span)]
                article.found.mentions = [m for m in article.found.mentions if not (m.span.overlaps(span) and m.kind == ORGANISATION)]
            article.found.product_kinds.setdefault(name, "product")
            article.add(PRODUCT, name, span, "model designation", 0.8)
    # Bare model numbers that repeat a named product ("the K7" after "Kestrel K7") are that product.
    named = {m.name.split()[-1]: m.name for m in article.found.mentions if m.kind == PRODUCT and " " in m.name}
    for index, mention in enumerate(article.found.mentions):
        if mention.kind == PRODUCT and mention.name in named and mention.name != named[mention.name]:
            article.found.mentions[index] = Mention(PRODUCT, named[mention.name], mention.span, "model number of a product named earlier", 0.8)


def _find_roles(article: _Article, catalogue: list[CatalogueEntry]) -> None:
    text = article.text
    organisations = [m for m in article.found.mentions if m.kind == ORGANISATION]
    main_organisation = Counter(m.name for m in organisations).most_common(1)
    for mention in [m for m in article.found.mentions if m.kind == PERSON and m.rule != "byline"]:
        before = article.before(mention.span, 80)
        after = article.after(mention.span, 80)
        role = None
        match = re.search(rf"({ROLE_WORDS}(?:\s+(?:and|&)\s+{ROLE_WORDS})*)\s*,?\s+$", before, re.IGNORECASE)
        if match:
            role_span = Span(mention.span.start - len(before) + match.start(1), mention.span.start - len(before) + match.end(1))
            role = (role_span, "role before name")
        else:
            match = re.match(rf",\s+(?:the\s+)?(?:\w+[’']s\s+)?((?:{ROLE_WORDS})(?:\s+(?:and|&)\s+{ROLE_WORDS})*)\b", after, re.IGNORECASE)
            if match:
                role_span = Span(mention.span.end + match.start(1), mention.span.end + match.end(1))
                role = (role_span, "appositive role")
        if not role:
            continue
        role_span, rule = role
        title = normalise_role(role_span.of(text))
        window = Span(max(0, role_span.start - 40), min(len(text), role_span.end + 60))
        nearby = [o for o in organisations if window.contains(o.span)]
        organisation = None
        if nearby:
            organisation = min(nearby, key=lambda o: abs(o.span.start - role_span.start)).name
        elif re.search(r"\b(?:the company|the firm|the bank|the group|its)\b", text[window.start : window.end], re.IGNORECASE) and main_organisation:
            organisation = main_organisation[0][0]
        elif main_organisation and rule == "role before name":
            organisation = main_organisation[0][0]
        article.found.roles.append(RoleFound(mention.name, title, organisation, role_span, rule))
    for entry in catalogue:
        if entry.kind == PERSON and entry.name in article.found.names(PERSON):
            for title, organisation in entry.roles:
                span = next((m.span for m in article.found.mentions if m.name == entry.name), None)
                if span and not any(r.person == entry.name for r in article.found.roles):
                    article.found.roles.append(RoleFound(entry.name, normalise_role(title), organisation, span, "catalogue"))


def find_entities(text: str, zones: list[Span], catalogue: dict, byline: Span | None = None,
                  dateline_place: tuple[str, Span] | None = None, known_organisations: tuple[str, ...] = (),
                  dateline_outlet: Span | None = None) -> EntityFindings:
    """All entity mentions in the given zones of one article's text.

    known_organisations: names the article itself vouches for (its outlet)."""
    entries = catalogue_entries(catalogue)
    article = _Article(text, sorted(zones))
    if byline:
        article.add(PERSON, byline.of(text), byline, "byline", 0.95)
        article.found.roles.append(RoleFound(byline.of(text), "author", None, byline, "byline"))
    if dateline_outlet:  # "TOKYO (Dispatch) -": the publication is an organisation too
        article.add(ORGANISATION, dateline_outlet.of(text), dateline_outlet, "outlet in dateline", 0.95)
    if dateline_place:
        name, span = dateline_place
        article.found.place_kinds[name] = places().get(name, (name, "city"))[1]
        article.add(PLACE, places().get(name, (name, "city"))[0], span, "dateline", 0.95)
    _match_catalogue(article, entries + [CatalogueEntry(ORGANISATION, name, (), source="outlet named by the article")
                                         for name in known_organisations])
    for span in _proper_runs(article):  # before places: "Asia Tech Daily" is a publication, not Asia
        _organisation_by_suffix(article, span)
    _match_places(article)
    _classify_runs(article, _proper_runs(article))
    _find_products(article)
    _find_roles(article, entries)
    article.found.mentions.sort(key=lambda m: (m.span, m.kind))
    return article.found
