#!/usr/bin/env python3
"""Check that a PNG screenshot is not blank: decode it (zlib, no imaging
library) and count its colours and the share of pixels that differ from
the most common one (the background).

usage: png_check.py SHOT.png [MIN_COLORS] [MIN_INK_PERCENT] [ROWS]
                    [--light | --dark] [--no-frame PX]

Looks at the first ROWS rows (default 400: pure Python is slow, and the
top of a page says whether it was drawn).  Prints "WIDTHxHEIGHT, N
colours, P% ink" and exits 1 when they have fewer than MIN_COLORS
colours (default 8) or less than MIN_INK_PERCENT (default 2) of their
pixels differ from the background.

--light, --dark  the background (the most common colour) must be light
                 (every channel at least #e0) or dark (at most #40)
--no-frame PX    the PX outermost rows and columns of the whole image
                 must be light: no dark frame around a printed page
                 (reads every row)
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


def light(pixel):
    return min(pixel[:3]) >= 0xe0


def dark(pixel):
    return max(pixel[:3]) <= 0x40


def frame_is_light(width, rows, bpp, px):
    """Whether the px outermost rows and columns are all light."""
    for y, row in enumerate(rows):
        xs = range(width) if y < px or y >= len(rows) - px else \
            list(range(px)) + list(range(width - px, width))
        for x in xs:
            if not light(row[x * bpp:x * bpp + 3]):
                return False
    return True


def main(argv):
    flags = [a for a in argv[1:] if a.startswith("--")]
    frame = 0
    if "--no-frame" in argv:
        frame = int(argv[argv.index("--no-frame") + 1])
    args = [a for i, a in enumerate(argv) if not a.startswith("--")
            and not (i > 0 and argv[i - 1] == "--no-frame")]
    path = args[1]
    min_colors = int(args[2]) if len(args) > 2 else 8
    min_ink = float(args[3]) if len(args) > 3 else 2.0
    max_rows = int(args[4]) if len(args) > 4 else 400
    width, height, bpp, rows = decode(path, 1 << 30 if frame else max_rows)
    pixels = Counter()
    for row in rows[:max_rows]:
        for x in range(0, len(row), bpp):
            pixels[row[x:x + 3]] += 1
    background, count = pixels.most_common(1)[0]
    shown = min(height, max_rows)
    ink = 100.0 * (width * shown - count) / (width * shown)
    print("%dx%d, %d colours, %.1f%% ink, background #%s"
          % (width, height, len(pixels), ink, background.hex()))
    ok = len(pixels) >= min_colors and ink >= min_ink
    if "--light" in flags and not light(background):
        print("the background is not light")
        ok = False
    if "--dark" in flags and not dark(background):
        print("the background is not dark")
        ok = False
    if frame and not frame_is_light(width, rows, bpp, frame):
        print("a dark frame: the %d outermost pixels are not all light" % frame)
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
