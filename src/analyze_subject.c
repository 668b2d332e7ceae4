/*
 * Noun phrases and the subjects of cues, in the sentence at work.
 *
 * The words that credit a claim (its "by" span) are the noun phrase
 * before the cue (auxiliaries such as "has also" skipped, an apposition
 * such as ", the ROLE," stepped over), or after it when inverted ("said
 * X").  A participle ("…, adding that …") has no subject of its own: it
 * takes the one the sentence opens with, or the person named last.
 *
 * The word lists the cue stages share are here, beside the phrases that
 * use them most (declared in analyze_int.h).
 */
#include "config.h"

#include "analyze_int.h"

/*
 * Words of a subject's phrase back from its cue, where a person's name
 * counts as one, up to NP_NAME_FREE words of names: "Union Minister of
 * Housing and Urban Affairs Shri Venkataraman Subramanian" is nine.
 */
#define NP_MAX 10
#define NP_NAME_FREE 6
#define SUBJECT_BACK 30
#define CLAUSE_SUBJECT_MAX 40	/* tokens searched for a subject after an opening phrase */

/* A cue that makes a clause of its own: "Smith said", not "a creative writing professor". */
static int
is_clause_cue(const struct an_ctx *ctx, size_t k)
{
	if (!an_is_cue(ctx, k) || (ctx->ti[k].cue->flags & LEXF_ING))
		return 0;
	return k == 0 || !tok_is(ctx, k - 1, WS_TOK_WORD) || ctx->ti[k - 1].pronoun ||
	       ctx->ti[k - 1].in_name || tok_is(ctx, k - 1, WS_TOK_CAP) ||
	       (ctx->ti[k - 1].cue != NULL && ctx->ti[k - 1].cue->kind == LEX_AUX);
}

/* Skip auxiliaries that end right before sentence token j+1 ("has also", "went on to"). */
size_t
an_skip_aux_back(const struct an_ctx *ctx, size_t j)
{
	for (int found = 1; found && j != WS_NONE;) {
		found = 0;
		for (size_t d = 0; d < 3 && d <= j; d++) {
			const struct an_tok *ti = &ctx->ti[j - d];

			/* Lower case only: "Will wrote" is a name. */
			if (ti->cue != NULL && ti->cue->kind == LEX_AUX && ti->cue_end == j + 1 &&
			    !tok_is(ctx, j - d, WS_TOK_CAP)) {
				j = j - d == 0 ? WS_NONE : j - d - 1;
				found = 1;
				break;
			}
		}
		/* "reportedly said"; not "The family said", "the elderly said": no adverb after a determiner. */
		if (!found && j != WS_NONE && an_is_adverb(ctx, j) &&
		    !(j > 0 && tok_has(ctx, j - 1, W_DETERMINER))) {
			j = j == 0 ? WS_NONE : j - 1;
			found = 1;
		}
	}
	return j;
}

/*
 * Is the lower-case word at i a particle inside a name, after a
 * capitalised word or another particle: "de" and "la" of "Sebastián de la
 * Fuente Ortiz", "van" and "der" of "Jorrit van der Berg"?
 */
static int
inner_particle(const struct an_ctx *ctx, size_t i)
{
	return i > 0 && tok_has(ctx, i, W_NAME_PARTICLE) && tok_is(ctx, i - 1, WS_TOK_WORD) &&
	       (tok_is(ctx, i - 1, WS_TOK_CAP) || tok_has(ctx, i - 1, W_NAME_PARTICLE));
}

/*
 * Does the lower-case word at i describe the name after it ("the harbour
 * master Elena Vasquez"), rather than end a phrase before it ("in a
 * statement Okafor said")?  Yes when a determiner starts the phrase and
 * no preposition stands before that.
 */
static int
described_name(const struct an_ctx *ctx, size_t i)
{
	for (size_t n = 0; n < 4 && i != WS_NONE; n++, i = i == 0 ? WS_NONE : i - 1) {
		if (!tok_is(ctx, i, WS_TOK_WORD) || tok_has(ctx, i, W_CONJUNCTION))
			return 0;
		if (tok_has(ctx, i, W_DETERMINER))
			return i == 0 || !tok_has(ctx, i - 1, W_PREPOSITION);
	}
	return 0;
}

/*
 * Is the lower-case word at i a plain word (no kind a list gives it but
 * a body's or a post's, no cue) that qualifies a role after it:
 * "transport" of "transport minister Lakshmi Menon", "road transport" of
 * "road transport minister" (two at most)?  Not a cue's word: "state
 * transport minister" is still missed.
 */
static int
plain_word(const struct an_ctx *ctx, size_t i)
{
	wk_set w = ctx->ti[i].words, noun = W_ANY(W_ORG, W_POST, W_ADJECTIVE);

	/* a portfolio or a body's word is one ("transport"); a word of grammar is not */
	w.lo &= ~noun.lo;
	w.hi &= ~noun.hi;
	return tok_is(ctx, i, WS_TOK_WORD) && !tok_is(ctx, i, WS_TOK_CAP) && wk_empty(w) &&
	       ctx->ti[i].cue == NULL && ctx->ti[i].title == NULL && !ctx->ti[i].pronoun;
}

static int
role_modifier(const struct an_ctx *ctx, size_t i)
{
	if (!plain_word(ctx, i) || i + 1 >= ctx->ntok)
		return 0;
	return ctx->ti[i + 1].title != NULL ||
	       (i + 2 < ctx->ntok && plain_word(ctx, i + 1) && ctx->ti[i + 2].title != NULL);
}

/*
 * Where the words of a subject ending at sentence token j end, past what
 * follows a name: brackets ("Dr. Yusuf Al-Harthi (in Arabic)", "Rep.
 * Ann Lee (D-Ore.)") and a time ("Trump on Tuesday dismissed …").
 * WS_NONE when nothing is left.
 */
static size_t
head_end(const struct an_ctx *ctx, size_t j)
{
	/* "Dr. Yusuf Al-Harthi (in Arabic)" and "Rep. Ann Lee (D-Ore.)": step over the brackets. */
	if (j != WS_NONE && an_tok_punct(ctx, j, ')')) {
		size_t o = j;

		while (o > 0 && o + AN_APPOS_MAX > j && !an_tok_punct(ctx, o, '('))
			o--;
		if (!an_tok_punct(ctx, o, '(') || o == 0)
			return WS_NONE;
		j = o - 1;
	}
	/* "Trump on Tuesday dismissed …": the time is not the subject. */
	while (j != WS_NONE && j > 0 && tok_has(ctx, j, W_WHEN)) {
		j--;
		if (tok_has(ctx, j, W_TIME_OPENER))
			j = j == 0 ? WS_NONE : j - 1;
		if (j == WS_NONE || !tok_has(ctx, j, W_WHEN))
			break;
	}
	return j;
}

/* Is the mark at sentence token i glued inside a word: "U.S.", "Mr.", "Okafor’s", "Al-Harthi"? */
static int
inner_mark(const struct an_ctx *ctx, size_t i)
{
	/* "Morrow & Finch": an ampersand between two capitalised words. */
	if (an_tok_punct(ctx, i, '&'))
		return i > 0 && i + 1 < ctx->ntok && tok_is(ctx, i - 1, WS_TOK_CAP) && tok_is(ctx, i + 1, WS_TOK_CAP);
	return (an_tok_punct(ctx, i, '.') || tok_is(ctx, i, WS_TOK_APOSTROPHE) ||
		an_is_dash(ctx, i)) && i > 0 &&
	       tok_end(ctx, i - 1) == tok_start(ctx, i) &&
	       tok_is(ctx, i - 1, WS_TOK_WORD);
}

/* The period of a name's suffix at sentence token i: "Castellano Jr. said". */
static int
suffix_period(const struct an_ctx *ctx, size_t i)
{
	return i > 0 && an_tok_punct(ctx, i, '.') && tok_has(ctx, i - 1, W_NAME_SUFFIX) &&
	       tok_end(ctx, i - 1) == tok_start(ctx, i);
}

#define ORG_NAME_BEFORE_THE 2	/* words of a body's name before its "the": "Friends of" */

/*
 * "Save the Children said", "Friends of the Earth said": the start of a
 * body's name (org-name in data/names.txt) that holds the determiner at
 * sentence token d and ends before token e; else d.
 */
static size_t
org_name_back(const struct an_ctx *ctx, size_t d, size_t e)
{
	for (size_t k = d > ORG_NAME_BEFORE_THE ? d - ORG_NAME_BEFORE_THE : 0; k < d; k++)
		if (ctx->ti[k].org_end == e)
			return k;
	return d;
}

#define ROLE_HEAD_WORDS 2	/* lower-case words of a role: "a senior spokeswoman" */

/*
 * The article that opens a phrase of a few lower-case words ending right
 * before sentence token k: "a spokeswoman" before "for", "the head"
 * before "of".  Returns it, or WS_NONE.  A few tokens back, not a chain:
 * the work stays a few tokens a cue.
 */
size_t
an_article_head(const struct an_ctx *ctx, size_t k)
{
	for (size_t i = k - 1; k >= 2 && i + ROLE_HEAD_WORDS >= k && i > 0; i--) {
		if (!tok_is(ctx, i, WS_TOK_WORD) || tok_is(ctx, i, WS_TOK_CAP) || ctx->ti[i].pronoun ||
		    ctx->ti[i].person != WS_NONE || an_is_cue(ctx, i) ||
		    tok_has(ctx, i, W_ANY(W_CONJUNCTION, W_PREPOSITION, W_PREP_SUBJECT)))
			return WS_NONE;
		if (tok_has(ctx, i - 1, W_ARTICLE))
			return i - 1;
	}
	return WS_NONE;
}

/*
 * "A spokeswoman for the ministry said", "the head of the union said":
 * the phrase of a preposition that starts at its determiner d goes with
 * the noun before it, when an article opens that noun's phrase of a
 * few lower-case words.  Returns that article, else d.
 */
static size_t
of_phrase_head(const struct an_ctx *ctx, size_t d)
{
	size_t a;

	if (d < 3 || !tok_has(ctx, d - 1, W_PREP_SUBJECT))
		return d;
	a = an_article_head(ctx, d - 1);
	return a != WS_NONE ? a : d;
}

#define AFFILIATED_NAME_TOKENS 8	/* a name's tokens: "R.J. Whitcomb Jr." */

/* Is sentence token i a capitalised word, or a mark glued to the word before ("R.J.", "Al-")? */
static int
name_piece(const struct an_ctx *ctx, size_t i)
{
	return tok_is(ctx, i, WS_TOK_WORD) ? tok_is(ctx, i, WS_TOK_CAP) :
	       i > 0 && tok_end(ctx, i - 1) == tok_start(ctx, i);
}

/*
 * "Marta Kowalczyk of the University of Gdańsk said", "Tom Lee with
 * Fundstrat said": the phrase that starts at first goes with the
 * capitalised name before its preposition (an_affiliation()), which is
 * the subject's head.  Returns where the name starts, else first.
 */
static size_t
name_before_affiliation(const struct an_ctx *ctx, size_t first)
{
	size_t i;

	if (first == WS_NONE || first < 2 || !an_affiliation(ctx, first - 1))
		return first;
	for (i = first - 1; i > 0 && first - i <= AFFILIATED_NAME_TOKENS && name_piece(ctx, i - 1); i--)
		;
	return i < first - 1 && tok_is(ctx, i, WS_TOK_CAP) ? i : first;
}

/*
 * The noun phrase that ends at sentence token j (inclusive): the subject
 * of a cue.  Returns its first token, or WS_NONE.
 */
static size_t np_back(const struct an_ctx *ctx, size_t j);

/*
 * "Aid workers in Gaza said", "The sugarcane workers' union in Ribeirão
 * Preto said": a name after a preposition that ends a role's head
 * (role-end), right after a lower-case noun, is where the subject is,
 * not the subject: the phrase goes on back over that noun's phrase.
 * Returns its first token, else first.  One step back: np_back() takes
 * no second.
 */
static size_t
noun_before_place(const struct an_ctx *ctx, size_t first)
{
	size_t h;

	if (first == WS_NONE || first < 2 || !tok_is(ctx, first, WS_TOK_CAP) ||
	    tok_has(ctx, first, W_ANY(W_MONTH, W_WHEN, W_NOT_NAME)) ||	/* "prosecutors in April" */
	    !tok_has(ctx, first - 1, W_ROLE_END) || tok_is(ctx, first - 1, WS_TOK_CAP) ||
	    !tok_is(ctx, first - 2, WS_TOK_WORD) ||
	    (tok_is(ctx, first - 2, WS_TOK_CAP) && !tok_has(ctx, first - 2, W_NOT_NAME) &&
	     !an_ends_body_name(ctx, first - 2)) ||	/* "the Office of Civil Defense in Central Visayas" */
	    an_is_cue(ctx, first - 2) || ctx->ti[first - 2].pronoun || ctx->ti[first - 2].cue != NULL ||
	    tok_has(ctx, first - 2, W_ANY(W_PREPOSITION, W_CONJUNCTION, W_DETERMINER)))
		return first;
	h = np_back(ctx, first - 2);
	/* The phrase stands where a subject does: not "interviewed at Trump rallies in …". */
	if (h == WS_NONE || (h > 0 && !tok_has(ctx, h - 1, W_CONJUNCTION) &&
			     (tok_is(ctx, h - 1, WS_TOK_WORD) || an_is_end_punct(ctx, h - 1))))
		return first;
	return h;
}

#define RELATIVE_BACK 16	/* tokens of "who asked not to be identified because she feared retaliation" */

/*
 * "A neighbor who asked not to be identified said", "An official who
 * spoke on condition of anonymity said": a relative clause with no
 * comma, of its own verbs, between a noun and the cue.  The "who" within
 * RELATIVE_BACK tokens before sentence token j (no mark between) after a
 * word, else WS_NONE.
 */
static size_t
relative_back(const struct an_ctx *ctx, size_t j)
{
	for (size_t i = j; i > 1 && i + RELATIVE_BACK > j; i--) {
		if (!tok_is(ctx, i, WS_TOK_WORD))
			return WS_NONE;
		/* After a noun: not "questions on who …", "asked who …". */
		if (tok_has(ctx, i, W_REL_PERSON))
			return i < j && tok_is(ctx, i - 1, WS_TOK_WORD) && !ctx->ti[i - 1].pronoun &&
			       !an_is_cue(ctx, i - 1) &&
			       !tok_has(ctx, i - 1, W_ANY(W_PREPOSITION, W_PREP_SUBJECT, W_CONJUNCTION,
							 W_DETERMINER)) ? i : WS_NONE;
	}
	return WS_NONE;
}

size_t
an_np_back(const struct an_ctx *ctx, size_t j)
{
	size_t r = relative_back(ctx, j), h;

	if (r != WS_NONE && (h = np_back(ctx, r - 1)) != WS_NONE)
		return h;
	return noun_before_place(ctx, np_back(ctx, j));
}

static size_t
np_back(const struct an_ctx *ctx, size_t j)
{
	size_t i, n = 0, first = WS_NONE, rel = 0, named = 0;
	int caps = 0;

	if ((j = head_end(ctx, j)) == WS_NONE)
		return WS_NONE;
	for (i = j; i != WS_NONE && n < NP_MAX + rel + named; i = i == 0 ? WS_NONE : i - 1) {
		unsigned f = ws_token_flags(&ctx->tok[i]);
		const struct an_tok *ti = &ctx->ti[i];

		/* "U.S.", "Mr.", "Okafor’s", "Al-Harthi": a mark inside a word goes on. */
		if (!(f & WS_TOK_WORD)) {
			if ((n > 0 && inner_mark(ctx, i)) || suffix_period(ctx, i))
				continue;
			break;
		}
		/* "he said", "who said": a pronoun is the whole subject ("one of them said": with its head). */
		if (n == 0 && (ti->pronoun ||
			       tok_has(ctx, i, W_ANY(W_REL_PERSON, W_REL_THING, W_PRON_FIRST, W_PRON_NEUTER))))
			return i >= 2 && ti->pronoun && tok_has(ctx, i - 1, W_PREP_SUBJECT) &&
			       tok_has(ctx, i - 2, W_DETERMINER) ? i - 2 : i;
		/* "others who want to ban it said": the head is before "who". */
		if (n > 0 && rel == 0 && tok_has(ctx, i, W_REL_PERSON) && i > 0 &&
		    tok_is(ctx, i - 1, WS_TOK_WORD)) {
			rel = NP_MAX;
			caps = 0;
			first = i;
			n++;
			continue;
		}
		/* "the Department of Health and Social Care said": "and" inside a body's name. */
		if (i + 1 <= j && an_body_name_goes_on(ctx, i + 1)) {
			first = i;
			n++;
			continue;
		}
		/* "and", "that", a cue or "has": the phrase began after it. */
		if (tok_has(ctx, i, W_CONJUNCTION) || an_is_cue(ctx, i) ||
		    (ti->cue != NULL && ti->cue->kind == LEX_AUX && !(f & WS_TOK_CAP)))
			break;
		/* "the harbour master": a determiner begins it, unless a body's name holds it. */
		if (tok_has(ctx, i, W_DETERMINER)) {
			first = org_name_back(ctx, i, j + 1);
			if (first == i)
				first = of_phrase_head(ctx, i);
			break;
		}
		/* A pronoun is a phrase of its own, not part of this one. */
		if (ti->pronoun)
			break;
		if (f & WS_TOK_CAP) {
			caps = 1;
		} else if (caps && ti->title == NULL && !ti->in_name && !tok_has(ctx, i, W_PREP_SUBJECT) &&
			   !described_name(ctx, i) && !inner_particle(ctx, i) && !role_modifier(ctx, i)) {
			break;	/* "in a statement Okafor said": the name is the subject */
		}
		/* "The 23-year-old from Chengdu": the name was a preposition's, the head goes on before it. */
		if (!(f & WS_TOK_CAP) && tok_has(ctx, i, W_PREP_SUBJECT))
			caps = 0;
		first = i;
		n++;
		/* a name's words after its first are free: "Subramanian" of "Venkataraman Subramanian" */
		if (ti->in_name && ti->person != WS_NONE && i > 0 && ctx->ti[i - 1].in_name &&
		    ctx->ti[i - 1].person == ti->person && named < NP_NAME_FREE)
			named++;
	}
	first = name_before_affiliation(ctx, first);
	/* "of the union": a preposition does not begin a subject. */
	while (first != WS_NONE && first <= j && tok_has(ctx, first, W_PREP_SUBJECT))
		first++;
	return first > j ? WS_NONE : first;
}

/*
 * Lower-case words from j on, then a capitalised one: "strategist Hank
 * Lee", "bureau chief Ana Ruiz".
 */
static int
name_follows(const struct an_ctx *ctx, size_t j)
{
	for (size_t i = j; i < ctx->ntok && i < j + 3; i++) {
		unsigned f = ws_token_flags(&ctx->tok[i]);

		if (!(f & WS_TOK_WORD) || an_is_cue(ctx, i) ||
		    tok_has(ctx, i, W_ANY(W_CONJUNCTION, W_PREPOSITION, W_VERB_STARTS, W_DETERMINER)) ||
		    ctx->ti[i].pronoun || (ctx->ti[i].cue != NULL && ctx->ti[i].cue->kind == LEX_AUX))
			return 0;
		if (f & WS_TOK_CAP)
			return i > j;
	}
	return 0;
}

/* Is sentence token j a hyphen written between two words, inside one ("Ye-jin")? */
static int
word_goes_on(const struct an_ctx *ctx, size_t j)
{
	return an_mark_inside(ctx, j, '-') && tok_is(ctx, j - 1, WS_TOK_WORD) && tok_is(ctx, j + 1, WS_TOK_WORD);
}

/* The noun phrase from sentence token k on ("said Okafor, the mayor"): returns its end. */
size_t
an_np_forward(const struct an_ctx *ctx, size_t k)
{
	size_t j = k;

	if (k >= ctx->ntok || !tok_is(ctx, k, WS_TOK_WORD) || an_is_cue(ctx, k))
		return k;
	if (ctx->ti[k].pronoun)
		return k + 1;
	while (j < ctx->ntok && j < k + NP_MAX) {
		unsigned f = ws_token_flags(&ctx->tok[j]);

		/* "Ye-jin Kim", "Ulvaeus-Østergaard": in a name, a hyphen inside a word and the part after it. */
		if (j > k && tok_is(ctx, k, WS_TOK_CAP) && word_goes_on(ctx, j)) {
			j += 2;
			continue;
		}
		/* "Okafor paused": a name ends where lower case starts, unless a
		   name follows its description ("Democratic strategist Hank Lee"). */
		if (tok_is(ctx, k, WS_TOK_CAP) && (f & WS_TOK_WORD) && !(f & WS_TOK_CAP) &&
		    ctx->ti[j].title == NULL && !tok_has(ctx, j, W_PREP_SUBJECT) && !name_follows(ctx, j))
			break;
		if (!(f & WS_TOK_WORD) && !(an_tok_punct(ctx, j, '.') && j + 1 < ctx->ntok &&
					    !an_is_end_punct(ctx, j + 1) && ctx->ti[j + 1].in_name))
			break;
		/* "Will Doyle" is a name, "will" a verb. */
		if (an_is_cue(ctx, j) || tok_has(ctx, j, W_CONJUNCTION) ||
		    (!(f & WS_TOK_CAP) && (tok_has(ctx, j, W_VERB_STARTS) ||
					   (ctx->ti[j].cue != NULL && ctx->ti[j].cue->kind == LEX_AUX))))
			break;
		j++;
	}
	return j;
}

/*
 * "By contrast, …", "Eight years ago, …", "The day before, …": a short
 * phrase before the first comma that names no one and says when or how,
 * not who ("Dockers marched on Saturday, …" has a verb: a clause).
 */
static int
opening_phrase(const struct an_ctx *ctx, size_t a, size_t limit)
{
	size_t c = ctx->first_comma;
	int when = 0;

	if (c == WS_NONE || c >= limit || c <= a || c > a + 5)
		return 0;
	for (size_t j = a; j < c; j++) {
		/* "Like Mr. Sanders, she …": a name after an opening preposition is no subject. */
		if (((ctx->ti[j].person != WS_NONE || ctx->ti[j].outlet_at != WS_NONE) &&
		     !tok_has(ctx, a, W_ADVERBIAL_OPENER)) ||
		    ctx->ti[j].pronoun || (!tok_is(ctx, j, WS_TOK_WORD) && !ctx->ti[j].in_name) ||
		    (j > a && an_past_verb(ctx, j)))
			return 0;
		if (tok_has(ctx, j, W_ADVERBIAL_OPENER) || tok_has(ctx, j, W_WHEN) ||
		    tok_is(ctx, j, WS_TOK_NUMBER))
			when = 1;
	}
	return when;
}

/*
 * The subject the sentence opens with, ending before sentence token
 * `limit`: "Donald Trump on Thursday …, saying …", "The senator paused and
 * recalled …".  A dateline ("SEOUL — Tenants marched …, demanding …"), a
 * leading "But" or an introductory phrase ("In a speech on Tuesday,") is
 * stepped over.  Returns WS_NONE or the first token; *end gets the end.
 */
size_t
an_sentence_subject(const struct an_ctx *ctx, size_t limit, size_t *end)
{
	size_t a = an_dateline_end(ctx), b;

	while (a < limit && (tok_has(ctx, a, W_CONNECTIVE) || an_tok_punct(ctx, a, ',')))
		a++;
	if (a < limit && (tok_has(ctx, a, W_ANY(W_PREPOSITION, W_WHEN, W_CONJUNCTION)) ||
			  an_is_ing(ctx, a) || opening_phrase(ctx, a, limit))) {
		size_t c = ctx->first_comma;

		if (c == WS_NONE || c > a + AN_APPOS_MAX)
			return WS_NONE;
		a = c + 1;
	}
	if (a >= limit || !tok_is(ctx, a, WS_TOK_WORD) || an_is_cue(ctx, a))
		return WS_NONE;
	if (ctx->ti[a].pronoun || tok_has(ctx, a, W_PRON_FIRST)) {
		*end = a + 1;
		return a;
	}
	b = a;
	if (tok_has(ctx, a, W_DETERMINER)) {
		/*
		 * "The dockers had gathered": the phrase ends before an auxiliary.
		 * Four words after the determiner, or a body's name in capitals
		 * up to NP_MAX: "The South African Human Rights Commission".
		 */
		for (b = a + 1; b < limit && (b < a + 5 || (b < a + NP_MAX && tok_is(ctx, b, WS_TOK_CAP))) &&
		     tok_is(ctx, b, WS_TOK_WORD) &&
		     !an_is_cue(ctx, b) && !tok_has(ctx, b, W_CONJUNCTION) && !tok_has(ctx, b, W_PREPOSITION) &&
		     !(b > a + 1 && an_past_verb(ctx, b)) &&
		     !(ctx->ti[b].cue != NULL && ctx->ti[b].cue->kind == LEX_AUX); b++)
			;
	} else {
		for (; b < limit && b < a + NP_MAX && (ctx->ti[b].in_name || ctx->ti[b].title ||
		       (tok_is(ctx, b, WS_TOK_CAP) && tok_is(ctx, b, WS_TOK_WORD)) ||
		       an_tok_punct(ctx, b, '.')); b++)
			;
	}
	if (b == a)
		return WS_NONE;
	*end = b;
	return a;
}

/*
 * The first person or outlet named at the start of a clause and followed
 * by a verb, before sentence token limit: "Hours later, Trump returned
 * …", "Speaking in Salem, New Hampshire, Trump went after …".
 */
static size_t
clause_subject(const struct an_ctx *ctx, size_t limit, size_t *end)
{
	/* Bounded: a subject stands near the start, whatever the sentence's length. */
	if (limit > CLAUSE_SUBJECT_MAX)
		limit = CLAUSE_SUBJECT_MAX;
	for (size_t k = 0; k < limit; k++) {
		size_t e = k + 1, a = k;

		if (ctx->ti[k].person != WS_NONE || ctx->ti[k].outlet_at != WS_NONE) {
			while (e < limit &&
			       ((ctx->ti[k].person != WS_NONE && ctx->ti[e].person == ctx->ti[k].person) ||
				(ctx->ti[k].outlet_at != WS_NONE && ctx->ti[e].outlet_at == ctx->ti[k].outlet_at)))
				e++;
			/* "Mrs. Clinton": the title is part of the subject. */
			while (a > 0 && ctx->ti[a - 1].in_name && ctx->ti[a - 1].person == WS_NONE &&
			       ctx->ti[a - 1].outlet_at == WS_NONE)
				a--;
		} else if (!(tok_has(ctx, k, W_PRON_SUBJECT) && ctx->ti[k].pronoun)) {
			continue;
		}
		if ((a == 0 || an_tok_punct(ctx, a - 1, ',') || tok_has(ctx, a - 1, W_CONNECTIVE)) &&
		    e < limit && ws_token_len(&ctx->tok[e - 1]) == an_name_len(ctx, e - 1) &&
		    (an_is_dash(ctx, e) || (an_tok_punct(ctx, e, ',') && e + 1 < limit &&
					 tok_has(ctx, e + 1, W_ANY(W_REL_PERSON, W_DETERMINER))) ||
		     (tok_is(ctx, e, WS_TOK_WORD) && !tok_is(ctx, e, WS_TOK_CAP) &&
		      !tok_has(ctx, e, W_PREPOSITION) && !tok_has(ctx, e, W_PREP_SUBJECT) && !tok_has(ctx, e, W_CONJUNCTION)))) {
			*end = e;
			return a;
		}
		k = e - 1;
	}
	return WS_NONE;
}

/*
 * The sentence's subject when it names someone: a person, an outlet, a
 * pronoun or a phrase with a determiner ("The senator").  "Trump went
 * after Bush, calling him …" is Trump's, not Bush's.
 */
size_t
an_named_subject(const struct an_ctx *ctx, size_t limit, size_t *end)
{
	size_t a = an_sentence_subject(ctx, limit, end);

	if (a != WS_NONE && (ctx->ti[a].pronoun || tok_has(ctx, a, W_DETERMINER)))
		return a;
	for (size_t j = a; a != WS_NONE && j < *end; j++)
		if (ctx->ti[j].person != WS_NONE || ctx->ti[j].outlet_at != WS_NONE)
			return a;
	return clause_subject(ctx, limit, end);
}

int
an_no_cue_between(const struct an_ctx *ctx, size_t a, size_t b)
{
	if (b > a + AN_APPOS_MAX * 2)
		return 0;
	for (size_t k = a; k < b; k++)
		if (is_clause_cue(ctx, k) || an_is_quote_mark(ctx, k, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
			return 0;
	return 1;
}

/*
 * A verb among sentence tokens [a, b) outside a relative clause: ", some
 * of it would move to other docks," is a clause, not a role.
 */
static int
has_verb(const struct an_ctx *ctx, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		if (tok_has(ctx, i, W_ANY(W_REL_PERSON, W_REL_POSSESSIVE)))
			return 0;
		if (!tok_is(ctx, i, WS_TOK_CAP) && ctx->ti[i].cue != NULL &&
		    ctx->ti[i].cue->kind == LEX_AUX && tok_has(ctx, i, W_VERB_STARTS))
			return 1;
	}
	return 0;
}

/* Where the apposition before a cue starts: "X, the ROLE, said" has its comma at j. */
size_t
an_apposition_back(const struct an_ctx *ctx, size_t j)
{
	size_t i;

	if (j < 2)
		return WS_NONE;
	/* A relative clause may be longer than a role: ", whose family came from Kerala … since 1968,". */
	for (i = j - 1; i > 0 && i + AN_RELATIVE_MAX > j; i--) {
		if (an_tok_punct(ctx, i, ','))
			break;
		/* ", who advised the summit," is part of the apposition. */
		if (an_is_cue(ctx, i) && i > 0 && tok_has(ctx, i - 1, W_ANY(W_REL_PERSON, W_REL_THING)))
			continue;
		if (an_tok_punct(ctx, i, '.') && tok_end(ctx, i - 1) == tok_start(ctx, i) &&
		    tok_is(ctx, i - 1, WS_TOK_CAP))
			continue;	/* "R-Ky.", "Jr." */
		if (an_is_end_punct(ctx, i) || is_clause_cue(ctx, i) ||
		    an_is_quote_mark(ctx, i, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
			return WS_NONE;
	}
	if (!an_tok_punct(ctx, i, ',') || i == 0 ||
	    (i + AN_APPOS_MAX < j && !tok_has(ctx, i + 1, W_ANY(W_REL_PERSON, W_REL_POSSESSIVE))))
		return WS_NONE;
	if (!tok_is(ctx, i - 1, WS_TOK_WORD) && !an_tok_punct(ctx, i - 1, ')') && !suffix_period(ctx, i - 1))
		return WS_NONE;
	/* ", but it has …, said X" and ", whom she …, said X" are clauses, not a role. */
	if (!tok_has(ctx, i - 1, W_REL_PERSON) && (tok_has(ctx, i + 1, W_CONJUNCTION) ||
					       tok_has(ctx, i + 1, W_CLAUSE_HEAD) || ctx->ti[i + 1].pronoun ||
					       tok_has(ctx, i + 1, W_PREPOSITION) || has_verb(ctx, i + 1, j)))
		return WS_NONE;
	return i;
}

/*
 * The person or outlet named last before sentence token k: who "…,
 * saying …" is about when nothing else in the sentence was claimed.
 */
size_t
an_nearest_mention(const struct an_ctx *ctx, size_t k, size_t *end)
{
	for (size_t j = k; j-- > 0 && j + SUBJECT_BACK > k;) {
		int possessive = an_name_len(ctx, j) != ws_token_len(&ctx->tok[j]);

		if (ctx->ti[j].person == WS_NONE && ctx->ti[j].outlet_at == WS_NONE)
			continue;
		*end = j + 1;
		while (j > 0 && ((ctx->ti[j - 1].person != WS_NONE &&
				  ctx->ti[j - 1].person == ctx->ti[j].person) ||
				 (ctx->ti[j - 1].outlet_at != WS_NONE &&
				  ctx->ti[j - 1].outlet_at == ctx->ti[j].outlet_at)))
			j--;
		/* "Trump’s concerns": a possessive names no speaker. */
		if (!possessive)
			return j;
	}
	return WS_NONE;
}

/*
 * "with three in 10 saying …", "with 62 percent of voters saying …": the
 * noun phrase between "with" and the participle at k is its subject.
 * Returns its first token, or WS_NONE.
 */
size_t
an_with_subject(const struct an_ctx *ctx, size_t k)
{
	for (size_t j = k; j-- > 0 && j + NP_MAX > k;) {
		if (tok_has(ctx, j, W_PREP_WITH))
			return j + 1 < k ? j + 1 : WS_NONE;
		if (!tok_is(ctx, j, WS_TOK_WORD) && !an_tok_punct(ctx, j, '%') &&
		    !an_tok_punct(ctx, j, '-'))
			return WS_NONE;
		if (tok_has(ctx, j, W_CONJUNCTION) || an_is_cue(ctx, j) ||
		    (ctx->ti[j].cue != NULL && ctx->ti[j].cue->kind == LEX_AUX))
			return WS_NONE;
	}
	return WS_NONE;
}
