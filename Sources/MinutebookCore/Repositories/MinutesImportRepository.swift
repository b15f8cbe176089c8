/// Storing an imported meeting record: the one write behind `minutebook import` and the web upload.
public protocol MinutesImportRepository: Sendable {
    /// Writes one meeting in one transaction: partnership, body and people found or created by name,
    /// then attendance, items, minutes, resolutions and actions. Importing the same record again
    /// changes nothing; a corrected one updates the meeting in place; approved minutes never change.
    /// Audited as `editor`, or as the importer of `file` when nil.
    func importMeeting(
        _ record: MeetingRecord, file: String, partnership: String?, body: String?,
        status: ImportedMinutesStatus, by editor: Editor?
    ) async throws -> MeetingImportOutcome
}
