/*
 * signals: the signals that end whosaid, caught so that it cleans up
 * first (the terminal given back, a half-written export removed) and then
 * dies by the same signal, as whoever started it expects.
 */
#ifndef WHOSAID_SIGNALS_H
#define WHOSAID_SIGNALS_H

/*
 * Catch every signal whose default action ends the process (INT, TERM,
 * HUP, QUIT, PIPE, ALRM, USR1, USR2, the timers and limits, and the
 * faults SEGV, BUS, FPE, ILL, ABRT, TRAP, SYS) with `handler`, without
 * SA_RESTART, so that a wait for a key or for input is interrupted.  A
 * handler of a fault must not return to the faulting code: it cleans up
 * and calls signals_die().
 */
void signals_catch(void (*handler)(int));

/* Whether sig is a fault (SEGV, BUS, FPE, ILL, ABRT, TRAP, SYS). */
int signals_is_fault(int sig);

/* Die by sig: its default action restored, then raised.  Async-signal-safe. */
void signals_die(int sig);

#endif
