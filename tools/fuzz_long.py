"""The long fuzz run over the mutations of ``tests/fuzzing.py`` (the fuzz tests use the same ones).

    python -m tools.fuzz_long --cases 3000 --seed 1
    python -m tools.fuzz_long --seed 1 --case 17 -v     # one case again

Case ``i`` of a run is made by ``random.Random(f"{seed}:{i}")`` in family ``i mod 9``, loaded in-process
within a time limit (``signal.setitimer``; a case over it counts as "anything else: timeout") and an
address-space cap. Prints the cases, clean errors (AtlasError), accepted atlases (their command line
run too), anything else (exception type and the mutations that caused it), per-family counts, the
slowest case and peak RSS; exits 1 if anything else happened.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import signal
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

os.environ["FASCIAMAP_CACHE_DIR"] = "off"  # each case validates and parses afresh; the cache family sets its own

from fasciamap.atlas import AtlasError  # noqa: E402
from tests import fuzzing  # noqa: E402


class CaseTimeout(BaseException):  # not an Exception, so no `except Exception` in the app can swallow it
    pass


def _on_alarm(signum: int, frame: object) -> None:
    raise CaseTimeout


def run_one(family: str, rng: random.Random, case: fuzzing.Case | None, folder: Path,
            memory_mib: int) -> tuple[str, str, list[str]]:
    """(outcome, mutation, complaints): outcome is "error" or "loaded"; other exceptions propagate."""
    if case is None:  # the cache family: its mutations are made on the entries the first load writes
        what, complaints = fuzzing.run_cache_case(rng, folder, memory_mib)
        return "loaded", what, complaints
    with fuzzing.memory_limit(memory_mib):
        data_file, art_dir, result = fuzzing.run_case(case, folder)
    if isinstance(result, AtlasError):
        return "error", case.mutation, fuzzing.message_complaints(result, data_file, art_dir)
    complaints = fuzzing.cli_complaints(rng, result, data_file, art_dir) if family.startswith("data") else []
    return "loaded", case.mutation, complaints


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.fuzz_long", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--case", type=int, help="run only this case of the run")
    parser.add_argument("--time-limit", type=float, default=5.0, help="seconds per case (default 5)")
    parser.add_argument("--memory-mib", type=int, default=1024, help="address space a case may add (default 1024)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each case as it runs")
    args = parser.parse_args(argv)

    signal.signal(signal.SIGALRM, _on_alarm)
    families = fuzzing.FAMILIES
    indexes = [args.case] if args.case is not None else range(args.cases)
    totals: Counter[str] = Counter()
    per_family: dict[str, Counter[str]] = defaultdict(Counter)
    failures: dict[str, list[str]] = defaultdict(list)
    slowest = (0.0, "")
    peak = (_rss_mib(), "before the first case")
    started = time.perf_counter()
    for n, index in enumerate(indexes, 1):
        family = families[index % len(families)]
        rng = random.Random(f"{args.seed}:{index}")
        case = fuzzing.MUTATORS[family](rng) if family in fuzzing.MUTATORS else None
        label = f"#{index} {family}" + (f" {case.mutation}" if case else "")
        begin = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="fasciamap-fuzz-") as folder:
            signal.setitimer(signal.ITIMER_REAL, args.time_limit)
            try:
                outcome, what, complaints = run_one(family, rng, case, Path(folder), args.memory_mib)
                signal.setitimer(signal.ITIMER_REAL, 0)
                label = label if case else f"{label} {what}"
                if complaints:
                    outcome, kind = "other", "broken rule: " + "; ".join(fuzzing.short(c, 100) for c in complaints)
            except CaseTimeout:
                outcome, kind = "other", f"timeout (over {args.time_limit:g} s)"
            except KeyboardInterrupt:
                raise
            except BaseException as exc:  # anything else: the finding
                signal.setitimer(signal.ITIMER_REAL, 0)
                outcome, kind = "other", f"{type(exc).__name__}: {fuzzing.short(str(exc), 100)}"
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        spent = time.perf_counter() - begin
        if args.verbose:
            print(f"{label[:200]} -> {outcome} ({spent:.2f} s)", file=sys.stderr, flush=True)
        if outcome == "other":
            failures[kind].append(label)
        totals[outcome] += 1
        per_family[family][outcome] += 1
        if spent > slowest[0]:
            slowest = (spent, label)
        if _rss_mib() > peak[0]:
            peak = (_rss_mib(), label)
        if n % 500 == 0:
            print(f"... {n} cases, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)

    total = sum(totals.values())
    names = {"error": "clean errors", "loaded": "accepted", "other": "anything else"}
    print(f"cases: {total} (seed {args.seed}) in {time.perf_counter() - started:.0f} s")
    print(f"clean errors (AtlasError): {totals['error']}")
    print(f"accepted (loaded; data cases also through the command line; cache cases equal the first load): "
          f"{totals['loaded']}")
    print(f"anything else: {totals['other']}")
    for kind, labels in sorted(failures.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(labels)} x {kind}")
        for label in labels[:3]:
            print(f"      {fuzzing.short(label, 220)[1:-1]}")
    print("per family:")
    for family in families:
        counts = per_family[family]
        print(f"  {family:15} {sum(counts.values()):5}: " + ", ".join(f"{names[k]} {counts[k]}" for k in names))
    print(f"slowest case: {slowest[0]:.2f} s ({fuzzing.short(slowest[1], 160)[1:-1]})")
    print(f"peak RSS: {peak[0]:.0f} MiB (reached in {fuzzing.short(peak[1], 160)[1:-1]})")
    return 1 if totals["other"] else 0


if __name__ == "__main__":
    sys.exit(main())
