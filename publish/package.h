/* The agenda package as one PDF (docs/formats.md, "PDF"): a cover, the
 * agenda with page numbers linked to each item, every item's report and
 * recommendation, its PDF attachments as pages and its other attachments
 * listed, with an outline mirroring the agenda.
 *
 * The package shows the meeting and agenda it is given, as given: for the
 * public package the caller passes their public forms (agenda/agenda_public.h,
 * gv_meeting_make_public and gv_agenda_make_public_files); the package
 * never decides itself what is public. */
#ifndef GAVEL_PUBLISH_PACKAGE_H
#define GAVEL_PUBLISH_PACKAGE_H

#include <stdbool.h>

#include "render/pdf.h"

struct gv_agenda;
struct gv_buf;
struct gv_err;
struct gv_meeting;
struct gv_ws;

struct gv_package {
	struct gv_ws *ws;           /* where the attachments are read */
	const char *municipality;   /* may be NULL */
	const struct gv_meeting *m;
	const struct gv_agenda *a;
	bool confidential;          /* whole agenda: the cover and header say so */
};

/* Append the package's PDF to out. */
int gv_package_pdf(const struct gv_package *pkg, struct gv_buf *out, struct gv_err *err);

/* The metadata of a PDF about meeting m: the title "KIND: TITLE, BODY,
 * DATE", the running header "BODY — DATE[ — PART][ — Confidential]", the
 * meeting's language ("en-CA", "fr-CA") and its start as the creation date
 * (the same data gives the same bytes). Clear with gv_meeting_pdf_clear. */
struct gv_meeting_pdf {
	struct gv_pdf_meta meta;
	char *title, *header;
	char iso[32];
};
void gv_meeting_pdf_init(struct gv_meeting_pdf *d, const struct gv_meeting *m,
			 const char *municipality, const char *kind, const char *part,
			 bool confidential);
void gv_meeting_pdf_clear(struct gv_meeting_pdf *d);

/* What a PDF looks like: bump when the typesetting changes, so that a
 * publish makes the site's PDFs again (it keeps a PDF whose key is the
 * same, publish/publish.c). */
#define GV_PDF_FORMAT "gavel-pdf-7"

/* The key of a PDF with metadata d and content, the serialised inputs of
 * its build: GV_PDF_FORMAT, gavel's version, the metadata and the content. */
void gv_meeting_pdf_key(const struct gv_meeting_pdf *d, const struct gv_buf *content,
			char out[65]);

/* The key of pkg's package: it changes whenever anything the package shows
 * changes (the meeting, the municipality, every item and attachment), and
 * only then. */
void gv_package_key(const struct gv_package *pkg, char out[65]);

#endif
