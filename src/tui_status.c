/*
 * tui_status: the status line at the bottom of the screen: the file, the
 * claim in hand and where the view is; messages and prompts take its
 * place for a moment.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

#include "whosaid/width.h"
#include "tui_int.h"

void
tui_message(struct tui *t, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->message, sizeof t->message, fmt, ap);
	va_end(ap);
}

/* Draw s as tui_put_text() does, or only count its columns when w is NULL. */
static int
put_or_measure(WINDOW *w, const char *s, size_t len, int maxcols)
{
	int cols = 0;

	for (size_t pos = 0; pos < len;) {
		size_t end = ws_cluster_end(s, len, pos);
		struct ws_cell cell;

		ws_cell_make(s, pos, end, &cell);
		if (cell.flags & WS_CELL_SPACE) {
			cell.draw = " ";
			cell.draw_len = 1;
			cell.cols = 1;
		}
		if (cols + cell.cols > maxcols)
			break;
		if (cell.cols > 0 && w != NULL)
			waddnstr(w, cell.draw, (int)cell.draw_len);
		cols += cell.cols;
		pos = end;
	}
	return cols;
}

int
tui_put_text(WINDOW *w, const char *s, size_t len, int maxcols)
{
	return put_or_measure(w, s, len, maxcols);
}

int
tui_put_str(WINDOW *w, const char *s, int maxcols)
{
	return tui_put_text(w, s, strlen(s), maxcols);
}

/* The columns s[0, len) takes as tui_put_text() draws it; *fit: the bytes that fit in maxcols. */
static int
text_cols(const char *s, size_t len, int maxcols, size_t *fit)
{
	int cols = 0;

	*fit = 0;
	for (size_t pos = 0; pos < len;) {
		size_t end = ws_cluster_end(s, len, pos);
		struct ws_cell cell;

		ws_cell_make(s, pos, end, &cell);
		cols += cell.flags & WS_CELL_SPACE ? 1 : cell.cols;
		if (cols <= maxcols)
			*fit = end;
		pos = end;
	}
	return cols;
}

/*
 * A cut is marked: what does not fit ends in an ellipsis, after the last
 * whole word when one ends in the last third of the room ("Secretary of
 * State for…" rather than "Secretary of State for Ext…"), else mid-word.
 */
int
tui_put_cut(WINDOW *w, const char *s, int maxcols)
{
	size_t len = strlen(s), fit, cut;
	int utf8 = MB_CUR_MAX > 1, cols;

	if (maxcols <= 0)
		return 0;
	if (text_cols(s, len, maxcols, &fit) <= maxcols || maxcols < (utf8 ? 2 : 4))
		return tui_put_text(w, s, len, maxcols);
	text_cols(s, len, maxcols - (utf8 ? 1 : 3), &fit);
	cut = fit;
	while (cut > fit * 2 / 3 && cut > 0 && s[cut] != ' ')
		cut--;
	if (cut <= fit * 2 / 3 || cut == 0)
		cut = fit;
	while (cut > 0 && (s[cut - 1] == ' ' || s[cut - 1] == ','))
		cut--;
	cols = tui_put_text(w, s, cut, maxcols);
	waddstr(w, utf8 ? "\u2026" : "...");
	return cols + (utf8 ? 1 : 3);
}

/* Where the selected claim is when scrolled out of the view: " (above)", " (below)" or "". */
static const char *
off_screen(struct tui *t)
{
	if (tui_nav_on_screen(t, t->selected))
		return "";
	return t->an->claims[t->selected].content.end <= tui_pane_top_offset(t) ? " (above)" : " (below)";
}

/* The fewest columns of quoted words worth showing cut ("According…"). */
#define WORDS_MIN_COLS 8
/* Columns around quoted words: " (“", "…", "”)". */
#define WORDS_FRAME_COLS 6

/* How much of the words that credit a claim, or its outlet, the status line quotes. */
enum {
	WORDS_NONE = 0,
	WORDS_ALL = -1,
	WORDS_FIT = -2,		/* as many columns as are left (put_claim_line) */
};

/* The claim part of the status line, built before it is drawn so that its width is known. */
struct claim_line {
	char s[1024];
	size_t len;
};

/*
 * The bytes of s (len of them) that fit in max bytes and maxcols
 * columns as tui_put_text() draws them: a cluster never cut in two.
 */
static size_t
text_cut(const char *s, size_t len, size_t max, int maxcols)
{
	size_t pos = 0;
	int cols = 0;

	while (pos < len) {
		size_t end = ws_cluster_end(s, len, pos);
		struct ws_cell cell;

		ws_cell_make(s, pos, end, &cell);
		if (end > max || cols + ((cell.flags & WS_CELL_SPACE) ? 1 : cell.cols) > maxcols)
			break;
		cols += (cell.flags & WS_CELL_SPACE) ? 1 : cell.cols;
		pos = end;
	}
	return pos;
}

static void
line_add(struct claim_line *l, const char *s, size_t len)
{
	len = text_cut(s, len, sizeof l->s - 1 - l->len, INT_MAX);
	memcpy(l->s + l->len, s, len);
	l->len += len;
	l->s[l->len] = '\0';
}

static void
line_str(struct claim_line *l, const char *s)
{
	line_add(l, s, strlen(s));
}

static int
line_cols(const struct claim_line *l)
{
	return put_or_measure(NULL, l->s, l->len, INT_MAX);
}

/*
 * Are the words w (of len bytes) part of the name, a leading "the" aside
 * ("Kerry" of "John Kerry", "the Associated Press" of "Associated
 * Press"), or, for a person, the name after a title ("Vice President Han
 * Zheng"; an outlet's "According to Xinhua" says more)?  Then quoting
 * them says nothing the name does not.
 */
static int
words_in_name(const char *w, size_t len, const char *name, int person)
{
	size_t nlen = strlen(name);

	if (person && len > nlen && w[len - nlen - 1] == ' ' &&
	    strncasecmp(w + len - nlen, name, nlen) == 0)
		return 1;
	if (len > 4 && strncasecmp(w, "the ", 4) == 0)
		w += 4, len -= 4;
	/* Whole words of it: "he" is no part of "Han Zheng". */
	for (size_t i = 0; len > 0 && i + len <= nlen; i++)
		if ((i == 0 || name[i - 1] == ' ') && (i + len == nlen || name[i + len] == ' ') &&
		    strncasecmp(name + i, w, len) == 0)
			return 1;
	return 0;
}

/*
 * A name, and the words that credit it in quotation marks when they say
 * more (Han Zheng (“he”)): all of them, or `cols` columns of them and an
 * ellipsis.
 */
static void
line_credit(struct tui *t, struct claim_line *l, const char *name, struct ws_span words, int cols,
	    int person)
{
	size_t len = words.end - words.start, cut;
	const char *w = t->text->s + words.start;

	line_str(l, name);
	if (cols == WORDS_NONE || words.end <= words.start || words_in_name(w, len, name, person))
		return;
	line_str(l, t->utf8 ? " (\u201c" : " (\"");
	cut = cols == WORDS_ALL ? len : text_cut(w, len, len, cols);
	line_add(l, w, cut);
	if (cut < len)
		line_str(l, t->utf8 ? "\u2026" : "...");
	line_str(l, t->utf8 ? "\u201d)" : "\")");
}

/* What a claim line shows: the kind or not, and how much of the outlet's and the person's words. */
struct claim_parts {
	int kind, via, by;
};

/*
 * "Xinhua (“According to the official Xinhua News Agency”) ▸ Han Zheng
 * (“he”) ▸ was cited as telling · mixed": the outlet and the words that
 * credit it, the person and theirs, the cue and the kind, as much as
 * `show` asks for.
 */
static void
claim_line(struct tui *t, const struct ws_claim *c, struct claim_parts show, struct claim_line *l)
{
	static const char *const kinds[] = { "direct", "indirect", "mixed" };
	const char *sep = t->utf8 ? " \u25b8 " : " > ";

	l->len = 0;
	l->s[0] = '\0';
	if (c->outlet != WS_NONE) {
		line_credit(t, l, t->an->outlets[c->outlet].name, c->via, show.via, 0);
		line_str(l, sep);
	}
	if (c->speaker != WS_NONE) {
		line_credit(t, l, t->an->people[c->speaker].name, c->by, show.by, 1);
		line_str(l, sep);
	} else if (c->outlet == WS_NONE && c->by.end > c->by.start) {
		line_add(l, t->text->s + c->by.start, c->by.end - c->by.start);
		line_str(l, sep);
	}
	if (c->cue.end > c->cue.start)
		line_add(l, t->text->s + c->cue.start, c->cue.end - c->cue.start);
	if (show.kind) {
		line_str(l, t->utf8 ? " \u00b7 " : " - ");
		line_str(l, kinds[c->kind]);
	}
}

/*
 * The claim line that fits in maxcols, shortened step by step: all of it;
 * without the kind; the outlet's words cut to the room left, then left
 * out; the person's likewise.  When even the names and the cue do not
 * fit, they are cut with an ellipsis.
 */
static int
put_claim_line(struct tui *t, const struct ws_claim *c, int maxcols)
{
	static const struct claim_parts steps[] = {
		{ 1, WORDS_ALL, WORDS_ALL }, { 0, WORDS_ALL, WORDS_ALL },
		{ 0, WORDS_FIT, WORDS_ALL }, { 0, WORDS_NONE, WORDS_ALL },
		{ 0, WORDS_NONE, WORDS_FIT }, { 0, WORDS_NONE, WORDS_NONE },
	};
	struct claim_line l;
	int cols;

	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		struct claim_parts p = steps[i];

		/* Words cut to fit: the columns the line leaves them. */
		if (p.via == WORDS_FIT || p.by == WORDS_FIT) {
			struct claim_parts none = p;

			none.via = p.via == WORDS_FIT ? WORDS_NONE : p.via;
			none.by = p.by == WORDS_FIT ? WORDS_NONE : p.by;
			claim_line(t, c, none, &l);
			cols = maxcols - line_cols(&l) - WORDS_FRAME_COLS;
			if (cols < WORDS_MIN_COLS)
				continue;
			if (p.via == WORDS_FIT)
				p.via = cols;
			else
				p.by = cols;
		}
		claim_line(t, c, p, &l);
		if (line_cols(&l) <= maxcols)
			return tui_put_text(stdscr, l.s, l.len, maxcols);
	}
	if (maxcols < 2)
		return 0;
	cols = tui_put_text(stdscr, l.s, l.len, maxcols - 1);
	return cols + tui_put_str(stdscr, t->utf8 ? "\u2026" : ">", 1);
}

/* "reading… 120 KB": standard input still arriving. */
static int
put_reading(struct tui *t, int maxcols)
{
	size_t bytes = tui_stream_bytes(t->stream);
	char buf[64];

	if (bytes >= 10u << 20)
		snprintf(buf, sizeof buf, "reading%s %zu MB", t->utf8 ? "\u2026" : "...", bytes >> 20);
	else
		snprintf(buf, sizeof buf, "reading%s %zu KB", t->utf8 ? "\u2026" : "...",
			 (bytes + 512) >> 10);
	return tui_put_str(stdscr, buf, maxcols);
}

/*
 * "3/9 · Xinhua (“According to …”) ▸ Han Zheng (“he”) ▸ was cited as
 * telling · mixed", as room allows; "3/9 (above) · …" once the claim is
 * scrolled out of the view.
 */
static int
put_claim(struct tui *t, int maxcols)
{
	const struct ws_claim *c;
	char count[64];
	size_t index, n = tui_nav_count(t, &index);
	int cols;

	if (t->selected == WS_NONE) {
		if (t->stream != NULL)
			return put_reading(t, maxcols);
		if (t->analysing)
			return tui_put_str(stdscr, t->utf8 ? "analysing\u2026" : "analysing...", maxcols);
		if (t->an->nclaims == 0)
			return tui_put_str(stdscr, "no claims found", maxcols);
		/* Until the first key, a hint at the keys that explain the screen, as room allows. */
		for (int h = t->hint ? 0 : 2; h < 3; h++) {
			static const char *const hints[] = { " \u00b7 s: legend, speakers \u00b7 ?: help",
							     " \u00b7 ?: help", "" };
			static const char *const ascii[] = { " - s: legend, speakers - ?: help",
							     " - ?: help", "" };

			snprintf(count, sizeof count, "%zu claim%s%s", n, n == 1 ? "" : "s",
				 t->utf8 ? hints[h] : ascii[h]);
			if (ws_width(count, strlen(count)) <= maxcols)
				break;
		}
		return tui_put_str(stdscr, count, maxcols);
	}
	c = &t->an->claims[t->selected];
	if (index > 0)
		snprintf(count, sizeof count, "%zu/%zu%s %s ", index, n, off_screen(t),
			 t->utf8 ? "\u00b7" : "-");
	else
		snprintf(count, sizeof count, "-/%zu%s %s ", n, off_screen(t), t->utf8 ? "\u00b7" : "-");
	cols = tui_put_str(stdscr, count, maxcols);
	return cols + put_claim_line(t, c, maxcols - cols);
}

static const char *
filter_name(const struct tui *t)
{
	if (t->view.speaker != WS_NONE)
		return t->an->people[t->view.speaker].name;
	if (t->view.outlet != WS_NONE)
		return t->an->outlets[t->view.outlet].name;
	return NULL;
}

/* The columns a selected claim is given before the file name is cut for it. */
#define STATUS_CLAIM_MIN 24
/* Narrower than this, the file name is left out rather than cut. */
#define STATUS_NAME_MIN 6

/* The columns the middle of the line asks for: a message, the count of claims, or a claim. */
static int
middle_wants(struct tui *t, int room)
{
	int filter = filter_name(t) != NULL ? ws_width(filter_name(t), strlen(filter_name(t))) + 3 : 0;
	struct claim_line l;
	int want = room * 2 / 3 > STATUS_CLAIM_MIN ? room * 2 / 3 : STATUS_CLAIM_MIN;

	if (t->message[0] != '\0')
		return filter + ws_width(t->message, strlen(t->message));
	if (t->selected == WS_NONE)
		return filter + 12;
	/* The claim at its longest, after "12/34 (above) · ": as much of it as two thirds allow. */
	claim_line(t, &t->an->claims[t->selected],
		   (struct claim_parts){ 1, WORDS_ALL, WORDS_ALL }, &l);
	return filter + (line_cols(&l) + 16 < want ? line_cols(&l) + 16 : want);
}

/*
 * "harbour-strike.txt  3/9 · Reuters ▸ reported       42% ": the file, the
 * claim in hand (or a message) and where the view is.  The parts keep
 * their room in order: the position first, then the claim, the file name
 * last: it is whole while the claim has what it asks for (a message or a
 * count its width, a claim two thirds of the line), else cut with an
 * ellipsis, else left out; the claim then shortens itself to what is left.
 */
void
tui_status_draw(struct tui *t)
{
	int y = t->rows - 1, cols, room, name_room;
	size_t len = t->text->len, bottom = tui_pane_bottom_offset(t);
	char right[64];
	const char *filter = filter_name(t);
	int rlen;

	snprintf(right, sizeof right, "%s%s%s %3d%% ", t->mouse_off ? " [mouse off]" : "",
		 t->view.unattributed ? " [unattributed]" : "", t->nmatches > 0 ? " [search]" : "",
		 len == 0 || tui_pane_at_end(t) ? 100 : (int)((double)bottom * 100.0 / (double)len));
	rlen = (int)strlen(right);
	if (rlen >= t->cols)
		rlen = 0;
	tui_color_element(t, stdscr, WS_EL_STATUS);
	wmove(stdscr, y, 0);
	for (int x = 0; x < t->cols; x++)
		waddch(stdscr, ' ');
	wmove(stdscr, y, 1);
	room = t->cols - 1 - rlen;
	name_room = room - 2 - middle_wants(t, room);
	cols = 1;
	if (name_room >= STATUS_NAME_MIN || name_room >= ws_width(t->name, strlen(t->name))) {
		cols += tui_put_cut(stdscr, t->name, name_room);
		cols += tui_put_str(stdscr, "  ", 2);
	}
	if (filter != NULL) {
		cols += tui_put_str(stdscr, "[", t->cols - rlen - cols);
		cols += tui_put_cut(stdscr, filter, t->cols - rlen - cols - 1);
		cols += tui_put_str(stdscr, "] ", t->cols - rlen - cols);
	}
	if (t->message[0] != '\0') {
		tui_color_element(t, stdscr, WS_EL_MESSAGE);
		tui_put_cut(stdscr, t->message, t->cols - rlen - cols);
		tui_color_element(t, stdscr, WS_EL_STATUS);
	} else {
		put_claim(t, t->cols - rlen - cols);
	}
	if (rlen > 0)
		mvwaddstr(stdscr, y, t->cols - rlen, right);
}

/* Remove the last character (not byte) of a UTF-8 string. */
static void
drop_last_char(char *buf)
{
	size_t n = strlen(buf);

	while (n > 0 && ((unsigned char)buf[n - 1] & 0xc0) == 0x80)
		n--;
	if (n > 0)
		n--;
	buf[n] = '\0';
}

static void
draw_prompt(struct tui *t, const char *prompt, const char *buf)
{
	int y = t->rows - 1, cols;

	tui_color_element(t, stdscr, WS_EL_MESSAGE);
	wmove(stdscr, y, 0);
	wclrtoeol(stdscr);
	cols = tui_put_str(stdscr, prompt, t->cols - 1);
	tui_put_str(stdscr, buf, t->cols - 1 - cols);
}

int
tui_status_prompt(struct tui *t, const char *prompt, char *buf, size_t size)
{
	return tui_status_prompt_recall(t, prompt, buf, size, 0);
}

/* Up and Down at the prompt: the entry of the history at *at, past the last an empty line. */
static void
recall(const struct tui *t, size_t n, size_t *at, int dir, char *buf, size_t size)
{
	if ((dir < 0 && *at == 0) || (dir > 0 && *at >= n))
		return;
	*at += (size_t)(long)dir;
	snprintf(buf, size, "%s", *at < n ? t->history[*at] : "");
}

int
tui_status_prompt_recall(struct tui *t, const char *prompt, char *buf, size_t size, size_t nhist)
{
	size_t at = nhist;
	int rc = -1;

	buf[0] = '\0';
	curs_set(1);
	for (;;) {
		wint_t ch;
		int kind;

		draw_prompt(t, prompt, buf);
		wrefresh(stdscr);
		kind = wget_wch(stdscr, &ch);
		if (tui_term_signal() != 0)
			break;
		if (kind == ERR)
			continue;
		if (kind == KEY_CODE_YES) {
			if (ch == KEY_BACKSPACE) {
				drop_last_char(buf);
			} else if (ch == KEY_UP || ch == KEY_DOWN) {
				recall(t, nhist, &at, ch == KEY_UP ? -1 : 1, buf, size);
			} else if (ch == KEY_ENTER) {
				rc = 0;
				break;
			} else if (ch == KEY_RESIZE) {
				tui_resized(t);
				tui_draw(t);
			}
			continue;
		}
		if (ch == '\r' || ch == '\n') {
			rc = 0;
			break;
		}
		if (ch == 27 || ch == 7 /* ^G */ || ch == 3 /* ^C */)
			break;
		if (ch == 127 || ch == 8) {
			drop_last_char(buf);
		} else if (ch == 21 /* ^U */) {
			buf[0] = '\0';
		} else if (ch >= 32) {
			char mb[MB_LEN_MAX];
			mbstate_t st;
			size_t n, cur = strlen(buf);

			memset(&st, 0, sizeof st);
			n = wcrtomb(mb, (wchar_t)ch, &st);
			if (n != (size_t)-1 && cur + n < size) {
				memcpy(buf + cur, mb, n);
				buf[cur + n] = '\0';
			}
		}
	}
	curs_set(0);
	return rc;
}
