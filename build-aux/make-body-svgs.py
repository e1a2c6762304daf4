#!/usr/bin/env python3
"""Writes data/diagrams/body-front.svg and body-back.svg.

A neutral standing adult, front and back, drawn on the proportions of
../shared/ANATOMY.md: 7.5 head heights from the crown (y 20) to the floor
(y 888); knee joint line at 0.28 of the height, greater trochanter 0.52,
iliac crest and navel 0.60, shoulders 0.82, chin 0.87, fingertips 0.38,
gluteal fold 0.47.

Each leg is described by its outer and inner edge (control points joined
by smooth curves).  A region is a shape in (fraction across the leg,
height) coordinates, so the regions of a leg tile it exactly and follow
its contour; their sides are written as cubic Béziers through points
sampled on those curves.  The dermatome overlay (L2-S1, after the
evidence-based map of Lee, McPhee & Stringer, Clin Anat 2008;21:363-373)
is drawn the same way, in hidden layers (class="state") that the body map
shows.  Run it again after changing the shapes; the SVGs it writes are
plain and can also be edited by hand in Inkscape.
"""
import math

from diagram_svg import p, smooth, write_diagram

W, H = 400, 900
CX = W / 2
TOP, FLOOR = 20, 888
HEIGHT = FLOOR - TOP


def level(fraction):
    """y of a height given as a fraction of the body's height from the floor."""
    return FLOOR - fraction * HEIGHT


KNEE = level(0.28)          # 645
TROCHANTER = level(0.52)    # 437
CREST = level(0.60)         # 367
SHOULDER = level(0.82)      # 176
CHIN = level(0.87)          # 133
FINGERTIP = level(0.38)     # 558
GLUTEAL_FOLD = level(0.47)  # 480
ANKLE = 852                 # below the malleoli: the foot begins
CROTCH = 458

# The leg drawn on the viewer's left: (y, x) control points of each edge.
# The thigh tapers to the knee, the narrowest point above the calf; the
# calf bulges in its upper third, the outer (lateral) head higher than the
# inner; the inner malleolus sits higher than the outer.
OUTER = [(392, 119), (410, 112), (TROCHANTER, 107), (470, 109), (520, 115), (580, 125),
         (620, 133), (KNEE, 137), (668, 137), (700, 133), (735, 135), (780, 144),
         (820, 152), (838, 154), (846, 152), (ANKLE, 153)]
INNER = [(392, 199), (430, 199), (CROTCH, 198), (480, 196), (540, 192), (600, 187),
         (630, 184), (KNEE, 185), (662, 187), (690, 187), (725, 190), (760, 188),
         (800, 181), (828, 176), (836, 178), (844, 177), (ANKLE, 175)]


def smooth_x(points, y):
    """x on the Catmull-Rom curve through @points (sorted by y) at height y."""
    ys = [p[0] for p in points]
    if y <= ys[0]:
        return points[0][1]
    if y >= ys[-1]:
        return points[-1][1]
    i = max(k for k in range(len(ys) - 1) if ys[k] <= y)
    p0 = points[max(i - 1, 0)]
    p1, p2 = points[i], points[i + 1]
    p3 = points[min(i + 2, len(points) - 1)]
    t = (y - p1[0]) / (p2[0] - p1[0])
    # Tangents by finite differences in y, so uneven spacing stays smooth.
    m1 = (p2[1] - p0[1]) / (p2[0] - p0[0]) * (p2[0] - p1[0])
    m2 = (p3[1] - p1[1]) / (p3[0] - p1[0]) * (p2[0] - p1[0])
    t2, t3 = t * t, t * t * t
    return ((2 * t3 - 3 * t2 + 1) * p1[1] + (t3 - 2 * t2 + t) * m1 +
            (-2 * t3 + 3 * t2) * p2[1] + (t3 - t2) * m2)


def leg_x(f, y):
    """x at height y, a fraction f of the way from the outer to the inner edge."""
    a, b = smooth_x(OUTER, y), smooth_x(INNER, y)
    return a + (b - a) * f


def fmt(point):
    return p(*point)


def bezier_through(points):
    """Smooth cubic Béziers through @points, on from the current point (no move)."""
    d = smooth(points)
    return [d[d.index('C'):]]


def closed_smooth(points):
    return smooth(points, closed=True)


def mirror(points):
    return [(W - x, y) for (x, y) in points]


# ---- Sides of a shape in leg coordinates -------------------------------

def edge(f, y0, y1, step=8):
    """Along the leg at fraction f, from y0 to y1."""
    n = max(2, int(abs(y1 - y0) / step) + 1)
    return [(f, y0 + (y1 - y0) * k / (n - 1)) for k in range(n)]


def line(y0, y1, bow=0.0, fa=0.0, fb=1.0):
    """A line across the leg from (fa, y0) to (fb, y1), bowed downwards by @bow."""
    def at(f):
        t = (f - fa) / (fb - fa)
        return y0 + (y1 - y0) * t + bow * math.sin(math.pi * min(max(t, 0), 1))
    return at


def cut(fn, f0, f1, n=7):
    """Along the line @fn across the leg, from fraction f0 to f1."""
    return [(f0 + (f1 - f0) * k / (n - 1), fn(f0 + (f1 - f0) * k / (n - 1)))
            for k in range(n)]


def leg_shape(sides, flip):
    """A closed path from sides in leg coordinates; sharp where sides meet."""
    d = []
    for k, side in enumerate(sides):
        pts = [(leg_x(f, y), y) for (f, y) in side]
        if flip:
            pts = mirror(pts)
        if k == 0:
            d.append('M' + fmt(pts[0]))
        d += bezier_through(pts)
    return ' '.join(d) + ' Z'


def band(top, bottom, f0=0.0, f1=1.0):
    """The part of the leg between the lines @top and @bottom, fractions f0..f1."""
    return [cut(top, f0, f1), edge(f1, top(f1), bottom(f1)),
            cut(bottom, f1, f0), edge(f0, bottom(f0), top(f0))]


# ---- The figure (skin: context, not clickable) -------------------------

def foot_points(back):
    """The foot below the ankle, viewer's left leg, clockwise from the outer ankle."""
    xo, xi = leg_x(0, ANKLE), leg_x(1, ANKLE)
    if back:
        # The heel from behind: rounded, a little wider than the ankle.
        return [(xo, ANKLE), (xo - 2, 866), (xo + 3, 881), (xo + 12, 887), (xi - 10, 887),
                (xi - 2, 881), (xi + 2, 866), (xi, ANKLE)]
    # From the front the foot comes towards the viewer: toes out and down.
    return [(xo, ANKLE), (xo - 4, 862), (xo - 10, 874), (xo - 12, 884), (xo - 5, 889),
            (xo + 14, 890), (xi + 9, 888), (xi + 11, 881), (xi + 6, 868), (xi, ANKLE)]


def leg_outline(back):
    outer = [(leg_x(0, y), y) for y in range(400, ANKLE, 10)]
    inner = [(leg_x(1, y), y) for y in range(ANKLE - 2, CROTCH, -10)]
    foot = foot_points(back)[1:-1]
    return outer + foot + inner + [(leg_x(1, CROTCH) + 1.5, CROTCH - 2)]


def body_outline(back):
    """Neck, trunk and both legs as one contour."""
    left_trunk = [(186, 120), (185, 142), (178, 154), (154, 162), (128, 168), (113, 182),
                  (114, 210),
                  (120, 250), (129, 300), (132, 332), (127, CREST), (119, 392)]
    left = left_trunk + leg_outline(back)
    right = [(W - x, y) for (x, y) in reversed(left)]
    return closed_smooth(left + right[1:-1])


def arm_points():
    """The arm on the viewer's left, hanging with the hand at mid-thigh."""
    outer = [(122, 163), (104, 166), (91, 178), (86, 200), (85, 220), (84, 260), (82, 300), (80, 345),
             (80, 380), (82, 420), (86, 460), (88, 488), (84, 508), (83, 532), (87, 552)]
    tip = [(95, FINGERTIP), (102, 554)]
    inner = [(106, 532), (107, 505), (104, 488), (104, 450), (104, 410), (105, 372),
             (108, 345), (112, 300), (116, 250), (119, 214)]
    return outer + tip + inner


def head_points():
    # Crown at TOP, chin at CHIN; a little narrower at the jaw.
    return [(CX, TOP), (CX + 30, TOP + 9), (CX + 39, 58), (CX + 36, 88), (CX + 26, 116),
            (CX, CHIN), (CX - 26, 116), (CX - 36, 88), (CX - 39, 58), (CX - 30, TOP + 9)]


def landmarks(back):
    """Faint lines that make the figure read as a body (class "detail")."""
    if back:
        lines = [
            # Shoulder blades, spine, the two dimples over the sacroiliac joints.
            'M150 196 C166 192 178 200 180 214 C178 236 168 258 156 262',
            'M250 196 C234 192 222 200 220 214 C222 236 232 258 244 262',
            'M200 150 C200 220 200 300 200 380',
            # Gluteal folds.
            'M124 %d C146 %d 178 %d 196 %d' % (GLUTEAL_FOLD - 6, GLUTEAL_FOLD + 4,
                                                GLUTEAL_FOLD + 2, GLUTEAL_FOLD - 6),
            'M276 %d C254 %d 222 %d 204 %d' % (GLUTEAL_FOLD - 6, GLUTEAL_FOLD + 4,
                                                GLUTEAL_FOLD + 2, GLUTEAL_FOLD - 6),
            'M200 400 C200 430 200 450 200 458',
        ]
    else:
        lines = [
            # Collar bones, the navel, the groin creases, the kneecaps.
            'M190 160 C170 158 146 160 124 170',
            'M210 160 C230 158 254 160 276 170',
            'M196 364 C198 368 202 368 204 364',
            'M126 404 C150 420 176 440 196 452',
            'M274 404 C250 420 224 440 204 452',
        ]
        for flip in (False, True):
            cx = (leg_x(0.15, KNEE) + leg_x(0.85, KNEE)) / 2
            if flip:
                cx = W - cx
            lines.append('M%.1f %d C%.1f %d %.1f %d %.1f %d C%.1f %d %.1f %d %.1f %d' %
                         (cx - 13, KNEE - 12, cx - 12, KNEE - 26, cx + 12, KNEE - 26,
                          cx + 13, KNEE - 12, cx + 12, KNEE + 4, cx - 12, KNEE + 4,
                          cx - 13, KNEE - 12))
    return lines


def skin(back):
    arm = arm_points()
    # The head last: it covers the top of the neck.
    out = [f'<path id="left-arm" class="skin" d="{closed_smooth(arm)}"/>',
           f'<path id="right-arm" class="skin" d="{closed_smooth(mirror(arm))}"/>',
           f'<path id="body" class="skin" d="{body_outline(back)}"/>',
           f'<path id="head" class="skin" d="{closed_smooth(head_points())}"/>']
    return out


# ---- Regions ------------------------------------------------------------

# Lines across a leg, shared by the regions on either side of them.
TOP_LINE = line(400, 400)
HIP_LINE = line(470, 470)
GROIN_LINE = line(440, 460, 4, 0.58, 1)
FOLD_LINE = line(470, GLUTEAL_FOLD - 6, 10, 0.3, 1)
KNEE_TOP = line(604, 600, 6)
KNEE_BOTTOM = line(676, 672, 8)
ANKLE_TOP = line(830, 826, 4)
ANKLE_LINE = line(ANKLE, ANKLE)


def leg_regions(view, side_left):
    """Regions of one leg; the viewer's left leg is drawn, the other mirrored."""
    flip = not side_left
    foot = foot_points(view == 'back')
    if flip:
        foot = mirror(foot)
    lower = [('knee-front' if view == 'front' else 'knee-back', band(KNEE_TOP, KNEE_BOTTOM)),
             ('shin' if view == 'front' else 'calf', band(KNEE_BOTTOM, ANKLE_TOP)),
             ('ankle', band(ANKLE_TOP, ANKLE_LINE))]
    if view == 'front':
        # Viewer's left is the patient's right.
        side = 'right' if side_left else 'left'
        upper = [
            ('hip', band(TOP_LINE, HIP_LINE, 0, 0.3)),
            ('groin', band(TOP_LINE, GROIN_LINE, 0.58, 1)),
            ('front-thigh', [cut(TOP_LINE, 0.3, 0.58), edge(0.58, 400, 440),
                             cut(GROIN_LINE, 0.58, 1), edge(1, 460, KNEE_TOP(1)),
                             cut(KNEE_TOP, 1, 0.3), edge(0.3, KNEE_TOP(0.3), 400)]),
            ('outer-thigh', band(HIP_LINE, KNEE_TOP, 0, 0.3)),
        ]
    else:
        side = 'left' if side_left else 'right'
        upper = [
            ('hip', band(TOP_LINE, HIP_LINE, 0, 0.3)),
            ('buttock', band(TOP_LINE, FOLD_LINE, 0.3, 1)),
            ('outer-thigh', band(HIP_LINE, KNEE_TOP, 0, 0.3)),
            ('back-thigh', band(FOLD_LINE, KNEE_TOP, 0.3, 1)),
        ]
    out = [(f'{name}-{side}', leg_shape(sides, flip)) for name, sides in upper + lower]
    out.append((f'foot-{side}', 'M' + fmt(foot[0]) + ' ' + ' '.join(bezier_through(foot)) +
                ' Z'))
    return out


def trunk_x(f, y):
    """Across the trunk of the back view at height y (f from 0 to 1)."""
    half = smooth_x([(190, 74), (250, 70), (300, 62), (332, 58), (CREST, 62), (392, 70)], y)
    return CX - half + 2 * half * f


def back_regions():
    def shape(f0, f1, y0, y1, bow0, bow1):
        pts = ([(trunk_x(f0 + (f1 - f0) * k / 6, y0) , y0 + bow0 * math.sin(math.pi * k / 6))
                for k in range(7)] +
               [(trunk_x(f1, y), y) for y in range(y0 + 15, y1 - 5, 15)] +
               [(trunk_x(f1 - (f1 - f0) * k / 6, y1), y1 + bow1 * math.sin(math.pi * k / 6))
                for k in range(7)] +
               [(trunk_x(f0, y), y) for y in range(y1 - 15, y0 + 5, -15)])
        return closed_smooth(pts)
    # The lumbar region: from the lowest ribs (L1-L2) to the iliac crests.
    return [('upper-back', shape(0, 1, 200, 300, -12, 6)),
            ('lower-back', shape(0, 1, 300, 386, 6, 8))]


def sacroiliac(flip):
    # Under the dimples over the posterior superior iliac spines (about S2).
    pts = [(178, 392), (184, 394), (188, 404), (189, 414), (186, 418), (182, 412),
           (177, 400)]
    return closed_smooth(mirror(pts) if flip else pts)


# ---- Dermatomes (Lee et al. 2008), per root: shapes on each leg ---------

# Fractions run from the outer (0) to the inner (1) edge of a leg.
L2_FRONT = line(418, 462, 4, 0.2, 1)
L3_FRONT = line(520, 540, 6, 0.2, 1)
L4_FRONT = line(636, 690, 0, 0.2, 1)
L5_FRONT = line(628, L4_FRONT(0.5), 4, 0, 0.5)
L2_BACK = line(478, 484, 0, 0.8, 1)
L3_BACK = line(540, 545, 0, 0.8, 1)
L4_BACK = line(670, 680, 0, 0.8, 1)
L5_BACK = line(660, 666, 2, 0, 0.22)
S1_BACK = line(666, 670, 8, 0.22, 0.8)

DERMATOMES = {
    'front': {
        'l2': [band(L2_FRONT, L3_FRONT, 0.2, 1)],  # front and inner upper thigh
        'l3': [band(L3_FRONT, L4_FRONT, 0.2, 1)],  # lower thigh, over and inside the knee
        'l4': [band(L4_FRONT, ANKLE_LINE, 0.5, 1)],  # inner shin to the inner ankle
        'l5': [band(L5_FRONT, ANKLE_LINE, 0, 0.5)],  # outer shin (and the top of the foot)
        's1': [],
    },
    'back': {
        # Where the roots of the front wrap round to the inner side.
        'l2': [band(L2_BACK, L3_BACK, 0.8, 1)],
        'l3': [band(L3_BACK, L4_BACK, 0.8, 1)],
        'l4': [band(L4_BACK, ANKLE_LINE, 0.8, 1)],
        'l5': [band(L5_BACK, ANKLE_LINE, 0, 0.22)],  # the outer calf
        's1': [band(S1_BACK, ANKLE_LINE, 0.22, 0.8)],  # the back of the calf, to the heel
    },
}


def foot_dermatomes(view, flip):
    """The foot's dermatomes: L5 on top to the big toe, S1 along the outer edge and heel."""
    foot = foot_points(view == 'back')
    if view == 'back':
        shapes = {'s1': foot}
    else:
        xo, xi = foot[0][0], foot[-1][0]
        mid = xo + (xi - xo) * 0.3
        outer = [(mid - 2, ANKLE), (xo, ANKLE)] + foot[1:5]
        top = [(mid - 2, ANKLE)] + [(xo + 8, 889)] + foot[5:]
        shapes = {'s1': outer, 'l5': top}
    return {root: mirror(pts) if flip else pts for root, pts in shapes.items()}


def dermatome_layers(view):
    lines = []
    for root in ('l2', 'l3', 'l4', 'l5', 's1'):
        lines.append(f'  <g id="dermatome-{root}" class="state dermatome">')
        for side_left in (True, False):
            flip = not side_left
            side = ('right' if side_left else 'left') if view == 'front' else \
                   ('left' if side_left else 'right')
            for k, sides in enumerate(DERMATOMES[view][root]):
                lines.append(f'    <path id="dermatome-{root}-{side}-{k}" '
                             f'class="dermatome-{root}" d="{leg_shape(sides, flip)}"/>')
            pts = foot_dermatomes(view, flip).get(root)
            if pts:
                d = 'M' + fmt(pts[0]) + ' ' + ' '.join(bezier_through(pts)) + ' Z'
                lines.append(f'    <path id="dermatome-{root}-{side}-foot" '
                             f'class="dermatome-{root}" d="{d}"/>')
        lines.append('  </g>')
    return lines


def write(view, name):
    back = view == 'back'
    sides = ('The patient\'s right is on the viewer\'s left.' if not back else
             'The patient\'s left is on the viewer\'s left.')
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!--',
             f'  A neutral human figure seen from the {view}; written by',
             '  build-aux/make-body-svgs.py.  Regions carry class="part region" and an',
             '  id that data/content/bodymap.xml names; colours come from the diagram',
             '  view\'s stylesheet.  Elements with class="origin" are invisible points',
             '  where paths start for places not visible in this view.  The groups',
             '  dermatome-l2 ... dermatome-s1 are the overlay of the nerve roots\' skin',
             '  areas (Lee, McPhee & Stringer, Clin Anat 2008;21:363-373), hidden until',
             f'  shown.  {sides}',
             '-->',
             f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
             f'viewBox="0 0 {W} {H}">',
             f'  <title>Body, {view} view</title>',
             '  <g id="figure">']
    lines += ['    ' + s for s in skin(back)]
    lines.append('  </g>')
    lines.append('  <g id="regions">')
    regions = []
    if back:
        regions += back_regions()
    regions += leg_regions(view, True) + leg_regions(view, False)
    if back:
        regions += [('sacroiliac-left', sacroiliac(False)),
                    ('sacroiliac-right', sacroiliac(True))]
    for rid, d in regions:
        lines.append(f'    <path id="{rid}" class="part region" d="{d}"/>')
    lines.append('  </g>')
    lines.append('  <g id="landmarks">')
    lines += [f'    <path class="detail" d="{d}"/>' for d in landmarks(back)]
    lines.append('  </g>')
    lines += dermatome_layers(view)
    if not back:
        # Fully transparent, not "none": librsvg measures only what is painted.
        lines.append('  <rect id="origin-lower-back" class="origin" x="199" y="349" width="2" '
                     'height="2" fill="#000000" fill-opacity="0"/>')
        lines.append('  <rect id="origin-sacroiliac" class="origin" x="199" y="405" width="2" '
                     'height="2" fill="#000000" fill-opacity="0"/>')
    lines.append('</svg>')
    write_diagram(name, lines)


write('front', 'body-front.svg')
write('back', 'body-back.svg')
