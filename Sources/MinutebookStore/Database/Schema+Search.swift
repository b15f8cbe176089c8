import GRDB

/// Full-text search (migration "v5-search"): one FTS5 table over minutes, resolutions, agenda item
/// titles and documents, kept current by triggers in the same transaction as every write.
///
/// Each index row carries what `Visibility` needs besides the meeting's status (joined at query time,
/// so a status change is never stale): its kind, part, meeting and, for documents, whether published.
/// Row ids are derived from the source row (`id * 8 + kind`) so a trigger finds its row directly.
extension Schema {
    static let searchTable = "search_fts"

    static func v5Search(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE VIRTUAL TABLE search_fts USING fts5(
                    title, text,
                    kind UNINDEXED, sourceId UNINDEXED, meetingId UNINDEXED, part UNINDEXED,
                    published UNINDEXED, number UNINDEXED,
                    tokenize = 'porter unicode61 remove_diacritics 2'
                );
                """)
        // What each kind writes into the index; `NEW`/`OLD` are substituted per trigger.
        let minuteRow = """
            SELECT M.id * 8 + 1, M.title,
                   M.text || CASE WHEN M.postMeetingNote IS NULL THEN '' ELSE char(10) || M.postMeetingNote END,
                   'minute', M.id, M.meetingId, M.part, 1,
                   CASE WHEN M.number IS NULL THEN NULL ELSE M.number || M.letter END
            """
        let resolutionRow = """
            SELECT r.id * 8 + 2, m.title, r.text, 'decision', r.id, m.meetingId, m.part, 1,
                   CASE WHEN m.number IS NULL THEN NULL ELSE m.number || m.letter END
            """
        let itemRow = """
            SELECT I.id * 8 + 3, I.title, coalesce(I.reportReference, ''), 'agenda', I.id, I.meetingId, I.part, 1, I.number
            """
        let documentRow = """
            SELECT D.id * 8 + 4, D.title, '', 'document', D.id, D.meetingId, D.part, D.isPublished, NULL
            """
        let insert = "INSERT INTO search_fts (rowid, title, text, kind, sourceId, meetingId, part, published, number)"
        func sub(_ sql: String, _ alias: String, _ with: String) -> String {
            sql.replacingOccurrences(of: "\(alias).", with: "\(with).")
        }
        try db.execute(
            sql: """
                CREATE TRIGGER search_minute_insert AFTER INSERT ON minute BEGIN
                    \(insert) \(sub(minuteRow, "M", "NEW"));
                END;
                CREATE TRIGGER search_minute_delete AFTER DELETE ON minute BEGIN
                    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 1;
                END;
                CREATE TRIGGER search_minute_update AFTER UPDATE ON minute BEGIN
                    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 1;
                    \(insert) \(sub(minuteRow, "M", "NEW"));
                    DELETE FROM search_fts WHERE rowid IN (SELECT id * 8 + 2 FROM resolution WHERE minuteId = NEW.id);
                    \(insert) \(resolutionRow) FROM resolution r JOIN minute m ON m.id = r.minuteId WHERE r.minuteId = NEW.id;
                END;

                CREATE TRIGGER search_resolution_insert AFTER INSERT ON resolution BEGIN
                    \(insert) \(resolutionRow) FROM resolution r JOIN minute m ON m.id = r.minuteId WHERE r.id = NEW.id;
                END;
                CREATE TRIGGER search_resolution_delete AFTER DELETE ON resolution BEGIN
                    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 2;
                END;
                CREATE TRIGGER search_resolution_update AFTER UPDATE ON resolution BEGIN
                    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 2;
                    \(insert) \(resolutionRow) FROM resolution r JOIN minute m ON m.id = r.minuteId WHERE r.id = NEW.id;
                END;

                CREATE TRIGGER search_item_insert AFTER INSERT ON agendaItem BEGIN
                    \(insert) \(sub(itemRow, "I", "NEW"));
                END;
                CREATE TRIGGER search_item_delete AFTER DELETE ON agendaItem BEGIN
                    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 3;
                END;
                CREATE TRIGGER search_item_update AFTER UPDATE ON agendaItem BEGIN
                    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 3;
                    \(insert) \(sub(itemRow, "I", "NEW"));
                END;

                CREATE TRIGGER search_document_insert AFTER INSERT ON document WHEN NEW.meetingId IS NOT NULL BEGIN
                    \(insert) \(sub(documentRow, "D", "NEW"));
                END;
                CREATE TRIGGER search_document_delete AFTER DELETE ON document BEGIN
                    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 4;
                END;
                CREATE TRIGGER search_document_update AFTER UPDATE ON document BEGIN
                    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 4;
                    \(insert) \(sub(documentRow, "D", "NEW")) WHERE NEW.meetingId IS NOT NULL;
                END;
                """)
        // Index what is already there.
        try db.execute(
            sql: """
                \(insert) \(sub(minuteRow, "M", "minute")) FROM minute;
                \(insert) \(resolutionRow) FROM resolution r JOIN minute m ON m.id = r.minuteId;
                \(insert) \(sub(itemRow, "I", "agendaItem")) FROM agendaItem;
                \(insert) \(sub(documentRow, "D", "document")) FROM document WHERE meetingId IS NOT NULL;
                """)
    }
}
