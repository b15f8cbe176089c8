import Foundation
import MinutebookCore
import MinutebookImport
import MinutebookTools
import ZIPFoundation

/// Checks an uploaded report before it is stored or put in a pack. Exit codes of the tools are not
/// trusted alone (see notes/agenda-pack-pipeline.md): a 0-byte or garbage .docx would otherwise
/// become a blank or garbled page, and a password-protected PDF would stop the merge.
public struct UploadCheck: Sendable {
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    /// Accepted, perhaps with a warning (a PDF qpdf had to repair).
    public struct Accepted: Sendable, Equatable {
        public var format: ReportFormat
        public var pageCount: Int?
        public var warning: String?
    }

    public let tools: PackTools

    public init(tools: PackTools) { self.tools = tools }

    /// Seconds an upload's check and text extraction may take together on the blocking pool.
    public static let uploadLimit: Double = 600

    /// `check` and then the searchable text (`ReportText.extract`) of an upload, on the blocking pool
    /// (qpdf and pdftotext wait on programs): for request handlers. Throws `Refusal` as `check` does.
    public func checkAndExtract(filename: String, content: [UInt8]) async throws -> (accepted: Accepted, text: String?) {
        try await Blocking.run("checking \(filename)", timeout: Self.uploadLimit) {
            let accepted = try check(filename: filename, content: content, scratch: FileManager.default.temporaryDirectory)
            return (accepted, ReportText.extract(content, format: accepted.format, filename: filename))
        }
    }

    /// Checks `content` named `filename`; throws `Refusal` with one line a secretary can act on.
    public func check(filename: String, content: [UInt8], scratch: URL) throws -> Accepted {
        guard let format = ReportFormat(filename: filename) else {
            throw Refusal(reason: "\(filename): only \(ReportFormat.acceptedExtensions) files can be attached as reports")
        }
        guard !content.isEmpty else { throw Refusal(reason: "\(filename): the uploaded file is empty (0 bytes)") }
        switch format {
        case .pdf: return try checkPDF(filename: filename, content: content, scratch: scratch)
        case .docx:
            try Self.checkDOCX(filename: filename, content: content)
            return Accepted(format: .docx)
        case .html, .markdown:
            guard String(validating: content, as: UTF8.self) != nil else {
                throw Refusal(reason: "\(filename): the file is not UTF-8 text")
            }
            return Accepted(format: format)
        }
    }

    public func checkPDF(filename: String, content: [UInt8], scratch: URL) throws -> Accepted {
        let head = content.prefix(1024)
        let signature = Array("%PDF-".utf8)
        guard head.indices.contains(where: { i in Array(head[i..<min(i + 5, head.endIndex)]) == signature }) else {
            throw Refusal(reason: "\(filename): not a PDF file (no %PDF- header)")
        }
        let path = scratch.appendingPathComponent("check-\(UUID().uuidString).pdf")
        try Data(content).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let password = try tools.run(tools.qpdf, ["--requires-password", path.path], timeout: 60)
        let check: ToolOutput
        do {
            check = try ToolProcess.runBlocking(tools.qpdf, ["--check", path.path], timeout: 120)
        } catch  where error.kind == .timedOut {
            throw Refusal(reason: "\(filename): the PDF could not be checked in time (\(error.description))")
        } catch {
            throw DomainError.invalid(error.description)
        }
        if password.status == 0 {
            throw Refusal(reason: "\(filename): the PDF is password-protected; upload a copy without a password")
        }
        if check.status == 2 {
            let detail = check.stderr.split(separator: "\n").first.map { " (\($0))" } ?? ""
            throw Refusal(reason: "\(filename): the PDF is damaged and cannot be read\(detail)")
        }
        let pages = try tools.run(tools.qpdf, ["--show-npages", path.path], timeout: 60)
        guard let count = Int(pages.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), count > 0 else {
            throw Refusal(reason: "\(filename): the PDF has no pages")
        }
        return Accepted(
            format: .pdf, pageCount: count,
            warning: check.status == 3 ? "\(filename): the PDF was slightly damaged and has been repaired" : nil)
    }

    /// Most bytes all the parts of an uploaded .docx may unpack to together.
    public static let maximumUnpackedDOCX = 256 * 1024 * 1024

    public static func checkDOCX(filename: String, content: [UInt8], unpackLimit: Int = maximumUnpackedDOCX) throws {
        let ole2: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        if content.starts(with: ole2) {
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            if contains(content, marker) {
                throw Refusal(reason: "\(filename): the Word file is password-protected; upload a copy without a password")
            }
            throw Refusal(reason: "\(filename): this is an old-style Word 97-2003 file; save it as .docx and upload it again")
        }
        let zip: ZipBytes
        do {
            zip = try ZipBytes(Data(content))
        } catch {
            throw Refusal(reason: "\(filename): not a valid .docx file (not a ZIP package)")
        }
        let archive = zip.archive
        guard archive["word/document.xml"] != nil else {
            throw Refusal(reason: "\(filename): not a Word document (no word/document.xml inside)")
        }
        // Every part is inflated to check it, its bytes counted as they come (a zip bomb's headers lie).
        var left = unpackLimit
        for entry in archive where entry.type == .file {
            do {
                left -= try ZipParts.inflate(archive, entry, limit: left) { _ in }
            } catch is ZipParts.TooLarge {
                throw Refusal(
                    reason: "\(filename): the .docx unpacks to more than \(unpackLimit / 1_048_576) MB; "
                        + "a Word report is far smaller (is it a zip bomb?)")
            } catch {
                throw Refusal(reason: "\(filename): the .docx is damaged (\(entry.path) cannot be read)")
            }
        }
    }

    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first && Array(haystack[i..<(i + needle.count)]) == needle { return true }
            i += 1
        }
        return false
    }
}
