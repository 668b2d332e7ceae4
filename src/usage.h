/*
 * usage: the command-line error that both programs (whosaid and
 * whosaid-train) print the same way.
 */
#ifndef WHOSAID_USAGE_H
#define WHOSAID_USAGE_H

/* Exit status for a wrong command line. */
#define EXIT_USAGE 2

/*
 * Print "PROG: MESSAGE" and the usage lines to stderr, and exit with
 * EXIT_USAGE.
 */
void usage_exit(const char *prog, const char *usage, const char *fmt, ...)
	__attribute__((format(printf, 3, 4), noreturn));

#endif
