/*
 * Resolution: who the words that credit a claim point at.
 *
 * Frames first: a claim credited to an outlet ("Politico reports …",
 * "according to the AP, …", "the outlet went on to report that …") whose
 * content holds another cue is not a claim of its own: it tells which
 * outlet reported the inner one ("Politico reports Kerry said X": Kerry
 * said X, Politico reported it).
 *
 * Then the subject a cue was found without, or behind words that are
 * none (an apposition between commas or dashes, "has long", "in April",
 * "has, in fact,", a second verb after "and"): the sentence's subject
 * before them speaks.  "Asked by X" credits X.
 *
 * Then each claim's "by" words: an outlet or a person named in them; "he"
 * or "she" to a person of that gender (unknown gender fits either),
 * preferring the subject the sentence opened with, then one named earlier
 * in it (not inside a quotation), then the last speaker, then the people
 * named lately; "the vice president" to the person with that role.  A cue
 * with no credit after ", adding" or "but added" goes on from the claim
 * before it.  Only the sentence and bounded recency lists are searched.
 *
 * Last, floating quotations: a quotation with no cue of its own is
 * credited to who is named right by it ("“…,” an angry X snapped", "X
 * grinned: “…”", "She went on to say: “…”"), else, right after an
 * attributed claim, keeps that claim's speaker.
 *
 * The work stays linear (issue 16).  Each claim is resolved once, and
 * its loops walk its own words (its credit, what lies between the credit
 * and the cue, a name's tokens), whose sum grows with the text as
 * tests/test_linear checks; or a window of a constant size (the _MAX and
 * _SPAN bounds below, each roomier than what a real sentence puts there,
 * so no real attribution is cut); or the bounded recency lists.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze_int.h"

#define FLOAT_MIN_WORDS 6
_Static_assert(FLOAT_MIN_WORDS < AN_QUOTE_WORDS_MAX, "a quotation's words are counted past it");
#define SPEAKER_SENTENCES 4
#define PRONOUN_BACK 40		/* tokens searched back in a sentence for "he" */
#define FRAME_INNER_MAX 4	/* claims a frame credits: "Politico reports X said" */
#define NESTED_MAX 8		/* claims in a sentence that may nest */
#define HEARER_MAX 5		/* tokens after "told" where the hearer is named */
#define APPOSITION_MAX 12	/* tokens between a credit and its cue searched for "to CNN" */
#define QUOTE_NAME_GAP 4	/* words between a quotation and a name by it */
#define QUOTE_CLAUSE_MAX 10	/* words of the clause before ", “…”" */
#define BETWEEN_MAX 8		/* words between a subject and its cue ("has since") */
#define APPOSITION_SPAN 40	/* tokens searched back for the dash opening an apposition */
#define NP_START_MAX 8		/* words of a subject before the phrase that ends it */

/* The last person named in sentence tokens [a, b): a claim's credit, or what follows it to the cue. */
static size_t
person_in(const struct an_ctx *ctx, size_t a, size_t b)
{
	size_t p = WS_NONE;

	for (size_t k = a; k < b; k++) {	/* a claim's own words, a few times per claim */
		ctx->an->work++;
		if (ctx->ti[k].person != WS_NONE)
			p = ctx->ti[k].person;
	}
	return p;
}

/* The first sentence token of [a, b) that names an outlet, or WS_NONE. */
static size_t
outlet_token_in(const struct an_ctx *ctx, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++) {	/* a claim's own words, or a window of 2 */
		ctx->an->work++;
		if (ctx->ti[k].outlet_at != WS_NONE)
			return k;
	}
	return WS_NONE;
}

static size_t
outlet_in(const struct an_ctx *ctx, size_t a, size_t b)
{
	size_t k = outlet_token_in(ctx, a, b);

	return k != WS_NONE ? ctx->ti[k].outlet_at : WS_NONE;
}

/* The bytes of sentence tokens [a, b). */
static struct ws_span
token_bytes(const struct an_ctx *ctx, size_t a, size_t b)
{
	struct ws_span sp = { tok_start(ctx, a), (uint32_t)tok_end(ctx, b - 1) };

	return sp;
}

struct ws_span
an_outlet_name_at(const struct an_ctx *ctx, size_t k)
{
	size_t o = ctx->ti[k].outlet_at, a = k, b = k + 1;

	/* One mention's tokens: a lexicon entry's words, or OUTLET_WORDS_MAX (analyze_mentions.c). */
	while (a > 0 && ctx->ti[a - 1].outlet_at == o)
		a--;
	while (b < ctx->ntok && ctx->ti[b].outlet_at == o)
		b++;
	return token_bytes(ctx, a, b);
}

#define OPENER_HEARER_AT 3	/* words before "interview" in "In an interview with X," */
#define OPENER_OUTLET_AT 9	/* "Speaking to the French-language weekly Al-Ahram": tokens to the outlet */

/*
 * The outlet the sentence's opening phrase says the person spoke to: "In
 * an interview with the Associated Press after the meetings, Okafor said
 * …", "Speaking to Reuters on Monday, Okafor said …", "Writing in the
 * Frankfurter Allgemeine Zeitung, critic Johannes Brückner called …".  The phrase opens
 * the sentence, a hearer word ("interview", "speaking") and "with" or
 * "to" name the outlet, and a comma closes it before the credit.
 * Returns the sentence token that names the outlet, or WS_NONE.
 */
#define OPENER_ROLE_WORDS 3	/* "chief music critic" */

static size_t
outlet_in_opener(const struct an_ctx *ctx, const struct an_claim *cl)
{
	size_t h, o, a = cl->by_tok;

	/* "…, critic Johannes Brückner called": a role in lower case between the comma and the name. */
	for (size_t n = 0; a != WS_NONE && a > 3 && n < OPENER_ROLE_WORDS && tok_is(ctx, a - 1, WS_TOK_WORD) &&
			   !tok_is(ctx, a - 1, WS_TOK_CAP); n++)
		a--;
	if (a == WS_NONE || a < 3 || !an_tok_punct(ctx, a - 1, ','))
		return WS_NONE;
	for (h = ctx->first_word; h < a && h <= ctx->first_word + OPENER_HEARER_AT; h++)
		if (ctx->ti[h].outw & OUTW_HEARER)
			break;
	/* "with", "to", and "in", "on", "for" ("Writing in the Frankfurter Allgemeine Zeitung,"). */
	if (h >= a || h > ctx->first_word + OPENER_HEARER_AT || h + 2 >= a ||
	    !tok_has(ctx, h + 1, W_ANY(W_PREP_TO, W_PREP_WITH, W_PREPOSITION)))
		return WS_NONE;
	/* Bounded: the phrase is a few words long ("after the meetings"), never a clause. */
	if ((o = outlet_token_in(ctx, h + 2, h + OPENER_OUTLET_AT < a ? h + OPENER_OUTLET_AT : a)) == WS_NONE ||
	    a - o > APPOSITION_MAX)
		return WS_NONE;
	/* Nothing between the outlet and the comma (APPOSITION_MAX tokens) may be a cue or a quotation. */
	for (size_t k = o + 1; k + 1 < a; k++)
		if (an_is_cue(ctx, k) || an_is_quote_mark(ctx, k, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
			return WS_NONE;
	return o;
}

/*
 * The outlet a person spoke to, which then reported the claim: the hearer
 * right after the cue ("told the Associated Press that …", "told
 * Chinese-language daily Lianhe Zaobao that …") or an outlet after "to"
 * or "with" between the credit and the cue ("Hughes, speaking later to
 * BBC News, said …", "Her agent, contacted by The Irish Times, said …").
 * Bounded: a few tokens either way.  Returns the sentence token that
 * names it, or WS_NONE.
 */
static size_t
outlet_spoken_to(const struct an_ctx *ctx, const struct an_claim *cl)
{
	size_t stop = cl->cue_end + HEARER_MAX < ctx->ntok ? cl->cue_end + HEARER_MAX : ctx->ntok, o;

	for (size_t k = cl->cue_end; k < stop; k++) {
		if (ctx->ti[k].outlet_at != WS_NONE)
			return k;
		if (tok_has(ctx, k, W_COMPLEMENTIZER) || (!tok_is(ctx, k, WS_TOK_WORD) && !an_mark_inside(ctx, k, '-')))
			break;
	}
	for (size_t k = cl->by_end; k < cl->cue_tok && k < cl->by_end + APPOSITION_MAX; k++)
		if ((tok_has(ctx, k, W_ANY(W_PREP_TO, W_PREP_WITH)) ||
		     (k > 0 && tok_has(ctx, k, W_PREP_AGENT) && (ctx->ti[k - 1].outw & OUTW_HEARER))) &&
		    (o = outlet_token_in(ctx, k + 1, k + 4 < cl->cue_tok ? k + 4 : cl->cue_tok)) != WS_NONE)
			return o;
	return outlet_in_opener(ctx, cl);
}


/*
 * The person the credit [a, b) names as its head: not one named with a
 * possessive before what speaks ("Moreau's office said", "Maria Okafor’s
 * deputy said").
 */
static size_t
head_person_in(const struct an_ctx *ctx, size_t a, size_t b)
{
	size_t p = WS_NONE;

	/* The credit's tokens once: a name is stepped over whole. */
	for (size_t k = a; k < b; k++) {
		size_t q = ctx->ti[k].person, e = k;

		ctx->an->work++;
		if (q == WS_NONE)
			continue;
		while (e + 1 < b && ctx->ti[e + 1].person == q)
			e++;
		if (e + 1 >= b || an_name_len(ctx, e) == ws_token_len(&ctx->tok[e]))
			p = q;
		k = e;
	}
	return p;
}

#define SERVED_TOKENS 8	/* tokens of the role before its preposition: "The sugarcane workers' union" */

/*
 * "A spokesman for Tesla said", "a lawyer for Okafor said", "Aid workers
 * in Gaza said", "The former CEO of Hewlett-Packard said": a credit whose
 * head is a noun in lower case (or a title after an article), then a
 * preposition that ends a role's head (role-end: "for", "of", "in").
 * Whoever holds the role is not named; the name after the preposition is
 * whom it serves or where it is, no more the speaker than Moreau is in
 * "Moreau's office said".  Returns where the preposition stands in the
 * credit [a, b), else b.
 */
static size_t
served_from(const struct an_ctx *ctx, size_t a, size_t b)
{
	size_t title_end = a;

	for (size_t k = a + 1; k + 1 < b && k < a + SERVED_TOKENS; k++) {
		/* "Secretary of State John Kerry": the "of" of a title is no role's end. */
		if (ctx->ti[k - 1].title != NULL && ctx->ti[k - 1].title_end > title_end)
			title_end = ctx->ti[k - 1].title_end;
		if (tok_has(ctx, k, W_ROLE_END) && !tok_is(ctx, k, WS_TOK_CAP) && k >= title_end)
			return tok_is(ctx, k - 1, WS_TOK_WORD) &&
			       (!tok_is(ctx, k - 1, WS_TOK_CAP) || tok_has(ctx, k - 1, W_NOT_NAME) ||
				(ctx->ti[k - 1].title != NULL && tok_has(ctx, a, W_ARTICLE))) ? k : b;
		if (ctx->ti[k].person != WS_NONE)
			return b;
	}
	return b;
}

#define AFFILIATED_TOKENS 8	/* tokens of the name before "of": "R.J. Whitcomb Jr." */

/*
 * "Lu Xiaoqing of Meridian Research said", "Tom Lee with Fundstrat
 * said": a credit that opens with two capitalised words or more, then a
 * preposition of belonging (an_affiliation()), is the name of someone of
 * a body.  Returns the preposition, else b.
 */
static size_t
affiliated_until(const struct an_ctx *ctx, size_t a, size_t b)
{
	for (size_t k = a; k < b && k < a + AFFILIATED_TOKENS; k++) {
		if (ctx->ti[k].title != NULL)
			return b;	/* "Minister of State Cathal Mac Suibhne" */
		if (k > a && an_affiliation(ctx, k))	/* two words at least: not "Member of …" */
			return tok_is(ctx, k - 1, WS_TOK_WORD) && k >= a + 2 ? k : b;
		/* Capitalised words, and the marks glued to them: "R.J.", "Jr.", "Al-Amin". */
		if (!tok_is(ctx, k, WS_TOK_CAP) && (k == a || tok_is(ctx, k, WS_TOK_WORD) ||
						   tok_end(ctx, k - 1) != tok_start(ctx, k)))
			return b;
	}
	return b;
}

static int
fits(const struct an_ctx *ctx, size_t p, unsigned char gender)
{
	enum ws_gender g = ctx->an->people[p].gender;

	return gender == WS_GENDER_UNKNOWN || g == WS_GENDER_UNKNOWN || g == gender;
}

/*
 * Is sentence token j inside a participle that opens the sentence before
 * the comma ahead of k: "Asked about Berg's comments, he said", or after
 * a preposition, "After beating Laura Kessler, she told …" (whoever is
 * beaten is not who speaks)?
 */
int
an_in_participle_opener(const struct an_ctx *ctx, size_t j, size_t k)
{
	size_t w = ctx->first_word;

	if (w >= ctx->ntok || ctx->first_comma == WS_NONE || j >= ctx->first_comma || ctx->first_comma >= k)
		return 0;
	if (ctx->ti[w].cue != NULL && ctx->ti[w].cue->kind == LEX_CUE &&
	    ((ctx->ti[w].cue->flags & LEXF_ING) || tok_has(ctx, w, W_VERB_ASKED)))
		return 1;
	/* "After beating X,", "Despite losing to X,", "Beating X in three sets,": X is the verb's. */
	if (tok_has(ctx, w, W_ANY(W_PREPOSITION, W_SUBORDINATOR)))
		w++;
	return w < j && !tok_is(ctx, w, WS_TOK_CAP) && an_is_ing(ctx, w);
}

/*
 * Is person p named in the sentence at work before sentence token k,
 * not in a participle opening it ("After beating Kessler, she said")?
 */
static int
subject_before(const struct an_ctx *ctx, size_t p, size_t k)
{
	for (size_t j = 0; j < k && j < PRONOUN_BACK; j++)
		if (ctx->ti[j].person == p && !an_in_participle_opener(ctx, j, k))
			return 1;
	return 0;
}


static size_t
resolve_pronoun(struct an_ctx *ctx, size_t k, unsigned char gender)
{
	size_t p, first = ws_sentence_first_token(ctx->doc, ctx->sent);
	const struct an_quote *q = an_quote_at(ctx, first + k);

	/*
	 * The sentence's subject before anyone named after it: "Sanders
	 * insisted, with Weaver behind him, as he urged …" is Sanders.
	 */
	if (ctx->last_subject != WS_NONE && ctx->last_subject_sent == ctx->sent + 1 &&
	    fits(ctx, ctx->last_subject, gender) && subject_before(ctx, ctx->last_subject, k))
		return ctx->last_subject;
	/*
	 * A person named inside a quotation ("“… Sanders should stay,” he
	 * added") is not "he", nor one named in a participle opening the
	 * sentence: "Asked about Berg's comments, he said" is someone else.
	 */
	for (size_t j = k; j-- > 0 && j + PRONOUN_BACK > k;)
		if ((p = ctx->ti[j].person) != WS_NONE && fits(ctx, p, gender) &&
		    an_quote_at(ctx, first + j) == q && !an_in_participle_opener(ctx, j, k))
			return p;
	/*
	 * "A neighbor who asked not to be named said … “…,” she said": someone
	 * unnamed who spoke last, in this sentence or the one before, after
	 * anyone named spoke or opened a sentence, is who goes on.
	 */
	if (ctx->unnamed_sent != 0 && ctx->sent + 1 <= ctx->unnamed_sent + 1 &&
	    (ctx->last_speaker == WS_NONE || ctx->unnamed_sent - 1 > ctx->last_speaker_sent) &&
	    (ctx->last_subject == WS_NONE || ctx->unnamed_sent >= ctx->last_subject_sent))
		return WS_NONE;
	/* The subject of a later sentence than the last speaker's claim takes over. */
	if (ctx->last_subject != WS_NONE && fits(ctx, ctx->last_subject, gender) &&
	    ctx->last_subject_sent - 1 > ctx->last_speaker_sent &&
	    ctx->sent < ctx->last_subject_sent + SPEAKER_SENTENCES)
		return ctx->last_subject;
	if (ctx->last_speaker != WS_NONE && fits(ctx, ctx->last_speaker, gender) &&
	    ctx->sent <= ctx->last_speaker_sent + SPEAKER_SENTENCES)
		return ctx->last_speaker;
	for (size_t i = 0; i < ctx->nrecent; i++)
		if (fits(ctx, ctx->recent[i], gender))
			return ctx->recent[i];
	return WS_NONE;
}

/*
 * Does the role end with the noun at t (len bytes) — "the spokeswoman"
 * for "a spokeswoman for the commission", "the MEP" for "French centrist
 * MEP", "the governor" for "Gov." (an abbreviated title matches a noun it
 * begins)?  The role's head is its last word before the first word, not
 * its first nor its last, that the lexicon says ends one (role-end:
 * "for", "of", "at"...).  t_kinds: t's word kinds (lex_word_kinds()),
 * found once by the caller for all the roles it weighs.
 */
static int
role_head_is(const struct an_ctx *ctx, const char *role, const char *t, size_t len,
	     wk_set t_kinds)
{
	size_t end = strlen(role), start, hlen;
	wk_set head;

	/* A role is a few words: ROLE_MAX_TOKENS at most, or a title of the lexicon. */
	for (const char *w = strchr(role, ' '); w != NULL; w = strchr(w + 1, ' ')) {
		const char *next = strchr(w + 1, ' ');

		/* "the French MEP who steered the bill": the head comes before "who" too. */
		if (next != NULL &&
		    wk_any(lex_word_kinds(ctx->lex, w + 1, (size_t)(next - w - 1)),
			   W_ANY(W_ROLE_END, W_REL_PERSON))) {
			end = (size_t)(w - role);
			break;
		}
	}
	for (start = end; start > 0 && role[start - 1] != ' '; start--)
		;
	hlen = end - start;
	if (hlen == len && strncasecmp(role + start, t, len) == 0)
		return 1;
	/* "the lawmaker" and an MEP, "the judge" and a Justice: one family of roles. */
	head = lex_word_kinds(ctx->lex, role + start, hlen - (hlen > 1 && role[end - 1] == '.'));
	if (wk_any(wk_and(head, t_kinds), W_ROLE_FAMILIES))
		return 1;
	/* "Gov." and "governor", "Sen." and "senator". */
	return hlen >= 3 && role[end - 1] == '.' && hlen - 1 < len &&
	       strncasecmp(role + start, t, hlen - 1) == 0;
}

/*
 * "the vice president", "the spokeswoman", "the governor": the person
 * lately named with that role.  The reference is the last "the …" of the
 * credit ("In a video posted …, the mayor"), or "its …": "the town's
 * plan, its mayor said" is the mayor's ("his wife" is no role).
 */
static size_t
resolve_role(const struct an_ctx *ctx, size_t a, size_t b)
{
	size_t start, len, t = WS_NONE;
	const char *head;
	wk_set kinds;

	for (size_t k = a; k + 1 < b; k++)	/* the credit's tokens, once for the claim */
		if (tok_has(ctx, k, W_ANY(W_THE, W_POSSESSIVE_BODY)))
			t = k;
	if (t == WS_NONE)
		return WS_NONE;
	start = tok_start(ctx, t + 1);
	len = tok_end(ctx, b - 1) - start;
	head = an_text(ctx, b - 1, &len);
	len = ws_token_len(&ctx->tok[b - 1]);
	kinds = lex_word_kinds(ctx->lex, head, len);	/* once, not once a person */
	for (size_t i = 0; i < ctx->nrecent; i++) {
		const char *role = ctx->an->people[ctx->recent[i]].role;
		size_t rlen, plen = tok_end(ctx, b - 1) - start;

		if (role == NULL)
			continue;
		rlen = strlen(role);
		if ((rlen >= plen && strncasecmp(role + rlen - plen, ctx->s + start, plen) == 0 &&
		     (rlen == plen || role[rlen - plen - 1] == ' ')) ||
		    role_head_is(ctx, role, head, len, kinds))
			return ctx->recent[i];
	}
	return WS_NONE;
}

#define DESCRIBED_TOKENS 5	/* after "the": "New Mexico Democrat", "27 - year - old" */

/* Are sentence tokens [a, b) capitalised words, no possessive among them ("New Mexico")? */
static int
capitalised_words(const struct an_ctx *ctx, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (!tok_is(ctx, k, WS_TOK_CAP) || an_name_len(ctx, k) != ws_token_len(&ctx->tok[k]))
			return 0;
	return 1;
}

/*
 * "the Democrat", "the New Mexico Democrat", "the Briton", "the
 * 27-year-old": a credit [a, b) that describes someone named before, as
 * a reporter varies a name (descriptor in data/names.txt, a nationality,
 * an age); not "The ad touts Shuster's conservative".
 */
static int
described_person(const struct an_ctx *ctx, size_t a, size_t b)
{
	size_t len;
	const char *t;

	if (b < a + 2 || b - a > DESCRIBED_TOKENS + 1 || !tok_has(ctx, a, W_THE))
		return 0;
	if (capitalised_words(ctx, a + 1, b - 1) &&
	    (tok_has(ctx, b - 1, W_DESCRIPTOR) ||
	     (tok_has(ctx, b - 1, W_ADJECTIVE) && tok_is(ctx, b - 1, WS_TOK_CAP) && b == a + 2)))
		return 1;	/* "the Democrat", "the Air Force veteran", "the American" */
	/* "the 27-year-old" */
	t = an_text(ctx, b - 1, &len);
	return b >= a + 4 && len == 3 && memcmp(t, "old", 3) == 0 && an_tok_punct(ctx, b - 2, '-') &&
	       an_tok_punct(ctx, b - 4, '-');
}

/* Where [a, b) goes on with a preposition in lower case ("from Chengdu"), or b. */
static size_t
before_preposition(const struct an_ctx *ctx, size_t a, size_t b)
{
	for (size_t k = a + 1; k < b && k <= a + DESCRIBED_TOKENS + 1; k++)
		if (!tok_is(ctx, k, WS_TOK_CAP) && tok_has(ctx, k, W_PREP_SUBJECT))
			return k;
	return b;
}

/* "he" or "she": a pronoun-subject of a gender. */
static int
is_subject_pronoun(const struct an_ctx *ctx, size_t k)
{
	return tok_has(ctx, k, W_PRON_SUBJECT) && ctx->ti[k].pronoun > 1 + WS_GENDER_UNKNOWN;
}

/* Are sentence tokens a and b the two hyphens of a "--" set off by spaces? */
static int
double_hyphen(const struct an_ctx *ctx, size_t a, size_t b)
{
	return an_tok_punct(ctx, a, '-') && an_tok_punct(ctx, b, '-') &&
	       tok_end(ctx, a) == tok_start(ctx, b) &&
	       (a == 0 || tok_end(ctx, a - 1) < tok_start(ctx, a)) &&
	       (b + 1 >= ctx->ntok || tok_end(ctx, b) < tok_start(ctx, b + 1));
}

static int
is_dash(const struct an_ctx *ctx, size_t k)
{
	size_t len;
	const char *t = an_text(ctx, k, &len);

	/* A hyphen set off by spaces is a dash too: "Sims - a teacher - says". */
	return (len == 3 && (memcmp(t, "\xe2\x80\x94", 3) == 0 || memcmp(t, "\xe2\x80\x93", 3) == 0)) ||
	       (len == 2 && memcmp(t, "--", 2) == 0) ||
	       (len == 1 && *t == '-' && k > 0 && k + 1 < ctx->ntok &&
		((tok_end(ctx, k - 1) < tok_start(ctx, k) &&
		  tok_end(ctx, k) < tok_start(ctx, k + 1)) ||
		 double_hyphen(ctx, k - 1, k) || double_hyphen(ctx, k, k + 1)));
}

/*
 * Words between a subject and its cue: "has since", "jokingly", "last
 * month", "has long", "on Monday", "in April", "has not": an aux, an
 * adverb in -ly, an adverbial, a negation, a weekday or a month (not
 * "may", a modal).
 */
static int
between_subject_and_cue(const struct an_ctx *ctx, size_t j)
{
	const struct an_tok *ti = &ctx->ti[j];
	size_t len;
	const char *t = an_text(ctx, j, &len);

	if (ti->cue != NULL && ti->cue->kind == LEX_AUX && ti->cue_end == j + 1)
		return 1;
	if (len > 4 && t[len - 2] == 'l' && t[len - 1] == 'y' && !tok_is(ctx, j, WS_TOK_CAP))
		return 1;
	if (tok_has(ctx, j, W_ANY(W_ADVERBIAL, W_NEGATION, W_WEEKDAY)) ||
	    (tok_has(ctx, j, W_MONTH) && !tok_has(ctx, j, W_MODAL)))
		return 1;
	/* "Smith and Jones have both argued"; "Both" opening a sentence is its subject. */
	return tok_has(ctx, j, W_QUANT_FLOATING) && j > 0 &&
	       tok_is(ctx, j - 1, WS_TOK_WORD) && !tok_has(ctx, j - 1, W_COORDINATOR);
}

/*
 * Does the cue at sentence token k go on from the claim before it: ",
 * adding that …", "said …, but added …", "said … before adding …"?
 */
static int
continues_claim(const struct an_ctx *ctx, size_t k)
{
	for (size_t n = 0; k > 0 && n < BETWEEN_MAX && between_subject_and_cue(ctx, k - 1); n++)
		k--;
	return k > 0 && (an_tok_punct(ctx, k - 1, ',') ||
			 tok_has(ctx, k - 1, W_ANY(W_COORDINATOR, W_CONJ_SEQUENCE)));
}

static void
set_by(struct an_ctx *ctx, struct an_claim *cl, size_t a, size_t b)
{
	cl->by_tok = a;
	cl->by_end = b;
	cl->c.by.start = tok_start(ctx, a);
	cl->c.by.end = tok_end(ctx, b - 1);
}

/*
 * The outlet named at sentence token k reported claim cl; `via` are the
 * words that say so.
 */
static void
credit_outlet(struct an_claim *cl, const struct an_ctx *ctx, size_t k, struct ws_span via)
{
	cl->c.outlet = ctx->ti[k].outlet_at;
	cl->c.via = via;
}

/*
 * The outlet of claim cl from its credit [a, b): one named in it ("The
 * outlet went on to report": the credit is the outlet's words; "Politico's
 * Ana Ruiz said": its name is), else the one the person spoke to ("told
 * the Associated Press").  A frame may have given the outlet already
 * ("The agency, citing officials, reported …"): when the credit names
 * that outlet too, its words are the ones that credit it.
 */
static void
credit_outlet_of(struct an_ctx *ctx, struct an_claim *cl, size_t a, size_t b)
{
	size_t k = outlet_token_in(ctx, a, b);

	if (k != WS_NONE && (cl->c.outlet == WS_NONE || cl->c.outlet == ctx->ti[k].outlet_at))
		credit_outlet(cl, ctx, k, person_in(ctx, a, b) == WS_NONE ? token_bytes(ctx, a, b) :
					  an_outlet_name_at(ctx, k));
	else if (cl->c.outlet == WS_NONE && (k = outlet_spoken_to(ctx, cl)) != WS_NONE)
		credit_outlet(cl, ctx, k, an_outlet_name_at(ctx, k));
}

#define CITED_SENTENCES 2	/* how soon "The officials said" follows "citing two officials" */

/*
 * "The Kyiv Independent, citing two officials familiar with the talks,
 * reported that … The officials said …": the group an outlet cited,
 * speaking again in the next sentences ("the officials"), is heard
 * through that outlet.
 */
static void
cited_group_outlet(struct an_ctx *ctx, struct an_claim *cl, size_t a, size_t b)
{
	size_t len;
	const char *t;

	if (cl->c.outlet != WS_NONE || ctx->cited_group == 0 || b != a + 2 || !tok_has(ctx, a, W_THE) ||
	    ctx->sent > ctx->cited_sent + CITED_SENTENCES || ctx->sent <= ctx->cited_sent)
		return;
	t = an_text(ctx, a + 1, &len);
	if (lex_key(t, len) == ctx->cited_group)
		cl->c.outlet = ctx->cited_outlet;
}

/*
 * "Jamal Whitaker, a recruiter who said he had spent six years there,
 * wrote …": the name before the role that "who" at sentence token a
 * follows, when no rule has made it someone yet (its own cue comes later
 * in the sentence): the cue after the apposition vouches for it.
 */
static size_t
relative_head(struct an_ctx *ctx, size_t a)
{
	size_t c = a, s;

	while (c > 0 && a - c < AN_APPOS_MAX && !an_tok_punct(ctx, c - 1, ','))
		c--;
	if (c < 3 || a - c >= AN_APPOS_MAX || (s = an_np_back(ctx, c - 2)) == WS_NONE || s + 2 > c - 1)
		return WS_NONE;
	/* A name of two words or more: not "Instead, the novice who …". */
	for (size_t j = s; j < c - 1; j++)	/* the name's tokens, an_np_back() bounds them */
		if (tok_is(ctx, j, WS_TOK_WORD) && !tok_is(ctx, j, WS_TOK_CAP))
			return WS_NONE;
	return an_subject_person(ctx, s, c - 1);
}

#define ITSELF_WORDS 4	/* content words that "its" may come after: "calls to its advice line" */

/*
 * "Seatro said it supported the revision", "Threshold said calls to its
 * advice line had risen": a content that opens with "it" and a verb of
 * its own or has "its" in its first words speaks of whoever said it as a
 * thing; a single word no rule made someone's, crediting it, is a body's
 * name, not a person's.  "Okafor said it was too early" is no such: an
 * "it" before "be" stands for no one.
 */
static int
speaks_of_itself(struct an_ctx *ctx, const struct an_claim *cl)
{
	size_t k = an_tok_at(ctx, cl->c.content.start), words = 0;

	if (k < ctx->ntok && tok_has(ctx, k, W_PRON_NEUTER) && tok_start(ctx, k) == cl->c.content.start) {
		size_t v = k + 1;

		if (v < ctx->ntok && tok_has(ctx, v, W_MODAL))
			v++;	/* "it would appeal", not "it would be" */
		return v < ctx->ntok && tok_is(ctx, v, WS_TOK_WORD) && !tok_has(ctx, v, W_BE) &&
		       !an_is_adverb(ctx, v);
	}
	for (; k < ctx->ntok && tok_start(ctx, k) < cl->c.content.end && words < ITSELF_WORDS; k++) {
		if (!tok_is(ctx, k, WS_TOK_WORD))
			continue;
		if (tok_has(ctx, k, W_POSSESSIVE_BODY))
			return 1;
		words++;
	}
	return 0;
}

/* Credit claim cl; prev is the claim before it in the sentence (speaker, outlet and via only). */
static void
credit(struct an_ctx *ctx, struct an_claim *cl, const struct ws_claim *prev)
{
	size_t a = cl->by_tok, b = cl->by_end, served, of;

	if (a >= b) {
		if (continues_claim(ctx, cl->cue_tok)) {
			cl->c.speaker = prev->speaker;
			if (cl->c.outlet == WS_NONE) {
				cl->c.outlet = prev->outlet;
				cl->c.via = prev->via;
			}
		}
		return;
	}
	credit_outlet_of(ctx, cl, a, b);
	cited_group_outlet(ctx, cl, a, b);
	/* "reporting by El Tiempo, which revealed that …": the outlet before "which" */
	if (b == a + 1 && cl->c.outlet == WS_NONE && tok_has(ctx, a, W_REL_THING) && a >= 2 &&
	    an_tok_punct(ctx, a - 1, ',') && ctx->ti[a - 2].outlet_at != WS_NONE) {
		credit_outlet(cl, ctx, a - 2, an_outlet_name_at(ctx, a - 2));
		return;
	}
	/*
	 * "A group backing Jeb Bush for president, Mike Murphy, praised …":
	 * a name set off by commas right before the cue is who speaks.
	 */
	if (b + 2 < cl->cue_tok && an_tok_punct(ctx, b, ',') && an_tok_punct(ctx, cl->cue_tok - 1, ',') &&
	    ctx->ti[b + 1].person != WS_NONE && person_in(ctx, a, b) != WS_NONE) {
		size_t p = ctx->ti[b + 1].person, e = b + 1;

		while (e < cl->cue_tok && ctx->ti[e].person == p)	/* a name's tokens */
			e++;
		if (e == cl->cue_tok - 1) {
			cl->c.speaker = p;
			set_by(ctx, cl, b + 1, e);
			return;
		}
	}
	served = served_from(ctx, a, b);
	of = cl->cls != CUE_ACCORDING ? affiliated_until(ctx, a, b) : b;
	if ((cl->c.speaker = head_person_in(ctx, a, served < of ? served : of)) != WS_NONE)
		return;
	/*
	 * "The port's chief executive, Daniel Hughes, said": the person in the
	 * apposition; after "a spokesman for X", a name right after the comma
	 * ("A spokeswoman for the ministry, Olga Ivanova, said"), not one in a
	 * clause about X ("An aide for Mr. Lyovochkin, who paid Mr. Manafort, said").
	 */
	if (b < cl->cue_tok && an_tok_punct(ctx, b, ',') &&
	    (served == b || ctx->ti[b + 1].person != WS_NONE || ctx->ti[b + 1].in_name) &&
	    (cl->c.speaker = person_in(ctx, b, cl->cue_tok)) != WS_NONE)
		return;
	/* "Lu Xiaoqing of Meridian Research said": the name the credit opens with. */
	if (of < b && outlet_in(ctx, a, of) == WS_NONE &&
	    (cl->c.speaker = an_subject_person(ctx, a, of)) != WS_NONE)
		return;
	/* "Palm Beach County Supervisor of Elections Susan Bucher said": a title's words, then the name. */
	if (of < b && served == b && (cl->c.speaker = head_person_in(ctx, a, b)) != WS_NONE)
		return;
	if (cl->cls != CUE_ACCORDING && outlet_in(ctx, a, b) == WS_NONE && served == b &&
	    !(b == a + 1 && ctx->ti[a].person == WS_NONE && !an_known_surname(ctx, a) &&
	      speaks_of_itself(ctx, cl))) {
		cl->c.speaker = an_subject_person(ctx, a, b);
		if (cl->c.speaker != WS_NONE)
			return;
	}
	/* "PENCE: …" in a transcript, after "Mike Pence": a known surname in capitals. */
	if (b - a == 1 && tok_is(ctx, a, WS_TOK_ALLCAPS) &&
	    (cl->c.speaker = an_surname_person(ctx, a)) != WS_NONE)
		return;
	if (b - a == 1 && ctx->ti[a].pronoun > 1) {
		unsigned char g = (unsigned char)(ctx->ti[a].pronoun - 1);
		size_t p = resolve_pronoun(ctx, a, g), c;

		/* A name nothing vouched for, later than who else "she" could be. */
		c = an_candidate_person(ctx, p != WS_NONE ? ctx->pinfo[p].last_sentence : WS_NONE, a);
		if (c != WS_NONE)
			p = c;
		if (p != WS_NONE) {
			if (ctx->an->people[p].gender == WS_GENDER_UNKNOWN)
				ctx->an->people[p].gender = g;
			cl->c.speaker = p;
		}
		return;
	}
	if (b - a == 1 && tok_has(ctx, a, W_REL_PERSON)) {
		for (size_t j = a; j-- > 0 && j + PRONOUN_BACK > a;)
			if (ctx->ti[j].person != WS_NONE) {
				cl->c.speaker = ctx->ti[j].person;
				return;
			}
		cl->c.speaker = relative_head(ctx, a);
		return;
	}
	/*
	 * "the senator", also in a frame's content ("Politico reported that
	 * the senator told …"); not the one a role serves: "An aide to the
	 * governor said" is the aide's ("the ambassador at the time" is the
	 * ambassador's).
	 */
	if (outlet_in(ctx, a, b) == WS_NONE)
		cl->c.speaker = resolve_role(ctx, a, served);
	/*
	 * "the Democrat said", "the 27-year-old said": whom "he" or "she"
	 * would be; also with where they are from ("The 23-year-old from
	 * Chengdu told …"), which a descriptor serves no one with.
	 */
	if (cl->c.speaker == WS_NONE && outlet_in(ctx, a, b) == WS_NONE &&
	    described_person(ctx, a, before_preposition(ctx, a, served)))
		cl->c.speaker = resolve_pronoun(ctx, a, WS_GENDER_UNKNOWN);
}

/* The small words of a phrase of time (time-phrase): "at the time", "less than two weeks ago". */
static int
time_glue(const struct an_ctx *ctx, size_t j)
{
	return tok_has(ctx, j, W_TIME_PHRASE);
}

/*
 * Did the subject search stop at an adverb ("The legion has twice
 * complained", "Trump at the time said")?  Then the credit is no one's.
 */
static int
adverbial(const struct an_ctx *ctx, size_t a, size_t b)
{
	int adverb = 0;

	for (size_t k = a; k < b; k++) {	/* the credit's tokens, once for the claim */
		if (ctx->ti[k].in_name || ctx->ti[k].pronoun)
			return 0;
		if (between_subject_and_cue(ctx, k))
			adverb = 1;	/* "April", "Monday" too */
		else if (tok_is(ctx, k, WS_TOK_CAP) || !time_glue(ctx, k))
			return 0;
	}
	return adverb;
}

/* Is sentence token k the period of an abbreviation ("F.B.I.", "Jr.")? */
static int
abbreviation_end(const struct an_ctx *ctx, size_t k)
{
	return k > 0 && an_tok_punct(ctx, k, '.') && tok_is(ctx, k - 1, WS_TOK_WORD) &&
	       tok_is(ctx, k - 1, WS_TOK_CAP) && ws_token_len(&ctx->tok[k - 1]) <= 3 &&
	       tok_end(ctx, k - 1) == tok_start(ctx, k);
}

/* The noun phrase ending before sentence token j, an abbreviation's period included. */
static size_t
np_back_to(const struct an_ctx *ctx, size_t j)
{
	if (j >= 2 && abbreviation_end(ctx, j - 1))
		return an_np_back(ctx, j - 2);
	return an_np_back(ctx, j - 1);
}

/*
 * "The reports show", "Reports indicate", "the post showed": a subject
 * whose noun is a cue word too, ending before sentence token j.  Returns
 * its first token, or WS_NONE.
 */
static size_t
cue_noun_phrase(const struct an_ctx *ctx, size_t j)
{
	size_t a = j - 1, len;
	const char *t = an_text(ctx, a, &len);

	/* "announced plans": a verb, not a noun. */
	if (ctx->ti[a].cue == NULL || ctx->ti[a].cue->kind != LEX_CUE || ctx->ti[a].in_name ||
	    !tok_is(ctx, a, WS_TOK_WORD) || an_ends_ed(t, len, 4) || an_ends_ing(t, len, 5))
		return WS_NONE;
	for (size_t n = 0; a > 0 && n < 3; n++) {
		const struct an_tok *ti = &ctx->ti[a - 1];

		if (wk_any(ti->words, W_REPORT_NOUN_OPENER))
			return a - 1;
		if (!tok_is(ctx, a - 1, WS_TOK_WORD) || ti->cue != NULL || ti->pronoun ||
		    wk_any(ti->words, W_ANY(W_COORDINATOR, W_COMPLEMENTIZER)))
			break;
		a--;
	}
	if (a == 0 || an_tok_punct(ctx, a - 1, ',') || tok_has(ctx, a - 1, W_COORDINATOR))
		return a;
	return WS_NONE;
}

/*
 * "Asked by Okafor whether …", "Hughes was asked by a reporter …": the
 * one asking speaks, not the subject.
 */
static void
asked_by(struct an_ctx *ctx, struct an_claim *cl)
{
	size_t b = cl->cue_end, e;

	if (!tok_has(ctx, cl->cue_tok, W_VERB_ASKED) || b + 1 >= ctx->ntok ||
	    !tok_has(ctx, b, W_PREP_AGENT))
		return;
	if ((e = an_np_forward(ctx, b + 1)) <= b + 1 || e >= ctx->ntok)
		return;
	set_by(ctx, cl, b + 1, e);
	/* The question starts after the one asking. */
	if (cl->c.content.start <= cl->c.by.start && cl->c.content.end > tok_start(ctx, e))
		cl->c.content.start = tok_start(ctx, e);
}

/*
 * "After saying he was tired, the mayor left": an -ing cue in a phrase
 * that opens the sentence is the subject's after its comma.
 */
static void
subject_after_opening(struct an_ctx *ctx, struct an_claim *cl)
{
	size_t k = cl->cue_tok, c = ctx->first_comma, e;

	if (cl->by_tok < cl->by_end || ctx->ti[k].cue == NULL || !(ctx->ti[k].cue->flags & LEXF_ING) ||
	    k == 0 || k > 2 || c == WS_NONE || c < k || c + 1 >= ctx->ntok)
		return;
	if (!tok_has(ctx, k - 1, W_GERUND_OPENER) || (k == 2 && !tok_has(ctx, 0, W_COORDINATOR)))
		return;
	k = c + 1;
	if (ctx->ti[k].person != WS_NONE || ctx->ti[k].outlet_at != WS_NONE) {
		/* A mention's tokens: a name, or an outlet's (OUTLET_WORDS_MAX words). */
		for (e = k; e < ctx->ntok && ctx->ti[e].person == ctx->ti[k].person &&
		     ctx->ti[e].outlet_at == ctx->ti[k].outlet_at; e++)
			;
	} else if (ctx->ti[k].pronoun > 1 && is_subject_pronoun(ctx, k)) {
		e = k + 1;
	} else if (tok_has(ctx, k, W_ARTICLE)) {
		e = an_np_forward(ctx, k);
	} else {
		return;
	}
	if (e > k)
		set_by(ctx, cl, k, e);
}

/*
 * "The three scholars -- Tribe, Epstein and Amar -- agreed", "Federal
 * officials familiar with the server, speaking on condition of anonymity,
 * said": the phrase before the apposition that ends at sentence token c,
 * when that phrase opens the sentence.  Returns its first token (and its
 * end in *end), or WS_NONE.
 */
static size_t
set_off_subject(const struct an_ctx *ctx, size_t c, size_t *end)
{
	size_t o = WS_NONE, a, d;

	if (is_dash(ctx, c)) {
		if (c > 0 && is_dash(ctx, c - 1))
			c--;	/* "--" */
		for (size_t i = c; i-- > 1 && i + APPOSITION_SPAN > c;)
			if (is_dash(ctx, i)) {
				o = i > 0 && is_dash(ctx, i - 1) ? i - 1 : i;
				break;
			}
	} else if (an_tok_punct(ctx, c, ',')) {
		o = ctx->first_comma;
	}
	if (o == WS_NONE || o == 0 || o >= c || (a = an_np_back(ctx, o - 1)) == WS_NONE)
		return WS_NONE;
	d = an_dateline_end(ctx);
	/* "Union officials familiar with the talks": words back to the sentence's start. */
	for (size_t i = a; i > d && a < d + NP_START_MAX; i--) {
		if (!tok_is(ctx, i - 1, WS_TOK_WORD) || ctx->ti[i - 1].cue != NULL ||
		    tok_has(ctx, i - 1, W_COORDINATOR))
			break;
		if (i == d + 1)
			a = d;
	}
	/* Only a phrase opening the sentence ("But", "And" aside) is its subject. */
	if (a > d + 1 || (a == d + 1 && !tok_has(ctx, d, W_COORDINATOR)))
		return WS_NONE;
	*end = o;
	return a;
}

/*
 * ", in fact," or ", once again," ending before sentence token j: where
 * that aside starts, or j when there is none.
 */
static size_t
aside_before(const struct an_ctx *ctx, size_t j)
{
	size_t i;

	if (j < 3 || !an_tok_punct(ctx, j - 1, ','))
		return j;
	for (i = j - 1; i > 0 && i + 4 > j; i--) {
		if (an_tok_punct(ctx, i - 1, ','))
			return i - 1 < j - 2 ? i - 1 : j;
		if (!between_subject_and_cue(ctx, i - 1) && !time_glue(ctx, i - 1) &&
		    !tok_has(ctx, i - 1, W_REPETITION))
			return j;
	}
	return j;
}

/*
 * A cue whose subject was not found before it, where something stands
 * between them: an apposition ("Hemsley, the co-author of a book on
 * rumours, said …", "Sims — a teacher — says …"), a second verb ("Okafor
 * paused and then said …") or an adverb ("The legion has twice
 * complained", "Trump at the time said").  The subject before that
 * speaks, when it names someone.
 */
static void
subject_across(struct an_ctx *ctx, struct an_claim *cl)
{
	size_t j = cl->cue_tok, a, e;
	int adv = 0;

	if (cl->cls == CUE_ACCORDING || j == 0)
		return;
	if (cl->by_tok < cl->by_end) {
		if (cl->by_end > cl->cue_tok || !adverbial(ctx, cl->by_tok, cl->by_end))
			return;
		adv = 1;
	} else if (cl->c.content.start < cl->c.cue.end ||
		   (ctx->ti[j].cue != NULL && (ctx->ti[j].cue->flags & LEXF_ING))) {
		return;
	}
	for (size_t n = 0; j > 0 && n < BETWEEN_MAX; n++) {
		if (between_subject_and_cue(ctx, j - 1) || (adv && time_glue(ctx, j - 1)))
			j--;
		else if (aside_before(ctx, j) != j)
			j = aside_before(ctx, j);	/* "officials have, in fact, praised" */
		else
			break;
	}
	if (j < 1)
		return;
	if (an_tok_punct(ctx, j - 1, ',') || an_tok_punct(ctx, j - 1, ')') || is_dash(ctx, j - 1) ||
	    tok_has(ctx, j - 1, W_COORDINATOR)) {
		if (j >= 2 && (a = an_named_subject(ctx, j - 1, &e)) != WS_NONE && e <= j - 1)
			set_by(ctx, cl, a, e);
		else if (j >= 2 && (a = set_off_subject(ctx, j - 1, &e)) != WS_NONE)
			set_by(ctx, cl, a, e);
		else if (adv)
			cl->by_tok = cl->by_end = 0, cl->c.by.start = cl->c.by.end = 0;
		return;
	}
	/* "47% say": a share of people. */
	if (j >= 2 && an_tok_punct(ctx, j - 1, '%') && tok_is(ctx, j - 2, WS_TOK_NUMBER)) {
		set_by(ctx, cl, j - 2, j);
		return;
	}
	/* "She has since said": the words skipped hid the subject. */
	if (adv || j < cl->cue_tok) {
		if ((a = np_back_to(ctx, j)) != WS_NONE)
			set_by(ctx, cl, a, j);
		if (adv || a != WS_NONE)
			return;
	}
	/* "Joseph R. Biden Jr. said": the abbreviation's period ends the subject. */
	if (abbreviation_end(ctx, j - 1) && (a = np_back_to(ctx, j)) != WS_NONE) {
		set_by(ctx, cl, a, j);
		return;
	}
	/* "a poll that shows": the poll, through "that". */
	if (j >= 2 && tok_has(ctx, j - 1, W_COMPLEMENTIZER) && (a = an_np_back(ctx, j - 2)) != WS_NONE) {
		set_by(ctx, cl, a, j);
		return;
	}
	if ((a = cue_noun_phrase(ctx, j)) != WS_NONE)
		set_by(ctx, cl, a, j);
}

/* Does claim cl credit an outlet for what its content holds? */
static int
is_frame(const struct an_ctx *ctx, const struct an_claim *cl)
{
	if (cl->by_tok >= cl->by_end)
		return 0;
	return outlet_in(ctx, cl->by_tok, cl->by_end) != WS_NONE &&
	       person_in(ctx, cl->by_tok, cl->by_end) == WS_NONE;
}

/*
 * Was frame fr's content cut at the comma before the cue of claim cl,
 * whose credit it holds: "The Star reported that the editor, Maria
 * Lopez, conveyed to her that …" (content "the editor, Maria Lopez")?
 * The walk stops at the first byte that is no comma or blank, and
 * frames() asks it of a claim at most FRAME_INNER_MAX claims from the
 * frame either way, so a byte is walked a bounded number of times.
 */
static int
cut_before_cue(const struct an_ctx *ctx, const struct an_claim *fr, const struct an_claim *cl)
{
	if (cl->c.by.start >= cl->c.by.end || cl->c.by.start < fr->c.content.start ||
	    cl->c.by.start >= fr->c.content.end || cl->c.cue.start < fr->c.content.end)
		return 0;
	for (size_t i = fr->c.content.end; i < cl->c.cue.start; i++) {
		ctx->an->work++;
		if (ctx->s[i] != ',' && ctx->s[i] != ' ' && ctx->s[i] != '\n')
			return 0;
	}
	return 1;
}

/* The words of frame fr that credit its outlet: its credit and its cue, and what is between. */
static struct ws_span
frame_words(const struct an_claim *fr)
{
	struct ws_span w = fr->c.by;

	if (fr->c.cue.start < fr->c.cue.end) {
		if (fr->c.cue.start < w.start)
			w.start = fr->c.cue.start;
		if (fr->c.cue.end > w.end)
			w.end = fr->c.cue.end;
	}
	return w;
}

static void
frames(struct an_ctx *ctx)
{
	for (size_t i = 0; i < ctx->nsc; i++) {
		struct an_claim *fr = &ctx->sc[i];
		size_t o;
		int inner = 0;

		if (!is_frame(ctx, fr))
			continue;
		o = outlet_in(ctx, fr->by_tok, fr->by_end);
		for (size_t j = i > FRAME_INNER_MAX ? i - FRAME_INNER_MAX : 0;
		     j < ctx->nsc && j <= i + FRAME_INNER_MAX; j++) {
			struct an_claim *cl = &ctx->sc[j];

			if (j == i || cl->dropped || cl->c.cue.start < fr->c.content.start ||
			    (cl->c.cue.end > fr->c.content.end && !cut_before_cue(ctx, fr, cl)) ||
			    (cl->cls != CUE_SPEECH && cl->cls != CUE_TELL))
				continue;
			/*
			 * "According to the AP, most voters say …" stays the AP's
			 * claim; "Politico reported that the senator told …" is the
			 * senator's, reported by Politico.
			 */
			if (cl->by_tok < cl->by_end && person_in(ctx, cl->by_tok, cl->by_end) == WS_NONE &&
			    person_in(ctx, cl->by_end, cl->cue_tok) == WS_NONE &&
			    !(cl->by_end == cl->by_tok + 1 && ctx->ti[cl->by_tok].pronoun > 1) &&
			    !tok_is(ctx, cl->by_tok, WS_TOK_CAP) && resolve_role(ctx, cl->by_tok, cl->by_end) == WS_NONE)
				continue;
			if (cl->c.outlet == WS_NONE) {
				cl->c.outlet = o;
				cl->c.via = frame_words(fr);
			}
			inner = 1;
		}
		if (inner)
			fr->dropped = 1;
	}
}

static int
is_skippable_end(const struct an_ctx *ctx, size_t k)
{
	return an_tok_punct(ctx, k, ',') || an_tok_punct(ctx, k, ';') || an_tok_punct(ctx, k, ':') ||
	       tok_has(ctx, k, W_ANY(W_COORDINATOR, W_CONJ_CONTRAST));
}

/*
 * "X said A, and Y said B": the content of X's claim ends where Y's
 * claim begins.  Claims are in the order of their cues.
 */
static void
trim_overlaps(struct an_ctx *ctx)
{
	size_t next = WS_NONE;

	for (size_t i = ctx->nsc; i-- > 0;) {
		struct an_claim *cl = &ctx->sc[i];
		struct ws_claim *nx;
		size_t at, k;

		if (cl->dropped)
			continue;
		if (next != WS_NONE && cl->c.content.start > cl->c.cue.start) {
			nx = &ctx->sc[next].c;
			/* A credit before this content ("X said A, adding B") cuts nothing. */
			at = nx->by.end > nx->by.start && nx->by.start < nx->cue.start &&
			     nx->by.start > cl->c.content.start ? nx->by.start : nx->cue.start;
			k = an_tok_at(ctx, at);
			/*
			 * Only where a new clause starts ("…, and Y said"): "X said Y
			 * told him Z" nests.  In a sentence crowded with cues, always,
			 * so that contents do not pile up.
			 */
			if (at > cl->c.content.start && at < cl->c.content.end &&
			    (ctx->nsc > NESTED_MAX || (k > 0 && is_skippable_end(ctx, k - 1)))) {
				/*
				 * Back over the commas and "and"s before the next
				 * claim: each claim is the next of one other, so a
				 * token is walked once.
				 */
				while (k > 0 && tok_start(ctx, k - 1) >= cl->c.content.start &&
				       is_skippable_end(ctx, k - 1))
					k--;
				if (k == 0 || tok_end(ctx, k - 1) <= cl->c.content.start)
					cl->dropped = 1;
				else
					cl->c.content.end = tok_end(ctx, k - 1);
			}
		}
		next = i;
	}
}

static void
append(struct an_ctx *ctx, const struct ws_claim *c)
{
	struct ws_analysis *an = ctx->an;

	xgrow_by(&an->claims, &ctx->claims_cap, an->nclaims + 1, sizeof *an->claims, 4);
	an->claims[an->nclaims++] = *c;
	if (c->speaker != WS_NONE) {
		an->people[c->speaker].nclaims++;
		ctx->last_speaker = c->speaker;
		ctx->last_speaker_sent = ctx->sent;
		an_touch_person(ctx, c->speaker);
	}
	if (c->outlet != WS_NONE)
		an->outlets[c->outlet].nclaims++;
	if (c->speaker != WS_NONE || c->outlet != WS_NONE)
		ctx->last_claim_block = ctx->sent_block;
}

/*
 * "In an interview with ORF, Pölzl said … He added that …": a claim whose
 * cue goes on (verb-goes-on) from the same speaker's claim with an outlet,
 * in the same sentence or the one before, keeps that outlet.
 */
/* Does sentence token h end in a plural's s ("officials"; not "witness")? */
static int
plural_noun(const struct an_ctx *ctx, size_t h)
{
	size_t len;
	const char *t = an_text(ctx, h, &len);

	return len > 3 && t[len - 1] == 's' && t[len - 2] != 's';
}

/*
 * Is claim cl credited to someone unnamed, who said or told it: "A
 * neighbor who asked not to be identified said", "a senior official told
 * reporters" (an indefinite article, and a head noun in lower case that
 * is no body's and no plural's)?
 */
static int
unnamed_person(const struct an_ctx *ctx, const struct an_claim *cl)
{
	size_t a = cl->by_tok, h;

	if (cl->c.speaker != WS_NONE || cl->c.outlet != WS_NONE || a >= cl->by_end ||
	    !tok_has(ctx, a, W_A) || !tok_has(ctx, cl->cue_tok, W_VERB_FINITE_REPORT))
		return 0;	/* "the senator" names someone known; "A reporter asked X" is answered by X */
	for (h = a + 1; h < cl->by_end && tok_is(ctx, h, WS_TOK_WORD) && !tok_has(ctx, h, W_REL_PERSON); h++)
		;	/* the head ends before "who" */
	h--;
	return h > a && !tok_is(ctx, h, WS_TOK_CAP) && !tok_has(ctx, h, W_ANY(W_ORG, W_PLURAL_SUBJECT)) &&
	       !plural_noun(ctx, h);
}

static void
goes_on(struct an_ctx *ctx, struct an_claim *cl)
{
	if (cl->c.outlet == WS_NONE && cl->c.speaker != WS_NONE && ctx->said_sent != 0 &&
	    cl->c.speaker == ctx->said_speaker && ctx->sent <= ctx->said_sent &&
	    tok_has(ctx, cl->cue_tok, W_VERB_GOES_ON)) {
		cl->c.outlet = ctx->said_outlet;
		cl->c.via = ctx->said_via;
	}
	if (cl->c.outlet != WS_NONE && cl->c.speaker != WS_NONE) {
		ctx->said_speaker = cl->c.speaker;
		ctx->said_outlet = cl->c.outlet;
		ctx->said_via = cl->c.via;
		ctx->said_sent = ctx->sent + 1;
	}
}

void
an_resolve_claims(struct an_ctx *ctx)
{
	struct ws_claim prev = { .speaker = WS_NONE, .outlet = WS_NONE };

	frames(ctx);
	trim_overlaps(ctx);
	for (size_t i = 0; i < ctx->nsc; i++) {	/* each claim once */
		struct an_claim *cl = &ctx->sc[i];

		subject_across(ctx, cl);
		subject_after_opening(ctx, cl);
		asked_by(ctx, cl);
		credit(ctx, cl, &prev);
		if (cl->dropped)
			continue;
		goes_on(ctx, cl);
		if (unnamed_person(ctx, cl))
			ctx->unnamed_sent = ctx->sent + 1;
		cl->c.kind = an_kind_of(ctx, cl->c.content);
		if (cl->c.speaker != WS_NONE && cl->by_end == cl->by_tok + 1 &&
		    ctx->ti[cl->by_tok].person == WS_NONE)
			an_add_person_mention(ctx, cl->c.speaker, cl->c.by.start, cl->c.by.end);
		prev = cl->c;
		append(ctx, &cl->c);
	}
}

static int
covered(const struct an_ctx *ctx, const struct an_quote *q)
{
	const struct ws_analysis *an = ctx->an;

	for (size_t i = an->nclaims, n = 0; i-- > 0 && n < 8; n++) {
		const struct ws_claim *c = &an->claims[i];

		if (c->content.start < an_quote_end(ctx, q) && an_quote_start(ctx, q) < c->content.end)
			return 1;
	}
	return 0;
}

static int
is_possessive(const struct an_ctx *ctx, size_t k)
{
	size_t p = ctx->ti[k].person;

	while (k + 1 < ctx->ntok && ctx->ti[k + 1].person == p)	/* a name's tokens */
		k++;
	return an_name_len(ctx, k) != ws_token_len(&ctx->tok[k]);
}

/* "to", "at", "with" (a preposition-object): the name after it is an object. */
static int
object_before(const struct an_ctx *ctx, size_t k)
{
	return tok_has(ctx, k, W_PREP_OBJECT);
}

/*
 * Who is named right next to a quotation in the sentence at work, by no
 * cue the engine knows: "“…,” an angry Okafor snapped", "“…,” she went
 * on", "“…,” the two write", "Hughes grinned: “…”", "She went on to say:
 * “…”".  Returns 1 and the sentence tokens of those words in *a, *b, with
 * the person they name in *p (or WS_NONE); 0 when no one is.
 */
static int
named_by_quote(struct an_ctx *ctx, const struct an_quote *q, size_t *a, size_t *b, size_t *p)
{
	size_t first = ws_sentence_first_token(ctx->doc, ctx->sent), k;

	*p = WS_NONE;
	if (q->close >= first && (size_t)q->close + 1 < first + ctx->ntok) {
		k = q->close - first + 1;
		if (an_tok_punct(ctx, k, ',') || an_tok_punct(ctx, k, '!') || an_tok_punct(ctx, k, '?'))
			k++;
		for (size_t n = 0; k < ctx->ntok && n < QUOTE_NAME_GAP; k++, n++) {
			if (!tok_is(ctx, k, WS_TOK_WORD))
				break;
			if ((*p = ctx->ti[k].person) != WS_NONE) {
				if (is_possessive(ctx, k))
					return 0;
				/* The name's tokens, either way. */
				for (*a = k; *a > 0 && ctx->ti[*a - 1].person == *p; --*a)
					;
				for (*b = k; *b < ctx->ntok && ctx->ti[*b].person == *p; ++*b)
					;
				return 1;
			}
			if (n > 0)
				continue;
			if (ctx->ti[k].pronoun > 1 && is_subject_pronoun(ctx, k) &&
			    (*p = resolve_pronoun(ctx, k, (unsigned char)(ctx->ti[k].pronoun - 1))) != WS_NONE) {
				*a = k;
				*b = k + 1;
				return 1;
			}
			/* "“…,” the two write." */
			if (tok_has(ctx, k, W_THE) && (*b = an_np_forward(ctx, k)) > k + 1 &&
			    *b < ctx->ntok && tok_is(ctx, *b, WS_TOK_WORD) &&
			    !tok_is(ctx, *b, WS_TOK_CAP)) {
				*a = k;
				*p = person_in(ctx, *a, *b);
				return 1;
			}
		}
	}
	return 0;
}

/*
 * Who introduces a quotation that opens in the sentence at work after a
 * colon: "Hughes grinned: “…”", "She went on to say: “…”".  Kept with
 * the quotation, which may close sentences later.
 */
static void
introduced_by(struct an_ctx *ctx, struct an_quote *q)
{
	size_t first = ws_sentence_first_token(ctx->doc, ctx->sent), open = q->open - first, k = open;
	size_t a, b, p = WS_NONE;

	if (open < 2)
		return;
	/* "Hillary shot back, “…”": the subject of a short clause before the comma. */
	if (an_tok_punct(ctx, open - 1, ',')) {
		if ((a = an_named_subject(ctx, open - 1, &b)) == WS_NONE || b >= open - 1 ||
		    open - 1 - b > QUOTE_CLAUSE_MAX)
			return;
		for (k = b; k < open - 1; k++)	/* QUOTE_CLAUSE_MAX at most, as checked */
			if (!tok_is(ctx, k, WS_TOK_WORD))
				return;
		goto subject;
	}
	if (!an_tok_punct(ctx, open - 1, ':'))
		return;
	for (size_t n = 0; --k > 0 && n < QUOTE_NAME_GAP; n++) {
		if (!tok_is(ctx, k - 1, WS_TOK_WORD))
			break;
		if ((p = ctx->ti[k - 1].person) != WS_NONE) {
			/* "a message to Trump: “…”" is not Trump's. */
			if (is_possessive(ctx, k - 1))
				return;
			b = k;
			for (a = k - 1; a > 0 && ctx->ti[a - 1].person == p; a--)	/* a name's tokens */
				;
			if (a > 0 && object_before(ctx, a - 1))
				return;
			goto found;
		}
	}
	/* "She went on to say: “…”": the sentence's subject. */
	if ((a = an_named_subject(ctx, open - 1, &b)) == WS_NONE || b >= open - 1)
		return;
subject:
	if (ctx->ti[a].pronoun > 1 && b == a + 1)
		p = is_subject_pronoun(ctx, a) ?
		    resolve_pronoun(ctx, a, (unsigned char)(ctx->ti[a].pronoun - 1)) : WS_NONE;
	else
		p = person_in(ctx, a, b);
found:
	an_set_intro(ctx, q, (struct ws_span){ (uint32_t)tok_start(ctx, a), (uint32_t)tok_end(ctx, b - 1) }, p);
}

/* The quotations opening in the sentence at work: who introduces each. */
static void
intros(struct an_ctx *ctx)
{
	size_t first = ws_sentence_first_token(ctx->doc, ctx->sent);

	/* The quotations that touch the sentence: those in it, and one from before (none overlap). */
	for (size_t i = ctx->sq_first; i < ctx->sq_end; i++)
		if (ctx->quotes[i].open > first && ctx->quotes[i].open < first + ctx->ntok)
			introduced_by(ctx, &ctx->quotes[i]);
}

#define TITLE_SHORT_WORD 4	/* "of", "the", "with": a title's words left in lower case */

/*
 * "Super Lives of the Super Rich", "The Nightly Show with Larry Wilmore":
 * a quotation in title case, its words capitalised but for short ones,
 * most of them capitalised, names a book, a show or a film; said by no
 * one.  Walks the quotation's tokens once: each quotation floats once.
 */
static int
titled(const struct an_ctx *ctx, const struct an_quote *q)
{
	const struct ws_token *last = &ctx->doc->tokens[q->close - 1];
	size_t words = 0, caps = 0;

	for (size_t j = q->open + 1; j < q->close; j++) {
		const struct ws_token *t = &ctx->doc->tokens[j];

		ctx->an->work++;
		if (!ws_token_is(t, WS_TOK_WORD))
			continue;
		words++;
		if (ws_token_is(t, WS_TOK_CAP) && ws_token_len(t) > 1)	/* "U-S-A!" is chanted */
			caps++;
		else if (ws_token_len(t) > TITLE_SHORT_WORD)
			return 0;
	}
	/* "Is Dalton Brody off to Wisconsin?": a question or a cry is said. */
	return caps >= 3 && caps * 2 > words && !an_mark_is(ctx, last, '?') && !an_mark_is(ctx, last, '!');
}

/*
 * Quotations that ended by the current sentence (all of them when last)
 * and belong to no claim: a floating one takes the last claim's speaker
 * when that claim is in the same or the previous paragraph.
 */
void
an_float_quotes(struct an_ctx *ctx, int last)
{
	const struct ws_doc *doc = ctx->doc;
	size_t upto = last ? (size_t)-1 :
		ws_sentence_first_token(doc, ctx->sent) + ws_sentence_ntokens(doc, ctx->sent);
	size_t block = last || ctx->sent >= doc->nsentences ? WS_NONE : ctx->sent_block;

	if (!last)
		intros(ctx);
	/* Each quotation once: ctx->qfloat is a cursor over the document's. */
	for (; ctx->qfloat < ctx->nquotes && ctx->quotes[ctx->qfloat].close < upto; ctx->qfloat++) {
		const struct an_quote *q = &ctx->quotes[ctx->qfloat];
		struct ws_claim c;
		const struct ws_claim *prev = ctx->an->nclaims ? &ctx->an->claims[ctx->an->nclaims - 1] : NULL;
		size_t p = WS_NONE, a = 0, b = 0;
		struct ws_span by = { 0, 0 };
		const struct an_intro *intro;
		int follows, named;

		if (q->nwords < FLOAT_MIN_WORDS || covered(ctx, q) || block == WS_NONE ||
		    ws_doc_block_kind(doc, block) != WS_BLOCK_PARAGRAPH || titled(ctx, q))
			continue;
		follows = prev != NULL && prev->speaker != WS_NONE && ctx->last_claim_block != WS_NONE &&
			  block <= ctx->last_claim_block + 1;
		if ((named = named_by_quote(ctx, q, &a, &b, &p)) != 0) {
			by.start = tok_start(ctx, a);
			by.end = tok_end(ctx, b - 1);
		} else if ((intro = an_intro_of(ctx, q)) != NULL && intro->by.end > intro->by.start) {
			named = 1;
			by = intro->by;
			p = intro->person == AN_NO_PERSON ? WS_NONE : intro->person;
		}
		if (p == WS_NONE && !follows)
			continue;
		memset(&c, 0, sizeof c);
		c.content.start = an_quote_start(ctx, q);
		c.content.end = an_quote_end(ctx, q);
		c.kind = WS_CLAIM_DIRECT;
		if (p == WS_NONE || (follows && p == prev->speaker)) {
			c.speaker = prev->speaker;
			c.outlet = prev->outlet;
			c.via = prev->via;
		} else {
			c.speaker = p;
			c.outlet = WS_NONE;
		}
		if (named) {
			c.by.start = (uint32_t)by.start;
			c.by.end = (uint32_t)by.end;
		}
		append(ctx, &c);
	}
}

/* The gender of the personal pronoun that is all of span sp ("she"), or WS_GENDER_UNKNOWN. */
static enum ws_gender
pronoun_gender(const struct an_ctx *ctx, struct ws_span sp)
{
	const struct lex_entry *chains[LEX_MAX_WORDS];
	size_t len = sp.end - sp.start, n;

	if (len == 0 || len > LEX_MAX_ENTRY)
		return WS_GENDER_UNKNOWN;
	n = lex_chains(ctx->lex, lex_key(ctx->s + sp.start, len), ctx->s, sp.start, sp.end, chains);
	for (size_t i = 0; i < n; i++)
		for (const struct lex_entry *e = chains[i]; e != NULL; e = e->next)	/* one word's entries */
			if (e->kind == LEX_PRONOUN && e->gender != WS_GENDER_UNKNOWN &&
			    lex_match(e, ctx->s, sp.end, sp.start) == sp.end)
				return (enum ws_gender)e->gender;
	return WS_GENDER_UNKNOWN;
}

/* The paragraph that byte off is in, or WS_NONE. */
static size_t
block_at(const struct ws_doc *doc, size_t off)
{
	size_t se = ws_doc_sentence_at(doc, off);

	return se < doc->nsentences ? ws_sentence_block(doc, se) : WS_NONE;
}

/* Does a sentence start at byte off ("Maria Okafor, 45, has fished …")? */
static int
opens_sentence_at(const struct ws_doc *doc, size_t off)
{
	size_t se = ws_doc_sentence_at(doc, off);

	return se < doc->nsentences && ws_token_start(&doc->tokens[ws_sentence_first_token(doc, se)]) == off;
}

/*
 * Whom a "he" or "she" with no one named before it may stand for: the
 * person named first of its gender, or of none known if named earlier,
 * with where that name is, so that each claim only looks it up.
 */
struct cataphor {
	size_t person;		/* WS_NONE if nobody is named */
	size_t block;		/* the paragraph of that first mention */
	int opens;		/* does that mention open a sentence? */
};

/*
 * Of each gender, the person named first (first[g], WS_NONE if none) and
 * where (at[g]).  Returns where the first person of any gender is named.
 */
static size_t
first_named(const struct ws_analysis *an, size_t first[3], size_t at[3])
{
	size_t earliest = SIZE_MAX;

	for (size_t p = 0; p < an->npeople; p++) {
		size_t g = an->people[p].gender, start = SIZE_MAX;

		for (size_t m = 0; m < an->people[p].nmentions; m++)	/* each mention once */
			if (an->people[p].mentions[m].start < start)
				start = an->people[p].mentions[m].start;
		if (g < 3 && start < at[g]) {
			at[g] = start;
			first[g] = p;
		}
		if (start < earliest)
			earliest = start;
	}
	return earliest;
}

void
an_resolve_cataphora(struct an_ctx *ctx)
{
	struct ws_analysis *an = ctx->an;
	size_t first[3] = { WS_NONE, WS_NONE, WS_NONE }, at[3] = { SIZE_MAX, SIZE_MAX, SIZE_MAX };
	size_t earliest = first_named(an, first, at);
	struct cataphor cand[3];

	/* Of that gender, or of none known: whoever is named first. */
	for (size_t g = 0; g < 3; g++) {
		size_t named = at[g] < at[WS_GENDER_UNKNOWN] ? at[g] : at[WS_GENDER_UNKNOWN];

		cand[g].person = at[g] < at[WS_GENDER_UNKNOWN] ? first[g] : first[WS_GENDER_UNKNOWN];
		cand[g].block = cand[g].person == WS_NONE ? WS_NONE : block_at(ctx->doc, named);
		cand[g].opens = cand[g].person != WS_NONE && opens_sentence_at(ctx->doc, named);
	}
	for (size_t i = 0; i < an->nclaims; i++) {
		struct ws_claim *c = &an->claims[i];
		const struct cataphor *k;
		enum ws_gender g;
		size_t block;

		if (c->speaker != WS_NONE || c->by.start >= earliest || c->by.end <= c->by.start ||
		    (g = pronoun_gender(ctx, c->by)) == WS_GENDER_UNKNOWN)
			continue;
		/* That name must open a sentence of the pronoun's paragraph or the next. */
		k = &cand[g];
		if (k->person == WS_NONE || (block = block_at(ctx->doc, c->by.start)) == WS_NONE ||
		    k->block > block + 1 || !k->opens)
			continue;
		c->speaker = k->person;
		an->people[k->person].nclaims++;
	}
}

