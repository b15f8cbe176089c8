import Foundation
import MinutebookTools

/// What the readers need from outside: the programs found at start-up (`Tools.located`, or a value
/// made by the caller) and how long one program run may take before it is stopped.
public struct ReadingTools: Sendable {
    public var tools: Tools
    /// Seconds one outside program (pdftotext, a conversion, one OCR page) may run.
    public var timeout: Double
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
        do {
            return try ToolProcess.runBlocking(try tools.path(tool), arguments, timeout: timeout)
        } catch {
            throw ImportError(file: file, "cannot \(doing): \(error.description)")
        }
    }
}
