/// One edition of the pack as built for an issue: the PDF and its accessible HTML version.
public struct PackFiles: Sendable, Equatable {
    public var pdf: [UInt8]
    public var html: [UInt8]

    public init(pdf: [UInt8], html: [UInt8]) {
        self.pdf = pdf
        self.html = html
    }
}
