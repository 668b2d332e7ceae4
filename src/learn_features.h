/*
 * The feature set's insides, shared by learn_features.c (sequences,
 * features, gold labels) and learn_apply.c (tags back into claims).
 */
#ifndef WHOSAID_LEARN_FEATURES_H
#define WHOSAID_LEARN_FEATURES_H

#include <stddef.h>
#include <stdint.h>
#include "whosaid/analyze.h"
#include "whosaid/learn.h"
#include "whosaid/segment.h"

/* The labels of a choice (learn.h): every candidate is LF_NOT but the chosen one. */
enum lf_label {
	LF_NOT, LF_CHOSEN,
	LF_NLABELS
};

/* What a choice decides about a claim of the rules. */
enum lf_choice_kind {
	LF_END,		/* the token its content ends with */
	LF_START,	/* the token its content starts with */
	LF_CUE,		/* whether token `first` is a cue: candidate 0 says no, 1 yes */
};

/*
 * A choice handed to lf_sequences()'s each_seq: about an->claims[claim]
 * (for LF_END and LF_START).
 * Its candidates are the tokens doc->tokens[first .. first +
 * seq->ntokens), the rules' own cut (rule) among them.  In training they
 * come in order; when applying, the rules' cut comes first so that a tie
 * keeps it (the order changes no feature).  lf_candidate() tells which
 * token candidate i is.
 */
struct lf_choice {
	size_t claim;
	enum lf_choice_kind what;
	size_t first, rule;
	int rule_first;
};

/* The token (an index into doc->tokens) of candidate i of a choice. */
static inline size_t
lf_candidate(const struct lf_choice *ch, size_t i)
{
	if (!ch->rule_first)
		return ch->first + i;
	if (i == 0)
		return ch->rule;
	return ch->first + i - 1 >= ch->rule ? ch->first + i : ch->first + i - 1;
}

/*
 * The rules' reading of a token, one byte per token of the document:
 * what a cut of a content must not cross lightly.
 */
enum {
	LF_RULE_CUE = 1 << 0,		/* inside a claim's cue */
	LF_RULE_BY = 1 << 1,		/* inside the words that credit a claim */
};

/*
 * The rules' reading of every token of doc into rule[0 .. doc->ntokens)
 * (the caller's, zeroed).
 */
void lf_mark_rules(const struct ws_doc *doc, const struct ws_analysis *an, uint8_t *rule);

/*
 * How much more a token's "yes" must score than its "no" to be a
 * learned cue, in the trainer's units (updates): a learned cue makes a
 * claim the rules read whole, and one in three of them must be right
 * for it to be worth it.
 */
#define LF_CUE_MARGIN 4.0f

/* The hash of `word` (any case) as the features read it. */
uint32_t lf_word_feature(const char *word);

/* The feature "the content ends with `word`", for tests that make a model by hand. */
uint32_t lf_end_word_feature(const char *word);
/* The feature "the three words past the end are w1 w2 w3" (", but it"), likewise. */
uint32_t lf_end_past_feature(const char *w1, const char *w2, const char *w3);
/* The feature "the two words past the end are w1 w2", likewise. */
uint32_t lf_end_pair_feature(const char *w1, const char *w2);
/*
 * The feature "the content opened after the word `intro`, and its end is
 * `edge` tokens before the sentence's last (3: three or more)", likewise.
 */
uint32_t lf_end_intro_edge_feature(const char *intro, unsigned edge);
/*
 * The feature "the end is followed by the word `out`, and the content
 * of the rules opened after the word `intro`" ("that" ... "."), likewise.
 */
uint32_t lf_end_intro_feature(const char *intro, const char *out);
/*
 * The feature "the rest of the sentence past the end opens, after one
 * mark, with `word`, holds no cue, credit or quotation mark of the
 * rules, and is n tokens long" (", but it is contingent on respect ."),
 * likewise.
 */
uint32_t lf_end_tail_feature(const char *word, size_t n);
/* The feature "the candidate cue is `word`", likewise. */
uint32_t lf_cue_word_feature(const char *word);

/*
 * ws_learn_sequences() with what each choice is about.
 */
int lf_sequences(const struct ws_doc *doc, const struct ws_analysis *an,
		 const struct ws_gold *gold, struct ws_seq *seq,
		 int (*each_seq)(void *ctx, struct ws_seq *seq, const struct lf_choice *choice),
		 void *ctx);

/*
 * The choices of lf_sequences() without gold, each decided by model (of
 * LF_NLABELS labels) as ws_model_tag() decides its sequence: chosen gets
 * the token chosen (an index into doc->tokens).  The same features, made
 * and summed at once: what applying the model costs is mostly this.
 * words: every token's word (lf_words()), or NULL to make them.
 */
void lf_choose(const struct ws_doc *doc, const struct ws_analysis *an, const struct ws_model *model,
	       const uint32_t *words,
	       void (*chosen)(void *ctx, const struct lf_choice *choice, size_t token), void *ctx);

/*
 * lf_choose() given the rules' reading of every token (lf_mark_rules()),
 * or NULL to make it: lf_apply() makes it once for the choices and the
 * qualifiers' pass after them (contents move, cues and credits do not).
 */
void lf_choose_marked(const struct ws_doc *doc, const struct ws_analysis *an,
		      const struct ws_model *model, const uint32_t *words, const uint8_t *rule,
		      void (*chosen)(void *ctx, const struct lf_choice *choice, size_t token),
		      void *ctx);

/*
 * The hash of the word of each token [lo, hi) of doc into words[0 ..
 * hi - lo), as the features read words.  The analysis makes them once,
 * sentence by sentence, for the learned cues and then the choices.
 */
void lf_words(const struct ws_doc *doc, size_t lo, size_t hi, uint32_t *words);

/* The word of token t of doc as the features read it (never 0). */
uint32_t lf_word_of(const struct ws_doc *doc, size_t t);

/*
 * lf_words() of the tokens whose words[] is 0: the analysis has the
 * others already, from the words it read before (its memo).
 */
void lf_fill_words(const struct ws_doc *doc, size_t lo, size_t hi, uint32_t *words);

/* ws_learn_cues() given the sentence's words (lf_words() of its tokens). */
void lf_learn_cues(const struct ws_model *model, const struct ws_doc *doc, size_t sentence,
		   const uint32_t *words, uint8_t *is_cue);

/*
 * ws_learn_apply() given every token's word (lf_words() of the doc), or
 * NULL to make them; with lex (ws_analyze()'s), a content runs on over
 * its qualifier too (learn_apply.c: "…, but it is contingent on mutual
 * respect").
 */
int lf_apply(const struct ws_model *model, const struct ws_doc *doc, struct ws_analysis *an,
	     const struct ws_lexicon *lex, const uint32_t *words, struct ws_error *err);

#endif
