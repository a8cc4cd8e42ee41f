/* The chapter formats of docs/formats.md, each with its own rules. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/json.h"
#include "streaming-hooks/chapter_formats.h"

#define YOUTUBE_MIN_MS 10000
#define YOUTUBE_MIN_CHAPTERS 3

/* hh:mm:ss + sep + the fraction with digits places: "00:01:35.000". */
static void clock_ms(struct gv_buf *b, int64_t ms, const char *sep, int digits)
{
	int64_t s = ms / 1000;
	gv_buf_printf(b, "%02lld:%02lld:%02lld", (long long)(s / 3600), (long long)(s / 60 % 60),
		      (long long)(s % 60));
	if (digits == 3)
		gv_buf_printf(b, "%s%03lld", sep, (long long)(ms % 1000));
	else if (digits == 9)
		gv_buf_printf(b, "%s%03lld000000", sep, (long long)(ms % 1000));
}

/* YouTube: shorter chapters merge into the one before (the first into the
 * one after, which then starts at 0:00). */
static int youtube(const struct gv_chapters *c, struct gv_buf *out, struct gv_err *err)
{
	struct gv_chapter *v = gv_calloc(c->n ? c->n : 1, sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < c->n; i++) {
		struct gv_chapter ch = c->v[i];
		if (n && ch.end_ms - ch.start_ms < YOUTUBE_MIN_MS) {
			v[n - 1].end_ms = ch.end_ms;
			continue;
		}
		if (n == 1 && v[0].end_ms - v[0].start_ms < YOUTUBE_MIN_MS) {
			ch.start_ms = 0;
			v[0] = ch;
			continue;
		}
		v[n++] = ch;
	}
	if (n < YOUTUBE_MIN_CHAPTERS) {
		free(v);
		return gv_err_set(err, GV_EREFUSED,
				  "YouTube needs at least %d chapters of 10 seconds or more; %s has %zu",
				  YOUTUBE_MIN_CHAPTERS, c->slug, n);
	}
	for (size_t i = 0; i < n; i++) {
		int64_t s = v[i].start_ms / 1000;
		if (s >= 3600)
			gv_buf_printf(out, "%lld:%02lld:%02lld ", (long long)(s / 3600),
				      (long long)(s / 60 % 60), (long long)(s % 60));
		else
			gv_buf_printf(out, "%lld:%02lld ", (long long)(s / 60), (long long)(s % 60));
		for (const char *p = v[i].title; *p; p++)
			gv_buf_putc(out, *p == '\n' ? ' ' : *p);
		gv_buf_putc(out, '\n');
	}
	free(v);
	return 0;
}

static void escape(struct gv_buf *b, const char *s, const char *special, const char *prefix)
{
	for (; *s; s++) {
		if (*s == '\n') {
			gv_buf_puts(b, prefix[0] ? "\\\n" : " ");
		} else if (strchr(special, *s)) {
			gv_buf_puts(b, prefix);
			gv_buf_putc(b, *s);
		} else {
			gv_buf_putc(b, *s);
		}
	}
}

static void xml_text(struct gv_buf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': gv_buf_puts(b, "&amp;"); break;
		case '<': gv_buf_puts(b, "&lt;"); break;
		case '>': gv_buf_puts(b, "&gt;"); break;
		case '"': gv_buf_puts(b, "&quot;"); break;
		default: gv_buf_putc(b, *s);
		}
	}
}

static void webvtt(const struct gv_chapters *c, struct gv_buf *out)
{
	gv_buf_puts(out, "WEBVTT\n\n");
	for (size_t i = 0; i < c->n; i++) {
		gv_buf_printf(out, "chapter-%zu\n", i + 1);
		clock_ms(out, c->v[i].start_ms, ".", 3);
		gv_buf_puts(out, " --> ");
		clock_ms(out, c->v[i].end_ms, ".", 3);
		gv_buf_putc(out, '\n');
		/* cue text: & and < escaped, one line, and > too: a title with
		 * "-->" would read as the timing line of another cue */
		for (const char *p = c->v[i].title; *p; p++) {
			if (*p == '&')
				gv_buf_puts(out, "&amp;");
			else if (*p == '<')
				gv_buf_puts(out, "&lt;");
			else if (*p == '>')
				gv_buf_puts(out, "&gt;");
			else
				gv_buf_putc(out, *p == '\n' ? ' ' : *p);
		}
		gv_buf_puts(out, "\n\n");
	}
}

static void ffmetadata(const struct gv_chapters *c, struct gv_buf *out)
{
	gv_buf_puts(out, ";FFMETADATA1\ntitle=");
	escape(out, c->meeting_title, "=;#\\", "\\");
	gv_buf_putc(out, '\n');
	for (size_t i = 0; i < c->n; i++) {
		gv_buf_printf(out, "[CHAPTER]\nTIMEBASE=1/1000\nSTART=%lld\nEND=%lld\ntitle=",
			      (long long)c->v[i].start_ms, (long long)c->v[i].end_ms);
		escape(out, c->v[i].title, "=;#\\", "\\");
		gv_buf_putc(out, '\n');
	}
}

static void podcast(const struct gv_chapters *c, struct gv_buf *out)
{
	struct gv_json j;
	gv_json_init(&j, out, true);
	gv_json_obj(&j);
	gv_json_kstr(&j, "version", "1.2.0");
	gv_json_key(&j, "chapters");
	gv_json_arr(&j);
	for (size_t i = 0; i < c->n; i++) {
		gv_json_obj(&j);
		gv_json_kint(&j, "startTime", c->v[i].start_ms / 1000);
		gv_json_kint(&j, "endTime", (c->v[i].end_ms + 999) / 1000);
		gv_json_kstr(&j, "title", c->v[i].title);
		gv_json_obj_end(&j);
	}
	gv_json_arr_end(&j);
	gv_json_obj_end(&j);
	gv_buf_putc(out, '\n');
}

static void matroska(const struct gv_chapters *c, struct gv_buf *out)
{
	gv_buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			 "<!DOCTYPE Chapters SYSTEM \"matroskachapters.dtd\">\n"
			 "<Chapters>\n  <EditionEntry>\n");
	for (size_t i = 0; i < c->n; i++) {
		gv_buf_puts(out, "    <ChapterAtom>\n      <ChapterTimeStart>");
		clock_ms(out, c->v[i].start_ms, ".", 9);
		gv_buf_puts(out, "</ChapterTimeStart>\n      <ChapterTimeEnd>");
		clock_ms(out, c->v[i].end_ms, ".", 9);
		gv_buf_puts(out, "</ChapterTimeEnd>\n      <ChapterDisplay>\n        <ChapterString>");
		xml_text(out, c->v[i].title);
		gv_buf_puts(out, "</ChapterString>\n        <ChapterLanguage>eng</ChapterLanguage>\n"
				 "      </ChapterDisplay>\n    </ChapterAtom>\n");
	}
	gv_buf_puts(out, "  </EditionEntry>\n</Chapters>\n");
}

int gv_chapters_write(const struct gv_chapters *c, const char *format, struct gv_buf *out,
		      struct gv_err *err)
{
	if (!strcmp(format, "youtube"))
		return youtube(c, out, err);
	if (!strcmp(format, "webvtt"))
		webvtt(c, out);
	else if (!strcmp(format, "ffmetadata"))
		ffmetadata(c, out);
	else if (!strcmp(format, "podcast"))
		podcast(c, out);
	else if (!strcmp(format, "matroska"))
		matroska(c, out);
	else
		return gv_err_set(err, GV_EUSAGE,
				  "unknown chapter format '%s' (youtube, webvtt, ffmetadata, podcast "
				  "or matroska)", format);
	return 0;
}
