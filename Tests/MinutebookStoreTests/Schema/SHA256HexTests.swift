import MinutebookStore
import MinutebookTools
import Testing

@Suite("Document digests")
struct SHA256HexTests {
    @Test("SHA-256 (from swift-crypto) matches the published test vectors, as 64 lower-case hex digits")
    func sha256() {
        #expect(SHA256Hex.digest([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256Hex.digest(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256Hex.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
