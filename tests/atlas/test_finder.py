"""Finding structures as people name them: everyday names, abbreviations, groups and typos."""

from __future__ import annotations

import pytest

from fasciamap.atlas import UnknownStructureError
from fasciamap.atlas.finder import MAX_QUERY


@pytest.mark.parametrize("query, expected", [
    ("QL", "quadratus_lumborum"),
    ("ql", "quadratus_lumborum"),
    ("IT band", "iliotibial_tract"),
    ("paraspinals", "erector_spinae"),
    ("lats", "latissimus_dorsi"),
    ("traps", "trapezius"),
    ("SCM", "sternocleidomastoid"),
    ("pecs", "pectoralis_major"),
    ("Musculus quadratus lumborum", "quadratus_lumborum"),
    ("quadratus lumborun", "quadratus_lumborum"),  # a typo
    ("latisimus dorsi", "latissimus_dorsi"),
    ("trapezuis", "trapezius"),
    ("erector", "erector_spinae"),  # the start of a name
])
def test_best_match(loaded, query: str, expected: str) -> None:
    best = loaded.graph.finder.best(query)
    assert best is not None and best.id == expected, loaded.graph.finder.find(query, 3)


@pytest.mark.parametrize("query, members", [
    ("hamstrings", {"biceps_femoris", "semitendinosus", "semimembranosus"}),
    ("quads", {"rectus_femoris", "vastus_lateralis", "vastus_medialis"}),
    ("glutes", {"gluteus_maximus", "gluteus_medius"}),
    ("rotator cuff", {"supraspinatus", "infraspinatus"}),
    ("calf", {"gastrocnemius", "soleus"}),
])
def test_groups_name_several_structures(loaded, query: str, members: set[str]) -> None:
    best = loaded.graph.finder.best(query)
    assert best is not None and best.is_group and members <= set(best.members)


def test_each_structure_is_listed_once_whatever_its_sides_and_names(loaded) -> None:
    found = loaded.graph.finder.find("gluteus", 20)
    ids = [m.id for m in found]
    assert len(ids) == len(set(ids)) and {"gluteus_maximus", "gluteus_medius"} <= set(ids)
    assert all("." not in i for i in ids)  # base ids: the caller picks the side


def test_short_queries_never_guess_and_long_ones_cost_nothing(loaded) -> None:
    finder = loaded.graph.finder
    assert finder.find("zq") == [] and finder.find("") == [] and finder.find("   ") == []
    assert finder.find("x" * (MAX_QUERY + 1)) == []


def test_cli_resolution_accepts_everyday_names_and_explains_groups(loaded) -> None:
    graph = loaded.graph
    assert graph.resolve("QL") == "quadratus_lumborum.left"
    assert graph.resolve("IT band") == "iliotibial_tract.left"
    with pytest.raises(UnknownStructureError) as info:
        graph.resolve("hamstrings")
    assert info.value.group and "semitendinosus" in info.value.suggestions and "names a group" in str(info.value)
    with pytest.raises(UnknownStructureError) as info:
        graph.resolve("quadratus lumborun")  # the CLI does not guess: it suggests
    assert "quadratus_lumborum" in info.value.suggestions
