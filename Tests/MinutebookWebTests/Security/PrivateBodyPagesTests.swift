import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookServices
import MinutebookStore
import MinutebookTestSupport
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
        var w = Fixture.world(youthIsPublic: false)
        let february = w.meeting(of: 2, on: "2019-02-11", status: .minutesDrafted, id: 1)
        let places = w.minute("Diversion Places", number: 7, text: "The group heard about \(secret) diversion places.", of: february, id: 1)
        let review = w.resolution("The \(secret) places are reviewed in June.", of: places, id: 1)
        let count = w.action("Count the \(secret) places", body: 2, minute: places, resolution: review, id: 1)
        w.owner(of: count, person: 2)
        w.approve(february, on: "2019-04-01")
        let hillside = w.partnership("Hillside Partnership", slug: "hillside", id: 2)
        let hal = w.person("Hal Stour", in: hillside, id: 20)
        let board = w.body("Hillside Board", slug: "board", in: hillside, id: 20)
        let chair = w.seat("Chair", on: board, role: .chairman, id: 20)
        w.holding(chair, by: hal, from: "2015-05-01")
        let accounts = try await Fixture.seed(database, world: w)
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
