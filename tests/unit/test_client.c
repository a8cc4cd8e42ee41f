/* The client of gavel serve (serve/client.h): an event that arrives while
 * a call waits for its reply is not lost on whoever follows events. */
#include "unit.h"

#include "base/err.h"
#include "serve/client.h"

#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void test_an_event_during_a_call_is_remembered(void **state)
{
	(void)state;
	int sv[2];
	assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	struct gv_client c = {.fd = sv[0], .next_id = 1};
	/* the server's side: an event, then the reply to request 1 */
	struct gv_buf b = GV_BUF_INIT;
	gv_proto_event(&b, "changed", "2026-12-01-council", "live take", NULL);
	gv_proto_reply(&b, 1, 0, "done\n", 5, NULL, NULL, 0);
	assert_int_equal(write(sv[1], b.data, b.len), (ssize_t)b.len);
	gv_buf_free(&b);
	char *argv[] = {"version"};
	struct gv_proto_msg reply;
	struct gv_err err = {0};
	assert_int_equal(gv_client_call(&c, 1, argv, &reply, &err), 0);
	assert_string_equal(reply.out, "done\n");
	assert_true(c.missed);
	gv_proto_msg_clear(&reply);
	gv_client_close(&c);
	close(sv[1]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_an_event_during_a_call_is_remembered),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
