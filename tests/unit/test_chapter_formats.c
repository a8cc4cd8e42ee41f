/* Chapter formats written from chapters in memory: titles that look like
 * the formats' own syntax stay text. */
#include "unit.h"

#include "base/buf.h"
#include "live/chapters.h"
#include "streaming-hooks/chapter_formats.h"

static void test_webvtt_title_with_an_arrow_stays_one_cue(void **state)
{
	(void)state;
	/* found by the chapters fuzz target: "-->" in a cue's text made
	 * readers take it for the timing line of another cue */
	struct gv_chapter v[] = {
		{0, 60000, "Call to order", ""},
		{60000, 120000, "7.2 Rates --> 2027 & <b>", "7.2"},
	};
	struct gv_chapters c = {"Regular Meeting of Council, Council", "2026-12-08-council", v, 2};
	struct gv_buf out = GV_BUF_INIT;
	struct gv_err err = {0};
	assert_int_equal(gv_chapters_write(&c, "webvtt", &out, &err), 0);
	assert_string_equal(gv_buf_str(&out), "WEBVTT\n\n"
					      "chapter-1\n00:00:00.000 --> 00:01:00.000\n"
					      "Call to order\n\n"
					      "chapter-2\n00:01:00.000 --> 00:02:00.000\n"
					      "7.2 Rates --&gt; 2027 &amp; &lt;b&gt;\n\n");
	gv_buf_free(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_webvtt_title_with_an_arrow_stays_one_cue),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
