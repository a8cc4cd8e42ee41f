/* Every gavel command: name, usage, summary, arguments and options, in one
 * place for the CLI, the TUI prompt, `gavel help` and the manual page. */
#include "cmd/cmd.h"
#include "cmd/handlers.h"

#define OPTS(...) ((const struct gv_opt[]){__VA_ARGS__, {NULL, false}})
#define V(n) {n, true}
#define F(n) {n, false}

const struct gv_cmd gv_commands[] = {
	{"tui", "[M]", "open the terminal UI (at meeting M)", 0, 1, NULL, 0, cmd_tui},
	{"init", "[DIR] [--name MUNICIPALITY] [--timezone TZ] [--procedure ontario|roberts]",
	 "create a workspace", 0, 1, OPTS(V("name"), V("timezone"), V("procedure")),
	 GV_CMD_NO_WS, cmd_init},
	{"demo", "[DIR] [--no-tui]", "make a demo workspace with history, then open the TUI", 0,
	 1, OPTS(F("no-tui")), GV_CMD_NO_WS, cmd_demo},
	{"config", "[KEY [VALUE]] [--json]", "read or set a setting (no KEY: list them all)", 0,
	 2, OPTS(F("json")), 0, cmd_config},
	{"help", "[COMMAND]", "show the commands, or one command's usage", 0, 2,
	 OPTS(F("man")), GV_CMD_NO_WS, cmd_help},
	{"version", "", "print gavel's version", 0, 0, NULL, GV_CMD_NO_WS, cmd_version},

	{"body add", "NAME [--seats N] [--quorum N]", "add a council or committee", 1, 1,
	 OPTS(V("seats"), V("quorum")), 0, cmd_body_add},
	{"body list", "[--json]", "list bodies with their seats and quorum", 0, 0,
	 OPTS(F("json")), 0, cmd_body_list},
	{"member add",
	 "NAME [--role mayor|deputy-mayor|councillor|clerk|staff] [--ward W] [--body NAMES]",
	 "add a member (voting roles join Council)", 1, 1,
	 OPTS(V("role"), V("ward"), V("body")), 0, cmd_member_add},
	{"member list", "[--body NAME] [--json]", "list members", 0, 0,
	 OPTS(V("body"), F("json")), 0, cmd_member_list},

	{"meeting new",
	 "--title TEXT --at TIME [--body NAME] [--location TEXT] "
	 "[--template ontario-regular|blank]",
	 "schedule a meeting; prints its slug", 0, 0,
	 OPTS(V("title"), V("at"), V("body"), V("location"), V("template")), 0,
	 cmd_meeting_new},
	{"meeting edit",
	 "M [--title T] [--at T] [--location L] [--stream-url URL] [--lang en|fr] [--cancel]",
	 "change a meeting", 1, 1,
	 OPTS(V("title"), V("at"), V("location"), V("stream-url"), V("lang"), F("cancel")), 0,
	 cmd_meeting_edit},
	{"meeting list", "[--json]", "list meetings by date", 0, 0, OPTS(F("json")), 0,
	 cmd_meeting_list},
	{"meeting show", "M [--json]", "show a meeting and its agenda outline", 1, 1,
	 OPTS(F("json")), 0, cmd_meeting_show},

	{"agenda show", "M [--json] [--format text|md] [--public]", "show a meeting's agenda",
	 1, 1, OPTS(F("json"), V("format"), F("public")), 0, cmd_agenda_show},
	{"agenda add",
	 "M TITLE [--under N | --after N] [--body-file FILE|-] [--recommendation TEXT] "
	 "[--consent] [--closed CLAUSE]",
	 "add an agenda item; prints its number", 2, 2,
	 OPTS(V("under"), V("after"), V("body-file"), V("recommendation"), F("consent"),
	      V("closed")),
	 0, cmd_agenda_add},
	{"agenda edit",
	 "M N [--title T] [--body-file F|-] [--recommendation T] [--consent|--no-consent] "
	 "[--closed CLAUSE|--open]",
	 "change an agenda item", 2, 2,
	 OPTS(V("title"), V("body-file"), V("recommendation"), F("consent"), F("no-consent"),
	      V("closed"), F("open")),
	 0, cmd_agenda_edit},
	{"agenda move", "M N (--after N2 | --under N2 | --first)",
	 "move an item (with its sub-items); prints its new number", 2, 2,
	 OPTS(V("after"), V("under"), F("first")), 0, cmd_agenda_move},
	{"agenda rm", "M N", "remove an item and its sub-items", 2, 2, NULL, 0, cmd_agenda_rm},
	{"agenda attach", "M N FILE", "attach a file to an item", 3, 3, NULL, 0,
	 cmd_agenda_attach},
	{"agenda import", "M FILE|-", "replace the agenda with a markdown agenda", 2, 2, NULL, 0,
	 cmd_agenda_import},
	{"agenda publish", "M", "make the agenda public: commit it to record/", 1, 1, NULL, 0,
	 cmd_agenda_publish},

	{"publish", "[--out DIR] [M...]",
	 "write the public website: agendas, calendar and feed (default: site/)", 0, GV_MAX_POS,
	 OPTS(V("out")), 0, cmd_publish},
	{"hooks list", "[--json]", "the streaming hooks installed in hooks/", 0, 0, OPTS(F("json")),
	 0, cmd_hooks_list},
	{"hooks test", "EVENT",
	 "run the hooks for EVENT now with a sample event and show what they did", 1, 1, NULL, 0,
	 cmd_hooks_test},
	{NULL, NULL, NULL, 0, 0, NULL, 0, NULL},
};
