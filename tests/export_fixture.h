/*
 * A small article for the export tests, with an analysis written by hand
 * (so the tests do not depend on what the attribution engine finds), its
 * styles from the style builder and its layout from the layout engine.
 */
#ifndef WHOSAID_EXPORT_FIXTURE_H
#define WHOSAID_EXPORT_FIXTURE_H

#include <stddef.h>
#include <stdio.h>
#include "whosaid/article.h"
#include "whosaid/layout.h"
#include "whosaid/style.h"

/* A claim: the first occurrence of each string in the text ("" for none). */
struct fixture_claim {
	const char *content, *cue, *by;
	enum ws_claim_kind kind;
	size_t speaker, outlet;
};

/*
 * An article of `text`, with `names` outlets and `people` speakers (NULL
 * terminated lists) and the claims given.  Free with fixture_free().
 */
struct ws_article *fixture_article(const char *text, const char *const *outlets,
				   const char *const *people,
				   const struct fixture_claim *claims, size_t nclaims);

/* The article laid out at `width` with its styles.  Free with ws_layout_free(). */
struct ws_layout *fixture_layout(const struct ws_article *art, int width);

/* An exporter of the article laid out at a width under a view. */
typedef int fixture_export(FILE *fp, const struct ws_article *art, const struct ws_view *view,
			   int width, const void *arg);

/*
 * What an exporter wrote for art at `width` under the reader's default
 * view: run it on a memory stream (NUL-terminated; free it).
 */
char *fixture_capture(fixture_export *export, const struct ws_article *art, int width,
		      const void *arg);

void fixture_free(struct ws_article *art);

#endif
