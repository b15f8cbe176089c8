import GRDB

extension Schema {
    /// Calendar subscribers see a changed meeting only if its iCalendar SEQUENCE goes up: every change
    /// of date, time or place, and every cancellation or reinstatement, bumps `meeting.sequence`
    /// (migration "v5-calendar"), whoever makes it.
    static func v5Calendar(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TRIGGER meeting_sequence_bump AFTER UPDATE OF date, startTime, endTime, venue, status ON meeting
                WHEN NEW.sequence = OLD.sequence AND (
                    NEW.date IS NOT OLD.date OR NEW.startTime IS NOT OLD.startTime OR NEW.endTime IS NOT OLD.endTime
                    OR NEW.venue IS NOT OLD.venue
                    OR ((NEW.status = 'cancelled') <> (OLD.status = 'cancelled')))
                BEGIN
                    UPDATE meeting SET sequence = OLD.sequence + 1 WHERE id = NEW.id;
                END;
                """)
    }
}
