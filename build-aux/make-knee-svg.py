#!/usr/bin/env python3
"""Writes data/diagrams/knee.svg: the right knee from the front.

The outer (lateral) side is on the left.  Most outlines are written out
here as the path data they are, so that the SVG stays easy to edit by
hand; only the C-shaped menisci of the top view are computed.  Run it
again after changing a shape.

Facts drawn from ../shared/ANATOMY.md: the fibular head sits on the outer
side below the joint line; the patella lies inside the quadriceps tendon
and the patellar tendon runs from its apex to the tibial tuberosity; the
MCL is a broad band from the medial epicondyle to the tibia well below the
joint line, joined to the medial meniscus; the LCL is a round cord from
the lateral epicondyle to the fibular head, apart from the lateral
meniscus; the ACL runs from the front of the tibial eminence up to the
lateral condyle and the PCL from the back of the tibia up to the medial
condyle, crossing in the notch.  The inset below the leg shows the tibial plateau from
above, tipped towards the viewer (front edge down, outer side still on
the left): the medial meniscus an open C, the lateral one nearly an O.
"""
import math

from diagram_svg import write_diagram

W, H = 600, 960
INSET_SHIFT = "translate(-200 180)"   # the inset is drawn round (500, 700)

SKIN = ("M140 0 L460 0 C466 110 474 220 484 320 C494 410 486 480 462 540 "
        "C444 600 436 700 432 800 L176 800 C172 700 162 600 144 540 "
        "C118 480 108 410 118 320 C126 220 134 110 140 0 Z")
QUADRICEPS_MUSCLE = ("M170 0 L430 0 C424 80 412 160 390 214 C376 240 360 250 352 250 "
                     "L250 250 C240 250 224 240 212 214 C190 160 176 80 170 0 Z")

FEMUR = ("M252 0 L348 0 C350 90 352 170 360 220 C372 250 404 270 420 292 "
         "C434 314 438 346 430 372 C424 398 408 418 384 421 C362 424 340 418 330 404 "
         "C324 392 320 376 314 366 C308 358 294 358 288 366 C282 376 278 392 272 404 "
         "C262 418 240 424 218 420 C196 416 180 398 176 372 C170 346 172 318 184 298 "
         "C200 272 232 252 242 222 C248 170 250 90 252 0 Z")
# The trochlear groove's ridges, seen through the kneecap, and the epicondyles.
FEMUR_DETAILS = ["M268 258 C262 300 266 340 278 366",
                 "M334 258 C342 300 338 340 326 366",
                 "M186 312 C194 322 196 336 190 348",
                 "M424 306 C414 318 412 334 420 348"]

FIBULA = ("M160 462 C170 452 192 452 204 462 C214 472 212 492 204 504 "
          "C198 514 194 524 192 540 C190 620 190 720 192 800 L170 800 "
          "C170 720 168 620 166 540 C164 524 156 512 152 500 C146 486 150 470 160 462 Z")
TIBIA = ("M186 432 C192 426 222 424 250 426 C270 427 284 424 290 414 "
         "C293 407 297 407 299 414 C301 419 303 419 305 414 C307 407 311 407 314 414 "
         "C320 424 334 427 352 426 C382 424 414 424 424 432 C432 446 428 466 412 482 "
         "C396 500 384 540 376 572 C364 620 346 700 342 800 L262 800 "
         "C262 700 258 610 248 566 C240 530 224 500 208 484 C192 470 180 456 182 444 "
         "C183 438 184 434 186 432 Z")
TUBEROSITY = "M286 500 C288 488 320 488 322 500 C324 512 316 520 304 520 C292 520 284 512 286 500 Z"

CARTILAGE = [
    "M178 376 C184 400 200 416 218 420 C240 424 262 418 272 404 "
    "L266 399 C256 411 238 415 220 413 C204 410 191 397 185 376 Z",
    "M430 376 C424 400 408 418 384 421 C362 424 340 418 330 404 "
    "L337 400 C346 411 364 415 384 414 C403 412 417 398 423 376 Z",
    "M188 432 C202 426 230 425 252 427 C268 428 280 425 288 418 "
    "L290 424 C282 432 268 433 252 433 C230 432 202 432 189 438 Z",
    "M424 432 C410 426 382 425 352 427 C336 428 324 425 316 418 "
    "L314 424 C322 432 336 433 352 433 C382 432 410 432 423 438 Z",
]

LATERAL_MENISCUS = ("M190 432 C187 421 192 411 202 409 C220 412 252 418 282 424 "
                    "C262 428 230 430 201 433 C196 434 191 434 190 432 Z")
MEDIAL_MENISCUS = ("M428 432 C431 421 425 410 414 408 C396 412 362 418 324 424 "
                   "C348 428 384 430 417 433 C422 434 427 434 428 432 Z")

LCL = ("M176 320 C184 316 192 322 191 332 C187 376 183 420 180 458 "
       "C179 469 165 471 164 461 C166 420 170 376 173 332 C173 326 173 322 176 320 Z")
LCL_FIBRES = ["M182 330 C179 380 175 420 172 458"]
MCL = ("M414 296 C428 290 444 298 442 314 C440 380 436 430 424 480 "
       "C414 530 402 566 392 598 C386 612 366 614 362 602 C370 566 386 520 396 476 "
       "C408 420 414 370 412 320 C411 308 411 300 414 296 Z")
MCL_FIBRES = ["M428 306 C428 380 422 440 410 490 C400 530 390 566 382 598",
              "M420 312 C420 380 414 440 402 486 C392 520 380 560 372 596"]

QUADRICEPS_TENDON = ("M238 96 C268 140 336 140 366 96 C360 150 356 200 356 250 C358 300 340 350 318 372 "
                     "L290 372 C266 350 248 300 250 250 C250 200 246 150 238 96 Z")
PATELLA = ("M300 230 C330 228 352 246 354 274 C356 304 338 338 316 362 "
           "C308 370 292 370 284 362 C262 338 244 304 246 274 C248 246 270 228 300 230 Z")
PATELLAR_TENDON = ("M282 354 L320 354 C324 400 326 450 322 496 "
                   "C312 502 296 502 286 496 C280 450 278 400 282 354 Z")

PCL = ("M290 434 C292 410 304 384 316 366 C320 361 328 365 326 372 "
       "C316 392 307 416 302 436 C300 442 290 441 290 434 Z")
ACL = ("M316 430 C310 408 298 388 288 372 C284 366 276 368 278 376 "
       "C286 396 297 414 305 434 C308 440 318 438 316 430 Z")

# The inset: the tibial plateau from above, front edge down.
PLATEAU = ("M418 690 C418 656 448 642 478 648 C490 650 496 658 500 658 "
           "C504 658 510 650 522 648 C552 642 582 656 582 690 "
           "C582 728 550 752 500 754 C450 752 418 728 418 690 Z")
INSET_FRAME = ("M406 632 L594 632 C597 632 598 633 598 636 L598 772 "
               "C598 775 597 776 594 776 L406 776 C403 776 402 775 402 772 "
               "L402 636 C402 633 403 632 406 632 Z")


def f(v):
    return ("%.1f" % v).rstrip("0").rstrip(".")


def meniscus_c(cx, cy, outer, inner, gap_deg, facing_deg):
    """A C: a ring round (cx, cy) open by gap_deg towards facing_deg,
    its two horns rounded; outer and inner are (rx, ry)."""
    start = math.radians(facing_deg + gap_deg / 2)
    end = math.radians(facing_deg + 360 - gap_deg / 2)
    steps = 8
    pts_out = [(cx + outer[0] * math.cos(start + (end - start) * i / steps),
                cy + outer[1] * math.sin(start + (end - start) * i / steps))
               for i in range(steps + 1)]
    pts_in = [(cx + inner[0] * math.cos(end - (end - start) * i / steps),
               cy + inner[1] * math.sin(end - (end - start) * i / steps))
              for i in range(steps + 1)]
    d = ["M%s %s" % (f(pts_out[0][0]), f(pts_out[0][1]))]
    d += arc_through(pts_out)
    # rounded horn at the end, then back along the inside
    d.append("C%s %s %s %s %s %s" % (
        f(pts_out[-1][0] + (pts_out[-1][0] - pts_out[-2][0]) * 0.4),
        f(pts_out[-1][1] + (pts_out[-1][1] - pts_out[-2][1]) * 0.4),
        f(pts_in[0][0] + (pts_in[0][0] - pts_in[1][0]) * 0.4),
        f(pts_in[0][1] + (pts_in[0][1] - pts_in[1][1]) * 0.4),
        f(pts_in[0][0]), f(pts_in[0][1])))
    d += arc_through(pts_in)
    d.append("C%s %s %s %s %s %s Z" % (
        f(pts_in[-1][0] + (pts_in[-1][0] - pts_in[-2][0]) * 0.4),
        f(pts_in[-1][1] + (pts_in[-1][1] - pts_in[-2][1]) * 0.4),
        f(pts_out[0][0] + (pts_out[0][0] - pts_out[1][0]) * 0.4),
        f(pts_out[0][1] + (pts_out[0][1] - pts_out[1][1]) * 0.4),
        f(pts_out[0][0]), f(pts_out[0][1])))
    return " ".join(d)


def arc_through(pts):
    """Catmull-Rom segments through pts (the first is the current point)."""
    out = []
    n = len(pts)
    for i in range(n - 1):
        p0 = pts[max(i - 1, 0)]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[min(i + 2, n - 1)]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        out.append("C%s %s %s %s %s %s" % (f(c1[0]), f(c1[1]), f(c2[0]), f(c2[1]),
                                           f(p2[0]), f(p2[1])))
    return out


def main():
    lateral_c = meniscus_c(460, 698, (33, 34), (17, 18), 32, 0)
    medial_c = meniscus_c(538, 700, (36, 38), (22, 24), 110, 180)
    rows = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!--",
        "  Right knee, front view; the outer (lateral) side is on the left.  The",
        "  kneecap and its tendons are drawn see-through so that the cruciate",
        "  ligaments in the notch behind them stay visible.  Below the leg: the",
        "  tibial plateau from above, front edge down, with the C-shaped menisci",
        "  (each meniscus is one part: its wedge in the front view and its C).",
        "  Written by build-aux/make-knee-svg.py; plain SVG that can also be",
        "  edited by hand.  Clickable parts carry class=\"part\" and an id that",
        "  data/content/anatomy.xml describes.  No fills or strokes here: colours",
        "  come from data/diagrams/diagram-light.css and diagram-dark.css.",
        "-->",
        '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">'
        % (W, H, W, H),
        "  <title>Right knee, front view</title>",
        '  <g id="context">',
        '    <path class="skin" d="%s"/>' % SKIN,
        '    <path class="muscle" d="%s"/>' % QUADRICEPS_MUSCLE,
        '    <g transform="%s">' % INSET_SHIFT,
        # kc-whole: the view keeps it whole when it fits the parts
        '      <path id="kc-whole" class="inset" d="%s"/>' % INSET_FRAME,
        '      <path class="bone" d="%s"/>' % PLATEAU,
        '      <path class="detail" d="M500 662 C496 680 496 700 500 740"/>',
        "    </g>",
        "  </g>",
        '  <g id="bones">',
        '    <g id="femur" class="part">',
        '      <path class="bone" d="%s"/>' % FEMUR,
    ]
    rows += ['      <path class="detail" d="%s"/>' % d for d in FEMUR_DETAILS]
    rows += [
        "    </g>",
        '    <path id="fibula" class="part bone" d="%s"/>' % FIBULA,
        '    <g id="tibia" class="part">',
        '      <path class="bone" d="%s"/>' % TIBIA,
        '      <path class="detail" d="%s"/>' % TUBEROSITY,
        "    </g>",
        "  </g>",
        '  <g id="articular-cartilage" class="part">',
    ]
    rows += ['    <path class="cartilage" d="%s"/>' % d for d in CARTILAGE]
    rows += [
        "  </g>",
        '  <g id="lateral-meniscus" class="part">',
        '    <path class="meniscus" d="%s"/>' % LATERAL_MENISCUS,
        '    <path class="meniscus" transform="%s" d="%s"/>' % (INSET_SHIFT, lateral_c),
        "  </g>",
        '  <g id="medial-meniscus" class="part">',
        '    <path class="meniscus" d="%s"/>' % MEDIAL_MENISCUS,
        '    <path class="meniscus" transform="%s" d="%s"/>' % (INSET_SHIFT, medial_c),
        "  </g>",
        '  <g id="lateral-collateral-ligament" class="part">',
        '    <path class="ligament" d="%s"/>' % LCL,
    ]
    rows += ['    <path class="fibre" d="%s"/>' % d for d in LCL_FIBRES]
    rows += [
        "  </g>",
        '  <g id="medial-collateral-ligament" class="part">',
        '    <path class="ligament" d="%s"/>' % MCL,
    ]
    rows += ['    <path class="fibre" d="%s"/>' % d for d in MCL_FIBRES]
    rows += [
        "  </g>",
        '  <g id="tendons">',
        '    <path id="quadriceps-tendon" class="part tendon" d="%s"/>' % QUADRICEPS_TENDON,
        '    <path id="patellar-tendon" class="part tendon" d="%s"/>' % PATELLAR_TENDON,
        '    <path id="patella" class="part bone see-through" d="%s"/>' % PATELLA,
        "  </g>",
        '  <g id="cruciates">',
        '    <path id="posterior-cruciate-ligament" class="part ligament far" d="%s"/>' % PCL,
        '    <path id="anterior-cruciate-ligament" class="part ligament" d="%s"/>' % ACL,
        "  </g>",
        "</svg>",
    ]
    write_diagram("knee.svg", rows)


if __name__ == "__main__":
    main()
