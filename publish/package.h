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

/* The document language of meeting language lang ("en" -> "en-CA"). */
const char *gv_package_lang(const char *lang);

#endif
