"""Read the body art: one SVG per view, with layer groups and one group (or path) per structure.

The SVG is parsed once with the standard XML parser and ``svg.path``; outlines come out as plain
geometry (move, line, cubic, close) that any front end can turn into its own path type. Nothing here
knows about Qt.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from . import cache
from .errors import AtlasError, Problem

SVG_NS = "{http://www.w3.org/2000/svg}"
Point = tuple[float, float]
# ("M", p) | ("L", p) | ("C", c1, c2, p) | ("Z",)
Command = tuple
Outline = tuple[Command, ...]
TISSUES = ("muscle", "tendon", "aponeurosis", "fascia", "ligament", "bone")


@dataclass(frozen=True)
class ArtPart:
    tissue: str
    outline: Outline


@dataclass(frozen=True)
class ArtStructure:
    """What is drawn for one node in one view."""

    id: str
    layer: str
    parts: tuple[ArtPart, ...]
    fibres: Outline = ()
    details: tuple[Outline, ...] = ()


@dataclass(frozen=True)
class ArtDecor:
    css_class: str
    outline: Outline


@dataclass(frozen=True)
class ArtLabel:
    text: str
    x: float
    y: float
    size: float
    anchor: str


@dataclass(frozen=True)
class ArtView:
    view: str
    file: str
    view_box: tuple[float, float, float, float]
    silhouette: Outline
    structures: dict[str, ArtStructure]
    decor: tuple[ArtDecor, ...] = ()
    labels: tuple[ArtLabel, ...] = ()


def parse_outline(d: str) -> Outline:
    """Path data as moves, lines, cubics and closes (quadratics raised, arcs flattened)."""
    from svg.path import Arc, Close, CubicBezier, Line, Move, QuadraticBezier, parse_path

    commands: list[Command] = []
    for seg in parse_path(d):
        if isinstance(seg, Move):
            commands.append(("M", _pt(seg.end)))
        elif isinstance(seg, Close):
            if seg.start != seg.end:
                commands.append(("L", _pt(seg.end)))
            commands.append(("Z",))
        elif isinstance(seg, Line):
            commands.append(("L", _pt(seg.end)))
        elif isinstance(seg, CubicBezier):
            commands.append(("C", _pt(seg.control1), _pt(seg.control2), _pt(seg.end)))
        elif isinstance(seg, QuadraticBezier):
            s, c, e = seg.start, seg.control, seg.end
            commands.append(("C", _pt(s + (c - s) * 2 / 3), _pt(e + (c - e) * 2 / 3), _pt(e)))
        elif isinstance(seg, Arc):
            for k in range(1, 13):
                commands.append(("L", _pt(seg.point(k / 12))))
        else:  # pragma: no cover - svg.path has no other segment types
            raise ValueError(f"unsupported path segment {type(seg).__name__}")
    if not commands:
        raise ValueError("empty path data")
    return tuple(commands)


def _pt(c: complex) -> Point:
    return (c.real, c.imag)


def _classes(el: ET.Element) -> list[str]:
    return (el.get("class") or "").split()


def _outline_of(el: ET.Element, file: str, where: str, problems: list[Problem]) -> Outline:
    d = el.get("d")
    if not d:
        problems.append(Problem(file, where, "path has no 'd' attribute"))
        return ()
    try:
        return parse_outline(d)
    except (ValueError, IndexError) as exc:
        problems.append(Problem(file, where, f"unreadable path data ({exc})"))
        return ()


def _read_structure(el: ET.Element, layer: str, file: str, problems: list[Problem]) -> ArtStructure | None:
    sid = el.get("id", "")
    where = f'<{el.tag.removeprefix(SVG_NS)} id="{sid}">'
    parts: list[ArtPart] = []
    fibres: Outline = ()
    details: list[Outline] = []
    paths = [el] if el.tag == f"{SVG_NS}path" else list(el.iter(f"{SVG_NS}path"))
    for k, path in enumerate(paths):
        classes = _classes(path)
        pwhere = f"{where} path {k + 1}"
        if "fibres" in classes:
            fibres = _outline_of(path, file, pwhere, problems)
        elif "detail" in classes:
            outline = _outline_of(path, file, pwhere, problems)
            if outline:
                details.append(outline)
        else:
            tissue = next((c for c in classes if c in TISSUES), "muscle")
            outline = _outline_of(path, file, pwhere, problems)
            if outline:
                parts.append(ArtPart(tissue, outline))
    if not parts:
        problems.append(Problem(file, where, "structure has no outline path"))
        return None
    return ArtStructure(sid, layer, tuple(parts), fibres, tuple(details))


_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def read_view(path: Path, view: str) -> ArtView:
    """Parse one view's SVG, or raise :class:`AtlasError` naming the file and element.

    Parsed geometry for identical file bytes comes from the cache (see :mod:`.cache`).
    """
    file = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise AtlasError.single(file, "", f"artwork for the {view} view is missing") from None
    except OSError as exc:
        raise AtlasError.single(file, "", f"cannot be read ({exc.strerror or exc})") from None
    plain = cache.cached("svg", (raw, PARSER_VERSION.encode()), lambda: _parse_svg(raw, file))
    box, silhouette, structures, decor, labels = plain
    return ArtView(
        view=view, file=file, view_box=tuple(box), silhouette=silhouette,
        structures={
            sid: ArtStructure(sid, layer, tuple(ArtPart(t, o) for t, o in parts), fibres, details)
            for sid, layer, parts, fibres, details in structures
        },
        decor=tuple(ArtDecor(c, o) for c, o in decor),
        labels=tuple(ArtLabel(*lb) for lb in labels),
    )


PARSER_VERSION = "1"  # bump when _parse_svg's output changes, so cached parses are not reused


def _parse_svg(raw: bytes, file: str) -> tuple:
    """The SVG as plain tuples (cacheable): view box, silhouette, structures, decor, labels."""
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        line, col = exc.position
        raise AtlasError.single(file, f"line {line}, column {col}", f"not well-formed SVG: {exc}") from None
    if root.tag != f"{SVG_NS}svg":
        raise AtlasError.single(file, "root element", "is not an SVG document")
    numbers = [float(n) for n in _NUMBER.findall(root.get("viewBox", ""))]
    if len(numbers) != 4 or numbers[2] <= 0 or numbers[3] <= 0:
        raise AtlasError.single(file, "<svg viewBox>", "needs four numbers with a positive width and height")
    problems: list[Problem] = []
    structures: dict[str, ArtStructure] = {}
    silhouette: Outline = ()
    decor: list[tuple[str, Outline]] = []
    labels: list[tuple[str, float, float, float, str]] = []
    for group in root.iter(f"{SVG_NS}g"):
        gid = group.get("id", "")
        if gid.startswith("layer-"):
            layer = gid.removeprefix("layer-")
            for child in group:
                if child.tag not in (f"{SVG_NS}g", f"{SVG_NS}path"):
                    continue
                sid = child.get("id")
                if not sid:
                    problems.append(Problem(file, f'<g id="{gid}">', "a structure without an id"))
                    continue
                if sid in structures:
                    problems.append(Problem(file, f'<g id="{sid}">', "id drawn twice"))
                    continue
                item = _read_structure(child, layer, file, problems)
                if item is not None:
                    structures[sid] = item
        elif gid == "silhouette":
            for p in group.iter(f"{SVG_NS}path"):
                silhouette = _outline_of(p, file, '<path id="body-outline">', problems)
        elif gid == "decor":
            for k, p in enumerate(group.iter(f"{SVG_NS}path")):
                outline = _outline_of(p, file, f'<g id="decor"> path {k + 1}', problems)
                if outline:
                    decor.append((" ".join(_classes(p)), outline))
            for t in group.iter(f"{SVG_NS}text"):
                try:
                    labels.append((
                        "".join(t.itertext()).strip(), float(t.get("x", 0)), float(t.get("y", 0)),
                        float(t.get("font-size", 7)), t.get("text-anchor", "start"),
                    ))
                except ValueError:
                    problems.append(Problem(file, "<text>", "label position is not a number"))
    if problems:
        raise AtlasError(problems)
    return (
        tuple(numbers), silhouette,
        [(s.id, s.layer, tuple((p.tissue, p.outline) for p in s.parts), s.fibres, s.details)
         for s in structures.values()],
        decor, labels,
    )
