import MarshrutCore
/// A realistic, made-up region for demos and benchmarks: teachers on routes at every step,
/// their mentors, tutors and curators across schools, and mentoring programs with indicators.
///
/// The region is a pure function of its teacher count, seed and reference day: every person,
/// route and program can be made on its own, by index, in any order (each draws from its own
/// `SplitMix64` stream), so a large region is written in batches, or made in parallel, and
/// comes out the same. Everything it makes is valid by construction: `catalog()` passes
/// `Catalog.validate()`.
///
/// Layout, for `teachers` = N: one school per 25 teachers, one curator per school, one mentor
/// per 12 teachers, one tutor per 250; teachers in blocks of four, each block with one current
/// mentoring program (one to three of its teachers as mentees, about a third of all teachers)
/// and, for some blocks, an earlier completed one.
///
/// ```swift
/// let region = SyntheticRegion(teachers: 1_000, seed: 7)
/// let route = region.route(ofTeacher: 0)   // the same route for the same seed, every time
/// ```
public struct SyntheticRegion: Sendable, Hashable {
    /// How many teachers, each with one route.
    public let teachers: Int
    public let seed: UInt64
    /// The region's "today": routes and programs are as far along as they would be on this day.
    public let asOf: Day
    /// Whether the region comes with its organizations (the region, its municipalities, a school
    /// per 25 teachers and the tutors' centre) and every person names theirs, as on a shared
    /// server; without, persons name their school as text only.
    public let withOrganizations: Bool

    /// The default reference day, fixed so that a seed always gives the same region.
    public static let defaultAsOf = Day(ordinal: 20_786)  // 2026-11-29

    public init(teachers: Int, seed: UInt64 = 1, asOf: Day = SyntheticRegion.defaultAsOf, withOrganizations: Bool = false) {
        self.teachers = max(0, teachers)
        self.seed = seed
        self.asOf = asOf
        self.withOrganizations = withOrganizations
    }

    public var schools: Int { max(1, (teachers + 24) / 25) }
    public var curators: Int { schools }
    public var mentors: Int { max(1, (teachers + 11) / 12) }
    public var tutors: Int { max(1, (teachers + 249) / 250) }
    /// Everyone: curators, mentors, teachers, tutors — in this order, which is also id order.
    public var personCount: Int { curators + mentors + teachers + tutors }
    /// Blocks of four teachers; each makes one or two programs.
    public var programBlocks: Int { (teachers + Self.blockSize - 1) / Self.blockSize }

    static let blockSize = 4

    /// Everything at once, for small regions.
    public func catalog() -> Catalog {
        Catalog(
            persons: (0..<personCount).map(person(at:)),
            routes: (0..<teachers).map(route(ofTeacher:)),
            programs: (0..<programBlocks).flatMap(programs(inBlock:)),
            organizations: organizations())
    }

    // MARK: - Ids

    public func curatorID(_ i: Int) -> String { "curator-" + Self.padded(i + 1, to: Self.width(curators)) }
    public func mentorID(_ i: Int) -> String { "mentor-" + Self.padded(i + 1, to: Self.width(mentors)) }
    public func teacherID(_ i: Int) -> String { "teacher-" + Self.padded(i + 1, to: Self.width(teachers)) }
    public func tutorID(_ i: Int) -> String { "tutor-" + Self.padded(i + 1, to: Self.width(tutors)) }

    /// Zero-padded widths keep id order equal to index order.
    static func width(_ count: Int) -> Int { max(4, String(count).count) }

    static func padded(_ n: Int, to width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// The streams the region draws from, one per kind of item.
    enum Stream: UInt64 {
        case person = 1, route, program, routePlan, blockPlan, staff
    }

    func generator(_ stream: Stream, _ index: Int) -> SplitMix64 {
        SplitMix64(seed: seed, stream: stream.rawValue, index: index)
    }

    // MARK: - Shared facts

    /// The school a teacher works at: 25 neighbours share one.
    func school(ofTeacher i: Int) -> Int { (i / 25) % schools }

    func schoolName(_ s: Int) -> String {
        let kinds = SyntheticText.schoolKinds
        let places = SyntheticText.settlements
        let kind = kinds[s % kinds.count]
        let place = places[(s / kinds.count) % places.count]
        let round = s / (kinds.count * places.count)
        return kind.0 + place + kind.1 + (round == 0 ? "" : " (филиал \(round))")
    }

    /// A full name: surname, first name and patronymic, a woman's four times in five.
    static func name(_ rng: inout SplitMix64) -> String {
        if rng.chance(0.8) {
            return rng.pick(SyntheticText.femaleSurnames) + " " + rng.pick(SyntheticText.femaleNames) + " "
                + rng.pick(SyntheticText.femalePatronymics)
        }
        return rng.pick(SyntheticText.maleSurnames) + " " + rng.pick(SyntheticText.maleNames) + " "
            + rng.pick(SyntheticText.malePatronymics)
    }
}
