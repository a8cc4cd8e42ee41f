/* Advisory locks between gavel processes (flock): released by the kernel
 * when the holder exits or is killed, so never left stale. */
#ifndef GAVEL_LOCKFILE_H
#define GAVEL_LOCKFILE_H

struct gv_err;

/* Hold an exclusive lock on path (created 0600 when missing) in *fd,
 * waiting up to wait_ms for another holder; what names the thing locked in
 * the refusal. Release with gv_lockfile_release. */
int gv_lockfile_take(const char *path, int wait_ms, const char *what, int *fd,
		     struct gv_err *err);
void gv_lockfile_release(int fd);

#endif
