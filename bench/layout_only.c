/*
 * layout_only FILE [WIDTH] [ROUNDS]: load and segment FILE once, then lay
 * it out and write the text export to /dev/null ROUNDS times (default 5);
 * print the best CPU time and the throughput of that part alone (CPU
 * time is steadier than wall time on a shared machine).  Used by
 * bench/layout.sh.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "whosaid/export.h"
#include "whosaid/segment.h"
#include "whosaid/text.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	struct ws_text *text;
	struct ws_doc *doc;
	struct ws_error err;
	int width = argc > 2 ? atoi(argv[2]) : 80, rounds = argc > 3 ? atoi(argv[3]) : 5;
	double best = 1e9;
	FILE *null;

	if (argc < 2) {
		fputs("usage: layout_only FILE [WIDTH] [ROUNDS]\n", stderr);
		return 2;
	}
	if (ws_text_load(argv[1], WS_LOAD_FORCE, &text, &err) < 0 ||
	    ws_segment(text, NULL, &doc, &err) < 0) {
		fprintf(stderr, "layout_only: %s\n", err.msg);
		return 1;
	}
	if ((null = fopen("/dev/null", "w")) == NULL)
		return 1;
	for (int i = 0; i < rounds; i++) {
		double t = now();

		struct ws_article art = { .text = text, .doc = doc };	/* no analysis: no marks */

		if (ws_export_text(null, &art, NULL, width, &err) < 0) {
			fprintf(stderr, "layout_only: %s\n", err.msg);
			return 1;
		}
		fflush(null);
		t = now() - t;
		if (t < best)
			best = t;
	}
	printf("%.3f s %.1f MB/s\n", best, (double)text->len / 1048576.0 / best);
	fclose(null);
	ws_doc_free(doc);
	ws_text_free(text);
	return 0;
}
