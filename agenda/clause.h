/* Closed-meeting clauses of the Municipal Act, 2001, s.239(2) and (3). */
#ifndef GAVEL_CLAUSE_H
#define GAVEL_CLAUSE_H

struct gv_err;

/* Parse "239(2)(c)", "s. 239(2)(c)", "s.239 (3.1)" and the like into the
 * canonical "239(2)(c)" (out holds at least 16 bytes). Unknown clauses are
 * refused with the valid ones named. */
int gv_clause_parse(const char *text, char *out, struct gv_err *err);

/* The general nature of a canonical clause ("litigation or potential
 * litigation"), or NULL if the clause is unknown. */
const char *gv_clause_nature(const char *canonical);

#endif
