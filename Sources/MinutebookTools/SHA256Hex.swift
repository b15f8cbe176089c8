import Crypto

/// SHA-256 of bytes as 64 lowercase hex digits: the `document.sha256` of stored reports and packs,
/// the stored form of link and session tokens. Computed by swift-crypto.
public enum SHA256Hex {
    public static func digest(_ bytes: some Sequence<UInt8>) -> String {
        let digest = SHA256.hash(data: Array(bytes))
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
