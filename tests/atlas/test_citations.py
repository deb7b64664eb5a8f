"""Claims cite their sources with a locator where the source is a book; names are unambiguous."""

from __future__ import annotations

import pytest

from fasciamap.atlas import AtlasError, load_atlas


def _messages(path) -> list[str]:
    with pytest.raises(AtlasError) as info:
        load_atlas(path)
    return [f"{p.location}: {p.message}" for p in info.value.problems]


def test_every_book_citation_carries_a_locator(loaded) -> None:
    atlas = loaded.atlas
    books = {sid for sid, s in atlas.sources.items() if s.isbn}
    assert books, "the atlas cites at least Gray's Anatomy and Anatomy Trains"
    claims = [*atlas.structures.values(), *atlas.connections, *atlas.lines.values()]
    for claim in claims:
        for sid in set(claim.sources) & books:
            assert claim.locators.get(sid), (claim, sid)


def _a_book(d) -> str:
    return next(sid for sid, s in d["sources"].items() if "isbn" in s)


def test_a_book_cited_without_a_locator_is_a_located_error(write_data) -> None:
    def mutate(d):
        d["regions"][0]["sources"] = [_a_book(d)]

    messages = _messages(write_data(mutate))
    assert any(m.startswith("regions[0] (epicranial_aponeurosis).sources[0]:") and "is a book" in m
               for m in messages), messages


def test_a_locator_needs_text(write_data) -> None:
    def mutate(d):
        d["regions"][0]["sources"] = [{"id": _a_book(d), "locator": "  "}]

    assert any("regions[0]" in m for m in _messages(write_data(mutate)))


def test_the_panel_and_cli_get_the_locator(loaded) -> None:
    s = loaded.atlas.structures["erector_spinae.left"]
    books = [sid for sid in s.sources if loaded.atlas.sources[sid].isbn]
    assert books and all(s.locators[sid].strip() for sid in books)


def test_one_everyday_name_for_two_structures_is_refused(write_data) -> None:
    def mutate(d):
        for r in d["regions"]:
            if r["id"] in ("trapezius", "latissimus_dorsi"):
                r["aliases"] = ["back muscle"]

    assert any("also names" in m and "group" in m for m in _messages(write_data(mutate)))


def test_a_group_names_known_structures(write_data) -> None:
    def mutate(d):
        d.setdefault("groups", []).append({"id": "lungs", "name": "Lungs", "members": ["trapezius", "spleen"]})

    assert any("groups" in m and "unknown structure 'spleen'" in m for m in _messages(write_data(mutate)))
