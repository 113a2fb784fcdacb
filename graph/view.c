/* SPDX-License-Identifier: MIT */
/* view.c: the part of a graph a diagram shows, and finding an entity by
 * name.  kg_graph_filter() narrows in a fixed order (types, min_evidence,
 * the breadth-first neighbourhood of the focus, entities without relations,
 * then the top entities by degree, mentions and id) and deep-copies what is
 * left with the merge rules, so a view is a graph like any other.
 * O((E + R) log E), and O(R) more per entity the connected cut replaces. */
#include <string.h>

#include "graph-private.h"

/* Case folded, compatibility normalised, without spaces, hyphens and dots:
 * "Open-AI", "open ai" and "OpenAI" meet. */
static char *
fold (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autofree char *norm = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = g_utf8_casefold (norm != NULL ? norm : valid, -1);
  GString *out = g_string_new (NULL);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && c != '-' && c != '.')
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
matches_exact (const KgEntity *e, const char *name)
{
  for (guint l = 0; l < KG_LANG_N; l++)
    if (g_strcmp0 (kg_entity_get_name (e, l), name) == 0)
      return TRUE;
  return g_hash_table_contains (e->aliases, name);
}

static gboolean
matches_folded (const KgEntity *e, const char *key)
{
  g_autofree char *id = fold (e->id);
  if (strcmp (id, key) == 0)
    return TRUE;
  for (guint l = 0; l < KG_LANG_N; l++)
    {
      const char *name = kg_entity_get_name (e, l);
      g_autofree char *f = name != NULL ? fold (name) : NULL;
      if (f != NULL && strcmp (f, key) == 0)
        return TRUE;
    }
  GHashTableIter iter;
  gpointer alias;
  g_hash_table_iter_init (&iter, e->aliases);
  while (g_hash_table_iter_next (&iter, &alias, NULL))
    {
      g_autofree char *f = fold (alias);
      if (strcmp (f, key) == 0)
        return TRUE;
    }
  return FALSE;
}

typedef gboolean (*Matcher) (const KgEntity *e, const char *name);

/* Of several matches, the most mentioned; entities come in id order, so
 * the first of equal mentions has the smaller id. */
static KgEntity *
best_match (GPtrArray *order, Matcher matches, const char *name)
{
  KgEntity *best = NULL;
  for (guint i = 0; i < order->len; i++)
    {
      KgEntity *e = order->pdata[i];
      if ((best == NULL || e->mentions > best->mentions) && matches (e, name))
        best = e;
    }
  return best;
}

/* O(entities + aliases), folding every name in the last resort. */
KgEntity *
kg_graph_find_entity (const KgGraph *graph, const char *name)
{
  g_return_val_if_fail (graph != NULL && name != NULL, NULL);
  KgEntity *best = kg_graph_lookup_entity (graph, name);
  if (best != NULL)
    return best;
  g_autoptr (GPtrArray) order = kg_graph_ref_entities (graph);
  if ((best = best_match (order, matches_exact, name)) != NULL)
    return best;
  g_autofree char *key = fold (name);
  return *key != '\0' ? best_match (order, matches_folded, key) : NULL;
}

typedef struct {
  KgEntity *entity;
  guint degree;
  gboolean focus;
} Ranked;

static int
by_rank (gconstpointer pa, gconstpointer pb)
{
  const Ranked *a = pa, *b = pb;
  if (a->focus != b->focus)
    return a->focus ? -1 : 1;
  if (a->degree != b->degree)
    return a->degree > b->degree ? -1 : 1;
  if (a->entity->mentions != b->entity->mentions)
    return a->entity->mentions > b->entity->mentions ? -1 : 1;
  return strcmp (a->entity->id, b->entity->id);
}

/* @return (transfer full): entity -> GPtrArray of its neighbours over \p live */
static GHashTable *
neighbours (GPtrArray *live)
{
  GHashTable *next = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  for (guint i = 0; i < live->len; i++)
    {
      KgRelation *r = live->pdata[i];
      KgEntity *ends[2] = { r->key.subject, r->key.object };
      for (guint k = 0; k < 2; k++)
        {
          GPtrArray *n = g_hash_table_lookup (next, ends[k]);
          if (n == NULL)
            g_hash_table_insert (next, ends[k], n = g_ptr_array_new ());
          g_ptr_array_add (n, ends[1 - k]);
        }
    }
  return next;
}

/* Keeps in \p in only what is at most \p depth hops from \p focus over
 * \p live relations, either way. */
static void
keep_neighbourhood (GHashTable *in, GPtrArray *live, KgEntity *focus, guint depth)
{
  g_autoptr (GHashTable) next = neighbours (live);
  g_autoptr (GHashTable) hops = g_hash_table_new (NULL, NULL);
  g_autoptr (GQueue) queue = g_queue_new ();
  g_hash_table_insert (hops, focus, GUINT_TO_POINTER (0));
  g_queue_push_tail (queue, focus);
  KgEntity *e;
  while ((e = g_queue_pop_head (queue)) != NULL)
    {
      guint h = GPOINTER_TO_UINT (g_hash_table_lookup (hops, e));
      GPtrArray *n = g_hash_table_lookup (next, e);
      for (guint i = 0; h < depth && n != NULL && i < n->len; i++)
        if (!g_hash_table_contains (hops, n->pdata[i]))
          {
            g_hash_table_insert (hops, n->pdata[i], GUINT_TO_POINTER (h + 1));
            g_queue_push_tail (queue, n->pdata[i]);
          }
    }
  g_hash_table_remove_all (in);
  GHashTableIter iter;
  gpointer key;
  g_hash_table_iter_init (&iter, hops);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (in, key);
}

/* Drops from \p live the relations with an end outside \p in. */
static void
keep_inside (GPtrArray *live, GHashTable *in)
{
  guint out = 0;
  for (guint i = 0; i < live->len; i++)
    {
      KgRelation *r = live->pdata[i];
      if (g_hash_table_contains (in, r->key.subject) && g_hash_table_contains (in, r->key.object))
        live->pdata[out++] = r;
    }
  g_ptr_array_set_size (live, out);
}

/* @return (transfer full): entity -> number of \p live relations it is in */
static GHashTable *
degrees (GPtrArray *live)
{
  GHashTable *degree = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < live->len; i++)
    {
      KgRelation *r = live->pdata[i];
      KgEntity *ends[2] = { r->key.subject, r->key.object };
      for (guint k = 0; k < 2; k++)
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (degree, ends[k]));
          g_hash_table_insert (degree, ends[k], GUINT_TO_POINTER (n + 1));
        }
    }
  return degree;
}

/* @return (transfer full): the entities of \p in, best ranked first */
static GArray *
rank (GHashTable *in, GHashTable *degree, KgEntity *focus)
{
  GArray *ranked = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), g_hash_table_size (in));
  GHashTableIter iter;
  gpointer key;
  g_hash_table_iter_init (&iter, in);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      Ranked r = { key, GPOINTER_TO_UINT (g_hash_table_lookup (degree, key)), key == focus };
      g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, by_rank);
  return ranked;
}

/* Keeps \p e and then, while there is room, the waiting entities it links
 * to the kept ones, and theirs in turn (all better ranked than what comes
 * next). */
static void
keep_linked (GHashTable *in, GHashTable *waiting, GHashTable *next, KgEntity *e, guint want)
{
  g_autoptr (GQueue) queue = g_queue_new ();
  g_hash_table_add (in, e);
  g_hash_table_remove (waiting, e);
  g_queue_push_tail (queue, e);
  while ((e = g_queue_pop_head (queue)) != NULL)
    {
      GPtrArray *n = g_hash_table_lookup (next, e);
      for (guint k = 0; n != NULL && k < n->len && g_hash_table_size (in) < want; k++)
        if (g_hash_table_remove (waiting, n->pdata[k]))
          {
            g_hash_table_add (in, n->pdata[k]);
            g_queue_push_tail (queue, n->pdata[k]);
          }
    }
}

/* Refills \p in with the \p top best of \p ranked (0: all).  With
 * \p connected every kept entity but the focus has a relation to another
 * kept one: entities come in rank order; one linked to a kept entity is
 * kept; one linked only to waiting entities is kept with the best of them
 * (if both fit); one linked to neither waits for a neighbour, and is kept
 * when one comes.  So the top hub comes with its best-ranked neighbours,
 * never alone.  O(R + E). */
static void
cut (GHashTable *in, GArray *ranked, GPtrArray *live, KgEntity *focus, guint top,
     gboolean connected)
{
  g_hash_table_remove_all (in);
  guint want = top > 0 ? top : G_MAXUINT;
  if (!connected)
    {
      for (guint i = 0; i < ranked->len && i < want; i++)
        g_hash_table_add (in, g_array_index (ranked, Ranked, i).entity);
      return;
    }
  g_autoptr (GHashTable) next = neighbours (live);
  g_autoptr (GHashTable) order = g_hash_table_new (NULL, NULL); /* entity -> rank + 1 */
  g_autoptr (GHashTable) waiting = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < ranked->len; i++)
    g_hash_table_insert (order, g_array_index (ranked, Ranked, i).entity, GUINT_TO_POINTER (i + 1));
  if (focus != NULL)
    keep_linked (in, waiting, next, focus, want);
  for (guint i = 0; i < ranked->len && g_hash_table_size (in) < want; i++)
    {
      KgEntity *e = g_array_index (ranked, Ranked, i).entity;
      GPtrArray *n = g_hash_table_lookup (next, e);
      if (g_hash_table_contains (in, e) || n == NULL)
        continue;
      gboolean linked = FALSE;
      KgEntity *best = NULL; /* the best ranked waiting neighbour */
      for (guint k = 0; k < n->len; k++)
        {
          KgEntity *m = n->pdata[k];
          linked |= g_hash_table_contains (in, m);
          if (g_hash_table_contains (waiting, m)
              && (best == NULL
                  || g_hash_table_lookup (order, m) < g_hash_table_lookup (order, best)))
            best = m;
        }
      if (linked)
        keep_linked (in, waiting, next, e, want);
      else if (best != NULL && g_hash_table_size (in) + 2 <= want)
        {
          g_hash_table_add (in, e);
          keep_linked (in, waiting, next, best, want);
          keep_linked (in, waiting, next, e, want);
        }
      else
        g_hash_table_add (waiting, e);
    }
  /* --top 1: no pair fits; show the best entity that has relations. */
  for (guint i = 0; g_hash_table_size (in) == 0 && i < ranked->len && want > 0; i++)
    if (g_array_index (ranked, Ranked, i).degree > 0)
      g_hash_table_add (in, g_array_index (ranked, Ranked, i).entity);
}

KgGraph *
kg_graph_filter (const KgGraph *graph, const KgViewOptions *options, KgViewDropped *dropped,
                 GError **error)
{
  g_return_val_if_fail (graph != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  static const KgViewOptions all = { 0 };
  const KgViewOptions *o = options != NULL ? options : &all;
  KgEntity *focus = NULL;
  if (o->focus != NULL && (focus = kg_graph_find_entity (graph, o->focus)) == NULL)
    {
      g_set_error (error, KG_GRAPH_ERROR, KG_GRAPH_ERROR_NOT_FOUND, "no entity named '%s'",
                   o->focus);
      return NULL;
    }
  g_autoptr (GPtrArray) entities = kg_graph_ref_entities (graph);
  g_autoptr (GPtrArray) relations = kg_graph_ref_relations (graph);
  g_autoptr (GHashTable) in = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < entities->len; i++)
    {
      KgEntity *e = entities->pdata[i];
      if (o->types == 0 || (o->types & (1u << kg_entity_get_type (e))) || e == focus)
        g_hash_table_add (in, e);
    }
  g_autoptr (GPtrArray) live = g_ptr_array_new ();
  for (guint i = 0; i < relations->len; i++)
    if (((KgRelation *)relations->pdata[i])->count >= o->min_evidence)
      g_ptr_array_add (live, relations->pdata[i]);
  keep_inside (live, in);
  if (focus != NULL)
    {
      keep_neighbourhood (in, live, focus, o->depth > 0 ? o->depth : 1);
      keep_inside (live, in);
    }
  guint n_inside = g_hash_table_size (in), n_isolated = 0;
  g_autoptr (GHashTable) degree = degrees (live);
  g_autoptr (GArray) ranked = rank (in, degree, focus);
  for (guint i = 0; o->connected && i < ranked->len; i++)
    n_isolated += g_array_index (ranked, Ranked, i).degree == 0 && !g_array_index (ranked, Ranked, i).focus;
  cut (in, ranked, live, focus, o->top, o->connected);
  keep_inside (live, in);

  g_autoptr (KgGraph) view = kg_graph_new ();
  for (guint i = 0; i < ranked->len; i++)
    {
      const KgEntity *e = g_array_index (ranked, Ranked, i).entity;
      if (g_hash_table_contains (in, e))
        kg_entity_merge (kg_graph_ensure_entity (view, e->id), e);
    }
  for (guint i = 0; i < live->len; i++)
    {
      const KgRelation *r = live->pdata[i];
      KgEntity *s = kg_graph_lookup_entity (view, r->key.subject->id);
      KgEntity *t = kg_graph_lookup_entity (view, r->key.object->id);
      kg_relation_merge (kg_graph_ensure_relation (view, s, r->key.pred, t), r);
    }
  if (dropped != NULL)
    {
      dropped->outside = entities->len - n_inside;
      dropped->isolated = n_isolated;
      dropped->cut = n_inside - n_isolated - g_hash_table_size (in);
    }
  return g_steal_pointer (&view);
}
