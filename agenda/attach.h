/* Attachments: files copied into the workspace (attachments/<sha256>) with
 * their SHA-256, media type and size. */
#ifndef GAVEL_ATTACH_H
#define GAVEL_ATTACH_H

#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

#define GV_ATTACH_MAX (50LL * 1024 * 1024)

/* Attach file at path to item ref of the meeting, with the media type its
 * extension and content agree on (agenda/attach_type.h). Refused: missing
 * files, directories, devices, files over GV_ATTACH_MAX, symlinks that lead
 * out of the workspace, and any file that is not a type gavel attaches. */
int gv_attach(struct gv_ws *ws, int64_t meeting_id, const char *ref, const char *path,
	      struct gv_err *err);

/* Remove the attachment named name from item ref of the meeting; its copy
 * in attachments/ goes too when no other item has it. */
int gv_attach_remove(struct gv_ws *ws, int64_t meeting_id, const char *ref, const char *name,
		     struct gv_err *err);

/* Make the attachments of agenda a (as gv_agenda_load gave it) what the
 * public gets: those of closed items go, and so does every attachment whose
 * stored content is not a type gavel attaches (an older gavel attached
 * anything), so that no public output can serve it; a text attachment
 * with [redact] spans gets its redacted bytes in `published`, and its size
 * and SHA-256 become theirs. Media types are the ones the content gives
 * (docs/safety.md, "Attachments"). */
struct gv_agenda;
int gv_attach_make_public(struct gv_ws *ws, struct gv_agenda *a, struct gv_err *err);

/* The bytes of an attachment: in a public agenda, what it publishes (its
 * `published` text); else its stored file. *data is the caller's. */
struct gv_attachment;
int gv_attach_read(struct gv_ws *ws, const struct gv_attachment *att, char **data, size_t *len,
		   struct gv_err *err);

/* Every attachment whose stored content gavel would not attach: a sentence
 * for each, naming the meeting, the item, the file and what it is, and how
 * to remove it. Free with gv_attach_withheld_free. */
int gv_attach_withheld(struct gv_ws *ws, char ***out, size_t *n, struct gv_err *err);
void gv_attach_withheld_free(char **msgs, size_t n);

/* Every attachment's copy in attachments/ is there, of its size, with its
 * SHA-256. */
int gv_attach_check(struct gv_ws *ws, struct gv_err *err);

#endif
