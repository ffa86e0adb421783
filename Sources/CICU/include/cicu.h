// CICU: the only place in EditionAlign that touches ICU.
//
// Swift cannot import ICU's headers beside Foundation on Linux, and cannot call
// ICU's version-renamed symbols, so this header exposes plain C types only.
// Text is UTF-16 (uint16_t); a negative *status is an ICU error code.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Kinds of break iteration.
enum { CICU_BREAK_SENTENCE = 0, CICU_BREAK_WORD = 1 };

/// ICU's U_BUFFER_OVERFLOW_ERROR.
enum { CICU_BUFFER_OVERFLOW = 15 };

/// Normalization forms.
enum { CICU_NFC = 0, CICU_NFKC = 1, CICU_NFKC_CASEFOLD = 2, CICU_NFD = 3 };

/// An opened break iterator (opaque).
typedef struct cicu_breaker cicu_breaker;

/// Opens a break iterator of `kind` for `locale` (e.g. "en@ss=standard", "ko").
/// Returns NULL and sets *status > 0 on failure.
cicu_breaker *cicu_breaker_open(int32_t kind, const char *locale, int32_t *status);
void cicu_breaker_close(cicu_breaker *breaker);

/// Writes the boundaries of `text` (UTF-16 offsets, the leading 0 excluded,
/// the final `length` included) into `boundaries`, and where `rule_status` is
/// not NULL, the rule status of each boundary (for words: 0 none, 100 number,
/// 200 letter, 300 kana, 400 ideographic). Returns the number of boundaries,
/// which may exceed `capacity`: call again with a larger buffer then.
int32_t cicu_breaker_boundaries(cicu_breaker *breaker, const uint16_t *text, int32_t length,
                                int32_t *boundaries, int32_t *rule_status, int32_t capacity,
                                int32_t *status);

/// Normalizes `src` into `dest`; returns the needed length (call again when > capacity).
int32_t cicu_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dest,
                       int32_t capacity, int32_t *status);

/// An opened transliterator (opaque).
typedef struct cicu_transliterator cicu_transliterator;

/// Opens a transliterator by ID (e.g. "Hangul-Latin; Latin-ASCII", "Any-Latin").
cicu_transliterator *cicu_transliterator_open(const uint16_t *id, int32_t id_length,
                                              int32_t *status);
void cicu_transliterator_close(cicu_transliterator *transliterator);

/// Transliterates `text[0..<*length]` in place; `*length` becomes the new length.
/// When the result needs more than `capacity` units, *status is CICU_BUFFER_OVERFLOW and
/// the text is unusable: call again with the original text and a larger buffer.
int32_t cicu_transliterate(cicu_transliterator *transliterator, uint16_t *text, int32_t *length,
                           int32_t capacity, int32_t *status);

/// Converts `length` bytes in `charset` (an ICU converter name: "EUC-KR", "windows-949", …) to
/// UTF-16 in `dest`, and for each UTF-16 unit the offset of the source byte it came from in
/// `offsets` (-1 where ICU cannot tie a unit to one byte). With `strict`, an illegal sequence
/// stops the conversion (status > 0); without, it becomes U+FFFD. Returns the UTF-16 length;
/// status > 0 on failure (dest too small: 15).
int32_t cicu_decode(const char *charset, const char *src, int32_t length, uint16_t *dest, int32_t *offsets,
                    int32_t capacity, int32_t strict, int32_t *status);

/// Writes ICU's version ("72.1") into `buffer`.
void cicu_version(char *buffer, int32_t capacity);

/// Whether ICU knows `language` (an ISO 639 code, "en", "ko", "fil") as a language: 1 or 0.
int32_t cicu_is_known_language(const char *language);

/// The name of an ICU error code.
const char *cicu_error_name(int32_t status);

#ifdef __cplusplus
}
#endif

#endif
