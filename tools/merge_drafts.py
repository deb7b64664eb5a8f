"""Fold content drafts (``data/drafts/*.json``) into ``data/regions.json`` and bring the file in line
with the artwork: each structure's views and layer are read from the SVGs, never typed by hand.

    python -m tools.merge_drafts [--base FILE] [--art DIR] [--check] [--out FILE] [--provisional]

A draft holds ``regions`` (new structures), ``updates`` (fields of existing ones), ``connections``
and ``sources``; ``data/drafts/sources.json`` maps locator keys (``gray:back``) to verified chapters
and says which chapter each older book citation rests on. Book citations must end up with a locator.
Everything merged is reported; anything that cannot be merged is an error and nothing is written.
With ``--check`` nothing is written either, and the exit status says whether a merge would change
the file. ``--out`` writes elsewhere (to try a merge); ``--provisional`` lets a locator key without a
verified chapter through as itself (for a trial merge only, never for the shipped file).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "regions.json"
DRAFTS = ROOT / "data" / "drafts"
ART = ROOT / "assets" / "svg"

LAYERS = [
    {"id": "superficial", "name": "Surface", "depth": 1},
    {"id": "intermediate", "name": "Middle", "depth": 2},
    {"id": "deep", "name": "Deep", "depth": 3},
    {"id": "skeleton", "name": "Bones", "depth": 4},
]
VIEWS = [
    {"id": "front", "name": "Anterior view", "svg": "front.svg"},
    {"id": "back", "name": "Posterior view", "svg": "back.svg"},
    {"id": "right", "name": "Right side", "svg": "lateral.svg", "side": "right"},
    {"id": "left", "name": "Left side", "svg": "lateral.svg", "side": "left", "mirror": True},
]
# Where an older book citation has no chapter yet: the chapter of the structure's region.
REGION_CHAPTER = {
    "head_neck": "gray:neck", "back": "gray:back", "trunk_front": "gray:abdominal_wall",
    "shoulder_arm": "gray:shoulder_arm", "hip": "gray:hip_thigh", "thigh": "gray:hip_thigh",
    "leg_foot": "gray:leg",
}
LINE_CHAPTER = {
    "superficial_back_line": "myers:sbl", "superficial_front_line": "myers:sfl", "lateral_line": "myers:ll",
    "spiral_line": "myers:sl", "deep_front_line": "myers:dfl",
}


# A source whose edition changed gets the id of the edition it now cites.
RENAMED_SOURCES = {"standring2020": "standring2016"}


class MergeError(Exception):
    pass


def _key(conn: dict[str, Any]) -> tuple[str, str, str]:
    a, b = sorted((conn["a"], conn["b"]))
    return (a, b, conn["kind"])


def _source_id(citation: Any) -> str:
    return citation["id"] if isinstance(citation, dict) else citation


def drawn(views: list[dict[str, Any]], art_dir: Path) -> dict[str, dict[str, tuple[str, bool]]]:
    """base id -> {view id: (layer, drawn with a side)} as the SVGs draw it (each parsed once;
    mirrored views follow their drawing)."""
    sys.path.insert(0, str(ROOT))
    from fasciamap.atlas.art import read_view

    out: dict[str, dict[str, tuple[str, bool]]] = {}
    for view in views:
        path = art_dir / view["svg"]
        if not path.exists():
            continue
        art = read_view(path, view["id"], view.get("mirror", False))
        for sid, structure in art.structures.items():
            base, _, side = sid.rpartition(".")
            sided = side in ("left", "right")
            out.setdefault(base if sided else sid, {})[view["id"]] = (structure.layer, sided)
    return out


def merge(data: dict[str, Any], drafts: dict[str, dict[str, Any]], locating: dict[str, Any],
          report: list[str], provisional: bool = False, art_dir: Path = ART) -> dict[str, Any]:
    errors: list[str] = []
    data["layers"] = LAYERS
    data["views"] = [v for v in VIEWS if (art_dir / v["svg"]).exists()]
    regions = {r["id"]: r for r in data["regions"]}
    known = {_key(c) for c in data["connections"]}

    for name, draft in sorted(drafts.items(), key=lambda kv: (bool(kv[1].get("groups")), kv[0])):
        for sid, source in draft.get("sources", {}).items():
            if sid in data["sources"] and data["sources"][sid] != source:
                if {k: v for k, v in data["sources"][sid].items() if k != "review"} != \
                        {k: v for k, v in source.items() if k != "review"}:
                    report.append(f"{name}: source {sid} differs from the one already merged; kept the first")
                continue
            data["sources"][sid] = source
        added = 0
        for region in draft.get("regions", []):
            if region["id"] in regions:
                errors.append(f"{name}: structure {region['id']} already exists (use updates)")
                continue
            region = {k: v for k, v in region.items()}
            region.setdefault("views", [])
            regions[region["id"]] = region
            data["regions"].append(region)
            added += 1
        for sid, fields in draft.get("updates", {}).items():
            if sid not in regions:
                errors.append(f"{name}: update of unknown structure {sid}")
                continue
            for field, value in fields.items():
                if field == "aliases":
                    merged = list(dict.fromkeys([*regions[sid].get("aliases", []), *value]))
                    regions[sid]["aliases"] = merged
                else:
                    regions[sid][field] = value
        conns = 0
        for conn in draft.get("connections", []):
            if _key(conn) in known:
                report.append(f"{name}: skipped {conn['a']} - {conn['b']} ({conn['kind']}): already there")
                continue
            known.add(_key(conn))
            data["connections"].append(conn)
            conns += 1
        for group in draft.get("groups", []):
            data.setdefault("groups", [])
            members = [m for m in group["members"] if m in regions]
            if len(members) < len(group["members"]):
                report.append(f"{name}: group {group['id']} without {sorted(set(group['members']) - set(members))} (not in the data)")
            if len(members) < 2:
                report.append(f"{name}: group {group['id']} dropped (fewer than two members)")
                continue
            group = {**group, "members": members}
            if any(g["id"] == group["id"] for g in data["groups"]):
                report.append(f"{name}: group {group['id']} already there")
                continue
            data["groups"].append(group)
        report.append(f"{name}: {added} structures, {conns} connections, {len(draft.get('sources', {}))} sources")

    for sid, fixes in locating.get("source_fixes", {}).items():
        if sid not in data["sources"]:
            report.append(f"sources.json: fix for unknown source {sid} ignored")
            continue
        for field, value in fixes.items():
            if value is None:
                data["sources"][sid].pop(field, None)
            else:
                data["sources"][sid][field] = value

    # Locators: every book citation gets a chapter.
    chapters: dict[str, str] = locating.get("locators", {})
    existing = locating.get("existing", {})
    books = {sid for sid, s in data["sources"].items() if "isbn" in s}
    fallback = 0

    def locate(citations: list[Any], hints: dict[str, str], default: dict[str, str]) -> list[Any]:
        nonlocal fallback
        out = []
        for c in citations:
            sid = _source_id(c)
            if sid not in books:
                out.append(c)
                continue
            loc = c.get("locator") if isinstance(c, dict) else None
            if not loc:
                loc = hints.get(sid) or default.get(sid)
                fallback += loc == default.get(sid) and sid not in hints
            if loc and loc.startswith(("gray:", "myers:")):
                if loc not in chapters and provisional:
                    chapters[loc] = f"{loc} (provisional)"
                if loc not in chapters:
                    errors.append(f"no verified chapter for locator key {loc}")
                    out.append(c)
                    continue
                loc = chapters[loc]
            if not loc:
                errors.append(f"a citation of {sid} has no locator and none can be inferred")
                out.append(c)
                continue
            out.append({"id": sid, "locator": loc})
        # one citation per source: a book cited for two chapters lists both in one locator
        joined: dict[str, Any] = {}
        for c in out:
            sid = _source_id(c)
            if sid in joined and isinstance(c, dict) and isinstance(joined[sid], dict):
                if c["locator"] not in joined[sid]["locator"].split("; "):
                    joined[sid] = {"id": sid, "locator": f"{joined[sid]['locator']}; {c['locator']}"}
            elif sid not in joined:
                joined[sid] = c
        return list(joined.values())

    for region in data["regions"]:
        default = {"standring2020": REGION_CHAPTER.get(region["region"], ""), "myers2014": "myers:unmapped"}
        region["sources"] = locate(region["sources"], existing.get("regions", {}).get(region["id"], {}), default)
    for conn in data["connections"]:
        hint = existing.get("connections", {}).get(f"{conn['a']}|{conn['b']}|{conn['kind']}", {})
        a = regions.get(conn["a"], {})
        default = {"standring2020": REGION_CHAPTER.get(a.get("region", ""), ""),
                   "myers2014": LINE_CHAPTER.get(conn.get("line", ""), "myers:unmapped")}
        conn["sources"] = locate(conn["sources"], hint, default)
    for line in data.get("lines", []):
        default = {"myers2014": LINE_CHAPTER.get(line["id"], "myers:fl" if "functional" in line["id"] else "myers:arm")}
        line["sources"] = locate(line["sources"], existing.get("lines", {}).get(line["id"], {}), default)
    if fallback:
        report.append(f"{fallback} older book citations got their region's chapter (no specific chapter given)")

    # Views and layers from the art.
    seen = drawn(data["views"], art_dir)
    for region in data["regions"]:
        where = seen.get(region["id"], {})
        region["views"] = [v["id"] for v in data["views"] if v["id"] in where]
        layers = {layer for layer, _ in where.values()}
        for view_id, (_, sided) in where.items():  # a pair is drawn with its side, a midline one without
            if region["paired"] != sided:
                errors.append(f"{view_id}: {region['id']} is drawn {'with' if sided else 'without'} a side, "
                              f"but is {'' if region['paired'] else 'not '}paired")
        if len(layers) > 1:
            errors.append(f"{region['id']} is drawn in layers {sorted(layers)} in different views")
        elif layers and region["layer"] != next(iter(layers)):
            report.append(f"{region['id']}: layer {region['layer']} -> {next(iter(layers))} (as drawn)")
            region["layer"] = next(iter(layers))
    for conn in list(data["connections"]):
        missing = [end for end in (conn["a"], conn["b"]) if end not in regions]
        if missing:  # a draft connected a structure that no draft went on to define
            data["connections"].remove(conn)
            report.append(f"dropped {conn['a']} - {conn['b']} ({conn['kind']}): no structure {', '.join(missing)}")
    undrawn = [r["id"] for r in data["regions"] if not r["views"]]
    if undrawn:
        report.append(f"not drawn in any view ({len(undrawn)}): {', '.join(undrawn)}")
    unknown = sorted(set(seen) - set(regions))
    if unknown:
        errors.append(f"drawn but not in the data ({len(unknown)}): {', '.join(unknown)}")
    for old, new in RENAMED_SOURCES.items():
        if old in data["sources"] and data["sources"][old].get("year") == int(new[-4:]):
            data["sources"][new] = data["sources"].pop(old)
            for claims in (data["regions"], data["connections"], data.get("lines", [])):
                for claim in claims:
                    claim["sources"] = [({**c, "id": new} if isinstance(c, dict) and c["id"] == old
                                         else new if c == old else c) for c in claim["sources"]]
            report.append(f"source {old} is now {new} (the edition it cites)")
    if errors:
        raise MergeError("\n".join(errors))
    return data


def main(argv: list[str]) -> int:
    art_dir = Path(argv[argv.index("--art") + 1]) if "--art" in argv else ART
    base = Path(argv[argv.index("--base") + 1]) if "--base" in argv else DATA
    data = json.loads(base.read_text(encoding="utf-8"))
    drafts = {p.stem: json.loads(p.read_text(encoding="utf-8"))
              for p in sorted(DRAFTS.glob("*.json")) if p.stem != "sources"}
    locating_file = DRAFTS / "sources.json"
    locating = json.loads(locating_file.read_text(encoding="utf-8")) if locating_file.exists() else {}
    report: list[str] = []
    try:
        merged = merge(data, drafts, locating, report, "--provisional" in argv, art_dir)
    except MergeError as exc:
        print("\n".join(report))
        print(f"not merged:\n{exc}", file=sys.stderr)
        return 1
    print("\n".join(report))
    text = json.dumps(merged, indent=2, ensure_ascii=False) + "\n"
    if "--check" in argv:
        return 0 if text == DATA.read_text(encoding="utf-8") else 1
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else DATA
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}: {len(merged['regions'])} structures, "
          f"{len(merged['connections'])} connections, {len(merged['sources'])} sources")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
