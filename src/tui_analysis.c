/*
 * tui_analysis: the article analysed in the background, so that the
 * reader never waits on it.
 *
 * The reader draws the article from its blocks at once, then starts the
 * analysis on a thread of its own and goes on reading keys: scrolling,
 * search, resizing and quitting act while it runs.  The thread only reads
 * the article (its text, through ws_article_analysis()), and the reader
 * only reads it too until the analysis has ended; then the reader adopts
 * the result on its own thread (tui.c).  Quitting asks the analysis to
 * stop (it looks between sentences) and waits for it a few milliseconds
 * at most: an analysis still inside one long sentence is left to end with
 * the process, and the article, which it still reads, is not freed.
 *
 * One analysis at a time: the reader shows one article.  Its state is
 * static, which also keeps what a thread left running still owns
 * reachable at exit (leak checkers do not report it).
 */
#include "config.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "whosaid/xmalloc.h"
#include "tui_int.h"

static struct {
	pthread_t thread;
	int started;			/* a thread was created and not joined */
	const struct ws_article *art;
	const struct ws_lexicon *lex;
	unsigned delay_ms;		/* WHOSAID_TEST_SLOW_ANALYSIS: tests only */
	int stubborn;			/* the delay does not look at cancel */
	int test_oom;			/* tests only: the analysis runs out of memory */
	atomic_int cancel;		/* set by the reader: the result is not wanted */
	atomic_int ended;		/* set by the thread as its last act */
	int rc;
	struct ws_doc *doc;		/* the thread's result, for the reader to adopt */
	struct ws_analysis *an;
	struct ws_error err;
} job;

/* Set on the analysis's thread: out of memory there ends the thread only. */
static _Thread_local int on_worker;

/*
 * The test suite's stand-in for a slow input (a slow input cannot serve:
 * the analysis is meant to be linear and fast on all): with
 * WHOSAID_TEST_SLOW_ANALYSIS=MS the analysis first waits MS milliseconds,
 * in steps that look whether it was cancelled, as the analysis does
 * between sentences; with MS! it does not look, as within one sentence.
 */
static void
test_delay(void)
{
	struct timespec step = { 0, 10 * 1000 * 1000 };

	for (unsigned waited = 0; waited < job.delay_ms; waited += 10) {
		if (!job.stubborn && atomic_load(&job.cancel))
			return;
		nanosleep(&step, NULL);
	}
}

static void *
run(void *arg)
{
	(void)arg;
	on_worker = 1;
	test_delay();
	if (atomic_load(&job.cancel)) {
		job.rc = ws_error_set(&job.err, "cancelled");
	} else if (job.test_oom) {
		/* WHOSAID_TEST_SLOW_ANALYSIS=oom: the system refuses memory. */
		free(xreallocarray(NULL, SIZE_MAX, 2));
	} else {
		job.rc = ws_article_analysis(job.art, job.lex, &job.cancel, &job.doc, &job.an,
					     &job.err);
	}
	atomic_store(&job.ended, 1);
	return NULL;
}

int
tui_analysis_start(const struct ws_article *art, const struct ws_lexicon *lex,
		   struct ws_error *err)
{
	const char *delay = getenv("WHOSAID_TEST_SLOW_ANALYSIS");
	sigset_t all, old;
	char *end;
	int rc;

	job.art = art;
	job.lex = lex;
	job.delay_ms = 0;
	job.stubborn = 0;
	job.test_oom = delay != NULL && strcmp(delay, "oom") == 0;
	if (delay != NULL && delay[0] != '\0' && !job.test_oom) {
		job.delay_ms = (unsigned)strtoul(delay, &end, 10);
		job.stubborn = *end == '!';
	}
	atomic_store(&job.cancel, 0);
	atomic_store(&job.ended, 0);
	job.doc = NULL;
	job.an = NULL;
	/* Signals are the reader's: the thread starts with all of them blocked. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	rc = pthread_create(&job.thread, NULL, run, NULL);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (rc != 0)
		return ws_error_set(err, "cannot start the analysis: out of resources");
	job.started = 1;
	return 0;
}

void
tui_analysis_oom(void)
{
	if (!on_worker)
		return;
	/*
	 * What the thread allocated so far is left: the reader reports the
	 * error and exits, from its own thread, with the terminal restored
	 * there and not from under its feet.
	 */
	job.rc = ws_error_set(&job.err, "out of memory");
	atomic_store(&job.ended, 1);
	pthread_exit(NULL);
}

int
tui_analysis_running(void)
{
	return job.started && !atomic_load(&job.ended);
}

int
tui_analysis_finish(struct ws_doc **doc, struct ws_analysis **an, struct ws_error *err)
{
	pthread_join(job.thread, NULL);
	job.started = 0;
	*doc = job.doc;
	*an = job.an;
	job.doc = NULL;
	job.an = NULL;
	if (job.rc < 0)
		*err = job.err;
	return job.rc;
}

int
tui_analysis_abandon(unsigned wait_ms)
{
	struct timespec step = { 0, 1000 * 1000 };
	struct ws_doc *doc;
	struct ws_analysis *an;
	struct ws_error err;

	if (!job.started)
		return 1;
	atomic_store(&job.cancel, 1);
	for (unsigned waited = 0; !atomic_load(&job.ended); waited++) {
		if (waited >= wait_ms)
			return 0;
		nanosleep(&step, NULL);
	}
	tui_analysis_finish(&doc, &an, &err);
	ws_analysis_free(an);
	ws_doc_free(doc);
	return 1;
}
