"""The body as a QGraphicsScene: one item per drawn structure, restyled (never rebuilt) on selection."""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from ..atlas import Atlas, FasciaGraph
from ..atlas.model import EVIDENCE_LEVELS
from . import theme
from .scene_geometry import DrawnStructure, SceneGeometry

SEE_THROUGH = "all"  # the layer mode that shows every depth at once, the shallower ones see-through
IDLE_SLICE = 0.002  # seconds of idle work at a time, so a click waits at most this long
OVERLAY_BUDGET = 48 * 1024 * 1024  # bytes of highlight pixmaps made ahead at one zoom
TRANSLUCENT = 0.4  # opacity of the surface when every layer is shown see-through
VEIL_Z = 22.0  # above resting tissue (11-19), below highlighted tissue (25 and up)


@dataclass(frozen=True)
class ItemState:
    """How one structure is drawn right now."""

    visible: bool = True
    ghost: bool = False  # outline only, for context (the layer just peeled away)
    dimmed: bool = False  # under the scene's veil (unrelated to the selection); derived, never stored
    highlight: theme.HighlightStyle | None = None
    deeper: bool = False  # revealed from a deeper layer than the selection
    shallower: bool = False  # connected, but lies over the selection: drawn as a see-through window
    opacity: float = 1.0  # below 1 for the shallower layers when every layer is shown see-through
    z: float = 0.0

    @property
    def translucent(self) -> bool:
        return self.opacity < 1.0


class RegionItem(QGraphicsItem):
    """One structure on one side: exact outline for hit testing, tissue parts, fibres and details.

    The resting look is painted into a device cache once per zoom level and is only ever hidden by
    opacity, so the cache survives; the highlight is an overlay child and hover the scene's one ring,
    so selecting or hovering never repaints the tissue itself.
    """

    def __init__(self, art: DrawnStructure, name: str, depth: int) -> None:
        super().__init__()
        self.node = art.id
        self.layer = art.layer
        self.depth = depth
        self.covered = art.covered  # wholly hidden by the layers above at a peel this shallow or more
        self.name = name
        self._parts: list[tuple[QPainterPath, QBrush, theme.TissueLook, bool]] = []
        shape = QPainterPath()
        shape.setFillRule(Qt.FillRule.WindingFill)
        for tissue, path in art.parts:
            look = theme.look_of(tissue, depth)
            rect = path.boundingRect()
            gradient = QLinearGradient(rect.topLeft(), rect.bottomRight())
            gradient.setColorAt(0.0, look.light)
            gradient.setColorAt(1.0, look.dark)
            self._parts.append((path, QBrush(gradient), look, tissue == "fascia"))
            shape.addPath(path)
        self._shape = shape  # exact for hit testing as it is (winding fill)
        self._outline: QPainterPath | None = None  # the merged outline, made on first highlight
        self._fibres = art.fibres
        self._details = list(art.details)
        self._fibre_pen = QPen(self._parts[0][2].fibre, 0.32)
        self._fibre_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._bounds = self._shape.boundingRect().adjusted(-2, -2, 2, 2)
        self._state = ItemState()
        self.hovered = False
        self.setToolTip(name)
        self.setAcceptHoverEvents(False)  # the view tracks hover itself
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemDoesntPropagateOpacityToChildren)  # crisp highlights in "both"
        self.overlay = _Overlay(self)

    # -- QGraphicsItem ----------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._state.ghost:
            pen = QPen(theme.GHOST_STROKE, 0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.outline())
            return
        for path, brush, look, is_fascia in self._parts:
            pen = QPen(look.stroke, 0.45)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawPath(path)
            if is_fascia:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(theme.FASCIA_WEAVE, Qt.BrushStyle.FDiagPattern))
                painter.drawPath(path)
        if not self._fibres.isEmpty():
            painter.save()
            painter.setClipPath(self._shape)
            painter.setPen(self._fibre_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._fibres)
            painter.restore()
        if self._details:
            pen = QPen(self._parts[0][2].stroke, 0.4)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for d in self._details:
                painter.drawPath(d)

    def outline(self) -> QPainterPath:
        """The structure's outer outline with the seams between its parts removed."""
        if self._outline is None:
            self._outline = self._shape.simplified()
        return self._outline

    # -- our API ----------------------------------------------------------------------------------
    @property
    def state(self) -> ItemState:
        """How the item is drawn now; ``dimmed`` is read off the scene's veil, so that a selection
        restyles only the items whose own look changes, not every item it dims."""
        scene = self.scene()
        under_veil = isinstance(scene, BodyScene) and scene.selected is not None and self.zValue() < VEIL_Z
        dimmed = under_veil and self._state.visible and self._state.highlight is None
        return replace(self._state, dimmed=True) if dimmed else self._state

    @property
    def interactive(self) -> bool:
        return self._state.visible and not (self._state.ghost and self._state.highlight is None)

    def apply(self, state: ItemState) -> None:
        if state == self._state:
            return
        old = self._state
        self._state = state
        self.setZValue(state.z)  # dimming is the scene's veil: a z change, no repaint of the tissue
        # Connected tissue lying over the selection turns to see-through glass: its tissue is hidden
        # by opacity (the overlay, which does not inherit it, draws the tint), so its cache survives.
        # Tissue of a depth the layer mode hides is hidden the same way, never with setVisible(), which
        # throws the cache away: a deep muscle revealed through the surface would be drawn anew each time.
        glass = state.shallower and state.highlight is not None
        hidden = glass or not state.visible
        self.setOpacity(0.0 if hidden else state.opacity)
        if state.ghost != old.ghost:
            self.update()
        if (state.highlight, state.deeper, state.shallower) != (old.highlight, old.deeper, old.shallower):
            self.overlay.refresh()

    def set_hovered(self, hovered: bool) -> None:
        if hovered != self.hovered:
            self.hovered = hovered
            scene = self.scene()
            if isinstance(scene, BodyScene):
                scene.hover_ring.follow(self if hovered else None)


Look = tuple[theme.HighlightStyle, bool, bool]  # highlight style, deeper, shallower


def device_phase(origin: QPointF, dpr: float) -> tuple[int, int, tuple[float, float]]:
    """The whole device pixel at or before ``origin`` and how far past it (in 1/16 px) it lies."""
    ox, oy = origin.x() * dpr, origin.y() * dpr
    x, y = math.floor(ox), math.floor(oy)
    return x, y, (round((ox - x) * 16) / 16, round((oy - y) * 16) / 16)


class _Overlay(QGraphicsItem):
    """The highlight of an item: tint, hatch for deeper tissue, outline in the connection's line style.

    Rasterising an antialiased outline costs about half a millisecond, several per selection, so the
    overlay keeps one device-resolution pixmap per look it has shown at the current zoom (a structure
    has a few: selected, or lit by each kind of connection), made ahead in idle time by the scene.
    Shown and hidden by opacity, so nothing is thrown away between selections.
    """

    def __init__(self, owner: RegionItem) -> None:
        super().__init__(owner)
        self.owner = owner
        self.look: Look | None = None
        self._pixmaps: dict[tuple[str, bool, bool], QPixmap] = {}  # by style key (QColor is unhashable)
        self._scale: tuple[float, float] = (0.0, 0.0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setOpacity(0.0)

    def refresh(self) -> None:
        state = self.owner._state
        look = None if state.highlight is None else (state.highlight, state.deeper, state.shallower)
        if look != self.look:
            self.look = look
            if look is not None:
                self.update()
        self.setOpacity(0.0 if look is None else 1.0)

    def boundingRect(self) -> QRectF:
        return self.owner.boundingRect()

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never hit: clicks belong to the structure itself

    def pixmap(self, look: Look, scale: float, dpr: float = 1.0, phase: tuple[float, float] = (0.0, 0.0)) -> QPixmap:
        """The look rendered at ``scale`` logical pixels per scene unit, with the item's top left
        corner ``phase`` device pixels past a whole pixel (as the tissue below it was cached, so the
        outline sits exactly on it). Made once, then kept; only the current zoom's are kept."""
        if (scale, dpr) != self._scale or len(self._pixmaps) > 32:
            self._pixmaps.clear()
            self._scale = (scale, dpr)
        key = (look[0].key, look[1], look[2], phase)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            rect, device = self.boundingRect(), scale * dpr
            pixmap = QPixmap(max(1, math.ceil(rect.width() * device) + 3), max(1, math.ceil(rect.height() * device) + 3))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.translate(1 + phase[0], 1 + phase[1])
            painter.scale(device, device)
            painter.translate(-rect.topLeft())
            self._draw(painter, look, dpr)
            painter.end()
            pixmap.setDevicePixelRatio(dpr)
            self._pixmaps[key] = pixmap
        return pixmap

    @property
    def pixmap_count(self) -> int:
        return len(self._pixmaps)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self.look is None:
            return
        transform = painter.worldTransform()
        scale = round(transform.m11(), 6)
        if transform.type().value > QTransform.TransformationType.TxScale.value or scale != round(transform.m22(), 6):
            self._draw(painter, self.look)  # rotated or sheared: no cache (the app never does this)
            return
        dpr = painter.device().devicePixelRatioF()
        x, y, phase = device_phase(transform.map(self.boundingRect().topLeft()), dpr)
        pixmap = self.pixmap(self.look, scale, dpr, phase)
        painter.save()
        painter.setWorldTransform(QTransform())
        painter.drawPixmap(QPointF((x - 1) / dpr, (y - 1) / dpr), pixmap)
        painter.restore()

    def _draw(self, painter: QPainter, look: Look, dpr: float = 1.0) -> None:
        style, deeper, shallower = look
        shape = self.owner.outline()
        painter.setPen(Qt.PenStyle.NoPen)
        if shallower:
            tint = QColor(style.colour)
            tint.setAlpha(40)
            painter.setBrush(tint)
        else:
            painter.setBrush(style.fill)
        painter.drawPath(shape)
        if deeper:
            hatch = QColor(style.colour).darker(150)
            hatch.setAlpha(150)
            painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            painter.drawPath(shape)
        pen = QPen(style.colour.darker(115), (2.6 if style is theme.SELECTED else 2.2) * dpr, style.pen_style)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(shape)


class HoverRing(QGraphicsPathItem):
    """The thin ring round the structure under the pointer: one item for the scene, so hovering
    never touches a structure's own caches."""

    def __init__(self) -> None:
        super().__init__()
        pen = QPen(theme.HOVER, 1.4)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(60)
        self.setOpacity(0.0)

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never hit, and never stroked for a hit test

    def follow(self, item: "RegionItem | None") -> None:
        if item is None:
            self.setOpacity(0.0)
            return
        self.setPath(item.outline())
        self.setOpacity(1.0)


def layer_modes(atlas: Atlas) -> tuple[str, ...]:
    """Each layer id, surface first, then :data:`SEE_THROUGH`."""
    return (*(layer.id for layer in atlas.layers_by_depth()), SEE_THROUGH)


class BodyScene(QGraphicsScene):
    """One view of the body (front, back or a side). Mirrors the selection; never changes the atlas."""

    def __init__(self, art: SceneGeometry, graph: FasciaGraph, layer_mode: str | None = None,
                 selected: str | None = None) -> None:
        super().__init__()
        self.view_id = art.view
        self.graph = graph
        self.items_by_node: dict[str, RegionItem] = {}
        atlas = graph.atlas
        x, y, w, h = art.view_box
        self.setSceneRect(QRectF(x, y, w, h))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        silhouette = art.silhouette
        if not silhouette.isEmpty():
            body = self.addPath(silhouette, QPen(theme.SKIN_STROKE, 0.5), QBrush(theme.SKIN))
            body.setZValue(-10)
        for css_class, path in art.decor:
            if "skin" in css_class:
                item = self.addPath(path, QPen(theme.SKIN_STROKE, 0.45), QBrush(theme.SKIN))
                item.setZValue(-9)
            else:
                pen = QPen(theme.LABEL, 0.5, Qt.PenStyle.DashLine)
                item = self.addPath(path, pen, QBrush(Qt.BrushStyle.NoBrush))
                item.setZValue(-8)
        for label in art.labels:
            text = self.addSimpleText(label.text, QFont("Sans Serif", 1))
            font = text.font()
            font.setPointSizeF(max(label.size * 0.75, 1.0))
            text.setFont(font)
            text.setBrush(theme.LABEL)
            bounds = text.boundingRect()
            dx = {"middle": bounds.width() / 2, "end": bounds.width()}.get(label.anchor, 0.0)
            text.setPos(QPointF(label.x - dx, label.y - bounds.height() * 0.8))
            text.setZValue(-8)
        for node, drawn in art.structures.items():
            structure = atlas.structures[node]
            item = RegionItem(drawn, structure.display_name, atlas.layers[drawn.layer].depth)
            self.items_by_node[node] = item
            self.addItem(item)
        # What Fit frames: the figure and anything drawn beside it (the inset of the soles, its label).
        self.body_rect = self.itemsBoundingRect() if self.items() else QRectF(x, y, w, h)
        # One veil between resting tissue and highlighted tissue dims everything unrelated at once;
        # it covers the body (and any inset beside it), not the page. Shown by opacity, so its cache
        # survives; its outline is built in idle time after the first paint (or on first need).
        self._silhouette = silhouette
        self._veil = self.addPath(QPainterPath(), QPen(Qt.PenStyle.NoPen), QBrush(theme.DIM_VEIL))
        self._veil.setZValue(VEIL_Z)
        self._veil.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # one blit per repaint
        self._veil.setOpacity(0.0)
        self._veil_built = False
        self._lit: set[str] = set()  # nodes whose state differs from their resting state
        self.hover_ring = HoverRing()
        self.addItem(self.hover_ring)
        self._idle: Iterator[None] | None = None
        self.prepared = False
        self._prepared_for: tuple[float, ...] = ()
        self.modes = layer_modes(atlas)
        self.deepest = max(layer.depth for layer in atlas.layers.values())
        layer_mode = layer_mode or self.modes[0]
        if layer_mode not in self.modes:
            raise ValueError(f"unknown layer mode {layer_mode!r}")
        self.layer_mode = layer_mode
        self.selected = selected
        self.minimum_evidence = EVIDENCE_LEVELS[-1]  # the weakest evidence lit: everything
        self.restyle(everything=True)

    def build_veil(self) -> None:
        """The body's outline united with every structure drawn outside it (an inset such as the
        soles), merged pairwise so the cost grows as n log n with the number of such structures."""
        if self._veil_built:
            return
        self._veil_built = True
        veil = QPainterPath(self._silhouette)
        if self._silhouette.isEmpty():
            veil.addRect(self.sceneRect())
            self._veil.setPath(veil)
            return
        outside = [item.shape() for item in self.items_by_node.values() if not self.in_figure(item)]
        while len(outside) > 1:
            merged = [a.united(b) for a, b in zip(outside[::2], outside[1::2])]
            outside = merged + outside[len(merged) * 2:]
        self._veil.setPath(veil.united(outside[0]) if outside else veil)

    def in_figure(self, item: RegionItem) -> bool:
        """Whether an item is part of the figure (not of an inset drawn beside it, such as the soles)."""
        return self._silhouette.isEmpty() or self._silhouette.contains(item.boundingRect().center())

    def set_layer_mode(self, mode: str) -> None:
        if mode not in self.modes:
            raise ValueError(f"unknown layer mode {mode!r}")
        self.layer_mode = mode
        self.restyle(everything=True)

    def set_selected(self, node: str | None) -> None:
        self.selected = node
        self.restyle()

    def set_minimum_evidence(self, level: str) -> None:
        """Light only connections at or above this level (the rest are listed as hidden by the panel)."""
        if level in EVIDENCE_LEVELS and level != self.minimum_evidence:
            self.minimum_evidence = level
            self.restyle()

    def peel_depth(self) -> int:
        """The shallowest depth drawn: every layer from it down is shown, the shallower ones peeled."""
        if self.layer_mode == SEE_THROUGH:
            return 1
        return self.graph.atlas.layers[self.layer_mode].depth

    def state_for(self, item: RegionItem, related: dict[str, tuple[theme.HighlightStyle, bool]]) -> ItemState:
        """The drawing state of one item under the current layer mode and selection.

        Peeled to a depth, that layer and everything beneath it are drawn, shallowest on top, so a
        deeper structure shows wherever nothing above it is drawn; the layer just peeled away stays
        as a faint outline for orientation. "All" shows every layer, the shallower ones see-through.
        """
        peel, depth = self.peel_depth(), item.depth
        base_z = 20.0 - depth  # the shallower on top
        if item.node == self.selected:
            return ItemState(highlight=theme.SELECTED, z=40)
        if item.node in related:
            style, deeper, shallower = self._look(item, self.selected, related)
            z = 45 if deeper else 25 if shallower else 30  # deeper tissue shows through the selection
            return ItemState(highlight=style, deeper=deeper, shallower=shallower, z=z)
        if depth < peel:
            if depth == peel - 1:
                return ItemState(ghost=True, z=20.5)  # over the layer beneath, as an outline only
            return ItemState(visible=False, z=base_z)
        if self.layer_mode != SEE_THROUGH and peel <= item.covered:
            return ItemState(visible=False, z=base_z)  # under opaque tissue: never painted nor cached
        if self.layer_mode == SEE_THROUGH and depth < self.deepest - 1:
            share = (depth - 1) / max(1, self.deepest - 2)
            return ItemState(opacity=TRANSLUCENT + (1.0 - TRANSLUCENT) * share * 0.6, z=base_z)
        return ItemState(z=base_z)

    def restyle(self, everything: bool = False) -> None:
        """Restyle the items whose look the selection changes: what was lit and what is lit now
        (every item only when the layer mode changes). Dimming is the veil's, not the items'."""
        related = self.related_to(self.selected)
        lit = set(related)
        if self.selected is not None:
            lit.add(self.selected)
            self.build_veil()
        nodes = self.items_by_node.keys() if everything else self._lit | lit
        for node in nodes:
            item = self.items_by_node.get(node)
            if item is not None:
                item.apply(self.state_for(item, related))
        self._lit = lit
        self._veil.setOpacity(1.0 if self.selected is not None else 0.0)

    def related_to(self, selected: str | None) -> dict[str, tuple[theme.HighlightStyle, bool]]:
        """What a selection lights, with the style and depth flag of the strongest link to each."""
        related: dict[str, tuple[theme.HighlightStyle, bool]] = {}
        if selected is not None:
            weakest = EVIDENCE_LEVELS.index(self.minimum_evidence)
            for link in self.graph.connected(selected):
                if EVIDENCE_LEVELS.index(link.connection.evidence) > weakest:
                    continue
                other = link.structure.id
                if other not in related:  # links come strongest first; the first one styles the item
                    related[other] = (theme.CONNECTION_STYLES[link.connection.kind], link.deeper)
        return related

    def _look(self, item: RegionItem, selected: str | None,
              related: dict[str, tuple[theme.HighlightStyle, bool]]) -> Look:
        if item.node == selected or selected is None:
            return (theme.SELECTED, False, False)
        style, deeper = related[item.node]
        return (style, deeper, item.depth < self.graph.atlas.layer_depth(selected))

    def prepare(self) -> None:
        """Do in idle moments, a few milliseconds at a time, what a first selection would otherwise
        pay for: the veil, each structure's merged outline, and every highlight each structure can
        show at the current zoom. Called after the first paint and again when the zoom settles;
        nothing to do when the view's scale and pixel phase are those it was last prepared for."""
        views = self.views()
        if views:
            t, dpr = views[0].viewportTransform(), views[0].devicePixelRatioF()
            done_for = (round(t.m11(), 6), round(t.m22(), 6), round(t.dx() * dpr % 1, 3), round(t.dy() * dpr % 1, 3), dpr)
            if self.prepared and done_for == self._prepared_for:
                return
            self._prepared_for = done_for
        self._idle = self._idle_work()
        self.prepared = False
        QTimer.singleShot(0, self._idle_step)

    def _idle_step(self) -> None:
        work = self._idle
        if work is None:
            return
        deadline = time.perf_counter() + IDLE_SLICE
        try:
            while time.perf_counter() < deadline:
                next(work)
        except StopIteration:
            if self._idle is work:
                self._idle, self.prepared = None, True
            return
        QTimer.singleShot(0, self._idle_step)

    def _idle_work(self) -> Iterator[None]:
        self.build_veil()
        yield
        for item in self.items_by_node.values():
            item.outline()
            yield
        views = self.views()
        if not views:
            return
        view = views[0]
        scale, dpr = round(view.transform().m11(), 6), view.devicePixelRatioF()
        to_viewport = view.viewportTransform()
        area = sum(i.boundingRect().width() * i.boundingRect().height() for i in self.items_by_node.values())
        if area * 4 * (scale * dpr) ** 2 * 4 > OVERLAY_BUDGET:  # about four looks a structure
            return  # zoomed in far: overlays are drawn as they are needed instead
        for node, selected in self.items_by_node.items():
            related = self.related_to(node)
            for item in [selected, *(self.items_by_node[n] for n in related if n in self.items_by_node)]:
                phase = device_phase(to_viewport.map(item.boundingRect().topLeft()), dpr)[2]
                item.overlay.pixmap(self._look(item, node, related), scale, dpr, phase)
                yield

    def selection_rect(self) -> QRectF | None:
        """The area the selection and everything drawn that it connects to occupy."""
        if self.selected is None or self.selected not in self.items_by_node:
            return None
        rect = self.items_by_node[self.selected].boundingRect()
        for link in self.graph.connected(self.selected):
            item = self.items_by_node.get(link.structure.id)
            if item is not None:
                rect = rect.united(item.boundingRect())
        return rect

    @property
    def silhouette(self) -> QPainterPath:
        """The body's outline in this view (empty when the artwork has none)."""
        return self._silhouette

    def interactive_item_at(self, pos: QPointF) -> RegionItem | None:
        """The topmost selectable structure whose real outline contains ``pos``: the scene's index
        finds the few items whose bounding box holds the point, then only structures are shape-tested
        (never the stroked outline of the body or the veil)."""
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemBoundingRect, Qt.SortOrder.DescendingOrder):
            if isinstance(item, RegionItem) and item.interactive and item.shape().contains(pos):
                return item
        return None
