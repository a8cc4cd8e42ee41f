/* The minutes typeset (docs/formats.md, "PDF"). */
#include "publish/minutes_pdf.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "minutes/minutes.h"
#include "publish/package.h"
#include "render/pdf.h"

struct job {
	const char *md;
};

/* "Signed: ______  Mayor Côté" (minutes/minutes_md.c): the name after the
 * underscores, or NULL when line is not a signature line. */
static const char *signature_of(const char *line, size_t len)
{
	static const char mark[] = "Signed: ___";
	if (len < sizeof mark - 1 || memcmp(line, mark, sizeof mark - 1))
		return NULL;
	const char *s = line + sizeof mark - 1;
	while (s < line + len && (*s == '_' || *s == ' '))
		s++;
	return s;
}

static int build(struct gv_pdf *p, void *ctx, struct gv_err *err)
{
	const struct job *jb = ctx;
	struct gv_buf chunk = GV_BUF_INIT;
	int rc = 0;
	for (const char *line = jb->md; *line && !rc;) {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		const char *name = signature_of(line, len);
		if (name) {
			rc = gv_pdf_markdown(p, gv_buf_str(&chunk), 0, 2, err);
			gv_buf_reset(&chunk);
			char *label = gv_strndup(name, len - (size_t)(name - line));
			gv_pdf_signature(p, label);
			free(label);
		} else {
			gv_buf_add(&chunk, line, len);
			gv_buf_putc(&chunk, '\n');
		}
		line = nl ? nl + 1 : line + len;
	}
	if (!rc)
		rc = gv_pdf_markdown(p, gv_buf_str(&chunk), 0, 2, err);
	gv_buf_free(&chunk);
	return rc;
}

static void meta_init(struct gv_meeting_pdf *d, const struct gv_minutes *mn)
{
	gv_meeting_pdf_init(d, &mn->meeting, mn->municipality, "Minutes", "Minutes", !mn->public);
}

void gv_minutes_pdf_key(const struct gv_minutes *mn, const char *md, char out[65])
{
	/* build reads md and nothing else */
	struct gv_meeting_pdf d;
	meta_init(&d, mn);
	struct gv_buf b = GV_BUF_INIT;
	gv_buf_puts(&b, md);
	gv_meeting_pdf_key(&d, &b, out);
	gv_buf_free(&b);
	gv_meeting_pdf_clear(&d);
}

int gv_minutes_pdf(const struct gv_minutes *mn, const char *md, struct gv_buf *out,
		   struct gv_err *err)
{
	struct gv_meeting_pdf d;
	meta_init(&d, mn);
	struct job jb = {md};
	int rc = gv_pdf_write(&d.meta, build, &jb, out, err);
	gv_meeting_pdf_clear(&d);
	return rc;
}
