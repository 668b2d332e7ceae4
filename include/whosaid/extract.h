/*
 * extract: the article inside a web page or a Markdown file, as plain text.
 *
 * The extracted text is what the rest of the pipeline reads, in the shape
 * segment expects: blocks separated by blank lines, the title alone on the
 * first line, then (when the page names them) a line "By AUTHOR · DATE",
 * headings as their own short blocks, block quotes as lines starting with
 * "> ", and a <br> as a line break inside its paragraph.  White space is
 * collapsed and entities are decoded.
 *
 * HTML goes through libxml2's HTML parser (never parsed by hand).  The
 * main text is the <article> (or itemprop=articleBody) holding most of the
 * page's paragraph text, else the <main>, else the element whose
 * paragraphs are densest: most paragraph text for the least other text,
 * as readability tools do.  Navigation, headers and footers of the page,
 * asides, scripts, styles, forms, comments, cookie banners, share
 * widgets, adverts and related-story lists are left out, by element and
 * by class/id words.  The title comes from og:title, JSON-LD headline,
 * the first <h1> or <title>; the outlet from og:site_name or JSON-LD
 * publisher.name; byline and date from meta tags or JSON-LD.
 *
 * Markdown goes through md4c: headings, paragraphs, block quotes, list
 * items and code blocks become blocks; emphasis becomes plain text, links
 * keep their text, images and raw HTML are dropped.  A leading YAML front
 * matter gives the title, author and date.
 */
#ifndef WHOSAID_EXTRACT_H
#define WHOSAID_EXTRACT_H

#include <stddef.h>
#include "whosaid/error.h"

/*
 * Pages larger than this are refused: libxml2's tree takes up to about
 * 30 times the page in memory, and a page is rarely over 5 MB.
 */
#define WS_EXTRACT_MAX_HTML ((size_t)64 << 20)

/*
 * Limits on what the libraries take in time quadratic in it, far above
 * any article: attributes on one HTML element (libxml2 compares each
 * with those before it), and brackets closed on a later line than they
 * open in one Markdown paragraph (md4c 0.4.8 reads the text between
 * again for each).
 * Beyond them a page is refused, with a message naming the limit.
 */
#define WS_EXTRACT_MAX_ATTRIBUTES 256
#define WS_EXTRACT_MAX_BRACKETS 100

struct ws_extract {
	char *text;		/* the article as plain UTF-8, NUL-terminated (owned) */
	size_t len;
	char *title;		/* the headline, or NULL (owned, like the rest) */
	char *publisher;	/* the page's own outlet, or NULL */
	char *byline;		/* the author(s) as named, or NULL */
	char *date;		/* publication date (YYYY-MM-DD when given as ISO), or NULL */
};

/*
 * Extract the article from `len` bytes of UTF-8 HTML (a declared charset
 * is ignored: the loader has already made the bytes UTF-8).  Fails with a
 * one-line message when the page is so malformed that parsing it would
 * take unbounded time, is larger than WS_EXTRACT_MAX_HTML, has an element
 * with more than WS_EXTRACT_MAX_ATTRIBUTES attributes, or when memory
 * runs out.  A page without any text
 * is not an error: (*out)->len is 0.  Free *out with ws_extract_free().
 */
int ws_extract_html(const char *html, size_t len, struct ws_extract **out,
		    struct ws_error *err);

/*
 * The same from the bytes of a page as read, in the charset the page
 * declares (<meta charset>, http-equiv Content-Type), for pages that
 * are not UTF-8: windows-1252, Shift_JIS...  When the page declares no
 * charset, or UTF-8, *out is NULL and 0 is returned: read the page with
 * ws_extract_html() from the loader's repaired UTF-8 instead (a stray
 * byte there costs one U+FFFD, not the rest of the page).
 */
int ws_extract_html_declared(const char *bytes, size_t len, struct ws_extract **out,
			     struct ws_error *err);

/*
 * The same for Markdown (CommonMark with tables and strikethrough); a
 * paragraph with more than WS_EXTRACT_MAX_BRACKETS '[' closed on a later
 * line than they open is refused.
 */
int ws_extract_markdown(const char *md, size_t len, struct ws_extract **out,
			struct ws_error *err);

void ws_extract_free(struct ws_extract *ex);

#endif
