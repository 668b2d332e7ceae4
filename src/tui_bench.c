/*
 * tui_bench: figures for bench/tui.sh.  With WHOSAID_TUI_BENCH=FILE the
 * reader draws its first screen, then presses a fixed round of keys that
 * scroll and jump (each followed by a full redraw), writes the times to
 * FILE and quits.  The first screen (the first complete draw: the
 * article, plain, while it is analysed) is timed from the start of the
 * process, so it includes reading and finding the blocks; the reader's
 * own share is timed from the call of tui_run().  "analysed" is when the
 * screen with the claims is drawn, also from the start of the process.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "tui_int.h"

#define BENCH_KEYS 400

static struct timespec process_start, reader_start;
static double first_ms, own_ms, analysed_ms;

__attribute__((constructor)) static void
bench_clock_start(void)
{
	clock_gettime(CLOCK_MONOTONIC, &process_start);
}

static double
ms_since(const struct timespec *from)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - from->tv_sec) * 1e3 + (double)(now.tv_nsec - from->tv_nsec) / 1e6;
}

void
tui_bench_mark(void)
{
	clock_gettime(CLOCK_MONOTONIC, &reader_start);
}

void
tui_bench_first(void)
{
	first_ms = ms_since(&process_start);
	own_ms = ms_since(&reader_start);
}

void
tui_bench_analysed(void)
{
	analysed_ms = ms_since(&process_start);
}

void
tui_bench_run(struct tui *t, const char *out)
{
	static const enum tui_action round[] = {
		TUI_PAGE_DOWN, TUI_LINE_DOWN, TUI_NEXT_CLAIM, TUI_HALF_DOWN, TUI_NEXT_QUOTE,
		TUI_BOTTOM, TUI_PREV_CLAIM, TUI_PAGE_UP, TUI_LINE_UP, TUI_TOP, TUI_NEXT_CLAIM,
		TUI_PAGE_DOWN, TUI_PAGE_DOWN, TUI_PREV_QUOTE, TUI_HALF_UP,
	};
	const size_t nround = sizeof round / sizeof round[0];
	double total = 0, worst = 0;
	FILE *fp;

	for (size_t i = 0; i < BENCH_KEYS; i++) {
		struct timespec t0;
		double ms;

		clock_gettime(CLOCK_MONOTONIC, &t0);
		tui_act(t, round[i % nround]);
		tui_draw(t);
		ms = ms_since(&t0);
		total += ms;
		if (ms > worst)
			worst = ms;
	}
	if ((fp = fopen(out, "w")) != NULL) {
		fprintf(fp, "first_screen_ms %.1f\nreader_ms %.1f\nanalysed_ms %.1f\nkeys %d\n"
			"key_mean_ms %.3f\nkey_max_ms %.3f\n", first_ms, own_ms, analysed_ms,
			BENCH_KEYS, total / BENCH_KEYS, worst);
		fclose(fp);
	} else {
		/* Written while the screen is up: held, and printed once it is given back. */
		fprintf(stderr, "whosaid: cannot write the benchmark figures to %s: %s\n", out,
			strerror(errno));
	}
	t->quit = 1;
}
