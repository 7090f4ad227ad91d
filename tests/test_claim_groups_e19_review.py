"""Review e19's grouping finding: a one-word short form that begins several organisations' names in the
corpus ("Salinera" of two salt works) resolves, for a claim, to the one whose full name the claim's own article
prints, so that a second, unrelated story in the corpus does not split a settled group. Two original stories."""

from __future__ import annotations

import sqlite3

from loaders.build import build

# one story told twice: the first article names only the salt works beside its figure, the second names the buyer
# beside it and the salt works after a feature word and a particle ("Cabo de"), which extraction reads as a place
SALT_WORKS_SOLD = {
    "cabo_1.txt": (
        "Peruvian group to buy coastal salt works\n\n"
        "LA SERENA — A Peruvian food group will acquire 60% of Salinera del Cabo de Tessa, S.A., the largest salt "
        "works of the northern coast, for US$21 million, both companies said on Tuesday.\n\n"
        "Salinera del Cabo de Tessa produces about 90,000 tonnes of sea salt a year from pans near the port.\n"
    ),
    "cabo_2.txt": (
        "Orvane Salt buys into Chilean producer\n\n"
        "Orvane Salt Co. said on Tuesday it would buy a 60 percent stake in Chilean sea salt producer Salinera del "
        "Cabo de Tessa for US$21 million, its first purchase abroad.\n\n"
        "The seller's owners keep the rest.\n"
    ),
}
# another story: another salt works whose name the short form begins too
ANOTHER_SALT_WORKS = {
    "punta_1.txt": (
        "Northern salt works lifts output\n\n"
        "Salinera Punta Orvo, a family salt works north of the bay, raised its output to 40,000 tonnes this year, "
        "the company said.\n\n"
        "Salinera Punta Orvo employs 85 people.\n"
    ),
}


def _stake_groups(tmp_path, articles: dict[str, str]) -> set[frozenset[str]]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in articles.items():
        (seeds / name).write_text(text, encoding="utf-8")
    build(seeds, tmp_path / "corpus.db")
    with sqlite3.connect(tmp_path / "corpus.db") as db:
        rows = db.execute("SELECT group_id, article_id FROM claims WHERE text LIKE '60%'").fetchall()
    groups: dict[object, set[str]] = {}
    for group, article in rows:
        groups.setdefault(group, set()).add(article)
    return {frozenset(articles) for articles in groups.values()}


def test_a_story_s_figure_stays_grouped_alone(tmp_path):
    assert _stake_groups(tmp_path, SALT_WORKS_SOLD) == {frozenset({"cabo_1", "cabo_2"})}


def test_another_story_naming_a_like_company_does_not_split_the_figure(tmp_path):
    # "Salinera" now begins two organisations' names in the corpus: the second article prints which one in full
    assert _stake_groups(tmp_path, SALT_WORKS_SOLD | ANOTHER_SALT_WORKS) == {frozenset({"cabo_1", "cabo_2"})}
