/* Allocation: running out of memory goes through the front end's hook. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "whosaid/xmalloc.h"

static jmp_buf back;
static int hook_calls;

/* Stands for the reader's hook, which restores the terminal. */
static void
hook(void)
{
	hook_calls++;
	longjmp(back, 1);
}

static void
test_overflowing_array_calls_the_hook(void **state)
{
	(void)state;
	hook_calls = 0;
	ws_set_oom_hook(hook);
	if (setjmp(back) == 0)
		(void)xreallocarray(NULL, SIZE_MAX / 2 + 2, 2);
	assert_int_equal(hook_calls, 1);
	ws_set_oom_hook(NULL);
}

static void
test_overflowing_calloc_calls_the_hook(void **state)
{
	(void)state;
	hook_calls = 0;
	ws_set_oom_hook(hook);
	if (setjmp(back) == 0)
		(void)xcalloc(SIZE_MAX / 4, 8);
	assert_int_equal(hook_calls, 1);
	ws_set_oom_hook(NULL);
}

static void
test_growing_past_size_max_calls_the_hook(void **state)
{
	char *arr = NULL;
	size_t cap = 0;

	(void)state;
	hook_calls = 0;
	ws_set_oom_hook(hook);
	if (setjmp(back) == 0)
		xgrow(&arr, &cap, SIZE_MAX, 1);
	assert_int_equal(hook_calls, 1);
	ws_set_oom_hook(NULL);
	free(arr);
}

static void
test_grow_doubles_from_sixteen(void **state)
{
	int *arr = NULL;
	size_t cap = 0;

	(void)state;
	xgrow(&arr, &cap, 1, sizeof *arr);
	assert_int_equal(cap, 16);
	xgrow(&arr, &cap, 16, sizeof *arr);
	assert_int_equal(cap, 16);
	xgrow(&arr, &cap, 17, sizeof *arr);
	assert_int_equal(cap, 32);
	xgrow(&arr, &cap, 100, sizeof *arr);
	assert_int_equal(cap, 128);
	arr[127] = 1;
	free(arr);
}

/* A megabyte of ints is 262,144: below it xgrow_gently() doubles, past it grows by a quarter. */
static void
test_grow_gently_past_a_megabyte_by_a_quarter(void **state)
{
	int *arr = NULL;
	size_t cap = 0;

	(void)state;
	xgrow_gently(&arr, &cap, 100, sizeof *arr);
	assert_int_equal(cap, 128);
	xgrow_gently(&arr, &cap, 262144, sizeof *arr);
	assert_int_equal(cap, 262144);
	xgrow_gently(&arr, &cap, 262145, sizeof *arr);
	assert_int_equal(cap, 327680);
	xgrow_gently(&arr, &cap, 400000, sizeof *arr);
	assert_int_equal(cap, 409600);
	arr[409599] = 1;
	free(arr);
}

static void
test_shrink_keeps_the_elements_used(void **state)
{
	int *arr = xreallocarray(NULL, 32, sizeof *arr);	/* 20 used of 32 */

	(void)state;
	for (int i = 0; i < 20; i++)
		arr[i] = i * 7;
	xshrink(&arr, 20, sizeof *arr);
	for (int i = 0; i < 20; i++)
		assert_int_equal(arr[i], i * 7);
	xshrink(&arr, 0, sizeof *arr);	/* nothing to keep: left as it is */
	assert_non_null(arr);
	assert_int_equal(arr[19], 133);
	free(arr);
}

static void
test_strndup_stops_at_n_or_nul(void **state)
{
	char *a = xstrndup("speaker", 4);
	char *b = xstrndup("cue", 10);
	char *c = xstrdup("");

	(void)state;
	assert_string_equal(a, "spea");
	assert_string_equal(b, "cue");
	assert_string_equal(c, "");
	free(a);
	free(b);
	free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_overflowing_array_calls_the_hook),
		cmocka_unit_test(test_overflowing_calloc_calls_the_hook),
		cmocka_unit_test(test_growing_past_size_max_calls_the_hook),
		cmocka_unit_test(test_grow_doubles_from_sixteen),
		cmocka_unit_test(test_grow_gently_past_a_megabyte_by_a_quarter),
		cmocka_unit_test(test_shrink_keeps_the_elements_used),
		cmocka_unit_test(test_strndup_stops_at_n_or_nul),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
