/// What a document attached to an agenda item is.
public enum ReportFormat: String, Codable, Sendable, CaseIterable {
    case pdf, docx, html, markdown

    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .html: "text/html"
        case .markdown: "text/markdown"
        }
    }

    /// The format named by a file's extension, or nil for one Minutebook does not take.
    public init?(filename: String) {
        guard let dot = filename.lastIndex(of: ".") else { return nil }
        switch filename[filename.index(after: dot)...].lowercased() {
        case "pdf": self = .pdf
        case "docx": self = .docx
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        default: return nil
        }
    }

    public init?(mediaType: String) {
        guard let format = ReportFormat.allCases.first(where: { $0.mediaType == mediaType }) else { return nil }
        self = format
    }

    public static let acceptedExtensions = ".pdf, .docx, .html or .md"
}
