"""Generate a corpus of unique, news-like articles for the benchmarks.

    python benchmarks/make_corpus.py OUT_DIR --articles 10000 [--seed 1]

The corpus is built from stories: each story is one company's news (a figure
reported, an executive quoted, a product launched) told by two to five
outlets, each in its own words, so that the build finds the same quote and
the same figure across articles, and sometimes outlets that disagree. The
paragraph templates are the project's own; companies, people, products,
places and numbers are drawn from seeded random lists, so the same seed
gives the same files and every article is unique.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

SYLLABLES = [
    "ka",
    "lo",
    "ven",
    "tor",
    "mi",
    "sa",
    "rel",
    "dun",
    "ax",
    "qui",
    "bra",
    "nel",
    "os",
    "tan",
    "vi",
    "mar",
    "zen",
    "pol",
    "ri",
    "cor",
    "fel",
    "gra",
    "hal",
    "ist",
    "jor",
    "lum",
    "nov",
    "per",
    "sol",
    "ter",
]
COMPANY_SUFFIXES = [
    "Technologies",
    "Motors",
    "Bank",
    "Telecom",
    "Foods",
    "Robotics",
    "Energy",
    "Airlines",
    "Pharma",
    "Systems",
    "Retail",
    "Logistics",
    "Networks",
    "Labs",
    "Holdings",
]
GIVEN = [
    "Anna",
    "Marcus",
    "Priya",
    "Tomas",
    "Lena",
    "Oskar",
    "Mei",
    "Daniel",
    "Sofia",
    "Kenji",
    "Amara",
    "Lukas",
    "Elena",
    "Rafael",
    "Ingrid",
    "Yusuf",
    "Clara",
    "Viktor",
    "Nadia",
    "Samuel",
    "Hana",
    "Pablo",
    "Greta",
    "Omar",
]
FAMILY = [
    "Lindqvist",
    "Okafor",
    "Brennan",
    "Castellano",
    "Moreau",
    "Takahashi",
    "Novak",
    "Haddad",
    "Fischer",
    "Ramirez",
    "Kowalski",
    "Andersen",
    "Delacroix",
    "Petrov",
    "Nakamura",
    "Osei",
    "Varga",
    "Whitfield",
    "Sorensen",
    "Agarwal",
    "Mbeki",
    "Laurent",
    "Horvath",
    "Quinlan",
]
TITLES = [
    "chief executive",
    "chief financial officer",
    "head of research",
    "chief operating officer",
    "vice-president for sales",
    "spokeswoman",
    "spokesman",
    "head of strategy",
]
CITIES = [
    "London",
    "Paris",
    "Berlin",
    "Tokyo",
    "Singapore",
    "Toronto",
    "Madrid",
    "Stockholm",
    "Mumbai",
    "Chicago",
    "Sydney",
    "Seoul",
    "Nairobi",
    "Amsterdam",
    "Zurich",
    "Dublin",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
OUTLET_WORDS = ["Herald", "Ledger", "Dispatch", "Observer", "Gazette", "Wire", "Courier", "Review", "Post", "Journal"]
OUTLET_PLACES = ["Harbour", "Northern", "Metro", "Capital", "Evening", "Market", "Valley", "Coastal"]
METRICS = [("revenue", "revenue"), ("profit", "net profit"), ("sales", "sales"), ("shipments", "shipments")]
PRODUCT_WORDS = ["Nova", "Pulse", "Orbit", "Vector", "Aero", "Summit", "Echo", "Prism", "Atlas", "Zephyr"]
ANALYST_FIRMS = ["Meridian Research", "Calder Analytics", "Brightline Partners", "Tessaro Insights"]

OPENINGS = [
    "{company} said on {weekday} that its {metric} rose {pct} percent in the {quarter} quarter, helped by demand for its {product} line.",
    "{company} reported a {pct}% increase in {metric} for the {quarter} quarter, beating what analysts had expected.",
    "Shares in {company} moved after the company disclosed that {metric} grew by {pct} percent in the {quarter} quarter.",
    "The {city}-based {company} posted {metric} of ${amount} billion for the {quarter} quarter, up {pct}% on a year earlier.",
]
CONTEXT = [
    "The company, which was founded in {founded}, employs about {staff} people and sells in more than {markets} countries.",
    "{company} has spent the past two years cutting costs and moving production closer to its main customers.",
    "Analysts at {analyst} had forecast slower growth, citing weaker demand from business customers in the region.",
    "The results come a year after {company} replaced much of its senior management and sold two smaller divisions.",
    "Competition in the sector has intensified, with several rivals lowering prices to win back market share.",
]
QUOTES = [
    "We are seeing customers in {city} come back to the {product} after a difficult year, and we expect that to continue.",
    "Our priority is to keep investing in the {product} rather than chase short-term {metric} numbers.",
    "The market for {product} devices is changing quickly, and {company} intends to be ready for it.",
    "This quarter shows that the decisions we took in {founded_plus} were the right ones.",
    "We do not expect {metric} to fall again in the {quarter_next} quarter, but we are prepared if it does.",
    "Growth will come from services in {city}, not from selling {hires} more devices.",
    "We hired {hires} engineers last year and every one of them is working on the next {product}.",
    "Nobody at {company} believed a {pct} percent rise was possible this quickly.",
]
QUOTE_LEADS = [
    "\u201c{quote}\u201d {name}, the company's {title}, said in a statement.",
    "{name}, {title} of {company}, told reporters: \u201c{quote}\u201d",
    "\u201c{quote}\u201d said {name}, {company}'s {title}.",
    "In an interview, {name} said: \u201c{quote}\u201d",
]
INDIRECT = [
    "{name} said the company would open a new plant in {city} next year.",
    "According to {name}, the company plans to hire {hires} engineers by the end of the year.",
    "{name} added that {company} had no plans to raise fresh capital.",
]
CLOSINGS = [
    "{company} will publish full-year figures in {month}.",
    "The {product} {model} goes on sale in {city} in {month}, priced at ${price}.",
    "Analysts at {analyst} estimate that {company} holds about {share} percent of its home market.",
    "The company's shares have gained {pct2}% since the start of the year.",
]
FURNITURE = [
    "Share this article",
    "Read more: {company} results",
    "Advertisement",
]


def name_from_syllables(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def make_story(rng: random.Random) -> dict:
    company = f"{name_from_syllables(rng, 2)} {rng.choice(COMPANY_SUFFIXES)}"
    _, metric_words = rng.choice(METRICS)
    story = {
        "company": company,
        "metric": metric_words,
        "pct": rng.randint(3, 60),
        "amount": f"{rng.randint(1, 90)}.{rng.randint(1, 9)}",
        "quarter": rng.choice(["first", "second", "third", "fourth"]),
        "city": rng.choice(CITIES),
        "product": rng.choice(PRODUCT_WORDS),
        "model": f"{rng.choice('XSLM')}{rng.randint(2, 12)}",
        "name": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
        "title": rng.choice(TITLES),
        "founded": rng.randint(1950, 2015),
        "staff": f"{rng.randint(2, 90)},{rng.randint(100, 999)}",
        "markets": rng.randint(5, 80),
        "analyst": rng.choice(ANALYST_FIRMS),
        "hires": rng.randint(50, 900),
        "month": rng.choice(MONTHS),
        "price": rng.randint(199, 1299),
        "share": rng.randint(5, 40),
        "pct2": rng.randint(2, 35),
        "year": rng.randint(2015, 2025),
        "day": rng.randint(1, 28),
        "quarter_next": rng.choice(["first", "second", "third", "fourth"]),
    }
    story["founded_plus"] = story["year"] - rng.randint(1, 3)
    story["quote"] = " ".join(template.format(**story) for template in rng.sample(QUOTES, 2))
    return story


def make_article(rng: random.Random, story: dict, outlet: str) -> str:
    facts = dict(story, weekday=rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]))
    if rng.random() < 0.2:  # an outlet that got the figure wrong, or rounded it
        facts["pct"] = story["pct"] + rng.choice([-2, 1, 5])
    lines = [f"{facts['company']} {facts['metric']} up {facts['pct']}% as {facts['product']} sales recover", ""]
    if rng.random() < 0.6:
        lines += [f"By {rng.choice(GIVEN)} {rng.choice(FAMILY)}", ""]
    lines += [f"{facts['month']} {facts['day']}, {facts['year']}", ""]
    body = [rng.choice(OPENINGS)]
    body += rng.sample(CONTEXT, rng.randint(1, 3))
    body.append(rng.choice(QUOTE_LEADS))
    if rng.random() < 0.7:
        body.append(rng.choice(INDIRECT))
    body += rng.sample(CLOSINGS, rng.randint(1, 2))
    dateline = f"{facts['city'].upper()} ({outlet}) - " if rng.random() < 0.4 else ""
    paragraphs = [template.format(**facts) for template in body]
    paragraphs[0] = dateline + paragraphs[0]
    if rng.random() < 0.3:
        paragraphs.insert(rng.randint(1, len(paragraphs) - 1), rng.choice(FURNITURE).format(**facts))
    return "\n".join(lines) + "\n" + "\n\n".join(paragraphs) + "\n"


def generate(out: Path, count: int, seed: int) -> int:
    rng = random.Random(seed)
    outlets = sorted({f"{rng.choice(OUTLET_PLACES)} {rng.choice(OUTLET_WORDS)}" for _ in range(40)})
    out.mkdir(parents=True, exist_ok=True)
    written, seen = 0, set()
    while written < count:
        story = make_story(rng)
        for outlet in rng.sample(outlets, min(count - written, rng.randint(2, 5))):
            text = make_article(rng, story, outlet)
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if digest in seen:  # identical texts are one article twice: the build refuses them
                continue
            seen.add(digest)
            (out / f"{written:07d}_{digest[:16]}.txt").write_text(text, encoding="utf-8")
            written += 1
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.out.exists() and any(args.out.glob("*.txt")):
        print(f"{args.out}: already holds articles; give an empty or new folder", file=sys.stderr)
        return 2
    print(f"wrote {generate(args.out, args.articles, args.seed)} articles to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
