#!/usr/bin/env python3
"""Check that a PNG screenshot is not blank: decode it (zlib, no imaging
library) and count its colours and the share of pixels that differ from
the most common one (the background).

usage: png_check.py SHOT.png [MIN_COLORS] [MIN_INK_PERCENT] [ROWS]

Looks at the first ROWS rows (default 400: pure Python is slow, and the
top of a page says whether it was drawn).  Prints "WIDTHxHEIGHT, N
colours, P% ink" and exits 1 when they have fewer than MIN_COLORS
colours (default 8) or less than MIN_INK_PERCENT (default 2) of their
pixels differ from the background.
"""
import struct
import sys
import zlib
from collections import Counter


def add_bytes(a, b, masks):
    """a + b byte by byte, modulo 256, with one big-integer sum (no carry between bytes)."""
    low, high = masks
    x, y = int.from_bytes(a, "big"), int.from_bytes(b, "big")
    return (((x & low) + (y & low)) ^ ((x ^ y) & high)).to_bytes(len(a), "big")


def unfilter(f, line, prev, bpp, masks):
    if f == 0:
        return bytes(line)
    if f == 2:
        return add_bytes(line, prev, masks)
    out = bytearray(line)
    n = len(out)
    if f == 1:
        for i in range(bpp, n):
            out[i] = (out[i] + out[i - bpp]) & 255
    elif f == 3:
        for i in range(n):
            out[i] = (out[i] + ((out[i - bpp] if i >= bpp else 0) + prev[i]) // 2) & 255
    elif f == 4:
        for i in range(n):
            a = out[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            out[i] = (out[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    return bytes(out)


def decode(path, max_rows):
    """The first max_rows rows of an 8-bit RGB or RGBA PNG (a row depends only on those above)."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, ctype, _, _, interlace = header
    if depth != 8 or ctype not in (2, 6) or interlace:
        raise ValueError("unsupported PNG: depth %d, colour type %d" % (depth, ctype))
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    masks = (int.from_bytes(b"\x7f" * stride, "big"), int.from_bytes(b"\x80" * stride, "big"))
    rows, prev = [], bytes(stride)
    for y in range(min(height, max_rows)):
        line = raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)]
        prev = unfilter(raw[y * (stride + 1)], line, prev, bpp, masks)
        rows.append(prev)
    return width, len(rows), bpp, rows


def main(argv):
    path = argv[1]
    min_colors = int(argv[2]) if len(argv) > 2 else 8
    min_ink = float(argv[3]) if len(argv) > 3 else 2.0
    max_rows = int(argv[4]) if len(argv) > 4 else 400
    width, height, bpp, rows = decode(path, max_rows)
    pixels = Counter()
    for row in rows:
        for x in range(0, len(row), bpp):
            pixels[row[x:x + 3]] += 1
    background, count = pixels.most_common(1)[0]
    ink = 100.0 * (width * height - count) / (width * height)
    print("%dx%d, %d colours, %.1f%% ink, background #%s"
          % (width, height, len(pixels), ink, background.hex()))
    return 0 if len(pixels) >= min_colors and ink >= min_ink else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
