import GRDB

extension Schema {
    /// Migration "v18-record-resolution-place": a resolution's place in its minute. `place` is how many
    /// paragraphs of the minute's text come before the decision (NULL: after the whole text, as before).
    /// The importer keeps each decision once, out of the narrative, and says where it stood; pages,
    /// packs and the minutes document print it there. The approved lock is reinstalled so the new
    /// column is fixed with the rest of an approved resolution.
    static func v18ResolutionPlace(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE resolution ADD COLUMN place INTEGER CHECK (place IS NULL OR place >= 0);
                DROP TRIGGER IF EXISTS resolution_fixed_once_approved_replace;
                """)
        try Lock(
            table: "resolution", meeting: { "(SELECT meetingId FROM minute WHERE id = \($0).minuteId)" },
            message: "the minutes of this meeting are approved and cannot be changed", free: []
        ).install(db)
        try Audit.installTriggers(on: "resolution", db)
    }
}
