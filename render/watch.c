/* Links into the recording of a meeting (docs/formats.md, "HTML site"). */
#include "render/watch.h"

#include "base/buf.h"
#include "render/html.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static bool is_youtube(const char *url)
{
	const char *host = strstr(url, "://");
	host = host ? host + 3 : url;
	return !strncmp(host, "youtu.be/", 9) || !strncmp(host, "www.youtube.com/", 16) ||
	       !strncmp(host, "youtube.com/", 12) || !strncmp(host, "m.youtube.com/", 14);
}

char *gv_video_link(const char *url, int64_t offset_ms)
{
	long long s = (long long)(offset_ms / 1000);
	if (is_youtube(url))
		return gv_asprintf("%s%ct=%lld", url, strchr(url, '?') ? '&' : '?', s);
	const char *hash = strchr(url, '#');
	return gv_asprintf("%.*s#t=%lld", hash ? (int)(hash - url) : (int)strlen(url), url, s);
}

static void words(struct gv_buf *b, const char *number, const char *title, int64_t offset_ms,
		  bool html)
{
	long long s = (long long)(offset_ms / 1000);
	gv_buf_puts(b, "Watch ");
	if (html) {
		gv_html_esc(b, number);
		gv_buf_putc(b, ' ');
		gv_html_esc(b, title);
	} else {
		gv_buf_printf(b, "%s ", number);
		for (const char *c = title; *c; c++) {
			if (strchr("[]\\", *c))
				gv_buf_putc(b, '\\');
			gv_buf_putc(b, *c);
		}
	}
	gv_buf_printf(b, " in the recording (from %lld:%02lld:%02lld)", s / 3600, s / 60 % 60,
		      s % 60);
}

void gv_watch_words(struct gv_buf *b, const char *number, const char *title, int64_t offset_ms)
{
	words(b, number, title, offset_ms, false);
}

void gv_html_watch_link(struct gv_buf *b, const char *stream_url, const char *number,
			const char *title, int64_t offset_ms)
{
	char *url = gv_video_link(stream_url, offset_ms);
	gv_buf_puts(b, "<p class=\"watch\"><a href=\"");
	gv_html_esc(b, url);
	gv_buf_puts(b, "\">");
	words(b, number, title, offset_ms, true);
	gv_buf_puts(b, "</a></p>\n");
	free(url);
}
