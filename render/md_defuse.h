/* Markdown bombs defused: nesting and unmatched openers that would make
 * discount recurse too deep or rescan a paragraph without end are escaped
 * beyond a budget, so they render as the characters they are. */
#ifndef GAVEL_PUBLISH_MD_DEFUSE_H
#define GAVEL_PUBLISH_MD_DEFUSE_H

#include <stddef.h>

/* md (n bytes) with what goes beyond the budgets backslash-escaped; text
 * within them comes back unchanged. Caller frees; *out_len is its length. */
char *gv_md_defuse(const char *md, size_t n, size_t *out_len);

#endif
