/*
 * tui_term: the terminal, taken and given back.
 *
 * The keyboard is read from /dev/tty, so that an article can come on
 * standard input, as less does.  While curses owns the screen, standard
 * error goes to a temporary file, so that a warning cannot scribble over
 * the display; it is printed when the screen is given back (htop does the
 * same).  A signal that ends the process (SIGINT, SIGTERM, SIGHUP,
 * Ctrl-\'s SIGQUIT, SIGPIPE, SIGALRM, SIGUSR1: signals.h) only sets a
 * flag: the main loop sees it, gives the terminal back and then dies by
 * the signal.  A fault (SIGSEGV, SIGABRT) cannot wait for the loop: its
 * handler writes the sequences that leave the screen, computed when the
 * screen was taken, and puts back the terminal's settings, both
 * async-signal-safe, and dies.  Ctrl-Z and
 * resizes are left to curses, which stops and resumes cleanly and reports
 * a resize as KEY_RESIZE.  Curses can miss the last of a quick run of
 * resizes (it reads the size once for several signals), so the loop also
 * compares the terminal's size with the screen's, and wakes every half
 * second to do so.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "whosaid/atomic.h"
#include "signals.h"
#include "tui_int.h"

static volatile sig_atomic_t caught_signal;
static SCREEN *screen;
static FILE *tty_in;
static FILE *held_stderr;	/* where stderr goes while the screen is up */
static int saved_stderr = -1;	/* the real stderr */

/* For a fault: the terminal's settings before curses, and how to leave the screen. */
static struct termios saved_termios;
static int have_termios;
static char leave_screen[256];
static size_t leave_screen_len;

static void
on_signal(int sig)
{
	if (!signals_is_fault(sig)) {
		caught_signal = sig;
		return;
	}
	if (leave_screen_len > 0)
		(void)!write(STDOUT_FILENO, leave_screen, leave_screen_len);
	if (have_termios)
		tcsetattr(STDOUT_FILENO, TCSANOW, &saved_termios);
	if (saved_stderr >= 0)
		dup2(saved_stderr, STDERR_FILENO);
	ws_atomic_remove_pending();
	signals_die(sig);
}

/* Append the terminal's capability `name` (when it has it) to leave_screen. */
static void
add_leave(const char *name)
{
	const char *cap = tigetstr(name);
	size_t n;

	if (cap == NULL || cap == (char *)-1)
		return;
	n = strlen(cap);
	if (n < sizeof leave_screen - leave_screen_len) {
		memcpy(leave_screen + leave_screen_len, cap, n);
		leave_screen_len += n;
	}
}

/* What endwin() would write, for a handler that cannot call it. */
static void
prepare_leave(void)
{
	static const char *const caps[] = { "sgr0", "rmkx", "cnorm", "rmcup" };

	leave_screen_len = 0;
	/* The mouse reporting curses turned on (xterm's modes). */
	if (tigetstr("kmous") != NULL && tigetstr("kmous") != (char *)-1) {
		static const char mouse_off[] = "\033[?1000l\033[?1006l";

		memcpy(leave_screen, mouse_off, sizeof mouse_off - 1);
		leave_screen_len = sizeof mouse_off - 1;
	}
	for (size_t i = 0; i < sizeof caps / sizeof caps[0]; i++)
		add_leave(caps[i]);
}

int
tui_term_signal(void)
{
	return caught_signal;
}

static void
hold_stderr(void)
{
	fflush(stderr);
	if ((held_stderr = tmpfile()) == NULL)
		return;
	if ((saved_stderr = dup(STDERR_FILENO)) < 0 ||
	    dup2(fileno(held_stderr), STDERR_FILENO) < 0) {
		if (saved_stderr >= 0)
			close(saved_stderr);
		saved_stderr = -1;
		fclose(held_stderr);
		held_stderr = NULL;
	}
}

static void
release_stderr(void)
{
	char buf[4096];
	size_t n;

	if (held_stderr == NULL)
		return;
	fflush(stderr);
	dup2(saved_stderr, STDERR_FILENO);
	close(saved_stderr);
	saved_stderr = -1;
	rewind(held_stderr);
	while ((n = fread(buf, 1, sizeof buf, held_stderr)) > 0)
		fwrite(buf, 1, n, stderr);
	fclose(held_stderr);
	held_stderr = NULL;
	fflush(stderr);
}

int
tui_term_start(struct tui *t, struct ws_error *err)
{
	const char *term = getenv("TERM");
	const char *no_color = getenv("NO_COLOR");

	if ((tty_in = fopen("/dev/tty", "r")) == NULL)
		return ws_error_set(err, "cannot open the terminal (/dev/tty): %s", strerror(errno));
	fcntl(fileno(tty_in), F_SETFD, FD_CLOEXEC);
	have_termios = tcgetattr(STDOUT_FILENO, &saved_termios) == 0;
	if ((screen = newterm(NULL, stdout, tty_in)) == NULL) {
		fclose(tty_in);
		tty_in = NULL;
		return ws_error_set(err, "cannot use the terminal '%s'", term ? term : "");
	}
	set_term(screen);
	hold_stderr();
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	wtimeout(stdscr, 500);
	tui_term_mouse(1);
	mouseinterval(0);
	/* NO_COLOR (https://no-color.org/): set and not empty. */
	if (has_colors() && (no_color == NULL || no_color[0] == '\0')) {
		start_color();
		use_default_colors();
	}
	prepare_leave();
	/* Signals that end the reader interrupt the wait for a key, so the loop sees them at once. */
	signals_catch(on_signal);
	(void)t;
	return 0;
}

/*
 * Off, curses asks the terminal to stop reporting the mouse, and the
 * terminal's own drag-to-select works again.
 */
void
tui_term_mouse(int on)
{
	mousemask(on ? BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED : 0,
		  NULL);
}

int
tui_term_resized(void)
{
	struct winsize ws;

	if (tty_in == NULL || ioctl(fileno(tty_in), TIOCGWINSZ, &ws) < 0 || ws.ws_row == 0 ||
	    ws.ws_col == 0 || (ws.ws_row == LINES && ws.ws_col == COLS))
		return 0;
	resize_term(ws.ws_row, ws.ws_col);
	return 1;
}

void
tui_term_stop(void)
{
	if (screen == NULL)
		return;
	endwin();
	delscreen(screen);
	screen = NULL;
	fclose(tty_in);
	tty_in = NULL;
	release_stderr();
}

void
tui_term_die_by_signal(int sig)
{
	signals_die(sig);
}
