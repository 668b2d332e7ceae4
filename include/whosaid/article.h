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
	enum ws_format format;		/* what it was read as (never AUTO) */
	/*
	 * For HTML and Markdown, what the page says about itself (owned;
	 * NULL when it does not say).  publisher is the page's own outlet
	 * (og:site_name, JSON-LD publisher.name, front matter "publisher"):
	 * the side panel and the exports show it as the publisher, and
	 * claims the article makes in its own voice are credited to it.
	 */
	char *publisher;
	char *title;
	char *byline;			/* author names, without "By " */
	char *date;			/* publication date, YYYY-MM-DD when given as ISO */
};

/*
 * Load, extract, segment and analyse `path` ("-" for standard input).
 * load_flags are WS_LOAD_* (text.h); lex may be NULL for the built-in
 * lexicons.  The caller frees *out with ws_article_free().
 */
int ws_article_open(const char *path, enum ws_format format, unsigned load_flags,
		    const struct ws_lexicon *lex, struct ws_article **out,
		    struct ws_error *err);

/*
 * Load and extract the same way, but find only the blocks and lines
 * (ws_segment_blocks) and do not analyse: an is NULL.  Plain text needs
 * no more, and gets it several times faster.
 */
int ws_article_open_blocks(const char *path, enum ws_format format, unsigned load_flags,
			   struct ws_article **out, struct ws_error *err);

/*
 * ws_article_open_blocks() from len bytes in memory (copied), read as the
 * input `name` ("-" for standard input): what a reader shows of an input
 * still arriving, and then of all of it.  The same bytes give the same
 * article, and the same errors, as the file would.
 */
int ws_article_from_bytes(const char *name, const char *bytes, size_t len, enum ws_format format,
			  unsigned load_flags, struct ws_article **out, struct ws_error *err);

/*
 * Complete an article opened with ws_article_open_blocks(): replace its
 * doc with a fully segmented one (the same blocks and lines, so byte
 * offsets and block indexes stay valid; pointers into the old doc do
 * not) and analyse it.  Does nothing when art->an is already set.  On
 * failure the article is left as it was.
 */
int ws_article_analyze(struct ws_article *art, const struct ws_lexicon *lex,
		       struct ws_error *err);

/*
 * ws_article_analyze() in two halves, for a front end that analyses in
 * the background while it shows the article.  ws_article_analysis()
 * segments and analyses art's text into *doc and *an (the caller's, to
 * pass to ws_article_adopt() or free) and only reads art, so that
 * another thread may read art meanwhile; it stops early, with the
 * message "cancelled", once *cancel is non-zero (cancel may be NULL).
 * ws_article_adopt() makes them the article's: its doc is replaced, as
 * in ws_article_analyze().
 */
int ws_article_analysis(const struct ws_article *art, const struct ws_lexicon *lex,
			const atomic_int *cancel, struct ws_doc **doc,
			struct ws_analysis **an, struct ws_error *err);
void ws_article_adopt(struct ws_article *art, struct ws_doc *doc, struct ws_analysis *an);

void ws_article_free(struct ws_article *art);

/*
 * The format of an input for WS_FORMAT_AUTO: HTML or Markdown by the
 * extension of path (.html .htm .xhtml .shtml; .md .markdown .mdown
 * .mkd), else HTML when the text starts (after white space, comments
 * and an XML declaration) with <!doctype html, <html, <head or <body,
 * else plain text.
 */
enum ws_format ws_format_detect(const char *path, const char *s, size_t len);

#endif
