/* export_feed: a block's styles a stretch at a time (export_feed.h). */
#include "config.h"

#include "export_feed.h"

void
ws_feed_init(struct ws_feed *f, struct ws_styler *styler, const struct ws_doc *doc, size_t b,
	     void (*note)(void *arg, const struct ws_style_span *spans, size_t n), void *note_arg)
{
	struct ws_span span = ws_doc_block_span(doc, b);

	f->styler = styler;
	f->block_end = span.end;
	f->noted = span.start;
	f->note = note;
	f->note_arg = note_arg;
}

/* Note the spans of a stretch that end past what was noted; everything before `to` is noted then. */
static void
note_new(struct ws_feed *f, const struct ws_style_span *spans, size_t n, size_t to)
{
	size_t k = 0;

	while (k < n && spans[k].end <= f->noted)
		k++;
	if (f->note != NULL && k < n)
		f->note(f->note_arg, spans + k, n - k);
	if (to > f->noted)
		f->noted = to;
}

const struct ws_style_span *
ws_feed_styles(void *arg, size_t start, size_t keep, size_t *end, size_t *n)
{
	struct ws_feed *f = arg;
	const struct ws_style_span *spans;
	size_t from = start, to;

	/* From where the noting stopped, so that no span between is missed. */
	if (f->noted < start)
		from = f->noted;
	if (keep > from)
		keep = from;
	to = from + WS_FEED_STRETCH;
	if (to <= start)
		to = start + 1;
	if (to > f->block_end)
		to = f->block_end > start ? f->block_end : start + 1;
	spans = ws_styler_range(f->styler, from, to, keep, n);
	note_new(f, spans, *n, to);
	*end = to;
	return spans;
}

void
ws_feed_finish(struct ws_feed *f)
{
	while (f->noted < f->block_end) {
		size_t to = f->noted + WS_FEED_STRETCH < f->block_end ? f->noted + WS_FEED_STRETCH :
									 f->block_end;
		size_t n;
		const struct ws_style_span *spans = ws_styler_range(f->styler, f->noted, to, f->noted, &n);

		note_new(f, spans, n, to);
	}
}
