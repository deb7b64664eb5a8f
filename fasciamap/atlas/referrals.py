"""The reverse question of a referral chart: the client shows where it hurts, which muscles' trigger
points may send pain there, and which myofascial lines run through the area.

Ranking follows what a therapist reads off the charts: a muscle whose essential zone covers the pain
comes before one whose spillover does, and among equals the one that covers more of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .finder import MAX_QUERY, fold
from .model import EVIDENCE_LEVELS, Atlas, Referral
from .surface import SurfaceCover
from .zones import zone_nodes


@dataclass(frozen=True)
class Candidate:
    """A muscle whose referral covers some of the painted zones."""

    muscle: str  # base id
    nodes: tuple[str, ...]  # the muscle's nodes that could send the pain (one side, both, or midline)
    referral: Referral
    essential: tuple[str, ...]  # painted zone nodes in its essential zone
    spillover: tuple[str, ...]  # painted zone nodes only in its spillover zone

    @property
    def reason(self) -> str:
        return "essential" if self.essential else "spillover"


def referral_of(atlas: Atlas, node: str) -> Referral | None:
    structure = atlas.structures.get(node)
    return atlas.referrals.get(structure.base_id) if structure else None


def pattern_zones(atlas: Atlas, node: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The essential and spillover zone nodes of the muscle ``node`` (empty when it has no pattern)."""
    referral = referral_of(atlas, node)
    if referral is None:
        return (), ()
    paired = {z.id: z.paired for z in atlas.zones.values()}
    return referral.zone_nodes(atlas.structures[node].side, paired)


def zone_names(atlas: Atlas) -> dict[str, str]:
    """Zone node -> the name the user reads ("Lateral hip (right)")."""
    return {node: f"{atlas.zones[base].name} ({side})" if side else atlas.zones[base].name
            for node, (base, side) in zone_nodes(atlas).items()}


def resolve_zones(atlas: Atlas, query: str) -> tuple[str, ...]:
    """Zone nodes for an id or name typed by a user: ``lateral_hip.right``, ``lateral_hip`` (both
    sides), ``Outer hip``, ``lateral hip (right)``, ``right outer hip``; KeyError naming near matches
    otherwise."""
    folded = fold(query[:MAX_QUERY]).replace(".", " ").replace("(", " ").replace(")", " ")
    words = folded.split()
    sides = [w for w in words if w in ("left", "right")]
    base_words = " ".join(w for w in words if w not in ("left", "right"))
    side = sides[-1] if len(set(sides)) == 1 else None
    for z in atlas.zones.values():
        if base_words in (fold(z.id), fold(z.name)):
            if not z.paired:
                return (z.id,)
            return (f"{z.id}.{side}",) if side else (f"{z.id}.left", f"{z.id}.right")
    names = zone_names(atlas)
    near = sorted({name for node, name in names.items()
                   if base_words and all(w in fold(name) or w in fold(node) for w in base_words.split())})
    hint = f"; did you mean: {', '.join(near[:6])}?" if near else "; `fasciamap zones` lists them"
    raise KeyError(f"no pain zone {query[:80]!r}{hint}")


def candidates(atlas: Atlas, painted: Iterable[str]) -> list[Candidate]:
    """The muscles whose referral covers any painted zone node, ranked: essential overlap first, then
    more zones covered, then the stronger evidence, then by name."""
    painted = tuple(dict.fromkeys(painted))
    paired = {z.id: z.paired for z in atlas.zones.values()}
    nodes_of: dict[str, list[str]] = {}
    for node, s in atlas.structures.items():
        if s.base_id in atlas.referrals:
            nodes_of.setdefault(s.base_id, []).append(node)
    found: list[Candidate] = []
    for muscle, referral in atlas.referrals.items():
        essential: set[str] = set()
        spillover: set[str] = set()
        sending: list[str] = []
        for node in nodes_of.get(muscle, ()):
            ess, spill = referral.zone_nodes(atlas.structures[node].side, paired)
            e = {z for z in painted if z in ess}
            s = {z for z in painted if z in spill} - e
            if e or s:
                sending.append(node)
                essential |= e
                spillover |= s
        spillover -= essential
        if sending:
            found.append(Candidate(muscle, tuple(sending), referral,
                                   tuple(z for z in painted if z in essential),
                                   tuple(z for z in painted if z in spillover)))
    rank = {level: i for i, level in enumerate(EVIDENCE_LEVELS)}
    found.sort(key=lambda c: (-len(c.essential), -len(c.spillover), rank[c.referral.evidence],
                              atlas.structures[c.nodes[0]].name))
    return found


def lines_through(atlas: Atlas, cover: SurfaceCover | Mapping[str, frozenset[str]], painted: Iterable[str]) -> list[str]:
    """Ids of the lines with a track under any painted zone (``cover``: zone node -> structure nodes
    drawn under it), in the data's order."""
    under = {atlas.structures[n].base_id for z in painted for n in cover.get(z, frozenset()) if n in atlas.structures}
    return [line.id for line in atlas.lines.values()
            if under & set(line.tracks) or any(under & {s.id for s in b.steps if not s.station} for b in line.branches)]
