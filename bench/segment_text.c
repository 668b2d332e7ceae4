/*
 * segment_text FILE [ROUNDS]: load and segment an article ROUNDS times
 * (default 5); print the best times, the throughput, and the bytes the
 * document's arrays take per input byte.  Used by bench/segment.sh.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "whosaid/lexicon.h"
#include "whosaid/segment.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	struct ws_lexicon *lex;
	struct ws_text *text;
	struct ws_doc *doc;
	struct ws_error err;
	double t0, t1, t2, best_load = 1e9, best_seg = 1e9, mb;
	int rounds = argc > 2 ? atoi(argv[2]) : 5;

	if (argc < 2) {
		fputs("usage: segment_text FILE [ROUNDS]\n", stderr);
		return 2;
	}
	if (ws_lexicon_builtin(&lex, &err) < 0) {
		fprintf(stderr, "segment_text: %s\n", err.msg);
		return 1;
	}
	for (int r = 0; r < rounds; r++) {
		t0 = now();
		if (ws_text_load(argv[1], 0, &text, &err) < 0) {
			fprintf(stderr, "segment_text: %s\n", err.msg);
			return 1;
		}
		t1 = now();
		if (ws_segment(text, lex, &doc, &err) < 0) {
			fprintf(stderr, "segment_text: %s\n", err.msg);
			return 1;
		}
		t2 = now();
		if (t1 - t0 < best_load)
			best_load = t1 - t0;
		if (t2 - t1 < best_seg)
			best_seg = t2 - t1;
		mb = (double)text->len / 1e6;
		if (r == rounds - 1)
			printf("%.1f MB: load %.3f s (%.0f MB/s), segment %.3f s "
			    "(%.0f MB/s); %zu blocks, %zu sentences, %zu tokens; "
			    "doc arrays %.2f bytes per input byte\n",
			    mb, best_load, mb / best_load, best_seg, mb / best_seg,
			    doc->nblocks, doc->nsentences, doc->ntokens,
			    (double)ws_doc_bytes(doc) / (double)text->input_len);
		ws_doc_free(doc);
		ws_text_free(text);
	}
	ws_lexicon_free(lex);
	return 0;
}
