import Foundation
import Glibc
import MinutebookCore

/// Checks a command makes before it does any work, so a mistake costs one clear line on stderr and a
/// non-zero exit (docs/cli.md) rather than a build thrown away or a server that says "serving" and then fails.
enum CLIChecks {
    /// A file the command will write: its folder must exist and be writable. Returns its URL.
    static func outputFile(_ path: String, option: String) throws -> URL {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            throw DomainError.invalid("\(option) \(path): the folder \(folder) does not exist")
        }
        guard isFolder.boolValue else { throw DomainError.invalid("\(option) \(path): \(folder) is not a folder") }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw DomainError.invalid("\(option) \(path): the folder \(folder) cannot be written to")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw DomainError.invalid("\(option) \(path) is a folder: give a file name")
        }
        return url
    }

    /// The address the server will listen on must be free: binds it once (as the server will, with
    /// SO_REUSEADDR) and lets it go.
    static func listenable(host: String, port: Int) throws {
        guard (0...65_535).contains(port) else { throw DomainError.invalid("--port \(port) is not a port number (0 to 65535)") }
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host.isEmpty ? nil : host, String(port), &hints, &found)
        guard status == 0, let first = found else {
            throw DomainError.invalid("--host \(host): not an address this machine can listen on (\(String(cString: gai_strerror(status))))")
        }
        defer { freeaddrinfo(found) }
        let fd = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard fd >= 0 else { throw DomainError.invalid("cannot open a socket: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var yes: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard bind(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) == 0 else {
            let reason =
                errno == EADDRINUSE
                ? "is already in use: stop what is listening there or choose another --port"
                : "cannot be listened on (\(String(cString: strerror(errno))))"
            throw DomainError.invalid("\(host):\(port) \(reason)")
        }
    }
}
