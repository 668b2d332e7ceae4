/*
 * analyze_only FILE [ROUNDS]: load and segment an article once, then time
 * the analysis alone, ROUNDS times (default 5); print the best time, the
 * throughput, and what the analysis holds (claims, people, outlets) and
 * allocates per input byte, and what the segmented doc it reads holds
 * per input byte.  Used by bench/analyze.sh.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "whosaid/analyze.h"
#include "whosaid/lexicon.h"
#include "whosaid/segment.h"
#include "whosaid/text.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);	/* CPU time: the machine may be shared */
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Bytes of the analysis's arrays, as allocated to their counts. */
static size_t
analysis_bytes(const struct ws_analysis *an)
{
	size_t n = an->nclaims * sizeof *an->claims +
		   an->npeople * sizeof *an->people + an->noutlets * sizeof *an->outlets;

	for (size_t i = 0; i < an->npeople; i++)
		n += an->people[i].nmentions * sizeof *an->people[i].mentions;
	for (size_t i = 0; i < an->noutlets; i++)
		n += an->outlets[i].nmentions * sizeof *an->outlets[i].mentions;
	return n;
}

int
main(int argc, char **argv)
{
	struct ws_lexicon *lex;
	struct ws_text *text;
	struct ws_doc *doc;
	struct ws_analysis *an;
	struct ws_error err;
	double best = 1e9, mb;
	int rounds = argc > 2 ? atoi(argv[2]) : 5;

	if (argc < 2) {
		fputs("usage: analyze_only FILE [ROUNDS]\n", stderr);
		return 2;
	}
	if (ws_lexicon_builtin(&lex, &err) < 0 || ws_text_load(argv[1], 0, &text, &err) < 0 ||
	    ws_segment(text, lex, &doc, &err) < 0) {
		fprintf(stderr, "analyze_only: %s\n", err.msg);
		return 1;
	}
	mb = (double)text->len / 1e6;
	for (int r = 0; r < rounds; r++) {
		double t0 = now();

		if (ws_analyze(doc, lex, &an, &err) < 0) {
			fprintf(stderr, "analyze_only: %s\n", err.msg);
			return 1;
		}
		if (now() - t0 < best)
			best = now() - t0;
		if (r == rounds - 1)
			printf("%.1f MB: analysis %.3f s (%.0f MB/s); %zu claims, %zu people, "
			       "%zu outlets; %.2f bytes per input byte (the doc: %.2f)\n",
			       mb, best, mb / best, an->nclaims, an->npeople, an->noutlets,
			       (double)analysis_bytes(an) / (double)text->input_len,
			       (double)ws_doc_bytes(doc) / (double)text->input_len);
		ws_analysis_free(an);
	}
	ws_doc_free(doc);
	ws_text_free(text);
	ws_lexicon_free(lex);
	return 0;
}
