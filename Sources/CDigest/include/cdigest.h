// SHA-256 compression with the processor's SHA instructions (x86-64 SHA-NI), for
// EditionAlign's SHA256 (which keeps its own Swift rounds for other processors).
#ifndef CDIGEST_H
#define CDIGEST_H

#include <stddef.h>
#include <stdint.h>

/// FIPS 180-4's 64 round constants of SHA-256 (for the Swift rounds too).
const uint32_t *cdigest_sha256_round_constants(void);

/// 1 when this processor has the SHA instructions `cdigest_sha256_blocks` needs, else 0.
int cdigest_sha256_accelerated(void);

/// Compresses `blocks` 64-byte blocks of `data` into the eight words of `state`, as FIPS
/// 180-4's SHA-256 does; only where `cdigest_sha256_accelerated()` is 1.
void cdigest_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
