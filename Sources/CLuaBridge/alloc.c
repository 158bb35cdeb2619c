/* The counting allocator and its pool of small blocks.
 *
 * The pool's chunks are aligned to their size, so a block finds its chunk's header, which counts
 * the chunk's live blocks. When a batch ends and its views are collected, most chunks hold nothing
 * live: lb_pool_reclaim takes their blocks out of the free lists and hands the chunks out whole
 * again, so the next batch is laid out in allocation order (a view's tables side by side) rather
 * than scattered over the free lists' holes; reading views laid out that way is markedly faster.
 * Chunks are kept until the state closes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "bridge.h"

/* The header's room, a whole number of steps so blocks stay aligned. */
#define LB_CHUNK_HEADER (((sizeof(lb_chunk) + LB_POOL_STEP - 1) / LB_POOL_STEP) * LB_POOL_STEP)

static inline int lb_pool_class(size_t size) { return (int)((size + LB_POOL_STEP - 1) / LB_POOL_STEP) - 1; }

static inline lb_chunk *lb_chunk_of(void *block) {
    return (lb_chunk *)((uintptr_t)block & ~(uintptr_t)(LB_POOL_CHUNK - 1));
}

/* A block of `size` bytes (at most LB_POOL_MAX), or NULL when memory is exhausted. */
static inline void *lb_pool_take(lb_pool *p, size_t size) {
    int k = lb_pool_class(size);
    lb_free_blocks *list = &p->free[k];
    if (list->count > 0) {
        void *block = list->items[--list->count];
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
    void *block = p->cursor;
    p->cursor += rounded;
    lb_chunk_of(block)->live++;
    return block;
}

static inline void lb_pool_give(lb_pool *p, void *block, size_t size) {
    lb_free_blocks *list = &p->free[lb_pool_class(size)];
    lb_chunk_of(block)->live--;
    if (list->count == list->capacity) {
        size_t capacity = list->capacity ? list->capacity * 2 : 256;
        void **items = (void **)realloc(list->items, capacity * sizeof(void *));
        /* Without room to list it, the block stays unused until its chunk is empty and handed out whole. */
        if (items == NULL) return;
        list->items = items;
        list->capacity = capacity;
    }
    list->items[list->count++] = block;
}

/* Hands out whole again every chunk with nothing live: their blocks leave the free lists, and the
 * chunk being filled is dropped if it is one of them. Costs one pass over the arrays of free blocks, so it
 * runs when a batch has just been collected (most of them then belong to emptied chunks). */
void lb_pool_reclaim(lb_pool *p) {
    int emptied = 0;
    for (lb_chunk *chunk = p->chunks; chunk != NULL; chunk = chunk->next) {
        if (chunk->live == 0 && chunk->empty == 0) {
            chunk->empty = 2;
            emptied = 1;
        }
    }
    if (!emptied) return;
    for (int k = 0; k < LB_POOL_CLASSES; k++) {
        lb_free_blocks *list = &p->free[k];
        size_t kept = 0;
        for (size_t i = 0; i < list->count; i++) {
            if (!lb_chunk_of(list->items[i])->empty) list->items[kept++] = list->items[i];
        }
        list->count = kept;
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

void lb_pool_close(lb_pool *p) {
    for (int k = 0; k < LB_POOL_CLASSES; k++) free(p->free[k].items);
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

/* Whether a new block of `size` bytes is a table's hash part past the bound: a power-of-two count
 * of nodes, asked for while a Lua function runs (a table grows when a script's assignment adds a
 * key). A library function's buffer of the same size (string.rep of 6 MiB is 24 * 2^18 bytes) is
 * asked for while that C function runs, and is not one. The debug calls only read the call stack. */
static int lb_is_large_hash_part(lb_context *c, size_t size) {
    if (!c->tableNodes || !c->nodeBytes || size <= c->tableNodes * c->nodeBytes || size % c->nodeBytes) return 0;
    size_t nodes = size / c->nodeBytes;
    if (nodes & (nodes - 1)) return 0;
    lua_Debug ar;
    if (!lua_getstack(c->L, 0, &ar) || !lua_getinfo(c->L, "S", &ar)) return 0;
    return ar.what[0] != 'C';
}

/* Counts every byte; refuses growth past the limit only while `strict` (inside a protected call).
 * Lua retries a refused request once after an emergency collection: a refusal that is retried and
 * then fits was transient; one that is refused again, or never retried, is the limit. */
void *lb_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
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
            if (!retry) LB_TRIP(c, LB_LIMIT_MEMORY);
        }
        if (c->strict && ptr == NULL && lb_is_large_hash_part(c, nsize)) {
            LB_TRIP(c, LB_LIMIT_TABLE);
            return NULL;
        }
        size_t room = c->used < c->limit ? c->limit - c->used : 0;
        if (c->strict && nsize - old > room) {
            if (retry) {
                LB_TRIP(c, LB_LIMIT_MEMORY);
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
        LB_TRIP(c, LB_LIMIT_MEMORY);
        return NULL;
    }
    c->used = c->used - old + nsize;
    if (ptr == NULL && nsize > c->largestNew) c->largestNew = nsize;
    if (c->strict && nsize > old) lb_clock_allocation(c, nsize - old);
    return block;
}
