import Foundation

/// The document formats the importer reads. Word 97-2003 (.doc), RTF and OpenDocument (.odt) are
/// converted to DOCX by LibreOffice first; a PDF without a text layer is read by OCR.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case text, markdown, html, docx, pdf, doc, rtf, odt

    /// The format a file name says, if it says one.
    public init?(fileExtension ext: String) {
        switch ext.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "docx": self = .docx
        case "pdf": self = .pdf
        case "doc": self = .doc
        case "rtf": self = .rtf
        case "odt": self = .odt
        default: return nil
        }
    }

    public static let fileExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "html", "htm", "xhtml", "docx", "pdf",
        "doc", "rtf", "odt"
    ]

    /// The extensions, as a user reads them: ".txt .md .html .docx .pdf .doc .rtf .odt".
    public static let extensionList = ".txt .md .html .docx .pdf .doc .rtf .odt"

    /// Converted to DOCX by LibreOffice before reading.
    var isConvertedByLibreOffice: Bool { self == .doc || self == .rtf || self == .odt }

    /// The format the bytes themselves show, when they show one (a signature, an RTF or HTML start).
    static func sniff(_ data: Data) -> DocumentFormat? {
        let head = [UInt8](data.prefix(1024))
        if head.starts(with: Array("%PDF".utf8)) { return .pdf }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // OpenDocument stores its type first, uncompressed: "mimetype" then the type's name.
            let text = String(decoding: head, as: UTF8.self)
            if text.contains("mimetypeapplication/vnd.oasis.opendocument.text") { return .odt }
            return .docx
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .doc }
        if head.starts(with: Array("{\\rtf".utf8)) { return .rtf }
        // PDF allows junk before its header, within the first kilobyte.
        if let at = head.firstRange(of: Array("%PDF-".utf8)), at.lowerBound < 1024 { return .pdf }
        let lower = String(decoding: head.prefix(512), as: UTF8.self).lowercased()
        if lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<body") { return .html }
        return nil
    }

    /// The reader for a file: what its content shows when that is a binary or RTF document (a .txt
    /// that is RTF, a .doc that is really DOCX), else what its name says, else text.
    static func choose(fileExtension ext: String, data: Data) -> DocumentFormat {
        let named = DocumentFormat(fileExtension: ext)
        let sniffed = sniff(data)
        if let sniffed, sniffed != .html { return sniffed }
        return named ?? sniffed ?? .text
    }
}
