/*
 * export_put: article text into an export, with placeholders and escapes.
 */
#include "config.h"

#include <string.h>

#include "export_put.h"
#include "whosaid/width.h"

/* Bytes of a drawn cluster, escaped for HTML text and attribute values alike. */
static void
put_escaped(FILE *out, const char *p, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		switch (p[i]) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		default: fputc(p[i], out); break;
		}
	}
}

static void
put_cell(FILE *out, const struct ws_cell *cell, enum ws_put_mode mode)
{
	if (mode == WS_PUT_PLAIN) {
		fwrite(cell->draw, 1, cell->draw_len, out);
		return;
	}
	if (cell->flags & WS_CELL_SOFT_HYPHEN) {
		/* Let the browser hyphenate where the article allows it. */
		if (mode == WS_PUT_HTML)
			fputs("&shy;", out);
		return;
	}
	if ((cell->flags & WS_CELL_PLACEHOLDER) && mode == WS_PUT_HTML) {
		fputs("<span class=\"ctl\">", out);
		put_escaped(out, cell->draw, cell->draw_len);
		fputs("</span>", out);
		return;
	}
	put_escaped(out, cell->draw, cell->draw_len);
}

void
ws_put_text(FILE *out, const char *s, size_t start, size_t end,
	    enum ws_put_mode mode, int collapse)
{
	int pending_space = 0, written = 0;
	struct ws_clusters it;
	struct ws_cell cell;

	ws_clusters_init(&it, s, end, start);
	while (ws_clusters_next(&it, &cell)) {
		if (collapse && (cell.flags & WS_CELL_SPACE)) {
			pending_space = written;
			continue;
		}
		if (pending_space)
			fputc(' ', out);
		pending_space = 0;
		put_cell(out, &cell, mode);
		written = 1;
	}
}

void
ws_put_str(FILE *out, const char *str, enum ws_put_mode mode)
{
	ws_put_text(out, str, 0, strlen(str), mode, 1);
}

int
ws_put_width(const char *str)
{
	int cols = 0, pending_space = 0, written = 0;
	struct ws_clusters it;
	struct ws_cell cell;

	ws_clusters_init(&it, str, strlen(str), 0);
	while (ws_clusters_next(&it, &cell)) {
		if (cell.flags & WS_CELL_SPACE) {
			pending_space = written;
			continue;
		}
		cols += pending_space + cell.cols;
		pending_space = 0;
		written = 1;
	}
	return cols;
}
