"""Superficial layer of the lateral view, trunk wall and lower limb (see lateral.py / lateral_surface.py)."""

from __future__ import annotations

import math

from .engine import Drawing, Fibres, Part
from .front import curve, flow, oe, op, ring
from .lateral_surface import P, S, det


def _zigzag(d: Drawing, name: str, a: str, b: str, teeth: int = 4, amp: float = 4.6) -> list[tuple[float, float]]:
    """The serratus / external oblique interdigitation from ``a`` (front, high) to ``b`` (back, low);
    returns the serratus tooth tips."""
    (ax, ay), (bx, by) = d.points[a], d.points[b]
    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy)
    nx, ny = dy / length, -dx / length  # points down-forward, into the external oblique
    if nx < 0:
        nx, ny = -nx, -ny
    through: list = [a]
    tips = []
    n = 2 * teeth
    for k in range(1, n):
        t = k / n
        sign = 1 if k % 2 else -1
        amp_k = amp * (0.75 + 0.5 * t)
        p = (round(ax + dx * t + nx * sign * amp_k, 2), round(ay + dy * t + ny * sign * amp_k, 2))
        through.append(p)
        if sign > 0:
            tips.append(p)
    through.append(b)
    d.edge(name, *through, tension=1.0)
    return tips


def trunk(d: Drawing) -> None:
    P(d, Jlso=(96, 278), Jlt=(88.6, 313), Jlc=(85.5, 343.5), Jeo=(96.5, 344.5), Jtf=(112, 356),
      Jasis=(123.5, 371.5), Jtp=(72, 350), Jps=(134, 236))
    for spec in ("chest_low@0.5", "pubic_front@0.6"):
        op(d, spec)
    E = d.edge
    curve(d, ["lat_serr", "lat_eo", "lat_tri"], "Jl", (108, 228), (101, 256), "Jlso", (91.5, 296), "Jlt", (86.8, 330), "Jlc")
    E("eo_tri", "Jlt", (93, 329), "Jeo")
    curve(d, ["lat_crest", "crest_tri", "eo_fl", "eo_tfl"], "Jtp", (79, 345.8), "Jlc", "Jeo", (103, 348.5), "Jtf",
          (118, 362), "Jasis")
    E("tlf_lat", "loin", (63, 318), (68.5, 336), "Jtp")
    E("tlf_glut", "Jtp", (60, 359), "sacral")
    oe(d, "ol_lat", "back_low@0.5", "loin")
    oe(d, "ol_tlf", "loin", "sacral")
    curve(d, ["pec_serr", "pec_eo"], "Jpa", (127, 218), "Jps", (139.5, 250), "chest_low@0.5")
    tips = _zigzag(d, "serr_eo", "Jps", "Jlso", teeth=5, amp=3.6)
    oe(d, "ol_pec", "axilla_front", "chest_low@0.5")
    oe(d, "ol_eo", "chest_low@0.5", "costal_front")
    E("rect_lat", "costal_front", (133.5, 285), (132, 310), (133, 335), (132.5, 360), (129, 385), "pubic_front@0.6")
    oe(d, "ol_rect", "costal_front", "pubic_front@0.6")
    E("eo_apo", "costal_front", (128.5, 292), (126.5, 322), (122.5, 342), (120.5, 358), "Jasis")
    E("inguinal", "Jasis", (127, 390), "pubic_front@0.6")

    d.edge("f_pec_a", (143, 205), (145, 236))
    S(d, "pectoralis_major", ["ol_pec", "pec_eo", "pec_serr", "root_pec"],
      fibres=[Fibres("ol_pec", "Jpa", 7, inset=0.05, trim=0.06, bulge=-1)])
    slips = [det(d, f"serr_slip{i}", tip, ((tip[0] * 0.45 + d.points["Jax"][0] * 0.55), (tip[1] * 0.45 + d.points["Jax"][1] * 0.55)))
             for i, tip in enumerate(tips[:-1])]
    S(d, "serratus_anterior", ["root_serr", "lat_serr", "serr_eo", "pec_serr"],
      fibres=[Fibres("serr_eo", "Jl", 10, inset=0.04, trim=0.1)], details=slips)
    d.edge("f_lat_a", (52, 270), (60, 300), (68, 335))
    S(d, "latissimus_dorsi", ["ol_lat", "tlf_lat", "lat_crest", "lat_tri", "lat_eo", "lat_serr", "root_lat", "lat_tm",
                               "lat_top_a", "trap_lat"],
      fibres=[Fibres("f_lat_a", "lat_tm", 9, inset=0.05, trim=0.04, bulge=-4),
              Fibres("lat_crest", "root_lat", 4, inset=0.1, trim=0.04, bulge=-6)])
    d.edge("tlf_pat_a", (59, 303), (63.5, 330), (66.5, 348))
    S(d, "thoracolumbar_fascia", ["ol_tlf", "tlf_glut", "tlf_lat"], tissue="fascia", midline=True,
      details=[["tlf_pat_a"]])
    d.edge("costal_margin", (139, 262), (128, 286), (116, 300), (104, 305))
    d.edge("f_eo_a", (103, 262), (97, 290), (94, 318))
    d.edge("f_eo_b", (128, 290), (124, 330), (118.5, 358))
    S(d, "external_oblique", None, parts=[
        Part("muscle", ring(d, "ol_eo", "eo_apo", "eo_tfl", "eo_fl", "eo_tri", "lat_eo", "serr_eo", "pec_eo")),
        Part("aponeurosis", ring(d, "eo_apo", "inguinal", "rect_lat")),
    ], fibres=[Fibres("f_eo_a", "f_eo_b", 12, inset=0.04, trim=0.03, bulge=2)], details=[["costal_margin"]])
    d.edge("ra_int1", (133.6, 286), (137, 287))
    d.edge("ra_int2", (132.4, 308), (136.7, 308.7))
    d.edge("ra_int3", (132.6, 330), (138.6, 330.4))
    d.edge("f_ra_a", (136, 272), (135.5, 300), (136.5, 330), (136, 365), (131, 398))
    S(d, "rectus_abdominis", ["ol_rect", "rect_lat"], details=[["ra_int1"], ["ra_int2"], ["ra_int3"]])


def lower_limb(d: Drawing) -> None:
    P(d, Jgi=(95, 418), Jti1=(105, 425), Jrs=(121.5, 425), Jti2=(104, 472), Jtv=(112.5, 466), Jgb=(86, 468),
      Jvb=(86, 575), Jvk=(101.5, 585), Jg1=(107, 626.5), Jg2=(98.5, 629.5), Jfe=(89, 630.5), Jfh=(80, 626),
      Jrp=(114.5, 584.5), Jvp=(109.2, 595), Jrq=(119.5, 560), Jgk=(70, 621), Jbt=(82.2, 605))
    P(d, Jrt=(99.5, 777), Jr1=(92, 781), Jr2=(93, 796), Jrb=(103, 797.5), Jfl1=(85, 728), Jm1=(77.5, 784),
      Jm3=(88, 813), Jfa=(108, 829.4), Jfb=(101, 830.2), Jct=(75, 760), Jcf=(72.5, 803.5), Jgs=(67, 726),
      Jtoe2=(165.5, 827), Jat=(161, 832), Jte=(99.3, 725), Jft=(77.8, 728))
    for spec in ("thigh_front_a@0.5", "tib_tub@0.2", "patella_front@0.6", "calf_top@0.55",
                 "shin_b@0.6", "shin_c@0.8", "dorsum_c@0.4", "ball@0.15", "heel_pad@0.3", "heel_back@0.4",
                 "calf_low@0.5"):
        op(d, spec)
    E = d.edge
    # -- hip and thigh
    E("gm_top", "Jtp", (78, 370), (87, 392), "Jgi")
    E("tfl_post", "Jtf", (111, 380), (108, 403), "Jti1")
    E("itb_top", "Jti1", (100, 420.5), "Jgi")
    curve(d, ["tfl_sart", "tfl_rf"], "Jasis", (122.5, 398), "Jrs", (118.5, 448), "Jtv")
    E("tfl_vl", "Jtv", (108, 470), "Jti2")
    curve(d, ["itb_tfl", "itb_vl", "itb_fkf"], "Jti1", (104.5, 448), "Jti2", (101, 520), (100.5, 555), "Jvk",
          (103.5, 603), (106, 616), "Jg1")
    curve(d, ["itb_gm", "itb_bf", "itb_fk"], "Jgi", (89.5, 442), "Jgb", (83, 505), (83.5, 545), "Jvb", (90, 600),
          (95, 618), "Jg2")
    E("itb_bot", "Jg1", (103, 628.5), "Jg2")
    E("sart_rf", "thigh_front_a@0.5", (127, 445), "Jrs")
    oe(d, "ol_sart", "pubic_front@0.6", "thigh_front_a@0.5")
    curve(d, ["rf_vl_m", "rf_vl_t"], "Jtv", (118.5, 500), (120.2, 538), "Jrq", (117.5, 574), "Jrp")
    d.line("rf_tl", "Jrq", "thigh_front_d")
    oe(d, "ol_rf_m", "thigh_front_a@0.5", "thigh_front_d")
    oe(d, "ol_rf_t", "thigh_front_d", "suprapatellar")
    curve(d, ["pat_rf", "pat_vl", "pat_fk"], "suprapatellar", "Jrp", (110.5, 588.5), "Jvp", (110, 603), (114, 609.5),
          "patella_front@0.6")
    oe(d, "ol_pat", "suprapatellar", "patella_front@0.6")
    E("vl_fk", "Jvp", (105, 591), "Jvk")
    E("plig_back", "patella_front@0.6", (113.8, 617), (113, 629), "tib_tub@0.2")
    oe(d, "ol_plig", "patella_front@0.6", "tib_tub@0.2")
    E("ta_fk", "tib_tub@0.2", (110, 631), "Jg1")
    E("gm_low", "gluteal_fold", (60, 461), (75, 468.5), "Jgb")
    oe(d, "ol_gm", "sacral", "gluteal_fold")
    curve(d, ["bf_fk_m", "bf_fk_t"], "Jvb", (83.8, 592), "Jbt", (81.2, 616), "Jfh")
    curve(d, ["fk_edl", "fk_fl"], "Jg2", (94, 631), "Jfe", (84.5, 629), "Jfh")
    curve(d, ["bf_gas", "bf_sol"], "calf_top@0.55", (64, 619.5), "Jgk", (75.5, 622.5), "Jfh")
    op(d, "thigh_back_d@0.4")
    E("bf_tl", "thigh_back_d@0.4", (66, 575), (75, 592), "Jbt")
    oe(d, "ol_bf_m", "gluteal_fold", "thigh_back_d@0.4")
    oe(d, "ol_bf_t", "thigh_back_d@0.4", "calf_top@0.55")
    # -- leg and foot
    curve(d, ["ta_edl_m", "ta_edl_t"], "Jg2", (98, 660), (97.5, 695), "Jte", (98.5, 755), "Jrt")
    d.line("ta_tl", "Jte", "shin_b@0.6")
    oe(d, "ol_ta_m", "tib_tub@0.2", "shin_b@0.6")
    oe(d, "ol_ta_t", "shin_b@0.6", "shin_c@0.8")
    curve(d, ["ret_top_ta", "ret_top_edl"], "shin_c@0.8", (104, 775.6), "Jrt", (95.5, 779), "Jr1")
    curve(d, ["fl_edl", "fl_fb", "fl_cf", "fl_edb"], "Jfe", (87.5, 665), (86.5, 700), "Jfl1", (80.5, 755), "Jm1",
          (75.2, 796), (77, 806), (81.5, 812.5), "Jm3", (98, 820), "Jfa")
    E("edl_fb", "Jfl1", (88, 752), (90.5, 770), "Jr1")
    d.line("cf_ret", "Jr1", "Jr2")
    E("cf_top", "Jm1", (85, 781.5), "Jr1")
    E("cf_front", "Jr2", (92.5, 805), "Jm3")
    curve(d, ["ret_bot_edb", "ret_bot_edl"], "Jr2", "Jrb", (108, 796.5), "ankle_crease")
    oe(d, "ol_ret", "shin_c@0.8", "ankle_crease")
    E("edlt_low", "Jrb", (115, 806), (136, 814.5), "Jtoe2")
    curve(d, ["toe_back_a", "toe_back_b", "toe_back_c"], "dorsum_c@0.4", "Jtoe2", "Jat", "ball@0.15")
    oe(d, "ol_edlt", "ankle_crease", "dorsum_c@0.4")
    oe(d, "ol_toes", "dorsum_c@0.4", "ball@0.15")
    curve(d, ["adm_cal", "adm_fl", "adm_edb"], "heel_pad@0.3", (86, 831.8), "Jfb", "Jfa", (130, 830), "Jat")
    oe(d, "ol_adm", "ball@0.15", "heel_pad@0.3")
    curve(d, ["fl_sol_m", "fl_sol_t", "ct_fl", "fl_cal"], "Jfh", (80, 660), (79.2, 700), "Jft", (76.5, 745), "Jct",
          (73.5, 780), "Jcf", (77, 815.5), (90, 824), "Jfb")
    d.line("fl_tl", "Jfl1", "Jft")
    E("ct_front", "Jgs", (71.5, 744), "Jct")
    E("gas_sol", "Jgk", (72.5, 645), (71.5, 680), (69.5, 706), "Jgs")
    E("gas_ct", "Jgs", (65.2, 731.5), "calf_low@0.5")
    E("ct_cal", "heel_back@0.4", (67, 806.5), "Jcf")
    oe(d, "ol_ct", "calf_low@0.5", "heel_back@0.4")
    oe(d, "ol_cal", "heel_back@0.4", "heel_pad@0.3")
    oe(d, "ol_gas", "calf_top@0.55", "calf_low@0.5")

    # -- structures: hip
    d.edge("f_gm_a", (44, 378), (40, 410), (44, 440))
    S(d, "gluteus_maximus", ["ol_gm", "gm_low", "itb_gm", "gm_top", "tlf_glut"],
      fibres=[Fibres("f_gm_a", "itb_gm", 9, inset=0.05, trim=0.04, bulge=-2)])
    d.edge("fl_pat_a", (80, 352), (92, 380), (98, 408))
    d.edge("fl_pat_b", (96, 350), (104, 385), (103, 415))
    S(d, "fascia_lata", None, parts=[
        Part("fascia", ring(d, "lat_crest", "crest_tri", "eo_fl", "tfl_post", "itb_top", "gm_top")),
        Part("fascia", ring(d, "pat_fk", "plig_back", "ta_fk", "itb_fkf", "vl_fk")),
        Part("fascia", ring(d, "itb_fk", "fk_edl", "fk_fl", "bf_fk_t", "bf_fk_m")),
    ], details=[["fl_pat_a"], ["fl_pat_b"]])
    S(d, "tensor_fasciae_latae", ["eo_tfl", "tfl_sart", "tfl_rf", "tfl_vl", "itb_tfl", "tfl_post"],
      fibres=flow(d, "tfl_flow", ["eo_tfl", "tfl_sart", "tfl_rf"], ["-tfl_post", "itb_tfl"], 4, sections=7, t0=0.02,
                  t1=0.98, inset=0.15))
    S(d, "sartorius", ["inguinal", "ol_sart", "sart_rf", "tfl_sart"],
      fibres=flow(d, "sart_flow", ["inguinal", "ol_sart"], ["tfl_sart", "-sart_rf"], 2, sections=5, t0=0.05,
                  t1=0.95, inset=0.3))
    S(d, "rectus_femoris", None, parts=[
        Part("muscle", ring(d, "sart_rf", "tfl_rf", "rf_vl_m", "rf_tl", "ol_rf_m")),
        Part("tendon", ring(d, "rf_tl", "ol_rf_t", "pat_rf", "rf_vl_t")),
    ], fibres=flow(d, "rf_flow", ["tfl_rf", "rf_vl_m"], ["-sart_rf", "ol_rf_m"], 4, sections=8, t0=0.03, t1=0.97,
                   inset=0.15))
    S(d, "vastus_lateralis", ["tfl_vl", "itb_vl", "vl_fk", "pat_vl", "rf_vl_t", "rf_vl_m"],
      fibres=flow(d, "vl_flow", ["itb_vl"], ["-tfl_vl", "rf_vl_m", "rf_vl_t"], 3, sections=8, t0=0.03, t1=0.97,
                  inset=0.2))
    S(d, "patella", ["ol_pat", "pat_fk", "pat_vl", "pat_rf"], tissue="bone")
    S(d, "patellar_ligament", ["ol_plig", "plig_back"], tissue="ligament")
    d.edge("itb_fib_a", (100, 432), (94.5, 480), (92, 540), (97, 600))
    d.edge("itb_fib_b", (102, 440), (99, 500), (96.5, 560), (102, 612))
    S(d, "iliotibial_tract", ["itb_top", "itb_gm", "itb_bf", "itb_fk", "itb_bot", "itb_fkf", "itb_vl", "itb_tfl"],
      tissue="fascia", details=[["itb_fib_a"], ["itb_fib_b"]])
    S(d, "biceps_femoris", None, parts=[
        Part("muscle", ring(d, "ol_bf_m", "bf_tl", "bf_fk_m", "itb_bf", "gm_low")),
        Part("tendon", ring(d, "ol_bf_t", "bf_gas", "bf_sol", "bf_fk_t", "bf_tl")),
    ], fibres=flow(d, "bf_flow", ["gm_low", "itb_bf"], ["ol_bf_m"], 4, sections=8, t0=0.2, t1=0.97, inset=0.12))
    # -- leg
    S(d, "tibialis_anterior", None, parts=[
        Part("muscle", ring(d, "ol_ta_m", "ta_tl", "ta_edl_m", "itb_bot", "ta_fk")),
        Part("tendon", ring(d, "ol_ta_t", "ret_top_ta", "ta_edl_t", "ta_tl")),
    ], fibres=flow(d, "ta_flow", ["-ta_fk", "ol_ta_m"], ["itb_bot", "ta_edl_m"], 3, sections=7, t0=0.08, t1=0.97,
                   inset=0.2))
    toes = [det(d, "toe5_line", (166, 830.5), (172, 829.5), (178.5, 833)),
            det(d, "toe_nail", (177, 827.4), (181, 830.6)),
            det(d, "edl_t1", (106, 799), (130, 809), (160, 821.5)),
            det(d, "edl_t2", (107, 801), (128, 812), (158, 825))]
    S(d, "extensor_digitorum_longus", None, parts=[
        Part("muscle", ring(d, "fk_edl", "fl_edl", "edl_fb", "ret_top_edl", "ta_edl_t", "ta_edl_m")),
        Part("tendon", ring(d, "ol_edlt", "toe_back_a", "edlt_low", "ret_bot_edl")),
        Part("tendon", ring(d, "ol_toes", "toe_back_c", "toe_back_b", "toe_back_a")),
    ], fibres=flow(d, "edl_flow", ["fk_edl", "fl_edl"], ["ta_edl_m"], 2, sections=6, t0=0.05, t1=0.97, inset=0.3),
      details=toes)
    S(d, "extensor_retinaculum_ankle", ["ret_top_ta", "ret_top_edl", "cf_ret", "ret_bot_edb", "ret_bot_edl", "ol_ret"],
      tissue="ligament")
    S(d, "crural_fascia", ["cf_top", "cf_ret", "cf_front", "fl_cf"], tissue="fascia",
      details=[det(d, "malleolus_rim", (79, 792), (84, 787), (89.5, 791), (90, 800), (86, 807), (80.5, 806))])
    S(d, "extensor_digitorum_brevis", ["cf_front", "ret_bot_edb", "edlt_low", "toe_back_b", "adm_edb", "fl_edb"],
      fibres=[Fibres("cf_front", "toe_back_b", 5, inset=0.1, trim=0.06)])
    S(d, "abductor_digiti_minimi_foot", ["ol_adm", "adm_cal", "adm_fl", "adm_edb", "toe_back_c"],
      fibres=flow(d, "adm_flow", ["adm_cal", "adm_fl", "adm_edb"], ["-ol_adm"], 1, sections=6, t0=0.05, t1=0.95,
                  inset=0.4))
    S(d, "fibularis_longus", None, parts=[
        Part("muscle", ring(d, "fk_fl", "fl_sol_m", "fl_tl", "fl_edl")),
        Part("tendon", ring(d, "fl_tl", "fl_sol_t", "ct_fl", "fl_cal", "adm_fl", "fl_edb", "fl_cf", "fl_fb")),
    ], fibres=flow(d, "fl_flow", ["fl_edl"], ["fl_sol_m"], 2, sections=6, t0=0.05, t1=0.95, inset=0.3))
    d.edge("f_gas_a", (58, 630), (52, 660), (56, 700))
    S(d, "gastrocnemius", ["ol_gas", "gas_ct", "gas_sol", "bf_gas"],
      fibres=flow(d, "gas_flow", ["-bf_gas", "gas_sol"], ["ol_gas"], 4, sections=7, t0=0.03, t1=0.97, inset=0.15))
    S(d, "calcaneal_tendon", ["ol_ct", "ct_cal", "ct_fl", "ct_front", "gas_ct"], tissue="tendon")
    S(d, "calcaneus", ["ol_cal", "adm_cal", "fl_cal", "ct_cal"], tissue="bone")
