/* The trainer: it learns a chain and a choice, deterministically, and refuses bad options. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "learn_helpers.h"

/* Toy sequences it never saw are tagged right, cue and content alike. */
static void
test_learns_the_toy_chain(void **state)
{
	size_t n, wrong = 0, total = 0;
	uint8_t *b = toy_model_bytes(&n);
	struct ws_model *m;
	struct ws_seq seq, gold;
	uint64_t rnd = 777;

	assert_int_equal(ws_model_from_bytes(b, n, "toy", TOY_FEATSET, &m, NULL), 0);
	ws_seq_init(&seq);
	ws_seq_init(&gold);
	for (int s = 0; s < 100; s++) {
		uint64_t again = rnd;

		toy_sequence(&gold, 1 + s % 12, &rnd);
		toy_sequence(&seq, 1 + s % 12, &again);
		assert_int_equal(ws_model_tag(m, &seq, NULL), 0);
		for (size_t i = 0; i < seq.ntokens; i++)
			wrong += seq.labels[i] != gold.labels[i];
		total += seq.ntokens;
	}
	assert_true(total > 300);
	assert_int_equal(wrong, 0);
	ws_seq_free(&seq);
	ws_seq_free(&gold);
	ws_model_free(m);
	free(b);
}

/* The same sequences and options give the same file, byte for byte. */
static void
test_same_corpus_same_model(void **state)
{
	size_t n1, n2;
	uint8_t *b1 = toy_model_bytes(&n1);
	uint8_t *b2 = toy_model_bytes(&n2);

	assert_int_equal(n1, n2);
	assert_memory_equal(b1, b2, n1);
	free(b1);
	free(b2);
}

static void
count_epochs(void *ctx, unsigned epoch, size_t nwrong)
{
	unsigned *seen = ctx;

	assert_int_equal(epoch, *seen + 1);
	*seen = epoch;
}

/* progress is called once per epoch, in order. */
static void
test_progress_after_each_epoch(void **state)
{
	struct ws_trainer *tr = toy_trainer(20, 3, 4);
	unsigned seen = 0;
	uint8_t *b;
	size_t n;

	assert_int_equal(ws_trainer_nseqs(tr), 20);
	assert_true(ws_trainer_ntokens(tr) >= 20);
	ws_trainer_run(tr, count_epochs, &seen, &b, &n);
	assert_int_equal(seen, 4);
	ws_trainer_free(tr);
	free(b);
}

static void
refuses(unsigned nlabels, unsigned nbuckets, unsigned epochs, const char *what)
{
	struct ws_train_options opt = {
		.nlabels = nlabels, .nbuckets = nbuckets, .featset = 1, .epochs = epochs,
	};
	struct ws_trainer *tr;
	struct ws_error err;

	assert_int_equal(ws_trainer_new(&opt, &tr, &err), -1);
	assert_null(tr);
	assert_non_null(strstr(err.msg, what));
}

/*
 * A toy choice: n toy words but "said", and one "said" somewhere; the
 * gold choice is the "said".  Only the word tells it: no feature says
 * where a token stands.
 */
static void
toy_choice(struct ws_seq *seq, size_t n, uint64_t *state)
{
	size_t nwords = sizeof toy_words / sizeof toy_words[0] - 1;	/* all but "said" */
	size_t at = toy_random(state) % n;

	ws_seq_clear(seq);
	seq->choice = 1;
	for (size_t i = 0; i < n; i++) {
		const char *w = i == at ? "said" : toy_words[toy_random(state) % nwords];

		ws_seq_token(seq);
		ws_seq_feature(seq, ws_feat_hash(1, w, strlen(w)));
		seq->labels[i] = i == at;
	}
}

/* Choices it never saw are made right: the perceptron ranks, too. */
static void
test_learns_a_choice(void **state)
{
	struct ws_train_options opt = {
		.nlabels = 2, .nbuckets = TOY_BUCKETS, .featset = TOY_FEATSET, .epochs = 3,
		.seed = 42,
	};
	struct ws_trainer *tr;
	struct ws_model *m;
	struct ws_seq seq, gold;
	uint64_t rnd = 5;
	uint8_t *b;
	size_t n;

	assert_int_equal(ws_trainer_new(&opt, &tr, NULL), 0);
	ws_seq_init(&seq);
	ws_seq_init(&gold);
	for (int s = 0; s < 100; s++) {
		toy_choice(&seq, 2 + s % 9, &rnd);
		assert_int_equal(ws_trainer_add(tr, &seq, NULL), 0);
	}
	ws_trainer_run(tr, NULL, NULL, &b, &n);
	assert_int_equal(ws_model_from_bytes(b, n, "toy", TOY_FEATSET, &m, NULL), 0);
	for (int s = 0; s < 50; s++) {
		uint64_t again = rnd;

		toy_choice(&gold, 2 + s % 9, &rnd);
		toy_choice(&seq, 2 + s % 9, &again);
		assert_int_equal(ws_model_tag(m, &seq, NULL), 0);
		assert_memory_equal(seq.labels, gold.labels, seq.ntokens);
	}
	ws_seq_free(&seq);
	ws_seq_free(&gold);
	ws_model_free(m);
	ws_trainer_free(tr);
	free(b);
}

/* A choice with no token chosen, or two, is refused, not learned. */
static void
test_refuses_choice_without_one_chosen(void **state)
{
	struct ws_train_options opt = {
		.nlabels = 2, .nbuckets = TOY_BUCKETS, .featset = TOY_FEATSET, .epochs = 1,
	};
	struct ws_trainer *tr;
	struct ws_seq seq;
	struct ws_error err;

	assert_int_equal(ws_trainer_new(&opt, &tr, NULL), 0);
	ws_seq_init(&seq);
	seq.choice = 1;
	ws_seq_token(&seq);
	ws_seq_token(&seq);
	assert_int_equal(ws_trainer_add(tr, &seq, &err), -1);
	assert_non_null(strstr(err.msg, "choose one"));
	seq.labels[0] = seq.labels[1] = 1;
	assert_int_equal(ws_trainer_add(tr, &seq, &err), -1);
	seq.labels[1] = 0;
	assert_int_equal(ws_trainer_add(tr, &seq, NULL), 0);
	assert_int_equal(ws_trainer_nseqs(tr), 1);
	ws_seq_free(&seq);
	ws_trainer_free(tr);
}

static void
test_refuses_bad_options(void **state)
{
	refuses(0, 1024, 1, "labels");
	refuses(WS_LEARN_MAX_LABELS + 1, 1024, 1, "labels");
	refuses(3, 1000, 1, "power of two");
	refuses(3, 512, 1, "power of two");
	refuses(3, 1u << 21, 1, "power of two");
	refuses(7, 1u << 20, 1, "over");	/* 7 MB: more than a model may weigh */
	refuses(3, 1024, 0, "epochs");
}

static void
test_refuses_gold_label_out_of_range(void **state)
{
	struct ws_trainer *tr = toy_trainer(0, 1, 1);
	struct ws_seq seq;
	struct ws_error err;

	ws_seq_init(&seq);
	ws_seq_token(&seq);
	seq.labels[0] = TOY_LABELS;
	assert_int_equal(ws_trainer_add(tr, &seq, &err), -1);
	assert_non_null(strstr(err.msg, "label"));
	assert_int_equal(ws_trainer_nseqs(tr), 0);
	ws_seq_free(&seq);
	ws_trainer_free(tr);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_learns_the_toy_chain),
		cmocka_unit_test(test_same_corpus_same_model),
		cmocka_unit_test(test_progress_after_each_epoch),
		cmocka_unit_test(test_learns_a_choice),
		cmocka_unit_test(test_refuses_choice_without_one_chosen),
		cmocka_unit_test(test_refuses_bad_options),
		cmocka_unit_test(test_refuses_gold_label_out_of_range),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
