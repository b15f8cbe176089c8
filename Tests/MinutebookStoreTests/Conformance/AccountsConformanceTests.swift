import Foundation
import MinutebookCore
import MinutebookTools
import Testing

/// Accounts, sessions, API tokens, sign-in throttling and search, run against every available backend
/// through the repository protocols only.
@Suite("Account and search repositories conformance")
struct AccountsConformanceTests {
    typealias F = RiversideFixture

    @Test(
        "an account is created, found by email with its hash, listed in its partnership and disabled (UserRepository)",
        arguments: StoreBackend.available)
    func users(_ backend: StoreBackend) async throws {
        let users = try F.seeded(backend).repositories.users
        let user = try await users.create(
            NewUser(
                email: "Alma.Brightwater@riverside.example", role: .member, partnershipID: 1,
                personID: F.chair), passwordHash: "$2b$04$notarealhashbutstored", by: F.editor)
        #expect(try await users.user(id: user.id)?.role == .member)
        #expect(try await users.user(email: "alma.brightwater@riverside.example")?.id == user.id, "emails match without case")
        #expect(try await users.credentials(email: "alma.brightwater@riverside.example")?.passwordHash == "$2b$04$notarealhashbutstored")
        #expect(try await users.users(in: 1).map(\.id).contains(user.id))
        #expect(try await users.users(in: 2).isEmpty)
        #expect(try await users.bodiesSeated(personID: F.chair, on: try F.date("2021-06-10")) == [F.board])
        try await users.changePasswordHash(of: user.id, to: "$2b$04$anotherstoredhash", by: F.editor)
        #expect(try await users.credentials(email: user.email)?.passwordHash == "$2b$04$anotherstoredhash")
        try await users.setDisabled(true, userID: user.id, by: F.editor)
        #expect(try await users.user(id: user.id)?.isDisabled == true)
    }

    @Test(
        "a session opens, is found by its token's hash with the seats of its person, and closes (SessionRepository)",
        arguments: StoreBackend.available)
    func sessions(_ backend: StoreBackend) async throws {
        let repositories = try F.seeded(backend).repositories
        let user = try await repositories.users.create(
            NewUser(
                email: "wren.halloway@riverside.example", role: .member, partnershipID: 1,
                personID: F.successor), passwordHash: "$2b$04$stored", by: F.editor)
        let hash = SHA256Hex.digest(Array("a session token".utf8))
        try await repositories.sessions.open(userID: user.id, tokenHash: hash, csrfToken: String(repeating: "c", count: 64), lifetimeMinutes: 60)
        #expect(try await repositories.sessions.session(tokenHash: hash)?.user.id == user.id)
        let signedIn = try #require(try await repositories.sessions.signedIn(tokenHash: hash, on: try F.date("2021-09-01")))
        #expect(signedIn.csrfToken == String(repeating: "c", count: 64) && signedIn.bodiesSeated == [F.board])
        try await repositories.sessions.close(tokenHash: hash)
        #expect(try await repositories.sessions.session(tokenHash: hash) == nil)
        guard
            case .go(let attempt) = try await repositories.sessions.claimAttempt(
                email: user.email, address: "192.0.2.7",
                throttle: SignInThrottle())
        else {
            Issue.record("a first sign-in attempt was made to wait")
            return
        }
        try await repositories.sessions.settleAttempt(attempt, email: user.email, succeeded: true)
    }

    @Test("an API token is stored by its hash and names its account (ApiTokenRepository)", arguments: StoreBackend.available)
    func apiTokens(_ backend: StoreBackend) async throws {
        let repositories = try F.seeded(backend).repositories
        let user = try await repositories.users.create(
            NewUser(email: "clerk@riverside.example", role: .secretariat, partnershipID: 1),
            passwordHash: "$2b$04$stored", by: F.editor)
        let hash = SHA256Hex.digest(Array("a script's token".utf8))
        try await repositories.apiTokens.create(userID: user.id, name: "nightly export", tokenHash: hash, by: F.editor)
        #expect(try await repositories.apiTokens.user(tokenHash: hash)?.id == user.id)
        #expect(try await repositories.apiTokens.user(tokenHash: SHA256Hex.digest(Array("another".utf8))) == nil)
    }

    @Test("search finds the public record and never Part 2 or drafts for the public (SearchRepository)", arguments: StoreBackend.available)
    func search(_ backend: StoreBackend) async throws {
        let search = try F.seeded(backend).repositories.search
        let found = try await search.search(SearchQuery(text: "late-night venues"), audience: .public)
        #expect(found.hits.contains { $0.meetingID == F.approvedMeeting })
        for secret in [F.partTwoSecret, F.draftSecret] {
            #expect(try await search.search(SearchQuery(text: secret), audience: .public).total == 0, "public search: \(secret)")
        }
        #expect(try await search.search(SearchQuery(text: F.partTwoSecret), audience: F.secretariat).total > 0)
    }
}
