import GRDB

extension Schema {
    /// Indexes for the read model: bodies are looked up by slug or name without their partnership
    /// (the CLI's `--body`), and meetings are listed per body in date order.
    static func readModelIndexes(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX body_on_slug ON body(slug);
                CREATE INDEX body_on_name_nocase ON body(name COLLATE NOCASE);
                CREATE INDEX partnership_on_name_nocase ON partnership(name COLLATE NOCASE);
                CREATE INDEX seat_on_organisation ON seat(organisationId);
                """)
    }
}
