/*
 * fuzz_layout: lay out arbitrary text at an arbitrary width (1 to 500,
 * from the first two bytes of the input) and with arbitrary styles (from
 * the third byte), and check the promises of layout.h.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "whosaid/layout.h"
#include "whosaid/width.h"
#include "fuzz.h"

/*
 * Style spans over the text from a seed, as the reader makes them for
 * claims and search matches: sorted, not overlapping, on cluster
 * boundaries.  NULL (none) when the seed is even.
 */
static struct ws_style_span *
make_styles(const struct ws_text *text, unsigned seed, size_t *nstyles)
{
	struct ws_style_span *styles = NULL;
	size_t n = 0, cap = 0, pos = 0;
	uint32_t r = seed;

	*nstyles = 0;
	if (!(seed & 1))
		return NULL;
	while (pos < text->len) {
		size_t start = pos, end;

		r = r * 1103515245 + 12345;
		for (unsigned skip = (r >> 16) % 8; skip > 0 && start < text->len; skip--)
			start = ws_cluster_end(text->s, text->len, start);
		end = start;
		for (unsigned take = 1 + (r >> 20) % 8; take > 0 && end < text->len; take--)
			end = ws_cluster_end(text->s, text->len, end);
		if (start >= end)
			break;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			if ((styles = realloc(styles, cap * sizeof *styles)) == NULL)
				fuzz_fail("out of memory");
		}
		styles[n].start = start;
		styles[n].end = end;
		styles[n].style = WS_STY_MAKE((r >> 8) & 0x3ff, (r >> 4) % 4);
		n++;
		pos = end;
	}
	*nstyles = n;
	return styles;
}

static int
same_layout(const struct ws_layout *a, const struct ws_layout *b)
{
	return a->width == b->width && a->nlines == b->nlines && a->nruns == b->nruns &&
	       (a->nlines == 0 || memcmp(a->lines, b->lines, a->nlines * sizeof *a->lines) == 0) &&
	       (a->nruns == 0 || memcmp(a->runs, b->runs, a->nruns * sizeof *a->runs) == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ws_layout *lay = NULL, *again = NULL;
	struct ws_style_span *styles;
	struct ws_article *art;
	struct ws_error err;
	size_t nstyles;
	unsigned seed;
	int width;

	width = fuzz_take_width(&data, &size);
	seed = size > 0 ? *data : 0;
	if (size > 0) {
		data++;
		size--;
	}
	if ((art = fuzz_article(data, size, 0)) == NULL)
		return 0;
	styles = make_styles(art->text, seed, &nstyles);
	if (ws_layout_doc(art->doc, styles, nstyles, width, &lay, &err) < 0)
		fuzz_fail("layout failed at width %d: %s", width, err.msg);
	fuzz_check_layout(art->doc, lay);
	/* Pure: the same input lays out the same. */
	if (ws_layout_doc(art->doc, styles, nstyles, width, &again, &err) < 0 ||
	    !same_layout(lay, again))
		fuzz_fail("a second layout at width %d differs from the first", width);
	ws_layout_free(again);
	ws_layout_free(lay);
	free(styles);
	ws_article_free(art);
	return 0;
}
