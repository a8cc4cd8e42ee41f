/* The client of gavel serve (serve/client.h): an event that arrives while
 * a call waits for its reply is not lost on whoever follows events, and a
 * server that refuses and closes the connection (a re-linked login) leaves
 * its words, not a crash. */
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

/* The server's refusal (id 0), unasked, then the connection closed: the
 * next call fails with the closed connection (its reply never read, and
 * so never freed), and the refusal is kept for the client to say. */
static void test_a_refusal_and_a_closed_connection_fail_a_call_cleanly(void **state)
{
	(void)state;
	int sv[2];
	assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	struct gv_client c = {.fd = sv[0], .next_id = 1};
	struct gv_buf b = GV_BUF_INIT;
	gv_proto_refusal(&b, "the login is now linked to Grace Lee: connect again");
	assert_int_equal(write(sv[1], b.data, b.len), (ssize_t)b.len);
	gv_buf_free(&b);
	close(sv[1]);
	struct gv_proto_msg m;
	struct gv_err err = {0};
	assert_int_equal(gv_client_read(&c, &m, &err), 0);
	gv_proto_msg_clear(&m);
	assert_string_equal(c.farewell, "the login is now linked to Grace Lee: connect again");
	char *argv[] = {"meeting", "list"};
	struct gv_proto_msg reply;
	memset(&reply, 0x5a, sizeof reply); /* what the stack held */
	assert_int_not_equal(gv_client_call(&c, 2, argv, &reply, &err), 0);
	assert_string_equal(err.msg, "the server closed the connection");
	gv_proto_msg_clear(&reply); /* cleared: nothing to free */
	gv_client_close(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_an_event_during_a_call_is_remembered),
		cmocka_unit_test(test_a_refusal_and_a_closed_connection_fail_a_call_cleanly),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
