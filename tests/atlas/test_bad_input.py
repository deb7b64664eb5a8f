"""Every family of bad input ends in a located, printable AtlasError, in bounded time: never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fasciamap.atlas import AtlasError, load

from .bad_inputs import BAD_ART, BAD_DATA, BadInput


def _assert_clean_message(error: AtlasError, case: BadInput, file: Path) -> None:
    message = str(error)
    assert re.search(case.expect, message), message[:500]
    assert str(file) in message
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]", message)
    assert all(len(line) <= 500 for line in message.splitlines())


@pytest.mark.parametrize("case", BAD_DATA + BAD_ART, ids=lambda c: c.name)
def test_bad_input_is_a_located_error(case: BadInput, tmp_path: Path) -> None:
    data, art = case.make(tmp_path)
    with pytest.raises(AtlasError) as info:
        load(data, art)
    _assert_clean_message(info.value, case, data or art)  # type: ignore[arg-type]


def test_every_problem_is_available_beyond_the_first_25(write_data) -> None:
    bad = write_data(lambda d: [r.update(kind="organ") for r in d["regions"][:40]])
    with pytest.raises(AtlasError) as info:
        load(bad)
    assert len(info.value.problems) == 40
    assert str(info.value).endswith("... and 15 more problem(s)")
    assert len(info.value.describe(None).splitlines()) == 40
