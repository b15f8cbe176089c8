public protocol BodySetupRepository: Sendable {
    /// The bodies of a partnership: boards first, then by name, each with its former names.
    func bodies(of partnershipID: Int64) async throws -> [BodyEntry]
    func addBody(to partnershipID: Int64, _ settings: BodySettings, by editor: ActionEditor) async throws -> BodyEntry
    /// Changes the slug, kind, reporting line and public/private setting; a new name must go through `renameBody`.
    func editBody(_ id: Int64, _ settings: BodySettings, by editor: ActionEditor) async throws -> BodyEntry
    /// Renames a body; the old name (and slug) stays a former name that lookups, search and the importer still find.
    func renameBody(_ id: Int64, to name: String, by editor: ActionEditor) async throws -> BodyEntry
    /// Moves every reference of `droppedID` (meetings, minutes, actions, seats, plans...) to `keptID`, keeps
    /// the dropped body's name as a former name of the kept one, and deletes the dropped body.
    func mergeBody(_ droppedID: Int64, into keptID: Int64, by editor: ActionEditor) async throws -> BodyEntry
}
