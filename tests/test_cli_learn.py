"""``fasciamap tours`` and the learning content in ``fasciamap check``."""

from __future__ import annotations

import json

from fasciamap.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_tours_lists_every_tour_and_one_tour_stop_by_stop(capsys) -> None:
    code, out, _ = run(capsys, "tours", "--json")
    tours = json.loads(out)
    assert code == 0 and len(tours) >= 8 and tours[0]["id"] == "back_paraspinals_ql"
    code, out, _ = run(capsys, "tours", "back_paraspinals_ql")
    assert code == 0 and "1. structure: erector_spinae.right" in out and "Willard" in out
    code, plain, _ = run(capsys, "tours", "back_paraspinals_ql", "--plain", "--json")
    assert code == 0 and json.loads(plain)["stops"][0]["text"] not in out


def test_an_unknown_tour_or_a_damaged_file_is_a_clear_error(capsys, tmp_path, monkeypatch) -> None:
    code, _, err = run(capsys, "tours", "nowhere")
    assert code == 1 and "no tour 'nowhere'" in err and "back_paraspinals_ql" in err
    bad = tmp_path / "learn.json"
    bad.write_text('{"schema_version": 1, "sections": [], "tours": []}')
    monkeypatch.setenv("FASCIAMAP_LEARN", str(bad))
    code, out, err = run(capsys, "tours", "--json")
    assert code == 2 and "the primer and tours cannot be read" in err and f"{bad}: sections" in err
    assert json.loads(out)["error"]["kind"] == "learn_invalid"
    code, _, err = run(capsys, "check")
    assert code == 2 and str(bad) in err


def test_check_counts_the_primer_and_the_tours(capsys) -> None:
    code, out, _ = run(capsys, "check", "--json")
    report = json.loads(out)
    assert code == 0 and report["primer_sections"] == 7 and report["tours"] >= 8
