import Foundation

/// A file part of a `multipart/form-data` body, as bytes (reports are binary: PDF, DOCX).
public struct MultipartFile: Sendable, Equatable {
    var fieldName: String
    var filename: String
    var content: [UInt8]

    /// Finds the file part named `field`; nil when the form has none or it has no file name.
    static func parse(_ body: [UInt8], contentType: String, field: String) -> MultipartFile? {
        SpooledForm.parse(Data(body), contentType: contentType).files.first { $0.fieldName == field }
    }

    static func attribute(_ name: String, in header: String) -> String? {
        guard let range = header.range(of: " \(name)=\"") ?? header.range(of: ";\(name)=\"") else { return nil }
        let rest = header[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
