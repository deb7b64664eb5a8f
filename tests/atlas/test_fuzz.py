"""Fuzz the loaders: every mutated data file, artwork or cache entry ends in a loaded atlas or a clean
AtlasError, never another exception. The mutations live in ``tests/fuzzing.py`` (shared with the long
run, ``python -m tools.fuzz_long``); hypothesis drives their random choices with a fixed seed and a small,
bounded number of examples, so this file runs in well under a minute.

Each example writes its files to a fresh ``tempfile.TemporaryDirectory`` and patches the environment
by hand (``tests.fuzzing.environment``), because hypothesis runs many examples inside one call of a
test and function-scoped fixtures such as ``tmp_path`` would be shared between them.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, note, settings, strategies as st

from fasciamap.atlas import AtlasError, LoadedAtlas
from tests import fuzzing

FAST = dict(derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# A seeded random.Random per example, as in the long run (hypothesis' own st.randoms() keeps to its
# first choices, so its walks into the data stay near the top); a failure reports the seed.
randoms = st.integers(0, 2**64 - 1).map(random.Random)


def _check(family: str, rng: object) -> None:
    case = fuzzing.MUTATORS[family](rng)  # type: ignore[arg-type]
    note(f"{case.family}: {case.mutation}")
    with tempfile.TemporaryDirectory() as folder:
        data_file, art_dir, result = fuzzing.run_case(case, Path(folder))
        assert isinstance(result, (LoadedAtlas, AtlasError))
        if isinstance(result, AtlasError):
            assert fuzzing.message_complaints(result, data_file, art_dir) == []
        elif family.startswith("data"):
            assert fuzzing.cli_complaints(rng, result, data_file, art_dir) == []  # type: ignore[arg-type]


@settings(max_examples=45, **FAST)
@given(rng=randoms)
def test_data_file_structure(rng) -> None:
    """Keys and list items deleted, inserted and duplicated; values of every other type; huge numbers,
    deep nesting, lone surrogates, control characters and terminal escapes, very long strings."""
    _check("data-structure", rng)


@settings(max_examples=30, **FAST)
@given(rng=randoms)
def test_data_file_lines(rng) -> None:
    """The same edits inside the myofascial lines: steps, branches, transitions and review findings."""
    _check("data-lines", rng)


@settings(max_examples=30, **FAST)
@given(family=st.sampled_from(["data-truncate", "data-bytes", "data-encoding"]), rng=randoms)
def test_data_file_bytes(family: str, rng) -> None:
    """Truncated at any byte, bytes flipped, inserted and deleted; UTF-16/32, latin-1, BOMs, bad UTF-8."""
    _check(family, rng)


@settings(max_examples=20, **FAST)
@given(rng=randoms)
def test_artwork_path_data(rng) -> None:
    """Garbage in the ``d`` of structure paths: bad arc flags, subnormal radii, nan/inf, random tokens."""
    _check("art-path", rng)


@settings(max_examples=20, **FAST)
@given(rng=randoms)
def test_artwork_markup(rng) -> None:
    """XML declarations naming other encodings, DOCTYPEs and entities, odd ids, groups and attributes
    removed or duplicated, view box garbage."""
    _check("art-markup", rng)


@settings(max_examples=15, **FAST)
@given(family=st.sampled_from(["art-truncate", "art-bytes"]), rng=randoms)
def test_artwork_bytes(family: str, rng) -> None:
    _check(family, rng)


@settings(max_examples=8, **FAST)
@given(rng=randoms)
def test_corrupt_cache_entries_are_misses(rng) -> None:
    """Every entry overwritten (random bytes, truncated, values of the wrong shape, in and out of the
    right envelope): the next load equals the first, never raises, and stays within memory."""
    with tempfile.TemporaryDirectory() as folder:
        what, complaints = fuzzing.run_cache_case(rng, Path(folder))
        note(what)
        assert complaints == []


MARSHAL_BOMB = b"(" + (2**28).to_bytes(4, "little")  # "a tuple of 2**28 items" and then nothing


def test_a_five_byte_cache_entry_does_not_allocate_gigabytes() -> None:
    """Random bytes that start with '(' (a marshalled tuple) and a large count: 5 bytes, 2 GiB here."""
    with tempfile.TemporaryDirectory() as folder:
        _, complaints = fuzzing.run_cache_case(None, Path(folder), memory_mib=1024,
                                               corrupt=lambda rng, raw: (MARSHAL_BOMB, "5-byte tuple header"))
        assert complaints == []
