"""The intermediate and deep layers of the lateral view (see lateral.py). Each structure is drawn whole
(as if everything shallower were lifted); neighbours of one layer share edges so they never overlap."""

from __future__ import annotations

from .back import loop
from .engine import Drawing, Fibres
from .front import curve, flow
from .lateral_surface import P, S, det


def _neck(d: Drawing) -> None:
    P(d, Ns0=(62, 170), Ns1=(68.5, 107), Ns2=(86.5, 108), Ns3=(88.5, 116), Ns4=(66.5, 171.5), Ns5=(93, 126),
      Ns6=(75.5, 186), Ns7=(110, 172))
    E = d.edge
    E("spl_back", "Ns0", (64.5, 150), (66.6, 130), (67.2, 115), "Ns1")
    E("spl_top", "Ns1", (78, 105.8), "Ns2")
    d.line("spl_m", "Ns2", "Ns3")
    E("spl_lev", "Ns3", (81, 131), (73, 150), "Ns4")
    d.line("spl_bot", "Ns4", "Ns0")
    d.line("lev_top", "Ns3", "Ns5")
    E("lev_bot", "Ns4", (70, 182), "Ns6")
    E("lev_sca", "Ns5", (88, 145), (82, 162), "Ns6")
    E("sca_front", "Ns5", (97, 140), (103.5, 158), "Ns7")
    E("sca_bot", "Ns7", (92, 181), "Ns6")
    S(d, "splenius_capitis", ["spl_back", "spl_top", "spl_m", "spl_lev", "spl_bot"], layer="intermediate",
      fibres=flow(d, "spl_flow", ["-spl_back"], ["spl_m", "spl_lev"], 4, sections=6, t0=0.05, t1=0.95, inset=0.15))
    S(d, "levator_scapulae", ["spl_lev", "lev_bot", "lev_sca", "lev_top"], layer="intermediate",
      fibres=flow(d, "lev_flow", ["spl_lev"], ["-lev_top", "lev_sca"], 3, sections=6, t0=0.05, t1=0.95, inset=0.2))
    S(d, "scalenes", ["lev_sca", "sca_front", "sca_bot"], layer="intermediate",
      fibres=flow(d, "sca_flow", ["lev_sca"], ["sca_front"], 4, sections=6, t0=0.05, t1=0.95, inset=0.15))


RIBS = [(200, 132), (215, 136), (231, 136), (247, 133), (262, 126), (278, 112)]


def _rib_y(i: int, x: float) -> float:
    """Height of rib line i at x (the rib lines slope down and forward)."""
    y0, x1 = RIBS[i]
    return y0 + 0.36 * (x - 64.5) - 2 * (1 - abs(2 * (x - 64.5) / (x1 - 64.5) - 1))


def _intercostal_strokes(direction: int) -> list[Fibres]:
    """Short fibre strokes in each intercostal space: external ones run down and forward from the rib
    above to the rib below (direction +1), internal ones at right angles to them (direction -1)."""
    out = []
    for i in range(len(RIBS) - 1):
        x_end = min(RIBS[i][1], RIBS[i + 1][1]) - 8
        x = 68.0
        while x < x_end:
            top = (x, _rib_y(i, x) + 1.2)
            xb = x + 5.5 * direction
            bot = (xb, _rib_y(i + 1, xb) - 1.2)
            if direction < 0:
                top, bot = (x + 5.5, _rib_y(i, x + 5.5) + 1.2), (x, _rib_y(i + 1, x) - 1.2)
            out.append(Fibres(top, bot, 1, trim=0.0))
            x += 5.0
    return out


def _trunk(d: Drawing) -> None:
    P(d, Es0=(65.5, 172), Et=(56.5, 173), Es1=(62.5, 192), Es2=(64, 296), Es3=(67.5, 350), Es4=(50, 378),
      Ei1=(135, 205), Ei2=(139, 262), Gasis=(123, 371), Gma=(116, 359.5), Q1=(80, 303), Q2=(76, 345.5),
      Gt1=(98, 414), Gt2=(85, 415))
    E = d.edge
    curve(d, ["esf_0", "esf_ic", "esf_io", "esf_low"], "Es0", "Es1", (60.5, 240), (62, 275), "Es2", (69, 322), "Es3",
          (62, 364), "Es4")
    E("es_back", "Es4", (53, 360), (57.5, 345), (59.5, 322), (58, 298), (52.5, 270), (47.5, 240), (47.5, 215),
      (51, 190), "Et")
    d.line("es_top", "Et", "Es0")
    curve(d, ["ic_io_b", "ic_io_f"], "Es2", "Q1", (100, 306), (116, 300), (128, 286), "Ei2")
    E("ic_top", "Es1", (80, 190), (100, 190), (120, 194), "Ei1")
    E("ic_front", "Ei1", (141.5, 225), (142, 245), "Ei2")
    E("io_front", "Ei2", (134, 290), (131, 320), (130, 345), (127.5, 362), "Gasis")
    curve(d, ["crest_q", "crest_m", "crest_ant"], "Es3", "Q2", (86, 342.5), (97, 344.5), (107, 350.5), "Gma",
          (121, 367), "Gasis")
    E("ql_front", "Q1", (81, 326), "Q2")
    E("gmed_ant", "Gma", (114, 385), (105, 404), "Gt1")
    E("gmed_ins", "Gt1", (92, 417.5), "Gt2")
    E("gmed_post", "Gt2", (76, 396), (69, 373), "Es3")

    S(d, "erector_spinae", ["es_top", "esf_0", "esf_ic", "esf_io", "esf_low", "es_back"], layer="intermediate",
      fibres=flow(d, "es_flow", ["-es_back"], ["esf_0", "esf_ic", "esf_io", "esf_low"], 4, sections=12, t0=0.02,
                  t1=0.97, inset=0.15))
    ribs = []
    for i, (y0, x1) in enumerate(RIBS):
        ribs.append(det(d, f"rib_l{i}", (64.5, y0), ((64.5 + x1) / 2, y0 + 0.36 * (x1 - 64.5) / 2 - 2),
                        (x1, y0 + 0.36 * (x1 - 64.5))))
    eic = _intercostal_strokes(+1)
    S(d, "external_intercostals", ["esf_ic", "ic_io_b", "ic_io_f", "ic_front", "ic_top"], layer="intermediate",
      fibres=eic, details=ribs)
    S(d, "internal_oblique", ["esf_io", "crest_q", "crest_m", "crest_ant", "io_front", "ic_io_f", "ic_io_b"],
      layer="intermediate", fibres=[Fibres("crest_m", "ic_io_f", 8, inset=0.06, trim=0.05, bulge=2)])
    S(d, "gluteus_medius", ["crest_q", "crest_m", "gmed_ant", "gmed_ins", "gmed_post"], layer="intermediate",
      fibres=[Fibres("crest_q", (90, 413), 2, inset=0.1, trim=0.06), Fibres("crest_m", (91, 413), 9, inset=0.04, trim=0.06)])

    # -- deep
    ribs_i = [det(d, f"rib_d{i}", (64.5, y0), ((64.5 + x1) / 2, y0 + 0.36 * (x1 - 64.5) / 2 - 2),
                  (x1, y0 + 0.36 * (x1 - 64.5)))
              for i, (y0, x1) in enumerate(RIBS)]
    iic = _intercostal_strokes(-1)
    S(d, "internal_intercostals", ["esf_ic", "ic_io_b", "ic_io_f", "ic_front", "ic_top"], layer="deep",
      fibres=iic, details=ribs_i)
    S(d, "quadratus_lumborum", ["ic_io_b", "ql_front", "crest_q", "esf_io"], layer="deep",
      fibres=[Fibres("crest_q", "ic_io_b", 3, inset=0.15, trim=0.05)])
    d.edge("ta_fa", (84, 312), (84, 340))
    d.edge("ta_fb", (128, 292), (126, 352))
    S(d, "transversus_abdominis", ["ic_io_f", "io_front", "crest_ant", "crest_m", "ql_front"], layer="deep",
      fibres=[Fibres("ta_fa", "ta_fb", 6, inset=0.05, trim=0.05)])
    loop(d, "mf_loop", (50.5, 250), (53.5, 270), (59, 298), (60.5, 322), (58, 345), (54, 362), (51, 380), (55, 384),
         (60, 366), (63.5, 345), (64.5, 322), (61.5, 298), (57.5, 272), (54.5, 250))
    d.edge("mf_fa", (53, 262), (59.8, 300), (61.5, 322), (59, 348), (55, 370))
    d.edge("mf_fb", (56.5, 262), (62.6, 300), (64, 322), (62, 348), (58, 368))
    S(d, "multifidus", ["mf_loop"], layer="deep", fibres=[Fibres("mf_fa", "mf_fb", 5, inset=0.05)])
    loop(d, "gmin_loop", (82, 364), (96, 356), (111, 360), (117.5, 368), (113, 388), (103, 407), (96, 411), (91, 409),
         (85, 388))
    d.edge("gmin_top", (86, 364), (96, 358.5), (111, 362.5), (115, 369))
    S(d, "gluteus_minimus", ["gmin_loop"], layer="deep", fibres=[Fibres("gmin_top", (96, 408), 7, inset=0.05, trim=0.08)])
    loop(d, "pir_loop", (50, 392), (66, 393), (84, 400), (86, 403), (84.5, 406), (66, 406.5), (50, 404.5), (47.5, 398))
    d.edge("pir_f", (52, 398), (82, 403))
    S(d, "piriformis", ["pir_loop"], layer="deep")


def _limb(d: Drawing) -> None:
    # soleus and fibularis brevis (intermediate): they share the soleus's front border
    P(d, Sf1=(83.2, 670), Sf2=(77.6, 762))
    E = d.edge
    E("sol_fb", "Sf1", (81.2, 700), (79.5, 735), "Sf2")
    E("sol_rest", "Sf2", (74, 771), (71, 765), (67.8, 740), (61, 705), (60, 668), (64, 640), (68, 628), (76, 626),
      (83, 629), (84.5, 648), "Sf1")
    E("fb_rest", "Sf2", (76, 778), (75, 794), (77, 808), (84, 818.5), (98, 825.8), (118, 829.2), (122, 827),
      (120, 824.2), (100, 819.5), (88.5, 812.5), (82.5, 804.5), (82, 795), (86.5, 788.5), (92.5, 782.5),
      (93.5, 772), (93, 740), (90.5, 700), (86, 672), "Sf1")
    d.edge("sol_fa", (64, 668), (62, 712), (69, 760))
    d.edge("sol_fb_l", (81, 636), (80, 690), (77.5, 742))
    S(d, "soleus", ["sol_fb", "sol_rest"], layer="intermediate",
      fibres=[Fibres("sol_fb_l", "sol_fa", 7, inset=0.04, trim=0.05)])
    d.edge("fb_fa", (82.5, 680), (79, 750))
    d.edge("fb_fb", (89, 690), (91, 770))
    d.edge("fb_tend", (79.5, 770), (78.5, 795), (84, 812), (100, 822.5), (119, 826.8))
    S(d, "fibularis_brevis", ["sol_fb", "fb_rest"], layer="intermediate",
      fibres=[Fibres("fb_fa", "fb_fb", 4, inset=0.08, trim=0.05)], details=[["fb_tend"]])
    # deep
    loop(d, "vi_loop", (96, 435), (110, 432), (118, 450), (119, 500), (117, 545), (112, 575), (104, 580), (97, 560),
         (93, 510), (92, 465))
    d.edge("vi_fa", (100, 445), (99, 565))
    d.edge("vi_fb", (113, 445), (110, 570))
    S(d, "vastus_intermedius", ["vi_loop"], layer="deep", fibres=[Fibres("vi_fa", "vi_fb", 4, inset=0.05)])
    loop(d, "tp_loop", (88, 645), (96, 655), (98, 700), (96, 745), (92, 775), (88.5, 772), (89, 740), (88, 700), (86.5, 660))
    S(d, "tibialis_posterior", ["tp_loop"], layer="deep")
    loop(d, "fhl_loop", (76, 690), (83, 700), (84, 740), (81, 775), (77, 792), (74, 790), (74, 760), (73, 720))
    d.edge("fhl_f", (78, 700), (77.5, 785))
    S(d, "flexor_hallucis_longus", ["fhl_loop"], layer="deep")


def draw_deep(d: Drawing) -> None:
    _neck(d)
    _trunk(d)
    _limb(d)
