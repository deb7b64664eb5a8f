"""Read ``data/regions.json``: parse, validate against the JSON Schema, check cross-references, and
expand paired structures into their left and right nodes.

Every problem found is reported (file, location, what is wrong), not only the first, so one run of
the loader tells an author everything to fix.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from collections.abc import Callable, Iterable

from . import cache
from .errors import AtlasError, Problem, printable, quote
from .reading import MAX_DATA_BYTES, check_values, parse_json, read_bytes
from .lines import build_line, check_line, continuity_problems
from .model import (
    SIDES,
    Atlas,
    Citation,
    Connection,
    Group,
    Layer,
    Referral,
    SheetRef,
    Source,
    Structure,
    TriggerPoint,
    View,
    ZoneEntry,
)

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

SUPPORTED_SCHEMA_VERSION = 1


SCHEMA_FILE = Path(__file__).with_name("regions.schema.json")  # package data, beside this module


@lru_cache(maxsize=1)
def _schema_bytes() -> bytes:
    return SCHEMA_FILE.read_bytes()


@lru_cache(maxsize=1)
def _validator() -> "Draft202012Validator":
    from jsonschema import Draft202012Validator  # imported only when a file is actually validated

    return Draft202012Validator(json.loads(_schema_bytes()))


def _where(data: Any, path: Iterable[Any]) -> str:
    """A readable location such as ``regions[3] (erector_spinae).layer``."""
    out = ""
    node = data
    for step in path:
        if isinstance(step, int):
            out += f"[{step}]"
            try:
                node = node[step]
            except (IndexError, KeyError, TypeError):
                node = None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                out += f" ({printable(node['id'], 40)})"
            elif isinstance(node, dict) and isinstance(node.get("muscle"), str):  # a referral pattern
                out += f" ({printable(node['muscle'], 40)})"
            elif isinstance(node, dict) and {"a", "b"} <= node.keys():
                out += f" ({printable(str(node.get('a')), 40)} - {printable(str(node.get('b')), 40)})"
        else:
            out += f".{printable(str(step), 40)}" if out else printable(str(step), 40)
            try:
                node = node[step]
            except (KeyError, TypeError, IndexError):
                node = None
    return out or "top level"


def _schema_message(error: "ValidationError") -> str:
    validator = error.validator
    if validator == "required":  # one error per missing field; its message names that field
        field = error.message.split(" is a required property")[0]
        return f"missing required field {field}"
    if validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        shown = ", ".join(quote(e) for e in extra[:5])
        return f"unknown field {shown}" + (f" and {len(extra) - 5} more" if len(extra) > 5 else "")
    if validator == "enum":
        return f"{quote(error.instance)} is not one of: {', '.join(map(str, error.validator_value))}"
    if validator == "const":
        return f"{quote(error.instance)} must be {quote(error.validator_value)}"
    if validator == "pattern":
        return f"{quote(error.instance)} has the wrong form (expected pattern {error.validator_value})"
    if validator == "anyOf" and "sources" in error.absolute_path:
        return "a source needs at least one of doi, pmid or isbn"
    if validator == "anyOf":
        return "needs one of: " + " or ".join(
            ", ".join(s.get("required", [])) for s in error.validator_value
        )
    message = error.message
    return message if len(message) <= 200 else message[:197] + "..."


def validate_schema(data: Any, file: str) -> list[Problem]:
    """Schema problems, in file order."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    return [Problem(file, _where(data, e.absolute_path), _schema_message(e)) for e in errors]


def _check_references(data: dict[str, Any], file: str) -> list[Problem]:
    """Cross-references the schema cannot express: ids unique and every id pointing at something."""
    problems: list[Problem] = []

    def add(path: list[Any], message: str) -> None:
        problems.append(Problem(file, _where(data, path), message))

    for table in ("layers", "views", "lines", "regions", "zones"):
        counts = Counter(item["id"] for item in data.get(table, []))
        for i, item in enumerate(data.get(table, [])):
            if counts[item["id"]] > 1:
                add([table, i, "id"], f"duplicate id {quote(item['id'])}")
    layers = {layer["id"] for layer in data["layers"]}
    views = {view["id"] for view in data["views"]}
    lines = {line["id"] for line in data.get("lines", [])}
    sources = set(data["sources"])
    regions = {r["id"]: r for r in data["regions"]}

    def check_sources(path: list[Any], citations: list[Any]) -> None:
        for k, citation in enumerate(citations):
            sid = _source_id(citation)
            if sid not in sources:
                add([*path, "sources", k], f"source {quote(sid)} is not in the sources table")
            elif "isbn" in data["sources"][sid] and not isinstance(citation, dict):
                add([*path, "sources", k],
                    f"{quote(sid)} is a book: cite it with a locator, e.g. {{\"id\": \"{sid}\", \"locator\": \"ch. 3\"}}")

    for i, line in enumerate(data.get("lines", [])):
        check_sources(["lines", i], line["sources"])
        check_line(i, line, regions, add, check_sources)
    for i, region in enumerate(data["regions"]):
        if region["layer"] not in layers:
            add(["regions", i, "layer"], f"unknown layer {quote(region['layer'])} (layers: {', '.join(sorted(layers))})")
        for k, view in enumerate(region["views"]):
            if view not in views:
                add(["regions", i, "views", k], f"unknown view {quote(view)} (views: {', '.join(sorted(views))})")
        check_sources(["regions", i], region["sources"])
    named: dict[str, str] = {}  # everyday name (folded) -> who uses it
    for i, region in enumerate(data["regions"]):
        for k, alias in enumerate(region.get("aliases", [])):
            owner = named.setdefault(alias.casefold(), region["id"])
            if owner != region["id"]:
                add(["regions", i, "aliases", k],
                    f"{quote(alias)} also names {quote(owner)}; a name for several structures is a group")
    group_ids = Counter(g["id"] for g in data.get("groups", []))
    for i, group in enumerate(data.get("groups", [])):
        if group_ids[group["id"]] > 1 or group["id"] in regions:
            add(["groups", i, "id"], f"duplicate id {quote(group['id'])} (groups and structures share one namespace)")
        for k, member in enumerate(group["members"]):
            if member not in regions:
                add(["groups", i, "members", k], f"unknown structure {quote(member)}")
        for k, alias in enumerate([group["name"], *group.get("aliases", [])]):
            owner = named.setdefault(alias.casefold(), group["id"])
            if owner != group["id"]:
                add(["groups", i] + (["aliases", k - 1] if k else ["name"]),
                    f"{quote(alias)} also names {quote(owner)}")
    check_referrals(data, regions, add, check_sources)
    seen: dict[tuple[str, str, str], int] = {}
    for i, conn in enumerate(data["connections"]):
        ends_known = True
        for end in ("a", "b"):
            if conn[end] not in regions:
                add(["connections", i, end], f"unknown structure {quote(conn[end])}")
                ends_known = False
        check_sources(["connections", i], conn["sources"])
        if "line" in conn and conn["line"] not in lines:
            add(["connections", i, "line"], f"unknown line {quote(conn['line'])} (add it to 'lines')")
        sheet = conn.get("sheet", {}).get("id")
        if sheet is not None and sheet not in regions:
            add(["connections", i, "sheet", "id"], f"unknown structure {quote(sheet)}")
        if not ends_known:
            continue
        a, b = regions[conn["a"]], regions[conn["b"]]
        if conn["laterality"] == "crosses_midline" and not (a["paired"] and b["paired"]):
            add(["connections", i, "laterality"], "only a connection between two paired structures can cross the midline")
        if conn["a"] == conn["b"] and conn["laterality"] != "crosses_midline":
            add(["connections", i], "a structure can only connect to itself across the midline")
        key = (*sorted((conn["a"], conn["b"])), conn["kind"])
        if key in seen:
            add(["connections", i], f"repeats connections[{seen[key]}] (same structures and kind)")
        else:
            seen[key] = i  # type: ignore[index]
    return problems


def check_referrals(data: dict[str, Any], regions: dict[str, Any], add: Callable[[list[Any], str], None],
                    check_sources: Callable[[list[Any], list[Any]], None]) -> None:
    """One pattern per muscle, of a muscle that exists, in zones the zone table has."""
    zones = {z["id"] for z in data.get("zones", [])}
    seen: dict[str, int] = {}
    for i, ref in enumerate(data.get("referrals", [])):
        muscle = ref["muscle"]
        if muscle not in regions:
            add(["referrals", i, "muscle"], f"unknown structure {quote(muscle)}")
        elif regions[muscle]["kind"] != "muscle":
            add(["referrals", i, "muscle"], f"{quote(muscle)} is a {regions[muscle]['kind']}, not a muscle")
        if muscle in seen:
            add(["referrals", i, "muscle"], f"a second pattern for {quote(muscle)} (the first is referrals[{seen[muscle]}])")
        seen.setdefault(muscle, i)
        for part in ("essential", "spillover"):
            for k, zone in enumerate(ref[part]):
                if zone not in zones:
                    add(["referrals", i, part, k], f"unknown zone {quote(zone)} (add it to 'zones' and draw it)")
        for k, zone in enumerate(ref["spillover"]):
            if zone in ref["essential"]:
                add(["referrals", i, "spillover", k], f"{quote(zone)} is already an essential zone")
        tps = Counter(tp["id"] for tp in ref["trigger_points"])
        for k, tp in enumerate(ref["trigger_points"]):
            if tps[tp["id"]] > 1:
                add(["referrals", i, "trigger_points", k, "id"], f"duplicate id {quote(tp['id'])}")
        check_sources(["referrals", i], ref["sources"])


def _source_id(citation: Any) -> str:
    return citation["id"] if isinstance(citation, dict) else citation


def _citations(items: list[Any]) -> tuple[tuple[str, ...], Any]:
    """Source ids in order, and the locators of those cited with one."""
    cites = tuple(Citation(c["id"], c["locator"]) if isinstance(c, dict) else Citation(c) for c in items)
    return tuple(c.source for c in cites), MappingProxyType({c.source: c.locator for c in cites if c.locator})


def _nodes(region: dict[str, Any]) -> list[tuple[str, str | None]]:
    if region["paired"]:
        return [(f"{region['id']}.{side}", side) for side in SIDES]
    return [(region["id"], None)]


def _expand_connection(conn: dict[str, Any], regions: dict[str, Any]) -> list[tuple[str, str]]:
    a, b = regions[conn["a"]], regions[conn["b"]]
    if a["paired"] and b["paired"]:
        if conn["laterality"] == "crosses_midline":
            pairs = [(f"{a['id']}.left", f"{b['id']}.right"), (f"{a['id']}.right", f"{b['id']}.left")]
        else:
            pairs = [(f"{a['id']}.{s}", f"{b['id']}.{s}") for s in SIDES]
    else:
        pairs = [(na, nb) for na, _ in _nodes(a) for nb, _ in _nodes(b)]
    unique: list[tuple[str, str]] = []
    for pair in pairs:
        if {pair} & {tuple(u) for u in unique} or (pair[1], pair[0]) in unique:
            continue
        unique.append(pair)
    return unique


def _referral(ref: dict[str, Any]) -> Referral:
    sources, locators = _citations(ref["sources"])
    return Referral(
        muscle=ref["muscle"],
        trigger_points=tuple(TriggerPoint(tp["id"], tp["where"], float(tp["at"][0]), float(tp["at"][1]))
                             for tp in ref["trigger_points"]),
        essential=tuple(ref["essential"]), spillover=tuple(ref["spillover"]), both_sides=ref["sides"] == "both",
        summary=ref["summary"], plain=ref["plain"], evidence=ref["evidence"], evidence_note=ref["evidence_note"],
        sources=sources, locators=locators, review=ref.get("review", ""),
    )


def build_atlas(data: dict[str, Any], origin: str) -> Atlas:
    """Turn validated data into the immutable :class:`Atlas`."""
    regions = {r["id"]: r for r in data["regions"]}
    view_side = {v["id"]: v.get("side") for v in data["views"]}
    structures: dict[str, Structure] = {}
    for region in data["regions"]:
        sources, locators = _citations(region["sources"])
        aliases = tuple(region.get("aliases", ()))
        for node, side in _nodes(region):
            structures[node] = Structure(
                id=node,
                base_id=region["id"],
                side=side,
                name=region["name"],
                latin=region["latin"],
                kind=region["kind"],
                layer=region["layer"],
                # a side view shows only its own side's node of a pair
                views=tuple(v for v in region["views"] if side is None or view_side.get(v) in (None, side)),
                region=region["region"],
                summary=region["summary"],
                description=region["description"],
                sources=sources,
                review=region.get("review", ""),
                aliases=aliases,
                locators=locators,
            )
    connections: list[Connection] = []
    for i, conn in enumerate(data["connections"]):
        sheet = None
        if "sheet" in conn:
            sid = conn["sheet"].get("id")
            name = conn["sheet"].get("name") or (regions[sid]["name"].lower() if sid else "")
            sheet = SheetRef(sid, name, conn["sheet"].get("part", ""))
        sources, locators = _citations(conn["sources"])
        for a, b in _expand_connection(conn, regions):
            connections.append(
                Connection(
                    a=a, b=b, kind=conn["kind"], laterality=conn["laterality"],
                    evidence=conn["evidence"], explanation=conn["explanation"], plain=conn["plain"],
                    sources=sources, entry=i, sheet=sheet, line=conn.get("line"),
                    review=conn.get("review", ""), locators=locators,
                )
            )
    return Atlas(
        schema_version=data["schema_version"],
        layers=MappingProxyType({l["id"]: Layer(l["id"], l["name"], l["depth"]) for l in data["layers"]}),
        views=MappingProxyType({
            v["id"]: View(v["id"], v["name"], v["svg"], v.get("side"), v.get("mirror", False), v.get("zones", ""))
            for v in data["views"]
        }),
        sources=MappingProxyType({
            sid: Source(
                id=sid, authors=s["authors"], title=s["title"], year=s["year"],
                container=s.get("container", ""), doi=s.get("doi", ""), pmid=s.get("pmid", ""),
                isbn=s.get("isbn", ""), url=s.get("url", ""), review=s.get("review", ""),
            )
            for sid, s in data["sources"].items()
        }),
        lines=MappingProxyType({l["id"]: build_line(l, _citations) for l in data.get("lines", [])}),
        groups=MappingProxyType({
            g["id"]: Group(g["id"], g["name"], tuple(g["members"]), tuple(g.get("aliases", ())))
            for g in data.get("groups", [])
        }),
        zones=MappingProxyType({
            z["id"]: ZoneEntry(z["id"], z["name"], z["paired"], z["region"]) for z in data.get("zones", [])
        }),
        referrals=MappingProxyType({r["muscle"]: _referral(r) for r in data.get("referrals", [])}),
        structures=MappingProxyType(structures),
        connections=tuple(connections),
        origin=origin,
    )


def parse_atlas(data: Any, file: str, raw: bytes | None = None) -> Atlas:
    """Validate already-parsed data and build the atlas, or raise with every problem found.

    With the file's ``raw`` bytes, a clean verdict for identical bytes is taken from the cache.
    """
    if isinstance(data, dict) and isinstance(data.get("schema_version"), int):
        if data["schema_version"] > SUPPORTED_SCHEMA_VERSION:
            raise AtlasError.single(
                file, "schema_version",
                f"version {quote(data['schema_version'])} is newer than this FasciaMap understands "
                f"({SUPPORTED_SCHEMA_VERSION}); update FasciaMap",
            )
    parts = (raw, _schema_bytes()) if raw is not None else None
    clean, _ = cache.lookup("schema", parts, lambda verdict: verdict is True) if parts else (False, None)
    if not clean:
        check_values(data, file)
        problems = validate_schema(data, file)
        if problems:
            raise AtlasError(problems)
    problems = _check_references(data, file)
    if problems:
        raise AtlasError(problems)
    atlas = build_atlas(data, file)
    problems = _check_continuity(atlas, data, file)
    if problems:
        raise AtlasError(problems)
    if parts and not clean:  # only a clean verdict is kept: a bad file is always checked afresh
        cache.store("schema", parts, True)
    return atlas


def _check_continuity(atlas: Atlas, data: dict[str, Any], file: str) -> list[Problem]:
    """Each line is a path of the graph on either side: every transition is a connection."""
    joined: dict[frozenset[str], Connection] = {}
    for c in atlas.connections:
        joined.setdefault(frozenset((c.a, c.b)), c)
    index = {line["id"]: i for i, line in enumerate(data.get("lines", []))}
    return [
        Problem(file, _where(data, ["lines", index[line_id], "transitions", k]),
                f"{message}: add the connection, or route the line through what connects them")
        for line_id, k, message in continuity_problems(atlas, lambda a, b: joined.get(frozenset((a, b))))
    ]


def load_atlas(path: Path) -> Atlas:
    """Load and validate an atlas data file."""
    raw = read_bytes(path, limit=MAX_DATA_BYTES, what="data file")
    return parse_atlas(parse_json(raw, path), str(path), raw)
