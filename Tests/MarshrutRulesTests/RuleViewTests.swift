import MarshrutCore
import MarshrutRules
import MarshrutTestSupport
import Testing

/// What a script sees of the model: the curator's contract in DESIGN.md, "Lua rules".
struct RuleViewTests {
    static let kuznetsovRoute = SubjectReference(.route, "kuznetsov-2024")

    /// Lua that flags the sorted keys of a view, as one comma-separated message.
    static func keys(of expression: String) -> String {
        """
        local keys = {}
        for k in pairs(\(expression)) do keys[#keys + 1] = k end
        table.sort(keys)
        ctx.flag(table.concat(keys, ","))
        """
    }

    @Test func routeViewHasExactlyTheDocumentFields() throws {
        let found = try probe(Self.kuznetsovRoute, Self.keys(of: "subject"))
        #expect(found == ["activities,corrections,deficits,end,id,reflections,self_image,stage,start,strengths,teacher,tutor"])
    }

    @Test func routeFieldsHoldTheDocumentValues() throws {
        let catalog = try Sample.catalog()
        let route = try #require(catalog.routes.first { $0.id == "kuznetsov-2024" })
        let found = try probe(
            Self.kuznetsovRoute,
            """
            ctx.flag(subject.id)
            ctx.flag(subject.start)
            ctx.flag(subject["end"])
            ctx.flag(subject.stage)
            ctx.flag(subject.self_image)
            ctx.flag(type(subject.start))
            ctx.flag(subject.deficits[3].id .. " " .. subject.deficits[3].area .. " " .. math.type(subject.deficits[3].level))
            ctx.flag(subject.strengths[1].area)
            ctx.flag(subject.corrections[3].author .. " " .. subject.corrections[3].activity .. " " .. subject.corrections[3].change)
            ctx.flag(subject.reflections[2].deficit .. " " .. subject.reflections[2].score .. " " .. tostring(subject.reflections[2].final))
            ctx.flag(tostring(subject.reflections[2].activity))
            """)
        #expect(
            found == [
                "kuznetsov-2024", "2024-09-01", "2029-05-31", "implementation", try #require(route.selfImage), "string",
                "d3 digitalization integer", "health-saving", "melnikov a5 due: 2026-03-31 -> 2026-10-30", "d1 2 false", "nil",
            ])
    }

    @Test func teacherAndTutorArePersonViews() throws {
        let found = try probe(
            Self.kuznetsovRoute,
            """
            ctx.flag(subject.teacher.name)
            ctx.flag(subject.teacher.id)
            ctx.flag(subject.tutor.name)
            ctx.flag(subject.tutor.roles[1])
            ctx.flag(type(subject.teacher))
            """)
        #expect(found == ["Кузнецов Павел Олегович", "kuznetsov", "Мельников Андрей Викторович", "tutor", "table"])
    }

    @Test func activityProductIsNilUntilDone() throws {
        let found = try probe(
            Self.kuznetsovRoute,
            """
            for _, a in ipairs(subject.activities) do
              if a.product then
                ctx.flag(a.id .. " done: " .. a.product.kind .. " on " .. a.product.date)
              else
                ctx.flag(a.id .. " open, due " .. a.due .. ", product " .. tostring(a.product))
              end
            end
            ctx.flag(tostring(subject.activities[3].hours) .. " " .. subject.activities[1].hours)
            ctx.flag(table.concat({ subject.activities[2].addresses[1], subject.activities[2].addresses[2] }, "+"))
            """)
        #expect(
            found == [
                "a1 done: lesson-plans on 2024-12-20",
                "a2 done: methodological-recommendations on 2024-12-16",
                "a3 done: method on 2025-06-02",
                "a4 done: event-scenario on 2026-04-18",
                "a5 open, due 2026-10-30, product nil",
                "a6 open, due 2026-05-22, product nil",
                "a7 done: lesson-plans on 2026-11-16",
                "nil 72",
                "d2+d4",
            ])
    }

    @Test func listsWorkWithLengthIpairsAndPairs() throws {
        let found = try probe(
            Self.kuznetsovRoute,
            """
            local n = 0
            for i, a in ipairs(subject.activities) do n = n + 1 end
            local m, ids = 0, {}
            for k, d in pairs(subject.deficits) do m = m + 1 ids[k] = d.id end
            ctx.flag(("# %d, ipairs %d, pairs %d, %s"):format(#subject.activities, n, m, table.concat(ids, ",")))
            ctx.flag(("%d %d %d %d"):format(#subject.strengths, #subject.deficits, #subject.corrections, #subject.reflections))
            ctx.flag(tostring(subject.activities[#subject.activities + 1]))
            local first = next(subject)
            ctx.flag(type(first))
            """)
        #expect(found == ["# 7, ipairs 7, pairs 4, d1,d2,d3,d4", "2 4 5 8", "nil", "string"])
    }

    @Test func programMentorsAndMenteesArePersonViews() throws {
        let found = try probe(
            SubjectReference(.program, "prog-2024-01"),
            """
            ctx.flag(subject.status .. " " .. subject.start .. " " .. subject["end"])
            ctx.flag(#subject.mentors .. " " .. #subject.mentees)
            ctx.flag(subject.mentors[1].name)
            for _, m in ipairs(subject.mentees) do ctx.flag(m.id .. ": " .. m.name .. ", routes " .. #m.routes) end
            ctx.flag(subject.mentees[2].routes[1].id)
            """ + Self.keys(of: "subject"))
        #expect(
            found == [
                "completed 2024-10-01 2025-01-31",
                "1 2",
                "Гришина Валентина Петровна",
                "belousova: Белоусова Елена Николаевна, routes 1",
                "kuznetsov: Кузнецов Павел Олегович, routes 1",
                "kuznetsov-2024",
                "activities,addresses,changes,directions,end,forms,id,indicators,mentees,mentors,start,status",
            ])
    }

    @Test func programIndicatorsKeepWholeNumbersAsIntegers() throws {
        let found = try probe(
            SubjectReference(.program, "prog-2026-01"),
            """
            for _, i in ipairs(subject.indicators) do ctx.flag(i.name .. " " .. i.date .. " " .. tostring(i.value)) end
            """)
        #expect(found == ["adaptation 2026-09-18 0.55", "adaptation 2026-11-20 0.68", "professional-activity 2026-11-20 2"])
    }

    @Test func personViewHasDocumentFieldsAndRelations() throws {
        let found = try probe(
            SubjectReference(.person, "grishina"),
            Self.keys(of: "subject") + """
                ctx.flag(subject.capacity .. " " .. subject.offers.subjects[1] .. " " .. subject.consents[2].kind)
                ctx.flag(tostring(subject.requests))
                """)
        #expect(
            found == [
                "age,birth_date,capacity,category,category_date,completed_programs,consents,experience_since,experience_years,hire_date,id,"
                    + "mentee_programs,mentor_programs,name,offers,position,roles,routes,school,subject",
                "2 математика duties",
                "nil",
            ])
    }

    /// The relations of the sample school's persons, as `id: routes | mentor | mentee | completed`.
    @Test(arguments: [
        ("grishina", "- | prog-2022-01,prog-2024-01,prog-2025-01 | - | prog-2022-01,prog-2024-01,prog-2025-01"),
        ("lebedeva", "- | prog-2026-01 | - | -"),
        ("zaitsev", "- | prog-2026-02 | prog-2026-01 | -"),
        ("kuznetsov", "kuznetsov-2024 | - | prog-2023-01,prog-2024-01,prog-2026-02 | -"),
        ("belousova", "belousova-2022 | - | prog-2022-01,prog-2024-01 | -"),
        ("fomina", "- | - | - | -"),
    ])
    func personRelations(_ id: String, _ expected: String) throws {
        let found = try probe(
            SubjectReference(.person, id),
            """
            local function ids(list)
              local out = {}
              for _, x in ipairs(list) do out[#out + 1] = x.id end
              table.sort(out)
              return #out == 0 and "-" or table.concat(out, ",")
            end
            ctx.flag(table.concat({ ids(subject.routes), ids(subject.mentor_programs), ids(subject.mentee_programs),
                                    ids(subject.completed_programs) }, " | "))
            """)
        #expect(found == [expected])
    }

    @Test func completedProgramsAreOnlyCompletedMentorPrograms() throws {
        let catalog = try Sample.catalog()
        let folder = try ScriptFolder()
        try folder.write(
            "probe.lua",
            monitorScript(
                id: "completed", subject: "person",
                body: """
                    for _, p in ipairs(subject.completed_programs) do
                      local mine = false
                      for _, m in ipairs(p.mentors) do if m.id == subject.id then mine = true end end
                      ctx.flag(p.id .. " " .. p.status .. " " .. tostring(mine))
                    end
                    """))
        let report = try folder.engine().check(catalog, today: day(Sample.today))
        #expect(report.errors.isEmpty)
        let expected = catalog.persons.flatMap { person in
            catalog.programs.filter { $0.status == .completed && $0.mentors.contains(person.id) }.map { "\(person.id) \($0.id)" }
        }
        #expect(report.findings.map { "\($0.id) \($0.message.split(separator: " ")[0])" }.sorted() == expected.sorted())
        #expect(report.findings.allSatisfy { $0.message.hasSuffix(" completed true") })
        #expect(!report.findings.isEmpty)
    }

    @Test func viewsCloseTheCycleBetweenPersonsAndRoutes() throws {
        let found = try probe(
            SubjectReference(.person, "kuznetsov"),
            """
            local route = subject.routes[1]
            ctx.flag(tostring(route.teacher.id == subject.id))
            ctx.flag(tostring(rawequal(route.teacher, subject)))
            ctx.flag(route.teacher.routes[1].teacher.routes[1].id)
            ctx.flag(subject.mentee_programs[2].mentees[2].routes[1].teacher.name)
            """)
        #expect(found == ["true", "true", "kuznetsov-2024", "Кузнецов Павел Олегович"])
    }

    @Test func ctxTodayIsTheGivenDay() throws {
        #expect(
            try probe(Self.kuznetsovRoute, today: "2027-02-28", "ctx.flag(ctx.today) ctx.flag(type(ctx.today))")
                == ["2027-02-28", "string"])
        #expect(try probe(Self.kuznetsovRoute, today: "2024-01-05", "return ctx.today") == ["2024-01-05"])
    }

    @Test func datesCompareAsStrings() throws {
        let found = try probe(
            Self.kuznetsovRoute,
            """
            local overdue = {}
            for _, a in ipairs(subject.activities) do
              if a.due < ctx.today and not a.product then overdue[#overdue + 1] = a.id end
            end
            return table.concat(overdue, ",")
            """)
        #expect(found == ["a5,a6"])
    }

    @Test func absentOptionalFieldsAreNil() throws {
        let start = day("2025-09-01")
        let catalog = Catalog(
            persons: [Person(id: "novikova", name: "Новикова Анна", roles: [.mentee])],
            routes: [
                Route(
                    id: "novikova-2025", teacher: "novikova", start: start, end: day("2029-05-31"), stage: .roadmap,
                    activities: [Activity(id: "a1", kind: .measure, title: "Открытый урок", due: day("2025-12-01"))])
            ]
        )
        let folder = try ScriptFolder()
        try folder.write(
            "probe.lua",
            monitorScript(
                id: "probe",
                body: """
                    local a = subject.activities[1]
                    ctx.flag(table.concat({ tostring(subject.tutor), tostring(subject.self_image), tostring(a.product),
                      tostring(a.hours), tostring(a.start), tostring(subject.teacher.school), tostring(subject.teacher.capacity) }, " "))
                    ctx.flag(#subject.strengths .. " " .. #subject.deficits .. " " .. #subject.corrections .. " " .. #subject.reflections
                      .. " " .. #a.addresses .. " " .. #subject.teacher.consents .. " " .. #subject.teacher.mentee_programs)
                    """))
        let report = try folder.engine().check(catalog, today: start)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.findings.map(\.message) == ["nil nil nil nil nil nil nil", "0 0 0 0 0 0 0"])
    }
}

extension RuleViewTests {
    /// zaitsev was born on 1997-07-08 and teaches since 2019-09-01: on the sample's day
    /// (2026-11-28) 29 and 7 full years.
    @Test func aPersonsStaffDataAndTheYearsOnTheRunsDay() throws {
        let found = try probe(
            SubjectReference(.person, "zaitsev"),
            """
            ctx.flag(subject.birth_date .. " " .. subject.age .. " " .. subject.experience_years .. " " .. subject.category .. " " .. subject.category_date)
            ctx.flag(math.type(subject.age))
            """)
        #expect(found == ["1997-07-08 29 7 first 2024-04-12", "integer"])
        let earlier = try probe(SubjectReference(.person, "zaitsev"), today: "2026-07-07", "ctx.flag(tostring(subject.age))")
        #expect(earlier == ["28"], "the day before the birthday")
        let unknown = try probe(SubjectReference(.person, "bocharova"), "ctx.flag(tostring(subject.age) .. tostring(subject.hire_date))")
        #expect(unknown == ["nilnil"])
    }
}
