/// Reads what a pack needs in one consistent snapshot.
public protocol PackRepository: Sendable {
    /// The meeting of a body (slug or name) on a date; throws `.notFound` with a readable message.
    func meetingID(body: String, date: LocalDate) async throws -> Int64
    /// The pack's content for `edition`, with members addressed as seat holders on `issueDate`.
    func packSource(meetingID: Int64, edition: PackEdition, issueDate: LocalDate) async throws -> PackSource
    /// The members to tell of the pack: holders of the body's seats on the meeting date, with their
    /// e-mail addresses (nil when the directory has none).
    func recipients(meetingID: Int64) async throws -> [PackMember]
}
