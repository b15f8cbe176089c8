/// Full-text search over minutes, decisions, agenda items and documents of every year.
/// Results are cut by `Visibility` for the audience before they are ranked and counted, so a page
/// of results never holds, and a count never reveals, anything the audience may not see.
public protocol SearchRepository: Sendable {
    func search(_ query: SearchQuery, audience: Audience) async throws -> SearchResults
}
