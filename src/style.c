/*
 * style: an analysis and a view turned into styled byte ranges.
 *
 * Everything that can mark text is first collected as a "mark": a byte
 * range with flags and perhaps a claim (a block's kind, a claim's
 * content, cue and credit, the quoted parts of a mixed claim, a search
 * match, an unattributed sentence).  Marks overlap freely.  A sweep over
 * their starts and ends, in order, then cuts the text into the pieces
 * between consecutive boundaries: each piece gets the flags of the marks
 * that cover it and the claim of the innermost claim mark.  Neighbouring
 * pieces with the same style are merged.
 *
 * The work grows with the text (issue 16): each claim, sentence, block
 * and match of the range is marked once, a claim's marks cover its own
 * spans (whose bytes the analysis keeps linear: tests/test_linear), and
 * the sweep sorts the marks once (n log n) and keeps a few counters.
 */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/style.h"
#include "whosaid/xmalloc.h"
#include "style_int.h"

/* Sentences shorter than this many words are not taken for assertions. */
#define UNATTRIBUTED_MIN_WORDS 4

/*
 * 32-bit fields (inputs are at most 128 MiB): a whole article's marks,
 * their events and the sort's copy of them are the export's peak, and a
 * page of one short claim after another has a mark every few bytes
 * (kinds_of() keeps half of each once the events are made).
 */
struct mark {
	uint32_t start, end;
	uint32_t flags;
	uint32_t claim;		/* NO_CLAIM for marks that belong to no claim */
};
#define NO_CLAIM UINT32_MAX

struct marks {
	struct mark *v;
	size_t n, cap;
	size_t lo, hi;		/* the range styled: marks outside it are left out */
};

/*
 * An event is a mark's start or end as one number that sorts as it
 * must: by position, then ends before starts at the same position (so
 * pieces never get empty marks), then by the mark's index.
 */
#define EVENT(pos, is_start, mark) ((uint64_t)(pos) << 32 | (uint64_t)(is_start) << 31 | (mark))
#define EVENT_POS(e) ((size_t)((e) >> 32))
#define EVENT_IS_START(e) ((int)(((e) >> 31) & 1))
#define EVENT_MARK(e) ((size_t)((e) & 0x7fffffffu))

void
ws_view_init(struct ws_view *view)
{
	memset(view, 0, sizeof *view);
	view->selected = WS_NONE;
	view->speaker = WS_NONE;
	view->outlet = WS_NONE;
}

int
ws_view_filters(const struct ws_view *view)
{
	return view->speaker != WS_NONE || view->outlet != WS_NONE;
}

int
ws_view_has_claim(const struct ws_view *view, const struct ws_analysis *an, size_t claim)
{
	const struct ws_claim *c;

	if (an == NULL || claim >= an->nclaims)
		return 0;
	c = &an->claims[claim];
	if (view->speaker != WS_NONE && c->speaker != view->speaker)
		return 0;
	if (view->outlet != WS_NONE && c->outlet != view->outlet)
		return 0;
	return 1;
}

static int
spans_overlap(struct ws_span a, struct ws_span b)
{
	return a.start < a.end && b.start < b.end && a.start < b.end && b.start < a.end;
}

static int
claim_touches(const struct ws_claim *c, struct ws_span s)
{
	return spans_overlap(c->content, s) || spans_overlap(c->cue, s) || spans_overlap(c->by, s);
}

/* Whether a sentence reads as an assertion, whoever it is credited to. */
static int
sentence_asserts(const struct ws_doc *doc, size_t sentence)
{
	const struct ws_sentence se = ws_doc_sentence(doc, sentence);
	enum ws_block_kind kind = ws_doc_block_kind(doc, se.block);
	size_t words = 0;

	if (kind != WS_BLOCK_PARAGRAPH && kind != WS_BLOCK_QUOTE)
		return 0;
	/* The sentence's tokens (WS_SENTENCE_MAX_TOKENS at most), once per sentence. */
	for (size_t t = se.first_token; t < se.first_token + se.ntokens; t++)
		if (ws_token_is(&doc->tokens[t], WS_TOK_WORD))
			words++;
	if (words < UNATTRIBUTED_MIN_WORDS)
		return 0;
	for (size_t t = se.first_token + se.ntokens; t > se.first_token; t--) {
		const struct ws_token *tok = &doc->tokens[t - 1];

		if (ws_token_is(tok, WS_TOK_CLOSE_QUOTE))
			continue;
		return !(ws_token_len(tok) == 1 &&
			 doc->text->s[ws_token_start(tok)] == '?');
	}
	return 1;
}

int
ws_sentence_unattributed(const struct ws_doc *doc, const struct ws_analysis *an,
			 size_t sentence)
{
	if (sentence >= doc->nsentences || !sentence_asserts(doc, sentence))
		return 0;
	/* Every claim, for one sentence: for them all, ws_unattributed_sentences() sweeps once. */
	for (size_t i = 0; an != NULL && i < an->nclaims; i++)
		if (claim_touches(&an->claims[i], ws_sentence_span(doc, sentence)))
			return 0;
	return 1;
}

/*
 * A mark that touches the range styled, whole: the sweep cuts the pieces
 * to the range, so that a range's spans are the article's cut to it (a
 * mark cut to the range would open at its start in another order).
 */
static void
add_mark(struct marks *m, size_t start, size_t end, unsigned flags, size_t claim)
{
	if (start >= end || end <= m->lo || start >= m->hi)
		return;
	xgrow(&m->v, &m->cap, m->n + 1, sizeof *m->v);
	m->v[m->n++] = (struct mark){ (uint32_t)start, (uint32_t)end, flags,
				      claim == WS_NONE ? NO_CLAIM : (uint32_t)claim };
}

/* For ws_search: does the block end by byte off? */
static size_t
sentence_from(const struct ws_doc *doc, size_t off)
{
	return ws_doc_sentence_ending_after(doc, off);
}

static size_t
block_from(const struct ws_doc *doc, size_t off)
{
	return ws_doc_block_ending_after(doc, off);
}

/* The quoted stretches inside a mixed claim's content, from its quote tokens. */
static void
mark_quoted_parts(struct marks *m, const struct ws_doc *doc, struct ws_span content)
{
	size_t open = WS_NONE;

	/* The content's tokens, once for its claim. */
	for (size_t t = ws_token_ending_after(doc->tokens, doc->ntokens, content.start);
	     t < doc->ntokens && ws_token_start(&doc->tokens[t]) < content.end; t++) {
		const struct ws_token *tok = &doc->tokens[t];

		if (ws_token_is(tok, WS_TOK_OPEN_QUOTE) && open == WS_NONE) {
			open = ws_token_start(tok);
		} else if (ws_token_is(tok, WS_TOK_CLOSE_QUOTE) && open != WS_NONE) {
			add_mark(m, open, ws_token_end(tok), WS_STY_DIRECT, WS_NONE);
			open = WS_NONE;
		}
	}
	if (open != WS_NONE)
		add_mark(m, open, content.end, WS_STY_DIRECT, WS_NONE);
}

/* The claims to mark: claims[k] for k < n, or every claim when claims is NULL. */
struct claim_set {
	const uint32_t *claims;
	size_t n;
};

static size_t
claim_at(const struct claim_set *set, size_t k)
{
	return set->claims != NULL ? set->claims[k] : k;
}

/* The flags a claim's marks take from the view: dimmed, selected. */
static unsigned
view_flags(const struct ws_view *view, const struct ws_analysis *an, size_t i)
{
	unsigned extra = 0;

	if (!ws_view_has_claim(view, an, i))
		extra |= WS_STY_DIMMED;
	if (view->selected == i)
		extra |= WS_STY_SELECTED;
	return extra;
}

/*
 * Do claims i and j mark the same cue, credit and outlet's words with
 * the same flags?  The pieces of one quotation over many paragraphs
 * share them: a mark each would stack thousands at one place (issue 17).
 */
int
ws_style_same_credit(const struct ws_view *view, const struct ws_analysis *an, size_t i, size_t j)
{
	const struct ws_claim *a = &an->claims[i], *b = &an->claims[j];

	return a->cue.start == b->cue.start && a->cue.end == b->cue.end &&
	       a->by.start == b->by.start && a->by.end == b->by.end &&
	       (!view->via || (a->via.start == b->via.start && a->via.end == b->via.end)) &&
	       view_flags(view, an, i) == view_flags(view, an, j);
}

static void
mark_claims(struct marks *m, const struct ws_doc *doc, const struct ws_analysis *an,
	    const struct ws_view *view, const struct claim_set *set)
{
	for (size_t k = 0; k < set->n; k++) {
		size_t i = claim_at(set, k);
		const struct ws_claim *c = &an->claims[i];
		unsigned extra = view_flags(view, an, i);

		add_mark(m, c->content.start, c->content.end,
			 extra | (c->kind == WS_CLAIM_DIRECT ? WS_STY_DIRECT : 0), i);
		/*
		 * The credit's words once for a run of claims that share them:
		 * the last claim's mark, which the sweep would put on top of the
		 * others (the latest opened styles the piece), so nothing drawn
		 * changes.
		 */
		if (k + 1 == set->n || !ws_style_same_credit(view, an, i, claim_at(set, k + 1))) {
			add_mark(m, c->cue.start, c->cue.end, extra | WS_STY_CUE, i);
			add_mark(m, c->by.start, c->by.end, extra | WS_STY_BY, i);
			/* "Politico reports", "According to the official Xinhua News Agency". */
			if (view->via)
				add_mark(m, c->via.start, c->via.end, extra | WS_STY_BY, i);
		}
		if (c->kind == WS_CLAIM_MIXED)
			mark_quoted_parts(m, doc, c->content);
	}
}

/*
 * Which of the sentences [first, last) a claim of `set` touches with its
 * content, cue or credit: a map of last - first bytes the caller frees.
 * Claims are sorted by content start, but cues
 * and credits lie anywhere, so every claim's spans are noted against the
 * sentences they touch.
 */
static unsigned char *
touched_sentences(const struct ws_doc *doc, const struct ws_analysis *an,
		  const struct claim_set *set, size_t first, size_t last)
{
	unsigned char *touched = xcalloc(last - first + 1, 1);

	for (size_t k = 0; an != NULL && k < set->n; k++) {
		const struct ws_claim *c = &an->claims[claim_at(set, k)];
		struct ws_span parts[3] = { c->content, c->cue, c->by };

		for (int p = 0; p < 3; p++) {
			if (parts[p].start >= parts[p].end)
				continue;
			/* The sentences of one span of the claim, found by a binary search. */
			for (size_t s = sentence_from(doc, parts[p].start);
			     s < last && ws_sentence_start(doc, s) < parts[p].end; s++)
				if (s >= first)
					touched[s - first] = 1;
		}
	}
	return touched;
}

/* The fact-checker view: sentences that assert and that no claim touches. */
static void
mark_unattributed(struct marks *m, const struct ws_doc *doc, const struct ws_analysis *an,
		  const struct claim_set *set)
{
	size_t first = sentence_from(doc, m->lo), last = first;
	unsigned char *touched;

	while (last < doc->nsentences && ws_sentence_start(doc, last) < m->hi)
		last++;
	touched = touched_sentences(doc, an, set, first, last);
	for (size_t s = first; s < last; s++)
		if (!touched[s - first] && sentence_asserts(doc, s))
			add_mark(m, ws_sentence_start(doc, s), ws_sentence_end(doc, s),
				 WS_STY_UNATTRIBUTED, WS_NONE);
	free(touched);
}

void
ws_unattributed_sentences(const struct ws_doc *doc, const struct ws_analysis *an,
			  size_t **out, size_t *count)
{
	struct claim_set all = { NULL, an != NULL ? an->nclaims : 0 };
	unsigned char *touched = touched_sentences(doc, an, &all, 0, doc->nsentences);
	size_t *list = xreallocarray(NULL, doc->nsentences + 1, sizeof *list);

	*count = 0;
	for (size_t s = 0; s < doc->nsentences; s++)
		if (!touched[s] && sentence_asserts(doc, s))
			list[(*count)++] = s;
	free(touched);
	*out = list;
}

size_t
ws_unattributed_count(const struct ws_doc *doc, const struct ws_analysis *an)
{
	struct claim_set all = { NULL, an != NULL ? an->nclaims : 0 };
	unsigned char *touched = touched_sentences(doc, an, &all, 0, doc->nsentences);
	size_t count = 0;

	for (size_t s = 0; s < doc->nsentences; s++)
		if (!touched[s] && sentence_asserts(doc, s))
			count++;
	free(touched);
	return count;
}

static void
mark_matches(struct marks *m, const struct ws_view *view)
{
	size_t lo = ws_search(view->matches, view->nmatches, sizeof *view->matches, m->lo,
			      ws_span_ends_by);

	for (; lo < view->nmatches && view->matches[lo].start < m->hi; lo++)
		add_mark(m, view->matches[lo].start, view->matches[lo].end, WS_STY_MATCH, WS_NONE);
}

static void
mark_blocks(struct marks *m, const struct ws_doc *doc)
{
	for (size_t i = block_from(doc, m->lo); i < doc->nblocks && ws_doc_block_span(doc, i).start < m->hi;
	     i++) {
		enum ws_block_kind kind = ws_doc_block_kind(doc, i);
		unsigned flags = kind == WS_BLOCK_TITLE ? WS_STY_TITLE :
				 kind == WS_BLOCK_HEADING ? WS_STY_HEADING :
				 kind == WS_BLOCK_QUOTE ? WS_STY_BLOCKQUOTE : 0;

		if (flags != 0)
			add_mark(m, ws_doc_block_span(doc, i).start, ws_doc_block_span(doc, i).end, flags, WS_NONE);
	}
}

static int
event_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

/*
 * The claim marks open at the sweep's position, in the order they
 * opened: the innermost, the last, styles the piece.  A mark that ends
 * closes the latest open mark of its claim, which need not be on top
 * (a claim's pieces share its cue and credit: a quotation carried on
 * over a thousand paragraphs opens a thousand marks at its cue, which
 * close in the order they opened).  So a closed mark below the top only
 * dies (its claim becomes NO_CLAIM) and leaves the stack when it gets to
 * the top or the stack fills up, and each open mark links to the one of
 * its claim below it (below[]), while a map from claim to its latest open
 * mark (top_key[], top_at[]: open addressing, a claim with no open mark
 * is deleted) finds it at once.  Every mark then costs the same few steps, where a search
 * of the stack cost the square of the marks open at one place.
 */
struct open_claims {
	uint32_t *claims;	/* per mark in the stack: its claim, NO_CLAIM once closed */
	uint32_t *below;	/* the stack's mark of the same claim below it, or NO_CLAIM */
	size_t n, cap;
	uint32_t *top_key;	/* claim + 1 (0: a free slot) */
	uint32_t *top_at;	/* where in the stack its latest open mark is */
	size_t map_cap;		/* a power of two, at least twice cap */
};

struct sweep {
	unsigned count[WS_STY_FLAG_BITS];	/* marks covering the position, per flag */
	struct open_claims open;
	size_t lo, hi;				/* the range styled: pieces are cut to it */
	struct ws_style_span *out;
	size_t nout, cap;
};

static void
sweep_flags(struct sweep *sw, unsigned flags, int delta)
{
	for (int bit = 0; bit < WS_STY_FLAG_BITS; bit++)
		if (flags & (1u << bit))
			sw->count[bit] += (unsigned)delta;
}

static uint32_t
sweep_style(const struct sweep *sw)
{
	unsigned flags = 0;

	for (int bit = 0; bit < WS_STY_FLAG_BITS; bit++)
		if (sw->count[bit] > 0)
			flags |= 1u << bit;
	if (sw->open.n == 0)
		return flags;
	return WS_STY_MAKE(flags, sw->open.claims[sw->open.n - 1]);
}

static void
sweep_emit(struct sweep *sw, size_t start, size_t end, uint32_t style)
{
	struct ws_style_span *last = sw->nout > 0 ? &sw->out[sw->nout - 1] : NULL;

	if (start < sw->lo)
		start = sw->lo;
	if (end > sw->hi)
		end = sw->hi;
	if (style == 0 || start >= end)
		return;
	if (last != NULL && last->end == start && last->style == style) {
		last->end = end;
		return;
	}
	/* The styles are the HTML export's peak: grown by a quarter. */
	xgrow_gently(&sw->out, &sw->cap, sw->nout + 1, sizeof *sw->out);
	sw->out[sw->nout++] = (struct ws_style_span){ (uint32_t)start, (uint32_t)end, style };
}

/* The slot of claim c in the map: its own, or the free one where it would go. */
static size_t
map_slot(const struct open_claims *oc, uint32_t c)
{
	size_t mask = oc->map_cap - 1, i = ((uint32_t)(c * 2654435761u)) & mask;

	while (oc->top_key[i] != 0 && oc->top_key[i] != c + 1)
		i = (i + 1) & mask;
	return i;
}

/* Remove the entry at slot i, moving up the entries after it that may not stay (linear probing). */
static void
map_delete(struct open_claims *oc, size_t i)
{
	size_t mask = oc->map_cap - 1, j = i;

	for (;;) {
		size_t home;

		j = (j + 1) & mask;
		if (oc->top_key[j] == 0)
			break;
		home = ((uint32_t)((oc->top_key[j] - 1) * 2654435761u)) & mask;
		/* The entry at j may move to i unless its home lies cyclically in (i, j]. */
		if (i <= j ? home > i && home <= j : home > i || home <= j)
			continue;
		oc->top_key[i] = oc->top_key[j];
		oc->top_at[i] = oc->top_at[j];
		i = j;
	}
	oc->top_key[i] = 0;
}

/*
 * Room for a mark in a full stack: the closed marks leave it, each open
 * one links again to the one of its claim below it, and the map is made
 * again.  The stack doubles when that leaves it over half full, so that
 * this costs a few steps a mark.
 */
static void
restack(struct open_claims *oc)
{
	size_t n = 0;

	for (size_t p = 0; p < oc->n; p++)
		if (oc->claims[p] != NO_CLAIM)
			oc->claims[n++] = oc->claims[p];
	oc->n = n;
	if (n + 1 > oc->cap / 2) {
		xgrow(&oc->claims, &oc->cap, 2 * (n + 1), sizeof *oc->claims);
		oc->below = xreallocarray(oc->below, oc->cap, sizeof *oc->below);
	}
	free(oc->top_key);
	free(oc->top_at);
	for (oc->map_cap = 16; oc->map_cap < 2 * oc->cap; oc->map_cap *= 2)
		;
	oc->top_key = xcalloc(oc->map_cap, sizeof *oc->top_key);
	oc->top_at = xreallocarray(NULL, oc->map_cap, sizeof *oc->top_at);
	for (size_t p = 0; p < n; p++) {
		size_t i = map_slot(oc, oc->claims[p]);

		oc->below[p] = oc->top_key[i] != 0 ? oc->top_at[i] : NO_CLAIM;
		oc->top_key[i] = oc->claims[p] + 1;
		oc->top_at[i] = (uint32_t)p;
	}
}

static void
open_claim(struct open_claims *oc, uint32_t c)
{
	size_t i;

	if (oc->n == oc->cap)
		restack(oc);
	i = map_slot(oc, c);
	oc->below[oc->n] = oc->top_key[i] != 0 ? oc->top_at[i] : NO_CLAIM;
	oc->claims[oc->n] = c;
	oc->top_key[i] = c + 1;
	oc->top_at[i] = (uint32_t)oc->n++;
}

/* Close the latest open mark of claim c, then drop the closed marks on top. */
static void
close_claim(struct open_claims *oc, uint32_t c)
{
	size_t i, p;

	if (oc->n == 0 || oc->top_key[i = map_slot(oc, c)] == 0)
		return;
	p = oc->top_at[i];
	oc->claims[p] = NO_CLAIM;
	if (oc->below[p] != NO_CLAIM)
		oc->top_at[i] = oc->below[p];
	else
		map_delete(oc, i);
	while (oc->n > 0 && oc->claims[oc->n - 1] == NO_CLAIM)
		oc->n--;
}

static void
open_claims_free(struct open_claims *oc)
{
	free(oc->claims);
	free(oc->below);
	free(oc->top_key);
	free(oc->top_at);
}

/* What the sweep reads of a mark once its events are made. */
struct mark_kind {
	uint32_t flags;
	uint32_t claim;
};

/*
 * The marks' kinds, made in place of the marks (kind i ends where mark
 * i / 2 did, so no mark is overwritten before it is read) and the rest
 * given back: the marks' positions are in the events by then, and a
 * page of short claims has a mark every few bytes.  Takes v; the caller
 * frees what it returns.
 */
static struct mark_kind *
kinds_of(struct mark *v, size_t n)
{
	char *at = (char *)v;

	for (size_t i = 0; i < n; i++) {
		struct mark_kind k = { v[i].flags, v[i].claim };

		memcpy(at + i * sizeof k, &k, sizeof k);
	}
	return xreallocarray(v, n, sizeof(struct mark_kind));
}

/* Sweep the marks (given up: m->v is NULL after) into sw's spans. */
static void
sweep_marks(struct marks *m, struct sweep *sw)
{
	uint64_t *ev = xreallocarray(NULL, 2 * m->n + 1, sizeof *ev);
	struct mark_kind *kind;
	size_t nev = 0;

	for (size_t i = 0; i < m->n; i++) {
		ev[nev++] = EVENT(m->v[i].start, 1, i);
		ev[nev++] = EVENT(m->v[i].end, 0, i);
	}
	kind = kinds_of(m->v, m->n);
	m->v = NULL;
	qsort(ev, nev, sizeof *ev, event_cmp);
	for (size_t i = 0; i < nev; i++) {
		const struct mark_kind *mk = &kind[EVENT_MARK(ev[i])];

		if (i > 0 && EVENT_POS(ev[i]) > EVENT_POS(ev[i - 1]))
			sweep_emit(sw, EVENT_POS(ev[i - 1]), EVENT_POS(ev[i]), sweep_style(sw));
		sweep_flags(sw, mk->flags, EVENT_IS_START(ev[i]) ? 1 : -1);
		if (mk->claim == NO_CLAIM)
			continue;
		if (EVENT_IS_START(ev[i]))
			open_claim(&sw->open, mk->claim);
		else
			close_claim(&sw->open, mk->claim);
	}
	free(ev);
	free(kind);
}

/*
 * With view->leave_out, the claims of set that pass the view's filters,
 * in *kept (the caller frees it): the set the marks are made of, so that
 * a claim left out takes no part, not even in sharing a credit's mark.
 */
static struct claim_set
passing(const struct ws_analysis *an, const struct ws_view *view, struct claim_set set,
	uint32_t **kept)
{
	struct claim_set out = { NULL, 0 };

	*kept = NULL;
	if (an == NULL || !view->leave_out)
		return set;
	*kept = xreallocarray(NULL, set.n + 1, sizeof **kept);
	for (size_t k = 0; k < set.n; k++)
		if (ws_view_has_claim(view, an, claim_at(&set, k)))
			(*kept)[out.n++] = (uint32_t)claim_at(&set, k);
	out.claims = *kept;
	return out;
}

static void
build(const struct ws_doc *doc, const struct ws_analysis *an, const struct ws_view *view,
      size_t start, size_t end, struct claim_set set, struct ws_style_span **out,
      size_t *nout)
{
	struct marks m = { NULL, 0, 0, start, end };
	struct sweep sw;
	uint32_t *kept;

	*out = NULL;
	*nout = 0;
	memset(&sw, 0, sizeof sw);
	sw.lo = start;
	sw.hi = end;
	set = passing(an, view, set, &kept);
	mark_blocks(&m, doc);
	if (an != NULL)
		mark_claims(&m, doc, an, view, &set);
	if (view->unattributed)
		mark_unattributed(&m, doc, an, &set);
	mark_matches(&m, view);
	free(kept);
	xshrink(&m.v, m.n, sizeof *m.v);	/* before the events are made */
	if (m.n > 0)
		sweep_marks(&m, &sw);
	free(m.v);
	open_claims_free(&sw.open);
	xshrink(&sw.out, sw.nout, sizeof *sw.out);
	*out = sw.out;
	*nout = sw.nout;
}

void
ws_style_build(const struct ws_doc *doc, const struct ws_analysis *an,
	       const struct ws_view *view, struct ws_style_span **out, size_t *nout)
{
	struct claim_set all = { NULL, an != NULL ? an->nclaims : 0 };

	build(doc, an, view, 0, doc->text->len, all, out, nout);
}

void
ws_style_build_range(const struct ws_doc *doc, const struct ws_analysis *an,
		     const struct ws_view *view, size_t start, size_t end,
		     const uint32_t *claims, size_t nclaims, struct ws_style_span **out,
		     size_t *nout)
{
	struct claim_set set = { claims, claims != NULL ? nclaims : an != NULL ? an->nclaims : 0 };

	build(doc, an, view, start, end, set, out, nout);
}

void
ws_style_build_block(const struct ws_doc *doc, const struct ws_analysis *an,
		     const struct ws_view *view, const struct ws_block_claims *bc,
		     size_t block, struct ws_style_span **out, size_t *nout)
{
	struct ws_span span = ws_doc_block_span(doc, block);
	struct claim_set set = { NULL, 0 };

	set.n = ws_block_claims_of(bc, block, &set.claims);
	build(doc, an, view, span.start, span.end, set, out, nout);
}

/*
 * The blocks a claim touches, as up to four ranges [first, last) (one
 * for its content, cue, credit and outlet's words each, the empty ones
 * left out) merged where they meet, in order: *n of them in r.  They are
 * looked for from block *hint on, which becomes the content's first
 * block: claims come in the order of their contents, and their words lie
 * near them.
 */
static void
claim_blocks(const struct ws_doc *doc, const struct ws_claim *c, size_t *hint, size_t r[4][2],
	     size_t *n)
{
	const struct ws_span parts[4] = { c->content, c->cue, c->by, c->via };

	*n = 0;
	for (int p = 0; p < 4; p++) {
		size_t first, last, k;

		if (parts[p].start >= parts[p].end)
			continue;
		first = ws_doc_block_ending_after_from(doc, parts[p].start, *hint);
		last = ws_doc_blocks_starting_by_from(doc, parts[p].end - 1, first);
		if (p == 0)
			*hint = first;
		if (first >= last)
			continue;
		/* Insert in order of first block, then merge the ranges that meet. */
		for (k = *n; k > 0 && r[k - 1][0] > first; k--) {
			r[k][0] = r[k - 1][0];
			r[k][1] = r[k - 1][1];
		}
		r[k][0] = first;
		r[k][1] = last;
		(*n)++;
	}
	if (*n > 1) {
		size_t m = 0;

		for (size_t k = 1; k < *n; k++) {
			if (r[k][0] <= r[m][1]) {
				if (r[k][1] > r[m][1])
					r[m][1] = r[k][1];
			} else {
				m++;
				r[m][0] = r[k][0];
				r[m][1] = r[k][1];
			}
		}
		*n = m + 1;
	}
}

static int
key_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

/*
 * Each claim in each of its blocks as a key (block << 32 | claim),
 * sorted, then split into the two arrays (the claims in place of the
 * keys, each written where keys already read were).
 */
void
ws_block_claims_build(const struct ws_doc *doc, const struct ws_analysis *an,
		      struct ws_block_claims *out)
{
	size_t nclaims = an != NULL ? an->nclaims : 0, n = 0, hint = 0;
	uint64_t *keys;

	/* Counted first: the keys are the index's peak, 8 bytes an entry. */
	for (size_t i = 0; i < nclaims; i++) {
		size_t r[4][2], nr;

		claim_blocks(doc, &an->claims[i], &hint, r, &nr);
		for (size_t k = 0; k < nr; k++)
			n += r[k][1] - r[k][0];
	}
	keys = xreallocarray(NULL, n + 1, sizeof *keys);
	n = 0;
	hint = 0;
	for (size_t i = 0; i < nclaims; i++) {
		size_t r[4][2], nr;

		claim_blocks(doc, &an->claims[i], &hint, r, &nr);
		for (size_t k = 0; k < nr; k++)
			for (size_t b = r[k][0]; b < r[k][1]; b++)
				keys[n++] = (uint64_t)b << 32 | i;
	}
	qsort(keys, n, sizeof *keys, key_cmp);
	out->blocks = xreallocarray(NULL, n + 1, sizeof *out->blocks);
	for (size_t k = 0; k < n; k++) {
		uint64_t key = keys[k];
		uint32_t claim = (uint32_t)key;

		out->blocks[k] = (uint32_t)(key >> 32);
		memcpy((char *)keys + k * sizeof claim, &claim, sizeof claim);
	}
	out->claims = xreallocarray(keys, n + 1, sizeof *out->claims);
	out->n = n;
}

/* For ws_search_index: is entry i of the index before block `b`? */
static int
entry_before(const void *bc, size_t i, size_t b)
{
	return ((const struct ws_block_claims *)bc)->blocks[i] < b;
}

size_t
ws_block_claims_of(const struct ws_block_claims *bc, size_t b, const uint32_t **claims)
{
	size_t lo, hi;

	*claims = NULL;
	if (bc->blocks == NULL)
		return 0;
	lo = ws_search_index(0, bc->n, b, entry_before, bc);
	hi = ws_search_index(lo, bc->n, b + 1, entry_before, bc);
	*claims = bc->claims + lo;
	return hi - lo;
}

void
ws_block_claims_free(struct ws_block_claims *bc)
{
	free(bc->blocks);
	free(bc->claims);
	memset(bc, 0, sizeof *bc);
}
