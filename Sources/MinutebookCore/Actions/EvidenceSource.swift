/// Settling imported history from what later documents say (issue 19). A Matters Arising report
/// prints an update on every action still open and leaves out the ones that were settled; the next
/// agenda answers "bring an update to the next meeting" actions. The rule here is pure: the store
/// hands it the body's actions and the evidence it holds, and applies what it infers.

/// Where a piece of evidence was read: the document and the line.
public struct EvidenceSource: Sendable, Equatable, Hashable, Codable {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// "sbp-2018-03-26-agenda-pack.txt, line 1147" (the name alone when the line is not known: 0).
    public var label: String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return line > 0 ? "\(name), line \(line)" : name
    }
}
