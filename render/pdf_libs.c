/* Loading the typesetting libraries on first use (render/pdf_libs.h). */
#include "render/pdf_libs.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

#include "base/err.h"

struct gv_pdf_libs gv_pdf_lib;

/* Debian's sonames (libcairo2, libpango-1.0-0, libpangocairo-1.0-0,
 * libpoppler-glib8, libglib2.0-0), the packages the Makefile installs. */
static const char *const sonames[] = {
	"libglib-2.0.so.0",       "libgobject-2.0.so.0",    "libcairo.so.2",
	"libpango-1.0.so.0",      "libpangocairo-1.0.so.0", "libpoppler-glib.so.8",
};

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char failure[200];

static void *find(void *const *h, const char *name)
{
	for (size_t i = 0; i < sizeof sonames / sizeof *sonames; i++) {
		void *f = dlsym(h[i], name);
		if (f)
			return f;
	}
	return NULL;
}

static void load(void)
{
	void *h[sizeof sonames / sizeof *sonames];
	for (size_t i = 0; i < sizeof sonames / sizeof *sonames; i++) {
		/* never closed: the libraries keep caches for the process's life */
		h[i] = dlopen(sonames[i], RTLD_LAZY | RTLD_LOCAL);
		if (!h[i]) {
			snprintf(failure, sizeof failure, "cannot load %s", sonames[i]);
			return;
		}
	}
#define GV_PDF_SYM_LOAD(name)                                                        \
	if (!failure[0] && !(*(void **)&gv_pdf_lib.name = find(h, #name)))          \
		snprintf(failure, sizeof failure, "%s is missing from the libraries", #name);
	GV_PDF_SYMS(GV_PDF_SYM_LOAD)
#undef GV_PDF_SYM_LOAD
}

int gv_pdf_libs_load(struct gv_err *err)
{
	pthread_once(&once, load);
	if (failure[0])
		return gv_err_set(err, GV_EIO,
				  "PDF: %s (gavel needs Cairo, Pango and Poppler: make deps)", failure);
	return 0;
}
