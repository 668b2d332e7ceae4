/*
 * article: the pipeline up to the analysis, for one input.
 *
 * Opens a file (or standard input), recognises its format (plain text,
 * HTML, Markdown), extracts the article text when it is not plain text,
 * and segments and analyses it.  The front ends (reader, exports) start
 * from here.
 */
#ifndef WHOSAID_ARTICLE_H
#define WHOSAID_ARTICLE_H

#include "whosaid/error.h"
#include "whosaid/text.h"
#include "whosaid/segment.h"
#include "whosaid/analyze.h"
#include "whosaid/lexicon.h"

enum ws_format {
	WS_FORMAT_AUTO,		/* by extension, then by content */
	WS_FORMAT_TEXT,
	WS_FORMAT_HTML,
	WS_FORMAT_MARKDOWN,
};

struct ws_article {
	struct ws_text *text;
	struct ws_doc *doc;
	struct ws_analysis *an;
	enum ws_format format;		/* what it was read as */
	char *publisher;		/* the page's own outlet (HTML), or NULL */
};

/*
 * Load, extract, segment and analyse `path` ("-" for standard input).
 * load_flags are WS_LOAD_* (text.h); lex may be NULL for the built-in
 * lexicons.  The caller frees *out with ws_article_free().
 */
int ws_article_open(const char *path, enum ws_format format, unsigned load_flags,
		    const struct ws_lexicon *lex, struct ws_article **out,
		    struct ws_error *err);

void ws_article_free(struct ws_article *art);

#endif
