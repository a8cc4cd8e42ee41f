#include "base/lockfile.h"

#include "base/err.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

int gv_lockfile_take(const char *path, int wait_ms, const char *what, int *fd,
		     struct gv_err *err)
{
	*fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (*fd < 0)
		return gv_err_set(err, GV_EIO, "cannot lock %s: %s", what, strerror(errno));
	for (int waited = 0; flock(*fd, LOCK_EX | LOCK_NB) != 0; waited += 10) {
		if (errno != EWOULDBLOCK || waited >= wait_ms) {
			close(*fd);
			*fd = -1;
			return gv_err_set(err, GV_EIO,
					  "%s is being written by another gavel process; try again",
					  what);
		}
		struct timespec ts = {0, 10 * 1000 * 1000};
		nanosleep(&ts, NULL);
	}
	return 0;
}

void gv_lockfile_release(int fd)
{
	if (fd >= 0)
		close(fd); /* closing releases the flock */
}
