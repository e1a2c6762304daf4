#!/usr/bin/env python3
"""Writes data/diagrams/hip.svg: the pelvis and hips from the front.

The patient's right side is on the viewer's left and is the one named
part by part, as an atlas names one side; the left hip bone and femur
are its mirror image, drawn faded as context that cannot be chosen (a
part's id names one shape).  The muscles are see-through, so the joint
under them stays readable.  Outlines are lists of points through which
smooth cubic Béziers are drawn (Catmull-Rom), so a shape is changed by
moving a point here and running the script again; the output is plain
SVG that Inkscape can edit too.

Facts drawn from ../shared/ANATOMY.md: the two hip bones (ilium, ischium,
pubis) meet in front at the pubic symphysis and behind at the sacrum;
the acetabulum faces out and down with the labrum on its rim; the
femoral head (about 4.8 cm across; 16 units to the cm here) sits in it,
the neck at about 128° to the shaft, the greater trochanter outside at
the height of the head's centre and the lesser trochanter inside and
below.  The iliopsoas runs from the lumbar spine and the iliac fossa
under the inguinal ligament to the lesser trochanter; rectus femoris
from the anterior inferior iliac spine (AIIS) down the thigh; the
gluteal tendons to the greater trochanter.  The femoral nerve (L2–L4)
passes under the inguinal ligament and down the front of the thigh,
its saphenous branch on to the inner knee; the obturator nerve (L2–L4)
goes through the obturator foramen to the inner thigh and sends a
branch to the knee; the lateral femoral cutaneous nerve passes under
the ligament beside the ASIS to the outer thigh.  The femoral artery and
vein pass under the ligament medial to the femoral nerve (from outside in:
nerve, artery, vein) and run on down the inner thigh.
"""
import math

from diagram_svg import p, smooth, write_diagram

W, H = 600, 900
MID = W / 2
HEAD = (159, 255)     # centre of the right femoral head
HEAD_R = 38


def shape(points):
    """A closed outline through points."""
    return smooth(points, closed=True)


def corners(*runs):
    """Smooth runs of points joined by corners, closed."""
    d = []
    for run in runs:
        piece = smooth(run)
        d.append(piece if not d else "L" + piece[1:])
    return " ".join(d) + " Z"


def mirror(points):
    return [(W - x, y) for x, y in points]


def arc(cx, cy, r, start, end, steps=8):
    """Points on a circle from start to end degrees (y down)."""
    return [(cx + r * math.cos(math.radians(start + (end - start) * i / steps)),
             cy + r * math.sin(math.radians(start + (end - start) * i / steps)))
            for i in range(steps + 1)]


def band(outer, inner):
    """A closed band between two open point lists running the same way."""
    return outer + list(reversed(inner))


def circle(cx, cy, r):
    k = 0.5523 * r
    return ("M%s C%s %s %s C%s %s %s C%s %s %s C%s %s %s Z" % (
        p(cx + r, cy), p(cx + r, cy + k), p(cx + k, cy + r), p(cx, cy + r),
        p(cx - k, cy + r), p(cx - r, cy + k), p(cx - r, cy),
        p(cx - r, cy - k), p(cx - k, cy - r), p(cx, cy - r),
        p(cx + k, cy - r), p(cx + r, cy - k), p(cx + r, cy)))


# ---- Context: the body's outline and the lowest lumbar vertebrae ----------

# The outer line of the right side, waist to knee, and the inner thigh.
SKIN_OUTER = [(46, 0), (34, 100), (20, 200), (14, 290), (22, 420), (52, 600), (96, 780),
              (116, 900)]
SKIN_INNER = [(290, 900), (293, 700), (297, 500), (MID, 398)]
L4_BODY = [(266, -6), (300, -8), (334, -6), (338, 18), (334, 40), (300, 42), (266, 40), (262, 18)]
L45_DISC = [(264, 44), (300, 46), (336, 44), (340, 52), (336, 60), (300, 58), (264, 60), (260, 52)]
L5_BODY = [(264, 64), (300, 62), (336, 64), (342, 86), (338, 106), (300, 104), (262, 106),
           (258, 86)]
L5_TRANSVERSE = [(262, 74), (238, 70), (222, 78), (226, 88), (246, 90), (262, 92)]

# ---- The right hip bone --------------------------------------------------

ILIUM = [(244, 100), (214, 76), (170, 64), (126, 76), (94, 104), (80, 134), (80, 152),
         (92, 172), (98, 194), (112, 214), (140, 224), (176, 236), (204, 246), (224, 232),
         (238, 204), (246, 170), (250, 130)]
# The crest: a rim along the wing's top, from behind (by the sacrum) to the
# anterior superior iliac spine (ASIS).
CREST_OUTER = [(246, 100), (214, 74), (170, 62), (126, 74), (94, 102), (79, 134), (80, 152)]
CREST_INNER = [(240, 110), (212, 88), (170, 77), (130, 88), (104, 112), (92, 136), (88, 150)]
ILIAC_FOSSA = [(232, 122), (200, 104), (160, 100), (124, 116), (108, 146)]
ARCUATE_LINE = [(246, 176), (232, 212), (212, 240)]
ISCHIUM = [(118, 282), (146, 290), (178, 300), (186, 326), (204, 344), (232, 344), (238, 358),
           (214, 368), (184, 378), (158, 372), (138, 352), (126, 322)]
PUBIS = [(180, 246), (214, 250), (248, 258), (276, 266), (292, 274), (293, 302), (292, 332),
         (280, 344), (254, 350), (232, 348), (236, 336), (252, 322), (254, 302), (240, 290),
         (212, 286), (186, 280)]
OBTURATOR_FORAMEN = [(196, 288), (232, 292), (250, 304), (250, 324), (238, 338), (214, 340),
                     (194, 330), (182, 312), (184, 296)]
SYMPHYSIS = [(292, 272), (300, 270), (308, 272), (309, 302), (308, 334), (300, 336),
             (292, 334), (291, 302)]
SACRUM = [(250, 118), (274, 110), (300, 108), (326, 110), (350, 118), (354, 150), (346, 190),
          (334, 230), (318, 266), (308, 290), (300, 298), (292, 290), (282, 266), (266, 230),
          (254, 190), (246, 150)]
COCCYX = [(294, 298), (300, 296), (306, 298), (305, 312), (300, 324), (295, 312)]
SI_JOINT = [(244, 112), (252, 112), (254, 150), (260, 190), (262, 206), (254, 210), (248, 188),
            (244, 150)]
# The sockets' rim round the head, and the labrum along its edge.
ACETABULUM = (arc(HEAD[0], HEAD[1], HEAD_R + 16, 160, 345, 10)
              + list(reversed(arc(HEAD[0], HEAD[1], HEAD_R + 3, 160, 345, 10))))
LABRUM = (arc(HEAD[0], HEAD[1], HEAD_R + 4, 150, 300, 8)
          + list(reversed(arc(HEAD[0], HEAD[1], HEAD_R - 4, 152, 298, 8))))

# ---- The right femur ------------------------------------------------------

SHAFT = [(56, 300), (64, 360), (80, 430), (104, 560), (136, 720), (170, 900), (218, 900),
         (184, 720), (152, 560), (132, 440), (124, 380), (118, 336), (96, 304)]
NECK = [(168, 232), (130, 234), (98, 250), (88, 284), (104, 314), (130, 314), (170, 280)]
GREATER_TROCHANTER = [(98, 250), (80, 238), (60, 238), (48, 252), (44, 276), (50, 304),
                      (66, 324), (92, 326), (100, 292)]
LESSER_TROCHANTER = [(112, 326), (130, 326), (146, 338), (146, 354), (130, 358), (114, 348)]
INTERTROCHANTERIC_LINE = [(96, 322), (104, 304), (118, 300), (128, 318)]
FOVEA = [(140, 262), (146, 258), (150, 264), (145, 268)]

# ---- Muscles and tendons --------------------------------------------------

# Psoas beside the lumbar bodies and iliacus in the iliac fossa, joined
# into one tendon to the lesser trochanter.
ILIOPSOAS = [(266, 0), (262, 50), (252, 104), (238, 140), (226, 176), (210, 218), (194, 256),
             (170, 290), (146, 322), (136, 344), (124, 342), (126, 326), (140, 296), (152, 262),
             (154, 236), (142, 210), (122, 186), (108, 156), (116, 126), (150, 108), (196, 106),
             (224, 120), (236, 96), (244, 50), (246, 0)]
ILIOPSOAS_FIBRES = [[(256, 10), (244, 100), (214, 196), (176, 270), (140, 330)],
                    [(120, 150), (150, 196), (168, 240), (156, 290)]]
RECTUS_FEMORIS = [(98, 194), (106, 192), (114, 226), (140, 300), (176, 420), (210, 560),
                  (234, 700), (248, 840), (252, 900), (236, 900), (224, 840), (192, 700),
                  (160, 560), (134, 430), (112, 310), (100, 236)]
RECTUS_FIBRES = [[(106, 210), (132, 320), (168, 480), (206, 660), (242, 880)]]
# Gluteus medius and minimus on the wing's outer face, their tendons onto
# the greater trochanter.
# Drawn under the bones, as they lie behind the wing's outer face; what
# shows is their edge beside the wing and the tendons round the trochanter.
GLUTEAL_TENDONS = [(140, 70), (100, 84), (72, 112), (54, 150), (42, 196), (36, 236), (34, 270),
                   (40, 292), (52, 290), (60, 262), (84, 246), (110, 200), (130, 140)]
GLUTEAL_FIBRES = [[(96, 96), (66, 150), (50, 210), (40, 280)],
                  [(120, 100), (90, 160), (66, 220), (50, 284)]]
INGUINAL_LIGAMENT = [(80, 148), (130, 189), (190, 227), (240, 254), (266, 264), (268, 268),
                     (238, 259), (188, 232), (128, 194), (78, 154)]

# ---- Nerves: centre lines, stroked --------------------------------------

FEMORAL_TRUNK = [(240, 112), (226, 160), (206, 204), (188, 236), (176, 270)]
FEMORAL_BRANCHES = [
    [(176, 270), (160, 320), (146, 400), (150, 470)],                  # to the quadriceps
    [(176, 270), (180, 330), (196, 440), (222, 600), (248, 760), (266, 900)],   # saphenous
]
OBTURATOR_TRUNK = [(262, 104), (258, 160), (244, 220), (230, 262), (222, 296)]
OBTURATOR_BRANCHES = [
    [(222, 296), (236, 340), (254, 420), (266, 520)],                  # to the adductors
    [(222, 296), (250, 360), (272, 480), (284, 640), (286, 780), (278, 900)],   # to the knee
]
# The femoral vessels: the external iliac artery and vein follow the pelvic
# brim beside the psoas and become the femoral artery and vein under the
# inguinal ligament, where from outside in lie nerve, artery, vein; both run
# on down the inner thigh towards the adductor canal and the knee.
FEMORAL_ARTERY = [(268, 112), (258, 160), (238, 204), (206, 236), (194, 280), (198, 340),
                  (210, 420), (228, 540), (250, 680), (266, 800), (276, 900)]
FEMORAL_VEIN = [(286, 120), (278, 170), (258, 214), (222, 246), (210, 280), (214, 340),
                (226, 420), (242, 540), (262, 680), (276, 800), (286, 900)]
LFCN = [(242, 130), (200, 128), (150, 134), (108, 150), (92, 166), (88, 210), (80, 300),
        (72, 420), (76, 540), (88, 640)]


def part(pid, cls, d, indent="    "):
    return '%s<path id="%s" class="part %s" d="%s"/>' % (indent, pid, cls, d)


def plain(cls, d, indent="    "):
    return '%s<path class="%s" d="%s"/>' % (indent, cls, d)


def left_side():
    """The patient's left hip bone and femur, mirrored, as context."""
    shapes = [("bone", ILIUM), ("bone", ISCHIUM), ("bone", PUBIS), ("bone", ACETABULUM),
              ("foramen", OBTURATOR_FORAMEN), ("bone", SHAFT), ("bone", LESSER_TROCHANTER),
              ("bone", GREATER_TROCHANTER), ("bone", NECK)]
    rows = [plain(cls, shape(mirror(pts)), "      ") for cls, pts in shapes]
    rows.append(plain("bone", circle(W - HEAD[0], HEAD[1], HEAD_R), "      "))
    rows.append(plain("bone", shape(mirror(band(CREST_OUTER, CREST_INNER))), "      "))
    return rows


def nerve(pid, trunk, branches, trunk_class="nerve-thin"):
    rows = ['    <g id="%s" class="part">' % pid,
            plain(trunk_class, smooth(trunk), "      ")]
    rows += [plain("nerve-fine", smooth(b), "      ") for b in branches]
    rows.append("    </g>")
    return rows


def main():
    rows = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!--",
        "  Pelvis and hips, front view; the patient's right side is on the left",
        "  and is named part by part, the left side is its mirror image, faded",
        "  as context that cannot be chosen.  The muscles (see-through, so the",
        "  joint stays readable), tendons, vessels and nerves are drawn on the",
        "  right side only; the nerves and vessels run on down the thigh",
        "  towards the knee.  Written by",
        "  build-aux/make-hip-svg.py; plain SVG that can also be edited by hand.",
        "  Clickable parts carry class=\"part\" and an id that",
        "  data/content/anatomy.xml describes.  No fills or strokes here: colours",
        "  come from data/diagrams/diagram-light.css and diagram-dark.css.",
        "-->",
        '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">'
        % (W, H, W, H),
        "  <title>Pelvis and hips, front view</title>",
        '  <g id="context">',
        plain("skin", corners(SKIN_OUTER, SKIN_INNER, list(reversed(mirror(SKIN_INNER))),
                              list(reversed(mirror(SKIN_OUTER))))),
        plain("bone", shape(L4_BODY)),
        plain("disc", shape(L45_DISC)),
        plain("bone", shape(L5_BODY)),
        plain("bone", shape(L5_TRANSVERSE)),
        plain("bone", shape(mirror(L5_TRANSVERSE))),
        plain("bone", shape(COCCYX)),
        '    <g id="left-hip" class="faded">',
    ]
    rows += left_side()
    rows += ["    </g>", "  </g>", '  <g id="gluteal-tendons" class="part">',
             plain("tendon", shape(GLUTEAL_TENDONS))]
    rows += [plain("fibre", smooth(l)) for l in GLUTEAL_FIBRES]
    rows += [
        "  </g>",
        '  <g id="pelvis">',
        '    <g id="sacrum-front" class="part">',
        plain("bone", shape(SACRUM), "      "),
    ]
    # The sacrum's fused segments and the four pairs of openings in front.
    for i, y in enumerate((150, 190, 228, 262)):
        half = 40 - 8 * i
        rows.append(plain("detail", smooth([(MID - half - 6, y - 4), (MID, y + 2),
                                            (MID + half + 6, y - 4)]), "      "))
        for side in (-1, 1):
            cx = MID + side * (half - 2)
            rows.append(plain("foramen", shape([(cx - 6, y - 12), (cx, y - 16), (cx + 6, y - 12),
                                                 (cx + 5, y - 6), (cx, y - 4), (cx - 5, y - 6)]),
                              "      "))
    rows += [
        "    </g>",
        '    <g id="ilium" class="part">',
        plain("bone", shape(ILIUM), "      "),
        plain("detail", smooth(ILIAC_FOSSA), "      "),
        plain("detail", smooth(ARCUATE_LINE), "      "),
        part("iliac-crest", "bone", shape(band(CREST_OUTER, CREST_INNER)), "      "),
        "    </g>",
        part("ischium", "bone", shape(ISCHIUM)),
        part("pubis", "bone", shape(PUBIS)),
        plain("foramen", shape(OBTURATOR_FORAMEN)),
        part("pubic-symphysis", "cartilage", shape(SYMPHYSIS)),
        part("si-joint", "cartilage", shape(SI_JOINT)),
        part("acetabulum", "bone", shape(ACETABULUM)),
        "  </g>",
        '  <g id="right-femur">',
        part("femoral-shaft", "bone", shape(SHAFT)),
        part("lesser-trochanter", "bone", shape(LESSER_TROCHANTER)),
        '    <g id="greater-trochanter" class="part">',
        plain("bone", shape(GREATER_TROCHANTER), "      "),
        "    </g>",
        '    <g id="femoral-neck" class="part">',
        plain("bone", shape(NECK), "      "),
        plain("detail", smooth(INTERTROCHANTERIC_LINE), "      "),
        "    </g>",
        '    <g id="femoral-head" class="part">',
        plain("bone", circle(HEAD[0], HEAD[1], HEAD_R), "      "),
        plain("detail", shape(FOVEA), "      "),
        "    </g>",
        part("acetabular-labrum", "cartilage", shape(LABRUM)),
        "  </g>",
        '  <g id="soft-tissue">',
        '    <g id="iliopsoas" class="part">',
        plain("muscle-part", shape(ILIOPSOAS), "      "),
    ]
    rows += [plain("muscle-fibre", smooth(l), "      ") for l in ILIOPSOAS_FIBRES]
    rows += ["    </g>", '    <g id="rectus-femoris" class="part">',
             plain("muscle-part", shape(RECTUS_FEMORIS), "      ")]
    rows += [plain("muscle-fibre", smooth(l), "      ") for l in RECTUS_FIBRES]
    rows += [
        "    </g>",
        "  </g>",
        '  <g id="vessels">',
        part("femoral-artery", "artery", smooth(FEMORAL_ARTERY)),
        part("femoral-vein", "vein", smooth(FEMORAL_VEIN)),
        "  </g>",
        '  <g id="nerves">',
    ]
    rows += nerve("femoral-nerve", FEMORAL_TRUNK, FEMORAL_BRANCHES, "nerve")
    rows += nerve("obturator-nerve", OBTURATOR_TRUNK, OBTURATOR_BRANCHES)
    rows += [
        part("lateral-femoral-cutaneous-nerve", "nerve-thin", smooth(LFCN)),
        "  </g>",
        "  <!-- Last: the muscle and the nerves pass under it. -->",
        part("inguinal-ligament", "ligament", shape(INGUINAL_LIGAMENT), "  "),
        "</svg>",
    ]
    write_diagram("hip.svg", rows)


if __name__ == "__main__":
    main()
