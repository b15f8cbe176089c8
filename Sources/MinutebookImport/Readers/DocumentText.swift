import Foundation

/// The plain text of a document, for the search index: PDF through `pdftotext -layout`, Word from
/// `word/document.xml`, HTML and Markdown without their markup. Paragraphs become lines. The
/// heading mark the readers put in front of heading lines for the minutes tokenizer (U+001E) is
/// never part of the text, nor is one the source itself carried.
public enum DocumentText {
    public static func plainText(
        _ data: Data, format: DocumentFormat, file: String,
        reading: ReadingTools = ReadingTools()
    ) throws(ImportError) -> String {
        withoutHeadingMarks(try text(data, format: format, file: file, reading: reading))
    }

    /// `text` without any U+001E (an ASCII byte, so never part of a longer UTF-8 sequence).
    static func withoutHeadingMarks(_ text: String) -> String {
        guard text.utf8.contains(Line.headingMark) else { return text }
        return String(decoding: text.utf8.filter { $0 != Line.headingMark }, as: UTF8.self)
    }

    static func text(_ data: Data, format: DocumentFormat, file: String, reading: ReadingTools) throws(ImportError) -> String {
        switch format {
        case .pdf:
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("mb-text-\(UUID().uuidString).pdf")
            do { try data.write(to: url) } catch {
                throw ImportError(file: file, "cannot be written to a scratch file: \(error.localizedDescription)")
            }
            defer { try? FileManager.default.removeItem(at: url) }
            return try PDFReader.text(url, file: file, reading: reading)
        case .docx:
            return try DOCXReader.lines(data, file: file).joined(separator: "\n")
        case .doc, .rtf, .odt:
            return try DOCXReader.lines(OfficeConverter.docx(data, format: format, file: file, reading: reading), file: file)
                .joined(separator: "\n")
        case .html, .markdown, .text:
            let text = try TextDecoding.decode(data, file: file).text
            switch format {
            case .html: return Markup.lines(html: text).joined(separator: "\n")
            case .markdown: return Markup.lines(markdown: text).joined(separator: "\n")
            default: return text
            }
        }
    }
}
