/*
 * tui_stream: standard input read while the reader shows what has come
 * so far (`curl … | whosaid` on a slow line, `(cat a; sleep 4; cat b) |
 * whosaid`).
 *
 * The bytes are read in the reader's own loop, only when poll() says
 * some are ready, so that a key never waits for the pipe.  Now and then
 * (at most every STREAM_BUILD_MS) the article is built again from all
 * the bytes read, as the whole input would be built
 * (ws_article_from_bytes()), and shown plain; once the input ends it is
 * built a last time, errors and all, and analysed.  Building from the
 * start each time costs the length of the input, at a pace the eye can
 * follow: a fast pipe ends before the second build.
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "whosaid/text.h"
#include "whosaid/xmalloc.h"
#include "tui_int.h"

/* Most bytes read at one turn of the loop, so that keys are read in between. */
#define STREAM_TURN_BYTES (8u << 20)
/* The article is built again at most this often while the input arrives. */
#define STREAM_BUILD_MS 200

struct tui_stream {
	int fd;
	char *buf;		/* all the bytes read (owned) */
	size_t len, cap;
	size_t built_len;	/* the bytes the article was last built from */
	long built_ms;
	int ended;		/* end of input, or one byte past the size limit */
	int error;		/* errno of a failed read, or 0 */
};

static long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

struct tui_stream *
tui_stream_new(int fd)
{
	struct tui_stream *s = xcalloc(1, sizeof *s);

	s->fd = fd;
	s->built_ms = now_ms();
	return s;
}

void
tui_stream_free(struct tui_stream *s)
{
	if (s == NULL)
		return;
	free(s->buf);
	free(s);
}

size_t
tui_stream_bytes(const struct tui_stream *s)
{
	return s->len;
}

int
tui_stream_ended(const struct tui_stream *s)
{
	return s->ended;
}

/* Room for one more read. */
static int
grow(struct tui_stream *s)
{
	if (s->cap - s->len < 4096) {
		s->cap = s->cap ? 2 * s->cap : 65536;
		s->buf = xreallocarray(s->buf, s->cap, 1);
	}
	return 1;
}

int
tui_stream_pull(struct tui_stream *s)
{
	struct pollfd p = { .fd = s->fd, .events = POLLIN };
	size_t turn = 0;
	int moved = 0;

	while (!s->ended && turn < STREAM_TURN_BYTES && poll(&p, 1, 0) > 0 && grow(s)) {
		/* A byte past the limit is enough to say the input is too large. */
		size_t want = s->cap - s->len;
		ssize_t n;

		if (want > WS_TEXT_MAX_BYTES + 1 - s->len)
			want = WS_TEXT_MAX_BYTES + 1 - s->len;
		n = read(s->fd, s->buf + s->len, want);
		if (n < 0 && (errno == EINTR || errno == EAGAIN))
			break;
		moved = 1;
		if (n <= 0) {
			s->error = n < 0 ? errno : 0;
			s->ended = 1;
			break;
		}
		s->len += (size_t)n;
		turn += (size_t)n;
		if (s->len > WS_TEXT_MAX_BYTES)
			s->ended = 1;
	}
	return moved;
}

int
tui_stream_due(const struct tui_stream *s)
{
	if (s->ended)
		return 1;
	return s->len > s->built_len && now_ms() - s->built_ms >= STREAM_BUILD_MS;
}

int
tui_stream_build(struct tui_stream *s, enum ws_format format, unsigned load_flags,
		 struct ws_article **out, struct ws_error *err)
{
	s->built_len = s->len;
	s->built_ms = now_ms();
	if (s->error != 0)
		return ws_error_set(err, "(stdin): %s", strerror(s->error));
	return ws_article_from_bytes("-", s->buf, s->len, format, load_flags, out, err);
}
