/*
 * The learned layer applied (learn.h): tag the document's sequences with
 * the model and turn the tags into claims.
 *
 * The tags of a paragraph give contents (B_CONTENT, then I_CONTENT; an
 * I_CONTENT a few tokens after a content's end goes on with it, as in
 * "The plan, he said, is sound"), cues and sources.  Each content is
 * then read against the rules' claims, and where the two disagree the
 * evidence measured on PolNeAR dev decides:
 *
 *  - a content that matches a claim of the rules (each covers half of
 *    the other) is that claim ending where the tagger ends it ("the two
 *    nations committed to continue meeting and talking about climate
 *    issues", where the rules stop before "and talking"); the rules'
 *    start, cue, credit, person and outlet stay, for the rules find them
 *    more often right than the tagger does;
 *  - a content that overlaps a claim of the rules without matching it
 *    is no new claim: it is mostly the same claim cut otherwise, and
 *    such contents were right half as often as the rules' claims;
 *  - a content that overlaps none is a new claim when it is long enough
 *    to be a statement (MIN_NEW_TOKENS) and credited to a person or an
 *    outlet the analysis knows: its cue the nearest run of cue tags, its
 *    credit the source tags next to that cue, else the nearest person,
 *    outlet or pronoun in the cue's sentence; its person and outlet
 *    those of the rules' claim with the same cue or credit, else those
 *    the mention under the credit names.  New claims credited to nobody
 *    known lowered the share of claims credited right below the rules';
 *  - a claim of the rules that no content matches stays: dropping them
 *    cost more claims found right than it saved wrong.
 *
 * Then the claims are sorted by content start again and each person's
 * and outlet's count of claims recounted.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze_int.h"
#include "learn_features.h"
#include "whosaid/xmalloc.h"

/* A run of a sequence's tokens [first, end) tagged as one span. */
struct run {
	size_t first, end;
};

/* How far (in tokens) an I_CONTENT may follow a content and still go on with it. */
#define CONTENT_GAP 8
/* How far a source may be from its cue. */
#define SOURCE_GAP 6
/* The fewest tokens of a new claim's content. */
#define MIN_NEW_TOKENS 6
/* How far around a content (bytes) the rules' claim that shares its cue is looked for. */
#define CUE_WINDOW 2048
/* How many tokens from its cue the subject of a new claim is looked for. */
#define SUBJECT_STEPS 12
#define MAX_RUNS 64

/* A mention of a person or an outlet, for finding who a credit names. */
struct mention {
	struct ws_span span;
	size_t speaker, outlet;
};

struct apply {
	const struct ws_model *model;
	const struct ws_doc *doc;
	struct ws_analysis *an;
	size_t nrule;		/* the rules' claims: an->claims[0 .. nrule) */
	uint8_t *matched;	/* per rule claim: a content of the tagger matched it */
	struct mention *mentions;	/* sorted by start */
	size_t nmentions;
	struct ws_claim *fresh;	/* the new claims */
	size_t nfresh, capfresh;
	struct ws_error *err;
};

/* The runs of tag b (then b + 1) in labels, an I within gap of a run going on with it. */
static size_t
runs_of(const uint8_t *labels, size_t n, unsigned b, size_t gap, struct run *out)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++) {
		if (labels[i] == b || (labels[i] == b + 1 &&
				       (k == 0 || i > out[k - 1].end + gap))) {
			if (k == MAX_RUNS)
				break;
			out[k].first = i;
			out[k++].end = i + 1;
		} else if (labels[i] == b + 1) {
			out[k - 1].end = i + 1;
		}
	}
	return k;
}

static struct ws_span
span_of(const struct ws_doc *doc, size_t first, struct run r)
{
	struct ws_span sp = { ws_token_start(&doc->tokens[first + r.first]),
				(uint32_t)ws_token_end(&doc->tokens[first + r.end - 1]) };

	return sp;
}

static size_t
gap(struct run a, struct run b)
{
	if (a.end <= b.first)
		return b.first - a.end;
	if (b.end <= a.first)
		return a.first - b.end;
	return 0;
}

/* The run nearest to r, or NULL. */
static const struct run *
nearest(const struct run *runs, size_t n, struct run r)
{
	const struct run *best = NULL;

	for (size_t i = 0; i < n; i++)
		if (best == NULL || gap(runs[i], r) < gap(*best, r))
			best = &runs[i];
	return best;
}

static uint32_t
overlap(struct ws_span a, struct ws_span b)
{
	uint32_t s = a.start > b.start ? a.start : b.start, e = a.end < b.end ? a.end : b.end;

	return e > s ? e - s : 0;
}

/* For ws_search: does the claim's content start before byte off? */
static int
content_before(const void *claim, size_t off)
{
	return ((const struct ws_claim *)claim)->content.start < off;
}

/* The first of the rules' claims whose content starts at or after off. */
static size_t
rule_from(const struct apply *ap, uint32_t off)
{
	return ws_search(ap->an->claims, ap->nrule, sizeof *ap->an->claims, off, content_before);
}

/*
 * The rules' claim not matched yet whose content the span matches (each
 * covers half of the other), or WS_NONE.  Such a claim starts at most
 * the span's length before it, or it would be more than twice as long
 * as their overlap.
 */
static size_t
rule_match(const struct apply *ap, struct ws_span sp)
{
	uint32_t len = sp.end - sp.start, most = 0;
	size_t best = WS_NONE;

	for (size_t i = rule_from(ap, sp.start > len ? sp.start - len : 0); i < ap->nrule; i++) {
		struct ws_span c = ap->an->claims[i].content;
		uint32_t ov = overlap(c, sp);

		if (c.start >= sp.end)
			break;
		if (ov > most && 2 * ov >= c.end - c.start && 2 * ov >= len && !ap->matched[i]) {
			best = i;
			most = ov;
		}
	}
	return best;
}

/* Whether a rule's claim overlaps the span. */
static int
overlaps_rule(const struct apply *ap, struct ws_span sp)
{
	uint32_t from = sp.start > CUE_WINDOW ? sp.start - CUE_WINDOW : 0;

	for (size_t i = rule_from(ap, from); i < ap->nrule; i++) {
		if (ap->an->claims[i].content.start >= sp.end)
			break;
		if (overlap(ap->an->claims[i].content, sp) > 0)
			return 1;
	}
	return 0;
}

/* Direct when quotation marks open and close the content, mixed when it holds one. */
static enum ws_claim_kind
kind_of(const struct ws_doc *doc, size_t first, struct run r)
{
	const struct ws_token *t = doc->tokens + first;
	size_t last = r.end - 1;
	int quoted = 0;

	while (last > r.first && ws_token_is(&t[last], WS_TOK_PUNCT) &&
	       !ws_token_is(&t[last], WS_TOK_CLOSE_QUOTE))
		last--;
	if (ws_token_is(&t[r.first], WS_TOK_OPEN_QUOTE) && ws_token_is(&t[last], WS_TOK_CLOSE_QUOTE))
		return WS_CLAIM_DIRECT;
	for (size_t i = r.first; i < r.end; i++)
		quoted |= ws_token_is(&t[i], WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE) != 0;
	return quoted ? WS_CLAIM_MIXED : WS_CLAIM_INDIRECT;
}

static int
by_mention_start(const void *a, const void *b)
{
	const struct mention *x = a, *y = b;

	if (x->span.start != y->span.start)
		return x->span.start < y->span.start ? -1 : 1;
	return x->span.end < y->span.end ? -1 : x->span.end > y->span.end;
}

/* Every mention of a person or an outlet, sorted: ap->mentions (ap owns it). */
static void
gather_mentions(struct apply *ap)
{
	const struct ws_analysis *an = ap->an;
	size_t n = 0;

	for (size_t i = 0; i < an->npeople; i++)
		n += an->people[i].nmentions;
	for (size_t i = 0; i < an->noutlets; i++)
		n += an->outlets[i].nmentions;
	ap->mentions = xreallocarray(NULL, n + 1, sizeof *ap->mentions);
	for (size_t i = 0; i < an->npeople; i++)
		for (size_t m = 0; m < an->people[i].nmentions; m++)
			ap->mentions[ap->nmentions++] =
				(struct mention){ an->people[i].mentions[m], i, WS_NONE };
	for (size_t i = 0; i < an->noutlets; i++)
		for (size_t m = 0; m < an->outlets[i].nmentions; m++)
			ap->mentions[ap->nmentions++] =
				(struct mention){ an->outlets[i].mentions[m], WS_NONE, i };
	qsort(ap->mentions, ap->nmentions, sizeof *ap->mentions, by_mention_start);
}

/* For ws_search: does the mention start by byte off? */
static int
mention_starts_by(const void *mention, size_t off)
{
	return ((const struct mention *)mention)->span.start <= off;
}

/* The mention that holds byte off, or NULL. */
static const struct mention *
mention_at(const struct apply *ap, uint32_t off)
{
	size_t lo = ws_search(ap->mentions, ap->nmentions, sizeof *ap->mentions, off,
			      mention_starts_by);

	/* lo is the first mention starting after off; mentions seldom nest */
	for (size_t i = lo; i-- > 0 && lo - i <= 4;)
		if (ap->mentions[i].span.end > off)
			return &ap->mentions[i];
	return NULL;
}

/* Give c the person and outlet of a mention. */
static void
credit_mention(struct ws_claim *c, const struct mention *m)
{
	if (c->speaker == WS_NONE)
		c->speaker = m->speaker;
	if (c->outlet == WS_NONE && m->outlet != WS_NONE) {
		c->outlet = m->outlet;
		c->via = m->span;
	}
}

/*
 * Who a new claim's credit names: the person and outlet of the rules'
 * claim nearby with the same cue or credit, else those of the mentions
 * under the credit.
 */
static void
credit(const struct apply *ap, struct ws_claim *c)
{
	const struct ws_analysis *an = ap->an;
	uint32_t from = c->content.start > CUE_WINDOW ? c->content.start - CUE_WINDOW : 0;

	for (size_t i = rule_from(ap, from); i < ap->nrule; i++) {
		const struct ws_claim *r = &an->claims[i];

		if (r->content.start > c->content.end + CUE_WINDOW)
			break;
		if ((c->cue.end > c->cue.start && overlap(r->cue, c->cue) > 0) ||
		    (c->by.end > c->by.start && overlap(r->by, c->by) > 0)) {
			if (c->by.end == c->by.start)
				c->by = r->by;
			c->speaker = r->speaker;
			c->outlet = r->outlet;
			c->via = r->via;
			return;
		}
	}
	for (size_t t = ws_token_ending_after(ap->doc->tokens, ap->doc->ntokens, c->by.start);
	     t < ap->doc->ntokens && ws_token_start(&ap->doc->tokens[t]) < c->by.end; t++) {
		const struct mention *m = mention_at(ap, ws_token_start(&ap->doc->tokens[t]));

		if (m != NULL)
			credit_mention(c, m);
	}
}

static int
is_pronoun(const char *s, const struct ws_token *t)
{
	static const char *const words[] = { "he", "she", "they", "we", "i", "it" };

	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (ws_token_len(t) == strlen(words[i]) &&
		    strncasecmp(s + ws_token_start(t), words[i], ws_token_len(t)) == 0)
			return 1;
	return 0;
}

/*
 * The subject of token k for a new claim: a mention (the whole mention
 * becomes the credit) or a pronoun.  1 when k is one.
 */
static int
subject_at(const struct apply *ap, size_t k, struct ws_claim *c)
{
	const struct ws_token *tok = &ap->doc->tokens[k];
	const struct mention *m = mention_at(ap, ws_token_start(tok));

	if (m != NULL) {
		c->by = m->span;
		credit_mention(c, m);
		return 1;
	}
	if (is_pronoun(ap->doc->text->s, tok)) {
		c->by.start = ws_token_start(tok);
		c->by.end = (uint32_t)ws_token_end(tok);
		return 1;
	}
	return 0;
}

/*
 * A new claim's credit when the tagger tagged no source by its cue: the
 * nearest person, outlet or pronoun before the cue in its sentence
 * ("Analysts, like Smith, doubted that ..."), or first after it when the
 * content comes before the cue ("..., argued the senator"); never one
 * inside the content.
 */
static void
subject_of(const struct apply *ap, struct ws_claim *c)
{
	const struct ws_doc *doc = ap->doc;
	size_t se = ws_doc_sentence_at(doc, c->cue.start), lo, hi, t;

	if (se >= doc->nsentences)
		return;
	lo = doc->sentences[se].first_token;
	hi = lo + doc->sentences[se].ntokens;
	t = ws_token_ending_after(doc->tokens, doc->ntokens, c->cue.start);
	for (int pass = 0; pass < 2; pass++) {
		int forward = (pass == 0) == (c->content.end <= c->cue.start);

		for (size_t k = t, steps = 0; k >= lo && k < hi && steps < SUBJECT_STEPS; steps++) {
			uint32_t at = ws_token_start(&doc->tokens[k]);

			if (at >= c->content.start && at < c->content.end)
				break;
			if ((at < c->cue.start || at >= c->cue.end) && subject_at(ap, k, c))
				return;
			if (forward)
				k++;
			else if (k-- == 0)
				break;
		}
	}
}

static void
add_fresh(struct apply *ap, const struct ws_claim *c)
{
	xgrow(&ap->fresh, &ap->capfresh, ap->nfresh + 1, sizeof *ap->fresh);
	ap->fresh[ap->nfresh++] = *c;
}

/* A new claim from a content no rule found, when someone is credited with it. */
static void
new_claim(struct apply *ap, size_t first, struct run r, const struct run *cues, size_t ncues,
	  const struct run *sources, size_t nsources)
{
	const struct ws_doc *doc = ap->doc;
	struct ws_claim c = { span_of(doc, first, r), kind_of(doc, first, r),
			      { 0, 0 }, { 0, 0 }, WS_NONE, WS_NONE, { 0, 0 } };
	const struct run *cue = nearest(cues, ncues, r), *source;

	if (r.end - r.first < MIN_NEW_TOKENS || cue == NULL)
		return;
	c.cue = span_of(doc, first, *cue);
	source = nearest(sources, nsources, *cue);
	if (source != NULL && gap(*source, *cue) <= SOURCE_GAP)
		c.by = span_of(doc, first, *source);
	credit(ap, &c);
	if (c.by.end == c.by.start)
		subject_of(ap, &c);
	if (c.by.end == c.by.start || (c.speaker == WS_NONE && c.outlet == WS_NONE))
		return;
	add_fresh(ap, &c);
}

static int
decode(void *ctx, struct ws_seq *seq, size_t first)
{
	struct apply *ap = ctx;
	struct run contents[MAX_RUNS], cues[MAX_RUNS], sources[MAX_RUNS];
	size_t ncontents, ncues, nsources;

	ws_model_tag(ap->model, seq, ap->err);
	ncontents = runs_of(seq->labels, seq->ntokens, LF_B_CONTENT, CONTENT_GAP, contents);
	ncues = runs_of(seq->labels, seq->ntokens, LF_B_CUE, 0, cues);
	nsources = runs_of(seq->labels, seq->ntokens, LF_B_SOURCE, 0, sources);
	for (size_t i = 0; i < ncontents; i++) {
		struct ws_span sp = span_of(ap->doc, first, contents[i]);
		size_t m = rule_match(ap, sp);

		if (m != WS_NONE) {
			ap->matched[m] = 1;
			if (sp.end > ap->an->claims[m].content.start)
				ap->an->claims[m].content.end = sp.end;
		} else if (!overlaps_rule(ap, sp)) {
			new_claim(ap, first, contents[i], cues, ncues, sources, nsources);
		}
	}
	return 0;
}

/* The rules' claims and the new ones, sorted; the counts recounted. */
static void
finish(struct apply *ap)
{
	struct ws_analysis *an = ap->an;
	struct ws_claim *all;

	if (ap->nfresh > 0) {
		all = xreallocarray(an->claims, an->nclaims + ap->nfresh, sizeof *all);
		memcpy(all + an->nclaims, ap->fresh, ap->nfresh * sizeof *all);
		an->claims = all;
		an->nclaims += ap->nfresh;
	}
	an_sort_claims(an->claims, an->nclaims);
	for (size_t i = 0; i < an->npeople; i++)
		an->people[i].nclaims = 0;
	for (size_t i = 0; i < an->noutlets; i++)
		an->outlets[i].nclaims = 0;
	for (size_t i = 0; i < an->nclaims; i++) {
		if (an->claims[i].speaker != WS_NONE)
			an->people[an->claims[i].speaker].nclaims++;
		if (an->claims[i].outlet != WS_NONE)
			an->outlets[an->claims[i].outlet].nclaims++;
	}
}

int
ws_learn_apply(const struct ws_model *model, const struct ws_doc *doc,
	       struct ws_analysis *an, struct ws_error *err)
{
	struct apply ap = { model, doc, an, an->nclaims, NULL, NULL, 0, NULL, 0, 0, err };
	struct ws_seq seq;
	int rc;

	if (ws_model_nlabels(model) != ws_learn_nlabels)
		return ws_error_set(err, "the model has %u labels, the feature set %u",
				    ws_model_nlabels(model), ws_learn_nlabels);
	ap.matched = xcalloc(an->nclaims + 1, 1);
	ws_seq_init(&seq);
	gather_mentions(&ap);
	rc = lf_sequences(doc, an, NULL, &seq, decode, &ap, err);
	ws_seq_free(&seq);
	if (rc == 0)
		finish(&ap);
	free(ap.matched);
	free(ap.mentions);
	free(ap.fresh);
	return rc;
}
