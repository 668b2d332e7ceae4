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
 * claim's first words).  The marks and the key are text of a copy of the article, in
 * blocks and lines of their own, so that the one layout breaks and
 * measures them as it does the article: no line grows past the width.
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
	size_t cap_text, cap_blocks, cap_lines, cap_styles;	/* private */
};

/*
 * Build the marked copy of art (which must have its analysis) with the
 * claims view passes (NULL: all).  Returns the number of claims marked;
 * when 0, m holds nothing and needs no freeing.
 */
size_t ws_marked_build(const struct ws_article *art, const struct ws_view *view,
		       struct ws_marked *m);

/*
 * Text of blocks of its own, for what an export adds after the article
 * (a key, a legend): start a block of one line in m (zeroed, or built),
 * then add text to it, with a style for the layout (0: none).
 */
void ws_marked_block(struct ws_marked *m, enum ws_block_kind kind);
void ws_marked_add(struct ws_marked *m, const char *str, uint32_t style);

/*
 * Append the key alone to m (zeroed, or built): the heading and a block
 * per claim view passes (NULL: all), "[N] Outlet ▸ Person ▸ cue —
 * “words…”", s being the article's clean text.  Returns the claims in it.
 */
size_t ws_marked_key(struct ws_marked *m, const struct ws_analysis *an, const char *s,
		     const struct ws_view *view);

/*
 * The key's line of claim i alone, as ws_marked_key() writes it, in m
 * (zeroed, or used before: emptied first) as its one block: for a
 * caller that writes the lines one at a time, in the memory of one.
 */
void ws_marked_key_line(struct ws_marked *m, const struct ws_analysis *an, const char *s,
			size_t i);

void ws_marked_free(struct ws_marked *m);

#endif
