/* Attachments: files copied into the workspace (attachments/<sha256>) with
 * their SHA-256, media type and size. */
#ifndef GAVEL_ATTACH_H
#define GAVEL_ATTACH_H

#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

#define GV_ATTACH_MAX (50LL * 1024 * 1024)

/* Attach file at path to item ref of the meeting. Refused: missing files,
 * directories, devices, files over GV_ATTACH_MAX, symlinks that lead out of
 * the workspace. */
int gv_attach(struct gv_ws *ws, int64_t meeting_id, const char *ref, const char *path,
	      struct gv_err *err);

/* Media type from the name and first bytes ("application/pdf"). */
const char *gv_media_type(const char *name, const unsigned char *head, size_t n);

/* Every attachment's copy in attachments/ is there, of its size, with its
 * SHA-256. */
int gv_attach_check(struct gv_ws *ws, struct gv_err *err);

#endif
