import Foundation
import Testing
@testable import LuaBridge

/// Records built in C from view ops: fields, JSON, shared and lazy references, and their failures.
struct RecordViewTests {
    /// A person (kind 1) and a route (kind 2) naming the person and a tutor not built yet.
    static func routeOps() -> ViewOps {
        var ops = ViewOps()
        ops.record(kind: 1, id: "ivanova")
        ops.field("id", "ivanova")
        ops.mergeJSON(#"{"name":"Иванова \"Ж\"","roles":["teacher"],"capacity":null,"school":"\u0428\u043a\u043e\u043b\u0430 \ud83d\ude00"}"#)
        ops.end()
        ops.record(kind: 2, id: "r1")
        ops.field("id", "r1")
        ops.key("hours"); ops.integer(72)
        ops.key("value"); ops.number(2.5)
        ops.key("final"); ops.boolean(false)
        ops.key("activities"); ops.json(#"[{"id":"a1","hours":16,"share":0.5,"addresses":["d1","d2"]},{"id":"a2","start":null}]"#)
        ops.key("reflections"); ops.table(arrayCount: 2)
        ops.table(fieldCount: 1); ops.field("text", "первая"); ops.end()
        ops.table(fieldCount: 1); ops.field("text", "вторая"); ops.end()
        ops.end()
        ops.key("teacher"); ops.reference(kind: 1, id: "ivanova")
        ops.key("tutor"); ops.reference(kind: 1, id: "petrova")
        ops.end()
        return ops
    }

    @Test func kindsAreTheHostsToRegister() throws {
        let sandbox = try Sandbox()
        var ops = ViewOps()
        ops.record(kind: 4, id: "x")
        ops.end()
        try sandbox.lua.beginBatch(loader: nil)
        #expect(throws: LuaError.self) { try sandbox.lua.build(ops) }
        #expect(sandbox.lua.recordView(kind: 4, id: "x") == nil)
        #expect(sandbox.lua.recordView(kind: 0, id: "x") == nil)
        #expect(throws: LuaError.self) { try sandbox.lua.registerRecordKinds(0) }
        #expect(throws: LuaError.self) { try sandbox.lua.registerRecordKinds(LuaState.recordKinds.upperBound + 1) }
        try sandbox.lua.registerRecordKinds(4)
        try sandbox.lua.build(ops)
        let view = try #require(sandbox.lua.recordView(kind: 4, id: "x"))
        sandbox.lua.release(view)
        #expect(try sandbox.isStillUsable())
    }

    @Test func recordsReadAsTheirFields() throws {
        let sandbox = try Sandbox()
        try sandbox.lua.beginBatch(loader: nil)
        try sandbox.lua.build(Self.routeOps())
        let route = try #require(sandbox.lua.recordView(kind: 2, id: "r1"))
        let results = try sandbox.run(
            """
            local r = ...
            local a = r.activities
            return r.id, r.hours, math.type(r.hours), r.value, r.final, #a, a[1].hours, math.type(a[1].hours),
                a[1].share, table.concat(a[1].addresses, ","), a[2].start, r.reflections[2].text,
                r.teacher.name, r.teacher.school, r.teacher.capacity, r.teacher.roles[1], r.tutor.id
            """, arguments: [.reference(route)])
        #expect(
            results == [
                "r1", 72, "integer", 2.5, false, 2, 16, "integer", 0.5, "d1,d2", .nil, "вторая",
                "Иванова \"Ж\"", "Школа 😀", .nil, "teacher", "petrova",
            ])
        let write = sandbox.failure("local r = ... r.activities[1].hours = 0", arguments: [.reference(route)])
        #expect(write?.message.contains("read-only") == true)
        let deep = sandbox.failure("local r = ... r.teacher.name = 'x'", arguments: [.reference(route)])
        #expect(deep?.message.contains("read-only") == true)
    }

    @Test func aReferencedRecordIsLoadedOnceWhenFirstRead() throws {
        let sandbox = try Sandbox()
        var asked: [(Int, [String])] = []
        try sandbox.lua.beginBatch { kind, ids in
            asked.append((kind, ids.sorted()))
            var ops = ViewOps()
            for id in ids where id != "ghost" {
                ops.record(kind: kind, id: id)
                ops.field("id", id)
                ops.field("name", "Петрова")
                ops.key("routes"); ops.table(arrayCount: 1); ops.reference(kind: 2, id: "r1"); ops.end()
                ops.end()
            }
            return ops
        }
        var ops = Self.routeOps()
        ops.record(kind: 2, id: "r2")
        ops.key("tutor"); ops.reference(kind: 1, id: "petrova")
        ops.key("other"); ops.reference(kind: 1, id: "ghost")
        ops.end()
        try sandbox.lua.build(ops)
        let r1 = try #require(sandbox.lua.recordView(kind: 2, id: "r1"))
        let r2 = try #require(sandbox.lua.recordView(kind: 2, id: "r2"))
        let untouched = try sandbox.run("local r = ... return r.tutor.id", arguments: [.reference(r1)])
        #expect(untouched == ["petrova"])
        #expect(asked.isEmpty, "reading only the id must not load the record")
        let results = try sandbox.run(
            """
            local r1, r2 = ...
            local keys = {}
            for k in pairs(r2.other) do keys[#keys + 1] = k end
            return r1.tutor.name, r1.tutor == r2.tutor, r1.tutor.routes[1] == r1, r2.other.name, table.concat(keys, ",")
            """, arguments: [.reference(r1), .reference(r2)])
        #expect(results == ["Петрова", true, true, .nil, "id"])
        #expect(asked.count == 1)
        #expect(asked.first?.0 == 1)
        #expect(asked.first?.1 == ["ghost", "petrova"])
        _ = try sandbox.run("local r = ... return r.tutor.name, r.other.name", arguments: [.reference(r2)])
        #expect(asked.count == 1, "a record is loaded once per batch")
    }

    @Test func aLazyRecordKeptFromAnEarlierBatchSaysSoInsteadOfReadingNil() throws {
        let sandbox = try Sandbox()
        let loader: (Int, [String]) throws -> ViewOps = { kind, ids in
            var ops = ViewOps()
            for id in ids {
                ops.record(kind: kind, id: id)
                ops.field("id", id)
                ops.field("name", "Петрова")
                ops.end()
            }
            return ops
        }
        let script = try sandbox.lua.load(
            """
            local mode, route = ...
            if mode == "keep" then kept = route.tutor return kept.id end
            if mode == "read" then return kept.name end
            for k in pairs(kept) do end
            """, chunkName: "@Scripts/keep.lua", environment: sandbox.lua.makeEnvironment())
        try sandbox.lua.beginBatch(loader: loader)
        try sandbox.lua.build(Self.routeOps())
        let first = try #require(sandbox.lua.recordView(kind: 2, id: "r1"))
        #expect(try sandbox.lua.call(script, arguments: [.value("keep"), .reference(first)]) == ["petrova"])
        sandbox.lua.release(first)

        try sandbox.lua.beginBatch(loader: loader)
        try sandbox.lua.build(Self.routeOps())
        let second = try #require(sandbox.lua.recordView(kind: 2, id: "r1"))
        // The kept view belongs to the first batch: reading it is an error, never a silent nil.
        for mode in ["read", "iterate"] {
            do {
                let result = try sandbox.lua.call(script, arguments: [.value(.string(mode))])
                Issue.record("\(mode) gave \(result) instead of an error")
            } catch {
                #expect(error.message.contains("earlier batch"), "\(error.message)")
            }
        }
        // The current batch's own view of the same record loads as usual.
        #expect(try sandbox.run("return (...).tutor.name", arguments: [.reference(second)]) == ["Петрова"])
        sandbox.lua.release(second)
        try sandbox.lua.endBatch()
    }

    @Test func iteratingALazyRecordLoadsItFirst() throws {
        let sandbox = try Sandbox()
        try sandbox.lua.beginBatch { kind, ids in
            var ops = ViewOps()
            for id in ids {
                ops.record(kind: kind, id: id)
                ops.field("id", id)
                ops.field("name", "Петрова")
                ops.end()
            }
            return ops
        }
        try sandbox.lua.build(Self.routeOps())
        let route = try #require(sandbox.lua.recordView(kind: 2, id: "r1"))
        let results = try sandbox.run(
            """
            local keys = {}
            for k, v in pairs((...).tutor) do keys[#keys + 1] = k .. "=" .. v end
            table.sort(keys)
            return table.concat(keys, ",")
            """, arguments: [.reference(route)])
        #expect(results == ["id=petrova,name=Петрова"])
    }

    @Test func slowLoadingDoesNotCountAgainstTheScriptsTime() throws {
        var limits = LuaLimits()
        limits.secondsPerCall = 0.2
        let sandbox = try Sandbox(limits: limits)
        try sandbox.lua.beginBatch { kind, ids in
            Thread.sleep(forTimeInterval: 0.5)
            var ops = ViewOps()
            for id in ids {
                ops.record(kind: kind, id: id)
                ops.field("name", "Петрова")
                ops.end()
            }
            return ops
        }
        try sandbox.lua.build(Self.routeOps())
        let route = try #require(sandbox.lua.recordView(kind: 2, id: "r1"))
        let results = try sandbox.run(
            """
            local name = (...).tutor.name
            local sum = 0
            for i = 1, 200000 do sum = sum + i end
            return name, sum
            """, arguments: [.reference(route)])
        #expect(results == ["Петрова", 20000100000])
        #expect(sandbox.lua.timeFilledOnDemand >= .milliseconds(500))
        // The script's own time still counts: a loop after the load is stopped.
        let loop = sandbox.failure("local r = ... local n = r.teacher.name while true do end", arguments: [.reference(route)])
        #expect(loop?.kind == .instructionLimit || loop?.kind == .timeLimit)
    }

    @Test func aFailingLoaderFailsTheCallThatNeededIt() throws {
        struct Unreadable: Error, CustomStringConvertible { var description: String { "the database is locked" } }
        let sandbox = try Sandbox()
        try sandbox.lua.beginBatch { _, _ in throw Unreadable() }
        try sandbox.lua.build(Self.routeOps())
        let route = try #require(sandbox.lua.recordView(kind: 2, id: "r1"))
        let error = sandbox.failure("return (...).tutor.name", arguments: [.reference(route)])
        #expect(error?.kind == .runtime)
        #expect(error?.message.contains("the database is locked") == true, "\(error?.message ?? "no error")")
        #expect(try sandbox.run("return (...).teacher.name", arguments: [.reference(route)]) == ["Иванова \"Ж\""])
    }

    @Test func loadedDataDoesNotCountAgainstTheScriptsMemory() throws {
        var limits = LuaLimits()
        limits.memoryBytes = 4 << 20
        let sandbox = try Sandbox(limits: limits)
        let big = String(repeating: "текст ", count: 2_000)
        try sandbox.lua.beginBatch { kind, ids in
            var ops = ViewOps()
            for id in ids {
                ops.record(kind: kind, id: id)
                ops.key("texts"); ops.table(arrayCount: 1_000)
                for _ in 0..<1_000 { ops.string(big + id) }
                ops.end()
                ops.end()
            }
            return ops
        }
        try sandbox.lua.build(Self.routeOps())
        let route = try #require(sandbox.lua.recordView(kind: 2, id: "r1"))
        // After the load the call still has its room: a megabyte of its own fits under a 4 MiB cap.
        let results = try sandbox.run(
            """
            local n = #(...).tutor.texts
            local mine = {}
            for i = 1, 1000 do mine[i] = string.rep("x", 1000) .. i end
            return n, #mine
            """, arguments: [.reference(route)])
        #expect(results == [1_000, 1_000])
        #expect(sandbox.lua.memoryInUse > 8 << 20)
        #expect(sandbox.lua.memoryFilledOnDemand > 8 << 20)
    }

    @Test(arguments: [
        (#"[1, 2"#, "damaged JSON"),
        (#"{"a" 1}"#, "expected ':'"),
        (#""\ud800""#, "lone surrogate"),
        (#"[1] x"#, "text after the value"),
        (String(repeating: "[", count: 100) + String(repeating: "]", count: 100), "nested too deeply"),
    ])
    func damagedJSONIsAnErrorNotACrash(json: String, fragment: String) throws {
        let sandbox = try Sandbox()
        try sandbox.lua.beginBatch(loader: nil)
        var ops = ViewOps()
        ops.record(kind: 3, id: "p1")
        ops.key("activities"); ops.json(json)
        ops.end()
        #expect {
            try sandbox.lua.build(ops)
        } throws: { error in
            (error as? LuaError)?.message.contains(fragment) == true
        }
        #expect(try sandbox.isStillUsable())
    }

    @Test func aNewBatchForgetsTheOldOne() throws {
        let sandbox = try Sandbox()
        try sandbox.lua.beginBatch(loader: nil)
        try sandbox.lua.build(Self.routeOps())
        #expect(sandbox.lua.recordView(kind: 2, id: "r1") != nil)
        try sandbox.lua.endBatch()
        #expect(sandbox.lua.recordView(kind: 2, id: "r1") == nil)
    }

    @Test func garbageMadeDuringABatchIsCollectedWhenACallNeedsTheRoom() throws {
        var limits = LuaLimits()
        limits.memoryBytes = 8 << 20
        let sandbox = try Sandbox(limits: limits)
        try sandbox.lua.beginBatch(loader: nil)
        try sandbox.lua.build(Self.routeOps())
        let route = try #require(sandbox.lua.recordView(kind: 2, id: "r1"))
        // Each call leaves 2 MB of garbage; twenty of them make 40 MB, five times the cap.
        for _ in 0..<20 {
            let results = try sandbox.run(
                """
                local keep = {}
                for i = 1, 2000 do keep[i] = string.rep("x", 1000) .. i end
                return (...).id, #keep
                """, arguments: [.reference(route)])
            #expect(results == ["r1", 2000])
        }
        #expect(sandbox.lua.memoryInUse < 16 << 20)
        try sandbox.lua.endBatch()
        #expect(try sandbox.isStillUsable())
    }

    /// Each batch's chunks are handed out again once it is collected; a view a script kept from an
    /// earlier batch holds its chunk and still reads as it did.
    @Test func batchesReuseTheirMemoryAndKeptViewsStayIntact() throws {
        let sandbox = try Sandbox()
        func batch(_ n: Int) throws {
            var ops = ViewOps()
            for i in 0..<2_000 {
                ops.record(kind: 2, id: "r\(i)")
                ops.field("id", "r\(i)")
                ops.field("stage", "batch \(n)")
                ops.key("activities"); ops.json(#"[{"id":"a1","hours":16,"addresses":["d1","d2"]},{"id":"a2"}]"#)
                ops.end()
            }
            try sandbox.lua.beginBatch(loader: nil)
            if n > 0 { #expect(sandbox.lua.emptyPoolChunks > 1, "the last batch's chunks are free again") }
            try sandbox.lua.build(ops)
        }
        let keep = try sandbox.lua.load(
            "kept = kept or ... return kept.stage, kept.activities[1].addresses[2]",
            chunkName: "@Scripts/keep.lua", environment: sandbox.lua.makeEnvironment())
        var chunks: [Int] = []
        for n in 0..<20 {
            try batch(n)
            let route = try #require(sandbox.lua.recordView(kind: 2, id: "r7"))
            #expect(try sandbox.lua.call(keep, arguments: [.reference(route)]) == ["batch 0", "d2"])
            sandbox.lua.release(route)
            chunks.append(sandbox.lua.poolChunks)
        }
        try sandbox.lua.endBatch()
        #expect(chunks[19] == chunks[3], "chunks per batch: \(chunks)")
        #expect(chunks[3] > 1)
    }
}
