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
#include "whosaid/analyze.h"
#include "whosaid/article.h"

/* Plain text: each line, indented, with placeholders; no styles. */
int ws_export_text(FILE *out, const struct ws_doc *doc, const struct ws_layout *lay,
		   struct ws_error *err);

/*
 * One JSON object on one line, ending with a newline, following the
 * contract in the README ("JSON format"): offsets are byte offsets into
 * the input as read (for HTML and Markdown, into the extracted text,
 * which the object then carries as "text").
 */
int ws_export_json(FILE *out, const struct ws_article *art, struct ws_error *err);

#endif
