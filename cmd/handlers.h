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
HANDLER(cmd_display);
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
HANDLER(cmd_agenda_detach);
HANDLER(cmd_agenda_import);
HANDLER(cmd_agenda_publish);
/* cmd_live.c */
HANDLER(cmd_live_start);
HANDLER(cmd_live_stream);
HANDLER(cmd_live_attend);
HANDLER(cmd_live_arrive);
HANDLER(cmd_live_leave);
HANDLER(cmd_live_take);
HANDLER(cmd_live_declare);
HANDLER(cmd_live_hold);
HANDLER(cmd_live_move);
HANDLER(cmd_live_second);
HANDLER(cmd_live_vote);
HANDLER(cmd_live_withdraw);
HANDLER(cmd_live_closed);
HANDLER(cmd_live_rise);
HANDLER(cmd_live_recess);
HANDLER(cmd_live_resume);
HANDLER(cmd_live_adjourn);
HANDLER(cmd_live_undo);
HANDLER(cmd_live_status);
HANDLER(cmd_live_log);
/* cmd_minutes.c */
HANDLER(cmd_minutes);
HANDLER(cmd_minutes_note);
HANDLER(cmd_minutes_save);
HANDLER(cmd_minutes_approve);
HANDLER(cmd_history);
HANDLER(cmd_diff);
HANDLER(cmd_push);
/* cmd_publish.c */
HANDLER(cmd_publish);
/* cmd_export.c */
HANDLER(cmd_export);
/* cmd_chapters.c */
HANDLER(cmd_chapters);
/* cmd_search.c */
HANDLER(cmd_search);
/* cmd_check.c */
HANDLER(cmd_check);
/* cmd_hooks.c */
HANDLER(cmd_hooks_list);
HANDLER(cmd_hooks_test);

#endif
