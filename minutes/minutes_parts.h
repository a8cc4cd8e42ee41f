/* Shared by the files that write the minutes (minutes_md.c, minutes_motion.c):
 * small lookups and the one way text reaches the page. Not for other users. */
#ifndef GAVEL_MINUTES_PARTS_H
#define GAVEL_MINUTES_PARTS_H

#include <stdbool.h>
#include <stdint.h>

#include "minutes/minutes.h"

struct gv_buf;

/* What one rendering needs: the minutes and whether they are public. */
struct gv_page_ctx {
	const struct gv_minutes *m;
	bool public;
};

/* User text: [redact] spans become [redacted] in public. */
void mp_text(struct gv_buf *out, const struct gv_page_ctx *p, const char *s);
/* A member's name by id ("?" when unknown). */
const char *mp_name(const struct gv_minutes *m, int64_t id);
/* "7:05 p.m." */
void mp_clock(struct gv_buf *out, int64_t t);
/* "8.2 Lease renewal" of an item id. */
void mp_item_ref(struct gv_buf *out, const struct gv_page_ctx *p, int64_t item_id);

/* A main motion with its amendments, result, consent items and recorded
 * vote. */
void mp_motion(struct gv_buf *out, const struct gv_page_ctx *p, const struct gv_motion *main);

#endif
