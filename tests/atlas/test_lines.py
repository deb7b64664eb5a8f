"""The myofascial lines: traced end to end on either side, every track drawn, every transition a
connection, graded and sourced, and no review credited with more than it found."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fasciamap.atlas import AtlasError, LoadedAtlas, UnknownLineError, load_atlas
from fasciamap.atlas.lines import find_line, lines_of, neighbour_pairs, trace, transition_nodes
from fasciamap.atlas.model import EVIDENCE_LEVELS, SIDES, TRANSITION_REVIEW

MYERS_LINES = {  # every line of Anatomy Trains (3rd ed.), the list
    "superficial_back_line", "superficial_front_line", "lateral_line", "spiral_line", "deep_front_line",
    "superficial_front_arm_line", "deep_front_arm_line", "superficial_back_arm_line", "deep_back_arm_line",
    "back_functional_line", "front_functional_line", "ipsilateral_functional_line",
}


def traced(loaded: LoadedAtlas) -> list:
    return [line for line in loaded.atlas.lines.values() if line.steps]


def test_every_line_of_anatomy_trains_is_in_the_data(loaded: LoadedAtlas) -> None:
    assert MYERS_LINES <= set(loaded.atlas.lines)


@pytest.mark.parametrize("side", SIDES)
def test_every_line_is_a_continuous_path_of_drawn_structures(loaded: LoadedAtlas, side: str) -> None:
    atlas, graph = loaded.atlas, loaded.graph
    for line in traced(loaded):
        for branch in (None, *(b.id for b in line.branches)):
            for step in trace(atlas, line, side, branch):
                assert step.node in atlas.structures
                if not step.step.station:
                    assert atlas.structures[step.node].views, f"{line.id}: {step.node} is not drawn"
        for t, a, b in transition_nodes(atlas, line, side):
            assert b in graph.neighbours(a), f"{line.id} on the {side}: {a} and {b} are not connected"


def test_every_transition_is_graded_once_and_sourced(loaded: LoadedAtlas) -> None:
    for line in traced(loaded):
        keys = Counter((t.branch, t.source, t.target) for t in line.transitions)
        assert set(keys) == set(neighbour_pairs(line)) and max(keys.values()) == 1, line.id
        for t in line.transitions:
            assert t.evidence in EVIDENCE_LEVELS and t.review_says in TRANSITION_REVIEW and t.note.strip()
            if t.evidence not in ("model", "anatomical"):
                assert t.sources, f"{line.id}: {t.source} to {t.target} is graded {t.evidence} without a source"
            for sid in t.sources:
                assert sid in loaded.atlas.sources


def test_reviews_are_reported_as_they_were_found(loaded: LoadedAtlas) -> None:
    """Wilke et al. 2016 (abstract): superficial back 3 of 3, back functional 3 of 3, front functional
    2 of 2, spiral 5 of 9, lateral 2 of 5, superficial front none."""
    lines = loaded.atlas.lines
    found = {lid: next((r.verified, r.of) for r in lines[lid].reviews if r.source == "wilke2016")
             for lid in ("superficial_back_line", "back_functional_line", "front_functional_line",
                         "spiral_line", "lateral_line")}
    assert found == {"superficial_back_line": (3, 3), "back_functional_line": (3, 3),
                     "front_functional_line": (2, 2), "spiral_line": (5, 9), "lateral_line": (2, 5)}
    sfl = next(r for r in lines["superficial_front_line"].reviews if r.source == "wilke2016")
    assert sfl.verified == 0
    spiral = lines["spiral_line"]
    assert not next(r for r in spiral.reviews if r.source == "wilke2016").which_named
    assert not any(t.review_says == "confirmed by name" for t in spiral.transitions)


def test_the_spiral_line_wraps_round_the_body_and_comes_back_up_the_back_of_the_leg(loaded: LoadedAtlas) -> None:
    nodes = [s.node for s in trace(loaded.atlas, loaded.atlas.lines["spiral_line"], "right") if not s.step.station]
    assert nodes[0] == "splenius_capitis.right" and nodes[1] == "rhomboids.left"  # across the back of the neck
    assert "internal_oblique.right" in nodes and "external_oblique.left" in nodes  # across the belly
    assert nodes.index("tibialis_anterior.right") < nodes.index("fibularis_longus.right") < nodes.index("biceps_femoris.right")
    assert nodes[-1] == "erector_spinae.right"


def test_lines_are_found_by_name_and_a_structure_knows_its_lines(loaded: LoadedAtlas) -> None:
    atlas = loaded.atlas
    assert find_line(atlas, "spiral line").id == find_line(atlas, "Spiral_Line").id == "spiral_line"
    assert find_line(atlas, "the superficial back line").id == "superficial_back_line"
    with pytest.raises(UnknownLineError) as caught:
        find_line(atlas, "spirl line")
    assert "spiral_line" in caught.value.suggestions
    assert {"superficial_back_line", "spiral_line"} <= {line.id for line in lines_of(atlas, "sacrotuberous_ligament")}


def test_staying_on_a_line_follows_its_tracks(loaded: LoadedAtlas) -> None:
    steps = loaded.graph.path("splenius_capitis.right", "erector_spinae.right", line="spiral_line")
    assert [s.target.id for s in steps][:2] == ["rhomboids.left", "serratus_anterior.left"]
    assert len(steps) == 11


def _line_entry(data: dict[str, Any], line_id: str) -> dict[str, Any]:
    return next(line for line in data["lines"] if line["id"] == line_id)


@pytest.mark.parametrize("break_it, message", [
    (lambda line: line["transitions"].pop(0), "no transition graded"),
    (lambda line: line["transitions"].append(dict(line["transitions"][0])), "graded twice"),
    (lambda line: line["steps"].insert(1, {"track": "no_such_muscle", "side": "same"}), "unknown structure"),
    (lambda line: line["steps"][1].update(side="midline"), "is paired"),
    (lambda line: line["steps"][1].update(side="opposite"), "not connected"),
    (lambda line: next(r for r in line["reviews"] if r["source"] == "wilke2016").update(verified=0),
     "which verified 0"),
])
def test_a_broken_line_is_a_located_error(write_data: Callable[..., Path], break_it, message: str) -> None:
    path = write_data(lambda data: break_it(_line_entry(data, "spiral_line")))
    with pytest.raises(AtlasError) as caught:
        load_atlas(path)
    text = str(caught.value)
    assert message in text and "lines[" in text, text


def test_a_connection_stored_for_a_line_carries_the_grade_of_its_transition(loaded: LoadedAtlas) -> None:
    """The panel and the explorer never disagree about a link of a line, except where the link is a
    textbook fact (graded 'anatomical' as a connection) inside a transition the review graded as a chain."""
    atlas = loaded.atlas
    by_pair = {}
    for c in atlas.connections:
        if c.line:
            by_pair.setdefault((c.line, frozenset((c.a, c.b))), c)
    for line in traced(loaded):
        for t, a, b in transition_nodes(atlas, line, "right"):
            c = by_pair.get((line.id, frozenset((a, b))))
            if c is not None and c.evidence != "anatomical":
                assert c.evidence == t.evidence, f"{line.id}: {a} to {b} is {c.evidence} as a connection, {t.evidence} on the line"


def test_every_structure_is_reachable_from_every_other(loaded: LoadedAtlas) -> None:
    import networkx as nx

    graph = loaded.graph.networkx_graph()
    parts = list(nx.connected_components(graph))
    assert len(parts) == 1, sorted(min(p) for p in parts)


def test_paired_structures_are_symmetric(loaded: LoadedAtlas) -> None:
    """Each left node has the right node's connections, mirrored (crossings to the other side)."""
    atlas, graph = loaded.atlas, loaded.graph

    def mirror(node: str) -> str:
        base, _, side = node.rpartition(".")
        return f"{base}.{'right' if side == 'left' else 'left'}" if side in SIDES and base else node

    for node, s in atlas.structures.items():
        if s.side == "left":
            left = {(l.structure.id, l.connection.kind) for l in graph.connected(node)}
            right = {(mirror(l.structure.id), l.connection.kind) for l in graph.connected(mirror(node))}
            assert left == right, node
