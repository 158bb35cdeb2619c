/* The C side of LuaBridge: a sandboxed Lua 5.4 state with counted memory, instruction and time
 * limits, read-only views, and views built from host-encoded records.
 *
 * Everything that can raise a Lua error (longjmp) runs inside Lua, under a protected call made in
 * C: a longjmp never crosses a Swift frame. The functions below are the host's entry points; each
 * says whether it runs Lua code. Those that do not use only API that cannot raise while the
 * allocator is lenient (outside a host call). */
#ifndef MARSHRUT_CLUABRIDGE_H
#define MARSHRUT_CLUABRIDGE_H

#include <stddef.h>

struct lua_State;

/* Which limit stopped the last host call. */
enum {
    LB_LIMIT_NONE = 0,
    LB_LIMIT_INSTRUCTIONS = 1,
    LB_LIMIT_TIME = 2,
    LB_LIMIT_MEMORY = 3,
    LB_LIMIT_TABLE = 4
};

/* The most kinds of record a host may register (a kind is one byte in the view ops). */
#define LB_MAX_RECORD_KINDS 32

/* The host's loader: view ops for the records of `kind` with the given ids (those it does not
 * find are left out). Returns 0 and the ops, or nonzero and a NUL-terminated message in *ops. The
 * ops stay valid until the next call. It must not use the Lua state. */
typedef int (*lb_loader_fn)(void *host, int kind, int count, const char *const *ids, const size_t *lengths,
                            const char **ops, size_t *opsLength);

/* ---- the state and its limits ---------------------------------------------------------------- */

/* A new state whose allocator counts bytes (refusing growth past memoryBytes inside host calls),
 * or NULL when memory is exhausted. The sandbox is not built yet: call lb_host_open. */
struct lua_State *lb_newstate(size_t memoryBytes);

/* Closes the state and frees its context. */
void lb_close(struct lua_State *L);

/* The limits of every later host call. graceSeconds: how long a call runs before its instructions
 * are counted (0: from the first). patternSteps: the budget of one pattern-matching call. */
void lb_set_limits(struct lua_State *L, size_t memoryBytes, long long instructions, double graceSeconds,
                   double seconds, double patternSteps);

/* Bytes the state holds now. */
size_t lb_memory_used(struct lua_State *L);

/* Bytes of records built on demand inside calls since the state began. */
size_t lb_memory_filled(struct lua_State *L);

/* Seconds spent loading and building records on demand inside calls since the state began. */
double lb_fill_seconds(struct lua_State *L);

/* How many chunks the state's block pool holds, or (empty) how many wait to be handed out whole. */
int lb_pool_chunks(struct lua_State *L, int empty);

/* The most keys a table's hash part may hold inside host calls (rounded up to a power of two;
 * 0: no bound). Lua rehashes a table's keys inside one assignment, where no limit can act, and
 * integer keys chosen to collide make that quadratic: bounding the part bounds the time. Array
 * parts (list entries) are not bounded. */
void lb_set_table_keys(struct lua_State *L, size_t keys);

/* Which limit fired in the last host call (LB_LIMIT_...). */
int lb_tripped(struct lua_State *L);

/* "source:line" where a limit stopped the last call, or "". */
const char *lb_where(struct lua_State *L);

/* ---- running code ---------------------------------------------------------------------------- */

/* Builds the sandbox (runs under protection). Returns a Lua status; the error object on failure. */
int lb_host_open(struct lua_State *L);

/* Calls the function below nargs arguments under the limits, with a traceback-recording message
 * handler: the one way the host runs Lua code. Leaves the results, or the error object, where the
 * function was. */
int lb_host_call(struct lua_State *L, int nargs);

/* Compiles text (never bytecode) named chunkName and sets its _ENV to the table at envIndex;
 * pushes the function or the error message. */
int lb_host_load(struct lua_State *L, const char *text, size_t length, const char *chunkName, int envIndex);

/* Publishes what trusted code defined into the shared base, tables as live read-only views. */
int lb_host_publish(struct lua_State *L);

/* Pushes the traceback recorded by the last failed call (or false) and clears it. */
void lb_push_traceback(struct lua_State *L);

/* Pushes the table trusted code uses as its globals. */
void lb_push_host_globals(struct lua_State *L);

/* Pushes a fresh script environment: its own globals, reads falling through to the shared base. */
void lb_push_new_environment(struct lua_State *L);

/* ---- read-only views ------------------------------------------------------------------------- */

/* If the value at idx is a view, pushes its storage and returns 1; otherwise pushes nothing. */
int lb_view_storage(struct lua_State *L, int idx);

/* Replaces a storage table on top with a new snapshot view of it. */
void lb_make_view(struct lua_State *L);

/* Replaces a plain table on top with its live view; leaves views and other values alone. */
void lb_make_view_of_value(struct lua_State *L);

/* ---- batches of record views ----------------------------------------------------------------- */

/* Registers how many kinds of record (1...count) the host's view ops use, and starts an empty
 * batch. Returns a Lua status (count out of 1...LB_MAX_RECORD_KINDS is LUA_ERRRUN, with a message). */
int lb_host_register_kinds(struct lua_State *L, int count);

/* Names the fields a built record of `kind` may have: `description` is the kind's name and its
 * field names, each ended by '\n' ("route\nid\nstart\n…"). Reading any other field of such a record
 * raises "unknown field" with the script's place; a named field the record lacks reads as nil.
 * Returns a Lua status. */
int lb_host_describe_kind(struct lua_State *L, int kind, const char *description, size_t length);

/* Starts a new batch of record views, forgetting the previous one's; with `pause`, the collector
 * waits until the next batch. Returns a Lua status. */
int lb_host_batch_reset(struct lua_State *L, int pause);

/* Builds the records of host-encoded view ops into the current batch. Returns a Lua status. */
int lb_host_build(struct lua_State *L, const char *ops, size_t length);

/* Pushes the batch's view of record (kind, id), or nil. Runs no Lua code. */
void lb_push_record_view(struct lua_State *L, int kind, const char *id, size_t length);

/* Installs the host's loader of records referenced before they were built (NULL: none). */
void lb_set_loader(struct lua_State *L, lb_loader_fn loader, void *host);

#endif
