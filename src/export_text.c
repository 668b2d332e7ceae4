/*
 * export_text: the laid-out article as plain text, as the reader shows it
 * without colours.
 *
 * What colours and bold say on the screen is said with characters here:
 * the rule under the title is drawn with '=', under headings with '-',
 * block quotes get a "> " in their indent.  One output line per layout
 * line, as wide as the layout says.  Every cluster is written as width.h draws it, so
 * controls come out as placeholders and never raw.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "whosaid/export.h"
#include "whosaid/width.h"

static const char spaces[] = "                                ";

static void
put_repeat(FILE *out, const char *unit, size_t cap, int n)
{
	while (n > 0) {
		size_t k = (size_t)n < cap ? (size_t)n : cap;
		fwrite(unit, 1, k, out);
		n -= (int)k;
	}
}

static int
plain_ascii(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] < 0x20 || p[i] >= 0x7f)
			return 0;
	return 1;
}

static void
put_run(FILE *out, const char *s, const struct ws_run *run)
{
	struct ws_clusters it;
	struct ws_cell cell;

	if (run->flags & WS_RUN_JOIN) {
		fputc(' ', out);
		return;
	}
	if (run->flags & WS_RUN_CLIPPED) {
		ws_cell_make(s, run->start, run->end, &cell);
		ws_cell_clip(&cell, run->cols);
		fwrite(cell.draw, 1, cell.draw_len, out);
		return;
	}
	if (plain_ascii((const unsigned char *)s + run->start, run->end - run->start)) {
		fwrite(s + run->start, 1, run->end - run->start, out);
		return;
	}
	ws_clusters_init(&it, s, run->end, run->start);
	while (ws_clusters_next(&it, &cell))
		fwrite(cell.draw, 1, cell.draw_len, out);
}

int
ws_export_text(FILE *out, const struct ws_doc *doc, const struct ws_layout *lay,
	       struct ws_error *err)
{
	const char *s = doc->text->s;

	for (size_t i = 0; i < lay->nlines; i++) {
		const struct ws_line *line = &lay->lines[i];

		if (line->flags & WS_LINE_RULE) {
			int title = doc->blocks[line->block].kind == WS_BLOCK_TITLE;
			put_repeat(out, title ? "================================" :
				   "--------------------------------", 32, line->cols);
			fputc('\n', out);
			continue;
		}
		if ((line->flags & WS_LINE_QUOTE_BAR) && line->indent >= 2) {
			fputs("> ", out);
			put_repeat(out, spaces, sizeof spaces - 1, line->indent - 2);
		} else {
			put_repeat(out, spaces, sizeof spaces - 1, line->indent);
		}
		for (size_t r = 0; r < line->nruns; r++)
			put_run(out, s, &lay->runs[line->first_run + r]);
		if (line->flags & WS_LINE_HYPHEN)
			fputc('-', out);
		fputc('\n', out);
	}
	if (ferror(out))
		return ws_error_set(err, "write error: %s", strerror(errno));
	return 0;
}
