"""The shared landmark table and body outline for both views (eight-head canon, anatomical position).

One head is 100 units; the vertex is at y=30 and the soles at about y=836, the midline at x=210.
Levels from the vertex (shared/ART.md): chin 1 head, nipples 2, navel 3, crotch 4, mid-thigh 5,
knee joint ~5.75, mid-calf 6.75, sole 8. Coordinates here are the viewer's left half; the other half
is mirrored. Arms hang slightly abducted so the hands clear the thighs, palms forward (thumb lateral).
"""

from __future__ import annotations

from .engine import Drawing

# Levels used by both views (y in units).
LEVELS = {
    "vertex": 30, "eyes": 80, "chin": 130, "c7": 150, "sternal_notch": 160, "acromion": 174,
    "nipples": 230, "xiphoid": 258, "elbow": 298, "navel": 330, "iliac_crest": 342, "asis": 372,
    "wrist": 414, "crotch": 432, "gluteal_fold": 448, "fingertips": 508, "mid_thigh": 530,
    "knee": 605, "mid_calf": 705, "malleolus": 800, "sole": 836,
}

_HEAD_ARM_TRUNK = [
    ("vertex", 210, 30), ("skull_a", 193, 33), ("skull_b", 181, 44), ("skull_c", 176, 60),
    ("temple", 175.5, 78), ("cheekbone", 177.5, 96), ("jaw_upper", 179.5, 109), ("jaw_angle", 183, 121),
    "corner",
    ("neck_top", 188, 134), ("neck_mid", 187.5, 147), ("neck_base", 184, 157),
    ("trap_a", 171, 163), ("trap_b", 151, 168), ("acromion", 127, 173),
    ("deltoid_top", 116, 180), ("deltoid_out", 108.5, 197), ("deltoid_low", 106, 218),
    ("arm_lat_a", 104.5, 242), ("arm_lat_b", 102.5, 270), ("elbow_lat", 100, 298),
    ("forearm_lat_a", 95, 320), ("forearm_lat_b", 92, 350), ("forearm_lat_c", 91, 385),
    # the hand, palm forward: the thumb turned to the side (its tip at the level of the index root),
    # the four fingers apart, each round-tipped, with a sharp cleft at every web
    ("wrist_lat", 92.5, 412), ("thumb_base", 87.5, 425), ("thumb_mid", 83, 440), ("thumb_tip", 82.4, 455.5),
    ("thumb_round", 85.3, 465.4), ("thumb_in", 88.9, 462.6), ("thumb_in_b", 90.4, 455.5),
    ("thumb_web", 91.8, 450),
    "corner",
    ("index_lat", 92.6, 471), ("index_lat_b", 92.7, 484), ("index_pad", 93.3, 494.6), ("index_tip", 95.3, 499.4),
    ("index_med", 97.8, 496.3), ("index_med_b", 98.7, 486), ("cleft_1", 99.3, 476.2),
    "corner",
    ("middle_lat", 99.9, 489), ("middle_pad", 100.5, 502.5), ("middle_tip", 103.2, 508.8),
    ("middle_med", 106, 503.8), ("middle_med_b", 106.9, 490), ("cleft_2", 107.2, 475.6),
    "corner",
    ("ring_lat", 107.8, 488), ("ring_pad", 108.6, 499.6), ("ring_tip", 111.4, 504.6), ("ring_med", 114, 500.2),
    ("ring_med_b", 114.4, 488), ("cleft_3", 114.6, 475.2),
    "corner",
    ("little_lat", 115.2, 484), ("little_pad", 115.9, 492.6), ("little_tip", 118.3, 496.9),
    ("little_med", 120.6, 492.4), ("little_side", 121.2, 478), ("hypothenar", 122.5, 450),
    ("wrist_med", 119.5, 415), ("forearm_med_a", 121.5, 385), ("forearm_med_b", 125.5, 346),
    ("forearm_med_c", 128.5, 318), ("elbow_med", 131, 298), ("arm_med_a", 134, 265),
    ("arm_med_b", 138, 236), ("axilla", 144, 213),
    "corner",
    ("chest_side", 148, 233), ("ribs_side", 150.5, 263), ("waist", 153, 300), ("iliac", 150, 340),
    ("hip_a", 143, 375), ("trochanter", 137.5, 410), ("thigh_lat_a", 136.5, 440),
    ("thigh_lat_b", 137, 492), ("thigh_lat_c", 142.5, 548), ("knee_lat", 152.5, 595),
    ("knee_low", 154, 620), ("calf_lat", 148.5, 660), ("calf_lat_b", 151.5, 700),
    ("leg_lat", 157, 745), ("ankle_lat", 162.4, 787),
]

_FOOT_FRONT = [
    # the lateral malleolus bulges lower than the medial; the toes seen end-on, each round, a sharp
    # cleft at every web (5th toe smallest, the great toe broadest)
    ("malleolus_lat", 159.8, 801), ("lf_ml_low", 160.2, 809), ("foot_lat", 156.6, 818),
    ("toe5", 157.2, 829.5), ("lf_t5", 159.4, 834.2), ("lf_t5b", 161.6, 833.4), ("lf_c45", 162.6, 831.4),
    "corner",
    ("lf_t4a", 163.4, 834.4), ("lf_t4", 165.8, 836.4), ("lf_t4b", 168.2, 835.4), ("lf_c34", 169, 832.6),
    "corner",
    ("lf_t3a", 169.8, 835.8), ("toes_front", 172.4, 837.8), ("lf_t3b", 175, 836.6), ("lf_c23", 175.8, 833.4),
    "corner",
    ("lf_t2a", 176.6, 836.8), ("lf_t2", 179.4, 838.6), ("lf_t2b", 182.2, 837.2), ("lf_c12", 183, 833.6),
    "corner",
    ("lf_t1a", 184.2, 837.4), ("toe1", 189, 839), ("lf_t1b", 193.2, 836), ("foot_med", 195.8, 824),
    ("lf_mm_low", 194.6, 809.5), ("malleolus_med", 196, 797.5),
]
_FOOT_BACK = [
    ("malleolus_lat", 161, 802), ("heel_lat", 163, 816), ("heel_low", 169, 830),
    ("heel_bottom", 180, 835), ("heel_med", 189.5, 829), ("malleolus_med", 194, 805),
]

_LEG_INNER = [
    # the medial calf: the larger, lower bulge of the medial gastrocnemius head, then the leg tapers
    # to the slim ankle above the medial malleolus
    ("ankle_med", 192.2, 784), ("leg_med", 192, 745), ("calf_med", 194.2, 680),
    ("calf_med_b", 192.6, 644), ("knee_med_low", 190, 620), ("knee_med", 190.5, 595),
    ("thigh_med_a", 195, 556), ("thigh_med_b", 199.5, 484), ("thigh_med_c", 203.5, 446),
    ("crotch", 210, 432),
]


def add_outline(d: Drawing) -> None:
    """Declare the outline points (names above) and the silhouette on a drawing."""
    feet = _FOOT_FRONT if d.view == "front" else _FOOT_BACK
    d.outline([*_HEAD_ARM_TRUNK, *feet, "corner", *_LEG_INNER])
    d.silhouette_from_outline()


def add_jawline(d: Drawing) -> str:
    """The lower border of the mandible seen from the front, from the jaw angle to the chin midpoint.

    Shared by the face (above it) and the neck (below it) in the front view. Returns the edge name.
    """
    d.pt("chin", 210, 131)
    return d.edge("jawline", "jaw_angle", (189.5, 126.5), (199, 130), "chin")
