/* Views built in C from a byte stream the host encodes ("view ops"), with JSON inside it parsed
 * straight into views, and lazy views of records that are referenced before they are built.
 *
 * A batch keeps one view per record (kind, id). A record named by a reference but not built yet
 * gets a lazy view: its storage holds only `id`, and its storage's metatable asks the host (the
 * loader) for every record of that kind still unbuilt, the first time a script reads another field
 * or iterates it. The host answers with more view ops, built here. Everything that can raise runs
 * inside Lua: the host's entry point is a protected call, and the loader is called from a C
 * function Lua called. The loader itself never touches the state.
 *
 * Ops (integers little-endian, lengths u32):
 *   'S' kind:u8 len id        begin a record; its fields follow, up to 'e'
 *   't' narr:u32 nrec:u32     begin a nested table (a snapshot view once ended by 'e')
 *   'e'                       end the record or table
 *   'k' len bytes             the key of the next value (without a key, a value is appended)
 *   's' len bytes | 'i' i64 | 'n' f64 | 'b' u8   a string, integer, float or boolean
 *   'j' len json              a JSON value (objects and arrays become views; null is no value)
 *   'm' len json              a JSON object whose members become fields of the current table
 *   'r' kind:u8 len id        the view of a record (built, or lazy until used) */
#include <math.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "bridge.h"

/* The batch table's layout leaves room for every kind a host may register. */
#define LB_KINDS LB_MAX_RECORD_KINDS
#define LB_JSON_DEPTH 64

typedef struct lb_reader {
    const unsigned char *p;
    const unsigned char *end;
    const unsigned char *start;
    int json;                  /* reading JSON text inside the ops: errors say so */
} lb_reader;

/* Batch table layout, at c->batchRef: [k] views of kind k by id; [LB_KINDS + k] unbuilt storages of
 * kind k by id; [2 * LB_KINDS + k] the metatable of kind k's unbuilt storages; [LB_EMPTY] the one
 * view every empty table shares (most lists of tags, addresses and revisions are empty: sharing
 * one read-only view saves building thousands). */
#define LB_EMPTY (3 * LB_KINDS + 1)
static void lb_push_batch_part(lua_State *L, int part) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, LB_CTX(L)->batchRef);
    lua_rawgeti(L, -1, part);
    lua_remove(L, -2);
}

static int lb_ops_fail(lua_State *L, lb_reader *r, const char *what) {
    if (r->json) return luaL_error(L, "damaged JSON in stored data at byte %d: %s", (int)(r->p - r->start), what);
    return luaL_error(L, "malformed view data at byte %d: %s", (int)(r->p - r->start), what);
}

static const unsigned char *lb_take(lua_State *L, lb_reader *r, size_t n) {
    if ((size_t)(r->end - r->p) < n) lb_ops_fail(L, r, "truncated");
    const unsigned char *at = r->p;
    r->p += n;
    return at;
}

static unsigned lb_u8(lua_State *L, lb_reader *r) { return *lb_take(L, r, 1); }

static size_t lb_u32(lua_State *L, lb_reader *r) {
    const unsigned char *b = lb_take(L, r, 4);
    return (size_t)b[0] | (size_t)b[1] << 8 | (size_t)b[2] << 16 | (size_t)b[3] << 24;
}

static int lb_kind(lua_State *L, lb_reader *r) {
    int kind = (int)lb_u8(L, r);
    if (kind < 1 || kind > LB_CTX(L)->kinds) lb_ops_fail(L, r, "unknown record kind (the host registered fewer)");
    return kind;
}

/* ---- JSON ------------------------------------------------------------------------------------ */

static int lb_json_fail(lua_State *L, lb_reader *r, const char *what) {
    r->json = 1;
    return lb_ops_fail(L, r, what);
}

static void lb_json_space(lb_reader *r) {
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\n' || *r->p == '\r' || *r->p == '\t')) r->p++;
}

static int lb_hex4(lua_State *L, lb_reader *r) {
    const unsigned char *h = lb_take(L, r, 4);
    int v = 0;
    for (int i = 0; i < 4; i++) {
        int ch = h[i], d;
        if (ch >= '0' && ch <= '9') d = ch - '0';
        else if (ch >= 'a' && ch <= 'f') d = ch - 'a' + 10;
        else if (ch >= 'A' && ch <= 'F') d = ch - 'A' + 10;
        else return lb_json_fail(L, r, "bad \\u escape");
        v = v * 16 + d;
    }
    return v;
}

static void lb_utf8(luaL_Buffer *b, unsigned long cp) {
    char s[4];
    int n;
    if (cp < 0x80) { s[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { s[0] = (char)(0xC0 | cp >> 6); s[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        s[0] = (char)(0xE0 | cp >> 12); s[1] = (char)(0x80 | (cp >> 6 & 0x3F)); s[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        s[0] = (char)(0xF0 | cp >> 18); s[1] = (char)(0x80 | (cp >> 12 & 0x3F));
        s[2] = (char)(0x80 | (cp >> 6 & 0x3F)); s[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    luaL_addlstring(b, s, (size_t)n);
}

/* Pushes the string whose opening quote was just read. */
static void lb_json_string(lua_State *L, lb_reader *r) {
    const unsigned char *s = r->p;
    while (r->p < r->end && *r->p != '"' && *r->p != '\\') r->p++;
    if (r->p < r->end && *r->p == '"') {   /* no escapes: the common case */
        lua_pushlstring(L, (const char *)s, (size_t)(r->p - s));
        r->p++;
        return;
    }
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    luaL_addlstring(&b, (const char *)s, (size_t)(r->p - s));
    for (;;) {
        unsigned ch = lb_u8(L, r);
        if (ch == '"') break;
        if (ch != '\\') { luaL_addchar(&b, (char)ch); continue; }
        ch = lb_u8(L, r);
        switch (ch) {
        case '"': case '\\': case '/': luaL_addchar(&b, (char)ch); break;
        case 'b': luaL_addchar(&b, '\b'); break;
        case 'f': luaL_addchar(&b, '\f'); break;
        case 'n': luaL_addchar(&b, '\n'); break;
        case 'r': luaL_addchar(&b, '\r'); break;
        case 't': luaL_addchar(&b, '\t'); break;
        case 'u': {
            unsigned long cp = (unsigned long)lb_hex4(L, r);
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (lb_u8(L, r) != '\\' || lb_u8(L, r) != 'u') lb_json_fail(L, r, "lone surrogate");
                unsigned long low = (unsigned long)lb_hex4(L, r);
                if (low < 0xDC00 || low > 0xDFFF) lb_json_fail(L, r, "lone surrogate");
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                lb_json_fail(L, r, "lone surrogate");
            }
            lb_utf8(&b, cp);
            break;
        }
        default: lb_json_fail(L, r, "bad escape");
        }
    }
    luaL_pushresult(&b);
}

static void lb_json_number(lua_State *L, lb_reader *r) {
    const unsigned char *s = r->p;
    int fractional = 0;
    while (r->p < r->end && ((*r->p >= '0' && *r->p <= '9') || *r->p == '-' || *r->p == '+' || *r->p == '.'
                             || *r->p == 'e' || *r->p == 'E')) {
        if (*r->p == '.' || *r->p == 'e' || *r->p == 'E') fractional = 1;
        r->p++;
    }
    char text[64];
    size_t n = (size_t)(r->p - s);
    if (n == 0 || n >= sizeof text) lb_json_fail(L, r, "bad number");
    memcpy(text, s, n);
    text[n] = '\0';
    char *stop;
    if (!fractional) {
        errno = 0;
        long long v = strtoll(text, &stop, 10);
        if (*stop == '\0' && errno == 0) { lua_pushinteger(L, (lua_Integer)v); return; }
    }
    double d = strtod(text, &stop);
    if (*stop != '\0') lb_json_fail(L, r, "bad number");
    lua_pushnumber(L, (lua_Number)d);
}

static int lb_json_literal(lb_reader *r, const char *word, size_t n) {
    if ((size_t)(r->end - r->p) < n || memcmp(r->p, word, n) != 0) return 0;
    r->p += n;
    return 1;
}

static int lb_json_value(lua_State *L, lb_reader *r, int depth);

/* Reads an object's members (its '{' already read) into the table at index t. */
static void lb_json_members(lua_State *L, lb_reader *r, int t, int depth) {
    lb_json_space(r);
    if (r->p < r->end && *r->p == '}') { r->p++; return; }
    for (;;) {
        lb_json_space(r);
        if (lb_u8(L, r) != '"') lb_json_fail(L, r, "expected a key");
        lb_json_string(L, r);
        lb_json_space(r);
        if (lb_u8(L, r) != ':') lb_json_fail(L, r, "expected ':'");
        if (lb_json_value(L, r, depth + 1)) lua_rawset(L, t); else lua_pop(L, 1);
        lb_json_space(r);
        unsigned ch = lb_u8(L, r);
        if (ch == '}') return;
        if (ch != ',') lb_json_fail(L, r, "expected ',' or '}'");
    }
}

/* Pushes the next JSON value, objects and arrays as snapshot views; returns 0 (pushing nothing)
 * for null. */
static int lb_json_value(lua_State *L, lb_reader *r, int depth) {
    if (depth > LB_JSON_DEPTH) lb_json_fail(L, r, "nested too deeply");
    luaL_checkstack(L, 6, "nested too deeply");
    lb_json_space(r);
    unsigned ch = lb_u8(L, r);
    switch (ch) {
    case '"':
        lb_json_string(L, r);
        return 1;
    case '{':
        lb_json_space(r);
        if (r->p < r->end && *r->p == '}') {
            r->p++;
            lb_push_batch_part(L, LB_EMPTY);
            return 1;
        }
        lua_createtable(L, 0, 8);
        lb_json_members(L, r, lua_gettop(L), depth);
        lb_view_new(L, 0);
        return 1;
    case '[': {
        lb_json_space(r);
        if (r->p < r->end && *r->p == ']') {
            r->p++;
            lb_push_batch_part(L, LB_EMPTY);
            return 1;
        }
        lua_createtable(L, 4, 0);
        int t = lua_gettop(L);
        lua_Integer n = 0;
        for (;;) {
            if (lb_json_value(L, r, depth + 1)) lua_rawseti(L, t, ++n);
            lb_json_space(r);
            unsigned next = lb_u8(L, r);
            if (next == ']') break;
            if (next != ',') lb_json_fail(L, r, "expected ',' or ']'");
        }
        lb_view_new(L, 0);
        return 1;
    }
    case 't':
        r->p--;
        if (!lb_json_literal(r, "true", 4)) lb_json_fail(L, r, "unexpected text");
        lua_pushboolean(L, 1);
        return 1;
    case 'f':
        r->p--;
        if (!lb_json_literal(r, "false", 5)) lb_json_fail(L, r, "unexpected text");
        lua_pushboolean(L, 0);
        return 1;
    case 'n':
        r->p--;
        if (!lb_json_literal(r, "null", 4)) lb_json_fail(L, r, "unexpected text");
        return 0;
    default:
        if (ch == '-' || (ch >= '0' && ch <= '9')) {
            r->p--;
            lb_json_number(L, r);
            return 1;
        }
        return lb_json_fail(L, r, "unexpected character");
    }
}

/* ---- records and references -------------------------------------------------------------------- */

/* Pushes the view of record (kind, id): the batch's, or a new lazy one. */
static void lb_record_view(lua_State *L, int kind, const char *id, size_t length) {
    lb_push_batch_part(L, kind);
    int views = lua_gettop(L);
    lua_pushlstring(L, id, length);
    if (lua_rawget(L, views) != LUA_TNIL) {
        lua_remove(L, views);
        return;
    }
    lua_pop(L, 1);
    lua_createtable(L, 0, 16);                 /* the storage, with only its id until built */
    int storage = lua_gettop(L);
    lua_pushlstring(L, id, length);
    lb_rawset_field(L, storage, "id");
    lb_push_batch_part(L, 2 * LB_KINDS + kind);
    lua_setmetatable(L, storage);
    lb_push_batch_part(L, LB_KINDS + kind);    /* unbuilt[id] = storage */
    lua_pushlstring(L, id, length);
    lua_pushvalue(L, storage);
    lua_rawset(L, -3);
    lua_pop(L, 1);
    lb_view_new(L, 0);                         /* storage → its view */
    lua_pushlstring(L, id, length);
    lua_pushvalue(L, -2);
    lua_rawset(L, views);
    lua_remove(L, views);
}

static void lb_ops_items(lua_State *L, lb_reader *r, int t);

/* Pushes the value of the op just read. */
static void lb_ops_value(lua_State *L, lb_reader *r, unsigned op) {
    luaL_checkstack(L, 8, "view data nested too deeply");
    switch (op) {
    case 's': {
        size_t n = lb_u32(L, r);
        lua_pushlstring(L, (const char *)lb_take(L, r, n), n);
        break;
    }
    case 'i': {
        long long v;
        memcpy(&v, lb_take(L, r, 8), 8);
        lua_pushinteger(L, (lua_Integer)v);
        break;
    }
    case 'n': {
        double v;
        memcpy(&v, lb_take(L, r, 8), 8);
        lua_pushnumber(L, (lua_Number)v);
        break;
    }
    case 'b':
        lua_pushboolean(L, lb_u8(L, r) != 0);
        break;
    case 't': {
        int narr = (int)lb_u32(L, r), nrec = (int)lb_u32(L, r);
        if (r->p < r->end && *r->p == 'e') {
            r->p++;
            lb_push_batch_part(L, LB_EMPTY);
            break;
        }
        lua_createtable(L, narr, nrec);
        lb_ops_items(L, r, lua_gettop(L));
        lb_view_new(L, 0);
        break;
    }
    case 'j': {
        size_t n = lb_u32(L, r);
        lb_reader json;
        json.start = r->start;
        json.json = 1;
        json.p = lb_take(L, r, n);
        json.end = r->p;
        if (!lb_json_value(L, &json, 0)) lua_pushnil(L);
        lb_json_space(&json);
        if (json.p != json.end) lb_json_fail(L, &json, "text after the value");
        break;
    }
    case 'r': {
        int kind = lb_kind(L, r);
        size_t n = lb_u32(L, r);
        lb_record_view(L, kind, (const char *)lb_take(L, r, n), n);
        break;
    }
    default:
        lb_ops_fail(L, r, "unknown op");
    }
}

/* Reads keyed and positional items into the table at t, up to 'e'. */
static void lb_ops_items(lua_State *L, lb_reader *r, int t) {
    lua_Integer n = 0;
    for (;;) {
        unsigned op = lb_u8(L, r);
        if (op == 'e') return;
        if (op == 'k') {
            size_t len = lb_u32(L, r);
            lua_pushlstring(L, (const char *)lb_take(L, r, len), len);
            lb_ops_value(L, r, lb_u8(L, r));
            if (lua_isnil(L, -1)) lua_pop(L, 2); else lua_rawset(L, t);
        } else if (op == 'm') {
            size_t len = lb_u32(L, r);
            lb_reader json;
            json.start = r->start;
            json.json = 1;
            json.p = lb_take(L, r, len);
            json.end = r->p;
            lb_json_space(&json);
            if (lb_u8(L, &json) != '{') lb_json_fail(L, &json, "expected an object");
            lb_json_members(L, &json, t, 0);
        } else {
            lb_ops_value(L, r, op);
            if (lua_isnil(L, -1)) lua_pop(L, 1); else lua_rawseti(L, t, ++n);
        }
    }
}

/* Pushes the metatable of kind's built storages (see lb_kind_describe), or nil. */
static void lb_push_kind_fields(lua_State *L, int kind) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, LB_CTX(L)->kindFieldsRef);
    lua_rawgeti(L, -1, kind);
    lua_remove(L, -2);
}

/* __index of a built record's storage, reached only for a field it lacks (upvalues: the set of
 * its kind's fields, the kind's name, the fields as a list): nil for a field of the kind that this
 * record lacks, an error with the script's place for a name the kind does not have. */
static int lb_strict_index(lua_State *L) {
    if (lua_type(L, 2) != LUA_TSTRING) return 0;
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL) {
        lua_pushnil(L);
        return 1;
    }
    /* The place of the script's read: the first Lua function up the stack (a lazy record's read
     * reaches here through lb_lazy_index). */
    lua_Debug ar;
    int level = 1;
    while (lua_getstack(L, level, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline <= 0 && level < 4) level++;
    luaL_where(L, level);
    lua_pushfstring(L, "unknown field '%s' of a %s (its fields: %s)", lua_tostring(L, 2), lua_tostring(L, lua_upvalueindex(2)),
                    lua_tostring(L, lua_upvalueindex(3)));
    lua_concat(L, 2);
    return lua_error(L);
}

/* Makes the metatable of built storages of kind c->describing from light userdata 1 (pointer) and
 * integer 2 (length): the kind's name and its fields, each ended by '\n'. */
int lb_kind_describe(lua_State *L) {
    const char *text = (const char *)lua_touserdata(L, 1);
    size_t length = (size_t)lua_tointeger(L, 2);
    int kind = LB_CTX(L)->describing;
    lua_settop(L, 0);
    lua_newtable(L);                            /* 1: the set of fields */
    luaL_Buffer list;
    luaL_buffinit(L, &list);                    /* 2: the list, for messages */
    const char *name = NULL;
    size_t nameLength = 0;
    int fields = 0;
    for (size_t start = 0, i = 0; i < length; i++) {
        if (text[i] != '\n') continue;
        if (!name) {
            name = text + start;
            nameLength = i - start;
        } else {
            if (fields++) luaL_addlstring(&list, ", ", 2);
            luaL_addlstring(&list, text + start, i - start);
            lua_pushlstring(L, text + start, i - start);
            lua_pushboolean(L, 1);
            lua_rawset(L, 1);
        }
        start = i + 1;
    }
    if (!name) return luaL_error(L, "a record kind's description names no kind");
    luaL_pushresult(&list);                     /* 2 */
    lua_pushlstring(L, name, nameLength);       /* 3 */
    lua_insert(L, 2);                           /* 1 set, 2 name, 3 list */
    lua_createtable(L, 0, 1);                   /* 4: the metatable */
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 2);
    lua_pushvalue(L, 3);
    lua_pushcclosure(L, lb_strict_index, 3);
    lb_rawset_field(L, 4, "__index");
    lua_rawgeti(L, LUA_REGISTRYINDEX, LB_CTX(L)->kindFieldsRef);
    lua_pushvalue(L, 4);
    lua_rawseti(L, -2, kind);
    return 0;
}

/* Builds one record whose 'S' was just read: fills the storage of its view (lazy or new). */
static void lb_ops_record(lua_State *L, lb_reader *r) {
    int kind = lb_kind(L, r);
    size_t n = lb_u32(L, r);
    const char *id = (const char *)lb_take(L, r, n);
    lb_record_view(L, kind, id, n);
    lb_view_storage(L, -1);
    int storage = lua_gettop(L);
    lb_push_kind_fields(L, kind);              /* built: a named field it lacks reads as nil, */
    lua_setmetatable(L, storage);              /* any other name is an error (or nil, undescribed) */
    lb_push_batch_part(L, LB_KINDS + kind);
    lua_pushlstring(L, id, n);
    lua_pushnil(L);
    lua_rawset(L, -3);
    lua_pop(L, 1);
    lb_ops_items(L, r, storage);
    lua_pop(L, 2);
}

/* Builds every record of the ops at light userdata 1 (pointer) and integer 2 (length). */
int lb_ops_build(lua_State *L) {
    const unsigned char *ops = (const unsigned char *)lua_touserdata(L, 1);
    size_t length = (size_t)lua_tointeger(L, 2);
    lb_reader r = { ops, ops + length, ops, 0 };
    lua_settop(L, 0);
    while (r.p < r.end) {
        if (lb_u8(L, &r) != 'S') lb_ops_fail(L, &r, "expected a record");
        lb_ops_record(L, &r);
    }
    return 0;
}

/* Asks the host for every unbuilt record of `kind` and builds what it answers; records it does not
 * know stay as they are, with only their id. Host data is not the calling script's: the memory
 * limit does not apply while it is built. */

static void lb_fill_kind(lua_State *L, int kind);

/* lb_fill_kind, timed: the host reports the time spent loading apart from the rules' own, and the
 * calling script's deadline moves by as much (loading host data is not the script's time). */
static int lb_fill_protected(lua_State *L) {
    int kind = (int)lua_tointeger(L, 1);
    lua_settop(L, 0);
    lb_fill_kind(L, kind);
    return 0;
}

/* While the host loads and builds, the deadline is away (the hook and the watcher's signal find it
 * not reached); it comes back moved, even when loading fails. */
static void lb_fill(lua_State *L, int kind) {
    lb_context *c = LB_CTX(L);
    if (c->loader == NULL) return;
    double deadline = c->deadline;
    c->deadline = HUGE_VAL;
    double started = lb_precise_now();
    lua_pushcfunction(L, lb_fill_protected);
    lua_pushinteger(L, kind);
    int status = lua_pcallk(L, 1, 0, 0, 0, NULL);
    double spent = lb_precise_now() - started;
    c->fillSeconds += spent;
    c->deadline = deadline + spent;
    if (c->watched) lb_watch_deadline_moved(c);
    if (status != LUA_OK) lua_error(L);
}

static void lb_fill_kind(lua_State *L, int kind) {
    lb_context *c = LB_CTX(L);
    int base = lua_gettop(L);
    lb_push_batch_part(L, LB_KINDS + kind);
    int unbuilt = lua_gettop(L);
    int count = 0;
    lua_pushnil(L);
    while (lua_next(L, unbuilt)) { count++; lua_pop(L, 1); }
    if (count == 0) { lua_settop(L, base); return; }
    lua_createtable(L, count, 0);              /* keeps the id strings alive while the host reads them */
    int keep = lua_gettop(L);
    const char **ids = (const char **)lua_newuserdatauv(L, sizeof(char *) * (size_t)count, 0);
    size_t *lengths = (size_t *)lua_newuserdatauv(L, sizeof(size_t) * (size_t)count, 0);
    int i = 0;
    lua_pushnil(L);
    while (lua_next(L, unbuilt)) {
        lua_pop(L, 1);
        ids[i] = lua_tolstring(L, -1, &lengths[i]);
        lua_pushvalue(L, -1);
        lua_rawseti(L, keep, ++i);
    }
    const char *ops = NULL;
    size_t opsLength = 0;
    if (c->loader(c->loaderHost, kind, count, ids, lengths, &ops, &opsLength) != 0) {
        luaL_error(L, "could not read the data a rule asked for: %s", ops ? ops : "unknown error");
    }
    int strict = c->strict;
    size_t before = c->used;
    c->strict = 0;
    lua_pushcfunction(L, lb_ops_build);
    lua_pushlightuserdata(L, (void *)ops);
    lua_pushinteger(L, (lua_Integer)opsLength);
    int status = lua_pcallk(L, 2, 0, 0, 0, NULL);
    c->strict = strict;
    if (status != LUA_OK) lua_error(L);
    /* The script keeps its whole allowance: the cap moves up by what was built for it. */
    if (c->used > before) {
        c->filled += c->used - before;
        c->limit += c->used - before;
    }
    /* Records the host did not find keep only their id, as plain (built) tables. */
    for (int k = 1; k <= count; k++) {
        lua_rawgeti(L, keep, k);
        lua_pushvalue(L, -1);
        if (lua_rawget(L, unbuilt) == LUA_TTABLE) {
            lua_pushnil(L);
            lua_setmetatable(L, -2);
            lua_pop(L, 1);
            lua_pushnil(L);
            lua_rawset(L, unbuilt);
        } else {
            lua_pop(L, 2);
        }
    }
    lua_settop(L, base);
}

/* Refuses to build the unbuilt storage at idx when it was made in an earlier batch: its batch's
 * loader is gone, and building the current batch would leave it with only its id, which a script
 * would read as a record whose every other field is nil. */
static void lb_check_current_batch(lua_State *L, int idx, int kind) {
    idx = lua_absindex(L, idx);
    lua_getmetatable(L, idx);
    lb_push_batch_part(L, 2 * LB_KINDS + kind);
    int current = lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
    if (current) return;
    lua_pushliteral(L, "id");
    lua_rawget(L, idx);
    const char *id = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
    luaL_error(L, "the record \"%s\" was kept from an earlier batch of subjects and its data is no longer loaded: "
                  "keep ids, not views, from one subject to the next", id);
}

/* __index of an unbuilt storage (upvalue 1: its kind): builds it, then reads the field. */
static int lb_lazy_index(lua_State *L) {
    int kind = (int)lua_tointeger(L, lua_upvalueindex(1));
    lb_check_current_batch(L, 1, kind);
    lb_fill(L, kind);
    lua_settop(L, 2);
    /* Built now: read through its kind's fields. Still unbuilt (the host has no such record): raw. */
    int built = !lua_getmetatable(L, 1) || lua_rawgetp(L, -1, &LB_CTX(L)->unbuiltKey) != LUA_TNUMBER;
    lua_settop(L, 2);
    if (built) lua_gettable(L, 1); else lua_rawget(L, 1);
    return 1;
}

/* If the storage at idx is unbuilt, builds it (used before iterating a view). */
void lb_fill_storage(lua_State *L, int idx) {
    if (!lua_getmetatable(L, idx)) return;
    int kind = lua_rawgetp(L, -1, &LB_CTX(L)->unbuiltKey) == LUA_TNUMBER ? (int)lua_tointeger(L, -1) : 0;
    lua_pop(L, 2);
    if (kind <= 0) return;
    lb_check_current_batch(L, idx, kind);
    lb_fill(L, kind);
}

/* Starts a new batch (protected: it allocates): forgets every record view of the previous one. */
int lb_batch_reset(lua_State *L) {
    lb_context *c = LB_CTX(L);
    lua_createtable(L, LB_EMPTY, 0);
    int batch = lua_gettop(L);
    lua_createtable(L, 0, 0);
    lb_view_new(L, 0);
    lua_rawseti(L, batch, LB_EMPTY);
    for (int kind = 1; kind <= c->kinds; kind++) {
        lua_newtable(L);
        lua_rawseti(L, batch, kind);
        lua_newtable(L);
        lua_rawseti(L, batch, LB_KINDS + kind);
        lua_createtable(L, 0, 2);
        lua_pushinteger(L, kind);
        lua_pushcclosure(L, lb_lazy_index, 1);
        lb_rawset_field(L, lua_gettop(L) - 1, "__index");
        lua_pushinteger(L, kind);               /* marks an unbuilt storage, for lb_next */
        lua_rawsetp(L, -2, &c->unbuiltKey);
        lua_rawseti(L, batch, 2 * LB_KINDS + kind);
    }
    lua_rawseti(L, LUA_REGISTRYINDEX, c->batchRef);
    return 0;
}
