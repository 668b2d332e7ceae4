/*
 * train_corpus: training texts from JSON Lines corpora for whosaid-train.
 *
 * One JSON object per line (../shared/eval/README.md): "text", and
 * "attributions", each with "source_spans", "cue_spans" and
 * "content_spans", lists of [start, end] code point offsets into the
 * text (the single "source_span", "cue_span", "content_span" when the
 * lists are absent).  Blank lines are skipped.  The offsets come out as
 * byte offsets into the text's UTF-8.
 */
#ifndef WHOSAID_TRAIN_CORPUS_H
#define WHOSAID_TRAIN_CORPUS_H

#include <stddef.h>
#include "whosaid/error.h"
#include "whosaid/learn.h"

/* One text of a corpus, valid until the callback returns. */
struct train_text {
	const char *where;	/* "FILE:LINE", for messages */
	const char *text;	/* UTF-8, len bytes */
	size_t len;
	const struct ws_gold *gold;	/* byte offsets into text */
};

/*
 * Call each_text(ctx, text) for each line of the corpus at path, in
 * order; a non-zero return stops the walk and is returned.  A line that
 * is not a corpus object (bad JSON, no "text", a span out of the text or
 * backwards) fails with "FILE:LINE: what is wrong".
 */
int train_corpus_read(const char *path,
		      int (*each_text)(void *ctx, const struct train_text *text), void *ctx,
		      struct ws_error *err);

#endif
