/*
 * atomic: exports are written to a temporary file beside the target and
 * renamed over it only once every byte is on disk, so a full disk or a
 * crash leaves the user's earlier file as it was.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "whosaid/atomic.h"

/* Does `path` name the same file as `input`?  "-" (stdin) names none. */
static int
same_file(const char *path, const char *input)
{
	struct stat a, b;

	if (strcmp(input, "-") == 0)
		return 0;
	if (stat(path, &a) < 0 || stat(input, &b) < 0)
		return 0;
	return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* The directory part of path, for the temporary file: "dir/" or "". */
static char *
temp_template(const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	static const char name[] = ".whosaid-XXXXXX";
	char *t = malloc(dirlen + sizeof name);

	if (t == NULL)
		return NULL;
	memcpy(t, path, dirlen);
	memcpy(t + dirlen, name, sizeof name);
	return t;
}

int
ws_atomic_open(struct ws_atomic *a, const char *path,
	       const char *const *inputs, size_t ninputs, struct ws_error *err)
{
	struct stat st;
	int fd;

	memset(a, 0, sizeof *a);
	for (size_t i = 0; i < ninputs; i++)
		if (same_file(path, inputs[i]))
			return ws_error_set(err, "refusing to write %s: it is an input", path);
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return ws_error_set(err, "cannot write %s: it is a directory", path);
	a->path = strdup(path);
	a->tmp = temp_template(path);
	if (a->path == NULL || a->tmp == NULL) {
		ws_atomic_abort(a);
		return ws_error_set(err, "out of memory");
	}
	fd = mkstemp(a->tmp);
	if (fd < 0) {
		int e = errno;
		free(a->tmp);
		a->tmp = NULL;
		ws_atomic_abort(a);
		return ws_error_set(err, "cannot write %s: %s", path, strerror(e));
	}
	/* An export is a user's document: readable as a new file would be. */
	{
		mode_t mask = umask(0);
		umask(mask);
		(void)fchmod(fd, 0666 & ~mask);
	}
	a->fp = fdopen(fd, "w");
	if (a->fp == NULL) {
		int e = errno;
		close(fd);
		ws_atomic_abort(a);
		return ws_error_set(err, "cannot write %s: %s", path, strerror(e));
	}
	return 0;
}

int
ws_atomic_commit(struct ws_atomic *a, struct ws_error *err)
{
	FILE *fp = a->fp;
	int failed;

	a->fp = NULL;
	failed = fflush(fp) != 0 || ferror(fp) || fsync(fileno(fp)) != 0;
	if (fclose(fp) != 0)
		failed = 1;
	if (failed || rename(a->tmp, a->path) != 0) {
		int e = errno;
		ws_error_set(err, "cannot write %s: %s", a->path, strerror(e));
		ws_atomic_abort(a);
		return -1;
	}
	free(a->tmp);
	a->tmp = NULL;
	ws_atomic_abort(a);
	return 0;
}

void
ws_atomic_abort(struct ws_atomic *a)
{
	if (a->fp != NULL)
		fclose(a->fp);
	if (a->tmp != NULL)
		unlink(a->tmp);
	free(a->tmp);
	free(a->path);
	memset(a, 0, sizeof *a);
}
