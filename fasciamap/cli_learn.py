"""``fasciamap tours``: the guided tours as text, for a teacher preparing a lesson (or to find a tour's
id for ``fasciamap screenshot --tour``)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .atlas import AtlasError, LoadedAtlas
from .atlas.learn import Learn, TourStep, load_learn, plain_text

EXIT_OK, EXIT_NOT_FOUND, EXIT_BAD_INPUT = 0, 1, 2


def read_learn(loaded: LoadedAtlas, as_json: bool, print_json: Any) -> Learn | None:
    """The learning content, or None after saying (on stderr, and in JSON if asked) what is wrong."""
    try:
        return load_learn(loaded.atlas, loaded.graph)
    except AtlasError as exc:
        print(f"fasciamap: the primer and tours cannot be read:\n{exc.describe(25)}", file=sys.stderr)
        if as_json:
            print_json({"error": {"kind": "learn_invalid", "message": "the primer and tours cannot be read",
                                  "problems": [{"file": p.file, "location": p.location, "problem": p.message}
                                               for p in exc.problems]}})
        return None


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tours", help="the guided tours; with an id, one tour's stops and narration")
    p.add_argument("tour", nargs="?", metavar="ID", help="a tour id (without one: every tour)")
    p.add_argument("--plain", action="store_true", help="the narration in plain words")
    p.add_argument("--json", action="store_true", help="JSON on stdout")


def _shows(loaded: LoadedAtlas, step: TourStep) -> str:
    if step.kind == "line":
        return f"line: {loaded.atlas.lines[step.targets[0]].name} ({step.side})"
    nodes = [step.node(loaded.graph, k) for k in range(len(step.targets))]
    return f"{step.kind}: " + " to ".join(nodes)


def cmd_tours(loaded: LoadedAtlas, args: argparse.Namespace, print_json: Any) -> int:
    learn = read_learn(loaded, args.json, print_json)
    if learn is None:
        return EXIT_BAD_INPUT
    if args.tour is None:
        if args.json:
            print_json([{"id": t.id, "title": t.title, "summary": plain_text(t.summary.text(args.plain)),
                         "steps": len(t.steps)} for t in learn.tours.values()])
        else:
            for t in learn.tours.values():
                print(f"{t.id}: {t.title} ({len(t.steps)} stops)\n    {plain_text(t.summary.text(args.plain))}")
        return EXIT_OK
    tour = learn.tours.get(args.tour)
    if tour is None:
        message = f"fasciamap: no tour {args.tour[:40]!r} (tours: {', '.join(learn.tours)})"
        print(message, file=sys.stderr)
        if args.json:
            print_json({"error": {"kind": "unknown_tour", "message": message, "tours": list(learn.tours)}})
        return EXIT_NOT_FOUND
    stops = [{"shows": _shows(loaded, s), "view": s.view, "depth": s.depth, "text": plain_text(s.text.text(args.plain)),
              "sources": [learn.sources[c.source].citation() + (f" ({c.locator})" if c.locator else "")
                          for c in s.sources]} for s in tour.steps]
    if args.json:
        print_json({"id": tour.id, "title": tour.title, "summary": plain_text(tour.summary.text(args.plain)),
                    "stops": stops})
        return EXIT_OK
    print(f"{tour.title}\n{plain_text(tour.summary.text(args.plain))}\n")
    for n, stop in enumerate(stops, 1):
        depth = "every layer, see-through" if stop["depth"] == "all" else f"{stop['depth']} layer"
        print(f"{n}. {stop['shows']} — {stop['view']} view, {depth}")
        print(f"   {stop['text']}")
        for source in stop["sources"]:
            print(f"   · {source}")
    return EXIT_OK
