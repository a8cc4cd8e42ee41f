/* Chapter markers of a meeting's recording, written in every format video
 * platforms read, from chapters made of the input. Line 1: the meeting's
 * title; line 2: its slug; line 3: the video URL; then one chapter a line,
 * "SECONDS<TAB>ITEM<TAB>TITLE", SECONDS after the chapter before. Titles are
 * kept only when gavel would accept them (one valid line), and times keep
 * the order gv_chapters_load gives them. Each format's output is read back:
 * WebVTT cues, FFmetadata values, the podcast JSON, the Matroska XML. */
#include "fuzz.h"

#include "base/buf.h"
#include "render/watch.h"
#include "base/err.h"
#include "base/text.h"
#include "live/chapters.h"
#include "streaming-hooks/chapter_formats.h"

#define MAX_CHAPTERS 64

static const char *const formats[] = {"youtube", "webvtt", "ffmetadata", "podcast", "matroska"};

/* Every cue of a WebVTT file: "chapter-N", a timing line, one text line
 * that a reader cannot take for a timing line, a blank line. */
static void check_webvtt(const char *s, const struct gv_chapters *c)
{
	FZ_CHECK(!strncmp(s, "WEBVTT\n\n", 8), s);
	const char *p = s + 8;
	for (size_t i = 0; i < c->n; i++) {
		char id[32];
		int len = snprintf(id, sizeof id, "chapter-%zu\n", i + 1);
		FZ_CHECK(!strncmp(p, id, (size_t)len), p);
		p += len;
		const char *nl = strchr(p, '\n');
		FZ_CHECK(nl && strstr(p, " --> ") && strstr(p, " --> ") < nl, p);
		p = nl + 1;
		nl = strchr(p, '\n');
		FZ_CHECK(nl && nl > p && nl[1] == '\n', p);
		char *text = strndup(p, (size_t)(nl - p));
		FZ_CHECK(!strstr(text, "-->"), s);
		free(text);
		p = nl + 2;
	}
	FZ_CHECK(*p == '\0', p);
}

/* FFmetadata: each "title=" value, unescaped, is the title. */
static void check_ffmetadata(const char *s, const struct gv_chapters *c)
{
	size_t i = 0;
	bool meeting = true;
	for (const char *p = s; *p;) {
		const char *nl = p;
		struct gv_buf v = GV_BUF_INIT;
		gv_buf_add(&v, "", 0);
		bool is_title = !strncmp(p, "title=", 6);
		for (nl = p + (is_title ? 6 : 0); *nl && *nl != '\n'; nl++) {
			if (*nl == '\\' && nl[1])
				nl++;
			else
				FZ_CHECK(!is_title || !strchr("=;#", *nl), s);
			gv_buf_putc(&v, *nl);
		}
		if (is_title) {
			const char *want = meeting ? c->meeting_title : i < c->n ? c->v[i++].title : "";
			FZ_CHECK(!strcmp(gv_buf_str(&v), want), s);
			meeting = false;
		}
		gv_buf_free(&v);
		p = *nl ? nl + 1 : nl;
	}
	FZ_CHECK(i == c->n, s);
}

/* Matroska XML: text holds no markup of its own. */
static void check_matroska(const char *s)
{
	const char *open = "<ChapterString>", *close = "</ChapterString>";
	for (const char *p = strstr(s, open); p; p = strstr(p, open)) {
		p += strlen(open);
		const char *e = strstr(p, close);
		FZ_CHECK(e, s);
		for (const char *q = p; q < e; q++)
			FZ_CHECK(*q != '<' && *q != '>' && *q != '"', s);
		p = e;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fz_lines l;
	fz_lines_init(&l, data, size);
	const char *title = fz_line(&l), *slug = fz_line(&l), *url = fz_line(&l);
	if (!slug || !url || gv_check_line(title, "title", 500, NULL)) {
		fz_lines_free(&l);
		return 0;
	}
	struct gv_chapters c = {0};
	c.meeting_title = strdup(title);
	c.slug = strdup(slug);
	c.v = calloc(MAX_CHAPTERS, sizeof *c.v);
	int64_t at = 0;
	for (char *line; c.n < MAX_CHAPTERS && (line = fz_line(&l));) {
		char *f[3];
		fz_fields(line, f, 3);
		if (gv_check_line(f[2], "title", 520, NULL))
			continue;
		/* up to a day after the one before, and a first chapter at 0 */
		int64_t gap = c.n ? fz_num(f[0], 1, 86400) : 0;
		at += gap * 1000;
		struct gv_chapter *ch = &c.v[c.n++];
		ch->start_ms = at;
		ch->title = strdup(f[2]);
		snprintf(ch->item, sizeof ch->item, "%s", f[1]);
	}
	for (size_t i = 0; i < c.n; i++)
		c.v[i].end_ms = i + 1 < c.n ? c.v[i + 1].start_ms : c.v[i].start_ms + 10000;
	for (size_t k = 0; k < sizeof formats / sizeof *formats; k++) {
		struct gv_buf out = GV_BUF_INIT;
		struct gv_err err = {0};
		if (gv_chapters_write(&c, formats[k], &out, &err)) {
			FZ_CHECK(!strcmp(formats[k], "youtube") && err.msg[0], err.msg);
			gv_buf_free(&out);
			continue;
		}
		const char *s = gv_buf_str(&out);
		FZ_CHECK(gv_utf8_valid(s, strlen(s)), s);
		if (!strcmp(formats[k], "webvtt"))
			check_webvtt(s, &c);
		else if (!strcmp(formats[k], "ffmetadata"))
			check_ffmetadata(s, &c);
		else if (!strcmp(formats[k], "podcast"))
			FZ_CHECK(fz_json_valid(s), s);
		else if (!strcmp(formats[k], "matroska"))
			check_matroska(s);
		gv_buf_free(&out);
	}
	struct gv_err err = {0};
	FZ_CHECK(gv_chapters_write(&c, "mp4", NULL, &err) == GV_EUSAGE, err.msg);
	for (size_t i = 0; i < c.n; i++) {
		char *link = gv_video_link(url, c.v[i].start_ms);
		FZ_CHECK(link && strstr(link, "t="), link);
		free(link);
		FZ_CHECK(gv_chapters_item(&c, c.v[i].item) != NULL, c.v[i].item);
	}
	gv_chapters_free(&c);
	fz_lines_free(&l);
	return 0;
}
