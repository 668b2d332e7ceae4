/*
 * export_path: the default name of an export, beside its article or in a
 * directory of exports (whosaid -o DIR/, and the reader's `e`).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/export.h"
#include "whosaid/xmalloc.h"

char *
ws_export_path(const char *input, const char *dir, const char *ext)
{
	int is_stdin = strcmp(input, "-") == 0;
	const char *slash = strrchr(input, '/');
	const char *base = is_stdin ? "stdin" : slash != NULL ? slash + 1 : input;
	const char *dot = strrchr(base, '.');
	size_t baselen = dot != NULL && dot != base ? (size_t)(dot - base) : strlen(base);
	size_t dirlen;
	char *path;

	if (dir == NULL) {
		/* Beside the input: its directory, with its own slash. */
		dir = is_stdin || slash == NULL ? "" : input;
		dirlen = is_stdin || slash == NULL ? 0 : (size_t)(slash - input) + 1;
	} else {
		dirlen = strlen(dir);
		while (dirlen > 1 && dir[dirlen - 1] == '/')
			dirlen--;
	}
	if (asprintf(&path, "%.*s%s%.*s.whosaid.%s", (int)dirlen, dir,
		     dirlen > 0 && dir[dirlen - 1] != '/' ? "/" : "", (int)baselen, base, ext) < 0)
		ws_out_of_memory();
	return path;
}
