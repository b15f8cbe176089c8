import GRDB

extension Schema {
    /// An indicator escalated by a sub-group is a forward-plan item of the board that knows which
    /// indicator it is, so its agenda item carries the indicator's chart and figures into the pack
    /// (issue 24 item 1). Items escalated before keep no link.
    static func v22EscalatedIndicator(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE forwardPlanItem ADD COLUMN indicatorId INTEGER REFERENCES indicator(id) ON DELETE SET NULL;
                """)
    }
}
