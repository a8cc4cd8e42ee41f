/* The statements that fill the search index from the tables it indexes
 * (items, motions, the clerk's notes):
 * the migration that adds the index and `gavel check --repair` share them. */
#ifndef GAVEL_SEARCH_SQL_H
#define GAVEL_SEARCH_SQL_H

#define GV_SEARCH_FILL_SQL                                                                  \
	"INSERT INTO search(rowid, title, body, public_title, public_body, kind, meeting_id,"    \
	"  item_id, confidential)"                                                              \
	"  SELECT id * 4, title, body || char(10) || recommendation, gv_redact(title),"         \
	"    gv_redact(body || char(10) || recommendation), 'item', meeting_id, id, 0 FROM items;" \
	"INSERT INTO search(rowid, title, body, public_title, public_body, kind, meeting_id,"    \
	"  item_id, event_id, confidential)"                                                    \
	"  SELECT id * 4 + 1, '', text || char(10) || coalesce(replace_text, ''), '',"          \
	"    gv_redact(text || char(10) || coalesce(replace_text, '')), 'motion', meeting_id,"  \
	"    item_id, id, confidential FROM events WHERE kind = 'move';"                         \
	"INSERT INTO search(rowid, title, body, public_title, public_body, kind, meeting_id,"    \
	"  item_id, confidential)"                                                              \
	"  SELECT n.item_id * 4 + 2, '', n.body, '', gv_redact(n.body), 'note', i.meeting_id,"  \
	"    n.item_id, 0 FROM minutes_notes n JOIN items i ON i.id = n.item_id;"

/* The row of note `row` ("new" in a trigger). */
#define GV_SEARCH_NOTE_SQL(row)                                                             \
	"  INSERT INTO search(rowid, title, body, public_title, public_body, kind, meeting_id,"  \
	"    item_id, confidential)"                                                            \
	"  SELECT " row ".item_id * 4 + 2, '', " row ".body, '', gv_redact(" row ".body), 'note',"\
	"    meeting_id, " row ".item_id, 0 FROM items WHERE id = " row ".item_id;"

#endif
