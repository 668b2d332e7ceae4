/*
 * Cues and the claims they introduce, one sentence at a time.
 *
 * A reporting verb ("said", "told", "warned") is read in one of two
 * directions.  Forward, the content follows it: "X said (that) ...",
 * "X told Y that ...", "X said: “...”".  Backward, it follows the content:
 * "..., X said." and "“...,” said X, “...”".  Which one is decided by
 * what comes after the cue once the hearer, "that" and adjuncts such as
 * "in a statement" or "on Tuesday" are skipped: more words or a quotation
 * read forward; the end of the sentence reads backward.
 *
 * The words that credit the claim (the "by" span) are the noun phrase
 * before the cue (auxiliaries such as "has also" skipped, an apposition
 * such as ", the ROLE," stepped over), or after it when inverted ("said
 * X").  "According to X" and "per X" credit the clause on either side of
 * them.
 */
#include "config.h"

#include <string.h>
#include <strings.h>

#include "analyze_int.h"

#define NP_MAX 8
#define SKIP_MAX 14
#define APPOS_MAX 16
#define QUOTE_BACK_MAX 25
#define OPENER_MAX 30
#define NEXT_QUOTES_MAX 3
#define TITLE_WORDS_MAX 4
#define SUBJECT_BACK 30
#define CLAUSE_SUBJECT_MAX 40	/* tokens searched for a subject after an opening phrase */
#define BARE_BACK_MIN 4		/* words of a content before "X argues." with no comma */
#define NAME_COLON_MAX 5	/* words of a name before "NAME: …" */
#define NAME_COLON_TURN 8	/* sentences of an interview turn */
#define NAME_COLON_MIN_WORDS 3	/* words after "NAME:" that make it a turn */
/* Cues tried in one sentence (see an_find_claims). */
#define AN_SENTENCE_MAX_CUES 256

static const char *const stop_words[] = {
	"and", "but", "or", "because", "as", "when", "while", "if", "so", "than",
	"that", "where", "though", "although", "since", "after", "before", "then",
	"what", "how", "why", "whether", "until", "unless", "once", "nor", "yet", NULL,
};

static const char *const determiners[] = {
	"the", "a", "an", "this", "these", "those", "his", "her", "its", "their",
	"our", "my", "your", "some", "many", "most", "several", "both", "all", "no",
	"two", "three", "other", "another", "each", "every", "any", NULL,
};

/* Plural subjects not in -s that a base-form cue fits: "the police say", "those surveyed say". */
static const char *const plural_subjects[] = {
	"people", "police", "surveyed", "polled", "questioned", "interviewed", "percent",
	"others", "many", "most", "some", "few", "both", "all", "half", "majority", "minority",
	"third", "quarter", "fifth", "five", "ten", "women", "men", "children", "staff", "public",
	"themselves", "alike", NULL,
};

/* Words before a reporting verb that make it a noun: "his claims", "the reported loss". */
static const char *const noun_markers[] = {
	"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "than", NULL,
};

static const char *const noun_preps[] = {
	"with", "of", "for", "on", "in", "about", "from", "at", "over", "against", NULL,
};

/* Before an -ing cue, these keep it a verb of the sentence's subject: "by saying". */
static const char *const ing_preps[] = {
	"by", "after", "before", "while", "when", "without", "in", "since", NULL,
};

static const char *const preps[] = {
	"in", "on", "at", "during", "to", "from", "via", "through", "after", "before",
	"with", "for", "while", "over", "on", "about", "late", "early", NULL,
};

static const char *const verb_starts[] = {
	"would", "will", "could", "should", "can", "may", "might", "must", "has", "have",
	"had", "is", "was", "were", "are", "did", "does", "do", "also", "then", "later",
	"seemed", "appeared", "went", "declined", "refused", "noted", "urged", "called", NULL,
};

/* After a comma, words that open a clause the content does not take in. */
static const char *const clause_after_comma[] = {
	"which", "who", "while", "whereas", "although", "though", "compared", NULL,
};

/* Words that open a clause, not an apposition naming a role. */
static const char *const clause_heads[] = { "whom", "which", "where", "it", NULL };

/* Prepositions inside a subject: "the president of the union", "officials in Lagos". */
static const char *const np_preps[] = { "of", "for", "from", NULL };
/* Before a participle, a passive: "the bodies were found", "was supported by". */
static const char *const be_forms[] = {
	"is", "are", "was", "were", "be", "been", "being", NULL
};

static const char *const time_words[] = {
	"today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "night", "morning", "afternoon", "evening",
	"earlier", "later", "last", "this", "next", "week", "month", "year", "recently",
	"again", "also", "privately", "publicly", "repeatedly", "flatly", "simply",
	"afterward", "afterwards", "too", NULL,
};

static int
in_list(const struct an_ctx *ctx, size_t k, const char *const *list)
{
	return an_in_list(ctx, k, list);
}

/* A cue word, not part of a name ("the Washington Post", "Edward Said"). */
static int
is_cue(const struct an_ctx *ctx, size_t k)
{
	return k < ctx->ntok && ctx->ti[k].cue != NULL && ctx->ti[k].cue->kind == LEX_CUE &&
	       !ctx->ti[k].in_name;
}

/* A cue that makes a clause of its own: "Smith said", not "a creative writing professor". */
static int
is_clause_cue(const struct an_ctx *ctx, size_t k)
{
	if (!is_cue(ctx, k) || (ctx->ti[k].cue->flags & LEXF_ING))
		return 0;
	return k == 0 || !(ctx->tok[k - 1].flags & WS_TOK_WORD) || ctx->ti[k - 1].pronoun ||
	       ctx->ti[k - 1].in_name || (ctx->tok[k - 1].flags & WS_TOK_CAP) ||
	       (ctx->ti[k - 1].cue != NULL && ctx->ti[k - 1].cue->kind == LEX_AUX);
}

/*
 * Does sentence token k open (WS_TOK_OPEN_QUOTE) or close
 * (WS_TOK_CLOSE_QUOTE) a quotation found by analyze_quotes.c?  A stray
 * mark does neither.
 */
static int
is_quote_mark(const struct an_ctx *ctx, size_t k, unsigned which)
{
	size_t d;
	const struct an_quote *q;

	if (k >= ctx->ntok || !(ctx->tok[k].flags & (WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE)))
		return 0;
	d = ctx->doc->sentences[ctx->sent].first_token + k;
	if ((q = an_quote_at(ctx, d)) == NULL)
		return 0;
	return ((which & WS_TOK_OPEN_QUOTE) && q->open == d) ||
	       ((which & WS_TOK_CLOSE_QUOTE) && (q->close == d || (q->close == d + 1 && q->closed &&
							       ctx->s[ctx->tok[k].start] == '\'')));
}

static int
is_end_punct(const struct an_ctx *ctx, size_t k)
{
	return an_tok_punct(ctx, k, '.') || an_tok_punct(ctx, k, '!') ||
	       an_tok_punct(ctx, k, '?') || an_tok_punct(ctx, k, ';');
}

static int
is_dash(const struct an_ctx *ctx, size_t k)
{
	size_t len;
	const char *t;

	if (k >= ctx->ntok)
		return 0;
	t = an_text(ctx, k, &len);
	return (len == 3 && (memcmp(t, "\xe2\x80\x94", 3) == 0 || memcmp(t, "\xe2\x80\x93", 3) == 0)) ||
	       (len == 1 && *t == '-') || (len == 2 && memcmp(t, "--", 2) == 0);
}

/* The quotation whose mark is sentence token k, or NULL. */
static const struct an_quote *
quote_of(const struct an_ctx *ctx, size_t k)
{
	return an_quote_at(ctx, ctx->doc->sentences[ctx->sent].first_token + k);
}

/* "strongly", "vehemently": an adverb in -ly between a subject and its cue. */
static int
is_adverb(const struct an_ctx *ctx, size_t j)
{
	size_t len;
	const char *t = an_text(ctx, j, &len);

	return len > 4 && (ctx->tok[j].flags & WS_TOK_WORD) && !(ctx->tok[j].flags & WS_TOK_CAP) &&
	       t[len - 2] == 'l' && t[len - 1] == 'y' && !ctx->ti[j].in_name;
}

/* Skip auxiliaries that end right before sentence token j+1 ("has also", "went on to"). */
static size_t
skip_aux_back(const struct an_ctx *ctx, size_t j)
{
	for (int found = 1; found && j != WS_NONE;) {
		found = 0;
		for (size_t d = 0; d < 3 && d <= j; d++) {
			const struct an_tok *ti = &ctx->ti[j - d];

			/* Lower case only: "Will wrote" is a name. */
			if (ti->cue != NULL && ti->cue->kind == LEX_AUX && ti->cue_end == j + 1 &&
			    !(ctx->tok[j - d].flags & WS_TOK_CAP)) {
				j = j - d == 0 ? WS_NONE : j - d - 1;
				found = 1;
				break;
			}
		}
		if (!found && j != WS_NONE && is_adverb(ctx, j)) {
			j = j == 0 ? WS_NONE : j - 1;
			found = 1;
		}
	}
	return j;
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
		if (!(ctx->tok[i].flags & WS_TOK_WORD) || in_list(ctx, i, stop_words))
			return 0;
		if (in_list(ctx, i, determiners))
			return i == 0 || !in_list(ctx, i - 1, preps);
	}
	return 0;
}

/*
 * The noun phrase that ends at sentence token j (inclusive): the subject
 * of a cue.  Returns its first token, or WS_NONE.
 */
static size_t
np_back(const struct an_ctx *ctx, size_t j)
{
	size_t i, n = 0, first = WS_NONE, rel = 0;
	int caps = 0;

	/* "Dr. Yusuf Al-Harthi (in Arabic)" and "Rep. Ann Lee (D-Ore.)": step over the brackets. */
	if (j != WS_NONE && an_tok_punct(ctx, j, ')')) {
		size_t o = j;

		while (o > 0 && o + APPOS_MAX > j && !an_tok_punct(ctx, o, '('))
			o--;
		if (!an_tok_punct(ctx, o, '(') || o == 0)
			return WS_NONE;
		j = o - 1;
	}
	/* "Trump on Tuesday dismissed …": the time is not the subject. */
	while (j != WS_NONE && j > 0 && in_list(ctx, j, time_words)) {
		j--;
		if (an_tok_is(ctx, j, "on") || an_tok_is(ctx, j, "last") || an_tok_is(ctx, j, "this") ||
		    an_tok_is(ctx, j, "late") || an_tok_is(ctx, j, "early"))
			j = j == 0 ? WS_NONE : j - 1;
		if (j == WS_NONE || !in_list(ctx, j, time_words))
			break;
	}
	if (j == WS_NONE)
		return WS_NONE;
	i = j;
	for (; i != WS_NONE && n < NP_MAX + rel; i = i == 0 ? WS_NONE : i - 1) {
		unsigned f = ctx->tok[i].flags;
		const struct an_tok *ti = &ctx->ti[i];

		if (!(f & WS_TOK_WORD)) {
			/* Initials and abbreviations ("U.S.", "Mr."), possessives. */
			if (n > 0 && (an_tok_punct(ctx, i, '.') || (f & WS_TOK_APOSTROPHE) ||
				      is_dash(ctx, i)) && i > 0 &&
			    ws_token_end(&ctx->tok[i - 1]) == ctx->tok[i].start &&
			    (ctx->tok[i - 1].flags & WS_TOK_WORD))
				continue;
			break;
		}
		if (n == 0 && (ti->pronoun || an_tok_is(ctx, i, "who") ||
			       an_tok_is(ctx, i, "which") || an_tok_is(ctx, i, "i") ||
			       an_tok_is(ctx, i, "we") || an_tok_is(ctx, i, "it")))
			return i;
		/* "others who want to ban it said": the head is before "who". */
		if (n > 0 && rel == 0 && an_tok_is(ctx, i, "who") && i > 0 &&
		    (ctx->tok[i - 1].flags & WS_TOK_WORD)) {
			rel = NP_MAX;
			caps = 0;
			first = i;
			n++;
			continue;
		}
		if (in_list(ctx, i, stop_words) || is_cue(ctx, i) ||
		    (ti->cue != NULL && ti->cue->kind == LEX_AUX && !(f & WS_TOK_CAP)))
			break;
		if (in_list(ctx, i, determiners)) {
			first = i;
			break;
		}
		if (ti->pronoun)
			break;
		if (f & WS_TOK_CAP) {
			caps = 1;
		} else if (caps && ti->title == NULL && !ti->in_name && !in_list(ctx, i, np_preps) &&
			   !described_name(ctx, i)) {
			break;	/* "in a statement Okafor said": the name is the subject */
		}
		first = i;
		n++;
	}
	while (first != WS_NONE && first <= j && in_list(ctx, first, np_preps))
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
		unsigned f = ctx->tok[i].flags;

		if (!(f & WS_TOK_WORD) || is_cue(ctx, i) || in_list(ctx, i, stop_words) ||
		    in_list(ctx, i, preps) || in_list(ctx, i, verb_starts) || in_list(ctx, i, determiners) ||
		    ctx->ti[i].pronoun || (ctx->ti[i].cue != NULL && ctx->ti[i].cue->kind == LEX_AUX))
			return 0;
		if (f & WS_TOK_CAP)
			return i > j;
	}
	return 0;
}

/* The noun phrase from sentence token k on ("said Okafor, the mayor"): returns its end. */
static size_t
np_forward(const struct an_ctx *ctx, size_t k)
{
	size_t j = k;

	if (k >= ctx->ntok || !(ctx->tok[k].flags & WS_TOK_WORD) || is_cue(ctx, k))
		return k;
	if (ctx->ti[k].pronoun)
		return k + 1;
	while (j < ctx->ntok && j < k + NP_MAX) {
		unsigned f = ctx->tok[j].flags;

		/* "Okafor paused": a name ends where lower case starts, unless a
		   name follows its description ("Democratic strategist Hank Lee"). */
		if ((ctx->tok[k].flags & WS_TOK_CAP) && (f & WS_TOK_WORD) && !(f & WS_TOK_CAP) &&
		    ctx->ti[j].title == NULL && !in_list(ctx, j, np_preps) && !name_follows(ctx, j))
			break;
		if (!(f & WS_TOK_WORD) && !(an_tok_punct(ctx, j, '.') && j + 1 < ctx->ntok &&
					    !is_end_punct(ctx, j + 1) && ctx->ti[j + 1].in_name))
			break;
		/* "Will Doyle" is a name, "will" a verb. */
		if (is_cue(ctx, j) || in_list(ctx, j, stop_words) ||
		    (!(f & WS_TOK_CAP) && (in_list(ctx, j, verb_starts) ||
					   (ctx->ti[j].cue != NULL && ctx->ti[j].cue->kind == LEX_AUX))))
			break;
		j++;
	}
	return j;
}

/* A word in -ing: "Walking to the next house, Ebeling said". */
static int
is_ing(const struct an_ctx *ctx, size_t a)
{
	size_t len;
	const char *t = an_text(ctx, a, &len);

	return len > 5 && (ctx->tok[a].flags & WS_TOK_WORD) && strncmp(t + len - 3, "ing", 3) == 0;
}

static const char *const openers[] = {
	"but", "and", "so", "still", "meanwhile", "however", "yet", "instead", "now", "then",
	"also", "later", "earlier", "separately", "indeed", NULL,
};

static const char *const opening_words[] = {
	"by", "beyond", "despite", "like", "unlike", "along", "likewise", "shortly", "among",
	"amid", "against", "without", "throughout", "instead", "besides", "ago", "contrast", NULL,
};

/*
 * "By contrast, …", "Eight years ago, …", "The day before, …": a short
 * phrase before the first comma that names no one and says when or how,
 * not who.
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
		     !in_list(ctx, a, opening_words)) ||
		    ctx->ti[j].pronoun || (!(ctx->tok[j].flags & WS_TOK_WORD) && !ctx->ti[j].in_name))
			return 0;
		if (in_list(ctx, j, opening_words) || in_list(ctx, j, time_words) ||
		    (ctx->tok[j].flags & WS_TOK_NUMBER))
			when = 1;
	}
	return when;
}

/*
 * The subject the sentence opens with, ending before sentence token
 * `limit`: "Donald Trump on Thursday …, saying …", "The senator paused and
 * recalled …".  A leading "But" or introductory phrase ("In a speech on
 * Tuesday,") is stepped over.  Returns WS_NONE or the first token; *end
 * gets the end.
 */
static size_t
sentence_subject(const struct an_ctx *ctx, size_t limit, size_t *end)
{
	size_t a = 0, b;

	while (a < limit && (in_list(ctx, a, openers) || an_tok_punct(ctx, a, ',')))
		a++;
	if (a < limit && (in_list(ctx, a, preps) || in_list(ctx, a, time_words) || is_ing(ctx, a) ||
			  in_list(ctx, a, stop_words) || opening_phrase(ctx, a, limit))) {
		size_t c = ctx->first_comma;

		if (c == WS_NONE || c > a + APPOS_MAX)
			return WS_NONE;
		a = c + 1;
	}
	if (a >= limit || !(ctx->tok[a].flags & WS_TOK_WORD) || is_cue(ctx, a))
		return WS_NONE;
	if (ctx->ti[a].pronoun || an_tok_is(ctx, a, "i") || an_tok_is(ctx, a, "we")) {
		*end = a + 1;
		return a;
	}
	b = a;
	if (in_list(ctx, a, determiners)) {
		/* "The dockers had gathered": the phrase ends before an auxiliary. */
		for (b = a + 1; b < limit && b < a + 5 && (ctx->tok[b].flags & WS_TOK_WORD) &&
		     !is_cue(ctx, b) && !in_list(ctx, b, stop_words) && !in_list(ctx, b, preps) &&
		     !(ctx->ti[b].cue != NULL && ctx->ti[b].cue->kind == LEX_AUX); b++)
			;
	} else {
		for (; b < limit && b < a + NP_MAX && (ctx->ti[b].in_name || ctx->ti[b].title ||
		       ((ctx->tok[b].flags & WS_TOK_CAP) && (ctx->tok[b].flags & WS_TOK_WORD)) ||
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
		} else if (!an_tok_is(ctx, k, "he") && !an_tok_is(ctx, k, "she") &&
			   !an_tok_is(ctx, k, "they")) {
			continue;
		}
		if ((a == 0 || an_tok_punct(ctx, a - 1, ',') || in_list(ctx, a - 1, openers)) &&
		    e < limit && ws_token_len(&ctx->tok[e - 1]) == an_name_len(ctx, e - 1) &&
		    (is_dash(ctx, e) || (an_tok_punct(ctx, e, ',') && e + 1 < limit &&
					 (an_tok_is(ctx, e + 1, "who") || in_list(ctx, e + 1, determiners))) ||
		     ((ctx->tok[e].flags & WS_TOK_WORD) && !(ctx->tok[e].flags & WS_TOK_CAP) &&
		      !in_list(ctx, e, preps) && !in_list(ctx, e, np_preps) && !in_list(ctx, e, stop_words)))) {
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
	size_t a = sentence_subject(ctx, limit, end);

	if (a != WS_NONE && (ctx->ti[a].pronoun || in_list(ctx, a, determiners)))
		return a;
	for (size_t j = a; a != WS_NONE && j < *end; j++)
		if (ctx->ti[j].person != WS_NONE || ctx->ti[j].outlet_at != WS_NONE)
			return a;
	return clause_subject(ctx, limit, end);
}

/* The end of the noun phrase from sentence token k on, for analyze_resolve.c. */
size_t
an_np_forward(const struct an_ctx *ctx, size_t k)
{
	return np_forward(ctx, k);
}

/* The noun phrase that ends at sentence token j, for analyze_resolve.c. */
size_t
an_np_back(const struct an_ctx *ctx, size_t j)
{
	return np_back(ctx, j);
}

static int
no_cue_between(const struct an_ctx *ctx, size_t a, size_t b)
{
	if (b > a + APPOS_MAX * 2)
		return 0;
	for (size_t k = a; k < b; k++)
		if (is_clause_cue(ctx, k) || is_quote_mark(ctx, k, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
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
		if (an_tok_is(ctx, i, "who") || an_tok_is(ctx, i, "whose"))
			return 0;
		if (!(ctx->tok[i].flags & WS_TOK_CAP) && ctx->ti[i].cue != NULL &&
		    ctx->ti[i].cue->kind == LEX_AUX && in_list(ctx, i, verb_starts))
			return 1;
	}
	return 0;
}

/* Where the apposition before a cue starts: "X, the ROLE, said" has its comma at j. */
static size_t
apposition_back(const struct an_ctx *ctx, size_t j)
{
	size_t i;

	if (j < 2)
		return WS_NONE;
	for (i = j - 1; i > 0 && i + APPOS_MAX > j; i--) {
		if (an_tok_punct(ctx, i, ','))
			break;
		/* ", who advised the summit," is part of the apposition. */
		if (is_cue(ctx, i) && i > 0 && (an_tok_is(ctx, i - 1, "who") || an_tok_is(ctx, i - 1, "which")))
			continue;
		if (an_tok_punct(ctx, i, '.') && ws_token_end(&ctx->tok[i - 1]) == ctx->tok[i].start &&
		    (ctx->tok[i - 1].flags & WS_TOK_CAP))
			continue;	/* "R-Ky.", "Jr." */
		if (is_end_punct(ctx, i) || is_clause_cue(ctx, i) ||
		    is_quote_mark(ctx, i, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
			return WS_NONE;
	}
	if (!an_tok_punct(ctx, i, ',') || i == 0)
		return WS_NONE;
	if (!(ctx->tok[i - 1].flags & WS_TOK_WORD) && !an_tok_punct(ctx, i - 1, ')'))
		return WS_NONE;
	/* ", but it has …, said X" and ", whom she …, said X" are clauses, not a role. */
	if (!an_tok_is(ctx, i - 1, "who") && (in_list(ctx, i + 1, stop_words) ||
					       in_list(ctx, i + 1, clause_heads) || ctx->ti[i + 1].pronoun ||
					       in_list(ctx, i + 1, preps) || has_verb(ctx, i + 1, j)))
		return WS_NONE;
	return i;
}

/* Sentence token after the hearer of "told": "told reporters", "told CNN", "told him". */
static size_t
skip_hearer(const struct an_ctx *ctx, size_t c)
{
	if (c >= ctx->ntok)
		return c;
	if (ctx->ti[c].pronoun || an_tok_is(ctx, c, "me") || an_tok_is(ctx, c, "us") ||
	    an_tok_is(ctx, c, "you"))
		return c + 1;
	if (ctx->ti[c].in_name || (ctx->tok[c].flags & WS_TOK_CAP)) {
		while (c < ctx->ntok && (ctx->ti[c].in_name ||
		       ((ctx->tok[c].flags & WS_TOK_CAP) && (ctx->tok[c].flags & WS_TOK_WORD))))
			c++;
		return c;
	}
	if (in_list(ctx, c, determiners)) {
		size_t j = c + 1;

		while (j < ctx->ntok && j < c + 4 && (ctx->tok[j].flags & WS_TOK_WORD) &&
		       !is_cue(ctx, j) && !an_tok_is(ctx, j, "that"))
			j++;
		return j;
	}
	if ((ctx->tok[c].flags & WS_TOK_WORD) && !an_tok_is(ctx, c, "that"))
		return c + 1;	/* "told reporters" */
	return c;
}

/* A "that" (or colon) ahead within SKIP_MAX tokens before anything else happens. */
static size_t
that_ahead(const struct an_ctx *ctx, size_t c)
{
	for (size_t j = c; j < ctx->ntok && j < c + SKIP_MAX; j++) {
		if (an_tok_is(ctx, j, "that") || an_tok_punct(ctx, j, ':'))
			return j;
		if (is_end_punct(ctx, j) || is_cue(ctx, j) ||
		    is_quote_mark(ctx, j, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
			break;
	}
	return WS_NONE;
}


/*
 * Does a new predicate of the same subject start at k, after "and" or
 * "but" ("said X but would not say Y", "said X and thinks Y")?  The
 * content of the first cue ends there.  A verb that is no cue ("said she
 * was undecided and was uneasy") is the content's own.
 */
static int
new_predicate(const struct an_ctx *ctx, size_t k)
{
	size_t k0 = k;

	for (int n = 0; n < 3 && k < ctx->ntok && !(ctx->tok[k].flags & WS_TOK_CAP) &&
	     ctx->ti[k].cue != NULL && ctx->ti[k].cue->kind == LEX_AUX; n++)
		k++;	/* "but would not say" */
	if (k < ctx->ntok && is_adverb(ctx, k))
		k++;	/* "and specifically mentioned" */
	if (k >= ctx->ntok || !(ctx->tok[k].flags & WS_TOK_WORD) || (ctx->tok[k].flags & WS_TOK_CAP))
		return 0;
	if (is_cue(ctx, k) && (ctx->ti[k].cue->flags & LEXF_BASE) && k == k0)
		return 0;	/* "said they are worried and want …": the content's own verb */
	return is_cue(ctx, k);
}

/* Where a claim was made: "… in an interview with the Post", "… at a rally on Friday". */
static const char *const event_preps[] = { "in", "at", "during", NULL };
static const char *const event_nouns[] = {
	"interview", "interviews", "speech", "speeches", "statement", "statements", "rally",
	"conference", "hall", "debate", "appearance", "commercial", "op-ed", "tweet", "tweets",
	"post", "hearing", "briefing", "email", "e-mail", "letter", "video", "ad", "address",
	"remarks", "event", "forum", "memo", "call", "podcast", "broadcast", "sermon", "testimony",
	NULL,
};

/* A speech event from k on: a determiner, up to three words, an event noun. */
static int
event_ahead(const struct an_ctx *ctx, size_t k)
{
	if (!in_list(ctx, k, determiners))
		return 0;
	for (size_t j = k + 1; j < ctx->ntok && j < k + 5; j++) {
		if (in_list(ctx, j, event_nouns))
			return j + 1 >= ctx->ntok || !(ctx->tok[j + 1].flags & WS_TOK_WORD) ||
			       in_list(ctx, j + 1, np_preps) || in_list(ctx, j + 1, preps) ||
			       in_list(ctx, j + 1, time_words);
		if (!(ctx->tok[j].flags & WS_TOK_WORD) && !an_tok_punct(ctx, j, '-') &&
		    !(ctx->tok[j].flags & WS_TOK_APOSTROPHE))
			return 0;
		if (in_list(ctx, j, stop_words) || is_cue(ctx, j))
			return 0;
	}
	return 0;
}

/* ", and encouraged …": a verb in the past after ", and" starts a predicate of its own. */
static int
past_verb(const struct an_ctx *ctx, size_t k)
{
	size_t len;
	const char *t;

	if (k < ctx->ntok && is_adverb(ctx, k))
		k++;
	if (k >= ctx->ntok || !(ctx->tok[k].flags & WS_TOK_WORD) || (ctx->tok[k].flags & WS_TOK_CAP))
		return 0;
	t = an_text(ctx, k, &len);
	return len > 4 && strncmp(t + len - 2, "ed", 2) == 0;
}

/*
 * Does a clause with a subject of its own start at k, after ", and"
 * ("…, and he is even paying for lunch", "…, and the mayor agreed")?
 */
static int
new_subject(const struct an_ctx *ctx, size_t k)
{
	if (k >= ctx->ntok || !(ctx->tok[k].flags & WS_TOK_WORD))
		return 0;
	return ctx->ti[k].pronoun || an_tok_is(ctx, k, "i") || an_tok_is(ctx, k, "we") ||
	       an_tok_is(ctx, k, "it") || in_list(ctx, k, determiners) ||
	       ((ctx->tok[k].flags & WS_TOK_CAP) && ctx->ti[k].in_name);
}

/*
 * Does the clause from j close with a comma and the sentence go on, as
 * an aside inside the content ("the ferries, which are old, would stop")?
 */
static int
aside_closes(const struct an_ctx *ctx, size_t j)
{
	for (size_t i = j + 1; i < ctx->ntok && i < j + APPOS_MAX; i++) {
		if (is_end_punct(ctx, i) || is_quote_mark(ctx, i, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
			return 0;
		if (an_tok_punct(ctx, i, ','))
			return i + 1 < ctx->ntok && (ctx->tok[i + 1].flags & WS_TOK_WORD) &&
			       !(ctx->tok[i + 1].flags & WS_TOK_CAP) && !is_cue(ctx, i + 1) &&
			       !ctx->ti[i + 1].pronoun;
	}
	return 0;
}

/*
 * Where a content running through sentence token j must end: before "and"
 * or "but" starting a new predicate, before ", adding that …", ",
 * according to …" and ", X said.".  WS_NONE when it may go on.
 */
static size_t
cut_at(const struct an_ctx *ctx, size_t j)
{
	if ((ctx->ti[j].fw & (FW_AND | FW_BUT)) && new_predicate(ctx, j + 1))
		return j;
	if (in_list(ctx, j, event_preps) && event_ahead(ctx, j + 1))
		return j;
	if (j == 0 || !(ctx->ti[j - 1].fw & FW_COMMA))
		return WS_NONE;
	if ((ctx->ti[j].fw & (FW_AND | FW_BUT)) && (new_subject(ctx, j + 1) || past_verb(ctx, j + 1)))
		return j - 1;
	if (in_list(ctx, j, clause_after_comma) && !aside_closes(ctx, j))
		return j - 1;
	if ((is_cue(ctx, j) && ((ctx->ti[j].cue->flags & LEXF_ING) ||
				ctx->ti[j].cue->cls == CUE_ACCORDING)) ||
	    (is_cue(ctx, j + 1) && (ctx->ti[j].pronoun || ctx->ti[j].in_name) &&
	     is_end_punct(ctx, j + 2)))
		return j - 1;
	return WS_NONE;
}

/* Subordinators that open an introductory clause: "As X said …, the mayor left." */
static const char *const intro_words[] = {
	"as", "when", "while", "if", "though", "although", "because", "after", "since",
	"with", "despite", "whereas", "once", "until", "before", NULL,
};

/*
 * The comma that ends a sentence's introductory clause ("When Okafor
 * said the port was closed, the ships left"): a content inside it ends
 * there.  WS_NONE when the sentence opens with none.
 */
static size_t
intro_clause_end(const struct an_ctx *ctx)
{
	size_t a = 0;

	while (a < ctx->ntok && (in_list(ctx, a, openers) || an_tok_punct(ctx, a, ',') ||
				 is_quote_mark(ctx, a, WS_TOK_OPEN_QUOTE)))
		a++;
	if (a >= ctx->ntok || !in_list(ctx, a, intro_words))
		return WS_NONE;
	for (size_t j = a + 1; j < ctx->ntok; j++) {
		if (an_tok_punct(ctx, j, ','))
			return j;
		if (is_quote_mark(ctx, j, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE) || is_dash(ctx, j))
			return WS_NONE;
	}
	return WS_NONE;
}

/*
 * Each token's next cut, computed once a sentence from right to left, so
 * that finding where a content ends costs nothing however many cues a
 * long sentence holds.
 */
static void
find_cuts(struct an_ctx *ctx)
{
	uint32_t next = (uint32_t)ctx->ntok;
	size_t intro = intro_clause_end(ctx);

	for (size_t j = ctx->ntok; j-- > 0;) {
		size_t e = j == intro ? j : cut_at(ctx, j);

		if (e != WS_NONE && e < next)
			next = (uint32_t)e;
		ctx->ti[j].next_cut = next;
	}
}

/* The last sentence token of the content from c on, before end punctuation. */
static size_t
content_end(const struct an_ctx *ctx, size_t c)
{
	size_t e = c + 1 < ctx->ntok ? ctx->ti[c + 1].next_cut : ctx->ntok;

	while (e > c && (is_end_punct(ctx, e - 1) || an_tok_punct(ctx, e - 1, ',') ||
			 an_tok_punct(ctx, e - 1, ':')))
		e--;
	return e;
}

static void
set_span(struct ws_span *sp, const struct an_ctx *ctx, size_t a, size_t b)
{
	if (a >= b) {
		sp->start = sp->end = 0;
		return;
	}
	sp->start = ctx->tok[a].start;
	sp->end = ws_token_end(&ctx->tok[b - 1]);
}

/* The same, for a claim's 32-bit span. */
static void
set_span32(struct ws_span32 *sp, const struct an_ctx *ctx, size_t a, size_t b)
{
	struct ws_span w;

	set_span(&w, ctx, a, b);
	*sp = ws_span32_of(w);
}

/*
 * Kind of a content span: direct when it runs from an opening mark to a
 * closing one (a quotation split by its cue included), mixed when it
 * holds a quotation, else indirect.
 */
enum ws_claim_kind
an_kind_of(const struct an_ctx *ctx, struct ws_span c)
{
	size_t first = ctx->doc->sentences[ctx->sent].first_token;
	const struct an_quote *q;
	int starts = 0, ends = 0, any = 0;

	for (size_t k = an_tok_at(ctx, c.start); k < ctx->ntok && ctx->tok[k].start < c.end; k++) {
		if (ctx->tok[k].start < c.start || ws_token_end(&ctx->tok[k]) > c.end ||
		    !(ctx->tok[k].flags & (WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE)) ||
		    (q = an_quote_at(ctx, first + k)) == NULL)
			continue;
		any = 1;
		starts |= q->start == c.start;
		ends |= q->end == c.end;
	}
	/* A quotation that began in an earlier sentence or ends in a later one. */
	if ((q = an_quote_at(ctx, first)) != NULL && q->start <= c.start && q->end >= c.start) {
		any = 1;
		starts |= q->start == c.start;
		ends |= q->end == c.end;
	}
	if ((starts && ends) || c.start >= ws_token_end(&ctx->tok[ctx->ntok - 1]))
		return WS_CLAIM_DIRECT;
	return any ? WS_CLAIM_MIXED : WS_CLAIM_INDIRECT;
}

static struct an_claim *
new_claim(struct an_ctx *ctx, size_t cue, size_t cue_end, unsigned char cls)
{
	struct an_claim *cl;

	if (an_grow(&ctx->sc, &ctx->sc_cap, ctx->nsc, sizeof *ctx->sc) < 0)
		return NULL;
	cl = &ctx->sc[ctx->nsc++];
	memset(cl, 0, sizeof *cl);
	cl->cue_tok = cue;
	cl->cue_end = cue_end;
	cl->cls = cls;
	cl->c.speaker = cl->c.outlet = WS_NONE;
	cl->by_tok = cl->by_end = 0;
	set_span32(&cl->c.cue, ctx, cue, cue_end);
	return cl;
}

/* Content is the quotation at sentence token k (an opening mark), maybe continued. */
static struct ws_span
quote_content(const struct an_ctx *ctx, size_t k)
{
	const struct an_quote *q = quote_of(ctx, k);
	struct ws_span sp = { 0, 0 };

	if (q != NULL) {
		sp.start = q->start;
		sp.end = q->end;
	}
	return sp;
}

/* Extend a backward content over "…,” X said, “…”": the quotation after the cue. */
static void
continue_quote(const struct an_ctx *ctx, struct ws_span *content, size_t after)
{
	const struct an_quote *q;

	if (an_tok_punct(ctx, after, ','))
		after++;
	if (!is_quote_mark(ctx, after, WS_TOK_OPEN_QUOTE) || (q = quote_of(ctx, after)) == NULL ||
	    (after > 0 && (ctx->tok[after - 1].flags & WS_TOK_WORD)))	/* "said on “The Hour”" */
		return;
	content->end = q->end;
}

/* Where the sentence that opens quotation q starts (within its paragraph). */
static size_t
sentence_start_of(const struct an_ctx *ctx, const struct an_quote *q)
{
	size_t i = ws_doc_sentence_at(ctx->doc, q->start);

	if (i >= ctx->doc->nsentences || ctx->doc->sentences[i].block != ctx->doc->sentences[ctx->sent].block)
		return q->start;
	return ctx->doc->sentences[i].span.start;
}

/* The content before sentence token bnd (a comma, dash or closing mark). */
static int
content_back(const struct an_ctx *ctx, size_t bnd, struct ws_span *out)
{
	const struct an_quote *q;
	size_t first = ctx->doc->sentences[ctx->sent].first_token, a = 0, e;

	if (bnd == WS_NONE || bnd == 0)
		return 0;
	if (an_tok_punct(ctx, bnd, ',') || is_dash(ctx, bnd)) {
		if (is_quote_mark(ctx, bnd - 1, WS_TOK_CLOSE_QUOTE))
			bnd--;
	} else if (!is_quote_mark(ctx, bnd, WS_TOK_CLOSE_QUOTE)) {
		return 0;
	}
	if (is_quote_mark(ctx, bnd, WS_TOK_CLOSE_QUOTE) && (q = quote_of(ctx, bnd)) != NULL) {
		out->start = q->start;
		out->end = q->end;
		/* "Teachers are “very pro-union,” Okafor said": the lead-in too. */
		if (q->open > first && ctx->tok[0].start < q->start &&
		    !is_quote_mark(ctx, 0, WS_TOK_OPEN_QUOTE) &&
		    (ctx->doc->tokens[q->open - 1].flags & WS_TOK_WORD))
			out->start = ctx->tok[0].start;
		else if (q->open < first)
			out->start = sentence_start_of(ctx, q);
		return 1;
	}
	/* "A, said X, B, said Y.": B's content starts after the claim before it. */
	for (size_t i = ctx->nsc; i-- > 0;) {
		const struct an_claim *cl = &ctx->sc[i];
		size_t end = cl->by_end > cl->cue_end ? cl->by_end : cl->cue_end;

		if (end <= bnd && end > a && cl->c.content.end <= cl->c.cue.start)
			a = end;
	}
	while (a < bnd && an_tok_punct(ctx, a, ','))
		a++;
	e = bnd;
	while (e > a && (an_tok_punct(ctx, e - 1, ',') || is_end_punct(ctx, e - 1)))
		e--;
	if (e <= a)
		return 0;
	out->start = ctx->tok[a].start;
	out->end = ws_token_end(&ctx->tok[e - 1]);
	/*
	 * The sentence is the end of a quotation that began before it.  Not
	 * one that goes on past it: an unclosed quotation would otherwise give
	 * every cue in its paragraph the whole paragraph so far (quadratic).
	 */
	if ((q = an_quote_at(ctx, first)) != NULL && q->start < out->start &&
	    q->end <= ctx->doc->sentences[ctx->sent].span.end)
		out->start = sentence_start_of(ctx, q);
	return 1;
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

	if (k == 0 || (k == 1 && (ctx->tok[0].flags & WS_TOK_WORD))) {
		size_t c = np_end + 1, e;

		if (c >= ctx->ntok || !an_tok_punct(ctx, np_end, ','))
			return 0;
		e = content_end(ctx, c);
		if (e <= c)
			return 0;
		set_span(&content, ctx, c, e);
		if (is_quote_mark(ctx, c, WS_TOK_OPEN_QUOTE)) {
			struct ws_span q = quote_content(ctx, c);

			if (q.end > content.end)
				content.end = q.end;
		}
	} else {
		size_t bnd = k - 1;

		if (!content_back(ctx, an_tok_punct(ctx, bnd, ',') ? bnd : k, &content)) {
			struct ws_span sp;

			set_span(&sp, ctx, 0, k);
			content = sp;
			if (content.start == content.end)
				return 0;
		}
		/* "X, according to Y, includes Z" goes on; ", which …" and ", taking …" do not. */
		if (an_tok_punct(ctx, np_end, ',') && np_end + 1 < ctx->ntok &&
		    !is_ing(ctx, np_end + 1) && !in_list(ctx, np_end + 1, clause_heads) &&
		    !an_tok_is(ctx, np_end + 1, "who") && !in_list(ctx, np_end + 1, stop_words)) {
			size_t e = content_end(ctx, np_end + 1);

			if (e > np_end + 1)
				content.end = ws_token_end(&ctx->tok[e - 1]);
		}
	}
	if ((cl = new_claim(ctx, k, ce, CUE_ACCORDING)) == NULL)
		return -1;
	cl->c.content = ws_span32_of(content);
	cl->by_tok = ce;
	cl->by_end = np_end;
	set_span32(&cl->c.by, ctx, ce, np_end);
	return 0;
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
		    !(ctx->tok[ce].flags & WS_TOK_WORD) || (ctx->tok[ce].flags & WS_TOK_NUMBER))
			return 0;
	}
	while (np_end < ctx->ntok && np_end < ce + APPOS_MAX && !an_tok_punct(ctx, np_end, ',') &&
	       !is_end_punct(ctx, np_end) && !is_quote_mark(ctx, np_end, WS_TOK_OPEN_QUOTE))
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
	return (ctx->tok[k].flags & WS_TOK_WORD) && an_name_len(ctx, k) != len;
}

/*
 * A verb in its base form needs a subject that takes it: "they say", "I
 * would say", "Democrats say"; "a private email server" has none.
 */
static int
base_form_fits(const struct an_ctx *ctx, size_t k)
{
	size_t j = skip_aux_back(ctx, k - 1), len;
	const char *t;

	if (j != k - 1)
		return 1;	/* "will say", "did not say" */
	if (ctx->ti[j].pronoun || an_tok_is(ctx, j, "i") || an_tok_is(ctx, j, "we") ||
	    an_tok_is(ctx, j, "you") || an_tok_is(ctx, j, "who") || an_tok_is(ctx, j, "that") ||
	    an_tok_is(ctx, j, "which") || in_list(ctx, j, plural_subjects))
		return 1;
	/* "42% say", "a third of independents, 33%, say" */
	if (an_tok_punct(ctx, j, '%') || (an_tok_punct(ctx, j, ',') && j > 0 && an_tok_punct(ctx, j - 1, '%')))
		return 1;
	if (!(ctx->tok[j].flags & WS_TOK_WORD) || is_possessive(ctx, j))
		return 0;
	t = an_text(ctx, j, &len);
	return (ctx->tok[j].flags & WS_TOK_CAP) || (len > 3 && t[len - 1] == 's');
}

/* Glued to a mark that is not a quotation mark: "<tweet", "tweet-id", "e-mail". */
static int
glued(const struct an_ctx *ctx, size_t k)
{
	size_t e = ctx->ti[k].cue_end;

	if (k > 0 && ws_token_end(&ctx->tok[k - 1]) == ctx->tok[k].start &&
	    !(ctx->tok[k - 1].flags & (WS_TOK_WORD | WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE)))
		return 1;
	return e < ctx->ntok && ws_token_end(&ctx->tok[e - 1]) == ctx->tok[e].start &&
	       (an_tok_punct(ctx, e, '-') || an_tok_punct(ctx, e, '=') || an_tok_punct(ctx, e, '>'));
}

/* "six in 10 said", "43 said": people counted, before "said" or "say". */
static int
counted_speakers(const struct an_ctx *ctx, size_t k)
{
	return an_tok_is(ctx, k, "said") || an_tok_is(ctx, k, "say") || an_tok_is(ctx, k, "says");
}

/* "said", "says", "told": no noun, whatever stands before ("The Wisconsin Republican says"). */
static int
never_noun(const struct an_ctx *ctx, size_t k)
{
	return an_tok_is(ctx, k, "said") || an_tok_is(ctx, k, "says") || an_tok_is(ctx, k, "told") ||
	       an_tok_is(ctx, k, "tells");
}

/* Is sentence token k a verb here, not a noun ("the reported admission", "his claims")? */
static int
verb_here(const struct an_ctx *ctx, size_t k)
{
	if (ctx->ti[k].in_name || glued(ctx, k))
		return 0;
	if (k > 0 && (is_possessive(ctx, k - 1) ||
		      ((ctx->tok[k - 1].flags & WS_TOK_NUMBER) && !counted_speakers(ctx, k)) ||
		      ((ctx->ti[k - 1].words & LEXW_ADJ) && !never_noun(ctx, k))))
		return 0;
	if ((ctx->ti[k].cue->flags & LEXF_BASE) && (k == 0 || !base_form_fits(ctx, k)))
		return 0;
	if (k > 0 && !(ctx->ti[k].cue->flags & LEXF_ING) && in_list(ctx, k - 1, noun_preps))
		return 0;	/* "with plans to", "of claims" */
	if (k > 0 && (in_list(ctx, k - 1, noun_markers) || an_tok_is(ctx, k - 1, "to")))
		return 0;
	if (k > 0 && ctx->ti[k].cue->cls == CUE_EVIDENCE &&
	    in_list(ctx, k - 1, be_forms))
		return 0;
	if (k > 0 && (ctx->tok[k].flags & WS_TOK_CAP) && !ctx->titlecase &&
	    ctx->doc->blocks[ctx->doc->sentences[ctx->sent].block].kind == WS_BLOCK_PARAGRAPH &&
	    !is_quote_mark(ctx, k - 1, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
		return 0;
	return 1;
}

/* After the cue: skip "that", the hearer, adjuncts.  Returns where the content may start. */
static size_t
skip_after_cue(const struct an_ctx *ctx, size_t c, unsigned char cls)
{
	size_t t;

	if (cls == CUE_TELL) {
		if ((t = that_ahead(ctx, c)) != WS_NONE)
			return t + 1;
		c = skip_hearer(ctx, c);
	}
	for (;;) {
		while (c < ctx->ntok && in_list(ctx, c, time_words))
			c++;
		/* "on Saturday", "in March", "last week" */
		if ((an_tok_is(ctx, c, "on") || an_tok_is(ctx, c, "in")) && c + 1 < ctx->ntok &&
		    (in_list(ctx, c + 1, time_words) || (ctx->ti[c + 1].words & LEXW_NOT_NAME)) &&
		    (ctx->tok[c + 1].flags & WS_TOK_CAP)) {
			c += 2;
			continue;
		}
		break;
	}
	if (in_list(ctx, c, preps) && (t = that_ahead(ctx, c)) != WS_NONE)
		return t + 1;
	if (an_tok_is(ctx, c, "to"))
		return c;	/* "vowed to fight on" */
	if (an_tok_is(ctx, c, "about") && c + 1 < ctx->ntok && (ctx->tok[c + 1].flags & WS_TOK_NUMBER))
		return c;	/* "said about 20 people …" */
	if (an_tok_is(ctx, c, "that") || an_tok_punct(ctx, c, ':'))
		return c + 1;
	if (in_list(ctx, c, preps)) {
		/*
		 * "said in a statement Tuesday." or "said in an interview, “…”";
		 * "said after the vote he would …": the content starts at "he".
		 */
		size_t j = c;

		while (j < ctx->ntok && j < c + SKIP_MAX && !an_tok_punct(ctx, j, ',') &&
		       !is_end_punct(ctx, j) && !is_quote_mark(ctx, j, WS_TOK_OPEN_QUOTE)) {
			if (j > c + 1 && j <= c + 5 && (ctx->ti[j].pronoun > 1 || an_tok_is(ctx, j, "they") ||
							an_tok_is(ctx, j, "i") || an_tok_is(ctx, j, "we")))
				return j;
			j++;
		}
		return j;
	}
	return c;
}

/*
 * A closing mark not far before sentence token `from`, with only the
 * words of a long subject between ("“…,” Texas-based analyst Dana Reyes
 * said"): returns it, or WS_NONE.
 */
static size_t
quote_back(const struct an_ctx *ctx, size_t from)
{
	for (size_t i = from; i-- > 0 && i + QUOTE_BACK_MAX > from;) {
		if (is_quote_mark(ctx, i, WS_TOK_CLOSE_QUOTE))
			return i;
		if (is_cue(ctx, i) || is_quote_mark(ctx, i, WS_TOK_OPEN_QUOTE))
			break;
		/* "Rep." and "(D-Ore.)" are part of a subject; a full stop is not. */
		if (is_end_punct(ctx, i) && !(i > 0 && ws_token_end(&ctx->tok[i - 1]) == ctx->tok[i].start &&
					      (ctx->tok[i - 1].flags & WS_TOK_CAP) &&
					      ws_token_len(&ctx->tok[i - 1]) <= 4))
			break;
	}
	return WS_NONE;
}

/* Is b (before the subject) a boundary that a content can end at? */
static int
is_boundary(const struct an_ctx *ctx, size_t b)
{
	return b != WS_NONE && (an_tok_punct(ctx, b, ',') || is_dash(ctx, b) ||
				is_quote_mark(ctx, b, WS_TOK_CLOSE_QUOTE));
}

static int
quote_boundary(const struct an_ctx *ctx, size_t b)
{
	return b != WS_NONE && b > 0 && (is_quote_mark(ctx, b, WS_TOK_CLOSE_QUOTE) ||
	       (an_tok_punct(ctx, b, ',') && is_quote_mark(ctx, b - 1, WS_TOK_CLOSE_QUOTE)));
}

/*
 * Is the quotation that ends at boundary b a title in the middle of the
 * sentence ("on the “Morning Show,” Okafor said the …"), not a claim?
 */
static int
title_back(const struct an_ctx *ctx, size_t b)
{
	const struct an_quote *q;

	if (!quote_boundary(ctx, b))
		return 0;
	if (an_tok_punct(ctx, b, ','))
		b--;
	q = quote_of(ctx, b);
	return q != NULL && q->nwords <= TITLE_WORDS_MAX &&
	       q->open > ctx->doc->sentences[ctx->sent].first_token &&
	       (ctx->doc->tokens[q->open - 1].flags & WS_TOK_WORD) &&
	       q->start > ctx->tok[0].start;
}

static int
add_claim(struct an_ctx *ctx, size_t k, struct ws_span content, size_t by, size_t by_end)
{
	struct an_claim *cl;

	if (content.end <= content.start)
		return 0;
	if ((cl = new_claim(ctx, k, ctx->ti[k].cue_end, ctx->ti[k].cue->cls)) == NULL)
		return -1;
	cl->c.content = ws_span32_of(content);
	if (by != WS_NONE && by_end != WS_NONE && by < by_end) {
		cl->by_tok = by;
		cl->by_end = by_end;
		set_span32(&cl->c.by, ctx, by, by_end);
	}
	return 0;
}

/*
 * A participle opening the sentence: "Asked about the delay, Okafor
 * said …", "Responding to the union, the mayor wrote …".  The content runs
 * to the first comma; the subject after it is credited.
 */
static int
opener(struct an_ctx *ctx, size_t k)
{
	size_t c = ctx->ti[k].cue_end, e, by, by_end;
	struct ws_span content;

	if (an_tok_is(ctx, c, "about") || an_tok_is(ctx, c, "to") || an_tok_is(ctx, c, "by"))
		c++;
	for (e = c; e < ctx->ntok && e < c + OPENER_MAX && !an_tok_punct(ctx, e, ','); e++)
		if (is_end_punct(ctx, e) || is_quote_mark(ctx, e, WS_TOK_OPEN_QUOTE))
			return 0;
	if (e == c || e >= ctx->ntok || !an_tok_punct(ctx, e, ','))
		return 0;
	set_span(&content, ctx, c, e);
	ctx->skip_to = e;	/* its cues are the question's, not claims */
	by = e + 1;
	by_end = np_forward(ctx, by);
	if (!(ctx->tok[by].flags & WS_TOK_CAP) && !ctx->ti[by].pronoun && !in_list(ctx, by, determiners))
		by_end = by;
	return add_claim(ctx, k, content, by, by_end);
}

static int
at_sentence_start(const struct an_ctx *ctx, size_t k)
{
	for (size_t i = 0; i < k; i++)
		if (ctx->tok[i].flags & WS_TOK_WORD)
			return 0;
	return 1;
}

/*
 * Does quotation q carry a tag of its own: "“…,” he added." ends its words
 * with a comma, "“…?” she asked." with a mark and a lower-case word after.
 */
static int
tagged_quote(const struct an_ctx *ctx, const struct an_quote *q)
{
	const struct ws_token *tok = ctx->doc->tokens;
	size_t last = q->close - 1, after = q->close + 1;

	if (q->close == 0 || last <= q->open)
		return 0;
	if (an_mark_is(ctx, &tok[last], ','))
		return 1;
	return (an_mark_is(ctx, &tok[last], '?') || an_mark_is(ctx, &tok[last], '!')) &&
	       after < ctx->doc->ntokens && (tok[after].flags & WS_TOK_WORD) &&
	       !(tok[after].flags & WS_TOK_CAP);
}

/*
 * Is there more narration between a content and the quotation q after it
 * than quoted words in both ("“…,” said X, a scholar of … and one of the
 * authors of …. “…”")?  Then the quotation is a claim of its own: one
 * span over both would credit the narration to the speaker.
 */
static int
narration_between(const struct ws_span *content, const struct an_quote *q)
{
	return q->start - content->end > (content->end - content->start) + (q->end - q->start);
}

/*
 * "“…,” Okafor said. “…”": the quotation goes on in the next sentences of
 * the paragraph that open with a quotation mark.
 */
static void
next_quotes(const struct an_ctx *ctx, struct ws_span *content)
{
	const struct ws_doc *doc = ctx->doc;
	size_t block = doc->sentences[ctx->sent].block, i = ctx->sent + 1;

	for (int n = 0; n < NEXT_QUOTES_MAX && i < doc->nsentences; n++) {
		const struct ws_sentence *se = &doc->sentences[i];
		const struct an_quote *q;

		if (se->block != block || se->ntokens == 0 ||
		    !(doc->tokens[se->first_token].flags & WS_TOK_OPEN_QUOTE) ||
		    (q = an_quote_at(ctx, se->first_token)) == NULL || !q->closed ||
		    tagged_quote(ctx, q) || narration_between(content, q))
			return;
		content->end = q->end;
		i = ws_doc_sentence_at(doc, doc->tokens[q->close].start) + 1;
		/* Only when the quotation ends its sentence. */
		if (i - 1 >= doc->nsentences ||
		    doc->sentences[i - 1].first_token + doc->sentences[i - 1].ntokens > q->close + 2)
			return;
	}
}

/*
 * No quotation mark from sentence token c to the end: "“…,” said Okafor,
 * the mayor, on Monday." leaves the next quotation to Okafor too.
 */
static int
unquoted_rest(const struct an_ctx *ctx, size_t c)
{
	for (; c < ctx->ntok; c++)
		if (ctx->tok[c].flags & (WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
			return 0;
	return 1;
}

/* "…, X said, the rest of it": the content goes on after the cue. */
static void
continue_clause(const struct an_ctx *ctx, struct ws_span *content, size_t c)
{
	size_t e;

	if (!an_tok_punct(ctx, c, ',') || c + 1 >= ctx->ntok ||
	    !(ctx->tok[c + 1].flags & WS_TOK_WORD) ||
	    (is_cue(ctx, c + 1) && ((ctx->ti[c + 1].cue->flags & LEXF_ING) ||
				    ctx->ti[c + 1].cue->cls == CUE_ACCORDING)))
		return;
	e = content_end(ctx, c + 1);
	if (e > c + 1 && ws_token_end(&ctx->tok[e - 1]) > content->end)
		content->end = ws_token_end(&ctx->tok[e - 1]);
}

/*
 * Where a relative clause's content ends ("Obama, who endorsed her on
 * Thursday, is making his pitch"): at the comma the main clause's verb
 * follows, not at one inside a list ("from A, to B").  In [c, e), or e.
 */
static size_t
relative_end(const struct an_ctx *ctx, size_t c, size_t e)
{
	for (size_t j = c; j + 1 < e; j++) {
		size_t n = j + 1;

		if (!an_tok_punct(ctx, j, ','))
			continue;
		if ((ctx->tok[n].flags & WS_TOK_WORD) && !(ctx->tok[n].flags & (WS_TOK_CAP | WS_TOK_NUMBER)) &&
		    !in_list(ctx, n, preps) && !in_list(ctx, n, determiners) &&
		    !in_list(ctx, n, stop_words) && !ctx->ti[n].pronoun)
			return j;
	}
	return e;
}

/* The first comma in [c, e), or e. */
static size_t
comma_before(const struct an_ctx *ctx, size_t c, size_t e)
{
	for (size_t j = c; j < e; j++)
		if (an_tok_punct(ctx, j, ','))
			return j;
	return e;
}

/*
 * The person or outlet named last before sentence token k: who "…,
 * saying …" is about when nothing else in the sentence was claimed.
 */
static size_t
nearest_mention(const struct an_ctx *ctx, size_t k, size_t *end)
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

/* "Said Okafor, “…”": a cue opening the sentence, its subject after it. */
static int
said_first(struct an_ctx *ctx, size_t k)
{
	size_t c = ctx->ti[k].cue_end, e = np_forward(ctx, c);
	struct ws_span content;

	if (e == c || e + 1 >= ctx->ntok || !an_tok_punct(ctx, e, ','))
		return 0;
	if (is_quote_mark(ctx, e + 1, WS_TOK_OPEN_QUOTE))
		content = quote_content(ctx, e + 1);
	else
		set_span(&content, ctx, e + 1, content_end(ctx, e + 1));
	return add_claim(ctx, k, content, c, e);
}

/* "is predicting", "were saying": an -ing cue after a form of "be" is a finite verb. */
static int
progressive(const struct an_ctx *ctx, size_t k)
{
	size_t j = k;

	while (j > 0 && is_adverb(ctx, j - 1))
		j--;
	if (j > 0 && (an_tok_is(ctx, j - 1, "also") || an_tok_is(ctx, j - 1, "still")))
		j--;
	return j > 0 && (an_tok_is(ctx, j - 1, "is") || an_tok_is(ctx, j - 1, "are") ||
			 an_tok_is(ctx, j - 1, "was") || an_tok_is(ctx, j - 1, "were") ||
			 an_tok_is(ctx, j - 1, "been") || an_tok_is(ctx, j - 1, "be") ||
			 an_tok_is(ctx, j - 1, "’re") || an_tok_is(ctx, j - 1, "'re"));
}

/*
 * "“Enough!” Okafor said.": the mark ends a sentence of its own, so the
 * quotation that ends the sentence before is the content.
 */
static int
exclaimed_back(const struct an_ctx *ctx, struct ws_span *out)
{
	const struct ws_doc *doc = ctx->doc;
	size_t first = doc->sentences[ctx->sent].first_token;
	const struct an_quote *q;
	const struct ws_token *t;

	if (ctx->sent == 0 || first < 2 ||
	    doc->sentences[ctx->sent - 1].block != doc->sentences[ctx->sent].block)
		return 0;
	t = &doc->tokens[first - 2];
	if (!(doc->tokens[first - 1].flags & WS_TOK_CLOSE_QUOTE) ||
	    (!an_mark_is(ctx, t, '!') && !an_mark_is(ctx, t, '?')) ||
	    (q = an_quote_at(ctx, first - 1)) == NULL || q->close != first - 1)
		return 0;
	out->start = q->start;
	out->end = q->end;
	return 1;
}

/* Words that open the question a person was asked. */
static const char *const question_words[] = {
	"if", "whether", "about", "why", "what", "how", "when", "who", "where", NULL,
};

/*
 * "asked by a reporter whether …": the asker is no content; the question
 * after it is.  c is "by", k the cue.
 */
static int
asked_by(const struct an_ctx *ctx, size_t k, size_t c)
{
	size_t e;

	if (!an_tok_is(ctx, k, "asked"))
		return 0;
	e = np_forward(ctx, c + 1);
	return e > c + 1 && in_list(ctx, e, question_words);
}

/*
 * From c on, after a cue (and the hearer of "told"), only the rest of the
 * narration ("in his filing", "to a crowd of 500") or a show's title
 * ("told ABC's “Morning Show.”"): the content is the one before.
 */
static int
rest_is_narration(const struct an_ctx *ctx, size_t c)
{
	const struct an_quote *q;

	if (c >= ctx->ntok || is_end_punct(ctx, c))
		return 1;
	if (is_quote_mark(ctx, c, WS_TOK_OPEN_QUOTE))
		return c > 0 && (ctx->tok[c - 1].flags & WS_TOK_WORD) && (q = quote_of(ctx, c)) != NULL &&
		       q->nwords <= TITLE_WORDS_MAX;
	for (size_t j = c; j < ctx->ntok && !is_end_punct(ctx, j); j++)
		if (j >= c + SKIP_MAX || is_cue(ctx, j) || an_tok_is(ctx, j, "that") ||
		    an_tok_punct(ctx, j, ':') ||
		    is_quote_mark(ctx, j, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE) ||
		    (ctx->ti[j].cue != NULL && ctx->ti[j].cue->kind == LEX_AUX))
			return 0;
	return 1;
}

/*
 * "with three in 10 saying …", "with 62 percent of voters saying …": the
 * noun phrase between "with" and the participle at k is its subject.
 * Returns its first token, or WS_NONE.
 */
static size_t
with_subject(const struct an_ctx *ctx, size_t k)
{
	for (size_t j = k; j-- > 0 && j + NP_MAX > k;) {
		if (an_tok_is(ctx, j, "with"))
			return j + 1 < k ? j + 1 : WS_NONE;
		if (!(ctx->tok[j].flags & WS_TOK_WORD) && !an_tok_punct(ctx, j, '%') &&
		    !an_tok_punct(ctx, j, '-'))
			return WS_NONE;
		if (in_list(ctx, j, stop_words) || is_cue(ctx, j) ||
		    (ctx->ti[j].cue != NULL && ctx->ti[j].cue->kind == LEX_AUX))
			return WS_NONE;
	}
	return WS_NONE;
}

static int
speech(struct an_ctx *ctx, size_t k)
{
	const struct lex_entry *cue = ctx->ti[k].cue;
	size_t ce = ctx->ti[k].cue_end, c, j, by = WS_NONE, by_end = WS_NONE, bnd = WS_NONE;
	struct ws_span content = { 0, 0 }, back;
	int forward, have_back, after_that, ing, appos = 0;

	if (!verb_here(ctx, k))
		return 0;
	ing = (cue->flags & LEXF_ING) && !progressive(ctx, k);
	if (at_sentence_start(ctx, k) && k + 1 < ctx->ntok && (ctx->tok[k].flags & WS_TOK_CAP) &&
	    ((cue->flags & LEXF_ING) || (cue->len > 2 && strcmp(cue->phrase + cue->len - 2, "ed") == 0)))
		return opener(ctx, k);
	if (at_sentence_start(ctx, k) && (ctx->tok[k].flags & WS_TOK_CAP) && !ctx->titlecase &&
	    (ctx->tok[k + 1 < ctx->ntok ? k + 1 : k].flags & WS_TOK_CAP))
		return said_first(ctx, k);
	/* The subject, before the cue. */
	j = k == 0 ? WS_NONE : skip_aux_back(ctx, k - 1);
	if (j != WS_NONE && an_tok_punct(ctx, j, ',') && !ing) {
		size_t a = apposition_back(ctx, j), f, fe;

		if (a != WS_NONE && a > 0 && an_tok_is(ctx, a - 1, "who")) {
			/* "Okafor, who, after the vote, said": the relative pronoun. */
			by = a - 1;
			by_end = a;
			bnd = by == 0 ? WS_NONE : by - 1;
		} else if ((f = sentence_subject(ctx, j, &fe)) != WS_NONE && an_tok_punct(ctx, fe, ',') &&
		    ctx->first_comma == fe && !quote_boundary(ctx, fe) && no_cue_between(ctx, fe, j)) {
			/* "Cory James, 22, of Flint, Mich., said": the sentence's subject. */
			by = f;
			by_end = fe;
			bnd = by == 0 ? WS_NONE : by - 1;
			appos = fe < j;
		} else if (a != WS_NONE && (by = np_back(ctx, a - 1)) != WS_NONE) {
			by_end = a;
			bnd = by == 0 ? WS_NONE : by - 1;
			appos = 1;
		} else {
			bnd = j;	/* "…, said X" */
		}
	} else if (j != WS_NONE && is_quote_mark(ctx, j, WS_TOK_CLOSE_QUOTE)) {
		bnd = j;		/* "“…” said X" */
	} else if (j != WS_NONE && !ing) {
		if ((by = np_back(ctx, j)) != WS_NONE) {
			by_end = j + 1;
			bnd = by == 0 ? WS_NONE : by - 1;
		} else if (an_tok_is(ctx, j, "and") || an_tok_is(ctx, j, "but")) {
			/* "I laughed and said …": the subject of the verb before. */
			if (j >= 2 && (ctx->tok[j - 1].flags & WS_TOK_WORD) &&
			    !(ctx->tok[j - 1].flags & WS_TOK_CAP) && !in_list(ctx, j - 1, stop_words) &&
			    (an_tok_is(ctx, j - 2, "he") || an_tok_is(ctx, j - 2, "she") ||
			     an_tok_is(ctx, j - 2, "they") || ctx->ti[j - 2].in_name ||
			     an_tok_is(ctx, j - 2, "i") || an_tok_is(ctx, j - 2, "we"))) {
				by = np_back(ctx, j - 2);
				by_end = j - 1;
			} else {
				by = sentence_subject(ctx, j, &by_end);
			}
			if (by == WS_NONE)
				by_end = WS_NONE;	/* "X paused and recalled …" has X's subject */
		}
	}
	if (!is_boundary(ctx, bnd) && !ing) {
		size_t q = quote_back(ctx, by != WS_NONE ? by : k);

		if (q != WS_NONE)
			bnd = q;
	}
	have_back = is_boundary(ctx, bnd) && content_back(ctx, bnd, &back);
	c = skip_after_cue(ctx, ce, cue->cls);
	if (!have_back && bnd == WS_NONE && by == 0 && rest_is_narration(ctx, c))
		have_back = exclaimed_back(ctx, &back);	/* "“…?” Okafor said to the crowd." */
	if (!have_back && k == 0 && by == WS_NONE && c < ctx->ntok && exclaimed_back(ctx, &back)) {
		size_t e = np_forward(ctx, c);	/* "“…?” asked Okafor, the mayor." */

		if (e > c && (e >= ctx->ntok || an_tok_punct(ctx, e, ',') || is_end_punct(ctx, e))) {
			by = c;
			by_end = e;
			c = e;
			have_back = 1;
		}
	}
	after_that = c > ce && (an_tok_is(ctx, c - 1, "that") || an_tok_punct(ctx, c - 1, ':'));
	/* Which way does the content lie? */
	if (c >= ctx->ntok || is_end_punct(ctx, c)) {
		forward = 0;
	} else if (an_tok_punct(ctx, c, ',')) {
		/* "“…,” X said, “…”" and "…, X said, …" read back; "X said, “…”" forward. */
		forward = !have_back;
		if (forward)
			c++;
	} else if (by == WS_NONE && bnd != WS_NONE) {
		/* Inverted: "…,” said Okafor, the mayor." */
		size_t e = np_forward(ctx, c);

		forward = !(e > c && (e >= ctx->ntok || an_tok_punct(ctx, e, ',') ||
				      is_end_punct(ctx, e) || quote_boundary(ctx, bnd)));
		if (!forward) {
			by = c;
			by_end = e;
			c = e;
		}
	} else {
		/* "“…” he said when asked": the quotation is the content. */
		/* "“…,” she said on “The Harbour Hour”": a show's title, not the content. */
		const struct an_quote *tq = quote_of(ctx, c);
		int title_after = is_quote_mark(ctx, c, WS_TOK_OPEN_QUOTE) && c > ce &&
				  (ctx->tok[c - 1].flags & WS_TOK_WORD) && tq != NULL &&
				  tq->nwords <= TITLE_WORDS_MAX;

		forward = !(have_back && quote_boundary(ctx, bnd) && !after_that &&
			    (!is_quote_mark(ctx, c, WS_TOK_OPEN_QUOTE) || title_after)) ||
			  title_back(ctx, bnd);
	}
	if (forward && cue->cls == CUE_TELL && have_back && !after_that && rest_is_narration(ctx, c))
		forward = 0;	/* "…, he told the court in his filing." */
	if (ing && forward && cue->cls == CUE_SPEECH && (by = with_subject(ctx, k)) != WS_NONE) {
		/* "with 30 percent of voters saying …": they say it. */
		by_end = k;
	} else if (ing) {
		/* ", adding that …", "by saying …": the subject is the main clause's. */
		if (!forward || k == 0 || (!an_tok_punct(ctx, k - 1, ',') && !in_list(ctx, k - 1, ing_preps)))
			return 0;
		const struct an_claim *pv = ctx->nsc > 0 ? &ctx->sc[ctx->nsc - 1] : NULL;

		by = by_end = WS_NONE;
		if (pv != NULL && pv->by_tok < pv->by_end &&
		    (pv->cue_end + 3 >= k || an_named_subject(ctx, k, &by_end) == WS_NONE)) {
			/* "…, Okafor said, adding …", "“…,” she told CNN on Sunday, saying …": hers. */
			by = pv->by_tok;
			by_end = pv->by_end;
		} else if ((by = an_named_subject(ctx, k, &by_end)) == WS_NONE && ctx->nsc == 0 &&
		    (by = nearest_mention(ctx, k, &by_end)) == WS_NONE &&
		    (by = sentence_subject(ctx, k, &by_end)) == WS_NONE)
			by_end = WS_NONE;
	}
	if (forward) {
		size_t e;

		if (c < ctx->ntok && an_tok_is(ctx, c, "by") && asked_by(ctx, k, c))
			c = np_forward(ctx, c + 1);	/* "asked by a reporter whether …" */
		if (c >= ctx->ntok || an_tok_is(ctx, c, "by"))
			return 0;	/* "was opposed by …" */
		if (is_quote_mark(ctx, c, WS_TOK_OPEN_QUOTE)) {
			content = quote_content(ctx, c);
			e = content_end(ctx, c);
			/* "claimed “Trump exaggerates” the level of …": the sentence goes on. */
			if (e > c && ws_token_end(&ctx->tok[e - 1]) > content.end) {
				const struct an_quote *q = quote_of(ctx, e - 1);

				content.end = q != NULL && q->end > ws_token_end(&ctx->tok[e - 1]) ? q->end :
					      ws_token_end(&ctx->tok[e - 1]);
			}
		} else {
			e = content_end(ctx, c);
			if (k > 0 && an_tok_punct(ctx, k - 1, ',') && by != WS_NONE && by_end < k && !ing &&
			    !appos)
				e = comma_before(ctx, c, e);	/* "X, asked whether …, smiled" */
			if (by != WS_NONE && by + 1 == by_end &&
			    (an_tok_is(ctx, by, "who") || an_tok_is(ctx, by, "which")))
				e = relative_end(ctx, c, e);	/* "Obama, who endorsed her, is …" */
			if (e <= c)
				return 0;
			set_span(&content, ctx, c, e);
			/* A quotation that runs on past this sentence. */
			{
				const struct an_quote *q = quote_of(ctx, e - 1);

				if (q != NULL && q->start >= content.start && q->end > content.end)
					content.end = q->end;
			}
		}
	} else {
		/* "The plan cannot work Okafor argues.": no comma, still hers. */
		if (!have_back && by != WS_NONE && by >= BARE_BACK_MIN && by_end <= k &&
		    (ctx->tok[by].flags & WS_TOK_CAP) && !is_quote_mark(ctx, 0, WS_TOK_OPEN_QUOTE)) {
			size_t e = by;

			while (e > 0 && (an_tok_punct(ctx, e - 1, ',') || is_end_punct(ctx, e - 1)))
				e--;
			set_span(&back, ctx, 0, e);
			have_back = e > 0;
		}
		if (!have_back)
			return 0;
		content = back;
		continue_quote(ctx, &content, c);
		if (c >= ctx->ntok || (is_end_punct(ctx, c) && c + 1 >= ctx->ntok) ||
		    (quote_boundary(ctx, bnd) && unquoted_rest(ctx, c)))
			next_quotes(ctx, &content);
		if (by != WS_NONE && by_end <= k && !quote_boundary(ctx, bnd))
			continue_clause(ctx, &content, c);
	}
	return add_claim(ctx, k, content, by, by_end);
}

/*
 * "X said:" or "X posted a message:" ending a sentence, and a quotation
 * or a block quote right after: that is the content.
 */
static int
colon_intro(struct an_ctx *ctx)
{
	const struct ws_doc *doc = ctx->doc;
	size_t n = ctx->ntok, next = ctx->sent + 1, k, by, by_end;
	const struct ws_sentence *ns;
	struct ws_span quoted;
	struct an_claim *cl;

	if (n < 3 || !an_tok_punct(ctx, n - 1, ':') || next >= doc->nsentences ||
	    (ns = &doc->sentences[next])->ntokens == 0)
		return 0;
	if (doc->blocks[ns->block].kind == WS_BLOCK_QUOTE &&
	    doc->blocks[ns->block].span.start >= ws_token_end(&ctx->tok[n - 1])) {
		quoted = ws_block_span(&doc->blocks[ns->block]);
	} else if (doc->tokens[ns->first_token].flags & WS_TOK_OPEN_QUOTE) {
		const struct an_quote *q = an_quote_at(ctx, ns->first_token);

		if (q == NULL)
			return 0;
		quoted.start = q->start;
		quoted.end = q->end;
	} else {
		return 0;
	}
	/* A claim of this sentence whose content ran up to the colon takes the quotation. */
	if (ctx->nsc > 0 && ctx->sc[ctx->nsc - 1].c.content.end <= ctx->tok[n - 1].start &&
	    ctx->sc[ctx->nsc - 1].c.content.end + 2 >= ctx->tok[n - 1].start &&
	    ctx->sc[ctx->nsc - 1].cls != CUE_ACCORDING) {
		cl = &ctx->sc[ctx->nsc - 1];
		cl->c.content = ws_span32_of(quoted);
		return 0;
	}
	for (k = n - 2; k > 0 && !is_cue(ctx, k); k--)
		;
	if (!is_cue(ctx, k) || ctx->ti[k].cue_end + 4 < n || k == 0 || !verb_here(ctx, k))
		return 0;
	by_end = skip_aux_back(ctx, k - 1);
	if (by_end == WS_NONE || (by = np_back(ctx, by_end)) == WS_NONE)
		return 0;
	if ((cl = new_claim(ctx, k, ctx->ti[k].cue_end, ctx->ti[k].cue->cls)) == NULL)
		return -1;
	cl->c.content = ws_span32_of(quoted);
	cl->by_tok = by;
	cl->by_end = by_end + 1;
	set_span32(&cl->c.by, ctx, cl->by_tok, cl->by_end);
	return 0;
}

/* A headline in title case ("Mayor Says Port Will Reopen"): its cues are capitalised. */
int
an_title_case(const struct an_ctx *ctx)
{
	size_t words = 0, caps = 0;

	for (size_t k = 0; k < ctx->ntok; k++) {
		if (!(ctx->tok[k].flags & WS_TOK_WORD) || (ctx->tok[k].flags & WS_TOK_NUMBER))
			continue;
		words++;
		caps += (ctx->tok[k].flags & WS_TOK_CAP) != 0;
	}
	return words >= 3 && caps * 10 >= words * 7;
}

/* The words among sentence tokens [a, b). */
static size_t
words_between(const struct an_ctx *ctx, size_t a, size_t b)
{
	size_t n = 0;

	for (; a < b; a++)
		n += (ctx->tok[a].flags & WS_TOK_WORD) != 0;
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
	if (ctx->ntok == 0 || !(ctx->tok[0].flags & WS_TOK_CAP))
		return 0;
	for (size_t c = 1; c < ctx->ntok && c < NAME_COLON_MAX * 2; c++) {
		if (an_tok_punct(ctx, c, ':'))
			return c;
		if (is_quote_mark(ctx, c, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE) || is_cue(ctx, c) ||
		    is_end_punct(ctx, c))
			return 0;
	}
	return 0;
}

/*
 * "Okafor: The port stays shut." and "HARBOUR MASTER: Well, …": a name
 * and a colon open the sentence; what follows is theirs.
 */
static int
name_colon(struct an_ctx *ctx)
{
	const struct ws_doc *doc = ctx->doc;
	size_t c, n = ctx->ntok;
	struct ws_span content;
	struct an_claim *cl;

	size_t b = doc->sentences[ctx->sent].block;
	/* A heading, or a first paragraph of one sentence: a headline with a period. */
	int headline = doc->blocks[b].kind != WS_BLOCK_PARAGRAPH ||
		       (b == 0 && doc->blocks[0].nsentences == 1);

	c = headline ? headline_colon(ctx) : 0;
	for (; c < n && c < NAME_COLON_MAX && (ctx->tok[c].flags & WS_TOK_WORD) &&
	     ((ctx->tok[c].flags & WS_TOK_CAP) || ctx->ti[c].in_name); c++)
		;
	if (c == 0 || c >= n - 1 || !an_tok_punct(ctx, c, ':') || is_cue(ctx, 0) ||
	    ((ctx->ti[0].words & LEXW_NOT_NAME) && !ctx->ti[0].in_name) || ctx->ti[0].pronoun)
		return 0;
	if (headline) {
		/* "Ryan: ‘Anti-Semitic Images’ Have ‘No Place’ …": the whole rest. */
		size_t e = content_end(ctx, c + 1);

		if (e <= c + 1)
			return 0;
		set_span(&content, ctx, c + 1, e);
	} else if (is_quote_mark(ctx, c + 1, WS_TOK_OPEN_QUOTE)) {
		content = quote_content(ctx, c + 1);
	} else {
		size_t e = content_end(ctx, c + 1);
		const struct ws_sentence *se = &doc->sentences[ctx->sent];
		const struct ws_block *bl = &doc->blocks[se->block];

		/* "Pledged: 781." and "Iowa: Ann Lee, Tom Ruiz" are a list, not a turn. */
		if (e <= c + 1 || words_between(ctx, c + 1, e) < NAME_COLON_MIN_WORDS)
			return 0;
		set_span(&content, ctx, c + 1, e);
		/* A speaker's turn in an interview: the rest of the paragraph. */
		if (ctx->sent == bl->first_sentence && bl->nsentences > 1 &&
		    bl->nsentences <= NAME_COLON_TURN)
			content.end = doc->sentences[bl->first_sentence + bl->nsentences - 1].span.end;
	}
	if ((cl = new_claim(ctx, c, c + 1, CUE_SPEECH)) == NULL)
		return -1;
	cl->c.content = ws_span32_of(content);
	cl->by_tok = 0;
	cl->by_end = c;
	set_span32(&cl->c.by, ctx, 0, c);
	ctx->skip_to = ctx->ntok;
	return 0;
}

/* Adverbs that credit their clause to reports no one is named for. */
static const char *const unnamed_reports[] = { "reportedly", NULL };

/*
 * "The FBI is reportedly making arrangements to …": the clause is claimed
 * by reports the article does not name; the cue is the adverb, and no one
 * is credited.
 */
static int
reportedly(struct an_ctx *ctx, size_t k)
{
	size_t a, e, end;
	struct an_claim *cl;

	if (!in_list(ctx, k, unnamed_reports) || (ctx->tok[k].flags & WS_TOK_CAP) ||
	    an_quote_at(ctx, ctx->doc->sentences[ctx->sent].first_token + k) != NULL)
		return 0;
	if ((a = sentence_subject(ctx, k, &end)) == WS_NONE)
		a = 0;
	e = content_end(ctx, k + 1);
	if (e <= k + 1 || a >= k)
		return 0;
	if ((cl = new_claim(ctx, k, k + 1, CUE_ACCORDING)) == NULL)
		return -1;
	set_span32(&cl->c.content, ctx, a, e);
	return 0;
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
 * Is claim b part of claim a's content rather than a claim of its own?
 * A belief, a stance or a finding inside it is what a reports ("Weaver
 * said he believes the fight will go on", "Okafor said the audit found
 * that …"); so is the speaker's own speech right after the cue ("Okafor
 * said she told the board …"), unless a is a frame naming an outlet ("Per
 * reports from the AP, he stated …": the AP reports his claim).  Other
 * speech inside stays a claim: "X said Y told him …" credits Y too.
 */
static int
nested_in(const struct an_ctx *ctx, const struct an_claim *b, const struct an_claim *a)
{
	if (a->c.content.start > b->c.cue.start || b->c.cue.end > a->c.content.end)
		return 0;
	if (b->cls == CUE_BELIEF || b->cls == CUE_STANCE || b->cls == CUE_EVIDENCE)
		return 1;
	return b->cls != CUE_ACCORDING && a->cls != CUE_ACCORDING && !credits_outlet(ctx, a) &&
	       b->by_end == b->by_tok + 1 && ctx->ti[b->by_tok].pronoun &&
	       a->c.content.start == ctx->tok[b->by_tok].start;
}

/* Drop the claims of the sentence that are part of another's content. */
static void
drop_nested(struct an_ctx *ctx)
{
	for (size_t i = 0; i < ctx->nsc; i++)
		for (size_t j = 0; j < ctx->nsc && !ctx->sc[i].dropped; j++)
			if (j != i && nested_in(ctx, &ctx->sc[i], &ctx->sc[j]))
				ctx->sc[i].dropped = 1;
}

int
an_find_claims(struct an_ctx *ctx)
{
	size_t k = 0, tried = 0, first = ctx->doc->sentences[ctx->sent].first_token;
	const struct an_quote *q;

	find_cuts(ctx);
	ctx->first_comma = WS_NONE;
	for (size_t j = 0; j < ctx->ntok && ctx->first_comma == WS_NONE; j++)
		if (ctx->ti[j].fw & FW_COMMA)
			ctx->first_comma = j;
	ctx->skip_to = 0;
	if (name_colon(ctx) < 0)
		return -1;
	while (k < ctx->ntok) {
		const struct lex_entry *cue = ctx->ti[k].cue;
		size_t n = ctx->nsc;
		int rc = 0;

		if (cue == NULL || cue->kind != LEX_CUE || ctx->ti[k].in_name) {
			if (cue != NULL && cue->kind == LEX_AUX && reportedly(ctx, k) < 0)
				return -1;
			k++;
			continue;
		}
		/* A cue inside a quotation is the speaker's own words, not a claim of the article. */
		if (cue->cls != CUE_ACCORDING && (q = an_quote_at(ctx, first + k)) != NULL &&
		    q->closed && q->open < first + k) {
			k++;
			continue;
		}
		/*
		 * Past a few hundred cues a "sentence" is not prose: stop, so that
		 * the claims of one sentence stay few whatever the input.
		 */
		if (++tried > AN_SENTENCE_MAX_CUES)
			break;
		switch (cue->cls) {
		case CUE_ACCORDING:
			rc = according(ctx, k);
			break;
		case CUE_SPEECH:
		case CUE_TELL:
		case CUE_BELIEF:
		case CUE_EVIDENCE:
		case CUE_STANCE:
			rc = speech(ctx, k);
			break;
		default:
			break;
		}
		if (rc < 0)
			return -1;
		k = ctx->nsc > n ? ctx->ti[k].cue_end : k + 1;
		if (ctx->skip_to > k)
			k = ctx->skip_to;
	}
	if (colon_intro(ctx) < 0)
		return -1;
	drop_nested(ctx);
	/* In the order of their cues, which resolution relies on. */
	for (size_t i = 1; i < ctx->nsc; i++) {
		struct an_claim cl = ctx->sc[i];
		size_t j = i;

		for (; j > 0 && ctx->sc[j - 1].cue_tok > cl.cue_tok; j--)
			ctx->sc[j] = ctx->sc[j - 1];
		ctx->sc[j] = cl;
	}
	return 0;
}
