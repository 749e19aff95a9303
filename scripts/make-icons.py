#!/usr/bin/env python3
"""Draws Koers's neutral compass icon as PNG files (no image library needed).

Run once after changing the design: python3 scripts/make-icons.py. The PNGs are committed.
"any" icons: a rounded teal square. "maskable": full-bleed teal, the compass inside the 80% safe zone.
"""
import math, struct, zlib, os

TEAL = (31, 111, 106)
WHITE = (255, 255, 255)
SAND = (242, 193, 78)
OUT = os.path.join(os.path.dirname(__file__), "..", "public", "icons")


def inside_poly(x, y, pts):
    inside = False
    j = len(pts) - 1
    for i in range(len(pts)):
        xi, yi = pts[i]
        xj, yj = pts[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def color_at(u, v, maskable):
    """u, v in 0..1. Returns an RGBA tuple."""
    if not maskable:
        # rounded square with radius 0.22
        r = 0.22
        dx = max(r - u, 0, u - (1 - r))
        dy = max(r - v, 0, v - (1 - r))
        if dx * dx + dy * dy > r * r:
            return (0, 0, 0, 0)
    scale = 0.62 if maskable else 0.78
    x = (u - 0.5) / scale
    y = (v - 0.5) / scale
    d = math.hypot(x, y)
    if 0.40 <= d <= 0.46:
        return WHITE + (255,)
    # needle: a long diamond pointing up-right (north-east)
    a = math.radians(45)
    ca, sa = math.cos(a), math.sin(a)
    rx, ry = x * ca - y * sa, x * sa + y * ca  # rotate
    north = [(0, -0.36), (0.09, 0), (-0.09, 0)]
    south = [(0.09, 0), (0, 0.36), (-0.09, 0)]
    if inside_poly(rx, ry, north):
        return SAND + (255,)
    if inside_poly(rx, ry, south):
        return WHITE + (255,)
    return TEAL + (255,)


def render(size, maskable, ss=3):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    c = color_at((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, maskable)
                    a = c[3]
                    acc[0] += c[0] * a; acc[1] += c[1] * a; acc[2] += c[2] * a; acc[3] += a
            n = ss * ss
            alpha = acc[3] / n
            if acc[3]:
                row += bytes([round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(alpha)])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    return encode(size, rows)


def chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def encode(size, rows):
    """An indexed-colour PNG (palette + tRNS) when the image has at most 256 colours, else RGBA.
    Colours are rounded to steps of 8 first: invisible, and it keeps the palette small."""
    pixels = []
    for row in rows:
        px = row[1:]
        pixels.append([tuple(min(255, (px[i + k] + 4) // 8 * 8) for k in range(4)) for i in range(0, len(px), 4)])
    colours = sorted({p for row in pixels for p in row})
    if len(colours) > 256:
        raw = b"".join(rows)
        ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
        return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    index = {c: i for i, c in enumerate(colours)}
    # The smallest bit depth that holds the palette (a 4-colour icon packs 4 pixels into a byte).
    depth = next(d for d in (1, 2, 4, 8) if len(colours) <= 1 << d)
    per = 8 // depth
    raw = bytearray()
    for row in pixels:
        raw.append(0)
        for i in range(0, len(row), per):
            b = 0
            for j in range(per):
                b = (b << depth) | (index[row[i + j]] if i + j < len(row) else 0)
            raw.append(b)
    plte = b"".join(bytes(c[:3]) for c in colours)
    trns = bytes(c[3] for c in colours)
    ihdr = struct.pack(">IIBBBBB", size, size, depth, 3, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"PLTE", plte) + chunk(b"tRNS", trns)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    # The 512 px icons are drawn without smoothing: 3-4 colours, 2 bits a pixel, a third of the bytes. Phones
    # scale them down for the home screen, which smooths the edges. The small ones keep their smoothing.
    for name, size, maskable, ss in [("icon-192.png", 192, False, 3), ("icon-512.png", 512, False, 1),
                                     ("icon-maskable-512.png", 512, True, 1), ("apple-touch-icon.png", 180, True, 3)]:
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(render(size, maskable, ss))
        print("wrote", name)
