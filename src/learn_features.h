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

/*
 * The labels: BIO for a claim's content, its cue and its source.  The
 * first token of a content is B_CONTENT; a content the annotators split
 * ("The plan, he said, is sound") goes on after the cue with I_CONTENT,
 * which is how the decoder knows the two parts are one claim.
 */
enum lf_label {
	LF_O,
	LF_B_CONTENT, LF_I_CONTENT,
	LF_B_CUE, LF_I_CUE,
	LF_B_SOURCE, LF_I_SOURCE,
	LF_NLABELS
};

/* The most tokens of a sequence: longer paragraphs are cut between sentences. */
#define LF_MAX_SEQ 256

/*
 * The rules' reading of a token (stacking), one byte per token of the
 * document: where the rules' claims put their contents, cues and credit,
 * and where the analysis found a person or an outlet named.
 */
enum {
	LF_RULE_CONTENT = 1 << 0,	/* inside a claim's content */
	LF_RULE_FIRST = 1 << 1,		/* a content's first token */
	LF_RULE_LAST = 1 << 2,		/* a content's last token */
	LF_RULE_CUE = 1 << 3,		/* inside a claim's cue */
	LF_RULE_BY = 1 << 4,		/* inside the words that credit a claim */
	LF_RULE_MENTION = 1 << 5,	/* a mention of a person or an outlet */
	LF_RULE_DIRECT = 1 << 6,	/* inside a direct (quoted) claim */
};

/*
 * The rules' reading of every token of doc into rule[0 .. doc->ntokens)
 * (the caller's, zeroed).
 */
void lf_mark_rules(const struct ws_doc *doc, const struct ws_analysis *an, uint8_t *rule);

/* The feature "the word is `word`" (any case), for tests that make a model by hand. */
uint32_t lf_word_feature(const char *word);

/*
 * ws_learn_sequences() with the position of each sequence: each_seq
 * gets the index of its first token in doc->tokens; the sequence's
 * tokens are doc->tokens[first .. first + seq->ntokens).
 */
int lf_sequences(const struct ws_doc *doc, const struct ws_analysis *an,
		 const struct ws_gold *gold, struct ws_seq *seq,
		 int (*each_seq)(void *ctx, struct ws_seq *seq, size_t first), void *ctx,
		 struct ws_error *err);

#endif
