/*
 * tui_copy: the y key: the selected claim, with its credit, copied.
 *
 * The line copied is one a reader can paste into a note as it is:
 * "Han Zheng, via Xinhua: “…”"; "Han Zheng: “…”" for a person and no
 * outlet, "Xinhua: “…”" for an outlet alone, "No one named: “…”" when
 * neither is (with the words that stand for the speaker when there are
 * some: "No one named (“officials”): “…”").  A direct quotation keeps
 * its own quotation marks.  Every part of it, names included, is article
 * text, which is untrusted: it is cleaned as the screen draws text
 * (ws_cell_make(): C0 and C1 controls, DEL and bidi overrides become
 * visible placeholders such as "^[", white space one space), so that
 * nothing in it acts on a terminal, neither the one it goes through nor
 * the one it is pasted into later.
 *
 * Where it goes, as --copy says:
 *
 * terminal: the clipboard, through OSC 52 (ESC ] 52 ; c ; BASE64 BEL),
 *   which xterm, kitty, foot, WezTerm, iTerm2 and others honour.  Inside
 *   tmux ($TMUX set) an application's OSC 52 is dropped unless tmux's
 *   set-clipboard is "on" (its default, "external", lets only tmux itself
 *   set the outer terminal's clipboard: input_osc_52() returns unless the
 *   option is 2), and a DCS passthrough needs allow-passthrough, off by
 *   default since tmux 3.3.  So inside tmux the line goes to
 *   `tmux load-buffer -w -`, which works with the default settings: it
 *   makes a tmux buffer (prefix-] pastes it) and, -w, sends it on to the
 *   outer terminal's clipboard with tmux's own OSC 52.  When that fails
 *   (a tmux older than 3.2, whose load-buffer has no -w, or none on the
 *   PATH), OSC 52 is written anyway, for a tmux with set-clipboard on.
 * file: appended, a line a claim, to $XDG_STATE_HOME/whosaid/copied.txt
 *   (~/.local/state/whosaid/copied.txt), shown on the status line.
 * stdout: kept, and printed on standard output once the reader closes.
 * auto (the default): terminal, but file on a terminal known to have no
 *   clipboard: the Linux console (TERM=linux) and the DEC terminals
 *   (vt100, vt220...).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "whosaid/width.h"
#include "whosaid/xmalloc.h"
#include "tui_int.h"

/* A growing string (owned by whoever made it; free s). */
struct line {
	char *s;
	size_t len, cap;
};

static void
line_put(struct line *l, const char *s, size_t len)
{
	if (l->len + len + 1 > l->cap) {
		l->cap = (l->len + len + 1) * 2;
		l->s = xreallocarray(l->s, l->cap, 1);
	}
	memcpy(l->s + l->len, s, len);
	l->len += len;
	l->s[l->len] = '\0';
}

static void
line_puts(struct line *l, const char *s)
{
	line_put(l, s, strlen(s));
}

/*
 * Article text s[0, len), as the screen draws it: placeholders for what
 * must not reach a terminal raw, a run of white space as one space, no
 * soft hyphens.
 */
static void
line_put_clean(struct line *l, const char *s, size_t len)
{
	struct ws_clusters it;
	struct ws_cell cell;

	ws_clusters_init(&it, s, len, 0);
	while (ws_clusters_next(&it, &cell)) {
		if (cell.flags & WS_CELL_SOFT_HYPHEN)
			continue;
		if (cell.flags & WS_CELL_SPACE) {
			if (l->len > 0 && l->s[l->len - 1] != ' ')
				line_puts(l, " ");
			continue;
		}
		line_put(l, cell.draw, cell.draw_len);
	}
}

static void
line_put_span(struct line *l, const char *text, struct ws_span sp)
{
	line_put_clean(l, text + sp.start, sp.end - sp.start);
}

/* Does the claim's text come in its own quotation marks (a direct quotation)? */
static int
quoted(const char *s, size_t len)
{
	static const char *const open[] = { "\u201c", "\"", "\u00ab", "\u201e" };
	static const char *const close[] = { "\u201d", "\"", "\u00bb", "\u201c" };

	for (size_t i = 0; i < sizeof open / sizeof open[0]; i++) {
		size_t o = strlen(open[i]), c = strlen(close[i]);

		if (len > o + c && memcmp(s, open[i], o) == 0 &&
		    memcmp(s + len - c, close[i], c) == 0)
			return 1;
	}
	return 0;
}

/* The credit before the claim: "Han Zheng, via Xinhua", "Xinhua", "No one named (“officials”)". */
static void
put_credit(struct tui *t, const struct ws_claim *c, struct line *l)
{
	const char *people = c->speaker != WS_NONE ? t->an->people[c->speaker].name : NULL;
	const char *outlet = c->outlet != WS_NONE ? t->an->outlets[c->outlet].name : NULL;

	if (people != NULL) {
		line_put_clean(l, people, strlen(people));
		if (outlet != NULL)
			line_puts(l, ", via ");
	}
	if (outlet != NULL)
		line_put_clean(l, outlet, strlen(outlet));
	if (people != NULL || outlet != NULL)
		return;
	line_puts(l, "No one named");
	if (c->by.end > c->by.start) {
		line_puts(l, " (\u201c");
		line_put_span(l, t->text->s, c->by);
		line_puts(l, "\u201d)");
	}
}

/* The line y copies for claim `claim`, cleaned (the caller frees l->s). */
static void
copy_line(struct tui *t, size_t claim, struct line *l)
{
	const struct ws_claim *c = &t->an->claims[claim];
	const char *s = t->text->s + c->content.start;
	size_t len = c->content.end - c->content.start;
	int own = quoted(s, len);

	put_credit(t, c, l);
	line_puts(l, own ? ": " : ": \u201c");
	line_put_clean(l, s, len);
	while (l->len > 0 && l->s[l->len - 1] == ' ')
		l->s[--l->len] = '\0';
	if (!own)
		line_puts(l, "\u201d");
}

static char *
base64(const char *s, size_t len)
{
	static const char digits[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	char *out = xmalloc((len + 2) / 3 * 4 + 1), *o = out;

	for (size_t i = 0; i < len; i += 3) {
		unsigned long v = (unsigned long)(unsigned char)s[i] << 16;

		if (i + 1 < len)
			v |= (unsigned long)(unsigned char)s[i + 1] << 8;
		if (i + 2 < len)
			v |= (unsigned char)s[i + 2];
		*o++ = digits[v >> 18 & 63];
		*o++ = digits[v >> 12 & 63];
		*o++ = i + 1 < len ? digits[v >> 6 & 63] : '=';
		*o++ = i + 2 < len ? digits[v & 63] : '=';
	}
	*o = '\0';
	return out;
}

/* OSC 52 to the terminal curses draws on: the line travels as base64, nothing of it raw. */
static void
osc52(const char *s, size_t len)
{
	char *b64 = base64(s, len);

	fprintf(stdout, "\033]52;c;%s\a", b64);
	fflush(stdout);
	free(b64);
}

/*
 * `tmux load-buffer` with the line on its standard input: 0 when tmux
 * took it.  A tmux that is missing or ends early closes the pipe: the
 * SIGPIPE that would end the reader is ignored meanwhile (only once the
 * child runs, which keeps the default).
 */
static int
tmux_buffer(const char *cmd, const char *s, size_t len)
{
	struct sigaction ignore, old;
	FILE *p = popen(cmd, "w");
	int status;

	if (p == NULL)
		return -1;
	memset(&ignore, 0, sizeof ignore);
	ignore.sa_handler = SIG_IGN;
	sigemptyset(&ignore.sa_mask);
	sigaction(SIGPIPE, &ignore, &old);
	fwrite(s, 1, len, p);
	status = pclose(p);
	sigaction(SIGPIPE, &old, NULL);
	return status == 0 ? 0 : -1;
}

/* The clipboard: through tmux inside tmux, else (or when tmux will not) OSC 52. */
static void
to_terminal(struct tui *t, const char *s, size_t len, const char *claim)
{
	const char *tmux = getenv("TMUX");

	if (tmux != NULL && tmux[0] != '\0' &&
	    (tmux_buffer("tmux load-buffer -w - >/dev/null 2>&1", s, len) == 0 ||
	     tmux_buffer("tmux load-buffer - >/dev/null 2>&1", s, len) == 0)) {
		tui_message(t, "copied claim %s (tmux buffer, clipboard)", claim);
		return;
	}
	osc52(s, len);
	tui_message(t, "copied claim %s", claim);
}

/* dir and then rest, joined (the caller frees it). */
static char *
join(const char *dir, const char *rest)
{
	size_t n = strlen(dir) + strlen(rest) + 1;
	char *s = xmalloc(n);

	snprintf(s, n, "%s%s", dir, rest);
	return s;
}

/* $XDG_STATE_HOME/whosaid/copied.txt, else under ~/.local/state (the caller frees it); NULL without a home. */
static char *
state_path(void)
{
	const char *state = getenv("XDG_STATE_HOME"), *home = getenv("HOME");

	/* XDG: a relative path is invalid and ignored. */
	if (state != NULL && state[0] == '/')
		return join(state, "/whosaid/copied.txt");
	if (home == NULL || home[0] == '\0')
		return NULL;
	return join(home, "/.local/state/whosaid/copied.txt");
}

/* Make the directories of path that are missing (mode 0700, as XDG asks). */
static int
make_dirs(char *path)
{
	for (char *p = strchr(path + 1, '/'); p != NULL; p = strchr(p + 1, '/')) {
		*p = '\0';
		if (mkdir(path, 0700) < 0 && errno != EEXIST) {
			*p = '/';
			return -1;
		}
		*p = '/';
	}
	return 0;
}

/* Append the line to the state file, and say where it went. */
static void
to_file(struct tui *t, const char *s, size_t len, const char *claim)
{
	char *path = state_path();
	const char *home = getenv("HOME");
	size_t hlen = home != NULL ? strlen(home) : 0;
	int fd = -1, ok;

	if (path == NULL) {
		tui_message(t, "not copied: neither XDG_STATE_HOME nor HOME is set");
		return;
	}
	if (make_dirs(path) == 0)
		fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
	ok = fd >= 0 && write(fd, s, len) == (ssize_t)len && write(fd, "\n", 1) == 1;
	if (fd >= 0 && close(fd) < 0)
		ok = 0;
	if (!ok)
		tui_message(t, "not copied: %s: %s", path, strerror(errno));
	else if (hlen > 1 && strncmp(path, home, hlen) == 0 && path[hlen] == '/')
		tui_message(t, "copied claim %s to ~%s", claim, path + hlen);
	else
		tui_message(t, "copied claim %s to %s", claim, path);
	free(path);
}

/* Kept for standard output, one line a claim, printed when the reader closes. */
static void
to_stdout(struct tui *t, const char *s, size_t len, const char *claim)
{
	size_t need = t->copied_len + len + 2;

	if (need > t->copied_cap) {
		t->copied_cap = need * 2;
		t->copied = xreallocarray(t->copied, t->copied_cap, 1);
	}
	memcpy(t->copied + t->copied_len, s, len);
	t->copied_len += len;
	t->copied[t->copied_len++] = '\n';
	t->copied[t->copied_len] = '\0';
	tui_message(t, "claim %s kept: printed when the reader closes", claim);
}

/* A terminal known to have no clipboard: the Linux console, the DEC terminals. */
static int
no_clipboard(void)
{
	const char *term = getenv("TERM");

	return term == NULL || strcmp(term, "linux") == 0 || strncmp(term, "linux-", 6) == 0 ||
	       strncmp(term, "vt", 2) == 0;
}

void
tui_copy(struct tui *t)
{
	struct line l = { NULL, 0, 0 };
	enum copy_target to = t->copy_to;
	char claim[32];
	size_t index;

	if (t->selected == WS_NONE) {
		tui_message(t, "no claim selected to copy (Tab selects one)");
		return;
	}
	tui_nav_count(t, &index);
	snprintf(claim, sizeof claim, "%zu", index > 0 ? index : t->selected + 1);
	copy_line(t, t->selected, &l);
	if (to == COPY_AUTO)
		to = no_clipboard() ? COPY_FILE : COPY_TERMINAL;
	if (to == COPY_TERMINAL)
		to_terminal(t, l.s, l.len, claim);
	else if (to == COPY_FILE)
		to_file(t, l.s, l.len, claim);
	else
		to_stdout(t, l.s, l.len, claim);
	free(l.s);
}

void
tui_copy_print(struct tui *t)
{
	if (t->copied_len > 0) {
		fwrite(t->copied, 1, t->copied_len, stdout);
		fflush(stdout);
	}
	t->copied_len = 0;
}
