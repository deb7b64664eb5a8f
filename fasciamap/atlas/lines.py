"""The myofascial lines: read from the data, checked against the structures and the graph, and traced
on one side of the body as the nodes they run through.

A line's steps name base ids with a side relative to the side it is traced on ("same", "opposite",
"midline"), so one entry serves both sides; :func:`trace` turns it into nodes. The checks here are
the ones the schema cannot make: every id known, every neighbouring pair of tracks graded once, no
review credited with more verified transitions than it reported, and the line continuous in the
graph on either side.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import UnknownLineError, quote
from .model import (
    SIDES, STRONG_EVIDENCE, Atlas, Connection, Line, LineBranch, LineReview, LineStep, Transition,
)

Add = Callable[[list[Any], str], None]


# -- from the data ------------------------------------------------------------------------------
def _step(entry: dict[str, Any]) -> LineStep:
    station = "station" in entry
    return LineStep(
        id=entry["station"] if station else entry["track"], station=station, side=entry["side"],
        crosses_midline=entry.get("crosses_midline", False), with_=tuple(entry.get("with", ())),
        note=entry.get("note", ""),
    )


def build_line(entry: dict[str, Any], citations: Callable[[list[Any]], tuple[tuple[str, ...], Any]]) -> Line:
    sources, locators = citations(entry["sources"])
    transitions = []
    for t in entry.get("transitions", []):
        t_sources, t_locators = citations(t["sources"])
        transitions.append(Transition(
            source=t["from"], target=t["to"], evidence=t["evidence"], review_says=t["review_says"],
            note=t["note"], sources=t_sources, locators=t_locators, branch=t.get("branch"),
            via=tuple(t.get("via", ())), review_step=t.get("review_step"),
        ))
    reviews = []
    for r in entry.get("reviews", []):
        cited = r["source"]
        reviews.append(LineReview(
            source=cited["id"] if isinstance(cited, dict) else cited, verified=r["verified"], of=r["of"],
            which_named=r["which_named"], note=r["note"],
            locator=cited.get("locator", "") if isinstance(cited, dict) else "",
        ))
    return Line(
        id=entry["id"], name=entry["name"], summary=entry["summary"], evidence=entry["evidence"],
        sources=sources, locators=locators, plain=entry.get("plain", ""), review=entry.get("review", ""),
        steps=tuple(_step(s) for s in entry.get("steps", [])),
        branches=tuple(
            LineBranch(b["id"], b["name"], b.get("leaves_after"), b.get("joins_at"),
                       tuple(_step(s) for s in b["steps"]), b.get("note", ""))
            for b in entry.get("branches", [])
        ),
        transitions=tuple(transitions), reviews=tuple(reviews),
    )


def neighbour_pairs(line: Line) -> list[tuple[str | None, str, str]]:
    """Every pair of neighbouring tracks that needs a transition: (branch id or None, from, to).

    A branch's first track follows the main line's track it leaves after; a second root's last
    track runs into the track it joins.
    """
    pairs: list[tuple[str | None, str, str]] = []
    tracks = line.tracks
    pairs += [(None, a, b) for a, b in zip(tracks, tracks[1:])]
    for branch in line.branches:
        b_tracks = [s.id for s in branch.steps if not s.station]
        if branch.leaves_after and b_tracks:
            pairs.append((branch.id, branch.leaves_after, b_tracks[0]))
        pairs += [(branch.id, a, b) for a, b in zip(b_tracks, b_tracks[1:])]
        if branch.joins_at and b_tracks:
            pairs.append((branch.id, b_tracks[-1], branch.joins_at))
    return pairs


def check_line(i: int, entry: dict[str, Any], regions: Mapping[str, Any], add: Add,
               check_sources: Callable[[list[Any], list[Any]], None]) -> None:
    """References and grading of one line entry (``lines[i]``); problems go to ``add``."""
    where = ["lines", i]

    def known(path: list[Any], sid: str) -> bool:
        if sid not in regions:
            add(path, f"unknown structure {quote(sid)}")
            return False
        return True

    def check_steps(path: list[Any], steps: list[dict[str, Any]]) -> None:
        for k, step in enumerate(steps):
            sid = step.get("track", step.get("station"))
            if known([*path, k], sid):
                paired = regions[sid]["paired"]
                if paired and step["side"] == "midline":
                    add([*path, k, "side"], f"{quote(sid)} is paired: its side is 'same' or 'opposite'")
                if not paired and step["side"] != "midline":
                    add([*path, k, "side"], f"{quote(sid)} lies on the midline: its side is 'midline'")
            for m, other in enumerate(step.get("with", [])):
                known([*path, k, "with", m], other)

    check_steps([*where, "steps"], entry.get("steps", []))
    main_tracks = {s["track"] for s in entry.get("steps", []) if "track" in s}
    branch_ids = set()
    for b, branch in enumerate(entry.get("branches", [])):
        branch_ids.add(branch["id"])
        check_steps([*where, "branches", b, "steps"], branch["steps"])
        for key in ("leaves_after", "joins_at"):
            if key in branch and branch[key] not in main_tracks:
                add([*where, "branches", b, key], f"{quote(branch[key])} is not a track of this line")
    if not entry.get("steps"):
        return
    line = build_line(entry, lambda items: (tuple(c["id"] if isinstance(c, dict) else c for c in items), {}))
    needed = {(branch, a, b) for branch, a, b in neighbour_pairs(line)}
    seen: set[tuple[str | None, str, str]] = set()
    for k, t in enumerate(entry.get("transitions", [])):
        key = (t.get("branch"), t["from"], t["to"])
        path = [*where, "transitions", k]
        if t.get("branch") is not None and t["branch"] not in branch_ids:
            add([*path, "branch"], f"unknown branch {quote(t['branch'])}")
        elif key not in needed:
            add(path, f"{quote(t['from'])} to {quote(t['to'])} are not neighbouring tracks of "
                      f"{'branch ' + quote(t['branch']) if t.get('branch') else 'the main line'}")
        elif key in seen:
            add(path, f"{quote(t['from'])} to {quote(t['to'])} is graded twice")
        seen.add(key)
        check_sources(path, t["sources"])
        for m, other in enumerate(t.get("via", [])):
            known([*path, "via", m], other)
        if not t["sources"] and t["evidence"] not in ("model", "anatomical") and t["review_says"] != "not studied":
            add([*path, "sources"], f"a transition graded {quote(t['evidence'])} needs the source of its grade")
    for branch, a, b in sorted(needed - seen, key=str):
        add([*where, "transitions"], f"no transition graded from {quote(a)} to {quote(b)}"
                                     + (f" (branch {quote(branch)})" if branch else ""))
    for k, review in enumerate(entry.get("reviews", [])):
        check_sources([*where, "reviews", k], [review["source"]])
        _check_review([*where, "reviews", k], review, line, add)


def _check_review(path: list[Any], review: dict[str, Any], line: Line, add: Add) -> None:
    """A line never claims more transitions verified than the review found, nor names which ones
    the review did not name."""
    source = review["source"]["id"] if isinstance(review["source"], dict) else review["source"]
    verified, of = review["verified"], review["of"]
    if verified is not None and of is not None and verified > of:
        add([*path, "verified"], f"{verified} verified of {of}: more than it examined")
    citing = [t for t in line.transitions if source in t.sources]
    steps = {t.review_step for t in citing if t.review_step is not None}
    if of is not None and steps - set(range(1, of + 1)):
        add(path, f"review steps {sorted(steps)} on {quote(source)}, which examined {of} transitions")
    if verified is not None:
        credited = [t for t in citing if t.evidence in STRONG_EVIDENCE and t.review_says != "not studied"]
        # one transition of the review may be several of ours (a ligament between two muscles, three
        # hamstrings): those share a review step and count once
        count = len({t.review_step for t in credited if t.review_step is not None}) + sum(
            1 for t in credited if t.review_step is None)
        if count > verified:
            add(path, f"{count} transitions graded {'/'.join(STRONG_EVIDENCE)} on {quote(source)}, "
                      f"which verified {verified}")
    if not review["which_named"] and any(t.review_says == "confirmed by name" for t in citing):
        add(path, f"{quote(source)} does not name which transitions it verified, yet one is 'confirmed by name'")


# -- tracing --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TracedStep:
    """A step of a line on one side: the node it is drawn as, and the step it comes from."""

    node: str
    step: LineStep


def node_for(atlas: Atlas, base_id: str, relative: str, side: str) -> str:
    """The node of ``base_id`` on the side ``relative`` to ``side`` (a midline one has only one)."""
    if base_id in atlas.structures:
        return base_id
    actual = side if relative == "same" else ("right" if side == "left" else "left")
    return f"{base_id}.{actual}"


def trace(atlas: Atlas, line: Line, side: str, branch: str | None = None) -> tuple[TracedStep, ...]:
    """A line's (or one branch's) steps as nodes, for a line traced on ``side`` ("left" or "right")."""
    if side not in SIDES:
        raise ValueError(f"side must be one of {', '.join(SIDES)}")
    steps = line.steps if branch is None else next(b.steps for b in line.branches if b.id == branch)
    return tuple(TracedStep(node_for(atlas, s.id, s.side, side), s) for s in steps)


def transition_nodes(atlas: Atlas, line: Line, side: str) -> list[tuple[Transition, str, str]]:
    """Each transition with the two nodes it joins when the line is traced on ``side``."""
    sides: dict[tuple[str | None, str], str] = {}
    for s in line.steps:
        sides[(None, s.id)] = s.side
    for b in line.branches:
        for s in b.steps:
            sides[(b.id, s.id)] = s.side
    out = []
    for t in line.transitions:
        a_side = sides.get((t.branch, t.source), sides.get((None, t.source), "same"))
        b_side = sides.get((t.branch, t.target), sides.get((None, t.target), "same"))
        out.append((t, node_for(atlas, t.source, a_side, side), node_for(atlas, t.target, b_side, side)))
    return out


def continuity_problems(atlas: Atlas, connected: Callable[[str, str], Connection | None]) -> list[tuple[str, int, str]]:
    """(line id, transition index, message) for each transition that is not a connection of the graph
    on either side the line can be traced on."""
    problems = []
    for line in atlas.lines.values():
        for side in SIDES:
            for k, (t, a, b) in enumerate(transition_nodes(atlas, line, side)):
                missing = [n for n in (a, b) if n not in atlas.structures]
                if missing:
                    problems.append((line.id, k, f"traced on the {side}, {quote(missing[0])} is not a node"))
                elif connected(a, b) is None:
                    problems.append((line.id, k, f"traced on the {side}, {quote(a)} and {quote(b)} are not connected"))
    return problems


def lines_of(atlas: Atlas, base_id: str) -> tuple[Line, ...]:
    """The lines a structure is a track of (main line, branches, or drawn beside a track)."""
    found = []
    for line in atlas.lines.values():
        steps = [*line.steps, *(s for b in line.branches for s in b.steps)]
        if any(not s.station and (s.id == base_id or base_id in s.with_) for s in steps):
            found.append(line)
    return tuple(found)



def find_line(atlas: Atlas, query: str) -> Line:
    """A line by id or name, as people write it: "spiral_line", "Spiral Line", "spiral line", "spiral"."""
    q = query.strip()
    if q in atlas.lines:
        return atlas.lines[q]
    folded = " ".join(q.casefold().replace("_", " ").replace("-", " ").split()).removeprefix("the ")
    for line in atlas.lines.values():
        if folded in (line.name.casefold(), line.id.replace("_", " ")):
            return line
    words = [line for line in atlas.lines.values() if folded and folded in line.name.casefold()]
    if len(words) == 1:
        return words[0]
    import difflib  # only for a mistyped name

    names = {line.name.casefold(): line.id for line in atlas.lines.values()}
    close = [names[n] for n in difflib.get_close_matches(folded, list(names), n=5, cutoff=0.5)]
    raise UnknownLineError(query, list(dict.fromkeys([*(line.id for line in words), *close]))[:5])


def line_pairs(atlas: Atlas, line: Line) -> set[frozenset[str]]:
    """The node pairs a line joins, on either side it can be traced on."""
    return {frozenset((a, b)) for side in SIDES for _, a, b in transition_nodes(atlas, line, side)}
