import MarshrutAccounts
import Testing

struct SecretsTests {
    /// What the store keeps of a session's token is its SHA-256 in lower-case hex: the published
    /// test vectors (FIPS 180-2) hold the written-out digits to the hash.
    @Test func aTokensHashIsItsSHA256InHex() {
        #expect(Secrets.tokenHash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Secrets.tokenHash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let token = Secrets.newToken()
        #expect(Secrets.tokenHash(token).utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) })
        #expect(Secrets.tokenHash(token) != Secrets.tokenHash(token + "x"))
    }
}
