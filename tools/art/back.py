"""The back (posterior) view of FasciaMap's body, with an inset of both soles.

Coordinates are the viewer's LEFT half, which in the back view is the figure's LEFT side; paired
structures are mirrored by the engine. Units: one head = 100, vertex y=30, midline x=210.

Landmarks used (y): inion 112, mastoid 121, C7 ~150, spine of scapula root T3 ~196 (acromion 173),
inferior angle of scapula T7 ~249, T12 ~300 (rib 12), iliac crest L4 ~338-347, PSIS ~362,
coccyx ~412-428, ischial tuberosity ~442, gluteal fold 448, popliteal fossa 566-620,
fibular head 620, calcaneal tendon 703-812 (narrowest ~785), calcaneus 812-835.

Superficial structures tile the silhouette through shared edges (walked forwards in one
structure and backwards, ``-name``, in its neighbour). Deep structures are each drawn whole and
share edges where they touch, so they never overlap.
"""

from __future__ import annotations

import math

from .engine import Drawing, Fibres, Part, _bezier_point, _sub_cubic, catmull_rom
from . import layers
from .figure import add_outline

INSET_AXIS = 365.0  # the soles inset is mirrored about this x


# -- small helpers on top of the engine ------------------------------------------------------------
def run(d: Drawing, *pieces: tuple[str, list]) -> None:
    """One smooth Catmull-Rom curve through all points, cut into named edges at piece ends.

    ``pieces`` are ``(edge_name, points)``; the first piece lists its start point, later pieces
    start where the previous one ended. Shared junctions keep the curve smooth across pieces.
    """
    pts: list = []
    counts: list[int] = []
    for i, (name, ps) in enumerate(pieces):
        pts.extend(ps)
        counts.append(len(ps) - 1 if i == 0 else len(ps))
    cubics = catmull_rom([d._resolve(p) for p in pts])
    k = 0
    for (name, _), n in zip(pieces, counts):
        if name in d.edges:
            raise ValueError(f"edge {name} defined twice")
        d.edges[name] = cubics[k:k + n]
        k += n


def split(d: Drawing, edge: str, frac: float, first: str, second: str, point: str) -> str:
    """Cut an edge at a fraction of its arc length into two named edges; name the cut point."""
    cubics = d.edges[edge]
    samples = []
    total = 0.0
    for i, c in enumerate(cubics):
        prev = c[0]
        for k in range(1, 41):
            t = k / 40
            p = _bezier_point(c, t)
            total += math.hypot(p[0] - prev[0], p[1] - prev[1])
            samples.append((total, i, t))
            prev = p
    target = frac * total
    _, idx, t = next(s for s in samples if s[0] >= target)
    c = cubics[idx]
    d.edges[first] = cubics[:idx] + [_sub_cubic(c, 0.0, t)]
    d.edges[second] = [_sub_cubic(c, t, 1.0)] + cubics[idx + 1:]
    d.pt(point, *_bezier_point(c, t))
    return point


def loop(d: Drawing, name: str, *pts) -> str:
    """A small closed shape as one edge (starts and ends at the first point)."""
    return d.edge(name, *pts, pts[0])


def mirror_pts(pts, axis: float = INSET_AXIS):
    return [(2 * axis - x, y) for x, y in pts]


def build() -> Drawing:
    d = Drawing("back", "FasciaMap — posterior view")
    layers.prepare(d)
    add_outline(d)
    P = d.pt
    O = d.outline_edge

    # ============================================================================================
    # HEAD: epicranial aponeurosis over the crown, occipital bellies low on the skull above the
    # superior nuchal line (inion 112 -> mastoid at the jaw-angle corner of the outline, 121).
    # ============================================================================================
    P("inion", 210, 112)
    P("Nom", 203, 112.6)   # medial end of the occipital belly on the nuchal line
    P("Ntr", 196, 114.3)   # lateral end of the trapezius origin
    P("Nol", 186.6, 118.7)   # lateral end of the occipital belly
    run(d, ("n1", ["inion", "Nom"]), ("n2", ["Ntr"]), ("n3", ["Nol"]), ("n4", ["jaw_angle"]))
    d.edge("occ_border", "Nom", (203.8, 108.3), (200.6, 105), (193, 103.9), (186.6, 106),
           (184, 111.5), "Nol")
    O("head_side", "vertex", "jaw_angle")
    d.structure("epicranial_aponeurosis", "superficial", tissue="fascia", paired=False, boundary=[
        "head_side", "-n4", "-occ_border", "-n1", "~n1", "~occ_border", "~n4", "-~head_side"])
    d.edge("f_occ_base", (186.5, 115.5), (196, 111.6), (202, 110.6))
    d.edge("f_occ_top", (186.8, 108.2), (194, 105.6), (201.5, 106.6))
    d.structure("occipitofrontalis", "superficial", boundary=["n2", "n3", "-occ_border"],
                fibres=[Fibres("f_occ_base", "f_occ_top", 7, inset=0.08)])

    # ============================================================================================
    # NECK & TRAPEZIUS: SCM as a sliver at the side of the neck; trapezius from the nuchal line,
    # ligamentum nuchae and spines to T12, inserting on the clavicle/acromion/spine of scapula.
    # ============================================================================================
    O("scm_out", "jaw_angle", "neck_mid@0.45")
    P("SCMb", *d.outline_point("neck_mid@0.45"))
    d.edge("scm_post", "Ntr", (193.2, 126), (190.6, 138), "SCMb")
    d.edge("f_scm_top", (194.5, 117), (189.5, 121))
    d.structure("sternocleidomastoid", "superficial", boundary=["n3", "n4", "scm_out", "-scm_post"],
                fibres=[Fibres("f_scm_top", (189, 148), 4, inset=0.1, trim=0.06)])

    # midline (spinous processes) from the inion to T12
    P("M138", 210, 138)
    P("M182", 210, 182)
    P("T12", 210, 300)
    d.line("mid_a", "inion", "M138")
    d.line("mid_b", "M138", "M182")
    d.line("mid_c", "M182", "T12")
    d.edge("apo_border", "M182", (205.8, 172), (203.2, 160), (205.2, 148), "M138")

    # spine of the scapula (bone): root at T3, acromion at the shoulder top
    P("SR", 183, 196)
    P("Ddel", 166, 192.2)
    O("acromion_top", "trap_b@0.6", "acromion@0.45")
    P("Tacr", *d.outline_point("trap_b@0.6"))
    P("Dacr", *d.outline_point("acromion@0.45"))
    d.edge("spine_up", "SR", (176, 191), (165, 187), (152, 182.2), (141, 177.3), "Tacr")
    run(d, ("spine_low_med", ["SR", (175, 194.6), "Ddel"]),
        ("spine_low_lat", [(153, 189), (140, 185), (129, 180.5), "Dacr"]))
    d.structure("spine_of_scapula", "superficial", tissue="bone", boundary=[
        "spine_up", "acromion_top", "-spine_low_lat", "-spine_low_med"])

    # lower border of the trapezius: T12 -> spine root
    P("TA", 204.2, 279)
    P("TB", 196.5, 254)
    run(d, ("trap_low_1", ["T12", "TA"]), ("trap_low_2", [(199.6, 263), "TB"]),
        ("trap_low_3", [(191, 230), (186, 211), "SR"]))
    # the lower fibres glide onto the root of the spine through a small triangular tendon
    split(d, "spine_up", 0.09, "spine_up_a", "spine_up_b", "TRt1")
    split(d, "trap_low_3", 0.72, "trap_low_3a", "trap_low_3b", "TRt2")
    d.edge("tr_tend", "TRt1", (186.2, 199.5), "TRt2")
    O("trap_out", "neck_mid@0.45", "trap_b@0.6")
    d.edge("f_trap_up_end", (184, 161), (173, 166.5), (161, 170.5), (151, 173))
    d.line("f_trap_low_start", (210, 196), (210, 296))
    d.edge("f_trap_mid_start", (205.5, 180), (202, 166.5), (201.8, 153), (204.5, 142))
    d.edge("f_trap_mid_end", (186, 195), (165, 189), (141, 179.5))
    d.structure("trapezius", "superficial", parts=[
        Part("muscle", ["n1", "n2", "scm_post", "trap_out", "-spine_up_b", "tr_tend", "-trap_low_3a",
                        "-trap_low_2", "-trap_low_1", "-mid_c", "apo_border", "-mid_a"]),
        Part("aponeurosis", ["mid_b", "apo_border"]),
        Part("tendon", ["spine_up_a", "tr_tend", "trap_low_3b"]),
    ], fibres=[
        Fibres("mid_a", "f_trap_up_end", 7, inset=0.05, bulge=-4.0),
        Fibres("f_trap_mid_start", "f_trap_mid_end", 8, inset=0.02, bulge=1.0),
        Fibres("f_trap_low_start", "tr_tend", 10, inset=0.02, bulge=0.8),
    ])

    # ============================================================================================
    # SHOULDER & ARM: deltoid (spine/acromion -> deltoid tuberosity), infraspinatus, teres major,
    # triceps with its tendon plate to the olecranon.
    # ============================================================================================
    O("delt_out", "acromion@0.45", "deltoid_low@0.6")
    P("DT", *d.outline_point("deltoid_low@0.6"))
    P("TRI0", 142, 208)
    run(d, ("delt_post_a", ["DT", (112, 228.3), (125, 221.3), "TRI0"]),
        ("delt_post_b", [(154.5, 198.5), "Ddel"]))
    d.edge("f_delt_ins", (107.5, 228.5), (112, 226.5), (117, 223.5))
    d.structure("deltoid", "superficial", boundary=["spine_low_lat", "delt_out", "delt_post_a", "delt_post_b"],
                fibres=[Fibres("spine_low_lat", "f_delt_ins", 11, inset=0.05, trim=0.06)])

    P("IA", 176, 249)       # inferior angle of the scapula
    P("Tarm", *d.outline_point("arm_med_b@0.5"))
    d.edge("teres_up", "IA", (166, 229.5), (154, 216.8), "TRI0")
    d.edge("tri_teres", "TRI0", (141.6, 216), "Tarm")
    run(d, ("lat_up_med", ["TB", (186, 251.5), "IA"]),
        ("lat_up_lat", [(164, 243.5), (153, 230.5), "axilla"]))
    O("teres_out", "arm_med_b@0.5", "axilla")
    d.edge("f_teres_end", (143.5, 211), (143, 221))
    d.edge("f_teres_start", (176, 243.5), (173.5, 247))
    d.structure("teres_major", "superficial", boundary=["teres_up", "tri_teres", "teres_out", "-lat_up_lat"],
                fibres=[Fibres("f_teres_start", "f_teres_end", 6, inset=0.1)])

    d.edge("f_infra_start", (184, 202), (187, 222), (191, 244))
    d.edge("f_infra_end", (146.5, 209.5), (152.5, 203.5), (160, 197))
    d.structure("infraspinatus", "superficial", boundary=[
        "spine_low_med", "-delt_post_b", "-teres_up", "-lat_up_med", "trap_low_3"],
        fibres=[Fibres("f_infra_start", "f_infra_end", 8, inset=0.05, trim=0.05, bulge=-1.0)])

    # triceps and the elbow
    O("tri_out_lat", "deltoid_low@0.6", "arm_lat_b@0.3")
    P("BR0", *d.outline_point("arm_lat_b@0.3"))
    P("LE", 107, 298)
    P("OL", 113, 296.5)
    P("OR", 123, 296.5)
    P("TAp", 118.4, 242)     # apex of the tendon plate, where long and lateral heads converge
    d.edge("tri_br", "BR0", (104.2, 289), "LE")
    d.edge("le_ol", "LE", (110, 297.6), "OL")
    d.edge("olec_top", "OL", (114.6, 291.8), (118, 290.2), (121.4, 291.8), "OR")
    d.edge("olec_bot", "OL", (114.4, 301), (118, 303.2), (121.6, 301), "OR")
    d.edge("or_me", "OR", (127, 297.2), "elbow_med")
    # the common tendon: a flat plate over the lower half of the arm, narrowing to the olecranon
    run(d, ("tri_tend_l", ["OL", (113.1, 289), (111.5, 278), (109.5, 264), (108.7, 253.5), (111.4, 245.8),
                           "TAp"]),
        ("tri_tend_r", [(125.4, 245.6), (128.1, 253.5), (127.1, 265), (125.3, 278), (123.5, 289), "OR"]))
    O("tri_out_med", "elbow_med", "arm_med_b@0.5")
    d.edge("f_tri_lat", (112, 225), (107.4, 240), (104.8, 256), (103.6, 270))   # lateral head
    d.edge("f_tri_med", (139, 220), (137, 236), (135, 252), (133.4, 268))       # long head
    d.structure("triceps_brachii", "superficial", parts=[
        Part("muscle", ["tri_out_lat", "tri_br", "le_ol", "tri_tend_l", "tri_tend_r", "or_me",
                        "tri_out_med", "-tri_teres", "-delt_post_a"]),
        Part("tendon", ["olec_top", "-tri_tend_r", "-tri_tend_l"]),
    ], fibres=[
        Fibres("f_tri_lat", "-tri_tend_l", 8, inset=0.04, trim=0.04, bulge=0.8),
        Fibres("f_tri_med", "tri_tend_r", 8, inset=0.04, trim=0.04, bulge=-0.8),
    ])
    d.structure("olecranon", "superficial", tissue="bone", boundary=["olec_top", "-olec_bot"])

    # ============================================================================================
    # FOREARM & HAND: brachioradialis on the lateral (thumb) edge, the extensor mass behind,
    # dorsal fascia of the hand with the extensor tendons.
    # ============================================================================================
    P("BRt", 98.6, 350)
    P("EXT", 94.5, 381)      # extensor bellies run down to the distal quarter of the forearm
    P("BRo", *d.outline_point("forearm_lat_b@0.1"))
    P("BRend", *d.outline_point("forearm_lat_c@0.6"))
    P("FM", *d.outline_point("wrist_med@0.6"))   # extensor carpi ulnaris, lowest on the ulnar side
    run(d, ("br_ext_1", ["LE", (103, 320), "BRt"]), ("br_ext_2", ["EXT"]), ("br_ext_3", ["BRend"]))
    d.edge("br_mt", "BRo", (95, 351), "BRt")
    O("br_out_m", "arm_lat_b@0.3", "forearm_lat_b@0.1")
    O("br_out_t", "forearm_lat_b@0.1", "forearm_lat_c@0.6")
    d.edge("f_br_end", (93.5, 352), (97.5, 350))
    d.structure("brachioradialis", "superficial", parts=[
        Part("muscle", ["br_out_m", "br_mt", "-br_ext_1", "-tri_br"]),
        Part("tendon", ["br_out_t", "-br_ext_3", "-br_ext_2", "-br_mt"]),
    ], fibres=[Fibres((103, 286), "f_br_end", 4, inset=0.1)])

    d.edge("wrist", "wrist_lat", (100, 414.6), (110, 416.2), "wrist_med")
    d.edge("ext_mt", "EXT", (102.5, 385.5), (112, 390.5), "FM")
    O("ext_out_med", "wrist_med@0.6", "elbow_med")
    O("ext_out_lat", "forearm_lat_c@0.6", "wrist_lat")
    O("ext_out_tm", "wrist_med", "wrist_med@0.6")
    d.edge("f_ext_top", (109, 304), (118, 307), (128, 303))
    d.edge("f_ext_bot", (98, 383.5), (108, 388.6), (118.5, 394.5))
    d.structure("forearm_extensors", "superficial", parts=[
        Part("muscle", ["br_ext_1", "br_ext_2", "ext_mt", "ext_out_med", "-or_me", "-olec_bot", "-le_ol"]),
        Part("tendon", ["br_ext_3", "ext_out_lat", "wrist", "ext_out_tm", "-ext_mt"]),
    ], fibres=[Fibres("f_ext_top", "f_ext_bot", 9, inset=0.05)],
        details=[["d_ext_1"], ["d_ext_2"], ["d_ext_3"], ["d_retin"]])
    d.edge("d_ext_1", (103.6, 389), (103, 400), (102.2, 411))
    d.edge("d_ext_2", (109, 391.5), (108.8, 401), (108.5, 411.5))
    d.edge("d_ext_3", (114.5, 394), (114.5, 403), (114.5, 411.5))
    d.edge("d_retin", (93.6, 403.5), (106, 406.5), (120.2, 406.8))

    O("hand_out", "wrist_lat", "wrist_med")
    # dorsum of the hand: the four extensor digitorum tendons fan from the retinaculum to the
    # knuckles (MCP heads ~466) and run on as the extensor hoods; finger clefts, interphalangeal
    # creases and nails make the fingers read (index, middle, ring, little).
    hand_details: list[list[str]] = []
    fingers = [  # (wrist x, knuckle (x, y), finger axis x, tip (x, y), nail centre)
        (102.4, (96.8, 465.5), 96.2, (95.0, 497.0), (96.7, 494.0)),
        (106.2, (103.4, 467.5), 103.3, (103.0, 508.0), (103.2, 503.6)),
        (109.8, (110.5, 466.5), 110.8, (111.0, 504.0), (110.8, 499.8)),
        (113.6, (117.0, 463.5), 117.6, (117.5, 494.0), (117.0, 489.6)),
    ]
    for i, (wx, (kx, ky), fx, (tx, ty), (nx, ny)) in enumerate(fingers):
        length = ty - ky
        d.edge(f"d_hand_tendon_{i}", (wx, 420.5), (wx + (kx - wx) * 0.45, 443), (kx, ky),
               (fx + (tx - fx) * 0.08, ky + length * 0.22))
        hand_details.append([f"d_hand_tendon_{i}"])
        for k, frac in enumerate((0.47, 0.76)):   # PIP and DIP creases
            cx, cy = fx + (tx - fx) * frac, ky + length * frac
            w = 1.9 - 0.4 * k
            d.edge(f"d_crease_{i}_{k}", (cx - w, cy + 0.3), (cx, cy - 0.35), (cx + w, cy + 0.3))
            hand_details.append([f"d_crease_{i}_{k}"])
        w = 1.45 if i < 3 else 1.2   # nail plate just short of the tip
        loop(d, f"d_nail_{i}", (nx - w * 0.95, ny - 1.7), (nx - w, ny + 0.8), (nx, ny + 2.0),
             (nx + w, ny + 0.8), (nx + w * 0.95, ny - 1.7), (nx, ny - 2.2))
        hand_details.append([f"d_nail_{i}"])
    for i, pts in enumerate([[(99.9, 473.0), (99.8, 488), (99.4, 501.6)],
                             [(107.1, 474.0), (107.2, 490), (107.1, 504.4)],
                             [(114.3, 472.0), (114.5, 486), (114.5, 498.2)]]):
        d.edge(f"d_finger_gap_{i}", *pts)
        hand_details.append([f"d_finger_gap_{i}"])
    d.edge("d_thumb_tendon", (98, 419.5), (93, 431), (88.8, 444), (87.4, 452.5))
    d.edge("d_thumb_crease", (84.2, 445.4), (86, 446.8), (88, 446.4))
    d.structure("dorsal_hand_fascia", "superficial", tissue="fascia", boundary=["hand_out", "-wrist"],
                details=hand_details + [["d_thumb_tendon"], ["d_thumb_crease"]])

    # ============================================================================================
    # TRUNK: latissimus dorsi from the thoracolumbar fascia and iliac crest to the axilla; the
    # external oblique on the flank; the lumbar diamond of the thoracolumbar fascia.
    # ============================================================================================
    P("E0", *d.outline_point("ribs_side@0.5"))
    P("L2", 161, 337.5)     # lat / external oblique meet on the crest
    P("L1", 175, 342)       # lat / TLF meet on the crest
    P("G1", 181, 347)       # gluteus maximus reaches the crest
    run(d, ("crest_1", ["iliac", (156, 337.8), "L2"]), ("crest_2", [(168, 338.6), "L1"]),
        ("crest_3", ["G1"]))
    d.edge("lat_ant", "E0", (155.5, 302), (159, 322), "L2")
    d.edge("lat_tlf", "L1", (183, 323), (193.5, 299.5), "TA")
    O("lat_out", "axilla", "ribs_side@0.5")
    O("eo_out", "ribs_side@0.5", "iliac")
    d.edge("f_lat_origin", "L2", (168, 338.6), "L1", (183, 323), (193.5, 299.5), "TA", (199.6, 263), "TB")
    d.edge("f_lat_ins", (151, 233), (148.5, 224), (146.5, 218))
    d.structure("latissimus_dorsi", "superficial", boundary=[
        "lat_up_med", "lat_up_lat", "lat_out", "lat_ant", "crest_2", "lat_tlf", "trap_low_2"],
        fibres=[Fibres("f_lat_origin", "f_lat_ins", 13, inset=0.03, trim=0.03, bulge=-2.5)])

    d.edge("f_eo_start", (152.5, 284), (156, 290))
    d.structure("external_oblique", "superficial", boundary=["eo_out", "crest_1", "-lat_ant"],
                fibres=[Fibres("f_eo_start", "crest_1", 5, inset=0.12, trim=0.06)])

    P("COC", 210, 412)
    d.edge("gmax_sac", "G1", (187, 362), (193, 380), (199.5, 396), (205, 406.5), "COC")
    d.line("d_tlf_mid", (210, 303), (210, 408))
    d.edge("d_tlf_l", (204, 290), (196, 330), (193, 365), (202, 400))
    d.structure("thoracolumbar_fascia", "superficial", tissue="fascia", paired=False, boundary=[
        "trap_low_1", "-lat_tlf", "crest_3", "gmax_sac", "-~gmax_sac", "-~crest_3", "~lat_tlf",
        "-~trap_low_1"], details=[["d_tlf_mid"], ["d_tlf_l"], ["~d_tlf_l"]])

    # ============================================================================================
    # HIP: gluteus medius under its aponeurosis, gluteus maximus from sacrum/TLF to the IT tract.
    # ============================================================================================
    P("IT1", *d.outline_point("hip_a@0.4"))
    P("IT0", 149, 470)
    d.edge("gmax_up", "G1", (170, 360), (157, 374.5), (147.5, 384), "IT1")
    O("gmed_out", "hip_a@0.4", "iliac")
    d.edge("f_gmed_crest", "iliac", (156, 337.8), "L2", (168, 338.6), "L1", "G1")
    d.structure("gluteus_medius", "superficial", boundary=["crest_1", "crest_2", "crest_3", "gmax_up", "gmed_out"],
                fibres=[Fibres("f_gmed_crest", (146, 383), 8, inset=0.06, trim=0.05)])

    P("HB0", 175, 459)
    P("STm", 186, 451)
    P("GR0", 203, 437.6)
    d.edge("it_gmax", "IT1", (144.2, 415), (146.6, 445), "IT0")
    run(d, ("g1", ["IT0", (161, 465.5), "HB0"]), ("g2", ["STm"]), ("g3", ["GR0"]), ("g4", ["crotch"]))
    d.line("cleft", "COC", "crotch")
    d.edge("f_gmax_ins", (146, 390), (147.5, 420), (151, 448), (157, 466))
    d.structure("gluteus_maximus", "superficial", boundary=[
        "gmax_up", "it_gmax", "g1", "g2", "g3", "g4", "-cleft", "-gmax_sac"],
        fibres=[Fibres("gmax_sac", "f_gmax_ins", 13, inset=0.04, trim=0.03, bulge=1.5)])

    # ============================================================================================
    # THIGH: IT tract laterally, biceps femoris, semitendinosus (long tendon), semimembranosus,
    # adductor magnus and gracilis medially; popliteal fossa apex PT.
    # ============================================================================================
    P("IT_end", *d.outline_point("knee_lat@0.3"))
    P("PT", 177, 566)
    P("STx", 170.5, 525)
    P("GS", 189, 546)
    P("STt", 180, 546.5)
    P("K2", *d.outline_point("knee_med_low@0.5"))
    P("BFi", 156, 586)
    P("BFg", 165.5, 593)
    run(d, ("it_med_1", ["IT0", (147.6, 500), (150.6, 540), "BFi"]), ("it_med_2", ["IT_end"]))
    O("it_out", "knee_lat@0.3", "hip_a@0.4")
    d.edge("d_it_a", (141, 400), (141.8, 450), (145.5, 520), (151.5, 576))
    d.structure("iliotibial_tract", "superficial", tissue="fascia",
                boundary=["it_gmax", "it_med_1", "it_med_2", "it_out"], details=[["d_it_a"]])

    run(d, ("bf_med_1", ["HB0", (171.6, 490), "STx"]), ("bf_med_2", [(172.2, 548), "PT"]))
    run(d, ("gas_lat_up_1", ["PT", "BFg"]), ("gas_lat_up_2", [(159.5, 606), "knee_low"]))
    d.edge("bf_mt", "BFi", (161, 588.5), "BFg")
    O("bf_out", "knee_low", "knee_lat@0.3")
    d.structure("biceps_femoris", "superficial", parts=[
        Part("muscle", ["g1", "bf_med_1", "bf_med_2", "gas_lat_up_1", "-bf_mt", "-it_med_1"]),
        Part("tendon", ["bf_mt", "gas_lat_up_2", "bf_out", "-it_med_2"]),
    ], fibres=[Fibres("g1", "bf_mt", 8, inset=0.1, trim=0.05, bulge=-1.0)])

    run(d, ("gr_lat_1", ["GR0", (197, 465), (192.3, 500), "GS"]),
        ("gr_lat_2", [(188.4, 570), "knee_med"]))
    d.edge("st_med", "STm", (187.2, 480), (188, 515), "GS")
    run(d, ("st_lat_a", ["K2", (188, 595), (186, 578), (183.5, 560), "STt"]),
        ("st_lat_b", [(175, 535.5), "STx"]))
    d.line("st_mt", "STt", "GS")
    O("st_out", "knee_med", "knee_med_low@0.5")
    d.structure("semitendinosus", "superficial", parts=[
        Part("muscle", ["g2", "st_med", "-st_mt", "st_lat_b", "-bf_med_1"]),
        Part("tendon", ["gr_lat_2", "st_out", "st_lat_a", "st_mt"]),
    ], fibres=[Fibres("g2", "st_mt", 6, inset=0.1, trim=0.05)])

    d.edge("f_am_top", (188, 449), (195, 444), (200, 440))
    d.structure("adductor_magnus", "superficial", boundary=["g3", "gr_lat_1", "-st_med"],
                fibres=[Fibres("f_am_top", (189, 540), 5, inset=0.1, trim=0.06)])

    O("gr_out", "knee_med", "crotch")
    d.edge("f_gr_top", (204.5, 438), (200.2, 442))
    d.edge("f_gr_end", (189.2, 585), (190, 590))
    d.structure("gracilis", "superficial", boundary=["gr_lat_1", "gr_lat_2", "gr_out", "-g4"],
                fibres=[Fibres("f_gr_top", "f_gr_end", 3, inset=0.15, trim=0.05, bulge=3.0)])

    run(d, ("gas_med_up", ["knee_med_low", (186, 600), (181, 582), "PT"]))
    O("sm_out", "knee_med_low@0.5", "knee_med_low")
    d.edge("f_sm_end", (183, 590), (188.5, 612))
    d.structure("semimembranosus", "superficial", boundary=[
        "-st_lat_b", "-st_lat_a", "sm_out", "gas_med_up", "-bf_med_2"],
        fibres=[Fibres((174.5, 540), "f_sm_end", 5, inset=0.1, trim=0.05)])

    # ============================================================================================
    # LEG: gastrocnemius (two heads), soleus on both sides below it, fibularis longus laterally,
    # calcaneal tendon and the calcaneus.
    # ============================================================================================
    P("S_l0", 154.6, 645)
    P("SLend", 174, 790)      # lowest lateral soleus fibres on the tendon
    P("GLend", 165.5, 703)    # lateral head of gastrocnemius ends higher ...
    P("GD", 172.5, 713)
    P("GMend", 183.5, 725)    # ... than the medial head
    P("SMt", 179.4, 791)      # lowest medial soleus fibres
    P("AL_end", 173.4, 812)
    P("AM_end", 180.6, 812)
    P("CL", *d.outline_point("heel_lat@0.15"))
    P("CM", *d.outline_point("heel_med@0.35"))
    P("FLt_in", 163.4, 760)   # fibularis bellies end low, behind the lateral malleolus
    P("FLt_out", *d.outline_point("leg_lat@0.35"))
    run(d, ("fl_med_1", ["knee_low", "S_l0"]), ("fl_med_2", [(156, 685), (158.6, 725), "FLt_in"]),
        ("fl_med_3", [(168.4, 777), "SLend"]))
    # the calcaneal tendon: broad where gastrocnemius joins it, narrowest above the heel
    run(d, ("ach_lat_1", ["GLend", (170.2, 738), (172.6, 766), "SLend"]),
        ("ach_lat_2", [(174, 802), "AL_end"]))
    run(d, ("ach_med_1", ["GMend", (181.6, 748), (179.8, 772), "SMt"]),
        ("ach_med_2", [(179.6, 802), "AM_end"]))
    run(d, ("c1", ["CL", (168, 813.8), "AL_end"]), ("c2", [(177, 811.2), "AM_end"]),
        ("c3", [(186, 814.8), "CM"]))
    d.edge("gas_lat_sol", "S_l0", (157.2, 665), (161, 684), "GLend")
    # lower borders of the two heads, gliding obliquely onto the calcaneal tendon
    run(d, ("gas_low_1", ["GLend", (169.2, 709), "GD"]), ("gas_low_2", [(178.2, 719.8), "GMend"]))
    d.edge("gas_med_sol", "GMend", (184, 697), (185.2, 682), "calf_med")
    d.edge("gas_div", "PT", (173.8, 600), (171.2, 640), (171, 680), "GD")
    O("gas_out", "calf_med", "knee_med_low")
    d.edge("f_gas_l_top", (172.5, 580), (160.5, 612))
    d.edge("f_gas_m_top", (178.5, 578), (188.3, 628))
    d.structure("gastrocnemius", "superficial", parts=[
        Part("muscle", ["gas_lat_up_1", "gas_lat_up_2", "fl_med_1", "gas_lat_sol", "gas_low_1", "-gas_div"]),
        Part("muscle", ["gas_div", "gas_low_2", "gas_med_sol", "gas_out", "gas_med_up"]),
    ], fibres=[
        Fibres("f_gas_l_top", "-gas_low_1", 7, inset=0.08, trim=0.05, bulge=-2.0),
        Fibres("f_gas_m_top", "gas_low_2", 7, inset=0.08, trim=0.05, bulge=2.5),
    ])

    O("sol_out_m", "ankle_med", "calf_med")
    O("sol_out_t", "heel_med@0.35", "ankle_med")
    d.edge("sol_mt", "SMt", (186, 789.5), "ankle_med")
    d.structure("soleus", "superficial", parts=[
        Part("muscle", ["fl_med_2", "fl_med_3", "-ach_lat_1", "-gas_lat_sol"]),
        Part("muscle", ["-gas_med_sol", "ach_med_1", "sol_mt", "sol_out_m"]),
        Part("tendon", ["ach_med_2", "c3", "sol_out_t", "-sol_mt"]),
    ], fibres=[
        Fibres("fl_med_2", "ach_lat_1", 6, inset=0.1, trim=0.06),
        Fibres("-sol_out_m", "ach_med_1", 6, inset=0.12, trim=0.06),
    ])

    O("fl_out_m", "knee_low", "leg_lat@0.35")
    O("fl_out_t", "leg_lat@0.35", "heel_lat@0.15")
    d.line("fl_mt", "FLt_out", "FLt_in")
    d.edge("f_fl_top", (153.5, 626), (155, 627))
    d.edge("d_fl_tendon", (162, 764), (164.6, 786), (166.2, 806))   # fibular tendons behind the malleolus
    d.structure("fibularis_longus", "superficial", details=[["d_fl_tendon"]], parts=[
        Part("muscle", ["fl_out_m", "fl_mt", "-fl_med_2", "-fl_med_1"]),
        Part("tendon", ["fl_out_t", "c1", "-ach_lat_2", "-fl_med_3", "-fl_mt"]),
    ], fibres=[Fibres("f_fl_top", "fl_mt", 4, inset=0.1, trim=0.05)])

    d.line("d_ach", (176.6, 738), (176.9, 808))
    d.structure("calcaneal_tendon", "superficial", tissue="tendon", boundary=[
        "gas_low_1", "gas_low_2", "ach_med_1", "ach_med_2", "-c2", "-ach_lat_2", "-ach_lat_1"],
        details=[["d_ach"]])

    O("calc_out", "heel_med@0.35", "heel_lat@0.15")
    d.structure("calcaneus", "superficial", tissue="bone", boundary=["c1", "c2", "c3", "calc_out"])

    build_deep(d)
    build_soles(d)
    build_decor(d)
    layers.draw(d)
    # the sliver of sternocleidomastoid seen from behind lies within the investing cervical fascia
    d.recast("sternocleidomastoid", "investing_cervical_fascia", "fascia")
    return d


def build_deep(d: Drawing) -> None:
    """Deep layer: each muscle whole as if the superficial layer were lifted off."""
    P = d.pt
    O = d.outline_edge

    # -- suboccipital region and neck: semispinalis medial, splenius lateral, suboccipitals
    #    between them under the occiput, levator scapulae at the side of the neck.
    P("SPm", 200.8, 132)
    P("SSX", 203.5, 166)
    P("M174", 210, 174)
    P("M188", 210, 188)
    P("LVm", 191.2, 152)
    P("ESt", 203, 178)
    P("LS1", 173, 182)
    P("LVt", *d.outline_point("jaw_angle@0.7"))
    run(d, ("ss_lat_1", ["Nom", (201.5, 122), "SPm"]), ("ss_lat_2", [(200.5, 145), (201.5, 157), "SSX"]))
    d.edge("ss_low", "SSX", (206.5, 171.5), "M174")
    d.line("dmid_ss", "M174", "inion")
    d.edge("f_ss_top", (208.5, 115), (203.5, 116))
    d.structure("semispinalis_capitis", "deep", boundary=["n1", "ss_lat_1", "ss_lat_2", "ss_low", "dmid_ss"],
                fibres=[Fibres("f_ss_top", "ss_low", 4, inset=0.1, trim=0.05)])

    d.edge("spl_sub", "Nol", (192.5, 124.5), "SPm")
    d.edge("f_sub_top", "Nol", "Ntr", "Nom")
    d.structure("suboccipital_muscles", "deep", boundary=["n2", "n3", "spl_sub", "-ss_lat_1"],
                fibres=[Fibres((200.6, 130), "f_sub_top", 5, inset=0.1, trim=0.06)],
                details=[["d_subocc"]])
    d.edge("d_subocc", (191, 119.5), (197, 124.5), (201, 127))

    run(d, ("lev_med_1", ["LVt", (191, 140), "LVm"]), ("lev_med_2", [(187, 168), (184, 182), "SR"]))
    run(d, ("spl_low_1", ["M188", "ESt"]), ("spl_low_2", [(196, 166), "LVm"]))
    d.line("dmid_spl", "M174", "M188")
    O("dk_neck_out", "jaw_angle@0.7", "jaw_angle")
    d.edge("f_spl_top", (185, 123), (187, 120.5))
    d.structure("splenius_capitis", "deep", boundary=[
        "-n4", "spl_sub", "ss_lat_2", "ss_low", "dmid_spl", "spl_low_1", "spl_low_2", "-lev_med_1",
        "dk_neck_out"],
        fibres=[Fibres("f_spl_top", "-spl_low_2", 6, inset=0.08, trim=0.05)])

    d.edge("lev_lat", "LVt", (188.7, 140), (187.2, 151), (180.5, 164.5), (175.5, 176), "LS1")
    d.edge("scap_sup_med", "LS1", (178, 188), "SR")
    d.edge("f_lev_top", (187.6, 133), (189.8, 133.5))
    d.edge("f_lev_bot", (174.5, 183.5), (181.5, 192))
    d.structure("levator_scapulae", "deep", boundary=["lev_lat", "scap_sup_med", "-lev_med_2", "-lev_med_1"],
                fibres=[Fibres("f_lev_top", "f_lev_bot", 4, inset=0.1, trim=0.04, bulge=-3.5)])

    # -- scapula: supraspinatus in the supraspinous fossa, rhomboids to the medial border
    d.edge("sup_top", "LS1", (162, 178.5), (150, 175.8), (141, 173.6), "Tacr")
    d.structure("supraspinatus", "deep", boundary=["sup_top", "-spine_up", "-scap_sup_med"],
                fibres=[Fibres("scap_sup_med", (141, 176), 6, inset=0.1, trim=0.05)])

    P("RH0", 200.5, 190)
    P("RH1", 194.5, 235)
    P("QLm1", 183, 297)
    P("QLm2", 178.8, 344)
    P("ESbl", 184, 362)
    run(d, ("es_lat_1", ["ESt", "RH0"]), ("es_lat_2", [(198, 210), "RH1"]),
        ("es_lat_3", [(189, 262), "QLm1"]), ("es_lat_4", [(179, 320), "QLm2"]),
        ("es_lat_5", ["ESbl"]))
    P("IA_d", 177, 249)
    d.edge("rh_top", "RH0", (192, 192), "SR")
    d.edge("scap_med", "SR", (183.2, 215), (181.6, 232), "IA_d")
    d.edge("rh_low", "IA_d", (185, 243.2), "RH1")
    d.edge("d_rh_split", (199, 202), (191, 203), (183.2, 205))
    d.structure("rhomboids", "deep", boundary=["rh_top", "scap_med", "rh_low", "-es_lat_2"],
                fibres=[Fibres("es_lat_2", "scap_med", 9, inset=0.06, trim=0.05)],
                details=[["d_rh_split"]])

    # -- lumbar showcase: multifidus beside the spines, erector spinae column, quadratus lumborum
    #    lateral to it between rib 12 and the crest, internal oblique in the flank.
    # multifidus: thin at T11-T12, swelling beside the lumbar spines to its greatest bulk at L5/S1,
    # then filling the sacral groove down to S4. ES is the column lateral to it; ES ends below in
    # its aponeurosis on the sacrum and iliac crest.
    P("MF0", 210, 286)
    P("ESbm", 192.6, 367)
    P("MFb", 210, 410)
    run(d, ("mf_lat_a", ["MF0", (206, 299), (201.6, 318), (196.6, 342), "ESbm"]),
        ("mf_lat_b", [(193.2, 384), (196.6, 398.5), (203, 407.6), "MFb"]))
    d.line("dmid_mf", "MFb", "MF0")
    d.line("dmid_es", "MF0", "M188")
    d.edge("es_bot", "ESbl", (188.4, 365.6), "ESbm")
    # fascicles from each spinous process run down and out to mammillary processes and sacrum
    d.line("f_mf_spines", (210, 292), (210, 394))
    d.edge("f_mf_lat", (205.4, 306), (200.2, 328), (195.4, 352), (194.6, 378), (199.5, 402.5))
    d.structure("multifidus", "deep", boundary=["mf_lat_a", "mf_lat_b", "dmid_mf"],
                fibres=[Fibres("f_mf_spines", "f_mf_lat", 11, inset=0.0, trim=0.06, bulge=-0.6)])

    split(d, "es_lat_5", 0.45, "es_lat_5a", "es_lat_5b", "ESa1")
    split(d, "mf_lat_a", 0.84, "mf_lat_a1", "mf_lat_a2", "ESa2")
    d.edge("es_apo", "ESa1", (187.6, 353.6), "ESa2")
    d.edge("f_es_mid", (185, 292), (194, 292.5), (202.5, 292.5))
    d.edge("d_es_spinalis", (204.5, 192), (203.5, 240), (205.5, 284))
    d.edge("d_es_ilio", (199.5, 196), (195, 240), (188.8, 285), (187.4, 325), (188.4, 351))
    d.structure("erector_spinae", "deep", parts=[
        Part("muscle", ["es_lat_1", "es_lat_2", "es_lat_3", "es_lat_4", "es_lat_5a", "es_apo",
                        "-mf_lat_a1", "dmid_es", "spl_low_1"]),
        Part("aponeurosis", ["es_lat_5b", "es_bot", "-mf_lat_a2", "-es_apo"]),
    ], fibres=[Fibres("es_apo", "f_es_mid", 10, inset=0.04, trim=0.0),     # one continuous run
               Fibres("f_es_mid", "-spl_low_1", 10, inset=0.04, trim=0.0)],
        details=[["d_es_spinalis"], ["d_es_ilio"]])

    P("QLtl", 164.5, 307)
    P("QLbl", 161, 337.5)
    run(d, ("dcrest_1", ["iliac", (156, 337.8), "QLbl"]), ("dcrest_2", [(170, 339.6), "QLm2"]))
    d.edge("ql_top", "QLm1", (173, 301.5), "QLtl")
    d.edge("ql_lat", "QLtl", (161.6, 322), "QLbl")
    d.structure("quadratus_lumborum", "deep", boundary=["ql_top", "ql_lat", "dcrest_2", "-es_lat_4"],
                fibres=[Fibres("dcrest_2", "-ql_top", 7, inset=0.08, trim=0.04)])

    P("IOt", *d.outline_point("ribs_side@0.45"))
    d.edge("io_top", "QLtl", (158, 292.5), "IOt")
    O("dk_io_out", "ribs_side@0.45", "iliac")
    d.structure("internal_oblique", "deep", boundary=["dk_io_out", "dcrest_1", "-ql_lat", "io_top"],
                fibres=[Fibres("dcrest_1", "-io_top", 6, inset=0.1, trim=0.05, bulge=1.0)])

    # -- sacrum (bone), piriformis to the greater trochanter, sacrotuberous ligament
    P("PI1", 188.5, 387)
    P("PI2", 191.6, 400)
    P("ST1", 194.2, 405.6)
    P("ST2", 204.5, 421)
    P("COCd", 210, 428)
    run(d, ("sac_lat_1", ["ESbl", (186.5, 376), "PI1"]), ("sac_lat_2", ["PI2"]),
        ("sac_lat_3", ["ST1"]), ("sac_lat_4", [(199, 413.5), "ST2"]), ("sac_lat_5", ["COCd"]))
    sac_lat = ["sac_lat_1", "sac_lat_2", "sac_lat_3", "sac_lat_4", "sac_lat_5"]
    sac_details = [["d_sac_crest"]]
    d.line("d_sac_crest", (210, 413), (210, 424))
    # dorsal sacral foramina, where they show beside the multifidus
    for i, (x, y) in enumerate([(189.4, 377), (191.8, 389.5), (194.6, 400.5), (201.2, 413.2)]):
        r = 1.5 - i * 0.15
        ring = [(x + r * math.cos(a * math.pi / 4), y + 0.8 * r * math.sin(a * math.pi / 4)) for a in range(8)]
        loop(d, f"d_sac_foramen_{i}", *ring)
        loop(d, f"d_sac_foramen_r{i}", *[(420 - px, py) for px, py in ring])
        sac_details += [[f"d_sac_foramen_{i}"], [f"d_sac_foramen_r{i}"]]
    d.structure("sacrum", "deep", tissue="bone", paired=False, boundary=[
        *sac_lat, *[f"-~{e}" for e in reversed(sac_lat)], "~es_bot", "~mf_lat_b", "-mf_lat_b", "-es_bot"],
        details=sac_details)

    P("PIt", 142, 401)
    d.edge("pir_up", "PI1", (172, 383.5), (155, 390), "PIt")
    d.edge("pir_low", "PIt", (156, 403.6), (174, 401.5), "PI2")
    d.structure("piriformis", "deep", boundary=["pir_up", "pir_low", "-sac_lat_2"],
                fibres=[Fibres("sac_lat_2", (145, 401.5), 5, inset=0.1, trim=0.04)])

    P("ISC", 188, 442)
    d.edge("stl_low", "ST2", (198, 432), "ISC")
    d.edge("stl_up", "ISC", (187, 428), (189.5, 416), "ST1")
    d.structure("sacrotuberous_ligament", "deep", tissue="ligament",
                boundary=["sac_lat_4", "stl_low", "stl_up"],
                fibres=[Fibres("sac_lat_4", (188.5, 438), 4, inset=0.1, trim=0.05)])

    # -- knee and leg: popliteus in the floor of the fossa, tibialis posterior deep in the calf
    # popliteus: a triangle from its tendon on the lateral femoral condyle, fanning down and
    # medially to the tibia above the soleal line
    P("POPl", 160.5, 600.5)
    P("POPm1", 188.4, 613.5)
    P("POPm2", 188.2, 631)
    d.edge("pop_up", "POPl", (170, 603.6), (180, 608.6), "POPm1")
    d.edge("pop_med", "POPm1", (188.9, 622), "POPm2")
    d.edge("pop_low", "POPm2", (178.5, 624.5), (168, 613), "POPl")
    d.structure("popliteus", "deep", boundary=["pop_up", "pop_med", "pop_low"],
                fibres=[Fibres((162.5, 601.8), "pop_med", 7, inset=0.08, trim=0.08)])

    # tibialis posterior: a bipennate belly between tibia and fibula on the interosseous
    # membrane, its tendon curving behind the medial malleolus
    P("TPm", 180.6, 741)
    P("TPl", 173.8, 742.5)
    P("TPtip", 191, 801)
    d.edge("tp_belly", "TPm", (183.4, 715), (184.2, 686), (182.4, 656), (177.4, 643.4), (171.5, 640.4),
           (165.6, 648), (163.6, 672), (164.4, 702), (168.2, 726), "TPl")
    d.edge("tp_l_2", "TPl", (180.6, 768), (187, 790.5), "TPtip")
    d.edge("tp_r_1", "TPtip", (189.8, 790), (184.6, 766.5), "TPm")
    d.line("tp_mt", "TPl", "TPm")
    d.edge("d_tp_raphe", (173.4, 656), (175.4, 700), (177.2, 740))
    d.line("f_tp_lat", (165.4, 652), (166.6, 728))
    d.line("f_tp_med", (182.8, 652), (182.2, 731))
    d.line("f_tp_mid", (173.8, 666), (177.2, 742))
    d.structure("tibialis_posterior", "deep", parts=[
        Part("muscle", ["tp_belly", "tp_mt"]),
        Part("tendon", ["tp_l_2", "tp_r_1", "-tp_mt"]),
    ], fibres=[Fibres("f_tp_lat", "f_tp_mid", 7, inset=0.02, trim=0.08),
               Fibres("f_tp_med", "f_tp_mid", 7, inset=0.02, trim=0.08)],
        details=[["d_tp_raphe"]])


def build_soles(d: Drawing) -> None:
    """Inset at the bottom right: both soles in plantar view, toes up, big toes toward the centre.

    The viewer-left sole (the figure's left foot) is drawn; the engine mirrors it about INSET_AXIS.
    """
    ax = INSET_AXIS
    P = d.pt
    P("TPL", 327, 722)
    P("TPM", 361, 718)
    d.edge("pf_out", "TPL", (325.8, 740), (327.3, 760), (329.5, 782), (331.6, 805), (335.2, 822),
           (343, 831.5), (350.6, 827), (354.6, 812), (354.6, 793), (352.4, 772), (354, 750),
           (358.6, 733), "TPM")
    d.edge("pf_top", "TPM", (353.5, 712.5), (347, 711.5), (340.5, 712.6), (334.5, 715.2),
           (330, 718.5), "TPL")
    slips = []
    for i, (tx, ty) in enumerate([(356.5, 716), (348, 712.5), (340.8, 713.5), (334.5, 716.5), (329.8, 720)]):
        d.edge(f"d_pf_slip_{i}", (343 + (tx - 343) * 0.25, 768), (343 + (tx - 343) * 0.7, 740), (tx, ty + 1.5))
        slips.append([f"d_pf_slip_{i}"])
    d.edge("d_pf_band_l", (337, 818), (334, 790), (333.5, 768))
    d.edge("d_pf_band_m", (349.5, 818), (350.5, 790), (350, 768))
    d.structure("plantar_fascia", "superficial", tissue="fascia", boundary=["pf_out", "pf_top"],
                axis=ax, details=slips + [["d_pf_band_l"], ["d_pf_band_m"]])

    # flexor digitorum brevis: belly from the calcaneal tuberosity, four tendons to toes 2-5
    d.edge("fdb_l", (342.5, 814), (336.2, 796), (333.6, 772), (334, 752), (335, 745))
    d.edge("fdb_top", (335, 745), (341.5, 743), (348.5, 744.5))
    d.edge("fdb_r", (348.5, 744.5), (350.5, 752), (350.8, 772), (348.2, 796), (342.5, 814))
    parts = [Part("muscle", ["fdb_l", "fdb_top", "fdb_r"])]
    for i, (bx, tx, ty) in enumerate([(346.5, 347.5, 714), (342.5, 340.8, 715),
                                      (338.5, 334.5, 718), (335.5, 329.8, 721.5)]):
        loop(d, f"fdb_tendon_{i}", (bx - 1.2, 745.5), (tx - 0.8, ty), (tx + 0.8, ty), (bx + 1.2, 745.5))
        parts.append(Part("tendon", [f"fdb_tendon_{i}"]))
    d.structure("flexor_digitorum_brevis", "deep", parts=parts, axis=ax,
                fibres=[Fibres((342.5, 810), "-fdb_top", 6, inset=0.1, trim=0.05)])

    # toes (decor, not interactive), both feet; frame and label
    toes = [(327, 722), (325.6, 715.5)]
    tips = [(328.8, 707.6, 2.3), (334.6, 702.2, 2.5), (340.8, 698.2, 2.7), (347.4, 694.6, 2.9),
            (355.4, 690.4, 4.6)]
    gaps = [(331.6, 711.8), (337.7, 707.4), (344.1, 703.8), (351, 702.6)]
    for i, (tx, ty, w) in enumerate(tips):
        toes += [(tx - w, ty + 2.6), (tx, ty), (tx + w, ty + 2.6)]
        if i < len(gaps):
            toes.append(gaps[i])
    toes += [(362.3, 703), (361, 718)]
    d.edge("toes_l", *toes)
    d.edge("pf_top_r", *mirror_pts([d.points["TPM"], (353.5, 712.5), (347, 711.5), (340.5, 712.6),
                                    (334.5, 715.2), (330, 718.5), d.points["TPL"]]))
    d.edge("toes_r", *mirror_pts(toes))
    d.decor("skin", ["toes_l", "pf_top"], closed=True)
    d.decor("skin", ["toes_r", "pf_top_r"], closed=True)
    for i, (a, b) in enumerate([((331.6, 712.5), (331.8, 717.5)), ((337.7, 708), (337.7, 713.8)),
                                ((344.1, 704.5), (344, 711.5)), ((351, 703.3), (350.6, 711.8))]):
        d.line(f"d_toe_gap_l{i}", a, b)
        d.line(f"d_toe_gap_r{i}", *mirror_pts([a, b]))
        d.decor("detail", [f"d_toe_gap_l{i}"])
        d.decor("detail", [f"d_toe_gap_r{i}"])
    x0, x1, y0, y1 = 318, 412, 660, 842
    d.line("frame_t", (x0, y0), (x1, y0))
    d.line("frame_r", (x1, y0), (x1, y1))
    d.line("frame_b", (x1, y1), (x0, y1))
    d.line("frame_l", (x0, y1), (x0, y0))
    d.decor("inset-frame", ["frame_t", "frame_r", "frame_b", "frame_l"], closed=True)
    d.label("Soles (plantar view)", ax, 676, size=6.5)


def build_decor(d: Drawing) -> None:
    """Ears (outside the silhouette, non-interactive)."""
    d.outline_point("temple@0.3")
    d.outline_point("cheekbone@0.75")
    d.edge("ear_l", "temple@0.3", (171.8, 83.5), (169.6, 90), (170.2, 99), (173.2, 105.5), "cheekbone@0.75")
    d.outline_edge("ear_base", "cheekbone@0.75", "temple@0.3")
    d.edge("ear_helix", (174.5, 86), (172.4, 91), (172.8, 99), (175.5, 103))
    d.decor("skin", ["ear_l", "ear_base"], closed=True)
    d.decor("skin", ["~ear_l", "~ear_base"], closed=True)
    d.decor("detail", ["ear_helix"])
    d.decor("detail", ["~ear_helix"])
