import MarshrutCore
import MarshrutStore

extension SyntheticRegion {
    /// What ``write(into:progress:)`` stored.
    public struct Written: Sendable, Hashable {
        public var persons: Int
        public var routes: Int
        public var programs: Int
    }

    /// How many units ``write(into:progress:)`` reports in all: persons, routes and program blocks.
    public var units: Int { personCount + teachers + programBlocks }

    /// Writes the whole region into an empty store in bulk, persons first (routes and programs
    /// name them), making the next batch on another thread while one is stored.
    ///
    /// - Parameter progress: called on the calling thread with how many units each batch held.
    /// - Throws: ``SyntheticError/notEmpty(_:)`` when the store already holds persons; store errors.
    public func write(into store: Store, progress: (Int) -> Void = { _ in }) throws -> Written {
        if try store.counts().persons > 0 { throw SyntheticError.notEmpty(store.path) }
        let organizations = organizations()
        if !organizations.isEmpty { try store.importCatalog(Catalog(organizations: organizations)) }
        let batches = self.batches()
        var programs = 0
        try store.bulkInsert { writer in
            try RegionBatches.pipeline(batches.count, make: { batches[$0]() }) { batch in
                try writer.insert(batch.rows)
                programs += batch.programs
                progress(batch.units)
            }
        }
        return Written(persons: personCount, routes: teachers, programs: programs)
    }

    /// One unit of work: some subjects of the region turned into rows, off the writer's thread.
    struct Batch: Sendable {
        var rows = Store.BulkRows()
        /// Persons, routes or program blocks made, for the progress bar.
        var units = 0
        var programs = 0
    }

    /// The region cut into batches, persons first.
    func batches() -> [@Sendable () -> Batch] {
        let region = self
        let persons = RegionBatches.ranges(count: personCount, size: 4_096).map { range in
            { @Sendable () -> Batch in
                var batch = Batch(units: range.count)
                for i in range { batch.rows.add(region.person(at: i)) }
                return batch
            }
        }
        let routes = RegionBatches.ranges(count: teachers, size: 512).map { range in
            { @Sendable () -> Batch in
                var batch = Batch(units: range.count)
                for i in range { batch.rows.add(region.route(ofTeacher: i)) }
                return batch
            }
        }
        let programs = RegionBatches.ranges(count: programBlocks, size: 1_024).map { range in
            { @Sendable () -> Batch in
                var batch = Batch(units: range.count)
                for block in range {
                    for program in region.programs(inBlock: block) {
                        batch.rows.add(program)
                        batch.programs += 1
                    }
                }
                return batch
            }
        }
        return persons + routes + programs
    }
}
