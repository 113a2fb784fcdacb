/* SPDX-License-Identifier: MIT */
/* jsonld-read.c: reads back the JSON-LD that jsonld.c writes (not JSON-LD at
 * large): checks the inline context and the kg:Graph node, then rebuilds
 * each entity with its votes and counts (so merging stored partial graphs
 * equals one build), then each relation from its rdf:Statement, then checks
 * the direct triples.  Anything else is rejected with a message that says
 * what and where. */
#include <string.h>

#include "jsonld-private.h"
#include "jsonld-read.h"

gboolean
kg_jsonld_fail (GError **error, const char *name, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, KG_OUT_ERROR, KG_OUT_ERROR_FORMAT, "%s: %s", name, what);
  return FALSE;
}

const char *
kg_jsonld_text (json_t *value)
{
  if (json_is_object (value))
    value = json_object_get (value, "@value");
  return json_string_value (value);
}

gboolean
kg_jsonld_count (json_t *value, guint *out)
{
  if (json_is_object (value))
    value = json_object_get (value, "@value");
  json_int_t n;
  if (json_is_integer (value))
    n = json_integer_value (value);
  else if (json_is_string (value))
    {
      char *end = NULL;
      n = g_ascii_strtoll (json_string_value (value), &end, 10);
      if (end == json_string_value (value) || *end != '\0')
        return FALSE;
    }
  else
    return FALSE;
  if (n < 0 || n > G_MAXUINT)
    return FALSE;
  *out = (guint) n;
  return TRUE;
}

json_t *
kg_jsonld_list (json_t *value)
{
  if (value == NULL)
    return json_array ();
  return json_is_array (value) ? json_incref (value) : json_pack ("[O]", value);
}

static gboolean
check_context (json_t *root, const char *name, GError **error)
{
  if (!json_is_object (root))
    return kg_jsonld_fail (error, name, "not a JSON object, so not kgraph JSON-LD");
  json_t *ctx = json_object_get (root, "@context");
  if (!json_is_object (ctx))
    return kg_jsonld_fail (error, name, "no inline @context object, so not kgraph JSON-LD");
  if (g_strcmp0 (json_string_value (json_object_get (ctx, "kg")), KG_NS) != 0)
    return kg_jsonld_fail (error, name,
                           "@context does not bind kg: to kgraph's namespace <" KG_NS ">");
  if (!json_is_array (json_object_get (root, "@graph")))
    return kg_jsonld_fail (error, name, "no @graph list, so not kgraph JSON-LD");
  return TRUE;
}

static gboolean
is_type (json_t *node, const char *type)
{
  return g_strcmp0 (json_string_value (json_object_get (node, "@type")), type) == 0;
}

static gboolean
check_header (json_t *nodes, const char *name, GError **error)
{
  size_t i;
  json_t *node;
  json_array_foreach (nodes, i, node)
    if (is_type (node, "kg:Graph"))
      {
        guint version = 0;
        if (!kg_jsonld_count (json_object_get (node, "kg:formatVersion"), &version)
            || version != KG_JSONLD_FORMAT_VERSION)
          return kg_jsonld_fail (error, name, "kg:formatVersion is not %d",
                                 KG_JSONLD_FORMAT_VERSION);
        return TRUE;
      }
  return kg_jsonld_fail (error, name, "no kg:Graph node with kg:formatVersion, "
                         "so not written by kgraph");
}

static gboolean
read_nodes (KgGraph *graph, json_t *nodes, const char *name, GError **error)
{
  size_t i;
  json_t *node;
  /* Entities first, so statements can point at any of them. */
  json_array_foreach (nodes, i, node)
    {
      if (!json_is_object (node))
        return kg_jsonld_fail (error, name, "@graph[%zu] is not an object", i);
      const char *id = json_string_value (json_object_get (node, "@id"));
      if (is_type (node, "kg:Graph") || is_type (node, "rdf:Statement"))
        continue;
      if (id == NULL || !g_str_has_prefix (id, KG_ENTITY_BASE))
        return kg_jsonld_fail (error, name, "@graph[%zu] is neither an entity nor a statement",
                               i);
      if (!kg_jsonld_read_entity (graph, node, name, error))
        return FALSE;
    }
  json_array_foreach (nodes, i, node)
    if (is_type (node, "rdf:Statement") && !kg_jsonld_read_statement (graph, node, name, error))
      return FALSE;
  json_array_foreach (nodes, i, node)
    if (json_object_get (node, "@id") != NULL && !is_type (node, "rdf:Statement")
        && !kg_jsonld_read_direct (graph, node, name, error))
      return FALSE;
  return TRUE;
}

KgGraph *
kg_jsonld_read_data (const char *data, gsize len, const char *name, GError **error)
{
  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  json_error_t jerr;
  json_t *root = json_loadb (data != NULL ? data : "", len, JSON_REJECT_DUPLICATES, &jerr);
  if (root == NULL)
    {
      kg_jsonld_fail (error, name, "%d:%d: not JSON: %s", jerr.line, jerr.column, jerr.text);
      return NULL;
    }
  g_autoptr (KgGraph) graph = kg_graph_new ();
  gboolean ok = check_context (root, name, error)
                && check_header (json_object_get (root, "@graph"), name, error)
                && read_nodes (graph, json_object_get (root, "@graph"), name, error);
  json_decref (root);
  return ok ? g_steal_pointer (&graph) : NULL;
}

KgGraph *
kg_jsonld_read_file (const char *path, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!g_file_get_contents (path, &data, &len, error))
    return NULL;
  return kg_jsonld_read_data (data, len, path, error);
}
