/* The schema as forward-only migrations: gv_migrations[i] takes a database
 * from user_version i to i+1. Never edit a migration that has shipped; add one. */
#ifndef GAVEL_MIGRATIONS_H
#define GAVEL_MIGRATIONS_H

#include <stddef.h>

extern const char *const gv_migrations[];
extern const size_t gv_migrations_count;

#endif
