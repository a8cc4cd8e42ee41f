/* A read-only file system, for tests: LD_PRELOAD this library with
 * READ_ONLY_DIR=DIR and every call that would change something under DIR
 * fails with EROFS (or the errno named by READ_ONLY_ERRNO: EACCES), as a
 * read-only mount would, while reading works. The tests run as root in CI,
 * where chmod stops nothing. Covers what SQLite, libgit2 and gavel use to
 * open for writing, create, rename, remove and change modes; the existence
 * checks come first, as the kernel makes them (mkdir of an existing
 * directory is EEXIST, not EROFS). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define REAL(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

/* path (relative to dirfd) made absolute, with the symbolic links of its
 * directory resolved: it need not exist yet. */
static int absolute(int dirfd, const char *path, char *out)
{
	char base[PATH_MAX], joined[PATH_MAX * 2];
	if (path[0] == '/') {
		snprintf(joined, sizeof joined, "%s", path);
	} else {
		if (dirfd == AT_FDCWD) {
			if (!getcwd(base, sizeof base))
				return -1;
		} else {
			char link[64];
			snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
			ssize_t n = readlink(link, base, sizeof base - 1);
			if (n <= 0)
				return -1;
			base[n] = '\0';
		}
		snprintf(joined, sizeof joined, "%s/%s", base, path);
	}
	if (realpath(joined, out))
		return 0;
	char *slash = strrchr(joined, '/');
	*slash = '\0';
	char parent[PATH_MAX];
	if (!realpath(*joined ? joined : "/", parent))
		return -1;
	return snprintf(out, PATH_MAX, "%s/%s", parent, slash + 1) < PATH_MAX ? 0 : -1;
}

/* Is path (relative to dirfd) under $READ_ONLY_DIR? Sets errno when so. */
static int read_only(int dirfd, const char *path)
{
	const char *dir = getenv("READ_ONLY_DIR");
	char root[PATH_MAX], full[PATH_MAX];
	if (!dir || !*dir || !path || !realpath(dir, root) || absolute(dirfd, path, full))
		return 0;
	size_t len = strlen(root);
	if (strncmp(full, root, len) != 0 || (full[len] != '/' && full[len] != '\0'))
		return 0;
	const char *e = getenv("READ_ONLY_ERRNO");
	errno = e && !strcmp(e, "EACCES") ? EACCES : EROFS;
	return 1;
}

static int exists(int dirfd, const char *path)
{
	struct stat st;
	return fstatat(dirfd, path, &st, AT_SYMLINK_NOFOLLOW) == 0;
}

static int opens_for_writing(int dirfd, const char *path, int flags)
{
	int writes = (flags & O_ACCMODE) != O_RDONLY || (flags & O_TRUNC) ||
		     ((flags & O_CREAT) && !exists(dirfd, path));
	return writes && read_only(dirfd, path);
}

/* A created path that already exists fails with EEXIST first. */
static int creates(int dirfd, const char *path)
{
	if (exists(dirfd, path)) {
		if (!read_only(dirfd, path))
			return 0;
		errno = EEXIST;
		return 1;
	}
	return read_only(dirfd, path);
}

static mode_t mode_arg(int flags, va_list ap)
{
	return (flags & (O_CREAT | O_TMPFILE)) ? (mode_t)va_arg(ap, int) : 0;
}

/* The body of an open: the mode is there only with O_CREAT or O_TMPFILE. */
#define OPEN_BODY(dirfd, real_call)                                             \
	va_list ap;                                                             \
	va_start(ap, flags);                                                    \
	mode_t mode = mode_arg(flags, ap);                                      \
	va_end(ap);                                                             \
	if (opens_for_writing(dirfd, path, flags))                              \
		return -1;                                                      \
	return real_call;
#define OPEN(name)                                                              \
	int name(const char *path, int flags, ...)                              \
	{                                                                       \
		OPEN_BODY(AT_FDCWD, REAL(name)(path, flags, mode))              \
	}
#define OPEN_AT(name)                                                           \
	int name(int dirfd, const char *path, int flags, ...)                   \
	{                                                                       \
		OPEN_BODY(dirfd, REAL(name)(dirfd, path, flags, mode))          \
	}
OPEN(open)
OPEN(open64)
OPEN_AT(openat)
OPEN_AT(openat64)

int creat(const char *path, mode_t mode)
{
	return read_only(AT_FDCWD, path) ? -1 : REAL(creat)(path, mode);
}

#define FOPEN(name)                                                             \
	FILE *name(const char *path, const char *mode)                          \
	{                                                                       \
		if (strpbrk(mode, "wa+") && read_only(AT_FDCWD, path))          \
			return NULL;                                            \
		return REAL(name)(path, mode);                                  \
	}
FOPEN(fopen)
FOPEN(fopen64)

int rename(const char *from, const char *to)
{
	if (read_only(AT_FDCWD, from) || read_only(AT_FDCWD, to))
		return -1;
	return REAL(rename)(from, to);
}

int renameat(int fromfd, const char *from, int tofd, const char *to)
{
	if (read_only(fromfd, from) || read_only(tofd, to))
		return -1;
	return REAL(renameat)(fromfd, from, tofd, to);
}

int renameat2(int fromfd, const char *from, int tofd, const char *to, unsigned flags)
{
	if (read_only(fromfd, from) || read_only(tofd, to))
		return -1;
	return REAL(renameat2)(fromfd, from, tofd, to, flags);
}

int mkdir(const char *path, mode_t mode)
{
	return creates(AT_FDCWD, path) ? -1 : REAL(mkdir)(path, mode);
}

int mkdirat(int dirfd, const char *path, mode_t mode)
{
	return creates(dirfd, path) ? -1 : REAL(mkdirat)(dirfd, path, mode);
}

int link(const char *from, const char *to)
{
	return creates(AT_FDCWD, to) ? -1 : REAL(link)(from, to);
}

int symlink(const char *target, const char *path)
{
	return creates(AT_FDCWD, path) ? -1 : REAL(symlink)(target, path);
}

int unlink(const char *path)
{
	return read_only(AT_FDCWD, path) ? -1 : REAL(unlink)(path);
}

int unlinkat(int dirfd, const char *path, int flags)
{
	return read_only(dirfd, path) ? -1 : REAL(unlinkat)(dirfd, path, flags);
}

int rmdir(const char *path)
{
	return read_only(AT_FDCWD, path) ? -1 : REAL(rmdir)(path);
}

int truncate(const char *path, off_t len)
{
	return read_only(AT_FDCWD, path) ? -1 : REAL(truncate)(path, len);
}

int chmod(const char *path, mode_t mode)
{
	return read_only(AT_FDCWD, path) ? -1 : REAL(chmod)(path, mode);
}

/* A temporary file from a template: glibc creates it with its own open. */
int mkstemp(char *tmpl)
{
	return read_only(AT_FDCWD, tmpl) ? -1 : REAL(mkstemp)(tmpl);
}

int mkostemp(char *tmpl, int flags)
{
	return read_only(AT_FDCWD, tmpl) ? -1 : REAL(mkostemp)(tmpl, flags);
}

char *mkdtemp(char *tmpl)
{
	return read_only(AT_FDCWD, tmpl) ? NULL : REAL(mkdtemp)(tmpl);
}

int access(const char *path, int how)
{
	if ((how & W_OK) && read_only(AT_FDCWD, path))
		return -1;
	return REAL(access)(path, how);
}
