#include "config.h"

#include <stdarg.h>
#include <stdio.h>

#include "whosaid/error.h"

int
ws_error_set(struct ws_error *err, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return -1;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	return -1;
}
