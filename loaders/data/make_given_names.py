"""Regenerate loaders/data/given_names.txt and family_names_first.txt from
names-dataset (pinned in requirements.lock).

    python -m loaders.data.make_given_names

names-dataset (MIT licence) ranks the first names of 106 countries by how
many people bear them. The build reads a small list made from it instead of
loading its 25 MB pickle (2 GB of memory, seconds per build). Kept: names in
Latin script that rank in the top MAX_RANK of at least one country, which
covers the common names of every region while leaving out the long tail of
one-off spellings and stray words. The family names of the countries that
write the family name first (China, Taiwan, Hong Kong, Macau, Korea,
Vietnam), in the top FAMILY_MAX_RANK of one of them, let "Wang Jiaxiong" be
read as a person's name. A test checks the files still match what this
script makes.
"""
from __future__ import annotations

import re
from pathlib import Path

TARGET = Path(__file__).resolve().parent / "given_names.txt"
FAMILY_TARGET = Path(__file__).resolve().parent / "family_names_first.txt"
MAX_RANK = 1000
FAMILY_MAX_RANK = 200
FAMILY_FIRST_COUNTRIES = ("CN", "TW", "HK", "MO", "KR", "VN")
# A capital and lower-case letters of the Latin alphabets (accents included), two or more.
NAME_SHAPE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")


def rows() -> list[str]:
    from names_dataset import NameDataset  # a development dependency: only this script needs it

    dataset = NameDataset(load_last_names=False)
    names = {
        name for name, facts in dataset.first_names.items()
        if NAME_SHAPE.fullmatch(name) and min((facts.get("rank") or {}).values(), default=MAX_RANK + 1) <= MAX_RANK
    }
    return sorted(names)


def family_rows() -> list[str]:
    from names_dataset import NameDataset

    dataset = NameDataset(load_first_names=False)
    return sorted(
        name for name, facts in dataset.last_names.items()
        if name.isascii() and NAME_SHAPE.fullmatch(name)
        and any((facts.get("rank") or {}).get(country, FAMILY_MAX_RANK + 1) <= FAMILY_MAX_RANK for country in FAMILY_FIRST_COUNTRIES)
    )


def main() -> None:
    TARGET.write_text("\n".join(rows()) + "\n", encoding="utf-8")
    FAMILY_TARGET.write_text("\n".join(family_rows()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
