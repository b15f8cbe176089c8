import GRDB

extension Schema {
    /// Migration "v9-request-path-indexes": indexes the query-plan test found missing on request paths.
    /// - `minuteCorrection(minuteId)`: the meeting page lists the corrections of its minutes; without
    ///   it SQLite scans every correction ever recorded.
    static func requestPathIndexes(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX minuteCorrection_on_minute ON minuteCorrection(minuteId)")
    }
}
