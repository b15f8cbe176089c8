import GRDB

extension Schema {
    /// Issue 17, item 8: a new version of the pack of a meeting whose minutes are approved is issued
    /// with its reason, kept with the issue (and in its audit rows).
    static func v20SecurityPackReason(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE packIssue ADD COLUMN reason TEXT CHECK (reason IS NULL OR length(reason) <= 2000)")
        try Audit.installTriggers(on: "packIssue", db)
    }
}
