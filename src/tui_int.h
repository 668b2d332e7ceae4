/*
 * The reader's own declarations, shared by its files (tui_*.c) and by
 * nothing else.  One struct tui holds the state of the screen; each file
 * draws one part of it (pane, panel, status line, help) or handles one
 * concern (terminal, colours, keys, search, navigation).
 */
#ifndef WHOSAID_TUI_INT_H
#define WHOSAID_TUI_INT_H

#include <curses.h>
#include <stddef.h>
#include <stdint.h>

#include "whosaid/article.h"
#include "whosaid/layout.h"
#include "whosaid/style.h"
#include "whosaid/theme.h"
#include "options.h"

/* Queries the search prompt remembers. */
#define TUI_HISTORY 32

/* Smallest terminal the reader draws in; below this it shows a message. */
#define TUI_MIN_COLS 20
#define TUI_MIN_ROWS 5
/* The side panel: its width, and the terminal width from which it docks beside the pane. */
#define TUI_PANEL_COLS 34
#define TUI_PANEL_DOCK_COLS 100
/* The reading column when --width is not given. */
#define TUI_DEFAULT_WIDTH 80

/* A row of the article: row 0 of a block after the first is the blank line before it. */
struct tui_pos {
	size_t block;
	size_t row;
};

/*
 * One block laid out at the current width, with its styles, kept until the
 * view or the width change.
 */
struct tui_block_cache {
	struct ws_layout *lay;	/* owned; NULL until laid out */
	unsigned gen;		/* tui.gen when laid out */
};

/* What an entry of the side panel stands for. */
enum tui_item_kind {
	TUI_ITEM_SPEAKER,	/* a person credited with claims */
	TUI_ITEM_NAMED,		/* a person named, credited with nothing */
	TUI_ITEM_OUTLET,
	TUI_ITEM_NO_OUTLET,	/* the claims of a person and no outlet */
	TUI_ITEM_NO_ONE,	/* the claims of no one named */
};

/* An entry of the side panel. */
#define TUI_BAR_CELLS 8		/* the bar of the speaker with the most claims */
struct tui_panel_item {
	enum tui_item_kind kind;
	size_t index;			/* into an->people or an->outlets; WS_NONE for the last two kinds */
	size_t nclaims;
	unsigned percent;		/* outlets and the last two kinds: share of the claims */
	size_t bar[TUI_BAR_CELLS];	/* a speaker's outlets, cell by cell (WS_NONE: none) */
	int nbar;
};

enum tui_focus {
	TUI_FOCUS_PANE,
	TUI_FOCUS_PANEL,
};

struct tui {
	struct ws_article *art;		/* borrowed, or owned when owns_art */
	int owns_art;			/* built here from standard input */
	const struct ws_doc *doc;	/* art's: blocks only, then whole once analysed */
	const struct ws_analysis *an;	/* art's; an empty one until analysed */
	const struct ws_text *text;
	const char *name;		/* shown in the status line */

	struct ws_theme *theme;		/* owned */
	struct ws_scheme *scheme;	/* owned */
	int depth;			/* WS_DEPTH_* of the terminal */
	int utf8;			/* the locale draws UTF-8 */

	/* What is shown: filter, search, fact-checker view, and the selected claim. */
	struct ws_view view;		/* view.selected stays WS_NONE: drawn, not styled */
	size_t selected;		/* claim, or WS_NONE */
	struct ws_block_claims block_claims;	/* the claims touching each block (owned) */
	size_t *in_view;		/* the claims the filter lets through, in order (owned) */
	size_t nin_view;

	/* Layout, cached per block; gen changes when styles or width do. */
	int opt_width;			/* --width, 0 when not given */
	int width;			/* the reading column */
	unsigned gen;
	struct tui_block_cache *cache;	/* one per block (owned) */

	/* Geometry of the screen, from tui_geometry(). */
	int rows, cols;
	int pane_x, pane_w;		/* the article pane, minimap included */
	int col_x;			/* where the reading column starts */
	int panel_x, panel_w;		/* 0 wide when the panel is not shown */
	int panel_docked;
	int too_small;

	struct tui_pos top;		/* first row on screen */

	/*
	 * Side panel.  Docked, it is shown as the user last wanted (at first:
	 * shown); as an overlay, only while it has the focus.
	 */
	int panel_wanted;
	int panel_shown;		/* from tui_geometry() */
	enum tui_focus focus;
	struct tui_panel_item *items;	/* owned */
	size_t nitems;
	int panel_need;			/* columns the panel's longest line needs */
	size_t nlegend;			/* items of the legend (outlets, no outlet, no one) */
	int legend_shown;		/* the one-line legend above the status line (tui_geometry) */
	int hint;			/* the status line hints at s and ? until the first key */
	size_t own_voice;		/* sentences in the publisher's own voice */
	size_t cursor;
	size_t panel_first;		/* first item shown (scrolling) */

	/* Search, and the queries of this session, oldest first (Up and Down recall them). */
	char query[256];
	char history[TUI_HISTORY][256];
	size_t nhistory;
	struct ws_span *matches;	/* owned, sorted */
	size_t nmatches;
	size_t match;			/* the match last shown, or WS_NONE */

	long count;			/* count prefix typed so far (5j), 0 when none */
	int help_shown;
	int help_top;			/* first row of the help's list shown */
	char message[256];		/* shown once in the status line */
	struct tui_stream *stream;	/* standard input still arriving (owned), or NULL */
	/* The fact-checker view's unattributed sentences, in order (owned), and the one Tab went to. */
	size_t *unattr;
	size_t nunattr, unattr_at;
	int analysing;			/* the analysis runs in the background */
	/* y: where it copies; with --copy=stdout, the lines kept for the end (owned). */
	enum copy_target copy_to;
	char *copied;
	size_t copied_len, copied_cap;
	int mouse_off;			/* m: mouse reporting off, the terminal selects text */
	int quit;
};

/* tui_term.c: the terminal. */
int tui_term_start(struct tui *t, struct ws_error *err);	/* curses up, stderr held, signals set */
void tui_term_stop(void);				/* restore the terminal, print what stderr held */
int tui_term_resized(void);				/* curses missed a resize: now caught up */
int tui_term_signal(void);				/* the terminating signal caught, or 0 */
void tui_term_mouse(int on);				/* mouse reporting on or off */
void tui_term_die_by_signal(int sig);			/* after tui_term_stop: re-raise */

/* tui_color.c: looks turned into curses attributes and colour pairs. */
int tui_color_depth(void);				/* WS_DEPTH_* of the terminal, after start */
void tui_color_set(WINDOW *w, struct ws_look look);	/* set the window's attributes */
void tui_color_style(struct tui *t, WINDOW *w, uint32_t style);	/* the look of a style */
void tui_color_element(struct tui *t, WINDOW *w, enum ws_element el);

/* tui_pane.c: the article pane. */
void tui_pane_invalidate(struct tui *t);		/* styles or width changed */
const struct ws_layout *tui_pane_block(struct tui *t, size_t block);	/* laid out, cached */
size_t tui_pane_block_rows(struct tui *t, size_t block);
int tui_pane_scroll(struct tui *t, long rows);		/* 0 when it could not move */
void tui_pane_top(struct tui *t);
void tui_pane_bottom(struct tui *t);
size_t tui_pane_top_offset(struct tui *t);		/* byte offset of the first text shown */
size_t tui_pane_bottom_offset(struct tui *t);		/* byte offset after the last text shown */
int tui_pane_at_end(struct tui *t);			/* the last row is on screen */
struct tui_pos tui_pane_pos_of(struct tui *t, size_t off);	/* the row showing byte off */
void tui_pane_show(struct tui *t, size_t start, size_t end);	/* scroll a range into view */
uint32_t tui_pane_style_at(struct tui *t, int y, int x);	/* the style under a cell, or 0 */
void tui_pane_draw(struct tui *t);
void tui_minimap_draw(struct tui *t);

/* tui_nav.c: claims and quotations, one after the other. */
void tui_nav_claim(struct tui *t, int dir, int direct_only);
void tui_nav_select(struct tui *t, size_t claim);
int tui_nav_on_screen(struct tui *t, size_t claim);	/* its words show in the view */
size_t tui_nav_count(const struct tui *t, size_t *index);	/* claims in view, rank of selected */
void tui_nav_unattributed(struct tui *t, int dir);	/* Tab in the fact-checker view */

/* tui_panel.c: the speakers and outlets. */
void tui_panel_build(struct tui *t);
void tui_panel_draw(struct tui *t);
int tui_panel_key(struct tui *t, int key);		/* 1 when the panel used the key */
void tui_panel_click(struct tui *t, int y);
void tui_panel_apply(struct tui *t);			/* filter by the item under the cursor */
void tui_legend_draw(struct tui *t);			/* the one-line legend, when shown */

/* tui_status.c: the status line, and text drawn safely (placeholders, cut at maxcols). */
int tui_put_text(WINDOW *w, const char *s, size_t len, int maxcols);	/* columns drawn */
int tui_put_str(WINDOW *w, const char *s, int maxcols);
int tui_put_cut(WINDOW *w, const char *s, int maxcols);	/* cut with an ellipsis; columns drawn */
void tui_status_draw(struct tui *t);
void tui_message(struct tui *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Read a line of input on the status line; 0 when confirmed, -1 when cancelled. */
int tui_status_prompt(struct tui *t, const char *prompt, char *buf, size_t size);
/* The same, Up and Down recalling the first nhist of t->history. */
int tui_status_prompt_recall(struct tui *t, const char *prompt, char *buf, size_t size, size_t nhist);

/* tui_help.c: the help overlay. */
void tui_help_draw(struct tui *t);
/* A key while the help is up: 1 when it scrolled the help, 0 when the key closes it. */
int tui_help_key(struct tui *t, int k);

/* tui_search.c: search. */
void tui_search_start(struct tui *t);
void tui_search_next(struct tui *t, int dir);

/* tui_export.c: the e key: export the view to a file, asking for format and name. */
void tui_export(struct tui *t);

/* tui_copy.c: the y key: the selected claim and its credit to the clipboard, a file or stdout. */
void tui_copy(struct tui *t);
void tui_copy_print(struct tui *t);			/* --copy=stdout: print what y kept */

/* tui_keys.c: the key table. */
enum tui_action {
	TUI_NONE,
	TUI_LINE_DOWN, TUI_LINE_UP, TUI_PAGE_DOWN, TUI_PAGE_UP, TUI_HALF_DOWN, TUI_HALF_UP,
	TUI_TOP, TUI_BOTTOM,
	TUI_NEXT_CLAIM, TUI_PREV_CLAIM, TUI_NEXT_QUOTE, TUI_PREV_QUOTE,
	TUI_SEARCH, TUI_SEARCH_NEXT, TUI_SEARCH_PREV,
	TUI_PANEL, TUI_UNATTRIBUTED, TUI_EXPORT, TUI_COPY, TUI_MOUSE, TUI_HELP, TUI_CLEAR, TUI_REDRAW, TUI_QUIT,
};
enum tui_action tui_key_action(int key);
/* The lines of the help overlay: keys and what they do (static, NULL-terminated). */
extern const char *const tui_help_lines[][2];

/* tui.c */
void tui_restyle(struct tui *t);				/* rebuild styles after the view changed */
void tui_geometry(struct tui *t);			/* recompute after a resize */
void tui_resized(struct tui *t);			/* a resize: geometry, and a full repaint */
void tui_draw(struct tui *t);				/* the whole screen */
int tui_act(struct tui *t, enum tui_action act);	/* do what a key asks */

/*
 * tui_stream.c: standard input read as it arrives.  tui_stream_pull()
 * reads what is ready without waiting (1 when something happened: bytes,
 * or the end); tui_stream_due() says when the article should be built
 * again from all of it, which tui_stream_build() does (the caller frees
 * *out with ws_article_free()); once tui_stream_ended(), that build is
 * the last, and its error the input's.
 */
struct tui_stream *tui_stream_new(int fd);
void tui_stream_free(struct tui_stream *s);
int tui_stream_pull(struct tui_stream *s);
int tui_stream_due(const struct tui_stream *s);
int tui_stream_ended(const struct tui_stream *s);
size_t tui_stream_bytes(const struct tui_stream *s);	/* read so far */
int tui_stream_build(struct tui_stream *s, enum ws_format format, unsigned load_flags,
		     struct ws_article **out, struct ws_error *err);

/* tui_bench.c */
void tui_bench_mark(void);				/* the reader starts: note the time */
void tui_bench_first(void);				/* the first screen is drawn */
void tui_bench_analysed(void);				/* the claims are drawn */
void tui_bench_run(struct tui *t, const char *out);	/* time redraws, write figures */

/*
 * tui_analysis.c: the analysis on a thread of its own, so that keys act
 * while it runs.  One at a time.  tui_analysis_start() starts it on art
 * (which it reads until it ends: the caller keeps art alive and only
 * reads it meanwhile); tui_analysis_running() says whether it still
 * runs; tui_analysis_finish() joins an analysis that has ended and hands
 * over its result (the caller's to adopt or free) or its error.
 * tui_analysis_abandon() asks it to stop and waits at most wait_ms for
 * it: 1 when it has ended (or none ran), 0 when it still runs (then art
 * must not be freed).
 */
int tui_analysis_start(const struct ws_article *art, const struct ws_lexicon *lex,
		       struct ws_error *err);
int tui_analysis_running(void);
/*
 * Called first when memory runs out: on the analysis's thread it ends
 * that thread with the error "out of memory" (the reader then reports
 * it); on any other thread it returns.
 */
void tui_analysis_oom(void);
int tui_analysis_finish(struct ws_doc **doc, struct ws_analysis **an, struct ws_error *err);
int tui_analysis_abandon(unsigned wait_ms);

#endif
