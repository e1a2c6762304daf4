#!/usr/bin/env python3
"""Writes the exercise figures, data/exercises/*.svg.

A figure is a skeleton seen from the side, facing right: a pose gives the
direction of each body segment in degrees (0 points right, 90 down) and
one joint's place.  Each segment is drawn as a tapered, rounded shape with
a smooth outline (closed Catmull-Rom curves written as cubic Béziers).

Every exercise has a start and an end pose; the file holds FRAMES frames
between them, each an Inkscape layer <g id="frame-N">, frame-0 the start.
Frames after the first are hidden, so the file opens as the start pose;
the app renders one frame at a time with rsvg_handle_render_layer().
Aerobic exercises are cycles instead (a stride, a pedal turn, a stroke):
their frames go once round and the end pose is the middle frame.

No colours: the classes .figure, .limb-far, .floor, .mat and .prop get
theirs from data/diagrams/diagram-{light,dark}.css.  Within a frame the
far limbs, the near body and the near arm are each drawn twice, through
<use>: first wide in the outline class, then filled, so that overlapping
segments read as one body and the arm shows over the trunk.

Run again after editing a pose; the contact sheet for checking them all:
build-aux/make-exercise-svgs.py --sheet light|dark /tmp/sheet.svg
"""
import math
import os
import re
import sys

W, H = 240, 160
FLOOR = 140
FRAMES = 12

# Segment lengths and half-widths, for a figure about 128 units tall.
TRUNK, NECK, HEAD_RX, HEAD_RY = 38, 5, 10, 8.5
UPPER_ARM, FOREARM = 23, 19
THIGH, SHIN, ANKLE = 31, 31, 4.5


def vec(deg, length=1.0):
    r = math.radians(deg)
    return (math.cos(r) * length, math.sin(r) * length)


def add(*ps):
    return (sum(p[0] for p in ps), sum(p[1] for p in ps))


def scale(p, k):
    return (p[0] * k, p[1] * k)


def fmt(v):
    s = f'{v:.1f}'
    return s[:-2] if s.endswith('.0') else s


def closed_curve(points):
    """A smooth closed path through the points (Catmull-Rom, as Béziers)."""
    n = len(points)
    out = [f'M{fmt(points[0][0])} {fmt(points[0][1])}']
    for i in range(n):
        p0, p1, p2, p3 = (points[(i + k) % n] for k in (-1, 0, 1, 2))
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        out.append(f'C{fmt(c1[0])} {fmt(c1[1])} {fmt(c2[0])} {fmt(c2[1])} '
                   f'{fmt(p2[0])} {fmt(p2[1])}')
    return ''.join(out) + 'Z'


def segment(a, b, profile, bulge=0.0):
    """The outline of a body segment from joint a to joint b.

    profile: (t, width on the left of a→b, width on the right); t runs
    from 0 at a to 1 at b.  bulge bends the axis to its left (a curved
    spine).  The ends are rounded by a point beyond each end."""
    d = (b[0] - a[0], b[1] - a[1])
    length = math.hypot(*d) or 1
    u = (d[0] / length, d[1] / length)
    left = (u[1], -u[0])

    def axis(t):
        k = bulge * 4 * t * (1 - t)
        return add(a, scale(d, t), scale(left, k))

    first, last = profile[0], profile[-1]
    pts = [add(axis(first[0]), scale(u, -0.8 * (first[1] + first[2]) / 2))]
    pts += [add(axis(t), scale(left, wl)) for t, wl, _ in profile]
    pts.append(add(axis(last[0]), scale(u, 0.8 * (last[1] + last[2]) / 2)))
    pts += [add(axis(t), scale(left, -wr)) for t, _, wr in reversed(profile)]
    return closed_curve(pts)


def shape(origin, deg, local):
    """Points given in a frame turned by deg (x along it, y to its right)."""
    u, v = vec(deg), vec(deg + 90)
    return closed_curve([add(origin, scale(u, x), scale(v, y)) for x, y in local])


# Profiles: (t, back/left width, front/right width).  For a figure facing
# right with the trunk pointing up, "left" of hip→shoulder is the back.
TORSO = [(-0.1, 8, 6), (0.08, 11, 8), (0.35, 8.5, 7), (0.65, 9.5, 9.5), (0.9, 9, 8),
         (1.08, 5, 5)]
THIGH_P = [(0, 8, 7.5), (0.5, 6.5, 6), (1, 4.8, 4.8)]
SHIN_P = [(0, 4.6, 4.8), (0.3, 4.2, 5.6), (1, 2.8, 2.8)]
UPPER_ARM_P = [(0, 4.6, 4.6), (0.5, 4, 4), (1, 3.2, 3.2)]
FOREARM_P = [(0, 3.2, 3.2), (0.35, 3.4, 3.2), (1, 2.3, 2.3)]
NECK_P = [(0, 4.4, 4.4), (1, 4, 4)]
# Local shapes: x along the segment, y towards the sole or the palm.
FOOT = [(-4, -3), (-5.5, 1.5), (-3, ANKLE), (8, ANKLE), (17, ANKLE - 0.5), (18.5, 2.5),
        (15, 0), (7, -2.5), (1, -4)]
HAND = [(-1, -2.4), (3, -2.8), (8, -2), (10, 0), (8, 2.2), (3, 2.6), (-1, 2.2)]


class Pose(dict):
    """Segment directions (degrees), the spine's bend and an anchor."""

    def joints(self):
        j = {'hip': (0.0, 0.0)}
        trunk = self['trunk']
        j['shoulder'] = add(j['hip'], vec(trunk, TRUNK))
        back = vec(trunk - 90)
        j['shoulder'] = add(j['shoulder'], scale(back, 0))
        j['neck'] = add(j['shoulder'], vec(trunk, 4))
        j['head'] = add(j['neck'], vec(self.get('head', trunk), NECK + HEAD_RX))
        for side, pre in (('', ''), ('far_', 'f')):
            j[side + 'elbow'] = add(j['shoulder'], vec(self[pre + 'arm'], UPPER_ARM))
            j[side + 'wrist'] = add(j[side + 'elbow'], vec(self[pre + 'fore'], FOREARM))
            # k_…: a segment drawn shorter or longer, pointing at the viewer
            j[side + 'knee'] = add(j['hip'], vec(self[pre + 'thigh'],
                                                 THIGH * self.get('k_' + pre + 'thigh', 1)))
            j[side + 'ankle'] = add(j[side + 'knee'], vec(self[pre + 'shin'],
                                                          SHIN * self.get('k_' + pre + 'shin', 1)))
            j[side + 'toe'] = add(j[side + 'ankle'], vec(self[pre + 'foot'], 17))
        name, x, y = self['anchor']
        dx, dy = x - j[name][0], y - j[name][1]
        return {k: (p[0] + dx, p[1] + dy) for k, p in j.items()}


def leg(thigh, shin, foot=0):
    return dict(thigh=thigh, shin=shin, foot=foot)


def pose(anchor, trunk, arm, fore, thigh, shin, foot=0, farm=None, ffore=None,
         fthigh=None, fshin=None, ffoot=None, head=None, bend=0.0, hand=None,
         fhand=None):
    p = Pose(anchor=anchor, trunk=trunk, arm=arm, fore=fore, thigh=thigh, shin=shin,
             foot=foot, bend=bend)
    p['farm'] = arm if farm is None else farm
    p['ffore'] = fore if ffore is None else ffore
    p['fthigh'] = thigh if fthigh is None else fthigh
    p['fshin'] = shin if fshin is None else fshin
    p['ffoot'] = foot if ffoot is None else ffoot
    p['head'] = trunk if head is None else head
    p['hand'] = p['fore'] if hand is None else hand
    p['fhand'] = p['ffore'] if fhand is None else fhand
    return p


def lerp_angle(a, b, t):
    d = (b - a + 180) % 360 - 180
    return a + d * t


def interpolate(p, q, t):
    r = Pose()
    for k, v in p.items():
        if k == 'anchor':
            name, x, y = v
            _, x2, y2 = q[k]
            r[k] = (name, x + (x2 - x) * t, y + (y2 - y) * t)
        elif k == 'bend' or k.startswith('k_'):
            r[k] = v + (q.get(k, 1) - v) * t
        else:
            r[k] = lerp_angle(v, q[k], t)
    return r


def ease(t):
    return 0.5 - 0.5 * math.cos(math.pi * t)


def figure_paths(p, front=False):
    """The far side's limbs, the near side's body and the near arm, drawn
    in that order: the arm on its own, so that it shows over the trunk."""
    j = p.joints()
    far, near, arm = [], [], []
    for side, pre, out in (('far_', 'f', far), ('', '', near)):
        out.append(segment(j['hip'], j[side + 'knee'], THIGH_P))
        out.append(segment(j[side + 'knee'], j[side + 'ankle'], SHIN_P))
        out.append(shape(j[side + 'ankle'], p[pre + 'foot'], FOOT))
    near.insert(0, segment(j['hip'], j['shoulder'], TORSO, bulge=p['bend']))
    near.append(segment(j['shoulder'], j['head'], NECK_P))
    near.append(head_path(j['head'], p['head'], front))
    for side, pre, out in (('far_', 'f', far), ('', '', arm)):
        out.append(segment(j['shoulder'], j[side + 'elbow'], UPPER_ARM_P))
        out.append(segment(j[side + 'elbow'], j[side + 'wrist'], FOREARM_P))
        out.append(shape(j[side + 'wrist'], p[pre + 'hand'], HAND))
    return far, near, arm


def head_path(center, deg, front=False):
    """An egg-shaped skull with a nose and chin on its front (its right);
    without them for a figure seen from the front."""
    local = []
    for a in range(0, 360, 30):
        x, y = math.cos(math.radians(a)) * HEAD_RX, math.sin(math.radians(a)) * HEAD_RY
        local.append((x, y))
    # front is +y in the local frame (the figure's right of its axis)
    if not front:
        local.insert(4, (-2.5, HEAD_RY + 1.6))   # nose
        local.insert(5, (-7.5, 6.5))             # chin
    return shape(center, deg, local)


# Props: shared by every frame, drawn behind the figure.
def mat(x0, x1):
    return [f'<rect class="mat" x="{x0}" y="{FLOOR - 3}" width="{x1 - x0}" height="4" rx="2"/>']


def mat_below(x0, x1):
    """A mat seen from above: the figure lies at its back edge."""
    return [f'<path class="mat" d="M{x0 + 14} {FLOOR - 46} H{x1 - 14} L{x1} {FLOOR} H{x0} Z"/>']


def chair(x, seat=FLOOR - 36, facing=1):
    """A chair whose seat's front edge is at x; facing 1 = seat to its left."""
    back = x - 30 * facing
    return [f'<path class="prop" d="M{x} {seat} H{back} M{x - 3 * facing} {seat} V{FLOOR} '
            f'M{back + 3 * facing} {seat} V{FLOOR} M{back} {seat} L{back - 4 * facing} {seat - 42}"/>']


def wall(x):
    return [f'<rect class="prop" x="{x - 8}" y="8" width="8" height="{FLOOR - 8}"/>']


def step(x, w=52, h=22):
    return [f'<rect class="prop" x="{x}" y="{FLOOR - h}" width="{w}" height="{h}" rx="2"/>']


def worktop(x):
    return [f'<path class="prop" d="M{x - 34} 70 H{x} V{FLOOR} M{x - 30} 70 V{FLOOR}"/>']


def water():
    return ['<path class="water" d="M0 88 Q15 83 30 88 T60 88 T90 88 T120 88 T150 88 T180 88 '
            'T210 88 T240 88"/>']


def cushion(x):
    return [f'<ellipse class="mat" cx="{x}" cy="{FLOOR - 4}" rx="13" ry="5"/>']


def bike():
    return ['<path class="prop" d="M82 96 H100 M92 96 L116 118 L152 64 M146 62 H162"/>',
            '<circle class="prop" cx="116" cy="118" r="5"/>',
            f'<path class="prop" d="M96 {FLOOR} H170 M116 118 L100 {FLOOR} M116 118 L150 {FLOOR}"/>']


# Standing helpers: a leg whose foot is flat, from the hip angle and knee bend.
def stand_leg(thigh, knee_bend):
    return thigh, thigh - knee_bend


def planted(p, side, target, knee=1):
    """Bends a leg (or with knee=-1 an arm) so its end reaches target."""
    j = p.joints()
    if side in ('', 'f'):
        first, second = two_bone(j['hip'], target, THIGH, SHIN, knee)
        p[side + 'thigh'], p[side + 'shin'] = first, second
    else:
        pre = 'f' if side == 'far_arm' else ''
        first, second = two_bone(j['shoulder'], target, UPPER_ARM, FOREARM, knee)
        p[pre + 'arm'], p[pre + 'fore'] = first, second
    return p


def joint(p, name):
    return p.joints()[name]


def exercises():
    E = {}
    supine = ('shoulder', 58, FLOOR - 9)

    # Bridge: on the back, knees bent, feet flat; the hips lift until
    # shoulders, hips and knees are in a line.
    E['bridge'] = dict(props=mat(18, 214),
                       start=pose(supine, 180, 10, 0, -52, 72, 0, head=183),
                       end=pose(supine, 158, 10, 0, -22, 72, 0, head=183))
    E['pelvic-tilt'] = dict(props=mat(18, 214),
                            start=pose(supine, 180, 10, 0, -52, 72, 0, head=183, bend=-3),
                            end=pose(supine, 177, 10, 0, -54, 72, 0, head=183, bend=1))
    E['straight-leg-raise'] = dict(props=mat(18, 222), start=pose(
        supine, 180, 10, 0, 0, 0, -80, head=183, fthigh=-52, fshin=72, ffoot=0), end=pose(
        supine, 180, 10, 0, -25, -25, -105, head=183, fthigh=-52, fshin=72, ffoot=0))
    chest = pose(supine, 180, -60, -20, -110, 20, 0, head=195,
                 farm=-55, ffore=-25, fthigh=-52, fshin=72, ffoot=0)
    planted(chest, 'near_arm', joint(chest, 'knee'), -1)
    planted(chest, 'far_arm', joint(chest, 'knee'), -1)
    E['knee-to-chest'] = dict(props=mat(18, 214),
                              start=pose(supine, 180, 10, 0, -52, 72, 0, head=183), end=chest)
    # Dead bug: one arm and the opposite leg lower towards the floor.
    E['dead-bug'] = dict(props=mat(18, 214), start=pose(
        supine, 180, -90, -90, -90, 0, -70, head=183),
        end=pose(supine, 180, 182, 182, -90, 0, -70, head=183,
                 farm=-90, ffore=-90, fthigh=-14, fshin=-8, ffoot=-80))
    # On all fours: hands under shoulders, knees under hips.
    fours = ('hip', 100, FLOOR - 38)
    E['bird-dog'] = dict(props=mat(14, 226), start=pose(
        fours, -12, 90, 90, 90, 180, 180, head=-10, hand=0),
        end=pose(fours, -12, 90, 90, 182, 182, 95, head=-12, hand=0,
                 farm=-8, ffore=-6, fhand=-6, fthigh=90, fshin=180, ffoot=180))
    E['cat-cow'] = dict(props=mat(14, 226), start=pose(
        fours, -12, 90, 90, 90, 180, 180, head=55, hand=0, bend=6),
        end=pose(fours, -12, 90, 90, 90, 180, 180, head=-40, hand=0, bend=-5))
    # Plank: from lying on the forearms to a straight line on forearms and toes.
    on_elbow = ('elbow', 150, FLOOR - 4)
    E['plank'] = dict(props=mat(14, 226), start=pose(
        on_elbow, -28, 90, 0, 180, 180, 180, head=-20, hand=0),
        end=pose(on_elbow, -12, 90, 0, 168, 168, 82, head=-10, hand=0))
    # Side plank, seen from the front: the lower forearm on the floor with
    # the elbow under the shoulder, the top arm along the body; the hips
    # lift into a straight line.
    E['side-plank'] = dict(props=mat(14, 226), front=True, start=pose(
        on_elbow, -28, 90, -10, 180, 180, -95, head=-28, hand=-10, farm=152, ffore=152),
        end=pose(on_elbow, -12.7, 90, -10, 167.3, 167.3, -100, head=-14, hand=-10,
                 farm=167, ffore=167))
    # Clamshell, seen from in front and above, on a mat drawn in
    # perspective: side-lying, hips and knees bent, feet together; the top
    # knee lifts, the feet stay.
    def shell(knee, feet):
        hip = (92, FLOOR - 36)
        p = pose(('hip',) + hip, 0, 182, 182, 0, 0, 165, head=-6, hand=182,
                 farm=-4, ffore=-160, fhand=-160)
        for pre, at, end in (('', knee, feet), ('f', (117, FLOOR - 18), (88, FLOOR - 2))):
            for seg, a, b, length in (('thigh', hip, at, THIGH), ('shin', at, end, SHIN)):
                p[pre + seg] = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
                p['k_' + pre + seg] = math.hypot(b[0] - a[0], b[1] - a[1]) / length
        return p
    E['clamshell'] = dict(props=mat_below(20, 220), front=True,
                          start=shell((117, FLOOR - 18), (88, FLOOR - 2)),
                          end=shell((118, FLOOR - 36), (88, FLOOR - 8)))
    # Standing exercises.
    E['mini-squat'] = dict(props=worktop(176), start=pose(
        ('ankle', 104, FLOOR - ANKLE), -90, 60, 0, 90, 90, 0, head=-90, hand=0),
        end=pose(('ankle', 106, FLOOR - ANKLE), -72, 40, -15, 56, 100, 0, head=-85, hand=-15))
    for k in ('start', 'end'):
        planted(E['mini-squat'][k], 'near_arm', (142, 71), -1)
        planted(E['mini-squat'][k], 'far_arm', (142, 71), -1)
    seated = pose(('ankle', 118, FLOOR - ANKLE), -84, 70, 20, 14, 92, 0, head=-86,
                  farm=80, ffore=30)
    E['sit-to-stand'] = dict(props=chair(98), start=seated,
                             end=pose(('ankle', 118, FLOOR - ANKLE), -90, 88, 90, 90, 90, 0,
                                      head=-90))
    lead = pose(('far_ankle', 100, FLOOR - ANKLE), -84, 80, 70, 60, 110, 0, head=-88,
                fthigh=98, fshin=100, ffoot=0)
    planted(lead, '', (140, FLOOR - 22 - ANKLE))
    E['step-up'] = dict(props=step(122), start=pose(
        ('far_ankle', 100, FLOOR - ANKLE), -90, 80, 70, 90, 90, 0, head=-90), end=lead)
    stretch = pose(('ankle', 110, FLOOR - ANKLE), -90, -5, -5, 90, 90, 0, head=-90,
                   farm=110, ffore=150, fthigh=98, fshin=-104, ffoot=190, fhand=60)
    planted(stretch, 'far_arm', add(joint(stretch, 'far_ankle'), (0, -3)), -1)
    planted(stretch, 'near_arm', (163, 64), -1)
    E['quadriceps-stretch'] = dict(props=wall(172), start=pose(
        ('ankle', 110, FLOOR - ANKLE), -90, -5, -5, 90, 90, 0, head=-90, farm=95, ffore=90),
        end=stretch)
    planted(E['quadriceps-stretch']['start'], 'near_arm', (163, 64), -1)
    lean = pose(('ankle', 134, FLOOR - ANKLE), -72, -10, -10, 72, 104, 0, head=-74,
                fthigh=114, fshin=114, ffoot=0)
    upright = pose(('ankle', 134, FLOOR - ANKLE), -88, -10, -10, 88, 92, 0, head=-90,
                   fthigh=92, fshin=92)
    for p in (lean, upright):
        planted(p, 'near_arm', (183, 50), -1)
        planted(p, 'far_arm', (183, 54), -1)
    E['calf-stretch'] = dict(props=wall(192), start=upright, end=lean)
    balance = dict(trunk=-90, head=-90)
    E['single-leg-balance'] = dict(props=worktop(172), start=pose(
        ('ankle', 110, FLOOR - ANKLE), -90, 60, 20, 90, 90, 0, head=-90, farm=80, ffore=70),
        end=pose(('ankle', 110, FLOOR - ANKLE), -90, 60, 20, 90, 90, 0, head=-90, farm=80,
                 ffore=70, fthigh=82, fshin=150, ffoot=60))
    for k in ('start', 'end'):
        planted(E['single-leg-balance'][k], 'near_arm', (142, 71), -1)
    E['posture-reset'] = dict(props=chair(110), start=pose(
        ('ankle', 130, FLOOR - ANKLE), -104, 100, 30, 14, 92, 0, head=-70),
        end=pose(('ankle', 130, FLOOR - ANKLE), -90, 96, 25, 14, 92, 0, head=-94))
    # Kneeling lunge; a cushion under the back knee, the front foot stays.
    kneel = pose(('far_knee', 78, FLOOR - 9), -90, 90, 60, 10, 90, 0, head=-90, fthigh=90,
                 fshin=180, ffoot=180)
    lunge = pose(('far_knee', 78, FLOOR - 9), -88, 90, 60, 10, 90, 0, head=-90,
                 fthigh=118, fshin=180, ffoot=180)
    planted(lunge, '', joint(kneel, 'ankle'))
    E['hip-flexor-stretch'] = dict(props=cushion(76), start=kneel, end=lunge)
    E['hamstring-stretch'] = dict(props=mat(14, 226), start=pose(
        ('hip', 82, FLOOR - 9), -85, 30, 10, 0, 0, -80, head=-85, fthigh=-50, fshin=75,
        ffoot=0),
        end=pose(('hip', 82, FLOOR - 9), -38, 10, 0, 0, 0, -80, head=-32, fthigh=-50, fshin=75,
                 ffoot=0))
    return E


def cycles():
    """The aerobic exercises: one loop of poses each, as functions of phase."""
    def walking(ph):
        s = math.sin(2 * math.pi * ph)
        c = math.cos(2 * math.pi * ph)
        near_thigh, far_thigh = 90 - 24 * s, 90 + 24 * s
        near_shin = near_thigh + max(0, 30 * c + 10)
        far_shin = far_thigh + max(0, -30 * c + 10)
        p = pose(('hip', 116, FLOOR - 70 + 3 * abs(s)), -88, 90 + 28 * s, 70 + 28 * s,
                 near_thigh, near_shin, (near_shin - 90) * 0.3, head=-88,
                 farm=90 - 28 * s, ffore=70 - 28 * s, fthigh=far_thigh, fshin=far_shin,
                 ffoot=(far_shin - 90) * 0.3)
        j = p.joints()
        lowest = max(j['ankle'][1], j['far_ankle'][1])
        name, x, y = p['anchor']
        p['anchor'] = (name, x, y + FLOOR - ANKLE - lowest)
        return p

    def swimming(ph):
        a = 360 * ph
        kick = 12 * math.sin(2 * math.pi * ph * 2)
        return pose(('hip', 140, 92), 180, 180 - a, 180 - a + 25, -kick, -kick * 1.4, 0 - kick,
                    head=175, farm=-a, ffore=-a + 25, fthigh=kick, fshin=kick * 1.4, ffoot=kick)

    def cycling(ph):
        hip = (90, 92)
        crank, r = (116, 118), 15
        p = pose(('hip',) + hip, -62, 25, -5, 0, 0, 0, head=-75)
        for pre, off in (('', 0), ('f', 180)):
            a = math.radians(360 * ph + off - 90)
            pedal = (crank[0] + r * math.cos(a), crank[1] + r * math.sin(a))
            thigh, shin = two_bone(hip, pedal, THIGH, SHIN)
            p[pre + 'thigh'], p[pre + 'shin'], p[pre + 'foot'] = thigh, shin, 10
        return p

    return {'walking': walking, 'swimming': swimming, 'cycling': cycling}


def two_bone(a, target, l1, l2, bend=1):
    """Directions of two bones from a to target, bending the middle forward
    (bend=1) or backward (-1)."""
    dx, dy = target[0] - a[0], target[1] - a[1]
    d = min(math.hypot(dx, dy), l1 + l2 - 0.01)
    base = math.degrees(math.atan2(dy, dx))
    inner = math.degrees(math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)))
    first = base - bend * inner
    knee = add(a, vec(first, l1))
    second = math.degrees(math.atan2(target[1] - knee[1], target[0] - knee[0]))
    return first, second


CYCLE_PROPS = {'walking': [], 'swimming': water(), 'cycling': bike()}


def frames_of(name):
    cyc = cycles()
    if name in cyc:
        return [cyc[name](i / FRAMES) for i in range(FRAMES)], CYCLE_PROPS[name], False
    e = exercises()[name]
    return ([interpolate(e['start'], e['end'], ease(i / (FRAMES - 1))) for i in range(FRAMES)],
            e['props'], e.get('front', False))


def frame_group(i, p, front=False, indent='  '):
    far, near, arm = figure_paths(p, front)
    hidden = ' style="display:none"' if i > 0 else ''
    out = [f'{indent}<g id="frame-{i}" class="frame" inkscape:groupmode="layer" '
           f'inkscape:label="Frame {i}"{hidden}>']
    for part, cls, paths in (('far', 'limb-far', far), ('near', 'figure', near),
                             ('arm', 'figure', arm)):
        out.append(f'{indent}  <use href="#frame-{i}-{part}" class="{cls}-outline"/>')
        out.append(f'{indent}  <g class="{cls}"><g id="frame-{i}-{part}">')
        out += [f'{indent}    <path d="{d}"/>' for d in paths]
        out.append(f'{indent}  </g></g>')
    out.append(f'{indent}</g>')
    return out


def top_of(frames_text, props):
    """The highest point anything reaches: the y of every coordinate pair
    of the figure's paths (all absolute), and of the props' shapes."""
    top = FLOOR
    for line in frames_text:
        for d in re.findall(r' d="([^"]*)"', line):
            numbers = [float(n) for n in re.findall(r'-?\d+(?:\.\d+)?', d)]
            top = min([top] + numbers[1::2])
    for prop in props:
        for attr, value in re.findall(r'\b(y|y1|y2|cy)="(-?[\d.]+)"', prop):
            top = min(top, float(value) - (6 if attr == 'cy' else 0))
        for d in re.findall(r' d="([^"]*)"', prop):
            for cmd, args in re.findall(r'([MLQTV])([-\d. ]+)', d):
                numbers = [float(n) for n in args.split()]
                top = min([top] + (numbers if cmd == 'V' else numbers[1::2]))
    return top


def document(name):
    """The SVG of one exercise; its viewBox is the part anything is drawn
    in, so that a figure lying on the floor fills a wide slot."""
    frames, props, front = frames_of(name)
    groups = []
    for i, p in enumerate(frames):
        groups += frame_group(i, p, front)
    top = max(0, math.floor(top_of(groups, props)) - 6)
    height = H - top
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<!-- Exercise figure "{name}": written by build-aux/make-exercise-svgs.py -->',
           f'<svg xmlns="http://www.w3.org/2000/svg" '
           f'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
           f'width="{W}" height="{height}" viewBox="0 {top} {W} {height}">',
           f'  <g id="props" inkscape:groupmode="layer" inkscape:label="Floor and props">',
           f'    <line class="floor" x1="0" y1="{FLOOR + 1}" x2="{W}" y2="{FLOOR + 1}"/>']
    out += ['    ' + p for p in props]
    out.append('  </g>')
    out += groups
    out.append('</svg>')
    return '\n'.join(out) + '\n'


def names():
    return sorted(list(exercises()) + list(cycles()))


def sheet(path, css):
    """All start and end poses in one picture, to check them by eye."""
    rows = names()
    dark = 'dark' in css
    with open(css) as f:
        rules = f.read()
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * W}" height="{len(rows) * H}">',
           f'<style>{rules}</style>',
           f'<rect width="{2 * W}" height="{len(rows) * H}" fill="{"#1e1e1e" if dark else "#fff"}"/>']
    for r, name in enumerate(rows):
        frames, props, front = frames_of(name)
        end = FRAMES // 2 if name in cycles() else FRAMES - 1
        for c, i in ((0, 0), (1, end)):
            out.append(f'<g transform="translate({c * W} {r * H})">')
            out += props
            out += [line.replace(' style="display:none"', '').replace('frame-', f'r{r}-')
                    for line in frame_group(i, frames[i], front)]
            out.append(f'<text x="4" y="12" font-size="10" fill="#888">{name}</text></g>')
    out.append('</svg>')
    with open(path, 'w') as f:
        text = '\n'.join(out).replace('inkscape:groupmode="layer" ', '')
        f.write(text.replace('inkscape:label=', 'data-label='))


def main():
    top = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    if len(sys.argv) == 4 and sys.argv[1] == '--sheet':
        sheet(sys.argv[3], os.path.join(top, f'data/diagrams/diagram-{sys.argv[2]}.css'))
        return
    outdir = os.path.join(top, 'data', 'exercises')
    for name in names():
        with open(os.path.join(outdir, name + '.svg'), 'w') as f:
            f.write(document(name))


if __name__ == '__main__':
    main()
