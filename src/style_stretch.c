/*
 * style_stretch: the styles of an article made a stretch at a time,
 * forward through it (ws_styler, style.h).
 *
 * A stretch's styles are ws_style_build_range()'s, which need every
 * claim that touches the stretch.  Claims come in the order of their
 * contents, and a claim's cue and credit lie near its content: so the
 * styler takes in the claims whose content starts before the stretch
 * ends (give or take NEAR bytes) and lets go of those whose content
 * ended NEAR bytes before the earliest byte it may still be asked for.
 * The cues and credits farther than that from their content (a frame,
 * "According to Xinhua", that every quotation after it takes as its
 * outlet's words; the speaker named after a run of quotations) are
 * listed apart, sorted, and taken in and let go the same way (once for
 * a run of claims that share them, as style.c marks them once).  So
 * each stretch looks at the claims near it, whatever the article's
 * size, and the styler holds those and the far words, not a list of
 * every claim.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "whosaid/style.h"
#include "whosaid/xmalloc.h"
#include "style_int.h"

/*
 * How far from its content a claim's cue or credit is looked for: the
 * cue and credit next to a quotation ("…," said Tom Cole, who), or
 * before it ("Tom Cole, the harbour master, said: …").  Farther ones are
 * listed apart.  The claims held grow with it: a paragraph of a claim
 * every 15 bytes held about 34 at 256 bytes, and its HTML export took
 * 1.8 times as long.
 */
#define NEAR 64

/* A cue or credit far from its claim's content. */
struct far_part {
	uint32_t start, end;
	uint32_t claim;
};

struct ws_styler {
	const struct ws_doc *doc;
	const struct ws_analysis *an;
	const struct ws_view *view;
	size_t next;			/* the first claim not yet taken in */
	uint32_t *near;			/* claims taken in and not let go, in order */
	size_t nnear, near_cap;
	struct far_part *far;		/* sorted by start (owned) */
	size_t nfar, far_next;		/* far_next: the first not yet taken in */
	uint32_t *far_in;		/* far parts taken in and not let go (indices) */
	size_t nfar_in, far_in_cap;
	uint32_t *set;			/* the claims of the last stretch, sorted */
	size_t nset, set_cap;
	struct ws_style_span *spans;	/* the last stretch's styles (owned) */
};

static int
far_cmp(const void *a, const void *b)
{
	const struct far_part *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->claim > y->claim) - (x->claim < y->claim);
}

static int
u32_cmp(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

/* Is part p of claim c farther than NEAR from c's content? */
static int
is_far(const struct ws_claim *c, struct ws_span p)
{
	return p.start < p.end &&
	       ((size_t)p.start + NEAR < c->content.start || p.end > (size_t)c->content.end + NEAR);
}

/*
 * Does claim i's mark of its cue and credit go unused, as the next claim
 * styled (the next one the view leaves in, with view->leave_out) marks
 * the same words, on top (style.c)?  The pieces of one quotation carried
 * over a thousand paragraphs share the cue and credit of the first:
 * listed far for each piece, they were 24 bytes a piece.
 */
static int
credit_unused(const struct ws_styler *s, size_t i)
{
	size_t j = i + 1;

	while (s->view->leave_out && j < s->an->nclaims && !ws_view_has_claim(s->view, s->an, j))
		j++;
	return j < s->an->nclaims && ws_style_same_credit(s->view, s->an, i, j);
}

/* The cues and credits (and outlets' words, with view->via) far from their contents, sorted. */
static void
list_far(struct ws_styler *s)
{
	size_t cap = 0;

	for (size_t i = 0; s->an != NULL && i < s->an->nclaims; i++) {
		const struct ws_claim *c = &s->an->claims[i];
		const struct ws_span parts[3] = { c->cue, c->by, c->via };

		for (int p = 0; p < (s->view->via ? 3 : 2); p++) {
			if (!is_far(c, parts[p]) || credit_unused(s, i))
				continue;
			xgrow(&s->far, &cap, s->nfar + 1, sizeof *s->far);
			s->far[s->nfar++] = (struct far_part){ parts[p].start, parts[p].end, (uint32_t)i };
		}
	}
	if (s->nfar > 1)
		qsort(s->far, s->nfar, sizeof *s->far, far_cmp);
}

struct ws_styler *
ws_styler_new(const struct ws_doc *doc, const struct ws_analysis *an, const struct ws_view *view)
{
	struct ws_styler *s = xcalloc(1, sizeof *s);

	s->doc = doc;
	s->an = an;
	s->view = view;
	list_far(s);
	return s;
}

/*
 * The bytes whose claims a stretch [start, end) needs: with the
 * fact-checker view, the whole of the sentences it touches (a sentence
 * is unattributed when no claim touches any of it).
 */
static struct ws_span
reach(const struct ws_styler *s, size_t start, size_t end)
{
	const struct ws_doc *doc = s->doc;
	struct ws_span r = { (uint32_t)start, (uint32_t)end };
	size_t first, last;

	if (!s->view->unattributed || doc->nsentences == 0)
		return r;
	first = ws_doc_sentence_ending_after(doc, start);
	if (first < doc->nsentences && ws_sentence_start(doc, first) < start)
		r.start = (uint32_t)ws_sentence_start(doc, first);
	last = end > 0 ? ws_doc_sentence_ending_after(doc, end - 1) : 0;
	if (last < doc->nsentences && ws_sentence_start(doc, last) < end &&
	    ws_sentence_end(doc, last) > end)
		r.end = (uint32_t)ws_sentence_end(doc, last);
	return r;
}

/* Take in what may touch bytes before `upto`; let go of what ends by `keep`. */
static void
take_in(struct ws_styler *s, size_t upto, size_t keep)
{
	const struct ws_claim *claims = s->an->claims;
	size_t n = 0;

	for (size_t k = 0; k < s->nnear; k++)
		if ((size_t)claims[s->near[k]].content.end + NEAR > keep)
			s->near[n++] = s->near[k];
	s->nnear = n;
	for (; s->next < s->an->nclaims && claims[s->next].content.start < upto + NEAR; s->next++) {
		if ((size_t)claims[s->next].content.end + NEAR <= keep)
			continue;
		xgrow(&s->near, &s->near_cap, s->nnear + 1, sizeof *s->near);
		s->near[s->nnear++] = (uint32_t)s->next;
	}
	n = 0;
	for (size_t k = 0; k < s->nfar_in; k++)
		if (s->far[s->far_in[k]].end > keep)
			s->far_in[n++] = s->far_in[k];
	s->nfar_in = n;
	for (; s->far_next < s->nfar && s->far[s->far_next].start < upto; s->far_next++) {
		if (s->far[s->far_next].end <= keep)
			continue;
		xgrow(&s->far_in, &s->far_in_cap, s->nfar_in + 1, sizeof *s->far_in);
		s->far_in[s->nfar_in++] = (uint32_t)s->far_next;
	}
}

static int
overlaps(struct ws_span a, struct ws_span r)
{
	return a.start < a.end && a.start < r.end && r.start < a.end;
}

/* Do claim c's words (its outlet's too with view->via) touch r? */
static int
touches(const struct ws_styler *s, const struct ws_claim *c, struct ws_span r)
{
	return overlaps(c->content, r) || overlaps(c->cue, r) || overlaps(c->by, r) ||
	       (s->view->via && overlaps(c->via, r));
}

/* The claims taken in that touch r, near and far, sorted and each once, in s->set. */
static void
gather(struct ws_styler *s, struct ws_span r)
{
	size_t n = 0, nnear;

	xgrow(&s->set, &s->set_cap, s->nnear + s->nfar_in + 1, sizeof *s->set);
	for (size_t k = 0; k < s->nnear; k++)
		if (touches(s, &s->an->claims[s->near[k]], r))
			s->set[n++] = s->near[k];
	nnear = n;
	for (size_t k = 0; k < s->nfar_in; k++) {
		const struct far_part *f = &s->far[s->far_in[k]];

		if (overlaps((struct ws_span){ f->start, f->end }, r))
			s->set[n++] = f->claim;
	}
	/* The far ones' claims come in the order of their words: sorted in, once each. */
	if (n > nnear) {
		size_t m = 0;

		qsort(s->set, n, sizeof *s->set, u32_cmp);
		for (size_t k = 0; k < n; k++)
			if (m == 0 || s->set[m - 1] != s->set[k])
				s->set[m++] = s->set[k];
		n = m;
	}
	s->nset = n;
}

const struct ws_style_span *
ws_styler_range(struct ws_styler *s, size_t start, size_t end, size_t keep, size_t *n)
{
	struct ws_span r = reach(s, start, end), kept = reach(s, keep, keep + 1);

	free(s->spans);
	s->spans = NULL;
	s->nset = 0;
	if (s->an != NULL) {
		take_in(s, r.end, kept.start < keep ? kept.start : keep);
		gather(s, r);
	}
	ws_style_build_range(s->doc, s->an, s->view, start, end, s->set, s->nset, &s->spans, n);
	return s->spans;
}

size_t
ws_styler_claims(const struct ws_styler *s, const uint32_t **claims)
{
	*claims = s->set;
	return s->nset;
}

void
ws_styler_free(struct ws_styler *s)
{
	if (s == NULL)
		return;
	free(s->near);
	free(s->far);
	free(s->far_in);
	free(s->set);
	free(s->spans);
	free(s);
}
