/// Writes HTML into one growing byte buffer. Every text call escapes; raw markup goes only through
/// `raw(_:)`, whose name says what it does. Typed views call it instead of a template engine.
public struct HTMLWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 16_384) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup the caller wrote itself (tags, attributes' names). Never pass user data here.
    public mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Markup built by trusted code (e.g. another writer's output, an SVG the server drew).
    public mutating func rawTrusted(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Text content or an attribute value: `& < > " '` are escaped.
    public mutating func text(_ value: String) {
        var utf8 = value.utf8
        let needs = utf8.withContiguousStorageIfAvailable { buf in
            buf.contains(where: HTMLWriter.isSpecial)
        }
        if needs == false {
            bytes.append(contentsOf: utf8)
            return
        }
        if needs == nil {
            var copy = value
            copy.makeContiguousUTF8()
            utf8 = copy.utf8
        }
        for byte in utf8 {
            switch byte {
            case 0x26: bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B]) // &amp;
            case 0x3C: bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B]) // &lt;
            case 0x3E: bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B]) // &gt;
            case 0x22: bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]) // &quot;
            case 0x27: bytes.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B]) // &#39;
            default: bytes.append(byte)
            }
        }
    }

    public mutating func text(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Text with paragraphs: blank lines start a new `<p>`, single newlines become `<br>`.
    public mutating func paragraphs(_ value: String) {
        let blocks = value.split(separator: "\n\n", omittingEmptySubsequences: true)
        for block in blocks {
            raw("<p>")
            var first = true
            for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
                if !first { raw("<br>") }
                text(String(line))
                first = false
            }
            raw("</p>\n")
        }
    }

    /// `<tag>escaped text</tag>` for a tag written by the caller.
    public mutating func element(_ open: StaticString, _ value: String, _ close: StaticString) {
        raw(open)
        text(value)
        raw(close)
    }

    @inline(__always) static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27: return true
        default: return false
        }
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
