#!/usr/bin/env python3
"""Writes data/diagrams/lumbar-spine.svg: the lumbar spine seen from the side.

Every vertebra is the same drawing in its own frame (front on the left,
the body centred on the origin, 120 × 70 units), placed along the
lordosis by a translate and a rotate; the SVG keeps those transforms, so
a vertebra can still be edited by hand in Inkscape.  Discs, foramina,
the canal and the roots are found from the vertebrae's frames, so they
fit whatever the curve.  Run it again after changing a shape.

Facts drawn from ../shared/ANATOMY.md: a root leaves below the pedicle of
its own vertebra (L4 through the L4–L5 foramen), the cord ends at L1–L2,
the L5–S1 disc is a wedge, the sacrum tilts forward and the coccyx curls
forward below it.  The disc-bulge state (class "state", hidden until the
view shows it) is a posterolateral L4–L5 bulge on the traversing L5 root.
"""
import math

from diagram_svg import f, p, smooth, write_diagram

W, H = 600, 900

# Centre and tilt of each lumbar body along the lordosis (L3 most forward).
LEVELS = [("l1", 272, 92, 8), ("l2", 258, 204, 5), ("l3", 250, 316, 1),
          ("l4", 254, 428, -5), ("l5", 272, 540, -13)]
SACRUM_TILT = -38              # the S1 body's frame is found from L5's
BODY_FRONT, BODY_BACK, BODY_HALF = -58, 56, 35


class Frame:
    def __init__(self, x, y, deg):
        self.x, self.y, self.deg = x, y, deg
        self.c, self.s = math.cos(math.radians(deg)), math.sin(math.radians(deg))

    def pt(self, x, y):
        return (self.x + x * self.c - y * self.s, self.y + x * self.s + y * self.c)

    def attr(self):
        return 'transform="translate(%g %g) rotate(%g)"' % (self.x, self.y, self.deg)


# ---- One vertebra, in its own frame --------------------------------------

BODY = ("M-58 -35 C-20 -31 20 -31 56 -35 C52 -12 52 12 56 35 "
        "C20 31 -20 31 -58 35 C-53 12 -53 -12 -58 -35 Z")
END_PLATE_TOP = "M-55 -32 C-20 -28 20 -28 53 -32 L53 -27 C20 -23 -20 -23 -55 -27 Z"
END_PLATE_BOTTOM = "M-55 32 C-20 28 20 28 53 32 L53 27 C20 23 -20 23 -55 27 Z"
PEDICLE = "M52 -33 C66 -30 80 -31 94 -36 L98 -10 C84 -8 68 -8 53 -9 Z"
# Lamina with the superior articular process (up) and inferior (down).
ARCH = ("M92 -36 C94 -50 100 -62 110 -66 C118 -68 122 -60 120 -50 "
        "C119 -42 124 -34 134 -30 C140 -12 140 16 136 38 "
        "C134 50 124 56 117 48 C113 34 110 18 104 4 C100 -4 96 -14 92 -36 Z")
SPINOUS = ("M128 -28 C150 -32 176 -30 198 -22 C212 -17 214 2 207 14 "
           "C202 23 190 25 178 21 C160 15 144 15 132 18 Z")
TRANSVERSE = "M86 -27 C92 -40 112 -44 122 -36 C129 -30 124 -18 112 -16 C100 -15 89 -17 86 -27 Z"
FACET = "M113 18 C118 24 121 36 121 46 C121 54 117 58 114 54 C111 46 110 30 113 18 Z"


def vertebra(level, frame):
    name = level
    nested = level == "l4"     # one level is labelled part by part, as in an atlas

    def part_or(cls, d, pid):
        if nested:
            return '      <path id="%s" class="part %s" d="%s"/>' % (pid, cls, d)
        return '      <path class="%s" d="%s"/>' % (cls, d)

    rows = ['    <g id="%s-vertebra" class="part" %s>' % (name, frame.attr()),
            '      <path class="bone" d="%s"/>' % BODY,
            '      <path class="end-plate" d="%s"/>' % END_PLATE_TOP,
            part_or("end-plate", END_PLATE_BOTTOM, "l4-end-plate"),
            part_or("bone", PEDICLE, "l4-pedicle"),
            '      <path class="bone" d="%s"/>' % ARCH,
            part_or("bone", SPINOUS, "l4-spinous-process"),
            part_or("bone", TRANSVERSE, "l4-transverse-process"),
            '      <path class="detail" d="M-40 -8 C-20 -4 10 -4 40 -8"/>',
            '    </g>']
    return "\n".join(rows)


# ---- Things found from the frames -----------------------------------------

def disc_outline(upper, lower, bulge_front=7, bulge_back=3):
    a = upper.pt(BODY_FRONT, BODY_HALF)
    b = upper.pt(BODY_BACK, BODY_HALF)
    c = lower.pt(BODY_BACK, -BODY_HALF)
    d = lower.pt(BODY_FRONT, -BODY_HALF)
    mid_back = ((b[0] + c[0]) / 2 + bulge_back, (b[1] + c[1]) / 2)
    mid_front = ((a[0] + d[0]) / 2 - bulge_front, (a[1] + d[1]) / 2)
    return a, b, mid_back, c, d, mid_front


def disc_path(upper, lower):
    a, b, mb, c, d, mf = disc_outline(upper, lower)
    return ("M%s C%s %s %s C%s %s %s C%s %s %s C%s %s %s Z" % (
        p(*a), p(*lerp(a, b, 0.35)), p(*lerp(a, b, 0.65)), p(*b),
        p(b[0] + 4, b[1] + 2), p(mb[0], mb[1] - 6), p(*mb),
        p(mb[0], mb[1] + 6), p(c[0] + 4, c[1] - 2), p(*c),
        p(*lerp(c, d, 0.35)), p(*lerp(c, d, 0.65)), p(*d))
            + " C%s %s %s C%s %s %s Z" % (
        p(d[0] - 5, d[1] - 2), p(mf[0], mf[1] + 8), p(*mf),
        p(mf[0], mf[1] - 8), p(a[0] - 5, a[1] + 2), p(*a))).replace(" Z C", " C", 1)


def baked(frame, d):
    """Path data d (absolute M, C, L, Z only) moved into the page by frame.

    librsvg 2.54 measures a group rotated by much far larger than it is,
    and the view centres and labels by those boxes: the steep sacrum is
    drawn in page coordinates instead."""
    words = d.replace("M", " M ").replace("C", " C ").replace("L", " L ").replace(
        "Z", " Z ").split()
    out, pending = [], []
    for word in words:
        if word in "MCLZ":
            out.append(word)
            continue
        pending.append(float(word))
        if len(pending) == 2:
            out.append(p(*frame.pt(*pending)))
            pending = []
    return " ".join(out).replace("M ", "M").replace("C ", "C").replace("L ", "L")


def joined(points):
    """smooth() continuing the current path: a line to the first point."""
    return "L" + smooth(list(points))[1:]


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def disc_inner(upper, lower, share, centre_shift):
    """An ellipse-like ring inside the disc: share of its size, moved back."""
    a, b, mb, c, d, mf = disc_outline(upper, lower)
    cx = (a[0] + b[0] + c[0] + d[0]) / 4
    cy = (a[1] + b[1] + c[1] + d[1]) / 4
    ux, uy = (b[0] - a[0] + c[0] - d[0]) / 2, (b[1] - a[1] + c[1] - d[1]) / 2
    length = math.hypot(ux, uy)
    ux, uy = ux / length, uy / length
    vx, vy = -uy, ux
    thick = (math.dist(a, d) + math.dist(b, c)) / 2
    cx, cy = cx + ux * centre_shift, cy + uy * centre_shift
    rx, ry = length / 2 * share, thick / 2 * min(0.75, share * 1.1)
    pts = [(cx + ux * rx * math.cos(t) + vx * ry * math.sin(t),
            cy + uy * rx * math.cos(t) + vy * ry * math.sin(t))
           for t in (i * math.pi / 4 for i in range(8))]
    return smooth(pts, closed=True)


def coccyx(s1):
    """Three or four small segments fused into one tapering piece that hangs
    from the sacrum's apex and curls forward; the joints between them as
    lines.  Built in the S1 frame along a centre line, half-width 10 at the
    apex to 3 at the tip."""
    centre = [(16, 208), (12, 224), (-2, 240), (-22, 253), (-42, 262)]
    half = [10, 8.5, 6.5, 4.5, 3]
    left, right, normals = [], [], []
    for i, (x, y) in enumerate(centre):
        a, b = centre[max(i - 1, 0)], centre[min(i + 1, len(centre) - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        d = math.hypot(dx, dy)
        nx, ny = -dy / d, dx / d
        normals.append((nx, ny))
        left.append((x + nx * half[i], y + ny * half[i]))
        right.append((x - nx * half[i], y - ny * half[i]))
    tip_x, tip_y = centre[-1]
    tx, ty = tip_x - centre[-2][0], tip_y - centre[-2][1]
    t = math.hypot(tx, ty)
    tip = (tip_x + tx / t * 3, tip_y + ty / t * 3)
    outline = [s1.pt(*q) for q in left + [tip] + right[::-1]]
    joints = []
    for i in (1, 2, 3):
        (lx, ly), (rx, ry) = left[i], right[i]
        joints.append("M%s L%s" % (p(*s1.pt(lx, ly)), p(*s1.pt(rx, ry))))
    return smooth(outline, closed=True), joints


def sacral_frame(l5):
    """S1 below L5, across a disc 24 units thick at its middle."""
    top = l5.pt(-1, BODY_HALF + 24)
    tilt = Frame(0, 0, SACRUM_TILT)
    dx, dy = tilt.pt(0, BODY_HALF)
    return Frame(top[0] + dx, top[1] + dy, SACRUM_TILT)


def canal(frame):
    return frame.pt(80, 0)


def main():
    frames = [Frame(x, y, a) for _, x, y, a in LEVELS]
    s1 = sacral_frame(frames[-1])
    out = []
    w = out.append
    w('<?xml version="1.0" encoding="UTF-8"?>')
    w("<!--")
    w("  Lumbar spine, side view; the front of the body is on the left.")
    w("  Written by build-aux/make-spine-svg.py; plain SVG that can also be")
    w("  edited by hand.  Clickable parts carry class=\"part\" and an id that")
    w("  data/content/anatomy.xml describes; one level (L4) names its pedicle,")
    w("  processes, end plate, facet joint, foramen, annulus and nucleus, as an atlas does.")
    w("  A group with class=\"state\" is hidden until the diagram view shows it")
    w("  (anatomy.xml says which conditions show it).  No fills or strokes here:")
    w("  colours come from data/diagrams/diagram-light.css and diagram-dark.css.")
    w("-->")
    w('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">'
      % (W, H, W, H))
    w("  <title>Lumbar spine, side view</title>")

    # Skin and the back muscles, following the spinous processes.
    tips = [fr.pt(205, 0) for fr in frames] + [s1.pt(150, 60), s1.pt(100, 180)]
    back = [(x + 95, y) for x, y in tips]
    back = [(back[0][0] + 10, 0)] + back + [(back[-1][0] - 20, H)]
    muscle_in = [(x + 8, y) for x, y in tips]
    muscle_in = [(muscle_in[0][0] + 6, 0)] + muscle_in + [(muscle_in[-1][0] - 14, H)]
    w('  <g id="context">')
    w('    <path class="skin" d="%s L0 %d L0 0 Z"/>' % (smooth(back), H))
    w('    <path class="muscle" d="%s %s Z"/>' % (smooth(muscle_in), joined(reversed(back))))
    w("  </g>")

    # Foramina: the windows between pedicles, behind the discs.
    w('  <g id="foramina">')
    all_frames = frames + [s1]
    for i, fr in enumerate(frames):
        pts = [fr.pt(58, -6), fr.pt(84, -10), fr.pt(106, -2), fr.pt(112, 20),
               fr.pt(108, 48), fr.pt(96, 70), fr.pt(74, 74), fr.pt(60, 50), fr.pt(56, 20)]
        pid = ' id="l4-l5-foramen" class="part foramen"' if LEVELS[i][0] == "l4" \
            else ' class="foramen"'
        w('    <path%s d="%s"/>' % (pid, smooth(pts, closed=True)))
    w("  </g>")

    # Discs: annulus (the outline and its layers) round the nucleus.
    names = [lv[0] for lv in LEVELS] + ["s1"]
    w('  <g id="discs">')
    for i in range(5):
        upper, lower = all_frames[i], all_frames[i + 1]
        did = "disc-%s-%s" % (names[i], names[i + 1])
        w('    <g id="%s" class="part">' % did)
        w('      <path class="disc" d="%s"/>' % disc_path(upper, lower))
        nucleus = disc_inner(upper, lower, 0.42, 8)
        if did == "disc-l4-l5":
            # The annulus named: its rings round the nucleus, a band with a
            # hole; the disc's rim outside it still chooses the whole disc.
            w('      <path id="l4-l5-annulus" class="part annulus" d="%s %s"/>' % (
                disc_inner(upper, lower, 0.82, 4), nucleus))
        w('      <path class="annulus-line" d="%s"/>' % disc_inner(upper, lower, 0.82, 4))
        w('      <path class="annulus-line" d="%s"/>' % disc_inner(upper, lower, 0.64, 6))
        if did == "disc-l4-l5":
            w('      <path id="l4-l5-nucleus" class="part nucleus" d="%s"/>' % nucleus)
        else:
            w('      <path class="nucleus" d="%s"/>' % nucleus)
        w("    </g>")
    w("  </g>")

    # Sacrum, in the S1 frame: S1 body on top, five fused segments tapering
    # down and back, the anterior surface concave; coccyx curling forward.
    sac = [(-58, -35), (-20, -31), (20, -31), (56, -35), (92, -40), (112, -62),
           (124, -54), (140, -22), (146, 24), (132, 80), (104, 136), (66, 182),
           (28, 208), (4, 206), (-6, 178), (-18, 130), (-30, 80), (-46, 30), (-56, -8)]
    w('  <g id="sacrum" class="part">')
    w('    <path class="bone" d="%s"/>' % baked(s1, smooth(sac, closed=True, tension=1 / 7)))
    w('    <path class="end-plate" d="%s"/>' % baked(s1, END_PLATE_TOP))
    for y0, x0, x1 in ((36, -40, 110), (82, -24, 102), (126, -16, 82), (166, -8, 56)):
        w('    <path class="detail" d="%s"/>' % baked(s1, "M%s C%s %s %s" % (
            p(x0, y0), p(x0 + 30, y0 - 6), p(x1 - 30, y0 - 8), p(x1, y0 - 4))))
    w("  </g>")
    w('  <g id="coccyx" class="part">')
    outline, joints = coccyx(s1)
    w('    <path class="bone" d="%s"/>' % outline)
    for joint in joints:
        w('    <path class="detail" d="%s"/>' % joint)
    w("  </g>")

    w('  <g id="vertebrae">')
    for (level, *_), fr in zip(LEVELS, frames):
        w(vertebra(level, fr))
    w("  </g>")

    # Facet joints: the capsule where the inferior process of one vertebra
    # meets the superior process of the next.
    w('  <g id="facet-joints">')
    for i, fr in enumerate(frames):
        pid = ' id="l4-l5-facet-joint" class="part facet"' if LEVELS[i][0] == "l4" \
            else ' class="facet"'
        w('    <path%s %s d="%s"/>' % (pid, fr.attr(), FACET))
    w("  </g>")

    # The bulge: the L4–L5 disc pushed back into the canal, onto the L5 root.
    l4, l5 = frames[3], frames[4]
    a, b, mb, c, d, mf = disc_outline(l4, l5)
    top, bottom = lerp(b, mb, 0.2), lerp(mb, c, 0.8)
    out_pt = (mb[0] + 40, mb[1] + 6)
    w('  <g id="disc-bulge-l4-l5" class="state">')
    w('    <path class="disc bulge" d="M%s C%s %s %s C%s %s %s Z"/>' % (
        p(*top), p(top[0] + 16, top[1] - 4), p(out_pt[0], out_pt[1] - 14), p(*out_pt),
        p(out_pt[0], out_pt[1] + 14), p(bottom[0] + 14, bottom[1] + 4), p(*bottom)))
    nuc_tip = (mb[0] + 32, mb[1] + 5)
    w('    <path class="nucleus" d="M%s C%s %s %s C%s %s %s Z"/>' % (
        p(mb[0] - 22, mb[1] - 5), p(mb[0] - 4, mb[1] - 8), p(nuc_tip[0], nuc_tip[1] - 6),
        p(*nuc_tip), p(nuc_tip[0], nuc_tip[1] + 6), p(mb[0] - 4, mb[1] + 10),
        p(mb[0] - 22, mb[1] + 5)))
    for r in (10, 17):
        w('    <path class="pressure" d="M%s C%s %s %s"/>' % (
            p(out_pt[0] + r, out_pt[1] - r), p(out_pt[0] + r * 1.5, out_pt[1] - r / 2),
            p(out_pt[0] + r * 1.5, out_pt[1] + r / 2), p(out_pt[0] + r, out_pt[1] + r)))
    w("  </g>")

    # The canal's centre line, from above L1 into the sacrum.
    line = [(frames[0].pt(80, -140)[0], 0)] + [canal(fr) for fr in frames] + \
        [s1.pt(96, 0), s1.pt(94, 70), s1.pt(66, 140)]
    cord_end = lerp(canal(frames[0]), canal(frames[1]), 0.55)   # conus at L1–L2
    cord_left = [(x - 11, y) for x, y in line[:2]] + [(cord_end[0] - 6, cord_end[1] - 24)]
    cord_right = [(cord_end[0] + 6, cord_end[1] - 24)] + [(x + 11, y) for x, y in
                                                         reversed(line[:2])]
    tip = "C%s %s %s C%s %s %s" % (
        p(cord_end[0] - 6, cord_end[1] - 10), p(cord_end[0] - 2, cord_end[1] + 2), p(*cord_end),
        p(cord_end[0] + 2, cord_end[1] + 2), p(cord_end[0] + 6, cord_end[1] - 10),
        p(*cord_right[0]))
    w('  <path id="spinal-cord" class="part cord" d="%s %s %s Z"/>' % (
        smooth(cord_left), tip, joined(cord_right)))

    w('  <g id="cauda-equina" class="part">')
    tail = [cord_end] + line[2:]
    for k, dx in enumerate((-9, -4.5, 0, 4.5, 9)):
        pts = [(x + dx * min(1, j / 1.5), y + (abs(dx) * 0.3 if j == 0 else 0))
               for j, (x, y) in enumerate(tail)]
        w('    <path class="nerve-fine" d="%s"/>' % smooth(pts))
    w("  </g>")

    # Roots: from the canal, under the pedicle of their own vertebra, out
    # through the foramen below it, then down and forward.
    w('  <g id="nerve-roots">')
    roots = (("l2", 1), ("l3", 2), ("l4", 3), ("l5", 4))
    for name, i in roots:
        fr = frames[i]
        above = frames[i - 1]
        pts = [above.pt(92, 50), fr.pt(92, -36), fr.pt(88, 8), fr.pt(76, 34),
               fr.pt(50, 76), fr.pt(24, 130), fr.pt(-4, 196)]
        w('    <path id="%s-nerve-root" class="part nerve" d="%s"/>' % (name, smooth(pts)))
    pts = [frames[4].pt(96, 54), s1.pt(96, -20), s1.pt(84, 26), s1.pt(39, 66),
           s1.pt(-6, 106), s1.pt(-51, 146)]
    w('    <path id="s1-nerve-root" class="part nerve" d="%s"/>' % smooth(pts))
    w("  </g>")
    w("</svg>")

    write_diagram("lumbar-spine.svg", out)


if __name__ == "__main__":
    main()
