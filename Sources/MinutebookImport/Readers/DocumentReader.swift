import Foundation

/// A file's bytes made into text for the tokenizer, whatever its format: the reader is chosen by
/// content first (a .txt that is RTF, a .doc that is really DOCX), then by name. Notes on how it was
/// read (an encoding assumed, OCR) become warnings of every record read from it.
public enum DocumentReader {
    /// How an OCR note starts, for pages that say a record came from OCR.
    public static let ocrNote = "read by OCR from a scanned PDF"

    struct Read {
        var text: String
        /// How `MinutesImporter.records(fromText:)` takes the text: text, markdown or html.
        var format: DocumentFormat
        var columns: Tokenizer.Columns
        var notes: [String]
    }

    static func read(_ data: Data, url: URL, file: String, reading: ReadingTools) throws(ImportError) -> Read {
        let format = DocumentFormat.choose(fileExtension: url.pathExtension, data: data)
        switch format {
        case .pdf:
            guard DocumentFormat.sniff(data) == .pdf else { throw ImportError(file: file, "is not a PDF (no %PDF header)") }
            let pdf = try PDFReader.read(url, file: file, reading: reading)
            return Read(text: pdf.text, format: .text, columns: .tabsAndWideSpaces, notes: pdf.notes)
        case .docx:
            return Read(text: try DOCXReader.lines(data, file: file).joined(separator: "\n"), format: .text, columns: .tabs, notes: [])
        case .doc, .rtf, .odt:
            let docx = try OfficeConverter.docx(data, format: format, file: file, reading: reading)
            return Read(text: try DOCXReader.lines(docx, file: file).joined(separator: "\n"), format: .text, columns: .tabs, notes: [])
        case .text, .markdown, .html:
            let decoded = try TextDecoding.decode(data, file: file)
            let notes = decoded.assumed.map { ["read as \($0) text, not UTF-8: check accented letters and symbols"] } ?? []
            return Read(text: decoded.text, format: format, columns: .automatic, notes: notes)
        }
    }
}
