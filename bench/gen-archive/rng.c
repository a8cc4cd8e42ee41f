#include "bench/gen-archive/rng.h"

uint64_t rng_next(struct rng *r)
{
	uint64_t z = (r->s += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

void rng_init(struct rng *r, uint64_t seed, const char *key)
{
	/* FNV-1a of the key, mixed with the seed */
	uint64_t h = 0xcbf29ce484222325ULL;
	for (const unsigned char *p = (const unsigned char *)key; *p; p++)
		h = (h ^ *p) * 0x100000001b3ULL;
	r->s = seed ^ h;
	rng_next(r);
}

int rng_range(struct rng *r, int lo, int hi)
{
	return lo + (int)(rng_next(r) % (uint64_t)(hi - lo + 1));
}

bool rng_chance(struct rng *r, int percent)
{
	return rng_range(r, 0, 99) < percent;
}

const char *rng_pick(struct rng *r, const char *const *words, size_t n)
{
	return words[rng_next(r) % n];
}
