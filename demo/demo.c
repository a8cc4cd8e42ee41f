#include "demo/demo.h"
#include "base/err.h"
int gv_demo_build(const char *dir, struct gv_err *err)
{
	(void)dir;
	return gv_err_set(err, GV_EREFUSED, "demo not built yet");
}
