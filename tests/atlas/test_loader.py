"""Loading the real atlas, and every kind of bad data file giving a clear, located message."""

from __future__ import annotations

from pathlib import Path

import pytest

from fasciamap.atlas import AtlasError, load_atlas
from fasciamap.atlas.model import EVIDENCE_LEVELS

REQUIRED = [
    "trapezius", "latissimus_dorsi", "erector_spinae", "multifidus", "quadratus_lumborum",
    "thoracolumbar_fascia", "gluteus_maximus", "gluteus_medius", "piriformis", "psoas_major",
    "biceps_femoris", "semitendinosus", "semimembranosus", "gastrocnemius", "soleus", "plantar_fascia",
    "iliotibial_tract", "tensor_fasciae_latae", "rectus_abdominis", "external_oblique",
    "transversus_abdominis", "pectoralis_major", "sternocleidomastoid", "scalenes",
    "suboccipital_muscles", "epicranial_aponeurosis",
]


def test_real_atlas_has_the_required_structures_across_the_body(loaded) -> None:
    atlas = loaded.atlas
    base_ids = {s.base_id for s in atlas.structures.values()}
    assert len(base_ids) >= 45
    assert set(REQUIRED) <= base_ids
    regions = {s.region for s in atlas.structures.values()}
    assert regions == {"head_neck", "back", "trunk_front", "shoulder_arm", "hip", "thigh", "leg_foot"}
    kinds = {s.kind for s in atlas.structures.values()}
    assert {"muscle", "fascia", "ligament", "bone"} <= kinds


def test_paired_structures_become_left_and_right_nodes(loaded) -> None:
    s = loaded.atlas.structures
    assert s["erector_spinae.left"].side == "left" and s["erector_spinae.right"].side == "right"
    assert "erector_spinae" not in s
    assert s["thoracolumbar_fascia"].side is None
    assert s["erector_spinae.left"].display_name == "Erector spinae (left)"


def test_crossing_connections_join_opposite_sides(loaded) -> None:
    crossing = [c for c in loaded.atlas.connections
                if {c.a.split(".")[0], c.b.split(".")[0]} == {"latissimus_dorsi", "gluteus_maximus"}
                and c.laterality == "crosses_midline"]
    assert {(c.a, c.b) for c in crossing} == {
        ("latissimus_dorsi.left", "gluteus_maximus.right"), ("latissimus_dorsi.right", "gluteus_maximus.left"),
    }


def test_every_claim_is_sourced_and_graded(loaded) -> None:
    atlas = loaded.atlas
    for s in atlas.structures.values():
        assert s.sources and all(x in atlas.sources for x in s.sources), s.id
        assert s.summary.strip() and s.description.strip(), s.id
    for c in atlas.connections:
        assert c.sources and all(x in atlas.sources for x in c.sources), (c.a, c.b)
        assert c.evidence in EVIDENCE_LEVELS
        assert c.explanation.strip() and c.plain.strip()
    for source in atlas.sources.values():
        assert source.doi or source.pmid or source.isbn or source.url, source.id


def test_every_structure_has_at_least_one_connection(loaded) -> None:
    linked = {n for c in loaded.atlas.connections for n in (c.a, c.b)}
    assert set(loaded.atlas.structures) - linked == set()


# -- bad files -------------------------------------------------------------------------------------
def _problem_text(path: Path) -> str:
    with pytest.raises(AtlasError) as info:
        load_atlas(path)
    return str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    text = _problem_text(tmp_path / "nowhere.json")
    assert "nowhere.json" in text and "file not found" in text


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "regions.json"
    path.write_text('{\n  "schema_version": 1,\n  "layers": [\n}\n', "utf-8")
    text = _problem_text(path)
    assert str(path) in text and "line 4, column 1" in text and "invalid JSON" in text


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "regions.json"
    path.write_bytes(b'{"a": "\xff"}')
    assert "not UTF-8" in _problem_text(path)


def test_wrong_value_names_the_structure_and_field(write_data) -> None:
    def mutate(d):
        d["regions"][0]["kind"] = "organ"

    text = _problem_text(write_data(mutate))
    assert "regions[0] (epicranial_aponeurosis).kind" in text and "'organ' is not one of" in text


def test_missing_field(write_data) -> None:
    def mutate(d):
        del d["connections"][0]["evidence"]

    text = _problem_text(write_data(mutate))
    assert "connections[0]" in text and "missing required field 'evidence'" in text


def test_unknown_references_are_all_reported(write_data) -> None:
    def mutate(d):
        d["regions"][1]["layer"] = "middle"
        d["regions"][2]["sources"] = ["nobody1999"]
        d["connections"][3]["b"] = "spleen"

    with pytest.raises(AtlasError) as info:
        load_atlas(write_data(mutate))
    messages = [p.message for p in info.value.problems]
    assert any("unknown layer 'middle'" in m for m in messages)
    assert any("source 'nobody1999' is not in the sources table" in m for m in messages)
    assert any("unknown structure 'spleen'" in m for m in messages)
    assert len(info.value.problems) == 3


def test_duplicate_ids_and_connections(write_data) -> None:
    def mutate(d):
        d["regions"].append(dict(d["regions"][0]))
        d["connections"].append(dict(d["connections"][0]))

    text = _problem_text(write_data(mutate))
    assert "duplicate id 'epicranial_aponeurosis'" in text
    assert "repeats connections[0]" in text


def test_only_paired_structures_cross_the_midline(write_data) -> None:
    def mutate(d):
        d["connections"].append({
            "a": "erector_spinae", "b": "thoracolumbar_fascia", "kind": "overlies",
            "laterality": "crosses_midline", "evidence": "anatomical", "explanation": "x", "plain": "x",
            "sources": ["willard2012"],
        })

    assert "can cross the midline" in _problem_text(write_data(mutate))


def test_source_needs_an_identifier(write_data) -> None:
    def mutate(d):
        for key in ("doi", "pmid", "isbn"):
            d["sources"]["willard2012"].pop(key, None)

    assert "sources.willard2012: a source needs at least one of doi, pmid or isbn" in _problem_text(write_data(mutate))


def test_newer_schema_version_is_refused(write_data) -> None:
    def mutate(d):
        d["schema_version"] = 7

    assert "newer than this FasciaMap understands" in _problem_text(write_data(mutate))


def test_shared_sheet_must_name_its_sheet(write_data) -> None:
    def mutate(d):
        sheet = next(c for c in d["connections"] if c["kind"] == "shared_sheet")
        del sheet["sheet"]

    assert "missing required field 'sheet'" in _problem_text(write_data(mutate))


def test_each_missing_top_level_table_is_named_once(tmp_path: Path) -> None:
    path = tmp_path / "regions.json"
    path.write_text('{"schema_version": 1, "layers": [{"id": "superficial", "name": "S", "depth": 1}]}', "utf-8")
    with pytest.raises(AtlasError) as info:
        load_atlas(path)
    messages = [p.message for p in info.value.problems]
    assert sorted(messages) == sorted(
        f"missing required field '{name}'" for name in ("views", "sources", "regions", "connections")
    )
