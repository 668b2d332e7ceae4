# Helpers for the reader's end-to-end tests (sourced after lib.sh): the
# real program runs in a detached tmux on a private socket, keys are sent
# with send-keys, and the screen is read back with capture-pane.  Nothing
# sleeps for a fixed time: each step polls the screen until what it waits
# for shows up, or gives up after WS_TUI_TIMEOUT seconds (loaded machines
# are slow, not wrong).
command -v tmux >/dev/null 2>&1 || { echo "tmux not found: skipping the reader's tests"; exit 77; }

TUI_RUNS=0
TUI_SOCK="whosaid-$$-$(basename "$0" .sh)-0"
TUI_TIMEOUT=${WS_TUI_TIMEOUT:-20}
trap 'tmux -L "$TUI_SOCK" kill-server >/dev/null 2>&1; rm -rf "$TMPD"' EXIT
if infocmp tmux-256color >/dev/null 2>&1; then TUI_TERM=tmux-256color; else TUI_TERM=screen-256color; fi
printf 'set -g default-terminal "%s"\nset -g escape-time 0\nset -g history-limit 0\n' "$TUI_TERM" >"$TMPD/tmux.conf"

tm() { tmux -L "$TUI_SOCK" -f "$TMPD/tmux.conf" "$@"; }

# start W H COMMAND: a fresh session running COMMAND (a shell command line)
# in a W x H window.  The command runs in a shell that records the
# terminal settings before and after, and the exit status, in $TMPD.
start() {
	w=$1 h=$2; shift 2
	# A new server each time: a client can reach a server that is still
	# exiting and fail ("server exited unexpectedly").
	tm kill-server >/dev/null 2>&1
	TUI_RUNS=$((TUI_RUNS + 1))
	TUI_SOCK="whosaid-$$-$(basename "$0" .sh)-$TUI_RUNS"
	rm -f "$TMPD/stty.before" "$TMPD/stty.after" "$TMPD/status"
	cat >"$TMPD/run.sh" <<EOS
unset NO_COLOR
export XDG_CONFIG_HOME="$TMPD/config"
echo \$\$ >"$TMPD/sh.pid"
stty -g >"$TMPD/stty.before"
$*
echo \$? >"$TMPD/status.tmp"
stty -g >"$TMPD/stty.after"
mv "$TMPD/status.tmp" "$TMPD/status"
echo "-- ended --"
exec sleep 600
EOS
	tm new-session -d -x "$w" -y "$h" -s t "LC_ALL=C.UTF-8 sh '$TMPD/run.sh'"
}

screen() { tm capture-pane -p -t t; }
# screen_changed OLD: the screen is no longer OLD (a condition for wait_until).
screen_changed() { [ "$(screen)" != "$1" ]; }
screen_sgr() { tm capture-pane -pe -t t; }
keys() { tm send-keys -t t "$@"; }
status_line() { screen | tail -n 1; }

# wait_until COMMAND...: until the command succeeds, else print the
# screen and fail.
wait_until() {
	i=0
	while [ "$i" -lt $((TUI_TIMEOUT * 20)) ]; do
		"$@" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	echo "# timed out waiting until: $*"
	screen | sed 's/^/#   |/'
	return 1
}

screen_matches() { screen | grep -Eq -- "$1"; }
screen_lacks() { ! screen | grep -Eq -- "$1"; }
program_ended() { [ -f "$TMPD/status" ]; }

# wait_for PATTERN, wait_gone PATTERN: until the screen matches (grep -E), or no longer does.
wait_for() { wait_until screen_matches "$1"; }
wait_gone() { wait_until screen_lacks "$1"; }

# wait_analysed: until the status line no longer says the analysis runs
# (it says so from the first draw on: wait for the article first).
wait_analysed() { wait_gone "analysing"; }

# wait_ended: until the program has exited and the shell recorded it.
wait_ended() { wait_until program_ended; }

# The terminal is as it was before the program ran.
terminal_restored() {
	cmp -s "$TMPD/stty.before" "$TMPD/stty.after"
}

exit_status_is() {
	[ "$(cat "$TMPD/status")" = "$1" ]
}

# The first line of text in the pane, without the minimap and panel
# (from the first of their glyphs on), trimmed.
first_text_line() {
	screen | sed 's/[▐┆│].*$//; s/^ *//; s/ *$//' | grep -v '^$' | head -n 1
}

# The article's text on screen line N, without the minimap and panel
# (a blank minimap cell leaves trailing blanks: trimmed).
text_line() { screen | sed -n "$1{s/[▐┆│].*\$//;s/ *\$//;p;}"; }
top_line_is() { [ "$(text_line 1)" = "$1" ]; }
top_text_starts_with() { case "$(first_text_line)" in "$1"*) return 0 ;; *) return 1 ;; esac; }

# Assertions on what is on screen (for ok).
status_is() { [ "$(status_line)" = "$1" ]; }
status_has() { status_line | grep -Eq -- "$1"; }
status_lacks() { ! status_has "$1"; }
top_line_has() { screen | head -n 1 | grep -Eq -- "$1"; }
sgr_has() { screen_sgr | grep -Eq -- "$1"; }
sgr_lacks() { ! screen_sgr | grep -Eq -- "$1"; }
status_sgr_has() { screen_sgr | tail -n 1 | grep -Eq -- "$1"; }
ESC=$(printf '\033')

# Send a signal to the program the session runs (the shell's child).
signal_program() {
	kill -"$1" "$(pgrep -n -P "$(cat "$TMPD/sh.pid")")"
}

# contains_first_word OLD NEW: NEW holds the first word of OLD.
contains_first_word() {
	word=${1%% *}
	[ -n "$word" ] && case "$2" in *"$word"*) return 0 ;; *) return 1 ;; esac
}

# line_sgr_has TEXT ERE: the screen line holding TEXT (fixed) has ERE in its escapes.
line_sgr_has() { screen_sgr | grep -F -- "$1" | grep -Eq -- "$2"; }

# Mouse events as an xterm sends them (X10 encoding, which tmux-256color's
# kmous announces), at 0-based column X and row Y.
mouse_event() {
	tm send-keys -t t -H 1b 5b 4d "$(printf '%x' "$1")" "$(printf '%x' $(($2 + 33)))" \
		"$(printf '%x' $(($3 + 33)))"
}
click() { mouse_event 32 "$1" "$2"; mouse_event 35 "$1" "$2"; }
wheel_down() { mouse_event 97 "$1" "$2"; }
wheel_up() { mouse_event 96 "$1" "$2"; }
