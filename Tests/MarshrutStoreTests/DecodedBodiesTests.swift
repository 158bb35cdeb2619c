@testable import MarshrutStore
import Testing

struct DecodedBodiesTests {
    /// A kept body is used only for the very text it was decoded from.
    @Test func aBodyIsDecodedAgainWhenItsTextChanged() throws {
        let cache = DecodedBodies<[Int]>(capacity: 4)
        var decoded: [String] = []
        func read(_ id: String, _ text: String) -> [Int] {
            cache.value(for: id, text: text) { text in
                decoded.append(text)
                return text.split(separator: ",").compactMap { Int($0) }
            }
        }
        #expect(read("r1", "1,2") == [1, 2])
        #expect(read("r1", "1,2") == [1, 2])
        #expect(decoded == ["1,2"])
        #expect(read("r1", "1,2,3") == [1, 2, 3], "another process changed the route")
        #expect(read("r2", "1,2") == [1, 2], "the same text under another id is decoded for that id")
        #expect(decoded == ["1,2", "1,2,3", "1,2"])
    }

    @Test func itKeepsNoMoreThanItsCapacityAndAFailedDecodingKeepsNothing() {
        let cache = DecodedBodies<Int>(capacity: 3)
        for i in 0..<10 { _ = cache.value(for: "r\(i)", text: "\(i)") { Int($0)! } }
        #expect(cache.count == 3)
        struct Broken: Error {}
        #expect(throws: Broken.self) { try cache.value(for: "bad", text: "x") { _ in throw Broken() } }
        #expect(cache.count == 3)
        #expect(cache.value(for: "r9", text: "9") { _ in -1 } == 9)
    }
}
