#!/usr/bin/env python3
"""Writes the exercise pictograms, data/exercises/*.svg.

Each pose is a stick figure given by a few joints (head, neck, hips,
elbows, hands, knees, feet); lines are drawn with round ends, the floor
and any prop (wall, chair, step, mat) are plain shapes.  No colours: the
classes .figure, .limb-far, .floor and .prop get theirs from the view's
stylesheet, and print in black and white.  Run again after editing a pose.
"""
import os

W, H = 240, 160

def P(x, y): return (x, y)

POSES = {
 # side views, floor at y=140
 'plank': dict(head=P(60, 92), neck=P(72, 98), hip=P(140, 108),
               elbow=P(78, 126), hand=P(100, 138), knee=P(176, 118), foot=P(212, 132),
               far_knee=P(178, 120), far_foot=P(214, 134)),
 'side-plank': dict(head=P(62, 70), neck=P(74, 80), hip=P(138, 104),
                    elbow=P(80, 122), hand=P(80, 140), knee=P(172, 118), foot=P(206, 134),
                    far_elbow=P(100, 70), far_hand=P(110, 50)),
 'bridge': dict(head=P(40, 128), neck=P(56, 126), hip=P(120, 96),
                elbow=P(80, 136), hand=P(104, 138), knee=P(160, 88), foot=P(172, 138)),
 'straight-leg-raise': dict(head=P(36, 126), neck=P(52, 128), hip=P(112, 130),
                            elbow=P(72, 136), hand=P(92, 138), knee=P(156, 112), foot=P(198, 96),
                            far_knee=P(150, 96), far_foot=P(168, 138)),
 'bird-dog': dict(head=P(58, 82), neck=P(72, 88), hip=P(136, 90),
                  elbow=P(76, 114), hand=P(78, 138), knee=P(138, 138), foot=P(178, 140),
                  far_elbow=P(44, 82), far_hand=P(16, 78), far_knee=P(170, 90), far_foot=P(206, 88)),
 'dead-bug': dict(head=P(40, 124), neck=P(56, 126), hip=P(118, 128),
                  elbow=P(60, 100), hand=P(64, 74), knee=P(128, 94), foot=P(164, 92),
                  far_elbow=P(40, 110), far_hand=P(22, 100), far_knee=P(150, 122), far_foot=P(196, 124)),
 'clamshell': dict(head=P(40, 112), neck=P(56, 118), hip=P(118, 126),
                   elbow=P(46, 134), hand=P(30, 124), knee=P(150, 110), foot=P(172, 136),
                   far_knee=P(150, 134), far_foot=P(172, 138)),
 'mini-squat': dict(head=P(110, 26), neck=P(110, 42), hip=P(112, 92),
                    elbow=P(134, 66), hand=P(156, 60), knee=P(140, 114), foot=P(120, 140)),
 'sit-to-stand': dict(head=P(118, 34), neck=P(116, 48), hip=P(100, 96),
                      elbow=P(126, 72), hand=P(146, 70), knee=P(138, 104), foot=P(136, 140),
                      prop='chair'),
 'step-up': dict(head=P(110, 18), neck=P(110, 34), hip=P(110, 80),
                 elbow=P(104, 56), hand=P(106, 78), knee=P(138, 92), foot=P(146, 116),
                 far_knee=P(108, 112), far_foot=P(104, 140), prop='step'),
 'knee-to-chest': dict(head=P(36, 126), neck=P(52, 128), hip=P(112, 130),
                       elbow=P(80, 110), hand=P(96, 96), knee=P(104, 86), foot=P(132, 104),
                       far_knee=P(150, 132), far_foot=P(190, 136)),
 'cat-cow': dict(head=P(52, 98), neck=P(66, 92), hip=P(140, 92),
                 elbow=P(70, 116), hand=P(70, 138), knee=P(140, 138), foot=P(180, 140),
                 spine_mid=P(104, 74)),
 'hamstring-stretch': dict(head=P(92, 66), neck=P(96, 80), hip=P(88, 130),
                           elbow=P(130, 104), hand=P(160, 124), knee=P(136, 132), foot=P(184, 128),
                           far_knee=P(110, 110), far_foot=P(104, 138)),
 'hip-flexor-stretch': dict(head=P(108, 30), neck=P(108, 46), hip=P(108, 94),
                            elbow=P(108, 70), hand=P(118, 90), knee=P(150, 102), foot=P(152, 140),
                            far_knee=P(82, 138), far_foot=P(44, 140)),
 'quadriceps-stretch': dict(head=P(110, 20), neck=P(110, 36), hip=P(110, 86),
                            elbow=P(120, 64), hand=P(132, 100), knee=P(112, 118), foot=P(112, 140),
                            far_knee=P(108, 120), far_foot=P(136, 98), prop='wall'),
 'calf-stretch': dict(head=P(86, 26), neck=P(92, 40), hip=P(120, 86),
                      elbow=P(76, 52), hand=P(58, 50), knee=P(104, 112), foot=P(96, 140),
                      far_knee=P(146, 114), far_foot=P(170, 140), prop='wall'),
 'walking': dict(head=P(118, 20), neck=P(116, 36), hip=P(112, 84),
                 elbow=P(98, 60), hand=P(92, 82), knee=P(134, 112), foot=P(146, 140),
                 far_elbow=P(128, 60), far_hand=P(140, 78), far_knee=P(100, 112), far_foot=P(82, 138)),
 'swimming': dict(head=P(52, 76), neck=P(66, 80), hip=P(134, 86),
                  elbow=P(40, 70), hand=P(18, 78), knee=P(168, 84), foot=P(204, 80),
                  far_elbow=P(90, 98), far_hand=P(110, 104), far_knee=P(166, 94), far_foot=P(200, 100),
                  prop='water'),
 'cycling': dict(head=P(100, 26), neck=P(104, 40), hip=P(104, 82),
                 elbow=P(134, 58), hand=P(152, 70), knee=P(138, 92), foot=P(126, 126),
                 far_knee=P(132, 108), far_foot=P(110, 108), prop='bike'),
 'single-leg-balance': dict(head=P(110, 20), neck=P(110, 36), hip=P(110, 86),
                            elbow=P(86, 60), hand=P(70, 66), knee=P(110, 114), foot=P(110, 140),
                            far_elbow=P(134, 60), far_hand=P(150, 66), far_knee=P(128, 108), far_foot=P(122, 128)),
 'posture-reset': dict(head=P(112, 34), neck=P(112, 50), hip=P(110, 96),
                       elbow=P(114, 74), hand=P(126, 94), knee=P(142, 98), foot=P(142, 140),
                       prop='chair'),
 'pelvic-tilt': dict(head=P(36, 126), neck=P(52, 128), hip=P(112, 132),
                     elbow=P(72, 136), hand=P(92, 138), knee=P(150, 96), foot=P(168, 138)),
}

def line(a, b, cls):
    return f'<line class="{cls}" x1="{a[0]}" y1="{a[1]}" x2="{b[0]}" y2="{b[1]}"/>'

def props(kind):
    if kind == 'chair':
        return ['<path class="prop" d="M70 100 L104 100 L104 140 M70 100 L70 140 M70 100 L70 60"/>']
    if kind == 'step':
        return ['<rect class="prop" x="128" y="116" width="60" height="24"/>']
    if kind == 'wall':
        return ['<line class="prop" x1="40" y1="10" x2="40" y2="140"/>']
    if kind == 'water':
        return ['<path class="water" d="M0 92 Q20 86 40 92 T80 92 T120 92 T160 92 T200 92 T240 92"/>']
    if kind == 'bike':
        return ['<circle class="prop" cx="118" cy="118" r="16"/>',
                '<path class="prop" d="M104 84 L118 118 L152 70"/>']
    return []

def write(name, pose, outdir):
    out = [f'<?xml version="1.0" encoding="UTF-8"?>',
           f'<!-- Exercise pictogram "{name}": written by build-aux/make-exercise-svgs.py -->',
           f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">',
           '  <line class="floor" x1="0" y1="141" x2="240" y2="141"/>']
    out += ['  ' + p for p in props(pose.get('prop'))]
    # far limbs first, lighter, so the near side reads on top
    for a, b in (('neck', 'far_elbow'), ('far_elbow', 'far_hand'),
                 ('hip', 'far_knee'), ('far_knee', 'far_foot')):
        if b in pose:
            out.append('  ' + line(pose[a], pose[b], 'limb-far'))
    if 'spine_mid' in pose:
        n, m, h = pose['neck'], pose['spine_mid'], pose['hip']
        out.append(f'  <path class="figure" d="M{n[0]} {n[1]} Q{m[0]} {m[1] - 14} {h[0]} {h[1]}"/>')
    else:
        out.append('  ' + line(pose['neck'], pose['hip'], 'figure'))
    for a, b in (('neck', 'elbow'), ('elbow', 'hand'), ('hip', 'knee'), ('knee', 'foot')):
        out.append('  ' + line(pose[a], pose[b], 'figure'))
    hx, hy = pose['head']
    out.append(f'  <circle class="head" cx="{hx}" cy="{hy}" r="11"/>')
    out.append('</svg>')
    with open(os.path.join(outdir, name + '.svg'), 'w') as f:
        f.write('\n'.join(out) + '\n')

outdir = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'exercises')
for name, pose in POSES.items():
    write(name, pose, outdir)
