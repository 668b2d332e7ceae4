/* --stats: claim counts per outlet and speaker over several articles, and the filters' names. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/stats.h"

/* Two articles: one where AP quotes Okafor twice and Reuters Hughes once... */
static struct ws_outlet outlets1[] = {
	{ .id = (char *)"associated-press", .name = (char *)"Associated Press" },
	{ .id = (char *)"reuters", .name = (char *)"Reuters" },
};
static struct ws_person people1[] = {
	{ .id = (char *)"maria-okafor", .name = (char *)"Maria Okafor", .role = (char *)"union president" },
	{ .id = (char *)"daniel-hughes", .name = (char *)"Daniel Hughes" },
};
static struct ws_claim claims1[] = {
	{ .speaker = 0, .outlet = 0 },
	{ .speaker = 0, .outlet = 0 },
	{ .speaker = 1, .outlet = 1 },
	{ .speaker = WS_NONE, .outlet = 1 },
};
static const struct ws_analysis article1 = {
	.outlets = outlets1, .noutlets = 2, .people = people1, .npeople = 2, .claims = claims1, .nclaims = 4,
};

/* ...and one where AP (listed second here) quotes Okafor once more and no outlet quotes Hughes. */
static struct ws_outlet outlets2[] = {
	{ .id = (char *)"bbc-news", .name = (char *)"BBC News" },
	{ .id = (char *)"associated-press", .name = (char *)"AP" },
};
static struct ws_person people2[] = {
	{ .id = (char *)"daniel-hughes", .name = (char *)"Daniel Hughes", .role = (char *)"chief executive" },
	{ .id = (char *)"maria-okafor", .name = (char *)"Maria Okafor" },
};
static struct ws_claim claims2[] = {
	{ .speaker = 1, .outlet = 1 },
	{ .speaker = 0, .outlet = WS_NONE },
};
static const struct ws_analysis article2 = {
	.outlets = outlets2, .noutlets = 2, .people = people2, .npeople = 2, .claims = claims2, .nclaims = 2,
};

static const struct ws_stats_entry *
find(const struct ws_stats_entry *e, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(e[i].id, id) == 0)
			return &e[i];
	return NULL;
}

static struct ws_stats *
both_articles(size_t speaker1, size_t outlet1, size_t speaker2, size_t outlet2)
{
	struct ws_stats *st = ws_stats_new();

	assert_non_null(st);
	ws_stats_add(st, &article1, speaker1, outlet1);
	ws_stats_add(st, &article2, speaker2, outlet2);
	ws_stats_sort(st);
	return st;
}

static char *
written(int (*write)(FILE *, const struct ws_stats *, struct ws_error *),
	const struct ws_stats *st)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	assert_non_null(fp);
	assert_int_equal(write(fp, st, NULL), 0);
	fclose(fp);
	return buf;
}

static void
test_outlets_are_counted_across_articles_by_id(void **state)
{
	struct ws_stats *st = both_articles(WS_NONE, WS_NONE, WS_NONE, WS_NONE);
	const struct ws_stats_entry *ap = find(st->outlets, st->noutlets, "associated-press");

	assert_int_equal(st->files, 2);
	assert_int_equal(st->claims, 6);
	assert_non_null(ap);
	assert_int_equal(ap->claims, 3);
	assert_int_equal(ap->files, 2);
	assert_string_equal(ap->name, "Associated Press");
	ws_stats_free(st);
}

static void
test_outlets_credited_with_nothing_are_not_listed(void **state)
{
	struct ws_stats *st = both_articles(WS_NONE, WS_NONE, WS_NONE, WS_NONE);

	assert_null(find(st->outlets, st->noutlets, "bbc-news"));
	assert_int_equal(st->noutlets, 2);
	ws_stats_free(st);
}

static void
test_claims_without_outlet_or_speaker_are_counted_apart(void **state)
{
	struct ws_stats *st = both_articles(WS_NONE, WS_NONE, WS_NONE, WS_NONE);

	assert_int_equal(st->no_outlet, 1);
	assert_int_equal(st->no_speaker, 1);
	ws_stats_free(st);
}

static void
test_speakers_keep_the_first_role_seen(void **state)
{
	struct ws_stats *st = both_articles(WS_NONE, WS_NONE, WS_NONE, WS_NONE);
	const struct ws_stats_entry *okafor = find(st->speakers, st->nspeakers, "maria-okafor");
	const struct ws_stats_entry *hughes = find(st->speakers, st->nspeakers, "daniel-hughes");

	assert_int_equal(okafor->claims, 3);
	assert_int_equal(okafor->files, 2);
	assert_string_equal(okafor->role, "union president");
	assert_int_equal(hughes->claims, 2);
	assert_string_equal(hughes->role, "chief executive");
	ws_stats_free(st);
}

static void
test_most_claims_come_first(void **state)
{
	struct ws_stats *st = both_articles(WS_NONE, WS_NONE, WS_NONE, WS_NONE);

	assert_string_equal(st->outlets[0].id, "associated-press");
	assert_string_equal(st->outlets[1].id, "reuters");
	assert_string_equal(st->speakers[0].id, "maria-okafor");
	ws_stats_free(st);
}

static void
test_a_speaker_filter_counts_only_their_claims(void **state)
{
	/* Okafor is person 0 in the first article and person 1 in the second. */
	struct ws_stats *st = both_articles(0, WS_NONE, 1, WS_NONE);

	assert_int_equal(st->claims, 3);
	assert_int_equal(st->nspeakers, 1);
	assert_string_equal(st->speakers[0].id, "maria-okafor");
	ws_stats_free(st);
}

static void
test_the_table_aligns_counts_under_their_headings(void **state)
{
	struct ws_stats *st = both_articles(WS_NONE, WS_NONE, WS_NONE, WS_NONE);
	char *table = written(ws_stats_write_table, st);

	assert_string_equal(table,
		"6 claims in 2 files\n"
		"\n"
		"OUTLET            CLAIMS  FILES\n"
		"Associated Press       3      2\n"
		"Reuters                2      1\n"
		"(no outlet)            1\n"
		"\n"
		"SPEAKER         CLAIMS  FILES\n"
		"Maria Okafor         3      2\n"
		"Daniel Hughes        2      2\n"
		"(no one named)       1\n");
	free(table);
	ws_stats_free(st);
}

static void
test_the_json_has_the_same_counts(void **state)
{
	struct ws_stats *st = both_articles(WS_NONE, WS_NONE, WS_NONE, WS_NONE);
	char *json = written(ws_stats_write_json, st);

	assert_string_equal(json,
		"{\"files\":2,\"claims\":6,\"no_outlet\":1,\"no_speaker\":1,"
		"\"outlets\":[{\"id\":\"associated-press\",\"name\":\"Associated Press\","
		"\"claims\":3,\"files\":2},"
		"{\"id\":\"reuters\",\"name\":\"Reuters\",\"claims\":2,\"files\":1}],"
		"\"speakers\":[{\"id\":\"maria-okafor\",\"name\":\"Maria Okafor\","
		"\"role\":\"union president\",\"claims\":3,\"files\":2},"
		"{\"id\":\"daniel-hughes\",\"name\":\"Daniel Hughes\","
		"\"role\":\"chief executive\",\"claims\":2,\"files\":2}]}\n");
	free(json);
	ws_stats_free(st);
}

/* A name taken from a hostile article must not reach the terminal as an escape sequence. */
static struct ws_outlet hostile_outlets[] = {
	{ .id = (char *)"x", .name = (char *)"Evil\x1b[31m \"Press\"\xc2\x9b" },
};
static struct ws_claim hostile_claims[] = {
	{ .speaker = WS_NONE, .outlet = 0 },
};
static const struct ws_analysis hostile = {
	.outlets = hostile_outlets, .noutlets = 1, .claims = hostile_claims, .nclaims = 1,
};

static void
test_control_characters_in_names_never_reach_the_output_raw(void **state)
{
	struct ws_stats *st = ws_stats_new();
	char *table, *json;

	ws_stats_add(st, &hostile, WS_NONE, WS_NONE);
	table = written(ws_stats_write_table, st);
	json = written(ws_stats_write_json, st);
	assert_null(strchr(table, '\x1b'));
	assert_non_null(strstr(table, "Evil^[[31m \"Press\""));
	assert_null(strchr(json, '\x1b'));
	assert_null(strstr(json, "\xc2\x9b"));
	assert_non_null(strstr(json, "\"Evil\\u001b[31m \\\"Press\\\"\\u009b\""));
	free(table);
	free(json);
	ws_stats_free(st);
}

static void
test_a_speaker_is_found_by_full_name_surname_or_id_in_any_case(void **state)
{
	assert_int_equal(ws_find_speaker(&article1, "Daniel Hughes"), 1);
	assert_int_equal(ws_find_speaker(&article1, "hughes"), 1);
	assert_int_equal(ws_find_speaker(&article1, "maria-okafor"), 0);
	assert_int_equal(ws_find_speaker(&article1, "Maria"), WS_NONE);
	assert_int_equal(ws_find_speaker(NULL, "Maria"), WS_NONE);
}

static void
test_an_outlet_is_found_by_name_id_or_how_the_article_calls_it(void **state)
{
	static const char text[] = "He told AP on Monday.";
	struct ws_span mention = { 8, 10 };
	struct ws_outlet o = { .id = (char *)"associated-press", .name = (char *)"Associated Press",
			       .mentions = &mention, .nmentions = 1 };
	struct ws_analysis an = { .outlets = &o, .noutlets = 1 };

	assert_int_equal(ws_find_outlet(&an, text, "associated press"), 0);
	assert_int_equal(ws_find_outlet(&an, text, "associated-press"), 0);
	assert_int_equal(ws_find_outlet(&an, text, "ap"), 0);
	assert_int_equal(ws_find_outlet(&an, text, "Monday"), WS_NONE);
}

static void
test_percents_add_up_to_100_by_largest_remainder(void **state)
{
	/* 2/7 each is 28.57%, 1/7 is 14.29%: rounded each alone they add up to 98. */
	const size_t counts[] = { 2, 2, 1, 1, 1 };
	const size_t thirds[] = { 1, 1, 1 };
	const size_t none[] = { 0, 0 };
	unsigned p[5];

	ws_stats_percents(counts, 5, p);
	assert_int_equal(p[0], 29);
	assert_int_equal(p[1], 29);
	assert_int_equal(p[2], 14);
	assert_int_equal(p[3], 14);
	assert_int_equal(p[4], 14);
	/* Equal remainders: the earlier entry gets the point. */
	ws_stats_percents(thirds, 3, p);
	assert_int_equal(p[0], 34);
	assert_int_equal(p[1], 33);
	assert_int_equal(p[2], 33);
	ws_stats_percents(none, 2, p);
	assert_int_equal(p[0], 0);
	assert_int_equal(p[1], 0);
}

static void
test_the_legend_has_outlets_then_a_person_then_no_one(void **state)
{
	static struct ws_claim claims[] = {
		{ .speaker = 0, .outlet = 1 }, { .speaker = 0, .outlet = WS_NONE },
		{ .speaker = WS_NONE, .outlet = WS_NONE }, { .speaker = 1, .outlet = 1 },
		{ .speaker = WS_NONE, .outlet = WS_NONE }, { .speaker = WS_NONE, .outlet = WS_NONE },
	};
	const struct ws_analysis an = {
		.outlets = outlets1, .noutlets = 2, .people = people1, .npeople = 2,
		.claims = claims, .nclaims = 6,
	};
	size_t n;
	struct ws_legend_entry *e = ws_stats_legend(&an, &n);

	assert_non_null(e);
	/* Associated Press (outlet 0) has no claim: no entry. */
	assert_int_equal(n, 3);
	assert_int_equal(e[0].kind, WS_LEGEND_OUTLET);
	assert_int_equal(e[0].outlet, 1);
	assert_int_equal(e[0].nclaims, 2);
	assert_int_equal(e[0].percent, 33);
	assert_int_equal(e[1].kind, WS_LEGEND_PERSON);
	assert_int_equal(e[1].outlet, WS_NONE);
	assert_int_equal(e[1].nclaims, 1);
	assert_int_equal(e[1].percent, 17);
	assert_int_equal(e[2].kind, WS_LEGEND_NO_ONE);
	assert_int_equal(e[2].nclaims, 3);
	assert_int_equal(e[2].percent, 50);
	free(e);
}

/*
 * The credits of claims that come in runs of one pair and again later:
 * each pair once, with all its claims, sorted by speaker then outlet.
 */
static void
test_credits_count_runs_and_pairs_seen_again(void **state)
{
	struct ws_claim claims[] = {
		{ .speaker = 1, .outlet = 0 }, { .speaker = 1, .outlet = 0 }, { .speaker = 1, .outlet = 0 },
		{ .speaker = 0, .outlet = WS_NONE }, { .speaker = WS_NONE, .outlet = 0 },
		{ .speaker = 1, .outlet = 0 }, { .speaker = 0, .outlet = 0 }, { .speaker = 0, .outlet = WS_NONE },
	};
	const struct ws_analysis an = {
		.outlets = outlets1, .noutlets = 2, .people = people1, .npeople = 2,
		.claims = claims, .nclaims = sizeof claims / sizeof *claims,
	};
	size_t n;
	struct ws_credit *cr = ws_stats_credits(&an, &n);

	(void)state;
	assert_int_equal(n, 3);
	assert_int_equal(cr[0].speaker, 0);
	assert_int_equal(cr[0].outlet, 0);
	assert_int_equal(cr[0].nclaims, 1);
	assert_int_equal(cr[1].speaker, 0);
	assert_int_equal(cr[1].outlet, WS_NONE);
	assert_int_equal(cr[1].nclaims, 2);
	assert_int_equal(cr[2].speaker, 1);
	assert_int_equal(cr[2].outlet, 0);
	assert_int_equal(cr[2].nclaims, 4);
	free(cr);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_outlets_are_counted_across_articles_by_id),
		cmocka_unit_test(test_credits_count_runs_and_pairs_seen_again),
		cmocka_unit_test(test_outlets_credited_with_nothing_are_not_listed),
		cmocka_unit_test(test_claims_without_outlet_or_speaker_are_counted_apart),
		cmocka_unit_test(test_speakers_keep_the_first_role_seen),
		cmocka_unit_test(test_most_claims_come_first),
		cmocka_unit_test(test_a_speaker_filter_counts_only_their_claims),
		cmocka_unit_test(test_the_table_aligns_counts_under_their_headings),
		cmocka_unit_test(test_the_json_has_the_same_counts),
		cmocka_unit_test(test_control_characters_in_names_never_reach_the_output_raw),
		cmocka_unit_test(test_a_speaker_is_found_by_full_name_surname_or_id_in_any_case),
		cmocka_unit_test(test_an_outlet_is_found_by_name_id_or_how_the_article_calls_it),
		cmocka_unit_test(test_percents_add_up_to_100_by_largest_remainder),
		cmocka_unit_test(test_the_legend_has_outlets_then_a_person_then_no_one),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
