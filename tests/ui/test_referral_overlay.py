"""The referral overlay: zone outlines per view, a pattern drawn over the body where its zones are,
trigger points on their drawn muscle (every pattern in every view), the zone under a point, and the
small pictures of a pattern for the pain map's list."""

from __future__ import annotations

import dataclasses
import math

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from fasciamap import resources
from fasciamap.atlas.model import TriggerPoint
from fasciamap.atlas.referrals import pattern_zones, referral_of
from fasciamap.atlas.zones import load_zone_map
from fasciamap.ui import theme
from fasciamap.ui.body_scene import BodyScene
from fasciamap.ui.line_overlay import OVERLAY_Z as LINE_Z
from fasciamap.ui.referral_overlay import (
    OVERLAY_Z,
    ReferralOverlay,
    pattern_thumbnail,
    trigger_point_positions,
    zone_paths,
)
from fasciamap.ui.scene_geometry import geometry_for

SCALE = 1.5  # image pixels to a scene unit when a scene is rendered for a test


@pytest.fixture(scope="module")
def zone_map(loaded):
    return load_zone_map(loaded.atlas, resources.art_dir())


def make_scene(loaded, view: str) -> BodyScene:
    """A real scene, built as the main window's ``scene_for`` builds it."""
    return BodyScene(geometry_for(loaded.views, view), loaded.graph)


@pytest.fixture(scope="module")
def scenes(qapp, loaded) -> dict[str, BodyScene]:
    """One scene per view, for tests that only read them (no overlay is added to these)."""
    return {v: make_scene(loaded, v) for v in loaded.views}


@pytest.fixture
def back(qapp, loaded, zone_map) -> tuple[BodyScene, ReferralOverlay]:
    scene = make_scene(loaded, "back")
    return scene, ReferralOverlay(scene, zone_paths(zone_map, "back"))


def referral_nodes(loaded) -> list[str]:
    """Every drawn node (each side) of every muscle with a pattern."""
    atlas = loaded.atlas
    return sorted(n for n, s in atlas.structures.items() if s.base_id in atlas.referrals)


def render(scene: BodyScene) -> QImage:
    image = QImage(round(scene.sceneRect().width() * SCALE), round(scene.sceneRect().height() * SCALE),
                   QImage.Format.Format_ARGB32)
    image.fill(theme.PAPER)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), scene.sceneRect())
    painter.end()
    return image


def red_orange(colour: QColor) -> bool:
    """The essential zone's vermillion (alone or over tissue): a strong orange-red, unlike any tissue."""
    return 8 <= colour.hsvHue() <= 40 and colour.hsvSaturationF() > 0.7 and colour.valueF() > 0.3


def peach(colour: QColor) -> bool:
    """The spillover's pale red (over the thumbnail's pale body): warmer than the body, lighter than
    the essential zone."""
    return 10 <= colour.hsvHue() <= 40 and 0.18 < colour.hsvSaturationF() <= 0.7 and colour.valueF() > 0.8


def deep_blue(colour: QColor) -> bool:
    return 200 <= colour.hsvHue() <= 250 and colour.hsvSaturationF() > 0.25


def pixel(image: QImage, scene: BodyScene, p: QPointF) -> QColor:
    x = (p.x() - scene.sceneRect().left()) * SCALE
    y = (p.y() - scene.sceneRect().top()) * SCALE
    return image.pixelColor(min(max(int(x), 0), image.width() - 1), min(max(int(y), 0), image.height() - 1))


def grid(rect: QRectF, n: int = 30) -> list[QPointF]:
    return [QPointF(rect.left() + rect.width() * (i + 0.5) / n, rect.top() + rect.height() * (j + 0.5) / n)
            for i in range(n) for j in range(n)]


def inside_points(path: QPainterPath, n: int = 30, margin: float = 2.0) -> list[QPointF]:
    """Grid points well inside a path (``margin`` units from its edge every way)."""
    out = []
    for p in grid(path.boundingRect(), n):
        if all(path.contains(p + QPointF(dx, dy)) for dx, dy in
               ((0, 0), (margin, 0), (-margin, 0), (0, margin), (0, -margin))):
            out.append(p)
    return out


def share(image: QImage, scene: BodyScene, points: list[QPointF], test) -> float:
    return sum(test(pixel(image, scene, p)) for p in points) / max(1, len(points))


# -- zone outlines ----------------------------------------------------------------------------------

def test_zone_paths_give_every_zone_drawn_in_each_view(loaded, zone_map) -> None:
    for view in loaded.views:
        paths = zone_paths(zone_map, view)
        assert set(paths) == set(zone_map.outlines[view]), view
        assert len(paths) >= 40, view
        assert all(not p.isEmpty() and p.boundingRect().width() > 1 for p in paths.values()), view
        assert zone_paths(zone_map, view) is paths  # made once per zone map and view
    assert zone_paths(zone_map, "no such view") == {}


def test_every_zone_of_every_pattern_has_a_path_in_some_view(loaded, zone_map) -> None:
    drawn = {z for view in loaded.views for z in zone_paths(zone_map, view)}
    missing = set()
    for node in referral_nodes(loaded):
        essential, spillover = pattern_zones(loaded.atlas, node)
        assert essential, node
        missing |= (set(essential) | set(spillover)) - drawn
    assert not missing


def test_zone_outlines_lie_on_the_body(loaded, zone_map, scenes) -> None:
    """The zone art is in the body's drawing coordinates: every zone inside what the scene draws, and
    most of each zone of the figure on the body's outline (not shifted off it)."""
    for view, scene in scenes.items():
        body = scene.body_rect.adjusted(-2, -2, 2, 2)
        silhouette = scene._silhouette
        for zone, path in zone_paths(zone_map, view).items():
            assert body.contains(path.boundingRect()), (view, zone)
            points = inside_points(path, 12, 0.0)
            on_body = sum(silhouette.contains(p) for p in points) / max(1, len(points))
            in_inset = any(not scene.in_figure(item) and item.shape().intersects(path)
                           for item in scene.items_by_node.values())
            assert on_body > 0.9 or in_inset, (view, zone, on_body)


# -- a pattern over the body --------------------------------------------------------------------------

def test_gluteus_minimus_paints_the_right_buttock_in_the_back_view(loaded, back) -> None:
    scene, overlay = back
    node = "gluteus_minimus.right"
    essential, spillover = pattern_zones(loaded.atlas, node)
    points = trigger_point_positions(scene, node, referral_of(loaded.atlas, node))
    before = render(scene)
    overlay.show_pattern(essential, spillover, points)
    assert "buttock.right" in overlay.shown_essential
    assert "buttock.left" not in overlay.shown_essential + overlay.shown_spillover
    assert {"calf.right", "back_of_knee.right"} <= set(overlay.shown_spillover)
    assert not set(overlay.shown_essential) & set(overlay.shown_spillover)
    assert len(overlay.trigger_points) == 2
    after = render(scene)
    buttock = inside_points(overlay.paths["buttock.right"], 30, 3.0)
    assert len(buttock) > 50
    assert share(before, scene, buttock, red_orange) < 0.02  # the tissue alone is not red-orange
    assert share(after, scene, buttock, red_orange) > 0.8
    # and nowhere much beyond the pattern's zones: not on the other buttock, not on the body elsewhere
    shown = QPainterPath()
    shown.setFillRule(Qt.FillRule.WindingFill)
    for z in overlay.shown_essential + overlay.shown_spillover:
        shown.addPath(overlay.paths[z])
    away = [p for p in grid(scene.body_rect, 80)
            if not any(shown.contains(p + QPointF(dx, dy)) for dx in (-6, 0, 6) for dy in (-6, 0, 6))]
    assert len(away) > 2000
    assert share(after, scene, away, red_orange) < 0.005
    left = inside_points(overlay.paths["buttock.left"], 20, 3.0)
    assert share(after, scene, left, red_orange) == 0.0


def test_spillover_differs_from_essential_by_pattern_not_only_colour(loaded, back) -> None:
    """Over the body, the spillover is lighter than the essential zone and patterned differently: the
    essential zone's cross-hatch gives many dark pixels, the spillover's sparse dots few."""
    scene, overlay = back
    node = "gluteus_minimus.right"
    essential, spillover = pattern_zones(loaded.atlas, node)
    overlay.show_pattern(essential, spillover, ())
    image = render(scene)
    ess = inside_points(overlay.paths["buttock.right"], 60, 3.0)
    spill = inside_points(overlay.paths["calf.right"], 60, 3.0)
    assert ess and spill
    lightness = [sum(pixel(image, scene, p).lightnessF() for p in pts) / len(pts) for pts in (ess, spill)]
    assert lightness[1] > lightness[0] + 0.15
    dark = [sum(pixel(image, scene, p).lightnessF() < 0.3 for p in pts) / len(pts) for pts in (ess, spill)]
    assert dark[0] > 2 * dark[1] + 0.03


def test_zones_of_another_view_are_ignored(loaded, zone_map, qapp) -> None:
    scene = make_scene(loaded, "front")
    overlay = ReferralOverlay(scene, zone_paths(zone_map, "front"))
    essential, spillover = pattern_zones(loaded.atlas, "gluteus_minimus.right")
    assert "buttock.right" not in zone_paths(zone_map, "front")  # drawn only from behind and the side
    overlay.show_pattern([*essential, "no_such_zone"], spillover, ())
    assert "buttock.right" not in overlay.shown_essential
    assert "lateral_hip.right" in overlay.shown_essential
    assert set(overlay.shown_essential) <= set(zone_paths(zone_map, "front"))
    assert set(overlay.shown_spillover) <= set(zone_paths(zone_map, "front"))
    overlay.show_painted(["buttock.right", "front_of_thigh.right"])
    assert overlay.shown_painted == ("front_of_thigh.right",)


def test_clear_pattern_empties_and_paints_nothing(loaded, back) -> None:
    scene, overlay = back
    assert overlay.boundingRect().isNull() and overlay.pattern_rect() is None  # nothing shown yet
    node = "quadratus_lumborum.right"
    essential, spillover = pattern_zones(loaded.atlas, node)
    overlay.show_pattern(essential, spillover, trigger_point_positions(scene, node, referral_of(loaded.atlas, node)))
    assert overlay.shown_essential and overlay.trigger_points and overlay.pattern_rect() is not None
    overlay.clear_pattern()
    assert overlay.shown_essential == overlay.shown_spillover == overlay.trigger_points == ()
    assert overlay.pattern_rect() is None
    assert overlay.boundingRect().isNull()
    image = render(scene)
    assert share(image, scene, grid(scene.body_rect, 80), red_orange) == 0.0


def test_overlay_sits_over_the_tissue_and_takes_no_clicks(loaded, back) -> None:
    scene, overlay = back
    assert 45 < overlay.zValue() == OVERLAY_Z < LINE_Z < scene.hover_ring.zValue()
    assert overlay.acceptedMouseButtons() == Qt.MouseButton.NoButton
    assert overlay.shape().isEmpty()
    essential, spillover = pattern_zones(loaded.atlas, "gluteus_minimus.right")
    overlay.show_pattern(essential, spillover, ())
    inside = inside_points(overlay.paths["buttock.right"], 10, 3.0)[0]
    item = scene.interactive_item_at(inside)
    assert item is not None and item.node in scene.items_by_node  # clicks still reach the structures
    # its own area only: the pattern's zones (and a margin for the edge pens), not the whole scene
    rect = overlay.boundingRect()
    for z in overlay.shown_essential + overlay.shown_spillover:
        assert all(rect.contains(p) for p in inside_points(overlay.paths[z], 8, 0.0)), z
    assert rect.height() < 0.8 * scene.sceneRect().height() and rect.width() < 0.6 * scene.sceneRect().width()


def test_painted_zones_show_in_blue_with_the_pattern(loaded, back) -> None:
    scene, overlay = back
    overlay.show_painted(["low_back.right", "buttock.right", "no_such_zone"])
    assert overlay.shown_painted == ("low_back.right", "buttock.right")
    image = render(scene)
    low_back = inside_points(overlay.paths["low_back.right"], 30, 3.0)
    assert share(image, scene, low_back, red_orange) == 0.0
    edge = overlay.paths["low_back.right"].toFillPolygon()
    edge_points = [edge.at(i) for i in range(0, edge.size(), 3)]
    assert share(image, scene, edge_points, deep_blue) > 0.5  # a thick blue edge
    essential, spillover = pattern_zones(loaded.atlas, "gluteus_minimus.right")
    overlay.show_pattern(essential, spillover, ())
    both = render(scene)
    buttock = inside_points(overlay.paths["buttock.right"], 30, 4.0)
    assert share(both, scene, buttock, red_orange) > 0.6  # the pattern still reads over painted zones
    overlay.show_painted(())
    assert overlay.shown_painted == ()
    assert overlay.shown_essential  # clearing what is painted leaves the pattern


def test_pattern_rect_frames_the_zones_and_trigger_points(loaded, back) -> None:
    scene, overlay = back
    node = "trapezius.right"
    essential, spillover = pattern_zones(loaded.atlas, node)
    points = trigger_point_positions(scene, node, referral_of(loaded.atlas, node))
    overlay.show_pattern(essential, spillover, points)
    rect = overlay.pattern_rect()
    assert rect is not None
    for z in overlay.shown_essential + overlay.shown_spillover:
        assert rect.contains(overlay.paths[z].boundingRect()), z
    assert all(rect.contains(p) for p in points)
    assert rect.height() < scene.body_rect.height() / 2  # the upper back and neck, not the body


# -- trigger points ------------------------------------------------------------------------------------

def test_every_trigger_point_lies_on_its_drawn_muscle_in_every_view(loaded, scenes) -> None:
    """All 58 patterns, each side, in every view that draws the muscle."""
    atlas = loaded.atlas
    assert len(atlas.referrals) == 58
    checked = 0
    drawn_somewhere = set()
    for node in referral_nodes(loaded):
        referral = referral_of(atlas, node)
        assert referral is not None
        for view, scene in scenes.items():
            item = scene.items_by_node.get(node)
            points = trigger_point_positions(scene, node, referral)
            if item is None:
                assert points == [], (node, view)
                continue
            drawn_somewhere.add(atlas.structures[node].base_id)
            assert len(points) == len(referral.trigger_points), (node, view)
            for tp, p in zip(referral.trigger_points, points):
                assert item.shape().contains(item.mapFromScene(p)), (node, view, tp.id, p)
                checked += 1
            for a, b in zip(points, points[1:]):
                assert math.dist((a.x(), a.y()), (b.x(), b.y())) > 1.0, (node, view)  # never on top of each other
    assert drawn_somewhere == set(atlas.referrals)
    assert checked > 200


def test_along_runs_down_and_across_runs_out_from_the_midline(loaded, scenes) -> None:
    scene = scenes["back"]
    midline = scene._silhouette.boundingRect().center().x()  # the figure's, not counting the soles' inset
    assert abs(midline - scene.sceneRect().center().x()) < 2
    for node in ("latissimus_dorsi.right", "latissimus_dorsi.left"):
        referral = referral_of(loaded.atlas, node)
        assert referral is not None
        tps = (TriggerPoint("a", "", 0.4, 0.15), TriggerPoint("b", "", 0.4, 0.85), TriggerPoint("c", "", 0.75, 0.5))
        inner, outer, low = trigger_point_positions(scene, node, dataclasses.replace(referral, trigger_points=tps))
        assert abs(outer.x() - midline) > abs(inner.x() - midline) + 10, node
        assert low.y() > inner.y() + 30, node
        box = scene.items_by_node[node].shape().boundingRect()
        assert box.top() <= inner.y() <= box.bottom()


def test_a_trigger_point_off_the_outline_snaps_onto_the_muscle(loaded, scenes) -> None:
    scene = scenes["back"]
    node = "trapezius.right"  # a kite: its bounding box's corners are far off the muscle
    referral = referral_of(loaded.atlas, node)
    assert referral is not None
    item = scene.items_by_node[node]
    box = item.shape().boundingRect()
    corners = (TriggerPoint("a", "", 0.0, 1.0), TriggerPoint("b", "", 1.0, 1.0))
    for tp in corners:
        x = box.right() if scene._silhouette.boundingRect().center().x() < box.center().x() else box.left()
        raw = QPointF(x, box.top() + tp.along * box.height())
        assert not item.shape().contains(raw)
        (p,) = trigger_point_positions(scene, node, dataclasses.replace(referral, trigger_points=(tp,)))
        assert item.shape().contains(p)
        assert math.dist((p.x(), p.y()), (raw.x(), raw.y())) < box.width() + box.height()


def test_coinciding_trigger_points_are_set_apart(loaded, scenes) -> None:
    scene = scenes["back"]
    referral = referral_of(loaded.atlas, "gluteus_maximus.right")
    assert referral is not None
    same = tuple(TriggerPoint(f"tp{k}", "", 0.5, 0.5) for k in range(3))
    points = trigger_point_positions(scene, "gluteus_maximus.right", dataclasses.replace(referral, trigger_points=same))
    item = scene.items_by_node["gluteus_maximus.right"]
    assert len(points) == 3
    for i, a in enumerate(points):
        assert item.shape().contains(a)
        for b in points[i + 1:]:
            assert math.dist((a.x(), a.y()), (b.x(), b.y())) >= 8.0


def test_a_muscle_not_drawn_in_the_view_has_no_trigger_points(loaded, scenes) -> None:
    node = "tibialis_anterior.left"
    referral = referral_of(loaded.atlas, node)
    assert referral is not None
    assert node not in scenes["right"].items_by_node  # the right side view shows only the right side
    assert trigger_point_positions(scenes["right"], node, referral) == []
    assert len(trigger_point_positions(scenes["front"], node, referral)) == len(referral.trigger_points)


# -- the zone under a point ----------------------------------------------------------------------------

def test_zone_at_finds_each_zone_at_a_point_inside_it(loaded, zone_map, qapp) -> None:
    for view in ("back", "right"):
        scene = make_scene(loaded, view)
        paths = zone_paths(zone_map, view)
        overlay = ReferralOverlay(scene, paths)
        for zone, path in paths.items():
            own = [p for p in inside_points(path, 16, 1.0)
                   if not any(other.contains(p) for z, other in paths.items() if z != zone)]
            assert own, (view, zone)
            assert overlay.zone_at(own[len(own) // 2]) == zone, (view, zone)
        assert overlay.zone_at(QPointF(3, 3)) is None  # the page's corner, off the body


def test_zone_at_prefers_the_smaller_of_overlapping_zones(loaded, qapp) -> None:
    scene = make_scene(loaded, "back")
    large, small = QPainterPath(), QPainterPath()
    large.addRect(QRectF(100, 300, 80, 80))
    small.addEllipse(QRectF(120, 320, 20, 20))
    for order in (("a_large", "b_small"), ("b_small", "a_large")):  # whatever the order they come in
        paths = dict(zip(order, (large, small) if order[0] == "a_large" else (small, large)))
        overlay = ReferralOverlay(scene, paths)
        assert overlay.zone_at(QPointF(130, 330)) == "b_small"
        assert overlay.zone_at(QPointF(105, 305)) == "a_large"
        assert overlay.zone_at(QPointF(90, 290)) is None


# -- thumbnails -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("node, view", [
    ("gluteus_minimus.right", "back"), ("tibialis_anterior.right", "front"), ("trapezius.right", "back"),
    ("flexor_digitorum_brevis.right", "back"),  # zones on the soles, drawn in an inset beside the body
])
def test_pattern_thumbnail_shows_the_pattern_large_enough(loaded, zone_map, scenes, node, view) -> None:
    scene, paths = scenes[view], zone_paths(zone_map, view)
    essential, spillover = pattern_zones(loaded.atlas, node)
    points = trigger_point_positions(scene, node, referral_of(loaded.atlas, node))
    size = QSize(72, 120)
    pixmap = pattern_thumbnail(scene, paths, essential, spillover, size, points)
    assert not pixmap.isNull() and pixmap.size() == size
    image = pixmap.toImage()
    colours = [image.pixelColor(x, y) for x in range(0, size.width(), 2) for y in range(0, size.height(), 2)]
    orange = sum(red_orange(c) for c in colours) / len(colours)
    pattern = sum(red_orange(c) or peach(c) for c in colours) / len(colours)
    assert orange > 0.005, node  # the essential zone is there
    assert pattern > 0.1, node  # the zones fill a good part of it: not a speck on a whole body
    assert pattern < 0.9, node  # and some of the body round them gives the context
    body = sum(abs(c.red() - 0xea) < 10 and abs(c.green() - 0xdf) < 10 and abs(c.blue() - 0xd3) < 10
               for c in colours) / len(colours)
    assert body > 0.05, node  # the pale body is there


def test_pattern_thumbnail_of_nothing_is_the_plain_body(loaded, zone_map, scenes) -> None:
    pixmap = pattern_thumbnail(scenes["front"], zone_paths(zone_map, "front"), (), (), QSize(40, 60))
    assert pixmap.size() == QSize(40, 60)
    image = pixmap.toImage()
    assert not any(red_orange(image.pixelColor(x, y)) for x in range(40) for y in range(60))
