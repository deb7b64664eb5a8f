"""The headless referral commands: ``fasciamap referral MUSCLE`` (a muscle's trigger points and where
their pain is usually felt) and ``fasciamap pain ZONE...`` (which muscles may refer pain there)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .atlas import LoadedAtlas
from .atlas.model import Referral
from .atlas.referrals import candidates, lines_through, pattern_zones, referral_of, resolve_zones, zone_names

EXIT_OK, EXIT_NOT_FOUND, EXIT_BAD_INPUT = 0, 1, 2


class UnknownZoneError(KeyError):
    def __str__(self) -> str:
        return str(self.args[0])


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("referral", help="a muscle's trigger points and where their pain is usually felt")
    p.add_argument("muscle", help="muscle id (gluteus_minimus, gluteus_minimus.right) or name")
    p.add_argument("--json", action="store_true", help="JSON on stdout")
    p = sub.add_parser("pain", help="which muscles may refer pain to these zones, ranked, and the lines through them")
    p.add_argument("zones", nargs="+", metavar="ZONE",
                   help='zone id or name: lateral_hip.right, lateral_hip (both sides), "lateral hip"')
    p.add_argument("--json", action="store_true", help="JSON on stdout")


def _citations(referral: Referral) -> list[dict[str, str]]:
    return [{"id": s, **({"locator": referral.locators[s]} if s in referral.locators else {})} for s in referral.sources]


def cmd_referral(loaded: LoadedAtlas, args: argparse.Namespace, print_json: Any) -> int:
    atlas = loaded.atlas
    node = loaded.graph.resolve(args.muscle)
    referral = referral_of(atlas, node)
    s = atlas.structures[node]
    if referral is None:
        with_pattern = sorted(atlas.structures[loaded.graph.node_of(m)].name for m in atlas.referrals)
        message = f"fasciamap: no referral pattern for {s.name}; patterns exist for: {', '.join(with_pattern)}"
        print(message, file=sys.stderr)
        if args.json:
            print_json({"error": {"kind": "no_referral", "message": message, "muscle": s.base_id}})
        return EXIT_NOT_FOUND
    essential, spillover = pattern_zones(atlas, node)
    names = zone_names(atlas)
    if args.json:
        print_json({
            "muscle": {"id": node, "base_id": s.base_id, "name": s.display_name, "latin": s.latin},
            "trigger_points": [{"id": tp.id, "where": tp.where, "along": tp.along, "across": tp.across}
                               for tp in referral.trigger_points],
            "essential": [{"id": z, "name": names[z]} for z in essential],
            "spillover": [{"id": z, "name": names[z]} for z in spillover],
            "sides": "both" if referral.both_sides else "same",
            "summary": referral.summary, "plain": referral.plain,
            "evidence": referral.evidence, "evidence_note": referral.evidence_note,
            "sources": _citations(referral),
        })
        return EXIT_OK
    print(f"{s.display_name} ({s.latin}) — trigger-point referral")
    print("\n  Trigger points:")
    for tp in referral.trigger_points:
        print(f"    - {tp.where}")
    print(f"\n  Essential zone (felt by nearly everyone): {', '.join(names[z] for z in essential)}")
    print(f"  Spillover zone (felt by some): {', '.join(names[z] for z in spillover) or 'none'}")
    print(f"\n  {referral.summary}")
    print(f"\n  Evidence: {referral.evidence}. {referral.evidence_note}")
    print("\n  Sources: " + "; ".join(f"{atlas.sources[c['id']].citation()}" + (f" ({c['locator']})" if "locator" in c else "")
                                     for c in _citations(referral)))
    return EXIT_OK


def cmd_pain(loaded: LoadedAtlas, args: argparse.Namespace, print_json: Any, cover: Any) -> int:
    atlas = loaded.atlas
    painted: list[str] = []
    for query in args.zones:
        try:
            painted += resolve_zones(atlas, query)
        except KeyError as exc:
            raise UnknownZoneError(exc.args[0]) from None
    names = zone_names(atlas)
    found = candidates(atlas, painted)
    lines = lines_through(atlas, cover, painted)
    if args.json:
        print_json({
            "zones": [{"id": z, "name": names[z]} for z in dict.fromkeys(painted)],
            "candidates": [{
                "muscle": c.muscle, "name": atlas.structures[c.nodes[0]].name, "nodes": list(c.nodes),
                "reason": c.reason, "essential": list(c.essential), "spillover": list(c.spillover),
                "evidence": c.referral.evidence, "plain": c.referral.plain, "sources": _citations(c.referral),
            } for c in found],
            "lines": [{"id": line_id, "name": atlas.lines[line_id].name} for line_id in lines],
        })
        return EXIT_OK
    print(f"Pain in: {', '.join(names[z] for z in dict.fromkeys(painted))}")
    if not found:
        print("\n  No muscle in this atlas is charted as referring pain there.")
    for rank, c in enumerate(found, 1):
        where = ", ".join(names[z] for z in (c.essential or c.spillover))
        sides = {atlas.structures[n].side for n in c.nodes} - {None}
        side = f" ({' or '.join(sorted(sides))})" if sides else ""
        print(f"  {rank:>2}. {atlas.structures[c.nodes[0]].name}{side} — {c.reason} zone: {where}")
    if lines:
        print("\n  Myofascial lines through the area: " + ", ".join(atlas.lines[l].name for l in lines))
    print("\n  Educational reference, not a diagnosis.")
    return EXIT_OK
