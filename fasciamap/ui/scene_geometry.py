"""What a body scene is drawn from, as QPainterPaths, kept in the start-up cache in Qt's binary form.

Turning a view's parsed outlines into QPainterPaths runs over every point in Python; so does reading
the parsed outlines back from the cache and checking their shape. A warm start does neither: the paths
are stored as Qt serialises them (``QDataStream``) under a key made of the view's artwork bytes, and
read back in one C++ call each. The atlas still parses and cross-checks the artwork whenever it
changes (the cache key changes with it), and still parses a view on demand for anything else.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, qVersion
from PySide6.QtGui import QPainterPath

from ..atlas import ArtView, cache
from ..atlas.art import TISSUES, ArtLabel, Outline
from .painter_paths import to_painter_path

log = logging.getLogger(__name__)
FORMAT = 1  # of the stored value below; bump when it changes
_PATH_HEADER, _ELEMENT, _PATH_TRAILER = 4, 20, 8  # bytes: count; type, x, y; cStart, fill rule


@dataclass(frozen=True)
class DrawnStructure:
    """One node as drawn in one view: its tissue parts, fibre lines and detail lines."""

    id: str
    layer: str
    covered: int
    parts: tuple[tuple[str, QPainterPath], ...]
    fibres: QPainterPath
    details: tuple[QPainterPath, ...]


@dataclass(frozen=True)
class SceneGeometry:
    view: str
    view_box: tuple[float, float, float, float]
    silhouette: QPainterPath
    structures: dict[str, DrawnStructure]
    decor: tuple[tuple[str, QPainterPath], ...]
    labels: tuple[ArtLabel, ...]


def from_art(art: ArtView) -> SceneGeometry:
    def path(outline: Outline) -> QPainterPath:
        return to_painter_path(outline) if outline else QPainterPath()

    structures = {
        node: DrawnStructure(node, s.layer, s.covered, tuple((p.tissue, path(p.outline)) for p in s.parts),
                             path(s.fibres), tuple(path(d) for d in s.details))
        for node, s in art.structures.items()
    }
    return SceneGeometry(art.view, art.view_box, path(art.silhouette), structures,
                         tuple((d.css_class, path(d.outline)) for d in art.decor), art.labels)


def geometry_for(views: Mapping[str, ArtView], view_id: str) -> SceneGeometry:
    """The geometry of one view: from the cache when its artwork is unchanged, else from the parse."""
    key_of = getattr(views, "key_of", None)
    parts = None if key_of is None else (*key_of(view_id), f"qt:{qVersion()}".encode(), str(FORMAT).encode())
    if parts is not None:
        hit, stored = cache.lookup("scene", parts, _is_stored)
        if hit:
            try:
                return _decode(view_id, stored)
            except ValueError as exc:  # a digest-checked entry that Qt still will not read: a miss
                log.warning("ignoring cached scene of the %s view (%s)", view_id, exc)
    geometry = from_art(views[view_id])
    if parts is not None:
        cache.store("scene", parts, _encode(geometry))
    return geometry


# -- the stored form: plain tuples, bytes and floats (marshal-able), checked before use ---------------
def _to_bytes(path: QPainterPath) -> bytes:
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream << path
    return data.data()


def _from_bytes(raw: bytes) -> QPainterPath:
    """Refuses a blob whose element count does not match its length before Qt reads it (Qt believes
    the count it reads), and one that Qt reports as corrupt or does not read to the end."""
    count = int.from_bytes(raw[:_PATH_HEADER], "big", signed=True) if len(raw) >= _PATH_HEADER else -1
    expected = _PATH_HEADER if count == 0 else _PATH_HEADER + count * _ELEMENT + _PATH_TRAILER
    if count < 0 or len(raw) != expected:
        raise ValueError("a stored path's length does not match its element count")
    path = QPainterPath()
    stream = QDataStream(QByteArray(raw))
    stream >> path
    if stream.status() != QDataStream.Status.Ok or not stream.atEnd() or path.elementCount() != count:
        raise ValueError("a stored path could not be read back")
    return path


def _encode(g: SceneGeometry) -> tuple:
    return (
        tuple(float(v) for v in g.view_box), _to_bytes(g.silhouette),
        [(s.id, s.layer, s.covered, tuple((t, _to_bytes(p)) for t, p in s.parts), _to_bytes(s.fibres),
          tuple(_to_bytes(d) for d in s.details)) for s in g.structures.values()],
        [(css, _to_bytes(p)) for css, p in g.decor],
        [(lb.text, float(lb.x), float(lb.y), float(lb.size), lb.anchor) for lb in g.labels],
    )


def _decode(view_id: str, stored: tuple) -> SceneGeometry:
    box, silhouette, structures, decor, labels = stored
    drawn = {
        node: DrawnStructure(node, layer, covered, tuple((t, _from_bytes(p)) for t, p in parts),
                             _from_bytes(fibres), tuple(_from_bytes(d) for d in details))
        for node, layer, covered, parts, fibres, details in structures
    }
    return SceneGeometry(view_id, box, _from_bytes(silhouette), drawn,
                         tuple((css, _from_bytes(p)) for css, p in decor), tuple(ArtLabel(*lb) for lb in labels))


def _is_stored(value: Any) -> bool:
    """The shape :func:`_encode` writes (types only: each path's bytes are checked as it is read)."""
    if not (type(value) is tuple and len(value) == 5):
        return False
    box, silhouette, structures, decor, labels = value
    if not (type(box) is tuple and len(box) == 4 and all(type(v) is float for v in box) and box[2] > 0 < box[3]):
        return False
    if type(silhouette) is not bytes or type(structures) is not list or type(decor) is not list:
        return False
    for s in structures:
        if not (type(s) is tuple and len(s) == 6 and type(s[0]) is str and type(s[1]) is str
                and type(s[2]) is int and 0 <= s[2] < 100 and type(s[3]) is tuple and s[3]
                and type(s[4]) is bytes and type(s[5]) is tuple and all(type(d) is bytes for d in s[5])):
            return False
        if not all(type(p) is tuple and len(p) == 2 and p[0] in TISSUES and type(p[1]) is bytes for p in s[3]):
            return False
    if not all(type(d) is tuple and len(d) == 2 and type(d[0]) is str and type(d[1]) is bytes for d in decor):
        return False
    return type(labels) is list and all(
        type(lb) is tuple and len(lb) == 5 and type(lb[0]) is str and type(lb[4]) is str
        and all(type(v) is float for v in lb[1:4]) for lb in labels
    )
