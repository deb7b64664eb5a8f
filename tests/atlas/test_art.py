"""The artwork: readable, cross-checked with the data, pairs mirrored, and bad SVGs reported clearly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fasciamap import resources
from fasciamap.atlas import AtlasError, load
from fasciamap.atlas.art import ArtView, parse_outline, read_view
from fasciamap.atlas.crosscheck import crosscheck


def _points(view: ArtView, node: str) -> list[tuple[float, float]]:
    pts = []
    for part in view.structures[node].parts:
        for cmd in part.outline:
            pts.extend(p for p in cmd[1:])
    return pts


def test_every_structure_of_each_view_is_drawn_in_its_layer(loaded) -> None:
    assert crosscheck(loaded.atlas, loaded.views) == []
    for view_id, art in loaded.views.items():
        expected = {n for n, s in loaded.atlas.structures.items() if view_id in s.views}  # side views: one side
        assert set(art.structures) == expected
        assert art.silhouette, f"{view_id} has no body outline"
        assert {s.layer for s in art.structures.values()} <= set(loaded.atlas.layers)


def test_left_and_right_mirror_each_other(loaded) -> None:
    for view_id, art in loaded.views.items():
        if loaded.atlas.views[view_id].side:
            continue  # a side view shows one side; its mirror is the other side's view (below)
        for node, drawn in art.structures.items():
            if not node.endswith(".left"):
                continue
            other = node.removesuffix(".left") + ".right"
            left, right = _points(art, node), _points(art, other)
            assert len(left) == len(right), node
            # Mirror axis: the midline for the figure, the inset's own centre for an inset.
            axis2 = min(p[0] for p in left) + max(p[0] for p in right)
            xs_l = sorted(axis2 - x for x, _ in left)
            xs_r = sorted(x for x, _ in right)
            assert max(abs(a - b) for a, b in zip(xs_l, xs_r)) < 0.05, node  # SVG keeps 2 decimals
            ys_l, ys_r = sorted(y for _, y in left), sorted(y for _, y in right)
            assert max(abs(a - b) for a, b in zip(ys_l, ys_r)) < 0.05, node


def test_side_views_are_each_others_mirror_image(loaded) -> None:
    right, left = loaded.views["right"], loaded.views["left"]
    x0, _, w, _ = right.view_box
    assert {n.removesuffix(".right") for n in right.structures} == {n.removesuffix(".left") for n in left.structures}
    for node, drawn in right.structures.items():
        other = node.removesuffix(".right") + ".left" if node.endswith(".right") else node
        first, mirrored = drawn.parts[0].outline[0][1], left.structures[other].parts[0].outline[0][1]
        assert mirrored == pytest.approx((2 * x0 + w - first[0], first[1])), node
    assert all(not n.endswith(".left") for n in right.structures)  # the far side is hidden
    # The right side faces the viewer's right: the face lies right of the back of the head.
    face = [x for x, _ in _points(right, "orbicularis_oris")]
    occiput = [x for x, _ in _points(right, "occipitofrontalis.right")]
    assert min(face) > min(occiput)


def test_pairs_of_the_figure_sit_on_the_correct_side(loaded) -> None:
    # Front: the figure's left is on the viewer's right. Back: on the viewer's left.
    for view_id in ("front", "back"):
        art = loaded.views[view_id]
        mid = art.view_box[0] + art.view_box[2] / 2
        node = "deltoid.left"
        xs = [x for x, _ in _points(art, node)]
        centre = sum(xs) / len(xs)
        assert (centre > mid) == (view_id == "front"), view_id


def test_outline_parser_handles_all_segment_kinds() -> None:
    outline = parse_outline("M0,0 L10,0 Q15,5 10,10 A5,5 0 0 1 0,10 C-2,8 -2,2 0,0 Z")
    ops = [c[0] for c in outline]
    assert ops[0] == "M" and ops[-1] == "Z" and "C" in ops and ops.count("L") >= 12


def _copy_art(tmp_path: Path) -> Path:
    folder = tmp_path / "svg"
    shutil.copytree(resources.art_dir(), folder)
    return folder


def test_unreadable_path_data_names_file_and_element(tmp_path: Path) -> None:
    folder = _copy_art(tmp_path)
    svg = folder / "back.svg"
    text = svg.read_text("utf-8")
    start = text.index('id="erector_spinae.left"')
    d_at = text.index(' d="', start) + 4
    svg.write_text(text[:d_at] + "M 10 banana" + text[text.index('"', d_at):], "utf-8")
    with pytest.raises(AtlasError) as info:
        read_view(svg, "back")
    message = str(info.value)
    assert "back.svg" in message and 'id="erector_spinae.left"' in message and "unreadable path data" in message


def test_not_well_formed_svg(tmp_path: Path) -> None:
    svg = tmp_path / "front.svg"
    svg.write_text("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><g></svg>", "utf-8")
    with pytest.raises(AtlasError) as info:
        read_view(svg, "front")
    assert "front.svg: line 1, column" in str(info.value) and "not well-formed" in str(info.value)


def test_missing_artwork_is_reported_not_raised_as_a_crash(tmp_path: Path) -> None:
    folder = _copy_art(tmp_path)
    (folder / "front.svg").unlink()
    with pytest.raises(AtlasError) as info:
        load(art_dir=folder)
    assert "front.svg: artwork for the front view is missing" in str(info.value)


def test_crosscheck_finds_unknown_and_undrawn_structures(tmp_path: Path) -> None:
    folder = _copy_art(tmp_path)
    svg = folder / "back.svg"
    text = svg.read_text("utf-8").replace('id="multifidus.right"', 'id="spleen.right"')
    svg.write_text(text, "utf-8")
    with pytest.raises(AtlasError) as info:
        load(art_dir=folder)
    text = str(info.value)
    assert "back.svg: <g id=\"spleen.right\">: drawn, but" in text and "has no structure 'spleen.right'" in text
    assert "multifidus.right should appear in the back view" in text


def test_layer_mismatch_is_reported(tmp_path: Path, write_data) -> None:
    def mutate(d):
        next(r for r in d["regions"] if r["id"] == "soleus")["layer"] = "deep"

    with pytest.raises(AtlasError) as info:
        load(data_file=write_data(mutate))
    assert "soleus.left" in str(info.value) and "puts it in 'deep'" in str(info.value)


def test_a_mirrored_view_turns_the_drawing_and_swaps_sides() -> None:
    svg = resources.art_dir() / "back.svg"
    plain = read_view(svg, "back")
    turned = read_view(svg, "back", mirror=True)
    x0, _, w, _ = plain.view_box
    assert set(turned.structures) == set(plain.structures)  # pairs swap names, so the set is the same
    left, mirrored_right = plain.structures["latissimus_dorsi.left"], turned.structures["latissimus_dorsi.right"]
    first = left.parts[0].outline[0][1]
    assert mirrored_right.parts[0].outline[0][1] == pytest.approx((2 * x0 + w - first[0], first[1]))
    assert turned.structures["thoracolumbar_fascia"].layer == plain.structures["thoracolumbar_fascia"].layer
