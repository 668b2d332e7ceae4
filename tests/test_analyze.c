/*
 * The analysis as an interface: what ws_analyze() promises whatever the
 * text (a NULL lexicon, claims in order, indices in range, cancelling,
 * freeing).  What it finds in particular sentences is in tests/claims/.
 */
#include "config.h"

#include "analyze_helpers.h"

static const char story[] =
	"Maria Okafor said the port would close. \u201cWe are done,\u201d she added.\n\n"
	"According to Reuters, Daniel Hughes warned that the strike would spread.\n";

static void
test_a_null_lexicon_is_the_builtin_one(void **state)
{
	struct ws_analysis *builtin;
	struct ws_error err;

	analyze(story);
	assert_int_equal(ws_analyze(doc, NULL, &builtin, &err), 0);
	assert_int_equal(builtin->nclaims, an->nclaims);
	for (size_t i = 0; i < an->nclaims; i++) {
		assert_int_equal(builtin->claims[i].content.start, an->claims[i].content.start);
		assert_int_equal(builtin->claims[i].content.end, an->claims[i].content.end);
		assert_int_equal(builtin->claims[i].speaker, an->claims[i].speaker);
		assert_int_equal(builtin->claims[i].outlet, an->claims[i].outlet);
	}
	ws_analysis_free(builtin);
}

static void
test_claims_are_sorted_and_their_indices_in_range(void **state)
{
	analyze(story);
	assert_true(an->nclaims >= 3);
	for (size_t i = 0; i < an->nclaims; i++) {
		const struct ws_claim *c = &an->claims[i];

		if (i > 0)
			assert_true(an->claims[i - 1].content.start <= c->content.start);
		assert_true(c->content.start < c->content.end && c->content.end <= text->len);
		assert_true(c->speaker == WS_NONE || c->speaker < an->npeople);
		assert_true(c->outlet == WS_NONE || c->outlet < an->noutlets);
	}
}

static void
test_an_empty_text_has_nothing(void **state)
{
	analyze("");
	assert_int_equal(an->nclaims, 0);
	assert_int_equal(an->npeople, 0);
	assert_int_equal(an->noutlets, 0);
}

static void
test_a_cancelled_analysis_returns_nothing(void **state)
{
	struct ws_analysis *out = (struct ws_analysis *)1;
	struct ws_error err;
	atomic_int cancel = 1;

	analyze(story);
	assert_int_equal(ws_analyze_cancellable(doc, lex, &cancel, &out, &err), -1);
	assert_null(out);
	assert_string_equal(err.msg, "cancelled");
}

static void
test_freeing_null_is_harmless(void **state)
{
	ws_analysis_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_null_lexicon_is_the_builtin_one),
		cmocka_unit_test(test_claims_are_sorted_and_their_indices_in_range),
		cmocka_unit_test(test_an_empty_text_has_nothing),
		cmocka_unit_test(test_a_cancelled_analysis_returns_nothing),
		cmocka_unit_test(test_freeing_null_is_harmless),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
