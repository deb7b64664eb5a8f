"""Graph queries: direct connections, deeper tissue, and fascial paths with their reasons."""

from __future__ import annotations

import pytest

from fasciamap.atlas import FasciaGraph, NoPathError, UnknownStructureError, parse_atlas


def test_erector_spinae_reaches_quadratus_lumborum_and_multifidus_through_the_tlf(loaded) -> None:
    all_links = loaded.graph.connected("erector_spinae.left")
    links = {}
    for link in all_links:  # strongest and most specific first
        links.setdefault(link.structure.id, link)
    ql, mf = links["quadratus_lumborum.left"], links["multifidus.left"]
    assert ql.connection.kind == "shared_sheet" and ql.connection.sheet.structure == "thoracolumbar_fascia"
    assert "middle layer" in ql.reason and "thoracolumbar fascia" in ql.reason
    assert mf.connection.kind == "shared_sheet" and "thoracolumbar fascia" in mf.reason
    assert "quadratus_lumborum.right" not in links  # same-side connection stays on its side


def test_connected_filters_by_kind(loaded) -> None:
    sheets = loaded.graph.connected("erector_spinae.left", kinds=["shared_sheet"])
    assert sheets and all(l.connection.kind == "shared_sheet" for l in sheets)
    everything = loaded.graph.connected("erector_spinae.left")
    assert len(everything) > len(sheets)


def test_links_come_strongest_evidence_first(loaded) -> None:
    from fasciamap.atlas.model import EVIDENCE_LEVELS

    ranks = [EVIDENCE_LEVELS.index(l.connection.evidence) for l in loaded.graph.connected("gastrocnemius.left")]
    assert ranks == sorted(ranks)


def test_deeper_finds_tissue_under_a_superficial_muscle(loaded) -> None:
    graph, atlas = loaded.graph, loaded.atlas
    deeper = graph.deeper("trapezius.left")
    assert "rhomboids.left" in {l.structure.id for l in deeper}
    assert all(atlas.layer_depth(l.structure.id) > atlas.layer_depth("trapezius.left") for l in deeper)


def test_path_follows_the_superficial_back_line(loaded) -> None:
    steps = loaded.graph.path("plantar_fascia.left", "epicranial_aponeurosis")
    assert steps[0].source.id == "plantar_fascia.left" and steps[-1].target.id == "epicranial_aponeurosis"
    for a, b in zip(steps, steps[1:]):
        assert a.target.id == b.source.id
    for step in steps:
        assert {step.connection.a, step.connection.b} == {step.source.id, step.target.id}
        assert step.reason


def test_path_to_itself_is_empty(loaded) -> None:
    assert loaded.graph.path("soleus.left", "soleus.left") == []


def test_no_path_is_an_error(real_data) -> None:
    data = dict(real_data)
    data["connections"] = [c for c in real_data["connections"] if "nasalis" not in (c["a"], c["b"])]
    graph = FasciaGraph(parse_atlas(data, "test.json"))
    with pytest.raises(NoPathError):
        graph.path("nasalis.left", "soleus.left")


def test_resolve_accepts_ids_names_and_latin(loaded) -> None:
    g = loaded.graph
    assert g.resolve("quadratus_lumborum.right") == "quadratus_lumborum.right"
    assert g.resolve("quadratus_lumborum") == "quadratus_lumborum.left"
    assert g.resolve("Quadratus lumborum") == "quadratus_lumborum.left"
    latin = loaded.atlas.structures["quadratus_lumborum.left"].latin
    assert g.resolve(latin.upper()) == "quadratus_lumborum.left"
    assert g.resolve("Thoracolumbar fascia") == "thoracolumbar_fascia"


def test_unknown_structure_offers_close_matches(loaded) -> None:
    with pytest.raises(UnknownStructureError) as info:
        loaded.graph.resolve("quadratus lumbrum")
    assert "quadratus_lumborum" in info.value.suggestions
    assert "Did you mean" in str(info.value)


def test_neighbourhood_index_matches_the_networkx_graph(loaded) -> None:
    graph = loaded.graph.networkx_graph()
    assert graph.number_of_nodes() == len(loaded.atlas.structures)
    assert graph.number_of_edges() == len(loaded.atlas.connections)
    for node in loaded.atlas.structures:
        assert loaded.graph.neighbours(node) == frozenset(graph.neighbors(node)), node
