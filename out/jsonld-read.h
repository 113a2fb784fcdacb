/* SPDX-License-Identifier: MIT */
/* jsonld-read.h: the parts of the JSON-LD reader, shared by jsonld-read.c
 * (document), jsonld-read-entity.c and jsonld-read-statement.c. */
#ifndef KG_JSONLD_READ_H
#define KG_JSONLD_READ_H

#include <jansson.h>

#include "kg-out.h"

G_BEGIN_DECLS

/* Sets a KG_OUT_ERROR_FORMAT error "NAME: what"; @return FALSE */
gboolean kg_jsonld_fail (GError **error, const char *name, const char *format, ...)
  G_GNUC_PRINTF (3, 4);
/* @return (transfer none) (nullable): a string, or the @value of a value object */
const char *kg_jsonld_text (json_t *value);
/* Reads a non-negative integer (a number, or a string in a value object). */
gboolean kg_jsonld_count (json_t *value, guint *out);
/* @return (transfer full): \p value as a list (NULL gives an empty one) */
json_t *kg_jsonld_list (json_t *value);

/* Adds the entity of \p node to \p graph. */
gboolean kg_jsonld_read_entity (KgGraph *graph, json_t *node, const char *name, GError **error);
/* Adds the relation of an rdf:Statement \p node, with its evidence. */
gboolean kg_jsonld_read_statement (KgGraph *graph, json_t *node, const char *name,
                                   GError **error);
/* Checks the direct relation triples of entity \p node against \p graph. */
gboolean kg_jsonld_read_direct (KgGraph *graph, json_t *node, const char *name, GError **error);

G_END_DECLS

#endif /* KG_JSONLD_READ_H */
