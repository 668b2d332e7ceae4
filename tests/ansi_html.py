#!/usr/bin/env python3
"""Render a terminal screen captured with SGR colours (tmux capture-pane -pe,
or whosaid --export=ansi) as an HTML page, so a browser can take a picture
of it.

usage: ansi_html.py SCREEN.ansi PAGE.html [TITLE]

Understands the SGR sequences terminals and tmux write: reset, bold, dim,
italic, underline, reverse and their ends, the 8 and 16 colours, 256
colours (38;5;N) and RGB (38;2;R;G;B), for text and background.  Other
escape sequences are dropped; the text is escaped.
"""
import html
import re
import sys

BASE16 = ["000000", "cd0000", "00cd00", "cdcd00", "0000ee", "cd00cd", "00cdcd", "e5e5e5",
          "7f7f7f", "ff0000", "00ff00", "ffff00", "5c5cff", "ff00ff", "00ffff", "ffffff"]
DEFAULT_FG, DEFAULT_BG = "d0d0d0", "121212"


def color256(n):
    if n < 16:
        return BASE16[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "%02x%02x%02x" % (steps[n // 36], steps[n // 6 % 6], steps[n % 6])
    v = 8 + (n - 232) * 10
    return "%02x%02x%02x" % (v, v, v)


class Pen:
    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = self.bg = None
        self.bold = self.dim = self.italic = self.underline = self.reverse = False

    def apply(self, params):
        codes = [int(p) if p else 0 for p in params.split(";")] if params else [0]
        i = 0
        while i < len(codes):
            c = codes[i]
            if c == 0:
                self.reset()
            elif c in (1, 2, 3, 4, 7):
                setattr(self, {1: "bold", 2: "dim", 3: "italic", 4: "underline", 7: "reverse"}[c], True)
            elif c == 22:
                self.bold = self.dim = False
            elif c in (23, 24, 27):
                setattr(self, {23: "italic", 24: "underline", 27: "reverse"}[c], False)
            elif 30 <= c <= 37 or 90 <= c <= 97:
                self.fg = BASE16[c - 30 if c < 90 else c - 90 + 8]
            elif 40 <= c <= 47 or 100 <= c <= 107:
                self.bg = BASE16[c - 40 if c < 100 else c - 100 + 8]
            elif c in (38, 48) and i + 1 < len(codes):
                if codes[i + 1] == 5 and i + 2 < len(codes):
                    col, i = color256(codes[i + 2]), i + 2
                elif codes[i + 1] == 2 and i + 4 < len(codes):
                    col, i = "%02x%02x%02x" % tuple(codes[i + 2:i + 5]), i + 4
                else:
                    col = None
                if c == 38:
                    self.fg = col
                else:
                    self.bg = col
            elif c == 39:
                self.fg = None
            elif c == 49:
                self.bg = None
            i += 1

    def style(self):
        fg, bg = self.fg or DEFAULT_FG, self.bg
        if self.reverse:
            fg, bg = bg or DEFAULT_BG, fg
        css = ["color:#" + fg]
        if bg:
            css.append("background:#" + bg)
        if self.bold:
            css.append("font-weight:bold")
        if self.dim:
            css.append("opacity:.6")
        if self.italic:
            css.append("font-style:italic")
        if self.underline:
            css.append("text-decoration:underline")
        return ";".join(css)


TOKEN = re.compile(r"\x1b\[([0-9;]*)m|\x1b(?:\[[0-9;?]*[A-Za-z]|\][^\x07\x1b]*(?:\x07|\x1b\\)|.)")


def render(screen):
    pen, out = Pen(), []
    for line in screen.split("\n"):
        pos, parts = 0, []
        for m in TOKEN.finditer(line):
            if m.start() > pos:
                parts.append('<span style="%s">%s</span>' % (pen.style(), html.escape(line[pos:m.start()])))
            if m.group(0).endswith("m") and m.group(0).startswith("\x1b["):
                pen.apply(m.group(1))
            pos = m.end()
        if pos < len(line):
            parts.append('<span style="%s">%s</span>' % (pen.style(), html.escape(line[pos:])))
        out.append("".join(parts))
    return "\n".join(out)


def main(argv):
    screen = open(argv[1], encoding="utf-8", errors="replace").read().rstrip("\n")
    title = argv[3] if len(argv) > 3 else "whosaid"
    page = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title><style>'
            'body{margin:0;background:#%s}'
            'pre{margin:0;padding:12px;font:15px/1.25 "DejaVu Sans Mono",monospace;color:#%s}'
            '</style></head><body><pre>%s</pre></body></html>\n'
            % (html.escape(title), DEFAULT_BG, DEFAULT_FG, render(screen)))
    open(argv[2], "w", encoding="utf-8").write(page)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
