import GRDB

extension Schema {
    /// Remembers which earlier minutes an imported meeting agreed as a correct record (an ISO
    /// date, or "previous" when the text named no date), so minutes imported later in another run
    /// are approved by it too.
    static func importApproval(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE importedMeeting ADD COLUMN approvesMinutesOf TEXT
                    CHECK (approvesMinutesOf IS NULL OR approvesMinutesOf = 'previous' OR date(approvesMinutesOf, '+0 days') IS approvesMinutesOf);
                CREATE INDEX importedMeeting_on_approvesMinutesOf ON importedMeeting(approvesMinutesOf);
                """)
        try Audit.installTriggers(on: "importedMeeting", db)
    }
}
