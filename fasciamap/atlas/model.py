"""The atlas as plain, immutable data: structures, connections, sources, lines, layers, views, pain
zones and referral patterns."""

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
    url: str = ""
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
        if self.url and not (self.doi or self.pmid or self.isbn):
            parts.append(self.url)
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
    zones: str = ""  # file name of the view's pain-zone artwork, if it has one


@dataclass(frozen=True)
class LineStep:
    """One place along a line: a track (a structure the line runs through) or a station (the bone
    two tracks attach to). ``side`` is relative to the side the line is traced on."""

    id: str  # base id of the structure
    station: bool
    side: str  # "same", "opposite" or "midline"
    crosses_midline: bool = False  # the line arrives here from the other side of the body
    with_: tuple[str, ...] = ()  # structures Myers counts in the same track, drawn beside it
    note: str = ""


@dataclass(frozen=True)
class LineBranch:
    """A track that leaves the main line after one of its tracks (or joins it, for a second root)."""

    id: str
    name: str
    leaves_after: str | None  # base id of a track of the main line
    joins_at: str | None  # base id of a track of the main line that a second root runs into
    steps: tuple[LineStep, ...]
    note: str = ""


@dataclass(frozen=True)
class Transition:
    """The step between two neighbouring tracks of a line, and how well it is evidenced."""

    source: str  # base id of the track it leaves
    target: str  # base id of the track it reaches
    evidence: str
    review_says: str  # what the systematic reviews say of it (one of TRANSITION_REVIEW)
    note: str
    sources: tuple[str, ...] = ()  # what its grade rests on; none where no study exists
    locators: Mapping[str, str] = field(default_factory=dict)
    branch: str | None = None
    via: tuple[str, ...] = ()  # tissue it passes through that is not drawn as a track
    review_step: int | None = None  # which of the review's transitions it is part of (1 = first)


@dataclass(frozen=True)
class LineReview:
    """What one systematic review found for a whole line (e.g. five of nine transitions verified)."""

    source: str
    verified: int | None
    of: int | None
    which_named: bool  # whether the paper says which transitions it verified
    note: str
    locator: str = ""


TRANSITION_REVIEW: tuple[str, ...] = (
    "confirmed by name", "partly confirmed by name", "counted in the share, not named",
    "not studied", "looked for, not found",
)
STEP_SIDES: tuple[str, ...] = ("same", "opposite", "midline")
STRONG_EVIDENCE: tuple[str, ...] = ("strong", "moderate")  # what counts as a verified transition


@dataclass(frozen=True)
class Line:
    """A named myofascial chain (e.g. Myers' Superficial Back Line), traced track by track."""

    id: str
    name: str
    summary: str
    evidence: str
    sources: tuple[str, ...]
    locators: Mapping[str, str] = field(default_factory=dict)
    plain: str = ""
    review: str = ""
    steps: tuple[LineStep, ...] = ()
    branches: tuple[LineBranch, ...] = ()
    transitions: tuple[Transition, ...] = ()
    reviews: tuple[LineReview, ...] = ()

    @property
    def tracks(self) -> tuple[str, ...]:
        """Base ids of the main line's tracks, in order."""
        return tuple(s.id for s in self.steps if not s.station)

    @property
    def crosses_midline(self) -> bool:
        return any(s.crosses_midline for s in self.steps) or any(
            s.crosses_midline for b in self.branches for s in b.steps)


@dataclass(frozen=True)
class ZoneEntry:
    """A named region of the body's surface in the pain map ("temple"), written once for both sides."""

    id: str
    name: str
    paired: bool
    region: str


@dataclass(frozen=True)
class TriggerPoint:
    """Where a trigger point usually lies: in words, and as a place on the drawn muscle."""

    id: str
    where: str
    along: float  # 0 the muscle's upper (proximal) end, 1 its lower (distal) end
    across: float  # 0 its medial edge, 1 its lateral edge


@dataclass(frozen=True)
class Referral:
    """A muscle's trigger-point referral pattern, in zones of the pain map (base ids)."""

    muscle: str  # base id
    trigger_points: tuple[TriggerPoint, ...]
    essential: tuple[str, ...]
    spillover: tuple[str, ...]
    both_sides: bool  # the zones lie on both sides, not only on the muscle's own
    summary: str
    plain: str
    evidence: str
    evidence_note: str
    sources: tuple[str, ...]
    locators: Mapping[str, str] = field(default_factory=dict)
    review: str = ""

    def zone_nodes(self, side: str | None, paired: Mapping[str, bool]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The essential and spillover zone nodes for the muscle on ``side`` (``temple.left``)."""
        def nodes(zones: tuple[str, ...]) -> tuple[str, ...]:
            out: list[str] = []
            for z in zones:
                if not paired.get(z, False):
                    out.append(z)
                elif self.both_sides or side is None:
                    out += [f"{z}.left", f"{z}.right"]
                else:
                    out.append(f"{z}.{side}")
            return tuple(out)
        return nodes(self.essential), nodes(self.spillover)


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
    zones: Mapping[str, ZoneEntry] = field(default_factory=dict)
    referrals: Mapping[str, Referral] = field(default_factory=dict)  # keyed by the muscle's base id

    def layer_depth(self, node: str) -> int:
        return self.layers[self.structures[node].layer].depth

    def layers_by_depth(self) -> tuple[Layer, ...]:
        """Surface first."""
        return tuple(sorted(self.layers.values(), key=lambda layer: layer.depth))
