/* Time: the clock (frozen by GAVEL_NOW), the display time zone, and parsing
 * of the time forms of docs/references.md ("Times"): gv_time_parse. Times are
 * int64 seconds since the epoch, UTC. */
#ifndef GAVEL_CLOCK_H
#define GAVEL_CLOCK_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

struct gv_err;

/* Now, or the instant in $GAVEL_NOW. Front ends call gv_clock_check first so
 * a malformed GAVEL_NOW is reported instead of ignored. */
int64_t gv_now(void);
int gv_clock_check(struct gv_err *err);

/* True if tz names a zone in the system's tz database (or is "UTC"). */
bool gv_tz_valid(const char *tz);
/* Show and parse local times in tz from now on (process-wide). */
int gv_tz_use(const char *tz, struct gv_err *err);
/* The zone in use, e.g. "America/Toronto", else $TZ, else "local time". */
const char *gv_tz_name(void);

/* Parse "HH:MM[:SS]" (local time on the local date of `day`, or of now when
 * day is 0), "YYYY-MM-DD HH:MM[:SS]" (local), or ISO 8601 with "Z" or an
 * offset. Local times that do not exist (a daylight-saving gap) are refused;
 * a local time that occurs twice (the hour repeated when daylight saving
 * time ends) is the first unless a zone abbreviation follows it
 * ("01:10 EST"). */
int gv_time_parse(const char *s, int64_t day, int64_t *out, struct gv_err *err);

/* True if s is "YYYY-MM-DD" and that day exists (no February 31). */
bool gv_date_valid(const char *s);
/* A YYYY-MM-DD date as a reader says it ("November 15, 2022"); false,
 * out untouched, when s is not one. */
bool gv_date_words(const char *s, char out[40]);
/* The day before a YYYY-MM-DD date (the last day of a period that ends
 * before s), into out; s itself (cut to 10) when it is not a date. */
void gv_date_before(const char *s, char out[11]);

/* Broken-down local time of t in the zone in use. */
void gv_time_local(int64_t t, struct tm *tm);
/* strftime of t's local time into out. */
void gv_time_format(int64_t t, const char *fmt, char *out, size_t n);
/* "2026-12-01T19:00:00-05:00" */
void gv_time_iso(int64_t t, char out[32]);
/* "2026-12-01T19:00:00Z" */
void gv_time_iso_utc(int64_t t, char out[32]);
/* "7:05 p.m." as minutes print times; "1:10 a.m. EST" in a repeated hour */
void gv_time_clock12(int64_t t, char out[32]);
/* The zone abbreviation of t ("EST") when its local time occurs twice (the
 * hour repeated when daylight saving time ends), else NULL: a reader cannot
 * tell 1:10 a.m. EDT from 1:10 a.m. EST without it. */
const char *gv_time_repeated_zone(int64_t t);
/* The second instant with t's local time when t is the first of a repeated
 * hour, else t. */
int64_t gv_time_later_twin(int64_t t);
/* True if a and b fall on the same local date. */
bool gv_time_same_day(int64_t a, int64_t b);

#endif
