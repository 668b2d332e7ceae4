/* Atomic writes: the target is replaced whole or left as it was. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "whosaid/atomic.h"

static char dir[] = "/tmp/ws-atomic-XXXXXX";

static char *
path_in_dir(const char *name)
{
	static char buf[256];
	snprintf(buf, sizeof buf, "%s/%s", dir, name);
	return buf;
}

static void
write_file(const char *path, const char *content)
{
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(content, fp);
	fclose(fp);
}

static char *
read_file(const char *path)
{
	static char buf[256];
	FILE *fp = fopen(path, "r");
	size_t n;

	assert_non_null(fp);
	n = fread(buf, 1, sizeof buf - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

static size_t
files_in_dir(void)
{
	char cmd[300];
	FILE *p;
	size_t n = 0;
	int c;

	snprintf(cmd, sizeof cmd, "ls -A %s", dir);
	p = popen(cmd, "r");
	while ((c = fgetc(p)) != EOF)
		n += c == '\n';
	pclose(p);
	return n;
}

static int
setup(void **state)
{
	(void)state;
	strcpy(dir, "/tmp/ws-atomic-XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int
teardown(void **state)
{
	char cmd[300];
	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	return system(cmd);
}

static void
test_commit_replaces_the_target(void **state)
{
	struct ws_atomic a;
	char *target = strdup(path_in_dir("out.txt"));

	(void)state;
	write_file(target, "old");
	assert_int_equal(ws_atomic_open(&a, target, NULL, 0, NULL), 0);
	fputs("new", a.fp);
	assert_string_equal(read_file(target), "old");
	assert_int_equal(ws_atomic_commit(&a, NULL), 0);
	assert_string_equal(read_file(target), "new");
	assert_int_equal(files_in_dir(), 1);
	free(target);
}

static void
test_abort_leaves_the_target(void **state)
{
	struct ws_atomic a;
	char *target = strdup(path_in_dir("out.txt"));

	(void)state;
	write_file(target, "old");
	assert_int_equal(ws_atomic_open(&a, target, NULL, 0, NULL), 0);
	fputs("half", a.fp);
	ws_atomic_abort(&a);
	assert_string_equal(read_file(target), "old");
	assert_int_equal(files_in_dir(), 1);
	free(target);
}

static void
test_refuses_to_write_onto_an_input(void **state)
{
	struct ws_atomic a;
	struct ws_error err;
	char *input = strdup(path_in_dir("article.txt"));
	char *other = strdup(path_in_dir("other.txt"));
	const char *inputs[] = { "-", other, input };
	char *alias;

	(void)state;
	write_file(input, "article");
	write_file(other, "other");
	/* The same file by another name is the same file. */
	alias = strdup(path_in_dir("./article.txt"));
	assert_int_equal(ws_atomic_open(&a, alias, inputs, 3, &err), -1);
	assert_non_null(strstr(err.msg, "it is an input"));
	assert_string_equal(read_file(input), "article");
	free(input);
	free(other);
	free(alias);
}

static void
test_unwritable_directory_fails_with_a_message(void **state)
{
	struct ws_atomic a;
	struct ws_error err;

	(void)state;
	assert_int_equal(ws_atomic_open(&a, "/nonexistent-dir/out.txt", NULL, 0, &err), -1);
	assert_non_null(strstr(err.msg, "cannot write /nonexistent-dir/out.txt"));
}

static void
test_a_directory_is_not_a_target(void **state)
{
	struct ws_atomic a;
	struct ws_error err;

	(void)state;
	assert_int_equal(ws_atomic_open(&a, dir, NULL, 0, &err), -1);
	assert_non_null(strstr(err.msg, "is a directory"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_commit_replaces_the_target, setup, teardown),
		cmocka_unit_test_setup_teardown(test_abort_leaves_the_target, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuses_to_write_onto_an_input, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unwritable_directory_fails_with_a_message, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_directory_is_not_a_target, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
