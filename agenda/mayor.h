/* The head of council's decisions under the strong-mayor powers
 * (docs/bylaws.md, "Mayoral decisions"; Municipal Act Part VI.1, O. Reg.
 * 530/22): decisions in writing, vetoes of by-laws within their window, and
 * council's window to override a veto. Only with procedure.strong-mayor
 * = yes. */
#ifndef GAVEL_MAYOR_H
#define GAVEL_MAYOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

/* out = date + days (YYYY-MM-DD); false when date is not one. */
bool gv_date_add(const char *date, int days, char out[11]);

int gv_mayor_decision(struct gv_ws *ws, const char *on, const char *text, int64_t *id,
		      struct gv_err *err);
/* Veto the enacted by-law number on `on`, the notice of intent given on
 * notice (NULL: the same day); refused outside the windows, saying them. */
int gv_mayor_veto(struct gv_ws *ws, const char *number, const char *on, const char *notice,
		  const char *reasons, struct gv_err *err);
/* May council override the veto of bylaw_id on date? (inside the caller's
 * transaction) */
int gv_mayor_override_check(struct gv_ws *ws, int64_t bylaw_id, const char *date,
			    struct gv_err *err);

struct gv_mayor_decision {
	int64_t id;
	char kind[10];      /* decision, veto */
	char on[11];
	char *text;         /* the decision, or the veto's reasons */
	char *bylaw;        /* a veto's by-law number (NULL) */
	char *bylaw_title;
};
/* Commit head-of-council.md to record/ again from the database, when it
 * has a decision or veto (gavel check --repair, for a record/ made again). */
int gv_mayor_recommit(struct gv_ws *ws, struct gv_err *err);

/* Every decision and veto, newest first. */
int gv_mayor_list(struct gv_ws *ws, struct gv_mayor_decision **out, size_t *n,
		  struct gv_err *err);
void gv_mayor_free(struct gv_mayor_decision *d, size_t n);

#endif
