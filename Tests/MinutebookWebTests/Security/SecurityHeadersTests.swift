import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MinutebookStore
import Testing

@testable import MinutebookWeb

/// Security headers on every answer, and `/metrics` only for loopback and allowed addresses (issue 17, item 13).
@Suite("Security headers and /metrics")
struct SecurityHeadersTests {
    static func app(_ change: (inout AppConfiguration) -> Void = { _ in }) throws -> some ApplicationProtocol {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-web-\(UUID().uuidString).sqlite").path
        var configuration = AppConfiguration(passwordHashCost: 4)
        change(&configuration)
        return makeTestApp(configuration: configuration, database: try AppDatabase(path: path))
    }

    @Test("pages, error pages and API errors carry CSP with frame-ancestors, nosniff and a Referrer-Policy; HSTS only over HTTPS")
    func headers() async throws {
        try await Self.app().test(.router) { client in
            for uri in ["/", "/login", "/no/such/page", "/api/v1/partnerships/nowhere"] {
                let response = try await client.execute(uri: uri, method: .get)
                let csp = response.headers[HTTPField.Name("Content-Security-Policy")!] ?? ""
                #expect(csp.contains("frame-ancestors 'none'"), "\(uri)")
                #expect(csp.contains("script-src 'self'"), "\(uri)")
                #expect(csp.contains("style-src 'self'"), "\(uri)")
                #expect(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), "\(uri): no inline script or style on the site's pages")
                #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(uri)")
                #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff", "\(uri)")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "strict-origin-when-cross-origin", "\(uri)")
                #expect(response.headers[HTTPField.Name("Strict-Transport-Security")!] == nil, "\(uri)")
            }
        }
        try await Self.app { $0.secureCookies = true }.test(.router) { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.headers[HTTPField.Name("Strict-Transport-Security")!] == "max-age=31536000")
        }
    }

    @Test("/metrics answers loopback and allowed addresses only")
    func metrics() async throws {
        try await Self.app().test(.live) { client in
            let status = try await client.execute(uri: "/metrics", method: .get).status
            #expect(status == .ok)
        }
        let forwarded: HTTPFields = [HTTPField.Name("X-Forwarded-For")!: "203.0.113.9"]
        try await Self.app { $0.trustedProxies = ["127.0.0.1"] }.test(.live) { client in
            let status = try await client.execute(uri: "/metrics", method: .get, headers: forwarded).status
            #expect(status == .notFound)
        }
        try await Self.app {
            $0.trustedProxies = ["127.0.0.1"]; $0.metricsAllowed = ["203.0.113.9"]
        }.test(.live) { client in
            let status = try await client.execute(uri: "/metrics", method: .get, headers: forwarded).status
            #expect(status == .ok)
        }
    }
}
