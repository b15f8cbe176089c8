import GRDB

extension Schema {
    /// Migration "v8-audit-integrity": credentials leave the audit, and the audit becomes append-only.
    ///
    /// - Triggers of every audited table are regenerated, so `Audit.redactedColumns` (password and
    ///   token digests) are recorded as "redacted" from now on.
    /// - Rows written before this migration have those values replaced the same way.
    /// - The audit refuses UPDATE and DELETE: a trail that can be edited is not a trail.
    static func v8AuditIntegrity(_ db: Database) throws {
        try Audit.installTriggersOnAllTables(db)
        for column in Audit.redactedColumns.sorted() {
            for side in ["before", "after"] {
                try db.execute(
                    sql: """
                        UPDATE audit SET \(side) = json_set(\(side), '$.\(column)', 'redacted')
                        WHERE \(side) IS NOT NULL AND json_type(\(side), '$.\(column)') = 'text'
                        """)
            }
        }
        try db.execute(
            sql: """
                CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
                CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
                """)
    }
}
