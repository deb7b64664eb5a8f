"""Read the body art: one SVG per view, with layer groups and one group (or path) per structure.

The SVG is parsed once with the standard XML parser and ``svg.path``; outlines come out as plain
geometry (move, line, cubic, close) that any front end can turn into its own path type. Nothing here
knows about Qt.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import cache
from .errors import AtlasError, Problem, printable, quote
from .reading import MAX_ART_BYTES, check_xml_text, read_bytes

if TYPE_CHECKING:  # the XML parsers are imported only when an SVG is parsed (not on a cached start)
    import xml.etree.ElementTree as ET

SVG_NS = "{http://www.w3.org/2000/svg}"
Point = tuple[float, float]
# ("M", p) | ("L", p) | ("C", c1, c2, p) | ("Z",)
Command = tuple
Outline = tuple[Command, ...]
TISSUES = ("muscle", "tendon", "aponeurosis", "fascia", "ligament", "bone", "landmark")


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
    covered: int = 0  # hidden whole by the layers above while peeled to this depth or shallower


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


MAX_PATH_DATA = 200_000  # characters of one path's data; the real art's longest is a few thousand
MAX_COORDINATE = 1e6  # far outside any view box, still exact in a float and safe for Qt


def parse_outline(d: str) -> Outline:
    """Path data as moves, lines, cubics and closes (quadratics raised, arcs flattened).

    Raises ``ValueError`` for anything that is not usable path data: svg.path's own complaints
    (it asserts on some malformed input and divides by zero on degenerate arcs) become that too.
    """
    if len(d) > MAX_PATH_DATA:
        raise ValueError(f"path data is {len(d):,} characters long; the limit is {MAX_PATH_DATA:,}")
    if not d.lstrip(" \t\r\n,").startswith(("M", "m")):
        raise ValueError("path data must start with a move (M)")
    from svg.path import Arc, Close, CubicBezier, Line, Move, QuadraticBezier, parse_path

    commands: list[Command] = []
    try:
        segments = list(parse_path(d))
        for seg in segments:
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
                st, c, e = seg.start, seg.control, seg.end
                commands.append(("C", _pt(st + (c - st) * 2 / 3), _pt(e + (c - e) * 2 / 3), _pt(e)))
            elif isinstance(seg, Arc):
                for k in range(1, 13):
                    commands.append(("L", _pt(seg.point(k / 12))))
            else:
                raise ValueError(f"unsupported path segment {type(seg).__name__}")
    except ValueError:
        raise
    except ZeroDivisionError:
        raise ValueError("a degenerate segment (an arc with a zero or vanishing radius?)") from None
    except Exception as exc:  # svg.path is a third-party parser fed untrusted text: its failure is ours to word
        detail = f": {exc}" if str(exc) else ""
        raise ValueError(f"malformed (svg.path rejected it with {type(exc).__name__}{detail}; "
                         "are arc flags 0 or 1?)") from None
    if not commands:
        raise ValueError("empty path data")
    return tuple(commands)


def _pt(c: complex) -> Point:
    x, y = c.real, c.imag
    if not (-MAX_COORDINATE <= x <= MAX_COORDINATE and -MAX_COORDINATE <= y <= MAX_COORDINATE):  # NaN fails too
        raise ValueError(f"a coordinate ({x:g}, {y:g}) is not a finite number within ±{MAX_COORDINATE:g}")
    return (x, y)


def _classes(el: ET.Element) -> list[str]:
    return (el.get("class") or "").split()


def _outline_of(el: ET.Element, file: str, where: str, problems: list[Problem]) -> Outline:
    d = el.get("d")
    if not d:
        problems.append(Problem(file, where, "path has no 'd' attribute"))
        return ()
    try:
        return parse_outline(d)
    except ValueError as exc:
        problems.append(Problem(file, where, f"unreadable path data: {exc}"))
        return ()


def _read_structure(el: ET.Element, layer: str, file: str, problems: list[Problem]) -> ArtStructure | None:
    sid = el.get("id", "")
    where = _element(el.tag.removeprefix(SVG_NS), sid)
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
    covered = el.get("data-covered", "0")
    if not (covered.isascii() and covered.isdigit() and len(covered) <= 2):
        problems.append(Problem(file, where, f"data-covered must be a small whole number, not {quote(covered)}"))
        return None
    return ArtStructure(sid, layer, tuple(parts), fibres, tuple(details), int(covered))


_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _element(tag: str, element_id: str) -> str:
    return f'<{printable(tag, 30)} id="{printable(element_id, 80)}">'


def read_view(path: Path, view: str, mirror: bool = False) -> ArtView:
    """Parse one view's SVG, or raise :class:`AtlasError` naming the file and element.

    ``mirror`` turns the drawing left to right and swaps ``.left`` and ``.right`` ids, so one side
    view drawn once serves both sides. Parsed geometry for identical file bytes comes from the cache
    (see :mod:`.cache`).
    """
    return view_from_bytes(read_art(path, view), str(path), view, mirror)


def read_art(path: Path, view: str) -> bytes:
    """The bytes of one view's SVG (bounded, a regular file), or a located error."""
    try:
        return read_bytes(path, limit=MAX_ART_BYTES, what="artwork file")
    except AtlasError as exc:
        if not path.exists() and not path.is_symlink():
            raise AtlasError.single(str(path), "", f"artwork for the {view} view is missing") from None
        raise exc from None


def view_from_bytes(raw: bytes, file: str, view: str, mirror: bool = False) -> ArtView:
    """One view parsed from its SVG's bytes (the cache's parse when the bytes are the same)."""
    version = (PARSER_VERSION + ("-mirrored" if mirror else "")).encode()
    parse = (lambda: mirrored(_parse_svg(raw, file))) if mirror else (lambda: _parse_svg(raw, file))
    plain = cache.cached("svg", (raw, version), parse, _is_plain_view)
    box, silhouette, structures, decor, labels = plain
    return ArtView(
        view=view, file=file, view_box=tuple(box), silhouette=silhouette,
        structures={
            sid: ArtStructure(sid, layer, tuple(ArtPart(t, o) for t, o in parts), fibres, details, covered)
            for sid, layer, parts, fibres, details, covered in structures
        },
        decor=tuple(ArtDecor(c, o) for c, o in decor),
        labels=tuple(ArtLabel(*lb) for lb in labels),
    )


PARSER_VERSION = "4"  # bump when _parse_svg's output changes, so cached parses are not reused

_OTHER_SIDE = {".left": ".right", ".right": ".left"}
_OTHER_ANCHOR = {"start": "end", "end": "start"}


def _swap_side(sid: str) -> str:
    stem, dot, side = sid.rpartition(".")
    return f"{stem}{_OTHER_SIDE[dot + side]}" if dot and dot + side in _OTHER_SIDE else sid


def mirrored(plain: tuple) -> tuple:
    """A parsed view turned left to right about its view box's centre, sides swapped."""
    box, silhouette, structures, decor, labels = plain
    axis = 2 * box[0] + box[2]

    def turn(outline: Outline) -> Outline:
        return flip(outline, axis)

    return (
        box, turn(silhouette),
        [(_swap_side(sid), layer, tuple((t, turn(o)) for t, o in parts), turn(fibres), tuple(turn(d) for d in details),
          covered)
         for sid, layer, parts, fibres, details, covered in structures],
        [(css, turn(o)) for css, o in decor],
        [(text, axis - x, y, size, _OTHER_ANCHOR.get(anchor, anchor)) for text, x, y, size, anchor in labels],
    )


def _forbid(what: str) -> Callable[..., None]:
    def handler(*_: object) -> None:
        raise _Forbidden(what)

    return handler


class _Forbidden(Exception):
    pass


def _check_xml(raw: bytes, file: str) -> None:
    """Refuse what the artwork never needs and an attacker would use: a DTD and entity declarations
    (entity expansion can cost minutes and gigabytes below expat's own amplification limit)."""
    from xml.parsers import expat

    check_xml_text(raw, file)
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _forbid("a DOCTYPE declaration")
    parser.EntityDeclHandler = _forbid("an entity declaration")
    parser.ExternalEntityRefHandler = _forbid("a reference to an external entity")
    try:
        parser.Parse(raw, True)
    except _Forbidden as exc:
        where = f"line {parser.CurrentLineNumber}, column {parser.CurrentColumnNumber + 1}"
        raise AtlasError.single(file, where, f"artwork may not contain {exc}") from None
    except expat.ExpatError as exc:
        raise AtlasError.single(file, f"line {exc.lineno}, column {exc.offset + 1}",
                                f"not well-formed SVG: {expat.ErrorString(exc.code)}") from None
    except (LookupError, ValueError) as exc:  # an encoding expat cannot use
        raise AtlasError.single(file, "", f"not readable as XML ({exc})") from None


def svg_root(raw: bytes, file: str) -> tuple[ET.Element, list[float]]:
    """The checked document's root and its view box (x, y, width, height), or a located error."""
    import xml.etree.ElementTree as ET

    _check_xml(raw, file)
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        line, col = exc.position
        raise AtlasError.single(file, f"line {line}, column {col}", f"not well-formed SVG: {exc}") from None
    if root.tag != f"{SVG_NS}svg":
        raise AtlasError.single(file, "root element", "is not an SVG document")
    try:
        numbers = [float(n) for n in _NUMBER.findall(root.get("viewBox", ""))]
    except ValueError:
        numbers = []
    if len(numbers) != 4 or not all(abs(n) <= MAX_COORDINATE for n in numbers) or numbers[2] < 1 or numbers[3] < 1:
        raise AtlasError.single(file, "<svg viewBox>", "needs four numbers with a width and height of at least 1")
    return root, numbers


def flip(outline: Outline, axis: float) -> Outline:
    """An outline turned left to right about ``axis`` (twice the x of the mirror line)."""
    return tuple((cmd[0], *((axis - x, y) for x, y in cmd[1:])) for cmd in outline)


def _parse_svg(raw: bytes, file: str) -> tuple:
    """The SVG as plain tuples (cacheable): view box, silhouette, structures, decor, labels."""
    root, numbers = svg_root(raw, file)
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
                    problems.append(Problem(file, _element("g", gid), "a structure without an id"))
                    continue
                if sid in structures:
                    problems.append(Problem(file, _element("g", sid), "id drawn twice"))
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
                    x, y, size = (float(t.get(a, d)) for a, d in (("x", 0), ("y", 0), ("font-size", 7)))
                except ValueError:
                    x = y = size = math.nan
                if not (abs(x) <= MAX_COORDINATE and abs(y) <= MAX_COORDINATE and 0 < size <= 1000):
                    problems.append(Problem(file, "<text>", "label position or size is not a usable number"))
                    continue
                labels.append(("".join(t.itertext()).strip()[:200], x, y, size, t.get("text-anchor", "start")))
    if problems:
        raise AtlasError(problems)
    return (
        tuple(numbers), silhouette,
        [(s.id, s.layer, tuple((p.tissue, p.outline) for p in s.parts), s.fibres, s.details, s.covered)
         for s in structures.values()],
        decor, labels,
    )


# -- the shape of a cached parse: anything else read back from the cache is a miss ------------------
_ARITY = {"M": 2, "L": 2, "C": 4, "Z": 1}


def _is_point(p: Any) -> bool:
    return type(p) is tuple and len(p) == 2 and type(p[0]) is float and type(p[1]) is float


def _is_outline(outline: Any) -> bool:
    """Inlined (no call per point): this runs over every point of a view on each cached start."""
    if type(outline) is not tuple:
        return False
    arity = _ARITY
    for cmd in outline:
        if type(cmd) is not tuple or not cmd or type(cmd[0]) is not str or arity.get(cmd[0]) != len(cmd):
            return False
        for p in cmd[1:]:
            if type(p) is not tuple or len(p) != 2 or type(p[0]) is not float or type(p[1]) is not float:
                return False
    return True


def _is_plain_view(plain: Any) -> bool:
    """Whether a value read back from the cache has exactly the shape :func:`_parse_svg` returns."""
    if type(plain) is not tuple or len(plain) != 5:
        return False
    box, silhouette, structures, decor, labels = plain
    if not (type(box) is tuple and len(box) == 4 and all(type(n) is float for n in box) and box[2] > 0 < box[3]):
        return False
    if not _is_outline(silhouette) or type(structures) is not list or type(decor) is not list:
        return False
    for s in structures:
        if not (type(s) is tuple and len(s) == 6 and type(s[0]) is str and type(s[1]) is str
                and type(s[2]) is tuple and s[2] and _is_outline(s[3]) and type(s[4]) is tuple
                and type(s[5]) is int and 0 <= s[5] < 100):
            return False
        for part in s[2]:
            if not (type(part) is tuple and len(part) == 2 and part[0] in TISSUES and part[1] and _is_outline(part[1])):
                return False
        if not all(detail and _is_outline(detail) for detail in s[4]):
            return False
    for d in decor:
        if not (type(d) is tuple and len(d) == 2 and type(d[0]) is str and _is_outline(d[1])):
            return False
    return type(labels) is list and all(
        type(lb) is tuple and len(lb) == 5 and type(lb[0]) is str and type(lb[4]) is str
        and all(type(v) is float for v in lb[1:4]) for lb in labels
    )
