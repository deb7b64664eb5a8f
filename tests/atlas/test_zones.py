"""The pain zones of the body's surface: the data's table and the zone artwork agree, and damaged zone
artwork is a located error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fasciamap import resources
from fasciamap.atlas import AtlasError, LoadedAtlas
from fasciamap.atlas.zones import load_zones

CHART_ZONES = ("temple", "jaw", "occiput", "top_of_shoulder", "between_shoulder_blades", "front_of_shoulder",
               "lateral_elbow", "low_back", "sacroiliac_region", "buttock", "lateral_hip", "groin",
               "front_of_thigh", "front_of_knee", "back_of_knee", "shin", "calf", "heel", "sole", "big_toe")


def test_every_zone_of_the_table_is_drawn_and_every_drawn_zone_is_in_the_table(loaded: LoadedAtlas) -> None:
    zones = load_zones(loaded.atlas, resources.art_dir())
    assert set(CHART_ZONES) <= set(loaded.atlas.zones)  # the list of chart regions
    assert all(z.views for z in zones.values())
    assert {"temple.left", "temple.right", "vertex"} <= set(zones) and "vertex.left" not in zones
    assert set(zones["lateral_hip.right"].views) >= {"front", "back", "right"}
    assert "left" not in zones["lateral_hip.right"].views and "left" in zones["lateral_hip.left"].views  # the mirror
    assert zones["heel.left"].views and zones["sole.right"].views == ("back",)  # the soles inset


def _zone_art(tmp_path: Path, edit) -> Path:
    art = tmp_path / "svg"
    shutil.copytree(resources.art_dir(), art)
    path = art / "zones-back.svg"
    path.write_text(edit(path.read_text("utf-8")), "utf-8")
    return art


@pytest.mark.parametrize("edit, message", [
    (lambda svg: svg.replace('id="buttock.left"', 'id="no_such_zone.left"', 1), "has no zone 'no_such_zone.left'"),
    (lambda svg: svg.replace('id="calf.left"', 'id="buttock.left"', 1), "zone drawn twice"),
    (lambda svg: svg.replace('class="zone" d="M', 'class="zone" d="Z L', 1), "unreadable path data"),
    (lambda svg: svg[: len(svg) // 2], "not well-formed SVG"),
    (lambda svg: __import__("re").sub(r'viewBox="[^"]*"', 'viewBox="0 0 nan 1e999"', svg, count=1), "needs four numbers"),
])
def test_damaged_zone_artwork_is_a_located_error(loaded: LoadedAtlas, tmp_path: Path, edit, message: str) -> None:
    with pytest.raises(AtlasError) as caught:
        load_zones(loaded.atlas, _zone_art(tmp_path, edit))
    assert message in str(caught.value) and "zones-back.svg" in str(caught.value)


def test_a_zone_drawn_nowhere_is_named(loaded: LoadedAtlas, tmp_path: Path) -> None:
    import re

    art = tmp_path / "svg"
    shutil.copytree(resources.art_dir(), art)
    for name in ("zones-back.svg", "zones-lateral.svg"):  # the calf is drawn in the back and side views
        path = art / name
        path.write_text(re.sub(r'<path id="calf\.(left|right)"[^>]*/>', "", path.read_text("utf-8")), "utf-8")
    with pytest.raises(AtlasError) as caught:
        load_zones(loaded.atlas, art)
    assert "calf.left is drawn in no view's zone artwork" in str(caught.value)


def test_parsed_zones_come_from_the_cache_and_a_damaged_entry_is_parsed_again(loaded: LoadedAtlas, tmp_path: Path,
                                                                               monkeypatch) -> None:
    from fasciamap.atlas import zones as zone_module
    from fasciamap.atlas.zones import load_zone_map

    monkeypatch.setenv("FASCIAMAP_CACHE_DIR", str(tmp_path / "cache"))
    first = load_zone_map(loaded.atlas, resources.art_dir())
    entries = sorted((tmp_path / "cache").glob("zones-*.bin"))
    assert len(entries) == 4  # one per view, the left being the right mirrored
    parse = zone_module._parse_zone_art
    monkeypatch.setattr(zone_module, "_parse_zone_art", lambda *_: pytest.fail("parsed although cached"))
    assert load_zone_map(loaded.atlas, resources.art_dir()) == first
    monkeypatch.setattr(zone_module, "_parse_zone_art", parse)
    entries[0].write_bytes(entries[0].read_bytes()[:-7])  # cut short: its digest no longer matches
    entries[1].write_bytes(_signed_entry({"buttock.left": (("M", (0.0,)),)}))  # signed, but a point lacks y
    assert load_zone_map(loaded.atlas, resources.art_dir()) == first


def test_damaged_zone_artwork_is_never_cached(loaded: LoadedAtlas, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FASCIAMAP_CACHE_DIR", str(tmp_path / "cache"))
    art = _zone_art(tmp_path, lambda svg: svg.replace('id="calf.left"', 'id="buttock.left"', 1))
    for _ in range(2):
        with pytest.raises(AtlasError, match="zone drawn twice"):
            load_zones(loaded.atlas, art)
    assert len(list((tmp_path / "cache").glob("zones-*.bin"))) == 3  # the three good files only


def _signed_entry(value: object) -> bytes:
    import hashlib
    import marshal

    from fasciamap.atlas import cache

    payload = marshal.dumps((cache._FORMAT, "zones", value))
    return cache._MAGIC + hashlib.sha256(payload).digest() + payload
