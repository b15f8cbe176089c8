import Foundation
import MinutebookTools

/// Word 97-2003 (.doc), RTF and OpenDocument (.odt) files converted to DOCX by LibreOffice headless,
/// so that the DOCX reader keeps their tables, list numbering and headings.
enum OfficeConverter {
    static func docx(_ data: Data, format: DocumentFormat, file: String, reading: ReadingTools) throws(ImportError) -> Data {
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("mb-convert-\(UUID().uuidString)")
        let input = work.appendingPathComponent("document.\(format.rawValue)")
        let output = work.appendingPathComponent("out")
        do {
            try fm.createDirectory(at: output, withIntermediateDirectories: true)
            try data.write(to: input)
        } catch {
            throw ImportError(file: file, "cannot be written to a scratch file: \(error.localizedDescription)")
        }
        defer { try? fm.removeItem(at: work) }
        let profile = Profiles.shared.take()
        defer { Profiles.shared.give(profile) }
        let result = try reading.run(.soffice, ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
                                                "--convert-to", "docx:MS Word 2007 XML", "--outdir", output.path, input.path],
                                     file: file, doing: "convert the \(format.rawValue.uppercased()) file with LibreOffice")
        let converted = output.appendingPathComponent("document.docx")
        guard let docx = try? Data(contentsOf: converted), !docx.isEmpty else {
            let detail = result.firstErrorLine.map { ": \($0)" } ?? ""
            throw ImportError(file: file, "could not be converted by LibreOffice (is it a damaged or password-protected "
                              + "\(format.rawValue.uppercased()) file?)\(detail)")
        }
        return docx
    }

    /// LibreOffice user profiles, one per conversion running at once and kept for the next: making a
    /// profile is most of a first conversion's time.
    final class Profiles: @unchecked Sendable {
        static let shared = Profiles()
        private let lock = NSLock()
        private var free: [URL] = []
        private let root = FileManager.default.temporaryDirectory.appendingPathComponent("mb-lo-profiles-\(getpid())")

        func take() -> URL {
            lock.withLock { free.popLast() } ?? root.appendingPathComponent(UUID().uuidString)
        }

        func give(_ url: URL) { lock.withLock { free.append(url) } }
    }
}
