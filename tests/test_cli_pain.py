"""The headless referral commands: ``referral`` and ``pain`` (JSON and text), and their errors."""

from __future__ import annotations

import json

from fasciamap.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_referral_json_gives_sites_zones_and_sources(capsys) -> None:
    code, out, _ = run(capsys, "referral", "gluteus minimus", "--json")
    data = json.loads(out)
    assert code == 0 and data["muscle"]["base_id"] == "gluteus_minimus"
    assert data["trigger_points"] and all(tp["where"] for tp in data["trigger_points"])
    assert {"id": "lateral_hip.left", "name": "Outer hip (left)"} in data["essential"]
    assert data["spillover"] and data["evidence"] == "limited" and "Lucas" in data["evidence_note"]
    assert {"id": "travell1992", "locator": "ch. 9, Gluteus Minimus Muscle"} in data["sources"]


def test_referral_text_tells_essential_from_spillover(capsys) -> None:
    code, out, _ = run(capsys, "referral", "quadratus_lumborum.right")
    assert code == 0 and "Essential zone" in out and "Spillover zone" in out and "(right)" in out
    assert "Travell JG, Simons DG (1992)" in out and "ch. 4" in out


def test_a_structure_without_a_pattern_is_a_clear_error(capsys) -> None:
    code, out, err = run(capsys, "referral", "thoracolumbar_fascia", "--json")
    assert code == 1 and "no referral pattern" in err
    assert json.loads(out)["error"]["kind"] == "no_referral"


def test_pain_ranks_the_candidates_for_the_lateral_hip(capsys) -> None:
    code, out, _ = run(capsys, "pain", "lateral hip (right)", "--json")
    data = json.loads(out)
    assert code == 0 and data["zones"] == [{"id": "lateral_hip.right", "name": "Outer hip (right)"}]
    ranked = [c["muscle"] for c in data["candidates"]]
    assert {"gluteus_minimus", "quadratus_lumborum"} <= set(ranked[:6])
    reasons = [c["reason"] for c in data["candidates"]]
    assert reasons == sorted(reasons, key=lambda r: r != "essential")
    assert "lateral_line" in {line["id"] for line in data["lines"]}


def test_pain_text_names_the_reason_and_the_lines(capsys) -> None:
    code, out, _ = run(capsys, "pain", "temple.left", "jaw.left")
    assert code == 0 and "Temporalis (left) — essential zone" in out
    assert "not a diagnosis" in out


def test_an_unknown_zone_is_a_json_error(capsys) -> None:
    code, out, err = run(capsys, "pain", "hipp", "--json")
    assert code == 2 and "no pain zone 'hipp'" in err
    assert json.loads(out)["error"]["kind"] == "unknown_zone"


def test_quiz_prints_questions_with_answers_reproducibly(capsys) -> None:
    code, out, _ = run(capsys, "quiz", "--region", "back", "--count", "5", "--seed", "3", "--json")
    first = json.loads(out)
    assert code == 0 and len(first) == 5 and all(q["region"] == "back" and q["answer"] in q["choices"] for q in first)
    _, again, _ = run(capsys, "quiz", "--region", "back", "--count", "5", "--seed", "3", "--json")
    assert json.loads(again) == first
    code, out, _ = run(capsys, "quiz", "--kind", "referral", "--count", "2", "--seed", "1")
    assert code == 0 and "Answer:" in out and "Sources:" in out


def test_quiz_rejects_an_unknown_region_or_a_bad_count(capsys) -> None:
    code, out, err = run(capsys, "quiz", "--region", "elbowland", "--json")
    assert code == 2 and "no region 'elbowland'" in err and json.loads(out)["error"]["kind"] == "unknown_region"
    code, _, err = run(capsys, "quiz", "--count", "0")
    assert code == 2 and "between 1 and 500" in err
