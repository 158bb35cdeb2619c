/* The C side of LuaBridge: Lua 5.4's headers, wrappers for the macros Swift cannot import, and the
 * sandbox pieces that must raise Lua errors (which only C may do: a longjmp must never cross a
 * Swift frame). Every function here that Swift calls outside a protected call uses only API that
 * cannot raise while the allocator is not strict; everything else runs under lua_pcallk. */
#ifndef MARSHRUT_CLUA_SHIM_H
#define MARSHRUT_CLUA_SHIM_H

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include "lb_context.h"
#include "lb_views.h"
#include "lb_patterns.h"
#include "lb_tables.h"
#include "lb_build.h"
#include "lb_sandbox.h"

/* LUA_REGISTRYINDEX is an expression macro, which Swift does not import. */
static inline int lb_registry_index(void) { return LUA_REGISTRYINDEX; }

/* lua_gc is variadic in 5.4, which Swift cannot call. No finalizer exists, so no Lua code runs. */
static inline void lb_gc_collect(lua_State *L) { lua_gc(L, LUA_GCCOLLECT); }

/* lua_getextraspace is a macro; the context lives behind it and is also the allocator's ud. */
static inline lua_State *lb_newstate(size_t memoryBytes) {
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
    *(lb_context **)lua_getextraspace(L) = c;
    c->L = L;
    return L;
}

static inline void lb_close(lua_State *L) {
    lb_context *c = lb_ctx(L);
    lb_watch_remove(c);
    lua_close(L);
    lb_pool_close(&c->pool);
    free(c);
}

static inline void lb_set_limits(lua_State *L, size_t memoryBytes, long long instructions,
                                 double graceSeconds, double seconds, double patternSteps) {
    lb_context *c = lb_ctx(L);
    c->limit = memoryBytes;
    c->instructionLimit = instructions;
    c->graceSeconds = graceSeconds;
    c->secondsLimit = seconds;
    c->patternSteps = patternSteps;
}

static inline size_t lb_memory_used(lua_State *L) { return lb_ctx(L)->used; }

/* Bytes of records built on demand inside calls since the state began (lb_build.h). */
static inline size_t lb_memory_filled(lua_State *L) { return lb_ctx(L)->filled; }

/* How many chunks the state's block pool holds, or (empty) how many wait to be handed out whole. */
static inline int lb_pool_chunks(lua_State *L, int empty) {
    int n = 0;
    for (lb_chunk *chunk = lb_ctx(L)->pool.chunks; chunk != NULL; chunk = chunk->next) n += !empty || chunk->empty;
    return n;
}

/* Seconds spent loading and building records on demand inside calls since the state began. */
static inline double lb_fill_seconds(lua_State *L) { return lb_ctx(L)->fillSeconds; }

/* Which limit fired in the last host call (LB_LIMIT_...). */
static inline int lb_tripped(lua_State *L) { return lb_ctx(L)->tripped; }

/* "source:line" where the hook stopped the last call, or "". */
static inline const char *lb_where(lua_State *L) { return lb_ctx(L)->where; }

/* Pushes the traceback recorded by the last failed call (or false) and clears it. */
static inline void lb_push_traceback(lua_State *L) {
    lb_context *c = lb_ctx(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->tracebackRef);
    lua_pushboolean(L, 0);
    lua_rawseti(L, LUA_REGISTRYINDEX, c->tracebackRef);
}

/* Calls the function below nargs arguments under the limits, with a traceback-recording message
 * handler: the one way the host runs Lua code. Leaves the results, or the error object, where the
 * function was. lua_pcall is a macro; this also arms and disarms the limits around the call. */
static inline int lb_host_call(lua_State *L, int nargs) {
    lb_context *c = lb_ctx(L);
    int handler = lua_gettop(L) - nargs;
    lua_pushcfunction(L, lb_msgh);
    lua_insert(L, handler);
    lb_arm(L);
    int status = lua_pcallk(L, nargs, LUA_MULTRET, handler, 0, NULL);
    lb_disarm(L);
    if (status == LUA_ERRMEM || (status != LUA_OK && c->pending)) lb_trip(c, LB_LIMIT_MEMORY);
    c->pending = 0;
    lua_remove(L, handler);
    return status;
}

/* Compiles text (mode "t": never bytecode) and sets its _ENV to the table at envIndex.
 * lua_load is protected by Lua itself; the allocator is strict while it runs. */
static inline int lb_host_load(lua_State *L, const char *text, size_t length, const char *chunkName,
                               int envIndex) {
    lb_context *c = lb_ctx(L);
    envIndex = lua_absindex(L, envIndex);
    lb_arm(L);
    int status = luaL_loadbufferx(L, text, length, chunkName, "t");
    lb_disarm(L);
    if (status == LUA_ERRMEM || (status != LUA_OK && c->pending)) lb_trip(c, LB_LIMIT_MEMORY);
    c->pending = 0;
    if (status == LUA_OK) {
        lua_pushvalue(L, envIndex);
        if (lua_setupvalue(L, -2, 1) == NULL) lua_pop(L, 1);
    }
    return status;
}

/* Builds the sandbox under protection. lua_pushcfunction is a macro. */
static inline int lb_host_open(lua_State *L) {
    lua_pushcfunction(L, lb_open);
    return lb_host_call(L, 0);
}

/* Publishes trusted globals into the shared base under protection. */
static inline int lb_host_publish(lua_State *L) {
    lua_pushcfunction(L, lb_publish);
    return lb_host_call(L, 0);
}

/* Pushes the table trusted code uses as its globals. */
static inline void lb_push_host_globals(lua_State *L) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, lb_ctx(L)->hostGlobalsRef);
}

/* Pushes a fresh script environment: its own globals, reads falling through to the shared base. */
static inline void lb_push_new_environment(lua_State *L) {
    lua_createtable(L, 0, 4);
    int env = lua_absindex(L, -1);
    lua_pushvalue(L, env);
    lb_rawset_field(L, env, "_G");
    lua_rawgeti(L, LUA_REGISTRYINDEX, lb_ctx(L)->envMetaRef);
    lua_setmetatable(L, -2);
}

/* Replaces a storage table on top with a new snapshot view of it. */
static inline void lb_make_view(lua_State *L) { lb_view_new(L, 0); }

/* Replaces a plain table on top with its live view; leaves views and other values alone. */
static inline void lb_make_view_of_value(lua_State *L) { lb_wrap_value(L); }

/* Runs a host C function on (pointer, length) under protection with the allocator lenient: host data
 * does not count against a script's limits. Leaves nothing, or the error object. */
static inline int lb_host_lenient(lua_State *L, lua_CFunction f, const void *pointer, size_t length) {
    lb_context *c = lb_ctx(L);
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

/* Starts a new batch of record views: forgets the previous batch's (lb_build.h) and collects them
 * at once, while little else is live. With `pause`, the collector then waits for the next batch:
 * the batch's views stay live until it ends, so collecting during it would only traverse them again
 * and again; the garbage that calls make is collected with them, or when a call reaches its memory
 * cap (Lua collects then, and the call goes on). Without it, the collector runs as usual. */
static inline int lb_host_batch_reset(lua_State *L, int pause) {
    lua_gc(L, LUA_GCRESTART);
    int status = lb_host_lenient(L, lb_batch_reset, NULL, 0);
    lua_gc(L, LUA_GCCOLLECT);
    lb_pool_reclaim(&lb_ctx(L)->pool);   /* the batch's chunks are handed out whole again */
    if (pause && status == LUA_OK) lua_gc(L, LUA_GCSTOP);
    return status;
}

/* Builds the records of host-encoded view ops (lb_build.h). */
static inline int lb_host_build(lua_State *L, const char *ops, size_t length) {
    return lb_host_lenient(L, lb_ops_build, ops, length);
}

/* Pushes the batch's view of record (kind, id), or nil. Non-raising lookups only. */
static inline void lb_push_record_view(lua_State *L, int kind, const char *id, size_t length) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, lb_ctx(L)->batchRef);
    lua_rawgeti(L, -1, kind);
    lua_pushlstring(L, id, length);
    lua_rawget(L, -2);
    lua_replace(L, -3);
    lua_pop(L, 1);
}

/* Installs the host's loader of records referenced before they were built (NULL: none). */
static inline void lb_set_loader(lua_State *L, lb_loader_fn loader, void *host) {
    lb_context *c = lb_ctx(L);
    c->loader = loader;
    c->loaderHost = host;
}

#endif
