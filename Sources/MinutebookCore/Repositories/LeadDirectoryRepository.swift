/// Who leads on what.
public protocol LeadDirectoryRepository: Sendable {
    /// Entries with names resolved (a seat's current holder); contact details filtered for `audience`.
    func entries(of partnershipID: Int64, audience: Audience) async throws -> [DirectoryEntry]
    func add(_ entry: DirectoryEntry, by editor: Editor) async throws -> DirectoryEntry
    /// The entry as entered (its own contact details only, nothing resolved from the seat), for the edit form.
    func storedEntry(id: Int64, partnershipID: Int64) async throws -> DirectoryEntry?
    /// Changes the theme, who leads (seat or person), the organisation and the contact details.
    func update(_ entry: DirectoryEntry, by editor: Editor) async throws
    func remove(entryID: Int64, partnershipID: Int64, by editor: Editor) async throws
}
