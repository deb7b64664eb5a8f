"""The head in the front view: the superficial muscles of the face and the scalp above the jawline.

Called by ``front.py`` after ``figure.add_outline`` and ``figure.add_jawline``. The structures tile
the region bounded by the outline from "vertex" to "jaw_angle", the "jawline" edge and their mirror
images. Coordinates are for the viewer's left half (the figure's right side) and are mirrored.

Landmarks (eight-head canon, vertex y=30, chin y=131, eyes y=80): hairline/top of the frontal belly
about y=47, brows about y=70, procerus ending on the nasal bones y=86, palpebral fissure x 188-203
at y=80, zygomatic arch y=89, nasal base y=102.5, mouth (stomion) y=112.7 with its corners under the
medial iris, mentolabial sulcus y=122, ear from above the arch down to the lobe (y 83-113).

The eye is a pale part set in a hole of the orbicularis oculi (so the parts do not overlap), with
the lid crease and iris as details; the masseter has an aponeurotic origin part under the arch.
The buccinator has two parts, below and above the zygomaticus major (which crosses the cheek).

Edges are grouped by region; each is defined once and walked forwards in one structure and backwards
(``-name``) in its neighbour. Helper edges whose names start with ``_`` only guide fibre lines.
"""

from __future__ import annotations

import math

from .engine import MID, Drawing, Fibres, Part, catmull_rom


# -- helpers --------------------------------------------------------------------------------------
def _curve(d: Drawing, pieces: list[tuple[str, list]], tension: float = 1.0) -> None:
    """One smooth Catmull-Rom curve cut into named edges at shared points.

    ``pieces`` is ``[(name, [p0, p1, ...]), (name2, [p2, ...]), ...]``: the first piece lists all
    its points, each next piece starts where the previous ended (its first point is implied).
    The edges join with a continuous tangent, so a border that changes neighbours stays smooth.
    """
    pts = []
    cuts = []
    for i, (_, through) in enumerate(pieces):
        resolved = [d._resolve(p) for p in through]
        pts.extend(resolved)
        cuts.append(len(pts) - 1)
    cubics = catmull_rom(pts, tension)
    start = 0
    for (name, _), end in zip(pieces, cuts):
        if name in d.edges:
            raise ValueError(f"edge {name!r} defined twice")
        d.edges[name] = cubics[start:end]
        start = end


def _slice_edge(d: Drawing, source: str, name: str, first: int, last: int) -> str:
    """Segments ``first..last-1`` of an existing edge, as a new edge (e.g. the jawline's thirds)."""
    d.edges[name] = list(d.edges[source][first:last])
    return name


def _polygon(d: Drawing, refs: list[str], steps: int = 12) -> list[tuple[float, float]]:
    from .engine import _bezier_point

    poly = []
    for r in refs:
        for c in d.ref(r):
            for k in range(steps):
                poly.append(_bezier_point(c, k / steps))
    return poly


def _ray_hit(poly, c, angle) -> float:
    """Distance from ``c`` along ``angle`` to the first crossing of the closed polygon."""
    dx, dy = math.cos(angle), math.sin(angle)
    best = 1e9
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        ex, ey = x2 - x1, y2 - y1
        den = dx * ey - dy * ex
        if abs(den) < 1e-12:
            continue
        t = ((x1 - c[0]) * ey - (y1 - c[1]) * ex) / den
        u = ((x1 - c[0]) * dy - (y1 - c[1]) * dx) / den
        if t > 0 and 0 <= u <= 1:
            best = min(best, t)
    return best


def _ring_fibres(
    d: Drawing, centre, inner: tuple[float, float], boundary: list[str], rings: int,
    span: tuple[float, float] = (-180.0, 180.0), step: float = 26.0, outer_frac: float = 0.9,
    mirror: bool = False,
) -> list[Fibres]:
    """Concentric fibre arcs of a sphincter (orbicularis oculi / oris).

    Rings are spaced between an inner ellipse (radii ``inner`` about ``centre``) and ``outer_frac``
    of the way to the structure's border, measured along each ray; each ring is cut into short arcs
    (``step`` degrees, staggered ring to ring) whose bow follows the ring, so the arcs read as
    continuous, slightly broken fibres. Angles in degrees, screen coordinates (0 right, 90 down).
    ``mirror`` adds the mirror image (for an unpaired structure drawn whole).
    """
    poly = _polygon(d, boundary)

    def ring_point(k: int, angle: float):
        t = math.radians(angle)
        p0 = (centre[0] + inner[0] * math.cos(t), centre[1] + inner[1] * math.sin(t))
        direction = math.atan2(p0[1] - centre[1], p0[0] - centre[0])
        reach = min(_ray_hit(poly, p0, direction), 40.0) * outer_frac
        f = (k + 0.5) / rings
        return (p0[0] + f * reach * math.cos(direction), p0[1] + f * reach * math.sin(direction))

    out: list[Fibres] = []
    lo, hi = span
    for k in range(rings):
        offset = (k % 2) * step / 2
        if hi - lo >= 360:
            angles = list(_frange(lo + offset, hi + offset + 0.01, step))
        else:
            inner_angles = _frange(lo + step / 2 + offset, hi - step / 4, step)
            angles = [lo, *inner_angles, hi]
        for a, b in zip(angles, angles[1:]):
            pa, pb, pm = ring_point(k, a), ring_point(k, b), ring_point(k, (a + b) / 2)
            dx, dy = pb[0] - pa[0], pb[1] - pa[1]
            length = math.hypot(dx, dy) or 1.0
            normal = (-dy / length, dx / length)
            sag = (pm[0] - (pa[0] + pb[0]) / 2) * normal[0] + (pm[1] - (pa[1] + pb[1]) / 2) * normal[1]
            out.append(Fibres(pa, pb, 1, bulge=sag / 0.75, trim=0.025))
            if mirror:
                ma, mb = (2 * MID - pa[0], pa[1]), (2 * MID - pb[0], pb[1])
                out.append(Fibres(mb, ma, 1, bulge=sag / 0.75, trim=0.025))
    return out


def _frange(start: float, stop: float, step: float):
    v = start
    while v < stop:
        yield v
        v += step


def _circle_arc(centre, r, a0, a1, n=8):
    """Points on a circle from angle a0 to a1 (degrees, screen coordinates)."""
    return [
        (centre[0] + r * math.cos(math.radians(a0 + (a1 - a0) * i / n)),
         centre[1] + r * math.sin(math.radians(a0 + (a1 - a0) * i / n)))
        for i in range(n + 1)
    ]


def draw_head(d: Drawing) -> None:
    """Add the superficial structures of the head (front view) to ``d``."""
    P = d.pt

    # -- outline junctions (positions on the silhouette) -------------------------------------------
    g0 = "skull_b@0.5"  # galea / temporalis, on the skull outline
    t_low = "temple@0.6"  # temporalis / masseter at the zygomatic arch
    for spec in (g0, t_low):
        d.outline_point(spec)
    d.outline_edge("head_crown", "vertex", g0)
    d.outline_edge("head_temporal", g0, t_low)
    d.outline_edge("head_masseteric", t_low, "jaw_angle")
    _slice_edge(d, "jawline", "jaw_masseter", 0, 1)  # jaw angle -> anterior border of masseter
    _slice_edge(d, "jawline", "jaw_buccal", 1, 2)
    _slice_edge(d, "jawline", "jaw_mental", 2, 3)  # -> chin on the midline
    j1 = P("masseter_jaw", *d.edges["jaw_masseter"][-1][3])
    jm = P("mentalis_jaw", *d.edges["jaw_mental"][0][0])

    # -- landmarks ------------------------------------------------------------------------------------
    gt = P("galea_temporal_frontal", 183.5, 54.5)  # temporal line meets the galea
    m1 = P("frontal_bellies_meet", MID, 62.0)  # apex of the galea between the frontal bellies
    n0 = P("procerus_lower_end", MID, 86.0)  # procerus ends on the nasal bones
    nt = P("nose_root_side", 206.1, 82.4)
    b_lat = P("brow_lateral", 183.9, 75.0)  # orbicularis oculi meets the temporal line
    z1 = P("zygomatic_arch_front", 184.7, 87.8)
    z2 = P("zygomaticus_origin_lat", 186.3, 91.5)
    z3 = P("zygomaticus_origin_med", 191.0, 93.7)
    nl = P("nose_side_infraorbital", 204.6, 90.0)
    ala_base = P("alar_base", 203.6, 101.7)
    sn = P("subnasale", MID, 102.6)
    z4 = P("masseter_zygomaticus", 187.4, 97.0)
    mod1 = P("modiolus_upper", 194.0, 109.4)
    mod2 = P("modiolus_lower", 194.3, 114.2)
    ml = P("mentalis_lip", 200.0, 121.0)
    cm = P("mentolabial_mid", MID, 122.0)

    # -- scalp: galea and frontal belly ---------------------------------------------------------------
    d.edge("galea_temporal", g0, (180.6, 52.7), gt)
    d.edge("frontalis_top", gt, (188.5, 50.0), (196.0, 47.3), (203.0, 48.6), (207.6, 54.2), m1)
    d.line("mid_forehead", m1, n0)
    d.edge("procerus_nasalis", n0, (208.2, 85.3), nt)
    mp = P("medial_palpebral_ligament_root", 206.05, 80.7)  # on the nose side, level with the canthus
    _curve(d, [
        ("brow_medial", [nt, mp]),
        ("brow", [(206.0, 77.4), (204.9, 72.7), (200.8, 69.3), (194.5, 68.2), (188.6, 69.4),
                  (185.3, 71.9), b_lat]),
    ])
    _curve(d, [
        ("temporal_line_lower", [z1, (183.1, 81.5), b_lat]),
        ("temporal_line_upper", [(182.5, 65.0), gt]),
    ])

    # -- orbit and cheek borders --------------------------------------------------------------------
    d.edge("zygomatic_arch", t_low, (180.7, 88.9), z1)
    _curve(d, [
        ("oculi_masseter", [z1, z2]),
        ("oculi_zygomaticus", [z3]),
        ("oculi_buccal", [(197.0, 94.4), nl]),
    ])
    _curve(d, [
        ("nose_upper", [nt, (205.4, 86.3), nl]),
        ("nose_lower", [(203.3, 94.8), (201.3, 98.6), (201.8, 100.9), ala_base]),
    ])
    d.edge("nose_base", sn, (206.6, 102.5), ala_base)

    # -- zygomaticus major, masseter, mouth -----------------------------------------------------------
    _curve(d, [
        ("masseter_zygomaticus_edge", [z2, z4]),
        ("zygomaticus_lateral", [(189.4, 104.2), (191.6, 110.0), mod2]),
    ])
    d.edge("zygomaticus_medial", z3, (192.5, 101.0), mod1)
    d.edge("masseter_anterior", z4, (188.6, 106.0), (189.4, 116.5), j1)
    d.edge("oris_upper_lateral", ala_base, (199.6, 103.5), (196.0, 106.2), mod1)
    d.edge("oris_modiolus", mod1, (193.6, 111.8), mod2)
    d.edge("oris_lower_lateral", mod2, (196.3, 118.4), ml)
    d.edge("oris_mentalis", ml, (205.0, 121.9), cm)
    d.edge("mentalis_lateral", ml, (199.4, 125.6), jm)
    d.line("mid_chin", "chin", cm)
    d.line("mid_nose", n0, sn)

    # -- details: eye, nose, lips -------------------------------------------------------------------
    oc = P("eye_outer_canthus", 188.4, 79.7)
    ic = P("eye_inner_canthus", 202.6, 80.7)
    d.edge("lid_upper", oc, (190.9, 77.9), (195.0, 76.8), (199.6, 77.4), ic)
    d.edge("lid_lower", oc, (191.3, 81.3), (196.0, 82.0), (200.4, 81.8), ic)
    d.edge("lid_crease", (189.8, 77.0), (192.6, 75.2), (196.0, 74.6), (199.8, 75.5), (201.8, 77.3))
    _iris(d, "iris", (195.3, 78.95), 2.75)
    d.edge("alar_groove", (204.0, 94.4), (202.8, 97.3), (203.1, 99.8), (204.7, 101.0))
    d.edge("nostril", (205.0, 101.4), (205.9, 100.6), (207.5, 100.5), (208.8, 101.3))
    corner = P("mouth_corner", 197.2, 112.4)
    d.edge("lip_upper", corner, (199.6, 111.1), (203.2, 109.8), (206.9, 108.9), (208.7, 109.3),
           (MID, 109.8))
    d.edge("lip_line", corner, (200.2, 112.0), (204.0, 112.35), (207.6, 112.45), (MID, 112.75))
    d.edge("lip_lower", corner, (199.8, 114.4), (204.4, 116.2), (MID, 116.6))

    # -- fibre guides ---------------------------------------------------------------------------------
    d.edge("_temporalis_origin", (176.6, 73.0), (177.6, 61.0), (180.4, 56.2), (182.6, 59.0),
           (183.0, 70.0))
    d.line("_temporalis_insertion", (179.3, 87.6), (182.7, 87.4))
    d.edge("masseter_tendon_lower", t_low, (180.2, 91.0), (184.0, 92.0), z2)
    d.line("_masseter_insertion", (183.7, 121.6), (189.1, 126.2))
    d.edge("_buccinator_origin", (188.5, 103.5), (189.3, 113.0), (189.9, 124.0))
    d.edge("_buccinator_insertion", (194.6, 115.2), (196.5, 118.6), (199.2, 120.8))
    d.edge("_infraorbital_top", (192.6, 95.5), (197.5, 95.6), (202.8, 92.6))
    d.edge("_infraorbital_bottom", (195.8, 106.6), (199.6, 104.4), (202.6, 102.7))
    d.edge("_nasalis_alar", (203.0, 97.6), (203.8, 94.0), (204.8, 90.6))
    d.line("_nasalis_dorsal", (209.4, 93.4), (209.4, 87.2))

    # -- structures -----------------------------------------------------------------------------------
    d.structure(
        "epicranial_aponeurosis", "superficial", tissue="fascia", paired=False,
        boundary=["head_crown", "galea_temporal", "frontalis_top", "-~frontalis_top",
                  "-~galea_temporal", "-~head_crown"],
    )

    d.structure(
        "occipitofrontalis", "superficial",
        boundary=["frontalis_top", "mid_forehead", "procerus_nasalis", "brow_medial", "brow",
                  "temporal_line_upper"],
        fibres=[Fibres("frontalis_top", "-brow", 11)],
    )

    d.structure(
        "temporalis", "superficial",
        boundary=["head_temporal", "zygomatic_arch", "temporal_line_lower", "temporal_line_upper",
                  "-galea_temporal"],
        fibres=[Fibres("_temporalis_origin", "_temporalis_insertion", 9, inset=0.03)],
    )

    oculi = ["-brow_medial", "nose_upper", "-oculi_buccal", "-oculi_zygomaticus", "-oculi_masseter",
             "temporal_line_lower", "-brow"]
    # The muscle is a ring: its outline runs in along the medial palpebral ligament, round the
    # palpebral fissure the other way and back out, so the eye (a pale part) is a hole in it.
    d.line("medial_palpebral_ligament", mp, ic)
    ring = oculi + ["medial_palpebral_ligament", "-lid_upper", "lid_lower", "-medial_palpebral_ligament"]
    d.structure(
        "orbicularis_oculi", "superficial",
        parts=[Part("muscle", ring), Part("ligament", ["lid_upper", "-lid_lower"])],
        fibres=_ring_fibres(d, (195.5, 79.7), (9.0, 4.6), oculi, 5, step=24.0,
                            outer_frac=0.9),
        details=[["lid_crease"], ["iris"]],
    )

    d.structure(
        "nasalis", "superficial",
        boundary=["mid_nose", "nose_base", "-nose_lower", "-nose_upper", "-procerus_nasalis"],
        fibres=[Fibres("_nasalis_alar", "_nasalis_dorsal", 6, bulge=0.4)],
        details=[["alar_groove"], ["nostril"]],
    )

    d.structure(
        "zygomaticus_major", "superficial",
        boundary=["oculi_zygomaticus", "zygomaticus_medial", "oris_modiolus", "-zygomaticus_lateral",
                  "-masseter_zygomaticus_edge"],
        fibres=[Fibres("oculi_zygomaticus", "-oris_modiolus", 6)],
    )

    d.structure(
        "masseter", "superficial",
        parts=[
            Part("muscle", ["head_masseteric", "jaw_masseter", "-masseter_anterior",
                            "-masseter_zygomaticus_edge", "-masseter_tendon_lower"]),
            # the superficial part arises by a strong aponeurosis from the zygomatic arch
            Part("aponeurosis", ["zygomatic_arch", "oculi_masseter", "-masseter_tendon_lower"]),
        ],
        fibres=[Fibres("masseter_tendon_lower", "_masseter_insertion", 9, inset=0.1, bulge=0.6,
                       trim=0.02)],
    )

    d.structure(
        "buccinator", "superficial",
        parts=[
            Part("muscle", ["masseter_anterior", "jaw_buccal", "-mentalis_lateral",
                            "-oris_lower_lateral", "-zygomaticus_lateral"]),
            Part("muscle", ["oculi_buccal", "nose_lower", "oris_upper_lateral",
                            "-zygomaticus_medial"]),
        ],
        fibres=[Fibres("_buccinator_origin", "_buccinator_insertion", 6, bulge=-0.5),
                Fibres("_infraorbital_top", "_infraorbital_bottom", 6)],
    )

    oris_half = ["nose_base", "oris_upper_lateral", "oris_modiolus", "oris_lower_lateral",
                 "oris_mentalis"]
    oris = oris_half + ["-~" + e for e in reversed(oris_half)]
    d.structure(
        "orbicularis_oris", "superficial", paired=False,
        boundary=oris,
        fibres=_ring_fibres(d, (MID, 112.8), (14.4, 4.6), oris, 4, span=(90.0, 270.0),
                            step=18.0, outer_frac=0.88, mirror=True),
        details=[["lip_upper", "-~lip_upper"], ["lip_line", "-~lip_line"],
                 ["lip_lower", "-~lip_lower"]],
    )

    d.structure(
        "mentalis", "superficial",
        boundary=["mentalis_lateral", "jaw_mental", "mid_chin", "-oris_mentalis"],
        fibres=[Fibres("oris_mentalis", "jaw_mental", 6)],
    )

    # -- ears (decor): attached along the outline from the zygomatic arch level to the lobe -----------
    d.outline_edge("ear_attach", "jaw_upper@0.2", "temple@0.35")
    d.edge("ear_rim", "temple@0.35", (174.3, 83.2), (172.4, 84.6), (171.4, 88.8), (171.5, 95.5),
           (172.5, 101.5), (174.0, 106.5), (175.9, 110.5), (178.2, 112.4), "jaw_upper@0.2")
    d.edge("ear_helix", (174.0, 86.0), (173.3, 90.0), (173.5, 96.0), (174.6, 102.0), (176.1, 106.0))
    d.decor("skin", ["ear_rim", "ear_attach"], closed=True)
    d.decor("skin", ["~ear_rim", "~ear_attach"], closed=True)
    d.decor("skin", ["ear_helix"])
    d.decor("skin", ["~ear_helix"])


def _iris(d: Drawing, name: str, centre, r: float) -> str:
    """The visible arc of the iris between the lid margins (a detail edge)."""
    from .engine import _bezier_point

    def lid_y(edge: str, x: float) -> float:
        pts = [_bezier_point(c, k / 40) for c in d.edges[edge] for k in range(41)]
        best = min(pts, key=lambda p: abs(p[0] - x))
        return best[1]

    inside = []
    for a in range(0, 360, 3):
        p = _circle_arc(centre, r, a, a, 1)[0]
        inside.append(p[1] > lid_y("lid_upper", p[0]) + 0.12)
    # the longest run of visible angles (the arc below the upper lid)
    n = len(inside)
    best = (0, 0)
    for s in range(n):
        if inside[s] and not inside[s - 1]:
            k = 0
            while k < n and inside[(s + k) % n]:
                k += 1
            best = max(best, (k, s), key=lambda t: t[0])
    k, s = best
    if all(inside):
        return d.edge(name, *_circle_arc(centre, r, 0, 360, 16))
    a0 = s * 3
    a1 = (s + k - 1) * 3
    return d.edge(name, *_circle_arc(centre, r, a0, a1, 12))
