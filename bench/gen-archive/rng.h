/* A small deterministic random number generator (splitmix64): the archive
 * is the same bytes for the same seed on every machine, unlike rand(). */
#ifndef GEN_RNG_H
#define GEN_RNG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct rng {
	uint64_t s;
};

/* A generator for one part of the archive: the seed and that part's key
 * (e.g. a meeting's date and body), so each part is the same whatever
 * else the archive holds. */
void rng_init(struct rng *r, uint64_t seed, const char *key);
uint64_t rng_next(struct rng *r);
/* A whole number in [lo, hi]. */
int rng_range(struct rng *r, int lo, int hi);
/* True with probability percent/100. */
bool rng_chance(struct rng *r, int percent);
/* One of the n strings. */
const char *rng_pick(struct rng *r, const char *const *words, size_t n);
#define RNG_PICK(r, array) rng_pick((r), (array), sizeof(array) / sizeof *(array))

#endif
