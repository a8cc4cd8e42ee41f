/* The Pango context the typesetter lays text out with (gv_pdf_context),
 * for the unit tests of render/pdf*.c: cmocka's group setup and teardown. */
#ifndef GAVEL_TESTS_UNIT_PDF_FIXTURE_H
#define GAVEL_TESTS_UNIT_PDF_FIXTURE_H

#include "base/buf.h"
#include "base/err.h"
#include "render/pdf_libs.h"
#include "render/pdf_lines.h"

struct fixture {
	PangoContext *ctx;
};

static int setup(void **state)
{
	struct gv_err err = {0};
	if (gv_pdf_libs_load(&err))
		return -1;
	struct fixture *f = gv_calloc(1, sizeof *f);
	f->ctx = gv_pdf_context();
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	L(g_object_unref)(f->ctx);
	free(f);
	return 0;
}

#endif
