/*
 * fuzz_model: model files of arbitrary bytes.  The loader refuses them
 * with a one-line message that names the model and that a terminal can
 * show, or loads a model whose label and bucket counts are in range and
 * that tags a sequence with labels below its label count, and makes a
 * choice of it (one token chosen) when it has two labels or more.  Each input is
 * tried twice: as given, and with its checksum made right, so that the
 * checks behind the checksum are reached as well.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "whosaid/learn.h"
#include "fuzz.h"

/* The feature-set version of the seeds (tests/fuzz/seeds/model). */
#define SEED_FEATSET 7

static void
check_refusal(const char *msg)
{
	if (strncmp(msg, "fuzz.model: ", strlen("fuzz.model: ")) != 0)
		fuzz_fail("model error that does not name the model: '%s'", msg);
	if (strchr(msg, '\n') != NULL)
		fuzz_fail("model error of more than one line");
	fuzz_check_terminal_safe(msg, strlen(msg), 0);
}

static void
check_model(const struct ws_model *m)
{
	struct ws_seq seq;

	if (ws_model_nlabels(m) < 1 || ws_model_nlabels(m) > WS_LEARN_MAX_LABELS)
		fuzz_fail("loaded a model of %u labels", ws_model_nlabels(m));
	if (ws_model_nbuckets(m) < WS_MODEL_MIN_BUCKETS || ws_model_nbuckets(m) > WS_MODEL_MAX_BUCKETS)
		fuzz_fail("loaded a model of %u buckets", ws_model_nbuckets(m));
	ws_seq_init(&seq);
	for (uint32_t i = 0; i < 16; i++) {
		ws_seq_token(&seq);
		ws_seq_feature(&seq, ws_feat_hash_u32(1, i));
		ws_seq_feature(&seq, i * 0x9e3779b1u);
	}
	if (ws_model_tag(m, &seq, NULL) < 0)
		fuzz_fail("tagging failed");
	for (size_t i = 0; i < seq.ntokens; i++)
		if (seq.labels[i] >= ws_model_nlabels(m))
			fuzz_fail("label %u of %u", seq.labels[i], ws_model_nlabels(m));
	/* the same tokens as a choice: one chosen, or refused by a one-label model */
	seq.choice = 1;
	if ((ws_model_tag(m, &seq, NULL) < 0) != (ws_model_nlabels(m) < 2))
		fuzz_fail("a choice tagged by a model of %u labels", ws_model_nlabels(m));
	if (ws_model_nlabels(m) >= 2) {
		size_t chosen = 0;

		for (size_t i = 0; i < seq.ntokens; i++)
			chosen += seq.labels[i] == 1;
		if (chosen != 1)
			fuzz_fail("a choice of %zu tokens", chosen);
	}
	ws_seq_free(&seq);
}

static void
try_load(const uint8_t *data, size_t size)
{
	struct ws_model *m;
	struct ws_error err;

	err.msg[0] = '\0';
	if (ws_model_from_bytes(data, size, "fuzz.model", SEED_FEATSET, &m, &err) < 0) {
		check_refusal(err.msg);
		return;
	}
	check_model(m);
	ws_model_free(m);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t *sealed;
	uint64_t h;

	try_load(data, size);
	if (size < 8)
		return 0;
	sealed = malloc(size);
	if (sealed == NULL)
		return 0;
	memcpy(sealed, data, size);
	h = ws_model_checksum(sealed, size - 8);
	for (int i = 0; i < 8; i++)
		sealed[size - 8 + i] = (uint8_t)(h >> (8 * i));
	try_load(sealed, size);
	free(sealed);
	return 0;
}
