"""Hip and thigh at depth (front and back views): the gluteal aponeurosis (fascia lata) over gluteus
medius, gluteus medius and minimus, the deep lateral rotators (piriformis, gemelli with the obturator
internus tendon, quadratus femoris), the pelvic floor seen from below (levator ani, coccygeus),
semimembranosus and adductor magnus under the hamstrings; in front the quadriceps redrawn (a
bipennate rectus femoris spindle between the vasti), vastus intermedius, adductor brevis, adductor
magnus and obturator externus.

Layers (anatomical depth): superficial = gluteus maximus, tensor fasciae latae, fascia lata /
iliotibial tract, sartorius, rectus femoris, vasti lateralis and medialis, pectineus, adductor longus,
gracilis, biceps femoris (long head), semitendinosus; intermediate = gluteus medius, semimembranosus,
adductor brevis; deep = gluteus minimus, the lateral rotators, adductor magnus, vastus intermedius,
obturator externus, the sacrotuberous ligament and the pelvic floor.
"""

from __future__ import annotations

from ..engine import Drawing, Fibres, Part
from ..back import run, split
from ..front import op, oe, ring

PREFIX = "ht_"
REPLACES: dict[str, set[str]] = {
    "front": {"gluteus_medius", "pectineus", "rectus_femoris", "vastus_lateralis", "vastus_medialis", "iliotibial_tract"},
    "back": {"gluteus_medius", "semimembranosus", "adductor_magnus"},
    "lateral": set(),
}


# ==================================================================================================
# BACK VIEW
# ==================================================================================================
def back(d: Drawing) -> None:
    P = d.pt
    O = d.outline_edge

    # -- surface: the gluteal aponeurosis, the thick upper part of the fascia lata that covers gluteus
    #    medius above gluteus maximus (it is the true surface there, the muscle lies beneath it).
    d.edge("ht_d_gapo_1", (150.5, 346), (147, 362), (143.5, 378))
    d.edge("ht_d_gapo_2", (160, 342), (155.5, 360), (149.5, 380))
    d.edge("ht_d_gapo_3", (170, 344), (165, 358), (158.5, 372))
    d.structure("fascia_lata", "superficial", tissue="fascia",
                boundary=["crest_1", "crest_2", "crest_3", "gmax_up", "gmed_out"],
                details=[["ht_d_gapo_1"], ["ht_d_gapo_2"], ["ht_d_gapo_3"]])

    # -- intermediate: gluteus medius whole, from the outer lip of the iliac crest (in front of the
    #    posterior gluteal line) to the lateral surface of the greater trochanter.
    P("ht_GMs", 175.5, 384.5)
    gm_lo = "hip_a@0.8"
    d.outline_point(gm_lo)
    O("ht_gmed_out", "iliac", gm_lo)
    d.edge("ht_gmed_med", "L1", (176.6, 356), (177.2, 371), "ht_GMs")
    d.edge("ht_gmed_low", "ht_GMs", (163, 387.5), (150, 394.5), gm_lo)
    d.edge("ht_f_gmed_src", (153, 345), (162, 342.5), (172, 345.5), (175.5, 362), (174.5, 378))
    d.edge("ht_f_gmed_ins", (141.5, 392), (143.5, 396.5), (147, 398))
    d.structure("gluteus_medius", "intermediate",
                boundary=ring(d, "ht_gmed_out", "ht_gmed_low", "ht_gmed_med", "crest_2", "crest_1"),
                fibres=[Fibres("ht_f_gmed_src", "ht_f_gmed_ins", 11, inset=0.03, trim=0.05, bulge=1.0)])

    # -- deep: gluteus minimus under it, its fan converging on the trochanter above piriformis.
    gmin_top = "iliac@0.45"
    gmin_lo = "hip_a@0.72"
    d.outline_point(gmin_top)
    d.outline_point(gmin_lo)
    split(d, "pir_up", 0.36, "ht_pir_up_a", "ht_pir_up_b", "ht_PIg")
    O("ht_gmin_out", gmin_top, gmin_lo)
    d.line("ht_gmin_tip", gmin_lo, "PIt")
    d.edge("ht_gmin_top", gmin_top, (157, 356.5), (166, 364), (171.2, 374), "ht_PIg")
    d.edge("ht_f_gmin_src", (150, 358), (160, 359), (168, 367), (170.5, 378))
    d.structure("gluteus_minimus", "deep",
                boundary=ring(d, "ht_gmin_out", "ht_gmin_tip", "ht_pir_up_b", "ht_gmin_top"),
                fibres=[Fibres("ht_f_gmin_src", (141.5, 399.5), 8, inset=0.06, trim=0.06, bulge=0.8)])

    # -- deep lateral rotators below piriformis, from the ischium (along the lateral border of the
    #    sacrotuberous ligament) to the greater trochanter: superior gemellus, the obturator internus
    #    tendon leaving the lesser sciatic notch, inferior gemellus, quadratus femoris.
    split(d, "stl_up", 0.37, "ht_stl_q", "ht_stl_r", "ht_R3")
    split(d, "ht_stl_r", 0.33, "ht_stl_ig", "ht_stl_s", "ht_R2")
    split(d, "ht_stl_s", 0.42, "ht_stl_oi", "ht_stl_sg", "ht_R1")
    split(d, "pir_low", 0.13, "ht_pir_low_a", "ht_pir_low_b", "ht_T0")
    P("ht_T1", 146.3, 406.6)
    P("ht_T2", 146.9, 410.4)
    P("ht_Q1", 149.6, 413.6)
    P("ht_Q2", 152.5, 432.5)
    d.edge("ht_sg_top", "ht_T0", (162, 404.7), (179, 404.8), "ST1")
    d.line("ht_sg_lat", "ht_T0", "ht_T1")
    d.edge("ht_sg_low", "ht_T1", (160, 408.6), (176, 410.6), "ht_R1")
    d.line("ht_oi_lat", "ht_T1", "ht_T2")
    d.edge("ht_oi_low", "ht_T2", (161, 413), (176.5, 416), "ht_R2")
    d.line("ht_ig_lat", "ht_T2", "ht_Q1")
    d.edge("ht_qf_top", "ht_Q1", (163, 418), (177, 423.5), "ht_R3")
    d.edge("ht_qf_lat", "ht_Q1", (151, 423), "ht_Q2")
    d.structure("gemelli", "deep", parts=[
        Part("muscle", ring(d, "ht_sg_top", "ht_stl_sg", "ht_sg_low", "ht_sg_lat")),
        Part("muscle", ring(d, "ht_oi_low", "ht_stl_ig", "ht_qf_top", "ht_ig_lat")),
    ], fibres=[Fibres("ht_stl_sg", "-ht_sg_lat", 3, inset=0.2, trim=0.06),
               Fibres("ht_stl_ig", "-ht_ig_lat", 3, inset=0.2, trim=0.06)])
    d.edge("ht_f_oi", (186.5, 414.3), (166, 411.4), (148, 408.5))
    d.structure("obturator_internus", "deep", tissue="tendon",
                boundary=ring(d, "ht_sg_low", "ht_stl_oi", "ht_oi_low", "ht_oi_lat"),
                details=[["ht_f_oi"]])

    # adductor magnus's upper border (shared with quadratus femoris and the pelvic floor)
    C8 = "thigh_med_c@0.75"
    d.outline_point(C8)
    run(d, ("ht_perin", [C8, (204, 435.8), (197, 438.6), "ISC"]),
        ("ht_qf_low", [(170, 439.6), "ht_Q2"]))
    d.structure("quadratus_femoris", "deep",
                boundary=ring(d, "ht_qf_top", "ht_stl_q", "ht_qf_low", "ht_qf_lat"),
                fibres=[Fibres("ht_stl_q", "-ht_qf_lat", 6, inset=0.1, trim=0.04)])

    # -- pelvic floor seen from below, medial to the sacrotuberous ligament: coccygeus along the
    #    coccyx, levator ani (iliococcygeus/puborectalis) in the roof of the ischioanal fossa.
    split(d, "stl_low", 0.36, "ht_stl_c", "ht_stl_l", "ht_SLc")
    d.edge("ht_cocc_low", "ht_SLc", (204.5, 428.4), "COCd")
    d.structure("coccygeus", "deep",
                boundary=ring(d, "sac_lat_5", "ht_cocc_low", "ht_stl_c"),
                fibres=[Fibres("-ht_stl_c", "sac_lat_5", 3, inset=0.2, trim=0.1)])
    d.line("ht_mid_la", "COCd", "crotch")
    O("ht_la_out", "crotch", C8)
    d.structure("levator_ani", "deep",
                boundary=ring(d, "ht_cocc_low", "ht_mid_la", "ht_la_out", "ht_perin", "ht_stl_l"),
                fibres=[Fibres("ht_stl_l", (209.5, 431), 5, inset=0.12, trim=0.08)])

    # -- adductor magnus (deep): from the ischial tuberosity and ischiopubic ramus to the linea aspera
    #    and, by its tendon, to the adductor tubercle; deep to the hamstrings and gracilis.
    P("ht_AMh", 176.5, 563)
    P("ht_AMt", 187.5, 590)
    am_m = "knee_med@0.7"
    d.outline_point(am_m)
    run(d, ("ht_am_lat_m", ["ht_Q2", (155.5, 452), (159.5, 482), (164.5, 515), (170.5, 542), "ht_AMh"]),
        ("ht_am_lat_t", [(182.5, 578), "ht_AMt"]))
    d.edge("ht_am_mt", "ht_AMh", (185, 566), am_m)
    d.edge("ht_am_bot", "ht_AMt", (191, 581), am_m)
    O("ht_am_out", am_m, C8)
    # fibres fan from the ramus and tuberosity: the upper ones almost horizontal to the top of the
    # linea aspera, the ischiocondylar ones vertical to the tendon on the adductor tubercle
    d.edge("ht_f_am_top", (157, 443), (175, 442.6), (192, 440.4), (205.5, 437))
    d.edge("ht_f_am_end", (157.5, 458), (161.5, 490), (167, 522), (173.5, 550), (181, 564), (190, 569))
    d.structure("adductor_magnus", "deep", parts=[
        Part("muscle", ring(d, "ht_perin", "ht_qf_low", "ht_am_lat_m", "ht_am_mt", "ht_am_out")),
        Part("tendon", ring(d, "ht_am_lat_t", "ht_am_bot", "ht_am_mt")),
    ], fibres=[Fibres("ht_f_am_top", "ht_f_am_end", 12, inset=0.03, trim=0.04, bulge=2.0)])

    # -- intermediate: semimembranosus whole, its flat upper tendon from the ischial tuberosity under
    #    semitendinosus and biceps, the belly low and medial, to the medial tibial condyle. It shows
    #    at the surface where the hamstrings beside it leave it bare (above the popliteal fossa).
    P("ht_SMtl", 182.3, 447.5)
    P("ht_SMtm", 185.6, 446.2)
    P("ht_SMj1", 176.6, 484)
    P("ht_SMj2", 186.2, 486)
    run(d, ("ht_sm_lat_t", ["ht_SMtl", (179.2, 466), "ht_SMj1"]), ("ht_sm_lat_m", [(173.2, 505), "STx"]))
    run(d, ("ht_sm_med_m", ["K2", (189, 595), (189.6, 570), (189.2, 540), (187.4, 510), "ht_SMj2"]),
        ("ht_sm_med_t", [(185.8, 466), "ht_SMtm"]))
    d.line("ht_sm_top", "ht_SMtl", "ht_SMtm")
    d.edge("ht_sm_mt", "ht_SMj1", (181, 482.5), "ht_SMj2")
    d.edge("ht_f_sm_end", (183.5, 596), (188, 610))
    d.structure("semimembranosus", "intermediate", parts=[
        Part("tendon", ring(d, "ht_sm_top", "ht_sm_lat_t", "ht_sm_mt", "ht_sm_med_t")),
        Part("muscle", ring(d, "ht_sm_mt", "ht_sm_lat_m", "bf_med_2", "gas_med_up", "sm_out", "ht_sm_med_m")),
    ], fibres=[Fibres("ht_sm_mt", "ht_f_sm_end", 6, inset=0.1, trim=0.05, bulge=-1.0)])


# ==================================================================================================
# FRONT VIEW
# ==================================================================================================
def front(d: Drawing) -> None:
    P = d.pt

    # ---------------------------------------------------------------------------------------------
    # surface: the gluteal aponeurosis (fascia lata) over gluteus medius behind the TFL; the
    # quadriceps redrawn - rectus femoris a bipennate spindle from the AIIS (its tendon between TFL
    # and sartorius) to a V-shaped junction with the quadriceps tendon above the patella, vastus
    # lateralis bulging lateral to it in front of a narrower iliotibial tract, vastus medialis's
    # teardrop above the knee.
    # ---------------------------------------------------------------------------------------------
    d.edge("ht_fd_gapo_1", (146.5, 358), (144, 375), (140.5, 395))
    d.edge("ht_fd_gapo_2", (150.5, 362), (147.5, 378), (143.5, 396))
    # pectineus only from the pecten pubis (medial part of the femoral triangle) to the pectineal
    # line; lateral to it the triangle's roof is fascia lata (over iliopsoas and the femoral sheath)
    split(d, "inguinal", 0.66, "ht_ing_a", "ht_ing_b", "ht_PEa")
    split(d, "sart_med_pect", 0.86, "ht_smp_a", "ht_smp_b", "ht_PEb")
    d.edge("ht_pect_lat", "ht_PEa", (180.5, 424), (179.2, 437), "ht_PEb")
    d.edge("ht_fd_fem_1", (167, 394), (171, 415), (175.5, 436))
    d.edge("ht_fd_fem_2", (175, 402), (176.5, 420), (177.5, 438))
    d.structure("fascia_lata", "superficial", tissue="fascia", parts=[
        Part("fascia", ring(d, "ol_gm", "tfl_lat", "crest_gm")),
        Part("fascia", ring(d, "ht_ing_a", "ht_pect_lat", "ht_smp_a")),
    ], details=[["ht_fd_gapo_1"], ["ht_fd_gapo_2"], ["ht_fd_fem_1"], ["ht_fd_fem_2"]])
    d.edge("ht_f_pect_src", (186, 412), (191.5, 418), (196, 423))
    d.structure("pectineus", "superficial",
                boundary=ring(d, "ht_ing_b", "al_lat", "ht_smp_b", "ht_pect_lat"),
                fibres=[Fibres("ht_f_pect_src", "-ht_smp_b", 6, inset=0.08, trim=0.04)])

    P("ht_RL", 167.2, 553)
    P("ht_RM", 175.6, 554)
    run(d, ("ht_rf_vl_m", ["tfl_rf_vl", (155.8, 442), (157.6, 470), (160.4, 500), (163.6, 528), "ht_RL"]),
        ("ht_rf_vl_t", [(166.5, 567), "pat_qt_lat"]))
    run(d, ("ht_rf_vm_m", ["vm_top", (182.5, 520), (180, 537.5), "ht_RM"]),
        ("ht_rf_vm_t", [(176.1, 567), "pat_qt_med"]))
    d.edge("ht_rf_v", "ht_RL", (171.3, 563.5), "ht_RM")
    d.edge("ht_rf_raphe", (161.2, 410), (165.2, 450), (169.2, 490), (171, 527), (171.3, 558))
    d.edge("ht_rf_l_aux", (158.2, 398), (157.4, 436), (158.8, 470), (161.8, 505), (164.6, 535))
    d.edge("ht_rf_m_aux", (163.4, 396), (168.6, 428), (176, 466), (181.2, 503), (178.8, 534))
    d.structure("rectus_femoris", "superficial", parts=[
        Part("tendon", ring(d, "tfl_med_rft", "rf_orig_line", "sart_lat_rftend")),
        Part("muscle", ring(d, "rf_orig_line", "tfl_med_rf", "ht_rf_vl_m", "ht_rf_v", "ht_rf_vm_m", "sart_lat_rf")),
        Part("tendon", ring(d, "ht_rf_v", "ht_rf_vl_t", "pat_top_arc", "ht_rf_vm_t")),
    ], fibres=[Fibres("ht_rf_l_aux", "ht_rf_raphe", 13, inset=0.02, trim=0.03),
               Fibres("ht_rf_m_aux", "ht_rf_raphe", 13, inset=0.02, trim=0.03)],
        details=[["ht_rf_raphe"]])

    run(d, ("ht_it_vl", ["tfl_tip", (145.8, 480), (145.4, 510), (147.4, 540), (151.8, 565), "it_knee"]))
    d.edge("ht_vl_aux_l", (150.5, 458), (148.5, 490), (149, 525), (152.5, 555), (157.5, 578))
    d.edge("ht_vl_aux_m", (155.8, 470), (158.2, 505), (161.5, 535), (164.5, 560), (165, 580))
    d.structure("vastus_lateralis", "superficial",
                boundary=ring(d, "ht_rf_vl_m", "ht_rf_vl_t", "pat_latup_arc", "vl_bot", "ht_it_vl", "tfl_med_vl"),
                fibres=[Fibres("ht_vl_aux_l", "ht_vl_aux_m", 12, inset=0.02, trim=0.03)])
    d.edge("ht_d_it_1", (140.5, 420), (140.6, 470), (142.2, 530), (148.5, 580), (156.5, 610))
    d.structure("iliotibial_tract", "superficial", tissue="fascia",
                boundary=ring(d, "ol_it", "kb_fl", "kb_edl", "kb_ta", "lig_lat", "pat_latlow_arc", "vl_bot",
                              "ht_it_vl", "it_med_tfl"),
                details=[["ht_d_it_1"]])

    d.edge("ht_f_vm_end", (181.8, 512), (178.4, 542), (176.6, 564), (178.6, 584), (177.5, 597))
    d.structure("vastus_medialis", "superficial",
                boundary=ring(d, "sart_lat_vm", "sart_lat_vmt", "jl", "lig_med_up", "pat_med_arc", "ht_rf_vm_t",
                              "ht_rf_vm_m"),
                fibres=[Fibres("sart_lat_vm", "ht_f_vm_end", 11, inset=0.04, trim=0.04)])

    # ---------------------------------------------------------------------------------------------
    # intermediate: gluteus medius whole under the TFL and the aponeurosis (crest to the greater
    # trochanter); adductor brevis under pectineus and adductor longus (pubis to the upper linea
    # aspera).
    # ---------------------------------------------------------------------------------------------
    d.edge("ht_gmed_f_ant", "trochanter", (144.2, 401), (148.7, 386), (152, 371), "tfl_crest")
    d.structure("gluteus_medius", "intermediate",
                boundary=ring(d, "ol_gm", "ht_gmed_f_ant", "crest_gm"),
                fibres=[Fibres("crest_gm", (140, 406), 6, inset=0.1, trim=0.05)])

    P("ht_AB1", 196, 428.5)
    P("ht_AB2", 205.5, 434.5)
    P("ht_AB3", 170.5, 452)
    P("ht_AB4", 172.5, 492)
    d.edge("ht_ab_orig", "ht_AB2", (201, 430.6), "ht_AB1")
    d.edge("ht_ab_up", "ht_AB1", (187, 434), (177, 443.5), "ht_AB3")
    d.edge("ht_ab_ins", "ht_AB3", (170, 471), "ht_AB4")
    d.edge("ht_ab_low", "ht_AB4", (182, 478.5), (192, 462), (200, 447), "ht_AB2")
    d.structure("adductor_brevis", "intermediate",
                boundary=ring(d, "ht_ab_orig", "ht_ab_up", "ht_ab_ins", "ht_ab_low"),
                fibres=[Fibres("-ht_ab_orig", "ht_ab_ins", 7, inset=0.08, trim=0.05, bulge=1.0)])

    # ---------------------------------------------------------------------------------------------
    # deep: vastus intermedius on the front of the femoral shaft (under rectus femoris, between the
    # vasti) into the deep layer of the quadriceps tendon; adductor magnus along the medial thigh
    # to the adductor tubercle; obturator externus medial to the femoral neck, passing behind the
    # psoas tendon.
    # ---------------------------------------------------------------------------------------------
    P("ht_V1", 148.5, 447)
    P("ht_V2", 163, 443.5)
    P("ht_Vl5", 158.5, 559)
    P("ht_Vm5", 173.8, 557)
    P("ht_V3", 166.5, 573)
    P("ht_V4", 172, 573.5)
    run(d, ("ht_vi_lat_m", ["ht_V1", (146.6, 475), (147.6, 510), (152, 540), "ht_Vl5"]),
        ("ht_vi_lat_t", ["ht_V3"]))
    run(d, ("ht_vi_med_m", ["ht_V2", (168.5, 470), (172.6, 505), (174.2, 537), "ht_Vm5"]),
        ("ht_vi_med_t", ["ht_V4"]))
    d.edge("ht_vi_top", "ht_V1", (155.5, 442.2), "ht_V2")
    d.edge("ht_vi_mt", "ht_Vl5", (166, 562.5), "ht_Vm5")
    d.edge("ht_vi_bot", "ht_V3", (169.2, 576), "ht_V4")
    d.structure("vastus_intermedius", "deep", parts=[
        Part("muscle", ring(d, "ht_vi_top", "ht_vi_med_m", "ht_vi_mt", "ht_vi_lat_m")),
        Part("tendon", ring(d, "ht_vi_mt", "ht_vi_med_t", "ht_vi_bot", "ht_vi_lat_t")),
    ], fibres=[Fibres("ht_vi_top", "ht_vi_mt", 9, inset=0.08, trim=0.04, bulge=-1.5)])

    C8 = op(d, "thigh_med_c@0.75")
    am_m = op(d, "knee_med@0.7")
    P("ht_AMf1", 195.5, 445)
    P("ht_AMfh", 182.5, 560)
    P("ht_AMft", 188, 590)
    d.edge("ht_amf_top", C8, (203, 437.6), "ht_AMf1")
    run(d, ("ht_amf_lat_m", ["ht_AMf1", (188, 468), (183.2, 500), (181.2, 532), "ht_AMfh"]),
        ("ht_amf_lat_t", [(185, 577), "ht_AMft"]))
    d.edge("ht_amf_mt", "ht_AMfh", (188, 566), am_m)
    d.edge("ht_amf_bot", "ht_AMft", (191.4, 582), am_m)
    oe(d, "ht_amf_out", am_m, C8)
    d.edge("ht_f_amf_src", (206.5, 437), (199, 442.5), (193.5, 452))
    d.edge("ht_f_amf_end", (185, 478), (182.6, 515), (183.5, 548), (189.5, 566))
    d.structure("adductor_magnus", "deep", parts=[
        Part("muscle", ring(d, "ht_amf_top", "ht_amf_lat_m", "ht_amf_mt", "ht_amf_out")),
        Part("tendon", ring(d, "ht_amf_lat_t", "ht_amf_bot", "ht_amf_mt")),
    ], fibres=[Fibres("ht_f_amf_src", "ht_f_amf_end", 7, inset=0.05, trim=0.04, bulge=-1.5)])

    # gluteus minimus under gluteus medius and the TFL, lateral to iliacus, to the front of the
    # greater trochanter
    gmin_top = op(d, "iliac@0.45")
    gmin_lo = op(d, "hip_a@0.85")
    split(d, "il_low", 0.5, "ht_il_low_a", "ht_il_low_b", "ht_ILm")
    oe(d, "ht_gminf_out", gmin_top, gmin_lo)
    d.edge("ht_gminf_top", gmin_top, (150, 355.2), "il_lat")
    d.edge("ht_gminf_low", "ht_ILm", (150.5, 398), (143.5, 404.5), gmin_lo)
    d.edge("ht_f_gminf_src", (149.5, 358), (153.8, 362), (154.8, 375), (155.2, 386))
    d.structure("gluteus_minimus", "deep",
                boundary=ring(d, "ht_gminf_out", "ht_gminf_low", "ht_il_low_a", "ht_gminf_top"),
                fibres=[Fibres("ht_f_gminf_src", (140.5, 404), 6, inset=0.08, trim=0.06)])

    # (its lateral edge is kept just medial to the psoas tendon, which hides the rest of it)
    P("ht_OEa", 189.5, 418.5)
    P("ht_OEb", 180, 437.5)
    P("ht_OEm", 198.5, 429.5)
    d.edge("ht_oe_lat", "ht_OEa", (185, 427.5), "ht_OEb")
    d.edge("ht_oe_low", "ht_OEb", (188, 440.2), (195, 437), "ht_OEm")
    d.edge("ht_oe_up", "ht_OEm", (194.5, 421.5), "ht_OEa")
    d.edge("ht_f_oe_src", (196.2, 423.5), (197.2, 430), (194.5, 436))
    d.structure("obturator_externus", "deep",
                boundary=ring(d, "ht_oe_lat", "ht_oe_low", "ht_oe_up"),
                fibres=[Fibres("ht_f_oe_src", "ht_oe_lat", 5, inset=0.1, trim=0.06)])


def lateral(d: Drawing) -> None:
    pass
