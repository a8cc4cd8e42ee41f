/* Handlers named by the command table (cmd/table.c), one file per group. */
#ifndef GAVEL_HANDLERS_H
#define GAVEL_HANDLERS_H

#include "live/event.h"

struct gv_ctx;
struct gv_args;
struct gv_live_ctx;

#define HANDLER(name) int name(struct gv_ctx *ctx, const struct gv_args *a)

/* cmd_workspace.c */
HANDLER(cmd_init);
HANDLER(cmd_demo);
HANDLER(cmd_config);
HANDLER(cmd_version);
HANDLER(cmd_help);
HANDLER(cmd_tui);
HANDLER(cmd_connect);
HANDLER(cmd_display);
/* cmd_people.c */
HANDLER(cmd_body_add);
HANDLER(cmd_body_list);
HANDLER(cmd_member_add);
HANDLER(cmd_member_list);
HANDLER(cmd_member_edit);
HANDLER(cmd_member_retire);
HANDLER(cmd_body_edit);
/* cmd_action.c */
HANDLER(cmd_action_add);
HANDLER(cmd_action_list);
HANDLER(cmd_action_done);
HANDLER(cmd_live_notice);
/* cmd_bylaw.c */
HANDLER(cmd_bylaw_reserve);
HANDLER(cmd_bylaw_list);
HANDLER(cmd_bylaw_show);
HANDLER(cmd_bylaw_sign);
HANDLER(cmd_mayor_decision);
HANDLER(cmd_mayor_veto);
HANDLER(cmd_mayor_list);
/* cmd_declarations.c */
HANDLER(cmd_declarations);
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
/* cmd_live.c: the verbs that record an event share one handler, and their
 * rows say what they record (struct cmd_live_verb). */
HANDLER(cmd_live_record);
HANDLER(cmd_live_undo);
HANDLER(cmd_live_status);
HANDLER(cmd_live_log);
/* cmd_council.c: councillors at their own terminals */
HANDLER(cmd_member_link);
HANDLER(cmd_cast);
HANDLER(cmd_speak);
HANDLER(cmd_annotate);
HANDLER(cmd_annotations);
HANDLER(cmd_live_vote);     /* --electronic opens one, else cmd_live_record */
HANDLER(cmd_live_close_vote); /* --cancel discards an electronic vote, else cmd_live_record */
HANDLER(cmd_live_speakers);
HANDLER(cmd_serve);
struct gv_buf;
struct gv_json;
struct gv_live_state;
/* What live M status adds: the electronic vote open and the speakers' list. */
int cmd_council_status_text(struct gv_ctx *ctx, const struct gv_live_ctx *c,
			    const struct gv_live_state *s, struct gv_buf *out);
int cmd_council_status_json(struct gv_ctx *ctx, const struct gv_live_ctx *c,
			    const struct gv_live_state *s, struct gv_json *j);

/* Fill in e, whose kind and time are set, from the arguments of a live verb;
 * refused (ctx->err) when they do not name what the event needs. */
typedef int cmd_live_fill(struct gv_ctx *ctx, const struct gv_args *a,
			  const struct gv_live_ctx *c, struct gv_event *e);

struct cmd_live_verb {
	enum gv_event_kind kind;
	cmd_live_fill *fill; /* NULL: the kind and the time are the whole event */
};

cmd_live_fill cmd_live_fill_start;   /* [--chair NAME] */
cmd_live_fill cmd_live_fill_attend;  /* NAMES and --present, --remote, --absent or --regrets */
cmd_live_fill cmd_live_fill_member;  /* NAME */
cmd_live_fill cmd_live_fill_arrive;  /* NAME [--remote] */
cmd_live_fill cmd_live_fill_adjourn; /* [--force | --no-quorum] */
cmd_live_fill cmd_live_fill_item;    /* N */
cmd_live_fill cmd_live_fill_declare; /* NAME --item N [--reason TEXT] */
cmd_live_fill cmd_live_fill_move;    /* TEXT --mover NAME ... [--to-close CLAUSE] */
cmd_live_fill cmd_live_fill_second;  /* K NAME */
cmd_live_fill cmd_live_fill_motion;  /* K */
cmd_live_fill cmd_live_fill_vote;    /* K and how it was decided */
cmd_live_fill cmd_live_fill_closed;  /* --clause CLAUSE */
cmd_live_fill cmd_live_fill_ruling;  /* TEXT */
cmd_live_fill cmd_live_fill_appeal;  /* --mover NAME [--seconder NAME] */
cmd_live_fill cmd_live_fill_close_vote; /* K: what members cast (cmd_council.c) */

/* cmd_minutes.c */
HANDLER(cmd_minutes);
HANDLER(cmd_minutes_note);
HANDLER(cmd_minutes_save);
HANDLER(cmd_minutes_approve);
HANDLER(cmd_history);
HANDLER(cmd_diff);
HANDLER(cmd_push);
/* cmd_package.c */
HANDLER(cmd_package);

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
