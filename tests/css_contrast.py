#!/usr/bin/env python3
"""The contrast of every colour of text an HTML export's CSS can produce
against every background it can sit on (WCAG 2), in each scheme the page
has: "light" (the rules outside any @media), "dark" (those plus the ones
under @media screen and (prefers-color-scheme:dark)) and "print" (the
light ones plus @media print).

usage: css_contrast.py PAGE.html [MIN_RATIO]

What sits on what, read from the page's own rules:
  - the page's text (body), headings, links, muted text (header.meta,
    .share, .role, .keys, .ctl) and the credit line (.claim::after) on
    the page's background;
  - a claim (.sN, .person/.anon) on its background, a tint #rrggbbaa
    laid over the page, and on the page itself (its swatch);
  - an overlay (.q, .cue, .by, .unattr, .dim, .match, .sel) on its own
    background if it has one, else on the page and on every claim's
    tint; one that inherits its colour but has a background of its own,
    with the page's text and every claim colour on that background.
In print, a rule of @media print marked !important wins over the
others: `*{color:#000!important;background:transparent!important}`
makes all text black on white but the swatches (checked on white) and
the claims' underlines (border-bottom-color, checked on white too).

Prints, per scheme, the least contrast and the pair that has it, and
every pair under MIN_RATIO (default 4.5); exits 1 if there is one.
"""
import re
import sys

PAGE_TEXT = ["body", "h1", "article h2", "aside h2", "blockquote", "header.meta", ".share",
             ".role", ".keys", ".ctl", ".claim::after"]
OVERLAYS = [".q", ".cue", ".by", ".unattr", ".dim", ".match", ".sel"]
CLAIM = re.compile(r"^\.(s\d+|person|anon)$")


def parse_color(v):
    v = v.replace("!important", "").strip()
    m = re.fullmatch(r"#([0-9a-fA-F]{6})([0-9a-fA-F]{2})?", v)
    if m:
        return int(m.group(1), 16), int(m.group(2), 16) / 255.0 if m.group(2) else 1.0
    if re.fullmatch(r"#[0-9a-fA-F]{3}", v):
        return int("".join(c * 2 for c in v[1:]), 16), 1.0
    return None


def blend(fg, bg, alpha):
    out = 0
    for shift in (16, 8, 0):
        f, b = (fg >> shift) & 255, (bg >> shift) & 255
        out |= min(255, max(0, int(f * alpha + b * (1 - alpha) + 0.5))) << shift
    return out


def luminance(rgb):
    def ch(c):
        v = c / 255.0
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * ch((rgb >> 16) & 255) + 0.7152 * ch((rgb >> 8) & 255) + 0.0722 * ch(rgb & 255)


def contrast(a, b):
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def blocks(css):
    """Top-level rules and the rules of each @media block, as (media, selector, decls)."""
    out, i, media = [], 0, None
    for m in re.finditer(r"(@media[^{]*)\{|([^{}]+)\{([^{}]*)\}|\}", css):
        if m.group(1):
            media = m.group(1).strip()
        elif m.group(2) is not None:
            decls = {}
            for d in m.group(3).split(";"):
                if ":" in d:
                    k, v = d.split(":", 1)
                    decls[k.strip()] = v.strip()
            for sel in m.group(2).split(","):
                out.append((media, sel.strip(), decls))
        else:
            media = None
    return out


def scheme_rules(rules, scheme):
    """selector -> merged declarations for a scheme, later rules winning."""
    want = {None}
    if scheme == "dark":
        want |= {m for m, _, _ in rules if m and "prefers-color-scheme:dark" in m.replace(" ", "")}
    if scheme == "print":
        want |= {"@media print"}
    merged = {}
    for media, sel, decls in rules:
        if media in want:
            cur = merged.setdefault(sel, {})
            for k, v in decls.items():
                if "!important" in cur.get(k, "") and "!important" not in v:
                    continue
                cur[k] = v
    return merged


def get(rules, sel, prop):
    v = rules.get(sel, {}).get(prop)
    if v is None and prop == "background":
        v = rules.get(sel, {}).get("background-color")
    return v


def pairs(rules, scheme):
    """(what, fg, bg) for every text colour on every background it can sit on."""
    body_bg = parse_color(get(rules, "body", "background") or "#fff")
    page_bg = body_bg[0] if body_bg else 0xffffff
    page_fg = parse_color(get(rules, "body", "color") or "#000")[0]
    if scheme == "print":
        # The universal !important rule: black text, no backgrounds.
        star = rules.get("*", {})
        if "!important" not in star.get("color", "") or "transparent" not in star.get("background", ""):
            # Without it, every colour of the screen may reach the paper.
            return [("no *{color:#000!important;background:transparent!important}", page_bg, page_bg)]
        fg = parse_color(star["color"])[0]
        out = [("text", fg, page_bg)]
        for sel, decls in rules.items():
            for prop in ("color", "border-bottom-color"):
                c = parse_color(decls.get(prop, "")) if "!important" in decls.get(prop, "") else None
                if c and sel != "*":
                    out.append((sel + " " + prop, c[0], page_bg))
        return out
    out = []
    for sel in PAGE_TEXT:
        c = parse_color(get(rules, sel, "color") or "")
        bg = parse_color(get(rules, sel, "background") or "")
        if c:
            out.append((sel, c[0], blend(bg[0], page_bg, bg[1]) if bg and sel != "body" else page_bg))
    out.append(("a (inherits)", page_fg, page_bg))
    tints, claim_colors = [], []
    for sel in rules:
        if CLAIM.match(sel):
            c = parse_color(get(rules, sel, "color") or "")
            bg = parse_color(get(rules, sel, "background") or "")
            if not c:
                continue
            tint = blend(bg[0], page_bg, bg[1]) if bg else page_bg
            tints.append((sel, tint))
            claim_colors.append((sel, c[0]))
            out.append((sel + " on its tint", c[0], tint))
            out.append((sel + " on the page", c[0], page_bg))
    for sel in OVERLAYS:
        c = parse_color(get(rules, sel, "color") or "")
        bg = parse_color(get(rules, sel, "background") or "")
        if bg:
            bgc = blend(bg[0], page_bg, bg[1])
            if c:
                out.append((sel + " on its background", c[0], bgc))
            else:
                out.append((sel + ": the text on its background", page_fg, bgc))
                out += [(sel + ": " + s + " on its background", fg, bgc) for s, fg in claim_colors]
        elif c:
            out.append((sel + " on the page", c[0], page_bg))
            out += [(sel + " on " + s + "'s tint", c[0], t) for s, t in tints]
    return out


def main(argv):
    path = argv[1]
    floor = float(argv[2]) if len(argv) > 2 else 4.5
    html = open(path, encoding="utf-8").read()
    css = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    rules = blocks(css)
    schemes = ["light", "print"]
    if any(m and "prefers-color-scheme" in m for m, _, _ in rules):
        schemes.insert(1, "dark")
    failed = 0
    for scheme in schemes:
        ps = pairs(scheme_rules(rules, scheme), scheme)
        worst = min(ps, key=lambda p: contrast(p[1], p[2]))
        label = scheme if scheme != "light" or len(schemes) == 3 else "screen"
        print("%s: %d pairs, least %.2f:1 (%s, #%06x on #%06x)"
              % (label, len(ps), contrast(worst[1], worst[2]), worst[0], worst[1], worst[2]))
        for what, fg, bg in ps:
            r = contrast(fg, bg)
            if r < floor:
                print("  %s: %s #%06x on #%06x is %.2f:1" % (label, what, fg, bg, r))
                failed = 1
    return failed


if __name__ == "__main__":
    sys.exit(main(sys.argv))
