/* What the C files of the bridge share: the per-state context and the functions one file defines
 * for another. Not seen by Swift (the public header is include/CLuaBridge.h). */
#ifndef MARSHRUT_CLUABRIDGE_PRIVATE_H
#define MARSHRUT_CLUABRIDGE_PRIVATE_H

#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <lua.h>
#include <lauxlib.h>
#include "include/CLuaBridge.h"

/* How many VM instructions run between two checks of the clock and the budget. */
#define LB_HOOK_SLICE 1000

/* Small blocks come from a pool of size classes that keeps freed blocks for reuse: a batch of views
 * frees what the next batch allocates again, in the same sizes. Through the C library's malloc the
 * same churn interleaves with the host's long-lived objects and fragments the heap, so each batch
 * costs more than the one before; from the pool it costs the same. Blocks above LB_POOL_MAX come
 * from malloc (alloc.c). */
#define LB_POOL_STEP 16
#define LB_POOL_MAX 512
#define LB_POOL_CLASSES (LB_POOL_MAX / LB_POOL_STEP)
#define LB_POOL_CHUNK ((size_t)1 << 20)

typedef struct lb_chunk {
    struct lb_chunk *next;         /* every chunk */
    struct lb_chunk *nextEmpty;    /* chunks with nothing live and nothing in the free lists */
    size_t live;                   /* blocks handed out and not given back */
    int empty;                     /* 1: in the empties list; 2: found empty, not listed yet */
} lb_chunk;

/* Free blocks of one class, most recently given back last. An array rather than a list linked
 * through the blocks, so that reclaiming reads the array in order instead of visiting every free
 * block scattered over the chunks. */
typedef struct lb_free_blocks {
    void **items;
    size_t count;
    size_t capacity;
} lb_free_blocks;

typedef struct lb_pool {
    lb_free_blocks free[LB_POOL_CLASSES];
    lb_chunk *current;             /* the chunk being filled, from cursor to end */
    char *cursor;
    char *end;
    lb_chunk *chunks;              /* every chunk */
    lb_chunk *empties;             /* chunks to fill next */
} lb_pool;

typedef struct lb_context {
    lua_State *L;            /* the main (and only) thread */
    /* memory (alloc.c) */
    lb_pool pool;
    size_t used;
    size_t limit;
    size_t filled;           /* bytes of records built on demand inside calls (build.c), ever */
    double fillSeconds;      /* time spent loading and building them, ever */
    int strict;              /* 1 while Lua runs under the host's protected call: refuse past the limit */
    size_t tableNodes;       /* the most nodes a table's hash part may have while strict (0: any) */
    size_t nodeBytes;        /* the size of one hash node of this Lua build, measured (0: unknown) */
    size_t largestNew;       /* the largest new block since it was reset (measuring nodeBytes) */
    int pending;             /* a refused growth request that Lua has not retried yet */
    void *pendingPtr;
    size_t pendingOld;
    size_t pendingNew;
    size_t allocatedSinceClock;  /* bytes allocated in this call since the allocator last read the clock */
    /* per-call limits (limits.c) */
    long long instructionLimit;
    double secondsLimit;
    double patternSteps;
    long long remaining;
    int slice;
    double deadline;
    double graceSeconds;     /* how long a call runs before its instructions are counted (watch.c) */
    volatile sig_atomic_t counting;  /* the count hook is set in the current call */
    /* the watcher (watch.c) */
    int watched;
    int watchState;          /* LB_WATCH_..., read and written atomically */
    double countFrom;        /* when the current call's counting is due, read and written atomically */
    double watchDeadline;    /* when the current call must stop, read and written atomically */
    pthread_t owner;         /* the thread running the current call */
    struct lb_context *watchNext;
    int tripped;             /* which limit fired in the current call (LB_LIMIT_...) */
    /* diagnostics of the current call */
    int tracebackRecorded;
    char where[LUA_IDSIZE + 32];
    /* registry references made at setup (sandbox.c) */
    int tracebackRef;
    int libRef;
    int envMetaRef;
    int hostGlobalsRef;
    int viewCacheRef;
    int batchRef;            /* the current batch of record views (build.c) */
    int kinds;               /* kinds of record the host registered (build.c) */
    int kindFieldsRef;       /* [kind] = metatable of a built record's storage that knows its fields (build.c) */
    int describing;          /* the kind lb_kind_describe describes */
    lb_loader_fn loader;     /* the host's loader of records referenced before they were built */
    void *loaderHost;
    /* addresses used as unique keys of this state */
    char sentinel;           /* a light userdata of this address is the limit error object */
    char storageKey;         /* key of a read-only view's storage in its metatable */
    char snapshotKey;        /* key marking a metatable that the sandbox's setmetatable made */
    char unbuiltKey;         /* key of the kind in the metatable of a record view's unbuilt storage */
} lb_context;

/* The context lives in the state's extra space; it is also the allocator's user data. */
#define LB_CTX(L) (*(lb_context **)lua_getextraspace(L))

/* Records the first limit that fired in the current call. */
#define LB_TRIP(c, kind) do { if ((c)->tripped == LB_LIMIT_NONE) (c)->tripped = (kind); } while (0)

/* alloc.c */
void *lb_alloc(void *ud, void *ptr, size_t osize, size_t nsize);
void lb_pool_reclaim(lb_pool *p);
void lb_pool_close(lb_pool *p);

/* limits.c */
double lb_now(void);
double lb_precise_now(void);
void lb_count_from_now(lb_context *c, int slice);
void lb_stop_soon(lb_context *c);
void lb_clock_allocation(lb_context *c, size_t grown);
int lb_raise_limit(lua_State *L);
int lb_limit_fired(lb_context *c);
void lb_check_deadline(lua_State *L);
int lb_timed(lua_State *L);
void lb_arm(lua_State *L);
void lb_disarm(lua_State *L);
int lb_msgh(lua_State *L);

/* watch.c */
int lb_watch_begin(lb_context *c, double start, int counted);
void lb_watch_end(lb_context *c);
void lb_watch_remove(lb_context *c);
void lb_watch_deadline_moved(lb_context *c);

/* views.c */
int lb_is_view(lua_State *L, int idx);
void lb_rawset_field(lua_State *L, int table, const char *key);
void lb_view_new(lua_State *L, int live);
void lb_wrap_value(lua_State *L);
int lb_next(lua_State *L);

/* patterns.c */
int lb_str_find(lua_State *L);
int lb_str_match(lua_State *L);
int lb_str_gmatch(lua_State *L);
int lb_str_gsub(lua_State *L);
int lb_str_rep(lua_State *L);

/* tables.c */
int lb_table_insert(lua_State *L);
int lb_table_remove(lua_State *L);
int lb_table_move(lua_State *L);

/* build.c */
int lb_batch_reset(lua_State *L);
int lb_ops_build(lua_State *L);
int lb_kind_describe(lua_State *L);
void lb_fill_storage(lua_State *L, int idx);

/* sandbox.c */
int lb_open(lua_State *L);
int lb_publish(lua_State *L);

#endif
