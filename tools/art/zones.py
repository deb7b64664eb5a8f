"""The body-surface pain-zone map for trigger-point referral patterns (issue 8), a separate artwork.

    python -m tools.art.zones            # writes assets/svg/zones-front.svg, zones-back.svg, zones-lateral.svg
    python -m tools.art.zones --check    # every table zone drawn somewhere, no overlaps, inside the outline
    python -m tools.art.zones --preview /tmp/zones   # zones over the body art, one PNG per view

The zone ids are those of data/drafts/referrals/BRIEF.md ("The pain-zone table"). Each zone is a rough
shape placed by landmarks of the body SVGs (same coordinates: one head = 100, vertex y=30, midline
x=210), clipped to the `#body-outline` of its view (the back view's soles to the inset's soles) and
to whatever zones came before it in the table below, so zones of one view never overlap. Paired zones
are drawn on the viewer's left half and mirrored (front: the figure's right, back: the figure's left,
lateral: the right side only, which the app mirrors). Midline zones (m) are drawn whole and symmetric.
The shapes are rough on purpose: the outline and the neighbouring zones give the final edges.
"""

from __future__ import annotations

import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from .check import area

ROOT = Path(__file__).resolve().parents[2]
SVG_DIR = ROOT / "assets" / "svg"
SVG_NS = "http://www.w3.org/2000/svg"
MID = 210.0
INSET_MID = 365.0  # the back view's soles inset: the two soles mirror about x=365

# The pain-zone table of the brief; (m) = midline.
TABLE = {
    "head_neck": "forehead temple eyebrow_orbit cheek jaw teeth_upper teeth_lower ear vertex(m) occiput "
                 "back_of_neck side_of_neck throat_front(m)",
    "shoulder_arm": "top_of_shoulder front_of_shoulder side_of_shoulder back_of_shoulder upper_arm_front "
                    "upper_arm_back upper_arm_outer upper_arm_inner lateral_elbow medial_elbow back_of_elbow "
                    "forearm_back forearm_front wrist_back wrist_front hand_back palm thumb index_finger "
                    "middle_fingers little_finger",
    "trunk": "upper_chest breast sternum(m) upper_abdomen lower_abdomen groin flank between_shoulder_blades "
             "shoulder_blade mid_back low_back sacroiliac_region sacrum(m) coccyx(m) buttock",
    "hip_leg": "lateral_hip front_of_thigh inner_thigh outer_thigh back_of_thigh front_of_knee inner_knee "
               "outer_knee back_of_knee shin outer_leg calf ankle_front ankle_inner ankle_outer heel sole "
               "arch top_of_foot big_toe lesser_toes",
}
ZONES = [z.replace("(m)", "") for group in TABLE.values() for z in group.split()]
MIDLINE = {z.replace("(m)", "") for group in TABLE.values() for z in group.split() if z.endswith("(m)")}

# ---------------------------------------------------------------------------------------------------
# Shapes: rough polygons ("P", points), ellipses ("E", cx, cy, rx, ry) and boxes ("B", x0, y0, x1, y1).
# Each view is a list of (zone, shape[, where]); earlier entries win where shapes overlap. `where` is
# "inset" for the back view's soles (clipped to the inset's soles, mirrored about x=365).
# Points are on the viewer's left half (x <= 210); midline zones are mirrored into a whole.


def P(*pts):
    return ("P", pts)


def E(cx, cy, rx, ry):
    return ("E", cx, cy, rx, ry)


def B(x0, y0, x1, y1):
    return ("B", x0, y0, x1, y1)



# The hand (shared outline of front and back: palm forward, thumb lateral at x~82; figure.py).
_HAND_DIGITS = [
    ("thumb", P((75, 428), (92, 428), (93.5, 446), (92, 452), (91.5, 470), (75, 470))),
    ("index_finger", P((91.5, 471.5), (99.3, 476.5), (99.6, 505), (88, 505))),
    ("middle_fingers", P((99.3, 476.5), (107.2, 475.8), (114.6, 475.4), (115, 512), (99.6, 512))),
    ("little_finger", P((114.6, 475.4), (122, 472), (129, 472), (129, 505), (115, 505))),
]

FRONT = [
    # head and face
    ("vertex", P((180, 25), (210, 25), (210, 41), (186, 43), (180, 45))),
    ("eyebrow_orbit", E(195, 80.5, 11, 11.5)),
    ("forehead", P((186, 42), (210, 41), (210, 73), (183, 73), (181, 60))),
    ("temple", P((170, 40), (186, 42), (181, 60), (183, 73), (184, 92), (178, 100), (170, 100))),
    ("teeth_upper", P((194, 103.5), (210, 103.5), (210, 113), (194, 113))),
    ("teeth_lower", P((194, 113), (210, 113), (210, 122), (195, 122))),
    ("cheek", P((176, 86), (186, 90), (192, 92.5), (200, 92), (202, 98), (194, 103.5), (194, 113), (186, 114),
                (180, 104), (176, 98))),
    ("jaw", P((170, 100), (180, 104), (186, 114), (194, 113), (195, 122), (210, 122), (210, 131.5),
              (199, 130.5), (189.5, 127), (183, 121.5), (170, 118))),
    # neck
    ("throat_front", P((198, 131), (210, 132), (210, 161), (201, 161), (197, 150))),
    ("side_of_neck", P((170, 118), (183, 121.5), (189.5, 127), (198, 131), (197, 150), (201, 161),
                       (186, 161), (182, 157), (170, 150))),
    # shoulder and chest
    ("top_of_shoulder", P((182, 157), (186, 161), (174, 164), (152, 169), (134, 175), (124, 176),
                          (120, 168), (150, 160), (170, 152))),
    ("sternum", P((201, 161), (210, 161), (210, 264), (203, 262), (201, 230))),
    ("side_of_shoulder", P((95, 172), (124, 176), (120, 190), (117, 212), (113, 234), (95, 234))),
    ("front_of_shoulder", P((124, 176), (134, 175), (142, 180), (145, 195), (146, 212), (143, 228),
                            (137, 236), (113, 234), (117, 212), (120, 190))),
    ("upper_chest", P((134, 175), (152, 169), (174, 164), (186, 161), (201, 161), (201, 203), (175, 200),
                      (156, 204), (146, 212), (145, 195), (142, 180))),
    ("breast", P((146, 212), (156, 204), (175, 200), (201, 203), (201, 230), (203, 262), (185, 257),
                 (165, 255), (150, 252))),
    ("upper_abdomen", P((150, 252), (165, 255), (185, 257), (203, 262), (210, 264), (210, 330), (150, 330))),
    ("lower_abdomen", P((150, 330), (210, 330), (210, 414), (200, 414), (180, 398), (158, 376), (150, 368))),
    ("flank", P((140, 250), (150, 252), (150, 330), (150, 368), (140, 368))),
    ("groin", P((158, 376), (180, 398), (200, 414), (210, 414), (210, 440), (200, 452), (186, 450), (170, 436),
                (156, 410), (150, 390))),
    # upper limb (palm forward: the front shows the flexor side, the radius lateral)
    ("lateral_elbow", E(104, 298, 9, 12)),
    ("medial_elbow", E(127, 298, 8, 11)),
    ("upper_arm_outer", P((95, 234), (113, 234), (111, 262), (110, 290), (95, 290))),
    ("upper_arm_inner", P((126, 236), (137, 236), (143, 228), (145, 228), (145, 292), (128, 290), (127, 262))),
    ("upper_arm_front", P((113, 234), (126, 236), (127, 262), (128, 290), (120, 300), (110, 300), (110, 290),
                          (111, 262))),
    ("forearm_front", P((85, 300), (142, 300), (137, 346), (131, 385), (129, 404), (85, 404))),
    ("wrist_front", P((80, 404), (129, 404), (129, 426), (80, 426))),
    *_HAND_DIGITS,
    ("palm", P((85, 426), (129, 426), (129, 472), (122, 472), (114.6, 475.4), (107.2, 475.8), (99.3, 476.5),
               (91.5, 471.5), (85, 460))),
    # hip and thigh
    ("lateral_hip", P((130, 368), (150, 368), (158, 376), (150, 390), (148, 396), (149, 412), (145, 430),
                      (130, 430))),
    ("outer_thigh", P((130, 430), (145, 430), (150, 470), (151, 540), (152, 580), (130, 580))),
    ("front_of_thigh", P((143, 384), (150, 390), (156, 410), (170, 436), (186, 450), (187, 500), (186, 545),
                         (186, 578), (152, 580), (151, 540), (150, 470), (145, 430), (149, 412), (148, 396))),
    ("inner_thigh", P((186, 450), (200, 452), (210, 440), (215, 440), (215, 580), (186, 578), (186, 545),
                      (187, 500))),
    # knee and leg
    ("front_of_knee", P((159, 576), (183, 576), (186, 592), (181, 610), (178, 627), (164, 627), (160, 610),
                         (156, 592))),  # the patella and its ligament down to the tibial tuberosity
    ("outer_knee", P((140, 576), (163, 578), (158, 590), (160, 606), (164, 626), (140, 626))),
    ("inner_knee", P((180, 578), (205, 578), (205, 626), (178, 626), (184, 606), (185, 590))),
    ("shin", P((164, 626), (178, 626), (205, 626), (205, 786), (162, 786), (163, 720), (162, 660))),
    ("outer_leg", P((140, 626), (164, 626), (162, 660), (163, 720), (162, 786), (140, 786))),
    # ankle and foot (seen end-on)
    ("ankle_outer", E(162.5, 802, 6.5, 10)),
    ("ankle_inner", E(193, 800, 6, 10)),
    ("ankle_front", P((162, 786), (205, 786), (205, 806), (162, 806))),
    ("big_toe", P((183, 830), (205, 818), (205, 845), (183, 845))),
    ("lesser_toes", P((150, 826), (183, 830), (183, 845), (150, 845))),
    ("top_of_foot", P((150, 806), (205, 806), (205, 818), (183, 830), (150, 826))),
]

BACK = [
    # head and neck
    ("vertex", P((180, 25), (210, 25), (210, 47), (186, 49), (180, 51))),
    ("occiput", P((165, 43), (180, 51), (186, 49), (210, 47), (210, 121), (190, 121), (182, 118), (165, 110))),
    ("back_of_neck", P((190, 121), (210, 121), (210, 154), (196, 154), (192, 135))),
    ("side_of_neck", P((165, 110), (182, 118), (190, 121), (192, 135), (196, 154), (186, 157), (165, 157))),
    # shoulder girdle and back (the scapula: x 121-183, y 171-249; its spine rises from (183,195) to the
    # acromion (128,177))
    ("top_of_shoulder", P((165, 157), (186, 157), (196, 154), (198, 158), (196, 168), (183, 180), (160, 181),
                          (140, 180), (126, 180), (118, 172))),
    ("between_shoulder_blades", P((196, 154), (210, 154), (210, 258), (196, 258), (184, 250), (182, 215),
                                  (184, 190), (183, 180), (196, 168), (198, 158))),
    ("side_of_shoulder", P((95, 170), (118, 172), (126, 180), (120, 195), (114, 212), (112, 232), (95, 232))),
    ("back_of_shoulder", P((126, 180), (140, 180), (141, 200), (143, 218), (140, 236), (112, 232), (114, 212),
                           (120, 195))),
    ("shoulder_blade", P((140, 180), (160, 181), (183, 180), (184, 190), (182, 215), (184, 250), (176, 255),
                         (160, 252), (148, 240), (143, 218), (141, 200))),
    ("flank", P((140, 236), (148, 240), (160, 252), (163, 270), (165, 300), (163, 340), (155, 345), (140, 348))),
    ("mid_back", P((160, 252), (176, 255), (184, 250), (196, 258), (210, 258), (210, 306), (165, 306),
                   (163, 270))),
    ("sacroiliac_region", E(189, 366, 8.5, 13)),
    ("sacrum", P((199, 360), (210, 360), (210, 416), (205, 416), (200, 390))),
    ("coccyx", P((205, 416), (210, 416), (210, 434), (206, 434))),
    ("low_back", P((165, 306), (210, 306), (210, 360), (199, 360), (190, 352), (180, 348), (155, 345), (163, 340),
                   (165, 320))),
    ("buttock", P((140, 348), (155, 345), (180, 348), (190, 352), (199, 360), (200, 390), (205, 416), (206, 434),
                  (210, 434), (210, 458), (195, 466), (172, 466), (152, 458), (150, 440), (151, 378), (125, 380),
                  (125, 350))),
    # over the greater trochanter (x 142-149, y 401-409), below the gluteus medius
    ("lateral_hip", P((125, 380), (151, 378), (150, 440), (125, 440))),
    # upper limb (palm forward: the back shows the extensor side, the olecranon)
    ("back_of_elbow", E(118, 298, 7.5, 10)),
    ("lateral_elbow", E(104, 298, 7, 12)),
    ("medial_elbow", P((126, 288), (140, 288), (140, 310), (126, 308), (125.5, 298))),
    ("upper_arm_outer", P((95, 232), (112, 232), (110, 260), (109, 290), (95, 290))),
    ("upper_arm_inner", P((130, 236), (140, 236), (145, 232), (145, 288), (126, 288), (130, 262))),
    ("upper_arm_back", P((112, 232), (130, 236), (130, 262), (126, 288), (125.5, 298), (112, 298), (109, 290),
                         (110, 260))),
    ("forearm_back", P((85, 300), (142, 300), (137, 346), (131, 385), (129, 404), (85, 404))),
    ("wrist_back", P((80, 404), (129, 404), (129, 420), (80, 420))),
    *_HAND_DIGITS,
    ("hand_back", P((85, 420), (129, 420), (129, 472), (122, 472), (114.6, 475.4), (107.2, 475.8), (99.3, 476.5),
                    (91.5, 471.5), (85, 460))),
    # thigh, knee, leg
    ("outer_thigh", P((125, 440), (150, 440), (152, 458), (150, 500), (152, 578), (125, 578))),
    ("inner_thigh", P((193, 466), (195, 466), (210, 458), (215, 458), (215, 578), (192, 578), (191, 520))),
    ("back_of_thigh", P((150, 440), (152, 458), (172, 466), (195, 466), (193, 466), (191, 520), (192, 578),
                        (152, 578), (150, 500))),
    ("back_of_knee", P((158, 578), (188, 578), (187, 600), (186, 624), (160, 624), (158, 600))),
    ("outer_knee", P((140, 578), (158, 578), (158, 600), (160, 624), (140, 624))),
    ("inner_knee", P((188, 578), (205, 578), (205, 624), (186, 624), (187, 600))),
    ("outer_leg", P((140, 624), (156, 624), (154, 660), (157, 720), (160, 786), (140, 786))),
    ("calf", P((156, 624), (205, 624), (205, 788), (160, 788), (157, 720), (154, 660))),
    ("ankle_outer", E(164.5, 803, 6.5, 10)),
    ("ankle_inner", E(191.5, 801, 6, 10)),
    ("heel", P((150, 788), (205, 788), (205, 845), (150, 845))),
    # the soles inset (plantar view; the left sole x 326-361, its big toe medial at x~355)
    ("big_toe", P((350.9, 680), (370, 680), (365, 722), (350.8, 711.5)), "inset"),
    ("lesser_toes", P((315, 680), (350.9, 680), (350.8, 711.5), (340.5, 712.6), (330, 718.5), (326, 724),
                      (315, 724)), "inset"),
    ("heel", P((315, 798), (365, 798), (365, 845), (315, 845)), "inset"),
    ("arch", P((345, 748), (365, 746), (365, 798), (343, 798), (341, 772)), "inset"),
    ("sole", P((315, 724), (326, 724), (330, 718.5), (340.5, 712.6), (350.8, 711.5), (365, 722), (365, 746),
               (345, 748), (341, 772), (343, 798), (315, 798)), "inset"),
]

LATERAL = [
    # head (facing the viewer's right; ear x 81-96 y 80-114, eye (131,80), chin (139,130))
    ("vertex", P((30, 20), (128, 20), (120, 42), (100, 38), (74, 44), (30, 44))),
    ("ear", P((80, 78), (97, 78), (101, 90), (101, 108), (96, 116), (80, 116))),
    ("eyebrow_orbit", E(131, 80, 9.5, 11)),
    ("forehead", P((120, 42), (128, 20), (155, 20), (155, 70), (124, 70), (118, 56))),
    ("temple", P((100, 38), (120, 42), (118, 56), (124, 70), (122, 90), (101, 90), (97, 78), (96, 60))),
    ("occiput", P((30, 44), (74, 44), (100, 38), (96, 60), (97, 78), (80, 78), (80, 116), (70, 116), (30, 116))),
    ("teeth_upper", P((132, 104), (155, 104), (155, 114.5), (132, 114.5))),
    ("teeth_lower", P((132, 114.5), (155, 114.5), (155, 124), (132, 124))),
    ("cheek", P((122, 90), (140, 91), (150, 96), (150, 104), (132, 104), (118, 106), (104, 102), (101, 90))),
    ("jaw", P((101, 90), (104, 102), (118, 106), (132, 104), (132, 124), (155, 124), (155, 136), (120, 134),
              (96, 132), (96, 116), (101, 108))),
    # neck
    ("back_of_neck", P((30, 116), (70, 116), (72, 135), (74, 160), (30, 160))),
    ("throat_front", P((100, 133), (140, 133), (140, 145), (114, 156), (104, 160), (100, 150))),
    ("side_of_neck", P((70, 116), (80, 116), (96, 116), (96, 132), (100, 133), (100, 150), (104, 160),
                       (96, 160), (74, 160), (72, 135))),
    # shoulder (the arm raised forward; deltoid x 73-169, acromion (92,172), scapula x 58-97 y 167-251)
    ("top_of_shoulder", P((40, 160), (74, 160), (96, 160), (104, 160), (106, 163), (98, 166), (88, 170), (60, 174),
                          (40, 176))),
    ("side_of_shoulder", P((88, 170), (98, 166), (104, 160), (112, 160), (140, 150), (140, 205), (120, 206),
                           (100, 212), (86, 208), (90, 186))),
    ("back_of_shoulder", P((60, 174), (88, 170), (90, 186), (86, 208), (70, 212), (60, 200))),
    ("shoulder_blade", P((40, 176), (60, 174), (60, 200), (70, 212), (86, 208), (84, 230), (72, 252),
                         (40, 252))),
    # the chest below the raised arm (pectoralis major x 122-148, y 198-258)
    ("upper_chest", P((112, 206), (140, 200), (160, 196), (160, 226), (126, 226), (116, 216))),
    ("breast", P((116, 216), (126, 226), (160, 226), (160, 262), (128, 262), (120, 240))),
    # upper limb along the raised arm (biceps above, triceps below; the forearm radial side up, its
    # dorsal face toward the viewer; the hand thumb up, its back toward the viewer)
    ("lateral_elbow", E(214.5, 164.5, 8, 8.5)),
    ("back_of_elbow", E(220, 177.5, 9, 6)),
    ("upper_arm_front", P((140, 135), (208, 135), (208, 161), (140, 171))),
    ("upper_arm_outer", P((140, 171), (208, 161), (208, 172), (140, 186))),
    ("upper_arm_back", P((140, 186), (208, 172), (210, 200), (140, 218), (120, 206), (140, 205))),
    ("forearm_back", P((205, 100), (306, 100), (306, 200), (205, 200))),
    ("wrist_back", P((306, 95), (322, 95), (322, 200), (306, 200))),
    ("hand_back", P((322, 80), (420, 80), (420, 150), (322, 150))),
    # trunk
    # the side of the trunk from the axilla to the iliac crest (x 67-111, y 343-356)
    ("flank", P((72, 252), (84, 230), (86, 208), (100, 212), (112, 206), (116, 216), (120, 240), (128, 258),
                (120, 300), (118, 360), (96, 352), (84, 352), (72, 352), (70, 345), (68, 300))),
    ("mid_back", P((30, 252), (72, 252), (68, 300), (30, 300))),
    ("low_back", P((30, 300), (68, 300), (70, 345), (72, 352), (64, 356), (30, 356))),
    ("upper_abdomen", P((128, 258), (155, 258), (155, 330), (120, 330), (120, 300))),
    ("lower_abdomen", P((120, 330), (155, 330), (155, 392), (124, 380), (118, 360))),
    ("sacroiliac_region", E(59, 365, 7, 10)),
    ("groin", P((118, 360), (124, 380), (155, 392), (155, 440), (128, 440), (118, 418), (114, 392))),
    ("lateral_hip", E(90, 402, 17, 26)),  # over the greater trochanter (x 85-91, y 406-414)
    ("buttock", P((30, 356), (64, 356), (72, 352), (96, 352), (104, 372), (90, 376), (76, 390), (73, 410),
                  (76, 440), (80, 468), (30, 468))),  # with the gluteus medius area below the crest
    # thigh, knee, leg, foot
    ("outer_thigh", P((76, 440), (73, 410), (76, 380), (84, 352), (96, 352), (106, 380), (108, 426),
                      (110, 520), (110, 585), (80, 585), (80, 468))),
    ("front_of_thigh", P((96, 352), (118, 360), (114, 392), (118, 418), (128, 440), (150, 440), (150, 585),
                         (110, 585), (110, 520), (108, 426), (106, 380))),
    ("back_of_thigh", P((30, 468), (80, 468), (80, 585), (30, 585))),
    ("front_of_knee", P((108, 582), (132, 582), (132, 632), (112, 632), (110, 614), (106, 598))),
    ("outer_knee", P((76, 585), (112, 585), (106, 598), (110, 614), (112, 632), (76, 632))),
    ("back_of_knee", P((30, 585), (76, 585), (76, 632), (30, 632))),
    ("shin", P((98, 632), (112, 632), (150, 632), (150, 778), (102, 778), (101, 700))),
    ("outer_leg", P((74, 632), (98, 632), (101, 700), (102, 778), (92, 786), (78, 786), (76, 700))),
    ("calf", P((30, 632), (74, 632), (76, 700), (78, 786), (30, 786))),
    ("ankle_outer", E(82.5, 801, 8.5, 11)),
    ("heel", P((30, 786), (78, 786), (74, 800), (76, 812), (100, 816), (106, 845), (30, 845))),
    ("ankle_front", P((92, 786), (102, 778), (150, 778), (150, 800), (90, 800))),
    ("lesser_toes", P((160, 800), (200, 800), (200, 845), (160, 845))),
    ("top_of_foot", P((90, 800), (160, 800), (160, 845), (86, 845), (74, 812))),
]

VIEWS = {"front": FRONT, "back": BACK, "lateral": LATERAL}
SIDES = {"front": ("right", "left"), "back": ("left", "right"), "lateral": ("right", None)}
TITLES = {"front": "anterior view", "back": "posterior view", "lateral": "lateral view (right side)"}

# ---------------------------------------------------------------------------------------------------
# Geometry (PySide6 QPainterPath booleans)


def _qt():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def parse_d(d: str):
    """An SVG path (M, L, C, Z; absolute, as tools/art writes them) as a QPainterPath."""
    from PySide6.QtGui import QPainterPath

    path = QPainterPath()
    tokens = re.findall(r"[MLCZmlcz]|-?\d*\.?\d+(?:e-?\d+)?", d)
    i, cmd = 0, None
    while i < len(tokens):
        t = tokens[i]
        if t.isalpha():
            cmd = t
            i += 1
            if cmd in "Zz":
                path.closeSubpath()
            continue
        n = [float(v) for v in tokens[i:i + (6 if cmd == "C" else 2)]]
        if cmd == "M":
            path.moveTo(*n)
            cmd = "L"
        elif cmd == "L":
            path.lineTo(*n)
        elif cmd == "C":
            path.cubicTo(*n)
        else:
            raise ValueError(f"unsupported path command {cmd!r}")
        i += len(n)
    return path


def _shape(spec):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainterPath, QPolygonF

    path = QPainterPath()
    if spec[0] == "P":
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in spec[1]]))
        path.closeSubpath()
    elif spec[0] == "E":
        _, cx, cy, rx, ry = spec
        path.addEllipse(QPointF(cx, cy), rx, ry)
    else:
        _, x0, y0, x1, y1 = spec
        path.addRect(x0, y0, x1 - x0, y1 - y0)
    return path


def _mirror(path, axis: float):
    from PySide6.QtGui import QTransform

    return QTransform(-1, 0, 0, 1, 2 * axis, 0).map(path)


def _half(axis: float):
    from PySide6.QtGui import QPainterPath

    p = QPainterPath()
    p.addRect(-1000, -1000, 1000 + axis, 3000)
    return p




def body_regions(view: str):
    """(outline, inset soles or None) of a body SVG as QPainterPaths."""
    from PySide6.QtGui import QPainterPath

    root = ET.parse(SVG_DIR / f"{view}.svg").getroot()
    outline = None
    inset = QPainterPath()
    for el in root.iter(f"{{{SVG_NS}}}path"):
        d = el.get("d") or ""
        if el.get("id") == "body-outline":
            outline = parse_d(d)
        elif view == "back" and "Z" in d and el.get("class") not in ("inset-frame", "fibres", "detail"):
            p = parse_d(d)
            if p.boundingRect().left() > 320 and p.boundingRect().top() > 680:
                inset = inset.united(p)
    assert outline is not None, f"{view}.svg has no #body-outline"
    return outline.simplified(), (inset.simplified() if not inset.isEmpty() else None)


def build_view(view: str) -> dict[str, object]:
    """Zone id (with side) -> QPainterPath for one view."""
    from PySide6.QtGui import QPainterPath

    outline, inset = body_regions(view)
    drawn, other = SIDES[view]
    taken = QPainterPath()
    zones: dict[str, object] = {}
    for entry in VIEWS[view]:
        zone, spec = entry[0], entry[1]
        where = entry[2] if len(entry) > 2 else "body"
        axis, region = (INSET_MID, inset) if where == "inset" else (MID, outline)
        if region is None:
            continue
        if other is None:  # the lateral view: one side, nothing mirrored
            zid = zone if zone in MIDLINE else f"{zone}.{drawn}"
            pieces = [(zid, _shape(spec).intersected(region).subtracted(taken).simplified())]
        elif zone in MIDLINE:
            half = _shape(spec).intersected(_half(axis))
            shape = half.united(_mirror(half, axis)).intersected(region).subtracted(taken).simplified()
            pieces = [(zone, shape)]
        else:
            half = _shape(spec).intersected(_half(axis))
            shape = half.intersected(region).intersected(_half(axis)).subtracted(taken).simplified()
            pieces = [(f"{zone}.{drawn}", shape)]
            pieces.append((f"{zone}.{other}", _mirror(shape, axis)))
        for zid, p in pieces:
            if area(p) < 0.5:
                continue
            zones[zid] = zones[zid].united(p).simplified() if zid in zones else p
            taken = taken.united(p)
    return zones


# ---------------------------------------------------------------------------------------------------
# SVG output


def _fmt(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def path_d(path) -> str:
    from PySide6.QtGui import QPainterPath

    out: list[str] = []
    n = path.elementCount()
    i = 0
    start = None
    while i < n:
        e = path.elementAt(i)
        if e.type == QPainterPath.ElementType.MoveToElement:
            if start is not None:
                out.append("Z")
            out.append(f"M{_fmt(e.x)},{_fmt(e.y)}")
            start = (e.x, e.y)
            i += 1
        elif e.type == QPainterPath.ElementType.LineToElement:
            out.append(f"L{_fmt(e.x)},{_fmt(e.y)}")
            i += 1
        else:  # CurveToElement followed by two CurveToDataElements
            c1, c2, p = e, path.elementAt(i + 1), path.elementAt(i + 2)
            out.append(f"C{_fmt(c1.x)},{_fmt(c1.y)} {_fmt(c2.x)},{_fmt(c2.y)} {_fmt(p.x)},{_fmt(p.y)}")
            i += 3
    if start is not None:
        out.append("Z")
    return " ".join(out)


def _viewbox(view: str) -> tuple[str, str, str]:
    root = ET.parse(SVG_DIR / f"{view}.svg").getroot()
    return root.get("viewBox"), root.get("width"), root.get("height")


def write_svg(view: str, zones: dict[str, object], out_dir: Path = SVG_DIR) -> Path:
    vb, w, h = _viewbox(view)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- Drawn for FasciaMap; generated by tools/art/zones.py (do not edit by hand: edit the zone table"
        " and run `python -m tools.art.zones`). -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{vb}" width="{w}" height="{h}" data-view="{view}">',
        f"  <title>FasciaMap — body-surface pain zones, {TITLES[view]}</title>",
        "  <defs>",
        "    <style>",
        "      .zone { fill: #7a9cc6; fill-opacity: 0.25; fill-rule: evenodd; stroke: #40618a; stroke-width: 0.3; }",
        "    </style>",
        "  </defs>",
        '  <g id="zones">',
    ]
    order = {z: i for i, z in enumerate(ZONES)}
    for zid in sorted(zones, key=lambda z: (order[z.split(".")[0]], z)):
        lines.append(f'    <path id="{zid}" class="zone" d="{path_d(zones[zid])}"/>')
    lines += ["  </g>", "</svg>", ""]
    out = out_dir / f"zones-{view}.svg"
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


DUPLICATES: list[str] = []


def read_svg(path: Path) -> dict[str, object]:
    root = ET.parse(path).getroot()
    zones = {}
    for el in root.iter(f"{{{SVG_NS}}}path"):
        if "zone" in (el.get("class") or "").split():
            p = parse_d(el.get("d"))
            from PySide6.QtCore import Qt

            p.setFillRule(Qt.FillRule.OddEvenFill)
            zid = el.get("id")
            if zid in zones:  # an id twice: keep both pieces so the check sees the clash
                DUPLICATES.append(f"{path.name}: id {zid} used twice")
                zones[zid] = zones[zid].united(p)
            else:
                zones[zid] = p
    return zones


# ---------------------------------------------------------------------------------------------------
# Check and preview


def _raster_area(paths, scale: float = 2.0) -> float:
    """Area (units²) covered by the union of paths, counted on a mask (robust to holes)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    img = QImage(int(420 * scale), int(860 * scale), QImage.Format.Format_Grayscale8)
    img.fill(0)
    pt = QPainter(img)
    pt.scale(scale, scale)
    pt.setPen(Qt.PenStyle.NoPen)
    pt.setBrush(QColor(255, 255, 255))
    for p in paths:
        pt.drawPath(p)
    pt.end()
    bits = bytes(img.constBits())
    return sum(1 for b in bits if b > 127) / (scale * scale)


def check(svg_dir: Path = SVG_DIR, tol: float = 0.5) -> int:
    _app = _qt()
    problems: list[str] = []
    seen: set[str] = set()
    for view in VIEWS:
        path = svg_dir / f"zones-{view}.svg"
        if not path.exists():
            problems.append(f"{view}: {path.name} missing (run python -m tools.art.zones)")
            continue
        zones = read_svg(path)
        outline, inset = body_regions(view)
        allowed = outline if inset is None else outline.united(inset)
        ids = sorted(zones)
        for zid in ids:
            base = zid.split(".")[0]
            seen.add(base)
            if base not in ZONES:
                problems.append(f"{view}: {zid} is not a zone of the table")
            if (base in MIDLINE) != ("." not in zid):
                problems.append(f"{view}: {zid} has the wrong side suffix")
            outside = area(zones[zid].subtracted(allowed))
            if outside > tol:
                problems.append(f"{view}: {zid} lies {outside:.2f} units² outside the outline")
        boxes = {z: zones[z].boundingRect() for z in ids}
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                if not boxes[a].intersects(boxes[b]):
                    continue
                ov = area(zones[a].intersected(zones[b]))
                if ov > tol:
                    problems.append(f"{view}: {a} and {b} overlap by {ov:.2f} units²")
        bases = {z.split(".")[0] for z in ids}
        cover = _raster_area(list(zones.values())) / max(_raster_area([allowed]), 1) * 100
        print(f"{view:8s} {len(ids):3d} zone paths, {len(bases):3d} table zones, {cover:5.1f}% of the outline")
    problems += DUPLICATES
    missing = [z for z in ZONES if z not in seen]
    if missing:
        problems.append("not drawn in any view: " + ", ".join(missing))
    print(f"table: {len(ZONES)} zones, {len(ZONES) - len(missing)} drawn in at least one view")
    for p in problems:
        print("PROBLEM", p)
    if not problems:
        print("ok: no overlaps, every zone inside the outline")
    return 1 if problems else 0


CROPS = {
    "front": {"head": (160, 25, 100, 150), "trunk": (80, 150, 260, 310), "arm": (75, 160, 90, 360),
              "leg": (125, 370, 170, 475)},
    "back": {"head": (160, 25, 100, 150), "trunk": (80, 140, 260, 340), "arm": (75, 160, 90, 360),
             "leg": (125, 430, 170, 420), "soles": (315, 680, 100, 165)},
    "lateral": {"head": (25, 20, 140, 160), "trunk": (25, 140, 200, 340), "arm": (90, 80, 330, 150),
                "leg": (25, 420, 180, 425)},
}


def preview(out_dir: Path, svg_dir: Path = SVG_DIR, scale: float = 5.0, labels: bool = True) -> list[Path]:
    """Each zones SVG over its body SVG, each zone a translucent colour with its id as a tiny label."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for view in VIEWS:
        renderer = QSvgRenderer(str(SVG_DIR / f"{view}.svg"))
        box = renderer.viewBoxF()
        img = QImage(int(box.width() * scale), int(box.height() * scale), QImage.Format.Format_ARGB32)
        img.fill(QColor("white"))
        pt = QPainter(img)
        pt.setRenderHint(QPainter.RenderHint.Antialiasing)
        pt.setOpacity(0.45)
        renderer.render(pt)
        pt.setOpacity(1.0)
        pt.scale(scale, scale)
        zones = read_svg(svg_dir / f"zones-{view}.svg")
        font = QFont("DejaVu Sans")
        font.setPixelSize(2)
        pt.setFont(font)
        for k, zid in enumerate(sorted(zones)):
            base = zid.split(".")[0]
            hue = (ZONES.index(base) * 0.618034) % 1.0
            col = QColor.fromHsvF(hue, 0.75, 0.9, 0.5)
            pt.setPen(QPen(QColor(40, 40, 40, 200), 0.25))
            pt.setBrush(col)
            pt.drawPath(zones[zid])
        if labels:
            for zid in sorted(zones):
                p = zones[zid]
                # label at the largest piece's centre, nudged inside
                polys = sorted(p.toFillPolygons(), key=lambda q: -q.boundingRect().width() * q.boundingRect().height())
                r = polys[0].boundingRect() if polys else p.boundingRect()
                c = r.center()
                if not p.contains(c):
                    for dx, dy in ((0, -2), (0, 2), (-2, 0), (2, 0), (0, -4), (0, 4), (-4, 0), (4, 0)):
                        if p.contains(QPointF(c.x() + dx, c.y() + dy)):
                            c = QPointF(c.x() + dx, c.y() + dy)
                            break
                text = zid.split(".")[0]
                pt.setPen(QColor(0, 0, 0))
                pt.drawText(QRectF(c.x() - 20, c.y() - 1.5, 40, 3), Qt.AlignmentFlag.AlignCenter, text)
        pt.end()
        out = out_dir / f"zones-{view}.png"
        img.save(str(out))
        written.append(out)
        for name, (x, y, w, h) in CROPS[view].items():
            crop = out_dir / f"zones-{view}-{name}.png"
            img.copy(int(x * scale), int(y * scale), int(w * scale), int(h * scale)).save(str(crop))
            written.append(crop)
    return written


def main(argv: list[str]) -> int:
    _app = _qt()
    if "--check" in argv:
        return check()
    if "--preview" in argv:
        i = argv.index("--preview")
        out = Path(argv[i + 1]) if len(argv) > i + 1 else Path("/tmp/zones")
        for p in preview(out):
            print(p)
        return 0
    for view in VIEWS:
        zones = build_view(view)
        path = write_svg(view, zones)
        print(f"{path.relative_to(ROOT)}: {len(zones)} zones")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
