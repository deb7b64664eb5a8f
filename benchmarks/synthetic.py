"""A synthetic atlas N times the real one, for measuring how start-up and selection scale.

Every structure, connection and drawn outline is copied N times with unique ids (``erector_spinae``,
``erector_spinae_t1``, ...); each copy of the artwork is shifted sideways in a widened view box, so the
scene really holds N bodies' worth of items. Lines and sources are shared.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_ID_ATTR = re.compile(r'id="([a-z][a-z0-9_]*)((?:\.left|\.right)?)"')


def _suffix(k: int) -> str:
    return "" if k == 0 else f"_t{k}"


def write(folder: Path, copies: int) -> tuple[Path, Path]:
    """Write ``regions.json`` and ``svg/*.svg`` for ``copies`` tiles; returns (data file, art folder)."""
    import sys

    sys.path.insert(0, str(ROOT))
    from fasciamap import resources

    data: dict[str, Any] = json.loads(resources.data_file().read_text("utf-8"))
    region_ids = {r["id"] for r in data["regions"]}
    regions, connections, groups = [], [], []
    for k in range(copies):
        s = _suffix(k)
        for region in data["regions"]:
            # everyday names must stay unique: each copy's get the copy's number
            aliases = [f"{a} {k}" if k else a for a in region.get("aliases", [])]
            regions.append(dict(region, id=region["id"] + s, **({"aliases": aliases} if aliases else {})))
        for group in data.get("groups", []):
            groups.append(dict(group, id=group["id"] + s, name=f"{group['name']} {k}" if k else group["name"],
                               aliases=[f"{a} {k}" if k else a for a in group.get("aliases", [])],
                               members=[m + s for m in group["members"]]))
        for conn in data["connections"]:
            copy = dict(conn, a=conn["a"] + s, b=conn["b"] + s)
            if "sheet" in conn and conn["sheet"].get("id"):
                copy["sheet"] = dict(conn["sheet"], id=conn["sheet"]["id"] + s)
            connections.append(copy)
    data["regions"], data["connections"] = regions, connections
    if groups:
        data["groups"] = groups
    folder.mkdir(parents=True, exist_ok=True)
    data_file = folder / "regions.json"
    data_file.write_text(json.dumps(data), "utf-8")
    art = folder / "svg"
    art.mkdir(exist_ok=True)
    zone_files = {v["zones"] for v in data["views"] if v.get("zones")}
    for svg in resources.art_dir().glob("*.svg"):
        text = svg.read_text("utf-8")
        # the pain zones are not structures: the first copy's are enough for its referral patterns
        art.joinpath(svg.name).write_text(text if svg.name in zone_files else _tile(text, copies, region_ids), "utf-8")
    return data_file, art


_PAIR = re.compile(r"(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)")
_PATH_DATA = re.compile(r' d="([^"]*)"')


def _shift(text: str, dx: float) -> str:
    """Every path in ``text`` moved right by ``dx`` (the art is absolute M, L, C, Z with x,y pairs)."""
    return _PATH_DATA.sub(
        lambda d: ' d="' + _PAIR.sub(lambda p: f"{float(p.group(1)) + dx:g},{p.group(2)}", d.group(1)) + '"', text
    )


def _tile(svg: str, copies: int, region_ids: set[str]) -> str:
    """Repeat the body outline and every structure of each layer ``copies`` times, one view box apart."""
    box = re.search(r'viewBox="([^"]+)"', svg)
    assert box is not None
    x, y, w, h = (float(v) for v in box.group(1).split())
    svg = svg.replace(box.group(0), f'viewBox="{x} {y} {w * copies} {h}"', 1)
    silhouette = re.search(r'(<path id="body-outline"[^>]* d=")([^"]*)(")', svg)
    assert silhouette is not None
    outline = silhouette.group(2)
    tiled = " ".join([outline] + [_shift(f' d="{outline}"', w * k)[4:-1] for k in range(1, copies)])
    svg = svg[: silhouette.start(2)] + tiled + svg[silhouette.end(2):]
    out, pos = [], 0
    for layer in re.finditer(r'(<g id="layer-[^"]+"[^>]*>)(.*?)(\n  </g>)', svg, re.DOTALL):
        body = layer.group(2)
        tiles = [body]
        for k in range(1, copies):
            renamed = _ID_ATTR.sub(
                lambda m: f'id="{m.group(1)}{_suffix(k)}{m.group(2)}"' if m.group(1) in region_ids else m.group(0), body
            )
            tiles.append(_shift(renamed, w * k))
        out.append(svg[pos: layer.start(2)] + "".join(tiles))
        pos = layer.end(2)
    out.append(svg[pos:])
    return "".join(out)
