/*
 * atomic: write a file so that a reader sees the old file or the new one,
 * never half of either.
 *
 * The data goes to a temporary file in the target's directory, which is
 * flushed, fsync'd and renamed over the target on commit.  On any failure
 * the temporary file is removed and the target is left as it was.
 */
#ifndef WHOSAID_ATOMIC_H
#define WHOSAID_ATOMIC_H

#include <stdio.h>
#include "whosaid/error.h"

struct ws_atomic {
	char *path;		/* the target (owned) */
	char *tmp;		/* the temporary file (owned) */
	FILE *fp;		/* write here */
};

/*
 * Start writing `path`.  Refuses (fails) when path names the same file as
 * any of the `ninputs` paths in `inputs` (so an export never overwrites
 * its article).
 */
int ws_atomic_open(struct ws_atomic *a, const char *path,
		   const char *const *inputs, size_t ninputs, struct ws_error *err);

/* Flush, fsync and rename into place; frees a. */
int ws_atomic_commit(struct ws_atomic *a, struct ws_error *err);

/* Throw the temporary file away; frees a.  Safe after a failed commit. */
void ws_atomic_abort(struct ws_atomic *a);

#endif
