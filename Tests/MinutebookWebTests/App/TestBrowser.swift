import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookServices
import MinutebookStore
import MinutebookTestSupport
import MinutebookWeb
import Testing

/// A client that keeps cookies like a browser and finds the CSRF token in the last page it read.
final class TestBrowser: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var lastCSRF: String?

    init(_ client: any TestClientProtocol) { self.client = client }

    struct Page {
        var status: HTTPResponse.Status
        var html: String
        var headers: HTTPFields
        /// The body as sent (for downloads that are not text).
        var bytes: [UInt8] = []
    }

    func get(_ uri: String) async throws -> Page {
        try await send(uri, method: .get, body: nil)
    }

    /// Posts form fields, adding the current CSRF token unless `csrf` says otherwise.
    func post(_ uri: String, _ fields: [(String, String)], csrf: String? = nil, omitCSRF: Bool = false) async throws -> Page {
        var all = fields
        if !omitCSRF { all.insert(("csrf", csrf ?? lastCSRF ?? ""), at: 0) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(uri, method: .post, body: body)
    }

    private func send(_ uri: String, method: HTTPRequest.Method, body: String?) async throws -> Page {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await client.execute(
            uri: uri, method: method, headers: headers,
            body: body.map { ByteBuffer(string: $0) })
        for field in response.headers[values: .setCookie] {
            let pair = field.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || field.contains("Max-Age=0") { cookies.removeValue(forKey: name) } else { cookies[name] = value }
        }
        let html = String(buffer: response.body)
        if let range = html.range(of: "name=\"csrf\" value=\"") {
            let rest = html[range.upperBound...]
            if let end = rest.firstIndex(of: "\"") { lastCSRF = String(rest[..<end]) }
        }
        return Page(
            status: response.status, html: html, headers: response.headers,
            bytes: response.body.getBytes(at: response.body.readerIndex, length: response.body.readableBytes) ?? [])
    }

    /// Signs in through the real form.
    @discardableResult
    func signIn(_ email: String, _ password: String) async throws -> Page {
        _ = try await get("/login")
        return try await post("/login", [("email", email), ("password", password)])
    }

    static func encode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}

/// Invented fixtures: one partnership, two bodies, people with seats, accounts of every role.
enum Fixture {
    static let password = "correct horse battery"

    struct Accounts {
        var admin: String = "admin@example.org"
        var secretariat: String = "secretary@riverside.example"
        var boardMember: String = "chair@riverside.example"
        var otherMember: String = "youth@riverside.example"
        var officer: String = "officer@riverside.example"
    }

    /// Partnership 1 "riverside": board (body 1) and youth sub-group (body 2). Person 1 sits on the
    /// board, person 2 on the youth group only, person 3 is an officer with no seat.
    static func seed(_ database: AppDatabase, world: TestWorld = world) async throws -> Accounts {
        try database.plant(world)
        let users = GRDBUserRepository(database: database)
        let hash = Passwords.hashSync(password, cost: 4)
        let accounts = Accounts()
        let by = Editor.tool("test")
        _ = try await users.create(NewUser(email: accounts.admin, role: .administrator), passwordHash: hash, by: by)
        _ = try await users.create(NewUser(email: accounts.secretariat, role: .secretariat, partnershipID: 1), passwordHash: hash, by: by)
        _ = try await users.create(NewUser(email: accounts.boardMember, role: .member, partnershipID: 1, personID: 1), passwordHash: hash, by: by)
        _ = try await users.create(NewUser(email: accounts.otherMember, role: .member, partnershipID: 1, personID: 2), passwordHash: hash, by: by)
        _ = try await users.create(NewUser(email: accounts.officer, role: .officer, partnershipID: 1, personID: 3), passwordHash: hash, by: by)
        return accounts
    }

    /// The partnership as governance.
    static var world: TestWorld { world() }

    /// The partnership as governance; a test may keep the youth group from the public, have it report to the
    /// board, make its police lead the chair or give Cato an address.
    static func world(
        youthIsPublic: Bool = true, youthReportsToBoard: Bool = false, youthLead: SeatRole = .member,
        catoEmail: String? = nil
    ) -> TestWorld {
        var w = TestWorld()
        let riverside = w.partnership("Riverside Safer Partnership", slug: "riverside", id: 1)
        let council = w.organisation("Riverside Council", abbreviation: "RC", sector: "council", in: riverside, id: 1)
        let police = w.organisation("Vale Police", abbreviation: "VP", sector: "police", in: riverside, id: 2)
        let ada = w.person("Ada Quill", organisation: council, email: "ada@riverside.example", in: riverside, id: 1)
        let bram = w.person("Bram Tollis", organisation: police, email: "bram@riverside.example", in: riverside, id: 2)
        w.person("Cato Penwright", organisation: council, email: catoEmail, in: riverside, id: 3)
        let board = w.body("Riverside Board", slug: "board", in: riverside, id: 1)
        let youth = w.body(
            "Youth Justice Group", slug: "youth", kind: .subGroup, reportsTo: youthReportsToBoard ? board : nil,
            isPublic: youthIsPublic, in: riverside, id: 2)
        let leader = w.seat("Council Leader", on: board, role: .chairman, organisation: council, id: 1)
        let youthLeadSeat = w.seat("Police Youth Lead", on: youth, role: youthLead, organisation: police, id: 2)
        w.holding(leader, by: ada, from: "2015-05-01")
        w.holding(youthLeadSeat, by: bram, from: "2015-05-01")
        return w
    }
}
