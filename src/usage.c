#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "usage.h"

void
usage_exit(const char *prog, const char *usage, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", prog);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	fputs(usage, stderr);
	exit(EXIT_USAGE);
}
