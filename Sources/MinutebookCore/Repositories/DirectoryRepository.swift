/// Partnerships, their bodies and meetings, as lists for navigation pages.
public protocol DirectoryRepository: Sendable {
    func partnerships() async throws -> [Partnership]
    func partnership(slug: String) async throws -> Partnership?
    func bodies(of partnershipID: Int64) async throws -> [Body]
    func body(slug: String, in partnershipID: Int64) async throws -> Body?
    /// The partnership named by `partnership` and its body named by `body`, both slugs, in one read
    /// (every page under a body starts here): nil partnership when unknown, nil body when it has none.
    func partnershipAndBody(partnership: String, body: String) async throws -> (Partnership?, Body?)
    /// Meetings of a body, newest first, that `audience` may know about.
    func meetings(of bodyID: Int64, audience: Audience, limit: Int) async throws -> [Meeting]
}
