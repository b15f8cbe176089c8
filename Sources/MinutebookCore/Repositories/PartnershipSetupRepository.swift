/// Set-up and upkeep of a partnership's directory: partnerships, bodies, people, organisations and
/// the meeting calendar. Each method is one intention and one transaction; every write is audited
/// under `editor.auditName`. Refusals are `DomainError`s with one line a user can act on.

public protocol PartnershipSetupRepository: Sendable {
    /// Every partnership, by name.
    func partnerships() async throws -> [PartnershipEntry]
    /// Creates a partnership with its board (named `boardName`), whose agenda template is the standard one.
    func addPartnership(_ settings: PartnershipSettings, boardName: String, by editor: ActionEditor) async throws -> PartnershipEntry
    func editPartnership(_ id: Int64, _ settings: PartnershipSettings, by editor: ActionEditor) async throws -> PartnershipEntry
}
