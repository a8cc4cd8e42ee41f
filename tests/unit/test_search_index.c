/* The site's search index (publish/search_index.h): terms as gv_fold
 * folds them, a meeting's terms part, shards that split by prefix and
 * hold every term in the shard of its longest named prefix, the documents
 * in files of eight, and the same bytes for the same input. */
#include "unit.h"

#include "base/buf.h"
#include "publish/search_index.h"

static void collect(void *arg, const char *term, size_t len)
{
	struct gv_buf *b = arg;
	gv_buf_add(b, term, len);
	gv_buf_putc(b, '|');
}

static void test_tokens_fold_accents_names_and_marks(void **state)
{
	(void)state;
	struct gv_buf b = GV_BUF_INIT;
	gv_search_tokens("Résumé of NGUYỄN Thị Đặng's re\xcc\x81sume\xcc\x81, 2026-123 « Côté »", collect,
			 &b);
	assert_string_equal(gv_buf_str(&b), "resume|of|nguyen|thi|dang|s|resume|2026|123|cote|");
	gv_buf_reset(&b);
	char longer[100];
	memset(longer, 'x', 65);
	longer[65] = '\0';
	gv_search_tokens(longer, collect, &b);
	assert_string_equal(gv_buf_str(&b), "");   /* over 64 bytes: not indexed */
	gv_buf_free(&b);
}

static void test_terms_part_lists_documents_and_titles_as_bits(void **state)
{
	(void)state;
	struct gv_search_terms *t = gv_search_terms_new();
	gv_search_terms_add(t, "Water rates", "The rates rise.");
	gv_search_terms_add(t, "Roads", "Water mains.");
	struct gv_buf b = GV_BUF_INIT;
	gv_search_terms_write(t, &b);
	/* documents 0 and 1: bits 1 and 2, "B" and "C"; both: "D" */
	assert_string_equal(gv_buf_str(&b), "2\nmains C\nrates B B\nrise B\nroads C C\nthe B\n"
					    "water D B\n");
	gv_search_terms_free(t);
	gv_buf_free(&b);
}

/* The index of n meetings, each with its id and one document holding the
 * words of text. */
static struct gv_search_index *index_of(const char *const *texts, size_t n)
{
	struct gv_search_index *ix = gv_search_index_new();
	struct gv_buf b = GV_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		struct gv_search_terms *t = gv_search_terms_new();
		gv_search_terms_add(t, "", texts[i]);
		gv_buf_reset(&b);
		gv_search_terms_write(t, &b);
		gv_search_terms_free(t);
		assert_true(gv_search_index_add(ix, (int64_t)i + 1, b.data, b.len));
	}
	gv_buf_free(&b);
	return ix;
}

static void test_shards_split_by_prefix_and_stay_small(void **state)
{
	(void)state;
	/* 1500 meetings of many words beginning "co", and one "zebra" */
	static char text[1500][64];
	static const char *texts[1501];
	for (int i = 0; i < 1500; i++) {
		snprintf(text[i], sizeof text[i], "co%c%c council co%d", 'a' + i % 26, 'a' + i / 26 % 26,
			 i);
		texts[i] = text[i];
	}
	texts[1500] = "zebra";
	struct gv_search_index *ix = index_of(texts, 1501);
	struct gv_buf all = GV_BUF_INIT, path = GV_BUF_INIT, out = GV_BUF_INIT;
	size_t n = gv_search_index_finish(ix);
	assert_true(n > 3);
	bool council = false;
	for (size_t k = 0; k < n; k++) {
		gv_buf_reset(&path);
		gv_buf_reset(&out);
		gv_search_index_shard(ix, k, &path, &out);
		assert_true(!strncmp(gv_buf_str(&path), "search/t/", 9));
		/* small unless one term alone is larger */
		if (out.len > GV_SEARCH_SHARD_MAX + 64)
			assert_non_null(strstr(gv_buf_str(&out), "{\"council\":"));
		council |= strstr(gv_buf_str(&out), "\"council\":") != NULL;
		gv_buf_printf(&all, "%s\n", gv_buf_str(&path));
	}
	assert_true(council);
	/* the words beginning "co" needed shards of longer prefixes */
	assert_non_null(strstr(gv_buf_str(&all), "search/t/co"));
	gv_buf_reset(&out);
	gv_search_index_manifest(ix, &out);
	assert_non_null(strstr(gv_buf_str(&out), "\"documents\":1501,\"chunk\":8,\"meetings\":\"1:1,2:1,"));
	gv_buf_free(&all);
	gv_buf_free(&path);
	gv_buf_free(&out);
	gv_search_index_free(ix);
}

static void test_same_input_same_bytes(void **state)
{
	(void)state;
	const char *texts[] = {"water rates rise", "water mains", "résumé"};
	struct gv_buf a = GV_BUF_INIT, b = GV_BUF_INIT, path = GV_BUF_INIT;
	for (int round = 0; round < 2; round++) {
		struct gv_search_index *ix = index_of(texts, 3);
		struct gv_buf *out = round ? &b : &a;
		size_t n = gv_search_index_finish(ix);
		for (size_t k = 0; k < n; k++)
			gv_search_index_shard(ix, k, &path, out);
		gv_search_index_manifest(ix, out);
		gv_search_index_free(ix);
	}
	assert_string_equal(gv_buf_str(&a), gv_buf_str(&b));
	assert_non_null(strstr(gv_buf_str(&a), "\"water\":\"1.B,2.B\""));
	gv_buf_free(&a);
	gv_buf_free(&b);
	gv_buf_free(&path);
}

static void test_documents_come_eight_to_a_file(void **state)
{
	(void)state;
	struct gv_buf part = GV_BUF_INIT, path = GV_BUF_INIT, out = GV_BUF_INIT;
	gv_buf_puts(&part, "{\"dir\":\"meetings/m/\"}\n");
	for (int i = 0; i < 9; i++)
		gv_buf_printf(&part, "[\"agenda.html#item-%d\",\"%d\",\"T\",\"\"]\n", i, i);
	assert_int_equal(gv_search_doc_chunks(7, part.data, part.len, 0, &path, &out), 2);
	assert_string_equal(gv_buf_str(&path), "search/d/7-0.js");
	assert_non_null(strstr(gv_buf_str(&out), "gavelDocs(7,0,{\"dir\":\"meetings/m/\"},[[\"agenda.html#item-0\""));
	assert_null(strstr(gv_buf_str(&out), "item-8"));
	gv_buf_reset(&path);
	gv_buf_reset(&out);
	assert_int_equal(gv_search_doc_chunks(7, part.data, part.len, 1, &path, &out), 2);
	assert_string_equal(gv_buf_str(&out),
			    "gavelDocs(7,1,{\"dir\":\"meetings/m/\"},[[\"agenda.html#item-8\",\"8\",\"T\",\"\"]]);\n");
	gv_buf_free(&part);
	gv_buf_free(&path);
	gv_buf_free(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tokens_fold_accents_names_and_marks),
		cmocka_unit_test(test_terms_part_lists_documents_and_titles_as_bits),
		cmocka_unit_test(test_shards_split_by_prefix_and_stay_small),
		cmocka_unit_test(test_same_input_same_bytes),
		cmocka_unit_test(test_documents_come_eight_to_a_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
