/*
 * export_marks: the article with its claims marked in the text, for the
 * exports that have no colours to show them (text, and the reader on a
 * terminal that has none).  Private to the exporters.
 *
 * Each claim the view passes is enclosed in "[N]" and "[/N]", N its
 * number (the JSON's n, the HTML's #claim-N), and a key follows the
 * article: a heading "Who said what", then one paragraph per claim,
 *     [1] Politico ▸ John Kerry ▸ said — “there was going to be…”
 * (the outlet, or "no outlet"; the person, or the words that credit the
 * claim, or "no one named", or nothing when those words are the outlet
 * itself, "[1] Reuters ▸ reported — …"; the cue, or the kind; the
 * claim's first words).  The marks are text of a copy of the article's
 * block, made a block at a time (a page of short claims grows by a mark
 * of a few bytes every few bytes: the whole copy was the text export's
 * peak, issue 17), and each line of the key is a block of its own, so
 * that the one layout breaks and measures them as it does the article:
 * no line grows past the width.
 */
#ifndef WHOSAID_EXPORT_MARKS_H
#define WHOSAID_EXPORT_MARKS_H

#include "whosaid/article.h"
#include "whosaid/style.h"

struct ws_marked {
	struct ws_text text;		/* only s and len are meaningful; s owned */
	struct ws_doc doc;		/* blocks and lines owned; no sentences or tokens */
	struct ws_style_span *styles;	/* of what ws_marked_add styled (owned) */
	size_t nstyles;
	size_t cap_text, cap_blocks, cap_bits, cap_styles;	/* private */
};

/* How many claims of an (may be NULL) the view (NULL: all) has marked. */
size_t ws_marked_count(const struct ws_analysis *an, const struct ws_view *view);

/*
 * The claims whose content touches each block, block after block: those
 * whose content began in a block before and goes on into this one, then
 * those that begin in it, in order.  What the marks of a block need, in
 * the memory of a block's claims (an index of every block's claims held
 * 8 bytes a claim through the export).
 */
struct ws_claim_walk {
	const struct ws_analysis *an;	/* borrowed; NULL: no claims */
	size_t next;			/* the first claim not yet reached */
	uint32_t *list;			/* the last block's claims (owned) */
	size_t n, cap;
};

void ws_claim_walk_init(struct ws_claim_walk *w, const struct ws_analysis *an);

/*
 * The claims whose content touches the block of span sp, sorted,
 * borrowed until the next call: blocks are walked in order.
 */
size_t ws_claim_walk_block(struct ws_claim_walk *w, struct ws_span sp, const uint32_t **claims);

void ws_claim_walk_free(struct ws_claim_walk *w);

/*
 * Block b of art, with the marks of the claims the view passes (NULL:
 * all), as the one block of m (zeroed, or used before: emptied first),
 * claims being those whose content touches the block (more may be
 * listed), sorted.  Returns the number of marks in the block; when 0, m
 * is as it was, and the article's own block is what to lay out.
 */
size_t ws_marked_block_of(struct ws_marked *m, const struct ws_article *art,
			  const struct ws_view *view, const uint32_t *claims, size_t nclaims,
			  size_t b);

/*
 * Text of blocks of its own, for what an export adds after the article
 * (a key, a legend): start a block of one line in m (zeroed, or built),
 * then add text to it, with a style for the layout (0: none).
 */
void ws_marked_block(struct ws_marked *m, enum ws_block_kind kind);
void ws_marked_add(struct ws_marked *m, const char *str, uint32_t style);

/* Does the key have a line for claim i: has it a content, and does the view (NULL: all) pass it? */
int ws_marked_has(const struct ws_analysis *an, const struct ws_view *view, size_t i);

/*
 * The key's line of claim i alone in m (zeroed, or used before: emptied
 * first) as its one block: "[N] Outlet ▸ Person ▸ cue — “words…”", s
 * being the article's clean text.  The key is written a line at a time,
 * in the memory of one: all of it can be many times the article's size
 * (a long name in the line of each claim of a few words).
 */
void ws_marked_key_line(struct ws_marked *m, const struct ws_analysis *an, const char *s,
			size_t i);

/*
 * A block too long to copy whole (a paragraph of a million short claims:
 * its marked copy, and the marks, were several times its size), marked
 * a part at a time, for ws_layout_part() (layout.h): each part is the
 * marked text from where the last one's final lines ended.
 */
struct ws_marked_parts {
	const struct ws_analysis *an;
	const struct ws_view *view;
	const struct ws_doc *doc;
	const char *s;
	size_t block;
	struct ws_span span;
	const uint32_t *claims;		/* the block's claims (borrowed) */
	size_t nclaims;
	uint32_t *ends;			/* its marked claims whose content ends in it, by end (owned) */
	size_t nends;
	size_t src;			/* the next part's first byte of the article */
	size_t skip;			/* the marks at src laid out already */
	size_t off;			/* bytes of the next mark at src laid out already */
	struct mark *marks;		/* the last part's (owned) */
	uint32_t *before;		/* bytes inserted before each of them (owned) */
	size_t nmarks;
};

/*
 * Start on block b of art, claims (borrowed) being those whose content
 * touches it, sorted, as ws_marked_block_of() takes them; returns the
 * block's marks (0: none).
 */
size_t ws_marked_parts_begin(struct ws_marked_parts *p, const struct ws_article *art,
			     const struct ws_view *view, const uint32_t *claims, size_t nclaims,
			     size_t b);

/*
 * The next part, about `bytes` of the article, as the one block of m
 * (zeroed, or used before); returns 1 when it ends the block.
 */
int ws_marked_part(struct ws_marked *m, struct ws_marked_parts *p, size_t bytes);

/* The next part starts at byte q of the last one's marked text (ws_layout_part()'s resume). */
void ws_marked_parts_resume(struct ws_marked_parts *p, size_t q);

void ws_marked_parts_end(struct ws_marked_parts *p);

void ws_marked_free(struct ws_marked *m);

#endif
