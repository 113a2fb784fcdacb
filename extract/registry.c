/* SPDX-License-Identifier: MIT */
/* registry.c: the table of extract passes, and the extractor that runs them
 * in order over one document.  An extractor is built once (lexicon, matcher,
 * rules) and is read-only afterwards, so threads share it.  With
 * KG_PASS_TIMES=1 in the environment it adds up the CPU time of each pass
 * (all threads) and prints it when it is freed: the profile to start from. */
#include <string.h>
#include <time.h>

#include "extract-private.h"

typedef struct {
  KgPassInfo info;
  KgPassFunc run;
  gboolean optional; /* may be turned off with kg_extractor_set_pass() */
} KgPass;

static const KgPass passes[] = {
  { { "boilerplate", "mark page furniture: ads, bylines, e-mail, copyright, share lines" },
    kg_pass_boilerplate, TRUE },
  { { "sentences", "split the text into sentences outside boilerplate" }, kg_pass_sentences,
    FALSE },
  { { "lexicon", "find lexicon aliases (Aho-Corasick over UTF-8 bytes)" }, kg_pass_lexicon,
    FALSE },
  { { "discovery", "find names the lexicon does not list, typed by cues" }, kg_pass_discovery,
    TRUE },
  { { "resolve", "resolve surnames and short forms; longest match wins" }, kg_pass_resolve,
    FALSE },
  { { "relations", "relations from trigger words, particles and word order" },
    kg_pass_relations, TRUE },
};
G_STATIC_ASSERT (G_N_ELEMENTS (passes) <= G_N_ELEMENTS (((KgPassTimes *)0)->ns));


G_DEFINE_QUARK (kg-extract-error-quark, kg_extract_error)

const KgPassInfo *
kg_extract_passes (guint *n)
{
  static KgPassInfo infos[G_N_ELEMENTS (passes)];
  for (guint i = 0; i < G_N_ELEMENTS (passes); i++)
    infos[i] = passes[i].info;
  if (n != NULL)
    *n = G_N_ELEMENTS (passes);
  return infos;
}

KgExtractor *
kg_extractor_new (const KgLexicon *lexicon, const char *data_dir, GError **error)
{
  g_return_val_if_fail (lexicon != NULL, NULL);

  g_autoptr (KgExtractor) ex = g_new0 (KgExtractor, 1);
  ex->lexicon = lexicon;
  if (g_getenv ("KG_PASS_TIMES") != NULL)
    {
      ex->times = g_new0 (KgPassTimes, 1);
      g_mutex_init (&ex->times->lock);
    }
  if ((ex->matcher = kg_matcher_new (lexicon, error)) == NULL
      || (ex->boilerplate = kg_boilerplate_new (data_dir, error)) == NULL
      || (ex->cues = kg_cues_new (data_dir, error)) == NULL
      || (ex->rules = kg_rules_new (data_dir, error)) == NULL)
    return NULL;
  return g_steal_pointer (&ex);
}

void
kg_extractor_free (KgExtractor *extractor)
{
  if (extractor == NULL)
    return;
  if (extractor->times != NULL)
    {
      g_autoptr (GString) s = g_string_new ("kgraph: CPU seconds per pass:");
      for (guint i = 0; i < G_N_ELEMENTS (passes); i++)
        g_string_append_printf (s, " %s %.3f", passes[i].info.name,
                                extractor->times->ns[i] / 1e9);
      g_printerr ("%s\n", s->str);
      g_mutex_clear (&extractor->times->lock);
      g_free (extractor->times);
    }
  kg_matcher_free (extractor->matcher);
  kg_boilerplate_free (extractor->boilerplate);
  kg_cues_free (extractor->cues);
  kg_rules_free (extractor->rules);
  g_free (extractor);
}

gboolean
kg_extractor_set_pass (KgExtractor *extractor, const char *name, gboolean enabled)
{
  g_return_val_if_fail (extractor != NULL && name != NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (passes); i++)
    {
      if (strcmp (passes[i].info.name, name) != 0)
        continue;
      if (!passes[i].optional)
        return enabled;
      if (enabled)
        extractor->disabled &= ~(1u << i);
      else
        extractor->disabled |= 1u << i;
      return TRUE;
    }
  return FALSE;
}

KgGraph *
kg_extractor_run (const KgExtractor *extractor, const char *doc_id, const char *text, gsize len)
{
  g_return_val_if_fail (extractor != NULL && doc_id != NULL && text != NULL, NULL);

  KgDoc doc = {
    .extractor = extractor,
    .doc_id = doc_id,
    .text = text,
    .len = len,
    .skip = g_array_new (FALSE, FALSE, sizeof (KgSpan)),
    .sentences = g_array_new (FALSE, FALSE, sizeof (KgSentence)),
    .mentions = g_array_new (FALSE, FALSE, sizeof (KgMention)),
    .graph = kg_graph_new (),
  };
  for (guint i = 0; i < G_N_ELEMENTS (passes); i++)
    if (!(extractor->disabled & (1u << i)))
      {
        if (extractor->times == NULL)
          {
            passes[i].run (&doc);
            continue;
          }
        struct timespec a, b;
        clock_gettime (CLOCK_THREAD_CPUTIME_ID, &a);
        passes[i].run (&doc);
        clock_gettime (CLOCK_THREAD_CPUTIME_ID, &b);
        g_mutex_lock (&extractor->times->lock);
        extractor->times->ns[i] += (b.tv_sec - a.tv_sec) * G_GINT64_CONSTANT (1000000000)
                                   + (b.tv_nsec - a.tv_nsec);
        g_mutex_unlock (&extractor->times->lock);
      }
  g_array_unref (doc.skip);
  g_array_unref (doc.sentences);
  g_array_unref (doc.mentions);
  return doc.graph;
}

gboolean
kg_doc_is_skipped (const KgDoc *doc, gsize start, gsize end)
{
  /* skip is sorted and disjoint: binary search for the first span ending
   * after start.  O(log n) in the number of spans. */
  guint lo = 0, hi = doc->skip->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (doc->skip, KgSpan, mid).end <= start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < doc->skip->len && g_array_index (doc->skip, KgSpan, lo).start < end;
}
