"""The headless command line: JSON and text output, clear errors without tracebacks, screenshots."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


from fasciamap.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_regions_json_lists_every_structure(capsys, loaded) -> None:
    code, out, _ = run(capsys, "regions", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == len(loaded.atlas.structures)
    es = next(r for r in rows if r["id"] == "erector_spinae.left")
    assert es["latin"] and es["kind"] == "muscle" and es["layer"] == "intermediate"
    assert es["views"] == ["back", "left"] and "paraspinals" in es["aliases"]  # the left side view


def test_regions_text(capsys) -> None:
    code, out, _ = run(capsys, "regions")
    assert code == 0 and "thoracolumbar_fascia" in out and "Fascia" in out


def test_connections_json_explains_the_tlf_link(capsys) -> None:
    code, out, _ = run(capsys, "connections", "erector_spinae", "--json")
    data = json.loads(out)
    assert code == 0 and data["structure"]["id"] == "erector_spinae.left"
    ql = next(c for c in data["connections"] if c["id"] == "quadratus_lumborum.left")
    assert ql["connection"] == "shared_sheet" and "thoracolumbar fascia" in ql["reason"]
    assert {"id", "name", "connection", "layer", "evidence", "explanation"} <= ql.keys()


def test_connections_by_name_and_kind(capsys) -> None:
    code, out, _ = run(capsys, "connections", "Gluteus maximus", "--kind", "myofascial_continuity", "--json")
    data = json.loads(out)
    assert code == 0 and data["connections"]
    assert all(c["connection"] == "myofascial_continuity" for c in data["connections"])
    crossing = [c for c in data["connections"] if c["laterality"] == "crosses_midline"]
    assert any(c["id"] == "latissimus_dorsi.right" for c in crossing)


def test_path_step_by_step(capsys) -> None:
    code, out, _ = run(capsys, "path", "plantar_fascia.left", "epicranial_aponeurosis", "--json")
    data = json.loads(out)
    assert code == 0 and data["steps"][0]["from"] == "plantar_fascia.left"
    assert data["steps"][-1]["to"] == "epicranial_aponeurosis"
    assert all(step["reason"] and step["evidence"] for step in data["steps"])
    code, out, _ = run(capsys, "path", "plantar_fascia.left", "epicranial_aponeurosis")
    assert "1. Plantar fascia (left) →" in out


def test_unknown_id_is_a_clear_error(capsys) -> None:
    code, out, err = run(capsys, "connections", "erector_spina")
    assert code == 2 and out == ""
    assert "No structure called 'erector_spina'" in err and "erector_spinae" in err
    assert "Traceback" not in err


def test_bad_data_file_is_a_clear_error(capsys, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "regions.json"
    bad.write_text('{"schema_version": 1,', "utf-8")
    monkeypatch.setenv("FASCIAMAP_DATA", str(bad))
    code, _, err = run(capsys, "regions")
    assert code == 2 and str(bad) in err and "line 1" in err and "Traceback" not in err


def test_check_reports_counts(capsys) -> None:
    code, out, _ = run(capsys, "check")
    assert code == 0 and out.startswith("OK:") and "drawn across 4 views" in out


def test_screenshot_renders_the_window(qapp, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    target = tmp_path / "shot.png"
    code = main(["screenshot", str(target), "--select", "erector_spinae", "--view", "back",
                 "--layer", "deep", "--size", "900x600"])
    image = QImage(str(target))
    assert code == 0 and (image.width(), image.height()) == (900, 600)
    colours = {image.pixelColor(x, y).name() for x in range(0, 900, 15) for y in range(0, 600, 15)}
    assert len(colours) > 30  # a real picture, not a blank canvas


def test_screenshot_rejects_bad_size(capsys) -> None:
    assert main(["screenshot", "x.png", "--size", "big"]) == 2  # returned, not raised: --json can answer too
    assert "is not a size like 1280x800" in capsys.readouterr().err


def test_module_entry_point_runs_headless() -> None:
    result = subprocess.run([sys.executable, "-m", "fasciamap", "path", "latissimus_dorsi.left", "gluteus_maximus.right"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Latissimus dorsi (left) → Gluteus maximus (right)" in result.stdout


def test_unknown_id_with_json_prints_a_json_error_with_the_closest_matches(capsys) -> None:
    code, out, err = run(capsys, "connections", "erector spinea", "--json")
    assert code == 2 and "No structure called 'erector spinea'" in err
    error = json.loads(out)["error"]
    assert error["kind"] == "unknown_structure" and "erector_spinae" in error["suggestions"]


def test_bad_arguments_with_json_print_a_json_error(capsys) -> None:
    code, out, err = run(capsys, "path", "erector_spinae", "--json")
    assert code == 2 and "usage: fasciamap path" in err
    assert json.loads(out)["error"]["kind"] == "bad_arguments"


def test_a_broken_atlas_with_json_lists_every_problem(capsys, monkeypatch, write_data) -> None:
    monkeypatch.setenv("FASCIAMAP_DATA", str(write_data(lambda d: [r.update(kind="organ") for r in d["regions"][:30]])))
    code, out, err = run(capsys, "check", "--json")
    assert code == 2 and err.rstrip().endswith("... and 5 more problem(s)")
    assert len(json.loads(out)["error"]["problems"]) == 30
    code, _, err = run(capsys, "check", "--all")
    assert code == 2 and len([line for line in err.splitlines() if "is not one of" in line]) == 30


def test_a_huge_or_hostile_query_is_echoed_short_and_escaped(capsys) -> None:
    code, out, err = run(capsys, "connections", "\x1b[2J" + "x" * 100_000, "--json")
    assert code == 2 and "\x1b" not in err and "\\x1b[2J" in err and len(err) < 300
    assert "\x1b" not in json.loads(out)["error"]["query"]


def test_output_never_fails_on_a_terminal_that_cannot_encode_it() -> None:
    result = subprocess.run([sys.executable, "-m", "fasciamap", "regions"], capture_output=True, timeout=120,
                            env={"PYTHONIOENCODING": "ascii", "PATH": "/usr/bin:/bin", "FASCIAMAP_CACHE_DIR": "off"})
    assert result.returncode == 0, result.stderr


def test_lines_lists_every_line_with_its_evidence(capsys, loaded) -> None:
    code, out, _ = run(capsys, "lines", "--json")
    rows = {r["id"]: r for r in json.loads(out)}
    assert code == 0 and set(rows) == set(loaded.atlas.lines)
    spiral = rows["spiral_line"]
    assert spiral["tracks"] == 12 and spiral["crosses_midline"]
    assert {"source": "wilke2016", "verified": 5, "of": 9, "which_named": False} in spiral["reviews"]
    code, out, _ = run(capsys, "lines")
    assert code == 0 and "Spiral Line — 12 tracks, crosses the midline" in out


def test_line_by_name_prints_the_sequence_with_each_links_evidence(capsys) -> None:
    code, out, _ = run(capsys, "line", "spiral line")
    assert code == 0
    order = [out.index(name) for name in ("Splenius capitis (right)", "Rhomboids (left)", "Internal oblique (right)",
                                          "Tibialis anterior (right)", "Biceps femoris (right)", "Erector spinae (right)")]
    assert order == sorted(order)
    assert "5 of 9 transitions verified" in out and "↓ limited; counted in the share, not named" in out
    code, out, _ = run(capsys, "line", "spiral_line", "--side", "left", "--json")
    line = json.loads(out)
    assert [s["node"] for s in line["steps"] if not s["station"]][:2] == ["splenius_capitis.left", "rhomboids.right"]
    assert all(t["evidence"] and t["review_says"] for t in line["transitions"])


def test_an_unknown_line_is_a_json_error_with_suggestions(capsys) -> None:
    code, out, err = run(capsys, "line", "spirl line", "--json")
    assert code == 2 and "No line called" in err
    error = json.loads(out)["error"]
    assert error["kind"] == "unknown_line" and "spiral_line" in error["suggestions"]


def test_path_can_stay_on_one_line(capsys) -> None:
    code, out, _ = run(capsys, "path", "splenius_capitis.right", "erector_spinae.right", "--line", "spiral", "--json")
    result = json.loads(out)
    assert code == 0 and result["line"] == "spiral_line" and len(result["steps"]) == 11


def test_zones_lists_the_pain_zones_with_their_views(capsys, loaded) -> None:
    code, out, _ = run(capsys, "zones", "--json")
    rows = {r["id"]: r for r in json.loads(out)}
    assert code == 0 and len(rows) == sum(2 if z.paired else 1 for z in loaded.atlas.zones.values())
    assert rows["lateral_hip.left"]["name"] == "Outer hip (left)" and "back" in rows["lateral_hip.left"]["views"]
    code, out, _ = run(capsys, "check")
    assert code == 0 and "pain zones" in out
