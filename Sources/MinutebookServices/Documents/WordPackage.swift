import Foundation
import MinutebookCore
import ZIPFoundation

/// A Word document's package (Office Open XML): its XML parts zipped in order, as every .docx
/// Minutebook writes (Matters Arising, the minutes) is assembled.
enum WordPackage {
    /// The .docx bytes of `parts`, each a path inside the package and its XML.
    static func zip(_ parts: [(String, String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, xml) in parts {
            let data = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw DomainError.invalid("the Word document could not be assembled") }
        return data
    }
}
