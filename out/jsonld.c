/* SPDX-License-Identifier: MIT */
/* jsonld.c: the JSON-LD exporter.  Builds one jansson tree: a kg:Graph node,
 * then one node per entity (id order) carrying its direct relation triples,
 * then one rdf:Statement per relation (relation order) whose evidence is a
 * list of oa:Annotation nodes.  Keys keep insertion order, so the output is
 * byte-identical from run to run.  The layout is documented in
 * docs/jsonld.md; jsonld-read.c reads it back. */
#include <errno.h>
#include <string.h>

#include "exporters.h"
#include "jsonld-private.h"

static json_t *
entity_names (const KgEntity *entity)
{
  json_t *names = json_array ();
  for (int lang = 0; lang < KG_LANG_N; lang++)
    {
      const char *name = kg_entity_get_name (entity, lang);
      if (name != NULL)
        json_array_append_new (names, json_pack ("{s:o,s:s}", "@value", kg_json_string (name),
                                                 "@language", kg_lang_name (lang)));
    }
  return names;
}

static json_t *
document_iris (GPtrArray *documents)
{
  json_t *list = json_array ();
  for (guint i = 0; i < documents->len; i++)
    {
      g_autofree char *iri = kg_jsonld_document_iri (documents->pdata[i]);
      json_array_append_new (list, kg_json_string (iri));
    }
  return list;
}

static json_t *
entity_node (const KgEntity *entity)
{
  const char *id = kg_entity_get_id (entity);
  g_autofree char *iri = kg_jsonld_entity_iri (id);
  json_t *node = json_pack ("{s:o,s:s}", "@id", kg_json_string (iri), "@type",
                            kg_jsonld_type_term (kg_entity_get_type (entity)));
  kg_json_set_nonempty (node, "name", entity_names (entity));
  g_autoptr (GPtrArray) aliases = kg_entity_get_aliases (entity);
  json_t *alt = json_array ();
  for (guint i = 0; i < aliases->len; i++)
    json_array_append_new (alt, kg_json_string (aliases->pdata[i]));
  kg_json_set_nonempty (node, "alternateName", alt);
  const char *qid = kg_entity_get_qid (entity);
  if (qid != NULL)
    {
      g_autofree char *esc = g_uri_escape_string (qid, NULL, FALSE);
      g_autofree char *wd = g_strconcat (KG_WIKIDATA_BASE, esc, NULL);
      json_object_set_new (node, "sameAs", kg_json_string (wd));
    }
  json_object_set_new (node, "kg:mentions", json_integer (kg_entity_get_mentions (entity)));
  json_object_set_new (node, "kg:documentCount",
                       json_integer (kg_entity_get_n_documents (entity)));
  g_autoptr (GPtrArray) documents = kg_entity_get_documents (entity);
  kg_json_set_nonempty (node, "kg:documents", document_iris (documents));
  if (kg_entity_get_discovered (entity))
    json_object_set_new (node, "kg:discovered", json_true ());
  const char *family = kg_entity_get_family (entity);
  if (family != NULL)
    {
      g_autofree char *fam = kg_jsonld_entity_iri (family);
      json_object_set_new (node, "kg:family", kg_json_string (fam));
    }
  kg_jsonld_add_votes (node, entity);
  return node;
}

static void
add_entity (KgEntity *entity, gpointer user_data)
{
  GHashTable *nodes = user_data;
  g_hash_table_insert (nodes, (gpointer) kg_entity_get_id (entity), entity_node (entity));
}

typedef struct {
  GHashTable *nodes; /* entity id -> its node (owned) */
  json_t *statements;
} Build;

/* The direct triple subject -kg:pred-> object, on the subject's node. */
static void
add_direct (json_t *subject_node, KgPredicate pred, const char *object)
{
  g_autofree char *term = g_strconcat ("kg:", kg_predicate_name (pred), NULL);
  g_autofree char *iri = kg_jsonld_entity_iri (object);
  json_t *list = json_object_get (subject_node, term);
  if (list == NULL)
    {
      list = json_array ();
      json_object_set_new (subject_node, term, list);
    }
  json_array_append_new (list, kg_json_string (iri));
}

static void
add_relation (KgRelation *relation, gpointer user_data)
{
  Build *b = user_data;
  const char *s = kg_entity_get_id (kg_relation_get_subject (relation));
  const char *o = kg_entity_get_id (kg_relation_get_object (relation));
  KgPredicate pred = kg_relation_get_predicate (relation);
  add_direct (g_hash_table_lookup (b->nodes, s), pred, o);
  json_array_append_new (b->statements, kg_jsonld_statement (relation));
}

static json_t *
graph_node (const KgGraph *graph)
{
  return json_pack ("{s:s,s:s,s:i,s:i,s:i}", "@type", "kg:Graph", "kg:generator", "kgraph",
                    "kg:formatVersion", KG_JSONLD_FORMAT_VERSION, "kg:entityCount",
                    (int) kg_graph_n_entities (graph), "kg:relationCount",
                    (int) kg_graph_n_relations (graph));
}

static void
append_entity_node (KgEntity *entity, gpointer user_data)
{
  Build *b = user_data;
  json_t *node = g_hash_table_lookup (b->nodes, kg_entity_get_id (entity));
  json_array_append (b->statements, node);
}

json_t *
kg_jsonld_build (const KgGraph *graph)
{
  g_autoptr (GHashTable) nodes =
    g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) json_decref);
  kg_graph_foreach_entity (graph, add_entity, nodes);
  Build b = { nodes, json_array () };
  kg_graph_foreach_relation (graph, add_relation, &b);

  /* Entities first, in id order, then the statements in relation order. */
  json_t *statements = b.statements;
  Build out = { nodes, json_array () };
  json_array_append_new (out.statements, graph_node (graph));
  kg_graph_foreach_entity (graph, append_entity_node, &out);
  json_array_extend (out.statements, statements);
  json_decref (statements);
  return json_pack ("{s:o,s:o}", "@context", kg_jsonld_context (), "@graph", out.statements);
}

gboolean
kg_export_jsonld (const KgGraph *graph, const KgOutOptions *options, FILE *out, GError **error)
{
  g_return_val_if_fail (graph != NULL && out != NULL, FALSE);
  json_t *root = kg_jsonld_build (graph);
  errno = 0;
  gboolean ok = json_dumpf (root, out, JSON_INDENT (1) | JSON_PRESERVE_ORDER) == 0
                && fputc ('\n', out) != EOF;
  if (!ok)
    kg_out_fail_stream (error);
  json_decref (root);
  return ok;
}
