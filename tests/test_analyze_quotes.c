/*
 * Quotations: curly, straight and mixed marks, apostrophes, quotations
 * over several paragraphs, single quotes inside double ones, floating
 * quotations, and quoted words that are not claims.  Sentences written for
 * these tests.
 */
#include "config.h"

#include "analyze_helpers.h"

static void
test_curly_quotation_then_cue(void **state)
{
	analyze("\u201cThe cranes will not move today,\u201d said Maria Okafor.\n");
	assert_claim("\u201cThe cranes will not move today,\u201d", "said", "Maria Okafor",
		     "Maria Okafor", NULL);
	assert_int_equal(claim("\u201cThe cranes will not move today,\u201d")->kind, WS_CLAIM_DIRECT);
}

static void
test_straight_quotation_then_cue(void **state)
{
	analyze("\"The cranes will not move today,\" Maria Okafor said.\n");
	assert_claim("\"The cranes will not move today,\"", "said", "Maria Okafor",
		     "Maria Okafor", NULL);
}

static void
test_mixed_marks(void **state)
{
	analyze("\u201cThe cranes will not move today,\" Maria Okafor said.\n");
	assert_claim("\u201cThe cranes will not move today,\"", "said", "Maria Okafor",
		     "Maria Okafor", NULL);
}

static void
test_apostrophes_are_not_quotes(void **state)
{
	analyze("\u201cWe don\u2019t know the workers\u2019 answer yet,\u201d Maria Okafor said.\n");
	assert_nclaims(1);
	assert_claim("\u201cWe don\u2019t know the workers\u2019 answer yet,\u201d", "said",
		     "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_single_quotes_inside_double(void **state)
{
	analyze("\u201cThey told us \u2018wait until spring\u2019 and we waited,\u201d "
		"Maria Okafor said.\n");
	assert_nclaims(1);
	assert_claim("\u201cThey told us \u2018wait until spring\u2019 and we waited,\u201d", "said",
		     "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_quotation_over_several_paragraphs(void **state)
{
	analyze("Maria Okafor said: \u201cWe have been patient for three years.\n"
		"\n"
		"\u201cNow the patience is over, and the port will feel it.\u201d\n");
	assert_claim("\u201cWe have been patient for three years.\n\n"
		     "\u201cNow the patience is over, and the port will feel it.\u201d", "said",
		     "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_mixed_claim(void **state)
{
	analyze("Maria Okafor said the offer was \u201cnot worth the paper it is printed on.\u201d\n");
	assert_int_equal(claim("the offer was \u201cnot worth the paper it is printed on.\u201d")->kind,
			 WS_CLAIM_MIXED);
}

static void
test_floating_quotation_keeps_its_speaker(void **state)
{
	analyze("Maria Okafor said the union would not give way.\n"
		"\n"
		"\u201cWe have waited three years for a fair offer and we can wait longer.\u201d\n");
	assert_claim("\u201cWe have waited three years for a fair offer and we can wait longer.\u201d",
		     NULL, NULL, "Maria Okafor", NULL);
}

static void
test_quoted_continuation_after_cue_sentence(void **state)
{
	analyze("\u201cThe port is quiet,\u201d Maria Okafor said. \u201cIt will stay quiet "
		"until Friday.\u201d\n");
	assert_nclaims(1);
	assert_claim("\u201cThe port is quiet,\u201d Maria Okafor said. \u201cIt will stay quiet "
		     "until Friday.\u201d", "said", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_scare_quotes_are_not_claims(void **state)
{
	analyze("The so-called \u201creform\u201d of the port left the \u201cexperts\u201d puzzled.\n");
	assert_nclaims(0);
}

static void
test_quoted_title_is_not_a_claim(void **state)
{
	analyze("She watched \u201cThe Harbour at Night\u201d twice last winter.\n");
	assert_nclaims(0);
}

static void
test_headline_quotation_without_cue_is_not_a_claim(void **state)
{
	analyze("\u2018No Going Back\u2019\n\nThe strike entered its third week on Monday.\n");
	assert_nclaims(0);
}

static void
test_unclosed_quotation_ends_with_its_paragraph(void **state)
{
	analyze("\u201cThe port will stay shut, Maria Okafor said.\n\n"
		"Daniel Hughes said the offer was final.\n");
	assert_claim("the offer was final", "said", "Daniel Hughes", "Daniel Hughes", NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_curly_quotation_then_cue),
		cmocka_unit_test(test_straight_quotation_then_cue),
		cmocka_unit_test(test_mixed_marks),
		cmocka_unit_test(test_apostrophes_are_not_quotes),
		cmocka_unit_test(test_single_quotes_inside_double),
		cmocka_unit_test(test_quotation_over_several_paragraphs),
		cmocka_unit_test(test_mixed_claim),
		cmocka_unit_test(test_floating_quotation_keeps_its_speaker),
		cmocka_unit_test(test_quoted_continuation_after_cue_sentence),
		cmocka_unit_test(test_scare_quotes_are_not_claims),
		cmocka_unit_test(test_quoted_title_is_not_a_claim),
		cmocka_unit_test(test_headline_quotation_without_cue_is_not_a_claim),
		cmocka_unit_test(test_unclosed_quotation_ends_with_its_paragraph),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
