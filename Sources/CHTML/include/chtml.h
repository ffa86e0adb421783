#ifndef CHTML_H
#define CHTML_H

// EditionAlign's window on libxml2's HTML parser: plain C types only, so Swift never sees
// libxml2's headers. The parser reads UTF-8 (callers convert other charsets first), is
// lenient (unclosed tags, stray entities), reaches no network, and reports each event with
// the byte offset of the input just after it.

#ifdef __cplusplus
extern "C" {
#endif

typedef struct chtml_callbacks {
  // An element opens: its lower-case name and attributes as name, value, name, value, …, NULL.
  void (*start)(void *context, const char *name, const char *const *attributes, long position);
  // An element closes (also when the parser closes it implicitly).
  void (*end)(void *context, const char *name, long position);
  // Character data (entities decoded), including the text of <script> and <style>.
  void (*text)(void *context, const char *text, int length, long position);
} chtml_callbacks;

// Parses `length` bytes of UTF-8 HTML, calling `callbacks` with `context`. Returns 0 when the
// parser read the whole input, or libxml2's error code when it stopped early (a nesting
// depth it refuses, an internal limit).
int chtml_parse(const char *html, int length, const chtml_callbacks *callbacks, void *context);

#ifdef __cplusplus
}
#endif

#endif
