"""The referral picture over the body: the selected muscle's trigger points and its essential and
spillover zones, and the areas a client marked as painful, kept on every view's overlay.

It listens to the one selection model; the pain map and the main window only tell it what is painted
and which scene is on screen. The zone artwork is read the first time it is needed, and a fault in it
is reported once (the rest of the app goes on without the zones).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QPointF, QTimer, Signal

from .. import resources
from ..atlas import AtlasError, LoadedAtlas
from ..atlas.referrals import pattern_zones, referral_of
from ..atlas.surface import SurfaceCover
from ..atlas.zones import ZoneMap, load_zone_map
from .body_scene import BodyScene
from .referral_overlay import ReferralOverlay, trigger_point_positions, zone_paths
from .selection import SelectionModel


IDLE_MS = 15  # between two muscles prepared ahead, so a click never waits behind more than one
START_DELAY_MS = 600  # after a view is shown, before preparing its muscles


class ReferralLayer(QObject):
    problem = Signal(str)  # the zone artwork could not be read: what and where

    def __init__(self, loaded: LoadedAtlas, selection: SelectionModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loaded = loaded
        self.selection = selection
        self.enabled = True  # show the selected muscle's pattern
        self.painted: tuple[str, ...] = ()
        self._zone_map: ZoneMap | None = None
        self._failed = False
        self._cover: SurfaceCover | None = None
        self._overlays: dict[int, ReferralOverlay] = {}
        self._markers: dict[tuple[int, str], list[QPointF]] = {}  # (scene, muscle) -> its trigger points
        self._queue: list[str] = []  # muscles of the scene on screen still to prepare
        self._idle = QTimer(self)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self._prepare_next)
        self._begin = QTimer(self)  # a view just shown paints first; the work ahead waits for quiet
        self._begin.setSingleShot(True)
        self._begin.setInterval(START_DELAY_MS)
        self._begin.timeout.connect(self._idle.start)
        self._scene: BodyScene | None = None
        selection.changed.connect(lambda _node: self.refresh())

    # -- the zone artwork ---------------------------------------------------------------------------
    def zone_map(self) -> ZoneMap | None:
        if self._zone_map is None and not self._failed:
            try:
                self._zone_map = load_zone_map(self.loaded.atlas, resources.art_dir())
            except AtlasError as exc:
                self._failed = True
                self.problem.emit(f"The pain zones cannot be shown:\n{exc.describe(5)}")
        return self._zone_map

    def cover(self) -> SurfaceCover | None:
        zones = self.zone_map()
        if zones is not None and self._cover is None:
            self._cover = SurfaceCover(zones.outlines, self.loaded.views)
        return self._cover

    def overlay(self, scene: BodyScene) -> ReferralOverlay | None:
        zones = self.zone_map()
        if zones is None:
            return None
        overlay = self._overlays.get(id(scene))
        if overlay is None:
            overlay = self._overlays[id(scene)] = ReferralOverlay(scene, zone_paths(zones, scene.view_id))
        return overlay

    # -- what is shown -------------------------------------------------------------------------------
    def show_scene(self, scene: BodyScene) -> None:
        self._scene = scene
        self.refresh()
        if self._zone_map is not None or self.enabled:
            self._queue = [n for n in scene.items_by_node if referral_of(self.loaded.atlas, n) is not None]
            self._begin.start()

    def _prepare_next(self) -> None:
        """In idle time, one muscle at a time: its markers and its pattern's areas in the scene on screen,
        so that selecting it later only shows what is made."""
        scene = self._scene
        if scene is None or not self._queue:
            self._idle.stop()
            return
        node = self._queue.pop()
        overlay = self.overlay(scene)
        referral = referral_of(self.loaded.atlas, node)
        if overlay is None or referral is None:
            self._idle.stop()
            return
        self._markers_of(scene, node, referral)
        item = scene.items_by_node.get(node)
        overlay.prepare_pattern(*pattern_zones(self.loaded.atlas, node), item.outline() if item is not None else None)

    def _markers_of(self, scene: BodyScene, node: str, referral) -> list[QPointF]:
        key = (id(scene), node)
        if key not in self._markers:  # where the markers go on a drawn muscle never changes
            self._markers[key] = trigger_point_positions(scene, node, referral)
        return self._markers[key]

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        self.refresh()

    def set_painted(self, zones: Iterable[str]) -> None:
        self.painted = tuple(dict.fromkeys(zones))
        self.refresh()

    def pattern_view(self, node: str) -> str | None:
        """The view that draws most of the muscle's essential zones (then its spillover), if it has a pattern."""
        zones = self.zone_map()
        if zones is None or referral_of(self.loaded.atlas, node) is None:
            return None
        essential, spillover = pattern_zones(self.loaded.atlas, node)
        drawn = [v for v in zones.outlines if v in self.loaded.views]
        if not drawn:
            return None
        return max(drawn, key=lambda v: (sum(z in zones.outlines[v] for z in essential),
                                         sum(z in zones.outlines[v] for z in spillover)))

    def zone_at(self, scene_pos: QPointF) -> str | None:
        overlay = self.overlay(self._scene) if self._scene is not None else None
        return overlay.zone_at(scene_pos) if overlay is not None else None

    def refresh(self) -> None:
        """Restyle the overlay of the scene on screen (the others catch up when shown)."""
        scene = self._scene
        if scene is None:
            return
        node = self.selection.selected
        has_pattern = node is not None and referral_of(self.loaded.atlas, node) is not None
        if not (has_pattern and self.enabled) and not self.painted and id(scene) not in self._overlays:
            return  # nothing to draw: the zone artwork is not even read
        overlay = self.overlay(scene)
        if overlay is None:
            return
        overlay.show_painted(self.painted)
        if has_pattern and self.enabled:
            assert node is not None
            essential, spillover = pattern_zones(self.loaded.atlas, node)
            referral = referral_of(self.loaded.atlas, node)
            assert referral is not None
            item = scene.items_by_node.get(node)
            overlay.show_pattern(essential, spillover, self._markers_of(scene, node, referral),
                                 item.outline() if item is not None else None)
        else:
            overlay.clear_pattern()
