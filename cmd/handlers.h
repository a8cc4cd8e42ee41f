/* Handlers named by the command table (cmd/table.c), one file per group. */
#ifndef GAVEL_HANDLERS_H
#define GAVEL_HANDLERS_H

struct gv_ctx;
struct gv_args;

#define HANDLER(name) int name(struct gv_ctx *ctx, const struct gv_args *a)

/* cmd_workspace.c */
HANDLER(cmd_init);
HANDLER(cmd_demo);
HANDLER(cmd_config);
HANDLER(cmd_version);
HANDLER(cmd_help);
HANDLER(cmd_tui);
/* cmd_people.c */
HANDLER(cmd_body_add);
HANDLER(cmd_body_list);
HANDLER(cmd_member_add);
HANDLER(cmd_member_list);
/* cmd_meeting.c */
HANDLER(cmd_meeting_new);
HANDLER(cmd_meeting_edit);
HANDLER(cmd_meeting_list);
HANDLER(cmd_meeting_show);
/* cmd_agenda.c */
HANDLER(cmd_agenda_show);
HANDLER(cmd_agenda_add);
HANDLER(cmd_agenda_edit);
HANDLER(cmd_agenda_move);
HANDLER(cmd_agenda_rm);
HANDLER(cmd_agenda_attach);
HANDLER(cmd_agenda_import);
HANDLER(cmd_agenda_publish);
/* cmd_publish.c */
HANDLER(cmd_publish);
/* cmd_hooks.c */
HANDLER(cmd_hooks_list);
HANDLER(cmd_hooks_test);

#endif
