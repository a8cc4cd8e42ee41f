/* Agenda templates: the sections a new meeting starts with. */
#ifndef GAVEL_TEMPLATE_H
#define GAVEL_TEMPLATE_H

#include <stddef.h>

/* The section titles of a template, NULL-terminated, or NULL if unknown.
 * "ontario-regular" (the usual fifteen sections) and "blank" exist. */
const char *const *gv_template_sections(const char *name);

/* "ontario-regular, blank" for messages and help. */
const char *gv_template_names(void);

#endif
