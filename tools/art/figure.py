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
    ("wrist_lat", 92.5, 412), ("thumb_base", 87.5, 425), ("thumb_mid", 83, 440), ("thumb_tip", 84, 456), ("thumb_round", 87.5, 461),
    "corner",
    ("thumb_web", 91.5, 452),
    "corner",
    ("index_lat", 92.5, 471), ("index_tip", 95, 497), ("middle_tip", 103, 508), ("ring_tip", 111, 504),
    ("little_tip", 117.5, 494), ("little_side", 121, 476), ("hypothenar", 122.5, 450),
    ("wrist_med", 119.5, 415), ("forearm_med_a", 121.5, 385), ("forearm_med_b", 125.5, 346),
    ("forearm_med_c", 128.5, 318), ("elbow_med", 131, 298), ("arm_med_a", 134, 265),
    ("arm_med_b", 138, 236), ("axilla", 144, 213),
    "corner",
    ("chest_side", 148, 233), ("ribs_side", 150.5, 263), ("waist", 153, 300), ("iliac", 150, 340),
    ("hip_a", 143, 375), ("trochanter", 137.5, 410), ("thigh_lat_a", 136.5, 440),
    ("thigh_lat_b", 139, 490), ("thigh_lat_c", 145, 545), ("knee_lat", 152.5, 595),
    ("knee_low", 154, 620), ("calf_lat", 148.5, 660), ("calf_lat_b", 151.5, 700),
    ("leg_lat", 157, 745), ("ankle_lat", 162, 788),
]

_FOOT_FRONT = [
    ("malleolus_lat", 160.5, 802), ("foot_lat", 156.5, 818), ("toe5", 157.5, 831),
    ("toes_front", 171, 838), ("toe1", 190, 837), ("foot_med", 196, 823), ("malleolus_med", 194.5, 801),
]
_FOOT_BACK = [
    ("malleolus_lat", 161, 802), ("heel_lat", 163, 816), ("heel_low", 169, 830),
    ("heel_bottom", 180, 835), ("heel_med", 189.5, 829), ("malleolus_med", 194, 805),
]

_LEG_INNER = [
    ("ankle_med", 193, 785), ("leg_med", 191.5, 745), ("calf_med", 186.5, 670),
    ("calf_med_b", 189, 640), ("knee_med_low", 190, 620), ("knee_med", 190.5, 595),
    ("thigh_med_a", 193.5, 545), ("thigh_med_b", 198, 482), ("thigh_med_c", 203.5, 446),
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
