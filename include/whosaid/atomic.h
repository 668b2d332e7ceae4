/*
 * atomic: write a file so that a reader sees the old file or the new one,
 * never half of either.
 *
 * A regular file (or a name that does not exist yet) is written to a
 * temporary file in the target's directory, which is flushed, fsync'd
 * and renamed over the target on commit; the new file keeps the old one's
 * permissions (and owner and group where the user may set them).  On any
 * failure the temporary file is removed and the target is left as it
 * was.  A symbolic link to a regular file is replaced, not followed.
 *
 * Anything else is written in place, never replaced: a FIFO stays a FIFO
 * and its reader gets the data, a device stays the device (/dev/null), and
 * a name of standard output (/dev/stdout, /proc/self/fd/1) writes to
 * standard output.  Written in place, a failure leaves what was written.
 *
 * Refused with a message: a target that is one of the inputs (standard
 * input, "-", included: compared by device and inode, so another name
 * or a link to the same file is the same file; a character device is
 * never refused, writing to it cannot harm the input), a directory, and
 * a regular file that is read-only (no write permission for anyone, or
 * none for the user), as cp refuses it: remove it or make it writable.
 */
#ifndef WHOSAID_ATOMIC_H
#define WHOSAID_ATOMIC_H

#include <stdio.h>
#include "whosaid/error.h"

struct ws_atomic {
	char *path;		/* the target (owned) */
	char *tmp;		/* the temporary file (owned); NULL when in place */
	FILE *fp;		/* write here */
};

/*
 * Start writing `path`: checks it against the `ninputs` paths in
 * `inputs` ("-" is standard input) and opens the temporary file, or the
 * target itself when it is written in place (a FIFO waits here for its
 * reader).  Open it once the input is read and analysed, just before
 * writing, so that the temporary file lives as short a time as it can.
 */
int ws_atomic_open(struct ws_atomic *a, const char *path,
		   const char *const *inputs, size_t ninputs, struct ws_error *err);

/*
 * The checks of ws_atomic_open alone, creating nothing: so that a
 * command line can be refused before any article is read.
 */
int ws_atomic_check(const char *path, const char *const *inputs, size_t ninputs,
		    struct ws_error *err);

/* Flush, fsync and rename into place (in place: flush and close); frees a. */
int ws_atomic_commit(struct ws_atomic *a, struct ws_error *err);

/* Throw the temporary file away; frees a.  Safe after a failed commit. */
void ws_atomic_abort(struct ws_atomic *a);

/*
 * Remove the temporary file of the write under way, if there is one:
 * async-signal-safe, for a handler that then ends the process.  (The
 * program writes one file at a time: the last one opened is the one.)
 */
void ws_atomic_remove_pending(void);

#endif
