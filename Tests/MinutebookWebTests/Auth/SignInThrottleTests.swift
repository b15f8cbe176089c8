import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

/// Sign-in attempts are counted per account and per address separately, before the password is
/// checked, so parallel guesses cannot all be evaluated; the account limit is a delay, never a
/// lock-out; and X-Forwarded-For is believed only from configured proxies.
@Suite("Sign-in throttling")
struct SignInThrottleTests {
    func app(trustedProxies: Set<String> = []) throws -> (some ApplicationProtocol, AppDatabase) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-web-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        var configuration = AppConfiguration(passwordHashCost: 4)
        configuration.trustedProxies = trustedProxies
        return (buildApplication(configuration: configuration, database: database), database)
    }

    /// Posts the sign-in form from `forwardedFor` (an X-Forwarded-For header), with a fresh form token.
    func attempt(_ client: any TestClientProtocol, email: String, password: String, forwardedFor: String? = nil) async throws -> HTTPResponse.Status {
        var headers: HTTPFields = [:]
        if let forwardedFor { headers[ClientAddress.forwardedFor] = forwardedFor }
        let form = try await client.execute(uri: "/login", method: .get, headers: headers)
        let html = String(buffer: form.body)
        guard let start = html.range(of: "name=\"csrf\" value=\"")?.upperBound,
            let end = html[start...].firstIndex(of: "\"")
        else { return .internalServerError }
        let cookie = form.headers[values: .setCookie].map { String($0.split(separator: ";")[0]) }.joined(separator: "; ")
        headers[.cookie] = cookie
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = "csrf=\(html[start..<end])&email=\(TestBrowser.encode(email))&password=\(TestBrowser.encode(password))"
        return try await client.execute(uri: "/login", method: .post, headers: headers, body: ByteBuffer(string: body)).status
    }

    @Test("40 parallel guesses at one account: only 5 are evaluated, the rest wait")
    func parallelGuesses() async throws {
        let (app, database) = try app()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for _ in 0..<40 { group.addTask { try await self.attempt(client, email: accounts.boardMember, password: "wrong guess") } }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .unauthorized }.count == SignInThrottle().freeFailures)
            #expect(statuses.filter { $0 == .tooManyRequests }.count == 40 - SignInThrottle().freeFailures)
        }
    }

    @Test("one password sprayed over many accounts from one address is slowed down by address")
    func spraying() async throws {
        let (app, database) = try app()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            for index in 0..<SignInThrottle().addressFailures {
                let status1 = try await self.attempt(client, email: "person\(index)@riverside.example", password: "Spring2026!")
                #expect(status1 == .unauthorized)
            }
            let status2 = try await self.attempt(client, email: "another@riverside.example", password: "Spring2026!")
            #expect(status2 == .tooManyRequests)
            let status3 = try await self.attempt(client, email: accounts.secretariat, password: Fixture.password)
            #expect(status3 == .tooManyRequests)
        }
    }

    @Test("one account tried from many addresses behind a trusted proxy is slowed down by account")
    func manyAddresses() async throws {
        let (app, database) = try app(trustedProxies: ["127.0.0.1", "::1"])
        let accounts = try await Fixture.seed(database)
        try await app.test(.live) { client in
            for index in 1...SignInThrottle().freeFailures {
                let status4 = try await self.attempt(
                    client, email: accounts.boardMember, password: "wrong guess", forwardedFor: "198.51.100.\(index)")
                #expect(status4 == .unauthorized)
            }
            let status5 = try await self.attempt(client, email: accounts.boardMember, password: Fixture.password, forwardedFor: "198.51.100.99")
            #expect(status5 == .tooManyRequests)
        }
        let addresses = try await database.read { db in try Set(String.fetchAll(db, sql: "SELECT address FROM loginAttempt")) }
        #expect(addresses == Set((1...5).map { "198.51.100.\($0)" }))
    }

    @Test("X-Forwarded-For from a client that is not a trusted proxy is ignored")
    func untrustedHeader() async throws {
        let (app, database) = try app()
        _ = try await Fixture.seed(database)
        try await app.test(.live) { client in
            for index in 0..<SignInThrottle().addressFailures {
                let status6 = try await self.attempt(
                    client, email: "person\(index)@riverside.example", password: "guess", forwardedFor: "203.0.113.\(index)")
                #expect(status6 == .unauthorized)
            }
            let status7 = try await self.attempt(client, email: "next@riverside.example", password: "guess", forwardedFor: "203.0.113.250")
            #expect(status7 == .tooManyRequests)
        }
        let addresses = try await database.read { db in try Set(String.fetchAll(db, sql: "SELECT address FROM loginAttempt")) }
        #expect(addresses.count == 1 && !(addresses.first ?? "").hasPrefix("203.0.113."))
    }

    @Test("the right-most untrusted X-Forwarded-For entry is the client")
    func forwardedChain() {
        let resolver = ClientAddress(trustedProxies: ["10.0.0.1", "10.0.0.2"])
        #expect(resolver.address(peer: "10.0.0.1", forwardedFor: "1.2.3.4, 198.51.100.7, 10.0.0.2") == "198.51.100.7")
        #expect(resolver.address(peer: "192.0.2.9", forwardedFor: "198.51.100.7") == "192.0.2.9")
        #expect(resolver.address(peer: "10.0.0.1", forwardedFor: "not an address, 10.0.0.2") == "10.0.0.2")
        #expect(resolver.address(peer: "10.0.0.1", forwardedFor: nil) == "10.0.0.1")
    }

    @Test("a delay, never a lock-out: after many failures the account may try again once the delay has passed")
    func softLock() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        let sessions = GRDBSessionRepository(database: database)
        // An hour's longest delay in a two-hour window: "right away" must not depend on how long a busy
        // box takes between two awaits (the whole suite once took over three minutes to run this test).
        let throttle = SignInThrottle(windowMinutes: 120, maxDelaySeconds: 3600)
        var world = TestWorld()
        world.failedSignIns(50, to: "ada@example.org", from: "198.51.100.1", secondsAgo: throttle.maxDelaySeconds + 5)
        try database.plant(world)
        guard case .go(let id) = try await sessions.claimAttempt(email: "ada@example.org", address: "192.0.2.1", throttle: throttle) else {
            Issue.record("the account stayed locked after its delay")
            return
        }
        // The attempt just claimed counts: the next one waits at most the longest delay.
        let next = try await sessions.claimAttempt(email: "ada@example.org", address: "192.0.2.1", throttle: throttle)
        guard case .wait(let seconds, .account) = next else {
            Issue.record("a second attempt right away was not delayed: \(next)")
            return
        }
        #expect((1...throttle.maxDelaySeconds).contains(seconds))
        try await sessions.settleAttempt(id, email: "ada@example.org", succeeded: true)
        let left = try await database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM loginAttempt") }
        #expect(left == 0)
    }
}
