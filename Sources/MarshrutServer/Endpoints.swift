import Foundation
import Hummingbird
import MarshrutAccounts
import MarshrutCore
import MarshrutText
import MarshrutDocuments
import MarshrutService
import MarshrutRules
import MarshrutStore

/// One operation of the API: its method and path (as the OpenAPI document writes it), who may
/// call it, and what it does.
struct Endpoint: Sendable {
    enum Access: Sendable {
        /// No sign-in needed.
        case open
        /// A signed-in account whose password is its own.
        case signedIn
        /// A signed-in account, also one that must first change its generated password.
        case passwordChange
    }

    var method: HTTPRequest.Method
    var path: String
    /// The OpenAPI `operationId`, and the action the audit log records.
    var operation: String
    var access: Access
    var handler: @Sendable (inout Call) async throws -> Reply

    /// Every change is written to the audit log; reads are not.
    var audited: Bool { method != .get }

    /// The path as Hummingbird's router writes it: `{id}` becomes `:id`.
    var routerPath: String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? ":" + part.dropFirst().dropLast() : String(part)
        }.joined(separator: "/")
    }
}

/// What an endpoint answers.
struct Reply: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields = [:]
    var body: ByteBuffer

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Reply {
        let text = (try? JSONShape.text(value)) ?? "{\"error\": \"internal error\"}\n"
        return Reply(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: ByteBuffer(string: text))
    }

    static func empty(_ status: HTTPResponse.Status = .noContent) -> Reply {
        Reply(status: status, body: ByteBuffer())
    }

    var response: Response {
        var headers = self.headers
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
    }
}

/// One request being answered: who sent it, and helpers to read it.
struct Call: Sendable {
    let server: MarshrutServer
    let request: Request
    let context: MarshrutRequestContext
    let language: Language
    var holder: SessionHolder?
    /// The login a sign-in named, for the audit log of a failed one.
    var claimedLogin: String?
    /// The subject the audit log records.
    var auditSubject = ""
    /// The endpoint being answered.
    var endpoint: Endpoint?
    /// The audit line written with the change, if one was.
    let audit = AuditBox()

    init(server: MarshrutServer, request: Request, context: MarshrutRequestContext, language: Language) {
        self.server = server
        self.request = request
        self.context = context
        self.language = language
    }

    var store: Store { server.store }

    var bearerToken: String? {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else { return nil }
        return String(header.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces)
    }

    /// Finds the session of the request's token.
    mutating func signIn(allowingPasswordChange: Bool) async throws {
        guard let token = bearerToken else { throw AccountError.notSignedIn }
        let store = self.store
        let holder = try await offload { try Sessions(store: store).holder(of: token) }
        self.holder = holder
        if holder.account.mustChangePassword, !allowingPasswordChange { throw AccountError.mustChangePassword(holder.account.login) }
    }

    /// The service for the signed-in account, under the roles table.
    func service() throws -> Service {
        guard let holder else { throw AccountError.notSignedIn }
        return Service(
            store: store, today: try server.settings.today(), actor: holder.actor, scriptsFolder: server.settings.scriptsFolder,
            policy: RolePolicy(store: store))
    }

    /// Runs an operation of the service off the server's threads. For a change, the audit line
    /// (with the status the change answers with) is written in the change's own transaction.
    func run<T: Sendable>(answering success: HTTPResponse.Status = .ok, _ operation: @escaping @Sendable (Service) throws -> T) async throws -> T {
        let service = try self.service()
        guard let slot = auditSlot(success) else { return try await offload { try operation(service) } }
        return try await offload { try Store.$auditing.withValue(slot) { try operation(service) } }
    }

    /// The audit line of a change, when this request makes one.
    func auditSlot(_ success: HTTPResponse.Status) -> AuditSlot? {
        guard let endpoint, endpoint.audited else { return nil }
        let entry = AuditEntry(
            at: Service.timestamp(Date()), login: holder?.account.login ?? "-", action: endpoint.operation, subject: auditSubject,
            outcome: String(success.code))
        audit.slot = AuditSlot(entry)
        return audit.slot
    }

    /// A path parameter, percent-decoded (an id or a role may hold characters a path escapes).
    func parameter(_ name: String) -> String {
        let raw = context.parameters.get(name) ?? ""
        return raw.removingPercentEncoding ?? raw
    }

    func query(_ name: String) -> String? {
        request.uri.queryParameters.get(name)
    }

    /// A query parameter that names a day (`2026-11-28`), or nil when absent.
    func queryDay(_ name: String) throws -> Day? {
        try query(name).map { text in
            guard let day = try? Day(parsing: text) else { throw RequestError.badQuery(name: name, value: text) }
            return day
        }
    }

    /// The JSON body as `T`; a field that is missing or of the wrong type is named.
    func body<T: Decodable>(_ type: T.Type) async throws -> T {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: server.settings.maxBodySize)
        } catch {
            throw RequestError.bodyTooLarge(limit: server.settings.maxBodySize)
        }
        do {
            return try JSONShape.decoder().decode(T.self, from: Data(buffer: buffer))
        } catch let DecodingError.keyNotFound(key, context) {
            throw RequestError.badField(Self.path(context.codingPath + [key]), .missing)
        } catch let DecodingError.typeMismatch(type, context) {
            throw RequestError.badField(Self.path(context.codingPath), .wrongType(expected: Self.typeName(type)))
        } catch let DecodingError.valueNotFound(type, context) {
            throw RequestError.badField(Self.path(context.codingPath), .wrongType(expected: Self.typeName(type)))
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            throw RequestError.badField(Self.path(context.codingPath), .badValue(context.debugDescription))
        } catch {
            throw RequestError.badField("", .notJSON)
        }
    }

    /// The `{number}` of a path: 1, 2, ….
    func number() throws -> Int {
        guard let number = Int(parameter("number")), number > 0 else { throw RequestError.badQuery(name: "number", value: parameter("number")) }
        return number
    }

    /// A date field of a body (YYYY-MM-DD), or a refusal naming the field.
    static func day(_ field: String, _ text: String?) throws -> Day? {
        do { return try text.map { try Day(parsing: $0) } } catch { throw RequestError.badField(field, .badValue(text ?? "")) }
    }

    static func path(_ keys: [any CodingKey]) -> String {
        keys.map { key in key.intValue.map { "[\($0)]" } ?? "." + Self.snakeCase(key.stringValue) }.joined()
            .trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }

    static func snakeCase(_ text: String) -> String {
        text.reduce(into: "") { out, character in
            if character.isUppercase { out += "_" + character.lowercased() } else { out.append(character) }
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "string"
        case is Int.Type, is Double.Type: "number"
        case is Bool.Type: "boolean"
        default: "\(type)".lowercased()
        }
    }
}

/// Where a request keeps the audit line it handed to its change.
final class AuditBox: @unchecked Sendable {
    // One request's, set before its operation runs and read after it ends.
    var slot: AuditSlot?
}

// MARK: - The endpoints

extension Endpoint {
    /// Every endpoint the server answers; `OpenAPIDocument` describes each of them.
    static let all: [Endpoint] = [
        Endpoint(method: .get, path: "/healthz", operation: "health", access: .open) { call in
            let store = call.store
            let migrations = try await offload { try store.appliedMigrations().count }
            return .json(Health(status: "ok", migrations: migrations))
        },
        Endpoint(method: .get, path: "/api/v1/openapi.json", operation: "openapi", access: .open) { _ in
            Reply(status: .ok, headers: [.contentType: "application/json"], body: ByteBuffer(string: OpenAPIDocument.text))
        },
        Endpoint(method: .post, path: "/api/v1/session", operation: "signIn", access: .open) { call in
            let body = try await call.body(SignInBody.self)
            call.claimedLogin = String(body.login.prefix(64))
            call.auditSubject = call.claimedLogin ?? ""
            let limiter = call.server.limiter
            let address = call.context.clientAddress
            try await limiter.check(login: body.login, address: address)
            let store = call.store
            do {
                let signedIn = try await offload { try Sessions(store: store).signIn(login: body.login, password: body.password) }
                await limiter.succeeded(login: body.login)
                return .json(signedIn, status: .created)
            } catch AccountError.wrongCredentials {
                await limiter.failed(login: body.login, address: address)
                throw AccountError.wrongCredentials
            }
        },
        Endpoint(method: .delete, path: "/api/v1/session", operation: "signOut", access: .passwordChange) { call in
            guard let token = call.bearerToken else { throw AccountError.notSignedIn }
            let store = call.store
            try await offload { try Sessions(store: store).signOut(token: token) }
            return .empty()
        },
        Endpoint(method: .get, path: "/api/v1/whoami", operation: "whoami", access: .passwordChange) { call in
            guard let account = call.holder?.account else { throw AccountError.notSignedIn }
            let store = call.store
            let name = try await offload { try store.person(account.person).name }
            return .json(
                WhoAmIAnswer(login: account.login, person: account.person, name: name, roles: account.roles, mustChangePassword: account.mustChangePassword))
        },
        Endpoint(method: .put, path: "/api/v1/password", operation: "changePassword", access: .passwordChange) { call in
            guard let login = call.holder?.account.login else { throw AccountError.notSignedIn }
            let body = try await call.body(PasswordBody.self)
            let (store, cost) = (call.store, call.server.settings.passwordCost)
            call.auditSubject = login
            try await offload { try Sessions(store: store).changePassword(login: login, current: body.current, new: body.new, cost: cost) }
            return .empty()
        },
        Endpoint(method: .get, path: "/api/v1/routes", operation: "listRoutes", access: .signedIn) { call in
            var filter = RouteFilter(tutor: call.query("tutor"), overdueOnly: call.query("overdue") == "true")
            if let stage = call.query("stage") {
                guard let parsed = Stage(rawValue: stage) else { throw RequestError.badQuery(name: "stage", value: stage) }
                filter.stage = parsed
            }
            let listing = try await call.run { [filter] in try $0.routes(filter) }
            return .json(listing.routes)
        },
        Endpoint(method: .post, path: "/api/v1/routes", operation: "openRoute", access: .signedIn) { call in
            let body = try await call.body(NewRouteBody.self)
            call.auditSubject = String(body.id.prefix(64))
            let (start, end) = (try Call.day("start", body.start), try Call.day("end", body.end))
            let route = try await call.run(answering: .created) {
                try $0.openRoute(id: body.id, teacher: body.teacher, tutor: body.tutor, start: start, end: end)
            }
            return .json(route, status: .created)
        },
        Endpoint(method: .get, path: "/api/v1/routes/{id}", operation: "showRoute", access: .signedIn) { call in
            let id = call.parameter("id")
            return .json(try await call.run { try $0.route(id) })
        },
        Endpoint(method: .delete, path: "/api/v1/routes/{id}", operation: "removeRoute", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            try await call.run(answering: .noContent) { try $0.removeRoute(id) }
            return .empty()
        },
        Endpoint(method: .get, path: "/api/v1/routes/{id}/history", operation: "routeHistory", access: .signedIn) { call in
            let id = call.parameter("id")
            return .json(try await call.run { try $0.route(id).corrections })
        },
        Endpoint(method: .post, path: "/api/v1/routes/{id}/reflections", operation: "reflect", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            let body = try await call.body(ReflectionBody.self)
            let target: Reflection.Target
            switch (body.activity, body.deficit, body.image ?? false) {
            case (let activity?, nil, false): target = .activity(activity)
            case (nil, let deficit?, false): target = .deficit(deficit)
            case (nil, nil, true): target = .image
            default: throw RequestError.badField("activity", .badValue("give exactly one of activity, deficit and image: true"))
            }
            let date = try Call.day("date", body.date)
            let saved = try await call.run(answering: .created) { service in
                let reflection = Reflection(
                    date: date ?? service.today, target: target, score: body.score, text: body.text, isFinal: body.final ?? false,
                    tags: body.tags ?? [])
                let number = try service.reflect(on: id, reflection)
                return LoggedReflection(id: "\(id)/\(number)", reflection: reflection)
            }
            return .json(saved, status: .created)
        },
        Endpoint(method: .put, path: "/api/v1/routes/{id}/reflections/{number}", operation: "reviseReflection", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            let number = try call.number()
            let body = try await call.body(RevisionBody.self)
            let versions = try await call.run { service in
                let route = try service.reviseReflection(route: id, number: number, text: body.text, score: body.score)
                return route.reflections[number - 1].history.count + 1
            }
            return .json(Revised(id: "\(id)/\(number)", versions: versions))
        },
        Endpoint(method: .post, path: "/api/v1/routes/{id}/advance", operation: "advanceRoute", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            let body = try await call.body(AdvanceBody.self)
            var target: Stage?
            if let to = body.to {
                guard let stage = Stage(rawValue: to) else { throw RequestError.badField("to", .badValue(to)) }
                target = stage
            }
            let move = try await call.run { [target] service in
                body.back == true
                    ? try service.stepBack(id, to: target, note: ChangeNote(reason: body.reason)) : try service.advance(id, to: target)
            }
            return .json(move)
        },
        Endpoint(
            method: .post, path: "/api/v1/routes/{id}/activities/{activity}/corrections", operation: "correctActivity", access: .signedIn
        ) { call in
            let (id, activity) = (call.parameter("id"), call.parameter("activity"))
            call.auditSubject = id
            let body = try await call.body(CorrectionBody.self)
            let edit = ActivityEdit(
                title: body.title, hours: body.hours, start: try Call.day("start", body.start), due: try Call.day("due", body.due), addresses: body.addresses)
            let route = try await call.run { try $0.correct(id, activity: activity, edit: edit, note: ChangeNote(reason: body.reason)) }
            return .json(route)
        },
        Endpoint(method: .post, path: "/api/v1/routes/{id}/activities/{activity}/product", operation: "recordProduct", access: .signedIn) { call in
            let (id, activity) = (call.parameter("id"), call.parameter("activity"))
            call.auditSubject = id
            let body = try await call.body(ProductBody.self)
            return .json(
                try await call.run { try $0.recordProduct(id, activity: activity, product: body.product, note: ChangeNote(reason: body.reason)) })
        },
        Endpoint(method: .post, path: "/api/v1/routes/{id}/strengths", operation: "addStrength", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            let body = try await call.body(StrengthBody.self)
            guard let area = body.area, let text = body.text else { throw RequestError.badField(body.area == nil ? "area" : "text", .missing) }
            let number = try await call.run(answering: .created) {
                try $0.addStrength(id, Strength(area: area, text: text), note: ChangeNote(reason: body.reason))
            }
            return .json(AddedStrength(number: number), status: .created)
        },
        Endpoint(method: .patch, path: "/api/v1/routes/{id}/strengths/{number}", operation: "amendStrength", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            let number = try call.number()
            let body = try await call.body(StrengthBody.self)
            return .json(
                try await call.run { try $0.amendStrength(id, number: number, area: body.area, text: body.text, note: ChangeNote(reason: body.reason)) })
        },
        Endpoint(method: .delete, path: "/api/v1/routes/{id}/strengths/{number}", operation: "removeStrength", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            let (number, reason) = (try call.number(), call.query("reason"))
            return .json(try await call.run { try $0.removeStrength(id, number: number, note: ChangeNote(reason: reason)) })
        },
        Endpoint(method: .delete, path: "/api/v1/routes/{id}/deficits/{deficit}", operation: "removeDeficit", access: .signedIn) { call in
            let (id, deficit, reason) = (call.parameter("id"), call.parameter("deficit"), call.query("reason"))
            call.auditSubject = id
            return .json(try await call.run { try $0.removeDeficit(id, deficitID: deficit, note: ChangeNote(reason: reason)) })
        },
        Endpoint(method: .delete, path: "/api/v1/routes/{id}/activities/{activity}", operation: "dropActivity", access: .signedIn) { call in
            let (id, activity, reason) = (call.parameter("id"), call.parameter("activity"), call.query("reason"))
            call.auditSubject = id
            return .json(try await call.run { try $0.dropActivity(id, activity: activity, note: ChangeNote(reason: reason)) })
        },
        Endpoint(method: .put, path: "/api/v1/routes/{id}/image", operation: "setSelfImage", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            let body = try await call.body(ImageBody.self)
            return .json(try await call.run { try $0.setSelfImage(id, text: body.text, note: ChangeNote(reason: body.reason)) })
        },
        Endpoint(method: .post, path: "/api/v1/routes/{id}/deficits", operation: "recordDeficit", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            let body = try await call.body(DeficitBody.self)
            var area: CompetencyArea?
            if let text = body.area {
                guard let parsed = CompetencyArea(rawValue: text) else { throw RequestError.badField("area", .badValue(CompetencyArea.unknownMessage(text))) }
                area = parsed
            }
            let change = DeficitEdit(area: area, level: body.level, text: body.text)
            let planned = try await call.run { service in
                let outcome = try service.recordDeficit(id, deficitID: body.id, change: change, note: ChangeNote(reason: body.reason))
                return Planned(outcome, route: try service.route(id))
            }
            return .json(planned)
        },
        Endpoint(method: .post, path: "/api/v1/routes/{id}/activities", operation: "recordActivity", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            let body = try await call.body(ActivityBody.self)
            var kind: ActivityKind?
            if let text = body.kind {
                guard let parsed = ActivityKind(rawValue: text) else { throw RequestError.badField("kind", .badValue(ActivityKind.unknownMessage(text))) }
                kind = parsed
            }
            let edit = ActivityEdit(
                kind: kind, title: body.title, hours: body.hours, start: try Call.day("start", body.start), due: try Call.day("due", body.due),
                addresses: body.addresses)
            let planned = try await call.run { service in
                let (outcome, route) = try service.recordActivity(id, activityID: body.id, edit: edit, note: ChangeNote(reason: body.reason))
                return Planned(outcome, route: route)
            }
            return .json(planned)
        },
        Endpoint(method: .get, path: "/api/v1/persons", operation: "listPersons", access: .signedIn) { call in
            var role: Role?
            if let text = call.query("role") {
                guard let parsed = Role(rawValue: text) else { throw RequestError.badQuery(name: "role", value: text) }
                role = parsed
            }
            return .json(try await call.run { [role] in try $0.persons(role: role).persons })
        },
        Endpoint(method: .post, path: "/api/v1/persons", operation: "addPerson", access: .signedIn) { call in
            let person = try await call.body(Person.self)
            call.auditSubject = String(person.id.prefix(64))
            try await call.run(answering: .created) { try $0.addPerson(person) }
            return .json(person, status: .created)
        },
        Endpoint(method: .post, path: "/api/v1/persons/import", operation: "importStaff", access: .signedIn) { call in
            let body = try await call.body(StaffImportBody.self)
            call.auditSubject = String(body.file.prefix(64))
            let dryRun = body.dryRun ?? false
            return .json(
                try await call.run(answering: dryRun ? .ok : .created) { service in
                    do {
                        return try service.importStaff(body.table, organization: body.organization, dryRun: dryRun)
                    } catch let error as StaffImportError {
                        throw StaffImportFailure(file: body.file, error: error)
                    }
                }, status: dryRun ? .ok : .created)
        },
        Endpoint(method: .patch, path: "/api/v1/persons/{id}", operation: "editPerson", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            let body = try await call.body(PersonEditBody.self)
            let edit = PersonEdit(
                name: body.name, school: body.school, position: body.position, subject: body.subject, roles: body.roles,
                capacity: body.capacity, organization: body.organization, staff: body.staff)
            return .json(try await call.run { try $0.editPerson(id, edit) })
        },
        Endpoint(method: .post, path: "/api/v1/persons/{id}/consents", operation: "recordConsent", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            let consent = try await call.body(Consent.self)
            return .json(try await call.run(answering: .created) { try $0.recordConsent(id, consent) }, status: .created)
        },
        Endpoint(method: .get, path: "/api/v1/persons/{id}", operation: "showPerson", access: .signedIn) { call in
            let id = call.parameter("id")
            return .json(try await call.run { try $0.person(id) })
        },
        Endpoint(method: .post, path: "/api/v1/persons/{id}/forget", operation: "forgetPerson", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            return .json(try await call.run { ForgetAnswer(try $0.forget(id)) })
        },
        Endpoint(method: .get, path: "/api/v1/erasures", operation: "listErasures", access: .signedIn) { call in
            .json(try await call.run { try $0.erasures() })
        },
        Endpoint(method: .get, path: "/api/v1/names", operation: "names", access: .signedIn) { call in
            let ids = (call.query("ids") ?? "").split(separator: ",").map(String.init)
            return .json(try await call.run { try $0.names(of: ids) })
        },
        Endpoint(method: .get, path: "/api/v1/programs", operation: "listPrograms", access: .signedIn) { call in
            var status: ProgramStatus?
            if let text = call.query("status") {
                guard let parsed = ProgramStatus(rawValue: text) else { throw RequestError.badQuery(name: "status", value: text) }
                status = parsed
            }
            return .json(try await call.run { [status] in try $0.programs(status: status) })
        },
        Endpoint(method: .get, path: "/api/v1/programs/{id}", operation: "showProgram", access: .signedIn) { call in
            let id = call.parameter("id")
            return .json(try await call.run { try $0.program(id) })
        },
        Endpoint(method: .post, path: "/api/v1/programs", operation: "createProgram", access: .signedIn) { call in
            let body = try await call.body(NewProgramBody.self)
            call.auditSubject = String((body.id ?? "").prefix(64))
            let (start, end) = (try Call.day("start", body.start), try Call.day("end", body.end))
            guard let end else { throw RequestError.badField("end", .missing) }
            let program = try await call.run(answering: .created) {
                try $0.createProgram(
                    id: body.id, forms: body.forms, directions: body.directions ?? [], mentors: body.mentors, mentees: body.mentees, start: start,
                    end: end, addresses: body.addresses ?? [])
            }
            return .json(program, status: .created)
        },
        Endpoint(method: .patch, path: "/api/v1/programs/{id}", operation: "editProgram", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            let body = try await call.body(ProgramEditBody.self)
            let edit = ProgramEdit(
                forms: body.forms, directions: body.directions, mentors: body.mentors, mentees: body.mentees,
                start: try Call.day("start", body.start), end: try Call.day("end", body.end), addresses: body.addresses)
            return .json(try await call.run { try $0.editProgram(id, edit) })
        },
        Endpoint(method: .delete, path: "/api/v1/programs/{id}", operation: "removeProgram", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            try await call.run(answering: .noContent) { try $0.removeProgram(id) }
            return .empty()
        },
        Endpoint(method: .post, path: "/api/v1/programs/{id}/status", operation: "changeProgramStatus", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            let body = try await call.body(StatusBody.self)
            let (date, fixDate) = (try Call.day("date", body.date), try Call.day("fix_date", body.fixDate))
            let move = try await call.run { service in
                if let fixDate { return try service.correctStatusDate(of: id, status: body.status, to: fixDate, reason: body.reason) }
                return try service.changeStatus(of: id, to: body.status, on: date, reason: body.reason)
            }
            return .json(move)
        },
        Endpoint(method: .post, path: "/api/v1/programs/{id}/activities", operation: "planProgramActivity", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            let body = try await call.body(ProgramActivityBody.self)
            let (start, due) = (try Call.day("start", body.start), try Call.day("due", body.due))
            guard let due else { throw RequestError.badField("due", .missing) }
            let activity = try await call.run {
                try $0.planProgramActivity(id, activityID: body.id, kind: body.kind, title: body.title, hours: body.hours, start: start, due: due)
            }
            return .json(activity)
        },
        Endpoint(method: .post, path: "/api/v1/programs/{id}/indicators", operation: "recordIndicator", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            let body = try await call.body(IndicatorBody.self)
            let date = try Call.day("date", body.date)
            return .json(
                try await call.run { try $0.recordIndicator(id, name: body.name, value: body.value, on: date, correcting: body.correct ?? false) })
        },
        Endpoint(method: .post, path: "/api/v1/programs/{id}/activities/{activity}/product", operation: "recordProgramProduct", access: .signedIn) {
            call in
            let (id, activity) = (call.parameter("id"), call.parameter("activity"))
            call.auditSubject = id
            let product = try await call.body(Product.self)
            return .json(try await call.run { try $0.recordProgramProduct(id, activity: activity, product: product) })
        },
        Endpoint(method: .get, path: "/api/v1/rules/check", operation: "checkRules", access: .signedIn) { call in
            let organization = call.query("org")
            let output = try await call.run { service in
                var timing = RuleTiming()
                let run = try service.check(organization: organization, workers: 1, timing: &timing).report
                return RuleCheckOutput(findings: Array(run.results), errors: run.errors)
            }
            return .json(output)
        },
        Endpoint(method: .get, path: "/api/v1/incentives", operation: "awardIncentives", access: .signedIn) { call in
            let organization = call.query("org")
            let output = try await call.run { service in
                let run = try service.awards(organization: organization, workers: 1).report
                return IncentivesOutput(awards: Array(run.results), errors: run.errors)
            }
            return .json(output)
        },
        Endpoint(method: .get, path: "/api/v1/organizations", operation: "listOrganizations", access: .signedIn) { call in
            .json(try await call.run { try $0.organizations() })
        },
        Endpoint(method: .post, path: "/api/v1/organizations", operation: "saveOrganization", access: .signedIn) { call in
            let organization = try await call.body(Organization.self)
            call.auditSubject = organization.id
            try await call.run(answering: .created) { try $0.saveOrganization(organization) }
            return .json(organization, status: .created)
        },
        Endpoint(method: .get, path: "/api/v1/organizations/{id}/scripts", operation: "pulledScripts", access: .signedIn) { call in
            let id = call.parameter("id")
            return .json(ScriptsBody(scripts: try await call.run { try $0.pushedScripts(of: id) }))
        },
        Endpoint(method: .put, path: "/api/v1/organizations/{id}/scripts", operation: "pushScripts", access: .signedIn) { call in
            let id = call.parameter("id")
            call.auditSubject = id
            let body = try await call.body(ScriptsBody.self)
            return .json(try await call.run { try $0.pushScripts(body.scripts, to: id, allowEmpty: body.clear ?? false) })
        },
        Endpoint(method: .get, path: "/api/v1/accounts", operation: "listAccounts", access: .signedIn) { call in
            .json(try await call.run { try $0.accounts() })
        },
        Endpoint(method: .post, path: "/api/v1/accounts", operation: "addAccount", access: .signedIn) { call in
            let body = try await call.body(NewAccountBody.self)
            call.auditSubject = String(body.login.prefix(64))
            let cost = call.server.settings.passwordCost
            let created = try await call.run(answering: .created) { service in
                try service.addAccount(login: body.login, person: body.person, grants: body.roles ?? [], password: body.password, cost: cost)
            }
            return .json(CreatedAccount(account: created.account, generatedPassword: created.generatedPassword), status: .created)
        },
        Endpoint(method: .post, path: "/api/v1/accounts/{login}/roles", operation: "grantRole", access: .signedIn) { call in
            let login = call.parameter("login")
            call.auditSubject = login
            let body = try await call.body(RoleBody.self)
            return .json(try await call.run { try $0.grantRole(body.role, to: login) })
        },
        Endpoint(method: .delete, path: "/api/v1/accounts/{login}/roles/{role}", operation: "revokeRole", access: .signedIn) { call in
            let (login, role) = (call.parameter("login"), call.parameter("role"))
            call.auditSubject = login
            return .json(try await call.run { try $0.revokeRole(role, from: login) })
        },
        Endpoint(method: .post, path: "/api/v1/accounts/{login}/disable", operation: "disableAccount", access: .signedIn) { call in
            let login = call.parameter("login")
            call.auditSubject = login
            return .json(try await call.run { try $0.disableAccount(login) })
        },
        Endpoint(method: .get, path: "/api/v1/audit", operation: "readAudit", access: .signedIn) { call in
            let (from, login, subject) = (call.query("from"), call.query("account"), call.query("subject"))
            return .json(try await call.run { try $0.audit(from: from, account: login, subject: subject) })
        },
        Endpoint(method: .get, path: "/api/v1/report", operation: "annualReport", access: .signedIn) { call in
            let year = try call.query("year").map { text in
                guard let year = Int(text) else { throw RequestError.badQuery(name: "year", value: text) }
                return year
            }
            let day = try call.queryDay("today")
            let asked = call.query("format") ?? "html"
            guard let format = ReportFileFormat(rawValue: asked) else { throw RequestError.badQuery(name: "format", value: asked) }
            let organization = call.query("org")
            return .json(
                try await call.run { service in
                    let outcome = try service.annualReport(year: year, on: day, organization: organization)
                    return ReportAnswer(
                        schoolYear: outcome.schoolYear, day: outcome.day.description, errors: outcome.errors,
                        files: try format.files(of: outcome.report, schoolYear: outcome.schoolYear))
                })
        },
        Endpoint(method: .get, path: "/api/v1/rules/check/labelled", operation: "checkRulesLabelled", access: .signedIn) { call in
            let organization = call.query("org")
            return .json(
                try await call.run { service in
                    var timing = RuleTiming()
                    let run = try service.check(organization: organization, workers: 1, timing: &timing)
                    let findings = Array(run.report.results)
                    let labels = try service.labels(of: findings.map { SubjectReference($0.subject, $0.id) })
                    return LabelledCheck(
                        findings: findings, errors: run.report.errors,
                        subjects: Dictionary(uniqueKeysWithValues: run.report.subjects.map { ($0.key.rawValue, $0.value) }),
                        monitors: run.engine.monitors.count, day: run.day, labels: labels.map { LabelText($0.key, $0.value) }.sorted { $0.subject < $1.subject }
                    )
                })
        },
        Endpoint(method: .get, path: "/api/v1/incentives/labelled", operation: "awardIncentivesLabelled", access: .signedIn) { call in
            let organization = call.query("org")
            return .json(
                try await call.run { service in
                    let run = try service.awards(organization: organization, workers: 1)
                    let awards = Array(run.report.results)
                    let labels = try service.labels(of: awards.map { SubjectReference($0.subject, $0.id) })
                    return LabelledAwards(
                        awards: awards, errors: run.report.errors,
                        incentives: run.engine.incentives.map { LabelledAwards.Criterion(id: $0.id, title: $0.title, kind: $0.kind) },
                        labels: labels.map { LabelText($0.key, $0.value) }.sorted { $0.subject < $1.subject })
                })
        },
        Endpoint(method: .get, path: "/api/v1/match", operation: "proposeMatch", access: .signedIn) { call in
            .json(try await call.run { MatchAnswer(try $0.matchProposal()) })
        },
        Endpoint(method: .post, path: "/api/v1/match/apply", operation: "applyMatch", access: .signedIn) { call in
            let body = try await call.body(MatchApplyBody.self)
            call.auditSubject = "match"
            let start = try Call.day("start", body.start)
            guard Program.allowedMonths.contains(body.months) else { throw RequestError.badField("months", .badValue(String(body.months))) }
            return .json(
                try await call.run(answering: .created) { try $0.applyMatch(seen: body.signature, start: start, months: body.months) }, status: .created)
        },
        Endpoint(method: .get, path: "/api/v1/roadmap", operation: "roadMap", access: .signedIn) { call in
            let day = try call.queryDay("today")
            return .json(try await call.run { try $0.roadMap(on: day) })
        },
        Endpoint(method: .get, path: "/api/v1/documents", operation: "exportDocuments", access: .signedIn) { call in
            let ids = (call.query("ids") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return .json(
                try await call.run { service in
                    let selection = try service.exportSelection(ids: ids)
                    return ExportAnswer(
                        documents: try DocumentWriter.documents(of: selection.catalog).map { NamedText(name: $0.name, text: $0.text) },
                        missing: selection.missing)
                })
        },
        Endpoint(method: .post, path: "/api/v1/documents", operation: "importDocuments", access: .signedIn) { call in
            let body = try await call.body(ImportBody.self)
            call.auditSubject = "documents"
            let dryRun = body.dryRun ?? false
            return .json(
                try await call.run(answering: dryRun ? .ok : .created) { service in
                    // References resolve against the administrator's own organizations only: a
                    // subject elsewhere reads as absent.
                    let known = try service.scopedCatalog(roles: [.admin])
                    let result = try DocumentFiles.load(
                        texts: body.documents.map { ($0.name, $0.text) },
                        knownPersons: Dictionary(known.persons.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
                        knownOrganizations: known.organizations)
                    do {
                        try service.importDocuments(result.catalog, reason: body.reason, dryRun: dryRun)
                    } catch let error as ModelError {
                        throw DocumentError(diagnostics: error.problems.map { result.sources.diagnostic(for: $0) })
                    }
                    return ImportAnswer(result.catalog)
                }, status: dryRun ? .ok : .created)
        },
        Endpoint(method: .get, path: "/api/v1/site", operation: "schoolSite", access: .signedIn) { call in
            .json(try await call.run { service in try service.schoolSite().map { NamedText(name: $0.path, text: $0.text) } })
        },
    ]
}
