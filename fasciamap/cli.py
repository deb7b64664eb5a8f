"""The ``fasciamap`` command: with no arguments it opens the atlas window; with a subcommand it answers
headless (for scripts, teaching material and tests), as text or as JSON with ``--json``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any
from collections.abc import Mapping, Sequence

from .atlas.errors import printable
from .atlas import (
    AtlasError, Link, LoadedAtlas, NoPathError, Structure, UnknownLineError, UnknownStructureError, load,
)
from .atlas.lines import find_line, trace, transition_nodes
from .atlas.model import Line
from .atlas.surface import SurfaceCover
from .cli_pain import UnknownZoneError, cmd_pain, cmd_referral
from .cli_pain import add_parsers as add_pain_parsers
from .cli_quiz import add_parser as add_quiz_parser
from .cli_quiz import cmd_quiz
from .cli_learn import add_parser as add_tours_parser
from .cli_learn import cmd_tours

EXIT_OK, EXIT_NOT_FOUND, EXIT_BAD_INPUT = 0, 1, 2


def _structure_json(s: Structure) -> dict[str, Any]:
    return {
        "id": s.id, "name": s.display_name, "latin": s.latin, "kind": s.kind, "layer": s.layer,
        "views": list(s.views), "side": s.side, "base_id": s.base_id, "region": s.region,
        "aliases": list(s.aliases), "sources": _citations_json(s.sources, s.locators),
    }


def _citations_json(ids: tuple[str, ...], locators: Mapping[str, str]) -> list[dict[str, str]]:
    return [{"id": sid, **({"locator": locators[sid]} if sid in locators else {})} for sid in ids]


def _link_json(link: Link) -> dict[str, Any]:
    c = link.connection
    return {
        "id": link.structure.id, "name": link.structure.display_name, "connection": c.kind,
        "layer": link.structure.layer, "deeper": link.deeper, "reason": link.reason,
        "sheet": c.sheet.describe() if c.sheet else None, "line": c.line,
        "laterality": c.laterality, "evidence": c.evidence, "explanation": c.explanation,
        "plain": c.plain, "sources": _citations_json(c.sources, c.locators),
    }


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def cmd_regions(loaded: LoadedAtlas, args: argparse.Namespace) -> int:
    structures = list(loaded.atlas.structures.values())
    if args.json:
        _print_json([_structure_json(s) for s in structures])
        return EXIT_OK
    width = max(len(s.id) for s in structures)
    for s in structures:
        print(f"{s.id:<{width}}  {s.display_name} — {s.latin} [{s.kind}, {s.layer}; {', '.join(s.views) or 'not drawn'}]")
    return EXIT_OK


def cmd_connections(loaded: LoadedAtlas, args: argparse.Namespace) -> int:
    graph = loaded.graph
    node = graph.resolve(args.id)
    links = graph.connected(node, args.kind or None)
    if args.json:
        _print_json({"structure": _structure_json(graph.structure(node)), "connections": [_link_json(l) for l in links]})
        return EXIT_OK
    s = graph.structure(node)
    print(f"{s.display_name} ({s.latin}) — {len(links)} connection(s)")
    for link in links:
        c = link.connection
        depth = ", deeper" if link.deeper else ""
        print(f"\n  {link.structure.display_name} [{link.structure.id}]{depth}")
        print(f"    {link.reason}; evidence: {c.evidence}")
        print(f"    {c.explanation}")
    return EXIT_OK


def cmd_find(loaded: LoadedAtlas, args: argparse.Namespace) -> int:
    """Structures and groups by any name people use, best first (typos forgiven)."""
    graph = loaded.graph
    matches = graph.finder.find(args.query, args.limit)
    if args.json:
        _print_json([{"id": m.id, "name": m.name, "latin": m.latin, "matched": m.matched,
                      "group": m.is_group, "members": list(m.members), "score": round(m.score, 3)}
                     for m in matches])
        return EXIT_OK if matches else EXIT_NOT_FOUND
    if not matches:
        print(f"Nothing called {args.query[:80]!r} in the atlas.", file=sys.stderr)
        return EXIT_NOT_FOUND
    for m in matches:
        what = f"group: {', '.join(m.members)}" if m.is_group else m.latin
        also = f"  (matched {m.matched!r})" if m.matched.casefold() not in (m.name.casefold(), m.latin.casefold(), m.id) else ""
        print(f"{m.id:<28}  {m.name} — {what}{also}")
    return EXIT_OK


def cmd_path(loaded: LoadedAtlas, args: argparse.Namespace) -> int:
    graph = loaded.graph
    a, b = graph.resolve(args.a), graph.resolve(args.b)
    line = find_line(loaded.atlas, args.line).id if args.line else None
    steps = graph.path(a, b, line)
    if args.json:
        _print_json({
            "from": a, "to": b, "line": line,
            "steps": [
                {"from": st.source.id, "to": st.target.id, "connection": st.connection.kind,
                 "reason": st.reason, "line": st.connection.line,
                 "evidence": st.connection.evidence, "explanation": st.connection.explanation,
                 "sources": _citations_json(st.connection.sources, st.connection.locators)}
                for st in steps
            ],
        })
        return EXIT_OK
    start = graph.structure(a).display_name
    print(f"{start} → {graph.structure(b).display_name}: {len(steps)} step(s)")
    for i, st in enumerate(steps, 1):
        print(f"  {i}. {st.source.display_name} → {st.target.display_name} ({st.reason}; evidence: {st.connection.evidence})")
    return EXIT_OK


def _evidence_summary(line: Line) -> str:
    """How its transitions are graded, strongest first: "2 strong, 9 limited"."""
    from .atlas.model import EVIDENCE_LEVELS

    counts = {level: sum(1 for t in line.transitions if t.evidence == level) for level in EVIDENCE_LEVELS}
    return ", ".join(f"{n} {level}" for level, n in counts.items() if n) or "not traced"


def _review_text(line: Line) -> list[str]:
    out = []
    for r in line.reviews:
        share = f"{r.verified} of {r.of} transitions verified" if r.verified is not None and r.of is not None else (
            f"{r.verified} verified" if r.verified is not None else "no share reported")
        out.append(f"{r.source}: {share}. {r.note}")
    return out


def cmd_lines(loaded: LoadedAtlas, args: argparse.Namespace) -> int:
    lines = list(loaded.atlas.lines.values())
    if args.json:
        _print_json([{"id": l.id, "name": l.name, "tracks": len(l.tracks), "branches": len(l.branches),
                      "transitions": len(l.transitions), "crosses_midline": l.crosses_midline,
                      "evidence": l.evidence, "transition_evidence": _evidence_summary(l),
                      "reviews": [{"source": r.source, "verified": r.verified, "of": r.of,
                                   "which_named": r.which_named} for r in l.reviews]}
                     for l in lines])
        return EXIT_OK
    width = max(len(l.id) for l in lines)
    for l in lines:
        crossing = ", crosses the midline" if l.crosses_midline else ""
        print(f"{l.id:<{width}}  {l.name} — {len(l.tracks)} tracks{crossing}; evidence: {l.evidence} "
              f"(transitions: {_evidence_summary(l)})")
    return EXIT_OK


def cmd_line(loaded: LoadedAtlas, args: argparse.Namespace) -> int:
    atlas = loaded.atlas
    line = find_line(atlas, args.id)
    graded = transition_nodes(atlas, line, args.side)

    def steps_json(branch: str | None) -> list[dict[str, Any]]:
        return [{"id": t.step.id, "node": t.node, "station": t.step.station, "side": t.step.side,
                 "name": atlas.structures[t.node].display_name, "crosses_midline": t.step.crosses_midline,
                 "with": list(t.step.with_), "note": t.step.note} for t in trace(atlas, line, args.side, branch)]

    if args.json:
        _print_json({
            "id": line.id, "name": line.name, "side": args.side, "summary": line.summary, "plain": line.plain,
            "evidence": line.evidence, "sources": _citations_json(line.sources, line.locators),
            "steps": steps_json(None),
            "branches": [{"id": b.id, "name": b.name, "leaves_after": b.leaves_after, "joins_at": b.joins_at,
                          "steps": steps_json(b.id)} for b in line.branches],
            "transitions": [{"from": a, "to": b, "branch": t.branch, "evidence": t.evidence,
                             "review_says": t.review_says, "review_step": t.review_step, "note": t.note,
                             "via": list(t.via), "sources": _citations_json(t.sources, t.locators)}
                            for t, a, b in graded],
            "reviews": [{"source": r.source, "verified": r.verified, "of": r.of, "which_named": r.which_named,
                         "note": r.note} for r in line.reviews],
        })
        return EXIT_OK
    print(f"{line.name} ({line.id}), traced on the {args.side} — evidence: {line.evidence}")
    print(f"  {line.summary}")
    by_pair = {(t.branch, t.source, t.target): t for t, _, _ in graded}

    def show(branch: str | None, indent: str) -> None:
        previous: str | None = None
        for step in trace(atlas, line, args.side, branch):
            name = atlas.structures[step.node].display_name
            if step.step.station:
                print(f"{indent}   · {name} (station)")
                continue
            t = by_pair.get((branch, previous, step.step.id)) if previous else None
            if t is not None:
                cites = ", ".join(f"{sid} {t.locators[sid]}".strip() if sid in t.locators else sid for sid in t.sources)
                print(f"{indent}   ↓ {t.evidence}; {t.review_says}" + (f" [{cites}]" if cites else ""))
            cross = " — crosses the midline" if step.step.crosses_midline else ""
            print(f"{indent}{name}{cross}")
            previous = step.step.id

    show(None, "  ")
    for b in line.branches:
        def named(base_id: str) -> str:
            node = loaded.graph.node_of(base_id, args.side)
            return atlas.structures[node].name if node in atlas.structures else base_id

        where = (f"leaves after {named(b.leaves_after)}" if b.leaves_after else
                 f"joins at {named(b.joins_at)}" if b.joins_at else "a strand of its own")
        print(f"\n  Branch: {b.name} ({where})")
        first = by_pair.get((b.id, b.leaves_after, next((s.id for s in b.steps if not s.station), "")))
        if first is not None:
            print(f"       ↓ {first.evidence}; {first.review_says}")
        show(b.id, "    ")
    for text in _review_text(line):
        print(f"\n  Review — {text}")
    return EXIT_OK


def _zones(loaded: LoadedAtlas) -> dict[str, Any]:
    from . import resources
    from .atlas.zones import load_zones

    return load_zones(loaded.atlas, resources.art_dir())


def _cover(loaded: LoadedAtlas) -> SurfaceCover:
    from . import resources
    from .atlas.zones import load_zone_map

    return SurfaceCover(load_zone_map(loaded.atlas, resources.art_dir()).outlines, loaded.views)


def cmd_zones(loaded: LoadedAtlas, args: argparse.Namespace) -> int:
    """The pain zones of the body's surface: id, name, the views that draw them."""
    zones = _zones(loaded)
    if args.json:
        _print_json([{"id": z.id, "zone": z.base_id, "name": z.display_name, "side": z.side, "region": z.region,
                      "views": list(z.views)} for z in zones.values()])
        return EXIT_OK
    width = max(len(z.id) for z in zones.values())
    for z in zones.values():
        print(f"{z.id:<{width}}  {z.display_name} [{z.region}; {', '.join(z.views)}]")
    return EXIT_OK


def cmd_check(loaded: LoadedAtlas, args: argparse.Namespace) -> int:
    """Nothing to list when the atlas is sound: problems are raised by :func:`load` (and the zone
    artwork's by :func:`_zones`) before this prints."""
    from .cli_learn import read_learn

    atlas = loaded.atlas
    zones = _zones(loaded)
    learn = read_learn(loaded, args.json, _print_json)  # the primer and the tours, checked against the atlas
    if learn is None:
        return EXIT_BAD_INPUT
    n = {"structures": len({s.base_id for s in atlas.structures.values()}), "nodes": len(atlas.structures),
         "drawn": sum(len(v.structures) for v in loaded.views.values()), "views": len(loaded.views),
         "connections": len(atlas.connections), "sources": len(atlas.sources), "lines": len(atlas.lines),
         "zones": len(zones), "primer_sections": len(learn.sections), "tours": len(learn.tours)}
    if args.json:
        _print_json({"ok": True, **n})
    else:
        print(f"OK: {n['structures']} structures ({n['nodes']} nodes, {n['drawn']} drawn across {n['views']} views), "
              f"{n['connections']} connections, {n['lines']} lines, {n['zones']} pain zones, {n['sources']} sources; "
              f"primer of {n['primer_sections']} sections, {n['tours']} guided tours")
    return EXIT_OK


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1280x800") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000 pixels")
    return w, h


def _limit(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None
    if not 1 <= n <= 50:
        raise argparse.ArgumentTypeError("the limit must be between 1 and 50")
    return n


def _zoom(text: str) -> float:
    try:
        factor = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a number") from None
    if not 1.0 <= factor <= 12.0:
        raise argparse.ArgumentTypeError("the zoom must be between 1 and 12")
    return factor


def _point(text: str) -> tuple[float, float]:
    try:
        x, y = (float(v) for v in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a point like 210,430") from None
    if not (abs(x) <= 1e5 and abs(y) <= 1e5):  # NaN fails too
        raise argparse.ArgumentTypeError("the point must be within the drawing")
    return x, y


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="fasciamap",
        description="An atlas of the body's fascial connections. Without a command, opens the window. "
        "Educational reference, not medical advice.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("regions", help="list every structure")
    p.add_argument("--json", action="store_true", help="JSON on stdout")
    p = sub.add_parser("connections", help="what one structure connects to, and why")
    p.add_argument("id", help="structure id (erector_spinae, erector_spinae.right) or name")
    p.add_argument("--kind", action="append", choices=["myofascial_continuity", "shared_sheet", "shared_attachment", "overlies"],
                   help="only this kind of connection (repeatable)")
    p.add_argument("--json", action="store_true", help="JSON on stdout")
    p = sub.add_parser("find", help="structures by any name: common, Latin, everyday (QL, IT band), groups")
    p.add_argument("query")
    p.add_argument("--limit", type=_limit, default=10, metavar="N", help="at most N matches (1-50)")
    p.add_argument("--json", action="store_true", help="JSON on stdout")
    p = sub.add_parser("path", help="the fascial path between two structures, step by step")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--line", metavar="ID", help="stay on one myofascial line (id or name)")
    p.add_argument("--json", action="store_true", help="JSON on stdout")
    p = sub.add_parser("lines", help="every myofascial line, with how well its links are evidenced")
    p.add_argument("--json", action="store_true", help="JSON on stdout")
    p = sub.add_parser("line", help="one line's tracks and stations in order, with the evidence of each link")
    p.add_argument("id", help='line id or name, e.g. spiral_line or "spiral line"')
    p.add_argument("--side", choices=["left", "right"], default="right", help="the side to trace it on")
    p.add_argument("--json", action="store_true", help="JSON on stdout")
    p = sub.add_parser("zones", help="the pain zones of the body's surface: id, name, views")
    p.add_argument("--json", action="store_true", help="JSON on stdout")
    add_pain_parsers(sub)
    add_quiz_parser(sub)
    add_tours_parser(sub)
    p = sub.add_parser("handout", help="write the one-page client handout of a structure (PDF or PNG) without a window")
    p.add_argument("file", help="FILE.pdf or FILE.png")
    p.add_argument("--select", metavar="ID", required=True, help="structure to explain (e.g. gluteus_minimus.right)")
    p.add_argument("--client", action="store_true", help="in plain words for a client (the default for a handout)")
    p.add_argument("--reference", action="store_true", help="in reference language (Latin names, evidence levels)")
    p.add_argument("--note", metavar="TEXT", default="", help="the therapist's note printed on the page")
    p.add_argument("--page", choices=["A4", "Letter"], default="A4", help="page size")
    p.add_argument("--view", help="the view to draw (default: the one that shows the structure best)")
    p = sub.add_parser("check", help="validate the data file, the artwork and the learning content against each other")
    p.add_argument("--all", action="store_true", help="list every problem (by default the first 25)")
    p.add_argument("--json", action="store_true", help="JSON on stdout")
    p = sub.add_parser("screenshot", help="render the window offscreen to a PNG and exit")
    p.add_argument("file", help="PNG file to write")
    p.add_argument("--select", metavar="ID", help="structure to select first")
    p.add_argument("--view", default="front", help="a view id from the data: front, back, right, left")
    p.add_argument("--layer", default="superficial",
                   help="peel depth: a layer id from the data (superficial, intermediate, deep, skeleton) or all")
    p.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH")
    p.add_argument("--zoom-to-selection", action="store_true", help="frame the selection and its connections")
    p.add_argument("--zoom", type=_zoom, metavar="FACTOR", help="magnify the fitted body (e.g. 3)")
    p.add_argument("--at", type=_point, metavar="X,Y", help="with --zoom: the point to centre, in drawing units")
    p.add_argument("--line", metavar="ID", help='trace a myofascial line (id or name, e.g. "spiral line")')
    p.add_argument("--side", choices=["left", "right", "both"], default="right",
                   help="with --line: the side to trace it on (both: the two sides of a line that crosses)")
    p.add_argument("--pain", action="append", metavar="ZONE", help='open "Where does it hurt?" with this zone marked (repeatable)')
    p.add_argument("--client", action="store_true", help="in client mode (large type, plain words)")
    p.add_argument("--plain", action="store_true", help="with Plain words on")
    p.add_argument("--primer", nargs="?", const="", metavar="SECTION", help="with the fascia primer open (at a section)")
    p.add_argument("--tour", metavar="ID", help="playing a guided tour (see: fasciamap tours)")
    p.add_argument("--step", type=_limit, default=1, metavar="N", help="with --tour: the stop shown (from 1)")
    return parser


class _ArgumentError(Exception):
    """A bad command line, raised instead of argparse's exit so ``--json`` can answer in JSON too."""

    def __init__(self, message: str, usage: str) -> None:
        super().__init__(message)
        self.usage = usage


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _ArgumentError(f"{self.prog}: error: {printable(message)}", self.format_usage())


def _fail(args_json: bool, message: str, error: dict[str, Any], status: int) -> int:
    """The message on stderr; with ``--json`` also a JSON error object on stdout, for scripts."""
    print(message, file=sys.stderr)
    if args_json:
        _print_json({"error": error})
    return status


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a name with an accent must not crash an ASCII terminal
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    wants_json = "--json" in argv
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except _ArgumentError as exc:
        sys.stderr.write(exc.usage)
        return _fail(wants_json, str(exc), {"kind": "bad_arguments", "message": str(exc)}, EXIT_BAD_INPUT)
    if args.command is None:
        from .preflight import check_gui_platform

        problem = check_gui_platform()
        if problem:
            print(problem, file=sys.stderr)
            return EXIT_BAD_INPUT
        from .ui.app import run

        return run()
    as_json = bool(getattr(args, "json", False))
    try:
        if args.command == "screenshot":
            from .ui.screenshot import screenshot

            return screenshot(args.file, select=args.select, view=args.view, layer=args.layer, size=args.size,
                              zoom_to_selection=args.zoom_to_selection, zoom=args.zoom, at=args.at,
                              line=args.line, side=args.side, pain=args.pain or (), client=args.client,
                              primer=args.primer, tour=args.tour, step=args.step, plain=args.plain)
        if args.command == "handout":
            from .ui.handout_export import export_handout

            return export_handout(args.file, select=args.select, plain=not args.reference, note=args.note,
                                  page=args.page, view=args.view)
        loaded = load(with_art=args.command in ("check", "zones", "pain"))
        if args.command == "referral":
            return cmd_referral(loaded, args, _print_json)
        if args.command == "pain":
            return cmd_pain(loaded, args, _print_json, _cover(loaded))
        if args.command == "quiz":
            return cmd_quiz(loaded, args, _print_json)
        if args.command == "tours":
            return cmd_tours(loaded, args, _print_json)
        handler = {"regions": cmd_regions, "connections": cmd_connections, "find": cmd_find, "path": cmd_path,
                   "check": cmd_check, "lines": cmd_lines, "line": cmd_line, "zones": cmd_zones}[args.command]
        return handler(loaded, args)
    except AtlasError as exc:
        text = exc.describe(None if getattr(args, "all", False) else 25)
        problems = [{"file": p.file, "location": p.location, "problem": p.message} for p in exc.problems]
        return _fail(as_json, f"fasciamap: the atlas cannot be loaded:\n{text}",
                     {"kind": "atlas_invalid", "message": "the atlas cannot be loaded", "problems": problems},
                     EXIT_BAD_INPUT)
    except UnknownLineError as exc:
        return _fail(as_json, f"fasciamap: {exc}", {"kind": "unknown_line", "message": str(exc),
                     "query": exc.query, "suggestions": exc.suggestions}, EXIT_BAD_INPUT)
    except UnknownStructureError as exc:
        return _fail(as_json, f"fasciamap: {exc}", {"kind": "unknown_structure", "message": str(exc),
                     "query": exc.query, "suggestions": exc.suggestions}, EXIT_BAD_INPUT)
    except UnknownZoneError as exc:
        return _fail(as_json, f"fasciamap: {exc}", {"kind": "unknown_zone", "message": str(exc)}, EXIT_BAD_INPUT)
    except NoPathError as exc:
        return _fail(as_json, f"fasciamap: {exc}", {"kind": "no_path", "message": str(exc), "from": exc.a, "to": exc.b},
                     EXIT_NOT_FOUND)
    except BrokenPipeError:  # e.g. `fasciamap regions | head`
        return EXIT_OK
