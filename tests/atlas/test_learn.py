"""The primer and the tours: the shipped content is complete and resolves against the atlas (checked
here from the atlas itself, not only by the loader), and a damaged file is refused with its place."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fasciamap import resources
from fasciamap.atlas import AtlasError
from fasciamap.atlas.learn import links, load_learn, parse_learn, plain_text

SEED_TOURS = {"back_paraspinals_ql", "tlf_crossroads", "line_superficial_back", "line_spiral", "line_deep_front",
              "hip_to_thigh", "neck_headache", "foot_to_calf"}
SECTIONS = ["what_fascia_is", "one_network", "worked_example", "mfr_massage_deep_tissue", "what_trials_say",
            "self_release", "claims_not_supported"]


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(resources.learn_file().read_bytes())


@pytest.fixture(scope="module")
def learn(loaded):
    return load_learn(loaded.atlas, loaded.graph)


def _problems(loaded, data) -> list[str]:
    try:
        parse_learn(data, "learn.json", loaded.atlas, loaded.graph)
    except AtlasError as exc:
        return [str(p) for p in exc.problems]
    return []


def test_the_primer_has_every_section_in_both_voices_with_sources(learn) -> None:
    assert [s.id for s in learn.sections] == SECTIONS
    for s in learn.sections:
        assert len(plain_text(s.text.reference).split()) >= 80, s.id
        assert len(plain_text(s.text.plain).split()) >= 40, s.id
        assert s.text.plain != s.text.reference and s.sources


def test_the_primer_rests_on_the_sources_the_issue_names(learn) -> None:
    cited = {learn.sources[c.source] for s in learn.sections for c in s.sources}
    text = " ".join(f"{s.authors} {s.year} {s.container} {s.title}" for s in cited)
    for needle in ("Stecco", "Koren", "Ajimsha", "Wilke", "Schleip"):
        assert needle in text, needle
    assert any(s.doi == "10.1016/j.pmrj.2015.06.006" for s in cited)  # Stecco et al. 2016, PM R
    assert any(s.doi == "10.1016/j.jbmt.2014.06.001" for s in cited)  # Ajimsha et al. 2015


def test_myofascial_release_is_told_apart_from_massage_and_deep_tissue_massage(learn) -> None:
    section = learn.section("mfr_massage_deep_tissue")
    for voice in (section.text.reference, section.text.plain):
        folded = plain_text(voice).casefold()
        assert "myofascial release" in folded and "massage" in folded and "deep tissue" in folded
    assert any("Koren" in learn.sources[c.source].authors for c in section.sources)


def test_every_primer_and_tour_link_resolves_in_the_atlas(loaded, learn, raw) -> None:
    bases = {s.base_id for s in loaded.atlas.structures.values()}
    known = {"node": bases, "line": set(loaded.atlas.lines), "tour": set(learn.tours),
             "section": {s.id for s in learn.sections}}
    texts = [v for s in raw["sections"] for v in (s["reference"], s["plain"])]
    texts += [v for t in raw["tours"] for v in (t["summary"]["reference"], t["summary"]["plain"])]
    texts += [v for t in raw["tours"] for step in t["steps"] for v in (step["reference"], step["plain"])]
    found = [(kind, target) for text in texts for kind, target in links(text)]
    assert len(found) >= 30
    for kind, target in found:
        assert target in known[kind], (kind, target)
    names = {target for kind, target in found if kind == "node"}
    assert {"thoracolumbar_fascia", "erector_spinae", "quadratus_lumborum"} <= names


def test_the_worked_example_joins_the_paraspinals_and_ql_by_the_thoracolumbar_fascia(loaded, learn) -> None:
    section = learn.section("worked_example")
    targets = set(links(section.text.reference)) & set(links(section.text.plain))
    assert {("node", "erector_spinae"), ("node", "quadratus_lumborum"), ("node", "thoracolumbar_fascia")} <= targets
    joined = [c for c in loaded.atlas.connections if c.sheet is not None and c.sheet.structure == "thoracolumbar_fascia"
              and {loaded.atlas.structures[c.a].base_id, loaded.atlas.structures[c.b].base_id}
              == {"erector_spinae", "quadratus_lumborum"}]
    assert joined  # what the primer says is what the graph holds


def test_at_least_eight_tours_and_every_step_resolves(loaded, learn) -> None:
    atlas, graph = loaded.atlas, loaded.graph
    assert SEED_TOURS <= set(learn.tours) and len(learn.tours) >= 8
    for tour in learn.tours.values():
        assert len(tour.steps) >= 3, tour.id
        for k, step in enumerate(tour.steps):
            where = f"{tour.id} step {k + 1}"
            assert step.view in atlas.views and (step.depth == "all" or step.depth in atlas.layers), where
            assert step.text.reference and step.text.plain and step.sources, where
            if step.kind == "line":
                assert step.targets[0] in atlas.lines, where
                continue
            nodes = [step.node(graph, i) for i in range(len(step.targets))]
            for node in nodes:
                assert node in atlas.structures, where
            if step.kind == "path":
                assert graph.path(*nodes), where
            else:
                assert step.view in atlas.structures[nodes[0]].views, where
            if step.kind == "referral":
                assert atlas.structures[nodes[0]].base_id in atlas.referrals, where


def test_the_seed_tour_goes_from_the_paraspinals_through_the_fascia_to_ql_and_multifidus(learn) -> None:
    picked = [step.targets[0] for step in learn.tours["back_paraspinals_ql"].steps if step.kind == "structure"]
    order = [picked.index(b) for b in ("erector_spinae", "thoracolumbar_fascia", "quadratus_lumborum", "multifidus")]
    assert order == sorted(order)


def test_the_line_tours_trace_their_lines(learn) -> None:
    for tour, line in (("line_superficial_back", "superficial_back_line"), ("line_spiral", "spiral_line"),
                       ("line_deep_front", "deep_front_line")):
        assert any(s.kind == "line" and s.targets[0] == line for s in learn.tours[tour].steps), tour
    assert any(s.kind == "referral" for s in learn.tours["hip_to_thigh"].steps)
    assert sum(s.kind == "referral" for s in learn.tours["neck_headache"].steps) >= 2


# -- damaged content ----------------------------------------------------------------------------------
def _first_step(data: dict) -> dict:
    return data["tours"][0]["steps"][0]


@pytest.mark.parametrize("damage, expected", [
    (lambda d: d["sections"][0].__setitem__("plain", d["sections"][0]["plain"] + " [the liver](node:liver)"),
     "sections[0] (what_fascia_is).plain: link to 'node:liver': no such node"),
    (lambda d: d["sections"][1].__setitem__("reference", "See [this](lines:spiral_line)."),
     "link to 'lines:spiral_line': the kind must be one of"),
    (lambda d: d["sections"][1].__setitem__("reference", "See [this](node:erector_spinae"),
     "a link is not written as [words](kind:target)"),
    (lambda d: d["sections"][1].__setitem__("reference", "<b>bold</b> words"), "markup is not allowed"),
    (lambda d: d["sections"][2].__setitem__("sources", ["standring2016"]), "is a book: give a locator"),
    (lambda d: d["sections"][2].__setitem__("sources", ["nobody1900"]), "source 'nobody1900' is in neither"),
    (lambda d: d["sections"].append(copy.deepcopy(d["sections"][0])), "duplicate id 'what_fascia_is'"),
    (lambda d: _first_step(d).update(view="top"), "no view 'top'"),
    (lambda d: _first_step(d).update(depth="marrow"), "no depth 'marrow'"),
    (lambda d: d["tours"][0].__setitem__("steps", [{"structure": "erector_spinae", "side": "right", "view": "front",
                                                    "depth": "all", "reference": "x", "plain": "y",
                                                    "sources": ["willard2012"]}] * 2),
     "the front view does not draw 'erector_spinae.right'"),
    (lambda d: _first_step(d).update(structure="erector_spinae", side="both"), "only a line is traced on both sides"),
    (lambda d: d["tours"][0]["steps"].__setitem__(0, {"referral": "plantar_fascia", "view": "front", "depth": "all",
                                                      "reference": "x", "plain": "y", "sources": ["willard2012"]}),
     "has no referral pattern"),
    (lambda d: d.__setitem__("tours", "many"), "tours: 'many' is not of type 'array'"),
    (lambda d: d.pop("sections"), "top level: missing required field 'sections'"),
])
def test_damaged_content_is_refused_with_the_place_and_the_problem(loaded, raw, damage, expected) -> None:
    data = copy.deepcopy(raw)
    damage(data)
    problems = _problems(loaded, data)
    assert any(expected in p for p in problems), problems
    assert all(p.startswith("learn.json") for p in problems)


def test_a_file_that_is_not_json_or_far_too_large_is_refused_by_name(loaded, tmp_path: Path) -> None:
    bad = tmp_path / "learn.json"
    bad.write_bytes(b'{"schema_version": 1, "sections": [')
    with pytest.raises(AtlasError, match=r"learn\.json: line 1, column \d+: invalid JSON"):
        load_learn(loaded.atlas, loaded.graph, bad)
    bad.write_bytes(b" " * (9 * 1024 * 1024))
    with pytest.raises(AtlasError, match="may be at most"):
        load_learn(loaded.atlas, loaded.graph, bad)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_text_is_either_accepted_or_refused_with_a_place(loaded, raw, text: str) -> None:
    data = copy.deepcopy(raw)
    data["sections"][0]["reference"] = text
    data["tours"][0]["steps"][0]["plain"] = text
    for problem in _problems(loaded, data):  # never anything but a located problem
        assert problem.startswith("learn.json: ") and len(problem) < 1000
