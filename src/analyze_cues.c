/*
 * Cues and the claims they introduce, one sentence at a time: the cue
 * readers.
 *
 * A reporting verb ("said", "told", "warned") is read in one of two
 * directions.  Forward, the content follows it: "X said (that) ...",
 * "X told Y that ...", "X said: “...”".  Backward, it follows the content:
 * "..., X said." and "“...,” said X, “...”".  Which one is decided by
 * what comes after the cue once the hearer, "that" and adjuncts such as
 * "in a statement" or "on Tuesday" are skipped: more words or a quotation
 * read forward; the end of the sentence reads backward.
 *
 * A reader finds the cue's subject with analyze_subject.c and its
 * content's bounds with analyze_content.c.  "According to X" and "per X"
 * credit the clause on either side of them; "Okafor: …" credits what
 * follows the colon; "reportedly" credits its clause to no one named.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze_int.h"

#define OPENER_MAX 30
#define BARE_BACK_MIN 4		/* words of a content before "X argues." with no comma */
#define NAME_COLON_MAX 5	/* words of a name before "NAME: …" */
#define NAME_COLON_TURN 8	/* sentences of an interview turn */
#define NAME_COLON_MIN_WORDS 3	/* words after "NAME:" that make it a turn */
#define CITED_GROUP_AT 3	/* words of "citing two senior officials" before the group */
/* Cues tried in one sentence (see an_find_claims). */
#define AN_SENTENCE_MAX_CUES 256

static void
set_span(struct ws_span *sp, const struct an_ctx *ctx, size_t a, size_t b)
{
	if (a >= b) {
		sp->start = sp->end = 0;
		return;
	}
	sp->start = tok_start(ctx, a);
	sp->end = tok_end(ctx, b - 1);
}

static struct an_claim *
new_claim(struct an_ctx *ctx, size_t cue, size_t cue_end, unsigned char cls)
{
	struct an_claim *cl;

	xgrow(&ctx->sc, &ctx->sc_cap, ctx->nsc + 1, sizeof *ctx->sc);
	cl = &ctx->sc[ctx->nsc++];
	memset(cl, 0, sizeof *cl);
	cl->cue_tok = cue;
	cl->cue_end = cue_end;
	cl->cls = cls;
	cl->c.speaker = cl->c.outlet = WS_NONE;
	cl->by_tok = cl->by_end = 0;
	set_span(&cl->c.cue, ctx, cue, cue_end);
	return cl;
}

/*
 * A claim credited by the phrase at sentence tokens [k, np_end), its cue
 * [k, ce): the rest of the sentence is the content, before the phrase
 * and after it.
 */
static int
credited_clause(struct an_ctx *ctx, size_t k, size_t ce, size_t np_end)
{
	struct an_claim *cl;
	struct ws_span content;

	if (k == 0 || (k == 1 && tok_is(ctx, 0, WS_TOK_WORD))) {
		size_t c = np_end + 1, e;

		if (c >= ctx->ntok || !an_tok_punct(ctx, np_end, ','))
			return 0;
		e = an_content_end(ctx, c);
		if (e <= c)
			return 0;
		set_span(&content, ctx, c, e);
		if (an_is_quote_mark(ctx, c, WS_TOK_OPEN_QUOTE)) {
			struct ws_span q = an_quote_content(ctx, c);

			if (q.end > content.end)
				content.end = q.end;
		}
	} else {
		size_t bnd = k - 1;

		if (!an_content_back(ctx, an_tok_punct(ctx, bnd, ',') ? bnd : k, &content)) {
			struct ws_span sp;

			set_span(&sp, ctx, ctx->ti[k].content_from, k);
			content = sp;
			if (content.start == content.end)
				return 0;
		}
		/* "X, according to Y, includes Z" goes on; ", which …" and ", taking …" do not. */
		if (an_tok_punct(ctx, np_end, ',') && np_end + 1 < ctx->ntok &&
		    !an_is_ing(ctx, np_end + 1) &&
		    !tok_has(ctx, np_end + 1, W_ANY(W_CLAUSE_HEAD, W_REL_PERSON, W_CONJUNCTION))) {
			size_t e = an_content_end(ctx, np_end + 1);

			if (e > np_end + 1)
				content.end = tok_end(ctx, e - 1);
		}
	}
	cl = new_claim(ctx, k, ce, CUE_ACCORDING);
	cl->c.content = content;
	cl->by_tok = ce;
	cl->by_end = np_end;
	set_span(&cl->c.by, ctx, ce, np_end);
	return 0;
}

/*
 * Is sentence token k the stop of an abbreviation inside the sentence
 * ("according to police spokesperson Sgt. Tamika Rowe", "the U.S.
 * Embassy"): joined to the word before, a word after it?  The sentence
 * goes on past it, so it ends nothing.
 */
static int
abbreviation_stop(const struct an_ctx *ctx, size_t k)
{
	return k > 0 && k + 1 < ctx->ntok && an_tok_punct(ctx, k, '.') && tok_is(ctx, k - 1, WS_TOK_WORD) &&
	       tok_end(ctx, k - 1) == tok_start(ctx, k) && tok_is(ctx, k + 1, WS_TOK_WORD);
}

/* "According to X, ...", "..., according to X.", "per X, ...". */
static int
according(struct an_ctx *ctx, size_t k)
{
	size_t ce = ctx->ti[k].cue_end, np_end = ce;
	const char *phrase = ctx->ti[k].cue->phrase;

	if (strcasecmp(phrase, "citing") == 0)
		return 0;
	if (strncasecmp(phrase, "per", 3) == 0) {
		/* Not "$5 per gallon". */
		if ((k > 0 && !an_tok_punct(ctx, k - 1, ',')) || ce >= ctx->ntok ||
		    !tok_is(ctx, ce, WS_TOK_WORD) || tok_is(ctx, ce, WS_TOK_NUMBER))
			return 0;
	}
	while (np_end < ctx->ntok && np_end < ce + AN_APPOS_MAX && !an_tok_punct(ctx, np_end, ',') &&
	       (!an_is_end_punct(ctx, np_end) || abbreviation_stop(ctx, np_end)) &&
	       !an_is_quote_mark(ctx, np_end, WS_TOK_OPEN_QUOTE))
		np_end++;
	if (np_end == ce)
		return 0;
	return credited_clause(ctx, k, ce, np_end);
}

static int
is_possessive(const struct an_ctx *ctx, size_t k)
{
	size_t len;

	an_text(ctx, k, &len);
	return tok_is(ctx, k, WS_TOK_WORD) && an_name_len(ctx, k) != len;
}

/*
 * A verb in its base form needs a subject that takes it: "they say", "I
 * would say", "Democrats say"; "a private email server" has none.
 */
static int
base_form_fits(const struct an_ctx *ctx, size_t k)
{
	size_t j = an_skip_aux_back(ctx, k - 1), len;
	const char *t;

	if (j != k - 1)
		return 1;	/* "will say", "did not say" */
	if (ctx->ti[j].pronoun ||
	    tok_has(ctx, j, W_ANY(W_PRON_FIRST, W_PRON_SECOND, W_REL_PERSON, W_COMPLEMENTIZER,
				  W_REL_THING, W_PLURAL_SUBJECT)))
		return 1;
	/* "42% say", "a third of independents, 33%, say" */
	if (an_tok_punct(ctx, j, '%') || (an_tok_punct(ctx, j, ',') && j > 0 && an_tok_punct(ctx, j - 1, '%')))
		return 1;
	if (!tok_is(ctx, j, WS_TOK_WORD) || is_possessive(ctx, j))
		return 0;
	/* "In a Facebook post, …", "an NBC poll": a name after "a" is a noun's modifier. */
	if (j > 0 && tok_has(ctx, j - 1, W_A))
		return 0;
	t = an_text(ctx, j, &len);
	return tok_is(ctx, j, WS_TOK_CAP) || (len > 3 && t[len - 1] == 's');
}

/* Glued to a mark that is not a quotation mark: "<tweet", "tweet-id", "e-mail". */
static int
glued(const struct an_ctx *ctx, size_t k)
{
	size_t e = ctx->ti[k].cue_end;

	if (k > 0 && tok_end(ctx, k - 1) == tok_start(ctx, k) &&
	    !tok_is(ctx, k - 1, WS_TOK_WORD | WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
		return 1;
	return e < ctx->ntok && tok_end(ctx, e - 1) == tok_start(ctx, e) &&
	       (an_tok_punct(ctx, e, '-') || an_tok_punct(ctx, e, '=') || an_tok_punct(ctx, e, '>'));
}

/*
 * "six in 10 said", "43 said", "with three in 10 saying": people counted,
 * before "said" or "say" (a verb-say) or a participle ("10 saying" is no
 * noun).
 */
static int
counted_speakers(const struct an_ctx *ctx, size_t k)
{
	return tok_has(ctx, k, W_VERB_SAY) || (ctx->ti[k].cue->flags & LEXF_ING);
}

/*
 * Is sentence token j a year ("2021", "1999"), which ends a phrase of time
 * before a verb ("The report published in 2021 found that …") and counts
 * nothing ("3 reports")?
 */
static int
is_year(const struct an_ctx *ctx, size_t j)
{
	size_t len;
	const char *t = an_text(ctx, j, &len);

	return len == 4 && tok_is(ctx, j, WS_TOK_NUMBER) && (t[0] == '1' || t[0] == '2') &&
	       t[1] >= '0' && t[1] <= '9' && t[2] >= '0' && t[2] <= '9' && t[3] >= '0' && t[3] <= '9' &&
	       (t[0] == '2' ? t[1] <= '1' : t[1] >= '8');
}

/*
 * "said", "says", "told" (a verb-finite-report): no noun, whatever stands
 * before ("The Wisconsin Republican says").
 */
static int
never_noun(const struct an_ctx *ctx, size_t k)
{
	return tok_has(ctx, k, W_VERB_FINITE_REPORT);
}

/*
 * "officials were recounting ballots", "recounted the votes": counted
 * again, not told ("she recounted the night of the flood" is told).
 */
static int
tallied(const struct an_ctx *ctx, size_t k)
{
	size_t j = ctx->ti[k].cue_end;

	if (!tok_has(ctx, k, W_VERB_TALLY))
		return 0;
	if (tok_has(ctx, j, W_DETERMINER))
		j++;
	return tok_has(ctx, j, W_TALLY_NOUN);
}

/*
 * ", dashing hopes of an increase", ", fuelling fears", ", following
 * reports": a cue word in -s right after a participle opening a phrase
 * is a plural noun, its object.  It still reports a clause after it
 * (", following reports that the pier had cracked", ", fuelling worries
 * the pier was unsafe"), with no one before it to credit.  Only after a
 * comma: "Recent polling shows", "the filing cites" have a noun in -ing
 * as subject of the verb.
 */
static int
object_of_ing(const struct an_ctx *ctx, size_t k)
{
	size_t len;
	const char *t = an_text(ctx, k, &len);

	return k > 1 && len > 2 && t[len - 1] == 's' && t[len - 2] != 's' &&
	       an_is_ing(ctx, k - 1) && an_tok_punct(ctx, k - 2, ',');
}

#define NOUN_THAT_MAX 8	/* "worries from Paris to Prague that …": tokens to "that" */

/*
 * ", dashing hopes of an increase": such a noun with no clause after it,
 * neither at once nor after a phrase (", fuelling worries from Paris to
 * Prague that …" has one).
 */
static int
noun_of_ing(const struct an_ctx *ctx, size_t k)
{
	size_t c = ctx->ti[k].cue_end;

	if (!object_of_ing(ctx, k) || (c < ctx->ntok && tok_is(ctx, c, WS_TOK_WORD) &&
				       !tok_has(ctx, c, W_ANY(W_PREPOSITION, W_PREP_SUBJECT, W_PREP_ABOUT))))
		return 0;
	for (size_t j = c; j < ctx->ntok && j < c + NOUN_THAT_MAX && tok_is(ctx, j, WS_TOK_WORD); j++)
		if (tok_has(ctx, j, W_COMPLEMENTIZER))
			return 0;
	return 1;
}

#define NAMED_NOUN_MAX 3	/* "a new group called": words from "a" to the verb */

/*
 * "a group called Citizens for Trump", "a small firm named Halden
 * Marine": a thing introduced with "a" and given its name, no one
 * speaking ("The mayor called the plan a disgrace" does).
 */
static int
naming(const struct an_ctx *ctx, size_t k)
{
	if (!tok_has(ctx, k, W_VERB_NAMING) || k == 0 || !tok_is(ctx, k - 1, WS_TOK_WORD) ||
	    tok_is(ctx, k - 1, WS_TOK_CAP) || ctx->ti[k - 1].pronoun)
		return 0;
	for (size_t j = k - 1; j-- > 0 && j + NAMED_NOUN_MAX >= k;) {
		if (tok_has(ctx, j, W_A))
			return j > ctx->first_word;	/* "A senator called …" is the subject */
		if (!tok_is(ctx, j, WS_TOK_WORD) || tok_is(ctx, j, WS_TOK_CAP))
			return 0;
	}
	return 0;
}

/* Is sentence token k a verb here, not a noun ("the reported admission", "his claims")? */
static int
verb_here(const struct an_ctx *ctx, size_t k)
{
	if (ctx->ti[k].in_name || glued(ctx, k) || noun_of_ing(ctx, k))
		return 0;
	if (k > 0 && (is_possessive(ctx, k - 1) ||
		      (tok_is(ctx, k - 1, WS_TOK_NUMBER) && !counted_speakers(ctx, k) && !is_year(ctx, k - 1)) ||
		      (wk_any(ctx->ti[k - 1].words, W_ADJECTIVE) && !never_noun(ctx, k))))
		return 0;
	if ((ctx->ti[k].cue->flags & LEXF_BASE) && (k == 0 || !base_form_fits(ctx, k)))
		return 0;
	if (k > 0 && !(ctx->ti[k].cue->flags & LEXF_ING) && tok_has(ctx, k - 1, W_PREP_BEFORE_NOUN))
		return 0;	/* "with plans to", "of claims" */
	if (k > 0 && tok_has(ctx, k - 1, W_ANY(W_NOUN_MARKER, W_PREP_TO)))
		return 0;
	if (k > 0 && ctx->ti[k].cue->cls == CUE_EVIDENCE &&
	    tok_has(ctx, k - 1, W_BE))
		return 0;
	if (k > 0 && tok_is(ctx, k, WS_TOK_CAP) && !ctx->titlecase &&
	    ws_doc_block_kind(ctx->doc, ctx->sent_block) == WS_BLOCK_PARAGRAPH &&
	    !an_is_quote_mark(ctx, k - 1, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
		return 0;
	return 1;
}

#define WORD_LOOK_MAX 8	/* tokens of a content looked at for a word */

/*
 * Does the content hold a word, not only a time, a number and marks
 * ("17:30 —" before "Mayor X posted on X:")?  Looks at its first
 * WORD_LOOK_MAX tokens: a longer content is taken to hold one.
 */
static int
has_word(const struct an_ctx *ctx, struct ws_span content)
{
	size_t j = an_tok_at(ctx, content.start);

	/* A content in another sentence ("“Why?” Okafor asked."): its words are not at hand. */
	if (ctx->ntok == 0 || content.start < tok_start(ctx, 0) || j >= ctx->ntok)
		return 1;
	for (size_t n = 0; j < ctx->ntok && tok_start(ctx, j) < content.end; j++, n++) {
		if (n == WORD_LOOK_MAX || (tok_is(ctx, j, WS_TOK_WORD) && !tok_is(ctx, j, WS_TOK_NUMBER)))
			return 1;
	}
	return 0;
}

static int
add_claim(struct an_ctx *ctx, size_t k, struct ws_span content, size_t by, size_t by_end)
{
	struct an_claim *cl;

	if (content.end <= content.start || !has_word(ctx, content))
		return 0;
	cl = new_claim(ctx, k, ctx->ti[k].cue_end, ctx->ti[k].cue->cls);
	cl->c.content = content;
	if (by != WS_NONE && by_end != WS_NONE && by < by_end) {
		cl->by_tok = by;
		cl->by_end = by_end;
		set_span(&cl->c.by, ctx, by, by_end);
	}
	return 0;
}

static int outlet_phrase_only(const struct an_ctx *ctx, size_t c);

/*
 * A participle opening the sentence: "Asked about the delay, Okafor
 * said …", "Responding to the union, the mayor wrote …".  The content runs
 * to the first comma; the subject after it is credited.
 */
static int cited_opener(struct an_ctx *ctx, size_t k, size_t c);

static int
opener(struct an_ctx *ctx, size_t k)
{
	size_t c = ctx->ti[k].cue_end, e, by, by_end;
	struct ws_span content;

	if (tok_has(ctx, c, W_ANY(W_PREP_ABOUT, W_PREP_TO, W_PREP_AGENT)))
		c++;
	for (e = c; e < ctx->ntok && e < c + OPENER_MAX && !an_tok_punct(ctx, e, ','); e++)
		if (an_is_end_punct(ctx, e) || an_is_quote_mark(ctx, e, WS_TOK_OPEN_QUOTE))
			return 0;
	/* "Writing in The Guardian, …": where the claim appeared, no claim of its own. */
	if (e == c || e >= ctx->ntok || !an_tok_punct(ctx, e, ',') || outlet_phrase_only(ctx, c))
		return 0;
	/* "Citing two officials, Le Monde reported …": the report's sources. */
	if (cited_opener(ctx, k, c))
		return 0;
	set_span(&content, ctx, c, e);
	ctx->skip_to = e;	/* its cues are the question's, not claims */
	by = e + 1;
	by_end = an_np_forward(ctx, by);
	/* "Asked about the delay," may end the sentence: no one after the comma. */
	if (by >= ctx->ntok ||
	    (!tok_is(ctx, by, WS_TOK_CAP) && !ctx->ti[by].pronoun && !tok_has(ctx, by, W_DETERMINER)))
		by_end = by;
	return add_claim(ctx, k, content, by, by_end);
}

/* No word before cue k.  (The sentence's first word is found once: ", , , … said said said" asked it of every cue.) */
static int
at_sentence_start(const struct an_ctx *ctx, size_t k)
{
	return ctx->first_word >= k;
}

/* "Said Okafor, “…”": a cue opening the sentence, its subject after it. */
static int
said_first(struct an_ctx *ctx, size_t k)
{
	size_t c = ctx->ti[k].cue_end, e = an_np_forward(ctx, c);
	struct ws_span content;

	if (e == c || e + 1 >= ctx->ntok || !an_tok_punct(ctx, e, ','))
		return 0;
	if (an_is_quote_mark(ctx, e + 1, WS_TOK_OPEN_QUOTE))
		content = an_quote_content(ctx, e + 1);
	else
		set_span(&content, ctx, e + 1, an_content_end(ctx, e + 1));
	return add_claim(ctx, k, content, c, e);
}

/* "is predicting", "were saying": an -ing cue after a form of "be" is a finite verb. */
static int
progressive(const struct an_ctx *ctx, size_t k)
{
	size_t j = k;

	while (j > 0 && an_is_adverb(ctx, j - 1))
		j--;
	if (j > 0 && tok_has(ctx, j - 1, W_CONTINUATIVE))
		j--;
	return j > 0 && tok_has(ctx, j - 1, W_BE);
}

/*
 * "asked by a reporter whether …": the asker is no content; the question
 * after it is.  c is "by", k the cue.
 */
static int
asked_by(const struct an_ctx *ctx, size_t k, size_t c)
{
	size_t e;

	if (!tok_has(ctx, k, W_VERB_ASKED))
		return 0;
	e = an_np_forward(ctx, c + 1);
	return e > c + 1 && tok_has(ctx, e, W_QUESTION);
}

/*
 * The reading of one cue of speech, belief or evidence, filled in by the
 * phases of speech() in order: each phase reads what the ones before it
 * found and writes its own part.
 */
struct reading {
	size_t k, ce;			/* the cue: sentence tokens [k, ce) */
	const struct lex_entry *cue;
	int ing;			/* ", adding that …": a participle, not "is saying" */

	/*
	 * The subject: subject_before() finds it before the cue;
	 * exclaimed_before() and inverted() after it ("said Okafor");
	 * participle_subject() in the main clause ("…, adding").
	 */
	size_t by, by_end;		/* the words credited; by == WS_NONE: none */
	int appos;			/* "X, the ROLE, said": an apposition between */

	/* The content. */
	size_t bnd;			/* the comma, dash or mark it ends at before the subject */
	int have_back;			/* back holds a content before the cue */
	struct ws_span back;
	size_t c;			/* where a content after the cue may start: past
					   "that", adjuncts, a comma or an inverted subject */
	int forward;			/* the content follows the cue */
};

/*
 * "Asked about the delay, Okafor said …", "Responding to the union, …":
 * a participle opens the sentence (see opener()).
 */
static int
participle_opens(const struct an_ctx *ctx, const struct reading *r)
{
	const struct lex_entry *cue = r->cue;

	return at_sentence_start(ctx, r->k) && r->k + 1 < ctx->ntok &&
	       tok_is(ctx, r->k, WS_TOK_CAP) &&
	       ((cue->flags & LEXF_ING) || an_ends_ed(cue->phrase, cue->len, 3));
}

/* "Said Okafor, “…”": the cue opens the sentence, its subject after it (see said_first()). */
static int
cue_opens(const struct an_ctx *ctx, const struct reading *r)
{
	size_t k = r->k;

	return at_sentence_start(ctx, k) && tok_is(ctx, k, WS_TOK_CAP) && !ctx->titlecase &&
	       tok_is(ctx, k + 1 < ctx->ntok ? k + 1 : k, WS_TOK_CAP);
}

/* The subject is [by, by_end); a content before it ends at the token before. */
static void
subject_is(struct reading *r, size_t by, size_t by_end, int appos)
{
	r->by = by;
	r->by_end = by_end;
	r->appos = appos;
	r->bnd = by == 0 ? WS_NONE : by - 1;
}

/*
 * A comma at j before the cue: "Okafor, who, after the vote, said",
 * "Cory James, 22, of Flint, Mich., said", "Okafor, the mayor, said"; or
 * "…, said X", whose subject follows the cue.
 */
static void
subject_past_comma(const struct an_ctx *ctx, struct reading *r, size_t j)
{
	size_t a = an_apposition_back(ctx, j), f, fe;

	/* "Okafor, who, after the vote, said": the relative pronoun. */
	if (a != WS_NONE && a > 0 && tok_has(ctx, a - 1, W_REL_PERSON)) {
		subject_is(r, a - 1, a, 0);
		return;
	}
	/* "Cory James, 22, of Flint, Mich., said": the sentence's subject. */
	if ((f = an_sentence_subject(ctx, j, &fe)) != WS_NONE && an_tok_punct(ctx, fe, ',') &&
	    ctx->first_comma == fe && !an_quote_boundary(ctx, fe) && an_no_cue_between(ctx, fe, j)) {
		subject_is(r, f, fe, fe < j);
		return;
	}
	/* "Shefali, 38, who goes by one name, said": an age set off before the apposition. */
	if (a != WS_NONE && a >= 3 && tok_is(ctx, a - 1, WS_TOK_NUMBER) && an_tok_punct(ctx, a - 2, ','))
		a -= 2;
	/* "Okafor, the mayor, said": the phrase before the apposition. */
	if (a != WS_NONE && (f = an_np_back(ctx, a - 1)) != WS_NONE) {
		subject_is(r, f, a, 1);
		return;
	}
	/*
	 * "…, said X": the comma ends the content.  Not when a word stands
	 * between: "…, then added the winner" is a second verb of the
	 * sentence's subject, no inverted cue.
	 */
	if (j + 1 == r->k)
		r->bnd = j;
}

/*
 * The noun phrase that ends at j, right before the cue: "Okafor said",
 * "the harbour master has also said"; "I laughed and said …" and "X
 * paused and recalled …" take the subject of the verb before "and".
 */
static void
subject_next_to(const struct an_ctx *ctx, struct reading *r, size_t j)
{
	size_t by;

	/* "following reports that …": a noun, no one's verb. */
	if (object_of_ing(ctx, r->k))
		return;
	by = an_np_back(ctx, j);
	/* "Okafor said" */
	if (by != WS_NONE) {
		subject_is(r, by, j + 1, 0);
		return;
	}
	/* No phrase and no "and": no subject. */
	if (!tok_has(ctx, j, W_COORDINATOR))
		return;
	/* "I laughed and said …": the subject of the verb before. */
	if (j >= 2 && tok_is(ctx, j - 1, WS_TOK_WORD) &&
	    !tok_is(ctx, j - 1, WS_TOK_CAP) && !tok_has(ctx, j - 1, W_CONJUNCTION) &&
	    ((tok_has(ctx, j - 2, W_PRON_SUBJECT) && ctx->ti[j - 2].pronoun) ||
	     ctx->ti[j - 2].in_name || tok_has(ctx, j - 2, W_PRON_FIRST))) {
		r->by = an_np_back(ctx, j - 2);
		r->by_end = j - 1;
	} else {
		/* "The senator paused and recalled …": the sentence's subject. */
		r->by = an_sentence_subject(ctx, j, &r->by_end);
	}
	if (r->by == WS_NONE)
		r->by_end = WS_NONE;
}

/*
 * The subject before the cue, auxiliaries ("has also") stepped over:
 * "Okafor said", "Okafor, the mayor, said".  "“…” said X" has none: its
 * closing mark ends the content.  An -ing cue takes its subject later
 * (participle_subject()).
 */
static void
subject_before(const struct an_ctx *ctx, struct reading *r)
{
	size_t j = r->k == 0 ? WS_NONE : an_skip_aux_back(ctx, r->k - 1);

	/* The cue opens the sentence. */
	if (j == WS_NONE)
		return;
	/* "Okafor, the mayor, said", "…, said X" */
	if (an_tok_punct(ctx, j, ',') && !r->ing)
		subject_past_comma(ctx, r, j);
	/* "“…” said X" */
	else if (an_is_quote_mark(ctx, j, WS_TOK_CLOSE_QUOTE))
		r->bnd = j;
	/* "Okafor said", "I laughed and said" */
	else if (!r->ing)
		subject_next_to(ctx, r, j);
}

/*
 * "The port will stay shut, Okafor said.", "“…,” Okafor said": the
 * content before the subject, up to its boundary; "“…,” Texas-based
 * analyst Dana Reyes said" finds its closing mark past a long subject.
 */
static void
content_before(const struct an_ctx *ctx, struct reading *r)
{
	/* A closing mark a subject too long for a noun phrase stands after. */
	if (!an_is_boundary(ctx, r->bnd) && !r->ing) {
		size_t q = an_quote_back(ctx, r->by != WS_NONE ? r->by : r->k);

		if (q != WS_NONE)
			r->bnd = q;
	}
	r->have_back = an_is_boundary(ctx, r->bnd) && an_content_back(ctx, r->bnd, &r->back);
}

/*
 * "“Enough!” Okafor said to the crowd." and "“Why?” asked Okafor, the
 * mayor.": the mark ended the sentence before, whose quotation is the
 * content.
 */
static void
exclaimed_before(const struct an_ctx *ctx, struct reading *r)
{
	size_t e;

	/* "“…?” Okafor said to the crowd.": the subject opens the sentence. */
	if (!r->have_back && r->bnd == WS_NONE && r->by == 0 && an_rest_is_narration(ctx, r->c))
		r->have_back = an_exclaimed_back(ctx, &r->back);
	/* "“…?” asked Okafor, the mayor.": the cue does, its subject after it. */
	if (r->have_back || r->k != 0 || r->by != WS_NONE || r->c >= ctx->ntok ||
	    !an_exclaimed_back(ctx, &r->back))
		return;
	e = an_np_forward(ctx, r->c);
	/* Only a subject that ends its clause. */
	if (e > r->c && (e >= ctx->ntok || an_tok_punct(ctx, e, ',') || an_is_end_punct(ctx, e))) {
		r->by = r->c;
		r->by_end = e;
		r->c = e;
		r->have_back = 1;
	}
}

/* Inverted: "…,” said Okafor, the mayor.": the subject follows the cue, the content is before. */
static void
inverted(const struct an_ctx *ctx, struct reading *r)
{
	size_t e = an_np_forward(ctx, r->c);

	r->forward = !(e > r->c && (e >= ctx->ntok || an_tok_punct(ctx, e, ',') ||
				    an_is_end_punct(ctx, e) || an_quote_boundary(ctx, r->bnd)));
	if (!r->forward) {
		r->by = r->c;
		r->by_end = e;
		r->c = e;
	}
}

/*
 * "“…” he said when asked": the quotation before is the content, unless
 * a quotation follows ("“…,” he said. “…”" aside, "he said “…”" reads
 * on), or a show's title is on either side: "“…,” she said on “The
 * Harbour Hour”", "on the “Morning Show,” Okafor said the …".
 */
static int
quote_before_is_content(const struct an_ctx *ctx, const struct reading *r, int after_that)
{
	size_t c = r->c;
	const struct an_quote *tq = an_quote_of(ctx, c);
	int title_after = an_is_quote_mark(ctx, c, WS_TOK_OPEN_QUOTE) && c > r->ce &&
			  tok_is(ctx, c - 1, WS_TOK_WORD) && tq != NULL &&
			  tq->nwords <= AN_TITLE_WORDS_MAX;

	return !(!(r->have_back && an_quote_boundary(ctx, r->bnd) && !after_that &&
		   (!an_is_quote_mark(ctx, c, WS_TOK_OPEN_QUOTE) || title_after)) ||
		 an_title_back(ctx, r->bnd));
}

/*
 * "On Monday, Okafor said, “…”", "In a statement, the mayor said, “…”":
 * what the comma before the subject closes is an opener, not the
 * content, and the quotation after the cue is.  An opener starts with a
 * preposition, a time word, a subordinator, an -ly adverb or a
 * participle ("Asked about it, she said, “…”", "When asked why, he said,
 * “…”").  "The pier will be rebuilt, Okafor said, “…”" still reads back.
 */
static int
opener_then_quote(const struct an_ctx *ctx, const struct reading *r)
{
	size_t w = ctx->first_word;

	return !an_quote_boundary(ctx, r->bnd) && r->c + 1 < ctx->ntok &&
	       an_is_quote_mark(ctx, r->c + 1, WS_TOK_OPEN_QUOTE) && w < ctx->ntok &&
	       (tok_has(ctx, w, W_ANY(W_PREPOSITION, W_TIME, W_TIME_OPENER, W_SUBORDINATOR)) ||
		an_is_ing(ctx, w) || an_is_cue(ctx, w) || an_is_adverb(ctx, w));
}

/*
 * "When she answered, it came out whole", "If the council agrees, the
 * pier reopens": the comma after the cue closes a clause that opens the
 * sentence, and the main clause after it is no content ("As Okafor
 * noted, the pier is old" is: see subordinator-attributive).  Asked only
 * of the sentence's first comma, and so once a sentence.
 */
static int
closes_intro(const struct an_ctx *ctx, size_t c)
{
	size_t a;

	if (c != ctx->first_comma)
		return 0;
	a = an_opening_subordinator(ctx, c);
	return a != WS_NONE && !tok_has(ctx, a, W_SUBORDINATOR_ATTRIBUTIVE);
}

/*
 * Which way the content lies: "Okafor said the port …", "Okafor said,
 * “…”" read forward; "…, Okafor said." and "“…,” Okafor said, “…”" read
 * back.
 */
static void
direction(const struct an_ctx *ctx, struct reading *r)
{
	int after_that = r->c > r->ce && (tok_has(ctx, r->c - 1, W_COMPLEMENTIZER) ||
					  an_tok_punct(ctx, r->c - 1, ':'));

	/* "…, Okafor said.": nothing after the cue. */
	if (r->c >= ctx->ntok || an_is_end_punct(ctx, r->c)) {
		r->forward = 0;
	/*
	 * "“…,” X said, “…”" and "…, X said, …" read back; "X said, “…”"
	 * forward, and so does "On Monday, X said, “…”": what stands before
	 * the subject there is no quotation but an opener.
	 */
	} else if (an_tok_punct(ctx, r->c, ',')) {
		r->forward = (!r->have_back || opener_then_quote(ctx, r)) && !closes_intro(ctx, r->c);
		if (r->forward)
			r->c++;
	/* "praised the “quiet heroes,” adding that …": a participle reads on. */
	} else if (r->ing && an_quote_boundary(ctx, r->bnd)) {
		r->forward = 1;
	/* "…,” said Okafor, the mayor." */
	} else if (r->by == WS_NONE && r->bnd != WS_NONE) {
		inverted(ctx, r);
	/* "“…” he said when asked" */
	} else {
		r->forward = !quote_before_is_content(ctx, r, after_that);
	}
	/* "…, he told the court in his filing.": the hearer and narration, no content. */
	if (r->forward && r->cue->cls == CUE_TELL && r->have_back && !after_that &&
	    an_rest_is_narration(ctx, r->c))
		r->forward = 0;
}

/*
 * "In a video posted on Facebook, the mayor said …", "In a message
 * posted at noon, …": the phrase before the cue is the object of an
 * opening preposition, and the cue in -ed a participle describing it,
 * no verb of its own.  "During the hearing the senators reported …" is
 * not such: "the senators" follows no preposition.
 */
static int
reduced_relative(const struct an_ctx *ctx, const struct reading *r)
{
	size_t len;
	const char *t = an_text(ctx, r->k, &len);
	size_t d;

	if (r->by == WS_NONE || r->by == 0 || r->by_end != r->k || r->ing ||
	    !an_ends_ed(t, len, 5) || !tok_has(ctx, r->by - 1, W_PREP_EVENT) ||
	    !tok_has(ctx, r->by, W_DETERMINER))
		return 0;
	/* The preposition opens the sentence, or follows its dateline or time ("15:35 — In a …"). */
	d = an_dateline_end(ctx);
	return r->by - 1 == (d > 0 ? d : ctx->first_word);
}

/*
 * The subject of a participle: "with 30 percent of voters saying …"
 * names it; ", adding that …" and "by saying …" take the main clause's,
 * the subject of the claim before ("…, Okafor said, adding …") or of the
 * sentence, or the person named last.  0: the participle makes no claim.
 */
static int
participle_subject(const struct an_ctx *ctx, struct reading *r)
{
	const struct an_claim *pv = ctx->nsc > 0 ? &ctx->sc[ctx->nsc - 1] : NULL;
	size_t w;

	/* A finite verb has its subject already. */
	if (!r->ing)
		return 1;
	/* "with 30 percent of voters saying …": they say it. */
	if (r->forward && r->cue->cls == CUE_SPEECH && (w = an_with_subject(ctx, r->k)) != WS_NONE) {
		r->by = w;
		r->by_end = r->k;
		return 1;
	}
	/* Only a participle after a comma or "by", "after" … with a content after it. */
	if (!r->forward || r->k == 0 ||
	    (an_comma_behind(ctx, r->k) == WS_NONE && !tok_has(ctx, r->k - 1, W_GERUND_OPENER)))
		return 0;
	r->by = r->by_end = WS_NONE;
	/* "…, Okafor said, adding …", "“…,” she told CNN on Sunday, saying …": hers. */
	if (pv != NULL && pv->by_tok < pv->by_end &&
	    (pv->cue_end + 3 >= r->k || an_named_subject(ctx, r->k, &r->by_end) == WS_NONE)) {
		r->by = pv->by_tok;
		r->by_end = pv->by_end;
		return 1;
	}
	/* "Trump went after Bush, calling him …": the sentence's subject, or the person named last. */
	if ((r->by = an_named_subject(ctx, r->k, &r->by_end)) == WS_NONE && ctx->nsc == 0 &&
	    (r->by = an_nearest_mention(ctx, r->k, &r->by_end)) == WS_NONE &&
	    (r->by = an_sentence_subject(ctx, r->k, &r->by_end)) == WS_NONE)
		r->by_end = WS_NONE;
	return 1;
}

/*
 * "Okafor said: “The port stays shut.”": the quotation after the cue,
 * and what the sentence adds after it ("claimed “Trump exaggerates” the
 * level of …").
 */
static void
quotation_after(const struct an_ctx *ctx, size_t c, struct ws_span *content)
{
	size_t e = an_content_end(ctx, c), end;
	const struct an_quote *q;

	*content = an_quote_content(ctx, c);
	/* The quotation ends the content. */
	if (e <= c || (end = tok_end(ctx, e - 1)) <= content->end)
		return;
	q = an_quote_of(ctx, e - 1);
	content->end = q != NULL && an_quote_end(ctx, q) > end ? an_quote_end(ctx, q) : end;
}

#define STANCE_OBJECT_MAX 12	/* tokens of a stance's object looked through for its time */

/*
 * "endorsed Sanders in December", "praised the plan on Monday": the time
 * of a stance taken on a thing is no part of the thing ("said the port
 * would reopen in May" keeps its time: what was said holds it).  The end
 * before a preposition and a month, a weekday or a year within the
 * object's first STANCE_OBJECT_MAX tokens, else e.
 */
static size_t
stance_time(const struct an_ctx *ctx, size_t c, size_t e)
{
	for (size_t j = c + 1; j + 1 < e && j < c + STANCE_OBJECT_MAX; j++) {
		size_t t = j + 1;

		if (!tok_has(ctx, j, W_ANY(W_PREP_DATE, W_PREP_EVENT)))
			continue;
		if (tok_has(ctx, t, W_TIME_OPENER) && !tok_has(ctx, t, W_PREP_DATE))
			t++;	/* "in late May", "on last Monday" */
		if (tok_has(ctx, t, W_ANY(W_MONTH, W_WEEKDAY)) || is_year(ctx, t))
			return j;
	}
	return e;
}

/*
 * "Okafor said the port would stay shut.": the clause after the cue, to
 * its first cut, the comma of an aside ("X, asked whether …, smiled") or
 * the end of a relative clause ("Obama, who endorsed her, is …").  0:
 * none.
 */
static int
clause_after(const struct an_ctx *ctx, const struct reading *r, size_t c, struct ws_span *content)
{
	size_t e = an_content_end(ctx, c);
	const struct an_quote *q;

	/* "X, asked whether …, smiled" */
	if (r->k > 0 && an_tok_punct(ctx, r->k - 1, ',') && r->by != WS_NONE && r->by_end < r->k &&
	    !r->ing && !r->appos)
		e = an_comma_before(ctx, c, e);
	/* "Obama, who endorsed her, is …" */
	if (r->by != WS_NONE && r->by + 1 == r->by_end &&
	    tok_has(ctx, r->by, W_ANY(W_REL_PERSON, W_REL_THING)))
		e = an_relative_end(ctx, c, e);
	/* "endorsed Sanders in December" */
	if (r->cue->cls == CUE_STANCE)
		e = stance_time(ctx, c, e);
	if (e <= c)
		return 0;
	set_span(content, ctx, c, e);
	/* A quotation that runs on past this sentence. */
	q = an_quote_of(ctx, e - 1);
	if (q != NULL && an_quote_start(ctx, q) >= content->start && an_quote_end(ctx, q) > content->end)
		content->end = an_quote_end(ctx, q);
	return 1;
}

#define OUTLET_PHRASE_MAX 8	/* "in The New England Journal of Medicine" */

/*
 * The token after the name of an outlet that starts at sentence token j,
 * a "the" before it stepped over ("the Lancet", "The Lancet"), before
 * token `limit`; WS_NONE when no outlet is named there.
 */
static size_t
outlet_name_end(const struct an_ctx *ctx, size_t j, size_t limit)
{
	size_t o;

	if (j + 1 < ctx->ntok && tok_has(ctx, j, W_THE) && ctx->ti[j].outlet_at == WS_NONE &&
	    ctx->ti[j + 1].outlet_at != WS_NONE)
		j++;
	if (j >= ctx->ntok || (o = ctx->ti[j].outlet_at) == WS_NONE)
		return WS_NONE;
	while (j < ctx->ntok && j < limit && ctx->ti[j].outlet_at == o)
		j++;
	return j;
}

/*
 * Is what follows the cue from sentence token c only a preposition and
 * an outlet's name, ending the clause ("Writing in The Guardian, …")?
 */
static int
outlet_phrase_only(const struct an_ctx *ctx, size_t c)
{
	size_t j;

	if (c + 2 >= ctx->ntok || !tok_has(ctx, c, W_PREPOSITION) ||
	    (j = outlet_name_end(ctx, c + 1, c + OUTLET_PHRASE_MAX)) == WS_NONE)
		return 0;
	return j >= ctx->ntok || an_tok_punct(ctx, j, ',') || an_is_end_punct(ctx, j);
}

/*
 * The words of an event (speech-event) from its determiner at sentence
 * token c to "that", in OUTLET_PHRASE_MAX words: "a long letter to the
 * board that": the token after "that", else c.
 */
static size_t
past_event(const struct an_ctx *ctx, size_t c)
{
	int event = 0;

	for (size_t e = c + 1; e < ctx->ntok && e < c + OUTLET_PHRASE_MAX; e++) {
		if (event && tok_has(ctx, e, W_COMPLEMENTIZER))
			return e + 1;
		if (!tok_is(ctx, e, WS_TOK_WORD))
			return c;
		event |= tok_has(ctx, e, W_SPEECH_EVENT);
	}
	return c;
}

/*
 * "wrote in The Lancet that …", "said on NHK that …": a preposition (or
 * the one the cue ends with), an outlet's name and "that" from sentence
 * token c: the token after "that", else c.
 */
static size_t
past_outlet_phrase(const struct an_ctx *ctx, size_t c)
{
	size_t j = c + 1, e;

	if (c + 2 >= ctx->ntok)
		return c;
	if (!tok_has(ctx, c, W_PREPOSITION)) {
		if (c == 0 || !tok_has(ctx, c - 1, W_PREPOSITION))
			return c;
		j = c;	/* the cue ends with it: "wrote in" */
	}
	if ((e = outlet_name_end(ctx, j, c + OUTLET_PHRASE_MAX)) == WS_NONE)
		/* "wrote in a letter (to the board) that …": the cue ends with the preposition of its event. */
		return j == c && tok_has(ctx, j, W_DETERMINER) ? past_event(ctx, c) : c;
	return e < ctx->ntok && tok_has(ctx, e, W_COMPLEMENTIZER) ? e + 1 : c;
}

/* "Okafor said (that) …", "Okafor said: “…”": the content after the cue.  0: none. */
static int
content_after(const struct an_ctx *ctx, const struct reading *r, struct ws_span *content)
{
	size_t c = r->c;

	/* "asked by a reporter whether …": the question, not the asker. */
	if (c < ctx->ntok && tok_has(ctx, c, W_PREP_AGENT) && asked_by(ctx, r->k, c))
		c = an_np_forward(ctx, c + 1);
	/* "was opposed by …": a passive, no claim. */
	if (c >= ctx->ntok || tok_has(ctx, c, W_PREP_AGENT))
		return 0;
	/* "A man was charged with murder", "were warned of delays": the passive of a charge, no words. */
	if (r->k > 0 && tok_has(ctx, r->k - 1, W_BE) && r->ce < ctx->ntok &&
	    tok_has(ctx, r->ce, W_ANY(W_PREP_WITH, W_PREPOSITION, W_PREP_SUBJECT)) &&
	    !tok_has(ctx, r->ce, W_PREP_TO))
		return 0;
	/* "Writing in the Frankfurter Allgemeine Zeitung, critic X called …": where, no content. */
	if (outlet_phrase_only(ctx, c))
		return 0;
	/* "wrote in The Lancet that …", "said on NHK that …": the outlet's phrase is no content. */
	c = past_outlet_phrase(ctx, c);
	/* "Okafor said: “…”" */
	if (an_is_quote_mark(ctx, c, WS_TOK_OPEN_QUOTE)) {
		quotation_after(ctx, c, content);
		return 1;
	}
	return clause_after(ctx, r, c, content);
}

/*
 * "The plan cannot work Okafor argues.": no comma before the subject,
 * still hers when it stands well into the sentence.  0: not so.
 */
static int
bare_back(const struct an_ctx *ctx, const struct reading *r, struct ws_span *out)
{
	size_t e = r->by;

	if (r->by == WS_NONE || r->by < BARE_BACK_MIN || r->by_end > r->k ||
	    !tok_is(ctx, r->by, WS_TOK_CAP) || an_is_quote_mark(ctx, 0, WS_TOK_OPEN_QUOTE))
		return 0;
	while (e > 0 && (an_tok_punct(ctx, e - 1, ',') || an_is_end_punct(ctx, e - 1)))
		e--;
	set_span(out, ctx, ctx->ti[e].content_from, e);
	return e > ctx->ti[e].content_from;
}

/*
 * "The port will stay shut, Okafor said.": the content before the cue,
 * carried on over a quotation after it ("“…,” Okafor said, “…”"), the
 * next sentences' quotations ("“…,” Okafor said. “…”") or the rest of
 * the clause ("…, Okafor said, the rest of it").  0: none.
 */
static int
content_behind(const struct an_ctx *ctx, const struct reading *r, struct ws_span *content)
{
	size_t c = r->c;

	if (r->have_back)
		*content = r->back;
	else if (!bare_back(ctx, r, content))
		return 0;
	an_continue_quote(ctx, content, c);
	/* "“…,” Okafor said. “…”" */
	if (c >= ctx->ntok || (an_is_end_punct(ctx, c) && c + 1 >= ctx->ntok) ||
	    (an_quote_boundary(ctx, r->bnd) && an_unquoted_rest(ctx, c)))
		an_next_quotes(ctx, content);
	/* "…, Okafor said, the rest of it" */
	if (r->by != WS_NONE && r->by_end <= r->k && !an_quote_boundary(ctx, r->bnd))
		an_continue_clause(ctx, content, c);
	return 1;
}

/*
 * "The Kyiv Independent, citing two officials, reported …": the outlet
 * named before the participle k cited the group at g, and "The officials
 * said …" soon after is that outlet's report too (cited_group_outlet() in
 * analyze_resolve.c).
 */
static void
remember_cited(struct an_ctx *ctx, size_t k, size_t g)
{
	size_t len;
	const char *t = an_text(ctx, g, &len);

	for (size_t j = 0; j < k; j++)
		if (ctx->ti[j].outlet_at != WS_NONE) {
			ctx->cited_group = lex_key(t, len);
			ctx->cited_outlet = ctx->ti[j].outlet_at;
			ctx->cited_sent = ctx->sent;
			return;
		}
}

/*
 * "Reuters reported that the ceasefire had collapsed, citing two
 * officials": the report's sources, people (a group in lower case: no
 * "Americans"), not a claim of its own.  What is cited otherwise ("citing
 * the storm warnings") is the claim, as PolNeAR annotates it.
 */
/*
 * A group in lower case ending its noun phrase: "officials" of "two
 * officials.", "people" of "people familiar with …"; not "many" of "the
 * many Americans", nor "the".
 */
static int
group_noun(const struct an_ctx *ctx, size_t j)
{
	if (!tok_has(ctx, j, W_NOT_NAME) || tok_is(ctx, j, WS_TOK_CAP) ||
	    tok_has(ctx, j, W_ANY(W_ARTICLE, W_DETERMINER, W_COMPARATIVE_QUANTITY)))
		return 0;
	return j + 1 >= ctx->ntok || !tok_is(ctx, j + 1, WS_TOK_WORD) ||
	       tok_has(ctx, j + 1, W_ANY(W_PREPOSITION, W_PREP_OBJECT)) ||
	       (!tok_is(ctx, j + 1, WS_TOK_CAP) && !tok_has(ctx, j + 1, W_NOT_NAME));
}

/*
 * "officials familiar with", "people close to": the group at g (a plural:
 * "officials", "people"), a word, a preposition; or the group and the
 * preposition ("people with knowledge of the talks", "sources at the
 * ministry"); not "a progressive platform on …".
 */
static int
described_group(const struct an_ctx *ctx, size_t g)
{
	size_t len;
	const char *t = an_text(ctx, g, &len);
	int plural = (len > 3 && t[len - 1] == 's') || (len == 6 && strncasecmp(t, "people", 6) == 0);

	if (!plural || g + 2 >= ctx->ntok || tok_has(ctx, g, W_ANY(W_PREPOSITION, W_PREP_OBJECT)))
		return 0;
	if (tok_has(ctx, g + 1, W_ANY(W_PREPOSITION, W_PREP_OBJECT)) && tok_is(ctx, g + 2, WS_TOK_WORD))
		return 1;
	return tok_is(ctx, g + 1, WS_TOK_WORD) && !tok_is(ctx, g + 1, WS_TOK_CAP) &&
	       !tok_has(ctx, g + 1, W_ANY(W_PREPOSITION, W_PREP_OBJECT)) &&
	       tok_has(ctx, g + 2, W_ANY(W_PREPOSITION, W_PREP_OBJECT));
}

static int
cites_sources(struct an_ctx *ctx, const struct reading *r)
{
	if (r->cue->phrase == NULL || strcasecmp(r->cue->phrase, "citing") != 0)
		return 0;
	size_t e = an_np_forward(ctx, r->c), g;

	/*
	 * The group ends the phrase ("two officials.") or is described after
	 * it ("people familiar with …", "two officials familiar with the
	 * talks"); not a thing with its complement ("a threat to public
	 * safety", "a more progressive platform on …": what is cited is the
	 * claim).
	 */
	for (g = r->c; g < e && g < r->c + CITED_GROUP_AT; g++)
		if (group_noun(ctx, g) && (g + 1 == e || described_group(ctx, g))) {
			remember_cited(ctx, r->k, g);
			return 1;
		}
	return 0;
}

/* "Citing two officials, Le Monde reported …": participle k opens the sentence, its object at c. */
static int
cited_opener(struct an_ctx *ctx, size_t k, size_t c)
{
	struct reading r = { .k = k, .c = c, .cue = ctx->ti[k].cue };

	return cites_sources(ctx, &r);
}

/*
 * "The storm was expected to make landfall on Tuesday", "Both leaders are
 * believed to favour a deal": the passive's subject is not who expects or
 * believes, it is part of what is expected.  The content takes it in from
 * the subject to the end, and no one is credited.  Returns 1 when so.
 */
static int
raised_subject(const struct an_ctx *ctx, const struct reading *r, struct ws_span *content)
{
	size_t k = r->k;

	/* Only a belief in the passive: "is seeking to", "was asked to" are no such thing. */
	if (r->cue->cls != CUE_BELIEF || (r->cue->flags & LEXF_ING) || r->ing)
		return 0;
	if (r->by == WS_NONE || r->by >= k || !(tok_has(ctx, k, W_BE) || (k > 0 && tok_has(ctx, k - 1, W_BE))) ||
	    !tok_has(ctx, r->c, W_PREP_TO) || content->start != tok_start(ctx, r->c))
		return 0;
	content->start = tok_start(ctx, r->by);
	return 1;
}
/*
 * Where the request of "who asked not to be named" (from its "not" at
 * sentence token c) ends: at its comma ("A diplomat, who asked not to be
 * named because …, said"), or, with none, at the cue of the sentence ("A
 * neighbor who asked not to be identified said …").
 */
static size_t
request_end(const struct an_ctx *ctx, size_t c)
{
	size_t e = an_comma_before(ctx, c, an_content_end(ctx, c));

	for (size_t t = c + 2; t < e; t++)	/* the request's tokens, skipped after */
		if (an_is_cue(ctx, t) && ctx->ti[t].cue->kind == LEX_CUE &&
		    (ctx->ti[t].cue->cls == CUE_SPEECH || ctx->ti[t].cue->cls == CUE_TELL))
			return t;
	return e;
}


/*
 * A cue of speech, belief or evidence ("said", "told", "believes",
 * "found"), read in phases: its subject before it, a content before it,
 * the direction the content lies in, the subject of a participle, then
 * the content after it or before it.
 */
static int
speech(struct an_ctx *ctx, size_t k)
{
	const struct lex_entry *cue = ctx->ti[k].cue;
	struct reading r = {
		.k = k, .ce = ctx->ti[k].cue_end, .cue = cue,
		.by = WS_NONE, .by_end = WS_NONE, .bnd = WS_NONE,
	};
	struct ws_span content = { 0, 0 };

	/* "the reported loss", "his claims": a noun here; "recounted the votes": no telling. */
	if (!verb_here(ctx, k) || tallied(ctx, k) || naming(ctx, k))
		return 0;
	/* "found himself in an awkward position": where he ended up, no finding. */
	if (cue->cls == CUE_EVIDENCE && tok_has(ctx, ctx->ti[k].cue_end, W_REFLEXIVE))
		return 0;
	r.ing = (cue->flags & LEXF_ING) && !progressive(ctx, k);
	/* "Asked about the delay, Okafor said …" */
	if (participle_opens(ctx, &r))
		return opener(ctx, k);
	/* "Said Okafor, “…”" */
	if (cue_opens(ctx, &r))
		return said_first(ctx, k);
	/*
	 * "Court Denies Bail to Founder", "Kenya Seeks More Time": in a
	 * title-case headline a verb of stance (seeking is one) is the news
	 * itself, an action, not words reported ("Okafor Says …" and "Okafor
	 * Sees …" still are).
	 */
	if (ctx->titlecase && cue->cls == CUE_STANCE)
		return 0;
	subject_before(ctx, &r);
	/*
	 * "shrinking faster than models predicted": a yardstick, not a claim
	 * ("More than six in 10 said …" counts the speakers).
	 */
	if (r.by != WS_NONE && r.by > 0 && tok_has(ctx, r.by - 1, W_COMPARATIVE) &&
	    !(r.by > 1 && tok_has(ctx, r.by - 2, W_COMPARATIVE_QUANTITY)))
		return 0;
	/* "In a video posted on Facebook, the mayor said …": the video's, no one's claim. */
	if (reduced_relative(ctx, &r))
		return 0;
	content_before(ctx, &r);
	r.c = an_skip_after_cue(ctx, r.ce, cue->cls);
	/* "…, citing two officials, reported": the report's sources, no claim of their own. */
	if (cites_sources(ctx, &r))
		return 0;
	exclaimed_before(ctx, &r);
	direction(ctx, &r);
	if (!participle_subject(ctx, &r))
		return 0;
	/*
	 * "A diplomat, who asked not to be named because the talks were
	 * confidential, said …": a request about oneself, no claim, and its
	 * words ("named") no cue.
	 */
	if (r.forward && tok_has(ctx, k, W_VERB_ASKED) && tok_has(ctx, r.c, W_NEGATION) &&
	    tok_has(ctx, r.c + 1, W_PREP_TO)) {
		ctx->skip_to = request_end(ctx, r.c);
		return 0;
	}
	if (r.forward ? !content_after(ctx, &r, &content) : !content_behind(ctx, &r, &content))
		return 0;
	if (r.forward && raised_subject(ctx, &r, &content))
		r.by = r.by_end = WS_NONE;
	return add_claim(ctx, k, content, r.by, r.by_end);
}

/*
 * "X said:" or "X posted a message:" ending a sentence, and a quotation
 * or a block quote right after: that is the content.
 */
static void
colon_intro(struct an_ctx *ctx)
{
	const struct ws_doc *doc = ctx->doc;
	size_t n = ctx->ntok, next = ctx->sent + 1, k, by, by_end;
	struct ws_sentence ns;
	struct ws_span quoted;
	struct an_claim *cl;

	if (n < 3 || !an_tok_punct(ctx, n - 1, ':') || next >= doc->nsentences)
		return;
	ns = ws_doc_sentence(doc, next);
	if (ws_doc_block_kind(doc, ns.block) == WS_BLOCK_QUOTE &&
	    ws_doc_block_span(doc, ns.block).start >= tok_end(ctx, n - 1)) {
		quoted = ws_doc_block_span(doc, ns.block);
	} else if (ws_token_is(&doc->tokens[ns.first_token], WS_TOK_OPEN_QUOTE)) {
		const struct an_quote *q = an_quote_at(ctx, ns.first_token);

		if (q == NULL)
			return;
		quoted.start = an_quote_start(ctx, q);
		quoted.end = an_quote_end(ctx, q);
	} else {
		return;
	}
	/* A claim of this sentence whose content ran up to the colon takes the quotation. */
	if (ctx->nsc > 0 && ctx->sc[ctx->nsc - 1].c.content.end <= tok_start(ctx, n - 1) &&
	    ctx->sc[ctx->nsc - 1].c.content.end + 2 >= tok_start(ctx, n - 1) &&
	    ctx->sc[ctx->nsc - 1].cls != CUE_ACCORDING) {
		cl = &ctx->sc[ctx->nsc - 1];
		cl->c.content = quoted;
		return;
	}
	for (k = n - 2; k > 0 && !an_is_cue(ctx, k); k--)
		;
	if (!an_is_cue(ctx, k) || ctx->ti[k].cue_end + 4 < n || k == 0 || !verb_here(ctx, k))
		return;
	by_end = an_skip_aux_back(ctx, k - 1);
	if (by_end == WS_NONE || (by = an_np_back(ctx, by_end)) == WS_NONE)
		return;
	cl = new_claim(ctx, k, ctx->ti[k].cue_end, ctx->ti[k].cue->cls);
	cl->c.content = quoted;
	cl->by_tok = by;
	cl->by_end = by_end + 1;
	set_span(&cl->c.by, ctx, cl->by_tok, cl->by_end);
}

/*
 * The words a title in title case keeps in lower case: articles,
 * prepositions, conjunctions, particles of names ("Port Talks Collapse
 * as Unions Trade Blame", "Talks on the Dam Stall").
 */
static int
minor_word(const struct an_ctx *ctx, size_t k)
{
	return tok_has(ctx, k, W_ANY(W_DETERMINER, W_CONJUNCTION, W_PREPOSITION, W_PREP_SUBJECT,
				     W_PREP_BEFORE_NOUN, W_PREP_AGENT, W_PREP_OBJECT, W_PREP_TO,
				     W_NAME_PARTICLE));
}

/*
 * A headline in title case ("Mayor Says Port Will Reopen"): its cues are
 * capitalised.  Most of its words are capitalised, and those that are
 * not are minor words: "Lena Vogt met Karin Stahl on Monday", a sentence
 * of names, is prose.
 */
int
an_title_case(const struct an_ctx *ctx)
{
	size_t words = 0, caps = 0;

	for (size_t k = 0; k < ctx->ntok; k++) {
		/* Not 70% even if every token left were a capitalised word: prose, most sentences. */
		if (caps * 10 + (ctx->ntok - k) * 3 < words * 7)
			return 0;
		if (!tok_is(ctx, k, WS_TOK_WORD) || tok_is(ctx, k, WS_TOK_NUMBER))
			continue;
		/* "Kim Ji-hoon Heads to Yokohama": the part after a hyphen is no word of its own. */
		if (k >= 2 && an_mark_inside(ctx, k - 1, '-'))
			continue;
		/* "Follow Pam Key On Twitter @pamkey": a handle is no word of the title's. */
		if (k >= 1 && (an_tok_punct(ctx, k - 1, '@') || an_tok_punct(ctx, k - 1, '#')) &&
		    tok_end(ctx, k - 1) == tok_start(ctx, k))
			continue;
		if (!tok_is(ctx, k, WS_TOK_CAP) && !minor_word(ctx, k))
			return 0;
		words++;
		caps += tok_is(ctx, k, WS_TOK_CAP) != 0;
	}
	return words >= 3 && caps * 10 >= words * 7;
}

/* The words among sentence tokens [a, b). */
static size_t
words_between(const struct an_ctx *ctx, size_t a, size_t b)
{
	size_t n = 0;

	for (; a < b; a++)
		n += tok_is(ctx, a, WS_TOK_WORD) != 0;
	return n;
}

/*
 * In a headline the words before the colon may be longer than a name:
 * "Clinton camp: …", "Dr. Ben Carson: …", "Clinton to Planned Parenthood:
 * …".  Returns the colon's token, or 0 when there is none near the start.
 */
static size_t
headline_colon(const struct an_ctx *ctx)
{
	if (ctx->ntok == 0 || !tok_is(ctx, 0, WS_TOK_CAP))
		return 0;
	for (size_t c = 1; c < ctx->ntok && c < NAME_COLON_MAX * 2; c++) {
		if (an_tok_punct(ctx, c, ':'))
			return c;
		if (an_is_quote_mark(ctx, c, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE) || an_is_cue(ctx, c) ||
		    an_is_end_punct(ctx, c))
			return 0;
	}
	return 0;
}

/*
 * "Okafor: The port stays shut." and "HARBOUR MASTER: Well, …": a name
 * and a colon open the sentence; what follows is theirs.
 */
static void
name_colon(struct an_ctx *ctx)
{
	const struct ws_doc *doc = ctx->doc;
	size_t a, c, n = ctx->ntok;
	struct ws_span content;
	struct an_claim *cl;

	size_t b = ctx->sent_block;
	const struct ws_block bl = ctx->blk;
	/* A heading, or a first paragraph of one sentence: a headline with a period. */
	int headline = bl.kind != WS_BLOCK_PARAGRAPH || (b == 0 && bl.nsentences == 1);

	/* "“WALLACE: Will she be there?": a transcript quoted paragraph by paragraph. */
	a = !headline && n > 0 && tok_is(ctx, 0, WS_TOK_OPEN_QUOTE) &&
	    ctx->sent == bl.first_sentence;
	c = headline ? headline_colon(ctx) : a;
	/* "Dr. Halvorsen:": the title's period is part of the name. */
	for (; c < n && c < a + NAME_COLON_MAX &&
	     ((tok_is(ctx, c, WS_TOK_WORD) && tok_is(ctx, c, WS_TOK_CAP)) || ctx->ti[c].in_name);
	     c++)
		;
	if (c == a || c >= n - 1 || !an_tok_punct(ctx, c, ':') || an_is_cue(ctx, a) ||
	    (wk_any(ctx->ti[a].words, W_NOT_NAME) && !ctx->ti[a].in_name) || ctx->ti[a].pronoun)
		return;
	/* "NEW DELHI: The corridor …": a dateline, no one's turn. */
	if (!headline && an_dateline_end(ctx) == c + 1)
		return;
	/* "Hurricane Delphine live: …", "Contributing: …": the page's label, no speaker. */
	if (tok_has(ctx, c - 1, W_HEADLINE_LABEL))
		return;
	/* "Q: How many are at risk?": an interview's letter, no one's name. */
	if (c == a + 1 && ws_token_len(&ctx->tok[a]) == 1)
		return;
	if (headline) {
		/* "Ryan: ‘Anti-Semitic Images’ Have ‘No Place’ …": the whole rest. */
		size_t e = an_content_end(ctx, c + 1);

		if (e <= c + 1)
			return;
		set_span(&content, ctx, c + 1, e);
	} else if (an_is_quote_mark(ctx, c + 1, WS_TOK_OPEN_QUOTE)) {
		content = an_quote_content(ctx, c + 1);
	} else {
		size_t e = an_content_end(ctx, c + 1);
		int turn = ctx->sent == bl.first_sentence && bl.nsentences > 1 &&
			   bl.nsentences <= NAME_COLON_TURN;

		/*
		 * "Pledged: 781." and "Iowa: Ann Lee, Tom Ruiz" are a list, not a
		 * turn; "PETROVIĆ: For sure. If I take one …" is, a known
		 * person's short answer that the paragraph goes on with.
		 */
		if (e <= c + 1 || (words_between(ctx, c + 1, e) < NAME_COLON_MIN_WORDS &&
				   !(turn && c == a + 1 && an_known_surname(ctx, a))))
			return;
		set_span(&content, ctx, c + 1, e);
		/* A speaker's turn in an interview: the rest of the paragraph. */
		if (turn)
			content.end = ws_sentence_end(doc, bl.first_sentence + bl.nsentences - 1);
	}
	cl = new_claim(ctx, c, c + 1, CUE_SPEECH);
	cl->c.content = content;
	cl->by_tok = a;
	cl->by_end = c;
	set_span(&cl->c.by, ctx, a, c);
	ctx->skip_to = ctx->ntok;
}

/*
 * "The FBI is reportedly making arrangements to …": the clause is claimed
 * by reports the article does not name; the cue is the adverb, and no one
 * is credited.  A second adverb over the same clause ("is reportedly and
 * allegedly making …") claims nothing more: without that, a run of them
 * made one claim per word, each carrying the whole sentence (issue 16).
 */
static void
reportedly(struct an_ctx *ctx, size_t k)
{
	size_t a, e, end;
	struct an_claim *cl;
	struct ws_span content;

	if (!tok_has(ctx, k, W_REPORT_ADVERB) || tok_is(ctx, k, WS_TOK_CAP) ||
	    an_quote_at(ctx, ws_sentence_first_token(ctx->doc, ctx->sent) + k) != NULL)
		return;
	if ((a = an_sentence_subject(ctx, k, &end)) == WS_NONE || a < ctx->ti[k].content_from)
		a = ctx->ti[k].content_from;
	e = an_content_end(ctx, k + 1);
	if (e <= k + 1 || a >= k)
		return;
	set_span(&content, ctx, a, e);
	cl = ctx->nsc > 0 ? &ctx->sc[ctx->nsc - 1] : NULL;
	if (cl != NULL && cl->cls == CUE_ACCORDING && cl->c.content.start == content.start &&
	    cl->c.content.end == content.end && tok_has(ctx, cl->cue_tok, W_REPORT_ADVERB))
		return;
	cl = new_claim(ctx, k, k + 1, CUE_ACCORDING);
	cl->c.content = content;
}

/* Do the words crediting claim cl name an outlet ("Politico reports …")? */
static int
credits_outlet(const struct an_ctx *ctx, const struct an_claim *cl)
{
	for (size_t k = cl->by_tok; k < cl->by_end; k++)
		if (ctx->ti[k].outlet_at != WS_NONE)
			return 1;
	return 0;
}

/*
 * Is claim b part of another claim a's content rather than a claim of
 * its own?  A belief, a stance or a finding inside it is what a reports
 * ("Weaver said he believes the fight will go on", "Okafor said the
 * audit found that …"); so is the speaker's own speech right after the
 * cue ("Okafor said she told the board …"), unless a is a frame naming
 * an outlet ("Per reports from the AP, he stated …": the AP reports his
 * claim).  Other speech inside stays a claim: "X said Y told him …"
 * credits Y too.
 *
 * Weighing every claim against every other cost the square of a
 * sentence's claims (200 cues of "X said Y said …" made 40,000 pairs).
 * Instead the claims are sorted once by where their contents start: the
 * contents that may hold b's cue are a prefix of that order, and the two
 * farthest ends of each prefix (two, so that b never counts as its own
 * frame) say at once whether one of them reaches past the cue.  The
 * speaker's own speech asks only the claims whose content starts at b's
 * pronoun, a run of that order, with its two farthest ends among the
 * frames that may hold it.
 */

/* The two farthest content ends of some claims, and whose they are. */
struct reach {
	uint32_t end[2];
	size_t who[2];		/* WS_NONE: none */
};

static void
reach_add(struct reach *r, uint32_t end, size_t who)
{
	if (r->who[0] == WS_NONE || end > r->end[0]) {
		r->end[1] = r->end[0];
		r->who[1] = r->who[0];
		r->end[0] = end;
		r->who[0] = who;
	} else if (r->who[1] == WS_NONE || end > r->end[1]) {
		r->end[1] = end;
		r->who[1] = who;
	}
}

/* Does a claim other than `self` among r's reach `end`? */
static int
reach_past(const struct reach *r, size_t self, uint32_t end)
{
	int i = r->who[0] == self;

	return r->who[i] != WS_NONE && r->end[i] >= end;
}

/* A claim in the order of its content's start. */
struct by_start {
	uint32_t start;
	size_t claim;
	struct reach prefix;	/* over this claim and all before it */
	struct reach frames;	/* over the frames starting where this one does */
};

static int
by_start_cmp(const void *x, const void *y)
{
	const struct by_start *a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->claim < b->claim ? -1 : a->claim > b->claim;
}

/* The last claim of order[0..n) whose content starts at or before byte `at`, or WS_NONE. */
static size_t
last_starting_by(const struct by_start *order, size_t n, uint32_t at)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (order[mid].start <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? WS_NONE : lo - 1;
}

/* May claim a hold its speaker's own speech: no frame naming an outlet? */
static int
own_speech_frame(const struct an_ctx *ctx, const struct an_claim *a)
{
	return a->cls != CUE_ACCORDING && !credits_outlet(ctx, a);
}

/* The claims sorted by content start, with the reaches of drop_nested; caller frees. */
static struct by_start *
claims_by_start(struct an_ctx *ctx)
{
	struct by_start *order = xreallocarray(NULL, ctx->nsc, sizeof *order);
	struct reach none = { { 0, 0 }, { WS_NONE, WS_NONE } }, prefix = none;

	for (size_t i = 0; i < ctx->nsc; i++) {
		order[i].start = ctx->sc[i].c.content.start;
		order[i].claim = i;
	}
	/* Mostly in order already (a sentence's few claims): sorted only if not. */
	for (size_t p = 1; p < ctx->nsc; p++)
		if (by_start_cmp(&order[p - 1], &order[p]) > 0) {
			qsort(order, ctx->nsc, sizeof *order, by_start_cmp);
			break;
		}
	/* A run of equal starts has its frames' reach on its last claim. */
	for (size_t p = 0, run = 0; p < ctx->nsc; p++) {
		const struct an_claim *a = &ctx->sc[order[p].claim];

		ctx->an->work++;
		reach_add(&prefix, a->c.content.end, order[p].claim);
		order[p].prefix = prefix;
		if (p == 0 || order[p].start != order[p - 1].start)
			run = p;
		order[p].frames = p == run ? none : order[p - 1].frames;
		if (own_speech_frame(ctx, a))
			reach_add(&order[p].frames, a->c.content.end, order[p].claim);
	}
	return order;
}

/* Is claim i part of another's content (see above)? */
static int
nested(struct an_ctx *ctx, const struct by_start *order, size_t i)
{
	const struct an_claim *b = &ctx->sc[i];
	uint32_t at;
	size_t p;

	ctx->an->work++;
	if ((p = last_starting_by(order, ctx->nsc, b->c.cue.start)) == WS_NONE)
		return 0;
	if (b->cls == CUE_BELIEF || b->cls == CUE_STANCE || b->cls == CUE_EVIDENCE)
		return reach_past(&order[p].prefix, i, b->c.cue.end);
	if (b->cls == CUE_ACCORDING || b->by_end != b->by_tok + 1 || !ctx->ti[b->by_tok].pronoun)
		return 0;
	/* The frames whose content starts at the pronoun, if it is not after the cue. */
	at = tok_start(ctx, b->by_tok);
	if (at > b->c.cue.start || (p = last_starting_by(order, ctx->nsc, at)) == WS_NONE ||
	    order[p].start != at)
		return 0;
	return reach_past(&order[p].frames, i, b->c.cue.end);
}

/* Drop the claims of the sentence that are part of another's content. */
static void
drop_nested(struct an_ctx *ctx)
{
	struct by_start *order;

	if (ctx->nsc < 2)
		return;
	order = claims_by_start(ctx);
	for (size_t i = 0; i < ctx->nsc; i++)
		if (nested(ctx, order, i))
			ctx->sc[i].dropped = 1;
	free(order);
}

#define QUOTED_NAME_MAX 24	/* tokens of a name and its apposition */

/* The claim of cue k ("saying") whose content starts after it: set it up, or NULL when none. */
static struct an_claim *
as_saying_claim(struct an_ctx *ctx, size_t k)
{
	size_t c = ctx->ti[k].cue_end, e;
	struct an_claim *cl;

	if (tok_has(ctx, c, W_COMPLEMENTIZER))
		c++;
	if ((e = an_content_end(ctx, c)) <= c)
		return NULL;
	cl = new_claim(ctx, k, ctx->ti[k].cue_end, CUE_SPEECH);
	set_span(&cl->c.content, ctx, c, e);
	return cl;
}

/*
 * The passive: "Mara Quill was quoted by the Valley Herald as saying the
 * mill would close", "Lee was later quoted by Yonhap as saying …".  The
 * person is the subject before "was quoted", the outlet the agent after
 * "by" (q is "quoted", k "saying").  Returns 1 when read so.
 */
static int
quoted_by_as(struct an_ctx *ctx, size_t q, size_t k)
{
	size_t j = q - 1, a, o = WS_NONE;
	struct ws_span via = { 0, 0 };
	struct an_claim *cl;

	/* "was later quoted", "was also quoted": one word between. */
	if (!tok_has(ctx, j, W_BE) && j > 0 && tok_has(ctx, j - 1, W_BE) && tok_is(ctx, j, WS_TOK_WORD) &&
	    !tok_is(ctx, j, WS_TOK_CAP))
		j--;
	if (!tok_has(ctx, j, W_BE) || j == 0 || (a = an_np_back(ctx, --j)) == WS_NONE)
		return 0;
	for (size_t i = q + 2; i < k - 1 && o == WS_NONE; i++)
		if (ctx->ti[i].outlet_at != WS_NONE) {
			o = ctx->ti[i].outlet_at;
			via = an_outlet_name_at(ctx, i);
		}
	if ((cl = as_saying_claim(ctx, k)) == NULL)
		return 0;
	cl->c.outlet = o;
	cl->c.via = via;
	cl->by_tok = a;
	cl->by_end = j + 1;
	set_span(&cl->c.by, ctx, a, j + 1);
	return 1;
}

/*
 * "Xinhua quoted Zhou Li as saying the railway …", "The agency quoted
 * al-Gohary as saying that …": the words are the person's between
 * "quoted" and "as", and the outlet before it reported them.  Returns 1
 * when cue k ("saying" after "as") is read so, 0 when it is no such cue.
 */
static int
quoted_as(struct an_ctx *ctx, size_t k)
{
	size_t q, b, o = WS_NONE;
	struct ws_span via = { 0, 0 };
	struct an_claim *cl;

	/* "as" is the contrast conjunction that is no conjunction of sequence ("while"). */
	if (k < 3 || !tok_has(ctx, k - 1, W_CONJ_CONTRAST) || tok_has(ctx, k - 1, W_CONJ_SEQUENCE) ||
	    !(ctx->ti[k].cue->flags & LEXF_ING))
		return 0;
	for (q = k - 2; q > 0 && k - q <= QUOTED_NAME_MAX && !(ctx->ti[q].outw & OUTW_QUOTED); q--)
		if (!tok_is(ctx, q, WS_TOK_WORD) && !an_tok_punct(ctx, q, '.') && !an_tok_punct(ctx, q, '-') &&
		    !an_tok_punct(ctx, q, ','))
			return 0;
	if (!(ctx->ti[q].outw & OUTW_QUOTED) || q + 1 >= k - 1)
		return 0;
	if (tok_has(ctx, q + 1, W_PREP_AGENT))
		return quoted_by_as(ctx, q, k);
	/* "quoted Lyudmila Voronina, a deputy chair of the committee, as saying": the name before the comma. */
	for (b = q + 1; b < k - 1 && !an_tok_punct(ctx, b, ','); b++)
		;
	if (b == q + 1)
		return 0;
	for (size_t j = 0; j < q; j++)
		if (ctx->ti[j].outlet_at != WS_NONE) {
			o = ctx->ti[j].outlet_at;
			via = an_outlet_name_at(ctx, j);
		}
	if ((cl = as_saying_claim(ctx, k)) == NULL)
		return 0;
	cl->c.outlet = o;
	cl->c.via = via;
	cl->by_tok = q + 1;
	cl->by_end = b;
	set_span(&cl->c.by, ctx, q + 1, b);
	return 1;
}

/* The claim, if any, that cue k makes; the readers' "made one" is not needed. */
static void
read_cue(struct an_ctx *ctx, size_t k)
{
	if (quoted_as(ctx, k))
		return;
	switch (ctx->ti[k].cue->cls) {
	case CUE_ACCORDING:
		(void)according(ctx, k);
		break;
	case CUE_SPEECH:
	case CUE_TELL:
	case CUE_BELIEF:
	case CUE_EVIDENCE:
	case CUE_STANCE:
		(void)speech(ctx, k);
		break;
	default:
		break;
	}
}

/* Is cue k inside a quotation that opened before it ("“I said no,” Okafor recalled")? */
static int
quoted_cue(const struct an_ctx *ctx, size_t k)
{
	size_t d = ws_sentence_first_token(ctx->doc, ctx->sent) + k;
	const struct an_quote *q;

	return ctx->ti[k].cue->cls != CUE_ACCORDING && (q = an_quote_at(ctx, d)) != NULL &&
	       q->closed && q->open < d;
}

/*
 * The cues of the sentence, left to right.  A cue that made a claim is
 * stepped over whole, and a reader may set ctx->skip_to past words that
 * are not claims ("Asked about the delay, …").
 */
static void
read_cues(struct an_ctx *ctx)
{
	size_t k = 0, tried = 0;

	while (k < ctx->ntok) {
		const struct lex_entry *cue = ctx->ti[k].cue;
		size_t n = ctx->nsc;

		/* No cue: "reportedly", an auxiliary, may still credit its clause. */
		if (cue == NULL || cue->kind != LEX_CUE || ctx->ti[k].in_name) {
			if (cue != NULL && cue->kind == LEX_AUX)
				reportedly(ctx, k);
			k++;
			continue;
		}
		/* A cue inside a quotation is the speaker's own words, not a claim of the article. */
		if (quoted_cue(ctx, k)) {
			k++;
			continue;
		}
		/*
		 * Past a few hundred cues a "sentence" is not prose: stop, so that
		 * the claims of one sentence stay few whatever the input.
		 */
		if (++tried > AN_SENTENCE_MAX_CUES)
			break;
		read_cue(ctx, k);
		k = ctx->nsc > n ? ctx->ti[k].cue_end : k + 1;
		if (ctx->skip_to > k)
			k = ctx->skip_to;
	}
}

/* The claims in the order of their cues, which resolution relies on (stable, few). */
static void
sort_claims(struct an_ctx *ctx)
{
	for (size_t i = 1; i < ctx->nsc; i++) {
		struct an_claim cl = ctx->sc[i];
		size_t j = i;

		for (; j > 0 && ctx->sc[j - 1].cue_tok > cl.cue_tok; j--)
			ctx->sc[j] = ctx->sc[j - 1];
		ctx->sc[j] = cl;
	}
}

/*
 * A sentence's claims: "Okafor: …" first, then each cue, then "X said:"
 * before a quotation; claims inside another's content are dropped.
 */
void
an_find_claims(struct an_ctx *ctx)
{
	an_find_cuts(ctx);
	an_count_marks(ctx);
	ctx->skip_to = 0;
	name_colon(ctx);
	read_cues(ctx);
	colon_intro(ctx);
	drop_nested(ctx);
	sort_claims(ctx);
}
