/*
 * fuzz_text: the plain-text export of arbitrary bytes at an arbitrary
 * width.  Its output is safe for a terminal, has a line per layout line,
 * and each line is as wide as the layout says.
 */
#include "config.h"

#include <string.h>

#include "whosaid/export.h"
#include "whosaid/width.h"
#include "fuzz.h"

static void
check_lines(const char *s, size_t len, const struct ws_layout *lay)
{
	size_t i = 0;

	for (const char *p = s, *end = s + len; p < end; i++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		int w;

		if (nl == NULL)
			fuzz_fail("text export: the last line has no newline");
		if (i >= lay->nlines)
			fuzz_fail("text export: more lines than the layout's %zu", lay->nlines);
		w = ws_width(p, (size_t)(nl - p));
		if (w != lay->lines[i].cols)
			fuzz_fail("text export: line %zu is %d columns, the layout says %d",
				  i, w, lay->lines[i].cols);
		p = nl + 1;
	}
	if (i != lay->nlines)
		fuzz_fail("text export: %zu lines for %zu layout lines", i, lay->nlines);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ws_layout *lay = NULL;
	struct ws_article *art;
	struct fuzz_out out;
	struct ws_error err;
	int width;

	width = fuzz_take_width(&data, &size);
	if ((art = fuzz_article(data, size, 0)) == NULL)
		return 0;
	if (ws_layout_doc(art->doc, NULL, 0, width, &lay, &err) < 0)
		fuzz_fail("layout failed at width %d: %s", width, err.msg);
	if (ws_export_text(fuzz_out_open(&out), art, NULL, width, &err) < 0)
		fuzz_fail("text export failed: %s", err.msg);
	fuzz_out_close(&out);
	fuzz_check_terminal_safe(out.buf, out.len, 0);
	check_lines(out.buf, out.len, lay);
	fuzz_out_free(&out);
	ws_layout_free(lay);
	ws_article_free(art);
	return 0;
}
