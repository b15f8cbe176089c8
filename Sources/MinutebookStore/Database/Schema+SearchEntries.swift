import GRDB

/// The search index's entries (migration "v10-search-entries").
///
/// Search must decide, for every match, whether the audience may see it (kind, part, published, meeting),
/// before ranking and counting. Read from `search_fts`, those UNINDEXED columns cost a lookup in the FTS
/// content table, whose rows hold whole minutes and reports: about three quarters of a common word's
/// query time. `searchEntry` keeps the same facts in small rows under the same row id, so the filter
/// costs one short primary-key lookup per match.
///
/// This file is also the one definition of what the index holds: each source's row (`SearchIndexRow`)
/// and the triggers that keep `search_fts` and `searchEntry` current in the same transaction as every
/// write. The triggers of "v5-search" and "v9-report-text" are replaced by these, with the same names.
extension Schema {
    static func searchEntries(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE searchEntry (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('minute', 'decision', 'agenda', 'document')),
                    sourceId INTEGER NOT NULL,
                    meetingId INTEGER NOT NULL,
                    part INTEGER NOT NULL,
                    published INTEGER NOT NULL CHECK (published IN (0, 1)),
                    number TEXT
                );
                INSERT INTO searchEntry (id, kind, sourceId, meetingId, part, published, number)
                    SELECT rowid, kind, sourceId, meetingId, part, published, number FROM search_fts;
                """)
        for trigger in SearchIndex.triggers {
            try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger.name)")
            try db.execute(sql: "CREATE TRIGGER \(trigger.name) \(trigger.event) BEGIN\n\(trigger.body)\nEND")
        }
    }
}

/// One source's row in the search index, as SQL expressions over `alias`.
struct SearchIndexRow {
    var rowID: String
    var title: String
    var text: String
    var kind: String
    var sourceID: String
    var meetingID: String
    var part: String
    var published: String
    var number: String
}

/// What the search index holds and the triggers that keep it current.
enum SearchIndex {
    static func minute(_ m: String) -> SearchIndexRow {
        SearchIndexRow(
            rowID: "\(m).id * 8 + 1", title: "\(m).title",
            text: "\(m).text || CASE WHEN \(m).postMeetingNote IS NULL THEN '' ELSE char(10) || \(m).postMeetingNote END",
            kind: "'minute'", sourceID: "\(m).id", meetingID: "\(m).meetingId", part: "\(m).part", published: "1",
            number: "CASE WHEN \(m).number IS NULL THEN NULL ELSE \(m).number || \(m).letter END")
    }

    /// A resolution, read with its minute `m` (title, part, number and meeting are the minute's).
    static func resolution(_ r: String, minute m: String) -> SearchIndexRow {
        SearchIndexRow(
            rowID: "\(r).id * 8 + 2", title: "\(m).title", text: "\(r).text", kind: "'decision'",
            sourceID: "\(r).id", meetingID: "\(m).meetingId", part: "\(m).part", published: "1",
            number: "CASE WHEN \(m).number IS NULL THEN NULL ELSE \(m).number || \(m).letter END")
    }

    static func item(_ i: String) -> SearchIndexRow {
        SearchIndexRow(
            rowID: "\(i).id * 8 + 3", title: "\(i).title", text: "coalesce(\(i).reportReference, '')",
            kind: "'agenda'", sourceID: "\(i).id", meetingID: "\(i).meetingId", part: "\(i).part",
            published: "1", number: "\(i).number")
    }

    /// A report: Part 2 when the item it is attached to is Part 2, whatever its own row says.
    static func document(_ d: String) -> SearchIndexRow {
        SearchIndexRow(
            rowID: "\(d).id * 8 + 4", title: "\(d).title", text: "coalesce(\(d).text, '')", kind: "'document'",
            sourceID: "\(d).id", meetingID: "\(d).meetingId",
            part: """
                CASE WHEN \(d).agendaItemId IS NOT NULL
                     AND (SELECT part FROM agendaItem WHERE id = \(d).agendaItemId) = 2 THEN 2 ELSE \(d).part END
                """,
            published: "\(d).isPublished", number: "NULL")
    }

    /// Both inserts of `row`, selecting `rest` (a FROM/WHERE clause, or "" for a trigger's NEW row).
    static func insert(_ row: SearchIndexRow, _ rest: String = "") -> String {
        """
        INSERT INTO search_fts (rowid, title, text, kind, sourceId, meetingId, part, published, number)
            SELECT \(row.rowID), \(row.title), \(row.text), \(row.kind), \(row.sourceID), \(row.meetingID), \(row.part), \(row.published), \(row.number) \(rest);
        INSERT INTO searchEntry (id, kind, sourceId, meetingId, part, published, number)
            SELECT \(row.rowID), \(row.kind), \(row.sourceID), \(row.meetingID), \(row.part), \(row.published), \(row.number) \(rest);
        """
    }

    /// Both deletes of the rows whose id matches `condition` (over `rowid`).
    static func delete(_ condition: String) -> String {
        """
        DELETE FROM search_fts WHERE \(condition);
        DELETE FROM searchEntry WHERE \(condition);
        """
    }

    /// The triggers keeping the index current: (name, when it fires, what it does).
    static var triggers: [(name: String, event: String, body: String)] {
        let resolutionsOf = "FROM resolution r JOIN minute m ON m.id = r.minuteId"
        return [
            ("search_minute_insert", "AFTER INSERT ON minute", insert(minute("NEW"))),
            ("search_minute_delete", "AFTER DELETE ON minute", delete("rowid = OLD.id * 8 + 1")),
            (
                "search_minute_update", "AFTER UPDATE ON minute",
                """
                \(delete("rowid = OLD.id * 8 + 1"))
                \(insert(minute("NEW")))
                \(delete("rowid IN (SELECT id * 8 + 2 FROM resolution WHERE minuteId = NEW.id)"))
                \(insert(resolution("r", minute: "m"), "\(resolutionsOf) WHERE r.minuteId = NEW.id"))
                """
            ),
            (
                "search_resolution_insert", "AFTER INSERT ON resolution",
                insert(resolution("r", minute: "m"), "\(resolutionsOf) WHERE r.id = NEW.id")
            ),
            ("search_resolution_delete", "AFTER DELETE ON resolution", delete("rowid = OLD.id * 8 + 2")),
            (
                "search_resolution_update", "AFTER UPDATE ON resolution",
                """
                \(delete("rowid = OLD.id * 8 + 2"))
                \(insert(resolution("r", minute: "m"), "\(resolutionsOf) WHERE r.id = NEW.id"))
                """
            ),
            ("search_item_insert", "AFTER INSERT ON agendaItem", insert(item("NEW"))),
            ("search_item_delete", "AFTER DELETE ON agendaItem", delete("rowid = OLD.id * 8 + 3")),
            (
                "search_item_update", "AFTER UPDATE ON agendaItem",
                """
                \(delete("rowid = OLD.id * 8 + 3"))
                \(insert(item("NEW")))
                """
            ),
            (
                "search_item_part_documents", "AFTER UPDATE OF part ON agendaItem",
                """
                \(delete("rowid IN (SELECT id * 8 + 4 FROM document WHERE agendaItemId = NEW.id)"))
                \(insert(document("d"), "FROM document d WHERE d.agendaItemId = NEW.id AND d.meetingId IS NOT NULL"))
                """
            ),
            ("search_document_insert", "AFTER INSERT ON document WHEN NEW.meetingId IS NOT NULL", insert(document("NEW"))),
            ("search_document_delete", "AFTER DELETE ON document", delete("rowid = OLD.id * 8 + 4")),
            (
                "search_document_update", "AFTER UPDATE ON document",
                """
                \(delete("rowid = OLD.id * 8 + 4"))
                \(insert(document("NEW"), "WHERE NEW.meetingId IS NOT NULL"))
                """
            )
        ]
    }

    /// Indexes the source rows whose id is above `newerThan[table]`, for each source table named there
    /// ("minute", "resolution", "agendaItem", "document"): what the triggers would have written for them,
    /// for loads that wrote those rows with the search triggers dropped.
    static func indexRows(newerThan: [String: Int64]) -> String {
        var sql: [String] = []
        if let id = newerThan["minute"] { sql.append(insert(minute("minute"), "FROM minute WHERE minute.id > \(id)")) }
        if let id = newerThan["resolution"] {
            sql.append(insert(resolution("r", minute: "m"), "FROM resolution r JOIN minute m ON m.id = r.minuteId WHERE r.id > \(id)"))
        }
        if let id = newerThan["agendaItem"] { sql.append(insert(item("agendaItem"), "FROM agendaItem WHERE agendaItem.id > \(id)")) }
        if let id = newerThan["document"] {
            sql.append(insert(document("document"), "FROM document WHERE document.meetingId IS NOT NULL AND document.id > \(id)"))
        }
        return sql.joined(separator: "\n")
    }

    /// Rebuilds the whole index from its sources.
    static var rebuild: String {
        """
        DELETE FROM search_fts;
        DELETE FROM searchEntry;
        \(indexRows(newerThan: ["minute": 0, "resolution": 0, "agendaItem": 0, "document": 0]))
        """
    }
}

extension AppDatabase {
    /// Rebuilds `search_fts` and `searchEntry` from the minutes, resolutions, agenda items and reports,
    /// inside the caller's transaction: for bulk loads that write with the search triggers dropped.
    public static func rebuildSearchIndex(_ db: Database) throws {
        try db.execute(sql: SearchIndex.rebuild)
    }
}
