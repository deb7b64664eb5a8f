"""The one piece of selection state: which structure is selected, which line or path is traced over
the body, and the weakest evidence shown. Views ask it to change and listen; none calls another."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ..atlas.model import EVIDENCE_LEVELS

# What the evidence filter offers: each choice shows its level and everything stronger.
FILTER_CHOICES: tuple[tuple[str, str], ...] = (
    ("none", "all links"),
    ("anatomical", "anatomical facts and stronger (hides teaching models)"),
    ("limited", "limited evidence and stronger"),
    ("moderate", "moderate evidence and stronger"),
    ("strong", "strong evidence only"),
)


def filter_label(level: str) -> str:
    return dict(FILTER_CHOICES).get(level, level)


@dataclass(frozen=True)
class Trace:
    """What is drawn along the body: a myofascial line on one side (or both), or a path between two
    structures (its nodes in order), optionally kept to one line."""

    line: str | None = None
    side: str = "right"  # "left", "right" or "both" (for a line)
    path: tuple[str, ...] = ()
    title: str = ""


class SelectionModel(QObject):
    """Holds the selected node id (or None), the trace, and the evidence filter; announces every
    change once."""

    changed = Signal(object)  # str | None
    traced = Signal(object)  # Trace | None
    evidence_changed = Signal(str)  # the weakest level shown

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._selected: str | None = None
        self._trace: Trace | None = None
        self._minimum = EVIDENCE_LEVELS[-1]  # everything shown

    @property
    def selected(self) -> str | None:
        return self._selected

    def select(self, node: str | None) -> None:
        if node != self._selected:
            self._selected = node
            self.changed.emit(node)

    def clear(self) -> None:
        self.select(None)

    @property
    def trace(self) -> Trace | None:
        return self._trace

    def set_trace(self, trace: Trace | None) -> None:
        if trace != self._trace:
            self._trace = trace
            self.traced.emit(trace)

    @property
    def minimum_evidence(self) -> str:
        return self._minimum

    def set_minimum_evidence(self, level: str) -> None:
        if level in EVIDENCE_LEVELS and level != self._minimum:
            self._minimum = level
            self.evidence_changed.emit(level)

    def shows(self, evidence: str) -> bool:
        """Whether a link of this level passes the evidence filter."""
        return EVIDENCE_LEVELS.index(evidence) <= EVIDENCE_LEVELS.index(self._minimum)
