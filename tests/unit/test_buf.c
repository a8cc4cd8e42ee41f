/* Growable arrays (base/buf.h): GV_PUSH keeps every element, in order, each
 * new one zeroed, with no capacity field; GV_ROOM makes one slot. */
#include "unit.h"

#include "base/buf.h"

struct pair {
	int a, b;
};

static void test_push_keeps_every_element_in_order(void **state)
{
	(void)state;
	int *v = NULL;
	size_t n = 0;
	for (int i = 0; i < 1000; i++)
		*GV_PUSH(v, n) = i * 3;
	assert_int_equal(n, 1000);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(v[i], (int)i * 3);
	free(v);
}

static void test_pushed_elements_start_zeroed(void **state)
{
	(void)state;
	struct pair *v = NULL;
	size_t n = 0;
	for (int i = 0; i < 70; i++) {
		struct pair *p = GV_PUSH(v, n);
		assert_int_equal(p->a, 0);
		assert_int_equal(p->b, 0);
		p->a = i;
	}
	for (size_t i = 0; i < n; i++)
		assert_int_equal(v[i].a, (int)i);
	free(v);
}

static void test_room_for_the_first_element_is_never_null(void **state)
{
	(void)state;
	char **v = NULL;
	GV_ROOM(v, 0);
	assert_non_null(v);
	assert_null(v[0]);
	free(v);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_push_keeps_every_element_in_order),
		cmocka_unit_test(test_pushed_elements_start_zeroed),
		cmocka_unit_test(test_room_for_the_first_element_is_never_null),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
