/* Where an export goes by default: beside its article, or in a directory of exports. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>

#include "whosaid/export.h"

static void
check(const char *input, const char *dir, const char *ext, const char *want)
{
	char *path = ws_export_path(input, dir, ext);

	assert_non_null(path);
	assert_string_equal(path, want);
	free(path);
}

static void
test_beside_the_article_without_its_extension(void **state)
{
	check("news/strike.txt", NULL, "html", "news/strike.whosaid.html");
	check("/srv/a.b.md", NULL, "ansi", "/srv/a.b.whosaid.ansi");
	check("strike", NULL, "txt", "strike.whosaid.txt");
}

static void
test_standard_input_goes_to_the_current_directory(void **state)
{
	check("-", NULL, "html", "stdin.whosaid.html");
	check("-", "out/", "json", "out/stdin.whosaid.json");
}

static void
test_into_a_directory_with_or_without_its_slash(void **state)
{
	check("news/strike.txt", "out", "html", "out/strike.whosaid.html");
	check("news/strike.txt", "out//", "html", "out/strike.whosaid.html");
	check("strike.txt", "/", "html", "/strike.whosaid.html");
}

static void
test_a_dot_file_keeps_its_name(void **state)
{
	check(".hidden", NULL, "html", ".hidden.whosaid.html");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_beside_the_article_without_its_extension),
		cmocka_unit_test(test_standard_input_goes_to_the_current_directory),
		cmocka_unit_test(test_into_a_directory_with_or_without_its_slash),
		cmocka_unit_test(test_a_dot_file_keeps_its_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
