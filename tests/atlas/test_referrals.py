"""Trigger-point referral patterns: the data's integrity, and the reverse lookup ("why does my hip
hurt?") on cases read off the charts."""

from __future__ import annotations

import pytest

from fasciamap import resources
from fasciamap.atlas import AtlasError, load_atlas
from fasciamap.atlas.model import EVIDENCE_LEVELS
from fasciamap.atlas.referrals import candidates, lines_through, pattern_zones, resolve_zones
from fasciamap.atlas.surface import SurfaceCover
from fasciamap.atlas.zones import load_zone_map

REGIONS_COVERED = {"head_neck", "back", "trunk_front", "shoulder_arm", "hip", "thigh", "leg_foot"}


@pytest.fixture(scope="module")
def zone_map(loaded):
    return load_zone_map(loaded.atlas, resources.art_dir())


def test_at_least_fifty_muscles_across_the_body(loaded) -> None:
    atlas = loaded.atlas
    assert len(atlas.referrals) >= 50
    regions = {atlas.structures[loaded.graph.node_of(m)].region for m in atlas.referrals}
    assert regions == REGIONS_COVERED


def test_every_pattern_is_a_drawn_muscle_sourced_with_a_chapter(loaded) -> None:
    atlas = loaded.atlas
    for muscle, r in atlas.referrals.items():
        node = loaded.graph.node_of(muscle)
        s = atlas.structures[node]
        assert s.kind == "muscle" and s.views, muscle
        assert any(node in loaded.views[v].structures for v in s.views), muscle
        assert r.sources and all(x in atlas.sources for x in r.sources), muscle
        books = [x for x in r.sources if atlas.sources[x].isbn]
        assert books and all(r.locators.get(b, "").startswith("ch. ") for b in books), muscle
        assert r.evidence in EVIDENCE_LEVELS and r.evidence in ("moderate", "limited"), muscle
        assert r.essential and not set(r.essential) & set(r.spillover), muscle
        assert r.trigger_points and all(0 <= tp.along <= 1 and 0 <= tp.across <= 1 for tp in r.trigger_points)
        assert r.summary.strip() and r.plain.strip() and r.evidence_note.strip(), muscle


def test_every_panel_note_says_how_sure_and_cites_the_reliability_reviews(loaded) -> None:
    reliability = {"lucas2009", "myburgh2008", "rathbone2017"}
    for muscle, r in loaded.atlas.referrals.items():
        assert reliability & set(r.sources), muscle
        assert "Lucas" in r.evidence_note or "Myburgh" in r.evidence_note or "Rathbone" in r.evidence_note, muscle


def test_plain_words_describe_and_never_diagnose(loaded) -> None:
    for muscle, r in loaded.atlas.referrals.items():
        text = r.plain.lower()
        assert "musculus" not in text and " m. " not in text, muscle
        assert "you have" not in text and "diagnos" not in text, muscle
        assert not any(ch.isdigit() for ch in r.plain), muscle  # no citations or chapter numbers


def test_every_zone_a_pattern_uses_is_in_the_table_and_drawn(loaded, zone_map) -> None:
    drawn = {z for outlines in zone_map.outlines.values() for z in outlines}
    for muscle in loaded.atlas.referrals:
        for side in ("left", "right"):
            essential, spillover = pattern_zones(loaded.atlas, f"{muscle}.{side}")
            assert essential, muscle
            for zone in essential + spillover:
                assert zone in zone_map.zones and zone in drawn, (muscle, zone)


def test_zones_follow_the_muscle_side(loaded) -> None:
    essential, spillover = pattern_zones(loaded.atlas, "gluteus_minimus.right")
    assert "lateral_hip.right" in essential and "buttock.right" in essential
    assert not any(z.endswith(".left") for z in essential + spillover)
    both = next(m for m, r in loaded.atlas.referrals.items() if r.both_sides)
    ess, _ = pattern_zones(loaded.atlas, f"{both}.right")
    paired = [z for z in ess if "." in z]
    assert {z.split(".")[1] for z in paired} == {"left", "right"}


# -- the reverse lookup, on cases from the charts ------------------------------------------------------
@pytest.mark.parametrize(("zone", "expected"), [
    ("lateral_hip.right", {"gluteus_minimus", "quadratus_lumborum"}),  # Travell & Simons vol. 2, ch. 4 and 9
    ("temple.right", {"temporalis", "trapezius"}),
    ("lateral_elbow.right", {"forearm_extensors", "supinator"}),
    ("big_toe.right", {"tibialis_anterior"}),
    ("heel.right", {"soleus"}),
    ("jaw.right", {"masseter"}),
])
def test_known_sources_of_pain_come_first_as_essential(loaded, zone, expected) -> None:
    found = candidates(loaded.atlas, [zone])
    essential = {c.muscle for c in found if c.reason == "essential"}
    assert expected <= essential
    assert all(c.nodes and all(n.endswith(zone.split(".")[1]) for n in c.nodes) for c in found)


def test_essential_ranks_above_spillover_and_more_overlap_first(loaded) -> None:
    found = candidates(loaded.atlas, ["lateral_hip.right", "buttock.right", "outer_thigh.right"])
    reasons = [c.reason for c in found]
    assert reasons == sorted(reasons, key=lambda r: r != "essential")
    counts = [len(c.essential) for c in found if c.reason == "essential"]
    assert counts == sorted(counts, reverse=True)
    assert found[0].muscle == "gluteus_minimus"  # its essential zone covers all three


def test_a_midline_zone_names_the_muscle_on_either_side(loaded) -> None:
    found = candidates(loaded.atlas, ["sacrum"])
    maximus = next(c for c in found if c.muscle == "gluteus_maximus")
    assert set(maximus.nodes) == {"gluteus_maximus.left", "gluteus_maximus.right"}


def test_nothing_painted_finds_nothing(loaded) -> None:
    assert candidates(loaded.atlas, []) == []


def test_lines_through_the_painted_area_come_from_the_drawing(loaded, zone_map) -> None:
    cover = SurfaceCover(zone_map.outlines, loaded.views)
    under_hip = cover.get("lateral_hip.right")
    assert "iliotibial_tract.right" in under_hip or "tensor_fasciae_latae.right" in under_hip
    assert "lateral_line" in lines_through(loaded.atlas, cover, ["lateral_hip.right"])
    assert "superficial_back_line" in lines_through(loaded.atlas, cover, ["calf.left"])
    assert lines_through(loaded.atlas, cover, []) == []


@pytest.mark.parametrize(("query", "nodes"), [
    ("lateral_hip.right", ("lateral_hip.right",)),
    ("lateral_hip", ("lateral_hip.left", "lateral_hip.right")),
    ("Outer hip (left)", ("lateral_hip.left",)),
    ("right lateral hip", ("lateral_hip.right",)),
    ("SACRUM", ("sacrum",)),
])
def test_zones_are_found_by_id_or_name(loaded, query, nodes) -> None:
    assert resolve_zones(loaded.atlas, query) == nodes


@pytest.mark.parametrize("query", ["hipp", "", "lateral_hip.up", "x" * 10_000])
def test_an_unknown_zone_is_a_clear_error(loaded, query) -> None:
    with pytest.raises(KeyError) as info:
        resolve_zones(loaded.atlas, query)
    assert "no pain zone" in str(info.value) and len(str(info.value)) < 400


# -- bad referral data: a located message, never a crash ------------------------------------------------
@pytest.mark.parametrize(("mutate", "message"), [
    (lambda r: r.update(muscle="nowhere"), "unknown structure 'nowhere'"),
    (lambda r: r.update(muscle="sacrum"), "is a bone, not a muscle"),
    (lambda r: r["essential"].append("elbow_pit"), "unknown zone 'elbow_pit'"),
    (lambda r: r["spillover"].append(r["essential"][0]), "already an essential zone"),
    (lambda r: r["trigger_points"].append(dict(r["trigger_points"][0])), "duplicate id"),
    (lambda r: r.update(sources=["nowhere2001"]), "source 'nowhere2001' is not in the sources table"),
    (lambda r: r.update(sources=["travell1992"]), "is a book: cite it with a locator"),
    (lambda r: r["trigger_points"][0].update(at=[1.5, 0.2]), "1.5 is greater than the maximum of 1"),
    (lambda r: r.update(evidence="certain"), "'certain' is not one of"),
])
def test_bad_referral_data_names_the_place(write_data, mutate, message) -> None:
    def change(data):
        mutate(data["referrals"][0])

    with pytest.raises(AtlasError) as info:
        load_atlas(write_data(change))
    text = str(info.value)
    assert "referrals[0] (" in text and message in text  # the place, named by its muscle


def test_a_second_pattern_for_one_muscle_is_refused(write_data) -> None:
    def change(data):
        data["referrals"].append(dict(data["referrals"][0]))

    with pytest.raises(AtlasError) as info:
        load_atlas(write_data(change))
    assert "a second pattern for" in str(info.value)
