/*
 * style: what a byte range of the article is, for the screen and the
 * exports, without any colour.  The layout carries a style value on each
 * run; the front ends and exporters turn it into colours through a theme.
 *
 * A style value (uint32_t) is a set of WS_STY_* flags in its low 12 bits
 * and, above them, the index of the claim the range belongs to plus one
 * (0 when it belongs to none).
 */
#ifndef WHOSAID_STYLE_H
#define WHOSAID_STYLE_H

#include <stddef.h>
#include <stdint.h>
#include "whosaid/analyze.h"
#include "whosaid/segment.h"

enum {
	WS_STY_TITLE = 1 << 0,
	WS_STY_HEADING = 1 << 1,
	WS_STY_BLOCKQUOTE = 1 << 2,
	WS_STY_DIRECT = 1 << 3,		/* inside a direct quotation */
	WS_STY_CUE = 1 << 4,		/* the reporting words ("said", "according to") */
	WS_STY_BY = 1 << 5,		/* the words that credit the claim ("Kerry", "the outlet") */
	WS_STY_MATCH = 1 << 6,		/* a search match */
	WS_STY_SELECTED = 1 << 7,	/* part of the selected claim */
	WS_STY_UNATTRIBUTED = 1 << 8,	/* an assertion credited to no one (fact-checker view) */
	WS_STY_DIMMED = 1 << 9,		/* a claim outside the current filter */
};

#define WS_STY_FLAG_BITS 12
#define WS_STY_FLAGS(st) ((st) & ((1u << WS_STY_FLAG_BITS) - 1))
/* Claim index of a style, or WS_NONE when none. */
#define WS_STY_CLAIM(st) ((st) >> WS_STY_FLAG_BITS == 0 ? WS_NONE : (size_t)((st) >> WS_STY_FLAG_BITS) - 1)
#define WS_STY_MAKE(flags, claim) ((uint32_t)(flags) | ((uint32_t)((claim) + 1) << WS_STY_FLAG_BITS))

/*
 * A styled byte range: the input of the layout. Sorted, not overlapping.
 * 12 bytes, 32-bit offsets as in ws_span (texts are at most 128 MiB):
 * an article of nothing but claims has a span every few bytes.
 */
struct ws_style_span {
	uint32_t start, end;
	uint32_t style;
};

/*
 * What a reader shows of an analysis besides the claims themselves: the
 * state of the screen, which an export repeats so that a user who
 * exports sees what they saw.
 */
struct ws_view {
	size_t selected;		/* a claim (WS_NONE: none) */
	size_t speaker;			/* only this person's claims stand out (WS_NONE: all) */
	size_t outlet;			/* only this outlet's claims stand out (WS_NONE: all) */
	int unattributed;		/* the fact-checker view */
	int via;			/* mark the words that credit each claim's outlet too */
	int leave_out;			/* claims outside the filters are not styled at all
					   (the command line's text and ANSI), not dimmed */
	const struct ws_span *matches;	/* search matches, sorted (borrowed) */
	size_t nmatches;
};

/* A view with nothing selected, filtered or searched. */
void ws_view_init(struct ws_view *view);

/* Whether the view filters by speaker or outlet (and so dims, or leaves out, some claims). */
int ws_view_filters(const struct ws_view *view);

/* Whether claim `claim` passes the view's speaker and outlet filters. */
int ws_view_has_claim(const struct ws_view *view, const struct ws_analysis *an, size_t claim);

/*
 * Whether sentence `sentence` asserts something with no attribution at
 * all: a statement of some length in the body of the article that no
 * claim, cue or credit touches.  It looks at every claim: to ask it of
 * every sentence, use ws_unattributed_sentences(), which sweeps once.
 */
int ws_sentence_unattributed(const struct ws_doc *doc, const struct ws_analysis *an,
			     size_t sentence);

/*
 * How many sentences of the article are unattributed in that sense: what
 * it asserts in its own voice, its publisher's.  One sweep over the
 * claims and sentences.  Out of memory exits (xmalloc.h).
 */
size_t ws_unattributed_count(const struct ws_doc *doc, const struct ws_analysis *an);

/*
 * Those sentences themselves, in order: *out gets their indexes (the
 * caller frees it) and *count how many.  Out of memory exits (xmalloc.h).
 */
void ws_unattributed_sentences(const struct ws_doc *doc, const struct ws_analysis *an,
			      size_t **out, size_t *count);

/*
 * The styles of an article under a view, for the layout: each claim's
 * content, cue and credit carry its index (with view->via, the words that
 * credit its outlet too, as WS_STY_BY); direct quotations (and the
 * quoted parts of mixed claims) WS_STY_DIRECT; the selected claim
 * WS_STY_SELECTED; claims outside the filter WS_STY_DIMMED (with
 * view->leave_out, no style at all); search matches WS_STY_MATCH; with
 * the fact-checker view, unattributed assertions WS_STY_UNATTRIBUTED.
 * Spans inside a title, heading or block quote carry the block's flag
 * too.  Where claims overlap, the one that starts last (the innermost)
 * gives its index.
 *
 * an may be NULL (no claims).  The caller frees *out (NULL when there are
 * no spans).  Nothing fails: out of memory exits (xmalloc.h).
 *
 * The styles of a whole article can be several times its size (a short
 * claim every few bytes has five spans and, while they are made, more
 * marks): a front end or an export that goes a block at a time styles a
 * block at a time, with ws_style_build_block(), in the memory of one.
 */
void ws_style_build(const struct ws_doc *doc, const struct ws_analysis *an,
		    const struct ws_view *view, struct ws_style_span **out, size_t *nout);

/*
 * The same spans for bytes [start, end) only, cut to that range: the
 * spans of the whole article, cut (what a front end needs to style the
 * part of a long article it shows, without styling the rest).  `claims`
 * (sorted, nclaims of them) must list every claim whose content, cue or
 * credit (or via, with view->via) touches the range, and may list more;
 * others are not looked at.  NULL means every claim.  The caller frees
 * *out.
 */
void ws_style_build_range(const struct ws_doc *doc, const struct ws_analysis *an,
			  const struct ws_view *view, size_t start, size_t end,
			  const uint32_t *claims, size_t nclaims, struct ws_style_span **out,
			  size_t *nout);

/*
 * Which claims touch which block: those whose content, cue, credit or
 * outlet's words overlap it, in order, a claim over several blocks listed
 * in each.  8 bytes a claim in each block it touches, and nothing for a
 * block no claim touches (a text of one-letter paragraphs has a block
 * every 3 bytes).
 */
struct ws_block_claims {
	uint32_t *blocks;	/* an entry's block: sorted */
	uint32_t *claims;	/* its claim: sorted within a block */
	size_t n;
};

/*
 * Index the claims of an (may be NULL: none) by the blocks of doc, which
 * the index then goes with.  Free it with ws_block_claims_free().  Out of
 * memory exits (xmalloc.h).
 */
void ws_block_claims_build(const struct ws_doc *doc, const struct ws_analysis *an,
			   struct ws_block_claims *out);
void ws_block_claims_free(struct ws_block_claims *bc);

/*
 * Block b's claims (a binary search): *claims gets the first (borrowed),
 * the count is returned (0 from an index zeroed and not built).
 */
size_t ws_block_claims_of(const struct ws_block_claims *bc, size_t b, const uint32_t **claims);

/*
 * The spans of ws_style_build() that fall in block `block`, cut to it,
 * made from the block's own claims (bc, of doc and an): styling a block
 * costs what its claims and marks do, whatever the article's size.  The
 * caller frees *out.
 */
void ws_style_build_block(const struct ws_doc *doc, const struct ws_analysis *an,
			  const struct ws_view *view, const struct ws_block_claims *bc,
			  size_t block, struct ws_style_span **out, size_t *nout);

/*
 * The styles of an article a stretch at a time, forward through it: for
 * an export that lays out a paragraph of a million short claims, whose
 * styles and the marks they are made of would be many times its size.
 * Each stretch's spans are ws_style_build_range()'s (the article's, cut
 * to the stretch), made from the claims near the stretch: the styler
 * finds them as it goes (style_stretch.c), holding the claims near the
 * stretch and the cues and credits far from their contents, not a list
 * of every claim.  Out of memory exits (xmalloc.h).
 */
struct ws_styler;

/* A styler for doc, an (may be NULL) and view, all borrowed; free with ws_styler_free(). */
struct ws_styler *ws_styler_new(const struct ws_doc *doc, const struct ws_analysis *an,
				const struct ws_view *view);

/*
 * The spans of bytes [start, end), *n of them, borrowed until the next
 * call.  `keep` is the earliest byte any later call will ask for: a call
 * may go back, but not before the `keep` of an earlier one (start >=
 * keep, and keep never decreases).
 */
const struct ws_style_span *ws_styler_range(struct ws_styler *s, size_t start, size_t end,
					    size_t keep, size_t *n);

/*
 * The claims the last call styled from, sorted, borrowed until the next
 * call: those whose words touch its stretch (with the fact-checker view,
 * the sentences the stretch touches).
 */
size_t ws_styler_claims(const struct ws_styler *s, const uint32_t **claims);

void ws_styler_free(struct ws_styler *s);

#endif
