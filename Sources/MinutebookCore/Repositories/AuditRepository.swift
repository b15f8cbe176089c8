/// The change history of one record: who changed it, when, and the values before and after.
public protocol AuditRepository: Sendable {
    /// The history of row `rowID` of `table`, newest first; nil when the table is not one whose
    /// history is shown or the row does not belong to partnership `partnershipID`.
    func history(table: String, rowID: Int64, partnershipID: Int64) async throws -> [AuditEntry]?
}
