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
/* Claim index of a style, or (size_t)-1 when none. */
#define WS_STY_CLAIM(st) ((size_t)((st) >> WS_STY_FLAG_BITS) - 1)
#define WS_STY_MAKE(flags, claim) ((uint32_t)(flags) | ((uint32_t)((claim) + 1) << WS_STY_FLAG_BITS))

/* A styled byte range: the input of the layout. Sorted, not overlapping. */
struct ws_style_span {
	size_t start, end;
	uint32_t style;
};

#endif
