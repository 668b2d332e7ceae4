/*
 * Errors of the engine.
 *
 * Engine functions that can fail take a struct ws_error * as their last
 * argument and return 0 on success, -1 on failure after writing a one-line
 * message into it ("cannot open foo.txt: No such file or directory").  The
 * message does not start with the program name and does not end with a
 * newline: the front end adds both.  Passing NULL discards the message.
 */
#ifndef WHOSAID_ERROR_H
#define WHOSAID_ERROR_H

struct ws_error {
	char msg[2048];		/* room for the lexicon's list of kinds */
};

/* Format a message into err (if not NULL); always returns -1. */
int ws_error_set(struct ws_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
