"""The learning content: the fascia primer and the guided tours, read from ``data/learn.json``.

It is a separate file from the atlas because it is written for a different reader (a teacher, not an
anatomist entering structures), but every link, selection and source in it is checked against the
atlas, so a renamed structure is reported where the primer or a tour still names it.

Text carries links as ``[shown words](kind:target)``: ``node:`` a structure's base id, ``line:`` a
myofascial line, ``tour:`` a tour, ``section:`` a primer section.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .. import resources
from .errors import AtlasError, NoPathError, Problem, quote
from .loader import _schema_message, _where
from .model import Atlas, Citation, Source
from .reading import MAX_DATA_BYTES, check_values, parse_json, read_bytes

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

    from .graph import FasciaGraph

SCHEMA_FILE = Path(__file__).with_name("learn.schema.json")
LINK_KINDS = ("node", "line", "tour", "section")
SEE_THROUGH = "all"  # the depth that shows every layer at once
_LINK = re.compile(r"\[([^\[\]\n]+)\]\(([a-z]+):([a-z0-9_]+)\)")
_BROKEN = re.compile(r"\[[^\[\]\n]*\]\(|\]\(")  # what is left of a link the pattern did not take


@dataclass(frozen=True)
class Voices:
    """The same ground said twice: for a student (reference) and for a client (plain)."""

    reference: str
    plain: str

    def text(self, plain: bool) -> str:
        return self.plain if plain else self.reference


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    text: Voices
    sources: tuple[Citation, ...]


@dataclass(frozen=True)
class TourStep:
    """One stop of a tour: what is selected or traced, and how the body is turned and peeled."""

    kind: str  # "structure", "line", "path" or "referral"
    targets: tuple[str, ...]  # a base id (structure, referral), a line id, or a path's two base ids
    side: str  # "left", "right" or "both" (a line)
    sides: tuple[str, ...]  # a path's side at each end
    view: str
    depth: str  # a layer id or "all"
    text: Voices
    sources: tuple[Citation, ...]

    def node(self, graph: FasciaGraph, k: int = 0) -> str:
        """The node of the ``k``-th target on its side."""
        return graph.node_of(self.targets[k], self.sides[k] if self.sides else self.side)


@dataclass(frozen=True)
class Tour:
    id: str
    title: str
    summary: Voices
    steps: tuple[TourStep, ...]


@dataclass(frozen=True)
class Learn:
    sections: tuple[Section, ...]
    tours: Mapping[str, Tour]
    sources: Mapping[str, Source]  # the atlas' sources and the learning content's own

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)


def segments(text: str) -> Iterator[tuple[str, str | None, str | None]]:
    """The text in runs: ``(words, kind, target)``, kind and target None outside a link."""
    at = 0
    for match in _LINK.finditer(text):
        if match.start() > at:
            yield text[at:match.start()], None, None
        yield match.group(1), match.group(2), match.group(3)
        at = match.end()
    if at < len(text):
        yield text[at:], None, None


def links(text: str) -> list[tuple[str, str]]:
    """Every ``(kind, target)`` the text links to."""
    return [(kind, target) for _, kind, target in segments(text) if kind is not None and target is not None]


def plain_text(text: str) -> str:
    """The text as read aloud: links reduced to their words."""
    return "".join(words for words, _, _ in segments(text))


# -- reading ---------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _validator() -> "Draft202012Validator":
    from jsonschema import Draft202012Validator

    return Draft202012Validator(json.loads(SCHEMA_FILE.read_bytes()))


def load_learn(atlas: Atlas, graph: FasciaGraph, path: Path | None = None) -> Learn:
    """Read and check the learning content, or raise :class:`AtlasError` listing every problem."""
    path = path or resources.learn_file()
    raw = read_bytes(path, limit=MAX_DATA_BYTES, what="learning content file")
    return parse_learn(parse_json(raw, path), str(path), atlas, graph)


def parse_learn(data: Any, file: str, atlas: Atlas, graph: FasciaGraph) -> Learn:
    check_values(data, file)
    errors = sorted(_validator().iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        raise AtlasError([Problem(file, _where(data, e.absolute_path), _schema_message(e)) for e in errors])
    problems = _Checker(data, file, atlas, graph).problems()
    if problems:
        raise AtlasError(problems)
    return _build(data, atlas)


def _citations(entries: list[Any]) -> tuple[Citation, ...]:
    return tuple(Citation(e, "") if isinstance(e, str) else Citation(e["id"], e.get("locator", "")) for e in entries)


def _build(data: dict[str, Any], atlas: Atlas) -> Learn:
    own = {sid: Source(sid, s["authors"], s["title"], s["year"], s.get("container", ""), s.get("doi", ""),
                       s.get("pmid", ""), s.get("isbn", ""), s.get("url", ""), s.get("review", ""))
           for sid, s in data.get("sources", {}).items()}
    sections = tuple(Section(s["id"], s["title"], Voices(s["reference"], s["plain"]), _citations(s["sources"]))
                     for s in data["sections"])
    tours = {}
    for t in data["tours"]:
        steps = []
        for s in t["steps"]:
            kind = next(k for k in ("structure", "line", "path", "referral") if k in s)
            targets = tuple(s[kind]) if kind == "path" else (s[kind],)
            steps.append(TourStep(kind, targets, s.get("side", "right"), tuple(s.get("sides", ())), s["view"],
                                  s["depth"], Voices(s["reference"], s["plain"]), _citations(s["sources"])))
        tours[t["id"]] = Tour(t["id"], t["title"], Voices(t["summary"]["reference"], t["summary"]["plain"]), tuple(steps))
    return Learn(sections, MappingProxyType(tours), MappingProxyType({**atlas.sources, **own}))


class _Checker:
    """What the schema cannot say: ids unique, and every link, selection and source found in the atlas."""

    def __init__(self, data: dict[str, Any], file: str, atlas: Atlas, graph: FasciaGraph) -> None:
        self.data, self.file, self.atlas, self.graph = data, file, atlas, graph
        self.bases = {s.base_id: s for s in atlas.structures.values()}
        self.own_sources: dict[str, Any] = data.get("sources", {})
        self.found: list[Problem] = []

    def add(self, path: list[Any], message: str) -> None:
        self.found.append(Problem(self.file, _where(self.data, path), message))

    def problems(self) -> list[Problem]:
        for sid in self.own_sources:
            if sid in self.atlas.sources:
                self.add(["sources", sid], f"source {quote(sid)} is already in the atlas' sources: cite that one")
        for table in ("sections", "tours"):
            counts = Counter(item["id"] for item in self.data[table])
            for i, item in enumerate(self.data[table]):
                if counts[item["id"]] > 1:
                    self.add([table, i, "id"], f"duplicate id {quote(item['id'])}")
        for i, section in enumerate(self.data["sections"]):
            for voice in ("reference", "plain"):
                self.check_text(["sections", i, voice], section[voice])
            self.check_sources(["sections", i, "sources"], section["sources"])
        for i, tour in enumerate(self.data["tours"]):
            for voice in ("reference", "plain"):
                self.check_text(["tours", i, "summary", voice], tour["summary"][voice])
            for k, step in enumerate(tour["steps"]):
                where = ["tours", i, "steps", k]
                for voice in ("reference", "plain"):
                    self.check_text([*where, voice], step[voice])
                self.check_sources([*where, "sources"], step["sources"])
                self.check_step(where, step)
        return self.found

    def check_text(self, path: list[Any], text: str) -> None:
        tours = {t["id"] for t in self.data["tours"]}
        sections = {s["id"] for s in self.data["sections"]}
        known = {"node": self.bases, "line": self.atlas.lines, "tour": tours, "section": sections}
        for kind, target in links(text):
            if kind not in known:
                self.add(path, f"link to {quote(kind + ':' + target)}: the kind must be one of {', '.join(LINK_KINDS)}")
            elif target not in known[kind]:
                self.add(path, f"link to {quote(kind + ':' + target)}: no such {kind}")
        rest = _LINK.sub("", text)
        if _BROKEN.search(rest):
            self.add(path, "a link is not written as [words](kind:target)")
        if "<" in rest and re.search(r"<[a-zA-Z/]", rest):
            self.add(path, "markup is not allowed: write plain text with [words](kind:target) links")

    def check_sources(self, path: list[Any], citations: list[Any]) -> None:
        for k, citation in enumerate(citations):
            sid = citation if isinstance(citation, str) else citation["id"]
            record = self.atlas.sources.get(sid) or self.own_sources.get(sid)
            if record is None:
                self.add([*path, k], f"source {quote(sid)} is in neither the atlas' sources nor this file's")
                continue
            isbn = record.isbn if isinstance(record, Source) else record.get("isbn")
            if isbn and (isinstance(citation, str) or not citation.get("locator")):
                self.add([*path, k], f"source {quote(sid)} is a book: give a locator (chapter or page)")

    def check_step(self, path: list[Any], step: dict[str, Any]) -> None:
        kind = next(k for k in ("structure", "line", "path", "referral") if k in step)
        if step["view"] not in self.atlas.views:
            self.add([*path, "view"], f"no view {quote(step['view'])} (choose from {', '.join(self.atlas.views)})")
        if step["depth"] != SEE_THROUGH and step["depth"] not in self.atlas.layers:
            self.add([*path, "depth"], f"no depth {quote(step['depth'])} "
                                       f"(choose from {', '.join([*self.atlas.layers, SEE_THROUGH])})")
        side = step.get("side", "right")
        if kind == "line":
            if step["line"] not in self.atlas.lines:
                self.add([*path, "line"], f"no line {quote(step['line'])}")
            return
        if side == "both":
            self.add([*path, "side"], "only a line is traced on both sides: choose left or right")
            return
        bases = step["path"] if kind == "path" else [step[kind]]
        sides = step.get("sides") or [side] * len(bases)
        if "sides" in step and kind != "path":
            self.add([*path, "sides"], "only a path has a side at each end")
        for k, base in enumerate(bases):
            where = [*path, kind, k] if kind == "path" else [*path, kind]
            if base not in self.bases:
                self.add(where, f"no structure {quote(base)}")
                return
            node = self.graph.node_of(base, sides[k])
            if self.atlas.structures[node].side not in (None, sides[k]):
                self.add(where, f"{quote(base)} has no {sides[k]} side")
            if kind != "path" and step["view"] in self.atlas.views and step["view"] not in self.atlas.structures[node].views:
                self.add([*path, "view"], f"the {step['view']} view does not draw {quote(node)} "
                                          f"(it is drawn in {', '.join(self.atlas.structures[node].views) or 'no view'})")
            if kind != "path" and step["depth"] not in (SEE_THROUGH, self.atlas.structures[node].layer):
                self.add([*path, "depth"], f"{quote(base)} lies in the {self.atlas.structures[node].layer} layer: "
                                           f"show that depth, or {SEE_THROUGH}")
        if kind == "referral" and step["referral"] in self.bases and step["referral"] not in self.atlas.referrals:
            self.add([*path, "referral"], f"{quote(step['referral'])} has no referral pattern in the atlas")
        if kind == "path" and all(b in self.bases for b in bases):
            a, b = (self.graph.node_of(base, s) for base, s in zip(bases, sides))
            try:
                self.graph.path(a, b)
            except NoPathError:
                self.add([*path, "path"], f"no fascial path joins {quote(a)} and {quote(b)}")
