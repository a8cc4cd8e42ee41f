/* calendar.ics (RFC 5545): one VEVENT per public meeting, in UTC so no
 * VTIMEZONE is needed; UID stable per meeting; a cancelled meeting keeps
 * its UID with STATUS:CANCELLED and the meeting's higher SEQUENCE. Lines
 * end in CRLF and are folded at 75 octets, never inside a UTF-8 sequence. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/buf.h"
#include "base/text.h"
#include "publish/pages.h"
#include "publish/site.h"

/* Until the meeting log knows when it adjourned, a meeting is shown as
 * three hours long. */
#define MEETING_SECONDS (3 * 3600)

static void fold(struct gv_buf *out, const char *line, size_t n)
{
	size_t col = 0;
	for (size_t i = 0; i < n;) {
		size_t len = 1;
		unsigned char c = (unsigned char)line[i];
		if (c >= 0xf0)
			len = 4;
		else if (c >= 0xe0)
			len = 3;
		else if (c >= 0xc0)
			len = 2;
		if (col + len > 75) {
			gv_buf_puts(out, "\r\n ");
			col = 1;
		}
		gv_buf_add(out, line + i, len);
		col += len;
		i += len;
	}
	gv_buf_puts(out, "\r\n");
}

static void prop(struct gv_buf *out, const char *name, const char *value, bool text)
{
	struct gv_buf line = GV_BUF_INIT;
	gv_buf_printf(&line, "%s:", name);
	for (const char *p = value; *p; p++) {
		if (text && (*p == '\\' || *p == ';' || *p == ',')) {
			gv_buf_putc(&line, '\\');
			gv_buf_putc(&line, *p);
		} else if (text && *p == '\n') {
			gv_buf_puts(&line, "\\n");
		} else if ((unsigned char)*p >= 0x20 || *p == '\t') {
			gv_buf_putc(&line, *p);
		}
	}
	fold(out, gv_buf_str(&line), line.len);
	gv_buf_free(&line);
}

static void utc_stamp(int64_t t, char out[20])
{
	time_t tt = (time_t)t;
	struct tm tm;
	gmtime_r(&tt, &tm);
	strftime(out, 20, "%Y%m%dT%H%M%SZ", &tm);
}

static void event(struct gv_buf *out, const struct gv_site *s, const struct gv_site_meeting *sm,
		  const char *domain)
{
	const struct gv_meeting *m = &sm->m;
	char stamp[20], start[20], end[20];
	utc_stamp(m->agenda_published_at, stamp);
	utc_stamp(m->starts_at, start);
	utc_stamp(m->starts_at + MEETING_SECONDS, end);
	gv_buf_puts(out, "BEGIN:VEVENT\r\n");
	char *uid = gv_asprintf("meeting-%lld@%s", (long long)m->id, domain);
	prop(out, "UID", uid, false);
	free(uid);
	prop(out, "DTSTAMP", stamp, false);
	prop(out, "DTSTART", start, false);
	prop(out, "DTEND", end, false);
	char seq[16];
	snprintf(seq, sizeof seq, "%d", m->sequence);
	prop(out, "SEQUENCE", seq, false);
	prop(out, "STATUS", m->cancelled ? "CANCELLED" : "CONFIRMED", false);
	char *summary = gv_asprintf("%s: %s", m->body_name, m->title);
	prop(out, "SUMMARY", summary, true);
	free(summary);
	if (m->location && *m->location)
		prop(out, "LOCATION", m->location, true);
	if (*s->base_url) {
		char dir[160];
		gv_site_meeting_dir(sm, dir);
		const char *sep = s->base_url[strlen(s->base_url) - 1] == '/' ? "" : "/";
		char *url = gv_asprintf("%s%s%sagenda.html", s->base_url, sep, dir);
		prop(out, "URL", url, false);
		char *desc = gv_asprintf("Agenda: %s", url);
		prop(out, "DESCRIPTION", desc, true);
		free(desc);
		free(url);
	}
	gv_buf_puts(out, "END:VEVENT\r\n");
}

void gv_page_calendar(struct gv_buf *out, const struct gv_site *s, const bool *only)
{
	char *slug = gv_slugify(s->municipality);
	char *domain = gv_asprintf("%s.gavel", *slug ? slug : "council");
	gv_buf_puts(out, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
			 "PRODID:-//gavel//council meetings//EN\r\nCALSCALE:GREGORIAN\r\n");
	char *name = gv_asprintf("%s meetings", s->municipality);
	prop(out, "X-WR-CALNAME", name, true);
	free(name);
	for (size_t i = 0; i < s->n; i++)
		if (!only || only[i])
			event(out, s, &s->meetings[i], domain);
	gv_buf_puts(out, "END:VCALENDAR\r\n");
	free(domain);
	free(slug);
}
