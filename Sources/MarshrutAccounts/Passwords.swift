import Crypto
import Foundation
import HummingbirdBcrypt

/// Password hashing and session tokens: the only code that ever holds a password or a token in
/// clear, and only for the moment it hashes one.
public enum Secrets {
    /// The bcrypt cost of new password hashes: 2^12 rounds, about a quarter of a second on
    /// this kind of machine, so guessing is slow while a sign-in stays quick.
    public static let defaultCost: UInt8 = 12

    /// The shortest password an account may have.
    public static let minimumPasswordLength = 10

    /// A salted bcrypt hash of a password.
    public static func hash(password: String, cost: UInt8 = defaultCost) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// Whether the password matches its stored hash.
    public static func verify(password: String, hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }

    /// A new session token: 256 random bits from the system's secure generator, URL-safe base64.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// What the store keeps of a token: its SHA-256, in hex.
    public static func tokenHash(_ token: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(token.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// A password to print once for a new account: 16 characters from an alphabet without
    /// look-alikes (no 0/O, 1/l/I), about 90 bits.
    public static func newPassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
