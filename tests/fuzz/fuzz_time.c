/* Times as clerks type them (docs/references.md, "Times"): "HH:MM[:SS]" on a meeting's day,
 * "YYYY-MM-DD HH:MM[:SS]" in the workspace's zone, ISO 8601 with "Z" or an
 * offset. The first byte picks the zone and the day; the rest is the text.
 * A local time that parses shows again as the same wall-clock time. */
#include "fuzz.h"

#include "base/clock.h"
#include "base/err.h"

#include <ctype.h>
#include <time.h>

/* Zones with the awkward rules: a 30-minute shift (Lord Howe), a negative
 * one (Dublin), a :45 offset (Chatham), a :30 offset (St. John's). */
static const char *const zones[] = {"America/Toronto", "UTC", "Australia/Lord_Howe",
				    "Europe/Dublin", "Pacific/Chatham", "America/St_Johns"};
/* Days a meeting may be on: none (today), a winter day, the day clocks
 * spring forward in Toronto, and far-off years. */
static const int64_t days[] = {0, 1796144400, 1772971200, -2208945600LL, 253402257600LL};

static void check_round_trip(const char *s, int64_t t, int64_t day)
{
	int y, mo, d, h, mi, sec = 0;
	char tail;
	struct tm tm;
	gv_time_local(t, &tm);
	if (sscanf(s, "%4d-%2d-%2d %2d:%2d%c", &y, &mo, &d, &h, &mi, &tail) == 5 &&
	    strlen(s) == 16) {
		FZ_CHECK(tm.tm_year + 1900 == y && tm.tm_mon + 1 == mo && tm.tm_mday == d &&
				 tm.tm_hour == h && tm.tm_min == mi && tm.tm_sec == 0,
			 s);
	} else if (strlen(s) == 5 && sscanf(s, "%2d:%2d", &h, &mi) == 2 && isdigit((unsigned char)s[4])) {
		struct tm on;
		gv_time_local(day, &on);
		FZ_CHECK(tm.tm_hour == h && tm.tm_min == mi && tm.tm_sec == sec, s);
		FZ_CHECK(!day || (tm.tm_year == on.tm_year && tm.tm_yday == on.tm_yday), s);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *zone_in_use;
	static int once;
	if (!once++)
		setenv("GAVEL_NOW", "2026-12-01T19:00:00-05:00", 1);
	uint8_t pick = size ? data[0] : 0;
	const char *zone = zones[pick % (sizeof zones / sizeof *zones)];
	int64_t day = days[(pick / 8) % (sizeof days / sizeof *days)];
	if (zone != zone_in_use) {
		FZ_CHECK(gv_tz_use(zone, NULL) == 0, zone);
		zone_in_use = zone;
	}
	char *s = fz_cstr(size ? data + 1 : data, size ? size - 1 : 0);
	int64_t t = 0;
	struct gv_err err = {0};
	if (gv_time_parse(s, day, &t, &err) == 0) {
		check_round_trip(s, t, day);
		char iso[32], utc[32], clock[32], fmt[64];
		gv_time_iso(t, iso);
		gv_time_iso_utc(t, utc);
		gv_time_clock12(t, clock);
		gv_time_format(t, "%A, %B %-d, %Y", fmt, sizeof fmt);
		int64_t back;
		struct tm tm;
		gv_time_local(t, &tm);
		/* What gavel writes (ISO with offset) reads back as the same instant,
		 * unless the zone's offset then had seconds (local mean time before
		 * standard time), which ISO 8601 cannot write. */
		if (tm.tm_gmtoff % 60 == 0)
			FZ_CHECK(gv_time_parse(iso, 0, &back, NULL) == 0 && back == t, iso);
		FZ_CHECK(gv_time_parse(utc, 0, &back, NULL) == 0 && back == t, utc);
	} else {
		FZ_CHECK(err.code == GV_EREFUSED && err.msg[0], err.msg);
	}
	free(s);
	return 0;
}
