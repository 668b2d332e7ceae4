/*
 * tui_keys: which key does what, and the help that lists them.  One
 * table, so that the help overlay cannot forget a key.
 */
#include "config.h"

#include "tui_int.h"

#define CTRL(c) ((c) & 0x1f)
#define KEY_ESC 27
#define KEY_TAB '\t'

static const struct {
	int key;
	enum tui_action action;
} bindings[] = {
	{ 'j', TUI_LINE_DOWN }, { KEY_DOWN, TUI_LINE_DOWN }, { CTRL('n'), TUI_LINE_DOWN },
	{ '\r', TUI_LINE_DOWN }, { KEY_ENTER, TUI_LINE_DOWN }, { CTRL('e'), TUI_LINE_DOWN },
	{ 'k', TUI_LINE_UP }, { KEY_UP, TUI_LINE_UP }, { CTRL('p'), TUI_LINE_UP },
	{ CTRL('y'), TUI_LINE_UP },
	{ ' ', TUI_PAGE_DOWN }, { KEY_NPAGE, TUI_PAGE_DOWN }, { 'f', TUI_PAGE_DOWN },
	{ CTRL('f'), TUI_PAGE_DOWN },
	{ 'b', TUI_PAGE_UP }, { KEY_PPAGE, TUI_PAGE_UP }, { CTRL('b'), TUI_PAGE_UP },
	{ 'd', TUI_HALF_DOWN }, { CTRL('d'), TUI_HALF_DOWN },
	{ 'u', TUI_UNATTRIBUTED }, { CTRL('u'), TUI_HALF_UP },
	{ 'g', TUI_TOP }, { KEY_HOME, TUI_TOP }, { '<', TUI_TOP },
	{ 'G', TUI_BOTTOM }, { KEY_END, TUI_BOTTOM }, { '>', TUI_BOTTOM },
	{ KEY_TAB, TUI_NEXT_CLAIM }, { ']', TUI_NEXT_CLAIM },
	{ KEY_BTAB, TUI_PREV_CLAIM }, { '[', TUI_PREV_CLAIM },
	{ '}', TUI_NEXT_QUOTE }, { '{', TUI_PREV_QUOTE },
	{ '/', TUI_SEARCH }, { 'n', TUI_SEARCH_NEXT }, { 'N', TUI_SEARCH_PREV },
	{ 's', TUI_PANEL },
	{ 'e', TUI_EXPORT },
	{ 'y', TUI_COPY }, { 'm', TUI_MOUSE },
	{ '?', TUI_HELP }, { 'h', TUI_HELP }, { KEY_F(1), TUI_HELP },
	{ KEY_ESC, TUI_CLEAR },
	{ CTRL('l'), TUI_REDRAW },
	{ 'q', TUI_QUIT }, { 'Q', TUI_QUIT },
};

/*
 * The reader's documentation of itself.  `u` is the fact-checker view;
 * half a page up is Ctrl-U (as in less, whose `u` the view takes).
 */
const char *const tui_help_lines[][2] = {
	{ "j k  Down Up", "scroll a line" },
	{ "Space b  PgDn PgUp", "scroll a page" },
	{ "d  Ctrl-U", "scroll half a page down, up" },
	{ "g G  Home End", "go to the start, the end" },
	{ "Tab Shift-Tab  ] [", "next, previous claim (from the screen; wraps)" },
	{ "} {", "next, previous direct quotation" },
	{ "5j  3]", "a count repeats a move; Esc cancels it" },
	{ "/", "search (any case; ' \" find curly quotes)" },
	{ "  Up Down", "  at the prompt: earlier searches" },
	{ "n N", "next, previous match" },
	{ "s", "speakers and outlets panel" },
	{ "  Up Down  Enter", "  in the panel: choose, show only its claims" },
	{ "Esc", "clear the filter, the search, the selection" },
	{ "u", "fact-checker view: unattributed assertions, counted; Tab Shift-Tab go through them" },
	{ "e", "export the view" },
	{ "y", "copy the selected claim and its credit (the clipboard; --copy)" },
	{ "m", "mouse off, on: off, the terminal's own drag selects text" },
	{ "Ctrl-L", "redraw the screen" },
	{ "? h  F1", "this help (j k Space b g G scroll it)" },
	{ "q", "quit" },
	{ "mouse", "wheel scrolls, a click selects a claim (m turns it off)" },
	/* What the marks on the text mean (the default themes; without colour, outlets are told apart by underline, dim and italics). */
	{ "colour", "who reported a claim: an outlet, a person alone, no one named (s: the legend)" },
	{ "italics", "a claim credited to no one named (in its own colour)" },
	{ "bold italics", "a direct quotation: the words as spoken" },
	{ "underline", "the reporting words: said, according to" },
	{ "bold underline", "the words that credit it: the person, the outlet" },
	{ "reverse", "the selected claim" },
	{ NULL, NULL },
};

enum tui_action
tui_key_action(int key)
{
	for (size_t i = 0; i < sizeof bindings / sizeof bindings[0]; i++)
		if (bindings[i].key == key)
			return bindings[i].action;
	return TUI_NONE;
}
