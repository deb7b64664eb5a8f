"""The upper limb at depth, front and back: shoulder (scapular muscles), arm, forearm and hand.

Front view (viewer's left = figure's right arm, palm forward, thumb lateral):
- superficial (redrawn): the forearm flexor mass with pronator teres and the bicipital aponeurosis
  carved out of it; the palm - thenar and hypothenar eminences, the flexor retinaculum between them,
  the palmar aponeurosis fanning to the four finger roots, the fibrous digital sheaths on each finger
  and on the thumb. Brachialis no longer belongs here: it shows through the surface beside biceps.
- intermediate: brachialis (whole, deep to biceps, to the ulnar tuberosity), coracobrachialis,
  flexor digitorum profundus with its four tendons, flexor pollicis longus, the lumbricals.
- deep: subscapularis (seen through the axilla), supinator, pronator quadratus.
Back view (viewer's left = figure's left arm):
- superficial (redrawn): infraspinatus (its lower border now leaves teres minor showing), triceps
  with its broad tendon plate, anconeus, the extensor mass with the extensor retinaculum, the
  extensor tendons on the back of the hand, and the dorsal fascia of the hand between them.
- intermediate: supraspinatus (under trapezius, to the greater tubercle), teres minor.
- deep: supinator, abductor pollicis longus, extensor pollicis brevis and longus, extensor indicis,
  the dorsal interossei.
The brachial and antebrachial fasciae are the deep fascia over all of this: they are data only (the
muscles beneath them are what an atlas page shows), except that the retinacula, their thickenings
at the wrist, are drawn.
"""

from __future__ import annotations

from ..engine import Drawing, Fibres, Part
from ..front import curve, flow, line_detail, oe, op, pts, ring
from ..back import split

PREFIX = "ul_"
REPLACES: dict[str, set[str]] = {
    "front": {"brachialis", "coracobrachialis", "forearm_flexors", "palmar_aponeurosis", "thenar_muscles",
              "hypothenar_muscles", "fibrous_digital_sheaths"},
    "back": {"supraspinatus", "infraspinatus", "triceps_brachii", "forearm_extensors", "dorsal_hand_fascia"},
    "lateral": set(),
}


def blob(d: Drawing, name: str, *points) -> str:
    """A smooth closed shape through the points, as one edge."""
    curve(d, name, *points, points[0], closed=True)
    return name


# ==================================================================================================
# FRONT
# ==================================================================================================
def front(d: Drawing) -> None:
    _front_arm(d)
    _front_forearm(d)
    _front_hand(d)
    _front_deep_forearm(d)
    _front_palm_deep(d)
    _front_shoulder_deep(d)


def _front_arm(d: Drawing) -> None:
    """Brachialis whole (intermediate): from the front of the lower humerus, embracing the deltoid
    insertion, to the ulnar tuberosity; at the surface it shows either side of biceps (where front.py's
    superficial brachialis pieces were). Coracobrachialis whole from the coracoid to the medial humerus,
    ending where brachialis begins."""
    pts(d, ul_cb_a=(121.8, 246.6), ul_cb_b=(127.6, 251.4), ul_brl_ins=(117.5, 321.5), ul_brl_med=(125, 310.5))
    # top of brachialis: from the deltoid insertion across the humerus to the medial border
    curve(d, ["ul_brl_top_a", "ul_brl_top_b", "ul_brl_top_c"], "deltoid_low@0.75", (110.5, 237.5), (116.5, 241.5),
          "ul_cb_a", "ul_cb_b", (132, 251.2), "arm_med_a@0.5")
    # its lower border: the tendon dives between brachioradialis and pronator teres to the ulnar tuberosity
    curve(d, ["ul_brl_low_l", "ul_brl_low_m"], "fossa_apex", (114, 322.8), "ul_brl_ins", (121.5, 318), (125, 310.5),
          (128.5, 303.5), "elbow_med")
    d.edge("ul_brl_tend", (113.2, 313.5), (117, 312.2), (121, 309.5), (124.4, 305.5))
    d.structure(
        "brachialis", "intermediate",
        parts=[
            Part("muscle", ring(d, "ol_brach_lat", "br_brach", "ul_brl_low_l", "ul_brl_low_m", "ol_brach_med",
                                "ul_brl_top_c", "ul_brl_top_b", "ul_brl_top_a")),
        ],
        fibres=[Fibres("ul_brl_top_a", "ul_brl_tend", 5, inset=0.05, bulge=1.0),
           Fibres("ul_brl_top_b", "ul_brl_tend", 3, inset=0.1),
           Fibres("ul_brl_top_c", "ul_brl_tend", 3, inset=0.1, bulge=-1.0),
           Fibres("-ol_brach_med", "ul_brl_tend", 4, inset=0.08, bulge=-1.5),
           Fibres("ol_brach_lat", "ul_brl_tend", 3, inset=0.2, bulge=1.5)],
    )
    # coracobrachialis: from the coracoid tip (with the short head of biceps) to the medial humerus
    pts(d, ul_cb_tl=(134.2, 197.5), ul_cb_tm=(138, 199.2))
    curve(d, ["ul_cb_lat_t", "ul_cb_lat_m"], "cor", "ul_cb_tl", (130.2, 213), (125.5, 232), "ul_cb_a")
    curve(d, ["ul_cb_med_t", "ul_cb_med_m"], "cor", "ul_cb_tm", (136, 217), (132, 238), "ul_cb_b")
    d.line("ul_cb_tend_line", "ul_cb_tl", "ul_cb_tm")
    d.structure(
        "coracobrachialis", "intermediate",
        parts=[
            Part("tendon", ring(d, "ul_cb_lat_t", "ul_cb_tend_line", "ul_cb_med_t")),
            Part("muscle", ring(d, "ul_cb_tend_line", "ul_cb_med_m", "ul_brl_top_b", "ul_cb_lat_m")),
        ],
        fibres=flow(d, "ul_cb_flow", ["ul_cb_lat_m"], ["ul_cb_med_m"], 3, sections=6, inset=0.2),
    )


def _front_forearm(d: Drawing) -> None:
    """The flexor mass redrawn at the surface with two pieces carved out: the bicipital aponeurosis
    (from the medial side of the biceps tendon down and medially over the flexor origins) and pronator
    teres (the medial border of the cubital fossa, running under brachioradialis to the mid radius)."""
    pts(d, ul_ba_p=(123.2, 305.0), ul_pt_r=(121.2, 318.6), ul_ba_q2=(126.2, 320.6))
    q = op(d, "forearm_med_b@0.86")
    split(d, "pt_top_a", 0.36, "ul_pta_a", "ul_pta_b", "ul_pta_p")     # elbow_med -> P -> bic_tip
    split(d, "br_flex_m", 0.5, "ul_bfm_a", "ul_bfm_b", "ul_pt_s")       # fossa_apex -> S -> br_tend_m
    oe(d, "ul_ol_fl_a", "elbow_med", q)
    oe(d, "ul_ol_fl_b", q, "wrist_med@0.4")
    # the aponeurosis: upper border along the flexor origin line, lower border back to the tendon
    curve(d, "ul_ba_up", "ul_pta_p", (125.6, 309.2), (127.6, 315.4), q)
    curve(d, ["ul_ba_low_a", "ul_ba_low_b"], q, (126.2, 320.6), "ul_pt_r", (118.2, 315.6), "bic_tip")
    # pronator teres: its lower border from under brachioradialis up to the aponeurosis
    curve(d, "ul_pt_low", "ul_pt_s", (112.4, 336), (117.6, 326.2), "ul_pt_r")
    d.structure(
        "bicipital_aponeurosis", "superficial", tissue="aponeurosis",
        boundary=ring(d, "ul_pta_b", "ul_ba_low_b", "ul_ba_low_a", "ul_ba_up"),
        fibres=[Fibres("ul_pta_b", "-ul_ba_low_a", 4, inset=0.12, trim=0.08)],
    )
    d.edge("ul_pt_fa", (116.4, 313.6), (121.6, 319.8))
    d.structure(
        "pronator_teres", "superficial",
        boundary=ring(d, "pt_top_b", "ul_bfm_a", "ul_pt_low", "ul_ba_low_b"),
        fibres=[Fibres("ul_ba_low_b", "ul_bfm_a", 5, inset=0.08, bulge=0.6)],
    )
    d.edge("ul_fl_top", (124.5, 324.5), (127.2, 326.5))
    d.structure(
        "forearm_flexors", "superficial",
        parts=[
            Part("muscle", ring(d, "ul_pta_a", "ul_ba_up", "ul_ol_fl_a")),
            Part("muscle", ring(d, "ul_ba_low_a", "ul_pt_low", "ul_bfm_b", "br_flex_m2", "flex_tend_line",
                                "ul_ol_fl_b")),
            Part("tendon", ring(d, "flex_tend_line", "br_flex_t", "wc_fl_th", "wc_fl_pa", "wc_fl_hy", "ol_flex_t")),
        ],
        fibres=[Fibres("ul_pta_a", "ul_ol_fl_a", 3, inset=0.2)]
        + flow(d, "ul_flex_flow", ["-ul_pt_low", "ul_bfm_b", "br_flex_m2"], ["ul_ol_fl_b"], 9,
               sections=7, t0=0.0, t1=0.99, inset=0.06),
        details=[
            line_detail(d, "ul_fcr_pl", (120.6, 319.4), (116.5, 345), (110.5, 370), (106.5, 390.5)),
            line_detail(d, "ul_pl_fds", (123.4, 320.2), (120.5, 345), (115.6, 372), (111.5, 395.5)),
            line_detail(d, "ul_fds_fcu", (126.2, 322.4), (125, 345), (122, 372), (118, 400)),
            line_detail(d, "ul_tendon_fcr", (104, 392.5), (103.3, 412.8)),
            line_detail(d, "ul_tendon_pl", (109, 397), (108, 414)),
            line_detail(d, "ul_tendon_fcu", (116.5, 401.5), (116.2, 414.5)),
        ],
    )


def _front_hand(d: Drawing) -> None:
    """The palm at the surface: thenar eminence (abductor and flexor pollicis brevis) to the thumb's
    MCP crease, hypothenar eminence, the flexor retinaculum between them below the wrist crease, the
    palmar aponeurosis from its distal border to the four finger roots, and the fibrous digital sheath
    on every digit (creases, and the sheath over the flexor tendons down the middle)."""
    pts(d, ul_ret_th=(103.8, 425.5), ul_ret_hy=(112.4, 427.4), ul_hy_root=(117.2, 471.2), ul_th_mcp=(91.8, 450))
    th_mcp_out = op(d, "thumb_mid@0.75")
    little_root = "little_side@0.25"
    # thenar: medial border from the wrist crease, bulging into the palm, to the thumb web
    curve(d, ["ul_th_med_r", "ul_th_med_p"], "th_top", "ul_ret_th", (101.4, 433), (97.6, 442.5), "thumb_web")
    curve(d, ["ul_hy_lat_r", "ul_hy_lat_p"], "hy_top", "ul_ret_hy", (113.4, 440), (114.8, 455), (116.2, 465.5),
          "ul_hy_root")
    d.edge("ul_ret_low", "ul_ret_th", (106.5, 427.4), (109.6, 428), "ul_ret_hy")
    d.edge("ul_th_mcp", "thumb_web", (88, 450.4), (85, 451.4), th_mcp_out)
    # the finger roots: each a shallow arc between the webs (proximal digital creases)
    curve(d, "ul_root_1", "index_lat", (95.8, 473.2), "cleft_1")
    curve(d, "ul_root_2", "cleft_1", (103.2, 472.4), "cleft_2")
    curve(d, "ul_root_3", "cleft_2", (110.9, 472.2), "cleft_3")
    d.edge("ul_root_4a", "cleft_3", (115.8, 472.8), "ul_hy_root")
    d.edge("ul_root_4b", "ul_hy_root", (119.4, 471.6), little_root)
    oe(d, "ul_ol_thenar", th_mcp_out, "wrist_lat")
    oe(d, "ul_ol_thumb", th_mcp_out, "thumb_web")
    oe(d, "ul_ol_web", "thumb_web", "index_lat")
    oe(d, "ul_ol_f1", "index_lat", "cleft_1")
    oe(d, "ul_ol_f2", "cleft_1", "cleft_2")
    oe(d, "ul_ol_f3", "cleft_2", "cleft_3")
    oe(d, "ul_ol_f4", "cleft_3", little_root)
    oe(d, "ul_ol_hyp", "wrist_med", little_root)

    d.edge("ul_th_fib_a", (94.5, 414.5), (99.5, 416))
    d.structure(
        "thenar_muscles", "superficial",
        boundary=ring(d, "wc_br", "wc_fl_th", "ul_th_med_r", "ul_th_med_p", "ul_th_mcp", "ul_ol_thenar"),
        fibres=[Fibres("-wc_br", "ul_th_mcp", 5, inset=0.08, bulge=1.6),
                Fibres("wc_fl_th", "ul_th_mcp", 3, inset=0.15, bulge=-1.0)],
        # abductor pollicis brevis (lateral) beside flexor pollicis brevis (medial)
        details=[line_detail(d, "ul_apb_fpb", (100.2, 414.5), (96.8, 426), (91.4, 438.5), (86.8, 448.8))],
    )
    d.structure(
        "hypothenar_muscles", "superficial",
        boundary=ring(d, "wc_fl_hy", "ol_hypothenar", "ul_root_4b", "ul_hy_lat_p", "ul_hy_lat_r"),
        fibres=[Fibres("wc_fl_hy", "ul_root_4b", 5, inset=0.1, bulge=-1.2)],
        # abductor digiti minimi (medial) beside flexor digiti minimi brevis
        details=[line_detail(d, "ul_adm_fdm", (116.2, 415), (119.2, 432), (120.2, 452), (119.6, 468.5))],
    )
    d.structure(
        "flexor_retinaculum_wrist", "superficial", tissue="ligament",
        boundary=ring(d, "wc_fl_pa", "ul_hy_lat_r", "ul_ret_low", "ul_th_med_r"),
        fibres=[Fibres((105.4, 415.6), (111.2, 417.4), 3, trim=0.0),
                Fibres((105.2, 419.6), (111.6, 421.6), 2, trim=0.0)][:0]
        + [Fibres("ul_th_med_r", "ul_hy_lat_r", 3, inset=0.2, trim=0.1)],
    )
    d.structure(
        "palmar_aponeurosis", "superficial", tissue="fascia",
        boundary=ring(d, "ul_ret_low", "ul_hy_lat_p", "ul_root_4a", "ul_root_3", "ul_root_2", "ul_root_1",
                      "ul_ol_web", "ul_th_med_p"),
        # the longitudinal bands fanning from the palmaris longus apex to the four fingers, and the
        # transverse fibres near the finger roots
        fibres=[Fibres((106.8, 429.5), (96.4, 471.6), 1, trim=0.03), Fibres((107.6, 429.8), (103.2, 471.4), 1, trim=0.03),
                Fibres((108.5, 429.8), (110.8, 471.2), 1, trim=0.03), Fibres((109.4, 429.5), (116.2, 470.4), 1, trim=0.03),
                Fibres((96.5, 462.5), (115.5, 462.2), 3, trim=0.0)][:4],
    )
    parts, fibres, details = _digits(d)
    d.structure("fibrous_digital_sheaths", "superficial", tissue="ligament", parts=parts, fibres=fibres,
                details=details)


# finger axes in the front and back views: (root centre, tip centre) for index, middle, ring, little
_FINGERS = [((95.7, 473.5), (95.3, 498.2)), ((103.3, 473.0), (103.2, 507.6)), ((111.0, 472.8), (111.4, 503.4)),
            ((118.0, 473.2), (118.3, 495.7))]
_WIDTH = [6.0, 6.9, 6.5, 5.6]


def _digits(d: Drawing):
    parts = [
        Part("ligament", ring(d, "ul_root_1", "ul_ol_f1")),
        Part("ligament", ring(d, "ul_root_2", "ul_ol_f2")),
        Part("ligament", ring(d, "ul_root_3", "ul_ol_f3")),
        Part("ligament", ring(d, "ul_root_4a", "ul_root_4b", "ul_ol_f4")),
        Part("ligament", ring(d, "ul_th_mcp", "ul_ol_thumb")),
    ]
    fibres: list[Fibres] = []
    details: list[list[str]] = []
    for i, ((rx, ry), (tx, ty)) in enumerate(_FINGERS):
        w = _WIDTH[i]
        L = ty - ry

        def at(t, off=0.0):
            return (rx + (tx - rx) * t + off, ry + L * t)

        for tag, t, sag, m in (("pip", 0.44, 0.5, 0.6), ("pip2", 0.475, 0.35, 1.4), ("dip", 0.74, 0.4, 1.0)):
            half = w / 2 * (1 - 0.25 * t) - m
            a, c = at(t, -half), at(t, half)
            details.append(line_detail(d, f"ul_crease_{i}_{tag}", a, ((a[0] + c[0]) / 2, a[1] + sag), c))
        # the sheath over the flexor tendons: two fine lines down the middle, with cruciate pulleys
        s = w * 0.2
        fibres.append(Fibres(at(0.06, -s), at(0.7, -s * 0.8), 1, trim=0.0))
        fibres.append(Fibres(at(0.06, s), at(0.7, s * 0.8), 1, trim=0.0))
    details.append(line_detail(d, "ul_crease_thumb", (83.6, 458.2), (86.2, 459.4), (88.8, 458.6)))
    fibres.append(Fibres((85.6, 452.4), (86.0, 462.0), 1, trim=0.0))
    fibres.append(Fibres((88.2, 452.2), (87.8, 461.0), 1, trim=0.0))
    return parts, fibres, details


def _front_deep_forearm(d: Drawing) -> None:
    """Intermediate: flexor digitorum profundus (ulna and membrane, four tendons through the carpal
    tunnel to the distal phalanges) and flexor pollicis longus (radius, tendon to the thumb).
    Deep: supinator around the upper radius, pronator quadratus across the distal radius and ulna."""
    pts(d, ul_fdp_a=(112.2, 326.5), ul_fdp_b=(106.8, 386.5), ul_fdp_mt=(118.6, 389.5))
    # FDP belly and FPL share the border on the front of the interosseous membrane
    curve(d, "ul_fdp_fpl", "ul_fdp_a", (109.6, 340), (107.4, 358), (106.3, 374), "ul_fdp_b")
    curve(d, "ul_fdp_med", "ul_fdp_a", (118, 324.6), (124, 323.8), (125.4, 334), (123.8, 354), (121, 374),
          "ul_fdp_mt")
    d.edge("ul_fdp_mtl", "ul_fdp_b", (110.5, 389.6), (114.8, 390.4), "ul_fdp_mt")
    # the common tendon band to the carpal tunnel, then four tendons fanning to the fingers
    d.edge("ul_fdp_band", "ul_fdp_b", (106.2, 400), (106.4, 414), (106.8, 428.6), (112.4, 429.2), (115.6, 414),
           (117.6, 400), "ul_fdp_mt")
    fdp_parts = [Part("muscle", ["ul_fdp_fpl", "ul_fdp_mtl", "-ul_fdp_med"]),
                 Part("tendon", ["ul_fdp_band", "-ul_fdp_mtl"])]
    starts = [(107.2, 427.6), (108.9, 428.2), (110.6, 428.2), (112.2, 427.6)]
    for i, ((rx, ry), (tx, ty)) in enumerate(_FINGERS):
        sx, sy = starts[i]
        w0, w1 = 1.0, 1.15
        mid = (sx + (rx - sx) * 0.55, sy + (ry - sy) * 0.55)
        end = (rx + (tx - rx) * 0.82, ry + (ty - ry) * 0.82)
        blob(d, f"ul_fdp_t{i}", (sx - w0 * 0.6, sy - 0.6), (mid[0] - w0, mid[1]), (rx - w1, ry), (end[0] - 0.85, end[1] - 1.3),
             (end[0], end[1]), (end[0] + 0.85, end[1] - 1.3), (rx + w1, ry), (mid[0] + w0, mid[1]), (sx + w0 * 0.6, sy - 0.6))
        fdp_parts.append(Part("tendon", [f"ul_fdp_t{i}"]))
    d.structure("flexor_digitorum_profundus", "intermediate", parts=fdp_parts,
                fibres=flow(d, "ul_fdp_flow", ["ul_fdp_med"], ["ul_fdp_fpl"], 6, sections=6, t0=0.03, t1=0.97,
                            inset=0.1))
    # flexor pollicis longus: radius below the tuberosity, tendon through the tunnel to the thumb tip
    pts(d, ul_fpl_top=(103.4, 329), ul_fpl_mt=(102.4, 391))
    curve(d, "ul_fpl_lat", "ul_fpl_top", (99, 338), (96.6, 356), (97.6, 376), "ul_fpl_mt")
    d.edge("ul_fpl_topb", "ul_fpl_top", (107.6, 326.6), "ul_fdp_a")
    d.edge("ul_fpl_mtl", "ul_fpl_mt", (104.6, 389.6), "ul_fdp_b")
    blob(d, "ul_fpl_tend", (102.3, 389), (101.6, 402), (102.6, 414), (101.8, 427), (97.2, 438), (92.4, 447.5),
         (88.6, 454.5), (86.8, 459.2), (88.1, 459.8), (90.2, 455.4), (94.2, 448.5), (99.2, 439.5), (104, 428.2),
         (105, 414), (104.6, 402), (104.8, 389.5))
    d.structure("flexor_pollicis_longus", "intermediate",
                parts=[Part("muscle", ["ul_fpl_lat", "ul_fpl_mtl", "-ul_fdp_fpl", "-ul_fpl_topb"]),
                       Part("tendon", ["ul_fpl_tend"])],
                fibres=flow(d, "ul_fpl_flow", ["ul_fpl_lat"], ["ul_fpl_topb", "ul_fdp_fpl"], 3, sections=5,
                            t0=0.05, t1=0.95, inset=0.2)[:0]
                + [Fibres("ul_fpl_lat", "ul_fdp_fpl", 5, inset=0.1)])
    # deep: supinator wrapping the upper third of the radius (front: its anterior surface)
    blob(d, "ul_sup_f", (100.4, 302.4), (106.2, 306.5), (111.6, 313.8), (111.4, 322.6), (107.2, 332.6),
         (101.4, 340.4), (97.8, 338.6), (96.4, 328), (97.6, 313))
    d.edge("ul_sup_f_a", (100.5, 305), (98.6, 312.5), (97.8, 322))
    d.edge("ul_sup_f_b", (108.6, 312.8), (106, 325), (101.8, 335))
    d.structure("supinator", "deep", boundary=["ul_sup_f"],
                fibres=[Fibres("ul_sup_f_a", "ul_sup_f_b", 5, inset=0.05, bulge=-0.8)])
    # pronator quadratus: a square sheet of transverse fibres over the distal radius and ulna
    blob(d, "ul_pq", (97.2, 392.6), (108, 393.4), (118.2, 393.6), (118.8, 400.5), (118.4, 407.6), (108, 407.4),
         (97, 407), (96.4, 400))
    d.line("ul_pq_l", (97.6, 394.5), (97.0, 406))
    d.line("ul_pq_r", (118.4, 395), (118.4, 406.5))
    d.structure("pronator_quadratus", "deep", boundary=["ul_pq"],
                fibres=[Fibres("ul_pq_l", "ul_pq_r", 6, inset=0.05, trim=0.02)])


def _front_palm_deep(d: Drawing) -> None:
    """Intermediate: the four lumbricals, each on the radial side of its profundus tendon in the palm,
    running to the radial side of its finger root."""
    for i, ((rx, ry), _) in enumerate(_FINGERS):
        sx, sy = [(107.2, 427.6), (108.9, 428.2), (110.6, 428.2), (112.2, 427.6)][i]
        mid = (sx + (rx - sx) * 0.55, sy + (ry - sy) * 0.55)
        top = (sx + (rx - sx) * 0.22 - 1.5, sy + (ry - sy) * 0.22)
        blob(d, f"ul_lum_{i}", top, (mid[0] - 3.2, mid[1] + 0.5), (rx - 2.6, ry - 5.5), (rx - 2.3, ry - 1.5),
             (rx - 1.5, ry - 4.5), (mid[0] - 1.4, mid[1] - 0.5), (top[0] + 0.3, top[1] - 0.6))
    d.structure("lumbricals_hand", "intermediate",
                parts=[Part("muscle", [f"ul_lum_{i}"]) for i in range(4)])


def _front_shoulder_deep(d: Drawing) -> None:
    """Subscapularis, seen in the deep layer where pectoralis major and minor are lifted: the lateral part
    of its belly in the posterior wall of the axilla, converging on its tendon, which passes in front of
    the shoulder joint to the lesser tubercle of the humerus."""
    pts(d, ul_ssc_tu=(125.8, 191.8), ul_ssc_tl=(125.2, 197.2), ul_ssc_mu=(134.2, 195.4), ul_ssc_ml=(133.4, 202.4))
    curve(d, ["ul_ssc_up_t", "ul_ssc_up_m"], "ul_ssc_tu", (130, 193.2), "ul_ssc_mu", (140.4, 200.6), (145.6, 206.6),
          (149.2, 212.8), (151, 220), (151.2, 228), (150.4, 234.2), lead=(120, 191))
    curve(d, ["ul_ssc_low_t", "ul_ssc_low_m"], "ul_ssc_tl", (129.4, 199.6), "ul_ssc_ml", (139.4, 207.4),
          (144.6, 211.8), (147.2, 218), (148.9, 226), (150.4, 234.2), lead=(120, 196))
    d.edge("ul_ssc_end", "ul_ssc_tu", (124.8, 194.6), "ul_ssc_tl")
    d.line("ul_ssc_mt", "ul_ssc_mu", "ul_ssc_ml")
    d.edge("ul_subscap_a", (148.8, 214.5), (150.2, 228.5))
    d.structure("subscapularis", "deep",
                parts=[Part("tendon", ring(d, "ul_ssc_up_t", "ul_ssc_mt", "ul_ssc_low_t", "ul_ssc_end")),
                       Part("muscle", ring(d, "ul_ssc_up_m", "ul_ssc_low_m", "ul_ssc_mt"))],
                fibres=[Fibres("ul_subscap_a", "ul_ssc_mt", 6, inset=0.05, bulge=1.0)])


# ==================================================================================================
# BACK
# ==================================================================================================
def back(d: Drawing) -> None:
    _back_shoulder(d)
    _back_arm(d)
    _back_forearm(d)
    _back_hand(d)
    _back_deep_forearm(d)
    _back_hand_deep(d)


def _back_shoulder(d: Drawing) -> None:
    """Supraspinatus whole (intermediate) in the supraspinous fossa, its tendon under the acromion to the
    greater tubercle; infraspinatus at the surface with a lower border that leaves teres minor showing
    between it and teres major; teres minor whole (intermediate) from the lateral border of the scapula
    to the lowest facet of the greater tubercle, under the deltoid."""
    # supraspinatus
    split(d, "spine_up", 0.6, "ul_spu_a", "ul_spu_b", "ul_ssp_z")
    pts(d, ul_ssp_mtu=(128.5, 177.4), ul_ssp_end_u=(118.8, 183.4), ul_ssp_end_l=(120, 187.8),
        ul_ssp_mtl=(128.8, 185.4))
    curve(d, ["ul_ssp_top_m", "ul_ssp_top_t"], "LS1", (162, 178.6), (150, 175.8), (139.5, 175), "ul_ssp_mtu",
          (122.8, 180.4), "ul_ssp_end_u", lead=(180, 185))
    curve(d, ["ul_ssp_low_t", "ul_ssp_low_m"], "ul_ssp_end_l", (124, 186.8), "ul_ssp_mtl", (138.6, 182.8), (146, 181.8),
          "ul_ssp_z")
    d.edge("ul_ssp_end", "ul_ssp_end_u", (118.4, 185.8), "ul_ssp_end_l")
    d.line("ul_ssp_mt", "ul_ssp_mtu", "ul_ssp_mtl")
    d.structure(
        "supraspinatus", "intermediate",
        parts=[Part("muscle", ring(d, "ul_ssp_top_m", "ul_ssp_mt", "ul_ssp_low_m", "-ul_spu_a", "-scap_sup_med")),
               Part("tendon", ring(d, "ul_ssp_top_t", "ul_ssp_end", "ul_ssp_low_t", "ul_ssp_mt"))],
        fibres=flow(d, "ul_ssp_flow", ["ul_ssp_top_m"], ["scap_sup_med", "ul_spu_a", "-ul_ssp_low_m"], 4,
                    sections=8, t0=0.04, t1=0.98, inset=0.2),
    )
    # infraspinatus / teres minor
    split(d, "delt_post_b", 0.22, "ul_dpb_a", "ul_dpb_b", "ul_tmin_x")     # TRI0 -> X -> Ddel
    split(d, "teres_up", 0.3, "ul_tu_a", "ul_tu_b", "ul_tmin_y")            # IA -> Y -> TRI0
    curve(d, "ul_infra_low", "ul_tmin_x", (155.6, 210.6), (162.6, 221.4), "ul_tmin_y")
    d.structure("infraspinatus", "superficial", boundary=ring(
        d, "spine_low_med", "ul_dpb_b", "ul_infra_low", "ul_tu_a", "lat_up_med", "trap_low_3"),
        fibres=[Fibres("f_infra_start", "f_infra_end", 8, inset=0.05, trim=0.05, bulge=-1.0)])
    pts(d, ul_tmin_t1=(117.4, 198.4), ul_tmin_t2=(117.9, 204.2), ul_tmin_m1=(124.6, 197.6), ul_tmin_m2=(124.9, 205.8))
    curve(d, ["ul_tmin_up_t", "ul_tmin_up_m"], "ul_tmin_t1", "ul_tmin_m1", (139, 196.6), (152.5, 202.6),
          (162.8, 213.4), (168.6, 225.4), "ul_tmin_y", lead=(110, 199))
    curve(d, ["ul_tmin_low_m", "ul_tmin_low_t"], "TRI0", (134.5, 207.6), "ul_tmin_m2", "ul_tmin_t2",
          lead=(154, 216.8))
    d.edge("ul_tmin_end", "ul_tmin_t2", (116.2, 200.6), "ul_tmin_t1")
    d.line("ul_tmin_mt", "ul_tmin_m1", "ul_tmin_m2")
    d.structure(
        "teres_minor", "intermediate",
        parts=[Part("muscle", ring(d, "ul_tmin_up_m", "ul_tu_b", "ul_tmin_low_m", "ul_tmin_mt")),
               Part("tendon", ring(d, "ul_tmin_up_t", "ul_tmin_mt", "ul_tmin_low_t", "ul_tmin_end"))],
        fibres=flow(d, "ul_tmin_flow", ["-ul_tmin_up_m"], ["ul_tu_b", "ul_tmin_low_m"], 5,
                    sections=8, t0=0.03, t1=0.97, inset=0.15),
    )


def _back_arm(d: Drawing) -> None:
    """Triceps with its broad, flat common tendon: an aponeurotic plate that begins high between the long
    and lateral heads, widens over the lower arm and narrows only at the olecranon; the lateral head's
    fibres run down and in onto its lateral edge, the long and medial heads' onto its medial edge.
    Anconeus, a small triangle from the back of the lateral epicondyle to the olecranon and upper ulna."""
    pts(d, ul_tt_apex=(119.4, 231.5))
    curve(d, "ul_tt_l", "OL", (112, 289.5), (110.6, 280), (110.8, 268), (112.8, 255.5), (116, 242.5),
          "ul_tt_apex")
    curve(d, "ul_tt_r", "ul_tt_apex", (122.6, 242.5), (125.8, 255.5), (127.8, 268), (127.8, 280), (125.6, 289.5), "OR")
    d.structure("triceps_brachii", "superficial", parts=[
        Part("muscle", ["tri_out_lat", "tri_br", "le_ol", "ul_tt_l", "ul_tt_r", "or_me", "tri_out_med",
                        "-tri_teres", "-delt_post_a"]),
        Part("tendon", ["olec_top", "-ul_tt_r", "-ul_tt_l"]),
    ], fibres=[
        Fibres("f_tri_lat", "-ul_tt_l", 9, inset=0.04, trim=0.04, bulge=0.8),
        Fibres("f_tri_med", "ul_tt_r", 9, inset=0.04, trim=0.04, bulge=-0.8),
    ] + flow(d, "ul_tt_flow", ["-ul_tt_l"], ["ul_tt_r"], 4, sections=6, t0=0.08, t1=0.93, inset=0.2),
        details=[line_detail(d, "ul_tri_med_head", (130.2, 262), (131, 276), (128.6, 290.5)),
                 line_detail(d, "ul_tri_heads", (121.4, 223.8), (120.6, 227.6), (119.6, 231.2)),
                line_detail(d, "ul_tri_lat_head", (106.2, 262), (106.8, 278), (109.2, 292))])
    split(d, "olec_bot", 0.4, "ul_olb_a", "ul_olb_b", "ul_anc_k")   # OL -> K -> OR
    pts(d, ul_anc_a=(118.8, 322.5))
    d.edge("ul_anc_med", "ul_anc_k", (117.4, 309), "ul_anc_a")
    d.edge("ul_anc_lat", "ul_anc_a", (113.2, 316.5), (108.8, 306.5), "LE")
    d.structure("anconeus", "superficial", boundary=ring(d, "le_ol", "ul_olb_a", "ul_anc_med", "ul_anc_lat"),
                fibres=[Fibres((108.6, 299.2), "ul_anc_med", 5, inset=0.1, trim=0.08)])


def _wrist_y(x: float) -> float:
    """The dorsal wrist line (as back.py draws it, wrist_lat to wrist_med), as a height for any x."""
    xs, ys = [92.5, 100, 110, 119.5], [412, 414.6, 416.2, 415]
    total = 0.0
    for i, (xi, yi) in enumerate(zip(xs, ys)):
        term = yi
        for j, xj in enumerate(xs):
            if j != i:
                term *= (x - xj) / (xi - xj)
        total += term
    return total


# extensor tendons on the wrist line, lateral to medial: name, (root x from, to), centre line, half-widths
_EXT_TENDONS = [
    ("ecrl", (95.4, 97.0), [(97.2, 419.5), (97.4, 422.8)], [0.8, 0.75, 0.7]),
    ("ecrb", (98.6, 100.2), [(100.1, 419.6), (100.6, 422.8)], [0.8, 0.75, 0.7]),
    ("ed2", (102.4, 104.4), [(102.9, 424), (101.6, 434), (99.2, 450), (96.3, 465.5), (95.8, 476), (95.6, 488.5)],
     [1.0, 0.95, 0.95, 1.0, 1.6, 1.35, 0.7]),
    ("ed3", (105.0, 107.0), [(105.9, 424), (105.5, 440), (104.2, 455), (103.4, 467.5), (103.3, 479), (103.2, 496.5)],
     [1.0, 0.95, 0.95, 1.0, 1.7, 1.45, 0.75]),
    ("ed4", (107.6, 109.6), [(108.8, 424), (109.6, 440), (110.4, 455), (110.9, 466.5), (111.1, 477), (111.3, 492.5)],
     [1.0, 0.95, 0.95, 1.0, 1.6, 1.4, 0.7]),
    ("edm", (111.6, 113.4), [(112.9, 423.5), (114.8, 440), (116.6, 454), (117.8, 465), (118.0, 474), (118.2, 486)],
     [0.9, 0.85, 0.85, 0.9, 1.4, 1.2, 0.6]),
    ("ecu", (116.4, 118.0), [(117.8, 419.6), (118.4, 422.6)], [0.8, 0.75, 0.7]),
]


def _tendon_u(d: Drawing, name: str, left: tuple, right: tuple, centre: list, half: list) -> None:
    """One tendon as a single U-shaped edge: from its root on the wrist line down one side, round the end
    and back up the other side to its root."""
    import math

    line = [((left[0] + right[0]) / 2, (left[1] + right[1]) / 2), *centre]
    sides_l, sides_r = [], []
    for k, (x, y) in enumerate(line):
        a = line[max(k - 1, 0)]
        b = line[min(k + 1, len(line) - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        n = math.hypot(dx, dy) or 1.0
        nx, ny = dy / n, -dx / n     # normal (pointing to the viewer's right for a downward line)
        w = half[k]
        sides_l.append((x - nx * w, y - ny * w))
        sides_r.append((x + nx * w, y + ny * w))
    sides_l[0], sides_r[0] = left, right
    ex, ey = line[-1]
    a = line[-2]
    dx, dy = ex - a[0], ey - a[1]
    n = math.hypot(dx, dy) or 1.0
    tip = (ex + dx / n * half[-1] * 0.9, ey + dy / n * half[-1] * 0.9)
    d.edge(name, *sides_l, tip, *reversed(sides_r))


def _back_forearm(d: Drawing) -> None:
    """The extensor mass with anconeus carved out; its tendons above the extensor retinaculum; the
    retinaculum across the back of the wrist (the thickened antebrachial fascia over the six tendon
    compartments)."""
    rm = "wrist_med@0.45"
    d.outline_point(rm)
    curve(d, "ul_ret_top", "BRend", (100, 402.2), (110, 403.2), rm, lead=(91.5, 398))
    oe(d, "ul_ol_ret_m", rm, "wrist_med@0.6")
    oe(d, "ul_ol_ret_w", "wrist_med", rm)
    # the wrist line, cut at every tendon root
    cuts = [("wrist_lat", None)]
    for name, (xa, xb), _, _ in _EXT_TENDONS:
        cuts.append((d.pt(f"ul_root_{name}_a", xa, round(_wrist_y(xa), 3)), name))
        cuts.append((d.pt(f"ul_root_{name}_b", xb, round(_wrist_y(xb), 3)), None))
    cuts.append(("wrist_med", None))
    names = []
    for k in range(len(cuts) - 1):
        tendon = cuts[k][1]
        names.append(f"ul_wr_root_{tendon}" if tendon else f"ul_wr_gap_{k}")
    curve(d, names, *[c[0] for c in cuts])
    d.edge("ul_ext_d1", (100.4, 300.5), (99.8, 330), (98.8, 360), (97.4, 383.8))   # ECRL | ECRB
    d.edge("ul_ext_d2", (104.2, 300.5), (104.6, 335), (104.2, 365), (103.2, 386.6))  # ECRB | ED
    d.edge("ul_ext_d3", (110.8, 310), (112, 340), (112, 370), (112.2, 390.6))     # ED | EDM
    d.edge("ul_ext_d4", (118.4, 322.5), (117.6, 350), (116.4, 375), (116.4, 393.2))  # EDM | ECU
    d.edge("ul_ext_d5", (123.6, 300), (124.2, 330), (123.2, 360), (121.6, 390))    # ECU | the ulna's border
    tdet = []
    for k, (x0, x1) in enumerate([(96.6, 96.8), (100.2, 100.4), (105.6, 104.8), (112.6, 112.6), (117.6, 117.4)]):
        y0 = 384.8 + (x0 - 94.5) * 0.5
        tdet.append(line_detail(d, f"ul_ext_td{k}", (x0, y0 + 2), (x1, 401.2 + (x1 - 92) * 0.1)))
    parts = [
        Part("muscle", ring(d, "br_ext_1", "br_ext_2", "ext_mt", "ext_out_med", "or_me", "ul_olb_b", "ul_anc_med",
                            "ul_anc_lat")),
        Part("tendon", ring(d, "br_ext_3", "ul_ret_top", "ul_ol_ret_m", "ext_mt")),
    ]
    for name, (xa, xb), centre, half in _EXT_TENDONS:
        _tendon_u(d, f"ul_tendon_{name}", d.points[f"ul_root_{name}_a"], d.points[f"ul_root_{name}_b"], centre, half)
        parts.append(Part("tendon", [f"ul_tendon_{name}", f"-ul_wr_root_{name}"]))
    d.structure("forearm_extensors", "superficial", parts=parts,
                fibres=[Fibres("f_ext_top", "f_ext_bot", 9, inset=0.05)],
                details=[["ul_ext_d1"], ["ul_ext_d2"], ["ul_ext_d3"], ["ul_ext_d4"], ["ul_ext_d5"], *tdet])
    d.edge("ul_ret_f1", (93.2, 404.5), (118.6, 405.6))
    d.edge("ul_ret_f2", (93.2, 410.8), (118.6, 413.2))
    d.structure("extensor_retinaculum_wrist", "superficial", tissue="ligament",
                boundary=ring(d, "ul_ret_top", "ul_ol_ret_w", *reversed(names), "ext_out_lat"),
                fibres=[Fibres("ul_ret_f1", "ul_ret_f2", 9, inset=0.03, trim=0.05)][:0]
                + [Fibres((93.6, 404.5), (118.2, 407.6), 1, trim=0.02), Fibres((93.4, 408.6), (118.4, 411.4), 1, trim=0.02)],
                details=[line_detail(d, f"ul_ret_sep_{k}", (x, 403.2 + (x - 92) * 0.05), (x + 0.4, _wrist_y(x + 0.4) - 0.6))
                         for k, x in enumerate([97.8, 101.4, 110.4, 115.2])])
    d.ul_wrist_names = names  # type: ignore[attr-defined]


def _back_hand(d: Drawing) -> None:
    """The dorsal fascia of the hand between the extensor tendons: thumb tendons (abductor pollicis longus
    with extensor pollicis brevis, and extensor pollicis longus, bounding the anatomical snuffbox) and the
    juncturae tendinum as details, knuckle creases and nails on the fingers."""
    names = d.ul_wrist_names  # type: ignore[attr-defined]
    boundary = ["hand_out"]
    for n in reversed(names):
        if n.startswith("ul_wr_root_"):
            boundary.append("-ul_tendon_" + n[len("ul_wr_root_"):])
        else:
            boundary.append("-" + n)
    det = [
        line_detail(d, "ul_dh_epl", (101.2, 418.5), (97.2, 426.5), (93.2, 433.5), (90.4, 441), (88.8, 449), (87.6, 457.5)),
        line_detail(d, "ul_dh_epb", (93.6, 415.6), (91.4, 423), (88.9, 432), (86.8, 441.5), (85.8, 447.6)),
        line_detail(d, "ul_dh_jt1", (104.6, 456.5), (106.6, 459), (109.0, 457.6)),
        line_detail(d, "ul_dh_jt2", (111.6, 455.6), (114, 458.4), (116.4, 456.6)),
        line_detail(d, "ul_dh_thumb_nail", (83.4, 457.5), (83.6, 461.8), (85.6, 464.2), (87.8, 462.6), (88.1, 458.6)),
    ]
    for i, ((rx, ry), (tx, ty)) in enumerate(_FINGERS):
        L = ty - ry
        for k, t in enumerate((0.34, 0.64)):
            cx, cy = rx + (tx - rx) * t, ry + L * t
            w = (_WIDTH[i] / 2 - 1.2) * (1 - 0.2 * k)
            det.append(line_detail(d, f"ul_dh_crease_{i}_{k}", (cx - w, cy + 0.4), (cx, cy - 0.25), (cx + w, cy + 0.4)))
        cx, cy = rx + (tx - rx) * 0.9, ry + L * 0.88
        w = _WIDTH[i] * 0.26
        blob(d, f"ul_dh_nail_{i}", (cx - w, cy - 2.6), (cx - w * 1.05, cy + 0.6), (cx, cy + 2.1), (cx + w * 1.05, cy + 0.6),
             (cx + w, cy - 2.6), (cx, cy - 3.0))
        det.append([f"ul_dh_nail_{i}"])
    d.structure("dorsal_hand_fascia", "superficial", tissue="fascia", boundary=boundary, details=det)


def _back_deep_forearm(d: Drawing) -> None:
    """Deep posterior compartment: supinator round the upper radius; abductor pollicis longus and extensor
    pollicis brevis crossing down and out to the thumb's base; extensor pollicis longus from the ulna,
    its tendon turning round Lister's tubercle to the thumb tip; extensor indicis to the index."""
    def muscle(node, belly, tendon, f_a, f_b, n=4):
        blob(d, f"ul_{node}_belly", *belly)
        parts = [Part("muscle", [f"ul_{node}_belly"])]
        if tendon:
            blob(d, f"ul_{node}_tendon", *tendon)
            parts.append(Part("tendon", [f"ul_{node}_tendon"]))
        d.edge(f"ul_{node}_fa", *f_a)
        d.edge(f"ul_{node}_fb", *f_b)
        d.structure(node, "deep", parts=parts, fibres=[Fibres(f"ul_{node}_fa", f"ul_{node}_fb", n, inset=0.08, trim=0.05)])

    def strap(points, w):
        """A tendon outline along a centre line, ``w`` half-wide, rounded at both ends."""
        import math
        left, right = [], []
        for k, (x, y) in enumerate(points):
            a, b = points[max(k - 1, 0)], points[min(k + 1, len(points) - 1)]
            dx, dy = b[0] - a[0], b[1] - a[1]
            n = math.hypot(dx, dy) or 1.0
            left.append((x - dy / n * w, y + dx / n * w))
            right.append((x + dy / n * w, y - dx / n * w))
        return [*left, *reversed(right)]

    muscle("supinator", [(106, 300.6), (112, 303.4), (117, 308), (118, 318), (116.4, 326.6), (108, 332.4), (100.6, 340),
                         (97.2, 337.2), (96.4, 325), (98.6, 311), (101.8, 303.6)], None,
           [(116.6, 309), (116.8, 324)], [(98.4, 310), (98.6, 334)], 6)
    muscle("abductor_pollicis_longus",
           [(114.6, 331.8), (118.2, 336), (112.4, 346), (105, 358), (99.8, 371.5), (97.2, 378.6), (95.8, 375.8),
            (97, 364), (101.6, 349), (108, 337.6)],
           strap([(96.6, 376), (95.2, 388), (94.2, 400), (93.4, 412), (92.2, 421.6)], 0.85),
           [(114.6, 334), (117.2, 337.6)], [(97.6, 372), (99.6, 369)], 4)
    muscle("extensor_pollicis_brevis",
           [(104.4, 362.6), (107, 365.2), (104.2, 376), (100.6, 386), (98.8, 389.6), (97.8, 384.4), (99.8, 373.6),
            (102, 364.4)],
           strap([(98.8, 387.6), (97.6, 398), (96.6, 409), (95.4, 418), (93.4, 425.4), (90.4, 434.5), (88.2, 441.5),
                  (86.8, 446.8)], 0.8),
           [(104.4, 364), (106, 366)], [(98.6, 386), (99.4, 387.6)], 3)
    muscle("extensor_pollicis_longus",
           [(118.4, 345.2), (119, 351.6), (115.4, 363.6), (111, 375.4), (108, 383.4), (106.2, 384.6), (107.6, 374),
            (111.6, 360), (115.8, 348)],
           strap([(107, 383), (104.4, 393), (102.4, 403.5), (101.4, 414), (98.8, 422.5), (94.8, 430), (91.8, 437.5),
                  (90, 445), (89, 451.5), (88.4, 456.6)], 0.8),
           [(118, 347), (118.8, 351)], [(106.8, 382.4), (107.8, 383.4)], 4)
    muscle("extensor_indicis",
           [(119.6, 366.8), (119.6, 374.6), (115.4, 386.4), (111.6, 395), (109.8, 396.4), (110.4, 389), (113.6, 378.6),
            (117, 369.4)],
           strap([(110.6, 395), (108.2, 403), (106.4, 412), (103.8, 422), (101.2, 432), (99, 442), (97.6, 452),
                  (96.6, 462), (96.2, 469)], 0.75),
           [(119.2, 368.6), (119.4, 373.6)], [(110.8, 394.4), (111.4, 395)], 3)


def _back_hand_deep(d: Drawing) -> None:
    """The four dorsal interossei, each filling the space between two metacarpals (the first, the largest,
    in the thumb web), bipennate towards a tendon at the finger root."""
    shapes = [
        [(96.4, 433.5), (97.4, 442), (97, 450), (95.4, 458), (94, 462.2), (93, 457.5), (92.8, 450), (93.8, 441.5),
         (95.2, 436)],
        [(102.2, 433), (103, 441), (102.8, 452), (101.4, 462), (100.2, 465.4), (99.8, 458), (100.2, 448), (101.2, 438)],
        [(105.4, 431), (107.2, 441), (108.4, 452), (107.8, 462.5), (106.8, 465.4), (105.6, 456), (104.4, 444),
         (104.4, 435)],
        [(110, 430.6), (112.6, 440), (114.6, 451), (114.6, 461.6), (113.8, 464.4), (112, 456), (109.6, 445),
         (109, 435)],
    ]
    parts, fibres = [], []
    for i, sh in enumerate(shapes):
        blob(d, f"ul_di_{i}", *sh)
        parts.append(Part("muscle", [f"ul_di_{i}"]))
        top, bot = sh[0], sh[4]
        ((top[0] + bot[0]) / 2, (top[1] + bot[1]) / 2)
        d.line(f"ul_di_raphe_{i}", (top[0], top[1] + 3), (bot[0], bot[1] - 2.5))
        fibres.append(Fibres(f"ul_di_raphe_{i}", (sh[2][0] - 0.6, sh[2][1] - 1), 3, inset=0.15, trim=0.1))
        fibres.append(Fibres(f"ul_di_raphe_{i}", (sh[6][0] + 0.6, sh[6][1] - 1), 3, inset=0.15, trim=0.1))
    d.structure("interossei_hand", "deep", parts=parts, fibres=fibres)


def lateral(d: Drawing) -> None:
    pass
