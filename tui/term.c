#include "tui/term.h"

#include "tui/draw.h"

#include "base/err.h"

#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static SCREEN *screen;
static volatile sig_atomic_t stop_signal;

static const int stop_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
#define N_STOP (sizeof stop_signals / sizeof *stop_signals)
static struct sigaction saved[N_STOP];

/* Only a flag: endwin is not async-signal-safe. Without SA_RESTART the key
 * read returns at once, and the main loop restores the terminal. */
static void on_stop_signal(int sig)
{
	stop_signal = sig;
}

/* A crash cannot wait for the main loop. Its handler may only call
 * async-signal-safe functions, so what it needs is ready beforehand: the
 * terminal modes from before curses, and the bytes that leave the
 * alternate screen, show the cursor and reset the keypad and attributes. */
static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
#define N_CRASH (sizeof crash_signals / sizeof *crash_signals)
static struct sigaction saved_crash[N_CRASH];
static struct termios cooked;
static bool have_cooked;
static char reset_seq[256];
static size_t reset_len;

static void on_crash(int sig)
{
	if (reset_len && write(STDOUT_FILENO, reset_seq, reset_len) < 0)
		reset_len = 0;
	if (have_cooked)
		tcsetattr(STDIN_FILENO, TCSADRAIN, &cooked);
	raise(sig); /* SA_RESETHAND: now with the default action */
}

static void add_reset(const char *capname)
{
	const char *cap = tigetstr(capname);
	if (!cap || cap == (char *)-1)
		return;
	size_t n = strlen(cap);
	if (reset_len + n <= sizeof reset_seq) {
		memcpy(reset_seq + reset_len, cap, n);
		reset_len += n;
	}
}

static void crash_handlers_install(void)
{
	reset_len = 0;
	add_reset("sgr0");
	add_reset("rmkx");
	add_reset("cnorm");
	add_reset("rmcup");
	struct sigaction sa = {.sa_handler = on_crash, .sa_flags = SA_RESETHAND};
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < N_CRASH; i++)
		sigaction(crash_signals[i], &sa, &saved_crash[i]);
}

static void at_exit(void)
{
	tui_term_stop();
}

int tui_term_start(struct gv_err *err)
{
	/* Only the character type follows the user's locale: the core formats
	 * dates and numbers itself and must write the same text whether a
	 * command runs from the CLI or from the ':' prompt. */
	setlocale(LC_CTYPE, "");
	stop_signal = 0;
	have_cooked = tcgetattr(STDIN_FILENO, &cooked) == 0;
	for (size_t i = 0; i < N_STOP; i++)
		sigaction(stop_signals[i], NULL, &saved[i]);
	screen = newterm(NULL, stdout, stdin);
	if (!screen) {
		const char *term = getenv("TERM");
		return gv_err_set(err, GV_EREFUSED, "cannot use the terminal (TERM=%s)",
				  term ? term : "unset");
	}
	static bool hooked;
	if (!hooked) {
		atexit(at_exit);
		hooked = true;
	}
	/* After newterm, which installs curses' own SIGINT/SIGTERM handlers. */
	struct sigaction sa = {.sa_handler = on_stop_signal};
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < N_STOP; i++)
		sigaction(stop_signals[i], &sa, NULL);
	crash_handlers_install();
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25); /* Escape closes things; do not wait a second for it */
	timeout(TUI_TICK_MS);
	curs_set(0);
	tui_roles_init();
	return 0;
}

void tui_term_stop(void)
{
	if (!screen)
		return;
	endwin();
	for (size_t i = 0; i < N_STOP; i++)
		sigaction(stop_signals[i], &saved[i], NULL);
	for (size_t i = 0; i < N_CRASH; i++)
		sigaction(crash_signals[i], &saved_crash[i], NULL);
	delscreen(screen);
	screen = NULL;
}

int tui_term_stop_signal(void)
{
	return stop_signal;
}

void tui_term_reraise(void)
{
	int sig = stop_signal;
	if (!sig)
		return;
	signal(sig, SIG_DFL);
	raise(sig);
}

bool tui_term_gone(void)
{
	struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN};
	return poll(&p, 1, 0) == 1 && (p.revents & (POLLHUP | POLLERR | POLLNVAL));
}

void tui_term_suspend(void)
{
	def_prog_mode();
	endwin();
}

void tui_term_resume(void)
{
	reset_prog_mode();
	clearok(curscr, TRUE); /* the editor drew over everything */
	refresh();
}
