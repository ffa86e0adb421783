#include "chtml.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <pthread.h>
#include <string.h>

typedef struct chtml_state {
  const chtml_callbacks *callbacks;
  void *context;
  htmlParserCtxtPtr parser;
} chtml_state;

static chtml_state *state_of(void *ctx) {
  htmlParserCtxtPtr parser = (htmlParserCtxtPtr)ctx;
  return (chtml_state *)parser->_private;
}

static long position_of(chtml_state *state) { return (long)xmlByteConsumed(state->parser); }

static void on_start(void *ctx, const xmlChar *name, const xmlChar **attributes) {
  chtml_state *state = state_of(ctx);
  state->callbacks->start(state->context, (const char *)name, (const char *const *)attributes, position_of(state));
}

static void on_end(void *ctx, const xmlChar *name) {
  chtml_state *state = state_of(ctx);
  state->callbacks->end(state->context, (const char *)name, position_of(state));
}

static void on_text(void *ctx, const xmlChar *text, int length) {
  chtml_state *state = state_of(ctx);
  state->callbacks->text(state->context, (const char *)text, length, position_of(state));
}

static void on_silence(void *ctx, const char *message, ...) {
  (void)ctx;
  (void)message;
}

static pthread_once_t initialized = PTHREAD_ONCE_INIT;

static void initialize(void) { xmlInitParser(); }

int chtml_parse(const char *html, int length, const chtml_callbacks *callbacks, void *context) {
  // libxml2 must be set up once before threads use it (align reads both pages at once).
  pthread_once(&initialized, initialize);
  htmlSAXHandler handler;
  memset(&handler, 0, sizeof(handler));
  handler.startElement = on_start;
  handler.endElement = on_end;
  handler.characters = on_text;
  handler.cdataBlock = on_text;
  handler.ignorableWhitespace = on_text;
  handler.warning = on_silence;
  handler.error = on_silence;

  htmlParserCtxtPtr parser = htmlCreatePushParserCtxt(&handler, NULL, NULL, 0, NULL, XML_CHAR_ENCODING_UTF8);
  if (parser == NULL) return -1;
  chtml_state state = {callbacks, context, parser};
  parser->_private = &state;
  parser->userData = parser;
  htmlCtxtUseOptions(parser, HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                 HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOIMPLIED);
  // The whole input in one call: fed in pieces, the push parser can miss a </script> that
  // straddles two pieces and take the rest of the page for script.
  htmlParseChunk(parser, html, length, 1);
  int result = 0;
  if (parser->disableSAX || (parser->errNo != 0 && position_of(&state) < length)) result = parser->errNo != 0 ? parser->errNo : -2;
  htmlFreeParserCtxt(parser);
  return result;
}
