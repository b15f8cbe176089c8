/// A report file as uploaded, before it is stored as a version of an item's report.
public struct ReportUpload: Sendable, Equatable {
    public var title: String
    public var filename: String
    public var format: ReportFormat
    public var content: [UInt8]
    public var sha256: String
    /// The report's plain text for the search index, when it has any.
    public var text: String?

    public init(title: String, filename: String, format: ReportFormat, content: [UInt8], sha256: String, text: String? = nil) {
        self.title = title
        self.filename = filename
        self.format = format
        self.content = content
        self.sha256 = sha256
        self.text = text
    }
}
