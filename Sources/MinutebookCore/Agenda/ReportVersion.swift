/// One stored version of a report.
public struct ReportVersion: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var agendaItemID: Int64
    public var title: String
    public var filename: String
    public var format: ReportFormat
    public var byteCount: Int
    public var sha256: String
    public var version: Int
    public var createdAt: String

    public init(
        id: Int64, agendaItemID: Int64, title: String, filename: String, format: ReportFormat, byteCount: Int,
        sha256: String, version: Int, createdAt: String
    ) {
        self.id = id
        self.agendaItemID = agendaItemID
        self.title = title
        self.filename = filename
        self.format = format
        self.byteCount = byteCount
        self.sha256 = sha256
        self.version = version
        self.createdAt = createdAt
    }
}
