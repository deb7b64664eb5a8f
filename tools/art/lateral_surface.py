"""The superficial layer of the lateral view (see lateral.py): a planar map that tiles the silhouette,
except for a few windows where an intermediate structure really reaches the surface (the posterior
triangle of the neck, the lumbar triangle, the soleus beside the gastrocnemius, the fibularis brevis
beside the fibularis longus tendon). Every border is one named edge shared by its two neighbours.
"""

from __future__ import annotations

from .engine import Drawing, Fibres, Part
from .front import curve, flow, oe, op, ring
from .lateral import ARM, FORE, HAND


def S(d: Drawing, node: str, edges, tissue: str = "muscle", fibres=(), details=(), parts=None,
      layer: str = "superficial", midline: bool = False):
    """A structure of the right side (explicit ``.right``) or a midline one, unpaired (the app mirrors)."""
    nid = node if midline else f"{node}.right"
    if parts is None:
        parts = [Part(tissue, ring(d, *edges))]
    return d.structure(nid, layer, parts=parts, fibres=list(fibres), details=[list(x) for x in details],
                       paired=False)


def P(d: Drawing, **named) -> None:
    for name, xy in named.items():
        d.pt(name, *xy)


def det(d: Drawing, name: str, *through) -> list[str]:
    d.edge(name, *through)
    return [name]


# ====================================================================================================
def _head(d: Drawing) -> None:
    P(d, Jf2=(124.5, 62), Jf3=(130.5, 69.5), Jo2=(67.5, 90.5), Jo3=(78.5, 99.5), Jo5=(77, 108.5),
      Jn=(68, 109.3), Jq=(89, 98), Jz1=(119.5, 96), Jzy=(124.5, 98), Jno=(132.5, 93), Jmo=(133.5, 111.5),
      Jmo2=(131, 114.5), Jmo4=(131.5, 119), Jmf=(118, 131.2), Jmen=(130, 133.3), Jang=(99.5, 130.5))
    op(d, "occiput_low@0.3")
    op(d, "nasion@0.4")
    oe(d, "ol_apo", "occiput_low@0.3", "crown_b")
    oe(d, "ol_front", "crown_b", "brow")
    oe(d, "ol_oc", "brow", "nasion@0.4")
    oe(d, "ol_nose", "nasion@0.4", "subnasale")
    oe(d, "ol_lips", "subnasale", "labiomental")
    oe(d, "ol_ment", "labiomental", "menton")
    oe(d, "ol_occ", "inion_skin", "occiput_low@0.3")
    E = d.edge
    E("fr_back", "crown_b", (123, 50), "Jf2")
    E("temp_line", "Jf2", (112, 54), (96, 51.5), (81, 55.5), (71.5, 65), (67.5, 78), "Jo2")
    E("occ_top", "occiput_low@0.3", (57, 87.5), "Jo2")
    E("fr_temp", "Jf2", (127.5, 65.5), "Jf3")
    E("fr_oc", "Jf3", (135.5, 68.3), "brow")
    E("occ_temp", "Jo2", (73, 94), "Jo3")
    E("occ_front", "Jo3", (78.3, 104), "Jo5")
    E("nuch_a", "inion_skin", (62, 109.6), "Jn")
    E("nuch_b", "Jn", (73, 109.2), "Jo5")
    E("temp_bot_b", "Jo3", (84, 98.6), "Jq")
    E("temp_bot", "Jq", (98, 97), (110, 97.2), "Jz1")
    E("temp_front", "Jf3", (126.8, 79), (123.5, 88.5), "Jz1")
    E("oc_nas", "nasion@0.4", (135.7, 87.5), "Jno")
    E("oc_inf", "Jno", (128.5, 96.2), "Jzy")
    d.line("oc_zyg", "Jzy", "Jz1")
    E("nas_oris", "Jno", (134.2, 98.5), (137.5, 102.6), "subnasale")
    E("zyg_oris", "Jzy", (128.5, 104.5), "Jmo")
    d.line("zyg_end", "Jmo", "Jmo2")
    E("zyg_low", "Jz1", (124.5, 105.5), "Jmo2")
    E("oris_bucc", "Jmo2", (130.6, 116.8), "Jmo4")
    E("oris_ment", "Jmo4", (134.8, 121.2), "labiomental")
    E("mass_front", "Jz1", (118.8, 110), (117.6, 122), "Jmf")
    E("ment_back", "Jmo4", (129.3, 126), "Jmen")
    curve(d, ["jaw_a", "jaw_b", "jaw_c"], "Jang", (109, 131.3), "Jmf", (124, 132.5), "Jmen", "menton")

    S(d, "epicranial_aponeurosis", ["ol_apo", "fr_back", "temp_line", "occ_top"], tissue="fascia", midline=True)
    d.edge("f_front_a", (126.5, 47), (124.5, 58))
    d.edge("f_front_b", (138.5, 62), (136.5, 68))
    d.edge("f_occ_a", (52, 92), (66, 94))
    d.edge("f_occ_b", (56, 107), (73, 105))
    S(d, "occipitofrontalis", None, parts=[
        Part("muscle", ring(d, "ol_front", "fr_oc", "fr_temp", "fr_back")),
        Part("muscle", ring(d, "ol_occ", "occ_top", "occ_temp", "occ_front", "nuch_b", "nuch_a")),
    ], fibres=[Fibres("f_front_a", "f_front_b", 6, inset=0.05), Fibres("f_occ_a", "f_occ_b", 5)])
    d.line("temp_ins", (103, 95.5), (116, 95.2))  # the tendon to the coronoid, passing under the arch
    d.line("temp_ins_b", (96, 95.8), (102, 95.6))
    S(d, "temporalis", ["temp_line", "occ_temp", "temp_bot_b", "temp_bot", "temp_front", "fr_temp"],
      fibres=[Fibres("temp_line", "temp_ins", 11, inset=0.05, trim=0.08),
              Fibres("occ_temp", "temp_ins_b", 2, inset=0.2, trim=0.15)])
    d.edge("eye_upper", (127.5, 80), (131, 78.3), (135, 79.4))
    d.edge("eye_lower", (127.5, 80), (131, 81.6), (135, 79.4))
    d.edge("oc_ring", (124, 80), (126.5, 74.5), (133, 73), (137.5, 78), (135.5, 85), (129, 87.2), (124.5, 84), (124, 80))
    S(d, "orbicularis_oculi", ["fr_oc", "ol_oc", "oc_nas", "oc_inf", "oc_zyg", "temp_front"],
      details=[["eye_upper"], ["eye_lower"], ["oc_ring"]])
    d.edge("f_nas_a", (136.5, 85), (141, 96))
    d.edge("f_nas_b", (137.5, 95), (143.5, 99.5))
    S(d, "nasalis", ["ol_nose", "nas_oris", "oc_nas"], fibres=[Fibres("f_nas_a", "f_nas_b", 3, inset=0.1)],
      details=[det(d, "nose_ala", (136.5, 101.5), (139.5, 97.6), (143.5, 98.6), (144.5, 101.5))])
    S(d, "zygomaticus_major", ["oc_zyg", "zyg_oris", "zyg_end", "zyg_low"],
      fibres=[Fibres("oc_zyg", "zyg_end", 3, inset=0.15, trim=0.05)])
    d.edge("f_oris_up", (136, 105.5), (140.5, 108.5))
    d.edge("f_oris_lo", (134, 117), (139.5, 118.5))
    S(d, "orbicularis_oris", ["ol_lips", "oris_ment", "oris_bucc", "zyg_end", "zyg_oris", "oc_inf", "nas_oris"],
      midline=True, details=[det(d, "lip_line", (133, 114.3), (137.5, 113.8), (141, 113.5))])
    S(d, "mentalis", ["ol_ment", "jaw_c", "ment_back", "oris_ment"],
      fibres=[Fibres("oris_ment", "jaw_c", 3, inset=0.15)])
    S(d, "buccinator", ["zyg_low", "oris_bucc", "ment_back", "jaw_b", "mass_front"],
      fibres=[Fibres("mass_front", "oris_bucc", 5, inset=0.2, trim=0.1)])


def _neck_shoulder(d: Drawing) -> None:
    P(d, Jsc=(102.5, 164), Jtc=(93.5, 167.3), Jac=(89.5, 172.5), Jsd=(73, 188.6), Jsr=(60.5, 193.5),
      Jti=(53.8, 232), Jia=(70, 250), Jdt2=(91.5, 197.5))
    d.pt("V", *ARM(66, -1))
    d.pt("Jax", *ARM(8, -20))
    d.pt("Jl", *ARM(15, -20.2))
    d.pt("Jpa", *ARM(22, -20.3))
    d.pt("Jbd", *ARM(69, 6.5))
    op(d, "arm_top_a@0.45")
    d.pt("Jdt", *d.points["arm_top_a@0.45"])
    op(d, "back_low@0.5")
    E = d.edge
    curve(d, ["scm_mass", "scm_plat"], "Jq", (90.5, 107), (93.5, 117), "Jang", (104, 143), (110.5, 153.5),
          "neck_base_front")
    oe(d, "ol_plat", "menton", "neck_base_end")
    # masseter: zygomatic arch to the angle and ramus (its deep part shows behind, up to the ear)
    S(d, "masseter", ["temp_bot", "mass_front", "jaw_a", "scm_mass"],
      fibres=[Fibres("temp_bot", "jaw_a", 7, inset=0.1, bulge=-0.8)])
    E("scm_post", "Jn", (79, 123), (91, 144), "Jsc")
    curve(d, ["clav_scm", "clav_win", "acr_trap"], "neck_base_front", (109, 162.4), "Jsc", (97.8, 165.5), "Jtc",
          (91.2, 169.6), "Jac")
    E("trap_ant", "Jn", (68.5, 125), (74.5, 145), (84, 159.5), "Jtc")
    E("spine_top", "Jac", (80, 179.2), (70, 185.8), "Jsr")
    curve(d, ["spine_low_a", "spine_low_b"], "Jac", (82, 183.2), "Jsd", (66, 192.3), "Jsr")
    E("trap_low", "Jsr", (55.3, 212), "Jti")
    E("trap_lat", "Jti", (52.5, 258), "back_low@0.5")
    oe(d, "ol_trap", "inion_skin", "back_low@0.5")
    curve(d, ["delt_inf", "delt_tm", "delt_tri"], "Jsd", (82, 192.8), "Jdt2", (100, 202.5), "Jax",
          ARM(28, -14), ARM(48, -7.5), "V")
    curve(d, ["delt_ant_b", "delt_ant_r"], "Jdt", ARM(72, 12), "Jbd", "V")
    oe(d, "ol_delt", "neck_base_front", "arm_top_a@0.45")
    d.line("delt_ins_a", ARM(52, 2.5), ARM(64, 2.5))
    d.line("delt_ins_b", ARM(46, -3), ARM(62, -1.5))
    d.line("delt_ins_c", ARM(40, -8), ARM(56, -5))

    d.edge("f_plat_a", (104, 135.5), (126, 135.5))
    d.edge("f_plat_b", (109.5, 157), (114.5, 158.5))
    S(d, "platysma", ["ol_plat", "scm_plat", "jaw_a", "jaw_b", "jaw_c"],
      fibres=[Fibres("f_plat_a", "f_plat_b", 6, inset=0.05, trim=0.05)])
    S(d, "sternocleidomastoid", ["scm_post", "clav_scm", "scm_plat", "scm_mass", "temp_bot_b", "occ_front", "nuch_b"],
      fibres=flow(d, "scm_flow", ["nuch_b", "-scm_mass"], ["scm_post"], 5, sections=7, t0=0.05, t1=0.95, inset=0.1))
    d.edge("f_trap_a", (61, 118), (60, 150), (53, 190), (51.5, 225))
    d.edge("f_trap_b", (70, 122), (84, 165), (75, 180), (58, 205))
    S(d, "trapezius", ["ol_trap", "trap_lat", "trap_low", "spine_top", "acr_trap", "trap_ant", "nuch_a"],
      fibres=[Fibres("nuch_a", "acr_trap", 3, inset=0.1, bulge=-3), Fibres("ol_trap", "spine_top", 9, inset=0.12, trim=0.06),
              Fibres("ol_trap", "trap_low", 4, inset=0.55, trim=0.08)])
    S(d, "spine_of_scapula", ["spine_top", "spine_low_b", "spine_low_a"], tissue="bone")
    S(d, "deltoid", ["ol_delt", "delt_ant_b", "delt_ant_r", "delt_tri", "delt_tm", "delt_inf", "spine_low_a",
                     "acr_trap", "clav_win", "clav_scm"],
      fibres=[Fibres("ol_delt", "delt_ins_a", 8, inset=0.08, trim=0.05, bulge=1),
              Fibres("-spine_low_a", "delt_ins_b", 4, inset=0.1, trim=0.04, bulge=-2),
              Fibres("-delt_inf", "delt_ins_c", 3, inset=0.15, trim=0.04, bulge=-3)])
    # infraspinatus and teres major below the spine; latissimus over the inferior angle
    E("tm_top", "Jia", (79, 228), "Jdt2")
    E("lat_top_a", "Jti", (62, 243), "Jia")
    E("lat_tm", "Jia", (86, 233), (99, 216), "Jax")
    S(d, "infraspinatus", ["spine_low_b", "trap_low", "lat_top_a", "tm_top", "delt_inf"],
      fibres=[Fibres("trap_low", "Jdt2", 6, inset=0.1, trim=0.06)])
    S(d, "teres_major", ["tm_top", "delt_tm", "lat_tm"],
      fibres=flow(d, "tm_flow", ["tm_top"], ["lat_tm"], 3, sections=5, t0=0.05, t1=0.95, inset=0.2))


def _arm(d: Drawing) -> None:
    E = d.edge
    d.pt("Jbq", *ARM(103, 7.4))
    d.pt("Jbr", *ARM(116, 8.8))
    d.pt("Jbe", *ARM(113, -3.5))
    d.pt("Jol", *ARM(127.5, -9))
    d.pt("Jbrt", *FORE(62, 7.6))
    d.pt("Jrf", *FORE(104.5, -7.8))
    for spec in ("arm_top_c@0.5", "arm_top_b@0.6", "fore_top_d@0.25", "fore_top_d@0.45", "wrist_bot@0.55",
                 "fore_bot_a@0.3", "olecranon_skin@0.5", "little_mcp@0.4"):
        op(d, spec)
    curve(d, ["bic_brach_m", "bic_brach_t"], "Jbd", ARM(90, 6.3), "Jbq", ARM(110.5, 8), "Jbr")
    E("bic_br", "Jbr", ARM(119, 11.5), "arm_top_c@0.5")
    d.line("bic_tl", "Jbq", "arm_top_b@0.6")
    oe(d, "ol_bic_m", "arm_top_a@0.45", "arm_top_b@0.6")
    oe(d, "ol_bic_t", "arm_top_b@0.6", "arm_top_c@0.5")
    E("brach_tri", "V", ARM(84, -5.2), ARM(102, -5), "Jbe")
    E("brach_br", "Jbr", ARM(115, 3), "Jbe")
    curve(d, ["root_pec", "root_serr", "root_lat"], "axilla_front", ARM(30, -20.6), "Jpa", "Jl", "Jax")
    curve(d, ["br_ext_m", "br_ext_t"], "Jbe", FORE(10, 4.5), FORE(33, 7.2), "Jbrt", FORE(82, 8.4), "fore_top_d@0.25")
    d.line("br_tl", "Jbrt", "fore_top_c")
    oe(d, "ol_br_m", "arm_top_c@0.5", "fore_top_c")
    oe(d, "ol_br_t", "fore_top_c", "fore_top_d@0.25")
    E("tri_ext", "Jbe", ARM(121, -4), "Jol")
    E("olec_tri", "olecranon_skin@0.5", ARM(121.5, -11.2), "Jol")
    E("olec_ext", "Jol", FORE(6, -11.8), "fore_bot_a@0.3")
    oe(d, "ol_olec", "fore_bot_a@0.3", "olecranon_skin@0.5")
    oe(d, "ol_tri_t", "olecranon_skin@0.5", "arm_bot_c")
    oe(d, "ol_tri_m", "arm_bot_c", "axilla_front")
    d.line("tri_tl", "arm_bot_c", "Jbe")
    curve(d, ["ret_p_ext", "ret_p_flex"], "fore_top_d@0.45", FORE(102.5, 1), "Jrf", "wrist_bot@0.55")
    E("ext_flex", "fore_bot_a@0.3", FORE(25, -11.3), FORE(55, -10.6), FORE(84, -8.6), "Jrf")
    oe(d, "ol_apl", "fore_top_d@0.25", "fore_top_d@0.45")
    oe(d, "ol_flex", "wrist_bot@0.55", "fore_bot_a@0.3")
    oe(d, "ol_ret_top", "fore_top_d@0.45", "wrist_top")
    oe(d, "ol_ret_bot", "wrist_bot", "wrist_bot@0.55")
    E("wrist_line", "wrist_top", HAND(-1.5, 0), "wrist_bot")
    E("hyp_top", "wrist_bot", HAND(14, -12.8), HAND(32, -18.6), "little_mcp@0.4")
    # the first dorsal interosseous bulges in the web between the thumb and index metacarpals
    op(d, "thumb_under@0.6")
    op(d, "thumb_web@0.3")
    d.edge("fdi_border", "thumb_under@0.6", HAND(29, 8.3), HAND(16, 8.4), HAND(8.5, 6.4), HAND(15, 2.6),
           HAND(29, 2.4), HAND(37, 4.6), "thumb_web@0.3")
    oe(d, "ol_fdi", "thumb_under@0.6", "thumb_web@0.3")
    oe(d, "ol_hand_a", "wrist_top", "thumb_under@0.6")
    oe(d, "ol_hand_b", "thumb_web@0.3", "little_mcp@0.4")
    oe(d, "ol_hyp", "little_mcp@0.4", "wrist_bot")

    S(d, "biceps_brachii", None, parts=[
        Part("muscle", ring(d, "ol_bic_m", "bic_tl", "bic_brach_m", "delt_ant_b")),
        Part("tendon", ring(d, "ol_bic_t", "bic_br", "bic_brach_t", "bic_tl")),
    ], fibres=flow(d, "bic_flow", ["delt_ant_b", "bic_brach_m"], ["ol_bic_m"], 3, sections=6, t0=0.1, t1=0.97,
                   inset=0.2))
    S(d, "brachialis", ["delt_ant_r", "brach_tri", "brach_br", "bic_brach_t", "bic_brach_m"],
      fibres=flow(d, "brl_flow", ["bic_brach_m", "bic_brach_t"], ["brach_tri"], 2, sections=6, t0=0.05, t1=0.9,
                  inset=0.25))
    S(d, "triceps_brachii", None, parts=[
        Part("muscle", ring(d, "root_pec", "root_serr", "root_lat", "delt_tri", "brach_tri", "tri_tl", "ol_tri_m")),
        Part("tendon", ring(d, "tri_tl", "tri_ext", "olec_tri", "ol_tri_t")),
    ], fibres=flow(d, "tri_flow", ["-ol_tri_m"], ["delt_tri", "brach_tri"], 4, sections=7, t0=0.05, t1=0.95,
                   inset=0.15))
    S(d, "olecranon", ["ol_olec", "olec_ext", "olec_tri"], tissue="bone")
    S(d, "brachioradialis", None, parts=[
        Part("muscle", ring(d, "ol_br_m", "br_tl", "br_ext_m", "brach_br", "bic_br")),
        Part("tendon", ring(d, "ol_br_t", "br_ext_t", "br_tl")),
    ], fibres=flow(d, "br_flow", ["ol_br_m"], ["br_ext_m"], 3, sections=6, t0=0.06, t1=0.95, inset=0.2))
    # the extensor mass: ECRL/ECRB, extensor digitorum, ECU, with the thumb muscles crossing distally
    d.edge("ext_ed_line", FORE(8, -5), FORE(40, -1), FORE(75, 0), FORE(100, 0.5))
    d.edge("ext_ecu_line", FORE(16, -9.5), FORE(50, -7.6), FORE(85, -5.2), FORE(102, -4.6))
    d.edge("ext_apl_line", FORE(78, 9.2), FORE(90, 3), FORE(101, -1.5))
    d.edge("ext_tend_line", FORE(70, 8.6), FORE(72, -2), FORE(76, -9.6))
    S(d, "forearm_extensors", ["br_ext_m", "br_ext_t", "ol_apl", "ret_p_ext", "ext_flex", "olec_ext", "tri_ext"],
      fibres=flow(d, "ext_flow", ["br_ext_m", "br_ext_t"], ["-olec_ext", "ext_flex"], 6, sections=8, t0=0.04,
                  t1=0.7, inset=0.08),
      details=[["ext_ed_line"], ["ext_ecu_line"], ["ext_apl_line"]])
    S(d, "forearm_flexors", ["ext_flex", "ret_p_flex", "ol_flex"],
      fibres=flow(d, "flx_flow", ["ext_flex"], ["-ol_flex"], 1, sections=6, t0=0.05, t1=0.9, inset=0.4))
    S(d, "extensor_retinaculum_wrist", ["ret_p_ext", "ret_p_flex", "ol_ret_bot", "wrist_line", "ol_ret_top"],
      tissue="ligament", details=[det(d, "ret_fib", FORE(107.5, 8.6), FORE(109, -1), FORE(109.8, -9.6))])
    fingers = [
        det(d, "fing_im", HAND(48, 1), HAND(68, 1.2), HAND(84.5, -0.5)),
        det(d, "fing_mr", HAND(49, -7), HAND(70, -7.4), HAND(85.5, -7.2)),
        det(d, "fing_rl", HAND(50, -14.5), HAND(67, -14.6), HAND(78, -15)),
        det(d, "tend_2", HAND(6, 3), HAND(25, 0.6), HAND(45, 1.2)),
        det(d, "tend_3", HAND(5, -2), HAND(25, -4.5), HAND(45, -5.5)),
        det(d, "tend_4", HAND(4, -6.5), HAND(25, -10.5), HAND(45, -12.5)),
        det(d, "thumb_line", HAND(10, 10.5), HAND(25, 11.6), HAND(38, 10.8)),
        det(d, "nail_i", HAND(79, 5.2), HAND(82.6, 3.5)),
        det(d, "nail_t", HAND(43, 11.6), HAND(46, 9.9)),
    ]
    S(d, "dorsal_hand_fascia", ["ol_hand_a", "fdi_border", "ol_hand_b", "hyp_top", "wrist_line"], tissue="fascia",
      details=fingers)
    d.line("fdi_fa", HAND(12, 6.5), HAND(33, 7.2))
    d.line("fdi_fb", HAND(14, 3.4), HAND(33, 4.6))
    S(d, "interossei_hand", ["ol_fdi", "fdi_border"], fibres=[Fibres("fdi_fa", "fdi_fb", 5, inset=0.1, trim=0.1)])
    S(d, "hypothenar_muscles", ["ol_hyp", "hyp_top"],
      fibres=flow(d, "hyp_flow", ["hyp_top"], ["-ol_hyp"], 1, sections=5, t0=0.1, t1=0.9, inset=0.4))


def _ear(d: Drawing) -> None:
    """The auricle, non-interactive decor over the temporal / parotid region (as in the back view)."""
    d.edge("ear_out", (91.5, 80), (85, 82.5), (81.2, 90), (81, 99), (83, 106.5), (86.5, 112.5), (90.5, 113.2),
           (92.5, 109), (93.5, 103), (95.8, 98.5), (96.8, 90.5), (95.5, 83), (91.5, 80))
    d.edge("ear_helix", (93.5, 84), (88, 84.2), (84.5, 89.5), (84, 98), (86, 105.5), (89, 108.5))
    d.edge("ear_concha", (92.5, 90), (89, 92), (88.2, 97), (90.5, 101.5), (93.5, 101))
    d.decor("skin", ["ear_out"], closed=True)
    d.decor("detail", ["ear_helix"])
    d.decor("detail", ["ear_concha"])


def draw_surface(d: Drawing) -> None:
    _ear(d)
    _head(d)
    _neck_shoulder(d)
    _arm(d)
    from .lateral_lower import lower_limb, trunk

    trunk(d)
    lower_limb(d)
