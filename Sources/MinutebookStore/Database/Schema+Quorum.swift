import GRDB

extension Schema {
    /// Migration "v28-meetingday-quorum": a body's own quorum for votes (its terms of reference). NULL
    /// keeps the default rule: a quarter of the voting seats, rounded up, at least three
    /// (`Quorum.required`). A vote keeps the quorum it was taken under, so changing the setting never
    /// changes a recorded vote.
    static func v28MeetingDayQuorum(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE body ADD COLUMN quorum INTEGER CHECK (quorum IS NULL OR quorum BETWEEN 1 AND 500)")
    }
}
