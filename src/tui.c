/*
 * tui: the interactive reader's main loop.
 *
 * The screen is drawn whole after every key (curses sends the terminal
 * only what changed), from state that the keys change: the top row, the
 * selected claim, the filter, the search, the panel.  Drawing touches
 * only what is visible, so that costs the same on any article.  What
 * changes the styles (filter, search, fact-checker view) makes the cached
 * layout stale, and blocks are styled again as they come on screen;
 * selecting a claim does not, as the selection is applied while drawing.
 * An article opened with its blocks only is drawn plain first, then
 * analysed and drawn with its claims (tui_complete).
 */
#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "whosaid/atomic.h"
#include "whosaid/export.h"
#include "whosaid/stats.h"
#include "whosaid/xmalloc.h"
#include "tui.h"
#include "tui_int.h"

#define WHEEL_ROWS 3

/* What the reader shows while the article is being analysed: no claims. */
static const struct ws_analysis no_analysis;

/* The claims in view, listed once per filter so the status line can rank one at once. */
static void
count_in_view(struct tui *t)
{
	free(t->in_view);
	t->in_view = xreallocarray(NULL, t->an->nclaims + 1, sizeof *t->in_view);
	t->nin_view = 0;
	for (size_t i = 0; i < t->an->nclaims; i++)
		if (ws_view_has_claim(&t->view, t->an, i))
			t->in_view[t->nin_view++] = i;
}

/* The view changed: blocks are styled and laid out again as they are shown. */
void
tui_restyle(struct tui *t)
{
	tui_pane_invalidate(t);
	count_in_view(t);
}

/*
 * The panel is as wide as its longest line needs, from TUI_PANEL_COLS;
 * docked, the room it may take is what the reading column leaves.
 */
static int
panel_width(const struct tui *t, int cols)
{
	int reading = (t->opt_width > 0 ? t->opt_width : TUI_DEFAULT_WIDTH) + 4;
	int room = t->panel_docked ? cols - reading : cols;
	int w = t->panel_need > TUI_PANEL_COLS ? t->panel_need : TUI_PANEL_COLS;

	if (w > room)
		w = room > TUI_PANEL_COLS ? room : TUI_PANEL_COLS;
	return w < cols ? w : cols;
}

void
tui_geometry(struct tui *t)
{
	int had_screen = t->cols > 0;
	size_t anchor = had_screen ? tui_pane_top_offset(t) : 0;
	int old_width = t->width, rows, cols, width;

	getmaxyx(stdscr, rows, cols);
	t->rows = rows;
	t->cols = cols;
	t->too_small = rows < TUI_MIN_ROWS || cols < TUI_MIN_COLS;
	t->panel_docked = cols >= TUI_PANEL_DOCK_COLS;
	t->panel_shown = t->panel_docked ? t->panel_wanted : t->focus == TUI_FOCUS_PANEL;
	if (!t->panel_shown)
		t->focus = TUI_FOCUS_PANE;
	/* Without the docked panel, its legend on a line of its own; `s` shows the rest. */
	t->legend_shown = t->nlegend > 0 && !(t->panel_docked && t->panel_shown) &&
			  rows >= TUI_MIN_ROWS + 2;
	t->pane_x = 0;
	t->pane_w = cols;
	t->panel_w = 0;
	if (t->panel_shown) {
		t->panel_w = panel_width(t, cols);
		t->panel_x = cols - t->panel_w;
		if (t->panel_docked)
			t->pane_w = cols - t->panel_w;
	}
	width = t->opt_width > 0 ? t->opt_width : TUI_DEFAULT_WIDTH;
	if (width > t->pane_w - 3)
		width = t->pane_w - 3;
	if (width < WS_LAYOUT_MIN_WIDTH)
		width = WS_LAYOUT_MIN_WIDTH;
	t->width = width;
	t->col_x = t->pane_x + (t->pane_w - 1 - width) / 2;
	if (t->col_x < 0)
		t->col_x = 0;
	if (width != old_width) {
		/* Reflow, keeping the first text on screen first. */
		tui_pane_invalidate(t);
		if (had_screen)
			t->top = tui_pane_pos_of(t, anchor);
	}
}

/*
 * The terminal was resized: curses said so (KEY_RESIZE), or its size is
 * not the screen's.  What it shows now is unknown (tmux keeps, trims or
 * shifts what was there, and curses may report a run of resizes that
 * ended at the size it last read without having resized anything), so
 * the next frame repaints every cell, not only what changed since the
 * last one.
 */
void
tui_resized(struct tui *t)
{
	clearok(curscr, TRUE);
	tui_geometry(t);
}

static void
draw_too_small(struct tui *t)
{
	const char *msg = t->cols >= 20 ? "terminal too small" : "too small";

	tui_color_element(t, stdscr, WS_EL_MESSAGE);
	mvwaddnstr(stdscr, t->rows / 2, t->cols > (int)strlen(msg) ? (t->cols - (int)strlen(msg)) / 2 : 0,
		   msg, t->cols);
}

void
tui_draw(struct tui *t)
{
	struct ws_look text = ws_scheme_element(t->scheme, WS_EL_TEXT);

	tui_color_set(stdscr, text);
	wbkgdset(stdscr, ' ' | getattrs(stdscr));
	werase(stdscr);
	if (t->too_small) {
		draw_too_small(t);
	} else {
		tui_pane_draw(t);
		tui_minimap_draw(t);
		if (t->legend_shown)
			tui_legend_draw(t);
		if (t->panel_shown)
			tui_panel_draw(t);
		tui_status_draw(t);
		if (t->help_shown)
			tui_help_draw(t);
	}
	wnoutrefresh(stdscr);
	doupdate();
}

/*
 * s: docked, the panel is first given the focus, then hidden; as an
 * overlay it comes and goes with the focus.
 */
static void
toggle_panel(struct tui *t)
{
	if (t->panel_docked && !t->panel_wanted) {
		t->panel_wanted = 1;
		t->focus = TUI_FOCUS_PANEL;
	} else if (t->focus != TUI_FOCUS_PANEL) {
		t->focus = TUI_FOCUS_PANEL;
	} else {
		if (t->panel_docked)
			t->panel_wanted = 0;
		t->focus = TUI_FOCUS_PANE;
	}
	tui_geometry(t);
}

/* Esc: back from the panel, then the filter, then the search, then the selection. */
static void
clear_view(struct tui *t)
{
	if (t->focus == TUI_FOCUS_PANEL) {
		t->focus = TUI_FOCUS_PANE;
		tui_geometry(t);
	}
	if (ws_view_filters(&t->view)) {
		t->view.speaker = t->view.outlet = WS_NONE;
		tui_message(t, "showing every claim");
	} else if (t->nmatches > 0) {
		free(t->matches);
		t->matches = NULL;
		t->nmatches = 0;
		t->match = WS_NONE;
		t->view.matches = NULL;
		t->view.nmatches = 0;
	} else {
		t->selected = WS_NONE;
		return;
	}
	tui_restyle(t);
}

/* u: the fact-checker view, which counts what it marks; Tab then goes from one to the next. */
static void
toggle_unattributed(struct tui *t)
{
	t->view.unattributed = !t->view.unattributed;
	tui_restyle(t);
	if (!t->view.unattributed) {
		tui_message(t, "fact-checker view off");
		return;
	}
	free(t->unattr);
	ws_unattributed_sentences(t->doc, t->an, &t->unattr, &t->nunattr);
	t->unattr_at = WS_NONE;
	tui_message(t, "fact-checker view: %zu unattributed assertion%s marked (Tab: next)", t->nunattr,
		    t->nunattr == 1 ? "" : "s");
}

/* m: mouse reporting off lets the terminal's own drag select text; on again, the wheel scrolls. */
static void
toggle_mouse(struct tui *t)
{
	t->mouse_off = !t->mouse_off;
	tui_term_mouse(!t->mouse_off);
	if (t->mouse_off)
		tui_message(t, "mouse off: drag to select text (m: on)");
	else
		tui_message(t, "mouse on: the wheel scrolls, a click selects");
}

int
tui_act(struct tui *t, enum tui_action act)
{
	long page = t->rows > 2 ? t->rows - 2 : 1;

	switch (act) {
	case TUI_NONE: break;
	case TUI_LINE_DOWN: tui_pane_scroll(t, 1); break;
	case TUI_LINE_UP: tui_pane_scroll(t, -1); break;
	case TUI_PAGE_DOWN: tui_pane_scroll(t, page); break;
	case TUI_PAGE_UP: tui_pane_scroll(t, -page); break;
	case TUI_HALF_DOWN: tui_pane_scroll(t, (page + 1) / 2); break;
	case TUI_HALF_UP: tui_pane_scroll(t, -(page + 1) / 2); break;
	case TUI_TOP: tui_pane_top(t); break;
	case TUI_BOTTOM: tui_pane_bottom(t); break;
	case TUI_NEXT_CLAIM:
	case TUI_PREV_CLAIM:
		if (t->view.unattributed)
			tui_nav_unattributed(t, act == TUI_NEXT_CLAIM ? 1 : -1);
		else
			tui_nav_claim(t, act == TUI_NEXT_CLAIM ? 1 : -1, 0);
		break;
	case TUI_NEXT_QUOTE: tui_nav_claim(t, 1, 1); break;
	case TUI_PREV_QUOTE: tui_nav_claim(t, -1, 1); break;
	case TUI_SEARCH: tui_search_start(t); break;
	case TUI_SEARCH_NEXT: tui_search_next(t, 1); break;
	case TUI_SEARCH_PREV: tui_search_next(t, -1); break;
	case TUI_PANEL: toggle_panel(t); break;
	case TUI_UNATTRIBUTED: toggle_unattributed(t); break;
	case TUI_EXPORT: tui_export(t); break;
	case TUI_COPY: tui_copy(t); break;
	case TUI_MOUSE: toggle_mouse(t); break;
	case TUI_HELP: t->help_shown = 1; t->help_top = 0; break;
	case TUI_CLEAR: clear_view(t); break;
	case TUI_REDRAW: clearok(curscr, TRUE); break;
	case TUI_QUIT: t->quit = 1; break;
	}
	return 0;
}

static void
mouse(struct tui *t)
{
	MEVENT ev;
	uint32_t style;

	if (getmouse(&ev) != OK)
		return;
	if (ev.bstate & BUTTON4_PRESSED) {
		tui_pane_scroll(t, -WHEEL_ROWS);
		return;
	}
	if (ev.bstate & BUTTON5_PRESSED) {
		tui_pane_scroll(t, WHEEL_ROWS);
		return;
	}
	if (!(ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) || ev.y >= t->rows - 1)
		return;
	if (t->panel_shown && ev.x >= t->panel_x) {
		t->focus = TUI_FOCUS_PANEL;
		tui_panel_click(t, ev.y);
		return;
	}
	t->focus = TUI_FOCUS_PANE;
	style = tui_pane_style_at(t, ev.y, ev.x);
	t->selected = WS_STY_CLAIM(style) < t->an->nclaims ? WS_STY_CLAIM(style) : WS_NONE;
}

/* Counts past this are kept at it: 9999j is "to the end" in any article worth a count. */
#define MAX_COUNT 9999

/* The keys a count prefix repeats: moves, not toggles. */
static int
counted(enum tui_action act)
{
	switch (act) {
	case TUI_LINE_DOWN: case TUI_LINE_UP: case TUI_PAGE_DOWN: case TUI_PAGE_UP:
	case TUI_HALF_DOWN: case TUI_HALF_UP: case TUI_NEXT_CLAIM: case TUI_PREV_CLAIM:
	case TUI_NEXT_QUOTE: case TUI_PREV_QUOTE: case TUI_SEARCH_NEXT: case TUI_SEARCH_PREV:
		return 1;
	default:
		return 0;
	}
}

/*
 * A digit adds to the count prefix, shown as it is typed; Esc drops it.
 * Returns 1 when the key was taken.
 */
static int
count_key(struct tui *t, int k)
{
	if (k >= '0' && k <= '9' && (k != '0' || t->count > 0)) {
		t->count = t->count * 10 + (k - '0');
		if (t->count > MAX_COUNT)
			t->count = MAX_COUNT;
		tui_message(t, "count %ld", t->count);
		return 1;
	}
	if (t->count > 0 && tui_key_action(k) == TUI_CLEAR) {
		t->count = 0;
		tui_message(t, "count cancelled");
		return 1;
	}
	return 0;
}

/* Do what key k asks, as many times as the count prefix says for a move. */
static void
act_counted(struct tui *t, int k)
{
	enum tui_action act = tui_key_action(k);
	long n = counted(act) && t->count > 0 ? t->count : 1;

	t->count = 0;
	while (n-- > 0 && !t->quit)
		tui_act(t, act);
}

static void
on_key(struct tui *t, int k)
{
	t->message[0] = '\0';
	if (k != KEY_RESIZE)
		t->hint = 0;
	if (k == KEY_RESIZE) {
		tui_resized(t);
		return;
	}
	if (t->help_shown) {
		if (!tui_help_key(t, k))
			t->help_shown = 0;
		return;
	}
	if (t->too_small) {
		if (tui_key_action(k) == TUI_QUIT)
			t->quit = 1;
		return;
	}
	if (k == KEY_MOUSE) {
		mouse(t);
		return;
	}
	if (t->focus == TUI_FOCUS_PANEL && t->panel_shown && tui_panel_key(t, k))
		return;
	if (count_key(t, k))
		return;
	act_counted(t, k);
}

/* --speaker and --source: the filter to start with, named as the exports name it. */
static void
initial_filter(struct tui *t, const struct options *opt)
{
	if (opt->speaker != NULL && (t->view.speaker = ws_find_speaker(t->an, opt->speaker)) == WS_NONE)
		tui_message(t, "no speaker named '%s'", opt->speaker);
	if (opt->source != NULL &&
	    (t->view.outlet = ws_find_outlet(t->an, t->text->s, opt->source)) == WS_NONE)
		tui_message(t, "no outlet named '%s'", opt->source);
}

/* Text is drawn as UTF-8: take a UTF-8 locale, falling back to C.UTF-8. */
static int
utf8_locale(void)
{
	setlocale(LC_ALL, "");
	if (strcmp(nl_langinfo(CODESET), "UTF-8") == 0)
		return 1;
	if (setlocale(LC_CTYPE, "C.UTF-8") != NULL && strcmp(nl_langinfo(CODESET), "UTF-8") == 0)
		return 1;
	return 0;
}

/* A terminal that cannot address the cursor gets the article as text, as less does. */
static int
dumb_terminal(void)
{
	const char *term = getenv("TERM");

	return term == NULL || term[0] == '\0' || strcmp(term, "dumb") == 0;
}

/*
 * A terminal that cannot draw the reader gets the text export, claims
 * marked and their key at the end, under the filters asked for.
 */
static int
print_as_text(struct tui *t, const struct options *opt, const struct ws_lexicon *lex)
{
	struct ws_error err;
	struct winsize ws;
	struct ws_view view;
	int width = t->opt_width > 0 ? t->opt_width : TUI_DEFAULT_WIDTH;

	if (ws_article_analyze(t->art, lex, &err) < 0) {
		fprintf(stderr, "whosaid: %s\n", err.msg);
		return 1;
	}
	t->doc = t->art->doc;
	t->an = t->art->an;
	ws_view_init(&view);
	if (opt->speaker != NULL && (view.speaker = ws_find_speaker(t->an, opt->speaker)) == WS_NONE)
		view.speaker = t->an->npeople;	/* nobody: no claim passes */
	if (opt->source != NULL &&
	    (view.outlet = ws_find_outlet(t->an, t->text->s, opt->source)) == WS_NONE)
		view.outlet = t->an->noutlets;

	/* A line as wide as the terminal would wrap on some: keep one column free. */
	if (t->opt_width == 0 && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 1 &&
	    ws.ws_col <= width)
		width = ws.ws_col - 1;
	if (ws_export_text(stdout, t->art, &view, width, &err) < 0) {
		fprintf(stderr, "whosaid: %s\n", err.msg);
		return 1;
	}
	return 0;
}

static void
tui_free(struct tui *t)
{
	tui_stream_free(t->stream);
	free(t->unattr);
	free(t->copied);
	for (size_t i = 0; t->cache != NULL && i < t->doc->nblocks; i++)
		ws_layout_free(t->cache[i].lay);
	free(t->cache);
	ws_block_claims_free(&t->block_claims);
	free(t->in_view);
	free(t->items);
	free(t->matches);
	ws_scheme_free(t->scheme);
	ws_theme_free(t->theme);
	if (t->owns_art)
		ws_article_free(t->art);
}

static int
tui_init(struct tui *t, struct ws_article *art, const struct options *opt, struct ws_error *err)
{
	memset(t, 0, sizeof *t);
	t->art = art;
	t->doc = art->doc;
	t->an = art->an != NULL ? art->an : &no_analysis;
	t->text = art->text;
	t->name = strcmp(art->text->name, "-") == 0 ? "(stdin)" : art->text->name;
	/* A long path says less than its last part. */
	if (strlen(t->name) > 24 && strrchr(t->name, '/') != NULL && strrchr(t->name, '/')[1] != '\0')
		t->name = strrchr(t->name, '/') + 1;
	t->opt_width = opt->width;
	t->copy_to = opt->copy;
	t->selected = WS_NONE;
	t->match = WS_NONE;
	ws_view_init(&t->view);
	t->view.via = 1;	/* a reader sees why a claim is its outlet's */
	if (ws_theme_open(opt->theme, &t->theme, err) < 0)
		return -1;
	t->cache = xcalloc(t->doc->nblocks + 1, sizeof *t->cache);
	return 0;
}

/* What depends on the analysis: colours, panel, claims by block, filter, styles. */
static void
tui_analysed(struct tui *t, const struct options *opt)
{
	ws_scheme_free(t->scheme);
	ws_block_claims_free(&t->block_claims);
	t->scheme = ws_scheme_new(t->theme, t->an, t->depth);
	tui_panel_build(t);
	ws_block_claims_build(t->doc, t->an, &t->block_claims);
	if (t->an != &no_analysis)
		initial_filter(t, opt);
	tui_restyle(t);
}

/*
 * The first screen was drawn from the blocks alone, and the article was
 * analysed meanwhile (tui_analysis.c): show its claims, keeping the first
 * text on screen first.  The blocks are the same, so the top's byte
 * offset stays valid; the cached layouts point into the old doc and go.
 */
static int
tui_adopt(struct tui *t, const struct options *opt, struct ws_error *err)
{
	size_t anchor = tui_pane_top_offset(t), nblocks = t->doc->nblocks;
	struct ws_doc *doc;
	struct ws_analysis *an;

	if (tui_analysis_finish(&doc, &an, err) < 0)
		return -1;
	ws_article_adopt(t->art, doc, an);
	for (size_t i = 0; i < nblocks; i++) {
		ws_layout_free(t->cache[i].lay);
		t->cache[i].lay = NULL;
	}
	t->doc = t->art->doc;
	t->an = t->art->an;
	tui_analysed(t, opt);
	/* The panel's width follows its names. */
	tui_geometry(t);
	t->top = tui_pane_pos_of(t, anchor);
	return 0;
}

/* Keys are read this often while the analysis runs, to see it end. */
#define ANALYSIS_POLL_MS 20
/* ... and while standard input arrives, to show what comes. */
#define READ_POLL_MS 50
#define KEY_WAIT_MS 500
/* How long quitting waits for an analysis asked to stop. */
#define ABANDON_WAIT_MS 50

/* The analysis has ended: its claims on screen, and keys read at leisure again. */
static int
analysis_ended(struct tui *t, const struct options *opt, struct ws_error *err)
{
	t->analysing = 0;
	if (tui_adopt(t, opt, err) < 0)
		return -1;
	wtimeout(stdscr, KEY_WAIT_MS);
	tui_bench_analysed();
	return 0;
}

/*
 * The keys that act on the claims: claim to claim, quotation to
 * quotation, the fact-checker view, the export.  Pressed before the
 * claims are there they wait for the analysis rather than find nothing
 * (the analysis of an ordinary article takes milliseconds).
 */
static int
needs_claims(int k)
{
	switch (tui_key_action(k)) {
	case TUI_NEXT_CLAIM: case TUI_PREV_CLAIM: case TUI_NEXT_QUOTE: case TUI_PREV_QUOTE:
	case TUI_UNATTRIBUTED: case TUI_EXPORT: case TUI_COPY:
		return 1;
	default:
		return 0;
	}
}

#define AWAIT_KEYS 64

/*
 * Wait for the analysis, saying so.  Keys typed meanwhile are kept for
 * afterwards (curses gives them back in order), but q quits at once and
 * a signal still ends the reader: then 0 is returned and the caller's
 * loop sees t->quit or the signal.
 */
static int
await_analysis(struct tui *t, const struct options *opt, struct ws_error *err)
{
	int kept[AWAIT_KEYS], nkept = 0, k;

	tui_message(t, "%s", t->utf8 ? "analysing\u2026" : "analysing...");
	tui_draw(t);
	wtimeout(stdscr, ANALYSIS_POLL_MS);
	while (tui_analysis_running()) {
		if (tui_term_signal() != 0)
			return 0;
		k = wgetch(stdscr);
		/* The wait is no reason for a screen of the old size. */
		if (k == KEY_RESIZE || tui_term_resized()) {
			tui_resized(t);
			tui_draw(t);
		}
		if (k == ERR || k == KEY_RESIZE)
			continue;
		if (tui_key_action(k) == TUI_QUIT) {
			t->quit = 1;
			return 0;
		}
		if (nkept < AWAIT_KEYS)
			kept[nkept++] = k;
	}
	while (nkept > 0)
		ungetch(kept[--nkept]);
	t->message[0] = '\0';
	return analysis_ended(t, opt, err);
}

/*
 * Leave the reader with the analysis perhaps still running: it is asked
 * to stop and waited for briefly.  One still inside a long sentence is
 * left to end with the process: the article it reads must outlive it,
 * so the process exits here instead of returning to the caller, which
 * would free it.
 */
static void
leave(struct tui *t, int sig, int status, const char *error)
{
	int abandoned = !tui_analysis_abandon(ABANDON_WAIT_MS);

	tui_term_stop();
	if (sig != 0)
		tui_term_die_by_signal(sig);
	tui_copy_print(t);
	if (error != NULL)
		fprintf(stderr, "whosaid: %s\n", error);
	if (abandoned) {
		tui_free(t);
		exit(status);
	}
}

/*
 * Out of memory in the analysis ends its thread, and the reader reports
 * it; anywhere else the terminal is restored and the temporary file of
 * an export under way (`e`) removed before the message.
 */
static void
on_oom(void)
{
	tui_analysis_oom();
	tui_term_stop();
	ws_atomic_remove_pending();
}

/*
 * Show art, built again from more of standard input, in place of the
 * article shown (the reader's to free), keeping the first text on screen
 * first: the text so far is the start of the text to come.
 */
static void
replace_article(struct tui *t, struct ws_article *art, const struct options *opt)
{
	size_t anchor = tui_pane_top_offset(t);
	struct tui_block_cache *cache = xcalloc(art->doc->nblocks + 1, sizeof *cache);

	for (size_t i = 0; i < t->doc->nblocks; i++)
		ws_layout_free(t->cache[i].lay);
	free(t->cache);
	t->cache = cache;
	ws_article_free(t->art);
	t->art = art;
	t->doc = art->doc;
	t->text = art->text;
	t->an = &no_analysis;
	tui_analysed(t, opt);
	t->top = tui_pane_pos_of(t, anchor);
}

/*
 * Standard input arrives: read what is ready, and now and then show the
 * article built from all of it.  Once the input ends, that article is
 * analysed in the background.  Returns 1 when the screen changed, 0 when
 * not, -1 on an error (the input's own, once it has ended).
 */
static int
stream_step(struct tui *t, const struct options *opt, const struct ws_lexicon *lex,
	    struct ws_error *err)
{
	struct ws_article *art;
	int changed = tui_stream_pull(t->stream);

	/* While bytes flow, come back for more at once; keys are still read in between. */
	wtimeout(stdscr, changed ? 1 : READ_POLL_MS);
	if (!tui_stream_due(t->stream))
		return changed;
	/* A page cut short may hold no article text yet: wait for more. */
	if (tui_stream_build(t->stream, opt->format, opt->force ? WS_LOAD_FORCE : 0, &art, err) < 0)
		return tui_stream_ended(t->stream) ? -1 : changed;
	replace_article(t, art, opt);
	if (!tui_stream_ended(t->stream))
		return 1;
	tui_stream_free(t->stream);
	t->stream = NULL;
	t->message[0] = '\0';	/* "claims once the input ends": it has */
	t->analysing = 1;
	if (tui_analysis_start(t->art, lex, err) < 0)
		return -1;
	wtimeout(stdscr, ANALYSIS_POLL_MS);
	return 1;
}

/*
 * The reader, on art; with a stream, art is what has come of standard
 * input so far, and the reader owns both.
 */
static int
run(struct ws_article *art, struct tui_stream *stream, const struct options *opt,
    const struct ws_lexicon *lex)
{
	struct tui t;
	struct ws_error err;
	const char *bench = getenv("WHOSAID_TUI_BENCH");
	int status = 0, rc;

	tui_bench_mark();
	rc = tui_init(&t, art, opt, &err);
	t.stream = stream;
	t.owns_art = stream != NULL;
	if (rc < 0) {
		fprintf(stderr, "whosaid: %s\n", err.msg);
		tui_free(&t);
		return 1;
	}
	t.utf8 = utf8_locale();
	if (dumb_terminal()) {
		status = print_as_text(&t, opt, lex);
		tui_free(&t);
		return status;
	}
	if (tui_term_start(&t, &err) < 0) {
		fprintf(stderr, "whosaid: %s\n", err.msg);
		tui_free(&t);
		return 1;
	}
	/* Out of memory: the terminal comes back before the message. */
	ws_set_oom_hook(on_oom);
	t.depth = tui_color_depth();
	t.analysing = art->an == NULL && t.stream == NULL;
	t.panel_wanted = 1;
	t.hint = 1;
	tui_analysed(&t, opt);
	tui_geometry(&t);
	tui_pane_top(&t);
	/* The article first, as it is; then its claims, once analysed. */
	tui_draw(&t);
	tui_bench_first();
	if (t.analysing) {
		if (tui_analysis_start(art, lex, &err) < 0)
			goto fail;
		wtimeout(stdscr, ANALYSIS_POLL_MS);
	} else if (t.stream != NULL) {
		wtimeout(stdscr, READ_POLL_MS);
	} else {
		tui_bench_analysed();
	}
	if (bench != NULL && bench[0] != '\0' && t.stream == NULL) {
		/* The benchmark measures keys on the analysed article. */
		while (t.analysing && tui_analysis_running())
			napms(1);
		if (t.analysing && analysis_ended(&t, opt, &err) < 0)
			goto fail;
		tui_bench_run(&t, bench);
	}
	for (int dirty = 1; !t.quit && tui_term_signal() == 0;) {
		int k;

		if (t.stream != NULL && (rc = stream_step(&t, opt, lex, &err)) != 0) {
			if (rc < 0)
				goto fail;
			dirty = 1;
		}
		if (t.analysing && !tui_analysis_running()) {
			if (analysis_ended(&t, opt, &err) < 0)
				goto fail;
			dirty = 1;
		}
		if (tui_term_resized()) {
			tui_resized(&t);
			dirty = 1;
		}
		if (dirty)
			tui_draw(&t);
		k = wgetch(stdscr);
		if (tui_term_signal() != 0)
			break;
		dirty = k != ERR;
		/* A key acts on the screen as it is now, even if curses has not said so yet. */
		if (k != ERR && k != KEY_RESIZE && tui_term_resized())
			tui_resized(&t);
		/* The claims come once the input has: a pipe may go on for long. */
		if (k != ERR && t.stream != NULL && needs_claims(k)) {
			tui_message(&t, "claims once the input ends");
			continue;
		}
		if (k != ERR && t.analysing && needs_claims(k) &&
		    await_analysis(&t, opt, &err) < 0)
			goto fail;
		if (k != ERR && !t.quit && tui_term_signal() == 0)
			on_key(&t, k);
	}
	leave(&t, tui_term_signal(), status, NULL);
	tui_free(&t);
	return status;
fail:
	leave(&t, 0, 1, err.msg);
	tui_free(&t);
	return 1;
}

int
tui_run(struct ws_article *art, const struct options *opt, const struct ws_lexicon *lex)
{
	return run(art, NULL, opt, lex);
}

int
tui_run_stdin(const struct options *opt, const struct ws_lexicon *lex)
{
	unsigned flags = opt->force ? WS_LOAD_FORCE : 0;
	const char *bench = getenv("WHOSAID_TUI_BENCH");
	struct tui_stream *stream;
	struct ws_article *art;
	struct ws_error err;
	int status;

	/* A dumb terminal gets the article printed whole, and the benchmark times a whole one. */
	if (dumb_terminal() || (bench != NULL && bench[0] != '\0')) {
		if (ws_article_open_blocks("-", opt->format, flags, &art, &err) < 0) {
			fprintf(stderr, "whosaid: %s\n", err.msg);
			return 1;
		}
		status = tui_run(art, opt, lex);
		ws_article_free(art);
		return status;
	}
	stream = tui_stream_new(STDIN_FILENO);
	if (ws_article_from_bytes("-", NULL, 0, opt->format, flags, &art, &err) < 0) {
		tui_stream_free(stream);
		fprintf(stderr, "whosaid: %s\n", err.msg);
		return 1;
	}
	return run(art, stream, opt, lex);
}
