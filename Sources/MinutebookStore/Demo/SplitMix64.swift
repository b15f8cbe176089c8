/// A small, fast, seedable generator (SplitMix64, Steele, Lea and Flood 2014), so that the demo is
/// identical for the same seed on every machine. Not for anything secret.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (bound > 0), without modulo bias worth caring about at these sizes.
    public mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        return Int(next() % UInt64(bound))
    }

    /// True with probability `percent`/100.
    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// An independent generator for a sub-task, so adding data to one part does not shift another.
    public mutating func fork(_ salt: UInt64) -> SplitMix64 {
        SplitMix64(seed: next() ^ (salt &* 0xD6E8_FEB8_6659_FD93))
    }
}
