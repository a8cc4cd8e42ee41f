#include "store/migrations.h"
#include "store/search_sql.h"

/* Migration 6: a trigger that moves the change counter of the meeting
 * `meeting` (an expression of new or old) on op of table. */
#define GV_CHANGES_MEETING(table, op, meeting) \
	"CREATE TRIGGER changes_" table "_" op " AFTER " op " ON " table " BEGIN" \
	"  UPDATE meetings SET changes = changes + 1 WHERE id = " meeting ";" \
	"END;"
#define GV_ITEM_MEETING(row) "(SELECT meeting_id FROM items WHERE id = " row ".item_id)"
/* ...and the site's counter on every change to table. */
#define GV_CHANGES_SITE(table) \
	"CREATE TRIGGER changes_" table "_insert AFTER INSERT ON " table " BEGIN" \
	"  UPDATE site_changes SET n = n + 1; END;" \
	"CREATE TRIGGER changes_" table "_update AFTER UPDATE ON " table " BEGIN" \
	"  UPDATE site_changes SET n = n + 1; END;" \
	"CREATE TRIGGER changes_" table "_delete AFTER DELETE ON " table " BEGIN" \
	"  UPDATE site_changes SET n = n + 1; END;"

const char *const gv_migrations[] = {
	/* 1: workspace, bodies, members, meetings, agenda items, attachments */
	"CREATE TABLE settings ("
	"  key TEXT PRIMARY KEY,"
	"  value TEXT NOT NULL);"
	"CREATE TABLE bodies ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
	"  slug TEXT NOT NULL UNIQUE,"
	"  seats INTEGER,"
	"  quorum INTEGER);"
	"CREATE TABLE members ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL,"
	"  role TEXT NOT NULL,"
	"  ward TEXT);"
	"CREATE TABLE body_members ("
	"  body_id INTEGER NOT NULL REFERENCES bodies(id),"
	"  member_id INTEGER NOT NULL REFERENCES members(id),"
	"  PRIMARY KEY (body_id, member_id));"
	"CREATE TABLE meetings ("
	"  id INTEGER PRIMARY KEY,"
	"  body_id INTEGER NOT NULL REFERENCES bodies(id),"
	"  slug TEXT NOT NULL UNIQUE,"
	"  title TEXT NOT NULL,"
	"  starts_at INTEGER NOT NULL,"
	"  location TEXT,"
	"  agenda_published_at INTEGER);"
	"CREATE INDEX meetings_by_start ON meetings(starts_at);"
	"CREATE TABLE items ("
	"  id INTEGER PRIMARY KEY,"
	"  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
	"  parent_id INTEGER REFERENCES items(id) ON DELETE CASCADE,"
	"  position INTEGER NOT NULL,"
	"  title TEXT NOT NULL,"
	"  body TEXT NOT NULL DEFAULT '',"
	"  recommendation TEXT NOT NULL DEFAULT '',"
	"  consent INTEGER NOT NULL DEFAULT 0,"
	"  closed_clause TEXT);"
	"CREATE INDEX items_by_meeting ON items(meeting_id, parent_id, position);"
	"CREATE TABLE attachments ("
	"  id INTEGER PRIMARY KEY,"
	"  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,"
	"  name TEXT NOT NULL,"
	"  sha256 TEXT NOT NULL,"
	"  media_type TEXT NOT NULL,"
	"  size INTEGER NOT NULL);"
	"CREATE INDEX attachments_by_item ON attachments(item_id);",

	/* 2: meetings can be streamed, in French, and cancelled (the calendar
	 * keeps a cancelled meeting's UID and raises its SEQUENCE) */
	"ALTER TABLE meetings ADD COLUMN stream_url TEXT;"
	"ALTER TABLE meetings ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';"
	"ALTER TABLE meetings ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE meetings ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;",

	/* 3: the meeting log. One row per live event, appended and never
	 * changed: a correction is a new event naming the one it voids. The
	 * members a roll call or a recorded vote names are in event_members. */
	"CREATE TABLE events ("
	"  id INTEGER PRIMARY KEY,"
	"  meeting_id INTEGER NOT NULL REFERENCES meetings(id),"
	"  seq INTEGER NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  at INTEGER NOT NULL,"
	"  recorded_at INTEGER NOT NULL,"
	"  member_id INTEGER REFERENCES members(id),"
	"  seconder_id INTEGER REFERENCES members(id),"
	"  item_id INTEGER REFERENCES items(id),"
	"  motion INTEGER,"
	"  amends INTEGER,"
	"  text TEXT,"
	"  replace_text TEXT,"
	"  clause TEXT,"
	"  threshold TEXT,"
	"  motion_kind TEXT,"
	"  result TEXT,"
	"  recorded INTEGER NOT NULL DEFAULT 0,"
	"  yes INTEGER,"
	"  no INTEGER,"
	"  resolution_year INTEGER,"
	"  resolution_seq INTEGER,"
	"  voids INTEGER REFERENCES events(id),"
	"  confidential INTEGER NOT NULL DEFAULT 0,"
	"  UNIQUE (meeting_id, seq));"
	"CREATE INDEX events_by_resolution ON events(resolution_year, resolution_seq);"
	"CREATE INDEX events_corrections ON events(voids) WHERE voids IS NOT NULL;"
	"CREATE TABLE event_members ("
	"  event_id INTEGER NOT NULL REFERENCES events(id),"
	"  member_id INTEGER NOT NULL REFERENCES members(id),"
	"  mark TEXT NOT NULL CHECK (mark IN"
	"    ('present','absent','regrets','yes','no','abstain')),"
	"  PRIMARY KEY (event_id, member_id));",

	/* 4: minutes. The clerk's narrative per agenda item (saved_body is the
	 * text as of the last save, so a save can say which notes changed),
	 * and the approval that locks a meeting's minutes. */
	"CREATE TABLE minutes_notes ("
	"  item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,"
	"  body TEXT NOT NULL,"
	"  saved_body TEXT,"
	"  updated_at INTEGER NOT NULL);"
	"CREATE TABLE minutes_approvals ("
	"  meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id),"
	"  at_meeting_id INTEGER REFERENCES meetings(id),"
	"  motion INTEGER,"
	"  approved_at INTEGER NOT NULL);",
	/* 5: full-text search (FTS5, accents folded) over item titles, reports
	 * and recommendations, the wording of motions and the clerk's notes, kept current by
	 * triggers in the same transactions that change them. Each text is
	 * also indexed as the public sees it (gv_redact, registered on every
	 * connection), so public search cannot match redacted words. Row ids:
	 * item id * 4, motion event id * 4 + 1, note (its item's id) * 4 + 2. */
	"CREATE VIRTUAL TABLE search USING fts5("
	"  title, body, public_title, public_body,"
	"  kind UNINDEXED, meeting_id UNINDEXED, item_id UNINDEXED, event_id UNINDEXED,"
	"  confidential UNINDEXED,"
	"  tokenize = 'unicode61 remove_diacritics 2');"
	"CREATE TRIGGER search_item_insert AFTER INSERT ON items BEGIN"
	"  INSERT INTO search(rowid, title, body, public_title, public_body, kind, meeting_id,"
	"    item_id, confidential)"
	"  VALUES (new.id * 4, new.title, new.body || char(10) || new.recommendation,"
	"    gv_redact(new.title), gv_redact(new.body || char(10) || new.recommendation),"
	"    'item', new.meeting_id, new.id, 0);"
	"END;"
	"CREATE TRIGGER search_item_update AFTER UPDATE OF title, body, recommendation ON items"
	" BEGIN"
	"  DELETE FROM search WHERE rowid = old.id * 4;"
	"  INSERT INTO search(rowid, title, body, public_title, public_body, kind, meeting_id,"
	"    item_id, confidential)"
	"  VALUES (new.id * 4, new.title, new.body || char(10) || new.recommendation,"
	"    gv_redact(new.title), gv_redact(new.body || char(10) || new.recommendation),"
	"    'item', new.meeting_id, new.id, 0);"
	"END;"
	"CREATE TRIGGER search_item_delete AFTER DELETE ON items BEGIN"
	"  DELETE FROM search WHERE rowid = old.id * 4;"
	"END;"
	"CREATE TRIGGER search_motion_insert AFTER INSERT ON events WHEN new.kind = 'move' BEGIN"
	"  INSERT INTO search(rowid, title, body, public_title, public_body, kind, meeting_id,"
	"    item_id, event_id, confidential)"
	"  VALUES (new.id * 4 + 1, '', new.text || char(10) || coalesce(new.replace_text, ''),"
	"    '', gv_redact(new.text || char(10) || coalesce(new.replace_text, '')),"
	"    'motion', new.meeting_id, new.item_id, new.id, new.confidential);"
	"END;"
	"CREATE TRIGGER search_note_insert AFTER INSERT ON minutes_notes BEGIN"
	GV_SEARCH_NOTE_SQL("new")
	"END;"
	"CREATE TRIGGER search_note_update AFTER UPDATE OF body ON minutes_notes BEGIN"
	"  DELETE FROM search WHERE rowid = old.item_id * 4 + 2;"
	GV_SEARCH_NOTE_SQL("new")
	"END;"
	"CREATE TRIGGER search_note_delete AFTER DELETE ON minutes_notes BEGIN"
	"  DELETE FROM search WHERE rowid = old.item_id * 4 + 2;"
	"END;"
	GV_SEARCH_FILL_SQL,

	/* 6: change counters for incremental publishing. A meeting's counter
	 * moves with every change to anything its pages are made from (its
	 * row, items, attachments, events and their members, notes, approval);
	 * the site's with every change to settings, bodies and members. The
	 * same transactions that change the data move them. */
	"ALTER TABLE meetings ADD COLUMN changes INTEGER NOT NULL DEFAULT 0;"
	"CREATE TABLE site_changes (id INTEGER PRIMARY KEY CHECK (id = 1),"
	"  n INTEGER NOT NULL);"
	"INSERT INTO site_changes VALUES (1, 0);"
	"CREATE TRIGGER changes_meeting AFTER UPDATE ON meetings"
	" WHEN new.changes = old.changes BEGIN"
	"  UPDATE meetings SET changes = changes + 1 WHERE id = new.id;"
	"END;"
	GV_CHANGES_MEETING("items", "INSERT", "new.meeting_id")
	GV_CHANGES_MEETING("items", "UPDATE", "new.meeting_id")
	GV_CHANGES_MEETING("items", "DELETE", "old.meeting_id")
	GV_CHANGES_MEETING("attachments", "INSERT", GV_ITEM_MEETING("new"))
	GV_CHANGES_MEETING("attachments", "UPDATE", GV_ITEM_MEETING("new"))
	GV_CHANGES_MEETING("attachments", "DELETE", GV_ITEM_MEETING("old"))
	GV_CHANGES_MEETING("events", "INSERT", "new.meeting_id")
	GV_CHANGES_MEETING("events", "DELETE", "old.meeting_id")
	GV_CHANGES_MEETING("event_members", "INSERT",
			   "(SELECT meeting_id FROM events WHERE id = new.event_id)")
	GV_CHANGES_MEETING("minutes_notes", "INSERT", GV_ITEM_MEETING("new"))
	GV_CHANGES_MEETING("minutes_notes", "UPDATE", GV_ITEM_MEETING("new"))
	GV_CHANGES_MEETING("minutes_notes", "DELETE", GV_ITEM_MEETING("old"))
	GV_CHANGES_MEETING("minutes_approvals", "INSERT", "new.meeting_id")
	GV_CHANGES_MEETING("minutes_approvals", "UPDATE", "new.meeting_id")
	GV_CHANGES_MEETING("minutes_approvals", "DELETE", "old.meeting_id")
	GV_CHANGES_SITE("settings") GV_CHANGES_SITE("bodies") GV_CHANGES_SITE("members")
	GV_CHANGES_SITE("body_members"),

	/* 7: closed items' public titles; the pushes of record/ (a refusal to
	 * close a published item says whether its text already left); and the
	 * search index made again, since the public form of a text changed
	 * (redaction markers in any case, nested spans). */
	"ALTER TABLE items ADD COLUMN public_title TEXT;"
	"CREATE TABLE record_pushes ("
	"  id INTEGER PRIMARY KEY,"
	"  at INTEGER NOT NULL,"
	"  url TEXT NOT NULL);"
	"DELETE FROM search;" GV_SEARCH_FILL_SQL,

	/* 8: a member present electronically (the mark 'remote'): the table of
	 * marks is made again with it in its CHECK, and its change trigger. */
	"CREATE TABLE event_members_8 ("
	"  event_id INTEGER NOT NULL REFERENCES events(id),"
	"  member_id INTEGER NOT NULL REFERENCES members(id),"
	"  mark TEXT NOT NULL CHECK (mark IN"
	"    ('present','absent','regrets','yes','no','abstain','remote')),"
	"  PRIMARY KEY (event_id, member_id));"
	"INSERT INTO event_members_8 SELECT event_id, member_id, mark FROM event_members;"
	"DROP TABLE event_members;"
	"ALTER TABLE event_members_8 RENAME TO event_members;"
	GV_CHANGES_MEETING("event_members", "INSERT",
			   "(SELECT meeting_id FROM events WHERE id = new.event_id)"),

	/* 9: dispositions (a motion that refers, defers or tables motion
	 * `disposes`, with where to in `target` and, for a deferral to a
	 * meeting, `target_meeting_id`); an item deferred from an earlier
	 * meeting names it; and deferred business, placed on a meeting's
	 * agenda or waiting for the first meeting of its body on or after
	 * `until_date` (docs/procedure.md, "Dispositions"). */
	"ALTER TABLE events ADD COLUMN disposition TEXT;"
	"ALTER TABLE events ADD COLUMN disposes INTEGER;"
	"ALTER TABLE events ADD COLUMN target TEXT;"
	"ALTER TABLE events ADD COLUMN target_meeting_id INTEGER;"
	"ALTER TABLE items ADD COLUMN deferred_from TEXT;"
	"ALTER TABLE items ADD COLUMN deferred_item TEXT;"
	"CREATE TABLE deferrals ("
	"  id INTEGER PRIMARY KEY,"
	"  event_id INTEGER NOT NULL REFERENCES events(id),"
	"  from_meeting_id INTEGER NOT NULL REFERENCES meetings(id),"
	"  from_item TEXT,"
	"  title TEXT NOT NULL,"
	"  closed_clause TEXT,"
	"  public_title TEXT,"
	"  body_id INTEGER NOT NULL REFERENCES bodies(id),"
	"  until_date TEXT,"
	"  until_meeting_id INTEGER REFERENCES meetings(id),"
	"  item_id INTEGER REFERENCES items(id) ON DELETE SET NULL);"
	"CREATE INDEX deferrals_waiting ON deferrals(body_id) WHERE item_id IS NULL;",

	/* 10: revisions of a published agenda (docs/formats.md, "Agenda
	 * revisions"). Each `agenda publish` that changes the agenda keeps a
	 * copy of its items and attachments as revision N; the site shows the
	 * latest revision, never the working agenda. Attachments are stored by
	 * content (attachments/<sha256>), so a revision names its files by
	 * hash. An agenda published before this migration becomes revision 1
	 * as it stands. */
	"CREATE TABLE agenda_revisions ("
	"  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
	"  revision INTEGER NOT NULL,"
	"  published_at INTEGER NOT NULL,"
	"  PRIMARY KEY (meeting_id, revision));"
	"CREATE TABLE revision_items ("
	"  meeting_id INTEGER NOT NULL,"
	"  revision INTEGER NOT NULL,"
	"  id INTEGER NOT NULL,"
	"  parent_id INTEGER,"
	"  position INTEGER NOT NULL,"
	"  title TEXT NOT NULL,"
	"  body TEXT NOT NULL,"
	"  recommendation TEXT NOT NULL,"
	"  consent INTEGER NOT NULL,"
	"  closed_clause TEXT,"
	"  public_title TEXT,"
	"  PRIMARY KEY (meeting_id, revision, id),"
	"  FOREIGN KEY (meeting_id, revision) REFERENCES agenda_revisions ON DELETE CASCADE);"
	"CREATE TABLE revision_attachments ("
	"  meeting_id INTEGER NOT NULL,"
	"  revision INTEGER NOT NULL,"
	"  item_id INTEGER NOT NULL,"
	"  id INTEGER NOT NULL,"
	"  name TEXT NOT NULL,"
	"  sha256 TEXT NOT NULL,"
	"  media_type TEXT NOT NULL,"
	"  size INTEGER NOT NULL,"
	"  PRIMARY KEY (meeting_id, revision, id),"
	"  FOREIGN KEY (meeting_id, revision) REFERENCES agenda_revisions ON DELETE CASCADE);"
	"CREATE INDEX revision_attachments_by_sha ON revision_attachments(sha256);"
	GV_CHANGES_MEETING("agenda_revisions", "INSERT", "new.meeting_id")
	GV_CHANGES_MEETING("agenda_revisions", "DELETE", "old.meeting_id")
	"INSERT INTO agenda_revisions SELECT id, 1, agenda_published_at FROM meetings"
	"  WHERE agenda_published_at IS NOT NULL;"
	"INSERT INTO revision_items SELECT i.meeting_id, 1, i.id, i.parent_id, i.position,"
	"  i.title, i.body, i.recommendation, i.consent, i.closed_clause, i.public_title"
	"  FROM items i JOIN agenda_revisions r ON r.meeting_id = i.meeting_id;"
	"INSERT INTO revision_attachments SELECT i.meeting_id, 1, a.item_id, a.id, a.name,"
	"  a.sha256, a.media_type, a.size FROM attachments a JOIN items i ON i.id = a.item_id"
	"  JOIN agenda_revisions r ON r.meeting_id = i.meeting_id;",

	/* 11: when the workspace took the procedure rules of December 2026
	 * (docs/procedure.md, "Logs recorded under earlier rules"): a
	 * meeting whose log began before `since` (a log this migration found)
	 * is held by `gavel check` to the rules it was recorded under. A
	 * workspace made now has them from the start (since 0). */
	"CREATE TABLE procedure_rules ("
	"  version INTEGER PRIMARY KEY,"
	"  since INTEGER NOT NULL);"
	"INSERT INTO procedure_rules SELECT 2, coalesce(max(recorded_at) + 1, 0) FROM events;",

	/* 12: the few motions that dispose of others, found without reading
	 * every event: each command reads the reconsidered resolutions of the
	 * whole workspace (docs/performance.md) */
	"CREATE INDEX events_dispositions ON events(disposition) WHERE disposition IS NOT NULL;",

	/* 13: people over time (docs/people.md). A member's name, role, title
	 * and ward are kept by period, a member's seat on each body by term;
	 * neither is overwritten. Dates are YYYY-MM-DD, from_date the first
	 * day (NULL: since always), to_date the first day after (NULL: still
	 * open). The members and body_members rows as they stand become open
	 * periods and terms since always. */
	"CREATE TABLE member_periods ("
	"  member_id INTEGER NOT NULL REFERENCES members(id),"
	"  from_date TEXT,"
	"  to_date TEXT,"
	"  name TEXT NOT NULL,"
	"  role TEXT NOT NULL,"
	"  title TEXT,"
	"  ward TEXT,"
	"  CHECK (from_date IS NULL OR to_date IS NULL OR from_date < to_date));"
	"CREATE INDEX member_periods_by_member ON member_periods(member_id, from_date);"
	"CREATE TABLE terms ("
	"  member_id INTEGER NOT NULL REFERENCES members(id),"
	"  body_id INTEGER NOT NULL REFERENCES bodies(id),"
	"  from_date TEXT,"
	"  to_date TEXT,"
	"  CHECK (from_date IS NULL OR to_date IS NULL OR from_date < to_date));"
	"CREATE INDEX terms_by_member ON terms(member_id, body_id, from_date);"
	"CREATE INDEX terms_by_body ON terms(body_id);"
	GV_CHANGES_SITE("member_periods")
	GV_CHANGES_SITE("terms")
	"INSERT INTO member_periods(member_id, name, role, ward)"
	"  SELECT id, name, role, ward FROM members;"
	"INSERT INTO terms(member_id, body_id) SELECT member_id, body_id FROM body_members;",

	/* 14: councillors at their own terminals (docs/serve.md). The Unix
	 * login of a member; each member's private annotations on items; the
	 * electronic votes opened on motions and the ballots members cast; the
	 * speakers' list of a meeting. None of it reaches record/, the site or
	 * an export: no change counter moves for them. */
	"CREATE TABLE member_logins ("
	"  login TEXT PRIMARY KEY,"
	"  member_id INTEGER NOT NULL REFERENCES members(id));"
	"CREATE TABLE annotations ("
	"  member_id INTEGER NOT NULL REFERENCES members(id),"
	"  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,"
	"  text TEXT NOT NULL,"
	"  updated_at INTEGER NOT NULL,"
	"  PRIMARY KEY (member_id, item_id));"
	"CREATE TABLE electronic_votes ("
	"  meeting_id INTEGER NOT NULL REFERENCES meetings(id),"
	"  motion INTEGER NOT NULL,"
	"  opened_at INTEGER NOT NULL,"
	"  PRIMARY KEY (meeting_id, motion));"
	"CREATE TABLE ballots ("
	"  meeting_id INTEGER NOT NULL REFERENCES meetings(id),"
	"  motion INTEGER NOT NULL,"
	"  member_id INTEGER NOT NULL REFERENCES members(id),"
	"  mark TEXT NOT NULL CHECK (mark IN ('yes', 'no', 'abstain')),"
	"  cast_at INTEGER NOT NULL,"
	"  PRIMARY KEY (meeting_id, motion, member_id));"
	"CREATE TABLE speakers ("
	"  id INTEGER PRIMARY KEY,"
	"  meeting_id INTEGER NOT NULL REFERENCES meetings(id),"
	"  member_id INTEGER NOT NULL REFERENCES members(id),"
	"  requested_at INTEGER NOT NULL,"
	"  started_at INTEGER,"
	"  ended_at INTEGER,"
	"  withdrawn INTEGER NOT NULL DEFAULT 0,"
	"  place INTEGER);" /* the order of the list (NULL: id), the clerk's to change */
	"CREATE INDEX speakers_by_meeting ON speakers(meeting_id, id);",

	/* 15: what happens after the vote (docs/bylaws.md). The by-law
	 * register: numbers reserved in sequence per year, the signatures;
	 * the motions that give a by-law its readings (or override a veto)
	 * name it in bylaw_motions, and the log's votes say whether they
	 * carried. An agenda item may carry a by-law. Notices of motion wait
	 * for the next meeting of their body; follow-up actions hang on a
	 * resolution (its vote event); the head of council's decisions and
	 * vetoes (Municipal Act Part VI.1). */
	"CREATE TABLE bylaws ("
	"  id INTEGER PRIMARY KEY,"
	"  year INTEGER NOT NULL,"
	"  seq INTEGER NOT NULL,"
	"  number TEXT NOT NULL UNIQUE COLLATE NOCASE,"
	"  title TEXT,"
	"  reserved_at INTEGER NOT NULL,"
	"  signed_on TEXT,"
	"  signed_head TEXT,"
	"  signed_clerk TEXT,"
	"  UNIQUE (year, seq));"
	"CREATE TABLE bylaw_motions ("
	"  event_id INTEGER NOT NULL REFERENCES events(id),"
	"  bylaw_id INTEGER NOT NULL REFERENCES bylaws(id),"
	"  readings INTEGER NOT NULL DEFAULT 0,"
	"  amends_id INTEGER REFERENCES bylaws(id),"
	"  repeals_id INTEGER REFERENCES bylaws(id),"
	"  override INTEGER NOT NULL DEFAULT 0,"
	"  PRIMARY KEY (event_id, bylaw_id));"
	"CREATE INDEX bylaw_motions_by_bylaw ON bylaw_motions(bylaw_id);"
	"ALTER TABLE items ADD COLUMN bylaw_id INTEGER;"
	"CREATE TABLE notices ("
	"  id INTEGER PRIMARY KEY,"
	"  meeting_id INTEGER NOT NULL REFERENCES meetings(id),"
	"  body_id INTEGER NOT NULL REFERENCES bodies(id),"
	"  mover_id INTEGER NOT NULL REFERENCES members(id),"
	"  text TEXT NOT NULL,"
	"  given_at INTEGER NOT NULL,"
	"  item_id INTEGER REFERENCES items(id) ON DELETE CASCADE);"
	"CREATE INDEX notices_waiting ON notices(body_id) WHERE item_id IS NULL;"
	"CREATE TABLE actions ("
	"  id INTEGER PRIMARY KEY,"
	"  vote_id INTEGER NOT NULL REFERENCES events(id),"
	"  assignee TEXT NOT NULL,"
	"  due TEXT NOT NULL,"
	"  text TEXT NOT NULL,"
	"  confidential INTEGER NOT NULL DEFAULT 0,"
	"  created_at INTEGER NOT NULL,"
	"  done_on TEXT,"
	"  note TEXT);"
	"CREATE TABLE mayor_decisions ("
	"  id INTEGER PRIMARY KEY,"
	"  kind TEXT NOT NULL CHECK (kind IN ('decision', 'veto')),"
	"  on_date TEXT NOT NULL,"
	"  text TEXT NOT NULL,"
	"  bylaw_id INTEGER UNIQUE REFERENCES bylaws(id),"
	"  recorded_at INTEGER NOT NULL);"
	GV_CHANGES_SITE("bylaws")
	GV_CHANGES_SITE("bylaw_motions")
	GV_CHANGES_SITE("notices")
	GV_CHANGES_SITE("actions")
	GV_CHANGES_SITE("mayor_decisions"),

	/* 16: a notice of motion given by an item of the agenda's notices
	 * section (docs/bylaws.md, "Notices of motion"): the item names its
	 * mover, and the notice names the item it was given by, so that it is
	 * recorded once. */
	"ALTER TABLE items ADD COLUMN mover_id INTEGER;"
	"ALTER TABLE notices ADD COLUMN source_item_id INTEGER REFERENCES items(id)"
	"  ON DELETE SET NULL;",

	/* 17: deferred business carries what the council is to decide
	 * (docs/procedure.md, "Dispositions"): the item's report as it stood,
	 * the wording of the motion deferred as its recommendation, and the
	 * item it came from, whose attachments go with it. */
	"ALTER TABLE deferrals ADD COLUMN body TEXT;"
	"ALTER TABLE deferrals ADD COLUMN recommendation TEXT;"
	"ALTER TABLE deferrals ADD COLUMN from_item_id INTEGER REFERENCES items(id)"
	"  ON DELETE SET NULL;",
	/* 18: approved minutes are the text approved (docs/minutes.md, "What
	 * approval locks"). The approval keeps the approving meeting's name
	 * and resolution as the minutes said them; approved_minutes keeps
	 * the minutes as approved, complete (public 0) and public (1): the
	 * markdown committed to confidential/ and record/, and the HTML
	 * before and after its status line. Minutes approved before keep
	 * no text and are made from the database, which approval locks. */
	"ALTER TABLE minutes_approvals ADD COLUMN at_name TEXT;"
	"ALTER TABLE minutes_approvals ADD COLUMN resolution TEXT;"
	"CREATE TABLE approved_minutes ("
	"  meeting_id INTEGER NOT NULL REFERENCES meetings(id),"
	"  public INTEGER NOT NULL CHECK (public IN (0, 1)),"
	"  md TEXT NOT NULL,"
	"  html_head TEXT NOT NULL,"
	"  html_tail TEXT NOT NULL,"
	"  PRIMARY KEY (meeting_id, public));",

	/* 19: when the workspace took version 3 of the procedure rules
	 * (docs/procedure.md, "Logs recorded under earlier rules"): no
	 * declaration of interest after taking part in the item, and the
	 * others added since migration 11. An event recorded before `since`
	 * was accepted under version 2; `gavel check` holds it to those and
	 * warns where today's rules would refuse it. */
	"INSERT INTO procedure_rules SELECT 3, coalesce(max(recorded_at) + 1, 0) FROM events;",
};

const size_t gv_migrations_count = sizeof gv_migrations / sizeof gv_migrations[0];
