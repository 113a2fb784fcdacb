/* SPDX-License-Identifier: MIT */
/* resolve-pairs.c: one entity for a name and its spelling in the other
 * script, within one document.  A gloss in parentheses pairs them
 * ("김성훈(Sung Kim)", "Sung Kim(김성훈)", "리턴제로(ReturnZero)").  So does
 * sound: a discovered English person name with a Latin spelling of a Korean
 * person's surname (cues.json surnames_roman) whose other words sound like
 * the given name, whole ("Bae Kyung-hoon") or its first syllable ("Sung
 * Kim" for 김성훈), when exactly one Korean person of the document fits.
 * And a discovered short name goes to the one full name of the document it
 * shortens: a company without its suffix ("Scale" of "Scale AI"), a model
 * or a chip by its version ("R1" of "딥시크-R1").
 * Types never mix, and a lexicon id wins over a discovered one.  Sounds are
 * compared on a skeleton of the Revised Romanization (kg_slug) and of the
 * English spelling, where eo/oo/u, k/g, t/d, p/b, ch/j, r/l are one. */
#include <string.h>

#include "discovery.h"
#include "resolve.h"

#define MAX_GLOSS 80

static gboolean
is_hangul (gunichar c)
{
  return c >= 0xAC00 && c <= 0xD7A3;
}

/* 'h': all Hangul (and spaces), 'l': all Latin letters (and spaces,
 * hyphens, dots, apostrophes), 0: mixed or other. */
static char
script_of (const char *s, gsize len)
{
  gboolean hangul = FALSE, latin = FALSE;
  for (const char *p = s; p < s + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (is_hangul (c))
        hangul = TRUE;
      else if (g_unichar_isalpha (c) && c < 0x250)
        latin = TRUE;
      else if (c != ' ' && c != '-' && c != '.' && c != '\'' && !g_unichar_isdigit (c))
        return 0;
    }
  return hangul == latin ? 0 : hangul ? 'h' : 'l';
}

/* Capitalised Latin words, one to four, or Hangul words, one or two. */
static gboolean
looks_like_name (const char *s, gsize len, char script)
{
  g_autofree char *t = g_strndup (s, len);
  g_auto (GStrv) words = g_strsplit (t, " ", -1);
  guint n = g_strv_length (words);
  if (n == 0 || n > (script == 'l' ? 4u : 2u))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (*words[i] == '\0' || (script == 'l' && !g_ascii_isupper (*words[i])))
      return FALSE;
  return TRUE;
}

/* The mention of exactly [start, end), or NULL; *overlap: some mention
 * overlaps it.  Mentions are sorted by start. */
static const KgMention *
mention_at (GArray *mentions, gsize start, gsize end, gboolean *overlap)
{
  *overlap = FALSE;
  /* binary search: a name is far shorter than 4 * MAX_GLOSS bytes, so no
   * mention that starts before that can reach @start */
  guint lo = 0, hi = mentions->len;
  gsize from = start > 4 * MAX_GLOSS ? start - 4 * MAX_GLOSS : 0;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (mentions, KgMention, mid).start < from)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < mentions->len; i++)
    {
      const KgMention *m = &g_array_index (mentions, KgMention, i);
      if (m->start >= end)
        break;
      if (m->start == start && m->end == end)
        return m;
      if (m->end > start)
        *overlap = TRUE;
    }
  return NULL;
}

/* Maps @from to @to unless either is already mapped elsewhere. */
static void
map_id (GHashTable *map, const char *from, const char *to)
{
  if (from != to && !g_hash_table_contains (map, from) && !g_hash_table_contains (map, to))
    g_hash_table_insert (map, (gpointer) from, (gpointer) to);
}

static void
pair_glosses (KgDoc *doc, GHashTable *map, GArray *added)
{
  const char *text = doc->text;
  for (guint i = 0; i < doc->mentions->len; i++)
    {
      const KgMention *m = &g_array_index (doc->mentions, KgMention, i);
      gsize open = m->end;
      if (open >= doc->len || text[open] != '(')
        continue;
      const char *close = memchr (text + open, ')', MIN (MAX_GLOSS, doc->len - open));
      if (close == NULL || memchr (text + open, '\n', close - (text + open)) != NULL)
        continue;
      gsize s = open + 1, e = close - text;
      while (s < e && text[s] == ' ')
        s++;
      while (e > s && text[e - 1] == ' ')
        e--;
      char outer = script_of (text + m->start, m->end - m->start);
      char inner = script_of (text + s, e - s);
      if (e <= s || outer == 0 || inner == 0 || outer == inner)
        continue;
      gboolean overlap;
      const KgMention *n = mention_at (doc->mentions, s, e, &overlap);
      if (n != NULL)
        {
          if (n->type != m->type || n->entity_id == m->entity_id)
            continue;
          gboolean md = m->flags & KG_MENTION_DISCOVERED, nd = n->flags & KG_MENTION_DISCOVERED;
          if (md && !nd)
            map_id (map, m->entity_id, n->entity_id);
          else if (nd)
            map_id (map, n->entity_id, m->entity_id);
          continue;
        }
      /* no name there yet: a person's, or a discovered name's, spelling */
      if ((m->type != KG_TYPE_PERSON && !(m->flags & KG_MENTION_DISCOVERED)) || overlap
          || kg_doc_is_skipped (doc, s, e) || !looks_like_name (text + s, e - s, inner))
        continue;
      KgMention g = { .start = s, .end = e, .particle_end = e, .entity_id = m->entity_id,
                      .type = m->type, .flags = m->flags & KG_MENTION_DISCOVERED };
      g_array_append_val (added, g);
    }
}

/* ---- pairing by sound ---- */

static void
skeleton_into (GString *out, const char *s)
{
  static const char *const rules[][2] = {
    { "yeo", "yu" }, { "eo", "u" }, { "oo", "u" }, { "ou", "u" }, { "eu", "u" }, { "wu", "u" },
    { "ee", "i" },   { "ui", "i" }, { "ae", "e" }, { "ai", "e" }, { "ch", "j" }, { "sh", "s" },
    { "ck", "g" },   { "k", "g" },  { "t", "d" },  { "p", "b" },  { "r", "l" },  { "c", "g" },
  };
  g_autofree char *low = g_ascii_strdown (s, -1);
  for (const char *p = low; *p;)
    {
      if (!g_ascii_isalpha (*p))
        {
          p++;
          continue;
        }
      guint k;
      for (k = 0; k < G_N_ELEMENTS (rules); k++)
        {
          gsize n = strlen (rules[k][0]);
          if (strncmp (p, rules[k][0], n) == 0)
            {
              g_string_append (out, rules[k][1]);
              p += n;
              break;
            }
        }
      if (k == G_N_ELEMENTS (rules))
        g_string_append_c (out, *p++);
    }
}

/* The skeleton of Hangul syllables [s, e), romanized one by one. */
static char *
hangul_skeleton (const char *s, const char *e)
{
  GString *out = g_string_new (NULL);
  for (const char *p = s; p < e; p = g_utf8_next_char (p))
    {
      g_autofree char *one = g_strndup (p, g_utf8_next_char (p) - p);
      g_autofree char *rr = kg_slug (one);
      skeleton_into (out, rr);
    }
  return g_string_free (out, FALSE);
}

typedef struct {
  const char *id;
  const char *const *surnames; /* Latin spellings, lower case */
  char *given, *first;         /* skeletons of the given name and its first syllable */
} Korean;

static void
korean_clear (gpointer data)
{
  Korean *k = data;
  g_free (k->given);
  g_free (k->first);
}

/* A Korean person of the document: one Hangul word of two to four syllables
 * that starts with a surname of surnames_roman. */
static gboolean
korean_of (const KgCues *c, const char *s, gsize len, Korean *k)
{
  glong n = g_utf8_strlen (s, len);
  if (n < 2 || n > 4 || script_of (s, len) != 'h' || memchr (s, ' ', len) != NULL)
    return FALSE;
  for (glong sl = n == 4 ? 2 : 1; sl >= 1; sl--)
    {
      const char *given = g_utf8_offset_to_pointer (s, sl);
      g_autofree char *surname = g_strndup (s, given - s);
      const char *const *latin = g_hash_table_lookup (c->surnames_roman, surname);
      if (latin == NULL || n - sl < 1)
        continue;
      k->surnames = latin;
      k->given = hangul_skeleton (given, s + len);
      k->first = hangul_skeleton (given, g_utf8_next_char (given));
      return TRUE;
    }
  return FALSE;
}

/* Does the English name @words sound like @k?  One word is its surname;
 * the others, joined, are its given name or (two syllables or more) its
 * first syllable. */
static gboolean
sounds_like (const Korean *k, char **words)
{
  guint n = g_strv_length (words);
  if (n < 2 || n > 3)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *low = g_ascii_strdown (words[i], -1);
      if (!g_strv_contains (k->surnames, low))
        continue;
      GString *rest = g_string_new (NULL);
      for (guint j = 0; j < n; j++)
        if (j != i)
          skeleton_into (rest, words[j]);
      gboolean ok = strcmp (rest->str, k->given) == 0
                    || (strcmp (rest->str, k->first) == 0 && strlen (k->given) > strlen (k->first));
      g_string_free (rest, TRUE);
      if (ok)
        return TRUE;
    }
  return FALSE;
}

static void
pair_sounds (KgDoc *doc, GHashTable *map)
{
  const KgCues *c = doc->extractor->cues;
  const char *text = doc->text;
  g_autoptr (GArray) koreans = g_array_new (FALSE, TRUE, sizeof (Korean));
  g_array_set_clear_func (koreans, korean_clear);
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < doc->mentions->len; i++)
    {
      const KgMention *m = &g_array_index (doc->mentions, KgMention, i);
      Korean k = { .id = m->entity_id };
      if (m->type == KG_TYPE_PERSON && !(m->flags & KG_MENTION_SHORT)
          && !g_hash_table_contains (seen, m->entity_id)
          && korean_of (c, text + m->start, m->end - m->start, &k))
        {
          g_hash_table_add (seen, (gpointer) m->entity_id);
          g_array_append_val (koreans, k);
        }
    }
  if (koreans->len == 0)
    return;
  g_hash_table_remove_all (seen);
  for (guint i = 0; i < doc->mentions->len; i++)
    {
      const KgMention *m = &g_array_index (doc->mentions, KgMention, i);
      if (m->type != KG_TYPE_PERSON || !(m->flags & KG_MENTION_DISCOVERED)
          || (m->flags & KG_MENTION_SHORT) || g_hash_table_contains (seen, m->entity_id)
          || script_of (text + m->start, m->end - m->start) != 'l')
        continue;
      g_hash_table_add (seen, (gpointer) m->entity_id);
      g_autofree char *surface = g_strndup (text + m->start, m->end - m->start);
      g_strdelimit (surface, "-", ' ');
      g_auto (GStrv) words = g_strsplit (surface, " ", -1);
      const char *match = NULL;
      guint n_match = 0;
      for (guint k = 0; k < koreans->len; k++)
        {
          const Korean *ko = &g_array_index (koreans, Korean, k);
          if (ko->id != m->entity_id && sounds_like (ko, words))
            match = ko->id, n_match++;
        }
      if (n_match == 1)
        map_id (map, m->entity_id, match);
    }
}

/* ---- short names of names the document gives in full ---- */

/* Is @rest (what follows the short name in the full one) a company suffix? */
static gboolean
company_rest (const KgCues *c, const char *rest, gsize len)
{
  g_autofree char *r = g_strndup (rest, len);
  g_strstrip (r);
  if (*r == '\0')
    return FALSE;
  if (g_regex_match (c->org_suffix_en, r, 0, NULL))
    return TRUE;
  for (guint i = 0; i < c->org_suffixes->len; i++)
    if (strcmp (g_array_index (c->org_suffixes, KgOrgSuffix, i).suffix, r) == 0)
      return TRUE;
  return FALSE;
}

/* Records @key -> @id in @keys; a key two entities share maps to "" (no one). */
static void
key_add (GHashTable *keys, const char *key, gsize len, const char *id)
{
  char *k = g_strndup (key, len);
  g_strstrip (k);
  const char *old = g_hash_table_lookup (keys, k);
  if (*k == '\0' || (old != NULL && old == id))
    {
      g_free (k);
      return;
    }
  g_hash_table_replace (keys, k, (gpointer) (old != NULL ? "" : id));
}

/* The short names a full name of the document gives: a company without its
 * suffix ("Scale" of "Scale AI", "리턴제로" of "리턴제로그룹"), a model or a
 * chip by its version ("R1" of "딥시크-R1": a last part with a digit). */
static void
short_names_of (const KgCues *c, const KgMention *l, const char *t, gsize tl, GHashTable *orgs,
                GHashTable *versions[2])
{
  if (l->type == KG_TYPE_ORGANIZATION)
    {
      for (gsize p = 1; p < tl; p++)
        if (t[p] == ' ' && company_rest (c, t + p, tl - p))
          key_add (orgs, t, p, l->entity_id);
      for (guint i = 0; i < c->org_suffixes->len; i++)
        {
          const char *suf = g_array_index (c->org_suffixes, KgOrgSuffix, i).suffix;
          gsize n = strlen (suf);
          if (tl > n + 3 && memcmp (t + tl - n, suf, n) == 0)
            key_add (orgs, t, tl - n, l->entity_id);
        }
    }
  else if (l->type == KG_TYPE_MODEL || l->type == KG_TYPE_HARDWARE)
    {
      gsize p = tl;
      while (p > 0 && t[p - 1] != ' ' && t[p - 1] != '-')
        p--;
      gboolean digit = FALSE;
      for (gsize i = p; i < tl; i++)
        digit |= g_ascii_isdigit (t[i]);
      if (p > 0 && digit)
        key_add (versions[l->type == KG_TYPE_HARDWARE], t + p, tl - p, l->entity_id);
    }
}

/* A discovered short name goes to the one full name of the document it
 * shortens.  O(n) in the mentions. */
static void
pair_short_names (KgDoc *doc, GHashTable *map)
{
  const KgCues *c = doc->extractor->cues;
  const char *text = doc->text;
  g_autoptr (GHashTable) orgs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) models = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) chips = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *versions[2] = { models, chips };
  for (guint k = 0; k < doc->mentions->len; k++)
    {
      const KgMention *l = &g_array_index (doc->mentions, KgMention, k);
      if (!(l->flags & KG_MENTION_SHORT))
        short_names_of (c, l, text + l->start, l->end - l->start, orgs, versions);
    }
  for (guint i = 0; i < doc->mentions->len; i++)
    {
      const KgMention *m = &g_array_index (doc->mentions, KgMention, i);
      if (!(m->flags & KG_MENTION_DISCOVERED) || (m->flags & KG_MENTION_SHORT))
        continue;
      GHashTable *keys = m->type == KG_TYPE_ORGANIZATION ? orgs
                         : m->type == KG_TYPE_MODEL        ? models
                         : m->type == KG_TYPE_HARDWARE     ? chips
                                                           : NULL;
      g_autofree char *surface = keys ? g_strndup (text + m->start, m->end - m->start) : NULL;
      const char *full = keys ? g_hash_table_lookup (keys, surface) : NULL;
      if (full != NULL && *full != '\0' && full != m->entity_id)
        map_id (map, m->entity_id, full);
    }
}

static int
by_start (gconstpointer pa, gconstpointer pb)
{
  const KgMention *a = pa, *b = pb;
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  return a->end < b->end ? -1 : a->end > b->end;
}

void
kg_resolve_pairs (KgDoc *doc)
{
  g_autoptr (GHashTable) map = g_hash_table_new (NULL, NULL);
  g_autoptr (GArray) added = g_array_new (FALSE, FALSE, sizeof (KgMention));
  pair_glosses (doc, map, added);
  pair_sounds (doc, map);
  pair_short_names (doc, map);
  if (added->len > 0)
    {
      g_array_append_vals (doc->mentions, added->data, added->len);
      g_array_sort (doc->mentions, by_start);
    }
  if (g_hash_table_size (map) == 0)
    return;
  for (guint i = 0; i < doc->mentions->len; i++)
    {
      KgMention *m = &g_array_index (doc->mentions, KgMention, i);
      const char *to = g_hash_table_lookup (map, m->entity_id);
      if (to == NULL)
        continue;
      m->entity_id = to;
      /* the other spelling of a lexicon entity is that entity */
      if (g_hash_table_contains (doc->extractor->lexicon->by_id, to))
        m->flags &= ~KG_MENTION_DISCOVERED;
    }
}
