import Foundation
import Hummingbird
import Synchronization
import Testing

/// The structure every whole HTML page is held to: each `id` appears once, there is one `<h1>`, and no
/// section is empty (a `<section>` with nothing in it, or a heading with nothing under it before the next
/// heading of the same or a higher rank). The body page once printed its forward plan once per municipal
/// year, with the same `id` each time; this is the check that would have caught it.
enum PageStructure {
    static func problems(in html: String) -> [String] {
        guard html.hasPrefix("<!DOCTYPE html>") else { return [] }
        var problems: [String] = []
        var seen: [String: Int] = [:]
        for id in matches(#"\sid="([^"]*)""#, in: html) { seen[id, default: 0] += 1 }
        for (id, count) in seen.sorted(by: { $0.key < $1.key }) where count > 1 {
            problems.append("id \"\(id)\" appears \(count) times")
        }
        let h1 = matches(#"<h1[\s>]()"#, in: html).count
        if h1 != 1 { problems.append("\(h1) <h1> elements (one expected)") }
        for tag in matches(#"(<section[^>]*>)\s*</section>"#, in: html) {
            problems.append("empty section \(tag)")
        }
        // A heading followed by nothing but a heading of the same or a higher rank, or the end of its section.
        let heading = #"<h([1-6])[^>]*>((?:(?!</h[1-6]>).)*)</h[1-6]>\s*(?:<h([1-6])|</section>|</main>)"#
        for groups in allGroups(heading, in: html) {
            let rank = Int(groups[0]) ?? 0, next = Int(groups[2]) ?? 0
            if groups[2].isEmpty || next <= rank {
                problems.append("heading with nothing under it: \(groups[1])")
            }
        }
        return problems
    }

    private static func matches(_ pattern: String, in html: String) -> [String] {
        allGroups(pattern, in: html).map { $0[0] }
    }

    private static func allGroups(_ pattern: String, in html: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else {
            Issue.record("bad pattern \(pattern)")
            return []
        }
        let text = html as NSString
        return regex.matches(in: html, range: NSRange(location: 0, length: text.length)).map { match in
            (1..<match.numberOfRanges).map { index in
                let range = match.range(at: index)
                return range.location == NSNotFound ? "" : text.substring(with: range)
            }
        }
    }
}

/// Wraps the application's responder so every HTML page a test reads is checked by `PageStructure`;
/// a problem is recorded against the running test with the page's path.
struct PageCheckingResponder<Inner: HTTPResponder>: HTTPResponder {
    let inner: Inner

    func respond(to request: Request, context: Inner.Context) async throws -> Response {
        let response = try await inner.respond(to: request, context: context)
        guard response.headers[.contentType]?.hasPrefix("text/html") == true else { return response }
        let collector = BodyCollector()
        var copy = response
        try await response.body.write(collector)
        let bytes = collector.bytes.withLock { $0 }
        for problem in PageStructure.problems(in: String(buffer: bytes)) {
            Issue.record("\(request.method) \(request.uri.path) (\(response.status.code)): \(problem)")
        }
        copy.body = .init(byteBuffer: bytes)
        return copy
    }
}

private final class BodyCollector: ResponseBodyWriter, Sendable {
    let bytes = Mutex(ByteBuffer())

    func write(_ buffer: ByteBuffer) async throws {
        bytes.withLock { $0.writeImmutableBuffer(buffer) }
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}

@Suite("Page structure check")
struct PageStructureTests {
    @Test("the check finds a repeated id, a second h1, an empty section and a heading with nothing under it")
    func findsEachProblem() {
        let bad = """
            <!DOCTYPE html><html><body><main><h1>Board</h1><h1>Again</h1>
            <h2 id="plan">Forward plan</h2><p>Nothing.</p><h2 id="plan">Forward plan</h2><p>Nothing.</p>
            <section class="x">  </section><h2>Meetings</h2><h2>Attendance</h2><p>None.</p></main></body></html>
            """
        let problems = PageStructure.problems(in: bad)
        #expect(problems.contains("id \"plan\" appears 2 times"))
        #expect(problems.contains("2 <h1> elements (one expected)"))
        #expect(problems.contains("empty section <section class=\"x\">"))
        #expect(problems.contains("heading with nothing under it: Meetings"))
        #expect(problems.contains("heading with nothing under it: Board"))
        #expect(problems.count == 5)
    }

    @Test("a well-formed page passes, and a fragment that is not a whole page is not held to it")
    func passesGoodPages() {
        let good = "<!DOCTYPE html><main><h1 id=\"t\">Board</h1><h2>Meetings</h2><h3>2019/20</h3><ul><li>x</li></ul></main>"
        #expect(PageStructure.problems(in: good).isEmpty)
        #expect(PageStructure.problems(in: "<p>part</p>").isEmpty)
    }
}
