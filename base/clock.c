#include "base/clock.h"

#include "base/buf.h"
#include "base/err.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static char tz_current[128] = ""; /* "" until gv_tz_use: the process's own TZ */

static int parse_dated(const char *s, int64_t *out, struct gv_err *err);


int64_t gv_now(void)
{
	const char *env = getenv("GAVEL_NOW");
	int64_t t;
	if (env && *env && parse_dated(env, &t, NULL) == 0)
		return t;
	return (int64_t)time(NULL);
}

int gv_clock_check(struct gv_err *err)
{
	const char *env = getenv("GAVEL_NOW");
	int64_t t;
	if (env && *env && parse_dated(env, &t, NULL) != 0)
		return gv_err_set(err, GV_EREFUSED,
				  "GAVEL_NOW is not a time gavel understands: '%s'", env);
	return 0;
}

bool gv_tz_valid(const char *tz)
{
	if (!strcmp(tz, "UTC"))
		return true;
	if (!*tz || tz[0] == '/' || strstr(tz, "..") || strlen(tz) > 100)
		return false;
	for (const char *p = tz; *p; p++)
		if (!(isalnum((unsigned char)*p) || strchr("/_+-", *p)))
			return false;
	char path[256];
	snprintf(path, sizeof path, "/usr/share/zoneinfo/%s", tz);
	struct stat st;
	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return false;
	FILE *f = fopen(path, "rb");
	char magic[4] = {0};
	if (f) {
		if (fread(magic, 1, 4, f) != 4)
			magic[0] = 0;
		fclose(f);
	}
	return memcmp(magic, "TZif", 4) == 0;
}

int gv_tz_use(const char *tz, struct gv_err *err)
{
	if (!gv_tz_valid(tz))
		return gv_err_set(err, GV_EREFUSED,
				  "unknown time zone '%s' (use a name like America/Toronto)", tz);
	snprintf(tz_current, sizeof tz_current, "%s", tz);
	char spec[140];
	snprintf(spec, sizeof spec, ":%s", tz);
	setenv("TZ", strcmp(tz, "UTC") ? spec : "UTC0", 1);
	tzset();
	return 0;
}

const char *gv_tz_name(void)
{
	const char *env = getenv("TZ");
	if (*tz_current)
		return tz_current;
	return env && *env ? env : "local time";
}

/* The days of month m (1-12) of year y. */
static int month_days(int y, int m)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : mdays[m - 1];
}

static bool days_ok(int y, int m, int d)
{
	if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1)
		return false;
	return d <= month_days(y, m);
}

/* Read exactly n digits. */
static bool digits(const char **p, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if ((*p)[i] < '0' || (*p)[i] > '9')
			return false;
		v = v * 10 + ((*p)[i] - '0');
	}
	*p += n;
	*out = v;
	return true;
}

/* "HH:MM[:SS]" at *p; seconds optional, fractional seconds skipped. */
static bool parse_hms(const char **p, int *h, int *mi, int *s)
{
	*s = 0;
	if (!digits(p, 2, h) || **p != ':')
		return false;
	(*p)++;
	if (!digits(p, 2, mi))
		return false;
	if (**p == ':') {
		(*p)++;
		if (!digits(p, 2, s))
			return false;
		if (**p == '.') {
			(*p)++;
			while (**p >= '0' && **p <= '9')
				(*p)++;
		}
	}
	return *h <= 23 && *mi <= 59 && *s <= 60;
}

static bool parse_date(const char **p, int *y, int *m, int *d)
{
	if (!digits(p, 4, y) || **p != '-')
		return false;
	(*p)++;
	if (!digits(p, 2, m) || **p != '-')
		return false;
	(*p)++;
	return digits(p, 2, d) && days_ok(*y, *m, *d);
}

bool gv_date_valid(const char *s)
{
	int y, m, d;
	const char *p = s;
	return parse_date(&p, &y, &m, &d) && *p == '\0';
}

bool gv_date_words(const char *s, char out[40])
{
	static const char *const months[] = {"January", "February", "March", "April", "May",
					      "June", "July", "August", "September", "October",
					      "November", "December"};
	int y, m, d;
	const char *p = s;
	if (!s || !parse_date(&p, &y, &m, &d))
		return false;
	snprintf(out, 40, "%s %d, %d", months[m - 1], d, y);
	return true;
}

void gv_date_before(const char *s, char out[11])
{
	int y, m, d;
	const char *p = s;
	if (!parse_date(&p, &y, &m, &d)) {
		snprintf(out, 11, "%.10s", s);
		return;
	}
	if (--d < 1) {
		if (--m < 1) {
			m = 12;
			y--;
		}
		d = month_days(y, m);
	}
	char tmp[32];
	snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
	memcpy(out, tmp, 11);
	out[10] = '\0';
}

/* A date and time as struct tm has them; a leap second counts as :59. */
static struct tm tm_of(int y, int m, int d, int h, int mi, int s)
{
	return (struct tm){.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d, .tm_hour = h,
			   .tm_min = mi, .tm_sec = s > 59 ? 59 : s};
}

static int64_t utc_seconds(int y, int m, int d, int h, int mi, int s)
{
	struct tm tm = tm_of(y, m, d, h, mi, s);
	return (int64_t)timegm(&tm);
}

static bool parse_iso_abs(const char *s, int64_t *out)
{
	int y, m, d, h, mi, sec;
	const char *p = s;
	if (!parse_date(&p, &y, &m, &d) || (*p != 'T' && *p != ' '))
		return false;
	p++;
	if (!parse_hms(&p, &h, &mi, &sec))
		return false;
	int64_t t = utc_seconds(y, m, d, h, mi, sec);
	if (*p == 'Z' && p[1] == '\0') {
		*out = t;
		return true;
	}
	if (*p != '+' && *p != '-')
		return false;
	int sign = *p == '-' ? -1 : 1, oh, om;
	p++;
	if (!digits(&p, 2, &oh))
		return false;
	if (*p == ':')
		p++;
	if (!digits(&p, 2, &om) || *p || oh > 23 || om > 59)
		return false;
	*out = t - sign * (oh * 3600 + om * 60);
	return true;
}

/* The instants whose local time is t's (two in the hour repeated when
 * daylight saving time ends, else t alone), earliest first; their count. */
static int twins(int64_t t, int64_t out[2])
{
	static const int shifts[] = {-3600, -1800, 0, 1800, 3600};
	struct tm tm;
	gv_time_local(t, &tm);
	int64_t wall = t + tm.tm_gmtoff;
	int n = 0;
	for (size_t i = 0; i < sizeof shifts / sizeof *shifts && n < 2; i++) {
		struct tm o;
		gv_time_local(t + shifts[i], &o);
		if (t + shifts[i] + o.tm_gmtoff == wall)
			out[n++] = t + shifts[i];
	}
	return n;
}

const char *gv_time_repeated_zone(int64_t t)
{
	int64_t tw[2];
	if (twins(t, tw) < 2)
		return NULL;
	struct tm tm;
	gv_time_local(t, &tm);
	return tm.tm_zone;
}

int64_t gv_time_later_twin(int64_t t)
{
	int64_t tw[2];
	return twins(t, tw) == 2 && tw[1] > t ? tw[1] : t;
}

/* A local date and time, zone (may be NULL) the abbreviation that tells the
 * two of a repeated hour apart ("EDT", "EST"); without it, the first. */
static int local_seconds(int y, int m, int d, int h, int mi, int s, const char *zone,
			 int64_t *out, const char *text, struct gv_err *err)
{
	struct tm tm = tm_of(y, m, d, h, mi, s);
	tm.tm_isdst = -1;
	time_t t = mktime(&tm);
	if (tm.tm_hour != h || tm.tm_min != mi || tm.tm_mday != d)
		return gv_err_set(err, GV_EREFUSED,
				  "time '%s' does not exist in %s (daylight saving change)",
				  text, gv_tz_name());
	int64_t tw[2];
	int n = twins((int64_t)t, tw);
	*out = tw[0];
	if (!zone)
		return 0;
	char names[2][16];
	for (int i = 0; i < n; i++) {
		struct tm z;
		gv_time_local(tw[i], &z);
		snprintf(names[i], sizeof names[i], "%s", z.tm_zone ? z.tm_zone : "");
		if (!strcasecmp(names[i], zone)) {
			*out = tw[i];
			return 0;
		}
	}
	return gv_err_set(err, GV_EREFUSED,
			  "time '%s': the zone of %s then is %s%s%s, not %s (use HH:MM, "
			  "YYYY-MM-DD HH:MM or ISO 8601)",
			  text, gv_tz_name(), names[0], n > 1 ? " or " : "", n > 1 ? names[1] : "",
			  zone);
}

/* After a local time: nothing, or a space and a zone abbreviation ("EST",
 * "-03"), copied into zone (else zone is NULL). */
static bool zone_suffix(const char *p, char zone[8], const char **out)
{
	*out = NULL;
	if (!*p)
		return true;
	if (*p != ' ')
		return false;
	size_t n = strlen(++p);
	if (n < 2 || n > 6)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)p[i]) && p[i] != '+' && p[i] != '-')
			return false;
	memcpy(zone, p, n + 1);
	*out = zone;
	return true;
}

/* Times gavel can write back in four-digit years, in UTC and in the zone in
 * use: an offset may carry 9999-12-31 into the year 10000, which no ISO
 * form here reads and gv_time_iso cannot write. */
static int in_range(int64_t t, const char *text, struct gv_err *err)
{
	time_t tt = (time_t)t;
	struct tm local, utc;
	if (!localtime_r(&tt, &local) || !gmtime_r(&tt, &utc) || local.tm_year < 0 ||
	    local.tm_year > 9999 - 1900 || utc.tm_year < 0 || utc.tm_year > 9999 - 1900)
		return gv_err_set(err, GV_EREFUSED,
				  "time '%s' is out of range (years 1900 to 9999)", text);
	return 0;
}

/* The forms that name a date: ISO 8601 with an offset, or local date and time. */
static int parse_dated(const char *s, int64_t *out, struct gv_err *err)
{
	int y, m, d, h, mi, sec;
	const char *p = s;
	if (parse_iso_abs(s, out))
		return in_range(*out, s, err);
	if (parse_date(&p, &y, &m, &d) && (*p == ' ' || *p == 'T')) {
		p++;
		char zbuf[8];
		const char *zone;
		if (parse_hms(&p, &h, &mi, &sec) && zone_suffix(p, zbuf, &zone)) {
			int rc = local_seconds(y, m, d, h, mi, sec, zone, out, s, err);
			return rc ? rc : in_range(*out, s, err);
		}
	}
	return gv_err_set(err, GV_EREFUSED,
			  "invalid time '%s' (use HH:MM, YYYY-MM-DD HH:MM or ISO 8601)", s);
}

int gv_time_parse(const char *s, int64_t day, int64_t *out, struct gv_err *err)
{
	int h, mi, sec;
	const char *p = s, *zone;
	char zbuf[8];
	if (parse_hms(&p, &h, &mi, &sec) && zone_suffix(p, zbuf, &zone)) {
		struct tm tm;
		gv_time_local(day ? day : gv_now(), &tm);
		int rc = local_seconds(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, h, mi, sec,
				       zone, out, s, err);
		return rc ? rc : in_range(*out, s, err);
	}
	return parse_dated(s, out, err);
}

void gv_time_local(int64_t t, struct tm *tm)
{
	time_t tt = (time_t)t;
	localtime_r(&tt, tm);
}

void gv_time_format(int64_t t, const char *fmt, char *out, size_t n)
{
	struct tm tm;
	gv_time_local(t, &tm);
	if (strftime(out, n, fmt, &tm) == 0 && n)
		out[0] = '\0';
}

void gv_time_iso(int64_t t, char out[32])
{
	struct tm tm;
	gv_time_local(t, &tm);
	int off = (int)(tm.tm_gmtoff / 60);
	char sign = off < 0 ? '-' : '+';
	if (off < 0)
		off = -off;
	char date[20];
	if (!strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &tm))
		date[0] = '\0'; /* not a four-digit year: gv_time_parse never makes one */
	snprintf(out, 32, "%s%c%02d:%02d", date, sign, (off / 60) % 100, off % 60);
}

void gv_time_iso_utc(int64_t t, char out[32])
{
	time_t tt = (time_t)t;
	struct tm tm;
	gmtime_r(&tt, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void gv_time_clock12(int64_t t, char out[32])
{
	struct tm tm;
	gv_time_local(t, &tm);
	int h = tm.tm_hour % 12;
	const char *zone = gv_time_repeated_zone(t);
	snprintf(out, 32, "%d:%02d %s%s%.8s", h ? h : 12, tm.tm_min, tm.tm_hour < 12 ? "a.m." : "p.m.",
		 zone ? " " : "", zone ? zone : "");
}

bool gv_time_same_day(int64_t a, int64_t b)
{
	struct tm x, y;
	gv_time_local(a, &x);
	gv_time_local(b, &y);
	return x.tm_year == y.tm_year && x.tm_yday == y.tm_yday;
}
