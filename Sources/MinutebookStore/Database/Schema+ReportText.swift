import GRDB

/// Report text in search (migration "v9-report-text"): an uploaded report keeps its extracted text in
/// `document.text`, and the search index holds it as the document's text. A report attached to an
/// item that is (or becomes) Part 2 is indexed as Part 2, so `Visibility` keeps it from the public
/// even if its own row still says Part 1.
extension Schema {
    static func reportText(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE document ADD COLUMN text TEXT")
        let documentRow = """
            SELECT D.id * 8 + 4, D.title, coalesce(D.text, ''), 'document', D.id, D.meetingId,
                   CASE WHEN D.agendaItemId IS NOT NULL
                        AND (SELECT part FROM agendaItem WHERE id = D.agendaItemId) = 2 THEN 2 ELSE D.part END,
                   D.isPublished, NULL
            """
        let insert = "INSERT INTO search_fts (rowid, title, text, kind, sourceId, meetingId, part, published, number)"
        func row(_ alias: String) -> String { documentRow.replacingOccurrences(of: "D.", with: "\(alias).") }
        try db.execute(
            sql: """
                DROP TRIGGER search_document_insert;
                DROP TRIGGER search_document_update;
                CREATE TRIGGER search_document_insert AFTER INSERT ON document WHEN NEW.meetingId IS NOT NULL BEGIN
                    \(insert) \(row("NEW"));
                END;
                CREATE TRIGGER search_document_update AFTER UPDATE ON document BEGIN
                    DELETE FROM search_fts WHERE rowid = OLD.id * 8 + 4;
                    \(insert) \(row("NEW")) WHERE NEW.meetingId IS NOT NULL;
                END;
                CREATE TRIGGER search_item_part_documents AFTER UPDATE OF part ON agendaItem BEGIN
                    DELETE FROM search_fts WHERE rowid IN (SELECT id * 8 + 4 FROM document WHERE agendaItemId = NEW.id);
                    \(insert) \(row("d")) FROM document d WHERE d.agendaItemId = NEW.id AND d.meetingId IS NOT NULL;
                END;
                DELETE FROM search_fts WHERE kind = 'document';
                \(insert) \(row("d")) FROM document d WHERE d.meetingId IS NOT NULL;
                """)
        try Audit.installTriggers(on: "document", db)
    }
}
