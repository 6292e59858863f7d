"""Geometry of refviz's SVG diagrams, read from the drawing itself.

    svg_geometry.py arrows FILE.svg NODE N   N arrows end on NODE, each with
                                             its own path and a head of its
                                             own on the node's box
    svg_geometry.py inside FILE.svg...       no text runs off the canvas
    svg_geometry.py text FILE.svg WORDS...   every WORDS is drawn as text
"""
import re
import sys
import xml.dom.minidom as minidom


def load(path):
    doc = minidom.parse(path)
    root = [g for g in doc.getElementsByTagName("g") if g.getAttribute("class") == "graph"][0]
    tr = root.getAttribute("transform")
    m = re.search(r"translate\(([-\d.]+)[ ,]([-\d.]+)\)", tr)
    sc = re.search(r"scale\(([-\d.]+)[ ,]([-\d.]+)\)", tr)
    return doc, (float(m.group(1)), float(m.group(2)), float(sc.group(1)) if sc else 1.0)


def points(el, tag):
    return [tuple(map(float, xy.split(","))) for p in el.getElementsByTagName(tag)
            for xy in p.getAttribute("points").split()]


def title(g):
    return g.getElementsByTagName("title")[0].firstChild.data


def arrows(path, node, want):
    doc, _ = load(path)
    groups = doc.getElementsByTagName("g")
    box = None
    for g in groups:
        if g.getAttribute("class") == "node" and title(g) == node:
            pts = points(g, "polygon")
            box = (min(p[0] for p in pts), min(p[1] for p in pts),
                   max(p[0] for p in pts), max(p[1] for p in pts))
    if box is None:
        return ["no node %s" % node]
    heads, paths, bad = [], [], []
    for g in groups:
        if g.getAttribute("class") != "edge":
            continue
        t = title(g)
        if not re.search(r"->%s(:|$)" % re.escape(node), t):
            continue
        d = [p.getAttribute("d") for p in g.getElementsByTagName("path")]
        tri = points(g, "polygon")
        if len(d) != 1 or len(tri) < 3:
            bad.append("%s: %d paths, %d head points" % (t, len(d), len(tri)))
            continue
        paths.append(d[0])
        # The tip is the head's point nearest the node's box.
        def dist(p):
            dx = max(box[0] - p[0], 0, p[0] - box[2])
            dy = max(box[1] - p[1], 0, p[1] - box[3])
            return (dx * dx + dy * dy) ** 0.5
        tip = min(tri, key=dist)
        if dist(tip) > 3:
            bad.append("%s: the head ends %.1f pt away from %s" % (t, dist(tip), node))
        heads.append(tip)
    if len(heads) != want:
        bad.append("%d arrows end on %s, not %d" % (len(heads), node, want))
    if len(set(paths)) != len(paths):
        bad.append("two arrows to %s share a path" % node)
    for i in range(len(heads)):
        for j in range(i):
            (x1, y1), (x2, y2) = heads[i], heads[j]
            if abs(x1 - x2) < 6 and abs(y1 - y2) < 6:
                bad.append("two arrowheads on %s at %r and %r" % (node, heads[i], heads[j]))
    return bad


def inside(path):
    doc, (tx, ty, k) = load(path)
    svg = doc.documentElement
    vb = [float(v) for v in svg.getAttribute("viewBox").split()]
    bad = []
    for t in doc.getElementsByTagName("text"):
        text = "".join(n.data for n in t.childNodes if n.nodeType == n.TEXT_NODE)
        size = float(t.getAttribute("font-size") or 14)
        # A generous estimate of the text's width: most glyphs are narrower.
        w = 0.5 * size * len(text)
        # Page coordinates: the graph is scaled, then translated.
        x, y = k * (float(t.getAttribute("x")) + tx), k * (float(t.getAttribute("y")) + ty)
        w, size = w * k, size * k
        anchor = t.getAttribute("text-anchor")
        left = x - w / 2 if anchor == "middle" else x - w if anchor == "end" else x
        if left < vb[0] - 1 or left + w > vb[0] + vb[2] + 1 or y - size < vb[1] - 1 or y > vb[1] + vb[3] + 1:
            bad.append("%s: %r at (%.0f, %.0f) runs off the %gx%g canvas" % (path, text, x, y, vb[2], vb[3]))
    return bad


def text(path, words):
    doc, _ = load(path)
    drawn = " ".join("".join(n.data for n in t.childNodes if n.nodeType == n.TEXT_NODE)
                     for t in doc.getElementsByTagName("text"))
    drawn = drawn.replace("\u00a0", " ")
    return ["%s: %r is not drawn" % (path, w) for w in words if w not in drawn]


def main():
    cmd = sys.argv[1]
    if cmd == "arrows":
        bad = arrows(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif cmd == "inside":
        bad = [b for f in sys.argv[2:] for b in inside(f)]
    else:
        bad = text(sys.argv[2], sys.argv[3:])
    for b in bad:
        print("FAIL: " + b)
    sys.exit(1 if bad else 0)


main()
