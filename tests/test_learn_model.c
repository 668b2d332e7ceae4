/* The model file: round trip, and every kind of damage refused in one line. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <unistd.h>

#include "learn_helpers.h"

static char dir[] = "/tmp/ws-learn-XXXXXX";
static char path[256];

static int
setup(void **state)
{
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof path, "%s/toy.model", dir);
	return 0;
}

static int
teardown(void **state)
{
	unlink(path);
	rmdir(dir);
	return 0;
}

static void
write_bytes(const uint8_t *b, size_t n)
{
	FILE *fp = fopen(path, "wb");

	assert_non_null(fp);
	assert_int_equal(fwrite(b, 1, n, fp), n);
	fclose(fp);
}

/* The error of loading n bytes b, which must fail, in one line. */
static const char *
refusal(const uint8_t *b, size_t n)
{
	static struct ws_error err;
	struct ws_model *m = (void *)1;

	assert_int_equal(ws_model_from_bytes(b, n, "toy.model", TOY_FEATSET, &m, &err), -1);
	assert_null(m);
	assert_null(strchr(err.msg, '\n'));
	assert_non_null(strstr(err.msg, "toy.model"));
	return err.msg;
}

/* Saved and loaded again: the same bytes, the same weights, the same tags. */
static void
test_round_trip(void **state)
{
	size_t n;
	uint8_t *b = toy_model_bytes(&n);
	struct ws_model *mem, *file;
	int32_t s1[TOY_LABELS], s2[TOY_LABELS];
	struct ws_seq seq;
	uint64_t rnd = 3;

	assert_int_equal(ws_model_save(path, b, n, NULL), 0);
	assert_int_equal(ws_model_load(path, TOY_FEATSET, &file, NULL), 0);
	assert_int_equal(ws_model_from_bytes(b, n, "toy", TOY_FEATSET, &mem, NULL), 0);
	assert_int_equal(ws_model_nlabels(file), TOY_LABELS);
	assert_int_equal(ws_model_nbuckets(file), TOY_BUCKETS);
	assert_int_equal(ws_model_featset(file), TOY_FEATSET);
	assert_true(n <= WS_MODEL_MAX_BYTES);
	ws_seq_init(&seq);
	for (uint32_t h = 0; h < TOY_BUCKETS; h++) {
		ws_seq_clear(&seq);
		ws_seq_token(&seq);
		ws_seq_feature(&seq, h);
		ws_model_token_scores(mem, &seq, 0, s1);
		ws_model_token_scores(file, &seq, 0, s2);
		assert_memory_equal(s1, s2, sizeof s1);
	}
	toy_sequence(&seq, 12, &rnd);
	assert_int_equal(ws_model_tag(file, &seq, NULL), 0);
	ws_seq_free(&seq);
	ws_model_free(file);
	ws_model_free(mem);
	free(b);
}

/* Whichever byte is changed, the checksum (or a header check) refuses it. */
static void
test_any_flipped_byte_is_refused(void **state)
{
	size_t n;
	uint8_t *b = toy_model_bytes(&n);

	for (size_t i = 0; i < n; i++) {
		for (unsigned bit = 0; bit < 8; bit += 3) {
			b[i] ^= (uint8_t)(1u << bit);
			refusal(b, n);
			b[i] ^= (uint8_t)(1u << bit);
		}
	}
	free(b);
}

/* A model cut short anywhere is refused; the header's cuts say so. */
static void
test_truncation_is_refused(void **state)
{
	size_t n;
	uint8_t *b = toy_model_bytes(&n);

	for (size_t len = 0; len < n; len++) {
		const char *msg = refusal(b, len);

		if (len < 32)
			assert_non_null(strstr(msg, "too short"));
		else
			assert_non_null(strstr(msg, "truncated"));
	}
	write_bytes(b, n / 2);
	assert_int_equal(ws_model_load(path, TOY_FEATSET, &(struct ws_model *){ NULL }, NULL), -1);
	free(b);
}

static void
test_wrong_magic_is_refused(void **state)
{
	size_t n;
	uint8_t *b = toy_model_bytes(&n);

	memcpy(b, "GIF89a\0\0", 8);
	reseal(b, n);
	assert_non_null(strstr(refusal(b, n), "not a whosaid model"));
	free(b);
}

/* Another format, or weights for other features: refused, and said why. */
static void
test_wrong_versions_are_refused(void **state)
{
	size_t n;
	uint8_t *b = toy_model_bytes(&n);
	struct ws_model *m;
	struct ws_error err;

	put32(b + 8, WS_MODEL_FORMAT + 1);
	reseal(b, n);
	assert_non_null(strstr(refusal(b, n), "model format"));
	put32(b + 8, WS_MODEL_FORMAT);
	reseal(b, n);
	assert_int_equal(ws_model_from_bytes(b, n, "toy.model", TOY_FEATSET + 1, &m, &err), -1);
	assert_non_null(strstr(err.msg, "feature set"));
	free(b);
}

/* Header fields out of range, even with a right checksum. */
static void
test_bad_header_fields_are_refused(void **state)
{
	size_t n;
	uint8_t *b = toy_model_bytes(&n);

	put32(b + 16, 0);
	reseal(b, n);
	assert_non_null(strstr(refusal(b, n), "label count"));
	put32(b + 16, 200);
	reseal(b, n);
	assert_non_null(strstr(refusal(b, n), "label count"));
	put32(b + 16, TOY_LABELS);
	put32(b + 20, TOY_BUCKETS + 1);
	reseal(b, n);
	assert_non_null(strstr(refusal(b, n), "bucket count"));
	put32(b + 20, TOY_BUCKETS * 2);
	reseal(b, n);
	assert_non_null(strstr(refusal(b, n), "truncated"));
	free(b);
}

static void
test_missing_file_is_refused(void **state)
{
	struct ws_model *m;
	struct ws_error err;

	assert_int_equal(ws_model_load("/nonexistent/dir/x.model", TOY_FEATSET, &m, &err), -1);
	assert_null(m);
	assert_non_null(strstr(err.msg, "cannot open /nonexistent/dir/x.model"));
	assert_int_equal(ws_model_load(dir, TOY_FEATSET, &m, &err), -1);
	assert_non_null(strstr(err.msg, "not a file"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_any_flipped_byte_is_refused),
		cmocka_unit_test(test_truncation_is_refused),
		cmocka_unit_test(test_wrong_magic_is_refused),
		cmocka_unit_test(test_wrong_versions_are_refused),
		cmocka_unit_test(test_bad_header_fields_are_refused),
		cmocka_unit_test(test_missing_file_is_refused),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
