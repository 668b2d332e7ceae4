#!/usr/bin/env python3
"""Check that a PNG screenshot is not blank: decode it (zlib, no imaging
library) and count its colours and the share of pixels that differ from
the most common one (the background).

usage: png_check.py SHOT.png [MIN_COLORS] [MIN_INK_PERCENT]

Prints "WIDTHxHEIGHT, N colours, P% ink" and exits 1 when the image has
fewer than MIN_COLORS colours (default 8) or less than MIN_INK_PERCENT
(default 2) of its pixels differ from the background.
"""
import struct
import sys
import zlib
from collections import Counter


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def decode(path):
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
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                line[i] = (line[i] + paeth(a, b, c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def main(argv):
    path = argv[1]
    min_colors = int(argv[2]) if len(argv) > 2 else 8
    min_ink = float(argv[3]) if len(argv) > 3 else 2.0
    width, height, bpp, rows = decode(path)
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
