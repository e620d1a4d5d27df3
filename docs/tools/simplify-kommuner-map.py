#!/usr/bin/env python3
"""Makes charts/src/main/resources/maps/kommuner-2024.json from Kartverket's 2024 kommune boundaries
as robhop/fylker-og-kommuner publishes them (Kommuner-S.geojson, CC BY 4.0): each ring simplified
(Douglas-Peucker, about 1 km), coordinates rounded to 0.001 degrees, rings of a few points dropped
(islets), properties cut to the kommunenummer. Small enough to embed in every report.html.

    python3 docs/tools/simplify-kommuner-map.py Kommuner-S.geojson > charts/src/main/resources/maps/kommuner-2024.json
"""
import json
import math
import sys

TOLERANCE = 0.02  # degrees of latitude (about 2 km; 1 km of longitude at 65° N)


def perpendicular(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return math.hypot(x - x1, y - y1)
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / math.hypot(dx, dy)


def simplify(points, tolerance):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, index = 0.0, None
        for k in range(i + 1, j):
            d = perpendicular(points[k], points[i], points[j])
            if d > best:
                best, index = d, k
        if index is not None and best > tolerance:
            keep[index] = True
            stack.append((i, index))
            stack.append((index, j))
    return [p for p, k in zip(points, keep) if k]


def ring(points):
    out = [[round(x, 3), round(y, 3)] for x, y in simplify(points, TOLERANCE)]
    return out if len(out) >= 4 else None


def polygons(geometry):
    coords = geometry["coordinates"]
    return [coords] if geometry["type"] == "Polygon" else coords


def main(path):
    source = json.load(open(path))
    features = []
    for f in source["features"]:
        polys = []
        for poly in polygons(f["geometry"]):
            outer = ring(poly[0])
            if outer:
                polys.append([outer])
        if not polys:
            # A kommune of islets only: keep its largest ring unsimplified so it is on the map at all.
            largest = max((p[0] for p in polygons(f["geometry"])), key=len)
            polys.append([[[round(x, 3), round(y, 3)] for x, y in largest]])
        features.append({"type": "Feature", "properties": {"kommunenummer": f["properties"]["kommunenummer"]},
                         "geometry": {"type": "MultiPolygon", "coordinates": polys}})
    features.sort(key=lambda f: f["properties"]["kommunenummer"])
    json.dump({"type": "FeatureCollection",
               "attribution": "Kartverket, administrative enheter 2024 (CC BY 4.0), via github.com/robhop/fylker-og-kommuner; simplified by bosim",
               "features": features}, sys.stdout, separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv[1])
