/* Bodies: Council and its committees. */
#ifndef GAVEL_BODY_H
#define GAVEL_BODY_H

#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

struct gv_body {
	int64_t id;
	char *name;
	char *slug;
	int seats;        /* set seats, else the number of voting members */
	int quorum;       /* set quorum, else a majority of seats */
	int members;      /* members belonging to the body */
	/* members counted on the day asked (gv_body_find_on), else today */
};

/* Add a body; seats and quorum < 0 mean "derive from the membership". */
int gv_body_add(struct gv_ws *ws, const char *name, int seats, int quorum, int64_t *id,
		struct gv_err *err);
/* All bodies, Council first then by name. Free with gv_bodies_free. */
int gv_body_list(struct gv_ws *ws, struct gv_body **out, size_t *n, struct gv_err *err);
/* Change seats and/or quorum (< 0: leave); quorum stays within the seats. */
int gv_body_edit(struct gv_ws *ws, const char *ref, int seats, int quorum, struct gv_err *err);
/* Find a body by id, name or slug (case-insensitive). Clear with gv_body_clear. */
int gv_body_find(struct gv_ws *ws, const char *ref, struct gv_body *out, struct gv_err *err);
/* The same, with the members of day (YYYY-MM-DD) counted: a body whose
 * seats are not set has as many as it had voting members that day. */
int gv_body_find_on(struct gv_ws *ws, const char *ref, const char *day, struct gv_body *out,
		    struct gv_err *err);
void gv_body_clear(struct gv_body *b);
void gv_bodies_free(struct gv_body *b, size_t n);

#endif
