/*
 * learn: a learned layer on top of the rules.
 *
 * A linear model over hashed features, decoded as a chain or as a
 * choice.  The engine turns a stretch of a document into a sequence: n
 * tokens, each with a list of 32-bit feature hashes ("the word is
 * 'sighed'", "a rule read this token as a cue", "the next word is
 * capitalised").  A model gives each feature a weight per label and each
 * pair of labels a transition weight.  A chain's labelling is the one of
 * highest total score over the whole sequence (Viterbi); a choice's is
 * one token chosen among the sequence's (see struct ws_seq).  What the
 * labels mean is the feature set's business: this module only knows
 * label numbers 0 .. nlabels-1.  The feature set of this version makes
 * choices: whether a word is a cue, and where each claim of the rules
 * ends and starts.

 * Three parts, one file each:
 *
 *   src/learn_model.c  the model file: format, load, save, checksum;
 *   src/learn_tag.c    sequences, the Viterbi decoder and choices;
 *   src/learn_train.c  the trainer: averaged structured perceptron,
 *                      deterministic, quantised to int8 on output.
 *
 * and the feature set, the contract between the engine and the model
 * (src/learn_features.c, src/learn_apply.c), declared at the end.
 *
 * The model file (all integers little-endian):
 *
 *   offset  size
 *   0       8     magic "WSMODEL\0"
 *   8       4     format version (WS_MODEL_FORMAT)
 *   12      4     feature-set version: a model made with other features
 *                 is refused (WS_LEARN_FEATSET)
 *   16      4     number of labels, 1 .. WS_LEARN_MAX_LABELS
 *   20      4     number of buckets, a power of two,
 *                 WS_MODEL_MIN_BUCKETS .. WS_MODEL_MAX_BUCKETS
 *   24      4     scale (IEEE float): quantised units per unit of the
 *                 trained weights; informative, decoding does not need it
 *   28      4     reserved, 0
 *   32      2*(L+1)*L  transition weights, int16: row 0 is "start of the
 *                 sequence -> label", row 1+p is "label p -> label"
 *   ...     pad   zero bytes up to a multiple of 64
 *   ...     B*L   feature weights, int8: bucket b's weights for all L
 *                 labels side by side (one cache line per lookup)
 *   end-8   8     checksum: ws_model_checksum() of every byte before it
 *
 * A feature hash h lands in bucket h & (buckets - 1).  The file holds no
 * text: only hashed features' weights.  It is at most WS_MODEL_MAX_BYTES.
 */
#ifndef WHOSAID_LEARN_H
#define WHOSAID_LEARN_H

#include <stddef.h>
#include <stdint.h>
#include "whosaid/error.h"

#define WS_MODEL_FORMAT 1
#define WS_LEARN_MAX_LABELS 32
#define WS_MODEL_MIN_BUCKETS (1u << 10)
#define WS_MODEL_MAX_BUCKETS (1u << 20)
#define WS_MODEL_MAX_BYTES (4u << 20)

/*
 * Feature hashes.  A feature is a template number (which question: "the
 * word", "the word two to the left", "the rule's reading") and a value
 * (the bytes of the word, a small number).  The hash is stable across
 * versions and platforms: changing it changes WS_LEARN_FEATSET.
 */
uint32_t ws_feat_hash(uint32_t tmpl, const void *bytes, size_t n);
uint32_t ws_feat_hash_u32(uint32_t tmpl, uint32_t value);
/* A conjunction of two features (both hashes), e.g. word x rule reading. */
uint32_t ws_feat_pair(uint32_t a, uint32_t b);

/*
 * A sequence: tokens with their features, and one label per token (the
 * gold labels when training, the tagger's output after ws_model_tag()).
 *
 * A sequence is a chain (the labels of its tokens depend on each other
 * through the transition weights: Viterbi) or, with choice set, a
 * choice: its tokens are the candidates for one decision (where a
 * content ends), exactly one of them is chosen, label 1, and the others
 * are label 0; the chosen one is the candidate whose label 1 outscores
 * its label 0 the most (the lowest on a tie).  Transitions play no part
 * in a choice.
 * Made to be reused: ws_seq_clear() forgets the tokens and keeps the
 * memory, so tagging sentence after sentence allocates nothing once the
 * buffers have grown to the longest sentence.
 *
 *   struct ws_seq seq;
 *   ws_seq_init(&seq);
 *   for each sentence:
 *       ws_seq_clear(&seq);
 *       for each token: ws_seq_token(&seq, err);
 *                       ws_seq_feature(&seq, hash, err) for each feature;
 *       ws_model_tag(model, &seq, err);    (seq.labels[i] is token i's label)
 *   ws_seq_free(&seq);
 */
struct ws_seq {
	size_t ntokens;
	int choice;		/* a choice, not a chain (ws_seq_clear: 0) */
	uint32_t *feats;	/* all features, token after token */
	size_t nfeats;
	uint32_t *first;	/* token i's features: feats[first[i] .. first[i+1]) */
	uint8_t *labels;	/* ntokens labels */
	/* private: capacities and the decoder's scratch */
	size_t capfeats, captokens, capscratch;
	int32_t *scores;	/* ntokens x nlabels */
	uint8_t *back;		/* ntokens x nlabels back-pointers */
};

void ws_seq_init(struct ws_seq *seq);
void ws_seq_clear(struct ws_seq *seq);
void ws_seq_free(struct ws_seq *seq);
/*
 * Building a sequence cannot fail: out of memory exits (xmalloc.h).
 * Start a new token, label 0.
 */
void ws_seq_token(struct ws_seq *seq);
/* Add a feature to the last token (there must be one). */
void ws_seq_feature(struct ws_seq *seq, uint32_t hash);
/* Add n features at once to the last token. */
void ws_seq_features(struct ws_seq *seq, const uint32_t *hashes, size_t n);
/* Token i's feature count. */
static inline size_t
ws_seq_nfeats(const struct ws_seq *seq, size_t i)
{
	return (i + 1 < seq->ntokens ? seq->first[i + 1] : seq->nfeats) - seq->first[i];
}

/*
 * A model.  Read-only once loaded: one model may tag in several threads,
 * each with its own ws_seq.
 */
struct ws_model;

/*
 * Load a model file.  featset is the feature-set version the caller
 * computes features for (WS_LEARN_FEATSET); a model made for another is
 * refused.  A missing, truncated, corrupt (checksum), wrong-magic or
 * wrong-version file fails with a one-line message naming the file.  The
 * caller frees *out with ws_model_free().
 */
int ws_model_load(const char *path, uint32_t featset, struct ws_model **out,
		  struct ws_error *err);
/*
 * The same from bytes in memory (a compiled-in model, a fuzzer's input).
 * The bytes are borrowed, not copied: they must outlive the model.  name
 * is what messages call it ("the built-in model").
 */
int ws_model_from_bytes(const void *bytes, size_t n, const char *name,
			uint32_t featset, struct ws_model **out, struct ws_error *err);
void ws_model_free(struct ws_model *model);

/*
 * The model compiled into the program (data/, embedded by
 * tools/gen-embed.sh), checked like a file.  *out is NULL, and the call
 * succeeds, when the program was built without one.
 */
int ws_model_builtin(uint32_t featset, struct ws_model **out, struct ws_error *err);

unsigned ws_model_nlabels(const struct ws_model *model);
unsigned ws_model_nbuckets(const struct ws_model *model);
uint32_t ws_model_featset(const struct ws_model *model);
/* The file's units per unit of the trained weights (its header's scale; 1 if not positive). */
float ws_model_scale(const struct ws_model *model);

/*
 * The checksum of the file format: a 64-bit hash of n bytes under which
 * any change of one byte, or of the length, changes the result.
 */
uint64_t ws_model_checksum(const void *bytes, size_t n);

/*
 * Tag a sequence: write into seq->labels the labelling of highest score
 * (ties to the lower label); for a choice, 1 on the chosen token and 0
 * elsewhere (a model of at least two labels).  Allocates only when seq is longer than any
 * sequence it held before (out of memory exits: xmalloc.h).  Fails only
 * on a choice given a model of fewer than two labels.
 */
int ws_model_tag(const struct ws_model *model, struct ws_seq *seq, struct ws_error *err);

/*
 * The margin of n features (a model of two labels or more): the sum of
 * their weights for label 1 less the sum for label 0, what a choice
 * ranks its candidates by.
 */
int32_t ws_model_margin(const struct ws_model *model, const uint32_t *feats, size_t n);

/*
 * Token i's score for each label (nlabels values into out): the sum of
 * its features' weights, without transitions.  For a feature set that
 * wants a confidence, not just a label.
 */
void ws_model_token_scores(const struct ws_model *model, const struct ws_seq *seq,
			   size_t i, int32_t *out);

/*
 * The trainer: an averaged structured perceptron (Collins 2002) over the
 * same linear chain the tagger decodes, or over the same choice (a
 * ranking perceptron: the chosen token's features gain, the wrongly
 * chosen one's lose).  Sequences are copied in with
 * their gold labels; training visits them in an order shuffled by a PRNG
 * of our own seeded with seed, so the same sequences in the same order
 * with the same options give the same model, byte for byte, on every
 * platform.  The averaged weights are quantised to int8 (features) and
 * int16 (transitions) with one scale, the largest weight mapping to 127.
 */
struct ws_trainer;

struct ws_train_options {
	unsigned nlabels;	/* 1 .. WS_LEARN_MAX_LABELS */
	unsigned nbuckets;	/* a power of two in range (see above) */
	uint32_t featset;	/* written into the model */
	unsigned epochs;	/* passes over the sequences, >= 1 */
	uint64_t seed;		/* the shuffle's seed */
};

/* The caller frees *out with ws_trainer_free(). */
int ws_trainer_new(const struct ws_train_options *opt, struct ws_trainer **out,
		   struct ws_error *err);
void ws_trainer_free(struct ws_trainer *tr);
/* Copy a sequence and its gold labels (seq->labels) into the trainer. */
int ws_trainer_add(struct ws_trainer *tr, const struct ws_seq *seq, struct ws_error *err);
size_t ws_trainer_nseqs(const struct ws_trainer *tr);
size_t ws_trainer_ntokens(const struct ws_trainer *tr);

/*
 * Train, then write the quantised model file's bytes into *bytes (the
 * caller frees it) and their count into *n.  progress, if not NULL, is
 * called after each epoch with the number of tokens the current weights
 * tagged wrong during it.  Nothing fails: out of memory exits (xmalloc.h).
 */
void ws_trainer_run(struct ws_trainer *tr,
		    void (*progress)(void *ctx, unsigned epoch, size_t nwrong),
		    void *ctx, uint8_t **bytes, size_t *n);

/* Write model bytes to path (atomically: atomic.h). */
int ws_model_save(const char *path, const uint8_t *bytes, size_t n, struct ws_error *err);

/*
 * The feature set: how the engine's reading of a document becomes
 * sequences, and how gold attributions become labels.  The trainer
 * (src/train.c) and the analysis (src/learn_apply.c) both go through it.
 * WS_LEARN_FEATSET changes whenever features or labels change meaning.
 */
struct ws_doc;
struct ws_analysis;

/* One attribution of a training text: byte spans, possibly discontinuous. */
struct ws_gold_part {
	uint32_t start, end;
};

struct ws_gold_attribution {
	struct ws_gold_part *source, *cue, *content;
	size_t nsource, ncue, ncontent;
};

struct ws_gold {
	struct ws_gold_attribution *attributions;
	size_t nattributions;
};

extern const uint32_t ws_learn_featset;	/* WS_LEARN_FEATSET of the build */
extern const unsigned ws_learn_nlabels;	/* labels the feature set defines */

/*
 * Turn a document, segmented and analysed by the rules, into sequences:
 * for each, fill seq (cleared first) and call each_seq(ctx, seq); a
 * non-zero return from each_seq stops the walk and is returned.  With
 * gold not NULL, seq->labels are the gold labels of each token (and a
 * choice whose gold is unknown is left out); with gold NULL they are 0.
 * seq is the caller's, reused across sequences.  Nothing else fails (out
 * of memory exits: xmalloc.h): an error is each_seq's to report.
 */
int ws_learn_sequences(const struct ws_doc *doc, const struct ws_analysis *an,
		       const struct ws_gold *gold, struct ws_seq *seq,
		       int (*each_seq)(void *ctx, struct ws_seq *seq), void *ctx);

/*
 * The learned cues of sentence `sentence` of doc (called by the analysis
 * before it reads the sentence's cues): is_cue[k] is 1 on entry for each
 * token k of the sentence (0-based in it) that may be a cue (no word
 * list's cue, not in a name), and stays 1 where the model reads a cue
 * that introduces an attribution ("grumbled", "conceded", "is raising
 * questions about"), else becomes 0.  A model of another label count
 * than the feature set's (ws_learn_nlabels) is an error.
 */
int ws_learn_cues(const struct ws_model *model, const struct ws_doc *doc, size_t sentence,
		  uint8_t *is_cue, struct ws_error *err);

/*
 * The learned layer: tag the document's sequences with model and turn
 * the tags into the analysis's claims (src/learn_apply.c: each claim's
 * content ends and starts where the model chooses).  Called by
 * ws_analyze() after the rules when it is given a model.
 */
int ws_learn_apply(const struct ws_model *model, const struct ws_doc *doc,
		   struct ws_analysis *an, struct ws_error *err);

#endif
