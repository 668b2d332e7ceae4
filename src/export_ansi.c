/*
 * export_ansi: the laid-out article with SGR colours, for `less -R`.
 *
 * Line for line what the text export writes, with each run in the look
 * the theme gives its style.  An SGR sequence is written only where the
 * look changes, and every line ends with a reset, so a pager that starts
 * a screen in the middle of the file still shows the right colours.  The
 * article's own control characters never get here raw: runs are drawn
 * cluster by cluster through export_put, which gives placeholders.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/export.h"
#include "whosaid/theme.h"
#include "whosaid/width.h"
#include "whosaid/xmalloc.h"
#include "export_feed.h"
#include "export_marks.h"
#include "export_put.h"

struct ansi {
	FILE *out;
	const char *s;
	struct ws_scheme *sc;	/* the theme for this article, or NULL (owned) */
	char sgr[96];		/* the SGR in effect on this line, "" after a reset */
};

/* SGR parameters of a colour: 30-37, 90-97, 38;5;N or 38;2;R;G;B (base 40 for backgrounds). */
static int
put_color(char *buf, size_t size, int color, int base)
{
	long rgb;

	if (color == WS_COLOR_DEFAULT)
		return 0;
	if (WS_COLOR_IS_RGB(color)) {
		rgb = ws_color_rgb(color);
		return snprintf(buf, size, ";%d;2;%ld;%ld;%ld", base + 8, (rgb >> 16) & 0xff,
				(rgb >> 8) & 0xff, rgb & 0xff);
	}
	if (color < 8)
		return snprintf(buf, size, ";%d", base + color);
	if (color < 16)
		return snprintf(buf, size, ";%d", base + 60 + color - 8);
	return snprintf(buf, size, ";%d;5;%d", base + 8, color);
}

static void
sgr_of_look(char *buf, size_t size, struct ws_look look)
{
	static const struct { unsigned attr; const char *code; } attrs[] = {
		{ WS_ATTR_BOLD, ";1" }, { WS_ATTR_DIM, ";2" }, { WS_ATTR_ITALIC, ";3" },
		{ WS_ATTR_UNDERLINE, ";4" }, { WS_ATTR_BLINK, ";5" }, { WS_ATTR_REVERSE, ";7" },
	};
	size_t n = (size_t)snprintf(buf, size, "\033[0");

	for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++)
		if (look.attrs & attrs[i].attr)
			n += (size_t)snprintf(buf + n, size - n, "%s", attrs[i].code);
	n += (size_t)put_color(buf + n, size - n, look.fg, 30);
	n += (size_t)put_color(buf + n, size - n, look.bg, 40);
	snprintf(buf + n, size - n, "m");
}

/* Without a theme: attributes only, as a monochrome terminal shows them. */
static void
sgr_for(const struct ansi *a, char *buf, size_t size, uint32_t style)
{
	unsigned flags = WS_STY_FLAGS(style);
	int claim = WS_STY_CLAIM(style) != WS_NONE;

	if (a->sc != NULL) {
		sgr_of_look(buf, size, ws_scheme_look(a->sc, style));
		return;
	}
	snprintf(buf, size, "\033[0%s%s%s%sm",
		 flags & (WS_STY_TITLE | WS_STY_HEADING | WS_STY_DIRECT) ? ";1" : "",
		 flags & WS_STY_DIMMED ? ";2" : "",
		 claim || (flags & WS_STY_UNATTRIBUTED) ? ";4" : "",
		 flags & (WS_STY_SELECTED | WS_STY_MATCH) ? ";7" : "");
}

static void
set_sgr(struct ansi *a, const char *sgr)
{
	int reset = strcmp(sgr, "\033[0m") == 0;

	/* A reset is what a line starts with, and what "" stands for. */
	if (reset ? a->sgr[0] == '\0' : strcmp(sgr, a->sgr) == 0)
		return;
	fputs(sgr, a->out);
	snprintf(a->sgr, sizeof a->sgr, "%s", reset ? "" : sgr);
}

static void
put_repeat(FILE *out, char c, int n)
{
	while (n-- > 0)
		fputc(c, out);
}

static void
put_run(struct ansi *a, const struct ws_run *run)
{
	struct ws_cell cell;

	if (run->flags & WS_RUN_JOIN) {
		fputc(' ', a->out);
	} else if (run->flags & WS_RUN_CLIPPED) {
		ws_cell_make(a->s, run->start, run->end, &cell);
		ws_cell_clip(&cell, run->cols);
		fwrite(cell.draw, 1, cell.draw_len, a->out);
	} else {
		ws_put_text(a->out, a->s, run->start, run->end, WS_PUT_PLAIN, 0);
	}
}

/* The indent, with the text export's "> " for a block quote, in the quote bar's look. */
static void
put_indent(struct ansi *a, const struct ws_line *line)
{
	char sgr[96];

	if ((line->flags & WS_LINE_QUOTE_BAR) && line->indent >= 2) {
		if (a->sc != NULL) {
			sgr_of_look(sgr, sizeof sgr, ws_scheme_element(a->sc, WS_EL_QUOTE_BAR));
			set_sgr(a, sgr);
		}
		fputs("> ", a->out);
		put_repeat(a->out, ' ', line->indent - 2);
	} else {
		put_repeat(a->out, ' ', line->indent);
	}
}

/*
 * One line as the text export writes it (rules under titles and
 * headings, "> " before block quotes), each run in its look.
 */
static void
put_line(struct ansi *a, const struct ws_doc *doc, const struct ws_layout *lay,
	 const struct ws_line *line)
{
	char sgr[96];

	a->sgr[0] = '\0';
	if (line->flags & WS_LINE_RULE) {
		int title = ws_doc_block_kind(doc, line->block) == WS_BLOCK_TITLE;

		sgr_for(a, sgr, sizeof sgr, title ? WS_STY_TITLE : WS_STY_HEADING);
		set_sgr(a, sgr);
		put_repeat(a->out, title ? '=' : '-', line->cols);
	} else {
		put_indent(a, line);
		for (size_t r = 0; r < line->nruns; r++) {
			const struct ws_run *run = &lay->runs[line->first_run + r];

			sgr_for(a, sgr, sizeof sgr, run->style);
			set_sgr(a, sgr);
			put_run(a, run);
		}
		if (line->flags & WS_LINE_HYPHEN)
			fputc('-', a->out);
	}
	if (a->sgr[0] != '\0')
		fputs("\033[0m", a->out);
	fputc('\n', a->out);
}

struct stream {
	struct ansi *a;
	const struct ws_doc *doc;
};

static int
emit_lines(void *arg, const struct ws_layout *lay, struct ws_error *err)
{
	struct stream *st = arg;

	for (size_t i = 0; i < lay->nlines; i++)
		put_line(st->a, st->doc, lay, &lay->lines[i]);
	if (ferror(st->a->out))
		return ws_error_set(err, "write error: %s", strerror(errno));
	return 0;
}

static int
ansi_end(struct ansi *a, int rc, struct ws_error *err)
{
	ws_scheme_free(a->sc);
	if (rc == 0 && (fflush(a->out) != 0 || ferror(a->out)))
		return ws_error_set(err, "write error: %s", strerror(errno));
	return rc;
}

/* "3 claims", "1 claim" after a label of the legend. */
static void
legend_count(struct ws_marked *m, size_t n)
{
	char buf[48];

	snprintf(buf, sizeof buf, " — %zu claim%s", n, n == 1 ? "" : "s");
	ws_marked_add(m, buf, 0);
}

/* A line of the legend: `label` in the look of `style`, then what it means. */
static void
legend_line(struct ws_marked *m, const char *label, uint32_t style, const char *meaning)
{
	ws_marked_block(m, WS_BLOCK_PARAGRAPH);
	ws_marked_add(m, label, style);
	if (meaning != NULL)
		ws_marked_add(m, meaning, 0);
}

/*
 * What the styles of the article showed, noted a block at a time as it
 * is written, for the legend after it.
 */
struct seen {
	const struct ws_analysis *an;
	unsigned char *shown;	/* per claim: some of its words styled, not dimmed (owned) */
	size_t dimmed;		/* the first claim dimmed, in the text's order, or WS_NONE */
};

/* export_feed.h's note(): the spans as the layout is fed them. */
static void
note_seen(void *arg, const struct ws_style_span *styles, size_t nstyles)
{
	struct seen *seen = arg;
	const struct ws_analysis *an = seen->an;

	for (size_t i = 0; an != NULL && i < nstyles; i++) {
		size_t c = WS_STY_CLAIM(styles[i].style);

		if (c >= an->nclaims)
			continue;
		if (WS_STY_FLAGS(styles[i].style) & WS_STY_DIMMED)
			seen->dimmed = seen->dimmed == WS_NONE ? c : seen->dimmed;
		else
			seen->shown[c] = 1;
	}
}

/*
 * The legend after the article: each outlet whose claims are coloured,
 * then claims of a person and no outlet, and of no one, each name in its
 * claims' look with their count; then the looks of quotations, cues and
 * credits, and of the claims a filter dims.  Looks are sampled from the
 * claims the styles colour, so the legend shows what the article does.
 */
static void
build_legend(struct ws_marked *m, const struct ws_analysis *an, const struct seen *seen)
{
	const unsigned char *shown = seen->shown;
	size_t first = WS_NONE, dimmed = seen->dimmed, person = WS_NONE, no_one = WS_NONE;
	size_t nperson = 0, nno_one = 0;

	memset(m, 0, sizeof *m);
	for (size_t o = 0; o < an->noutlets; o++) {
		size_t n = 0, sample = WS_NONE;

		for (size_t c = 0; c < an->nclaims; c++)
			if (shown[c] && an->claims[c].outlet == o && n++ == 0)
				sample = c;
		if (n == 0)
			continue;
		if (m->doc.nblocks == 0) {
			ws_marked_block(m, WS_BLOCK_HEADING);
			ws_marked_add(m, "Legend", 0);
		}
		legend_line(m, an->outlets[o].name, WS_STY_MAKE(0, sample), NULL);
		legend_count(m, n);
	}
	for (size_t c = 0; c < an->nclaims; c++) {
		if (!shown[c])
			continue;
		if (first == WS_NONE)
			first = c;
		if (an->claims[c].outlet != WS_NONE)
			continue;
		if (an->claims[c].speaker != WS_NONE && nperson++ == 0)
			person = c;
		if (an->claims[c].speaker == WS_NONE && nno_one++ == 0)
			no_one = c;
	}
	if (first == WS_NONE && dimmed == WS_NONE)
		return;
	if (m->doc.nblocks == 0) {
		ws_marked_block(m, WS_BLOCK_HEADING);
		ws_marked_add(m, "Legend", 0);
	}
	if (person != WS_NONE) {
		legend_line(m, "a person, no outlet", WS_STY_MAKE(0, person), NULL);
		legend_count(m, nperson);
	}
	if (no_one != WS_NONE) {
		legend_line(m, "no one named", WS_STY_MAKE(0, no_one), NULL);
		legend_count(m, nno_one);
	}
	if (first != WS_NONE) {
		legend_line(m, "“a quotation”", WS_STY_MAKE(WS_STY_DIRECT, first),
			    " — the words as spoken");
		legend_line(m, "said", WS_STY_MAKE(WS_STY_CUE, first), " — the words that report");
		legend_line(m, "Okafor", WS_STY_MAKE(WS_STY_BY, first), " — the words that credit");
	}
	if (dimmed != WS_NONE)
		legend_line(m, "dimmed", WS_STY_MAKE(WS_STY_DIMMED, dimmed),
			    " — a claim outside --speaker or --source");
}

/* The legend, laid out and written as the article was. */
static int
put_legend(struct ansi *a, struct ws_layout *lay, const struct ws_article *art,
	   const struct seen *seen, struct ws_error *err)
{
	struct ws_marked m;
	struct stream st = { a, NULL };
	int rc = 0;

	if (art->an == NULL)
		return 0;
	build_legend(&m, art->an, seen);
	st.doc = &m.doc;
	a->s = m.text.s;
	ws_layout_stream(lay, emit_lines, &st);
	for (size_t b = 0; b < m.doc.nblocks && rc == 0; b++) {
		ws_layout_clear(lay);
		rc = ws_layout_block(lay, &m.doc, b, m.styles, m.nstyles, err);
		if (rc == 0)
			rc = emit_lines(&st, lay, err);
	}
	a->s = art->text->s;
	ws_marked_free(&m);
	return rc;
}

int
ws_export_ansi(FILE *out, const struct ws_article *art, const struct ws_view *view, int width,
	       const struct ws_theme *th, int depth, struct ws_error *err)
{
	struct ansi a = { .out = out, .s = art->text->s };
	struct stream st = { &a, art->doc };
	struct seen seen = { art->an, NULL, WS_NONE };
	struct ws_styler *styler = ws_styler_new(art->doc, art->an, view);
	struct ws_layout *lay;
	int rc = 0;

	if (th != NULL)
		a.sc = ws_scheme_new(th, art->an, depth);
	seen.shown = xcalloc(art->an != NULL ? art->an->nclaims + 1 : 1, 1);
	lay = ws_layout_new(width);
	ws_layout_stream(lay, emit_lines, &st);
	/* Styled a stretch at a time: the whole article's styles can be several times its size. */
	for (size_t b = 0; b < art->doc->nblocks && rc == 0; b++) {
		struct ws_feed feed;

		ws_feed_init(&feed, styler, art->doc, b, note_seen, &seen);
		ws_layout_clear(lay);
		rc = ws_layout_block_fed(lay, art->doc, b, ws_feed_styles, &feed, err);
		ws_feed_finish(&feed);
		if (rc == 0)
			rc = emit_lines(&st, lay, err);
	}
	ws_styler_free(styler);
	if (rc == 0)
		rc = put_legend(&a, lay, art, &seen, err);
	free(seen.shown);
	ws_layout_free(lay);
	return ansi_end(&a, rc, err);
}
