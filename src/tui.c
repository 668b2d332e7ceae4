#include "config.h"

#include <stdio.h>

#include "tui.h"

int
tui_run(struct ws_article *art, const struct options *opt)
{
	(void)art;
	(void)opt;
	fprintf(stderr, "whosaid: the interactive reader is not built yet; use --export=text\n");
	return 1;
}
