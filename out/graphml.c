/* SPDX-License-Identifier: MIT */
/* graphml.c: the GraphML exporter, for Gephi, yEd, Cytoscape and networkx.
 * One <node> per entity (type, names, mentions, qid, discovered) and one
 * directed <edge> per relation (predicate, evidence count, status, the kept
 * sentences).  Text is made valid UTF-8, stripped of the control characters
 * XML 1.0 forbids, then escaped with g_markup_escape_text(). */
#include <string.h>

#include "exporters.h"

/* @return (transfer full): \p s as XML character data */
static char *
xml_text (const char *s)
{
  g_autofree char *valid = g_utf8_make_valid (s, -1);
  GString *clean = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p++)
    {
      guchar c = *p;
      if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
        g_string_append_c (clean, c);
    }
  g_autofree char *plain = g_string_free (clean, FALSE);
  return g_markup_escape_text (plain, -1);
}

typedef struct {
  const char *id, *domain, *type;
} Key;

static const Key keys[] = {
  { "label", "node", "string" },         { "type", "node", "string" },
  { "name_ko", "node", "string" },       { "name_en", "node", "string" },
  { "names", "node", "string" },         { "mentions", "node", "int" },
  { "documents", "node", "int" },        { "qid", "node", "string" },
  { "discovered", "node", "boolean" },   { "predicate", "edge", "string" },
  { "evidence_count", "edge", "int" },   { "status", "edge", "string" },
  { "evidence", "edge", "string" },
};

static void
put_data (FILE *out, const char *key, const char *value)
{
  if (value == NULL)
    return;
  g_autofree char *text = xml_text (value);
  fprintf (out, "      <data key=\"%s\">%s</data>\n", key, text);
}

typedef struct {
  FILE *out;
  KgLang lang; /* of the label */
  guint n;     /* edges written */
} Writer;

static void
put_entity (KgEntity *entity, gpointer user_data)
{
  Writer *w = user_data;
  FILE *out = w->out;
  g_autofree char *id = xml_text (kg_entity_get_id (entity));
  fprintf (out, "    <node id=\"%s\">\n", id);
  put_data (out, "label", kg_entity_get_label (entity, w->lang));
  put_data (out, "type", kg_type_name (kg_entity_get_type (entity)));
  put_data (out, "name_ko", kg_entity_get_name (entity, KG_LANG_KO));
  put_data (out, "name_en", kg_entity_get_name (entity, KG_LANG_EN));
  g_autoptr (GPtrArray) aliases = kg_entity_get_aliases (entity);
  g_ptr_array_add (aliases, NULL);
  g_autofree char *names = g_strjoinv (" | ", (char **) aliases->pdata);
  put_data (out, "names", names);
  g_autofree char *mentions = g_strdup_printf ("%u", kg_entity_get_mentions (entity));
  put_data (out, "mentions", mentions);
  g_autofree char *docs = g_strdup_printf ("%u", kg_entity_get_n_documents (entity));
  put_data (out, "documents", docs);
  put_data (out, "qid", kg_entity_get_qid (entity));
  put_data (out, "discovered", kg_entity_get_discovered (entity) ? "true" : "false");
  fputs ("    </node>\n", out);
}

/* "sentence (document:start-end)" for each kept piece, one a line. */
static char *
evidence_text (const KgRelation *relation)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < kg_relation_get_n_evidence (relation); i++)
    {
      const KgEvidence *ev = kg_relation_get_evidence (relation, i);
      g_string_append_printf (s, "%s%s (%s:%" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT ")",
                              i > 0 ? "\n" : "", ev->sentence, ev->document, ev->start,
                              ev->end);
    }
  return g_string_free (s, FALSE);
}

static void
put_relation (KgRelation *relation, gpointer user_data)
{
  Writer *w = user_data;
  g_autofree char *s = xml_text (kg_entity_get_id (kg_relation_get_subject (relation)));
  g_autofree char *o = xml_text (kg_entity_get_id (kg_relation_get_object (relation)));
  fprintf (w->out, "    <edge id=\"e%u\" source=\"%s\" target=\"%s\">\n", w->n++, s, o);
  put_data (w->out, "predicate", kg_predicate_name (kg_relation_get_predicate (relation)));
  g_autofree char *count = g_strdup_printf ("%u", kg_relation_get_evidence_count (relation));
  put_data (w->out, "evidence_count", count);
  put_data (w->out, "status", kg_status_name (kg_relation_get_status (relation)));
  g_autofree char *evidence = evidence_text (relation);
  if (*evidence != '\0')
    put_data (w->out, "evidence", evidence);
  fputs ("    </edge>\n", w->out);
}

gboolean
kg_export_graphml (const KgGraph *graph, const KgOutOptions *options, FILE *out, GError **error)
{
  g_return_val_if_fail (graph != NULL && out != NULL, FALSE);
  fputs ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
         out);
  for (gsize i = 0; i < G_N_ELEMENTS (keys); i++)
    fprintf (out, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", keys[i].id,
             keys[i].domain, keys[i].id, keys[i].type);
  fputs ("  <graph id=\"kgraph\" edgedefault=\"directed\">\n", out);
  Writer w = { out, options != NULL ? options->lang : KG_LANG_KO, 0 };
  kg_graph_foreach_entity (graph, put_entity, &w);
  kg_graph_foreach_relation (graph, put_relation, &w);
  fputs ("  </graph>\n</graphml>\n", out);
  if (ferror (out))
    return kg_out_fail_stream (error);
  return TRUE;
}
