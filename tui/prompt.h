/* Questions on the status line: a one-line editor (UTF-8 aware; Left,
 * Right, Home, End, Backspace, Delete, ^A ^E ^U ^K ^W; Enter accepts, Escape
 * cancels) and a y/n confirmation. Both keep the screen right on resize. */
#ifndef GAVEL_TUI_PROMPT_H
#define GAVEL_TUI_PROMPT_H

#include <stdbool.h>
#include <stddef.h>

struct tui;

/* Read a line after label, starting from initial (may be NULL). True with
 * *out (caller frees) on Enter, false on Escape. */
bool tui_prompt(struct tui *t, const char *label, const char *initial, char **out);

/* Lines typed before, oldest first (tui/recall.h keeps them in a file). */
struct tui_recall {
	char **lines;
	size_t n;
};

/* A prompt with more to it. complete(arg, before, word, &cands): the words
 * that may replace word (what is typed of the word before the cursor; before
 * is the line up to it), into *cands (caller frees each and the array);
 * their count. Tab puts in what they share, then each in turn. history: Up
 * and Down go through it. note: a line above the prompt (a refusal),
 * wrapped, never cut. */
struct tui_prompt_opts {
	const char *label, *initial, *note;
	size_t (*complete)(void *arg, const char *before, const char *word, char ***cands);
	void *arg;
	struct tui_recall *history;
};
bool tui_prompt_with(struct tui *t, const struct tui_prompt_opts *o, char **out);

/* Choose one of n names (not free text): typing narrows them to the names
 * with a word that starts with what is typed (any case, accents aside);
 * Tab, Right or Down go to the next of those, Left or Up to the one before;
 * Enter picks the one shown first. first: the name proposed (-1: none).
 * note as for tui_prompt_with. True with *out its index; false on Escape. */
bool tui_pick(struct tui *t, const char *label, const char *const *names, size_t n, int first,
	      const char *note, size_t *out);

/* Draw note on the rows above the status line, wrapped, in the error's look
 * (nothing for NULL or ""). */
void tui_prompt_note(const char *note);

/* The same, drawn in place of the selected row of the view on top (its
 * edit_at), or on the status line when the view has none. */
bool tui_prompt_in_place(struct tui *t, const char *label, const char *initial, char **out);

/* Ask question; true only for 'y'. */
bool tui_confirm(struct tui *t, const char *question);

struct gv_err;

/* After a refusal (rc) that only --force would lift (its message ends with
 * GV_FORCE_HINT, base/err.h), whether the user says to go ahead: the
 * refusal's own words, then ask ("Go ahead?"), are the question. Any other
 * rc: false at once, err untouched. On no, "Nothing changed" is said and
 * err's message emptied. */
bool tui_go_ahead(struct tui *t, int rc, struct gv_err *err, const char *ask);

#endif
