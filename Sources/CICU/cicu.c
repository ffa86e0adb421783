#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>

struct cicu_breaker {
  UBreakIterator *iterator;
};

struct cicu_transliterator {
  UTransliterator *transliterator;
};

cicu_breaker *cicu_breaker_open(int32_t kind, const char *locale, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UBreakIteratorType type = kind == CICU_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
  UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
  *status = (int32_t)error;
  if (U_FAILURE(error)) return NULL;
  cicu_breaker *breaker = (cicu_breaker *)malloc(sizeof(cicu_breaker));
  if (breaker == NULL) {
    ubrk_close(iterator);
    *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  breaker->iterator = iterator;
  return breaker;
}

void cicu_breaker_close(cicu_breaker *breaker) {
  if (breaker == NULL) return;
  ubrk_close(breaker->iterator);
  free(breaker);
}

int32_t cicu_breaker_boundaries(cicu_breaker *breaker, const uint16_t *text, int32_t length,
                                int32_t *boundaries, int32_t *rule_status, int32_t capacity,
                                int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  ubrk_setText(breaker->iterator, (const UChar *)text, length, &error);
  *status = (int32_t)error;
  if (U_FAILURE(error)) return 0;
  int32_t count = 0;
  ubrk_first(breaker->iterator);
  for (int32_t b = ubrk_next(breaker->iterator); b != UBRK_DONE; b = ubrk_next(breaker->iterator)) {
    if (count < capacity) {
      boundaries[count] = b;
      if (rule_status != NULL) rule_status[count] = ubrk_getRuleStatus(breaker->iterator);
    }
    count++;
  }
  return count;
}

int32_t cicu_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dest,
                       int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  const UNormalizer2 *normalizer;
  switch (form) {
    case CICU_NFKC: normalizer = unorm2_getNFKCInstance(&error); break;
    case CICU_NFKC_CASEFOLD: normalizer = unorm2_getNFKCCasefoldInstance(&error); break;
    case CICU_NFD: normalizer = unorm2_getNFDInstance(&error); break;
    default: normalizer = unorm2_getNFCInstance(&error); break;
  }
  if (U_FAILURE(error)) {
    *status = (int32_t)error;
    return 0;
  }
  int32_t needed = unorm2_normalize(normalizer, (const UChar *)src, length, (UChar *)dest,
                                    capacity, &error);
  if (error == U_BUFFER_OVERFLOW_ERROR || error == U_STRING_NOT_TERMINATED_WARNING) error = U_ZERO_ERROR;
  *status = (int32_t)error;
  return needed;
}

cicu_transliterator *cicu_transliterator_open(const uint16_t *id, int32_t id_length,
                                              int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UTransliterator *transliterator =
      utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD, NULL, 0, NULL, &error);
  *status = (int32_t)error;
  if (U_FAILURE(error)) return NULL;
  cicu_transliterator *result = (cicu_transliterator *)malloc(sizeof(cicu_transliterator));
  if (result == NULL) {
    utrans_close(transliterator);
    *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  result->transliterator = transliterator;
  return result;
}

void cicu_transliterator_close(cicu_transliterator *transliterator) {
  if (transliterator == NULL) return;
  utrans_close(transliterator->transliterator);
  free(transliterator);
}

int32_t cicu_transliterate(cicu_transliterator *transliterator, uint16_t *text, int32_t *length,
                           int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t limit = *length;
  utrans_transUChars(transliterator->transliterator, (UChar *)text, length, capacity, 0, &limit,
                     &error);
  if (error == U_STRING_NOT_TERMINATED_WARNING) error = U_ZERO_ERROR;
  *status = (int32_t)error;
  return *length;
}

void cicu_version(char *buffer, int32_t capacity) {
  UVersionInfo info;
  u_getVersion(info);
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(info, text);
  if (capacity <= 0) return;
  strncpy(buffer, text, (size_t)capacity - 1);
  buffer[capacity - 1] = '\0';
}

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

int32_t cicu_decode(const char *charset, const char *src, int32_t length, uint16_t *dest, int32_t *offsets,
                    int32_t capacity, int32_t strict, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UConverter *converter = ucnv_open(charset, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return 0;
  }
  if (strict) {
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
  }
  UChar *target = (UChar *)dest;
  const char *source = src;
  ucnv_toUnicode(converter, &target, (UChar *)dest + capacity, &source, src + length, offsets, 1, &error);
  *status = error;
  int32_t written = (int32_t)(target - (UChar *)dest);
  ucnv_close(converter);
  return written;
}

int32_t cicu_is_known_language(const char *language) {
  const char *iso3 = uloc_getISO3Language(language);
  return iso3 != NULL && iso3[0] != '\0';
}
