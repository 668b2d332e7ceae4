/*
 * extract_page FILE [html|markdown] [ROUNDS]: extract an article ROUNDS
 * times (default 5) and print the best CPU time and the throughput; with
 * ROUNDS 0, print the extracted text instead.  Used by bench/extract.sh.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "whosaid/extract.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n;

	*len = 0;
	if (fp == NULL)
		return NULL;
	do {
		if (cap - *len < 65536) {
			char *p = realloc(buf, cap = cap * 2 + 65536);

			if (p == NULL) {
				free(buf);
				fclose(fp);
				return NULL;
			}
			buf = p;
		}
		n = fread(buf + *len, 1, cap - *len, fp);
		*len += n;
	} while (n > 0);
	fclose(fp);
	return buf;
}

int
main(int argc, char **argv)
{
	struct ws_extract *ex;
	struct ws_error err;
	size_t len;
	char *page;
	int markdown, rounds;
	double best = 1e9;

	if (argc < 2) {
		fputs("usage: extract_page FILE [html|markdown] [ROUNDS]\n", stderr);
		return 2;
	}
	markdown = argc > 2 && strcmp(argv[2], "markdown") == 0;
	rounds = argc > 3 ? atoi(argv[3]) : 5;
	if ((page = slurp(argv[1], &len)) == NULL) {
		perror(argv[1]);
		return 1;
	}
	for (int i = 0; i < (rounds > 0 ? rounds : 1); i++) {
		double t = now();
		int rc = markdown ? ws_extract_markdown(page, len, &ex, &err) :
		    ws_extract_html(page, len, &ex, &err);

		if (rc < 0) {
			fprintf(stderr, "extract_page: %s\n", err.msg);
			return 1;
		}
		t = now() - t;
		if (t < best)
			best = t;
		if (rounds == 0) {
			printf("title: %s\npublisher: %s\nbyline: %s\ndate: %s\n---\n",
			    ex->title ? ex->title : "-", ex->publisher ? ex->publisher : "-",
			    ex->byline ? ex->byline : "-", ex->date ? ex->date : "-");
			fwrite(ex->text, 1, ex->len, stdout);
		}
		ws_extract_free(ex);
	}
	if (rounds > 0)
		printf("%zu bytes in %.1f ms (%.1f MB/s)\n", len, best * 1e3,
		    (double)len / 1e6 / best);
	free(page);
	return 0;
}
