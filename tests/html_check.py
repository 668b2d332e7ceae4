#!/usr/bin/env python3
"""Check an HTML export of whosaid with a real HTML parser.

usage: html_check.py PAGE.html [--text STRING]... [--claims N] [--colors]
                     [--outlets N] [--dom]

Checks that the page is one self-contained, well-nested HTML5 document in
UTF-8: a doctype, <meta charset="utf-8">, a non-empty <title>, exactly one
<style> and one <script> (ours, after the article), no event-handler
attribute and nothing loaded from elsewhere (no src, no href but #anchors,
no url() in the CSS), no raw control characters; an <article> whose claims
are <span class="claim"> with a data-claim, a tooltip (title) and, for
each claim, exactly one anchor id="claim-N"; a legend of outlets and a
speakers panel; and every link leads to an anchor of the page.

--text STRING   STRING must be in the article's text, as text (so markup
                in an article was escaped, not interpreted); may repeat
--claims N      the page has exactly N claims (distinct data-claim values)
--outlets N     the legend lists exactly N entries
--colors        each claim's colour class (s0, s1..., person, anon) has a
                colour in the CSS, different outlets different colours, and
                "person" (no outlet) another look than "anon" (no one named)
--dom           the page is chromium's --dump-dom of a page the probe
                script (browser.sh) ran in: each claim element must carry
                the colour the browser computed for it (data-computed),
                the same as its outlet's legend swatch and unlike the text

Prints one line per failed check and exits 1 if any failed.
"""
import re
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}
COLOR_CLASS = re.compile(r"^(s\d+|person|anon)$")


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.errors = []
        self.counts = {}
        self.doctype = None
        self.title = ""
        self.style = ""
        self.article_text = []
        self.claims = []        # (attrs, computed) of each claim element
        self.legend = []        # attrs of legend swatches
        self.ids = {}
        self.sections = set()
        self.article_attrs = {}
        self.links = []

    def inside(self, tag):
        return any(t == tag for t, _ in self.stack)

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.counts[tag] = self.counts.get(tag, 0) + 1
        for name, value in attrs:
            if name.startswith("on"):
                self.errors.append("event handler attribute %s on <%s>" % (name, tag))
            if name == "src":
                self.errors.append("<%s src=%r>: an external resource" % (tag, value))
            if name == "href" and not (value or "").startswith("#"):
                self.errors.append("<%s href=%r>: not an anchor in the page" % (tag, value))
            elif name == "href":
                self.links.append(value[1:])
        if tag == "link":
            self.errors.append("<link>: an external resource")
        if "id" in a:
            if a["id"] in self.ids:
                self.errors.append("id %r used twice" % a["id"])
            self.ids[a["id"]] = tag
        if tag == "article":
            self.article_attrs = a
        if tag == "section" and "id" in a:
            self.sections.add(a["id"])
        classes = (a.get("class") or "").split()
        if "claim" in classes:
            if not self.inside("article"):
                self.errors.append("a claim outside the article")
            self.claims.append(a)
        if "swatch" in classes:
            self.legend.append(a)
        if tag == "script" and self.inside("article"):
            self.errors.append("<script> inside the article")
        if tag not in VOID:
            self.stack.append((tag, a))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            self.errors.append("</%s>: end tag of a void element" % tag)
            return
        if not self.stack or self.stack[-1][0] != tag:
            open_tags = "/".join(t for t, _ in self.stack)
            self.errors.append("</%s> does not close the open element (%s)" % (tag, open_tags))
            return
        self.stack.pop()

    def handle_data(self, data):
        if self.inside("title"):
            self.title += data
        if self.inside("style"):
            self.style += data
        if self.inside("article"):
            self.article_text.append(data)


def css_colors(css):
    """The colour of each colour class, from rules like .s0{color:#rrggbb;...}
    or .person,.anon{...}, outside @media print."""
    colors = {}
    css = re.sub(r"@media print\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", css)
    for m in re.finditer(r"([^{}]+)\{([^{}]*)\}", css):
        decl = dict(d.split(":", 1) for d in m.group(2).split(";") if ":" in d)
        for selector in m.group(1).split(","):
            name = selector.strip().lstrip(".")
            if selector.strip().startswith(".") and COLOR_CLASS.match(name) \
                    and "color" in decl and name not in colors:
                colors[name] = (decl["color"].strip(), decl.get("background", "").strip())
    return colors


def color_class(attrs):
    for c in (attrs.get("class") or "").split():
        if COLOR_CLASS.match(c):
            return c
    return None


def check(path, texts, nclaims, noutlets, colors, dom):
    raw = open(path, "rb").read()
    errors = []
    try:
        page_text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return ["not valid UTF-8: %s" % e]
    bad = [c for c in page_text if (ord(c) < 0x20 and c not in "\n\t") or 0x7f <= ord(c) < 0xa0]
    if bad:
        errors.append("raw control characters in the page: %r" % sorted(set(bad))[:5])
    p = Page()
    p.feed(page_text)
    p.close()
    errors += p.errors
    if p.stack:
        errors.append("elements left open: %s" % "/".join(t for t, _ in p.stack))
    if (p.doctype or "").lower() != "doctype html":
        errors.append("no <!DOCTYPE html>")
    if not re.search(r'<meta charset="utf-8">', page_text, re.I):
        errors.append('no <meta charset="utf-8">')
    if not p.title.strip():
        errors.append("empty <title>")
    for tag, want in (("html", 1), ("head", 1), ("body", 1), ("title", 1), ("style", 1),
                      ("article", 1), ("script", 0 if dom else 1)):
        got = p.counts.get(tag, 0)
        if (got < want) if dom else (got != want):
            errors.append("%d <%s> elements, want %d" % (got, tag, want))
    if "url(" in p.style or "@import" in p.style:
        errors.append("the CSS loads something")
    for section in ("outlets", "speakers"):
        if section not in p.sections:
            errors.append("no section id=%r" % section)
    article = "".join(p.article_text)
    for t in texts:
        if t not in article:
            errors.append("the article does not show %r as text" % t)
    claim_numbers = []
    for a in p.claims:
        n = a.get("data-claim")
        if n is None or not n.isdigit():
            errors.append("a claim without data-claim: %r" % a)
            continue
        if not a.get("title"):
            errors.append("claim %s has no tooltip" % n)
        if n not in claim_numbers:
            claim_numbers.append(n)
        if color_class(a) is None:
            errors.append("claim %s has no colour class" % n)
    for n in claim_numbers:
        if p.ids.get("claim-" + n) != "span":
            errors.append("claim %s has no anchor id=claim-%s" % (n, n))
    for target in p.links:
        if target not in p.ids:
            errors.append("a link to #%s, which is not in the page" % target)
    if nclaims is not None and len(claim_numbers) != nclaims:
        errors.append("%d claims, want %d" % (len(claim_numbers), nclaims))
    if noutlets is not None:
        legend = [a for a in p.legend if "title" not in a]
        if len(legend) != noutlets:
            errors.append("%d legend entries, want %d" % (len(legend), noutlets))
    if colors:
        errors += check_colors(p)
    if dom:
        errors += check_computed(p)
    return errors


def check_colors(p):
    errors = []
    colors = css_colors(p.style)
    for a in p.claims:
        c = color_class(a)
        if c is not None and c not in colors:
            errors.append("claim %s: class %s has no colour in the CSS" % (a.get("data-claim"), c))
    outlets = {k: v for k, v in colors.items() if k.startswith("s")}
    if len(set(outlets.values())) != len(outlets):
        errors.append("two outlets share a colour: %r" % outlets)
    if "person" in colors and colors.get("anon") == colors["person"]:
        errors.append("a person with no outlet and no one named share a look: %r" % (colors["person"],))
    return errors


def check_computed(p):
    """Every claim element carries the colour the browser gave it, as its outlet's swatch."""
    errors = []
    swatch = {}
    for a in p.legend:
        c = color_class(a)
        if c is not None and "data-computed" in a:
            swatch.setdefault(c, a["data-computed"])
    text_color = p.article_attrs.get("data-computed")
    if not text_color:
        errors.append("the article has no computed text colour (did the probe run?)")
    if not p.claims:
        errors.append("no claim elements in the page")
    for a in p.claims:
        n, c = a.get("data-claim"), color_class(a)
        got = a.get("data-computed")
        if not got:
            errors.append("claim %s: no computed colour (did the probe run?)" % n)
            continue
        if c in swatch and got != swatch[c]:
            errors.append("claim %s: computed %s, its outlet's swatch %s" % (n, got, swatch[c]))
        if text_color is not None and got == text_color and c != "anon":
            errors.append("claim %s: the same colour as the text (%s)" % (n, got))
    return errors


def main(argv):
    texts, nclaims, noutlets, colors, dom, paths = [], None, None, False, False, []
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg == "--text":
            texts.append(argv[i + 1])
            i += 1
        elif arg == "--claims":
            nclaims = int(argv[i + 1])
            i += 1
        elif arg == "--outlets":
            noutlets = int(argv[i + 1])
            i += 1
        elif arg == "--colors":
            colors = True
        elif arg == "--dom":
            dom = True
        else:
            paths.append(arg)
        i += 1
    if len(paths) != 1:
        sys.stderr.write(__doc__)
        return 2
    errors = check(paths[0], texts, nclaims, noutlets, colors, dom)
    for e in errors:
        print("%s: %s" % (paths[0], e))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
