import Foundation
import MinutebookCore
import NIOCore
import NIOPosix
import NIOSSL

/// One reply of the server: its code and text lines.
public struct SMTPReply: Sendable {
    public var code: Int
    public var lines: [String]
    public var text: String { lines.joined(separator: " ") }
}

/// Splits the byte stream into replies (multi-line replies use "250-" until "250 ").
public final class SMTPReplyDecoder: ChannelInboundHandler, @unchecked Sendable {
    public typealias InboundIn = ByteBuffer

    private let continuation: AsyncThrowingStream<SMTPReply, any Error>.Continuation
    private var pending = ""
    private var lines: [String] = []

    public init(_ continuation: AsyncThrowingStream<SMTPReply, any Error>.Continuation) { self.continuation = continuation }

    public func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        pending += buffer.readString(length: buffer.readableBytes) ?? ""
        while let range = pending.range(of: "\r\n") {
            let line = String(pending[pending.startIndex..<range.lowerBound])
            pending.removeSubrange(pending.startIndex..<range.upperBound)
            let code = Int(line.prefix(3)) ?? 0
            let separator = line.dropFirst(3).first
            lines.append(String(line.dropFirst(4)))
            if separator != "-" {
                continuation.yield(SMTPReply(code: code, lines: lines))
                lines = []
            }
        }
    }

    public func channelInactive(context: ChannelHandlerContext) {
        continuation.finish()
        context.fireChannelInactive()
    }

    public func errorCaught(context: ChannelHandlerContext, error: any Error) {
        continuation.finish(throwing: error)
        context.close(promise: nil)
    }
}

/// The conversation with the server for one batch of messages.
public struct SMTPSession {
    public let configuration: SMTPConfiguration

    public func run(_ messages: [MailMessage]) async throws -> Int {
        do {
            return try await converse(messages)
        } catch let error as DomainError {
            throw error
        } catch {
            // TLS failures (an untrusted certificate, a name that does not match) and broken connections.
            throw DomainError.invalid("the conversation with the mail server at \(configuration.host):\(configuration.port) failed: \(error)")
        }
    }

    private func converse(_ messages: [MailMessage]) async throws -> Int {
        let (stream, continuation) = AsyncThrowingStream<SMTPReply, any Error>.makeStream()
        let tls = try Self.tlsContext(configuration)
        // SNI carries names only: for an address, NIOSSL checks the certificate against the peer's IP.
        let host: String? = Self.isIPAddress(configuration.host) ? nil : configuration.host
        let implicitTLS = configuration.security == .tls
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(10))
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if implicitTLS {
                            try channel.pipeline.syncOperations.addHandler(try NIOSSLClientHandler(context: tls, serverHostname: host))
                        }
                        try channel.pipeline.syncOperations.addHandler(SMTPReplyDecoder(continuation))
                    }
                }
                .connect(host: configuration.host, port: configuration.port).get()
        } catch {
            throw DomainError.invalid("cannot reach the mail server at \(configuration.host):\(configuration.port): \(error)")
        }
        var replies = stream.makeAsyncIterator()
        defer { channel.close(promise: nil) }

        func expect(_ codes: Set<Int>, after command: String) async throws -> SMTPReply {
            guard let reply = try await replies.next() else {
                throw DomainError.invalid("the mail server closed the connection after \(command)")
            }
            guard codes.contains(reply.code) else {
                throw DomainError.invalid("the mail server refused \(command): \(reply.code) \(reply.text)")
            }
            return reply
        }
        func send(_ line: String, expecting codes: Set<Int>, shown: String? = nil) async throws -> SMTPReply {
            do {
                try await channel.writeAndFlush(ByteBuffer(string: line + "\r\n"))
            } catch {
                // The connection broke; its reason (a failed TLS handshake, say) waits in the reply stream.
                _ = try await replies.next()
                throw error
            }
            return try await expect(codes, after: shown ?? String(line.prefix(4)))
        }

        _ = try await expect([220], after: "connecting")
        var ehlo = try await send("EHLO \(configuration.clientName)", expecting: [250])
        if configuration.security == .startTLS {
            guard ehlo.lines.contains(where: { $0.uppercased().hasPrefix("STARTTLS") }) else {
                throw DomainError.invalid("the mail server does not offer STARTTLS")
            }
            _ = try await send("STARTTLS", expecting: [220])
            try await channel.eventLoop.submit {
                try channel.pipeline.syncOperations.addHandler(try NIOSSLClientHandler(context: tls, serverHostname: host), position: .first)
            }.get()
            ehlo = try await send("EHLO \(configuration.clientName)", expecting: [250])
        }
        if let user = configuration.username, let password = configuration.password {
            let mechanism = try Self.mechanism(configuration.authMechanism, offered: ehlo.lines)
            let refused = "AUTH \(mechanism.rawValue.uppercased()) (check the user name and password)"
            switch mechanism {
            case .plain, .automatic:
                let credentials = Data(([0] + Array(user.utf8) + [0] + Array(password.utf8))).base64EncodedString()
                _ = try await send("AUTH PLAIN \(credentials)", expecting: [235], shown: refused)
            case .login:
                _ = try await send("AUTH LOGIN", expecting: [334], shown: "AUTH LOGIN")
                _ = try await send(Data(user.utf8).base64EncodedString(), expecting: [334], shown: refused)
                _ = try await send(Data(password.utf8).base64EncodedString(), expecting: [235], shown: refused)
            }
        }
        var sent = 0
        for message in messages {
            _ = try await send("MAIL FROM:<\(configuration.from)>", expecting: [250])
            _ = try await send("RCPT TO:<\(message.to)>", expecting: [250, 251])
            _ = try await send("DATA", expecting: [354])
            let domain = configuration.from.split(separator: "@").last.map(String.init) ?? "localhost"
            let rendered = message.rendered(from: configuration.from, messageID: "\(UUID().uuidString)@\(domain)")
            // Dot-stuffing: a line starting with "." gets another.
            let stuffed = rendered.split(separator: "\r\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix(".") ? "." + $0 : String($0) }.joined(separator: "\r\n")
            try await channel.writeAndFlush(ByteBuffer(string: stuffed))
            _ = try await send(".", expecting: [250], shown: "the message to \(message.to)")
            sent += 1
        }
        _ = try? await send("QUIT", expecting: [221])
        return sent
    }

    /// The client TLS context: full verification against the system's roots, or the configured CA file's.
    public static func tlsContext(_ configuration: SMTPConfiguration) throws -> NIOSSLContext {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let caFile = configuration.caFile {
            do {
                tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(caFile))
            } catch {
                throw DomainError.invalid("cannot read the mail server's CA certificates from \(caFile)")
            }
        }
        return try NIOSSLContext(configuration: tls)
    }

    public static func isIPAddress(_ host: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1
    }

    /// The mechanism to log in with, from what the server's EHLO offers ("AUTH PLAIN LOGIN").
    public static func mechanism(_ wanted: SMTPConfiguration.AuthMechanism, offered lines: [String]) throws -> SMTPConfiguration.AuthMechanism {
        let offered = Set(
            lines.filter { $0.uppercased().hasPrefix("AUTH") }
                .flatMap { $0.uppercased().dropFirst(4).split(whereSeparator: { $0 == " " || $0 == "=" }).map(String.init) })
        guard !offered.isEmpty else {
            throw DomainError.invalid("the mail server does not offer AUTH (does it need STARTTLS first?)")
        }
        switch wanted {
        case .automatic:
            if offered.contains("PLAIN") { return .plain }
            if offered.contains("LOGIN") { return .login }
            throw DomainError.invalid(
                "the mail server offers neither AUTH PLAIN nor AUTH LOGIN (it offers \(offered.sorted().joined(separator: ", ")))")
        case .plain, .login:
            guard offered.contains(wanted.rawValue.uppercased()) else {
                throw DomainError.invalid("the mail server does not offer AUTH \(wanted.rawValue.uppercased())")
            }
            return wanted
        }
    }
}
