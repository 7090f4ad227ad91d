"""Benchmark: the workers' three passes of two checkouts, article by article, in one process.

    python benchmarks/bench_passes_pair.py FOLDER --against CHECKOUT [--repeat 2]

As `bench_extract_pair.py` (both checkouts' committed `loaders` imported under two names, each
article's work done by one then the other, best of --repeat CPU times each, so that both see the
same moment's load), for every pass a build's workers run: the first (`_first_pass`, or
`_first_pass_kept` where the checkout spools a kept extraction), the second (`_roles` or
`_roles_kept`, for the articles whose roles carrying the corpus's names can change) and the third
(`_third_pass`: names carried, quotes, the article's rows and records). Printed per pass and in all:
median, 95th percentile and mean CPU ms per article for each, and this/against. The build's own
process (writing the rows, grouping) is not here: `bench_phases.py` and `bench_build.py --against`.
Same output is not checked here: build both and compare the databases for that.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract_pair import PROJECT, _summary, both_checkouts, pair_arguments


def _read_back_renamed(cache: Any, package: str) -> None:
    """The copied cache module reads back its own dataclasses: it rebuilds only the `loaders` package's,
    and this copy's package is named `package`."""

    @functools.cache
    def project_class(tag: str) -> type:
        module_name, _, qualname = tag.partition(":")
        found: Any = sys.modules.get(module_name) if module_name.split(".")[0] == package else None
        for part in qualname.split("."):
            found = getattr(found, part, None)
        if not (isinstance(found, type) and dataclasses.is_dataclass(found)):
            raise ValueError(f"not a project type: {tag}")
        return found

    cache._project_class = project_class


class Passes:
    """One checkout's three passes over the folder, each article's step callable apart."""

    def __init__(self, name: str, folder: Path):
        self.build = importlib.import_module(f"{name}.build")
        _read_back_renamed(importlib.import_module(f"{name}.cache"), name)
        self.consistency = importlib.import_module(f"{name}.extract.entities.consistency")
        self.quotes = importlib.import_module(f"{name}.extract.quotes")
        self.seeds = importlib.import_module(f"{name}.read").read_seed_files(folder)
        self.curated = importlib.import_module(f"{name}.curated").load_curated(folder, {s.id for s in self.seeds})
        self.kept = hasattr(self.build, "_first_pass_kept")
        self.first: list[Any] = []
        self.carried: dict[int, Any] = {}
        self.build.extract_article(self.seeds[0], self.curated.catalogue)  # warm-up: vocabulary, gazetteer, given names

    def first_pass(self, index: int) -> Any:
        item = (self.seeds[index], None)
        if self.kept:
            return self.build._first_pass_kept(item, self.curated.catalogue)
        return self.build._first_pass(item, self.curated.catalogue)

    def finish_first(self, results: list[Any]) -> None:
        self.first = results
        corpus = self.consistency.CorpusNames()
        for result in results:
            corpus.add(result[1])
        self.names = corpus.finish()

    def second_pass(self, index: int) -> Any:
        if self.first[index][2] is not None:
            return None
        if self.kept:
            return self.build._roles_kept((self.seeds[index], self.first[index][3]), self.names)
        return self.build._roles((self.seeds[index], self.first[index][0]), self.names)

    def finish_second(self, results: list[Any]) -> None:
        roles = []
        for index, result in enumerate(results):
            if result is None:
                roles.extend(self.first[index][2])
            elif self.kept:
                roles.extend(result[0])
                self.carried[index] = result[1]
            else:
                roles.extend(result)
        self.context = (self.names, self.quotes.RoleIndex(roles), self.curated)

    def third_pass(self, index: int) -> Any:
        if self.kept:
            item = (self.seeds[index], self.first[index][3], self.carried.get(index))
        else:
            item = (self.seeds[index], self.first[index][0])
        return self.build._third_pass(item, self.context)


def main() -> int:
    args = pair_arguments(__doc__, repeat=2)
    with both_checkouts(args.against) as names:
        checkouts = {label: Passes(name, args.folder) for label, name in names.items()}
        count = len(checkouts["this"].seeds)
        times: dict[str, dict[str, list[float]]] = {label: {} for label in checkouts}
        for step, finish in (("first", "finish_first"), ("second", "finish_second"), ("third", None)):
            results: dict[str, list[Any]] = {label: [] for label in checkouts}
            for label in checkouts:
                times[label][step] = []
            for index in range(count):
                best = dict.fromkeys(checkouts, float("inf"))
                made: dict[str, Any] = {}
                for _ in range(args.repeat):
                    for label, passes in checkouts.items():
                        start = time.process_time()
                        made[label] = getattr(passes, f"{step}_pass")(index)
                        best[label] = min(best[label], time.process_time() - start)
                for label in checkouts:
                    times[label][step].append(best[label] * 1000)
                    results[label].append(made[label])  # every repeat gives the same
            if finish:
                for label, passes in checkouts.items():
                    getattr(passes, finish)(results[label])

    print(f"{args.folder}: {count} articles, the workers' passes, CPU ms per article (best of {args.repeat}, interleaved)")
    for label in checkouts:
        times[label]["all"] = [sum(parts) for parts in zip(*(times[label][s] for s in ("first", "second", "third")), strict=True)]
    for step in ("first", "second", "third", "all"):
        this, against = times["this"][step], times["against"][step]
        print(f"  {step}")
        print(f"    this     {PROJECT}: {_summary(this)}")
        print(f"    against  {args.against}: {_summary(against)}")
        print(f"    this/against: sum {sum(this) / sum(against):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
