import Foundation
import Testing

@testable import MarshrutSheets

struct Windows1251Tests {
    @Test func decodesTheRussianAlphabet() {
        #expect(Windows1251.decode([0xC0, 0xDF, 0xE0, 0xFF, 0xA8, 0xB8, 0xB9, 0xAB, 0xBB, 0x96, 0x97]) == "АЯаяЁё№«»–—")
    }

    @Test func roundTripsEveryAssignedByte() throws {
        let bytes = (0...255).map(UInt8.init).filter { $0 != 0x98 }
        #expect(Windows1251.encode(Windows1251.decode(bytes)) == bytes)
    }

    /// The table against the system's iconv, byte for byte, where iconv is installed.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/iconv")))
    func agreesWithIconv() throws {
        let bytes = (0x80...0xFF).map(UInt8.init).filter { $0 != 0x98 }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "CP1251", "-t", "UTF-8"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(data: data, encoding: .utf8) == Windows1251.decode(bytes))
    }

    @Test func refusesToEncodeWhatTheCodePageLacks() {
        #expect(Windows1251.encode("日本") == nil)
    }
}
