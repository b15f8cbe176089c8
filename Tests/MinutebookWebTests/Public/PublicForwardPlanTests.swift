import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import Testing

@testable import MinutebookWeb

/// The forward plan on the public body page: what is scheduled or deferred in Part 1, decided by the
/// one Visibility rule.
@Suite("The public forward plan")
struct PublicForwardPlanTests {
    @Test("the public body page lists scheduled and deferred Part 1 items, not proposals, Part 2 or notes")
    func publicPlan() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            let html = String(buffer: try await client.execute(uri: "/p/millbrook/bodies/board", method: .get).body)
            #expect(html.contains("<h2 id=\"forward-plan\">Forward plan</h2>"))
            #expect(
                html.contains(
                    "Night-time Economy Review</td><td>15 June 2020</td><td><span class=\"tag\">Scheduled</span></td><td>Head of Licensing</td>"))
            #expect(html.contains("Bridge lighting survey</td><td>To be scheduled</td><td><span class=\"tag\">Deferred</span>"))
            for secret in PublicFixture.planSecrets { #expect(!html.contains(secret)) }
        }
    }

    @Test(
        "the rule: proposals and dropped items are drafts, Part 2 needs the Part 2 grant",
        arguments: ForwardPlanStatus.allCases)
    func rule(_ status: ForwardPlanStatus) {
        let publicSees = status == .scheduled || status == .deferred || status == .taken
        #expect(Visibility.canSeeForwardPlanItem(part: .one, status: status, grant: .publicOnly) == publicSees)
        #expect(!Visibility.canSeeForwardPlanItem(part: .two, status: status, grant: .publicOnly))
        #expect(Visibility.canSeeForwardPlanItem(part: .two, status: status, grant: .everything))
        let officer = Visibility.grant(
            .account(.init(userID: 1, role: .officer, partnershipID: 1, personID: nil, memberOfBodyIDs: [])),
            bodyID: 1, partnershipID: 1)
        #expect(!Visibility.canSeeForwardPlanItem(part: .two, status: status, grant: officer))
        let item = ForwardPlanItem(id: 1, bodyID: 1, title: "Review", proposer: "A", status: status, notes: "working note")
        #expect(item.visible(with: .publicOnly)?.notes == nil)
        #expect(item.visible(with: .everything)?.notes == "working note")
    }
}
