/*
 * Lexicons: the built-in data files parse, a user's files add entries,
 * and a malformed line is reported as FILE:LINE: what is wrong.
 */
#include "config.h"

#include <sys/stat.h>
#include <unistd.h>

#include "analyze_helpers.h"
#include "analyze_int.h"

static char dir[64];

static void
write_user_file(const char *name, const char *body)
{
	char path[256];
	FILE *fp;

	snprintf(path, sizeof path, "%s/whosaid", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/whosaid/%s", dir, name);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(body, fp);
	fclose(fp);
}

static int
setup_dir(void **state)
{
	strcpy(dir, "/tmp/ws-lexicon-XXXXXX");
	if (mkdtemp(dir) == NULL)
		return -1;
	setenv("XDG_CONFIG_HOME", dir, 1);
	return 0;
}

static int
teardown_dir(void **state)
{
	char cmd[128];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void
test_builtin_lexicon_knows_the_major_agencies(void **state)
{
	analyze("Reuters, AFP, Kyodo, Yonhap and TASS reported the strike.\n");
	assert_int_equal(an->noutlets, 5);
}

static void
test_user_outlet_is_found(void **state)
{
	struct ws_error err;

	write_user_file("mine.txt", "# my outlets\noutlet: Harbour Gazette | the Gazette\n");
	assert_int_equal(ws_lexicon_load_user(lex, &err), 0);
	analyze("The Harbour Gazette reported that the port had closed.\n");
	assert_claim("the port had closed", "reported", "The Harbour Gazette", NULL,
		     "Harbour Gazette");
}

static void
test_user_cue_is_found(void **state)
{
	struct ws_error err;

	write_user_file("cues.txt", "speech: opine | opines | opined\n");
	assert_int_equal(ws_lexicon_load_user(lex, &err), 0);
	analyze("Maria Okafor opined that the port was doomed.\n");
	assert_claim("the port was doomed", "opined", "Maria Okafor", "Maria Okafor", NULL);
}

/*
 * Entries are looked up word by word: of the entries that start with
 * "Harbour", the one with the most words that the text has is found.
 */
static void
test_user_entries_sharing_first_words_match_the_longest(void **state)
{
	struct ws_error err;

	write_user_file("outlets.txt", "outlet: Harbour Gazette\n"
			"outlet: Harbour Gazette Weekly\n"
			"outlet: Harbour Radio\n");
	assert_int_equal(ws_lexicon_load_user(lex, &err), 0);
	analyze("Harbour Gazette Weekly reported that the port had closed. "
		"Harbour  Radio reported that the ferries had stopped.\n");
	assert_claim("the port had closed", "reported", "Harbour Gazette Weekly", NULL,
		     "Harbour Gazette Weekly");
	assert_claim("the ferries had stopped", "reported", "Harbour  Radio", NULL,
		     "Harbour Radio");
}

static void
test_malformed_line_names_file_and_line(void **state)
{
	struct ws_error err;
	char want[256];

	write_user_file("zz-bad.txt", "outlet: Harbour Gazette\n\nnonsense without a colon\n");
	assert_int_equal(ws_lexicon_load_user(lex, &err), -1);
	snprintf(want, sizeof want, "%s/whosaid/zz-bad.txt:3: ", dir);
	assert_memory_equal(err.msg, want, strlen(want));
}

static void
test_unknown_kind_is_reported(void **state)
{
	struct ws_error err;

	write_user_file("zz-bad.txt", "outlets: Harbour Gazette\n");
	assert_int_equal(ws_lexicon_load_user(lex, &err), -1);
	assert_non_null(strstr(err.msg, "zz-bad.txt:1: unknown kind"));
}

/*
 * The kinds the error lists are the parser's own: each is taken on a
 * line, and the list is whole (it ends with its closing parenthesis).
 */
static void
test_unknown_kind_lists_every_kind(void **state)
{
	struct ws_error err;
	char list[sizeof err.msg], line[128], *name, *save = NULL;
	size_t n = 0;

	write_user_file("zz-bad.txt", "outlets: Harbour Gazette\n");
	assert_int_equal(ws_lexicon_load_user(lex, &err), -1);
	assert_non_null(strstr(err.msg, "unknown kind (outlet, outlet-ref, "));
	assert_non_null(strstr(err.msg, ", preposition-object, "));
	assert_non_null(strstr(err.msg, ", abbreviation-title, "));
	assert_int_equal(err.msg[strlen(err.msg) - 1], ')');
	strcpy(list, strchr(err.msg, '(') + 1);
	list[strlen(list) - 1] = '\0';
	for (name = strtok_r(list, ", ", &save); name != NULL; name = strtok_r(NULL, ", ", &save)) {
		snprintf(line, sizeof line, "%s: Zyxwv\n", name);
		write_user_file("zz-bad.txt", line);
		assert_int_equal(ws_lexicon_load_user(lex, &err), 0);
		n++;
	}
	assert_true(n > 50);
}

/*
 * The claim of text s whose content and cue are given, credited to `by`
 * (speaker `person`) before the user's file `body`, and to `by_then`
 * (`person_then`) after it.
 */
static void
assert_user_file_recredits(const char *s, const char *body, const char *content, const char *cue,
			   const char *by, const char *person, const char *by_then,
			   const char *person_then)
{
	struct ws_error err;

	analyze(s);
	assert_claim(content, cue, by, person, NULL);
	write_user_file("mine.txt", body);
	assert_int_equal(ws_lexicon_load_user(lex, &err), 0);
	analyze(s);
	assert_claim(content, cue, by_then, person_then, NULL);
}

/* A user's word of a kind the rules ask about: "hereafter" an adverbial. */
static void
test_user_word_kind_changes_the_analysis(void **state)
{
	assert_user_file_recredits("The mayor, Maria Okafor, hereafter said the port was closed.\n",
				   "adverbial: hereafter\n", "the port was closed", "said",
				   "hereafter", NULL, "The mayor", "Maria Okafor");
}

/* A user's abbreviation of a title: its full stop ends no sentence. */
static void
test_user_abbreviation_keeps_the_sentence_whole(void **state)
{
	struct ws_error err;
	const char *s = "The port closed. Brig. Okafor said so.\n";

	analyze(s);
	assert_int_equal(doc->nsentences, 3);
	write_user_file("mine.txt", "abbreviation-title: Brig\n");
	assert_int_equal(ws_lexicon_load_user(lex, &err), 0);
	analyze(s);
	assert_int_equal(doc->nsentences, 2);
}

/*
 * A role's head ends before a role-end word: with the user's "under",
 * "the spokeswoman" is the "spokeswoman under the ministry" named before.
 */
static void
test_user_role_end_word_ends_a_role_head(void **state)
{
	assert_user_file_recredits("Ana Ruiz, a spokeswoman under the ministry, said the port would "
				   "open.\n\nThe spokeswoman said the ferries would run.\n",
				   "role-end: under\n", "the ferries would run", "said",
				   "The spokeswoman", NULL, "The spokeswoman", "Ana Ruiz");
}

/*
 * The kinds are more than 64: one past the 64th is a bit of its own, not
 * one of the first kinds again.
 */
/* Are two sets of word kinds the same? */
static int
wk_same(wk_set a, wk_set b)
{
	return a.lo == b.lo && a.hi == b.hi;
}

static void
test_kind_past_the_64th_is_a_bit_of_its_own(void **state)
{
	struct ws_error err;

	assert_true(WK_ROLE_END >= 64);
	write_user_file("mine.txt", "role-end: zzqx\n");
	assert_int_equal(ws_lexicon_load_user(lex, &err), 0);
	assert_true(wk_same(lex_word_kinds(lex, "zzqx", 4), W_ROLE_END));
	assert_true(wk_same(lex_word_kinds(lex, "ZZQX", 4), W_ROLE_END));
	assert_true(wk_empty(lex_word_kinds(lex, "zzq", 3)));
}

static void
test_empty_entry_is_reported(void **state)
{
	struct ws_error err;

	write_user_file("zz-bad.txt", "speech: opine | | opined\n");
	assert_int_equal(ws_lexicon_load_user(lex, &err), -1);
	assert_non_null(strstr(err.msg, "zz-bad.txt:1: empty entry"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_builtin_lexicon_knows_the_major_agencies),
		cmocka_unit_test_setup_teardown(test_user_outlet_is_found, setup_dir, teardown_dir),
		cmocka_unit_test_setup_teardown(test_user_cue_is_found, setup_dir, teardown_dir),
		cmocka_unit_test_setup_teardown(test_user_entries_sharing_first_words_match_the_longest,
						setup_dir, teardown_dir),
		cmocka_unit_test_setup_teardown(test_malformed_line_names_file_and_line, setup_dir,
						teardown_dir),
		cmocka_unit_test_setup_teardown(test_unknown_kind_is_reported, setup_dir, teardown_dir),
		cmocka_unit_test_setup_teardown(test_unknown_kind_lists_every_kind, setup_dir,
						teardown_dir),
		cmocka_unit_test_setup_teardown(test_user_word_kind_changes_the_analysis, setup_dir,
						teardown_dir),
		cmocka_unit_test_setup_teardown(test_user_abbreviation_keeps_the_sentence_whole,
						setup_dir, teardown_dir),
		cmocka_unit_test_setup_teardown(test_user_role_end_word_ends_a_role_head, setup_dir,
						teardown_dir),
		cmocka_unit_test_setup_teardown(test_kind_past_the_64th_is_a_bit_of_its_own, setup_dir,
						teardown_dir),
		cmocka_unit_test_setup_teardown(test_empty_entry_is_reported, setup_dir, teardown_dir),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
