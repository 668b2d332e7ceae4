/*
 * export_html: the highlighted view as one self-contained HTML page.
 *
 * The page follows the layout's blocks, not its lines: each block becomes
 * a heading, a paragraph or a block quote that the browser wraps to its
 * own width, and the runs inside it keep their styles.  A claim is one
 * <span class="claim"> carrying the colour class of its outlet ("s2"), or
 * "person" for a claim credited to a person and no outlet, or "anon",
 * from its first words to its last in the block, the words between that
 * are not its own included; a claim inside another (a claim reported by
 * someone else's) is an element inside the other's.  Only a claim broken
 * by a block boundary, or crossing another without holding it, is
 * several such spans with the same data-claim; the first one carries the
 * anchor (id="claim-N", N = claim index + 1, as the reader's status line
 * counts), so the anchors come in the claims' order.  Inside a claim,
 * runs with flags (cue, speaker, direct quotation...) are inner spans
 * with one class per flag.
 *
 * Colours are CSS rules written from the theme's scheme (at full RGB
 * depth); without a theme the page keeps default colours and claims are
 * underlined.  Everything from the article - text, names, cues, the file
 * name - goes through export_put, which escapes it and draws controls as
 * placeholders, so nothing in it can become markup.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/export.h"
#include "whosaid/stats.h"
#include "whosaid/theme.h"
#include "whosaid/xmalloc.h"
#include "export_contrast.h"
#include "export_feed.h"
#include "export_marks.h"
#include "export_put.h"

/* Inline flags: the ones that become classes on spans inside a block. */
static const struct {
	unsigned flag;
	const char *class;
} inline_classes[] = {
	{ WS_STY_DIRECT, "q" },
	{ WS_STY_CUE, "cue" },
	{ WS_STY_BY, "by" },
	{ WS_STY_MATCH, "match" },
	{ WS_STY_SELECTED, "sel" },
	{ WS_STY_UNATTRIBUTED, "unattr" },
	{ WS_STY_DIMMED, "dim" },
};

/* Claims inside claims inside claims...: deeper ones are split instead. */
#define MAX_NEST 8

#define INLINE_FLAGS (WS_STY_DIRECT | WS_STY_CUE | WS_STY_BY | WS_STY_MATCH | \
		      WS_STY_SELECTED | WS_STY_UNATTRIBUTED | WS_STY_DIMMED)

/*
 * What the panel says of each outlet and each person, counted in one pass
 * over the claims, and the outlets each person's claims came through from
 * ws_stats_credits(): a page with many people and many outlets costs
 * claims × log claims, not people × claims × outlets.
 */
struct tally {
	size_t *outlet_count, *outlet_first;	/* per outlet (owned) */
	size_t *person_count, *person_first;	/* per person (owned) */
	struct ws_credit *credits;		/* sorted by speaker (owned) */
	size_t ncredits;
	struct ws_legend_entry *legend;		/* the outlets' legend (owned) */
	size_t nlegend;
};

/*
 * Where the words of a claim in a block start and end (32 bits, as
 * offsets are); first is NOT_SEEN while the claim has no words in it.
 */
struct extent {
	uint32_t first, end;
};
#define NOT_SEEN UINT32_MAX

/* The extent of a claim that credits words in a block its content does not touch. */
struct owner {
	uint32_t claim;
	struct extent e;
};

struct html {
	FILE *out;
	const struct ws_article *art;
	const struct ws_analysis *an;
	int width;			/* of the layout: the page's column follows it */
	const struct ws_theme *th;	/* the light scheme's when dark_th is set */
	const struct ws_theme *dark_th;	/* the dark scheme's, or NULL */
	struct ws_scheme *sc;		/* th for this article, or NULL (owned) */
	struct ws_scheme *dark_sc;	/* dark_th for this article, or NULL (owned) */
	unsigned char *anchored;	/* per claim: its id has been written (owned) */
	const struct ws_view *view;	/* what the styles show (borrowed) */
	struct ws_claim_walk walk;	/* the claims whose content touches each block (owned) */
	struct ws_styler *styler;	/* the styles the layout is fed (owned) */
	struct ws_styler *ahead;	/* the same, a block ahead of it for the extents (owned) */
	struct ws_style_span piece;	/* a span noted but not yet taken into the extents */
	/*
	 * The claims of the block noted last (note_claim_ends()), an extent
	 * each: what a block's claims need costs nothing per claim of the
	 * article (a page of short claims has one every few bytes).  Those
	 * whose content touches the block come from the walk; a claim that
	 * owns words of the block by its cue or credit alone ("He said:" a
	 * paragraph before the quotation) is an owner of its own.
	 */
	size_t noted;			/* that block, or WS_NONE */
	const uint32_t *noted_claims;	/* the claims whose content touches it, sorted (borrowed) */
	struct extent *extents;		/* one per claim of noted_claims (owned) */
	size_t nnoted, extents_cap;
	struct owner *owners;		/* the others', sorted by claim once noted (owned) */
	size_t nowners, owners_cap;
	unsigned char *dimmed;		/* per claim: its words are dimmed, by a filter (owned) */
	size_t block;			/* the open block, or WS_NONE */
	size_t claim;			/* the innermost open claim element, or WS_NONE */
	size_t open[MAX_NEST];		/* the open claim elements, outermost first */
	size_t nopen;
	unsigned flags;			/* inline flags of the open inner span, or 0 */
	size_t prev_end;		/* end of the last run written */
	struct tally tally;		/* the panel's counts (owned) */
};

static void
put_block_text(struct html *h, struct ws_span span)
{
	ws_put_text(h->out, h->art->text->s, span.start, span.end, WS_PUT_ATTR, 1);
}

/* The file name as the user gave it, without directories. */
static const char *
display_name(const struct ws_article *art)
{
	const char *name = art->text->name, *slash;

	if (name == NULL || strcmp(name, "-") == 0)
		return "(stdin)";
	slash = strrchr(name, '/');
	return slash != NULL && slash[1] != '\0' ? slash + 1 : name;
}

/* The title block's index, or WS_NONE. */
static size_t
title_block(const struct ws_doc *doc)
{
	for (size_t i = 0; i < doc->nblocks; i++)
		if (ws_doc_block_kind(doc, i) == WS_BLOCK_TITLE)
			return i;
	return WS_NONE;
}

/* The colour class of a claim: its outlet's, a person's, or nobody's. */
static void
put_claim_class(struct html *h, size_t claim)
{
	const struct ws_claim *c = &h->an->claims[claim];

	if (c->outlet != WS_NONE)
		fprintf(h->out, "s%zu", (size_t)c->outlet);
	else if (c->speaker != WS_NONE)
		fputs("person", h->out);
	else
		fputs("anon", h->out);
}

/* The tooltip: "Outlet ▸ Speaker ▸ cue", leaving out what is not known. */
static void
put_claim_tooltip(struct html *h, size_t claim)
{
	const struct ws_claim *c = &h->an->claims[claim];
	const char *sep = "";

	if (c->outlet != WS_NONE) {
		ws_put_str(h->out, h->an->outlets[c->outlet].name, WS_PUT_ATTR);
		sep = " \xe2\x96\xb8 ";
	}
	if (c->speaker != WS_NONE) {
		fputs(sep, h->out);
		ws_put_str(h->out, h->an->people[c->speaker].name, WS_PUT_ATTR);
		sep = " \xe2\x96\xb8 ";
	}
	if (c->cue.end > c->cue.start) {
		fputs(sep, h->out);
		put_block_text(h, c->cue);
	}
}

/* How far the content of claim c is from the bytes [start, end): 0 when they touch. */
static size_t
content_gap(const struct ws_claim *c, size_t start, size_t end)
{
	if (c->content.end <= start)
		return start - c->content.end;
	if (end <= c->content.start)
		return c->content.start - end;
	return 0;
}

static int
span_holds(struct ws_span sp, size_t start, size_t end)
{
	return sp.start <= start && end <= sp.end && sp.start < sp.end;
}

/* Whether [start, end) is in the words that report or credit claim c. */
static int
credits_claim(const struct ws_claim *c, size_t start, size_t end)
{
	return span_holds(c->cue, start, end) || span_holds(c->by, start, end) ||
	       span_holds(c->via, start, end);
}

/* The smallest span holding a and b (an empty b adds nothing). */
static struct ws_span
hull(struct ws_span a, struct ws_span b)
{
	if (b.start >= b.end)
		return a;
	if (b.start < a.start)
		a.start = b.start;
	if (b.end > a.end)
		a.end = b.end;
	return a;
}

/* Claims this far apart in number are not looked at for a shared cue. */
#define SHARE_WINDOW 8

/*
 * The claim whose element the words [start, end) of claim c (as the
 * styles have it) go in.  Quotations that share their cue and credit
 * ("“…,” he said. “…” “…”") have them once: the styles give them to the
 * last claim, which would start that claim's element before the claims
 * between; here they go to the claim whose content is nearest (the
 * first, on a tie), so that each claim is one element and the elements
 * come in the claims' order.
 */
static size_t
piece_owner(const struct ws_analysis *an, size_t c, unsigned flags, size_t start, size_t end)
{
	size_t best = c, best_gap, lo, hi;
	struct ws_span words = { (uint32_t)start, (uint32_t)end };

	if (c >= an->nclaims || !(flags & (WS_STY_CUE | WS_STY_BY)) ||
	    span_holds(an->claims[c].content, start, end))
		return c;
	/* The cue and the credit go together: "he said" is measured whole. */
	if (credits_claim(&an->claims[c], start, end) && !span_holds(an->claims[c].via, start, end))
		words = hull(hull(words, an->claims[c].cue), an->claims[c].by);
	best_gap = content_gap(&an->claims[c], words.start, words.end);
	lo = c > SHARE_WINDOW ? c - SHARE_WINDOW : 0;
	hi = an->nclaims - c > SHARE_WINDOW ? c + SHARE_WINDOW : an->nclaims - 1;
	for (size_t j = lo; j <= hi; j++) {
		size_t gap;

		if (j == c || !credits_claim(&an->claims[j], start, end))
			continue;
		gap = content_gap(&an->claims[j], words.start, words.end);
		if (gap < best_gap || (gap == best_gap && j < best)) {
			best = j;
			best_gap = gap;
		}
	}
	return best;
}

/* The claim a piece of text with `style` goes in, or WS_NONE. */
static size_t
style_owner(const struct html *h, uint32_t style, size_t start, size_t end)
{
	size_t claim = WS_STY_CLAIM(style);

	if (claim == WS_NONE || claim >= h->an->nclaims)
		return WS_NONE;
	return piece_owner(h->an, claim, WS_STY_FLAGS(style), start, end);
}

static int
claim_below(const void *claim, size_t c)
{
	return *(const uint32_t *)claim < c;
}

/* Claim c's place among the claims whose content touches the block noted last, or WS_NONE. */
static size_t
noted_slot(const struct html *h, size_t c)
{
	size_t i = ws_search(h->noted_claims, h->nnoted, sizeof *h->noted_claims, c, claim_below);

	return i < h->nnoted && h->noted_claims[i] == c ? i : WS_NONE;
}

static int
owner_below(const void *owner, size_t c)
{
	return ((const struct owner *)owner)->claim < c;
}

/* Claim c's extent in the block noted last, or NULL when it has no words in it. */
static struct extent *
extent_of(const struct html *h, size_t c)
{
	struct extent *e = NULL;
	size_t i;

	if (c == WS_NONE || h->noted != h->block)
		return NULL;
	if ((i = noted_slot(h, c)) != WS_NONE) {
		e = &h->extents[i];
	} else {
		i = ws_search(h->owners, h->nowners, sizeof *h->owners, c, owner_below);
		if (i < h->nowners && h->owners[i].claim == c)
			e = &h->owners[i].e;
	}
	return e != NULL && e->first != NOT_SEEN ? e : NULL;
}

/* Grow an extent in the block to [start, end) (an empty span adds nothing). */
static void
extend_claim(struct extent *e, struct ws_span sp, struct ws_span block)
{
	size_t start = sp.start > block.start ? sp.start : block.start;
	size_t end = sp.end < block.end ? sp.end : block.end;

	if (start >= end)
		return;
	if (start < e->first)
		e->first = (uint32_t)start;
	if (end > e->end)
		e->end = (uint32_t)end;
}

/* Claim c's extent e in the block: its content, and its cue and credit unless another claim has them. */
static void
claim_extent(const struct html *h, size_t c, struct extent *e, struct ws_span block)
{
	const struct ws_claim *cl = &h->an->claims[c];
	const struct ws_span credits[] = { cl->cue, cl->by, cl->via };

	e->first = block.end;
	e->end = block.start;
	extend_claim(e, cl->content, block);
	for (size_t i = 0; i < sizeof credits / sizeof credits[0]; i++)
		if (credits[i].start < credits[i].end &&
		    piece_owner(h->an, c, WS_STY_CUE, credits[i].start, credits[i].end) == c)
			extend_claim(e, credits[i], block);
}

/* A span of the noted block's styles taken into its claim's extent. */
static void
extend_by_piece(struct html *h, const struct ws_style_span *sp)
{
	struct ws_span span = ws_doc_block_span(h->art->doc, h->noted);
	size_t c = style_owner(h, sp->style, sp->start, sp->end), k;
	struct ws_span piece = { sp->start, sp->end };

	if (c == WS_NONE)
		return;
	if ((k = noted_slot(h, c)) == WS_NONE) {
		/* Words it credits, its content elsewhere: gathered once the block is noted. */
		xgrow(&h->owners, &h->owners_cap, h->nowners + 1, sizeof *h->owners);
		h->owners[h->nowners++] = (struct owner){ (uint32_t)c, { piece.start, piece.end } };
		return;
	}
	if (h->extents[k].first == NOT_SEEN)
		claim_extent(h, c, &h->extents[k], span);
	extend_claim(&h->extents[k], piece, span);
}

static int
owner_cmp(const void *a, const void *b)
{
	const struct owner *x = a, *y = b;

	return (x->claim > y->claim) - (x->claim < y->claim);
}

/* The owners' pieces, one extent each: its own words, and every piece of the block it owns. */
static void
gather_owners(struct html *h)
{
	struct ws_span span = ws_doc_block_span(h->art->doc, h->noted);
	size_t n = 0;

	if (h->nowners > 1)
		qsort(h->owners, h->nowners, sizeof *h->owners, owner_cmp);
	for (size_t i = 0; i < h->nowners; i++) {
		struct ws_span piece = { h->owners[i].e.first, h->owners[i].e.end };

		if (n == 0 || h->owners[n - 1].claim != h->owners[i].claim) {
			h->owners[n].claim = h->owners[i].claim;
			claim_extent(h, h->owners[i].claim, &h->owners[n].e, span);
			n++;
		}
		extend_claim(&h->owners[n - 1].e, piece, span);
	}
	h->nowners = n;
}

/*
 * export_feed.h's note(): the block's spans a stretch at a time, each
 * taken in whole (a span cut at a stretch's end is joined again first:
 * whose words a piece is depends on all of it).
 */
static void
note_pieces(void *arg, const struct ws_style_span *spans, size_t n)
{
	struct html *h = arg;

	for (size_t i = 0; i < n; i++) {
		if (h->piece.end == spans[i].start && h->piece.style == spans[i].style &&
		    h->piece.start < h->piece.end) {
			h->piece.end = spans[i].end;
			continue;
		}
		if (h->piece.start < h->piece.end)
			extend_by_piece(h, &h->piece);
		h->piece = spans[i];
	}
}

/*
 * Before block b is written: where the words of each claim in it start
 * and end, so that the claim's element stays open over the words
 * between its own ("Hughes, speaking later to BBC News, said"), and
 * holds the claims inside it ("Ferrell warned that …, according to two
 * people": the people's claim holds Ferrell's).  The block's styles are
 * cut to it, and made from its claims.
 */
static void
note_claim_ends(struct html *h, size_t b)
{
	struct ws_feed feed;

	h->noted = b;
	h->nnoted = ws_claim_walk_block(&h->walk, ws_doc_block_span(h->art->doc, b),
					&h->noted_claims);
	h->nowners = 0;
	if (h->nnoted > h->extents_cap) {
		h->extents = xreallocarray(h->extents, h->nnoted, sizeof *h->extents);
		h->extents_cap = h->nnoted;
	}
	for (size_t k = 0; k < h->nnoted; k++)
		h->extents[k].first = NOT_SEEN;
	memset(&h->piece, 0, sizeof h->piece);
	ws_feed_init(&feed, h->ahead, h->art->doc, b, note_pieces, h);
	ws_feed_finish(&feed);
	if (h->piece.start < h->piece.end)
		extend_by_piece(h, &h->piece);
	gather_owners(h);
}

/* Whether claim c has words of its own after `at` in the open block. */
static int
claim_goes_on(const struct html *h, size_t c, size_t at)
{
	const struct extent *e = extent_of(h, c);

	return e != NULL && e->end > at;
}

/* Whether claim outer's extent in the block holds claim inner's. */
static int
claim_holds(const struct html *h, size_t outer, size_t inner)
{
	const struct extent *o = extent_of(h, outer), *i = extent_of(h, inner);

	return o != NULL && i != NULL && o->first <= i->first && i->end <= o->end;
}

static int
claim_is_open(const struct html *h, size_t c)
{
	for (size_t i = 0; i < h->nopen; i++)
		if (h->open[i] == c)
			return 1;
	return 0;
}

static void
open_claim(struct html *h, size_t claim)
{
	const struct ws_claim *c = &h->an->claims[claim];

	fputs("<span class=\"claim ", h->out);
	put_claim_class(h, claim);
	if (c->kind == WS_CLAIM_DIRECT)
		fputs(" direct", h->out);
	if (c->kind != WS_CLAIM_INDIRECT)
		fputs(" quoted", h->out);
	fputc('"', h->out);
	/* The anchor takes the keyboard's focus and is described by its credit line. */
	if (!h->anchored[claim]) {
		fprintf(h->out, " id=\"claim-%zu\" tabindex=\"0\" aria-describedby=\"credit-%zu\"",
			claim + 1, claim + 1);
		h->anchored[claim] = 1;
	}
	fprintf(h->out, " data-claim=\"%zu\" title=\"", claim + 1);
	put_claim_tooltip(h, claim);
	fputs("\">", h->out);
	h->open[h->nopen++] = claim;
	h->claim = claim;
}

static void
open_flags(struct html *h, unsigned flags)
{
	const char *sep = "";

	fputs("<span class=\"", h->out);
	for (size_t i = 0; i < sizeof inline_classes / sizeof inline_classes[0]; i++) {
		if (flags & inline_classes[i].flag) {
			fprintf(h->out, "%s%s", sep, inline_classes[i].class);
			sep = " ";
		}
	}
	fputs("\">", h->out);
	h->flags = flags;
}

static void
close_flags(struct html *h)
{
	if (h->flags != 0)
		fputs("</span>", h->out);
	h->flags = 0;
}

/* Close the innermost claim element. */
static void
close_top_claim(struct html *h)
{
	close_flags(h);
	if (h->nopen == 0)
		return;
	fputs("</span>", h->out);
	h->nopen--;
	h->claim = h->nopen > 0 ? h->open[h->nopen - 1] : WS_NONE;
}

/* Close every claim element. */
static void
close_claim(struct html *h)
{
	close_flags(h);
	while (h->nopen > 0)
		close_top_claim(h);
}

static const char *
block_tag(enum ws_block_kind kind, int closing)
{
	switch (kind) {
	case WS_BLOCK_TITLE: return closing ? "</h1>\n" : "<h1>";
	case WS_BLOCK_HEADING: return closing ? "</h2>\n" : "<h2>";
	case WS_BLOCK_QUOTE: return closing ? "</p></blockquote>\n" : "<blockquote><p>";
	case WS_BLOCK_PARAGRAPH: break;
	}
	return closing ? "</p>\n" : "<p>";
}

static void
close_block(struct html *h)
{
	if (h->block == WS_NONE)
		return;
	close_claim(h);
	fputs(block_tag(ws_doc_block_kind(h->art->doc, h->block), 1), h->out);
	h->block = WS_NONE;
}

static void
open_block(struct html *h, size_t block)
{
	close_block(h);
	fputs(block_tag(ws_doc_block_kind(h->art->doc, block), 0), h->out);
	h->block = block;
}

/* Whether claim c's words in the open block start by `at`. */
static int
starts_by(const struct html *h, size_t c, size_t at)
{
	const struct extent *e = extent_of(h, c);

	return e != NULL && e->first <= at;
}

/*
 * Open, before claim c at `at`, the claims that hold it and have not
 * begun yet: those starting at the same words (a claim whose credit
 * starts with the words of the claim it reports, "Ferrell warned that
 * …, according to two people").  They come before c in number.
 */
static void
open_holders(struct html *h, size_t c, size_t at)
{
	size_t lo = c > SHARE_WINDOW ? c - SHARE_WINDOW : 0;

	for (size_t j = lo; j < c && h->nopen + 1 < MAX_NEST; j++)
		if (!h->anchored[j] && starts_by(h, j, at) && claim_holds(h, j, c) &&
		    !claim_is_open(h, j) && (h->claim == WS_NONE || claim_holds(h, h->claim, j)))
			open_claim(h, j);
}

/*
 * Bring the open elements to the claim the run is in, `owner`: close the
 * claims that end before it (or, when claims cross without one holding
 * the other, that it must be split from), open the ones that hold it.
 */
static void
enter_claim(struct html *h, size_t owner, size_t at, int space)
{
	if (owner != WS_NONE && claim_is_open(h, owner)) {
		while (h->claim != owner)
			close_top_claim(h);
	} else {
		while (h->claim != WS_NONE && !(claim_goes_on(h, h->claim, at) &&
		       (owner == WS_NONE || claim_holds(h, h->claim, owner))))
			close_top_claim(h);
	}
	if (space)
		fputc(' ', h->out);
	if (owner != WS_NONE && owner != h->claim) {
		close_flags(h);
		open_holders(h, owner, at);
		if (h->nopen == MAX_NEST)
			close_top_claim(h);
		open_claim(h, owner);
	}
}

/*
 * Bring the open spans to what the run needs.  A space owed from a line
 * break (`space`) goes inside what stays open and outside what closes, so
 * that a claim's span starts and ends with its own words.  Words between
 * a claim's own stay in its element, unmarked.
 */
static void
set_style(struct html *h, const struct ws_run *run, int space)
{
	size_t owner = style_owner(h, run->style, run->start, run->end);
	unsigned flags = WS_STY_FLAGS(run->style) & INLINE_FLAGS;

	/* Words of a claim inside one it holds ("Ferrell has privately warned"): the inner one's. */
	if (owner != WS_NONE && owner != h->claim && claim_is_open(h, owner) &&
	    claim_goes_on(h, h->claim, run->start))
		owner = h->claim;
	if (owner != WS_NONE && (flags & WS_STY_DIMMED))
		h->dimmed[owner] = 1;
	/* The words between a dimmed claim's own are as dim as they are. */
	if (owner == WS_NONE && h->claim != WS_NONE && claim_goes_on(h, h->claim, run->start) &&
	    h->dimmed[h->claim])
		flags |= WS_STY_DIMMED;
	if (owner != h->claim || flags != h->flags)
		close_flags(h);
	enter_claim(h, owner, run->start, space);
	if (flags != h->flags && flags != 0)
		open_flags(h, flags);
}

static void
put_run(struct html *h, const struct ws_run *run, int space)
{
	set_style(h, run, space);
	if (run->flags & WS_RUN_JOIN)
		fputc(' ', h->out);
	else
		ws_put_text(h->out, h->art->text->s, run->start, run->end, WS_PUT_HTML, 0);
}

/*
 * The article: the layout's lines, joined back into blocks.  Where the
 * layout broke a line at white space (a gap between one line's last byte
 * and the next line's first), the page gets one space back; where it
 * broke inside a word, nothing.  Called for a whole layout or for one
 * stretch of lines after another.
 */
static void
put_lines(struct html *h, const struct ws_layout *lay)
{
	for (size_t i = 0; i < lay->nlines; i++) {
		const struct ws_line *line = &lay->lines[i];
		int space = 0;

		/* Rules under titles are the text export's; here the heading is enough. */
		if ((line->flags & (WS_LINE_BLANK | WS_LINE_RULE)) || line->nruns == 0)
			continue;
		if (line->block != h->block)
			open_block(h, line->block);
		else
			space = lay->runs[line->first_run].start > h->prev_end;
		for (size_t r = 0; r < line->nruns; r++) {
			put_run(h, &lay->runs[line->first_run + r], space);
			space = 0;
		}
		h->prev_end = lay->runs[line->first_run + line->nruns - 1].end;
	}
}

static void
tally_free(struct tally *t)
{
	free(t->outlet_count);
	free(t->outlet_first);
	free(t->person_count);
	free(t->person_first);
	free(t->credits);
	free(t->legend);
	memset(t, 0, sizeof *t);
}

static void
tally_make(struct tally *t, const struct ws_analysis *an)
{
	memset(t, 0, sizeof *t);
	t->outlet_count = xcalloc(an->noutlets + 1, sizeof *t->outlet_count);
	t->outlet_first = xreallocarray(NULL, an->noutlets + 1, sizeof *t->outlet_first);
	t->person_count = xcalloc(an->npeople + 1, sizeof *t->person_count);
	t->person_first = xreallocarray(NULL, an->npeople + 1, sizeof *t->person_first);
	t->credits = ws_stats_credits(an, &t->ncredits);
	t->legend = ws_stats_legend(an, &t->nlegend);
	for (size_t o = 0; o < an->noutlets; o++)
		t->outlet_first[o] = WS_NONE;
	for (size_t p = 0; p < an->npeople; p++)
		t->person_first[p] = WS_NONE;
	for (size_t i = 0; i < an->nclaims; i++) {
		size_t o = an->claims[i].outlet, p = an->claims[i].speaker;

		if (o != WS_NONE && t->outlet_count[o]++ == 0)
			t->outlet_first[o] = i;
		if (p != WS_NONE && t->person_count[p]++ == 0)
			t->person_first[p] = i;
	}
}

static void
put_legend_item(struct html *h, const char *class, const char *name, size_t first,
		const struct ws_legend_entry *e)
{
	fprintf(h->out, "<li><span class=\"swatch %s\" aria-hidden=\"true\">\xe2\x96\xa0</span> ",
		class);
	if (first != WS_NONE)
		fprintf(h->out, "<a href=\"#claim-%zu\">", first + 1);
	ws_put_str(h->out, name, WS_PUT_HTML);
	if (first != WS_NONE)
		fputs("</a>", h->out);
	fprintf(h->out, " <span class=\"count\">%zu</span> <span class=\"share\">%u%%</span></li>\n",
		e->nclaims, e->percent);
}

/*
 * The outlets with their colours and counts, then the claims of nobody's
 * outlet: the legend, whose shares add up to 100%.
 */
static void
put_outlets(struct html *h)
{
	const struct ws_legend_entry *e = h->tally.legend;
	char class[32];

	fputs("<section id=\"outlets\">\n<h2>Outlets</h2>\n<ul class=\"legend\">\n", h->out);
	for (size_t i = 0; i < h->tally.nlegend; i++) {
		size_t o = e[i].outlet;

		if (e[i].kind == WS_LEGEND_OUTLET) {
			snprintf(class, sizeof class, "s%zu", o);
			put_legend_item(h, class, h->an->outlets[o].name, h->tally.outlet_first[o], &e[i]);
		} else if (e[i].kind == WS_LEGEND_PERSON) {
			put_legend_item(h, "person", "a person, no outlet", WS_NONE, &e[i]);
		} else {
			put_legend_item(h, "anon", "no one named", WS_NONE, &e[i]);
		}
	}
	fputs("</ul>\n</section>\n", h->out);
}

/*
 * One speaker: name, role, count, and a swatch per outlet their claims
 * came through: the credits from *next on that are p's (advanced past them).
 */
static void
put_speaker(struct html *h, size_t p, size_t *next)
{
	const struct ws_analysis *an = h->an;
	const struct ws_person *person = &an->people[p];
	const struct tally *t = &h->tally;
	size_t count = t->person_count[p], first = t->person_first[p];

	fputs("<li>", h->out);
	if (first != WS_NONE)
		fprintf(h->out, "<a href=\"#claim-%zu\">", first + 1);
	ws_put_str(h->out, person->name, WS_PUT_HTML);
	if (first != WS_NONE)
		fputs("</a>", h->out);
	if (person->role != NULL && person->role[0] != '\0') {
		fputs(" <span class=\"role\">", h->out);
		ws_put_str(h->out, person->role, WS_PUT_HTML);
		fputs("</span>", h->out);
	}
	fprintf(h->out, " <span class=\"count\">%zu</span>", count);
	for (; *next < t->ncredits && t->credits[*next].speaker == p; ++*next) {
		size_t o = t->credits[*next].outlet;

		if (o == WS_NONE)
			continue;
		fprintf(h->out, " <span class=\"swatch s%zu\" aria-hidden=\"true\" title=\"", o);
		ws_put_str(h->out, an->outlets[o].name, WS_PUT_ATTR);
		fputs("\">\xe2\x96\xa0</span>", h->out);
	}
	fputs("</li>\n", h->out);
}

static void
put_panel(struct html *h)
{
	size_t next = 0;

	fputs("<aside>\n", h->out);
	put_outlets(h);
	fputs("<section id=\"speakers\">\n<h2>Speakers</h2>\n<ul class=\"speakers\">\n", h->out);
	for (size_t p = 0; p < h->an->npeople; p++)
		put_speaker(h, p, &next);
	fputs("</ul>\n</section>\n"
	      "<p class=\"keys\" hidden><kbd>]</kbd> <kbd>[</kbd> next, previous claim; "
	      "<kbd>}</kbd> <kbd>{</kbd> next, previous direct quotation</p>\n"
	      "</aside>\n", h->out);
}

/*
 * Claim to claim as in the reader: ] and [ go to the next and previous
 * claim, } and { to quotations (direct and mixed claims).  The current claim is outlined and
 * its anchor put in the address, so the place survives a reload.
 */
static const char script[] =
"<script>\n"
"(function () {\n"
"\tvar claims = Array.prototype.slice.call(document.querySelectorAll('.claim[id]'));\n"
"\tvar cur = claims.indexOf(document.getElementById(location.hash.slice(1)));\n"
"\tdocument.querySelector('.keys').hidden = false;\n"
"\tfunction mark(on) {\n"
"\t\tif (cur < 0) return;\n"
"\t\tvar all = document.querySelectorAll('[data-claim=\"' + claims[cur].dataset.claim + '\"]');\n"
"\t\tfor (var i = 0; i < all.length; i++) all[i].classList.toggle('current', on);\n"
"\t}\n"
"\tfunction go(step, direct) {\n"
"\t\tvar n = claims.length;\n"
"\t\tfor (var k = 1; k <= n; k++) {\n"
"\t\t\tvar i = ((cur < 0 ? (step > 0 ? -1 : 0) : cur) + step * k + n * k) % n;\n"
"\t\t\tif (direct && !claims[i].classList.contains('quoted')) continue;\n"
"\t\t\tmark(false); cur = i; mark(true);\n"
"\t\t\tclaims[i].scrollIntoView({ block: 'center' });\n"
"\t\t\thistory.replaceState(null, '', '#' + claims[i].id);\n"
"\t\t\treturn;\n"
"\t\t}\n"
"\t}\n"
"\tmark(true);\n"
"\tdocument.addEventListener('keydown', function (ev) {\n"
"\t\tif (ev.ctrlKey || ev.metaKey || ev.altKey || !claims.length) return;\n"
"\t\tvar keys = { ']': [1, false], '[': [-1, false], '}': [1, true], '{': [-1, true] };\n"
"\t\tif (!(ev.key in keys)) return;\n"
"\t\tev.preventDefault();\n"
"\t\tgo(keys[ev.key][0], keys[ev.key][1]);\n"
"\t});\n"
"})();\n"
"</script>\n";

/*
 * The page's look that does not depend on the theme.  A claim that has
 * the focus or the pointer shows its credit (its title) in a line at the
 * foot of the window, as the reader's status line does; screen readers
 * have it from aria-describedby, so the line is hidden from them ("/ ''",
 * after a plain content for browsers that do not know that syntax).
 * On paper, everything is black on white (claims underlined in their
 * colour, put_print_colors), and the panel follows the text without a
 * page of its own.
 */
static const char base_css[] =
"*{box-sizing:border-box}\n"
"html{scroll-padding-bottom:3em}\n"
"body{margin:0;font:18px/1.6 Georgia,\"DejaVu Serif\",serif}\n"
".page{display:flex;flex-wrap:wrap;gap:2.5em;justify-content:center;padding:2em 1.5em 4em}\n"
"main{flex:1 1 30em;min-width:0}\n"
"aside{flex:0 1 19em;font:15px/1.45 \"DejaVu Sans\",sans-serif}\n"
"header.meta{font:14px/1.4 \"DejaVu Sans\",sans-serif;margin-bottom:1.5em}\n"
"h1{font-size:1.75em;line-height:1.25;margin:0 0 .8em}\n"
"article h2{font-size:1.2em;margin:1.6em 0 .6em}\n"
"aside h2{font-size:1em;text-transform:uppercase;letter-spacing:.06em;margin:0 0 .6em}\n"
"aside section{margin-bottom:2em}\n"
"aside ul{list-style:none;margin:0;padding:0}\n"
"aside li{margin:.3em 0}\n"
"a{color:inherit}\n"
"blockquote{margin:1em 0;padding:0 0 0 1em;border-left:3px solid}\n"
"blockquote p{margin:0}\n"
".claim{border-radius:3px;padding:0 .08em;-webkit-box-decoration-break:clone;box-decoration-break:clone}\n"
".claim.current,.claim:target,.claim:focus{outline:2px solid;outline-offset:1px}\n"
".claim:focus:not(:focus-visible):not(.current):not(:target){outline:none}\n"
".claim:focus::after,.claim:hover::after{content:attr(title);content:attr(title) / \"\";"
"position:fixed;left:0;right:0;"
"bottom:0;z-index:1;padding:.3em 1.5em;border-top:1px solid;"
"font:bold 15px/1.45 \"DejaVu Sans\",sans-serif}\n"
".q{font-style:italic}\n"
".ctl{font:.8em monospace;border:1px solid;border-radius:2px;padding:0 .15em}\n"
".count{font-variant-numeric:tabular-nums;font-weight:bold}\n"
".role{font-size:.9em}\n"
".keys{font-size:13px}\n"
"kbd{font:12px monospace;border:1px solid;border-radius:3px;padding:0 .3em}\n"
"@media print{\n"
":root{color-scheme:light!important}\n"
"*{color:#000!important;background:transparent!important;text-shadow:none!important}\n"
"body{font-size:11pt;background:#fff!important}\n"
".page{display:block;padding:0}\n"
"aside{break-before:avoid;break-inside:avoid}\n"
"blockquote{border-color:#000!important}\n"
".keys,.claim::after{display:none!important}\n"
".claim{border-bottom:2px solid;border-radius:0}\n"
".swatch{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
"a{text-decoration:none}\n"
"}\n";

/*
 * Colours.  The page takes the theme's text colours, or when the theme
 * leaves them to the terminal ("default"), a background and a text colour
 * of its own on the theme's side, dark or light.  A claim takes its
 * outlet's look, with a faint wash of the same colour behind it (a tint)
 * so that its extent shows; the overlays (direct quotation, cue,
 * credit...) are classes on spans inside it, as ws_scheme_look() lays
 * them over it.
 *
 * Every colour of text is made readable (export_contrast.h) against all
 * it can sit on: the page, and for the overlays, which may fall in any
 * claim, every claim's tint; a claim's colour against the page and its
 * own tint.  Terminal themes are drawn for a terminal's background, not
 * for text on a tint of itself, so the page's colours can be a little
 * darker (or lighter) than the reader's.  "dim" becomes a colour too,
 * half way to the background and then made readable, not an opacity.
 */
struct page_colors {
	long fg, bg, muted;
	long *tints;		/* of each outlet, then of person (owned) */
	size_t ntints;
};

/* The opacity of a claim's tint: #rrggbb24. */
#define TINT_ALPHA 0x24
#define TINT (TINT_ALPHA / 255.0)
/* A margin over 4.5:1 for a browser that rounds its blends otherwise. */
#define READABLE (WS_CONTRAST_TEXT + 0.1)

static long
color_or(int color, long fallback)
{
	long rgb = color == WS_COLOR_DEFAULT ? -1 : ws_color_rgb(color);

	return rgb < 0 ? fallback : rgb;
}

/* A look as CSS: colours resolved (-1: inherited, or no background). */
struct css_look {
	long fg, bg;
	int wash;		/* background: the tint of fg */
	unsigned attrs;
};

static struct css_look
css_look(struct ws_look look, const struct page_colors *page)
{
	struct css_look c = { color_or(look.fg, -1), color_or(look.bg, -1), 0, look.attrs };

	if (look.attrs & WS_ATTR_REVERSE) {
		long t = c.fg < 0 ? page->fg : c.fg;

		c.fg = c.bg < 0 ? page->bg : c.bg;
		c.bg = t;
	}
	if (look.attrs & WS_ATTR_DIM)
		c.fg = ws_blend(c.fg < 0 ? page->fg : c.fg, c.bg < 0 ? page->bg : c.bg, 0.6);
	return c;
}

/*
 * Make c's colour readable: on its own background, else on the page and
 * (inside = 1) on every claim's tint.  What inherits its colour (-1)
 * and sits on a background of its own gets the page's colour.
 */
static void
make_readable(struct css_look *c, const struct page_colors *page, int inside)
{
	long bgs[64];
	int n = 0;

	if (c->bg >= 0) {
		if (c->fg < 0)
			c->fg = page->fg;
		bgs[n++] = c->bg;
	} else if (c->fg >= 0) {
		bgs[n++] = page->bg;
		for (size_t i = 0; inside && i < page->ntints && n < 64; i++)
			bgs[n++] = page->tints[i];
	} else {
		return;
	}
	c->fg = ws_readable(c->fg, bgs, n, 0, READABLE);
}

/*
 * A look as a CSS rule that sets every property a look can set, so that
 * the dark scheme's rules replace the light one's whole.
 */
static void
put_look(FILE *out, const char *selector, struct css_look c)
{
	fputs(selector, out);
	if (c.fg >= 0)
		fprintf(out, "{color:#%06lx;", c.fg);
	else
		fputs("{color:inherit;", out);
	if (c.bg >= 0)
		fprintf(out, "background:#%06lx;", c.bg);
	else if (c.wash && c.fg >= 0)
		fprintf(out, "background:#%06lx%02x;", c.fg, TINT_ALPHA);
	else
		fputs("background:transparent;", out);
	fprintf(out, "font-weight:%s;font-style:%s;text-decoration:%s}\n",
		c.attrs & WS_ATTR_BOLD ? "bold" : "normal",
		c.attrs & WS_ATTR_ITALIC ? "italic" : "normal",
		c.attrs & WS_ATTR_UNDERLINE ? "underline" : "none");
}

/* A claim's colour: readable on the page and on its tint. */
static struct css_look
claim_look(struct ws_look look, const struct page_colors *page)
{
	struct css_look c = css_look(look, page);

	c.wash = c.bg < 0;
	if (c.fg < 0)
		c.fg = page->fg;
	if (c.bg >= 0)
		c.fg = ws_readable(c.fg, &c.bg, 1, 0, READABLE);
	else
		c.fg = ws_readable(c.fg, &page->bg, 1, TINT, READABLE);
	return c;
}

/* The look of claim kind o: outlet o, then (o == n) a person with no outlet, then no one named. */
static struct ws_look
kind_look(const struct ws_scheme *sc, size_t o, size_t n)
{
	if (o < n)
		return ws_scheme_outlet(sc, o);
	return ws_scheme_element(sc, o == n ? WS_EL_PERSON : WS_EL_NO_ONE);
}

/* The outlets' looks, the person's and no one's, made readable; their tints in page. */
static struct css_look *
claim_looks(const struct html *h, const struct ws_scheme *sc, struct page_colors *page)
{
	size_t n = h->an->noutlets;
	struct css_look *looks = xreallocarray(NULL, n + 2, sizeof *looks);

	page->tints = xreallocarray(NULL, n + 2, sizeof *page->tints);
	page->ntints = n + 2;
	for (size_t o = 0; o <= n + 1; o++) {
		looks[o] = claim_look(kind_look(sc, o, n), page);
		page->tints[o] = looks[o].bg >= 0 ? looks[o].bg :
				 ws_blend(looks[o].fg, page->bg, TINT);
	}
	return looks;
}

/* The page's own colours under a theme: its text, background and muted text. */
static struct page_colors
page_colors(const struct ws_theme *th, const struct ws_scheme *sc)
{
	int dark = ws_theme_is_dark(th);
	struct ws_look text = ws_scheme_element(sc, WS_EL_TEXT);
	struct page_colors page = {
		color_or(text.bg, dark ? 0x121212 : 0xffffff), 0, 0, NULL, 0,
	};

	page.bg = page.fg;
	page.fg = ws_readable(color_or(text.fg, dark ? 0xd0d0d0 : 0x1c1c1c), &page.bg, 1, 0,
			      READABLE);
	page.muted = ws_readable(ws_blend(page.fg, page.bg, 0.7), &page.bg, 1, 0, READABLE);
	return page;
}

/* The rules of one theme: the page, its elements, the overlays, the claims. */
static void
put_scheme(struct html *h, const struct ws_theme *th, const struct ws_scheme *sc)
{
	static const struct {
		const char *selector;
		enum ws_element el;
		int inside;	/* an overlay: it may fall in any claim */
	} elements[] = {
		{ "h1", WS_EL_TITLE, 0 }, { "article h2", WS_EL_HEADING, 0 },
		{ "blockquote", WS_EL_BLOCKQUOTE, 0 }, { "aside h2", WS_EL_PANEL_HEADING, 0 },
		{ ".q", WS_EL_DIRECT, 1 }, { ".cue", WS_EL_CUE, 1 }, { ".by", WS_EL_BY, 1 },
		{ ".unattr", WS_EL_UNATTRIBUTED, 1 }, { ".dim", WS_EL_DIMMED, 1 },
		{ ".match", WS_EL_MATCH, 1 }, { ".sel", WS_EL_SELECTED, 1 },
	};
	struct page_colors page = page_colors(th, sc);
	struct css_look *claims = claim_looks(h, sc, &page);
	char selector[32];

	fprintf(h->out, ":root{color-scheme:%s}\n", ws_theme_is_dark(th) ? "dark" : "light");
	fprintf(h->out, "body,.claim::after{background:#%06lx;color:#%06lx}\n", page.bg, page.fg);
	fprintf(h->out, "header.meta,.share,.role,.keys,.ctl{color:#%06lx}\n", page.muted);
	fprintf(h->out, "blockquote{border-color:#%06lx}\n",
		color_or(ws_scheme_element(sc, WS_EL_QUOTE_BAR).fg, page.fg));
	for (size_t i = 0; i < sizeof elements / sizeof elements[0]; i++) {
		struct css_look c = css_look(ws_scheme_element(sc, elements[i].el), &page);

		make_readable(&c, &page, elements[i].inside);
		put_look(h->out, elements[i].selector, c);
	}
	put_look(h->out, ".person", claims[h->an->noutlets]);
	put_look(h->out, ".anon", claims[h->an->noutlets + 1]);
	for (size_t o = 0; o < h->an->noutlets; o++) {
		snprintf(selector, sizeof selector, ".s%zu", o);
		put_look(h->out, selector, claims[o]);
	}
	free(claims);
	free(page.tints);
}

/*
 * On paper: black on white whatever the theme, each claim underlined and
 * each swatch drawn in its colour made readable on white.
 */
static void
put_print_colors(struct html *h, const struct ws_scheme *sc)
{
	static const long white = 0xffffff;
	size_t n = h->an->noutlets;

	fputs("@media print{\n", h->out);
	for (size_t o = 0; o <= n + 1; o++) {
		long rgb = ws_readable(color_or(kind_look(sc, o, n).fg, 0), &white, 1, 0, READABLE);
		const char *kind = o == n ? "person" : "anon";

		if (o < n)
			fprintf(h->out, ".claim.s%zu{border-bottom-color:#%06lx!important}\n"
				".swatch.s%zu{color:#%06lx!important}\n", o, rgb, o, rgb);
		else
			fprintf(h->out, ".claim.%s{border-bottom-color:#%06lx!important}\n"
				".swatch.%s{color:#%06lx!important}\n", kind, rgb, kind, rgb);
	}
	fputs("}\n", h->out);
}

/*
 * The colours: the theme's; with a theme for the dark scheme as well,
 * the first is the light scheme's and the dark one applies on screens
 * whose reader prefers dark (paper is always light).  Without a theme:
 * the browser's own colours, claims underlined.
 */
static void
put_colors(struct html *h)
{
	if (h->sc == NULL) {
		fputs(":root{color-scheme:light}\n"
		      "body,.claim::after{background:#fff;color:#1c1c1c}\n"
		      ".claim{text-decoration:underline}\n", h->out);
		return;
	}
	put_scheme(h, h->th, h->sc);
	if (h->dark_sc != NULL) {
		fputs("@media screen and (prefers-color-scheme:dark){\n", h->out);
		put_scheme(h, h->dark_th, h->dark_sc);
		fputs("}\n", h->out);
	}
	put_print_colors(h, h->sc);
}

static void
put_head(struct html *h)
{
	size_t title = title_block(h->art->doc);

	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<meta name=\"generator\" content=\"whosaid\">\n<title>", h->out);
	if (title != WS_NONE)
		put_block_text(h, ws_doc_block_span(h->art->doc, title));
	else
		ws_put_str(h->out, display_name(h->art), WS_PUT_ATTR);
	fputs(" \xe2\x80\x94 who said what</title>\n<style>\n", h->out);
	fputs(base_css, h->out);
	fprintf(h->out, "main{max-width:%dch}\n", h->width + h->width / 5);
	put_colors(h);
	fputs("</style>\n</head>\n", h->out);
}

/*
 * The claims the header counts: "7 claims", or under a filter (some
 * claims dimmed in styles) "showing 2 of 7 claims (Xinhua)", naming the
 * outlet and the person the claims shown all share.
 */
static void
put_claim_count(struct html *h)
{
	const struct ws_analysis *an = h->an;
	unsigned char *shown = xcalloc(an->nclaims + 1, 1);
	size_t nshown = 0, outlet = WS_NONE, speaker = WS_NONE;
	int dimmed = 0, one_outlet = 1, one_speaker = 1;

	/*
	 * Under a filter, the styles of the article, a stretch at a time,
	 * before it is written (without one, no claim is dimmed).
	 */
	struct ws_styler *st = ws_styler_new(h->art->doc, h->art->an, h->view);
	const size_t len = h->art->text->len;

	for (size_t at = 0, end; ws_view_filters(h->view) && at < len; at = end) {
		const struct ws_style_span *styles;
		size_t nstyles;

		end = len - at > WS_FEED_STRETCH ? at + WS_FEED_STRETCH : len;
		styles = ws_styler_range(st, at, end, at, &nstyles);
		for (size_t i = 0; i < nstyles; i++) {
			size_t c = WS_STY_CLAIM(styles[i].style);

			if (c >= an->nclaims)
				continue;
			if (WS_STY_FLAGS(styles[i].style) & WS_STY_DIMMED) {
				dimmed = 1;
			} else if (!shown[c]) {
				shown[c] = 1;
				if (nshown++ == 0) {
					outlet = an->claims[c].outlet;
					speaker = an->claims[c].speaker;
				}
				one_outlet &= an->claims[c].outlet == outlet;
				one_speaker &= an->claims[c].speaker == speaker;
			}
		}
	}
	ws_styler_free(st);
	free(shown);
	if (!dimmed) {
		fprintf(h->out, "%zu claim%s", an->nclaims, an->nclaims == 1 ? "" : "s");
		return;
	}
	fprintf(h->out, "showing %zu of %zu claim%s", nshown, an->nclaims,
		an->nclaims == 1 ? "" : "s");
	if (nshown == 0 || ((!one_outlet || outlet == WS_NONE) && (!one_speaker || speaker == WS_NONE)))
		return;
	fputs(" (", h->out);
	if (one_speaker && speaker != WS_NONE)
		ws_put_str(h->out, an->people[speaker].name, WS_PUT_HTML);
	if (one_speaker && speaker != WS_NONE && one_outlet && outlet != WS_NONE)
		fputs(", ", h->out);
	if (one_outlet && outlet != WS_NONE)
		ws_put_str(h->out, an->outlets[outlet].name, WS_PUT_HTML);
	fputc(')', h->out);
}

/* Everything before the article's first block. */
static void
page_begin(struct html *h)
{
	const struct ws_analysis *an = h->an;

	h->anchored = xcalloc(an->nclaims + 1, 1);
	h->dimmed = xcalloc(an->nclaims + 1, 1);
	if (h->th != NULL)
		h->sc = ws_scheme_new(h->th, an, WS_DEPTH_RGB);
	if (h->th != NULL && h->dark_th != NULL)
		h->dark_sc = ws_scheme_new(h->dark_th, an, WS_DEPTH_RGB);
	tally_make(&h->tally, an);
	put_head(h);
	fputs("<body>\n<div class=\"page\">\n<main>\n<header class=\"meta\">", h->out);
	ws_put_str(h->out, display_name(h->art), WS_PUT_HTML);
	if (h->art->publisher != NULL) {
		fputs(" \xc2\xb7 published by ", h->out);
		ws_put_str(h->out, h->art->publisher, WS_PUT_HTML);
	}
	fputs(" \xc2\xb7 ", h->out);
	put_claim_count(h);
	fprintf(h->out, " \xc2\xb7 %zu outlet%s \xc2\xb7 %zu speaker%s</header>\n",
		an->noutlets, an->noutlets == 1 ? "" : "s",
		an->npeople, an->npeople == 1 ? "" : "s");
	fputs("<article>\n", h->out);
}

/* One line of the credits: a key line "[N] …" in s, at sp. */
static void
put_credit(struct html *h, const char *s, struct ws_span sp)
{
	size_t n = strtoul(s + sp.start + 1, NULL, 10), dash;
	const char *rest = memchr(s + sp.start, ' ', sp.end - sp.start);
	const char *sep = strstr(s + sp.start, " \xe2\x80\x94 ");	/* " — " */

	rest = rest != NULL ? rest + 1 : s + sp.start;
	dash = sep != NULL && sep < s + sp.end ? (size_t)(sep - s) : sp.end;
	fprintf(h->out, "<li id=\"credit-%zu\" value=\"%zu\"><a href=\"#claim-%zu\">", n, n, n);
	ws_put_text(h->out, s, (size_t)(rest - s), dash, WS_PUT_HTML, 0);
	fputs("</a>", h->out);
	ws_put_text(h->out, s, dash, sp.end, WS_PUT_HTML, 0);
	fputs("</li>\n", h->out);
}

/*
 * After the article, every claim with its credit in words, numbered as
 * the anchors: what a screen reader reads for a claim (aria-describedby),
 * and what is left of the attribution where styles are stripped (e-mail,
 * a CMS).  The lines are the text export's key (export_marks.h), less
 * their "[N] ", which the list's own numbers give.
 */
static void
put_credits(struct html *h)
{
	const struct ws_analysis *an = h->an;
	struct ws_marked m;
	int started = 0;

	/* A line at a time: the whole key is as large as the article. */
	memset(&m, 0, sizeof m);
	for (size_t i = 0; i < an->nclaims; i++) {
		if (an->claims[i].content.end <= an->claims[i].content.start)
			continue;
		if (!started)
			fputs("<section class=\"credits\">\n<h2>Who said what</h2>\n<ol>\n", h->out);
		started = 1;
		ws_marked_key_line(&m, an, h->art->text->s, i);
		put_credit(h, m.text.s, ws_doc_block_span(&m.doc, 0));
	}
	if (started)
		fputs("</ol>\n</section>\n", h->out);
	ws_marked_free(&m);
}


/* Everything after the article's last block; frees what page_begin() made. */
static int
page_end(struct html *h, int rc, struct ws_error *err)
{
	if (rc == 0) {
		close_block(h);
		fputs("</article>\n", h->out);
		put_credits(h);
		fputs("</main>\n", h->out);
		put_panel(h);
		fputs("</div>\n", h->out);
		fputs(script, h->out);
		fputs("</body>\n</html>\n", h->out);
	}
	ws_scheme_free(h->sc);
	ws_scheme_free(h->dark_sc);
	free(h->anchored);
	free(h->extents);
	free(h->dimmed);
	ws_styler_free(h->styler);
	ws_styler_free(h->ahead);
	ws_claim_walk_free(&h->walk);
	free(h->owners);
	tally_free(&h->tally);
	if (rc == 0 && (fflush(h->out) != 0 || ferror(h->out)))
		return ws_error_set(err, "write error: %s", strerror(errno));
	return rc;
}

static void
html_init(struct html *h, FILE *out, const struct ws_article *art, const struct ws_view *view,
	  int width, const struct ws_theme *th, const struct ws_theme *dark_th)
{
	static const struct ws_analysis none;

	memset(h, 0, sizeof *h);
	h->out = out;
	h->art = art;
	h->view = view;
	ws_claim_walk_init(&h->walk, art->an);
	h->styler = ws_styler_new(art->doc, art->an, view);
	h->ahead = ws_styler_new(art->doc, art->an, view);
	h->width = width;
	h->th = th;
	h->dark_th = dark_th;
	h->an = art->an != NULL ? art->an : &none;
	h->block = WS_NONE;
	h->noted = WS_NONE;
	h->claim = WS_NONE;
}

static int
emit_lines(void *arg, const struct ws_layout *lay, struct ws_error *err)
{
	struct html *h = arg;

	put_lines(h, lay);
	if (ferror(h->out))
		return ws_error_set(err, "write error: %s", strerror(errno));
	return 0;
}

int
ws_export_html_schemes(FILE *out, const struct ws_article *art, const struct ws_view *view,
		       int width, const struct ws_theme *light, const struct ws_theme *dark,
		       struct ws_error *err)
{
	struct ws_layout *lay = ws_layout_new(width);
	const struct ws_doc *doc = art->doc;
	struct html h;
	int rc = 0;

	html_init(&h, out, art, view, width, light, dark);
	page_begin(&h);
	ws_layout_stream(lay, emit_lines, &h);
	for (size_t b = 0; b < doc->nblocks && rc == 0; b++) {
		struct ws_feed feed;

		ws_layout_clear(lay);
		note_claim_ends(&h, b);
		ws_feed_init(&feed, h.styler, doc, b, NULL, NULL);
		rc = ws_layout_block_fed(lay, doc, b, ws_feed_styles, &feed, err);
		if (rc == 0)
			rc = emit_lines(&h, lay, err);
	}
	ws_layout_free(lay);
	return page_end(&h, rc, err);
}

int
ws_export_html(FILE *out, const struct ws_article *art, const struct ws_view *view, int width,
	       const struct ws_theme *th, struct ws_error *err)
{
	return ws_export_html_schemes(out, art, view, width, th, NULL, err);
}
