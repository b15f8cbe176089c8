import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import MinutebookWeb

@Suite("Search page")
struct SearchPageTests {
    @Test("a phrase search shows the decision with the phrase marked, linked to its minute")
    func phrase() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            try await client.execute(uri: "/search?q=%22mass+casualty%22", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("<mark>mass casualty</mark>"))
                #expect(html.contains("/p/millbrook/bodies/board/meetings/2019-12-10#minute-41"))
                #expect(html.contains("1 result for"))
                #expect(html.contains("rel=\"alternate\" type=\"application/json\""))
            }
        }
    }

    @Test("the empty form explains the query language")
    func help() async throws {
        let (app, _) = try makeTestApp()
        try await app.test(.router) { client in
            try await client.execute(uri: "/search", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("id=\"how-to-search\""))
                #expect(html.contains("<label for=\"q\">"))
            }
        }
    }

    @Test("a year that is not a number is a 400 with an error summary linked to the field")
    func badYear() async throws {
        let (app, _) = try makeTestApp()
        try await app.test(.router) { client in
            try await client.execute(uri: "/search?q=depot&from=last+year", method: .get) { response in
                #expect(response.status == .badRequest)
                let html = String(buffer: response.body)
                #expect(html.contains("There is a problem"))
                #expect(html.contains("href=\"#from\""))
                #expect(html.contains("value=\"last year\""))
            }
        }
    }

    @Test(
        "FTS syntax typed into the box never makes a server error",
        arguments: [
            "%22", "*", "NEAR%28a+b%29", "title%3Adepot", "%5Edepot", "%28%28%28", "-", "AND+OR+NOT", "%EE%80%80"
        ])
    func hostile(_ q: String) async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            try await client.execute(uri: "/search?q=\(q)", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("public search finds none of the planted secrets")
    func noSecrets() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            for q in PublicFixture.secrets + ["zq*"] {
                try await client.execute(uri: "/search?q=\(q)", method: .get) { response in
                    let html = String(buffer: response.body)
                    // The page repeats the query; it must find nothing.
                    #expect(html.contains("No results for"), "searching \(q) found something")
                    #expect(!html.contains("class=\"result\""))
                }
            }
        }
    }
}
