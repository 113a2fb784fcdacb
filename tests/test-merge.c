/* SPDX-License-Identifier: MIT */
/* test-merge.c: the map-reduce property on random graphs.  A random corpus
 * of "documents" (each a small graph: votes, mentions, aliases, names,
 * families, QIDs, discovered flags, relations with evidence of every
 * strength, status and qualifier) is merged three ways: all at once; in
 * random shards merged in random order and grouping; and through JSON-LD,
 * each shard written, read back and merged.  The three must export the same
 * JSON-LD bytes, for every seed.  Caps are exceeded on purpose: more than
 * KG_ENTITY_MAX_DOCUMENTS documents, more than KG_RELATION_MAX_EVIDENCE
 * sentences, the firmest status on a sentence that is not kept. */
#include <stdio.h>
#include <string.h>

#include "kg-out.h"

#define N_IDS 9
static const char *const ids[N_IDS] = { "a", "b", "c", "d", "e", "f", "g", "h", "i" };
static const char *const surfaces[] = { "Alpha", "알파", "ALPHA", "Beta", "베타", "B" };

static char *
export_jsonld (const KgGraph *g)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  KgOutOptions options = { .lang = KG_LANG_EN };
  g_autoptr (GError) error = NULL;
  g_assert_true (kg_exporter_lookup ("jsonld")->write (g, &options, f, &error));
  g_assert_no_error (error);
  fclose (f);
  return buf;
}

/* Fails on the first line where @got differs from @want, showing that line
 * and the statement or entity it is in, not the whole graph. */
static void
assert_same (const char *want, const char *got, const char *what, guint32 seed)
{
  g_auto (GStrv) a = g_strsplit (want, "\n", -1);
  g_auto (GStrv) b = g_strsplit (got, "\n", -1);
  guint i = 0, node = 0;
  for (; a[i] != NULL && b[i] != NULL && strcmp (a[i], b[i]) == 0; i++)
    if (strstr (a[i], "\"@id\"") != NULL)
      node = i;
  if (a[i] == NULL && b[i] == NULL)
    return;
  g_printerr ("seed %u, %s: line %u differs, in %s\n", seed, what, i + 1, a[node]);
  g_assert_cmpstr (b[i], ==, a[i]);
}

/* One document's graph, as the extract stage would make it. */
static KgGraph *
random_document (GRand *r, guint doc)
{
  KgGraph *g = kg_graph_new ();
  g_autofree char *doc_id = g_strdup_printf ("doc-%02u.txt", doc);
  guint n = g_rand_int_range (r, 2, 6);
  for (guint k = 0; k < n; k++)
    {
      const char *id = ids[g_rand_int_range (r, 0, N_IDS)];
      KgEntity *e = kg_graph_add_entity (g, id, g_rand_int_range (r, 0, KG_TYPE_N));
      for (int m = g_rand_int_range (r, 1, 4); m > 0; m--)
        kg_entity_add_mention (e, doc_id, surfaces[g_rand_int_range (r, 0, G_N_ELEMENTS (surfaces))]);
      if (g_rand_int_range (r, 0, 4) == 0)
        kg_entity_add_alias (e, "listed alias");
      if (g_rand_int_range (r, 0, 5) == 0)
        kg_entity_set_name (e, g_rand_int_range (r, 0, 2), g_rand_boolean (r) ? "Name A" : "Name B");
      if (g_rand_int_range (r, 0, 6) == 0)
        kg_entity_set_qid (e, g_rand_boolean (r) ? "Q1" : "Q2");
      if (g_rand_int_range (r, 0, 6) == 0)
        kg_entity_set_family (e, g_rand_boolean (r) ? "a" : "b");
      kg_entity_set_discovered (e, g_rand_int_range (r, 0, 3) != 0);
    }
  GPtrArray *present = g_ptr_array_new ();
  for (guint k = 0; k < N_IDS; k++)
    if (kg_graph_lookup_entity (g, ids[k]) != NULL)
      g_ptr_array_add (present, (gpointer)ids[k]);
  for (int k = g_rand_int_range (r, 0, 6); k > 0 && present->len >= 2; k--)
    {
      const char *s = present->pdata[g_rand_int_range (r, 0, present->len)];
      const char *o = present->pdata[g_rand_int_range (r, 0, present->len)];
      /* Few predicates, so relations gather many sentences. */
      KgPredicate pred = g_rand_boolean (r) ? KG_PRED_FOUNDED : KG_PRED_PARTNER_OF;
      if (g_rand_int_range (r, 0, 8) == 0)
        {
          kg_graph_add_relation (g, s, pred, o, NULL);
          continue;
        }
      guint start = g_rand_int_range (r, 0, 4) * 10;
      g_autofree char *sentence = g_strdup_printf ("Sentence %u of %s.", start, doc_id);
      KgEvidence ev = { doc_id, sentence, start, start + 9, g_rand_int_range (r, 0, 4),
                        g_rand_int_range (r, 0, KG_STATUS_N), 0, { { 0 } } };
      if (g_rand_boolean (r))
        ev.qualifiers[ev.n_qualifiers++] = (KgQualifier){ KG_QUAL_DATE, "2024년", "2024", NULL };
      if (g_rand_int_range (r, 0, 3) == 0)
        ev.qualifiers[ev.n_qualifiers++]
            = (KgQualifier){ KG_QUAL_MONEY, "10억 달러", "1000000000", "USD" };
      kg_graph_add_relation (g, s, pred, o, &ev);
    }
  g_ptr_array_unref (present);
  g_assert_true (kg_graph_check (g, NULL));
  return g;
}

/* JSON-LD out and back in. */
static KgGraph *
through_jsonld (const KgGraph *g)
{
  g_autofree char *text = export_jsonld (g);
  g_autoptr (GError) error = NULL;
  KgGraph *back = kg_jsonld_read_data (text, strlen (text), "part", &error);
  g_assert_no_error (error);
  g_assert_true (kg_graph_check (back, NULL));
  return back;
}

/* Merges @parts (consumed) in random order and grouping: random pairs are
 * merged until one is left; with @stored every merge result goes through
 * JSON-LD before the next merge. */
static KgGraph *
reduce (GRand *r, GPtrArray *parts, gboolean stored)
{
  while (parts->len > 1)
    {
      guint i = g_rand_int_range (r, 0, parts->len);
      KgGraph *a = g_ptr_array_steal_index (parts, i);
      guint j = g_rand_int_range (r, 0, parts->len);
      KgGraph *b = g_ptr_array_steal_index (parts, j);
      kg_graph_merge (a, b);
      kg_graph_free (b);
      if (stored)
        {
          KgGraph *back = through_jsonld (a);
          kg_graph_free (a);
          a = back;
        }
      g_ptr_array_add (parts, a);
    }
  return g_ptr_array_steal_index (parts, 0);
}

static void
test_random_shards (void)
{
  for (guint32 seed = 1; seed <= 60; seed++)
    {
      GRand *r = g_rand_new_with_seed (seed);
      guint n_docs = g_rand_int_range (r, 1, 30);
      GPtrArray *docs = g_ptr_array_new_with_free_func ((GDestroyNotify)kg_graph_free);
      for (guint d = 0; d < n_docs; d++)
        g_ptr_array_add (docs, random_document (r, d));

      /* All at once, in document order: what `kgraph build` does. */
      g_autoptr (KgGraph) all = kg_graph_new ();
      for (guint d = 0; d < n_docs; d++)
        kg_graph_merge (all, docs->pdata[d]);
      g_assert_true (kg_graph_check (all, NULL));
      g_autofree char *want = export_jsonld (all);

      /* Random shards (each document in one shard), extracted in memory and
       * through JSON-LD, reduced in random order. */
      guint n_shards = g_rand_int_range (r, 1, n_docs + 1);
      GPtrArray *mem = g_ptr_array_new (), *stored = g_ptr_array_new ();
      for (guint s = 0; s < n_shards; s++)
        g_ptr_array_add (mem, kg_graph_new ());
      for (guint d = 0; d < n_docs; d++)
        kg_graph_merge (mem->pdata[g_rand_int_range (r, 0, n_shards)], docs->pdata[d]);
      for (guint s = 0; s < n_shards; s++)
        g_ptr_array_add (stored, through_jsonld (mem->pdata[s]));

      g_autoptr (KgGraph) by_mem = reduce (r, mem, FALSE);
      g_autoptr (KgGraph) by_json = reduce (r, stored, TRUE);
      g_autofree char *got_mem = export_jsonld (by_mem);
      g_autofree char *got_json = export_jsonld (by_json);
      assert_same (want, got_mem, "merged in memory", seed);
      assert_same (want, got_json, "merged through JSON-LD", seed);
      g_ptr_array_unref (mem);
      g_ptr_array_unref (stored);
      g_ptr_array_unref (docs);
      g_rand_free (r);
    }
}

/* The case the JSON-LD reader once missed: the firmest status came from a
 * sentence that was counted but not kept. */
static void
test_status_of_unkept (void)
{
  g_autoptr (KgGraph) g = kg_graph_new ();
  kg_graph_add_entity (g, "a", KG_TYPE_PERSON);
  kg_graph_add_entity (g, "b", KG_TYPE_ORGANIZATION);
  for (guint i = 0; i <= KG_RELATION_MAX_EVIDENCE; i++)
    {
      gboolean weakest = i == KG_RELATION_MAX_EVIDENCE;
      KgEvidence ev = { "d.txt", "A founded B.", 100 * i, 100 * i + 12, weakest ? 0 : 5,
                        weakest ? KG_STATUS_STATED : KG_STATUS_REPORTED, 0, { { 0 } } };
      kg_graph_add_relation (g, "a", KG_PRED_FOUNDED, "b", &ev);
    }
  KgRelation *r = kg_graph_lookup_relation (g, "a", KG_PRED_FOUNDED, "b");
  g_assert_cmpint (kg_relation_get_status (r), ==, KG_STATUS_STATED);
  g_autoptr (KgGraph) back = through_jsonld (g);
  r = kg_graph_lookup_relation (back, "a", KG_PRED_FOUNDED, "b");
  g_assert_cmpuint (kg_relation_get_evidence_count (r), ==, KG_RELATION_MAX_EVIDENCE + 1);
  g_assert_cmpint (kg_relation_get_evidence (r, 0)->status, ==, KG_STATUS_REPORTED);
  g_assert_cmpint (kg_relation_get_status (r), ==, KG_STATUS_STATED);

  /* A relation with no evidence has no status to pass on: merged with a
   * reported one, it stays reported, stored or not. */
  g_autoptr (KgGraph) bare = kg_graph_new ();
  kg_graph_add_entity (bare, "a", KG_TYPE_PERSON);
  kg_graph_add_entity (bare, "b", KG_TYPE_ORGANIZATION);
  kg_graph_add_relation (bare, "a", KG_PRED_LEADS, "b", NULL);
  g_autoptr (KgGraph) reported = kg_graph_new ();
  kg_graph_add_entity (reported, "a", KG_TYPE_PERSON);
  kg_graph_add_entity (reported, "b", KG_TYPE_ORGANIZATION);
  KgEvidence ev = { "e.txt", "A is said to lead B.", 0, 20, 1, KG_STATUS_REPORTED, 0, { { 0 } } };
  kg_graph_add_relation (reported, "a", KG_PRED_LEADS, "b", &ev);
  g_autoptr (KgGraph) stored = through_jsonld (bare);
  kg_graph_merge (stored, reported);
  r = kg_graph_lookup_relation (stored, "a", KG_PRED_LEADS, "b");
  g_assert_cmpint (kg_relation_get_status (r), ==, KG_STATUS_REPORTED);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/merge/random-shards", test_random_shards);
  g_test_add_func ("/merge/status-of-unkept", test_status_of_unkept);
  return g_test_run ();
}
