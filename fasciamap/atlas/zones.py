"""The body-surface pain zones: the data's zone table and each view's zone artwork (an SVG beside the
body's, one `<path class="zone">` per zone and side inside `<g id="zones">`), read when first asked for
and checked against each other.

Zones are not structures: nothing about them is needed to draw or select the body, so a start never
reads them; the pain map, the CLI's ``zones`` and ``check`` do. Parsing their path data is the slow
part (a few hundred ms), so parsed zones for identical file bytes come from the cache, as the body's
artwork does (see :mod:`.cache`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import cache
from .art import MAX_ART_BYTES, SVG_NS, Outline, _is_outline, _outline_of, _swap_side, flip, svg_root
from .errors import AtlasError, Problem, printable, quote
from .model import Atlas
from .reading import read_bytes


@dataclass(frozen=True)
class Zone:
    """One zone on one side (``temple.left``) or on the midline (``vertex``)."""

    id: str
    base_id: str
    name: str
    side: str | None
    region: str
    views: tuple[str, ...]  # the views whose zone artwork draws it

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.side})" if self.side else self.name


def zone_nodes(atlas: Atlas) -> dict[str, tuple[str, str | None]]:
    """Node id -> (zone id, side): a paired zone gives a node on each side."""
    nodes: dict[str, tuple[str, str | None]] = {}
    for entry in atlas.zones.values():
        for side in (("left", "right") if entry.paired else (None,)):
            nodes[f"{entry.id}.{side}" if side else entry.id] = (entry.id, side)
    return nodes


ZONE_PARSER_VERSION = "1"  # bump when _parse_zone_art's output changes, so cached parses are not reused


def read_zone_art(raw: bytes, file: str, mirror: bool = False) -> dict[str, Outline]:
    """The zones drawn in one view's zone artwork (turned left to right, sides swapped, if mirrored);
    artwork with problems raises :class:`AtlasError` and is never cached."""
    version = (ZONE_PARSER_VERSION + ("-mirrored" if mirror else "")).encode()
    return cache.cached("zones", (raw, version), lambda: _parse_zone_art(raw, file, mirror), _is_zone_art)


def _is_zone_art(value: Any) -> bool:
    """Whether a value read back from the cache has exactly the shape :func:`_parse_zone_art` returns."""
    return type(value) is dict and all(type(z) is str and z and type(o) is tuple and o and _is_outline(o)
                                       for z, o in value.items())


def _parse_zone_art(raw: bytes, file: str, mirror: bool) -> dict[str, Outline]:
    root, box = svg_root(raw, file)
    axis = 2 * box[0] + box[2]
    problems: list[Problem] = []
    zones: dict[str, Outline] = {}
    for group in root.iter(f"{SVG_NS}g"):
        if group.get("id") != "zones":
            continue
        for k, path in enumerate(group.iter(f"{SVG_NS}path")):
            zid = path.get("id", "")
            where = f'<path id="{printable(zid, 80)}">' if zid else f'<g id="zones"> path {k + 1}'
            if not zid:
                problems.append(Problem(file, where, "a zone without an id"))
                continue
            if zid in zones:
                problems.append(Problem(file, where, "zone drawn twice"))
                continue
            outline = _outline_of(path, file, where, problems)
            if outline:
                zones[zid] = outline
    if problems:
        raise AtlasError(problems)
    if mirror:
        zones = {_swap_side(zid): flip(o, axis) for zid, o in zones.items()}
    return zones


@dataclass(frozen=True)
class ZoneMap:
    """The zone table as drawn: each zone with its views, and each view's zone outlines."""

    zones: dict[str, Zone]
    outlines: dict[str, dict[str, Outline]]  # view id -> zone node -> outline (as the view shows it)


def load_zones(atlas: Atlas, art_dir: Path) -> dict[str, Zone]:
    """Every zone of the table with the views that draw it, or an error listing every mismatch: a zone
    drawn that the table lacks, a zone of the table drawn in no view."""
    return load_zone_map(atlas, art_dir).zones


def load_zone_map(atlas: Atlas, art_dir: Path) -> ZoneMap:
    """The zones and their outlines per view, checked as :func:`load_zones` says."""
    table = zone_nodes(atlas)
    outlines: dict[str, dict[str, Outline]] = {}
    drawn: dict[str, list[str]] = {node: [] for node in table}
    problems: list[Problem] = []
    for view in atlas.views.values():
        if not view.zones:
            continue
        path = art_dir / view.zones
        try:
            art = read_zone_art(read_bytes(path, limit=MAX_ART_BYTES, what="zone artwork"), str(path), view.mirror)
        except AtlasError as exc:
            problems.extend(exc.problems)
            continue
        outlines[view.id] = {zid: o for zid, o in art.items()
                             if zid in table and (view.side is None or table[zid][1] in (None, view.side))}
        for zid in art:
            if zid not in table:
                problems.append(Problem(str(path), f'<path id="{printable(zid, 80)}">',
                                        f"drawn, but the data's zone table has no zone {quote(zid)}"))
            elif view.side is None or table[zid][1] in (None, view.side):
                drawn[zid].append(view.id)
    for node, views in drawn.items():
        if not views and not problems:
            problems.append(Problem(atlas.origin, f"zones ({table[node][0]})", f"{node} is drawn in no view's zone artwork"))
    if problems:
        raise AtlasError(problems)
    return ZoneMap({
        node: Zone(node, base, atlas.zones[base].name, side, atlas.zones[base].region, tuple(drawn[node]))
        for node, (base, side) in table.items()
    }, outlines)
