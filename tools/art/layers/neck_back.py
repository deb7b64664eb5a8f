"""Head, neck and back at their true depths (front and back views).

Back view (viewer's left = figure's left; mirrored by the engine):
- superficial: the epicranial aponeurosis redrawn as a plain sheet over the vault with the occipital
  bellies of occipitofrontalis set on the superior nuchal line (same area as back.py's head).
- intermediate: splenius capitis and cervicis, levator scapulae, serratus posterior superior,
  rhomboids, erector spinae (a column from the sacrum and iliac crest up the thorax, tendinous low
  down), serratus posterior inferior. The layer is a planar map, so where these muscles lie on top
  of each other (rhomboids over serratus posterior superior over splenius over erector) each one is
  shown where it is the shallowest of the group, sharing borders with its neighbours.
- deep: nuchal ligament, semispinalis capitis, suboccipital muscles, rotatores (thoracic),
  multifidus (a column beside the spines from the sacrum up), semispinalis thoracis, levatores
  costarum, quadratus lumborum.

Front view (viewer's left = figure's right):
- superficial: the galea redrawn as an aponeurotic sheet (as in the back view), temporal fascia over
  temporalis, platysma (lower face to the clavicle), the investing layer of the deep cervical
  fascia where the platysma leaves it bare (suprasternal gap, roof of the posterior triangle),
  risorius and levator labii superioris where back.py's superficial buccinator used to be.
- intermediate: temporalis, sternocleidomastoid (sternum/clavicle up behind the jaw angle to the mastoid
  behind the ear lobe), suprahyoid and infrahyoid muscles, pretracheal fascia between the strap
  muscles, prevertebral fascia as the floor of the posterior triangle.
- deep: scalenes, longus capitis, longus colli, buccinator, medial and lateral pterygoids.
"""

from __future__ import annotations

from ..engine import Drawing, Fibres, Part

PREFIX = "nb_"
REPLACES: dict[str, set[str]] = {
    "front": {"sternocleidomastoid", "infrahyoid_muscles", "scalenes", "buccinator", "temporalis",
              "epicranial_aponeurosis"},
    "back": {"epicranial_aponeurosis", "occipitofrontalis", "semispinalis_capitis",
             "suboccipital_muscles", "splenius_capitis", "levator_scapulae", "rhomboids",
             "multifidus", "erector_spinae", "quadratus_lumborum"},
    "lateral": set(),
}


def _helpers():
    from ..back import loop, split
    from ..front import curve, flow, ring
    return curve, flow, ring, split, loop


# ==================================================================================================
# FRONT
# ==================================================================================================
def front(d: Drawing) -> None:
    curve, flow, ring, split, loop = _helpers()
    P = d.pt

    # ---------------------------------------------------------------- shared cuts of older edges
    split(d, "jaw_masseter", 0.34, "nb_jm_a", "nb_jm_b", "nb_Q")        # SCM crosses the jaw here
    split(d, "masseter_anterior", 0.5, "nb_ma_a", "nb_ma_b", "nb_Rm")    # risorius / platysma
    split(d, "scm_post", 0.55, "nb_scmp_a", "nb_scmp_b", "nb_X")         # platysma crosses the SCM
    split(d, "clav_top_scal", 0.3, "nb_cts_a", "nb_cts_b", "nb_Pl")      # platysma on the clavicle
    split(d, "sternum_top_inner", 0.45, "nb_sti_a", "nb_sti_b", "nb_PTb")  # pretracheal / infrahyoid
    d.outline_point("jaw_upper@0.5")
    d.outline_edge("nb_ol_mast", "jaw_upper@0.5", "jaw_angle")

    # ---------------------------------------------------------------- sternocleidomastoid (whole)
    P("nb_Hy", 194.2, 138.6)      # the hyoid level on its anterior border
    P("nb_HyP", 208.4, 139.3)     # pretracheal fascia between the strap muscles
    P("nb_HyM", 210, 139.4)
    curve(d, ["nb_scm_ant_1", "nb_scm_ant_2", "nb_scm_ant_3"],
          "jaw_upper@0.5", (182.6, 119.6), "nb_Q", (189.8, 130.8), "nb_Hy", (198.2, 146.4), "scm_tend_ant",
          tail=(202.8, 156.5))
    scm_ant = ["nb_scm_ant_1", "nb_scm_ant_2", "nb_scm_ant_3"]
    d.structure(
        "sternocleidomastoid", "intermediate",
        parts=[
            Part("muscle", ["nb_ol_mast", "ol_scm", "scm_post", "-clav_top_scm", "scm_tend_lat", "scm_tend_top",
                            "-nb_scm_ant_3", "-nb_scm_ant_2", "-nb_scm_ant_1"]),
            Part("tendon", ring(d, "sternum_top_outer", "scm_tend_lat", "scm_tend_top", "scm_ant_t")),
        ],
        fibres=flow(d, "nb_scm_flow", scm_ant, ["nb_ol_mast", "ol_scm", "scm_post"], 6, sections=8,
                    t0=0.02, t1=0.97),
        details=[["nb_d_scm_heads"]],
    )
    d.edge("nb_d_scm_heads", "scm_tend_lat_top", (197.4, 149.4), (195.4, 145.6), (193.6, 141))

    # ---------------------------------------------------------------- suprahyoid, infrahyoid, pretracheal
    curve(d, ["nb_hy_a", "nb_hy_b"], "nb_Hy", (200.5, 139.2), "nb_HyP", "nb_HyM")
    d.line("nb_mid_sh", "chin", "nb_HyM")
    d.edge("nb_pt_l", "nb_HyP", (207.6, 146), (207.3, 153.5), "nb_PTb")
    d.edge("nb_f_sh_a", (192.5, 129.5), (200, 132.6), (208, 133.4))
    d.edge("nb_f_sh_b", (195.5, 137.6), (201, 138.4), (207.8, 138.6))
    d.structure(
        "suprahyoid_muscles", "intermediate",
        boundary=["nb_jm_b", "jaw_buccal", "jaw_mental", "nb_mid_sh", "-nb_hy_b", "-nb_hy_a", "-nb_scm_ant_2"],
        fibres=[Fibres("nb_f_sh_a", "nb_f_sh_b", 6, inset=0.05, trim=0.05)],
        details=[["nb_d_digastric"]],
    )
    d.edge("nb_d_digastric", (190.6, 130.6), (196, 134.4), (201.5, 134.8), (205.5, 132.6))   # anterior belly
    d.structure(
        "infrahyoid_muscles", "intermediate",
        boundary=["nb_hy_a", "nb_pt_l", "nb_sti_b", "-scm_ant_t", "-nb_scm_ant_3"],
        fibres=flow(d, "nb_ih_flow", ["nb_scm_ant_3"], ["nb_pt_l"], 5, sections=5, t0=0.03, t1=0.97, inset=0.12),
        details=[["nb_d_thyroid"]],
    )
    d.edge("nb_d_thyroid", (197.6, 143.6), (202.5, 144.6), (207.2, 146.4))   # thyroid cartilage edge
    d.structure(
        "pretracheal_fascia", "intermediate", tissue="fascia", paired=False,
        boundary=["nb_hy_b", "-~nb_hy_b", "~nb_pt_l", "-~nb_sti_a", "nb_sti_a", "-nb_pt_l"],
        details=[["nb_d_trachea_1"], ["nb_d_trachea_2"], ["nb_d_trachea_3"]],
    )
    for i, y in enumerate((150.5, 154.5, 158.2)):
        w = 2.2 + 0.4 * i
        d.edge(f"nb_d_trachea_{i + 1}", (210 - w, y), (210, y + 0.7), (210 + w, y))
    d.structure(
        "prevertebral_fascia", "intermediate", tissue="fascia",
        boundary=ring(d, "ol_scalenes", "trap_ant", "clav_top_scal", "scm_post"),
        details=[["nb_d_pvf"]],
    )
    d.edge("nb_d_pvf", (189.4, 142), (188.2, 150), (185.6, 157.6), (180.5, 162))

    # ---------------------------------------------------------------- superficial: platysma, fascia
    P("nb_D", 210, 136.2)           # below it the two platysmas part
    d.line("nb_mid_1", "chin", "nb_D")
    d.line("nb_mid_gap", "nb_D", "st_notch")
    d.edge("nb_plat_med", "nb_D", (207.8, 142.5), (204.6, 150.5), (201.4, 156.4), "scj_top")
    curve(d, ["nb_plat_lat_lo", "nb_plat_lat_up"], "nb_Pl", (185.8, 157.8), "nb_X", (192.6, 143.6), "nb_Hy",
          tail=(196, 137))
    d.edge("nb_ris_low", "nb_Rm", (190.6, 111.6), (192.6, 113.3), "modiolus_lower")
    plat = ["nb_jm_b", "-nb_ma_b", "nb_ris_low", "oris_lower_lateral", "mentalis_lateral", "jaw_mental",
            "nb_mid_1", "nb_plat_med", "clav_top_scm", "nb_cts_a", "nb_plat_lat_lo", "nb_plat_lat_up",
            "-nb_scm_ant_2"]
    d.edge("nb_f_plat_top", (187, 124.4), (192, 126.8), (198, 129.2), (204, 130.6))
    d.edge("nb_f_plat_bot", (184.2, 161.4), (189.5, 160.2), (194.5, 159.2), (198.8, 158.6))
    d.edge("nb_f_plat_face_a", (190.4, 114.5), (194, 116.4), (197.4, 118.6))
    d.edge("nb_f_plat_face_b", (188.6, 123.4), (192.2, 124.6), (196.2, 125.6))
    d.structure(
        "platysma", "superficial", tissue="muscle", boundary=plat,
        fibres=[Fibres("nb_f_plat_top", "nb_f_plat_bot", 9, inset=0.04, trim=0.03, bulge=-0.6),
                Fibres("nb_f_plat_face_a", "nb_f_plat_face_b", 4, inset=0.1, trim=0.05)],
    )
    d.structure(
        "investing_cervical_fascia", "superficial", tissue="fascia",
        parts=[Part("fascia", ["nb_plat_med", "-sternum_top_outer", "-sternum_top_inner", "-nb_mid_gap"]),
               Part("fascia", ["ol_scalenes", "trap_ant", "-nb_cts_b", "nb_plat_lat_lo", "-nb_scmp_a"])],
    )
    d.edge("nb_f_ris_a", (189.4, 104.8), (189.2, 108.6))
    d.edge("nb_f_ris_b", (193.6, 111.2), (194, 113.6))
    d.structure(
        "risorius", "superficial", boundary=["nb_ma_a", "nb_ris_low", "-zygomaticus_lateral"],
        fibres=[Fibres("nb_f_ris_a", "nb_f_ris_b", 3, inset=0.15, trim=0.05)],
    )
    d.structure(
        "levator_labii_superioris", "superficial",
        boundary=["oculi_buccal", "nose_lower", "oris_upper_lateral", "-zygomaticus_medial"],
        fibres=[Fibres("_infraorbital_top", "_infraorbital_bottom", 6)],
    )

    # ---------------------------------------------------------------- galea (as in the back view: an
    # aponeurotic sheet whose collagen runs from the crown down to the frontal bellies)
    d.edge("nb_f_galea_f_top", (182.6, 50.5), (192, 37.6), (210, 32.6), (228, 37.6), (237.4, 50.5))
    d.edge("nb_f_galea_f_low", (184.6, 55), (195, 49.2), (205.4, 52), (210, 60), (214.6, 52), (225, 49.2),
           (235.4, 55))
    d.structure("epicranial_aponeurosis", "superficial", tissue="aponeurosis", paired=False,
                boundary=["head_crown", "galea_temporal", "frontalis_top", "-~frontalis_top",
                          "-~galea_temporal", "-~head_crown"],
                fibres=[Fibres("nb_f_galea_f_top", "nb_f_galea_f_low", 15, inset=0.03, trim=0.08)])

    # ---------------------------------------------------------------- temple: fascia over temporalis
    temple = ["head_temporal", "zygomatic_arch", "temporal_line_lower", "temporal_line_upper", "-galea_temporal"]
    d.structure("temporal_fascia", "superficial", tissue="fascia", boundary=temple,
                details=[["nb_d_tf_split"]])
    d.edge("nb_d_tf_split", (177.4, 80.6), (179.6, 83.4), (182.4, 84.6))   # splits above the arch
    d.structure("temporalis", "intermediate", boundary=temple,
                fibres=[Fibres("_temporalis_origin", "_temporalis_insertion", 9, inset=0.03)])

    # ---------------------------------------------------------------- deep neck
    d.edge("nb_lcap_top", (203.2, 107.2), (205.2, 107.4), (206.8, 108.2))
    d.edge("nb_lcap_med", (206.8, 108.2), (205.4, 118), (203.8, 130), (202.1, 141), (199.6, 150.8))
    d.edge("nb_lcap_lat", (203.2, 107.2), (200.6, 116.5), (198.6, 128), (198.1, 139.5), (199.6, 150.8))
    d.structure(
        "longus_capitis", "deep", boundary=["nb_lcap_top", "nb_lcap_med", "-nb_lcap_lat"],
        fibres=flow(d, "nb_lcap_flow", ["nb_lcap_lat"], ["nb_lcap_med"], 3, sections=6, inset=0.2),
    )
    d.edge("nb_lcol_top", (208.2, 111.2), (208.9, 111.3), (209.5, 111.6))
    d.line("nb_lcol_med", (209.5, 111.6), (209.6, 171.6))
    d.edge("nb_lcol_lat", (208.2, 111.2), (206.9, 120), (205.4, 131), (204.2, 142.5), (204.5, 154), (206.4, 164),
           (209.6, 171.6))
    d.structure(
        "longus_colli", "deep", boundary=["nb_lcol_top", "nb_lcol_med", "-nb_lcol_lat"],
        fibres=flow(d, "nb_lcol_flow", ["nb_lcol_lat"], ["nb_lcol_med"], 3, sections=8, inset=0.2),
        details=[["nb_d_lcol"]],
    )
    d.edge("nb_d_lcol", (205.2, 136), (207.4, 141.5), (207.8, 150))
    d.edge("nb_sc_top", (195.2, 127.2), (196.4, 127.6), (197.3, 128.8))
    d.edge("nb_sc_med", (197.3, 128.8), (196.8, 140), (197.6, 150), (195.6, 159), (192.8, 165.6))
    d.edge("nb_sc_bot", (192.8, 165.6), (187.6, 165.2), (182.6, 162.8))
    d.edge("nb_sc_lat", (195.2, 127.2), (191.6, 135), (188.6, 145), (186.8, 153.5), (182.6, 162.8))
    d.edge("nb_d_scal", (196, 131.5), (192.6, 148), (188.6, 165.2))   # anterior | middle scalene
    d.structure(
        "scalenes", "deep", boundary=["nb_sc_top", "nb_sc_med", "nb_sc_bot", "-nb_sc_lat"],
        fibres=flow(d, "nb_sc_flow", ["nb_sc_lat"], ["nb_sc_med"], 5, sections=6, inset=0.08),
        details=[["nb_d_scal"]],
    )

    # ---------------------------------------------------------------- deep face
    d.edge("nb_bu_top", (190.8, 103.6), (192.8, 104.4), (195.2, 107.4), (197.4, 111.6))
    d.edge("nb_bu_bot", (190.6, 121.8), (193.4, 120.6), (195.8, 117.2), (197.4, 112.8))
    d.line("nb_bu_mod", (197.4, 111.6), (197.4, 112.8))
    d.edge("nb_bu_lat", (190.8, 103.6), (190.3, 112.6), (190.6, 121.8))
    d.edge("nb_f_bu_a", (190.9, 105.5), (191, 112.6), (191.2, 120.2))
    d.line("nb_f_bu_b", (196.6, 111.4), (196.6, 113))
    d.structure(
        "buccinator", "deep", boundary=["nb_bu_top", "nb_bu_mod", "-nb_bu_bot", "-nb_bu_lat"],
        fibres=[Fibres("nb_f_bu_a", "nb_f_bu_b", 7, inset=0.02, trim=0.04)],
    )
    d.edge("nb_mp_top", (187.6, 95.6), (189.9, 95.9), (192.2, 96.8))
    d.edge("nb_mp_med", (192.2, 96.8), (190.2, 104), (188.6, 113), (187.6, 122.6))
    d.edge("nb_mp_bot", (187.6, 122.6), (185.4, 122.4), (183.6, 121.4))
    d.edge("nb_mp_lat", (187.6, 95.6), (185.6, 104), (184, 113), (183.6, 121.4))
    d.structure(
        "medial_pterygoid", "deep", boundary=["nb_mp_top", "nb_mp_med", "nb_mp_bot", "-nb_mp_lat"],
        fibres=flow(d, "nb_mp_flow", ["nb_mp_lat"], ["nb_mp_med"], 4, sections=5, inset=0.15),
    )
    d.edge("nb_lp_top", (178.4, 87.4), (182, 86.6), (186.6, 87.6), (191.8, 89.6))
    d.edge("nb_lp_med", (191.8, 89.6), (192.4, 92), (191.8, 94.4))
    d.edge("nb_lp_bot", (191.8, 94.4), (186.4, 93.8), (182, 92.8), (178.8, 91.4))
    d.edge("nb_lp_lat", (178.8, 91.4), (178.1, 89.4), (178.4, 87.4))
    d.structure(
        "lateral_pterygoid", "deep", boundary=["nb_lp_top", "nb_lp_med", "nb_lp_bot", "nb_lp_lat"],
        fibres=[Fibres("nb_lp_lat", "-nb_lp_med", 3, inset=0.2, trim=0.04)],
        details=[["nb_d_lp"]],
    )
    d.edge("nb_d_lp", (181.5, 90.2), (186.5, 90.8), (191.2, 91.8))   # upper | lower head


# ==================================================================================================
# BACK
# ==================================================================================================
def back(d: Drawing) -> None:
    curve, flow, ring, split, loop = _helpers()
    _back_head(d, curve)
    _back_intermediate(d, curve, split)
    _back_deep(d, curve, loop)


def _back_head(d: Drawing, curve) -> None:
    """The galea over the vault, the occipital bellies on the superior nuchal line (superficial)."""
    # occipital belly: a flat quadrilateral sheet on the lateral two-thirds of the superior nuchal
    # line, its upper border passing into the galea
    d.edge("nb_occ_top", "Nom", (203.8, 108.4), (202.4, 104.6), (197, 103), (191, 103.6), (187, 106.2),
           (185.5, 111.4), "Nol")
    d.edge("nb_f_occ_base", (187.4, 116.6), (195, 113.4), (202.4, 111.8))
    d.edge("nb_f_occ_top", (186.2, 107.6), (190.8, 104.4), (197, 103.6), (202.6, 105.6))
    d.structure("occipitofrontalis", "superficial", boundary=["n2", "n3", "-nb_occ_top"],
                fibres=[Fibres("nb_f_occ_base", "nb_f_occ_top", 9, inset=0.05, trim=0.05)])
    # the galea's collagen runs from the crown down to the occipital bellies and, between them, to
    # the external occipital protuberance; over the sides it thins toward the temporoparietal fascia
    d.edge("nb_f_galea_crown", (180.5, 62), (188, 45), (199, 37), (210, 34.6), (221, 37), (232, 45),
           (239.5, 62))
    d.edge("nb_f_galea_low", (180, 96), (186.6, 101.6), (197, 100.4), (205.4, 106.4), (210, 109.4),
           (214.6, 106.4), (223, 100.4), (233.4, 101.6), (240, 96))
    d.edge("nb_d_galea_crown", (197, 39.5), (203.5, 37), (210, 36.4), (216.5, 37), (223, 39.5))
    d.structure("epicranial_aponeurosis", "superficial", tissue="aponeurosis", paired=False, boundary=[
        "head_side", "-n4", "-nb_occ_top", "-n1", "~n1", "~nb_occ_top", "~n4", "-~head_side"],
        fibres=[Fibres("nb_f_galea_crown", "nb_f_galea_low", 17, inset=0.03, trim=0.05)],
        details=[["nb_d_galea_crown"]])


def _back_intermediate(d: Drawing, curve, split) -> None:
    flow = _helpers()[1]
    P = d.pt
    # midline levels (spinous processes)
    P("nb_mC3", 210, 128)
    P("nb_mT3", 210, 190)
    P("nb_mT6", 210, 235)
    P("nb_EA2", 210, 318.2)
    P("nb_S4", 210, 400)
    d.line("nb_mid_c3t3", "nb_mC3", "nb_mT3")
    d.line("nb_mid_t3t6", "nb_mT3", "nb_mT6")
    d.line("nb_es_mid_b", "nb_EA2", "nb_mT6")
    d.line("nb_es_mid_a", "nb_S4", "nb_EA2")

    # levator scapulae's medial border (back.py's edges) cut where the splenii and the serratus
    # posterior superior meet it
    split(d, "lev_med_1", 0.38, "nb_lm1_a", "nb_lm1_b", "nb_SCVt")
    split(d, "lev_med_2", 0.3, "nb_lm2_a", "nb_lm2_b", "nb_LV2")
    split(d, "scap_med", 0.3, "nb_scap_a", "nb_scap_b", "nb_SP2")

    # -- levator scapulae: C1-C4 transverse processes -> superior angle of the scapula
    d.structure("levator_scapulae", "intermediate",
                boundary=["lev_lat", "scap_sup_med", "-lev_med_2", "-lev_med_1"],
                fibres=[Fibres("f_lev_top", "f_lev_bot", 4, inset=0.1, trim=0.04, bulge=-3.5)])

    # -- splenius capitis: ligamentum nuchae C3-C7 and spines C7-T3 -> mastoid / lateral nuchal line
    d.edge("nb_spc_med", "nb_mC3", (204.6, 123.6), (199.8, 118.6), "Ntr")
    d.edge("nb_spc_low", "nb_SCVt", (193.2, 146), (198.6, 160), (204.4, 175.5), "nb_mT3")
    d.line("nb_f_spc_org", (209.6, 133), (209.6, 186))
    d.edge("nb_f_spc_ins", (195.6, 116.2), (190.6, 118.2), (185.2, 121.6))
    d.structure("splenius_capitis", "intermediate",
                boundary=["n3", "n4", "-dk_neck_out", "nb_lm1_a", "nb_spc_low", "-nb_mid_c3t3", "nb_spc_med"],
                fibres=[Fibres("nb_f_spc_org", "nb_f_spc_ins", 9, inset=0.04, trim=0.04, bulge=0.8)])

    # -- splenius cervicis: spines T3-T6 -> transverse processes C1-C3 (under the levator)
    P("nb_SP1", 196.6, 192)
    curve(d, ["nb_spcv_low_a", "nb_spcv_low_b"], "nb_LV2", (192.6, 177.5), "nb_SP1", (202.2, 212.5),
          (206.8, 226.5), "nb_mT6")
    d.line("nb_f_spcv_org", (209.5, 195), (209.5, 230))
    d.edge("nb_f_spcv_ins", (190.6, 139), (191.2, 149), (189.6, 159))
    d.structure("splenius_cervicis", "intermediate",
                boundary=["nb_lm1_b", "nb_lm2_a", "nb_spcv_low_a", "nb_spcv_low_b", "-nb_mid_t3t6", "-nb_spc_low"],
                fibres=[Fibres("nb_f_spcv_org", "nb_f_spcv_ins", 6, inset=0.06, trim=0.05, bulge=0.5)])

    # -- serratus posterior superior: spines C7-T3 -> ribs 2-5 beyond their angles
    d.edge("nb_sps_low", "nb_SP1", (190.2, 200.2), "nb_SP2")
    d.edge("nb_d_sps_1", (193.6, 185), (187.6, 191.6), (184, 199))
    d.edge("nb_d_sps_2", (195.2, 189.2), (189.4, 197.4), (183.8, 205.4))
    d.structure("serratus_posterior_superior", "intermediate",
                boundary=["nb_spcv_low_a", "nb_sps_low", "-nb_scap_a", "-nb_lm2_b"],
                fibres=[Fibres("nb_spcv_low_a", "nb_scap_a", 6, inset=0.08, trim=0.05)],
                details=[["nb_d_sps_1"], ["nb_d_sps_2"]])

    # -- erector spinae: lateral border from the top of its thoracic part down to the iliac crest
    P("nb_EA1", 179.2, 343.4)
    P("nb_RH1", 191.6, 238)
    P("nb_SPa", 185.8, 266)
    P("nb_SPb", 181.8, 302)
    curve(d, ["nb_esl_1", "nb_esl_2", "nb_esl_3", "nb_esl_4", "nb_esl_5"],
          "nb_SP1", (195.2, 214), "nb_RH1", (188.4, 252), "nb_SPa", (183.4, 284), "nb_SPb", (180.4, 316),
          (179, 330), "nb_EA1", (181, 353.6), "ESbl", lead=(197, 180))
    # the sacral attachment (its aponeurosis over the multifidus) down to S4 on the median crest
    d.edge("nb_es_bot", "ESbl", (188.4, 377.6), (195.6, 390.6), (202.8, 397.6), "nb_S4")
    # the erector spinae aponeurosis: tendinous over the sacrum and the lower lumbar spine
    d.edge("nb_es_apo", "nb_EA1", (186.6, 339.4), (195.4, 330.6), (203, 322), (207.6, 318.7), "nb_EA2")

    d.edge("nb_rh_low", "IA_d", (184, 244.2), "nb_RH1")
    # -- rhomboids: spines C7-T5 -> medial border of the scapula (shown from the erector's border)
    d.structure("rhomboids", "intermediate",
                boundary=["nb_sps_low", "nb_scap_b", "nb_rh_low", "-nb_esl_1"],
                fibres=[Fibres("nb_esl_1", "nb_scap_b", 9, inset=0.05, trim=0.05)],
                details=[["nb_d_rh_split"]])
    d.edge("nb_d_rh_split", (196.1, 204), (190, 211), (182.9, 219.5))

    es_lat = ["nb_esl_1", "nb_esl_2", "nb_esl_3", "nb_esl_4"]
    d.edge("nb_d_es_ilio", (188.2, 339.8), (188.6, 315), (190.2, 286), (193, 257), (196.6, 226), (197.6, 203))
    d.edge("nb_d_es_spin", (205.2, 318.6), (205.6, 290), (205.6, 255), (205.6, 225))
    d.edge("nb_d_es_apo_1", (186.6, 357), (190.4, 347), (192.4, 338))
    d.edge("nb_d_es_apo_2", (193.4, 376), (198.4, 352), (201, 330))
    d.edge("nb_d_es_apo_3", (202.4, 390.6), (205.2, 360), (206.6, 324))
    d.structure("erector_spinae", "intermediate", parts=[
        Part("muscle", [*es_lat, "nb_es_apo", "nb_es_mid_b", "-nb_spcv_low_b"]),
        Part("aponeurosis", ["nb_esl_5", "nb_es_bot", "nb_es_mid_a", "-nb_es_apo"]),
    ], fibres=flow(d, "nb_es_flow", es_lat, ["-nb_es_mid_b"], 9, sections=9, t0=0.0, t1=1.0, inset=0.05),
        details=[["nb_d_es_ilio"], ["nb_d_es_spin"], ["nb_d_es_apo_1"], ["nb_d_es_apo_2"], ["nb_d_es_apo_3"]])

    # -- serratus posterior inferior: spines T11-L2 (by the thoracolumbar fascia) -> ribs 9-12
    d.edge("nb_spi_low", "nb_SPb", (175, 303.6), (169.4, 300.8), (166, 297.6))
    d.edge("nb_spi_lat", (166, 297.6), (164.6, 293), (165.6, 289), (164.2, 284.4), (165.2, 280.4),
           (163.8, 275.6), (164.8, 271.6), (163.6, 266.4))
    d.edge("nb_spi_top", (163.6, 266.4), (171, 264.2), (179.4, 264.6), "nb_SPa")
    d.edge("nb_d_spi_1", (184.6, 275.6), (175, 275.8), (165, 276.6))
    d.edge("nb_d_spi_2", (183.4, 284.6), (174.4, 285.6), (164.6, 286))
    d.edge("nb_d_spi_3", (182.4, 293.6), (173.8, 294.6), (165.2, 294.8))
    d.edge("nb_f_spi_m", "nb_SPa", (183.4, 284), "nb_SPb")
    d.edge("nb_f_spi_l", (164, 268.6), (164.6, 282), (165.4, 295.6))
    d.structure("serratus_posterior_inferior", "intermediate",
                boundary=["nb_esl_3", "nb_spi_low", "nb_spi_lat", "nb_spi_top"],
                fibres=[Fibres("nb_f_spi_m", "nb_f_spi_l", 10, inset=0.05, trim=0.05)],
                details=[["nb_d_spi_1"], ["nb_d_spi_2"], ["nb_d_spi_3"]])


def _back_deep(d: Drawing, curve, loop) -> None:
    P = d.pt
    # -- ligamentum nuchae: the midline septum from the external occipital protuberance to C7
    d.line("nb_nl_top", (208.2, 112.3), (211.8, 112.3))
    d.edge("nb_nl_l", (208.2, 112.3), (208.7, 128), (209.4, 143.5), (210, 151.5))
    P("nb_mC7", 210, 151.5)
    d.structure("nuchal_ligament", "deep", tissue="ligament", paired=False,
                boundary=["nb_nl_l", "-~nb_nl_l", "-nb_nl_top"], details=[["nb_d_nl"]])
    d.line("nb_d_nl", (210, 114), (210, 149))

    # -- semispinalis capitis: transverse processes C4-T6 -> occiput between the nuchal lines
    P("nb_SSl", 197.6, 115.2)
    P("nb_SSs", 196.8, 131)
    P("nb_SStip", 194.8, 192)
    P("nb_m163", 210, 163)
    P("nb_R0", 205.8, 169.4)
    P("nb_M0", 201, 178)
    d.edge("nb_ssc_top", (208.2, 112.3), (203, 113.4), "nb_SSl")
    curve(d, ["nb_ssc_lat_a", "nb_ssc_lat_b"], "nb_SSl", (196.9, 123), "nb_SSs", (196.5, 150), (195.8, 172),
          "nb_SStip")
    curve(d, ["nb_ssl_a", "nb_ssl_b", "nb_ssl_c"], "nb_m163", "nb_R0", "nb_M0", "nb_SStip")
    d.line("nb_mid_c7", "nb_mC7", "nb_m163")
    d.edge("nb_f_ssc_top", (207.6, 114.6), (203, 115.2), (198.6, 116.6))
    d.edge("nb_f_ssc_bot", (208.8, 160), (203.4, 168.6), (197.4, 182))
    d.structure("semispinalis_capitis", "deep",
                boundary=["nb_ssc_top", "nb_ssc_lat_a", "nb_ssc_lat_b", "-nb_ssl_c", "-nb_ssl_b", "-nb_ssl_a",
                          "-nb_mid_c7", "-nb_nl_l"],
                fibres=[Fibres("nb_f_ssc_top", "nb_f_ssc_bot", 6, inset=0.05, trim=0.03)],
                details=[["nb_d_ssc_int"]])
    d.edge("nb_d_ssc_int", (203.2, 128.6), (204.2, 131.4), (203, 134.4))   # its tendinous intersection

    # -- suboccipital muscles: between the occiput, atlas and axis, lateral to semispinalis capitis
    P("nb_SBl", 186.4, 119.6)
    P("nb_C1", 187.4, 128.4)
    d.edge("nb_sub_top", "nb_SSl", (192, 117), "nb_SBl")
    d.edge("nb_sub_lat", "nb_SBl", (185.6, 124), "nb_C1")
    d.edge("nb_sub_low", "nb_C1", (192, 130.8), "nb_SSs")
    d.edge("nb_d_sub_1", (196.4, 128.2), (193.2, 124.2), (190.4, 119.6))   # rectus capitis posterior major
    d.edge("nb_d_sub_2", (188.4, 126.6), (189.2, 122.6), (190.2, 118.6))   # obliquus capitis superior
    d.edge("nb_f_sub_a", (195.8, 129.6), (191.4, 129.6), (188.4, 127.6))
    d.edge("nb_f_sub_b", (196.4, 117.2), (192, 118.2), (188.2, 120.4))
    d.structure("suboccipital_muscles", "deep",
                boundary=["nb_sub_top", "nb_sub_lat", "nb_sub_low", "-nb_ssc_lat_a"],
                fibres=[Fibres("nb_f_sub_a", "nb_f_sub_b", 5, inset=0.08, trim=0.08)],
                details=[["nb_d_sub_1"], ["nb_d_sub_2"]])

    # -- rotatores: short slips in the thoracic laminar groove beside the spinous processes
    P("nb_R1", 205.8, 296.4)
    P("nb_mT12", 210, 300.4)
    d.edge("nb_rot_lat", "nb_R0", (205.5, 200), (205.5, 260), "nb_R1")
    d.line("nb_rot_low", "nb_R1", "nb_mT12")
    d.line("nb_mid_rot", "nb_mT12", "nb_m163")
    rot_fibres = []
    rot_details = []
    for k in range(11):
        y = 174 + 11.4 * k
        rot_fibres.append(Fibres((206.2, y + 7.6), (209.6, y + 3.2), 1, trim=0.02))
        rot_fibres.append(Fibres((206.2, y + 4.8), (209.6, y + 0.6), 1, trim=0.02))
        if k:
            d.line(f"nb_d_rot_{k}", (205.6, y - 0.6), (209.8, y - 1.8))
            rot_details.append([f"nb_d_rot_{k}"])
    d.structure("rotatores", "deep", boundary=["nb_ssl_a", "nb_rot_lat", "nb_rot_low", "nb_mid_rot"],
                fibres=rot_fibres, details=rot_details)

    # -- multifidus: the column beside the spines from the sacrum up the thorax
    P("nb_STb", 200.7, 282)
    curve(d, ["nb_mfl_a", "nb_mfl_b"], "nb_M0", (200.6, 205), (200.6, 250), "nb_STb", (200.2, 300), (199.2, 320),
          (196.6, 343), "ESbm", tail=(193.2, 384))
    d.line("nb_mid_mf", "MFb", "nb_mT12")
    d.edge("nb_f_mf_l", (200.4, 304), (198.6, 326), (195.8, 350), (194.6, 372), (197.4, 392), (202.6, 403))
    d.edge("nb_f_mf_m", (209.6, 296), (209.6, 320), (209.6, 344), (209.6, 366), (209.6, 386), (209.6, 398))
    d.line("nb_f_mft_l", (201.2, 192), (201.2, 292))
    d.line("nb_f_mft_m", (205.2, 183), (205.2, 284))
    d.structure("multifidus", "deep",
                boundary=["nb_ssl_b", "nb_mfl_a", "nb_mfl_b", "mf_lat_b", "nb_mid_mf", "-nb_rot_low", "-nb_rot_lat"],
                fibres=[Fibres("nb_f_mf_l", "nb_f_mf_m", 13, inset=0.02, trim=0.05, bulge=-0.4),
                        Fibres("nb_f_mft_l", "nb_f_mft_m", 10, inset=0.02, trim=0.06)])

    # -- semispinalis thoracis: transverse processes T6-T10 -> spines C6-T4
    d.edge("nb_st_lat", "nb_SStip", (194.4, 215), (194.6, 244), (196.4, 267), "nb_STb")
    d.line("nb_f_st_l", (195, 214), (196.6, 268))
    d.line("nb_f_st_m", (200.2, 190), (200.2, 252))
    d.structure("semispinalis_thoracis", "deep", boundary=["nb_ssl_c", "nb_st_lat", "-nb_mfl_a"],
                fibres=[Fibres("nb_f_st_l", "nb_f_st_m", 7, inset=0.04, trim=0.06)])

    # -- levatores costarum: from each transverse process (C7-T11) to the rib below
    parts = []
    lc_fibres = []
    for k in range(11):
        y = 165 + 12.2 * k
        ax, ay = 193.2, y
        lx = 189.8 if 5 <= k <= 7 else 188.6   # stay under the erector where it is narrow
        loop(d, f"nb_lc_{k}", (ax, ay), (lx + 2, ay + 4.4), (lx, ay + 8.2), (lx + 0.4, ay + 10.2),
             (191.6, ay + 10.2), (193, ay + 5.2))
        d.line(f"nb_f_lc_{k}", (189.4, ay + 9.6), (191.4, ay + 9.8))
        parts.append(Part("muscle", [f"nb_lc_{k}"]))
        lc_fibres.append(Fibres((192.8, ay + 1.2), f"nb_f_lc_{k}", 3, inset=0.1, trim=0.08))
    d.structure("levatores_costarum", "deep", parts=parts, fibres=lc_fibres)

    # -- quadratus lumborum: 12th rib and L1-L4 transverse processes -> iliolumbar ligament, crest
    P("nb_QLmt", 193, 301.6)
    P("nb_QLmb", 192.2, 352)
    d.edge("nb_ql_crest", "QLbl", (170, 339.6), "QLm2", (186.4, 349.2), "nb_QLmb")
    d.edge("nb_ql_med", "nb_QLmb", (193.4, 336), (193.8, 318), "nb_QLmt")
    d.edge("nb_ql_top", "nb_QLmt", (180, 302.4), "QLtl")
    d.edge("nb_f_ql_top", (190.6, 303.2), (178, 303.6), (167.4, 307.4))
    d.edge("nb_f_ql_bot", (189.6, 350), (177, 343.6), (164.4, 338.6))
    d.structure("quadratus_lumborum", "deep", boundary=["ql_lat", "nb_ql_crest", "nb_ql_med", "nb_ql_top"],
                fibres=[Fibres("nb_f_ql_bot", "nb_f_ql_top", 8, inset=0.05, trim=0.04)],
                details=[["nb_d_ql_tp"]])
    d.edge("nb_d_ql_tp", (192.6, 314), (185, 318.6), (179.6, 322))   # iliocostal fibres to the TPs


def lateral(d: Drawing) -> None:
    pass
