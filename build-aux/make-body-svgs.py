#!/usr/bin/env python3
"""Writes data/diagrams/body-front.svg and body-back.svg.

The figure is described here as outlines (edges of each leg and of the
trunk at given heights); each region is a polygon in (fraction across the
limb, height) coordinates, so regions tile the limbs exactly and follow
their curves.  Run it again after changing the shapes; the SVGs it writes
are plain and can also be edited by hand in Inkscape.
"""
import os

W, H = 400, 900
CX = W / 2

# One leg (the one drawn on the viewer's left), outer edge first.
LEG = [(400, 128, 199), (430, 126, 198), (470, 127, 196), (520, 131, 192),
       (570, 136, 189), (600, 140, 187), (630, 142, 186), (665, 141, 184),
       (700, 142, 184), (740, 146, 182), (790, 153, 180), (826, 159, 178),
       (852, 160, 179)]
TRUNK = [(128, 118, 282), (160, 128, 272), (220, 140, 260), (300, 146, 254),
         (340, 142, 258), (392, 128, 272)]


def edge_at(profile, y, f):
    """x at height y, a fraction f of the way from the first to the second edge."""
    for (y0, a0, b0), (y1, a1, b1) in zip(profile, profile[1:]):
        if y0 <= y <= y1:
            t = (y - y0) / (y1 - y0)
            a = a0 + (a1 - a0) * t
            b = b0 + (b1 - b0) * t
            return a + (b - a) * f
    raise ValueError(y)


def region_path(profile, pts, mirror=False):
    """pts: corners as (f, y); vertical runs follow the profile's curve."""
    out = []
    n = len(pts)
    for i in range(n):
        f0, y0 = pts[i]
        f1, y1 = pts[(i + 1) % n]
        out.append((f0, y0))
        if f0 == f1 and y0 != y1:
            lo, hi = sorted((y0, y1))
            ys = [y for (y, _, _) in profile if lo < y < hi]
            ys.sort(reverse=y0 > y1)
            out += [(f0, y) for y in ys]
    d = []
    for k, (f, y) in enumerate(out):
        x = edge_at(profile, y, f)
        if mirror:
            x = W - x
        d.append(('M' if k == 0 else 'L') + '%.1f %.1f' % (x, y))
    return ' '.join(d) + ' Z'


def rect(f0, f1, y0, y1):
    return [(f0, y0), (f1, y0), (f1, y1), (f0, y1)]


def foot(side_left, back):
    # A foot seen from the front widens towards the toes; from behind, the heel.
    x0, x1 = (140, 184) if not back else (150, 182)
    pts = [(x0 + 18, 852), (x1 - 4, 852), (x1 + 2, 886), (x0, 888)] if not back else \
          [(x0 + 8, 852), (x1 - 4, 852), (x1 - 2, 884), (x0 + 4, 884)]
    if not side_left:
        pts = [(W - x, y) for (x, y) in pts]
    return 'M' + ' L'.join('%.1f %.1f' % p for p in pts) + ' Z'


def skin():
    # Head, neck, trunk and arms: context, not clickable.
    trunk = [(a, y) for (y, a, b) in TRUNK] + [(b, y) for (y, a, b) in reversed(TRUNK)]
    trunk_d = 'M' + ' L'.join('%.1f %.1f' % p for p in trunk) + ' Z'
    arm = 'M118 132 C100 140 94 170 92 210 C90 260 92 320 96 380 C98 420 100 450 104 476 ' \
          'C108 486 118 486 120 474 C122 440 120 400 122 360 C124 300 130 250 132 200 Z'
    arm_r = 'M282 132 C300 140 306 170 308 210 C310 260 308 320 304 380 C302 420 300 450 296 476 ' \
            'C292 486 282 486 280 474 C278 440 280 400 278 360 C276 300 270 250 268 200 Z'
    pelvis = 'M128 392 L272 392 L272 404 L128 404 Z'
    return [
        '<ellipse class="skin" cx="200" cy="62" rx="36" ry="44"/>',
        '<path class="skin" d="M186 100 L214 100 L216 130 L184 130 Z"/>',
        f'<path class="skin" d="{trunk_d}"/>',
        f'<path class="skin" d="{pelvis}"/>',
        f'<path class="skin" d="{arm}"/>',
        f'<path class="skin" d="{arm_r}"/>',
    ]


def leg_regions(view, side_left):
    """Regions of the leg drawn on the viewer's left (mirrored for the other)."""
    mirror = not side_left
    if view == 'front':
        # Viewer's left is the patient's right.
        side = 'right' if side_left else 'left'
        regions = [
            (f'hip-{side}', rect(0, 0.3, 400, 470)),
            (f'groin-{side}', rect(0.58, 1, 400, 462)),
            (f'front-thigh-{side}', [(0.3, 400), (0.58, 400), (0.58, 462), (1, 462),
                                     (1, 600), (0.28, 600), (0.28, 470), (0.3, 470)]),
            (f'outer-thigh-{side}', rect(0, 0.28, 470, 600)),
            (f'knee-front-{side}', rect(0, 1, 600, 665)),
            (f'shin-{side}', rect(0, 1, 665, 826)),
            (f'ankle-{side}', rect(0, 1, 826, 852)),
        ]
    else:
        side = 'left' if side_left else 'right'
        regions = [
            (f'hip-{side}', rect(0, 0.3, 400, 470)),
            (f'buttock-{side}', [(0.3, 400), (1, 400), (1, 486), (0.28, 486), (0.28, 470),
                                 (0.3, 470)]),
            (f'outer-thigh-{side}', rect(0, 0.28, 470, 600)),
            (f'back-thigh-{side}', rect(0.28, 1, 486, 600)),
            (f'knee-back-{side}', rect(0, 1, 600, 665)),
            (f'calf-{side}', rect(0, 1, 665, 826)),
            (f'ankle-{side}', rect(0, 1, 826, 852)),
        ]
    out = [(rid, region_path(LEG, pts, mirror)) for rid, pts in regions]
    out.append((f'foot-{side}', foot(side_left, view == 'back')))
    return out


def back_regions():
    upper = region_path(TRUNK, rect(0.12, 0.88, 150, 300))
    lower = region_path(TRUNK, rect(0.1, 0.9, 300, 392))
    return [('upper-back', upper), ('lower-back', lower)]


def write(view, path):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!--',
             f'  A neutral human figure seen from the {view}; written by',
             '  build-aux/make-body-svgs.py.  Regions carry class="part region" and an',
             '  id that data/content/bodymap.xml names; colours come from the diagram',
             '  view\'s stylesheet.  Elements with class="origin" are invisible points',
             '  where paths start for places not visible in this view.',
             '-->',
             f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
             f'viewBox="0 0 {W} {H}">',
             f'  <title>Body, {view} view</title>',
             '  <g id="figure">']
    lines += ['    ' + s for s in skin()]
    lines.append('  </g>')
    lines.append('  <g id="regions">')
    regions = []
    if view == 'back':
        regions += back_regions()
    regions += leg_regions(view, True) + leg_regions(view, False)
    if view == 'back':
        # Sacroiliac joints: small areas either side of the base of the spine.
        regions += [('sacroiliac-left', 'M170 386 C176 380 186 382 188 392 C188 402 178 406 172 402 '
                     'C166 398 166 390 170 386 Z'),
                    ('sacroiliac-right', 'M230 386 C224 380 214 382 212 392 C212 402 222 406 228 402 '
                     'C234 398 234 390 230 386 Z')]
    for rid, d in regions:
        lines.append(f'    <path id="{rid}" class="part region" d="{d}"/>')
    lines.append('  </g>')
    if view == 'front':
        # Fully transparent, not "none": librsvg measures only what is painted.
        lines.append('  <rect id="origin-lower-back" class="origin" x="199" y="349" width="2" '
                     'height="2" fill="#000000" fill-opacity="0"/>')
        lines.append('  <rect id="origin-sacroiliac" class="origin" x="199" y="391" width="2" '
                     'height="2" fill="#000000" fill-opacity="0"/>')
    lines.append('</svg>')
    with open(path, 'w') as f:
        f.write('\n'.join(lines) + '\n')


top = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'diagrams')
write('front', os.path.join(top, 'body-front.svg'))
write('back', os.path.join(top, 'body-back.svg'))
