/* Per-state limits: the counting allocator, the instruction/time hook and the limit sentinel.
 * Everything here that raises a Lua error runs inside Lua (a hook or a C function Lua called),
 * never in a Swift frame. */
#ifndef MARSHRUT_LB_CONTEXT_H
#define MARSHRUT_LB_CONTEXT_H

#include <stdlib.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <signal.h>
#include <pthread.h>
#include <lua.h>
#include <lauxlib.h>

enum {
    LB_LIMIT_NONE = 0,
    LB_LIMIT_INSTRUCTIONS = 1,
    LB_LIMIT_TIME = 2,
    LB_LIMIT_MEMORY = 3
};

/* How many VM instructions run between two checks of the clock and the budget. */
#define LB_HOOK_SLICE 1000

/* The host's loader (lb_build.h): view ops for the records of `kind` with the given ids (those it
 * does not find are left out). Returns 0 and the ops, or nonzero and a NUL-terminated message in
 * *ops. The ops stay valid until the next call. It must not use the Lua state. */
typedef int (*lb_loader_fn)(void *host, int kind, int count, const char *const *ids, const size_t *lengths,
                            const char **ops, size_t *opsLength);

/* Small blocks come from a pool of size classes that keeps freed blocks for reuse: a batch of views
 * frees what the next batch allocates again, in the same sizes. Through the C library's malloc the
 * same churn interleaves with the host's long-lived objects and fragments the heap, so each batch
 * costs more than the one before; from the pool it costs the same. Blocks above LB_POOL_MAX come
 * from malloc.
 *
 * The pool's chunks are aligned to their size, so a block finds its chunk's header, which counts
 * the chunk's live blocks. When a batch ends and its views are collected, most chunks hold nothing
 * live: lb_pool_reclaim takes their blocks out of the free lists and hands the chunks out whole
 * again, so the next batch is laid out in allocation order (a view's tables side by side) rather
 * than scattered over the free lists' holes; reading views laid out that way is markedly faster.
 * Chunks are kept until the state closes. */
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

/* The header's room, a whole number of steps so blocks stay aligned. */
#define LB_CHUNK_HEADER (((sizeof(lb_chunk) + LB_POOL_STEP - 1) / LB_POOL_STEP) * LB_POOL_STEP)

typedef struct lb_pool {
    void *free[LB_POOL_CLASSES];   /* per class, a list linked through each free block's first word */
    lb_chunk *current;             /* the chunk being filled, from cursor to end */
    char *cursor;
    char *end;
    lb_chunk *chunks;              /* every chunk */
    lb_chunk *empties;             /* chunks to fill next */
} lb_pool;

typedef struct lb_context {
    lua_State *L;            /* the main (and only) thread */
    /* memory */
    lb_pool pool;
    size_t used;
    size_t limit;
    size_t filled;           /* bytes of records built on demand inside calls (lb_build.h), ever */
    double fillSeconds;      /* time spent loading and building them, ever */
    int strict;              /* 1 while Lua runs under the host's protected call: refuse past the limit */
    int pending;             /* a refused growth request that Lua has not retried yet */
    void *pendingPtr;
    size_t pendingOld;
    size_t pendingNew;
    size_t allocatedSinceClock;  /* bytes allocated in this call since the allocator last read the clock */
    /* per-call limits */
    long long instructionLimit;
    double secondsLimit;
    double patternSteps;
    long long remaining;
    int slice;
    double deadline;
    double graceSeconds;     /* how long a call runs before its instructions are counted (lb_watch.h) */
    volatile sig_atomic_t counting;  /* the count hook is set in the current call */
    /* the watcher (lb_watch.h) */
    int watched;
    int watchState;          /* LB_WATCH_..., read and written atomically */
    double countFrom;        /* when the current call's counting is due, read and written atomically */
    pthread_t owner;         /* the thread running the current call */
    struct lb_context *watchNext;
    int tripped;             /* which limit fired in the current call (LB_LIMIT_...) */
    /* diagnostics of the current call */
    int tracebackRecorded;
    char where[LUA_IDSIZE + 32];
    /* registry references made at setup */
    int tracebackRef;
    int libRef;
    int envMetaRef;
    int hostGlobalsRef;
    int viewCacheRef;
    int batchRef;            /* the current batch of record views (lb_build.h) */
    lb_loader_fn loader;     /* the host's loader of records referenced before they were built */
    void *loaderHost;
    /* addresses used as unique keys: the same in every translation unit, unlike statics */
    char sentinel;           /* a light userdata of this address is the limit error object */
    char storageKey;         /* key of a read-only view's storage in its metatable */
    char snapshotKey;        /* key marking a metatable that the sandbox's setmetatable made */
    char unbuiltKey;         /* key of the kind in the metatable of a record view's unbuilt storage */
} lb_context;

static inline lb_context *lb_ctx(lua_State *L) {
    return *(lb_context **)lua_getextraspace(L);
}

static inline void lb_trip(lb_context *c, int kind) {
    if (c->tripped == LB_LIMIT_NONE) c->tripped = kind;
}

static inline void lb_hook(lua_State *L, lua_Debug *ar);
static inline double lb_now(void);
static inline void lb_count_from_now(lb_context *c, int slice);

/* Allocation-heavy code may run few, slow instructions (a long concatenation is one). Every MiB
 * allocated during a call, past the deadline, makes the hook fire at the very next instruction.
 * lua_sethook only stores fields and marks the CallInfo list, which an allocation never leaves
 * inconsistent, so calling it from the allocator on the running thread is safe. */
static inline void lb_clock_allocation(lb_context *c, size_t grown) {
    c->allocatedSinceClock += grown;
    if (c->allocatedSinceClock < ((size_t)1 << 20)) return;
    c->allocatedSinceClock = 0;
    if (c->L != NULL && lb_now() >= c->deadline) lb_count_from_now(c, 1);
}

static inline int lb_pool_class(size_t size) { return (int)((size + LB_POOL_STEP - 1) / LB_POOL_STEP) - 1; }

static inline lb_chunk *lb_chunk_of(void *block) {
    return (lb_chunk *)((uintptr_t)block & ~(uintptr_t)(LB_POOL_CHUNK - 1));
}

/* A block of `size` bytes (at most LB_POOL_MAX), or NULL when memory is exhausted. */
static inline void *lb_pool_take(lb_pool *p, size_t size) {
    int k = lb_pool_class(size);
    void *block = p->free[k];
    if (block != NULL) {
        p->free[k] = *(void **)block;
        lb_chunk_of(block)->live++;
        return block;
    }
    size_t rounded = (size_t)(k + 1) * LB_POOL_STEP;
    if ((size_t)(p->end - p->cursor) < rounded) {
        lb_chunk *chunk = p->empties;
        if (chunk != NULL) {
            p->empties = chunk->nextEmpty;
        } else {
            chunk = (lb_chunk *)aligned_alloc(LB_POOL_CHUNK, LB_POOL_CHUNK);
            if (chunk == NULL) return NULL;
            chunk->next = p->chunks;
            p->chunks = chunk;
            chunk->live = 0;
        }
        chunk->empty = 0;
        chunk->nextEmpty = NULL;
        p->current = chunk;
        p->cursor = (char *)chunk + LB_CHUNK_HEADER;
        p->end = (char *)chunk + LB_POOL_CHUNK;
    }
    block = p->cursor;
    p->cursor += rounded;
    lb_chunk_of(block)->live++;
    return block;
}

static inline void lb_pool_give(lb_pool *p, void *block, size_t size) {
    int k = lb_pool_class(size);
    *(void **)block = p->free[k];
    p->free[k] = block;
    lb_chunk_of(block)->live--;
}

/* Hands out whole again every chunk with nothing live: their blocks leave the free lists, and the
 * chunk being filled is dropped if it is one of them. Costs one pass over the free blocks, so it
 * runs when a batch has just been collected (most of them then belong to emptied chunks). */
static inline void lb_pool_reclaim(lb_pool *p) {
    int emptied = 0;
    for (lb_chunk *chunk = p->chunks; chunk != NULL; chunk = chunk->next) {
        if (chunk->live == 0 && chunk->empty == 0) {
            chunk->empty = 2;
            emptied = 1;
        }
    }
    if (!emptied) return;
    for (int k = 0; k < LB_POOL_CLASSES; k++) {
        void **link = &p->free[k];
        while (*link != NULL) {
            if (lb_chunk_of(*link)->empty) *link = *(void **)*link; else link = (void **)*link;
        }
    }
    if (p->current != NULL && p->current->empty) {
        p->current = NULL;
        p->cursor = p->end = NULL;
    }
    for (lb_chunk *chunk = p->chunks; chunk != NULL; chunk = chunk->next) {
        if (chunk->empty == 2) {
            chunk->empty = 1;
            chunk->nextEmpty = p->empties;
            p->empties = chunk;
        }
    }
}

static inline void lb_pool_close(lb_pool *p) {
    while (p->chunks != NULL) {
        lb_chunk *next = p->chunks->next;
        free(p->chunks);
        p->chunks = next;
    }
}

/* Moves a block to a new size: within its class it stays; otherwise pool or malloc as the sizes say. */
static inline void *lb_resize(lb_pool *p, void *ptr, size_t old, size_t nsize) {
    if (ptr == NULL) return nsize <= LB_POOL_MAX ? lb_pool_take(p, nsize) : malloc(nsize);
    if (old > LB_POOL_MAX && nsize > LB_POOL_MAX) return realloc(ptr, nsize);
    if (old <= LB_POOL_MAX && nsize <= LB_POOL_MAX && lb_pool_class(old) == lb_pool_class(nsize)) return ptr;
    void *block = nsize <= LB_POOL_MAX ? lb_pool_take(p, nsize) : malloc(nsize);
    if (block == NULL) return NULL;
    memcpy(block, ptr, old < nsize ? old : nsize);
    if (old <= LB_POOL_MAX) lb_pool_give(p, ptr, old); else free(ptr);
    return block;
}

/* Counts every byte; refuses growth past the limit only while `strict` (inside a protected call).
 * Lua retries a refused request once after an emergency collection: a refusal that is retried and
 * then fits was transient; one that is refused again, or never retried, is the limit. */
static inline void *lb_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    lb_context *c = (lb_context *)ud;
    size_t old = ptr ? osize : 0;   /* with ptr NULL, osize is a type tag */
    if (nsize == 0) {
        if (ptr != NULL) {
            if (old <= LB_POOL_MAX) lb_pool_give(&c->pool, ptr, old); else free(ptr);
        }
        c->used -= old;
        return NULL;
    }
    if (nsize > old) {
        int retry = 0;
        if (c->pending) {
            retry = ptr == c->pendingPtr && osize == c->pendingOld && nsize == c->pendingNew;
            c->pending = 0;
            if (!retry) lb_trip(c, LB_LIMIT_MEMORY);
        }
        size_t room = c->used < c->limit ? c->limit - c->used : 0;
        if (c->strict && nsize - old > room) {
            if (retry) {
                lb_trip(c, LB_LIMIT_MEMORY);
            } else {
                c->pending = 1;
                c->pendingPtr = ptr;
                c->pendingOld = osize;
                c->pendingNew = nsize;
            }
            return NULL;
        }
    }
    void *block = lb_resize(&c->pool, ptr, old, nsize);
    if (block == NULL) {
        if (nsize <= old) return ptr;   /* Lua assumes shrinking never fails; keep the old block */
        lb_trip(c, LB_LIMIT_MEMORY);
        return NULL;
    }
    c->used = c->used - old + nsize;
    if (c->strict && nsize > old) lb_clock_allocation(c, nsize - old);
    return block;
}

/* A coarse monotonic clock is enough for a backstop and costs a few nanoseconds. */
static inline double lb_now(void) {
    struct timespec ts;
#ifdef CLOCK_MONOTONIC_COARSE
    clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
#else
    clock_gettime(CLOCK_MONOTONIC, &ts);
#endif
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Raises the limit sentinel; a light userdata needs no allocation. */
static inline int lb_raise_limit(lua_State *L) {
    lua_pushlightuserdata(L, &lb_ctx(L)->sentinel);
    return lua_error(L);
}

/* Once a limit fired, every pcall wrapper and every further hook re-raises it. */
static inline int lb_limit_fired(lb_context *c) {
    if (c->pending) {
        c->pending = 0;
        lb_trip(c, LB_LIMIT_MEMORY);
    }
    return c->tripped != LB_LIMIT_NONE;
}

static inline void lb_record_where(lb_context *c, lua_State *L, lua_Debug *ar) {
    if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0)
        snprintf(c->where, sizeof c->where, "%s:%d", ar->short_src, ar->currentline);
}

static inline void lb_hook(lua_State *L, lua_Debug *ar) {
    lb_context *c = lb_ctx(L);
    if (!lb_limit_fired(c)) {
        c->remaining -= c->slice;
        if (c->remaining <= 0) {
            c->tripped = LB_LIMIT_INSTRUCTIONS;
        } else if (lb_now() >= c->deadline) {
            c->tripped = LB_LIMIT_TIME;
        } else {
            if (c->remaining < c->slice) lb_count_from_now(c, (int)c->remaining);
            return;
        }
        lb_record_where(c, L, ar);
        /* from now on stop at the very next instruction */
        lb_count_from_now(c, 1);
    }
    lb_raise_limit(L);
}

#include "lb_watch.h"

/* Called by library functions when they return: long C work is where the deadline passes
 * without the hook noticing, since a whole C call counts as one instruction. */
static inline void lb_check_deadline(lua_State *L) {
    lb_context *c = lb_ctx(L);
    if (!lb_limit_fired(c)) {
        if (lb_now() < c->deadline) return;
        c->tripped = LB_LIMIT_TIME;
        lua_Debug ar;
        if (lua_getstack(L, 1, &ar)) lb_record_where(c, L, &ar);
        lb_count_from_now(c, 1);
    }
    lb_raise_limit(L);
}

/* Runs the library function in upvalue 1, then checks the deadline. */
static inline int lb_timed(lua_State *L) {
    int results = lua_tocfunction(L, lua_upvalueindex(1))(L);
    lb_check_deadline(L);
    return results;
}

/* Arms the limits for one host call: fresh budget, deadline and diagnostics. With a grace period,
 * instructions are counted only once the call has run that long (lb_watch.h). */
static inline void lb_arm(lua_State *L) {
    lb_context *c = lb_ctx(L);
    c->tripped = LB_LIMIT_NONE;
    c->pending = 0;
    c->tracebackRecorded = 0;
    c->allocatedSinceClock = 0;
    c->where[0] = '\0';
    c->remaining = c->instructionLimit > 0 ? c->instructionLimit : 1;
    c->slice = c->remaining < LB_HOOK_SLICE ? (int)c->remaining : LB_HOOK_SLICE;
    double start = lb_now();
    c->deadline = start + c->secondsLimit;
    c->counting = 0;
    if (c->graceSeconds <= 0 || !lb_watch_begin(c, start)) lb_count_from_now(c, c->slice);
    c->strict = 1;
}

static inline void lb_disarm(lua_State *L) {
    lb_context *c = lb_ctx(L);
    c->strict = 0;
    if (c->watched) lb_watch_end(c);
    c->counting = 0;
    lua_sethook(L, NULL, 0, 0);
}

/* Message handler of every host call: keeps the error object and records the first traceback.
 * It is C, so running with hooks off (as Lua runs handlers) cannot loop. */
static inline int lb_msgh(lua_State *L) {
    lb_context *c = lb_ctx(L);
    lb_limit_fired(c);
    if (!c->tracebackRecorded) {
        int strict = c->strict;
        c->strict = 0;   /* a few kilobytes past the cap are fine; a missing traceback is not */
        luaL_traceback(L, L, NULL, 1);
        lua_rawseti(L, LUA_REGISTRYINDEX, c->tracebackRef);
        c->strict = strict;
        c->tracebackRecorded = 1;
    }
    lua_settop(L, 1);
    return 1;
}

#endif
