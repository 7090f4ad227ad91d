"""Benchmark: where one build's time goes, phase by phase, in the build's own process and in its workers.

    python benchmarks/bench_phases.py --seeds DIR [--db PATH] [--jobs N] [--project CHECKOUT]

The build runs in this process (the code of --project, default this
checkout), with a progress display that notes, at each phase, the wall time
and this process's CPU time. At the end: the CPU of the build's own process
(every article's rows pass through it: on a quiet machine it is the floor
of the wall time) and of the workers it waited for. CPU time is what other
work on a shared machine inflates least; compare two checkouts with
--project, under the same load.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=Path, required=True, help="folder of articles to build")
    parser.add_argument("--db", type=Path, help="where to build (default: a temporary file)")
    parser.add_argument("--jobs", type=int, help="worker processes (default: all cores)")
    parser.add_argument("--project", type=Path, default=PROJECT, help="the checkout whose build runs (default: this one)")
    args = parser.parse_args()
    seeds = args.seeds.resolve()
    project = args.project.resolve()
    sys.path.insert(0, str(project))
    os.chdir(project)
    from loaders.build import build
    from loaders.progress import Progress

    marks: list[tuple[str, float, float, float]] = []

    class Phases(Progress):
        def __init__(self) -> None:
            self.last: str | None = None

        def step(self, message: str) -> None:
            # "[12/1000] extracting x.txt" is one phase, "extracting"; other messages are phases of their own.
            phase = message.split("] ", 1)[1].split(" ")[0] if message.startswith("[") else message[:60]
            if phase != self.last:
                self.last = phase
                marks.append((phase, time.perf_counter(), _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)))

        def done(self, message: str) -> None:
            self.step("done")

    with tempfile.TemporaryDirectory() as scratch:
        db = args.db or Path(scratch) / "bench.db"
        start = time.perf_counter()
        build(seeds, db, progress=Phases(), jobs=args.jobs)
        wall = time.perf_counter() - start
    print(f"{project}: {seeds.name}, wall {wall:.1f} s, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  CPU: build's process {_cpu(resource.RUSAGE_SELF):.1f} s, workers {_cpu(resource.RUSAGE_CHILDREN):.1f} s")
    for (phase, at, cpu, workers), (_, next_at, next_cpu, next_workers) in itertools.pairwise(marks):
        print(
            f"  {next_at - at:8.2f} s wall {next_cpu - cpu:8.2f} s CPU (build's process) {next_workers - workers:8.2f} s CPU"
            f" (workers, counted as they end)  {phase}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
