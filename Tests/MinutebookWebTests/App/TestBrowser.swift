import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookServices
import MinutebookStore
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
        let response = try await client.execute(uri: uri, method: method, headers: headers,
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
        return Page(status: response.status, html: html, headers: response.headers,
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
    static func seed(_ database: AppDatabase) async throws -> Accounts {
        try database.writeSync(as: .system) { db in
            try db.execute(sql: """
                INSERT INTO partnership (id, slug, name) VALUES (1, 'riverside', 'Riverside Safer Partnership');
                INSERT INTO organisation (id, partnershipId, name, abbreviation, sector) VALUES
                    (1, 1, 'Riverside Council', 'RC', 'council'), (2, 1, 'Vale Police', 'VP', 'police');
                INSERT INTO person (id, partnershipId, fullName, organisationId, email) VALUES
                    (1, 1, 'Ada Quill', 1, 'ada@riverside.example'),
                    (2, 1, 'Bram Tollis', 2, 'bram@riverside.example'),
                    (3, 1, 'Cato Penwright', 1, NULL);
                INSERT INTO body (id, partnershipId, slug, name, kind) VALUES
                    (1, 1, 'board', 'Riverside Board', 'board'),
                    (2, 1, 'youth', 'Youth Justice Group', 'sub_group');
                INSERT INTO seat (id, bodyId, title, organisationId, role) VALUES
                    (1, 1, 'Council Leader', 1, 'chairman'),
                    (2, 2, 'Police Youth Lead', 2, 'member');
                INSERT INTO seatHolding (seatId, personId, startDate) VALUES (1, 1, '2015-05-01'), (2, 2, '2015-05-01');
                """)
        }
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
}
