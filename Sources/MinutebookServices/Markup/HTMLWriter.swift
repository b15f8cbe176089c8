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
        var value = value
        value.withUTF8 { escaped($0, 0, $0.count) }
    }

    public mutating func text(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Text with paragraphs: blank lines start a new `<p>`, single newlines become `<br>`.
    /// Works on the UTF-8 bytes directly: minutes pages print hundreds of paragraphs.
    public mutating func paragraphs(_ value: String) {
        var value = value
        value.withUTF8 { buffer in
            let newline = UInt8(ascii: "\n")
            let count = buffer.count
            var start = 0
            while start <= count {
                // The block runs to the next "\n\n" (or the end); empty blocks are skipped.
                var end = start
                while end < count && !(buffer[end] == newline && end + 1 < count && buffer[end + 1] == newline) { end += 1 }
                if end > start {
                    raw("<p>")
                    var line = start
                    for i in start..<end where buffer[i] == newline {
                        escaped(buffer, line, i)
                        raw("<br>")
                        line = i + 1
                    }
                    escaped(buffer, line, end)
                    raw("</p>\n")
                }
                start = end + 2
            }
        }
    }

    /// Bytes `from..<to` of `buffer`, escaped as `text(_:)` escapes.
    private mutating func escaped(_ buffer: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        var run = from
        for i in from..<to {
            let byte = buffer[i]
            guard HTMLWriter.isSpecial(byte) else { continue }
            if i > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[run..<i])) }
            switch byte {
            case 0x26: bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B]) // &amp;
            case 0x3C: bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B]) // &lt;
            case 0x3E: bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B]) // &gt;
            case 0x22: bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]) // &quot;
            default: bytes.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B]) // &#39;
            }
            run = i + 1
        }
        if to > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[run..<to])) }
    }

    /// `<tag>escaped text</tag>` for a tag written by the caller.
    public mutating func element(_ open: StaticString, _ value: String, _ close: StaticString) {
        raw(open)
        text(value)
        raw(close)
    }

    @inline(__always) public static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27: return true
        default: return false
        }
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
