/*
 * export: the laid-out article and its attributions written to a stream.
 *
 * The exporters walk the same lines the screen draws (layout.h), so a
 * user who exports gets what they saw.  No byte of the article reaches the
 * output raw where it could act: control characters become placeholders
 * (width.h), and JSON and HTML escape what they must.
 */
#ifndef WHOSAID_EXPORT_H
#define WHOSAID_EXPORT_H

#include <stdio.h>
#include "whosaid/error.h"
#include "whosaid/segment.h"
#include "whosaid/layout.h"
#include "whosaid/style.h"
#include "whosaid/analyze.h"
#include "whosaid/article.h"

struct ws_theme;		/* theme.h */

/*
 * Plain text: each line of the article laid out at `width`, indented,
 * with placeholders; no styles.  When the article has its analysis, each
 * claim `view` passes (NULL: every claim) is marked "[N]" where it starts
 * and "[/N]" where it ends, N its number (the JSON's n), and a key ends
 * the text: a heading "Who said what", then a line per claim,
 * "[N] Outlet ▸ Person ▸ cue — “its first words…”".  The marks and the
 * key are laid out with the article, so no line is wider than `width`.
 * It is laid out and written one block at a time, so that memory holds
 * one block's lines, not the article's.
 */
int ws_export_text(FILE *out, const struct ws_article *art, const struct ws_view *view,
		   int width, struct ws_error *err);

/* What the offsets of the JSON export count (--offsets). */
enum ws_offset_unit {
	WS_OFFSETS_BYTES,	/* bytes: the default */
	WS_OFFSETS_CHARS,	/* code points, as Python slices a str */
	WS_OFFSETS_UTF16,	/* UTF-16 code units, as JavaScript slices a String */
};

/* The JSON version this exporter writes: its "version" field. */
#define WS_JSON_VERSION 2

struct ws_json_options {
	enum ws_offset_unit offsets;
	const struct ws_view *view;	/* only the claims its filter passes; NULL: all */
};

/*
 * One JSON object on one line, ending with a newline, following the
 * contract in the README ("JSON format"): offsets into the input as read
 * (for HTML and Markdown, into the extracted text, which the object then
 * carries as "text"), in the unit opt asks for (NULL: bytes, every
 * claim).  Every key is always there (null where there is nothing), and
 * the output is valid UTF-8 whatever the input and its file name.
 */
int ws_export_json(FILE *out, const struct ws_article *art,
		   const struct ws_json_options *opt, struct ws_error *err);

/*
 * One self-contained HTML5 page (UTF-8, no external resources): the
 * title, the article as blocks (<h1>, <h2>, <p>, <blockquote>) that the
 * browser wraps, each claim a <span class="claim"> coloured by its outlet
 * with an anchor (id="claim-N", N from 1 in order of appearance) and a
 * tooltip "Outlet ▸ Speaker ▸ cue", a legend of outlets with counts, the
 * speakers panel, keys to go from claim to claim (a small script the page
 * does not need) and a print stylesheet.  The article is styled under
 * `view` (style.h: claims outside its filters dimmed, its search matches
 * and selection marked) and laid out at `width` one block at a time, so
 * that memory holds one block's styles and lines, not the article's
 * (issue 17: the styles of a page of short claims were several times
 * its size); colours come
 * from th (NULL: the page's own default colours), light or dark as the
 * theme is, made readable (at least 4.5:1, as WCAG 2 asks).
 */
int ws_export_html(FILE *out, const struct ws_article *art, const struct ws_view *view,
		   int width, const struct ws_theme *th, struct ws_error *err);

/*
 * The same page in two schemes: `light`'s colours, and `dark`'s on a
 * screen whose reader prefers dark (@media (prefers-color-scheme:
 * dark)); paper is always black on white.  Every colour of text in
 * either is moved, where it must be, to at least 4.5:1 against all it
 * can sit on (WCAG 2).  dark NULL: as ws_export_html with th = light.
 */
int ws_export_html_schemes(FILE *out, const struct ws_article *art,
			   const struct ws_view *view, int width,
			   const struct ws_theme *light, const struct ws_theme *dark,
			   struct ws_error *err);

/*
 * The lines of the article styled under `view` and laid out at `width`,
 * one block at a time (as ws_export_html), with SGR colours from th (NULL:
 * attributes only), for `less -R`: every line ends with its attributes
 * reset, and only placeholders stand for the article's control
 * characters.  `depth` is a colour depth of theme.h (WS_DEPTH_8, _16,
 * _256, _RGB, or _MONO).
 */
int ws_export_ansi(FILE *out, const struct ws_article *art, const struct ws_view *view,
		   int width, const struct ws_theme *th, int depth, struct ws_error *err);

/*
 * Where the export of `input` goes by default: DIR/NAME.whosaid.EXT, NAME
 * being the input's file name without its extension ("stdin" for "-").
 * A NULL dir means beside the input (the current directory for "-").
 * The caller frees the result.
 */
char *ws_export_path(const char *input, const char *dir, const char *ext);

#endif
