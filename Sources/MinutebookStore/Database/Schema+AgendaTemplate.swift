import GRDB

extension Schema {
    /// Standing items may be Part 2 (with their exempt reason), as agenda items are.
    static func v8AgendaTemplatePart(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE agendaTemplateItem ADD COLUMN part INTEGER NOT NULL DEFAULT 1 CHECK (part IN (1,2));
                ALTER TABLE agendaTemplateItem ADD COLUMN exemptReason TEXT
                    CHECK ((part = 1 AND exemptReason IS NULL) OR (part = 2 AND exemptReason IS NOT NULL AND exemptReason <> ''));
                """)
        try Audit.installTriggers(on: "agendaTemplateItem", db)
    }
}
