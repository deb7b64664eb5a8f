"""Turn the domain's outline commands into QPainterPaths (parsed once at start-up, never per paint)."""

from __future__ import annotations

from PySide6.QtGui import QPainterPath

from ..atlas.art import Outline


def to_painter_path(outline: Outline) -> QPainterPath:
    path = QPainterPath()
    move, line, cubic, close = path.moveTo, path.lineTo, path.cubicTo, path.closeSubpath
    for cmd in outline:  # plain floats, no QPointF per point: this runs for every path at start-up
        op = cmd[0]
        if op == "C":
            (x1, y1), (x2, y2), (x, y) = cmd[1], cmd[2], cmd[3]
            cubic(x1, y1, x2, y2, x, y)
        elif op == "M":
            move(*cmd[1])
        elif op == "L":
            line(*cmd[1])
        elif op == "Z":
            close()
    return path
