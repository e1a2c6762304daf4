"""The body of the exercise figures (build-aux/make-exercise-svgs.py):
segment lengths, and the tapered, rounded outline of each segment, for a
figure about 128 units tall on the proportions of ANATOMY.md."""
import math

from diagram_svg import smooth

W, H = 240, 160
FLOOR = 140
FRAMES = 12

TRUNK, NECK, HEAD_RX, HEAD_RY = 38, 5, 10, 8.5
UPPER_ARM, FOREARM = 23, 19
THIGH, SHIN, ANKLE = 31, 31, 4.5
FOOT_LENGTH, HAND_LENGTH = 17, 10


def vec(deg, length=1.0):
    r = math.radians(deg)
    return (math.cos(r) * length, math.sin(r) * length)


def add(*ps):
    return (sum(p[0] for p in ps), sum(p[1] for p in ps))


def scale(p, k):
    return (p[0] * k, p[1] * k)


def closed_curve(points):
    """A smooth closed path through the points."""
    return smooth(points, closed=True)


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
# Foot and hand seen end on or from above, when they point at the viewer.
FOOT_P = [(0, 3.6, 3.6), (0.5, 3.4, 3.4), (1, 3, 3)]
HAND_P = [(0, 2.4, 2.4), (0.6, 2.8, 2.8), (1, 2, 2)]
# Local shapes: x along the segment, y towards the sole or the palm.
FOOT = [(-4, -3), (-5.5, 1.5), (-3, ANKLE), (8, ANKLE), (17, ANKLE - 0.5), (18.5, 2.5),
        (15, 0), (7, -2.5), (1, -4)]
HAND = [(-1, -2.4), (3, -2.8), (8, -2), (10, 0), (8, 2.2), (3, 2.6), (-1, 2.2)]


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
