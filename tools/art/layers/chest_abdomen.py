"""Chest and abdomen at depth, front view: the front of the trunk from the clavicles to the inguinal
ligaments, medial to the arms, and the posterior abdominal wall seen from the front.

Layers (anatomical depth, front view):
- superficial: pectoralis major, serratus anterior, external oblique (redrawn only to give its
  aponeurosis a free lower border, the inguinal ligament), linea alba, the anterior layer of the
  rectus sheath over rectus abdominis (the tendinous intersections show through as details);
- intermediate: rectus abdominis inside its sheath, pyramidalis in front of its lower end, internal
  oblique (fanning up and medially from the iliac crest and the inguinal ligament to the costal
  margin and its aponeurosis at the lateral border of rectus), pectoralis minor (coracoid to ribs
  3-5), subclavius under the clavicle, the clavipectoral fascia between them, and the external
  intercostals in the lower rib spaces below pectoralis minor;
- deep: the internal intercostals of the upper rib spaces (sternum to the lateral chest wall), the
  diaphragm (dome and central tendon above the costal margin, crura down to L1-L3), the medial
  arcuate ligament over the top of psoas, psoas major (T12-L5, under the inguinal ligament and over the
  hip joint, fleshy almost to a short tendon on the lesser trochanter where the skeleton layer draws it),
  iliacus (iliac fossa, converging on the lateral side of the psoas onto the same trochanter), quadratus lumborum (12th rib to iliac crest, lateral
  to psoas) and transversus abdominis.

The front view cannot show both the anterolateral wall's deepest sheet (transversus abdominis) and the
posterior abdominal wall behind it in one layer without overlapping, so the deep layer is drawn as a
"window" plate: transversus abdominis fills the flank (muscular, horizontal fibres), the upper belly
below the costal margin where it interdigitates with the diaphragm (aponeurotic medially) and the lower
belly between psoas and the midline (aponeurotic, with the arcuate line); psoas, quadratus lumborum,
iliacus and the crura show through the window between. Transversalis fascia (deep to TA) is data only.

Back view: internal oblique only (the old table's outline lateral to quadratus lumborum, moved to the
intermediate layer so that its layer is the same in both views).
"""

from __future__ import annotations

import math

from ..engine import Drawing, Fibres, Part
from ..back import split
from ..front import curve, oe, op, ring

PREFIX = "ca_"
REPLACES: dict[str, set[str]] = {
    "front": {"rectus_abdominis", "external_oblique", "pectoralis_minor", "psoas_major", "iliacus",
              "quadratus_lumborum", "transversus_abdominis"},
    "back": {"internal_oblique"},
    "lateral": set(),
}


# -- fibre helpers -----------------------------------------------------------------------------------
def _polygon(d: Drawing, refs: list[str], axis: float = 210.0) -> list[tuple[float, float]]:
    from ..engine import _bezier_point

    poly = []
    for r in refs:
        for c in d.ref(r, axis):
            for k in range(10):
                poly.append(_bezier_point(c, k / 10))
    return poly


def _clip(poly, o, u) -> list[tuple[float, float]]:
    """Parameters t where the line o + t*u crosses the polygon, sorted."""
    ts = []
    n = len(poly)
    for i in range(n):
        a, b = poly[i], poly[(i + 1) % n]
        ex, ey = b[0] - a[0], b[1] - a[1]
        den = u[0] * ey - u[1] * ex
        if abs(den) < 1e-12:
            continue
        wx, wy = a[0] - o[0], a[1] - o[1]
        t = (wx * ey - wy * ex) / den
        s = (wx * u[1] - wy * u[0]) / den
        if 0 <= s < 1:
            ts.append(t)
    return sorted(ts)


def _segments(poly, o, u, margin: float, min_len: float) -> list[Fibres]:
    out = []
    ts = _clip(poly, o, u)
    for t0, t1 in zip(ts[0::2], ts[1::2]):
        t0, t1 = t0 + margin, t1 - margin
        if t1 - t0 < min_len:
            continue
        a = (o[0] + u[0] * t0, o[1] + u[1] * t0)
        b = (o[0] + u[0] * t1, o[1] + u[1] * t1)
        out.append(Fibres(a, b, 1, inset=0.0, trim=0.0))
    return out


def hatch(d: Drawing, refs: list[str], angle: float, spacing: float, margin: float = 0.9,
          min_len: float = 2.5, phase: float = 0.5) -> list[Fibres]:
    """Straight parallel fibres at ``angle`` degrees (0 = horizontal, positive = down to the right),
    clipped to the closed boundary ``refs``."""
    poly = _polygon(d, refs)
    u = (math.cos(math.radians(angle)), math.sin(math.radians(angle)))
    nrm = (-u[1], u[0])
    proj = [p[0] * nrm[0] + p[1] * nrm[1] for p in poly]
    along = [p[0] * u[0] + p[1] * u[1] for p in poly]
    lo, hi = min(proj), max(proj)
    start = min(along) - 5
    out = []
    k = lo + spacing * phase
    while k < hi:
        o = (nrm[0] * k + u[0] * start, nrm[1] * k + u[1] * start)
        out += _segments(poly, o, u, margin, min_len)
        k += spacing
    return out


def fan(d: Drawing, refs: list[str], focus: tuple[float, float], a0: float, a1: float, count: int,
        margin: float = 0.9, min_len: float = 2.5) -> list[Fibres]:
    """Fibres on lines radiating from ``focus`` (angles a0..a1 degrees), clipped to ``refs``."""
    poly = _polygon(d, refs)
    out = []
    for i in range(count):
        a = math.radians(a0 + (a1 - a0) * (i + 0.5) / count)
        out += _segments(poly, focus, (math.cos(a), math.sin(a)), margin, min_len)
    return out


def cut(d: Drawing, edge: str, index: int, first: str, second: str) -> None:
    """Cut an edge at one of its through-points (the ``index``-th cubic boundary)."""
    cubics = d.edges[edge]
    d.edges[first] = cubics[:index]
    d.edges[second] = cubics[index:]


def band(d: Drawing, name: str, top: list, bottom: list, round_end: float = 0.0,
         round_start: float = 0.0) -> list[str]:
    """A closed strip between two polylines running the same way (the far end rounded by ``round_end``)."""
    d.edge(f"{name}_t", *top)
    d.edge(f"{name}_b", *bottom)
    if round_end:
        (x1, y1), (x2, y2) = top[-1], bottom[-1]
        d.edge(f"{name}_m", top[-1], ((x1 + x2) / 2 + round_end, (y1 + y2) / 2), bottom[-1])
    else:
        d.line(f"{name}_m", top[-1], bottom[-1])
    if round_start:
        (x1, y1), (x2, y2) = bottom[0], top[0]
        d.edge(f"{name}_l", bottom[0], ((x1 + x2) / 2 - round_start, (y1 + y2) / 2), top[0])
    else:
        d.line(f"{name}_l", bottom[0], top[0])
    return [f"{name}_t", f"{name}_m", f"-{name}_b", f"{name}_l"]


# -- ribs (front view, viewer's left half: the figure's right) ---------------------------------------
# The rib centre lines of the skeleton layer (tools/art/layers/skeleton.py, _RIBS_FRONT, copied here so
# the intercostal spaces sit between the ribs that are drawn): lateral -> medial, width. Ribs run down
# and forward to the costochondral junction; the cartilages of 6-10 turn up to the sternum/costal margin.
SK_RIBS = {
    1: ([(183.8, 160.2), (181.2, 163.6), (185.6, 167.4), (193.2, 169.2), (202.8, 169.6)], 4.0),
    2: ([(171.8, 165.6), (167.4, 172.6), (171.6, 179.2), (184, 183.8), (204.6, 185)], 3.4),
    3: ([(163.8, 175.2), (159.4, 183.2), (163.6, 192.2), (180, 197.8), (204.8, 197.8)], 3.4),
    4: ([(158, 185.4), (155, 195.2), (159.4, 205.6), (176, 211.8), (190, 212.4), (204.8, 210.8)], 3.4),
    5: ([(155, 197.4), (152.8, 207.6), (157, 219.2), (173, 226.2), (190, 226.8), (205, 224)], 3.4),
    6: ([(153.8, 209.4), (152.2, 220.6), (156, 232.6), (170, 240.2), (185, 244), (197, 241.8), (205.2, 236.8)], 3.2),
    7: ([(153.6, 221.4), (152.4, 233.2), (155.4, 245.6), (167, 253.6), (182, 257.4), (195, 255), (205.4, 248.8)], 3.2),
    8: ([(154, 233.4), (153, 246.2), (156, 258.2), (164, 265.6), (175, 268), (186, 263.8), (192.4, 256.8)], 3.0),
    9: ([(155, 245.4), (154.2, 258.2), (156.4, 269.6), (162.4, 277), (170, 278.4), (178.4, 273.2), (183.4, 266)], 2.8),
    10: ([(156.6, 257.4), (155.8, 270.6), (158, 281.2), (162, 287.4), (168, 288.4), (172.8, 282.4), (175.8, 276)], 2.6),
}
GAP = 0.5  # a hair of bare bone left between a rib and the muscle of the space beside it


def _rib_edge(k: int, below: bool):
    """The lower (or upper) border of rib k's anterior part as a function y(x)."""
    from ..engine import _bezier_point, catmull_rom

    centre, w = SK_RIBS[k]
    pts_ = []
    for i, c in enumerate(catmull_rom(centre)):
        if i < 1:
            continue  # the lateral turn of the rib round the chest wall
        for j in range(12):
            t = j / 12
            p = _bezier_point(c, t)
            q = _bezier_point(c, min(t + 0.02, 1.0)) if t < 0.98 else p
            r = _bezier_point(c, max(t - 0.02, 0.0))
            dx, dy = q[0] - r[0], q[1] - r[1]
            ln = math.hypot(dx, dy) or 1.0
            nx, ny = -dy / ln, dx / ln
            if (ny < 0) == below:
                nx, ny = -nx, -ny
            h = w / 2 + GAP
            pts_.append((p[0] + nx * h, p[1] + ny * h))
    pts_.sort()

    def y_at(x: float) -> float:
        for (x1, y1), (x2, y2) in zip(pts_, pts_[1:]):
            if x1 <= x <= x2:
                return y1 + (y2 - y1) * (x - x1) / ((x2 - x1) or 1)
        return pts_[0][1] if x < pts_[0][0] else pts_[-1][1]

    return y_at


def _space(k: int, x0: float, x1: float, n: int = 7) -> tuple[list, list]:
    """Upper and lower border of the k-th intercostal space (between ribs k and k+1), x0..x1."""
    low_k, up_k1 = _rib_edge(k, True), _rib_edge(k + 1, False)
    xs = [x0 + (x1 - x0) * i / (n - 1) for i in range(n)]
    top = [(x, low_k(x)) for x in xs]
    bot = [(x, max(up_k1(x), low_k(x) + 1.2)) for x in xs]
    return top, bot


# ==================================================================================================
# FRONT VIEW
# ==================================================================================================
def front(d: Drawing) -> None:
    _surface(d)
    _chest_intermediate(d)
    _abdomen_intermediate(d)
    _deep(d)


def _surface(d: Drawing) -> None:
    """The anterior rectus sheath over rectus abdominis; external oblique with its inguinal ligament."""
    # rectus sheath: exactly the old surface outline of rectus abdominis
    d.structure(
        "rectus_sheath", "superficial", tissue="aponeurosis",
        boundary=ring(d, "st_lat_rect", "la_edge", "rect_bot_grac", "rect_bot_al", "rect_lat_apo", "rect_lat_eo",
                      "pec_low_rect"),
        # the sheath's collagen continues the external oblique's down-and-medial course
        fibres=hatch(d, ring(d, "st_lat_rect", "la_edge", "rect_bot_grac", "rect_bot_al", "rect_lat_apo",
                              "rect_lat_eo", "pec_low_rect"), 58, 7.5, margin=1.2, min_len=4),
        details=[["rect_int_1"], ["rect_int_2"], ["rect_int_3"]],
    )
    # inguinal ligament: the rolled-under lower border of the external oblique aponeurosis
    d.pt("ca_i1", 179.3, 397.9)
    curve(d, ["ca_ing_up_l", "ca_ing_up_m"], "asis", (169.1, 385), "ca_i1", (190.3, 409.9), "pub_tub")
    d.structure(
        "inguinal_ligament", "superficial", tissue="ligament",
        boundary=ring(d, "inguinal", "ca_ing_up_l", "ca_ing_up_m"),
    )
    d.structure(
        "external_oblique", "superficial",
        parts=[
            Part("muscle", ring(d, "pec_low_eo", "serr_eo_1", "serr_eo_2", "serr_eo_3", "serr_eo_4", "lat_ant_eo",
                                "ol_eo", "crest_gm", "crest_tfl", "eo_apo", "rect_lat_eo")),
            Part("aponeurosis", ring(d, "eo_apo", "ca_ing_up_l", "ca_ing_up_m", "rect_lat_apo")),
        ],
        fibres=[Fibres("eo_fib_src", "eo_apo", 12, inset=0.03, bulge=-1.0),
                Fibres("eo_apo_fib_a", "eo_apo_fib_b", 8, inset=0.03, trim=0.08)],
    )


def _chest_intermediate(d: Drawing) -> None:
    """Pectoralis minor, subclavius, clavipectoral fascia, external intercostals."""
    # pectoralis minor: the coracoid to slips on ribs 3-5 (outline of the old deep table, now at its depth)
    # (slips on the upper borders of ribs 3, 4 and 5 beside their costal cartilages)
    d.pt("ca_pm_r3", 178.2, 198.6)
    d.pt("ca_pm_r5", 171.2, 230.2)
    d.edge("ca_pm_up", "pm_tu", (156, 192.2), (167, 195.2), "ca_pm_r3")
    d.edge("ca_pm_base", "ca_pm_r3", (175.4, 203.4), (177.6, 211), (173.4, 216.8), (174.8, 225.6), "ca_pm_r5")
    d.edge("ca_pm_low", "ca_pm_r5", (161, 224.4), (150.6, 211.4), "pm_tl")
    d.structure(
        "pectoralis_minor", "intermediate",
        parts=[
            Part("tendon", ring(d, "pm_up_t", "pm_tend_line", "pm_low_t")),
            Part("muscle", ring(d, "pm_tend_line", "ca_pm_up", "ca_pm_base", "ca_pm_low")),
        ],
        fibres=[Fibres("ca_pm_base", "-pm_tend_line", 10, inset=0.05, trim=0.03)],
    )

    # subclavius: a small spindle under the clavicle, tendon on the first rib's costochondral junction,
    # belly into the groove on the underside of the middle third of the clavicle
    d.pt("ca_sc_med", 195.5, 168.9)
    d.pt("ca_sc_lat", 153, 180.2)
    d.pt("ca_sc_tu", 189.5, 168.6)
    d.pt("ca_sc_tl", 189.5, 171.6)
    curve(d, ["ca_sc_up_t", "ca_sc_up_m"], "ca_sc_med", "ca_sc_tu", (178, 170.9), (166, 174.9), (158, 177.9),
          "ca_sc_lat")
    curve(d, ["ca_sc_lo_t", "ca_sc_lo_m"], "ca_sc_med", "ca_sc_tl", (177.5, 175.4), (166, 178.6), (158.5, 180.6),
          "ca_sc_lat")
    d.line("ca_sc_tline", "ca_sc_tu", "ca_sc_tl")
    d.structure(
        "subclavius", "intermediate",
        parts=[
            Part("tendon", ring(d, "ca_sc_up_t", "ca_sc_tline", "ca_sc_lo_t")),
            Part("muscle", ring(d, "ca_sc_tline", "ca_sc_up_m", "ca_sc_lo_m")),
        ],
        fibres=hatch(d, ring(d, "ca_sc_tline", "ca_sc_up_m", "ca_sc_lo_m"), -16, 1.1, margin=0.6, min_len=3),
    )

    # clavipectoral fascia: from the subclavius down to the upper border of pectoralis minor, between
    # the coracoid and the first intercostal space
    d.edge("ca_cpf_lat", "cor", (145, 183.2), "ca_sc_lat")
    d.edge("ca_cpf_med", "ca_sc_med", (194.4, 177), (190, 187.5), (183, 195.2), "ca_pm_r3")
    d.structure(
        "clavipectoral_fascia", "intermediate", tissue="fascia",
        boundary=ring(d, "ca_cpf_lat", "ca_sc_lo_m", "ca_sc_lo_t", "ca_cpf_med", "ca_pm_up", "pm_up_t"),
    )

    # external intercostals: the lateral parts of the lower rib spaces, below pectoralis minor and above
    # the costal margin (medially they give way to the external intercostal membrane)
    parts = []
    fibres = []
    for k, x0, x1 in ((6, 157.5, 171.5), (7, 157.5, 170), (8, 158, 167), (9, 159, 165)):
        top, bot = _space(k, x0, x1)
        b = band(d, f"ca_eic{k}", top, bot, round_end=1.6, round_start=1.2)
        parts.append(Part("muscle", b))
        # fibres run down and forward (down and medially in this view)
        fibres += hatch(d, b, 62, 1.9, margin=0.35, min_len=1.5)
    d.structure("external_intercostals", "intermediate", parts=parts, fibres=fibres)


def _abdomen_intermediate(d: Drawing) -> None:
    """Rectus abdominis in its sheath, pyramidalis, internal oblique."""
    # linea alba border cut at the apex of pyramidalis; the rectus border cut where the costal margin
    # crosses it and where the internal oblique's arching lower fibres reach it
    cut(d, "la_edge", 7, "ca_la_up", "ca_la_low")  # at (209.2, 400)
    d.pt("ca_pyr_apex", 209.2, 400)
    d.edge("ca_pyr_lat", "al_med", (204.6, 415), (207.4, 405.5), "ca_pyr_apex")
    d.structure(
        "pyramidalis", "intermediate",
        boundary=ring(d, "ca_la_low", "rect_bot_grac", "ca_pyr_lat"),
        fibres=[Fibres("rect_bot_grac", "ca_pyr_apex", 4, inset=0.15, trim=0.08)],
    )
    rect = ring(d, "st_lat_rect", "ca_la_up", "ca_pyr_lat", "rect_bot_al", "rect_lat_apo", "rect_lat_eo",
                "pec_low_rect")
    d.structure(
        "rectus_abdominis", "intermediate",
        boundary=rect,
        fibres=hatch(d, rect, 88.5, 2.4, margin=1.0, min_len=4),
        details=[["rect_int_1"], ["rect_int_2"], ["rect_int_3"]],
    )

    # costal margin: from the xiphoid down and out along cartilages 7-10 to the 10th rib at the flank
    split(d, "rect_lat_apo", 0.045, "ca_rla_a", "ca_rla_b", "ca_P")
    cut(d, "ca_rla_b", 5, "ca_rla_c", "ca_rla_d")  # ca_rla_c: P -> (190.5, 394)
    d.pt("ca_Q", 190.5, 394)
    pC = d.pt("ca_cm_c", 197.4, 259.6)
    d.pt("ca_cm_j", 173.6, 280.4)
    d.pt("ca_cm_x", 190.5, 264.2)
    curve(d, ["ca_cm_a1", "ca_cm_a2", "ca_cm_b", "ca_cm_l"], pC, "ca_cm_x", "ca_P", "ca_cm_j", (167.6, 290.8),
          (160, 296.2), "waist", lead=(205, 255.5), tail=(150, 306))

    # internal oblique: iliac crest, ASIS and lateral inguinal ligament, fanning up and medially to the
    # lower ribs and an aponeurosis along the lateral border of rectus; its lowest fibres arch medially
    # over the inguinal canal towards the conjoint tendon
    crest_lat = "iliac@0.3"
    oe(d, "ca_ol_io", "waist", crest_lat)
    d.pt("ca_io_b", 184.6, 396.1)
    curve(d, ["ca_io_arch_l", "ca_io_arch_m"], "ca_i1", "ca_io_b", "ca_Q")
    d.edge("ca_io_apo", "ca_cm_j", (173, 298), (174.2, 320), (176.8, 345), (180.8, 371), "ca_io_b")
    io_m = ring(d, "ca_cm_l", "ca_ol_io", "crest_gm", "crest_tfl", "ca_ing_up_l", "ca_io_arch_l", "ca_io_apo")
    io_a = ring(d, "ca_cm_b", "ca_io_apo", "ca_io_arch_m", "ca_rla_c")
    d.structure(
        "internal_oblique", "intermediate",
        parts=[Part("muscle", io_m), Part("aponeurosis", io_a)],
        fibres=fan(d, io_m, (136, 412), -72, -6, 19, margin=1.0, min_len=3)
        + hatch(d, io_a, -38, 6.0, margin=0.8, min_len=3),
    )


def _deep(d: Drawing) -> None:
    """Internal intercostals, diaphragm, medial arcuate ligament, psoas, QL, iliacus, transversus."""
    # internal intercostals: upper rib spaces from the sternum to the lateral chest wall, above the dome
    parts = []
    fibres = []
    for k, x0 in ((1, 187.5), (2, 172.5), (3, 165.5), (4, 160.5)):
        top, bot = _space(k, x0, 203.2)
        b = band(d, f"ca_iic{k}", top, bot, round_start=2.2)
        parts.append(Part("muscle", b))
        # fibres run up and forward (up and medially), across the external ones
        fibres += hatch(d, b, -40, 1.9, margin=0.35, min_len=1.5)
    d.structure("internal_intercostals", "deep", parts=parts, fibres=fibres)

    # ---- diaphragm (unpaired): dome and central tendon above the costal margin, crura down to L1-L3
    pts_ = {
        "ca_dm_top": (210, 250.6), "ca_ct_l": (188.5, 243),
        "ca_cr_m": (200.8, 304.5), "ca_cr_bl": (203, 334.5), "ca_cr_bm": (206.6, 335.2),
        "ca_hiatus": (210, 301), "ca_ct_bot": (210, 258.8),
    }
    for n, (x, y) in pts_.items():
        d.pt(n, x, y)
    dome_out = op(d, "ribs_side@0.4")
    curve(d, ["ca_dome_ct", "ca_dome_lat"], "ca_dm_top", (199, 248.6), "ca_ct_l", (178.5, 240.4),
          (168, 243.5), (160, 250.6), (154.6, 262), dome_out, lead=(218, 249.2))
    oe(d, "ca_ol_dia", dome_out, "waist")
    curve(d, ["ca_crus_up", "ca_crus_low"], "ca_cm_c", (199.6, 282), "ca_cr_m", (202.2, 320), "ca_cr_bl")
    d.edge("ca_crus_bot", "ca_cr_bl", (204.8, 335.7), "ca_cr_bm")
    d.edge("ca_crus_med", "ca_cr_bm", (206.4, 320), (206.9, 308), "ca_hiatus")
    d.edge("ca_ct_low", "ca_ct_l", (193.5, 251.2), (201, 256.4), "ca_ct_bot")
    dia_m = ring(d, "ca_dome_lat", "ca_ol_dia", "-ca_cm_l", "-ca_cm_b", "-ca_cm_a2", "-ca_cm_a1", "ca_crus_up", "ca_crus_low",
                 "ca_crus_bot", "ca_crus_med", "-~ca_crus_med", "-~ca_crus_bot", "-~ca_crus_low", "-~ca_crus_up",
                 "~ca_cm_a1", "~ca_cm_a2", "~ca_cm_b", "~ca_cm_l", "-~ca_ol_dia", "-~ca_dome_lat", "~ca_ct_low", "-ca_ct_low")
    dia_t = ring(d, "ca_dome_ct", "ca_ct_low", "-~ca_ct_low", "-~ca_dome_ct")
    d.structure(
        "diaphragm", "deep", paired=False,
        parts=[Part("muscle", dia_m), Part("tendon", dia_t)],
        fibres=fan(d, dia_m, (210, 216), 8, 172, 46, margin=1.0, min_len=2.5),
        details=[],
    )

    # ---- medial arcuate ligament, psoas major, quadratus lumborum, iliacus
    P = d.pt
    P("ca_T", 190.4, 308.4)          # L1 transverse process: lateral end of the medial arcuate ligament
    P("ca_ql_lt", 175.6, 305.4)    # QL on the 12th rib, lateral corner
    P("ca_ql_lb", 171.4, 346.6)    # QL on the iliac crest, lateral corner
    P("ca_ql_mb", 186.3, 349.6)    # QL and psoas meet on the iliolumbar ligament / crest
    P("ca_ing_v", 188, 412)        # where psoas passes under the inguinal ligament (a point of that edge)
    P("ca_ps_tl", 179.6, 410.4)    # psoas muscle-tendon junction, lateral
    # the lesser trochanter: where the skeleton layer draws it (its marker at (159.2, 436)) and where
    # the old table's psoas tendon ended; its medial edge ``ps_med_t`` is kept, because hip_thigh's
    # obturator externus (deep to the tendon) is cut along it
    crest_pt = op(d, "iliac@0.12")
    cut(d, "inguinal", 3, "ca_ing_lat", "ca_ing_med")  # ca_ing_med: (188, 412) -> pubic tubercle

    d.edge("ca_mal_top", "ca_cr_m", (195.6, 298.9), "ca_T")
    d.edge("ca_ps_top", "ca_cr_m", (195.6, 302.5), "ca_T")
    curve(d, ["ca_ps_lat_ql", "ca_ps_lat_il"], "ca_T", (188.8, 322), (187.6, 335), "ca_ql_mb", (184, 365),
          (181.6, 382), (180.1, 397.5), "ca_ps_tl")
    curve(d, "ca_ps_med", "ca_cr_bl", (202.8, 347), (200.6, 360.5), (197, 376),
          (192.6, 393), "ca_ing_v", lead="ca_cr_m")
    d.edge("ca_ps_low", "ca_ing_v", (182.4, 416.2), "ps_tend")
    d.edge("ca_ps_tlat", "ca_ps_tl", (171, 416.2), (163.5, 424.5), "lt")
    # the belly stays fleshy almost to the trochanter; a short tendon takes it onto the bone
    split(d, "ca_ps_tlat", 0.7, "ca_ps_tlat_m", "ca_ps_tlat_t", "ca_TL2")
    split(d, "ps_med_t", 0.72, "ca_psm_m", "ca_psm_t", "ca_TM2")
    d.line("ca_ps_tend", "ca_TL2", "ca_TM2")
    d.structure(
        "medial_arcuate_ligament", "deep", tissue="ligament",
        boundary=ring(d, "ca_mal_top", "ca_ps_top"),
    )
    ps_m = ring(d, "ca_ps_top", "ca_ps_lat_ql", "ca_ps_lat_il", "ca_ps_tlat_m", "ca_ps_tend", "ca_psm_m",
                "ca_ps_low", "ca_ps_med", "ca_crus_low")
    d.structure(
        "psoas_major", "deep",
        parts=[Part("muscle", ps_m), Part("tendon", ring(d, "ca_ps_tend", "ca_ps_tlat_t", "ca_psm_t"))],
        fibres=_psoas_fibres(d),
    )

    d.edge("ca_ql_top", "ca_T", (183.2, 306.8), "ca_ql_lt")
    d.edge("ca_ql_lat", "ca_ql_lt", (173.2, 324), "ca_ql_lb")
    d.edge("ca_ql_bot", "ca_ql_lb", (179, 349.3), "ca_ql_mb")
    d.edge("ca_lat_arc", (189, 311.2), (182.8, 309.8), (177, 308.6))
    ql = ring(d, "ca_ql_top", "ca_ql_lat", "ca_ql_bot", "ca_ps_lat_ql")
    d.structure(
        "quadratus_lumborum", "deep",
        boundary=ql,
        fibres=[Fibres("ca_ql_top", "-ca_ql_bot", 7, inset=0.1, trim=0.05)],
        # the lateral arcuate ligament of the diaphragm arches over its upper end
        details=[["ca_lat_arc"]],
    )

    d.edge("ca_crest_in", crest_pt, (160, 344.6), "ca_ql_lb")
    d.edge("ca_il_lat", crest_pt, (152.6, 356), (155, 371), (157.4, 388), (158.4, 404), (157.4, 421), "lt")
    il = ring(d, "ca_crest_in", "ca_ql_bot", "ca_ps_lat_il", "ca_ps_tlat", "ca_il_lat")
    d.edge("ca_il_fs", (152.8, 348), (162, 348.8), (172, 352.2), (180, 356))
    d.structure(
        "iliacus", "deep",
        boundary=il,
        fibres=[Fibres("ca_il_fs", (164, 428), 9, inset=0.04, trim=0.06)],
    )

    # ---- transversus abdominis: horizontal fibres; muscular in the flank, aponeurotic medially, its upper
    # fibres interdigitating with the diaphragm along the costal margin
    oe(d, "ca_ol_ta", "waist", crest_pt)
    # the upper fibres stay fleshy far medially behind the costal cartilages; only a narrow aponeurotic
    # strip remains beside the crus and the medial arcuate ligament
    d.edge("ca_ta_junc", "ca_cm_x", (193.2, 286), "ca_T")
    ta_m = ring(d, "ca_cm_a2", "ca_cm_b", "ca_cm_l", "ca_ol_ta", "ca_crest_in", "ca_ql_lat", "ca_ql_top", "ca_ta_junc")
    ta_a = ring(d, "ca_cm_a1", "ca_ta_junc", "ca_mal_top", "ca_crus_up")
    d.pt("ca_ta_mid_top", 210, 335.6)
    d.line("ca_ta2_top", "ca_cr_bm", "ca_ta_mid_top")
    d.line("ca_ta_mid", "ca_ta_mid_top", "pubic_sym")
    ta_low = ring(d, "ca_crus_bot", "ca_ta2_top", "ca_ta_mid", "rect_bot_grac", "rect_bot_al", "ca_ing_med",
                  "ca_ps_med")
    d.edge("ca_arcuate", (202.9, 353.5), (206.2, 356.4), (209.3, 357))
    d.structure(
        "transversus_abdominis", "deep",
        parts=[Part("muscle", ta_m), Part("aponeurosis", ta_a), Part("aponeurosis", ta_low)],
        fibres=hatch(d, ta_m, 0, 2.2, margin=0.8, min_len=2.5)
        + hatch(d, ta_a, -4, 3.6, margin=0.6, min_len=1.5)
        + hatch(d, ta_low, 0, 5.5, margin=0.8, min_len=2.0),
        details=[["ca_arcuate"]],
    )


def _psoas_fibres(d: Drawing) -> list[Fibres]:
    """Fibres along the psoas: from its origins down to the tendon."""
    from ..front import flow

    return (flow(d, "ca_ps_flow", ["ca_ps_lat_ql", "ca_ps_lat_il"], ["ca_crus_low", "ca_ps_med"],
                 5, sections=9, t0=0.0, t1=1.0, inset=0.12)
            + flow(d, "ca_ps_flow2", ["ca_ps_tlat_m"], ["ca_ps_low", "ca_psm_m"], 3, sections=4, t0=0.02,
                   t1=0.98, inset=0.2))


def back(d: Drawing) -> None:
    """Internal oblique seen from behind (floor of the lumbar triangle, lateral to quadratus lumborum):
    the old table's outline, moved to the intermediate layer so that its depth is the same in every view
    (under latissimus dorsi and the external oblique, over transversus abdominis)."""
    d.structure("internal_oblique", "intermediate", boundary=["dk_io_out", "dcrest_1", "-ql_lat", "io_top"],
                fibres=[Fibres("dcrest_1", "-io_top", 6, inset=0.1, trim=0.05, bulge=1.0)])


def lateral(d: Drawing) -> None:
    pass
