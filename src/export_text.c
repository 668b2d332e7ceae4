/*
 * export_text: the laid-out article as plain text, as the reader shows it
 * without colours.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "whosaid/export.h"
#include "whosaid/width.h"

static void
put_run(FILE *out, const char *s, const struct ws_run *run)
{
	if (run->flags & WS_RUN_JOIN) {
		fputc(' ', out);
		return;
	}
	for (size_t pos = run->start; pos < run->end;) {
		size_t end = run->start + ws_cluster_end(s + run->start, run->end - run->start,
							 pos - run->start);
		struct ws_cell cell;

		ws_cell_make(s, pos, end, &cell);
		fwrite(cell.draw, 1, cell.draw_len, out);
		pos = end;
	}
}

int
ws_export_text(FILE *out, const struct ws_doc *doc, const struct ws_layout *lay,
	       struct ws_error *err)
{
	const char *s = doc->text->s;

	for (size_t i = 0; i < lay->nlines; i++) {
		const struct ws_line *line = &lay->lines[i];

		if (!(line->flags & WS_LINE_BLANK))
			fprintf(out, "%*s", line->indent, "");
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
