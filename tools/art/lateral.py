"""The lateral view of FasciaMap's body: the figure's RIGHT side seen from the right, facing the
viewer's right (anterior = +x). The app mirrors the whole view for the left side, so paired structures
are drawn once with an explicit ``.right`` id and ``paired=False``; midline structures keep their id.

Pose: anatomical standing posture with the natural spinal curves; the right arm is raised forward to
just above horizontal (shoulder flexed ~100 degrees, elbow slightly bent, palm medial, thumb up), so
the side of the trunk (serratus digitations, latissimus, external oblique) and the hip stay in view
and the whole arm still fits the 420-unit canvas.

Heights follow figure.py's eight-head canon (vertex 30, chin 130, nipples 230, navel 330, crotch 432,
knee 605, malleoli 800, sole 836). The plumb line (ear, acromion, greater trochanter, just in front of
the knee axis and the lateral malleolus) is ``x = PLUMB``.

The landmark table below (``LANDMARKS``) gives the bony landmarks in this view's coordinates, for the
skeleton module (``tools/art/layers/skeleton.py``, ``lateral(d)``): every name is also registered as a
point ``lm_<name>`` on the drawing.
"""

from __future__ import annotations

import math

from . import layers
from .engine import Drawing

PLUMB = 88.0

# -- bony landmarks (x, y) in the lateral view -------------------------------------------------------
LANDMARKS = {
    "vertex": (92, 30),
    "external_acoustic_meatus": (88, 95),
    "mastoid_process": (84, 112),        # tip, behind and below the ear
    "inion": (55, 109),                   # external occipital protuberance
    "superior_nuchal_line": (60, 106),    # its lateral course runs to the mastoid
    "zygomatic_arch": (110, 97),          # middle of the arch (98 at its lower border)
    "mandible_angle": (98, 128),
    "mandible_condyle": (97, 97),
    "chin": (139, 129),
    "c7_spinous": (60, 156),              # vertebra prominens
    "sternal_notch": (114, 164),          # hidden behind the raised arm
    "acromion": (90, 172),                # lateral tip; the humeral head lies just below it
    "humeral_head": (96, 186),
    "glenohumeral_centre": (96, 188),
    "lateral_epicondyle": (214.8, 164.8),
    "olecranon": (220.8, 173.8),
    "radial_styloid": (316.5, 114.2),
    "ulnar_styloid": (322.2, 128.1),
    "inferior_angle_scapula": (70, 250),  # T7; with the arm raised it swings forward/laterally
    "rib_levels": {"rib2": 178, "rib4": 212, "rib6": 244, "rib8": 270, "rib10": 292, "rib12": 305},
    "costal_margin_lowest": (112, 300),   # 10th costal cartilage, lateral
    "iliac_crest_top": (84, 342),         # highest point of the crest, L4 level
    "iliac_tubercle": (104, 350),
    "anterior_superior_iliac_spine": (124, 372),
    "posterior_superior_iliac_spine": (58, 362),
    "sacrum_apex": (44, 412),
    "coccyx": (46, 424),
    "greater_trochanter": (88, 410),
    "ischial_tuberosity": (62, 440),
    "lateral_femoral_epicondyle": (88, 600),
    "patella": (117, 596),
    "tibial_tuberosity": (114, 630),
    "gerdys_tubercle": (103, 624),        # ITB insertion on the lateral tibial condyle
    "fibular_head": (80, 626),
    "lateral_malleolus": (82, 800),
    "calcaneus_posterior": (63, 815),
    "fifth_metatarsal_tuberosity": (120, 826),
}
LEVELS = {"vertex": 30, "chin": 130, "nipples": 230, "navel": 330, "crotch": 432, "knee": 605,
          "malleolus": 800, "sole": 836}


def _frame(origin, angle_deg):
    """A local frame: u along the limb (angle above horizontal, to the right), v upwards."""
    a = math.radians(angle_deg)
    ux, uy = math.cos(a), -math.sin(a)
    vx, vy = -math.sin(a), -math.cos(a)

    def to(u, v):
        return (round(origin[0] + u * ux + v * vx, 2), round(origin[1] + u * uy + v * vy, 2))

    return to


G = LANDMARKS["glenohumeral_centre"]
ARM = _frame(G, 12)
ELBOW = ARM(122, 0)
FORE = _frame(ELBOW, 22)
WRIST = FORE(114, 0)
HAND = _frame(WRIST, 18)


def _outline_chain():
    """The silhouette, clockwise from the vertex: face, neck front, the raised arm (top, hand,
    underside), chest, abdomen, thigh, shin, foot, heel, calf, thigh, buttock, back, nape, occiput."""
    A, F, H = ARM, FORE, HAND
    return [
        ("neck_base_front", 115.5, 161),
        # upper arm, top (anterior surface faces up with the arm raised)
        ("delt_top", *A(32, 23)), ("delt_front", *A(48, 21.5)), ("arm_top_a", *A(68, 18.4)), ("arm_top_b", *A(90, 16.2)),
        ("arm_top_c", *A(108, 14.4)), ("elbow_top", *A(123, 13.4)),
        # forearm, radial side up
        ("fore_top_a", *F(16, 16.6)), ("fore_top_b", *F(36, 16.5)), ("fore_top_c", *F(62, 13.2)),
        ("fore_top_d", *F(88, 10.8)), ("wrist_top", *H(0, 9.8)),
        # hand, dorsum seen, thumb on top alongside the index
        ("thumb_base", *H(10, 12.4)), ("thumb_mid", *H(22, 14.6)), ("thumb_mcp", *H(31, 14.6)),
        ("thumb_ip", *H(40.5, 12.8)), ("thumb_tip", *H(46.6, 10.9)), ("thumb_end", *H(47.9, 8.7)),
        ("thumb_under", *H(43.5, 7.2)),
        ("thumb_web", *H(36, 6.3)), "corner", ("index_mcp", *H(49, 8.6)), ("index_pip", *H(63, 8.4)),
        ("index_dip", *H(74, 7)), ("index_tip", *H(83, 3.4)), ("fing_v1", *H(85.2, 0)), ("middle_tip", *H(88, -3)),
        ("fing_v2", *H(86, -7.2)), ("ring_tip", *H(85.5, -10)), ("fing_v3", *H(82, -13.6)),
        ("little_tip", *H(78, -15.8)), ("little_side", *H(65, -19)), ("little_mcp", *H(50, -22.5)),
        ("hypothenar", *H(31, -23.2)), ("hand_heel", *H(13, -17.5)), ("wrist_bot", *H(0, -10.2)),
        # forearm, ulnar side down
        ("fore_bot_d", *F(86, -11.8)), ("fore_bot_c", *F(58, -14.8)), ("fore_bot_b", *F(30, -16.6)),
        ("fore_bot_a", *F(10, -16.2)), ("olecranon_skin", *A(124, -15.2)),
        # upper arm, underside (triceps), back to the front of the chest
        ("arm_bot_c", *A(104, -16.2)), ("arm_bot_b", *A(82, -18.6)), ("arm_bot_a", *A(60, -19.8)),
        ("axilla_front", 141, 198.5),
        "corner",
        ("pec_front", 145.5, 212), ("nipple_front", 147.5, 230), ("chest_low", 145, 249), ("costal_front", 140.5, 268),
        ("epigastric", 137.5, 290), ("waist_front", 137.5, 311), ("navel_front", 139.5, 330), ("belly_low", 139.5, 352),
        ("hypogastric", 136.5, 376), ("pubic_front", 131, 400), ("groin", 128, 418),
        ("thigh_front_a", 132.5, 447), ("thigh_front_b", 135.5, 482), ("thigh_front_c", 133.5, 523),
        ("thigh_front_d", 127.5, 560), ("suprapatellar", 122, 584), ("patella_front", 121.5, 600),
        ("pat_lig", 116.5, 619), ("tib_tub", 117, 633), ("shin_a", 112.5, 662), ("shin_b", 108.5, 702),
        ("shin_c", 106.5, 742), ("ankle_front", 108, 781), ("ankle_crease", 113, 795),
        ("dorsum_a", 126, 803.5), ("dorsum_b", 146, 812.5), ("dorsum_c", 164, 820.5), ("toe_top", 176, 826),
        ("toe_tip", 182.5, 832.5), "corner", ("toe_pad", 178, 836), ("ball", 158, 836.6), ("sole_mid", 110, 836.6),
        ("heel_pad", 76, 836), "corner", ("heel_low", 64.5, 831), ("heel_back", 60.5, 815), ("heel_top", 64, 800),
        ("achilles", 70, 776), ("achilles_b", 67, 750), ("calf_low", 60.5, 722), ("calf_a", 53.5, 690),
        ("calf_max", 50.5, 662), ("calf_top", 54, 632), ("popliteal", 61, 603),
        ("thigh_back_d", 58, 572), ("thigh_back_c", 54.5, 530), ("thigh_back_b", 50.5, 485),
        ("gluteal_fold", 45.5, 452), "corner", ("buttock_low", 38, 440), ("buttock_max", 34.5, 418),
        ("buttock_high", 38, 392), ("sacral", 46, 368), ("lumbar_low", 54, 350), ("lumbar", 58, 325),
        ("loin", 56, 298), ("back_low", 50.5, 270), ("back_mid", 45, 240), ("back_high", 45.5, 210),
        ("scap_back", 50.5, 182), ("c7_back", 58, 159), ("neck_back", 64.5, 140), ("nape", 64, 124),
        ("inion_skin", 56.5, 110), ("occiput_low", 49.5, 95), ("occiput", 46.5, 76), ("occiput_high", 51, 56),
        ("crown_back", 66, 38), ("vertex", 92, 30), ("crown_a", 112, 32.5), ("crown_b", 127, 40.5),
        ("forehead", 136, 54), ("brow", 140, 70), "corner", ("nasion", 138, 78.5), ("nose_a", 142.5, 88),
        ("nose_tip", 147.5, 97.5), ("nose_low", 146, 101.5), "corner", ("subnasale", 141, 104), "corner",
        ("lip_up", 143.5, 109.5), ("stomion", 141, 113.5), ("lip_low", 142.5, 117.5), "corner", ("labiomental", 138, 122),
        ("chin_front", 140.5, 127), ("menton", 136, 133), ("submental", 125, 137), ("throat", 114.5, 142.5),
        ("neck_front", 112.5, 151), ("neck_base_end", 115.5, 161),
    ]


def add_outline(d: Drawing) -> None:
    d.outline(_outline_chain())
    d.outline_edge("_outline", "neck_base_front", "neck_base_end")
    d.silhouette(["_outline"])
    for name, p in LANDMARKS.items():
        if isinstance(p, tuple):
            d.pt(f"lm_{name}", *p)


def build() -> Drawing:
    d = Drawing("lateral", "FasciaMap — lateral view (right side)")
    layers.prepare(d)
    add_outline(d)
    from .lateral_deep import draw_deep
    from .lateral_surface import draw_surface

    draw_surface(d)
    draw_deep(d)
    layers.draw(d)
    # From the side, the sternocleidomastoid and the rectus lie within their sheets at the surface
    # (the investing layer of the deep cervical fascia; the rectus sheath), and the deep calf's
    # tibialis posterior and flexor hallucis longus are hidden behind the fibula.
    d.recast("sternocleidomastoid.right", "investing_cervical_fascia.right", "fascia")
    d.recast("rectus_abdominis.right", "rectus_sheath.right", "aponeurosis")
    d.drop("tibialis_posterior.right", "flexor_hallucis_longus.right")
    d.move_to_layer(DEPTH_AS_IN_FRONT_AND_BACK)
    return d


# Structures whose depth the front and back views settle (their region modules drew them there);
# the side view's surface shows them through windows at the same depth.
DEPTH_AS_IN_FRONT_AND_BACK = {
    "temporalis": "intermediate", "sternocleidomastoid": "intermediate", "rectus_abdominis": "intermediate",
    "brachialis": "intermediate", "abductor_digiti_minimi_foot": "intermediate",
    "buccinator": "deep", "scalenes": "deep", "fibularis_brevis": "deep", "interossei_hand": "deep",
    "spine_of_scapula": "skeleton", "olecranon": "skeleton", "patella": "skeleton", "calcaneus": "skeleton",
}
