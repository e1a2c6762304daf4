#!/usr/bin/env python3
"""Writes the exercise figures, data/exercises/*.svg.

A figure is a skeleton seen from the side, facing right (one lying on
its side is seen from in front: build-aux/exercise_side_lying.py): a pose
gives the direction of each body segment in degrees (0 points right, 90 down) and
one joint's place.  Each segment is drawn as a tapered, rounded shape with
a smooth outline (closed Catmull-Rom curves written as cubic Béziers).

Every exercise has a start and an end pose; the file holds FRAMES frames
between them, each an Inkscape layer <g id="frame-N">, frame-0 the start.
Frames after the first are hidden, so the file opens as the start pose;
the app renders one frame at a time with rsvg_handle_render_layer().
Aerobic exercises are cycles instead (a stride, a pedal turn, a stroke):
their frames go once round and the end pose is the middle frame.

No colours: the classes .figure, .limb-far, .floor, .mat, .prop, .water
and .water-body (the pool, drawn over the swimmer) get theirs from data/diagrams/diagram-{light,dark}.css.  Within a frame the
far limbs, the near body and the near arm are each drawn twice, through
<use>: first wide in the outline class, then filled, so that overlapping
segments read as one body and the arm shows over the trunk.  The trunk's
path is frame-N-trunk and the far hand's frame-N-far-hand, for the tests
(the hips lift in a bridge, a hand holds the rail); the floor line is
#floor and a step-up's rail #rail.

Run again after editing a pose; the contact sheet for checking them all:
build-aux/make-exercise-svgs.py --sheet light|dark /tmp/sheet.svg
"""
import math
import os
import re
import sys

import exercise_side_lying as side_lying
from exercise_shapes import (ANKLE, FLOOR, FOOT, FOOT_LENGTH, FOREARM, FRAMES, H, HAND, NECK,
                             NECK_P, FOREARM_P, HEAD_RX, SHIN, SHIN_P, THIGH, THIGH_P, TORSO, TRUNK,
                             UPPER_ARM, UPPER_ARM_P, W, add, head_path, scale, segment, shape,
                             two_bone, vec)


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


def reanchor(p, name):
    """The same pose, placed by where its joint name is."""
    q = Pose(p)
    q['anchor'] = (name,) + tuple(p.joints()[name])
    return q


def motion(e, t):
    """The pose at t from 0 to 1, eased; through e['via'] at half time if
    it has one, the second half standing on the end pose's anchor (a foot
    that has moved onto a step)."""
    if 'via' not in e:
        return interpolate(e['start'], e['end'], ease(t))
    if t <= 0.5:
        return interpolate(e['start'], e['via'], ease(2 * t))
    return interpolate(reanchor(e['via'], e['end']['anchor'][0]), e['end'], ease(2 * t - 1))


def figure_groups(p):
    """The far side's limbs, the near side's body and the near arm, drawn
    in that order: the arm on its own, so that it shows over the trunk.
    A side-lying figure has groups of its own."""
    if isinstance(p, side_lying.SideLying):
        return p.groups
    j = p.joints()
    far, near, arm = [], [], []
    for side, pre, out in (('far_', 'f', far), ('', '', near)):
        out.append(segment(j['hip'], j[side + 'knee'], THIGH_P))
        out.append(segment(j[side + 'knee'], j[side + 'ankle'], SHIN_P))
        out.append(shape(j[side + 'ankle'], p[pre + 'foot'], FOOT))
    near.insert(0, ('trunk', segment(j['hip'], j['shoulder'], TORSO, bulge=p['bend'])))
    near.append(segment(j['shoulder'], j['head'], NECK_P))
    near.append(head_path(j['head'], p['head']))
    for side, pre, out in (('far_', 'f', far), ('', '', arm)):
        out.append(segment(j['shoulder'], j[side + 'elbow'], UPPER_ARM_P))
        out.append(segment(j[side + 'elbow'], j[side + 'wrist'], FOREARM_P))
        out.append(shape(j[side + 'wrist'], p[pre + 'hand'], HAND))
    far[-1] = ('far-hand', far[-1])
    return [('limb-far', far), ('figure', near), ('figure', arm)]


# Props: shared by every frame, drawn behind the figure.
def mat(x0, x1):
    return [f'<rect class="mat" x="{x0}" y="{FLOOR - 3}" width="{x1 - x0}" height="4" rx="2"/>']


def chair(x, seat=FLOOR - 36, facing=1):
    """A chair whose seat's front edge is at x; facing 1 = seat to its left."""
    back = x - 30 * facing
    return [f'<path class="prop" d="M{x} {seat} H{back} M{x - 3 * facing} {seat} V{FLOOR} '
            f'M{back + 3 * facing} {seat} V{FLOOR} M{back} {seat} L{back - 4 * facing} {seat - 42}"/>']


def wall(x):
    return [f'<rect class="prop" x="{x - 8}" y="8" width="8" height="{FLOOR - 8}"/>']


def step(x, w=52, h=22):
    return [f'<rect class="prop" x="{x}" y="{FLOOR - h}" width="{w}" height="{h}" rx="2"/>']


# A stair rail beside the step, on the far side, rising with the step at
# about hip height: its two ends, each on a post.
RAIL = ((64, 90), (184, 36))


def rail():
    (x0, y0), (x1, y1) = RAIL
    return [f'<path id="rail" class="prop" d="M{x0} {y0} L{x1} {y1} M{x0 + 4} {y0 - 2} V{FLOOR} '
            f'M{x1 - 4} {y1 + 2} V{FLOOR}"/>']


def hold_rail(p):
    """The far hand on the rail a little ahead of the shoulder, along it."""
    (x0, y0), (x1, y1) = RAIL
    x = joint(p, 'shoulder')[0] + 16
    planted(p, 'far_arm', (x, y0 + (y1 - y0) * (x - x0) / (x1 - x0) - 2), -1)
    p['fhand'] = math.degrees(math.atan2(y1 - y0, x1 - x0))
    return p


def toes_on_mat(p):
    """No toe through the mat: a foot that would reach below it turns, on
    the side it points to, until it rests on the mat."""
    j = p.joints()
    for side, pre in (('', ''), ('far_', 'f')):
        room = FLOOR - 4 - j[side + 'ankle'][1]
        if j[side + 'toe'][1] > FLOOR - 4 and 0 < room < FOOT_LENGTH:
            a = math.degrees(math.asin(room / FOOT_LENGTH))
            p[pre + 'foot'] = a if math.cos(math.radians(p[pre + 'foot'])) > 0 else 180 - a
    return p


def worktop(x):
    return [f'<path class="prop" d="M{x - 34} 70 H{x} V{FLOOR} M{x - 30} 70 V{FLOOR}"/>']


def water(level=88):
    """The pool, see-through over the swimmer, and its surface."""
    waves = f'M0 {level} Q15 {level - 5} 30 {level} ' + ' '.join(
        f'T{x} {level}' for x in range(60, 241, 30))
    return [f'<path class="water-body" d="{waves} V{FLOOR + 1} H0 Z"/>',
            f'<path class="water" d="{waves}"/>']


def cushion(x):
    return [f'<ellipse class="mat" cx="{x}" cy="{FLOOR - 4}" rx="13" ry="5"/>']


def bike():
    return ['<path class="prop" d="M82 96 H100 M92 96 L116 118 L152 64 M146 62 H162"/>',
            '<circle class="prop" cx="116" cy="118" r="5"/>',
            f'<path class="prop" d="M96 {FLOOR} H170 M116 118 L100 {FLOOR} M116 118 L150 {FLOOR}"/>']


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
                            start=pose(supine, 180, 10, 0, -52, 72, 0, head=183, bend=-6),
                            end=pose(supine, 177, 10, 0, -54, 72, 0, head=183, bend=1))
    E['straight-leg-raise'] = dict(props=mat(18, 222), start=pose(
        supine, 180, 10, 0, 0, 0, -80, head=183, fthigh=-52, fshin=72, ffoot=0), end=pose(
        supine, 180, 10, 0, -23, -23, -103, head=183, fthigh=-52, fshin=72, ffoot=0))
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
        fours, -12, 90, 90, 90, 180, 180, head=-10, hand=0, fhand=0),
        end=pose(fours, -12, 90, 90, 182, 182, 95, head=-12, hand=0,
                 farm=-8, ffore=-6, fhand=-6, fthigh=90, fshin=180, ffoot=180))
    E['cat-cow'] = dict(props=mat(14, 226), start=pose(
        fours, -12, 90, 90, 90, 180, 180, head=55, hand=0, fhand=0, bend=6),
        end=pose(fours, -12, 90, 90, 90, 180, 180, head=-40, hand=0, fhand=0, bend=-5))
    # Plank: from lying on the forearms to a straight line on forearms and toes.
    on_elbow = ('elbow', 150, FLOOR - 4)
    # The end's line sinks a little from shoulders to heels, and the toes,
    # tucked under, reach the mat.
    E['plank'] = dict(props=mat(14, 226), start=pose(
        on_elbow, -28, 90, 0, 180, 180, 180, head=-20, hand=0),
        end=pose(on_elbow, -5, 90, 0, 175, 175, 60, head=-4, hand=0), hold=toes_on_mat)
    # Lying on one side, seen from in front: build-aux/exercise_side_lying.py.
    E['side-plank'] = side_lying.side_plank()
    E['clamshell'] = side_lying.clamshell()
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
    # ... then the body rises over the lead foot, the other foot leaves the floor
    up = pose(('ankle', 140, FLOOR - 22 - ANKLE), -88, 96, 80, 98, 91, 0, head=-90,
              farm=80, ffore=70, fthigh=106, fshin=122, ffoot=40)
    # Holding a rail, as the steps say: in every frame (hold).
    E['step-up'] = dict(props=rail() + step(122), start=pose(
        ('far_ankle', 100, FLOOR - ANKLE), -90, 80, 70, 90, 90, 0, head=-90), via=lead, end=up,
        hold=hold_rail)
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
                 ffore=70, fthigh=82, fshin=150, ffoot=60), hold=toes_on_mat)
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
        ph += 0.25    # frame 0: the near foot forward
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
        # Backstroke; frame 0 has the near arm out of the water reaching back.
        a = 360 * ph - 30
        kick = 12 * math.sin(2 * math.pi * ph * 2)
        sin_a = math.sin(math.radians(a))
        return pose(('hip', 140, 90), 180, 180 - a, 180 - a + 25 * max(0, sin_a), -kick, -kick * 1.4, 0 - kick,
                    head=175, farm=-a, ffore=-a - 25 * min(0, sin_a), fthigh=kick, fshin=kick * 1.4, ffoot=kick)

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


CYCLE_PROPS = {'walking': [], 'swimming': [], 'cycling': bike()}
# Drawn over the figure in every frame: the swimmer is half under water.
CYCLE_OVER = {'swimming': water(94)}


def frames_of(name):
    """The frames of an exercise, the props behind them, and what is drawn
    over the figure in each."""
    cyc = cycles()
    floor = [f'<line id="floor" class="floor" x1="0" y1="{FLOOR + 1}" x2="{W}" y2="{FLOOR + 1}"/>']
    if name in cyc:
        return ([cyc[name](i / FRAMES) for i in range(FRAMES)], floor + CYCLE_PROPS[name],
                CYCLE_OVER.get(name, []))
    e = exercises()[name]
    times = [i / (FRAMES - 1) for i in range(FRAMES)]
    if 'at' in e:
        # seen from above the floor: the mat lies in depth, no floor line
        return [e['at'](ease(t)) for t in times], e['props'], []
    hold = e.get('hold', lambda p: p)
    return [hold(motion(e, t)) for t in times], floor + e['props'], []


def path_element(i, d):
    """A path; (name, d) is one the tests find by its id, frame-i-name."""
    if isinstance(d, tuple):
        return f'<path id="frame-{i}-{d[0]}" d="{d[1]}"/>'
    return f'<path d="{d}"/>'


def frame_group(i, p, over=(), indent='  '):
    hidden = ' style="display:none"' if i > 0 else ''
    out = [f'{indent}<g id="frame-{i}" class="frame" inkscape:groupmode="layer" '
           f'inkscape:label="Frame {i}"{hidden}>']
    for k, (cls, paths) in enumerate(figure_groups(p)):
        out.append(f'{indent}  <use href="#frame-{i}-{k}" class="{cls}-outline"/>')
        out.append(f'{indent}  <g class="{cls}"><g id="frame-{i}-{k}">')
        out += [f'{indent}    {path_element(i, d)}' for d in paths]
        out.append(f'{indent}  </g></g>')
    out += [f'{indent}  {element}' for element in over]
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
    frames, props, over = frames_of(name)
    groups = []
    for i, p in enumerate(frames):
        groups += frame_group(i, p, over)
    top = math.floor(top_of(groups, props)) - 6
    height = H - top
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<!-- Exercise figure "{name}": written by build-aux/make-exercise-svgs.py -->',
           f'<svg xmlns="http://www.w3.org/2000/svg" '
           f'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
           f'width="{W}" height="{height}" viewBox="0 {top} {W} {height}">',
           f'  <g id="props" inkscape:groupmode="layer" inkscape:label="Floor and props">']
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
        frames, props, over = frames_of(name)
        end = FRAMES // 2 if name in cycles() else FRAMES - 1
        for c, i in ((0, 0), (1, end)):
            out.append(f'<g transform="translate({c * W} {r * H})">')
            out += props
            out += [line.replace(' style="display:none"', '').replace('frame-', f'r{r}-')
                    for line in frame_group(i, frames[i], over)]
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
