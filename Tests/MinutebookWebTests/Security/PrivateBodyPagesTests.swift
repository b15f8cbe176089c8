import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookServices
import MinutebookStore
import Testing
@testable import MinutebookWeb

/// Thread, action and person pages ask the one visibility rule (issue 17, item 6): the approved
/// minutes and open actions of a body that is not public reach only those who may see its drafts,
/// never another partnership's accounts, a partner not on the body, or the public person page.
@Suite("Pages of a body that is not public")
struct PrivateBodyPagesTests {
    static let secret = "KESTREL-UMBER-41"

    /// The youth group (body 2) is not public; its approved minute 7 resolved an action owned by
    /// Bram Tollis (person 2, who sits on it). Partnership 2 has a member of its own.
    static func seed(_ database: AppDatabase) async throws -> (Fixture.Accounts, outsider: String) {
        let accounts = try await Fixture.seed(database)
        try database.writeSync(as: .system) { db in
            try db.execute(sql: """
                UPDATE body SET isPublic = 0 WHERE id = 2;
                INSERT INTO meeting (id, bodyId, date, municipalYear, status) VALUES (1, 2, '2019-02-11', 2018, 'minutes_drafted');
                INSERT INTO minute (id, meetingId, bodyId, municipalYear, position, number, title, part, text) VALUES
                    (1, 1, 2, 2018, 1, 7, 'Diversion Places', 1, 'The group heard about \(secret) diversion places.');
                INSERT INTO resolution (id, minuteId, position, text) VALUES (1, 1, 1, 'The \(secret) places are reviewed in June.');
                INSERT INTO action (id, bodyId, minuteId, resolutionId, text) VALUES (1, 2, 1, 1, 'Count the \(secret) places');
                INSERT INTO actionOwner (actionId, personId) VALUES (1, 2);
                UPDATE meeting SET status = 'minutes_approved', approvedAt = '2019-04-01' WHERE id = 1;
                INSERT INTO partnership (id, slug, name) VALUES (2, 'hillside', 'Hillside Partnership');
                INSERT INTO person (id, partnershipId, fullName) VALUES (20, 2, 'Hal Stour');
                INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (20, 2, 'board', 'Hillside Board', 'board');
                INSERT INTO seat (id, bodyId, title, role) VALUES (20, 20, 'Chair', 'chairman');
                INSERT INTO seatHolding (seatId, personId, startDate) VALUES (20, 20, '2015-05-01');
                """)
        }
        let outsider = "hal@hillside.example"
        _ = try await GRDBUserRepository(database: database).create(
            NewUser(email: outsider, role: .member, partnershipID: 2, personID: 20),
            passwordHash: Passwords.hashSync(Fixture.password, cost: 4), by: .tool("test"))
        return (accounts, outsider)
    }

    static let pages = ["/p/riverside/actions/1", "/p/riverside/minutes/1/thread"]

    @Test("a member who sits on the body sees its minute and action; the secretariat too")
    func seatedSee() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, _) = try await Self.seed(database)
        try await app.test(.router) { client in
            for email in [accounts.otherMember, accounts.secretariat] {
                let browser = TestBrowser(client)
                try await browser.signIn(email, Fixture.password)
                for path in Self.pages {
                    let page = try await browser.get(path)
                    #expect(page.status == .ok, "\(email) \(path)")
                    #expect(page.html.contains(Self.secret), "\(email) \(path)")
                }
            }
        }
    }

    @Test("a partner not on the body and another partnership's member get 404, and no list names the action")
    func othersRefused() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, outsider) = try await Self.seed(database)
        try await app.test(.router) { client in
            for email in [accounts.boardMember, accounts.officer, outsider] {
                let browser = TestBrowser(client)
                try await browser.signIn(email, Fixture.password)
                for path in Self.pages {
                    let page = try await browser.get(path)
                    #expect(page.status == .notFound, "\(email) \(path)")
                    #expect(!page.html.contains(Self.secret), "\(email) \(path)")
                }
                for path in ["/p/riverside/actions?organisation=2", "/p/riverside/people/2", "/p/riverside/actions/organisations"] {
                    let page = try await browser.get(path)
                    #expect(!page.html.contains(Self.secret), "\(email) \(path)")
                }
            }
        }
    }

    @Test("the public person page does not list the owner's actions of the body")
    func publicPersonPage() async throws {
        let (app, database) = try makeTestApp()
        _ = try await Self.seed(database)
        try await app.test(.router) { client in
            let page = try await TestBrowser(client).get("/p/riverside/people/2")
            #expect(page.status == .ok)
            #expect(page.html.contains("Bram Tollis"))
            #expect(!page.html.contains(Self.secret))
        }
    }
}
