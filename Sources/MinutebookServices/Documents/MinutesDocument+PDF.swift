import Foundation
import MinutebookCore

extension MinutesDocument {
    /// WeasyPrint's one job here: the document's HTML to PDF, fetching nothing but `data:` URLs.
    static let renderScript = """
        import sys
        import weasyprint
        from weasyprint.urls import URLFetcher
        source, target = sys.argv[1], sys.argv[2]
        with open(source, encoding='utf-8') as f:
            html = f.read()
        weasyprint.HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={'data'})).write_pdf(target)
        """

    /// The minutes as a PDF, rendered by WeasyPrint (the pack's tool) off the concurrency pool.
    public func pdf(tools: PackTools) async throws -> Data {
        let html = printHTML()
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try Self.render(html, tools: tools) })
            }
        }
    }

    static func render(_ html: String, tools: PackTools) throws -> Data {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("minutebook-minutes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let source = work.appendingPathComponent("minutes.html")
        let script = work.appendingPathComponent("render.py")
        let target = work.appendingPathComponent("minutes.pdf")
        try Data(html.utf8).write(to: source)
        try Data(renderScript.utf8).write(to: script)
        let result = try tools.run(tools.python, [script.path, source.path, target.path], timeout: tools.renderTimeout)
        guard result.status == 0, let data = try? Data(contentsOf: target), data.starts(with: Data("%PDF-".utf8)) else {
            let detail = result.stderr.split(separator: "\n").last.map(String.init) ?? "no output"
            throw DomainError.invalid("WeasyPrint could not render the minutes: \(detail)")
        }
        return data
    }
}
