/* SPDX-License-Identifier: MIT */
/* resolve.c: turns the candidate mentions of one document into entities.
 * Adds the surnames of discovered people, removes overlaps (longest wins,
 * the lexicon beats discovery at equal length), resolves short forms and
 * ambiguous aliases against the full names the document uses, then adds the
 * entities to the document's graph and indexes mentions by sentence.
 * Overlaps are settled per cluster of overlapping mentions: O(n log n)
 * overall, quadratic only inside a cluster. */
#include <string.h>

#include "extract-private.h"
#include "korean.h"
#include "resolve.h"

#define MAX_SURNAME_SEARCHES 64

static inline gboolean
same_span (const KgMention *a, const KgMention *b)
{
  return a->start == b->start && a->end == b->end;
}

static int
by_start (gconstpointer pa, gconstpointer pb)
{
  const KgMention *a = pa, *b = pb;
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->end != b->end)
    return a->end > b->end ? -1 : 1;
  guint da = a->flags & KG_MENTION_DISCOVERED, db = b->flags & KG_MENTION_DISCOVERED;
  if (da != db)
    return da < db ? -1 : 1;
  return strcmp (a->entity_id, b->entity_id);
}

/* The surname of a discovered person: the last word of a name of two or more
 * words ("셰인 존스" -> "존스", "Shane Jones" -> "Jones"), or NULL. */
static const char *
surname_of (const char *text, const KgMention *m, gsize *len)
{
  const char *s = text + m->start, *e = text + m->end;
  const char *sp = NULL;
  for (const char *p = s; p < e; p++)
    if (*p == ' ')
      sp = p;
  if (sp == NULL || sp + 1 >= e)
    return NULL;
  *len = e - (sp + 1);
  return sp + 1;
}

/* Adds a short mention wherever a discovered person's surname stands alone. */
static void
add_surnames (KgDoc *doc)
{
  guint n = doc->mentions->len, searched = 0;
  g_autoptr (GHashTable) done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < n && searched < MAX_SURNAME_SEARCHES; i++)
    {
      KgMention m = g_array_index (doc->mentions, KgMention, i);
      gsize slen = 0;
      const char *sur;
      if (!(m.flags & KG_MENTION_DISCOVERED) || (m.flags & KG_MENTION_SHORT)
          || m.type != KG_TYPE_PERSON || (sur = surname_of (doc->text, &m, &slen)) == NULL)
        continue;
      char *key = g_strdup_printf ("%s\x1f%.*s", m.entity_id, (int)slen, sur);
      if (!g_hash_table_add (done, key))
        continue;
      searched++;
      for (const char *p = doc->text; (p = memmem (p, doc->text + doc->len - p, sur, slen));
           p += slen)
        {
          KgMention s = { .start = p - doc->text,
                          .end = p - doc->text + slen,
                          .entity_id = m.entity_id,
                          .type = KG_TYPE_PERSON,
                          .flags = KG_MENTION_DISCOVERED | KG_MENTION_SHORT };
          if (s.start == (gsize)(sur - doc->text)
              || !kg_word_bounds (doc->text, doc->len, s.start, s.end, &s.particle, &s.particle_end)
              || kg_doc_is_skipped (doc, s.start, s.end))
            continue;
          g_array_append_val (doc->mentions, s);
        }
    }
}

static int
by_strength (gconstpointer pa, gconstpointer pb, gpointer data)
{
  const KgMention *ms = data;
  const KgMention *a = &ms[*(const guint *)pa], *b = &ms[*(const guint *)pb];
  gsize la = a->end - a->start, lb = b->end - b->start;
  if (la != lb)
    return la > lb ? -1 : 1;
  guint da = a->flags & KG_MENTION_DISCOVERED, db = b->flags & KG_MENTION_DISCOVERED;
  if (da != db)
    return da < db ? -1 : 1;
  return by_start (a, b);
}

/* Keeps the longest mentions of one cluster [from, to) of overlapping ones;
 * mentions of exactly the same span stay together as candidates. */
static void
settle_cluster (KgMention *ms, guint from, guint to, GArray *order)
{
  g_array_set_size (order, 0);
  for (guint i = from; i < to; i++)
    g_array_append_val (order, i);
  g_array_sort_with_data (order, by_strength, ms);
  for (guint k = 0; k < order->len; k++)
    {
      KgMention *m = &ms[g_array_index (order, guint, k)];
      for (guint a = 0; a < k; a++)
        {
          const KgMention *w = &ms[g_array_index (order, guint, a)];
          if (w->flags & KG_MENTION_DROPPED || w->end <= m->start || m->end <= w->start)
            continue;
          gboolean discovered_loses = (m->flags & KG_MENTION_DISCOVERED)
                                      && !(m->flags & KG_MENTION_SHORT)
                                      && !(w->flags & KG_MENTION_DISCOVERED);
          if (!same_span (w, m) || w->entity_id == m->entity_id || discovered_loses)
            {
              m->flags |= KG_MENTION_DROPPED;
              break;
            }
        }
    }
}

static void
drop_overlaps (GArray *mentions)
{
  KgMention *ms = (KgMention *)mentions->data;
  g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  guint from = 0;
  gsize reach = 0;
  for (guint i = 0; i <= mentions->len; i++)
    {
      if (i == mentions->len || (i > from && ms[i].start >= reach))
        {
          if (i - from > 1)
            settle_cluster (ms, from, i, order);
          from = i;
          reach = 0;
        }
      if (i < mentions->len)
        reach = MAX (reach, ms[i].end);
    }
}

static void
compact (GArray *mentions)
{
  guint out = 0;
  for (guint i = 0; i < mentions->len; i++)
    if (!(g_array_index (mentions, KgMention, i).flags & KG_MENTION_DROPPED))
      g_array_index (mentions, KgMention, out++) = g_array_index (mentions, KgMention, i);
  g_array_set_size (mentions, out);
}

/* Is a definite mention in the document evidence for a weak short form of
 * @id?  Its family, a member of its family, or an id its entry lists as
 * context ("Operator" with OpenAI named; "파이" with Phi-3).  O(definite). */
static gboolean
has_evidence (const KgLexicon *lexicon, const char *id, GHashTable *definite)
{
  const KgLexEntry *e = g_hash_table_lookup (lexicon->by_id, id);
  if (e == NULL)
    return FALSE;
  if (e->family != NULL && g_hash_table_contains (definite, g_intern_string (e->family)))
    return TRUE;
  for (guint i = 0; i < e->context->len; i++)
    if (g_hash_table_contains (definite, g_intern_string (g_ptr_array_index (e->context, i))))
      return TRUE;
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, definite);
  while (g_hash_table_iter_next (&it, &key, NULL))
    {
      const KgLexEntry *d = g_hash_table_lookup (lexicon->by_id, key);
      if (d != NULL && d->family != NULL && strcmp (d->family, id) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Resolves each group of candidates sharing one span (short forms, ambiguous
 * aliases): the one entity whose full name the document uses wins; with none
 * used, a lone lexicon candidate wins, a weak one only with evidence
 * (has_evidence); of several, the one with evidence, or else the one whose
 * full name the span is; anything else is dropped. */
static void
resolve_groups (const KgLexicon *lexicon, GArray *mentions)
{
  KgMention *ms = (KgMention *)mentions->data;
  guint n = mentions->len;
  g_autoptr (GHashTable) definite = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n;)
    {
      guint j = i + 1;
      while (j < n && same_span (&ms[i], &ms[j]))
        j++;
      if (j == i + 1 && !(ms[i].flags & KG_MENTION_SHORT))
        g_hash_table_add (definite, (gpointer)ms[i].entity_id);
      i = j;
    }
  for (guint i = 0; i < n;)
    {
      guint j = i + 1, present = 0, winner = i;
      while (j < n && same_span (&ms[i], &ms[j]))
        j++;
      gboolean needs = j > i + 1 || (ms[i].flags & KG_MENTION_SHORT);
      for (guint k = i; needs && k < j; k++)
        if (g_hash_table_contains (definite, ms[k].entity_id))
          present++, winner = k;
      gboolean lone = j == i + 1 && !(ms[i].flags & KG_MENTION_DISCOVERED)
                      && (!(ms[i].flags & KG_MENTION_WEAK)
                          || has_evidence (lexicon, ms[i].entity_id, definite));
      if (needs && present == 0 && j > i + 1)
        {
          /* a spelling several entities share (그록 for Grok and Groq): the
           * one the document gives evidence for, or else the one whose full
           * name it is */
          guint evidenced = 0, full = 0, e_at = i, f_at = i;
          for (guint k = i; k < j; k++)
            {
              if (ms[k].flags & KG_MENTION_DISCOVERED)
                continue;
              if (has_evidence (lexicon, ms[k].entity_id, definite))
                evidenced++, e_at = k;
              if (!(ms[k].flags & KG_MENTION_SHORT))
                full++, f_at = k;
            }
          if (evidenced == 1 || (evidenced == 0 && full == 1))
            present = 1, winner = evidenced == 1 ? e_at : f_at;
        }
      for (guint k = i; needs && k < j; k++)
        if (!((present == 1 && k == winner) || (present == 0 && lone)))
          ms[k].flags |= KG_MENTION_DROPPED;
      i = j;
    }
}

/* A discovered name whose id a lexicon entity of another type holds gets its
 * own id, so types never merge; of the same type, it is that entity. */
static void
settle_ids (KgDoc *doc, KgMention *m, const KgLexEntry **entry)
{
  *entry = g_hash_table_lookup (doc->extractor->lexicon->by_id, m->entity_id);
  if (*entry == NULL || !(m->flags & KG_MENTION_DISCOVERED))
    return;
  if ((*entry)->type == m->type)
    return;
  g_autofree char *id = g_strdup_printf ("%s-%s", m->entity_id, kg_type_name (m->type));
  m->entity_id = g_intern_string (id);
  *entry = NULL;
}

static void
entity_from_lexicon (KgEntity *entity, const KgLexEntry *e)
{
  for (guint l = 0; l < KG_LANG_N; l++)
    if (e->name[l] != NULL)
      kg_entity_set_name (entity, l, e->name[l]);
  if (e->qid != NULL)
    kg_entity_set_qid (entity, e->qid);
  if (e->family != NULL)
    kg_entity_set_family (entity, e->family);
  kg_entity_set_discovered (entity, FALSE);
}

static void
add_entities (KgDoc *doc)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < doc->mentions->len; i++)
    {
      KgMention *m = &g_array_index (doc->mentions, KgMention, i);
      const KgLexEntry *entry = NULL;
      settle_ids (doc, m, &entry);
      KgEntity *entity = kg_graph_add_entity (doc->graph, m->entity_id, m->type);
      gsize plural = (m->flags & KG_MENTION_PLURAL) ? 1 : 0;
      g_autofree char *surface = g_strndup (doc->text + m->start, m->end + plural - m->start);
      kg_entity_add_mention (entity, doc->doc_id, surface);
      if (g_hash_table_contains (seen, m->entity_id))
        continue;
      g_hash_table_add (seen, (gpointer)m->entity_id);
      if (entry != NULL)
        entity_from_lexicon (entity, entry);
      else
        kg_entity_set_discovered (entity, TRUE);
      /* a discovered version of a product line belongs to it */
      if (entry == NULL && m->family != NULL)
        kg_entity_set_family (entity, m->family);
    }
}

/* Both arrays are sorted by start: one merge-like walk. */
static void
index_sentences (KgDoc *doc)
{
  guint k = 0;
  for (guint i = 0; i < doc->sentences->len; i++)
    {
      KgSentence *s = &g_array_index (doc->sentences, KgSentence, i);
      while (k < doc->mentions->len && g_array_index (doc->mentions, KgMention, k).start < s->start)
        k++;
      s->first_mention = k;
      s->n_mentions = 0;
      while (k + s->n_mentions < doc->mentions->len
             && g_array_index (doc->mentions, KgMention, k + s->n_mentions).end <= s->end)
        s->n_mentions++;
    }
}

/* Does [s, e) hold a Latin letter and no Hangul? */
static gboolean
latin_only (const char *s, const char *e)
{
  gboolean latin = FALSE;
  for (const char *p = s; p < e; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);
      if (g_unichar_get_script (ch) == G_UNICODE_SCRIPT_HANGUL)
        return FALSE;
      latin = latin || g_ascii_isalpha (ch);
    }
  return latin;
}

/* "그록(Groq)": a name glossed in parentheses by another script names one
 * thing; the Latin spelling decides (a Korean transliteration is shared:
 * 그록 is Grok and Groq), whichever comes first. */
static void
follow_glosses (KgDoc *doc)
{
  const char *text = doc->text;
  for (guint i = 0; i + 1 < doc->mentions->len; i++)
    {
      KgMention *a = &g_array_index (doc->mentions, KgMention, i);
      KgMention *b = &g_array_index (doc->mentions, KgMention, i + 1);
      if (a->entity_id == b->entity_id || (a->flags & KG_MENTION_DISCOVERED)
          || (b->flags & KG_MENTION_DISCOVERED) || a->particle_end != a->end
          || b->end >= doc->len || text[b->end] != ')')
        continue;
      gsize p = a->end;
      while (p < b->start && text[p] == ' ')
        p++;
      if (p + 1 != b->start || text[p] != '(')
        continue;
      gboolean la = latin_only (text + a->start, text + a->end);
      gboolean lb = latin_only (text + b->start, text + b->end);
      if (la == lb)
        continue;
      KgMention *from = la ? a : b, *to = la ? b : a;
      to->entity_id = from->entity_id;
      to->type = from->type;
    }
}

void
kg_pass_resolve (KgDoc *doc)
{
  /* a name with digits glued on stands only inside the version found for it */
  for (guint i = 0; i < doc->mentions->len; i++)
    if (g_array_index (doc->mentions, KgMention, i).flags & KG_MENTION_GLUED)
      g_array_index (doc->mentions, KgMention, i).flags |= KG_MENTION_DROPPED;
  compact (doc->mentions);
  add_surnames (doc);
  g_array_sort (doc->mentions, by_start);
  drop_overlaps (doc->mentions);
  /* a block has won its overlaps: it is no entity itself */
  for (guint i = 0; i < doc->mentions->len; i++)
    if (g_array_index (doc->mentions, KgMention, i).flags & KG_MENTION_BLOCK)
      g_array_index (doc->mentions, KgMention, i).flags |= KG_MENTION_DROPPED;
  compact (doc->mentions);
  resolve_groups (doc->extractor->lexicon, doc->mentions);
  compact (doc->mentions);
  follow_glosses (doc);
  if (doc->extractor->cues != NULL)
    kg_resolve_pairs (doc);
  add_entities (doc);
  index_sentences (doc);
}
