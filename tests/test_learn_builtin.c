/*
 * The built-in model: tools/gen-embed.sh embedded tests/fuzz/seeds/model/
 * toy.model into this test (tests/toy_model_data.c), and
 * ws_model_builtin() loads exactly the file's bytes.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "learn_helpers.h"
#include "learn_int.h"

static void
test_embedded_bytes_are_the_file(void **state)
{
	static uint8_t file[8192];
	FILE *fp = fopen(TOY_MODEL, "rb");
	size_t n;

	assert_non_null(fp);
	n = fread(file, 1, sizeof file, fp);
	fclose(fp);
	assert_string_equal(ws_model_embedded[0].name, "toy.model");
	assert_int_equal(ws_model_embedded[0].size, n);
	assert_memory_equal(ws_model_embedded[0].bytes, file, n);
	assert_int_equal(ws_model_embedded[0].bytes[n], 0);
	assert_int_equal((uintptr_t)ws_model_embedded[0].bytes % 64, 0);
	assert_null(ws_model_embedded[1].name);
}

static void
test_builtin_model_loads(void **state)
{
	struct ws_model *m;
	struct ws_error err;

	assert_int_equal(ws_model_builtin(TOY_FEATSET, &m, &err), 0);
	assert_non_null(m);
	assert_int_equal(ws_model_nlabels(m), TOY_LABELS);
	ws_model_free(m);
	assert_int_equal(ws_model_builtin(TOY_FEATSET + 1, &m, &err), -1);
	assert_non_null(strstr(err.msg, "the built-in model: model made for feature set"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_embedded_bytes_are_the_file),
		cmocka_unit_test(test_builtin_model_loads),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
