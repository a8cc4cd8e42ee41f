/* Tab at the ':' prompt: the words that may come next, from the one
 * command table (cmd/table.c: command names, verbs and --flags) and from
 * the meeting open in the UI (its item numbers, the members on its day),
 * with the meetings' slugs where a meeting goes. */
#ifndef GAVEL_TUI_COMPLETE_H
#define GAVEL_TUI_COMPLETE_H

#include <stddef.h>

/* A completer for tui_prompt_with (tui/prompt.h); arg is the struct tui. */
size_t tui_complete_command(void *arg, const char *before, const char *word, char ***cands);

/* A completer of file paths (the files and folders that start with what
 * is typed; a folder ends in '/'); arg unused. */
size_t tui_complete_path(void *arg, const char *before, const char *word, char ***cands);

#endif
