import MarshrutCore
/// A small seeded random number generator (SplitMix64): the same seed gives the same numbers
/// on every platform and Swift version.
///
/// Swift's default generator cannot be seeded, and the standard library's `random(in:using:)`
/// does not promise its algorithm across versions, so the synthetic region draws everything
/// through the helpers here.
///
/// ```swift
/// var rng = SplitMix64(seed: 42)
/// rng.below(6)          // 0..<6
/// rng.chance(0.25)      // true one time in four
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    public private(set) var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// An independent generator for one item of one stream (a teacher's route, a block's
    /// programs …), so items can be made in any order, or in parallel, with the same result.
    public init(seed: UInt64, stream: UInt64, index: Int) {
        state = Self.mix(Self.mix(seed ^ (stream &* 0xD1B5_4A32_D192_ED03)) ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15))
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// SplitMix64's finaliser: a bijective scramble of 64 bits.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (multiply-high; the bias is below 2⁻⁴⁰ for the small bounds used here).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "below(_:) needs a positive bound")
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A number in `[0, 1)` with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// An index of `weights`, each drawn in proportion to its weight.
    public mutating func weighted(_ weights: [Int]) -> Int {
        var roll = below(weights.reduce(0, +))
        for (i, w) in weights.enumerated() {
            if roll < w { return i }
            roll -= w
        }
        return weights.count - 1
    }

    /// `count` distinct elements of `items` (all of them when there are fewer), in draw order.
    public mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var pool = items
        var out: [T] = []
        out.reserveCapacity(min(count, pool.count))
        while out.count < count, !pool.isEmpty {
            out.append(pool.remove(at: below(pool.count)))
        }
        return out
    }
}
