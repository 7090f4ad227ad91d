"""Benchmark: the full build at growing sizes, against `sqlite-utils insert`.

    python benchmarks/bench_build.py [--sizes 1000,10000] [--jobs N] [--runs 1]
    python benchmarks/bench_build.py --seeds seeds --runs 7      # the seeds' start-up
    python benchmarks/bench_build.py --seeds seeds --runs 7 --against ../main   # beside another checkout

For each size, a corpus is generated (benchmarks/make_corpus.py, seeded, so
every run measures the same texts), then, side by side in one run:
- baseline: `sqlite-utils insert` of the same article texts into a fresh file;
- build: `python -m loaders build` of the folder.
Both are timed as whole processes (wall time, and the CPU time of the build and
the workers it waited for, which other work on a shared machine inflates less). Peak memory is the build's ru_maxrss (its
largest process) and the peak of the summed resident memory of its process
tree (sampled), which counts the workers of `--jobs`: as RSS (a page a forked
worker shares with the build counted in each) and as PSS (shared pages shared
out: what the tree really holds); the load average
sampled while the build ran says how much other work shared the cores.
Between sizes the growth exponent is log(t2/t1)/log(n2/n1): 1.0 is linear.
With `--against DIR`, DIR's build (another checkout: main, a branch) runs in
each run too, after this one's, so the two are compared under the same load.
A small folder (under 1 MiB of text, as the seeds) is first run once untimed,
each command, with Python free to write its byte-code caches as it does on a
user's first run: the timed runs measure a start-up that reads them.
Not a test: machines differ, ratios travel.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(PROJECT / "benchmarks"))

from make_corpus import generate  # noqa: E402


def _tree_memory(pid: int) -> tuple[int, int]:
    """Resident bytes of a process and its descendants (Linux /proc), summed two ways: RSS, which
    counts the pages a forked worker shares with the build once per process, and PSS, which shares
    them out (the memory the tree really holds)."""
    rss = pss = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/statm") as statm:
                rss += int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            with open(f"/proc/{current}/smaps_rollup") as rollup:
                pss += next((int(line.split()[1]) * 1024 for line in rollup if line.startswith("Pss:")), 0)
            with open(f"/proc/{current}/task/{current}/children") as children:
                stack.extend(int(child) for child in children.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return rss, pss


def warm_up(command: list[str], cwd: Path = PROJECT) -> None:
    """Run once, untimed, with Python free to write its byte-code caches (as it does on a user's
    first run, unless PYTHONDONTWRITEBYTECODE is set): the timed runs then measure a start-up that
    reads them, not one that compiles every module again."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


def run(command: list[str], cwd: Path = PROJECT) -> dict:
    """Wall time, ru_maxrss of the child (largest process of its tree), peak tree RSS and the
    machine's load average while it ran (the work of other processes competing for the cores)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0, 0]  # summed RSS, summed PSS
    loads: list[float] = []
    finished = threading.Event()

    def sample() -> None:
        ticks = 0
        while not finished.is_set():
            rss, pss = _tree_memory(process.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            if ticks % 50 == 0:  # every 5 s
                loads.append(os.getloadavg()[0])
            ticks += 1
            finished.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    finished.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {process.stderr.read().decode()[-2000:]}")
    process.stderr.close()
    return {
        "seconds": elapsed,
        # CPU of the process and the workers it waited for: what other work on the machine inflates least.
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "maxrss_mib": usage.ru_maxrss / 1024,
        "tree_mib": peak[0] / 2**20,
        "tree_pss_mib": peak[1] / 2**20,
        "load": statistics.mean(loads) if loads else os.getloadavg()[0],
    }


# A stand-in for quote grouping (from when it compared every pair of
# utterances): it groups utterances whose normalised text is equal, to measure
# the rest of the build without grouping; figures taken with it say so.
GROUPING_STAND_IN = """
import sys
from loaders.group import quotes as grouping
from loaders import rows

def group_utterances(items):
    clusters = {}
    for item in items:
        clusters.setdefault(grouping.normalise(item.text), []).append(item)
    groups = []
    for members in clusters.values():
        canonical = max(members, key=lambda u: (u.kind == "direct", u.kind != "indirect", "[" not in u.text, u.quote_key))
        group = grouping.UtteranceGroup(canonical)
        for member in sorted(members, key=lambda u: (u.quote_key, u.span)):
            group.links.append(grouping.Link(member, "exact" if member.text == canonical.text else "normalised", 100.0))
        groups.append(group)
    return groups

grouping.group_utterances = rows.group_utterances = group_utterances
from loaders.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def bench_folder(
    folder: Path,
    scratch: Path,
    runs: int,
    jobs: int | None,
    extra: list[str],
    stand_in: bool = False,
    keep: Path | None = None,
    against: Path | None = None,
) -> dict:
    texts = scratch / f"{folder.name}.json"
    texts.write_text(json.dumps([{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(folder.glob("*.txt"))]))
    baseline, build, other = [], [], []
    program = ["-c", GROUPING_STAND_IN] if stand_in else ["-m", "loaders"]
    warm_db = scratch / f"warm-{folder.name}.db"
    if len(texts.read_text()) < 2**20:  # a small folder: its start-up is what is measured
        for command, cwd in [
            ([str(BIN / "sqlite-utils"), "insert", str(warm_db), "articles", str(texts), "--pk", "id"], PROJECT),
            ([sys.executable, *program, "build", "--quiet", "--seeds", str(folder.resolve()), "--db", str(warm_db)], PROJECT),
            *(
                [
                    (
                        [sys.executable, *program, "build", "--quiet", "--seeds", str(folder.resolve()), "--db", str(warm_db)],
                        against,
                    )
                ]
                if against
                else []
            ),
        ]:
            warm_db.unlink(missing_ok=True)
            warm_up(command, cwd)
        warm_db.unlink(missing_ok=True)
    for number in range(runs):  # alternate, so machine noise hits each alike
        base_db, build_db = scratch / f"base-{folder.name}-{number}.db", scratch / f"build-{folder.name}-{number}.db"
        baseline.append(run([str(BIN / "sqlite-utils"), "insert", str(base_db), "articles", str(texts), "--pk", "id"]))
        command = [sys.executable, *program, "build", "--quiet", "--seeds", str(folder.resolve()), "--db", str(build_db)]
        if jobs is not None:
            command += ["--jobs", str(jobs)]
        build.append(run(command + extra))
        if against is not None:  # the same build by another checkout of the project (its own code, this Python)
            other_db = scratch / f"against-{folder.name}-{number}.db"
            other.append(run([*command[:-1], str(other_db), *extra], cwd=against))
            other_db.unlink(missing_ok=True)
        base_db.unlink(missing_ok=True)
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            build_db.replace(keep / f"{folder.name}.db")
        build_db.unlink(missing_ok=True)
    texts.unlink()
    median = lambda runs_, key: statistics.median(r[key] for r in runs_)  # noqa: E731
    result = {
        "articles": len(list(folder.glob("*.txt"))),
        "baseline_s": median(baseline, "seconds"),
        "build_s": median(build, "seconds"),
        "build_cpu_s": median(build, "cpu_s"),
        "maxrss_mib": max(r["maxrss_mib"] for r in build),
        "tree_mib": max(r["tree_mib"] for r in build),
        "tree_pss_mib": max(r["tree_pss_mib"] for r in build),
        "load": statistics.mean(r["load"] for r in build),
    }
    if other:
        result["against_s"] = median(other, "seconds")
        result["against_cpu_s"] = median(other, "cpu_s")
        result["against_maxrss_mib"] = max(r["maxrss_mib"] for r in other)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts (default 1000,10000)")
    parser.add_argument("--seeds", type=Path, help="bench this folder instead of generated corpora")
    parser.add_argument("--corpus-seed", type=int, default=1)
    parser.add_argument("--corpora", type=Path, help="keep generated corpora here and reuse them")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--jobs", type=int, help="pass --jobs N to the build")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--keep", type=Path, help="keep each size's built database in this folder (for bench_serve.py)")
    parser.add_argument(
        "--grouping-stand-in",
        action="store_true",
        help="replace quote grouping by an exact-text stand-in, to measure the rest without it",
    )
    parser.add_argument(
        "--against",
        type=Path,
        help="another checkout of the project (e.g. of main): its build runs beside this one's, run for run",
    )
    parser.add_argument("extra", nargs="*", help="more arguments for the build (after --)")
    args = parser.parse_args()

    results = []
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        if args.seeds:
            folders = [args.seeds]
        else:
            corpora = args.corpora or scratch
            folders = []
            for size in (int(s) for s in args.sizes.split(",")):
                folder = corpora / f"corpus-{size}-seed{args.corpus_seed}"
                if not folder.is_dir():
                    generate(folder, size, args.corpus_seed)
                folders.append(folder)
        for folder in folders:
            result = bench_folder(
                folder, scratch, args.runs, args.jobs, args.extra, args.grouping_stand_in, args.keep, args.against
            )
            results.append(result)
            print(
                f"{result['articles']:>8} articles: build {result['build_s']:8.2f} s "
                f"({result['articles'] / result['build_s']:7.1f} articles/s, {result['build_cpu_s']:.1f} CPU s), "
                f"sqlite-utils insert {result['baseline_s']:6.2f} s, ratio {result['build_s'] / result['baseline_s']:6.1f}x, "
                f"peak {result['maxrss_mib']:6.0f} MiB (largest process) / {result['tree_mib']:6.0f} MiB RSS, "
                f"{result['tree_pss_mib']:6.0f} MiB PSS (all processes), "
                f"load average {result['load']:.1f} on {os.cpu_count()} cores",
                flush=True,
            )
            if "against_s" in result:
                print(
                    f"{'':>8}           {args.against}: build {result['against_s']:8.2f} s "
                    f"({result['against_cpu_s']:.1f} CPU s), "
                    f"ratio {result['against_s'] / result['baseline_s']:6.1f}x, peak {result['against_maxrss_mib']:6.0f} MiB "
                    f"(this build takes {result['build_s'] / result['against_s']:.2f} of its time)",
                    flush=True,
                )
    if args.grouping_stand_in:
        print("(quote grouping replaced by a linear exact-text stand-in)")
    for smaller, larger in itertools.pairwise(results):
        exponent = math.log(larger["build_s"] / smaller["build_s"]) / math.log(larger["articles"] / smaller["articles"])
        print(f"growth exponent {smaller['articles']} -> {larger['articles']}: {exponent:.2f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
