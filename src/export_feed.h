/*
 * export_feed: a block's styles handed to the layout a stretch at a
 * time (layout.h's ws_style_feed), from a styler (style.h), for the
 * exports that colour the article (ANSI, HTML).  Private to the
 * exporters.
 *
 * A paragraph of a million short claims has several spans a claim, and
 * while they are made, several marks and events a span: styled whole,
 * such a block cost twice the analysis again (issue 17).  A stretch at
 * a time, it costs what a stretch's claims do.  Each span of the block
 * is also given, once and in order, to note() (what an export counts of
 * the styles: which claims show, which are dimmed), as it was when the
 * block was styled whole: the stretches follow each other with no gap,
 * and what the layout asks for again is not noted again.
 */
#ifndef WHOSAID_EXPORT_FEED_H
#define WHOSAID_EXPORT_FEED_H

#include <stddef.h>
#include "whosaid/segment.h"
#include "whosaid/style.h"

/* Bytes of a block styled at once. */
#define WS_FEED_STRETCH 65536

struct ws_feed {
	struct ws_styler *styler;	/* borrowed */
	size_t block_end;
	size_t noted;			/* every span before this byte was noted */
	void (*note)(void *arg, const struct ws_style_span *spans, size_t n);	/* may be NULL */
	void *note_arg;
};

/* Feed block b of doc from styler (which has styled nothing past the block's start). */
void ws_feed_init(struct ws_feed *f, struct ws_styler *styler, const struct ws_doc *doc, size_t b,
		  void (*note)(void *arg, const struct ws_style_span *spans, size_t n),
		  void *note_arg);

/* The ws_style_feed for ws_layout_block_fed(), with a struct ws_feed as its arg. */
const struct ws_style_span *ws_feed_styles(void *arg, size_t start, size_t keep, size_t *end,
					   size_t *n);

/* Note the spans of the block not noted yet (those the layout never asked for, or all). */
void ws_feed_finish(struct ws_feed *f);

#endif
