"""The anterior view of FasciaMap's body: everything below the jawline (the face is front_head.py).

Coordinates are the viewer's left half (the figure's right side); paired structures are mirrored by the
engine, midline structures (sternum, linea alba) are drawn whole with ``~`` mirror references.
Landmark levels follow figure.py (eight-head canon): sternal notch 160, acromion 174, nipples 230,
xiphoid 258, navel 330, iliac crest 342, ASIS 372, crotch 432, knee 605, malleoli 800, sole 836.

The superficial layer is a planar map: every border between two structures is one named edge, cut from
a smooth master curve (:func:`curve`) so that a border stays smooth across the junctions along it.
Structure outlines are listed as plain edge names and oriented automatically (:func:`ring`).
"""

from __future__ import annotations

from typing import Sequence

from .engine import ArtError, Drawing, Fibres, Part, _dist, catmull_rom, sample
from . import layers
from .figure import add_jawline, add_outline

# -- helpers ---------------------------------------------------------------------------------------
def curve(d: Drawing, names: str | Sequence[str], *pts, lead=None, tail=None, closed: bool = False) -> None:
    """One smooth Catmull-Rom curve through ``pts``, cut into edges at its *named* inner points.

    ``pts`` are landmark names or (x, y) tuples; every inner landmark name is a cut, so
    ``curve(d, ["a", "b"], "p", (1, 2), "q", (3, 4), "r")`` makes edge ``a`` p->q and ``b`` q->r.
    ``lead``/``tail`` are phantom points that only steer the end tangents (e.g. square to the midline);
    ``closed`` makes a smooth loop (first point repeated at the end).
    """
    names = [names] if isinstance(names, str) else list(names)
    coords = [d._resolve(p) for p in pts]
    if closed:
        ext = [coords[-2], *coords, coords[1]]
        cubics = catmull_rom(ext)[1:-1]
    else:
        ext = coords
        if lead is not None:
            ext = [d._resolve(lead), *ext]
        if tail is not None:
            ext = [*ext, d._resolve(tail)]
        cubics = catmull_rom(ext)
        if lead is not None:
            cubics = cubics[1:]
        if tail is not None:
            cubics = cubics[:-1]
    cuts = [i for i, p in enumerate(pts) if isinstance(p, str) and 0 < i < len(pts) - 1]
    if len(cuts) + 1 != len(names):
        raise ArtError(f"curve {names}: {len(cuts)} cut point(s) for {len(names)} name(s)")
    bounds = [0, *cuts, len(pts) - 1]
    for name, a, b in zip(names, bounds, bounds[1:]):
        if name in d.edges:
            raise ArtError(f"edge {name!r} defined twice")
        d.edges[name] = cubics[a:b]


def ring(d: Drawing, *names: str) -> list[str]:
    """Orient a cycle of edge names (each may carry a ``~`` mirror prefix) into a closed boundary."""
    ends = {}
    for n in names:
        c = d.ref(n)
        ends[n] = (c[0][0], c[-1][3])
    tol = 0.06

    def near(a, b):
        return _dist(a, b) <= tol

    out: list[str] = []
    first = names[0]
    nxt = ends[names[1]] if len(names) > 1 else ends[first]
    s, e = ends[first]
    if near(e, nxt[0]) or near(e, nxt[1]):
        out.append(first)
        cur = e
    elif near(s, nxt[0]) or near(s, nxt[1]):
        out.append("-" + first)
        cur = s
    else:
        raise ArtError(f"ring: {first} does not meet {names[1]}")
    for n in names[1:]:
        s, e = ends[n]
        if near(s, cur):
            out.append(n)
            cur = e
        elif near(e, cur):
            out.append("-" + n)
            cur = s
        else:
            raise ArtError(f"ring {names}: {n} does not continue from {cur}")
    start = ends[first][0] if not out[0].startswith("-") else ends[first][1]
    if not near(cur, start):
        raise ArtError(f"ring {names}: not closed ({cur} vs {start})")
    return out


def _cubics(d: Drawing, refs: Sequence[str]):
    out = []
    for r in refs:
        out.extend(d.ref(r))
    return out


def flow(d: Drawing, name: str, left: Sequence[str], right: Sequence[str], count: int, sections: int = 6,
         t0: float = 0.0, t1: float = 1.0, inset: float = 0.1) -> list[Fibres]:
    """Fibre lines that follow a curved strap muscle between two borders running the same way.

    ``left``/``right`` are edge references walked in the fibre direction; straight cross-sections are
    cut between them at ``sections + 1`` stations and each fibre is drawn as a chain of short segments,
    so it bends with the muscle instead of cutting across it.
    """
    lc, rc = _cubics(d, list(left)), _cubics(d, list(right))
    names = []
    for k in range(sections + 1):
        t = t0 + (t1 - t0) * k / sections
        t = min(max(t, 0.0005), 0.9995)
        a = sample(lc, 1, t, t)[0]
        b = sample(rc, 1, t, t)[0]
        n = f"{name}_s{k}"
        d.line(n, a, b)
        names.append(n)
    out = []
    for k, (x, y) in enumerate(zip(names, names[1:])):
        out.append(Fibres(x, y, count, inset=inset, trim=0.0))
    return out


def op(d: Drawing, spec: str) -> str:
    """Register an outline position (``"waist@0.4"``) as a landmark and return its name."""
    d.outline_point(spec)
    return spec


def oe(d: Drawing, name: str, a: str, b: str) -> str:
    """An edge along the silhouette between two outline positions."""
    op(d, a)
    op(d, b)
    return d.outline_edge(name, a, b)


def pts(d: Drawing, **named: tuple[float, float]) -> None:
    for name, (x, y) in named.items():
        d.pt(name, x, y)


def line_detail(d: Drawing, name: str, *through) -> list[str]:
    """A detail stroke (open curve) through the given points."""
    d.edge(name, *through)
    return [name]


# -- neck and shoulder girdle ----------------------------------------------------------------------
def _neck_and_shoulder(d: Drawing) -> None:
    """Jawline (shared with the face), sternal notch, clavicle, acromion; SCM, infrahyoids, scalenes,
    the upper trapezius seen over the shoulder slope, and the deltoid."""
    pts(
        d,
        st_notch=(210, 161.5), scm_st_med=(204.6, 160.1), scj_top=(199.5, 158.6), scj_bot=(201, 164.6),
        clav_scm_lat=(186, 161.4), clav_trap_med=(163, 168.4), clav_lat=(131.5, 179),
        clav_pec_delt=(152, 178.5), pec_tt=(134.5, 201.5), d1=(128, 210), pec_tb=(135, 211.2),
    )
    scm_top_post = op(d, "neck_top@0.45")

    # sternal notch and manubrium top; clavicle as one smooth loop cut where its neighbours change
    curve(d, ["sternum_top_inner", "sternum_top_outer"], "st_notch", (207.4, 161.3), "scm_st_med",
          "scj_top", lead=(212.6, 161.3))
    curve(
        d, ["clav_top_scm", "clav_top_scal", "clav_top_trap", "clav_bot_delt", "clav_bot_pec", "clav_medial_end"],
        # a gentle S: the thick sternal end, the medial shaft bowed forward (up here), the lateral third
        # bowed back with the broad, flattened acromial end (the deltoid tubercle below it)
        "scj_top", "clav_scm_lat", (175, 164.3), "clav_trap_med", (152, 172.4), (143, 175.3), (136.5, 176.6),
        "clav_lat", (133.4, 181.6), (139.5, 182.1), (146, 180.4), "clav_pec_delt", (165, 174.3), (180, 169.7),
        (193, 166.2), "scj_bot", (201.6, 161.5), "scj_top", closed=True,
    )
    d.line("neck_midline", "chin", "st_notch")
    d.pt("scm_tend_ant", 201.2, 153.2)
    d.pt("scm_tend_lat_top", 199.0, 153.4)
    curve(d, ["scm_ant", "scm_ant_t"], "jaw_angle", (188.5, 130.5), (194, 140), (199, 149.5), "scm_tend_ant",
          (202.8, 156.5), "scm_st_med")
    # the rounded tendon of the sternal head, from the front of the manubrium
    d.edge("scm_tend_lat", "scj_top", (199.1, 156), "scm_tend_lat_top")
    d.edge("scm_tend_top", "scm_tend_lat_top", (200.1, 152.9), "scm_tend_ant")
    d.edge("scm_post", scm_top_post, (190.3, 147), (191, 154), "clav_scm_lat")
    d.edge("trap_ant", "neck_base", (178, 161.6), (170, 165.8), "clav_trap_med")
    d.edge("acromion_border", "clav_lat", (128.8, 176.4), "acromion")
    delt_ins = op(d, "deltoid_low@0.75")
    curve(d, ["delt_ant_pec", "delt_ant_pectend", "delt_ant_bic"],
          "clav_pec_delt", (146, 185.5), (139, 194), "pec_tt", "d1", (120, 220), (113, 229), (108, 234),
          delt_ins)

    oe(d, "ol_scm", "jaw_angle", scm_top_post)
    oe(d, "ol_scalenes", scm_top_post, "neck_base")
    oe(d, "ol_trapezius", "neck_base", "acromion")
    oe(d, "ol_deltoid", "acromion", delt_ins)

    d.structure(
        "infrahyoid_muscles", "superficial",
        boundary=ring(d, "jawline", "neck_midline", "sternum_top_inner", "scm_ant_t", "scm_ant"),
        fibres=flow(d, "infrahyoid_flow", ["scm_ant", "scm_ant_t"], ["neck_midline"], 5, sections=4, t0=0.45,
                    t1=0.97),
        details=[line_detail(d, "hyoid_line", (192.5, 137.6), (200, 138.4), (209.6, 138.8))],
    )
    d.structure(
        "sternocleidomastoid", "superficial",
        parts=[
            Part("muscle", ring(d, "ol_scm", "scm_post", "clav_top_scm", "scm_tend_lat", "scm_tend_top", "scm_ant")),
            Part("tendon", ring(d, "sternum_top_outer", "scm_tend_lat", "scm_tend_top", "scm_ant_t")),
        ],
        fibres=flow(d, "scm_flow", ["scm_ant"], ["ol_scm", "scm_post"], 6, sections=7, t0=0.03, t1=0.97),
        # the rounded sternal head (medial) and the flat clavicular head part low down, leaving the
        # small lesser supraclavicular fossa between them over the sternoclavicular joint
        details=[line_detail(d, "scm_sternal_head", "scm_tend_lat_top", (197.6, 149.6), (195.8, 146.3), (193.7, 140)),
                 line_detail(d, "scm_clavicular_head", (195.3, 159.4), (195.1, 154.5), (195.8, 150.5), (196.7, 148.1))],
    )
    d.structure(
        "scalenes", "superficial",
        boundary=ring(d, "ol_scalenes", "trap_ant", "clav_top_scal", "scm_post"),
        fibres=flow(d, "scal_flow", ["ol_scalenes"], ["scm_post"], 3, sections=5, t0=0.08, t1=0.97, inset=0.2),
    )
    d.structure(
        "trapezius", "superficial",
        boundary=ring(d, "ol_trapezius", "acromion_border", "clav_top_trap", "trap_ant"),
        fibres=flow(d, "trap_flow", ["ol_trapezius"], ["trap_ant", "clav_top_trap"], 3, sections=8, t0=0.03,
                    t1=0.95, inset=0.22),
    )
    d.structure(
        "clavicle", "superficial", tissue="bone",
        boundary=ring(d, "clav_top_scm", "clav_top_scal", "clav_top_trap", "clav_bot_delt", "clav_bot_pec",
                      "clav_medial_end"),
    )
    d.structure(
        "deltoid", "superficial",
        boundary=ring(d, "ol_deltoid", "delt_ant_bic", "delt_ant_pectend", "delt_ant_pec", "clav_bot_delt",
                      "acromion_border"),
        fibres=[Fibres("clav_bot_delt", delt_ins, 6, bulge=-2.0), Fibres("ol_deltoid", delt_ins, 6, inset=0.08, bulge=1.5)],
    )


# -- chest -----------------------------------------------------------------------------------------
def _chest(d: Drawing) -> None:
    """Sternum, pectoralis major (nipple at the 4th intercostal space), the lateral chest wall:
    latissimus dorsi edge behind the axilla and the serratus anterior digitations."""
    pts(d, p_low=(205.2, 247), xiph_tip=(210, 266), r1=(182, 252), s1=(165, 243), z_end=(162, 291),
        serr_v1=(165.8, 256.5), serr_v2=(165.2, 268), serr_v3=(164.6, 279.6))
    lat_bot = op(d, "waist@0.65")
    curve(d, ["st_lat_pec", "st_lat_rect"], "scj_bot", (202.5, 172), (203.8, 182), (204.2, 200), (204.6, 225),
          "p_low", (206.8, 257), "xiph_tip")
    curve(d, ["pec_low_rect", "pec_low_eo", "pec_low_serr"], "p_low", (195, 252.5), "r1", (172, 248.5), "s1",
          (158, 234), (152.5, 224), "axilla")
    curve(d, ["pec_tendon_low_t", "pec_tendon_low_m"], "d1", (131.5, 210.8), "pec_tb", (140, 212.2), "axilla")
    d.edge("pec_tendon_line", "pec_tt", (134.4, 206.5), "pec_tb")
    curve(d, ["lat_ant_serr", "lat_ant_eo"], "axilla", (150, 228), (156, 248), (160.2, 268), "z_end", (161.3, 306),
          (158.3, 320), lat_bot)
    # serratus digitations: rounded slips pointing forwards and down, the external oblique between them
    d.edge("serr_eo_1", "s1", (169, 247), (172.8, 252.2), (171.5, 255), "serr_v1")
    d.edge("serr_eo_2", "serr_v1", (170, 259.5), (172.2, 263.8), (170.8, 266.5), "serr_v2")
    d.edge("serr_eo_3", "serr_v2", (169, 271.3), (170.8, 275.5), (169.3, 278.2), "serr_v3")
    d.edge("serr_eo_4", "serr_v3", (167.6, 283), (168.7, 287), (167, 289.5), "z_end")
    d.edge("serr_lat_1", (152, 233), (157.6, 254.5))
    d.edge("serr_lat_2", (158, 257), (160.2, 266.5))
    d.edge("serr_lat_3", (160.4, 269), (161.2, 278.5))
    d.edge("serr_lat_4", (161.4, 281), (161.9, 289.5))
    oe(d, "ol_lat", "axilla", lat_bot)

    d.structure(
        "sternum", "superficial", tissue="bone", paired=False,
        boundary=ring(d, "sternum_top_inner", "sternum_top_outer", "clav_medial_end", "st_lat_pec", "st_lat_rect",
                      "~st_lat_rect", "~st_lat_pec", "~clav_medial_end", "~sternum_top_outer", "~sternum_top_inner"),
        details=[line_detail(d, "sternal_angle", (204, 182.5), (210, 183.5), (216, 182.5))],
    )
    curve(d, "nipple", (167, 228.4), (168.1, 228.9), (168.6, 230), (168.1, 231.1), (167, 231.6), (165.9, 231.1),
          (165.4, 230), (165.9, 228.9), (167, 228.4), closed=True)
    d.structure(
        "pectoralis_major", "superficial",
        parts=[
            Part("muscle", ring(d, "clav_bot_pec", "st_lat_pec", "pec_low_rect", "pec_low_eo", "pec_low_serr",
                                "pec_tendon_low_m", "pec_tendon_line", "delt_ant_pec")),
            Part("tendon", ring(d, "pec_tendon_line", "pec_tendon_low_t", "delt_ant_pectend")),
        ],
        fibres=[
            Fibres("-clav_bot_pec", "pec_tendon_line", 5, inset=0.1, bulge=1.0),
            Fibres("st_lat_pec", "pec_tendon_line", 7, inset=0.05, bulge=-2.0),
            Fibres("-pec_low_rect", "pec_tendon_line", 3, inset=0.1, bulge=-3.0),
        ],
        details=[["nipple"], line_detail(d, "pec_heads", (199, 168.5), (180, 177), (160, 186), (142, 196))],
    )
    d.structure(
        "latissimus_dorsi", "superficial",
        boundary=ring(d, "ol_lat", "lat_ant_eo", "lat_ant_serr"),
        fibres=flow(d, "lat_flow", ["ol_lat"], ["lat_ant_serr", "lat_ant_eo"], 3, sections=8, t0=0.04, t1=0.93,
                    inset=0.2),
    )
    d.structure(
        "serratus_anterior", "superficial",
        boundary=ring(d, "pec_low_serr", "lat_ant_serr", "serr_eo_4", "serr_eo_3", "serr_eo_2", "serr_eo_1"),
        fibres=[Fibres(f"serr_eo_{k}", f"serr_lat_{k}", 4 if k == 1 else 3, inset=0.12) for k in (1, 2, 3, 4)]
        + [Fibres("-pec_low_serr", (150.5, 229), 3, inset=0.25)],
        details=[line_detail(d, "serr_slip_1", "serr_v1", (161, 255.6), (157.9, 255.6)),
                 line_detail(d, "serr_slip_2", "serr_v2", (162.5, 267.3), (160.3, 267.6)),
                 line_detail(d, "serr_slip_3", "serr_v3", (163, 279.6), (161.3, 279.8))],
    )


# -- abdomen ---------------------------------------------------------------------------------------
def _abdomen(d: Drawing) -> None:
    """Rectus abdominis (xiphoid/5th-7th cartilages to the pubic crest), linea alba with the navel, the
    external oblique fanning from the lower ribs into its aponeurosis and the inguinal ligament."""
    pts(d, r2=(179, 268), pubic_sym=(210, 425.5), al_med=(203, 424.5), pub_tub=(197.5, 423), asis=(159, 372),
        tfl_crest=(153.5, 360))
    crest_lat = op(d, "iliac@0.3")
    d.edge("la_edge", "xiph_tip", (208.7, 280), (208, 300), (207, 318), (205.9, 330), (207, 342), (208.4, 370),
           (209.2, 400), "pubic_sym")
    curve(d, ["rect_bot_grac", "rect_bot_al"], "pubic_sym", "al_med", "pub_tub", lead=(212, 425.6))
    curve(d, ["rect_lat_eo", "rect_lat_apo"], "r1", "r2", (177.5, 290), (177.5, 310), (179.5, 335),
          (184, 362), (190.5, 394), "pub_tub")
    # the muscular part of the external oblique covers the flank; its aponeurosis is a narrow band in front
    # of it along the rectus sheath, widening only below the spino-umbilical line into the inguinal triangle
    d.edge("eo_apo", "r2", (176.4, 284), (175.2, 302), (174.9, 320), (174.2, 338), (171.2, 352), (165.6, 363.5),
           "asis")
    d.edge("inguinal", "asis", (167, 387), (177, 400), (188, 412), "pub_tub")
    curve(d, ["crest_gm", "crest_tfl"], crest_lat, "tfl_crest", (156.5, 366.5), "asis")
    oe(d, "ol_eo", "waist@0.65", crest_lat)

    d.edge("navel", (210, 326.8), (207.7, 328.7), (207.8, 331.6), (210, 333.2), (212.2, 331.6), (212.3, 328.7),
           (210, 326.8))
    d.structure(
        "linea_alba", "superficial", tissue="fascia", paired=False,
        boundary=ring(d, "la_edge", "~la_edge"),
        details=[["navel"]],
    )
    d.edge("rect_fib_top", (207.5, 262), (182, 258))
    d.edge("rect_fib_bot", (208.5, 418), (199.5, 419))
    d.structure(
        "rectus_abdominis", "superficial",
        boundary=ring(d, "st_lat_rect", "la_edge", "rect_bot_grac", "rect_bot_al", "rect_lat_apo", "rect_lat_eo",
                      "pec_low_rect"),
        fibres=[Fibres("rect_fib_top", "rect_fib_bot", 9, inset=0.05)],
        details=[
            line_detail(d, "rect_int_1", (208.4, 277), (201, 274.5), (192, 277.5), (179.2, 274)),
            line_detail(d, "rect_int_2", (207.9, 302), (200, 299), (190, 302.5), (177.7, 300)),
            line_detail(d, "rect_int_3", (206.6, 323), (198, 325.5), (188, 323), (178.3, 326)),
        ],
    )
    d.edge("eo_fib_src", (170, 254), (165, 288), (157, 318), (151.5, 346))
    d.edge("eo_apo_fib_a", (175.4, 318), (174.6, 334), (172.2, 348), (167, 359.5), (161.5, 368.5))
    d.edge("eo_apo_fib_b", (178.4, 330), (180.6, 350), (184.5, 370), (189, 390), (193, 410))
    d.structure(
        "external_oblique", "superficial",
        parts=[
            Part("muscle", ring(d, "pec_low_eo", "serr_eo_1", "serr_eo_2", "serr_eo_3", "serr_eo_4", "lat_ant_eo", "ol_eo", "crest_gm", "crest_tfl", "eo_apo",
                                "rect_lat_eo")),
            Part("aponeurosis", ring(d, "eo_apo", "inguinal", "rect_lat_apo")),
        ],
        fibres=[Fibres("eo_fib_src", "eo_apo", 12, inset=0.03, bulge=-1.0),
                # aponeurotic fibres continue the muscle's down-and-medial course towards the linea alba
                Fibres("eo_apo_fib_a", "eo_apo_fib_b", 8, inset=0.03, trim=0.06)],
    )


# -- arm -------------------------------------------------------------------------------------------
def _arm(d: Drawing) -> None:
    """Biceps (under the deltoid and the pectoral tendon to the cubital fossa), brachialis either side
    of it and in the fossa floor, brachioradialis from the lateral supracondylar ridge to the radial
    styloid, the forearm flexor mass from the medial epicondyle, and the palm (thumb lateral)."""
    pts(d, bic_tip=(115.5, 310), bic_tl=(112.2, 283), bic_tm=(121.5, 285), fossa_apex=(111, 322),
        br_tend_m=(104.5, 362), br_flex_cut=(101.2, 386), br_bot=(98.5, 413), th_top=(105.2, 413.9), hy_top=(110.6, 414.4),
        hy_root=(116.5, 468.5))
    delt_ins = "deltoid_low@0.75"
    bic_med_top = op(d, "arm_med_a@0.5")
    br_top = op(d, "arm_lat_a@0.75")
    br_tend_o = op(d, "forearm_lat_b@0.6")
    flex_tm = op(d, "wrist_med@0.4")
    th_tip_out = op(d, "thumb_mid@0.04")
    little_root = op(d, "little_side@0.25")

    curve(d, ["bic_lat_m", "bic_lat_t"], delt_ins, (108, 248), (110.3, 266), "bic_tl", (114, 297), "bic_tip")
    curve(d, ["bic_med_t", "bic_med_m"], "bic_tip", (118.2, 297), "bic_tm", (127.5, 268), (132.8, 256), bic_med_top)
    d.edge("bic_tend_line", "bic_tl", (116.5, 289.5), "bic_tm")
    curve(d, ["pt_top_a", "pt_top_b"], "elbow_med", (126, 302.5), (120.5, 306.5), "bic_tip", (112.8, 315.5),
          "fossa_apex")
    curve(d, ["br_brach", "br_flex_m", "br_flex_m2", "br_flex_t"], br_top, (107, 280), (109.8, 296), (111.2, 310),
          "fossa_apex", (108.6, 340), "br_tend_m", "br_flex_cut", (99, 400), "br_bot")
    d.edge("br_tend_line", br_tend_o, (98, 367.5), "br_tend_m")
    d.edge("flex_tend_line", "br_flex_cut", (108, 393.5), (114.5, 400), flex_tm)

    oe(d, "ol_bic", bic_med_top, "axilla")
    oe(d, "ol_brach_lat", delt_ins, br_top)
    oe(d, "ol_brach_med", "elbow_med", bic_med_top)
    oe(d, "ol_br_m", br_top, br_tend_o)
    oe(d, "ol_br_t", br_tend_o, "wrist_lat")
    oe(d, "ol_flex_m", flex_tm, "elbow_med")
    oe(d, "ol_flex_t", "wrist_med", flex_tm)

    d.edge("bic_heads", (126.5, 214), (122.5, 240), (119, 262))
    d.structure(
        "biceps_brachii", "superficial",
        parts=[
            Part("muscle", ring(d, "delt_ant_bic", "bic_lat_m", "bic_tend_line", "bic_med_m", "ol_bic",
                                "pec_tendon_low_m", "pec_tendon_low_t")),
            Part("tendon", ring(d, "bic_tend_line", "bic_lat_t", "bic_med_t")),
        ],
        fibres=flow(d, "bic_flow", ["delt_ant_bic", "bic_lat_m"], ["pec_tendon_low_t", "pec_tendon_low_m", "-ol_bic",
                    "-bic_med_m"], 7, sections=8, t0=0.06, t1=0.99),
        details=[["bic_heads"]],
    )
    d.structure(
        "brachialis", "superficial",
        parts=[
            Part("muscle", ring(d, "ol_brach_lat", "br_brach", "pt_top_b", "bic_lat_t", "bic_lat_m")),
            Part("muscle", ring(d, "bic_med_m", "bic_med_t", "pt_top_a", "ol_brach_med")),
        ],
        fibres=flow(d, "brl_flow", ["ol_brach_lat", "br_brach"], ["bic_lat_m", "bic_lat_t"], 3, sections=6, t0=0.05,
                    t1=0.9, inset=0.2)
        + flow(d, "brm_flow", ["-ol_brach_med"], ["-bic_med_m", "-bic_med_t"], 2, sections=4, t0=0.1, t1=0.9,
               inset=0.25),
    )
    # wrist crease and palm
    curve(d, ["wc_br", "wc_fl_th", "wc_fl_pa", "wc_fl_hy"], "wrist_lat", "br_bot", "th_top", (108, 414.2),
          "hy_top", "wrist_med")
    d.structure(
        "brachioradialis", "superficial",
        parts=[
            Part("muscle", ring(d, "ol_br_m", "br_tend_line", "br_flex_m", "br_brach")),
            Part("tendon", ring(d, "br_tend_line", "ol_br_t", "wc_br", "br_flex_t", "br_flex_m2")),
        ],
        fibres=flow(d, "br_flow", ["ol_br_m"], ["br_brach", "br_flex_m"], 5, sections=7, t0=0.03, t1=0.99, inset=0.12),
    )
    d.structure(
        "forearm_flexors", "superficial",
        parts=[
            Part("muscle", ring(d, "pt_top_a", "pt_top_b", "br_flex_m", "br_flex_m2", "flex_tend_line", "ol_flex_m")),
            Part("tendon", ring(d, "flex_tend_line", "br_flex_t", "wc_fl_th", "wc_fl_pa", "wc_fl_hy", "ol_flex_t")),
        ],
        fibres=flow(d, "flex_flow", ["pt_top_a", "pt_top_b", "br_flex_m", "br_flex_m2"], ["-ol_flex_m"], 10,
                    sections=8, t0=0.0, t1=0.99, inset=0.05),
        details=[
            line_detail(d, "pt_lower", (129, 306), (120, 322), (113, 333), (109, 339)),
            line_detail(d, "fcr_pl", (129.6, 309), (121, 335), (112, 368), (106.5, 390.5)),
            line_detail(d, "pl_fds", (130, 311), (124, 340), (117, 372), (111.5, 395.5)),
            line_detail(d, "fds_fcu", (130.3, 314), (127, 345), (123, 372), (118, 400)),
            line_detail(d, "tendon_fcr", (104, 392.5), (103.3, 412.8)),
            line_detail(d, "tendon_pl", (109, 397), (108, 414)),
            line_detail(d, "tendon_fcu", (116.5, 401.5), (116.2, 414.5)),
        ],
    )

    curve(d, ["thenar_med"], "th_top", (104.6, 424), (101.5, 437), (96.8, 446), "thumb_web")
    d.edge("thumb_crease", "thumb_web", (87.6, 445.6), th_tip_out)
    curve(d, ["hy_lat"], "hy_top", (112.3, 428), (113.8, 445), (115.2, 460), "hy_root")
    curve(d, ["fr_pa", "fr_hy"], "index_lat", (98, 468.2), (104.5, 467.2), (110.5, 467.6), "hy_root", little_root)
    oe(d, "ol_thenar", th_tip_out, "wrist_lat")
    oe(d, "ol_thumb", th_tip_out, "thumb_web")
    oe(d, "ol_web", "thumb_web", "index_lat")
    oe(d, "ol_hypothenar", "wrist_med", little_root)
    oe(d, "ol_fingers", little_root, "index_lat")

    d.structure(
        "thenar_muscles", "superficial",
        boundary=ring(d, "wc_br", "wc_fl_th", "thenar_med", "thumb_crease", "ol_thenar"),
        fibres=[Fibres("-wc_br", "thumb_crease", 5, inset=0.1, bulge=1.0)],
        # abductor pollicis brevis (lateral) beside flexor pollicis brevis (medial)
        details=[line_detail(d, "thenar_apb_fpb", (100.6, 414.4), (97.4, 425), (92.2, 436), (87.2, 443.6))],
    )
    d.structure(
        "palmar_aponeurosis", "superficial", tissue="fascia",
        boundary=ring(d, "wc_fl_pa", "hy_lat", "fr_pa", "ol_web", "thenar_med"),
        # the longitudinal bands fanning from the palmaris longus apex to the four fingers
        fibres=[Fibres((107.6, 417.5), "fr_pa", 4, inset=0.12, trim=0.03)],
    )
    d.structure(
        "hypothenar_muscles", "superficial",
        boundary=ring(d, "wc_fl_hy", "ol_hypothenar", "fr_hy", "hy_lat"),
        fibres=[Fibres("wc_fl_hy", "fr_hy", 4, inset=0.14, bulge=-0.8)],
    )
    finger_fibres, finger_details = _fingers(d)
    d.structure(
        "fibrous_digital_sheaths", "superficial", tissue="ligament",
        parts=[
            Part("ligament", ring(d, "fr_pa", "fr_hy", "ol_fingers")),
            Part("ligament", ring(d, "thumb_crease", "ol_thumb")),
        ],
        fibres=finger_fibres,
        details=finger_details,
    )


def _fingers(d: Drawing) -> tuple[list[Fibres], list[list[str]]]:
    """The palmar surface of the digits inside the hand outline: the clefts between the fingers (with
    the rounded pulps meeting at each tip), the digital creases (proximal and PIP double, DIP single),
    the fibrous sheath over the flexor tendons down the middle of each finger with its annular and
    cruciate pulleys (as fine fibre lines), and the interphalangeal crease of the thumb."""
    # finger borders from lateral (index) to medial (little), each a polyline of (x, y)
    borders = [
        [d._resolve("index_lat"), op(d, "index_lat@0.5"), "index_tip", op(d, "index_tip@0.2")],
        [(99.2, 468.5), (99.5, 480), (99.5, 492), op(d, "index_tip@0.55")],
        [(106.8, 467.4), (107.1, 480), (107.3, 494), op(d, "middle_tip@0.5")],
        [(113.8, 468), (114.3, 480), (114.6, 490), op(d, "ring_tip@0.5")],
        [d._resolve("little_side@0.25"), op(d, "little_tip@0.5"), "little_tip", op(d, "little_tip@0.3")],
    ]
    borders = [[d._resolve(p) for p in b] for b in borders]
    tips = [(96.2, 501.2), (103.2, 508.2), (111.1, 503.6), (118.4, 492.2)]
    roots_y = [469.6, 467.4, 467.7, 469.5]

    def x_at(border, y):
        pts_ = sorted(border, key=lambda p: p[1])
        if y <= pts_[0][1]:
            return pts_[0][0]
        for (x1, y1), (x2, y2) in zip(pts_, pts_[1:]):
            if y1 <= y <= y2:
                return x1 + (x2 - x1) * (y - y1) / ((y2 - y1) or 1)
        return pts_[-1][0]

    fibres: list[Fibres] = []
    details: list[list[str]] = []
    # clefts: a line from the web down to where the two pulps meet, then forking round them
    for k, (spec, lo, hi) in enumerate([("index_tip", 0.25, 0.84), ("middle_tip", 0.2, 0.78),
                                        ("ring_tip", 0.18, 0.8)], start=1):
        b = borders[k]
        end = b[-1]
        fork = (x_at(b, end[1] - 5.5), end[1] - 5.5)
        details.append(line_detail(d, f"finger_cleft_{k}", b[0], b[1], b[2], fork))
        for side, t in (("a", lo), ("b", hi)):
            q = d._resolve(op(d, f"{spec}@{t}"))
            mid = (fork[0] + 0.28 * (q[0] - fork[0]), fork[1] + 0.7 * (q[1] - fork[1]))
            details.append(line_detail(d, f"finger_pulp_{k}{side}", fork, mid, q))
    # creases and sheaths, finger by finger
    for i, name in enumerate(["index", "middle", "ring", "little"]):
        left, right, tip = borders[i], borders[i + 1], tips[i]
        y0 = roots_y[i]
        length = tip[1] - y0

        def span(t, margin=0.55):
            y = y0 + t * length
            return x_at(left, y) + margin, x_at(right, y) - margin, y

        def crease(tag, t, sag=0.5, margin=0.55):
            xl, xr, y = span(t, margin)
            details.append(line_detail(d, f"crease_{name}_{tag}", (xl, y), ((xl + xr) / 2, y + sag), (xr, y)))

        crease("mcp", 0.21)
        crease("pip", 0.5)
        crease("pip2", 0.535, 0.35, margin=1.6)
        crease("dip", 0.76, 0.4)
        # the fibrous sheath over the flexor tendons (fine lines), from the root to the distal phalanx
        (al, ar, ya), (bl, br, yb) = span(0.03), span(0.73)
        ca, cb = (al + ar) / 2, (bl + br) / 2
        wa, wb = (ar - al) * 0.28, (br - bl) * 0.28
        fibres.append(Fibres((ca - wa, ya), (cb - wb, yb), 1, trim=0.0))
        fibres.append(Fibres((ca + wa, ya), (cb + wb, yb), 1, trim=0.0))
    details.append(line_detail(d, "crease_thumb", (84.2, 451.8), (86.9, 453.2), (89.6, 453.4)))
    fibres.append(Fibres((85.2, 443.5), (86.2, 450.5), 1, trim=0.0))
    fibres.append(Fibres((88.3, 445.5), (88.6, 451.4), 1, trim=0.0))
    return fibres, details


# -- hip and thigh ---------------------------------------------------------------------------------
def _hip_and_thigh(d: Drawing) -> None:
    """ASIS and iliac crest, greater trochanter, patella; gluteus medius above the TFL, the iliotibial
    tract down the lateral thigh, sartorius from the ASIS across to the pes anserinus, the quadriceps
    converging on the patella, pectineus / adductor longus / gracilis from the pubis."""
    pts(d, tfl_rf_vl=(155, 418), tfl_tip=(148, 455), rf_orig_lat=(157.6, 392), rf_orig_med=(162.6, 391),
        al_s1=(181, 460), al_s2=(189, 482), vm_top=(183.5, 503), rf_tend_lat=(165.8, 553),
        rf_tend_med=(177.3, 553), it_knee=(158.5, 585), sart_tend_l=(188, 590), jl_sart=(186.6, 604),
        sart_tip=(178.5, 635), jl_lig=(175.3, 606.5),
        pat_qt_lat=(165.5, 579.3), pat_qt_med=(176.5, 579.3), pat_lat=(162.3, 588), pat_lig_lat=(167.6, 600.6),
        pat_lig_med=(174.8, 600.6), tub_lat=(168.5, 625), tub_med=(175.6, 625), fl_top=(156.5, 624),
        gerdy=(161, 626.5))
    crest_lat = "iliac@0.3"
    s_m_out = op(d, "thigh_med_a@0.8")
    sart_out = op(d, "calf_med_b@0.6")

    # the patella as one smooth oval, cut where tendon, vasti, retinaculum and ligament meet it
    curve(d, ["pat_top_arc", "pat_med_arc", "pat_apex_arc", "pat_latlow_arc", "pat_latup_arc"],
          # a rounded triangle: the broad base under the quadriceps tendon, the apex pointing down
          "pat_qt_lat", (171, 577.2), "pat_qt_med", (179.5, 584), (178.6, 593.6), "pat_lig_med", (171.2, 603.4),
          "pat_lig_lat", (164, 595.6), "pat_lat", (163, 582), "pat_qt_lat", closed=True)
    curve(d, ["lig_med_up", "lig_med_low"], "pat_lig_med", "jl_lig", (175.5, 616), "tub_med")
    d.edge("lig_lat", "pat_lig_lat", (168, 612), "tub_lat")
    d.edge("lig_bot", "tub_lat", (172, 628), "tub_med")
    curve(d, ["kb_fl", "kb_edl", "kb_ta"], "knee_low", "fl_top", "gerdy", "tub_lat")

    d.edge("tfl_lat", "tfl_crest", (150, 380), (144, 398), "trochanter")
    curve(d, ["tfl_med_rft", "tfl_med_rf", "tfl_med_vl"], "asis", "rf_orig_lat", "tfl_rf_vl", (152, 438),
          "tfl_tip")
    d.edge("rf_orig_line", "rf_orig_lat", (160, 394), "rf_orig_med")
    curve(d, ["it_med_tfl", "it_med_vl"], "trochanter", (141.5, 432), "tfl_tip", (148.5, 490), (151.5, 530),
          (155, 560), "it_knee")
    d.edge("vl_bot", "it_knee", (160.5, 587), "pat_lat")
    curve(d, ["sart_lat_rftend", "sart_lat_rf", "sart_lat_vm", "sart_lat_vmt", "sart_lat_tib"],
          "asis", "rf_orig_med", (168, 420), (174, 455), (180, 488), "vm_top", (187, 530), (188.3, 562),
          "sart_tend_l", "jl_sart", (184, 620), "sart_tip")
    d.edge("sart_tend_line", "sart_tend_l", (189.3, 592.8), "knee_med")
    d.edge("sart_bot", "sart_tip", (184, 634), sart_out)
    curve(d, ["sart_med_pect", "sart_med_al", "sart_med_grac"], "asis", (166, 392), (174, 425), "al_s1", "al_s2",
          (193.5, 491), s_m_out)
    d.edge("al_lat", "pub_tub", (191, 437), (185.5, 450), "al_s1")
    d.edge("al_medb", "al_med", (199, 441), (194, 461), "al_s2")
    d.line("pubic_midline", "pubic_sym", "crotch")
    curve(d, ["rf_vl_belly", "rf_vl_tendon"], "tfl_rf_vl", (158, 452), (161.5, 490), (164.5, 528), "rf_tend_lat",
          (165.6, 568), "pat_qt_lat")
    curve(d, ["rf_vm_belly", "rf_vm_tendon"], "vm_top", (181, 530), "rf_tend_med", (176.8, 568), "pat_qt_med")
    d.edge("rf_tend_line", "rf_tend_lat", (171.5, 562), "rf_tend_med")
    d.edge("jl", "jl_sart", (181, 607), "jl_lig")

    oe(d, "ol_gm", crest_lat, "trochanter")
    oe(d, "ol_it", "trochanter", "knee_low")
    oe(d, "ol_grac", "crotch", s_m_out)
    oe(d, "ol_sart_m", s_m_out, "knee_med")
    oe(d, "ol_sart_t", "knee_med", sart_out)

    d.structure(
        "gluteus_medius", "superficial",
        boundary=ring(d, "ol_gm", "tfl_lat", "crest_gm"),
        fibres=[Fibres("crest_gm", "trochanter", 5, inset=0.1)],
    )
    d.structure(
        "tensor_fasciae_latae", "superficial",
        boundary=ring(d, "crest_tfl", "tfl_med_rft", "tfl_med_rf", "tfl_med_vl", "it_med_tfl", "tfl_lat"),
        fibres=[Fibres("-crest_tfl", "-it_med_tfl", 7, inset=0.05)],
    )
    d.structure(
        "iliotibial_tract", "superficial", tissue="fascia",
        boundary=ring(d, "ol_it", "kb_fl", "kb_edl", "kb_ta", "lig_lat", "pat_latlow_arc", "vl_bot", "it_med_vl",
                      "it_med_tfl"),
    )
    d.edge("rf_raphe", (161, 402), (165, 450), (170.5, 500), (171.5, 549))
    d.edge("rf_l_aux", (159, 396), (159.3, 440), (163.5, 490), (166, 530))
    d.edge("rf_m_aux", (163, 396), (168, 435), (175, 480), (178.5, 520))
    d.edge("vl_aux_l", (150, 460), (151, 500), (154, 540), (157, 570))
    d.edge("vl_aux_m", (159, 475), (162, 515), (164, 550), (164, 578))
    d.structure(
        "rectus_femoris", "superficial",
        parts=[
            Part("tendon", ring(d, "tfl_med_rft", "rf_orig_line", "sart_lat_rftend")),
            Part("muscle", ring(d, "rf_orig_line", "tfl_med_rf", "rf_vl_belly", "rf_tend_line", "rf_vm_belly",
                                "sart_lat_rf")),
            Part("tendon", ring(d, "rf_tend_line", "rf_vl_tendon", "pat_top_arc", "rf_vm_tendon")),
        ],
        fibres=[Fibres("rf_l_aux", "rf_raphe", 12, inset=0.02), Fibres("rf_m_aux", "rf_raphe", 12, inset=0.02)],
        details=[["rf_raphe"]],
    )
    d.structure(
        "vastus_lateralis", "superficial",
        boundary=ring(d, "rf_vl_belly", "rf_vl_tendon", "pat_latup_arc", "vl_bot", "it_med_vl", "tfl_med_vl"),
        fibres=[Fibres("vl_aux_l", "vl_aux_m", 11, inset=0.02)],
    )
    d.structure(
        "vastus_medialis", "superficial",
        boundary=ring(d, "sart_lat_vm", "sart_lat_vmt", "jl", "lig_med_up", "pat_med_arc", "rf_vm_tendon",
                      "rf_vm_belly"),
        fibres=[Fibres("sart_lat_vm", "rf_vm_tendon", 10, inset=0.05)],
    )
    d.structure(
        "sartorius", "superficial",
        parts=[
            Part("muscle", ring(d, "sart_lat_rftend", "sart_lat_rf", "sart_lat_vm", "sart_tend_line", "ol_sart_m",
                                "sart_med_grac", "sart_med_al", "sart_med_pect")),
            Part("tendon", ring(d, "sart_tend_line", "sart_lat_vmt", "sart_lat_tib", "sart_bot", "ol_sart_t")),
        ],
        fibres=flow(d, "sart_flow", ["sart_lat_rftend", "sart_lat_rf", "sart_lat_vm"],
                    ["sart_med_pect", "sart_med_al", "sart_med_grac", "ol_sart_m"], 3, sections=12, t0=0.02,
                    t1=0.99, inset=0.2),
    )
    d.structure(
        "pectineus", "superficial",
        boundary=ring(d, "inguinal", "al_lat", "sart_med_pect"),
        fibres=[Fibres("inguinal", "sart_med_pect", 7, inset=0.12)],
    )
    d.structure(
        "adductor_longus", "superficial",
        boundary=ring(d, "rect_bot_al", "al_lat", "sart_med_al", "al_medb"),
        fibres=[Fibres("rect_bot_al", "sart_med_al", 5, inset=0.1)],
    )
    d.structure(
        "gracilis", "superficial",
        boundary=ring(d, "pubic_midline", "ol_grac", "sart_med_grac", "al_medb", "rect_bot_grac"),
        fibres=flow(d, "grac_flow", ["al_medb", "sart_med_grac"], ["pubic_midline", "ol_grac"], 3, sections=6,
                    t0=0.02, t1=0.98, inset=0.2),
    )
    d.structure(
        "patella", "superficial", tissue="bone",
        boundary=ring(d, "pat_top_arc", "pat_med_arc", "pat_apex_arc", "pat_latlow_arc", "pat_latup_arc"),
    )
    d.structure(
        "patellar_ligament", "superficial", tissue="ligament",
        boundary=ring(d, "pat_apex_arc", "lig_lat", "lig_bot", "lig_med_low", "lig_med_up"),
        # longitudinal collagen bundles from the patellar apex to the tibial tuberosity
        fibres=[Fibres("pat_apex_arc", "-lig_bot", 4, inset=0.18, trim=0.06)],
    )


# -- knee, leg and foot ----------------------------------------------------------------------------
def _leg_and_foot(d: Drawing) -> None:
    """Tibial tuberosity, Gerdy's tubercle, fibular head, the subcutaneous tibia down to the medial
    malleolus; tibialis anterior, EDL and fibularis longus in front, the medial heads of the calf
    muscles behind the tibia; extensor retinaculum, EDB and the extensor tendons on the dorsum."""
    pts(d, ta_tl=(169.8, 738), edl_tm=(171.8, 752), ta_ret=(174.5, 780),
        ta_tm=(175.5, 735), crest_ret=(181.5, 779.5), fl_tm=(159.3, 708), edl_tl=(162.8, 750), fl_ret=(165, 778.8),
        ret_mb=(185.5, 795), edb_ret=(167.5, 796.8), ta_ft=(180, 797.5), gm_tib=(182.6, 663))
    sart_out = "calf_med_b@0.6"
    gm_out = op(d, "leg_med@0.6")
    sol_bot = op(d, "ankle_med@0.45")
    fl_to = op(d, "calf_lat_b@0.1")
    ret_lt = op(d, "leg_lat@0.72")
    ret_lb = op(d, "ankle_lat@0.35")
    edb_out = op(d, "foot_lat@0.6")
    ta_out = op(d, "foot_med@0.55")

    curve(d, ["crest_m", "crest_t"], "tub_lat", (170.5, 645), (172, 675), (173.5, 705), "ta_tm", (178.5, 760),
          "crest_ret")
    curve(d, ["ta_lat_m", "ta_lat_t1", "ta_lat_t2"], "gerdy", (162, 650), (164, 680), (166.5, 710), "ta_tl",
          "edl_tm", (173.3, 766), "ta_ret")
    d.line("ta_tend_line", "ta_tm", "ta_tl")
    curve(d, ["fl_med_m", "fl_med_t1", "fl_med_t2"], "fl_top", (155.5, 650), (157, 680), "fl_tm", (162, 738),
          "edl_tl", (164.2, 765), "fl_ret")
    d.edge("fl_tend_line", fl_to, (155.5, 705.5), "fl_tm")
    d.edge("edl_tend_line", "edl_tm", (167.3, 749), "edl_tl")
    curve(d, ["ret_top_fl", "ret_top_edl", "ret_top_ta"], ret_lt, "fl_ret", "ta_ret", "crest_ret")
    d.edge("ret_med", "crest_ret", (183.5, 787), "ret_mb")
    curve(d, ["ret_bot_edb", "ret_bot_edl", "ret_bot_ta"], ret_lb, "edb_ret", (174, 797.8), "ta_ft", "ret_mb")
    d.edge("tib_bot", "ret_mb", (190, 800.3), "malleolus_med")
    d.edge("ta_ft_med", "ta_ft", (186, 802), (191.5, 806.5), ta_out)
    d.edge("edb_med", "edb_ret", (170, 806), (168, 816), (163, 823), edb_out)
    curve(d, ["tib_med_gm", "tib_med_sol"], "sart_tip", (181.5, 650), "gm_tib", (183, 690), (184.2, 725),
          (186.8, 752), sol_bot)
    d.edge("gm_sol", "gm_tib", (185, 680), gm_out)

    oe(d, "ol_gm_calf", sart_out, gm_out)
    oe(d, "ol_sol", gm_out, sol_bot)
    oe(d, "ol_tib", sol_bot, "malleolus_med")
    oe(d, "ol_fl_m", "knee_low", fl_to)
    oe(d, "ol_fl_t", fl_to, ret_lt)
    oe(d, "ol_ret", ret_lt, ret_lb)
    oe(d, "ol_edb", ret_lb, edb_out)
    oe(d, "ol_toes", edb_out, ta_out)
    oe(d, "ol_ta", ta_out, "malleolus_med")

    d.structure(
        "tibia", "superficial", tissue="bone",
        boundary=ring(d, "lig_bot", "lig_med_low", "jl", "sart_lat_tib", "tib_med_gm", "tib_med_sol", "ol_tib",
                      "tib_bot", "ret_med", "crest_t", "crest_m"),
    )
    d.structure(
        "tibialis_anterior", "superficial",
        parts=[
            Part("muscle", ring(d, "kb_ta", "crest_m", "ta_tend_line", "ta_lat_m")),
            Part("tendon", ring(d, "ta_tend_line", "crest_t", "ret_top_ta", "ta_lat_t2", "ta_lat_t1")),
            Part("tendon", ring(d, "ret_bot_ta", "tib_bot", "ol_ta", "ta_ft_med")),
        ],
        fibres=flow(d, "ta_flow", ["ta_lat_m"], ["crest_m"], 5, sections=8, t0=0.02, t1=0.97, inset=0.12),
    )
    d.structure(
        "extensor_digitorum_longus", "superficial",
        parts=[
            Part("muscle", ring(d, "kb_edl", "ta_lat_m", "ta_lat_t1", "edl_tend_line", "fl_med_t1", "fl_med_m")),
            Part("tendon", ring(d, "edl_tend_line", "ta_lat_t2", "ret_top_edl", "fl_med_t2")),
            Part("tendon", ring(d, "ret_bot_edl", "ta_ft_med", "ol_toes", "edb_med")),
        ],
        fibres=flow(d, "edl_flow", ["fl_med_m", "fl_med_t1"], ["ta_lat_m", "ta_lat_t1"], 3, sections=8, t0=0.02,
                    t1=0.97, inset=0.2),
        details=[
            *_toes(d),
        ],
    )
    d.structure(
        "fibularis_longus", "superficial",
        parts=[
            Part("muscle", ring(d, "ol_fl_m", "fl_tend_line", "fl_med_m", "kb_fl")),
            Part("tendon", ring(d, "fl_tend_line", "ol_fl_t", "ret_top_fl", "fl_med_t2", "fl_med_t1")),
        ],
        fibres=flow(d, "fl_flow", ["ol_fl_m"], ["fl_med_m"], 3, sections=6, t0=0.03, t1=0.97, inset=0.2),
    )
    d.structure(
        "gastrocnemius", "superficial",
        boundary=ring(d, "ol_gm_calf", "gm_sol", "tib_med_gm", "sart_bot"),
        fibres=flow(d, "gm_flow", ["tib_med_gm", "gm_sol"], ["ol_gm_calf"], 3, sections=6, t0=0.03, t1=0.95, inset=0.2),
    )
    d.structure(
        "soleus", "superficial",
        boundary=ring(d, "ol_sol", "tib_med_sol", "gm_sol"),
        fibres=flow(d, "sol_flow", ["tib_med_sol"], ["-gm_sol", "ol_sol"], 3, sections=6, t0=0.05, t1=0.95, inset=0.2),
    )
    d.structure(
        "extensor_retinaculum_ankle", "superficial", tissue="fascia",
        boundary=ring(d, "ret_top_fl", "ret_top_edl", "ret_top_ta", "ret_med", "ret_bot_ta", "ret_bot_edl",
                      "ret_bot_edb", "ol_ret"),
    )
    d.structure(
        "extensor_digitorum_brevis", "superficial",
        boundary=ring(d, "ret_bot_edb", "edb_med", "ol_edb"),
    )


def _toes(d: Drawing) -> list[list[str]]:
    """The dorsum of the toes, foreshortened in the front view: the extensor hallucis longus and the four
    extensor digitorum longus tendons running from the retinaculum to the middle of each toe, the clefts
    between the toes (the great toe's deeper) and a small nail on each toe."""
    out: list[list[str]] = []
    # cleft positions on the outline, lateral (5|4) to medial (2|1), and the height of each web
    clefts = [("toe5", 0.55, 827.8), ("toe5", 0.95, 828.6), ("toes_front", 0.3, 829), ("toes_front", 0.56, 826.8)]
    ends = [d._resolve(op(d, f"{seg}@{t}")) for seg, t, _ in clefts]
    for k, ((seg, t, web), end) in enumerate(zip(clefts, ends), start=1):
        # the cleft from the web to where the two toe pulps meet, then forking round them
        fork = (end[0] + 0.05, end[1] - 2.6)
        out.append(line_detail(d, f"toe_cleft_{k}", (end[0] + 0.45, web), (end[0] + 0.2, (web + fork[1]) / 2), fork))
        for side, dt in (("a", -0.13), ("b", 0.13)):
            order = ["toe5", "toes_front", "toe1"]
            u, si = t + dt, order.index(seg)
            if u >= 1:
                u, si = u - 1, si + 1
            elif u < 0:
                u, si = u + 1, si - 1
            q = d._resolve(op(d, f"{order[si]}@{u:.2f}" if u > 0.005 else order[si]))
            mid = (fork[0] + 0.3 * (q[0] - fork[0]), fork[1] + 0.7 * (q[1] - fork[1]))
            out.append(line_detail(d, f"toe_pulp_{k}{side}", fork, mid, q))
    # toe centres (5, 4, 3, 2, great toe) and the tendons to them
    edges_x = [157.9, *[e[0] for e in ends], 194.6]
    centres = [(a + b) / 2 for a, b in zip(edges_x, edges_x[1:])]
    tendon_paths = [
        ("edl_tendon_5", [(170.3, 798.3), (169.6, 810), (166.6, 820)]),
        ("edl_tendon_4", [(171.8, 798.4), (170.6, 812), (168.6, 822)]),
        ("edl_tendon_3", [(173.5, 798.5), (173.2, 813), (173.3, 823)]),
        ("edl_tendon_2", [(175.5, 798.6), (177, 813), (178.8, 823)]),
        ("ehl_tendon", [(178.6, 798.6), (182.6, 813), (187, 823)]),
    ]
    for (name, route), cx in zip(tendon_paths, centres):
        out.append(line_detail(d, name, *route, (cx, 829.2 if name != "ehl_tendon" else 828.8)))
    # nails: small rounded plates on the top of each toe, the free edge towards the tip
    for k, cx in enumerate(centres):
        big = k == 4
        w, top, bot = (2.6, 830.2, 834.6) if big else (1.1, 831.4, 834.4)
        if k == 0:
            w, top, bot = 1.0, 830.6, 832.9
        curve(d, f"toe_nail_{k + 1}", (cx, top), (cx + w, top + 0.25), (cx + w * 1.05, (top + bot) / 2),
              (cx + w * 0.7, bot - 0.2), (cx, bot), (cx - w * 0.7, bot - 0.2), (cx - w * 1.05, (top + bot) / 2),
              (cx - w, top + 0.25), (cx, top), closed=True)
        out.append([f"toe_nail_{k + 1}"])
    return out


# -- deep layer ------------------------------------------------------------------------------------
def _deep(d: Drawing) -> None:
    """Each deep muscle drawn whole, as if the superficial layer were lifted: pectoralis minor
    (coracoid to ribs 3-5), coracobrachialis (coracoid to mid humerus), and the posterior abdominal
    wall - psoas major (T12-L4 to the lesser trochanter), iliacus (iliac fossa, joining the psoas
    tendon), quadratus lumborum (12th rib to iliac crest) and transversus abdominis lateral to it."""
    pts(d, cor=(138.5, 187.5), pm_tu=(145.5, 189), pm_tl=(143.3, 197.5), pm_r3=(172, 202.5), pm_r5=(176.5, 240),
        cb_ins=(124.5, 258), cb_tl=(134.5, 197), cb_tm=(137.8, 199),
        ps_tm=(203.5, 289), ps_tl=(197, 289), ql_m_top=(194.6, 296), ql_m_bot=(186.5, 349), il_bot=(168, 420),
        ps_tend=(176, 417.5), lt=(158.5, 436), ql_l_top=(177, 302), ql_l_bot=(170.5, 346), il_lat=(153, 355),
        ta_top_l=(155, 283))

    # pectoralis minor: a fan from the coracoid to three slips on ribs 3-5
    curve(d, ["pm_up_t", "pm_up_m"], "cor", "pm_tu", (156, 192.5), (165, 197.5), "pm_r3")
    d.edge("pm_base", "pm_r3", (170, 208.5), (176.5, 214), (172.5, 221), (177.5, 228.5), (173.5, 235), "pm_r5")
    curve(d, ["pm_low_m", "pm_low_t"], "pm_r5", (163, 230.5), (151, 214), "pm_tl", "cor")
    d.edge("pm_tend_line", "pm_tu", (144.2, 193.3), "pm_tl")
    d.structure(
        "pectoralis_minor", "deep",
        parts=[
            Part("tendon", ring(d, "pm_up_t", "pm_tend_line", "pm_low_t")),
            Part("muscle", ring(d, "pm_tend_line", "pm_up_m", "pm_base", "pm_low_m")),
        ],
        fibres=[Fibres("pm_base", "-pm_tend_line", 9, inset=0.06)],
    )

    # coracobrachialis: from the coracoid (with the short head of biceps) to the medial humerus
    curve(d, ["cb_lat_t", "cb_lat_m"], "cor", "cb_tl", (130.5, 215), (126.5, 238), "cb_ins")
    curve(d, ["cb_med_t", "cb_med_m"], "cor", "cb_tm", (134.8, 220), (130, 244), "cb_ins")
    d.line("cb_tend_line", "cb_tl", "cb_tm")
    d.structure(
        "coracobrachialis", "deep",
        parts=[
            Part("tendon", ring(d, "cb_lat_t", "cb_tend_line", "cb_med_t")),
            Part("muscle", ring(d, "cb_tend_line", "cb_med_m", "cb_lat_m")),
        ],
        fibres=flow(d, "cb_flow", ["cb_lat_m"], ["cb_med_m"], 4, sections=5, inset=0.2),
    )

    # posterior abdominal wall
    d.edge("psoas_top", "ps_tm", (200.2, 288.3), "ps_tl")
    curve(d, ["ps_med_m", "ps_med_t"], "ps_tm", (203.2, 310), (202.2, 340), (199.5, 366), (194, 388), (185, 406),
          "ps_tend", (166, 429), "lt")
    curve(d, ["ps_lat_top", "ps_lat_ql", "ps_lat_il", "ps_lat_t"], "ps_tl", "ql_m_top", (190, 320), "ql_m_bot",
          (184, 372), (177, 395), "il_bot", (162, 429), "lt")
    d.edge("ps_tend_line", "ps_tend", (172, 419), "il_bot")
    d.edge("ql_top", "ql_m_top", (186, 298.5), "ql_l_top")
    d.edge("ql_lat", "ql_l_top", (173.5, 320), "ql_l_bot")
    d.edge("ql_bot", "ql_l_bot", (178.5, 350.5), "ql_m_bot")
    d.edge("crest_in", "il_lat", (159.5, 347), "ql_l_bot")
    d.edge("il_low", "il_lat", (153.2, 372), (156.5, 392), (161.5, 410), "il_bot")
    d.edge("ta_lat", "ta_top_l", (155.6, 300), (155, 320), (152.6, 340), "il_lat")
    d.edge("ta_top", "ta_top_l", (166, 292), "ql_l_top")

    d.structure(
        "psoas_major", "deep",
        parts=[
            Part("muscle", ring(d, "psoas_top", "ps_lat_top", "ps_lat_ql", "ps_lat_il", "ps_tend_line", "ps_med_m")),
            Part("tendon", ring(d, "ps_tend_line", "ps_lat_t", "ps_med_t")),
        ],
        fibres=flow(d, "ps_flow", ["ps_lat_top", "ps_lat_ql", "ps_lat_il"], ["ps_med_m"], 5, sections=7, inset=0.12),
    )
    d.structure(
        "quadratus_lumborum", "deep",
        boundary=ring(d, "ql_top", "ql_lat", "ql_bot", "ps_lat_ql"),
        fibres=[Fibres("ql_top", "-ql_bot", 6, inset=0.1)],
    )
    d.structure(
        "iliacus", "deep",
        boundary=ring(d, "crest_in", "ql_bot", "ps_lat_il", "il_low"),
        fibres=[Fibres("crest_in", "il_bot", 5, inset=0.1, bulge=1.0), Fibres("ql_bot", "il_bot", 3, inset=0.15)],
    )
    d.structure(
        "transversus_abdominis", "deep",
        boundary=ring(d, "ta_top", "ql_lat", "crest_in", "ta_lat"),
        fibres=[Fibres("ta_lat", "ql_lat", 8, inset=0.06)],
    )


def build() -> Drawing:
    d = Drawing("front", "FasciaMap — anterior view")
    layers.prepare(d)
    add_outline(d)
    add_jawline(d)
    try:
        from .front_head import draw_head  # the face, drawn by its own module
    except ImportError:
        draw_head = None
    if draw_head is not None:
        draw_head(d)
    _neck_and_shoulder(d)
    _chest(d)
    _abdomen(d)
    _arm(d)
    _hip_and_thigh(d)
    _leg_and_foot(d)
    _deep(d)
    layers.draw(d)
    return d
