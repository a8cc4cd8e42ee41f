/* The agenda package typeset (docs/formats.md, "PDF"): cover, agenda,
 * items in agenda order each followed by its attachments. */
#include "publish/package.h"

#include <stdlib.h>
#include <string.h>

#include "agenda/agenda_view.h"
#include "agenda/attach.h"
#include "agenda/attach_type.h"
#include "agenda/clause.h"
#include "agenda/item.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/files.h"
#include "render/pdf.h"

/* "7. Presentations", "7.2 Staff report", as agendas print them. */
static char *numbered_title(const struct gv_item *it)
{
	return gv_asprintf("%s%s%s", it->number, it->depth == 1 ? ". " : " ", it->title);
}

static void anchor_of(const struct gv_item *it, char out[48])
{
	snprintf(out, 48, "item-%s", it->number);
}

static void cover(struct gv_pdf *p, const struct gv_package *pkg)
{
	const struct gv_meeting *m = pkg->m;
	char when[80];
	gv_meeting_when(m, when);
	if (pkg->municipality)
		gv_pdf_text(p, GV_PDF_SUBTITLE, pkg->municipality);
	gv_pdf_space(p, 60);
	gv_pdf_heading(p, 1, m->title, NULL, 0);
	gv_pdf_text(p, GV_PDF_SUBTITLE, "Agenda package");
	gv_pdf_space(p, 20);
	char *line = gv_asprintf("%s, %s", m->body_name, when);
	gv_pdf_text(p, GV_PDF_BODY, line);
	free(line);
	if (m->location && *m->location) {
		line = gv_asprintf("Location: %s", m->location);
		gv_pdf_text(p, GV_PDF_BODY, line);
		free(line);
	}
	if (m->stream_url && *m->stream_url) {
		/* A link, as markdown makes it: only web addresses become links. */
		char *md = gv_asprintf("Livestream: <%s>", m->stream_url);
		gv_pdf_markdown(p, md, 0, 0, NULL);
		free(md);
	}
	if (m->cancelled)
		gv_pdf_text(p, GV_PDF_SUBTITLE, "This meeting is cancelled.");
	if (pkg->confidential) {
		gv_pdf_space(p, 30);
		gv_pdf_text(p, GV_PDF_SUBTITLE, "Confidential: this package includes closed-session "
						 "items (Municipal Act, 2001, s.239). Do not "
						 "publish or forward it.");
	}
}

static void agenda(struct gv_pdf *p, const struct gv_agenda *a)
{
	gv_pdf_page_break(p);
	gv_pdf_heading(p, 1, "Agenda", "agenda", 1);
	gv_pdf_space(p, 6);
	gv_pdf_toc_begin(p);
	for (size_t i = 0; i < a->n; i++) {
		char anchor[48];
		anchor_of(&a->items[i], anchor);
		char *t = numbered_title(&a->items[i]);
		gv_pdf_toc_line(p, a->items[i].depth, t, anchor);
		free(t);
	}
	gv_pdf_toc_end(p);
}

static bool is_pdf(const struct gv_attachment *att)
{
	return att->media_type && !strcmp(att->media_type, "application/pdf");
}

/* A PDF attachment, read and counted once before both passes
 * (gv_pdf_write): pages 0 when Poppler cannot read it. */
struct loaded {
	char *data;
	size_t len;
	int pages;
};

/* What build is given: the package and its PDF attachments read, per item
 * and attachment (NULL where none is a PDF). */
struct job {
	const struct gv_package *pkg;
	struct loaded **att;
};

static void unload(struct job *jb)
{
	for (size_t i = 0; jb->att && i < jb->pkg->a->n; i++) {
		for (size_t k = 0; jb->att[i] && k < jb->pkg->a->items[i].n_attachments; k++)
			free(jb->att[i][k].data);
		free(jb->att[i]);
	}
	free(jb->att);
}

static int load(struct job *jb, struct gv_err *err)
{
	const struct gv_package *pkg = jb->pkg;
	jb->att = gv_calloc(pkg->a->n ? pkg->a->n : 1, sizeof *jb->att);
	for (size_t i = 0; i < pkg->a->n; i++) {
		const struct gv_item *it = &pkg->a->items[i];
		for (size_t k = 0; k < it->n_attachments; k++) {
			if (!is_pdf(&it->attachments[k]))
				continue;
			if (!jb->att[i])
				jb->att[i] = gv_calloc(it->n_attachments, sizeof **jb->att);
			struct loaded *l = &jb->att[i][k];
			if (gv_attach_read(pkg->ws, &it->attachments[k], &l->data, &l->len, err))
				return err ? err->code : GV_EIO;
			l->pages = gv_pdf_page_count(l->data, l->len);
		}
	}
	return 0;
}

/* The list of attachments, then each PDF one's pages. */
static int attachments(struct gv_pdf *p, const struct gv_item *it, struct loaded *loaded,
		       struct gv_err *err)
{
	if (!it->n_attachments)
		return 0;
	struct gv_buf md = GV_BUF_INIT;
	for (size_t k = 0; k < it->n_attachments; k++) {
		const struct gv_attachment *att = &it->attachments[k];
		char size[32];
		gv_size_human(att->size, size);
		gv_buf_printf(&md, "- %s (%s, %s", att->name, gv_attach_type_label(att->media_type),
			      size);
		int pages = loaded && is_pdf(att) ? loaded[k].pages : -1;
		if (pages > 0)
			gv_buf_printf(&md, ", %d page%s, on the pages that follow", pages,
				      pages == 1 ? "" : "s");
		else if (pages == 0)
			gv_buf_puts(&md, ", could not be read to include it here");
		gv_buf_puts(&md, ")\n");
	}
	/* Names are plain text, not markdown: escape what markdown would read. */
	struct gv_buf esc = GV_BUF_INIT;
	for (const char *s = gv_buf_str(&md); *s; s++) {
		if (strchr("\\`*_[]<>#", *s))
			gv_buf_putc(&esc, '\\');
		gv_buf_putc(&esc, *s);
	}
	gv_pdf_text(p, GV_PDF_BODY, "Attachments:");
	int rc = gv_pdf_markdown(p, gv_buf_str(&esc), 0, 0, err);
	gv_buf_free(&esc);
	for (size_t k = 0; k < it->n_attachments && !rc && loaded; k++)
		if (loaded[k].pages > 0)
			rc = gv_pdf_attach_pdf(p, loaded[k].data, loaded[k].len, loaded[k].pages,
					       it->attachments[k].name, err);
	gv_buf_free(&md);
	return rc;
}

/* "Deferred from the Regular Meeting of Council of July 28, 2026, item
 * 9.1.", as the agenda says it (docs/procedure.md, "Dispositions"); ""
 * for an item not deferred. */
static void deferred_line(struct gv_buf *b, const struct gv_item *it)
{
	if (!it->deferred_from)
		return;
	gv_buf_puts(b, "Deferred from ");
	gv_item_deferred_words(b, it);
	gv_buf_putc(b, '.');
}

static int item(struct gv_pdf *p, const struct gv_item *it, struct loaded *loaded,
		struct gv_err *err)
{
	char anchor[48];
	anchor_of(it, anchor);
	int level = it->depth + 1 > 6 ? 6 : it->depth + 1;
	char *t = numbered_title(it);
	gv_pdf_heading(p, level, t, anchor, it->depth);
	free(t);
	struct gv_buf deferred = GV_BUF_INIT;
	deferred_line(&deferred, it);
	if (deferred.len)
		gv_pdf_text(p, GV_PDF_BODY, gv_buf_str(&deferred));
	gv_buf_free(&deferred);
	if (it->consent)
		gv_pdf_text(p, GV_PDF_BODY, "Consent item: adopted with the consent agenda unless a "
					    "member asks that it be dealt with separately.");
	if (it->closed_clause) {
		char *c = gv_asprintf("Closed session item, s. %s of the Municipal Act, 2001: %s.",
				      it->closed_clause, gv_clause_nature(it->closed_clause));
		gv_pdf_text(p, GV_PDF_BODY, c);
		free(c);
	}
	int rc = gv_pdf_markdown(p, it->body, level + 1, 0, err);
	if (!rc && *it->recommendation) {
		gv_pdf_heading(p, level + 1 > 6 ? 6 : level + 1, "Recommendation", NULL, 0);
		rc = gv_pdf_markdown(p, it->recommendation, level + 2 > 6 ? 6 : level + 2, 0, err);
	}
	if (!rc)
		rc = attachments(p, it, loaded, err);
	return rc;
}

/* Everything build reads from pkg, for gv_package_key: a field the package
 * shows must be named here too, or the site would keep a stale PDF. */
static void inputs(const struct gv_package *pkg, struct gv_buf *b)
{
	const struct gv_meeting *m = pkg->m;
	char when[80];
	gv_meeting_when(m, when);
	const char *fields[] = {pkg->municipality, m->title, m->body_name, when, m->location,
				m->stream_url};
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
		gv_buf_printf(b, "%zu:%s\n", fields[i] ? strlen(fields[i]) : 0,
			      fields[i] ? fields[i] : "");
	gv_buf_printf(b, "%d %d\n", m->cancelled, pkg->confidential);
	for (size_t i = 0; i < pkg->a->n; i++) {
		const struct gv_item *it = &pkg->a->items[i];
		const char *clause = it->closed_clause ? it->closed_clause : "";
		gv_buf_printf(b, "item %s %d %d %zu:%s %zu:%s\n%zu:%s\n%zu:%s\n", it->number,
			      it->depth, it->consent, strlen(clause), clause, strlen(it->title),
			      it->title, strlen(it->body), it->body, strlen(it->recommendation),
			      it->recommendation);
		size_t at = b->len;
		deferred_line(b, it);
		if (b->len > at)
			gv_buf_putc(b, '\n');
		for (size_t k = 0; k < it->n_attachments; k++) {
			const struct gv_attachment *att = &it->attachments[k];
			const char *type = att->media_type ? att->media_type : "";
			gv_buf_printf(b, "attachment %s %lld %zu:%s %zu:%s\n", att->sha256,
				      (long long)att->size, strlen(type), type, strlen(att->name),
				      att->name);
		}
	}
}

static int build(struct gv_pdf *p, void *ctx, struct gv_err *err)
{
	const struct job *jb = ctx;
	const struct gv_package *pkg = jb->pkg;
	cover(p, pkg);
	agenda(p, pkg->a);
	gv_pdf_page_break(p);
	int rc = 0;
	for (size_t i = 0; i < pkg->a->n && !rc; i++)
		rc = item(p, &pkg->a->items[i], jb->att[i], err);
	return rc;
}

void gv_meeting_pdf_init(struct gv_meeting_pdf *d, const struct gv_meeting *m,
			 const char *municipality, const char *kind, const char *part,
			 bool confidential)
{
	char day[48];
	gv_time_format(m->starts_at, "%B %-d, %Y", day, sizeof day);
	gv_time_iso(m->starts_at, d->iso);
	d->header = gv_asprintf("%s — %s%s%s%s", m->body_name, day, part ? " — " : "",
				part ? part : "", confidential ? " — Confidential" : "");
	d->title = gv_asprintf("%s: %s, %s, %s", kind, m->title, m->body_name, day);
	d->meta = (struct gv_pdf_meta){.title = d->title, .author = municipality,
				       .lang = m->lang && !strcmp(m->lang, "fr") ? "fr-CA" : "en-CA",
				       .header = d->header, .date = d->iso};
}

void gv_meeting_pdf_clear(struct gv_meeting_pdf *d)
{
	free(d->title);
	free(d->header);
}

void gv_meeting_pdf_key(const struct gv_meeting_pdf *d, const struct gv_buf *content,
			char out[65])
{
	struct gv_buf b = GV_BUF_INIT;
	const struct gv_pdf_meta *m = &d->meta;
	const char *fields[] = {m->title, m->author, m->lang, m->header, m->date};
	gv_buf_printf(&b, "%s %s\n", GV_PDF_FORMAT, GAVEL_VERSION);
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
		gv_buf_printf(&b, "%zu:%s\n", fields[i] ? strlen(fields[i]) : 0,
			      fields[i] ? fields[i] : "");
	gv_buf_add(&b, content->data, content->len);
	gv_sha256_hex(b.data ? b.data : "", b.len, out);
	gv_buf_free(&b);
}

void gv_package_key(const struct gv_package *pkg, char out[65])
{
	struct gv_meeting_pdf d;
	gv_meeting_pdf_init(&d, pkg->m, pkg->municipality, "Agenda package", NULL,
			    pkg->confidential);
	struct gv_buf b = GV_BUF_INIT;
	inputs(pkg, &b);
	gv_meeting_pdf_key(&d, &b, out);
	gv_buf_free(&b);
	gv_meeting_pdf_clear(&d);
}

int gv_package_pdf(const struct gv_package *pkg, struct gv_buf *out, struct gv_err *err)
{
	struct gv_meeting_pdf d;
	gv_meeting_pdf_init(&d, pkg->m, pkg->municipality, "Agenda package", NULL,
			    pkg->confidential);
	struct job jb = {pkg, NULL};
	int rc = load(&jb, err);
	if (!rc)
		rc = gv_pdf_write(&d.meta, build, &jb, out, err);
	unload(&jb);
	gv_meeting_pdf_clear(&d);
	return rc;
}
