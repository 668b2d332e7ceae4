/*
 * jsonld: the few facts a news page states about itself in JSON-LD
 * (<script type="application/ld+json">): headline, authors, date of
 * publication, publisher, and the article's text when the page gives it.  Private to src/extract_html.c.
 *
 * Not a JSON parser: a scanner that keeps a bounded stack of the keys it
 * is under and picks string values by where they sit ("name" inside
 * "publisher", "author" as a string, an array or objects with "name").
 * It stops, keeping what it found, at the first thing it cannot read or
 * beyond JSONLD_DEPTH levels, and never copies more than JSONLD_VALUE_MAX
 * bytes of a value.  An @graph or an array of objects reads the same.
 */
#ifndef WHOSAID_JSONLD_H
#define WHOSAID_JSONLD_H

#include <stddef.h>

#define JSONLD_DEPTH 64
#define JSONLD_VALUE_MAX 512
#define JSONLD_AUTHORS_MAX 6
#define JSONLD_BODY_MAX ((size_t)4 << 20)	/* bytes kept of articleBody */

struct jsonld {
	/* results, owned, NULL when absent */
	char *headline;
	char *authors;		/* "A", "A and B", "A, B and C" */
	char *date;		/* datePublished (else dateCreated) */
	char *publisher;	/* publisher.name (else an Organization's name) */
	char *body;		/* articleBody: the story itself, for pages drawn by scripts */
	size_t body_len;
	/* scanning state */
	char *author[JSONLD_AUTHORS_MAX];
	size_t nauthors;
	char *created;
	char *organization;
};

void jsonld_init(struct jsonld *ld);

/* Scan one JSON-LD document; can be called for several scripts. */
void jsonld_scan(struct jsonld *ld, const char *s, size_t n);

/* Settle the results (authors joined, fallbacks taken) after scanning. */
void jsonld_finish(struct jsonld *ld);

void jsonld_free(struct jsonld *ld);

#endif
