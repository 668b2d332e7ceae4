/*
 * whosaid-train: trains the learned attribution layer from annotated
 * corpora and writes a model that whosaid --model reads.
 *
 *	whosaid-train [--epochs N] [--seed N] [--buckets N] -o MODEL CORPUS.jsonl...
 *
 * Each text goes through the engine as whosaid reads it (load, segment,
 * the rules), the feature set turns it into sequences labelled from the
 * gold attributions, and the averaged perceptron learns from them all
 * (learn.h).  The same corpora in the same order with the same options
 * give the same model, byte for byte.
 *
 * Two rounds.  whosaid chooses the bounds of every claim it finds,
 * those the model's own cues make as well as the rules'; the first round
 * can only learn from the rules' claims.  So the texts are read again
 * with the first round's cues (not its bounds: ws_lexicon_set_model_cues())
 * and the model learned anew from those claims, the ones its bounds will
 * be chosen for.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/analyze.h"
#include "whosaid/learn.h"
#include "whosaid/lexicon.h"
#include "whosaid/segment.h"
#include "whosaid/text.h"
#include "train_corpus.h"
#include "usage.h"

#define EXIT_TROUBLE 1

static const char usage_line[] =
	"usage: whosaid-train [--epochs N] [--seed N] [--buckets N] [--quiet]\n"
	"                     -o MODEL CORPUS.jsonl...\n";

struct train_options {
	const char *output;
	unsigned epochs;
	unsigned long long seed;
	unsigned buckets;
	int quiet;
	char **corpora;
	int ncorpora;
};

/* A wrong command line: the message, the usage lines, exit 2. */
#define usage_error(...) usage_exit("whosaid-train", usage_line, __VA_ARGS__)

static void
print_help(void)
{
	fputs(usage_line, stdout);
	fputs("\n"
	      "Train whosaid's learned attribution layer on annotated articles (JSON Lines:\n"
	      "\"text\" and \"attributions\" with source, cue and content spans in code point\n"
	      "offsets) and write the model to MODEL, for whosaid --model MODEL.\n"
	      "\n"
	      "  -o, --output MODEL  the model file to write (required)\n"
	      "  --epochs N          passes over the corpus (default 10)\n"
	      "  --seed N            seed of the order of the passes (default 1)\n"
	      "  --buckets N         feature buckets, a power of two from 1024 to 1048576\n"
	      "                      (default 262144; the model must stay under 4 MiB)\n"
	      "  -q, --quiet         no progress on standard error\n"
	      "  -h, --help          show this help and exit\n"
	      "  -V, --version       show the version and exit\n", stdout);
}

/* A whole number from lo to hi, or a usage error naming the option. */
static unsigned long long
number(const char *opt, const char *arg, unsigned long long lo, unsigned long long hi)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(arg, &end, 10);
	if (errno != 0 || end == arg || *end != '\0' || arg[0] == '-' || v < lo || v > hi)
		usage_error("%s takes a number from %llu to %llu, not '%s'", opt, lo, hi, arg);
	return v;
}

static void
parse_options(int argc, char **argv, struct train_options *opt)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "epochs", required_argument, NULL, 'e' },
		{ "seed", required_argument, NULL, 's' },
		{ "buckets", required_argument, NULL, 'b' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	*opt = (struct train_options){ .epochs = 10, .seed = 1, .buckets = 1u << 18 };
	while ((c = getopt_long(argc, argv, ":o:qhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': opt->output = optarg; break;
		case 'e': opt->epochs = (unsigned)number("--epochs", optarg, 1, 1000); break;
		case 's': opt->seed = number("--seed", optarg, 0, ~0ull); break;
		case 'b':
			opt->buckets = (unsigned)number("--buckets", optarg, WS_MODEL_MIN_BUCKETS,
							 WS_MODEL_MAX_BUCKETS);
			if (opt->buckets & (opt->buckets - 1))
				usage_error("--buckets takes a power of two, not '%s'", optarg);
			break;
		case 'q': opt->quiet = 1; break;
		case 'h': print_help(); exit(0);
		case 'V': puts("whosaid-train " PACKAGE_VERSION); exit(0);
		case ':': usage_error("option '%s' needs an argument", argv[optind - 1]); break;
		default: usage_error("unknown option '%s'", argv[optind - 1]); break;
		}
	}
	if (opt->output == NULL)
		usage_error("%s", "no model file given: -o MODEL");
	if (optind == argc)
		usage_error("%s", "no corpus given");
	opt->corpora = argv + optind;
	opt->ncorpora = argc - optind;
}

struct training {
	struct ws_trainer *tr;
	struct ws_lexicon *lex;
	struct ws_seq seq;
	size_t ntexts;
	unsigned round;		/* 1 or 2 (see above) */
	struct ws_error *err;
};

static int
add_sequence(void *ctx, struct ws_seq *seq)
{
	struct training *t = ctx;

	return ws_trainer_add(t->tr, seq, t->err);
}

/* The gold's offsets moved from the input to the clean text, in place. */
static void
gold_to_clean(const struct ws_text *text, const struct ws_gold *gold)
{
	for (size_t i = 0; i < gold->nattributions; i++) {
		struct ws_gold_attribution *a = &gold->attributions[i];
		struct ws_gold_part *lists[] = { a->source, a->cue, a->content };
		size_t counts[] = { a->nsource, a->ncue, a->ncontent };

		for (size_t l = 0; l < 3; l++)
			for (size_t p = 0; p < counts[l]; p++) {
				lists[l][p].start = (uint32_t)ws_text_clean_offset(text, lists[l][p].start);
				lists[l][p].end = (uint32_t)ws_text_clean_offset(text, lists[l][p].end);
			}
	}
}

/* One text: the engine's reading, then its sequences into the trainer. */
static int
add_text(void *ctx, const struct train_text *tt)
{
	struct training *t = ctx;
	struct ws_text *text = NULL;
	struct ws_doc *doc = NULL;
	struct ws_analysis *an = NULL;
	int rc = -1;

	if (ws_text_from_bytes(tt->where, tt->text, tt->len, WS_LOAD_FORCE, &text, t->err) < 0 ||
	    ws_segment(text, t->lex, &doc, t->err) < 0 || ws_analyze(doc, t->lex, &an, t->err) < 0)
		goto done;
	gold_to_clean(text, tt->gold);
	rc = ws_learn_sequences(doc, an, tt->gold, &t->seq, add_sequence, t);
	t->ntexts++;
done:
	ws_analysis_free(an);
	ws_doc_free(doc);
	ws_text_free(text);
	return rc;
}

static void
progress(void *ctx, unsigned epoch, size_t nwrong)
{
	const struct training *t = ctx;

	fprintf(stderr, "whosaid-train: round %u, epoch %u: %zu of %zu tokens tagged wrong\n",
		t->round, epoch, nwrong, ws_trainer_ntokens(t->tr));
}

/* One round: every text read (with the lexicon's model, if any) and learned from into *bytes. */
static int
learn_round(const struct train_options *opt, const struct ws_train_options *to,
	   struct training *t, uint8_t **bytes, size_t *n)
{
	if (ws_trainer_new(to, &t->tr, t->err) < 0)
		return -1;
	for (int i = 0; i < opt->ncorpora; i++)
		if (train_corpus_read(opt->corpora[i], add_text, t, t->err) < 0)
			return -1;
	if (ws_trainer_nseqs(t->tr) == 0)
		return ws_error_set(t->err, "no text to learn from in the corpora given");
	if (!opt->quiet)
		fprintf(stderr, "whosaid-train: round %u: %zu texts, %zu sequences, %zu tokens\n",
			t->round, t->ntexts, ws_trainer_nseqs(t->tr), ws_trainer_ntokens(t->tr));
	ws_trainer_run(t->tr, opt->quiet ? NULL : progress, t, bytes, n);
	return 0;
}

static int
train(const struct train_options *opt, struct training *t)
{
	struct ws_train_options to = {
		.nlabels = ws_learn_nlabels, .nbuckets = opt->buckets,
		.featset = ws_learn_featset, .epochs = opt->epochs, .seed = opt->seed,
	};
	uint8_t *bytes = NULL, *first_bytes = NULL;
	size_t n = 0, first_n = 0;
	struct ws_model *first = NULL;	/* borrows first_bytes */
	int rc = -1;

	if (ws_lexicon_builtin(&t->lex, t->err) < 0)
		return -1;
	t->round = 1;
	if (learn_round(opt, &to, t, &first_bytes, &first_n) < 0)
		goto done;
	/* the first round's cues make the claims the second learns from */
	if (ws_model_from_bytes(first_bytes, first_n, "the first round's model", ws_learn_featset,
				&first, t->err) < 0)
		goto done;
	ws_lexicon_set_model_cues(t->lex, first);
	ws_trainer_free(t->tr);
	t->tr = NULL;
	t->ntexts = 0;
	t->round = 2;
	if (learn_round(opt, &to, t, &bytes, &n) < 0)
		goto done;
	if (ws_model_save(opt->output, bytes, n, t->err) == 0)
		rc = 0;
done:
	ws_model_free(first);
	free(first_bytes);
	free(bytes);
	return rc;
}

int
main(int argc, char **argv)
{
	struct train_options opt;
	struct ws_error err;
	struct training t = { .err = &err };
	int rc;

	parse_options(argc, argv, &opt);
	ws_seq_init(&t.seq);
	rc = train(&opt, &t);
	if (rc < 0)
		fprintf(stderr, "whosaid-train: %s\n", err.msg);
	ws_seq_free(&t.seq);
	ws_trainer_free(t.tr);
	ws_lexicon_free(t.lex);
	return rc < 0 ? EXIT_TROUBLE : 0;
}
