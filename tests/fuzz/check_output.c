/*
 * check_output: the fuzz targets' checks on the program's output, for the
 * end-to-end tests.
 *
 *	check_output text|ansi|html FILE
 *	check_output json FILE INPUT_BYTES
 *
 * text: valid UTF-8 a terminal shows without acting on (fuzz.h); ansi:
 * the same, but for SGR sequences; html: the same, but for tabs; json:
 * each line one strict JSON object whose offsets lie inside an input of
 * INPUT_BYTES.  Exits 0, or prints what is wrong and aborts.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

int
main(int argc, char **argv)
{
	size_t len;
	char *buf;

	if (argc < 3 || (strcmp(argv[1], "json") == 0 && argc < 4)) {
		fputs("usage: check_output text|ansi|html FILE | json FILE INPUT_BYTES\n", stderr);
		return 2;
	}
	buf = fuzz_read_file(argv[2], &len);
	if (strcmp(argv[1], "json") == 0) {
		size_t input_len = strtoull(argv[3], NULL, 10);

		for (char *p = buf, *nl; p < buf + len; p = nl + 1) {
			nl = memchr(p, '\n', len - (size_t)(p - buf));
			if (nl == NULL)
				fuzz_fail("JSON export: the last line has no newline");
			fuzz_check_json(p, (size_t)(nl - p) + 1, input_len);
		}
		if (len == 0)
			fuzz_fail("JSON export: no output");
	} else
		fuzz_check_terminal_safe(buf, len, strcmp(argv[1], "ansi") == 0 ? FUZZ_ALLOW_SGR :
				 strcmp(argv[1], "html") == 0 ? FUZZ_ALLOW_TAB : 0);
	free(buf);
	return 0;
}
