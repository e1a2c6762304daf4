"""What the diagram generators (build-aux/make-*-svg.py) share: numbers
written short, smooth curves through points, and writing the file."""
import os


def f(v):
    return ("%.1f" % v).rstrip("0").rstrip(".")


def p(x, y):
    return "%s %s" % (f(x), f(y))


def smooth(points, closed=False, tension=1 / 6):
    """A Catmull-Rom curve through points, as cubic Béziers."""
    pts = list(points)
    n = len(pts)
    d = ["M" + p(*pts[0])]
    count = n if closed else n - 1
    for i in range(count):
        p0 = pts[(i - 1) % n] if closed or i > 0 else pts[0]
        p1, p2 = pts[i], pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if closed or i + 2 < n else p2
        c1 = (p1[0] + (p2[0] - p0[0]) * tension, p1[1] + (p2[1] - p0[1]) * tension)
        c2 = (p2[0] - (p3[0] - p1[0]) * tension, p2[1] - (p3[1] - p1[1]) * tension)
        d.append("C%s %s %s" % (p(*c1), p(*c2), p(*p2)))
    return " ".join(d) + (" Z" if closed else "")


def write_diagram(name, rows):
    """Writes rows, one a line, to data/diagrams/name."""
    path = os.path.join(os.path.dirname(__file__), "..", "data", "diagrams", name)
    with open(path, "w") as out:
        out.write("\n".join(rows) + "\n")
