"""The atlas as plain, immutable data: structures, connections, sources, lines, layers and views."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from collections.abc import Mapping

# Strongest first; the order is used to rank connections and to prefer strong links in paths.
EVIDENCE_LEVELS: tuple[str, ...] = ("strong", "moderate", "limited", "anatomical", "model", "none")
EVIDENCE_LABELS: Mapping[str, str] = MappingProxyType({
    "strong": "Strong — shown in several dissection or force-transmission studies",
    "moderate": "Moderate — some studies support it",
    "limited": "Limited — few studies, or only part of the link verified",
    "anatomical": "Anatomical — a textbook fact (shared attachment, sheet or contact)",
    "model": "Teaching model — no direct study of this link",
    "none": "Not found — studies looked and did not find it",
})
CONNECTION_KINDS: tuple[str, ...] = (
    "myofascial_continuity", "shared_sheet", "shared_attachment", "overlies",
)
CONNECTION_LABELS: Mapping[str, str] = MappingProxyType({
    "myofascial_continuity": "Myofascial continuity",
    "shared_sheet": "Shared fascial sheet",
    "shared_attachment": "Shared attachment",
    "overlies": "Lies over / under",
})
SIDES: tuple[str, ...] = ("left", "right")


@dataclass(frozen=True)
class Source:
    id: str
    authors: str
    title: str
    year: int
    container: str = ""
    doi: str = ""
    pmid: str = ""
    isbn: str = ""
    review: str = ""

    def citation(self) -> str:
        """A one-line reference in a conventional style."""
        parts = [f"{self.authors} ({self.year}). {self.title}."]
        if self.container:
            parts.append(f"{self.container}.")
        if self.doi:
            parts.append(f"doi:{self.doi}")
        if self.pmid:
            parts.append(f"PMID {self.pmid}")
        if self.isbn:
            parts.append(f"ISBN {self.isbn}")
        return " ".join(parts)


@dataclass(frozen=True)
class Citation:
    """One source a claim rests on, with where in it (a book's chapter or page)."""

    source: str
    locator: str = ""


def locators_of(citations: tuple[Citation, ...]) -> Mapping[str, str]:
    return MappingProxyType({c.source: c.locator for c in citations if c.locator})


@dataclass(frozen=True)
class Layer:
    id: str
    name: str
    depth: int  # 1 is the surface; larger is deeper


@dataclass(frozen=True)
class View:
    id: str
    name: str
    svg: str  # file name under the art folder
    side: str | None = None  # a side view shows only this side's paired structures
    mirror: bool = False  # the SVG drawn mirrored, .left and .right swapped (one drawing, both sides)


@dataclass(frozen=True)
class Line:
    """A named myofascial chain (e.g. Myers' Superficial Back Line)."""

    id: str
    name: str
    summary: str
    evidence: str
    sources: tuple[str, ...]
    locators: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Group:
    """An everyday name for several structures at once ("hamstrings", "rotator cuff")."""

    id: str
    name: str
    members: tuple[str, ...]  # base ids
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Structure:
    """One drawn node: a structure on one side (``erector_spinae.left``) or a midline one."""

    id: str
    base_id: str
    side: str | None
    name: str
    latin: str
    kind: str
    layer: str
    views: tuple[str, ...]
    region: str
    summary: str
    description: str
    sources: tuple[str, ...]
    review: str = ""
    aliases: tuple[str, ...] = ()
    locators: Mapping[str, str] = field(default_factory=dict)  # source id -> chapter or page

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.side})" if self.side else self.name


@dataclass(frozen=True)
class SheetRef:
    """The fascial sheet a ``shared_sheet`` connection runs through."""

    structure: str | None  # base id of the sheet when it is itself a structure
    name: str
    part: str = ""

    def describe(self) -> str:
        return f"{self.part} of the {self.name}" if self.part else self.name


@dataclass(frozen=True)
class Connection:
    """One fascial connection between two nodes, as stated by one entry of the data file."""

    a: str
    b: str
    kind: str
    laterality: str
    evidence: str
    explanation: str
    plain: str
    sources: tuple[str, ...]
    entry: int  # index of the entry in the data file's ``connections``
    sheet: SheetRef | None = None
    line: str | None = None
    review: str = ""
    locators: Mapping[str, str] = field(default_factory=dict)  # source id -> chapter or page

    def other(self, node: str) -> str:
        return self.b if node == self.a else self.a


@dataclass(frozen=True)
class Atlas:
    """Everything the app knows, loaded and validated; nodes are keyed by their drawn id."""

    schema_version: int
    layers: Mapping[str, Layer]
    views: Mapping[str, View]
    sources: Mapping[str, Source]
    lines: Mapping[str, Line]
    structures: Mapping[str, Structure]
    connections: tuple[Connection, ...]
    origin: str = field(default="", compare=False)
    groups: Mapping[str, Group] = field(default_factory=dict)

    def layer_depth(self, node: str) -> int:
        return self.layers[self.structures[node].layer].depth

    def layers_by_depth(self) -> tuple[Layer, ...]:
        """Surface first."""
        return tuple(sorted(self.layers.values(), key=lambda layer: layer.depth))
