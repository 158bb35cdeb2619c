/* The host's entry points (include/CLuaBridge.h): creating and closing a state, its limits, and the
 * protected calls through which the host runs Lua code. */
#include <stdlib.h>
#include "bridge.h"

struct lua_State *lb_newstate(size_t memoryBytes) {
    lb_context *c = (lb_context *)calloc(1, sizeof(lb_context));
    if (c == NULL) return NULL;
    c->limit = memoryBytes;
    c->instructionLimit = 1;
    c->secondsLimit = 1;
    c->patternSteps = 1;
    lua_State *L = lua_newstate(lb_alloc, c);
    if (L == NULL) {
        free(c);
        return NULL;
    }
    LB_CTX(L) = c;
    c->L = L;
    /* The size of a hash node, measured rather than assumed: a table made with four hash slots
     * allocates the table and then its node vector, the larger of the two blocks. */
    c->largestNew = 0;
    lua_createtable(L, 0, 4);
    lua_pop(L, 1);
    if (c->largestNew % 4 == 0 && c->largestNew / 4 >= 16 && c->largestNew / 4 <= 64) c->nodeBytes = c->largestNew / 4;
    return L;
}

void lb_set_table_keys(struct lua_State *L, size_t keys) {
    size_t nodes = 0;
    if (keys > 0) for (nodes = 1; nodes < keys; nodes <<= 1) {}
    LB_CTX(L)->tableNodes = nodes;
}

void lb_close(struct lua_State *L) {
    lb_context *c = LB_CTX(L);
    lb_watch_remove(c);
    lua_close(L);
    lb_pool_close(&c->pool);
    free(c);
}

void lb_set_limits(struct lua_State *L, size_t memoryBytes, long long instructions, double graceSeconds,
                   double seconds, double patternSteps) {
    lb_context *c = LB_CTX(L);
    c->limit = memoryBytes;
    c->instructionLimit = instructions;
    c->graceSeconds = graceSeconds;
    c->secondsLimit = seconds;
    c->patternSteps = patternSteps;
}

size_t lb_memory_used(struct lua_State *L) { return LB_CTX(L)->used; }

size_t lb_memory_filled(struct lua_State *L) { return LB_CTX(L)->filled; }

double lb_fill_seconds(struct lua_State *L) { return LB_CTX(L)->fillSeconds; }

int lb_pool_chunks(struct lua_State *L, int empty) {
    int n = 0;
    for (lb_chunk *chunk = LB_CTX(L)->pool.chunks; chunk != NULL; chunk = chunk->next) n += !empty || chunk->empty;
    return n;
}

int lb_tripped(struct lua_State *L) { return LB_CTX(L)->tripped; }

const char *lb_where(struct lua_State *L) { return LB_CTX(L)->where; }

void lb_push_traceback(struct lua_State *L) {
    lb_context *c = LB_CTX(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->tracebackRef);
    lua_pushboolean(L, 0);
    lua_rawseti(L, LUA_REGISTRYINDEX, c->tracebackRef);
}

int lb_host_call(struct lua_State *L, int nargs) {
    lb_context *c = LB_CTX(L);
    int handler = lua_gettop(L) - nargs;
    lua_pushcfunction(L, lb_msgh);
    lua_insert(L, handler);
    lb_arm(L);
    int status = lua_pcallk(L, nargs, LUA_MULTRET, handler, 0, NULL);
    lb_disarm(L);
    if (status == LUA_ERRMEM || (status != LUA_OK && c->pending)) LB_TRIP(c, LB_LIMIT_MEMORY);
    c->pending = 0;
    lua_remove(L, handler);
    return status;
}

/* lua_load is protected by Lua itself; the allocator is strict while it runs. */
int lb_host_load(struct lua_State *L, const char *text, size_t length, const char *chunkName, int envIndex) {
    lb_context *c = LB_CTX(L);
    envIndex = lua_absindex(L, envIndex);
    lb_arm(L);
    int status = luaL_loadbufferx(L, text, length, chunkName, "t");
    lb_disarm(L);
    if (status == LUA_ERRMEM || (status != LUA_OK && c->pending)) LB_TRIP(c, LB_LIMIT_MEMORY);
    c->pending = 0;
    if (status == LUA_OK) {
        lua_pushvalue(L, envIndex);
        if (lua_setupvalue(L, -2, 1) == NULL) lua_pop(L, 1);
    }
    return status;
}

int lb_host_open(struct lua_State *L) {
    lua_pushcfunction(L, lb_open);
    return lb_host_call(L, 0);
}

int lb_host_publish(struct lua_State *L) {
    lua_pushcfunction(L, lb_publish);
    return lb_host_call(L, 0);
}

void lb_push_host_globals(struct lua_State *L) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, LB_CTX(L)->hostGlobalsRef);
}

void lb_push_new_environment(struct lua_State *L) {
    lua_createtable(L, 0, 4);
    int env = lua_absindex(L, -1);
    lua_pushvalue(L, env);
    lb_rawset_field(L, env, "_G");
    lua_rawgeti(L, LUA_REGISTRYINDEX, LB_CTX(L)->envMetaRef);
    lua_setmetatable(L, -2);
}

void lb_make_view(struct lua_State *L) { lb_view_new(L, 0); }

void lb_make_view_of_value(struct lua_State *L) { lb_wrap_value(L); }

/* Runs a host C function on (pointer, length) under protection with the allocator lenient: host data
 * does not count against a script's limits. Leaves nothing, or the error object. */
static int lb_host_lenient(lua_State *L, lua_CFunction f, const void *pointer, size_t length) {
    lb_context *c = LB_CTX(L);
    lua_pushcfunction(L, lb_msgh);
    lua_pushcfunction(L, f);
    lua_pushlightuserdata(L, (void *)pointer);
    lua_pushinteger(L, (lua_Integer)length);
    c->strict = 0;
    /* Everything built is live until the batch ends: collecting while building only re-marks it. */
    int running = lua_gc(L, LUA_GCISRUNNING);
    lua_gc(L, LUA_GCSTOP);
    int status = lua_pcallk(L, 2, 0, -4, 0, NULL);
    if (running) lua_gc(L, LUA_GCRESTART);
    lua_remove(L, status == LUA_OK ? -1 : -2);
    return status;
}

int lb_host_register_kinds(struct lua_State *L, int count) {
    if (count < 1 || count > LB_MAX_RECORD_KINDS) {
        lua_pushfstring(L, "record kinds must number 1 to %d, not %d", LB_MAX_RECORD_KINDS, count);
        return LUA_ERRRUN;
    }
    LB_CTX(L)->kinds = count;
    return lb_host_lenient(L, lb_batch_reset, NULL, 0);
}

int lb_host_describe_kind(struct lua_State *L, int kind, const char *description, size_t length) {
    if (kind < 1 || kind > LB_CTX(L)->kinds) {
        lua_pushfstring(L, "record kind %d was not registered", kind);
        return LUA_ERRRUN;
    }
    LB_CTX(L)->describing = kind;
    return lb_host_lenient(L, lb_kind_describe, description, length);
}

/* Starts a new batch of record views: forgets the previous batch's and collects them at once,
 * while little else is live. With `pause`, the collector then waits for the next batch: the
 * batch's views stay live until it ends, so collecting during it would only traverse them again
 * and again; the garbage that calls make is collected with them, or when a call reaches its memory
 * cap (Lua collects then, and the call goes on). Without it, the collector runs as usual. */
int lb_host_batch_reset(struct lua_State *L, int pause) {
    lua_gc(L, LUA_GCRESTART);
    int status = lb_host_lenient(L, lb_batch_reset, NULL, 0);
    lua_gc(L, LUA_GCCOLLECT);
    lb_pool_reclaim(&LB_CTX(L)->pool);   /* the batch's chunks are handed out whole again */
    if (pause && status == LUA_OK) lua_gc(L, LUA_GCSTOP);
    return status;
}

int lb_host_build(struct lua_State *L, const char *ops, size_t length) {
    return lb_host_lenient(L, lb_ops_build, ops, length);
}

void lb_push_record_view(struct lua_State *L, int kind, const char *id, size_t length) {
    if (kind < 1 || kind > LB_CTX(L)->kinds) {
        lua_pushnil(L);
        return;
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, LB_CTX(L)->batchRef);
    lua_rawgeti(L, -1, kind);
    lua_pushlstring(L, id, length);
    lua_rawget(L, -2);
    lua_replace(L, -3);
    lua_pop(L, 1);
}

void lb_set_loader(struct lua_State *L, lb_loader_fn loader, void *host) {
    lb_context *c = LB_CTX(L);
    c->loader = loader;
    c->loaderHost = host;
}
