import Foundation
import HummingbirdTesting
import MinutebookTestSupport
import Testing

/// The action tracker over the Matters Arising world (December's two actions: the flood exercise update owned by
/// Ada, the Part 2 case review owned by Bram), shared by the tracker's page and filter tests.
enum ActionTracker {
    static let path = "/p/riverside/actions"
    static let flood = "Flood exercise update"
    static let review = "Review \(MattersArisingPageTests.secret)"

    /// The world with due dates on the flood update and the review, when given.
    static func world(floodDue: String? = nil, reviewDue: String? = nil) -> TestWorld {
        MattersArisingPageTests.world(floodDue: floodDue, reviewDue: reviewDue)
    }
}

extension TestBrowser {
    /// Signs in as `email` and opens the action tracker (with `query`, e.g. "?owner=2"), which must answer.
    func openTracker(as email: String, _ query: String = "") async throws -> Page {
        try await signIn(email, Fixture.password)
        let page = try await get(ActionTracker.path + query)
        #expect(page.status == .ok, "the tracker answered \(page.status)")
        return page
    }
}
