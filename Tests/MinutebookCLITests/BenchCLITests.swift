import Foundation
import Testing

/// Smoke runs of `minutebook-bench` on a tiny dataset: the kit runs end to end and its JSON holds the
/// figures bench/run reads. No timing is asserted: speed is for bench/run to measure.
@Suite("minutebook-bench")
struct BenchCLITests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let nginxConfig = repositoryRoot.appendingPathComponent("bench/nginx.conf").path

    static let minutes = """
        WILLOWMERE COMMUNITY SAFETY BOARD

        Minutes of the meeting held at 2.00 pm on 14 March 2024

        Present:
        Imogen Tarrant, (Willowmere Council Head of Safer Streets) (Chairman)
        Felix Okonedo, (Eastvale Police Inspector)

        1\tAPOLOGIES FOR ABSENCE\tAction
        \tApologies were received from Rosa Quill.\t
        2\tNIGHT-TIME ECONOMY\tAction
        \tThe Board discussed the late-night bus station patrols and the taxi marshal scheme.\t
        \tRESOLVED that the marshal scheme continues until the autumn.\tFO
        """

    /// A tiny database: invented minutes imported through the real importer.
    func tinyDatabase() throws -> String {
        let input = CLI.temporaryPath(".txt")
        try Data(Self.minutes.utf8).write(to: URL(fileURLWithPath: input))
        let database = CLI.temporaryPath()
        let imported = try CLI.run(["import", input, "--database", database])
        try #require(imported.status == 0, "\(imported.stderr)")
        return database
    }

    func figures(_ stdout: String) throws -> [String: Any] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        return try #require(object["figures"] as? [String: Any])
    }

    /// Every page is fetched (and must answer 200) and served by nginx; wrk loads the public and the
    /// signed-in meeting page only, without warm-up, to keep the smoke to seconds.
    @Test("bench http --json measures Minutebook and nginx on the same bytes and reports the headline keys")
    func httpSmoke() throws {
        let database = try tinyDatabase()
        let result = try CLI.bench([
            "http", "--json", "--database", database, "--duration", "1",
            "--concurrency", "50,200", "--warmup", "0", "--pages", "meeting,signed_in",
            "--nginx-config", Self.nginxConfig
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let figures = try figures(result.stdout)
        for key in [
            "http.ratio_c50", "http.ratio_c200", "http.p99_ms_c200", "http.rps_c200", "nginx.rps_c200", "memory.rss_mb",
            "http.signed_in.ratio_c50", "http.signed_in.ratio_c200"
        ] {
            #expect(figures[key] is Double || figures[key] is Int, "missing \(key)")
        }
        let rps = try #require(figures["nginx.rps_c200"] as? Double)
        #expect(rps > 0)
        // The pages not loaded were still fetched and saved for nginx.
        let facts = try #require(object["facts"] as? [String: String])
        for page in ["meeting", "body", "api", "home", "signed_in"] {
            #expect(facts["http.\(page).bytes"].flatMap { Int($0) } ?? 0 > 0, "\(page) not fetched")
        }
        #expect(figures["http.body.rps_c50"] == nil)
    }

    @Test("bench http refuses an unknown page name")
    func unknownPage() throws {
        let result = try CLI.bench([
            "http", "--database", try tinyDatabase(), "--pages", "meeting,nope",
            "--nginx-config", Self.nginxConfig
        ])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--pages"))
    }

    @Test("a benchmark on a missing database fails with one clear line")
    func missingDatabase() throws {
        let result = try CLI.bench(["http", "--database", CLI.temporaryPath(), "--nginx-config", Self.nginxConfig])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no database at"))
    }

    @Test(
        "matters-arising and search report their headline figures on a tiny dataset",
        arguments: [("matters-arising", "matters_arising.ms"), ("search", "search.p95_ms")])
    func featureBenchmarks(_ name: String, _ key: String) throws {
        let database = try tinyDatabase()
        let result = try CLI.bench([name, "--json", "--database", database, "--runs", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let figures = try figures(result.stdout)
        #expect(figures[key] is Double || figures[key] is Int, "missing \(key)")
    }
}
