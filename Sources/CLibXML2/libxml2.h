// libxml2's HTML parser, for the CHTML shim only (Swift never imports these headers).
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
