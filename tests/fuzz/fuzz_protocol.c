/* gavel serve's protocol (docs/protocol.md): a line a client or server
 * sent. What is accepted writes back, as a request and as a reply, to lines
 * that read as the same message; a refusal names what is wrong. */
#include "fuzz.h"

#include "base/buf.h"
#include "base/err.h"
#include "serve/proto.h"

static bool same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > GV_PROTO_LINE_MAX)
		return 0;
	struct gv_proto_msg m, again;
	struct gv_err err = {0};
	if (gv_proto_parse((const char *)data, size, &m, &err)) {
		FZ_CHECK(err.code == GV_EUSAGE && err.msg[0], err.msg);
		return 0;
	}
	FZ_CHECK(m.argc >= 0 && m.argc <= GV_PROTO_ARGS_MAX, "argc");
	FZ_CHECK(m.n_notices >= 0 && m.n_notices <= GV_PROTO_ARGS_MAX, "notices");
	struct gv_buf b = GV_BUF_INIT;
	gv_proto_request(&b, m.id, m.argc, m.argv);
	FZ_CHECK(b.len && b.data[b.len - 1] == '\n' && !memchr(b.data, '\n', b.len - 1), b.data);
	FZ_CHECK(gv_proto_parse(b.data, b.len - 1, &again, &err) == 0, err.msg);
	FZ_CHECK(again.protocol == GV_PROTO_VERSION && again.id == m.id, b.data);
	FZ_CHECK(again.argc == m.argc, b.data);
	for (int i = 0; i < m.argc; i++)
		/* words that are UTF-8 without control characters come back as
		 * they were (others are made visible, base/json.h) */
		FZ_CHECK(again.argv[i] != NULL, b.data);
	gv_proto_msg_clear(&again);
	gv_buf_reset(&b);
	gv_proto_reply(&b, m.id, (int)(m.status & 0xff), m.out, m.out ? strlen(m.out) : 0,
		       m.error, m.notices, m.n_notices);
	FZ_CHECK(gv_proto_parse(b.data, b.len - 1, &again, &err) == 0, err.msg);
	FZ_CHECK(again.id == m.id && again.status == (m.status & 0xff), b.data);
	FZ_CHECK(again.n_notices == m.n_notices && again.out, b.data);
	FZ_CHECK(same(again.error, m.error) || (m.error && again.error), b.data);
	gv_proto_msg_clear(&again);
	gv_buf_free(&b);
	gv_proto_msg_clear(&m);
	return 0;
}
