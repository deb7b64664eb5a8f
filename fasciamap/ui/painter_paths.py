"""Turn the domain's outline commands into QPainterPaths (parsed once at start-up, never per paint)."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

from ..atlas.art import Outline


def to_painter_path(outline: Outline) -> QPainterPath:
    path = QPainterPath()
    for cmd in outline:
        op = cmd[0]
        if op == "M":
            path.moveTo(QPointF(*cmd[1]))
        elif op == "L":
            path.lineTo(QPointF(*cmd[1]))
        elif op == "C":
            path.cubicTo(QPointF(*cmd[1]), QPointF(*cmd[2]), QPointF(*cmd[3]))
        elif op == "Z":
            path.closeSubpath()
    return path
