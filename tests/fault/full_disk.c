/* A disk that fills up, for tests: LD_PRELOAD this library and every write
 * to a file under $FULL_DISK_DIR fails with ENOSPC once $FULL_DISK_BYTES
 * bytes (default 0) have been written there by the process, as a full file
 * system would. No privileges or mounts needed, so it runs anywhere the
 * tests do. Covers write, pwrite, pwrite64, writev and fallocate: what
 * SQLite, libgit2 and gavel's own file writes use. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static long long written;

/* Is fd a file under $FULL_DISK_DIR, and is the disk already full? */
static int full(int fd, size_t adding)
{
	const char *dir = getenv("FULL_DISK_DIR");
	if (!dir || !*dir)
		return 0;
	char link[64], path[PATH_MAX];
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, path, sizeof path - 1);
	if (n <= 0)
		return 0;
	path[n] = '\0';
	size_t len = strlen(dir);
	if (strncmp(path, dir, len) != 0 || (path[len] != '/' && path[len] != '\0'))
		return 0;
	const char *cap = getenv("FULL_DISK_BYTES");
	long long limit = cap ? atoll(cap) : 0;
	if (written + (long long)adding > limit) {
		errno = ENOSPC;
		return 1;
	}
	written += (long long)adding;
	return 0;
}

#define REAL(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

ssize_t write(int fd, const void *buf, size_t n)
{
	return full(fd, n) ? -1 : REAL(write)(fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	return full(fd, n) ? -1 : REAL(pwrite)(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off64_t off)
{
	return full(fd, n) ? -1 : REAL(pwrite64)(fd, buf, n, off);
}

ssize_t writev(int fd, const struct iovec *iov, int cnt)
{
	size_t n = 0;
	for (int i = 0; i < cnt; i++)
		n += iov[i].iov_len;
	return full(fd, n) ? -1 : REAL(writev)(fd, iov, cnt);
}

int fallocate(int fd, int mode, off_t off, off_t len)
{
	return full(fd, (size_t)len) ? -1 : REAL(fallocate)(fd, mode, off, len);
}

int posix_fallocate(int fd, off_t off, off_t len)
{
	if (full(fd, (size_t)len))
		return ENOSPC;
	return REAL(posix_fallocate)(fd, off, len);
}
