import Foundation
import MinutebookTools

/// What the readers need from outside: the programs found at start-up (`Tools.located`, or a value
/// made by the caller) and how long one program run may take before it is stopped.
public struct ReadingTools: Sendable {
    public var tools: Tools
    /// Seconds one outside program (pdftotext, a conversion, one OCR page) may run.
    public var timeout: Double
    /// When reading the whole document must end, if it has a time limit of its own: each program then
    /// runs for whichever is shorter, `timeout` or the time left, and none starts once it has passed.
    /// (An OCR read runs three programs a page; without this their limits add up.)
    public var deadline: ContinuousClock.Instant?
    /// Told of long work inside one document (step, of steps, what): OCR page by page.
    public var progress: (@Sendable (_ step: Int, _ of: Int, _ what: String) -> Void)?

    public init(
        tools: Tools = .located, timeout: Double = 120,
        progress: (@Sendable (_ step: Int, _ of: Int, _ what: String) -> Void)? = nil
    ) {
        self.tools = tools
        self.timeout = timeout
        self.progress = progress
    }

    /// Runs `tool` to completion on the calling thread; a missing tool, a failure to start or a
    /// timeout is one line naming the file.
    func run(_ tool: Tool, _ arguments: [String], file: String, doing: String) throws(ImportError) -> ToolOutput {
        var limit = timeout
        if let deadline {
            let left = ContinuousClock.now.duration(to: deadline)
            let seconds = Double(left.components.seconds) + Double(left.components.attoseconds) / 1e18
            guard seconds > 0 else { throw ImportError(file: file, "cannot \(doing): the document's time limit has passed") }
            limit = min(limit, seconds)
        }
        do {
            return try ToolProcess.runBlocking(try tools.path(tool), arguments, timeout: limit, environment: tool.environment)
        } catch {
            throw ImportError(file: file, "cannot \(doing): \(error.description)")
        }
    }
}
