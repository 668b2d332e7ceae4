/*
 * atomic: exports are written to a temporary file beside the target and
 * renamed over it only once every byte is on disk, so a full disk or a
 * crash leaves the user's earlier file as it was.  What is not a regular
 * file (a FIFO, a device, standard output) is written in place: renaming
 * over it would replace the FIFO its reader waits on, or /dev/null.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "whosaid/atomic.h"
#include "whosaid/xmalloc.h"

/* The temporary file of the write under way, for ws_atomic_remove_pending(). */
static char pending[PATH_MAX];
static volatile sig_atomic_t has_pending;

static int
same_inode(const struct stat *a, const struct stat *b)
{
	return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

/* Is the file `target` one of the inputs?  "-" is whatever standard input is. */
static int
is_an_input(const struct stat *target, const char *const *inputs, size_t ninputs)
{
	struct stat in;

	for (size_t i = 0; i < ninputs; i++) {
		int rc = strcmp(inputs[i], "-") == 0 ? fstat(STDIN_FILENO, &in)
						     : stat(inputs[i], &in);
		if (rc == 0 && same_inode(target, &in))
			return 1;
	}
	return 0;
}

static int
is_stdout(const struct stat *st)
{
	struct stat out;

	return fstat(STDOUT_FILENO, &out) == 0 && same_inode(st, &out);
}

/*
 * A regular file its owner made read-only (chmod a-w), or one the user
 * may not write: renaming over it would get round what its mode says.
 */
static int
is_read_only(const char *path, const struct stat *st)
{
	return (st->st_mode & 0222) == 0 || (access(path, W_OK) != 0 && errno == EACCES);
}

int
ws_atomic_check(const char *path, const char *const *inputs, size_t ninputs,
		struct ws_error *err)
{
	struct stat st, link;

	if (stat(path, &st) < 0)
		return 0;	/* not there yet (or a dangling link): created */
	if (!S_ISCHR(st.st_mode) && is_an_input(&st, inputs, ninputs))
		return ws_error_set(err, "refusing to write %s: it is an input", path);
	if (S_ISDIR(st.st_mode))
		return ws_error_set(err, "cannot write %s: it is a directory", path);
	if (lstat(path, &link) == 0 && S_ISREG(link.st_mode) && !is_stdout(&st) &&
	    is_read_only(path, &link))
		return ws_error_set(err, "cannot write %s: it is read-only "
				    "(remove it, or make it writable, first)", path);
	return 0;
}

/* The directory part of path, for the temporary file: "dir/" or "". */
static char *
temp_template(const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	static const char name[] = ".whosaid-XXXXXX";
	char *t = xmalloc(dirlen + sizeof name);

	memcpy(t, path, dirlen);
	memcpy(t + dirlen, name, sizeof name);
	return t;
}

static void
set_pending(const char *tmp)
{
	size_t n = strlen(tmp);

	has_pending = 0;
	if (n < sizeof pending) {
		memcpy(pending, tmp, n + 1);
		has_pending = 1;
	}
}

void
ws_atomic_remove_pending(void)
{
	if (has_pending)
		unlink(pending);
}

/*
 * The new file's permissions: the old file's, with its owner and group
 * where the user may set them (root may; anyone may set a group of
 * theirs).  When the group cannot be kept its permissions are dropped,
 * so that no other group gets them.  A new file is made as any other,
 * under the umask.
 */
static void
set_mode(int fd, const struct stat *old)
{
	mode_t mode, mask;

	if (old == NULL) {
		mask = umask(0);
		umask(mask);
		(void)fchmod(fd, 0666 & ~mask);
		return;
	}
	mode = old->st_mode & 0777;
	if (fchown(fd, old->st_uid, old->st_gid) < 0 && fchown(fd, (uid_t)-1, old->st_gid) < 0)
		mode &= ~(mode_t)070;
	(void)fchmod(fd, mode);
}

static int
open_temporary(struct ws_atomic *a, struct ws_error *err)
{
	struct stat old;
	int fd, e, had_old = lstat(a->path, &old) == 0 && S_ISREG(old.st_mode);

	a->tmp = temp_template(a->path);
	if ((fd = mkstemp(a->tmp)) < 0) {
		e = errno;
		free(a->tmp);
		a->tmp = NULL;
		return ws_error_set(err, "cannot write %s: %s", a->path, strerror(e));
	}
	set_pending(a->tmp);
	set_mode(fd, had_old ? &old : NULL);
	if ((a->fp = fdopen(fd, "w")) == NULL) {
		e = errno;
		close(fd);
		return ws_error_set(err, "cannot write %s: %s", a->path, strerror(e));
	}
	return 0;
}

/*
 * A FIFO, a device or standard output, opened as it is: no O_CREAT, no
 * O_TRUNC.  Standard output is the descriptor the program has (opening
 * /proc/self/fd/1 again would start a file it appends to at its start).
 */
static int
open_in_place(struct ws_atomic *a, const struct stat *st, struct ws_error *err)
{
	int to_stdout = is_stdout(st), fd, e;
	struct stat now;

	if (to_stdout) {
		fflush(stdout);
		fd = dup(STDOUT_FILENO);
	} else {
		fd = open(a->path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
	}
	if (fd < 0)
		return ws_error_set(err, "cannot write %s: %s", a->path, strerror(errno));
	if (!to_stdout && (fstat(fd, &now) < 0 || S_ISREG(now.st_mode))) {
		close(fd);
		return ws_error_set(err, "cannot write %s: it changed while being opened",
				    a->path);
	}
	if ((a->fp = fdopen(fd, "w")) == NULL) {
		e = errno;
		close(fd);
		return ws_error_set(err, "cannot write %s: %s", a->path, strerror(e));
	}
	return 0;
}

int
ws_atomic_open(struct ws_atomic *a, const char *path,
	       const char *const *inputs, size_t ninputs, struct ws_error *err)
{
	struct stat st;
	int rc;

	memset(a, 0, sizeof *a);
	if (ws_atomic_check(path, inputs, ninputs, err) < 0)
		return -1;
	a->path = xstrdup(path);
	if (stat(path, &st) == 0 && (!S_ISREG(st.st_mode) || is_stdout(&st)))
		rc = open_in_place(a, &st, err);
	else
		rc = open_temporary(a, err);
	if (rc < 0)
		ws_atomic_abort(a);
	return rc;
}

int
ws_atomic_commit(struct ws_atomic *a, struct ws_error *err)
{
	FILE *fp = a->fp;
	int failed;

	a->fp = NULL;
	failed = fflush(fp) != 0 || ferror(fp) || (a->tmp != NULL && fsync(fileno(fp)) != 0);
	if (fclose(fp) != 0)
		failed = 1;
	if (failed || (a->tmp != NULL && rename(a->tmp, a->path) != 0)) {
		int e = errno;
		ws_error_set(err, "cannot write %s: %s", a->path, strerror(e));
		ws_atomic_abort(a);
		return -1;
	}
	if (a->tmp != NULL)
		has_pending = 0;
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
	if (a->tmp != NULL) {
		unlink(a->tmp);
		has_pending = 0;
	}
	free(a->tmp);
	free(a->path);
	memset(a, 0, sizeof *a);
}
