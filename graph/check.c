/* SPDX-License-Identifier: MIT */
/* check.c: kg_graph_check(), the store's invariants (after cmark's
 * cmark_node_check): entities are filed under their own id and add up
 * (votes, mentions, documents), relations point at entities of the same
 * graph in stored order, and evidence is sorted, capped, distinct and
 * counted.  Stops at the first violation and names it.  O(size). */
#include <stdarg.h>
#include <string.h>

#include "graph-private.h"

static gboolean G_GNUC_PRINTF (2, 3) fail (GError **error, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, KG_GRAPH_ERROR, KG_GRAPH_ERROR_INVARIANT, message);
  return FALSE;
}

static gboolean
check_entity (const KgGraph *graph, const KgEntity *e, GError **error)
{
  if (*e->id == '\0')
    return fail (error, "an entity has an empty id");
  if (kg_graph_lookup_entity (graph, e->id) != e)
    return fail (error, "entity '%s' is not filed under its id", e->id);
  guint64 votes = 0, mentions = 0;
  for (guint t = 0; t < KG_TYPE_N; t++)
    votes += e->type_votes[t];
  if (votes == 0)
    return fail (error, "entity '%s' has no type vote", e->id);
  GHashTableIter iter;
  gpointer value;
  g_hash_table_iter_init (&iter, e->aliases);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    mentions += GPOINTER_TO_UINT (value);
  if (mentions != e->mentions && e->mentions != G_MAXUINT)
    return fail (error, "entity '%s' has %u mentions but its aliases count %" G_GUINT64_FORMAT,
                 e->id, e->mentions, mentions);
  if (e->n_kept_documents > KG_ENTITY_MAX_DOCUMENTS || e->n_documents < e->n_kept_documents)
    return fail (error, "entity '%s' keeps %u documents of %u", e->id, e->n_kept_documents,
                 e->n_documents);
  for (guint i = 0; i < e->n_kept_documents; i++)
    if (e->documents[i] == NULL || (i > 0 && strcmp (e->documents[i - 1], e->documents[i]) >= 0))
      return fail (error, "entity '%s': documents are not sorted and distinct", e->id);
  if ((guint)e->origin > KG_ORIGIN_LISTED)
    return fail (error, "entity '%s' has a bad origin", e->id);
  return TRUE;
}

static gboolean
check_evidence (const KgRelation *r, const char *name, GError **error)
{
  if (r->n_evidence > KG_RELATION_MAX_EVIDENCE || r->count < r->n_evidence)
    return fail (error, "relation %s keeps %u pieces of evidence of %u", name, r->n_evidence,
                 r->count);
  if ((guint)r->status > KG_STATUS_N)
    return fail (error, "relation %s has a bad status", name);
  for (guint i = 0; i < r->n_evidence; i++)
    {
      const KgEvidence *ev = &r->evidence[i];
      if (ev->document == NULL || ev->sentence == NULL
          || ev->n_qualifiers > KG_EVIDENCE_MAX_QUALIFIERS)
        return fail (error, "relation %s: evidence %u is incomplete", name, i);
      if ((guint)ev->status >= KG_STATUS_N || ev->status < r->status)
        return fail (error, "relation %s: evidence %u is firmer than the relation", name, i);
      if (i > 0 && kg_evidence_compare (&r->evidence[i - 1], ev) >= 0)
        return fail (error, "relation %s: evidence %u is out of order", name, i);
      for (guint j = 0; j < i; j++)
        if (kg_evidence_same_sentence (&r->evidence[j], ev))
          return fail (error, "relation %s: evidence %u repeats evidence %u", name, i, j);
    }
  return TRUE;
}

static gboolean
check_relation (const KgGraph *graph, const KgRelation *r, GError **error)
{
  const KgEntity *s = r->key.subject, *o = r->key.object;
  if ((guint)r->key.pred >= KG_PRED_N)
    return fail (error, "relation '%s' -> '%s' has a bad predicate", s->id, o->id);
  g_autofree char *name
      = g_strdup_printf ("'%s %s %s'", s->id, kg_predicate_name (r->key.pred), o->id);
  if (kg_graph_lookup_entity (graph, s->id) != s || kg_graph_lookup_entity (graph, o->id) != o)
    return fail (error, "relation %s points at an entity outside the graph", name);
  if (s == o)
    return fail (error, "relation %s links an entity to itself", name);
  if (kg_predicate_is_symmetric (r->key.pred) && strcmp (s->id, o->id) > 0)
    return fail (error, "relation %s is symmetric but its ends are not in id order", name);
  if (g_hash_table_lookup (graph->relations, &r->key) != r)
    return fail (error, "relation %s is not filed under its key", name);
  return check_evidence (r, name, error);
}

/* Ids first, on the hash tables, so that sorting cannot trip on a NULL;
 * then everything else in iteration order, so the violation reported is
 * always the same one. */
static gboolean
check_ids (const KgGraph *graph, GError **error)
{
  GHashTableIter iter;
  gpointer key, value;
  g_hash_table_iter_init (&iter, graph->entities);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (((const KgEntity *)value)->id == NULL)
      return fail (error, "the entity filed under '%s' has no id", (const char *)key);
  g_hash_table_iter_init (&iter, graph->relations);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const KgRelation *r = value;
      if (r->key.subject == NULL || r->key.object == NULL || r->key.subject->id == NULL
          || r->key.object->id == NULL)
        return fail (error, "a relation lacks an entity");
    }
  return TRUE;
}

gboolean
kg_graph_check (const KgGraph *graph, GError **error)
{
  g_return_val_if_fail (graph != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (!check_ids (graph, error))
    return FALSE;
  g_autoptr (GPtrArray) entities = kg_graph_ref_entities (graph);
  for (guint i = 0; i < entities->len; i++)
    if (!check_entity (graph, entities->pdata[i], error))
      return FALSE;
  g_autoptr (GPtrArray) relations = kg_graph_ref_relations (graph);
  for (guint i = 0; i < relations->len; i++)
    if (!check_relation (graph, relations->pdata[i], error))
      return FALSE;
  return TRUE;
}
