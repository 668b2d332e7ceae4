/*
 * signals: one list of the signals that end the process, for the reader
 * (which gives the terminal back) and the exports (which remove their
 * temporary file).
 */
#include "config.h"

#include <signal.h>
#include <string.h>

#include "signals.h"

/* Sent by the terminal or another process: a flag and a clean exit do. */
static const int sent_signals[] = {
	SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGALRM, SIGTERM, SIGUSR1, SIGUSR2,
	SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
#ifdef SIGPOLL
	SIGPOLL,
#endif
#ifdef SIGPWR
	SIGPWR,
#endif
#ifdef SIGSTKFLT
	SIGSTKFLT,
#endif
};

/* Raised by the program's own fault: the handler cannot return. */
static const int fault_signals[] = {
	SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP, SIGSYS,
};

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

void
signals_catch(void (*handler)(int))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < COUNT(sent_signals); i++)
		sigaction(sent_signals[i], &sa, NULL);
	/* A fault's handler ends the process: no other signal may break in. */
	sigfillset(&sa.sa_mask);
	sa.sa_flags = SA_RESETHAND;
	for (size_t i = 0; i < COUNT(fault_signals); i++)
		sigaction(fault_signals[i], &sa, NULL);
}

int
signals_is_fault(int sig)
{
	for (size_t i = 0; i < COUNT(fault_signals); i++)
		if (fault_signals[i] == sig)
			return 1;
	return 0;
}

void
signals_die(int sig)
{
	sigset_t set;

	signal(sig, SIG_DFL);
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
}
