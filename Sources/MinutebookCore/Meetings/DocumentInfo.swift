/// A document's metadata (never its content).
public struct DocumentInfo: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var agendaItemID: Int64?
    public var title: String
    public var filename: String
    public var mediaType: String
    public var byteCount: Int
    public var sha256: String
    public var version: Int
    public var part: AgendaPart
    public var isPublished: Bool

    public init(
        id: Int64, agendaItemID: Int64?, title: String, filename: String, mediaType: String, byteCount: Int,
        sha256: String, version: Int = 1, part: AgendaPart = .one, isPublished: Bool = false
    ) {
        self.id = id
        self.agendaItemID = agendaItemID
        self.title = title
        self.filename = filename
        self.mediaType = mediaType
        self.byteCount = byteCount
        self.sha256 = sha256
        self.version = version
        self.part = part
        self.isPublished = isPublished
    }
}
