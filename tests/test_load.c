/*
 * Loading: the bytes kept as read, a clean copy, offsets that map back,
 * and a one-line refusal for each kind of bad input.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "whosaid/article.h"
#include "whosaid/text.h"

static char dir[] = "/tmp/ws-load-XXXXXX";

static const char *
path_in_dir(const char *name)
{
	static char buf[256];

	snprintf(buf, sizeof buf, "%s/%s", dir, name);
	return buf;
}

static const char *
write_file(const char *name, const char *bytes, size_t len)
{
	const char *path = path_in_dir(name);
	FILE *fp = fopen(path, "wb");

	assert_non_null(fp);
	assert_int_equal(fwrite(bytes, 1, len, fp), len);
	fclose(fp);
	return path;
}

/* Clean bytes given inline; the caller frees the text. */
static struct ws_text *
clean(const char *bytes, size_t len)
{
	struct ws_text *t;
	struct ws_error err;

	assert_int_equal(ws_text_from_bytes("t", bytes, len, 0, &t, &err), 0);
	return t;
}

#define CLEAN(lit) clean(lit, sizeof lit - 1)

static void
assert_s(const struct ws_text *t, const char *want, size_t want_len)
{
	assert_int_equal(t->len, want_len);
	assert_memory_equal(t->s, want, want_len);
	assert_int_equal(t->s[t->len], '\0');
}

#define ASSERT_S(t, lit) assert_s(t, lit, sizeof lit - 1)

static void
clean_text_is_kept_as_is(void **state)
{
	struct ws_text *t = CLEAN("Kerry said “yes”.\n");

	ASSERT_S(t, "Kerry said “yes”.\n");
	assert_int_equal(t->input_len, t->len);
	assert_memory_equal(t->input, t->s, t->len);
	assert_int_equal(t->nedits, 0);
	assert_int_equal(t->flags, 0);
	assert_ptr_equal(t->s, t->input);	/* no copy */
	assert_int_equal(ws_text_input_offset(t, 7), 7);
	ws_text_free(t);
}

static void
bom_is_skipped_and_offsets_shift(void **state)
{
	struct ws_text *t = CLEAN("\xef\xbb\xbfHi\n");

	ASSERT_S(t, "Hi\n");
	assert_true(t->flags & WS_TEXT_HAD_BOM);
	assert_int_equal(t->input_len, 6);
	assert_int_equal(ws_text_input_offset(t, 0), 3);
	assert_int_equal(ws_text_input_offset(t, 2), 5);
	assert_int_equal(ws_text_input_offset(t, 3), 6);
	ws_text_free(t);
}

/*
 * ws_text_clean_offset() is the inverse of ws_text_input_offset(): for
 * every input offset, the first clean offset that maps to it or after it
 * (found here by walking all of them), len if none.
 */
static void
assert_clean_offsets_invert(const char *input, size_t len)
{
	struct ws_text *t = clean(input, len);

	assert_true(t->nedits > 0);
	for (size_t in = 0; in <= t->input_len + 2; in++) {
		size_t want = 0;

		while (want < t->len && ws_text_input_offset(t, want) < in)
			want++;
		assert_int_equal(ws_text_clean_offset(t, in), want);
	}
	ws_text_free(t);
}

#define ASSERT_CLEAN_OFFSETS_INVERT(lit) assert_clean_offsets_invert(lit, sizeof lit - 1)

static void
clean_offsets_invert_input_offsets(void **state)
{
	ASSERT_CLEAN_OFFSETS_INVERT("\xef\xbb\xbfHi\r\n");		/* BOM, CRLF */
	ASSERT_CLEAN_OFFSETS_INVERT("ab\r\n\r\ncd\r\n");		/* CRLFs in a row, at the end */
	ASSERT_CLEAN_OFFSETS_INVERT("a\x80" "b\xe2\x82" "c\xc0\xaf");	/* repairs grow the text */
	ASSERT_CLEAN_OFFSETS_INVERT("\r\n\xff\r\nx\xed\xa0\x80\r\n");
}

static void
bom_only_in_the_middle_is_kept(void **state)
{
	struct ws_text *t = CLEAN("a\xef\xbb\xbf");

	ASSERT_S(t, "a\xef\xbb\xbf");
	assert_false(t->flags & WS_TEXT_HAD_BOM);
	ws_text_free(t);
}

static void
crlf_becomes_lf_and_maps_to_the_cr(void **state)
{
	struct ws_text *t = CLEAN("ab\r\ncd\r\n");

	ASSERT_S(t, "ab\ncd\n");
	assert_memory_equal(t->input, "ab\r\ncd\r\n", 8);
	assert_int_equal(ws_text_input_offset(t, 1), 1);
	assert_int_equal(ws_text_input_offset(t, 2), 2);	/* \n -> \r */
	assert_int_equal(ws_text_input_offset(t, 3), 4);	/* c */
	assert_int_equal(ws_text_input_offset(t, 5), 6);
	assert_int_equal(ws_text_input_offset(t, 6), 8);	/* the end */
	ws_text_free(t);
}

static void
lone_cr_becomes_lf_in_place(void **state)
{
	struct ws_text *t = CLEAN("ab\rcd\r");

	ASSERT_S(t, "ab\ncd\n");
	assert_int_equal(t->nedits, 0);
	assert_int_equal(ws_text_input_offset(t, 3), 3);
	ws_text_free(t);
}

static void
cr_cr_lf_is_two_line_ends(void **state)
{
	struct ws_text *t = CLEAN("a\r\r\nb");

	ASSERT_S(t, "a\n\nb");
	assert_int_equal(ws_text_input_offset(t, 3), 4);
	ws_text_free(t);
}

static void
stray_continuation_byte_is_one_replacement(void **state)
{
	struct ws_text *t = CLEAN("a\x80z");

	ASSERT_S(t, "a\xef\xbf\xbdz");
	assert_true(t->flags & WS_TEXT_REPAIRED);
	assert_int_equal(ws_text_input_offset(t, 1), 1);
	assert_int_equal(ws_text_input_offset(t, 2), 1);	/* inside U+FFFD */
	assert_int_equal(ws_text_input_offset(t, 3), 1);
	assert_int_equal(ws_text_input_offset(t, 4), 2);	/* z */
	assert_int_equal(ws_text_input_offset(t, 5), 3);
	ws_text_free(t);
}

static void
truncated_sequence_is_one_replacement(void **state)
{
	struct ws_text *t = CLEAN("a\xe2\x82z");

	ASSERT_S(t, "a\xef\xbf\xbdz");
	assert_int_equal(ws_text_input_offset(t, 1), 1);
	assert_int_equal(ws_text_input_offset(t, 3), 2);
	assert_int_equal(ws_text_input_offset(t, 4), 3);	/* z */
	ws_text_free(t);
}

static void
truncated_sequence_at_the_end_maps_to_the_end(void **state)
{
	struct ws_text *t = CLEAN("x\xf0\x9f\x98");

	ASSERT_S(t, "x\xef\xbf\xbd");
	assert_int_equal(ws_text_input_offset(t, 1), 1);
	assert_int_equal(ws_text_input_offset(t, 4), 4);
	ws_text_free(t);
}

static void
overlong_form_is_one_replacement_per_byte(void **state)
{
	struct ws_text *t = CLEAN("\xc0\xafz\xe0\x80\xaf");

	ASSERT_S(t, "\xef\xbf\xbd\xef\xbf\xbdz"
		 "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	assert_int_equal(ws_text_input_offset(t, 3), 1);
	assert_int_equal(ws_text_input_offset(t, 6), 2);	/* z */
	assert_int_equal(ws_text_input_offset(t, 10), 4);
	assert_int_equal(ws_text_input_offset(t, 16), 6);
	ws_text_free(t);
}

static void
surrogate_is_one_replacement_per_byte(void **state)
{
	struct ws_text *t = CLEAN("\xed\xa0\x80.");

	ASSERT_S(t, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd.");
	assert_int_equal(ws_text_input_offset(t, 3), 1);
	assert_int_equal(ws_text_input_offset(t, 6), 2);
	assert_int_equal(ws_text_input_offset(t, 9), 3);
	ws_text_free(t);
}

static void
code_point_above_the_maximum_is_replaced(void **state)
{
	struct ws_text *t = CLEAN("\xf4\x90\x80\x80");

	assert_int_equal(t->len, 12);
	assert_int_equal(ws_text_input_offset(t, 12), 4);
	ws_text_free(t);
}

static void
bytes_that_start_nothing_are_replaced(void **state)
{
	struct ws_text *t = CLEAN("\xf5\xff\xc1");

	ASSERT_S(t, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	ws_text_free(t);
}

static void
valid_multibyte_characters_are_kept(void **state)
{
	struct ws_text *t = CLEAN("é 中 🇯🇵 \xf4\x8f\xbf\xbf");

	ASSERT_S(t, "é 中 🇯🇵 \xf4\x8f\xbf\xbf");
	assert_int_equal(t->nedits, 0);
	ws_text_free(t);
}

static void
repairs_and_line_ends_mix(void **state)
{
	struct ws_text *t = CLEAN("\xef\xbb\xbf" "a\r\n\xff" "b\r\n");

	ASSERT_S(t, "a\n\xef\xbf\xbd" "b\n");
	assert_int_equal(ws_text_input_offset(t, 0), 3);	/* a */
	assert_int_equal(ws_text_input_offset(t, 1), 4);	/* \r */
	assert_int_equal(ws_text_input_offset(t, 2), 6);	/* \xff */
	assert_int_equal(ws_text_input_offset(t, 5), 7);	/* b */
	assert_int_equal(ws_text_input_offset(t, 6), 8);
	assert_int_equal(ws_text_input_offset(t, 7), 10);
	ws_text_free(t);
}

static void
offsets_past_the_end_clamp(void **state)
{
	struct ws_text *t = CLEAN("ab\r\n");

	assert_int_equal(ws_text_input_offset(t, 99), 4);
	ws_text_free(t);
}

/* Many repairs: the map stays one edit per repair, and exact. */
static void
many_repairs_map_exactly(void **state)
{
	enum { N = 5000 };
	char *in = malloc(N * 5);
	struct ws_text *t;
	size_t i;

	for (i = 0; i < N; i++)
		memcpy(in + i * 5, "abcd\x80", 5);
	t = clean(in, N * 5);
	assert_int_equal(t->len, N * 7);
	assert_int_equal(t->nedits, N);
	for (i = 0; i < N; i++) {
		assert_int_equal(ws_text_input_offset(t, i * 7), i * 5);
		assert_int_equal(ws_text_input_offset(t, i * 7 + 4), i * 5 + 4);
		assert_int_equal(ws_text_input_offset(t, i * 7 + 6), i * 5 + 4);
	}
	ws_text_free(t);
	free(in);
}

static void
empty_input_is_empty_text(void **state)
{
	struct ws_text *t;
	struct ws_error err;
	const char *path = write_file("empty", "", 0);

	assert_int_equal(ws_text_load(path, 0, &t, &err), 0);
	assert_int_equal(t->len, 0);
	assert_non_null(t->s);
	assert_int_equal(t->s[0], '\0');
	assert_int_equal(ws_text_input_offset(t, 0), 0);
	ws_text_free(t);
}

static void
file_loads_with_its_name(void **state)
{
	struct ws_text *t;
	struct ws_error err;
	const char *path = write_file("article.txt", "Title\r\n\r\nBody.\r\n", 16);

	assert_int_equal(ws_text_load(path, 0, &t, &err), 0);
	assert_string_equal(t->name, path);
	assert_int_equal(t->input_len, 16);
	ASSERT_S(t, "Title\n\nBody.\n");
	ws_text_free(t);
}

static void
missing_file_is_refused(void **state)
{
	struct ws_text *t;
	struct ws_error err;
	const char *path = path_in_dir("no-such-file");
	char want[300];

	assert_int_equal(ws_text_load(path, 0, &t, &err), -1);
	assert_null(t);
	snprintf(want, sizeof want, "cannot open %s: No such file or directory", path);
	assert_string_equal(err.msg, want);
}

static void
directory_is_refused(void **state)
{
	struct ws_text *t;
	struct ws_error err;
	char want[300];

	assert_int_equal(ws_text_load(dir, 0, &t, &err), -1);
	snprintf(want, sizeof want, "%s: is a directory", dir);
	assert_string_equal(err.msg, want);
}

static void
unreadable_file_is_refused(void **state)
{
	struct ws_text *t;
	struct ws_error err;
	const char *path;

	if (geteuid() == 0)
		skip();			/* root reads it anyway */
	path = write_file("secret", "x", 1);
	assert_int_equal(chmod(path, 0), 0);
	assert_int_equal(ws_text_load(path, 0, &t, &err), -1);
	assert_non_null(strstr(err.msg, "Permission denied"));
}

static void
nul_bytes_are_binary(void **state)
{
	struct ws_text *t;
	struct ws_error err;

	assert_int_equal(ws_text_from_bytes("a.bin", "ab\0cd", 5, 0, &t, &err), -1);
	assert_string_equal(err.msg,
	    "a.bin looks like binary data (use --force to open it anyway)");
}

static void
force_opens_binary_data(void **state)
{
	struct ws_text *t;
	struct ws_error err;

	assert_int_equal(ws_text_from_bytes("a.bin", "ab\0cd", 5, WS_LOAD_FORCE,
	    &t, &err), 0);
	assert_int_equal(t->len, 5);
	assert_memory_equal(t->s, "ab\0cd", 5);
	ws_text_free(t);
}

static void
mostly_control_bytes_are_binary(void **state)
{
	char buf[1000];
	struct ws_text *t;
	struct ws_error err;
	size_t i;

	for (i = 0; i < sizeof buf; i++)
		buf[i] = i % 3 == 0 ? '\x01' : 'a';
	assert_int_equal(ws_text_from_bytes("x", buf, sizeof buf, 0, &t, &err), -1);
	for (i = 0; i < sizeof buf; i++)
		buf[i] = i % 3 == 0 ? '\xfe' : 'a';
	assert_int_equal(ws_text_from_bytes("x", buf, sizeof buf, 0, &t, &err), -1);
}

static void
escapes_and_a_few_bad_bytes_are_text(void **state)
{
	struct ws_text *t;
	struct ws_error err;
	static const char latin1[] =
	    "Caf\xe9 owners in Montr\xe9" "al said \033[1mtrade\033[0m was slow.\f\n";

	assert_int_equal(ws_text_from_bytes("x", latin1, sizeof latin1 - 1, 0,
	    &t, &err), 0);
	assert_true(t->flags & WS_TEXT_REPAIRED);
	ws_text_free(t);
}

static void
binary_data_past_the_sniffed_part_is_text(void **state)
{
	size_t n = 70 * 1024;
	char *buf = malloc(n);
	struct ws_text *t;
	struct ws_error err;

	memset(buf, 'a', n);
	buf[n - 1] = '\0';
	assert_int_equal(ws_text_from_bytes("x", buf, n, 0, &t, &err), 0);
	ws_text_free(t);
	free(buf);
}

static void
bytes_over_the_limit_are_refused(void **state)
{
	struct ws_text *t;
	struct ws_error err;

	/* Refused before the bytes are read. */
	assert_int_equal(ws_text_from_bytes("big", "", WS_TEXT_MAX_BYTES + 1, 0,
	    &t, &err), -1);
	assert_string_equal(err.msg, "big: larger than 128 MiB");
}

static void
file_over_the_limit_is_refused(void **state)
{
	struct ws_text *t;
	struct ws_error err;
	const char *path = path_in_dir("sparse");
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	char want[300];

	assert_true(fd >= 0);
	assert_int_equal(ftruncate(fd, (off_t)WS_TEXT_MAX_BYTES + 1), 0);
	close(fd);
	assert_int_equal(ws_text_load(path, WS_LOAD_FORCE, &t, &err), -1);
	snprintf(want, sizeof want, "%s: larger than 128 MiB", path);
	assert_string_equal(err.msg, want);
	unlink(path);
}

static void
endless_device_ends_at_the_limit(void **state)
{
	struct ws_text *t;
	struct ws_error err;

	if (access("/dev/zero", R_OK) != 0)
		skip();
	assert_int_equal(ws_text_load("/dev/zero", WS_LOAD_FORCE, &t, &err), -1);
	assert_string_equal(err.msg, "/dev/zero: larger than 128 MiB");
}

/* /proc files say they are empty and are not: reading goes to the end. */
static void
file_longer_than_its_size_is_read_to_the_end(void **state)
{
	struct ws_text *t;
	struct ws_error err;

	if (access("/proc/self/status", R_OK) != 0)
		skip();
	assert_int_equal(ws_text_load("/proc/self/status", 0, &t, &err), 0);
	assert_true(t->len > 100);
	assert_non_null(strstr(t->s, "Pid:"));
	ws_text_free(t);
}

static void
fifo_is_read_as_a_stream(void **state)
{
	static const char body[] = "Piped “news”.\n";
	const char *path = path_in_dir("fifo");
	struct ws_text *t;
	struct ws_error err;
	pid_t pid;
	int status;

	assert_int_equal(mkfifo(path, 0600), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int fd = open(path, O_WRONLY);

		if (fd < 0 || write(fd, body, sizeof body - 1) < 0)
			_exit(1);
		_exit(0);
	}
	assert_int_equal(ws_text_load(path, 0, &t, &err), 0);
	ASSERT_S(t, "Piped “news”.\n");
	ws_text_free(t);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	unlink(path);
}

static void
stdin_is_read_for_dash_and_named_stdin(void **state)
{
	struct ws_text *t;
	struct ws_error err;
	int fds[2], saved = dup(STDIN_FILENO);

	assert_int_equal(pipe(fds), 0);
	assert_int_equal(write(fds[1], "x\0y", 3), 3);
	close(fds[1]);
	assert_int_equal(dup2(fds[0], STDIN_FILENO), STDIN_FILENO);
	close(fds[0]);
	assert_int_equal(ws_text_load("-", 0, &t, &err), -1);
	assert_string_equal(err.msg,
	    "(stdin) looks like binary data (use --force to open it anyway)");
	dup2(saved, STDIN_FILENO);
	close(saved);
}

static void
stdin_text_loads_under_its_dash(void **state)
{
	struct ws_text *t;
	struct ws_error err;
	int fds[2], saved = dup(STDIN_FILENO);

	assert_int_equal(pipe(fds), 0);
	assert_int_equal(write(fds[1], "Piped.\r\n", 8), 8);
	close(fds[1]);
	assert_int_equal(dup2(fds[0], STDIN_FILENO), STDIN_FILENO);
	close(fds[0]);
	assert_int_equal(ws_text_load("-", 0, &t, &err), 0);
	assert_string_equal(t->name, "-");
	ASSERT_S(t, "Piped.\n");
	ws_text_free(t);
	dup2(saved, STDIN_FILENO);
	close(saved);
}

/* A non-blocking descriptor on standard input: wait for the writer. */
static void
nonblocking_stdin_is_waited_for(void **state)
{
	struct ws_text *t;
	struct ws_error err;
	int fds[2], saved = dup(STDIN_FILENO);
	pid_t pid;

	assert_int_equal(pipe(fds), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(fds[0]);
		usleep(100 * 1000);
		if (write(fds[1], "Late.\n", 6) != 6)
			_exit(1);
		_exit(0);
	}
	close(fds[1]);
	assert_int_equal(fcntl(fds[0], F_SETFL, O_NONBLOCK), 0);
	assert_int_equal(dup2(fds[0], STDIN_FILENO), STDIN_FILENO);
	close(fds[0]);
	assert_int_equal(ws_text_load("-", 0, &t, &err), 0);
	ASSERT_S(t, "Late.\n");
	ws_text_free(t);
	waitpid(pid, NULL, 0);
	dup2(saved, STDIN_FILENO);
	close(saved);
}

/* The article opened from a file, and from the same bytes in memory under that name. */
static void
assert_same_article(const char *name, const char *bytes, size_t len)
{
	struct ws_article *from_file, *from_bytes;
	struct ws_error err;
	const char *path = write_file(name, bytes, len);

	assert_int_equal(ws_article_open_blocks(path, WS_FORMAT_AUTO, 0, &from_file, &err), 0);
	assert_int_equal(ws_article_from_bytes(path, bytes, len, WS_FORMAT_AUTO, 0, &from_bytes, &err), 0);
	assert_int_equal(from_bytes->format, from_file->format);
	assert_int_equal(from_bytes->text->len, from_file->text->len);
	assert_memory_equal(from_bytes->text->s, from_file->text->s, from_file->text->len);
	assert_int_equal(from_bytes->doc->nblocks, from_file->doc->nblocks);
	assert_null(from_bytes->an);
	ws_article_free(from_file);
	ws_article_free(from_bytes);
}

/* What a reader shows of a pipe as it arrives is what the whole input would give. */
static void
article_from_bytes_is_the_article_from_its_file(void **state)
{
	static const char text[] = "Harbour Talks\r\n\r\nThe port closed, Ana Ruiz said.\r\n";
	static const char page[] = "<!doctype html><title>T</title><body><article><h1>Harbour Talks</h1>"
				   "<p>The port closed, Ana Ruiz said on Monday evening.</p></article>";
	struct ws_article *art;
	struct ws_error err;

	assert_same_article("text.txt", text, sizeof text - 1);
	assert_same_article("page", page, sizeof page - 1);
	/* Nothing yet is an empty article, and bad bytes the same refusal as the file's. */
	assert_int_equal(ws_article_from_bytes("-", NULL, 0, WS_FORMAT_AUTO, 0, &art, &err), 0);
	assert_int_equal(art->text->len, 0);
	ws_article_free(art);
	assert_int_equal(ws_article_from_bytes("-", "a\0b\0c\0", 6, WS_FORMAT_AUTO, 0, &art, &err), -1);
	assert_null(art);
	assert_string_equal(err.msg, "(stdin) looks like binary data (use --force to open it anyway)");
}

static int
setup(void **state)
{
	return mkdtemp(dir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char cmd[300];

	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(clean_text_is_kept_as_is),
		cmocka_unit_test(bom_is_skipped_and_offsets_shift),
		cmocka_unit_test(clean_offsets_invert_input_offsets),
		cmocka_unit_test(bom_only_in_the_middle_is_kept),
		cmocka_unit_test(crlf_becomes_lf_and_maps_to_the_cr),
		cmocka_unit_test(lone_cr_becomes_lf_in_place),
		cmocka_unit_test(cr_cr_lf_is_two_line_ends),
		cmocka_unit_test(stray_continuation_byte_is_one_replacement),
		cmocka_unit_test(truncated_sequence_is_one_replacement),
		cmocka_unit_test(truncated_sequence_at_the_end_maps_to_the_end),
		cmocka_unit_test(overlong_form_is_one_replacement_per_byte),
		cmocka_unit_test(surrogate_is_one_replacement_per_byte),
		cmocka_unit_test(code_point_above_the_maximum_is_replaced),
		cmocka_unit_test(bytes_that_start_nothing_are_replaced),
		cmocka_unit_test(valid_multibyte_characters_are_kept),
		cmocka_unit_test(repairs_and_line_ends_mix),
		cmocka_unit_test(offsets_past_the_end_clamp),
		cmocka_unit_test(many_repairs_map_exactly),
		cmocka_unit_test(empty_input_is_empty_text),
		cmocka_unit_test(file_loads_with_its_name),
		cmocka_unit_test(missing_file_is_refused),
		cmocka_unit_test(directory_is_refused),
		cmocka_unit_test(unreadable_file_is_refused),
		cmocka_unit_test(nul_bytes_are_binary),
		cmocka_unit_test(force_opens_binary_data),
		cmocka_unit_test(mostly_control_bytes_are_binary),
		cmocka_unit_test(escapes_and_a_few_bad_bytes_are_text),
		cmocka_unit_test(binary_data_past_the_sniffed_part_is_text),
		cmocka_unit_test(bytes_over_the_limit_are_refused),
		cmocka_unit_test(file_over_the_limit_is_refused),
		cmocka_unit_test(endless_device_ends_at_the_limit),
		cmocka_unit_test(file_longer_than_its_size_is_read_to_the_end),
		cmocka_unit_test(fifo_is_read_as_a_stream),
		cmocka_unit_test(stdin_is_read_for_dash_and_named_stdin),
		cmocka_unit_test(stdin_text_loads_under_its_dash),
		cmocka_unit_test(nonblocking_stdin_is_waited_for),
		cmocka_unit_test(article_from_bytes_is_the_article_from_its_file),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
