/* SPDX-License-Identifier: MIT */
/* graph.c: the store.  Entities by id and relations by (subject, predicate,
 * object) sit in hash tables; the iteration orders are sorted arrays made
 * on first use after a change (O(n log n)) and shared by reference, so a
 * foreach survives an insert.  Merging walks only the source: O(size of
 * src) hash lookups, each attribute merged by the rules in entity.c and
 * relation.c, so per-document merges into a corpus stay cheap. */
#include <string.h>

#include "graph-private.h"

KgGraph *
kg_graph_new (void)
{
  KgGraph *graph = g_new0 (KgGraph, 1);
  graph->entities
      = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)kg_entity_free);
  graph->relations = g_hash_table_new_full (kg_relation_key_hash, kg_relation_key_equal, NULL,
                                            (GDestroyNotify)kg_relation_free);
  g_mutex_init (&graph->lock);
  return graph;
}

void
kg_graph_free (KgGraph *graph)
{
  if (graph == NULL)
    return;
  kg_graph_invalidate (graph);
  /* Relations first: they point at entities. */
  g_hash_table_unref (graph->relations);
  g_hash_table_unref (graph->entities);
  g_mutex_clear (&graph->lock);
  g_free (graph);
}

guint
kg_graph_n_entities (const KgGraph *graph)
{
  g_return_val_if_fail (graph != NULL, 0);
  return g_hash_table_size (graph->entities);
}

guint
kg_graph_n_relations (const KgGraph *graph)
{
  g_return_val_if_fail (graph != NULL, 0);
  return g_hash_table_size (graph->relations);
}

void
kg_graph_invalidate (KgGraph *graph)
{
  g_mutex_lock (&graph->lock);
  g_clear_pointer (&graph->entity_order, g_ptr_array_unref);
  g_clear_pointer (&graph->relation_order, g_ptr_array_unref);
  g_mutex_unlock (&graph->lock);
}

static int
by_id (gconstpointer a, gconstpointer b)
{
  const KgEntity *x = *(const KgEntity *const *)a, *y = *(const KgEntity *const *)b;
  return strcmp (x->id, y->id);
}

static int
by_key (gconstpointer a, gconstpointer b)
{
  return kg_relation_compare (*(const KgRelation *const *)a, *(const KgRelation *const *)b);
}

/* Only the cache of a const graph changes here, under the lock: readers of
 * one graph may be several threads. */
static GPtrArray *
ref_order (KgGraph *graph, GPtrArray **slot, GHashTable *table, GCompareFunc compare)
{
  g_mutex_lock (&graph->lock);
  if (*slot == NULL)
    {
      *slot = g_ptr_array_sized_new (g_hash_table_size (table));
      GHashTableIter iter;
      gpointer value;
      g_hash_table_iter_init (&iter, table);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_ptr_array_add (*slot, value);
      g_ptr_array_sort (*slot, compare);
    }
  GPtrArray *order = g_ptr_array_ref (*slot);
  g_mutex_unlock (&graph->lock);
  return order;
}

GPtrArray *
kg_graph_ref_entities (const KgGraph *graph)
{
  KgGraph *cache = (KgGraph *)graph;
  return ref_order (cache, &cache->entity_order, cache->entities, by_id);
}

GPtrArray *
kg_graph_ref_relations (const KgGraph *graph)
{
  KgGraph *cache = (KgGraph *)graph;
  return ref_order (cache, &cache->relation_order, cache->relations, by_key);
}

KgEntity *
kg_graph_ensure_entity (KgGraph *graph, const char *id)
{
  KgEntity *entity = g_hash_table_lookup (graph->entities, id);
  if (entity == NULL)
    {
      entity = kg_entity_new (id);
      g_hash_table_insert (graph->entities, entity->id, entity);
      kg_graph_invalidate (graph);
    }
  return entity;
}

KgEntity *
kg_graph_add_entity (KgGraph *graph, const char *id, KgType type)
{
  g_return_val_if_fail (graph != NULL && id != NULL && *id != '\0', NULL);
  g_return_val_if_fail ((guint)type < KG_TYPE_N, NULL);
  KgEntity *entity = kg_graph_ensure_entity (graph, id);
  kg_count_add (&entity->type_votes[type], 1);
  return entity;
}

KgEntity *
kg_graph_lookup_entity (const KgGraph *graph, const char *id)
{
  g_return_val_if_fail (graph != NULL, NULL);
  return id != NULL ? g_hash_table_lookup (graph->entities, id) : NULL;
}

void
kg_graph_foreach_entity (const KgGraph *graph, KgEntityFunc func, gpointer user_data)
{
  g_return_if_fail (graph != NULL && func != NULL);
  g_autoptr (GPtrArray) order = kg_graph_ref_entities (graph);
  for (guint i = 0; i < order->len; i++)
    func (order->pdata[i], user_data);
}

void
kg_graph_foreach_relation (const KgGraph *graph, KgRelationFunc func, gpointer user_data)
{
  g_return_if_fail (graph != NULL && func != NULL);
  g_autoptr (GPtrArray) order = kg_graph_ref_relations (graph);
  for (guint i = 0; i < order->len; i++)
    func (order->pdata[i], user_data);
}

/* Hash order is fine here: every merge rule is commutative, and each
 * source entity or relation lands on its own destination. */
void
kg_graph_merge (KgGraph *dst, const KgGraph *src)
{
  g_return_if_fail (dst != NULL && src != NULL && dst != src);
  GHashTableIter iter;
  gpointer value;
  g_hash_table_iter_init (&iter, src->entities);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const KgEntity *e = value;
      kg_entity_merge (kg_graph_ensure_entity (dst, e->id), e);
    }
  g_hash_table_iter_init (&iter, src->relations);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const KgRelation *r = value;
      KgEntity *s = g_hash_table_lookup (dst->entities, r->key.subject->id);
      KgEntity *o = g_hash_table_lookup (dst->entities, r->key.object->id);
      kg_relation_merge (kg_graph_ensure_relation (dst, s, r->key.pred, o), r);
    }
}
