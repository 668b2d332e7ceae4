/*
 * export_put: article text into an export, with placeholders and escapes.
 */
#include "config.h"

#include <string.h>

#include "export_put.h"
#include "whosaid/width.h"

/* Bytes drawn as themselves, escaped for HTML text and attribute values alike. */
static void
put_escaped(FILE *out, const char *p, size_t len)
{
	size_t done = 0;

	for (size_t i = 0; i < len; i++) {
		const char *entity;

		switch (p[i]) {
		case '&': entity = "&amp;"; break;
		case '<': entity = "&lt;"; break;
		case '>': entity = "&gt;"; break;
		case '"': entity = "&quot;"; break;
		case '\'': entity = "&#39;"; break;
		default: continue;
		}
		fwrite(p + done, 1, i - done, out);
		fputs(entity, out);
		done = i + 1;
	}
	fwrite(p + done, 1, len - done, out);
}

static void
put_bytes(FILE *out, const char *p, size_t len, enum ws_put_mode mode)
{
	if (mode == WS_PUT_PLAIN)
		fwrite(p, 1, len, out);
	else
		put_escaped(out, p, len);
}

/* A cluster that is not drawn as its own bytes: a placeholder, a space, a soft hyphen. */
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

/*
 * Clusters drawn as their own bytes are gathered into one stretch of the
 * text and written at once: a write per cluster costs more than all the
 * rest of an export.
 */
void
ws_put_text(FILE *out, const char *s, size_t start, size_t end,
	    enum ws_put_mode mode, int collapse)
{
	int pending_space = 0, written = 0;
	size_t same_start = start, same_end = start;	/* clusters drawn as themselves */
	struct ws_clusters it;
	struct ws_cell cell;

	ws_clusters_init(&it, s, end, start);
	while (ws_clusters_next(&it, &cell)) {
		if (collapse && (cell.flags & WS_CELL_SPACE)) {
			pending_space = written;
			continue;
		}
		if (pending_space) {
			put_bytes(out, s + same_start, same_end - same_start, mode);
			fputc(' ', out);
			same_start = same_end = cell.start;
		}
		pending_space = 0;
		written = 1;
		if (cell.start == same_end && cell.draw_len == cell.end - cell.start &&
		    (cell.draw == s + cell.start ||
		     memcmp(cell.draw, s + cell.start, cell.draw_len) == 0)) {
			same_end = cell.end;
			continue;
		}
		put_bytes(out, s + same_start, same_end - same_start, mode);
		put_cell(out, &cell, mode);
		same_start = same_end = cell.end;
	}
	put_bytes(out, s + same_start, same_end - same_start, mode);
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

size_t
ws_json_unicode_control(const unsigned char *s, size_t left, unsigned *cp)
{
	if (left >= 2 && s[0] == 0xc2 && s[1] >= 0x80 && s[1] <= 0x9f) {
		*cp = s[1];
		return 2;
	}
	if (left >= 3 && s[0] == 0xe2 && ((s[1] == 0x80 && s[2] >= 0xa8 && s[2] <= 0xae) ||
					  (s[1] == 0x81 && s[2] >= 0xa6 && s[2] <= 0xa9))) {
		*cp = 0x2000u | (unsigned)(s[1] & 0x3f) << 6 | (unsigned)(s[2] & 0x3f);
		return 3;
	}
	return 0;
}
