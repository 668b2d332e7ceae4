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
#include "export_put.h"

/* Without a theme: attributes only, as a monochrome terminal shows them. */
static void
sgr_for(char *buf, size_t size, uint32_t style)
{
	unsigned flags = WS_STY_FLAGS(style);
	int claim = WS_STY_CLAIM(style) != (size_t)-1;

	snprintf(buf, size, "\033[0%s%s%s%sm",
		 flags & (WS_STY_TITLE | WS_STY_HEADING | WS_STY_DIRECT) ? ";1" : "",
		 flags & WS_STY_DIMMED ? ";2" : "",
		 claim || (flags & WS_STY_UNATTRIBUTED) ? ";4" : "",
		 flags & (WS_STY_SELECTED | WS_STY_MATCH) ? ";7" : "");
}

struct ansi {
	FILE *out;
	const char *s;
	char sgr[64];		/* the SGR in effect on this line, "" after a reset */
};

static void
set_sgr(struct ansi *a, const char *sgr)
{
	/* "\033[0m" is what a line starts with: no need to write it. */
	if (a->sgr[0] == '\0' && strcmp(sgr, "\033[0m") == 0)
		return;
	if (strcmp(sgr, a->sgr) == 0)
		return;
	fputs(sgr, a->out);
	snprintf(a->sgr, sizeof a->sgr, "%s", sgr);
}

static void
put_line(struct ansi *a, const struct ws_layout *lay, const struct ws_line *line)
{
	char sgr[64];

	if (!(line->flags & WS_LINE_BLANK))
		fprintf(a->out, "%*s", line->indent, "");
	a->sgr[0] = '\0';
	for (size_t r = 0; r < line->nruns; r++) {
		const struct ws_run *run = &lay->runs[line->first_run + r];

		sgr_for(sgr, sizeof sgr, run->style);
		set_sgr(a, sgr);
		if (run->flags & WS_RUN_JOIN)
			fputc(' ', a->out);
		else
			ws_put_text(a->out, a->s, run->start, run->end, WS_PUT_PLAIN, 0);
	}
	if (line->flags & WS_LINE_HYPHEN)
		fputc('-', a->out);
	if (a->sgr[0] != '\0')
		fputs("\033[0m", a->out);
	fputc('\n', a->out);
}

int
ws_export_ansi(FILE *out, const struct ws_article *art, const struct ws_layout *lay,
	       const struct ws_theme *th, int depth, struct ws_error *err)
{
	struct ansi a = { .out = out, .s = art->text->s };

	for (size_t i = 0; i < lay->nlines; i++)
		put_line(&a, lay, &lay->lines[i]);
	if (fflush(out) != 0 || ferror(out))
		return ws_error_set(err, "write error: %s", strerror(errno));
	return 0;
}
