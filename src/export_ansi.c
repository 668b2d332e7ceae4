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
#include <string.h>

#include "whosaid/export.h"
#include "whosaid/theme.h"
#include "whosaid/width.h"
#include "whosaid/xmalloc.h"
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
	int claim = WS_STY_CLAIM(style) != (size_t)-1;

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
		int title = doc->blocks[line->block].kind == WS_BLOCK_TITLE;

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

int
ws_export_ansi(FILE *out, const struct ws_article *art,
	       const struct ws_style_span *styles, size_t nstyles, int width,
	       const struct ws_theme *th, int depth, struct ws_error *err)
{
	struct ansi a = { .out = out, .s = art->text->s };
	struct stream st = { &a, art->doc };
	struct ws_layout *lay;
	int rc = 0;

	if (th != NULL)
		a.sc = ws_scheme_new(th, art->an, depth);
	lay = ws_layout_new(width);
	ws_layout_stream(lay, emit_lines, &st);
	for (size_t b = 0; b < art->doc->nblocks && rc == 0; b++) {
		ws_layout_clear(lay);
		rc = ws_layout_block(lay, art->doc, b, styles, nstyles, err);
		if (rc == 0)
			rc = emit_lines(&st, lay, err);
	}
	ws_layout_free(lay);
	return ansi_end(&a, rc, err);
}
