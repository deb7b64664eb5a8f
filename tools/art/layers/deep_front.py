"""Structures of the Deep Front Line that no older table draws: the anterior longitudinal ligament, the
transversus thoracis and the fibrous pericardium.

Layers (anatomical depth):
- deep (front view): transversus thoracis, the innermost muscle of the front chest wall. It arises
  from the back of the lower third of the sternal body and the xiphoid and fans up and laterally to
  slips on the lower borders of costal cartilages 2-6; its lowest fibres run horizontally just above
  the diaphragm's sternal and costal origins. In the deep layer the internal intercostals fill the
  upper rib spaces as far as the sternal margin, and the sternum is seen at the surface (nothing deep
  may lie over it), so the slips to cartilages 2-4 show only where they lie on the cartilages beside
  the sternal margin, while the lower part spreads across the fifth space to cartilages 5 and 6.
- skeleton (front view): the fibrous pericardium behind the sternum, from the level of the sternal
  angle down to its base on the diaphragm, reaching to the left fifth intercostal space at the apex.
  It cannot lie in the deep layer without overlapping the internal intercostals and the transversus
  thoracis, so it is drawn in the skeleton layer, behind the sternum and costal cartilages and in
  front of the vertebral column: it shows between the cartilages. The skeleton draws paired bones on
  one half and mirrors them, so it cannot cut the posterior arcs of the ribs and the scapula around
  this asymmetric sac on both sides; the sac is therefore cut by them too (as if the rib cage were
  seen through, like a plate of the heart's surface projection).
- skeleton (front and lateral views): the anterior longitudinal ligament on the front of the vertebral
  bodies from the atlas (and, as a cord, the basilar occiput) to the upper pelvic surface of the
  sacrum, narrow in the neck and broad in the lumbar region. In the deep layer of the front view the
  midline is taken by the diaphragm and the aponeurosis of transversus abdominis, so the ligament
  lies with the bones it binds, in front of them and behind everything else: the sternum, the
  cartilages and the pericardium hide its thoracic part, the mandible and skull its top.

This module runs before ``skeleton`` (see ``MODULES``): the skeleton's painter then cuts the vertebrae,
ribs seen from behind and the sacrum around what is drawn here, as it does for every bone already in
front of them. The bones that lie in front of these structures are computed here from the skeleton
module's own outlines (in the lateral view, from a scratch run of ``skeleton.lateral``) and cut away
first, with a hair of clearance (see ``_grown``), so nothing in the skeleton layer overlaps.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
import math

from ..engine import MID, Drawing, Fibres, Part, _bezier_point

PREFIX = "df_"
REPLACES: dict[str, set[str]] = {"front": set(), "back": set(), "lateral": set()}

Poly = list[tuple[float, float]]


# -- geometry helpers ---------------------------------------------------------------------------------
def _sk():
    from . import skeleton

    return skeleton


def _ring_path(d: Drawing, refs: list[str], axis: float = MID, flip: bool = False):
    from ..engine import _mirror

    sk = _sk()
    pts = []
    for r in refs:
        cub = d.ref(r, axis)
        if flip:
            cub = _mirror(cub, axis)
        for c in cub:
            for k in range(10):
                pts.append(_bezier_point(c, k / 10))
    return sk._path([pts])


def _structure_path(d: Drawing, node: str):
    """Union of all parts of the structures called ``node`` (both sides of a pair)."""
    sk = _sk()
    out = sk._path([])
    for s in d.structures:
        if s.node.split(".")[0] != node:
            continue
        for part in s.parts:
            out = out.united(_ring_path(d, part.boundary, s.axis))
            if s.paired:
                out = out.united(_ring_path(d, part.boundary, s.axis, flip=True))
    return out


def _poly_edge(d: Drawing, poly: Poly) -> str:
    """A closed straight-segment edge through a polygon (as the skeleton writes its cut bones)."""
    from .skeleton import poly_edge

    return poly_edge(d, f"{PREFIX}{d.view}_{sum(1 for k in d.edges if k.startswith(PREFIX)) + 1}", poly)


def _cut_parts(d: Drawing, polys: list[Poly], tissue: str,
               fibres_of: Callable[[list[str]], list[Fibres]] | None = None) -> tuple[list[Part], list[Fibres]]:
    """One part (and its fibres) per piece a structure was cut into around what lies in front of it."""
    parts: list[Part] = []
    fibres: list[Fibres] = []
    for poly in polys:
        refs = [_poly_edge(d, poly)]
        parts.append(Part(tissue, refs))
        if fibres_of is not None:
            fibres += fibres_of(refs)
    return parts, fibres


def _grown(path, by: float = 0.2):
    """``path`` grown by ``by`` units all round: what is cut away from a structure with it leaves a hair
    of bare space along the cut instead of an edge laid exactly on the neighbour's (Qt's path union,
    which the app's tests use, mishandles long runs of coincident edges)."""
    from PySide6.QtGui import QPainterPathStroker

    stroker = QPainterPathStroker()
    stroker.setWidth(2 * by)
    return path.united(stroker.createStroke(path)).simplified()


def _pieces(path, min_area: float) -> list[Poly]:
    sk = _sk()
    return [p for p in sk._pieces(path) if sk._area(p) >= min_area]


def _band(centre: Poly, half: list[float], per: int = 8) -> Poly:
    """A closed band of varying half-width along a smooth centre line, rounded at both ends."""
    sk = _sk()
    return sk.strip(centre, [2 * h for h in half], per=per)


def _half(sk_path, left: bool = True):
    """The viewer's left half (x <= MID) of a path, or its right half."""
    sk = _sk()
    x0, x1 = (-50, MID) if left else (MID, 1000)
    return sk_path.intersected(sk._path([[(x0, -50), (x1, -50), (x1, 2000), (x0, 2000)]]))


# -- what lies in front (front view) ------------------------------------------------------------------
def _front_bones(d: Drawing, with_back: bool = False):
    """The bones in front of the pericardium and the vertebral column, as the skeleton draws them: the
    sternum and clavicles (on the surface's outline), the anterior parts of the ribs with their costal
    cartilages, the mandible and the skull. ``with_back`` adds the posterior arcs of the ribs and the
    scapulae: the skeleton draws a paired bone on one half and mirrors it, so it cannot cut the other
    half around an unpaired, asymmetric structure like the pericardium, which is therefore drawn as
    seen through the whole rib cage (as on a plate of the heart's surface projection)."""
    sk = _sk()
    from ..front import ring

    polys: list[Poly] = []
    for centre, _cc, w in sk._RIBS_FRONT:
        k = sk._RIBS_FRONT.index((centre, _cc, w))
        lx, ly = centre[1]
        head = 163.6 + 11.9 * k
        post = [(201.5, head), ((lx + 201) / 2 + 4, head - 2.2), (lx + 10, ly - 11.5), (lx + 2.2, ly - 6.5)]
        if k == 0:
            post = [(200.5, 159.4), (190, 158.6)]
        behind, ahead = sk.strip(post + centre[1:], w, cut=len(post))
        polys += [ahead, sk.mirror(ahead)]
        if with_back:
            polys += [behind, sk.mirror(behind)]
    if with_back:
        # the scapula behind the ribs (skeleton.front), at the level of the heart's left border
        scap = sk.smooth([(173, 181.2), (162, 178.6), (152.6, 179.2), (146.6, 182.6), (141.6, 185.4), (138, 186.6),
                          (137.8, 189.4), (141.6, 190.4), (139, 194), (137.4, 201), (139.2, 206), (150, 220),
                          (163, 236.5), (176.2, 249.6), (181.6, 234), (183.4, 216), (183, 197), (179, 187.5)])
        polys += [scap, sk.mirror(scap)]
    polys.append(sk.sym([(210, 113.2), (201, 113.6), (193.6, 111.6), (188.6, 105.5), (183.6, 98.2),
                         (180, 93.6), (180.4, 104), (182.2, 113.5), (184.6, 119.4), (189.6, 124.4),
                         (199, 128.6), (210, 129.6)]))  # the mandible (skeleton.front)
    polys.append(sk._skull(False))
    mask = sk._path(polys)
    sternum = ring(d, "sternum_top_inner", "sternum_top_outer", "clav_medial_end", "st_lat_pec", "st_lat_rect",
                   "~st_lat_rect", "~st_lat_pec", "~clav_medial_end", "~sternum_top_outer", "~sternum_top_inner")
    clavicle = ring(d, "clav_top_scm", "clav_top_scal", "clav_top_trap", "clav_bot_delt", "clav_bot_pec",
                    "clav_medial_end")
    mask = mask.united(_ring_path(d, sternum))
    mask = mask.united(_ring_path(d, clavicle)).united(_ring_path(d, clavicle, flip=True))
    return mask


def _fibres_in(d: Drawing, refs_list: list[list[str]], maker) -> list[Fibres]:
    out: list[Fibres] = []
    for refs in refs_list:
        out += maker(refs)
    return out


# ==================================================================================================
# FRONT VIEW
# ==================================================================================================
def front(d: Drawing) -> None:
    _transversus_thoracis(d)
    front_bones = _front_bones(d)
    pericardium = _pericardium(d, _front_bones(d, with_back=True))
    _all_front(d, front_bones.united(pericardium))


def _transversus_thoracis(d: Drawing) -> None:
    """Slips from the back of the lower sternum and xiphoid, fanning up and out to cartilages 2-6."""
    from .chest_abdomen import fan

    sk = _sk()
    # the ideal outline (viewer's left half = the figure's right): origin on the midline behind the
    # lower third of the sternal body, above the diaphragm's sternal slips; digitations on the lower
    # borders of cartilages 2-6, the upper ones steep and close to the sternum, the lowest horizontal
    outline = [
        (210, 178.0),
        (199.4, 185.0),                    # slip to cartilage 2
        (203.6, 190.0), (196.8, 198.0),    # slip to cartilage 3
        (202.4, 204.0), (193.8, 211.6),    # slip to cartilage 4
        (200.6, 217.6), (190.4, 225.8),    # slip to cartilage 5
        (191.8, 231.0), (190.6, 236.0),    # across the fifth space
        (187.8, 242.4),                    # slip to cartilage 6: the lowest, horizontal fibres
        (196.0, 248.6), (210, 252.0),      # along the top of the diaphragm (cut to it)
    ]
    ideal = sk._path([outline])
    # the internal intercostals fill the upper spaces up to the sternum, and the sternum itself is seen
    # at the surface (nothing deep may lie over it): the slips show on the cartilages and below
    from ..front import ring

    sternum = ring(d, "sternum_top_inner", "sternum_top_outer", "clav_medial_end", "st_lat_pec", "st_lat_rect",
                   "~st_lat_rect", "~st_lat_pec", "~clav_medial_end", "~sternum_top_outer", "~sternum_top_inner")
    taken = (_structure_path(d, "internal_intercostals").united(_structure_path(d, "diaphragm"))
             .united(_ring_path(d, sternum)))
    shape = _half(ideal.subtracted(_grown(taken)))
    polys = _pieces(shape, 2.0)
    parts, refs_list = [], []
    for poly in polys:
        refs = [_poly_edge(d, poly)]
        refs_list.append(refs)
        parts.append(Part("muscle", refs))
    # fibres radiate from the origin behind the xiphisternal junction: horizontal below, steep above
    fibres = _fibres_in(d, refs_list, lambda r: fan(d, r, (211.0, 250.0), -176, -104, 26, margin=0.6,
                                                    min_len=1.6))
    d.structure("transversus_thoracis", "deep", parts=parts, fibres=fibres)


def _pericardium(d: Drawing, front_bones):
    """The fibrous sac: apex in the left 5th intercostal space, base on the diaphragm, right border a
    little to the right of the sternum, upper end on the great vessels at the sternal angle."""
    from .chest_abdomen import hatch

    sk = _sk()
    loop = [
        (210, 177.6), (216.6, 178.6), (221.4, 182.4),       # upper end on the aorta and pulmonary trunk
        (226.0, 189.6), (231.0, 199.0), (235.4, 209.6),     # left border (left ventricle)
        (239.0, 220.4), (241.6, 229.4), (241.0, 235.8),     # apex, left 5th intercostal space
        (236.4, 240.4), (229.0, 244.2), (220.0, 248.4),     # base on the diaphragm (central tendon)
        (210, 250.2), (199.0, 248.4), (194.6, 245.0),
        (193.4, 238.0), (193.6, 226.0), (194.6, 212.0),     # right border (right atrium)
        (196.6, 198.0), (199.4, 188.0), (203.6, 180.4),     # superior vena cava
    ]
    whole = sk._path([sk.smooth(loop, per=6)])
    polys = _pieces(whole.subtracted(_grown(front_bones)), 2.0)
    # sparse strands of the dense collagen sheet, running obliquely up towards the great vessels
    parts, fibres = _cut_parts(d, polys, "fascia", lambda refs: hatch(d, refs, -62, 5.5, margin=0.7, min_len=2.2))
    d.structure("fibrous_pericardium", "skeleton", parts=parts, fibres=fibres, paired=False)
    return whole


def _all_front(d: Drawing, in_front) -> None:
    """The anterior longitudinal ligament down the midline, where no bone or pericardium hides it."""
    from .chest_abdomen import hatch

    sk = _sk()
    centre = [(210, 110), (210, 131), (210, 160), (210, 230), (210, 303), (210, 340), (210, 364), (210, 381)]
    half = [1.8, 2.4, 3.0, 3.8, 5.2, 6.2, 6.6, 4.0]
    band = sk._path([_band(centre, half)])
    polys = _pieces(band.subtracted(_grown(in_front)), 2.0)
    parts, fibres = _cut_parts(d, polys, "ligament", lambda refs: hatch(d, refs, 90, 1.5, margin=0.8, min_len=2.0))
    d.structure("anterior_longitudinal_ligament", "skeleton", parts=parts, fibres=fibres, paired=False)


# ==================================================================================================
# BACK VIEW: none of the three is seen from behind
# ==================================================================================================
def back(d: Drawing) -> None:
    pass


# ==================================================================================================
# LATERAL VIEW (right side, anterior = +x)
# ==================================================================================================
def _lateral_front_of_column() -> Poly:
    """The anterior border of the vertebral bodies, top to bottom, as skeleton.lateral draws them."""
    pts: Poly = [(95.6, 104.0), (94.4, 112.0)]  # the cord to the basilar occiput, the atlas's tubercle
    for yc, xb in [(118, 88.6), (124.4, 88), (130.4, 87.4), (136.4, 86.8), (142.4, 86), (148.6, 85)]:
        pts.append((xb + 4.6 + 0.3, yc))
    for k in range(12):
        yc = 155 + 11.6 * k
        xb = 84 - 10 * math.sin(math.pi * min(k, 11) / 14) + (0.6 * k if k > 8 else 0)
        pts.append((xb + 6 + 0.25 * k + 0.3, yc))
    for yc, xb in [(297, 82), (310, 85), (323, 87.5), (336, 88), (349, 86)]:
        pts.append((xb + 9 + 0.3, yc))
    # to the promontory: the skeleton shows the sacrum's pelvic surface only behind the ilium
    pts += [(94.6, 357.0), (93.8, 362.0)]
    return pts


def lateral(d: Drawing) -> None:
    sk = _sk()
    line = sk.open_curve(_lateral_front_of_column(), per=6)
    # a strip on the front of the bodies: a little over the bone's border, a little in front of it
    inner, outer = [], []
    n = len(line)
    for i, (x, y) in enumerate(line):
        a, b = line[max(i - 1, 0)], line[min(i + 1, n - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1.0
        nx, ny = dy / ln, -dx / ln  # points anteriorly (+x) for a column running down
        f = i / (n - 1)
        w_out = 0.9 + 0.5 * f
        w_in = 0.7 + 0.6 * f
        outer.append((x + nx * w_out, y + ny * w_out))
        inner.append((x - nx * w_in, y - ny * w_in))
    strip_poly = outer + inner[::-1]
    # the bones nearer the viewer than the front of the column (skeleton.lateral adds them first)
    scratch = copy.deepcopy(d)
    sk.lateral(scratch)
    near = {"humerus", "radius", "ulna", "hand_bones", "mandible", "skull", "clavicle", "scapula", "ribs", "sternum"}
    mask = sk._path([])
    # surface pieces that lateral.py moves into the skeleton layer after the modules ran stay in front
    from .. import lateral as lat

    later = {k for k, v in getattr(lat, "DEPTH_AS_IN_FRONT_AND_BACK", {}).items() if v == "skeleton"}
    for s in d.structures:
        if s.node.split(".")[0] in later:
            mask = mask.united(_structure_path_single(d, s))
    for s in scratch.structures:
        if s.layer == "skeleton" and s.node.split(".")[0] in near:
            mask = mask.united(_structure_path_single(scratch, s))
    polys = _pieces(sk._path([strip_poly]).subtracted(_grown(mask)), 1.2)
    parts, fibres = _cut_parts(d, polys, "ligament")
    d.structure("anterior_longitudinal_ligament", "skeleton", parts=parts, fibres=fibres, paired=False)


def _structure_path_single(d: Drawing, s):
    sk = _sk()
    out = sk._path([])
    for part in s.parts:
        out = out.united(_ring_path(d, part.boundary, s.axis))
        if s.paired:
            out = out.united(_ring_path(d, part.boundary, s.axis, flip=True))
    return out
