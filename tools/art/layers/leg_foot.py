"""Knee joint down: leg, ankle and foot at their true depths, front and back (with the soles inset).

Back view (figure's left leg; lateral = small x, medial = towards the midline):
- superficial: gastrocnemius as two heads (the medial one larger and lower) on the calcaneal tendon,
  the popliteal fossa roofed by the popliteal part of the crural fascia between the heads and the
  hamstrings, fibularis longus with the fibular retinacula behind the lateral malleolus, the flexor
  retinaculum at the medial ankle. The soleus is NOT drawn at the surface: it shows through beside
  the gastrocnemius and calcaneal tendon, where nothing shallower covers it.
- intermediate: soleus whole (fibular head, tendinous arch, soleal line and medial tibial border down
  to its share of the calcaneal tendon), plantaris (small belly at the lateral condyle, its long thin
  tendon lying on the soleus and running to the calcaneus medial to the calcaneal tendon).
- deep: popliteus above the soleal line; the deep posterior compartment: flexor digitorum longus
  (medial, on the tibia), tibialis posterior (between the bones; its tendon passes under the FDL
  tendon to lie most medial behind the malleolus), flexor hallucis longus (lateral, from the fibula,
  fleshy low down); fibularis brevis at the lateral edge, its tendon behind the lateral malleolus.
- soles inset: plantar fascia (superficial); abductor hallucis, flexor digitorum brevis, abductor
  digiti minimi (intermediate); quadratus plantae, flexor hallucis brevis, lumbricals and interossei
  (deep).

Front view (figure's right leg; lateral = small x): extensor digitorum longus redrawn with fibularis
tertius carved from its lower lateral part, a window where the extensor hallucis longus belly shows
between tibialis anterior and EDL tendons, the EHL tendon on the dorsum to the great toe, toes with
clefts and nails; soleus relayered to intermediate (its medial sliver shows through); fibularis brevis
deep to fibularis longus.
"""

from __future__ import annotations

import math

from ..engine import Drawing, Fibres, Part
from ..back import INSET_AXIS, loop, run, split
from ..front import curve, flow, op, ring

PREFIX = "lf_"
REPLACES: dict[str, set[str]] = {
    "front": {"extensor_digitorum_longus", "soleus"},
    "back": {"gastrocnemius", "soleus", "calcaneal_tendon", "fibularis_longus", "popliteus",
             "tibialis_posterior", "flexor_digitorum_brevis"},
    "lateral": set(),
}


def _pts(d: Drawing, **named) -> None:
    for name, (x, y) in named.items():
        d.pt("lf_" + name, x, y)


# ================================================================================================
# BACK
# ================================================================================================
def back(d: Drawing) -> None:
    _back_surface(d)
    _back_intermediate(d)
    _back_deep(d)
    _soles(d)


def _back_surface(d: Drawing) -> None:
    O = d.outline_edge
    # -- popliteal fossa: the diamond between biceps (lateral), semimembranosus (medial) above and
    #    the two gastrocnemius heads below; roofed by the popliteal fascia.
    split(d, "gas_med_up", 0.42, "lf_gmu_a", "lf_gmu_b", "lf_GMo")   # knee_med_low -> GMo -> PT
    _pts(d, FA=(176.6, 641), GLend=(163.4, 707), GD=(175.2, 717.5), GMend=(186.2, 741.5),
         J=(181.3, 790.5))
    d.outline_point("leg_med@0.62")
    d.pt("lf_GMm", *d.points["leg_med@0.62"])
    # medial border of the lateral head, lateral border of the medial head (the fossa's lower sides)
    d.edge("lf_fos_lat", "BFg", (168.8, 604), (172.6, 620), (175.4, 634), "lf_FA")
    d.edge("lf_fos_med", "lf_FA", (178.4, 632), (181.4, 618), (183.8, 606), "lf_GMo")
    # the popliteal fascia's transverse fibres
    d.edge("lf_d_fossa", (169.6, 585), (176, 587.2), (182.2, 585.4))
    d.edge("lf_d_fossa2", (170.8, 605.5), (177, 607.6), (182.8, 605.8))
    d.edge("lf_d_fossa3", (174, 623), (177, 624.6), (180.2, 623))
    d.structure("crural_fascia", "superficial", tissue="fascia",
                boundary=ring(d, "gas_lat_up_1", "lf_fos_lat", "lf_fos_med", "lf_gmu_b"),
                details=[["lf_d_fossa"], ["lf_d_fossa2"], ["lf_d_fossa3"]])

    # -- gastrocnemius: lateral head (from the lateral condyle, ends higher) and medial head (from
    #    above the medial condyle, larger, bulging the medial calf and ending lower), separated by
    #    the median furrow, both gliding onto the broad upper calcaneal tendon.
    d.edge("lf_gl_lat", "S_l0", (155.4, 662), (157.8, 684), "lf_GLend")
    d.edge("lf_gl_low", "lf_GLend", (169.6, 712.6), "lf_GD")
    d.edge("lf_gm_low", "lf_GD", (181.6, 729), "lf_GMend")
    d.edge("lf_gm_med", "lf_GMm", (189.4, 722), "lf_GMend")
    d.edge("lf_gdiv", "lf_FA", (175.6, 662), (174.4, 692), "lf_GD")
    O("lf_ol_gm", "knee_med_low", "leg_med@0.62")
    d.edge("lf_f_gl_top", (165.5, 600), (159.5, 618), (156.5, 640))
    d.edge("lf_f_gm_top", (184.5, 606), (188.5, 622), (191.5, 650))
    d.structure("gastrocnemius", "superficial", parts=[
        Part("muscle", ring(d, "gas_lat_up_2", "fl_med_1", "lf_gl_lat", "lf_gl_low", "lf_gdiv", "lf_fos_lat")),
        Part("muscle", ring(d, "lf_fos_med", "lf_gdiv", "lf_gm_low", "lf_gm_med", "lf_ol_gm", "lf_gmu_a")),
    ], fibres=[
        *flow(d, "lf_gl_flow", ["lf_fos_lat", "lf_gdiv"], ["gas_lat_up_2", "fl_med_1", "lf_gl_lat"], 4,
              sections=8, t0=0.04, t1=0.96, inset=0.15),
        *flow(d, "lf_gm_flow", ["-lf_fos_med", "lf_gdiv"], ["-lf_gmu_a", "lf_ol_gm", "lf_gm_med"], 4,
              sections=8, t0=0.04, t1=0.97, inset=0.15),
    ])

    # -- calcaneal tendon: broad under the heads, narrowest above the heel
    d.edge("lf_ach_lat", "lf_GLend", (168.6, 738), (171.8, 766), "SLend")
    d.edge("lf_ach_med", "lf_GMend", (183.4, 764), "lf_J")
    d.edge("lf_ach_med2", "lf_J", (180.9, 801), "AM_end")
    d.line("lf_d_ach", (176.8, 728), (177, 808))
    d.structure("calcaneal_tendon", "superficial", tissue="tendon",
                boundary=ring(d, "lf_gl_low", "lf_gm_low", "lf_ach_med", "lf_ach_med2", "c2", "ach_lat_2",
                              "lf_ach_lat"),
                details=[["lf_d_ach"]])

    # -- flexor retinaculum: medial ankle, malleolus to calcaneus, over the deep flexor tendons
    d.edge("lf_fr_top", "lf_J", (186.6, 788.6), "ankle_med")
    O("lf_ol_fr", "ankle_med", "heel_med@0.35")
    # its fibres run from the malleolus down and back to the calcaneus
    d.edge("lf_d_fr1", (192.4, 793), (188.4, 798.4), (184.4, 803.2))
    d.edge("lf_d_fr2", (193.2, 801), (189, 806.8), (185, 811.2))
    d.edge("lf_d_fr3", (192, 810), (189.4, 814), (187.2, 816.6))
    d.structure("flexor_retinaculum_ankle", "superficial", tissue="fascia",
                boundary=ring(d, "lf_fr_top", "lf_ol_fr", "c3", "lf_ach_med2"),
                details=[["lf_d_fr1"], ["lf_d_fr2"], ["lf_d_fr3"]])

    # -- fibularis longus (as before) with the superior fibular retinaculum binding its tendon
    #    behind the lateral malleolus
    d.outline_point("ankle_lat@0.3")
    O("lf_ol_flt", "leg_lat@0.35", "ankle_lat@0.3")
    O("lf_ol_fret", "ankle_lat@0.3", "heel_lat@0.15")
    d.edge("lf_fret_top", "ankle_lat@0.3", (167.8, 790.4), "SLend")
    d.edge("lf_d_fret", (162.6, 795.6), (166.6, 799.6), (170.8, 803.4))
    d.edge("lf_d_fret2", (162.8, 803.6), (166.2, 807.2), (169.6, 810.4))
    d.structure("fibularis_longus", "superficial", details=[["lf_d_fl_tendon"]], parts=[
        Part("muscle", ["fl_out_m", "fl_mt", "-fl_med_2", "-fl_med_1"]),
        Part("tendon", ring(d, "lf_ol_flt", "lf_fret_top", "fl_med_3", "fl_mt")),
    ], fibres=flow(d, "lf_fl_flow", ["fl_out_m"], ["fl_med_1", "fl_med_2"], 3, sections=6, t0=0.04,
                   t1=0.96, inset=0.2))
    d.edge("lf_d_fl_tendon", (161.6, 762), (163.4, 776), (164.6, 789))
    d.structure("fibular_retinacula", "superficial", tissue="fascia",
                boundary=ring(d, "lf_fret_top", "lf_ol_fret", "c1", "ach_lat_2"),
                details=[["lf_d_fret"], ["lf_d_fret2"]])


def _back_intermediate(d: Drawing) -> None:
    # -- plantaris: belly from the lateral supracondylar line above the lateral head, running down
    #    and medially over the popliteus; its tendon lies on the soleus, then along the medial border
    #    of the calcaneal tendon to the calcaneus.
    _pts(d, PLo=(162.2, 592), PLt1=(173.7, 626.6), PLt2=(175.3, 626), Pj1=(175.3, 641.3),
         Pj2=(176.8, 642.1), Pm=(180.8, 776), Pm2=(182.4, 791), PLi=(182.4, 812.4), SOm=(191.4, 654))
    d.edge("lf_pl_b1", "lf_PLo", (165.2, 604), (169.6, 616.5), "lf_PLt1")
    d.edge("lf_pl_b2", "lf_PLo", (166.8, 600.5), (171.6, 611), "lf_PLt2")
    d.line("lf_pl_mt", "lf_PLt1", "lf_PLt2")
    run(d, ("lf_tl_a", ["lf_PLt1", "lf_Pj1"]), ("lf_tl_b", [(177.6, 700), (179.8, 748), "lf_Pm"]),
        ("lf_tl_c", [(180.7, 796), "AM_end"]))
    run(d, ("lf_tm_a", ["lf_PLt2", "lf_Pj2"]), ("lf_tm_b", [(179.0, 700), (181.3, 748), "lf_Pm2"]),
        ("lf_tm_c", [(182.5, 802), "lf_PLi"]))
    d.line("lf_pl_end", "AM_end", "lf_PLi")
    d.structure("plantaris", "intermediate", parts=[
        Part("muscle", ring(d, "lf_pl_b1", "lf_pl_mt", "lf_pl_b2")),
        Part("tendon", ring(d, "lf_pl_mt", "lf_tm_a", "lf_tm_b", "lf_tm_c", "lf_pl_end", "lf_tl_c", "lf_tl_b",
                            "lf_tl_a")),
    ], fibres=[Fibres((163.4, 595), "lf_pl_mt", 3, inset=0.2, trim=0.1)])

    # -- soleus, whole: from the back of the fibular head, the tendinous arch and the soleal line of
    #    the tibia, broad and flat, to its share of the calcaneal tendon; beside the gastrocnemius it
    #    is the surface. The plantaris tendon lies on it (its two pieces meet under that tendon).
    split(d, "fl_med_1", 0.3, "lf_flm1_a", "lf_flm1_b", "lf_SOl")   # the back of the fibular head
    run(d, ("lf_st_a", ["lf_SOl", (160.6, 628.6), (168.5, 635.6), "lf_Pj1"]), ("lf_st_mid", ["lf_Pj2"]),
        ("lf_st_b", [(184.2, 648), "lf_SOm"]))
    d.edge("lf_sol_med", "lf_SOm", (193.2, 668), "lf_GMm")
    d.outline_edge("lf_ol_sol", "leg_med@0.62", "ankle_med")
    d.edge("lf_sol_mbot", "ankle_med", (187.4, 789.6), "lf_Pm2")
    d.edge("lf_sol_mt", "lf_Pm", (177.4, 782), "SLend")
    d.edge("lf_f_sol_l", (157.2, 636), (155.6, 670), (157.4, 710), (163, 748))
    d.edge("lf_f_sol_le", (177.2, 668), (178.6, 720), (180.2, 770))
    d.edge("lf_f_sol_m", (187.6, 655), (191.4, 680), (191.2, 720), (188.6, 760))
    d.edge("lf_f_sol_me", (180.4, 690), (181.6, 740), (182.3, 786))
    d.structure("soleus", "intermediate", parts=[
        Part("muscle", ring(d, "lf_st_a", "lf_tl_b", "lf_sol_mt", "fl_med_3", "fl_med_2", "lf_flm1_b")),
        Part("muscle", ring(d, "lf_st_b", "lf_sol_med", "lf_ol_sol", "lf_sol_mbot", "lf_tm_b")),
        Part("tendon", ring(d, "lf_sol_mt", "lf_tl_c", "c2", "ach_lat_2")),
    ], fibres=[
        Fibres("lf_f_sol_l", "lf_f_sol_le", 9, inset=0.02, trim=0.06, bulge=-1.0),
        Fibres("lf_f_sol_m", "lf_f_sol_me", 6, inset=0.04, trim=0.1, bulge=1.0),
    ], details=[["lf_d_sol_arch"]])
    d.edge("lf_d_sol_arch", (162, 632), (168.5, 638.5), (174.6, 644))


def _back_deep(d: Drawing) -> None:
    # -- popliteus: tendon from the lateral femoral condyle, fanning down and medially to the tibia
    #    above the soleal line
    _pts(d, POPl=(160.5, 600.5), POPm1=(188.4, 613.5), POPm2=(189.6, 644), POPt=(166.4, 612.4),
         POPu=(167.2, 603.6))
    run(d, ("lf_pop_up_t", ["lf_POPl", "lf_POPu"]), ("lf_pop_up", [(178, 607.6), "lf_POPm1"]))
    d.edge("lf_pop_med", "lf_POPm1", (189.4, 628), "lf_POPm2")
    run(d, ("lf_pop_low", ["lf_POPm2", (181, 636.4), (172.4, 626.4), "lf_POPt"]), ("lf_pop_low_t", ["lf_POPl"]))
    d.line("lf_pop_mt", "lf_POPu", "lf_POPt")
    d.structure("popliteus", "deep", parts=[
        Part("tendon", ring(d, "lf_pop_up_t", "lf_pop_mt", "lf_pop_low_t")),
        Part("muscle", ring(d, "lf_pop_mt", "lf_pop_up", "lf_pop_med", "lf_pop_low")),
    ], fibres=[Fibres("lf_pop_mt", "lf_pop_med", 7, inset=0.08, trim=0.05)])

    # -- flexor digitorum longus (medial) / tibialis posterior (between the bones) / FHL (lateral)
    _pts(d, Q1=(181.6, 654), Q2=(180.8, 738), X1=(184.2, 771), FDLe_l=(186.6, 810), FmT=(186.2, 653),
         FDLm=(187.6, 766), Y1=(188.3, 779), FDLe_m=(189.4, 810), TPt=(166, 632), F0=(163.5, 668),
         TPl=(173, 742), TPe=(192.4, 807.5), FHLm=(183.1, 795.5), FHLe_l=(179.8, 811.5),
         FHLe_m=(182.8, 811), FHLl=(176.4, 798.5), FBt=(153.8, 692), FBj=(166.4, 775), FBe_l=(165.2, 812.4),
         FBe_m=(167.2, 811.6), FB_mt1=(162.4, 784), FB_mt2=(167.8, 780.5))
    run(d, ("lf_fdl_l1", ["lf_Q1", (181.7, 680), (181.4, 710), "lf_Q2"]), ("lf_fdl_l2", [(182.3, 757), "lf_X1"]),
        ("lf_fdl_l3", [(185.6, 789), "lf_FDLe_l"]))
    run(d, ("lf_fdl_m1", ["lf_FmT", (190.2, 663), (191.4, 690), (190.6, 725), (188.8, 752), "lf_FDLm"]),
        ("lf_fdl_m2", ["lf_Y1"]), ("lf_fdl_m3", [(189, 795), "lf_FDLe_m"]))
    d.edge("lf_fdl_top", "lf_Q1", (183.8, 652.2), "lf_FmT")
    d.line("lf_fdl_mt", "lf_X1", "lf_FDLm")
    d.line("lf_fdl_end", "lf_FDLe_l", "lf_FDLe_m")
    d.edge("lf_f_fdl_a", (188.6, 660), (190, 700), (188, 745))
    d.structure("flexor_digitorum_longus", "deep", parts=[
        Part("muscle", ring(d, "lf_fdl_top", "lf_fdl_m1", "lf_fdl_mt", "lf_fdl_l2", "lf_fdl_l1")),
        Part("tendon", ring(d, "lf_fdl_mt", "lf_fdl_m2", "lf_fdl_m3", "lf_fdl_end", "lf_fdl_l3")),
    ], fibres=[Fibres("lf_f_fdl_a", "lf_fdl_l1", 7, inset=0.06, trim=0.08, bulge=0.8)])

    run(d, ("lf_tp_top", ["lf_TPt", (170.6, 629.6), (175.6, 633.4), (179.6, 642), "lf_Q1"]))
    run(d, ("lf_tp_l1", ["lf_TPt", (164.2, 648), "lf_F0"]), ("lf_tp_l2", [(163.6, 690), (165.4, 712),
                                                                              (168.8, 730), "lf_TPl"]))
    d.edge("lf_tp_mt", "lf_TPl", (177, 741), "lf_Q2")
    d.edge("lf_tp_tl", "lf_TPl", (178.4, 758), "lf_X1")
    d.edge("lf_tp_b_med", "lf_Y1", (190.8, 789), (192.3, 799), "lf_TPe")
    d.line("lf_tp_b_end", "lf_TPe", "lf_FDLe_m")
    d.line("lf_d_tp_raphe", (172.8, 648), (176.4, 736))
    d.structure("tibialis_posterior", "deep", parts=[
        Part("muscle", ring(d, "lf_tp_top", "lf_fdl_l1", "lf_tp_mt", "lf_tp_l2", "lf_tp_l1")),
        Part("tendon", ring(d, "lf_tp_mt", "lf_fdl_l2", "lf_tp_tl")),
        Part("tendon", ring(d, "lf_tp_b_med", "lf_tp_b_end", "lf_fdl_m3")),
    ], fibres=[Fibres("lf_tp_l2", "lf_d_tp_raphe", 7, inset=0.04, trim=0.08),
               Fibres("lf_fdl_l1", "lf_d_tp_raphe", 7, inset=0.04, trim=0.08)],
        details=[["lf_d_tp_raphe"]])

    # FHL: from the lower two thirds of the fibula, fleshy almost to the ankle, its tendon to the
    # groove on the back of the talus (between the malleoli, lateral to the FDL tendon)
    d.pt("lf_FHx", 157, 696)
    run(d, ("lf_fhl_lat_a", ["lf_F0", (158.8, 676), "lf_FHx"]), ("lf_fhl_lat", [(157.6, 722), (161, 750), "lf_FBj"]),
        ("lf_fhl_lat2", [(172.4, 790), "lf_FHLl"]), ("lf_fhl_lat3", ["lf_FHLe_l"]))
    run(d, ("lf_fhl_med", ["lf_X1", (183.2, 784), "lf_FHLm"]), ("lf_fhl_med2", ["lf_FHLe_m"]))
    d.edge("lf_fhl_mt", "lf_FHLl", (179.8, 796.2), "lf_FHLm")
    d.line("lf_fhl_end", "lf_FHLe_l", "lf_FHLe_m")
    d.edge("lf_f_fhl", (160.5, 680), (159.6, 722), (166, 765), (174.5, 792))
    d.structure("flexor_hallucis_longus", "deep", parts=[
        Part("muscle", ring(d, "lf_tp_l2", "lf_tp_tl", "lf_fhl_med", "lf_fhl_mt", "lf_fhl_lat2", "lf_fhl_lat",
                            "lf_fhl_lat_a")),
        Part("tendon", ring(d, "lf_fhl_mt", "lf_fhl_med2", "lf_fhl_end", "lf_fhl_lat3")),
    ], fibres=[Fibres("lf_f_fhl", "lf_fhl_med", 8, inset=0.06, trim=0.1, bulge=-1.0)])

    # fibularis brevis: at the lateral edge, deep to fibularis longus, its tendon behind the
    # lateral malleolus
    d.edge("lf_fb_lat", "lf_FBt", (154.2, 716), (158, 745), (161.4, 770), "lf_FB_mt1")
    d.edge("lf_fb_tlat", "lf_FB_mt1", (163.8, 798), "lf_FBe_l")
    d.edge("lf_fb_tmed", "lf_FB_mt2", (166.4, 796), "lf_FBe_m")
    d.line("lf_fb_mt", "lf_FB_mt1", "lf_FB_mt2")
    d.line("lf_fb_end", "lf_FBe_l", "lf_FBe_m")
    d.edge("lf_fb_top", "lf_FBt", (155.6, 693.6), "lf_FHx")
    d.edge("lf_fb_med2", "lf_FBj", (167.2, 777.6), "lf_FB_mt2")
    d.structure("fibularis_brevis", "deep", parts=[
        Part("muscle", ring(d, "lf_fb_lat", "lf_fb_mt", "lf_fb_med2", "lf_fhl_lat", "lf_fb_top")),
        Part("tendon", ring(d, "lf_fb_mt", "lf_fb_tmed", "lf_fb_end", "lf_fb_tlat")),
    ], fibres=[Fibres("lf_fb_top", "lf_fb_mt", 3, inset=0.2, trim=0.08)])


# -- soles inset ---------------------------------------------------------------------------------
def _soles(d: Drawing) -> None:
    ax = INSET_AXIS
    P = d.pt
    # intermediate: abductor hallucis (medial border), FDB (centre, four tendons), ADM (lateral)
    P("lf_ah_heel", 349.6, 818.6)
    P("lf_ah_t", 351.6, 742.8)
    P("lf_ah_m", 354.4, 744)
    P("lf_fdb_heel", 342.6, 818.4)
    P("lf_fdb_tl", 334.2, 746)
    P("lf_fdb_tm", 348.8, 745)
    P("lf_adm_heel", 338.2, 822)
    run(d, ("lf_ah_med", ["lf_ah_heel", (352.8, 806), (352.8, 792), (350.9, 772), (351.8, 756), "lf_ah_m"]),
        ("lf_ah_med_t", [(356.6, 732.4), (358.8, 723.6)]))
    d.edge("lf_ah_top", (358.8, 723.6), (357.6, 722.2), (356.4, 722.4))
    run(d, ("lf_ah_lat_a", ["lf_ah_heel", (348.4, 806), (347.8, 786), (348.8, 766), "lf_fdb_tm"]),
        ("lf_ah_lat_b", ["lf_ah_t"]), ("lf_ah_lat_t", [(354, 731.4), (356.4, 722.4)]))
    d.line("lf_ah_mt", "lf_ah_t", "lf_ah_m")
    d.edge("lf_f_ah", (350.8, 812), (350.6, 790), (350.4, 770), (353.6, 750))
    d.structure("abductor_hallucis", "intermediate", axis=ax, parts=[
        Part("muscle", ring(d, "lf_ah_med", "lf_ah_mt", "lf_ah_lat_b", "lf_ah_lat_a")),
        Part("tendon", ring(d, "lf_ah_mt", "lf_ah_med_t", "lf_ah_top", "lf_ah_lat_t")),
    ], fibres=[Fibres("lf_f_ah", "lf_ah_med", 5, inset=0.1, trim=0.15)])

    run(d, ("lf_fdb_lat", ["lf_fdb_heel", (337.4, 800), (334.4, 776), (333.6, 756), "lf_fdb_tl"]))
    d.edge("lf_fdb_top", "lf_fdb_tl", (341.6, 743.4), "lf_fdb_tm")
    d.edge("lf_fdb_heel_e", "lf_fdb_heel", (346.4, 819.4), "lf_ah_heel")
    parts = [Part("muscle", ring(d, "lf_fdb_lat", "lf_fdb_top", "lf_ah_lat_a", "lf_fdb_heel_e"))]
    for i, (bx, tx, ty) in enumerate([(346.2, 348, 715.4), (342.4, 341.2, 715.6),
                                      (338.6, 335.2, 718.4), (335.6, 331.4, 721.6)]):
        loop(d, f"lf_fdb_tendon_{i}", (bx - 1.1, 744.4 - 0.2 * i), (tx - 0.75, ty), (tx + 0.75, ty),
             (bx + 1.1, 744.2 - 0.2 * i))
        parts.append(Part("tendon", [f"lf_fdb_tendon_{i}"]))
    d.structure("flexor_digitorum_brevis", "intermediate", parts=parts, axis=ax,
                fibres=[Fibres((342.6, 814), "-lf_fdb_top", 6, inset=0.1, trim=0.05)])

    run(d, ("lf_adm_lat", ["lf_adm_heel", (334.2, 812), (331.6, 796), (329.6, 776), (328.2, 756), (327.8, 738),
                           (328.6, 725)]))
    d.edge("lf_adm_tip", (328.6, 725), (329.4, 724), (330.2, 724.2))
    d.edge("lf_adm_med", (330.2, 724.2), (331.6, 736), "lf_fdb_tl")
    d.edge("lf_adm_heel_e", "lf_adm_heel", (340.4, 820.4), "lf_fdb_heel")
    d.edge("lf_f_adm", (334.6, 815), (331.2, 790), (329.6, 760), (329.4, 731))
    d.structure("abductor_digiti_minimi_foot", "intermediate", axis=ax,
                boundary=ring(d, "lf_adm_lat", "lf_adm_tip", "lf_adm_med", "lf_fdb_lat", "lf_adm_heel_e"),
                fibres=[Fibres("lf_f_adm", "lf_fdb_lat", 5, inset=0.08, trim=0.12)])

    # deep: quadratus plantae (two heads from the calcaneus to the FDL tendon), flexor hallucis
    # brevis under the first metatarsal, lumbricals from the FDL tendons to the medial sides of toes
    # 2-5, interossei in the intermetatarsal spaces
    # two heads from the calcaneus (the notch between them at the heel), joining on the FDL tendon
    loop(d, "lf_qp", (343, 807.6), (340.6, 814.6), (337.2, 809), (335.6, 794), (337.2, 778), (341.2, 767.6),
         (346.4, 767.2), (349.6, 777), (349.6, 795), (348.4, 809.4), (345.4, 814.6))
    d.edge("lf_d_qp", (343, 807.6), (342.7, 790), (343.6, 771))
    d.structure("quadratus_plantae", "deep", axis=ax, boundary=["lf_qp"], details=[["lf_d_qp"]], fibres=[
        Fibres((339.2, 805), (342.6, 771), 1), Fibres((337.8, 795), (342, 772), 1),
        Fibres((346.2, 805), (344.8, 771), 1), Fibres((348.2, 795), (345.5, 772), 1)])

    loop(d, "lf_fhb", (349.6, 765.6), (352.4, 752), (355.8, 738), (359.4, 726.4), (357.6, 723.4),
         (354.2, 724.2), (351.2, 733), (349.2, 748))
    d.edge("lf_d_fhb", (351, 760), (353.2, 742), (356.6, 726))
    d.structure("flexor_hallucis_brevis", "deep", axis=ax, boundary=["lf_fhb"],
                fibres=[Fibres((350.4, 762), (357.2, 725.2), 1)], details=[["lf_d_fhb"]])

    lum_details = []
    lum_parts = []
    for i, ((x0, y0), (x1, y1)) in enumerate([((346.4, 752), (348.8, 721)), ((343, 752), (342.6, 721.6)),
                                              ((339.6, 752.6), (336.6, 723)), ((336.6, 754), (331.8, 725.4))]):
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2
        dx, dy = x1 - x0, y1 - y0
        n = math.hypot(dx, dy)
        nx, ny = -dy / n, dx / n
        w = 1.1
        loop(d, f"lf_lum_{i}", (x0, y0), (mx + nx * w, my + ny * w), (x1, y1), (mx - nx * w, my - ny * w))
        lum_parts.append(Part("muscle", [f"lf_lum_{i}"]))
    d.structure("lumbricals_foot", "deep", axis=ax, parts=lum_parts, details=lum_details)

    io_parts = []
    for i, ((x0, y0), (x1, y1)) in enumerate([((347.6, 766), (346.8, 755.2)), ((344.2, 765), (343.4, 755)),
                                              ((340.4, 764.4), (339.8, 755.6)), ((336.4, 765.6), (336.2, 757))]):
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2
        w = 1.0
        loop(d, f"lf_io_{i}", (x0, y0), (mx + w, my), (x1, y1), (mx - w, my))
        io_parts.append(Part("muscle", [f"lf_io_{i}"]))
    d.structure("interossei_foot", "deep", axis=ax, parts=io_parts)


# ================================================================================================
# FRONT
# ================================================================================================
def front(d: Drawing) -> None:
    # -- soleus relayered: its medial sliver stays at the surface as a window onto the intermediate
    #    soleus, drawn whole as seen from the front (also beneath the gastrocnemius sliver).
    split(d, "tib_med_gm", 0.55, "lf_tmg_a", "lf_tmg_b", "lf_Ts")
    op(d, "calf_med@0.85")
    d.edge("lf_sol_top", "lf_Ts", (187.4, 652), "calf_med@0.85")
    d.outline_edge("lf_ol_solf", "calf_med@0.85", "ankle_med@0.45")
    d.structure("soleus", "intermediate",
                boundary=ring(d, "lf_sol_top", "lf_ol_solf", "tib_med_sol", "lf_tmg_b"),
                fibres=flow(d, "lf_solf", ["lf_tmg_b", "tib_med_sol"], ["lf_ol_solf"], 3, sections=7, t0=0.05,
                            t1=0.95, inset=0.2))

    # -- EDL redrawn: a window low between TA and EDL tendons shows the EHL; fibularis tertius is the
    #    lower lateral part of the EDL mass; the EHL tendon crosses the dorsum to the great toe.
    split(d, "ret_top_edl", 0.72, "lf_rte_a", "lf_rte_b", "lf_Er")       # fl_ret -> Er -> ta_ret
    split(d, "lf_rte_a", 0.34, "lf_rte_a1", "lf_rte_a2", "lf_Fr")        # fl_ret -> Fr -> Er
    d.edge("lf_ehl_win", "edl_tm", (170.6, 766), "lf_Er")
    d.edge("lf_ft_win", "edl_tl", (165.4, 765), "lf_Fr")
    # the EHL tendon strip on the dorsum, from under the retinaculum to the great toe
    split(d, "ret_bot_edl", 0.78, "lf_rbe_a", "lf_rbe_b", "lf_H1")       # edb_ret -> H1 -> ta_ft
    split(d, "lf_rbe_b", 0.55, "lf_rbe_b1", "lf_rbe_b2", "lf_H2")        # H1 -> H2 -> ta_ft
    d.pt("lf_Htip", 187.2, 830.6)
    d.edge("lf_ehl_sl", "lf_H1", (180.6, 810), (184.6, 821), "lf_Htip")
    d.edge("lf_ehl_sm", "lf_H2", (182.6, 809), (186.6, 820), (188.6, 829.6), "lf_Htip")

    toe_details = _toes(d)
    d.structure(
        "extensor_digitorum_longus", "superficial",
        parts=[
            Part("muscle", ring(d, "kb_edl", "ta_lat_m", "ta_lat_t1", "edl_tend_line", "fl_med_t1", "fl_med_m")),
            Part("tendon", ring(d, "edl_tend_line", "lf_ehl_win", "lf_rte_a2", "lf_ft_win")),
            Part("tendon", ring(d, "lf_rbe_a", "lf_ehl_sl", "lf_ehl_sm", "lf_rbe_b2", "ta_ft_med", "ol_toes",
                                "edb_med")),
        ],
        fibres=flow(d, "lf_edl_flow", ["fl_med_m", "fl_med_t1"], ["ta_lat_m", "ta_lat_t1"], 3, sections=8,
                    t0=0.02, t1=0.97, inset=0.2),
        details=toe_details,
    )
    d.edge("lf_d_ft_tendon", (167, 797), (164, 806), (160.6, 813), (158.4, 816.4))
    d.structure("fibularis_tertius", "superficial",
                boundary=ring(d, "lf_ft_win", "lf_rte_a1", "fl_med_t2"),
                fibres=flow(d, "lf_ft_flow", ["fl_med_t2"], ["lf_ft_win"], 2, sections=4, t0=0.1, t1=0.9,
                            inset=0.25),
                details=[["lf_d_ft_tendon"]])

    # -- EHL (intermediate): from the middle of the fibula and the interosseous membrane, deep between
    #    TA and EDL, surfacing low in the leg; its tendon under the retinacula and along the dorsum.
    _pts(d, EHt=(165.6, 676))
    run(d, ("lf_ehl_m1", ["lf_EHt", (168.6, 700), (170.8, 730), "edl_tm"]))
    run(d, ("lf_ehl_l1", ["lf_EHt", (163.6, 700), (164.2, 730), (167.2, 758), (169.8, 772), "lf_Er"]),
        ("lf_ehl_l2", [(176.2, 791), "lf_H1"]))
    d.edge("lf_ehl_m2", "ta_ret", (177.6, 790), "lf_H2")
    d.edge("lf_d_ehl_t", (172, 776), (177.4, 793))
    d.structure("extensor_hallucis_longus", "intermediate", parts=[
        Part("muscle", ring(d, "lf_ehl_m1", "ta_lat_t2", "lf_rte_b", "lf_ehl_l1")),
        Part("tendon", ring(d, "lf_rte_b", "lf_ehl_m2", "lf_ehl_sm", "lf_ehl_sl", "lf_ehl_l2")),
    ], fibres=flow(d, "lf_ehl_flow", ["lf_ehl_l1"], ["lf_ehl_m1", "ta_lat_t2"], 3, sections=6, t0=0.04,
                   t1=0.85, inset=0.2))

    # -- fibularis brevis (deep): lower two thirds of the lateral fibula, deep to fibularis longus;
    #    its tendon passes behind the lateral malleolus to the tuberosity of the fifth metatarsal.
    _pts(d, FBt=(157.8, 690), FBm1=(162.8, 779.6), FBm2=(165, 778.6), FBe_l=(159.6, 812.6), FBe=(161.2, 813.8))
    d.edge("lf_fbf_lat", "lf_FBt", (155.8, 715), (158.8, 748), "lf_FBm1")
    d.edge("lf_fbf_med", "lf_FBt", (160.2, 712), (163, 748), "lf_FBm2")
    d.line("lf_fbf_mt", "lf_FBm1", "lf_FBm2")
    d.edge("lf_fbf_tl", "lf_FBm1", (163.2, 792), (161.8, 805), "lf_FBe_l")
    d.edge("lf_fbf_tm", "lf_FBm2", (164.8, 794), (163.4, 807), "lf_FBe")
    d.line("lf_fbf_end", "lf_FBe_l", "lf_FBe")
    d.structure("fibularis_brevis", "deep", parts=[
        Part("muscle", ring(d, "lf_fbf_lat", "lf_fbf_mt", "lf_fbf_med")),
        Part("tendon", ring(d, "lf_fbf_mt", "lf_fbf_tm", "lf_fbf_end", "lf_fbf_tl")),
    ], fibres=flow(d, "lf_fbf_flow", ["lf_fbf_lat"], ["lf_fbf_med"], 2, sections=5, t0=0.1, t1=0.95, inset=0.3))


def _toes(d: Drawing) -> list[list[str]]:
    """Toes seen end-on from the front: clefts, nails, and the EDL tendons to toes 2-5."""
    out: list[list[str]] = []
    clefts = ["lf_c45", "lf_c34", "lf_c23", "lf_c12"]
    for i, c in enumerate(clefts):
        x, y = d.points[c]
        d.edge(f"lf_d_cleft_{i}", (x, y), (x - 0.1, y - 2.4), (x, y - 4.2))
        out.append([f"lf_d_cleft_{i}"])
    # toe centres lateral (5th) to medial (great toe) and nail sizes
    toes = [(159.6, 832.4, 1.0, 1.8), (165.8, 834.4, 1.2, 2.0), (172.4, 835.6, 1.3, 2.2),
            (179.4, 836.2, 1.4, 2.3), (188.8, 836.4, 2.6, 2.8)]
    for k, (cx, by, w, h) in enumerate(toes):
        top = by - h
        curve(d, f"lf_nail_{k}", (cx, top), (cx + w, top + 0.3), (cx + w * 1.05, by - h / 2),
              (cx + w * 0.7, by - 0.2), (cx, by), (cx - w * 0.7, by - 0.2), (cx - w * 1.05, by - h / 2),
              (cx - w, top + 0.3), (cx, top), closed=True)
        out.append([f"lf_nail_{k}"])
    routes = [
        ("lf_d_edl5", [(170.3, 798.4), (169.2, 810), (165.4, 820.6), (161.4, 826.4), (159.6, 829.4)]),
        ("lf_d_edl4", [(171.8, 798.5), (170.8, 811), (168.4, 823), (166, 831)]),
        ("lf_d_edl3", [(173.4, 798.6), (173, 812), (172.6, 824), (172.4, 832.4)]),
        ("lf_d_edl2", [(175.2, 798.7), (176.4, 812), (178.2, 824), (179.2, 833)]),
    ]
    for name, route in routes:
        d.edge(name, *route)
        out.append([name])
    return out


def lateral(d: Drawing) -> None:
    pass
