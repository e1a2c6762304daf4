"""Side-lying exercise figures, seen from in front and a little above:
the side plank and the clamshell (build-aux/make-exercise-svgs.py).

A figure lying on its side shows its front to the viewer, so it cannot
be drawn from the profile skeleton.  Its joints are placed in space
(x to the right, y down, z towards the viewer) and projected by a camera
raised by some degrees: the forearm or the knees that point at the
viewer come out shortened and below, the knee that lifts goes up.  The
trunk is wide across and shallow front to back; its outline is the
projection of that cross-section.  Limbs are round, so their widths
stay as they are."""
import math

from exercise_shapes import (FLOOR, FOOT_LENGTH, FOOT_P, FOREARM, FOREARM_P, HAND_LENGTH,
                             HAND_P, HEAD_RX, NECK, NECK_P, SHIN, SHIN_P, THIGH, THIGH_P, TRUNK,
                             UPPER_ARM, UPPER_ARM_P, head_path, segment)
from diagram_svg import f as fmt

HIP_HALF = 8.5        # hip joints either side of the pelvis' middle (ANATOMY.md: 1.5 heads)
SHOULDER_HALF = 13    # shoulder joints (2 heads across the shoulders)
ANKLE_HALF = 3.2      # ankles together
KNEE_HALF = 5         # knees together
MAT_TOP = FLOOR - 3
CLAM_CAMERA = 35     # degrees above the floor
CLAM_OPEN = 45       # degrees the upper knee turns out
# The trunk from hip to shoulder: (t, half width across, half depth front to back).
FRONT_TORSO = [(-0.1, 10, 7.5), (0.06, 13.5, 9), (0.45, 10.5, 8), (0.78, 13, 9.5),
               (0.96, 15, 8), (1.1, 6, 5)]


def v_add(*ps):
    return tuple(sum(c) for c in zip(*ps))


def v_scale(p, k):
    return tuple(c * k for c in p)


def v_sub(a, b):
    return tuple(x - y for x, y in zip(a, b))


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def unit(p):
    return v_scale(p, 1 / math.sqrt(dot(p, p)))


def rotate(p, origin, axis, deg):
    """p turned by deg about the line through origin along the unit axis."""
    r = math.radians(deg)
    v = v_sub(p, origin)
    cross = (axis[1] * v[2] - axis[2] * v[1], axis[2] * v[0] - axis[0] * v[2],
             axis[0] * v[1] - axis[1] * v[0])
    turned = v_add(v_scale(v, math.cos(r)), v_scale(cross, math.sin(r)),
                   v_scale(axis, dot(axis, v) * (1 - math.cos(r))))
    return v_add(origin, turned)


def elbow_towards(a, target, l1, l2, pole):
    """The middle joint of two bones from a to target, bent towards pole."""
    d = v_sub(target, a)
    length = min(math.sqrt(dot(d, d)), l1 + l2 - 0.01)
    u = unit(d)
    along = (l1 * l1 - l2 * l2 + length * length) / (2 * length)
    side = unit(v_sub(pole, v_scale(u, dot(pole, u))))
    return v_add(a, v_scale(u, along), v_scale(side, math.sqrt(max(0, l1 * l1 - along * along))))


class Camera:
    def __init__(self, elevation):
        self.cos = math.cos(math.radians(elevation))
        self.sin = math.sin(math.radians(elevation))

    def project(self, q):
        return (q[0], FLOOR + (q[1] - FLOOR) * self.cos + q[2] * self.sin)

    def direction(self, d):
        return (d[0], d[1] * self.cos + d[2] * self.sin)

    def mat(self, x0, x1, z0, z1):
        """A mat on the floor from z0 (behind) to z1 (in front)."""
        top, bottom = self.project((0, MAT_TOP, z0))[1], self.project((0, FLOOR, z1))[1]
        return [f'<rect class="mat" x="{x0}" y="{fmt(top)}" width="{x1 - x0}" '
                f'height="{fmt(bottom - top)}" rx="2"/>']


class SideLying:
    """One frame: the joints in space, drawn as groups of segments, each
    group outlined as one shape (a leg, the trunk with the head)."""

    def __init__(self, camera, across, front):
        self.camera = camera
        self.across = across     # from the lower side of the body to the upper
        self.front = front
        self.groups = []

    def limb(self, joints, profiles):
        pts = [self.camera.project(j) for j in joints]
        return [segment(a, b, prof) for a, b, prof in zip(pts, pts[1:], profiles)]

    def trunk(self, hips, shoulders):
        """The trunk, neck and head along hips→shoulders, the head in line."""
        a2, b2 = self.camera.project(hips), self.camera.project(shoulders)
        axis = unit(v_sub(b2, a2))
        normal = (axis[1], -axis[0])
        across = self.camera.direction(self.across)
        front = self.camera.direction(self.front)
        k_across, k_front = abs(dot(across, normal)), abs(dot(front, normal))
        profile = [(t, w, w) for t, w in
                   ((t, math.hypot(wa * k_across, wd * k_front)) for t, wa, wd in FRONT_TORSO)]
        up = unit(v_sub(shoulders, hips))
        head = v_add(shoulders, v_scale(up, 4 + NECK + HEAD_RX))
        h2 = self.camera.project(head)
        deg = math.degrees(math.atan2(h2[1] - b2[1], h2[0] - b2[0]))
        return [('trunk', segment(a2, b2, profile)), segment(b2, h2, NECK_P),
                head_path(h2, deg, True)]

    def add(self, cls, paths):
        self.groups.append((cls, paths))


def leg_paths(figure, hip, knee, ankle, toe):
    return figure.limb((hip, knee, ankle, toe), (THIGH_P, SHIN_P, FOOT_P))


def arm_paths(figure, shoulder, elbow, wrist, finger):
    return figure.limb((shoulder, elbow, wrist, finger), (UPPER_ARM_P, FOREARM_P, HAND_P))


def along(start, direction, *lengths):
    """The joints from start, each the next length along direction."""
    out, at = [start], start
    for length in lengths:
        at = v_add(at, v_scale(direction, length))
        out.append(at)
    return out


def side_plank_at(t, elbow_x=150):
    """The side plank at t from 0 (hips on the mat) to 1 (lifted): on the
    lower forearm, the elbow under the shoulder, legs straight and
    stacked, the upper hand on the hip.  The body pivots on the forearm;
    from hips on the mat to a straight line from shoulder to ankle."""
    front = (0, 0, 1)
    elbow = (elbow_x, MAT_TOP - FOREARM_P[0][1], 0)
    shoulder_low = v_add(elbow, (0, -UPPER_ARM, 0))

    def body(tilt, legs):
        r, g = math.radians(tilt), math.radians(legs)
        up, across = (math.cos(r), -math.sin(r), 0), (-math.sin(r), -math.cos(r), 0)
        shoulders = v_add(shoulder_low, v_scale(across, SHOULDER_HALF))
        hips = v_sub(shoulders, v_scale(up, TRUNK))
        down_legs = (-math.cos(g), math.sin(g), 0)
        return up, across, shoulders, hips, down_legs

    def lowest(tilt, legs, point_name):
        up, across, shoulders, hips, down = body(tilt, legs)
        hip_low = v_sub(hips, v_scale(across, HIP_HALF))
        if point_name == 'hip':
            return hip_low[1] + FRONT_TORSO[1][1] - HIP_HALF
        return v_add(hip_low, v_scale(down, THIGH + SHIN))[1] + SHIN_P[-1][1]

    def solve(f, target):
        lo, hi = 0.0, 45.0
        for _ in range(40):
            mid = (lo + hi) / 2
            lo, hi = (lo, mid) if f(mid) > target else (mid, hi)
        return (lo + hi) / 2

    start_tilt = solve(lambda a: lowest(a, 0, 'hip'), MAT_TOP)
    start_legs = solve(lambda g: lowest(start_tilt, g, 'ankle'), MAT_TOP)
    end_tilt = solve(lambda a: lowest(a, a, 'ankle'), MAT_TOP)
    tilt = start_tilt + (end_tilt - start_tilt) * t
    legs = start_legs + (end_tilt - start_legs) * t
    up, across, shoulders, hips, down = body(tilt, legs)

    fig = SideLying(Camera(18), across, front)
    forearm = unit((0.6, 0, 0.8))
    fig.add('figure', arm_paths(fig, *along(shoulder_low, (0, 1, 0), UPPER_ARM)[:2],
                                *along(elbow, forearm, FOREARM, HAND_LENGTH)[1:]))
    for side in (-1, 1):
        # the legs close in from the hips to the ankles, which touch
        hip = v_add(hips, v_scale(across, side * HIP_HALF))
        ankle = v_add(hips, v_scale(down, THIGH + SHIN), v_scale(across, side * ANKLE_HALF))
        knee = v_scale(v_add(hip, ankle), 0.5)
        toe = v_add(ankle, v_scale(unit(v_add(front, v_scale(down, 0.3))), FOOT_LENGTH))
        fig.add('figure', leg_paths(fig, hip, knee, ankle, toe))
    fig.add('figure', fig.trunk(hips, shoulders))
    shoulder_up = v_add(shoulders, v_scale(across, SHOULDER_HALF))
    hand = v_add(hips, v_scale(across, FRONT_TORSO[1][1] + 1), v_scale(up, 5), (0, 0, 4))
    elbow_up = elbow_towards(shoulder_up, hand, UPPER_ARM, FOREARM,
                             v_add(across, v_scale(front, -0.4)))
    finger = v_add(hand, v_scale(unit(v_sub(hand, elbow_up)), HAND_LENGTH))
    fig.add('figure', arm_paths(fig, shoulder_up, elbow_up, hand, finger))
    return fig


def clamshell_at(t, hip_x=96):
    """The clamshell at t from 0 (knees together) to 1 (open): on the
    lower side, head on the lower arm, hips bent about 45° and knees 90°,
    feet in line with the back.  The upper knee turns up about the line
    from its hip to its foot, so the feet stay together and the pelvis
    does not roll; the upper hand on the mat in front steadies it."""
    camera = Camera(CLAM_CAMERA)
    back_to_front, down, across = (0, 0, 1), (-1, 0, 0), (0, -1, 0)
    hips = (hip_x, MAT_TOP - FRONT_TORSO[1][1], 0)
    shoulders = v_add(hips, (TRUNK, 0, 0))
    c45 = math.sqrt(0.5)
    thigh = v_add(v_scale(down, c45), v_scale(back_to_front, c45))
    shin = v_add(v_scale(down, c45), v_scale(back_to_front, -c45))
    foot = v_add(v_scale(down, c45), v_scale(back_to_front, c45))

    fig = SideLying(camera, across, back_to_front)
    arm_y = MAT_TOP - UPPER_ARM_P[0][1]
    fig.add('limb-far', arm_paths(fig, *along((shoulders[0] - 4, arm_y, -3), (1, 0, 0),
                                              UPPER_ARM, FOREARM, HAND_LENGTH)))
    legs = []
    for side in (-1, 1):
        # knees and feet together, the upper leg on the lower one
        hip = v_add(hips, v_scale(across, side * HIP_HALF))
        knee = v_add(hips, v_scale(thigh, THIGH), v_scale(across, side * KNEE_HALF))
        ankle = v_add(knee, v_scale(shin, SHIN), v_scale(across, side * (ANKLE_HALF - KNEE_HALF)))
        if side == 1:
            axis = unit(v_sub(ankle, hip))
            turned = [rotate(knee, hip, axis, s * CLAM_OPEN * t) for s in (-1, 1)]
            knee = min(turned, key=lambda q: q[1])
        legs.append((hip, knee, ankle, v_add(ankle, v_scale(foot, FOOT_LENGTH))))
    fig.add('limb-far', leg_paths(fig, *legs[0]))
    fig.add('figure', fig.trunk(hips, shoulders))
    fig.add('figure', leg_paths(fig, *legs[1]))
    shoulder_up = v_add(shoulders, v_scale(across, SHOULDER_HALF))
    hand = (shoulders[0] - 6, MAT_TOP - HAND_P[0][1], 24)
    elbow = elbow_towards(shoulder_up, hand, UPPER_ARM, FOREARM, (-1, 0, 0.6))
    finger = v_add(hand, (HAND_LENGTH, 0, 0))
    fig.add('figure', arm_paths(fig, shoulder_up, elbow, hand, finger))
    return fig


def side_plank():
    return dict(props=Camera(18).mat(14, 226, -10, 18), at=side_plank_at)


def clamshell():
    return dict(props=Camera(CLAM_CAMERA).mat(20, 220, -20, 32), at=clamshell_at)
