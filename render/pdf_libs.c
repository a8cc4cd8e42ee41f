/* Loading the typesetting libraries on first use (render/pdf_libs.h). */
#include "render/pdf_libs.h"

#include <dlfcn.h>
#include <malloc.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "base/err.h"

struct gv_pdf_libs gv_pdf_lib;

/* Debian's sonames (libcairo2, libpango-1.0-0, libpangocairo-1.0-0,
 * libpoppler-glib8, libglib2.0-0, libdeflate0), the packages the Makefile
 * installs. HarfBuzz's functions come with Pango's. */
static const char *const sonames[] = {
	"libglib-2.0.so.0",	  "libgobject-2.0.so.0", "libcairo.so.2",    "libpango-1.0.so.0",
	"libpangocairo-1.0.so.0", "libdeflate.so.0",
};
#define N_LIBS (sizeof sonames / sizeof *sonames)

static pthread_once_t once = PTHREAD_ONCE_INIT, poppler_once = PTHREAD_ONCE_INIT;
#define FAIL_LEN 200
static char failure[FAIL_LEN], poppler_failure[FAIL_LEN];

static void *find(void *const *h, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++) {
		void *f = dlsym(h[i], name);
		if (f)
			return f;
	}
	return NULL;
}

/* never closed: the libraries keep caches for the process's life */
static void *open_lib(const char *soname, char *fail, size_t size)
{
	void *h = dlopen(soname, RTLD_LAZY | RTLD_LOCAL);
	if (!h)
		snprintf(fail, size, "cannot load %s", soname);
	return h;
}

#define GV_PDF_SYM_LOAD(name)                                                           \
	if (!fail[0] && !(*(void **)&gv_pdf_lib.name = find(h, n, #name)))             \
		snprintf(fail, FAIL_LEN, "%s is missing from the libraries", #name);

/* The heap in huge pages (docs/performance.md, "Lines broken once, and
 * the heap in huge pages"):
 * typesetting touches tens of megabytes of fresh heap, and a page fault
 * every 4 KB cost a package about a sixth of its time. The heap grows now,
 * by about 56 MB of address space (memory only once touched), is kept
 * (never trimmed, large blocks from it instead of mmap), and the kernel is
 * asked to back it with 2 MB pages where it can. glibc on Linux, and the
 * main thread's heap only: a publish's workers have heaps of their own. */
static void heap_in_huge_pages(void)
{
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
	enum { HUGE = 2 << 20, GROW = 24 << 20, PAD = 32 << 20 };
	char *start = sbrk(0);
	/* volatile: a compiler may drop a block freed unused */
	void *volatile probe = malloc(1);
	bool main_heap = probe && (char *)probe < start;
	free(probe);
	if (!main_heap)
		return;
	mallopt(M_MMAP_THRESHOLD, PAD);
	mallopt(M_TRIM_THRESHOLD, 4 * PAD);
	mallopt(M_TOP_PAD, PAD);
	void *volatile grow = malloc(GROW);
	free(grow);
	char *end = sbrk(0);
	char *from = (char *)(((uintptr_t)start + HUGE - 1) & ~(uintptr_t)(HUGE - 1));
	if (end > from + HUGE)
		madvise(from, (size_t)(end - from), MADV_HUGEPAGE);
#endif
}

static void load(void)
{
	heap_in_huge_pages();
	void *h[N_LIBS];
	size_t n = N_LIBS;
	char *fail = failure;
	for (size_t i = 0; i < N_LIBS; i++)
		if (!(h[i] = open_lib(sonames[i], failure, FAIL_LEN)))
			return;
	GV_PDF_SYMS(GV_PDF_SYM_LOAD)
}

static void load_poppler(void)
{
	void *h[1];
	size_t n = 1;
	char *fail = poppler_failure;
	if (!(h[0] = open_lib("libpoppler-glib.so.8", poppler_failure, FAIL_LEN)))
		return;
	GV_PDF_POPPLER_SYMS(GV_PDF_SYM_LOAD)
}

#undef GV_PDF_SYM_LOAD

static int failed(struct gv_err *err, const char *why)
{
	return gv_err_set(err, GV_EIO, "PDF: %s (gavel needs Cairo, Pango and Poppler: make deps)",
			  why);
}

int gv_pdf_libs_load(struct gv_err *err)
{
	pthread_once(&once, load);
	return failure[0] ? failed(err, failure) : 0;
}

int gv_pdf_poppler_load(struct gv_err *err)
{
	int rc = gv_pdf_libs_load(err);
	if (rc)
		return rc;
	pthread_once(&poppler_once, load_poppler);
	return poppler_failure[0] ? failed(err, poppler_failure) : 0;
}
