"""Regenerate loaders/data/given_names.txt and family_names_first.txt from
names-dataset, and common_words.txt from wordfreq and names-dataset (both
pinned in requirements.lock).

    python -m loaders.data.make_given_names

names-dataset (MIT licence) ranks the first names of 106 countries by how
many people bear them. The build reads a small list made from it instead of
loading its 25 MB pickle (2 GB of memory, seconds per build). Kept: names in
Latin script that rank in the top MAX_RANK of at least one country, which
covers the common names of every region while leaving out the long tail of
one-off spellings and stray words. The family names of the countries that
write the family name first (China, Taiwan, Hong Kong, Macau, Korea,
Vietnam), in the top FAMILY_MAX_RANK of one of them, let "Wang Jiaxiong" be
read as a person's name. Beyond Latin-1, names-dataset also holds words and
family names (review q26 M3): a name there is left out when it is a family name
of one of those countries ("Nguyễn") or a frequent word (Zipf at least
NAME_WORD_ZIPF) of its country's language (vocab/names.yml
`name_country_languages`) that is a common name nowhere ("Mała", "Usługi").

common_words.txt: the English words frequent enough to be ordinary words
(wordfreq's Zipf frequency at least COMMON_WORD_ZIPF, lower-case letters
only), less those that are also common names: a family name in the top
SURNAME_MAX_RANK of any country ("cook", "brown", "may") or a widespread given
name (in the top MAX_RANK of two countries or the top WIDESPREAD_RANK of one:
"mark", "crystal"). A name made only of a given name and such a word
("Crystal Palace", "Rail Freight") needs more evidence than the given name.
A test checks the files still match what this script makes.
"""

from __future__ import annotations

import re
from pathlib import Path

from loaders.vocab import mapping

TARGET = Path(__file__).resolve().parent / "given_names.txt"
FAMILY_TARGET = Path(__file__).resolve().parent / "family_names_first.txt"
COMMON_WORDS_TARGET = Path(__file__).resolve().parent / "common_words.txt"
MAX_RANK = 1000
WIDESPREAD_RANK = 200
SURNAME_MAX_RANK = 1000
COMMON_WORD_ZIPF = 3.5  # about once in 300,000 words of English: some 15,000 words
FAMILY_MAX_RANK = 200
NAME_WORD_ZIPF = 4.5  # about once in 30,000 words of its language: a frequent word, not a name that wordfreq also counts
FAMILY_FIRST_COUNTRIES = ("CN", "TW", "HK", "MO", "KR", "VN")
# A capital and lower-case letters of the Latin alphabets (accents included), two or more: every Latin letter, not
# Latin-1's alone (q26: "Radosław", "Gülşen", "Żaneta", "Nataša", "Đuro" are common given names of their countries).
# Family names stay ASCII (family_rows).
_LATIN = [chr(code) for block in ((0x41, 0x5B), (0x61, 0x7B), (0xC0, 0x250), (0x1E00, 0x1F00)) for code in range(*block)]
_UPPER = "".join(char for char in _LATIN if char.isupper())
_LOWER = "".join(char for char in _LATIN if char.islower())
NAME_SHAPE = re.compile(rf"[{_UPPER}][{_LOWER}]+")


def rows() -> list[str]:
    from names_dataset import NameDataset  # a development dependency: only this script needs it
    from wordfreq import zipf_frequency

    dataset = NameDataset()
    family_first = {
        name
        for name, facts in dataset.last_names.items()
        if any(
            (facts.get("rank") or {}).get(country, FAMILY_MAX_RANK + 1) <= FAMILY_MAX_RANK for country in FAMILY_FIRST_COUNTRIES
        )
    }
    languages = mapping("names", "name_country_languages")
    names = set()
    for name, facts in dataset.first_names.items():
        ranks = {country: rank for country, rank in (facts.get("rank") or {}).items() if rank is not None and rank <= MAX_RANK}
        if not NAME_SHAPE.fullmatch(name) or not ranks:
            continue
        if any(ord(char) > 0xFF for char in name):
            # (review q26 M3) beyond Latin-1, names-dataset's noise: a family name of a country that writes it first
            # ("Nguyễn", "Trần"), or a frequent word of its country's language that is a common name nowhere ("Mała",
            # "Usługi", "Ktoś"; not "Paweł", "Tomáš", which rank high or in several countries)
            if name in family_first:
                continue
            word = max((zipf_frequency(name.lower(), languages[c]) for c in ranks if c in languages), default=0.0)
            if word >= NAME_WORD_ZIPF and len(ranks) == 1 and min(ranks.values()) > WIDESPREAD_RANK:
                continue
        names.add(name)
    return sorted(names)


def family_rows() -> list[str]:
    from names_dataset import NameDataset

    dataset = NameDataset(load_first_names=False)
    return sorted(
        name
        for name, facts in dataset.last_names.items()
        if name.isascii()
        and NAME_SHAPE.fullmatch(name)
        and any(
            (facts.get("rank") or {}).get(country, FAMILY_MAX_RANK + 1) <= FAMILY_MAX_RANK for country in FAMILY_FIRST_COUNTRIES
        )
    )


def common_word_rows() -> list[str]:
    from names_dataset import NameDataset
    from wordfreq import top_n_list, zipf_frequency  # a development dependency, like names-dataset

    dataset = NameDataset()
    names = set()
    for name, facts in dataset.first_names.items():
        ranks = [rank for rank in (facts.get("rank") or {}).values() if rank is not None and rank <= MAX_RANK]
        if len(ranks) >= 2 or (ranks and min(ranks) <= WIDESPREAD_RANK):
            names.add(name.lower())
    for name, facts in dataset.last_names.items():
        if (
            min((rank for rank in (facts.get("rank") or {}).values() if rank is not None), default=SURNAME_MAX_RANK + 1)
            <= SURNAME_MAX_RANK
        ):
            names.add(name.lower())
    return sorted(
        word
        for word in top_n_list("en", 100_000)
        if re.fullmatch(r"[a-z]{2,}", word) and zipf_frequency(word, "en") >= COMMON_WORD_ZIPF and word not in names
    )


def main() -> None:
    TARGET.write_text("\n".join(rows()) + "\n", encoding="utf-8")
    FAMILY_TARGET.write_text("\n".join(family_rows()) + "\n", encoding="utf-8")
    COMMON_WORDS_TARGET.write_text("\n".join(common_word_rows()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
