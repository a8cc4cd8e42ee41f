/* Which files gavel attaches: documents and images a browser shows but never
 * runs (PDF, office documents, OpenDocument, text, CSV, markdown, PNG, JPEG,
 * GIF, WebP), and only when the content is what the file's extension says.
 * Anything a browser would run as a page or a script (HTML, XHTML, SVG, XML,
 * JavaScript) is refused with its type named, whatever it is called.
 * docs/safety.md ("Attachments") lists the checks. */
#ifndef GAVEL_ATTACH_TYPE_H
#define GAVEL_ATTACH_TYPE_H

#include <stdbool.h>
#include <stddef.h>

struct gv_err;

/* The media type of a file named name holding data[0..len) (a static
 * string), when gavel attaches it. Refused (GV_EREFUSED) otherwise, with a
 * sentence that names the file, what its content is and what gavel attaches:
 * "report.pdf is an HTML document, not a PDF: gavel attaches ...". */
int gv_attach_type(const char *name, const void *data, size_t len, const char **media_type,
		   struct gv_err *err);

/* True for the text types (.txt, .csv, .md): their public copies have
 * [redact] spans replaced. */
bool gv_attach_type_is_text(const char *media_type);

/* "PDF", "Word document", ...: how a page names a media type gavel
 * attaches; the media type itself for any other. */
const char *gv_attach_type_label(const char *media_type);

#endif
